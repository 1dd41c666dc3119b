"""Words before a taught phrase said with no pause written that no English verb is among:
"demi plie and echappe give tiffani a ring", "tendu tendu and fondu lock up", "glissade
dog walk": a ballet teacher's count, a cox's call, words of another language.

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a word before the phrase may otherwise be a verb whose object the phrase is ("dude
scrap movie night", "our plumber hums bath time": Quirk et al. 1985, 16.19 on the direct
object), so the side was only asked about, or, after "and", read as a second imperative
("... and abandon movie night"). A word the English lexicon never lists as a verb
(:mod:`_word_classes`) takes no object, so a run of such words, maybe joined by "and", ends
where the phrase begins: each is then a call, a term said aloud or a name, an utterance of
its own as it is with the pause written ("demi plie and echappe, give tiffani a ring"). A
verb before "and" joins only the words before the phrase ("pirouette and soutenu ..."), and
a filler between them and the phrase ("hoiladio oh and ...") changes none of this.

Not a word of a closed class (a determiner, a pronoun, a preposition, an operator: the
phrase may be in their noun phrase or clause), a word the resolver reads as a cue or a
request or one misspelt ("cancle": :func:`_unlisted_call.read_misspelt`) or held
("stooop": :mod:`_held_sound` reads those), an -ed or -ing form (a verb the lexicon does
not list: "yodelling"), a word of time or degree or a month (it may say when or how the
request is to run), a word the home taught, nor the phrase's own first word said again.
The last word before the phrase is one the lexicon does not list at all (a noun or an
adjective there may modify a phrase that opens with a noun, "cosy movie night", "kids film
night", or be the subject of one that opens with a verb, "boys feed the cat") and like no
taught word (a taught word misheard: the phrase may be the end of a longer one), and no
"and" (it would join the phrase to them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._edge_before import MONTHS
from teachapp.understanding._held_sound import HELD_LETTER
from teachapp.understanding._own_clause import DEGREE, time_words
from teachapp.understanding._unlisted_call import read_misspelt
from teachapp.understanding.normalize import Lexicon

__all__ = ["no_verb_before"]

Taught = Callable[[str], bool]

JOINER = "and"
"""The coordinator that may join two such words ("demi plie and echappe")."""


def no_verb_before(words: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                   taught: Taught, unknown: Taught) -> bool:
    """Whether the speaker's ``words`` said before ``phrase`` (fillers and carriers left
    out) are words no verb is among (see the module docstring); ``taught``: whether a home
    taught a word, ``unknown``: whether no taught word is like it."""
    if not words or words[-1] == JOINER or not classes.loaded():
        return False
    first = phrase[0]
    own = []
    for k, word in enumerate(words):
        if word == JOINER and (not k or words[k - 1] != JOINER):
            continue  # (a joiner between two words, or the count's "and" said first)
        if not _no_verb(word, first, lexicon, taught):
            return False
        if classes.verb(word) and JOINER not in words[k + 1:]:
            return False  # (a verb may take the phrase as its object: "dude scrap ...")
        own.append(word)
    if classes.listed(words[-1]) or not unknown(words[-1]):
        return False
    # (last, as it is the dearest test: a word no lexicon lists near one the readers read)
    return not any(read_misspelt(w, lexicon) for w in own if not classes.listed(w))


def _no_verb(word: str, first: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is an open-class word the readers do not read and the home did not
    teach, in no form of a verb's that the lexicon may not list."""
    return (shape.content_word(word, lexicon, taught) and word != first
            and not shape.verb_form(word) and not HELD_LETTER.search(word)
            and word not in lexicon.request_words and word not in lexicon.cue_starts
            and word not in DEGREE and word not in time_words() and word not in MONTHS)
