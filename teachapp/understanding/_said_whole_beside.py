"""Another routine's phrase said whole beside a phrase heard with errors: ask, do not run.

The scorer may run a phrase it hears with errors ("party mode" of "party, monet") while
the utterance says another routine's taught phrase whole, word for word ("moneo, mones,
birthday birthday party, monet, monemus"). The phrase said exactly is the better evidence
of what was meant; the one heard with errors may be noise around it (a word said twice, a
chant). Neither is sure, so the run becomes a question between the two. A phrase nested
in the one run ("lights off" in "living room lights off"), or holding it, is no rival:
the nested pair is read by the scorer's own rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["MIN_WORDS", "said_whole_beside"]

MIN_WORDS = 2
"""Fewest words of the phrase said whole: one word alone is too often said for other
reasons ("party" in "birthday party")."""


def said_whole_beside(stems: Sequence[str], exact: Mapping[tuple[str, ...], tuple[int, list[int]]],
                      longest: int, run_stems: Sequence[str], run_routine: int,
                      ) -> tuple[int, list[int]] | None:
    """The phrase id and routines of a taught phrase of :data:`MIN_WORDS` words or more
    said whole among ``stems`` (the utterance's, a word said twice in a row counted once)
    that teaches no routine ``run_routine`` and shares no nesting with ``run_stems`` (the
    phrase run, heard with errors); None when there is none."""
    once = [s for k, s in enumerate(stems) if k == 0 or s != stems[k - 1]]
    run = set(run_stems)
    for n in range(min(longest, len(once)), MIN_WORDS - 1, -1):
        for i in range(len(once) - n + 1):
            said = tuple(once[i:i + n])
            found = exact.get(said)
            if found is None or run_routine in found[1]:
                continue
            if set(said) <= run or run <= set(said):
                continue  # (nested: "lights off" in "living room lights off")
            return found
    return None
