"""A phrase offered to someone in the room: the speaker offers to do it themselves, for a
listener, and asks the assistant nothing: "shall i lock up for you, sweetie?", "would you
like me to open the dome?", "i could feed the cat for you if you like", "want me to ring
sean?".

An offer is a first-person subject with a modal of volition or possibility, or a
second-person wish with the speaker for its object (Quirk et al. 1985, 4.57 on "shall"
with a first person in questions as an offer; 4.55-4.56 on "will", "can", "could" of
willingness and ability; Searle 1969, 3.4 on the offer as a commissive, the speaker's own
future act for the hearer's good). It is read by its shape, around the phrase:

- **a wish with the speaker for object**: "like", "want" or "need" with "me" or "us" and
  "to" after it, and "you" before it or nothing ("would you like me to ...", "do you want
  us to ...", "want me to ..."), before the phrase;
- **a first-person subject and a modal** ("shall i", "i could", "we can", "i will"), or
  "let me", before the phrase, and a benefit to the listener after its first word ("for
  you", "if you like", "if you want", "if you would like").

Left alone: a first-person request with no listener's benefit ("can i have movie night",
"could i get the lights on", "i would like movie night", "let me have bath time", "i could
do with a coffee"), and a wish with "you" for object ("i want you to lock up").
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding._run_read import RunRead

__all__ = ["heard_offering", "offered"]

FIRST_PERSON = frozenset({"i", "we"})
"""Subjects of the speaker's own act."""
OFFER_MODALS = frozenset({"shall", "should", "can", "could", "will", "might", "may"})
"""Modals of volition, ability and possibility that make a first person's act an offer
with a listener's benefit after it (Quirk et al. 1985, 4.52-4.58)."""
WISHING = frozenset({"like", "want", "need", "fancy"})
"""Verbs of wishing whose object, the speaker, is to do the thing: "would you like me to"."""
SPEAKER_OBJECT = frozenset({"me", "us"})
"""The speaker as object."""
BENEFIT = (("for", "you"), ("for", "ya"), ("if", "you", "like"), ("if", "you", "want"),
           ("if", "you", "would", "like"), ("if", "you", "wish"), ("if", "you", "need"),
           ("if", "you", "prefer"))
"""Phrases that give the act to the listener: the beneficiary "for you" (Quirk et al.
1985, 9.55) and the conditions of the listener's wish that close an offer."""
GAP = 3
"""Words at most between an offer's frame and the phrase's first word (a name, an
article, a filler): farther, the frame is another clause's."""


def _wish_for_speaker(toks: Sequence[str], at: int) -> bool:
    """"would you like me to", "want us to": a wish whose object is the speaker."""
    for k in range(max(0, at - GAP - 3), at):
        if (toks[k] in WISHING and k + 2 < len(toks) and toks[k + 1] in SPEAKER_OBJECT
                and toks[k + 2] == "to" and at - (k + 3) <= GAP
                and (k == 0 or "you" in toks[max(0, k - 2):k])):
            return True
    return False


def _speaker_acts(toks: Sequence[str], at: int) -> bool:
    """"shall i", "i could", "let me" just before the phrase."""
    for k in range(max(0, at - GAP - 2), at - 1):
        pair = (toks[k], toks[k + 1])
        if (pair[0] in FIRST_PERSON and pair[1] in OFFER_MODALS) or (
                pair[0] in OFFER_MODALS and pair[1] in FIRST_PERSON) or (
                pair[0] == "let" and pair[1] in SPEAKER_OBJECT):
            if at - (k + 2) <= GAP:
                return True
    return False


def _benefit_after(toks: Sequence[str], at: int) -> bool:
    """Whether "for you" or "if you like" is said after the phrase's first word."""
    for k in range(at + 1, len(toks)):
        if any(tuple(toks[k:k + len(b)]) == b for b in BENEFIT):
            return True
    return False


def heard_offering(low: str) -> bool:
    """Whether the lower-cased text names a listener or the speaker as object ("you",
    "me", "us"), without which it offers nothing: most requests, a scan or two."""
    if "you" in low:
        return True
    padded = f" {low} "
    return " me " in padded or " us " in padded


def offered(read: RunRead) -> bool:
    """Whether the utterance offers its phrase as the speaker's own act for a listener
    (see the module docstring)."""
    if not read.phrase or not heard_offering(read.lower):
        return False
    toks, at = read.words, read.first_word
    if at >= len(toks):
        return False
    if _wish_for_speaker(toks, at):
        return True
    return _speaker_acts(toks, at) and _benefit_after(toks, at)
