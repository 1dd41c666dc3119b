"""A pause written as a comma where the speaker ended a sentence: "whisk until stiff peaks
appear, reading mode", "cast on forty stitches, movie night", "reading mode, the kids are
asleep".

A recogniser hears no punctuation: it writes a pause, wherever it falls, as a comma
(Whisper does; so does ``listen --wav``, which finds pauses from word times). So the end
of a sentence reaches the resolver as a comma, and :mod:`_said_before`, which reads only
". ? !" as sentence ends, reads a sentence said before the phrase as part of the
phrase's own. A comma is read here as a sentence end when the clause it closes (or, after
the phrase, opens) is a whole sentence of the speaker's own, since only a whole sentence
ends where a sentence may (Quirk et al. 1985, "A Comprehensive Grammar of the English
Language", 2.1-2.2 on the sentence; 11.2 on its major classes, the statement and the
directive): a sentence of its own as :func:`_said_before.own_sentence` reads one (no word
of the home, no device, no request word first, no pro-form that may point at the request),

- a statement with its own subject and finite verb (:func:`_own_clause.own_statement`,
  :func:`_clause_shape.own_shape` opening with its subject: "the kids are asleep", "the
  coach broke down outside swindon"), or
- an imperative whose verb has its own object, a noun phrase with a determiner or a
  number ("cast on forty stitches", "fold in the egg whites gently"), or its own clause
  of time after "until" ("whisk until stiff peaks appear"), with no request word of a
  home's (:attr:`Lexicon.request_words`: "ring mum, movie night" asks for two things);

and which carries no cue that may bear on the other side of the comma, since a comma
after a clause may as well join it to the next within one sentence (Quirk et al. 1985,
15.17 on adverbial clauses before the main clause; Halliday & Hasan 1976 on conjunction):
no cue of the lexicon (negation, question, past, someone else's words, condition,
hypothetical, cancellation, opinion), no adverb that may relate it to the request
(:data:`_own_clause.POINTING`: "the tank's full already"), no subordinator or conjunction
(:data:`JOINERS`: "when the kids are asleep, reading mode", "i'm shattered so, movie
night") and no operator first (a question by inversion, "is the kettle on, reading mode").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._own_clause import PARTICLES, POINTING, own_statement
from teachapp.understanding._said_before import own_sentence, own_word
from teachapp.understanding._second_request import opens_next
from teachapp.understanding._words import stem
from teachapp.understanding.conjunctions import (
    COORDINATORS,
    RELATIVES,
    SUBORDINATORS,
    additive,
)
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["paused_apart", "whole_sentence"]

Taught = Callable[[str], bool]

COMMA = re.compile(r",\s+")
"""A comma with more said after it (a thousands comma has no space after it)."""
SENTENCE_MARKS = re.compile(r"[.?!;:]")
LONGEST = 12
"""Most words of a sentence read beside a comma (a longer run is a story)."""
MOST_CUTS = 3
"""Most sentences cut off on each side."""
JOINERS = SUBORDINATORS | COORDINATORS | (RELATIVES - {"whom"}) | {"then", "than"}
"""Subordinators, coordinators and relatives (Quirk et al. 1985, 13.1 and 14.11-14.12 on
the closed classes of conjunctions; 17.9 on relative pronouns), with "then" and "than": a
clause they are said in may be joined to what the comma leaves on its other side.
(Neither "whom" nor a respelt "because", :data:`.conjunctions.REASON_RESPELT`, was ever
listed here.)"""
TIME_CLAUSE = frozenset({"until", "till"})
"""Subordinators of a clause of time that finishes a directive ("whisk until ...")."""
CUE_KINDS = ("negation", "question", "past", "reported", "conditional", "hypothetical",
             "cancellation", "opinion", "routine_command")


_STEMMED: dict[int, tuple[object, frozenset[tuple[str, ...]]]] = {}


def _cue_stems(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The lexicon's cues of :data:`CUE_KINDS`, stemmed as the scorer reads them (so
    "says" is the cue "say"); made once per lexicon's cue table."""
    held = _STEMMED.get(id(lexicon.cues))
    if held is not None and held[0] is lexicon.cues:
        return held[1]
    stems = frozenset(tuple(stem(w) for w in cue) for kind in CUE_KINDS
                      for cue in lexicon.cues.get(kind, ()))
    if len(_STEMMED) > 8:
        _STEMMED.clear()
    _STEMMED[id(lexicon.cues)] = (lexicon.cues, stems)
    return stems


def _cued(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a cue of the lexicon is said in ``words`` (any form of its words)."""
    cues = _cue_stems(lexicon)
    stems = [stem(w) for w in words]
    n = len(stems)
    longest = lexicon.longest_cue
    return any(tuple(stems[k:e]) in cues for k in range(n)
               for e in range(k + 1, min(n, k + longest) + 1))


def _object(words: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words[k:]`` is a noun phrase of the clause's own opened by a determiner
    or a number, then maybe a manner adverb or a place ("the egg whites gently", "forty
    stitches", "the dough onto a floured board")."""
    if k >= len(words):
        return False
    if words[k].isdigit():
        end = k + 1
        while end < len(words) and end - k <= 3 and own_word(words[end], lexicon, taught):
            end += 1
        if end == k + 1:
            return False
    else:
        end = shape.noun_phrase(words, k, lexicon, taught)
        if not end:
            return False
    rest = words[end:]
    if not rest:
        return True
    if len(rest) == 1:
        return rest[0].endswith("ly") and len(rest[0]) > 4  # ("... gently")
    return rest[0] in shape.PREPOSITIONS and _object(words, end + 1, lexicon, taught)


def _imperative(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` are a directive of the speaker's own: a verb's plain form first,
    then its own object (after a particle maybe) or its own clause of time."""
    verb = words[0]
    if not own_word(verb, lexicon, taught) or shape.verb_form(verb, "ed", "ing") or (
            verb.endswith("s") and not verb.endswith("ss")):
        return False
    if not lexicon.request_words.isdisjoint(w for w in words if w not in TIME_CLAUSE):
        return False  # (a request of its own: "ring mum", "play the news")
    if words[1] in TIME_CLAUSE:
        said = words[2:]
        return len(said) >= 2 and (own_statement(said, lexicon, taught) or (
            shape.subject_first(said) and shape.own_shape(said, lexicon, taught)))
    k = 2 if words[1] in PARTICLES or words[1] in shape.PREPOSITIONS else 1
    return _object(words, k, lexicon, taught)


def whole_sentence(words: Sequence[str], lexicon: Lexicon, taught: Taught, *,
                   joined: bool = False, then: bool = False) -> bool:
    """Whether ``words``, said between a comma and the phrase, are a whole sentence of the
    speaker's own (see the module docstring); ``joined``: what follows the comma opens
    with "and", so a request of its own is a second one (:mod:`_second_request`: "knit a
    scarf, and reading mode"); ``then``: with "then" or "after that", so a request of its
    own is the first of two ("descale the iron, then focus mode")."""
    if not 2 <= len(words) <= LONGEST or not own_sentence(words, lexicon, taught,
                                                          joined=joined, then=then):
        return False
    if words[0] in shape.CLAUSE_OPERATORS or words[0] in shape.WH_WORDS:
        return False  # (a question by inversion or a wh-word: "is the kettle on")
    if not POINTING.isdisjoint(words):
        return False  # (an adverb that may relate it to the request: "the tank's full already")
    if not JOINERS.isdisjoint(w for w in words if w not in TIME_CLAUSE) or words[0] in (
            TIME_CLAUSE) or _cued(words, lexicon):
        return False
    if own_statement(words, lexicon, taught) or (
            shape.subject_first(words) and shape.own_shape(words, lexicon, taught)):
        return True
    return _imperative(words, lexicon, taught)


def paused_apart(text: str, lexicon: Lexicon, taught: Taught) -> Iterator[str]:
    """What is left of ``text`` when whole sentences of the speaker's own set off by
    commas are cut off before it, after it, or both (fewest cut first); nothing when no
    comma ends or opens one."""
    parts = COMMA.split(text.strip())
    if len(parts) < 2:
        return
    n = len(parts)
    said = [tokens(p, lexicon) for p in parts]
    whole = [not SENTENCE_MARKS.search(p) and whole_sentence(
        said[i], lexicon, taught, joined=i + 1 < n and additive(said[i + 1]) > 0,
        then=i + 1 < n and opens_next(said[i + 1])) for i, p in enumerate(parts)]
    before = []
    for i in range(1, min(n, MOST_CUTS + 1)):
        if not whole[i - 1]:
            break
        before.append(i)
    after = []
    for j in range(n - 1, max(0, n - 1 - MOST_CUTS), -1):
        if not whole[j]:
            break
        after.append(j)
    seen = set()
    for i, j in [(i, n) for i in before] + [(0, j) for j in after] + [
            (i, j) for i in before for j in after if i < j]:
        if i < j and (i, j) not in seen:
            seen.add((i, j))
            yield ", ".join(parts[i:j])
