"""A negative operator beside a request that negates nothing of it: a question tag on a
clause of the speaker's own ("i'm shouting, aren't i, tea time") and an exclamatory
question ("tea time, aren't you gorgeous").

"Not" after an operator reads as a negation of the request beside it, "don't movie
night", "isn't movie night on". Two shapes put it elsewhere, by their grammar alone:

- a **question tag** is an operator, "not" maybe, and a pronoun that repeat the subject
  and the operator of the clause it is tagged on, its anchor (Quirk et al. 1985, "A
  Comprehensive Grammar of the English Language", 11.8-11.10: "she's gone, hasn't she";
  "I am" takes "aren't I", 11.8 note). Said after a clause of the speaker's own whose
  subject and operator it repeats, the tag asks the listener to agree with that clause,
  and its "not" only reverses that clause's polarity: it says nothing of a request said
  before or after ("i'm shouting, aren't i, tea time"). A tag that repeats no clause of
  its own (an operator and pronoun said on their own before the phrase) is left to the
  readers of a question;
- an **exclamatory question** is a negative yes-no question said to exclaim ("wasn't it
  a marvellous concert!", "aren't you clever": 11.23, with a falling tone): an operator,
  "not", the listener "you" and an adjective for complement, with no verb nor any word
  of a request. The listener is praised; no request is negated or asked about. Only an
  adjective that is no verb, no noun and no adverb (:func:`_word_classes.adjective_only`:
  "gorgeous", "clever", "adorable") counts, so "aren't you doing movie night", "aren't
  you on" and "aren't you tired" (the participle of "tire") are not read here; a pet name
  may follow ("aren't you gorgeous, poppet").
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding._word_classes import adjective_only

__all__ = ["exclamatory_question", "tag_of"]

OPERATORS = frozenset({"am", "are", "is", "was", "were", "do", "does", "did", "have", "has",
                       "had", "can", "could", "will", "would", "wo", "shall", "should",
                       "may", "might", "must"})
"""Operators, the first auxiliary of a verb phrase (Quirk et al. 1985, 3.30); "wo" is
"won't" as the lexicon's contractions leave it."""
TAG_PRONOUNS = frozenset({"i", "you", "we", "he", "she", "it", "they"})
"""Pronoun subjects of a tag (11.8: the tag's subject is a pronoun)."""
TAGGED_AM = frozenset({"am", "are"})
"""The operators a tag on "I am" may have: "aren't I" (11.8 note) or "am I not"."""


def tag_of(tag: Sequence[str], anchor: Sequence[str]) -> bool:
    """Whether ``tag`` (a clause's words) is a question tag on ``anchor`` (the clause said
    right before it): an operator, "not" maybe, and a pronoun, with nothing more, repeating
    the anchor's pronoun subject and its operator (see the module docstring)."""
    if len(tag) not in (2, 3) or tag[0] not in OPERATORS or len(anchor) < 3:
        return False
    if len(tag) == 3 and tag[1] != "not":
        return False
    subject, operator = tag[-1], tag[0]
    if subject not in TAG_PRONOUNS or anchor[0] != subject:
        return False
    said = anchor[1]
    if said == operator:
        return True
    return subject == "i" and said in TAGGED_AM and operator in TAGGED_AM


def exclamatory_question(words: Sequence[str], endearments: frozenset[str]) -> bool:
    """Whether ``words`` (a clause's words) are an exclamatory question praising the
    listener, "aren't you gorgeous" (an operator, "not", "you", an adjective only, a pet
    name maybe: see the module docstring)."""
    if len(words) < 4 or words[0] not in OPERATORS or list(words[1:3]) != ["not", "you"]:
        return False
    rest = list(words[3:])
    while len(rest) > 1 and rest[-1] in endearments:
        rest.pop()
    return len(rest) == 1 and adjective_only(rest[0])
