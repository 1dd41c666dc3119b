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
import zlib
from collections.abc import Iterator
from functools import lru_cache, partial
from pathlib import Path

from teachapp.understanding._parsed_yaml import kept_data

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
def _classes() -> Packed:
    """Each form the lexicon lists -> the bits of every class it is listed in (one table of
    70,000 words, each held once: eight sets of the same words, one a question, held ~17 MB,
    a dict of them ~6, packed ~1: :class:`Packed`); empty when LemmInflect is not installed.
    A question is then one look-up and one mask (:func:`adverb_only`: an adverb and no
    adjective)."""
    spec = importlib.util.find_spec("lemminflect")
    roots = list((spec.submodule_search_locations or ()) if spec is not None else ())
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # (a PyInstaller bundle holds the table alone: packaging/teachapp.spec)
        roots.append(str(Path(bundle) / "lemminflect"))
    for root in roots:
        path = Path(root) / TABLE
        if path.is_file():
            # (kept packed in the cache folder: built afresh, the 70,000 words read and
            # let go left the window's heap ~4 MB larger than the table itself)
            raw = path.read_bytes()
            return Packed(*kept_data(raw + _PACKING, "word-classes",
                                     partial(_packed_parts, raw)))
    return Packed.packed({})


_PACKING = b"packed: 4096 buckets by crc32, 1"
"""Part of the kept table's key: a change to how :class:`Packed` is made must change it, so
that a table kept by an older version is never read as this one's."""


def _packed_parts(raw: bytes) -> tuple[tuple[str, ...], dict[str, int], int]:
    """The packed table of the gzipped lexicon ``raw``, as marshal keeps it."""
    return Packed.packed(_read(gzip.decompress(raw).decode("utf-8"))).parts()


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


class Packed:
    """A table of forms -> class bits held as a few thousand strings, not as 70,000 string
    keys of a dict: the window holds it all day and asks it a few times a day (a resolve
    at 1,000 phrases asks it once in 400). Each form goes to the bucket its CRC-32 picks,
    written "\\n" form "\\t" bits-as-a-letter, and is found by one ``str.find`` in its
    bucket (some 17 forms): ~1 us a question, a dict's 0.15. The buckets are the same in
    every process, so they are kept in the cache folder as they are (:func:`_classes`).
    The answers are the dict's (``tests/test_resolver_fast_paths_fourteenth.py``)."""

    BUCKETS = 4096
    """A power of two: ~17 forms a bucket at 70,000 forms (1.0 MB; 8,192 buckets: 1.3)."""
    _ZERO = 48
    """The letter of no bits ("0"); the table's six bits are "0" ... "o", all ASCII (a
    number of bits past them is still one letter)."""

    __slots__ = ("_buckets", "_count", "_mask", "_odd")

    def __init__(self, buckets: tuple[str, ...], odd: dict[str, int], count: int) -> None:
        """Buckets made by :meth:`packed` (a power of two of them)."""
        self._buckets = buckets
        self._mask = len(buckets) - 1
        self._odd = odd
        self._count = count

    @classmethod
    def packed(cls, classes: dict[str, int], buckets: int = BUCKETS) -> Packed:
        """The table of ``classes`` in ``buckets`` buckets (a power of two)."""
        filled: list[list[str]] = [[] for _ in range(buckets)]
        # (a form holding the separators, which no lexicon word does, is kept as it is)
        odd = {form: bits for form, bits in classes.items() if "\t" in form or "\n" in form}
        for form, bits in classes.items():
            if form not in odd:
                filled[_bucket(form, buckets - 1)].append(f"{form}\t{chr(cls._ZERO + bits)}")
        return cls(tuple("\n" + "\n".join(b) + "\n" if b else "" for b in filled), odd,
                   len(classes))

    def parts(self) -> tuple[tuple[str, ...], dict[str, int], int]:
        """What the table is made of, as marshal keeps it: ``Packed(*parts)``."""
        return self._buckets, self._odd, self._count

    def get(self, word: str, default: int = 0) -> int:
        """``word``'s bits, or ``default`` when the table does not list it."""
        if "\t" in word or "\n" in word:
            return self._odd.get(word, default)
        bucket = self._buckets[_bucket(word, self._mask)]
        at = bucket.find(f"\n{word}\t")
        return default if at < 0 else ord(bucket[at + len(word) + 2]) - self._ZERO

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word, -1) >= 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        """Every form listed (in no order)."""
        for bucket in self._buckets:
            for line in bucket.split("\n"):
                if line:
                    yield line[:-2]
        yield from self._odd


def _bucket(word: str, mask: int) -> int:
    """The bucket of ``word``: the same in every process (``hash`` of a str is not)."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & mask


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
