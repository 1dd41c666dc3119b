"""Routine files: the DESIGN.md format, exact round trips, errors that point."""

import pytest

from teachapp.errors import RoutineFileError
from teachapp.home import ensure_default_home
from teachapp.store import Store, dump_routine_file, parse_routine_file, read_routine_file

DESIGN_EXAMPLE = """\
version: 1
devices:                        # optional when the devices already exist
  - id: light.living_room_lamp
    name: Living room lamp
    room: Living room           # kind is the part of the id before the dot
routines:
  - name: Reading mode
    phrases: [reading mode, time to read]
    steps:
      - device: light.living_room_lamp
        set: {on: true, brightness: 100}
      - wait: 2
      - say: Enjoy your book
"""


def test_the_design_example_parses_with_on_as_an_attribute():
    devices, routines = parse_routine_file(DESIGN_EXAMPLE)
    assert devices[0].id == "light.living_room_lamp" and devices[0].room == "Living room"
    assert routines[0].steps[0].set == {"on": True, "brightness": 100}
    assert routines[0].phrase_texts() == ["reading mode", "time to read"]


def test_export_then_import_into_an_empty_database_reproduces_it(tmp_path, store):
    store.import_all(*read_routine_file(_write(tmp_path, "a.yaml", DESIGN_EXAMPLE)))
    exported = dump_routine_file(store.devices(), store.routines())
    with Store.open(tmp_path / "empty.sqlite3") as empty:
        empty.import_all(*parse_routine_file(exported))
        assert dump_routine_file(empty.devices(), empty.routines()) == exported
        assert [(r.name, r.phrase_texts(), r.steps, r.enabled) for r in empty.routines()] == \
            [(r.name, r.phrase_texts(), r.steps, r.enabled) for r in store.routines()]
        assert [(d.id, d.name, d.room) for d in empty.devices()] == \
            [(d.id, d.name, d.room) for d in store.devices()]


def test_json_is_accepted_too(tmp_path):
    path = _write(tmp_path, "r.json", '{"version": 1, "routines": [{"name": "Fan", '
                  '"phrases": ["fan on"], "steps": [{"device": "fan.bedroom_fan", '
                  '"set": {"on": true}}]}]}')
    _, routines = read_routine_file(path)
    assert routines[0].steps[0].set == {"on": True}


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "words"), [
    ("version: 1\nroutines:\n  - name: A\n    phrases: [a]\n    colour: red\n",
     ["routine 'A'", "colour"]),
    ("version: 1\nroutines:\n  - name: A\n    phrases: a b\n    steps: {wait: 1}\n",
     ["routine 'A'", "steps"]),
    ("version: 1\nroutines:\n  - name: A\n    phrases: [a]\n    steps:\n"
     "      - device: light.x\n        set: {brightness: 250}\n",
     ["routine 'A'", "steps[0].set", "brightness", "0–100"]),
    ("version: 1\nroutines:\n  - name: A\n    phrases: [a]\n  - name: a\n    phrases: [b]\n",
     ["routine 'a'", "twice"]),
    ("version: 1\nroutines:\n  - name: A\n    phrases: []\n", ["routine 'A'", "phrases"]),
    ("version: 1\nroutines:\n  - name: A\n    phrases: [a]\n    steps: [{wait: -1}]\n",
     ["steps[0].wait"]),
    ("version: 2\n", ["version"]),
    ("- just\n- a list\n", ["holds a list", "version: 1", "routines"]),
    ("version: 1\nroutines: [{name: A, phrases: [a], steps: [{device: light.x}]}]\n",
     ["steps[0]", "set"]),
    ("a: &x [1]\nb: *x\n", ["aliases"]),
    ("version: 1\nroutines:\n  - !!python/object/apply:os.system [ls]\n", ["YAML"]),
    ("version: 1\nroutines: [\n", ["line"]),
])
def test_invalid_files_name_the_file_routine_and_field(tmp_path, body, words):
    path = _write(tmp_path, "bad.yaml", body)
    with pytest.raises(RoutineFileError) as info:
        read_routine_file(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("version: 1\nroutines: [{name: Caf\xe9}]\n".encode("latin-1"))
    with pytest.raises(RoutineFileError, match="UTF-8"):
        read_routine_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(RoutineFileError, match="does not exist"):
        read_routine_file(tmp_path / "nope.yaml")


def test_an_unknown_device_in_an_import_changes_nothing(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as store:
        ensure_default_home(store)
        devices, routines = parse_routine_file(
            "version: 1\nroutines:\n"
            "  - {name: Good, phrases: [good], steps: [{device: light.desk_lamp, set: {on: true}}]}\n"
            "  - {name: Bad, phrases: [bad], steps: [{device: light.attic, set: {on: true}}]}\n")
        with pytest.raises(Exception, match="light.attic"):
            store.import_all(devices, routines)
        assert store.routines() == []
