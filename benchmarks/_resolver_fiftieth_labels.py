"""The label guards of the fiftieth held-out resolver set
(benchmarks/_resolver_fiftieth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftieth_text.py). Every stretch of words one of its clauses says
around a phrase ("no bombing in the shallows", "slalom, weave, yip", "tweetaloo") is
wrapping wherever it is said, as are the words only its clauses use ("brakeman's",
"amidships", "neddies"); the words its out-of-scope kinds point back with ("cockerel",
"roundabout", "nurseryman", "caravan") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("misty" for "mistie",
"inky" for "inkie", "spicy" for "spicie") are sound-alikes of it, so a case that says
one keeps the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fiftieth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTIETH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "soak",
                 "cut", "wipe", "sweep", "scrape", "rake", "mop", "scrub", "sharpen", "file",
                 "trim", "blot", "stack", "oil", "stir", "warm", "bag", "decant", "bottle",
                 "reheat", "rinse", "fetch", "drain", "empty", "unpack", "label",
                 "renew", "been", "arrived", "delivered", "woven", "fletched", "labelled",
                 "ready", "send", "drop", "give", "get", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on", "off",
                 "up", "from", "about", "my", "me", "i'm", "we're", "i", "it", "some",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "a",
                 "round", "first", "misty", "sandy", "mossy", "leafy", "inky", "glossy",
                 "rusty", "chalky", "spicy", "salty", "toasty", "soapy"})
"""The fiftieth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
