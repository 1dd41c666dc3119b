"""The label guards of the twenty-ninth held-out resolver set
(benchmarks/_resolver_twentyninth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyninth_text.py). Every stretch of words one of its clauses
says around a phrase ("unexpected item in the bagging area", "objection, your honour",
"oxygen masks will drop from above") is wrapping wherever it is said, as are the words
only its clauses use ("haberdashery", "sarcophagus", "drizzle"); the words its
out-of-scope kinds point back with ("riddle", "tattoo", "bet", "vote", "shopping") are
never a clause's, so they stay. A recogniser's homophone spellings of a taught name
("reid" for "reed", "patients" for "patience") are sound-alikes of it, so a case that
says one keeps the name. Labels compare words, never punctuation, so a case written
without punctuation, or with a comma for a sentence end, keeps the label of the
sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_twentyninth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYNINTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "ring", "call", "tell", "feed", "message", "text", "order", "count",
                 "lock", "unlock", "invoice", "scrub", "melt", "turn", "brush", "restring",
                 "film", "pay", "iron", "put", "sort", "measure", "bill", "top", "salty",
                 "enough", "icy", "tangled", "sold", "level", "cracked", "waiting",
                 "arrived", "come", "downstairs", "his", "in", "on", "off", "up", "more",
                 "new", "my", "i'm", "i", "it", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven"})
"""The twenty-ninth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
