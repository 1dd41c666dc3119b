"""Pure helpers between Whisper's text and the words the resolver reads.

Whisper writes sentences ("Set Bed Light brightness to 50%."), sometimes says a
short command twice or more when its window is shorter than 30 s, and with taught
phrases in its prompt writes them nearly letter for letter. These functions turn
that into recogniser-style text (lower case, no punctuation, numbers as words), cut
the repeats, build the prompt, and snap a near miss onto a taught phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .text import grammar_phrases, words_of

__all__ = ["SNAP_SIMILARITY", "clean", "cut_repeats", "prompt_text", "snap"]

SNAP_SIMILARITY = 0.8
"""Character similarity (rapidfuzz ratio, 0..1) a transcript needs to a taught
phrase to be written as that phrase. Chosen on the espeak-ng and hibari development
phrases (benchmarks/speech.py); the real recordings were not used to pick it."""
_SNAP_MARGIN = 0.06
"""The nearest phrase must beat the next one by this much, else no snapping."""
_SNAP_MAX_WORD_GAP = 1
"""At most this many words more or fewer than the phrase: "turn off lights in the
office" is a different request from "turn off all of the lights in the office"."""
_OPPOSITES = frozenset("on off un lock unlock locked unlocked open close closed up down start "
                       "stop in out not no don't dont enable disable all".split())
"""Words that turn a request into another one: a transcript that differs from a
taught phrase in one of these ("turn off the lamp" / "turn on the lamp") is never
snapped onto it."""
_SOUNDS_ALIKE = 50
"""rapidfuzz ratio (0..100) at which a heard word may stand for a taught one it
replaced ("woo"/"mood" 57, "hen"/"hens" 86; "is"/"put" 0)."""
_CLAUSE = re.compile(r"[,.!?;:]+")
_SYMBOLS = (("%", " percent "), ("&", " and "), ("+", " plus "), ("°", " degrees "))


def clean(text: str) -> str:
    """Recogniser-style text: lower case, no punctuation, numbers as words."""
    for symbol, word in _SYMBOLS:
        text = text.replace(symbol, word)
    return " ".join(words_of(text))


def cut_repeats(text: str) -> str:
    """Whisper's text up to where it starts saying the same thing again: clauses
    after one that repeats (or begins) an earlier clause are dropped, then a run of
    the same words ("next next next") is cut to one."""
    kept: list[str] = []
    seen: list[str] = []
    for clause in _CLAUSE.split(text):
        norm = clean(clause)
        if not norm:
            continue
        if any(norm == s or s.startswith(norm + " ") or norm.startswith(s + " ")
               for s in seen):
            break
        seen.append(norm)
        kept.append(norm)
    words = " ".join(kept).split()
    for period in range(1, len(words) // 2 + 1):
        if words[period:2 * period] == words[:period]:
            rest = words[period:]
            if all(w == words[i % period] for i, w in enumerate(rest)):
                return " ".join(words[:period])
    return " ".join(words)


def prompt_text(hints: Sequence[str], limit_chars: int = 600) -> str:
    """Whisper's initial prompt from the taught phrases and device names: a list of
    them, as a person would write it. Whisper keeps the end of a long prompt, so
    the most important hints go last; here the list is cut at the front."""
    items = [h.strip() for h in hints if h and h.strip()]
    items = list(dict.fromkeys(items))
    text = ", ".join(items)
    if len(text) > limit_chars:
        text = text[-limit_chars:]
        text = text[text.find(",") + 1:] if "," in text else text
    return (" " + text.strip() + ".") if text.strip() else ""


def snap(text: str, phrases: Sequence[str]) -> tuple[str, float, str | None]:
    """(text, similarity, phrase): the taught phrase when the transcript is close
    enough to exactly one, else the transcript unchanged (similarity of the nearest,
    phrase None)."""
    from rapidfuzz import fuzz

    if not text:
        return text, 0.0, None
    scored = sorted(((fuzz.ratio(text, p) / 100.0, p) for p in grammar_phrases(phrases)),
                    reverse=True)
    if not scored:
        return text, 0.0, None
    best, phrase = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if phrase == text:
        return text, 1.0, phrase
    if text.replace(" ", "") == phrase.replace(" ", ""):
        return phrase, best, phrase  # only the spacing differs ("never mind")
    gap = abs(len(phrase.split()) - len(text.split()))
    changed = set(text.split()) ^ set(phrase.split())
    if (best >= SNAP_SIMILARITY and best - runner >= _SNAP_MARGIN
            and gap <= _SNAP_MAX_WORD_GAP and not changed & _OPPOSITES
            and not any(w.startswith("un") and w[2:] in changed for w in changed)
            and misheard_only(text, phrase)):
        return phrase, best, phrase
    return text, best, None


def misheard_only(heard: str, phrase: str) -> bool:
    """Whether ``heard`` differs from ``phrase`` only as a mishearing does: a word
    heard as one that sounds like it ("woo" for "mood"), or a word missed. A word
    said beside the phrase, or in place of one it does not sound like, is the
    person's: "is bath time", "is the kettle on" (beside "put the kettle on") and
    "was the kettle on" ask something else, and are never written as the phrase."""
    from rapidfuzz import fuzz

    said, taught = heard.split(), phrase.split()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, said, taught, autojunk=False).get_opcodes():
        if op == "delete":
            return False
        if op == "replace" and fuzz.ratio(" ".join(said[i1:i2]),
                                          " ".join(taught[j1:j2])) < _SOUNDS_ALIKE:
            return False
    return True
