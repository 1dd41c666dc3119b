"""The label guards of the thirty-second held-out resolver set
(benchmarks/_resolver_thirtysecond.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtysecond_text.py). Every stretch of words one of its clauses
says around a phrase ("jetting somewhere exotic soon", "spill the beans", "a
soggy underside") is wrapping wherever it is said, as are the words only its clauses use
("arpeggios", "snuffling", "manifesto"); the words its out-of-scope kinds point back
with ("placard", "ringtone", "cocktail", "magnet") are never a clause's, so they stay.
A recogniser's homophone spellings of a taught name ("fill" for "phil", "loo" for
"lou") are sound-alikes of it, so a case that says one keeps the name. Labels compare
words, never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_thirtysecond_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYSECOND_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "unlock", "towel", "grease", "patch", "reweave",
                 "scrub", "restock", "polish", "renew", "mend", "sharpen", "bag", "pay",
                 "wash", "invoice", "been", "come", "came", "rising", "mended", "pressed",
                 "fitted", "drawing", "gusty", "frosty", "sooty", "enough", "his", "in",
                 "on", "off", "up", "more", "my", "i'm", "we're", "i", "it", "five", "six",
                 "seven", "eight", "nine", "ten", "eleven"})
"""The thirty-second set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
