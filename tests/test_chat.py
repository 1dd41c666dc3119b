"""``teachapp chat`` in a child process, driven through a pipe as a script would."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from teachapp.domain import SetStep
from teachapp.store import Store

DESIGN_TURNS = "teach\nstudy mode\ndesk lamp to 80 percent\ndone\nyes\n"


def test_the_scripted_teaching_dialogue_stores_the_routine(teachapp_cli, db_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", input=DESIGN_TURNS)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "What's the phrase?",
        'What should "study mode" do? Tell me, or set the devices, then say "done".',
        "Desk lamp → on, brightness 80 %, when the routine runs.",
        '"study mode" will set Desk lamp on at 80 %. Shall I save it?',
        'Saved. Say "study mode" any time.',
    ]
    assert ">" not in proc.stdout  # no prompt when stdin is a pipe
    with Store.open(db_path) as store:
        routine = store.routine("Study mode")
        assert routine.phrase_texts() == ["study mode"]
        assert routine.steps == [SetStep("light.desk_lamp", {"on": True, "brightness": 80})]
    # A second session runs it, and undo puts it back.
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", "--echo",
                        input="study mode\nundo\n")
    assert proc.stdout.splitlines() == ["> study mode", "Study mode: set Desk lamp on at 80 %.", "> undo",
                                        "Undone: Desk lamp put back."]


def test_leaving_at_the_end_of_input_saves_nothing(teachapp_cli, db_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat",
                        input="teach\nbath time\nturn on the bedroom fan\n")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[-1] == '("bath time" was not saved.)'
    with Store.open(db_path) as store:
        assert store.routine_names() == []


def test_bytes_that_are_not_utf8_do_not_crash(teachapp_cli, db_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat",
                        input=b"\xff\xfehello\nhelp\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("(That line was not valid UTF-8")
    assert lines[-1].startswith("I don't know any phrases yet:")


def test_a_missing_recording(teachapp_cli, db_path, tmp_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat",
                        input=f"@{tmp_path / 'none.wav'}\n")
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"There is no recording at {tmp_path / 'none.wav'}")


@pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                    reason="needs espeak-ng and sox to make a recording")
def test_a_recording_reaches_the_routine_and_silence_is_named(teachapp_cli, db_path,
                                                             tmp_path):
    """An unverified match is asked about first ("Did you mean wake up?"); either way
    "yes" ends with the routine run. A silent file is said to be silent (it was "I didn't
    catch that.", as if something had been said and missed: ``speech._recording``)."""
    spoken, wav, silence = (tmp_path / n for n in ("raw.wav", "wake.wav", "silence.wav"))
    subprocess.run(["espeak-ng", "-w", str(spoken), "wake up"], check=True)
    subprocess.run(["sox", str(spoken), "-r", "16000", "-c", "1", str(wav)], check=True)
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence),
                    "trim", "0", "1"], check=True)
    script = ("teach\nwake up\nliving room blinds to 100 percent\ndone\nyes\n"
              f"@{wav}\nyes\n@{silence}\n")
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", input=script)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    heard = lines.index("Saved. Say \"wake up\" any time.") + 1
    assert lines[heard] in ("Wake up: opened Living room blinds.", "Did you mean wake up?"), proc.stdout
    if lines[heard].startswith("Did you mean"):
        assert lines[heard + 1] == "Wake up: opened Living room blinds."
    assert lines[-1] == (f"I could not listen to that file: {silence} is silent (1.0 s, "
                         "digital silence), so there is nothing to hear. Check that the "
                         "microphone is not muted and its input level is up, then record "
                         "the command again.")
    with Store.open(db_path) as store:
        assert store.device("cover.living_room_blinds").state["position"] == 100
        turns = store.interactions()
        assert any(t.source == "audio" and t.heard == "wake up" for t in turns)
