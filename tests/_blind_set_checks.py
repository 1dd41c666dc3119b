"""Checks of the data of a held-out resolver set built by benchmarks/_resolver_blind.py,
given its :class:`BlindSet` and its homes: the tenth set's data tests
(tests/test_resolver_tenth_data.py, kept as they were) as functions of the set, so each
later set calls them rather than copying them; and the checks of the later sets' own
files, which each passes its own values (kind names, carriers, rows, thresholds). They
check labels only: no resolver is asked anything. What a new set needs to be checked
by the tests every set shares (and what its own data test then keeps) is said in
tests/test_resolver_blind_sets.py."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from _resolver_blind import BlindSet, fits, says_nearly, wrap
from _resolver_data import AMBIGUOUS
from _resolver_eighth import FRAMES
from _resolver_eighth_labels import restated, said_as
from _resolver_eighth_text import FRAGMENT_WRAPPERS
from _resolver_fifth import HEARD_IN_SCOPE, HEARD_KIND, HEARD_KINDS, HEARD_OUT

REAL = ("real request", "real request, shares a word")


def words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def templates(table) -> list[str]:
    return [w for ws in table.values() for w in ws] if isinstance(table, dict) else list(table)


def wrapper_words(table: list[str]) -> set[str]:
    return {w for t in table for w in re.findall(r"[a-z']+", re.sub(r"\{\w?\}", " ", t)
                                                  .lower())}


def all_wrappers(spec: BlindSet) -> list[str]:
    return [*spec.oos_wrappers, *spec.fragment_wrappers, *templates(spec.wrappers)]


def phrases_of(home) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p, r in home.phrases:
        out.setdefault(r, []).append(p)
    return out


def unwritten(text: str) -> list[str]:
    """``text`` before ``written`` (a capital and a closing mark) may have run."""
    lower = text[:1].lower() + text[1:]
    return [text, lower, lower[:-1]] if text[-1:] in ".?!" else [text]


def cores(text: str, wrapper: str) -> list[str]:
    before, after = wrapper.split("{}")
    if text.startswith(before) and text.endswith(after) and len(text) > len(wrapper) - 2:
        return [text[len(before): len(text) - len(after)]]
    return []


def in_clauses(text: str, clauses: Iterable[str]) -> list[tuple[str, str]]:
    """(clause, what it is said beside) for each of ``clauses`` that ``text`` is said in."""
    return [(w, c) for t in unwritten(text) for w in clauses for c in cores(t, w)]


def fitting(spec: BlindSet, home: Any, kind: str) -> list[str]:
    """The home's phrases a wrapper of the in-scope ``kind`` can be said beside (one
    that does not bear on it)."""
    return [p for p, _ in home.phrases if any(fits(spec, t, p) for t in spec.wrappers[kind])]


def phrases_in(table) -> set[str]:
    """Every phrase of a pool, however its homes and routines nest (home -> routine ->
    phrases, or routine -> phrases)."""
    if isinstance(table, str):
        return {table}
    values = table.values() if isinstance(table, dict) else table
    return {p for v in values for p in phrases_in(v)}


def earlier_pools() -> list[dict[str, list[str]]]:
    """Every routine pool of the sets before the eleventh, their untaught siblings too."""
    import _resolver_eighth_text as eighth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth
    from _resolver_data import ROUTINES
    from _resolver_fifth import FIFTH_ROUTINES
    from _resolver_templates import (
        FOURTH_ROUTINES,
        FRESH_ROUTINES,
        HELD_OUT_ROUTINES,
        THIRD_ROUTINES,
    )

    return [ROUTINES, HELD_OUT_ROUTINES, FRESH_ROUTINES, THIRD_ROUTINES, FOURTH_ROUTINES,
            FIFTH_ROUTINES, sixth.SIXTH_ROUTINES, sixth.UNTAUGHT_ROUTINES,
            *(pool for m, own in ((seventh, seventh.SEVENTH_ROUTINES),
                                  (eighth, eighth.EIGHTH_ROUTINES),
                                  (ninth, ninth.NINTH_ROUTINES),
                                  (tenth, tenth.TENTH_ROUTINES))
              for pool in (*own.values(), *m.UNTAUGHT.values()))]


def check_new_wrappers(spec: BlindSet, earlier: list[str], shared: set[str],
                       multi_wrapping: list[str]) -> None:
    """No frame of the set's wrappers is an earlier set's, and they share no word with
    earlier ones but ``shared``."""
    mine = all_wrappers(spec)
    frames = {re.sub(r"\{\w?\}", "{}", w) for w in earlier}
    assert not {w for w in mine if re.sub(r"\{\w?\}", "{}", w) in frames}
    assert wrapper_words(mine) & wrapper_words(earlier) <= shared, \
        sorted(wrapper_words(mine) & wrapper_words(earlier) - shared)
    assert not {m for m in multi_wrapping if len(m.split()) > 1} & set(earlier)


def check_wrappers_say_nothing(spec: BlindSet, phrase: str) -> None:
    """Every wrapper says nothing the labels see, so it can neither make out-of-scope
    speech a request nor a request another."""
    canon = spec.labels.canon
    for template in set(all_wrappers(spec)):
        assert canon(template.format("", p="", P="", h="", T="", C="", s="", u="")) == (), \
            template
        said = restated(canon(wrap(template, phrase)))  # (a restart, a repeat)
        assert said in (canon(phrase), canon(phrase) * 2), template


def check_every_kind_around_every_phrase(spec: BlindSet, homes: dict) -> None:
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases if c.kind in spec.wrapped_kinds.values())
        assert set(kinds) == set(spec.wrapped_kinds.values())
        assert set(kinds.values()) == {len(home.phrases)}


def check_out_of_scope_is_no_taught_phrase(spec: BlindSet, homes: dict) -> None:
    """No out-of-scope case is a taught phrase (wrapped, in synonyms) or asks for what
    one does."""
    canon = spec.labels.canon
    for home in homes.values():
        taught = spec.labels.taught(home.phrases)
        said = {words(p) for p, _ in home.phrases}
        for case in home.cases:
            if case.routine is None:
                assert said_as(case.utterance) not in taught.said, case
                assert words(case.utterance) not in said, case
                assert canon(case.utterance) not in taught.canons, case
                assert not taught.is_phrase(case.utterance), case
                assert restated(canon(case.utterance)) not in taught.same_canons, case


def check_wrapped_out_says_its_plain_kind(spec: BlindSet, homes: dict) -> None:
    """A wrapped out-of-scope case is in one of the set's wrappers and says, as the
    labels compare, what its plain kind says."""
    canon = spec.labels.canon
    for home in homes.values():
        for case in home.cases:
            for kind, name in spec.wrapped_out.items():
                if case.kind != name or kind in ("fragment", "held-out routine"):
                    continue
                found = [c for t in unwritten(case.utterance) for w in spec.oos_wrappers
                         for c in cores(t, w)]
                assert any(canon(c) == canon(case.utterance) for c in found), case


def check_held_out(spec: BlindSet, homes: dict, untaught_min: int = 8,
                   sharing_min: int = 40) -> None:
    """Held-out phrases never hold or mean a taught one; many are near siblings of
    taught phrases or share a word with one."""
    content = spec.labels.content
    for seed, home in homes.items():
        taught = spec.labels.taught(home.phrases)
        held_kinds = ("held-out routine", spec.wrapped_out["held-out routine"])
        held = [c for c in home.cases if c.kind in held_kinds]
        for case in held:
            assert not taught.holds_phrase(case.utterance), case
            same = {p for g in spec.labels.tables.same_request
                    if words(case.utterance) in g for p in g}
            assert not same & taught.texts, case
        said = {words(c.utterance) for c in held}
        untaught = {p for ps in spec.untaught[spec.homes[seed]].values() for p in ps}
        assert len(untaught & said) >= untaught_min, untaught & said
        taught_words = set().union(*(content(p) for p, _ in home.phrases))
        sharing = [u for u in said if content(u) & taught_words - {"on", "off", "all"}]
        assert len(sharing) >= sharing_min, len(sharing)


def check_in_scope_keeps_its_phrase(spec: BlindSet, homes: dict) -> None:
    """Noisy cases pass the noisy guard; every in-scope case keeps every content word
    of its phrase; wrapped ones say it exactly, in their kind of wrapper, and no other
    routine's."""
    labels = spec.labels
    for home in homes.values():
        by_routine = phrases_of(home)
        for case in home.cases:
            if case.routine is None or case.kind in HEARD_KINDS:
                continue
            mine = by_routine[case.routine]
            assert any(all(labels.kept(w, case.utterance, p) for w in labels.must_keep(p))
                       for p in mine), case
            if case.kind == "noisy":
                assert any(labels.noisy_ok(case.utterance, p, case.routine, home.phrases)
                           for p in mine), case
            for kind, name in spec.wrapped_kinds.items():
                if case.kind != name:
                    continue
                said = f" {words(case.utterance)} "
                inside = [p for p in mine if f" {words(p)} " in said]
                assert inside and case.utterance not in inside, case
                assert any(labels.wrap_ok(case.utterance, p, case.routine, home.phrases)
                           for p in inside), case
                assert any(case.utterance == wrap(w, p) for w in spec.wrappers[kind]
                           for p in inside), case


def check_reasons(spec: BlindSet, homes: dict) -> None:
    """A reason or a plan is never said around a phrase it contradicts."""
    assert all(any(r in w for w in templates(spec.wrappers)) for r in spec.reason_clashes)
    assert not any(r in w for w in spec.spoken_carriers for r in spec.reason_clashes)
    for home in homes.values():
        for case in home.cases:
            if case.routine is not None and case.kind not in HEARD_KINDS:
                said = set(re.findall(r"[a-z0-9']+", case.utterance.lower()))
                for reason, clash in spec.reason_clashes.items():
                    if reason in case.utterance.lower():
                        assert not said & clash, case


def clause_place(template: str) -> str:
    """Where a clause puts its phrase: "first" when the clause is said first."""
    return {(False, True): "first", (True, False): "after"}.get(
        (template.startswith("{}"), template.endswith("{}")), "between")


def check_misheard_placed(homes: dict, kind: str, clauses: Iterable[str],
                          at_least: int = 30) -> None:
    """The set's misheard phrases (``kind``) are said first, after and in the middle of
    its ``clauses``, at least ``at_least`` of each."""
    where: Counter = Counter()
    for home in homes.values():
        for case in (c for c in home.cases if c.kind == kind):
            ends = {(w.startswith("{}"), w.endswith("{}"))
                    for w, _ in in_clauses(case.utterance, clauses)}
            where["middle" if (False, False) in ends else "first"
                  if (False, True) in ends else "after"] += 1
    assert min(where.values()) >= at_least and len(where) == 3, where


def check_middle_kind(wrappers: dict[str, list[str]], first: str, middle: str) -> None:
    """The ``middle`` kind breaks into a line of the ``first`` kind (said first), which
    goes on after the phrase; the stretch before it is no whole line of that kind."""
    lines = {t.split("{}")[0].rstrip(". ").removesuffix(", then").removesuffix(", oh and")
             for t in wrappers[first]}
    for template in wrappers[middle]:
        before, behind = template.split("{}")
        assert before.endswith(", ") and behind.startswith((", ", " and, ", " so, ")), template
        assert before.rstrip(", ") not in lines, template
        assert any(line.startswith(before.rstrip(", ")) for line in lines), template
        rest = re.sub(r"^( and| so)?, ", "", behind)
        assert any(line.endswith(rest) for line in lines), template


def _part(text: str, phrases: list[tuple[str, str]], wrappers: list[str]) -> str | None:
    spaced = [f" {p} " for p, _ in phrases]
    parts = [c for w in wrappers for c in cores(text, w)
             if any(f" {c} " in p and f" {c} " != p for p in spaced)]
    return min(parts, key=len) if parts else None


def check_fragments(spec: BlindSet, homes: dict, kind: str) -> None:
    """Fragments are proper parts of taught phrases and hold none whole."""
    wrappers = FRAGMENT_WRAPPERS if kind == "fragment" else spec.fragment_wrappers
    for home in homes.values():
        taught = spec.labels.taught(home.phrases)
        fragments = [c for c in home.cases if c.kind == kind]
        parts = [_part(c.utterance, home.phrases, wrappers) for c in fragments]
        for case, part in zip(fragments, parts, strict=True):
            assert part, case
            assert not taught.is_phrase(part) and not taught.holds_phrase(part), case
            assert not taught.holds_phrase(case.utterance), case
            assert not taught.means_phrase(part), case
        lone = [p for p in parts if p and " " not in p]
        assert len(lone) >= 40 and len(parts) - len(lone) >= 10, parts


def check_wrapped_out_in_a_wrapper(spec: BlindSet, homes: dict) -> None:
    for home in homes.values():
        for case in home.cases:
            if case.kind in (spec.wrapped_out[k] for k in spec.kind_templates):
                assert any(re.fullmatch(re.escape(w).replace(r"\{\}", ".+"), text)
                           for w in spec.oos_wrappers
                           for text in unwritten(case.utterance)), case


def check_dataset_sentences(spec: BlindSet, homes: dict, used_at_least: int = 1000) -> None:
    """Dataset sentences are ones no other split uses; frames hold a place or device
    word of the set; no real request or frame says a taught phrase."""
    used = spec.used_texts()
    assert len(used) > used_at_least
    for home in homes.values():
        taught = spec.labels.taught(home.phrases)
        for case in home.cases:
            if case.kind in (*REAL, AMBIGUOUS, FRAMES):
                assert words(case.utterance) not in used, case
            if case.kind == FRAMES:
                said = f" {words(case.utterance)} "
                assert any(f" {w} " in said for w in spec.places | spec.devices), case
            if case.kind in (*REAL, FRAMES):
                assert not taught.holds_phrase(case.utterance), case
                assert not taught.holds_same(case.utterance), case
                assert not says_nearly(spec, case.utterance, taught), case


def check_heard_file(split, plan, clips: tuple[int, int]) -> None:
    """The heard file holds what ``plan`` says for every seed, mostly in hibari-tts's
    voice."""
    result = json.loads(split.heard.read_text(encoding="utf-8"))
    items = result["items"]
    for seed in split.seeds:
        said = [i["said"] for i in items if i["seed"] == seed and i["source"] == "synthetic"
                and i["engine"] == "whisper tiny.en, command mode"]
        assert said == [p["said"] for p in plan(split, seed, False)]
    voices = Counter(i["voice"].split()[0] for i in items)
    assert voices["hibari-tts"] > voices["espeak-ng"] > 0, voices
    assert clips[0] <= result["clips"] <= clips[1]


def check_heard_cases(homes: dict) -> None:
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases if c.kind in HEARD_KINDS)
        assert kinds[HEARD_KIND] >= 50 and kinds[HEARD_OUT] >= 15, kinds
        routines = {r for _, r in home.phrases}
        assert all(c.routine in routines for c in home.cases if c.kind in HEARD_IN_SCOPE)


@cache
def built_home(seed: int, split: str) -> Any:
    """``build_home(seed, split=split)``, built once per test run: every blind set's data
    test reads the other splits' homes, and building them again in each file cost
    minutes of the suite (homes are deterministic and only read here)."""
    from _resolver_data import build_home

    return build_home(seed, split=split)


@cache
def set_homes(split: str, seeds: tuple[int, ...]) -> dict[int, Any]:
    """Every home of a held-out set, built once per test run: the set's own data tests
    and the checks every set shares (tests/test_resolver_blind_sets.py) read the same
    homes, as do later sets checking theirs against them."""
    return {seed: built_home(seed, split) for seed in seeds}


def check_pool_is_new(spec: BlindSet, earlier: list[dict[str, list[str]]],
                      other_splits: tuple[tuple[int, str], ...]) -> None:
    """No earlier pool (nor any home of another split) has a phrase of the set's pool or
    of its never-taught siblings."""
    mine = {p for home in (*spec.routines.values(), *spec.untaught.values())
            for ps in home.values() for p in ps}
    for pool in earlier:
        assert not mine & {p for ps in pool.values() for p in ps}
    for seed, split in other_splits:
        assert not mine & {p for p, _ in built_home(seed, split).phrases}


def check_sentences_are_the_sets(homes: dict, other_splits: tuple[tuple[int, str], ...]) -> None:
    """At most one in a hundred of the set's sentences (the generic pool's taught
    phrases aside, which every split teaches) is a case of another split's home."""
    from _resolver_data import ROUTINES

    generic = {words(p) for ps in ROUTINES.values() for p in ps}
    mine = {words(c.utterance) for h in homes.values() for c in h.cases} - generic
    for seed, split in other_splits:
        theirs = {words(c.utterance) for c in built_home(seed, split).cases}
        shared = mine & theirs
        assert len(shared) <= 0.01 * len(mine), sorted(shared)[:20]


def check_benchmark_reports(spec: BlindSet, routine: str, kinds: tuple[str, str],
                            listed: str, capsys) -> None:
    """benchmarks/resolver.py reports the set's in-scope and wrapped out-of-scope kinds
    per kind and names the set among those ``--sets`` takes (only the reporting: no
    resolver is asked anything)."""
    import pytest
    import resolver

    first, second = (spec.wrapped_kinds[k] for k in kinds)
    out = spec.wrapped_out
    outcomes = [(routine, "run", routine, first), (routine, "clarify", routine, first),
                (routine, "run", routine, second), (None, "run", routine, out["routine command"]),
                (None, "reject", None, out["negation"])]
    summary = resolver._summarise(outcomes)
    assert summary["in_scope"] == 3 and summary["out_of_scope"] == 2
    assert summary["by_kind"][first]["run_right"] == 50.0
    assert summary["by_kind"][second]["run_right"] == 100.0
    assert summary["by_kind"][out["routine command"]]["run"] == 100.0
    assert summary["by_kind"][out["negation"]]["reject"] == 100.0
    with pytest.raises(SystemExit):
        resolver.main(["--sets", "no such set"])
    assert listed in capsys.readouterr().err


def earlier_kinds(names: Iterable[str]) -> frozenset[str]:
    """Every kind the sets ``names`` report (tests/_blind_set_order.py's ``earlier_sets``
    of a set): each one's kinds table (``_resolver_<name>.<NAME>_KINDS``), its wrapper
    kinds (plain and as the benchmark names them) and its out-of-scope templates' kinds,
    and the generic out-of-scope kinds: what a later set's new kinds must not be."""
    import importlib
    import importlib.util

    from _resolver_data import OUT_OF_SCOPE_KINDS

    kinds = set(OUT_OF_SCOPE_KINDS)
    for name in names:
        kinds |= set(getattr(importlib.import_module(f"_resolver_{name}"),
                             f"{name.upper()}_KINDS", ()))
        if importlib.util.find_spec(f"_resolver_{name}_text") is None:
            continue  # (the sets before the sixth keep their words in their own module)
        text = importlib.import_module(f"_resolver_{name}_text")
        kinds |= {k for w in getattr(text, "WRAPPERS", {}) for k in (w, f"wrapped phrase: {w}")}
        kinds |= set(getattr(text, "KIND_TEMPLATES", {}))
    return frozenset(kinds)


def earlier_wrappers(names: Iterable[str]) -> list[str]:
    """Every wrapper template of the sets ``names`` (tests/_blind_set_order.py's
    ``earlier_sets`` of a set) and the sixth's carriers: what a later set's wrappers must
    not repeat (:func:`check_new_wrappers`)."""
    import _blind_set_order as order
    import _resolver_sixth_text as sixth

    out = list(sixth.SIXTH_CARRIERS)
    for name in names:
        module = order.text_module(name)
        for table in ("WRAPPERS", "OOS_WRAPPERS", "FRAGMENT_WRAPPERS", "FRAGMENT_NEW_WRAPPERS",
                      "VOCATIVES", "MULTI_WRAPPING", "DEVICE_NAMES"):
            out.extend(templates(getattr(module, table, [])))
    return out


def check_between_kind(wrappers: dict[str, list[str]], first: str, after: str, between: str,
                       marks: str = "", between_marks: str | None = None) -> None:
    """The ``between`` kind says a line of the ``first`` kind (said first) before the
    phrase and one of the ``after`` kind behind it (``marks``: the marks besides a full
    stop a line said first may end with; ``between_marks``, where the set strips fewer
    from the between kind's line); and every kind's clauses are eight or more, no two
    alike, starting with four words or more (several shapes: no one sentence reads the
    kind)."""
    heads = {t.split("{}")[0].rstrip(". ," + marks).removesuffix(", then")
             .removesuffix(", oh and") for t in wrappers[first]}
    tails = {re.sub(r"^( and| so)?, ", "", t.split("{}")[1]) for t in wrappers[after]}
    for template in wrappers[between]:
        before, behind = template.split("{}")
        assert before.rstrip(". " + (marks if between_marks is None else between_marks)) \
            in heads, template
        assert re.sub(r"^( and| so)?, ", "", behind) in tails, template
    for kind, templates in wrappers.items():
        said = [words(t.replace("{}", " ")) for t in templates]
        assert len(set(said)) == len(said) >= 8, kind
        assert len({s.split()[0] for s in said}) >= 4, kind


def check_pool_shapes(spec: BlindSet, routines: dict[str, dict[str, list[str]]],
                      noun_last: tuple[str, ...], *,
                      hours: str = "four|five|six|seven|eight|nine|ten|eleven",
                      possessive: bool = True, devices: bool = False,
                      named_not_after: tuple[str, ...] = ()) -> None:
    """Each home's own pool (``routines``: home -> routine -> phrases) has every phrase
    shape: one word, chores joined with "and" and "so", two things joined, a question, a
    call or message to someone, eight phrases with a name, a time (at one of ``hours``),
    a place of the set (and with ``devices`` a device), a name's possessive (where
    ``possessive``), a verb first, a noun first ending on one of ``noun_last``, a phrase
    whose words hold another routine's, and, with ``named_not_after``, a name said as a
    word of a phrase that starts with none of those and is no possessive."""
    labels, names = spec.labels, spec.names
    for home, pool in routines.items():
        phrases = [p for ps in pool.values() for p in ps]
        assert any(" " not in p for p in phrases), home  # one word
        assert any(p.count(" and ") >= 2 and " so " in p for p in phrases), home  # chores
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(p.split()[0] in spec.question_starts for p in phrases), home
        assert any(re.match(r"(ring|message|text|tell) [a-z]+", p) for p in phrases), home
        assert sum(bool(set(p.split()) & names) for p in phrases) >= 8, home
        assert any(re.search(rf"\bat ({hours})$", p) for p in phrases), home
        assert any(set(p.split()) & spec.places for p in phrases), home
        if devices:
            assert any(set(p.split()) & spec.devices for p in phrases), home
        if possessive:
            assert any(re.search(r"\b\w+'s\b", p) and set(p.split()) & names
                       for p in phrases), home
        assert any(p.split()[0] in labels.not_a_thing for p in phrases), home  # verb first
        assert any(labels.thing(p.split()[0]) and p.split()[-1] in noun_last
                   for p in phrases), home  # noun first
        contents = [(set(p.split()), r) for r, ps in pool.items() for p in ps
                    if " so " not in p]
        assert any(a < b and ra != rb for a, ra in contents for b, rb in contents), home
        if named_not_after:
            named = {w for p in phrases for w in p.split() if w in names}
            assert any(set(p.split()) & named and not p.startswith(named_not_after)
                       and not re.search(r"'s\b", p) for p in phrases), home


def check_real_requests(homes: dict, carriers: Iterable[str], said_with: Any,
                        could_say: Any, asking: set[str], joined: set[str], *,
                        first: bool) -> None:
    """Each home has 160 real requests sharing a word with a phrase and 40 not; each is
    a dataset row said with one of the set's ``carriers`` (before the row with
    ``first``, else after it), as ``said_with`` and ``could_say`` know it; the row asks
    nothing (``asking`` first) and joins itself to nothing (``joined``); and every
    carrier is said."""
    from _resolver_ninth import dataset_rows

    carriers = tuple(carriers)
    rows = {words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    used: Counter = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in REAL:
                said = words(case.utterance)
                assert said_with(said) and could_say(said), case
                if first:
                    carrier = next(b for b in carriers if said.startswith(f"{words(b)} "))
                    row = said[len(words(carrier)) + 1:]
                else:
                    carrier = next(b for b in carriers if said.endswith(f" {words(b)}"))
                    row = said[: -len(words(carrier)) - 1]
                assert row in rows, case
                assert row.split()[0] not in asking and not set(row.split()) & joined, case
                used[carrier] += 1
    assert len(used) == len(carriers), used


def check_rows_said_with(recombine: Any, said_with: Any, carriers: Iterable[str],
                         rows: list, *, first: bool) -> None:
    """The set's ``recombine`` says each of ``rows`` that is a request with one of its
    ``carriers``, before it with ``first`` (else after it), with a comma between or none,
    every carrier in 60 draws of "turn on the lamp" (the one such row of ``rows``);
    ``said_with`` knows each, and not the row alone; no rows, nothing said."""
    said = [t for t, _ in zip(recombine(rows, random.Random(1)), range(60), strict=False)]
    row = "turn on the lamp"
    if first:
        assert all(t.endswith(row) for t in said)
        assert {t[: -len(row)].rstrip(", ") for t in said} == set(carriers)
        assert any(t.endswith(f", {row}") for t in said)
        assert any(not t.endswith(f", {row}") for t in said)
    else:
        assert all(t.startswith(row) for t in said)
        assert {t[len(row):].lstrip(", ") for t in said} == set(carriers)
        assert any(t[len(row)] == "," for t in said)
        assert any(t[len(row)] == " " for t in said)
    assert all(said_with(words(t)) for t in said)
    assert not said_with(row)
    assert list(recombine([], random.Random(1))) == []


SHARED_WORDS_ADDED: dict[str, frozenset[str]] = {
    "thirtieth": frozenset({
        "after", "as", "how", "into", "by", "can", "ever", "every", "get", "goes", "much",
        "never", "no", "then", "there's", "those", "who", "us", "she", "look", "ooh", "thanks",
        "thank", "two", "three", "twelve", "forty", "twenty", "once",
        "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
        "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
        "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
        "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
        "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "until",
        "till", "all", "this", "there", "one", "dear", "stuff", "easy", "fancy", "cheers",
        "from", "stop", "we", "shall", "like", "less", "going", "everybody",
        "hi", "hey", "its", "near", "ugh", "above", "ahead", "another", "before", "behind",
        "first", "just", "more", "most", "must", "next", "now", "or", "our", "own", "i've",
        "their", "under", "will", "second", "third", "sorry", "soon", "forward", "take",
        "through", "yourself", "any", "each", "these", "may", "only", "he", "he's", "here's",
        "isn't", "let", "let's", "would", "has", "while", "nothing", "you're", "some", "should"
    }),
    "thirtyfirst": frozenset({"am", "but", "give", "here", "i'm", "left", "old", "onto", "round",
                              "since", "too", "want", "we're", "you've"}),
    "thirtysecond": frozenset({"we've"}),
    "thirtythird": frozenset(),
    "thirtyfourth": frozenset({"far", "his", "she's"}),
    "thirtyfifth": frozenset({"could", "mine"}),
    "thirtysixth": frozenset({"against", "amid", "been", "beneath", "had", "him", "right"}),
    "thirtyseventh": frozenset(),
    "thirtyeighth": frozenset(),
    "thirtyninth": frozenset({"bring", "o"}),
    "fortieth": frozenset(),
    "fortyfirst": frozenset(),
    "fortysecond": frozenset(),
    "fortythird": frozenset(),
    "fortyfourth": frozenset(),
    "fortyfifth": frozenset(),
    "fortysixth": frozenset(),
    "fortyseventh": frozenset(),
    "fortyeighth": frozenset(),
    "fortyninth": frozenset(),
    "fiftieth": frozenset(),
    "fiftyfirst": frozenset(),
    "fiftysecond": frozenset(),
    "fiftythird": frozenset(),
    "fiftyfourth": frozenset(),
    "fiftyfifth": frozenset(),
    "fiftysixth": frozenset(),
    "fiftyseventh": frozenset(),
    "fiftyeighth": frozenset(),
    "fiftyninth": frozenset(),
    "sixtieth": frozenset(),
    "sixtyfirst": frozenset(),
    "sixtysecond": frozenset(),
}
"""Words a clause of a set from the thirtieth on may share with an earlier set's wrappers
(:func:`check_new_wrappers`), as each set added them to those of the sets before it
(:func:`shared_words`): function words ("after", "by", "into", "once", "then", "above",
"behind", "through", "far"), pronouns and their contractions ("i'm", "we're", "you've",
"we've", "she's", "his"), number words and ordinals ("second", "third"), forms of "be",
"have", "do" and "say" ("am"), "give", "bring" and "want", the modal "could", the
pronouns "mine" and "him", the prepositions "against", "beneath" and "amid", "been" and
"had", "right" (a side), the commonest verbs ("go", "got", "know", "see", "stop", "take"),
greetings, fillers and mild interjections ("hi", "hey", "hmm", "ugh", "cheers", "sorry",
"o"), the joins ("and", "but", "so", "since", "till", "too"), words of place said of
anything ("here", "left", "onto", "round", "old"), and determiners, modals and pronouns
("any", "each", "these", "may", "would", "he's", "here's", "nothing"). A new set adds an
entry, empty when it shares no word the sets before it did not."""


def shared_words(name: str) -> frozenset[str]:
    """The words a clause of the set ``name`` may share with an earlier set's wrappers:
    its own entry of :data:`SHARED_WORDS_ADDED` and those of the sets before it."""
    names = list(SHARED_WORDS_ADDED)
    return frozenset().union(*(SHARED_WORDS_ADDED[n] for n in names[: names.index(name) + 1]))


def check_made_here_reported(name: str, routine: str, new_kind: str, wrapped_new: str) -> None:
    """benchmarks/resolver.py scores the kinds the set ``name`` makes itself (its misheard
    and name-spelt phrases, those written without punctuation or with a comma for a
    sentence end) and one of its new out-of-scope kinds, plainly (``new_kind``) and
    beside a clause (``wrapped_new``), each as its right outcome on outcomes written here
    (no resolver is asked anything); its in-scope kinds are all ones run is right for."""
    import importlib

    import resolver

    module = importlib.import_module(f"_resolver_{name}")
    assert set(getattr(module, f"{name.upper()}_IN_SCOPE")) <= set(resolver.RIGHT_KINDS)
    unpunctuated = module.UNPUNCTUATED
    made = [(module.MISHEARD, routine, "run"), (module.NAME_SPELT, routine, "clarify"),
            (unpunctuated["in scope"], routine, "run"), (module.PAUSED, routine, "run"),
            (new_kind, None, "run"),
            (unpunctuated["out of scope"], None, "reject"),
            (module.WRAPPED_OUT[wrapped_new], None, "reject")]
    by_kind = resolver._summarise([(r, d, routine if d == "run" else None, k)
                                   for k, r, d in made])["by_kind"]
    assert [by_kind[k][d] for k, _, d in made] == [100.0] * 7
    assert by_kind[module.MISHEARD]["run_right"] == 100.0
