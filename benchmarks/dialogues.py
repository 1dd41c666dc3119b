"""Scripted dialogues of issue 16: explanations, what is known, forget/undo, rename,
add/remove a phrase, names already taken; and answers to a which-one question ("the
first one", "brighter", "neither"); each through the real engine.

Every dialogue starts from a fresh SQLite database with the simulated home and five
taught routines, and drives ``teachapp.conversation.Assistant.handle`` turn by
turn (some open a second ``Assistant`` on the same file: a later session). A
dialogue passes when every reply holds the words expected, the routines end as
expected, and no device changed that the dialogue did not ask to change (the
"unintended device changes" figure, which must be 0).

Run: ``.venv/bin/python benchmarks/dialogues.py [--verbose]``; writes
benchmarks/results/dialogues.json. tests/test_conversation_dialogues.py runs the
same scripts.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from teachapp.conversation import Assistant, TurnInput  # noqa: E402
from teachapp.domain import Phrase, Routine, SayStep, SetStep  # noqa: E402
from teachapp.home import CollectingSpeaker, SimulatedBackend, ensure_default_home  # noqa: E402
from teachapp.store import Store  # noqa: E402

RESULTS = HERE / "results" / "dialogues.json"

ROUTINES: dict[str, tuple[list[str], list]] = {
    "Movie mode": (["movie mode"], [SetStep("media_player.tv", {"on": True, "volume": 40}),
                                    SetStep("light.living_room_lamp",
                                            {"on": True, "brightness": 20})]),
    "Reading mode": (["reading mode", "time to read"],
                     [SetStep("light.desk_lamp", {"on": True, "brightness": 100})]),
    "Wake up": (["wake up"], [SetStep("cover.living_room_blinds", {"position": 100}),
                              SetStep("switch.coffee_maker", {"on": True})]),
    "Good night": (["good night", "lights out"], [
        SetStep("light.bedroom_lamp", {"on": False}), SetStep("lock.front_door",
                                                             {"locked": True}),
        SayStep("Sleep well")]),
    "Fan time": (["fan time"], [SetStep("fan.bedroom_fan", {"on": True, "speed": 60})]),
}
TOUCHES = {name: {s.device for s in steps if isinstance(s, SetStep)}
           for name, (_p, steps) in ROUTINES.items()}
STEP_WORDS = {"Movie mode": "TV on at 40 %", "Reading mode": "Desk lamp on at 100 %",
              "Wake up": "turn on Coffee maker", "Good night": "lock Front door",
              "Fan time": "Bedroom fan on at 60 %"}
"""A step as a routine is told ("what does wake up do?": conversation.steps_told)."""
STEP_DONE = {**STEP_WORDS, "Wake up": "turned on Coffee maker",
             "Good night": "Front door was already locked"}
"""A step as the explanation of a run tells it: as the routine's are told, in the past
("Steps: opened Living room blinds and then turned on Coffee maker."), or, when the
device was so already, said so (the simulated home starts with the front door locked:
"Front door was already locked.", where it said "locked Front door" of a door it never
touched)."""
CHANGES_NOTHING = frozenset({"Good night"})
"""Routines whose run changes nothing in the simulated home as it starts (its lamp off,
its door locked): their explanation offers no "undo" (it said "Say "no" or "undo" to put
things back." of a run that changed nothing)."""
MISHEARD = {"Movie mode": ("movie mood", "mood → mode"),
            "Reading mode": ("reading mood", "mood → mode"),
            "Wake up": ("wake cup", "cup → up"),
            "Good night": ("good knight", "knight → night"),
            "Fan time": ("fan dime", "dime → time")}
NEW_NAMES = {"Movie mode": "Cinema", "Reading mode": "Study corner", "Wake up": "Rise and shine",
             "Good night": "Bed time", "Fan time": "Cool breeze"}
EXTRA = {"Movie mode": "film night", "Reading mode": "book time", "Wake up": "rise early",
         "Good night": "sleepy time", "Fan time": "cool air"}

Check = Callable[[Store], str | None]
"""Returns a problem, or None when the store is as expected."""


@dataclass
class Turn:
    said: str
    expect: list[str] = field(default_factory=list)
    """Words every one of which must appear in the replies (case-insensitive)."""
    refuse: list[str] = field(default_factory=list)
    """Words that must not appear."""
    new_session: bool = False
    """Open a new Assistant on the same database before this turn."""


@dataclass
class Dialogue:
    kind: str
    name: str
    turns: list[Turn]
    changes: set[str] = field(default_factory=set)
    """Device ids the dialogue means to change (by running a routine)."""
    check: Check | None = None


def _names(*expected: str) -> Check:
    def check(store: Store) -> str | None:
        got = sorted(store.routine_names())
        want = sorted(expected)
        return None if got == want else f"routines {got}, expected {want}"
    return check


def _phrases(routine: str, *, has: tuple[str, ...] = (), lacks: tuple[str, ...] = (),
             origins: dict[str, str] | None = None) -> Check:
    def check(store: Store) -> str | None:
        try:
            phrases = {p.text.casefold(): str(p.origin) for p in store.routine(routine).phrases}
        except Exception as exc:
            return str(exc)
        for text in has:
            if text.casefold() not in phrases:
                return f"{routine} lacks {text!r}: {sorted(phrases)}"
        for text in lacks:
            if text.casefold() in phrases:
                return f"{routine} still has {text!r}"
        for text, origin in (origins or {}).items():
            if phrases.get(text.casefold()) != origin:
                return f"{routine}: {text!r} is {phrases.get(text.casefold())}, not {origin}"
        return None
    return check


def _all(*checks: Check) -> Check:
    def check(store: Store) -> str | None:
        return next((p for c in checks if (p := c(store)) is not None), None)
    return check


def dialogues() -> list[Dialogue]:
    """The scripts: every kind for every routine, plus clashes and later sessions."""
    out: list[Dialogue] = []
    all_names = list(ROUTINES)
    for name, (phrases, _steps) in ROUTINES.items():
        p = phrases[0]
        others = [n for n in all_names if n != name]
        out.append(Dialogue("describe", f"what does {p} do", [
            Turn(f"What does {p} do?", [STEP_WORDS[name], f'"{p}"'])], check=_names(*all_names)))
        out.append(Dialogue("describe", f"how do I start {p}", [
            Turn(f"how do I start {p}?", [f'"{p}"', name])]))
        out.append(Dialogue("explain", f"why after {p}", [
            Turn(p, [name]), Turn("why did you do that?",
                                  [f'"{p}"', "word for word", "0.84", STEP_DONE[name],
                                   "already" if name in CHANGES_NOTHING else "undo"])],
            changes=TOUCHES[name]))
        heard, pair = MISHEARD[name]
        out.append(Dialogue("explain", f"misheard {heard}", [
            Turn(heard, [name]), Turn("What did you just do?", [pair, "misheard", f'"{p}"'])],
            changes=TOUCHES[name]))
        out.append(Dialogue("explain", f"later session explains {p}", [
            Turn(p, [name]), Turn("why did you do that", [f'"{p}"', STEP_DONE[name]],
                                  new_session=True)], changes=TOUCHES[name]))
        out.append(Dialogue("forget", f"forget {p}, yes, undo", [
            Turn(f"forget {p}", [name, "forget it?"]), Turn("yes", ["Forgot", "undo"]),
            Turn(p, ["You had me forget", '"undo"'], refuse=["Shall I learn it?"]),
            Turn("undo", [name, "back"])], check=_all(_names(*all_names),
                                                      _phrases(name, has=tuple(phrases)))))
        out.append(Dialogue("forget", f"delete {p}, no", [
            Turn(f"delete {p}", [name]), Turn("no", ["keep"])], check=_names(*all_names)))
        out.append(Dialogue("forget", f"forget {p}, undo next session", [
            Turn(f"Forget {p}.", [name]), Turn("yes", ["Forgot"]),
            Turn("undo", [name, "back"], new_session=True)],
            check=_all(_names(*all_names), _phrases(name, has=tuple(phrases)))))
        new = NEW_NAMES[name]
        out.append(Dialogue("rename", f"rename {p} to {new}", [
            Turn(f"rename {p} to {new}", ["Renamed", new]),
            Turn(f"what does {new} do", [STEP_WORDS[name]])],
            check=_names(*others, new)))
        extra = EXTRA[name]
        out.append(Dialogue("phrase", f"also call {p} {extra}", [
            Turn(f"what does {p} do?", [name]),
            Turn(f"also call it {extra}", [f'"{extra}"', name]),
            Turn(f"how do I start {extra}", [f'"{extra}"', f'"{p}"'])],
            check=_phrases(name, has=(p, extra), origins={extra: "alias"})))
        out.append(Dialogue("phrase", f"stop calling {p} {extra}", [
            Turn(f"add the phrase {extra} to {p}", [f'"{extra}"']),
            Turn(f"stop calling it {extra}", ["no longer", name]),
            Turn(extra, ["Shall I learn it?"])],
            check=_phrases(name, has=(p,), lacks=(extra,))))
        other = others[0]
        other_phrase = ROUTINES[other][0][0]
        out.append(Dialogue("clash", f"rename {p} to {other}, keep both", [
            Turn(f"rename {p} to {other}", [other, "replace", "rename", "keep both"]),
            Turn("keep both", ["Renamed", f"{other} 2"])],
            check=_names(*others, f"{other} 2")))
        out.append(Dialogue("clash", f"rename {p} to {other}, replace, undo", [
            Turn(f"rename {p} to {other}", [other]),
            Turn("replace", ["Renamed", other, "undo"]),
            Turn(f"what does {other} do", [STEP_WORDS[name]])],
            check=_names(*[n for n in others if n != other], other)))
        # undo takes the whole rename back: the name, and the routine it had replaced
        # (it was "Movie mode 2 is back ... left out" beside the renamed routine)
        out.append(Dialogue("clash", f"rename {p} to {other}, replace, then undo", [
            Turn(f"rename {p} to {other}", [other]),
            Turn("replace", ["Renamed"]),
            Turn("undo", [f"{name} has its name back", f"{other} is back"]),
            Turn(f"what does {other} do", [STEP_WORDS[other], f'"{other_phrase}"'])],
            check=_names(name, *others)))
        out.append(Dialogue("clash", f"rename {p} to {other}, rename", [
            Turn(f"rename {p} to {other}", [other]),
            Turn("rename", ["What name"]),
            Turn(NEW_NAMES[name], ["Renamed", NEW_NAMES[name]])],
            check=_names(*others, NEW_NAMES[name])))
        out.append(Dialogue("clash", f"also call {p} {other_phrase}", [
            Turn(f"what does {p} do", [name]),
            Turn(f"also call it {other_phrase}", [f'"{other_phrase}"', f"starts {other}"]),
            Turn("keep", ["nothing changed"])],
            check=_phrases(other, has=(other_phrase,))))
    out += _special()
    out += _which_one()
    return out


def _special() -> list[Dialogue]:
    names = list(ROUTINES)
    return [
        Dialogue("describe", "what did I teach you", [
            Turn("what did I teach you?", ["5 routines", *names, "movie mode"])]),
        Dialogue("describe", "what routines do you know", [
            Turn("What routines do you know?", names)]),
        Dialogue("describe", "unknown routine", [
            Turn("what does party mode do?", ["don't know", "party mode"])]),
        Dialogue("explain", "why didn't you", [
            Turn("blah blah blah", ["Shall I learn it?"]), Turn("no"),
            Turn("why didn't you do anything?", ["blah blah blah", "did nothing",
                                                 "no taught phrase came close"])]),
        Dialogue("explain", "explain a device command", [
            Turn("turn on the desk lamp", ["Desk lamp"]),
            Turn("why did you do that", ["device command", "Desk lamp", "undo"])],
            changes={"light.desk_lamp"}),
        Dialogue("explain", "explain a learned alias", [
            Turn("flick time", ["Fan time"]),
            Turn("why did you do that?", ["alias I learned", "that's not what I meant",
                                          "unlearn"])],
            changes=TOUCHES["Fan time"]),
        Dialogue("phrase", "stop calling a learned alias", [
            Turn("stop calling it flick time", ["no longer", "won't learn it again"]),
            Turn("flick time", ["Shall I learn it?"])],
            check=_phrases("Fan time", lacks=("flick time",))),
        Dialogue("forget", "forget it is cancel, not forgetting", [
            Turn("forget it"), Turn("what did I teach you", names)], check=_names(*names)),
        Dialogue("forget", "forget then run nothing", [
            Turn("forget movie mode", ["Movie mode"], refuse=["TV:"]),
            Turn("yes", ["Forgot"])], check=_names(*names[1:])),
        Dialogue("clash", "also call it a routine's own phrase", [
            Turn("what does movie mode do", ["Movie mode"]),
            Turn("also call it movie mode", ["already answers"])],
            check=_phrases("Movie mode", has=("movie mode",))),
        Dialogue("clash", "move a phrase with replace", [
            Turn("what does movie mode do", ["Movie mode"]),
            Turn("also call it lights out", ["starts Good night"]),
            Turn("replace", ["lights out", "Movie mode", "no longer starts Good night"])],
            check=_all(_phrases("Movie mode", has=("lights out",)),
                       _phrases("Good night", lacks=("lights out",)))),
    ]


LIVING_ROOM = {"light.ceiling_light", "light.living_room_lamp"}
"""The lights "make the living room brighter" asks about (both, "which one?")."""


def _changed(count: int, among: set[str]) -> Check:
    """The last run changed exactly ``count`` of the devices ``among``."""
    def check(store: Store) -> str | None:
        run = store.last_run(include_undone=True)
        changed = {i for i in among if run is not None and i in run.after
                   and run.after[i] != run.before.get(i)}
        return None if len(changed) == count else f"changed {sorted(changed)} of {sorted(among)}"
    return check


def _which_one() -> list[Dialogue]:
    """Answers to "Do you want me to turn up Ceiling light and Living room lamp? Say yes,
    or which one." and to "Did you mean movie mode or reading mode?" (which_one.py)."""
    ask = Turn("make the living room brighter", ["Do you want me to turn up", "which one"])
    return [
        Dialogue("which one", "by position", [ask, Turn("the first one", ["brightness"],
                                                        refuse=["Shall I learn"])],
                 changes=LIVING_ROOM, check=_changed(1, LIVING_ROOM)),
        Dialogue("which one", "number two", [ask, Turn("number two", ["brightness"])],
                 changes=LIVING_ROOM, check=_changed(1, LIVING_ROOM)),
        Dialogue("which one", "the request said again", [
            ask, Turn("brighter", ["Ceiling light", "Living room lamp"],
                      refuse=["Do you want me", "Kitchen lights"])],
            changes=LIVING_ROOM, check=_changed(2, LIVING_ROOM)),
        Dialogue("which one", "narrowed to the lamp", [
            ask, Turn("just the lamp brighter", ["Living room lamp"], refuse=["Ceiling"])],
            changes={"light.living_room_lamp"}),
        Dialogue("which one", "neither", [ask, Turn("neither", ["OK, I won't."])]),
        Dialogue("which one", "a light not asked about", [
            ask, Turn("the kitchen light", ["I asked about", "not Kitchen lights"]),
            Turn("the ceiling one", ["Ceiling light"], refuse=["Living room lamp"])],
            changes={"light.ceiling_light"}),
        Dialogue("which one", "something else instead", [
            ask, Turn("turn off the tv", ["TV is already off"]),
            Turn("the first one", ["Shall I learn it?"])], changes={"media_player.tv"}),
        Dialogue("which one", "two routines, the second", [
            Turn("mode", ["movie mode or reading mode"]), Turn("the second one", ["Reading mode"])],
            changes=TOUCHES["Reading mode"]),
        Dialogue("which one", "two routines, yes asks which", [
            Turn("mode", ["movie mode or reading mode"]),
            Turn("yes", ["Which one"], refuse=["Movie mode:", "Reading mode:"]),
            Turn("movie", ["Movie mode"])], changes=TOUCHES["Movie mode"]),
    ]


# ------------------------------------------------------------------ running


def template(folder: Path) -> Path:
    """A database with the simulated home and the five routines (copied per dialogue)."""
    path = folder / "template.sqlite3"
    with Store.open(path) as store:
        ensure_default_home(store)
        for name, (phrases, steps) in ROUTINES.items():
            store.save_routine(Routine(name=name, phrases=[Phrase(p) for p in phrases],
                                       steps=steps, source="cli"))
        store.add_phrase("Fan time", "flick time", origin="learned")
    return path


@dataclass
class Outcome:
    dialogue: Dialogue
    problems: list[str]
    unintended: list[str]
    transcript: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.unintended


def run_dialogue(dialogue: Dialogue, template_path: Path, folder: Path) -> Outcome:
    path = folder / "dialogue.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copy(template_path, path)
    problems: list[str] = []
    transcript: list[str] = []
    with Store.open(path) as store:
        before = {d.id: dict(d.state) for d in store.devices()}
        assistant = _assistant(store)
        for turn in dialogue.turns:
            if turn.new_session:
                assistant.close()
                assistant = _assistant(store)
            lines = assistant.handle(TurnInput(turn.said)).lines
            text = "\n".join(lines)
            transcript += [f"> {turn.said}", *("  " + line for line in lines)]
            for word in turn.expect:
                if word.casefold() not in text.casefold():
                    problems.append(f"{turn.said!r}: no {word!r} in {text!r}")
            for word in turn.refuse:
                if word.casefold() in text.casefold():
                    problems.append(f"{turn.said!r}: {word!r} in {text!r}")
        assistant.close()
        after = {d.id: dict(d.state) for d in store.devices()}
        unintended = [f"{i}: {before[i]} -> {after.get(i)}" for i in before
                      if before[i] != after.get(i) and i not in dialogue.changes]
        if dialogue.check is not None:
            problem = dialogue.check(store)
            if problem:
                problems.append(problem)
    return Outcome(dialogue, problems, unintended, transcript)


def _assistant(store: Store) -> Assistant:
    return Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker())


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    scripts = dialogues()
    started = time.perf_counter()
    by_kind: Counter[str] = Counter()
    ok_kind: Counter[str] = Counter()
    unintended = 0
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = template(folder)
        for dialogue in scripts:
            outcome = run_dialogue(dialogue, base, folder)
            by_kind[dialogue.kind] += 1
            ok_kind[dialogue.kind] += outcome.ok
            unintended += len(outcome.unintended)
            if not outcome.ok:
                failures.append(f"[{dialogue.kind}] {dialogue.name}: "
                                + "; ".join(outcome.problems + outcome.unintended))
            if verbose:
                print("\n".join(outcome.transcript))
    seconds = time.perf_counter() - started
    turns = sum(len(d.turns) for d in scripts)
    print(f"{len(scripts)} dialogues ({turns} turns) in {seconds:.1f} s")
    for kind in sorted(by_kind):
        print(f"  {kind:<9} {ok_kind[kind]:>3}/{by_kind[kind]:<3} answered correctly")
    print(f"answered correctly: {sum(ok_kind.values())}/{len(scripts)}; "
          f"unintended device changes: {unintended}")
    for failure in failures:
        print("  FAIL " + failure)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "dialogues": len(scripts), "turns": turns,
        "correct": sum(ok_kind.values()), "unintended_device_changes": unintended,
        "by_kind": {k: {"n": by_kind[k], "correct": ok_kind[k]} for k in sorted(by_kind)},
        "failures": failures}, indent=2) + "\n", encoding="utf-8")
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
