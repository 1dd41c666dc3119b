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
import re
import sys
from functools import lru_cache
from pathlib import Path

__all__ = ["adjective", "adjective_only", "adverb_only", "listed", "load", "loaded", "plural_noun",
           "singular_noun", "verb", "verb_only"]

TABLE = Path("resources") / "lemma_lu.csv.gz"
"""LemmInflect's lookup table, inside its package: "form,class,lemma" a line."""
VERB_CLASSES = frozenset({"verb", "aux"})
_FORM = re.compile(r"^([^,\n]*),", re.MULTILINE)
_VERB_FORM = re.compile(r"^([^,\n]*),(?:" + "|".join(sorted(VERB_CLASSES)) + "),",
                        re.MULTILINE)
_ADV_OR_ADJ = re.compile(r"^([^,\n]*),(adv|adj),", re.MULTILINE)
_NOUN = re.compile(r"^([^,\n]*),noun,", re.MULTILINE)
_PLURAL = re.compile(r"^([^,\n]*),noun,([^,\n]*)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                      frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(every form the lexicon lists, the forms that may be a verb, the forms that may be
    an adverb and never an adjective, the forms that may be an adjective and never a noun,
    a verb or an adverb, the forms listed only as a noun's plural in another form than its
    singular and never as a verb: "oboes", not "sheep", "strings"; the singulars of nouns:
    "cat", "pull"; the forms listed only as a verb: "sharpen", not "pull"; the forms that
    may be an adjective: "fat", "noble"); all empty when
    LemmInflect is not installed."""
    spec = importlib.util.find_spec("lemminflect")
    roots = list((spec.submodule_search_locations or ()) if spec is not None else ())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # (a PyInstaller bundle holds the table alone: packaging/teachapp.spec)
        roots.append(str(Path(bundle) / "lemminflect"))
    for root in roots:
        path = Path(root) / TABLE
        if path.is_file():
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
            # (two scans of the text, not a split of its 70,000 lines: half the time)
            classed = _ADV_OR_ADJ.findall(text)
            adverbs = {w for w, c in classed if c == "adv"}
            adverbs.difference_update(w for w, c in classed if c == "adj")
            verbs = frozenset(_VERB_FORM.findall(text))
            adjectives = {w for w, c in classed if c == "adj"}
            adjectives.difference_update(verbs, _NOUN.findall(text),
                                         (w for w, c in classed if c == "adv"))
            nouns = _PLURAL.findall(text)
            plurals = {form for form, lemma in nouns if form != lemma}
            plurals.difference_update(verbs, (form for form, lemma in nouns if form == lemma))
            singulars = frozenset(form for form, lemma in nouns if form == lemma)
            verbs_only = verbs.difference(_NOUN.findall(text), (w for w, _ in classed))
            return (frozenset(_FORM.findall(text)), verbs, frozenset(adverbs),
                    frozenset(adjectives), frozenset(plurals), singulars, verbs_only,
                    frozenset(w for w, c in classed if c == "adj"))
    return (frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), frozenset(),
            frozenset(), frozenset())


def load() -> None:
    """Read the table now (about 70 ms, once per process): when a home is indexed, not
    while someone waits for the answer to the first utterance that needs it."""
    _table()


def loaded() -> bool:
    """Whether the lexicon is there to look words up in."""
    return bool(_table()[0])


def listed(word: str) -> bool:
    """Whether the lexicon lists ``word`` (lower case) as a form of an English noun, verb,
    adjective or adverb."""
    return word in _table()[0]


def verb(word: str) -> bool:
    """Whether ``word`` (lower case) may be a form of a verb: listed as one, or any word
    when the lexicon is not installed."""
    forms, verbs, *_ = _table()
    return word in verbs or not forms


def adverb_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as an adverb and never as an adjective
    ("mostly", "mainly", "finally"; not "early", "poorly", "smelly"): said after "be" it
    cannot be the complement, which is still to come ("the speech was mostly ..."). False
    when the lexicon is not installed."""
    return word in _table()[2]


def adjective_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as an adjective and never as a noun, a verb
    or an adverb ("upstanding", "sleepy", "marvellous"; not "cool", "red", "amazing",
    "easy", "always"): it can be neither the subject nor the verb of a clause, nor an
    adverb of the verb after it. False when the lexicon is not installed."""
    return word in _table()[3]


def plural_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is listed only as the plural of a noun, in another form
    than its singular, and never as a verb ("oboes", "trombones"; not "sheep", "strings").
    False when the lexicon is not installed."""
    return word in _table()[4]


def singular_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is listed as the singular of a noun ("cat", "pull";
    not "cats", "thane"). False when the lexicon is not installed."""
    return word in _table()[5]


def verb_only(word: str) -> bool:
    """Whether ``word`` (lower case) is listed only as a form of a verb, never as a noun, an
    adjective or an adverb ("sharpen", "hunker"; not "pull", "close"). False when the
    lexicon is not installed."""
    return word in _table()[6]


def adjective(word: str) -> bool:
    """Whether ``word`` (lower case) may be an adjective ("fat", "noble"; not "cat"). False
    when the lexicon is not installed."""
    return word in _table()[7]
