"""Carriers that are also taught words: "it's *time* for nap thyme"; a short lead-in
set apart by a comma ("right, ...", "quick one, ..."); and the words around a request
that call the one asked or open what is said ("right house, ...", "... ta love",
"jeeves please ..."), and a restart ("turn the, turn the kettle on").

The scorer and the reading align heard and taught words one to one, best pairs
first. A carrier ("it's time for") that is the very word of a phrase ("nap time")
would take that word first, and leave the word heard for it ("thyme") over: an
extra word, or another word order. Such a carrier's pairs come last instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from teachapp.understanding._over_complement import governs
from teachapp.understanding._said_over import said_over
from teachapp.understanding.copula import FINITE
from teachapp.understanding.normalize import Lexicon, courteous_at

if TYPE_CHECKING:  # (numpy is imported by the first alignment: the conversation imports
    import numpy as np  # this module for its words, and the idle window held numpy, 11 MB)

__all__ = ["CARRIER_RANK", "LEAD_IN_WORDS", "called_twice", "carrier_key", "carriers_last",
           "clause_breaks", "comma_lead_in", "edge_words", "has_cue", "named_last", "paused",
           "restarts"]


CARRIER_RANK = 0.05
"""Where a carrier's pair comes when heard and taught words are aligned best first."""


def carriers_last(values: np.ndarray, at: np.ndarray, free: Sequence[bool] | None,
                  cand: np.ndarray, free_at: np.ndarray) -> np.ndarray:
    """Alignment order keys of word pairs: ``values`` (float32) of the pairs ``at``
    (rows: candidate, heard word, taught word), ``free`` marks the heard carriers,
    ``free_at[phrase, place]`` the taught ones. A heard carrier, wake word or filler
    that is the very taught word ("it's *time* for nap thyme") comes last, so it
    explains that word only when no other heard word does (a carrier of the phrase
    itself, "*start* the movie", keeps its place, and so does a carrier that means a
    taught word: "activate" for "on")."""
    if not free or not any(free):
        return values
    import numpy as np

    late = values >= 1.0
    late &= np.asarray(free, dtype=bool)[at[1]]
    if not late.any():
        return values
    late &= ~free_at[cand[at[0]], at[2]]
    return np.where(late, values * np.float32(CARRIER_RANK), values).astype(np.float32)


def carrier_key(value: float, heard_free: bool, taught_free: bool) -> float:
    """:func:`carriers_last` of one pair, for sorts in plain Python."""
    late = heard_free and not taught_free and value >= 1.0
    return value * CARRIER_RANK if late else value


LEAD_IN_WORDS = 3
"""Most words a lead-in before a comma may have ("quick one, ...", "ok so then, ...")."""


def comma_lead_in(text: str, toks: Sequence[str], free: Sequence[bool],
                  lead: Sequence[str], cue_starts: frozenset[str],
                  taught: Callable[[str], bool]) -> list[bool]:
    """``free`` with a lead-in set apart by a comma marked free too.

    English sets a discourse marker or a call apart from what is asked with a comma,
    and recognisers that punctuate (Whisper) write it: "right, lights on please",
    "quick one, movie night", "so, bath time". ``lead`` are the tokens of the text
    before the first comma (``text``'s own tokens start with them). The lead-in is
    free when it is at most :data:`LEAD_IN_WORDS` words, something not free follows
    it, none of its words starts a cue ("no, movie night" is a negation), and it is
    one word the home never taught (``taught``) or free words with at most one other:
    "kitchen, lights off" names the kitchen and "text jane, movie night" asks for
    something else; both stay as said.
    """
    n = len(lead)
    if (not 0 < n <= LEAD_IN_WORDS or "," not in text or list(toks[:n]) != list(lead)
            or all(free[:n]) or all(free[n:])):
        return list(free)
    words = toks[:n]
    if any(w in cue_starts or w.rstrip("s") in cue_starts for w in words):
        return list(free)
    said = [w for i, w in enumerate(words) if not free[i]]
    # A call or a marker: one word the home never taught ("right,"), or free words
    # with at most one other ("quick one,", "hey jane,"); more is a request of its own
    # ("text jane, ...", "remind me, ...").
    if len(said) > 1 or (len(said) == n and taught(said[0])):
        return list(free)
    return [True] * n + list(free[n:])


_BREAK = re.compile(r"[,;:!?\u2026]+|\.{2,}|(?<!\d)\.|\.(?!\d)"
                    r"|\s[-\u2013\u2014]+\s?|[-\u2013\u2014]+\s|[\u2013\u2014]")
"""Punctuation that sets words apart in what a recogniser (Whisper) or a person writes."""
_NO_BREAK = re.compile(r"[^,;:!?\u2026.\-\u2013\u2014]*")
"""Text without a character :data:`_BREAK` needs (most utterances): one scan, no search."""


def paused(text: str) -> bool:
    """Whether ``text`` holds punctuation :func:`clause_breaks` may read as a pause, without
    which it finds none (a scan, before the text's words are read). Text with no character
    a break needs (most utterances) is passed by one scan of its characters: a search of
    :data:`_BREAK` tries its alternatives at every position, seven times the cost."""
    return not _NO_BREAK.fullmatch(text) and _BREAK.search(text) is not None


def clause_breaks(text: str, toks: Sequence[str],
                  split: Callable[[str], list[str]]) -> frozenset[int]:
    """Positions of the words ``toks`` of ``text`` after which the text pauses (a comma,
    a stop, a dash): "house, kettle on" -> {0}. ``split`` is the tokenizer; empty when
    the pieces do not tokenize to ``toks`` (a contraction across a comma)."""
    if _NO_BREAK.fullmatch(text) or not _BREAK.search(text):
        return frozenset()
    out: set[int] = set()
    words: list[str] = []
    for piece in _BREAK.split(text):
        words += split(piece)
        if words:
            out.add(len(words) - 1)
    if words != list(toks):
        return frozenset()
    out.discard(len(words) - 1)
    return frozenset(out)


def _ends_in_article(word: str) -> bool:
    """ "upthe": a recogniser ran "the" into the word before ("wake upthe house")."""
    return len(word) > 4 and word.endswith("the")


def named_last(text: str) -> bool:
    """Whether ``text`` ends in one word written with a capital after a comma or a dash
    ("kettle on, Jeeves."): a recogniser that punctuates (Whisper) writes a name so; a
    word after a full stop starts a sentence, and one in capitals is shouted."""
    pieces = list(_BREAK.finditer(text))
    if not pieces:
        return False
    cut = pieces[-1]
    tail = text[cut.end():].split()
    if not tail and len(pieces) > 1:  # ("..., Jeeves." ends in a stop)
        cut, tail = pieces[-2], text[pieces[-2].end():pieces[-1].start()].split()
    return (len(tail) == 1 and tail[0][:1].isupper() and not tail[0].isupper()
            and any(c in cut.group() for c in ",-\u2013\u2014"))


def edge_words(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
               lexicon: Lexicon, taught: Callable[[str], bool],
               name: Callable[[str, bool], bool], capital_last: bool = False,
               whole: Callable[[Sequence[str]], bool] | None = None) -> list[bool]:
    """``free`` with the words that open what is said or call the one asked marked free.

    English opens a request with a discourse marker ("right", "look") and calls the one
    it asks by a word of address ("house", "love", "mate") or a name ("jeeves"), at
    either edge: "right house, all off", "house please tv off", "kettle on please
    house", "laundry in, ta love". From the start, while something not free is left:

    - an opener (``lexicon.openers``) is free, set apart by a pause or when the home
      never taught it ("turn right" keeps "right");
    - a call is free when a pause follows it, when a greeting (``lexicon.vocatives``)
      comes just before it, or when "please" (``lexicon.courtesy``) comes just after it;
      a word of address also after an opener ("right house lights on", but not "so
      kitchen lights on").

    From the end, a call is free after thanks or "please" ("... ta love", "... please
    jeeves"), a word of address also after a pause or before closing thanks ("...,
    house", "... house please"), and a term of endearment (``lexicon.endearments``) on
    its own ("kettle on love").
    A call is a word of address (``lexicon.addressees``) or a word ``name`` accepts
    (the home has no word like it); never a function word, a number or a cue, nor a
    word after an article or a preposition ("wake up the house please" names it).
    ``breaks``: :func:`clause_breaks` (speech written without commas still marks a call
    by "please", thanks and greetings). ``capital_last``: :func:`named_last` of the text
    (a name written with a capital after a comma last, as Whisper writes "..., Jeeves.").
    ``whole``: whether words are a taught phrase said whole, before which a call said
    twice is free (:func:`called_twice`; None: never).
    """
    out = list(free)
    said = [i for i, f in enumerate(out) if not f]
    if len(said) < 2:
        return out
    lex = lexicon
    if not breaks and toks[said[0]] != toks[said[1]] and lex.call_markers.isdisjoint(toks):
        return out  # (most utterances: no pause, no word said twice first, no word that
        # marks a call, so no edge word is one)
    cue_starts = lex.cue_starts
    greetings = lex.vocatives

    def plain(w: str) -> bool:
        return (w.isalpha() and w not in lex.function_words and w not in cue_starts
                and w.rstrip("s") not in cue_starts and w not in lex.number_words)

    def call(i: int, strict: bool = False) -> bool:
        # (never after "the", "my", "in": "warm up the house" names the house)
        w = toks[i]
        return (plain(w) and (w in lex.addressees or name(w, strict))
                and not (i and not out[i - 1] and (toks[i - 1] in lex.function_words
                                                   or _ends_in_article(toks[i - 1]))))

    def greeted(i: int, words: frozenset[str] = greetings) -> bool:
        # a greeting just before ("hey jeeves", "hey there jeeves"; not "hey google jeeves")
        k = i - 1 if i and toks[i - 1] != "there" else i - 2
        return k >= 0 and toks[k] in words

    n = len(toks)
    while len(said) > 1:
        i = said[0]
        w = toks[i]
        apart = i in breaks
        if w in lex.openers and plain(w) and (apart or not taught(w)):
            pass
        elif (w in lex.openers and plain(w) and i + 1 < n and not out[i + 1]
              and i + 1 in breaks and call(i + 1)):
            out[i + 1] = True  # (a taught opener before a call: "morning jeeves, ...")
            said.pop(1)
        elif called_twice(toks, said, call, whole):
            out[said[1]] = True  # (the second copy of the call: "jeeves jeeves, ...")
            said.pop(1)
        elif (((apart or (i + 1 < n and out[i + 1] and toks[i + 1] in lex.courtesy)) and call(i))
              or (greeted(i) and call(i, strict=True))
              or (w in lex.addressees and greeted(i, lex.openers) and call(i))):
            pass
        else:
            break
        out[i] = True
        said.pop(0)
    while len(said) > 1:
        j, before = said[-1], said[-2]
        w = toks[j]
        thanked = any(toks[k] in lex.courtesy for k in range(before + 1, j))
        apart = any(k in breaks for k in range(before, j))
        thanks_after = any(toks[k] in lex.courtesy for k in range(j + 1, n))
        # (a word set apart last without thanks is a call only when it is a word of
        # address: "coffee, black" says how, "kettle on, dishwasher" asks for two things)
        if not ((thanked or (w in lex.addressees and (apart or thanks_after))
                 or (capital_last and apart and j == n - 1)
                 or (w in lex.endearments and all(out[j + 1:]))) and call(j)):
            break
        out[j] = True
        said.pop()
    return out


def called_twice(toks: Sequence[str], said: Sequence[int],
                 call: Callable[[int, bool], bool],
                 whole: Callable[[Sequence[str]], bool] | None) -> bool:
    """Whether the first two words said (``said``: the positions of the words not free)
    are one word said twice in a row before a taught phrase said whole (``whole`` of the
    words said after them, or of all words after them), and the word is a call (``call(i,
    strict)``, strictly unlike any taught word): a call said twice, as a person calls
    someone who is not listening ("jeeves jeeves, kettle on", "gobblies gobblies lights
    on"); not a room or a thing a request names (:data:`HEADS`: "kitchen kitchen fan on").
    Before less than a whole phrase the copies are a stammer of a word of an untaught
    request ("yoga yoga time"), and a question about the rest would ask for nothing
    said. Said once without a pause, a word before a request is likelier a verb or a
    mishearing (a taught word said twice is a stammer, :func:`restarts`)."""
    if (whole is None or len(said) < 3 or said[1] != said[0] + 1
            or not said_over(toks[said[0]:said[1] + 1]) or toks[said[0]] in HEADS):
        return False
    rest = said[2:]
    return ((whole([toks[k] for k in rest]) or whole(toks[said[1] + 1:]))
            and call(said[0], True))


RESTART_WORDS = 6
"""Longest run of words a restart says again ("turn the, turn the kettle on")."""


REPAIRS = frozenset({("i", "said"), ("i", "say"), ("like", "i", "said"), ("i", "mean"),
                     ("i", "meant"), ("sorry",), ("i", "said", "sorry"), ("or", "rather"),
                     ("rather",), ("again",), ("i", "repeat"), ("repeat",), ("once", "more"),
                     ("come", "on"), ("i", "asked"), ("i", "asked", "for"),
                     ("i", "am", "telling", "you"), ("i", "tell", "you"), ("i", "told", "you"),
                     ("do", "it")})
"""Words that say the words before them again, in a person's own voice: "lights on, *I
said* lights on", "movie night, *sorry*, movie night" (not "*she* said": the last copy
is someone else's)."""


def _repeated_after_repair(toks: Sequence[str], out: list[bool], said: list[int]) -> None:
    """Mark free the first copy and the repair of words said, repaired and said again
    ("gaming mode, i said gaming mode"), in place."""
    if len(said) < 3:
        return
    longest = max(len(r) for r in REPAIRS)
    for g in range(1, len(said) - 1):
        for size in range(1, longest + 1):
            gap = said[g:g + size]
            if tuple(toks[k] for k in gap) not in REPAIRS:
                continue
            after = said[g + size:]
            copy = said[max(0, g - len(after)):g] if after else []
            while copy and [toks[k] for k in copy] != [toks[k] for k in after[:len(copy)]]:
                copy = copy[1:]
            if copy and all(not out[k] for k in copy) and any(toks[k].isalpha() for k in copy):
                for k in (*copy, *gap):
                    out[k] = True
                return


def restarts(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
             function_words: frozenset[str] = frozenset()) -> list[bool]:
    """``free`` with the first copy of words said again marked free: a restart ("turn
    the, er, turn the kettle on"), a stammer ("in the the kitchen"), a word cut off
    before a pause and said again whole ("the ket- kettle on"). One content word said
    twice in a row counts only when a pause or a hesitation parts the copies ("kettle,
    kettle on"): a recogniser writes "light light" for "night light", and a phrase may
    say a word twice ("night night"). (A free copy still meets its own taught word.)"""
    out = list(free)
    said = [i for i, f in enumerate(out) if not f]
    if len({toks[i] for i in said}) == len(said) and not breaks:
        return out  # (no word said twice, no pause: most utterances)
    for size in range(RESTART_WORDS, 0, -1):
        a = 0
        while a + 2 * size <= len(said):
            first, again = said[a:a + size], said[a + size:a + 2 * size]
            if ([toks[i] for i in first] != [toks[i] for i in again]
                    or any(out[i] for i in first)
                    or not all(toks[i].isalnum() for i in first)
                    or not any(toks[i].isalpha() for i in first)):
                a += 1
                continue
            if (size == 1 and again[0] == first[0] + 1 and first[0] not in breaks
                    and toks[first[0]] not in function_words):
                a += 1
                continue
            for i in first:
                out[i] = True
            a += size
    _repeated_after_repair(toks, out, said)
    for a, b in itertools.pairwise(said):
        # a word cut off and said again whole: "put the ket- kettle on", "mo... movie night"
        if (a in breaks and not out[a] and 1 < len(toks[a]) < len(toks[b])
                and toks[b].startswith(toks[a]) and toks[a].isalpha()):
            out[a] = True
    return out


def doubled(toks: Sequence[str], free: Sequence[bool],
            function_words: frozenset[str]) -> list[bool] | None:
    """``free`` with the first copy of a content word said twice in a row (fillers aside)
    marked free: "spa spa evening", "lights lights uh on", as a recogniser repeats a word
    or a speaker stammers without a pause; None when there is none. (Not applied by
    :func:`restarts`: "light light" may be "night light" misheard; the resolver reads so
    only a phrase it was asked about for one extra word, and runs it only when that same
    routine then runs.)"""
    said = [i for i, f in enumerate(free) if not f]
    out: list[bool] | None = None
    for run in said_over([toks[k] for k in said]):
        w = toks[said[run.at]]
        if w.isalpha() and w not in function_words:
            if out is None:
                out = list(free)
            for n in range(run.at, run.at + run.times - 1):
                out[said[n]] = True
    return out


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
"""Time words that are names too ("friday, lock the barn" calls the assistant Friday): a
call only when a pause or thanks sets them apart ("lights off friday" may say when)."""

HEADS = frozenset({
    # what a request names after a phrase that only says which one ("play good morning
    # artist", "party mode playlist", "movie night review")
    "artist", "album", "song", "track", "playlist", "podcast", "episode", "channel",
    "station", "radio", "music", "band", "video", "film", "movie", "show", "series",
    "season", "genre", "list", "reminder", "timer", "alarm", "note", "message", "recipe",
    "ticket", "review", "trailer", "soundtrack", "schedule", "menu", "forecast", "weather",
    "news", "time", "times", "idea", "plan", "setting", "tonight", "too", "instead", "later",
    "soon",
    # appliances and rooms: a second thing asked for ("kettle on, dishwasher"), or where
    "dishwasher", "washer", "dryer", "oven", "hob", "cooker", "fridge", "freezer",
    "toaster", "microwave", "vacuum", "hoover", "roomba", "boiler", "purifier",
    "humidifier", "dehumidifier", "sprinkler", "pump", "garage", "doorbell", "camera",
    "kitchen", "bedroom", "bathroom", "lounge", "hall", "hallway", "landing", "garden",
    "porch", "patio", "office", "study", "nursery", "attic", "basement", "cellar", "loft",
    "upstairs", "downstairs", "outside", "inside", "everywhere", "yard", "driveway",
    "conservatory", "utility", "toilet", "loo", "shed", "den", "playroom", "terrace"})
"""Nouns and adverbs said after a phrase that are no call: the thing a request names, a
second device or a room, a time. (A plural after it is never a call either.)"""

NOT_PLURAL = ("ss", "is", "us")
"""Endings of a word in -s that is rarely an English plural and often a name ("doris",
"marcus", "lewis"; "-ss": "jess"): a word so ending after a phrase may be a call."""

COPULAS_AFTER = FINITE
"""A copula said straight after a taught phrase makes the phrase its subject: "movie night
is grand", "movie night is ok", "porch lights are lovely" say how the routine is (a
subject-predicate statement, Quirk et al. 1985, 10.16 on the copula), whatever its
complement; a request is never its subject. Set apart by a pause it opens a clause of its
own ("movie night. is that ok?"), read elsewhere."""

WRAP_WORDS = 4
"""Most words said on one side of a taught phrase that may still all be a call and
politeness around it ("thanks a lot, nora", "there's a love")."""


def around_phrase(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  span: tuple[int, int], lexicon: Lexicon,
                  callable_word: Callable[[int, int, bool], bool]) -> list[bool] | None:
    """``free`` with the words said around a taught phrase said exactly, ``toks[span]``,
    marked free when they are only a call and politeness; None when they say more.

    A word at the very end of what is said, or set apart first, beside a taught phrase
    said word for word, that the home never taught is a call: "tea time alfred", "log
    burner on nora.", "er, friday, lock the barn" (the phrase itself leaves nothing for
    it to be). First without a pause it is likelier a verb ("scrap movie night").
    ``callable_word(k, side, content)`` says whether ``toks[k]`` may be said on ``side``
    (-1 before the phrase, 1 after it) around it: no word of a longer taught phrase that
    it could be misheard for ("or lights off" is "all lights off"); a word of content
    (``content``) may be a call: no taught word, no device kind, time or thing a request
    names (:data:`HEADS`). On each side:

    - one word: a call (``callable_word``), a word of address or thanks, or a function
      word ("quiet mode the");
    - more words (at most :data:`WRAP_WORDS`): a word of address, a greeting or thanks
      among them, at most one word besides function words, set apart from the phrase by
      a pause or with thanks ("thanks a lot, nora", "there's a love", "cheers hal");
    - never a cue ("no", "cancel", "she said"), a number, or two words of content
      ("text jane, movie night", "movie night is over" asks something else).
    """
    lex = lexicon
    first, last = span
    markers = lex.call_markers
    out = list(free)
    sides = ((-1, [k for k in range(first) if not free[k]]),
             (1, [k for k in range(last, len(toks)) if not free[k]]))
    for side, idx in sides:
        if not idx:
            continue
        if len(idx) > WRAP_WORDS or (side > 0 and toks[last] in COPULAS_AFTER
                                     and last - 1 not in breaks):
            return None
        words = [toks[k] for k in idx]
        around = range(first) if side < 0 else range(last, len(toks))
        if (any(not w.isalpha() or w in lex.number_words for w in words)
                or has_cue([toks[k] for k in around], [free[k] for k in around], lex,
                            side < 0)):
            return None
        content = [k for k in idx if toks[k] not in lex.function_words and toks[k] not in markers]
        if len(content) > 1 or any(not callable_word(k, side, k in content) for k in idx):
            return None
        gap = range(idx[-1], first) if side < 0 else range(last - 1, idx[0])
        apart = any(k in breaks for k in gap)
        if len(idx) > 1:
            if (not any(toks[k] in markers for k in idx)
                    or not (apart or any(w in lex.courtesy for w in words))):
                return None
        elif side < 0 and toks[idx[0]] not in markers and not apart:
            # (a word before a request without a pause is likelier a verb than a name:
            # "scrap movie night"; an article makes a noun of it: "the dog walk")
            return None
        elif content and not apart:
            # (one after it, when other words than a call come before, or a plural: the
            # noun the phrase says which of, "the disco festival", "movie night reviews";
            # nor a verb's -ing or -ed form, "loud music going", "movie night finished",
            # where a given name is none, "lock up alfred")
            other = sides[0][1]
            word = toks[content[0]]
            if (any(toks[k] not in markers for k in other)
                    or (word.endswith("s") and not word.endswith(NOT_PLURAL))
                    or (len(word) >= 5 and word.endswith(("ing", "ed"))
                        and word not in lex.given_names)):
                return None
        for k in idx:
            out[k] = True
    return out


def _fold(word: str) -> str:
    """A cue's plain form: "says" -> "say", "asking" -> "ask"."""
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def has_cue(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
             first: bool) -> bool:
    """Whether a cue is said among ``words`` ("cancel", "she said", "thanks for", "is"
    first when ``first``), not all of it ``free`` ("when you get a chance"); "there's a
    love" holds "is" but no cue."""
    anywhere, leading = lexicon.cue_words
    starts = lexicon.cue_starts
    folded = [_fold(w) for w in words]
    lead = next((i for i, f in enumerate(free) if not f), -1)
    longest = lexicon.longest_cue
    for a in range(len(words)):
        if (words[a] not in starts and folded[a] not in starts) or courteous_at(words, a):
            continue  # (no cue starts here; a condition of politeness is none: "..., if poss")
        for b in range(a + 1, min(len(words), a + longest) + 1):
            if all(free[a:b]):
                continue
            if (tuple(words[a:b]) in anywhere or tuple(folded[a:b]) in anywhere
                    or (first and a == lead and tuple(words[a:b]) in leading)) and not (
                    b == a + 1 and governs(words, free, a, lexicon.function_words)):
                # (not "over" before a noun of its own: "over crest", :mod:`_over_complement`)
                return True
    return False
