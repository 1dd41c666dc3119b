"""Whether a word said beside a taught phrase may be a call or an interjection and nothing
else: "kyow", "hup", "chookie banties".

A call, a bird's cry as heard or a word of a game's own is no content word of a request
(Quirk et al. 1985, 11.54-11.55 on interjections): a word no English dictionary lists as a
noun, a verb, an adjective or an adverb (:func:`_word_classes.listed`: LemmInflect's table)
and no closed-class word can modify no phrase, take no object, be no subject the
dictionary knows and say no time. Whether it bears on a request otherwise (a given name, a
word the home taught or like one) is for the readers that call this to judge.
"""

from __future__ import annotations

from teachapp.understanding import _word_classes as classes
from teachapp.understanding.normalize import Lexicon

__all__ = ["call"]


def call(word: str, lexicon: Lexicon, closed: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` may be a call or an interjection and nothing else: a word of
    letters that no open class of the dictionary lists, none of the lexicon's function
    words nor of ``closed`` (more closed-class words); False without the dictionary."""
    return (len(word) > 1 and word.isalpha() and classes.loaded() and not classes.listed(word)
            and word not in closed and word not in lexicon.function_words)
