"""A taught phrase misheard beside words that only a second reading of the resolver frees.

:meth:`Resolver._heard_beside` repairs a phrase heard with errors beside asides (a word
doubled, joined, split or misspelt: :mod:`_heard_beside`) and reads the utterance so
repaired with the first reading alone. Some asides are freed only by a second reading
(a sentence of its own said first, "twelve times four is forty eight. sauna on"; text
with no pause marked, ...), so the same phrase said exactly beside them runs and misheard
there does not: "fifty percent of forty is twenty. mage coffee". Here the repaired text
is read by every second reading as well, with the same evidence asked of the words heard:
each of the phrase's words heard closely (:func:`_heard_beside.heard_closely`), each name
as taught (:func:`_clause_heard.names_heard`), and the words alone running the routine
the repaired text runs. No threshold of a misheard phrase changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from teachapp.understanding._clause_heard import names_heard
from teachapp.understanding._heard_beside import heard_closely
from teachapp.understanding._surely_heard import said_once
from teachapp.understanding.normalize import Lexicon
from teachapp.understanding.resolution import Resolution

__all__ = ["read_repaired", "said_exactly"]


def read_repaired(words: Sequence[str], phrase: Sequence[str], names: Iterable[str],
                  lexicon: Lexicon, read: Callable[[], Resolution],
                  alone: Callable[[Sequence[str]], Resolution],
                  named: Callable[[Sequence[str], Iterable[str]], bool] = names_heard,
                  ) -> Resolution | None:
    """What ``words``, heard for the taught ``phrase`` (whose given ``names`` they must say
    as taught), run when the utterance with the phrase said in their place runs (``read``:
    the repaired utterance read by every reading) and they alone (``alone``) run the same
    routine; None when they are not heard closely enough or either does not run
    (``named``: whether the words say the names, as taught by default)."""
    if not (heard_closely(phrase, words, lexicon.function_words, lexicon.given_names)
            and named(words, names)):
        return None  # (a word of like meaning, or another name: "garden lamps on")
    repaired = read()
    if repaired.decision != "run":
        return None
    by_itself = alone(words)
    if by_itself.decision != "run" and (once := said_once(words)) != list(words):
        by_itself = alone(once)  # (a word said twice, a stammer: "cello at 8 8")
    if by_itself.decision == "run" and by_itself.routine == repaired.routine:
        return by_itself
    return None


def said_exactly(toks: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the words of ``phrase`` are said in a row among ``toks``: then other words
    like them are not it misheard but said about it ("..., everything's off already")."""
    n = len(phrase)
    return n > 0 and any(list(toks[i:i + n]) == list(phrase) for i in range(len(toks) - n + 1))
