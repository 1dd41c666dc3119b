"""Which word classes an English word can be, from a lexicon, not from its ending: "scrap"
and "hums" can be verbs, "plumber", "easy" and "soutenu" cannot.

The readers of an unmarked edge (:mod:`_unmarked`) must know whether a word said right
before a taught phrase may be a verb that takes the phrase as its object ("dude scrap
movie night", "our plumber hums bath time": not a request) or cannot ("demi plie and
echappe give tiffani a ring", a ballet teacher's count, is a request). The function-word
lists of :mod:`_clause_shape` close the closed classes; an open-class word's classes are
read here from LemmInflect's lookup table (Jascoby 2019; built from the NIH SPECIALIST
Lexicon and the Automatically Generated Inflection Database, AGID), which lists every
inflected form with the parts of speech it is a form of: 70,000 forms, 27,000 of them
verbs. A word the table does not hold at all is no English noun, verb, adjective or
adverb it knows: a word of another language, a call, a name, a sound as heard.

Read once, on first use, from the package's data file (LemmInflect itself is not
imported: its models are not needed); without the package installed nothing is listed,
and :func:`verb` says every word may be one (the readers then stay as they were).
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

__all__ = ["adjective", "adjective_only", "adverb_only", "listed", "load", "loaded", "plural_noun",
           "singular_noun", "verb", "verb_only"]

TABLE = Path("resources") / "lemma_lu.csv.gz"
"""LemmInflect's lookup table, inside its package: "form,class,lemma" a line."""
VERB_CLASSES = frozenset({"verb", "aux"})

VERB, ADVERB, ADJECTIVE, NOUN, NOUN_SINGULAR, NOUN_PLURAL = (1 << bit for bit in range(6))
"""What the lexicon lists a form as, one bit each: a form of a verb (or an auxiliary), an
adverb, an adjective, a noun; a noun's form that is its lemma (the singular: "cat",
"sheep") or another form of it (a plural: "cats", "sheep" of no noun)."""
_CLASS_BITS = {**dict.fromkeys(VERB_CLASSES, VERB), "adv": ADVERB, "adj": ADJECTIVE}


@lru_cache(maxsize=1)
def _classes() -> dict[str, int]:
    """Each form the lexicon lists -> the bits of every class it is listed in (one table of
    70,000 words, each held once: eight sets of the same words, one a question, held ~17 MB,
    this ~6); empty when LemmInflect is not installed. A question is then one look-up and
    one mask (:func:`adverb_only`: an adverb and no adjective)."""
    spec = importlib.util.find_spec("lemminflect")
    roots = list((spec.submodule_search_locations or ()) if spec is not None else ())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # (a PyInstaller bundle holds the table alone: packaging/teachapp.spec)
        roots.append(str(Path(bundle) / "lemminflect"))
    for root in roots:
        path = Path(root) / TABLE
        if path.is_file():
            return _read(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return {}


def _read(text: str) -> dict[str, int]:
    """The table of a lexicon's text, "form,class,lemma" a line; a line of other than three
    fields is passed over. (A split of the lines, not a regular expression: a third faster.)"""
    classes: dict[str, int] = {}
    known = classes.get
    bits = _CLASS_BITS.get
    for line in text.split("\n"):
        fields = line.split(",")
        if len(fields) != 3:
            continue
        form, kind, lemma = fields
        if kind == "noun":
            bit = NOUN | (NOUN_SINGULAR if form == lemma else NOUN_PLURAL)
        else:
            bit = bits(kind, 0)
        classes[form] = known(form, 0) | bit
    return classes


def _is(word: str, mask: int, wanted: int) -> bool:
    """Whether ``word``'s classes, of those in ``mask``, are exactly ``wanted``."""
    return _classes().get(word, 0) & mask == wanted


def load() -> None:
    """Read the table now (once per process): when a home is indexed, not while someone
    waits for the answer to the first utterance that needs it."""
    _classes()


def loaded() -> bool:
    """Whether the lexicon is there to look words up in."""
    return bool(_classes())


def listed(word: str) -> bool:
    """Whether the lexicon lists ``word`` (lower case) as a form of an English noun, verb,
    adjective or adverb."""
    return word in _classes()


def verb(word: str) -> bool:
    """Whether ``word`` (lower case) may be a form of a verb: listed as one, or any word
    when the lexicon is not installed."""
    classes = _classes()
    return bool(classes.get(word, 0) & VERB) or not classes


def adverb_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as an adverb and never as an adjective
    ("mostly", "mainly", "finally"; not "early", "poorly", "smelly"): said after "be" it
    cannot be the complement, which is still to come ("the speech was mostly ..."). False
    when the lexicon is not installed."""
    return _is(word, ADVERB | ADJECTIVE, ADVERB)


def adjective_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as an adjective and never as a noun, a verb
    or an adverb ("upstanding", "sleepy", "marvellous"; not "cool", "red", "amazing",
    "easy", "always"): it can be neither the subject nor the verb of a clause, nor an
    adverb of the verb after it. False when the lexicon is not installed."""
    return _is(word, ADJECTIVE | NOUN | VERB | ADVERB, ADJECTIVE)


def plural_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is listed only as the plural of a noun, in another form
    than its singular, and never as a verb ("oboes", "trombones"; not "sheep", "strings").
    False when the lexicon is not installed."""
    return _is(word, NOUN_PLURAL | NOUN_SINGULAR | VERB, NOUN_PLURAL)


def singular_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as the singular of a noun ("cat", "pull";
    not "cats", "thane"). False when the lexicon is not installed."""
    return _is(word, NOUN_SINGULAR, NOUN_SINGULAR)


def verb_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed only as a form of a verb, never as a noun, an
    adjective or an adverb ("sharpen", "hunker"; not "pull", "close"). False when the
    lexicon is not installed."""
    return _is(word, VERB | NOUN | ADJECTIVE | ADVERB, VERB)


def adjective(word: str) -> bool:
    """Whether ``word`` (lower case) may be an adjective ("fat", "noble"; not "cat"). False
    when the lexicon is not installed."""
    return _is(word, ADJECTIVE, ADJECTIVE)
