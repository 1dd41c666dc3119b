"""A short commentary beside a request in which "it" is a thing that moves or is sent:
"willowshed light on, it quivered", "security off, flicked it with the hook", "phone
breezie, he's soloed it goalwards", "tea time, it's whizzed heavenward" (a spillikin, a
ball, a marble in a game played beside the speaker).

"It" said beside a request may point back at it ("we had it", "it was great": the
household's story of the routine), so a past beside it is read as one. Whether "it" can be
the routine depends on what is said of it (Quirk et al. 1985, "A Comprehensive Grammar of
the English Language", 6.17 on "it" referring to a thing in the situation): a routine is an
event, and an event does not move in space nor is sent or struck (Levin 1993, "English Verb
Classes and Alternations", 47.3 and 51.3.1 on the verbs of motion said of a body or a
thing, "quiver", "wobble", "roll"; 17.1 and 18.1 on the verbs of throwing and of contact by
impact, "flick", "lob", "nudge": the lexicon's ``thing_motion``), nor goes in a direction
(an adverb in -ward or -wards, "goalwards", "heavenward": Quirk et al. 1985, App. I on
the suffix of direction). So "it" is a thing of the scene when the clause, said apart after
a pause, is no more than

- "it", "is" or "has" maybe, and a verb of motion (``thing_motion.moving``) in -ed or
  -ing, with a particle or an adverb of direction maybe ("it quivered", "it's wobbling
  about"), or any verb (no event verb nor one of words) before an adverb of direction
  ("it's whizzed heavenward");
- a subject maybe (a personal pronoun, or a determiner and a noun of its own), "has"
  maybe, a past in -ed, "it", and after it an instrument ("with" and a noun phrase of its
  own, no pro-form or adverb that may point back: not "with the remote again"), the verb
  one of ``thing_motion.propelling``, or an adverb of direction, the verb any (no event
  verb nor one of words): "flicked it with the hook", "he's soloed it goalwards". With
  nothing after "it", a person's deed may be the routine's story ("he's jostled it": a
  person may have done the routine; :mod:`_thing_struck` reads a thing's deed so).

Not when a word is one a home taught, nor when the verb takes an event or words for its
object (the lexicon's ``cue_scope.event_verbs``, ``text_verbs``: "he's cancelled it
goalwards" is no English, but "cancelled it" keeps its own cue).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._cue_scope import BACK, ed_bases, event_verbs, scope_words
from teachapp.understanding.normalize import Lexicon, bundled_section

__all__ = ["moved_thing"]

LEADS = frozenset({"so", "and", "oh", "but", "now", "ooh", "look"})
"""Words that may open the commentary ("..., so it quivered", "..., oh, it wobbled")."""
SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you"})
DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "a", "an"})
AUXILIARIES = frozenset({"is", "has", "had", "was"})
PARTICLES = frozenset({"over", "up", "down", "out", "about", "around", "along", "away",
                       "aside", "sideways", "loose", "free", "clear", "through", "across",
                       "back", "in"})
"""Particles that may finish a verb of motion ("wobbled about", "lobbed it over")."""
NOT_DIRECTION = frozenset({"forward", "forwards", "backward", "backwards", "afterward",
                           "afterwards", "toward", "towards", "onward", "onwards", "awkward",
                           "untoward", "reward", "rewards", "steward", "coward", "wayward"})
"""Words in -ward(s) that are no adverb of a direction in space: of time ("afterwards",
"onwards", and "forward" of an event moved: "we moved it forward"), a preposition, or a
word of another kind."""


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``thing_motion`` (moving, propelling) verbs."""
    raw = bundled_section("thing_motion") or {}
    return (frozenset(str(w) for w in raw.get("moving") or ()),
            frozenset(str(w) for w in raw.get("propelling") or ()))


def _direction(word: str) -> bool:
    """Whether ``word`` is an adverb of direction in -ward(s) ("goalwards", "heavenward")."""
    return (word.endswith(("ward", "wards")) and len(word) > 6 and word not in NOT_DIRECTION)


def _bases(word: str) -> frozenset[str]:
    """The plain forms an -ed or -ing form may have ("quivered" "quiver", "wobbling"
    "wobble")."""
    if word.endswith("ed"):
        return ed_bases(word)
    if word.endswith("ing") and len(word) > 5:
        stem_ = word[:-3]
        out = {stem_, stem_ + "e"}
        if len(stem_) > 2 and stem_[-1] == stem_[-2]:
            out.add(stem_[:-1])
        return frozenset(out)
    return frozenset()


def _no_event(bases: frozenset[str]) -> bool:
    """Whether no plain form in ``bases`` is a verb that takes an event or words for its
    object (``cue_scope.event_verbs``, ``text_verbs``)."""
    return bases.isdisjoint(event_verbs()) and bases.isdisjoint(scope_words().text_verbs)


def moved_thing(words: Sequence[str], lexicon: Lexicon,
                taught: Callable[[str], bool]) -> int | None:
    """Where the verb stands when ``words`` (a clause's words) are a commentary in which
    "it" is a thing that moves or is sent (see the module docstring); else None."""
    ws = list(words)
    k = 0
    while k < len(ws) and ws[k] in LEADS:
        k += 1
    if any(taught(w) for w in ws[k:] if w not in lexicon.function_words):
        return None
    moving, propelling = _verbs()
    if k < len(ws) and ws[k] == "it":
        at = k + 2 if k + 1 < len(ws) and ws[k + 1] in AUXILIARIES else k + 1
        if at >= len(ws):
            return None
        rest, bases = ws[at + 1:], _bases(ws[at])
        if len(rest) > 1 or not all(w in PARTICLES or _direction(w) for w in rest):
            return None
        if bases & moving or (rest and _direction(rest[0]) and bases and _no_event(bases)):
            return at  # ("it quivered"; "it's whizzed heavenward": a direction in space)
        return None
    if k < len(ws) and ws[k] in SUBJECTS:
        k += 1
    elif k + 1 < len(ws) and ws[k] in DETERMINERS and ws[k + 1].isalpha() and (
            ws[k + 1] not in lexicon.function_words):
        k += 2
    if k < len(ws) and ws[k] in AUXILIARIES:
        k += 1
    if k + 1 >= len(ws) or ws[k + 1] != "it" or not ws[k].endswith("ed"):
        return None
    bases = ed_bases(ws[k])
    if not _no_event(bases):
        return None
    rest = ws[k + 2:]
    directed = bool(rest) and all(w in PARTICLES or _direction(w) for w in rest) and any(
        _direction(w) for w in rest)
    if directed and len(rest) <= 2:
        return k
    if bases.isdisjoint(propelling) or not rest:
        return None  # (a person's deed with nothing more may be the routine's story: "he's
        # jostled it", :mod:`_thing_struck` reads a thing of the clause's own doing so)
    if rest[0] == "with" and 2 <= len(rest) <= 4 and rest[1] in DETERMINERS and all(
            w.isalpha() and w not in lexicon.function_words and w not in BACK
            for w in rest[2:]):
        return k  # (an instrument: "with the hook")
    return None
