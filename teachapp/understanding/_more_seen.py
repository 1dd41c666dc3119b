"""More of a thing seen, said after a request as a remark of its own: "tea time and more
ladybirds", "lights off, oh, more hailstones".

:mod:`_scene_remark` reads "another" and a noun of its own ("another ladybird") as a
verbless noun phrase pointing out one more of a thing seen (Biber et al. 1999, "Longman
Grammar of Spoken and Written English", 14.4 on non-clausal units). "More" before a
plural count noun is the same remark about several (Quirk et al. 1985, "A Comprehensive
Grammar of the English Language", 5.24 and 6.53 on "more" as a determiner of plural count
nouns; "another" is its singular). Only a plural count noun: "more" before a mass noun
or a setting is how a request asks for a degree ("more heat", "more light", "more
bass"), and a noun of the remark's own, no word a home taught, device or time (the
caller's ``own``): "more songs", "more lights" name what a request names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["more_seen"]

SINGULAR_ENDS = ("ss", "us", "is", "ous")
"""Endings in "s" of a word that is no plural ("moss", "cactus", "iris", "nervous")."""


def _plural(word: str) -> bool:
    """Whether ``word`` has the form of a regular plural noun ("swifts", "tadpoles")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(SINGULAR_ENDS) \
        and "'" not in word


def more_seen(said: Sequence[str], own: Callable[[str], bool]) -> bool:
    """Whether ``said`` (a clause's words, its lead words aside) is "more" and one to three
    content words of the clause's own (``own``), the last a plural, and nothing more."""
    return (2 <= len(said) <= 4 and said[0] == "more" and all(own(w) for w in said[1:])
            and _plural(said[-1]))
