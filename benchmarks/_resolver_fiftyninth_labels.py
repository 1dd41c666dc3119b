"""The label guards of the fifty-ninth held-out resolver set
(benchmarks/_resolver_fiftyninth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftyninth_text.py). Every stretch of words one of its clauses
says around a phrase ("howzat howzat lbw", "waes hael", "puss puss") is wrapping
wherever it is said, as are the words only its clauses use ("hoarfrost", "yahtzee",
"goldfinches", "waxwings"); the words its out-of-scope kinds point back with
("carthorse", "beehive", "sparkler", "driftwood") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("welder" for "welda",
"pawl" for "paul", "otter" for "otta") are sound-alikes of it, so a case that says one
keeps the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fiftyninth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYNINTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "email",
                 "polish", "trim", "service", "charge", "fill", "oil", "hone", "clear",
                 "post", "cut", "soak", "wash", "thaw", "descale", "clean", "pay",
                 "tease", "whip", "grease", "pack", "film", "stack", "renew", "turn",
                 "spun", "blocked", "launched", "come", "arrived", "been", "ready",
                 "send", "drop", "give", "get", "drive", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "up", "from", "about", "my", "me", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "an", "round", "first", "three", "under"})
"""The fifty-ninth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
