"""A taught phrase said in the middle of a line of the speaker's own that carries on after
it, or said first with a line read off something after it: "knit two together, fan on,
purl two", "slip one, knit one, lights on, pass it over", "greek grapes, greek grapes.
ring oonagh, two magpies, fortuitous", "make coffee, rovers nil, wanderers three".

A pause (a comma, a full stop) parts the line into pieces. When one piece, read alone,
is a taught phrase said exactly, and what is said before it and what is said after
it are each a stretch of the speaker's own (:func:`_said_before.own_sentence`: two
content words of its own, no word a home taught, no device, no request word opening it, no
cue of negation, cancellation, condition or saying with nothing said), the request is read
as it would be alone. The readers that free one clause beside the phrase read one side at
a time; a phrase with a stretch on both sides is read here, each side by the same rule.

Cohesion runs backwards: a pro-form points at what was said before it (Halliday & Hasan
1976, "Cohesion in English", 2.4 on anaphora, cataphora being the marked case). So the
stretch said after the phrase is held to more than the one before it: no pro-form or
adverb that may point back at the phrase at all (:data:`_said_before.POINTING`, "lights
on, pass it over", "movie night, we had one already"; a demonstrative right before a
noun of the stretch's own is that noun's determiner, "..., this episode is sponsored by
..."), no question mark, no cue of past time, of someone else's words, of a question, of
negation (but "no" before a noun of its own, "..., no regrets") or of cancellation
anywhere in it (a clause whose object is left out may have the phrase for it: "movie night, my mum
doesn't want", "make coffee, rovers nil, my brother said"). The stretch
said before may hold a pro-form after a word of its own ("purl it all, ..."), as a
sentence said first may; no question mark ends it ("is it on? reading mode"), nor a colon,
which introduces what follows as the text it names ("caption for the snap: sunset scene";
Quirk et al. 1985, App. III.16 on the colon). Neither side may hold a verb of reading aloud or
of labelling (:mod:`_mentioned_text`: "sound out each word, fan on, brilliant" holds the
phrase up as text), and what frames the whole line as a text held up (:mod:`_taken_back`:
"what a caption, sunset scene, lovely") still takes it back. On either side, no piece opens
with a subordinator, whose clause is an adverbial of the phrase's ("when i get back on
friday, school morning"), or with an operator, a question or a condition by inversion
("should the power go off later, lights off"); no general noun points as a pro-form does
("right then the other thing, movie night"); and no words withdraw or defer the request
("dinner time, hang fire a minute"). The piece of the phrase holds no reflexive ("tea time
myself": someone else does it), and does not go on with "and" after a comma, as the last
item of a list whose verb is said before it does ("i've done the recycling, game night
and the car wash today").
What the stretch is about decides, not its tense: "they've equalised" names nothing of the
home, so it is a story of something else; "we had movie night" names the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from teachapp.understanding import conjunctions
from teachapp.understanding._clause_shape import CLAUSE_OPERATORS, shape_section, verb_forms
from teachapp.understanding._cue_scope import OPERATORS, event_verbs
from teachapp.understanding._dislocated import without_resumed
from teachapp.understanding._joined_onward import without_onward_joiner
from teachapp.understanding._mentioned_text import LABELLING, READING_ALOUD
from teachapp.understanding._own_clause import PAST_BE, own_statement
from teachapp.understanding._said_before import (
    FORWARD,
    LONGEST,
    POINTING,
    cue_at,
    local_no,
    opened_words,
    own_sentence,
    own_word,
)
from teachapp.understanding._second_request import asks_before
from teachapp.understanding._self_repair import repair_halts
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["CarriedLine", "carried_lines", "own_after", "own_before"]

Taught = Callable[[str], bool]

_PAUSE = re.compile(r"[,.;:!?]+(?=\s+\S)")
"""A pause mark with more said after it (a decimal point has no space after it)."""
_QUESTION_OR_COLON = frozenset("?:")
_SENTENCE_MARKS = frozenset(".!?")
COORDINATORS = frozenset({"and", "or"})
"""The coordinators that join the last item of a list to the rest ("A, B and C")."""
REFLEXIVES = frozenset({"myself", "ourselves", "yourself", "yourselves", "himself",
                        "herself", "themselves", "itself"})
"""Reflexive pronouns: said with the phrase, the emphatic reflexive says who does it
("tea time myself": Quirk et al. 1985, 6.24), someone other than the assistant."""
SUBORDINATORS = conjunctions.SUBORDINATORS | conjunctions.REASON_RESPELT
"""Words that open a subordinate clause, of time, condition, reason or concession (Quirk
et al. 1985, 14.12): such a clause is an adverbial of the clause beside it, the phrase's
("when i get back on friday, school morning")."""
FIRST_OPERATORS = OPERATORS | CLAUSE_OPERATORS
"""An operator said first opens a question or a condition by inversion ("should the power
go off later, lights off": Quirk et al. 1985, 15.36), which bears on what follows."""
_PIECES = re.compile(r"[,.;:!?]+")
AFTER_CUES = ("past", "reported", "question", "negation", "cancellation")
"""Cues that, said after the phrase, may be about it wherever they stand in the stretch (a
negation but "no" before a noun of the stretch's own: :func:`_said_before.local_no`)."""
AFTER_CUES_BUT_NEGATION = tuple(c for c in AFTER_CUES if c != "negation")
BEFORE_CUES = ("reported", "negation", "hypothetical", "conditional")
"""Cues that, said before the phrase, frame what follows them: someone else's words ("she
said, hang on, movie night"), a denial, a supposition, a condition. (A past is the
speaker's own story there, "sorry, i was miles away, shower time"; and "off" of a
cancellation may be a particle of the speaker's own, "i clocked off early, dinner time".)"""


_AND_FIRST = re.compile(r"(?:and|plus)\b", re.IGNORECASE)
_NEXT_FIRST = re.compile(r"(?:and\s+)?(?:then|after\s+that|afterwards)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CarriedLine:
    """One way to read a line: the stretch said before the phrase, the piece that may be
    the phrase, and the stretch said after it (either stretch may be empty)."""

    before: str
    phrase: str
    after: str
    sentence_before: bool = False
    """Whether a sentence ends just before the phrase (. ! ?), not a comma or the like."""
    onward: str = ""
    """The piece of the phrase and all said after it, pauses and all."""
    upto: str = ""
    """All said before the piece of the phrase and the piece, pauses and all."""

    @property
    def joined(self) -> bool:
        """Whether the piece opens with "and", joining it to what was said before ("knit a
        scarf, and reading mode")."""
        return _AND_FIRST.match(self.phrase) is not None

    @property
    def then(self) -> bool:
        """Whether the piece opens with "then" or "after that", putting it after what was
        said before ("descale the iron, then focus mode")."""
        return _NEXT_FIRST.match(self.phrase) is not None


def carried_lines(text: str) -> Iterator[CarriedLine]:
    """Every piece of ``text`` between pauses that may be the phrase, with the stretches
    said before and after it, first piece first. The phrase is one piece: a reading of
    several would judge a clause beside the phrase apart from what follows it ("make
    coffee, the neighbours want it, tough luck")."""
    cuts = [(m.start(), m.end(), m.group()) for m in _PAUSE.finditer(text)]
    if not cuts:
        return
    # (piece k runs from starts[k] to ends[k]; the mark after it is marks[k])
    starts = [0, *(end for _, end, _ in cuts)]
    ends = [*(start for start, _, _ in cuts), len(text)]
    marks = [*(mark for _, _, mark in cuts), ""]
    n = len(starts)
    for i in range(n):
        before = text[:ends[i - 1] + len(marks[i - 1])].strip() if i else ""
        if "?" in marks[i] or (i and not _QUESTION_OR_COLON.isdisjoint(marks[i - 1])):
            continue  # (a question about the phrase, one said just before it, or a
            # colon that introduces the phrase as what it names: "caption: sunset")
        yield CarriedLine(before, text[starts[i]:ends[i]].strip(),
                          text[starts[i + 1]:].strip() if i + 1 < n else "",
                          bool(i) and not _SENTENCE_MARKS.isdisjoint(marks[i - 1]),
                          text[starts[i]:].strip(), text[:ends[i]].strip())


def _cued(words: list[str], lexicon: Lexicon, kinds: tuple[str, ...]) -> bool:
    for kind in kinds:
        for cue in lexicon.cues.get(kind, ()):
            n = len(cue)
            if any(tuple(words[k:k + n]) == cue for k in range(len(words) - n + 1)):
                return True
    return False


def phrase_piece(line: CarriedLine, piece: list[str], phrase: list[str]) -> bool:
    """Whether ``piece`` (the words of ``line.phrase``) may stand for the taught
    ``phrase`` in the line: no reflexive said with it, and, after only a comma, no
    coordinator beyond the phrase's own said after its first word (one said first joins
    the piece to what went before: "converted chapel, high ceilings, and fireplace on";
    one said last joins it to what follows, :mod:`_joined_onward`), which would make the
    pieces items of one list whose verb may be said before ("i've done the recycling, game
    night and the car wash today": Quirk et al. 1985, 13.29 on commas and the coordinator
    in a list)."""
    if not REFLEXIVES.isdisjoint(piece):
        return False
    # (a coordinator said last joins the piece to what follows: "heating on and, a glassie,
    # ricocheted", :mod:`_joined_onward`)
    piece = without_onward_joiner(piece)
    k = 0
    while k < len(piece) and piece[k] in COORDINATORS:
        k += 1  # (one said first joins the piece to what was said before: "..., and X")
    joined = sum(w in COORDINATORS for w in piece[k:]) > sum(
        w in COORDINATORS for w in phrase)
    return not (joined and line.before and not line.sentence_before)


def _about_words(words: list[str], taught: Taught) -> bool:
    """Whether ``words`` hold a verb of reading aloud or of labelling, which makes the
    phrase beside them a text held up, not a request ("sound out each word, ...")."""
    return any(stem(w) in READING_ALOUD or stem(w) in LABELLING for w in words
               if not taught(w))


def _bears(text: str, words: list[str], lexicon: Lexicon) -> bool:
    """Whether a piece of ``text`` opens with a subordinator or an operator, or ``words``
    hold a general noun, which points back as a pro-form does ("right then the other
    thing, ...": Halliday & Hasan 1976, 6.4), or what withdraws or defers a request
    ("hang fire a minute", "not yet": the lexicon's ``repair_halts``)."""
    for piece in _PIECES.split(text):
        said = opened_words(tokens(piece, lexicon), lexicon)
        if said and (said[0] in SUBORDINATORS or said[0] in FIRST_OPERATORS):
            return True
    if not shape_section().general_nouns.isdisjoint(words):
        return True  # (a general noun points as a pro-form does: "the other thing")
    return any(tuple(words[k:k + len(halt)]) == halt for halt in repair_halts() if halt
               for k in range(len(words) - len(halt) + 1))


def own_before(text: str, lexicon: Lexicon, taught: Taught, *, joined: bool = False,
               then: bool = False) -> bool:
    """Whether ``text``, said before the phrase, is a stretch of the speaker's own;
    ``joined``: the phrase's piece opens with "and", so a request of its own before it is
    a second request (:mod:`_second_request`); ``then``: with "then", so such a request
    is the first of two; either judged of the clause said last, which the joiner joins
    (:func:`_second_request.asks_before`)."""
    if not text:
        return True
    words = tokens(text, lexicon)
    pieces = [p for p in _PIECES.split(text) if p.strip()]
    if (joined or then) and pieces and asks_before(tokens(pieces[-1], lexicon), lexicon, taught,
                                                   joined=joined, then=then):
        return False
    return (len(words) <= LONGEST and not text.rstrip().endswith("?")
            and not _about_words(words, taught) and not _bears(text, words, lexicon)
            and not _cued(words, lexicon, BEFORE_CUES)
            and own_sentence(words, lexicon, taught, joined=joined, then=then)
            and not _judged_before(text, lexicon, taught))


def _judged_before(text: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``text`` is one clause that says "was" or "were" in a shape
    :mod:`_own_clause` does not read as the speaker's own: a thing judged in the past, said
    just before the phrase, may be the request under another name ("the film was great,
    movie night"), where "i was miles away" is a story of the speaker's own. Said within a
    longer stretch of the speaker's own (a note dictated: "dear pilkingtons, the fudge was
    scrumptious, then ...") it is part of that stretch."""
    pieces = [p for p in _PIECES.split(text) if p.strip()]
    if len(pieces) != 1:
        return False
    said = tokens(pieces[0], lexicon)
    return not PAST_BE.isdisjoint(said) and not own_statement(said, lexicon, taught)


DEMONSTRATIVE_DETERMINERS = frozenset({"this", "these", "those"})
"""Demonstratives that, right before a noun, are its determiner (Quirk et al. 1985, 6.40)."""


def _pointing_demonstrative(words: list[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` hold a demonstrative that may point back at the phrase: one alone
    ("lights on, this is great"), or "here"; one right before a noun of the stretch's own
    is that noun's determiner and points at it ("..., this episode is sponsored by ...")."""
    for k, w in enumerate(words):
        if w not in FORWARD:
            continue
        if w not in DEMONSTRATIVE_DETERMINERS or k + 1 >= len(words):
            return True
        if not own_word(words[k + 1], lexicon, taught):
            return True
    return False


def own_after(text: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``text``, said after the phrase, is a stretch of the speaker's own that
    points nowhere back at it."""
    if not text:
        return True
    words = tokens(text, lexicon)
    # (a pronoun that takes up a noun phrase said just before it points at that: "a prod,
    # it's clinging on", :mod:`_dislocated`)
    if (len(words) > LONGEST or "?" in text
            or not POINTING.isdisjoint(without_resumed(text, lexicon, taught))
            or _pointing_demonstrative(words, lexicon, taught) or _about_words(words, taught)
            or _bears(text, words, lexicon)):
        return False
    if not words:
        return True  # (marks only: nothing of the speaker's own, nothing that points back)
    if not words[-1].endswith("ing") and not event_verbs().isdisjoint(verb_forms(words[-1])):
        # (a verb whose object is left out may be the request: "the kids watched"; an -ing
        # form last is a noun's, "nifty keeping")
        return False
    if any(not local_no(words, k, lexicon, taught) for k, _ in cue_at(words, lexicon, "negation")):
        return False  # (not "no" before a noun of its own: "..., no regrets")
    return not _cued(words, lexicon, AFTER_CUES_BUT_NEGATION) and own_sentence(
        words, lexicon, taught)
