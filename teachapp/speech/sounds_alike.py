"""How near two short utterances sound, in phones: "console" and "cancel", "and you" and
"undo" are near; "dim" and "done" are not.

A weighted edit distance over ARPAbet phones (letter-to-sound by espeak-ng, ``g2p``):
the confusions Whisper makes on a short word said alone cost half (a vowel for another,
a nasal for a nasal or for its stop, a voiced consonant for its unvoiced twin, the weak
"th" of "that" for an "n" or a "d", a vowel, glide or nasal heard or lost, a consonant
heard twice or once), any other change one. Without espeak-ng nothing is near.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .g2p import arpabet

__all__ = ["nearest_sounding", "phone_distance", "phones"]

_VOWELS = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())
_PAIRS = (frozenset("M N NG".split()), frozenset("N D".split()), frozenset("P B".split()),
          frozenset("T D".split()), frozenset("K G".split()), frozenset("S Z".split()),
          frozenset("F V".split()), frozenset("TH DH".split()), frozenset("SH ZH".split()),
          frozenset("CH JH".split()),
          frozenset("DH N".split()), frozenset("DH D".split()))
"""Consonants heard one for the other. The "th" of "that" for "n" or "d": the weakest
voiced consonant, heard as its neighbour in place and voicing in noise ("that's it" in
brown noise written "not to sit" and "next seat", "that's all" "knits all":
benchmarks/speech_controls.py)."""
_WEAK = _VOWELS | frozenset("Y W HH M N NG".split())
NEAR = 0.3
"""Largest distance (per phone of the longer utterance) at which a heard utterance is
read as an expected one: "council"/"cancel" 0.08, "console"/"cancel" 0.17, "and
you"/"undo" 0.2, "i'm due"/"undo" and "it's top"/"stop" 0.25; "dim"/"done" and
"none"/"no" 0.33, "it's time"/"stop" 0.5 are not near. "not to sit"/"that's it" 0.25
("next seat" 0.44: Whisper's prompt must carry that one)."""
MARGIN = 0.1
"""The nearest expected utterance must be this much nearer than the next one."""
LONGER = 2
"""At most this many phones more or fewer: "cancel timer" is "cancel" and more, not
"cancel" misheard."""


@lru_cache(maxsize=256)
def phones(text: str) -> tuple[str, ...] | None:
    """The ARPAbet phones of ``text``, word by word; None when a word has none."""
    out: list[str] = []
    for word in text.lower().split():
        said = arpabet(word)
        if said is None:
            return None
        out += said.split()
    return tuple(out) or None


def _change(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return 0.5
    return 0.5 if any(a in pair and b in pair for pair in _PAIRS) else 1.0


def _gap(said: Sequence[str], i: int) -> float:
    """The cost of ``said[i]`` heard or lost: half for a weak phone, or for one said
    twice in a row (the "t t" of "not to" is one long "t" of "that's it")."""
    return 0.5 if said[i] in _WEAK or (i > 0 and said[i - 1] == said[i]) else 1.0


def phone_distance(heard: Sequence[str], meant: Sequence[str]) -> float:
    """Weighted edit distance between two phone strings, per phone of the longer."""
    if not heard or not meant:
        return 1.0
    row = [0.0]
    for j in range(len(meant)):
        row.append(row[-1] + _gap(meant, j))
    for i, h in enumerate(heard):
        lost = _gap(heard, i)
        new = [row[0] + lost]
        for j, m in enumerate(meant):
            new.append(min(row[j] + _change(h, m), row[j + 1] + lost, new[j] + _gap(meant, j)))
        row = new
    return row[-1] / max(len(heard), len(meant))


def nearest_sounding(heard: str, expected: Sequence[str]) -> str | None:
    """The one of ``expected`` that ``heard`` sounds like (within :data:`NEAR`, nearer by
    :data:`MARGIN` than any other), or None."""
    said = phones(heard)
    if said is None:
        return None
    scored = sorted((phone_distance(said, sound), word) for word in dict.fromkeys(expected)
                    if (sound := phones(word)) is not None
                    and abs(len(sound) - len(said)) <= LONGER)
    if not scored or scored[0][0] > NEAR:
        return None
    if len(scored) > 1 and scored[1][0] - scored[0][0] < MARGIN:
        return None
    return scored[0][1]
