"""The bundled word lists' parse kept between starts (``understanding._parsed_yaml``): the
same data as parsing, a new parse for an edited file, and never an error from the cache."""

from __future__ import annotations

import yaml

from teachapp.paths import cache_dir
from teachapp.understanding import _parsed_yaml
from teachapp.understanding._parsed_yaml import parsed_yaml
from teachapp.understanding.normalize import _BUNDLED


def _kept(stem: str) -> list:
    return sorted((cache_dir() / "parsed").glob(f"{stem}-*.marshal"))


def test_the_lexicon_read_back_is_the_lexicon_parsed(monkeypatch):
    parsed = yaml.load(_BUNDLED.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    assert parsed_yaml(_BUNDLED) == parsed  # parsed, then kept
    assert len(_kept("lexicon")) == 1

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(_parsed_yaml.yaml, "load", no_parsing)
    assert parsed_yaml(_BUNDLED) == parsed  # read back, not parsed


def test_an_edited_file_is_parsed_again_and_the_old_parse_goes(tmp_path):
    words = tmp_path / "words.yaml"
    words.write_text("greetings: [hello, hi]\n", encoding="utf-8")
    assert parsed_yaml(words) == {"greetings": ["hello", "hi"]}
    first = _kept("words")
    words.write_text("greetings: [hello, hi, hiya]\n", encoding="utf-8")
    assert parsed_yaml(words) == {"greetings": ["hello", "hi", "hiya"]}
    assert len(_kept("words")) == 1 and _kept("words") != first


def test_a_broken_kept_parse_is_parsed_again(tmp_path):
    words = tmp_path / "words.yaml"
    words.write_text("numbers: {one: 1, two: 2}\n", encoding="utf-8")
    parsed_yaml(words)
    [kept] = _kept("words")
    kept.write_bytes(b"\x00not marshal")
    assert parsed_yaml(words) == {"numbers": {"one": 1, "two": 2}}


def test_a_cache_folder_that_is_a_file_only_costs_a_parse(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("TEACHAPP_CACHE_DIR", str(blocked))
    words = tmp_path / "words.yaml"
    words.write_text("a: [b]\n", encoding="utf-8")
    assert parsed_yaml(words) == {"a": ["b"]}
