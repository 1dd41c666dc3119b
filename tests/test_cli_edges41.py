"""Error paths a new user meets on the command line (pass 41).

- ``--db ""`` (``--db "$DB"`` with DB unset) opened the user's own default database
  without a word: "Nothing is taught yet." from a database the person never meant.
- ``teach … --set desk_lamp.on=true`` (the id without its kind) said only "should look
  like DEVICE.ATTRIBUTE=VALUE, e.g. light.living_room_lamp.brightness=100", which the
  person believed they had written.
"""

from __future__ import annotations


def test_an_empty_db_option_is_bad_usage_not_the_default_database(teachapp_cli, tmp_path):
    for args in (("--db", "", "list"), ("list", "--db", "")):
        proc = teachapp_cli(*args, env={"TEACHAPP_DATA_DIR": str(tmp_path / "data")})
        assert proc.returncode == 2, proc.stdout
        assert proc.stderr == ("teachapp: --db is empty, so no database was opened (the "
                               "default one would have been); give a database file or URL, "
                               "or leave --db out.\nTry 'teachapp --help'.\n")
        assert proc.stdout == ""
    assert not list((tmp_path / "data").glob("*.sqlite3"))


def test_a_device_id_without_its_kind_names_the_device_meant(teachapp_cli, tmp_path):
    db = tmp_path / "home.db"
    proc = teachapp_cli("--db", str(db), "teach", "study time", "--set",
                        "desk_lamp.brightness=80")
    assert proc.returncode == 1
    assert proc.stderr == ("teachapp: --set 'desk_lamp.brightness=80' names no device: a "
                           "device id starts with its kind, e.g. "
                           "light.desk_lamp.brightness=80 ('teachapp devices' lists them).\n")
    other = teachapp_cli("--db", str(db), "teach", "study time", "--set", "lamp.on=true")
    assert other.stderr == ("teachapp: --set 'lamp.on=true' should look like "
                            "DEVICE.ATTRIBUTE=VALUE, e.g. "
                            "light.living_room_lamp.brightness=100.\n")


def test_a_screenshot_path_with_a_file_in_the_way_is_said_before_rendering(teachapp_cli,
                                                                           tmp_path):
    """``gui --screenshot notes.txt/shot.png`` rendered the window, then ended in
    "unexpected error: FileExistsError: [Errno 17] File exists"; a folder given for the
    file said "check the folder exists and is writable" (it did, and was)."""
    notes = tmp_path / "notes.txt"
    notes.write_text("a file\n")
    db = tmp_path / "home.db"
    proc = teachapp_cli("--db", str(db), "gui", "--screenshot", str(notes / "shot.png"))
    assert proc.returncode == 1
    assert proc.stderr == (f"teachapp: Cannot write the screenshot {notes / 'shot.png'}: "
                           f"{notes} is a file, not a folder; choose another place for it.\n")
    folder = teachapp_cli("--db", str(db), "gui", "--screenshot", str(tmp_path))
    assert folder.returncode == 1
    assert folder.stderr == (f"teachapp: Cannot write the screenshot to {tmp_path}: it is a "
                             f"folder; give a file name, e.g. {tmp_path / 'teachapp.png'}.\n")
    assert notes.read_text() == "a file\n"


def test_a_file_where_a_folder_should_be_is_named(teachapp_cli, tmp_path):
    """A file on the way to --db or TEACHAPP_SETTINGS was the system's words: "Cannot
    create the folder for the database …: File exists.", "cannot be read (not a
    directory) … Make it readable and writable for you (chmod u+rw)" and "Cannot save
    settings …: File exists; … Free some space or make the folder writable"."""
    notes = tmp_path / "notes.txt"
    notes.write_text("a file\n")
    proc = teachapp_cli("--db", str(notes / "home.db"), "list")
    assert proc.returncode == 1
    assert proc.stderr == (f"teachapp: Cannot create the folder for the database "
                           f"{notes / 'home.db'}: {notes} is a file, not a folder. Choose "
                           "another place with --db PATH.\n")
    settings = notes / "settings.json"
    fix = (f"Set TEACHAPP_SETTINGS to a file in a folder you can write to, or move {notes} "
           "aside.")
    saved = teachapp_cli("backend", "simulated", env={"TEACHAPP_SETTINGS": str(settings)})
    assert saved.returncode == 1
    assert saved.stderr.splitlines() == [
        f"teachapp: The settings file {settings} cannot be read: {notes} is a file, not a "
        f"folder, so the defaults are used. {fix}",
        f"teachapp: Cannot save settings to {settings}: {notes} is a file, not a folder; the "
        f"setting was not saved. {fix}"]
    assert notes.read_text() == "a file\n"
