"""A person said to move in place, beside a request: "party mode, she budged", "tea time,
you fidgeted", "ring nan back he's squirmed" (a player caught moving in a game of statues,
a child who cannot sit still), a remark of the speaker's own, no story of the request.

A past said beside a request reads as its story ("we watched", "the kids loved": the
phrase may be the object the verb's clause left out, fronted before it, Quirk et al.
1985, "A Comprehensive Grammar of the English Language", 18.20 on fronting). It cannot be
when the verb takes no such object: the verbs of body-internal motion ("budge", "fidget",
"squirm", "twitch": Levin 1993, "English Verb Classes and Alternations", 49; the
lexicon's ``thing_motion.bodily``) are said of a body moving in place, and a routine is
no thing a person wriggles. So the clause is read as the speaker's own when it is no more
than

- a connective maybe ("so", "and", "oh"), a personal pronoun other than "we" and "i" (the
  household telling its own story: "we fidgeted all through it"), "is", "has" or "have"
  maybe, and the verb in -ed, nothing after it but "about" or "around".

A word the home taught, "it" or any other word after the verb (an object, a time, "again",
which may point back at the request) leaves the clause to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._cue_scope import ed_bases
from teachapp.understanding.normalize import Lexicon, bundled_section

__all__ = ["body_moved"]

LEADS = frozenset({"so", "and", "oh", "but", "now", "ooh", "look"})
"""Words that may open the remark ("..., oh, she budged")."""
SUBJECTS = frozenset({"he", "she", "you", "they"})
AUXILIARIES = frozenset({"is", "has", "have"})
"""The perfect's "have" (and "is", as a recogniser's "'s" is written out)."""
AFTER = frozenset({"about", "around"})
"""Adverbs of place a verb of moving in place may take ("she fidgeted about")."""


@lru_cache(maxsize=1)
def _bodily() -> frozenset[str]:
    """The lexicon's ``thing_motion.bodily`` verbs."""
    raw = bundled_section("thing_motion") or {}
    return frozenset(str(w) for w in raw.get("bodily") or ())


def body_moved(words: Sequence[str], lexicon: Lexicon,
               taught: Callable[[str], bool]) -> int | None:
    """Where the verb stands when ``words`` (a clause's words) are a person said to move in
    place (see the module docstring); else None."""
    ws = list(words)
    k = 0
    while k < len(ws) and ws[k] in LEADS:
        k += 1
    if k >= len(ws) or ws[k] not in SUBJECTS:
        return None
    k += 1
    if k < len(ws) and ws[k] in AUXILIARIES:
        k += 1
    if k >= len(ws) or len(ws[k]) < 5 or not ws[k].endswith("ed") or taught(ws[k]):
        return None
    rest = ws[k + 1:]
    if len(rest) > 1 or (rest and rest[0] not in AFTER):
        return None
    return k if not ed_bases(ws[k]).isdisjoint(_bodily()) else None
