"""The eighth held-out set of benchmarks/resolver.py (benchmarks/_resolver_eighth.py) is
well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper the sixth and seventh sets do not have, no out-of-scope case is a taught phrase
(wrapped in the new wrappers, in synonyms, or a request for the same thing), fragments
are proper parts of taught phrases and hold none whole, and its dataset sentences are
ones no other split uses. Only the data is checked here: the set is run once, by the
lead, on the final resolver, and no test here asks the resolver anything.

Checks every held-out set shares (this one's among them) are one test over the sets
in tests/test_resolver_blind_sets.py; this file keeps the set's own."""

from __future__ import annotations

import json
import random
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
from _resolver_eighth import (  # noqa: E402
    DEVICES,
    EIGHTH_IN_SCOPE,
    EIGHTH_KINDS,
    FRAMES,
    PLACES,
    SEEDS,
    WRAPPED_KINDS,
    WRAPPED_OUT,
    used_texts,
)
from _resolver_eighth_labels import (  # noqa: E402
    Taught,
    canon,
    content,
    fast,
    kept,
    must_keep,
    noisy_ok,
    said_as,
    wrap_ok,
)
from _resolver_eighth_text import (  # noqa: E402
    EIGHTH_ROUTINES,
    FRAGMENT_NEW_WRAPPERS,
    FRAGMENT_WRAPPERS,
    HOMES,
    OOS_WRAPPERS,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_fifth import (  # noqa: E402
    FIFTH_ROUTINES,
    HEARD_KINDS,
)
from _resolver_seventh_text import FRAGMENT_NEW_WRAPPERS as SEVENTH_FRAGMENT  # noqa: E402
from _resolver_seventh_text import OOS_WRAPPERS as SEVENTH_OOS  # noqa: E402
from _resolver_seventh_text import SEVENTH_ROUTINES  # noqa: E402
from _resolver_seventh_text import UNTAUGHT as SEVENTH_UNTAUGHT  # noqa: E402
from _resolver_seventh_text import WRAPPERS as SEVENTH_WRAPPERS  # noqa: E402
from _resolver_sixth_text import FRAGMENT_WRAPPERS as SIXTH_FRAGMENT  # noqa: E402
from _resolver_sixth_text import SIXTH_CARRIERS, SIXTH_ROUTINES  # noqa: E402
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
                (40, "fifth"), (50, "sixth"), (60, "seventh"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the eighth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
OUT_WRAPPED = ("negation", "cancellation", "different request")


@pytest.fixture(scope="module")
def homes() -> dict:
    return set_homes("eighth", tuple(SEEDS))  # (built once per run)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def _phrases_of(home) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p, r in home.phrases:
        out.setdefault(r, []).append(p)
    return out


def test_every_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(EIGHTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 70 and kinds["noisy"] >= 280
        assert all(kinds[k] >= 70 for k in EIGHTH_IN_SCOPE), kinds
        assert kinds["fragment"] >= 80 and kinds[WRAPPED_OUT["fragment"]] >= 80
        assert kinds["held-out routine"] >= 120


def test_the_wrappers_are_not_the_sixth_or_seventh_sets(homes):
    earlier = {*SIXTH_CARRIERS, *SIXTH_FRAGMENT, *SEVENTH_OOS, *SEVENTH_FRAGMENT,
               *(w for ws in SEVENTH_WRAPPERS.values() for w in ws)}
    mine = {*OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS, *(w for ws in WRAPPERS.values() for w in ws)}
    assert not {w for w in mine if w.replace("{p}", "{}") in earlier}
    # and every kind of them is said around every phrase that fits it
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases if c.kind in EIGHTH_IN_SCOPE)
        assert set(kinds) == set(WRAPPED_KINDS.values())


def test_no_out_of_scope_case_is_a_taught_phrase_or_its_synonym(homes):
    for home in homes.values():
        taught = Taught(home.phrases)
        words = {_words(p) for p, _ in home.phrases}
        for case in home.cases:
            if case.routine is None:
                assert said_as(case.utterance) not in taught.said, case
                assert _words(case.utterance) not in words, case
                assert canon(case.utterance) not in taught.canons, case


def test_no_out_of_scope_case_asks_for_what_a_taught_phrase_does(homes):
    from _resolver_eighth_labels import restated, same_request

    for home in homes.values():
        taught = Taught(home.phrases)
        same = {restated(canon(s)) for p in taught.texts for s in same_request(p)}
        for case in home.cases:
            if case.routine is None:
                assert restated(canon(case.utterance)) not in same, case


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("flash the lights", "Flash"), ("let pippa out", "Pippa"),
                     ("what's for tea", "Tea"), ("room 3 ready", "Room 3"),
                     ("subtitles on", "Subtitles"), ("no vacancies", "Full")])
    for text in ("mate, flash the lights", "flash the lights innit", "so yeah, let pippa out",
                 "would you be so kind as to let pippa out", "let pippa out ta muchly",
                 "what's for tea straight away", "room 3 ready asap, cheers mate",
                 "can we have subtitles on?", "could i get room three ready",
                 "let pippa out, i mean let pippa out", "sweetheart, flash the lamps",
                 "basically, what's for tea right now, machine", "no vacancies, buddy"):
        assert taught.is_phrase(text), text
    for text in ("mate, don't flash the lights", "let bonnie out", "subtitles off, buddy",
                 "room 2 ready", "flash the lights for the postman", "cancel subtitles on",
                 "vacancies", "no pippa"):
        assert not taught.is_phrase(text), text


def test_held_out_routines_include_near_siblings(homes):
    for seed, home in homes.items():
        held = {_words(c.utterance) for c in home.cases
                if c.kind in ("held-out routine", WRAPPED_OUT["held-out routine"])}
        untaught = {p for ps in UNTAUGHT[HOMES[seed]].values() for p in ps}
        assert len(untaught & held) >= 8, untaught & held
        taught_words = set().union(*(content(p) for p, _ in home.phrases))
        sharing = [u for u in held if content(u) & taught_words - {"on", "off", "all"}]
        assert len(sharing) >= 60, len(sharing)


def test_every_in_scope_case_keeps_every_content_word_of_its_phrase(homes):
    for home in homes.values():
        by_routine = _phrases_of(home)
        for case in home.cases:
            if case.routine is not None and case.kind not in HEARD_KINDS:
                assert any(all(kept(w, case.utterance, p) for w in must_keep(p))
                           for p in by_routine[case.routine]), case


def test_some_noisy_cases_are_said_fast_or_with_the_sets_own_sound_alikes(homes):
    from _resolver_eighth_text import EIGHTH_SOUND_ALIKE

    noisy = [c.utterance for h in homes.values() for c in h.cases if c.kind == "noisy"]
    fast_forms = [u for u in noisy if re.search(r"\w+in'|\bde\b|\bcarvan\b", u)]
    own = [u for u in noisy if any(re.search(rf"\b{re.escape(b)}\b", u)
                                   for a, b in EIGHTH_SOUND_ALIKE if " " not in b)]
    assert len(fast_forms) >= 10 and len(own) >= 60, (len(fast_forms), len(own))


def test_fast_speech_drops_letters_but_never_of_names_or_numbers():
    rng = random.Random(3)
    seen = {fast("hook up the caravan", rng) for _ in range(60)}
    assert seen == {"hook up de caravan", "hook up the cravan"}, seen
    seen = {fast("preheat the oven to 200", rng) for _ in range(60)}
    assert {"preeat the oven to 200", "preheat de oven to 200"} <= seen, seen
    assert all(fast("let pippa out 18", random.Random(i)).split()[1:3] == ["pippa", "out"]
               for i in range(30))
    assert fast("pippa 18", rng) == "pippa 18"


def test_wrapped_phrases_say_their_phrase_exactly_and_no_other(homes):
    for home in homes.values():
        by_routine = _phrases_of(home)
        for case in home.cases:
            if case.kind in EIGHTH_IN_SCOPE:
                said = f" {_words(case.utterance)} "
                mine = [p for p in by_routine[case.routine] if f" {_words(p)} " in said]
                assert mine and _words(case.utterance) not in mine, case
                assert any(wrap_ok(case.utterance, p, case.routine, home.phrases)
                           for p in mine), case


def test_wrapped_phrases_are_in_their_kind_of_wrapper(homes):
    for home in homes.values():
        for case in home.cases:
            for kind, name in WRAPPED_KINDS.items():
                if case.kind == name:
                    phrases = [p for p, r in home.phrases if r == case.routine
                               and f" {_words(p)} " in f" {_words(case.utterance)} "]
                    assert any(_fills(case.utterance, w, p) for w in WRAPPERS[kind]
                               for p in phrases), case


def _fills(text: str, template: str, phrase: str) -> bool:
    toks = phrase.split()
    head = " ".join(toks[: max(1, len(toks) // 2)])
    return text == template.format(phrase, p=phrase, h=head)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("flash the lights", "Flash"), ("flash the lights for the postman", "Postman"),
            ("room 3 ready", "Room 3"), ("room 1 ready", "Room 1"), ("feet up", "Feet"),
            ("lights out", "Night"), ("lights out for leo", "Leo")]
    assert wrap_ok("mate, flash the lights", "flash the lights", "Flash", home)
    assert wrap_ok("can we have lights out for leo?", "lights out for leo", "Leo", home)
    assert not wrap_ok("flash the lights for the postman, innit", "flash the lights",
                       "Flash", home)
    assert not wrap_ok("room 1, no wait, room 3 ready", "room 3 ready", "Room 3", home)
    assert wrap_ok("room 3 ready asap", "room 3 ready", "Room 3", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("room 3 ready", "Room 3"), ("room 1 ready", "Room 1"),
            ("flash the lights for the postman", "Postman"), ("flash the lights", "Flash"),
            ("let pippa out", "Pippa"), ("caravan heater to 18", "Caravan heat"),
            ("caravan power on", "Power"), ("caravan power off", "Power off")]
    assert not noisy_ok("room 1 ready", "room 3 ready", "Room 3", home)
    assert not noisy_ok("room 2 ready", "room 3 ready", "Room 3", home)
    assert not noisy_ok("flash the lights", "flash the lights for the postman", "Postman", home)
    assert not noisy_ok("let bonnie out", "let pippa out", "Pippa", home)
    assert not noisy_ok("caravan heater to 20", "caravan heater to 18", "Caravan heat", home)
    assert not noisy_ok("caravan power", "caravan power on", "Power", home)
    assert noisy_ok("room three ready", "room 3 ready", "Room 3", home)
    assert noisy_ok("flash the lights for the post man", "flash the lights for the postman",
                    "Postman", home)
    assert noisy_ok("letpippa out", "let pippa out", "Pippa", home)
    assert noisy_ok("carvan heater to eighteen", "caravan heater to 18", "Caravan heat", home)


def _cores(text: str, wrappers: list[str]) -> list[str]:
    """What a fragment case says inside each wrapper that fits it."""
    out = []
    for wrapper in wrappers:
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
            assert not taught.means_phrase(part), case
        lone = [p for p in parts if " " not in p]
        assert len(lone) >= 40 and len(parts) - len(lone) >= 10, parts


def test_wrapped_out_of_scope_cases_are_in_a_new_wrapper(homes):
    for home in homes.values():
        for case in home.cases:
            if case.kind in (WRAPPED_OUT[k] for k in OUT_WRAPPED):
                assert any(re.fullmatch(re.escape(w).replace(r"\{\}", ".+"), case.utterance)
                           for w in OOS_WRAPPERS), case


def test_negations_and_cancellations_never_hold_a_phrase_that_says_no_or_off(homes):
    # ("no vacancies" is a taught phrase: "no {p}" around it would say it again)
    for home in homes.values():
        for case in home.cases:
            if case.kind in ("negation", "cancellation", WRAPPED_OUT["negation"],
                             WRAPPED_OUT["cancellation"]):
                assert "no vacancies" not in case.utterance, case


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


def test_no_other_split_draws_on_the_eighth_pool():
    eighth = {p for home in (*EIGHTH_ROUTINES.values(), *UNTAUGHT.values())
              for ps in home.values() for p in ps}
    for pool in (ROUTINES, HELD_OUT_ROUTINES, FRESH_ROUTINES, THIRD_ROUTINES,
                 FOURTH_ROUTINES, FIFTH_ROUTINES, SIXTH_ROUTINES, SIXTH_UNTAUGHT,
                 *SEVENTH_ROUTINES.values(), *SEVENTH_UNTAUGHT.values()):
        assert not eighth & {p for ps in pool.values() for p in ps}
    for seed, split in OTHER_SPLITS:
        assert not eighth & {p for p, _ in built_home(seed, split).phrases}


def test_the_benchmark_reports_the_eighth_kinds(capsys):
    # (only the reporting: no resolver is asked anything here)
    import resolver

    outcomes = [("Flash", "run", "Flash", WRAPPED_KINDS["question"]),
                ("Flash", "clarify", "Flash", WRAPPED_KINDS["question"]),
                ("Flash", "run", "Flash", WRAPPED_KINDS["vocative"]),
                (None, "run", "Flash", WRAPPED_OUT["fragment"]),
                (None, "reject", None, FRAMES)]
    summary = resolver._summarise(outcomes)
    assert summary["in_scope"] == 3 and summary["out_of_scope"] == 2
    assert summary["by_kind"][WRAPPED_KINDS["question"]]["run_right"] == 50.0
    assert summary["by_kind"][WRAPPED_KINDS["vocative"]]["run_right"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["fragment"]]["run"] == 100.0
    assert list(summary["by_kind"]).count(WRAPPED_KINDS["vocative"]) == 1
    with pytest.raises(SystemExit):
        resolver.main(["--sets", "no such set"])
    assert "seventh, eighth" in capsys.readouterr().err


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    from _resolver_eighth_heard import lost

    home = [("flash the lights for the postman", "Postman"), ("flash the lights", "Flash"),
            ("room 3 ready", "Room 3"), ("room 1 ready", "Room 1"), ("let pippa out", "Pippa")]
    assert lost("room 3 ready", "", home, "Room 3")
    assert lost("room 3 ready", "Room 1 ready.", home, "Room 3")
    assert lost("flash the lights for the postman", "Flash the lights.", home, "Postman")
    assert not lost("room 3 ready", "Room three ready.", home, "Room 3")
    assert not lost("let pippa out", "Mate, let Pipa out.", home, "Pippa")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    from _resolver_eighth_heard import became_phrase

    taught = Taught([("heat the caravan", "Caravan"), ("subtitles on", "Subtitles")])
    assert became_phrase("caravan", "Heat the caravan.", taught)
    assert became_phrase("mate, don't subtitles on", "Mate, subtitles on.", taught)
    assert not became_phrase("mate, don't subtitles on", "Mate, don't subtitles on.", taught)
    assert not became_phrase("caravan", "Caravan.", taught)


def test_the_heard_file_was_made_from_the_sets_plan():
    import _make_fifth_heard as make

    if "eighth" not in make.SPLITS:
        pytest.skip("no heard file planned for the eighth set")
    split = make.SPLITS["eighth"]()
    if not split.heard.exists():
        pytest.skip(f"{split.heard.name} not made")
    if not DATASETS.is_dir():
        pytest.skip("the eighth set's spoken requests include rows of ../shared/datasets, "
                    "which this checkout does not have (set TEACHAPP_DATASETS)")
    items = json.loads(split.heard.read_text(encoding="utf-8"))["items"]
    for seed in split.seeds:
        said = [i["said"] for i in items if i["seed"] == seed and i["source"] == "synthetic"
                and i["engine"] == "whisper tiny.en, command mode"]
        assert said == [p["said"] for p in make._plan(split, seed, False)]
