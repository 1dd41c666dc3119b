"""A clause of the speaker's own that opens right after a taught phrase said first, with no
pause written between them: "ring tiffani back *which pins are left*", "restock the
popcorn kernels *look he's munching dandelions*", "dust the tiffany lamp *backhanded
intercepted*", as a recogniser that writes no punctuation gives them.

:mod:`_unmarked` finds where a clause may end beside a phrase; the edge after it is sure
only where a new clause plainly opens. The words after a phrase continue its clause as
its predicate (the phrase its subject: "bath time *keeps* failing", "movie night *is*
broken"), as a modifier of it (a relative clause, "movie night *which i hate*"; a
prepositional phrase, "... *for the kids*") or as the head it modifies ("movie night
*tickets*"). None is possible, read from the form of the words (the resolver has no verb
lexicon), when they open with:

- a wh-question whose wh-word is the determiner of a noun of its own, its subject or
  object, and an operator or "be" after that noun ("*which pins* are left", "*how many
  laps* are there", "*whose turn* is next": Quirk et al. 1985, "A Comprehensive Grammar
  of the English Language", 11.14-11.16). A relative "which" or "whose" after a noun is
  followed by its verb or its own subject ("... which i hate", "... which is broken",
  "... whose lid is loose": 17.10-17.13), never by a bare noun of its own and then the
  verb, unless it is its object ("which kids love"), so the operator must follow the
  noun, and the question must not end in a preposition its wh-phrase would be the
  object of (a relative: "... which kids are mad about");
- a discourse marker that opens a turn (the lexicon's ``openers``: "look", "listen",
  "well", "right"; Carter & McCarthy 2006, "Cambridge Grammar of English", on
  attention-getters and discourse markers) before a statement of the speaker's own with
  a subject and a finite verb ("*look* he's munching dandelions", "*listen* the taxi's
  here"): the marker opens what follows, it modifies nothing before it. Markers that
  add a request or say when ("and", "also", "plus", "now", "then") are not read so;
- the marker "look" presenting a new thing, "a" or "an" and a noun phrase and nothing
  else ("*look a fox cub*", after an interjection maybe): "look" takes no object of its
  own ("look *at* it"), so the noun phrase is none; not a noun of measure, which makes
  "look" the copula of a graded complement ("look a bit brighter");
- two past participles or more and nothing else ("backhanded intercepted", "splashed
  blocked"): a commentary of events in reduced clauses (Quirk et al. 1985, 15.58 on the
  verbless and -ed clause; 12.47 on the ellipsis of the subject). A phrase that is the
  subject of a past verb takes one verb, and the participle after it then completes it
  ("tea time passed unnoticed": no two -ed words of an event), so every word must be a
  regular past form of three letters or more before its ending, none with the negative
  "un-" of an adjective, none a word a home taught.

No word of them may be a word a home taught (in a statement after a marker, a taught
particle or preposition after its first word may be: its subject and verb are its own, "look
he's pouncing *on* beetles" beside "porch light on"), a pro-form that may point back at the
request ("it", "that", "again": :data:`_cue_scope.BACK`), a time or a noun of relation;
the readers of asides then judge the text with the pause marked, so a cue of theirs
(negation, question, past, someone else's words) still stops the request it stops there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._cue_scope import BACK, OPERATORS
from teachapp.understanding._own_clause import taught_thing, time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["next_clause"]

Taught = Callable[[str], bool]

WH_DETERMINERS = frozenset({"which", "what", "whose"})
"""Wh-words that may be the determiner of a noun of their own clause ("which pins")."""
HOW_QUANTITY = frozenset({"many", "much"})
"""The words after "how" that make it the determiner of a quantity ("how many laps")."""
NOT_OPENING = frozenset({"and", "also", "plus", "besides", "additionally", "lastly",
                         "finally", "now", "so", "then", "next", "too", "as"})
"""Openers that add one more request to what was said or say when it should be done
("... and ...", "... now ...", "... then ...": Halliday & Hasan 1976 on additive and
temporal conjunction), or that may be an adverb of the phrase's own clause ("as well"):
never read as opening a turn of their own after the phrase."""
SUBJECT_OPENERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "there"})
"""Words that open the subject of a statement after a marker (a determiner or possessive,
the existential "there"), beside the personal pronouns."""
PRESENTING = frozenset({"look"})
"""Markers that present a thing said after them ("look, a fox cub"; Carter & McCarthy 2006
on "look" as an attention-getter)."""
INDEFINITE = frozenset({"a", "an"})
"""Articles that open a new thing presented ("look *a* fox cub")."""
MEASURES = frozenset({"bit", "lot", "little", "touch", "tad", "few", "couple", "fair"})
"""Nouns of measure after "a" ("a bit", "a touch"): they grade what follows, so "look" is
the copula of a complement ("look a bit brighter"), no marker presenting a thing."""
LONGEST_WH_NOUN = 2
"""Most nouns a wh-determiner's noun phrase has before its operator ("which bowling
pins")."""


def next_clause(after: Sequence[str], lexicon: Lexicon, taught: Taught,
                statement: Callable[[Sequence[str]], bool]) -> bool:
    """Whether the speaker's ``after`` (the words after a taught phrase, free words aside)
    open a clause of their own in a shape of the module docstring; ``taught``: whether a
    home taught a word; ``statement``: whether words are a statement of the speaker's own
    with a subject and a finite verb (:func:`_unmarked._own_after`)."""
    if len(after) < 2 or not BACK.isdisjoint(after):
        return False
    times = time_words()
    if any(w in times or relational(w) for w in after):
        return False
    if any(taught(w) and w not in lexicon.function_words for w in after):
        # (a statement after a marker may hold a taught closed-class word, a particle or a
        # preposition after its first word, "look he's pouncing *on* beetles" beside
        # "porch light on": :func:`_own_clause.taught_thing`; its subject and verb are
        # its own, so the word is no thing of the request)
        return not taught_thing(after, lexicon, taught) and _marker_then_statement(
            after, lexicon, statement)
    return (_asked_of_own(after, lexicon, taught)
            or _marker_then_statement(after, lexicon, statement)
            or _presented(after, lexicon, taught)
            or _participles(after, lexicon, taught))


def _asked_of_own(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """A wh-question whose wh-word determines a noun of its own before an operator
    ("which pins are left", "how many laps are there")."""
    at = 1 if words[0] in WH_DETERMINERS else (
        2 if words[0] == "how" and len(words) > 1 and words[1] in HOW_QUANTITY else 0)
    if not at:
        return False
    nouns = 0
    while at < len(words) and nouns < LONGEST_WH_NOUN and shape.content_word(
            words[at], lexicon, taught) and words[at] not in OPERATORS:
        nouns, at = nouns + 1, at + 1
    if not nouns or at >= len(words) - 1:
        return False  # (an operator and what it says must follow: "which pins are left")
    if words[at] not in OPERATORS and words[at] not in shape.CLAUSE_OPERATORS:
        return False
    return words[-1] not in shape.PREPOSITIONS


def _marker_then_statement(words: Sequence[str], lexicon: Lexicon,
                           statement: Callable[[Sequence[str]], bool]) -> bool:
    """A discourse marker that opens a turn before a statement of the speaker's own ("look
    he's munching dandelions")."""
    first, rest = words[0], words[1:]
    if first not in lexicon.openers or first in NOT_OPENING:
        return False
    return (rest[0] in shape.PRONOUN_SUBJECTS or rest[0] in SUBJECT_OPENERS) and statement(rest)


def _participles(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Two past participles or more and nothing else ("backhanded intercepted")."""
    return len(words) >= 2 and all(
        shape.verb_form(w, "ed") and not w.startswith("un")
        and shape.content_word(w, lexicon, taught) for w in words)


def _presented(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """The marker "look" presenting a new thing, a noun phrase and nothing else ("look a
    fox cub"): "look" takes no object of its own ("look *at* ..."), so the noun phrase
    right after it is no object of a verb nor a head the phrase modifies."""
    if len(words) < 3 or words[0] not in PRESENTING or words[1] not in INDEFINITE:
        return False
    nouns = words[2:]
    if nouns[0] in MEASURES:
        return False
    return len(nouns) <= LONGEST_WH_NOUN + 1 and all(
        shape.content_word(w, lexicon, taught) and w not in OPERATORS
        and w not in shape.PREPOSITIONS for w in nouns)
