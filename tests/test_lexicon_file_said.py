"""The person's own lexicon.yaml (config folder): a YAML error in it dropped all of their
words with a line in the log alone, and a misspelt section ("filers") was dropped without
even that. Both are now said on each command's stderr (the rest of the file still counts
when only a section is unknown); the command itself goes on."""

from __future__ import annotations

import os
from pathlib import Path


def _lexicon(text: str) -> Path:
    folder = Path(os.environ["TEACHAPP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lexicon.yaml"
    path.write_text(text)
    return path


def test_a_yaml_error_in_the_user_lexicon_is_said(teachapp_cli, tmp_path):
    path = _lexicon("fillers: [um,\n  erm\n")
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "desk lamp on")
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    # was: nothing on stderr
    assert proc.stderr.startswith(f"teachapp: Ignoring the user lexicon {path} because it "
                                  "could not be read: while parsing a flow sequence")
    assert proc.stderr.rstrip().endswith("Fix or delete the file to use your own words.")


def test_a_misspelt_section_of_the_user_lexicon_is_said(teachapp_cli, tmp_path):
    path = _lexicon("filers: [erm]\nwake_words: [computer]\n")
    proc = teachapp_cli("--db", str(tmp_path / "home.db"), "--no-speech", "run",
                        "computer desk lamp on")
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    # was: nothing at all, not even in the log
    assert proc.stderr.startswith(f'teachapp: The section "filers" of the user lexicon {path} '
                                  'is not one teachapp reads, so it is ignored (did you mean '
                                  '"fillers"?); the sections are addressees, carriers, ')
    assert len(proc.stderr.splitlines()) == 1
