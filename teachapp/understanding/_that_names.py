"""A thing of the scene named with "that's" after a taught phrase said whole, with no pause
written between them: "fan on that's a kingfisher", "tea time that's totality" (pointing
at what the speaker sees or hears, not at the request).

"That" after a phrase may point back at it ("movie night that's my favourite", "lights
off that's the one", "bath time that's what she calls it"), so :mod:`_unmarked` leaves
no edge before a pro-form. A demonstrative used as a pronoun points at a thing of the
situation as often as back at the text (Quirk et al. 1985, "A Comprehensive Grammar of
the English Language", 6.40-6.44 on situational and anaphoric reference), and a clause
that identifies it by a noun of its own, its subject complement ("that's a kingfisher",
16.21), names something the request is not: a request is never identified as a thing
with an indefinite article or a bare noun of a scene. So the edge is sure when the
words after the phrase are "that is", maybe "a" or "an", and one content word last, and
that word can be no judgement of the request nor the request named again:

- no word a home taught, no device, room or thing of a home, no time, weekday or number;
- no adjective of praise (the lexicon's ``cue_scope.praise``: "that's lovely"), no general
  noun ("that's a plan", "that's an idea") nor noun of relation ("that's a friend");
- no -ly adverb, no -ed or -ing form ("that's sorted", "that's boring": a state or a
  judgement of what was asked), nothing possessive or definite before it ("that's my
  favourite", "that's the one": those point back), no wh-word ("that's what ...").

The edge only marks the pause; the readers then judge the clause as with one written,
so every cue of theirs (an opinion, the past, a cancellation) still stops the request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._bidden_after import CALENDAR, home_words
from teachapp.understanding._cue_scope import scope_words
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["that_names"]

Taught = Callable[[str], bool]

ARTICLES = frozenset({"a", "an"})


def that_names(aside: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``aside``, the speaker's words after a phrase, are "that is", maybe an
    indefinite article, and one noun of the scene's own (see the module docstring)."""
    if len(aside) not in (3, 4) or tuple(aside[:2]) != ("that", "is"):
        return False
    if len(aside) == 4 and aside[2] not in ARTICLES:
        return False
    noun = aside[-1]
    if not shape.content_word(noun, lexicon, taught) or noun in shape.WH_WORDS:
        return False
    if shape.verb_form(noun) or (noun.endswith("ly") and len(noun) > 4):
        return False
    if noun in scope_words().praise or noun in shape.shape_section().general_nouns:
        return False
    if relational(noun) or names_home([noun]) or noun in home_words():
        return False
    return not (noun in time_words() or noun in CALENDAR or noun in lexicon.number_words)
