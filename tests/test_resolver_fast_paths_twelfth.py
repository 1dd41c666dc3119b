"""The twelfth round of the fast paths, against the plain version each replaces: whether an
aside bears on a request (a cue whose scope is the whole utterance) tried only for the cues
that start with a word said, at that word, not every cue at every place (:func:`_unmarked._bears`);
the conjunct readings of a run scanned for only when a word every match holds is said
(:func:`_joined_conjunct.holds_words`). (The coverage of a home of few words, its postings joined and scaled in one product, is
checked against the position by position gather in ``test_resolver_fast_paths_eighth``.)"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _joined_conjunct, _unmarked
from teachapp.understanding._clause_shape import PREPOSITIONS
from teachapp.understanding._cue_scope import BACK
from teachapp.understanding._own_clause import PARTICLES
from teachapp.understanding._stopping_noun import NOUNS_OF_STOPPING


def plain_bears(words: Sequence[str]) -> bool:
    """_unmarked._bears as it was: every cue tried at every place."""
    if not BACK.isdisjoint(words):
        return True
    return any(tuple(words[k:k + len(cue)]) == cue and not _unmarked._moving(words, k, cue)
               and not _unmarked._stopping_noun(words, k, cue)
               for cue in _unmarked._whole_cues() for k in range(len(words) - len(cue) + 1))


CUE_WORDS = sorted({w for cue in _unmarked._whole_cues() for w in cue})
OTHER = ["a", "the", "to", "kettle", "lights", "we're", "bed", "hydration", "party", "off",
         "on", "it", "that", "yesterday", "never", "mind", "don't"]
WORDS = st.sampled_from(sorted({*CUE_WORDS, *OTHER, *PARTICLES, *NOUNS_OF_STOPPING,
                                *sorted(PREPOSITIONS)[:40]} - set(BACK)))


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=9), st.data())
@example(["we're", "off", "to", "bed"], None)
@example(["the", "party's", "off"], None)
@example(["a", "hydration", "stop"], None)
@example([], None)
def test_an_aside_bears_as_when_every_cue_was_tried_everywhere(words: list[str],
                                                               data: st.DataObject | None
                                                               ) -> None:
    if data is not None and CUE_WORDS:
        # (a whole cue put in somewhere: most random lists hold none)
        cue = data.draw(st.sampled_from(_unmarked._whole_cues()))
        at = data.draw(st.integers(min_value=0, max_value=len(words)))
        words = [*words[:at], *cue, *words[at:]]
    assert _unmarked._bears(words) == plain_bears(words)


def test_every_whole_cue_is_found_under_its_first_word() -> None:
    starting = _unmarked._whole_cues_by_first()
    listed = [cue for cues in starting.values() for cue in cues]
    assert sorted(listed) == sorted(_unmarked._whole_cues())
    assert all(cue[0] == word for word, cues in starting.items() for cue in cues)
    # (and each cue said alone bears, as before, unless it is a stopping noun after nothing)
    for cue in _unmarked._whole_cues():
        assert _unmarked._bears(list(cue)) == plain_bears(list(cue))


# -- the conjunct readings ------------------------------------------------------------------


def plain_joined_readings(text: str) -> list[tuple[str, str, str]]:
    """_joined_conjunct.joined_readings as it was: both patterns scanned over every text."""
    jc = _joined_conjunct
    out = []
    for found in jc._CONJUNCT.finditer(text):
        before, after = text[:found.start()].rstrip(), text[found.end():].strip()
        if jc._WORD.search(before) and jc._WORD.search(after) and not jc._LINKED_BEFORE.search(
                before):
            out.append((before, after, f"{before} and {after}"))
    for found in jc._ADDED_LAST.finditer(text):
        before = text[:found.start()].rstrip()
        if not jc._WORD.search(before) or jc._LINKED_BEFORE.search(before):
            continue
        clause = found["clause"].strip()
        after = clause + text[found.start("end"):]
        if not jc._LINKED_FIRST.match(clause):
            out.append((before, after.rstrip(), f"{before}{found['pause']} and {after}".rstrip()))
    return out


ASCII = st.characters(codec="ascii")
"""(other text is always scanned)"""


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.from_regex(_joined_conjunct._CONJUNCT, alphabet=ASCII),
       st.from_regex(_joined_conjunct._ADDED_LAST, alphabet=ASCII))
def test_every_match_of_the_patterns_holds_the_words_looked_for(conjunct: str, added: str) -> None:
    # (texts made by the patterns themselves: a conjunct or an ending word added to them
    # later is looked for too, or this fails)
    if _joined_conjunct._CONJUNCT.search(conjunct):
        assert _joined_conjunct.holds_words(conjunct)[0], conjunct
    if _joined_conjunct._ADDED_LAST.search(added):
        assert _joined_conjunct.holds_words(added)[1], added


PIECES = st.sampled_from(["study time", "wash the car", "also", "Also", "as well", "too", ",",
                          ".", "!", "and", "but", "on top of that", "Furthermore", "plus",
                          "what's more", "besides", "ALONG WITH", "after that", "ſo", "alſo",
                          "movie night", "it's late", "toon", "welly", "topping"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=8))
@example(["study time", ",", "wash the car", "too"])
@example(["wash the car", "!", "study time", "as well"])
@example(["alſo", "study time"])
def test_conjunct_readings_are_those_of_both_scans(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert [tuple(r) for r in _joined_conjunct.joined_readings(text)] == plain_joined_readings(text)
