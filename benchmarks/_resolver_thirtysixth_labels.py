"""The label guards of the thirty-sixth held-out resolver set
(benchmarks/_resolver_thirtysixth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtysixth_text.py). Every stretch of words one of its clauses
says around a phrase ("the peloton's splintering", "the chancellor of the exchequer",
"next some handel") is wrapping wherever it is said, as are the words only its clauses
use ("lineout's", "butler", "ftse"); the words its out-of-scope kinds point back with
("postcard", "gatepost", "sticker", "sand") are never a clause's, so they stay. A
recogniser's homophone spellings of a taught name ("gale" for "gail", "hue" for "hugh")
are sound-alikes of it, so a case that says one keeps the name. Labels compare words,
never punctuation, so a case written without punctuation, or with a comma for a sentence
end, keeps the label of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_thirtysixth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYSIXTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "rinse", "hose", "coil", "pack", "pay", "brush",
                 "comb", "clear", "pitch", "scrub", "swap", "tally", "restock", "put",
                 "get", "arrived", "come", "eating", "drying", "ironed", "rough", "cold",
                 "warm", "ready", "new", "back", "down", "been", "yet", "any", "too",
                 "his", "her", "in", "on", "off", "out", "up", "under", "more", "my",
                 "i'm", "we're", "i", "it", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "a"})
"""The thirty-sixth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
