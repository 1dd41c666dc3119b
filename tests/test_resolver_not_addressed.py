"""Words said to someone else beside a taught phrase, no pause written (issue 14; bare
speech from an open-vocabulary recogniser): a remark on the scene with a subject and a
verb of its own after the phrase ("bath time that puddle's enormous", the apostrophe
lost), a call joined to the phrase by "then" or "and" ("zwoop then bath time"), or a
made-up sound word a little like a taught word that no phrase taught with the phrase's
words holds ("kettleboo bath time"). Each was read as a part of the phrase's clause (a
relative clause, a past, words extra to it) and left unrun; a relative clause of a
copular verb, a content clause after a verb of saying, a thing of the home and its
setting, and a word like one of a longer taught phrase still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("fan on", "Fan"), ("bath time", "Bath"), ("lock the shed", "Shed"),
    ("remind me", "Remind"), ("kettle on", "Kettle"), ("living room lights off", "Living"),
    ("lights off", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("bath time that puddles enormous", "Bath"),
    ("fan on this parrots grumpy", "Fan"),
    ("lock the shed that badgers snuffling again", "Shed"),
    ("bath time that towels so soggy", "Bath"),
    ("kettleboo then bath time", "Bath"),
    ("yippee and lock the shed", "Shed"),
    ("kettleboo bath time", "Bath"),
    ("roasted chestnuts bath time", "Bath"),                # (a seller's cry, a participle
    ("sugared almonds pickled onions bath time", "Bath"),  # premodifying a plural noun)
])
def test_words_said_to_someone_else_leave_it_to_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "fan on that seems broken",              # (a relative clause of a copular verb)
    "remind me that puddles enormous",       # (a content clause: what to remind of)
    "fan on the lights dim",                 # (a thing of the home and its setting)
    "livvin lights off",                     # (like a word of a longer taught phrase)
    "bath time that puddles",                # (no predicate: what follows is unsaid)
    "blatterwump and lock the shed",         # (a noun, maybe, joined to it by "and")
    "roasted chestnuts lock the shed",       # (a plural, maybe the subject of its verb)
    "we roasted chestnuts bath time",        # (a story of the speaker's own)
])
def test_words_that_may_belong_to_it_still_leave_it_unrun(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_words_after_it_are_a_clause_of_their_own() -> None:
    from teachapp.understanding._not_addressed import remark_of_own
    from teachapp.understanding.normalize import default_lexicon

    lexicon = default_lexicon()
    taught = {"fan", "on"}.__contains__
    assert remark_of_own(["that", "puddles", "enormous"], ["fan", "on"], lexicon, taught)
    assert not remark_of_own(["that", "seems", "broken"], ["fan", "on"], lexicon, taught)
    assert not remark_of_own(["that", "puddles", "enormous"], ["tell", "her"], lexicon, taught)


@pytest.mark.parametrize(("text", "routine"), [
    # (the "then" the filler reader frees still links the call to the phrase)
    ("haaah then lock the shed", "Shed"),
    ("ugh then bath time", "Bath"),
    ("brrrmm then fan on", "Fan"),
    ("oof then kettle on", "Kettle"),
])
def test_a_call_then_the_phrase_runs_it(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "nooo then bath time",            # (a cue said long is still the cue)
    "haaah then cancel bath time",    # (a cue after the link still bears on it)
    "scrap then bath time",           # (no call: a verb acting on the routine)
    "haaah then bath time is rubbish",
    "haaah then bath time yesterday",
])
def test_a_cue_or_no_call_before_then_still_leaves_it_unrun(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_words_before_the_phrase_keep_a_freed_link() -> None:
    """The filler reader frees a "then" said right before the phrase; it is read back
    (:func:`_linked_gap.linked_gap`, given the indices of the words still said)."""
    from teachapp.understanding._linked_gap import linked_gap

    toks = ["haaah", "then", "bath", "time"]
    assert linked_gap(toks, [0], 2, lambda w: False) == ["haaah", "then"]
    assert linked_gap(["ugh", "um", "bath", "time"], [0], 2, lambda w: False) is None
    assert linked_gap(["bath", "time"], [], 0, lambda w: False) is None
