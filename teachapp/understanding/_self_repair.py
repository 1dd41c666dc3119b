"""A request said again after a self-repair: "heat, no, heat the caravan", "bingo - hang on -
bingo night", "warm... what am i saying, warm the chair", "what's it called, the archers",
"let me start again, tea time", "lights on - sorry - lights off".

A speaker who breaks off and corrects themselves marks the correction with an editing
term (Levelt 1983, "Monitoring and self-repair in speech", Cognition 14; Schegloff,
Jefferson & Sacks 1977, "The preference for self-correction in the organization of
repair in conversation"): what follows the last one replaces what came before it. Here
the words after the last editing term (``Lexicon.self_repairs``) are read alone as the
request: the resolver runs them when they are a taught phrase said exactly, or misheard
and run as they would be alone (a negation or a question after the term stays one: "no
wait, don't ...").
No repair is read when:

- the term is not set apart by a pause after it, or before it when it holds no cue
  ("forget that movie night" says something else; a recogniser that writes no commas
  also writes "movie night i mean movie night", which :func:`_carriers.restarts` reads);
- a term that ends in a negation opens what is said: "no, movie night" and "oh no,
  movie night" refuse ("no wait, movie night" and "what am i saying, ..." are repairs;
  so is "start, nope, start the movie": a false start before it);
- what came before it tells a story or someone else's words and is no false start of
  what follows: "she said, no wait, ..." frames what follows ("was it - sorry - was it
  on" starts it again).

A repair whose words after the term only say to stop or wait (the lexicon's
``repair_halts``: :func:`withdrawn`) replaces the request with none: "lights on, no, hold
off", "tv time, no wait, not yet" withdraw it (Levelt 1983 on repairs that abandon what
was said), and "hold off" is not read alone as a phrase ("lights off").

Once per utterance, on its words; nothing here depends on the taught phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["after_repair", "repair_halts", "withdrawn"]


def _says_cue(words: Sequence[str], cues: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``words`` hold a whole cue ("no wait" holds "no"; "or rather" holds none:
    "rather than" is a cue, "rather" alone is not)."""
    return any(tuple(words[a:b]) in cues
               for a in range(len(words)) for b in range(a + 1, len(words) + 1))


def _last_term(toks: Sequence[str], breaks: frozenset[int],
               lexicon: Lexicon) -> tuple[int, int, bool, list[int]] | None:
    """(start, end) of the last editing term set apart by a pause, with more words after
    it: a pause after it, or, when none of its words is a cue, one before it ("party
    mode... i mean movie night"; "bath time, no movie night" is no repair); whether a
    pause follows it; and the places of all such terms."""
    terms, starts = lexicon.self_repairs, lexicon.self_repair_starts
    longest = lexicon.longest_self_repair
    anywhere, leading = lexicon.cue_words
    cues = anywhere | leading
    found: tuple[int, int, bool] | None = None
    inside: list[int] = []
    i = 0
    while i < len(toks):
        if toks[i] in starts:
            for size in range(min(longest, len(toks) - i - 1), 0, -1):
                if tuple(toks[i:i + size]) in terms:
                    after = i + size - 1 in breaks
                    if after or (i - 1 in breaks and not _says_cue(toks[i:i + size], cues)):
                        found = (i, i + size, after)
                        inside.extend(range(i, i + size))
                    i += size - 1  # ("no wait": not "wait" again)
                    break
        i += 1
    return None if found is None else (found[0], found[1], found[2], inside)


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
                 lexicon: Lexicon) -> int | None:
    """Where the request said again starts, after the last editing term, when a
    self-repair is heard (see the module docstring); None when there is none. All said
    before it is replaced: the request is read from there on alone."""
    if not breaks or not lexicon.self_repairs:
        return None
    found = _last_term(toks, breaks, lexicon)
    if found is None:
        return None
    a, b, apart_after, inside = found
    said = [i for i, f in enumerate(free) if not f]
    head = [i for i in said if i < a]
    tail = [i for i in said if i >= b]
    if not tail or (not apart_after and not head):
        # (a term set apart only before it repairs what was said there: "um, sorry time"
        # is "story time" misheard)
        return None
    # (a carrier or a free word begun again is a false start too: "start, nope, start the
    # movie", "morning, no, morning news")
    begun = bool(head) or any((toks[i],) in lexicon.carriers for i in range(a)) or (
        a > 0 and _false_start(toks, list(range(a)), list(range(b, len(toks)))))
    if not begun and (toks[b - 1],) in lexicon.cues.get("negation", ()):
        return None
    # (the words of the terms themselves frame nothing: "now what was it, oh yes, ...")
    before = ["" if k in inside else toks[k] for k in range(a)]
    if head and _framed(before, lexicon) and not _false_start(toks, head, tail):
        return None
    return b


def withdrawn(tail: Sequence[str], free: Sequence[bool]) -> bool:
    """Whether the words said after the last editing term (from :func:`after_repair`),
    free words aside, only say to stop or wait, withdrawing the request said before it
    ("no, hold off", "no wait, um, not yet")."""
    return tuple(w for w, f in zip(tail, free, strict=True) if not f) in repair_halts()


@lru_cache(maxsize=1)
def repair_halts() -> frozenset[tuple[str, ...]]:
    """The lexicon's ``repair_halts``: what withdraws the request said before the term.
    Public: :mod:`_carried_line` reads the same halts."""
    return frozenset(tuple(tokens(str(w))) for w in bundled_section("repair_halts") or ())


FRAMES = ("reported", "past")
"""Cue groups that frame all said after them as talk, not a request ("she said, no
wait, ...", "yesterday, i mean, ..."); a negation, a cancellation or a question before
the repair is what the repair replaces ("lights off, or rather, garden lights on")."""


def _framed(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` say a cue of :data:`FRAMES` ("says" and "saying" folded)."""
    groups = [lexicon.cues.get(name, frozenset()) for name in FRAMES]
    longest = max((len(k) for g in groups for k in g), default=0)
    folded = [w[:-3] if w.endswith("ing") and len(w) > 5 else
              w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]
    for i in range(len(words)):
        for size in range(1, min(longest, len(words) - i) + 1):
            if any(tuple(words[i:i + size]) in g or tuple(folded[i:i + size]) in g
                   for g in groups):
                return True
    return False
