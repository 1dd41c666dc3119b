"""The forms of "be", the copula and the progressive and passive auxiliary (Quirk et al.
1985, 3.19 on the forms of "be", 10.16 on the copula).

One place for them, so that the readers of a clause beside a request (:mod:`_clause_shape`,
:mod:`_clauses`, :mod:`_carriers`, :mod:`_mentioned`, :mod:`_own_clause`,
:mod:`_cue_scope`, :mod:`_meaning`, ...) read "is", "were" and "been" alike. Each reader
builds the set it needs from these classes; where it leaves a form out, its own docstring
says why. The enclitic "'s" reaches them as the normaliser expands it ("it's" as "it is",
:mod:`normalize`); a reader that meets it unexpanded lists "s" itself.
"""

from __future__ import annotations

__all__ = ["FINITE", "FORMS", "NONFINITE", "PAST", "PRESENT"]

PRESENT = frozenset({"am", "is", "are"})
"""The present forms (Quirk et al. 1985, 3.19)."""

PAST = frozenset({"was", "were"})
"""The past forms."""

FINITE = PRESENT | PAST
"""The finite forms: a clause that holds one has a verb of its own."""

NONFINITE = frozenset({"be", "been", "being"})
"""The base form and the participles: after a modal, "have" or another "be" ("i'd be
delighted", "has been fed", "being fixed")."""

FORMS = FINITE | NONFINITE
"""Every form of "be"."""
