"""A statement of the speaker's own set beside a taught phrase, whatever joins them: "no,
ottilie, koalas aren't bears. lights on", "water the seed trays, i haven't a clue where my
wallet's got to", "feed waffle, the dishes are all dried", "my fingertips are all
glittery, so ring imogen", "fare's just hopped out", "go on then, you've persuaded me".

A clause is a unit of its own: its subject and its predicate say one thing, and its
negation, its tense and its question reach no further than it (Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 2.13-2.16 on the clause elements, 10.64
on the scope of negation, 4.11 on tense as a feature of the finite verb phrase of a
clause). So when a clause set off from the phrase (by sentence punctuation, a comma, a
dash, a connective or nothing at all, before or after it) has a subject and a finite verb
of its own and says a thing of its own with them, the request beside it is read as it
would be alone. :mod:`_clause_shape` reads the clauses whose subject is a pronoun or a
noun with a determiner and whose object is a noun phrase of its own; this module reads the
subjects and predicates it leaves out:

- a subject with no determiner: a plural or mass noun ("koalas aren't bears", "penguins
  can't fly": the zero article of generic reference, 5.52-5.59), a name or a noun whose
  "'s" (the enclitic "is" or "has", 3.23) the normaliser joined to it ("canberra's in
  australia", "fare's just hopped out", "meter's off");
- a predicate with no object: an intransitive verb and its particle ("hopped out",
  "playing up": phrasal verbs, 16.2-16.4), a subject complement ("all dried", "all
  glittery", "miles away", "a fruit", 16.21), a place (a prepositional phrase, "in
  australia"), or the speaker as object ("you've persuaded me");
- a subject "that" the predicate identifies as a thing of someone's ("that was your
  ankle", "that's your pullover": 6.40 on demonstratives as pronouns), no general noun
  that would point back at the request ("that's my idea": Halliday & Hasan 1976, 6.4).

Still stopped, as a clause that bears on the request: one with a pro-form that may point
back at it ("it", "that one", "do it", "so"; 12.8), "already" or "again", a word a home
taught (the phrase inside the clause, "we had movie night yesterday"), a device, a room, a
time or a number; one with no content of its own ("i did", "we watched", "i meant to",
"you messed up": a pronoun subject needs a word of its own after its verb, a particle is
none); the addressee judged with nothing more ("you're too slow": about the assistant);
a thing judged in the past and nothing more ("the film was great": it may be the request
under another name, as :mod:`_clause_shape` reads it); a verb whose object may be the
request ("we watched", "the kids loved"); and a word that says the request is over
("we're done"). Cues whose scope is the whole utterance (someone else's words, a
condition, a hypothetical) stay cues: :mod:`_joined_aside` never frees them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._carriers import WEEKDAYS
from teachapp.understanding._cue_scope import BACK, event_verbs, people
from teachapp.understanding._irregular_past import past_forms
from teachapp.understanding.commands import default_vocabulary
from teachapp.understanding.copula import PAST
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["own_statement", "taught_thing", "time_words"]

Taught = Callable[[str], bool]

LONGEST = 10
"""Most words of a statement read here (a longer one says more than an aside)."""
PARTICLES = frozenset({"up", "down", "out", "off", "in", "away", "back", "over",
                       "around", "about", "through", "along"})
"""Adverb particles that finish a phrasal verb ("hopped *out*", "playing *up*",
"clocked *off*"; Quirk et al. 1985, 16.2-16.4)."""
SPEAKER = frozenset({"me", "us"})
"""The speaker as object: a clause that does a thing to the speaker has no room left for
the request ("you've persuaded me")."""
PERSONS = frozenset({"you", "him", "her"})
"""People as object ("i wasn't on about you", "i elbowed him")."""
POINTING = frozenset({"already", "again", "so", "too", "anyway", "instead", "either",
                      "as", "later", "now", "yet"})
"""Adverbs that may relate a clause to the request beside it ("i did already", "i think
so", "me too", "later": 8.51 on adjuncts of time; 12.8 on "so" as a pro-form)."""
DEGREE = frozenset({"just", "all", "finally", "really", "totally", "completely", "still",
                    "quite", "very", "proper", "right", "properly", "never", "only", "even",
                    "also", "merely", "simply", "barely", "hardly"})
"""Adverbs of degree, time or focus between a verb and what it says ("the kettle's *just*
boiled", "the dishes are *all* dried", "i was *only* joking"; 8.104 on intensifiers, 8.116
on focusing adverbs): none is a word of the clause's own."""
SUBJECT_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "a", "an"})
"""Determiners of a subject of the speaker's world (:data:`_clause_shape.OWN_DETERMINERS`),
and the indefinite article ("a tomato's a fruit")."""
THERE = "there"
"""The existential subject ("there's a sleeper upstairs": 18.44)."""
QUESTION_WORDS = frozenset({"where", "what", "who", "whose", "which", "how", "why", "when"})
"""Wh-words: a clause they open is a question (:mod:`_clause_shape` reads its own)."""
PAST_BE = PAST
PERFECT = frozenset({"have", "has", "had"})


def _section() -> dict[str, list[str]]:
    return bundled_section("own_clause") or {}


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Nouns and adverbs of time of the built-in commands' schedules ("tomorrow",
    "tonight", "morning"), the weekdays, and the lexicon's ``own_clause.times``: a clause
    that names one may say when the request should run."""
    vocab = default_vocabulary()
    words = {w for phrase in vocab.schedule for w in phrase if w.isalpha()}
    extra = {t for w in _section().get("times") or () for t in tokens(str(w))}
    return frozenset((words | WEEKDAYS | extra) - shape.PREPOSITIONS - {
        "when", "whenever", "while", "every", "schedule"})


def _content(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    return shape.content_word(word, lexicon, taught)


def _noun(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """A content word that may be a noun: no -ed or -ing form of a verb, no -ly adverb."""
    return _content(word, lexicon, taught) and not shape.verb_form(word) and not (
        word.endswith("ly") and len(word) > 5) and word not in QUESTION_WORDS


def _subject(said: Sequence[str], lexicon: Lexicon, taught: Taught,
             most: int = 2) -> tuple[int, str]:
    """(where the subject of ``said`` ends, its kind: "pronoun", "there", "that", "noun",
    "enclitic" when its last word may carry a joined "'s"), or (0, "") when none opens
    the clause; a noun subject has ``most`` nouns at most."""
    first = said[0]
    if first in shape.PRONOUN_SUBJECTS:
        return 1, "pronoun"
    if first == THERE and said[1] in shape.BE_FORMS:
        return 1, "there"
    if first == "that" and said[1] in shape.BE_FORMS:
        return 1, "that"
    k = 1 if first in SUBJECT_DETERMINERS else 0
    end = k
    while end < len(said) and end - k < most and _noun(said[end], lexicon, taught) and not (
            end > k and said[end] in past_forms()):
        end += 1  # (an irregular past after the noun is its verb: "the jockey's *fallen*
        # off", "the lid *fell* off": Quirk et al. 1985, 3.11-3.17, :mod:`_irregular_past`)
    if end == k:
        return 0, ""
    last = said[end - 1]
    kind = "enclitic" if len(last) > 3 and last.endswith("s") and not last.endswith(
        "ss") else "noun"
    return end, kind


def _verb_group(said: Sequence[str], k: int, kind: str, lexicon: Lexicon,
                taught: Taught) -> tuple[int, str]:
    """(where the finite verb group that opens at ``said[k]`` ends, its head: an operator
    or a lexical verb), or (0, "") when none opens there. After a noun whose "'s" was
    joined to it, the verb group may be that "'s" alone (nothing said: the head is "")."""
    if k >= len(said):
        return 0, ""
    word = said[k]
    if word in shape.CLAUSE_OPERATORS:
        end = k + 1
        while end < len(said) and (said[end] in shape.NEGATORS or said[end] in DEGREE):
            end += 1
        return end, word
    while k < len(said) and said[k] in DEGREE:
        k += 1
    if k >= len(said):
        return 0, ""
    word = said[k]
    if _content(word, lexicon, taught) and (shape.verb_form(word, "ed", "s", "ing") or (
            kind == "pronoun") or word in past_forms()):
        # (a lexical verb: "i swiped your stool", "penguins fly", "the baby woke")
        return k + 1, word
    if kind == "enclitic":
        return k, ""  # ("meter's off", "canberra's in australia")
    return 0, ""


def _complement(rest: Sequence[str], lexicon: Lexicon, taught: Taught) -> tuple[bool, bool]:
    """(whether every word of ``rest`` may be a word of a predicate of the clause's own,
    whether one of them is a content word of its own)."""
    content = False
    for k, w in enumerate(rest):
        after = rest[k + 1:]
        if w == "to" and not (after and (after[0] in shape.NP_DETERMINERS or _noun(
                after[0], lexicon, taught))) and not (
                not after and not shape.WH_WORDS.isdisjoint(rest[:k])):
            # (an infinitive whose verb is left out points back at the request: "i meant
            # to", "i intended to at teatime"; a preposition stranded after a wh-word is
            # none: "where my wallet's got to")
            return False, False
        if w in BACK and not (w in shape.DEMONSTRATIVES and k + 1 < len(rest) and _noun(
                rest[k + 1], lexicon, taught)):
            return False, False
        if w in POINTING or (w in shape.ENDING and not (w in PARTICLES and k == 0)):
            return False, False
        if _content(w, lexicon, taught):
            content = True
        elif not (w in lexicon.function_words or w in shape.PREPOSITIONS or w in PARTICLES
                  or w in shape.NP_DETERMINERS or w in shape.OBJECT_PRONOUNS
                  or w in shape.NEGATORS or w in shape.CLAUSE_OPERATORS or w in DEGREE
                  or w in shape.WH_WORDS or w in shape.PRONOUN_SUBJECTS):
            return False, False
    return True, content


def taught_thing(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said`` holds a word a home taught as a thing of it: not a function word,
    a word of a closed class, a particle or preposition said after a word of the clause's
    own ("the fare's just hopped *out*" beside "lights out"), nor an adverb of degree
    before the word it modifies ("the dishes are *all* dried" beside "all lights on").
    Public: :mod:`_said_before` reads a taught thing so."""
    return any(
        taught(w) and w not in lexicon.function_words and w not in shape.CLOSED
        and not ((w in PARTICLES or w in shape.PREPOSITIONS) and k > 0)
        and not (w in DEGREE and k + 1 < len(said))
        for k, w in enumerate(said))


def _withdraws(said: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``said`` holds a cancellation of several words, an idiom that takes a request
    back wherever it stands ("i have changed my mind", "i'm only joking"); a cancellation
    of one word may be the clause's own ("i clocked off early", "the rain stopped")."""
    words = tuple(said)
    for cue in lexicon.cues.get("cancellation", ()):
        n = len(cue)
        if n > 1 and any(words[k:k + n] == cue for k in range(len(words) - n + 1)):
            return True
    return False


def own_statement(said: Sequence[str], lexicon: Lexicon, taught: Taught,
                  most: int = 2) -> bool:
    """Whether ``said`` (a clause's words, free words aside) is a statement of the
    speaker's own in a shape of the module docstring, its noun subject of ``most`` nouns
    at most (1: the second noun read as the verb, "the goat *nibbles* thistles", "the mill
    *grinds* oats": a noun and a verb in -s look alike)."""
    if not 2 <= len(said) <= LONGEST or not all(w.isalpha() for w in said):
        return False
    if names_home(said) or not time_words().isdisjoint(said) or not (
            lexicon.number_words.isdisjoint(said)) or taught_thing(said, lexicon, taught):
        return False
    if _withdraws(said, lexicon):
        return False
    end, kind = _subject(said, lexicon, taught, most)
    if not end or end >= len(said):
        return False
    verb_end, head = _verb_group(said, end, kind, lexicon, taught)
    if not verb_end and not (kind == "enclitic" and head == ""):
        return False
    if kind == "enclitic" and not verb_end:
        verb_end = end
    rest = said[verb_end:]
    if not rest:
        return False
    if head and head not in shape.CLAUSE_OPERATORS and not (
            event_verbs().isdisjoint(shape.verb_forms(head))):
        return False  # (a verb that takes an event for its object: "the kids loved ...")
    whole, content = _complement(rest, lexicon, taught)
    if not whole:
        return False
    speaker = not SPEAKER.isdisjoint(rest) or not PERSONS.isdisjoint(rest)
    if kind == "that":
        # (identified as a thing of someone's: "that was your ankle")
        return rest[0] in shape.POSSESSIVES and len(rest) == 2 and content and not (
            relational(rest[1]) or rest[1] in shape.shape_section().general_nouns)
    if kind == "pronoun" and said[0] == "you" and not speaker and not any(
            shape.noun_phrase(rest, j, lexicon, taught) for j in range(len(rest))):
        return False  # (the addressee judged: "you're too slow", "you were right")
    if shape.general_noun_last(said):
        return False  # (a general noun made definite: "i'm not keen on the whole thing")
    negated = not shape.NEGATORS.isdisjoint(said)
    if negated and ((len(rest) == 1 and not (rest[0].endswith("s") and len(rest[0]) > 3)) or (
            kind != "pronoun" and said[end - 1] in people(lexicon))):
        # (a state negated, no thing of its own: the speaker's or people's who may not want
        # the request, "we're not ready", "the kids aren't keen"; a class is no state,
        # "koalas aren't bears")
        return False
    if kind in ("noun", "enclitic") and head in PAST_BE and len(rest) == 1:
        return False  # (a thing judged in the past: "the film was great")
    if len(rest) == 1 and (head in PERFECT or (kind == "pronoun" and head not in (
            shape.BE_FORMS))):
        return False  # (a verb whose object may be the request: "we've watched", "i did
        # ring", "we've fed")
    if kind == "pronoun" or kind == "there":
        # (a word of its own that may be a noun, or a person as object: "i was miles
        # away"; not "we were watching", which may have the phrase for its object)
        return speaker or any(_noun(w, lexicon, taught) for w in rest)
    # (a noun subject and a particle of its own: "the fare's just hopped out", "the
    # meter's off"; or a place by the speaker or a person, a preposition and its pronoun
    # object: "the moon's over us", "the dog's behind you")
    return content or rest[-1] in PARTICLES or (
        len(rest) == 2 and rest[0] in shape.PREPOSITIONS and rest[1] in SPEAKER | PERSONS)
