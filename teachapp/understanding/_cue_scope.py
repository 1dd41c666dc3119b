"""The scope of a cue said in a clause of its own beside a taught phrase said exactly.

A negation, a question word or the past said in a clause beside the request bears on the
request only when the clause is about it. Each clause has its own subject, verb and
polarity (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 10.64 on
the scope of negation, which reaches no further than its clause; 14.12 and 15.45 on
subordinate clauses of reason, whose polarity and tense are their own), so a cue that
belongs to the clause's own subject and verb says nothing of the phrase beside it:

- the speaker's own past activity, the past progressive of "i" ("i was wondering, ...",
  "sorry i was shouting, ..."; Quirk et al. 1985, 4.27 on the past progressive of
  tentativeness; Carter & McCarthy 2006, "Cambridge Grammar of English", 240 on "i was
  wondering" as a softener of a request);
- a negated imperative with a verb of its own ("..., don't dawdle"; Quirk et al. 1985,
  11.25), but not one of the verbs that withdraw the request ("don't bother", "don't
  worry": the lexicon's ``cue_scope.undoing``);
- the negation inside a reason clause with its own subject ("..., since you're not busy",
  "... so i'm not hanging about"), or of a subject of the clause's own that is a noun
  ("..., poppers won't do up"), or of the speaker's ability with an object of its own
  ("..., i can't reach the switch");
- "off" as the particle of a verb of the clause's own third-person subject ("..., she's
  nodded off"), and "up" after "you are" ("..., since you're up anyway": the listener is
  awake, no routine ended);
- "done" or "over" said of a thing of the clause's own ("..., handover's done"), and "be
  up" ("..., the tapes are up");
- the past of "be" said of a thing of the clause's own, a noun or a compound of nouns
  after its determiner, and its complement ("..., the lutz was underrotated", "the
  candlestick was bloodstained, then ..."; Quirk et al. 1985, 10.16 on the copula and its
  subject complement), a demonstrative its determiner too ("that descant was heavenly,
  ..."): a remark on something else, whose past is its own; not of people, who may have
  done the routine ("the kids were watching"), nor "was over" or "was on";
- the state of a noun subject of the clause's own (:func:`own_state`: "..., cells are
  capped", "..., brakes applied"), a verbless clause of a thing and its state
  (:func:`noun_state`: "..., gloves on") and a reason with an empty subject
  (:func:`dummy_reason`: "... because it's about time"), which name no second request;
- a notice of a compound of nouns and its participle, as a dashboard or a commentary
  line words it (:func:`compound_state`: "tyre deflation detected", "song thrush
  verified"), said before the phrase or after it, with a pause or none.

(An exclamative, "phew what a day, ...", Quirk et al. 1985, 11.31, is read in
:mod:`_clauses` with the other words that look like cues and are none.)

A cue still counts whenever the clause may point back at the phrase or the request with a
pronoun or a pro-form ("we had it yesterday", "did you do that", "not that one"), or when
it is elliptical, without a subject and verb of its own ("not now", "already?", "done"):
then it can only be read of the phrase. The cues whose scope is the whole utterance
wherever they are said (cancellation, conditions, hypotheticals, someone else's words,
commands about a routine) are never freed here, and the past of the household itself
("we had ...", "we watched") keeps counting: its object may be the phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding._carriers import HEADS, WEEKDAYS
from teachapp.understanding.conjunctions import REASON, REASON_RESPELT
from teachapp.understanding.copula import PAST
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["BACK", "compound_state", "dummy_reason", "ed_bases", "event_verbs", "ing_bases",
           "negated_imperative", "noun_state", "opens_own", "own_cues", "own_noun", "own_state",
           "own_verb", "people", "praised", "scope_words"]

BACK = frozenset({"it", "its", "that", "this", "these", "those", "them", "one", "ones",
                  "again", "another", "same"})
"""Pro-forms a clause may point back at the phrase or the request with ("we had it", "did
you do that", "not that one", "same again"; Quirk et al. 1985, 12.8 on pro-forms)."""
OPERATORS = frozenset({"am", "are", "is", "was", "were", "do", "does", "can", "could",
                       "will", "would", "wo", "shall", "should", "have", "has", "may",
                       "might", "must"})
"""Operators: the first auxiliary of a verb phrase, which takes "not" after it (Quirk et
al. 1985, 3.30)."""
PRESENT_OPERATORS = frozenset({"am", "are", "is", "do", "does", "can", "could", "will",
                               "wo", "would", "shall", "should", "may", "might", "must"})
"""Operators that say no past of their own ("was", "did", "had" are cues of the past)."""
ABILITY = frozenset({"can", "could"})
PERSONS = frozenset({"i", "you", "we", "he", "she", "they"})
THIRD_PERSONS = frozenset({"he", "she", "they"})
REASON_JOINERS = REASON | REASON_RESPELT
"""Subordinators of reason and result (Quirk et al. 1985, 14.12, 15.45; spoken forms)."""
OBJECT_OPENERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                            "me", "us", "him", "any", "some", "anything", "everything"})
"""Words that open an object of the clause's own ("reach *the* switch", "pinched *me*")."""
PARTICLES = frozenset({"up", "down", "out", "in", "away", "back", "over", "through"})
STATE_BE = frozenset({"is", "are"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PAST_BE = PAST
ENDING = frozenset({"done", "over", "up", "finished", "ended", "off", "on"})
"""Words after "was" that may say how the request went ("the party was over", "the
telly was on"): the past of "be" before them still counts."""


class _Scope:
    """The lexicon's ``cue_scope`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        self.undoing = words("undoing")
        self.hedges = words("hedges")
        self.praise = words("praise")
        self.event_verbs = words("event_verbs")
        self.text_verbs = words("text_verbs")


@lru_cache(maxsize=1)
def scope_words() -> _Scope:
    """The lexicon's ``cue_scope`` word lists, read once (also read by :mod:`_status_calls`)."""
    return _Scope(bundled_section("cue_scope") or {})


def event_verbs() -> frozenset[str]:
    """The lexicon's ``cue_scope.event_verbs``: verbs that take an event for their
    object."""
    return scope_words().event_verbs


def own_noun(word: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``word`` may be a noun of the clause's own: a content word, no pronoun, no
    taught word, no -ing or -ed form."""
    return (len(word) > 2 and word.isalpha() and word not in lexicon.function_words
            and word not in PERSONS and word not in BACK and not taught(word)
            and not word.endswith(("ing", "ed")))


def _subject_end(words: Sequence[str], lexicon: Lexicon,
                 taught: Callable[[str], bool]) -> int:
    """Where the clause's own noun subject ends ("cells", "the kids", "my back"): the index
    after it, or 0 when the clause does not open with a noun of its own."""
    k = 1 if words and words[0] in ("the", "my", "our", "your", "his", "her", "their") else 0
    return k + 1 if len(words) > k and own_noun(words[k], lexicon, taught) else 0


def own_cues(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
             taught: Callable[[str], bool]) -> list[bool]:
    """``free`` with the cue words freed that belong to the clause's own subject and verb
    (see the module docstring); nothing is freed in a clause that may point back."""
    out = list(free)
    start = _start(words, free)
    if start is None:
        # (a demonstrative determiner of a noun of the clause's own points at that noun,
        # not back: "that descant was heavenly", "this quadrangle was built by the tudors")
        start = _start(words, [f or _determines(words, k, lexicon, taught)
                               for k, f in enumerate(free)])
        if start is None or not _determines(words, start - 1, lexicon, taught):
            return out
        rest = list(words[start:])
        be = _past_be(rest, _subject_end(rest, lexicon, taught), lexicon, taught)
        if be and rest[be - 1] not in _people(lexicon) and len(rest) > be + 1 and rest[
                be + 1] not in ENDING:
            out[start + be] = True
        return out
    reason = words[start] in REASON_JOINERS
    start += reason
    rest = list(words[start:])
    if len(rest) < 2 or rest[-1] == "to":
        return out  # (an infinitive left open points back: "i was going to")
    hedges = scope_words().hedges
    # the speaker's own past activity: "i was (just) wondering"
    if rest[:2] == ["i", "was"]:
        k = 2 + (len(rest) > 3 and rest[2] in hedges)
        if (len(rest) > k and len(rest[k]) > 4 and rest[k].endswith("ing")
                and own_verb(rest[k], lexicon, taught)):
            out[start + 1] = True
    # a negated imperative with a verb of its own: "don't dawdle"
    if not reason and rest[:2] == ["do", "not"] and len(rest) > 2:
        if own_verb(rest[2], lexicon, taught):
            out[start + 1] = True
    # the negation of a predicate with a subject of the clause's own
    subject = _subject_end(rest, lexicon, taught)
    person = rest[0] in PERSONS and rest[0] != "it"
    people = subject and rest[subject - 1] in _people(lexicon)
    if ((subject and not people) or (reason and (person or subject))) and len(
            rest) > (subject or 1) + 2:
        at = subject or 1
        if rest[at] in PRESENT_OPERATORS and rest[at + 1] == "not":
            out[start + at + 1] = True
    elif (person and len(rest) > 4 and rest[1] in ABILITY and rest[2] == "not"
          and rest[4] in OBJECT_OPENERS):
        out[start + 2] = True  # ("i can't reach the switch")
    # "off" the particle of the verb of a third person: "she's nodded off"
    if rest[0] in THIRD_PERSONS or subject:
        for k in range(2, len(rest)):
            if (rest[k] == "off" and len(rest[k - 1]) > 4
                    and rest[k - 1].endswith(("ed", "ing"))):
                out[start + k] = True
    # the past of "be" said of a thing of the clause's own and its complement: "the lutz
    # was underrotated", "the camaraderie was priceless" (not of people, "the kids were
    # watching", whose object may be the phrase)
    be = _past_be(rest, subject, lexicon, taught)
    if be and rest[be - 1] not in _people(lexicon) and len(rest) > be + 1 and rest[
            be + 1] not in ENDING:
        out[start + be] = True
    # the end of a thing of the clause's own: "handover's done" (not of people: "kids done")
    if (subject and len(rest) == subject + 1 and rest[subject] in ("done", "over")
            and rest[subject - 1] not in _people(lexicon)):
        out[start + subject] = True
    # ... and "up" said of it after "be", the particle a complement of "be" (Quirk et al.
    # 1985, 16.2): "the tapes are up", "the sun is up" (not of people, "the kids are up",
    # who may have got up for the routine; not "time's up", whose time is the routine's)
    if (subject and len(rest) == subject + 2 and rest[subject] in ("is", "are")
            and rest[subject + 1] == "up" and rest[subject - 1] not in _people(lexicon)
            and rest[subject - 1] not in ("time", "times")):
        out[start + subject] = out[start + subject + 1] = True
    # the listener awake: "since you're up anyway"
    for k in range(len(rest) - 2):
        if rest[k:k + 3] == ["you", "are", "up"]:
            out[start + k + 1] = out[start + k + 2] = True
    return out


def _past_be(rest: Sequence[str], subject: int, lexicon: Lexicon,
             taught: Callable[[str], bool]) -> int:
    """Where "was" or "were" follows the clause's own noun subject, a compound of up to
    three nouns ("the lutz", "the ina bauer"); 0 when it does not."""
    k = subject
    while k and k < len(rest) and rest[k] not in PAST_BE and k - subject < 2 and own_noun(
            rest[k], lexicon, taught):
        k += 1
    return k if k and k < len(rest) and rest[k] in PAST_BE else 0


def _determines(words: Sequence[str], k: int, lexicon: Lexicon,
               taught: Callable[[str], bool]) -> bool:
    """Whether ``words[k]`` is a demonstrative first in the clause, the determiner of a
    noun of the clause's own ("*that* descant")."""
    return (0 <= k < len(words) - 1 and words[k] in DEMONSTRATIVES
            and all(w not in BACK for w in words[:k]) and own_noun(words[k + 1], lexicon, taught))


def _start(words: Sequence[str], free: Sequence[bool]) -> int | None:
    """Where the clause's own words start (fillers before it aside: "um, i was
    wondering"; a subject, an operator or a joiner counts though it is free); None when
    nothing is said or something may point back."""
    said = [k for k, f in enumerate(free) if not f]
    if not said or any(words[k] in BACK for k in said):
        return None
    return next(k for k, w in enumerate(words)
                if not free[k] or w in PERSONS or w in OPERATORS or w in REASON_JOINERS)


def own_state(words: Sequence[str], free: Sequence[bool], k: int, lexicon: Lexicon,
              taught: Callable[[str], bool]) -> bool:
    """Whether the -ed word ``words[k]`` says the state of a noun subject of the clause's
    own: "cells are capped", "the kids are finally settled" (after the present of "be", a
    participial adjective: Quirk et al. 1985, 3.74), or "brakes applied", "veil's snagged",
    "beesuit's zipped up" (a verbless clause of a noun and its state, 14.6; not of a group
    of people, "kids watched", whose object may be the phrase). Only a particle may follow
    it; nothing in the clause points back."""
    start = _start(words, free)
    if start is None:
        # (a demonstrative determiner of a noun of the clause's own points at that noun,
        # not back: "that wink's potted", as in :func:`own_cues`)
        start = _start(words, [f or _determines(words, j, lexicon, taught)
                               for j, f in enumerate(free)])
        if start is None or not _determines(words, start - 1, lexicon, taught):
            return False
    if k < start:
        return False
    rest = list(words[start:])
    at = k - start
    if rest[0] in ("he", "she") and 0 < at <= 3:
        # (the past of a third person with a particle or an object of its own after it:
        # "she's nodded off", "she pinched me"; not "she watched", whose object may be
        # the phrase)
        after = rest[at + 1:]
        return bool(after) and (all(w in PARTICLES or w == "off" for w in after)
                                or after[0] in OBJECT_OPENERS)
    subject = _subject_end(rest, lexicon, taught)
    if not subject or at < subject or not all(w in PARTICLES for w in rest[at + 1:]):
        return False
    if compound_state(rest[:at + 1], lexicon, taught):
        return True
    be = _past_be(rest, subject, lexicon, taught)
    if be and be < at and rest[be - 1] not in _people(lexicon):
        subject = be  # (the past of "be" said of a thing: "the lutz was underrotated")
    between = rest[subject:at]
    hedges = scope_words().hedges
    if between and (between[0] in STATE_BE or (be and between[0] in PAST_BE)) and all(
            w in hedges or w.endswith("ly") for w in between[1:]):
        return True
    return not between and rest[subject - 1] not in _people(lexicon)


CLOSED = frozenset({
    "because", "since", "cos", "coz", "cuz", "cause", "as", "so", "though", "although",
    "unless", "until", "till", "while", "whilst", "whereas", "if", "then", "once", "nobody",
    "somebody", "someone", "everyone", "everybody", "anyone", "anybody", "nothing",
    "everything", "something", "anything", "always", "never", "often", "sometimes",
    "already", "still", "also", "just", "even", "ever", "only", "along", "across", "around",
    "about", "above", "below", "beyond", "over", "under", "into", "onto", "upon", "within",
    "without", "through", "throughout", "towards", "toward", "against", "among", "between",
    "behind", "beside", "besides", "near", "past", "via", "per", "where", "when", "why",
    "how", "what", "which", "who", "whose", "whom", "whoever", "whatever", "quite", "almost",
    "maybe", "perhaps", "rather", "pretty", "very", "too", "yesterday", "today", "tonight",
    "tomorrow", "ago", "later", "earlier", "soon", "now", "again", "here", "there", "yet"})
"""Closed-class words the lexicon's function words leave out (joiners, indefinite pronouns,
adverbs of time and degree, prepositions, wh-words): no noun of a compound."""


def compound_state(said: Sequence[str], lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether the words ``said`` are a compound of two or three nouns of their own and
    the -ed participle that says its state, as a dashboard, an app or a commentary line
    words it: "tyre deflation detected", "song thrush verified", "maximum capacity
    exceeded" (a verbless clause, Quirk et al. 1985, 14.6; the compound its subject,
    17.108, its modifiers singular). It is a notice of its own, no story of the request:
    no noun of it is a person, a day, a cue's word or a taught word, its head (the last
    noun) names no device kind ("the dishwasher pump failed" reports a fault), and the
    participle is no verb that may take the request for its object ("the bus driver
    loved", "the night shift cancelled": :func:`own_verb`), nor one of the lexicon's
    ``cue_scope.text_verbs``, whose object is words written or said ("stupid autocorrect
    mangled ...")."""
    k = 1 if said and said[0] in OBJECT_OPENERS else 0
    nouns, last = said[k:-1], said[-1] if said else ""
    if not 2 <= len(nouns) <= 3 or len(last) < 5 or not last.endswith("ed") or last.endswith(
            "eed"):
        return False
    group = _people(lexicon)
    head = nouns[-1] if nouns else ""
    if any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in nouns[:-1]):
        return False  # (a modifier is singular, "tyre deflation"; "crawls along" is no noun)
    if head in HEADS or head.rstrip("s") in HEADS or not all(
            own_noun(w, lexicon, taught) and w not in group and w not in WEEKDAYS
            and w not in CLOSED and not w.endswith("ly") and w not in lexicon.cue_starts
            for w in nouns):
        return False
    scope = scope_words()
    bases = ed_bases(last)
    return (own_verb(last, lexicon, taught) and scope.event_verbs.isdisjoint(bases)
            and scope.undoing.isdisjoint(bases) and scope.text_verbs.isdisjoint(bases))


def ed_bases(verb: str) -> frozenset[str]:
    """The plain forms an -ed form may have ("loved" "love", "tried" "try", "planned"
    "plan", "watched" "watch")."""
    stem_ = verb[:-2]
    out = {stem_, verb[:-1]}
    if stem_.endswith("i"):
        out.add(stem_[:-1] + "y")
    if len(stem_) > 2 and stem_[-1] == stem_[-2]:
        out.add(stem_[:-1])
    return frozenset(out)


def opens_own(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether the words ``said`` open with a noun subject of their own and its operator
    ("bass is pumping", "speakers are booming", "poppers won't do up"): a statement, as a
    comment clause is, no request (a request opens with its verb)."""
    subject = _subject_end(said, lexicon, taught)
    if not subject or len(said) <= subject:
        return False
    verb = said[subject]
    # (an operator after it, or an -ing form whose "is" the recogniser ran into the noun:
    # "water's running")
    return (len(said) > subject + 1 and verb in OPERATORS) or (
        verb.endswith("ing") and len(verb) - 3 >= 3 and len(said) <= subject + 2
        and verb not in lexicon.function_words and not taught(verb))


def negated_imperative(words: Sequence[str], free: Sequence[bool]) -> bool:
    """Whether the clause is a negated imperative, "don't dawdle", "do not disturb
    anyone" (Quirk et al. 1985, 11.25): a request to the listener to keep from something,
    never one a home runs."""
    start = _start(words, free)
    return (start is not None and len(words) > start + 2
            and list(words[start:start + 2]) == ["do", "not"])


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    out: set[str] = set()
    for section, name in (("announcing", "groups"), ("asked_of", "persons")):
        raw = bundled_section(section) or {}
        out.update(t for w in raw.get(name) or () for t in tokens(str(w)))
    return frozenset(out)


_PEOPLE: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _people(lexicon: Lexicon) -> frozenset[str]:
    """Nouns of people (the ``announcing`` groups, the household's ``asked_of`` persons,
    given names), who may do the routine or not want it themselves ("kids watched", "the
    kids aren't keen"); worked out once per lexicon (the given names are thousands)."""
    kept = _PEOPLE.get(id(lexicon))
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    out = lexicon.addressees | lexicon.given_names | _groups()
    _PEOPLE[id(lexicon)] = (lexicon, out)
    return out


people = _people


def own_verb(verb: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``verb`` is a verb of the clause's own, which cannot have the phrase for its
    object: no taught word, cue or request verb, and none of the verbs that take an event
    for their object (the lexicon's ``cue_scope.event_verbs``: "i was watching", "don't
    start")."""
    scope = scope_words()
    return (verb.isalpha() and not taught(verb) and verb not in lexicon.cue_starts
            and verb not in OPERATORS and verb not in PERSONS and verb not in scope.hedges
            and verb not in lexicon.function_words and (verb,) not in lexicon.carriers
            and scope.event_verbs.isdisjoint(ing_bases(verb))
            and scope.undoing.isdisjoint(ing_bases(verb)))


def ing_bases(verb: str) -> frozenset[str]:
    """The plain forms an -ing form may have ("joking" "joke", "kidding" "kid",
    "watching" "watch"); the word itself otherwise."""
    if len(verb) < 5 or not verb.endswith("ing"):
        return frozenset({verb})
    root = verb[:-3]
    out = {verb, root, root + "e"}
    if len(root) > 2 and root[-1] == root[-2]:
        out.add(root[:-1])  # ("kidding", "planning")
    return frozenset(out)


def praised(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
            taught: Callable[[str], bool], not_names: frozenset[str]) -> bool:
    """Whether the clause is a vocative of praise said to the listener, "good helper",
    "clever girl" (the lexicon's ``cue_scope.praise`` and a noun; Quirk et al. 1985, 10.52
    on vocatives, Biber et al. 1999, 14.3.2): two words, the noun no word a home names a
    thing, a time or a request with ("good night" is a greeting, "good music" asks)."""
    said = [w for w, f in zip(words, free, strict=True) if not f]
    return (len(said) == 2 and said[0] in scope_words().praise and said[1].isalpha()
            and said[1] not in BACK and said[1].rstrip("s") not in HEADS
            and said[1] not in lexicon.function_words and not taught(said[1])
            and said[1] not in not_names and said[1] not in lexicon.request_words
            and said[1] not in lexicon.cue_starts and said[1] not in HEADS)


STATE_PARTICLES = frozenset({"on", "up", "down", "away", "out", "in"})
DEGREES = frozenset({"half", "fully", "still", "all", "partly"})


def noun_state(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
               not_names: frozenset[str]) -> bool:
    """Whether the words ``said`` are a verbless clause of a noun of their own and its
    state, "gloves on", "nappy half on", "nitrile gloves on" (Quirk et al. 1985, 14.6 and
    15.58 on verbless and absolute clauses, "(with) his gloves on"): the particle says how
    that thing is, no request for the home's. Not of a thing a home names or a request is
    made of ("kettle on", "volume up": another request)."""
    if len(said) not in (2, 3) or said[-1] not in STATE_PARTICLES:
        return False
    head = said[:-1]

    def thing(w: str) -> bool:
        return (own_noun(w, lexicon, taught) and w not in HEADS and w.rstrip("s") not in HEADS
                and w not in not_names and w not in lexicon.request_words)

    return thing(head[0]) and all(thing(w) or w in DEGREES for w in head[1:])


def dummy_reason(words: Sequence[str]) -> bool:
    """Whether the clause is a reason said with an empty or pointing subject and "be",
    "because it's about time", "cos that's the plan", "as it's late" (Quirk et al. 1985,
    14.12 and 18.23 on extraposed and anticipatory "it"): what follows "be" is the reason,
    a taught word there no second request ("about time" is no routine's time)."""
    return (len(words) > 3 and words[0] in REASON_JOINERS
            and words[1] in ("it", "that", "there") and words[2] == "is")
