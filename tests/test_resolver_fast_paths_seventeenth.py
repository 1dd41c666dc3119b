"""Less Python work per utterance, the same answers: the readers that may take a run back
gone through as the rows whose triggers the utterance meets (:func:`_taken_back._asked`),
not row by row testing each bit; a heard word that meets no word of a phrase passed over
by one test when a phrase is read (:func:`reading._align`); the free words of a word list
found in one pass over its words (:func:`normalize._free_mask`); a sound rewrite passed over
when a word holds none of the texts its alternatives need (:func:`_required.needing`)."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import (
    _name_sounds,
    _other_word,
    _spoken,
    _taken_back,
    normalize,
    phonetic,
    reading,
)
from teachapp.understanding._carriers import CARRIER_RANK
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._taken_back import READERS, Row, taken_back
from teachapp.understanding._trigger import runs_of
from teachapp.understanding.normalize import Lexicon, default_lexicon

SENTENCES = (
    "lock up", "lock up next week", "lock up la la la", "could you lock up?",
    "my sister said lock up", "a caption that says lock up", "lock up, just joking",
    "do you want me to lock up", "lock up or something else", "tv time then lock up",
    "the song called lock up", "lock up at midnight", "um so lock up please",
    "lock up, and the kids are asleep", "if i say lock up what happens",
)


def _taught(word: str) -> bool:
    return word in {"lock", "up", "tv", "time"}


def _plain(runs: frozenset[str], readers: tuple[Row, ...]) -> tuple[Row, ...]:
    """Every row asked whose trigger is None or met, row by row."""
    return tuple(row for row in readers if row.trigger is None or row.trigger.met(runs))


def test_the_rows_asked_are_those_whose_trigger_is_met_or_none() -> None:
    for text in SENTENCES:
        runs = runs_of(text.lower())
        assert _taken_back._asked(READERS, runs) == _plain(runs, READERS), text
        # (kept by the bits met: asked again, the same rows)
        assert _taken_back._asked(READERS, runs) == _plain(runs, READERS), text


def test_readers_of_ones_own_are_asked_as_the_table() -> None:
    mine = READERS[1:6]
    for text in SENTENCES:
        runs = runs_of(text.lower())
        assert _taken_back._asked(mine, runs) == _plain(runs, mine), text


def test_taken_back_gives_the_reason_of_the_first_row_asked_that_takes_it_back() -> None:
    lexicon = default_lexicon()
    for text in SENTENCES:
        low = text.lower()
        expected = None
        for row in _plain(runs_of(low), READERS):
            if row.cue(low):
                found = row.reader(RunRead(text, lexicon, "lock up", _taught, low))
                if found:
                    expected = found if isinstance(found, str) else row.reason
                    break
        assert taken_back(text, lexicon, "lock up", _taught) == expected, text


def _plain_align(grid: list[list[float]], free: list[bool],
                 taught_free: list[bool]) -> dict[int, tuple[int, float]]:
    """Greedy one-to-one alignment, every cell looked at (the carrier keys of
    :func:`reading._align`)."""
    pairs = sorted(((v * CARRIER_RANK if free[i] and v >= 1.0 and not taught_free[j] else v,
                     v, i, j) for i, row in enumerate(grid) for j, v in enumerate(row)
                    if v >= reading.EXPLAINED), reverse=True)
    out: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for _, v, i, j in pairs:
        if i not in out and j not in used:
            used.add(j)
            out[i] = (j, v)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([0.0, 0.1, 0.19, 0.2, 0.5, 0.95, 1.0]),
                         min_size=3, max_size=3), min_size=0, max_size=6),
       st.lists(st.booleans(), min_size=6, max_size=6),
       st.lists(st.booleans(), min_size=3, max_size=3))
def test_align_passing_over_words_that_meet_nothing_is_the_plain_align(
        grid: list[list[float]], free: list[bool], taught_free: list[bool]) -> None:
    assert reading._align(grid, free[:len(grid)], taught_free) == _plain_align(
        grid, free[:len(grid)], taught_free)


def test_align_of_a_phrase_of_no_words() -> None:
    assert reading._align([[], []], [False, True], []) == {}


def _plain_free_mask(toks: list[str], lex: Lexicon) -> list[bool]:
    """:func:`normalize._free_mask` as it was written before, word by word with an index."""
    free, lengths_of = lex.free_phrases, lex.free_lengths
    mask = [False] * len(toks)
    i = 0
    while i < len(toks):
        lengths = lengths_of.get(toks[i])
        if lengths is None:
            if (not toks[i].strip(normalize._HESITANT_LETTERS)
                    and normalize._HESITANT.fullmatch(toks[i])
                    and normalize._drawn_out(toks[i], lex)):
                mask[i] = True
            i += 1
            continue
        for size in lengths:
            if i + size <= len(toks) and tuple(toks[i:i + size]) in free:
                for j in range(i, i + size):
                    mask[j] = True
                break
        i += 1
    if not normalize._OPERATORS.isdisjoint(toks):
        normalize._asking(toks, mask, lex)
    if "soon" in toks:
        normalize._timed(toks, mask)
    if any(mask) and not normalize._ADDRESS_DETERMINERS.isdisjoint(toks):
        normalize.address_modifiers(toks, mask, lex.addressees, lex.endearments, lex.courtesy)
    return mask


def test_free_mask_in_one_pass_is_the_plain_free_mask() -> None:
    lexicon = default_lexicon()
    rng = random.Random(17)
    words = ["please", "could", "you", "um", "ummm", "errr", "turn", "on", "the", "lights",
             "hey", "cooking", "mode", "double", "do", "we", "as", "soon", "thank", "card"]
    for _ in range(400):
        toks = [rng.choice(words) for _ in range(rng.randint(0, 8))]
        assert normalize._free_mask(list(toks), lexicon) == _plain_free_mask(toks, lexicon), toks
    assert normalize._free_mask(["um", "lights"], lexicon) == [True, False]


def _rewritten(word: str, table: tuple[tuple[re.Pattern[str], str, str, tuple[str, ...] | None], ...]
               ) -> str:
    for pattern, repl, needs, more in table:
        if needs in word and (more is None or any(text in word for text in more)):
            word = pattern.sub(repl, word)
    return word


def _all_run(word: str, rewrites: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in rewrites:
        word = pattern.sub(repl, word)
    return word


def test_rewrites_passed_over_by_their_alternatives_texts_rewrite_as_all_run() -> None:
    """A sound rewrite not run on a word holding none of its alternatives' texts
    (:func:`_required.needing`) leaves every word as running every rewrite does: words of
    the pronouncing dictionary and made-up ones."""
    dictionary = _other_word._dictionary()
    rng = random.Random(56)
    words = [line.split(" ", 1)[0] for line in dictionary.split("\n")[::20] if line]
    words += ["".join(rng.choice("aeiouybcdghklnrstwx") for _ in range(rng.randint(1, 9)))
              for _ in range(4000)]
    for word in words:
        for table, rewrites in ((_spoken._REWRITES_NEEDS, _spoken._REWRITES),
                                (phonetic._REWRITES_NEEDS, phonetic._REWRITES),
                                (_name_sounds._SPELLINGS_NEEDS,
                                 _name_sounds._CONSONANT_SPELLINGS)):
            assert _rewritten(word, table) == _all_run(word, rewrites), word
