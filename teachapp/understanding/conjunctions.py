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

__all__ = [
    "CONCESSIVE",
    "CONDITIONAL",
    "COORDINATORS",
    "REASON",
    "REASON_RESPELT",
    "RELATIVES",
    "SUBORDINATORS",
    "TEMPORAL",
    "TIME_PREPOSITIONS",
]

COORDINATORS = frozenset({"and", "or", "but", "nor"})
"""The central coordinators (Quirk et al. 1985, 13.1)."""

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
