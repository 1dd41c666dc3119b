"""A taught phrase misheard in a piece of its own, set off by pauses from a stretch of the
speaker's own: "lumber, clobber, scrap, tally the belt ordes", "pintades, pintades,
count the ring blaks", "ragabone, any scrap, book the reiki heler".

:mod:`_carried_line` reads a line parted by pauses (a comma, a full stop) and runs a
piece that is a taught phrase said exactly when what is said before it and after it are
stretches of the speaker's own; a phrase heard with errors there was never read, since a
comma is weaker evidence of a sentence's end than a full stop. A recogniser that writes
every pause as a comma (:mod:`_paused`) so left a misheard request after a cry or a
call only asked about or refused, where the same words with the full stop heard ran.

A piece that *is* the phrase misheard is evidence enough of its edges: the pauses set
it apart on both sides, and it holds the phrase's words and nothing more, each heard
in its place (as many words as the phrase; the reading alone matches it, misheard). So
it runs as it would alone when each stretch beside it is the speaker's own as
:mod:`_carried_line` reads one (no cue that frames it, no pro-form that points back, no
word a home taught, no request said), is no taught request misheard itself (a short
stretch read alone runs nothing and asks about nothing), and what frames the whole line
does not take it back (:mod:`_taken_back`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from teachapp.understanding._carried_line import (
    CarriedLine,
    carried_lines,
    own_after,
    own_before,
    phrase_piece,
)
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["heard_pieces", "is_phrase_misheard"]

Taught = Callable[[str], bool]
Sounds = Callable[[str], bool]


def heard_pieces(text: str, lexicon: Lexicon, taught: Taught,
                 sounds_taught: Sounds) -> Iterator[CarriedLine]:
    """Each piece of ``text`` between pauses (first piece first) with a stretch of the
    speaker's own on each side, that no stretch beside it may be a taught request
    misheard (``sounds_taught``: a short stretch read alone runs or asks)."""
    for line in carried_lines(text):
        if not (line.before or line.after):
            continue
        if not (own_after(line.after, lexicon, taught)
                and own_before(line.before, lexicon, taught, joined=line.joined,
                               then=line.then)):
            continue
        if sounds_taught(line.before) or sounds_taught(line.after):
            continue
        yield line


def is_phrase_misheard(line: CarriedLine, phrase: str, lexicon: Lexicon) -> bool:
    """Whether the piece of ``line`` is the taught ``phrase`` heard with errors: as many
    words as the phrase, some of them not the phrase's own, and may stand for it in the
    line (:func:`_carried_line.phrase_piece`)."""
    piece, taught = tokens(line.phrase, lexicon), tokens(phrase, lexicon)
    return (len(piece) == len(taught) and piece != taught
            and phrase_piece(line, piece, taught))
