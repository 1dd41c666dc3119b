"""Two routines offered as a choice in one breath: "maybe movie mode, or reading mode, I
don't know". The person has not chosen, so nothing runs: the app asks which.

A pure function over the words and the taught phrases. The sentence names the phrases
of two or more routines, word for word, and an "or" stands between two of them; a
negation before the first ("don't run movie mode or reading mode") refuses both and
is left to the cues (``cues.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ..store import phrase_key

__all__ = ["offered_routines"]

_OR = frozenset({"or", "either", "whichever"})
"""Words of a choice between alternatives."""
_NEGATORS = frozenset({"not", "no", "never", "don't", "dont", "didn't", "didnt", "won't",
                       "wont", "can't", "cant", "neither", "nor", "without"})
"""Words that refuse what follows them (as ``phrase_key`` writes them)."""


def offered_routines(text: str, phrases: Iterable[tuple[str, str]]) -> list[str]:
    """The routines ``text`` offers as alternatives, in the order said (two or more);
    [] when it names fewer, joins them with no "or", or refuses them. ``phrases``: (taught
    phrase or routine name, routine) pairs."""
    words = phrase_key(text).split()
    if "or" not in words:
        return []
    found: list[tuple[int, int, str]] = []  # (start, end, routine), longest phrase first
    taken = [False] * len(words)
    keyed = sorted(((phrase_key(p).split(), r) for p, r in phrases if phrase_key(p)),
                   key=lambda item: len(item[0]), reverse=True)
    for said, routine in keyed:
        n = len(said)
        for at in range(len(words) - n + 1):
            if words[at:at + n] == said and not any(taken[at:at + n]):
                found.append((at, at + n, routine))
                taken[at:at + n] = [True] * n
    found.sort()
    routines = list(dict.fromkeys(r.casefold() for _, _, r in found))
    if len(routines) < 2:
        return []
    if any(w in _NEGATORS for w in words[:found[0][0]]):
        return []
    between = any(w in _OR for (_, end, _), (start, _, _) in pairwise(found)
                  for w in words[end:start])
    if not between:
        return []
    named = {r.casefold(): r for _, _, r in found}
    return [named[r] for r in routines]
