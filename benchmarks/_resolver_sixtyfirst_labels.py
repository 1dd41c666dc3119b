"""The label guards of the sixty-first held-out resolver set
(benchmarks/_resolver_sixtyfirst.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_sixtyfirst_text.py). Every stretch of words one of its clauses
says around a phrase ("ginga esquiva", "kabaddi kabaddi", "cour leee") is wrapping
wherever it is said, as are the words only its clauses use ("smirr", "bezique",
"siskins", "aconites"); the words its out-of-scope kinds point back with ("donkey",
"pedalo", "treehouse", "luggage") are never a clause's, so they stay. A recogniser's
spellings of a taught name with its very sounds ("minder" for "minda", "mortar" for
"morta", "zipper" for "zippa") are sound-alikes of it, so a case that says one keeps
the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_sixtyfirst_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.SIXTYFIRST_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "walk", "tally", "restock", "ask", "email",
                 "plane", "fit", "pay", "weed", "label", "charge", "oil", "hone", "wash",
                 "file", "card", "dye", "mix", "fill", "brush", "clear", "wax", "sharpen",
                 "mend", "film", "stack", "renew", "post", "turn",
                 "strung", "felted", "whittled", "come", "arrived", "been", "ready",
                 "send", "drop", "give", "get", "drive", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "up", "from", "about", "my", "me", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "an", "round", "first", "three", "under"})
"""The sixty-first set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
