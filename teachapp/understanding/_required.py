"""The text every match of a pattern must hold, to pass over a word without it before the
pattern is run: a sound reading rewrites each word met by some sixty patterns in turn, and
most find nothing in a given word (a substring test costs a fraction of a regex scan)."""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["needed", "needing", "required"]


def required(pattern: re.Pattern[str]) -> str:
    """The longest run of plain letters the pattern matches in sequence at its top level
    (outside alternatives, repeats and look-arounds), which every match contains; "" when
    there is none (no test then). Patterns with flags are given none."""
    if pattern.flags & ~re.UNICODE:
        return ""
    best, run = "", ""
    for op, arg in _sre_parse.parse(pattern.pattern).data:
        if op is _sre.LITERAL:
            run += chr(arg)
            best = max(best, run, key=len)
        else:
            run = ""
    return best


def needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Texts every match of a pattern holds one of: :func:`required`'s run of letters, or,
    where the pattern is alternatives or a set of letters, the text each alternative holds
    ("tch|ch|sh": "tch", "ch" or "sh"), so a pattern with no text common to its matches is
    passed over too when a word holds none of its alternatives'. () when nothing is known
    (no test then). Patterns with flags are given none."""
    if pattern.flags & ~re.UNICODE:
        return ()
    return _needed(list(_sre_parse.parse(pattern.pattern)))


def _better(these: tuple[str, ...], best: tuple[str, ...]) -> bool:
    """Whether ``these`` is the more telling test: its shortest text longer, else fewer
    texts."""
    if not best:
        return bool(these)
    return (min(map(len, these)), -len(these)) > (min(map(len, best)), -len(best))


def _needed(items: Any) -> tuple[str, ...]:
    """:func:`needed` of a parsed sequence (``items``: the parser's (op, argument) pairs):
    its literal runs, and its alternatives, groups and sets of letters, each of which any
    match of the sequence matches whole."""
    best: tuple[str, ...] = ()
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL:
            run += chr(arg)
            if _better((run,), best):
                best = (run,)
            continue
        run = ""
        these: tuple[str, ...] = ()
        if op is _sre.BRANCH:
            each = [_needed(list(branch)) for branch in arg[1]]
            if all(each):
                these = tuple(dict.fromkeys(text for texts in each for text in texts))
        elif op is _sre.SUBPATTERN:
            if not arg[1] and not arg[2]:  # (no flags set or cleared in the group)
                these = _needed(list(arg[3]))
        elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in arg):
            these = tuple(chr(a) for _, a in arg)
        if these and _better(these, best):
            best = these
    return best


def needing(pattern: re.Pattern[str]) -> tuple[str, tuple[str, ...] | None]:
    """:func:`needed` as two tests: one text every match holds ("" when there is none) and,
    when instead each holds one of several, those (else None): a rewrite is run on a word
    only when ``needs in word and (more is None or any(t in word for t in more))``."""
    texts = needed(pattern)
    if len(texts) == 1:
        return texts[0], None
    return "", texts or None
