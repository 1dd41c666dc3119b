"""The label guards of the thirtieth held-out resolver set
(benchmarks/_resolver_thirtieth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtieth_text.py). Every stretch of words one of its clauses
says around a phrase ("would you like fries with that", "the ghost's behind you", "for billing
queries") is wrapping wherever it is said, as are the words only its clauses use
("klaxon", "zirconia", "kiddiwinks"); the words its out-of-scope kinds point back with
("fortune cookie", "limerick", "meme", "subtitles") are never a clause's, so they stay.
A recogniser's homophone spellings of a taught name ("ray" for "rae", "rows" for
"rose") are sound-alikes of it, so a case that says one keeps the name. Labels compare
words, never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_thirtieth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTIETH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "ring", "call", "tell", "feed", "message", "text", "order", "count",
                 "lock", "unlock", "dry", "sharpen", "unroll", "photograph", "write",
                 "trim", "pack", "cut", "steam", "pay", "sand", "measure", "weigh", "hose",
                 "down", "arrived", "come", "tied", "thawed", "clean", "hot", "damp",
                 "charged", "fixed", "outside", "left", "long", "new", "wooden", "frozen",
                 "his", "in", "on", "off", "more", "my", "i'm", "we're", "i", "it", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "eleven"})
"""The thirtieth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
