"""A thing of the scene pointed out where it is without "there": "a snail's on the patio
door", "oh look, a snail on the patio door", "a snail's crawling up the garage door", beside
a request ("movie night, a snail's on the patio door").

An indefinite subject and a place say what the existential says with "there" (Quirk et
al. 1985, "A Comprehensive Grammar of the English Language", 18.44: "A snail is on the
step" beside the more usual "There's a snail on the step"; the existential is preferred
only because a new thing makes a poor subject), and the verbless form after "look" or
"oh" points the thing out the same way (Quirk et al. 1985, 11.41-11.43 on irregular
sentences; Biber et al. 1999, "Longman Grammar of Spoken and Written English", 14.4 on
non-clausal units). So the clause is read as :mod:`_existential` reads "there is" and the
same thing after it: its place is a landmark, and a device or a word a home taught there is
no thing asked about.

Read here: leads maybe ("oh", "ooh", "look", "so", "and", "hey", "wow"), then "a", "an",
"some" or "another", and the rest as an existential's notional subject and its place (the
enclitic "'s", "is", joined to the noun by the normaliser, "snails" of "snail's", is read
as the noun said before "is"). Not "the snail's on the door" (a definite thing is one
already known, maybe a taught one: no existential), nor a subject with a verb of its own
other than an -ing form ("a snail's eaten the lettuce": read by the readers of a clause).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._existential import existential

__all__ = ["located"]

LEADS = frozenset({"oh", "ooh", "look", "so", "and", "hey", "wow", "aw", "ah"})
"""Words that may open the clause ("oh look, a snail on the patio door")."""
INDEFINITE = frozenset({"a", "an", "some", "another"})
"""Determiners of a thing new to the talk (Quirk et al. 1985, 18.46)."""


def located(said: Sequence[str], own: Callable[[str], bool],
            word: Callable[[str], bool]) -> int | None:
    """Where the noun phrase of the place opens in ``said`` (a clause's said words), its
    landmark, when ``said`` points out a thing of the scene where it is (see the module
    docstring; ``len(said)`` when an -ing form says what it does and no place is said);
    else None (a thing said with no place, "oh, a snail", is the other readers'). ``own``
    and ``word`` as :func:`_existential.existential` takes them."""
    k = 0
    while k < len(said) and said[k] in LEADS:
        k += 1
    if k >= len(said) or said[k] not in INDEFINITE or len(said) - k < 3:
        return None
    rest = ["a" if said[k] == "another" else said[k], *said[k + 1:]]
    start = existential(["there", "is", *rest], own, word)
    if start is None or (start >= len(rest) + 2 and not any(
            w.endswith("ing") for w in rest[2:])):
        return None  # (a place, or a thing doing something: "a ladybird's crawling")
    return start - 2 + k
