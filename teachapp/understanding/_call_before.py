"""A taught phrase said last after one call word, with no pause written: "kyow oil the
croze", "chack lock the coopery", "hup hup make coffee".

:mod:`_unlinked_before` frees a phrase after talk of two words at least, as one word
before a phrase may be a part of it ("the", "my", "school" before "movie night"), so a
request said after a single call, a bird's cry as heard or a word of a game's own, was
asked about ("Did you mean ...?" of its extra word). Yet a call or an interjection, said
once or over, is no content word of a request (Quirk et al. 1985, 11.54-11.55 on
interjections): a word no English dictionary lists as a noun, a verb, an adjective or an
adverb (:func:`_word_classes.listed`: LemmInflect's table) can modify no phrase, take no
object and say no time, so the phrase after it is a request that starts with its own
first word.

So the phrase, said exactly and last (nothing but fillers after it), is read with a pause
written before it (every cue of the readers of asides still stops it there) when the
words before it are one word, said once or over, and

- the dictionary lists it in no open class and it is no closed-class word (no word that
  waits for what follows it, :data:`_unlinked_amid.WAITING`, nor any function word:
  :func:`_call_word.call`);
- it bears on no request (:func:`_unlinked_amid.bears`: no word the home taught or like
  one, no word of a home, a time, a person of the family, a relation, a request word, a
  negator, a modal or a wh-word): a given name is one, "emrys lights off";
- the phrase opens with no kind of device, which a word before it may say which of
  ("dyson fan on");
- no filler left out before it joins the phrase to it as a second request ("... then").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._call_word import call
from teachapp.understanding._unlinked_amid import JOINING, WAITING, bears
from teachapp.understanding._unmarked import device_kinds
from teachapp.understanding.normalize import Lexicon

__all__ = ["call_before"]

Taught = Callable[[str], bool]


def call_before(before: Sequence[str], phrase: Sequence[str], after: Sequence[str],
                lexicon: Lexicon, taught: Taught, unlike: Taught,
                freed: Sequence[str] = ()) -> bool:
    """Whether the speaker's words ``before`` the ``phrase`` said whole and last (``after``
    empty; wake words and fillers left out, ``freed`` the fillers before it) are one call
    word, said once or over, that links to it in no way (see the module docstring):
    ``taught`` says whether a home taught a word, ``unlike`` whether no taught word is
    like it."""
    if after or not before or len(set(before)) != 1 or not phrase:
        return False
    word = before[0]
    if not call(word, lexicon, WAITING) or bears(word, lexicon, taught, unlike):
        return False
    first = phrase[0]
    if first in device_kinds() or first.rstrip("s") in device_kinds():
        return False
    return not any(w in JOINING for w in freed)
