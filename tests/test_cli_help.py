"""Every command's ``--help`` says what each argument is: `teachapp run --help` listed
a bare "utterance" and `models use --help` a bare "PATH"; `models install` named Vosk
languages only, though `doctor` tells people to run `models install whisper-tiny.en`."""

from __future__ import annotations

import argparse

from teachapp.cli import build_parser


def _parsers(parser: argparse.ArgumentParser, name: str = "teachapp"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                yield from _parsers(child, f"{name} {sub}")


def test_every_argument_of_every_command_has_a_help_text():
    bare = [f"{name}: {action.dest}" for name, parser in _parsers(build_parser())
            for action in parser._actions
            if not isinstance(action, argparse._SubParsersAction) and not action.help]
    assert bare == []


def test_run_and_models_help_in_a_real_process(teachapp_cli):
    run = teachapp_cli("run", "--help")
    assert "what you would say, as one argument" in " ".join(run.stdout.split())
    install = teachapp_cli("models", "install", "--help")
    assert "whisper-tiny.en" in install.stdout
    use = teachapp_cli("models", "use", "--help")
    assert "an unpacked model folder (not the zip)" in " ".join(use.stdout.split())
