"""A second request joined to the first by "and": "reading mode, and make coffee",
"reading mode, and then call mum", "book a taxi, and also movie night", "reading mode,
and renew my passport", "knit a scarf, and reading mode".

"and" joins an imperative to another as it joins any two clauses (Quirk et al. 1985, 13.5
on coordination of clauses, 11.24 on coordinated imperatives), and what it joins is read as
that clause said alone is. Every reader that leaves a clause of the speaker's own beside a
taught phrase asks this one rule, :func:`second_request`, whether the clause joined by
"and", after the phrase or before an "and" that opens it, asks for something of its own:
:func:`_clauses.aside`, :func:`_said_before.own_sentence` (for :mod:`_carried_line`,
:mod:`_paused` and a sentence said first) and the words around a phrase
(:func:`beside_phrase`, for :mod:`_around`). When it does, the phrase does not run alone
with the rest dropped: the conversation offers the part it does not know for teaching, as
it does with no pause ("reading mode and make coffee").

A clause asks for something when, past "and", its leads ("then", "also", "please") and a
request put as a question ("could you"), it opens with a verb in its plain form: a word of
a request (a carrier, "play", or one of ``Lexicon.request_words``, "call", "make"), or any
word in the place of the verb with its object after it, a determiner or a possessive and
the noun, or an object pronoun and more ("renew my passport", "knit a scarf", "wash the
car", "teach me french"): the shape of an imperative (Quirk et al. 1985, 11.24), whatever
the verb, so a verb no list knows is read as well as one it does. A bare noun phrase of
words the home was not taught asks too ("..., and big red bus"): it names a thing as a
routine's phrase does (:func:`_named`; not a wish, "sweet dreams", nor a plural said of
things in general, "kind regards"). A request said first and set apart by a pause before
"and" is no lead-in to pass over, though its object is a word of address ("text my
brother, and ...": :func:`lead_asks`, which the resolver's comma lead-in and the calls
of :mod:`_around` ask). None of these is a
request: a subject, a quantifier or a function word first ("it's gone midnight", "all
that", "the baby's asleep"), a noun and its verb ("rain stops play"), a past, a
participle or an adverb first ("woke the baby", "reading the paper", "especially the
kids"), thanks, a name, a question ("what shall we do"), news led in ("get this"), nor an
imperative about the listener's own thing ("take your coat": :mod:`_listeners_own`).

A request said first and joined to the phrase by "then", "and then" or "after that", with
a pause or none, is the first of two requests as surely ("descale the iron then focus
mode", "first wash the car, then movie night", after a call with no pause written,
"hajime descale the iron then focus mode"): :func:`request_then`, which the readers of
a sentence said first (:mod:`_said_before`), a pause (:mod:`_paused`, :mod:`_carried_line`)
and a clause beside the phrase (:mod:`_clauses`) ask. There only the plain imperative, a
verb and its object, is read as a request, since "then" also closes a formula ("right
then, movie night") and follows a list or a line read out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._bidden_after import PREPOSITIONS as MORE_PREPOSITIONS
from teachapp.understanding._bidden_after import past_forms
from teachapp.understanding._carriers import WEEKDAYS
from teachapp.understanding._clause_shape import (
    CLAUSE_OPERATORS,
    NEGATORS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    WH_WORDS,
    verb_form,
)
from teachapp.understanding._cue_scope import CLOSED
from teachapp.understanding._formula_aside import wished
from teachapp.understanding._joined_aside import lead_in
from teachapp.understanding._listeners_own import listeners_own
from teachapp.understanding._weak_it import PAST_ONLY
from teachapp.understanding._words import stem
from teachapp.understanding.conjunctions import ADDITIVE, additive, additive_before, in_additive
from teachapp.understanding.normalize import Lexicon

__all__ = ["AND_LEADS", "AND_WORDS", "ASKING", "NEXT_OPENERS", "after_and", "asks_before",
           "beside_phrase", "lead_asks", "opens_next", "request_then", "second_request"]

AND_LEADS = frozenset({"then", "also", "please", "just", "now", "maybe"})
"""Words said between "and" and the request it joins ("and then make coffee", "and also
…", "and please …"); a discourse marker may have taken "and" off already ("then make
coffee")."""
ASKING = frozenset({"could", "can", "would", "will"})
"""Operators of a request put as a question, before "you" ("and could you make coffee")."""
AND_WORDS = frozenset(joiner[0] for joiner in ADDITIVE if len(joiner) == 1)
"""The one-word joiners that add a clause to the one before as "and" does ("and", "plus":
:data:`conjunctions.ADDITIVE`, whose longer ones, "as well as", :func:`conjunctions.additive`
reads whole); what one joins is read as what "and" joins."""
OPENED = AND_WORDS | {"then"}
"""Words that join a clause to the one before as a second request ("..., and make
coffee", "..., plus make coffee"; "..., then make coffee", a discourse marker that has
taken "and" off)."""
OBJECT_OPENERS = (POSSESSIVES | {"the", "a", "an", "some"}
                  | (OBJECT_PRONOUNS - {"you", "her"}))
"""Words that open a verb's object ("renew *my* passport", "knit *a* scarf", "teach *me*
french"); "you" and "her" are left out ("thank you", "her" may be the possessive, counted
already). A demonstrative is left out too: "get this", "all that" hold no object."""
NO_VERBS = (frozenset({"all", "both", "half", "each", "every", "such", "twice", "double",
                       "before"}) | NEGATORS | PREPOSITIONS)
"""Words before a determiner that are no verb ("and all that", "and both the kids", "and
not the cat", "and on the big screen", "and before the news"): predeterminers and
quantifiers (Quirk et al. 1985, 5.15), negators and prepositions, "before" among them."""
NEXT_OPENERS = (("then",), ("and", "then"), ("after", "that"), ("and", "after", "that"),
                ("afterwards",), ("and", "afterwards"))
"""Words that open the next of two requests said in order ("..., then focus mode", "...,
after that focus mode"): :func:`request_then` reads the one before them."""
THEN_LEADS = AND_LEADS | {"and", "first", "firstly"}
"""Words said before a request that "then" follows ("first descale the iron then ...")."""
STORY_PASTS = frozenset({
    "ate", "awoke", "beheld", "bent", "bled", "bore", "bound", "bred", "clung", "crept",
    "dove", "dug", "dwelt", "fled", "flung", "forbade", "forsook", "ground", "hung", "knelt",
    "leant", "leapt", "lent", "met", "mistook", "overcame", "rose", "shone", "shrank",
    "slew", "slid", "slit", "slung", "spat", "sped", "sprang", "sprung", "spun", "stank",
    "strode", "strove", "strung", "stung", "swept", "swung", "wept", "withheld",
    "withstood", "wound", "wove", "wrung"})
"""Irregular pasts (Quirk et al. 1985, Appendix I) that :func:`_bidden_after.past_forms`
leaves out, those of stories most ("cinderella fled the palace", "the knight slew the
dragon"): after a subject they say what happened, no imperative."""
LONGEST_CALLED = 4
"""Words of an imperative that closes a clause after a call (:func:`_called_imperative`):
its verb, the word that opens its object and two more at most ("groom the jenny
donkey"); one that goes on is no object of it ("... unto the breach cry havoc")."""
Taught = Callable[[str], bool]


def after_and(words: Sequence[str]) -> Sequence[str]:
    """``words`` from the clause proper, past an opening "and", its leads and a request put
    as a question ("and then make coffee", "then make coffee", "and could you make coffee"
    -> "make coffee"); ``words`` as they are when none opens them."""
    k = additive(words)
    while k < len(words) - 1 and words[k] in AND_LEADS:
        k += 1
    if k < len(words) - 2 and words[k] in ASKING and words[k + 1] == "you":
        k += 2
    return words[k:]


def second_request(words: Sequence[str], lexicon: Lexicon, taught: Taught, *,
                   joined: bool = False) -> bool:
    """Whether ``words``, a clause opened by "and" (or "then"), fillers aside, is a request
    of its own (see the module docstring): "and make coffee", "and then renew my
    passport". ``joined``: the clause is joined by "and" to the one after it, which opens
    with it ("knit a scarf" of "knit a scarf, and reading mode"). False for a clause not
    so joined."""
    said = [w for k, w in enumerate(words) if w in OPENED or (w,) not in lexicon.fillers
            or _closed(w, lexicon) or in_additive(words, k)]
    # (a filler passed over, "then" a lead, "well" of "as well as"; not a word of the
    # clause's own: "and it's gone midnight" frees "it's", its subject, "and so long,
    # fenella" frees "so", which says how long)
    if not said or not (joined or said[0] in OPENED or additive(said)):
        return False
    rest = after_and(said)
    if not rest or rest[0] in WH_WORDS or rest[0] in ("when", "and") or lead_in(rest, 0):
        return False  # (a question, or news led in: "..., and get this, wombats ...")
    if (not _verb_first(rest, lexicon) or _subject_verb(rest, lexicon)
            or listeners_own(rest, lexicon, taught)):
        return False
    first = rest[0]
    if (first,) in lexicon.carriers or stem(first) in _request_stems(lexicon.request_words):
        return True  # ("..., and play some jazz", "..., and call mum")
    if (len(rest) >= 3 and rest[1] in OBJECT_OPENERS and rest[2].isalpha()
            and first not in lexicon.given_names):
        return True  # ("..., and renew my passport")
    return _named(rest, lexicon, taught)  # ("..., and big red bus")


def request_then(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words``, a clause said before the "then" (or "and then", "after that")
    that opens what comes next, is a request of its own: "descale the iron then focus
    mode", "first clear the gutters, then movie night". "then" there is the conjunct of
    time sequence (Quirk et al. 1985, 8.137), and it joins two requests as "and" does: the
    one the home was not taught is asked about, not dropped while the phrase runs.

    Only the plain imperative is read so here, a verb and its object ("clear *the*
    gutters", "text *my* brother"): "then" also closes a formula ("go on then", "right
    then") or follows a noun phrase that is no request ("organza overload then ...") or a
    list of things said in order ("arpeggios first then ..."). The imperative opens the
    clause, or closes it after words that cannot be its subject, a call or a cry said
    first with no pause written ("hajime descale the iron then ...":
    :func:`_called_imperative`); not after a story's subject ("cinderella fled the
    palace then ...")."""
    said = [w for w in words if (w,) not in lexicon.fillers or _closed(w, lexicon)]
    while said and said[0] in THEN_LEADS:
        said = said[1:]  # ("first descale the iron then ...", "and then ...")
    return _imperative(said, lexicon, taught) or _called_imperative(said, lexicon, taught)


def _called_imperative(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said`` ends in a plain imperative (:data:`LONGEST_CALLED` words at most)
    that words said first cannot be the subject of: "hajime descale the iron", "strain
    team strain clear the gutters", a call or a cry said before it with no pause written
    (as a recogniser writes it). Its verb
    has no form a subject would give it: no -s of the third person, no irregular past
    ("cinderella fled the palace", "the cat ate the ham": :func:`_bidden_after.past_forms`,
    :data:`STORY_PASTS`),
    and the word before it is no subject that takes the plain form (a personal pronoun,
    "we wash the car", or a plural, "the kids wash the car"), no operator or "to" of
    which it is the infinitive ("we'll wash the car", "going to wash the car"), and no
    verb of a clause the words go on ("chains rattled beneath the vestry": a past, -ed
    or -ing, before a preposition no list of verbs' words may hold,
    :data:`_bidden_after.PREPOSITIONS`)."""
    past = past_forms() | STORY_PASTS
    for k in range(max(1, len(said) - LONGEST_CALLED), len(said) - 2):
        before, verb = said[k - 1], said[k]
        if (verb in past or (verb.endswith("s") and not verb.endswith("ss"))
                or verb in MORE_PREPOSITIONS or before in past or verb_form(before)
                or before in PRONOUN_SUBJECTS or before in CLAUSE_OPERATORS
                or before in ("to", "and", "or", "not", "n't", "let", "lets", "us")
                or (len(before) > 3 and before.endswith("s") and not before.endswith("ss"))):
            continue
        if _imperative(said[k:], lexicon, taught):
            return True
    return False


def _imperative(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said`` is a plain imperative: a verb, then its object opened by a
    determiner, a possessive or an object pronoun (:data:`OBJECT_OPENERS`)."""
    if len(said) < 3 or said[0] in WH_WORDS or lead_in(said, 0):
        return False
    if (not _verb_first(said, lexicon) or said[0] in lexicon.given_names
            or _subject_verb(said, lexicon) or listeners_own(said, lexicon, taught)):
        return False
    return said[1] in OBJECT_OPENERS and said[2].isalpha()


def asks_before(words: Sequence[str], lexicon: Lexicon, taught: Taught, *,
                joined: bool = False, then: bool = False) -> bool:
    """Whether ``words``, the clause said last before a joined phrase, ask for something of
    their own: before "and" or "plus" (``joined``) a second request, before "then"
    (``then``) the first of two. A stretch of several clauses is judged by its last, the
    one the joiner joins ("compass swung, yoke checked. fumigate the attic, plus night
    light": the pilot's checks are the speaker's own, the attic is asked for)."""
    return ((joined and second_request(words, lexicon, taught, joined=True))
            or (then and request_then(words, lexicon, taught)))


def opens_next(words: Sequence[str]) -> bool:
    """Whether ``words`` open with "then", "and then", "after that" (:data:`NEXT_OPENERS`):
    the next of two things said in order."""
    return any(tuple(words[:len(lead)]) == lead for lead in NEXT_OPENERS)


def beside_phrase(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  span: tuple[int, int], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether a clause joined by "and" to the phrase said at ``toks[span[0]:span[1]]``
    is a second request: what follows it ("reading mode, and wash the car"), or the
    clause said before an "and" that opens it ("text my brother, and reading mode"; a
    pause, ``breaks``, ends the clause before). The words ``free`` marks are passed over
    (a formula said beside the phrase: "..., and cheerio, fenella"), but for a carrier,
    which asks however it is freed ("..., and play some jazz"), and a closed-class word."""
    def said(stop: int, start: int = 0) -> list[str]:
        return [toks[k] for k in range(start, stop)
                if not free[k] or toks[k] in OPENED or in_additive(toks, k)
                or (toks[k],) in lexicon.carriers
                or _closed(toks[k], lexicon)]

    first, last = span
    if last < len(toks) and second_request(said(len(toks), last), lexicon, taught):
        return True
    joiner = additive_before(toks, first)
    if not joiner or first < joiner + 1:
        return False
    start = max((b + 1 for b in breaks if b < first - joiner - 1), default=0)
    return second_request(said(first - joiner, start), lexicon, taught, joined=True)


def lead_asks(toks: Sequence[str], lead: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the ``lead`` words of ``toks`` said before the first pause, joined by "and"
    to what follows, are a request of their own ("text my brother, and lunch break"), so
    no reader may pass them over as a call or a marker set apart by a comma ("right, and
    lunch break"): "my brother" may be said to the listener, but after "text" it is the
    object."""
    return (0 < lead < len(toks) and additive(toks, lead) > 0
            and second_request(toks[:lead], lexicon, taught, joined=True))


def _verb_first(rest: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``rest[0]`` may be a verb in its plain form: an open-class word (no
    function word, pronoun, joiner, preposition, wh-word, adverb of time or degree:
    :data:`_cue_scope.CLOSED`, :data:`NO_VERBS`; no number, weekday, thanks or greeting),
    no past, participle or -ly adverb, and not "let" of the speaker ("let me think")."""
    first = rest[0]
    return (first.isalpha() and first not in lexicon.function_words and first not in CLOSED
            and first not in PRONOUN_SUBJECTS and first not in NO_VERBS
            and first not in lexicon.number_words and first not in WEEKDAYS
            and first not in lexicon.call_markers and first not in PAST_ONLY
            and not first.endswith("ly")
            and not (len(first) > 4 and first.endswith("ing"))
            and not (len(first) > 4 and first.endswith("ed") and not first.endswith("eed"))
            and tuple(rest[:2]) not in (("let", "me"), ("let", "us")))


def _named(rest: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``rest`` is a bare noun phrase that names something as a routine's phrase
    does ("big red bus", "purple elephant dance"): two words or more, each open-class
    (:func:`_verb_first` of each), none taught, none a name and no verb of the lexicon's
    cues in the third person (:func:`_subject_verb`: "rain stops play"). Said after "and"
    beside a taught phrase it is a second thing asked for by its name, as the home's own
    phrases are ("reading mode, and big red bus"); a word the home was taught in it is
    the phrase's own (two phrases said together, or one heard twice). A wish is none
    ("sweet dreams", "good luck", "lovely jubbly": :func:`_formula_aside.wished`), nor a
    plural head, said of things in general as formulae are ("kind regards", "happy
    days"), not of the one thing a routine's phrase names."""
    last = rest[-1]
    return (len(rest) >= 2 and not wished(rest)
            and not (last.endswith("s") and not last.endswith(("ss", "us", "is")))
            and all(_verb_first(rest[k:], lexicon) and rest[k] not in lexicon.given_names
                    and not taught(rest[k]) for k in range(len(rest)))
            and not any(_subject_verb(rest[k:], lexicon) for k in range(len(rest) - 1)))


def _closed(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a closed-class word (a function word, :data:`_cue_scope.CLOSED`):
    freed or not, it is a word of the clause ("so" of "so long", "it" of "it's")."""
    return word in lexicon.function_words or word in CLOSED


def _subject_verb(rest: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``rest`` opens with a noun and the third person of a verb the lexicon's cues
    name ("rain stops play", "music ends"): a subject and its verb, a statement, however
    the noun may ask for something said alone ("rain": the weather)."""
    if len(rest) < 2 or not rest[1].endswith("s"):
        return False
    cues = lexicon.cue_words[0]
    return (rest[1][:-1],) in cues or (rest[1].endswith("es") and (rest[1][:-2],) in cues)


@lru_cache(maxsize=4)
def _request_stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of ``Lexicon.request_words`` ("calls", "calling" as "call")."""
    return frozenset(stem(w) for w in words)
