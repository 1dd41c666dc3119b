"""Which words of a phrase name someone, and whether a heard word says the same name.

A taught name is a strict word, as a number is: "message ella" asks for another person
than "message ola", "ring jayden's school" for another school than "ring kayden's school".
A recogniser's spelling of the same name ("calum" for "callum", "tenday" for "tendai")
still says it. Two given names that sound alike to the sound keys are told apart by the
vowel of their first syllable, which carries the stress of most English given names
(Cruttenden 2014, "Gimson's Pronunciation of English", 11.3.2), when one is a front vowel
and the other a back one, a contrast recognisers seldom lose: "ella"/"ola" and
"shana"/"shona" are other names; "calum"/"callum", "elsa"/"ailsa", "shauna"/"shona"
are spellings of one (close front vowels, "gwen"/"gwyn", are not told apart). Nor are
two that open with other consonants the same ("mia"/"nia"), though "k" and "c" spell one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from teachapp.understanding._name_sounds import sounds_alike, sounds_other
from teachapp.understanding._name_spelling import another_name, grown_name, one_name
from teachapp.understanding._name_unrhotic import unrhotic_alike
from teachapp.understanding._name_vowel import first_vowel_apart, word_vowel_apart
from teachapp.understanding.normalize import Lexicon
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["coordinated", "heard_as", "name_of", "other_in_place", "possessors", "same_name"]

VOWELS = "aeiouy"
BACK = frozenset("ou")
BACK_PAIRS = frozenset({"au", "aw"})
"""Spellings of the back vowels; the other vowel letters spell front ones (Ladefoged &
Johnson 2015, "A Course in Phonetics", 4: front and back vowels)."""
POSSESSIVE_LEAST = 4
"""Fewest letters of a word read as a name and its possessive "s" ("kaydens")."""
DIMINUTIVE = ("y", "ie")
"""The diminutive ending that makes a name of a word's start ("barney" of "barn"; Quirk et
al. 1985, "A Comprehensive Grammar of the English Language", App. I: "-ie"/"-y")."""
DIMINISHED = 2
"""Fewest consonants of the taught name's end the diminutive takes the place of ("-cle" of
"barnacle": k, l); one is an edge misheard ("telly" of "tells")."""


def _diminutive(word: str) -> bool:
    """Whether ``word`` is a stem of a syllable closed by a consonant, of three letters or
    more, and the diminutive ending ("barn|ey"; not "ruy" of "ruy burn", "rayburn" split
    by the recogniser, whose start is no syllable closed)."""
    for ending in ("ey", *DIMINUTIVE):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            return len(stem) >= 3 and stem[-1] not in VOWELS \
                and any(ch in VOWELS for ch in stem)
    return False


def name_of(word: str, names: frozenset[str]) -> str | None:
    """The given name ``word`` says, itself or as a possessive ("kaydens" of "kayden's"),
    or None."""
    if word in names:
        return word
    if len(word) >= POSSESSIVE_LEAST and word.endswith("s") and word[:-1] in names:
        return word[:-1]
    return None


def _back(word: str) -> bool | None:
    """Whether the first vowel of ``word`` is a back one ("o", "u", "au": "shona",
    "shauna"), a front one ("i", "e", "a", "y" after the first letter: "ella", "gwyn",
    "ailsa"), or None when it has none."""
    for i, ch in enumerate(word):
        if ch in VOWELS and (i or ch != "y"):
            return ch in BACK or word[i:i + 2] in BACK_PAIRS
    return None


def same_name(heard: str, taught: str, names: frozenset[str]) -> bool:
    """Whether ``heard`` says the name ``taught``: it sounds alike, and when both are given
    names, with a first vowel on the same side and as many syllables ("katie" is not
    "kate": :func:`_name_spelling.another_name`; a word no list knows is a recogniser's
    spelling: "tenday" of "tendai"; so is a name heard for a word no list knows as a
    name: "andy" of "aunty"). The same sounds spelled otherwise are one name ("khloe",
    "chloe"; "jemma", "gemma": :func:`_name_spelling.one_name`)."""
    if heard == taught:
        return True
    h = name_of(heard, names) or heard
    if h in names and grown_name(h, taught):
        return False  # (a name the list knows, the taught one and an ending: "bethany")
    listed = h in names and taught in names
    if (sounds_alike(h, taught) or (one_name(h, taught) and (h not in names or listed))) \
            and not (listed and (another_name(h, taught) or another_name(taught, h))):
        return True  # (the same sounds spelled otherwise: "khloe", "chloe", "catrina",
        # "catriona"; a name the list knows said for one it does not, the sounds alike but
        # for a letter, is that other person: "casper", "kacper"; and of two names it
        # knows, one with a syllable more is another: "katie", "kate")
    if h in names and first_vowel_apart(h, taught):
        return False  # (a name of its own, its stressed vowel other: "jess" of "jaz")
    if phonetic_key(h) != phonetic_key(taught) or sounds_other(h, taught, ending=h in names):
        return False  # (a vowel or consonant the keys fold other: "mungo", "mango")
    if listed:
        return _back(h) == _back(taught) and _onset(h) == _onset(taught) \
            and not another_name(h, taught) and not another_name(taught, h)
    return True


SAME_ONSETS = {"k": "c", "q": "c", "ph": "f"}
"""Letters that spell one first consonant ("katherine", "catherine"; "phoebe", "febe")."""


def _onset(word: str) -> str:
    """The first letter of ``word`` as a sound is spelled, a vowel as any vowel: two given
    names that open with other consonants ("mia", "nia"; "mandy", "nandy") are other
    names, though the sound keys fold nasals together (the onset of the stressed first
    syllable, Cruttenden 2014, 11.3.2; recognisers seldom swap it between real names)."""
    if not word or word[0] in VOWELS:
        return "a"
    return SAME_ONSETS.get(word[:2], SAME_ONSETS.get(word[0], word[0]))


def coordinated(said: Sequence[str], named: Iterable[str],
                function_words: frozenset[str]) -> set[str]:
    """Words joined by "and" to a name of ``named`` ("tendai" of "message tendai and
    gwen"): a coordination joins like with like (Quirk et al. 1985, 13.2)."""
    known = set(named)
    out: set[str] = set()
    for a, conj, b in zip(said, said[1:], said[2:], strict=False):
        if conj != "and":
            continue
        for one, other in ((a, b), (b, a)):
            if other in known and one not in known and one.isalpha() \
                    and one not in function_words:
                out.add(one)
    return out


def possessors(text: str, lexicon: Lexicon, not_names: frozenset[str]) -> set[str]:
    """The words of a phrase that own something after a verb, with no determiner before
    them, as said ("mangos" of "cover mango's cage"; not "dogs" of "fill the dog's bowl",
    nor "lets" of "let's party", nor "times" of "screen time's up"): a proper noun takes no
    determiner (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
    5.60), so the owner is a person or a pet by name, and another name in its place asks
    about someone else ("margo's cage"). A phrase that opens with its owner may say "is"
    ("shower's free"): there a given name is read as one by the name list alone."""
    words = text.lower().replace("\u2019", "'").split()
    out = set()
    for i, word in enumerate(words):
        owner = word.rstrip(".,!?;:")
        if not i or not owner.endswith("'s") or not owner[:-2].isalpha() \
                or (owner,) in lexicon.contractions:
            continue
        bare = owner[:-2]
        if bare in lexicon.function_words or bare in lexicon.request_words \
                or bare in not_names or words[i - 1] in lexicon.function_words:
            continue
        out.add(bare + "s")
    return out


def heard_as(heard: str, taught: str, *, ending: bool = False) -> bool:
    """Whether ``heard`` can be the name ``taught`` misheard or spelled otherwise.

    The same sounds spelled otherwise are the name (:func:`_name_spelling.one_name`:
    "smudj", "kasper"). Otherwise their sound keys that begin and end alike and differ in
    between ("kwabena"/"kwame": k-p-n/k-n; "bramley"/"bramble", "jupiter"/"juniper") say
    another name: a word's edges are where connected speech blurs it into its neighbours
    (elision and assimilation at word boundaries, Cruttenden 2014, "Gimson's Pronunciation
    of English", 12.4; a coda is the weakest place of a syllable, Ladefoged & Johnson 2015,
    "A Course in Phonetics", 10), so a sound more, less or other there is a recogniser's
    error ("best" for "bess", "telling" for "telly", "men" for "ben", words run together:
    "tellama"), and its inside is what a recogniser keeps. Keys alike but for an edge say
    another name still when it has a syllable more (:func:`_name_spelling.another_name`:
    "paula"/"pearl"), and keys alike say another name when the sounds they fold are other
    (:func:`_name_sounds.sounds_other`: "margo"/"mango"; ``ending``: ``heard`` is a name
    of its own, and a last vowel other says another too: "ellie"/"ella"); so does an
    open last syllable whose onset is other, no edge ("grandpa"/"grandma"; but a name
    clipped is it: "time" of "tunde"); and so does the taught name's start with the
    diminutive "-y" in the place of two consonants or more of its end ("barney" of
    "barnacle": a name made of the start, :data:`DIMINUTIVE`)."""
    if one_name(heard, taught) or sounds_alike(heard, taught) or unrhotic_alike(heard, taught):
        return True  # (and as a non-rhotic speaker says it: "layer" of "leia",
        # :mod:`_name_unrhotic`)
    a, b = phonetic_key(heard), phonetic_key(taught)
    if a == b and sounds_other(heard, taught, ending=ending):
        return False  # (sounds the keys fold together: "margo", "mungo" of "mango")
    if a == b and word_vowel_apart(heard, taught):
        return False  # (words of their own, the stressed vowel other: "daisy", "dizzy")
    first = 0
    while first < min(len(a), len(b)) and a[first] == b[first]:
        first += 1
    a, b = a[first:], b[first:]
    last = 0
    while last < min(len(a), len(b)) and a[-1 - last] == b[-1 - last]:
        last += 1
    if first and not last and b and taught[-1:] in VOWELS and sounds_other(heard, taught):
        return False  # (the onset of an open last syllable other: "grandpa", "grandad"
        # of "grandma"; an edge is a coda)
    if first and not last and not a and len(b) >= DIMINISHED and _diminutive(heard) \
            and not taught.endswith(DIMINUTIVE):
        return False  # (the taught name's start made a name with "-y" in place of its
        # last sounds: "barney" of "barnacle")
    return not (first and last) and not another_name(heard, taught)


def _other_owner(heard: str, taught: str, names: frozenset[str]) -> bool:
    """Whether ``heard``, said where the phrase opens with the name ``taught`` (as owner,
    "mangos" of "mango's cage"), is another name: it is no mishearing of it
    (:func:`heard_as`, both read without the possessive "s", which closes the name's last
    syllable), or it opens with another sound, as a name after a verb of addressing does
    ("holly's bedtime" is not "molly's bedtime")."""
    if heard.endswith("s") and taught.endswith("s"):
        heard, taught = heard[:-1], taught[:-1]
    return not heard_as(heard, taught, ending=heard in names) \
        or phonetic_key(heard)[:1] != phonetic_key(taught)[:1]


def other_in_place(said: Sequence[str], free: Sequence[bool], taught: Sequence[str],
                   unheard: Iterable[str], names: frozenset[str],
                   function_words: frozenset[str]) -> bool:
    """Whether a word said in the place of an unheard name of the phrase ``taught`` (right
    after the phrase word before the name: "ring kwabena" in the place of "kwame" of "ring
    kwame", "tell abena ..." of "tell ama ...") is no mishearing of it (:func:`heard_as`):
    another name, though no name list knows it. A name said elsewhere ("ring, calum") is
    heard. (Only the word after: the one before a name's next word is as often the name
    and more run together, "till correct we're" of "tell gareth we're"; but a phrase that
    opens with the name has none before it, and there the first word said is in its place
    when the phrase's next word follows: "margo's cage" of "mango's cage".)"""
    words = set(taught)
    for name in unheard:
        if any((name_of(t, names) or t) == name for t in said):
            continue
        at = [i for i, w in enumerate(taught) if (name_of(w, names) or w) == name]
        befores = {taught[i - 1]: taught[i] for i in at if i}
        first = {taught[1]: taught[0]} if at[:1] == [0] and len(taught) > 1 else {}
        opening = True  # (no word said yet but free ones)
        for k, (t, f) in enumerate(zip(said, free, strict=True)):
            if f:
                continue
            was_opening, opening = opening, False
            if t in words or not t.isalpha() or t in function_words:
                continue
            if k and said[k - 1] in befores and not heard_as(
                    t, befores[said[k - 1]], ending=name_of(t, names) is not None):
                return True
            if was_opening and said[k + 1:k + 2] and said[k + 1] in first \
                    and _other_owner(t, first[said[k + 1]], names):
                return True  # (a phrase that opens with the name: "margo's cage")
    return False
