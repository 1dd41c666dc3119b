"""A name one phrase of a home says is a name in every phrase that says it: "dizzy's
kibble" owns its kibble by the name "feed dizzy" says, so "daisy's kibble" asks about
someone else, as "feed daisy" does.

A phrase that opens with its owner ("dizzy's kibble") is read as naming someone only when
the name list knows the owner (:func:`_names.possessors`: "screen time's up" opens with no
one), but a pet's or a person's name is often no listed name ("dizzy", "smudge"). Another
phrase of the same home that says the word as a name (after a verb of addressing, "feed
dizzy", or as an owner after a verb) settles it: a home means one thing by one word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["named_across"]


def named_across(said: Mapping[int, Sequence[str]],
                 named: Mapping[int, frozenset[str]]) -> dict[int, frozenset[str]]:
    """For each phrase of ``said`` (phrase -> its words), the words that say a name some
    phrase of ``named`` (phrase -> its names, an owner with its "s": "mangos") says, itself
    or as its owner ("dizzys" of "dizzy"), when that phrase does not name it already; only
    phrases with such words are given."""
    names = {n for found in named.values() for n in found}
    names |= {n[:-1] for n in names if n.endswith("s")} | {n + "s" for n in names}
    out: dict[int, frozenset[str]] = {}
    for pid, words in said.items():
        own = named.get(pid, frozenset())
        more = frozenset(w for w in words if w in names and w not in own
                         and w[:-1] not in own and w + "s" not in own)
        if more:
            out[pid] = more
    return out
