"""Finding device names and rooms in an utterance, allowing for recogniser errors.

A name is found where its words line up, in order, with words of the utterance
(a two-word name also the other way round, "left bedside" for Bedside left):
each pair the same word, a near spelling ("lump" for "lamp"), two words the
recogniser ran together ("livingroom"), or two words for the same kind of device
("coffee machine" for "Coffee maker"). The index of names is built once per device
list (:class:`TargetIndex`) so each turn only scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..domain import Device
from ._command_vocab import Vocabulary
from .numbers import words_to_numbers

__all__ = ["NameMatch", "TargetIndex", "canonical", "split_words"]

_MIN_FUZZY_LEN = 4
"""Words shorter than this must match exactly: "tv" is not "to", "fan" is not "fun"."""
_MIN_WORD_SIMILARITY = 75.0
_KIND_SWAP_SCORE = 0.85
_JOINED_SCORE = 1.0
"""Two name words the recogniser ran together ("livingroom") are heard as said."""
_SWAPPED_SCORE = 0.9
"""A two-word name said the other way round ("left bedside" for Bedside left,
"kitchen sonos" for Sonos Kitchen), each word as said."""
_SPLIT_SCORE = 0.95
"""One name word heard as two ("bed room" for Bedroom): a name said as two words
("Bed room") fits better."""


def split_words(text: str) -> list[str]:
    """A name as the recogniser would write it: lower case words, no punctuation."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in text.lower().replace("'", ""))
    return cleaned.split()


_VOWELS = frozenset("aeiouy")


def canonical(word: str) -> str:
    """A word with a plural ending dropped, so "lights" and "light" compare equal. A word
    of three letters keeps its "s" ("gas", "yes", "its"), unless what is left is letters
    said one by one ("tvs": "turn off the tvs" named no TV)."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and (
            len(word) > 3 or (len(word) == 3 and not _VOWELS & set(word[:2]))):
        return word[:-1]
    return word


@dataclass(frozen=True)
class NameMatch:
    """A device name or room found in the utterance."""

    key: str
    """The device id, or the room name."""
    start: int
    end: int
    """Token span ``[start, end)`` in the utterance."""
    score: float
    """0..1: 1 for the exact words; lower for near spellings and stand-ins."""


@dataclass(frozen=True)
class _Name:
    key: str
    words: tuple[str, ...]
    kind: str | None


class TargetIndex:
    """Device names and rooms of one home, ready to be found in utterances."""

    def __init__(self, devices: Sequence[Device], vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.devices: dict[str, Device] = {d.id: d for d in devices}
        self.rooms: dict[str, list[Device]] = {}
        for device in devices:
            if device.room:
                self.rooms.setdefault(device.room, []).append(device)
        self._names = [
            _Name(d.id, _name_words(d.name), d.kind) for d in devices if split_words(d.name)
        ]
        self._rooms = [
            _Name(room, _name_words(room), None) for room in self.rooms if split_words(room)
        ]

    def find_devices(self, toks: Sequence[str], free: Sequence[bool],
                     minimum: float) -> list[NameMatch]:
        """Device names in the utterance, best first, spans not overlapping. A kind said
        in the plural names no one device called by it in the singular: "the
        thermostats" are every thermostat (a kind, as "the lights" are), not the one
        called Thermostat (it set only that one)."""
        return [match for match in _best_spans(self._names, toks, free, minimum,
                                               self.vocabulary)
                if not self._kind_in_plural(match, toks)]

    def _kind_in_plural(self, match: NameMatch, toks: Sequence[str]) -> bool:
        heard = tuple(toks[match.start:match.end])
        return heard in self.vocabulary.plural and heard != tuple(
            split_words(self.devices[match.key].name))

    def find_rooms(self, toks: Sequence[str], free: Sequence[bool],
                   minimum: float) -> list[NameMatch]:
        """Room names in the utterance, best first, spans not overlapping."""
        return _best_spans(self._rooms, toks, free, minimum, self.vocabulary)


def _different_things(heard: str, word: str, vocabulary: Vocabulary) -> bool:
    """"tv" and "soundbar" name different things, each with its own synonyms; "machine"
    and "maker" (no synonyms) may stand for each other."""
    groups = vocabulary.synonyms
    return heard in groups and word in groups and word not in groups[heard]


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words as an utterance's are compared: "Bedroom two" -> bedroom, 2."""
    return tuple(canonical(w) for w in words_to_numbers(split_words(name)))


def _word_similarity(heard: str, word: str, kind: str | None,
                     vocabulary: Vocabulary | None, *, alone: bool = False) -> float:
    heard_c = canonical(heard)
    if heard_c == word:
        return 1.0
    if vocabulary is not None and kind is not None and not alone:
        # A name of one word is not named by another kind word: "the music" is not
        # "TV" (which media player is meant is the kind's question, not the name's).
        words = vocabulary.kind_words.get(kind, frozenset())
        # "coffee machine" for "Coffee maker"; but "living room lights" (all of them) or
        # "living room light" (a broad word) is not "Living room lamp".
        plural_heard = heard_c != heard
        if (heard in words and not plural_heard and heard not in vocabulary.broad_kind_words
                and (word in words or word + "s" in words)
                and not _different_things(heard, word, vocabulary)):
            return _KIND_SWAP_SCORE
    if len(heard_c) < _MIN_FUZZY_LEN or len(word) < _MIN_FUZZY_LEN:
        return 0.0
    if vocabulary is not None and vocabulary.meanings((heard,)):
        return 0.0  # a word of the command vocabulary: "halfway" is not "Hallway"
    if heard_c[0] != word[0] and heard_c[-1] != word[-1]:
        return 0.0
    score = fuzz.ratio(heard_c, word)
    return score / 100.0 if score >= _MIN_WORD_SIMILARITY else 0.0


def _align(name: _Name, toks: Sequence[str], free: Sequence[bool], start: int,
           vocabulary: Vocabulary | None) -> tuple[int, float] | None:
    """Line ``name`` up with the tokens from ``start``; (end, score) or None."""
    i = start
    scores: list[float] = []
    j = 0
    while j < len(name.words):
        if i >= len(toks) or not free[i]:
            return None
        if j + 1 < len(name.words) and canonical(toks[i]) == name.words[j] + name.words[j + 1]:
            scores.extend((_JOINED_SCORE, _JOINED_SCORE))
            i += 1
            j += 2
            continue
        if i + 1 < len(toks) and free[i + 1] and canonical(toks[i] + toks[i + 1]) == (
                name.words[j]) and canonical(toks[i]) != name.words[j]:
            scores.append(_SPLIT_SCORE)  # "bed room" for "Bedroom": one word split in two
            i += 2
            j += 1
            continue
        sim = _word_similarity(toks[i], name.words[j], name.kind, vocabulary,
                               alone=len(name.words) == 1)
        if sim <= 0.0:
            return None
        scores.append(sim)
        i += 1
        j += 1
    if all(s < 1.0 for s in scores) and len(scores) > 1:
        return None  # no word heard as said: too weak to name a device
    return i, sum(scores) / len(scores)


def _swapped(name: _Name, toks: Sequence[str], free: Sequence[bool], start: int) -> bool:
    """Whether a two-word name is said the other way round from ``start``, word for word."""
    if len(name.words) != 2 or start + 2 > len(toks) or not (free[start] and free[start + 1]):
        return False
    first, second = name.words
    return first != second and (canonical(toks[start]), canonical(toks[start + 1])) == (
        second, first)


def _best_spans(names: Sequence[_Name], toks: Sequence[str], free: Sequence[bool],
                minimum: float, vocabulary: Vocabulary | None) -> list[NameMatch]:
    found: list[NameMatch] = []
    for name in names:
        for start in range(len(toks)):
            aligned = _align(name, toks, free, start, vocabulary)
            if aligned is not None and aligned[1] >= minimum:
                found.append(NameMatch(name.key, start, aligned[0], aligned[1]))
            elif _swapped(name, toks, free, start) and _SWAPPED_SCORE >= minimum:
                found.append(NameMatch(name.key, start, start + 2, _SWAPPED_SCORE))
    found.sort(key=lambda m: (-(m.score), -(m.end - m.start), m.start))
    chosen: list[NameMatch] = []
    taken: set[int] = set()
    for match in found:
        span = set(range(match.start, match.end))
        if span & taken:
            # An equally good name on the same words: ambiguous, keep both.
            if any(c.start == match.start and c.end == match.end and c.score == match.score
                   for c in chosen):
                chosen.append(match)
            continue
        chosen.append(match)
        taken |= span
    return chosen
