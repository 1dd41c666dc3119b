"""A cry of a few words said over, each time set off by a pause, before the request: "wake
up, wake up! reading mode", "giddy up, giddy up, lights on", "yoo hoo, yoo hoo! tea time".

:mod:`_call_apart` reads a call of one word said over ("keets, keets! bathroom") as an
utterance of its own, since a word said again and again with nothing else in its
clause is a call or a sound (Quirk et al. 1985, 11.54-11.55 on calls and interjections;
App. I.76 on reduplication). A cry of two or three words said over is one too, a chant
or a call to someone else: repeated whole with a pause after each saying, it is no
clause the request belongs to, and no object or subject of it. Its words may be a verb
("wake up"), which the readers of asides took for another request said beside the phrase,
so the request was refused.

So the words after the cry and its pause are read alone, as if it had not been said, and
their run is kept. Not when the cry says a word a home taught (it may be a request
said twice, "lights off, lights off", or a stammer of the phrase), carries a cue
(negation, cancellation, a question, the past, someone else's words, a condition or a
supposition: "no no, no no! tea time", "stop it, stop it, ..."), or a pro-form that may
point at the request ("do it, do it! ..."), nor when a pause is said inside what follows
(a chant or a scene the rest goes on with, read whole as :mod:`_call_apart` reads it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from teachapp.understanding._cue_scope import BACK
from teachapp.understanding._said_before import cue_at
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["after_cry"]

Taught = Callable[[str], bool]

_CRIED = re.compile(
    r"^\s*(?P<cry>[^\W\d_][\w']*(?:\s+[^\W\d_][\w']*){1,2})"
    r"(?:\s*[,!]\s*(?P=cry)\b)+\s*[,!.;:]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE)
"""A cry of two or three words said twice or more, a pause after each, then the rest."""
_PAUSED = re.compile(r"[,;:!?.]+\s+\S")
CUES = ("negation", "cancellation", "question", "past", "reported", "hypothetical",
        "conditional")


def after_cry(text: str, lexicon: Lexicon, taught: Taught) -> str | None:
    """The words said after a cry of two or three words said over at the start of
    ``text``, or None when there is no such cry or it may bear on the request (see the
    module docstring); ``taught`` says whether a home taught a lower-cased word."""
    found = _CRIED.match(text)
    if found is None or _PAUSED.search(found.group("rest")):
        return None
    cry = tokens(found.group("cry"), lexicon)
    if any(taught(w) and w not in lexicon.function_words for w in cry):
        return None
    if not BACK.isdisjoint(cry) or any(cue_at(cry, lexicon, kind) for kind in CUES):
        return None
    return found.group("rest")
