"""A name said alone as the subject of a remark: "john is coming round", "granny's here".

``_command_reading.tells_people_state`` reads a remark by its subject: a person ("we're
off to bed") or a noun phrase opened by a determiner ("my sister is coming over"). A
name said alone has neither, so it is read by the grammar around it, never by a list of
names: one word that no command and none of this home's names use (or one written with
a capital, "Will is here"), said first, then a form of "be" and what it says ("john is
coming round"), its "'s" joined to it by the recogniser and a word of where or how
("grannys here", "johns coming"), or a verb of coming and going ("sam came home").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._command_reading import _strip_phrases, is_question, tokenise
from ._command_vocab import Vocabulary

__all__ = ["name_subject_state"]

_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][A-Za-z'’]*")
"""A word written with a capital ("Will", "John's")."""


def name_subject_state(utterance: str, vocab: Vocabulary,
                       home_word: Callable[[str], bool]) -> bool:
    """Whether ``utterance`` opens with a name said alone and tells what that person
    is doing or how they are. ``home_word``: whether a word is one of this home's device
    or room names' (a thing, never a name here: "kitchen is cold")."""
    capitalised = {tokenise(word)[0] for word in _CAPITALISED.findall(utterance)
                   if tokenise(word)}
    toks = _strip_phrases(tokenise(utterance), vocab.fillers)
    while toks[:1] and toks[0] in vocab.lead_conjunctions:
        toks = toks[1:]
    if len(toks) < 2 or is_question(toks, vocab) or not _a_name(toks[0], vocab, home_word,
                                                                capitalised):
        return False
    subject, verb = toks[0], toks[1]
    if verb in vocab.clause_verbs:
        return len(toks) > 2  # "john is coming round" ("john is" alone says nothing)
    if subject.endswith("s") and (verb in vocab.name_states or verb.endswith("ing")):
        return True  # "grannys here", "johns coming round": its "'s" joined to it
    return any(tuple(toks[1:1 + len(said)]) == said for said in vocab.coming_verbs)


def _a_name(word: str, vocab: Vocabulary, home_word: Callable[[str], bool],
            capitalised: set[str]) -> bool:
    """A word that may name a person: none of a command's words nor of this home's
    names; a function word ("will") only when written with a capital."""
    if home_word(word) or vocab.meanings((word,)) or word in vocab.room_nouns or (
            word in vocab.state_subjects) or (
            any(ch.isdigit() for ch in word)):
        return False
    plain = (word,) in vocab.function_words or (word,) in vocab.fillers
    return word in capitalised or not plain
