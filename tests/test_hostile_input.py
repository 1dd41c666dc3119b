"""Hostile input, fuzzed with hypothesis: routine files, utterances and WAV files each
get a clear error or a valid result; never a hang, a crash or a partial write.

``TEACHAPP_FUZZ_EXAMPLES=N`` raises the number of examples per target (the suite
keeps it modest); ``TEACHAPP_FUZZ_REPORT=FILE`` writes how many inputs were tried.
"""

import json
import os
import struct
import sys
from collections import Counter

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teachapp.cli import main
from teachapp.errors import AudioError, RoutineFileError
from teachapp.store import Store, dump_routine_file, parse_routine_file, read_routine_file

EXAMPLES = int(os.environ.get("TEACHAPP_FUZZ_EXAMPLES", "0")) or None
TRIED: Counter = Counter()
pytestmark = pytest.mark.timeout(3000 if EXAMPLES else 240)


def _settings(default: int):
    return settings(max_examples=EXAMPLES or default, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    line = ", ".join(f"{name}: {count}" for name, count in sorted(TRIED.items()))
    sys.stderr.write(f"\nfuzz inputs tried: {line}\n")
    target = os.environ.get("TEACHAPP_FUZZ_REPORT")
    if target:
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(dict(TRIED), handle, indent=2)


# ------------------------------------------------------------- routine files

DEVICES = ["light.living_room_lamp", "fan.bedroom_fan", "climate.thermostat",
           "media_player.tv", "lock.front_door", "cover.living_room_blinds"]
ATTRIBUTES = ["on", "brightness", "color_temp", "speed", "target_temp", "mode", "volume",
              "source", "locked", "position"]

scalars = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(max_size=40) | st.sampled_from(["", "0x1F", "1e400", "-.inf", "~"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
steps = st.one_of(
    st.fixed_dictionaries({"device": st.sampled_from(DEVICES) | st.text(max_size=20),
                           "set": st.dictionaries(st.sampled_from(ATTRIBUTES), scalars,
                                                  max_size=3) | values}),
    st.fixed_dictionaries({"wait": scalars}),
    st.fixed_dictionaries({"say": scalars | values}),
    values)
routines = st.fixed_dictionaries(
    {"name": st.text(max_size=30) | scalars,
     "phrases": st.lists(st.text(max_size=30), max_size=3) | values},
    optional={"steps": st.lists(steps, max_size=4) | values, "enabled": scalars})
devices = st.fixed_dictionaries(
    {"id": st.sampled_from(DEVICES) | st.text(max_size=20)},
    optional={"name": scalars, "room": scalars, "kind": scalars,
              "state": st.dictionaries(st.sampled_from(ATTRIBUTES), scalars, max_size=3)})
documents = st.fixed_dictionaries(
    {"version": st.just(1) | scalars},
    optional={"devices": st.lists(devices, max_size=3) | values,
              "routines": st.lists(routines, max_size=4) | values})
yaml_noise = st.text(alphabet=st.sampled_from(list("[]{}:,-&*!|>'\"%@`#? \n\t\\abc01.<=")),
                     max_size=200)
HOSTILE_TEMPLATES = [
    "a: &a [{x}]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n",
    "version: 1\nroutines: !!python/object/apply:os.system ['{x}']\n",
    "version: 1\nroutines:\n  - !!python/name:os.system {x}\n",
    "version: !!binary {x}\n",
    "!!set {{{x}}}\n",
    "version: 1\nroutines: [{{name: !!timestamp 2001-12-14, phrases: ['{x}']}}]\n",
    "version: 1\nroutines: [{{name: '{x}', phrases: [a], steps: [{{wait: 1{x}}}]}}]\n",
    "--- 1\n--- {x}\n",
    "? [a, {x}]\n: 1\n",
    "version: 1\nroutines: [{{<<: {{name: '{x}'}}, phrases: [a]}}]\n",
]


def _parse_is_clean(text: str) -> None:
    """The property: a valid result that survives a round trip, or RoutineFileError."""
    try:
        found_devices, found_routines = parse_routine_file(text, name="fuzz.yaml")
    except RoutineFileError as exc:
        assert "fuzz.yaml" in str(exc)
        return
    again = parse_routine_file(dump_routine_file(found_devices, found_routines))
    assert [(r.name, r.phrase_texts(), r.steps, r.enabled) for r in again[1]] == \
        [(r.name, r.phrase_texts(), r.steps, r.enabled) for r in found_routines]


@_settings(200)
@given(documents, st.booleans())
def test_routine_documents_of_any_shape(doc, as_json):
    TRIED["routine files (structured)"] += 1
    text = json.dumps(doc) if as_json else yaml.safe_dump(doc, allow_unicode=True)
    _parse_is_clean(text)


@_settings(200)
@given(yaml_noise | st.text(max_size=200))
def test_routine_file_text_of_any_kind(text):
    TRIED["routine files (raw text)"] += 1
    _parse_is_clean(text)


@_settings(100)
@given(st.sampled_from(HOSTILE_TEMPLATES), st.text(alphabet="abc019*&[]{}", max_size=20))
def test_tags_anchors_and_aliases_never_construct_or_expand(template, filler):
    TRIED["routine files (hostile templates)"] += 1
    text = template.replace("{x}", filler).replace("{{", "{").replace("}}", "}")
    _parse_is_clean(text)


@_settings(10)
@given(st.integers(min_value=50, max_value=200_000), st.sampled_from("[{"))
def test_deep_nesting_is_refused_quickly(depth, opener):
    TRIED["routine files (deep nesting)"] += 1
    closer = {"[": "]", "{": "}"}[opener]
    inner = "a: " if opener == "{" else ""
    text = "version: 1\nroutines: " + (opener + inner) * depth + "1" + closer * depth
    with pytest.raises(RoutineFileError, match="nested too deeply|YAML"):
        parse_routine_file(text)


def test_huge_strings_and_files_are_refused_whole(tmp_path):
    TRIED["routine files (huge)"] += 3
    big = tmp_path / "big.yaml"
    big.write_text("version: 1\nroutines:\n  - name: " + "x" * 5_000_000 + "\n")
    with pytest.raises(RoutineFileError, match="at most 500"):
        read_routine_file(big)
    with big.open("ab") as handle:
        handle.truncate(9 * 1024 * 1024)
    with pytest.raises(RoutineFileError, match="MiB"):
        read_routine_file(big)
    binary = tmp_path / "photo.yaml"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 10)
    with pytest.raises(RoutineFileError, match="not a text file"):
        read_routine_file(binary)


def test_a_lone_surrogate_is_an_error_not_a_crash():
    TRIED["routine files (hostile templates)"] += 1
    with pytest.raises(RoutineFileError, match="Unicode"):
        parse_routine_file('version: 1\nroutines: [{name: "a\ud800", phrases: [a]}]')


@pytest.fixture
def imported_home(db_path, tmp_path, capsys):
    """A database with two routines; returns its routine file text."""
    home = tmp_path / "home.yaml"
    home.write_text(
        "version: 1\nroutines:\n"
        "  - {name: Reading mode, phrases: [reading mode], steps: [{say: Enjoy}]}\n"
        "  - {name: Movie night, phrases: [movie night], steps: "
        "[{device: media_player.tv, set: {on: true}}]}\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(home)]) == 0
    capsys.readouterr()
    with Store.open(db_path) as store:
        before = dump_routine_file(store.devices(), store.routines())
    return before


@_settings(30)
@given(doc=documents, replace=st.booleans())
def test_a_failed_import_changes_nothing(doc, replace, db_path, tmp_path, imported_home,
                                         capsys):
    assert "Reading mode" in imported_home
    TRIED["teachapp import (end to end)"] += 1
    # A valid routine first, so that a failure later in the file would show as a
    # partial write if the import were not one transaction.
    doc = dict(doc)
    good = {"name": "Fuzz first", "phrases": ["fuzz first"], "steps": [{"say": "hi"}]}
    doc["routines"] = [good, *doc["routines"]] if isinstance(doc.get("routines"), list) \
        else [good, doc.get("routines")]
    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    argv = ["--db", str(db_path), "import", str(path), *(["--replace"] if replace else [])]
    with Store.open(db_path) as store:
        before = dump_routine_file(store.devices(), store.routines())
    status = main(argv)
    err = capsys.readouterr().err
    with Store.open(db_path) as store:
        after = dump_routine_file(store.devices(), store.routines())
        if status == 0:
            assert "Fuzz first" in store.routine_names()
            store.delete_routine("Fuzz first")  # so that the next example can add it
            return
    assert status == 1 and err.startswith("teachapp: ") and err.count("\n") == 1
    assert "unexpected error" not in err
    assert after == before, "a failed import must change nothing"


# ---------------------------------------------------------------- utterances


@pytest.fixture(scope="module")
def resolver():
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    phrases = [("reading mode", "Reading mode"), ("time to read", "Reading mode"),
               ("movie night", "Movie night"), ("party mode", "Party"),
               ("good night", "Bedtime"), ("wake me up", "Morning")]
    return Resolver([PhraseEntry(text, routine) for text, routine in phrases])


ROUTINES = frozenset({"Reading mode", "Movie night", "Party", "Bedtime", "Morning"})


def _resolution_is_valid(resolution):
    assert resolution.decision in ("run", "clarify", "reject")
    assert 0.0 <= resolution.score <= 1.0
    assert resolution.routine is None or resolution.routine in ROUTINES
    assert (resolution.routine is None) == (resolution.decision == "reject")
    json.dumps(resolution.to_dict())


@_settings(300)
@given(st.text(max_size=300))
def test_any_unicode_utterance_resolves(resolver, text):
    TRIED["utterances (any Unicode)"] += 1
    _resolution_is_valid(resolver.resolve(text))


@_settings(150)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl",
                                                                  "Mn", "So"]),
               max_size=100),
       st.sampled_from(["", "reading mode", "movie night please"]))
def test_control_and_combining_characters_around_a_phrase(resolver, noise, phrase):
    TRIED["utterances (control characters)"] += 1
    _resolution_is_valid(resolver.resolve(noise + phrase + noise))


@_settings(8)
@given(st.sampled_from(["reading mode ", "a", "ü̈̈ ", "🙂", "\x00", "party mode " * 3]),
       st.integers(min_value=1_000, max_value=20_000))
def test_very_long_utterances_finish(resolver, chunk, repeat):
    TRIED["utterances (very long)"] += 1
    _resolution_is_valid(resolver.resolve(chunk * repeat))


def test_the_resolve_command_answers_every_hostile_stdin_line(db_path, teachapp_cli):
    lines = [b"reading mode", b"\xff\xfe not utf-8", b"\x00\x01\x02", b"", b"   ",
             "movie night 🙂".encode(), b"a" * 50_000, b"\xe2\x80\xae rtl override",
             b"party mode\r"]
    TRIED["utterances (CLI stdin)"] += len(lines)
    proc = teachapp_cli("--db", str(db_path), "resolve", "--json",
                        input=b"\n".join(lines) + b"\n")
    assert proc.returncode == 0, proc.stderr
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(answers) == len(lines)
    assert all(a["decision"] in ("run", "clarify", "reject") for a in answers)


# --------------------------------------------------------------------- WAV


def _wav(*, riff=b"RIFF", wave=b"WAVE", riff_size=None, fmt_size=16, tag=1, channels=1,
         rate=16000, bits=16, align=None, data_size=None, payload=b"", fmt_first=True,
         extra=b""):
    align = (channels * bits // 8 if align is None else align) % 2**16
    fmt = struct.pack("<HHIIHH", tag, channels, rate, (rate * max(align, 1)) % 2**32, align,
                      bits)
    fmt_chunk = b"fmt " + struct.pack("<I", fmt_size) + fmt[:max(0, fmt_size)]
    data_chunk = b"data" + struct.pack("<I", len(payload) if data_size is None
                                        else data_size) + payload
    body = wave + extra + (fmt_chunk + data_chunk if fmt_first else data_chunk + fmt_chunk)
    size = len(body) if riff_size is None else riff_size
    return riff + struct.pack("<I", size) + body


u32 = st.integers(min_value=0, max_value=2**32 - 1)
u16 = st.integers(min_value=0, max_value=2**16 - 1)
wav_files = st.builds(
    _wav,
    riff=st.sampled_from([b"RIFF", b"RIFX", b"RIFF", b"JUNK"]),
    wave=st.sampled_from([b"WAVE", b"WAVE", b"AVI "]),
    riff_size=st.none() | u32,
    fmt_size=st.sampled_from([16, 18, 40, 0, 2, 0xFFFFFFF0]),
    tag=st.sampled_from([1, 3, 0xFFFE, 2, 0x55]) | u16,
    channels=st.sampled_from([1, 2, 6]) | u16,
    rate=st.sampled_from([8000, 16000, 44100, 1000, 384000]) | u32,
    bits=st.sampled_from([8, 16, 24, 32, 64]) | u16,
    align=st.none() | u16,
    data_size=st.none() | st.sampled_from([0, 0xFFFFFFFF, 0x7FFFFFFF]) | u32,
    payload=st.binary(max_size=4000),
    fmt_first=st.booleans(),
    extra=st.sampled_from([b"", b"LIST\x04\x00\x00\x00abcd", b"JUNK\xff\xff\xff\xff"]))


@pytest.fixture(scope="module")
def recognizer():
    from teachapp.speech import make_recognizer

    return make_recognizer("command", ["reading mode", "movie night"])


def _recognise_or_audio_error(path, recognizer):
    from teachapp.speech import recognize_wav

    try:
        transcript = recognize_wav(path, mode="command", phrases=["reading mode",
                                                                  "movie night"],
                                   recognizer=recognizer)
    except AudioError as exc:
        assert str(path) in str(exc)
        return
    assert isinstance(transcript.text, str)


@_settings(150)
@given(wav=wav_files)
def test_wav_files_with_lying_headers(tmp_path_factory, recognizer, wav):
    TRIED["WAV files (headers)"] += 1
    path = tmp_path_factory.mktemp("wav") / "fuzz.wav"
    path.write_bytes(wav)
    _recognise_or_audio_error(path, recognizer)


@_settings(100)
@given(data=st.binary(max_size=300))
def test_wav_files_of_random_bytes(tmp_path_factory, recognizer, data):
    TRIED["WAV files (random bytes)"] += 1
    path = tmp_path_factory.mktemp("wav") / "noise.wav"
    path.write_bytes(data)
    _recognise_or_audio_error(path, recognizer)


def test_zero_length_and_huge_claimed_wav_files(tmp_path, recognizer):
    cases = {
        "empty.wav": b"",
        "header-only.wav": _wav()[:12],
        "no-data.wav": _wav()[:36],
        "zero-rate.wav": _wav(rate=0, payload=b"\0" * 64),
        "zero-channels.wav": _wav(channels=0, payload=b"\0" * 64),
        "huge-fmt.wav": _wav(fmt_size=0xFFFFFFF0, payload=b"\0" * 64),
    }
    TRIED["WAV files (named cases)"] += len(cases) + 2
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(AudioError):
            _strict_recognise(path, recognizer)
    # A streamed recording leaves the sizes at 0xFFFFFFFF: what is there is used.
    streamed = tmp_path / "claims-4gb.wav"
    streamed.write_bytes(_wav(riff_size=0xFFFFFFFF, data_size=0xFFFFFFFF,
                              payload=b"\0" * 3200))
    with pytest.raises(AudioError, match="is silent"):  # (0.1 s of zeros: said so)
        _strict_recognise(streamed, recognizer)
    sparse = tmp_path / "sparse-300mb.wav"
    sparse.write_bytes(_wav(payload=b"\0" * 64))
    with sparse.open("ab") as handle:
        handle.truncate(300 * 1024 * 1024)
    with pytest.raises(AudioError, match="MB"):
        _strict_recognise(sparse, recognizer)


def _strict_recognise(path, recognizer):
    from teachapp.speech import recognize_wav

    return recognize_wav(path, mode="command", phrases=["reading mode"],
                         recognizer=recognizer)


def test_the_listen_command_reports_a_bad_wav_in_one_line(tmp_path, db_path, teachapp_cli):
    TRIED["WAV files (CLI)"] += 1
    path = tmp_path / "bad.wav"
    path.write_bytes(_wav(riff_size=0xFFFFFFFF, fmt_size=0xFFFFFFF0))
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "listen", "--wav", str(path),
                        "--json")
    assert proc.returncode == 1
    assert proc.stderr.startswith("teachapp: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr and "unexpected error" not in proc.stderr
