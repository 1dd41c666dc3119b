"""Formulaic clauses said beside a request, set off by a pause, that ask the assistant for
nothing: "who'd have guessed? mews lights on", "open the mews, it takes all sorts",
"shut the box, bon voyage, lysander, do visit again", "open the mews and exquisite
handwriting, dougal", "five six seven eight, horsebox camera".

Conversation has routines of its own (Aijmer 1996, "Conversational Routines in English")
that people say around a request without asking anything of the listener:

- a rhetorical question about the speaker's lot or the world (Quirk et al. 1985, "A
  Comprehensive Grammar of the English Language", 11.23: a question with the force of an
  assertion). Its shapes: a wh-word the subject of a modal perfect ("who'd have guessed",
  "who would have thought"), "who would be" a noun phrase ("who'd be a parent"), "how" an
  adjective, a modal, "it" and "be" ("how hard can it be"), a question of the speaker's own
  doing, the speaker its subject ("what did i do to deserve this", "did i volunteer for
  any of this", "why do i bother"), a question whose subject is everyone or no one (the
  lexicon's ``formula_aside.indefinite_subjects``: "why is nothing straightforward"), and
  whole formulae (``formula_aside.rhetorical``: "whatever next", "why me", maybe "of all
  people" after it);
- a generic statement or proverb (6.50-6.52 on generic reference): a quantified subject
  (``formula_aside.generic_quantifiers``: "every penny counts", "many hands make light
  work", "mony a mickle maks a muckle"), a bare subject and "be" ("forewarned is
  forearmed", "seeing is believing"), an opener with a dummy subject or a generic "you"
  (``formula_aside.generic_openers``: "it takes all sorts", "that's the way the cookie
  crumbles", "there's no place like home", "you can't please everyone"), or a verb negated
  without "do" (the archaic negation of proverbs: "waste not, want not", "fear not");
- a leave-taking formula and the wishes said with it (``formula_aside.leave_taking``: "so
  long", "bon voyage", "see you thursday", "sleep tight"), an emphatic "do" before a verb
  of the addressee's ("do visit again") and a simile ("snug as a bug": an adjective, "as"
  and a noun phrase; Quirk et al. 1985, 15.72 on comparison);
- a compliment: an adjective of praise (``formula_aside.praise``) and a noun, maybe after
  "what" or a possessive ("exquisite handwriting", "what dazzling earrings"), or "that X
  suits you" (``formula_aside.becoming``: "that haircut flatters you");
- counting in before the request: a run of consecutive numbers, maybe after "and a" ("five
  six seven eight", "and a one, and a two", "a one two, a one two three").

A vocative (:func:`_addressed._vocative`) said beside a leave-taking or a compliment is
said to the same person. A formula's clause is read only when nothing in it may bear on
the request: no word a home taught, no device, room, time (but "see you thursday") nor
number (but a count said first), no pro-form that may point back at the request (but the
dummy "it" of "it takes", "how hard can it be" and the "this" of the speaker's lot), no
"you" in a question (a question to the assistant: "what did you just do?", "who told you to
do that?"), and no cue whose scope is the whole utterance (a cancellation, a condition,
someone else's words: "never mind", "no, don't"). A formula may end the request's clause
after a connective ("... and so long, fenella", "... and exquisite handwriting, dougal").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from teachapp.understanding._addressed import vocative_words, whole_cues
from teachapp.understanding._carriers import HEADS, WEEKDAYS
from teachapp.understanding._clause_shape import (
    CLAUSE_OPERATORS,
    CLOSED,
    NEGATORS,
    verb_form,
)
from teachapp.understanding._cue_scope import BACK
from teachapp.understanding._exclaimed import verbless_exclamative
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["formula_frees", "wished"]

Taught = Callable[[str], bool]

CONNECTIVES = frozenset({"and", "so", "but"})
"""Coordinators that may join a formula to the request's clause (Quirk et al. 1985,
13.1-13.5)."""
SPEAKER = frozenset({"i", "we"})
"""Subjects of a question of the speaker's own doing."""
LISTENER = frozenset({"you", "your", "yours", "yourself", "ya", "u"})
"""Words that make a question one to the listener, the assistant ("what did you do?")."""
MODALS = frozenset({"would", "could", "might", "will", "can", "should"})
SITUATION = frozenset({"this"})
"""The pro-form a question of the speaker's lot may end in ("deserve this", "any of
this"): the speaker's situation, never a thing asked for there."""
POSSESSIVE = frozenset({"your", "my", "his", "her", "their", "our", "that", "those", "these",
                        "what", "a", "an", "such"})
"""What may open a compliment's noun phrase ("your spelling", "that scarf", "what a
view")."""
COUNT_FILLERS = frozenset({"and", "a", "an", "uh", "um"})
"""Words of counting in beside its numbers ("and a one, and a two")."""
SEEN = frozenset({"soon", "later", "tomorrow", "tonight", "then", "there", "around",
                  "next", "week", "again", "anon"}) | WEEKDAYS
"""When a "see you" says the addressee will be seen again: a time of their coming back, no
time of the request."""
HOW = ("how",)
ENDED = frozenset({"done", "over", "finished", "ended", "called", "named", "known",
                   "renamed"})
"""Predicates a bare-subject statement may not have: a routine done or given a new name
("bath time is over", "... is called film night")."""


class _Words:
    """The lexicon's ``formula_aside`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def phrases(name: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(tokens(str(w))) for w in raw.get(name) or ())

        def words(name: str) -> frozenset[str]:
            return frozenset(t for p in phrases(name) for t in p)

        self.quantifiers = words("generic_quantifiers")
        self.indefinite = frozenset(p if len(p) > 1 else p[0]
                                    for p in phrases("indefinite_subjects"))
        self.rhetorical = phrases("rhetorical")
        self.openers = phrases("generic_openers")
        self.leave_taking = phrases("leave_taking")
        self.praise = words("praise")
        self.becoming = words("becoming")


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(bundled_section("formula_aside") or {})


def wished(said: Sequence[str]) -> bool:
    """Whether ``said`` opens with a formula of leave-taking or a wish said with it ("sweet
    dreams", "good luck"), or an adjective of praise ("lovely jubbly"): words said to the
    listener, no name of a thing asked for."""
    words = _words()
    return bool(said) and (said[0] in words.praise or _opens(said, words.leave_taking) > 0)


def _opens(said: Sequence[str], formulae: frozenset[tuple[str, ...]]) -> int:
    """How many words of the longest of ``formulae`` open ``said``; 0 when none does."""
    return max((len(f) for f in formulae if tuple(said[:len(f)]) == f), default=0)


class _Reader:
    """The readers of one utterance's clauses, with the home's taught words."""

    def __init__(self, lexicon: Lexicon, taught: Taught, not_names: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.taught = taught
        self.not_names = not_names
        self.whole = whole_cues(lexicon)
        self.longest_cue = max(map(len, self.whole), default=1)

    # -- what no formula may hold ------------------------------------------------------

    def clean(self, said: Sequence[str], allowed: frozenset[int] = frozenset()) -> bool:
        """Whether ``said`` (but the words at ``allowed``) holds nothing that may bear on
        the request: a taught word, a device, a room, a time, a number, a pro-form, a cue
        whose scope is the whole utterance."""
        lex = self.lexicon
        quantifiers = _words().quantifiers
        for k, w in enumerate(said):
            if k in allowed:
                continue
            if not w.isalpha() or w in lex.number_words or w in BACK or w in WEEKDAYS:
                return False
            if w in HEADS or w.rstrip("s") in HEADS:
                return False
            if w not in lex.function_words and w not in CLOSED and w not in quantifiers and (
                    self.taught(w) or w in self.not_names):
                return False  # (a closed-class word a home taught, "what's the wind
                # doing", "all lights off", names no thing of it)
        for k in range(len(said)):
            for n in range(1, self.longest_cue + 1):
                if k + n <= len(said) and tuple(said[k:k + n]) in self.whole and not (
                        n == 1 and said[k] in NEGATORS):
                    return False  # ("never mind", "no, don't", "if ...", "she said")
        return True

    def content(self, word: str) -> bool:
        lex = self.lexicon
        return (len(word) > 1 and word.isalpha() and word not in lex.function_words
                and word not in BACK and not self.taught(word))

    # -- rhetorical questions ----------------------------------------------------------

    def rhetorical(self, said: Sequence[str]) -> bool:
        """A rhetorical question in a shape of the module docstring."""
        if len(said) < 2 or not LISTENER.isdisjoint(said):
            return False
        words = _words()
        n = _opens(said, words.rhetorical)
        if n == len(said):
            return self.clean(said)
        first, second = said[0], said[1]
        if first in ("who", "what") and second in MODALS and len(said) > 3 and (
                said[2] == "have" and verb_form(said[3], "ed", "en", "ght", "wn")):
            # (a modal perfect: "who'd have guessed", "who would have thought")
            return self.clean(said)
        if first == "who" and second in MODALS and said[2:3] == ["be"] and len(said) > 3:
            return self.clean(said)  # ("who'd be a parent")
        if tuple(said[:1]) == HOW and len(said) == 5 and self.content(second) and (
                said[2] in MODALS | {"is"}) and said[3] == "it" and said[4] == "be":
            return self.clean(said, frozenset({3}))  # ("how hard can it be")
        k = 1 if first in ("what", "why", "how", "when", "where", "who") else 0
        if k < len(said) - 2 and said[k] in CLAUSE_OPERATORS and said[k + 1] in SPEAKER:
            # (the speaker's own doing: "what did i do to deserve this", "did i volunteer
            # for any of this", "why do i bother")
            allowed = frozenset(j for j, w in enumerate(said) if w in SITUATION and j > k + 2)
            return any(self.content(w) for w in said[k + 2:]) and self.clean(said, allowed)
        if k == 1 and k < len(said) - 2 and said[k] in CLAUSE_OPERATORS and (
                said[k + 1] in words.indefinite or tuple(said[k + 1:k + 3]) in words.indefinite):
            return self.clean(said)  # ("why is nothing straightforward")
        return False

    def of_all(self, said: Sequence[str]) -> bool:
        """ "of all people", "of all the days": the emphatic phrase after "why me"."""
        return len(said) in (3, 4) and said[:2] == ["of", "all"] and self.clean(said)

    # -- generic statements ------------------------------------------------------------

    def generic(self, said: Sequence[str]) -> bool:
        """A generic statement or proverb in a shape of the module docstring."""
        if len(said) < 2 or not LISTENER.isdisjoint(said[2:]):
            return False
        words = _words()
        n = _opens(said, words.openers)
        if n:
            rest = said[n:]
            allowed = frozenset(range(n)) | frozenset(
                j + n for j, w in enumerate(rest) if w == "it" and j)  # ("how it goes")
            if said[0] == "you" and (not rest or not self.content(rest[0])):
                return len(said) > 2 and not rest and self.clean(said, allowed)
            return (bool(rest) or len(said) > 2) and self.clean(said, allowed)
        if len(said) == 2 and said[1] == "not" and self._verb(said[0]) and not (
                said[0].endswith("ly")):  # (an adverb is no verb: "surely not")
            return self.clean(said)  # ("waste not", "fear not")
        if said[0] in words.quantifiers:
            k = 2 if said[1] in ("a", "an") else 1
            # (a quantified subject, its noun, a verb in the present and more: "every penny
            # counts", "many hands make light work", "no news is good news")
            if k + 1 < len(said) and self.content(said[k]) and (
                    said[k + 1] in ("is", "are") or (
                        (self.content(said[k + 1]) and said[k + 1].endswith("s"))
                        or said[k].endswith("s"))):
                return self.clean(said, frozenset({0})) and not ENDED.intersection(said)
            return False
        if len(said) >= 3 and said[1] in ("is", "are") and self.content(said[0]) and (
                said[0] not in CLOSED) and (
                said[0] not in self.lexicon.given_names) and all(
                self.content(w) or w in self.lexicon.function_words for w in said[2:]):
            # (a bare subject and "be": "forewarned is forearmed", "time is money")
            opened = self.content(said[2]) or (said[2] in ("the", "a", "an") and len(said) > 3)
            return opened and self.clean(said) and not ENDED.intersection(said)
        return False

    def _verb(self, word: str) -> bool:
        lex = self.lexicon
        return (self.content(word) and (word,) not in lex.carriers and word not in
                CLAUSE_OPERATORS and word not in MODALS and word not in lex.cue_starts)

    # -- leave-taking and compliments --------------------------------------------------

    def leave_taking(self, said: Sequence[str]) -> bool:
        """A leave-taking formula or a wish said with it (see the module docstring)."""
        n = _opens(said, _words().leave_taking)
        if n:
            rest = said[n:]
            if said[n - 1] in ("you", "ya") and rest and all(w in SEEN for w in rest):
                return self.clean(said[:n])  # ("see you thursday")
            allowed = frozenset(j for j, w in enumerate(said) if j < n and w in LISTENER)
            return len(rest) <= 3 and self.clean(said, allowed)
        if len(said) >= 2 and said[0] == "do" and self._verb(said[1]):
            return self.clean(said)  # ("do visit again", "do come back")
        return self.simile(said)

    def simile(self, said: Sequence[str]) -> bool:
        """An adjective, "as" and a noun phrase ("snug as a bug", "right as rain")."""
        return (3 <= len(said) <= 6 and said[1] == "as" and self.content(said[0])
                and self.clean(said))

    def compliment(self, said: Sequence[str]) -> bool:
        """A compliment (see the module docstring)."""
        words = _words()
        if len(said) >= 3 and said[-1] == "you" and said[-2] in words.becoming:
            # ("that haircut flatters you", "your scarf suits you")
            allowed = frozenset({0, len(said) - 1}) if said[0] in BACK else frozenset(
                {len(said) - 1})
            return self.clean(said, allowed)
        k = 0
        while k < len(said) and said[k] in POSSESSIVE:
            k += 1
        if k < len(said) - 1 and said[k] in words.praise and 1 <= len(said) - k - 1 <= 2 and all(
                self.content(w) for w in said[k + 1:]):
            allowed = frozenset(j for j in range(k) if said[j] in BACK)
            return self.clean(said, allowed)  # ("exquisite handwriting", "what a view")
        # (a verbless exclamative of any noun phrase: "what iridescent plumes",
        # :mod:`_exclaimed`)
        return verbless_exclamative(said, self.content) and self.clean(said)


def _counted(clauses: Sequence[list[str]]) -> int:
    """How many clauses said first count in: their numbers consecutive, three at least or
    over two clauses ("five six seven eight", "and a one, and a two")."""
    numbers: list[int] = []
    used = 0
    for said in clauses:
        said_numbers = [int(w) for w in said if w.isdigit()]
        if not said_numbers or not all(w.isdigit() or w in COUNT_FILLERS for w in said):
            break
        if any(b != a + 1 for a, b in pairwise(said_numbers)):
            break
        if numbers and said_numbers[0] not in (numbers[-1] + 1, 1):
            break
        numbers += said_numbers
        used += 1
    if used and (len(numbers) >= 3 or (used >= 2 and len(numbers) >= 2)):
        return used
    return 0


def _tail(said: Sequence[str], read: Callable[[Sequence[str]], bool]) -> int:
    """Where a connective opens a formula that ends ``said`` ("... and so long"): the
    connective's index, 0 when none does."""
    for k in range(1, len(said) - 1):
        if said[k] in CONNECTIVES and read(said[k + 1:]):
            return k
    return 0


def formula_frees(toks: Sequence[str], free: list[bool], breaks: frozenset[int],
                  lexicon: Lexicon, taught: Taught, not_names: frozenset[str]) -> list[bool]:
    """``free`` with the words of formulaic clauses freed (see the module docstring);
    ``breaks``: the indices after which the text pauses (kept: readers of other asides
    read the clauses they part). ``free`` itself when there are no formulae."""
    if not breaks:
        return free
    cuts = sorted(b + 1 for b in breaks)
    clauses = [range(a, b) for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True)
               if b > a]
    reader = _Reader(lexicon, taught, not_names)
    texts = [[toks[k] for k in c] for c in clauses]
    spoken = [[toks[k] for k in c if not free[k]] for c in clauses]
    out = list(free)
    freed: dict[int, int] = {}  # (clause -> first index freed in it)
    kind: dict[int, str] = {}
    counted = _counted(texts[:-1])
    for i in range(counted):
        freed[i], kind[i] = clauses[i].start, "count"
    readers: tuple[tuple[str, Callable[[Sequence[str]], bool]], ...] = (
        ("rhetorical", reader.rhetorical), ("generic", reader.generic),
        ("leave", reader.leave_taking), ("praise", reader.compliment))
    for i, said in enumerate(spoken):
        # (a proverb is said after something: a first clause of its shape may be the
        # request misheard, "launtry is tone, ...")
        readers_here = readers if any(spoken[:i]) else tuple(
            r for r in readers if r[0] != "generic")
        if i in freed:
            continue
        if not said:
            if reader.rhetorical(texts[i]):
                kind[i] = "rhetorical"  # ("why me", its words free: "of all people" after)
            continue
        for name, read in readers_here:
            if read(said) or (said != texts[i] and read(texts[i])):
                # (a formula may hold a word read as a filler elsewhere: "travel well")
                freed[i], kind[i] = clauses[i].start, name
                break
            at = _tail(texts[i], read) if name in ("leave", "praise") else 0
            if at and any(not free[k] for k in clauses[i][:at]):
                freed[i], kind[i] = clauses[i].start + at, name
                break
        else:
            if i and kind.get(i - 1) == "rhetorical" and reader.of_all(said):
                freed[i], kind[i] = clauses[i].start, "rhetorical"
    for i, said in enumerate(spoken):
        # (a vocative beside a leave-taking or a compliment, and a wish after them: "bon
        # voyage, lysander, do visit again")
        if i in freed or not said:
            continue
        beside = {kind.get(i - 1), kind.get(i + 1)}
        if beside & {"leave", "praise"} and vocative_words(said, lexicon, taught, not_names):
            freed[i], kind[i] = clauses[i].start, "vocative"
    if not freed:
        return free
    for i, start in freed.items():
        out[start:clauses[i].stop] = [True] * (clauses[i].stop - start)
    if all(out):
        return free  # (nothing but formulae: no request beside them)
    return out
