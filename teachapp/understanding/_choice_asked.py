"""A question said first that asks the listener what they want: "what'll it be?", "what
can i get you?", "what do you fancy, love?", "would you like fries with that?", "do you
want a bag?".

Whose question is it? One the speaker asks the assistant doubts the request or asks
whether it can be done ("can you? movie night", "is that safe? sauna time":
:mod:`_asked_first`). One that asks its listener to choose, or offers its listener a
thing of its own, is someone else's line, a server's or a host's, with the speaker for its
listener (Searle 1975, "Indirect speech acts", on offers; Quirk et al. 1985, 11.25 on
questions used as offers): the sentence said after it is the listener's answer, a request
of its own, judged alone. Its shapes:

- a wh-word of choice ("what", "which") and a modal or "do" before a subject that names
  nothing of its own ("it", "you", "i", "we"), then a verb of having, wanting or being
  ("be", "have", "like", "want", "get", "fancy", "prefer", "take") and maybe the listener
  for its object, nothing more: "what'll it be", "what can i get you", "what do you
  fancy";
- "you" the subject of a verb of wanting with a thing of its own for object: "would you
  like fries with that", "do you want a bag". An offer of the request itself ("would you
  like that?", "do you want it?") names nothing and is no line of someone else's.

A question that asks only what the listener is doing, "you" and the progressive and
nothing more ("are you listening?", "are you still listening?"), checks the channel
before the request (the phatic function: Jakobson 1960, "Closing statement: linguistics
and poetics"); it asks nothing of the request either, which is said after it as it would
be alone. "are you sure?" and "are you able to?" doubt the request: no progressive.

Calls and courtesies may close it ("what'll it be, luv?"). Pure functions of the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding.normalize import Lexicon

__all__ = ["attending", "choice_asked", "offered_thing"]

CHOOSING = frozenset(("what", "which"))
"""Wh-words that ask the listener to choose."""
OPERATORS = frozenset(("will", "would", "can", "could", "shall", "should", "do", "does"))
"""Modals and "do" before the subject of a question of choice ("what'll", "what do")."""
SUBJECTS = frozenset(("it", "you", "ya", "i", "we"))
"""Subjects that name nothing of the question's own."""
CHOICE_VERBS = frozenset(("be", "have", "like", "want", "get", "fancy", "prefer", "take"))
"""Verbs of being, having and wanting that leave the answer to the listener."""
LISTENER = frozenset(("you", "ya", "me", "us", "for"))
"""The one served, as object ("get you", "for you")."""
WANTING = frozenset(("like", "want", "fancy", "prefer", "need", "care"))
"""Verbs of wanting that, with "you" for their subject, make a yes/no question an offer."""
POINTING = frozenset(("that", "it", "this", "them", "one", "so", "else"))
"""Pro-forms that name nothing of the offer's own ("would you like that?")."""


def offered_thing(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words``, a yes/no question, offers "you" a thing of its own: a verb of
    wanting with "you" before it, then a content word that is no pro-form ("would you like
    fries with that"; not "would you like that")."""
    want = next((k for k, w in enumerate(words) if w in WANTING), None)
    return want is not None and "you" in words[:want] and any(
        w not in lexicon.function_words and w not in POINTING and w.isalpha()
        for w in words[want + 1:])


def attending(words: Sequence[str]) -> bool:
    """Whether ``words`` ask only what the listener is doing: "are you (still) listening"."""
    if len(words) not in (3, 4) or words[:2] != ["are", "you"] or (
            len(words) == 4 and words[2] != "still"):
        return False
    verb = words[-1]
    return verb.endswith("ing") and len(verb) >= 6 and verb.isalpha()


def _calls_off(words: Sequence[str], lexicon: Lexicon) -> Sequence[str]:
    """``words`` without the calls and courtesies that close them ("..., luv", "please")."""
    end = len(words)
    while end > 0 and (words[end - 1] in lexicon.addressees
                       or words[end - 1] in lexicon.courtesy):
        end -= 1
    return words[:end]


def choice_asked(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` (one sentence, ended by a question mark) ask the listener what
    they want, in a shape of the module docstring."""
    words = _calls_off(words, lexicon)
    if len(words) >= 4 and words[0] in CHOOSING and words[1] in OPERATORS and (
            words[2] in SUBJECTS) and words[3] in CHOICE_VERBS:
        return all(w in LISTENER for w in words[4:]) and len(words) <= 6
    if attending(words):
        return True
    return len(words) >= 3 and words[0] in OPERATORS and offered_thing(words, lexicon)
