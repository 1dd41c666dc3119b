"""The seventh held-out set of benchmarks/resolver.py (benchmarks/_resolver_seventh.py) is
well formed, and its labels hold: noisy and wrapped cases keep every content word of
their phrase and say no other routine's, no out-of-scope case is a taught phrase
(wrapped in the new wrappers, in synonyms, or a request for the same thing), fragments
are proper parts of taught phrases, and its dataset sentences are ones no other split
uses. Only the data is checked here: the set is run once, by the lead, on the final
resolver, and no test here asks the resolver anything.

Checks every held-out set shares (this one's among them) are one test over the sets
in tests/test_resolver_blind_sets.py; this file keeps the set's own."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _blind_set_checks import built_home, set_homes  # noqa: E402
from _resolver_data import (  # noqa: E402
    AMBIGUOUS,
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_fifth import (  # noqa: E402
    FIFTH_ROUTINES,
)
from _resolver_seventh import (  # noqa: E402
    DEVICES,
    FRAMES,
    PLACES,
    SEEDS,
    SEVENTH_IN_SCOPE,
    SEVENTH_KINDS,
    WRAPPED_KINDS,
    WRAPPED_OUT,
    used_texts,
)
from _resolver_seventh_labels import (  # noqa: E402
    Taught,
    canon,
    content,
    noisy_ok,
    said_as,
    wrap_ok,
)
from _resolver_seventh_text import (  # noqa: E402
    FRAGMENT_NEW_WRAPPERS,
    FRAGMENT_WRAPPERS,
    HOMES,
    OOS_WRAPPERS,
    SEVENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_sixth_text import SIXTH_ROUTINES  # noqa: E402
from _resolver_sixth_text import UNTAUGHT_ROUTINES as SIXTH_UNTAUGHT  # noqa: E402
from _resolver_templates import (  # noqa: E402
    FOURTH_ROUTINES,
    FRESH_ROUTINES,
    HELD_OUT_ROUTINES,
    THIRD_ROUTINES,
)

REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)",
              FRAMES}
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the seventh set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")


@pytest.fixture(scope="module")
def homes() -> dict:
    return set_homes("seventh", tuple(SEEDS))  # (built once per run)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _phrases_of(home) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p, r in home.phrases:
        out.setdefault(r, []).append(p)
    return out


def test_every_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(SEVENTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 70 and kinds["noisy"] >= 280
        assert all(kinds[k] >= 70 for k in SEVENTH_IN_SCOPE), kinds
        assert kinds["fragment"] >= 80 and kinds[WRAPPED_OUT["fragment"]] >= 80
        assert kinds["held-out routine"] >= 120


def test_no_out_of_scope_case_is_a_taught_phrase_or_its_synonym(homes):
    for home in homes.values():
        taught = Taught(home.phrases)
        words = {_words(p) for p, _ in home.phrases}
        for case in home.cases:
            if case.routine is None:
                assert said_as(case.utterance) not in taught.said, case
                assert _words(case.utterance) not in words, case
                assert canon(case.utterance) not in taught.canons, case


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("yard lights on", "Yard"), ("feed bess", "Bess"),
                     ("hen house door", "Hens"), ("cinema mode", "Cinema"),
                     ("wake up the house", "Morning")])
    for text in ("jarvis, yard lights on", "yard lights on, friday", "um, like, feed bess",
                 "feed bess, you know", "be a dear and feed bess", "feed bess ta, house",
                 "would you mind feed bess", "house, feed bess", "kindly feed bess, computer",
                 "film mode", "cinema mode again", "feed bess for me, jarvis",
                 "yard light on if you please", "wake up the house, house"):
        assert taught.is_phrase(text), text
    for text in ("jarvis, don't feed bess", "feed rex", "yard lights off, nora",
                 "hen door", "wake up the barn", "cancel cinema mode, cheers"):
        assert not taught.is_phrase(text), text
    assert "house" in canon("hen house door")


def test_held_out_routines_include_near_siblings(homes):
    for seed, home in homes.items():
        held = {_words(c.utterance) for c in home.cases
                if c.kind in ("held-out routine", WRAPPED_OUT["held-out routine"])}
        untaught = {p for ps in UNTAUGHT[HOMES[seed]].values() for p in ps}
        assert len(untaught & held) >= 8, untaught & held
        taught_words = set().union(*(content(p) for p, _ in home.phrases))
        sharing = [u for u in held if content(u) & taught_words - {"on", "off", "all"}]
        assert len(sharing) >= 60, len(sharing)


def test_wrapped_phrases_say_their_phrase_exactly_and_no_other(homes):
    for home in homes.values():
        by_routine = _phrases_of(home)
        for case in home.cases:
            if case.kind in SEVENTH_IN_SCOPE:
                said = f" {_words(case.utterance)} "
                mine = [p for p in by_routine[case.routine] if f" {p} " in said]
                assert mine and _words(case.utterance) not in mine, case
                assert any(wrap_ok(case.utterance, p, case.routine, home.phrases)
                           for p in mine), case


def test_wrapped_phrases_are_in_their_kind_of_wrapper(homes):
    for home in homes.values():
        for case in home.cases:
            for kind, name in WRAPPED_KINDS.items():
                if case.kind == name:
                    phrase = next(p for p, r in home.phrases if r == case.routine
                                  and f" {p} " in f" {_words(case.utterance)} ")
                    assert any(_fills(case.utterance, w, phrase) for w in WRAPPERS[kind]), case


def _fills(text: str, template: str, phrase: str) -> bool:
    toks = phrase.split()
    head = " ".join(toks[: max(1, len(toks) // 2)])
    return text == template.format(phrase, p=phrase, h=head)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("fan speed 2", "Fan 2"), ("fan on", "Fan"), ("yard lights on", "Yard"),
            ("lights on", "Lights on"), ("cool the house", "Cool"), ("cool the", "Odd")]
    assert wrap_ok("jarvis, yard lights on", "yard lights on", "Yard", home)
    assert not wrap_ok("go on then, fan speed 2", "fan speed 2", "Fan 2", home)
    assert not wrap_ok("cool the, house", "cool the", "Odd", home)
    assert wrap_ok("fan speed 2, cheers", "fan speed 2", "Fan 2", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("feed the hens", "Hens"), ("fan speed 2", "Fan 2"), ("fan speed 1", "Fan 1"),
            ("tomato lights on", "Tomatoes"), ("quiet for priya", "Priya"),
            ("quiet for tom", "Tom"), ("up at 4", "Early")]
    assert not noisy_ok("feed the geese", "feed the hens", "Hens", home)
    assert not noisy_ok("fan speed 1", "fan speed 2", "Fan 2", home)
    assert not noisy_ok("fan speed 3", "fan speed 2", "Fan 2", home)
    assert not noisy_ok("tomato lights", "tomato lights on", "Tomatoes", home)
    assert not noisy_ok("quiet for grace", "quiet for priya", "Priya", home)
    assert not noisy_ok("up at 5", "up at 4", "Early", home)
    assert noisy_ok("fan speed two", "fan speed 2", "Fan 2", home)
    assert noisy_ok("feed the hence", "feed the hens", "Hens", home)
    assert noisy_ok("quiet forpriya", "quiet for priya", "Priya", home)
    assert noisy_ok("up at four", "up at 4", "Early", home)


def _cores(text: str, wrappers: list[str]) -> list[str]:
    """What a fragment case says inside each wrapper that fits it."""
    out = []
    for wrapper in wrappers:
        if wrapper.count("{}") == 2:
            half = text.partition(", ")[0]
            if text == wrapper.format(half, half):
                out.append(half)
            continue
        before, after = wrapper.split("{}")
        if text.startswith(before) and text.endswith(after) and len(text) > len(wrapper) - 2:
            out.append(text[len(before): len(text) - len(after)])
    return out


def _part(text: str, phrases: list[tuple[str, str]], wrappers: list[str]) -> str | None:
    """The proper part of a taught phrase a fragment case says, inside its wrapper."""
    spaced = [f" {p} " for p, _ in phrases]
    parts = [c for c in _cores(text, wrappers)
             if any(f" {c} " in p and f" {c} " != p for p in spaced)]
    return min(parts, key=len) if parts else None


@pytest.mark.parametrize("kind,wrappers", [("fragment", FRAGMENT_WRAPPERS),
                                           (WRAPPED_OUT["fragment"], FRAGMENT_NEW_WRAPPERS)])
def test_fragments_are_proper_parts_of_taught_phrases(homes, kind, wrappers):
    for home in homes.values():
        taught = Taught(home.phrases)
        fragments = [c for c in home.cases if c.kind == kind]
        parts = [_part(c.utterance, home.phrases, wrappers) for c in fragments]
        for case, part in zip(fragments, parts, strict=True):
            assert part, case
            assert not taught.is_phrase(part) and not taught.holds_phrase(part), case
            assert not taught.holds_phrase(case.utterance), case
        lone = [p for p in parts if " " not in p]
        assert len(lone) >= 40 and len(parts) - len(lone) >= 10, parts


def test_wrapped_out_of_scope_cases_are_in_a_new_wrapper(homes):
    for home in homes.values():
        for case in home.cases:
            if case.kind in (WRAPPED_OUT[k] for k in ("negation", "cancellation",
                                                      "different request")):
                assert any(re.fullmatch(re.escape(w).replace(r"\{\}", ".+"), case.utterance)
                           for w in OOS_WRAPPERS), case


@NEEDS_DATASETS
def test_dataset_sentences_are_ones_no_other_split_uses(homes):
    used = used_texts()
    assert len(used) > 1000
    for home in homes.values():
        taught = Taught(home.phrases)
        for case in home.cases:
            if case.kind in ("real request", "real request, shares a word", AMBIGUOUS, FRAMES):
                assert _words(case.utterance) not in used, case
            if case.kind == FRAMES:
                said = f" {_words(case.utterance)} "
                assert any(f" {w} " in said for w in PLACES | DEVICES), case
                assert not taught.holds_phrase(case.utterance), case


def test_no_other_split_draws_on_the_seventh_pool():
    seventh = {p for home in (*SEVENTH_ROUTINES.values(), *UNTAUGHT.values())
               for ps in home.values() for p in ps}
    for pool in (ROUTINES, HELD_OUT_ROUTINES, FRESH_ROUTINES, THIRD_ROUTINES,
                 FOURTH_ROUTINES, FIFTH_ROUTINES, SIXTH_ROUTINES, SIXTH_UNTAUGHT):
        assert not seventh & {p for ps in pool.values() for p in ps}
    for seed, split in OTHER_SPLITS:
        assert not seventh & {p for p, _ in built_home(seed, split).phrases}


def test_the_benchmark_reports_the_seventh_kinds(capsys):
    # (only the reporting: no resolver is asked anything here)
    import resolver

    outcomes = [("Yard", "run", "Yard", WRAPPED_KINDS["vocative"]),
                ("Yard", "clarify", "Yard", WRAPPED_KINDS["vocative"]),
                (None, "run", "Yard", WRAPPED_OUT["fragment"]),
                (None, "reject", None, FRAMES)]
    summary = resolver._summarise(outcomes)
    assert summary["in_scope"] == 2 and summary["out_of_scope"] == 2
    assert summary["by_kind"][WRAPPED_KINDS["vocative"]]["run_right"] == 50.0
    assert summary["by_kind"][WRAPPED_OUT["fragment"]]["run"] == 100.0
    with pytest.raises(SystemExit):
        resolver.main(["--sets", "no such set"])
    assert "sixth, seventh" in capsys.readouterr().err


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    from _resolver_seventh_heard import lost

    home = [("yard lights on", "Yard"), ("lights on", "Lights on"),
            ("quiet for priya", "Priya"), ("quiet for tom", "Tom"), ("aga on", "Aga"),
            ("fan speed 2", "Fan 2"), ("fan speed 1", "Fan 1")]
    assert lost("yard lights on", "", home, "Yard")
    assert lost("yard lights on", "Lights on.", home, "Yard")
    assert lost("quiet for priya", "Quiet for you.", home, "Priya")
    assert lost("fan speed 2", "Fan speed 1.", home, "Fan 2")
    assert not lost("yard lights on", "Yard lights on.", home, "Yard")
    assert not lost("quiet for priya", "Quiet for Pria.", home, "Priya")
    assert not lost("fan speed 2", "Fan speed two.", home, "Fan 2")
    assert not lost("aga on", "Jarvis, agar on.", home, "Aga")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    from _resolver_seventh_heard import became_phrase

    taught = Taught([("lock the barn", "Barn"), ("aga on", "Aga")])
    assert became_phrase("the barn", "Lock the barn.", taught)
    assert became_phrase("jarvis, don't aga on", "Jarvis, aga on.", taught)
    assert not became_phrase("jarvis, don't aga on", "Jarvis, don't aga on.", taught)
    assert not became_phrase("the barn", "The barn.", taught)


def test_the_heard_file_was_made_from_the_sets_plan():
    import _make_fifth_heard as make

    split = make.SPLITS["seventh"]()
    if not split.heard.exists():
        pytest.skip(f"{split.heard.name} not made")
    if not DATASETS.is_dir():
        pytest.skip("the seventh set's spoken requests include rows of ../shared/datasets, "
                    "which this checkout does not have (set TEACHAPP_DATASETS)")
    items = json.loads(split.heard.read_text(encoding="utf-8"))["items"]
    for seed in split.seeds:
        said = [i["said"] for i in items if i["seed"] == seed and i["source"] == "synthetic"
                and i["engine"] == "whisper tiny.en, command mode"]
        assert said == [p["said"] for p in make._plan(split, seed, False)]
