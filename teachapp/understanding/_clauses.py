"""A taught phrase said as a clause of its own beside clauses that ask for nothing: "lights
out, we're heading out", "bin rota because it's late", "dog walk, ugh, dog walk", "shop
bell, for real", "steriliser on, d'ya hear?", "yoga time, i'm sooo tired".

People wrap a request in clauses of their own: a reason, an aside, a tag question, an
emphatic repeat (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
on comment clauses, tag questions and reason clauses; Biber et al. 1999, "Longman Grammar
of Spoken and Written English", on add-ons and tags in conversation). Lists of such
wrappers never end, but their shape is general: when what is said parts at a pause, a
clause joiner ("because", "cos", "as", "since", "so") or a "when" of the listener's
convenience ("... when you surface") into clauses, one of them is a
taught phrase said exactly (free words aside), and every other clause

- holds no cue (a negation, a cancellation, a question, the past or a story, someone
  else's words, a command about a routine: "movie night, she said", "movie night, we
  watched it"), an -ed word reading as the past included (but "i'm so tired", a state of
  the speaker, is none); beside a phrase said exactly, only a cue that bears on the
  request counts, not one of the clause's own subject and verb ("i was wondering", "don't
  dawdle", "brakes applied": :mod:`_cue_scope`);
- names no taught word, device, room, time, weekday or number (it would say which, when
  or another request: "movie night, kitchen too", "movie night, at 8"), and, of two words
  or more, opens with a subject, a joiner or a function word ("we're ...", "because ...",
  "for real"), not a verb ("movie night, play some jazz", "text jane, movie night"); beside
  a phrase said exactly, a noun subject with its verb ("bass is pumping"), a thing and its
  state ("gloves on"), a negated imperative, an exclamative or a vocative of praise
  ("good helper") is no request either (:mod:`_cue_scope`);
- takes nothing back, said last ("movie night, scratch that");
- or is a tag question after it ("..., won't you?", "..., d'ya hear?", "..., isn't it");
- or is the phrase begun and broken off before it is said whole ("disarm, to rephrase,
  disarm the alarm"),
- or is said to someone else in the room, a vocative and its directive or thanks ("...
  and ollie, fetch me the paperclips", "..., thanks for the postcard, ruth":
  :mod:`_addressed`),

then the request is that phrase. The phrase said in two clauses ("X. X!") is one request;
two different phrases are not read here. Once per utterance, after the taught phrase said
exactly and the call around it (:mod:`_around`) found nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from teachapp.understanding._addressed import addressed_clauses
from teachapp.understanding._after_own import (
    called_from,
    carried,
    ceased_own,
    joined_within,
    loose_joiners,
)
from teachapp.understanding._body_moved import body_moved
from teachapp.understanding._carriers import HEADS, REPAIRS, WEEKDAYS, has_cue
from teachapp.understanding._clause_shape import (
    POSSESSIVES,
    courteous_clause,
    joined_cuts,
    shape_frees,
)
from teachapp.understanding._cue_scope import (
    compound_state,
    dummy_reason,
    negated_imperative,
    noun_state,
    opens_own,
    own_cues,
    own_state,
    praised,
)
from teachapp.understanding._degree_adjective import degree_adjective, how_graded
from teachapp.understanding._embedded_question import embedded_wh
from teachapp.understanding._joined_aside import CONNECTIVES, joined_frees
from teachapp.understanding._listeners_own import listeners_own
from teachapp.understanding._negative_tags import exclamatory_question, tag_of
from teachapp.understanding._off_place import off_place
from teachapp.understanding._over_complement import governs
from teachapp.understanding._scene_remark import scene_remark, scene_word
from teachapp.understanding._second_request import (
    opens_next,
    request_then,
    second_request,
)
from teachapp.understanding._stopping_noun import NOUNS_OF_STOPPING, headed_noun
from teachapp.understanding._thing_moved import moved_thing
from teachapp.understanding._thing_struck import struck_thing
from teachapp.understanding._told import dismissed_wish, narrated, told_back
from teachapp.understanding._words import stem
from teachapp.understanding.conjunctions import REASON, REASON_RESPELT, additive
from teachapp.understanding.copula import FINITE, NONFINITE, PRESENT
from teachapp.understanding.normalize import (
    Lexicon,
    bundled_section,
    courteous_at,
    courteous_span,
    tokens,
)

__all__ = ["JOINERS", "aside", "clause_phrase", "complex_joined", "request_word_said",
           "split_clauses"]

JOINERS = REASON | REASON_RESPELT | {"before", "while"}
"""Words that open a clause giving a reason, a result or a time ("... because it's late",
"... cos we're back", "... so i can sleep", "... before i forget"): English
subordinators of reason and time (Quirk et al. 1985, 14.12) and their spoken forms. Of
time only "before" and "while" ("... before i forget", "... while we wait"): the others of
:data:`.conjunctions.TEMPORAL` were never listed here."""

COMPLEX_JOINERS = frozenset({("seeing", "as"), ("seeing", "that"), ("given", "that"),
                             ("now", "that"), ("considering", "that"), ("so", "that"),
                             ("in", "case"), ("provided", "that"), ("providing", "that"),
                             ("except", "that")})
"""Joiners of two words ("... seeing as it's chilly", "... now that we're back"): the
complex subordinators of Quirk et al. 1985, 14.12."""
_COMPLEX_FIRST = frozenset(first for first, _ in COMPLEX_JOINERS)

SUBJECTS = frozenset({"i", "we", "you", "it", "they", "he", "she", "there", "the", "my",
                      "our", "your", "everyone", "nobody", "this", "that"})
"""Words that open a clause's subject: a joiner parts clauses only before one ("... cos
we're back"; "i'm so tired" and "as usual" are one clause)."""
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "this", "that", "these",
                         "those", "his", "her", "their", "some"})
FIRST_PERSON_LET = frozenset({("let", "me"), ("let", "us")})
"""The first-person imperative ("let me think", "let's see"): the speaker speaking of
themselves (Quirk et al. 1985, 11.26), not a request."""
AUXILIARIES = frozenset({"is", "are", "am", "was", "do", "does", "can", "could", "will",
                         "would", "wo", "shall", "should", "have", "has", "may", "might",
                         "must", "innit", "dya", "dyou", "ya"})
"""Operators that open a tag question ("..., can you?", "..., won't you?", "..., isn't
it"; "d'ya", "d'you" as a recogniser writes them)."""
PRONOUNS = frozenset({"you", "ya", "ye", "we", "it", "i", "they", "he", "she", "yer", "u"})
"""Subjects of a tag question."""
STATE_OF_SPEAKER = (("i", "am"), ("we", "are"), ("you", "are"))
"""A clause that opens so says how the speaker is ("i'm so tired", "we're shattered"), or
the listener on a call ("you're pixelated", "you're muted"): its -ed word is an adjective
after the present of "be" (Quirk et al. 1985, 3.74 on participial adjectives), not the
past."""
TAG_VERBS = frozenset({"hear", "see", "know", "mind", "agree", "reckon", "think", "get",
                       "understand", "right", "true", "so"})
"""Verbs a tag question may end in ("d'ya hear?", "you know?", "d'you mind?"), and the
predicates of a tag that asks for agreement ("isn't that right", "is that so"); any other
word asks something ("is it on?")."""
TAG_SUBJECTS = PRONOUNS | {"that", "this"}
"""Subjects of a tag question, the demonstratives of "isn't that right" included."""
PARTICLES = frozenset({"out", "up", "down", "back", "away", "about", "around", "along", "in"})
"""Adverb particles of phrasal verbs ("we're heading out", "we're back"): after another
word they finish its verb, and say no taught phrase's thing even when one has them."""
SPEAKERS = frozenset({"i", "we"})
"""Subjects that make a statement of a command word ("before i forget")."""
COPULAS = FINITE
"""A clause that holds one says how a thing is ("cool breeze is on, right"): a statement
or a question about state, not a request said misheard; it is never read alone."""
AFTER_BE = NONFINITE
"""An -ed word after one of these is an adjective or a passive ("i'd be delighted", "that'd be
appreciated"), not the past tense (Quirk et al. 1985, 3.74 on participial adjectives): the
past is said by the -ed form alone ("we watched it") or a past auxiliary, a cue ("was",
"had")."""
OWN_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their"})
REFERRING = frozenset({"it", "its", "that", "this", "these", "those", "them", "one", "ones",
                       "he", "she", "they", "him", "we", "us", "i", "me", "you"})
"""Pronouns a clause could point back at the phrase or its people with."""
ENDED = frozenset({("over",), ("done",)})
"""Cues of a routine ended ("bath time's over"): in a clause with a subject of its own
(:func:`_own_subject`) they say that subject ended ("my shift's over"), as an -ed word there
says what it did ("the postie's dropped by"), not what became of the phrase."""
OWN_ENDINGS = frozenset({"end", "ends", "finish", "finishes", "stop", "stops"})
ENDS_OF_ITS_OWN = frozenset({"ends", "finishes", "stops", "closes", "concludes", "over"})
"""The third person of a verb of ending after a bare noun ("announcement ends", "message
ends", "broadcast over"): a subject and its verb, that subject ending (the closing formulae
of announcements and radio talk), no cancellation of the phrase beside it; a cancellation
is said in the imperative ("..., end it", "stop")."""
ADJUNCT_PREPOSITIONS = frozenset({"between", "during", "amid", "amidst", "mid", "throughout",
                                  "among", "amongst", "despite", "mid-way", "midway"})
"""Prepositions that open an adjunct of circumstance ("..., between reps", "during the
adverts, ...", "..., mid workout"): the clause says what goes on around the speaker, not
when the phrase should run (Quirk et al. 1985, 9.7 and 8.50 on adjuncts of time-
relationship and circumstance); not "after", "until", "before", which may say when."""
TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning", "re"})
"""Prepositions that, before a determiner, open an adjunct of subject matter ("..., about
the boiler", "re your order, ..."): the clause names what the talk is about, a caller's or a
message's, not a second thing asked for, so a device or appliance named there (a head of
:data:`HEADS`) is the topic's (Quirk et al. 1985, 9.55 on "about" of subject matter); a
word the home taught still counts. Without a determiner "about" is an adverb of degree or
time ("about ten", "about time")."""
"""Verbs of ending that, in a clause with a subject of its own, say that subject ends
("before the adverts end"), not that the phrase is cancelled."""
WHEN = frozenset({"today", "tonight", "tomorrow", "later", "soon", "early", "morning",
                  "afternoon", "evening", "night", "weekend", "week", "month", "year",
                  "next", "this"})
"""Time words that say when in a clause of the speaker's plans (:func:`_plan`): there they
say when the speaker goes or does something, not when the phrase should run ("we're
driving to cornwall tomorrow, lights off")."""
PLAN_PREPOSITIONS = frozenset({"on", "onto", "to", "into", "at"})
"""Prepositions of where the speaker goes in a clause of their plans ("we're hopping on the
ferry", "i'm going to the allotment"): there a taught word ("on") says nothing of the
phrase; the -ing verb is the speaker's too ("going", taught in "get the stove going")."""
BE_PRESENT = PRESENT
DEPARTING = frozenset({"to", "out", "home", "now"})
"""After "be" and "off", the words of going (OED "off", adv., "be off": to leave, "i'm off
to the chemist", "we're off out"): there "off" says where its subject goes, no
cancellation of the phrase beside it."""
LONGEST_CLAUSE = 8
"""Most words in a clause beside the phrase (a longer one says more than an aside)."""
OBJECTS = frozenset({"me", "us", "you", "him", "her", "them"}) | DETERMINERS
"""Words that open the object of a preposition ("on me", "on the landline")."""
INVERTED = frozenset({"do", "does"})
"""Operators that ask a question only when they open it (subject-operator inversion,
Quirk et al. 1985, 11.5): after another word they state ("easy does it", "so do i")."""


class _Asides:
    """The lexicon's ``asides`` section (see :func:`_counted`)."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        self.occasions = words("occasions")
        self.ordinals = words("ordinals")


class _Calls:
    """The lexicon's ``announcing`` section (see :func:`_group_called`)."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        self.announcing = words("summons")
        self.groups = words("groups")


@lru_cache(maxsize=1)
def _calls() -> _Calls:
    return _Calls(bundled_section("announcing") or {})


@lru_cache(maxsize=1)
def _asides() -> _Asides:
    return _Asides(bundled_section("asides") or {})

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]


def split_clauses(toks: Sequence[str], breaks: frozenset[int]) -> list[range]:
    """The utterance's clauses: parted after each pause and before each joiner (a joiner of
    two words, "seeing as", as one)."""
    joins = {k for k in range(1, len(toks) - 1)
             if toks[k] in JOINERS and toks[k + 1] in SUBJECTS}
    if not _COMPLEX_FIRST.isdisjoint(toks):
        for k in range(1, len(toks) - 2):
            if tuple(toks[k:k + 2]) in COMPLEX_JOINERS and toks[k + 2] in SUBJECTS:
                joins.discard(k + 1)
                joins.add(k)
    if "when" in toks:
        # (a condition of the listener's convenience is a clause of its own: "make coffee
        # when you surface"; a "when" of fact is none, "lights off when i'm in bed")
        joins.update(k for k in range(1, len(toks) - 1)
                     if toks[k] == "when" and courteous_at(toks, k))
    cuts = sorted({b + 1 for b in breaks} | joins)
    out, start = [], 0
    for cut in (*cuts, len(toks)):
        if cut > start:
            out.append(range(start, cut))
            start = cut
    return out


def complex_joined(toks: Sequence[str]) -> bool:
    """Whether a joiner of two words is said ("given that", "now that")."""
    return not _COMPLEX_FIRST.isdisjoint(toks) and any(
        tuple(toks[k:k + 2]) in COMPLEX_JOINERS for k in range(len(toks) - 1))


SOUNDS_ON = 70
"""The least :func:`rapidfuzz.fuzz.ratio` of the word said after "and" to the longer
phrase's next word for the longer phrase to be heard going on ("choral"/"coral" 91)."""


def _longer_after_and(toks: Sequence[str], clause: range, key: tuple[str, ...],
                      exact: Exact) -> bool:
    """Whether the clause's phrase is followed by "and" and a longer taught phrase goes on
    with it ("message sol" and "message sol and coral"): the words after may be the rest
    of that phrase, misheard, so the shorter phrase is no clause of its own (a nested
    phrase goes to the complete match), when the word after "and" is near the longer
    phrase's next word in spelling (:data:`SOUNDS_ON`: "choral" of "coral", not "marnie"
    of "ollie")."""
    if clause.stop + 1 >= len(toks) or toks[clause.stop] != "and":
        return False
    lead, next_said = (*key, "and"), stem(toks[clause.stop + 1])
    return any(len(other) > len(lead) and other[:len(lead)] == lead
               and fuzz.ratio(other[len(lead)], next_said) >= SOUNDS_ON
               for other in exact)


def _phrase_in(toks: Sequence[str], stems: Sequence[str], free: Sequence[bool],
               clause: range, exact: Exact) -> tuple[str, ...] | None:
    """The longest taught phrase the clause says exactly, free words aside."""
    said = [k for k in clause if not free[k]]
    if not said:
        # (a phrase of free words only, said whole: "morning everyone")
        key = tuple(stems[clause.start:clause.stop])
        return key if key in exact else None
    for i in range(clause.start, said[0] + 1):
        for j in range(clause.stop, said[-1], -1):
            key = tuple(stems[i:j])
            if key in exact:
                return key
    return None


def _tag(words: Sequence[str]) -> bool:
    """Whether ``words`` are a tag question: an operator, "not" maybe, a subject and at
    most one of :data:`TAG_VERBS` ("can ya", "is not it", "d'ya hear", "won't you")."""
    if not words or words[0] not in AUXILIARIES or len(words) > 4:
        return False
    rest = list(words[1:])
    if rest and rest[0] == "not":
        rest.pop(0)
    if rest and rest[0] in TAG_SUBJECTS:
        rest.pop(0)
    elif words[0] not in ("innit", "dya", "dyou", "ya"):
        return False
    return not rest or (len(rest) == 1 and rest[0] in TAG_VERBS)


def _false_start(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``words`` begin the phrase's words, the last maybe cut off ("washing" of
    "washing machine finished", "disarm" of "disarm the alarm")."""
    if not words or len(words) >= len(phrase):
        return False
    *whole, last = words
    return list(whole) == list(phrase[:len(whole)]) and phrase[len(whole)].startswith(last)


def _retracts(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` open with an editing term ("scratch that", "no wait"): said last,
    it takes back what came before it."""
    terms, longest = lexicon.self_repairs, lexicon.longest_self_repair
    return any(tuple(words[:n]) in terms for n in range(1, longest + 1))


def _opens_clause(said: Sequence[str], lexicon: Lexicon, lead: bool) -> bool:
    """Whether the words ``said`` open as a comment clause does: with a subject ("we're
    ...", "let me think"), a joiner ("because ...") or a function word ("for real", "with
    respect"). Before the phrase (``lead``), never with an article or a possessive: "the
    other thing, movie night" names a second thing asked for."""
    first = said[0]
    if (first in PRONOUNS or first in JOINERS or tuple(said[:2]) in FIRST_PERSON_LET
            or tuple(said[:2]) in COMPLEX_JOINERS):
        return True
    if len(first) > 4 and first.endswith("ing"):
        # (a participle clause says what the speaker is doing, "indicating left", "stuck
        # ... ", "juggling bags": a supplementive clause, Quirk et al. 1985, 15.58; an
        # imperative, a request of its own, opens with the verb's plain form)
        return True
    if lead:
        return first in lexicon.function_words and first not in DETERMINERS
    return first in SUBJECTS or first in lexicon.function_words


@lru_cache(maxsize=4)
def _request_stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def request_word_said(said: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``said`` holds a word of a request other than the home's
    (``Lexicon.request_words``: "play", "text", "weather"), a particle after another word
    aside ("it's tipping *down*").
    Public: :mod:`_said_whole` reads another request's words so."""
    stems = _request_stems(lexicon.request_words)
    open_ = [False] * len(said)
    return any(stem(w) in stems for k, w in enumerate(said) if not (k and w in PARTICLES) and not
               governs(said, open_, k, lexicon.function_words))  # ("over crest", "plop it
    # over": a preposition or a verb's particle, :mod:`_over_complement`)


def _own_subject(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` are a statement about a subject of their own: an article or a
    possessive, a noun, then more ("my shift's over", "the postie's dropped by"), and no
    pronoun that could point back at the phrase ("the kids loved it")."""
    return (len(words) >= 3 and words[0] in OWN_DETERMINERS
            and words[1] not in lexicon.function_words and words[1].isalpha()
            and REFERRING.isdisjoint(words))


def _ends_own(words: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``words`` are a bare noun and a verb of :data:`ENDS_OF_ITS_OWN`
    ("announcement ends"): that noun ends, no taught word."""
    return (len(words) == 2 and words[1] in ENDS_OF_ITS_OWN and words[0].isalpha()
            and words[0] not in lexicon.function_words and not taught(words[0]))


def _attributive(words: Sequence[str], free: Sequence[bool], k: int,
                 function: frozenset[str]) -> bool:
    """Whether the -ed word ``words[k]`` opens the clause, or follows a determiner, before
    a noun ("blasted hiccups", "wretched thing", "this is an automated notification"): an
    adjective before its head (Quirk et al. 1985, 7.15 on participial adjectives in
    attributive use), no past tense, which would have a subject before it ("we watched") or
    an object after ("watched it", "tripped the fuse"); a determiner opens a noun phrase,
    never a verb phrase."""
    first = next((j for j, f in enumerate(free) if not f), None)
    return ((k == first or (k > 0 and words[k - 1] in DETERMINERS)) and k + 1 < len(words)
            and words[k + 1].isalpha() and words[k + 1] not in function and not free[k + 1])


def _topic(said: Sequence[str]) -> bool:
    """Whether the words ``said`` are an adjunct of subject matter: a preposition of
    :data:`TOPIC_PREPOSITIONS`, a determiner, and a noun phrase ("about the boiler",
    "regarding your order")."""
    return (len(said) > 2 and said[0] in TOPIC_PREPOSITIONS and said[1] in DETERMINERS
            and all(w.isalpha() for w in said[2:]))


def _group_called(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
                  taught: Callable[[str], bool]) -> bool:
    """Whether ``words`` call a group of people to listen ("attention all residents", "paging
    all occupants", "calling all crew", "listen up everyone"): the lexicon's ``announcing``
    words, "all" or "every", and at least one noun of a group of people (its ``groups``,
    the ``addressees``); no other word (the vocative and the summons of public address,
    Zwicky 1974; Leech 1999). "all" there is no quantifier of a request."""
    said = [w for w, f in zip(words, free, strict=True) if not f]
    if len(said) < 2:
        return False
    calls = _calls()
    groups = calls.groups | lexicon.addressees
    return (any(w in groups and not taught(w) for w in said)
            and all(w in groups or w in calls.announcing or w in ("all", "every", "the")
                    for w in said))


def _plan(words: Sequence[str]) -> bool:
    """Whether ``words`` say what the speaker is doing or about to do: "we're driving to
    cornwall tomorrow", "i'm catching the early train" (a subject of the speaker's, "be",
    a verb in -ing, then more than a time: "we're watching tomorrow" may have the phrase for
    its object), and no pronoun that could point back at the phrase."""
    return (len(words) >= 4 and tuple(words[:2]) in (("i", "am"), ("we", "are"))
            and len(words[2]) > 4 and words[2].endswith("ing")
            and any(w not in WHEN and w not in WEEKDAYS for w in words[3:])
            and REFERRING.isdisjoint(words[2:]))


def _not_cues(words: Sequence[str], free: Sequence[bool]) -> list[bool]:
    """``free`` with the words freed that look like a cue or a request and are none here:
    "off" of the speaker's going ("i'm off to choir") or of a place said alone ("off the
    sofa", not "switch off"), and "what" of an exclamation ("what a palaver", not a
    question: Quirk et al. 1985, 11.31 on exclamatives)."""
    out = list(free)
    for k in range(1, len(words) - 1):
        if words[k] == "off" and words[k - 1] in BE_PRESENT and words[k + 1] in DEPARTING:
            out[k] = True
        elif words[k] in INVERTED and words[k + 1] not in PRONOUNS - {"it"}:
            out[k] = True  # ("easy does it": a statement; "do you ...", "does it" asked)
        elif words[k] == "what" and words[k + 1] in PRONOUNS:
            # (a nominal relative clause after another word, "that's what i meant", "you
            # know what i mean": Quirk et al. 1985, 15.8; no question)
            out[k] = True
        elif words[k] == "on" and (words[k + 1] in OBJECTS or k + 2 == len(words)):
            # (a preposition with its object, "drinks on me", "gloria's on speakerphone";
            # "on" last is the particle of a state or a request, "the kettle's on")
            out[k] = True
    if len(words) > 2 and words[0] == "off" and words[1] in DETERMINERS:
        out[0] = True
    for k in range(len(words) - 2):
        if words[k] == "what" and words[k + 1] in ("a", "an"):
            out[k] = True  # (said anywhere: "phew what a day")
    for k, word in enumerate(words):
        if word in NOUNS_OF_STOPPING and headed_noun(words, free, k):
            out[k] = True  # (the head of a noun phrase: "a hydration stop", :mod:`reading`)
    return out


def _exclamative(words: Sequence[str]) -> bool:
    """Whether the clause is an exclamative, "phew what a day", "what a palaver" (Quirk et
    al. 1985, 11.31): it exclaims at something, no request nor question."""
    return any(words[k] == "what" and words[k + 1] in ("a", "an")
               for k in range(len(words) - 2))


def _conditional(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the clause opens with a condition of fact ("as soon as i'm in", "provided
    that it's quiet"; the lexicon's ``cues.conditional``): no aside, though its first
    word may open one ("as", "provided that"), but the request's time to come. A
    condition of politeness ("if that's ok") is none."""
    conditional = lexicon.cues.get("conditional", frozenset())
    return any(tuple(words[:len(c)]) == c for c in conditional) and not courteous_at(words, 0)


def _counted(words: Sequence[str]) -> frozenset[int]:
    """Where ``words`` count the times a request has been made ("for the third time",
    "attempt two", "umpteenth time", "3 times now"): an ordinal before a noun of an
    occasion, a number after one, or a number before "times" (the lexicon's ``asides``;
    Quirk et al. 1985, 6.63 on ordinals, 8.64 on adjuncts of frequency). Such words say
    how often it was asked, not when it should run nor which of a routine's kind."""
    words_ = _asides()
    out: set[int] = set()
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if (w in words_.ordinals and nxt in words_.occasions) or (
                w in words_.occasions and (nxt.isdigit() or nxt in words_.ordinals)) or (
                w.isdigit() and nxt == "times"):
            out.update((k, k + 1))
    return frozenset(out)


def aside(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
           taught: Callable[[str], bool], not_names: frozenset[str], last: bool,
           lead: bool = False, inert: bool = True,
           misheard: Callable[[Sequence[str]], bool] | None = None,
           exact: bool = True, joined: bool = False, and_after: bool = False,
           then_after: bool = False) -> bool:
    """Whether a clause beside the phrase asks for nothing (see the module docstring);
    ``lead``: said before it. ``inert``: a clause that opens otherwise than a comment
    clause may still be one when it holds no request word (:func:`request_word_said`); not so
    for a clause beside one misheard, which may be a taught phrase misheard itself
    ("thinner time", "dock wlk"). ``exact``: the phrase beside it is said exactly; beside
    one misheard, a clause that calls a group, says a noun of its own ends, or opens with
    a preposition of circumstance or an -ed adjective is no aside (:func:`core_clause`):
    the words said alone may be another routine's, and such a clause does not say they
    are a request.) ``joined``: a connective joins the clause to the phrase before it
    (:mod:`_joined_aside`); ``and_after``: the clause after it opens with "and";
    ``then_after``: with "then" or "after that"."""
    if last and (_tag(words) or (exact and called_from(words, lexicon, taught, not_names))):
        return True  # ("..., won't you?"; the speaker placed, "..., from the attic")
    if exact and courteous_clause(words, lexicon, taught, not_names):
        return True  # ("..., if it's not a faff": :mod:`_clause_shape`)
    if exact and exclamatory_question(words, lexicon.endearments):
        return True  # ("..., aren't you gorgeous": :mod:`_negative_tags`)
    if exact and off_place(words, taught, not_names, HEADS, lexicon.endearments):
        return True  # ("off the sofa, ...": a directive to get down, :mod:`_off_place`)
    if exact and scene_remark(words, lambda w: scene_word(w, lexicon, taught, not_names)):
        return True  # ("..., it's trundling after greenfly", "..., what lacquered
        # wingcases", "..., another ladybird": a remark on the scene, :mod:`_scene_remark`)
    # (a clause with a subject and an object of its own: its question, negation and past
    # are its own, "where's my phone", "i've snapped a shoelace": :mod:`_clause_shape`;
    # read by its shape, it may be longer than an aside of no shape)
    # (after a connective, a lead-in of news or a clause said to oneself: "..., but who's
    # nabbed my pen", "..., so, guess what", "mustn't lose my card": :mod:`_joined_aside`)
    shaped = joined_frees(words, free, lexicon, taught, joined) if exact and joined else None
    if exact and shaped is None:
        shaped = shape_frees(words, free, lexicon, taught)
    if exact and shaped is None and not joined:
        shaped = joined_frees(words, free, lexicon, taught, joined)
    # (a wh-clause the object of the speaker's own "see", read by its shape too: "..., and
    # after that we'll see how it goes": :mod:`_embedded_question`)
    wh = embedded_wh(words) if exact else None
    if len(words) > LONGEST_CLAUSE + 2 * (shaped is not None or wh is not None) or _conditional(
            words, lexicon) or (not lead and (narrated(words) or told_back(words))):
        # (a story told on after it, "..., and it woke the baby again"; or a clause that
        # says it is no request now, "..., i saw to it already": :mod:`_told`)
        return False
    if second_request(words, lexicon, taught, joined=and_after) or (
            then_after and request_then(words, lexicon, taught)):
        return False  # ("..., and make coffee", "knit a scarf, and ...", "descale the
        # iron, then ...": two things asked for, one of them no phrase: :mod:`_second_request`)
    if exact and (_group_called(words, free, lexicon, taught)
                  or praised(words, free, lexicon, taught, not_names)):
        return True
    free = _not_cues(words, free)
    if exact and _exclamative(words):
        # (what an exclamative exclaims at is no time nor thing asked for: "what a day")
        at = next(k for k in range(len(words) - 2)
                  if words[k] == "what" and words[k + 1] in ("a", "an"))
        stop = next((k for k in range(at + 2, len(words))
                     if words[k] in SUBJECTS or words[k] in REFERRING or words[k] in COPULAS),
                    len(words))
        free = [f or at < k < stop for k, f in enumerate(free)]
    counted = _counted(words) if len(words) > 1 else frozenset()
    if counted:
        free = [f or k in counted for k, f in enumerate(free)]
    said = [w for k, w in enumerate(words) if not free[k]]
    compound = exact and compound_state(said, lexicon, taught)
    state = exact and (noun_state(said, lexicon, taught, not_names) or compound)
    ends = exact and _ends_own(said, lexicon, taught)
    topic = exact and _topic(said)
    adjunct = exact and bool(said) and (said[0] in ADJUNCT_PREPOSITIONS or topic)
    if len(said) > 1 and not ends and not adjunct and not _opens_clause(said, lexicon, lead) and (
            not (exact and (shaped is not None or opens_own(said, lexicon, taught)
                            or courteous_at(said, 0)
                            or negated_imperative(words, free)
                            or listeners_own(said, lexicon, taught)
                            or _exclamative(words) or state or wh is not None))) and (
            not inert or request_word_said(said, lexicon) or (misheard is not None
                                                       and misheard(words))):
        # (a verb first is a request of its own: "text jane", "remind me"; words no
        # request is made of are none: "dead serious", "beg pardon", "heaven knows")
        return False
    if last and shaped is None and _retracts(said, lexicon):
        return False  # ("movie night, scratch that")
    # (the speaker's own words said again are no one else's: "as i say", "like i said";
    # a command about a routine said with the speaker as its subject is no command:
    # "before i forget")
    free = list(free)
    if words and words[0] in JOINERS:
        free[0] = True  # (the joiner itself: "before" says when only of what follows it)
    elif tuple(words[:2]) in COMPLEX_JOINERS:
        free[:2] = [True, True]
    commands = lexicon.cues.get("routine_command", frozenset())
    for k in range(len(words)):
        for size in (2, 3):
            said_here = words[k:k + size]  # (at the end, shorter: "..., sorry" said last)
            if tuple(said_here) in REPAIRS:
                # (as many as were said: ``[True] * size`` past the end grew the list,
                # and "i'm leaving again? you're joking" crashed the resolver)
                free[k:k + size] = [True] * len(said_here)
        if k and (words[k],) in commands and words[k - 1] in SPEAKERS:
            free[k] = True
    own = _own_subject(words[1:] if words and words[0] in JOINERS else words, lexicon) or ends
    plan = _plan(words)
    if own or plan:
        # (the ending or the past said of the clause's own subject: "my shift's over",
        # "before the adverts end"; a particle of the speaker's own going: "we're popping
        # over to grandma's")
        free = [f or (w,) in ENDED or (own and w in OWN_ENDINGS)
                for w, f in zip(words, free, strict=True)]
    if exact:
        # (a cue of the clause's own subject and verb: "i was wondering", "don't dawdle";
        # the listener's convenience, which says no time nor another request: "when you
        # surface", "when you're not busy")
        free = ceased_own(words, own_cues(words, free, lexicon, taught), lexicon, taught)
        polite = courteous_span(words, 0) if courteous_at(words, 0) else 0
        free[:polite] = [True] * polite
        if shaped is not None:
            free = [f or s for f, s in zip(free, shaped, strict=True)]
        if wh is not None:
            free[wh] = True  # ("..., we'll see how it goes": :mod:`_embedded_question`)
            if wh + 2 < len(words) and how_graded(words, free, wh + 1):
                free[wh + 1] = True  # ("look how speckled it is": :mod:`_degree_adjective`)
    if has_cue(words, free, lexicon, True):
        return False
    if (words and (words[0],) in lexicon.carriers and words[0] not in lexicon.courtesy
            and not (exact and negated_imperative(words, free))):
        return False  # (a request verb opens it: "play some jazz"; not "don't dawdle")
    speaker = tuple(words[:2]) in STATE_OF_SPEAKER and (exact or words[0] != "you")
    # (a thing of the clause's own striking "it": "my prod's jostled it", :mod:`_thing_struck`)
    struck = struck_thing(words, lexicon, taught) if exact else None
    if exact and struck is None:
        # (a thing of the scene moving or sent: "it quivered", "flicked it with the hook":
        # :mod:`_thing_moved`)
        struck = moved_thing(words, lexicon, taught)
    if exact and struck is None:
        # (a person moving in place: "she budged", "you fidgeted": :mod:`_body_moved`)
        struck = body_moved(words, lexicon, taught)
    reason = exact and dummy_reason(words)
    function = lexicon.function_words
    for k, w in enumerate(words):
        if k in counted:
            continue  # (how often it was asked: "for the third time")
        if not w.isalpha() or w in lexicon.number_words:
            return False
        if free[k] or w in function or (k and w in PARTICLES) or (
                adjunct and k == 0) or (w in POSSESSIVES and k < len(words) - 1):
            continue  # (a possessive before its noun names nothing, taught or not: "his"
            # of "his heels" where "tell dewey his boots are in the porch" is taught)
        if plan and (w in WHEN or w in WEEKDAYS) and not taught(w):
            continue  # (when the speaker does it: "we're driving to cornwall tomorrow")
        if plan and (k == 2 or w in PLAN_PREPOSITIONS):
            continue  # (the speaker's own verb and where to: "we're hopping on the ferry")
        if (state and k == len(words) - 1) or (
                reason and k > 2 and w not in WEEKDAYS):
            continue  # (a thing's state, "gloves on"; a reason, "because it's about time")
        if taught(w) or (shaped is None and (
                ((w in HEADS or w.rstrip("s") in HEADS) and not topic
                 and not (compound and w in said[:-2]))
                or w in not_names or w in WEEKDAYS)):
            # (a thing, a time or a day named in a clause of its own shape is that
            # clause's: "don't worry about the hall", "i've had such a long day")
            return False
        if (len(w) >= 5 and w.endswith("ed") and not speaker
                and not (own and k < len(words) - 1) and not (k and words[k - 1] in AFTER_BE)
                and not (exact and _attributive(words, free, k, function))
                and not degree_adjective(words, free, k, function)
                and not (exact and own_state(words, free, k, lexicon, taught))
                and k != struck):
            # (the past: "we watched it"; not "i'd be chuffed", nor the past of a subject of
            # the clause's own with more said after it, "the postie's dropped by": one said
            # last may have the phrase for its object, "the kids watched")
            return False
    return True


def clause_phrase(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  exact: Exact, lexicon: Lexicon, taught: Callable[[str], bool],
                  not_names: frozenset[str],
                  misheard: Callable[[Sequence[str]], bool] | None = None,
                  ) -> tuple[int, list[int]] | None:
    """(phrase id, routines) of the taught phrase said as a clause of its own beside
    clauses that ask for nothing; None when there is none (see the module docstring).
    ``exact``: taught phrases' stems -> (first phrase id, routines); ``taught``: whether
    the home taught a word; ``not_names``: device kinds and times; ``misheard``: whether
    words said alone would be taken for a taught phrase misheard (see :func:`aside`)."""
    stems = [stem(t) for t in toks]
    if not breaks:
        # (a clause of the speaker's own joined by "and" or by nothing: "movie night and
        # my knee's playing up", "bath time the kids are filthy": :mod:`_clause_shape`)
        cuts, joiners = joined_cuts(toks, free, stems, exact, lexicon, taught, not_names)
        if cuts:
            breaks = cuts
            free = [f or k in joiners for k, f in enumerate(free)]
    else:
        # (and in the stretch before the first pause: "annealer on and it's the danube, you
        # nitwit"; a connective said last before a pause joins what follows, "lights off
        # and, leopold, ...": :mod:`_after_own`)
        breaks, free = joined_within(toks, free, breaks, stems, exact, lexicon, taught,
                                     not_names)
        free = loose_joiners(toks, free, breaks, CONNECTIVES)
    if (not breaks and JOINERS.isdisjoint(toks) and not complex_joined(toks)
            and "when" not in toks):
        return None
    # (a clause said to someone else in the room asks for nothing: "..., thanks for the
    # postcard, ruth", "... and ollie, fetch me the paperclips": :mod:`_addressed`)
    said_to, cut = addressed_clauses(toks, breaks, lexicon, taught, not_names, misheard)
    if said_to:
        breaks = breaks | cut
        free = [f or k in said_to for k, f in enumerate(free)]
    clauses = split_clauses(toks, breaks)
    if len(clauses) < 2:
        return None
    found: tuple[str, ...] | None = None
    first = 0  # (where the phrase is first said)
    said_in: list[range] = []
    for clause in clauses:
        key = _phrase_in(toks, stems, free, clause, exact)
        if key is None:
            said_in.append(clause)
        elif found is None or key == found:
            if found is None:
                first = clause.start
                if _longer_after_and(toks, clause, key, exact):
                    return None  # ("message sol and choral, ...": "message sol and coral")
            found = key
        else:
            return None  # (two phrases: not read here)
    if found is None or dismissed_wish(_said(toks, free, said_in)):
        return None  # (someone else's wish turned down: "..., they want it, tough luck")
    # (the last clause that says something: a pet name after a tag leaves it the tag,
    # "barbecue time, isn't that right, sweetums")
    last = next((c for c in reversed(clauses) if not (
        all(free[k] for k in c) or (len(c) == 1 and toks[c.start] in lexicon.endearments))),
        clauses[-1])
    said_last = max((k for c in clauses if c not in said_in for k in c if not free[k]),
                    default=first)
    own_before = False  # (the clause before is an aside of the speaker's own with words)
    for clause in said_in:
        words = [toks[k] for k in clause]
        mask = [free[k] for k in clause]
        after, own_before = own_before, clause.start > said_last and len(words) > 1 and any(
            w not in lexicon.function_words for w in words)
        if all(mask):
            continue  # (an aside freed whole is one too: "..., aries: a windfall awaits")
        if _false_start([stems[k] for k in clause if not free[k]], found):
            continue
        at = clauses.index(clause)
        if at and clauses[at - 1] in said_in and tag_of(words, [toks[k] for k in clauses[at - 1]]):
            continue  # (a tag on a clause of the speaker's own: "i'm shouting, aren't i, ...",
            # its anchor read as an aside itself: :mod:`_negative_tags`)
        # (a connective between the phrase and the clause: "lights on, so, ...")
        joined = not CONNECTIVES.isdisjoint(toks[said_last + 1:clause.start + 1])
        if not aside(words, mask, lexicon, taught, not_names, clause is last,
                      clause.stop <= first, misheard=misheard, joined=joined,
                      and_after=_and_after(toks, clauses, clauses.index(clause)),
                      then_after=_then_after(toks, clauses, clauses.index(clause))) and not (
                after and carried(words, lexicon, taught, not_names, clause is last)):
            # (a cue said after an aside of the speaker's own is that aside's: "...,
            # a windfall awaits, it says": :mod:`_after_own`)
            return None
    return exact[found]


def core_clause(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                lexicon: Lexicon, taught: Callable[[str], bool],
                not_names: frozenset[str],
                misheard: Callable[[Sequence[str]], bool] | None = None) -> range | None:
    """The one clause that asks for something, when every other clause (one at least)
    asks for nothing (:func:`aside`): a taught phrase misheard beside a reason or a tag
    ("thinner time, i'm knackered", "string likes on, we're heading out") is read alone,
    as it would be said alone. None when there is no such clause, or when it holds a
    copula (:data:`COPULAS`). ``misheard``: as for :func:`clause_phrase` (without it, only
    clauses that open as comment clauses are asides: "dock wlk" is no aside)."""
    if (not breaks and JOINERS.isdisjoint(toks) and not complex_joined(toks)
            and "when" not in toks):
        return None
    clauses = split_clauses(toks, breaks)
    if len(clauses) < 2:
        return None
    core: range | None = None
    last = clauses[-1]
    for at, clause in enumerate(clauses):
        lead = core is None
        mask = [free[k] for k in clause]
        words = [toks[k] for k in clause]
        # (one word last may say how or which of what is misheard before it: "i'll take
        # my coffee, black")
        lone = (clause is last and len(words) == 1 and words[0] not in lexicon.function_words
                and not words[0].endswith("ly"))
        if all(mask) or (not lone and aside(words, mask, lexicon, taught, not_names,
                                             clause is last, lead,
                                             inert=misheard is not None,
                                             misheard=misheard, exact=False,
                                             and_after=_and_after(toks, clauses, at),
                                             then_after=_then_after(toks, clauses, at))):
            continue
        if core is not None:
            return None
        core = clause
    if core is None or len(core) == len(toks) or not COPULAS.isdisjoint(
            toks[core.start:core.stop]) or dismissed_wish(
            _said(toks, free, [c for c in clauses if c is not core])):
        return None
    return core


def _and_after(toks: Sequence[str], clauses: Sequence[range], at: int) -> bool:
    """Whether the clause after ``clauses[at]`` opens with "and" ("knit a scarf, *and*
    reading mode")."""
    return at + 1 < len(clauses) and additive(toks, clauses[at + 1].start) > 0


def _then_after(toks: Sequence[str], clauses: Sequence[range], at: int) -> bool:
    """Whether the clause after ``clauses[at]`` opens with "then", "and then" or "after
    that" ("descale the iron, *then* focus mode")."""
    return at + 1 < len(clauses) and opens_next(toks[clauses[at + 1].start:])


def _said(toks: Sequence[str], free: Sequence[bool],
          clauses: Sequence[range]) -> list[list[str]]:
    """The words said in each of ``clauses``, free words aside."""
    return [[toks[k] for k in c if not free[k]] for c in clauses]
