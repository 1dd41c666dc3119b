"""A taught phrase said after a lead-in that frames it without asking anything else:
a request relayed to the assistant ("mama says you have to lights off", "papa wants you to
feed the cat", "my mum asked me to ask you to make coffee"), an item read off a list
("item one, lights off", "my to-do list says lights off", "reading off my list, lights
off"), a countdown ("three, two, one, lights off", "on your marks, lights off"), or the
request markers of another language around it ("zara lights off kar do", "puedes lights
off porfi?", "e jowo, lights off jare").

A cue in the lead-in is the lead-in's, not the phrase's: "says" and "asked" there say who
wants it done, "off" in "reading off my list" says where it is read from, "according to"
which list. The cue governs the phrase only when nothing else in the utterance could be
its object; these lead-ins end where the phrase begins, so their words are about it as
a whole request. The shapes (words in ``data/lexicon.yaml``, section ``lead_ins``):

- relayed: who wants it (at most three words, no taught word, no number), a verb of
  :data:`relay_verbs`, maybe "me to ask", then a tail that addresses the hearer with a
  modal of obligation or a request ("you have to", "you to", "can you", "please", "it's
  time to"). "she said movie night" has no such tail and stays someone else's words;
- a list: a list noun and only the words said around one ("next", "first", "on my",
  "says", "reading off", "according to", an item's number);
- a countdown: numbers said down by one to one or nought, or up by one from one, a
  number to go on ("on three"), and the starting formulae;
- a tally: the requests counted as one ("just the one:", "one job:", "a single errand,");
- another language: one of its request markers before the phrase, after it, or both.

The phrase is said exactly (free words aside) and last, or before the other language's
marker; nothing else may be said. A negation, a question or any other word in the
lead-in is no lead-in: "my list says don't ...", "did mama say you have to ...".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from teachapp.understanding import conjunctions
from teachapp.understanding._said_whole import LONGEST_PHRASE
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["led_phrase"]

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]

QUESTION_OPENERS = frozenset({"did", "do", "does", "is", "are", "was", "were", "has", "have",
                              "what", "when", "why", "how", "who", "which", "where"})
"""First words that make the lead-in a question of its own ("did mama say ...")."""


STARTERS = frozenset({"marks", "count", "steady", "set", "lift", "liftoff", "blast",
                      "blastoff"})
"""Words of the starting formulae without numbers ("on your marks", "on my count", "ready,
steady", "get set", a launch's "lift off", "blast off"): one of them must be said for a
lead-in of :data:`count_words` to count down (their other words, "on", "my", "the", say
nothing alone)."""


class _Words:
    """The ``lead_ins`` section, as token tuples."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def keys(name: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(tokens(str(w))) for w in raw.get(name) or ()
                             if tokens(str(w)))

        self.before = keys("before")
        self.after = keys("after")
        self.list_nouns = frozenset(w for (w,) in keys("list_nouns"))
        self.surfaces = frozenset(w for (w,) in keys("list_surfaces"))
        self.voices = frozenset(w for (w,) in keys("list_voices"))
        self.list_of = frozenset(w for (w,) in keys("list_of"))
        self.list_words = frozenset(w for k in keys("list_words") for w in k)
        self.count_words = frozenset(w for k in keys("count_words") for w in k)
        self.relay_verbs = frozenset(w for (w,) in keys("relay_verbs"))
        self.tally_words = frozenset(w for k in keys("tally_words") for w in k)
        self.tails = keys("listener_tails")
        self.middles = keys("relay_middles")
        self.enclosing = frozenset(
            (tuple(tokens(a)), tuple(tokens(b))) for a, _, b in
            (str(w).partition("...") for w in raw.get("enclosing") or ()))
        self.triggers = (frozenset(w for k in self.before | self.after for w in k)
                         | self.list_nouns | self.surfaces | self.relay_verbs | STARTERS
                         | {"single"}
                         | frozenset(w for pair in self.enclosing for w in pair[0])
                         | frozenset(str(n) for n in range(11)))


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(bundled_section("lead_ins") or {})


def _negated(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` say a negation (its cue words: "not", "never", "no")."""
    negation = lexicon.cues.get("negation", frozenset())
    return any((w,) in negation for w in words)


def _relayed(lead: Sequence[str], words: _Words, lexicon: Lexicon) -> bool:
    """Whether ``lead`` relays a request to the hearer (see the module docstring)."""
    tail = next((t for t in sorted(words.tails, key=len, reverse=True)
                 if len(t) < len(lead) and tuple(lead[-len(t):]) == t), None)
    if tail is None:
        return False
    rest = list(lead[:-len(tail)])
    for middle in sorted(words.middles, key=len, reverse=True):
        if len(middle) < len(rest) and tuple(rest[-len(middle):]) == middle:
            rest = rest[:-len(middle)]
            break
    if len(rest) < 2 or rest[-1] not in words.relay_verbs:
        return False
    who = rest[:-1]
    anywhere, _ = lexicon.cue_words
    return (len(who) <= 3 and who[0] not in QUESTION_OPENERS
            and all(w.isalpha() and w not in lexicon.request_words
                    and w not in CONDITIONAL and (w,) not in anywhere for w in who))


CONDITIONAL = conjunctions.CONDITIONAL | {"whether", "suppose", "supposing", "say"}
"""Words that make a relayed request a condition or a supposition, no request: "imagine if
i asked you to ...", "if mum said you have to ...", "suppose dad asked you to ..." (the
conditional subordinators of Quirk et al. 1985, 15.33-15.36). Who relays a request is a
noun phrase ("mama", "my mum"); a word of a cue there ("imagine", "never") frames it."""


OWN = frozenset({"my", "our"})
"""Possessives that make a surface the speaker's own ("my notepad says ...")."""


def _listed(lead: Sequence[str], words: _Words) -> bool:
    """Whether ``lead`` reads an item off a list (see the module docstring): a list noun
    or a surface written on, and only the words said around one; not ending in "of" or
    "for", which make the phrase what the list is of ("list the steps of ..."), and no
    surface given a voice ("the whiteboard says ...") but the speaker's own."""
    nouns = [w for w in lead if w in words.list_nouns or w in words.surfaces]
    if not nouns or lead[-1] in words.list_of or not all(
            w in words.list_words or w in words.list_nouns or w in words.surfaces
            or w.isdigit() for w in lead):
        return False
    voiced = not words.voices.isdisjoint(lead)
    return not voiced or any(w in words.list_nouns for w in nouns) or not OWN.isdisjoint(lead)


def _counted(lead: Sequence[str], words: _Words) -> bool:
    """Whether ``lead`` counts down to a start (see the module docstring)."""
    numbers = [int(w) for w in lead if w.isdigit()]
    if len(numbers) == 1:
        # (the count to go on: "on three", "on my count of three"; not "at three", a time)
        if "on" not in lead[:lead.index(str(numbers[0]))] or numbers[0] > 10:
            return False
    elif numbers:
        # (down by one to one or nought, or up by one from one: "one, two, three, go")
        down = numbers[-1] <= 1 and all(a - b == 1 for a, b in pairwise(numbers))
        up = numbers[0] == 1 and all(b - a == 1 for a, b in pairwise(numbers))
        if len(numbers) < 2 or not (down or up):
            return False
    elif STARTERS.isdisjoint(lead):
        return False
    return all(w.isdigit() or w in words.count_words for w in lead)


def _tallied(lead: Sequence[str], words: _Words) -> bool:
    """Whether ``lead`` counts the requests as one ("just the one:", "one job:", "a single
    errand,", "only one for now,"): "one" or "single", and only the words said around a
    count of tasks (:data:`tally_words`, the list nouns)."""
    return (("1" in lead or "single" in lead)
            and all(w == "1" or w in words.tally_words or w in words.list_nouns
                    for w in lead))


def _stuttered(toks: Sequence[str], free: Sequence[bool],
               lexicon: Lexicon) -> list[bool] | None:
    """``free`` with the false starts of a stutter freed ("b-b-band practice" is heard
    "b b band practice": a sound of one or two letters said again or begun again into the
    word after it; Van Riper 1982, "The Nature of Stuttering", on part-word repetitions);
    None when there is none. A function word ("a", "i") is one only when said again."""
    out: list[bool] | None = None
    for k in range(len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if (len(t) > 2 or not t.isalpha() or free[k] or not nxt.startswith(t)
                or (t == nxt and (k + 2 >= len(toks) or not toks[k + 2].startswith(t)))
                or (t in lexicon.function_words and t != nxt)):
            continue
        if out is None:
            out = list(free)
        out[k] = True
    return out


def led_phrase(toks: Sequence[str], free: Sequence[bool], exact: Exact,
               lexicon: Lexicon) -> tuple[int, list[int]] | None:
    """(phrase id, routines) of the taught phrase said after a lead-in of the module
    docstring's shapes; None when there is none."""
    words = _words()
    stutter = _stuttered(toks, free, lexicon) if toks and len(toks[0]) <= 2 else None
    if stutter is not None:
        free = stutter
    elif words.triggers.isdisjoint(toks):
        return None  # (no word of a lead-in, no stutter: most utterances)
    stems = [stem(t) for t in toks]
    for i in range(len(toks)):
        for j in range(min(len(toks), i + LONGEST_PHRASE), i, -1):
            key = tuple(stems[i:j])
            if key not in exact:
                continue
            lead = [toks[k] for k in range(i) if not free[k]]
            after = tuple(toks[k] for k in range(j, len(toks)) if not free[k])
            if after and tuple(toks[j:]) in words.after:
                after = tuple(toks[j:])  # (a marker with a free word in it: "kar do")
            if not lead and not after:
                # (the phrase alone: not this rule's to read, unless a stutter was freed)
                return exact[key] if stutter is not None else None
            if _negated(lead, lexicon) or _negated(after, lexicon):
                return None
            if (tuple(lead), after) in words.enclosing:
                return exact[key]
            if after:
                if after in words.after and (not lead or tuple(lead) in words.before
                                             or tuple(toks[:i]) in words.before):
                    return exact[key]
            elif (tuple(lead) in words.before or tuple(toks[:i]) in words.before
                  or _relayed(toks[:i], words, lexicon)
                    or _listed(lead, words) or _counted(lead, words)
                    or _counted(list(toks[:i]), words) or _tallied(lead, words)):
                return exact[key]
            break  # (the longest phrase from here is the one read; try a later start)
    return None
