"""Work per utterance done once give the plain answers: a routine's phrases read for
:func:`_phrase_said.phrase_said` once at index build, not at every resolve; the free words
of words already read kept by the lexicon (:func:`normalize.free_mask`); a text with no
phrasal verb of a movable particle not searched for one (:func:`normalize.bare_forms`); and
a new word's line in the pronouncing dictionary searched for in a stretch of its group
halved first (:func:`_other_word.pronunciation`); and no edge word looked for as a call
where nothing marks one (:func:`_carriers.edge_words`); and a new word compared, for one
letter changed, with the taught forms of its length and first letter alone
(:class:`_misheard_form.FormsByStart`)."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import (
    _carriers,
    _misheard_form,
    _other_word,
    _phrase_said,
    normalize,
)
from teachapp.understanding.normalize import (
    Lexicon,
    bare_forms,
    default_lexicon,
    free_mask,
    heard_as_taught,
    tokens,
)
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

ROUTINES = {
    "Reading mode": ("reading mode", "time to read", "lounge reading mode", "the reading"),
    "Movie night": ("movie night", "movie time", "turn on the telly"),
    "Heating": ("switch the heating on", "heating on", "warm the house up"),
    "Kettle": ("put the kettle on", "kettle on please", "brew time"),
}
SAID = ["turn", "the", "reading", "mode", "on", "please", "movie", "night", "time", "to",
        "read", "switch", "heating", "put", "kettle", "um", "alexa", "lounge", "up", "warm",
        "house", "brew", "telly", "in", "a", "bit", "now", "off", "and", "fire"]


def _plain_phrase_said(utterance: str, best: str, phrases: tuple[str, ...],
                       lexicon: Lexicon) -> str:
    """The phrase said as it was read before: every phrase tokenised and compared with
    ``heard_as_taught`` at each resolve."""
    said = tokens(utterance, lexicon)

    def how(phrase: str) -> tuple[bool, bool, int]:
        toks = tokens(phrase, lexicon)
        words = [t for t, free in zip(toks, free_mask(toks, lexicon), strict=True) if not free]
        n = len(words)
        whole = heard_as_taught(utterance, phrase, lexicon)
        beside = n > 0 and any(said[i:i + n] == words for i in range(len(said) - n + 1))
        return whole, whole or beside, sum(w in said for w in words)

    whole, _, count = how(best)
    chosen, rank = best, (whole, count)
    for phrase in phrases:
        if phrase != best:
            whole, said_so, count = how(phrase)
            if said_so and (whole, count) > rank:
                chosen, rank = phrase, (whole, count)
    return chosen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SAID), min_size=1, max_size=9),
       st.sampled_from(sorted(ROUTINES)), st.integers(0, 3))
def test_the_phrase_said_is_the_plain_one_with_the_phrases_read_once(
        words: list[str], routine: str, pick: int) -> None:
    lexicon = default_lexicon()
    phrases = ROUTINES[routine]
    best = phrases[pick % len(phrases)]
    taught = {p: _phrase_said.taught_phrase(p, lexicon) for p in phrases}
    utterance = " ".join(words)
    plain = _plain_phrase_said(utterance, best, phrases, lexicon)
    assert _phrase_said.phrase_said(utterance, best, phrases, lexicon, taught) == plain
    assert _phrase_said.phrase_said(utterance, best, phrases, lexicon) == plain


def test_the_resolver_reads_its_phrases_once_not_at_each_resolve(
        monkeypatch: pytest.MonkeyPatch) -> None:
    resolver = Resolver([PhraseEntry(p, r) for r, ps in ROUTINES.items() for p in ps])

    def read_again(phrase: str, lexicon: Lexicon) -> _phrase_said.TaughtPhrase:
        raise AssertionError(f"{phrase!r} read again at a resolve")

    monkeypatch.setattr(_phrase_said, "taught_phrase", read_again)
    found = resolver.resolve("turn the reading mode on")
    assert (found.decision, found.routine, found.phrase) == ("run", "Reading mode",
                                                            "reading mode")
    assert resolver.resolve("er put the kettle on").phrase == "put the kettle on"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SAID, "hey", "you", "know", "do", "we", "as", "soon",
                                 "the", "honey", "i", "mean", "umm", "thank"]),
                max_size=10))
@example(["heating", "on", "as", "soon", "as", "we", "get", "in"])
@example(["do", "you", "know", "movie", "night"])
def test_free_words_kept_are_those_read_anew(words: list[str]) -> None:
    lexicon = default_lexicon()
    first = free_mask(words, lexicon)
    assert first == normalize._free_mask(list(words), lexicon)
    assert lexicon.free_kept[tuple(words)] == tuple(first)
    first.append(True)  # (a caller's change to its list changes no other's)
    assert free_mask(words, lexicon) == normalize._free_mask(list(words), lexicon)
    # (words given as a tuple are read as ever, not kept: the rules compare lists)
    assert free_mask(tuple(words), lexicon) == normalize._free_mask(tuple(words), lexicon)


def test_as_soon_as_before_a_subject_is_said_when_kept() -> None:
    """"as soon as we ..." opens a clause of time, no filler, whether read anew or kept."""
    lexicon = default_lexicon()
    words = tokens("heating on as soon as we get in", lexicon)
    for _ in range(2):
        assert free_mask(words, lexicon)[2:5] == [False, False, False]


def _plain_placings(text: str, lexicon: Lexicon) -> list[str]:
    """:func:`normalize._particle_placings` trying every pair of words."""
    toks = tokens(text, lexicon)
    for i, verb in enumerate(toks):
        for j in range(i + 2, len(toks)):
            pair = (verb, toks[j])
            if pair in normalize._MOVABLE_PARTICLES and pair in lexicon.free_phrases:
                return [text, " ".join([*toks[:i + 1], toks[j], *toks[i + 1:j],
                                        *toks[j + 1:]])]
    return [text]


def test_bare_forms_are_those_of_every_pair_tried() -> None:
    lexicon = default_lexicon()
    rng = random.Random(16)
    words = [*SAID, "kick", "start", "set", "fire", "up", "off"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        assert normalize._particle_placings(text, lexicon) == _plain_placings(text, lexicon)
    # (the particle put back after its verb: "switch reading mode on" is "reading mode")
    assert "readingmode" in bare_forms("switch reading mode on", lexicon)
    assert bare_forms("the reading mode", lexicon) == frozenset({"readingmode"})


_DICTIONARY = _other_word._dictionary()


def _plain_pronunciation(word: str) -> tuple[str, ...] | None:
    """:func:`_other_word.pronunciation` searching its group's lines whole."""
    group = _other_word._groups().get(word[:2])
    if group is None:
        return None
    found = _DICTIONARY.find("\n" + word + " ", max(group[0] - 1, 0), group[1])
    if found < 0:
        return None
    end = _DICTIONARY.find("\n", found + 1)
    line = _DICTIONARY[found + 1:len(_DICTIONARY) if end < 0 else end]
    return tuple(p.rstrip("012") for p in line.split()[1:])


@pytest.mark.skipif(not _DICTIONARY, reason="PocketSphinx's dictionary absent")
def test_a_word_of_a_large_group_is_found_as_in_the_whole_group() -> None:
    """Words of the largest groups ("co", "re", "ma"), numbered or not, and a letter more
    or less: found in a stretch halved as in the group's lines searched whole."""
    groups = _other_word._groups()
    large = sorted(groups, key=lambda g: groups[g][1] - groups[g][0])[-6:]
    lines = [line.partition(" ")[0] for g in large
             for line in _DICTIONARY[groups[g][0]:groups[g][1]].splitlines()]
    assert len(lines) > 10_000
    rng = random.Random(16)
    words = [lines[0], lines[-1], *rng.sample(lines, 600)]
    words = [w.partition("(")[0] for w in words]
    words += [w[:-1] for w in words] + [w + "s" for w in words] + [w + "zz" for w in words]
    for word in words:
        if word[:2] in groups:
            assert _other_word.pronunciation.__wrapped__(word) == _plain_pronunciation(word), word
    assert _other_word.pronunciation.__wrapped__("comfortable") is not None


_EDGE_WORDS = ["kettle", "on", "lights", "off", "gobbly", "gobbly", "house", "love", "please",
               "hey", "there", "right", "so", "cheers", "the", "my", "time", "movie", "night",
               "ta", "morning", "mate", "in", "2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EDGE_WORDS), st.booleans(), st.booleans()),
                max_size=8),
       st.booleans())
@example([("gobbly", False, False), ("gobbly", False, False), ("kettle", False, False),
          ("on", False, False)], False)
@example([("kettle", False, False), ("on", False, True), ("gobbly", False, False)], True)
@example([("hey", False, False), ("gobbly", False, False), ("lights", False, False),
          ("off", False, False)], False)
def test_edge_words_unread_without_a_mark_are_those_read(
        said: list[tuple[str, bool, bool]], capital_last: bool) -> None:
    """:func:`_carriers.edge_words` left as it is without a pause, a word said twice first
    or a word that marks a call: the same as read word by word (a lexicon whose every
    word marks a call never takes the shortcut)."""
    lexicon = default_lexicon()
    toks = [w for w, _, _ in said]
    free = [f and w in ("please", "so", "right") for w, f, _ in said]
    for breaks in (frozenset(), frozenset(k for k, (_, _, b) in enumerate(said) if b)):
        every = dataclasses.replace(lexicon)
        every.__dict__["call_markers"] = frozenset(toks)
        args = (toks, free, breaks)
        taught = {"kettle", "on", "lights", "off", "movie", "night", "time", "right"}.__contains__

        def name(w: str, strict: bool = False) -> bool:
            return w in ("gobbly", "morning")

        def whole(ws: Sequence[str]) -> bool:
            return tuple(ws) in {("kettle", "on"), ("lights", "off"), ("movie", "night")}

        assert _carriers.edge_words(*args, lexicon, taught, name, capital_last, whole) == \
            _carriers.edge_words(*args, every, taught, name, capital_last, whole)


_FORMS = ["sleeping", "coming", "heating", "kettles", "reading", "garage", "sleepinc",
          "cooking", "lighting", "readings", "cafés", "downstairs"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_FORMS), st.integers(0, 12), st.sampled_from("aegkz1éA"),
       st.sampled_from(("change", "drop", "add", "same")))
@example("sleeping", 7, "k", "change")
@example("sleeping", 0, "b", "change")
@example("cafés", 4, "z", "add")
def test_a_word_one_letter_from_a_form_is_found_among_those_of_its_start(
        form: str, at: int, letter: str, change: str) -> None:
    """:class:`_misheard_form.FormsByStart` finds what every letter tried in every place
    finds (:func:`_misheard_form.one_letter_from`)."""
    k = at % (len(form) + 1)
    word = {"change": form[:k] + letter + form[k + 1:], "drop": form[:k] + form[k + 1:],
            "add": form[:k] + letter + form[k:], "same": form}[change]
    assert _misheard_form.FormsByStart(_FORMS).one_letter_from(word) == \
        _misheard_form.one_letter_from(word, frozenset(_FORMS))
