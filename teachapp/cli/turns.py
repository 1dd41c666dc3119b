"""``resolve``, ``run`` and ``undo``: one turn from the command line, decided by the
same engine as the window and ``chat``."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..domain import name_opening, shorten
from ..errors import TeachappError
from .support import device_json, emit_json, open_store, read_home, say_line, tell_created

if TYPE_CHECKING:
    from ..conversation import Assistant, Engine, TurnResult
    from ..conversation.library import RenameUndone
    from ..domain import Device
    from ..home import RunResult
    from ..settings import Settings
    from ..understanding.resolution import Resolution

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("resolve", help="show what utterances mean, without running anything")
    p.add_argument("utterances", nargs="*", metavar="UTTERANCE",
                   help="utterances (none: one per line on standard input)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("run", help="resolve an utterance and run what it means")
    p.add_argument("utterance", help="what you would say, as one argument, e.g. "
                   "\"reading mode please\"")
    p.add_argument("--json", action="store_true", help="the new states as JSON lines")
    p.add_argument("--yes", action="store_true",
                   help="answer yes to the safety question a command that unlocks a lock "
                        "or opens a garage door or gate is asked first (no other question)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("undo", help="take back the newest change: a run (its device "
                       "states), a deletion, a rename, a step edit or phrases taken off")
    p.add_argument("--json", action="store_true", help="the restored states as JSON lines")
    p.set_defaults(func=cmd_undo)


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


def cmd_resolve(args: argparse.Namespace) -> int:
    from ..conversation.resolving import PhraseResolver
    from ..settings import Settings

    settings = Settings()
    phrases = PhraseResolver.from_settings(read_home(args, settings=settings), settings)
    utterances = args.utterances if args.utterances else _stdin_lines()
    parts = _Parts(args, settings)
    try:
        for utterance in utterances:
            resolution = phrases.resolve(utterance)
            said = parts.of(utterance)
            if args.json:
                out = resolution.to_dict()
                if said:
                    out["parts"] = said
                emit_json(out)
            else:
                say_line(_describe_resolution(resolution))
                for part in said:
                    say_line(f"  part {_describe_part(part)}")
    finally:
        parts.close()
    return 0


class _Parts:
    """Several requests in one breath, as ``chat`` and ``run`` decide them: the engine's
    own reading (``Assistant.preview_parts``), so the three never differ. The engine is
    opened only for an utterance that may have parts (``multipart.may_have_parts``: a
    join, "... and ...", a comma, a reason said after a request), so a plain
    ``resolve`` stays as light as it was; an utterance read as one has no parts."""

    def __init__(self, args: argparse.Namespace, settings: Settings) -> None:
        self._args, self._settings = args, settings
        self._engine: Engine | None = None

    def of(self, utterance: str) -> list[dict[str, object]]:
        from ..conversation.reasons import may_have_parts

        if not may_have_parts(utterance):
            return []
        from ..conversation import Source, TurnInput

        read = self._assistant().preview_parts(TurnInput(utterance, Source.CLI))
        return [part.as_json() for part in read] if read and len(read) > 1 else []

    def _assistant(self) -> Assistant:
        if self._engine is None:
            from ..conversation import load_engine
            from ..home import CollectingSpeaker

            self._engine = load_engine(self._args, settings=self._settings,
                                       speaker=CollectingSpeaker())
        return self._engine.assistant

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()


def _describe_part(part: dict[str, object]) -> str:
    what = part["routine"] or part["command"]
    if part["decision"] == "run":
        later = f" at {part['at']}" if "at" in part else ""
        return f"{part['utterance']!r} -> run {what}{later}"
    if part["decision"] == "clarify":
        return f"{part['utterance']!r} -> ask: did you mean {what}?"
    return f"{part['utterance']!r} -> {part['state']}"


def _describe_resolution(resolution: Resolution) -> str:
    if resolution.decision == "run":
        return f"{resolution.utterance!r} -> run {resolution.routine} ({resolution.score:.2f})"
    if resolution.decision == "clarify":
        return (f"{resolution.utterance!r} -> ask: did you mean {resolution.routine}? "
                f"({resolution.score:.2f})")
    return f"{resolution.utterance!r} -> not a taught phrase ({resolution.score:.2f})"


def _print_result(result: RunResult, *, as_json: bool, said: list[str],
                  shown: list[Device] | None = None, lead: str = "",
                  steps: bool = True) -> None:
    """The states ``result`` left (``shown``: only those devices), what it said, and its
    failures on stderr (``lead``: the routine's name before them, when nothing above
    named it; ``steps``: numbered as a routine's steps, not for a device command, whose
    failure is said as chat says it: it read "step 1 did not work: Porch light …" of
    "turn on the porch light")."""
    if as_json:
        for device in result.devices:
            emit_json(device_json(device))
    else:
        for device in result.devices if shown is None else shown:
            say_line(f"{device.name} ({device.id}): {device.describe()}")
        for text in said:
            say_line(f"Says: {text}")
    summary = result.unreachable_summary()
    if summary:  # the broker or server is down: say it once, not once per step
        sys.stderr.write(f"teachapp: {lead}{summary}\n")
    for failure in result.failures:
        if summary and failure.unreachable:
            continue
        step = f"step {failure.index + 1} did not work: " if steps else ""
        sys.stderr.write(f"teachapp: {lead}{step}{failure.message}\n")


def cmd_run(args: argparse.Namespace) -> int:
    """Decide as chat does; run what it would run; when chat would ask, run nothing,
    print the question and exit 1."""
    from ..conversation import Source, TurnInput, load_engine
    from ..home import CollectingSpeaker

    if not args.utterance.strip():
        raise TeachappError("Nothing to run: say what, e.g. 'teachapp run \"reading mode\"' "
                            "('teachapp list' shows the phrases).")
    engine = load_engine(args, speaker=CollectingSpeaker(), backend_wait=5,
                         strict_backend=True, one_shot=True)
    tell_created(engine.store)
    try:
        result = engine.assistant.handle(TurnInput(args.utterance, Source.CLI))
        while args.yes and _asks_to_let_in(result):  # (each lock of a sentence of parts)
            result = engine.assistant.handle(TurnInput("yes", Source.CLI))
        unheard = _yes_unheard(args, result)
        if unheard is not None:
            raise unheard
        engine.assistant.finish_waiting()  # a routine with a pause: all of it, then print
        try:
            return _report(args, result)
        except TeachappError as exc:
            raise _for_want_of_devices(engine, result) or exc from None
    finally:
        engine.close()


def _for_want_of_devices(engine: Any, result: TurnResult) -> TeachappError | None:
    """Why nothing ran when a real home has no device yet (a broker or Home Assistant
    never reached, a broker with no Zigbee2MQTT device list): that, not "… is not a
    taught phrase; … Teach it", which sent the person to teach a device command."""
    from ..conversation import Action
    from .chat import home_unreached

    if result.action not in (Action.REJECT, Action.NOTHING) or engine.backend.devices():
        return None
    away = home_unreached(engine) or (
        f"The home has no devices yet ({engine.backend.status().message}); 'teachapp "
        "doctor' says what is missing.")
    return TeachappError(f"{away} Nothing was run.")


def _yes_unheard(args: argparse.Namespace, result: TurnResult) -> TeachappError | None:
    """A yes/no question whose "yes" ``run`` can give as a command line of its own (each
    ``teachapp run`` is one turn, so it cannot hear the answer): what the engine found,
    that nothing was run, and the line that does what "yes" would. A lock, garage door or
    gate to open: ``--yes`` (never guessed); a device named with a room it is not in
    ("turn on the tv in the bedroom"): the command for the one where it is. None for any
    other turn."""
    from ..conversation import PendingKind
    from ..conversation.cues import elsewhere_offer, not_there
    from ..conversation.decision import lets_people_in

    command = result.command
    if not args.yes and _asks_to_let_in(result):
        found = re.sub(r" Say yes or no[.]$", "", result.question or "")
        unlocks = any(step.set.get("locked") is False for step in command.steps)
        why, offer, line = (f"A {'lock' if unlocks else 'door'} is opened only when you say "
                            "yes, so ", "open it",
                            f"teachapp run --yes \"{shorten(args.utterance)}\"")
    elif result.awaiting == PendingKind.COMMAND and getattr(command, "elsewhere", None):
        found, why, offer = not_there(command.elsewhere), "", elsewhere_offer(command) or ""
        yes = " --yes" if lets_people_in(command) else ""
        line = f"teachapp run{yes} \"{command.text}\""
    else:
        return None
    nothing = f"{why}nothing" if why else "Nothing"
    return TeachappError(f"{found} {nothing} was run; to {offer}, run '{line}'.")


def _asks_to_let_in(result: TurnResult) -> bool:
    """Whether the engine asked before letting people in ("Unlock Front door? Say yes or
    no.", "Open Garage door? ...", or of a part of a sentence "... By "unlock the front
    door", do you want me to unlock Front door?"): the one question ``run --yes`` answers;
    not a lock named with a room it is not in ("unlock the front door in the bedroom":
    which door?)."""
    from ..conversation import Action
    from ..conversation.decision import lets_people_in

    return result.action == Action.ASK and result.awaiting is not None and lets_people_in(
        result.command) and getattr(result.command, "elsewhere", None) is None


def _report(args: argparse.Namespace, result: TurnResult) -> int:
    from ..conversation import Action

    utterance = shorten(result.input.text)  # quoted short: never a 98 KB error line
    lead = ""
    if result.action in (Action.RUN_ROUTINE, Action.RUN_COMMAND) and result.run is not None:
        if result.action == Action.RUN_ROUTINE and not args.json:
            # Several parts in one sentence: name them all, not only the routine.
            several = result.run.routine != result.routine and result.lines
            if not result.run.outcomes and result.lines:  # no steps: the engine says so
                say_line(result.lines[0])
                return 0
            header = (result.lines[0].rstrip(".") + ":" if several
                      else f"{name_opening(result.routine or '')}:")
            if result.run.devices or result.said:
                say_line(header)
            else:  # (it printed "Movie night:" alone, the failure on stderr unnamed)
                lead = f"{header} "
        _print_result(result.run, as_json=args.json, said=result.said, lead=lead,
                      steps=result.action == Action.RUN_ROUTINE)
        if not args.json:
            # (a question asked beside the request is answered after the states: "reading
            # mode, and is the kitchen light on?" -> "Kitchen lights are off.")
            for text in _answers(result):
                say_line(text)
        return 0 if result.run.ok else 1
    errors = [r.text for r in result.replies if r.kind == "error"]
    if errors:
        raise TeachappError(" ".join(errors))
    if result.action == Action.ASK:
        # The engine's own question (one wording for every front end), and how to be sure.
        if result.command is not None:
            hint = f"say it with the device's name, e.g. 'teachapp run \"{result.command.text}\"'"
        elif result.routine is not None:
            phrase = result.resolution.phrase if result.resolution is not None else None
            hint = f"run 'teachapp run \"{phrase or result.routine}\"'"
        else:
            hint = "say each part so that it names its device or routine"
        question = result.question or "Did you mean something else?"
        # (how to answer in the next turn, "Say yes, or which one.", does not hold here:
        # each 'teachapp run' is a turn of its own, so the next one cannot answer it)
        question = re.sub(r"\s+Say (?:yes|which)\b.*$", "", question)
        raise TeachappError(f"Not sure what {utterance!r} means. {question} Nothing was "
                            f"run; say it again or {hint}.")
    if result.action in (Action.REJECT, Action.NOTHING):
        told = [r.text for r in result.replies if r.kind == "info"]
        if told and result.awaiting is None:
            # (the engine said why, e.g. "This home has no toaster. I can turn on ...":
            # its words, not a generic line, so every front end says the same)
            raise TeachappError(f"{' '.join(told)} Nothing was run.")
        raise TeachappError(f"{utterance!r} is not a taught phrase; nothing was run. Teach "
                            "it with 'teachapp teach' (see 'teachapp list' for what is "
                            "taught).")
    asked = result.question
    if asked is not None:
        raise TeachappError(f"{asked} Nothing was run: 'teachapp run' takes one "
                            "request; use 'teachapp chat' for a conversation.")
    for line in result.lines:
        say_line(line)
    if result.run is not None:
        _print_result(result.run, as_json=args.json, said=[])
    return 0


def _answers(result: TurnResult) -> list[str]:
    """The engine's answers to the parts of the sentence that asked something: its info
    lines but those that told how the run went (the states printed say it; "turn on the
    tv and the fan" printed "Bedroom fan: on." after them)."""
    told = {id(r) for r in result.reported}
    return [r.text for r in result.replies if r.kind == "info" and id(r) not in told]


def cmd_undo(args: argparse.Namespace) -> int:
    """Undo the newest of: a deletion (the routine comes back), a rename (the old name
    comes back), a step edit made by voice (the steps come back), phrases taken off a
    routine (they come back), a run no device confirmed (nothing to put back: said so)
    or a run."""
    from ..conversation import load_engine
    from ..conversation.library import (
        deleted_elsewhere,
        nothing_confirmed_said,
        unconfirmed_what,
        undo_deletion_if_newest,
        undo_phrase_removal_if_newest,
        undo_rename_if_newest,
        undo_step_edit_if_newest,
        undo_unconfirmed_run_if_newest,
    )
    from ..home import CollectingSpeaker
    from ..store import last_deletion

    store = open_store(args)
    try:
        deletion = last_deletion(store)
        restored = undo_deletion_if_newest(store)
        renamed = undo_rename_if_newest(store) if restored is None else None
        elsewhere = deleted_elsewhere(store, deletion) if restored is not None else ""
        edited = undo_step_edit_if_newest(store) if restored is None and renamed is None \
            else None
        put_back = undo_phrase_removal_if_newest(store) if (
            restored is None and renamed is None and edited is None) else None
        unconfirmed = undo_unconfirmed_run_if_newest(store) if (
            restored is None and renamed is None and edited is None and put_back is None
        ) else None
        nothing = nothing_confirmed_said(store, unconfirmed) if unconfirmed else ""
    finally:
        store.close()
    if unconfirmed is not None:  # as chat's "undo" says it: the run before it is next
        if args.json:
            emit_json({"nothing_put_back": unconfirmed_what(unconfirmed),
                       "unconfirmed": unconfirmed.names})
        else:
            say_line(nothing)
        return 0
    if put_back is not None:
        phrases = [text for text, _origin in put_back.phrases]
        if args.json:
            emit_json({"phrases_put_back": phrases, "routine": put_back.routine,
                       "phrases_left_out": list(put_back.left_out)})
        else:
            quoted = ", ".join(repr(text) for text in phrases) or "no phrase"
            say_line(f"Put back {quoted} on {put_back.routine!r}.")
            for phrase in put_back.left_out:
                sys.stderr.write(f"teachapp: note: the phrase {phrase!r} now starts another "
                                 "routine and was left out.\n")
        return 0
    if edited is not None:
        if args.json:
            emit_json({"steps_put_back": edited.before.name})
        else:
            say_line(f"Put back the steps of {edited.before.name!r} as they were.")
        return 0
    if renamed is not None:
        _print_renamed_back(renamed, as_json=args.json)
        return 0
    if restored is not None:
        name, skipped = restored
        if args.json:
            emit_json({"restored": name, "phrases_left_out": skipped})
        else:
            say_line(f"Restored routine {name!r}." + (f" {elsewhere}" if elsewhere else ""))
            for phrase in skipped:
                sys.stderr.write(f"teachapp: note: the phrase {phrase!r} now starts another "
                                 "routine and was left out.\n")
        return 0
    engine = load_engine(args, speaker=CollectingSpeaker(), backend_wait=5,
                         strict_backend=True, one_shot=True)
    tell_created(engine.store)
    try:
        result = engine.assistant.undo()
        said = engine.assistant.undone_said(result) if result.ok else None
        changed = engine.assistant.changed_devices(result)
    finally:
        engine.close()
    if args.json:
        _print_result(result, as_json=True, said=[])
        return 0 if result.ok else 1
    if said is not None:  # as chat's "undo" says it, then the states put back
        say_line(said)
    _print_result(result, as_json=False, said=[], shown=changed)
    return 0 if result.ok else 1


def _print_renamed_back(back: RenameUndone, *, as_json: bool) -> None:
    if as_json:
        emit_json({"renamed": back.name, "was": back.was, "restored": back.restored,
                   "phrases_left_out": back.left_out})
        return
    say_line(f"Renamed {back.was!r} back to {back.name!r}."
             + (f" Restored routine {back.restored!r}." if back.restored else ""))
    for phrase in back.left_out:
        sys.stderr.write(f"teachapp: note: the phrase {phrase!r} now starts another "
                         "routine and was left out.\n")
