"""Every command's ``--help`` says what each argument is: `teachapp run --help` listed
a bare "utterance" and `models use --help` a bare "PATH"; `models install` named Vosk
languages only, though `doctor` tells people to run `models install whisper-tiny.en`."""

from __future__ import annotations

import argparse
import shlex

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


def test_every_command_says_what_it_does():
    """`teachapp import --help` showed its usage and options alone: every command's help
    opens with what it does (at least the line `teachapp --help` lists for it)."""
    silent = [name for name, parser in _parsers(build_parser())
              if name != "teachapp" and not parser.description]
    assert silent == []


def test_teach_help_says_where_devices_come_from_and_what_they_take(teachapp_cli):
    """`teachapp teach --help` named neither where a device id comes from nor which
    attributes a kind has, so a person could not write their first --set."""
    text = " ".join(teachapp_cli("teach", "--help").stdout.split())
    assert "Teach a phrase" in text
    assert "'teachapp devices' lists" in text
    assert "repeatable" in text
    assert "brightness (0–100%)" in text and "locked (true or false)" in text
    assert "mode (one of off, heat, cool, auto)" in text


def test_the_teach_help_examples_work_as_written(teachapp_cli, tmp_path):
    help_text = teachapp_cli("teach", "--help").stdout
    examples = [line.strip() for line in help_text.splitlines()
                if line.strip().startswith("teachapp teach ")]
    assert len(examples) == 2
    for example in examples:
        proc = teachapp_cli("--db", str(tmp_path / "home.db"), *shlex.split(example)[1:])
        assert proc.returncode == 0, (example, proc.stderr)


def test_words_left_unquoted_are_said_with_the_quotes_they_need(teachapp_cli, tmp_path):
    """`teachapp run reading mode` said "teachapp: unrecognized arguments: mode"."""
    db = str(tmp_path / "home.db")
    cases = {
        ("run", "reading", "mode"): 'teachapp run "reading mode"',
        ("teach", "reading", "time", "--set", "light.desk_lamp.on=true"):
            'teachapp teach "reading time" --set',
        ("delete", "Reading", "mode"): 'teachapp delete "Reading mode"',
        ("rename", "Movie", "night", "Film", "night"): "put each in quotes",
    }
    for argv, advice in cases.items():
        proc = teachapp_cli("--db", db, *argv)
        assert proc.returncode == 2, (argv, proc.stderr)
        assert advice in proc.stderr and "unrecognized" not in proc.stderr, proc.stderr
        assert f"Try 'teachapp {argv[0]} --help'." in proc.stderr
    other = teachapp_cli("--db", db, "list", "extra")  # any other left-over word: as before
    assert other.returncode == 2 and "unrecognized arguments: extra" in other.stderr
