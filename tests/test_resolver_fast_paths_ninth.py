"""The ninth round of the fast paths, each against the plain version it replaces: a word
run together from taught words broken start by start, only from the starts some parts
reach (:meth:`Repairer._word_break`); a word's pronunciation found in C among the
dictionary's lines of its first two letters (:func:`_other_word.pronunciation`); and a new
word's sound key, its sounds written twice and its letters as bits, each made in C rather
than letter by letter (:func:`phonetic.phonetic_key`, :func:`_spoken.compared`,
:meth:`LetterMasks._mask`)."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _other_word, _spoken, phonetic
from teachapp.understanding._letters import LetterMasks
from teachapp.understanding._repair import Repairer
from teachapp.understanding._words import stem

VOCAB = ["start", "the", "movie", "mov", "ie", "sun", "set", "sunset", "kit", "chen",
         "kitchen", "light", "on", "off", "1", "bath", "time", "bathtime", "a", "ab", "ba", "aba", "bab", "abab"]
PARTS = ("start", "the", "movie", "sun", "set", "kit", "chen", "lights", "on", "off", "one",
         "bath", "time", "a", "b", "ab", "x", "ing")


def plain_word_break(repairer: Repairer, word: str) -> list[str] | None:
    """Repairer._word_break as it was: every end, and every start before it."""
    vocab = repairer._ids
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 20), end - 1):
            prefix = best[start]
            if prefix is None:
                continue
            part = repairer._numbers.get(word[start:end]) or stem(word[start:end])
            if part in vocab and (best[end] is None or len(prefix) + 1 < len(best[end])):
                best[end] = [*prefix, part]
    found = best[len(word)]
    return found if found and len(found) > 1 else None


_REPAIRER = Repairer(VOCAB, 0.85, {"one": "1"})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=8).map("".join))
@example("ababab")  # (three breaks of two parts: the first found is kept)
@example("startthemovie")
@example("sunsetbathtime")
@example("abababababababababababa")  # (parts of more than twenty letters' reach)
def test_word_breaks_found_as_every_end_tried(word: str) -> None:
    assert _REPAIRER._word_break(word) == plain_word_break(_REPAIRER, word)


_DICTIONARY = _other_word._dictionary()
_KEYS = [line.partition(" ")[0] for line in _DICTIONARY.splitlines()]
pytestmark = pytest.mark.skipif(not _DICTIONARY, reason="PocketSphinx's dictionary absent")


def test_pronunciations_found_as_by_halves() -> None:
    """Every thousandth word of the dictionary, numbered or not, its first and its last
    (and a letter more or less), found in its group's lines as by halves."""
    rng = random.Random(14)
    words = [_KEYS[0], _KEYS[-1], *rng.sample(_KEYS, 130)]
    words += [w.partition("(")[0] for w in words] + [w[:-1] for w in words]
    words += [w + "s" for w in words]
    for word in words:
        assert _other_word.pronunciation.__wrapped__(word) == _other_word._halved(
            _DICTIONARY, word), word


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcxyz'(2) \n", max_size=6))
@example("a")
@example("")
@example("a(2)")
@example("zz")
def test_made_up_words_found_as_by_halves(word: str) -> None:
    assert _other_word.pronunciation.__wrapped__(word) == _other_word._halved(_DICTIONARY,
                                                                               word)


def plain_phonetic_key(word: str) -> str:
    """phonetic_key as it was: the rewrites, then letter by letter."""
    word = word.lower()
    if not word:
        return ""
    if word.isdigit():
        return word
    word = phonetic._first_letter_rule(word)
    for pattern, repl in phonetic._REWRITES:  # (every rewrite run, none passed over)
        word = pattern.sub(repl, word)
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch in "aeiouy" or ch in "wh":
            if i == 0 and ch in "aeiouy":
                out.append("a")
            elif i == 0 and ch == "w":
                out.append("w")
            continue
        code = ch.translate(phonetic._CLASSES)
        if code == ch and ch not in set("0lmnrptkfsx"):
            continue
        if out and out[-1] == code:
            continue
        out.append(code)
    return "".join(out)


def plain_compared(word: str) -> str:
    """_spoken.compared as it was: sound by sound."""
    sounds = _spoken.spoken(word)
    out = "".join(ch + ch if ch not in _spoken._CLASS and ch not in "lrwy" else
                  _spoken._CLASS.get(ch, ch.upper()) + ch for ch in sounds)
    end = len(sounds) - 1
    if end > 0 and sounds[end] in "sz":
        end -= 1
    if end >= 0 and sounds[end] in _spoken._STOPS:
        at = 2 * end
        out = out[:at] + _spoken._FINAL_STOP + out[at + 1:]
    return out


def plain_mask(masks: LetterMasks, word: str) -> int:
    mask = 0
    for ch in word:
        mask |= masks._bit.get(ch, 0)
    return mask


_MASKS = LetterMasks([w for w in dict.fromkeys(k.partition("(")[0] for k in _KEYS[::997])])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghkloqrstuwxyz0'é- ", max_size=9))
@example("gh")  # (rewritten to nothing)
@example("whistle")
@example("yacht")
@example("ough")
@example("")
def test_new_words_keyed_as_letter_by_letter(word: str) -> None:
    assert _MASKS.usable
    assert phonetic.phonetic_key.__wrapped__(word) == plain_phonetic_key(word)
    assert _spoken.compared.__wrapped__(word) == plain_compared(word)
    assert _MASKS._mask(word) == plain_mask(_MASKS, word)


def test_dictionary_words_keyed_as_letter_by_letter() -> None:
    for key in _KEYS[::300]:
        word = key.partition("(")[0]
        assert phonetic.phonetic_key.__wrapped__(word) == plain_phonetic_key(word), word
        assert _spoken.compared.__wrapped__(word) == plain_compared(word), word
        assert _MASKS._mask(word) == plain_mask(_MASKS, word), word
