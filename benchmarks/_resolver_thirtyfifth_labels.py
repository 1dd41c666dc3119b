"""The label guards of the thirty-fifth held-out resolver set
(benchmarks/_resolver_thirtyfifth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtyfifth_text.py). Every stretch of words one of its clauses
says around a phrase ("into the chicane", "for richer", "the float's dipping") is
wrapping wherever it is said, as are the words only its clauses use ("oche", "outrun",
"foxtrot"); the words its out-of-scope kinds point back with ("crossword", "doormat",
"ouija", "banner") are never a clause's, so they stay. A recogniser's homophone
spellings of a taught name ("pearce" for "pierce", "reed" for "reid") are sound-alikes of
it, so a case that says one keeps the name. Labels compare words, never punctuation, so
a case written without punctuation, or with a comma for a sentence end, keeps the label
of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_thirtyfifth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYFIFTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "soak", "scrape", "pack", "pay",
                 "clip", "wind", "card", "rinse", "worm", "wax", "top", "tally", "restock",
                 "put", "get", "carded", "packed",
                 "delivered", "shipped", "resoled", "damp", "dusty", "chilly", "dry",
                 "simmering", "big", "spare", "been", "come", "yet", "any", "too",
                 "his", "her", "in", "on", "off", "out", "up", "under", "more", "my",
                 "i'm", "we're", "i", "it", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "a"})
"""The thirty-fifth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
