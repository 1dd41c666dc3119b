"""A phrase sung as a lyric rather than asked for: vocables, a call to sing, a song's parts.

A song's words are performed, not addressed to the hearer (Austin 1962, II: an utterance
"said by an actor on the stage, or ... in a poem" is void as an act). Speech marks singing
by three closed classes, none of them the words of any one song:

- **vocables**: the nonsense syllables of singing, repeated ("la la la", "tra la la", "fa la
  la", "doo doo", "na na na"): a run of two or more, or one word that is such a syllable
  said over three times ("lalala"), both before and after the phrase, which is sung
  within the tune; vocables on one side only are humming beside a request ("feed the
  cat, dee dee dum", a wrapped request of the thirteenth set);
- **a call to sing**: before the phrase, the verb "sing" in its base form (an imperative,
  or after "let's") with its particle or a forward object ("sing along", "sing it", "sing
  with me", "sing together"), or the noun "singalong";
- **a song's part named as what is sung**: a deictic copula or "goes" identifying a part
  of a song ("that's the chorus", "here comes the verse", "the chorus goes", "next
  line"), or a song quoted after "goes" ("the song goes ...", "the jingle goes ..."): the
  phrase beside it is that part's words.

Left alone: a comment on a song that is playing ("this song is great, movie night", "the
chorus is catchy, movie night": a part as the subject of a finite clause), "sing" of
another form ("she sings in the choir, ..."), a taught phrase's own words ("la la land",
"sing-along mode"), and rhymes that are not singing's syllables ("fee fi fo fum").
"""

from __future__ import annotations

import re

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger

__all__ = ["CUE", "TRIGGER", "heard_singing", "sung"]

VOCABLES = frozenset({"la", "tra", "fa", "na", "da", "dee", "di", "doo", "dum", "ba", "bop",
                      "sha", "shoo", "lalala", "tralala", "falala", "nanana"})
"""The nonsense syllables of singing (vocables, Frisbie 1980), each no English word:
"do", "be", "oh" and "hey" are left out for that."""
_REPEATED = re.compile(r"^(?:la|na|da|doo|dum|dee|fa|tra)(?:la|na|da|doo|dum|dee){2,}$")
"""One word that is a vocable said over, three times at least ("lalala", "tralala",
"nanana"): twice may be a word ("nana", "dada")."""
SING_PARTICLES = frozenset({"along", "together", "it", "this", "with", "after", "up"})
"""What follows an imperative "sing" that calls a listener to sing: its particles and the
cataphoric object (Quirk et al. 1985, 19.50)."""
SONG_PARTS = frozenset({"chorus", "verse", "refrain", "lyric", "lyrics", "line"})
"""The parts of a song or poem, as named when sung ("line" only with "next")."""
SONGS = frozenset({"song", "tune", "jingle", "anthem", "carol", "lullaby"})
"""Nouns of a song, whose words are quoted after "goes" ("the song goes ...")."""
_DEICTIC = frozenset({"that", "this", "here", "there"})
_IDENTIFYING = frozenset({"is", "was", "comes", "goes"})
_OPERATORS = frozenset({"is", "was", "s", "has", "had", "will", "ll", "would", "d"})
"""After a part: it is the subject of a finite clause ("the next verse is my favourite").
"""
_DETERMINERS = frozenset({"the", "a", "another", "next", "last", "first", "second", "final"})

CUE = re.compile(r"(?:la|na|da|fa|tra|dee|di|ba)\W+(?:la|na|da|dee|di|ba|doo|dum|bop|sha|shoo)\b"
                 r"|doo\b|dum\b|bop\b|shoo\b|sha\b|lala|nana|dada|doodoo|dumdum|deedee"
                 r"|sing\b|singalong|singsong|chorus|verse\b|refrain|lyric|song\b|tune\b|jingle"
                 r"|anthem|carol\b|lullaby")
"""Every shape's words in one scan, led by letters so the scan skips most positions, and
ended where a longer word is common ("door", "closing", "fortune"): held whenever a shape
is ("next line" by :mod:`_planned`'s "next", which the two rows scan together)."""
TRIGGER = Trigger(
    words=frozenset({"la", "na", "da", "dee", "di", "ba", "doo", "dum", "bop", "sha", "shoo"}),
    ends=("doo", "dum", "bop", "shoo", "sha", "sing", "verse", "song", "tune", "carol"),
    pieces=("lala", "nana", "dada", "doodoo", "dumdum", "deedee", "singalong", "singsong",
            "chorus", "refrain", "lyric", "jingle", "anthem", "lullaby"))
"""What :data:`CUE` needs (:mod:`_trigger`): the second vocable of a run of two, a whole
word; a word ending as a vocable or a song's word ends there; or a word of its own
anywhere."""


def heard_singing(low: str) -> bool:
    """Whether the lower-cased text holds a vocable run, "sing", or a song's part, without
    which :func:`sung` finds nothing: most requests."""
    return CUE.search(low) is not None



def _vocable_at(read: RunRead, k: int) -> bool:
    """Whether a vocable run starts at word ``k`` (two in a row, or one said over), none
    of its words taught."""
    words = read.words
    word = words[k]
    if read.own(word):
        return False
    if _REPEATED.match(word):
        return True
    return (word in VOCABLES and k + 1 < len(words) and words[k + 1] in VOCABLES
            and not read.own(words[k + 1]))


def _vocables(read: RunRead) -> bool:
    """Vocables both before and after the phrase: its words sung within the tune. Vocables
    on one side only are humming beside a request ("feed the cat, dee dee dum")."""
    first = read.first_word
    last = read.phrase_end
    if last is None:
        return False
    return (any(_vocable_at(read, k) for k in range(first))
            and any(_vocable_at(read, k) for k in range(last, len(read.words))))



def _called_to_sing(read: RunRead) -> bool:
    """"sing" in its base form with a particle or forward object, or "singalong", before
    the phrase: the call opens what is sung ("karaoke on, let's sing along" asks)."""
    words = read.words
    for k in range(min(read.first_word, len(words))):
        word = words[k]
        if word in ("singalong", "singsong") and not read.own(word):
            return True
        if (word == "sing" and not read.own(word) and k + 1 < len(words)
                and words[k + 1] in SING_PARTICLES):
            return True
    return False


def _part_named(read: RunRead) -> bool:
    """A song's part identified by a deictic copula or "goes": "that's the chorus", "here
    comes the verse", "the chorus goes", "the next line"."""
    words = read.words
    for k, word in enumerate(words):
        if word in SONGS and words[k + 1:k + 2] == ["goes"] and not read.own(word):
            return True  # ("the song goes ...", "the jingle goes ...")
        if word not in SONG_PARTS or read.own(word):
            continue
        before = words[max(0, k - 3):k]
        after = words[k + 1] if k + 1 < len(words) else ""
        if before[-1:] == ["next"] and after not in _OPERATORS:
            return True  # ("next line", "the next verse", not "the next verse is ...")
        if word == "line":
            continue  # (a line is a song's only after "next": "the line went dead")
        if after == "goes":  # ("the chorus goes ...": "went" may be a story's, "it went on")
            return True
        if (len(before) == 3 and before[0] in _DEICTIC and before[1] in _IDENTIFYING
                and before[2] in _DETERMINERS):
            return True
    return False


def sung(read: RunRead) -> bool:
    """Whether the phrase is sung: beside vocables, a call to sing, or a song's part named
    as what is sung (see the module docstring)."""
    if not read.phrase:
        return False
    return _vocables(read) or _called_to_sing(read) or _part_named(read)
