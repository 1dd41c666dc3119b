"""A remark on a creature or a thing of the scene right after a taught phrase that follows
calls, with no pause written: "peacocks peahens peachicks breakfast time and another
newt".

:mod:`_clause_shape` cuts a remark on the scene from a phrase said first ("tea time and
another ladybird": :mod:`_scene_remark`), whatever joins them; a phrase said after calls
is read with a pause marked at its edges (:mod:`_unmarked`), and the edge after it was no
edge at all, "and" read as joining more to the phrase, so the request was refused as
another one, though each side alone runs and so do both with the pauses written
("peacocks, peahens, peachicks! breakfast time and, another newt"). The remark's shape
is its own wherever the phrase stands: a verbless noun phrase pointing out one more of a
thing seen, or "it" on its way along a path (:mod:`_scene_remark`), so the edge before
it is sure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding._scene_remark import scene_remark, scene_word
from teachapp.understanding.normalize import Lexicon

__all__ = ["command_words", "scene_after"]


@lru_cache(maxsize=1)
def command_words() -> frozenset[str]:
    """Words of the built-in commands that say what or when (device kinds, times): never a
    name, and never a word of a remark's own."""
    vocab = default_vocabulary()
    words = {w for kind in vocab.kind_words.values() for w in kind}
    words |= {w for phrase in vocab.schedule for w in phrase}
    return frozenset(words)


def scene_after(aside: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``aside``, the speaker's words after a phrase, are a remark on the scene
    (see the module docstring); ``taught``: whether a home taught a word."""
    return bool(aside) and scene_remark(
        aside, lambda w: scene_word(w, lexicon, taught, command_words()))
