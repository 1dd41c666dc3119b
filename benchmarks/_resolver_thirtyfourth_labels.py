"""The label guards of the thirty-fourth held-out resolver set
(benchmarks/_resolver_thirtyfourth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtyfourth_text.py). Every stretch of words one of its clauses
says around a phrase ("tailbacks beyond the gyratory", "credit to the lads", "badger to
burrow") is wrapping wherever it is said, as are the words only its clauses use
("welterweight", "countersink", "bogey"); the words its out-of-scope kinds point back
with ("mug", "headstone", "spam", "calendar") are never a clause's, so they stay. A
recogniser's homophone spellings of a taught name ("jill" for "gill", "sole" for "sol")
are sound-alikes of it, so a case that says one keeps the name. Labels compare words,
never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_thirtyfourth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYFOURTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "wipe", "comb", "shake", "oil", "sign", "grit",
                 "pay", "top", "scrub", "test", "polish", "descale", "arrived", "shut",
                 "cold", "warm", "busy", "spawning", "cooling", "clean", "ironed", "new",
                 "any", "too", "his", "her", "in", "on", "off", "out", "up", "under", "more",
                 "my", "i'm", "we're", "i", "it", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "a"})
"""The thirty-fourth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
