"""A noun phrase of a great many things said alone after a taught phrase, no pause
written: "storm mode dozens of swifts", "tea time hundreds of starlings", the speaker
pointing out what they see beside the request.

A plural numeral noun and "of" ("dozens of", "hundreds of", "thousands of": Quirk et al.
1985, "A Comprehensive Grammar of the English Language", 5.25 and 6.63 on the numerals
said as indefinite quantifiers) count things, and the noun they count, said with nothing
more, is a verbless utterance of its own (11.41-11.43 on irregular and non-clausal
units; Biber et al. 1999, "Longman Grammar of Spoken and Written English", 14.4): it has
no verb of which the phrase could be the subject or the object, and "dozens" cannot be
the head of a compound the phrase modifies and also take "of" after it. So the request
runs as it does with the pause written ("storm mode, dozens of swifts").

Only numeral nouns, which count: "loads of", "lots of" and "heaps of" also measure what
cannot be counted, and may judge the request ("movie night loads of fun" is an opinion).
Not when a word counted is a person (who may want or refuse the request), a word of the
home or one it taught, a time ("dozens of times": how often it was asked), a number, a
cue's word or a pro-form that may point back at the request ("dozens of them").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._asked_aside import names_home
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import BACK, own_noun, people
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["counted_after"]

Taught = Callable[[str], bool]

NUMERAL_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions",
                           "billions"})
"""The plurals of numeral nouns said as indefinite quantifiers before "of" (Quirk et al.
1985, 6.63)."""


def _counted(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may be a word of the noun phrase counted: a content word of its
    own, no person, thing of a home, time, number, cue or pro-form."""
    return (own_noun(word, lexicon, taught) and word not in BACK
            and word not in people(lexicon) and word.rstrip("s") not in people(lexicon)
            and word not in time_words() and word.rstrip("s") not in time_words()
            and word not in lexicon.number_words and word not in lexicon.cue_starts
            and not names_home([word]) and word not in home_words())


def counted_after(aside: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words after the phrase, ``aside``, are a numeral noun, "of"
    and one or two words of a noun phrase of their own, nothing more (see the module
    docstring)."""
    return (3 <= len(aside) <= 4 and aside[0] in NUMERAL_NOUNS and aside[1] == "of"
            and all(_counted(w, lexicon, taught) for w in aside[2:]))
