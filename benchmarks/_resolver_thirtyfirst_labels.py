"""The label guards of the thirty-first held-out resolver set
(benchmarks/_resolver_thirtyfirst.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtyfirst_text.py). Every stretch of words one of its clauses
says around a phrase ("tyre deflation detected", "charge your flutes", "badum
tish") is wrapping wherever it is said, as are the words only its clauses
use ("candyfloss", "hatchback", "sedentary"); the words its out-of-scope kinds point
back with ("wifi", "hashtag", "graffiti", "t-shirt") are never a clause's, so they stay.
A recogniser's homophone spellings of a taught name ("page" for "paige", "kneel" for
"neil") are sound-alikes of it, so a case that says one keeps the name. Labels compare
words, never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_thirtyfirst_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYFIRST_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "unlock", "brush", "hone", "caulk", "email",
                 "plait", "tighten", "sell", "tape", "pay", "wash", "oil", "prune",
                 "invoice", "been", "delivered", "arrived", "packed", "washed", "dry",
                 "ripe", "cold", "slippy", "tacky", "enough", "his", "in", "on", "off",
                 "up", "more", "my", "i'm", "we're", "i", "it", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "eleven"})
"""The thirty-first set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
