"""Answers to a which-one question: "Do you want me to turn up Ceiling light and Living
room lamp? Say yes, or which one."

A person answers such a question the way they would answer a person: by position
("the first one", "number two", "the last one"), by part of a name ("the lamp",
"ceiling"), for all or none ("both", "either", "neither", "never mind"), or by saying
the request again, perhaps narrowed ("brighter", "yes brighter", "make the lamp
brighter"). Every one of these is about the devices asked, never a new, wider command:
"brighter" alone would otherwise ask about every light of the home. Each question
of this kind (a device command's, and a several-part sentence's unsure part) reads its
answer here, so chat, the window, ``listen`` and ``run`` read it the same way.

Pure functions over the words and a ``CommandParser`` of the home (which knows the
devices' names, rooms and kinds).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..domain import Device, spoken_list
from ..errors import TeachappError
from ..understanding.normalize import default_lexicon

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser

__all__ = ["Pick", "asked_again", "read_pick", "read_routine_pick", "which_of"]

T = TypeVar("T")

# English ordinal words and their abbreviations (1st ... 10th), as the recognisers
# write them; "former" / "latter" as in "the former". Past ten nobody asks which one.
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10, "former": 1}
_LAST = frozenset({"last", "latter", "final"})
_RUN_ENDS = frozenset({"first", "last"})
"""Ends a run of positions is counted from: "the first two", "the last three"."""
_NUMBER_LEADS = frozenset({"number", "no", "option", "choice"})
"""Words before a cardinal that make it a position: "number two", "option 2"."""
_NONE = frozenset({"neither", "none", "nothing", "nor"})
"""A refusal of every device asked ("neither", "none of them", "neither one")."""
_ALL = frozenset({"both", "all", "every", "each", "everything"})
_ANY = frozenset({"either", "any", "whichever", "anyone", "anything", "whatever"})
"""The person does not mind which: the first asked is done (the reply says which)."""
_INDIFFERENT = frozenset({"dont mind", "doesnt matter", "dont care", "either fine",
                          "any fine", "whichever fine", "either works", "any works"})
"""The same in a few words ("i don't mind", "either is fine"), after the fillers; not
"don't" alone ("i don't want them" refuses)."""
_YES = frozenset({"yes", "yeah", "yep", "yup", "sure", "ok", "okay", "alright", "right",
                  "please", "do", "it", "go", "ahead"})
"""Words of consent around a pick ("yes the lamp", "ok do the first one")."""
_FILLER = frozenset({
    "the", "a", "one", "ones", "of", "them", "those", "these", "that", "this", "just",
    "only", "thanks", "thank", "you", "i", "mean", "meant", "want", "wanted", "like",
    "would", "id", "um", "uh", "er", "erm", "hmm", "oh", "well", "so", "and", "or",
    "then", "for", "me", "with", "let", "lets", "us", "say", "said", "is", "are",
    "make", "turn"})
"""Words an answer may have that neither pick nor ask: articles, pronouns, "i mean",
hesitations; "make" / "turn" are the light verbs of any device request."""
_NO = frozenset({"no", "nope", "nah"})
"""A leading "no" before a pick ("no, just the lamp") narrows rather than refuses."""
_BUT = frozenset({"not", "except", "but"})
"""A leading "not" picks the others ("not the ceiling one")."""
_QUESTION = frozenset({"is", "are", "was", "were", "what", "whats", "which", "how", "why",
                       "when", "where", "who", "does", "did", "can", "could", "will"})
"""First words of a question ("is the ceiling light on?"): a new turn, not a pick."""
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Pick(Generic[T]):
    """What an answer picked among the things asked (devices, routines)."""

    chosen: list[T] = field(default_factory=list)
    """The things to act on, in the order asked; [] for none ("neither")."""
    outside: list[T] = field(default_factory=list)
    """Things named that were not asked about ("the kitchen light"): the question
    stands, and the reply says which were asked."""
    beyond: int = 0
    """A position past the last one asked ("the third one" of two), else 0."""
    indifferent: bool = False
    """"either", "whichever": the first asked is chosen, but the person did not say it
    is the one they meant (nothing is learned from it)."""

    @property
    def none(self) -> bool:
        return not (self.chosen or self.outside or self.beyond)


@dataclass(frozen=True)
class _Naming(Generic[T]):
    """How an answer names the things asked: ``among`` those of the asked that some
    words name, ``anywhere`` the others of the home they name, ``words`` every word of
    a name (kept when the request's words are taken out)."""

    among: Callable[[str], list[T]]
    anywhere: Callable[[str], list[T]]
    words: frozenset[str]


def read_pick(text: str, asked: Sequence[Device], *, request: str, question: str,
              parser: CommandParser) -> Pick[Device] | None:
    """What ``text`` picks among the devices ``asked`` (in the order the question named
    them); None when ``text`` is not an answer to the question but something else (a
    new command, a question), which then replaces the question. ``request`` is what
    the person said first and ``question`` what the assistant asked: their words, said
    again, ask for the same thing ("brighter")."""
    if _own_command(text, asked, request, parser):
        return None
    names = frozenset(w for d in parser.devices for w in _WORD.findall(d.name.lower()))
    naming = _Naming(lambda said: parser.picked(said, asked),
                     lambda said: parser.picked(said, parser.devices), names)
    return _read(text, asked, naming, _request_words(request, question, names))


def _own_command(text: str, asked: Sequence[Device], request: str,
                 parser: CommandParser) -> bool:
    """Whether ``text`` is a device command of its own for the devices asked: for some
    of them ("turn on the living room light" after a question about every light), or
    for them with another change than the ``request``'s ("set the desk lamp to 7 %"
    after "dim the desk lamp to 7" asked about 70 %: it set 70 %, the request said
    again). Then it is read as any command is, and asks again itself when unsure."""
    try:
        command = parser.parse(text)
        before = parser.parse(request) if request else None
    except TeachappError:
        return False
    if command is None or not command.steps:
        return False
    ids, asked_ids = {d.id for d in command.devices}, {d.id for d in asked}
    if ids < asked_ids:
        return not parser.picked(text, asked)
    return ids == asked_ids and before is not None and _changes(command) != _changes(before)


def _changes(command: Any) -> dict[str, dict[str, Any]]:
    return {step.device: dict(step.set) for step in command.steps}


def read_routine_pick(text: str, asked: Sequence[str], *, request: str
                      ) -> Pick[str] | None:
    """What ``text`` picks among the routines of "Did you mean movie mode or reading
    mode?": "the second one", "reading", "neither", "either". None when it is not an
    answer (a routine named in full is run by the caller, asked or not)."""
    words = {name: frozenset(_WORD.findall(name.lower())) for name in asked}
    names = frozenset(w for ws in words.values() for w in ws)

    def among(said: str) -> list[str]:
        heard = set(said.split())
        return [name for name in asked if heard <= words[name]]

    naming = _Naming(among, lambda _said: [], names)
    return _read(text, asked, naming, _request_words(request, "", names))


def _read(text: str, asked: Sequence[T], naming: _Naming[T], asked_for: frozenset[str]
          ) -> Pick[T] | None:
    words = _WORD.findall(text.lower().replace("'", "").replace("’", ""))
    if not words or words[0] in _QUESTION or text.rstrip().endswith("?"):
        return None
    consent = [w for w in words if w not in _YES]
    refusal = bool(consent) and consent[0] in _NO
    others = bool(consent) and consent[0] in _BUT
    core = [w for w in (consent[1:] if refusal or others else consent) if w not in _FILLER]
    pick = _pick(core, asked, naming, asked_for, refusal=refusal or others,
                 consent=len(consent) < len(words))
    if others and pick is not None and pick.chosen:
        return Pick([d for d in asked if d not in pick.chosen])
    return pick


def _pick(core: list[str], asked: Sequence[T], naming: _Naming[T], asked_for: frozenset[str],
          *, refusal: bool, consent: bool) -> Pick[T] | None:
    if not core:
        return Pick(list(asked)) if consent and not refusal else None
    if set(core) <= _NONE:
        return Pick()
    if set(core) <= _ALL:
        return Pick(list(asked))
    if set(core) <= _ANY or " ".join(core) in _INDIFFERENT:
        return Pick(list(asked[:1]), indifferent=True)
    places = _positions(core, len(asked))
    if places is not None:
        if any(p > len(asked) for p in places):
            return Pick(beyond=max(places))
        return Pick([asked[p - 1] for p in sorted(set(places))])
    said = " ".join(core)
    picked = naming.among(said)
    if picked:
        return Pick(picked)
    elsewhere = naming.anywhere(said)
    if elsewhere:
        return Pick(outside=elsewhere)
    # The request said again, whole or in part, maybe with a pick: "brighter",
    # "make the lamp brighter". A word of the same idea counts ("brighten").
    rest = [w for w in core if w in naming.words or w not in asked_for]
    if len(rest) == len(core):
        return None  # nothing of the request: a new turn
    if not rest:
        return None if refusal else Pick(list(asked))
    picked = naming.among(" ".join(rest))
    return Pick(picked) if picked else None


def _positions(core: list[str], count: int) -> list[int] | None:
    """The positions ``core`` says ("first", "the second and the last", "number two"),
    None when it says anything else."""
    units = default_lexicon().units
    places: list[int] = []
    i = 0
    while i < len(core):
        word = core[i]
        many = _cardinal(core[i + 1], units) if i + 1 < len(core) else 0
        if word in _RUN_ENDS and many > 1:  # "the first two", "the last three"
            places += range(1, many + 1) if word == "first" else range(count - many + 1,
                                                                        count + 1)
            i += 2
            continue
        if word in _ORDINALS:
            places.append(_ORDINALS[word])
        elif word in _LAST:
            places.append(count)
        elif word in _NUMBER_LEADS and i + 1 < len(core) and _cardinal(core[i + 1], units):
            places.append(_cardinal(core[i + 1], units))
            i += 1
        else:
            return None
        i += 1
    return places or None


def _cardinal(word: str, units: Mapping[str, int]) -> int:
    if word.isdigit():
        return int(word)
    return units.get(word, 0)


def _request_words(request: str, question: str, names: frozenset[str]) -> frozenset[str]:
    """The words of the request and of the question's action (not the device names the
    question read out), with the other words of each one's idea in the lexicon's
    concepts ("brighter": brighten, up, more...)."""
    said = set(_WORD.findall(request.lower())) | set(_WORD.findall(question.lower()))
    said -= names
    return frozenset(said) | _related(frozenset(said))


@lru_cache(maxsize=64)
def _related(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for group in default_lexicon().concepts.values() if group & words
                     for w in group)


def asked_again(pick: Pick[Device], asked: Sequence[Device]) -> str:
    """The question again, after an answer that picked nothing asked: "I asked about
    Ceiling light and Living room lamp, not Kitchen lights. Which one, or no?"."""
    names = spoken_list([d.name for d in asked])
    again = "Which one, or no?" if len(asked) > 1 else "Yes or no?"
    if pick.outside:
        other = spoken_list([d.name for d in pick.outside])
        return f"I asked about {names}, not {other}. {again}"
    if len(asked) == 1:
        return f"I asked only about {names}. {again}"
    return f"I asked about {_COUNT.get(len(asked), str(len(asked)))}: {names}. {again}"


_COUNT = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def which_of(command: Any) -> str:
    """"Which two do you mean: Living room lamp, Bedroom lamp or Desk lamp?": the
    question for a command that said fewer things than fit ("turn on both lamps" with
    three lamps), asked again after a "yes", which picks none of them."""
    names = spoken_list([d.name for d in command.devices], "or")
    return f"Which {_COUNT.get(command.pick, str(command.pick))} do you mean: {names}?"

