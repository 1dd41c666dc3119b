"""A taught phrase asked for in a question about the listener's ability: "is there a way you
could office mode?", "d'you reckon you could cool the house?", "would you consider doing
relax mode?", "any chance you could lights out?".

English asks for things indirectly by asking whether the listener can or would do them
(Searle 1975, "Indirect speech acts"; Quirk et al. 1985, 11.25 on questions used as
directives): the request is what follows the modal and its subject ("you could", "could
you", "would you", "can you"). The frames around that pair never end ("is there any way",
"do you reckon", "i wonder if"), but their shape is general: here, when the words after
the pair are a taught phrase said exactly to the end (free words aside), with at most
:data:`BETWEEN` of :data:`FRAME_WORDS` before it ("consider doing", "possibly"), and the words
before the pair

- hold no cue but a yes/no question ("is there a way", "do you think"): no wh-word ("when
  could you ..." asks when), no negation, cancellation, story, someone else's words or
  command about a routine;
- name no taught word, device, room, time or number;

the request is that phrase. Nothing between the pair and the phrase may be a cue ("could
you tell me ...", "would you cancel ..."), a taught word, or a verb of wanting ("would
you like movie night?" asks what the listener wants).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from teachapp.understanding._carriers import HEADS
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon

__all__ = ["asked_phrase"]

MODALS = frozenset({"could", "would", "can", "will"})
"""Modals a request asked as a question turns on ("could you", "you could")."""
LISTENER = frozenset({"you", "ya", "u"})
WANTING = frozenset({"like", "love", "want", "prefer", "rather", "enjoy", "fancy",
                     "remember", "believe", "imagine", "say", "tell"})
"""Verbs after the pair that ask about the listener, not for the request."""
WH = frozenset({"what", "when", "where", "why", "how", "who", "which", "whose", "whom"})
QUESTIONS = ("question", "state_question")
"""Cue groups the frame before the pair may hold (only yes/no questions: no :data:`WH`)."""
BETWEEN = 2
"""Most words not free between the pair and the phrase ("consider doing")..."""
FRAME_WORDS = frozenset({"consider", "do", "doing", "try", "manage", "arrange", "possibly",
                         "maybe", "perhaps", "just", "kindly", "quickly"})
"""... and the words they may be: verbs that take the request as their object and leave it
what it is, and hedges ("would you consider doing ...", "could you possibly ..."); any
other verb is a request of its own ("could you repeat good morning")."""
BEFORE = 6
"""Most words before the pair."""

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]


def _pair(toks: Sequence[str]) -> int | None:
    """Where the words after the last modal-and-listener pair start."""
    for k in range(len(toks) - 2, -1, -1):
        a, b = toks[k], toks[k + 1]
        if (a in MODALS and b in LISTENER) or (a in LISTENER and b in MODALS):
            return k + 2
    return None


def _other_cue(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` hold a cue of a group other than a yes/no question."""
    groups = [g for name, g in lexicon.cues.items() if name not in QUESTIONS]
    folded = [w[:-3] if w.endswith("ing") and len(w) > 5 else w for w in words]
    for group in groups:
        for cue in group:
            n = len(cue)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == cue or tuple(folded[i:i + n]) == cue:
                    return True
    return False


def asked_phrase(toks: Sequence[str], free: Sequence[bool], exact: Exact, lexicon: Lexicon,
                 taught: Callable[[str], bool],
                 not_names: frozenset[str]) -> tuple[int, list[int]] | None:
    """(phrase id, routines) of the taught phrase asked for after "you could", "could
    you", ... (see the module docstring); None when there is none."""
    if LISTENER.isdisjoint(toks) or MODALS.isdisjoint(toks):
        return None
    after = _pair(toks)
    if after is None or after - 2 > BEFORE or after >= len(toks):
        return None
    stems = [stem(t) for t in toks]
    said = [k for k in range(after, len(toks)) if not free[k]]
    if not said:
        return None
    start = None
    for end in range(len(toks), said[-1], -1):
        # (free words may end the phrase: "sunset scene", "scene" a carrier)
        start = next((i for i in range(after, said[-1] + 1) if tuple(stems[i:end]) in exact),
                     None)
        if start is not None:
            break
    if start is None or sum(not free[k] for k in range(after, start)) > BETWEEN:
        return None
    function = lexicon.function_words

    def plain(w: str) -> bool:
        return (w.isalpha() and w not in lexicon.number_words and not taught(w)
                and w not in HEADS and w.rstrip("s") not in HEADS and w not in not_names)

    if any((not free[k] and toks[k] not in FRAME_WORDS) or toks[k] in WANTING
           or toks[k] in lexicon.cue_starts for k in range(after, start)):
        return None
    before = list(toks[:after - 2])
    if (not WH.isdisjoint(before) or _other_cue(before, lexicon)
            or any(not plain(w) for k, w in enumerate(before)
                   if not free[k] and w not in function)):
        return None
    return exact[tuple(stems[start:end])]
