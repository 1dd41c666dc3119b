"""The ``teachapp`` command line: headless commands over the same engine as the window.

Exit status: 0 success, 1 a user error (one line on stderr, details in the log
file), 2 bad usage (argparse). The contract is DESIGN.md's "CLI form"; it may be
extended, never changed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..clock import wall_time
from ..errors import TeachappError
from ..logs import logging_problem, setup_logging
from ..paths import cache_problem
from . import awareness, backend, backup, chat, doctor, gui, routines, speech, turns

__all__ = ["build_parser", "gui_main", "main"]

log = logging.getLogger("teachapp")

# Command groups that live in their own modules (speech, chat, window, backends).
_COMMAND_GROUPS = (routines, turns, chat, speech, gui, backend, doctor, backup, awareness)


class _Parser(argparse.ArgumentParser):
    """argparse with messages that end in a hint, and exit status 2 for bad usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message}\nTry '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="teachapp",
        description="An offline assistant you teach by voice. With no command, the "
                    "window opens (or the terminal dialogue when there is no display).",
    )
    parser.add_argument("--version", action="version", version=f"teachapp {__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database file or SQLAlchemy URL (default: $TEACHAPP_DB or "
                             "teachapp.sqlite3 in the user data folder)")
    parser.add_argument("--no-speech", action="store_true",
                        help="do not speak replies (print them only)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also log details to standard error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in _COMMAND_GROUPS:
        group.register(sub)
    _accept_global_options_after_the_command(sub)
    _say_what_each_command_does(sub)
    return parser


def _say_what_each_command_does(sub: argparse._SubParsersAction) -> None:
    """``teachapp COMMAND --help`` opens with the line ``teachapp --help`` lists for it,
    at every level (``models install``): it showed the usage and options alone, so
    ``teachapp import --help`` never said what import does."""
    for listed in sub._choices_actions:
        command = sub.choices[listed.dest]
        if command.description is None and listed.help:
            command.description = listed.help[0].upper() + listed.help[1:] + "."
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _say_what_each_command_does(action)


def _accept_global_options_after_the_command(sub: argparse._SubParsersAction) -> None:
    """``teachapp resolve --db x.db`` works as well as ``teachapp --db x.db resolve``."""
    for command in set(sub.choices.values()):
        known = {o for action in command._actions for o in action.option_strings}
        if "--db" not in known:
            command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                                 help=argparse.SUPPRESS)
        if "--no-speech" not in known:
            command.add_argument("--no-speech", action="store_true",
                                 default=argparse.SUPPRESS, help=argparse.SUPPRESS)


_QUOTE_THE_WORDS = {
    "run": ("utterance", 'what you would say is one argument: put it in quotes, e.g. '
                         'teachapp run "{words}"'),
    "teach": ("phrase", 'the phrase is one argument: put it in quotes, e.g. '
                        'teachapp teach "{words}" --set …'),
    "delete": ("name", 'the name is one argument: put it in quotes, e.g. '
                       'teachapp delete "{words}"'),
    "rename": ("new", 'each name is one argument: put each in quotes, e.g. '
                      'teachapp rename "Movie night" "Film night"'),
}
"""Commands whose words a person may forget to quote, the argument that took the first
word, and what to say (``teachapp run reading mode`` said "unrecognized arguments:
mode")."""


def _left_over(parser: argparse.ArgumentParser, args: argparse.Namespace,
               extra: list[str]) -> None:
    """Words left over: bad usage (exit 2), said as argparse says it, unless they are the
    rest of a phrase or name said without quotes."""
    known = _QUOTE_THE_WORDS.get(getattr(args, "command", None) or "")
    if known is None or any(word.startswith("-") for word in extra):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
        return
    field, advice = known
    words = " ".join([str(getattr(args, field, "") or ""), *extra]).strip()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands.choices[args.command].error(advice.format(words=words))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        _left_over(parser, args, extra)
    if getattr(args, "db", None) == "":  # (``--db "$DB"`` with DB unset)
        parser.error("--db is empty, so no database was opened (the default one would "
                     "have been); give a database file or URL, or leave --db out.")
    setup_logging(verbose=args.verbose)
    if logging_problem():
        _error_line(logging_problem() or "")
    if cache_problem():
        _error_line(cache_problem() or "")
    if not args.verbose:
        _say_settings_warnings()
    func = getattr(args, "func", None)
    if func is None:
        func = _default_command
    try:
        wall_time()  # (a TEACHAPP_NOW that is no time: said at once, whatever the command)
        return int(func(args) or 0)
    except TeachappError as exc:
        log.info("user error: %s", exc, exc_info=True)
        _error_line(str(exc))
        return 1
    except KeyboardInterrupt:
        _error_line("stopped.")
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``); nothing more to say.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except Exception as exc:
        from ..logs import log_file

        log.exception("unexpected error")
        details = "run it again with -v for the details"  # (no log: to the screen)
        if not logging_problem():
            try:
                details = f"details in {log_file()}"
            except OSError:
                pass
        _error_line(f"unexpected error: {exc.__class__.__name__}: {exc} ({details})")
        return 1


_SAID_ON_STDERR = ("teachapp.settings", "teachapp.understanding.normalize")
"""The loggers of the person's own files (settings.json, the user lexicon.yaml), whose
warnings each command says on stderr too."""


def _say_settings_warnings() -> None:
    """A settings file (or user lexicon) that cannot be read, or a value in it that is
    ignored, is said on stderr as well as logged: it was the log alone, so a typo in
    settings.json put every setting back to its default without a word (and a YAML error
    in lexicon.yaml dropped all of the person's words as silently)."""
    for name in _SAID_ON_STDERR:
        logger = logging.getLogger(name)
        if not any(isinstance(h, _StderrLine) for h in logger.handlers):
            logger.addHandler(_StderrLine(logging.WARNING))


class _StderrLine(logging.Handler):
    """A record as one "teachapp: …" line on the standard error of the moment."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _error_line(record.getMessage())
        except Exception:  # noqa: BLE001 - a closed stderr must not stop the command
            self.handleError(record)


def _error_line(message: str) -> None:
    text = " ".join(message.split())
    sys.stderr.write(f"teachapp: {text}\n")
    sys.stderr.flush()


def _default_command(args: argparse.Namespace) -> int:
    """No command: the window when there is a display, else the terminal dialogue."""
    try:
        from ..gui.app import display_available, run_gui
    except ImportError as exc:
        log.info("window unavailable: %s", exc, exc_info=True)
        display_available = None  # type: ignore[assignment]
    if display_available is not None and display_available():
        return run_gui(args)
    if not sys.stdin.isatty():
        raise TeachappError(
            "No display found, so the window cannot open. Use 'teachapp chat' to talk "
            "to teachapp in the terminal, or start it on a desktop.")
    # (the dialogue's own first line says how to use it: 'help', Ctrl-D)
    sys.stderr.write("teachapp: no display found; starting the terminal dialogue "
                     "('teachapp chat').\n")
    return int(chat.run_chat(args) or 0)


def gui_main() -> int:
    """Entry point of the ``teachapp-gui`` launcher."""
    argv = sys.argv[1:]
    if not argv or argv[0].startswith("-"):
        argv = [*argv, "gui"]
    return main(argv)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
