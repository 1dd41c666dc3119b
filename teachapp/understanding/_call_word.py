"""Whether a word said beside a taught phrase may be a call or an interjection and nothing
else: "kyow", "hup", "chookie banties".

A call, a bird's cry as heard or a word of a game's own is no content word of a request
(Quirk et al. 1985, 11.54-11.55 on interjections): a word no English dictionary lists as a
noun, a verb, an adjective or an adverb (:func:`_word_classes.listed`: LemmInflect's table)
and no closed-class word can modify no phrase, take no object, be no subject the
dictionary knows and say no time. Not a word held past its spelling that, undrawn, is a
cue, a request or a function word ("neverrr", "reeeverse"), one the resolver reads as saying
something, nor one a slip of spelling from a cue that stops a request or a verb that acts
on a routine ("cancle", "stpo", "forgett", "chack" of "check":
:data:`_unlisted_call.LETTERS_A_SLIP`). Whether it bears on a request otherwise (a given
name, a word the home taught or like one) is for the readers that call this to judge.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._held_sound import HELD_LETTER, said_word, undrawn
from teachapp.understanding._opened_by_form import COMMANDING
from teachapp.understanding._unlisted_call import LETTERS_A_SLIP
from teachapp.understanding.normalize import Lexicon

CANCELLING = ("negation", "cancellation")
"""The kinds of cue that stop a request: a call spelt near one of their words may be that
word misspelt, and running the phrase after it would do what was called off."""

_MEANT: dict[int, tuple[Lexicon, tuple[str, ...]]] = {}
"""The content words each lexicon reads as a cue or a request (by its id, the lexicon kept
so the id stays its own)."""


def _meant(lexicon: Lexicon) -> tuple[str, ...]:
    """The words of the lexicon's cues that stop a request and the verbs that act on a
    routine, less its function words: a call spelt near one may be one misspelt."""
    kept = _MEANT.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    words = set(COMMANDING)
    for kind in CANCELLING:
        for cue in lexicon.cues.get(kind, ()):
            words.update(cue)
    meant = tuple(sorted(w for w in words if w.isalpha() and len(w) > 2
                         and w not in lexicon.function_words))
    if len(_MEANT) > 8:
        _MEANT.clear()
    _MEANT[id(lexicon)] = (lexicon, meant)
    return meant


def _misspelt(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a slip of spelling from a word of :func:`_meant`."""
    slips = max(1, len(word) // LETTERS_A_SLIP)
    return process.extractOne(word, _meant(lexicon), scorer=OSA.distance,
                              score_cutoff=slips) is not None

__all__ = ["call"]


def call(word: str, lexicon: Lexicon, closed: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` may be a call or an interjection and nothing else: a word of
    letters that no open class of the dictionary lists, none of the lexicon's function
    words nor of ``closed`` (more closed-class words), no word held, read or misspelt
    (see the module docstring); False without the dictionary."""
    if not (len(word) > 1 and word.isalpha() and classes.loaded() and not classes.listed(word)
            and word not in closed and word not in lexicon.function_words):
        return False
    if HELD_LETTER.search(word):
        # (a sound held past any spelling unless, undrawn, a cue, a request word, a
        # function word or a verb that acts on a routine: "whooosh", not "neverrr",
        # "killl", "reeeverse"; the home's words are the caller's)
        return not any(_cue_word(form, lexicon) or _misspelt(form, lexicon)
                       for form in undrawn(word))
    return not said_word(word, lexicon) and not _misspelt(word, lexicon)


def _cue_word(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a function word, a request word or a word of a cue."""
    return (word in lexicon.function_words or word in lexicon.request_words
            or any(word in said for group in lexicon.cue_words for said in group))
