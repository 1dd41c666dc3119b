"""The twelfth round of the fast paths, against the plain version each replaces: whether an
aside bears on a request (a cue whose scope is the whole utterance) tried only for the cues
that start with a word said, at that word, not every cue at every place (:func:`_unmarked._bears`).
(The coverage of a home of few words, its postings joined and scaled in one product, is
checked against the position by position gather in ``test_resolver_fast_paths_eighth``.)"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _unmarked
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


@settings(max_examples=150, deadline=None)
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
