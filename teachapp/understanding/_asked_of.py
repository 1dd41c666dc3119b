"""A question whose subject is someone other than the speaker and the hearer: "can my son
lights off", "could the kids movie night", "may grandad feed the cat", "is my daughter
allowed to movie night".

A request to the assistant names the hearer or the speaker as the one who acts ("can you
...", "could i get ...", "can we have ..."): Searle 1975, "Indirect speech acts", the
hearer's ability or the speaker's wish. A modal question whose subject is a third person
asks whether that person may or can do it (Quirk et al. 1985, 4.49-4.53 on "can" and "may"
of permission and ability): a permission question, no request. Its shape: the first word
said (or the first after a pause) is one of the ``modals`` (or "is", "are" before "allowed
to"), then its subject, one of the ``persons`` with one of the ``determiners`` or without
("my son", "the kids", "grandad"; after a determiner, with a word said of them that the
home did not teach: "the supply teacher", "my little brother"), then more; no person noun
the home taught. The words are the lexicon's ``asked_of`` section. "my son" is also a word
of address (a free phrase: "lights off, my son"); right after a modal, without a pause, it
is the subject.

Only the first words of a clause are read, so what follows is the same question whatever
it is: the taught phrase said exactly or misheard. A clause opens at the first word said,
after a pause, or, in text with no pause marked (as a recogniser writes speech), after a
sentence of the speaker's own with no word the home taught ("i got a parking ticket could
the cleaner watch television"), or one in a long sentence ("the coach broke down outside
swindon could the cleaner ...").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from teachapp.understanding.normalize import bundled_section, tokens

__all__ = ["asked_of_another"]

ALLOWED = (("allowed", "to"), ("permitted", "to"))
"""What a question with "is"/"are" says of its subject to ask permission."""
BE = frozenset({"is", "are"})


class _Words:
    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        self.modals = words("modals")
        self.determiners = words("determiners")
        self.persons = words("persons")
        self.openers = self.modals | BE


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(bundled_section("asked_of") or {})


def asked_of_another(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                     taught: Callable[[str], bool]) -> bool:
    """Whether the utterance opens as a question whose subject is a third person (see the
    module docstring); ``breaks``: the tokens a pause follows (a pause after the modal or
    the subject makes a call of it: "could, my son, ..."); ``taught``: whether the home
    taught a word (a person noun it taught names a thing of the home: "guest room")."""
    if False not in free:
        return False
    words = _words()
    if words.openers.isdisjoint(toks):
        return False  # (most utterances)
    starts = {free.index(False), *(b + 1 for b in breaks)}
    if not breaks:
        # (no pause marked: the question may open after a sentence of the speaker's own,
        # "i dodged the commuters could the cleaner grow lights on", one with no word the
        # home taught, which could be a request misheard; :data:`OWN_BEFORE` words at least)
        starts |= {k for k in range(OWN_BEFORE, len(toks) - 2)
                   if toks[k] in words.openers and _own_before(toks[:k], taught)}
    return any(_asks(toks, lead, breaks, taught, words) for lead in sorted(starts)
               if lead < len(toks) and toks[lead] in words.openers)


OWN_BEFORE = 3
"""Words a sentence said before an unmarked question has at least ("i got a parking
ticket"): fewer may be a request's own lead-in ("so can my son ...")."""


LONG_BEFORE = 5
"""Words a sentence said before the question has at least to hold one content word the
home taught and still be the speaker's own ("the coach broke down outside swindon", "down"
of "calm down"): a request misheard there says two of its words or more, or is short."""


def _own_before(words: Sequence[str], taught: Callable[[str], bool]) -> bool:
    """Whether ``words`` said before the question hold no content word the home taught, or
    one among :data:`LONG_BEFORE` words or more."""
    found = sum(1 for w in words if taught(w) and len(w) > 3)
    return found == 0 or (found == 1 and len(words) >= LONG_BEFORE)


def _asks(toks: Sequence[str], lead: int, breaks: frozenset[int],
          taught: Callable[[str], bool], words: _Words) -> bool:
    """Whether the clause opening at ``lead`` asks of a third person (a clause opens at
    the first word said or after a pause: "juggling bags, can my son ...")."""
    k = lead + 1
    if k < len(toks) and toks[k] in words.determiners:
        k += 1
        if (k + 1 < len(toks) and toks[k + 1] in words.persons and toks[k] not in words.persons
                and toks[k].isalpha() and not taught(toks[k])):
            k += 1  # (a word before the person, said of them: "the supply teacher")
    if (k >= len(toks) - 1 or toks[k] not in words.persons or toks[k + 1] == "s"
            or taught(toks[k])):
        return False  # (no person, nothing after it, or "my son's ...": the person's thing)
    if any(b in breaks for b in range(lead, k + 1)):
        return False
    if toks[lead] in BE:
        return tuple(toks[k + 1:k + 3]) in ALLOWED
    return True
