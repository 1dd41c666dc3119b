"""A clause said to someone else in the room beside a taught phrase: "solar filter on and
ollie, fetch me the paperclips", "girls, stop squabbling. text stephen", "light the
woodburner, thanks for the postcard, ruth", "you two, pyjamas on. dew heater on".

Such a clause has a vocative, set apart by a pause before or after its clause, which
names who it is said to (Quirk et al. 1985, "A Comprehensive Grammar of the English
Language", 10.52-10.53: a given name, a family term, a noun of a group of people, "you"
with a numeral or a collective word, an endearment; an attention getter, "hey", "oi",
may open it). The clause beside it is a directive to that person: an imperative, a
negated one or a verbless directive (11.23-11.31: "fetch me the paperclips", "don't
flick peas", "pyjamas on", "toes off the ottoman"), or thanks or an apology (the
formulae of Aijmer 1996, "Conversational Routines in English": "thanks for the postcard,
ruth", "sorry, kev"). A directive to another person asks the assistant for nothing, so the
phrase beside it runs as it would alone.

Beside a vocative that names a person for certain, a statement of the speaker's own is
said to that person too ("no, ottilie, koalas aren't bears": :mod:`_own_clause`), as is a
universal concessive clause ("whatever you say, wendell": 15.42) and an apology formula
("my mistake, dougal"; the lexicon's ``own_clause.apologies``). A reply said before the
vocative opens that exchange (the lexicon's ``own_clause.replies``: "no", "not you", "not
quite"; Biber et al. 1999, 14.3.3 on response forms) and asks the assistant for nothing;
said alone, or before a vocative whose clause bears on the request ("no, ollie, don't",
"no, ollie, lights off"), it still counts.

It is read so only when nothing in it may bear on the request: no word a home taught (a
vocative that is a taught name, "message graham and ...", names the request's person; a
directive that says a taught phrase, "ollie, lights off", is a second request), no device,
room, time or number, no pro-form that may point back at the request ("do it", "not that
one"; Quirk et al. 1985, 12.8), no request verb first ("play", "set"), and no cue whose
scope is the whole utterance (a cancellation, a condition, someone else's words: "no,
ollie, don't" still cancels). Its own negation, question and past are its own, as a clause
of its own shape's are (:mod:`_clause_shape`); "stop" cancels nothing when its object is
the addressee's own doing ("stop squabbling", 16.40 on the -ing clause as object), and a
verb idiom whose "it" is a prop (the lexicon's ``addressed.prop_it``: "knock it off", "put
a sock in it") points at nothing. A vocative that is a wake word or a name the assistant
is called by ("alexa, ...", "computer, ...") is a call to the assistant, never to someone
in the room; "tell ollie to ..." and "ollie wants ..." have no vocative (no pause sets the
name apart), so they are not read here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding._carriers import HEADS, WEEKDAYS
from teachapp.understanding._clause_shape import CLOSED, PREPOSITIONS, PRONOUN_SUBJECTS, verb_forms
from teachapp.understanding._cue_scope import BACK, event_verbs, people
from teachapp.understanding._forbidden_aside import place_adverbs
from teachapp.understanding._joined_to_request import added_to_request
from teachapp.understanding._own_clause import own_statement
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["addressed_clauses", "vocative_words", "whole_cues"]

NEGATED = ("do", "not")
"""A negated imperative as the normaliser writes "don't"."""
PARTICLES = frozenset({"back", "away", "out", "up", "down", "over", "around", "about", "in"})
"""Adverb particles that finish a verb ("give it *back*", "put them *away*")."""
KNOWN, UNKNOWN = 2, 1
"""What :func:`vocative_words` finds: a word that names a person, or a name no list knows."""
LOCAL = frozenset({"negation", "question", "past"})
"""Kinds of cue whose scope is the clause that holds them (:mod:`_clause_shape`)."""
DETERMINERS = frozenset({"this", "that", "these", "those"})
VERB_ENDINGS = ("ing", "ed")
"""Endings of verb forms: a word with one is read as no name."""
LONGEST_LY_NAME = 5
"""Most letters of a name no list knows that ends in "ly" ("tilly", "molly"); a longer
word so ending is read as an adverb ("honestly", "seriously")."""


class _Addressed:
    """The lexicon's ``addressed`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        def phrases(name: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(tokens(str(w))) for w in raw.get(name) or ())

        own = bundled_section("own_clause") or {}
        self.people = words("people")
        self.you_groups = words("you_groups")
        self.thanking = phrases("thanking") | frozenset(
            tuple(tokens(str(w))) for w in own.get("apologies") or ())
        self.stopping = words("stopping")
        self.prop_it = phrases("prop_it") | frozenset(
            tuple(tokens(str(w))) for w in own.get("prop_it") or ())
        self.replies = frozenset(tuple(tokens(str(w))) for w in own.get("replies") or ())
        self.greetings = phrases("greetings")


@lru_cache(maxsize=1)
def _section() -> _Addressed:
    return _Addressed(bundled_section("addressed") or {})


_CALLED: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _vocabulary(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(words that may name a person addressed, words that call the assistant), worked out
    once per lexicon."""
    kept = _CALLED.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1], kept[2]
    persons = people(lexicon) | lexicon.endearments | _section().people
    wake = {w[-1] for w in lexicon.wake_words if w}  # ("alexa" of "hey alexa")
    assistant = frozenset(wake | (lexicon.addressees - lexicon.endearments - _section().people
                                  - lexicon.given_names))
    out = (frozenset(persons - assistant), assistant)
    _CALLED[id(lexicon)] = (lexicon, *out)
    return out


def vocative_words(words: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
                   not_names: frozenset[str]) -> int:
    """Whether ``words`` (a clause of their own) are a vocative: maybe an attention getter
    ("hey", "oi"), then a given name, a family term, a group of people or an endearment
    ("ollie", "mum", "girls", "love"), or "you" with a numeral or collective word ("you
    two", "you lot"): :data:`KNOWN`; a name no list knows, when it is like no other word
    the resolver knows: :data:`UNKNOWN` (it may be a name the home gave the assistant);
    0 when none. Never a taught word nor a call to the assistant.
    Public: :mod:`_formula_aside` reads a vocative so."""
    if words and words[0] in lexicon.vocatives and len(words) > 1:
        words = words[1:]
    persons, assistant = _vocabulary(lexicon)
    if len(words) == 2 and words[0] == "you":
        return KNOWN if words[1] in _section().you_groups else 0
    if len(words) != 1:
        return 0
    word = words[0]
    if not word.isalpha() or taught(word) or word in assistant or word in not_names:
        return 0
    if word in persons:
        return KNOWN
    return UNKNOWN if (len(word) > 2 and not word.endswith(VERB_ENDINGS)
            and not (word.endswith("ly") and len(word) > LONGEST_LY_NAME)
            and word not in lexicon.function_words
            and word not in HEADS and word not in WEEKDAYS and word not in lexicon.request_words
            and word not in lexicon.cue_starts and word not in lexicon.courtesy
            and word not in lexicon.self_repair_starts and word not in lexicon.openers
            and word not in lexicon.number_words and (word,) not in lexicon.carriers
            and (word,) not in lexicon.fillers) else 0


_CUES: dict[int, tuple[object, frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]] = {}


def _cue_sets(lexicon: Lexicon) -> tuple[frozenset[tuple[str, ...]],
                                         frozenset[tuple[str, ...]]]:
    """(the lexicon's cues whose scope is the whole utterance: cancellation, conditions,
    someone else's words, commands about a routine ...; all its cues), worked out once
    per lexicon."""
    kept = _CUES.get(id(lexicon.cues))
    if kept is not None and kept[0] is lexicon.cues:
        return kept[1], kept[2]
    whole = frozenset(c for kind, group in lexicon.cues.items() if kind not in LOCAL
                      for c in group)
    every = frozenset(c for group in lexicon.cues.values() for c in group)
    _CUES[id(lexicon.cues)] = (lexicon.cues, whole, every)
    return whole, every


def whole_cues(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The cues said as a whole clause of their own. Public: :mod:`_formula_aside` reads them
    too."""
    return _cue_sets(lexicon)[0]


def _whole_cued(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a cue whose scope is the whole utterance is said among ``words``, a verb's
    inflected form of one included ("she *says*", "if"): a statement that holds one is
    someone else's words or a condition."""
    whole = whole_cues(lexicon)
    longest = max(map(len, whole), default=1)
    return any((form,) in whole for w in words for form in verb_forms(w)) or any(
        tuple(words[a:b]) in whole for a in range(len(words))
        for b in range(a + 1, min(len(words), a + longest) + 1))


def _prop_it(words: Sequence[str]) -> frozenset[int]:
    """Where a verb idiom with a prop "it" is said ("knock it off", "put a sock in it")."""
    out: set[int] = set()
    for idiom in _section().prop_it:
        n = len(idiom)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) == idiom:
                out.update(range(k, k + n))
    return frozenset(out)


def directive(words: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
                   not_names: frozenset[str], known: bool = True) -> bool:
    """Whether ``words``, a clause beside a vocative, are said to that person and may bear
    on no request (see the module docstring). ``known``: the vocative names a person for
    certain; beside a name no list knows, which may be the assistant's, a request verb
    first ("jarvis, play some jazz") keeps the clause a request."""
    if not words or (not known and (words[0],) in lexicon.carriers and tuple(
            words[:2]) != NEGATED and "your" not in words[1:3]):
        # (beside a name no list knows, a request verb first keeps the clause a request,
        # unless it is negated or its object is the addressee's own: "close your mouth")
        return False
    thanks = next((len(t) for t in _section().thanking if tuple(words[:len(t)]) == t), 0)
    if thanks and thanks < len(words) and words[thanks] == "for":
        thanks += 1  # ("thanks for the postcard": what is thanked for is the clause's own)
    idiom = _prop_it(words)
    whole = whole_cues(lexicon)
    longest = max(map(len, whole), default=1)
    cued = _cued(words, lexicon)
    content = False
    for k, w in enumerate(words):
        if k < thanks or k in idiom:
            content = content or k in idiom
            continue
        if not w.isalpha() or w in lexicon.number_words or w in WEEKDAYS or (
                w in not_names and w not in lexicon.function_words and not (
                    k and k + 1 < len(words) and words[k + 1] in PRONOUN_SUBJECTS)):
            # (a time, a day or a number: "ollie, at eight"; not a subordinator of time
            # before a clause of its own after the directive's verb, which says when the
            # addressee is to do it: "close your mouth when you chew", 15.25)
            return False
        if (w in HEADS or w.rstrip("s") in HEADS) and not (
                w in place_adverbs() and k + 1 < len(words)
                and _noun(words[k + 1], lexicon, taught)):
            # (a device or a room: "ollie, telly off"; not a place adverb that premodifies
            # a noun of the clause's own, "inside voice")
            return False
        if w in BACK and not (w in DETERMINERS and k + 1 < len(words) and _noun(
                words[k + 1], lexicon, taught)):
            return False  # (a pro-form: "do it", "not that one"; not "that recorder")
        if w not in lexicon.function_words and w not in lexicon.courtesy:
            if taught(w) and w not in PREPOSITIONS and w not in CLOSED and not (
                    w in PARTICLES and k and not taught(words[k - 1])):
                # (a particle or preposition a phrase holds says no thing of it: "toes
                # *off* the ottoman" beside "lights off", "give the crayon *back*" beside
                # "lock the back door")
                return False
            content = content or (k not in cued and _noun(w, lexicon, taught))
        for n in range(longest, 0, -1):
            cue = tuple(words[k:k + n])
            if len(cue) == n and cue in whole and not (
                    (cue == NEGATED and _forbidden_own(words, k + n, lexicon, taught))
                    or (n == 1 and w in _section().stopping
                        and _own_doing(words, k + 1, lexicon, taught))
                    or (n == 1 and w in PREPOSITIONS and k
                        and _noun(words[k - 1], lexicon, taught))):
                # (a particle after a thing of the clause's own says where it goes, a
                # verbless directive: "toes off the ottoman", 11.31)
                return False  # ("no, ollie, don't"; "ollie, cancel"; "ollie, if ...")
    return content or bool(thanks)


def _cued(words: Sequence[str], lexicon: Lexicon) -> frozenset[int]:
    """Where a cue of any kind is said among ``words`` ("nope", "not yet"): such words say
    nothing of the clause's own, so they leave it no content ("no, ollie, not yet")."""
    every = _cue_sets(lexicon)[1]
    longest = max(map(len, every), default=1)
    out: set[int] = set()
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + longest) + 1):
            if tuple(words[a:b]) in every:
                out.update(range(a, b))
    return frozenset(out)


def _forbidden_own(words: Sequence[str], k: int, lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether the negated imperative whose verb is ``words[k]`` forbids a deed of the
    addressee's own ("don't lick the knife": Quirk et al. 1985, 11.25): a verb with words
    after it, no taught word, cue or request verb, no verb that takes an event for its
    object ("don't start") nor one that withdraws a request ("don't bother")."""
    if k + 1 >= len(words):
        return False
    verb = words[k]
    undoing = frozenset(t for w in (bundled_section("cue_scope") or {}).get("undoing") or ()
                        for t in tokens(str(w)))
    return (verb.isalpha() and not taught(verb) and verb not in lexicon.cue_starts
            and verb not in lexicon.function_words and (verb,) not in lexicon.carriers
            and verb not in event_verbs() and verb not in undoing)


def _noun(word: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a content word of the clause's own."""
    return (len(word) > 2 and word.isalpha() and word not in lexicon.function_words
            and word not in BACK and not taught(word))


def _own_doing(words: Sequence[str], k: int, lexicon: Lexicon,
               taught: Callable[[str], bool]) -> bool:
    """Whether ``words[k:]`` open with what the addressee is doing: an -ing verb of no
    taught word ("stop squabbling"; Quirk et al. 1985, 16.40), or a noun phrase of the
    clause's own ("stop that racket")."""
    if k >= len(words):
        return False
    w = words[k]
    if len(w) > 5 and w.endswith("ing") and not taught(w):
        return True
    return w in DETERMINERS | {"the", "your", "all"} and k + 1 < len(words) and _noun(
        words[k + 1], lexicon, taught)


CONCESSIVE = frozenset({"whatever", "whichever", "however", "whoever"})
"""Wh-ever words that open a universal concessive clause ("whatever you say"; Quirk et al.
1985, 15.42); "whenever" and "wherever" may say when or where the request runs."""


def conceded(words: Sequence[str], taught: Callable[[str], bool]) -> bool:
    """Whether ``words`` are a universal concessive clause said alone, giving in to the one
    addressed: a wh-ever word, a personal pronoun and its verb, nothing more ("whatever you
    say", "however you like"; Quirk et al. 1985, 15.42). It leaves the matter to them and
    asks the assistant for nothing."""
    return len(words) == 3 and words[0] in CONCESSIVE and words[1] in PRONOUN_SUBJECTS and (
        words[2].isalpha() and len(words[2]) > 2 and not taught(words[2]))


def _greets(words: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
            not_names: frozenset[str]) -> bool:
    """Whether ``words`` greet someone arriving with a formula of greeting (the lexicon's
    ``addressed.greetings``: "look who's blown in", "speak of the devil"; Aijmer 1996 on
    greetings), what follows it no word a home taught, no device, room, time or number and
    no pro-form: said to the one who came, it asks the assistant for nothing."""
    start = next((len(g) for g in _section().greetings if tuple(words[:len(g)]) == g), 0)
    return bool(start) and all(
        w.isalpha() and w not in BACK and w not in lexicon.number_words and w not in HEADS
        and (w in lexicon.function_words or not (taught(w) or w in not_names))
        for w in words[start:])


def addressed_clauses(toks: Sequence[str], breaks: frozenset[int], lexicon: Lexicon,
                      taught: Callable[[str], bool], not_names: frozenset[str],
                      misheard: Callable[[Sequence[str]], bool] | None = None,
                      ) -> tuple[frozenset[int], frozenset[int]]:
    """(the words said to someone else in the room: vocatives, their directives and an
    "and" that joins them to the request; pauses to add, before such an "and"). Empty
    when there are none. ``breaks``: the indices after which the text pauses;
    ``misheard``: whether words said alone would be taken for a taught phrase misheard,
    which no directive to a person is ("ollie, lites of. movie night")."""
    if not breaks:
        return frozenset(), frozenset()

    def said_to(clause: list[str], called: int) -> bool:
        return (directive(clause, lexicon, taught, not_names, called == KNOWN)
                or conceded(clause, taught) or (called == KNOWN and own_statement(
                    clause, lexicon, taught) and not _whole_cued(clause, lexicon))) and not (
            misheard is not None and misheard(clause))

    cuts = sorted(b + 1 for b in breaks)
    clauses = [range(a, b) for a, b in zip([0, *cuts], [*cuts, len(toks)], strict=True) if b > a]
    said: set[int] = set()
    added: set[int] = set()

    def words(c: range) -> list[str]:
        return [toks[k] for k in c]

    for i, clause in enumerate(clauses):
        here = words(clause)
        if _greets(here, lexicon, taught, not_names):
            said.update(clause)
            continue
        called = vocative_words(here, lexicon, taught, not_names)
        if called:
            for j in (i + 1, i - 1):
                if j == i - 1 and j >= 0 and added_to_request(words(clauses[j])):
                    # (a second request joined to the first, the name after it no
                    # addressee of its own: "..., along with hire a piano tuner, jenga",
                    # :mod:`_joined_to_request`)
                    continue
                if 0 <= j < len(clauses) and said_to(words(clauses[j]), called):
                    said.update(clause)
                    said.update(clauses[j])
                    # (a reply that opens the exchange, before the vocative: "no, ottilie,
                    # koalas aren't bears", "not you, ottilie, mind your sudoku")
                    k = i - 1 - (j == i - 1)
                    while k >= 0 and tuple(words(clauses[k])) in _section().replies and (
                            not _whole_cued(words(clauses[j]), lexicon)):
                        said.update(clauses[k])
                        k -= 1
                    break
            continue
        # (a vocative after "and" that ends a clause with the request in it, its directive
        # after the pause: "solar filter on and ollie, fetch me the paperclips")
        for size in (2, 3):
            if len(here) <= size or here[-size] != "and" or i + 1 == len(clauses):
                continue
            called = vocative_words(here[-size + 1:], lexicon, taught, not_names)
            if called and said_to(words(clauses[i + 1]), called):
                start = clause.stop - size
                said.update(range(start, clause.stop))
                said.update(clauses[i + 1])
                added.add(start - 1)
                break
    return frozenset(said), frozenset(added)
