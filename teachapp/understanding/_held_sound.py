"""A word drawn out past any spelling, said alone before a taught phrase, is a sound or a
call of its own: "haaah open the blinds", "yawwwn cleaning time", "muuum lights on",
"nnngh security on".

No English word writes a letter three times in a row; a word said held does, as a
recogniser or a typist writes it (expressive lengthening: Brody & Diakopoulos 2011,
"Cooooooooooooooollllllllllllll!!!!!!!!!!!!!!"). :func:`normalize.tokens` already gives
the lexicon's own words back their spelling ("pleeease" -> "please"); a held word left
over is a sigh, a groan, a yawn, a cheer or a call drawn out, an interjection's use
(Quirk et al. 1985, 11.54: an utterance of its own, no verb whose object the phrase is
nor a modifier of it), so :mod:`_unmarked` reads it as it reads the interjections of
:data:`_unmarked.CALLED_OUT`.

Not when, undrawn, it is a word the resolver reads as saying something, however long it
was said: a word of a cue ("nooo", "stooop", "neverrr"), of a request, of a self-repair
or a halt ("waaait", "hollld"), a function word, an adverb of time or one that may
point back ("laterrr", "againnn"), a verb that may act on a routine named by the phrase
(:data:`_opened_by_form.COMMANDING`: "killl", "scraaap"), or a word the home taught; nor
a dictionary word of two syllables or more ("reeeverse", "tomorrowww": a sound held is
mostly one breath, a word said slowly is still the word); nor when it is two taught words
run together at the held letter ("halllight", "alllights", "grassseed": a word boundary,
no sound held).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teachapp.understanding._opened_by_form import COMMANDING
from teachapp.understanding._other_word import pronunciation
from teachapp.understanding._own_clause import POINTING, time_words
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["HELD_LETTER", "held_sound", "said_word", "undrawn"]

Taught = Callable[[str], bool]

HELD_LETTER = re.compile(r"([a-z])\1\1")
"""A letter written three times in a row."""
_SQUEEZE = re.compile(r"([a-z])\1\1+")
"""A held letter's run, said once or twice undrawn ("tomorrowww": "tomorrow")."""


VOWELS = frozenset({"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW",
                    "OY", "UH", "UW"})
"""The vowel phonemes of the CMU Pronouncing Dictionary: one a syllable."""


def said_word(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is one the resolver reads as saying something (see the module
    docstring; only held words are looked up, so seldom)."""
    if (word in lexicon.function_words or word in lexicon.request_words
            or word in COMMANDING or word in POINTING or word in time_words()):
        return True
    if any(word in said for group in (*lexicon.cue_words, lexicon.self_repairs)
           for said in group):
        return True
    if any(word in tokens(str(halt)) for halt in bundled_section("repair_halts") or ()):
        return True
    sounds = pronunciation(word)
    return sounds is not None and sum(p in VOWELS for p in sounds) >= 2


def undrawn(word: str) -> frozenset[str]:
    """The spellings ``word`` held past any spelling may have undrawn, its held letters
    once or twice ("stooop": "stop", "stoop")."""
    return frozenset({_SQUEEZE.sub(r"\1", word), _SQUEEZE.sub(r"\1\1", word)})


def held_sound(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is a sound or call held past any spelling (see the module
    docstring)."""
    held = HELD_LETTER.search(word)
    if held is None or not word.isalpha():
        return False
    for form in undrawn(word):
        if said_word(form, lexicon) or taught(form):
            return False
    start, stop = held.span()
    while stop < len(word) and word[stop] == word[start]:
        stop += 1
    return not any(taught(word[:k]) or taught(word[k:]) for k in range(start + 1, stop))
