"""A remark of the speaker's own after a taught phrase, no pause written, whose subject is a
noun said without an article and whose predicate is a participle in -ing or an adjective:
"storm mode swifts scything", "party mode greensleeves tinkling", "ring nan back herons
wading", "tea time skies pinkish", a word on what the speaker sees or hears beside the
request.

A noun and an -ing participle or an adjective (one the word classes list as nothing else:
"pinkish", not "cold", "ready"), and nothing more, are a nonfinite or verbless clause with a
subject of its own (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
14.6 and 15.58 on the absolute clause; 11.41 on the reduced grammar of commentary): said after the
phrase it closes the speaker's move by itself, as it does with the pause written ("storm
mode, swifts scything"). :mod:`_absolute_after` reads such a clause whose subject opens
with an article; without one, the noun might be a verb whose subject the phrase is ("bath
time *keeps* crashing", "movie night *starts* running late": the catenatives take an -ing
complement, 16.39-16.41), so here the noun must be no form of a verb at all (the word
classes of :mod:`_word_classes`: "swifts", "herons", or a word no dictionary holds, a
name, "greensleeves"; not "keeps", "streaks", "tickets").

Not when the noun is a person (who may do, want or refuse the request: "bath time kids
refusing"), a word of the home or one it taught, a time or a number, nor when the
participle is a verb of saying or writing (a reporting clause after words quoted: "lights
off parrots squawking"), one that takes an event for its object or undoes one
(``cue_scope``'s lists), a cue's word or a word the home taught; nor when the phrase does
not open its clause (words before it may make the noun their object).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._asked_aside import names_home
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import ing_bases, own_noun, own_verb, people, scope_words
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._word_classes import adjective_only, loaded, verb
from teachapp.understanding.normalize import Lexicon

__all__ = ["bare_subject_after"]

Taught = Callable[[str], bool]


def _subject(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may be the clause's own bare noun subject: a noun of its own that
    is no verb form, no person, no thing of a home, time, number or cue."""
    return (own_noun(word, lexicon, taught) and not verb(word)
            and word not in people(lexicon) and word.rstrip("s") not in people(lexicon)
            and word not in time_words() and word not in lexicon.number_words
            and word not in lexicon.cue_starts and not names_home([word])
            and word not in home_words())


def _participle(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is an -ing participle of a verb of the clause's own that takes no
    words, event or request for its object."""
    if len(word) < 5 or not word.endswith("ing") or not own_verb(word, lexicon, taught):
        return False
    scope, bases = scope_words(), ing_bases(word)
    return (scope.text_verbs.isdisjoint(bases) and scope.event_verbs.isdisjoint(bases)
            and scope.undoing.isdisjoint(bases))


def bare_subject_after(aside: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words after the phrase, ``aside``, are a bare noun of their
    own and an -ing participle or an adjective, nothing more (see the module docstring).
    False when the word classes are not installed: any word might then be a verb."""
    return (len(aside) == 2 and loaded() and _subject(aside[0], lexicon, taught)
            and (_participle(aside[1], lexicon, taught) or adjective_only(aside[1])))
