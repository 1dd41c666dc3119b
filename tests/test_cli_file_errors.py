"""Routine files that cannot be imported or written, as `teachapp import` / `export`
say it: what is wrong and the way round it, and nothing changed."""

from __future__ import annotations

import pytest


def _listed(teachapp_cli, db) -> str:
    return teachapp_cli("--db", str(db), "list", "--json").stdout


@pytest.mark.parametrize("text", ["", "\n\n", "# my routines\n"])
def test_an_empty_file_says_it_holds_nothing_and_what_one_looks_like(
        teachapp_cli, home, tmp_path, text):
    empty = tmp_path / "routines.yaml"
    empty.write_text(text)
    before = _listed(teachapp_cli, home)
    proc = teachapp_cli("--db", str(home), "import", str(empty))
    assert proc.returncode == 1
    # was: "the file must be a mapping with 'version', 'devices' and 'routines'."
    assert proc.stderr == (f"teachapp: {empty}: it holds nothing to import; a routine file "
                           "starts with 'version: 1' and lists 'routines' ('teachapp "
                           "export' shows one).\n")
    assert _listed(teachapp_cli, home) == before


def test_a_file_of_the_version_alone_says_it_has_no_routines_and_shows_one(
        teachapp_cli, home, tmp_path):
    bare = tmp_path / "routines.yaml"
    bare.write_text("version: 1\n")
    before = _listed(teachapp_cli, home)
    proc = teachapp_cli("--db", str(home), "import", str(bare))
    # was: exit 0, "Imported 0 routines and 0 devices from …/routines.yaml."
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"teachapp: {bare}: it has no routines, so there is "
                                  "nothing to import. List them under 'routines'")
    assert _listed(teachapp_cli, home) == before
    # the routine it shows imports as it is
    shown = proc.stderr.split("e.g. in YAML: '")[1].split("' ('teachapp export'")[0]
    bare.write_text(f"version: 1\n{shown}\n")
    fresh = tmp_path / "fresh.sqlite3"
    done = teachapp_cli("--db", str(fresh), "import", str(bare))
    assert done.returncode == 0, done.stderr
    assert '"Reading mode"' in _listed(teachapp_cli, fresh)
    # an export's "routines: []" (a home with devices and nothing taught) still imports
    bare.write_text("version: 1\nroutines: []\n")
    assert teachapp_cli("--db", str(home), "import", str(bare)).returncode == 0


def test_a_file_from_a_newer_teachapp_says_to_update(teachapp_cli, home, tmp_path):
    newer = tmp_path / "routines.yaml"
    newer.write_text("version: 3\nroutines:\n  - name: Tea\n    phrases: [tea]\n"
                     "    steps:\n      - say: Kettle on\n")
    proc = teachapp_cli("--db", str(home), "import", str(newer))
    assert proc.returncode == 1
    # was: "version 3 is not supported; this teachapp reads version 1."
    assert ("field 'version': it was written by a newer teachapp (version 3); this one "
            "reads version 1. Update teachapp to import it.") in proc.stderr
    assert "Tea" not in _listed(teachapp_cli, home)
    odd = tmp_path / "odd.yaml"
    odd.write_text("version: one\n")
    assert "version 'one' is not supported" in teachapp_cli(
        "--db", str(home), "import", str(odd)).stderr  # not a number: as before


def test_a_file_over_the_limit_says_to_split_it(teachapp_cli, home, tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("version: 1\nroutines: []\n" + "#" * (9 * 1024 * 1024) + "\n")
    proc = teachapp_cli("--db", str(home), "import", str(big))
    assert proc.returncode == 1
    assert "routine files are at most 8 MiB. Split it into smaller files and import each." \
        in proc.stderr


def test_export_into_a_missing_folder_names_the_folder(teachapp_cli, home, tmp_path):
    target = tmp_path / "no such folder" / "routines.yaml"
    proc = teachapp_cli("--db", str(home), "export", str(target))
    assert proc.returncode == 1
    # was: "Cannot write …: No such file or directory; choose a folder you can write to."
    assert proc.stderr == (f"teachapp: Cannot write {target}: the folder {target.parent} "
                           "does not exist; create it or choose another folder. Nothing was "
                           "written.\n")


def test_export_to_a_folder_asks_for_a_file_name(teachapp_cli, home, tmp_path):
    proc = teachapp_cli("--db", str(home), "export", str(tmp_path))
    assert proc.returncode == 1
    # was: "Cannot write …: Is a directory."
    assert (f"it is a folder; give a file name, e.g. {tmp_path / 'routines.yaml'}. Nothing "
            "was written.") in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home.sqlite3"] or \
        not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_a_routine_error_reads_as_one_sentence(teachapp_cli, home, tmp_path):
    proc = teachapp_cli("--db", str(home), "teach", "long nap", "--wait", "99999")
    assert proc.returncode == 1
    # was: "Routine 'long nap': A wait is 0 to 3600 seconds, not 99999."
    assert "Routine 'long nap': a wait is 0 to 3600 seconds" in proc.stderr, proc.stderr


def test_a_bare_list_of_routines_says_where_it_belongs(teachapp_cli, home, tmp_path):
    """Routines written without the file's top ('- name: Tea …'), or a lone value, were
    "the file must be a mapping with 'version', 'devices' and 'routines'."."""
    bare = tmp_path / "routines.yaml"
    bare.write_text("- name: Tea time\n  phrases: [tea time]\n  steps:\n    - say: Kettle on\n")
    before = _listed(teachapp_cli, home)
    proc = teachapp_cli("--db", str(home), "import", str(bare))
    assert proc.returncode == 1
    assert proc.stderr == (f"teachapp: {bare}: it is a list of routines on its own; a "
                           "routine file holds it under 'routines', beside 'version: 1' (in "
                           "YAML: put those two lines above it and indent the list under "
                           "'routines:'; 'teachapp export' shows one).\n")
    lone = tmp_path / "lone.json"
    lone.write_text('"reading mode"\n')
    proc = teachapp_cli("--db", str(home), "import", str(lone))
    assert proc.stderr == (f"teachapp: {lone}: it holds a single value, not routines; a "
                           "routine file starts with 'version: 1' and lists 'routines' "
                           "('teachapp export' shows one).\n")
    assert _listed(teachapp_cli, home) == before
    bare.write_text("version: 1\nroutines:\n" + "".join(
        f"  {line}\n" for line in bare.read_text().splitlines()))
    assert teachapp_cli("--db", str(home), "import", str(bare)).returncode == 0
    assert "Tea time" in _listed(teachapp_cli, home)
