"""The tenth round of the fast paths, each against the plain version it replaces: every
reader's trigger met in one pass over an utterance's runs (:class:`_trigger.TriggerTable`,
against each :meth:`Trigger.met` alone), and a text's words kept by the lexicon once split
(:func:`normalize.tokens`, against splitting it again)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding._taken_back import READERS
from teachapp.understanding._trigger import Trigger, TriggerTable, runs_of
from teachapp.understanding.normalize import _words, default_lexicon, tokens

PIECES = ["la", "lala", "capt", "caption", "song", "folksong", "next", "week", "read", "x",
          "lights", "on", "ing", "said", "named", "called", "sing", "tomorrow", "chorus"]
TRIGGERS = st.builds(
    Trigger,
    words=st.frozensets(st.sampled_from(PIECES), max_size=3),
    starts=st.lists(st.sampled_from(PIECES), max_size=2).map(tuple),
    ends=st.lists(st.sampled_from(PIECES), max_size=2).map(tuple),
    pieces=st.lists(st.sampled_from(PIECES), max_size=2).map(tuple))
RUNS = st.frozensets(st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join),
                     max_size=6)


def plain_mask(triggers: tuple[Trigger | None, ...], runs: frozenset[str]) -> int:
    """Each trigger met alone, as :func:`_taken_back.taken_back` asked them before."""
    return sum(1 << i for i, t in enumerate(triggers) if t is None or t.met(runs))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), TRIGGERS), min_size=1, max_size=8), st.lists(RUNS,
                                                                                  max_size=4))
def test_a_table_meets_each_trigger_as_it_is_met_alone(triggers: list[Trigger | None],
                                                       texts: list[frozenset[str]]) -> None:
    table = TriggerTable(tuple(triggers))
    for runs in [*texts, *texts]:  # (each run met a second time from what was kept)
        assert table.mask(runs) == plain_mask(tuple(triggers), runs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "i", "we", "the", "a", "you", "it's", "shall"]),
                max_size=10).map(" ".join))
@example("la la la, lock up, that's the chorus")
@example("jobs for next week, lock up")
def test_the_readers_triggers_are_met_in_one_pass_as_each_alone(low: str) -> None:
    triggers = tuple(row.trigger for row in READERS)
    runs = runs_of(low)
    assert TriggerTable(triggers).mask(runs) == plain_mask(triggers, runs)


LEX = default_lexicon()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcé z9,.'`-?!%&THE", max_size=30))
@example("It's 10% Reading-Mode!")
@example("aaand lights on 1st")
def test_a_text_split_again_has_the_words_it_had(text: str) -> None:
    plain = " ".join(_words(text, LEX)).split()
    first = tokens(text, LEX)
    assert first == plain
    first.append("changed")  # (a caller's list is its own: what is kept is not touched)
    assert tokens(text, LEX) == plain
