"""A request named as an event rather than made: "picture me asking you to party mode",
"envision someone telling you to lights off", "imagine yourself being asked to walk the
dog", "picture the day i ask you to heating on".

A request is made by a finite verb of asking in a main clause with the speaker for subject
("i'm asking you to ...", "i'm telling you to ..."): the performative of Austin 1962 and
Searle 1969, 3.1. The same verb in a non-finite clause names the act, as a thing to picture,
remember or weigh, and performs nothing (Quirk et al. 1985, 15.12 on -ing clauses with a
subject in the objective case, "me asking you", and 17.54 on such clauses as the object of
a verb of perception or imagining; 14.23 on what is only imagined). The frame around it,
whatever verb opens it ("picture", "envision", "fancy", "think of"), is read by its shape,
not a list of those verbs:

- **-ing clause**: a subject in the objective case, a possessive, or a noun said after a
  frame ("me asking", "my asking", "someone telling", "picture mum begging") and the -ing
  form of a verb of asking or saying, before the phrase;
- **passive -ing clause**: "being" and the participle of such a verb ("picture yourself
  being told to ..."), not after a form of "be" ("i'm being asked to ...", someone else's
  words: other readers decide those);
- **relative or temporal clause**: "ask" or "tell", finite, after a relative word or a noun
  of time ("the day i ask you to ...", "a world where we tell you to ...", "whenever i
  tell you to ..."): the request is set at another time or in another world.

Left alone: a progressive with "be" ("mum's asking you to ..."), a verb of minding or
excusing before it ("would you mind me asking you to ...", a polite request), and a
request verb after the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._words import stem
from teachapp.understanding.copula import FORMS
from teachapp.understanding.normalize import Lexicon

__all__ = ["heard_asking", "mentioned"]

ASKING = frozenset({"ask", "tell", "order", "beg", "get", "request", "instruct", "command",
                    "say", "shout", "yell", "whisper", "nag", "plead", "urge", "want",
                    "demand", "bark", "call"})
"""Verbs of asking and saying (Levin 1993, 37.7 "say" verbs and 37.4 verbs of instructing),
as stems: what a request is made with."""
ING = frozenset({"asking", "telling", "ordering", "begging", "getting", "requesting",
                 "instructing", "commanding", "saying", "shouting", "yelling", "whispering",
                 "nagging", "pleading", "urging", "demanding", "barking"})
"""Their -ing forms."""
PARTICIPLES = frozenset({"asked", "told", "ordered", "begged", "instructed", "requested",
                         "commanded", "urged", "nagged", "got"})
OBJECTIVE = frozenset({"me", "us", "him", "them", "her", "my", "our", "his", "their",
                       "someone", "somebody", "anyone", "anybody", "everyone",
                       "yourself", "myself", "ourselves"})
"""Subjects of an -ing clause that cannot open a finite one (the objective case and the
possessives, Quirk et al. 1985, 15.12), and the indefinite pronouns."""
BE = FORMS | {"keep", "keeps", "stop", "start", "i", "we", "you", "he", "she", "they", "it"}
"""What before an -ing form makes it a finite verb's ("i am asking", "keep asking")."""
MINDING = frozenset({"mind", "excuse", "forgive", "pardon", "sorry", "apologise",
                     "apologize", "appreciate", "ok", "okay", "alright", "fine"})
"""Verbs and adjectives of consent or apology whose -ing clause is a polite request:
"would you mind me asking you to ..." (Quirk et al. 1985, 11.24)."""
RELATIVE_ASKING = frozenset({"ask", "tell"})
"""The verbs of asking read in a relative or temporal clause ("the day i ask you to"):
the two that make a request (Searle 1969, 3.4)."""
SETTINGS = frozenset({"where", "when", "whenever", "day", "moment", "time", "night",
                      "morning", "world", "future", "universe", "life", "dream"})
"""Relative words and nouns of time or world that set a finite clause after them at
another time or in another world ("the day i ask you to ...")."""
SPEAKING = frozenset({"i", "we", "you", "he", "she", "they", "someone", "somebody",
                      "anyone"})
"""Subjects of the finite verb of asking in such a clause."""


_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(ING | {"being"})) + r")\b|\b(?:" + "|".join(sorted(SETTINGS))
    + r")\s+(?:" + "|".join(sorted(SPEAKING)) + r")\s+(?:ask|tell)")
"""The words a frame needs, found in one scan of the text before it is read: most
requests have none."""


def _frame_before(toks: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Whether an -ing form at ``k`` heads a clause with a subject in the objective case
    or named after a frame (see the module docstring)."""
    if k == 0 or toks[k - 1] in BE:
        return False
    subject = toks[k - 1]
    if subject in OBJECTIVE:
        start = k - 1
    else:
        # (a noun said after a frame: "picture mum asking", "picture my wife telling";
        # not the request's opening, "mum's asking you" heard "mums asking")
        start = k - 1
        while start > 0 and toks[start - 1] in ("my", "our", "the", "his", "her", "their"):
            start -= 1
        if start == 0 or not subject.isalpha() or subject in lexicon.function_words or (
                start == k - 1 and subject != stem(subject)):
            # (a bare noun with "s" may hold "is": "hey, dad's calling" heard "dads")
            return False
    return MINDING.isdisjoint(toks[:start])


def heard_asking(low: str) -> bool:
    """Whether the lower-cased text holds an -ing form or a verb of asking, without which
    it names no request in a frame: most requests, a scan or two."""
    return "ing" in low or "ask" in low or "tell" in low


def mentioned(read: RunRead) -> bool:
    """Whether the utterance names the request for its phrase as an event in a frame
    rather than makes it (see the module docstring)."""
    if not read.phrase or not heard_asking(read.lower) or _CUE.search(read.lower) is None:
        return False  # (no -ing form nor verb of asking: most requests)
    toks, at, lexicon = read.words, read.first_word, read.lexicon
    for k in range(min(at, len(toks))):
        word = toks[k]
        if word in ING and _frame_before(toks, k, lexicon):
            return True
        if word == "being" and k + 1 < at and toks[k + 1] in PARTICIPLES and (
                k == 0 or toks[k - 1] not in BE):
            return True
        if (stem(word) in RELATIVE_ASKING and toks[k - 1] in SPEAKING and k >= 2
                and toks[k - 2] in SETTINGS and k + 1 < at and toks[k + 1] in ("you", "to")):
            return True
    return False
