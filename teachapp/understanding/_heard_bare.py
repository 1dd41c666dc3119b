"""A taught phrase misheard in text with no pause marked, read as the phrase said exactly
there would be.

An open-vocabulary recogniser writes what it hears with no punctuation: "hajime hajime
dinner dinner time", "taut taut now piano piano practice so boule's in the lavender". The
readers of text with no pause marked (:mod:`_unmarked`, :mod:`_unlisted_call`, ...) find
the edges of a taught phrase said exactly; a phrase heard with errors there (a word said
twice, split, joined or misspelt) is scored as one clause with the words beside it, and
is asked about or turned down where the same phrase said exactly runs. So the words that
may be the phrase heard so are found (:func:`_heard_beside.heard_spans`), the phrase said
as taught is put in their place, and the text so repaired is read by every reader: when
it runs, and the words heard alone run the same routine with the usual tolerance of a
phrase misheard, the phrase misheard runs (:func:`_misheard_again.read_repaired`). Every
cue the readers stop a phrase said exactly with (a negation, a question, a story,
someone else's words, a routine command) stops it misheard too.

Marked text keeps its own reading (:meth:`Resolver._heard_beside_read_again`): a pause
there says where the speaker's clauses end, and a question asked of it stays asked.
Without marks, the question may only say that the readers found no edge of a phrase they
could not see whole, so it is read again too; and one word said alone beside the words
heard ("hajime", "osaekomi") may be a clause of its own as well as a word of the request,
so it is left to the readers of the repaired text to say which ("paint garage dor" is
asked about as "paint garage door" is). One word said last after them still keeps them
from being read so: it may be the head of a compound the phrase modifies ("start vacuum
bot", a device, of "start the vacuum"); one with more said after it ("teatime so
lavender's for me") does not, nor one after the phrase heard surely (a word said twice,
split or joined, a letter wrong in a word no dictionary lists: "tea time time yippee",
:mod:`_surely_heard`). A taught name may be written as a word
of the same sounds ("give brandy a ring" for "give brandi a ring", "blare" for "blair":
:func:`_names.same_name`): an open-vocabulary recogniser spells a name it does not know
as a word it does, and the words beside it do not say that someone else is meant, with no
pause or with one ("give sooty a ring, a fastball, fouled" of "give sooti a ring": a
pause sets an aside apart, it says nothing of who is called); another name ("tracey" for
"stacey") still says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from teachapp.understanding._clause_heard import names_heard
from teachapp.understanding._names import same_name
from teachapp.understanding._unmarked import MARKS
from teachapp.understanding.resolution import Resolution

__all__ = ["Again", "names_sounded", "read_again_bare", "said_beside"]


@dataclass(frozen=True)
class Again:
    """How a reading is read again for a phrase misheard."""

    lone: bool
    """Whether one word said alone may be beside the words heard, but for one said last
    after them (:func:`_heard_beside.heard_spans`)."""
    named: Callable[[Sequence[str], Iterable[str]], bool]
    """Whether the words heard say the phrase's names (``names_heard`` or
    :func:`names_sounded`)."""
    framed: bool
    """Whether what frames the repaired text takes its run back there
    (``Resolver._read_whole``), as when a question is read again: the phrase misheard is
    not said exactly in the text heard, where :func:`_taken_back.taken_back` looks for it
    ("my spanish exchange partner is learning party party mode" is someone else learning
    it, as said exactly). (A text turned down is read as before.)"""

    def heard(self, words: Sequence[str], phrase: Sequence[str]) -> bool:
        """Whether ``words`` may be ``phrase`` heard with errors: in bare text, not the
        phrase said exactly beside a word that is none of its own (:func:`said_beside`)."""
        return not (self.lone and said_beside(words, phrase))


def read_again_bare(heard: str, found: Resolution,
                    given: frozenset[str]) -> Again | None:
    """Whether ``found`` (the reading of ``heard`` so far) is read again for a phrase
    misheard, and how; None when not. Marked text is read again only when it runs
    nothing, as before; bare text when it runs nothing or asks; in both a name may be
    written as a word of its sounds (``given``: the given names a name may be spelled
    as, :func:`names_sounded`)."""
    if not found.phrase or found.decision == "run":
        return None
    named = partial(names_sounded, given=given)
    if MARKS.intersection(heard):
        return Again(False, named, False) if found.decision == "reject" else None
    return Again(True, named, found.decision == "clarify")


def names_sounded(words: Sequence[str], names: Iterable[str], given: frozenset[str]) -> bool:
    """Whether each of a phrase's ``names`` is heard among ``words`` as taught
    (:func:`_clause_heard.names_heard`) or as a word said with its sounds
    (:func:`_names.same_name`: "brandy" of "brandi", not "tracey" of "stacey")."""
    return all(names_heard(words, (name,))
               or any(same_name(w, name, given) for w in words) for name in names)


def said_beside(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``words`` say ``phrase`` exactly and a word beside it that is none of its
    own: "love movie night" is "movie night" and a word of the speaker's ("i love movie
    night" says an opinion), not "movie night" heard with "movie" said twice ("movie
    movie night") nor misheard."""
    n = len(phrase)
    for i in range(len(words) - n + 1):
        if list(words[i:i + n]) == list(phrase):
            rest = [*words[:i], *words[i + n:]]
            return any(w not in phrase for w in rest)
    return False
