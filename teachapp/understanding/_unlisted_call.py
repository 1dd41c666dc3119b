"""Words no English dictionary holds, said alone beside a taught phrase with no pause
written, are a call of their own: "hakkeyoi start my work day", "skoosh heat the
bathroom fnarr", "eena deena open the blinds hinty minty".

:mod:`_unmarked` holds a side of a phrase sure only where the words there plainly close
or open a clause; a lone word before the phrase is read as an imperative's verb whose
object the phrase may be ("copy nap time"). A word the pronouncing dictionary (126,000
words, names among them) does not hold is no English verb, modifier or noun of the
clause: it is a call, a chant, a word of another language or a sound written as heard
(a referee's "hakkeyoi", a counting-out rhyme's "eena deena", a hen-wife's "tchook";
Quirk et al. 1985, 11.54 on interjections, 10.52 on vocatives), an utterance of its own
as the interjections of :data:`_unmarked.CALLED_OUT` are, so the phrase beside it runs
as it does with the pause written ("hakkeyoi, start my work day"). So is a rhyming or
ablaut pair of words said there ("oozy woozy", "wibbly wubbly": :mod:`_reduplicated`).

Not a word the resolver reads as saying something or one spelled near it (a cue, a
request word, a function word, a self-repair, a verb that acts on a routine: "cancle",
"forgett", "plese"), a word the home taught or one like it (a taught word misheard: the
phrase may be the end of a longer one, "livin room lights off"), a word with a digit,
a word held past its spelling ("stooop", "waaait": :mod:`_held_sound` reads those), nor
anything when no dictionary is installed (every word would be unlisted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from teachapp.understanding._held_sound import HELD_LETTER, said_word
from teachapp.understanding._opened_by_form import COMMANDING
from teachapp.understanding._other_word import pronunciation
from teachapp.understanding._reduplicated import reduplicated
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["read_misspelt", "unlisted_call", "unlisted_calls"]

Taught = Callable[[str], bool]

LETTERS_A_SLIP = 4
"""Letters per slip of spelling (an edit, a swap of two letters) that leave an unlisted
word a word the resolver reads misspelled or misheard: one slip up to seven letters
("cancle" of "cancel", "stpo" of "stop", "plese" of "please"), two from eight."""


_READ: dict[int, tuple[Lexicon, tuple[str, ...]]] = {}
"""The words each lexicon reads (by its id, the lexicon kept so the id stays its own)."""


def _read_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The words the resolver reads as saying something (:func:`_held_sound.said_word`'s
    lists), for the near-spelling test."""
    kept = _READ.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    words = set(lexicon.function_words) | set(lexicon.request_words) | set(COMMANDING)
    for group in (*lexicon.cue_words, lexicon.self_repairs):
        for said in group:
            words.update(said)
    for halt in bundled_section("repair_halts") or ():
        words.update(tokens(str(halt)))
    read = tuple(sorted(w for w in words if w.isalpha() and len(w) > 1))
    if len(_READ) > 8:
        _READ.clear()
    _READ[id(lexicon)] = (lexicon, read)
    return read


def _dictionary_loaded() -> bool:
    """Whether the pronouncing dictionary is there to look words up in."""
    return pronunciation("the") is not None


def unlisted_call(word: str, lexicon: Lexicon, taught: Taught,
                  unknown: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a call no dictionary holds (see the module docstring);
    ``unknown``: whether no taught word is like it."""
    if len(word) < 2 or not word.isalpha() or HELD_LETTER.search(word) or not _dictionary_loaded():
        return False  # (a word held past its spelling is :mod:`_held_sound`'s to read)
    if pronunciation(word) is not None or said_word(word, lexicon) or taught(word):
        return False
    return not read_misspelt(word, lexicon) and unknown(word)


def read_misspelt(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is within :data:`LETTERS_A_SLIP` of a word the resolver reads as
    saying something, a cue or a request word misspelt or misheard ("cancle", "forgett")."""
    slips = max(1, len(word) // LETTERS_A_SLIP)
    return process.extractOne(word, _read_words(lexicon), scorer=OSA.distance,
                              score_cutoff=slips) is not None


def unlisted_calls(words: Sequence[str], lexicon: Lexicon, taught: Taught,
                   unknown: Callable[[str], bool],
                   called: Callable[[str], bool]) -> bool:
    """Whether ``words`` (the speaker's words on one side of a phrase) are all calls,
    at least one of them unlisted or of a reduplicative pair (:mod:`_reduplicated`) and
    the rest interjections (``called``)."""
    paired = reduplicated(words, lexicon, taught)
    own = [k in paired or unlisted_call(w, lexicon, taught, unknown)
           for k, w in enumerate(words)]
    return any(own) and all(mine or called(w) for mine, w in zip(own, words, strict=True))
