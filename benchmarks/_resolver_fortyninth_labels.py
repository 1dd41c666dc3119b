"""The label guards of the forty-ninth held-out resolver set
(benchmarks/_resolver_fortyninth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortyninth_text.py). Every stretch of words one of its clauses
says around a phrase ("mesdames, messieurs", "countermarching", "bababoo") is wrapping
wherever it is said, as are the words only its clauses use ("sliotar's", "keepsies",
"kidlings"); the words its out-of-scope kinds point back with ("marrow", "snail",
"spoon", "allotment") are never a clause's, so they stay. A recogniser's spellings of a
taught name with its very sounds ("breezy" for "breezie", "zesty" for "zestie", "stripy"
for "stripie") are sound-alikes of it, so a case that says one keeps the name. Labels
compare words, never punctuation, so a case written without punctuation, or with a
comma for a sentence end, keeps the label of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fortyninth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTYNINTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "finish",
                 "thread", "air", "eat", "darn", "iron", "mop", "scrub", "sharpen", "file",
                 "grate", "press", "shake", "hang", "stir", "decant", "bag", "sand", "sew",
                 "punch", "fold", "fry", "dry", "wash", "empty", "unpack", "label",
                 "renew", "been", "arrived", "delivered", "pinned", "turned", "hemmed",
                 "ready", "send", "drop", "give", "get", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on", "off",
                 "up", "from", "about", "my", "me", "i'm", "we're", "i", "it", "some",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "a",
                 "round", "first", "breezy", "peachy", "woolly", "frilly", "zesty",
                 "snappy", "tufty", "twirly", "stripy", "crispy", "fuzzy", "spotty"})
"""The forty-ninth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
