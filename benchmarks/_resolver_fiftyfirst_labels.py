"""The label guards of the fifty-first held-out resolver set
(benchmarks/_resolver_fiftyfirst.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftyfirst_text.py). Every stretch of words one of its clauses
says around a phrase ("pancakes flipped pancakers", "limbo backbend", "honkaloo") is
wrapping wherever it is said, as are the words only its clauses use ("gloucester's",
"wingcases", "crias"); the words its out-of-scope kinds point back with ("llama",
"sampler", "harbourmaster", "bylaws") are never a clause's, so they stay. A recogniser's
spellings of a taught name with its very sounds ("muddy" for "muddie", "lumpy" for
"lumpie", "floury" for "flourie") are sound-alikes of it, so a case that says one keeps
the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fiftyfirst_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYFIRST_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "file",
                 "grind", "hose", "wipe", "skim", "slice", "mop", "scrub", "soak", "post",
                 "glue", "knot", "whisk", "strain", "scour", "mow", "hem", "sew", "saw",
                 "stitch", "warm", "dry", "bag", "polish", "buff", "label", "renew",
                 "been", "arrived", "delivered", "sharpened", "stitched", "finished",
                 "ready", "send", "drop", "give", "get", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on", "off",
                 "up", "from", "about", "my", "me", "i'm", "we're", "i", "it", "some",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "a",
                 "round", "first", "muddy", "sticky", "frothy", "crusty", "lumpy",
                 "cloudy", "greasy", "grassy", "floury", "soggy", "peaty", "grimy"})
"""The fifty-first set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
