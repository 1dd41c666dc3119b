"""A heard word that the pronouncing dictionary says exactly as a taught word says it is that
word as a recogniser may write it: "nite" of "night", "lite" of "light", "thru" of
"through".

:mod:`_heard_beside` finds a taught phrase heard with errors beside other words by the
words' letters (a piece, a word joined, a word at least :data:`_heard_beside.CLOSE` like
itself) and by a sound key of three sounds or more. A homophone spelled otherwise passes
neither when the word is short: "nite" is 0.4 like "night" and its key "nt" is too short
to trust, so "game nite it's chiming" was asked about where "game nite" alone runs. The
sounds a dictionary gives are no loose key: two words with the same phonemes, stress
aside, are the same word to the ear (Carney 1994, "A Survey of English Spelling", 1.3 on
homophones), the confusion a recogniser makes most, so the word is the taught word heard.
Only words the dictionary holds are compared (a word it lacks has no sounds to be sure
of), and only of :data:`SHORT` letters or more.
"""

from __future__ import annotations

from functools import lru_cache

from teachapp.understanding._other_word import pronunciation

__all__ = ["SHORT", "homophones"]

SHORT = 3
"""Letters each word has, at least ("to" / "two" / "too" are function words, read as
themselves)."""


@lru_cache(maxsize=8192)
def homophones(word: str, taught: str) -> bool:
    """Whether ``word``, spelled otherwise than ``taught``, says exactly its sounds (stress
    marks aside) in the pronouncing dictionary."""
    if word == taught or min(len(word), len(taught)) < SHORT:
        return False
    said, meant = pronunciation(word), pronunciation(taught)
    return said is not None and said == meant
