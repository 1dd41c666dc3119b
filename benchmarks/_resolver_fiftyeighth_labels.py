"""The label guards of the fifty-eighth held-out resolver set
(benchmarks/_resolver_fiftyeighth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftyeighth_text.py). Every stretch of words one of its clauses
says around a phrase ("hawkie hawkie she's bating", "chookie chookie", "tchack") is
wrapping wherever it is said, as are the words only its clauses use ("totality",
"toadstools", "razorback", "glowworms"); the words its out-of-scope kinds point back with
("pumpkin", "canoe", "scrabble", "pebble") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("carter" for "kata",
"knell" for "nell", "sailor" for "sayla") are sound-alikes of it, so a case that says
one keeps the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fiftyeighth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYEIGHTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "email",
                 "sharpen", "tighten", "book", "fry", "buy", "wash", "oil", "grease",
                 "clear", "post", "stack", "split", "clean", "iron", "dress", "pay",
                 "tune", "sieve", "practise", "polish", "buff", "renew", "turn",
                 "coopered", "thatched", "cast", "come", "arrived", "been", "ready",
                 "send", "drop", "give", "get", "drive", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "up", "from", "about", "my", "me", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "round", "first", "three"})
"""The fifty-eighth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
