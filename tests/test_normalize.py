"""Each normalisation rule, the user lexicon merge, and that no text makes it raise."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teachapp.understanding.normalize import (
    default_lexicon,
    free_mask,
    heard_as_taught,
    is_function_word,
    load_lexicon,
    normalise,
    reload_lexicon,
    strip_free_words,
    tokens,
    words_to_digits,
)


def test_case_and_punctuation_are_dropped() -> None:
    assert normalise("Reading MODE!?") == "reading mode"
    assert normalise("  movie,   night.  ") == "movie night"


def test_hyphens_and_underscores_separate_words() -> None:
    assert normalise("Reading-Mode") == "reading mode"
    assert normalise("wi-fi_off") == "wi fi off"


def test_accents_are_folded() -> None:
    assert normalise("Café Noir") == "cafe noir"


@pytest.mark.parametrize(("text", "expected"), [
    ("it's time for bed", "it is time for bed"),
    ("it\u2019s time for bed", "it is time for bed"),
    ("its time for bed", "it is time for bed"),
    ("I'm home", "i am home"),
    ("im home", "i am home"),
    ("let's party", "let us party"),
    ("don't stop", "do not stop"),
    ("we'll see", "we will see"),
    ("they've gone", "they have gone"),
    ("mom's room", "moms room"),
])
def test_contractions_are_expanded(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("lights to fifty", "lights to 50"),
    ("lights to 50", "lights to 50"),
    ("twenty five percent", "25 percent"),
    ("25%", "25 percent"),
    ("one hundred and five", "105"),
    ("two thousand three hundred", "2300"),
    ("one two three", "1 2 3"),
    ("hundred", "100"),
    ("2.5 hours", "2.5 hours"),
    ("2,700 K", "2700 k"),  # thousands grouped: one number
    ("1,000,000", "1000000"),
    ("lights 1,2 and 3", "lights 1 2 and 3"),  # not a grouping: two numbers
    ("at 7, 30 people", "at 7 30 people"),
])
def test_numbers_as_words_and_digits_meet(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_words_to_digits_leaves_other_words() -> None:
    assert words_to_digits(["set", "to", "twenty", "one", "now"]) == ["set", "to", "21", "now"]


def test_free_mask_marks_wake_words_fillers_and_carriers() -> None:
    toks = tokens("alexa um switch to reading mode please")
    assert toks == ["alexa", "um", "switch", "to", "reading", "mode", "please"]
    assert free_mask(toks) == [True, True, True, True, False, False, True]


def test_multi_word_carrier_after_contraction() -> None:
    assert strip_free_words("it's time for movie night") == "movie night"
    assert strip_free_words("hey google turn on party mode") == "party mode"


def test_phrase_made_only_of_free_words_is_kept_whole() -> None:
    assert strip_free_words("start") == "start"


def test_function_words() -> None:
    assert is_function_word("the")
    assert not is_function_word("lamp")


def test_empty_and_symbol_only_text() -> None:
    assert normalise("") == ""
    assert normalise("?!...") == ""
    assert tokens("") == []


def test_user_lexicon_extends_and_removes(tmp_path) -> None:
    user = tmp_path / "lexicon.yaml"
    user.write_text("wake_words: [hey robot]\ncarriers: [engage]\n"
                    "contractions: {\"y'all\": you all}\n"
                    "numbers: {units: {dozen: 12}}\nremove: {carriers: [play]}\n")
    lex = load_lexicon(user)
    assert strip_free_words("hey robot engage party mode", lex) == "party mode"
    assert normalise("y'all a dozen", lex) == "you all a 12"
    assert free_mask(["play"], lex) == [False]
    assert free_mask(["play"], load_lexicon(tmp_path / "missing.yaml")) == [True]


def test_a_user_lexicon_leaves_the_bundled_words_as_they_were(tmp_path) -> None:
    # The bundled file is parsed once per process and shared; a user's numbers and
    # concepts extend a copy of it, so the next lexicon without them is the bundled one.
    user = tmp_path / "lexicon.yaml"
    user.write_text("numbers: {units: {dozen: 12}}\nconcepts: {light: [glowstick]}\n")
    assert normalise("a dozen", load_lexicon(user)) == "a 12"
    bundled = load_lexicon(tmp_path / "missing.yaml")
    assert normalise("a dozen", bundled) == "a dozen"
    assert "glowstick" not in bundled.concepts["light"]


def test_bundled_concepts_group_words_that_mean_the_same() -> None:
    groups = default_lexicon().concepts
    assert {"dim", "lower", "darker"} <= groups["dimmer"]
    assert {"off", "kill"} <= groups["switch_off"]   # quoted in YAML, not read as false
    assert "on" in groups["switch_on"]
    assert all(isinstance(w, str) and w for words in groups.values() for w in words)


def test_user_lexicon_extends_and_removes_concepts(tmp_path) -> None:
    user = tmp_path / "lexicon.yaml"
    user.write_text("concepts: {coffee: [Ristretto], snack: [crisps, chips]}\n"
                    "remove: {concepts: [tea]}\n")
    lex = load_lexicon(user)
    assert {"espresso", "ristretto"} <= lex.concepts["coffee"]
    assert lex.concepts["snack"] == frozenset({"crisps", "chips"})
    assert "tea" not in lex.concepts


def test_user_lexicon_extends_and_removes_cues_and_opposites(tmp_path) -> None:
    user = tmp_path / "lexicon.yaml"
    user.write_text("cues: {cancellation: [scrap that], reported: [reckons]}\n"
                    "leading_cues: {state_question: [any chance]}\n"
                    "opposites: [[coffee, tea]]\n"
                    "remove: {cues: [past]}\n")
    lex = load_lexicon(user)
    bundled = load_lexicon(tmp_path / "missing.yaml")
    assert ("scrap", "that") in lex.cues["cancellation"]
    assert ("cancel",) in lex.cues["cancellation"]
    assert ("reckons",) in lex.cues["reported"]
    assert ("any", "chance") in lex.leading_cues["state_question"]
    assert "past" not in lex.cues and "past" in bundled.cues
    assert ("coffee", "tea") in lex.opposites
    assert set(bundled.opposites) <= set(lex.opposites)


@pytest.mark.parametrize("content", [
    "cues: [cancel]\n",                # a list, not reasons
    "cues: {negation: nope}\n",        # a reason that is not a list
    "opposites: [[on]]\n",             # not a pair
    "concepts: [dim, lower]\n",        # a list, not named groups
    "concepts: {dim: lower}\n",        # a group that is not a list
    "carriers: [unclosed",            # broken YAML
    "- just\n- a list\n",              # wrong top level
    "carriers: {a: 1}\n",              # wrong section type
    "numbers: {units: {ten: many}}\n", # not a number
    "remove: {nonsense: [x]}\n",       # unknown section
])
def test_broken_user_lexicon_is_logged_and_ignored(tmp_path, caplog, content: str) -> None:
    user = tmp_path / "lexicon.yaml"
    user.write_text(content)
    with caplog.at_level(logging.WARNING):
        lex = load_lexicon(user)
    assert "Ignoring the user lexicon" in caplog.text
    assert lex.carriers == load_lexicon(tmp_path / "missing.yaml").carriers


def test_user_lexicon_in_config_dir_is_merged(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TEACHAPP_CONFIG_DIR", str(tmp_path))
    (tmp_path / "lexicon.yaml").write_text("wake_words: [zork]\n")
    try:
        assert free_mask(["zork"], reload_lexicon()) == [True]
    finally:
        monkeypatch.setenv("TEACHAPP_CONFIG_DIR", str(tmp_path / "empty"))
        reload_lexicon()
    assert free_mask(["zork"], default_lexicon()) == [False]


@given(st.text(max_size=200))
def test_normalise_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert isinstance(once, str)
    assert normalise(once) == once
    assert once == once.strip() and "  " not in once


def test_a_transcript_is_the_phrase_itself_only_word_for_word() -> None:
    assert heard_as_taught("alexa night light please", "night light")
    assert heard_as_taught("nightlight", "night light")  # a compound joined or apart
    assert heard_as_taught("night light", "nightlight")
    assert not heard_as_taught("night lights off", "night light")
    assert not heard_as_taught("turn off lights in the office",
                               "turn off all of the lights in the office")
    # an article never changes the request ("alexa, the baby's hungry, please")
    assert heard_as_taught("alexa the baby's hungry please", "baby's hungry")
    assert heard_as_taught("kettle on", "put the kettle on") is False
    assert not heard_as_taught("all the lights off", "lights off")
    # a carrier word the phrase holds is a word of it ("run" in "school run")
    assert not heard_as_taught("school", "school run")
    assert not heard_as_taught("lights", "turn on the lights")
    assert heard_as_taught("alexa school run please", "school run")


def test_a_phrasal_verbs_particle_after_the_phrase_is_the_same_request() -> None:
    """"turn reading mode on" is "turn on reading mode": the carrier's particle said
    after its object (a transcript runs the phrase, not a "did you mean")."""
    assert heard_as_taught("switch reading mode on", "reading mode")
    assert heard_as_taught("hey could you put the reading mode on for me", "reading mode")
    assert heard_as_taught("fire movie night up please", "movie night")
    assert heard_as_taught("put on the kettle", "put the kettle on")  # either side
    # the particle of no carrier, or other words between, is no such request
    assert not heard_as_taught("turn movie night off", "movie night")
    assert not heard_as_taught("turn reading mode and the tv on", "reading mode")
    assert not heard_as_taught("put the reading lamp on", "reading mode")
    assert not heard_as_taught("kettle on", "put the kettle on")
