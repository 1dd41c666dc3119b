"""A clause of the speaker's own joined to a taught phrase by a connective, or said to
themselves: "solar filter on, but who's nabbed my fountain pen?", "dew heater on, so, the
postman's off with his knee", "lights on so, um, what else, the rockery", "mustn't
misplace my library card. lights on", "holy moly, the state of this carpet! fan on".

A coordinator ("but", "so", "and": Quirk et al. 1985, 13.1-13.5 and 13.19 on "so" as a
conjunct that coordinates clauses) opens a clause of its own. When what follows it has a
subject and arguments of its own (no taught word, no pro-form pointing back: those are
ruled out by :func:`_clause_shape.own_shape` and here alike), its tense, negation,
question and particles stay in it (10.64 on the scope of negation, 11.14 on the
wh-question) and the request beside it is made as it would be alone. So, after a
connective, this module reads:

- the interjections that lead in news or self-talk as no words of the clause (the
  lexicon's ``joined_aside.lead_ins``: "guess what", "you'll never guess", "get this";
  Biber et al. 1999, 14.3 on inserts), and an emphasiser before a negator as part of
  the negation ("positively no felt tips": ``joined_aside.emphasisers``, Quirk et al.
  1985, 8.104 on emphasisers);
- a definite subject whose "'s" the normaliser joined to it, as :mod:`_clause_shape`
  reads after "but", and its particle of absence with a cause or a destination of its
  own ("the postman's off with his knee", "the curate's off to fiji"; OED "off", adv.,
  of absence from work);
- a statement whose subject is a name or a noun with no determiner ("mrs pembleton had
  triplets", "dermot's popped the question"; Quirk et al. 1985, 5.60 on proper nouns);
- wh-questions :mod:`_clause_shape` leaves aside: the wh-word the subject before a verb
  and an argument of its own ("who's nabbed my fountain pen", "who keeps hiding my
  moccasins"), "when" with an inverted operator (a question of time past, no time for
  the request: "when did we get so many coat hangers"; a clause of time is not inverted,
  "when we get back"), and "be" before a noun phrase and a place or a postmodifier of its
  own ("why is the hoover on the trampoline", "what's the tallest mountain in wales").

Said anywhere beside a phrase said exactly, it reads talk to oneself: a whole formula of
self-talk (``joined_aside.self_talk``: "what else", "where was i", "what am i like"), a
self-admonition whose subject, the speaker, is left out ("mustn't misplace my library
card": a modal and a verb with an object of its own; Quirk et al. 1985, 12.47 on
situational ellipsis of the subject), the speaker's own state in a prepositional phrase
("i'm all of a dither"), and a verbless exclamation said first ("the state of this
carpet": a noun phrase exclaimed at, 11.41-11.43 on irregular sentences).

Joined or not, a statement whose subject or predicate :mod:`_clause_shape` does not read
(a subject with no determiner, a predicate with no object: "koalas aren't bears", "the
fare's just hopped out") is read by :mod:`_own_clause`.

Still stopped: "..., but not the lamp", "..., so don't bother", "..., but did you do
it?", "..., so is it on?", "..., so it's already on" (a pro-form, a negation of the
request, or no shape here), and a story told on after "and" (:mod:`_told`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _own_clause
from teachapp.understanding._asked_aside import argument_after, names_home, relational
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["CONNECTIVES", "joined_clause", "joined_frees", "joined_shape", "lead_in"]

Taught = Callable[[str], bool]

CONNECTIVES = frozenset({"but", "so", "and"})
"""Coordinators that join a clause of the speaker's own to the request (Quirk et al.
1985, 13.1-13.5)."""
ABSENT = frozenset({"off", "away", "out"})
"""Particles that say a subject is absent ("the postman's off", "mum's away")."""
OF_ABSENCE = frozenset({"with", "to", "for", "on", "sick", "until", "till"})
"""What may follow a particle of absence: its cause ("off with his knee", "off sick"),
where to ("off to fiji") or how long ("away for a week", "off on holiday")."""
MODALS = frozenset({"must", "should", "need", "got", "have", "ought", "better"})
"""Modals of obligation that open a self-admonition with its subject left out ("mustn't
forget", "must remember", "need to ring"; Quirk et al. 1985, 4.54)."""
WH_SUBJECTS = frozenset({"who", "what"})
STRUCTURAL = ABSENT | {"all"}
"""Words a home may have taught ("office off", "all lights on") that build the shapes
read here before more of the clause ("off with his knee", "all of a dither")."""
CLOSED_WORDS = frozenset({"when", "so", "there", "come", "her", "his", "their", "our",
                          "my", "your", "the", "a", "an", "many", "much", "we", "you"})
"""Words of closed classes a home may have taught in a phrase ("how many dogs are booked",
"text aisha about her mooring", "coming home"): determiners, pronouns, wh-words and the
"come" of "how come"."""


class _Words:
    """The lexicon's ``joined_aside`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def phrases(name: str) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(tokens(str(w))) for w in raw.get(name) or ())

        self.lead_ins = phrases("lead_ins")
        self.self_talk = phrases("self_talk")
        self.emphasisers = frozenset(w for p in phrases("emphasisers") for w in p)
        self.exclaimed = frozenset(w for p in phrases("exclaimed_nouns") for w in p)
        self.longest = max((len(p) for p in self.lead_ins | self.self_talk), default=1)


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(bundled_section("joined_aside") or {})


def lead_in(words: Sequence[str], k: int) -> int:
    """How many words at ``words[k]`` are a connective, an interjection that leads in news
    or self-talk, or an emphasiser before a negator; 0 when none is.
    Public: :mod:`_second_request` reads a lead-in so."""
    lex = _words()
    if words[k] in CONNECTIVES:
        return 1
    if words[k] in lex.emphasisers and k + 1 < len(words) and words[k + 1] in shape.NEGATORS:
        return 1
    for n in range(min(lex.longest, len(words) - k), 0, -1):
        if tuple(words[k:k + n]) in lex.lead_ins:
            return n
    return 0


def _self_talk(said: Sequence[str]) -> bool:
    """Whether ``said`` is a whole formula of self-talk ("what else", "where was i")."""
    return tuple(said) in _words().self_talk


def _content(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    return shape.content_word(word, lexicon, taught)


def _trimmed(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> list[str]:
    """``said`` less a sentence adverb said last ("..., apparently", "..., evidently":
    Quirk et al. 1985, 8.127 on disjuncts, which comment on the clause, not in it)."""
    out = list(said)
    if len(out) > 3 and out[-1].endswith("ly") and len(out[-1]) > 6 and _content(
            out[-1], lexicon, taught):
        out.pop()
    return out


def _absent(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A definite subject joined to its "'s", a particle of absence and its cause, where
    to or how long, all of its own ("the postman's off with his knee", "the curate's off
    to fiji"); no device nor room is named."""
    if len(said) < 4 or said[0] not in shape.OWN_DETERMINERS or names_home(said):
        return False
    # (the noun its "'s" is joined to, maybe after a premodifier: "the window cleaner's")
    k = 2 if len(said) > 4 and said[2] in ABSENT else 3
    noun = said[k - 1]
    if not (len(noun) > 3 and noun.endswith("s") and all(
            _content(w, lexicon, taught) for w in said[1:k])):
        return False
    if len(said) < k + 2 or said[k] not in ABSENT or said[k + 1] not in OF_ABSENCE:
        return False
    return (len(said) == k + 2 and said[k + 1] == "sick") or argument_after(
        said, k + 2, lexicon, taught)


def _named_statement(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A subject with no determiner, a name ("mrs pembleton", "dermot's": one or two
    content words), its verb and an argument of its own ("had triplets", "popped the
    question"); not negated."""
    if len(said) < 3 or not shape.NEGATORS.isdisjoint(said) or names_home(said):
        return False
    for size in (1, 2):
        verb = size
        if verb >= len(said) - 1 or not all(_content(w, lexicon, taught) and not (
                shape.verb_form(w)) for w in said[:size]):
            continue
        if said[verb] in shape.CLAUSE_OPERATORS:
            # (an operator: "had triplets", "has got a new job", "is taken up salsa")
            if argument_after(said, verb + 1, lexicon, taught) and (
                    said[verb] in ("had", "has", "have") or shape.verb_form(said[verb + 1])):
                return True
            continue
        if shape.verb_form(said[verb], "ed", "en") and _content(said[verb], lexicon, taught) and (
                argument_after(said, verb + 1, lexicon, taught)):
            return True  # ("dermot's popped the question", "ruby passed her exam")
    return False


def _asked_own(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A wh-question about a thing of its own in the shapes of the module docstring."""
    if len(said) < 3 or not shape.NEGATORS.isdisjoint(said):
        return False
    first = said[0]
    if first != "why" and names_home(said):
        return False  # (why a device is in a place of its own: "why is the hoover on the
        # trampoline"; see below)
    if first in WH_SUBJECTS:
        k = 1 + (said[1] in shape.CLAUSE_OPERATORS)
        # (the wh-word the subject, a verb or two and an argument of its own: "who's
        # nabbed my fountain pen", "who keeps hiding my moccasins", "who's been at my
        # digestives")
        verbs = k
        while verbs < len(said) and verbs - k < 2 and (
                said[verbs] == "been" or _content(said[verbs], lexicon, taught)) and (
                said[verbs] == "been" or verbs == k or _participle(said[verbs])):
            verbs += 1
        if verbs > k and (said[k] == "been" or _participle(said[k]) or (
                said[k].endswith("s") and k == 1)) and argument_after(
                said, verbs, lexicon, taught) and not relational(said[-1]):
            return True
    if first == "when" and said[1] in shape.CLAUSE_OPERATORS:
        # (inverted: a question of when, no time for the request; "when did we get so many
        # coat hangers")
        subject = said[2]
        if subject in shape.PRONOUN_SUBJECTS:
            return len(said) > 4 and _content(said[3], lexicon, taught) and argument_after(
                said, 4, lexicon, taught)
        return shape.noun_phrase(said, 2, lexicon, taught) > 2
    if first in ("why", "what", "which", "who") and said[1] in shape.BE:
        # ("why is the hoover on the trampoline", "what's the tallest mountain in wales":
        # a noun phrase of its own and a place or a postmodifier of its own)
        end = shape.noun_phrase(said, 2, lexicon, taught)
        while end and end < len(said) - 1 and _content(said[end], lexicon, taught) and (
                said[end + 1] in shape.PREPOSITIONS):
            end += 1  # (an -ing noun its head: "the tallest building in dubai")
        if end == len(said) and first in ("what", "which") and end - 2 >= 3 and (
                _superlative(said[3], lexicon, taught)) and not relational(said[-1]):
            return True  # (a superlative picks out a thing of the world: "what's the
            # biggest planet"; Quirk et al. 1985, 7.82)
        if end and not relational(said[end - 1]) and end < len(said) - 1 and (
                said[end] in shape.PREPOSITIONS) and said[end] not in shape.ENDING and (
                not names_home(said[end:])):
            return argument_after(said, end + 1, lexicon, taught) and not any(
                relational(w) for w in said[end:])
    return False


def _participle(word: str) -> bool:
    """Whether ``word`` has the form of a participle or a verb's -ing ("nabbed", "eaten",
    "hiding")."""
    return shape.verb_form(word, "ed", "ing", "en")


def _superlative(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` has the form of a superlative adjective ("tallest", "biggest")."""
    return len(word) > 5 and word.endswith("est") and _content(word, lexicon, taught)


def _admonished(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A self-admonition, its subject the speaker left out: a modal of obligation, maybe
    "not" and "to", a verb and an object of its own ("mustn't misplace my library card",
    "must remember the milk", "need to ring the dentist")."""
    if len(said) < 3 or said[0] not in MODALS:
        return False
    k = 1
    while k < len(said) and said[k] in ("not", "to"):
        k += 1
    return k + 1 < len(said) and _content(said[k], lexicon, taught) and (
        shape.noun_phrase(said, k + 1, lexicon, taught) == len(said))


def _own_state(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """The speaker's own state in a prepositional phrase, maybe after a degree word ("i'm
    all of a dither", "i'm in a right pickle", "we're at sixes and sevens")."""
    if tuple(said[:2]) not in (("i", "am"), ("we", "are")) or names_home(said):
        return False
    k = 2
    while k < len(said) and said[k] in ("all", "so", "such", "in", "of", "at", "a", "an",
                                        "right", "bit", "total", "complete"):
        k += 1
    return 2 < k < len(said) and any(w in shape.PREPOSITIONS for w in said[2:k]) and all(
        _content(w, lexicon, taught) and not shape.verb_form(w, "ing") for w in said[k:])


def _exclaimed(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A verbless exclamation at a thing of its own: a noun of degree or state (the
    lexicon's ``joined_aside.exclaimed_nouns``: "state", "size") and "of" before a noun
    phrase of its own ("the state of this carpet", "the size of that moth")."""
    if len(said) < 5 or said[0] != "the" or said[1] not in _words().exclaimed or (
            said[2] != "of") or names_home(said):
        return False
    k = 3
    if said[k] not in shape.NP_DETERMINERS:
        return False
    return all(_content(w, lexicon, taught) for w in said[k + 1:])


def _open_class(taught: Taught) -> Taught:
    """``taught`` of content words only: a home that taught a word of a closed class (a
    determiner, a pronoun, a wh-word, "so", "come" of "how come") taught no thing a
    clause of its own could be about (as :data:`_clause_shape.CLOSED`)."""
    return lambda w: w not in CLOSED_WORDS and taught(w)


def joined_shape(said: Sequence[str], lexicon: Lexicon, taught: Taught,
                 joined: bool) -> bool:
    """Whether ``said`` (free words aside, lead-ins peeled) is a clause of the speaker's own
    in a shape of the module docstring; ``joined``: a connective joins it to the request."""
    if not said:
        return False
    taught = _open_class(taught)
    if _own_clause.own_statement(said, lexicon, taught):
        return True  # (a statement of its own, joined or not: :mod:`_own_clause`)
    if any(taught(w) and w not in lexicon.function_words and w not in shape.CLOSED
           and not (k + 1 < len(said) and (w in shape.PREPOSITIONS or w in STRUCTURAL))
           for k, w in enumerate(said)):
        return False  # (a taught word said as a preposition or a particle before more of
        # the clause is none of its things: "the postman's off with his knee")
    if any(w in shape.BACK for w in said) and not _exclaimed(said, lexicon, taught):
        return False  # (a pro-form may point back at the request: "so is it on")
    if _self_talk(said) or _admonished(said, lexicon, taught) or _own_state(
            said, lexicon, taught) or _exclaimed(said, lexicon, taught):
        return True
    if not joined:
        return False
    said = _trimmed(said, lexicon, taught)
    return (shape.own_shape(said, lexicon, taught, enclitic=True)
            or _absent(said, lexicon, taught) or _named_statement(said, lexicon, taught)
            or _asked_own(said, lexicon, taught))


def joined_frees(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
                 taught: Taught, joined: bool) -> list[bool] | None:
    """``free`` with the clause's lead-ins and its own cue words freed (every word but a
    taught one: its tense, negation, question and particles are its own), when the clause
    ``words`` has a shape of the module docstring; None otherwise. ``joined``: a
    connective said before the clause joins it to the request."""
    if "then" in words[:2] and "and" in words[:2]:
        return None  # ("and then" tells what came next, a story: :mod:`_told`)
    out = list(free)
    k = 0
    while k < len(words):
        if out[k]:
            joined = joined or words[k] in CONNECTIVES
            k += 1
            continue
        n = lead_in(words, k)
        if not n:
            break
        joined = joined or words[k] in CONNECTIVES or tuple(words[k:k + n]) in (
            _words().lead_ins)
        out[k:k + n] = [True] * n
        k += n
    said = shape.clause_words(words[k:], out[k:], lexicon)
    if all(out) and k:
        return out  # (a lead-in alone: "guess what", "so")
    if not joined_shape(said, lexicon, taught, joined):
        return None
    taught = _open_class(taught)
    held = _held(words, lexicon)
    if words[-1] in shape.ENDING:
        # (a word that may say the request is over, said last: "..., and we're done")
        held |= {len(words) - 1}
    return [f or (k not in held and (
        not taught(w) or w in lexicon.function_words or w in shape.CLOSED
        or w in shape.PREPOSITIONS or w in STRUCTURAL))
        for k, (w, f) in enumerate(zip(words, out, strict=True))]


def _held(words: Sequence[str], lexicon: Lexicon) -> frozenset[int]:
    """Where ``words`` say a cue of :data:`WHOLE_SCOPE`, a verb's inflected form of one
    included ("so the lodger *tells* me": someone else's words)."""
    cues = _whole_cues(lexicon)
    longest = max(map(len, cues), default=1)
    out: set[int] = set()
    for a in range(len(words)):
        if any((form,) in cues for form in shape.verb_forms(words[a])):
            out.add(a)
        for b in range(a + 2, min(len(words), a + longest) + 1):
            if tuple(words[a:b]) in cues:
                out.update(range(a, b))
    return frozenset(out)


WHOLE_SCOPE = ("reported", "hypothetical", "conditional")
"""Kinds of cue whose scope is the whole utterance ("she said", "if", "imagine"): never
freed in a clause of its own (see :mod:`_clause_shape`). A command about a routine or an
opinion needs a taught phrase for its object, and the clause names none ("mustn't forget
my dentist appointment")."""
_HELD: dict[int, tuple[object, frozenset[tuple[str, ...]]]] = {}


def _whole_cues(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The cues of :data:`WHOLE_SCOPE` of ``lexicon``, worked out once."""
    kept = _HELD.get(id(lexicon.cues))
    if kept is not None and kept[0] is lexicon.cues:
        return kept[1]
    held = frozenset(c for kind in WHOLE_SCOPE for c in lexicon.cues.get(kind, ()))
    _HELD[id(lexicon.cues)] = (lexicon.cues, held)
    return held


def joined_clause(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said``, a clause a connective joins to a phrase with no pause ("lights
    on and positively no felt tips on the cushions"), has a shape of the module docstring
    once its lead-ins are peeled."""
    k = 0
    while k < len(said):
        n = lead_in(said, k)
        if not n:
            break
        k += n
    return joined_shape(said[k:], lexicon, taught, True)
