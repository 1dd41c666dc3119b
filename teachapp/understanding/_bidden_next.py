"""A taught request in the imperative right after a turn of the speaker's own, no pause
written: "scan your loyalty barcode cool the house", "introducing the southpaw contender count the
teaspoons", "a hefty dividend from the bank warm up the living room".

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead be the subject of the phrase's verb ("the kids | feed the
cat" says what the kids do) or modify it. A phrase whose first word is a verb by its
form, its object's determiner right after it (maybe after a particle: "warm up the living
room"), is a clause of its own when that verb can have no subject or governor before it
(Quirk et al. 1985, 11.23-11.25 on the imperative; 10.2 on subject-verb concord; 16.52
on the bare infinitive): the word before it is

- the head of a noun phrase its determiner opened ("your loyalty barcode", "from the
  bank"), so no verb that may take the phrase as its object, a routine named by its
  phrase or words quoted ("reverse light the fire", "jobs include start the vacuum"),
  and no noun of words or names the phrase may be in apposition to ("the phrase ...");
  the noun phrase follows a word of its own clause, no "be" or operator (it may be the
  subject of a question whose complement is to come: "is your charade star the movie")
  and no name called (a call and a noun phrase, no clause: "marie the ... sand");
- no word in -s, which may be a plural subject ("the boys feed the cat": the plain verb
  agrees with a plural or "i", "you", "we", "they", never a singular noun);
- and no verb or noun before it in the words that may take a bare infinitive after an
  object ("we watched the dog feed the cat", "let the kids lock up", "help gran light the
  fire": verbs of perception, causation and help, and "go", "come", "rather", "better"),
  nor one that takes words or a clause, names or has two objects
  (:func:`_opened_by_form._takes_words`: "we learnt the phrase ...").

The phrase's verb is no past written as its plain form either ("the lodger read the
guest book", :data:`_bidden_after.SAME_PAST`). The words before must be a turn of the
speaker's own (:func:`_said_before.own_sentence`: no thing of the home, no pro-form, no
cue whose scope is the utterance), with no time or number (which may say when the
request should run: "first thing tomorrow feed the cat").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._bidden_after import SAME_PAST
from teachapp.understanding._opened_by_form import COMMANDING, takes_words
from teachapp.understanding._own_clause import PARTICLES, time_words
from teachapp.understanding._said_before import own_sentence
from teachapp.understanding._told_before import LABELS
from teachapp.understanding.normalize import Lexicon

__all__ = ["bidden_next"]

Taught = Callable[[str], bool]

OBJECT_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "their",
                                "some"})
"""Determiners that open the object of a verb before them ("her" may be an object)."""
BARE_INFINITIVE = frozenset({
    "see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching",
    "hear", "hears", "heard", "hearing", "feel", "feels", "felt", "feeling", "notice",
    "notices", "noticed", "noticing", "observe", "observed", "make", "makes", "made",
    "making", "let", "lets", "letting", "have", "has", "had", "having", "help", "helps",
    "helped", "helping", "bid", "go", "goes", "went", "come", "comes", "came", "rather",
    "better", "dare", "dares", "dared", "need", "needs", "needed", "must", "should",
    "would", "could", "might", "may", "can", "will", "shall", "ll", "d", "to", "do",
    "does", "did", "why", "not", "never", "n't", "please", "and", "or", "but", "nor",
    "then", "than", "just", "only"})
"""Words after which, an object maybe between, a verb in its plain form is governed, not
an imperative (Quirk et al. 1985, 16.52 on verbs of perception, causation and help with a
bare infinitive; 3.21 on the modals; "why not ...", "rather than ..."; a conjunction
or a focusing adverb that may join the verb to the clause before)."""


def bidden_next(words: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                taught: Taught) -> bool:
    """Whether ``phrase`` (its first words) is an imperative clause of its own after the
    speaker's ``words`` (see the module docstring)."""
    if len(phrase) < 2 or len(words) < 2:
        return False
    verb = phrase[0]
    at = 2 if phrase[1] in PARTICLES else 1
    if at >= len(phrase) or phrase[at] not in OBJECT_DETERMINERS:
        return False
    if (verb in SAME_PAST or verb in shape.PREPOSITIONS or verb in lexicon.function_words
            or verb.endswith(("s", "ed", "ing")) or not verb.isalpha()):
        return False
    last = words[-1]
    if (last.endswith("s") or last in shape.PRONOUN_SUBJECTS or last in shape.NP_DETERMINERS
            or last in shape.PREPOSITIONS or last in shape.BE_FORMS or last == verb):
        return False
    if not _noun_head(words, lexicon, taught) or last in COMMANDING or last in LABELS:
        return False
    if not BARE_INFINITIVE.isdisjoint(words) or any(
            shape.verb_forms(w) & BARE_INFINITIVE or takes_words(w) for w in words):
        return False
    if not time_words().isdisjoint(words) or not lexicon.number_words.isdisjoint(words):
        return False
    return own_sentence(words, lexicon, taught)


def _noun_head(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` end in the head of a noun phrase its determiner opened, a content
    word maybe between ("your loyalty barcode", "from the bank"): a noun, so no verb whose
    object the phrase may be ("reverse light the fire", "jobs include start the
    vacuum": a routine named by its phrase, or the words a verb quotes)."""
    if not shape.content_word(words[-1], lexicon, taught):
        return False
    if words[-2] in OBJECT_DETERMINERS:
        opened = len(words) - 2
    elif (len(words) >= 3 and words[-3] in OBJECT_DETERMINERS
          and shape.content_word(words[-2], lexicon, taught)
          and not words[-2].endswith(("ed", "ing"))):
        opened = len(words) - 3
    else:
        return False
    if not opened:
        return False
    governor = words[opened - 1]
    # (after "be" or an operator the noun phrase may be a subject still to meet its
    # complement, "is your charade star the movie"; after a name, a call and a noun phrase
    # with no verb, "marie the ... sand")
    return not (governor in shape.BE_FORMS or governor in shape.CLAUSE_OPERATORS
                or governor in lexicon.given_names)
