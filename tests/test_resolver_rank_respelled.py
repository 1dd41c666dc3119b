"""``rank`` reads an utterance as ``resolve`` does: a taught name spelled otherwise is
ranked as the phrase spelled as taught."""

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry("ring kirsty", "Call Kirsty"), PhraseEntry("ring corrie", "Call Corrie"),
        PhraseEntry("dry corrie's coat", "Dry coat"), PhraseEntry("lights on", "Lights")]


def test_a_name_spelled_otherwise_ranks_as_the_name_taught() -> None:
    resolver = Resolver(HOME)
    for heard, taught in (("ring kirsti", "ring kirsty"), ("ring corey", "ring corrie"),
                          ("dry corey's coat", "dry corrie's coat")):
        assert resolver.rank(heard, 2) == resolver.rank(taught, 2), heard
        assert resolver.rank(heard, 1)[0].raw == 1.0


def test_rank_and_resolve_agree_on_a_name_spelled_otherwise() -> None:
    resolver = Resolver(HOME)
    best = resolver.rank("ring kirsti", 1)[0]
    found = resolver.resolve("ring kirsti")
    assert (found.routine, found.phrase, found.score) == (best.routine, best.phrase, best.score)
    assert found.utterance == "ring kirsti"  # (the words as said are kept)


def test_another_name_is_not_respelled_into_the_ranking() -> None:
    # ("katie" is another name than "kirsty": ranked as heard, below a run)
    ranked = Resolver(HOME).rank("ring katie", 1)
    assert ranked[0].raw < 1.0
