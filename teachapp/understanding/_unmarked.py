"""Where a clause boundary can be in text that marks none: "movie night we're off to bed",
"i'm knackered bath time", typed or heard without the pause a recogniser writes as ", ".

The readers of asides find the edge of a clause beside a taught phrase at its punctuation
(:mod:`teachapp.speech._boundaries` writes a pause as a comma). Speakers do not always
pause between clauses, a short pause is missed, and typed text often has none, so the
same utterance without its marks was read as one clause with the phrase inside it. A
boundary can only be where the clause before it is complete and the words after it do
not continue it (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
2.13-2.16 on the clause elements; Huddleston & Pullum 2002, 2.1 on the head and its
dependents): so this module finds a taught phrase said whole and reads, from the
function-word classes of :mod:`_clause_shape`, whether each side of it is such an edge.

- Before the phrase the last word must close a clause: not a determiner or possessive
  ("the", "my": a noun phrase is open), a preposition ("onto": its object is to come),
  an operator, a copula or "to" ("is": its complement is to come), a conjunction, a
  pronoun subject ("i": its verb is to come), a naming or routine-command verb ("called",
  "rename": the phrase is their object) or one and its object ("called him", "named the
  dog": the phrase is the name given), nor the verb of a subject or an operator ("i hate",
  "can you play": a finite or base verb whose object may be the phrase).
- After the phrase the first word must not continue its clause: not a preposition
  ("to weekends only", "for the bank holiday", "over"), a conjunction that makes a
  clause depend on it ("so i can tweak it"), an operator or a copula ("is my favourite":
  the phrase as a subject), nor an adverb that bears on it ("only", "again").

A side licensed gets its pause; the existing readers then judge the parts as they
would with the pause marked, so every cue of theirs (negation, question, past, someone
else's words, a routine command, an opinion) still stops the request it stops there.
A side is sure when it also has the shape of a clause's edge: before, a clause with a
subject of its own, or a phrase that opens a clause by its own form, a question, "i am
..." or "let us ..." (:mod:`_opened_by_form`: "fancy a few layers how gusty is the
ridge"), or an imperative, its verb before its object's determiner, that no word before
may be the subject or governor of (:mod:`_bidden_next`: "scan your loyalty barcode cool
the house"); after, a word that opens one (a subject, a wh-word, "there") and a finite verb
(a personal pronoun's plain present too, with words after it: "game night you look
radiant in teal"), or a statement of the speaker's own (:func:`_own_clause.own_statement`: its
own subject and finite verb, no word a home taught, no time, number or pro-form) whose
subject is a pronoun or opens with a determiner, maybe after an interjection or a
lead-in to news ("movie night the kids are finally asleep", "lock up ooh the taxi's
here", "fancy that a group of flamingos is a flamboyance"). A bare noun right after the
phrase may be the head of a compound the phrase modifies ("movie night tickets are sold
out": Quirk et al. 1985, 17.108), so it opens no sure clause; after an interjection it
may ("wow bananas are berries": an interjection is an utterance of its own, 11.54). A run
read through a side that is not sure is only asked about.

A notice of a compound of nouns and its participle said alone on one side
(:func:`_cue_scope.compound_state`: "tyre deflation detected movie night", "yoga time song
thrush verified") closes its own clause, so that side is sure; a participle after one noun
or a person ("the driver muttered") may still take the phrase for its object.

"And" after the phrase joins its clause to the next when what follows "and" is itself a
sure edge, a clause of the speaker's own ("security on and i plight my troth", "nap time
and the baby is shattered": Quirk et al. 1985, 13.5 on coordinated clauses); the side is
then sure, and the readers judge the clause after it as they would after a pause ("and it
was great" is a story of it, "and i'm off" cancels it). "And" before a noun phrase alone
may join it to the phrase ("shower time and the high priestess").

An interjection, or a run of them, said alone beside the phrase is an utterance of its own
(:data:`CALLED_OUT`: "ugh house meeting", "oy vey lights off", "nap time jeepers"; Quirk
et al. 1985, 11.54): no verb whose object the phrase is, no modifier of it, so that side
is sure; so is the side before it when a word held past any spelling is said alone there
(:mod:`_held_sound`: "haaah open the blinds", "yawwwn cleaning time"), or a given name
(:func:`_edge_before.called_by_name`: "marvin wake up kids", a call), a noun called
after "o" or "oh" on either side (:mod:`_called_with_oh`: "guide me o redeemer party
mode", "oh boy movie night"), or one word alone before it with its prepositional object
between them ("abide with me party mode": :func:`_verb_with_object`). So is the side
after it when a general extender closes the utterance (:data:`EXTENDERS`: "relax mode and
whatnot").

Words said to someone else (:mod:`_not_addressed`) make a side sure too: after the phrase,
a determiner, a noun with its contracted "is" and a predicative, a clause of its own
("fan on that dogs barking again", "that" no relative there); before it, calls and then
"and" or "then" ("yippee and lock the shed"). A word a little like a taught word is a
call when no phrase taught with the phrase's words holds a word it is like (``beside``:
only then could it be a taught word misheard that makes the phrase part of a longer one).

"So" is read on either side. After the phrase and before more, it is the marker that
closes the speaker's move, the pause after it ("reading mode so a costly bogey"), when
nothing after it may bear on the request and it stands for no clause of saying ("so the
lodger tells me") nor modifies the next word ("so soon", "so much"). After a sentence that
is a turn of the speaker's own (:func:`_said_before.own_sentence`, no cue), it is the
conjunct of result that opens the next move, the phrase ("i'm kneading pastry so ring
kwame"), the pause before the phrase. Both sides are then sure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import conjunctions
from teachapp.understanding._absolute_after import absolute_after
from teachapp.understanding._adjective_before import adjective_before
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._bare_subject_after import bare_subject_after
from teachapp.understanding._be_complement import be_complement
from teachapp.understanding._bidden_after import home_words, imperative_after
from teachapp.understanding._bidden_next import bidden_next
from teachapp.understanding._called_before import called_before
from teachapp.understanding._called_with_oh import called_with_oh
from teachapp.understanding._complement_to_come import complement_to_come
from teachapp.understanding._counted_after import counted_after
from teachapp.understanding._cue_scope import BACK, OPERATORS, compound_state
from teachapp.understanding._edge_before import called_by_name, called_twice
from teachapp.understanding._forbidden_aside import forbids_other
from teachapp.understanding._group_called import group_called
from teachapp.understanding._held_sound import held_sound
from teachapp.understanding._indirect_object import object_to_come
from teachapp.understanding._it_clause_after import it_clause_after
from teachapp.understanding._linked_gap import linked_gap
from teachapp.understanding._negative_adverbial import negative_adverbial
from teachapp.understanding._next_clause import next_clause
from teachapp.understanding._no_verb_before import no_verb_before
from teachapp.understanding._not_addressed import (
    calls_then_linked,
    remark_of_own,
)
from teachapp.understanding._object_closed import closed_by_object
from teachapp.understanding._object_phrase import closed_by_plural
from teachapp.understanding._opened_by_form import opened_by_form, subject_then_verb
from teachapp.understanding._own_clause import (
    PARTICLES,
    POINTING,
    SUBJECT_DETERMINERS,
    own_statement,
    time_words,
)
from teachapp.understanding._prohibition_after import prohibition_after
from teachapp.understanding._prohibition_before import prohibition_before
from teachapp.understanding._recited import recited
from teachapp.understanding._remark_after import remark_after
from teachapp.understanding._said_before import cue_at, own_sentence
from teachapp.understanding._scene_edge import scene_after
from teachapp.understanding._status_calls import status_calls
from teachapp.understanding._stopping_noun import NOUNS_OF_STOPPING, headed_noun
from teachapp.understanding._that_names import that_names
from teachapp.understanding._told_before import told_before
from teachapp.understanding._twice_after import twice_after
from teachapp.understanding._unlisted_call import unlisted_calls
from teachapp.understanding._vocative_after import vocative_after_command
from teachapp.understanding._vocative_ends import bans_aside, call_ends
from teachapp.understanding._word_classes import verb_only
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens
from teachapp.understanding.resolution import Resolution

__all__ = ["CONJUNCTIONS", "MARKS", "NP_OPENERS", "SWITCH_PARTICLES", "Marked", "boundary_after",
           "boundary_before", "called_alone", "device_kinds", "marked_readings",
           "naming_and_commands", "phrase_spans", "read_marked"]

MARKS = frozenset(".,?!:;")
"""Punctuation that marks a boundary: text with any of it is read as marked."""
CONJUNCTIONS = (conjunctions.COORDINATORS | conjunctions.SUBORDINATORS
                | conjunctions.RELATIVES | {"than", "where", "wherever", "lest"})
"""Coordinators and subordinators (Quirk et al. 1985, 13.1 and 14.11-14.12), with the
relatives and the subordinators of comparison, place and purpose: a clause element after
one joins the clause it opens to the phrase, before one is left waiting. (A respelt
"because", :data:`.conjunctions.REASON_RESPELT`, was never listed here.)"""
BEARING = frozenset({"only", "just", "again", "too", "also", "either", "instead",
                     "already", "anymore", "ever", "even", "yet", "later", "first", "next",
                     "now", "then", "tonight", "today", "tomorrow", "not", "n't",
                     "never", "any", "anyway", "all", "both", "each", "itself"})
"""Adverbs of focus, time and degree and the words of quantity that may follow the
phrase as part of its own clause ("nap time *only*", "movie night *again*": Quirk et al.
1985, 8.116 on focusing adverbs, 8.51 on adjuncts of time): no boundary before them."""
VERB_OPENERS = OPERATORS | shape.CLAUSE_OPERATORS | {"to", "let", "lets", "please",
                                                     "not", "never", "n't", "just"}
"""Words after which the next word is a verb ("can *play*", "to *start*", "let *me*"):
a verb there may take the phrase as its object."""
OPENERS = shape.PRONOUN_SUBJECTS | shape.WH_WORDS | {"there", "it", "this", "that",
                                                     "the", "my", "our", "your", "his",
                                                     "her", "their", "when"}
"""Words that open a clause of its own after the phrase: a subject (a pronoun, a
definite determiner, the existential "there") or a wh-word."""
INTERJECTIONS = frozenset({"oh", "ooh", "oo", "ah", "aah", "ahh", "aw", "aww", "wow", "whoa",
                           "gosh", "golly", "blimey", "crikey", "cor", "phew", "yikes", "eek",
                           "ugh", "urgh", "oops", "whoops", "hmm", "mm", "ha", "aha", "yay",
                           "hooray", "hurrah", "alas", "gee", "jeez", "oof"})
"""Primary interjections (Quirk et al. 1985, 11.54; Biber et al. 1999, 14.3.1.1): each is
an utterance of its own, so nothing after one continues the phrase's clause."""
CALLED_OUT = frozenset({"argh", "gah", "ouch", "ow", "yuck", "eww", "ew", "whew", "cripes",
                        "jeepers", "egad", "zounds", "gadzooks", "lordy", "crivens",
                        "jings", "strewth", "psst", "sh", "shush", "ahem", "achoo",
                        "atishoo", "hic", "meh", "bah", "pah", "pfft", "tsk", "yippee",
                        "woohoo", "whee", "hurray", "huzzah", "voila", "abracadabra",
                        "alakazam", "ahoy", "avast", "yarr", "arr", "haha", "hehe", "oy",
                        "vey", "gevalt", "eish", "aiyah", "aiyoh", "alamak", "hola",
                        "howdy", "greetings", "salutations", "ciao", "bonjour", "aloha",
                        "cheerio", "bye", "attagirl", "attaboy", "hark", "forsooth",
                        "prithee", "alack", "choo", "mwah", "yoh", "alreet", "awright",
                        "slainte", "shwmae", "croeso", "exactly", "precisely", "affirmative",
                        "roger"}) | INTERJECTIONS
"""Interjections called out alone (Quirk et al. 1985, 11.54; the OED's "int." senses):
oaths, sounds of pain, relief, disgust, surprise or joy, laughter, calls for hush, a
sneeze or a hiccup written as said, a conjuror's word, greetings and farewells (11.55),
and the response forms that agree with what was said ("exactly", "affirmative": Biber et
al. 1999, 14.3.3). None is a verb, a noun or a modifier, so said alone before or after a
phrase they are an utterance of their own ("ugh house meeting", "house meeting jeepers"),
as they are with the pause written ("ugh, house meeting")."""
EXTENDERS = frozenset({("and", "stuff"), ("and", "whatnot"), ("and", "suchlike"),
                       ("and", "so", "forth"), ("and", "the", "like"), ("and", "such"),
                       ("and", "things"), ("and", "ting")})
"""General extenders that close an utterance ("lights off and whatnot": Overstreet 1999,
"Whales, Candlelight, and Stuff Like That"): a vague tag on what was said, no thing of
its own to ask for, so the phrase runs as it does with the pause written ("house meeting,
and whatnot"). Not "and everything", "and all" or "and the rest", which may widen the
request, nor "and that", which may point at another thing, nor "or something", which may
ask for something else."""
Taught = Callable[[str], bool]
SWITCH_PARTICLES = PARTICLES | {"on"}
"""Adverb particles a phrase may end in as the state it switches to ("lights *off*",
"kiln *on*", "lock *up*": Quirk et al. 1985, 16.2-16.4). Most are prepositions too, so
a noun phrase after one may be its object; only when it names no place or thing of a
home is it a noun phrase of its own ("lights off *the hermit solitude*")."""
EXCLAIMING = frozenset({"a", "an"})
"""The article of an exclamative "what" ("what a screamer": Quirk et al. 1985, 11.31)."""


@dataclass(frozen=True)
class Marked:
    """The text with a pause put at the edges of a taught phrase that may be clause
    boundaries."""

    text: str
    """The words, with ", " where a boundary may be."""
    start: int
    """Where the phrase starts (a token index)."""
    stop: int
    """Where it ends."""
    sure: bool
    """Whether every side that has words of the speaker's has the shape of a clause's
    edge (see the module docstring); a run read through an unsure side is asked about."""


@lru_cache(maxsize=1)
def naming_and_commands() -> frozenset[str]:
    """Verbs whose object the phrase would be: the naming verbs of :mod:`_clause_shape`
    with their -ed forms, and the one-word routine commands and reporting verbs of the
    lexicon's cues."""
    section = bundled_section("clause_shape") or {}
    naming = {str(w) for w in section.get("naming_verbs") or ()}
    naming |= {w + "d" if w.endswith("e") else w + "ed" for w in naming}
    cues = bundled_section("cues") or {}
    for kind in ("routine_command", "reported", "cancellation", "opinion"):
        for cue in cues.get(kind) or ():
            words = tokens(str(cue))
            if words:
                naming.add(words[-1])
    return frozenset(naming)


def _waiting(word: str) -> bool:
    """Whether ``word`` leaves its clause waiting for what comes after it."""
    return (word in shape.NP_DETERMINERS or word in shape.PREPOSITIONS
            or word in shape.BE_FORMS or word in VERB_OPENERS or word in CONJUNCTIONS
            or word in shape.PRONOUN_SUBJECTS or word in naming_and_commands())


def _waiting_or_bearing(word: str) -> bool:
    """Whether ``word`` leaves its clause waiting or may bear on the phrase after it
    (said twice, still no call: "put put the dryer on" is a verb stammered)."""
    return _waiting(word) or word in BEARING


def _verb_like(word: str) -> bool:
    """An -ed or -ing form ("muttered", "doing"): a verb that may take the phrase as its
    object."""
    return shape.verb_form(word) or (word.endswith("ing") and len(word) >= 5)


@lru_cache(maxsize=1)
def _whole_cues() -> tuple[tuple[str, ...], ...]:
    """The lexicon's cues whose scope is the whole utterance, not their own clause
    (someone else's words, a cancellation, a routine command, an opinion, a
    hypothetical, a condition: :data:`_clause_shape.LOCAL_CUES` are the others)."""
    cues = bundled_section("cues") or {}
    return tuple(tuple(tokens(str(c))) for kind, listed in cues.items()
                 if kind not in shape.LOCAL_CUES for c in listed or () if tokens(str(c)))


def _bears(words: Sequence[str]) -> bool:
    """Whether ``words`` (an aside) may bear on the request: a pro-form that may point
    back at it ("the neighbours want *it*") or a cue whose scope is the whole utterance.
    A particle before a preposition is the adverb of a verb of motion, no cue ("we're
    *off* to bed": Quirk et al. 1985, 16.6 on phrasal-prepositional verbs), where the
    cancellation "off" ends its clause ("the party's off")."""
    if not BACK.isdisjoint(words):
        return True
    # (only the cues that start with a word said, tried at that word: the same answer as
    # every cue tried at every place, which was 1.5 % of a resolve's Python lines in a
    # home of 10,000 phrases of 70 words)
    starting = _whole_cues_by_first()
    for k, word in enumerate(words):
        for cue in starting.get(word, ()):
            if (tuple(words[k:k + len(cue)]) == cue and not _moving(words, k, cue)
                    and not _stopping_noun(words, k, cue)):
                return True
    return False


@lru_cache(maxsize=1)
def _whole_cues_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_whole_cues` by their first word."""
    starting: dict[str, list[tuple[str, ...]]] = {}
    for cue in _whole_cues():
        starting.setdefault(cue[0], []).append(cue)
    return {word: tuple(cues) for word, cues in starting.items()}


def _stopping_noun(words: Sequence[str], k: int, cue: tuple[str, ...]) -> bool:
    """Whether the cue ``cue`` at ``words[k]`` is a noun of stopping an article opens
    ("a hydration stop": :mod:`_stopping_noun`)."""
    return (len(cue) == 1 and cue[0] in NOUNS_OF_STOPPING
            and headed_noun(words, [False] * len(words), k))


def _moving(words: Sequence[str], k: int, cue: tuple[str, ...]) -> bool:
    """Whether the cue ``cue`` at ``words[k]`` is a particle said before a preposition."""
    return (len(cue) == 1 and cue[0] in PARTICLES and k + 1 < len(words)
            and words[k + 1] in shape.PREPOSITIONS)


def _closed(toks: Sequence[str], at: int) -> bool:
    """Whether the words before ``at`` plainly end their clause: in a pronoun object
    ("you've outfoxed me") or a complement right after "be" ("i'm knackered"). A noun
    there may instead modify the phrase or name it ("my bathroom | lights off", "the
    song | barbecue time": a compound or an apposition, Quirk et al. 1985, 17.65-17.72),
    so a boundary after one is not sure."""
    last, before = toks[at - 1], toks[at - 2] if at >= 2 else ""
    if last in shape.OBJECT_PRONOUNS:
        # (not an indirect object, its direct object to come: "show me", :mod:`_indirect_object`)
        return not object_to_come(before, last)
    return before in shape.BE_FORMS and not _waiting(last) and last not in BEARING


def boundary_before(toks: Sequence[str], free: Sequence[bool], at: int,
            own: tuple[Lexicon, Taught] | None = None,
            unknown: Taught | None = None) -> tuple[bool, bool]:
    """(whether a boundary may be right before token ``at``, whether it is sure; with
    ``own``, a call said twice before it is sure too, :mod:`_edge_before`; with
    ``unknown`` too, whether no taught word is like a word, calls no dictionary holds,
    :mod:`_unlisted_call`)."""
    said = [k for k in range(at) if not free[k]]
    if not said:
        return False, True  # (nothing of the speaker's before it: no pause is wanted)
    last = toks[at - 1]
    before = toks[at - 2] if at >= 2 else ""
    if last == "so" and own is not None and _result_before(toks, free, at, *own):
        return True, True
    if (said[-1] == at - 1 and own is not None and last != toks[at]
            and all(called_alone(toks[k], own) for k in said)):
        return True, True  # (interjections alone before it: "ugh house meeting", "oy vey")
    if (said[-1] == at - 1 and own is not None and unknown is not None and last != toks[at]
            and unlisted_calls([toks[k] for k in said], *own, unknown,
                               lambda w: called_alone(w, own))):
        return True, True  # (calls no dictionary holds before it: "hakkeyoi", "eena deena")
    linked = ([toks[k] for k in said] if said[-1] == at - 1 or own is None
              else linked_gap(toks, said, at, lambda w: called_alone(w, own)))
    if (linked is not None and own is not None and unknown is not None
            and calls_then_linked(linked, lambda words: all(
                called_alone(w, own) for w in words) or unlisted_calls(
                words, *own, unknown, lambda w: called_alone(w, own)),
                                  lambda w: called_alone(w, own))):
        return True, True  # (calls and "then" or "and" before it: "tuwhoo then ...",
        # :mod:`_not_addressed`; the connective maybe left out as a filler: :mod:`_linked_gap`)
    if own is not None and said[-1] == at - 1 and compound_state(
            [toks[k] for k in said], *own):
        return True, True  # (a notice of its own before it: "tyre deflation detected")
    if (own is not None and said[-1] == at - 1
            and called_by_name([toks[k] for k in said], toks[at], *own)):
        return True, True  # (a given name called alone before it: "marvin wake up kids")
    if (own is not None and unknown is not None
            and no_verb_before([toks[k] for k in said], toks[at:at + 1], *own, unknown)):
        # (no verb among the words before it, a filler maybe between: "demi plie and
        # echappe", "hoiladio oh and")
        return True, True
    if (own is not None and at >= 2 and not free[at - 1]
            and called_with_oh(toks[at - 2:at], toks[at], *own)
            and not _bears([toks[k] for k in said])
            and own[0].cue_starts.isdisjoint(toks[k] for k in said)):
        # (a noun called after "o" before it, and no cue before the call that may bear on
        # the phrase: "guide me o redeemer", not "no oh boy" nor "we loved it oh boy")
        return True, True
    if own is not None and vocative_after_command(
            toks, at, lambda w: shape.content_word(w, *own) and w not in own[0].cue_starts,
            lambda w: (_waiting_or_bearing(w) or w in own[0].request_words
                       or w in own[0].cue_starts),
            naming_and_commands().__contains__):
        # (a whole command and its hearers called after it: "be upstanding your
        # excellencies", :mod:`_vocative_after`)
        return True, last != toks[at] and not _bears([toks[k] for k in said])
    if _names_object(toks, at):
        return False, False  # (the phrase is what the object is called: "called him X")
    if own is not None and said == [0] and _verb_with_object(toks, free, at, *own):
        return True, True  # (a lone verb and its prepositional object: "abide with me")
    if _waiting(last) or said == [0] or before in CONJUNCTIONS:
        # (a word opening a clause alone before the phrase is in the slot of an
        # imperative's verb: "copy nap time", "... so abandon movie night")
        return False, False
    if negative_adverbial(toks, at):
        return False, False  # (what follows is what it negates: :mod:`_negative_adverbial`)
    if complement_to_come((before, last)):
        return False, False  # (the complement of "be" is to come: "was simply", "was
        # mostly", an adverb the lexicon lists as no adjective: :mod:`_word_classes`)
    if before in shape.PRONOUN_SUBJECTS or before in VERB_OPENERS - shape.BE_FORMS:
        return False, False  # (the verb of a subject or an operator: "i hate", "can play")
    if own is not None and be_complement(
            toks, at, lambda w: (_waiting_or_bearing(w) or w in own[0].request_words
                                 or w in own[0].cue_starts),
            naming_and_commands().__contains__):
        # (an imperative "be" and its complement close their clause: "be upstanding",
        # :mod:`_be_complement`)
        return True, last != toks[at] and not _bears([toks[k] for k in said])
    if own is not None and prohibition_before(toks, at, *own):
        # ("no" and a gerund forbid another act before an imperative: "no slurping heat
        # the bathroom", :mod:`_prohibition_before`)
        return True, last != toks[at] and not _bears([toks[k] for k in said])
    if _verb_like(last) and before not in shape.BE_FORMS:
        # (a participle or past verb whose object may be the phrase: "the driver muttered",
        # "kept repeating"; after "be" it is a complement: "i'm knackered")
        return False, False
    if _inverted(toks[:at]):
        return False, False
    words = [toks[k] for k in said]
    called = own is not None and called_twice(
        words, toks[at], lambda w: _waiting_or_bearing(w) or w in own[0].request_words)
    sure = ((_closed(toks, at) or called
             or (own is not None and (closed_by_object(words, *own)
                                      or closed_by_plural(words, *own)
                                      or _opened(words, toks[at:at + 4])
                                      or bidden_next(words, toks[at:at + 3], *own))))
            and last != toks[at] and not _bears(words))
    return True, sure


PREPOSITIONAL_OBJECTS = frozenset({"me", "us", "him", "them"})
"""Object pronouns that end a prepositional phrase and open no noun phrase ("her" may be a
possessive, "you" a subject)."""


def _verb_with_object(toks: Sequence[str], free: Sequence[bool], at: int, lexicon: Lexicon,
                      taught: Taught) -> bool:
    """Whether the speaker's one word before the phrase at ``at`` is a verb whose
    prepositional object, a pronoun, is said between them ("abide with me", "pray for
    us": the prepositional phrase freed as a carrier's words): the object closes the
    verb's clause, and the phrase after a prepositional object is no object of that verb
    (Quirk et al. 1985, 16.5 on prepositional verbs, 18.36-18.38 on end-weight, which puts
    a direct object after such a phrase only when it is long and heavy), so it is a
    request of its own, as with the pause written ("abide with me, party mode"). Not a
    request word, a cue or a word the home taught ("stop for us ...")."""
    verb = toks[0]
    return (at == 3 and all(free[1:at]) and toks[1] in shape.PREPOSITIONS
            and toks[2] in PREPOSITIONAL_OBJECTS and verb.isalpha()
            and verb not in lexicon.request_words and verb not in lexicon.cue_starts
            and verb not in lexicon.function_words and not taught(verb))


NAMED_OBJECTS = shape.OBJECT_PRONOUNS | {"it"}
"""Objects a verb of naming may take before the name ("called *him* X", "named *it* X")."""


def _names_object(toks: Sequence[str], at: int) -> bool:
    """Whether the words before ``at`` are a verb of naming and its object ("we built a
    snowman and called him", "named it", "calls the dog"): the phrase after them is the
    object's complement, the name given (Quirk et al. 1985, 16.43-16.46 on
    complex-transitive verbs), not a request of its own."""
    last = toks[at - 1]
    if last in NAMED_OBJECTS:
        verb = at - 2
    elif at >= 3 and toks[at - 2] in shape.NP_DETERMINERS:
        verb = at - 3  # ("called the dog X", "named our boat X")
    else:
        return False
    return verb >= 0 and bool(shape.verb_forms(toks[verb]) & shape.shape_section().naming)


def _opened(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` opens a clause by its own form after the speaker's ``words``
    (:func:`_opened_by_form.opened_by_form`), those ending in no word that leaves them
    waiting ("engraved with uh ...") nor being one word with only interjections (a verb
    whose object the phrase may be: "eish drop i'm leaving"), and naming no routine
    command or verb of naming."""
    own = [w for w in words if not called_out(w)]
    return (len(own) > 1 and not _waiting(words[-1])
            and naming_and_commands().isdisjoint(words) and opened_by_form(words, phrase))


def called_out(word: str) -> bool:
    """Whether ``word`` is an interjection of :data:`CALLED_OUT`, its letters maybe drawn
    out as it was said ("shhhh", "pssst", "awww", "yaaay")."""
    return word in CALLED_OUT or (len(word) > 2 and _drawn_in(word) in _CALLED_DRAWN)


def called_alone(word: str, own: tuple[Lexicon, Taught]) -> bool:
    """Whether ``word`` is called out alone: an interjection (:func:`called_out`) or a
    sound held past any spelling (:mod:`_held_sound`: "haaah", "yawwwn", "muuum")."""
    return called_out(word) or held_sound(word, *own)


def _drawn_in(word: str) -> str:
    """``word`` with each run of one letter said as one ("shhhh" -> "sh")."""
    return "".join(c for k, c in enumerate(word) if not k or word[k - 1] != c)


_CALLED_DRAWN = frozenset(_drawn_in(w) for w in CALLED_OUT)


def _result_before(toks: Sequence[str], free: Sequence[bool], at: int, lexicon: Lexicon,
                   taught: Taught) -> bool:
    """Whether the phrase at ``at`` follows "so" said after a sentence that is a turn of
    the speaker's own (:func:`_said_before.own_sentence`: its own words, no thing of the
    home, no pro-form, no cue): "so" is then the conjunct of result that opens the next
    move, the phrase ("i'm kneading pastry so ring kwame": Quirk et al. 1985, 8.137 and
    13.21), and the pause is after it. Not "so" as the adverb or pro-form of the words
    before it ("or so", "ever so", "i think so": :data:`_said_before.NOT_RESULT`)."""
    words = [toks[k] for k in range(at - 1) if not free[k]]
    if not words or toks[at - 2] in NOT_RESULT:
        return False
    return own_sentence(words, lexicon, taught) and not any(
        cue_at(words, lexicon, kind) for kind in lexicon.cues)


def _inverted(words: Sequence[str]) -> bool:
    """Whether the clause before the phrase opens with an operator before its subject
    and has no verb after it ("may our lodger", "do people need": subject-operator
    inversion, Quirk et al. 1985, 11.5; the predicate is still to come)."""
    for k, word in enumerate(words[:-1]):
        opening = k == 0 or words[k - 1] in CONJUNCTIONS or words[k - 1] in shape.WH_WORDS
        if word in OPERATORS and word not in shape.BE_FORMS and (
                opening or words[k + 1] in shape.PRONOUN_SUBJECTS
                or words[k + 1] in shape.NP_DETERMINERS):
            return not any(_verb_like(w) or w in shape.BE_FORMS for w in words[k + 2:])
    return False


def _lead_in(words: Sequence[str]) -> int:
    """How many words open ``words`` as an interjection or a lead-in to news ("ooh",
    "fancy that": the lexicon's ``joined_aside.lead_ins``, less its markers of sequence,
    which may say when the request should run); 0 when none does."""
    if words and called_out(words[0]):
        return 1
    for lead in _news_lead_ins():
        if tuple(words[:len(lead)]) == lead:
            return len(lead)
    return 0


@lru_cache(maxsize=1)
def _news_lead_ins() -> tuple[tuple[str, ...], ...]:
    """The lexicon's lead-ins to news of more than one word, longest first."""
    section = bundled_section("joined_aside") or {}
    leads = {tuple(tokens(str(w))) for w in section.get("lead_ins") or ()}
    return tuple(sorted((w for w in leads if len(w) > 1), key=len, reverse=True))


def _exclaimed(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` are a whole verbless exclamative, "what a" and a noun maybe after
    an adjective ("what a palaver", "what a long day": Quirk et al. 1985, 11.31): an
    utterance of its own, unless a word of it is a home's, or a general or relational
    noun that may point back at the request ("what a good idea", "what a friend")."""
    if not 3 <= len(words) <= 4 or words[0] != "what" or words[1] not in EXCLAIMING:
        return False
    said = words[2:]
    return all(shape.content_word(w, lexicon, taught) for w in said) and not (
        names_home(said) or relational(said[-1])
        or said[-1] in shape.shape_section().general_nouns)


def _own_after(aside: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``aside`` (the speaker's words after the phrase) is a statement of the
    speaker's own whose subject cannot be a noun the phrase modifies (see the module
    docstring)."""
    lead = _lead_in(aside)
    rest = aside[lead:]
    if not rest or _lead_in(rest):
        return False
    if _exclaimed(rest, lexicon, taught):
        return True
    first = rest[0]
    if not lead and not (first in shape.PRONOUN_SUBJECTS or first in SUBJECT_DETERMINERS
                         or first == "there"):
        return False
    return own_statement(rest, lexicon, taught)


def boundary_after(toks: Sequence[str], free: Sequence[bool], at: int,
           own: tuple[Lexicon, Taught] | None = None,
           opened: bool = False, start: int = 0,
           unknown: Taught | None = None) -> tuple[bool, bool]:
    """(whether a boundary may be right after token ``at - 1``, whether it is sure;
    ``opened``: the phrase (from ``start``) opens its clause, nothing of the speaker's
    before it or a boundary there, so a noun phrase after it may be sure)."""
    if at >= len(toks):
        return False, True
    first = toks[at]
    if own is not None and first == "and" and (tuple(toks[at:]) in EXTENDERS or tuple(
            t for t, f in zip(toks[at:], free[at:], strict=True) if not f) in EXTENDERS):
        return True, True  # (a general extender closing it: "house meeting and whatnot")
    if own is not None and first == "and" and at + 1 < len(toks) and toks[at + 1] != "and":
        # (a coordinator before a clause of the speaker's own, sure by itself, joins two
        # clauses, not the phrase to more of its own: "security on and i plight my troth";
        # read as if the phrase did not open its clause, so a noun phrase or an order after
        # "and" is no edge: "reading mode and make coffee" asks for two things)
        # (and without the calls no dictionary holds: a word past "and" that no
        # dictionary holds is a request the home was not taught, "movie mode and
        # frobnicate", not a call)
        joined, sure = boundary_after(toks, free, at + 1, own, False, start)
        if joined and sure:
            return True, True
    if own is not None and it_clause_after(
            toks[at:], lambda w: verb_only(w) and w not in naming_and_commands(), _bears):
        return True, True  # ("it" and its participle open a clause: "... it's skimming the
        # waterlilies", :mod:`_it_clause_after`)
    said_after = [t for t, f in zip(toks[at:], free[at:], strict=True) if not f]
    if own is not None and opened and not _bears(said_after) and next_clause(
            said_after, *own, lambda w: _own_after(w, *own)):
        return True, True  # (a clause of its own opens: "... which pins are left", _next_clause)
    if own is not None and remark_of_own(said_after, toks[start:at], *own):
        return True, True  # (a copular clause of its own: "... that dogs barking again",
        # :mod:`_not_addressed`)
    if own is not None and scene_after(said_after, *own):
        return True, True  # (a remark on the scene, whatever joins it: "... and another
        # newt", :mod:`_scene_edge`)
    if own is not None and opened and that_names(said_after, *own):
        return True, True  # (a thing of the scene named: "... that's a kingfisher",
        # :mod:`_that_names`; after a phrase that may open its clause)
    if (first in shape.PREPOSITIONS or first in CONJUNCTIONS - {"when"}
            or first in OPERATORS or first in shape.BE_FORMS or first in BEARING
            or first in PARTICLES or first in BACK):
        return False, False
    if all(free[at:]):
        return False, True
    aside = [t for t, f in zip(toks[at:], free[at:], strict=True) if not f]
    then = toks[at + 1] if at + 1 < len(toks) else ""
    # (a determiner opens a subject only before its noun: "the is useless" is no clause;
    # a wh-word before a pro-form asks about the request: "what, again?")
    opens = first in OPENERS and not (first in shape.NP_DETERMINERS and _waiting(then)) and not (
        first in shape.WH_WORDS and (then in BACK or then in POINTING))
    # (and a clause has a finite verb: "the lawn's overgrown", not "the right board")
    finite = any(w in OPERATORS or w in shape.CLAUSE_OPERATORS or _verb_like(w)
                 for w in toks[at + 1:at + 5]) or (
        own is not None and subject_then_verb(toks[at:at + 3], *own))
    if own is not None and prohibition_after(aside, *own):
        return True, True  # (another act forbidden after it: "... no bouncing on the bunk
        # beds", :mod:`_prohibition_after`)
    if _bears(aside):
        return True, False
    if own is not None and all(called_out(w) for w in aside) and aside[0] != toks[at - 1]:
        return True, True  # (interjections alone after it: "house meeting jeepers")
    if own is not None and twice_after(aside, toks[at - 1], *own, _waiting_or_bearing):
        return True, True  # (a word said twice alone after it: "... nimbly nimbly")
    if (own is not None and unknown is not None and aside[0] != toks[at - 1]
            and unlisted_calls(aside, *own, unknown, called_out)):
        return True, True  # (calls no dictionary holds after it: "... cuttery quee")
    if own is not None and called_with_oh(toks[at:], toks[at - 1], *own):
        return True, True  # (a noun called after "o" alone after it: "bath time o lord")
    if own is not None and compound_state(aside, *own):
        return True, True  # (a notice of its own after it: "yoga time song thrush verified")
    if own is not None and absolute_after(aside, *own):
        return True, True  # (a verbless clause of its own after it: "security off a squop
        # scrunged", :mod:`_absolute_after`)
    if own is not None and opened and bare_subject_after(aside, *own):
        return True, True  # (a bare noun of its own and its participle or adjective after it:
        # "storm mode swifts scything", :mod:`_bare_subject_after`)
    if own is not None and opened and counted_after(aside, *own):
        return True, True  # (a great many things counted alone after it: "storm mode
        # dozens of swifts", :mod:`_counted_after`)
    return True, (opens and finite) or (own is not None and (
        _own_after(aside, *own) or (opened and (
            _noun_phrase_after(toks, at, aside, *own, start=start)
            or imperative_after(toks[:at], aside, *own)
            or remark_after([t for t, f in zip(toks[:start], free[:start], strict=True)
                             if not f], toks[start:at], aside, *own)))))


SO_SAID = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling",
                     "think", "thinks", "thought", "reckon", "reckons", "hope", "hopes",
                     "believe", "believes", "suppose", "supposed", "guess", "guessed",
                     "expect", "expects", "imagine", "hear", "hears", "heard", "gather",
                     "understand", "seem", "seems", "seemed", "appear", "appears",
                     "appeared", "fear", "claim", "claims", "claimed"})
"""Verbs of saying and thinking that take "so" for the clause they report ("so the lodger
tells me", "so i'm told", "so they say": Quirk et al. 1985, 12.29-12.31 on "so" as a
substitute for a that-clause)."""
NOT_RESULT = frozenset({"or", "and", "not", "just", "ever", "even", "only", "is", "are",
                        "was", "were", "be", "am", "so", "if", "do", "does", "did", "say",
                        "said", "says", "think", "thought", "hope", "guess", "suppose",
                        "reckon", "believe", "expect", "told", "tell", "why", "how",
                        "quite", "look", "looks", "feel", "feels"})
"""Words before "so" that make it an adverb of their own phrase ("or so", "ever so",
"just so", "is so") or the pro-form of a clause ("i think so", "if so", "i told you so":
Quirk et al. 1985, 12.29), no conjunct of result."""
SO_DEGREE = frozenset({"so", "much", "many", "far", "long", "soon", "very", "that", "as",
                       "few", "little", "often", "well", "late", "early", "quickly", "fast"})
"""Words that "so" is an intensifier or a conjunction of before them ("so much", "so
soon", "so far", "so that", "so as": Quirk et al. 1985, 7.56 and 15.48): "so" said of
the phrase's clause, no marker closing it."""


def _so_after(toks: Sequence[str], free: Sequence[bool], at: int, lexicon: Lexicon,
              taught: Taught) -> bool:
    """Whether the phrase that ends before ``at`` is followed by "so" said as the marker
    that closes the speaker's move, a pause after it and more said after ("reading mode so
    a costly bogey", "lock up so browse our website": Biber et al. 1999, 14.3.1.1 on "so"
    as a discourse marker): the words after it are no pro-form or cue that may bear on the
    request, no verb of saying or thinking "so" would stand for the request before, and
    open with no word "so" modifies."""
    if at + 2 >= len(toks) or toks[at] != "so" or free[at + 1]:
        return False
    rest = toks[at + 1:]
    if rest[0] in SO_DEGREE or rest[0] in lexicon.courtesy:
        return False
    return not (_bears(rest) or not SO_SAID.isdisjoint(rest) or not BEARING.isdisjoint(rest[:1]))


NP_OPENERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "their"})
"""Articles and possessives that open a noun phrase and never a modifier's place inside
one ("her" may be an object pronoun, "this" and "that" pro-forms, "no" a repair)."""


def _noun_phrase_after(toks: Sequence[str], at: int, aside: Sequence[str],
                       lexicon: Lexicon, taught: Taught, start: int = 0) -> bool:
    """Whether the speaker's words after the phrase (``toks[at:]``, ``aside``) open with a
    noun phrase of their own: an article or possessive before a content word ("arm the
    alarm *the hermit* solitude", "coffee time *my webcam* froze"), or a ban of a thing of
    its own and where or for whom ("shower time *no wellies on the rug*": the local "no"
    of :mod:`_forbidden_aside`, read with an adjunct only). A determiner ends the
    phrase's noun phrase, so the words after it are no compound head the phrase modifies
    ("movie night tickets": Quirk et al. 1985, 17.108), and a noun phrase is no verb
    whose subject the phrase would be ("bath time keeps ..."). Not sure after a phrase
    ending in a preposition or verb form, which may take it as object or place ("i'm
    leaving *the* office"), nor after a particle (:data:`SWITCH_PARTICLES`) before "a" or
    a possessive or a word of a home's places, things or settings ("lights on *the
    porch*", "lights on *my* headstone", "lights off *a bit*"), nor when it names a time or a
    relation that may bear on the request ("tv time *the whole evening*"), a content
    word a home taught, or after "a", a word with the form of a verb ("a keeps going
    wrong") but an adjective in -ing or -ed before its noun ("a searing butterfly
    stroke"), nor after a naming verb, whose object complement it may be ("call the
    driver *a* ...": 16.43)."""
    first, last = toks[at], toks[at - 1]
    then = toks[at + 1] if at + 1 < len(toks) else ""
    if not shape.content_word(then, lexicon, taught):
        return False
    if first == "no" and not (len(aside) > 2 and aside[0] == first and forbids_other(
            aside, taught, *shape.ban_readers(lexicon), shape.PREPOSITIONS,
            shape.OBJECT_PRONOUNS)):
        return False
    if first not in NP_OPENERS and first != "no":
        return False
    switched = last in SWITCH_PARTICLES and _noun_switched(toks[start:at])
    if (last in shape.PREPOSITIONS and not switched) or _verb_like(last):
        return False
    if switched and (first in EXCLAIMING or first in shape.POSSESSIVES
                     or names_home(aside) or home_words().intersection(aside)):
        # (the particle as a preposition of place: "lights on the porch", "lights on
        # my headstone": a place someone owns is where, not who speaks next)
        return False
    if first in EXCLAIMING and (then.endswith("s") or (_verb_like(then) and not _modifier(
            toks[at + 2:at + 3], lexicon, taught))):
        return False
    if not naming_and_commands().isdisjoint(toks[:at - 1] if switched else toks[:at]):
        return False  # (the object complement of a naming verb: "call the driver a ...")
    times = time_words()
    return not any(w in times or relational(w)
                   or (taught(w) and w not in lexicon.function_words
                       and w not in shape.PREPOSITIONS) for w in aside)


def _modifier(head: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``head``, the word after "a" and a word in -ing or -ed, is a noun that
    word is the adjective of ("a searing butterfly stroke", "a streamlined glide": Quirk
    et al. 1985, 7.15-7.16 on participial adjectives): a content word with no -s (a verb
    after "a" misheard for "it" has one, "a keeps going") and no verb form of its own."""
    return bool(head) and shape.content_word(head[0], lexicon, taught) and not (
        head[0].endswith("s") or _verb_like(head[0]))


def _noun_switched(phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` ends in a particle said of a noun phrase ("living room lights
    *off*", "egg incubator *on*"): two words before it, or a plural, and no determiner
    among them. After a verb and its particle a noun phrase is its object ("lock up *the
    bins*": 16.2-16.4), and a lone word before a particle may be that verb; a determiner
    in the phrase opens the object of a verb before it, whose particle may then be a
    preposition ("put the dryer on *the account*")."""
    head = phrase[:-1]
    if not shape.NP_DETERMINERS.isdisjoint(head):
        return False
    return len(head) >= 2 or (len(head) == 1 and head[0].endswith("s")
                              and not head[0].endswith("ss"))


def _told(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
          lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words before the phrase at ``start`` (to ``stop``) are a
    statement of their own closed where it begins (:mod:`_told_before`), with no pro-form
    or cue in them."""
    words = [toks[k] for k in range(start) if not free[k]]
    return told_before(words, toks[start:stop], lexicon, taught,
                       naming_and_commands() | SO_SAID) and not _bears(words) and not any(
        cue_at(words, lexicon, kind) for kind in lexicon.cues)


@lru_cache(maxsize=1)
def device_kinds() -> frozenset[str]:
    """The built-in commands' words for kinds of device ("lights", "lamp", "heating")."""
    from teachapp.understanding._command_vocab import default_vocabulary

    return frozenset(w for kind in default_vocabulary().kind_words.values() for w in kind)


def _called_before(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
                   lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words before the phrase at ``start``, said last, are a call or
    an exclamation that asks for nothing (:mod:`_called_before`, interjections aside), with
    no pro-form or cue."""
    words = [toks[k] for k in range(start) if not free[k]]
    # (interjections aside: one word left with them may be a verb whose object the phrase
    # is, "meh reverse light the fire", so the words of :func:`called_before` are two or more)
    own = [w for w in words if not called_out(w)]
    if toks[start] in device_kinds() or toks[start].rstrip("s") in device_kinds():
        return False  # (a phrase opening with a kind of device: the words before may
        # say which one, "christmas tree lights off", "back garden lights on")
    return called_before(own, toks[start:stop], lexicon, taught) and not _bears(words) and not any(
        cue_at(words, lexicon, kind) for kind in lexicon.cues)


def _call_ends(side: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
               taught: Taught) -> bool:
    """Whether the speaker's words on one ``side`` of the phrase (``free``: the words not
    theirs) are a call closed by those it calls (:mod:`_vocative_ends`), with no pro-form
    or cue in them."""
    words = [w for w, f in zip(side, free, strict=True) if not f]
    if not call_ends(words, lexicon, taught):
        return False
    judged = bans_aside(words, lexicon, taught)  # (a ban of its own: "no bombing nippers")
    return not _bears(judged) and not any(cue_at(judged, lexicon, kind) for kind in lexicon.cues)


def _nothing_after(free: Sequence[bool], stop: int, right: bool, right_sure: bool) -> bool:
    """Whether no word of the speaker's after the phrase that ends at ``stop`` may belong to
    its clause: none is said, or the edge after it is sure, a clause or call of their own
    there ("sforzando strings | dim the hallway | croqueted thwack"). Words of its clause
    after it might make the phrase a part of it ("... tickets"), and words before it
    (:func:`_called_before`) a modifier of that; past a sure edge they cannot."""
    return all(free[stop:]) or (right and right_sure)


def phrase_spans(stems: Sequence[str], exact: Mapping[tuple[str, ...], object],
                 longest: int) -> list[tuple[int, int]]:
    """Where a taught phrase is said whole in ``stems`` with a word beside it, longest
    first: the only places a boundary is looked for (cheap, so most text stops here)."""
    n_said = len(stems)
    return [(i, i + n) for n in range(min(longest, n_said), 0, -1)
            for i in range(n_said - n + 1)
            if (i > 0 or i + n < n_said) and tuple(stems[i:i + n]) in exact]


def marked_readings(text: str, toks: Sequence[str], free: Sequence[bool],
                    stems: Sequence[str], exact: Mapping[tuple[str, ...], object],
                    longest: int, own: tuple[Lexicon, Taught] | None = None,
                    wanted: Callable[[int, int], bool] | None = None,
                    unknown: Taught | None = None,
                    beside: Callable[[str, Sequence[str]], bool] | None = None,
                    ) -> list[Marked]:
    """``text`` (unpunctuated) with pauses put at the licensed edges of each taught phrase
    said whole in it (``exact``: the resolver's phrase stems -> ids; longest first;
    ``own``: the lexicon and the home's taught words; when given, a statement of the
    speaker's own after the phrase is a sure edge; ``wanted``: when given, only the spans
    ``(start, stop)`` it keeps are read, so a home of shared words, where nearly every
    stretch spells a phrase, reads no edges it will not use; ``unknown``: whether no
    taught word is like a word; with ``own``, calls no dictionary holds alone on a side
    make it sure, :mod:`_unlisted_call`; ``beside``: when given, whether a word like a
    taught word is still none misheard beside the phrase of those stems, for no phrase
    taught with the phrase's words holds a word it is like: :mod:`_not_addressed`)."""
    if MARKS.intersection(text) or len(toks) < 2:
        return []
    unknown_word = unknown
    spans = [(i, j) for i, j in phrase_spans(stems, exact, longest) if not all(free[i:j])]
    out: list[Marked] = []
    seen: set[str] = set()
    for i, j in spans[:4]:
        if wanted is not None and not wanted(i, j):
            continue
        unknown = _unknown_beside(unknown_word, beside, stems[i:j])
        left, left_sure = boundary_before(toks, free, i, own, unknown)
        right, right_sure = boundary_after(toks, free, j, own, left or all(free[:i]), i, unknown)
        trailing = not right and own is not None and _so_after(toks, free, j, *own)
        if trailing:
            right, right_sure = True, True
        if own is not None and unknown is not None and recited(toks, free, i, j, *own, unknown,
                                                               called_out):
            left = right = left_sure = right_sure = True  # (an item of a count: _recited)
        called_before, called_after = (status_calls(toks, free, i, j, *own) if own is not None
                                       else (False, False))  # (between status calls)
        left, left_sure = (True, True) if called_before else (left, left_sure)
        right, right_sure = (True, True) if called_after else (right, right_sure)
        if own is not None and adjective_before(toks, free, i, j, *own):
            left, left_sure = True, True  # (an adjective before a verb and its object)
        if own is not None and group_called(toks, free, i, *own):
            left, left_sure = True, True  # (a group called first: "legato violas ...")
        if not left and not right:
            continue
        if (left and not left_sure and own is not None and right_sure
                and (right or j == len(toks)) and _told(toks, free, i, j, *own)):
            left_sure = True  # (a statement of its own closed before it: _told_before)
        if (left and not left_sure and own is not None
                and _nothing_after(free, j, right, right_sure)
                and _called_before(toks, free, i, j, *own)):
            left_sure = True  # (a call or exclamation before it, nothing or a sure edge
            # after it: _called_before)
        if own is not None and left and not left_sure and _call_ends(toks[:i], free[:i], *own):
            left_sure = True  # (a call closed by those it calls, before it: _vocative_ends)
        if (own is not None and right and not right_sure
                and _call_ends(toks[j:], free[j:], *own)):
            right_sure = True  # (a call closed by those it calls, after it: _vocative_ends)
        words = list(toks)
        if trailing:
            words[j] += ","
        elif right:
            words[j - 1] += ","
        if left:
            words[i - 1] += ","
        marked = " ".join(words)
        if marked in seen:
            continue
        seen.add(marked)
        out.append(Marked(marked, i, j, left_sure and right_sure))
    return out


def _unknown_beside(unknown: Taught | None,
                    beside: Callable[[str, Sequence[str]], bool] | None,
                    phrase: Sequence[str]) -> Taught | None:
    """``unknown``, widened by ``beside`` to the words like a taught word that no phrase
    taught with ``phrase``'s words holds (:func:`marked_readings`)."""
    if unknown is None or beside is None:
        return unknown
    return lambda word: unknown(word) or beside(word, phrase)


def read_marked(text: str, toks: Sequence[str], free: Sequence[bool], stems: Sequence[str],
                exact: Mapping[tuple[str, ...], tuple[int, list[int]]], longest: int,
                routine_names: Sequence[str],
                resolve: Callable[[str], Resolution],
                named: Set[str | None] | None = None,
                own: tuple[Lexicon, Taught] | None = None,
                unknown: Taught | None = None,
                beside: Callable[[str, Sequence[str]], bool] | None = None,
                ) -> Resolution | None:
    """The run of ``text`` read with its boundaries marked (see the module docstring):
    the first marked reading that ``resolve`` runs as the routine of the phrase whose
    edges were marked, asked about (``clarify``) when a side is not sure; None when none
    runs it. ``named``: when given, only a phrase of one of these routines (those the
    unmarked reading named) is read again, so a home of shared words does not resolve
    every phrase its words happen to spell. ``own``, ``unknown``: see
    :func:`marked_readings`; ``beside`` too."""
    def routines_of(start: int, stop: int) -> set[str]:
        return {routine_names[k] for k in exact[tuple(stems[start:stop])][1]}

    def wanted(start: int, stop: int) -> bool:
        return named is None or not routines_of(start, stop).isdisjoint(named)

    for marked in marked_readings(text, toks, free, stems, exact, longest, own, wanted,
                                  unknown, beside):
        routines = routines_of(marked.start, marked.stop)
        again = resolve(marked.text)
        if again.decision != "run" or again.routine not in routines:
            continue
        if marked.sure:
            return replace(again, utterance=text)
        return replace(again, utterance=text, decision="clarify", reason="unsure")
    return None
