"""Words beside a taught phrase, said with no pause written, that are not addressed to the
assistant: a remark on the scene with a subject and verb of its own after the phrase
("fan on that dog's barking again", "tea time this pond's froggy"), or a run of calls
joined to the phrase by "then" or "and" ("twit twoo then bath time", "brrring oh and
lights off").

:mod:`_unmarked` finds where a pause may be in text a recogniser wrote without one, and
its readers judge each side of a taught phrase from the words there. Two shapes of words
said to someone else were read as part of the phrase's clause:

- After the phrase, a demonstrative or definite determiner, a noun and its contracted
  "is" (written without the apostrophe: "that dogs barking"), and a predicative (an
  adjective, a participle) is a copular clause of its own (Quirk et al. 1985, 10.8 on the
  SVC clause; 2.44 on the contracted "'s"). "That" there is no relative pronoun: a
  relative clause leaves a gap for its antecedent (Huddleston & Pullum 2002, 12.3), and
  "that dog's barking" has its subject said; nor a content clause's "that", which a verb
  of saying or thinking, or a pronoun object, before it would govern ("remind me that
  ..."; 11.2), so a phrase ending in one is left out. The noun's "-s" is read as "is" only
  when it is no verb of a relative clause with the adjective its complement: a copular verb
  ("that seems broken", "that looks grim": Quirk 16.21) keeps it a relative clause.
- Before the phrase, calls that :mod:`_unmarked` already holds for an utterance of their
  own (interjections, sounds held past any spelling, words no dictionary holds) followed
  by "then" or "and" ("tuwhoo then ...", "ooh and ..."): the connective opens the
  phrase's own move (Quirk et al. 1985, 8.137 on "then" as a conjunct of sequence, 13.5 on
  "and" before the next of two utterances), it does not make the calls a part of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["COPULAR", "DETERMINERS", "INTENSIFIERS", "LINKS", "calls_then_linked",
           "remark_of_own", "subject_is"]

Taught = Callable[[str], bool]

DETERMINERS = frozenset({"that", "this", "the", "these", "those"})
"""Central determiners that open a definite subject (Quirk et al. 1985, 5.10-5.12)."""
COPULAR = frozenset({"seem", "look", "feel", "sound", "appear", "become", "get", "go", "grow",
                     "turn", "keep", "stay", "remain", "prove", "smell", "taste", "come",
                     "fall", "run", "wear", "make", "leave", "find", "call", "consider"})
"""Copular verbs and verbs with an object complement (Quirk et al. 1985, 16.21-16.22,
16.43-16.46): their third person "-s" form and an adjective after them make a relative or
content clause ("that seems broken", "that makes it cosy"), not a noun and its "'s"."""
SAYING = frozenset({"say", "said", "tell", "told", "think", "thought", "know", "knew",
                    "hope", "believe", "suppose", "guess", "reckon", "remind", "reminded",
                    "mean", "meant", "promise", "promised", "swear", "bet", "sure", "glad",
                    "afraid", "sorry", "aware", "news", "fact", "idea", "sign", "proof"})
"""Words that may govern a content clause opened by "that" (Quirk et al. 1985, 16.31-16.35
on verbs, 16.69 on adjectives, 17.26 on appositive nouns): a phrase ending in one may
take the words after it for its clause."""
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you", "it"})
INTENSIFIERS = frozenset({"so", "very", "really", "dead", "well", "too", "proper", "ever",
                          "quite", "rather", "pretty", "right"})
"""Degree words before a predicative adjective (Quirk et al. 1985, 7.33)."""
LINKS = frozenset({"then", "and"})
"""Connectives said between a call and the phrase that opens the next move."""
ADJECTIVE_ENDS = ("less", "ful", "ous", "ish", "ive", "able", "ible", "ic", "y")
"""Suffixes that make an adjective of a word the lexicon does not hold ("wormless",
"froggy": Quirk et al. 1985, App. I.46-I.54)."""


def _predicative(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may be the complement of a contracted "is": an adjective, a
    participle in -ing or -ed, or an unlisted word with an adjective's suffix; no
    function word and no word the home taught."""
    if word in lexicon.function_words or taught(word) or len(word) < 3:
        return False
    if classes.adjective(word):
        return True
    if word.endswith(("ing", "ed")) and classes.verb(word):
        return True
    return not classes.listed(word) and word.endswith(ADJECTIVE_ENDS)


def subject_is(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may be a noun and its contracted "is" written as one word
    ("dogs" for "dog's"): it ends in a lone "s", is no function word nor taught, and no
    copular verb's "-s" form. Public: :mod:`_a_subject` reads a subject after "a" so."""
    if len(word) < 3 or not word.endswith("s") or word.endswith("ss"):
        return False
    if word in lexicon.function_words or taught(word):
        return False
    base = word[:-1]
    if base in COPULAR or (base.endswith("e") and base[:-1] in COPULAR):
        return False
    return not classes.verb_only(base)


def remark_of_own(aside: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                  taught: Taught) -> bool:
    """Whether ``aside``, the words after ``phrase`` to the end, is a copular clause of its
    own: a determiner, a noun with its contracted "is", maybe a degree word, and a
    predicative, maybe "again" after it (see the module docstring)."""
    if not phrase or not 3 <= len(aside) <= 5 or aside[0] not in DETERMINERS:
        return False
    if not home_words().isdisjoint(aside[1:]):
        return False  # (a thing of the home and its setting: "the lights bright" asks)
    last = phrase[-1]
    if last in SAYING or last in OBJECT_PRONOUNS or classes.verb_only(last):
        return False  # (may govern a content clause: "remind me that ...")
    rest = list(aside[2:])
    if rest and rest[-1] == "again":
        rest.pop()
    while len(rest) > 1 and rest[0] in INTENSIFIERS:
        rest.pop(0)
    return (len(rest) == 1 and subject_is(aside[1], lexicon, taught)
            and _predicative(rest[0], lexicon, taught))


def calls_then_linked(words: Sequence[str], calls: Callable[[Sequence[str]], bool],
                      called: Callable[[str], bool]) -> bool:
    """Whether ``words``, the speaker's words before the phrase, are calls (``calls``: the
    readers :mod:`_unmarked` holds a side sure by), the last of them an interjection or a
    sound held (``called``), and then "then" or "and" last. (After a word that may be a
    noun, "and" may join a noun phrase to the phrase: :mod:`_no_verb_before` reads those.)"""
    return (len(words) >= 2 and words[-1] in LINKS and called(words[-2])
            and calls(words[:-1]))


