"""A clause joined to the request by a joiner of addition is the speaker's second request,
never a directive to someone named after it: "evening glow, along with hire a piano
tuner, jenga" asks for two things (the lone word last a call, or a word misheard), so the
untaught one is asked about, not dropped while the phrase runs.

:mod:`_addressed` frees a clause beside a vocative as said to that person ("..., fetch me
the paperclips, ollie"). A clause that opens with "along with", "together with", "as well
as", "plus" or "and" (:data:`conjunctions.ADDITIVE`) is coordinated with what came before
it (Quirk et al. 1985, 13.5, 13.20 on the quasi-coordinators of addition): its verb's
subject is the request's, the listener, and what it asks is added to the request
(:mod:`_second_request` then reads it). Only the clause before the vocative: "and" after
one opens a directive to that person, "..., and ollie, fetch the scissors", read by
:mod:`_addressed` as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding.conjunctions import additive

__all__ = ["added_to_request"]


def added_to_request(clause: Sequence[str]) -> bool:
    """Whether ``clause``, said before a vocative, opens with a joiner of addition and says
    more after it: a second request joined to the one before, not said to that person."""
    size = additive(clause)
    return 0 < size < len(clause)
