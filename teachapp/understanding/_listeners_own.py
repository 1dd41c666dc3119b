"""An imperative about the listener's own thing: "take your receipt", "stow your laptop
securely", "grip your ankles".

An imperative addresses its listener (Quirk et al. 1985, "A Comprehensive Grammar of the
English Language", 11.24), and a second-person possessive names what that listener has
(6.28): a till tells a shopper to take their receipt, a safety video tells a passenger to
stow their laptop. A home's assistant has no receipt, laptop or ankles, so an imperative
whose object is "your" and a noun of no home (no word a home taught, no device) is said
to a person, never a request the home answers, whatever its verb ("take", "use" and
"remove" open requests of the assistant too: "take a note", "remove the timer"). Said
beside a taught phrase, such a clause asks for nothing of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding.normalize import Lexicon

__all__ = ["listeners_own"]

YOURS = frozenset({"your", "yer"})
"""The second-person possessive determiner, as said and as often heard."""


@lru_cache(maxsize=1)
def _devices() -> frozenset[str]:
    """The built-in commands' words for kinds of device ("lamp", "heater", "blinds")."""
    return frozenset(w for words in default_vocabulary().kind_words.values() for w in words)


def listeners_own(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``said`` (a clause's words, fillers aside) is an imperative whose object is
    the listener's own thing: a verb first, then "your" and a noun, no word of it taught
    and no device named (see the module docstring)."""
    if len(said) < 3 or said[1] not in YOURS:
        return False
    verb, noun = said[0], said[2]
    function = lexicon.function_words
    if not (verb.isalpha() and noun.isalpha()) or verb in function or noun in function:
        return False
    devices = _devices()
    return not any((taught(w) and w not in function) or w in devices for w in said)
