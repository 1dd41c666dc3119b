"""A phrase heard in part with one of the words said changed is a guess twice over: asked
about, never run ("heating on" is not "kiteloft heater on" of a home that taught no
heating).

A phrase may run with a word left unsaid ("heater on" of the home's one "kiteloft heater
on": the modifier names which heater, and there is one), or with a word misheard and the
rest said ("kitelof heater on"). Both at once leave two of its words to guess: the word
that picks the thing out was not said, and the word left is not the taught one but another
("heating", the process, for "heater", the thing). What was heard is at best a shorter
request of its own, one the home was never taught.

Only a word that names: an unsaid particle ("kiteloft heatr" of "kiteloft heater on")
leaves the thing named whole, and the request is the taught one misheard (the resolver
reads the phrase as a guess by marking the changed word as heard unlike the taught one,
which asks).
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._words import stem

__all__ = ["PARTICLES", "guessed_twice"]

HEARD_AS = 0.5
"""Spelling similarity at which a heard word stands for a taught one, changed or misheard
("heating" / "heater" 0.57, "heatr" / "heater" 0.83): that word was said, in some form."""
PARTICLES = frozenset({"on", "off", "up", "down", "in", "out", "over", "back", "away"})
"""Adverb particles of a phrasal verb (Quirk et al. 1985, 16.2-16.4): what a device or a
routine is set to, no word that names it."""


def guessed_twice(heard: Sequence[str], taught: Sequence[str],
                  function: frozenset[str]) -> bool:
    """Whether a naming word of the phrase ``taught`` (its stems) has no word of ``heard``
    like it (called when the reading found a word unsaid and another heard only
    approximately)."""
    said = [stem(w) for w in heard]
    return any(w not in function and w not in PARTICLES and not any(
        Levenshtein.normalized_similarity(w, h) >= HEARD_AS for h in said) for w in taught)
