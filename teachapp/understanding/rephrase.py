"""Is a failed utterance followed by a success a rephrase? The pair judged on its merits.

A household gives little evidence, so the learner cannot count its way to the truth
(Alexa's rewrite learning pools millions of sessions, arXiv 1911.02557). It looks at
the pair instead:

* how alike the two sound and read (``phonetic.PhraseSounds``: spelling lifted by
  sound keys) and which content words they share;
* whether the resolver already had the routine as a candidate (it asked "did you
  mean", or it rejected with that routine nearest), and how near it was: a routine
  the resolver put nearest (``NEAREST_AT``) and the person ran at once makes a
  strong pair even when the two do not sound alike;
* how long the person took, and whether they asked for something else in between;
* whether the failed utterance was a request of another kind: a question ("what is
  the weather like"), a built-in device command, a conversation command ("why did
  you...", "forget..."), something the app could never do ("call mom"), or a routine
  asked for at a time ("movie night at sunset": when, never another way to say it).

The verdict is one of three strengths. A *strong* pair (sounds alike: a
mishearing, a dropped or changed word) is learned after two sightings or one
confirmation; a *plausible* pair (quick, short, nothing in between, but not
alike: the person's own words) is learned only when the person says so; an
*unrelated* pair is never learned from rephrasing, however often it is seen.
Pure functions; no store, no clock.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum

from ._command_reading import contains_phrase
from ._command_vocab import default_vocabulary
from .normalize import normalise, strip_free_words
from .numbers import number_value

__all__ = ["Pair", "PairScore", "Strength", "request_kind", "says_when", "score_pair"]


class Strength(StrEnum):
    STRONG = "strong"
    PLAUSIBLE = "plausible"
    UNRELATED = "unrelated"


SIGHTING_WEIGHT = {Strength.STRONG: 1.0, Strength.PLAUSIBLE: 0.0, Strength.UNRELATED: 0.0}
"""Evidence one silent sighting adds; an alias needs 2 (``PROMOTE_AT``)."""
CONFIRMATION_WEIGHT = 2.0
"""A yes to "should U mean R?", the choice in "did you mean R?", an assignment."""
PROMOTE_AT = 2.0

SOUND_ALIKE = 0.72
"""Whole-phrase similarity at which two phrases sound alike (a mishearing)."""
CANDIDATE_ALIKE = 0.6
"""Lower bar when the resolver itself had the routine as a candidate."""
REST_ALIKE = 0.6
"""Once the shared words are set aside, what is left must still sound alike ..."""
SHARED_ALIKE = 0.8
"""... unless the whole sounds very alike ("move the lighting", "mood lighting"):
"story time" and "dinner time" share "time" and no more."""
MAX_PLAUSIBLE_WORDS = 5
NEAREST_AT = 0.2
"""A miss whose candidate routine scored at least this was a near miss of it. Requests
of other kinds score about 0 for every routine (none of the 135 unrelated requests of
the learning benchmark reached 0.2), so a routine the resolver had near, run right
after, is evidence even when the two do not sound alike ("film night" -> movie mode,
0.58)."""

_WH = {"what", "whats", "why", "when", "where", "who", "whom", "whose", "which", "how"}
_AUX = {"is", "are", "am", "was", "were", "can", "could", "do", "does", "did", "will",
        "would", "should", "shall", "may", "might", "have", "has"}
_SUBJECTS = {"i", "you", "it", "he", "she", "we", "they", "there", "this", "that", "the",
             "my", "your", "a", "an", "our", "their", "his", "her", "these", "those",
             "anything", "everything", "something", "nothing", "anyone", "anybody",
             "someone", "somebody"}
_CONVERSATION = re.compile(
    r"^(?:why\b|forget\b|rename\b|explain\b|remove\b|delete\b|stop calling\b|"
    r"also call\b|call it\b|what does\b|what did\b|what do you\b|what have you\b|"
    r"that is not what i meant|that was not what i meant|not what i meant|"
    r"never mind|undo\b|cancel\b|help$|"
    r"(?:yes|yeah|yep|yup|no|nope|nah|ok|okay|sure|thanks|thank you|done|stop|right|"
    r"correct|wrong)(?: (?:please|thanks|thank you|it is|i did|i did not))?$)")
_COMMAND = re.compile(
    r"^(?:set|dim|brighten|open|close|lock|unlock|raise|lower|increase|decrease|mute|"
    r"unmute|turn|switch)\b|\b(?:percent|degrees)\b")
_SWITCH_THE = re.compile(r"\b(?:turn|switch) (?:on|off) (?:the|my|all|a|an)\b|"
                         r"\b(?:turn|switch) (?:the|my) \w+(?: \w+)? (?:on|off)$")
"""Switching a named thing on or off: a device command, even for a device this home
has not got ("turn on the roomba"); a routine is asked for by its phrase, with no
"the" ("turn on movie mode")."""
_DEVICE_WORDS = re.compile(
    r"\b(?:lamp|lamps|light|lights|blinds|curtains|door|tv|television|thermostat|heating|"
    r"heater|speaker|fan|plug|volume|brightness|kettle|coffee maker)\b")
_NEVER = re.compile(
    r"\b(?:weather|forecast|news|joke|jokes|alarm|timer|remind|reminder|call|phone|ring|"
    r"text|email|message|order|buy|recipe|traffic|score|spotify|search|google|"
    r"wikipedia|translate|spell|define|calendar|appointment|shopping|pizza|taxi|uber|"
    r"podcast|song|radio|tell me|humidity)\b|^(?:play|pause|resume|skip|next)\b")
_FUNCTION_WORDS = {"the", "a", "an", "to", "of", "for", "in", "on", "my", "is", "it",
                   "and", "me", "please", "some"}


@dataclass(frozen=True)
class Pair:
    """A miss and the success that followed it."""

    failed: str
    """What the person said first (a reject or a "did you mean")."""
    routine: str
    """The routine that then ran (or was chosen)."""
    phrases: tuple[str, ...] = ()
    """The routine's phrases (its name is added), to compare the failed one with."""
    success: str = ""
    """What was said that worked ("" when it was a click in the window)."""
    candidate: bool = False
    """The resolver had ``routine`` as a candidate for ``failed``."""
    candidate_score: float = 0.0
    """The resolver's score for ``routine`` when it had it among its candidates for
    ``failed`` (nearest or not; 0 when it did not)."""
    seconds: float = 0.0
    between: int = 0
    """Other requests the person made between the two."""
    is_command: bool = False
    """``failed`` reads as a built-in device command."""
    heard: str = ""
    """``failed`` as said, with its carrier words ("play some jazz"), when it differs."""
    kind: str | None = None
    """What the resolver read ``failed`` as, when it was a request of another kind
    ("question", "negation", "different_request"...)."""


@dataclass(frozen=True)
class PairScore:
    strength: Strength
    sound: float
    """Best whole-phrase similarity in 0..1."""
    shared: tuple[str, ...]
    """Content words the two share."""
    reason: str
    """Why, in a few words (shown where the alias came from)."""

    @property
    def sighting_weight(self) -> float:
        return SIGHTING_WEIGHT[self.strength]


def request_kind(text: str, *, is_command: bool = False) -> str | None:
    """What else ``text`` is, if it is not a phrase for a routine.

    "question", "command" (a built-in device command), "conversation" (why, forget,
    rename, undo ...), "impossible" (a thing the app could never do) or "when" (a time
    said: :func:`says_when`); None when it could be a routine's phrase.
    """
    norm = normalise(text)
    words = norm.split()
    if not words:
        return "conversation"
    if _CONVERSATION.match(norm):
        return "conversation"
    if is_command:
        return "command"
    if text.rstrip().endswith("?") or words[0] in _WH or (
            len(words) > 1 and words[0] in _AUX and words[1] in _SUBJECTS):
        return "question"
    core = strip_free_words(text) or norm
    if _NEVER.search(norm):
        return "impossible"
    if says_when(words):
        return "when"
    if _COMMAND.search(core) or _SWITCH_THE.search(norm) or (
            _COMMAND.match(norm) and _DEVICE_WORDS.search(norm)):
        return "command"
    return None


_WHEN_WORDS = frozenset({"tonight", "tomorrow", "oclock", "daily", "nightly"})
"""Words that say when on their own (weekday names and "today" are left out: they name
routines too, "sunday roast")."""


def says_when(words: list[str]) -> bool:
    """Whether the normalised ``words`` say when: a part of the day or the sun's time
    ("at sunset", "in the morning", the command vocabulary's ``times_of_day``), a clock
    time after "at" ("at 9", "at seven"), "every" and a word, a number of time units
    ("in 10 minutes"), or :data:`_WHEN_WORDS`. "movie night at sunset", answered "yes" to
    "did you mean movie night?", is a routine asked for at a time: its words are no
    other way to say the phrase."""
    vocab = default_vocabulary()
    if any(w in _WHEN_WORDS for w in words) or contains_phrase(words, vocab.times_of_day):
        return True
    for before, word in itertools.pairwise(words):
        if (before == "at" and number_value(word) is not None) or before == "every":
            return True
        if word in vocab.schedule_units and (number_value(before) is not None
                                             or before in ("a", "an")):
            return True
    return False


def _content(text: str) -> list[str]:
    return [w for w in (strip_free_words(text) or normalise(text)).split()
            if w not in _FUNCTION_WORDS]


def _alike(failed: str, targets: list[str]) -> tuple[float, tuple[str, ...], float, str]:
    """(best whole similarity, shared content words, similarity of the rest, best)."""
    if not targets:
        return 0.0, (), 0.0, ""
    # numpy and rapidfuzz load when a pair is first scored, not when the window starts
    from rapidfuzz import fuzz

    from .phonetic import PhraseSounds

    sounds = PhraseSounds(targets).similarity(failed)
    best = int(sounds.argmax())
    mine = _content(failed)
    theirs = _content(targets[best])
    shared = tuple(w for w in mine if w in theirs)
    rest_mine = " ".join(w for w in mine if w not in shared)
    rest_theirs = " ".join(w for w in theirs if w not in shared)
    if not rest_mine or not rest_theirs:
        rest = 1.0  # one is the other with a word dropped or added
    else:
        rest = max(float(PhraseSounds([rest_theirs]).similarity(rest_mine)[0]),
                   fuzz.ratio(rest_mine, rest_theirs) / 100.0)
    return float(sounds[best]), shared, rest, targets[best]


def score_pair(pair: Pair, *, window: float = 30.0) -> PairScore:
    """How strong the evidence of ``pair`` is that ``failed`` meant ``routine``."""
    kind = pair.kind or request_kind(pair.heard or pair.failed, is_command=pair.is_command)
    targets = list(dict.fromkeys(t for t in (*pair.phrases, pair.routine, pair.success)
                                 if t and t.strip()))
    sound, shared, rest, nearest = _alike(pair.failed, targets)
    if kind is not None:
        return PairScore(Strength.UNRELATED, sound, shared,
                         "it asked for something else" if kind == "impossible"
                         else f"it was a {kind.replace('_', ' ')}")
    if pair.seconds > window:
        return PairScore(Strength.UNRELATED, sound, shared, "too long after")
    alike = sound >= (SHARED_ALIKE if shared else SOUND_ALIKE) or (
        sound >= SOUND_ALIKE and rest >= REST_ALIKE)
    if alike or (shared and rest >= REST_ALIKE) or (
            pair.candidate and sound >= CANDIDATE_ALIKE and pair.between <= 1):
        if pair.between <= 1:
            why = ("sounds like " if not shared else "shares words with ") + f'"{nearest}"'
            if pair.candidate:
                why += ", the nearest match"
            return PairScore(Strength.STRONG, sound, shared, why)
    if pair.candidate_score >= NEAREST_AT and pair.between == 0 \
            and pair.seconds <= window / 2:
        # The resolver itself had this routine near, and it is what the person ran
        # next: a mishearing the resolver half caught, not a change of mind.
        return PairScore(Strength.STRONG, sound, shared,
                         f"near to the resolver ({pair.candidate_score:.2f})")
    words = len(_content(pair.failed))
    if pair.between == 0 and pair.seconds <= window / 2 and 0 < words <= MAX_PLAUSIBLE_WORDS:
        return PairScore(Strength.PLAUSIBLE, sound, shared, "said again another way")
    if pair.between:
        return PairScore(Strength.UNRELATED, sound, shared, "something else came between")
    return PairScore(Strength.UNRELATED, sound, shared, "not alike")
