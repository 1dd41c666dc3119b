"""A taught phrase said last after someone else's talk, with no pause written and nothing
linking the talk to it: "heave ho shipmate open the hatch", "gotcha gotcha you're it
ring grandad", "nabbed you nabber kingpin movie night".

:mod:`_unmarked_before` frees a phrase after a clause of the speaker's own only when that
clause has a subject and a finite verb and plainly ends, :mod:`_patter_around` only after
content words alone and :mod:`_no_verb_before` only after words no dictionary lists as a
verb: talk said to someone else in the phrase's home, an imperative and a vocative ("heave
ho shipmate"), a pronoun or a verb of a game's own ("you're it", "nabbed you"), has
none of those shapes, so the request said after it was only asked about, or refused as
past. Yet a taught phrase is a request that starts with its own first word, and the talk
before it ends where a clause ends, which the words at the seam tell (Quirk et al. 1985,
2.13-2.16, 10.2): the phrase is the object, the complement or a part of a noun phrase of
the words before it only through a word that waits for what follows, a verb that takes an
object at the seam or a verb of naming, saying, an event or a performance anywhere before
it; :func:`_unlinked_amid.talk_before` reads that seam as it does for a phrase said amid
talk.

So the phrase said exactly and last (nothing but fillers after it) is read with a pause
written before it (every cue of the readers of asides still stops it there) when the
words before it are two at least, none bears on a request (no word the home taught or
like one, no word of a home, a time, a person of the family, a relation, a request word,
a content word that opens a cue, a negator, a modal or a wh-word), none is a verb that
may take the phrase as its object (:func:`_patter_around.takes_it`), the seam before it
waits for nothing and no filler left out before it joins it to them as a request of its
own ("renew my passport then ..."): :func:`_unlinked_amid.talk_before`, the half of a
phrase said amid talk before it. What is said after a phrase is left to the readers of
remarks said after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._unlinked_amid import talk_before
from teachapp.understanding.normalize import Lexicon

__all__ = ["unlinked_before"]

Taught = Callable[[str], bool]


def unlinked_before(before: Sequence[str], phrase: Sequence[str], after: Sequence[str],
                    lexicon: Lexicon, taught: Taught, unlike: Taught,
                    freed: Sequence[str] = ()) -> bool:
    """Whether the speaker's words ``before`` the ``phrase`` said whole and last (``after``
    empty; wake words and fillers left out, ``freed`` the fillers before it) are talk that
    links to it in no way (see the module docstring): ``taught`` says whether a home taught
    a word, ``unlike`` whether no taught word is like it."""
    return not after and talk_before(before, phrase, lexicon, taught, unlike, freed)
