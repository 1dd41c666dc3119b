"""Reading an utterance against one taught phrase: is it that phrase, or something else?

The scorer says how much of a phrase was heard. This module says what the rest of
the utterance does to it, by aligning heard and taught words one to one:

- **cues**: words that turn the phrase into a different request when they are said
  around it and are not part of it: a negation ("don't ..."), a cancellation
  ("cancel ...", "... off"), a question ("what does ... do", and "is ... on" at the
  start: a state question), the past or a story ("... yesterday", "we had ..."),
  someone else's words ("she said ..."), a command about the routine itself
  ("forget ...", "rename ..."). The lexicon's ``cues`` and ``leading_cues`` list
  them, so a user can extend them.
- **fragment**: at most half of the phrase's words were heard ("coffee" for
  "coffee time"): the app may guess, but must ask.
- **extra words**: content words the phrase (and its routine's other phrases)
  leave unexplained ("play the party *anthem*"); a carrier said in two parts
  around the phrase ("*turn* movie night *on*") is none.
- **word order**: the phrase's words heard in another order ("what *time* is
  *bath*" against "bath time"); a repeated word's copies count in turn.
- **borrowed words**: a heard word the home taught as itself elsewhere, read as a
  word of like meaning in this phrase ("vacuum" as "hoover" when "start the vacuum"
  is taught too).
- **words with a meaning of their own** are heard as themselves, never as another word
  misheard: a quantifier ("all lamps on" is not "hall lamp on"), "too" grading a word
  ("too hot" is not "heating"), and a prefix that undoes a taught word ("unlock" is the
  opposite of "lock": contradicted).
- **a lone word**: one heard word saying one word of a longer phrase is a fragment,
  whatever the phrase's other words are ("freezing" of "freezing in here").

Pure functions of the scorer's :class:`~teachapp.understanding.scoring.Heard`
and one phrase; nothing here depends on thresholds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from teachapp.understanding import _records
from teachapp.understanding._carriers import CARRIER_RANK
from teachapp.understanding._determiner_verb import TRIGGER_WORDS as _DETERMINED
from teachapp.understanding._determiner_verb import not_for_verbs
from teachapp.understanding._ending_object import ending_span
from teachapp.understanding._hinted_word import hinted_other
from teachapp.understanding._meaning import EXCESS
from teachapp.understanding._other_word import other_word
from teachapp.understanding._over_complement import governs
from teachapp.understanding._stand_in import routine_bar
from teachapp.understanding._stopping_noun import NOUNS_OF_STOPPING, headed_noun
from teachapp.understanding._unlike_word import unlike_word
from teachapp.understanding._words import stem
from teachapp.understanding.copula import FINITE
from teachapp.understanding.normalize import Lexicon, carrier_parts, courteous_at
from teachapp.understanding.scoring import Heard, PhraseIndex

__all__ = ["CUE_ORDER", "Cues", "Reading", "Said", "cue_spans", "read", "said_facts"]

CUE_ORDER = ("reported", "past", "hypothetical", "conditional", "opinion", "negation",
             "cancellation", "routine_command", "state_question", "question")
"""Which reason wins when several cues are heard: a story, someone else's words or a
request only imagined frame everything in them, and a condition of fact puts all it is
said with off till later; a negation frames a cancellation ("don't stop ...")."""

PAST_IN_EED = frozenset({"agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed",
                         "emceed", "teed"})
"""The -eed words that are a past: of a verb in -ee ("agreed", "freed"). Any other ends in
its own "-eed", a word and no past of one ("indeed", "speed", "tweed", "proceed", "breed";
the regular past adds -ed to the verb, Quirk et al. 1985, 3.5)."""

ARTICLES = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their", "some"})
"""Words that only point at what a phrase names: "lights" says all of "the lights"."""
QUANTIFIERS = frozenset({"every", "everything", "each", "both", "none", "nothing"})
"""Words that say how many, never another word misheard."""
PLURAL_QUANTIFIERS = frozenset({"all"})
"""... and those that do so before a plural or an article ("all lights", "all the")."""
UNDOING_PREFIXES = ("un", "dis")
"""Prefixes that turn a request round ("unlock", "unplug", "unpause", "disarm")."""
PRIVATIVE_PREFIXES = ("de",)
"""The privative "de-" of removal ("dehumidifier" takes out what a "humidifier" puts in;
"defrost", "deactivate", "demist"; Quirk et al. 1985, App. I.21 on reversative and
privative prefixes): a taught word with it, heard without it, is another thing, no
mishearing. Only so round: "de" heard before a word is as often "the" run into it
("flash delights", "cool dehouse")."""
COPULAS = FINITE
"""A finite copula (:data:`copula.FINITE`) after a said word with nothing but free words
after it ("ok", "grand", "lovely", "ace": thanks and praise alike) says how the thing said
before it is: "movie night is grand" is a statement of opinion with the phrase for its
subject (Quirk et al. 1985, 10.16 on the copula and its subject complement), no request.
The words of politeness are free around a request ("movie night, grand"), not as a
complement."""
POINTING = frozenset({"that", "this", "it", "there", "what", "which", "who", "he", "she",
                      "they", "everything", "all"})
"""Subjects that point elsewhere than at the phrase: "lights off if that's ok" asks."""
_OWN_MEANING = QUANTIFIERS | PLURAL_QUANTIFIERS | EXCESS
EXPLAINED = 0.2
"""Word similarity at which a heard word counts as saying a taught word."""
ROUTINE_EXPLAINED = 0.5
"""Similarity at which a word of a routine's *other* phrases explains a heard word."""
ROUTINE_FUNCTION_EXPLAINED = 0.8
"""... and at which one of its function words does ("pleas" for "please", not "hate" for
"the")."""
CUE_EXPLAINED = 0.5
"""Similarity at which a cue word counts as part of the phrase ("not" sounds like
"mode" to the sound keys, but "don't start movie mode" is still a negation)."""


@dataclass(frozen=True)
class Cues:
    """The lexicon's cue words, stemmed as the scorer stems words."""

    anywhere: Mapping[tuple[str, ...], str]
    leading: Mapping[tuple[str, ...], str]
    longest: int
    against: Mapping[str, frozenset[str]]
    """Word -> the words of the concepts it undoes ("on" -> "off", "kill", ...)."""
    starts: frozenset[str] = frozenset()
    """First words of the cues (most heard words start none)."""
    around: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    """The lexicon's carriers said in two parts ("turn ... on"), stemmed."""
    around_starts: frozenset[str] = frozenset()
    """Their first words."""
    kin: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Word -> the other words of its concepts ("vacuum" -> "hoover", "clean", ...)."""
    around_at: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """First word -> positions in :attr:`around` of the carriers it starts (every one
    with no first part listed under each word too): an utterance is only held against
    the carriers its words can start (:func:`said_facts`)."""

    def __post_init__(self) -> None:
        if self.around and not self.around_at:
            always = tuple(k for k, (head, _) in enumerate(self.around) if not head)
            at: dict[str, list[int]] = {}
            for k, (head, _) in enumerate(self.around):
                if head:
                    at.setdefault(head[0], []).append(k)
            object.__setattr__(self, "around_at",
                               {w: tuple(sorted((*ks, *always))) for w, ks in at.items()})

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Cues:
        def table(groups: Mapping[str, frozenset[tuple[str, ...]]]) -> dict[tuple[str, ...], str]:
            out: dict[tuple[str, ...], str] = {}
            for reason in sorted(groups, key=_rank):
                for words in groups[reason]:
                    out.setdefault(tuple(stem(w) for w in words), reason)
            return out

        anywhere, leading = table(lexicon.cues), table(lexicon.leading_cues)
        longest = max((len(k) for k in (*anywhere, *leading)), default=0)
        groups = {name: {stem(w) for w in words} for name, words in lexicon.concepts.items()}
        against: dict[str, set[str]] = {}
        for a, b in lexicon.opposites:
            for one, other in ((a, b), (b, a)):
                for w in groups.get(one, ()):
                    against.setdefault(w, set()).update(groups.get(other, ()))
        around = tuple(sorted((tuple(stem(w) for w in head), tuple(stem(w) for w in tail))
                              for head, tail in lexicon.carriers_around))
        kin: dict[str, set[str]] = {}
        for group in groups.values():
            for w in group:
                kin.setdefault(w, set()).update(group - {w})
        return cls(anywhere, leading, longest, {w: frozenset(o) for w, o in against.items()},
                   frozenset(k[0] for k in (*anywhere, *leading) if k), around,
                   frozenset(head[0] for head, _ in around if head),
                   {w: frozenset(o) for w, o in kin.items() if o})


def _rank(reason: str) -> int:
    return CUE_ORDER.index(reason) if reason in CUE_ORDER else len(CUE_ORDER)


@_records.quick_init
@dataclass(frozen=True)
class Reading:
    """How an utterance relates to one taught phrase."""

    phrase_words: int
    """The phrase's words that carry meaning (not function words)."""
    matched: int
    """How many of them a heard word says."""
    extra: int
    """Heard content words that neither the phrase nor its routine explains."""
    cue: str | None
    """The strongest cue heard outside the phrase (see :data:`CUE_ORDER`), if any."""
    reordered: bool
    """The phrase's words were heard in another order."""
    contradicted: bool = False
    """A phrase word was left unsaid and its opposite heard ("turn on" for "... off")."""

    clipped: bool = False
    """The first or the last meaningful word of the phrase was not heard: what was
    heard is a shorter phrase ("lights off" of "all lights off")."""
    inexact: int = 0
    """Meaningful phrase words heard only approximately (misheard, not the word itself)."""
    weakest: float = 1.0
    """The lowest similarity at which a meaningful phrase word was heard."""
    borrowed: int = 0
    """Phrase words heard as another word the home taught (elsewhere) as itself."""

    lone: bool = False
    """One heard word says a word of the phrase, and the phrase says more (beyond an article):
    "freezing" for "freezing in here"."""
    unlike: int = 0
    """Phrase words heard as a real word written and said unlike them, which a recogniser
    does not write for them ("velvet" for "felt": :mod:`_unlike_word`)."""

    @property
    def fragment(self) -> bool:
        """At most half of a phrase of two or more words was heard, or it was clipped, or
        a lone word was said of a longer phrase."""
        return self.lone or (self.phrase_words >= 2
                             and (2 * self.matched <= self.phrase_words or self.clipped))

    @property
    def missing(self) -> int:
        return self.phrase_words - self.matched


def _align(grid: list[list[float]], free: list[bool],
           taught_free: list[bool]) -> dict[int, tuple[int, float]]:
    """Greedy one-to-one alignment, best pairs first: heard index -> (taught index, value)
    (``grid``: heard x taught word similarities, as lists). A heard carrier that is the
    very taught word comes last (``free``, ``taught_free``: see :func:`carriers_last`; the
    keys of :func:`carrier_key`, written out: a read builds a few dozen of them)."""
    pairs: list[tuple[float, float, int, int]] = []
    for i, row in enumerate(grid):
        if not row or max(row) < EXPLAINED:
            continue  # (most heard words meet no word of the phrase: one test in C)
        heard_free = free[i]
        for j, v in enumerate(row):
            if v >= EXPLAINED:
                pairs.append((v * CARRIER_RANK if heard_free and v >= 1.0 and not taught_free[j]
                              else v, v, i, j))
    pairs.sort(reverse=True)
    used: set[int] = set()
    out: dict[int, tuple[int, float]] = {}
    for _, v, i, j in pairs:
        if i not in out and j not in used:
            used.add(j)
            out[i] = (j, v)
    return out


def _in_turn(order: list[int], ids: list[int]) -> list[int]:
    """Taught positions heard, a repeated word's copies taken in turn: "night night
    emma" heard as "night nikht emma" is in order, whichever copy each was aligned to."""
    places: dict[int, list[int]] = {}
    for j in sorted(order):
        places.setdefault(ids[j], []).append(j)
    return [places[ids[j]].pop(0) for j in order]


def _quantifier(heard: Heard, i: int) -> bool:
    """Whether heard word ``i`` says how many, and so is heard as itself, not as another
    word misheard: "all lights on" and "all the lights on" ask for every light, they are
    not "hall lamp on". ("all" before a singular noun is more likely "hall" misheard: "all
    light".)"""
    word = heard.words[i]
    if word in QUANTIFIERS:
        return True
    if word not in PLURAL_QUANTIFIERS or i + 1 >= len(heard.words):
        return False
    after = heard.said[i + 1] if len(heard.said) == len(heard.words) else heard.words[i + 1]
    return after in ARTICLES or (after.endswith("s") and not after.endswith("ss"))


def own_words(aligned: dict[int, tuple[int, float]], grid: list[list[float]],
              words: list[str], free: list[bool], spans: list[tuple[int, int, str]],
              function: frozenset[str]) -> None:
    """Take out of ``aligned`` (in place) the heard words that belong to words of their own
    around the phrase, not to the phrase (``grid``: heard x taught word similarities):

    - an article heard as a content word of the phrase misheard, before a word the phrase
      does not explain: it opens a noun phrase of that word ("the last time" is not "tea
      time"; "the time" still may be);
    - a phrase word heard twice, one copy inside a cue: the copy outside, heard beside
      another word of the phrase, as it is heard (misheard too, but no function word: "if"
      is not "off" of "lights off if that's ok"; nor "cough" of "all lights off cough
      cough", beside none), is the phrase's, the one inside the cue's ("tv time, that's the last
      time you do that" says the past of "last time"; the greedy alignment takes the later
      copy of two alike). A function word heard as itself counts: the "a" of "give paige
      a bell" is the phrase's, the one of "is a lifesaver" the cue's.
    """
    for i in [i for i, (j, v) in aligned.items()
              if v < 1.0 and words[i] in ARTICLES and i + 1 < len(words)
              and i + 1 not in aligned and not free[i + 1] and words[i + 1] not in function]:
        del aligned[i]
    for s, e, _ in spans:
        for k in range(s, e):
            hit = aligned.get(k)
            if hit is None or hit[1] < CUE_EXPLAINED:
                continue  # (a cue word the phrase does not explain leaves the cue as it is)
            j = hit[0]
            copies = [m for m in range(len(words)) if m not in aligned and not free[m]
                      and (words[m] not in function or words[m] == words[k])
                      and grid[m][j] >= CUE_EXPLAINED
                      and not any(a <= m < b for a, b, _ in spans)
                      and any(n != k and n in aligned for n in (m - 1, m + 1))]
            if copies:
                copy = max(copies, key=lambda m: grid[m][j])
                del aligned[k]
                aligned[copy] = (j, grid[copy][j])


def _grading(words: list[str], free: list[bool], i: int, function: frozenset[str]) -> bool:
    """Whether heard word ``i`` is "too" grading the word after it ("too hot")."""
    return (words[i] in EXCESS and i + 1 < len(words) and not free[i + 1]
            and words[i + 1] not in function)


def cue_spans(heard: Heard, cues: Cues) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every cue heard, longest first at each position (the same
    for every phrase: compute once per utterance and pass to :func:`read`)."""
    words, free = heard.words, heard.free
    spans: list[tuple[int, int, str]] = []
    starts = cues.starts
    lead = free.index(False) if False in free else None
    # (a verb of ending said first with the phrase for object: "kill movie night",
    # :mod:`_ending_object`)
    ending = ending_span(words, free, lead)
    if starts.isdisjoint(words):  # (most utterances: no word starts a cue)
        return spans if ending is None else [ending]
    i = 0
    while i < len(words):
        if ending is not None and i == lead:
            spans.append(ending)
            i += 1
            continue
        if words[i] not in starts:
            i += 1
            continue
        for size in range(min(cues.longest, len(words) - i), 0, -1):
            key = tuple(words[i:i + size])
            reason = cues.leading.get(key) if i == lead else None
            reason = reason or cues.anywhere.get(key)
            if reason == "conditional" and courteous_at(words, i):
                # (a condition of politeness asks now: "lights off if that's ok")
                break
            if reason is not None:
                # (a cue inside a filler is not one: "when you get a chance"; nor is a
                # question word after an article, where only a noun can stand: "get the
                # how's ready" is "the house" misheard)
                if not all(free[i:i + size]) and not (
                        reason == "question" and i and words[i - 1] in ARTICLES) and not (
                        reason == "cancellation" and size == 1
                        and words[i] in NOUNS_OF_STOPPING and headed_noun(words, free, i)):
                    spans.append((i, i + size, reason))
                i += size - 1
                break
        else:
            if (words[i] in COPULAS and lead is not None and i > lead
                    and i + 1 < len(words) and not free[i - 1] and free[i + 1]
                    and words[i - 1] not in POINTING and all(free[i + 1:])):
                # (a copula after a said word and only free words after it: the phrase
                # is the subject of a statement of how it is, "movie night is grand",
                # "porch lights are ok"; see COPULAS)
                spans.append((i, len(words), "opinion"))
                break
        i += 1
    return spans


class _Facts(NamedTuple):
    """What :func:`read` needs of one phrase that depends on the phrase alone (worked out
    on its first reading and kept with the index: the same phrases are read again and
    again)."""

    ids: list[int]
    columns: np.ndarray
    """``ids`` as an array (a gather by a list converts it first)."""
    taught_free: list[bool]
    meaningful: tuple[int, ...]
    meaningful_set: frozenset[int]
    routine: int
    routine_cols: np.ndarray | None
    repeated: bool
    """A word of the phrase is said twice ("night night")."""
    edges: tuple[int, ...]
    """The first and the last meaningful place (once when they are the same)."""
    unit_lone: bool
    """:func:`_lone` of the phrase, when it has at most one meaningful word (else False:
    the rule asks for both)."""
    thing_edges: frozenset[int] = frozenset()
    """The :attr:`edges` whose word names a kind of device ("light", "heater"): unsaid,
    the rest names another thing ("front door" of "front door light"), however many
    phrases share the word."""


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """The words of the command vocabulary that name a kind of device ("light",
    "heater", "blinds"), stemmed as the index keeps words."""
    from teachapp.understanding._command_vocab import default_vocabulary

    return frozenset(stem(w) for words in default_vocabulary().kind_words.values()
                     for w in words if " " not in w)


def _facts(index: PhraseIndex, phrase: int) -> _Facts:
    kept: _Facts | None = index.reading_facts.get(phrase)  # type: ignore[assignment]
    if kept is not None:
        return kept
    ids = list(index.phrase_words[phrase])
    meaningful = tuple(index.meaningful[phrase])
    routine = int(index.routine_of[phrase])
    edges = tuple({meaningful[0], meaningful[-1]}) if meaningful else ()
    # (the edges naming a kind of device, made here: a NamedTuple's _replace costs more
    # than the rest of the facts, and a phrase's first reading is an utterance's cost)
    things, vocab = _thing_words(), index.vocab
    found = _Facts(ids, np.array(ids, dtype=np.intp), list(index.phrase_free[phrase]),
                   meaningful, frozenset(meaningful), routine, index.routine_words(routine),
                   len(set(ids)) < len(ids), edges,
                   len(meaningful) <= 1 and _lone(index, phrase),
                   frozenset([j for j in edges if vocab[ids[j]] in things]) or _NONE)
    facts = index.reading_facts
    if len(facts) >= _FACTS_KEPT:
        facts.clear()
    facts[phrase] = found
    return found


def read_ahead(index: PhraseIndex) -> None:
    """Work out every phrase's facts now, when the home is indexed (up to
    :data:`_FACTS_KEPT` phrases): a phrase's first reading cost its utterance some fifteen
    microseconds more, and in a home of many phrases most utterances read a phrase not read
    before. The same facts :func:`_facts` keeps on first use."""
    if len(index.phrase_words) <= _FACTS_KEPT:
        for phrase in range(len(index.phrase_words)):
            _facts(index, phrase)


class Said(NamedTuple):
    """What :func:`read` needs of the utterance alone, the same whichever phrase it reads
    (worked out once per utterance by :func:`said_facts`: the resolver reads two phrases
    or more against each utterance)."""

    spans: list[tuple[int, int, str]]
    """The utterance's :func:`cue_spans`."""
    open_words: list[int]
    """Heard words that say something of their own unless a phrase explains them: not
    free, in no cue, no part of a carrier said in two parts ("turn ... on"), and no
    function word unless it is "too" grading a word ("too hot")."""
    opposed: list[tuple[int, frozenset[str]]]
    """Heard words that undo others (:attr:`Cues.against`), with the words they undo."""
    own_meaning: bool
    """A quantifier or "too" was heard (:data:`QUANTIFIERS`, :data:`EXCESS`)."""
    articled: bool = False
    """An article is heard (:func:`own_words` reads it as itself before other words)."""


def said_facts(index: PhraseIndex, heard: Heard, cues: Cues,
               spans: list[tuple[int, int, str]] | None = None) -> Said:
    """:class:`Said` of ``heard`` (``spans``: its :func:`cue_spans`, when known)."""
    words, free = heard.words, heard.free
    if spans is None:
        spans = cue_spans(heard, cues)
    in_cue = {k for s, e, _ in spans for k in range(s, e)} if spans else _NONE
    # (a carrier in two parts, "turn ... on", says nothing when the phrase does not use it)
    # (held against the carriers its words start, in their order: no other can be there)
    parts: frozenset[int] = _NONE
    if cues.around_starts and not cues.around_starts.isdisjoint(words):
        around, at = cues.around, cues.around_at
        starting = sorted({k for w in words if w in at for k in at[w]})
        parts = carrier_parts(words, free, [around[k] for k in starting])
    lexicon_function = index.lexicon.function_words
    # ("too" grading a heard word is meaning the phrase must have: "too hot" is not
    # "heating")
    open_words = []
    for i, w in enumerate(words):
        if free[i] or i in in_cue or i in parts or (
                w in lexicon_function
                and not (w in EXCESS and _grading(words, free, i, lexicon_function))):
            continue
        open_words.append(i)
    against = cues.against
    opposed = []
    if not against.keys().isdisjoint(words):  # (most utterances: no word undoes another)
        for i, w in enumerate(words):
            opposite = against.get(w)
            if opposite is not None:
                opposed.append((i, opposite))
    return Said(spans, open_words, opposed, not _OWN_MEANING.isdisjoint(words),
                not ARTICLES.isdisjoint(words))


_FACTS_KEPT = 4096
"""Phrases whose facts are kept (a few hundred bytes each: a home's phrases are read again
and again; past this many, the kept facts are dropped and kept afresh)."""
_NONE: frozenset[int] = frozenset()


def read(index: PhraseIndex, heard: Heard, phrase: int, cues: Cues,
         spans: list[tuple[int, int, str]] | None = None,
         per_utterance: Said | None = None) -> Reading:
    """How ``heard`` relates to phrase number ``phrase`` of ``index`` (``spans``: the
    utterance's :func:`cue_spans`, and ``per_utterance`` its :func:`said_facts`, computed
    here when not given: pass them when reading several phrases against one utterance).

    (Written for speed, as loops rather than generators and with the phrase's own facts
    kept (:func:`_facts`); ``tests/test_resolver_fast_paths.py`` keeps the plain version
    and checks that both read every utterance alike.)"""
    facts: _Facts | None = index.reading_facts.get(phrase)  # type: ignore[assignment]
    if facts is None:
        facts = _facts(index, phrase)
    ids, meaningful, in_phrase = facts.ids, facts.meaningful, facts.meaningful_set
    sim = heard.sim
    words, free = heard.words, heard.free
    grid = sim.take(facts.columns, axis=1).tolist()
    aligned = _align(grid, free, facts.taught_free)
    lexicon_function = index.lexicon.function_words
    # (a quantifier, or "too" grading a word, is meaning of its own: heard as itself, never
    # as another word misheard, "all lamps on" is not "hall lamp on", "too" is not "the")
    if per_utterance is None:
        per_utterance = said_facts(index, heard, cues, spans)
    if per_utterance.own_meaning:
        for i in [i for i, (_, v) in aligned.items()
                  if (v < 1.0 and _quantifier(heard, i)) or (
                      v < ROUTINE_FUNCTION_EXPLAINED and _grading(words, free, i,
                                                                  lexicon_function))]:
            del aligned[i]
    if per_utterance.spans or per_utterance.articled:
        own_words(aligned, grid, words, free, per_utterance.spans, lexicon_function)
    if meaningful and not _DETERMINED.isdisjoint(words):
        # (a determiner is the object's own, no verb misheard: "start the tumbler" is not
        # "hide tumbler on", :mod:`_determiner_verb`)
        first = meaningful[0]
        if any(j == first and words[i] in _DETERMINED for i, (j, _) in aligned.items()):
            not_for_verbs(aligned, words, free, {first: index.vocab[ids[first]]}, first)
    said: set[int] = set()
    heard_as: list[float] = []  # (how each meaningful phrase word was heard)
    for j, v in aligned.values():
        said.add(j)
        if j in in_phrase:
            heard_as.append(v)
    matched = 0
    unsaid: set[str] = set()
    vocab = index.vocab
    for j in meaningful:
        if j in said:
            matched += 1
        else:
            unsaid.add(vocab[ids[j]])
    # Content words the phrase leaves unexplained; a routine taught several ways
    # explains with all its words.
    routine_cols = facts.routine_cols
    spans = per_utterance.spans
    open_words = []  # (the heard words that say something, less those the phrase explains)
    for i in per_utterance.open_words:
        if i not in aligned:
            open_words.append(i)
    if open_words and routine_cols is not None:
        # (a function word of the routine explains only what is nearly that word: "hate"
        # sounds a little like "the", which explains nothing)
        # (beside a phrase word unsaid, only the other phrases' very words: "diving" is
        # not "drive", :mod:`_stand_in`)
        near = index.routine_explains(sim, open_words, facts.routine,
                                      routine_bar(ROUTINE_EXPLAINED, bool(unsaid)),
                                      ROUTINE_FUNCTION_EXPLAINED)
        open_words = [i for i, hit in zip(open_words, near, strict=True) if not hit]
    extra = len(open_words)
    reasons = []
    for s, e, r in spans:
        # (a copula opening a cue of more words, "is genius", is explained only with the
        # rest: the phrase's own "is" leaves "baby is sleeping is genius" an opinion)
        for k in range(s + 1 if e - s > 1 and words[s] in COPULAS else s, e):
            if k in aligned and aligned[k][1] >= CUE_EXPLAINED:
                break
        else:
            # ("over" before a noun of its own, no word of the phrase, is a preposition:
            # "curry combs, over crest", :mod:`_over_complement`)
            if not (e == s + 1 and governs(words, free, s, lexicon_function)
                    and s + 1 not in aligned):
                reasons.append(r)
    # "-ed" words the home never uses read as the past ("we watched ..."); not a given name
    # ("alfred open the shop", "thanks mildred": a name is no verb of any tense)
    vocab_ids = index.vocab_ids
    for i in open_words:
        w = words[i]
        if (len(w) >= 5 and w.endswith("ed") and w not in vocab_ids
                and (not w.endswith("eed") or w in PAST_IN_EED)
                and w not in index.lexicon.given_names):
            reasons.append("past")
            break
    cue = min(reasons, key=_rank) if reasons else None
    contradicted = False
    if unsaid:
        for i, opposite in per_utterance.opposed:
            if i not in aligned and not opposite.isdisjoint(unsaid):
                contradicted = True
                break
    order = []  # (the meaningful taught places, in the order of the heard words)
    for i in sorted(aligned):
        j = aligned[i][0]
        if j in in_phrase:
            order.append(j)
    if facts.repeated:
        order = _in_turn(order, ids)
    reordered = False
    for k in range(len(order) - 1):
        if order[k] > order[k + 1]:
            reordered = True
            break
    # Clipped: an edge word of the phrase unsaid, and it says at least as much (by how
    # few routines use it) as the words that were said: "game night" of "board game
    # night" is another phrase; "porch light" of "porch light on" is not.
    clipped = False
    if matched:
        weight = index.weight_list
        mean = -1.0  # (worked out only when an edge word is unsaid)
        for j in facts.edges:
            if j not in said:
                if mean < 0.0:
                    heard_weights = [weight[ids[m]] for m in meaningful if m in said]
                    mean = sum(heard_weights) / len(heard_weights)
                if weight[ids[j]] >= mean or j in facts.thing_edges:
                    clipped = True
                    break
    inexact = 0
    for v in heard_as:
        if v < 1.0:
            inexact += 1
    # A heard word the home taught as itself, elsewhere, read as a word of like meaning
    # in this phrase ("vacuum" of "start the vacuum" read as "hoover"): a guess, never
    # a run.
    borrowed = unlike = 0
    if inexact:
        kin = cues.kin
        for i, (j, v) in aligned.items():
            if v < 1.0 and j in in_phrase:
                taught, word = vocab[ids[j]], words[i]
                if taught in kin.get(word, ()):
                    own = vocab_ids.get(word)
                    if own is not None and own not in ids and (
                            routine_cols is None or own not in routine_cols):
                        borrowed += 1
                # ("stop" heard for "start": its opposite, not a word misheard)
                if taught in cues.against.get(word, ()):
                    contradicted = True
                # ("unlock" heard for "lock": its opposite, not a word misheard)
                if 2 <= abs(len(word) - len(taught)) <= 3 and _undone(
                        words, free, i, taught, lexicon_function):
                    contradicted = True
                # ("bank" heard for "tank": another English word, not one misheard)
                elif word not in lexicon_function and taught not in kin.get(word, ()):
                    if other_word(heard.said[i], taught, v):
                        contradicted = True
                    # ("velvet" heard for "felt": a real word unlike it, asked about;
                    # "beans" for "peas", met by a hint of sound alone: :mod:`_hinted_word`)
                    elif unlike_word(heard.said[i], taught, v) or hinted_other(
                            heard.said[i], index.as_taught(ids[j]), v):
                        unlike += 1
    return Reading(len(meaningful), matched, extra, cue, reordered, contradicted, clipped,
                   inexact, min(heard_as, default=0.0), borrowed,
                   facts.unit_lone and _one_said(aligned, words, lexicon_function), unlike)


def _one_said(aligned: dict[int, tuple[int, float]], words: list[str],
              function: frozenset[str]) -> bool:
    """Whether one heard word alone says a word of the phrase: a function word heard as
    another (the pronoun "it" as the "i" of "i'm leaving") says none, for function words
    are a closed class whose members are not each other misheard (Quirk et al. 1985, 2.14):
    "leave it" is one word said of "i'm leaving", as "leave" is."""
    if len(aligned) <= 1:
        return len(aligned) == 1
    said = 0
    for i, (_, v) in aligned.items():
        if v >= 1.0 or words[i] not in function:
            said += 1
            if said > 1:
                return False
    return said == 1


def _undone(words: list[str], free: list[bool], i: int, taught: str,
            function: frozenset[str]) -> bool:
    """Whether heard word ``i`` is ``taught`` with a prefix that undoes it, or the other way
    round: "unlock" is the opposite of "lock", "disarm" of "arm", not "lock" misheard. (A
    bare word after a short function word may be the prefixed one split apart by the
    recogniser, "an lock" for "unlock": that is no opposite.)"""
    heard = words[i]
    for prefix in UNDOING_PREFIXES:
        if heard.startswith(prefix) and heard[len(prefix):] == taught:
            return len(taught) >= 3
        if taught.startswith(prefix) and taught[len(prefix):] == heard:
            split = i > 0 and not free[i - 1] and words[i - 1] in function \
                and len(words[i - 1]) <= 3
            return len(heard) >= 3 and not split
    for prefix in PRIVATIVE_PREFIXES:
        if taught.startswith(prefix) and taught[len(prefix):] == heard:
            return len(heard) >= 4 and not (i > 0 and words[i - 1] == prefix)
    return False


def _lone(index: PhraseIndex, phrase: int) -> bool:
    """Whether a phrase says more than one word, when one word alone says a word of it:
    whatever its other words are ("in here", "too", "on"), a person who says a single
    word may mean the phrase, but may as well mean something else: ask. Articles and
    possessives ("the lights") and carriers are not more."""
    vocab, more = index.vocab, 0
    for v, f in zip(index.phrase_words[phrase], index.phrase_free[phrase], strict=True):
        if not f and vocab[v] not in ARTICLES:
            more += 1
            if more == 2:
                return True
    return False
