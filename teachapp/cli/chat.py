"""``teachapp chat``: the assistant in a terminal, one turn per line of standard input.

A line is typed text, or ``@path.wav`` for a recording. Replies are printed one per
line and flushed, so a whole teaching dialogue can be scripted through a pipe; the
"> " prompt appears only when standard input is a terminal.

A routine with a pause answers at its pause and goes on by itself; how its rest went
is printed when it happens (``LaterReplies``), between turns. When standard input
ends while a routine waits, the rest does not run, and the chat says so.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..domain import recording_path
from .support import say_line, tell_created

__all__ = ["register", "run_chat"]

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "chat", help="talk to teachapp in the terminal (a turn per line, @file.wav for audio)",
        description="Read turns from standard input until it ends: a line of text, or "
                    "@path.wav to recognise a recording. Each reply is printed on its own "
                    "line. Say 'teach' to teach a new phrase, 'help' for ideas.")
    parser.add_argument("--echo", action="store_true",
                        help="print each turn as '> turn' before the replies (for transcripts)")
    parser.set_defaults(func=run_chat)


def _lines(stream: BinaryIO) -> Iterator[tuple[str, bool]]:
    """Lines of a byte stream as text, and whether undecodable bytes were replaced."""
    for raw in iter(stream.readline, b""):
        raw = raw.rstrip(b"\r\n")
        try:
            yield raw.decode("utf-8"), False
        except UnicodeDecodeError:
            yield raw.decode("utf-8", errors="replace"), True


BACKEND_WAIT = 3.0
"""Seconds chat gives a real home (MQTT, Home Assistant) to connect before the first
turn; the simulated home does not wait."""


def start_notes(engine: Any) -> list[str]:
    """What the window shows at start and in its status bar, for chat: the engine's
    notes (a backend that could not start, no voice) and a home that cannot be reached.
    Chat said none of it: with the MQTT broker down, "turn on the desk lamp" was
    "This home has no desk lamp, and nothing I can turn on. …" and nothing said why."""
    from ..conversation.runtime import created_note

    created = created_note(engine.store)
    lines = [note for note in engine.notes if note != created]
    away = home_unreached(engine)
    if away is not None:
        lines.append(away)
    return lines


def _no_sound_card() -> list[str]:
    """Said once at start when replies would be spoken to no sound card (only doctor
    said it: chat seemed to speak and nothing was heard)."""
    from ..speech import sound_output

    ok, _why = sound_output()
    if ok:
        return []
    return ["No sound card found, so replies will be shown here, not spoken. Connect "
            "speakers or headphones ('aplay -l' lists the sound cards), or start chat "
            "with --no-speech to leave speech off."]


def home_unreached(engine: Any) -> str | None:
    """"The home cannot be reached: …" and what that means for commands, or None when
    the device backend is connected (chat's start, and ``run`` that ran nothing). That
    teachapp keeps trying is said when it does (``status.retrying``: not for a one-shot
    command, nor a refused password); it was "…; retrying" inside the reason."""
    status = engine.backend.status()
    if status.connected:
        return None
    known = len(engine.backend.devices())
    why = status.message.rstrip().rstrip(".")
    trying = " teachapp keeps trying to reach it." if status.retrying else ""
    seen = ""
    if status.listed_at is not None:  # (the list itself may be days old)
        from ..home import listed_said

        seen = f" (the list it gave on {listed_said(status.listed_at)})"
    return (f"The home cannot be reached: {why}.{trying} "
            + (f"Its {known} devices are shown as they last were{seen}; commands to "
               "them fail until it is back." if known else
               "No device is known yet, so no command can run until it is back."))


def run_chat(args: argparse.Namespace) -> int:
    """The chat loop; returns 0 when standard input ends."""
    from ..conversation import load_engine

    engine = load_engine(args, backend_wait=BACKEND_WAIT)
    assistant, store = engine.assistant, engine.store
    tell_created(store)
    notes = start_notes(engine)
    if not getattr(args, "no_speech", False):
        notes += _no_sound_card()
    for line in notes:
        sys.stderr.write(f"teachapp: {line}\n")
    from ..conversation.awareness import start_watch

    printing = threading.Lock()  # a rest's lines come from its own thread

    def say(text: str) -> None:
        with printing:
            say_line(text)

    def later(event: Any) -> None:
        if type(event).__name__ == "LaterReplies":
            for line in event.lines:
                say(line)

    assistant.subscribe(later)
    watching = start_watch(engine, say)  # schedules fire, hunches ask, during chat
    interactive = sys.stdin.isatty()
    echo = bool(getattr(args, "echo", False))
    try:
        if interactive:
            say_line('teachapp: type a phrase, a device command, "teach" to teach me, '
                     '"help" for ideas; @file.wav for a recording; "quit" or Ctrl-D to '
                     'leave.')
            if not store.routine_names():
                say_line('Nothing is taught yet: say "teach" to teach me your first phrase.')
        stream = sys.stdin.buffer
        while True:
            if interactive:
                with printing:
                    sys.stdout.write("> ")
                    sys.stdout.flush()
            try:
                text, replaced = next(_lines(stream))
            except StopIteration:
                break
            if echo:  # (under the lock too: a schedule's line from the watch's thread
                # written at once lost words of both)
                say(f"> {text}")
            if replaced:
                say("(That line was not valid UTF-8; I replaced the unreadable "
                    "characters with \ufffd.)")
            if interactive and _leaves(text, store):
                break
            for line in _turn(assistant, text):
                say(line)
        session = assistant.teaching
        if session is not None and session.phrase:
            say(f"(\"{session.phrase}\" was not saved.)")
        for line in assistant.unfinished():
            say(line)
        if interactive:
            say_line("")
        return 0
    finally:
        watching.stop()
        engine.close()


_LEAVE_WORDS = ("quit", "exit")


def _leaves(text: str, store: Any) -> bool:
    """Whether a line typed at the terminal ends the session: "quit" or "exit" alone,
    as a terminal program takes them, unless a routine was taught that phrase. (They
    were a turn: "quit" -> "OK, I'll leave things as they are. …", and the prompt came
    back.) Only on a terminal: a piped script's lines are all turns."""
    word = text.strip().strip(".!").strip().lower()
    return word in _LEAVE_WORDS and store.phrase_owner(word) is None


def _turn(assistant: Any, text: str) -> list[str]:
    from ..conversation import TurnInput

    path = recording_path(text)
    if path is not None:
        if not path.exists():  # (a folder, or a file that is no WAV: the engine says so)
            return [f"There is no recording at {path}; give the path of a WAV file "
                    "after @."]
        return assistant.handle_recording(path).lines
    return assistant.handle(TurnInput(text)).lines
