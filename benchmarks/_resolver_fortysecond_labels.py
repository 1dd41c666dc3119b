"""The label guards of the forty-second held-out resolver set
(benchmarks/_resolver_fortysecond.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortysecond_text.py). Every stretch of words one of its clauses
says around a phrase ("nocked and aimed", "amo, amas", "gobble gobble") is
wrapping wherever it is said, as are the words only its clauses use ("oxer",
"factotum", "gammoned"); the words its out-of-scope kinds point back with ("scarecrow",
"balloon", "locomotive", "plaster cast") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("diner" for "dinah",
"tailor" for "taylor", "fin" for "finn") are sound-alikes of it, so a case that says one
keeps the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fortysecond_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTYSECOND_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "pay", "ask",
                 "put", "book", "hand", "wash", "take", "rustle", "oil", "clean", "file",
                 "bag", "peel", "plant", "log", "check", "steam", "find", "grease",
                 "glue", "pour", "rinse", "renew", "printed", "arrived", "waiting",
                 "chilled", "been", "left", "stacked", "send", "drop", "give", "get",
                 "new", "more", "back", "down", "away", "out", "yet", "any", "too", "his",
                 "her", "by", "in", "on", "off", "up", "from", "about", "my", "i'm",
                 "we're", "i", "it", "some", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "a", "under"})
"""The fortysecond set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
