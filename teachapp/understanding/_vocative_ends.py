"""A call that ends with the people it is called to, right beside a taught phrase with no
pause written: a referee's, a marshal's or a lifeguard's calls said before the phrase, or
on both sides of it ("no overstepping flingers lights on", "welly up wangers boil the
kettle no overstepping flingers", "armbands kiddies no bombing nippers focus mode").

A vocative is an element outside the clause's structure and may stand at its end (Quirk
et al. 1985, "A Comprehensive Grammar of the English Language", 10.52-10.53); said last in
a call it closes it, so the phrase after it opens a clause of its own, and a call that
ends the utterance with one after the phrase is a unit of its own too (11.54 on
utterances without a verb), as with the pauses written ("No overstepping, flingers.
Lights on."). The people called are named by a plural noun of agents, the suffix -er on a
verb or noun ("flingers", "griddlers", "splashers", "nippers": App. I.35), a noun that
names doers and so those bidden, not a thing a request may ask for.

Such a noun is a vocative only where it is no part of a noun phrase or a clause that goes
on: the word before it neither opens a noun phrase nor governs it (a determiner, a
possessive, a preposition, a number, an operator or a pronoun subject: "the swimmers", "for
the nippers", "no swimmers": its phrase, and with the phrase after it a possessive said
without its apostrophe, "the campers party mode"), and it is no verb form ("offers",
"orders", "waters": a verb whose object the phrase may be). The call before the phrase
has at least one word before the noun (one plural noun alone may be the subject of a
phrase that opens with a verb: "painters close the blinds"). The call's words bear on no
request (no pro-form, no cue, no word a home taught, no thing a home has: the caller
judges them as :mod:`_called_before` does); the readers of the marked text then judge
the phrase's own part as they would with the pauses written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._asked_aside import names_home
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._called_before import own_word
from teachapp.understanding._own_clause import PARTICLES, time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["agents_called", "bans_aside", "call_ends"]

Taught = Callable[[str], bool]
LONGEST = 10
"""The most words a run of calls on one side of the phrase is read as (longer, it is more
likely a clause the phrase belongs to)."""
SHORTEST_AGENT = 6
"""The fewest letters a plural noun of agents has ("nippers"; not "fliers" misread)."""


def agents_called(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may be a plural noun of agents called to: a content word in -ers
    (the agentive suffix, "flingers", "youngsters"), no verb form ("offers", "wanders"),
    no word a home taught, no device, room, thing or time of a home."""
    return (len(word) >= SHORTEST_AGENT and word.endswith("ers") and classes.loaded()
            and not classes.verb(word) and shape.content_word(word, lexicon, taught)
            and word not in lexicon.request_words and word not in time_words()
            and not names_home([word]) and word not in home_words())


def _ends_call(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said`` ends with a vocative of agents that no word before it makes part of
    a noun phrase or a clause that goes on (see the module docstring)."""
    if not 2 <= len(said) <= LONGEST or not agents_called(said[-1], lexicon, taught):
        return False
    before = said[-2]
    if before in PARTICLES and len(said) > 2 and shape.content_word(said[-3], lexicon, taught):
        return True  # (a particle of the call's own verb: "welly up wangers")
    return not (before in shape.NP_DETERMINERS or before in shape.POSSESSIVES
                or before in shape.PREPOSITIONS or before in shape.PRONOUN_SUBJECTS
                or before in shape.BE_FORMS or before.isdigit()
                or before in lexicon.function_words)


def _own(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether no word of ``said`` is a content word a home taught or names a thing of a
    home (a function word, preposition or particle a phrase holds is anyone's: "on")."""
    return not names_home(said) and not any(
        taught(w) and w not in lexicon.function_words and w not in shape.PREPOSITIONS
        and w not in PARTICLES for w in said)


def call_ends(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words ``said`` on one side of a taught phrase, from the phrase
    to the end of the utterance, are a call that ends with the people it is called to ("no
    overstepping flingers ...", "... no bombing nippers"), closed there."""
    return _ends_call(said, lexicon, taught) and _own(said, lexicon, taught)


def bans_aside(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> list[str]:
    """``said`` without each "no" that is the negative determiner of a word of the
    speaker's own after it ("no horseplay", "no bombing", "no overarm flingers": a ban of
    another act or thing, its negation reaching only its own noun phrase, Quirk et al.
    1985, 10.58), so a reader of cues judges what is left; a "no" before a word a home
    taught or a request word stays ("no lights on")."""
    return [w for k, w in enumerate(said)
            if not (w == "no" and k + 1 < len(said) and own_word(said[k + 1], lexicon, taught))]
