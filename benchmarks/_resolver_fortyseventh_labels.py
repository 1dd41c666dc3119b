"""The label guards of the forty-seventh held-out resolver set
(benchmarks/_resolver_fortyseventh.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortyseventh_text.py). Every stretch of words one of its clauses
says around a phrase ("mixture rich", "through the hoop", "shoobeedoowop") is wrapping
wherever it is said, as are the words only its clauses use ("roquet", "lockout",
"vixen's"); the words its out-of-scope kinds point back with ("yacht", "ferret",
"quilt", "blackboard") are never a clause's, so they stay. A recogniser's spellings of a
taught name with its very sounds ("minty" for "minti", "sally" for "sallie", "lucky"
for "luckie") are sound-alikes of it, so a case that says one keeps the name. Labels compare
words, never punctuation, so a case written without punctuation, or with a comma for a
sentence end, keeps the label of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fortyseventh_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTYSEVENTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "shave",
                 "knock", "buy", "water", "scrape", "weed", "sweep", "hose", "sharpen",
                 "file", "coil", "toast", "iron", "scrub", "hand", "wash", "stir", "heat",
                 "varnish", "polish", "hang", "trim", "chill", "dust", "wipe", "label",
                 "renew", "been", "arrived", "collected", "hooped", "spliced", "mounted",
                 "ready", "send", "drop", "give", "get", "well", "new", "more", "back",
                 "down", "away", "out", "yet", "any", "too", "his", "her", "by", "in",
                 "on", "off", "up", "from", "about", "my", "me", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "round", "first", "warped", "minty", "frosty", "jazzy", "sooty",
                 "silky", "lucky", "fluffy", "scruffy", "under"})
"""The forty-seventh set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
