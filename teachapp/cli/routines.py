"""``import``, ``export``, ``teach``, ``list``, ``delete``, ``rename`` and ``devices``:
what was taught, from the command line. The rules are the use cases of
``conversation.library``, shared with the window and the voice commands."""

from __future__ import annotations

import argparse
import shlex
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..clock import wall_time
from ..domain import (
    ATTRIBUTES,
    Device,
    SayStep,
    SetStep,
    Step,
    WaitStep,
    attribute_words,
    parse_value,
    spoken_list,
    with_implied_on,
)
from ..errors import NotFoundError, TeachappError
from .support import describe_steps, device_json, emit_json, open_store, read_home, say_line

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["register"]


_TEACH_DESCRIPTION = (
    "Teach a phrase: what it should set, say or wait. The steps run in the order\n"
    "given; repeat --set, --say and --wait as often as needed.")


def _teach_epilog() -> str:
    """Examples, and what each kind of device takes, from the one attribute table
    (``domain.ATTRIBUTES``): the help said neither where a device id comes from nor
    which attributes there are."""
    kinds = "\n".join(
        f"  {kind:<13} " + ", ".join(f"{name} ({spec.allowed()})"
                                     for name, spec in specs.items())
        for kind, specs in ATTRIBUTES.items())
    return ("examples:\n"
            '  teachapp teach "study mode" --set light.desk_lamp.brightness=80 '
            '--say "Focus time"\n'
            '  teachapp teach "good night" --set light.bedroom_lamp.on=false --wait 2 '
            "--set lock.front_door.locked=true\n\n"
            "DEVICE is a device id as 'teachapp devices' lists them; the part before the "
            "dot is its kind,\nwhich decides the attributes it takes:\n" + kinds)


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
    p.add_argument("--history", action="store_true",
                   help="also device states, phrase usage, turns, learning and runs "
                   "(to move a household to another database without loss)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("teach", help="teach a phrase: what it should set, say or wait",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description=_TEACH_DESCRIPTION, epilog=_teach_epilog())
    p.add_argument("phrase", help="the phrase to say, e.g. \"reading mode\"")
    p.add_argument("--set", dest="steps", action=_StepAction, kind="set",
                   metavar="DEVICE.ATTRIBUTE=VALUE",
                   help="a device change, e.g. light.living_room_lamp.brightness=100 "
                        "(repeatable)")
    p.add_argument("--say", dest="steps", action=_StepAction, kind="say", metavar="TEXT",
                   help="words to say (repeatable)")
    p.add_argument("--wait", dest="steps", action=_StepAction, kind="wait",
                   metavar="SECONDS", help="a pause (repeatable)")
    p.add_argument("--name", help="routine name (default: the phrase)")
    p.add_argument("--replace", action="store_true",
                   help="replace a routine of the same name")
    p.set_defaults(func=cmd_teach, steps=None)

    p = sub.add_parser("list", help="routines with their phrases")
    p.add_argument("--json", action="store_true", help="one JSON object per routine")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("delete", help="delete a routine ('teachapp undo' brings it back)")
    p.add_argument("name", help="the routine's name")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("rename", help="rename a routine")
    p.add_argument("old", help="the routine's name now")
    p.add_argument("new", help="its new name")
    p.set_defaults(func=cmd_rename)

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


def _own_copy_of_a_missing_asset(given: Path) -> None:
    """A missing file named like one teachapp carries ("assets/examples.yaml", as the
    README says it, typed away from a checkout: the bundle or a pipx install) is
    refused with the path of teachapp's own copy, so the person can import that."""
    from ..errors import RoutineFileError
    from ..paths import assets_dir

    if given.exists() or not given.name:
        return
    own = assets_dir() / given.name
    if own.is_file() and own.suffix in (".yaml", ".yml", ".json"):
        raise RoutineFileError(str(given), f"the file does not exist here ({Path.cwd()}). "
                               f"teachapp's own {given.name} is at {own}; import it with: "
                               f"teachapp import {shlex.quote(str(own))}")


def cmd_import(args: argparse.Namespace) -> int:
    from ..conversation.library import (
        OnClash,
        apply_import,
        import_cancelled_said,
        plan_import,
    )
    from ..store import load_routine_file
    from .progress import LARGE_FILE_BYTES, TerminalProgress

    _own_copy_of_a_missing_asset(Path(args.file))
    try:
        large = Path(args.file).stat().st_size >= LARGE_FILE_BYTES
    except OSError:
        large = False  # (load_routine_file says what is wrong with it)
    progress = TerminalProgress(f"Importing {args.file}", enabled=None if large else False)
    try:
        # Read once, and before the database opens: a bad file changes nothing.
        loaded = load_routine_file(args.file, progress=progress)
        store = open_store(args, default_home=not loaded.devices)
        try:
            plan = plan_import(store, args.file, loaded=loaded)
            report = apply_import(store, plan,
                                  OnClash.REPLACE if args.replace else OnClash.FAIL,
                                  progress=progress)
        finally:
            store.close()
    except KeyboardInterrupt:
        raise TeachappError(import_cancelled_said(args.file)) from None
    finally:
        progress.close()
    say_line(report.describe(args.file))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..conversation.library import export_routines, exported_said

    store = open_store(args, reading=True)
    try:
        text, count = export_routines(store, args.file, fmt=args.format,
                                      history=args.history)
    finally:
        store.close()
    if not args.file:
        sys.stdout.write(text)
        return 0
    say_line(exported_said(count, args.file))
    return 0


def _parse_steps(store: Store, raw: list[tuple[str, str]]) -> list[Step]:
    steps: list[Step] = []
    known = {d.id for d in store.devices()}
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
            steps.append(WaitStep(seconds=int(seconds) if seconds.is_integer() else seconds))
        else:
            device_id, attribute, text = _split_set(value, known)
            if device_id not in known:
                store.device(device_id)  # raises UnknownDeviceError with the known ids
            parsed = parse_value(device_id, attribute, text)
            previous = steps[-1] if steps else None
            if isinstance(previous, SetStep) and previous.device == device_id:
                steps[-1] = SetStep(device=device_id, set={**previous.set, attribute: parsed})
            else:
                steps.append(SetStep(device=device_id, set={attribute: parsed}))
    return [with_implied_on(s) for s in steps]


def _split_set(value: str, known: set[str]) -> tuple[str, str, str]:
    target, sep, text = value.partition("=")
    device_id, dot, attribute = target.strip().rpartition(".")
    if not sep or not dot or "." not in device_id or not attribute or not text.strip():
        # "desk_lamp.on=true": the id without its kind; name the one that was meant.
        meant = sorted(d for d in known if dot and "." not in device_id
                       and d.partition(".")[2] == device_id)
        if meant:
            raise TeachappError(
                f"--set {value!r} names no device: a device id starts with its kind, e.g. "
                f"{meant[0]}.{attribute}={text.strip() or 'VALUE'} ('teachapp devices' "
                "lists them).")
        raise TeachappError(
            f"--set {value!r} should look like DEVICE.ATTRIBUTE=VALUE, e.g. "
            "light.living_room_lamp.brightness=100.")
    return device_id, attribute, text.strip()


def cmd_teach(args: argparse.Namespace) -> int:
    phrase = " ".join(args.phrase.split())
    if not phrase:
        raise TeachappError("The phrase is empty; say what you want to teach, e.g. "
                            "teachapp teach \"reading mode\" --set ...")
    if not args.steps:
        raise TeachappError("Tell teachapp what the phrase should do with --set "
                            "DEVICE.ATTRIBUTE=VALUE, --say TEXT or --wait SECONDS.")
    from ..conversation.library import teach_routine
    from ..conversation.resolving import PhraseResolver

    store = open_store(args)
    try:
        steps = _parse_steps(store, args.steps)
        resolver = PhraseResolver(store).current()
        saved = teach_routine(store, phrase, steps, name=args.name, replace=args.replace)
        for confusion in resolver.confusable(phrase, exclude_routine=saved.name):
            # (the routine named only when it is not the phrase: it said "'x mode' sounds
            # like 'study mode' (study mode)")
            owner = ("" if confusion.routine.casefold() == confusion.phrase.casefold()
                     else f" ({confusion.routine})")
            sys.stderr.write(f"teachapp: note: {phrase!r} sounds like {confusion.phrase!r}"
                             f"{owner}; saying it may ask which one you meant.\n")
        names = {d.id: d.name for d in store.devices()}
    finally:
        store.close()
    say_line(f"Taught \"{phrase}\" as routine {saved.name}: "
             f"{describe_steps(names, saved.steps)}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    home = read_home(args)
    routines = home.routines
    names = {d.id: d.name for d in home.devices}
    if args.json:
        from ..schedule import next_of, place_from_settings
        from ..settings import Settings
        from ..store.routine_file import routine_to_dict

        place = place_from_settings(Settings().section("location"))
        for routine in routines:
            item = routine_to_dict(routine)
            item.setdefault("triggers", [])
            skipped = home.skips.get(routine.name, [])
            when = next_of(routine.triggers, place, skipped=set(skipped)
                           ) if routine.enabled else None
            item["next_run"] = None if when is None else when.isoformat(timespec="seconds")
            now = wall_time()  # ("skip movie night this friday": left out)
            item["skipped"] = [datetime.fromtimestamp(at, place.zone).isoformat(
                timespec="seconds") for at in skipped if at > now]
            emit_json(item)
        return 0
    here, where = _home_ids(args, home.devices)
    if not routines:
        say_line("Nothing is taught yet. Teach a phrase with 'teachapp teach' or "
                 "'teachapp chat', or import routines with 'teachapp import FILE'.")
    for routine in routines:
        flag = "" if routine.enabled else "  (disabled)"
        say_line(f"{routine.name}{flag}")
        say_line("  phrases: " + ", ".join(routine.phrase_texts()))
        say_line("  does: " + (describe_steps(_marked(names, here, where), routine.steps)
                               or "nothing yet"))
        missing = _not_in_the_home(routine.steps, names, here)
        if missing:
            say_line(f"  not in this home: {missing}, so those steps cannot run "
                     "('teachapp devices' lists the home's devices)")
        if routine.triggers:
            say_line("  runs: " + _runs(routine, home.skips.get(routine.name, [])))
    _list_timers(home.timers)
    if home.timers or any(r.triggers and r.enabled for r in routines):
        say_line("(Schedules and timers run while the teachapp window or 'teachapp "
                 "service' is running; a run due while neither was is not made up later.)")
    return 0


def _home_ids(args: argparse.Namespace, stored: list[Any]) -> tuple[set[str], str]:
    """The ids of the chosen home's devices (``home.factory.home_devices``), and the
    home's name ("" for the simulated one); the simulated home's without importing the
    backends (``list`` stays quick). A real home's from the database's device list: from
    the file alone, a computer sharing the database listed every step of a routine as
    "not in this home"."""
    from ..settings import Settings

    kind = str(Settings().get("backend", "type") or "simulated").lower()
    if kind == "simulated":
        return {d.id for d in stored}, ""
    from ..home.factory import home_devices

    store = open_store(args, reading=True)
    try:
        here = {d.id for d in home_devices(stored, store=store)}
    finally:
        store.close()
    return here, "Home Assistant" if kind == "homeassistant" else "Zigbee2MQTT"


def _marked(names: dict[str, str], here: set[str], where: str) -> dict[str, str]:
    """Device names for a routine's steps, each the real home no longer lists marked
    ("Kitchen Lights (device not found in Home Assistant)"): an entity removed there
    was listed as if its step could run."""
    if not where:
        return names
    return {i: n if i in here else f"{n} (device not found in {where})"
            for i, n in names.items()}


def _not_in_the_home(steps: list[Step], names: dict[str, str], here: set[str]) -> str:
    """The devices a routine sets that the chosen home does not have, named ("Ceiling
    light (light.ceiling_light)"), or "": a routine taught on the simulated home, after
    ``backend mqtt``, was listed as if its steps could run, and ``run`` then failed."""
    missing = dict.fromkeys(s.device for s in steps
                            if isinstance(s, SetStep) and s.device not in here)
    return spoken_list(f"{names[i]} ({i})" if i in names else i for i in missing)


def _runs(routine: Any, skipped: list[float]) -> str:
    """A routine's schedule in words with its next run: "every weekday at 19:00 (next:
    Mon 7 Dec 19:00)" (the text form of ``list``; it showed no schedule at all)."""
    from ..schedule import next_of, place_from_settings
    from ..settings import Settings
    from ..triggers import describe_trigger

    said = spoken_list([describe_trigger(t) for t in routine.triggers])
    place = place_from_settings(Settings().section("location"))
    when = next_of(routine.triggers, place, skipped=set(skipped)) if routine.enabled else None
    return said + ("" if when is None else f" (next: {when:%a} {when.day} {when:%b %H:%M})")


def _list_timers(timers: list[Any]) -> None:
    """The timers set and not yet run, after the routines (the text form only: ``list
    --json`` stays one routine per line)."""
    if not timers:
        return
    from ..conversation.reminders import listed_as
    from ..schedule import place_from_settings, run_said
    from ..settings import Settings

    zone = place_from_settings(Settings().section("location")).zone
    say_line("Timers:")
    for timer in timers:
        say_line(f"  {run_said(datetime.fromtimestamp(timer.at, zone))}: "
                 f"{listed_as(timer.text)}")


def cmd_devices(args: argparse.Namespace) -> int:
    """The home's devices; a home out of reach lists those it last listed, and says so
    first, on stderr (exit 0: the devices are listed; stdout stays the list)."""
    from ..home.asked import devices_listed

    store = open_store(args, reading=True)
    try:
        devices, note = devices_listed(store)
    finally:
        store.close()
    if note:
        sys.stderr.write(f"teachapp: {note}\n")
        sys.stderr.flush()
    for device in devices:
        if args.json:
            emit_json(device_json(device))
        else:
            say_line(f"{device.id:<34} {device.name:<22} {device.room:<14} "
                     f"{_state_listed(device)}")
    if not devices:
        sys.stderr.write(f"teachapp: {_no_devices()}\n")
    return 0


def _state_listed(device: Device) -> str:
    """A device's state in the list; for one that has not reported it, what it has
    instead ("not reporting its state (settable: on/off, brightness)"), not its kind's
    default ("off, brightness 100 %, colour temp 3000 K" of a lamp with no colour
    temperature)."""
    if not device.unreported or not device.attributes:
        return device.describe()
    has = ", ".join(_BOTH_WAYS.get(a, attribute_words(a)) for a in device.attributes)
    return f"{device.unreported} (settable: {has})"


_BOTH_WAYS = {"on": "on/off", "locked": "locked/unlocked"}


def _no_devices() -> str:
    """Why ``devices`` lists nothing (a real home never reached: it printed nothing at
    all, exit 0), from the check ``doctor`` makes, at most a few seconds."""
    from ..home.factory import describe_backend_settings
    from .doctor import as_sentence

    try:
        ok, message = describe_backend_settings()
    except TeachappError as exc:  # the settings themselves are wrong: how to fix them
        # (it said "No device is known yet: The Home Assistant backend in … has no URL;
        # set it with …. The devices appear once it is reached.")
        return f"No device is known yet. {as_sentence(str(exc))}"
    if ok:
        return (f"No device is known yet. {as_sentence(message)} The devices are saved "
                "here the first time teachapp connects ('teachapp chat' or 'teachapp run').")
    # (a broker that answers with no device list on it: "once it is reached" was said
    # of a broker that already was)
    then = ("The devices appear once Zigbee2MQTT lists them." if "answers, but" in message
            else "The devices appear once it is reached.")
    return f"No device is known yet: {message.strip().rstrip('.')}. {then}"


def _named_by_a_phrase(store: Store, said: str, command: str, does: str
                       ) -> NotFoundError | None:
    """A routine named by one of its phrases rather than its name ("time to read" for
    Reading mode): the error says whose phrase it is and the command to use; it said
    "There is no routine called 'time to read'", though the person had just said it."""
    owner = store.phrase_owner(said)
    if owner is None:
        return None
    return NotFoundError(f"{said!r} is a phrase of {owner}, not a routine's name; "
                         f"'teachapp {command.format(routine=owner)}' {does}.")


def cmd_delete(args: argparse.Namespace) -> int:
    from ..conversation.library import delete_routine

    store = open_store(args)
    try:
        try:
            deleted = delete_routine(store, args.name)
        except NotFoundError as exc:
            raise _named_by_a_phrase(store, args.name, 'delete "{routine}"',
                                     "deletes it, with all its phrases") or exc from None
    finally:
        store.close()
    phrases = spoken_list(repr(p) for p in deleted.phrases)
    say_line(f"Deleted {deleted.name!r} (phrases: {phrases}). 'teachapp undo' brings it back.")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    if not " ".join(args.new.split()):
        raise TeachappError("The new name is empty; give the routine a name, e.g. "
                            "teachapp rename \"movie mode\" cinema.")
    from ..conversation.library import rename_routine

    store = open_store(args)
    try:
        try:
            done = rename_routine(store, args.old, args.new)
        except NotFoundError as exc:
            new = args.new.replace('"', "")
            raise _named_by_a_phrase(store, args.old, f'rename "{{routine}}" "{new}"',
                                     "renames it") or exc from None
    finally:
        store.close()
    if done.old == done.new:
        say_line(f"{done.new!r} is already called that; nothing changed.")
        return 0
    say_line(f"Renamed {done.old!r} to {done.new!r}. 'teachapp undo' renames it back.")
    return 0
