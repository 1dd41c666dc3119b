"""Where a taught phrase heard with recogniser errors is said beside other words, and the
utterance with it said as taught.

A phrase said exactly beside a clause that asks for nothing runs: the resolver's readers of
asides (a clause of the speaker's own, a word to someone in the room, an exclamation, ...)
free it. The recogniser does not know which words are the phrase: it doubles, drops,
splits, joins and misspells them beside a clause as it does in a phrase said alone
("solar solar filter on", "open dome", "oat meal shampo", "star gazing"). So the two
compose: the words that may be the phrase heard so are found here (:func:`heard_spans`),
the phrase said as taught is put in their place (:func:`respoken`), and the utterance so
repaired is read by every aside reader as it is; when they free it, the words found are
resolved as they would be alone, with the usual tolerance for a phrase misheard. No reader
of asides needs to know about errors, and none of the misheard thresholds changes.

The words are found by their letters, not word by word: run together with a word said
twice in a row said once ("feed feed luna" is "feedluna"), they are at least
:data:`LIKE` like the phrase's letters run together (a word split or joined, an article
dropped or a letter misspelt changes a few letters of the whole).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz.distance import Levenshtein

__all__ = ["LIKE", "MOST_SPANS", "heard_spans", "respoken"]

LIKE = 0.7
"""How like the phrase's letters run together the words' letters run together are, at
least (Levenshtein, normalised): "tumble towel" is 0.73 like "tumble the towels". The
words are only proposed here; what runs is decided as the words alone would be."""
MOST_SPANS = 2
"""Most spans tried for one utterance (each is resolved twice: repaired, and alone)."""
EDGE_LIKE = 0.5
"""How like the phrase's word at a span's edge the word there is, at least, when not the
word itself or a piece of it (as :data:`_clause_heard.EDGE_LIKE`)."""
SLACK = 3
"""Words more or fewer than the phrase's that a span may hold (said twice, split, joined,
dropped)."""

_BREAK = re.compile(r"[,;:!?\u2026]+|\.{2,}|(?<!\d)\.|\.(?!\d)"
                    r"|\s[-\u2013\u2014]+\s?|[-\u2013\u2014]+\s|[\u2013\u2014]")
"""Punctuation that sets words apart (as :data:`_carriers._BREAK`)."""


def _once(words: Sequence[str]) -> str:
    """The letters of ``words`` with a word said again right after itself said once."""
    out: list[str] = []
    for w in words:
        if not out or w != out[-1]:
            out.append(w)
    return "".join(out)


def _edge_like(word: str, taught: str, first: bool) -> bool:
    """Whether ``word``, at the start (``first``) or end of a span, may be the phrase's word
    ``taught`` there heard with errors: said, cut short at that edge (split: "ligh ts"),
    run into the next word (joined), or at least :data:`EDGE_LIKE` like it."""
    if first:
        pieces = taught.startswith(word) or word.startswith(taught)
    else:
        pieces = taught.endswith(word) or word.endswith(taught)
    return pieces or Levenshtein.normalized_similarity(word, taught) >= EDGE_LIKE


def _edges(words: Sequence[str], phrase: Sequence[str], function: frozenset[str]) -> bool:
    """Whether the span's first and last words are the phrase's first and last words heard
    with errors, or, when the phrase's edge word is a function word, the word inside it
    (the function word dropped: "tumble towel" of "tumble the towels" ends so). A word
    there the phrase does not say belongs to what is said beside it ("... is rather
    lovely", "... the star social")."""
    head, tail = phrase[0], phrase[-1]
    return ((_edge_like(words[0], head, True)
             or (head in function and len(phrase) > 1 and _edge_like(words[0], phrase[1], True)))
            and (_edge_like(words[-1], tail, False)
                 or (tail in function and len(phrase) > 1
                     and _edge_like(words[-1], phrase[-2], False))))


def _runs_on(toks: Sequence[str], i: int, j: int, phrase: Sequence[str]) -> bool:
    """Whether the word at an edge of the span ``i:j`` runs on past it, split: joined to
    the word outside, it is more like the phrase's word there ("gar" of "... my gar den",
    "chen" of "kit chen ...")."""
    like = Levenshtein.normalized_similarity
    if j < len(toks) and like(toks[j - 1] + toks[j], phrase[-1]) > like(toks[j - 1], phrase[-1]):
        return True
    return i > 0 and like(toks[i - 1] + toks[i], phrase[0]) > like(toks[i], phrase[0])


def heard_spans(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                phrase: Sequence[str], function: frozenset[str]) -> list[range]:
    """The spans of ``toks`` that may be ``phrase`` heard with errors, most like it first
    (at most :data:`MOST_SPANS`): no pause inside, starting and ending on the phrase's
    words there heard with errors (:func:`_edges`; a word may be free, a carrier or a
    lead-in, as "play" or "start dishwasher," are) and not split across its edge
    (:func:`_runs_on`), leaving a word said (not free)
    outside, and not the phrase said exactly (``function``: the lexicon's function
    words)."""
    target = "".join(phrase)
    n = len(phrase)
    if not target or n == 0:
        return []
    said = [k for k, f in enumerate(free) if not f]
    if len(said) <= 1:
        return []
    first, last = said[0], said[-1]
    found: list[tuple[float, int, range]] = []
    for i in range(len(toks)):
        for j in range(i + max(1, n - SLACK), min(len(toks), i + n + SLACK) + 1):
            if first >= i and last < j:
                continue  # (nothing said beside it)
            if any(b in breaks for b in range(i, j - 1)):
                break  # (a pause inside: longer spans hold it too)
            words = toks[i:j]
            if (list(words) == list(phrase) or not _edges(words, phrase, function)
                    or _runs_on(toks, i, j, phrase)):
                continue
            sim = Levenshtein.normalized_similarity(_once(words), target, score_cutoff=LIKE)
            if sim >= LIKE:
                found.append((-sim, j - i, range(i, j)))
    found.sort(key=lambda f: (f[0], f[1]))
    out: list[range] = []
    for _, _, span in found:
        if not any(span.start < o.stop and o.start < span.stop for o in out):
            out.append(span)
        if len(out) >= MOST_SPANS:
            break
    return out


def respoken(text: str, toks: Sequence[str], span: range, phrase: Sequence[str],
             split: Callable[[str], list[str]]) -> str:
    """``text`` with the words ``toks[span]`` replaced by ``phrase``; every piece between
    pauses that holds none of them is kept as written (its case and punctuation: a reader
    of asides reads them), ``split`` is the tokenizer."""
    pieces = _BREAK.split(text)
    marks = [m.group() for m in _BREAK.finditer(text)]
    out: list[str] = []
    at = 0
    for k, piece in enumerate(pieces):
        words = split(piece)
        stop = at + len(words)
        if stop <= span.start or at >= span.stop:
            out.append(piece)
        else:
            before = list(toks[at:span.start]) if at < span.start else []
            after = list(toks[span.stop:stop]) if stop > span.stop else []
            middle = list(phrase) if at <= span.start < stop else []
            out.append(" " + " ".join(before + middle + after) + " ")
        at = stop
        if k < len(marks):
            out.append(marks[k])
    if at != len(toks):
        # (the pieces do not tokenize to the words: the words, with the phrase in place)
        return " ".join([*toks[:span.start], *phrase, *toks[span.stop:]])
    return "".join(out)
