"""A cue said after a clause of the speaker's own belongs to that clause, not to the taught
phrase said before both: "polish the marver, aries: a windfall awaits, it says", "cooldown,
oranges and lemons, say the bells of st clement's", "boil the kettle, we'll meet again,
don't know where", "annealer on, the answer's photosynthesis, duh".

A reporting clause, an elliptical clause and a comment said after a pause attach to the
clause said just before them (Quirk et al. 1985, "A Comprehensive Grammar of the English
Language", 14.29-14.31 on the reporting clause, which may follow what it reports and invert
its subject and verb, "said the cat"; 12.47 on a subject left out because the clause before
supplies it, "we'll meet again, don't know where"; 11.52 on interjections commenting on what
was just said). When that clause is a statement of its own beside the request (it passed
:func:`_clauses.aside`), the cue there reports, negates or comments on it, and the request
said before it is made as it would be alone. Read here, after such a clause:

- a reporting frame: a subject (a pronoun, or a determiner and a noun or two) and a verb of
  :data:`SAYING` ("it says", "my stars say"), or the verb first and its subject after ("say
  the bells of st clement's");
- a clause whose subject is left out: a negated operator before a lexical verb ("don't
  know where", "can't say when");
- one editing term said last that neither denies nor stops ("duh", "oops": the lexicon's
  ``self_repairs``, none of its words a cue of negation or cancellation nor a pro-form).

Said right after the phrase, each still reaches it: "reading mode, it says" quotes the
phrase, "reading mode, i don't think so", "reading mode, not now" refuse it. None may name a
taught word, a device, a time or a number, nor point back with a pro-form ("it" of "don't do
it"; the "it" of "it says" is the frame's own subject).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from teachapp.understanding._clause_shape import joined_cuts
from teachapp.understanding._cue_scope import BACK, people
from teachapp.understanding.normalize import Lexicon

__all__ = ["SAYING", "called_from", "carried", "ceased_own", "joined_within",
           "loose_joiners"]

Taught = Callable[[str], bool]

SAYING = frozenset({"say", "says", "said", "reckon", "reckons", "reads", "read", "goes",
                    "went", "claims", "claim", "predicts", "predict", "promises", "warns",
                    "tells", "told", "sang", "sings", "wrote", "writes"})
"""Verbs of saying that head a reporting clause ("it says", "my stars say", "said the
cat", "so the song goes"; Quirk et al. 1985, 14.29)."""
THINGS = frozenset({"it", "this", "that"})
"""Pronoun subjects of a reporting frame whose reporter is a text, not a person ("it
says"): a person who reports ("she said", "mum says") may have said the request too, so
such a frame is someone else's words of all before it."""
DETERMINERS = frozenset({"the", "my", "your", "his", "her", "our", "their", "a", "an",
                         "this", "that"})
OPERATORS = frozenset({"do", "does", "did", "can", "could", "will", "wo", "would", "should",
                       "must", "might", "shall", "is", "are", "am", "was", "were", "have",
                       "has", "had"})
"""Operators that a negator follows in a clause whose subject is left out ("don't know
where": Quirk et al. 1985, 3.21 on the operator)."""
POINTING = frozenset({"it", "that", "this", "so", "one", "them", "those", "these", "there"})
"""Pro-forms that may point back at the request ("don't do it", "not that one")."""
WH_WORDS = frozenset({"where", "when", "why", "how", "what", "who", "which"})
"""A wh-word said last in a clause that is negated stands for a question whose rest is
left out ("don't know where": sluicing, Ross 1969, "Guess who?"): it asks nothing of the
request, even when a home taught it ("where's my phone")."""
LONGEST = 7
"""Most words of a clause read here."""


def loose_joiners(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  connectives: frozenset[str]) -> list[bool]:
    """``free`` with a connective freed that is said last before a pause ("lights off and,
    leopold, where's ...": it joins what follows, it is no word of the phrase)."""
    out = list(free)
    for k in breaks:
        if 0 < k < len(toks) - 1 and toks[k] in connectives:
            out[k] = True
    return out


def joined_within(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                  stems: Sequence[str], exact: Mapping[tuple[str, ...], object],
                  lexicon: Lexicon, taught: Taught, not_names: frozenset[str],
                  ) -> tuple[frozenset[int], list[bool]]:
    """``breaks`` and ``free`` with the phrase parted from a clause of the speaker's own
    joined to it by "and" or "but" in the first stretch before a pause ("annealer on and
    it's the danube, you nitwit"), as :func:`_clause_shape.joined_cuts` parts them in an
    utterance said without one."""
    first = min(breaks, default=len(toks) - 1) + 1
    if first >= len(toks) or ("and" not in toks[:first] and "but" not in toks[:first]):
        return breaks, list(free)
    cuts, joiners = joined_cuts(toks[:first], free[:first], stems[:first], exact, lexicon,
                                taught, not_names)
    return breaks | cuts, [f or k in joiners for k, f in enumerate(free)]


def _content_ok(words: Sequence[str], lexicon: Lexicon, taught: Taught,
                not_names: frozenset[str]) -> bool:
    """Whether no word names a taught thing, a device, a time or a number."""
    return all(w.isalpha() and w not in lexicon.number_words
               and (w in lexicon.function_words or not (taught(w) or w in not_names))
               for w in words)


def _frame(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` are a reporting frame: "it says", "my stars say", "said the cat"."""
    if len(words) < 2:
        return False
    if words[-1] in SAYING:
        subject = words[:-1]
        if len(subject) == 1:
            return subject[0] in THINGS
        return (len(subject) <= 3 and subject[0] in DETERMINERS
                and all(w not in lexicon.function_words for w in subject[1:])
                and _no_person(subject[1:], lexicon))
    if words[0] in SAYING:
        # (inverted: the verb first, then a noun phrase with its determiner, "say the
        # bells of st clement's")
        return (len(words) > 2 and words[1] in DETERMINERS and words[1] not in POINTING
                and _no_person(words[2:], lexicon))
    return False


def _no_person(nouns: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether none of ``nouns`` is a noun of people or a given name ("my mum", "the kids":
    a person reports)."""
    persons = people(lexicon) | lexicon.given_names
    return all(w.rstrip("s") not in persons and w not in persons for w in nouns)


def _elliptical(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` are a negated clause whose subject is left out: an operator, "not",
    then a lexical verb ("do not know where"), no pro-form."""
    return (len(words) >= 3 and words[0] in OPERATORS and words[1] == "not"
            and words[2] not in lexicon.function_words and words[2] not in OPERATORS
            and POINTING.isdisjoint(words))


def _comment(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``words`` are one editing term that neither denies nor stops ("duh")."""
    if len(words) != 1 or (words[0],) not in lexicon.self_repairs:
        return False
    stopping = lexicon.cues.get("negation", frozenset()) | lexicon.cues.get(
        "cancellation", frozenset())
    return (words[0],) not in stopping and words[0] not in POINTING and words[0] not in (
        lexicon.function_words)


def carried(words: Sequence[str], lexicon: Lexicon, taught: Taught,
            not_names: frozenset[str], last: bool) -> bool:
    """Whether the clause ``words``, said after a clause of the speaker's own (not right
    after the phrase), is a reporting frame, an elliptical negated clause or a comment
    (``last``: said last) whose cue belongs to that clause (see the module docstring)."""
    if not words or len(words) > LONGEST:
        return False
    if _elliptical(words, lexicon) and _content_ok(
            words[:-1] if words[-1] in WH_WORDS else words, lexicon, taught, not_names):
        return True  # (a wh-word last stands for a question left unsaid: "where")
    return _content_ok(words, lexicon, taught, not_names) and (
        _frame(words, lexicon) or (last and _comment(words, lexicon)))


CEASED_OBJECTS = frozenset({"me", "us", "him", "her", "my", "his", "your", "our",
                            "their"})
"""What opens the object of an -ing verb whose doer is told to stop ("stop kicking *me*",
"quit pulling *my* hair"): a person or a thing of a person's."""


def ceased_own(words: Sequence[str], free: Sequence[bool], lexicon: Lexicon,
               taught: Taught) -> list[bool]:
    """``free`` with a verb of stopping freed whose object is an activity of its own: an -ing
    verb and its object, a person ("stop kicking me", "quit poking me"). The catenative
    verb's -ing complement is a clause of its own (Quirk et al. 1985, 16.39-16.40), so what
    is stopped is that, not the request beside it; "stop it", "stop doing that", "stop
    playing", "stop the lights" still cancel (:data:`_cue_scope.BACK`, no object, a
    taught word)."""
    stopping = lexicon.cues.get("cancellation", frozenset())
    out = list(free)
    for k in range(len(words) - 2):
        verb, obj = words[k + 1], words[k + 2:]
        if ((words[k],) in stopping and len(verb) > 4 and verb.endswith("ing")
                and verb not in lexicon.function_words and not taught(verb)
                and (verb,) not in stopping and obj[0] in CEASED_OBJECTS
                and BACK.isdisjoint(obj)
                and not any(taught(w) for w in obj if w not in lexicon.function_words)):
            out[k] = True
    return out


SOURCE_DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their"})


def called_from(words: Sequence[str], lexicon: Lexicon, taught: Taught,
                not_names: frozenset[str]) -> bool:
    """Whether ``words``, said last, place the speaker: "from" and a place of no taught word
    ("..., from the attic", "..., from upstairs"). "From" marks a source (Quirk et al. 1985,
    9.15), where the voice comes from, not which thing the request is for, which a
    position says ("fan on, in the loo" still asks which fan); a device kind, a time or a
    number after it may name what to take something from ("from the speaker", "from
    six"), and so does a word the home taught."""
    if len(words) < 2 or words[0] != "from":
        return False
    place = list(words[1:])
    if place[0] in SOURCE_DETERMINERS:
        place.pop(0)
    return (0 < len(place) <= 2 and all(w.isalpha() and w not in lexicon.function_words
                                        and w not in lexicon.number_words
                                        and not taught(w) and w not in not_names
                                        for w in place))
