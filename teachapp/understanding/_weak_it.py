"""A pronoun heard as "a" before a verb in the past: "stargazing mode, a ran twice
yesterday" is "..., it ran twice yesterday".

"it", "he" and "i" said fast and unstressed are a bare schwa or near it (Roach 2009,
"English Phonetics and Phonology", 12 on weak forms), which a recogniser writes as "a".
The article "a" opens a noun phrase and never stands before a finite verb (Quirk et al.
1985, 5.10): before a simple past that is no noun ("ran", "went", "broke") it is the
subject pronoun, and the clause tells of the phrase, not of a thing of its own. Read with
"it", the clause is judged as every other reader judges "..., it ran twice yesterday".
"""

from __future__ import annotations

import re

__all__ = ["PAST_ONLY", "it_for_a"]

PAST_ONLY = frozenset(("ran", "went", "came", "broke", "woke", "took", "gave", "fell", "threw",
                       "knew", "began", "blew", "froze", "shook", "tore", "wore", "wrote",
                       "ate", "drank", "sang", "swam", "sank", "forgot", "did", "was"))
"""Simple past forms of irregular verbs that are neither their participle nor a noun
(Quirk et al. 1985, 3.14-3.16): after "a" none of them can open a noun phrase ("a saw", "a
rose", "a left turn" are left out: those are nouns or adjectives too)."""

_A_PAST = re.compile(r"\ba\s+(?=(" + "|".join(sorted(PAST_ONLY)) + r")\b)", re.IGNORECASE)


def it_for_a(text: str) -> str:
    """``text`` with "a" before a simple past read as "it" (``text`` itself when none is)."""
    return _A_PAST.sub("it ", text)
