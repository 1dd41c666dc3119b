"""PocketSphinx command mode with its bundled English model: espeak-ng speech and
the shared real recordings. No mocks: the real decoder runs on real audio."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from teachapp.errors import ModelError
from teachapp.settings import Settings
from teachapp.speech import (
    Listener,
    PocketSphinxRecognizer,
    Recognizer,
    Transcript,
    make_recognizer,
    read_wav,
    recognize_wav,
)
from teachapp.speech.audio import chunks
from teachapp.speech.listener import IterableSource

DATASET = Path(__file__).resolve().parent / "data" / "speech"
PHRASES = ["party mode", "good night", "turn on the reading lamp", "set the heat to 21",
           "start the ecobee"]


def _espeak(folder: Path, text: str, voice: str = "en-us") -> Path:
    raw = folder / (text.replace(" ", "_") + ".raw.wav")
    out = folder / (text.replace(" ", "_") + ".wav")
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(raw), text], check=True)
    # A little silence around the words, as a person leaves; 44.1 kHz stereo on purpose.
    # -R: the same dither on every run. Without it the audio differs each session and
    # a marginal decode (the first streamed utterance) made a test fail now and then.
    subprocess.run(["sox", "-R", str(raw), "-r", "44100", "-c", "2", str(out), "pad", "0.3", "0.8"],
                   check=True)
    return out


@pytest.fixture(scope="session")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("english")
    texts = ["party mode", "good night", "turn on the reading lamp", "set the heat to 21",
             "start the ecobee", "what is the weather in paris"]
    return {t: _espeak(folder, t) for t in texts}


@pytest.fixture(scope="session")
def sphinx() -> PocketSphinxRecognizer:
    return PocketSphinxRecognizer(PHRASES)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    s = Settings(tmp_path / "settings.json")
    s.update("speech", language="en")
    return s


def test_english_commands_from_espeak(sphinx: PocketSphinxRecognizer,
                                      english: dict[str, Path]) -> None:
    assert isinstance(sphinx, Recognizer)
    expected = {"party mode": "party mode", "good night": "good night",
                "turn on the reading lamp": "turn on the reading lamp",
                "set the heat to 21": "set the heat to twenty one"}
    for said, heard in expected.items():
        transcript = recognize_wav(english[said], recognizer=sphinx)
        assert transcript.text == heard, said
        assert transcript.engine.startswith("pocketsphinx")
        assert transcript.final and transcript.timings["audio"] > 500


def test_word_missing_from_dictionary_is_spelled(sphinx: PocketSphinxRecognizer,
                                                 english: dict[str, Path]) -> None:
    assert "ecobee" in sphinx.spelled_words
    assert sphinx.missing_words == []
    transcript = recognize_wav(english["start the ecobee"], recognizer=sphinx)
    assert transcript.text == "start the ecobee"


def test_word_without_pronunciation_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")  # no espeak-ng: no letter-to-sound
    from teachapp.speech import g2p

    g2p.arpabet.cache_clear()
    try:
        rec = PocketSphinxRecognizer(["party mode", "hello zqxjkw"])
    finally:
        g2p.arpabet.cache_clear()
    assert rec.missing_words == ["zqxjkw"]
    assert rec.phrases == ["party mode"]


def test_out_of_grammar_speech_gets_low_confidence(sphinx: PocketSphinxRecognizer,
                                                   english: dict[str, Path]) -> None:
    """A grammar decoder forces speech onto the phrases (a known limit, see the
    module docstring): what it can offer is an empty text or a lower confidence."""
    taught = recognize_wav(english["party mode"], recognizer=sphinx)
    other = recognize_wav(english["what is the weather in paris"], recognizer=sphinx)
    assert other.text == "" or (other.confidence or 0) < (taught.confidence or 0)


def test_streaming_endpoints_the_utterance(english: dict[str, Path]) -> None:
    rec = PocketSphinxRecognizer(PHRASES)
    pcm = read_wav(english["good night"]).pcm + bytes(16000)  # trailing silence
    finals: list[Transcript] = []
    partials: set[str] = set()
    for block in chunks(pcm):
        final = rec.accept(block)
        partials.add(rec.partial())
        if final is not None:
            finals.append(final)
    finals.append(rec.finish())
    heard = [f for f in finals if f.text]
    assert [f.text for f in heard] == ["good night"]
    assert "end_of_speech_to_final" in heard[0].timings
    assert any(p for p in partials)


def test_phrases_change_rebuilds_grammar(english: dict[str, Path]) -> None:
    rec = PocketSphinxRecognizer(["party mode"])
    rec.set_phrases(["party mode", "good night"])
    assert recognize_wav(english["good night"], recognizer=rec).text == "good night"


def test_make_recognizer_falls_back_to_pocketsphinx(settings: Settings) -> None:
    """English commands use Whisper by default; `speech.english_engine` keeps
    PocketSphinx for commands, and teaching still needs an open vocabulary."""
    assert make_recognizer("command", ["party mode"], settings).engine == "whisper"
    settings.update("speech", english_engine="pocketsphinx")
    rec = make_recognizer("command", ["party mode"], settings)
    assert rec.engine == "pocketsphinx"
    assert make_recognizer("teach", [], settings).engine == "whisper"
    with pytest.raises(ModelError, match="Teach mode needs"):
        PocketSphinxRecognizer(["party mode"], mode="teach")


def test_listener_feeds_a_recognizer_from_a_wav(english: dict[str, Path],
                                                settings: Settings) -> None:
    pcm = read_wav(english["party mode"]).pcm + bytes(16000)
    finals: list[Transcript] = []
    levels: list[float] = []
    errors: list[Exception] = []
    listener = Listener(mode="command", phrases=["party mode", "good night"],
                        settings=settings, source=IterableSource(chunks(pcm)),
                        on_final=finals.append, on_level=levels.append,
                        on_error=errors.append)
    listener.start()
    listener.join(30)
    assert not errors
    assert [f.text for f in finals if f.text] == ["party mode"]
    assert max(levels) > 0.3 and min(levels) == 0.0


def test_listener_without_microphone_reports_instead_of_crashing(settings: Settings) -> None:
    from teachapp.speech import list_input_devices

    if list_input_devices():
        pytest.skip("this machine has a microphone")
    errors: list[Exception] = []
    listener = Listener(phrases=["party mode"], settings=settings, on_error=errors.append)
    listener.start()
    listener.join(30)
    assert len(errors) == 1
    assert "No microphone found" in str(errors[0]) and "type instead" in str(errors[0])


def test_real_recordings(sphinx: PocketSphinxRecognizer) -> None:
    rows = [json.loads(line) for line in
            (DATASET / "transcripts.jsonl").read_text(encoding="utf-8").splitlines()]
    picked = [r for r in rows if r["file"].endswith(("turn_on_the_lamp.wav",
                                                     "living_room_lamp.wav",
                                                     "cancel_timer.wav",
                                                     "lock_the_front_door.wav"))]
    assert any(r["sample_rate"] == 44100 and r["channels"] == 2 for r in picked)
    rec = PocketSphinxRecognizer([r["text"] for r in rows])
    right = sum(recognize_wav(DATASET / r["file"], recognizer=rec).text == r["text"].lower()
                for r in picked)
    assert right >= len(picked) - 1


def test_make_recognizer_uses_the_given_settings(settings: Settings, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The threshold comes from the Settings object handed over, not from whatever
    the default settings file says."""
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"speech": {"verify_threshold": 0.1}}), encoding="utf-8")
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(elsewhere))
    settings.update("speech", verify_threshold=0.77, english_engine="pocketsphinx")
    rec = make_recognizer("command", ["party mode"], settings)
    assert isinstance(rec, PocketSphinxRecognizer)
    assert rec.verify_threshold == 0.77


@pytest.mark.skipif(not shutil.which("sox"), reason="needs sox to add noise")
def test_the_microphone_hears_the_end_of_a_word_in_loud_noise(tmp_path: Path) -> None:
    """Fed as a microphone feeds it (0.1 s blocks, never told the audio ended), a word in
    brown noise 10 dB or pink noise 15 dB under the voice: main's endpointer called every
    frame of that noise voice, so the utterance never ended and nothing came back. Its
    detector now hears the background brought down (``speech/_level.py``), as Whisper's
    does. Noise alone still starts no utterance."""
    from _nonspeech_sounds import with_noise

    from teachapp.conversation.talk import listening_vocabulary

    words = listening_vocabulary(["reading mode"], ["TV", "Desk lamp"])

    def live(wav: Path) -> list[str]:
        recognizer = PocketSphinxRecognizer(words)
        finals = [recognizer.accept(block) for block in chunks(read_wav(wav).pcm, 100)]
        return [final.text for final in finals if final is not None]

    heard = {}
    for text, noise, snr in (("yes", "brown", 10), ("undo", "brown", 10),
                             ("reading mode", "pink", 15)):
        raw, clean = tmp_path / "raw.wav", tmp_path / f"{text.replace(' ', '_')}.wav"
        subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "175", "-w", str(raw), text],
                       check=True)
        subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16",
                        str(clean), "pad", "1.2", "1.2"], check=True)
        heard[text] = live(with_noise(clean, noise, snr))
    assert heard == {"yes": ["yes"], "undo": ["undo"], "reading mode": ["reading mode"]}
    for kind in ("brown", "pink"):
        noise_only = tmp_path / f"{kind}.wav"
        subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16",
                        str(noise_only), "synth", "8", f"{kind}noise", "vol", "0.3"],
                       check=True)
        assert live(noise_only) == [], kind


@pytest.mark.skipif(not shutil.which("sox"), reason="needs sox to add noise")
def test_the_microphone_hears_the_words_said_in_pink_noise(tmp_path: Path) -> None:
    """Fed as a microphone feeds it, a word in pink noise 15 dB under the voice: main gave
    the streamed decode's words, whose cepstral mean starts from the model's and follows
    the noise slowly, and heard "" for "cancel", "done" and "undo" (en-gb) and "cancel"
    and "done" (en-us), where the same audio decoded whole was right. The utterance is now
    decoded again whole at its end, as a recording is."""
    from _nonspeech_sounds import with_noise

    from teachapp.conversation.talk import listening_vocabulary

    words = listening_vocabulary(["reading mode"], ["TV", "Desk lamp"])
    heard, said = {}, {}
    for voice, rate in (("en-gb", 175), ("en-us", 150)):
        for text in ("cancel", "done", "undo"):
            raw, clean = tmp_path / "raw.wav", tmp_path / f"{voice}_{text}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(raw), text],
                           check=True)
            subprocess.run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16",
                            str(clean), "pad", "1.2", "1.2"], check=True)
            recognizer = PocketSphinxRecognizer(words)
            finals = [recognizer.accept(block) for block in
                      chunks(read_wav(with_noise(clean, "pink", 15)).pcm, 100)]
            heard[(voice, text)] = [final.text for final in finals if final is not None]
            said[(voice, text)] = [text]
    assert heard == said
