"""The label guards of the sixty-second held-out resolver set
(benchmarks/_resolver_sixtysecond.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_sixtysecond_text.py). Every stretch of words one of its clauses
says around a phrase ("charyeot kyungrye", "yoisho yoisho", "kleep kleep") is wrapping
wherever it is said, as are the words only its clauses use ("graupel", "repique",
"redwings", "celandines"); the words its out-of-scope kinds point back with ("carp",
"lawnmower", "steamer", "napkin") are never a clause's, so they stay. A recogniser's
spellings of a taught name with its very sounds ("banner" for "banna", "moulder" for
"molda", "rocker" for "roka") are sound-alikes of it, so a case that says one keeps the
name. Labels compare words, never punctuation, so a case written without punctuation,
or with a comma for a sentence end, keeps the label of the sentence it writes. Tuning
must not open this file.
"""

from __future__ import annotations

import _resolver_sixtysecond_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.SIXTYSECOND_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "walk", "tally", "restock", "ask", "email",
                 "gild", "polish", "hang", "find", "fix", "pay", "clean", "rinse", "dust",
                 "post", "dye", "sweep", "oil", "paint", "sand", "brush", "clear",
                 "bottle", "brew", "book", "buckle", "sterilise", "renew",
                 "varnished", "dressed", "racked", "come", "arrived", "been", "ready",
                 "send", "drop", "give", "get", "drive", "write", "new", "more", "back",
                 "down", "away", "out", "yet", "any", "too", "his", "her", "by", "in",
                 "on", "off", "up", "from", "about", "my", "me", "i'm", "we're", "i",
                 "it", "some", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "a", "an", "round", "first", "three", "under", "turn"})
"""The sixty-second set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
