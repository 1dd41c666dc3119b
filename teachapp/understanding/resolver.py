"""The resolver: heard text -> run a routine, ask which one, or "I don't know that one".

Layers, as in hassil: :mod:`scoring` yields scored candidate phrases ("recognise
all"), :mod:`reading` says what the rest of the utterance does to each of the
best few, and this module ranks routines and decides ("recognise best"):

1. A taught phrase said exactly (normalised; wake words, fillers and carriers
   around it allowed) always runs, whatever else is taught: "lights off" runs
   its routine even when "living room lights off" is taught too. Only the same
   phrase taught to two routines is asked about. So does one with only a call and
   politeness around it ("tea time alfred", "er, friday, lock the barn", "do us a
   favour, aga on": ``_around``), and a phrase misheard with a name
   set apart around it runs as it would alone ("cooking mowed, hal").
2. Otherwise a routine's score is its best phrase's score, mapped through a
   logistic calibration so that it reads as the chance the routine is what was
   meant, and lowered for what the reading found (a cue, a fragment, extra
   words, another word order), so a shorter phrase inside a longer utterance
   does not crowd the complete match.
3. A cue around a phrase ("don't", "cancel", "is ... on", "yesterday", "she said",
   "forget") rejects; so do two unexplained content words, or one beside half a
   phrase ("play the party anthem"). A fragment, one unexplained word or another
   word order is asked about, never run; so is a heard word the home taught as
   itself elsewhere, read as a word of like meaning ("vacuum" for "hoover"), and a
   real word written and said unlike the taught word it stands for ("velvet" for
   "felt": ``_unlike_word``).
   A routine is read by its best phrase, or by a phrase tied with it that the
   words were said in the order of ("lights off downstairs").
   A phrase heard whole has no rival in one heard in part when it was heard exactly,
   nor in one misheard more ("halllight" is "hall light", not "all lights on").
4. Then :class:`ResolverSettings`: ``run`` at ``run_threshold`` and ``margin``
   ahead of the runner-up (or, below it, the whole phrase with one word misheard,
   nothing else said and no rival near: ``LONE_*``), ``clarify`` at
   ``clarify_threshold``, else ``reject``
   (``routine`` is then ``None``; the alternatives still name the closest routines
   for a "did you mean" list, and ``mentions`` the routine a cue was said about).

:attr:`Resolution.reason` says which rule decided.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Levenshtein

from teachapp.understanding._around import Around
from teachapp.understanding._asked import asked_phrase
from teachapp.understanding._asked_first import asked_about_first
from teachapp.understanding._asked_of import asked_of_another
from teachapp.understanding._call_apart import after_call
from teachapp.understanding._call_before import call_before
from teachapp.understanding._carried_line import (
    carried_lines,
    own_after,
    own_before,
    phrase_piece,
)
from teachapp.understanding._carried_side import in_piece, one_side_cut
from teachapp.understanding._carriers import (
    clause_breaks,
    comma_lead_in,
    doubled,
    edge_words,
    named_last,
    paused,
    restarts,
)
from teachapp.understanding._changed_part import guessed_twice
from teachapp.understanding._clause_heard import heard_as_taught, heard_cores, names_heard
from teachapp.understanding._clauses import clause_phrase, core_clause
from teachapp.understanding._contraction_heard import ContractionsHeard
from teachapp.understanding._cried_twice import after_cry
from teachapp.understanding._emoji import emoji_phrase
from teachapp.understanding._formula_aside import formula_frees
from teachapp.understanding._heard_bare import read_again_bare
from teachapp.understanding._heard_beside import heard_closely, heard_spans, respoken
from teachapp.understanding._home_word import HomeWords
from teachapp.understanding._joined_conjunct import joined_readings
from teachapp.understanding._lead_ins import led_phrase
from teachapp.understanding._marker_before import marker_before
from teachapp.understanding._misheard_again import read_repaired, said_exactly
from teachapp.understanding._name_respelled import NameSpellings
from teachapp.understanding._named_across import named_across
from teachapp.understanding._names import (
    coordinated,
    name_of,
    other_in_place,
    possessors,
    same_name,
)
from teachapp.understanding._patter_around import patter_around
from teachapp.understanding._paused import paused_apart
from teachapp.understanding._phrase_said import phrase_said, taught_phrase
from teachapp.understanding._piece_heard import heard_pieces, is_phrase_misheard
from teachapp.understanding._possessed_noun import possessed_nouns
from teachapp.understanding._recipient import recipients
from teachapp.understanding._rounding import round6
from teachapp.understanding._run_together import RunTogether
from teachapp.understanding._said_before import heard_alone, said_before
from teachapp.understanding._said_object import without_said_object
from teachapp.understanding._said_twice import said_once
from teachapp.understanding._said_whole import said_whole
from teachapp.understanding._scene_edge import command_words
from teachapp.understanding._second_request import lead_asks
from teachapp.understanding._self_repair import after_repair, withdrawn
from teachapp.understanding._sound_only import by_sound_only
from teachapp.understanding._stammered import copies_heard_in, unstammered
from teachapp.understanding._taken_back import taken_back
from teachapp.understanding._unlinked_amid import unlinked_amid
from teachapp.understanding._unlinked_before import unlinked_before
from teachapp.understanding._unmarked import MARKS, phrase_spans, read_marked
from teachapp.understanding._unmarked_before import clause_before, phrase_last
from teachapp.understanding._wanted import wanted_phrase
from teachapp.understanding._weak_it import it_for_a
from teachapp.understanding._words import stem
from teachapp.understanding._wrapped_bare import read_wrapped
from teachapp.understanding.normalize import (
    Lexicon,
    called_by_name,
    default_lexicon,
    free_mask,
    normalise,
    relative_said,
    tokens,
)
from teachapp.understanding.phonetic import PhraseSounds, phonetic_key
from teachapp.understanding.reading import Cues, Reading, Said, read, read_ahead, said_facts
from teachapp.understanding.resolution import (
    Alternative,
    Confusion,
    PhraseEntry,
    Resolution,
    ResolverSettings,
)
from teachapp.understanding.scoring import PhraseIndex, Scored, ScoringParams

__all__ = ["DEFAULT_CALIBRATION", "Candidate", "Resolver", "resolve"]

DEFAULT_CALIBRATION = (13.507, -7.454)
"""Slope and offset of the logistic map from raw score to calibrated score
(fitted by ``benchmarks/resolver.py --tune`` on its first tuning home and HWU64-iot;
override with
``settings.extra["calibration"] = [slope, offset]``)."""

_ALTERNATIVES = 3
_READ = 2
"""Best routines read for cues, fragments and extra words (the rest cannot win)."""
_MEANINGFUL = 0.42
"""Raw score below which a routine is not worth naming as an alternative (raw, so
the "did you mean" list does not change when the calibration is refitted)."""
_CONFUSABLE = 0.7
"""Similarity at which ``confusable`` reports an existing phrase."""
CUE_FACTOR = 0.5
"""Score kept by a phrase with a cue around it ("cancel movie night")."""
FRAGMENT_FACTOR = 0.85
"""Score kept by a fragment of a phrase ("coffee" for "coffee time")."""
EXTRA_FACTOR = 0.8
"""Score kept per unexplained content word ("living room" around "lights off")."""
LONE_FLOOR = 0.7
"""Calibrated score at which a complete reading with no rival runs though unsure
(override with ``settings.extra["lone_threshold"]``; above 1 turns the rule off). It
stays within ``LONE_GAP`` of ``run_threshold``, and a ``run_threshold`` of 1 (only
exact phrases run) turns it off too."""
LONE_GAP = 0.14
LONE_RIVAL = 0.3
"""... when the runner-up scores at most this share of it."""
LONE_MISHEARD = 1
"""... and at most this many of its words were misheard (the rest said exactly)."""
LONE_WORD = 0.3
"""... and the misheard word is at least this like the taught word."""
NAME_UNLIKE = 0.32
"""A word after a greeting is a name ("hey home") only when no taught word is at least
this like it ("hey moody night" is "movie night" misheard, not a name; a loose sound-key
hint alone, 0.3, does not make a word like a taught one)."""
CALLED_UNLIKE = 0.5
"""A word in a call's place (set apart by a comma first, next to "please" or thanks at an
edge: ``_carriers.edge_words``) is a name when no taught word is this like it: "jeeves",
"max" (0.38 like "make"); a taught word misheard is likelier ("tyme" is 0.95 like
"time"). (After a greeting alone, or set apart last without thanks, ``NAME_UNLIKE``:
"okay cruel the house" is "cool the house" misheard, "coffee, black" says how.) Chosen
on the seen sets: 0.7 let "zchool" (0.56 like "cool") pass for a name."""
ORDER_FACTOR = 0.9
"""Score kept by a phrase heard in another word order."""
NEAR = 0.005
"""How far below its best phrase (raw score) another phrase of a routine may score and
still be the one it is read by, when it explains the utterance better: a tie, the same
words in another order ("lights off downstairs" / "downstairs lights off"). (Any lower,
and a request in another word order runs by a longer phrase: "time bath" is not
"time for a bath".)"""


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words of the built-in commands that say what or when (device kinds, times): never
    a name the assistant is called by."""
    return command_words()


CUT_PART = 3
"""Letters each part of a compound cut short has at least ("week" of "weekend"): a word
that loses fewer is more likely misheard ("weeken")."""

ADDRESSING = frozenset({"ring", "call", "phone", "text", "message", "email", "feed"})
"""Verbs whose object, said right after them, is a person or an animal by name ("ring
maureen", "feed smudge"): verbs of communication by instrument (Levin 1993, "English Verb
Classes and Alternations", 37.4: phone, ring, text, email, message) and of feeding (13.4.2
"fulfilling": feed)."""


def _addressed(said: Sequence[str], lexicon: Lexicon) -> set[str]:
    """The words of a phrase said right after a verb of :data:`ADDRESSING` ("smudge" of
    "feed smudge"; not "the" of "feed the cat", nor a number)."""
    return {b for a, b in pairwise(said)
            if a in ADDRESSING and b.isalpha() and b not in lexicon.function_words}


def _factor(reading: Reading, *, cue: bool = True) -> float:
    """Share of its score a phrase keeps for what its reading found (the cue left out
    when ranking: a cue frames the utterance, whichever phrase it is said about)."""
    factor = EXTRA_FACTOR ** reading.extra
    if reading.cue and cue:
        factor *= CUE_FACTOR
    if reading.fragment:
        factor *= FRAGMENT_FACTOR
    if reading.reordered:
        factor *= ORDER_FACTOR
    return factor


_NOT_DIGITS = re.compile(r"\D+")


def _digits(toks: list[str]) -> str:
    """The digits said, in order ("wake me at 6:30" -> "630", "one eighty" -> "180"): a
    number written or split apart another way is still the same digits."""
    return _NOT_DIGITS.sub("", "".join(toks))


def _score_first(item: tuple[float, _Ranked]) -> float:
    """Sort key: the adjusted score, highest first."""
    return -item[0]


def _outheard(best: Reading, other: Reading | None) -> bool:
    """Whether a phrase heard whole leaves ``other`` no rival: heard exactly, while the
    other was heard in part ("halllight" is "hall light", not "all lights on" with "hall"
    for "all" and "on" unsaid); or with fewer of its words misheard than the other, heard
    whole too, and its worst word worse ("hal lamp on" is "hall lamp on", not "all lights on"
    with two words misheard; "bat time" is as far from "bath tyme" as from "bath time"). A
    misheard whole phrase leaves one heard in part a rival ("tea" is not "heating")."""
    if other is None:
        return False
    if other.missing:
        return best.inexact == 0
    return other.inexact > best.inexact and other.weakest < best.weakest


class _Ranked(NamedTuple):
    routine: int
    phrase: int
    raw: float
    score: float
    reading: Reading | None = None


@dataclass(frozen=True)
class Candidate:
    """A routine an utterance could mean, before any decision (for ranking and tuning)."""

    routine: str
    phrase: str
    """The routine's best-matching taught phrase."""
    raw: float
    """The scorer's uncalibrated score in 0..1."""
    score: float
    """The calibrated score, as in :class:`Resolution`."""


class Resolver:
    """Resolves utterances against a fixed set of taught phrases.

    Build one per set of phrases (construction precomputes the index); resolving
    is then fast and thread-safe (no state changes after construction).
    """

    def __init__(self, phrases: Iterable[PhraseEntry], settings: ResolverSettings | None = None,
                 *, lexicon: Lexicon | None = None) -> None:
        self.settings = settings or ResolverSettings()
        self._lexicon = lexicon or default_lexicon()
        self._params = ScoringParams.from_extra(self.settings.extra)
        slope, offset = self.settings.extra.get("calibration", DEFAULT_CALIBRATION)
        self._slope, self._offset = float(slope), float(offset)
        self._lone = float(self.settings.extra.get("lone_threshold", LONE_FLOOR))
        entries: list[PhraseEntry] = []
        seen: set[tuple[str, str]] = set()
        for entry in phrases:
            key = (normalise(entry.text, self._lexicon), entry.routine)
            if key[0] and key not in seen:
                seen.add(key)
                entries.append(entry)
        self._entries = tuple(entries)
        self._phrase_routines: dict[str, set[str]] = {}
        """Each phrase text's routines (:meth:`_named_by`, without a scan of every entry)."""
        for entry in entries:
            self._phrase_routines.setdefault(entry.text, set()).add(entry.routine)
        phrases_of: dict[str, list[str]] = {}
        for entry in entries:
            phrases_of.setdefault(entry.routine, []).append(entry.text)
        self._phrases_of = {r: tuple(texts) for r, texts in phrases_of.items() if len(texts) > 1}
        """The phrases of each routine taught more than one (:meth:`_said_phrase`)."""
        self._taught_phrases = {p: taught_phrase(p, self._lexicon)
                                for texts in self._phrases_of.values() for p in texts}
        """Those phrases as :func:`phrase_said` reads them (read once, not per utterance)."""
        routine_ids: dict[str, int] = {}
        for entry in entries:
            routine_ids.setdefault(entry.routine, len(routine_ids))
        self._routines = list(routine_ids)
        self._sounds: PhraseSounds | None = None
        self._index = PhraseIndex([e.text for e in entries],
                                  [routine_ids[e.routine] for e in entries],
                                  len(self._routines), self._lexicon, self._params)
        self._vocab_ids = self._index.vocab_ids  # (taught stems; read for every word edge)
        self._carrier_words = frozenset(c[0] for c in self._lexicon.carriers if len(c) == 1)
        read_ahead(self._index)
        self._with_cache: dict[tuple[str, ...], frozenset[int]] = {}
        self._cues = Cues.from_lexicon(self._lexicon)
        # Exact phrases: stemmed words -> (first phrase, routines taught it).
        exact: dict[tuple[str, ...], tuple[int, list[int]]] = {}
        for pid, entry in enumerate(entries):
            stems = tuple(stem(t) for t in tokens(entry.text, self._lexicon))
            _first, rids = exact.setdefault(stems, (pid, []))
            if routine_ids[entry.routine] not in rids:
                rids.append(routine_ids[entry.routine])
        self._exact = exact
        # (phrases that say a number: its digits, "the 5am delivery" -> {"5"})
        self._numbers = {pid: found for pid, entry in enumerate(entries)
                         if (found := _digits(tokens(entry.text, self._lexicon)))}
        # (phrases that say a strict word: group -> those, "order for saturday" ->
        # {"days": {"saturday"}})
        self._strict_of = {w[0]: group for group, words in self._lexicon.strict_words.items()
                           for w in words if len(w) == 1}
        self._strict = {pid: kinds for pid, entry in enumerate(entries)
                        if (kinds := self._kinds(tokens(entry.text, self._lexicon)))}
        # (phrases that name someone: their names, "ring maureen" -> {"maureen"}; and
        # those with a word long enough to be a compound: "weekend", "sunset")
        names = self._lexicon.given_names
        self._named: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._named_order: dict[int, tuple[str, ...]] = {}
        self._names_of: dict[str, frozenset[str]] = {}  # (by phrase text: _clause_heard)
        self._words_of: dict[str, tuple[str, ...]] = {}  # (by phrase text, once read)
        self._long_words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        spelled: set[str] = set()  # (the taught names as said alone: "mango" of "mango's")
        taught_words: set[str] = set()
        plain: set[str] = set()  # (words a phrase says not as a name)
        for pid, entry in enumerate(entries):
            said = tokens(entry.text, self._lexicon)
            taught_words.update(said)
            given = {n for w in said if (n := name_of(w, names))}
            given |= coordinated(said, given, self._lexicon.function_words)
            owners = possessors(entry.text, self._lexicon, _not_names())
            named = given | _addressed(said, self._lexicon) | owners
            # (nor a word in a recipient's place: "hedda" of "give hedda a ring", _recipient)
            spoken_to = recipients(said, named, self._lexicon.function_words)
            plain.update(w for w in said if w not in named and w not in spoken_to)
            if named:
                spelled |= {n[:-1] if n in owners else n for n in named}
                self._named[pid] = (frozenset(named), frozenset(said), frozenset(given))
                self._named_order[pid] = tuple(said)
                self._names_of[entry.text] = frozenset(named)
            if long := [w for w in said if len(w) >= 2 * CUT_PART]:
                self._long_words[pid] = (frozenset(long), frozenset(said))
        said_of = {pid: tokens(e.text, self._lexicon) for pid, e in enumerate(entries)}
        for pid, more in named_across(said_of, {p: n[0] for p, n in self._named.items()}).items():
            before = self._named.get(pid)
            self._named[pid] = (more | (before[0] if before else frozenset()),
                                frozenset(said_of[pid]),
                                before[2] if before else frozenset())
            self._named_order[pid] = tuple(said_of[pid])
            self._names_of[entries[pid].text] = self._named[pid][0]
        self._home_words = HomeWords(said_of, self._lexicon.function_words,
                                     (n[0] for n in self._named.values()))
        # (a name that another phrase says as a word, "mode" of "video call mode" and
        # "focus mode", is respelled in none: "focus mowed" is heard as it is)
        self._spellings = NameSpellings(spelled - plain, taught_words, names,
                                        self._lexicon.function_words, said_of.values())
        self._contractions = ContractionsHeard(
            (e.text for e in entries), partial(tokens, lexicon=self._lexicon))
        self._run_together = RunTogether(
            (tokens(e.text, self._lexicon) for e in entries), taught_words,
            self._lexicon.function_words, names)
        # (phrases that say a word with an opposite: word -> its opposites, "on" -> "off")
        against = self._cues.against
        self._opposable: dict[int, tuple[frozenset[str], dict[str, frozenset[str]]]] = {}
        for pid, entry in enumerate(entries):
            stems = tuple(stem(t) for t in tokens(entry.text, self._lexicon))
            if any(w in against for w in stems):
                self._opposable[pid] = (frozenset(stems),
                                        {w: against[w] for w in stems if w in against})
        self._longest = max((len(k) for k in exact), default=0)
        self._exact_words = frozenset(w for k in exact for w in k)
        self._around = Around(exact, self._longest, self._index, self._lexicon, _not_names(),
                              NAME_UNLIKE)
        # The second readings :meth:`resolve` tries, in turn, while nothing runs: each takes
        # the heard text and what was found so far and gives what replaces it, or None; a
        # reading that runs ends the turn. (Bound once, here: a property built the table at
        # every resolve, and a cached_property's write to ``__dict__`` slows every other
        # attribute read of the resolver.)
        self._rereaders: tuple[Callable[[str, Resolution], Resolution | None], ...] = (
            self._alone_after_sentence, self._alone_beside_pause, self._said_apart,
            self._said_once, self._read_unmarked, self._read_wrapped, self._read_amid_patter,
            self._read_after_own_clause,
            self._read_carried, self._read_heard_piece, self._read_after_cry,
            self._heard_beside_read_again, self._read_without_said_object)

    def _sound_index(self) -> PhraseSounds:
        """Whole-phrase sound keys, built on the first confusability check and kept."""
        if self._sounds is None:
            self._sounds = PhraseSounds([e.text for e in self._entries], self._lexicon)
        return self._sounds

    @property
    def phrases(self) -> tuple[PhraseEntry, ...]:
        """The phrases this resolver knows (empty-text and duplicate entries dropped)."""
        return self._entries

    def calibrate(self, raw: float) -> float:
        """Raw phrase score -> calibrated score in 0..1 (1.0 only for a perfect match)."""
        if raw >= 1.0 - 1e-6:
            return 1.0
        if raw <= 0.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-(self._slope * raw + self._offset)))

    def _rank(self, utterance: str, limit: int) -> list[_Ranked]:
        toks = tokens(utterance, self._lexicon)
        return self._routines_of(self._index.score(utterance, toks, self._free(toks, utterance)),
                                 limit)

    def _free(self, toks: list[str], text: str = "") -> list[bool]:
        """Wake words, fillers and carriers, a name after a greeting ("hey home"), and a
        lead-in set apart by a comma ("right, ...")."""
        return self._free_breaks(toks, text)[0]

    def _free_breaks(self, toks: list[str], text: str = "",
                     formulae: bool = True) -> tuple[list[bool], frozenset[int]]:
        """:meth:`_free`, and the text's :func:`clause_breaks` (``formulae``: with the words
        of formulaic clauses beside the request freed)."""
        lex = self._lexicon
        free = called_by_name(toks, free_mask(toks, lex), lex, self._unknown)
        if "'s " in text or "\u2019s " in text:
            # (a carrier after a possessive is the noun it owns: "truffle's run heater on")
            free = possessed_nouns(text, toks, free, self._carrier_words)
        breaks = (clause_breaks(text, toks, lambda piece: tokens(piece, lex)) if text
                  else frozenset())
        free = relative_said(toks, free, breaks, lex)  # ("a meme that said ...")
        free = edge_words(toks, restarts(toks, free, breaks, lex.function_words), breaks, lex,
                          self._taught,
                          self._name, bool(breaks) and named_last(text), self._said_whole)
        if "," in text:
            # (after the calls: "time to read, love" has no lead-in, all after it is free;
            # a taught phrase said whole is none: "early start, nora")
            lead = tokens(text[:text.index(",")], lex)
            stems = [stem(t) for t in lead]
            if not (any(tuple(stems[:m]) in self._exact and all(free[m:len(lead)])
                        for m in range(len(lead), 0, -1))
                    or lead_asks(toks, len(lead), lex, self._taught)):
                # (nor one said whole before free words: "nap time so, ...", nor a request
                # of its own before "and": "text my brother, and ...", :mod:`_second_request`)
                free = comma_lead_in(text, toks, free, lead, lex.cue_starts, self._taught)
        if formulae:
            # (formulae said beside the request: "how hard can it be? ...", "..., so long,
            # fenella", "five six seven eight, ...": :mod:`_formula_aside`)
            free = formula_frees(toks, free, breaks, lex, self._taught, _not_names())
        return free, breaks

    def _said_whole(self, words: Sequence[str]) -> bool:
        """Whether ``words`` are a taught phrase, word for word."""
        return tuple(stem(w) for w in words) in self._exact

    def _taught(self, word: str) -> bool:
        return stem(word) in self._vocab_ids

    def _name(self, word: str, strict: bool = False) -> bool:
        """Whether ``word`` may be a name the assistant is called by: no taught word is like
        it (``strict``: not even a little, after a greeting alone), and it names no device
        kind or time ("lights off, tomorrow" is no call)."""
        return word not in _not_names() and self._unknown(
            word, NAME_UNLIKE if strict else CALLED_UNLIKE)

    def _misheard(self, words: Sequence[str]) -> bool:
        """Whether ``words`` said alone would be taken for a taught phrase (asked about)."""
        ranked = self._rank(" ".join(words), 1)
        return bool(ranked) and ranked[0].score >= self.settings.clarify_threshold

    def _unknown(self, word: str, unlike: float = NAME_UNLIKE) -> bool:
        """Whether no taught word is like ``word`` (it cannot be one misheard)."""
        if stem(word) in self._vocab_ids:
            return False
        sim = self._index.hear(word, [word], [False]).sim
        return not sim.size or float(sim[:, :-1].max(initial=0.0)) < unlike

    def _unlike_beside(self, word: str, phrase: Sequence[str]) -> bool:
        """Whether ``word``, said beside the taught phrase of stems ``phrase``, is like no
        word of a phrase taught with one of its content words: a taught word misheard there
        would make the phrase part of a longer one ("livin room lights off"), and only a
        phrase so taught can be one (:mod:`_not_addressed`)."""
        if stem(word) in self._vocab_ids:
            return False
        sim = self._index.hear(word, [word], [False]).sim
        if not sim.size:
            return True
        # (a function word is no taught word misheard here: "tuwhitt" 0.53 like "the")
        like = {v for v in np.flatnonzero(sim[0, :-1] >= CALLED_UNLIKE).tolist()
                if self._index.vocab[v] not in self._lexicon.function_words}
        return like.isdisjoint(self._words_with(tuple(phrase)))

    def _words_with(self, phrase: tuple[str, ...]) -> frozenset[int]:
        """The vocabulary ids of every word of the taught phrases that hold a content word
        of ``phrase`` (stems), kept per phrase."""
        kept = self._with_cache.get(phrase)
        if kept is not None:
            return kept
        ids = self._vocab_ids
        wanted = {ids[w] for w in phrase if w in ids and w not in self._lexicon.function_words}
        # (the words beside each wanted word, from its postings: not every phrase scanned)
        found = frozenset().union(*map(self._index.companions, wanted))
        if len(self._with_cache) > 256:
            self._with_cache.clear()
        self._with_cache[phrase] = found
        return found

    def _listed(self, scored: Scored) -> tuple[list[int], list[float], list[int]]:
        """The scored phrases, their raw scores and their routines, best first, as lists
        (made once per utterance: ranking and reading both go through them)."""
        return (scored.phrase_ids.tolist(), scored.scores.tolist(),
                self._index.routine_of.take(scored.phrase_ids).tolist())

    def _routines_of(self, scored: Scored, limit: int,
                     listed: tuple[list[int], list[float], list[int]] | None = None,
                     ) -> list[_Ranked]:
        ranked: list[_Ranked] = []
        seen: set[int] = set()
        pids, raws, routines = listed or self._listed(scored)
        new = tuple.__new__  # (a _Ranked built as the tuple it is)
        slope, offset, exp = self._slope, self._offset, math.exp
        for pid, raw, rid in zip(pids, raws, routines, strict=True):
            if rid in seen:
                continue
            seen.add(rid)
            # (:meth:`calibrate`, written out)
            score = (1.0 if raw >= 1.0 - 1e-6 else 0.0 if raw <= 0.0
                     else round6(1.0 / (1.0 + exp(-(slope * raw + offset)))))
            ranked.append(new(_Ranked, (rid, pid, raw, score, None)))
            if len(ranked) >= limit:
                break
        return ranked

    def rank(self, utterance: str, limit: int = 4) -> list[Candidate]:
        """The best routines for ``utterance``, one entry per routine, best first."""
        if not str(utterance).strip() or limit <= 0:
            return []
        return [Candidate(self._routines[r.routine], self._entries[r.phrase].text, r.raw, r.score)
                for r in self._rank(self._heard(str(utterance)), limit)]

    def _exact_match(self, toks: list[str], free: list[bool],
                     stems: list[str] | None = None) -> tuple[int, list[int]] | None:
        """The longest taught phrase the utterance is, give or take free words around it
        (``stems``: the tokens' stems, when at hand)."""
        if not toks or not self._exact:
            return None
        if stems is None:
            stems = list(map(stem, toks))
        said = False in free
        # (the first word said and the one after the last, found in C)
        first, last = ((free.index(False), len(free) - free[::-1].index(False)) if said
                       else (len(toks), 0))
        if said and (last - first > self._longest
                     or not self._exact_words.issuperset(stems[first:last])):
            return None  # (a phrase said whole holds every word from the first said to the last)
        best: tuple[int, list[int]] | None = None
        best_len = 0
        for i in range(first + 1):
            for j in range(len(toks), max(last, i + 1) - 1, -1):
                if j - i <= best_len or j - i > self._longest:
                    continue
                found = self._exact.get(tuple(stems[i:j]))
                if found is not None:
                    best, best_len = found, j - i
        return best

    def resolve(self, utterance: str) -> Resolution:
        """Decide what ``utterance`` means (see the module docstring)."""
        said = str(utterance)
        heard = self._heard(said)
        found = first = self._resolved(heard)
        for read_again in self._rereaders:
            if found.decision == "run":
                break
            found = read_again(heard, found) or found
        if found is not first and found.decision != "reject":
            # (a second reading judges the phrase with part of what was said cut off; what
            # frames the whole utterance still takes it back, a run or a question: "jobs
            # for next week, dog walk, then the hedges", :mod:`_taken_back`)
            why = taken_back(heard, self._lexicon, found.phrase or "", self._taught)
            if why is not None:
                found = replace(found, decision="reject", routine=None, reason=why,
                                taken_back=True)
        if found.decision == "run":
            found = self._pronoun_heard_as_a(heard, found)
        if found.decision == "run" and asked_about_first(said, self._lexicon):
            # (a question about the request said before it: "can you? movie night")
            found = replace(found, decision="clarify", reason="question")
        if found.decision == "run":
            found = self._read_as_and(heard, found)
        if found.decision == "run":
            found = self._read_after_call(heard, found)
        found = self._said_phrase(heard, found)
        return found if heard == said else replace(found, utterance=said)

    def _said_phrase(self, heard: str, found: Resolution) -> Resolution:
        """``found`` reporting the phrase of its routine that ``heard`` says, where another
        of the routine's phrases scored best (:mod:`_phrase_said`); decided as it was."""
        routine = found.routine or found.mentions
        phrases = self._phrases_of.get(routine) if routine is not None else None
        if not phrases or found.phrase not in phrases:
            return found
        said = phrase_said(heard, found.phrase, phrases, self._lexicon, self._taught_phrases)
        return found if said == found.phrase else replace(found, phrase=said)

    def _read_after_call(self, heard: str, found: Resolution) -> Resolution:
        """A run said after a call of one word said over and over and a pause ("keets,
        keets! bathroom"): the words after it read alone, and their answer kept when they
        would not run (:mod:`_call_apart`)."""
        rest = after_call(heard, self._taught)
        if rest is None:
            return found
        alone = self.resolve(rest)
        if alone.decision == "run":
            return found
        return replace(alone, utterance=heard)

    def _read_as_and(self, heard: str, found: Resolution) -> Resolution:
        """A run read again with a conjunct between the phrase's clause and another said as
        "and": "repoint the chimney stack, on top of that study time" runs nothing, as
        "repoint the chimney stack, and study time" does (:mod:`_joined_conjunct`). The
        conjunct stands there when the words on one side of it, said alone, run the
        routine."""
        for reading in joined_readings(heard):
            if not any(self._runs_alone(side, found.routine)
                       for side in (reading.before.rstrip(" ,;:"), reading.after)):
                continue
            again = self.resolve(reading.text)
            if again.decision != "run":
                return replace(again, utterance=heard)
        return found

    def _runs_alone(self, text: str, routine: str | None) -> bool:
        """Whether ``text`` said alone runs ``routine``."""
        alone = self.resolve(text)
        return alone.decision == "run" and alone.routine == routine

    def _pronoun_heard_as_a(self, heard: str, found: Resolution) -> Resolution:
        """A run taken back when "a" before a simple past is read as the pronoun it is and
        the request then runs nothing: "stargazing mode, a ran twice yesterday"
        (:mod:`_weak_it`)."""
        read = it_for_a(heard)
        if read == heard:
            return found
        again = self._resolved(read)
        if again.decision == "run":
            return found
        return replace(again, utterance=heard, taken_back=again.decision == "reject")

    def _alone_after_sentence(self, heard: str, found: Resolution) -> Resolution | None:
        """A sentence of its own said first leaves the phrase's sentence to be judged alone:
        "twelve times four is forty eight. sauna on" (:mod:`_said_before`)."""
        named = {found.routine, found.mentions} - {None}
        for rest in said_before(heard, self._lexicon, self._taught):
            alone = self._resolved(rest)
            if alone.decision == "run" and heard_alone(
                    rest, alone.reason, alone.routine in named, self._lexicon):
                return replace(alone, utterance=heard)
        return None

    def _alone_beside_pause(self, heard: str, found: Resolution) -> Resolution | None:
        """A whole sentence of the speaker's own set off by a comma, as a recogniser
        writes a pause, leaves the phrase to be judged alone: "whisk until stiff peaks
        appear, reading mode" (:mod:`_paused`)."""
        for rest in paused_apart(heard, self._lexicon, self._taught):
            # (said exactly only: a comma is weaker evidence of a sentence's end than a
            # full stop, so a phrase heard with errors is not read beside one)
            alone = self._resolved(rest)
            if alone.decision == "run" and alone.reason == "exact":
                return replace(alone, utterance=heard)
        return None

    def _said_apart(self, heard: str, found: Resolution) -> Resolution | None:
        """Taught words run together, written apart, run when then said exactly:
        "kitchenradio, lovely day" (:mod:`_run_together`). The text so written is read by
        every second reading, as the words said apart are: with no pause marked the
        phrase's edges are found by those ("gulls gulls tvtime the tide's turning")."""
        apart = self._run_together.apart(heard)
        if apart == heard:
            return None
        again = self._read_whole(apart)
        if again.decision == "run" and again.reason == "exact":
            return replace(again, utterance=heard)
        return None

    def _said_once(self, heard: str, found: Resolution) -> Resolution | None:
        """A word said twice in a row with no pause is read once, by every reader: "bath
        bath time, the kids are filthy", "the dog is very dirty bath bath time" (the text
        said once read by every second reading too: :mod:`_stammered`). The run names the
        routine the heard reading named, or the heard reading ran nothing: a copy's extra
        word can make it name another phrase and reject ("kiln off off, a beetle's glued
        on" named "kiln on", the copy's "off" and the aside's "on" its words), and the text
        said once keeps every cue."""
        once = unstammered(heard)
        if once == heard:
            return None
        again = self._resolved(once)
        asides = again.decision == "run"
        if not asides:
            # (read by every reader too, each copy then a word of the phrase: "the dog is
            # very dirty bath bath time", not "knock knock, who's there? coffee time")
            again = self._read_whole(once)
        if (again.decision == "run" and (again.routine in self._named_by(found)
                                          or found.decision == "reject")
                and copies_heard_in(heard, self._written_words(again.phrase or ""),
                                    self._lexicon.function_words, asides)):
            return replace(again, utterance=heard)
        return None

    def _read_unmarked(self, heard: str, found: Resolution) -> Resolution | None:
        """Text with no pause marked, read with one at a phrase's clause edges: "movie night
        we're off to bed" (:mod:`_unmarked`). An unsure reading never replaces a question
        already asked: "start work music vacuum" keeps its four alternatives. The text so
        marked is read by every second reading, as the speaker's text with those pauses is
        ("a headless horseman galloped through the churchyard, bath time": a sentence of
        the speaker's own said first, :mod:`_said_before`)."""
        if MARKS.intersection(heard):
            return None
        toks = tokens(heard, self._lexicon)
        stems = [stem(t) for t in toks]
        if not phrase_spans(stems, self._exact, self._longest):
            return None
        marked = read_marked(heard, toks, self._free(toks, heard), stems, self._exact,
                             self._longest, self._routines, self._read_whole,
                             self._named_by(found), (self._lexicon, self._taught),
                             partial(self._unknown, unlike=CALLED_UNLIKE), self._unlike_beside)
        if marked is not None and (marked.decision == "run" or found.decision == "reject"):
            return marked
        return None

    def _read_wrapped(self, heard: str, found: Resolution) -> Resolution | None:
        """Text with no pause marked, a phrase said exactly inside it whose edges
        :meth:`_read_unmarked` could not be sure of, when the words either side can be no
        part of its clause: "steady lads steady water the ferns" (:mod:`_wrapped_bare`)."""
        if MARKS.intersection(heard) or found.decision == "run":
            return None
        toks = tokens(heard, self._lexicon)
        stems = [stem(t) for t in toks]
        return read_wrapped(heard, toks, self._free(toks, heard), stems, self._exact,
                            self._longest, self._routines, self._read_whole,
                            self._named_by(found), (self._lexicon, self._taught),
                            partial(self._unknown, unlike=CALLED_UNLIKE))

    def _read_amid_patter(self, heard: str, found: Resolution) -> Resolution | None:
        """Text with no pause marked, a phrase said whole before or amid another's patter
        of words like none the home was taught, read with pauses at the phrase's edges:
        "a scoopful a bagful porch light on chestnuts roasting" (:mod:`_patter_around`), or
        amid talk that links to it in no way, "shove it budge it make coffee nudges
        for all comers" (:mod:`_unlinked_amid`) or after it, "heave ho shipmate open the
        hatch" (:mod:`_unlinked_before`), after one call word, "kyow oil the croze"
        (:mod:`_call_before`), or after talk and a discourse marker, "she's bating oh and
        phone sayla" (:mod:`_marker_before`); a word like a taught word of no phrase
        taught with the phrase's words is none misheard beside it. Only a run of the
        phrase's own routine, said exactly, is kept."""
        if MARKS.intersection(heard) or found.decision == "run":
            return None
        toks = tokens(heard, self._lexicon)
        stems = [stem(t) for t in toks]
        free = self._free(toks, heard)
        for i, j in phrase_spans(stems, self._exact, self._longest)[:4]:
            before = [toks[k] for k in range(i) if not free[k]]
            after = [toks[k] for k in range(j, len(toks)) if not free[k]]
            freed = [toks[k] for k in range(i) if free[k]]
            phrase = stems[i:j]

            def unlike(word: str, phrase: Sequence[str] = phrase) -> bool:
                # (a word like a taught word of no phrase taught with this one's words is
                # none misheard beside it: :mod:`_not_addressed`)
                return self._unknown(word, CALLED_UNLIKE) or self._unlike_beside(word, phrase)

            if all(free[i:j]) or not (
                    patter_around(before, toks[i:j], after, self._lexicon, self._taught, unlike)
                    or unlinked_amid(before, toks[i:j], after, self._lexicon, self._taught,
                                     unlike, freed)
                    or unlinked_before(before, toks[i:j], after, self._lexicon, self._taught,
                                       unlike, freed)
                    or call_before(before, toks[i:j], after, self._lexicon, self._taught,
                                   unlike, freed)
                    or marker_before(toks[:i], free[:i], toks[i:j], after, self._lexicon,
                                     self._taught, unlike)):
                continue
            words = list(toks)
            words[i - 1] += ","
            if j < len(toks):
                words[j - 1] += ","
            again = self._read_whole(" ".join(words))
            routines = {self._routines[k] for k in self._exact[tuple(stems[i:j])][1]}
            if again.decision == "run" and again.reason == "exact" and again.routine in routines:
                return replace(again, utterance=heard)
        return None

    def _read_after_own_clause(self, heard: str, found: Resolution) -> Resolution | None:
        """Text with no pause marked that ends in a taught phrase said exactly after a whole
        clause of the speaker's own: "the kids are finally asleep reading mode", "rural
        juror rural juror ring emrys" (:mod:`_unmarked_before`); the phrase is judged
        alone, and the word right before it may be no taught word misheard."""
        if MARKS.intersection(heard):
            return None
        toks = tokens(heard, self._lexicon)
        start = phrase_last([stem(t) for t in toks], self._exact, self._longest)
        if start is None or not clause_before(toks[:start], self._lexicon, self._taught):
            return None
        if not self._unknown(toks[start - 1], CALLED_UNLIKE):
            # (a taught word misheard right before it: the phrase may be the end of a longer
            # one, "you were right aviay mews lights on" of "aviary mews lights on")
            return None
        alone = self._resolved(" ".join(toks[start:]))
        if alone.decision == "run" and alone.reason == "exact":
            return replace(alone, utterance=heard)
        return None

    def _read_carried(self, heard: str, found: Resolution) -> Resolution | None:
        """A phrase said whole between pauses, with a stretch of the speaker's own before it
        and after it, runs as it would alone: "knit two together, fan on, purl two",
        "make coffee, rovers nil, wanderers three" (:mod:`_carried_line`)."""
        if not MARKS.intersection(heard):
            return None
        lex, taught = self._lexicon, self._taught
        for line in carried_lines(heard):
            if not (own_after(line.after, lex, taught)
                    and own_before(line.before, lex, taught, joined=line.joined,
                                   then=line.then)):
                continue
            if self._sounds_taught(line.before) or self._sounds_taught(line.after):
                continue  # (a taught phrase misheard beside it: "movie night, barth tyme")
            alone = self._resolved(line.phrase)
            if alone.decision == "run" and alone.reason == "exact" and phrase_piece(
                    line, tokens(line.phrase, lex), tokens(alone.phrase or "", lex),
            ) and taken_back(
                    heard, lex, alone.phrase or "", taught) is None:
                # (what frames the whole line still takes it back: "what a caption, sunset
                # scene, lovely")
                return replace(alone, utterance=heard)
        for line in carried_lines(heard):
            # (a stretch of the speaker's own on one side only, the rest read alone: "into
            # yump, party mode and, acute left", :mod:`_carried_side`)
            for rest, cut in one_side_cut(line, lex, taught):
                if self._sounds_taught(cut):
                    continue
                alone = self._resolved(rest)
                if alone.decision != "run" or alone.reason != "exact":
                    continue
                piece, phrase = tokens(line.phrase, lex), tokens(alone.phrase or "", lex)
                if in_piece(piece, phrase) and phrase_piece(line, piece, phrase) and taken_back(
                        heard, lex, alone.phrase or "", taught) is None:
                    return replace(alone, utterance=heard)
        return None

    def _read_heard_piece(self, heard: str, found: Resolution) -> Resolution | None:
        """A taught phrase misheard in a piece of its own between pauses, a stretch of the
        speaker's own beside it, runs as it would alone: "lumber, clobber, scrap, tally the
        belt ordes" (:mod:`_piece_heard`)."""
        if not MARKS.intersection(heard):
            return None
        lex = self._lexicon
        for line in heard_pieces(heard, lex, self._taught, self._sounds_taught):
            alone = self._resolved(line.phrase)
            if (alone.decision == "run" and alone.reason == "match"
                    and is_phrase_misheard(line, alone.phrase or "", lex)
                    and taken_back(heard, lex, alone.phrase or "", self._taught) is None):
                return replace(alone, utterance=heard)
        return None

    def _read_after_cry(self, heard: str, found: Resolution) -> Resolution | None:
        """A cry of a few words said over, a pause after each, before the request: the words
        after it read alone, their run kept ("wake up, wake up! reading mode":
        :mod:`_cried_twice`)."""
        rest = after_cry(heard, self._lexicon, self._taught)
        if rest is None:
            return None
        alone = self._read_whole(rest)
        return replace(alone, utterance=heard) if alone.decision == "run" else None

    def _read_without_said_object(self, heard: str, found: Resolution) -> Resolution | None:
        """A phrase said whole beside a clause that bids someone say words of its own runs
        as it would without that clause: "shower time, say cheesecake" (:mod:`_said_object`):
        read whole, what else is said around the phrase still counts."""
        if "say" not in heard.lower():
            return None
        for rest in without_said_object(heard):
            alone = self._read_whole(rest)
            if alone.decision == "run" and alone.reason == "exact":
                return replace(alone, utterance=heard)
        return None

    def _sounds_taught(self, stretch: str) -> bool:
        """Whether a short stretch (three words at most), read alone, runs or is asked
        about: it may be another request misheard, not talk of the speaker's own."""
        return (bool(stretch.strip()) and len(tokens(stretch, self._lexicon)) <= 3
                and self._resolve(stretch).decision != "reject")

    def _heard_beside_read_again(self, heard: str, found: Resolution) -> Resolution | None:
        """A phrase misheard beside words only a second reading frees when it is said
        exactly runs as it would alone: "fifty percent of forty is twenty. mage coffee"
        (:mod:`_misheard_again`; :meth:`_heard_beside` reads the repaired text once). A
        question already asked stays asked where a pause is marked (with none, it may only
        say no edge of the phrase was seen, :mod:`_heard_bare`), and a phrase said exactly
        too is not misheard ("everything off, everything's off already" says its state)."""
        how = read_again_bare(heard, found, self._lexicon.given_names)
        if how is None or not found.phrase:
            return None
        phrase = self._phrase_words(found.phrase)
        toks = tokens(heard, self._lexicon)
        free, breaks = self._free_breaks(toks, heard)
        for span in heard_spans(toks, free, breaks, phrase, self._lexicon.function_words,
                                lone=how.lone):
            if said_exactly(toks[:span.start], phrase) or said_exactly(toks[span.stop:], phrase):
                continue
            alone_words = toks[span.start:span.stop]
            if not how.heard(alone_words, phrase):
                continue
            repaired = respoken(heard, toks, span, phrase, partial(tokens, lexicon=self._lexicon))
            again = read_repaired(
                alone_words, phrase, self._names_of.get(found.phrase, ()), self._lexicon,
                partial(self._read_whole if how.framed else self._read_through, repaired),
                lambda words: self._resolve(" ".join(words), beside=False), how.named)
            if again is not None:
                # (the words beside it never raise its score: it is scored at most as the
                # routine's words score among them all, wake words and fillers with them)
                among = next((r.score for r in self._rank(heard, len(self._routines))
                              if self._routines[r.routine] == again.routine), again.score)
                return replace(again, utterance=heard, score=min(again.score, among))
        return None

    def _read_whole(self, text: str) -> Resolution:
        """``text``, a second reading of what was heard (said once, or with its clause edges
        marked), read as :meth:`resolve` reads it: by every second reading but the one of a
        phrase misheard beside words, and what frames the whole text still takes a run
        back ("my exchange partner is learning, party mode": :mod:`_taken_back`)."""
        found = self._read_through(text)
        if found.decision != "run":
            return found
        why = taken_back(text, self._lexicon, found.phrase or "", self._taught)
        if why is None:
            return found
        return replace(found, decision="reject", routine=None, reason=why, taken_back=True)

    def _read_through(self, text: str) -> Resolution:
        """``text`` read as :meth:`resolve` reads it, by every second reading but the one
        of a phrase misheard beside words (the text is one such reading already)."""
        found = self._resolved(text)
        for read_again in self._rereaders:
            if found.decision == "run":
                break
            if read_again != self._heard_beside_read_again:
                found = read_again(text, found) or found
        return found

    def _named_by(self, found: Resolution) -> set[str | None]:
        """The routines ``found`` names: the one it runs or asks about, the one a cue was
        said about, the one its best phrase is taught to."""
        by_phrase = self._phrase_routines.get(found.phrase or "", ())
        return {found.routine, found.mentions, *by_phrase} - {None}

    def _heard(self, said: str) -> str:
        """``said`` as every entry point reads it: a taught name spelled otherwise written
        as taught ("ring kirsti" of "ring kirsty": :mod:`_name_respelled`), and a taught
        contraction written as a word of its own at a clause's start ("were off to the
        fair" of "we're off to the fair": :mod:`_contraction_heard`)."""
        return self._contractions.respell(self._spellings.respell(said))

    def _resolved(self, utterance: str) -> Resolution:
        """:meth:`resolve` of ``utterance`` with its names spelled as taught; a run is
        taken back when a reader of :mod:`_taken_back` finds what is said around the
        phrase asks for nothing ("tv time again? you're joking", "feed the cat, she's
        been fed", "picture me asking you to ...", "shall i lock up for you?")."""
        found = self._resolve(utterance)
        if found.decision != "run":
            return found
        if found.reason == "match" and not self._heard_as_said(utterance, found):
            # (a phrase misheard beside a formula is each of its words heard as itself,
            # "shud mabels box, bon voyage, ..."; a word of like meaning is only asked
            # about, "puppy is sleeping, what a lovely scarf" of "baby is sleeping", unless
            # it runs with the formula read as words of the request)
            unread = self._resolve(utterance, formulae=False)
            if unread.decision != "run" or unread.routine != found.routine:
                return replace(found, decision="clarify", reason="unsure")
        why = taken_back(found.utterance, self._lexicon, found.phrase or "", self._taught)
        if why is None:
            return found
        return replace(found, decision="reject", routine=None, reason=why, taken_back=True)

    def _resolve(self, text: str, beside: bool = True, formulae: bool = True) -> Resolution:
        """:meth:`resolve` before a request echoed and commented on is taken back
        (``beside``: a phrase misheard beside asides may be read, :meth:`_heard_beside`;
        not when this is already such a reading; ``formulae``: formulaic clauses beside
        the request are freed, :mod:`_formula_aside`)."""
        if not text.strip():
            return Resolution(utterance=text, decision="reject", routine=None, score=0.0)
        toks = tokens(text, self._lexicon)
        free, breaks = self._free_breaks(toks, text, formulae)
        stems = list(map(stem, toks))  # (for the exact phrase and one among a call)
        exact = self._exact_match(toks, free, stems)
        again_said: tuple[str, list[str], list[bool]] | None = None
        if exact is None and asked_of_another(toks, free, breaks, self._taught):
            # (a question of what someone else may do: "can my son movie night")
            found = self._scored(text, toks, free)
            return replace(found, decision="reject", routine=None, reason="question")
        if exact is None:
            # (a request said again after a self-repair is read alone: "heat, no, heat the
            # caravan"; what came before it is replaced, a phrase there runs nothing)
            start = after_repair(toks, free, breaks, self._lexicon)
            if start is not None and withdrawn(toks[start:], free[start:]):
                # (a repair that only says to stop or wait withdraws the request: "lights
                # on, no, hold off"; :mod:`_self_repair`)
                found = self._scored(text, toks, free)
                return replace(found, decision="reject", routine=None, reason="cancellation")
            if start is not None:
                # (read as if said alone: a carrier does not run across the term, "what do
                # you call it, is nap time on" asks about state)
                tail = toks[start:]
                tail_text = " ".join(t + ("," if start + k in breaks else "")
                                     for k, t in enumerate(tail))
                tail_free, tail_breaks = self._free_breaks(tail, tail_text)
                again_said = (tail_text, tail, tail_free)
                exact = (self._exact_match(tail, tail_free)
                         or self._around.match(tail, tail_free, tail_breaks))
            else:
                exact = (self._around.match(toks, free, breaks, stems)
                         or clause_phrase(toks, free, breaks, self._exact, self._lexicon,
                                          self._taught, _not_names(), self._misheard)
                         or asked_phrase(toks, free, self._exact, self._lexicon,
                                         self._taught, _not_names())
                         or wanted_phrase(toks, free, self._exact, self._lexicon)
                         or led_phrase(toks, free, self._exact, self._lexicon)
                         or emoji_phrase(toks, free, breaks, self._lexicon,
                                         self._exact_match))
        if exact is not None:
            pid, rids = exact
            names = [self._routines[r] for r in rids]
            if len(rids) == 1:
                return Resolution(utterance=text, decision="run", routine=names[0], score=1.0,
                                  phrase=self._entries[pid].text, reason="exact",
                                  mentions=names[0])
            return Resolution(utterance=text, decision="clarify", routine=names[0], score=1.0,
                              alternatives=tuple(Alternative(n, 1.0)
                                                 for n in names[1:_ALTERNATIVES + 1]),
                              phrase=self._entries[pid].text, reason="ambiguous",
                              mentions=names[0])
        found = self._scored(text, toks, free)
        if again_said is not None:
            # (a phrase misheard after a self-repair runs as it would alone: "dishwaser,
            # no wait, dishwaser on"; all that was said together is only asked about)
            again = self._scored(*again_said)
            if again.decision == "run" and again.reason == "match":
                return replace(again, utterance=text)
            return replace(found, decision="clarify") if found.decision == "run" else found
        if found.decision == "run":
            return found
        core = core_clause(toks, free, breaks, self._lexicon, self._taught, _not_names(),
                           self._misheard)
        if core is not None:
            # (a phrase misheard in a clause of its own beside clauses that ask for
            # nothing runs as it would alone: "thinner time, i'm knackered")
            alone_run = self._alone(text, toks, core)
            if alone_run is not None:
                return alone_run
        for heard in heard_cores(toks, free, breaks, self._lexicon, self._taught,
                                 _not_names()):
            # (and beside clauses of the speaker's own shape, heard as taught enough:
            # "bath tyme the kids are filthy": :mod:`_clause_heard`)
            alone_run = self._alone(text, toks, heard.at)
            if alone_run is not None and heard_as_taught(
                    heard, toks, self._phrase_words(alone_run.phrase or ""),
                    self._names_of.get(alone_run.phrase or "", ()),
                    partial(self._weakest, toks[heard.at.start:heard.at.stop]),
                    self._lexicon.function_words):
                return alone_run
        if beside and found.phrase:
            # (a phrase misheard beside words any reader of asides frees when it is said
            # exactly runs as it would alone: "solar solar filter on, what a spider!")
            beside_run = self._heard_beside(text, toks, free, breaks, found)
            if beside_run is not None:
                return beside_run
        if found.reason == "extra_words" or (found.phrase and found.mentions):
            # (a word said twice in a row, the copy its one extra word: "spa spa evening",
            # or a word of the phrase read as a cue: "lights off off", :mod:`_said_twice`)
            once = (doubled(toks, free, self._lexicon.function_words)
                    if found.reason == "extra_words" else
                    said_once(toks, free, breaks, self._phrase_words(found.phrase or "")))
            if once is not None:
                again = self._scored(text, toks, once)
                if (again.decision == "run" and again.reason == "match"
                        and again.routine == found.mentions):
                    return again
        if found.mentions is not None:
            # (a call around a phrase misheard: "cooking mowed, hal")
            called = self._around.calls(toks, free, breaks)
            if called is not None:
                again = self._scored(text, toks, called)
                if (again.decision == "run" and again.routine == found.mentions
                        and again.reason == "match"):
                    return again
        if found.decision == "reject" and found.reason in ("different_request", "no_match"):
            # (a phrase said whole among words read as nothing else is asked about)
            whole = said_whole(toks, free, breaks, self._exact, self._lexicon, _not_names())
            if whole is not None and len(whole[1]) == 1:
                name = self._routines[whole[1][0]]
                return replace(found, decision="clarify", routine=name, reason="unsure",
                               phrase=self._entries[whole[0]].text, mentions=name)
        return found

    def _heard_beside(self, text: str, toks: list[str], free: list[bool],
                      breaks: frozenset[int], found: Resolution) -> Resolution | None:
        """The resolution of ``text`` when words in it are the phrase ``found`` names heard
        with errors (:func:`_heard_beside.heard_spans`; each of its words close to itself,
        :func:`_heard_beside.heard_closely`, and each name it says as taught,
        :func:`_clause_heard.names_heard`), the rest is freed as asides when the phrase is
        said there as taught (the whole resolver reads the utterance so repaired: every
        reader of asides and every reader after a run), and those words said alone run
        that routine; None otherwise. (``_resolved`` of the repaired text runs it exactly,
        as ``_resolve`` did: no reading of errors again.)"""
        phrase = self._phrase_words(found.phrase or "")
        function = self._lexicon.function_words
        for span in heard_spans(toks, free, breaks, phrase, function):
            alone_words = toks[span.start:span.stop]
            if not (heard_closely(phrase, alone_words, function, self._lexicon.given_names)
                    and names_heard(alone_words, self._names_of.get(found.phrase or "", ()))):
                continue  # (a word of like meaning, or another name: "garden lamps on")
            repaired_text = respoken(text, toks, span, phrase,
                                     partial(tokens, lexicon=self._lexicon))
            repaired = self._resolve(repaired_text, beside=False)
            if repaired.decision != "run" or repaired.reason != "exact":
                continue
            repaired = self._resolved(repaired_text)  # (read after the run, as said so)
            if repaired.decision != "run":
                continue
            alone = self._resolve(" ".join(alone_words), beside=False)
            if alone.decision == "run" and alone.routine == repaired.routine:
                return replace(alone, utterance=text)
        return None

    def _heard_as_said(self, text: str, found: Resolution) -> bool:
        """Whether ``text`` frees no formula (:mod:`_formula_aside`), or the words said beside
        its formulae hear the phrase ``found`` closely (:func:`heard_closely`)."""
        if not paused(text):
            return True  # (no pause: no clause break, read without the text's words)
        toks = tokens(text, self._lexicon)
        if not clause_breaks(text, toks, lambda piece: tokens(piece, self._lexicon)):
            return True  # (a formula is set off by a pause: none without one)
        unread, breaks = self._free_breaks(toks, text, False)
        free = formula_frees(toks, unread, breaks, self._lexicon, self._taught, _not_names())
        if free is unread:
            return True
        said = [t for t, f in zip(toks, free, strict=True) if not f]
        return heard_closely(self._phrase_words(found.phrase or ""), said,
                             self._lexicon.function_words, self._lexicon.given_names)

    def _phrase_words(self, phrase: str) -> tuple[str, ...]:
        """The words of the taught ``phrase``, read once per home (the misheard paths ask
        for the same few phrases again and again)."""
        words = self._words_of.get(phrase)
        if words is None:
            words = self._words_of[phrase] = tuple(tokens(phrase, self._lexicon))
        return words

    def _written_words(self, phrase: str) -> tuple[str, ...]:
        """The words of the taught ``phrase`` as read (:meth:`_phrase_words`) and as written,
        a number in words as well as in digits: a copy said twice is heard as it is written
        ("at seven seven" of "... at seven", which reads as "7")."""
        written = tuple(w.replace("'", "") for w in re.findall(r"[\w']+", phrase.lower()))
        return self._phrase_words(phrase) + written

    def _alone(self, text: str, toks: list[str], at: range) -> Resolution | None:
        """The resolution of ``text`` when the words ``toks`` at ``at``, read alone, run as a
        match; None otherwise."""
        alone = toks[at.start:at.stop]
        alone_text = " ".join(alone)
        again = self._scored(alone_text, alone, self._free(alone, alone_text))
        if again.decision == "run" and again.reason == "match":
            return replace(again, utterance=text)
        return None

    def _weakest(self, alone: list[str]) -> float:
        """How like itself the least well heard word of the best phrase for ``alone`` is
        (:attr:`Reading.weakest`)."""
        text = " ".join(alone)
        scored = self._index.score(text, alone, self._free(alone, text))
        ranked = self._routines_of(scored, 1)
        if not ranked or scored.heard is None:
            return 0.0
        said = said_facts(self._index, scored.heard, self._cues)
        return read(self._index, scored.heard, ranked[0].phrase, self._cues, said.spans,
                    said).weakest

    def _scored(self, text: str, toks: list[str], free: list[bool]) -> Resolution:
        """The resolution by the scorer and the reading (no taught phrase said exactly)."""
        scored = self._index.score(text, toks, free)
        listed = self._listed(scored)
        ranked = self._routines_of(scored, _ALTERNATIVES + 1, listed)
        if not ranked or ranked[0].score <= 0.0:
            return Resolution(utterance=text, decision="reject", routine=None, score=0.0)
        heard = scored.heard
        assert heard is not None
        said = said_facts(self._index, heard, self._cues)  # (once for every phrase read)
        first = self._read(ranked[0], scored, said, listed)
        if len(ranked) > 1 and ranked[1].raw < _MEANINGFUL and ranked[1].score <= round6(
                first.score * _factor(first.reading, cue=False)):  # type: ignore[arg-type]
            # The routines after the first are read only when they can change the answer:
            # none of them is named as an alternative (raw scores fall down the list), nor
            # overtakes the first (a reading only lowers a score), so all their readings
            # can move is the runner-up, somewhere from 0 to the second's score. When the
            # decision is the same at both ends, they are not read.
            found = self._settled(text, toks, ranked, [first], ranked[1].score, free)
            if found is not None:
                return found
        found = self._settled(text, toks, ranked,
                              [first, *[self._read(r, scored, said, listed)
                                         for r in ranked[1:_READ]]], free=free)
        assert found is not None  # (every routine that can matter read: always settled)
        return found

    def _settled(self, text: str, toks: list[str], ranked: list[_Ranked], read_: list[_Ranked],
                 rival: float | None = None, free: list[bool] | None = None,
                 ) -> Resolution | None:
        """The resolution once the routines ``read_`` (the first of ``ranked``, or more) are
        read (``rival``: when the routines after those are not read, the most their
        runner-up can be; None when the decision would depend on it; ``free``: the free
        words, none when not given)."""
        if free is None:
            free = [False] * len(toks)
        adjusted = [(round6(r.score * _factor(r.reading, cue=False)), r)
                    for r in read_ if r.reading]
        adjusted.sort(key=_score_first)
        # Routines not read stay in the "did you mean" list, never above one that was.
        adjusted += [(min(r.score, adjusted[-1][0]), r) for r in ranked[len(read_):]]
        score, best = adjusted[0]
        reading = best.reading
        assert reading is not None
        if best.phrase in self._numbers and not reading.contradicted:
            reading = self._other_number(toks, best.phrase, reading)
        if best.phrase in self._strict and not reading.contradicted:
            reading = self._other_kind(toks, best.phrase, reading)
        if best.phrase in self._named and not reading.contradicted:
            reading = self._other_name(toks, free, best.phrase, reading)
        if best.phrase in self._long_words and not reading.contradicted:
            reading = self._cut_short(toks, free, best.phrase, reading)
        if best.phrase in self._opposable and not reading.contradicted:
            reading = self._opposite_heard(toks, best.phrase, reading)
        if not reading.contradicted and self._home_words.other_in_place(toks, free, best.phrase):
            # (another word of the home in a phrase word's place: "lathe off" of "lights
            # off" beside "wheel lathe on", :mod:`_home_word`)
            reading = replace(reading, contradicted=True)
        if not reading.contradicted and by_sound_only(
                reading.phrase_words, reading.matched, reading.inexact, reading.weakest,
                [t for t, f in zip(toks, free, strict=True) if not f],
                self._lexicon.function_words):
            # (a short phrase heard only by its sounds, as real words: "the dim" of "tea
            # time", :mod:`_sound_only`)
            reading = replace(reading, unlike=reading.unlike + 1)
        if reading.missing and reading.inexact and guessed_twice(
                toks, [self._index.vocab[v] for v in self._index.phrase_words[best.phrase]],
                self._lexicon.function_words):
            # (a word unsaid and another changed: "heating on" of "kiteloft heater on",
            # :mod:`_changed_part`)
            reading = replace(reading, unlike=reading.unlike + 1)
        runner_up = 0.0
        if rival is None:
            whole = self._complete(reading)
            for sc, r in adjusted[1:]:  # (a loop, not next() over a generator)
                if not (whole and (self._nested(r.phrase, best.phrase)
                                   or _outheard(reading, r.reading))):
                    runner_up = sc
                    break
        if reading.missing and len(read_) > 1:
            # Both phrases heard in part ("all likes" of "all lights on" and "all lights
            # off"): how each was cut short is no lead of one over the other.
            other = read_[1] if read_[0] is best else read_[0]
            if other.reading is not None and other.reading.missing:
                runner_up = max(runner_up, other.score)
        if reading.cue:
            score = round6(score * CUE_FACTOR)
            adjusted = [(min(sc, score), r) for sc, r in adjusted]
        decision, reason = self._decide(best.score, score, runner_up, reading)
        if rival is not None and self._decide(best.score, score, rival, reading) != (
                decision, reason):
            # (the decision is monotone in the runner-up, here taken as 0: the same at both
            # ends, it is the same for any runner-up between)
            return None
        chosen = best if decision != "reject" else None
        others = [(sc, r) for sc, r in adjusted if r is not chosen and r.raw >= _MEANINGFUL]
        name = self._routines[best.routine]
        return Resolution(
            utterance=text,
            decision=decision,
            routine=name if chosen else None,
            score=score,
            alternatives=tuple(Alternative(self._routines[r.routine], sc)
                               for sc, r in others[:_ALTERNATIVES]),
            phrase=self._entries[best.phrase].text,
            reason=reason,
            mentions=name if reason != "no_match" else None,
        )

    def _read(self, ranked: _Ranked, scored: Scored, said: Said,
              listed: tuple[list[int], list[float], list[int]] | None = None) -> _Ranked:
        """A routine read through its best phrase, or through another of its phrases
        tied with it (within ``NEAR``) when that one explains the utterance better:
        "leghts off downstairs" is heard in the order of "lights off downstairs", not out
        of the order of "downstairs lights off" (which phrase of a tie comes first is
        chance). Only when the best phrase's reading has something against it."""
        heard = scored.heard
        assert heard is not None
        reading = read(self._index, heard, ranked.phrase, self._cues, said.spans, said)
        first = tuple.__new__(_Ranked, (*ranked[:4], reading))
        if not (reading.reordered or reading.extra or reading.fragment):
            return first
        best = (ranked.score * _factor(reading, cue=False), first)
        floor = ranked.raw - NEAR
        pids, raws, routines = listed or self._listed(scored)
        for k, raw in enumerate(raws):
            if raw < floor:
                break  # (best first: no phrase after this one ties)
            pid = pids[k]
            if pid == ranked.phrase or routines[k] != ranked.routine:
                continue
            other = read(self._index, heard, pid, self._cues, said.spans, said)
            if (reading.cue and not other.cue) or other.inexact > reading.inexact:
                # (a cue frames the utterance whichever phrase it is read by; and a phrase
                # heard less exactly is no better reading: "goodbye" is a fragment of
                # "goodbye house", not "i'm leaving" by a word of like meaning)
                continue
            score = round6(self.calibrate(raw))
            kept = score * _factor(other, cue=False)
            if kept > best[0]:
                best = (kept, _Ranked(ranked.routine, pid, raw, score, other))
        return best[1]

    def _other_number(self, toks: list[str], phrase: int, reading: Reading) -> Reading:
        """``reading``, contradicted when the phrase says a number that was not heard and
        another number was: "the 6am delivery" is another time than "the 5am delivery",
        not a word misheard (a recogniser writes the digits it heard; a number said
        another way, "five am", is the same digits)."""
        heard = _digits(toks)
        taught = self._numbers[phrase]
        if heard and heard not in taught and taught not in heard:
            return replace(reading, contradicted=True)
        return reading

    def _kinds(self, toks: Iterable[str]) -> dict[str, frozenset[str]]:
        """The lexicon's strict words ``toks`` say, by group ("saturdays" is "saturday")."""
        out: dict[str, set[str]] = {}
        for t in toks:
            for w in (t, t[:-1]) if t.endswith("s") else (t,):
                if (group := self._strict_of.get(w)) is not None:
                    out.setdefault(group, set()).add(w)
                    break
        return {g: frozenset(ws) for g, ws in out.items()}

    def _other_kind(self, toks: list[str], phrase: int, reading: Reading) -> Reading:
        """``reading``, contradicted when the phrase says a strict word (a day, a month, a
        room) that was not heard and another of its group was: "the cake order for
        thursday" is another order than "... for saturday", "warm up the dining room"
        another room than "... the living room", as another number is another time
        (:meth:`_other_number`)."""
        heard = self._kinds(toks)
        for group, taught in self._strict[phrase].items():
            said = heard.get(group, frozenset())
            if said - taught and taught - said:
                return replace(reading, contradicted=True)
        return reading

    def _other_name(self, toks: list[str], free: list[bool], phrase: int,
                    reading: Reading) -> Reading:
        """``reading``, contradicted when the phrase names someone who was not heard and
        another given name was said (not as a call): "ring doreen" asks for another person
        than "ring maureen", not for her name misheard. So does another word that begins with
        another sound in the place of the one a verb of :data:`ADDRESSING` is said to ("feed
        fudge" is not "feed smudge": a pet's name is often a common word too; "feed smudj"
        is it misheard). So does a given name left unsaid when every word said is the
        phrase's ("message gwen" is not "message tendai and gwen"; a word joined by "and"
        to a name is one too). A name the lexicon does not know ("kofi") and a name that is
        a common word too ("rose") are read as words; a name that sounds as the one unheard
        is the same name spelled another way ("calum" for "callum", "kaydens" for "kayden's";
        not "ola" for "ella": :func:`~teachapp.understanding._names.same_name`). So does a
        word said in the name's place with a syllable more or less, or other sounds, than
        the name spelled any way ("ring kwabena" for "ring kwame", though no list knows
        "kwabena"; "feed smudj" is "feed smudge":
        :func:`~teachapp.understanding._names.other_in_place`)."""
        taught, words, given = self._named[phrase]
        names = self._lexicon.given_names
        heard = {name_of(t, names) or t for t in toks}
        unheard = taught.difference(heard)
        if not unheard:
            return reading  # (every name said: most utterances)
        said = [t for t, f in zip(toks, free, strict=True) if not f]
        if unheard & given and all(t in words for t in said) and not any(
                same_name(t, n, names) for n in unheard & given for t in toks):
            return replace(reading, contradicted=True)  # (a name left unsaid)
        sounds = {phonetic_key(n) for n in unheard}
        onsets = {key[:1] for key in sounds}
        for k, (t, f) in enumerate(zip(toks, free, strict=True)):
            if f or t in words or any(same_name(t, n, names) for n in unheard):
                continue
            if name_of(t, names) or (k and toks[k - 1] in ADDRESSING and toks[k - 1] in words
                                     and t.isalpha() and t not in self._lexicon.function_words
                                     and phonetic_key(t)[:1] not in onsets):
                return replace(reading, contradicted=True)
        if other_in_place(toks, free, self._named_order[phrase], unheard, names,
                          self._lexicon.function_words):
            return replace(reading, contradicted=True)  # (another name in its place)
        return reading

    def _cut_short(self, toks: list[str], free: list[bool], phrase: int,
                   reading: Reading) -> Reading:
        """``reading``, contradicted when a long phrase word was not heard and a word that
        is its first part was, with its rest unsaid: "book a locum for the week" asks for
        another span than "... for the weekend" (a compound, Quirk et al. 1985, I.57, cut
        to its head's first part names another thing; "week end", split, is the same)."""
        long, words = self._long_words[phrase]
        for w in long:
            if w in toks:
                continue
            for k, (t, f) in enumerate(zip(toks, free, strict=True)):
                if (f or len(t) < CUT_PART or t in words or not w.startswith(t)
                        or len(w) - len(t) < CUT_PART or stem(t) == stem(w)):
                    continue  # (not its first part, or the word inflected: "walk", "walking")
                rest, after = w[len(t):], "".join(toks[k + 1:k + 3])
                if rest[0] == t[-1] or rest[0] == rest[1]:
                    continue  # (cut inside a doubled letter, no word's start: "gla|sses")
                if after.startswith(t) or rest in after or Levenshtein.normalized_similarity(
                        rest, after[:len(rest)]) >= 0.5:
                    continue  # (split, or said again: "din nere", "sun sun set")
                return replace(reading, contradicted=True)
        return reading

    def _opposite_heard(self, toks: list[str], phrase: int, reading: Reading) -> Reading:
        """``reading``, contradicted when a phrase word with an opposite was not heard, and a
        heard word no phrase word is, one letter from it, is its opposite or begins it with
        a letter left off: "shop alarm of" is "... off" with a letter dropped more likely
        than "... on" ("lights of" is still "lights off": it begins "off" too)."""
        taught, words = self._opposable[phrase]
        for word, opposites in words.items():
            if word in toks:
                continue  # (said as itself: most utterances)
            for t in toks:
                if (t not in taught and not word.startswith(t)
                        and any(o == t or (len(o) == len(t) + 1 and o.startswith(t))
                                for o in opposites)
                        and Levenshtein.distance(t, word, score_cutoff=1) <= 1):
                    return replace(reading, contradicted=True)
        return reading

    @staticmethod
    def _complete(reading: Reading) -> bool:
        """Every word of the phrase heard, in order, and nothing else said."""
        return (reading.matched == reading.phrase_words and not reading.extra
                and not reading.cue and not reading.reordered and not reading.contradicted)

    def _nested(self, inner: int, outer: int) -> bool:
        """Whether phrase ``inner`` is a run of words inside the longer phrase ``outer``
        ("lights off" in "all lights off"): when the longer one is heard whole, the
        shorter one is no rival to it."""
        a, b = self._index.phrase_words[inner], self._index.phrase_words[outer]
        return len(a) < len(b) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))

    def _decide(self, plain: float, score: float, runner_up: float,
                reading: Reading) -> tuple[str, str]:
        """Decision and reason for the best routine: ``plain`` is its calibrated score
        before the reading's factor, ``score`` after it."""
        s = self.settings
        if plain < s.clarify_threshold:
            return "reject", "no_match"
        if reading.cue:
            return "reject", reading.cue
        if reading.extra >= 2 or (reading.extra and reading.fragment) or reading.contradicted:
            return "reject", "different_request"
        if reading.fragment:
            return "clarify", "fragment"
        if reading.extra:
            return "clarify", "extra_words"
        if reading.reordered:
            return "clarify", "word_order"
        if (reading.borrowed or reading.unlike) and score >= s.clarify_threshold:
            return "clarify", "unsure"
        if score >= s.run_threshold:
            if score - runner_up >= s.margin:
                return "run", "match"
            return "clarify", "ambiguous"
        if (s.run_threshold < 1.0 and score >= s.clarify_threshold
                and score >= max(self._lone, s.run_threshold - LONE_GAP)
                and reading.matched == reading.phrase_words and reading.inexact <= LONE_MISHEARD
                and reading.weakest >= LONE_WORD
                and runner_up <= LONE_RIVAL * score):
            # Every word of the phrase heard, one or two of them misheard ("likes on"),
            # nothing else said, and no other routine anywhere near: run it.
            return "run", "match"
        if score >= s.clarify_threshold:
            return "clarify", "unsure"
        return "reject", "no_match"

    def confusable(self, phrase: str, *, exclude_routine: str | None = None,
                   limit: int = 3) -> list[Confusion]:
        """Existing phrases a new ``phrase`` could be mistaken for, most similar first.

        Similarity is the better of the resolver's own score (both ways round, so
        a short phrase inside a long one counts) and how alike the two phrases
        sound as a whole ("bath time" / "nap time").
        """
        text = normalise(phrase, self._lexicon)
        if not text or not self._entries or limit <= 0:
            return []
        forward = self._index.score(text)
        sims = self._sound_index().similarity(text)
        for pid, raw in zip(forward.phrase_ids.tolist(), forward.scores.tolist(), strict=True):
            sims[pid] = max(sims[pid], raw)
        out: list[Confusion] = []
        excluded = exclude_routine.casefold() if exclude_routine is not None else None
        for pid in np.nonzero(sims >= _CONFUSABLE)[0].tolist():
            entry = self._entries[pid]
            sim = float(sims[pid])
            if entry.routine.casefold() != excluded:
                out.append(Confusion(phrase=entry.text, routine=entry.routine,
                                     similarity=round(sim, 4)))
        out.sort(key=lambda c: -c.similarity)
        return out[:limit]


def resolve(utterance: str, phrases: Iterable[PhraseEntry],
            settings: ResolverSettings | None = None) -> Resolution:
    """One-off resolve; build a :class:`Resolver` instead when resolving repeatedly."""
    return Resolver(phrases, settings).resolve(utterance)
