"""A call that ends with the people it is called to, beside a taught phrase with no pause
written (issue 14; bare speech from an open-vocabulary recogniser): a referee's, a
marshal's or a lifeguard's calls said first or on both sides of the phrase ("no
overstepping flingers welly up wangers lights on"). The calls were read as maybe part of
the phrase's clause, so the request was only asked about; a plural noun of agents said
last closes a call (a vocative), so the phrase runs as it does with the pauses written.
A noun phrase ("the campers"), a cue and a ban of a taught thing still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("lights on", "Lights"), ("boil the kettle", "Tea"), ("focus mode", "Focus"),
    ("party mode", "Party"), ("feed the cat", "Cat"))


@pytest.mark.parametrize(("text", "routine"), [
    ("no overstepping flingers welly up wangers lights on", "Lights"),
    ("wanging commences chuckers flags up wangers lights on", "Lights"),
    ("armbands kiddies no bombing nippers focus mode", "Focus"),
    ("welly up wangers boil the kettle no overstepping flingers", "Tea"),
    ("no overarm flingers party mode the welly's lobbed chuckers", "Party"),
])
def test_a_call_closed_by_those_it_calls_leaves_the_phrase_to_run(resolver, text: str,
                                                                  routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "the campers party mode",                       # (a possessive: its noun phrase)
    "no bombing nippers never lights on",           # (a cue of the phrase's own)
    "no lights on flingers party mode",             # (a ban of a taught thing)
    "sforzando strings feed the cat",               # (no agents: its subject)
    "painters feed the cat",                        # (one plural alone: its subject)
])
def test_a_noun_phrase_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_words_are_agents_called(resolver) -> None:
    from teachapp.understanding._vocative_ends import agents_called, bans_aside, call_ends
    from teachapp.understanding.normalize import default_lexicon

    lexicon = default_lexicon()

    def never(word: str) -> bool:
        return False

    assert agents_called("flingers", lexicon, never) and agents_called("youngsters", lexicon, never)
    assert not agents_called("offers", lexicon, never)  # (a verb form)
    assert not agents_called("strings", lexicon, never)
    assert call_ends(["no", "bombing", "nippers"], lexicon, never)
    assert not call_ends(["the", "campers"], lexicon, never)
    assert not call_ends(["nippers"], lexicon, never)
    assert bans_aside(["no", "bombing", "nippers"], lexicon, never) == ["bombing", "nippers"]
