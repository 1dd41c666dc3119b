"""Whether two spellings of a name say the same sounds: its consonants, its stressed vowel
and its last vowel.

The sound keys (:func:`phonetic.phonetic_key`) merge nasals, drop an "r" after a vowel and
all vowels after the first letter, so "mango", "mungo" and "margo" share the key "nk" and
"tom" shares "tim"'s: good for a word misheard, too coarse for a name, where one vowel or
one consonant other says another person ("call grandpa" is not "call grandma"). A name is
read here as sounds instead: its consonants in order, each spelling of one sound written as
one (NYSIIS, Taft 1970, "Name Search Techniques": "ph" as "f", "ck" as "k", "sch" as "sh",
doubled letters as one; Carney 1994, "A Survey of English Spelling", 4-6: /k/ as "c", "k",
"ch", "q"; /dʒ/ as "j", "g" before "e" or "i", "dge"; /z/ written "s" inside a word, as in
"jasmine"; Irish "bh" and "mh" as /v/: "siobhan", "niamh"), and its vowels as the sounds a
vowel spelling can have: a vowel before two consonants is short ("mango"), before one and a
vowel it may be long or short ("jaden" as "jayden"), before a final silent "e" long
("jake", not "jack"). Two spellings say one name when their consonants are the same, their
syllables as many, and the vowel of the first syllable (where most English given names
carry the stress: Cruttenden 2014, "Gimson's Pronunciation of English", 11.3.2) and of the
last can be one sound ("kirsti"/"kirsty", "corey"/"corrie", "catrina"/"catriona",
"stuart"/"stewart"; not "mungo"/"mango": a stressed vowel other; not "margo"/"mango",
"grandpa"/"grandma": a consonant other; not "ella"/"ellie": a last vowel other). The
vowels between are unstressed and what a recogniser blurs ("abina"/"abena").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from teachapp.understanding._required import needing

__all__ = ["consonant_frames", "first_vowels", "sounds_alike", "sounds_other"]

_CONSONANT_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"^(?:kh)", "k"), (r"^(?:rh)", "r"), (r"^wh", "w"),  # a silent "h": "khloe", "rhys"
        (r"^(?:kn|gn)", "n"), (r"^wr", "r"), (r"^ps", "s"),  # silent first letters
        (r"(?<=[aeiou])[bm]h", "v"),  # Irish lenition: "siobhan", "niamh"
        (r"^sio", "shi"),  # Irish "s" before "i": "siobhan" as "shivaun"
        (r"^cia(?=r)", "kie"), (r"^c(?=ia)", "k"),  # Irish "c" is /k/ and "ia" before "r"
        # one vowel: "ciaran" as "kieran", "ciara" as "kiera", "cian" as "kian"
        (r"dj|dge?", "j"), (r"^geo", "je"), (r"g(?:e|i)(?=[aou])", "j"),  # "geoff", "jeff"
        (r"tch", "C"), (r"sch|sh", "S"), (r"ck", "k"), (r"qu", "kw"), (r"q", "k"),
        (r"th", "0"), (r"^x", "z"), (r"x", "ks"),  # (a first "x" is /z/: "xander", "xena")
        (r"(?<=i)s(?=l)", ""),  # (a silent "s" before "l": "lisle", "isla", as in "isle")
        (r"sz", "S"),  # (Polish "sz": "lukasz")
        (r"(?<=[^aeiouyl])le$", "el"),  # a last syllabic "l": "pickle", "pickel"
        (r"(?<=n)d(?=[^aeiouyr])", ""),  # a /d/ between consonants elided: "granma"
        (r"(?<=m)n$", ""),  # a silent last "n" after "m": "column", "autumn"
        (r"(?<=.)z", "s"),  # /z/ is spelled "s" inside a word: "jasmine", "jazmine"
        (r"gh(?=[aeiouy])", "g"), (r"gh", ""), (r"c(?=[eiy])", "s"),
    ))
"""Spellings of one consonant sound written as one; "ch", "ph", "c" and "g" are read
below, as they spell more than one."""
_AMBIGUOUS = (("ch", ("S", "k", "C")), ("ph", ("f", "v")), ("c", ("k",)),
              ("g(?=[eiy])", ("g", "j")), ("(?<=n)t(?=[aeiouy])", ("t", "d")),
              ("gu(?=[aeio])", ("g", "gw")))
"""Spellings of two sounds each: "ch" as /tʃ/, /k/ ("nichola") or /ʃ/ ("michelle"); "ph"
as /f/ or /v/ ("stephen"); "g" before a front vowel as /g/ or /dʒ/ ("gill"); "t" after
"n" before a vowel as a flapped /d/ ("aunty" said as "andy"; Wells 1982, "Accents of
English", 3.3.4); "gu" before a vowel as /g/ ("guest") or /gw/ ("guen", "gwen")."""
_SPELLINGS_NEEDS = tuple((p, r, *needing(p)) for p, r in _CONSONANT_SPELLINGS)
"""Each consonant spelling with the texts its matches hold (:func:`_required.needing`)."""
_AMBIGUOUS_PATTERNS = tuple((re.compile(spelling), sounds) for spelling, sounds in _AMBIGUOUS)
_H_AFTER_VOWEL = re.compile(r"(?<=[aeiou])h(?![aeiou])")
_TWO_SYLLABLES = re.compile(r"(?<=i)(?=[ao])|(?<=e)(?=o|a$)")
_ONE_SYLLABLE = re.compile(r"(?<=[^aeiouy]i)'(?=o[^aeiouy]*[aeiouy])")
_SILENT_E = re.compile(r"[^aeiouy]e$")
_DOUBLED = re.compile(r"(.)\1+")
_BEFORE_L = re.compile(r"l(?:l|[^aeiouy]|$)")
_VOWEL_LETTERS = "aeiouy"

_LONG = {"a": "ay", "e": "ee", "i": "eye", "o": "oh", "u": "oo"}
_DIGRAPHS = {
    "ai": {"ay"}, "ay": {"ay"}, "ae": {"ay", "e"}, "ei": {"ay", "ee"}, "ey": {"ay", "ee"},
    "au": {"aw"}, "aw": {"aw"}, "ee": {"ee"}, "ea": {"ee", "e"}, "ie": {"ee", "eye"},
    "eo": {"ee"}, "ew": {"oo"}, "eu": {"oo"}, "io": {"ee", "i"},
    "oa": {"oh"}, "oe": {"oh"}, "ow": {"oh", "ow"}, "oo": {"oo"}, "ou": {"ow", "oo"},
    "oi": {"oy"}, "oy": {"oy"}, "ua": {"oo", "u"}, "ue": {"oo"}, "ui": {"oo", "i"},
}
"""Vowel digraphs and the sounds they spell (Carney 1994, 3)."""
_ENDINGS = {
    "y": {"ee"}, "ie": {"ee"}, "ey": {"ee", "ay"}, "ee": {"ee"}, "i": {"ee"}, "ea": {"ee"},
    "a": {"a"}, "o": {"oh"}, "oe": {"oh"}, "ow": {"oh"}, "u": {"oo"}, "oo": {"oo"},
    "ew": {"oo"}, "ue": {"oo"}, "ay": {"ay"}, "ai": {"ay", "eye"}, "ae": {"ay", "ee"},
    "e": {"ay", "ee", "e"},  # (a last "e" sounded: "kwame", "chloe")
}
"""The vowel of an open last syllable ("kirsty", "kirstie", "kirsti" end alike)."""
_GROUPS = re.compile(r"[aeiouy]+(?:w(?=[aeiouy]))?[aeiouy]*w?|[^aeiouy]+")
"""Vowel letters with a "w" after them ("shawn", "stewart") and the consonant letters."""


def _readings(word: str) -> set[str]:
    """``word`` with each consonant spelling of one sound written as one letter, once per
    sound its ambiguous spellings can have."""
    for pattern, repl, needs, more in _SPELLINGS_NEEDS:
        if needs in word and (more is None or any(map(word.__contains__, more))):
            word = pattern.sub(repl, word)
    out = {word}
    for rx, sounds in _AMBIGUOUS_PATTERNS:
        if any(rx.search(w) for w in out):  # (else each reading stays as it is)
            out = {rx.sub(s, w) for w in out for s in sounds}
    return out


def _vowel(group: str, after: str, last: bool, last_consonants: bool = False) -> frozenset[str]:
    """The sounds the vowel letters ``group`` can spell, with the consonant letters ``after``
    them (``"magic"``: one and a silent "e"; ``last_consonants``: the word's last letters,
    which close the syllable)."""
    if last:
        return frozenset(_ENDINGS.get(group) or _ENDINGS.get(group[-1], {group[-1]}))
    if group[:2] in _DIGRAPHS:
        out = set(_DIGRAPHS[group[:2]])
        if group == "au" and after.startswith("n"):
            out.add("a")  # (the "aunt" vowel: "aunty" said as "andy")
        return frozenset(out)
    first = group[0] if group[0] != "y" else "i"
    if group == "a" and _BEFORE_L.match(after):
        return frozenset({"a", "aw"})  # ("all", "walter": /ɔː/ before "l")
    if first == "o":
        short = {"o", "aw"}  # ("shona" as "shauna": one back vowel in most accents)
    else:
        short = {first}
    if after == "magic":
        return frozenset({_LONG.get(first, first)})
    if len(after) == 1 and not last_consonants:
        return frozenset(short | {_LONG.get(first, first)})  # (an open syllable, or not)
    return frozenset(short)


class _Shape(NamedTuple):
    """One way a name can sound."""

    consonants: str  # (in order, doubled letters as one, "." for each vowel: "k.tr.n.")
    vowels: tuple[frozenset[str], ...]  # (the sounds each syllable's vowel can be)
    open_end: bool  # (it ends in a vowel sound)
    sounded_e: bool  # (a last "e" read as a syllable of its own: "kwame")


@lru_cache(maxsize=8192)
def _shapes(word: str) -> frozenset[_Shape]:
    """Each way ``word`` can sound (an "h" after a vowel and a "w" between vowels read as
    part of it: "sarah", "john", "stewart")."""
    out = set()
    for spelled in _readings(word.lower()):
        spelled = _H_AFTER_VOWEL.sub("", spelled)
        spelled = _TWO_SYLLABLES.sub("'", spelled)  # (two syllables:
        # "brian", "maria", "leo", "andrea"; "io" in a Gaelic name is one: "catriona",
        # "siobhan"; and "ea" before a consonant: "teagan", "sean", "deanna")
        spelled = _ONE_SYLLABLE.sub("", spelled)
        silent_e = bool(_SILENT_E.search(spelled)) and len(spelled) > 2
        readings = [spelled[:-1] + "#", spelled] if silent_e else [spelled]
        for said in readings:
            silent = said.endswith("#")
            parts = _GROUPS.findall(said.rstrip("#"))
            if parts and parts[0][0] == "y" and len(parts[0]) > 1:
                parts = ["y", parts[0][1:], *parts[1:]]  # (a first "y" before a vowel)
            consonants = ""
            vowels: list[frozenset[str]] = []
            for i, part in enumerate(parts):
                if part[0] not in _VOWEL_LETTERS or (i == 0 and part == "y"):
                    consonants += _DOUBLED.sub(r"\1", part.replace("'", ""))
                    continue
                consonants += "."  # (where a vowel is: "umm" is not "mum")
                after = parts[i + 1] if i + 1 < len(parts) else ""
                if silent and i + 2 == len(parts) and len(after) == 1:
                    after = "magic"
                vowels.append(_vowel(part, after, i + 1 == len(parts), i + 2 == len(parts)))
            out.add(_Shape(consonants, tuple(vowels),
                           bool(parts) and parts[-1][0] in _VOWEL_LETTERS,
                           silent_e and not silent))
    return frozenset(out)


def consonant_frames(word: str) -> frozenset[str]:
    """The consonants ``word`` can say, in order: two words :func:`sounds_alike` share
    one (an index of taught names by these finds the few to compare a heard word with)."""
    return frozenset(shape.consonants.replace(".", "") for shape in _shapes(word))


def first_vowels(word: str) -> tuple[frozenset[str], bool]:
    """The sounds the first vowel of ``word`` can be, any way it is said, and whether "r"
    and a vowel follow it ("carrie": "k.r.")."""
    sounds: set[str] = set()
    before_r = False
    for shape in _shapes(word):
        if shape.vowels:
            sounds |= shape.vowels[0]
            at = shape.consonants.find(".")
            before_r |= shape.consonants[at + 1:at + 3] == "r."
    return frozenset(sounds), before_r


def sounds_alike(heard: str, taught: str) -> bool:
    """Whether ``heard`` and ``taught`` can say the same sounds: the same consonants, as
    many syllables, and a vowel sound in common in the first syllable and, when they end
    in one, in the last ("kirsti"/"kirsty", "catrina"/"catriona"; not "mungo"/"mango",
    "margo"/"mango", "grandpa"/"grandma", "ellie"/"ella"). A closed last syllable is
    unstressed and left alone ("aidan"/"aiden")."""
    for h, t in product(_shapes(heard), _shapes(taught)):
        if h.consonants != t.consonants or len(h.vowels) != len(t.vowels) or not h.vowels \
                or not h.vowels[0] & t.vowels[0] or h.open_end != t.open_end:
            continue
        if len(h.vowels) == 1 or not h.open_end or h.vowels[-1] & t.vowels[-1]:
            return True
    return False


_BACK = frozenset({"o", "aw", "oh", "oo", "u", "ow", "oy"})
"""Back vowel sounds; the others are front ones (Ladefoged & Johnson 2015, "A Course in
Phonetics", 4)."""


def _sides(sounds: frozenset[str]) -> set[bool]:
    """Whether each sound of ``sounds`` is a back vowel."""
    return {sound in _BACK for sound in sounds}


def sounds_other(heard: str, taught: str, *, ending: bool = False) -> bool:
    """Whether ``heard`` says another name than ``taught`` by its sounds, whatever else a
    recogniser did to it: no way to say them gives the same consonants (and the same before
    the first vowel), with a first vowel on the same side, front or back, a contrast
    recognisers seldom lose ("mungo", "margo", "marco" of "mango"; "tim" of "tom";
    "grandpa" of "grandma"). Which front vowel is left to the recogniser ("elsa" of
    "ailsa"), and so is a last vowel clipped ("emm" of "emma") and, unless ``ending``
    (when ``heard`` is a name of its own), which vowel ends a name ("tenda" of "tendai";
    but "ellie" is not "ella")."""
    for h, t in product(_shapes(heard), _shapes(taught)):
        if not h.vowels or not t.vowels or not _sides(h.vowels[0]) & _sides(t.vowels[0]):
            continue
        (ho, hc), (to, tc) = _frame(h), _frame(t)
        if len(h.vowels) < len(t.vowels) and not h.sounded_e and ho == to \
                and tc.startswith(hc):
            return False  # (a name clipped or split: "emm" of "emma", "pick wick")
        if (ho, hc) != (to, tc) or (len(h.vowels) != len(t.vowels)
                                    and (h.sounded_e or t.sounded_e)):
            continue
        if not ending or not (h.open_end and t.open_end) or len(h.vowels) == 1 \
                or len(t.vowels) == 1 or h.vowels[-1] & t.vowels[-1]:
            return False
    return True


_VOICING = str.maketrans("bdgvzjC0", "ptkfsSSt")
"""Voiced consonants as their voiceless pairs (and /tʃ/, /dʒ/ as /ʃ/, "th" as "t"):
recognisers swap them (:mod:`phonetic` merges them so too), a speaker does not say another
name so."""


def _frame(shape: _Shape) -> tuple[str, str]:
    """The first consonant of ``shape`` (none before a vowel) and all its consonants,
    voiced and voiceless pairs as one and, after the first, "m" and "n" (as
    :mod:`phonetic` merges them: recognisers swap them): an unstressed vowel between is
    what a speaker drops ("kathryn" of "catherine"), the first sound is kept ("umm" is not
    "mum")."""
    said = shape.consonants.translate(_VOICING)
    onset, rest = said[:1].replace(".", ""), said[1:].replace("m", "n")
    return onset, _DOUBLED.sub(r"\1", (onset + rest).replace(".", ""))
