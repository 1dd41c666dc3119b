"""The label guards of the twenty-second held-out resolver set
(benchmarks/_resolver_twentysecond.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentysecond_text.py). Every stretch of words one of its wrappers
says around a phrase ("but the chimney sweep's overbooked", "whose galoshes are these",
"no crisps on the chesterfield") is wrapping wherever it is said, as are the words only its clauses
use ("tweezers", "flapjack", "platypus"); the words its out-of-scope kinds point back
with ("but not yet", "at this hour", "already", "or not", "hate it") are never a
wrapper's, so they stay. A recogniser's spellings of a taught name ("katriona" for
"catriona") are sound-alikes of it, so a case that says one keeps the name; another
name that only begins and ends alike ("cristina") is not. Tuning must not open this
file.
"""

from __future__ import annotations

import _resolver_twentysecond_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYSECOND_SOUND_ALIKE,
    not_a_thing={"who's", "what's", "when's", "which", "how", "many", "much", "does", "did",
                 "do", "ring", "tell", "feed", "call", "message", "text", "cover", "uncover",
                 "unlock", "lock", "charge", "read", "print", "pump", "bank", "order",
                 "play", "open", "close", "send", "load", "unload", "count", "pull", "dry",
                 "wake", "defrost", "clean", "start", "stop", "make", "under", "hot",
                 "upper", "first", "more", "other", "off", "up", "down", "out", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "eleven", "tomorrow",
                 "left", "free", "due", "were", "arrive", "came", "heading", "setting",
                 "ready", "hour", "week"})
"""The twenty-second set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
