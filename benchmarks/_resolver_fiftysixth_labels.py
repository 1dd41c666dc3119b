"""The label guards of the fifty-sixth held-out resolver set
(benchmarks/_resolver_fiftysixth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftysixth_text.py). Every stretch of words one of its clauses
says around a phrase ("chestnuts roasting chestnuts", "yowes yowes", "churrrr") is
wrapping wherever it is said, as are the words only its clauses use ("balloonists",
"swift's", "buckaroo"); the words its out-of-scope kinds point back with ("bell",
"gin", "jumper", "shed") are never a clause's, so they stay. A recogniser's spellings of
a taught name with its very sounds ("neater" for "nita", "blaze" for "blaise", "holder"
for "holda") are sound-alikes of it, so a case that says one keeps the name. Labels
compare words, never punctuation, so a case written without punctuation, or with a comma
for a sentence end, keeps the label of the sentence it writes. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_fiftysixth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYSIXTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "email",
                 "stack", "burn", "damp", "make", "coppice", "polish", "seal", "clamp",
                 "mend", "post", "heat", "stretch", "book", "return", "wash", "oil",
                 "sand", "weave", "pay", "cut", "stitch", "clean", "refill", "dust",
                 "tidy", "sort", "renew", "turn", "lit", "come", "tarred", "stitched",
                 "delivered", "been", "ready", "send", "drop", "give", "get", "neater",
                 "new", "more", "back", "down", "away", "out", "yet", "any", "too", "his",
                 "her", "by", "in", "on", "off", "up", "from", "about", "my", "me", "i'm",
                 "we're", "i", "it", "some", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "a", "round", "first", "three"})
"""The fifty-sixth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
