"""A clause said after a taught phrase that points back at the request and so makes it
something other than a request: "feed the cat, she's been fed", "bath time, the kids hate
it", "heating on, should it be?".

A pro-form in a clause beside the phrase ("it", "they", "that": Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 12.8 on pro-forms and their antecedents)
or the phrase's own noun ("the cat's been fed") takes the request, or the thing it acts
on, for its antecedent. What that clause then says of it decides whether the request is
made. Three shapes say it is not:

- **the state holds already** (:func:`holds_already`): the subject points back, "be" or
  "have" follows, and the predicate is the state the request brings about: a particle of
  the phrase's own ("lights on, they're already on", "open the blinds, they're open"),
  the participle of the phrase's own verb ("lock up, it's locked", "water the plants,
  they've been watered", "feed the cat, she's been fed"), a word of any task completed
  ("it's done", "it's sorted"), or, with "already", the event under way or past ("it's
  already playing", "she's already eaten"), or an adjective of the state the phrase's
  verb brings about: the verb's own, when the phrase opens with a verb made from an
  adjective ("tidy the playroom, it's tidy already"), or its result in the lexicon ("fill
  the bath, it's full already"). The subject may be the phrase's noun said bare, a name
  whose "'s" the recogniser writes into it ("feed corrie, corrie's been fed"), or, with
  "already", another definite noun said to be in that result ("pump the water, the tank's
  full already"). The statal passive and the particle as complement of "be" state the
  result of an action (Quirk et al. 1985, 3.74-3.79 and 16.2): to ask for what holds is
  no request (Searle 1969, 3.4: a directive's preparatory
  condition is that the act is not done already). Left alone: a state of another word
  ("heating on, it's off", "bath time, they're covered in mud"), an -ing form or an
  adjective of the object's need ("water the plants, they're wilting", "walk the dog,
  he's desperate"), a state no result of the verb ("empty the bins, they're full
  already", a reason), the phrase said again ("lights on, lights on!"), and the speaker's
  state unless "already" says it holds ("wake up, we're up already"; not "lock up, we're
  off to bed").
- **fault found with it** (:func:`faulted`): a verb of dislike with a pro-form object
  ("the kids hate it", "i can't stand that one"), nobody liking it or its liking negated
  ("nobody likes it", "we don't enjoy it"), a pro-form subject and "be" before a predicate
  of negative appreciation ("that's useless", "it's rubbish", "that routine is way too
  loud"), or one that never works ("it never works", "that doesn't work"): negative affect
  and appreciation (Martin & White 2005, "The Language of Evaluation", 2.2-2.4) are
  expressives, which state an attitude to a state of affairs and ask for nothing (Searle
  1975). Left alone: a dislike of a thing of the clause's own ("i hate mondays"), a
  liking ("the kids love it"), and "it" of the weather before "too" or a place ("heating
  on, it's too cold", "it's awful out").
- **doubt of it** (:func:`doubted`): an alternative question whose other term is "not"
  or another question ("lights off, or not?", "..., or is it too late?", "..., or what do
  you reckon?", "..., or how does that sound?"; Quirk et al. 1985, 11.20 on "or not" that
  leaves the matter open, 11.21 on alternative questions), one said as its two terms
  ("yes or no?", "good idea or not?"), a tag asking the hearer to confirm ("right?",
  11.8 on invariant tags), a question of obligation or
  necessity ("should it be?", "must we?", "do i have to?", "do we need it?": 4.58 on
  "should" and 4.54 on "need" and "have to" in questions, which ask whether the act is
  right or needed), or of advisability ("is that wise?", "is it worth it?"). A yes-no
  question leaves the matter open (11.5), so the speaker does not yet ask for it. Left
  alone: "shall we?" after it ("coffee time, shall we?"), the tag of a proposal the
  speaker makes and invites the listener into (4.57 on "shall" with a first person in
  questions, an offer or a suggestion; 11.26 on "let's ..., shall we?"), "ok?", "yeah?",
  which put a proposal, and "or what", "or else", "or what else", which press the request.

A fourth shape points back at the phrase only by its time: a verbless echo question of
its circumstance ("goodbye house? at this hour?": :func:`echoed_in_wonder`); a function
word another phrase taught ("this" of "steps this week") does not make it say which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._words import stem
from teachapp.understanding.copula import FINITE
from teachapp.understanding.normalize import bundled_section, tokens

__all__ = ["doubted", "echoed_in_wonder", "faulted", "heard_pause", "holds_already",
           "pointed_back"]

POINTING = frozenset({"it", "they", "she", "he", "that", "this", "those", "these", "them"})
"""Pro-forms that may take the request or the thing it acts on for antecedent (Quirk et
al. 1985, 12.8): the cat of "feed the cat" may be "she"."""
SPEAKERS = frozenset({"i", "we"})
OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "all"})
"""What opens a noun phrase that names the phrase's own thing ("the cat's been fed")."""
STATE_OPERATORS = frozenset({"is", "are", "am", "was", "were", "has", "have", "had", "been",
                             "all", "just", "still", "now", "both", "already", "properly",
                             "definitely", "totally", "completely"})
"""Operators of "be" and "have" and adverbs said before the predicate of a state."""
POSSESSIVES = frozenset({"his", "her", "their", "its", "one", "theirs", "hers"})
"""What follows "had" of an event taken already ("he's had his walk", "they've had one")."""
DEGREE = frozenset({"so", "really", "way", "far", "just", "absolutely", "totally",
                    "utterly", "completely", "pretty", "bloody", "well", "actually",
                    "still", "always", "quite"})
"""Adverbs of degree said before a predicate (Quirk et al. 1985, 7.56)."""
COPULAS = FINITE
"""The finite forms of "be" (:data:`copula.FINITE`), after the subject pointed back with
("that one was too loud") or opening a question ("is it a good idea")."""
NEGATED = frozenset({("does", "not"), ("do", "not"), ("did", "not"), ("will", "not"),
                     ("never",), ("is", "not"), ("are", "not")})
WORKING = frozenset({"work", "works", "working", "worked"})
MODALS_OF_DOUBT = frozenset({"should", "must", "need", "ought", "shouldnt"})
"""Modals of obligation and necessity that ask whether the act is right or needed (Quirk
et al. 1985, 4.54-4.58); not "shall", of an offer or a proposal (4.57)."""
DO = frozenset({"do", "does", "did"})
QUESTION_SUBJECTS = POINTING | SPEAKERS | {"you"}
OPERATORS = frozenset({"is", "are", "am", "was", "were", "do", "does", "did", "should",
                       "shall", "must", "would", "will", "can", "could", "might", "may"})
PRESSING = frozenset({"what", "else", "something", "whatever", "anything"})
"""What after "or" presses or widens the request ("or what", "or else", "or something")."""
ADVERBS_AFTER = frozenset({"already", "still", "now", "anyway", "again", "enough", "both",
                           "all", "too", "thanks", "today", "tonight", "though"})
"""Adverbs that may follow an adjective of the state ("it's tidy enough already"): no
noun, so "party mode, it's party time already" says nothing of a state."""
NO = frozenset({"not", "no", "nah", "nope", "nay"})
"""The negative term of an alternative question ("or not?", "yay or nay?")."""
POLAR = NO | {"yes", "yeah", "yep", "aye", "yay", "right", "wrong", "good", "bad", "true",
              "false"}
"""Single words that make the two terms of a yes-no alternative ("yes or no?", "right or
wrong?")."""
WH = frozenset({"what", "how", "which", "who", "where", "why", "when"})
ASKING_ON = frozenset({"about", "say", "you", "would", "is", "are", "do", "does"})
"""What may follow a wh-word after "or" in a question of its own: an operator, or "how
about", "what say you"."""
AFTER_DOUBT = frozenset({"be", "really", "to", "do", "it", "that", "this", "now", "yet",
                         "tonight", "today", "on", "off", "again", "even", "actually",
                         "though", "not", "honestly", "bother"})
"""Words that may end a question of obligation ("should it be on now", "must we really")."""


class _Pointed:
    """The lexicon's ``pointed_back`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        def phrases(name: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(tokens(str(w))) for w in raw.get(name) or ())

        self.particles = words("result_particles")
        self.completed = words("completed")
        self.participles = {a.strip(): b.strip() for a, _, b in (
            str(w).partition(":") for w in raw.get("participles") or ())}
        self.results: dict[str, frozenset[str]] = {}
        for entry in raw.get("results") or ():
            verb, _, adjectives = str(entry).partition(":")
            self.results[stem(verb.strip())] = frozenset(adjectives.split())
        self.state_after = words("state_after")
        self.disliking = phrases("disliking")
        self.liking = words("liking")
        self.nobody = phrases("nobody")
        self.faults = phrases("faults")
        self.routine_nouns = words("routine_nouns")
        self.advisability = phrases("advisability")
        self.certainty = words("certainty")
        self.openers = words("circumstance_openers")
        self.times = words("circumstance_nouns")
        self.time_adverbs = phrases("time_adverbs")
        self.incredulity = phrases("incredulity")


@lru_cache(maxsize=1)
def _pointed() -> _Pointed:
    return _Pointed(bundled_section("pointed_back") or {})


def _starts(words: Sequence[str], k: int, group: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest member of ``group`` said at ``words[k]``, or 0."""
    return max((len(g) for g in group if tuple(words[k:k + len(g)]) == g), default=0)


def _pointed_subject(words: Sequence[str], phrase: Sequence[str]) -> int:
    """Where a subject that points back at the request or its thing ends: a pro-form, or a
    determiner and a noun of the phrase ("the cat", "all the doors"), or 0."""
    if not words:
        return 0
    if words[0] in POINTING:
        k = 1
        if k < len(words) and words[k] in _pointed().routine_nouns:
            k += 1  # ("that routine", "this one")
        return k
    k = 0
    while k < len(words) and words[k] in OBJECT_DETERMINERS and k < 2:
        k += 1
    if k < len(words) and stem(words[k]) in phrase and (k or (
            words[k] not in VERBAL and words[k] not in _pointed().particles)):
        # (with a determiner, "the cat"; or bare, a name or "everything" of the phrase:
        # "feed corrie, corrie's been fed")
        return k + 1
    return 0


def _of_phrase(word: str, phrase: Sequence[str]) -> bool:
    """Whether ``word`` is the participle of a verb of the phrase ("locked" of "lock up",
    "fed" of "feed the cat")."""
    plain = _pointed().participles.get(word)
    if plain is not None:
        return stem(plain) in phrase
    if len(word) < 5 or not word.endswith("ed"):
        return False
    root = word[:-2]
    return any(stem(r) in phrase for r in (root, root + "e", word[:-1],
                                           root[:-1] if root[-1:] == root[-2:-1] else root,
                                           root[:-1] + "y" if root.endswith("i") else root))


def _result_of(word: str, verb: str | None, own: bool = True) -> bool:
    """Whether ``word`` is an adjective of the state the phrase's ``verb`` brings about:
    the verb's own adjective ("tidy", "clean", "dry", "warm": verbs made from adjectives,
    Quirk et al. 1985, I.31 on conversion; only when ``own``) or a result the lexicon
    gives it ("fill": "full", "boil": "hot"; Levin 1993, 45.4 on change of state)."""
    if verb is None or not word.isalpha() or word in STATE_OPERATORS:
        return False
    return (own and word == verb) or word in _pointed().results.get(verb, ())


def _other_subject(words: Sequence[str], phrase: Sequence[str], verb: str | None) -> int:
    """Where a definite subject of another noun ends when what it is said to be is a
    result of the phrase's verb ("pump the water, the tank's full already", "boil the
    kettle, the water's hot already"): the thing the request acts on named otherwise,
    read only with "already"; or 0."""
    if len(words) < 3 or words[0] not in OBJECT_DETERMINERS or not words[1].isalpha():
        return 0
    k = 2
    while k < len(words) and words[k] in STATE_OPERATORS:
        k += 1
    if k < len(words) and (_result_of(words[k], verb, own=False)
                           or _of_phrase(words[k], phrase)):
        return 2
    return 0


def holds_already(words: Sequence[str], phrase: Sequence[str],
                  verb: str | None = None) -> bool:
    """Whether the clause ``words`` says what the phrase (its stems) asks for holds
    already (see the module docstring); ``verb``: the phrase's first word when it may be
    a verb (said in its plain form, "tidy the playroom"; not "lights off")."""
    told = _pointed()
    already = "already" in words
    k = _pointed_subject(words, phrase)
    if not k and already:
        k = _other_subject(words, phrase, verb)
    if not k:
        if not (already and words[:1] and words[0] in SPEAKERS):
            return False
        k = 1
    start = k
    while k < len(words) and words[k] in STATE_OPERATORS:
        k += 1
    # (a noun's "'s" is written into it, "the kettle's" heard "kettles": its "is")
    glued = words[start - 1] != stem(words[start - 1]) and words[0] not in POINTING
    if (k == start and not glued) or k >= len(words):
        return False  # (a subject with no "be" nor "have": "it works")
    word, rest = words[k], words[k + 1:]
    if _result_of(word, verb) and all(w in ADVERBS_AFTER for w in rest):
        # (an adjective the phrase's verb brings about: "tidy the playroom, it's tidy
        # already", "fill the bird bath, it's full already")
        return already or words[0] not in SPEAKERS
    if words[k - 1] == "had" and word in POSSESSIVES:
        # (an event taken already: "he's had his walk", "they've had one")
        rest = [w for w in rest if stem(w) not in phrase]
        state = True
    elif word in told.particles:
        # (with "already", a particle said of a phrase that has none: "garden lights,
        # they're on already")
        state = stem(word) in phrase or (already and told.particles.isdisjoint(phrase))
    elif word in told.completed or _of_phrase(word, phrase):
        state = True
    else:
        past = (len(word) >= 5 and word.endswith(("ed", "en", "ing"))) or (
            word in told.participles)
        state = already and past
    if not state or not all(w in told.state_after for w in rest):
        return False
    # (the speaker's own state only with "already": "we're up already"; not "we're off")
    return already or words[0] not in SPEAKERS


def faulted(words: Sequence[str]) -> bool:
    """Whether the clause ``words`` finds fault with the request it points back at (see
    the module docstring)."""
    told = _pointed()
    n = len(words)
    for k in range(n):
        size = _starts(words, k, told.disliking)
        if size and k > 0:
            obj = words[k + size:]
            if obj[:1] and obj[0] in POINTING and _only_routine(obj[1:]):
                return True  # ("the kids hate it", "i can't stand that one")
        if words[k] in told.liking and k + 1 < n and words[k + 1] in POINTING and (
                _only_routine(words[k + 2:])):
            before = words[:k]
            if _starts(before, 0, told.nobody) or (
                    "not" in before or "never" in before):
                return True  # ("nobody likes it", "we don't enjoy it")
    if not words or words[0] not in POINTING:
        return False
    k = 1
    if k < n and words[k] in told.routine_nouns:
        k += 1
    subject = words[:k]
    for neg in NEGATED:
        at = k
        while at < n and words[at] in DEGREE:
            at += 1
        if tuple(words[at:at + len(neg)]) == neg:
            tail = words[at + len(neg):]
            if tail[:1] and tail[0] in WORKING and all(
                    w in ("properly", "anymore", "right", "again", "at", "all")
                    for w in tail[1:]):
                return True  # ("it never works", "that doesn't work properly")
    if k >= n or words[k] not in COPULAS:
        return False
    k += 1
    while k < n and words[k] in DEGREE:
        k += 1
    rest = words[k:]
    size = _starts(words, k, told.faults)
    if size:
        return len(rest) == size or (subject != ["it"] and all(
            w in AFTER_DOUBT for w in rest[size:]))
    # ("that routine is way too loud": a degree of excess, not said of the prop "it")
    return subject != ["it"] and rest[:1] == ["too"] and 2 <= len(rest) <= 3


def _only_routine(words: Sequence[str]) -> bool:
    return all(w in _pointed().routine_nouns or w in DEGREE or w in (
        "much", "anymore", "now", "either") for w in words)


def _asked_after_or(rest: Sequence[str]) -> bool:
    """Whether what follows "or" is a wh-question of its own, which turns the request
    into a question put to the hearer ("or what do you reckon", "or what's your view",
    "or how about later"; Quirk et al. 1985, 11.21 on alternative questions). "or what"
    and "or what else" alone press the request instead."""
    k = 1
    while k < len(rest) and rest[k] in PRESSING:
        k += 1  # ("or what else could we do")
    return (len(rest) > k and rest[0] in WH
            and (rest[k] in OPERATORS or rest[k] in ASKING_ON))


def _polar_alternative(words: Sequence[str]) -> bool:
    """Whether ``words`` are a yes-no question said as its two terms, "yes or no", "right
    or wrong", or a short one with "or not" ("good idea or not"; Quirk et al. 1985, 11.20)."""
    at = words.index("or")
    before, after = words[:at], words[at + 1:]
    return (len(after) == 1 and after[0] in NO and len(before) <= 3) or (
        len(before) == 1 and len(after) == 1 and before[0] in POLAR and after[0] in POLAR)


def doubted(words: Sequence[str]) -> bool:
    """Whether the clause ``words`` asks whether the request should be made at all (see
    the module docstring)."""
    if not words:
        return False
    told = _pointed()
    first, rest = words[0], list(words[1:])
    if first == "or":
        while rest and rest[0] in ("maybe", "perhaps", "possibly"):
            rest.pop(0)
        if _asked_after_or(rest):
            return True  # ("or what do you reckon", "or how does that sound")
        if not rest or rest[0] in PRESSING:
            return False
        # ("or not", "or no", "or better not"; "or is it too late", "or should i")
        return (rest[0] in NO or rest[0] in OPERATORS
                or (len(rest) <= 3 and rest[-1] in NO and rest[0] != "if"))
    if "or" in words[1:-1] and _polar_alternative(words):
        return True  # ("yes or no", "good idea or not", "right or wrong")
    if first in MODALS_OF_DOUBT:
        return (bool(rest) and rest[0] in QUESTION_SUBJECTS and len(rest) <= 5
                and all(w in AFTER_DOUBT or w in QUESTION_SUBJECTS for w in rest[1:]))
    if first in DO and rest and rest[0] in QUESTION_SUBJECTS:
        tail = [w for w in rest[1:] if w not in ("really", "actually", "even", "honestly")]
        # ("do i have to", "do we need it", "do we really need that")
        return tail[:2] == ["have", "to"] or (
            tail[:1] == ["need"] and all(w in AFTER_DOUBT or w in POINTING for w in tail[1:]))
    if (first in COPULAS and rest[:1] == ["you"]) or first == "you":
        # ("are you sure?", "you sure about that?": the hearer's certainty asked about
        # the request, which is not yet asked for; Quirk et al. 1985, 11.5)
        tail = rest[1:] if first in COPULAS else rest
        return bool(tail) and tail[0] in told.certainty and all(
            w in AFTER_DOUBT or w in POINTING or w == "about" for w in tail[1:])
    if first in COPULAS | {"would", "will"} and rest and rest[0] in POINTING:
        k = 1
        while k < len(rest) and rest[k] in DEGREE | {"be", "not"}:
            k += 1
        size = _starts(rest, k, told.advisability)
        return bool(size) and all(w in AFTER_DOUBT for w in rest[k + size:])
    return False


CONFIRMING = frozenset({("right",), ("correct",), ("am", "i", "right")})
"""A tag said with "?" that asks the hearer to confirm what was said ("walk the dog,
right?"; Quirk et al. 1985, 11.8 on invariant tags): a question, no request; not "ok?",
"yeah?", "alright?", which put a proposal to the hearer."""
VERBAL = OPERATORS | {"i", "we", "you", "he", "she", "they", "have", "has", "had", "it"}
"""Words that give a piece a subject or a verb of its own: no verbless fragment."""
LONGEST_FRAGMENT = 6
CIRCUMSTANCE_DETERMINERS = frozenset({"this", "that", "a", "an", "these", "such", "the"})
ALONE_WONDER = frozenset({("really",), ("seriously",), ("honestly",), ("what",)})
"""Formulas of incredulity that are emphasis even after the request echoed when said
without a question mark ("lights on? really, now"); the longer ones are incredulous
there however written ("tidy up time? you're joking")."""


def echoed_in_wonder(words: Sequence[str], asked: bool, echoed: bool,
                     phrase: Sequence[str], taught: Callable[[str], bool]) -> bool:
    """Whether a piece said after the phrase wonders at the request: a formula of
    incredulity ("you're joking", "really?"), a verbless question of its circumstance
    ("at this hour?", "in july?"), or, after the phrase itself echoed with "?", a
    question of its time ("coffee time? already?"). ``asked``: the piece ends in "?";
    ``echoed``: so does the phrase. A word another phrase taught in it says which or
    where ("lights on? in the kitchen?"), and a number when ("bath time? at 7?")."""
    told = _pointed()
    said = tuple(words)
    if said in told.incredulity and (asked or (echoed and said not in ALONE_WONDER)):
        return True
    if not asked or not said or len(said) > LONGEST_FRAGMENT or any(
            not w.isalpha() or (taught(w) and stem(w) not in phrase and len(w) > 3
                                and w not in CIRCUMSTANCE_DETERMINERS
                                and w not in told.openers and w not in told.times)
            for w in said):
        return False
    if said in told.time_adverbs:
        return echoed
    # (a determiner or a time names the circumstance: "at this hour?", "in july?"; not
    # "with me?", "on board?", which ask the listener's consent)
    return (said[0] in told.openers and len(said) > 1 and VERBAL.isdisjoint(said)
            and (not CIRCUMSTANCE_DETERMINERS.isdisjoint(said) or said[-1] in told.times))


_PAUSE = re.compile(r"[,;:!?.\u2026]")
_PIECE = re.compile(r"([^,;:!?.\u2026]+)([,;:!?.\u2026]*)")


def heard_pause(text: str) -> bool:
    """Whether ``text`` (in any case) has a pause in it, without which no piece is said
    after the phrase: most requests, one scan."""
    return _PAUSE.search(text) is not None


def pointed_back(read: RunRead) -> str | None:
    """Why a request that would run its phrase asks for nothing, by a piece said after
    the phrase that points back at it: "question" for doubt ("..., should it be?"),
    "opinion" for the rest (see the module docstring); None when no piece does (most
    requests have no pause in them: one scan)."""
    text, lexicon, taught = read.text, read.lexicon, read.taught
    if not read.phrase or not heard_pause(text):
        return None
    said_phrase, phrase = read.phrase_words, read.phrase_stems
    # (a first word in its plain form, before more, may be the phrase's verb)
    verb = (said_phrase[0] if len(said_phrase) > 1 and said_phrase[0] == phrase[0]
            and said_phrase[0] not in lexicon.function_words else None)
    pieces = [(tokens(m.group(1), lexicon), "?" in m.group(2))
              for m in _PIECE.finditer(text)]
    pieces = [(w, a) for w, a in pieces if w]
    if len(pieces) < 2:
        return None
    # (the piece that says the phrase: the one with most of its words, or, misheard,
    # words begun with one of them, "startthe moody" of "start the movie")
    said = [sum(1 for t in w if stem(t) in phrase and t not in lexicon.function_words)
            for w, _ in pieces]
    if not any(said):
        said = [sum(1 for t in w if any(len(p) >= 4 and t.startswith(p) for p in phrase))
                for w, _ in pieces]
        if not any(said):
            return None
    at = said.index(max(said))
    echoed = pieces[at][1]
    after = pieces[at + 1:]
    for n, (words, asked) in enumerate(after):
        if words == ["or"] and n + 1 < len(after):
            words = words + after[n + 1][0]  # ("movie night, or, what do you think?")
        if len(words) > 1 and words[0] in ("so", "but", "and"):
            words = words[1:]  # (a connective before it: "lights on, so it's already on")
        if doubted(words) or (asked and tuple(words) in CONFIRMING):
            return "question"
        # (the phrase said again, for emphasis, is no state: "lights on, lights on now!",
        # "laundry is done, laundry is done"; "everything's off" is, its "'s" written in)
        again = all(w in said_phrase or w in _pointed().state_after for w in words)
        if ((not again and holds_already(words, phrase, verb)) or faulted(words)
                or echoed_in_wonder(words, asked, echoed, phrase, taught)):
            return "opinion"
    return None
