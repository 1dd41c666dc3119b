"""The label guards of the twenty-sixth held-out resolver set
(benchmarks/_resolver_twentysixth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentysixth_text.py). Every stretch of words one of its clauses
says around a phrase ("she sells seashells by the seashore", "slip one, knit one", "two
magpies, for joy") is wrapping wherever it is said, as are the words only its clauses
use ("shining", "nuthatch", "gooseberry"); the words its out-of-scope kinds point back
with ("charades", "dreamt", "caption", "sign", "parrot") are never a clause's, so they
stay. A recogniser's homophone spellings of a taught name ("emris" for "emrys", "oona"
for "oonagh") are sound-alikes of it, so a case that says one keeps the name. Labels
compare words, never punctuation, so a case written without punctuation keeps the
label of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_twentysixth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYSIXTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "are", "is", "am", "say",
                 "ring", "phone", "tell", "feed", "call", "message", "text", "order",
                 "photograph", "count", "lock", "unlock", "invoice", "cover", "uncover",
                 "charge", "print", "shut", "open", "empty", "oil", "wind", "rinse", "log",
                 "iron", "download", "pair", "soak", "pasteurise", "fill", "stack", "weigh",
                 "turn", "come", "arrived", "swapped", "here", "high", "enough", "spent",
                 "in", "on", "off", "up", "more", "new", "my", "i'm", "i", "her",
                 "early", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "tomorrow"})
"""The twenty-sixth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
