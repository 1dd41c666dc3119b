"""A phrase said as the name given to a thing in a noun phrase: "a dog called X".

A noun phrase of a thing, an animal, a vehicle or a person (a determiner, at most
:data:`MODIFIERS` words, the noun), then at once a past participle of naming ("called",
"named", "christened", "nicknamed", "dubbed", "known as") and the phrase: the participle
clause post-modifies the noun, and the phrase is the complement it names the noun by
(Quirk et al. 1985, 17.25-17.29 on non-finite post-modifiers; 16.43-16.46 on the object
complement of "call" and "name"): "grandad restored a steam locomotive called call the
printer", "my neighbour owns a boat named game night", "we met a man called lights on".
The phrase is the thing's name, not asked for. ``_unmarked`` reads the verb with its
object ("called him X", "named the dog X"); :mod:`_said_as_name` the close apposition
("the song X").

Left alone: a pause between the participle and the phrase ("the plumber called, lights
on"); a noun of a routine or a request's own kind ("run the routine called movie night",
"the scene named relax": :data:`REQUEST_HEADS`), which asks for it by its name; a noun
phrase with no determiner, which may be a clause's subject ("mum called lights on").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import tokens

__all__ = ["TRIGGER", "heard_naming", "named_after_noun"]

PARTICIPLES = frozenset({
    "called", "named", "christened", "nicknamed", "dubbed", "titled", "entitled",
    "labelled", "labeled", "renamed", "termed", "baptised", "baptized", "known"})
"""Past participles of naming that post-modify a noun ("a dog *called* X"); "known" only
with "as" after it ("a pub known as X")."""
REQUEST_HEADS = frozenset({
    "routine", "scene", "automation", "shortcut", "command", "preset", "program",
    "programme", "setting", "macro", "mode", "phrase", "one", "thing", "option", "skill",
    "button", "timer", "alarm", "reminder", "list", "playlist", "profile"})
"""Nouns, as stems, of what a request itself names by its name ("start the routine
called X", "the one named X"): the noun phrase asks for it, not of a thing spoken of."""
INDEFINITE_HEADS = frozenset({"someone", "somebody", "something", "somewhere",
                              "anyone", "anybody", "anything"})
"""Heads that are a whole noun phrase alone ("someone called X")."""
MODIFIERS = 3
"""Most words between the determiner and the noun ("a big old steam locomotive")."""
LIKE = 0.6
"""How like a word of the phrase the word after the participle is, at least, for the
phrase misheard there ("a dog called lites on")."""
_PAUSE = re.compile(r"[,;:.!?\u2013\u2014]|\s-\s|\.\.\.")
_CUE = re.compile(r"\b(?:" + "|".join(sorted(PARTICIPLES - {"known"})) + r"|known as)\b")
TRIGGER = Trigger(words=PARTICIPLES)
"""What :data:`_CUE` needs (:mod:`_trigger`): a participle, whole ("known" of "known as")."""


def heard_naming(low: str) -> bool:
    """Whether the lower-cased text holds a participle of :data:`PARTICIPLES`, without
    which the shape is not there: most requests."""
    return _CUE.search(low) is not None


def _opens_phrase(word: str, read: RunRead) -> bool:
    """Whether ``word`` is a word of the phrase, inflected or misheard: the phrase said
    from there, whole or cut short ("a dog called lights on" of "all lights on")."""
    return any(word == own or stem(word) == own_stem
               or Levenshtein.normalized_similarity(word, own) >= LIKE
               for own, own_stem in zip(read.phrase_words, read.phrase_stems, strict=True))


def _noun_phrase(said: list[str], read: RunRead) -> bool:
    """Whether ``said`` ends in a noun phrase of a thing spoken of: a determiner (or a
    possessive), at most :data:`MODIFIERS` words, a noun not of :data:`REQUEST_HEADS`;
    or an indefinite pronoun alone."""
    if not said:
        return False
    head = said[-1]
    if head in INDEFINITE_HEADS:
        return True
    function = read.lexicon.function_words
    if (not head.isalpha() or head in function or head in REQUEST_HEADS
            or stem(head) in REQUEST_HEADS):
        return False
    for k in range(len(said) - 2, max(len(said) - 3 - MODIFIERS, -1), -1):
        word = said[k]
        if word in shape.NP_DETERMINERS or word.endswith("'s"):
            return True
        if word in REQUEST_HEADS or stem(word) in REQUEST_HEADS:
            return False  # ("the routine movie night called ..." is no thing's name)
        if word in function or not word.replace("-", "").isalpha():
            return False
    return False


def named_after_noun(read: RunRead) -> bool:
    """Whether the phrase is said as the name a noun phrase's thing is given (see the
    module docstring)."""
    if not read.phrase or not read.phrase_words:
        return False
    for piece in _PAUSE.split(read.lower):
        said = tokens(piece, read.lexicon)
        for k, word in enumerate(said):
            if word not in PARTICIPLES:
                continue
            at = k + 1
            if word == "known":
                if at >= len(said) or said[at] != "as":
                    continue
                at += 1
            if at < len(said) and _opens_phrase(said[at], read) and _noun_phrase(said[:k], read):
                return True
    return False
