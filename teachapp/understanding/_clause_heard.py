"""A clause of the speaker's own beside a taught phrase heard with recogniser errors.

Beside a phrase said exactly, a clause with a subject and an argument of its own does not
bear on the request (:mod:`_clause_shape`: "movie night, where's my phone?", "bath time
the kids are filthy"). The recogniser does not know which words are the phrase: it
splits, joins and mishears them in a phrase said beside a clause as in one said alone
("bath tyme, where's my phone?", "bathtime the kids are filthy"). So the rule is the
same beside a phrase misheard: when every other clause has the shape of one of its own
(:func:`_clause_shape.own_shape`) and would be an aside beside the phrase said exactly
(:func:`_clauses.aside`: no cue of the whole utterance, no taught word, no request of
its own), the one clause left is read alone, with the tolerance the resolver gives a
phrase misheard said alone: it runs only when, said alone, it would run as a match
(the resolver's own check, so a fragment, a near sibling or a different request said
there is asked about or rejected as it would be alone).

Nothing else changes: a clause that holds a pro-form ("it", "that"), a word a home
taught, a cue whose scope is the whole utterance (a cancellation, someone else's words,
a condition) or no shape of its own is no aside here, as beside a phrase said exactly.

The clauses are parted where :mod:`_clauses` parts them (a pause or a joiner of reason
or time), or, with neither, where a clause of its own shape meets the phrase with no
pause, joined by the lexicon's ``clause_heard.joiners`` or by nothing, as
:func:`_clause_shape.joined_cuts` reads them beside a phrase said exactly (Quirk et al.
1985, "A Comprehensive Grammar of the English Language", 13.1-13.2 and 13.19 on clauses
coordinated and set side by side).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._clause_shape import (
    CLAUSE_OPERATORS,
    NP_DETERMINERS,
    OWN_DETERMINERS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    clause_words,
    own_shape,
    shape_frees,
    stated,
    subject_first,
)
from teachapp.understanding._clauses import (
    COPULAS,
    JOINERS,
    aside,
    complex_joined,
    split_clauses,
)
from teachapp.understanding._told import dismissed_wish
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["UNLIKE", "HeardCore", "heard_as_taught", "heard_cores", "names_heard"]

UNLIKE = 0.5
"""A phrase word heard less like itself than this is no word of it misheard beside a
clause of the speaker's own ("blue" for "pool", "ginger" for "juniper"): the clause
leaves room for another request, as a word in a call's place is a name below it
(``resolver.CALLED_UNLIKE``, chosen on the seen sets)."""
EDGE_LIKE = 0.5
"""Where a clause meets the phrase with no pause, the phrase's word at the meeting is
heard at least this like itself (Levenshtein), or as its start or its end (split or
joined): a word there the phrase does not say ("office off woke the baby", "... teeth
with close blinds") belongs to the clause, whose argument the phrase then is."""

SOUND_LIKE = 0.4
"""A phrase word misheard is at least this like itself in spelling (Levenshtein), when
its sound key differs ("knows" for "noise" is 0.4 like it)."""


@dataclass(frozen=True)
class HeardCore:
    """Where a phrase heard with errors may be said, beside clauses of the speaker's own."""

    at: range
    """Its words."""
    edge: int = -1
    """The word said where a clause meets it with no pause, or -1 (a pause or a joiner
    of reason or time parts them)."""

MOST_CUTS = 3
"""Most places a clause joined with no pause is tried at (the scorer runs once for each:
a clause of its own shape is rare, so one or two are found)."""


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    """The lexicon's ``clause_heard.joiners``: words that join two clauses."""
    raw = bundled_section("clause_heard") or {}
    return frozenset(t for w in raw.get("joiners") or () for t in tokens(str(w)))


def _shaped_aside(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
                  taught: Callable[[str], bool], not_names: frozenset[str], last: bool,
                  lead: bool, contrast: bool = False) -> bool:
    """Whether a clause has the shape of one of its own and would be an aside beside the
    phrase said exactly; ``contrast``: joined to it by "but" (an exception said there,
    "but not the lamp", is none: :func:`_clause_shape.own_shape`)."""
    said = clause_words(words, free, lexicon)
    return (own_shape(said, lexicon, taught, enclitic=contrast)
            and shape_frees(words, free, lexicon, taught) is not None
            and aside(words, free, lexicon, taught, not_names, last, lead))


def _parted(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
            lexicon: Lexicon, taught: Callable[[str], bool],
            not_names: frozenset[str]) -> range | None:
    """The one clause left when the utterance parts into clauses at pauses or joiners and
    every other clause is an aside, one of its own shape at least."""
    clauses = split_clauses(toks, breaks)
    if len(clauses) < 2:
        return None
    core: range | None = None
    shaped = False
    for clause in clauses:
        words = [toks[k] for k in clause]
        mask = [free[k] for k in clause]
        if all(mask):
            continue
        last, lead = clause is clauses[-1], core is None
        if _shaped_aside(words, mask, lexicon, taught, not_names, last, lead):
            shaped = True
            continue
        if core is not None:
            return None  # (two clauses that ask for something, or no shape: :mod:`_clauses`)
        core = clause
    return core if shaped else None


def _joined(toks: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
            taught: Callable[[str], bool], not_names: frozenset[str]) -> Iterator[HeardCore]:
    """Where a phrase may end or begin when a clause of its own shape meets it with no
    pause (see the module docstring): the words before the clause, or after it."""
    said = [k for k, f in enumerate(free) if not f]
    if len(said) < 4:
        return
    first, stop = said[0], said[-1] + 1
    joiners = _joiners()
    found = 0
    for cut in range(first + 1, stop - 1):
        if free[cut] or _said_again(toks[cut - 1], toks[cut]):
            continue  # (not inside a word said again: "bath bath tyme")
        # (the phrase first: "bathtime the kids are filthy", "bath tyme and i'm knackered";
        # a joiner is the clause's, never the phrase's last word)
        joiner = toks[cut] in joiners
        rest = cut + joiner
        clause = (clause_words(toks[rest:], free[rest:], lexicon)
                  if joiner or toks[cut] in _SUBJECTS else [])  # (the cheap test first)
        if (clause and toks[cut - 1] not in joiners and (joiner or subject_first(clause))
                and (joiner or not _object_of(toks, cut))
                and _shaped_aside(toks[rest:], free[rest:], lexicon, taught, not_names,
                                  True, False, contrast=toks[cut] == "but")):
            yield HeardCore(range(0, cut), max(k for k in said if k < cut))
            found += 1
        # (the phrase last: "i've lost my brolly bath tyme", "... and bath tyme"; not after
        # a preposition, whose object it is: "i'm sick of bath tyme")
        joiner = toks[cut - 1] in joiners
        end = cut - joiner
        clause = (clause_words(toks[:end], free[:end], lexicon)
                  if joiner or toks[first] in _SUBJECTS else [])
        if (len(clause) > 1 and toks[cut] not in PREPOSITIONS and toks[cut] not in joiners
                and toks[end - 1] not in PREPOSITIONS
                and (joiner or stated(clause, lexicon, taught))
                and _shaped_aside(toks[:end], free[:end], lexicon, taught, not_names,
                                  False, True)):
            yield HeardCore(range(cut, len(toks)), cut)
            found += 1
        if found >= MOST_CUTS:
            return


PERFECT = frozenset({"has", "had"})
"""Operators of the perfect (Quirk et al. 1985, 4.17-4.22): said after the phrase, they make
it the subject of a statement of what it has done, as a copula makes it the subject of one
of how it is."""


def _perfect_said_of(toks: Sequence[str], core: range) -> bool:
    """Whether ``core`` says a perfect of what comes before it in the core ("vacation mode
    has made"): an operator of :data:`PERFECT` after a word of the core and before a verb,
    not before a noun phrase, where it opens a question of its own ("... has the met
    report come in")."""
    return any(toks[k] in PERFECT and toks[k + 1] not in NP_DETERMINERS
               for k in range(core.start + 1, core.stop - 1))
_SUBJECTS = PRONOUN_SUBJECTS | OWN_DETERMINERS
"""Words a clause joined by nothing opens with (:func:`_clause_shape.subject_first`)."""
_OPENERS = PRONOUN_SUBJECTS | NP_DETERMINERS | {"there"}
"""Words one of which any clause of its own shape says: a pronoun subject, the
determiner of a noun phrase of its own (:func:`_clause_shape.own_shape`), or the
existential "there" ("why is there glitter everywhere": :mod:`_asked_aside`)."""


def _object_of(toks: Sequence[str], cut: int) -> bool:
    """Whether the words from ``cut`` are a noun phrase that is the object of the
    preposition before them, not a clause: "lights on the high setting" (no operator and
    no past form in them), where "security on the milk's curdled" is a clause."""
    if toks[cut - 1] not in PREPOSITIONS or toks[cut] not in NP_DETERMINERS:
        return False
    return not any(w in COPULAS or w in CLAUSE_OPERATORS or (w.endswith("ed") and len(w) > 4)
                   for w in toks[cut + 1:])


def _said_again(before: str, word: str) -> bool:
    """Whether ``word`` says ``before`` again, or its start, or ``before`` started it: a
    word restarted, one phrase's word ("comp comp any mode"), no clause's end beside it."""
    return min(len(before), len(word)) > 1 and (
        word.startswith(before) or before.startswith(word))


def heard_cores(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                lexicon: Lexicon, taught: Callable[[str], bool],
                not_names: frozenset[str]) -> Iterator[HeardCore]:
    """The words a taught phrase heard with errors may be said in, beside clauses of the
    speaker's own (see the module docstring), to be read alone; none holds a copula
    (a statement or a question about state: :data:`_clauses.COPULAS`) or the operator of
    a perfect (a statement of what the phrase's thing has done, "vacation mode has made
    our sundays bearable": :data:`PERFECT`), and no other clause turns down someone
    else's wish."""
    if _OPENERS.isdisjoint(toks):
        return  # (every clause of its own shape says a subject or a noun phrase)
    if breaks or not JOINERS.isdisjoint(toks) or complex_joined(toks) or "when" in toks:
        parted = _parted(toks, free, breaks, lexicon, taught, not_names)
        cores: Iterator[HeardCore] = iter(() if parted is None else (HeardCore(parted),))
    else:
        cores = _joined(toks, free, lexicon, taught, not_names)
    for found in cores:
        core = found.at
        if len(core) == len(toks) or not COPULAS.isdisjoint(toks[core.start:core.stop]):
            continue
        if _perfect_said_of(toks, core):
            continue
        if all(free[k] for k in core):
            continue
        others = [[toks[k] for k in range(len(toks)) if k not in core and not free[k]]]
        if dismissed_wish(others):
            continue
        yield found


def heard_as_taught(found: HeardCore, toks: Sequence[str], phrase: Sequence[str],
                    names: Iterable[str], weakest: Callable[[], float],
                    function: frozenset[str]) -> bool:
    """Whether the phrase ``phrase`` read in ``found`` alone is heard as taught enough to
    run beside a clause of the speaker's own: its least well heard word at least
    :data:`UNLIKE` like itself (``weakest``, asked last: it reads the phrase again), the
    phrase's word where a clause meets it with no pause like itself (:data:`EDGE_LIKE`),
    each of its words but the ``function`` words heard by its sound (:func:`_by_sound`),
    and each name it says (``names``) heard as taught (:func:`names_heard`)."""
    if not phrase:
        return False
    if found.edge >= 0:
        word = toks[found.edge]
        taught = phrase[0] if found.at.start else phrase[-1]  # (said last, or first)
        if not (word.startswith(taught) or taught.startswith(word) or taught.endswith(word)
                or word.endswith(taught)
                or Levenshtein.normalized_similarity(word, taught) >= EDGE_LIKE):
            return False
    words = toks[found.at.start:found.at.stop]
    return (all(_by_sound(w, words) for w in phrase if w not in function)
            and names_heard(words, names) and weakest() >= UNLIKE)  # (the costly one last)


def _by_sound(taught: str, words: Sequence[str]) -> bool:
    """Whether the phrase word ``taught`` is heard by its sound among ``words``: said,
    split, joined or misheard at least :data:`SOUND_LIKE` like it in spelling, or with its
    sound key. A word of like meaning in its place ("curtain" for "blinds") is no
    recogniser's error: beside a clause, it may be another request."""
    for k, word in enumerate(words):
        joined = word + words[k + 1] if k + 1 < len(words) else word
        if (word == taught or taught.startswith(word) or taught.endswith(word)
                or word.endswith(taught) or joined.startswith(taught)
                or Levenshtein.normalized_similarity(word, taught) >= SOUND_LIKE
                or phonetic_key(word) == phonetic_key(taught)):
            return True
    return False


def names_heard(words: Sequence[str], names: Iterable[str]) -> bool:
    """Whether each name a phrase says (``names``: "sheldon" of "feed sheldon") is heard
    as taught among ``words``, said alone, joined to the word before it ("feedsheldon")
    or split in two ("shel don"). Beside a clause of the speaker's own, a name heard as
    another ("ring helena" for "ring halina") is likelier someone else than the name
    misheard: the words around it say nothing of who is meant."""
    for name in names:
        if not any(w == name or (w.endswith(name) and len(w) > len(name))
                   or w + after == name
                   for w, after in zip(words, (*words[1:], ""), strict=True)):
            return False
    return True
