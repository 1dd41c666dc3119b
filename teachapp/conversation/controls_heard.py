"""A dialogue word said alone and written by Whisper as a sound-alike of no use here:
"cancel" heard "console" or "council", "undo" heard "and you" or "i'm due", "done" heard
"none", "stop" heard "it's top" (hibari-tts and espeak-ng voices, pink and brown noise:
benchmarks/speech_controls.py). Whisper's prompt holds these words, yet tiny.en writes a
lone short word as the nearest word it knows.

A short spoken turn that is no dialogue word, names nothing of the home and is no
command word on its own, and sounds like exactly one of the words the conversation
waits for now (``expected``), is read as that word. The words waited for depend on
where the conversation is: while steps are taught, "cancel", "undo", "done", "stop",
"that's it"; at a question, "yes", "no", "undo", "cancel", "stop"; otherwise "undo",
"cancel", "stop". Never while a new phrase is awaited: any words may be the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..understanding.normalize import only_small_words
from .intents import intent

__all__ = ["AT_A_QUESTION", "AT_REST", "TEACHING_STEPS", "control_heard"]

TEACHING_STEPS = ("cancel", "undo", "done", "stop", "that's it")
AT_A_QUESTION = ("yes", "no", "undo", "cancel", "stop")
AT_REST = ("undo", "cancel", "stop")
_MOST_WORDS = 3
_WORD = re.compile(r"[a-z']+")


def control_heard(text: str, expected: Iterable[str], home_words: Iterable[str]) -> str | None:
    """The expected dialogue word the spoken ``text`` stands for, or None. ``home_words``:
    the words of the devices' names and the taught phrases (a turn with one of them says
    something of its own)."""
    words = _WORD.findall(text.lower())
    if not words or len(words) > _MOST_WORDS or intent(text) is not None:
        return None
    home = {w.lower() for w in home_words}
    # A small word a phrase holds says nothing of its own: "rise and shine" taught, "undo"
    # heard "and you" was offered for teaching ("I don't know "and you"").
    shared = [w for w in home & set(words) if not only_small_words(w)]
    if shared or (len(words) == 1 and words[0] in _command_words()):
        return None  # ("dim", "down", "the fan": a step or a command, heard right)
    from ..speech.sounds_alike import nearest_sounding

    return nearest_sounding(" ".join(words), tuple(expected))


def _command_words() -> frozenset[str]:
    """The words that are a request to a device on their own ("dim", "down", "open")."""
    global _COMMAND_WORDS
    if _COMMAND_WORDS is None:
        from ..understanding.commands import default_vocabulary

        _COMMAND_WORDS = frozenset(k[0] for k in default_vocabulary().phrases if len(k) == 1)
    return _COMMAND_WORDS


_COMMAND_WORDS: frozenset[str] | None = None
