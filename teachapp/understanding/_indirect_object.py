"""A pronoun after a verb that takes two objects is its indirect object, and the direct
object is still to come: "show me" leaves "show me chill out" open, where "you've
outfoxed me" is closed.

A ditransitive verb takes an indirect object, the one who receives, and then a direct
object, the thing given or shown (Quirk et al. 1985, 10.6 on the indirect object and 16.55
on ditransitive complementation: "show me the way", "give us a song", "bring me my
slippers"). A personal pronoun of the object case right after such a verb is, said before
more, that indirect object, so the clause waits for its direct object, and a taught phrase
right after may be that object ("hestia show me chill out": the routine asked to be
shown, a command about it). :mod:`_unmarked` reads an object pronoun before a phrase as
the end of its clause ("you've outfoxed me | reading mode"); after one of these verbs it
is no sure end (:func:`object_to_come`), so a run read through it is only asked about.
"""

from __future__ import annotations

__all__ = ["DITRANSITIVE", "object_to_come"]

DITRANSITIVE = frozenset({
    "show", "give", "tell", "bring", "send", "hand", "pass", "fetch", "get", "buy", "lend",
    "offer", "teach", "read", "play", "sing", "pour", "make", "find", "cook", "write",
    "owe", "promise"})
"""Verbs of giving, showing, telling and making for someone that take an indirect object
before a direct one (Quirk et al. 1985, 16.55-16.57; Levin 1993, 13.1 "give" verbs, 13.4
"fulfilling", 26.1 "build" verbs for the benefactive, 37.1 verbs of transfer of a
message)."""
INDIRECT = frozenset({"me", "us", "him", "her", "them", "you"})
"""Personal pronouns of the object case ("it" is mostly a direct object: "give it ...")."""


def object_to_come(before: str, last: str) -> bool:
    """Whether ``last``, said after ``before``, is the indirect object of a ditransitive
    verb, its direct object still to come ("show me", "give us")."""
    return last in INDIRECT and before in DITRANSITIVE
