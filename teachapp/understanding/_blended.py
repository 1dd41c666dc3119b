"""Whether a heard word the dictionary does not hold is a blend: a real word's start put on
the end of the taught word ("staycation" of "vacation": stay + vacation), another word
that was said, not the taught one misheard.

A blend (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", I.75:
"brunch", "smog") joins the start of one word to the end of another, and names a kind of
the second: "staycation mode" asks for another mode than "vacation mode". A recogniser
that writes one has it in its vocabulary; its mishearings of the taught word keep the
taught word's start, or write a real word for all of it. So the heard word is read as a
blend when:

- no dictionary holds it (a dictionary word is read by :mod:`_unlike_word`'s sounds);
- it ends with the taught word's last :data:`TAIL` letters or more, at least half of
  the taught word, and what it puts before them is a dictionary word of :data:`HEAD`
  letters or more ("stay") that takes the place of the taught word's own start ("va");
- the two starts are written apart (similarity below :data:`ALIKE`): "blood" for "flood"
  of "floodlights" is a letter misheard, not a blend.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._other_word import pronunciation

__all__ = ["ALIKE", "HEAD", "TAIL", "blended"]

TAIL = 4
"""Fewest letters of the taught word's end the blend keeps ("cation")."""
HEAD = 3
"""Fewest letters of the dictionary word the blend opens with ("stay")."""
ALIKE = 0.5
"""Spelling similarity (normalised Levenshtein) of the two starts at and above which they
are one start misheard ("blood" / "flood", 0.8; "stay" / "va", 0.25)."""


@lru_cache(maxsize=4096)
def blended(heard: str, taught: str) -> bool:
    """Whether ``heard``, no dictionary word, is a dictionary word's start put on the end of
    the dictionary word ``taught`` in place of its own start (see the module docstring)."""
    if not heard.isalpha() or pronunciation(heard) is not None:
        return False
    for cut in range(HEAD, len(heard) - TAIL + 1):
        tail = heard[cut:]
        if len(tail) >= len(taught) or 2 * len(tail) < len(taught) or not taught.endswith(tail):
            continue
        head, own = heard[:cut], taught[:len(taught) - len(tail)]
        if (pronunciation(head) is not None
                and Levenshtein.normalized_similarity(head, own) < ALIKE):
            return True
    return False
