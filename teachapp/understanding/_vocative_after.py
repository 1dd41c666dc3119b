"""A command that is whole and the people it is said to, right before a taught phrase with
no pause written: "be upstanding your excellencies tea time", "be seated you lot lights
off", a toastmaster's or a teacher's call said first.

An imperative "be" and its complement fill their clause (:mod:`_be_complement`: "be
upstanding"), so a noun phrase after them is no object and no complement: said to the
hearers it is a vocative, an element outside the clause's structure that may stand at its
end (Quirk et al. 1985, 10.52-10.53 on the vocative, "you" and a noun, a title after
"your": "your majesty", "your worships"; 11.24 on the vocative with a command). The
vocative closes the command, so the phrase after it opens a clause of its own, as with the
pause written ("be upstanding, your excellencies. tea time").

The vocative is "you" or "your" and one or two words of the speaker's own: no word a home
taught, no pronoun or function word, none that leaves its clause waiting or may bear on
the request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._be_complement import be_complement

__all__ = ["vocative_after_command"]

ADDRESSING = frozenset({"you", "your", "ye", "yer"})
"""The words that open a vocative of the hearers ("*you* lot", "*your* worships")."""


def vocative_after_command(toks: Sequence[str], at: int, own_word: Callable[[str], bool],
                           waiting: Callable[[str], bool],
                           naming: Callable[[str], bool]) -> bool:
    """Whether the words right before ``toks[at]`` are an imperative "be" and its
    complement (:func:`_be_complement.be_complement`, with ``waiting`` and ``naming``) and
    a vocative after them of one or two words ``own_word`` allows (see the module
    docstring)."""
    for size in (1, 2):
        opens = at - size - 1
        if opens < 2 or toks[opens] not in ADDRESSING:
            continue
        said = toks[opens + 1:at]
        if all(own_word(w) and not waiting(w) for w in said) and be_complement(
                toks, opens, waiting, naming):
            return True
    return False
