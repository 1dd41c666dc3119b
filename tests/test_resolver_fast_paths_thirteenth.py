"""The thirteenth round of the fast paths, against the plain version each replaces: the word
classes of the lexicon held as one table of each form's class bits, each question a mask
(:mod:`_word_classes`), not as eight sets of copies of the same words, one a question."""

from __future__ import annotations

import gzip
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _word_classes as classes

_FORM = re.compile(r"^([^,\n]*),", re.MULTILINE)
_VERB_FORM = re.compile(r"^([^,\n]*),(?:aux|verb),", re.MULTILINE)
_ADV_OR_ADJ = re.compile(r"^([^,\n]*),(adv|adj),", re.MULTILINE)
_NOUN = re.compile(r"^([^,\n]*),noun,", re.MULTILINE)
_PLURAL = re.compile(r"^([^,\n]*),noun,([^,\n]*)$", re.MULTILINE)


def plain_sets(text: str) -> dict[str, frozenset[str]]:
    """The eight sets the questions were read from, built as they were."""
    classed = _ADV_OR_ADJ.findall(text)
    adverbs = {w for w, c in classed if c == "adv"}
    adverbs.difference_update(w for w, c in classed if c == "adj")
    verbs = frozenset(_VERB_FORM.findall(text))
    adjectives = {w for w, c in classed if c == "adj"}
    adjectives.difference_update(verbs, _NOUN.findall(text), (w for w, c in classed if c == "adv"))
    nouns = _PLURAL.findall(text)
    plurals = {form for form, lemma in nouns if form != lemma}
    plurals.difference_update(verbs, (form for form, lemma in nouns if form == lemma))
    return {"listed": frozenset(_FORM.findall(text)), "verb": verbs,
            "adverb_only": frozenset(adverbs), "adjective_only": frozenset(adjectives),
            "plural_noun": frozenset(plurals),
            "singular_noun": frozenset(form for form, lemma in nouns if form == lemma),
            "verb_only": verbs.difference(_NOUN.findall(text), (w for w, _ in classed)),
            "adjective": frozenset(w for w, c in classed if c == "adj")}


def lexicon_text() -> str:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("lemminflect")
    if spec is None:
        pytest.skip("LemmInflect is not installed")
    root = Path(next(iter(spec.submodule_search_locations or ())))
    return gzip.decompress((root / classes.TABLE).read_bytes()).decode("utf-8")


def test_every_question_answers_as_the_eight_sets_did() -> None:
    text = lexicon_text()
    sets = plain_sets(text)
    assert set(classes._classes()) == sets["listed"]
    # (every fifth form, each question: a call a word costs more than the sets' build)
    words = [*sorted(sets["listed"])[::5], "soutenu", "quackies", "", "Cat", "tiffani", "leghts"]
    for name, members in sets.items():
        ask = getattr(classes, name)
        differ = [w for w in words if ask(w) != (w in members)]
        assert not differ, (name, differ[:10])
        assert any(map(ask, words)), name


LINES = st.tuples(st.sampled_from(["cat", "cats", "run", "runs", "sheep", "fast", "x"]),
                  st.sampled_from(["noun", "verb", "aux", "adj", "adv", "propn"]),
                  st.sampled_from(["cat", "run", "sheep", "fast", "x"]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(LINES, max_size=12))
@example([("cats", "noun", "cat"), ("cat", "noun", "cat"), ("run", "verb", "run"),
          ("run", "noun", "run"), ("x", "propn", "x"), ("fast", "adv", "fast")])
def test_any_lexicon_answers_as_its_eight_sets(monkeypatch: pytest.MonkeyPatch,
                                               lines: list[tuple[str, str, str]]) -> None:
    # Each class alone, with the others, twice, and a class the questions do not read
    # ("propn": listed, of none of the eight).
    text = "".join(f"{form},{kind},{lemma}\n" for form, kind, lemma in lines)
    table = classes._read(text)
    monkeypatch.setattr(classes, "_classes", lambda: table)
    sets = plain_sets(text)
    for name, members in sets.items():
        if name == "verb" and not table:
            continue  # (no lexicon: any word may be a verb, as before)
        ask = getattr(classes, name)
        assert {w for w in ("cat", "cats", "run", "runs", "sheep", "fast", "x") if ask(w)} \
            == members, (name, text)
