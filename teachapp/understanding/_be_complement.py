"""An imperative "be" and its complement said right before a taught phrase with no pause
written: "your worships be upstanding tea time", "distinguished diners be upstanding feed
stirrup", "be quiet lights off".

A clause that ends in "be" and its subject complement is whole: the copula's one slot is
filled, so nothing after it is its object (Quirk et al. 1985, 16.21-16.24 on the
copular clause, 11.24 on "be" in a command). :mod:`_unmarked` already holds the edge
after a finite "be" and its complement ("i'm knackered bath time"); the base form opens a
command and ends it just as plainly, and a call may stand before it ("diners be
upstanding"). The complement must fill the slot alone:

- an adjective that is no verb form (LemmInflect's word classes, :mod:`_word_classes`:
  "upstanding", "careful"), or an -ed participle of the passive ("be seated", "be
  warned"), which takes no object (3.64), not a verb of naming or a routine command
  ("be called ...", "be cancelled": the phrase would be what it names or stops);
- never an -ing form that may be a verb ("be watching ..."), whose object the phrase may
  be, nor a word that leaves its clause waiting (a determiner, a preposition) or may bear
  on the request ("be quick", "be sure": the lexicon's cue and request words).

"Be" must open its clause: after a modal, an operator, "to", a subject or a negator it is
the verb of a longer verb phrase ("you will be ...", "don't be ...", "to be ..."), read as
before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._cue_scope import OPERATORS, PERSONS
from teachapp.understanding._word_classes import listed, verb

__all__ = ["be_complement"]

BASE_BE = "be"
NOT_OPENING = OPERATORS | PERSONS | shape.PRONOUN_SUBJECTS | shape.NEGATORS | {
    "to", "n't", "let", "lets", "did", "had", "'ll", "ll"}
"""Words after which "be" is no command but part of a longer verb phrase ("will be",
"to be", "not be", "let it be")."""


def be_complement(toks: Sequence[str], at: int, waiting: Callable[[str], bool],
                  naming: Callable[[str], bool]) -> bool:
    """Whether the two words before ``toks[at]`` are an imperative "be" that opens its
    clause and a complement that fills it alone (see the module docstring); ``waiting``:
    whether a word leaves its clause waiting or may bear on the request, ``naming``:
    whether it is a verb of naming or a routine command."""
    if at < 2 or toks[at - 2] != BASE_BE:
        return False
    if at >= 3 and toks[at - 3] in NOT_OPENING:
        return False
    last = toks[at - 1]
    if not last.isalpha() or waiting(last) or naming(last) or not listed(last):
        return False
    if last.endswith("ing"):
        return not verb(last)
    return not verb(last) or (last.endswith("ed") and len(last) >= 5)
