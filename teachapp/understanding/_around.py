"""A call and politeness around a taught phrase: "tea time alfred", "er, friday, lock the
barn", "do us a favour, aga on", and a name set apart around a phrase misheard ("cooking
mowed, hal").

The resolver reads a taught phrase said exactly as itself, free words aside; a name the
user gave the assistant is no free word (no lexicon lists it), so "tea time alfred" was
read as "tea time" with a word left over and asked about. Here, once nothing else reads
the utterance as a taught phrase said exactly, the words around the longest one said are
read by :func:`_carriers.around_phrase`; and once the scorer's best routine is asked about,
a name set apart at an edge is taken away and the rest scored again.
"""

from __future__ import annotations

from collections.abc import Mapping

from teachapp.understanding._carriers import HEADS, WEEKDAYS, around_phrase
from teachapp.understanding._second_request import beside_phrase, lead_asks
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon
from teachapp.understanding.scoring import PhraseIndex

__all__ = ["Around"]

SCAN = 5
"""Said words at each edge where a taught phrase said exactly may start or end."""

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]


class Around:
    """Reads the words around a taught phrase for one resolver's phrases: ``exact`` maps
    each phrase's stems to (its first phrase id, the routines taught it); ``not_names``
    are words of device kinds and times; ``unlike``: how like a word of a longer taught
    phrase a call may be (``resolver.NAME_UNLIKE``)."""

    def __init__(self, exact: Exact, longest: int, index: PhraseIndex, lexicon: Lexicon,
                 not_names: frozenset[str], unlike: float) -> None:
        self._exact = exact
        self._longest = longest
        self._index = index
        self._vocab_ids = index.vocab_ids
        self._lexicon = lexicon
        self._not_names = not_names
        self._unlike = unlike
        self._beside: dict[tuple[tuple[str, ...], int], set[str]] | None = None
        starting: dict[str, set[int]] = {}
        for words in exact:
            if words:
                starting.setdefault(words[0], set()).add(len(words))
        self._starting = {w: tuple(sorted(sizes, reverse=True)) for w, sizes in starting.items()}
        """First word of a taught phrase -> the lengths of those it starts, longest first."""
        self._extensions()  # (with the index, not on the utterance that first needs them)

    def _taught(self, word: str) -> bool:
        return stem(word) in self._vocab_ids

    def match(self, toks: list[str], free: list[bool], breaks: frozenset[int],
              stems: list[str] | None = None) -> tuple[int, list[int]] | None:
        """The longest taught phrase said exactly with only a call and politeness around it
        (:func:`_carriers.around_phrase`): "tea time alfred", "early start, nora"
        (``stems``: the tokens' stems, when at hand)."""
        said = [i for i, f in enumerate(free) if not f]
        if len(said) < 2 or not self._exact:
            return None
        if stems is None:
            stems = [stem(t) for t in toks]
        span = self._longest_said(stems, said)
        if span is None:
            return None
        if beside_phrase(toks, free, breaks, span, self._lexicon, self._taught):
            return None  # ("..., and play some jazz": :mod:`_second_request`)
        key = tuple(stems[span[0]:span[1]])
        marked = around_phrase(toks, free, breaks, span, self._lexicon,
                               lambda k, side, content: self._edge_word(
                                   toks, k, side, key, breaks, span, content))
        return self._exact[key] if marked is not None else None

    def _longest_said(self, stems: list[str], said: list[int]) -> tuple[int, int] | None:
        """The span of the longest taught phrase said exactly (the first of equal length),
        starting at or before the ``SCAN``-th said word and ending at or after the
        ``SCAN``-th said word from the end (a phrase may start or end in a free word:
        "early *start*"), and leaving a said word outside it. Only the lengths of the
        phrases that start with a word are tried where it is said (most words start none)."""
        n = len(stems)
        first, last = said[0], said[-1]
        lead = said[min(SCAN, len(said)) - 1] + 1  # (starts before this)
        tail = said[-min(SCAN, len(said))] + 1  # (ends at or after this)
        exact, starting = self._exact, self._starting
        best: tuple[int, int] | None = None
        longest = 0
        for i in range(min(lead, n)):
            sizes = starting.get(stems[i])
            if sizes is None:
                continue
            for size in sizes:  # (longest first)
                if size <= longest:
                    break  # (a phrase as long that starts earlier comes first)
                j = i + size
                if tail <= j <= n and (i > first or j <= last) and tuple(stems[i:j]) in exact:
                    best, longest = (i, j), size
                    break
        return best

    def _edge_word(self, toks: list[str], k: int, side: int, phrase: tuple[str, ...],
                   breaks: frozenset[int], span: tuple[int, int], content: bool) -> bool:
        """Whether ``toks[k]``, said on ``side`` of the taught phrase ``phrase`` (stems),
        may be said around it: not like a word that a longer taught phrase has there ("hal
        lights off" may be "all lights off" misheard); a word of content (``content``)
        also no taught word and no thing a request names; a weekday only when a pause or
        thanks sets it apart ("lights off friday" may say when)."""
        w = toks[k]
        if content and (self._taught(w) or len(w) < 2 or w in HEADS or w.rstrip("s") in HEADS):
            return False
        if not content:
            pass
        elif w in WEEKDAYS:
            gap = range(k, span[0]) if side < 0 else range(span[1] - 1, k)
            near = toks[k - 1] if side > 0 and k else ""
            if not (any(g in breaks for g in gap) or near in self._lexicon.courtesy):
                return False
        elif w in self._not_names:
            return False
        beside = self._extensions().get((phrase, side))
        if not beside:
            return True
        sim = self._index.hear(w, [w], [False]).sim
        ids = self._index.vocab_ids
        return not any(float(sim[0, ids[b]]) >= self._unlike for b in beside if b in ids)

    def _extensions(self) -> dict[tuple[tuple[str, ...], int], set[str]]:
        """(taught phrase, side) -> the words longer taught phrases have on that side of it
        ("lights off", -1) -> {"all"} when "all lights off" is taught; built once."""
        if self._beside is None:
            beside: dict[tuple[tuple[str, ...], int], set[str]] = {}
            starting = self._starting
            for words in self._exact:
                n = len(words)
                for a in range(n):
                    # (only the lengths of the taught phrases that start with the word
                    # there: a stretch of any other length is no taught phrase)
                    for size in starting.get(words[a], ()):
                        b = a + size
                        if size == n or b > n or words[a:b] not in self._exact:
                            continue
                        # (every word on that side: "movie night mux" may be "movie
                        # night for max" with "for" unheard)
                        if a:
                            beside.setdefault((words[a:b], -1), set()).update(words[:a])
                        if b < n:
                            beside.setdefault((words[a:b], 1), set()).update(words[b:])
            self._beside = beside
        return self._beside

    def calls(self, toks: list[str], free: list[bool],
              breaks: frozenset[int]) -> list[bool] | None:
        """``free`` with a word at an edge of what is said that may be a call marked free:
        set apart by a pause ("..., hal", "friday, ..."); no word the home taught, no cue,
        no opener ("..., right" asks), no device kind, time or thing a request names. None
        when there is none. (Not last without a pause: with a phrase misheard, "play the
        night anthem" and "google the heat festival" would run.)"""
        said = [i for i, f in enumerate(free) if not f]
        if len(said) < 3:
            return None
        out = list(free)
        for k, apart in ((said[0], any(b in breaks for b in range(said[0], said[1]))),
                         (said[-1], any(b in breaks for b in range(said[-2], said[-1])))):
            if apart and self._may_call(toks[k]) and not self._in_cue(toks, k):
                out[k] = True
        if out[said[0]] and lead_asks(toks, min(b for b in breaks if b >= said[0]) + 1,
                                      self._lexicon, self._taught):
            out[said[0]] = False  # (a request of its own before "and": "text my brother,
            # and ...", "my brother" its object: :mod:`_second_request`)
        return out if out != free and sum(not f for f in out) >= 2 else None

    def _in_cue(self, toks: list[str], k: int) -> bool:
        """Whether ``toks[k]`` ends or is inside a cue said with the words before it, free
        ones too: "lights off, just joking", where "just" is a filler, takes it back."""
        cues = self._lexicon.cues
        return any(tuple(toks[j:e]) in group for group in cues.values()
                   for j in range(max(0, k - 3), k)
                   for e in range(k + 1, min(len(toks), j + 5) + 1))

    def _may_call(self, word: str) -> bool:
        """Whether ``word``, set apart at an edge, may be the name of the one called."""
        lex = self._lexicon
        return (word.isalpha() and len(word) > 1 and not self._taught(word)
                and word not in lex.function_words and word not in lex.number_words
                and word not in lex.cue_starts and word.rstrip("s") not in lex.cue_starts
                and word not in HEADS and word.rstrip("s") not in HEADS
                and word not in lex.openers
                and (word not in self._not_names or word in WEEKDAYS))
