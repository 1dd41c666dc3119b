"""The label guards of the twenty-fifth held-out resolver set
(benchmarks/_resolver_twentyfifth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyfifth_text.py). Every stretch of words one of its clauses
says around a phrase ("whisk until stiff peaks form", "my bonnie lies over the ocean",
"thirteen across, wading bird, avocet") is wrapping wherever it is said, as are the
words only its clauses use ("sultanas", "kilimanjaro", "horizon"); the words its
out-of-scope kinds point back with ("spell", "in french", "called", "rhymes",
"password", "resolution") are never a clause's, so they stay. A recogniser's homophone
spellings of a taught name ("neal" for "neil", "claire" for "clare") are sound-alikes of
it, so a case that says one keeps the name. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_twentyfifth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYFIFTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what's", "where's", "where", "when's", "when", "who's", "which", "how",
                 "many", "much", "does", "did", "do", "has", "are", "ring", "phone", "tell",
                 "feed", "call", "message", "text", "lay", "order", "photograph", "polish",
                 "count", "lock", "unlock", "invoice", "cover", "uncover", "charge", "wash",
                 "print", "press", "shut", "close", "open", "clear", "hang", "weigh",
                 "came", "arrived", "booked", "frozen", "blowing", "working", "low", "hot",
                 "firing", "away", "up", "down", "out", "outside", "in", "off", "more",
                 "new", "next", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "tonight", "tomorrow", "i'm"})
"""The twenty-fifth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
