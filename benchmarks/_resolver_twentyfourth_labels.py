"""The label guards of the twenty-fourth held-out resolver set
(benchmarks/_resolver_twentyfourth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyfourth_text.py). Every stretch of words one of its clauses
says around a phrase ("no, not you, dougal, carry on", "you live and learn", "handle
with care, noted") is wrapping wherever it is said, as are the words only its clauses
use ("ptolemy", "frazzle", "crumpet"); the words its out-of-scope kinds point back with
("did you say", "opposite", "whose idea", "pretend", "renamed") are never a clause's,
so they stay. A recogniser's homophone spellings of a taught name ("reece" for "rhys",
"stewart" for "stuart") are sound-alikes of it, so a case that says one keeps the name.
Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_twentyfourth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYFOURTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what's", "where's", "which", "how", "much", "does", "did", "do", "has",
                 "will", "ring", "phone", "tell", "feed", "call", "message", "text", "weigh",
                 "shut", "close", "open", "defrost", "fill", "start", "stop", "charge",
                 "print", "steam", "pack", "unpack", "book", "wash", "dry", "water",
                 "sterilise", "load", "let", "rung", "doing", "charged", "landed",
                 "delayed", "bubbling", "frost", "coming", "taking", "flying", "i've",
                 "up", "down", "out", "over", "off", "back", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "eleven", "tonight",
                 "tomorrow", "here"})
"""The twenty-fourth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
