"""The shape of a clause beside a taught phrase: its subject, its verb and its object, and
whether any of them may point back at the request.

A clause of the speaker's own that names its own things does not bear on the request
beside it: "movie night, where's my phone?", "bath time, don't worry about the hall",
"movie night and my knee's playing up", "i've had such a long day, movie night". What a
clause is about is its arguments (Quirk et al. 1985, "A Comprehensive Grammar of the
English Language", 2.13-2.16 on the clause elements subject, verb, object and
complement; Huddleston & Pullum 2002, "The Cambridge Grammar of the English Language",
4.1 on the core arguments of a clause): when it has a subject of its own and an argument
that is a noun phrase of its own, a noun that is neither a pro-form (Quirk et al. 1985,
12.8: "it", "that", "one", "same", "again") nor a word a home taught, its question, its
negation and its past are its own (10.64 on the scope of negation, which reaches no
further than its clause; 11.14 on a wh-question, which asks about the element its
wh-word stands for), so they do not count against the phrase beside it.

The shapes read here (said words only, fillers and hedges aside):

- a statement: a subject (a personal pronoun, or a determiner and a noun of its own), an
  operator or a verb, then what it says ("i've snapped a shoelace", "my brew's stewed",
  "the coach broke down outside swindon"); a pronoun subject needs an object of its own
  ("i got a parking ticket"; "we watched" and "i did" may have the phrase for theirs),
  or a bare noun after "have got" ("i've got shingles"); after "but", a definite subject
  whose "'s" the normaliser joined to it before what it says of it ("my tea's cold",
  "the butcher's shut for keeps", "my nan's in hospital", "the postman's been":
  :func:`_enclitic_statement`);
- a question: a wh-word other than "when" (which may say the request's time) and an
  operator before a subject of its own ("where's my phone", "how ancient is that
  yoghurt", "where did i stash my chequebook"), a wh-word as the subject before the verb
  and an object of its own ("who nicked my stapler", "whose trainers are on the
  doormat"), or an operator before a subject of its own (subject-operator inversion,
  11.5: "has the postie been", "have you seen my keys");
  A wh-question may end in a preposition its wh-word is the object of ("where's my
  scarf got to": stranding, Quirk et al. 1985, 9.6; Huddleston & Pullum 2002, 7.4), and
  "be" may ask whether a demonstrative is a thing of someone's ("are these his gloves",
  "what's that singer's name"), and a wh-word the subject of a superlative ("which is
  closest": :mod:`_ranked`);
- a negation of a thing of its own: "not" or "no" before a noun phrase of its own, and
  maybe a place or a person of its own ("not the compost caddy though", "no phones
  please", "no shoes on the carpet", "no sweets for her": Quirk et al. 1985, 10.58 on
  local negation and the negative determiner "no"; a deed or a thing forbidden where,
  when or to whom, "no swearing at the godparents", "no bubblegum indoors", is read by
  :mod:`_forbidden_aside`; after "but", "not" says an exception to the request, "but
  not the lamp"), a negated imperative with an object
  of its own ("don't worry about the hall", "don't let the dog in": 11.25), a verb of
  negative meaning with one (the lexicon's ``clause_shape.ruling_out``: "skip the
  dusting", "never mind the crumbs"), or a verb of keeping with one and a preposition of
  separation ("keep the dog off the sofa": ``clause_shape.keeping_verbs``).

Nothing is freed in a clause that holds a pro-form or a word a home taught, nor any cue
whose scope is the whole utterance (a cancellation said alone, a condition, a
hypothetical, someone else's words, a command about a routine): :mod:`_clauses` still
reads those. A clause with no such shape ("not now", "don't bother", "we did that
already", "did you do it") is left as it was.

Besides: where such a clause meets the phrase with no pause, joined by "and", "but" or
by nothing (:func:`joined_cuts`: "movie night and i'm knackered", "movie night but my
tea's cold", "bath time the kids are filthy"), and a condition of politeness read by
its shape (:func:`courteous_clause`: "... if it's not a faff"). A story told on after
the phrase ("..., and it woke the baby") is :mod:`_told`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding import _joined_aside
from teachapp.understanding._asked_aside import (
    QUANTIFIERS,
    asked_aside,
    identified,
    names_home,
    partitive_end,
    relational,
)
from teachapp.understanding._carriers import HEADS
from teachapp.understanding._complement_to_come import complement_to_come
from teachapp.understanding._cue_scope import BACK, OPERATORS, event_verbs, people
from teachapp.understanding._embedded_question import BIDDING, embedded_wh
from teachapp.understanding._existential import existential
from teachapp.understanding._forbidden_aside import (
    MORE,
    Content,
    NounPhrase,
    forbids_other,
    inflected,
    loose_words,
)
from teachapp.understanding._located import located
from teachapp.understanding._ranked import superlative
from teachapp.understanding._scene_remark import scene_remark, scene_word
from teachapp.understanding._thing_moved import moved_thing
from teachapp.understanding.copula import FINITE, PRESENT
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["LOCAL_CUES", "ban_readers", "clause_words", "content_word", "courteous_clause",
           "general_noun_last", "joined_cuts", "noun_phrase", "object_after", "own_shape",
           "shape_frees", "shape_section", "stated", "subject_first", "verb_form",
           "verb_forms"]

PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "somebody", "someone",
                              "anybody", "anyone", "everybody", "everyone", "nobody"})
"""Personal and indefinite pronouns that may be a clause's subject and point at people,
never back at the request ("it", "that" are pro-forms: :data:`_cue_scope.BACK`)."""
NP_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                            "this", "that", "these", "those", "some", "any", "no", "whose"})
"""Determiners that open a noun phrase (Quirk et al. 1985, 5.13): before a noun, "this"
and "that" point at a thing of the clause's own ("this necklace"), not back."""
OWN_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their"})
"""Determiners of a definite subject of the speaker's world ("my knee", "the kids"), which
open a clause joined to a phrase by nothing ("a" there reads as a word misheard)."""
WH_WORDS = frozenset({"where", "what", "who", "whose", "which", "how", "why"})
"""Wh-words that ask about an element of their own clause; "when" is not among them: it
may ask or set the request's time ("when the film ends")."""
NEGATORS = frozenset({"not", "no", "never"})
ADVERBS_OF_TIME = frozenset({"later", "today", "tonight", "tomorrow", "now", "again",
                             "once", "twice", "already", "soon", "first", "next", "instead",
                             "too", "then", "still", "yet", "anyway", "though", "please"})
"""Adverbs that may follow a pro-form ("we did that already", "doing that later"; Quirk et
al. 1985, 8.51 on adjuncts of time): after one, "that" is no determiner."""
RELATIONAL_WH = frozenset({"what", "why"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their"})
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
"""Personal pronouns of the object case that may end a prepositional phrase ("for him");
"it" may point back at the request and is none of them."""
BE = PRESENT
BE_FORMS = FINITE
ENDING = frozenset({"done", "over", "up", "finished", "ended"})
"""Words that may say the request is over ("we're done", "that's over"): never freed."""
CLAUSE_OPERATORS = OPERATORS | {"did", "had"}
"""Operators, the past ones of "do" and "have" among them (Quirk et al. 1985, 3.30)."""
LOCAL_CUES = ("negation", "question", "past")
"""Kinds of cue whose scope is their own clause (see the module docstring); the lexicon's
leading cues of a question or of state too."""
PREPOSITIONS = frozenset({"in", "on", "at", "by", "with", "about", "of", "from", "for",
                          "to", "into", "onto", "off", "outside", "inside", "under",
                          "behind", "down", "up", "over", "through", "till", "until",
                          "after", "around", "near", "without", "like", "than", "beside",
                          "against", "towards", "toward"})
"""Prepositions that open an object of the clause's own ("a crick *in* my neck",
"drenched *by* a lorry", "wrestled *with* my tax form")."""


LONGEST_PHRASE = 6
"""Most words of a taught phrase looked for where a clause joins it without a pause."""


class _Shape:
    """The lexicon's ``clause_shape`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        self.ruling_out = frozenset(tuple(tokens(str(w))) for w in raw.get("ruling_out") or ())
        self.tails = frozenset(t for w in raw.get("tails") or () for t in tokens(str(w)))
        self.responses = frozenset(t for w in raw.get("responses") or ()
                                   for t in tokens(str(w)))
        self.naming = frozenset(t for w in raw.get("naming_verbs") or ()
                                for t in tokens(str(w)))
        self.keeping = frozenset(t for w in raw.get("keeping_verbs") or ()
                                 for t in tokens(str(w)))
        self.separation = frozenset(tuple(tokens(str(w)))
                                    for w in raw.get("separation") or ())
        self.general_nouns = frozenset(t for w in raw.get("general_nouns") or ()
                                       for t in tokens(str(w)))


@lru_cache(maxsize=1)
def shape_section() -> _Shape:
    """The lexicon's ``clause_shape`` section. Public: :mod:`_said_before`, :mod:`_own_clause`,
    :mod:`_unmarked`, :mod:`_wrapped_bare` and :mod:`_carried_line` read its word lists too."""
    return _Shape(bundled_section("clause_shape") or {})


def verb_form(word: str, *endings: str) -> bool:
    """Whether ``word`` has the -ed or -ing form of a verb (or those of ``endings``): the
    ending after a stem of three letters at least ("playing", "stewed"; not "thing",
    "red")."""
    return any(word.endswith(e) and len(word) - len(e) >= 3 for e in endings or ("ed", "ing"))


def content_word(word: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``word`` may be a word of a noun phrase of the clause's own: a content word,
    no pronoun, pro-form, negator or word a home taught.
    Public: every reader of a clause beside a phrase (:mod:`_own_clause`, :mod:`_unmarked`,
    :mod:`_asked_aside`, ...) takes a word of its own so."""
    return (len(word) > 2 and word.isalpha() and word not in lexicon.function_words
            and word not in PRONOUN_SUBJECTS and word not in BACK and word not in NEGATORS
            and word not in CLAUSE_OPERATORS and word not in PREPOSITIONS
            and not taught(word))


def _noun_last(said: Sequence[str]) -> bool:
    """Whether the clause's last word is a noun, though it may have the form of a verb that
    takes an event for its object ("keeps", "books"): the object of a preposition ("shut
    for keeps"), or a word of a ban's noun phrase ("no scribbling in the hymn books",
    :mod:`_forbidden_aside`; Quirk et al. 1985, 9.1 on the prepositional complement).
    "to" is none: it may mark an infinitive whose verb is left out ("i was going to")."""
    before = said[-2] if len(said) > 2 else "to"
    return before != "to" and (before in PREPOSITIONS or (
        said[0] == "no" and before not in NEGATORS and before != MORE))


def general_noun_last(said: Sequence[str]) -> bool:
    """Whether the clause ends in a general noun made definite ("i've gone off the idea",
    "forget the whole thing"): such a noun points back as a pro-form does, at the request
    (Halliday & Hasan 1976, 6.4 on general nouns in reference).
    Public: :mod:`_own_clause` and :mod:`_told_before` read it too."""
    nouns = shape_section().general_nouns
    k = len(said) - 1
    if k < 1 or said[k] not in nouns:
        return False
    while k > 0 and said[k - 1] in ("whole", "entire"):
        k -= 1
    return said[k - 1] in ("the", "that", "this")


def _demonstrative(said: Sequence[str], k: int, lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether "this" or "that" at ``said[k]`` is the determiner of a noun of the clause's
    own ("untangle this necklace", "how ancient is that yoghurt"), not a pro-form that may
    point back ("is that still in there", "has that started", "did that go through"): a
    content word follows it, no -ed, -ing or -ly form, and either ends the clause or the
    demonstrative follows a verb or a preposition, where an object stands (Quirk et al.
    1985, 6.40-6.41 on demonstratives as determiners and as pronouns)."""
    if said[k] in DEMONSTRATIVES and k + 1 == len(said) and k > 2 and (
            said[k - 1] in BE_FORMS) and asked_aside(said, lexicon, taught):
        # (a demonstrative said last after "be", a wh-phrase with a noun of its own
        # before it: "what bird is that", "whose galoshes are these"; :mod:`_asked_aside`)
        return True
    if k == 1 and identified(said, lexicon, taught):
        return True  # (identified as a thing not yet named: "is that a woodpecker")
    if said[k] not in ("this", "that", "these", "those") or k + 1 >= len(said):
        return False
    nxt = said[k + 1]
    if k == 1 and said[0] in BE and nxt in POSSESSIVES:
        # (the subject of "be" asked about, a thing of someone's its complement: "is that
        # your scarf", :func:`own_shape`)
        return noun_phrase(said, 2, lexicon, taught) == len(said) and not any(
            w.endswith(("ed", "ing")) for w in said[3:])  # (no deed: "is that your doing")
    if (not content_word(nxt, lexicon, taught) or verb_form(nxt) or nxt.endswith("ly")
            or nxt in lexicon.cue_starts or nxt in ADVERBS_OF_TIME):
        return False  # ("we tried that yesterday", "we're doing that later")
    before = said[k - 1] if k else ""
    if before in BE_FORMS and k > 1 and said[0] in WH_WORDS and _bare_noun(
            said, k + 1, lexicon, taught) == len(said):
        # (a noun phrase said last after "be" in a wh-question, a genitive before its
        # head maybe: "what's that bird's name"; Quirk et al. 1985, 5.115 on the
        # genitive as determiner)
        return True
    if before in CLAUSE_OPERATORS or before in WH_WORDS:
        # (after an operator, the subject: "that" alone with a verb after it, "did that
        # run"; after "be", a noun said last, "how ancient is that yoghurt")
        return k + 2 == len(said) and before in BE_FORMS
    return k > 0


def noun_phrase(said: Sequence[str], k: int, lexicon: Lexicon,
                taught: Callable[[str], bool]) -> int:
    """Where a noun phrase of the clause's own that opens at ``said[k]`` ends (a
    determiner and one to three content words, "my tape measure", "a dreadful webinar",
    "the capital of peru"), or 0 when none opens there.
    Public: :mod:`_own_clause`, :mod:`_joined_aside`, :mod:`_asked_aside` and :mod:`_paused`
    read a noun phrase so."""
    if k >= len(said) or said[k] not in NP_DETERMINERS:
        return 0
    end = k + 1
    # (the first word may be an -ing noun, "the dusting"; after it, an -ed or -ing word is
    # the verb, "the milkman's overcharged me", "my knee's playing up")
    while end < len(said) and end - k <= 3 and content_word(said[end], lexicon, taught) and (
            end == k + 1 or not verb_form(said[end])):
        end += 1
    if end == k + 1:
        return 0
    if end + 1 < len(said) and said[end] == "of" and content_word(said[end + 1], lexicon, taught):
        end += 2  # ("the capital of peru", "the price of petrol")
    return end


def object_after(said: Sequence[str], k: int, lexicon: Lexicon,
                 taught: Callable[[str], bool]) -> bool:
    """Whether a noun phrase of the clause's own is said at or after ``said[k]``, as its
    object or the object of a preposition.
    Public: :mod:`_asked_aside` reads an object so."""
    return any(noun_phrase(said, j, lexicon, taught) for j in range(k, len(said)))


def own_shape(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
              enclitic: bool = False) -> bool:
    """Whether the words ``said`` (free words left out) are a clause of the speaker's own
    with a subject and an argument of its own, or a negation of a thing of its own (see
    the module docstring). ``enclitic``: the words are a clause for certain (coordinated
    by "but"), so a noun joined to its lost "'s" may be its subject
    (:func:`_enclitic_statement`)."""
    # (a clause that ends in a verb taking an event for its object leaves that object
    # to be the phrase: "the kids loved", "i was going to")
    tails = shape_section().tails
    while len(said) > 2 and said[-1] in tails:
        said = said[:-1]  # ("..., not the compost caddy though")
    if said and said[0] == "no":
        # (a ban of a thing of its own may name a taught word as a premodifier of a head
        # of its own: "no bouncing on the bunk beds", :mod:`_forbidden_aside`)
        taught = _loosened(said, lexicon, taught)
    if said and said[0] == "there":
        # (a thing of its own pointed out where it is, a word a home taught maybe its
        # landmark: "there's a snail on the patio door", :mod:`_existential`)
        return _landmark(said, lexicon, taught) is not None
    if _located_at(said, lexicon, taught) is not None:
        return True  # (so without "there": "a snail's on the patio door", :mod:`_located`)
    passive = enclitic and _enclitic_statement(said, lexicon, taught)
    if len(said) < 2 or (said[-1] == "to" and said[0] not in WH_WORDS) or not (
            passive or _noun_last(said) or event_verbs().isdisjoint(verb_forms(said[-1]))
    ) or any(
            taught(w) and w not in lexicon.function_words and w not in CLOSED
            and not (w in PREPOSITIONS and k + 1 < len(said))
            for k, w in enumerate(said)) or any(
            w in BACK and not _demonstrative(said, k, lexicon, taught)
            for k, w in enumerate(said)) or general_noun_last(said):
        return False
    first = said[0]
    if first in NEGATORS and first != "never":
        # ("not the compost caddy though", "no phones please"; not a formula of response
        # that refuses, "no way", "not a chance")
        if said[-1] in shape_section().responses or (enclitic and first == "not"):
            # (after "but", "not" and a noun phrase says an exception to the request,
            # no thing of its own: "movie night but not the lamp"; the contrast "but"
            # draws is with the request itself, Quirk et al. 1985, 13.5 on "but")
            return False
        if first == "no" and content_word(said[1], lexicon, taught) and (
                len(said) == 2 or _placed(said, _bare_noun(said, 1, lexicon, taught),
                                          lexicon, taught)):
            # (a bare noun, and maybe where or for whom it is ruled out: "no wellies on the
            # rug", "no sweets for her")
            return True
        if first == "no":
            # (a deed or a thing of its own forbidden where, when or to whom: "no swearing
            # at the godparents", "no bubblegum indoors": :mod:`_forbidden_aside`)
            return forbids_other(said, taught, *ban_readers(lexicon), PREPOSITIONS,
                                 OBJECT_PRONOUNS)
        return noun_phrase(said, 1, lexicon, taught) == len(said)
    if first == "do" and len(said) > 3 and said[1] == "not":
        # (a negated imperative with an object of its own: "don't worry about the hall")
        return said[2].isalpha() and object_after(said, 3, lexicon, taught)
    ruling = shape_section().ruling_out
    for n in (2, 1):
        if tuple(said[:n]) in ruling:
            return noun_phrase(said, n, lexicon, taught) == len(said)
    if first in shape_section().keeping:
        # (a thing kept from a place of its own: "keep the dog off the bed")
        # (the object read up to the preposition: "out" may read as a noun's word)
        return any(noun_phrase(said[:end], 1, lexicon, taught) == end
                   and _separated(said, end, lexicon, taught)
                   for end in range(3, len(said) - 1))
    if first in WH_WORDS:
        return _question(said, lexicon, taught)
    if first in CLAUSE_OPERATORS:
        if first in BE and said[1] in DEMONSTRATIVES and said[2:3] and (
                said[2] in POSSESSIVES):
            # (a demonstrative subject identified as a thing of someone's: "is that your
            # scarf", "are these his gloves"; Quirk et al. 1985, 6.40 on demonstratives as
            # pronouns, 2.16 on the subject complement)
            return noun_phrase(said, 2, lexicon, taught) == len(said)
        # (subject-operator inversion: "has the postie been", "have you seen my keys")
        return _subject_then(said, 1, lexicon, taught)
    if passive:
        # (after "is", an -ed word is passive and its subject what it befell, no object
        # left for the request: "the vet's postponed"; Quirk et al. 1985, 3.63)
        return True
    return _subject_then(said, 0, lexicon, taught)


def _landmark(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> int | None:
    """:func:`_existential.existential` of ``said``, read with this module's content words."""
    return existential(said, lambda w: content_word(w, lexicon, taught),
                       lambda w: content_word(w, lexicon, _nothing_taught))


def _located_at(said: Sequence[str], lexicon: Lexicon,
                taught: Callable[[str], bool]) -> int | None:
    """:func:`_located.located` of ``said``, read with this module's content words."""
    return located(said, lambda w: content_word(w, lexicon, taught),
                   lambda w: content_word(w, lexicon, _nothing_taught))


def _nothing_taught(word: str) -> bool:
    """No word is taught (a landmark's words are read so: :mod:`_existential`)."""
    return False


def ban_readers(lexicon: Lexicon) -> tuple[Content, NounPhrase]:
    """This module's readers of a content word and a noun phrase, for
    :mod:`_forbidden_aside`.
    Public: :mod:`_unmarked` hands them to :mod:`_forbidden_aside` too."""
    return ((lambda w, t: content_word(w, lexicon, t)),
            (lambda s, k, t: noun_phrase(s, k, lexicon, t)))


def _loosened(said: Sequence[str], lexicon: Lexicon,
              taught: Callable[[str], bool]) -> Callable[[str], bool]:
    """``taught`` with the inflected forms of taught words (:func:`_forbidden_aside.
    inflected`: "no more stories" bears on "story time"), less the taught words a ban
    ``said`` uses only as a premodifier of a head of its own (:func:`_forbidden_aside.
    loose_words`)."""
    taught = inflected(taught)
    loose = loose_words(said, taught, *ban_readers(lexicon))
    return (lambda w: taught(w) and w not in loose) if loose else taught


def _bare_noun(said: Sequence[str], k: int, lexicon: Lexicon,
               taught: Callable[[str], bool]) -> int:
    """Where a noun phrase of one to three content words with no determiner, opening at
    ``said[k]``, ends ("laryngitis", "muddy wellies"; Quirk et al. 1985, 5.52-5.59 on the
    zero article of plural and noncount nouns), or ``k`` when none opens there."""
    end = k
    while end < len(said) and end - k < 3 and content_word(said[end], lexicon, taught) and (
            not verb_form(said[end])):
        end += 1
    return end


def _placed(said: Sequence[str], end: int, lexicon: Lexicon,
            taught: Callable[[str], bool]) -> bool:
    """Whether ``said[end:]`` is a prepositional phrase of the clause's own and nothing
    more: a preposition and a noun phrase of its own or a personal pronoun of the object
    case ("on the rug", "for him"; Quirk et al. 1985, 9.1-9.2 on the prepositional
    complement)."""
    if end < 2 or end + 1 >= len(said) or said[end] not in PREPOSITIONS:
        return False
    if end + 2 == len(said) and said[end + 1] in OBJECT_PRONOUNS:
        return True
    return noun_phrase(said, end + 1, lexicon, taught) == len(said)


def _separated(said: Sequence[str], end: int, lexicon: Lexicon,
               taught: Callable[[str], bool]) -> bool:
    """Whether ``said[end:]`` is a preposition of separation (the lexicon's
    ``clause_shape.separation``: "off", "out of") and a noun phrase of the clause's own
    that ends it ("off the bed", "out of the hall")."""
    for size in (2, 1):
        if tuple(said[end:end + size]) in shape_section().separation:
            return noun_phrase(said, end + size, lexicon, taught) == len(said)
    return False


def _enclitic_statement(said: Sequence[str], lexicon: Lexicon,
                        taught: Callable[[str], bool]) -> bool:
    """Whether ``said`` is a definite subject whose "'s" (the enclitic "is" or "has",
    Quirk et al. 1985, 3.23, which the normaliser joins to its noun: "the plumber's"
    -> "plumbers") stands before what it says of it, with nothing more:

    - one word that says how it is ("my tea's cold", "the vet's cancelled"), maybe with
      a prepositional phrase of its own ("the butcher's shut for keeps");
    - "been", the perfect of "be" that says a visit, maybe with how it is ("the
      postman's been", "the dog's been sick");
    - a particle of going and where to or from ("my brother's off to spain", "my mum's
      back from portugal": 16.2);
    - a preposition and a bare singular noun, the zero article of an institution or a
      state ("my nan's in hospital", "the vicar's on holiday": 5.44-5.45). A noun
      phrase after the preposition is none: "the lamps in the hall" is a noun phrase
      with its postmodifier, which may restrict the request ("heating on but the lamps
      in the hall").

    The word that says how it is is no plural noun (a possessive's head, "the kids
    towels") nor a room or a device, nor a word that may say the request is over."""
    if len(said) < 3 or said[0] not in OWN_DETERMINERS:
        return False
    noun, rest = said[1], said[2:]
    if not (len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss")
            and content_word(noun, lexicon, taught)):
        return False
    if rest[0] == "been":
        return len(rest) == 1 or (len(rest) == 2 and _state(rest[1], lexicon, taught))
    if rest[0] in GOING and len(rest) > 2:
        # ("off" only before "to": "the heating's off for the summer" says a state)
        return (rest[0] != "off" or rest[1] == "to") and _prepositional(
            said, 3, lexicon, taught, bare_only=False)
    if rest[0] in PREPOSITIONS and rest[0] != "to":
        return _prepositional(said, 2, lexicon, taught, bare_only=True)
    return _state(rest[0], lexicon, taught) and (len(rest) == 1 or _prepositional(
        said, 3, lexicon, taught, bare_only=False))


GOING = frozenset({"off", "away", "back", "out"})
"""Particles of going that may say where a subject has gone ("my brother's off to spain")."""


def _state(word: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``word`` may say how a subject is: a content word, no plural noun, room,
    device nor word of ending."""
    return (content_word(word, lexicon, taught) and not word.endswith("s") and word not in HEADS
            and word not in ENDING)


def _prepositional(said: Sequence[str], k: int, lexicon: Lexicon,
                   taught: Callable[[str], bool], bare_only: bool) -> bool:
    """Whether ``said[k:]`` is a preposition and its object of the clause's own and
    nothing more: one or two content words with no determiner (``bare_only``: one, a
    singular noun, "in hospital", "for keeps"), or else a noun phrase ("for the snow").
    No word of it is a room or a device."""
    if k + 1 >= len(said) or said[k] not in PREPOSITIONS:
        return False
    if any(w in HEADS or w.rstrip("s") in HEADS for w in said[k + 1:]):
        return False
    if bare_only:
        return k + 2 == len(said) and _state(said[k + 1], lexicon, taught)
    return (_bare_noun(said, k + 1, lexicon, taught) == len(said) <= k + 3
            or noun_phrase(said, k + 1, lexicon, taught) == len(said))


def _question(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """A wh-question about a thing of its own (see :func:`own_shape`), in the shapes read
    here or in those of :mod:`_asked_aside` ("how many legs has an octopus", "how do you
    spell rhythm", "why is there glitter everywhere")."""
    return _plain_question(said, lexicon, taught) or asked_aside(said, lexicon, taught)


def _plain_question(said: Sequence[str], lexicon: Lexicon,
                    taught: Callable[[str], bool]) -> bool:
    """A wh-question whose wh-word, or the wh-word and one word, stands before an operator
    and a subject of its own, or before the verb as its subject."""
    k = 1
    if said[0] == "how" and len(said) > 2 and content_word(said[1], lexicon, taught):
        k = 2  # ("how ancient is that yoghurt")
    if said[0] in ("whose", "which", "what") and len(said) > 2 and content_word(
            said[1], lexicon, taught):
        # (the wh-word a determiner of the subject: "whose trainers are on the doormat";
        # its "'s" joined to the noun, one word after it: "which road's shorter", Quirk et
        # al. 1985, 3.23 on the enclitic "is")
        if len(said) == 3 and said[1].endswith("s") and len(said[1]) > 3:
            return content_word(said[2], lexicon, taught) and said[2] not in ENDING
        return said[2] in CLAUSE_OPERATORS and object_after(said, 3, lexicon, taught)
    if (said[0] in ("which", "who") and len(said) == 3 and said[1] in ("is", "are")
            and superlative(said[2]) and content_word(said[2], lexicon, taught)):
        # (the wh-word the subject and a superlative its complement: "which is closest",
        # "who's fastest" ranks things or people of the clause's own, :mod:`_ranked`)
        return True
    if k < len(said) and said[k] in CLAUSE_OPERATORS:
        if said[0] in RELATIONAL_WH and k + 1 < len(said) and said[k + 1] == "the" and (
                "of" not in said[k + 2:]) and not (
                said[0] == "why" and _said_of(said, k + 1, lexicon, taught)):
            # ("what's the point", "what's the plan": a noun of relation whose other
            # term may be the request; "what's the capital of peru" names its own, and
            # "why is the sky orange" asks why its own subject is as it is)
            return False
        return _subject_then(said, k + 1, lexicon, taught)
    if said[0] == "who" and len(said) > 2:
        return object_after(said, 2, lexicon, taught)  # ("who nicked my stapler")
    return False


def _said_of(said: Sequence[str], k: int, lexicon: Lexicon,
             taught: Callable[[str], bool]) -> bool:
    """Whether a noun phrase of the clause's own opens at ``said[k]``, its head no noun of
    relation, and a word of its own after it says its state ("the sky orange": an
    adjective said last, which the noun phrase read may have taken for a word of its
    own); the clause names no device nor room ("why is the bathroom so cold" may be why
    the request is wanted)."""
    end = noun_phrase(said, k, lexicon, taught)
    if end == len(said) and end - k > 2:
        end -= 1
    return bool(end) and end < len(said) and not relational(said[end - 1]) and content_word(
        said[end], lexicon, taught) and not names_home(said)  # (not "the bathroom cold")


def _subject_then(said: Sequence[str], k: int, lexicon: Lexicon,
                  taught: Callable[[str], bool]) -> bool:
    """Whether a subject of the clause's own opens at ``said[k]`` and a verb follows it; a
    pronoun subject needs an object of the clause's own after it, a noun subject is one
    (when a verb or its operator follows it). A demonstrative after "be" identified as a
    thing not yet named ("is that a woodpecker") and a partitive subject ("none of you
    washed my mug") are read by :mod:`_asked_aside`."""
    if k >= len(said):
        return False
    if k == 1 and identified(said, lexicon, taught):
        return True
    partitive = partitive_end(said, k, lexicon, taught)
    if partitive > k:
        # (a partitive subject and its verb, with an object of its own: "none of you
        # washed my mug"; Quirk et al. 1985, 5.9)
        return partitive < len(said) and object_after(said, partitive + 1, lexicon, taught)
    if said[k] in PRONOUN_SUBJECTS:
        if (k == 0 and len(said) == 3 and said[1] in BE and content_word(said[2], lexicon, taught)
                and not verb_form(said[2], "ing")):
            return True  # (the speaker's state, a subject complement: "i'm knackered")
        if k == 0 and said[1:3] in (["have", "got"], ["has", "got"], ["got"]) and (
                _bare_noun(said, 3 if said[1] != "got" else 2, lexicon, taught) == len(said)
                and len(said) > 2 + (said[1] != "got")):
            # (what the subject has, a bare noun: "i've got shingles"; "have got" of
            # possession, Quirk et al. 1985, 3.34, and the zero article, 5.52)
            return True
        return k + 1 < len(said) and object_after(said, k + 2, lexicon, taught)
    end = noun_phrase(said, k, lexicon, taught)
    if not end and k > 0:
        # (after the operator, a subject of the zero article, a name or a plural, and its
        # verb in the progressive ending the clause: "where's buttons lurking", "why are
        # prices rising"; Quirk et al. 1985, 5.52 on the zero article, 4.21 on the
        # progressive)
        bare = _bare_noun(said, k, lexicon, taught)
        return bare == k + 1 == len(said) - 1 and verb_form(said[bare], "ing")
    if not end:
        return False
    if k > 0:
        # (an operator before the subject asks of it: "where's my phone", "has the postie
        # been")
        return True
    if said[end - 1] in people(lexicon) and not object_after(said, end + 1, lexicon, taught) and (
            not NEGATORS.isdisjoint(said)):
        return False  # (people who may not want it themselves: "the kids aren't keen")
    if len(said) == end + 2 and said[end] in ("was", "were"):
        # (a thing judged in the past and nothing more may be the request under another
        # name: "the film was great")
        return False
    # (a statement needs its verb after its subject, "the neighbours are bickering"; a
    # verb of no -ed form may end the noun phrase read, "the bus broke down")
    return any(said[e] in CLAUSE_OPERATORS or (
        content_word(said[e], lexicon, taught) and said[e] not in ADVERBS_OF_TIME)
               for e in range(end, k + 1, -1)
               if e < len(said) and (e == end or e + 1 < len(said)))
    # (a verb read inside the noun phrase needs words after it: "the other thing" is a
    # noun phrase alone; an adverb of time or frequency is no verb, "a ran twice
    # yesterday" has none, a pro-form "it" misheard as "a")


def clause_words(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon) -> list[str]:
    """The words said, fillers, hedges and courtesy aside; a subject, an operator, a
    wh-word, a negator or a verb that may carry a request counts though it is free (it is
    part of the shape: "do* not worry", "did that go* through")."""
    return [words[k] for k in _said_at(words, free, lexicon)]


def _said_at(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon) -> list[int]:
    """Where the words :func:`clause_words` keeps stand in ``words``."""
    return [k for k, (w, f) in enumerate(zip(words, free, strict=True))
            if not f or w in _STRUCTURE or (
                (w,) in lexicon.carriers and w not in lexicon.courtesy)]


_STRUCTURE = PRONOUN_SUBJECTS | CLAUSE_OPERATORS | WH_WORDS | NEGATORS
CLOSED = PRONOUN_SUBJECTS | CLAUSE_OPERATORS | WH_WORDS | QUANTIFIERS
"""Words of closed classes that build a clause's shape (Quirk et al. 1985, 2.39 on closed
classes; the quantifiers "many" and "much", 5.25): a home that taught one in a phrase
("who is at the door", "how much did the panels make", "how many tunings this week")
taught no thing a clause beside it could be about."""


_KINDS: dict[int, tuple[object, frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]] = {}


def _cue_kinds(lexicon: Lexicon) -> tuple[frozenset[tuple[str, ...]],
                                          frozenset[tuple[str, ...]]]:
    """(cues of the clause's own scope, cues of the whole utterance's) of ``lexicon``,
    worked out once per lexicon."""
    kept = _KINDS.get(id(lexicon.cues))
    if kept is not None and kept[0] is lexicon.cues:
        return kept[1], kept[2]
    ruling = shape_section().ruling_out
    local = {c for kind in LOCAL_CUES for c in lexicon.cues.get(kind, ())}
    local.update(c for group in lexicon.leading_cues.values() for c in group)
    local.update(ruling)
    others = {c for kind, group in lexicon.cues.items() if kind not in LOCAL_CUES
              for c in group} - ruling
    _KINDS[id(lexicon.cues)] = (lexicon.cues, frozenset(local), frozenset(others))
    return frozenset(local), frozenset(others)


def shape_frees(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
                taught: Callable[[str], bool]) -> list[bool] | None:
    """``free`` with the cue words of the clause's own freed (the lexicon's negation,
    question and past cues, its leading cues of a question or of state, a verb of
    negative meaning before its own object, and the -ed words of the past), when the
    clause has the shape of one of its own (:func:`own_shape`); None otherwise."""
    said = clause_words(words, free, lexicon)
    if not own_shape(said, lexicon, taught):
        return None
    if said[0] == "there":
        # (the landmark of a thing pointed out is no thing asked about, though a home
        # taught its words: "there's a snail on the patio door", :mod:`_existential`)
        return _landmark_freed(words, free, said, lexicon, taught)
    at = _located_at(said, lexicon, taught)
    if at is not None:
        # (so without "there": "a snail's on the patio door", :mod:`_located`)
        out = list(free)
        for k in _said_at(words, free, lexicon)[at:]:
            out[k] = True
        return out
    ban = said[0] == "no"
    loose = loose_words(said, taught, *ban_readers(lexicon)) if ban else frozenset()
    local, others = _cue_kinds(lexicon)
    out = list(free)
    size = max(map(len, local), default=1)
    held = [False] * len(words)
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + size) + 1):
            if tuple(words[a:b]) not in others:
                continue
            if _noun_or_place(words, a, b, lexicon, taught):
                out[a:b] = [True] * (b - a)  # ("what's that actor's name")
            else:
                held[a:b] = [True] * (b - a)
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + size) + 1):
            if (tuple(words[a:b]) in local and not any(held[a:b])
                    and ENDING.isdisjoint(words[a:b])):
                out[a:b] = [True] * (b - a)
    for k, w in enumerate(words):
        if w in loose:
            out[k] = True  # (a premodifier of the ban's own: "on the bunk beds")
        elif ban and w in ENDING and w in PREPOSITIONS and k + 1 < len(words):
            out[k] = True  # (a preposition of a ban's own: "no squabbling over the remote")
        elif w in ENDING:
            out[k] = free[k]
        elif w in WH_WORDS or w in CLAUSE_OPERATORS or w in NEGATORS or (
                w in QUANTIFIERS and k and words[k - 1] == "how"):
            out[k] = out[k] or not held[k]  # (and "how many", a wh-determiner: 5.25)
        elif len(w) >= 5 and w.endswith("ed") and not taught(w):
            out[k] = True  # (the clause's own past: "i've snapped a shoelace")
    return out


def _landmark_freed(words: Sequence[str], free: Sequence[bool], said: Sequence[str],
                    lexicon: Lexicon, taught: Callable[[str], bool]) -> list[bool]:
    """``free`` with the words of an existential's landmark freed (:mod:`_existential`)."""
    start = _landmark(said, lexicon, taught)
    out = list(free)
    for k in _said_at(words, free, lexicon)[len(said) if start is None else start:]:
        out[k] = True
    return out


def _noun_or_place(words: Sequence[str], a: int, b: int, lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether the cue ``words[a:b]`` is, in a clause of its own shape, a noun or a
    preposition, not the verb or particle of a cue: one word said last after a genitive or
    a possessive or demonstrative determiner, the head of a noun phrase ("what's that
    actor's *name*", "i missed my *stop*"; Quirk et al. 1985, 5.3 on the noun phrase and
    its head; not after "the", which may make a noun of relation whose other term is the
    request, "i missed the end"), or a preposition of separation before a noun phrase of
    the clause's own ("keep the dog *off* the bed": 9.17)."""
    if (b - a == 1 and b == len(words) and a > 0 and (
            words[a - 1] in POSSESSIVES or words[a - 1] in DEMONSTRATIVES
            or (words[a - 1].endswith("s") and content_word(words[a - 1], lexicon, taught)))):
        return True
    return tuple(words[a:b]) in shape_section().separation and bool(
        noun_phrase(words, b, lexicon, taught))


def stated(said: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``said`` is a whole statement that can stand before a phrase with nothing
    between them: it opens with its subject (:func:`subject_first`) and ends in a noun
    phrase of its own or the complement of "be", no verb or preposition (either would
    take the phrase for its object: "the teenager muttered X", "the whiteboard reads X",
    "the hub has done X", "what is the cost of X"), nor a verb that names its object
    ("my sister calls her dog X": the phrase is the object's complement, Quirk et al.
    1985, 16.43-16.46 on complex-transitive verbs)."""
    last = said[-1]
    if any(verb_forms(word) & shape_section().naming for word in said):
        return False  # ("my sister calls her dog X": X is what the dog is called)
    if complement_to_come(said):
        return False  # ("the speech was mostly X": X is what it was, :mod:`_complement_to_come`)
    return (subject_first(said) and content_word(last, lexicon, taught)
            and not verb_form(last) and last not in ENDING
            and (said[-2] in BE_FORMS or any(
                noun_phrase(said, j, lexicon, taught) == len(said)
                for j in range(1, len(said) - 1))))


def subject_first(said: Sequence[str]) -> bool:
    """Whether ``said`` opens with a subject: after a phrase with nothing between them, an
    operator or a verb first would take the phrase for its subject ("X does my head in",
    "X was a laugh")."""
    return said[0] in PRONOUN_SUBJECTS or said[0] in OWN_DETERMINERS


def joined_cuts(toks: Sequence[str], free: Sequence[bool], stems: Sequence[str],
                exact: Mapping[tuple[str, ...], object], lexicon: Lexicon,
                taught: Callable[[str], bool], not_names: frozenset[str],
                ) -> tuple[frozenset[int], frozenset[int]]:
    """Where a taught phrase said exactly meets a clause of the speaker's own with no
    pause: joined by "and" ("movie night and my knee's playing up"), by "but" after it
    ("movie night but my tea's cold") or by nothing ("bath
    time the kids are filthy", "i've mislaid my brolly movie night"): coordination and
    asyndeton of clauses (Quirk et al. 1985, 13.1-13.2 and 13.19 on "and" and on clauses
    set side by side). The other clause must have the shape of one of its own
    (:func:`own_shape`), so a phrase with more words after it is never cut apart. Returns
    (breaks: indices after which a clause ends, joiners: the "and" words to leave free)."""
    said = [k for k, f in enumerate(free) if not f]
    if len(said) < 4:
        return frozenset(), frozenset()
    first, last = said[0], said[-1] + 1
    for n in range(min(LONGEST_PHRASE, last - first - 2), 0, -1):
        # (the phrase first: "movie night [and] my knee's playing up"; its first words may
        # be free, a carrier it was taught with: "start the vacuum and ...")
        # (a loop over the starts that reach the first word said, not a generator per n)
        at = None
        for i in range(max(0, first - n + 1), first + 1):
            if tuple(stems[i:i + n]) in exact:
                at = i
                break
        if at is not None:
            rest = at + n
            joiner = rest < last and toks[rest] in ("and", "but")
            clause = clause_words(toks[rest + joiner:], free[rest + joiner:], lexicon)
            shaped = bool(clause) and (joiner or subject_first(clause)) and (own_shape(
                clause, lexicon, taught, enclitic=toks[rest] == "but") or (
                joiner and _joined_aside.joined_clause(clause, lexicon, taught)))
            if shaped or (clause and toks[rest] != "but" and _scene_after(
                    toks[rest + joiner:], clause, lexicon, taught, not_names)):
                # (or a remark on the scene after it, whose shape is its own whatever joins
                # it: :func:`_scene_after`)
                # (after "but", a clause of contrast: its news leaves the request made,
                # "movie night but my knee's playing up"; Quirk et al. 1985, 13.5 on "but"
                # coordinating clauses. A "but" that restricts or withdraws the request has
                # no clause of its own shape: "but not yet", "but leave the porch light")
                return frozenset({rest - 1}), frozenset({rest} if joiner else ())
            if toks[rest] == "if" and courteous_clause(toks[rest:], lexicon, taught,
                                                       not_names):
                # (a condition of politeness after it: "movie night if that's agreeable")
                return frozenset({rest - 1}), frozenset()
        # (the phrase last: "i've mislaid my brolly movie night")
        if tuple(stems[last - n:last]) in exact:
            end = last - n
            joiner = toks[end - 1] == "and"
            clause = clause_words(toks[:end - joiner], free[:end - joiner], lexicon)
            if clause and (joiner or stated(clause, lexicon, taught)) and own_shape(
                    clause, lexicon, taught):
                return frozenset({end - 1}), frozenset({end - 1} if joiner else ())
    return frozenset(), frozenset()



def _scene_after(after: Sequence[str], clause: Sequence[str], lexicon: Lexicon,
                 taught: Callable[[str], bool], not_names: frozenset[str]) -> bool:
    """Whether the words ``after`` a phrase (``clause``: those said, fillers aside) are a
    remark on the scene whose shape is its own whatever joins it to the phrase: "tea time
    it's trundling after greenfly", "tea time and another ladybird" (:mod:`_scene_remark`),
    "tea time it quivered" (:mod:`_thing_moved`), "tea time a snail's on the patio door"
    (:mod:`_located`), "tea time look how speckled it is" (:mod:`_embedded_question`: what
    the wh-clause says is read with the clause, as after a pause)."""
    return (scene_remark(after, lambda w: scene_word(w, lexicon, taught, not_names))
            or (after[0] == "it" and moved_thing(after, lexicon, taught) is not None)
            or _located_at(clause, lexicon, taught) is not None
            or (after[0] in BIDDING and embedded_wh(after) == 1))


def verb_forms(word: str) -> frozenset[str]:
    """The plain forms an inflected verb may have ("wants" "want", "loved" "love").
    Public: :mod:`_addressed`, :mod:`_joined_aside`, :mod:`_own_clause`, :mod:`_unmarked`
    and the other readers of a clause read a verb's forms as this module does."""
    out = {word}
    for ending in ("s", "es", "d", "ed", "ing"):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            root = word[:-len(ending)]
            out.update((root, root + "e"))
    return frozenset(out)


COURTEOUS_MODALS = frozenset({"would", "could", "can", "will", "do", "are"})
LONGEST_COURTESY = 8


def courteous_clause(words: Sequence[str], lexicon: Lexicon, taught: Callable[[str], bool],
                     not_names: frozenset[str]) -> bool:
    """Whether ``words`` are a condition of politeness by their shape, not a condition of
    fact: "if" and the listener with a modal or "do" ("if you'd be so obliging", "if you
    don't mind"), "that" with "be", the request pointed at ("if that's agreeable"), or
    "it is" negated before a noun of imposition ("if it's not a faff", "if it's no skin
    off your nose"). Such an indirect condition bears on the speech act, not on what is
    asked (Quirk et al. 1985, 15.36), so the request is made now; a word a home taught,
    a device, a time, a number or an -ing verb in it ("if it's not raining", "if you
    would turn the heating up") makes it a condition of fact or another request."""
    if not 3 <= len(words) <= LONGEST_COURTESY or words[0] != "if":
        return False
    subject, verb = words[1], words[2]
    if subject == "that":
        shaped = verb in BE_FORMS
    elif subject == "you":
        shaped = verb in COURTEOUS_MODALS
    else:
        shaped = (subject == "it" and verb == "is" and len(words) > 4
                  and (words[3] == "no" or tuple(words[3:5]) in (("not", "a"), ("not", "an")))
                  and content_word(words[-1], lexicon, taught))
    return shaped and all(
        w.isalpha() and not (verb_form(w, "ing") and subject != "you") and w not in ENDING
        and (w,) not in lexicon.carriers and w not in not_names
        and w not in lexicon.number_words and w.rstrip("s") not in HEADS
        and (w in lexicon.function_words or not taught(w)) for w in words[3:])
