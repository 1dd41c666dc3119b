"""Whether a short phrase was heard by its sounds alone: every word of a phrase of one or
two content words heard only approximately, one of them as a function word ("the dim" for
"tea time"). Asked about, never run.

Two short words are a few sounds, and a few sounds match some taught phrase by chance:
English has many short words, and most short phrases have neighbours a sound or two away
(Luce & Pisoni 1998, "Recognizing spoken words: the neighborhood activation model": the
denser a word's neighbourhood, the weaker the evidence a match of its sounds gives). A
recogniser writes the words it heard. When none of them is a word of the phrase, one is
only loosely like its taught word, and a content word of the phrase was written as a
function word ("the" for "tea": function words are a closed class a recogniser's language
model favours, Quirk et al. 1985, 2.14), what was said may be those words (another thing:
"the dim" light) as much as the phrase misheard. A content word heard as a content word
("feet the cut" of "feed the cat": each word a vowel or a voicing apart) is the phrase
misheard, and so is a word close to the taught one ("lites of" of "lights off"), one said
as itself ("tea tim"), or one no dictionary holds ("tyme"): those still run, as does a
longer phrase, whose many sounds matched are evidence enough.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from teachapp.understanding._other_word import heard_pronunciation

__all__ = ["LOOSE", "SHORT", "by_sound_only"]

SHORT = 2
"""Most content words a phrase has for its sounds alone to be weak evidence."""
LOOSE = 0.75
"""Word likeness (:mod:`_words`) below which a taught word was heard only loosely ("dim" /
"time" 0.67); a word heard closer is the taught one spelled another way ("lites" /
"lights" 0.84, "of" / "off"), and still runs."""


def by_sound_only(phrase_words: int, matched: int, inexact: int, weakest: float,
                  said: Sequence[str], function: Collection[str]) -> bool:
    """Whether a phrase of ``phrase_words`` content words (at most :data:`SHORT`), all of
    them ``matched`` and every one only approximately (``inexact``), the ``weakest`` below
    :data:`LOOSE`, was heard as ``said`` (the words said, calls and fillers left out), all
    dictionary words and fewer of them content words (not in ``function``) than the phrase
    has: weak evidence, asked about (see the module docstring)."""
    if (not 0 < phrase_words <= SHORT or not matched == inexact == phrase_words
            or weakest >= LOOSE or not said
            or sum(w not in function for w in said) >= phrase_words):
        return False
    return all(w.isalpha() and heard_pronunciation(w) is not None
               for w in (s.replace("'", "") for s in said))
