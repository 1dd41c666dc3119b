"""An existential statement of the speaker's own beside a request: "office mode, there's a
snail on the patio door", "there are some herons by the pond, reading mode", "lights on,
there's a moth fluttering at the window". The speaker points out a creature or a thing of
the scene and where it is; the request is made as it would be alone.

An existential clause has the dummy subject "there", a form of "be", and a notional subject
after it, an indefinite noun phrase, and most often a place or an -ing clause after that
(Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 18.44-18.50;
Huddleston & Pullum 2002, ch. 16 on the extended existential with a locative or a
participial "extension"). What the clause is about is its notional subject: the place after
it only says where that thing is, so a device or a room named there ("on the patio door",
"at the window") is a landmark, no thing asked about, as in a clause of any other shape
with its own subject and argument (:mod:`_clause_shape`).

Read here (said words only, fillers aside), and nothing else:

- "there" first and "is" or "are" after it: the present of a thing seen now ("there was a
  fox in the garden" tells a story, which may be of the request: left to the readers of
  the past);
- an indefinite noun phrase of the clause's own: "a", "an" or "some" and one to three
  content words ("a snail", "some grey herons"), none a word a home taught, no pro-form
  ("there's one on the door" may point back), no negator ("there's no hot water" may say
  why the request is made or fails: a complaint, read by its own readers);
- then nothing, or a place: a preposition of place and a noun phrase ("on the patio door",
  "by the pond"), or an -ing form and maybe such a place ("crawling up the window").

The noun phrase of the place may name a device, a room or a word a home taught: it is the
landmark the thing is placed by, freed with the clause's cues (:func:`_clause_shape.
shape_frees`); the thing pointed out may name none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["existential"]

EXISTENTIAL_BE = frozenset({"is", "are"})
"""Present forms of "be" after "there" ("there's" is written "there is" by the normaliser)."""
INDEFINITE = frozenset({"a", "an", "some", "loads", "lots"})
"""Determiners of the notional subject: indefinite, as an existential's is (18.46); "lots"
and "loads" of "lots of ants". (A number is read by the readers of counts, not here.)"""
PLACE = frozenset({"on", "in", "at", "by", "under", "behind", "near", "beside", "inside",
                   "outside", "above", "below", "against", "up", "down", "round", "around",
                   "across", "along", "over", "through", "between"})
"""Prepositions of place and of direction (Quirk et al. 1985, 9.15-9.26)."""

Content = Callable[[str], bool]
"""Whether a word is a content word of the clause's own (no function word, pro-form,
negator, operator or preposition; ``own``: and no word a home taught either)."""


def existential(said: Sequence[str], own: Content, word: Content) -> int | None:
    """Where the noun phrase of the place opens in ``said`` (a clause's said words), its
    landmark, when ``said`` is an existential statement of the shape of the module
    docstring (``len(said)`` when no place is said); else None. ``own``: whether a word
    is a content word of the clause's own; ``word``: whether it is a content word at all
    (a word a home taught may name the landmark, never the thing pointed out)."""
    if len(said) < 4 or said[0] != "there" or said[1] not in EXISTENTIAL_BE:
        return None
    if said[2] not in INDEFINITE:
        return None
    k = 3
    if k < len(said) and said[k] == "of" and said[k - 1] in ("loads", "lots"):
        k += 1
    end = _nouns(said, k, own)
    if end == k:
        return None
    if end < len(said) and said[end].endswith("ing") and len(said[end]) > 5 and own(
            said[end]):
        end += 1  # ("a moth fluttering ...")
    if end == len(said):
        return end
    return _place(said, end, word)


def _nouns(said: Sequence[str], k: int, content: Content) -> int:
    """Where one to three content words opening at ``said[k]`` end (``k`` when none):
    the head of a noun phrase and its premodifiers; an -ing form is the participle
    after them, no noun."""
    end = k
    while end < len(said) and end - k < 3 and content(said[end]) and not (
            end > k and said[end].endswith("ing")):
        end += 1
    return end


LANDMARK_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "a", "an"})


def _place(said: Sequence[str], k: int, content: Content) -> int | None:
    """Where the noun phrase opens when ``said[k:]`` is a preposition of place and a noun
    phrase with a determiner or none, and nothing after ("on the patio door", "by our
    pond", "up the window"); else None."""
    if k >= len(said) - 1 or said[k] not in PLACE:
        return None
    k += 1
    start = k
    if said[k] in LANDMARK_DETERMINERS:
        k += 1
    return start if k < len(said) and _nouns(said, k, content) == len(said) else None
