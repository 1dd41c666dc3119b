"""Normalising recogniser output, so taught phrases and heard speech compare like for like.

Pure functions over a :class:`Lexicon` (data, not code): the bundled
``data/lexicon.yaml`` merged with an optional user ``lexicon.yaml`` in the
config dir. The pipeline is: lower case and Unicode folding, symbols to words,
punctuation away, contractions expanded, number words to digits. Wake words,
fillers and carrier words ("alexa", "um", "please", "switch to") are *not*
removed by :func:`normalise`; :func:`free_mask` marks them, so the scorer can
treat them as words that need no explaining while a phrase that really contains
one ("start the sprinkler") still matches on it. The lexicon's ``concepts`` group
words that mean the same to the assistant ("dim", "lower", "darker"); the scorer
lets them meet.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ._attributive_address import DETERMINERS as _ADDRESS_DETERMINERS
from ._attributive_address import address_modifiers
from .numbers import ungrouped

__all__ = [
    "Lexicon",
    "bare_forms",
    "bundled_section",
    "called_by_name",
    "carrier_parts",
    "default_lexicon",
    "fold_accents",
    "free_mask",
    "heard_as_taught",
    "is_function_word",
    "load_lexicon",
    "normalise",
    "normalize",
    "only_small_words",
    "relative_said",
    "reload_lexicon",
    "strip_free_words",
    "tokens",
    "words_to_digits",
]

_log = logging.getLogger(__name__)

USER_LEXICON_NAME = "lexicon.yaml"
_BUNDLED = Path(__file__).with_name("data") / "lexicon.yaml"

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_NOT_WORD = re.compile(r"[^a-z0-9'.\s]+")
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"[0-9]")
"""(most text has no digit, so no ordinal to look for word by word)"""


def _ordinal_table() -> dict[str, str]:
    """ "1st" -> "first", "21st" -> "twenty first": ordinals as recognisers write them
    (Whisper writes "1st floor"), read as said, so they meet the words a person taught."""
    units = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
             "nineteenth").split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    out: dict[str, str] = {}
    for n in range(1, 100):
        if n < 20:
            words = units[n - 1]
        elif n % 10 == 0:
            words = tens[n // 10 - 2][:-1] + "ieth"
        else:
            words = f"{tens[n // 10 - 2]} {units[n % 10 - 1]}"
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        out[f"{n}{suffix}"] = words
    return out


_ORDINALS = _ordinal_table()
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_GENERIC_CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("n't", " not"),
    ("'re", " are"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'d", " would"),
    ("'m", " am"),
)

_LIST_SECTIONS = ("wake_words", "fillers", "carriers", "function_words", "vocatives",
                  "carriers_around", "openers", "addressees", "courtesy", "endearments",
                  "self_repairs", "request_words", "given_names")
_MAP_SECTIONS = ("contractions", "symbols")
_NUMBER_SECTIONS = ("units", "tens", "scales")
_CUE_SECTIONS = ("cues", "leading_cues", "strict_words")
_USER_SECTIONS = frozenset({*_LIST_SECTIONS, *_MAP_SECTIONS, *_CUE_SECTIONS, "numbers",
                            "concepts", "opposites", "remove"})
"""The sections a user lexicon may extend (:func:`_merge`)."""


@dataclass(frozen=True)
class Lexicon:
    """The special words of one language, as loaded from YAML."""

    wake_words: frozenset[tuple[str, ...]]
    """Names people call the assistant by; free words."""
    fillers: frozenset[tuple[str, ...]]
    """Hesitations and politeness ("um", "thank you"); free words."""
    carriers: frozenset[tuple[str, ...]]
    """Words people wrap a phrase in ("please", "switch to"); free words."""
    function_words: frozenset[str]
    """Common words that weigh little when scoring ("the", "my")."""
    contractions: Mapping[tuple[str, ...], tuple[str, ...]]
    """Token sequences and their expansion ("it's" -> "it is")."""
    symbols: Mapping[str, str]
    """Characters spelled as words ("%" -> "percent")."""
    units: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    concepts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Groups of words that mean the same to the assistant ("dim", "lower", "darker")."""
    cues: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """Reason -> words that turn a phrase into a different request anywhere they are
    said ("cancel", "yesterday", "she said"); see :mod:`cues`."""
    leading_cues: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """Reason -> words that do so only as the first words said ("is ... on")."""
    opposites: tuple[tuple[str, str], ...] = ()
    """Pairs of concepts that undo each other ("switch_on", "switch_off")."""
    carriers_around: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset()
    """Carriers said in two parts around a phrase ("turn ... on", "get ... going"): not
    free words (the scorer weighs them as said), but no unexplained speech either when
    they open and close the utterance (see :func:`carrier_parts`)."""
    vocatives: frozenset[str] = frozenset()
    """Greetings after which one word the home does not know is a name the assistant is
    called by ("hey *home*", "hi *there*"): see :func:`called_by_name`."""
    openers: frozenset[str] = frozenset()
    """Discourse markers and greetings that open what is said ("right, ...", "look, ..."):
    free as the first words said (see ``_carriers.edge_words``)."""
    addressees: frozenset[str] = frozenset()
    """Words a person calls the one they ask by ("house", "love", "mate"): free at an edge
    of what is said when marked as a call (see ``_carriers.edge_words``)."""
    courtesy: frozenset[str] = frozenset()
    """Thanks and "please": a word after them last, or before them first, is a call."""
    endearments: frozenset[str] = frozenset()
    """Words of address that close a request as a call on their own ("kettle on love")."""
    self_repairs: frozenset[tuple[str, ...]] = frozenset()
    """Editing terms after which a speaker says the request again ("no wait", "hang on",
    "what am i saying"): see ``_self_repair``."""
    request_words: frozenset[str] = frozenset()
    """Words of requests other than the home's ("text", "play", "weather"): a clause
    that says one may ask for something else (see ``_clauses``)."""
    strict_words: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    """Group -> words that say which one of a kind ("days": "monday", ...): another word
    of the group heard for a taught one is another request (see ``resolver``)."""
    given_names: frozenset[str] = frozenset()
    """First names of people and pets that are no common word ("maureen", "callum"): one
    heard in the place of a taught one is another request (see ``resolver``)."""

    @cached_property
    def free_phrases(self) -> frozenset[tuple[str, ...]]:
        """Wake words, fillers and carriers together, each also as :func:`tokens` writes
        it when it holds a number word ("nice one" is read "nice 1")."""
        written = self.wake_words | self.fillers | self.carriers
        numbers = self.number_words
        return written | frozenset(tuple(words_to_digits(p, self)) for p in written
                                   if not numbers.isdisjoint(p))

    @cached_property
    def tokens_kept(self) -> dict[str, tuple[str, ...]]:
        """Texts already split into words by :func:`tokens` with this lexicon, and their
        words (a resolve splits the same text again and again: its clauses, its
        readers, a second reading; a third of the splits at 1,000 phrases)."""
        return {}

    @cached_property
    def free_kept(self) -> dict[tuple[str, ...], tuple[bool, ...]]:
        """Words already read by :func:`free_mask` with this lexicon, and which of them are
        free (a resolve reads the same words again: the utterance's own for its free words
        and for :func:`bare_forms`, a second reading's)."""
        return {}

    @cached_property
    def longest_free(self) -> int:
        return max((len(p) for p in self.free_phrases), default=0)

    @cached_property
    def longest_contraction(self) -> int:
        return max((len(k) for k in self.contractions), default=1)

    @cached_property
    def free_starts(self) -> frozenset[str]:
        """First words of wake words, fillers and carriers (most words start none)."""
        return frozenset(p[0] for p in self.free_phrases if p)

    @cached_property
    def free_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of wake words, fillers and carriers -> the lengths of those it starts,
        longest first (:func:`free_mask` tries only these)."""
        lengths: dict[str, set[int]] = {}
        for p in self.free_phrases:
            if p:
                lengths.setdefault(p[0], set()).add(len(p))
        return {w: tuple(sorted(sizes, reverse=True)) for w, sizes in lengths.items()}

    @cached_property
    def contraction_starts(self) -> frozenset[str]:
        """First words of the contractions (most words start none)."""
        return frozenset(k[0] for k in self.contractions if k)

    @cached_property
    def cue_starts(self) -> frozenset[str]:
        """First words of every cue ("cancel", "never", "is")."""
        return frozenset(k[0] for groups in (self.cues, self.leading_cues)
                         for words in groups.values() for k in words if k)

    @cached_property
    def call_markers(self) -> frozenset[str]:
        """Thanks, words of address, greetings and openers: the words that mark what is
        said around a request as a call or politeness ("there's a *love*", "*cheers* hal")."""
        return self.courtesy | self.addressees | self.endearments | self.vocatives | self.openers

    @cached_property
    def cue_words(self) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
        """Every cue said anywhere, and every cue said first (for a quick look-up)."""
        return (frozenset(k for words in self.cues.values() for k in words if k),
                frozenset(k for words in self.leading_cues.values() for k in words if k))

    @cached_property
    def longest_cue(self) -> int:
        """Most words a cue has (1 when there is none): how far a cue is looked for."""
        return max((len(c) for group in self.cue_words for c in group), default=1)

    @cached_property
    def self_repair_starts(self) -> frozenset[str]:
        """First words of the editing terms (most words start none)."""
        return frozenset(k[0] for k in self.self_repairs if k)

    @cached_property
    def longest_self_repair(self) -> int:
        return max((len(k) for k in self.self_repairs), default=0)

    @cached_property
    def plain_words(self) -> frozenset[str]:
        """The lexicon's one-word function words, free words, openers, greetings and words
        of address and thanks: words a speaker draws out ("aaand", "pleeease")."""
        single = {p[0] for p in self.free_phrases if len(p) == 1}
        return frozenset(single | self.function_words | self.openers | self.vocatives
                         | self.courtesy | self.addressees | self.endearments)

    @cached_property
    def number_words(self) -> frozenset[str]:
        """Every word :func:`words_to_digits` turns into digits."""
        return frozenset((*self.units, *self.tens, *self.scales))


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


def _merge(base: dict[str, Any], extra: Mapping[str, Any], origin: str) -> dict[str, Any]:
    """Extend lists, update mappings; drop entries listed under ``remove``. Validates types."""
    merged = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
              for k, v in base.items()}
    for section in _LIST_SECTIONS:
        if section in extra:
            values = extra[section] or []
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"{origin}: '{section}' must be a list of words or phrases")
            merged.setdefault(section, []).extend(values)
    for section in _MAP_SECTIONS:
        if section in extra:
            values = extra[section] or {}
            if not isinstance(values, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in values.items()
            ):
                raise ValueError(f"{origin}: '{section}' must map text to text")
            merged.setdefault(section, {}).update(values)
    if "numbers" in extra:
        numbers = extra["numbers"] or {}
        if not isinstance(numbers, dict):
            raise ValueError(f"{origin}: 'numbers' must be a mapping of units, tens, scales")
        target = merged.setdefault("numbers", {})
        for section in _NUMBER_SECTIONS:
            values = numbers.get(section) or {}
            if not isinstance(values, dict) or not all(
                isinstance(k, str) and isinstance(v, int) for k, v in values.items()
            ):
                raise ValueError(f"{origin}: 'numbers.{section}' must map words to whole numbers")
            target.setdefault(section, {}).update(values)
    if "concepts" in extra:
        groups = extra["concepts"] or {}
        if not isinstance(groups, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
            for k, v in groups.items()
        ):
            raise ValueError(f"{origin}: 'concepts' must map a group name to a list of words")
        target = merged.setdefault("concepts", {})
        for name, words in groups.items():
            target[name] = [*target.get(name, []), *words]
    for section in _CUE_SECTIONS:
        if section in extra:
            groups = extra[section] or {}
            if not isinstance(groups, dict) or not all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
                for k, v in groups.items()
            ):
                raise ValueError(f"{origin}: '{section}' must map a reason to a list of words")
            target = merged.setdefault(section, {})
            for name, words in groups.items():
                target[name] = [*target.get(name, []), *words]
    if "opposites" in extra:
        pairs = extra["opposites"] or []
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p)
                for p in pairs):
            raise ValueError(f"{origin}: 'opposites' must be a list of [concept, concept] pairs")
        merged["opposites"] = [*merged.get("opposites", []), *pairs]
    removals = extra.get("remove") or {}
    if not isinstance(removals, dict):
        raise ValueError(f"{origin}: 'remove' must map a section name to a list of entries")
    for section, values in removals.items():
        if section in _LIST_SECTIONS and isinstance(values, list):
            drop = {_phrase_key(v) for v in values}
            merged[section] = [v for v in merged.get(section, []) if _phrase_key(v) not in drop]
        elif section in (*_MAP_SECTIONS, "concepts", *_CUE_SECTIONS) and isinstance(values, list):
            for key in values:
                merged.get(section, {}).pop(key, None)
        else:
            raise ValueError(f"{origin}: 'remove.{section}' is not a list section of the lexicon")
    for section in sorted(set(extra) - _USER_SECTIONS):  # (a misspelt one: said, not silent)
        near = get_close_matches(str(section), sorted(_USER_SECTIONS), n=1)
        _log.warning('The section "%s" of the user lexicon %s is not one teachapp reads, so it '
                     "is ignored%s; the sections are %s.", section, origin,
                     f' (did you mean "{near[0]}"?)' if near else "",
                     ", ".join(sorted(_USER_SECTIONS)))
    return merged


def _build(raw: Mapping[str, Any]) -> Lexicon:
    numbers = raw.get("numbers") or {}
    contractions: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, value in (raw.get("contractions") or {}).items():
        contractions[_phrase_key(key)] = _phrase_key(value)
    return Lexicon(
        wake_words=frozenset(_phrase_key(w) for w in raw.get("wake_words") or () if w.strip()),
        fillers=frozenset(_phrase_key(w) for w in raw.get("fillers") or () if w.strip()),
        carriers=frozenset(_phrase_key(w) for w in raw.get("carriers") or () if w.strip()),
        function_words=frozenset(str(w).lower() for w in raw.get("function_words") or ()),
        contractions=contractions,
        symbols=dict(raw.get("symbols") or {}),
        units={k.lower(): int(v) for k, v in (numbers.get("units") or {}).items()},
        tens={k.lower(): int(v) for k, v in (numbers.get("tens") or {}).items()},
        scales={k.lower(): int(v) for k, v in (numbers.get("scales") or {}).items()},
        concepts={str(name): frozenset(str(w).lower() for w in words if str(w).strip())
                  for name, words in (raw.get("concepts") or {}).items() if words},
        cues=_cue_groups(raw.get("cues")),
        opposites=tuple((str(p[0]), str(p[1])) for p in raw.get("opposites") or ()
                        if isinstance(p, list) and len(p) == 2),
        leading_cues=_cue_groups(raw.get("leading_cues")),
        strict_words=_cue_groups(raw.get("strict_words")),
        vocatives=frozenset(str(w).lower() for w in raw.get("vocatives") or () if str(w).strip()),
        openers=_words_of(raw.get("openers")),
        addressees=_words_of(raw.get("addressees")),
        courtesy=_words_of(raw.get("courtesy")),
        endearments=_words_of(raw.get("endearments")),
        self_repairs=frozenset(_phrase_key(w) for w in raw.get("self_repairs") or ()
                               if str(w).strip()),
        request_words=_words_of(raw.get("request_words")),
        given_names=_words_of(raw.get("given_names")),
        carriers_around=frozenset(_around(str(w)) for w in raw.get("carriers_around") or ()
                                  if str(w).count("...") == 1 and all(
                                      part.strip() for part in str(w).split("..."))),
    )


def _words_of(raw: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(_lowered(str(w)) for w in raw or () if str(w).strip())


def _lowered(word: str) -> str:
    """``word`` lower case and stripped: the parse's own string when it already is (the
    bundled parse is kept, and its 8,800 given names are then held once, not twice)."""
    low = word.lower().strip()
    return word if low == word else low


def _around(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    head, tail = text.split("...")
    return _phrase_key(head), _phrase_key(tail)


def _cue_groups(raw: Mapping[str, Any] | None) -> dict[str, frozenset[tuple[str, ...]]]:
    return {str(name): frozenset(_phrase_key(str(w)) for w in words if str(w).strip())
            for name, words in (raw or {}).items() if words}


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when built, for the user's own lexicon file (the bundled one is
read through :mod:`_parsed_yaml`, its parse kept between starts)."""


def _bundled_raw() -> dict[str, Any]:
    from teachapp.understanding._parsed_yaml import parsed_yaml

    return parsed_yaml(_BUNDLED)


@lru_cache(maxsize=1)
def _bundled_once() -> Mapping[str, Any]:
    return _bundled_raw() or {}


def bundled_section(name: str) -> Any:
    """One section of the bundled lexicon ("asides", "lead_ins" ...), for the readers of
    shapes that keep their own words (``_clauses``, ``_lead_ins``, ``_asked_of``,
    ``_emoji``): the file is read once for all of them, not once each."""
    return _bundled_once().get(name)


_COPULA_HEARD = {"its": ("it",), "is": ()}
"""How "it's" and "is" are heard, left out of the conditions of politeness: "if it's no
bother", "if it is no bother" and "if its no bother" are one."""


def _plain(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(v for w in words for v in _COPULA_HEARD.get(w, (w,)))


@lru_cache(maxsize=1)
def _courteous_conditions() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    from teachapp.understanding._words import stem

    said = frozenset(_plain(stem(w) for w in str(c).split())
                     for c in bundled_section("courteous_conditions") or ())
    return frozenset(c[0] for c in said if c), said


def courteous_at(words: Sequence[str], i: int) -> bool:
    """Whether a condition of politeness, no condition of fact, starts at ``words[i]``
    ("if that's ok", "if you don't mind", "if poss"; the lexicon's
    ``courteous_conditions``): a request said with one is made now."""
    starts, said = _courteous_conditions()
    if words[i] not in starts:
        return False
    heard = _plain(words[i:i + 8])
    return any(heard[:len(c)] == c for c in said)


def courteous_span(words: Sequence[str], i: int) -> int:
    """How many words the condition of politeness at ``words[i]`` takes ("when you are
    free" four); 0 when none starts there (see :func:`courteous_at`)."""
    starts, said = _courteous_conditions()
    if words[i] not in starts:
        return 0
    return next((n for n in range(min(8, len(words) - i), 0, -1)
                 if _plain(words[i:i + n]) in said), 0)


def load_lexicon(user_file: Path | None = None) -> Lexicon:
    """The bundled lexicon merged with ``user_file`` (default: the config dir's).

    A missing user file is normal; a broken one is logged and ignored, never fatal.
    """
    # The parse ``bundled_section`` keeps: the 144 KB file is read once per process.
    raw: Mapping[str, Any] = _bundled_once()
    if user_file is None:
        try:
            from teachapp.paths import config_dir

            user_file = config_dir() / USER_LEXICON_NAME
        except OSError as exc:  # an unwritable home: run with the bundled words
            _log.warning("Could not open teachapp's config folder (%s); using the bundled "
                         "lexicon only.", exc)
            user_file = None
    if user_file is not None and user_file.is_file():
        try:
            extra = yaml.load(user_file.read_text(encoding="utf-8"), Loader=_LOADER) or {}
            if not isinstance(extra, dict):
                raise ValueError(f"{user_file}: the top level must be a mapping of sections")
            # a deep copy: _merge extends nested sections, which are the cached parse's
            raw = _merge(copy.deepcopy(dict(raw)), extra, str(user_file))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, TypeError) as exc:
            _log.warning("Ignoring the user lexicon %s because it could not be read: %s. "
                         "Fix or delete the file to use your own words.", user_file, exc)
    return _build(raw)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon in effect, loaded once (see :func:`reload_lexicon`)."""
    return load_lexicon()


def reload_lexicon() -> Lexicon:
    """Forget the cached lexicon (after the user edited theirs) and load it again."""
    default_lexicon.cache_clear()
    return default_lexicon()


def _clause_final_is(tok: str, lex: Lexicon) -> bool:
    """Whether ``tok`` is an "'s" that would expand to "is" or "has". English never ends
    a clause on a contracted "is" ("here it is", never "here it's"), so as the last word
    heard (but for courtesy: "... please") it is a possessive or a misheard word ("the
    how's" for "the house")."""
    if not tok.endswith("'s"):
        return False
    expansion = lex.contractions.get((tok,))
    return bool(expansion) and expansion[-1] in ("is", "has")


def _expand_contractions(toks: list[str], lex: Lexicon) -> list[str]:
    out: list[str] = []
    longest = lex.longest_contraction
    starts = lex.contraction_starts
    i = 0
    while i < len(toks):
        if "'" not in toks[i] and toks[i] not in starts:  # most words: nothing to expand
            out.append(toks[i])
            i += 1
            continue
        if _clause_final_is(toks[i], lex) and all(free_mask(toks[i + 1:], lex)):
            out.append(toks[i].replace("'", ""))  # "wake up the how's": not "how is"
            i += 1
            continue
        for size in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(toks[i:i + size])
            if key in lex.contractions:
                out.extend(lex.contractions[key])
                i += size
                break
        else:
            tok = toks[i]
            head, _, rest = tok.partition("'")
            if rest and len(rest) > 2 and (f"{head}'{rest[:1]}",) in lex.contractions:
                # a contraction run into the next word: "i'mhome" -> "i'm home"
                toks[i + 1:i + 1] = [rest[1:]]
                tok = f"{head}'{rest[:1]}"
            elif rest and len(rest) > 3 and (f"{head}'{rest[:2]}",) in lex.contractions:
                toks[i + 1:i + 1] = [rest[2:]]
                tok = f"{head}'{rest[:2]}"
            if (tok,) in lex.contractions:
                out.extend(lex.contractions[(tok,)])
                i += 1
                continue
            if "'" in tok:
                for ending, expansion in _GENERIC_CONTRACTIONS:
                    if tok.endswith(ending) and len(tok) > len(ending):
                        tok = tok[: -len(ending)] + expansion
                        break
                tok = tok.replace("'", "")
            out.extend(tok.split())
            i += 1
    return out


def words_to_digits(toks: Sequence[str], lexicon: Lexicon | None = None) -> list[str]:
    """Turn runs of number words into digits: ``["twenty", "one"]`` -> ``["21"]``.

    Two units in a row are two numbers ("one two" -> "1 2"), as people read digits.
    """
    lex = lexicon or default_lexicon()
    if lex.number_words.isdisjoint(toks):
        return list(toks)
    out: list[str] = []
    total = current = 0
    last: str | None = None  # "unit", "tens", "scale" or None when no number is open

    def flush() -> None:
        nonlocal total, current, last
        if last is not None:
            out.append(str(total + current))
        total = current = 0
        last = None

    for i, tok in enumerate(toks):
        following = toks[i + 1] if i + 1 < len(toks) else ""
        if tok == "and" and last == "scale" and (following in lex.units or following in lex.tens):
            continue  # "one hundred and five"
        if tok in lex.units:
            value = lex.units[tok]
            if last in (None, "scale") or (last == "tens" and value < 10):
                current += value
            else:
                flush()
                current = value
            last = "unit"
        elif tok in lex.tens:
            if last not in (None, "scale"):
                flush()
            current += lex.tens[tok]
            last = "tens"
        elif tok in lex.scales:
            scale = lex.scales[tok]
            if last is None:
                current = 1
            if scale >= 1000:
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
            last = "scale"
        else:
            flush()
            out.append(tok)
    flush()
    return out


def normalise(text: str, lexicon: Lexicon | None = None) -> str:
    """Canonical form of recogniser or typed text: ``"It's 10% Reading-Mode!"`` ->
    ``"it is 10 percent reading mode"``. Never raises on any ``str``."""
    return _SPACES.sub(" ", " ".join(_words(text, lexicon))).strip()


def fold_accents(text: str) -> str:
    """``text`` without its accents ("café" -> "cafe"): a recogniser writes a name as
    plain letters, and a person types it either way."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def _words(text: str, lexicon: Lexicon | None) -> list[str]:
    """The words of :func:`normalise` before they are joined (a word may hold a space)."""
    lex = lexicon or default_lexicon()
    text = str(text)
    if text.isascii():  # (Unicode normal forms leave ASCII as it is)
        if "`" in text:  # (the one ASCII quote mark of _QUOTES)
            text = text.translate(_QUOTES)
    else:
        text = fold_accents(unicodedata.normalize("NFKC", text).translate(_QUOTES))
    text = text.casefold()
    for symbol, word in lex.symbols.items():
        if symbol in text:
            text = text.replace(symbol, f" {word} ")
    # (ASCII letters and spaces alone, most text, hold no other character and no digit:
    # two scans of the text passed over by one test in C; str.isascii reads a flag)
    letters = text.isascii() and text.replace(" ", "").isalpha()
    if not letters:
        text = _NOT_WORD.sub(" ", ungrouped(text))
    if "." in text:
        text = _STRAY_DOT.sub(" ", text)
    quoted = "'" in text
    # (without a quote mark there is nothing to strip, and no word is left empty)
    toks = [t for t in [t.strip("'") for t in text.split()] if t] if quoted else text.split()
    if not letters and _DIGIT.search(text) and any(
            t[:1].isdigit() and t[-2:] in _ORDINAL_ENDINGS for t in toks):
        toks = [w for t in toks for w in _ORDINALS.get(t, t).split()]
    if _DRAWN.search(text):
        toks = [_undrawn(t, lex) for t in toks]
    if quoted or not lex.contraction_starts.isdisjoint(toks):  # (most text: none to expand)
        toks = _expand_contractions(toks, lex)
    return words_to_digits(toks, lex)


_DRAWN = re.compile(r"([aefhilmnorsuvwyz])\1\1")
"""A letter written three times in a row: no English word spells one so, a word drawn out
in speech does ("aaand", "sooo", "pleeease"). Only letters of sounds a speaker can hold (vowels
and continuants; a stop, "b", "d", "k", "t", cannot be drawn out), which also makes the
search cheaper: it runs on every utterance."""


def _undrawn(tok: str, lex: Lexicon) -> str:
    """``tok`` as the lexicon writes it when it is one of the lexicon's own words drawn out
    ("aaand" -> "and", "pleeease" -> "please", "sooo" -> "so"): expressive lengthening
    (Brody & Diakopoulos 2011, "Cooooooooooooooollllllllllllll!!!!!!!!!!!!!!"), as a
    recogniser writes a word said slowly. Any other word is left as written."""
    if not _DRAWN.search(tok):
        return tok
    for form in (_SQUEEZE.sub(r"\1", tok), _SQUEEZE.sub(r"\1\1", tok)):
        if form in lex.plain_words:
            return form
    return tok


normalize = normalise


_TOKENS_KEPT = 1 << 14
"""Texts whose words a lexicon keeps (:attr:`Lexicon.tokens_kept`), at most."""


def tokens(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """The words of ``normalise(text)`` (a new list each time: callers may change it)."""
    lex = lexicon or default_lexicon()
    if type(text) is not str:  # (kept by a key that equals only the same text)
        return " ".join(_words(text, lex)).split()
    kept = lex.tokens_kept
    found = kept.get(text)
    if found is None:
        # (split whole, as normalise's text would be: no spaces to squeeze first)
        found = tuple(" ".join(_words(text, lex)).split())
        if len(kept) >= _TOKENS_KEPT:
            kept.clear()
        kept[text] = found
    return list(found)


_FREE_KEPT = 1 << 10
"""Word lists whose free words a lexicon keeps (:attr:`Lexicon.free_kept`), at most: a
resolve reads its own words again within itself, and an index's build reads each phrase
once (not kept for long: some 200 bytes a list)."""


def free_mask(toks: Sequence[str], lexicon: Lexicon | None = None) -> list[bool]:
    """Which tokens are wake words, fillers or carriers (longest match first; a new list
    each time: callers may change it)."""
    lex = lexicon or default_lexicon()
    if type(toks) is not list:
        # (kept for lists alone, as tokens gives them: the rules compare a list's slices
        # with lists, "as soon as" of _timed, which a tuple's never equal)
        return _free_mask(toks, lex)
    kept = lex.free_kept
    key = tuple(toks)
    found = kept.get(key)
    if found is None:
        found = tuple(_free_mask(toks, lex))
        if len(kept) >= _FREE_KEPT:
            kept.clear()
        kept[key] = found
    return list(found)


def _free_mask(toks: Sequence[str], lex: Lexicon) -> list[bool]:
    """:func:`free_mask` worked out."""
    free = lex.free_phrases
    lengths_of = lex.free_lengths
    n = len(toks)
    mask = [False] * n
    for i, tok in enumerate(toks):
        lengths = lengths_of.get(tok)
        if lengths is None:
            # (a word of other letters is no hesitation: a strip, not a regex, says so)
            if (not tok.strip(_HESITANT_LETTERS) and _HESITANT.fullmatch(tok)
                    and _drawn_out(tok, lex)):
                mask[i] = True
            continue
        for size in lengths:  # (longest first; only the lengths of phrases it starts)
            if i + size <= n and tuple(toks[i:i + size]) in free:
                for j in range(i, i + size):
                    mask[j] = True
                break
        # (on from the next word, not past the match: free words that overlap are all
        # free, "cooking *mode on* the double" and "cooking mode *on the double*")
    if not _OPERATORS.isdisjoint(toks):
        _asking(toks, mask, lex)
    if "soon" in toks:
        _timed(toks, mask)
    if any(mask) and not _ADDRESS_DETERMINERS.isdisjoint(toks):
        # (a word of address or thanks as a noun's modifier: "the honey bees", "a thank
        # you card")
        address_modifiers(toks, mask, lex.addressees, lex.endearments, lex.courtesy)
    return mask


_OPERATORS = frozenset({"do", "does"})
ASKED_SUBJECTS = frozenset({"we", "i", "they", "he", "she", "anyone", "anybody", "everyone",
                            "everybody", "someone", "somebody", "people", "us"})
"""Subjects other than the listener: "do" before one of them, first said, is the operator
of a question ("do we really need movie night", "does anyone want tea time": subject-
operator inversion, Quirk et al. 1985, 11.5), not the carrier "do" of an emphatic
imperative ("do turn the lights on"); "do you ..." asks the listener, as requests do."""


def _asking(toks: Sequence[str], mask: list[bool], lex: Lexicon) -> None:
    """Said first (free words aside), "do" or "does" before a subject of
    :data:`ASKED_SUBJECTS` is no carrier: both are said, to be read as a question (the
    lexicon's leading cue "do we", ...)."""
    k = next((k for k, m in enumerate(mask) if not m or toks[k] in _OPERATORS), None)
    if (k is not None and toks[k] in _OPERATORS and k + 1 < len(toks)
            and toks[k + 1] in ASKED_SUBJECTS):
        mask[k] = mask[k + 1] = False
    elif k is not None and toks[k] in _OPERATORS and _filler_verb(toks, k + 1, lex):
        mask[k] = mask[k + 1] = mask[k + 2] = False


_LISTENER = frozenset({"you", "ya", "y"})
"""The listener as a filler's subject ("you know", "ya know", "you see"); the speaker's
("i mean") is :data:`ASKED_SUBJECTS`' already."""


def _filler_verb(toks: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether ``toks[k:k + 2]`` is a filler of subject and verb ("you know") said as
    itself, no longer filler after it ("you know what"): after "do" it is the question's
    own subject and verb ("do you know movie night" asks whether it is known; a
    recogniser heard it so when "call grandma" was asked about, and the routine ran)."""
    pair = tuple(toks[k:k + 2])
    return (len(pair) == 2 and pair[0] in _LISTENER and pair in lex.fillers
            and not any(tuple(toks[k:k + n]) in lex.fillers for n in (3, 4)))


TIMED_SUBJECTS = frozenset({"the", "i", "we", "they", "he", "she", "my", "our", "everyone",
                            "everybody"})
"""Subjects after which "as soon as" opens a clause of time of its own."""


def _timed(toks: Sequence[str], mask: list[bool]) -> None:
    """"as soon as" before a subject of :data:`TIMED_SUBJECTS` is no filler of urgency
    ("lights off as soon as", "... as soon as possible") but the subordinator of a clause
    of time (Quirk et al. 1985, 14.12: "storm mode as soon as the plumber leaves"): said,
    to be read as the lexicon's conditional cue "as soon as the", ... . Not before "you":
    "as soon as you can" asks the listener to hurry."""
    for k in range(len(toks) - 3):
        if (toks[k:k + 3] == ["as", "soon", "as"] and toks[k + 3] in TIMED_SUBJECTS
                and all(mask[k:k + 3])):
            mask[k] = mask[k + 1] = mask[k + 2] = False


SAID_MARKERS = frozenset({("that", "said"), ("that", "being", "said")})
"""The contrastive discourse markers whose "that" is a demonstrative ("that said, ...":
having said that; Fraser 1999 on contrastive markers)."""


def relative_said(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  lexicon: Lexicon) -> list[bool]:
    """``free`` with a marker of :data:`SAID_MARKERS` said again when it comes right after
    a content word said, no pause between (``breaks``: where the text pauses, as
    :func:`_carriers.clause_breaks` finds): there it is no marker but a relative clause
    of that noun, "that" its relative pronoun and "said" its verb ("a meme that said ...",
    "a sign that said ...": Quirk et al. 1985, 17.14), to be read as the lexicon's cue of
    someone else's words. A discourse marker opens its clause (Fraser 1999): said first
    or after a pause ("lights on, that said, ...")."""
    out = list(free)
    if "that" not in toks:
        return out
    for k in range(1, len(toks) - 1):
        before = toks[k - 1]
        if (toks[k] != "that" or not out[k] or out[k - 1] or k - 1 in breaks
                or before in lexicon.function_words or not before.isalpha()):
            continue
        for marker in SAID_MARKERS:
            size = len(marker)
            if tuple(toks[k:k + size]) == marker and all(out[k:k + size]):
                out[k:k + size] = [False] * size
    return out


_HESITANT = re.compile(r"[aehmru]*([aehmru])\1[aehmru]*")
"""Letters of a drawn-out hesitation with a letter said twice or more ("ummm", "errr")."""
_HESITANT_LETTERS = "aehmru"
"""The letters :data:`_HESITANT` allows."""
_SQUEEZE = re.compile(r"(.)\1+")


def _drawn_out(tok: str, lex: Lexicon) -> bool:
    """Whether ``tok`` is a one-word filler drawn out ("ummmm", "errr", "hmmmm", "uhhh"):
    recognisers write a hesitation with as many letters as it lasted."""
    once = _SQUEEZE.sub(r"\1", tok)
    twice = _SQUEEZE.sub(r"\1\1", tok)
    return (once,) in lex.fillers or (twice,) in lex.fillers


def called_by_name(toks: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
                   unknown: Callable[[str], bool]) -> list[bool]:
    """``free`` with a name the assistant is called by marked free too: the one word after
    a greeting that opens the utterance ("hey *home* lights off", "hi *there* ..."), when
    ``unknown(word)`` says the home has no word like it and more is said after it.

    Never a cue ("hey cancel ..."), a function word or a number: those say something.
    """
    if False not in free:
        return list(free)
    lead = free.index(False)  # (the first word said; in C, not a generator)
    if not lead or lead + 1 >= len(toks) or toks[lead - 1] not in lexicon.vocatives:
        return list(free)
    word = toks[lead]
    cue_starts = lexicon.cue_starts
    if (word in lexicon.function_words or word in cue_starts or word.rstrip("s") in cue_starts
            or not word.isalpha() or all(free[lead + 1:]) or not unknown(word)):
        return list(free)
    out = list(free)
    out[lead] = True
    return out


def carrier_parts(toks: Sequence[str], free: Sequence[bool],
                  patterns: Iterable[tuple[tuple[str, ...], tuple[str, ...]]]) -> frozenset[int]:
    """Positions of a carrier said in two parts around what is said: "*turn* movie night
    *on*", "*start* white noise *up*" (``patterns``: the lexicon's ``carriers_around``,
    as first and second part). The first part opens what is said but for wake words
    and other free words, the second closes it but for courtesy words, and something
    not free is said between them. Empty when there is none."""
    said = [i for i, f in enumerate(free) if not f]
    if not said:
        return frozenset()
    first, last = said[0], said[-1]
    for head, tail in patterns:
        h, t = len(head), len(tail)
        starts = [k for k in range(first + 1) if tuple(toks[k:k + h]) == head]
        if not starts:
            continue
        ends = [k for k in range(max(last - t + 1, 0), len(toks) - t + 1)
                if tuple(toks[k:k + t]) == tail]
        for k in reversed(starts):  # (the last: "turn the, turn the kettle on" restarts)
            for e in ends:
                between = range(k + h, e)
                if between and not all(free[i] for i in between):
                    return frozenset((*range(k, k + h), *range(e, e + t)))
    return frozenset()


def strip_free_words(text: str, lexicon: Lexicon | None = None) -> str:
    """``normalise(text)`` without wake words, fillers and carriers.

    When nothing else is left (someone taught the phrase "start"), the
    normalised text is returned whole rather than an empty string.
    """
    toks = tokens(text, lexicon)
    mask = free_mask(toks, lexicon)
    kept = [t for t, free in zip(toks, mask, strict=True) if not free]
    return " ".join(kept) if kept else " ".join(toks)


def heard_as_taught(utterance: str, phrase: str | None,
                    lexicon: Lexicon | None = None) -> bool:
    """Whether an utterance is the phrase itself, wake words, fillers and carriers
    aside ("alexa movie time please" is "movie time"; "turn off lights in the office"
    is not "turn off all of the lights in the office"). An open-vocabulary recogniser
    writes what was said, so only this may run a routine from its transcript."""
    if not phrase:
        return False
    if bare_forms(utterance, lexicon).isdisjoint(bare_forms(phrase, lexicon)):
        return False
    # a word the phrase holds is no free word of it: "school" is not "school run",
    # though "run" before or after a phrase is a carrier ("run movie night")
    said = tokens(utterance, lexicon)
    toks = tokens(phrase, lexicon)
    return all(t in said for t, free in zip(toks, free_mask(toks, lexicon), strict=True)
               if free)


def bare_forms(text: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The forms :func:`heard_as_taught` compares: ``text``'s words past its free words
    and articles, run together, as written and, for a phrasal verb's particle said after
    its object, with the particle put back ("turn reading mode on" is "turn on reading
    mode", on either side). Apart, so that a phrase's are read once, not per utterance."""
    return frozenset(_bare_words(t, lexicon) for t in _particle_placings(text, lexicon))


def _bare_words(text: str, lexicon: Lexicon | None) -> str:
    """``text``'s words past its free words and articles, run together: a compound
    written joined or apart is the same words said ("nightlight")."""
    return _without_articles(strip_free_words(text, lexicon)).replace(" ", "")


_MOVABLE_PARTICLES = frozenset({("turn", "on"), ("switch", "on"), ("put", "on"),
                                ("start", "up"), ("fire", "up"), ("kick", "off"),
                                ("set", "up")})
"""Carriers that are a transitive phrasal verb: their particle may follow the object
("turn the heating on", "fire movie night up"; particle movement, Quirk et al. 1985,
16.4), and the request is the same as with the particle first."""
_PARTICLE_VERBS = frozenset(verb for verb, _particle in _MOVABLE_PARTICLES)


def _particle_placings(text: str, lexicon: Lexicon | None) -> list[str]:
    """``text``, and, when a carrier of :data:`_MOVABLE_PARTICLES` (one the lexicon
    keeps) is said with its object between verb and particle, ``text`` with the
    particle put back after its verb ("switch reading mode on" -> "switch on reading
    mode"), so that the carrier is read as one."""
    toks = tokens(text, lexicon)
    if _PARTICLE_VERBS.isdisjoint(toks):
        return [text]  # (most text: no such verb, no pair to try)
    free = (lexicon or default_lexicon()).free_phrases
    for i, verb in enumerate(toks):
        if verb not in _PARTICLE_VERBS:
            continue
        for j in range(i + 2, len(toks)):
            pair = (verb, toks[j])
            if pair in _MOVABLE_PARTICLES and pair in free:
                moved = [*toks[:i + 1], toks[j], *toks[i + 1:j], *toks[j + 1:]]
                return [text, " ".join(moved)]
    return [text]


_ARTICLES = frozenset({"the", "a", "an"})


def _without_articles(text: str) -> str:
    """"the baby's hungry" says what "baby's hungry" does: an article never changes
    which request is made (a quantifier does: "all of the lights" keeps "all of")."""
    kept = [w for w in text.split() if w not in _ARTICLES]
    return " ".join(kept) if kept else text


def is_function_word(token: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``token`` is a common word that says little ("the", "my")."""
    return token in (lexicon or default_lexicon()).function_words


_JOINERS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "so", "then", "of", "to"})
"""Articles, conjunctions and the two commonest prepositions: words that only join or
introduce others, so alone they say nothing ("as it is" does say something)."""


def only_small_words(text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``text`` has words, and each is an article, a conjunction, a filler or a
    courtesy ("and", "the", "um so", "please"): nothing a phrase could be told apart by,
    nor a request. Carriers ("start") and wake words are words of their own, and may be
    taught."""
    lex = lexicon or default_lexicon()
    toks = tokens(text, lex)
    return bool(toks) and all(t in _JOINERS or t in lex.courtesy or (t,) in lex.fillers
                              for t in toks)
