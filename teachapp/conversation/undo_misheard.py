""""undo" as a recogniser may write it: "i do", "undue", "un do".

Said right after a run with no question open, such words were offered for teaching ("I
don't know "i do". Shall I learn it?"): the person wanted the run taken back. It is asked
("Did you mean undo?"), never undone unasked, as the words are real ones too ("i do" is
an answer to "Do you want …?", which the open question reads first).
"""

from __future__ import annotations

import re

__all__ = ["sounds_like_undo"]

_HEARD = re.compile(r"^(?:i do|undue|un do|on do|i'd do|and do)(?: that| it)?$")
"""How "undo" (and "undo that") may come out of a recogniser: a word split or swapped
for one that sounds alike."""


def sounds_like_undo(text: str) -> bool:
    """Whether ``text`` is "undo" as a recogniser may mishear it ("i do", "undue")."""
    said = " ".join(re.sub(r"[^\w' ]", " ", text.casefold().replace("\u2019", "'")).split())
    return _HEARD.match(said) is not None
