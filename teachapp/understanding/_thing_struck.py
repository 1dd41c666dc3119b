"""The perfect or past of a thing of the clause's own striking "it": "..., my prod's
jostled it", "..., the cat's nudged it aside". The speaker tells what a thing of the scene
did to another thing, no story of the request.

An -ed word beside a request reads as the past, and "it" after it may point back at the
phrase ("we watched it", "my brother's watched it": the household's story of the routine).
Whether "it" can be the routine depends on the verb: only a verb that takes an event for
its object can have a routine for it (the lexicon's ``cue_scope.event_verbs``: watch, have,
cancel, ...; Levin 1993, "English Verb Classes and Alternations", 55.1 on aspectual
verbs), or one whose object is words said or shown (``text_verbs``). A verb of contact or
motion ("jostle", "knock", "nudge": Levin 1993, 18.1-18.4 on verbs of contact by impact)
takes a physical thing, never an event, so its "it" is a thing of the scene (Quirk et al.
1985, 6.17 on "it" referring to a thing in the situation). The subject must be a thing of
the clause's own too, a determiner and a noun that names no person (the lexicon's people,
who may have done the routine themselves: "my wife's rescheduled it"), and the clause
nothing more than subject, "has" maybe, the -ed verb, "it" and a particle ("aside"; "over"
and "off" keep their own cues of a routine ended).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._cue_scope import ed_bases, event_verbs, people, scope_words
from teachapp.understanding._word_classes import verb
from teachapp.understanding.normalize import Lexicon

__all__ = ["struck_thing"]

DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their"})
"""Determiners of the subject, a thing of the clause's own (no demonstrative: "that wink's
potted it" is left to :mod:`_cue_scope`, whose demonstrative may point back)."""
LEADS = frozenset({"so", "and", "oh", "but", "now"})
"""Connectives that may open the clause ("..., so my prod's jostled it")."""
PERFECT = frozenset({"has", "had"})
PARTICLES = frozenset({"over", "off", "up", "down", "out", "about", "around", "along",
                       "away", "aside", "sideways", "flying"})
"""Particles that may finish a verb of motion ("knocked it over", "nudged it aside")."""


def struck_thing(words: Sequence[str], lexicon: Lexicon,
                 taught: Callable[[str], bool]) -> int | None:
    """Where the -ed verb stands when ``words`` (a clause's words) are a thing of the
    clause's own striking "it" (see the module docstring); else None."""
    ws = list(words)
    k = 1 if ws and ws[0] in LEADS else 0
    if len(ws) < k + 4 or ws[k] not in DETERMINERS:
        return None
    subject = ws[k + 1]
    if (not subject.isalpha() or subject in lexicon.function_words or taught(subject)
            or subject in people(lexicon) or subject.rstrip("s") in people(lexicon)):
        return None
    at = k + 3 if ws[k + 2] in PERFECT else k + 2
    if at + 1 >= len(ws) or ws[at + 1] != "it":
        return None
    rest = ws[at + 2:]
    if len(rest) > 1 or (rest and rest[0] not in PARTICLES):
        return None
    said = ws[at]
    if len(said) < 5 or not said.endswith("ed") or taught(said):
        return None
    bases = ed_bases(said)
    if not any(verb(b) for b in bases):
        return None
    if not bases.isdisjoint(event_verbs()) or not bases.isdisjoint(scope_words().text_verbs):
        return None
    return at
