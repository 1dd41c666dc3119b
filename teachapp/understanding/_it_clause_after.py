"""A clause with "it" for its subject said right after a taught phrase, no pause written:
"security off it's skimming the waterlilies", "ring sandie back it's whizzed heavenward"
(a remark on something in the scene, said after the request).

:mod:`_unmarked` reads no edge after a phrase before a pro-form that may point back at it
("... it"): as the object of a verb in the phrase or the first word of the clause the
phrase is a part of, it would join them. "It" followed by an operator is neither: a
personal pronoun takes no modifier and no noun after it, so with a finite operator after
it ("is", "has", "was", "will" ...) it is that verb's subject, and a subject and its verb
open a clause of their own (Quirk et al. 1985, 2.13-2.16 on the clause elements, 3.30 on
the operator; "lights on it is" has no subject for its "is" unless "it" is one). So the
edge before it is sure, and the text is read as it is with the pause written
("security off, it's skimming the waterlilies"), where every reader of a cue still judges
the clause after it: a story of the request ("..., it was great"), a complaint or a
negation stop it there as they do with the pause.

Only a clause of an event: the operator a form of "be" or "have" and a participle after
it, a word the English lexicon lists only as a form of a verb (:mod:`_word_classes`: a
participle there, "it's skimming", "it's whizzed", "it's unwound"; not "boring" or
"broken", adjectives too, nor "been", a copula again: "it's been great"), what something
in the scene is doing or has done (the progressive and the
perfect: Quirk et al. 1985, ch. 4 on aspect). A copula before a noun phrase or
an adjective describes its subject, and "it" there may be the request itself ("..., it's
a film club", "..., it's too bright"); a verb of naming or a routine command may give the
phrase its name ("..., it's called"); those sides stay as :mod:`_unmarked` reads them.
Nor when a word after the participle may itself point back at the request or is a cue
whose scope is the whole utterance (the caller's ``bears``); "its" there is the clause's
own subject's ("it's unfurling its wingcases": a possessive in the predicate is read first
as the subject's of its own clause), so it is not read as one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["it_clause_after"]

SUBJECT = "it"
AUXILIARIES = frozenset({"is", "was", "has", "had", "'s"})
"""The forms of "be" and "have" a subject "it" takes before a participle ("it's", "it
was", "it has")."""
OWN = "its"
"""The subject's own possessive, said in its predicate."""
COPULAS = frozenset({"been", "being"})
"""Participles of "be": a complement that describes "it" comes after them."""


def it_clause_after(words: Sequence[str], event: Callable[[str], bool],
                    bears: Callable[[Sequence[str]], bool]) -> bool:
    """Whether ``words``, said right after a phrase, open with a clause of an event whose
    subject is "it" (see the module docstring): "it", "be" or "have", then a word that
    ``event`` takes for a participle, and nothing after it that ``bears`` on the
    request."""
    return (len(words) >= 3 and words[0] == SUBJECT and words[1] in AUXILIARIES
            and words[2] not in COPULAS and event(words[2])
            and not bears([w for w in words[2:] if w != OWN]))
