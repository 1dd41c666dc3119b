"""A taught phrase as the object of a verb of wanting or trying, or the subject of a
predicate of need or of possibility: "can we try porch light on", "i request snoozebox on",
"i am requesting laundrette run", "do you wanna lights on", "kitchen radio is needed",
"is date night doable".

English asks for a thing by saying that the speaker wants, needs or would try it, and by
asking whether it can be done (Searle 1975, "Indirect speech acts": a request stated as the
speaker's want, or asked as the hearer's ability or the act's possibility; Quirk et al.
1985, 16.35 on verbs taking a noun phrase or an infinitive as object). The frames are
open-ended ("can we try", "i am requesting", "we would need to try"), but their shape is
general: the phrase is said exactly (free words aside), and

- before it, every word said is a function word, a subject or an auxiliary, and the last
  of them is a verb of :data:`WANTING` (maybe "to" after it); or
- after it, a copula (maybe) and the participle of such a verb ("... is needed",
  "... required"); or
- the phrase is asked about with a copula first and a predicate of :data:`POSSIBLE` last
  ("is date night doable", "would relax mode be possible"); or
- the imperative of kindness comes before it: "be a sweetie and ...".

Nothing else may be said: a cue (a negation, the past, someone else's words, a command
about a routine) keeps its meaning ("i don't need movie night", "we tried movie night");
the only question allowed is "do you" asked of a want ("do you wanna ...", as the lexicon's
carrier "do you fancy" is), not "did you want" or "what do you want", nor a want or need of
anyone else asked about ("do we really need ...", :data:`ASKING`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon

__all__ = ["wanted_phrase"]

WANTING = frozenset({"want", "wanna", "need", "try", "request", "require", "fancy", "wish"})
"""Verbs of wanting and trying whose object is what is asked for (stems: "requesting",
"tries" included; "tried", "wanted" are the past and are no stems of these)."""
OBTAINING = frozenset({"get", "have", "grab", "nab", "snag", "bag"})
"""Verbs of getting (Levin 1993, "English Verb Classes and Alternations", 13.5: get, grab,
and their colloquial kin nab, snag, bag): a request when the speaker asks whether they
may (:data:`MAY_I`): "can i nab ...", "could we grab ..."."""
MAY_I = (("can", "i"), ("could", "i"), ("may", "i"), ("can", "we"), ("could", "we"),
         ("may", "we"))
WANTED = frozenset({"needed", "required", "requested", "wanted"})
"""Their participles said after the phrase ("... is needed")."""
POSSIBLE = frozenset({"possible", "doable", "feasible"})
"""Predicates that ask whether a thing can be done ("is ... doable"); not "ok" or "alright",
which ask how a thing is ("is the boiler ok")."""
BE_OR_ITS_MODAL = frozenset({"is", "are", "be", "would", "could", "will"})
"""The operators a question of possibility or a statement of need opens with: a form of
"be" ("is ... doable", "... is needed") or a modal that takes "be" after it ("would ... be
possible"). Not only copulas: "would", "could" and "will" are modals."""
FRAME = frozenset({"i", "we", "you", "u", "ya", "am", "are", "is", "do", "can", "could",
                   "would", "will", "shall", "might", "may", "must", "to", "just", "really",
                   "please", "kindly", "like", "also", "still", "again", "now", "then",
                   "so", "maybe", "perhaps", "possibly", "going"})
"""Words the frame before the verb may hold: subjects, auxiliaries, "to", hedges, and the
"going" of the going-to future, which says what "will" says ("i'm gonna need ...", as "i
will need ...": Quirk et al. 1985, 4.47 on "be going to")."""
LISTENER_ASKED = (("do", "you"), ("do", "ya"), ("do", "u"))
"""The one question a frame may open with: the listener asked whether they want it."""
ASKING = frozenset({"do", "does", "did"})
LISTENER = frozenset({"you", "ya", "u", "ye"})
"""An operator before a subject asks a question (subject-operator inversion, Quirk et al.
1985, 11.5): of the listener's want it offers or asks ("do you wanna ..."), of anyone
else's it asks whether the thing is wanted or needed at all, "do we really need ...",
"does anyone want ...", "did they need ...", often rhetorically (Quirk et al. 1985, 11.23
on rhetorical questions): no request. Said as the recogniser may leave it, a free word."""
PAST = frozenset({"tried", "wanted", "needed", "requested", "wished", "fancied"})

_TRIGGERS = frozenset({f for w in WANTING for f in (w, w + "s", w + "ing")}
                     | WANTED | POSSIBLE | OBTAINING | {"be"})
"""Every word as said that this rule turns on (a verb of :data:`WANTING` as :func:`stem`
reads it back: "requesting", "wants")."""

_COMMON = OBTAINING | {"be"}
_MAY = frozenset(first for first, _ in MAY_I)

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]


def _cue(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` say a cue, the question "do you" that opens them aside."""
    start = 2 if tuple(words[:2]) in LISTENER_ASKED else 0
    rest = list(words[start:])
    anywhere, leading = lexicon.cue_words
    longest = max((len(c) for c in anywhere), default=1)
    for a in range(len(rest)):
        for b in range(a + 1, min(len(rest), a + longest) + 1):
            if tuple(rest[a:b]) in anywhere:
                return True
    return bool(rest) and start == 0 and any(
        tuple(rest[:n]) in leading for n in (1, 2)) and rest[0] not in BE_OR_ITS_MODAL


def _frame_before(words: Sequence[str], lexicon: Lexicon, heard: Sequence[str]) -> bool:
    """Whether ``words`` (said before the phrase, free words left out) are a frame of
    wanting: frame words, then a verb of :data:`WANTING`, then maybe "to"; or a verb of
    :data:`OBTAINING` just after :data:`MAY_I` (``heard``: all words before the phrase)."""
    if not words:
        return False
    body = list(words[:-1] if words[-1] == "to" and len(words) > 1 else words)
    verb = body[-1]
    obtain = (verb in OBTAINING and len(body) == 1 and len(heard) >= 3
              and tuple(heard[-3:-1]) in MAY_I and heard[-1] == verb)
    if verb in PAST or (stem(verb) not in WANTING and not obtain):
        return False
    if any(w in ASKING and k + 1 < len(heard) and heard[k + 1] not in LISTENER
           for k, w in enumerate(heard)):
        return False  # ("do we really need ...": whether it is needed, asked)
    return all(w in FRAME for w in body[:-1]) and not _cue(words, lexicon)


def _kind_frame(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` are the imperative of kindness before a request: "be a sweetie
    and", "be an angel and" ("be" a noun phrase of one or two words, "and"; Quirk et al.
    1985, 11.24 on imperatives coordinated with "and"), the noun no request word."""
    if len(words) < 4 or len(words) > 5 or words[0] != "be" or words[-1] != "and":
        return False
    middle = words[2:-1]
    return words[1] in ("a", "an") and all(
        w.isalpha() and w not in lexicon.request_words and w not in lexicon.cue_starts
        for w in middle)


def _need_after(words: Sequence[str]) -> bool:
    """Whether ``words`` (said after the phrase) say it is needed: "is needed", "needed"."""
    body = list(words[1:] if words and words[0] in BE_OR_ITS_MODAL else words)
    return len(body) == 1 and body[0] in WANTED


def _possible(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the phrase is asked about as possible: "is ... doable", "would ... be ok"."""
    if not before or before[0] not in BE_OR_ITS_MODAL or len(before) > 1 or not after:
        return False
    body = list(after[1:] if after[0] == "be" else after)
    return len(body) == 1 and body[0] in POSSIBLE


def wanted_phrase(toks: Sequence[str], free: Sequence[bool], exact: Exact,
                  lexicon: Lexicon) -> tuple[int, list[int]] | None:
    """(phrase id, routines) of the taught phrase said as what is wanted, needed or asked
    to be possible (see the module docstring); None when there is none."""
    if _TRIGGERS.isdisjoint(toks):
        return None  # (no such word: most utterances)
    hit = _TRIGGERS.intersection(toks)
    if hit <= _COMMON and not (("be" in hit and "and" in toks)
                               or (hit & OBTAINING and not _MAY.isdisjoint(toks))):
        return None  # ("be" without "and", "get" without "can i": most that say them)
    stems = [stem(t) for t in toks]
    said = [k for k in range(len(toks)) if not free[k]]
    if len(said) < 2:
        return None
    for i in range(len(toks)):
        for j in range(len(toks), i, -1):
            key = tuple(stems[i:j])
            if key not in exact:
                continue
            before = [toks[k] for k in said if k < i]
            after = [toks[k] for k in said if k >= j]
            if not before and not after:
                return None  # (the phrase alone: not this rule's to read)
            if ((before and not after and (_frame_before(before, lexicon, toks[:i])
                                           or _kind_frame(before, lexicon)))
                    or (after and not before and _need_after(after))
                    or _possible(before, after)):
                return exact[key]
    return None
