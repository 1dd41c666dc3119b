"""A remark of the speaker's own on a creature or a thing of the scene, beside a request,
in two shapes no other reader reads: "tea time, it's trundling after greenfly", "tea time
and, another ladybird". (An exclamative "what" and its -ed adjective, "tea time, what
lacquered wingcases", is :mod:`_exclaimed`'s, read with :mod:`_degree_adjective`, and so
is the adjective "how" grades, "look how speckled it is", read with
:mod:`_embedded_question`: one reader each.)

- **"it" on its way**: "it", "is" maybe, a verb of the manner of motion of a creature or a
  thing in -ing or -ed (the lexicon's ``thing_motion.moving`` and ``thing_motion.going``:
  Levin 1993, "English Verb Classes and Alternations", 51.3.1 and 51.3.2, the roll and
  run verbs, "wobble", "trundle", "scuttle", "dart"), and the path it takes: a preposition
  of place or direction and a noun phrase of the clause's own ("after greenfly", "among the
  bulrushes", "up the stem", or a noun phrase of the path as its object, "clambering the
  windowsill"; Quirk et al. 1985, "A Comprehensive Grammar of the English
  Language", 9.15-9.26; Talmy 2000, "Toward a Cognitive Semantics", II.1 on a motion
  event's manner and its path). A routine is an event: it runs, starts or stops, but it
  does not scuttle up a stem, so "it" is the creature (:mod:`_thing_moved` reads "it" so
  with a particle or an adverb of direction; here the path is a phrase). Not "it's
  running late", "it's going": the verbs of an event's course are no members of those
  classes.
- **"another" and a noun of its own**: a verbless noun phrase pointing out one more of a
  thing seen ("another ladybird"; not "another one", whose pro-form may point back at the
  request; Biber et al. 1999, "Longman Grammar of Spoken and Written English", 14.4 on non-clausal
  units, and Quirk et al. 1985, 11.41-11.43 on irregular sentences): one to three content
  words, none a word a home taught, a device or a time (a request names those: "another
  song", "another ten minutes"); and "more" and plural nouns of its own, the same remark
  about several ("more tadpoles": :mod:`_more_seen`).

Each reads the whole clause (a lead "oh", "ooh", "look", "so", "and" aside): a clause
that says more is read by the other readers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._carriers import HEADS, WEEKDAYS
from teachapp.understanding._more_seen import more_seen
from teachapp.understanding.normalize import Lexicon, bundled_section

__all__ = ["scene_remark", "scene_word"]

LEADS = frozenset({"so", "and", "oh", "ooh", "look", "aw", "aww", "wow", "ah"})
"""Words that may open the remark ("..., oh, another ladybird", "..., so, what ...")."""
PATH = frozenset({"after", "among", "amongst", "along", "across", "over", "under", "round",
                  "around", "through", "towards", "toward", "up", "down", "into", "onto",
                  "past", "beneath", "underneath", "beside", "behind", "on", "in", "by",
                  "from", "off", "between", "inside", "outside", "near", "at"})
"""Prepositions of place and of direction (Quirk et al. 1985, 9.15-9.26)."""
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                         "some", "its", "this", "that"})
Content = Callable[[str], bool]
POINTING = frozenset({"it", "its", "that", "this", "these", "those", "them", "one", "ones",
                      "he", "she", "they", "him", "we", "us", "i", "me", "you"})
"""Pronouns that may point back at the request or its people: no word of a remark's own."""


def scene_word(word: str, lexicon: Lexicon, taught: Callable[[str], bool],
               not_names: frozenset[str]) -> bool:
    """Whether ``word`` may be a word of a remark's own noun phrase: a content word of three
    letters or more, no function word, pronoun, word a home taught, device or thing a
    request names (:data:`_carriers.HEADS`), time, weekday or number."""
    return (len(word) > 2 and word.isalpha() and word not in lexicon.function_words
            and word not in POINTING and not taught(word) and word not in not_names
            and word not in HEADS and word.rstrip("s") not in HEADS and word not in WEEKDAYS
            and word not in lexicon.number_words)


@lru_cache(maxsize=1)
def _motion() -> frozenset[str]:
    """The lexicon's ``thing_motion`` verbs of a manner of motion (``moving``, ``going``)."""
    raw = bundled_section("thing_motion") or {}
    return frozenset(str(w) for part in ("moving", "going") for w in raw.get(part) or ())


def _bases(word: str) -> frozenset[str]:
    """The plain forms an -ing or -ed form may have ("trundling" "trundle", "darted"
    "dart", "scuttling" "scuttle", "hopping" "hop")."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            out = {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
            if stem.endswith("i"):
                out.add(stem[:-1] + "y")  # ("scurried")
            return frozenset(out)
    return frozenset()


def _noun_phrase_end(said: Sequence[str], k: int, own: Content) -> int:
    """Where a noun phrase of the clause's own opening at ``said[k]`` ends (a determiner
    maybe, then one to three content words of its own), or ``k`` when none opens there."""
    if k < len(said) and said[k] in DETERMINERS:
        k += 1
    end = k
    while end < len(said) and end - k < 3 and own(said[end]):
        end += 1
    return end


def _on_its_way(said: Sequence[str], own: Content) -> bool:
    """"it", "is" maybe, a verb of motion in -ing or -ed and its path, and nothing more."""
    if len(said) < 4 or said[0] != "it":
        return False
    k = 2 if said[1] in ("is", "has", "was") else 1
    if k >= len(said) or _bases(said[k]).isdisjoint(_motion()):
        return False
    k += 1
    if k < len(said) and said[k] in PATH and k + 1 < len(said) and said[k + 1] in PATH:
        k += 1  # ("up along the stem", "out over the sill")
    if k < len(said) and said[k] in PATH:
        k += 1
    elif k >= len(said) or said[k] not in DETERMINERS:
        return False  # (the path's noun phrase said as the verb's object needs its
        # determiner: "it's clambering the windowsill")
    end = _noun_phrase_end(said, k, own)
    return end > k and said[end - 1] not in DETERMINERS and end == len(said)


def _another(said: Sequence[str], own: Content) -> bool:
    """"another" and one to three content words of the clause's own, nothing more."""
    return 2 <= len(said) <= 4 and said[0] == "another" and all(own(w) for w in said[1:])


def scene_remark(words: Sequence[str], own: Content) -> bool:
    """Whether ``words`` (a clause's words) are a remark on a creature or a thing of the
    scene of one of the module docstring's shapes; ``own``: whether a word is a content
    word of the clause's own (no word a home taught, no device, time or pro-form)."""
    k = 0
    while k < len(words) and words[k] in LEADS:
        k += 1
    said = [w for w in words[k:] if w not in ("um", "uh", "erm")]
    if not said or any(not w.isalpha() for w in said):
        return False
    return _on_its_way(said, own) or _another(said, own) or more_seen(said, own)
