"""The label guards of the fortieth held-out resolver set
(benchmarks/_resolver_fortieth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortieth_text.py). Every stretch of words one of its clauses
says around a phrase ("the jib's luffing", "immaculately coiffed saluki", "rah rah rah")
is wrapping wherever it is said, as are the words only its clauses use ("spinnaker",
"croupier", "culottes"); the words its out-of-scope kinds point back with ("wrestler",
"rollercoaster", "spaghetti", "heckled") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("page" for "paige", "may"
for "mae", "gin" for "jin") are sound-alikes of it, so a case that says one keeps the
name. Labels compare words, never punctuation, so a case written without punctuation,
or with a comma for a sentence end, keeps the label of the sentence it writes. Tuning
must not open this file.
"""

from __future__ import annotations

import _resolver_fortieth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTIETH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "pay", "update", "ask",
                 "make", "bag", "water", "sharpen", "hone", "scrub", "book", "print",
                 "sweep", "hang", "cut", "finish", "iron", "send", "drop", "give",
                 "minced", "ironed", "ordered", "come", "serviced", "signed", "due",
                 "torn", "booked", "chilled", "pressed", "dry", "put", "get", "new",
                 "back", "down", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "out", "up", "from", "about", "more", "my", "i'm", "we're", "i",
                 "it", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "under"})
"""The fortieth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
