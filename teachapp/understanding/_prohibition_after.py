"""A prohibition of another act said right after a taught request, no pause written:
"guests are coming no bouncing on the bunk beds", "movie night no slurping".

"No" before a gerund is the negative determiner of a noun phrase whose head is the act it
forbids, as on a notice ("no smoking", "no running in the corridor": Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 10.58 on "no" as a determiner whose
negation reaches only its noun phrase; 17.54 on the gerund as the head of a noun phrase).
Said after a clause that is complete, it is a verbless clause of its own (11.41 on
verbless directives): its negation is its own, and forbids that act, not the request said
before it. So the edge after the phrase is sure, and the readers judge "no ..." beside the
request as they do with the pause written ("guests are coming, no bouncing on the bunk
beds" runs). Read only when the whole rest is the prohibition: "no", a gerund the home
did not teach that opens no cue and says no request (:mod:`_prohibition_before`'s test
of the gerund), and maybe a prepositional phrase finishing it ("on the bunk beds", "in
the lounge") or an adverb of time ("now"), with no content word the home taught and no pro-form
that may point back at the request ("no skipping it"). A cue in it still counts: the
clause is then judged as any clause after a pause is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._prohibition_before import forbidden_gerund
from teachapp.understanding.normalize import Lexicon

__all__ = ["prohibition_after"]

TIME_AFTER = frozenset({"now", "please", "thanks", "today", "tonight", "again", "ever"})
"""Words that may end the prohibition without finishing the gerund ("no dawdling now")."""
POINTING_BACK = frozenset({"it", "that", "this", "them", "those", "these", "one"})
"""Pro-forms that may point back at the request: the gerund may take it for its object."""


def prohibition_after(aside: Sequence[str], lexicon: Lexicon,
                      taught: Callable[[str], bool]) -> bool:
    """Whether the words ``aside``, said after a taught phrase, are all a prohibition of
    another act (see the module docstring)."""
    if len(aside) < 2 or aside[0] != "no" or not forbidden_gerund(aside[1], lexicon, taught):
        return False
    rest = list(aside[2:])
    while rest and rest[-1] in TIME_AFTER:
        rest.pop()
    if not rest:
        return True
    if rest[0] not in shape.PREPOSITIONS or len(rest) > 5:
        return False
    return all(w.isalpha() and w not in POINTING_BACK
               and (w in lexicon.function_words or not taught(w)) for w in rest[1:])
