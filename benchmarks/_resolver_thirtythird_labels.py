"""The label guards of the thirty-third held-out resolver set
(benchmarks/_resolver_thirtythird.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtythird_text.py). Every stretch of words one of its clauses
says around a phrase ("into the final furlong", "tuck that pelvis", "we have
liftoff") is wrapping wherever it is said, as are the words only its clauses use
("kettlebell", "snookered", "telemetry"); the words its out-of-scope kinds point back with
("trophy", "sticker", "motto", "scrabble") are never a clause's, so they stay. A
recogniser's homophone spellings of a taught name ("peat" for "pete", "rows" for
"rose") are sound-alikes of it, so a case that says one keeps the name. Labels compare
words, never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_thirtythird_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYTHIRD_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "unlock", "brush", "oil", "fit", "service", "pay",
                 "wash", "mist", "print", "roll", "clean", "mend", "sweep", "been", "come",
                 "arrived", "running", "low", "flowering", "oiled", "packed", "delivered",
                 "dry", "humid", "damp", "chilly", "wobbly", "any", "too", "his", "in", "on",
                 "off", "out", "up", "more", "my", "i'm", "we're", "i", "it", "four", "five",
                 "six", "seven", "eight", "nine", "ten", "eleven"})
"""The thirty-third set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
