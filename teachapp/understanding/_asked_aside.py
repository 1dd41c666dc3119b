"""Questions of the speaker's own about something else, in the shapes :mod:`_clause_shape`'s
plainer reading leaves aside: a taught phrase said beside one still runs ("fire up the
generator, how many legs has an octopus?", "is that a woodpecker? pump the spring water").

A question is about the element its wh-word stands for and the arguments of its own
clause (Quirk et al. 1985, 11.14-11.16; Huddleston & Pullum 2002, 10.7-10.8). When that
element is a phrase with a noun of its own and the clause names no pro-form and no taught
word (:func:`_clause_shape.own_shape` has ruled those out before it asks here), it asks
of its own things, not of the request. The shapes read here:

- a wh-phrase with a noun of its own before the clause: "how many" or "how much" and a
  noun ("how many legs has an octopus", "how many eggs does a hen lay"; Quirk et al.
  1985, 5.25 on the quantifiers "many", "much"; or "how much" alone before a subject of
  its own, "how much does a giraffe weigh"), "whose", "which" or "what" and a noun ("whose
  galoshes are these", "what bird is that"), or a partitive "which of" or "who of" and a
  pronoun or a noun phrase ("which of you took my protractor"; 5.9 on the partitive "of"
  construction). After it comes the clause: an operator and a subject (inversion, 11.5),
  "be" and a demonstrative or an independent possessive said last (6.40, 6.29: "whose
  galoshes are these", "which mug is mine"), or, the wh-phrase its subject, a verb and an
  argument of its own ("how many people live in wales");
- a wh-word, "do" and a subject and its verb, with a noun of its own with no
  determiner: its object said last ("how do you spell rhythm"; 5.52 on the zero
  article), or its subject ("why do cats purr", "how do bees make honey");
- (in :func:`_clause_shape._question`) "why" and "be" before a noun phrase and the state
  said of it ("why is the sky so orange"), its head no noun of relation ("what's the
  plan", "why the rush" may be the request's);
- an existential "there" (Quirk et al. 1985, 18.44-18.49): a wh-word, "be" and "there"
  before a noun of its own, not negated ("why is there glitter everywhere", "how come
  there's a hole in my sock");
- a demonstrative identified as a thing not yet named, by the indefinite article or a
  plural noun with none ("is that a woodpecker", "are those swallows": the subject
  complement of "be", 2.16, 6.40); "is that the bath" (definite, may name the request's
  thing) and "is that a good idea" (a noun of relation) are no such thing.

A noun of relation (:func:`relational`: the lexicon's ``clause_shape.general_nouns`` and
``asked_aside.relational_nouns`` such as "time", "kind", "option", "problem") makes a
question that may ask the request's time, kind or worth ("what time is that", "is that a
problem", "whose idea was this"): none of these shapes hold with one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._carriers import HEADS
from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["QUANTIFIERS", "argument_after", "asked_aside", "identified", "names_home",
           "partitive_end", "relational"]

Taught = Callable[[str], bool]

QUANTIFIERS = frozenset({"many", "much"})
"""Quantifiers that with "how" make a wh-determiner (Quirk et al. 1985, 5.25)."""
WH_DETERMINERS = frozenset({"whose", "which", "what"})
PARTITIVE_HEADS = frozenset({"which", "who", "none", "one", "any", "some", "all", "each",
                             "either", "neither", "most"})
"""Words that head a partitive "of" construction said as a subject ("which of you", "none
of us", "one of the kids": Quirk et al. 1985, 5.9, 6.47)."""
INDEPENDENT_POSSESSIVES = frozenset({"mine", "yours", "his", "hers", "ours", "theirs"})
"""Possessive pronouns said without a noun (Quirk et al. 1985, 6.29): "which mug is
mine"."""
EXISTENTIAL = "there"


@lru_cache(maxsize=1)
def _relational_nouns() -> frozenset[str]:
    raw = bundled_section("asked_aside") or {}
    general = (bundled_section("clause_shape") or {}).get("general_nouns") or ()
    return frozenset(t for w in [*(raw.get("relational_nouns") or ()), *general]
                     for t in tokens(str(w)))


PLACE_ADVERBS = frozenset({"everywhere", "upstairs", "downstairs", "outside", "inside"})
"""Adverbs of place (Quirk et al. 1985, 7.46), which said last are where a thing of the
clause's own is ("why is there glitter everywhere"), not a room asked about."""


@lru_cache(maxsize=1)
def _home_nouns() -> frozenset[str]:
    """Nouns that name a device, a room or a thing a request asks for (the built-in
    commands' device kinds, :data:`_carriers.HEADS`): a question about one bears on the
    home ("which lamp is that", "where is the volume setting")."""
    kinds = {w for words in default_vocabulary().kind_words.values() for w in words}
    return frozenset(kinds | HEADS) - PLACE_ADVERBS


def names_home(said: Sequence[str]) -> bool:
    """Whether ``said`` names a device, a room or a thing a request asks for, an adverb
    of place said last aside."""
    nouns = _home_nouns()
    return any(w in nouns or (w.endswith("s") and w[:-1] in nouns) for w in said)


def relational(word: str) -> bool:
    """Whether ``word`` is a noun of relation (see the module docstring), singular or
    plural."""
    nouns = _relational_nouns()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _noun_end(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> int:
    """Where a noun of the clause's own with no determiner opening at ``said[k]`` ends
    (one or two content words, maybe "of" and another: "legs", "spoons of sugar"), or
    ``k`` when none opens there or its head is a noun of relation."""
    end = k
    while end < len(said) and end - k < 2 and shape.content_word(said[end], lexicon, taught) and (
            not shape.verb_form(said[end])):
        end += 1
    if end == k:
        return k
    if end + 1 < len(said) and said[end] == "of" and shape.content_word(said[end + 1], lexicon,
                                                                   taught):
        end += 2
    if relational(said[end - 1]) or any(relational(w) for w in said[k:end]):
        return k
    return end


def _np_end(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> int:
    """Where a noun phrase of the clause's own opening at ``said[k]`` ends, with a
    determiner or none, its head no noun of relation; ``k`` when none opens there."""
    end = shape.noun_phrase(said, k, lexicon, taught)
    if end:
        return k if relational(said[end - 1]) else end
    return _noun_end(said, k, lexicon, taught)


def partitive_end(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> int:
    """Where a partitive subject opening at ``said[k]`` ends ("which of you", "none of
    us", "which of the kids", "which of you lot"), or ``k``. ("which one of you" is
    heard with a number, "which 1 of you", and a number names a thing asked for.)"""
    if k >= len(said) or said[k] not in PARTITIVE_HEADS:
        return k
    j = k + 1
    if j + 1 >= len(said) or said[j] != "of":
        return k
    if said[j + 1] in shape.OBJECT_PRONOUNS:
        end = j + 2
        # ("you lot", "you two": a noun in apposition to the pronoun)
        return end + (end + 1 < len(said) and said[end] in ("lot", "two", "three"))
    end = _np_end(said, j + 1, lexicon, taught)
    return end if end > j + 1 and said[j + 1] in shape.NP_DETERMINERS else k


def _wh_phrase(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> int:
    """Where a wh-phrase with a noun of its own that opens the clause ends ("how many
    legs", "whose galoshes", "which of you"), or 0 when it has none."""
    if len(said) > 2 and said[0] == "how" and said[1] in QUANTIFIERS:
        end = _noun_end(said, 2, lexicon, taught)
        return end if end > 2 else 0
    end = partitive_end(said, 0, lexicon, taught)
    if end:
        return end
    if said[0] in WH_DETERMINERS and len(said) > 2:
        end = _noun_end(said, 1, lexicon, taught)
        return end if end > 1 else 0
    return 0


def argument_after(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether an argument of the clause's own is said from ``said[k]`` to its end: a noun
    phrase or a noun with no determiner, maybe after a preposition ("my protractor", "in
    wales", "for a sponge")."""
    if k >= len(said):
        return False
    if shape.object_after(said, k, lexicon, taught):
        return True
    for j in range(k, len(said)):
        start = j + (said[j] in shape.PREPOSITIONS)
        if start < len(said) and _noun_end(said, start, lexicon, taught) == len(said):
            return True
    return False


def _after_wh_phrase(said: Sequence[str], end: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the clause after a wh-phrase with a noun of its own, at ``said[end]``, has
    a shape of its own (see the module docstring)."""
    if end >= len(said):
        return False
    verb = said[end]
    rest = said[end + 1:]
    if verb in shape.BE_FORMS and len(rest) == 1 and (
            rest[0] in shape.DEMONSTRATIVES or rest[0] in INDEPENDENT_POSSESSIVES):
        return True  # ("whose galoshes are these", "what bird is that", "which is mine")
    if verb in shape.CLAUSE_OPERATORS:
        if not rest:
            return False
        if rest[0] in shape.PRONOUN_SUBJECTS:
            # (the wh-phrase is the object: "how many sugars do you take")
            return len(rest) > 1
        subject = _np_end(said, end + 1, lexicon, taught)
        if subject > end + 1:
            return True  # ("how many legs has an octopus", "how many pies has dad eaten")
        # (the wh-phrase the subject, its verb next: "how much rain has fallen", "which of
        # you has my hairbrush")
        return shape.content_word(rest[0], lexicon, taught) or argument_after(
            said, end + 1, lexicon, taught)
    # (the wh-phrase the subject and a verb of its own: "which of you took my protractor")
    return shape.content_word(verb, lexicon, taught) and argument_after(
        said, end + 1, lexicon, taught)


def _done_to_own(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether, after a wh-word and "do" (``said[k]`` is past "do"), a subject and its
    verb say a noun of their own with no determiner: the subject ("why do cats purr",
    "how do bees make honey") or the object said last ("how do you spell rhythm")."""
    if k >= len(said) - 1:
        return False
    if said[k] in shape.PRONOUN_SUBJECTS:
        return (shape.content_word(said[k + 1], lexicon, taught)
                and argument_after(said, k + 2, lexicon, taught))
    # (the noun read up to the word last, which may be its verb: "cats purr")
    subject = _noun_end(said[:-1], k, lexicon, taught)
    return k < subject < len(said) and shape.content_word(said[subject], lexicon, taught)


def _existential(said: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether "be" and an existential "there" (either order) at ``said[k]`` come before a
    noun phrase of the clause's own, not negated ("why is there glitter everywhere", "how
    come there's a hole in my sock")."""
    pair = said[k:k + 2]
    if len(pair) < 2 or EXISTENTIAL not in pair or not (
            shape.BE_FORMS.intersection(pair)):
        return False
    if not shape.NEGATORS.isdisjoint(said):
        return False  # ("why is there no hot water" may be why the request is wanted)
    start = k + 2
    if start < len(said) and said[start] in ("any", "some"):
        start += 1
    return _np_end(said, start, lexicon, taught) > start


def asked_aside(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the clause ``said`` (a wh-word first, no pro-form nor taught word in it)
    is a wh-question about a thing of its own in one of the shapes of the module
    docstring."""
    if len(said) < 3 or names_home(said):
        return False
    end = _wh_phrase(said, lexicon, taught)
    if end and (_after_wh_phrase(said, end, lexicon, taught) or (
            shape.content_word(said[end - 1], lexicon, taught)
            and shape.content_word(said[end - 2], lexicon, taught)
            and _after_wh_phrase(said, end - 1, lexicon, taught))):
        # (the noun read may have taken the verb for a word of its own, a past with no
        # -ed or a plain form: "which of the kids drew ...", "how many people live ...")
        return True
    if said[0] == "how" and said[1] in QUANTIFIERS and said[2] in shape.CLAUSE_OPERATORS:
        # ("how much" a pronoun of quantity, a subject of its own and its verb after it:
        # "how much does a giraffe weigh"; not a pronoun subject, "how many do we need",
        # whose noun left out may be the request's)
        subject = _np_end(said[:-1], 3, lexicon, taught)
        return 3 < subject < len(said) and shape.content_word(said[subject], lexicon, taught)
    k = 1 + (said[0] == "how" and said[1] == "come")
    if _existential(said, k, lexicon, taught):
        return True
    return said[k] in ("do", "does", "did") and _done_to_own(said, k + 1, lexicon, taught)


def identified(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``said`` asks whether a demonstrative is a thing not yet named: "be", the
    demonstrative, and the indefinite article and a noun, or a plural noun with none, said
    last ("is that a woodpecker", "are those swallows"; see the module docstring)."""
    if len(said) < 3 or said[0] not in shape.BE_FORMS or (
            said[1] not in shape.DEMONSTRATIVES) or names_home(said):
        return False
    k = 2
    if said[2] in ("a", "an"):
        k = 3
    elif said[1] in ("this", "that") or not said[2].endswith("s"):
        return False
    return k < len(said) and _noun_end(said, k, lexicon, taught) == len(said)
