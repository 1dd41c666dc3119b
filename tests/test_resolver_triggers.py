"""A reader's trigger (:mod:`_trigger`) holds whenever its cue does: a reader left unasked
because its trigger is not met could not have fired, so the triggers change no answer."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import (
    _apposed,
    _mentioned_text,
    _named_after_noun,
    _planned,
    _pointed_back_unmarked,
    _said_as_name,
    _split_phrase,
    _sung,
    _words_of_others,
)
from teachapp.understanding._taken_back import READERS, Row, taken_back
from teachapp.understanding._trigger import Trigger, runs_of
from teachapp.understanding.normalize import default_lexicon

GATED = [row for row in READERS if row.trigger is not None]


def _literals(*patterns: re.Pattern[str]) -> list[str]:
    """The letter runs a cue's pattern spells (its words and their pieces)."""
    return sorted({w for p in patterns for w in re.findall(r"[a-z]+", p.pattern) if len(w) > 1})


FRAGMENTS = [*_literals(_sung.CUE, _planned.CUE, _mentioned_text._CUE, _mentioned_text._AS,
                        _pointed_back_unmarked._CUE, _said_as_name._CUE, _named_after_noun._CUE,
                        _words_of_others._CUE, _split_phrase._CUE, _apposed._CUE),
             "shouldn't", "e-mail", "no one", "it's", "we're", "known as", "ies", "es",
             "i", "we", "the", "a", "s", "x", "ing", "ed", "lights", "on", "movie", "night"]
GLUE = st.sampled_from([" ", " ", " ", "", ", ", ". ", "? ", "-", "'", "_", " - ", "  "])
TEXTS = st.lists(st.tuples(st.sampled_from(FRAGMENTS), GLUE), max_size=9).map(
    lambda parts: "".join(f + g for f, g in parts))


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_every_trigger_holds_whenever_its_cue_does(low: str) -> None:
    runs = runs_of(low)
    for row in GATED:
        assert row.trigger is not None
        if row.cue(low):
            assert row.trigger.met(runs), (row.cue.__name__, low)


def test_every_trigger_holds_for_each_word_of_its_cue_alone_and_inflected() -> None:
    for fragment in FRAGMENTS:
        stemmed = fragment[:-1] if fragment.endswith("y") else fragment
        for low in (fragment, fragment + "s", fragment + "es", stemmed + "ies",
                    fragment + "ing", "x " + fragment + " x", "x" + fragment, fragment + "x",
                    f"a {fragment}, {fragment} a", f"ba {fragment}"):
            runs = runs_of(low)
            for row in GATED:
                assert row.trigger is not None
                assert not row.cue(low) or row.trigger.met(runs), (row.cue.__name__, low)


def test_the_triggers_hold_on_the_cues_own_examples() -> None:
    said = ["la la la, lock up, that's the chorus", "tra-la la lights on", "lalala lights on",
            "jobs for next week, lock up", "tomorrow: movie night", "the sunday roast, x",
            "i'll caption this, lock up", "am i warm? lock up", "tagged it as the password",
            "the banner read movie night", "that goes lights on", "doodoo lock up",
            "fa la la, tea time", "sing along, tv time", "the singsong of it"]
    for low in said:
        heard = [row for row in GATED if row.cue(low)]
        assert heard, low  # (each is some gated row's cue)
        assert all(row.trigger is not None and row.trigger.met(runs_of(low))
                   for row in heard)


def test_a_trigger_is_met_by_a_whole_word_a_start_an_end_or_a_piece() -> None:
    trigger = Trigger(words=frozenset({"la"}), starts=("capt",), ends=("song",),
                      pieces=("lullaby",))
    for low, met in [("la la", True), ("lala", False), ("a caption", True),
                     ("escapt", False), ("the folksong", True), ("songs", False),
                     ("mylullabyland", True), ("lights on", False)]:
        assert trigger.met(runs_of(low)) is met, low
    assert (Trigger(words=frozenset({"x"})) | Trigger(pieces=("yz",))).met(runs_of("ayzb"))


def test_a_reader_whose_trigger_is_not_met_is_not_asked_and_an_ungated_one_is() -> None:
    asked: list[str] = []

    def cue(low: str) -> bool:
        asked.append(low)
        return True

    def found(read: object) -> bool:
        return True

    readers = (Row(cue, found, "hypothetical", Trigger(words=frozenset({"chorus"}))),
               Row(cue, found, "opinion"))
    lex = default_lexicon()
    assert taken_back("lock up please", lex, "lock up", lambda w: False, readers) == "opinion"
    assert asked == ["lock up please"]  # (only the ungated row's cue)
    assert taken_back("lock up, the chorus", lex, "lock up", lambda w: False,
                      readers) == "hypothetical"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="abcé z_9,.'-\t", max_size=30))
def test_the_runs_are_those_a_scan_for_word_characters_finds(low: str) -> None:
    assert runs_of(low) == frozenset(re.findall(r"\w+", low))


def test_a_trigger_answers_a_run_met_again_as_the_first_time() -> None:
    trigger = Trigger(ends=("song",))
    for _ in range(2):
        assert trigger.met(runs_of("a folksong"))
        assert not trigger.met(runs_of("a songbird"))


def test_a_trigger_of_other_characters_than_a_word_holds_is_refused() -> None:
    try:
        Trigger(pieces=("am i",))
    except ValueError as error:
        assert "'am i'" in str(error)
    else:
        raise AssertionError("a trigger with a space was made")
