"""A prohibition of another act said right before a taught request, no pause written: "no
slurping heat the bathroom", "unwinds no fishtailing sharpen the saddler's awl", "no
peeking at the presents" said first with the pause lost.

"No" before a gerund is the negative determiner of a noun phrase, the act it names
forbidden, as on a notice ("no smoking", "no parking": Quirk et al. 1985, 10.58 on "no"
as a determiner whose negation reaches only its noun phrase; 17.54 on the gerund as the
head of a noun phrase). A gerund may take a noun phrase for its object ("no feeding the
ducks"), so a phrase that may be one stays in its scope ("no skipping bath time"); a
phrase that opens as an imperative cannot: a verb and its object's determiner or an object
pronoun, or a particle ("heat the bathroom", "give her a ring", "warm up the hall"), or a
subject and its verb ("i'm leaving") open a clause of their own (11.23-11.25), no noun
phrase. A prepositional phrase may finish the gerund's ("no peeking at the presents"):
a noun inside one is its object, never the subject of the verb after it. So the edge
before such a phrase is sure, and the readers judge "no ..." as the
speaker's own prohibition beside the request, as with the pause written ("no slurping,
heat the bathroom").

Not a gerund the home taught or that says a request or a cue ("no stopping ..."), nor a
formula of response ("no kidding": the lexicon's ``clause_shape.responses``), nor a
gerund of the phrase's own verb ("no heating heat the bathroom" says it twice).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._own_clause import PARTICLES
from teachapp.understanding._word_classes import listed, verb
from teachapp.understanding.normalize import Lexicon

__all__ = ["forbidden_gerund", "prohibition_before"]

Taught = Callable[[str], bool]

OBJECT_OPENERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "their", "some",
                            "this", "that", "these", "those"}) | shape.OBJECT_PRONOUNS
"""Words that open a verb's object right after it ("heat *the* bathroom", "ring *her*")."""


def prohibition_before(toks: Sequence[str], at: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the two words before ``toks[at]`` are "no" and a gerund, and the phrase from
    ``at`` opens as a clause of its own (see the module docstring)."""
    if at + 1 >= len(toks):
        return False
    no = _forbidding(toks, at, taught)
    if no is None:
        return False
    gerund = toks[no + 1]
    if not forbidden_gerund(gerund, lexicon, taught):
        return False
    first, second = toks[at], toks[at + 1]
    if gerund.startswith(first[:4]):
        return False  # (the phrase's own verb said as a gerund: "no heating heat ...")
    if first in shape.PRONOUN_SUBJECTS or "'" in first:
        return False  # (read by the readers of a subject's clause, not here)
    return verb(first) and (second in OBJECT_OPENERS or second in PARTICLES)


def forbidden_gerund(gerund: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``gerund``, said after "no", is the gerund of another act forbidden: an -ing
    form of a verb, no word the home taught, that says no request, opens no cue and is no
    formula of response ("no kidding")."""
    return not (len(gerund) < 5 or not gerund.endswith("ing") or not gerund.isalpha()
                or (listed(gerund) and not verb(gerund)) or taught(gerund)
                or gerund in lexicon.request_words or gerund in lexicon.cue_starts
                or gerund in shape.shape_section().responses)


def _forbidding(toks: Sequence[str], at: int, taught: Taught) -> int | None:
    """Where "no" stands when the words right before ``at`` are "no", a gerund and maybe
    its prepositional phrase ("no peeking at the presents", "no swearing at grandad": a
    preposition, maybe a determiner, one or two nouns of no word the home taught); None
    when they are not."""
    if at >= 2 and toks[at - 2] == "no":
        return at - 2
    for size in (1, 2):
        for det in (0, 1):
            no = at - 3 - det - size
            if no < 0 or toks[no] != "no" or toks[no + 2] not in shape.PREPOSITIONS:
                continue
            if det and toks[no + 3] not in OBJECT_OPENERS:
                continue
            nouns = toks[at - size:at]
            if all(w.isalpha() and not taught(w) and w not in shape.PREPOSITIONS
                   and w not in OBJECT_OPENERS and w not in shape.PRONOUN_SUBJECTS
                   for w in nouns):
                return no
    return None
