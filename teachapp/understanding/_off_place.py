"""A verbless directive of movement, "off" and a place said to a pet or a child: "off the
sofa, breakfast time", "tea time, off the table".

"Off" read alone is a cue that a routine is to stop ("movie night off"), and "off the
lights" is "turn off the lights" with its verb left out. Before a noun phrase "off" may
instead be a preposition of separation whose object is a place (Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 9.15 on "off" as the negative of "on";
11.39 on verbless directives, "Off the grass!", "Off with you!"): the hearer is told to get
down from it, and the clause is a directive of its own to someone in the room, no
request that anything stop. The two are told apart by the noun: one that names a device or
a time the home knows (the command vocabulary's kinds of device and times, ``not_names``),
or that the home taught, is what is to be turned off; any other
noun after a determiner ("the sofa", "my bed", "the table") is a place to get off. Only
the whole clause is read: "off", a determiner and one noun (a pet name may follow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["off_place"]

DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "that", "this"})
"""Determiners of the place's noun phrase."""


def off_place(words: Sequence[str], taught: Callable[[str], bool], not_names: frozenset[str],
              heads: frozenset[str], endearments: frozenset[str]) -> bool:
    """Whether ``words`` (a clause's words) are "off", a determiner and a noun of a place
    (see the module docstring): no device, time or taught word; ``heads``: the nouns of
    things a request names."""
    rest = list(words)
    while len(rest) > 3 and rest[-1] in endearments:
        rest.pop()
    if len(rest) != 3 or rest[0] != "off" or rest[1] not in DETERMINERS:
        return False
    noun = rest[2]
    return (noun.isalpha() and len(noun) > 2 and not taught(noun)
            and noun not in not_names and noun.rstrip("s") not in not_names
            and noun not in heads and noun.rstrip("s") not in heads)
