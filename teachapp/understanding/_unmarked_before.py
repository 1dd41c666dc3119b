"""A clause of the speaker's own said before a taught phrase with no pause marked: "the kids
are finally asleep reading mode", "the dog is very dirty lights on", "rural juror rural juror
ring emrys", as a recogniser without punctuation (or a typist) writes them.

With the pause marked (". ", ", ") :mod:`_said_before` and the readers of asides judge the
phrase's sentence alone. Without it, the words before the phrase may instead be a clause
the phrase completes: its object or complement ("i love movie night", "we had movie
night", "my favourite is movie night", "did you say reading mode"), a noun that modifies
it ("the bathroom lights off": a compound, Quirk et al. 1985, "A Comprehensive Grammar
of the English Language", 17.104-17.108), or the verb of a question about it ("can you
movie night"). A boundary is only sure where the clause before it is complete and can
take nothing more (Quirk et al. 1985, 2.13-2.16 on the clause elements; 10.2 on the
verb's complementation): so the words before the phrase are read as a turn of their own
only when all of them

- are a sentence of the speaker's own as :func:`_said_before.own_sentence` reads one (no
  thing of the home, no device, no request word first, no cue whose scope is the
  utterance), with no pro-form at all, which may point forward at the phrase ("this",
  "it", "that", "one", "again": 12.8);
- have one of two shapes whose last word closes them:

  - a statement of its own (:func:`_own_clause.own_statement`: a subject and a finite
    verb of their own) ending in the complement of "be" right after it ("the kids are
    finally asleep", "the dog is very dirty": 16.21, a subject complement takes no
    object; after "is" or "was" only with an adverb of degree, else a bare adjective
    may open a noun phrase the phrase ends, "the theme is retro movie night"). Not
    a noun (it may modify the phrase: "the kids want the bedroom lights on") nor a
    person as object (the phrase may be the direct object after it: "we owe him nap
    time", ditransitive verbs, 16.55);
  - a sequence of two different content words or more said twice over or more ("rural
    juror rural juror", "greek grapes greek grapes greek grapes"): a repetition is a
    recitation closed by its last saying, and it has no function word (a pronoun, a
    determiner, an operator) that may govern what follows ("i want i want movie night");

- and the last word is no word that waits for what follows: a determiner, a
  preposition, an operator or "be", "to", a conjunction, a subject pronoun, a verb in
  -ed or -ing (Quirk et al. 1985, 3.30 on operators, 9.1 on prepositions, 13.1 and
  14.11 on conjunctions).

The phrase after them must then be said exactly and run alone. Anything less sure is
left to the other readers, which ask or reject.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._cue_scope import BACK, OPERATORS
from teachapp.understanding._own_clause import DEGREE, own_statement
from teachapp.understanding._said_before import FORWARD, POINTING, own_sentence
from teachapp.understanding._unmarked import CONJUNCTIONS, MARKS
from teachapp.understanding.normalize import Lexicon

__all__ = ["clause_before", "phrase_last"]

Taught = Callable[[str], bool]

LONGEST = 12
"""Most words read before the phrase (a longer run is a story, read by others)."""
WAITING = (shape.NP_DETERMINERS | shape.PREPOSITIONS | shape.BE_FORMS | OPERATORS
           | shape.CLAUSE_OPERATORS | CONJUNCTIONS | shape.PRONOUN_SUBJECTS
           | shape.WH_WORDS | {"to", "let", "lets", "not", "never", "n't"})
"""Words after which the clause is not over: what follows them is their object, their
complement or their verb."""
ADJECTIVES = frozenset({"right", "proper", "still", "even", "only"})
"""Words of :data:`_own_clause.DEGREE` that are adjectives too, a complement of "be" of
their own ("you were right", "the water is still")."""
PLURAL_BE = frozenset({"am", "are", "were"})
"""Forms of "be" of a plural or personal subject (Quirk et al. 1985, 10.34 on
concord)."""
PRO_FORMS = BACK | POINTING | FORWARD
"""Pro-forms and pointing adverbs (:mod:`_cue_scope`, :mod:`_said_before`)."""


def phrase_last(stems: Sequence[str], exact: Container[tuple[str, ...]],
                longest: int) -> int | None:
    """Where the longest taught phrase said whole at the end of ``stems`` starts, with a
    word before it; None when none ends the text (``exact``: the resolver's phrase stems
    mapping)."""
    for start in range(max(1, len(stems) - longest), len(stems)):
        if tuple(stems[start:]) in exact:
            return start
    return None


def _waits(word: str) -> bool:
    """Whether ``word`` leaves its clause waiting for what follows."""
    return word in WAITING or shape.verb_form(word) or (word.endswith("ing") and len(word) >= 5)


def _repeated(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` are one sequence of two different content words or more said
    twice over or more ("greek grapes greek grapes greek grapes"), with no function word
    that may govern what follows ("i want i want")."""
    for size in range(2, len(words) // 2 + 1):
        unit = list(words[:size])
        if len(words) % size or any(list(words[k:k + size]) != unit
                                    for k in range(size, len(words), size)):
            continue
        return len(set(unit)) >= 2 and all(
            shape.content_word(w, lexicon, taught) and w not in lexicon.function_words
            for w in unit)
    return False


def _be_complement(words: Sequence[str]) -> bool:
    """Whether ``words`` end in the complement of "be": the last word follows a form of
    "be", maybe with adverbs of degree between ("are finally asleep"). A joined "'s" is
    not read: "my teas cold" may as well be a possessive ("the kids favourite")."""
    if _degree(words[-1]):
        return False  # (its complement is still to come: "the kids are absolutely")
    k = len(words) - 2
    while k > 0 and _degree(words[k]):
        k -= 1
    # (after a singular "is" or "was", a bare adjective may instead open a noun phrase
    # with the phrase for its head, "the theme is retro movie night"; a plural or
    # personal "are", "am", "were" takes no singular noun without its article, and an
    # adverb of degree marks the adjective as said of the subject, "is very dirty")
    return k >= 1 and words[k] in shape.BE_FORMS and (
        words[k] in PLURAL_BE or k < len(words) - 2)


def _degree(word: str) -> bool:
    """An adverb of degree, time or focus (:data:`_own_clause.DEGREE`, but for those that
    are adjectives too: "you were right", "a proper mess") or in -ly ("absolutely",
    "utterly"; Quirk et al. 1985, 7.46 on the -ly adverb suffix)."""
    return (word in DEGREE and word not in ADJECTIVES) or (word.endswith("ly") and len(word) > 4)


def clause_before(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` (all said before a phrase, no pause marked) are a whole clause of
    the speaker's own that ends where the phrase begins (see the module docstring)."""
    if not 2 <= len(words) <= LONGEST or MARKS.intersection("".join(words)):
        return False
    if not PRO_FORMS.isdisjoint(words) or _waits(words[-1]):
        return False
    if not own_sentence(words, lexicon, taught):
        return False
    if _repeated(words, lexicon, taught):
        return True
    if not own_statement(words, lexicon, taught):
        return False
    return _be_complement(words)
