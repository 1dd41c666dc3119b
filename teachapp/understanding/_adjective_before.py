"""An adjective said right before a taught phrase that opens with a verb and its object, with
no pause written: "your worships be upstanding mend the brass buckle", "so sleepy cool the
house", a call or a remark of the speaker's own ended before the request.

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends, and reads an -ing word there as a verb whose object the phrase may be ("kept
repeating ..."). A word that may be neither a verb nor a noun cannot be either: what is
said before a phrase attaches to it as a verb that takes it for its object ("we had ..."),
a subject ("the boys feed the cat"), a determiner, a preposition, an operator or a
negator, or a modifier of its first noun ("cosy movie night"). An adjective is none of
these before a verb: it modifies a noun, or is the complement of a clause of its own that
ends there (Quirk et al. 1985, 7.2-7.3 on the adjective, 16.19 on the direct object). So
when the English lexicon (:mod:`_word_classes`) lists the last word before the phrase as an
adjective and never as a noun or a verb ("upstanding", "sleepy", "acute"), and the phrase
opens with a word that may be a verb followed by its object's determiner, a pronoun or a
name ("mend *the* ...", "give *comfi* a ring", "cool *the* house": no noun the adjective
could modify), the edge is a clause's edge and sure; the readers of asides still judge the
words before as they do with the pause written.

Not an adverb, nor a word listed as an adverb too ("easy"): an adverb before a verb is
its adjunct, the subject maybe before it ("my twins always light the fire"). Not a word
the home taught, a cue, a request word, a word of time, place or degree, a word of a
home's places, things or settings ("downstairs", "lowest": which one, or how), a
comparative ("brighter"), or one that bears on the request ("only", "again", "later",
"maybe"), nor an adjective after a determiner, a possessive or a preposition (a noun
phrase still open: "the sleepy ..."), nor when no lexicon is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._asked_aside import names_home
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._forbidden_aside import place_adverbs
from teachapp.understanding._own_clause import DEGREE, PARTICLES, time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["adjective_before"]

Taught = Callable[[str], bool]

BEARING = frozenset({"only", "just", "again", "too", "also", "instead", "already",
                     "anymore", "ever", "even", "yet", "later", "first", "next", "now",
                     "then", "soon", "sooner", "somehow", "otherwise", "maybe", "perhaps"})
"""Adverbs of focus, time and modality that bear on the request after them ("later ...",
"maybe ...": Quirk et al. 1985, 8.116, 8.51, 8.127)."""
COMPARING = ("er", "est")
"""Endings of a comparative or superlative ("brighter", "loudest"): a degree of the request."""
OPENING_OBJECT = shape.NP_DETERMINERS | shape.OBJECT_PRONOUNS | {"it"}
"""Words that open a verb's object right after it ("mend *the* buckle", "wake *me* up")."""


def adjective_before(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
                     lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the edge before the phrase said exactly at ``toks[start:stop]`` is sure: the
    speaker's word right before it is an adjective that cannot attach to it (see the
    module docstring); ``free`` marks wake words, fillers and carriers; ``taught``: whether
    a home taught a word."""
    if start < 1 or stop - start < 2 or free[start - 1] or not classes.loaded():
        return False
    last = toks[start - 1]
    if not (_adjective_only(last) and shape.content_word(last, lexicon, taught)
            and last not in lexicon.cue_starts and last not in lexicon.request_words
            and last not in DEGREE and last not in BEARING and last not in time_words()
            and not names_home([last]) and last not in home_words()
            and last not in place_adverbs()):
        return False
    said = [toks[k] for k in range(start - 1) if not free[k]]
    if said and (said[-1] in shape.NP_DETERMINERS or said[-1] in shape.PREPOSITIONS):
        return False  # (a noun phrase still open: "the sleepy ...", "in bright ...")
    return _verb_and_object(toks[start:stop], taught)


def _adjective_only(word: str) -> bool:
    """Whether ``word`` is listed only as an adjective (never a noun, a verb or an adverb),
    and is no comparative or superlative of a listed word."""
    return classes.adjective_only(word) and not any(
        word.endswith(e) and classes.listed(word[:-len(e)]) for e in COMPARING)


def _verb_and_object(phrase: Sequence[str], taught: Taught) -> bool:
    """Whether ``phrase`` opens with a word that may be a verb and then its object: a
    determiner or pronoun, a particle and one ("turn off the ..."), or a taught name no
    lexicon lists ("give comfi a ring")."""
    verb, then = phrase[0], phrase[1]
    if not classes.verb(verb) or classes.adjective_only(verb):
        return False
    if then in OPENING_OBJECT:
        return True
    if then in PARTICLES and len(phrase) > 2 and phrase[2] in OPENING_OBJECT:
        return True
    return taught(then) and not classes.listed(then)
