"""The label guards of the forty-first held-out resolver set
(benchmarks/_resolver_fortyfirst.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortyfirst_text.py). Every stretch of words one of its clauses
says around a phrase ("repulse the monkey", "pung of dragons", "hosanna hosanna") is
wrapping wherever it is said, as are the words only its clauses use ("telemark",
"tsukahara", "korma"); the words its out-of-scope kinds point back with ("snowman",
"caravan", "superhero", "plaque") are never a clause's, so they stay. A recogniser's
spellings of a taught name with its very sounds ("lettuce" for "lettice", "mini" for
"minnie", "mic" for "mike") are sound-alikes of it, so a case that says one keeps the
name. Labels compare words, never punctuation, so a case written without punctuation,
or with a comma for a sentence end, keeps the label of the sentence it writes. Tuning
must not open this file.
"""

from __future__ import annotations

import _resolver_fortyfirst_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTYFIRST_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "pay", "ask",
                 "wax", "steam", "wash", "oil", "clean", "file", "bag", "book", "put",
                 "polish", "sweep", "flush", "rinse", "test", "fix", "fill", "mend", "top",
                 "renew", "charged", "finished", "arrived", "ripe", "booked", "taxed",
                 "left", "tied", "dry", "send", "drop", "give", "get", "new", "more",
                 "back", "down", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "out", "up", "from", "about", "my", "i'm", "we're", "i",
                 "it", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "under"})
"""The fortyfirst set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
