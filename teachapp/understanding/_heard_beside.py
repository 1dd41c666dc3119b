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
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._compound_head import may_modify
from teachapp.understanding._homophone import homophones
from teachapp.understanding._names import name_of, same_name
from teachapp.understanding._surely_heard import surely_heard
from teachapp.understanding._unrhotic_word import said_unrhotic
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["CLOSE", "LIKE", "MOST_SPANS", "heard_closely", "heard_spans", "respoken"]

LIKE = 0.7
"""How like the phrase's letters run together the words' letters run together are, at
least (Levenshtein, normalised): "tumble towel" is 0.73 like "tumble the towels". The
words are only proposed here; what runs is decided as the words alone would be."""
MOST_SPANS = 2
"""Most spans tried for one utterance (each is resolved twice: repaired, and alone)."""
EDGE_LIKE = 0.5
"""How like the phrase's word at a span's edge the word there is, at least, when not the
word itself or a piece of it (as :data:`_clause_heard.EDGE_LIKE`)."""
CLOSE = 0.75
"""How like itself in spelling a phrase word misheard beside an aside is, at least, when
not heard as itself, in pieces or with its own sound key: "eyepeces", "conservatry"
(0.8-0.9), not "jupiter" for "juniper" (0.71), "tables" for "stalls", "leaving" for
"arriving": a word as far off as that, beside words that ask for nothing, is likelier
another request than the phrase misheard (said alone, the resolver's usual tolerance
holds)."""
KEYED = 3
"""Sounds a sound key has, at least, to say a word is another misheard: a shorter one is
shared by too many words ("daisys" and "dizzys" are both "ts")."""
SKELETON = 2
"""Consonant letters a phrase word has, at least, to be heard with only its vowels
otherwise (:func:`_vowels_apart`): "tea" and "toe" share one and no more."""
SHORT = 3
"""Letters a word has, at least, to be compared by spelling or sound; a shorter one is
like too many others ("on" and "once", "in" and "on") and counts only as itself."""
CLIPPED = 2
"""Letters a word cut short at its end has lost, at most, to be read as that word though a
list of names holds it ("tim" of "time", "cas" of "cask")."""
SOUND_LIKE = 0.4
"""How like a phrase word in spelling a word inside a span is, at least, when not a piece
of one or like one in sound (as :data:`_clause_heard.SOUND_LIKE`)."""
SLACK = 3
"""Words more or fewer than the phrase's that a span may hold (said twice, split, joined,
dropped)."""

ARTICLES = frozenset({"a", "an", "the"})
"""Articles a recogniser writes for a weak vowel it hears between two words of a phrase
("tea a time", "file the a cask register", "disarm a alarm" of "disarm the alarm"): said
inside a span (its edges are the phrase's own words), one is no word of another request.
Other function words are ("feed simba is a ...")."""

LINKING = frozenset({"and", "so", "then", "but"})
"""Conjunctions that link what is said before a pause to what is said after it (Quirk et
al. 1985, 13.5 on coordinators; "so" and "then" as conjuncts): said last before a pause,
none is a word of the request said beside it."""

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


def _sounded(words: Sequence[str], phrase: Sequence[str]) -> list[str]:
    """``words`` with each that says a word of ``phrase`` as it sounds written as that word
    (:mod:`_homophone`: "nite" as "night"), so their letters are compared as heard."""
    return [next((t for t in phrase if homophones(w, t)), w) for w in words]


@lru_cache(maxsize=8192)
def _edge_like(word: str, taught: str, first: bool, function: frozenset[str]) -> bool:
    """Whether ``word``, at the start (``first``) or end of a span, may be the phrase's word
    ``taught`` there heard with errors: said, cut short at that edge (split: "ligh ts"),
    run into the next word (joined), or at least :data:`EDGE_LIKE` like it. A function
    word is only itself ("is" is not "kids", "in" not "on")."""
    if word == taught:
        return True
    if word in function or len(word) < SHORT or len(taught) < SHORT:
        return False  # (a short word is like too many others: "once" is not "on")
    if first:
        pieces = taught.startswith(word) or word.startswith(taught)
    else:
        pieces = taught.endswith(word) or word.endswith(taught)
    return (pieces and len(word) > 1) or (
        Levenshtein.normalized_similarity(word, taught) >= EDGE_LIKE) or homophones(word, taught)


def _starts(word: str, phrase: Sequence[str], function: frozenset[str]) -> bool:
    """Whether a span may start on ``word``: the phrase's first word heard with errors, or,
    when that is a function word, the word after it (the function word dropped)."""
    head = phrase[0]
    return _edge_like(word, head, True, function) or (
        head in function and len(phrase) > 1 and _edge_like(word, phrase[1], True, function))


def _ends(word: str, phrase: Sequence[str], function: frozenset[str]) -> bool:
    """Whether a span may end on ``word``: the phrase's last word heard with errors, or,
    when that is a function word, the word before it ("tumble towel" of "tumble the
    towels" ends so). A word there the phrase does not say belongs to what is said beside
    it ("... is rather lovely", "... the star social")."""
    tail = phrase[-1]
    return _edge_like(word, tail, False, function) or (len(phrase) > 1 and (
        (tail in function and _edge_like(word, phrase[-2], False, function))
        or _joined_last(word, phrase[-2], tail, function)))


def _joined_last(word: str, before: str, tail: str, function: frozenset[str]) -> bool:
    """Whether ``word`` is the phrase's last two words run together, the last as said and
    the one before it heard with errors ("lighton" of "light on", "brazieron" of "brazier
    on", "tumbleron" of "tumbler on"): a last word too short to be compared alone ("on",
    "up") is compared as it is written."""
    return (len(word) > len(tail) and word.endswith(tail)
            and _edge_like(word[:-len(tail)], before, False, function))


def _word_of(word: str, phrase: Sequence[str]) -> bool:
    """Whether ``word`` may be a word of ``phrase`` heard with errors: a piece of one
    (split), one run into another (joined), or like one in spelling or sound."""
    return any((len(word) > 1 and word in taught)
               or (len(taught) >= SHORT and (word.startswith(taught) or word.endswith(taught)))
               or (min(len(word), len(taught)) >= SHORT and (
                   Levenshtein.normalized_similarity(word, taught) >= SOUND_LIKE
                   or phonetic_key(word) == phonetic_key(taught))) for taught in phrase)


def _split_at(toks: Sequence[str], k: int, breaks: frozenset[int], taught: str) -> bool:
    """Whether ``toks[k]`` and the word after it, with no pause between them, are the
    phrase's word ``taught`` split in two by a recogniser: run together, at least
    :data:`CLOSE` like it ("coff ee" of "coffee"). A piece alone may be too short to be
    compared with the word (:func:`_edge_like`: "ee" is like too many words); the two
    together are not."""
    if k + 1 >= len(toks) or k in breaks or len(taught) < SHORT:
        return False
    like = Levenshtein.normalized_similarity
    joined = like(toks[k] + toks[k + 1], taught)
    # (each piece alone less like it: "and meditation" is "meditation" said after "and")
    return joined >= CLOSE and joined > max(like(toks[k], taught), like(toks[k + 1], taught))


def _explained(words: Sequence[str], free: Sequence[bool], phrase: Sequence[str],
               function: frozenset[str]) -> bool:
    """Whether every word of a span is the phrase's heard with errors: a phrase word, one
    said again right after itself, a filler (``free``), or, unless a function word the
    phrase does not say ("feed simba is a ..."), a word of it misheard, split or joined
    (:func:`_word_of`; a piece of a split word may be a function word: "kitch in"); an
    article inside the span may be a weak vowel heard (:data:`ARTICLES`)."""
    for k, word in enumerate(words):
        if word in phrase or free[k] or (k and word == words[k - 1]):
            continue
        if word in function:
            joined = [words[k - 1] + word] if k else []
            if k + 1 < len(words):
                joined.append(word + words[k + 1])
            if any(w in phrase for w in joined) or (word in ARTICLES and 0 < k < len(words) - 1):
                continue
            return False
        if not _word_of(word, phrase):
            return False
    return True


def _runs_on(toks: Sequence[str], i: int, j: int, phrase: Sequence[str],
             breaks: frozenset[int]) -> bool:
    """Whether the word at an edge of the span ``i:j`` runs on past it: said again just
    outside it, or split, so that joined to the word outside it is more like the
    phrase's word there ("gar" of "... my gar den", "chen" of "kit chen ..."). Not across
    a pause: a recogniser writes the pieces of a split word together, never a comma
    between them, so "storm mood, i'm on till lent" does not end in "moodi"."""
    # (an edge word said as the phrase's word sounds runs on into nothing: "game nite its")
    after = j < len(toks) and j - 1 not in breaks and not homophones(toks[j - 1], phrase[-1])
    before = i > 0 and i - 1 not in breaks and not homophones(toks[i], phrase[0])
    if (after and toks[j] == toks[j - 1]) or (before and toks[i - 1] == toks[i]):
        return True  # (said again just outside it: "of comp comp any mode")
    like = Levenshtein.normalized_similarity
    if after and like(toks[j - 1] + toks[j], phrase[-1]) > like(toks[j - 1], phrase[-1]):
        return True
    return before and like(toks[i - 1] + toks[i], phrase[0]) > like(toks[i], phrase[0])


def _lone_beside(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int], i: int,
                 j: int) -> bool:
    """Whether one word said alone meets the span ``i:j`` with no pause, before or after it
    (up to the next pause): beside a phrase misheard it may be a word of the request, not a
    call ("start vacuum bot", "podcast warranty"), as ``Around.calls`` reads a call beside
    one only after a pause; and one word said beside it in all, paused or not, is read
    only by ``Around.calls``, as a name: "cofee time, right" asks). A conjunction said
    right after it before a pause (:data:`LINKING`) is no such word: it links the request
    to what is said after the pause ("gym teme and, stalemate, phooey", "birthday pardy
    so, sedentary for too long")."""
    if sum(not f for f in free[:i]) + sum(not f for f in free[j:]) == 1:
        return True
    if j < len(free) and j - 1 not in breaks and not (j in breaks and toks[j] in LINKING):
        stop = min((b for b in breaks if b >= j), default=len(free) - 1) + 1
        if sum(not f for f in free[j:stop]) == 1:
            return True
    if i > 0 and i - 1 not in breaks:
        start = max((b for b in breaks if b < i - 1), default=-1) + 1
        if sum(not f for f in free[start:i]) == 1:
            return True
    return False


def _last_beside(toks: Sequence[str], free: Sequence[bool], j: int,
                 phrase: Sequence[str]) -> bool:
    """Whether one word said last follows the span ending before ``j``: it may be the
    head of a compound the phrase modifies ("start vacuum bot" of "start the vacuum", a
    device), where a word with more said after it ("... so lavender's for me") is not,
    nor one after a phrase whose last word modifies no noun ("sprinkles on buckaroo":
    :mod:`_compound_head`)."""
    return j == len(toks) - 1 and not free[j] and may_modify(phrase[-1])


def heard_spans(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                phrase: Sequence[str], function: frozenset[str],
                lone: bool = False) -> list[range]:
    """The spans of ``toks`` that may be ``phrase`` heard with errors, most like it first
    (at most :data:`MOST_SPANS`): no pause inside, starting and ending on the phrase's
    words there heard with errors (:func:`_starts`, :func:`_ends`, or split in two there,
    :func:`_split_at`; a word may be free, a carrier or a lead-in, as "play" or "start
    dishwasher," are), each of its words the phrase's (:func:`_explained`), not split
    across its edge with no pause there (:func:`_runs_on`) and with no lone word beside it
    but a conjunction before a pause (:func:`_lone_beside`; ``lone``: any word
    beside it but one said last after it, :func:`_last_beside`, when the text so repaired
    is judged by every reader, :mod:`_heard_bare`, and the words are not the phrase heard
    surely, :mod:`_surely_heard`),
    leaving a word said (not free) outside, and not the phrase said exactly (``function``:
    the lexicon's function words)."""
    target = "".join(phrase)
    n = len(phrase)
    if not target or n == 0:
        return []
    said = [k for k, f in enumerate(free) if not f]
    if len(said) <= 1:
        return []
    first, last = said[0], said[-1]
    ends: list[bool | None] = [None] * len(toks)  # (whether a span may end there, once asked)
    found: list[tuple[float, int, range]] = []
    for i in range(len(toks)):
        pause = -1  # (the first pause at or after i, once a span from i is tried)
        for j in range(i + max(1, n - SLACK), min(len(toks), i + n + SLACK) + 1):
            if first >= i and last < j:
                continue  # (nothing said beside it)
            if pause < 0:
                if not (_starts(toks[i], phrase, function)
                        or _split_at(toks, i, breaks, phrase[0])):
                    break  # (no span starts here: tested once, not for every length)
                pause = min((b for b in breaks if b >= i), default=len(toks))
            if pause < j - 1:
                break  # (a pause inside: longer spans hold it too)
            if ends[j - 1] is None:
                ends[j - 1] = _ends(toks[j - 1], phrase, function) or (
                    j - 2 >= 0 and _split_at(toks, j - 2, breaks, phrase[-1]))
            if not ends[j - 1]:
                continue
            words = toks[i:j]
            if (list(words) == list(phrase) or _runs_on(toks, i, j, phrase, breaks)
                    or not _explained(words, free[i:j], phrase, function)
                    or ((_last_beside(toks, free, j, phrase)
                         and not surely_heard(words, phrase)) if lone
                        else _lone_beside(toks, free, breaks, i, j))):
                continue
            sim = Levenshtein.normalized_similarity(_once(_sounded(words, phrase)), target,
                                                    score_cutoff=LIKE)
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


def heard_closely(phrase: Sequence[str], words: Sequence[str], function: frozenset[str],
                  names: frozenset[str]) -> bool:
    """Whether each of the ``phrase``'s words but the ``function`` words is heard among
    ``words`` as itself, split or joined (a piece of it, or run into another), with its own
    sound key, or at least :data:`CLOSE` like itself, but not built on it
    (:func:`_built_on`); and no word is a given name (of ``names``) that says none of the
    phrase's given names ("kenna" for "kensa", "daisy's" for "dizzy's": a recogniser
    writes a name it knows, beside an aside likelier someone else's than the taught word
    misheard; "calum" says "callum": :func:`_names.same_name`), unless it is a word of the
    phrase that is no name cut short or with a vowel heard otherwise ("tim" of "time",
    "cas" of "cask", "ari" of "are": :func:`_clipped`) or heard surely, a letter wrong
    ("offie" of "office": :mod:`_surely_heard`)."""
    for w in words:
        if w not in phrase and name_of(w, names) and not any(
                (same_name(w, taught, names) if name_of(taught, names)
                 else _clipped(w, taught) or surely_heard([w], [taught]))
                for taught in phrase):
            return False
    for k, taught in enumerate(phrase):
        if taught in function or taught in words:
            continue
        before = phrase[k - 1] if k else ""
        if not any(_close(w, taught) and not _built_on(w, taught, before) for w in words):
            return False
    return True


def _clipped(word: str, taught: str) -> bool:
    """Whether ``word`` is ``taught`` cut short at its end, by a letter or two ("tim" of
    "time", "dow" of "down"), or with only its vowels heard otherwise
    (:func:`_vowels_apart`: "ari" of "are"): a recogniser's spelling of the word, whatever
    list of names holds it too. (Cut short by more, "kat" of "katherine", it may be the
    name.)"""
    return (len(word) >= SHORT and taught.startswith(word)
            and len(taught) - len(word) <= CLIPPED) or _vowels_apart(word, taught)


def _close(word: str, taught: str) -> bool:
    """Whether ``word`` is a piece of ``taught`` (split), holds it (joined), has its sound
    key (of :data:`KEYED` sounds at least), is at least :data:`CLOSE` like it, or is it
    said with its last "r" silent ("clicka" of "clicker": :mod:`_unrhotic_word`)."""
    return ((len(word) > 1 and (taught.startswith(word) or taught.endswith(word)))
            or word.startswith(taught) or word.endswith(taught)
            or (len(key := phonetic_key(word)) >= KEYED and key == phonetic_key(taught))
            or Levenshtein.normalized_similarity(word, taught) >= CLOSE
            or _vowels_apart(word, taught) or homophones(word, taught)
            or said_unrhotic(word, taught))


_GLIDE = re.compile(r"[aeiouyhw]+")
_DOUBLED = re.compile(r"(.)\1+")


def _consonants(word: str) -> str:
    """The letters of ``word`` but its vowels and, after its first letter, the glides "h"
    and "w" (which mostly spell a vowel or nothing: "thyme", "mowed"), a letter written
    twice in a row once."""
    return word[:1] + _DOUBLED.sub(r"\1", _GLIDE.sub("", word[1:]))


def _vowels_apart(word: str, taught: str) -> bool:
    """Whether ``word`` is ``taught`` with only its vowels heard otherwise: the same first
    letter and the same consonant letters, at least :data:`SKELETON` of them ("mood" of
    "mode", "thyme" of "time", "mowed" of "mode"). A recogniser mishears a vowel far
    oftener than a consonant (the consonants carry a short word; "jupiter" for "juniper"
    changes one, so does "strimmer" for "trimmer"), and a sound key of under
    :data:`KEYED` sounds is too loose to say so ("mt" is "mode", "mood", "mate", "might"
    and "mud")."""
    if word[:1] != taught[:1] or word == taught:
        return False
    skeleton = _consonants(taught)
    return len(skeleton) >= SKELETON and _consonants(word) == skeleton


def _built_on(word: str, taught: str, before: str) -> bool:
    """Whether ``word`` is ``taught`` with a letter or two put before it that are not the
    end of the phrase's word ``before`` run into it: another word built on it ("strimmer"
    of "trimmer"), not a recogniser's misspelling."""
    extra = len(word) - len(taught)
    return 0 < extra <= 2 and word.endswith(taught) and not before.endswith(word[:extra])
