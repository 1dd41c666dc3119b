"""The label guards of the twenty-third held-out resolver set
(benchmarks/_resolver_twentythird.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentythird_text.py). Every stretch of words one of its clauses
says around a phrase ("and horatio, put that recorder down", "phwoar, what a pong",
"so, guess what, dermot's popped the question") is wrapping wherever it is said, as are
the words only its clauses use ("gobstopper", "deckchairs", "pembleton"); the words its
out-of-scope kinds point back with ("myself", "your turn", "too late now", "promise",
"do you want me to") are never a clause's, so they stay. A recogniser's homophone
spellings of a taught name ("neve" for "niamh", "shaun" for "sean") are sound-alikes of
it, so a case that says one keeps the name. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_twentythird_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYTHIRD_SOUND_ALIKE,
    not_a_thing={"who's", "what's", "when's", "which", "how", "many", "much", "does", "did",
                 "do", "has", "ring", "phone", "tell", "feed", "call", "message", "text", "cover",
                 "uncover", "unlock", "lock", "charge", "read", "print", "order", "open",
                 "close", "park", "warm", "start", "light", "fill", "oil", "tumble", "shut",
                 "mute", "unmute", "empty", "trim", "raise", "lower", "book", "sound",
                 "pass", "went", "through", "booked", "come", "due", "up", "down", "out",
                 "over", "off", "other", "half", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "tonight", "today", "opening", "going",
                 "sharpen", "cool", "here"})
"""The twenty-third set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]
