"""A request said again after a self-repair: "heat, no, heat the caravan", "bingo - hang on -
bingo night", "warm... what am i saying, warm the chair", "what's it called, the archers",
"let me start again, tea time", "lights on - sorry - lights off".

A speaker who breaks off and corrects themselves marks the correction with an editing
term (Levelt 1983, "Monitoring and self-repair in speech", Cognition 14; Schegloff,
Jefferson & Sacks 1977, "The preference for self-correction in the organization of
repair in conversation"): what follows the last one replaces what came before it. Here
the words up to and including the last editing term (``Lexicon.self_repairs``) are marked
free, and the resolver reads what follows as the request only when it is a taught phrase
said exactly (a negation or a question after the term stays one: "no wait, don't ...").
No repair is read when:

- the term is not set apart by a pause after it ("forget that movie night" says
  something else; a recogniser that writes no commas also writes "movie night i mean
  movie night", which :func:`_carriers.restarts` reads);
- a term that ends in a negation opens what is said: "no, movie night" and "oh no,
  movie night" refuse ("no wait, movie night" and "what am i saying, ..." are repairs);
- what came before it says a cue and is no false start of what follows: "she said,
  no wait, ..." frames what follows, "off - hang on - off to church" starts it again.

Once per utterance, on its words; nothing here depends on the taught phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding.normalize import Lexicon

__all__ = ["after_repair"]


def _last_term(toks: Sequence[str], breaks: frozenset[int],
               lexicon: Lexicon) -> tuple[int, int] | None:
    """(start, end) of the last editing term followed by a pause and more words."""
    terms, starts = lexicon.self_repairs, lexicon.self_repair_starts
    longest = lexicon.longest_self_repair
    found = None
    i = 0
    while i < len(toks):
        if toks[i] in starts:
            for size in range(min(longest, len(toks) - i - 1), 0, -1):
                if tuple(toks[i:i + size]) in terms:
                    if i + size - 1 in breaks:
                        found = (i, i + size)
                    i += size - 1  # ("no wait": not "wait" again)
                    break
        i += 1
    return found


def _false_start(toks: Sequence[str], head: list[int], tail: list[int]) -> bool:
    """Whether the words ``head`` begin the words ``tail`` again, the last maybe cut off
    ("put my - ... - put my feet up", "warm... - ... - warm the chair", "li- ... lights")."""
    if len(head) > len(tail):
        return False
    for n, (h, t) in enumerate(zip(head, tail, strict=False)):
        if toks[h] != toks[t] and not (n == len(head) - 1 and toks[t].startswith(toks[h])):
            return False
    return True


def after_repair(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                 lexicon: Lexicon) -> list[bool] | None:
    """``free`` with all said up to the last editing term, and the term, marked free, when
    a self-repair is heard (see the module docstring); None when there is none."""
    if not breaks or not lexicon.self_repairs:
        return None
    found = _last_term(toks, breaks, lexicon)
    if found is None:
        return None
    a, b = found
    said = [i for i, f in enumerate(free) if not f]
    head = [i for i in said if i < a]
    tail = [i for i in said if i >= b]
    if not tail:
        return None
    cue_starts = lexicon.cue_starts
    if not head and (toks[b - 1],) in lexicon.cues.get("negation", ()):
        return None
    if (head and any(toks[i] in cue_starts or toks[i].rstrip("s") in cue_starts for i in head)
            and not _false_start(toks, head, tail)):
        return None
    return [True] * b + list(free[b:])
