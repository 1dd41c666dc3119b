"""Whether a real word met by a taught word only through a hint of sound, and heard apart
from it as said, is another word: a guess at the phrase, asked about, never run ("mash the
turnips" is not "mash the parsnips" misheard; "the kettle is late" is not "... waiting").

The scorer meets two words that share little of their spelling or sound key through hints
(:mod:`scoring`): a looser sound key that merges the stops ("likes" / "lights", 0.3), a
lift of words spelled apart but said alike. Those hints say two words *may* be one, and
keep a recogniser's worst slips within reach; they never say that they are. Met that way
and no closer (below :data:`HINTED`), the pair is told apart by what was said: the
heard word as heard and the taught word as taught, each with its own ending (the scorer
keeps stems, and a stem hides a syllable, "wait" of "waiting", or a sound, "pea" of
"peas", that was said). When the two real words are :data:`~._sounds_apart.APART` or more
contrasts apart, the heard one is a word said, not the taught one misheard: the phrase's
head with another content word of the same kind in a word's place names another thing
(Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 17.5: the head and
its modifiers pick out the referent; another noun picks out another), the same as the
word unsaid and another said beside it, which the reading already asks about.

:mod:`_unlike_word` reads words met more closely (it reads stems, and lets a word cut or
grown at an edge pass, which a hint this weak does not earn); this reads the weakest
meetings. "Likes" for "lights" (one contrast) still runs, as does a word with the taught
word's vowels ("tardy" for "party") and any word no dictionary holds (a name, a word as a
recogniser spelled it).
"""

from __future__ import annotations

from functools import lru_cache

from teachapp.understanding._other_word import heard_pronunciation
from teachapp.understanding._sounds_apart import APART, contrasts

__all__ = ["HINTED", "hinted_other"]

HINTED = 0.34
"""Word similarity below which two words met only by a hint of sound (the looser sound
key's 0.3, or less: "beans" / "peas" 0.26, "scout" / "cat" 0.32); a pair spelled or keyed
alike at all meets at more ("tide" / "time" 0.44)."""


@lru_cache(maxsize=8192)
def hinted_other(heard: str, taught: str, similarity: float) -> bool:
    """Whether ``heard`` (as heard), met at ``similarity`` where ``taught`` (as taught,
    with its ending) was expected, is another real word (see the module docstring)."""
    if similarity >= HINTED:
        return False
    heard, taught = heard.replace("'", ""), taught.replace("'", "")
    if heard == taught or not heard.isalpha() or not taught.isalpha():
        return False
    said, meant = heard_pronunciation(heard), heard_pronunciation(taught)
    if said is None or meant is None or _vowels(said) == _vowels(meant):
        return False  # (its vowels kept: "tardy" of "party", a slip of the consonants)
    return contrasts(said, meant) >= APART


def _vowels(phonemes: tuple[str, ...]) -> tuple[str, ...]:
    """The syllables' vowels, in order. Noise confuses consonants far more than vowels
    (Miller and Nicely 1955, "An Analysis of Perceptual Confusions Among Some English
    Consonants"; a vowel carries the syllable's loudness), so a heard word with the
    taught word's vowels, its consonants alone changed, is taken for a slip ("tardy
    mode" for "party mode" runs), not for another word said."""
    return tuple(p for p in phonemes if p[:1] in "AEIOU")
