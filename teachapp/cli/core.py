"""The core commands: import, export, resolve, teach, run, undo, list, devices."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain import (
    Device,
    Phrase,
    Routine,
    SayStep,
    SetStep,
    Step,
    WaitStep,
    describe_state,
    kind_of,
    parse_value,
)
from ..errors import ConflictError, NotFoundError, RoutineFileError, TeachappError
from ..home import CollectingSpeaker, Executor, RunResult, make_backend, only_default_home
from ..settings import Settings
from ..store import Interaction, Store, dump_routine_file, read_routine_file
from .support import emit_json, open_store, say_line

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import routines (and devices) from a YAML or JSON file")
    p.add_argument("file", help="routine file (.yaml or .json)")
    p.add_argument("--replace", action="store_true",
                   help="replace routines whose names already exist")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write routines and devices as a routine file")
    p.add_argument("file", nargs="?", help="output file (standard output when omitted)")
    p.add_argument("--format", choices=("yaml", "json"),
                   help="file format (default: from the file name, else YAML)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("resolve", help="show what utterances mean, without running anything")
    p.add_argument("utterances", nargs="*", metavar="UTTERANCE",
                   help="utterances (none: one per line on standard input)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("teach", help="teach a phrase: what it should set, say or wait")
    p.add_argument("phrase", help="the phrase to say, e.g. \"reading mode\"")
    p.add_argument("--set", dest="steps", action=_StepAction, kind="set",
                   metavar="DEVICE.ATTRIBUTE=VALUE",
                   help="a device change, e.g. light.living_room_lamp.brightness=100")
    p.add_argument("--say", dest="steps", action=_StepAction, kind="say", metavar="TEXT",
                   help="a spoken reply")
    p.add_argument("--wait", dest="steps", action=_StepAction, kind="wait",
                   metavar="SECONDS", help="a pause")
    p.add_argument("--name", help="routine name (default: the phrase)")
    p.add_argument("--replace", action="store_true",
                   help="replace a routine of the same name")
    p.set_defaults(func=cmd_teach, steps=None)

    p = sub.add_parser("run", help="resolve an utterance and run what it means")
    p.add_argument("utterance")
    p.add_argument("--json", action="store_true", help="the new states as JSON lines")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("undo", help="restore the states the last run changed")
    p.add_argument("--json", action="store_true", help="the restored states as JSON lines")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("list", help="routines with their phrases")
    p.add_argument("--json", action="store_true", help="one JSON object per routine")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("devices", help="devices and their states")
    p.add_argument("--json", action="store_true", help="one JSON object per device")
    p.set_defaults(func=cmd_devices)


class _StepAction(argparse.Action):
    """Collects --set/--say/--wait in the order given: they become ordered steps."""

    def __init__(self, *args: Any, kind: str, **kwargs: Any) -> None:
        self.kind = kind
        super().__init__(*args, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        steps = getattr(namespace, self.dest) or []
        steps.append((self.kind, values))
        setattr(namespace, self.dest, steps)


# ------------------------------------------------------------------ commands


def cmd_import(args: argparse.Namespace) -> int:
    devices, routines = read_routine_file(args.file)
    store = open_store(args, default_home=not devices)
    # A file that brings its own home replaces the untouched simulated one.
    drop = only_default_home(store) if devices else []
    known = ({d.id for d in store.devices()} - set(drop)) | {d.id for d in devices}
    for routine in routines:
        for index, step in enumerate(routine.steps):
            if isinstance(step, SetStep) and step.device not in known:
                raise RoutineFileError(
                    args.file, f"there is no device {step.device!r} in the home or the "
                    "file; add it under 'devices:' or fix the id.",
                    routine=routine.name, field=f"steps[{index}].device")
    if not args.replace:
        existing = {n.casefold(): n for n in store.routine_names()}
        clashes = [r.name for r in routines if r.name.casefold() in existing]
        if clashes:
            raise ConflictError(
                f"{args.file}: routine {clashes[0]!r} already exists"
                f"{f' (and {len(clashes) - 1} more)' if len(clashes) > 1 else ''}; "
                "nothing was imported. Use --replace to replace them.")
    store.import_all(devices, routines, replace=args.replace, drop_devices=drop)
    say_line(f"Imported {len(routines)} routine{'s' if len(routines) != 1 else ''} and "
             f"{len(devices)} device{'s' if len(devices) != 1 else ''} from {args.file}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(args)
    fmt = args.format or ("json" if args.file and args.file.lower().endswith(".json")
                          else "yaml")
    routines = store.routines()
    text = dump_routine_file(store.devices(), routines, fmt=fmt)
    if not args.file:
        sys.stdout.write(text)
        return 0
    target = Path(args.file)
    tmp = target.with_name(f".{target.name}.partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise TeachappError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    say_line(f"Exported {len(routines)} routines to {target}.")
    return 0


def _stdin_lines() -> Iterator[str]:
    """Utterances from standard input, one per line; bytes that are not UTF-8 are
    replaced (and reported once) rather than losing the line."""
    warned = False
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace")
            if not warned:
                sys.stderr.write(f"teachapp: line {number} of standard input is not "
                                 "UTF-8 text; unreadable bytes were replaced.\n")
                warned = True
        yield line.rstrip("\r\n")


def _resolver(store: Store):  # type: ignore[no-untyped-def]
    from ..understanding.resolution import phrase_entries
    from ..understanding.resolver import Resolver

    return Resolver(phrase_entries(store.phrase_index()))


def cmd_resolve(args: argparse.Namespace) -> int:
    store = open_store(args)
    resolver = _resolver(store)
    utterances = args.utterances if args.utterances else _stdin_lines()
    for utterance in utterances:
        resolution = resolver.resolve(utterance)
        if args.json:
            emit_json(resolution.to_dict())
        else:
            say_line(_describe_resolution(resolution))
    return 0


def _describe_resolution(resolution: Any) -> str:
    if resolution.decision == "run":
        return f"{resolution.utterance!r} -> run {resolution.routine} ({resolution.score:.2f})"
    if resolution.decision == "clarify":
        return (f"{resolution.utterance!r} -> ask: did you mean {resolution.routine}? "
                f"({resolution.score:.2f})")
    return f"{resolution.utterance!r} -> not a taught phrase ({resolution.score:.2f})"


def _parse_steps(store: Store, raw: list[tuple[str, str]]) -> list[Step]:
    steps: list[Step] = []
    known = {d.id: d for d in store.devices()}
    for kind, value in raw:
        if kind == "say":
            if not value.strip():
                raise TeachappError("--say needs some text to say.")
            steps.append(SayStep(text=value.strip()))
        elif kind == "wait":
            try:
                seconds = float(value)
            except ValueError:
                raise TeachappError(f"--wait {value!r} is not a number of seconds.") from None
            if not 0 <= seconds <= 3600:
                raise TeachappError("--wait takes 0 to 3600 seconds.")
            steps.append(WaitStep(seconds=int(seconds) if seconds.is_integer() else seconds))
        else:
            device_id, attribute, text = _split_set(value)
            if device_id not in known:
                store.device(device_id)  # raises UnknownDeviceError with the known ids
            parsed = parse_value(device_id, attribute, text)
            previous = steps[-1] if steps else None
            if isinstance(previous, SetStep) and previous.device == device_id:
                steps[-1] = SetStep(device=device_id, set={**previous.set, attribute: parsed})
            else:
                steps.append(SetStep(device=device_id, set={attribute: parsed}))
    return [_with_implied_on(s) for s in steps]


def _split_set(value: str) -> tuple[str, str, str]:
    target, sep, text = value.partition("=")
    device_id, dot, attribute = target.strip().rpartition(".")
    if not sep or not dot or "." not in device_id or not attribute or not text.strip():
        raise TeachappError(
            f"--set {value!r} should look like DEVICE.ATTRIBUTE=VALUE, e.g. "
            "light.living_room_lamp.brightness=100.")
    return device_id, attribute, text.strip()


def _with_implied_on(step: Step) -> Step:
    """Brightness or fan speed above zero means on, as a person expects."""
    if not isinstance(step, SetStep) or "on" in step.set:
        return step
    level = step.set.get("brightness", step.set.get("speed"))
    kind = step.device.split(".", 1)[0]
    if kind in ("light", "fan") and isinstance(level, (int, float)) and level > 0:
        return SetStep(device=step.device, set={"on": True, **step.set})
    return step


def cmd_teach(args: argparse.Namespace) -> int:
    phrase = " ".join(args.phrase.split())
    if not phrase:
        raise TeachappError("The phrase is empty; say what you want to teach, e.g. "
                            "teachapp teach \"reading mode\" --set ...")
    if not args.steps:
        raise TeachappError("Tell teachapp what the phrase should do with --set "
                            "DEVICE.ATTRIBUTE=VALUE, --say TEXT or --wait SECONDS.")
    store = open_store(args)
    steps = _parse_steps(store, args.steps)
    name = (args.name or phrase).strip()
    owner = store.phrase_owner(phrase)
    if owner is not None and owner.casefold() != name.casefold():
        raise ConflictError(f"The phrase {phrase!r} already starts routine {owner!r}; "
                            "choose another phrase.")
    resolver = _resolver(store)
    for confusion in resolver.confusable(phrase, exclude_routine=name):
        sys.stderr.write(f"teachapp: note: {phrase!r} sounds like {confusion.phrase!r} "
                         f"({confusion.routine}); saying it may ask which one you meant.\n")
    phrases = [Phrase(text=phrase, origin="taught")]
    if args.replace:
        try:
            old = store.routine(name)
            phrases += [p for p in old.phrases if p.text.casefold() != phrase.casefold()]
        except NotFoundError:
            pass
    routine = Routine(name=name, phrases=phrases, steps=steps, source="cli")
    saved = store.save_routine(routine, replace=args.replace)
    say_line(f"Taught {phrase!r}: {_describe_steps(_device_names(store), saved.steps)}.")
    return 0


def _device_names(store: Store) -> dict[str, str]:
    return {d.id: d.name for d in store.devices()}


def _describe_steps(names: dict[str, str], steps: list[Step]) -> str:
    """Steps in one line; ``names`` maps device ids to names (read once per command)."""
    parts: list[str] = []
    for step in steps:
        if isinstance(step, SetStep):
            label = names.get(step.device, step.device)
            parts.append(f"{label} {describe_state(kind_of(step.device), step.set)}")
        elif isinstance(step, WaitStep):
            parts.append(f"wait {step.seconds} s")
        else:
            parts.append(f"say {step.text!r}")
    return "; ".join(parts)


def _device_json(device: Device) -> dict[str, Any]:
    return {"id": device.id, "name": device.name, "room": device.room,
            "kind": device.kind, "state": device.state}


def _print_result(result: RunResult, *, as_json: bool, said: list[str]) -> None:
    if as_json:
        for device in result.devices:
            emit_json(_device_json(device))
    else:
        for device in result.devices:
            say_line(f"{device.id}: {device.name}: {device.describe()}")
        for text in said:
            say_line(f"Says: {text}")
    for failure in result.failures:
        sys.stderr.write(f"teachapp: step {failure.index + 1} did not work: "
                         f"{failure.message}\n")


def cmd_run(args: argparse.Namespace) -> int:
    store = open_store(args)
    utterance = args.utterance
    resolution = _resolver(store).resolve(utterance)
    speaker = CollectingSpeaker()
    backend = make_backend(store, Settings(), wait=5)
    try:
        return _run_resolved(args, store, backend, speaker, resolution)
    finally:
        backend.close()


def _run_resolved(args: argparse.Namespace, store: Store, backend: Any,
                  speaker: CollectingSpeaker, resolution: Any) -> int:
    utterance = args.utterance
    executor = Executor(backend, store, speaker)
    if resolution.decision == "run" and resolution.routine is not None:
        routine = store.routine(resolution.routine)
        result = executor.run(routine, utterance=utterance)
        store.mark_used(routine.name, resolution.phrase)
        store.log_interaction(Interaction(
            heard=utterance, decision="run", score=resolution.score, routine=routine.name,
            outcome="done" if result.ok else "failed", source="cli"))
        if not args.json:
            say_line(f"{routine.name}:")
        _print_result(result, as_json=args.json, said=speaker.said)
        return 0 if result.ok else 1
    command = None
    if resolution.decision == "reject":
        command = _device_command(backend.devices(), utterance)
    if command is not None:
        result = executor.run(command.steps, utterance=utterance)
        store.log_interaction(Interaction(
            heard=utterance, decision="command", score=command.confidence,
            outcome="done" if result.ok else "failed", source="cli"))
        _print_result(result, as_json=args.json, said=speaker.said)
        return 0 if result.ok else 1
    store.log_interaction(Interaction(heard=utterance, decision=resolution.decision,
                                      score=resolution.score, routine=resolution.routine,
                                      outcome="not run", source="cli"))
    if resolution.decision == "clarify":
        raise TeachappError(f"Not sure what {utterance!r} means: did you mean "
                            f"{resolution.routine!r}? Nothing was run; say it again or run "
                            f"'teachapp run \"{resolution.phrase or resolution.routine}\"'.")
    raise TeachappError(f"{utterance!r} is not a taught phrase; nothing was run. Teach it "
                        "with 'teachapp teach' (see 'teachapp list' for what is taught).")


def _device_command(devices: list[Device], utterance: str):  # type: ignore[no-untyped-def]
    from ..understanding import CommandParser

    return CommandParser(devices).parse(utterance)


def cmd_undo(args: argparse.Namespace) -> int:
    store = open_store(args)
    backend = make_backend(store, Settings(), wait=5)
    try:
        result = Executor(backend, store).undo()
    finally:
        backend.close()
    if not args.json:
        say_line(f"Undid {result.routine or 'the last run'}:")
    _print_result(result, as_json=args.json, said=[])
    return 0 if result.ok else 1


def cmd_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    routines = store.routines()
    if args.json:
        from ..store.routine_file import routine_to_dict

        for routine in routines:
            emit_json(routine_to_dict(routine))
        return 0
    if not routines:
        say_line("Nothing is taught yet. Teach a phrase with 'teachapp teach' or "
                 "'teachapp chat', or import routines with 'teachapp import FILE'.")
        return 0
    names = _device_names(store)
    for routine in routines:
        flag = "" if routine.enabled else "  (disabled)"
        say_line(f"{routine.name}{flag}")
        say_line("  phrases: " + ", ".join(routine.phrase_texts()))
        say_line("  does: " + (_describe_steps(names, routine.steps) or "nothing yet"))
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    store = open_store(args)
    for device in store.devices():
        if args.json:
            emit_json(_device_json(device))
        else:
            say_line(f"{device.id:<34} {device.name:<22} {device.room:<14} "
                     f"{device.describe()}")
    return 0
