"""Error paths a person can hit, through the real command line: each names what is
wrong and how to fix it, in one line, and loses nothing.

- a database file that is not SQLite (a note saved over it, a wrong --db): refused,
  the file left byte for byte;
- a routine file in another encoding: UTF-16 with its byte-order mark (Windows
  Notepad's "Unicode") is read; Latin-1 / Windows-1252 was "it is not UTF-8 text; save
  it as UTF-8." with no place named, and UTF-16 without a mark was "it is not valid
  YAML or JSON: unacceptable character #x0000"; now the line is shown, and the fix;
- a settings file that is a folder: "cannot read settings …: [Errno 21] Is a
  directory: '…'" said three times by ``doctor``, whose row said "ok", and "Cannot save
  settings to …: Is a directory." with no way out; now once, a sentence with the fix,
  doctor's row "missing", and the folder is left as it is.
"""

from __future__ import annotations

import json

from conftest import REPO

_EXAMPLES = (REPO / "assets" / "examples.yaml").read_text(encoding="utf-8")


def _routines(teachapp_cli, db) -> list[str]:
    proc = teachapp_cli("--db", str(db), "list", "--json")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line)["name"] for line in proc.stdout.splitlines()]


def _one_line(proc) -> str:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


# ------------------------------------------------------------ not a database


def test_a_database_that_is_not_sqlite_is_refused_and_left_as_it_was(teachapp_cli,
                                                                      tmp_path):
    db = tmp_path / "teachapp.sqlite3"
    db.write_bytes(b"Shopping: eggs, milk\n" * 50)
    for command in (("import", str(REPO / "assets" / "examples.yaml")),
                    ("run", "reading mode"), ("list",)):
        said = _one_line(teachapp_cli("--db", str(db), *command))
        assert said == (f"teachapp: {db} is not a teachapp database (it is not an SQLite "
                        "file). It was left untouched, and there is no backup of it yet. "
                        "Point --db at another file, or move it aside to start afresh."), said
    assert db.read_bytes() == b"Shopping: eggs, milk\n" * 50
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teachapp.sqlite3"]


# ------------------------------------------------------------ other encodings


def test_a_utf16_routine_file_with_its_mark_is_read(teachapp_cli, tmp_path):
    home = tmp_path / "fresh.sqlite3"
    source = tmp_path / "notepad.yaml"
    text = _EXAMPLES.replace("Reading mode", "Café mode").replace("Movie night", "Ciné")
    source.write_text(text, encoding="utf-16")  # (a byte-order mark, then UTF-16 LE)
    proc = teachapp_cli("--db", str(home), "import", str(source))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"Imported 4 routines and 0 devices from {source}."
    assert {"Café mode", "Ciné"} <= set(_routines(teachapp_cli, home))


def test_a_latin1_routine_file_is_refused_naming_the_line(teachapp_cli, home, tmp_path):
    source = tmp_path / "latin.yaml"
    source.write_bytes(_EXAMPLES.replace("Reading mode", "Café mode").encode("latin-1"))
    before = _routines(teachapp_cli, home)
    said = _one_line(teachapp_cli("--db", str(home), "import", "--replace", str(source)))
    line = 1 + _EXAMPLES[:_EXAMPLES.index("Reading mode")].count("\n")
    assert said == (f"teachapp: {source}: it is not UTF-8 text: line {line} (“- name: Café "
                    "mode”) was saved in another encoding, such as Latin-1 or Windows-1252; "
                    "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) and "
                    "import it again."), said
    assert _routines(teachapp_cli, home) == before


def test_utf16_without_its_mark_is_refused_with_the_fix(teachapp_cli, home, tmp_path):
    source = tmp_path / "bare.yaml"
    source.write_bytes(_EXAMPLES.encode("utf-16-le"))
    said = _one_line(teachapp_cli("--db", str(home), "import", str(source)))
    assert said == (f"teachapp: {source}: it is UTF-16 text without a byte-order mark, which "
                    "cannot be read safely; save it as UTF-8 (in most editors: Save As, "
                    "Encoding: UTF-8) and import it again.")


# ------------------------------------------------------------ settings folder


def test_a_settings_file_that_is_a_folder(teachapp_cli, home, tmp_path):
    folder = tmp_path / "settings.json"
    (folder / "mine").mkdir(parents=True)
    (folder / "mine" / "notes.txt").write_text("keep me")
    env = {"TEACHAPP_SETTINGS": str(folder)}
    problem = (f"The settings file {folder} is a folder, not a file, so the defaults are "
               "used. Move or rename that folder (nothing in it is touched), or set "
               "TEACHAPP_SETTINGS to a file.")

    listed = teachapp_cli("--db", str(home), "list", env=env)
    assert listed.returncode == 0 and "Reading mode" in listed.stdout
    assert listed.stderr.strip() == f"teachapp: {problem}"

    doctor = teachapp_cli("--db", str(home), "doctor", env=env)
    assert doctor.stderr.strip() == f"teachapp: {problem}"  # (once, not three times)
    row = next(line for line in doctor.stdout.splitlines() if line.split()[1] == "settings:")
    assert row == f"missing settings: {problem}"

    saved = teachapp_cli("--db", str(home), "backend", "simulated", env=env)
    assert saved.returncode == 1
    assert saved.stderr.strip().splitlines()[-1] == (
        f"teachapp: Cannot save settings to {folder}: it is a folder, not a file; the "
        "setting was not saved. Move or rename that folder (nothing in it is touched), or "
        "set TEACHAPP_SETTINGS to a file.")
    assert (folder / "mine" / "notes.txt").read_text() == "keep me"
    assert [p.name for p in folder.iterdir()] == ["mine"]


def test_a_binary_file_is_not_taken_for_utf16(tmp_path):
    """Zeros fall anywhere in a photo or an empty disk image: not every other byte."""
    import pytest

    from teachapp.errors import RoutineFileError
    from teachapp.store import read_routine_file

    for name, data in (("zeros.yaml", bytes(8192)),
                       ("photo.yaml", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10)):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(RoutineFileError) as info:
            read_routine_file(path)
        assert "UTF-16" not in str(info.value), str(info.value)


def test_a_file_that_is_no_text_is_named_so_not_taken_for_latin1(teachapp_cli, home,
                                                                  tmp_path):
    """A picture, a program, an archive or a database given to ``import`` was "it is not
    UTF-8 text: line 1 (“‰PNG…”) was saved in another encoding, such as Latin-1 or
    Windows-1252; save it as UTF-8 …", with its raw bytes (NULs, control characters)
    echoed to the terminal. Now it says what the file is and what to give instead."""
    import gzip

    before = _routines(teachapp_cli, home)
    backup = tmp_path / "old.sqlite3"
    backup.write_bytes(home.read_bytes())
    files = {
        "picture.yaml": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
                         "it is not a text file (binary data, such as a picture or a "
                         "program); give the .yaml or .json file that 'teachapp export' "
                         "writes."),
        "routines.yaml.gz": (gzip.compress(_EXAMPLES.encode()),
                             "it is a compressed archive, not a routine file; unpack it "
                             "and import the .yaml or .json file inside."),
        "old.sqlite3": (None,
                        "it is an SQLite database (a teachapp database or backup?), not a "
                        "routine file. To put a backup in place: 'teachapp backup restore "
                        "FILE'; to take its routines: 'teachapp --db FILE export "
                        "routines.yaml', then import routines.yaml."),
    }
    for name, (data, said) in files.items():
        path = tmp_path / name
        if data is not None:
            path.write_bytes(data)
        line = _one_line(teachapp_cli("--db", str(home), "import", str(path)))
        assert line == f"teachapp: {path}: {said}"
        assert line.isprintable()
    assert _routines(teachapp_cli, home) == before


def test_devices_of_a_home_never_reached_says_why_it_lists_none(teachapp_cli, tmp_path):
    """With the MQTT broker down before the first connection, 'teachapp devices' printed
    nothing at all and exited 0: no device, no reason."""
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"backend": {"type": "mqtt", "host": "127.0.0.1",
                                                "port": 1}}))
    env = {"TEACHAPP_SETTINGS": str(settings), "TEACHAPP_MQTT_PASSWORD": ""}
    db = tmp_path / "home.sqlite3"
    for extra in ([], ["--json"]):
        proc = teachapp_cli("--db", str(db), "devices", *extra, env=env)
        assert proc.returncode == 0 and proc.stdout == "", proc
        assert proc.stderr.startswith("teachapp: No device is known yet: cannot reach the "
                                      "MQTT broker at 127.0.0.1:1; "), proc.stderr
        assert proc.stderr.endswith("The devices appear once it is reached.\n")
        assert len(proc.stderr.splitlines()) == 1


def test_restoring_a_file_that_is_no_database_does_not_say_too(teachapp_cli, home,
                                                                tmp_path):
    """'backup restore notes.txt' said "The backup … is damaged too (file is not a
    database)": "too" of a database that was sound."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 300)
    before = home.read_bytes()
    line = _one_line(teachapp_cli("--db", str(home), "backup", "restore", str(notes)))
    assert line == (f"teachapp: The backup {notes} cannot be restored: it is not a sound "
                    "database (file is not a database); choose another one from 'teachapp "
                    "backup list'. Nothing was changed.")
    assert home.read_bytes() == before and "Reading mode" in _routines(teachapp_cli, home)


def test_a_routine_file_indented_with_tabs_says_so(teachapp_cli, home, tmp_path):
    """An editor that indents with tabs: 'it is not valid YAML or JSON at line 6, column
    1: found character that cannot start any token.' named no tab (and showed none)."""
    before = _routines(teachapp_cli, home)
    path = tmp_path / "tabbed.yaml"
    path.write_text("version: 1\nroutines:\n  - name: Tea time\n    phrases: [tea time]\n"
                    "    steps:\n\t- say: Kettle on\n")
    line = _one_line(teachapp_cli("--db", str(home), "import", str(path)))
    assert line == (f"teachapp: {path}: it is not valid YAML at line 6, column 1: a tab "
                    "indents that line, and YAML indents with spaces only; replace the tabs "
                    "with spaces (two for each level, as 'teachapp export' writes) and "
                    "import it again.")
    assert _routines(teachapp_cli, home) == before
    path.write_text(path.read_text().replace("\t", "      "))
    assert teachapp_cli("--db", str(home), "import", str(path)).returncode == 0
    assert "Tea time" in _routines(teachapp_cli, home)


def test_a_relative_sqlite_url_names_the_file_it_made_in_full(tmp_path):
    """'--db sqlite:///tmp/x.db' (three slashes: relative to the working folder) said
    "Created a new, empty database at tmp/x.db (the folder tmp did not exist, …)",
    which reads as /tmp; the file was made in ./tmp. Now the full path is named."""
    import os
    import subprocess
    import sys

    from conftest import REPO

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "teachapp", "--db",
                           "sqlite:///tmp/house.sqlite3", "list"], capture_output=True,
                          text=True, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    made = tmp_path / "tmp" / "house.sqlite3"
    assert made.is_file()
    assert proc.stderr == (f"teachapp: Created a new, empty database at {made} (the folder "
                           f"{made.parent} did not exist, so it was made too).\n")
