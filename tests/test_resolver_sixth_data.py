"""The sixth held-out set of benchmarks/resolver.py (benchmarks/_resolver_sixth.py) is
well formed, and its labels hold: noisy cases keep what makes them their phrase, no
out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), fragments are proper parts of taught phrases, and its real sentences are rows
no other split uses. Only the data is checked here: the set is run once, by the lead,
on the final resolver, and no test here asks the resolver anything.

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
    real_out_of_scope,
)
from _resolver_fifth import (  # noqa: E402
    FIFTH_ROUTINES,
    _unused_real,
)
from _resolver_sixth import (  # noqa: E402
    HA_FRAMES,
    POOL,
    SEEDS,
    SIXTH_KINDS,
    Taught,
    canon,
    content,
    new_real_rows,
    noisy_ok,
    said_as,
)
from _resolver_sixth_text import (  # noqa: E402
    FRAGMENT_WRAPPERS,
    SAME_REQUEST,
    SIXTH_ROUTINES,
    UNTAUGHT_ROUTINES,
)
from _resolver_templates import (  # noqa: E402
    FOURTH_ROUTINES,
    FRESH_ROUTINES,
    HELD_OUT_ROUTINES,
    THIRD_ROUTINES,
)

REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)",
              HA_FRAMES}
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"))


@pytest.fixture(scope="module")
def homes() -> dict:
    return set_homes("sixth", tuple(SEEDS))  # (built once per run)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def test_every_out_of_scope_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(SIXTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 70 and kinds["noisy"] >= 280
        # the two kinds the fifth set failed on are the most numerous
        assert kinds["fragment"] >= 100 and kinds["held-out routine"] >= 150


def test_homes_mix_the_sixth_pool_with_the_generic_one(homes):
    for home in homes.values():
        routines = {r for _, r in home.phrases}
        assert len(routines & set(SIXTH_ROUTINES)) == 22 < len(routines)


def test_no_out_of_scope_case_is_a_taught_phrase_or_its_synonym(homes):
    for home in homes.values():
        taught = Taught(home.phrases)
        words = {_words(p) for p, _ in home.phrases}
        for case in home.cases:
            if case.routine is None:
                assert said_as(case.utterance) not in taught.said, case
                assert _words(case.utterance) not in words, case
                assert canon(case.utterance) not in taught.canons, case


def test_the_guards_fold_synonyms_and_wrapping():
    taught = Taught([("start the vacuum", "Cleaning"), ("cozy evening", "Cozy"),
                     ("tv off upstairs", "TV off upstairs")])
    assert taught.is_phrase("start the hoover")
    assert taught.is_phrase("ok computer, start the vacuums please")
    assert taught.is_phrase("cosy evening")
    assert taught.is_phrase("telly off upstairs")
    assert not taught.is_phrase("tv off downstairs")
    assert not taught.is_phrase("start the vacuum tomorrow")


def test_held_out_phrases_never_hold_or_mean_a_taught_one(homes):
    for home in homes.values():
        taught = Taught(home.phrases)
        for case in home.cases:
            if case.kind == "held-out routine":
                assert not taught.holds_phrase(case.utterance), case
                same = {p for g in SAME_REQUEST if _words(case.utterance) in g for p in g}
                assert not same & taught.texts, case


def test_held_out_routines_share_words_with_taught_ones(homes):
    # the hard ones: an untaught sibling of a taught phrase ("kettle off", "nap time
    # for max", "night mode 3")
    for home in homes.values():
        taught_words = set().union(*(content(p) for p, _ in home.phrases))
        held = [c.utterance for c in home.cases if c.kind == "held-out routine"]
        sharing = [u for u in held if content(u) & taught_words - {"on", "off", "all"}]
        assert len(sharing) >= 60, len(sharing)


def test_noisy_cases_keep_their_phrase_and_its_names_and_numbers(homes):
    for home in homes.values():
        by_routine: dict[str, list[str]] = {}
        for p, r in home.phrases:
            by_routine.setdefault(r, []).append(p)
        for case in home.cases:
            if case.kind == "noisy":
                assert any(noisy_ok(case.utterance, p, case.routine, home.phrases)
                           for p in by_routine[case.routine]), case


def test_the_noisy_guard_refuses_leftovers_and_siblings():
    home = [("arm the alarm", "Arm"), ("disarm the alarm", "Disarm"),
            ("feed the cat", "Cat"), ("tv off", "TV off"),
            ("tv off upstairs", "TV off upstairs"), ("nap time for ben", "Ben's nap"),
            ("nap time for ella", "Ella's nap"), ("night mode 2", "Night 2"),
            ("night mode", "Night 1")]
    assert not noisy_ok("the alarm", "arm the alarm", "Arm", home)
    assert not noisy_ok("feed the", "feed the cat", "Cat", home)
    assert not noisy_ok("tv off", "tv off upstairs", "TV off upstairs", home)
    assert not noisy_ok("tv of", "tv off upstairs", "TV off upstairs", home)
    assert not noisy_ok("nap time for max", "nap time for ben", "Ben's nap", home)
    assert not noisy_ok("nap time for", "nap time for ben", "Ben's nap", home)
    assert not noisy_ok("night mode 3", "night mode 2", "Night 2", home)
    assert not noisy_ok("night mode", "night mode 2", "Night 2", home)
    assert noisy_ok("nap time for bin", "nap time for ben", "Ben's nap", home)
    assert noisy_ok("nap dime forben", "nap time for ben", "Ben's nap", home)
    assert noisy_ok("night mood two", "night mode 2", "Night 2", home)
    assert noisy_ok("tv of up stairs", "tv off upstairs", "TV off upstairs", home)
    assert noisy_ok("feed the cut", "feed the cat", "Cat", home)


def _cores(text: str) -> list[str]:
    """What a fragment case says inside each wrapper that fits it."""
    out = []
    for wrapper in FRAGMENT_WRAPPERS:
        before, after = wrapper.split("{}")
        if text.startswith(before) and text.endswith(after) and len(text) > len(wrapper) - 2:
            out.append(text[len(before): len(text) - len(after)])
    return out


def _part(text: str, phrases: list[tuple[str, str]]) -> str | None:
    """The proper part of a taught phrase a fragment case says, inside its wrapper."""
    spaced = [f" {p} " for p, _ in phrases]
    parts = [c for c in _cores(text) if any(f" {c} " in p and f" {c} " != p for p in spaced)]
    return min(parts, key=len) if parts else None


def test_fragments_are_proper_parts_of_taught_phrases(homes):
    for home in homes.values():
        taught = Taught(home.phrases)
        fragments = [c for c in home.cases if c.kind == "fragment"]
        assert len(fragments) >= 100
        for case in fragments:
            part = _part(case.utterance, home.phrases)
            assert part, case
            assert not taught.is_phrase(part) and not taught.holds_phrase(part), case


def test_fragments_are_lone_words_and_phrases_cut_short(homes):
    for home in homes.values():
        parts = [_part(c.utterance, home.phrases) for c in home.cases if c.kind == "fragment"]
        lone = [p for p in parts if " " not in p]
        assert len(lone) >= 60 and len(parts) - len(lone) >= 20, parts


def test_real_rows_are_ones_no_other_split_uses(homes):
    used = {_words(t) for t in real_out_of_scope()} | {_words(t) for t in _unused_real()}
    new = set(new_real_rows())
    if DATASETS.is_dir():
        assert len(new) >= 150
    assert not new & used
    for home in homes.values():
        for case in home.cases:
            if case.kind in ("real request", "real request, shares a word", AMBIGUOUS):
                assert case.utterance in new, case
            if case.kind == HA_FRAMES:
                assert _words(case.utterance) not in used, case


def test_no_other_split_draws_on_the_sixth_pool():
    sixth = {p for ps in (*SIXTH_ROUTINES.values(), *UNTAUGHT_ROUTINES.values()) for p in ps}
    for pool in (ROUTINES, HELD_OUT_ROUTINES, FRESH_ROUTINES, THIRD_ROUTINES,
                 FOURTH_ROUTINES, FIFTH_ROUTINES):
        assert not sixth & {p for ps in pool.values() for p in ps}
    for seed, split in OTHER_SPLITS:
        assert not sixth & {p for p, _ in built_home(seed, split).phrases}


def test_untaught_routines_are_never_taught(homes):
    for home in homes.values():
        assert not {r for _, r in home.phrases} & set(UNTAUGHT_ROUTINES)
        assert {r for _, r in home.phrases} <= set(POOL)


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    from _resolver_sixth_heard import lost

    home = [("tv off", "TV off"), ("tv off upstairs", "TV off upstairs"),
            ("nap time for ben", "Ben's nap"), ("nap time for ella", "Ella's nap"),
            ("kettle on", "Kettle"), ("lights on", "Lights on"), ("printer on", "Printer")]
    assert lost("tv off upstairs", "", home, "TV off upstairs")
    assert lost("tv off upstairs", "tv off.", home, "TV off upstairs")
    assert lost("tv off upstairs", "TV of", home, "TV off upstairs")
    assert lost("nap time for ben", "nap time for them", home, "Ben's nap")
    assert lost("kettle on", "lights on", home, "Kettle")
    assert not lost("tv off upstairs", "TV off up stairs.", home, "TV off upstairs")
    assert not lost("nap time for ben", "Nap time for Ben.", home, "Ben's nap")
    assert not lost("kettle on", "Cattle on.", home, "Kettle")
    assert not lost("ben's nap", "right house bends nap", [*home, ("ben's nap", "Ben's nap")],
                    "Ben's nap")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    from _resolver_sixth_heard import became_phrase

    taught = Taught([("kettle on", "Kettle"), ("tv off", "TV off")])
    assert became_phrase("the kettle", "Kettle on.", taught)
    assert became_phrase("don't do kettle on", "Do kettle on.", taught)
    assert not became_phrase("don't do kettle on", "Don't do kettle on.", taught)
    assert not became_phrase("the kettle", "The kettle.", taught)


def _heard_file_split(name: str):
    import _make_fifth_heard

    return _make_fifth_heard, _make_fifth_heard.SPLITS[name]()


@pytest.mark.parametrize("name", ["fifth", "sixth"])
def test_the_heard_file_was_made_from_the_sets_plan(name):
    # (the script that speaks a set's homes still plans what its committed file holds)
    make, split = _heard_file_split(name)
    if not split.heard.exists():
        pytest.skip(f"{split.heard.name} not made")
    if name == "sixth" and not DATASETS.is_dir():
        pytest.skip("the sixth set's spoken requests include rows of ../shared/datasets, "
                    "which this checkout does not have (set TEACHAPP_DATASETS)")
    items = json.loads(split.heard.read_text(encoding="utf-8"))["items"]
    for seed in split.seeds:
        said = [i["said"] for i in items if i["seed"] == seed and i["source"] == "synthetic"
                and i["engine"] == "whisper tiny.en, command mode"]
        assert said == [p["said"] for p in make._plan(split, seed, False)]
