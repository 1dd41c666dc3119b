"""A second request joined to the first by "and": "reading mode, and make coffee",
"reading mode, and then call mum", "book a taxi, and also movie night".

"and" joins an imperative to another as it joins any two clauses (Quirk et al. 1985, 13.5
on coordination of clauses, 11.24 on coordinated imperatives), and what it joins is read as
that clause said alone is: a verb of a request first asks for something, whatever opened the
clause. The readers that leave a clause of the speaker's own beside a taught phrase look at
the clause's first word to see whether it asks for something ("ring mum. ...", "..., play
some jazz"); after "and" that word is "and", so the second request was taken for the
speaker's own words and the phrase ran alone, the rest dropped. Said without the pause the
whole text was already no phrase ("reading mode and make coffee") and the conversation
offers the part it does not know for teaching; with the pause it now does the same.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["AND_LEADS", "ASKING", "after_and"]

AND_LEADS = frozenset({"then", "also", "please", "just", "now", "maybe"})
"""Words said between "and" and the request it joins ("and then make coffee", "and also
…", "and please …"); a discourse marker may have taken "and" off already ("then make
coffee")."""
ASKING = frozenset({"could", "can", "would", "will"})
"""Operators of a request put as a question, before "you" ("and could you make coffee")."""


def after_and(words: Sequence[str]) -> Sequence[str]:
    """``words`` from the clause proper, past an opening "and", its leads and a request put
    as a question ("and then make coffee", "then make coffee", "and could you make coffee"
    -> "make coffee"); ``words`` as they are when none opens them."""
    k = 1 if words and words[0] == "and" else 0
    while k < len(words) - 1 and words[k] in AND_LEADS:
        k += 1
    if k < len(words) - 2 and words[k] in ASKING and words[k + 1] == "you":
        k += 2
    return words[k:]
