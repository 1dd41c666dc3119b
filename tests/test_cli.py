"""The command-line contract of DESIGN.md, driven as the acceptance checks drive it.

Tests taking ``cli`` or ``db_url`` run on an SQLite file and on a real PostgreSQL
server (the ``db_url`` fixture of conftest.py)."""

import json

import pytest

from teachapp.cli import main

HOME = """\
version: 1
devices:
  - {id: light.living_room_lamp, name: Living room lamp, room: Living room}
  - {id: light.desk_lamp, name: Desk lamp, room: Office}
  - {id: media_player.tv, name: TV, room: Living room}
routines:
  - name: Reading mode
    phrases: [reading mode, time to read]
    steps:
      - device: light.living_room_lamp
        set: {on: true, brightness: 100}
      - say: Enjoy your book
  - name: Movie night
    phrases: [movie night]
    steps:
      - device: media_player.tv
        set: {on: true, volume: 35}
"""


@pytest.fixture
def home_file(tmp_path):
    path = tmp_path / "home.yaml"
    path.write_text(HOME, encoding="utf-8")
    return path


@pytest.fixture
def cli(db_url, capsys):
    """Run teachapp in this process: returns (exit status, stdout, stderr)."""

    def run(*args):
        try:
            status = main(["--db", db_url, "--no-speech", *args])
        except SystemExit as exc:
            status = exc.code
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _devices(cli):
    status, out, _ = cli("devices", "--json")
    assert status == 0
    return {d["id"]: d for d in map(json.loads, out.splitlines())}


def test_import_run_undo_end_to_end(cli, home_file):
    assert cli("import", str(home_file))[0] == 0
    before = _devices(cli)["light.living_room_lamp"]["state"]
    status, out, _ = cli("run", "reading mode")
    assert status == 0
    assert "light.living_room_lamp" in out and "brightness 100 %" in out
    assert _devices(cli)["light.living_room_lamp"]["state"]["brightness"] == 100
    assert _devices(cli)["light.living_room_lamp"]["state"]["on"] is True
    assert cli("undo")[0] == 0
    assert _devices(cli)["light.living_room_lamp"]["state"] == before


def test_devices_json_has_the_contract_keys(cli):
    devices = _devices(cli)
    assert len(devices) == 12
    for device in devices.values():
        assert set(device) == {"id", "name", "room", "kind", "state"}
        assert device["kind"] == device["id"].split(".")[0]


def test_resolve_json_one_line_per_utterance_in_order(cli, home_file, monkeypatch):
    cli("import", str(home_file))
    status, out, _ = cli("resolve", "--json", "reading mode", "", "movie night")
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [x["utterance"] for x in lines] == ["reading mode", "", "movie night"]
    assert lines[0]["decision"] == "run" and lines[0]["routine"] == "Reading mode"
    assert lines[1]["decision"] == "reject" and lines[1]["routine"] is None
    for line in lines:
        assert set(line) >= {"utterance", "decision", "routine", "score", "alternatives"}
        assert 0 <= line["score"] <= 1


def test_resolve_reads_stdin_and_survives_bytes_that_are_not_utf8(cli, home_file,
                                                                  monkeypatch):
    import io
    import sys

    cli("import", str(home_file))
    data = b"time to read\n\xff\xfe movie\nmovie night\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, err = cli("resolve", "--json")
    assert status == 0
    assert len(out.splitlines()) == 3
    assert "line 2" in err and "UTF-8" in err


def test_teach_then_run(cli):
    status, out, err = cli("teach", "study mode", "--set", "light.desk_lamp.brightness=80",
                           "--say", "Focus time")
    assert status == 0, err
    status, out, _ = cli("list")
    assert "study mode" in out
    status, out, _ = cli("run", "study mode")
    assert status == 0
    state = _devices(cli)["light.desk_lamp"]["state"]
    assert state["brightness"] == 80 and state["on"] is True


@pytest.mark.parametrize(("args", "words"), [
    (("teach", "x", "--set", "light.desk_lamp.sparkle=1"), ["sparkle", "a light has"]),
    (("teach", "x", "--set", "light.desk_lamp.brightness=300"), ["brightness", "0–100"]),
    (("teach", "x", "--set", "light.attic.on=true"), ["light.attic"]),
    (("teach", "x", "--set", "brightness=3"), ["DEVICE.ATTRIBUTE=VALUE"]),
    (("teach", "x"), ["--set"]),
    (("run", "launch the rocket"), ["not a taught phrase"]),
    (("run", "  "), ["Nothing to run", "teachapp list"]),
    (("undo",), ["nothing to undo"]),
    (("import", "/nonexistent/file.yaml"), ["does not exist"]),
])
def test_user_errors_are_one_line_on_stderr_with_status_1(cli, args, words):
    status, _out, err = cli(*args)
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    for word in words:
        assert word in err


def test_import_clash_needs_replace_and_changes_nothing(cli, home_file):
    cli("import", str(home_file))
    status, _, err = cli("import", str(home_file))
    assert status == 1 and "--replace" in err
    assert cli("import", str(home_file), "--replace")[0] == 0


def test_export_round_trip(cli, home_file, tmp_path, capsys):
    cli("import", str(home_file))
    status, exported, _ = cli("export")
    assert status == 0 and "Reading mode" in exported
    out_file = tmp_path / "out.yaml"
    status, told, _ = cli("export", str(out_file))
    assert status == 0 and told.strip() == f"Exported 2 routines to {out_file}."
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "import", str(out_file)]) == 0
    assert main(["--db", str(other), "export"]) == 0
    assert capsys.readouterr().out.split("\n", 1)[1] == exported


def test_an_export_of_one_routine_says_one_routine(cli, tmp_path):
    one = tmp_path / "one.yaml"
    one.write_text("routines:\n  - {name: Bedtime, phrases: [bedtime],"
                   " steps: [{device: light.desk_lamp, set: {on: false}}]}\n", encoding="utf-8")
    assert cli("import", str(one))[0] == 0
    out_file = tmp_path / "out.yaml"
    assert cli("export", str(out_file))[1].strip() == f"Exported 1 routine to {out_file}."


def test_bad_usage_exits_2(cli):
    assert cli("frobnicate")[0] == 2
    assert cli("resolve", "--bogus")[0] == 2


def test_a_broken_database_is_one_clear_line(tmp_path, capsys):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"\x00garbage" * 100)
    assert main(["--db", str(broken), "list"]) == 1
    err = capsys.readouterr().err
    assert "not an SQLite file" in err and len(err.strip().splitlines()) == 1


def test_version_and_doctor_in_a_real_process(teachapp_cli, db_path):
    proc = teachapp_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("teachapp ")
    taught = teachapp_cli("--db", str(db_path), "teach", "night light",
                          "--set", "light.bedroom_lamp.brightness=10")
    assert taught.returncode == 0, taught.stderr
    proc = teachapp_cli("--db", str(db_path), "doctor")
    assert proc.returncode == 0
    database = next(line for line in proc.stdout.splitlines() if "database" in line)
    assert "holds 1 routine and 12 devices" in database


def test_a_second_process_sees_what_the_first_taught(teachapp_cli, db_url):
    first = teachapp_cli("--db", db_url, "teach", "night light",
                         "--set", "light.bedroom_lamp.brightness=10")
    assert first.returncode == 0, first.stderr
    second = teachapp_cli("--db", db_url, "resolve", "--json", "night light")
    assert json.loads(second.stdout)["routine"] == "night light"


def test_teachapp_db_environment_variable(teachapp_cli, db_path):
    proc = teachapp_cli("teach", "fan time", "--set", "fan.bedroom_fan.on=true",
                        env={"TEACHAPP_DB": str(db_path)})
    assert proc.returncode == 0, proc.stderr
    assert db_path.exists()


def test_an_imported_home_replaces_the_untouched_simulated_one(cli, tmp_path):
    other = tmp_path / "garage.yaml"
    other.write_text(
        "version: 1\ndevices:\n  - {id: light.garage, name: Garage light, room: Garage}\n"
        "routines:\n  - {name: Leaving, phrases: [leaving home],"
        " steps: [{device: light.garage, set: {on: true}}]}\n", encoding="utf-8")
    assert len(_devices(cli)) == 12  # a fresh database starts with the simulated home
    assert cli("import", str(other))[0] == 0
    assert list(_devices(cli)) == ["light.garage"]


def test_an_imported_home_joins_a_home_that_is_in_use(cli, home_file, tmp_path):
    cli("teach", "fan time", "--set", "fan.bedroom_fan.on=true")
    other = tmp_path / "garage.yaml"
    other.write_text("version: 1\ndevices:\n  - {id: light.garage, name: Garage light}\n",
                     encoding="utf-8")
    assert cli("import", str(other))[0] == 0
    assert len(_devices(cli)) == 13


def test_global_options_may_follow_the_command(teachapp_cli, db_url):
    taught = teachapp_cli("teach", "lamp time", "--set", "light.desk_lamp.on=true",
                          "--db", db_url, "--no-speech")
    assert taught.returncode == 0, taught.stderr
    proc = teachapp_cli("resolve", "--json", "--db", db_url, "lamp time")
    assert json.loads(proc.stdout)["routine"] == "lamp time"
