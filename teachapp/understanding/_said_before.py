"""A sentence of its own said before a taught phrase: "twelve times four is forty eight.
sauna on", "fold in the egg whites gently. movie night", "four down, small songbird, wren.
water the ferns", "from ingrid: running late, save me a plate? sauna on", "council
approves new cycle lanes. water the ferns", "contents may settle, it says. reading mode".

A sentence is the largest unit of grammar: its clauses, and the negation, tense and
question of each, reach no further than its end (Quirk et al. 1985, "A Comprehensive
Grammar of the English Language", 2.1-2.2 on the sentence, 10.64 on the scope of
negation). What joins two sentences is cohesion, and cohesion is carried by words that
point across the boundary: a pro-form ("it", "that", "this", "so"), an ellipsis that
leaves its verb to be found beside it, a conjunct (Halliday & Hasan 1976, "Cohesion in
English", 1.1-1.3). So a sentence set off by sentence punctuation (. ? !) before the
phrase's sentence, which

- after the discourse markers, calls and courtesies that open it ("so", "right", "alexa",
  "please": the lexicon's ``openers``, ``vocatives``, ``addressees``, ``wake_words``),
  names nothing of the home (no word a home taught as a thing of it, as
  :mod:`_own_clause` reads them, no kind of device) and makes no
  request of the kind a home answers (no request word opening it: "ring mum. ..."; but
  one said to a person about their own thing, "take your receipt. ...", :mod:`_listeners_own`,
  or one whose other content words are all its own and none a request word, two at
  least, the verb in its general sense, "use promo code chatter at checkout. ...", or a
  colour adjective before a noun of its own, "red leather, yellow leather. ...");
- says something of its own: two content words of its own at least (numbers and times
  apart), or a relation between numbers of its own (a sum: two numbers and a word of its
  own or "be" between them, "eighty take away thirty, fifty", "nine and six, that's
  fifteen");
- has no pro-form that may point at the request: "it", "that", "them", "one" only after
  a word of the sentence's own they may point back to ("nine and six, that's fifteen"),
  or "it" as the subject of a verb of saying, the text being read ("it says ...",
  "contents may settle, it says"); "this" and "these", which may point forward (Halliday &
  Hasan 1976, 2.4.2 on cataphoric "this"), only before a noun;
- has no cue whose scope may be the utterance: no negation before the sentence has a
  subject word of its own ("no.", "don't.", "not now."), but "no" before a noun of its
  own ("no regrets", a local negation: Quirk et al. 1985, 10.58) or a verb negated with
  an object of its own ("couldn't find the gate."), no cancellation but of a subject
  or an object of its own ("the ferry was cancelled", "stop the presses"), no
  hypothetical, no condition but a final one after a main clause of its own ("click
  once the hazard develops.", 15.17), no saying with nothing said ("she told me.");

is a turn of its own, and the phrase's sentence is judged as it would be alone. "Oh, and"
ends a sentence too, written with no mark or a comma ("transaction complete oh and relax
mode", "clubcard holders earn extra points, oh and laundry is done"): the interjection
is an utterance of its own (Quirk et al. 1985, 11.54) and "and" after it launches the
speaker's next move, an afterthought (Biber et al. 1999, "Longman Grammar of Spoken and
Written English", 14.3.1.1 on "oh", 14.3.4 on "and" as an utterance launcher). Only after
a sentence with no personal subject and no cue, though: "and" may join the phrase to it
as a second object of its verb or in the scope of its cue ("we loved the pizza, oh and
movie night", "cancel the order oh and movie night": 13.69 on coordinated noun
phrases). So does "then" (or "and then") said before the next move with no mark or a
comma, on the same terms ("purl it all then tea time", "treehouse secured, then lock the
shed"): the conjunct of time sequence that launches what is done next (Quirk et al.
1985, 8.137 and 13.21 on "then" between clauses; Biber et al. 1999, 10.3.1.2); not
"then" as an adverb of its own phrase ("back then", "since then", "now and then"), nor
after a sentence it may carry the phrase in ("we had pizza then movie night", "cancel
the order then movie night"), nor after a request of its own, which "then" joins to the
phrase as a second request ("descale the iron then focus mode", "wash the car. then
movie night": :func:`_second_request.request_then`). A sentence
that opens with an adverbial set off by a comma (a clause of condition or time, "if you
are seated by a hatch, ...", "when the light is on, ...", or a phrase of time or place,
"before takeoff, ...") and goes on with a clause of its own has that clause for the
adverbial's matrix (Quirk et al. 1985, 8.14 and 15.17 on the initial adverbial, which
bears on the clause it is set before): the condition, the time or the question word is
bound inside the sentence, so the sentence is read by its main clause, and by the
adverbial only for a thing of the home or a device. What is
still stopped: "we had reading mode yesterday. it was great" (the home named first), "no.
not reading mode", "is it on? reading mode" (a pro-form), "turn off reading mode.
reading mode", a question about the phrase said first, and a story whose next sentence
is the phrase in the past (judged alone, it is still a story). A question that asks its
listener what they want ("what'll it be, luv?", "would you like fries with that?") is
someone else's line and a turn of its own too (:mod:`_choice_asked`). A phrase heard with
errors in its sentence runs only when the whole utterance's reading named it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._choice_asked import choice_asked
from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding._home_object import asks_home
from teachapp.understanding._listeners_own import listeners_own
from teachapp.understanding._own_clause import taught_thing, time_words
from teachapp.understanding._second_request import asks_before, request_then, second_request
from teachapp.understanding.conjunctions import (
    ADDITIVE_PATTERN,
    CONDITIONAL,
    TEMPORAL,
    TIME_PREPOSITIONS,
)
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["cue_at", "heard_alone", "opened_words", "own_word", "said_before"]

Taught = Callable[[str], bool]

_SENTENCE_END = re.compile(r"[.?!]+(?=\s+\S)")
"""Sentence punctuation with more said after it (a decimal point has no space after it)."""
_AFTERTHOUGHT = re.compile(r",?\s+(?=oh,?\s+and\s+\S)")
"""The pause (a comma or none) before an afterthought's "oh, and" said after more."""
_AND_NEXT = re.compile(rf"\s*{ADDITIVE_PATTERN}\b", re.IGNORECASE)
"""A sentence after another that opens with "and", "plus" or "as well as" (a second
request may be so joined: :data:`conjunctions.ADDITIVE`)."""
_THEN_NEXT = re.compile(r"\s*(?:and\s+)?(?:then|after\s+that|afterwards)\b", re.IGNORECASE)
"""A sentence after another that opens with "then" or "after that" (the next request)."""
_NEXT = re.compile(r",?\s+(?=(?:and\s+)?then\s+\S)")
"""The pause (a comma or none) before a "then" that opens the speaker's next move said
after more ("purl it all then tea time"); not one set off by a comma after it, which
closes a formula of its own ("go on then, ...": Quirk et al. 1985, 8.137 on the
conclusive "then")."""
NOT_NEXT = frozenset({"since", "until", "till", "by", "from", "back", "now", "just", "even",
                      "only", "but", "what", "before", "after", "and", "right", "well"})
"""Words before "then" that make it an adverb of its own phrase ("since then", "back then",
"now and then", "even then", "but then"), no sequence of moves."""
_ENDED = re.compile(r"[.?!]\s*$")
LONGEST = 24
"""Most words of the sentences read before the phrase (a longer run is a story)."""
SAYING = frozenset({"says", "said", "reads", "read", "say"})
"""Verbs of saying whose subject "it" is a text being read out ("it says ...",
"fragile, it says"; Quirk et al. 1985, 14.29 on the reporting clause)."""
POINTING = frozenset({"it", "its", "that", "them", "one", "ones", "so", "again", "another",
                      "same", "too", "either", "already", "instead"})
"""Pro-forms and adverbs that may point back at what was said (Quirk et al. 1985, 12.8 on
pro-forms, 8.51 on "already"); read as pointing into their own sentence only after a word
of its own."""
FORWARD = frozenset({"this", "these", "those", "here"})
"""Demonstratives that may point forward at the request (cataphora)."""
SCOPED = ("hypothetical", "conditional")
"""Cues whose scope is a whole utterance wherever they stand."""
ADVERBIAL_OPENERS = CONDITIONAL | TEMPORAL | TIME_PREPOSITIONS
"""Words that open an adverbial set before a clause: the conditional and temporal
subordinators (Quirk et al. 1985, 14.12) and the prepositions of time and place (9.15)."""
BOUND_CUES = ("conditional", "question", "hypothetical")
"""Cues an initial adverbial may hold that bear on its matrix clause only ("if ...",
"when ...": a condition, a time asked or supposed); a negation, a cancellation or
someone else's words there are read as in any sentence."""
STANCE = frozenset({"maybe", "perhaps", "possibly", "probably", "only", "just", "even",
                    "especially", "except", "apart", "mostly", "definitely", "certainly",
                    "but", "unless", "otherwise", "else"})
"""Adverbs of stance and focus (Quirk et al. 1985, 8.116-8.127 and 8.127-8.131) that may
stand before a condition alone and bear it on the request ("maybe if the kids sleep.
..."): no main clause of the sentence's own."""
_COMMA = re.compile(r",\s+")


def _has(words: Sequence[str], cue: tuple[str, ...]) -> int:
    """Where ``cue`` first opens in ``words``, or -1."""
    n = len(cue)
    for k in range(len(words) - n + 1):
        if tuple(words[k:k + n]) == cue:
            return k
    return -1


def cue_at(words: Sequence[str], lexicon: Lexicon, kind: str) -> list[tuple[int, int]]:
    """(where, how long) of each cue of ``kind`` said in ``words``.
    Public: :mod:`_unmarked` and :mod:`_carried_line` find cues so."""
    found = []
    for cue in lexicon.cues.get(kind, ()):
        k = _has(words, cue)
        if k >= 0:
            found.append((k, len(cue)))
    return found


def own_word(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """A content word of the sentence's own: no function word, pronoun, pro-form,
    number, time or word a home taught.
    Public: :mod:`_paused` and :mod:`_carried_line` take a word of the sentence's own so."""
    return shape.content_word(word, lexicon, taught) and word not in time_words() and not (
        word in POINTING or word in FORWARD)


def _number(word: str) -> bool:
    return word.isdigit()


@lru_cache(maxsize=1)
def _devices() -> frozenset[str]:
    """The built-in commands' words for kinds of device ("lamp", "heater", "blinds")."""
    return frozenset(w for words in default_vocabulary().kind_words.values() for w in words)


def opened_words(words: Sequence[str], lexicon: Lexicon) -> Sequence[str]:
    """``words`` after the discourse markers, calls and courtesies that open them ("so nine
    and six is fifteen", "alexa, play some jazz", "please, ...").
    Public: :mod:`_carried_line` reads a sentence after its opening so."""
    calls = lexicon.openers | lexicon.vocatives | lexicon.addressees | lexicon.courtesy
    k = 0
    while k < len(words) - 1:
        woken = next((len(w) for w in lexicon.wake_words if tuple(words[k:k + len(w)]) == w
                      and k + len(w) < len(words)), 0)
        if not woken and words[k] not in calls:
            break
        k += woken or 1
    return words[k:]


GENERAL_OBJECTS = 2
"""Content words of its own, none a request word, that show a request verb said first in
its general sense."""


def _general_sense(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether a sentence opening with a request word uses that word in its general sense:
    every other content word is one of its own and none a request word, and there are
    :data:`GENERAL_OBJECTS` of them at least ("use promo code chatter at checkout"). A
    request of the assistant names what the assistant does with a request word too ("ring
    mum" names one thing, "play the party anthem", "set an alarm", "add eggs to the
    list": the words of the crowd-written requests, ``Lexicon.request_words``)."""
    rest = [w for w in words[1:] if w not in lexicon.function_words]
    return (len(rest) >= GENERAL_OBJECTS and all(own_word(w, lexicon, taught) for w in rest)
            and lexicon.request_words.isdisjoint(rest))


COLOUR_NOUNS = frozenset({"colour", "color", "colours", "colors", "coloured", "colored", "hue",
                          "tint"})
"""The words of the lexicon's ``colour`` concept that name colour itself (nouns and verbs:
"tint the glass"); the rest are colour adjectives ("red", "golden")."""


def _premodifier(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether a sentence opening with a request word opens with a colour adjective before
    a noun of its own ("red leather, yellow leather"): a premodifier in a noun phrase
    (Quirk et al. 1985, 7.3 on the attributive adjective), no verb of a request. A colour
    is a request word as the value a request sets ("turn the lamp red"), never as the verb
    that makes one."""
    colours = lexicon.concepts.get("colour", frozenset()) - COLOUR_NOUNS
    return len(words) > 1 and words[0] in colours and own_word(words[1], lexicon, taught)


def local_no(words: Sequence[str], k: int, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words[k]`` is "no" as the negative determiner of a noun of the sentence's
    own ("no regrets", "no exceptions"): a local negation, whose scope is its noun phrase
    (Quirk et al. 1985, 10.58), not a formula of response that refuses or waves off ("no
    way", "no thanks", "no need": the lexicon's ``clause_shape.responses``), a negative
    comparative ("no more"), "no" said to someone by name ("no, ottilie, ...") nor one
    before a word of the request ("no stories in bed")."""
    if words[k] != "no" or k + 1 >= len(words):
        return False
    noun = words[k + 1]
    return (own_word(noun, lexicon, taught) and noun not in shape.shape_section().responses
            and noun not in COMPARATIVES and noun not in lexicon.given_names
            and not any(taught(form) for form in _singular(noun)))


COMPARATIVES = frozenset({"more", "longer", "further"})
"""Words that make "no" a negative comparative, "no more ...", "no longer ...", which
bears on what follows it however far (Quirk et al. 1985, 10.59)."""


def _singular(noun: str) -> tuple[str, ...]:
    """The singular forms a plural ``noun`` may have ("stories": "story"), so a plural of a
    word the home taught is read as that word: "no stories in bed" bans "story time"."""
    if noun.endswith("ies") and len(noun) > 4:
        return (noun[:-3] + "y",)
    if noun.endswith("es") and len(noun) > 3:
        return (noun[:-2], noun[:-1])
    if noun.endswith("s") and len(noun) > 3:
        return (noun[:-1],)
    return ()


def own_sentence(words: Sequence[str], lexicon: Lexicon, taught: Taught, *,
                 joined: bool = False, then: bool = False) -> bool:
    """Whether ``words`` (one sentence said before the phrase) is a turn of its own in the
    shape of the module docstring; none when it is a second request joined by "and"
    (:mod:`_second_request`), opening with it or, ``joined``, before what opens with it,
    or, ``then``, a request before the "then" that opens what follows ("descale the iron
    then focus mode": :func:`_second_request.request_then`)."""
    said, words = words, opened_words(words, lexicon)
    if not words or taught_thing(words, lexicon, taught) or not (
            _devices().isdisjoint(words)) or asks_home(words):
        return False  # (nor a directive about a room or an appliance: :mod:`_home_object`)
    if second_request(said, lexicon, taught, joined=joined) or (
            then and request_then(said, lexicon, taught)):
        return False  # (after "and": "..., and renew my passport"; before "then": "descale
        # the iron then ...": :mod:`_second_request`)
    if words[0] in lexicon.request_words and not listeners_own(words, lexicon, taught) and not (
            _general_sense(words, lexicon, taught) or _premodifier(words, lexicon, taught)):
        return False  # (a request said first: "ring mum. ..."; not one said to a person
        # about their own thing, "take your receipt. ...": :mod:`_listeners_own`)
    own = [own_word(w, lexicon, taught) for w in words]
    numbers = sum(map(_number, words))
    if sum(own) < 2 and not (numbers >= 2 and (any(own) or not shape.BE.isdisjoint(words))):
        return False  # (nothing said of its own: "no.", "at seven.", "can you?"; a sum is:
        # "seventeen and thirteen, that's thirty")
    for k, w in enumerate(words):
        before = any(own[:k]) or any(map(_number, words[:k]))
        if w in FORWARD and not (k + 1 < len(words) and own[k + 1]):
            return False  # ("i can't wait for this. ...")
        if w in POINTING and not before and not (
                w == "it" and k + 1 < len(words) and words[k + 1] in SAYING):
            return False  # ("did you do it? ...", "i love it. ...")
    if any(not (kind == "conditional" and _final_adverbial(words, own, k, n))
           for kind in SCOPED for k, n in cue_at(words, lexicon, kind)):
        return False
    for k, n in cue_at(words, lexicon, "negation"):
        after = words[k + n:]
        if not any(own[:k]) and not local_no(words, k, lexicon, taught) and not (
                len(after) >= 3 and own[k + n] and after[1] in shape.NP_DETERMINERS
                and own[k + n + 2]):
            return False  # ("no. ...", "not now. ...", "i don't want to. ..."; not a
            # verb negated with an object of its own, "couldn't find the gate. ...", whose
            # negation reaches no further than its clause: Quirk et al. 1985, 10.64)
    for k, n in cue_at(words, lexicon, "cancellation"):
        after = words[k + n:]
        if not any(own[:k]) and not (
                len(after) >= 2 and after[0] in shape.NP_DETERMINERS and own[k + n + 1]):
            return False  # (a cancellation of no subject or object of its own: "stop. ...";
            # not "the ferry was cancelled", "stop the presses")
    for k, n in cue_at(words, lexicon, "reported"):
        if not any(own[k + n:]):
            return False  # (a saying with nothing said: "she told me. ...")
    return True


def _final_adverbial(words: Sequence[str], own: Sequence[bool], k: int, n: int) -> bool:
    """Whether the condition at ``words[k]`` (``n`` words of cue) closes its sentence as
    a final adverbial of a main clause before it: a word of the sentence's own before
    it (no adverb of stance or in -ly, :data:`STANCE`), not after an adverbial that
    opens the sentence, and one of its own after it
    ("click once the hazard develops. ...": the clause of condition or time bears on
    its matrix clause in its sentence, Quirk et al. 1985, 15.17 and 8.14; "after dinner
    once the plates are cleared. ..." has no main clause for it and bears on the
    request)."""
    return (any(o and not (w.endswith("ly") or w in STANCE)
                for w, o in zip(words[:k], own[:k], strict=True))
            and any(own[k + n:]) and words[0] not in ADVERBIAL_OPENERS
            and not any(w in time_words() for w in words[:k]))



def _bound_adverbial(text: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the sentence ``text`` opens with an adverbial set off by a comma, holding
    no thing of the home, no device and no cue but those of :data:`BOUND_CUES`, and goes
    on with a main clause that is a turn of its own (see the module docstring)."""
    cut = _COMMA.search(text)
    if cut is None or not text[cut.end():].strip():
        return False
    head, rest = text[:cut.start()], text[cut.end():]
    adverbial = opened_words(tokens(head, lexicon), lexicon)
    if len(adverbial) < 2 or adverbial[0] not in ADVERBIAL_OPENERS:
        return False
    if taught_thing(adverbial, lexicon, taught) or not _devices().isdisjoint(adverbial):
        return False
    for kind in lexicon.cues:
        if kind not in BOUND_CUES and cue_at(adverbial, lexicon, kind):
            return False
    return own_sentence(tokens(rest, lexicon), lexicon, taught)


def said_before(text: str, lexicon: Lexicon, taught: Taught) -> Iterator[str]:
    """What follows each run of sentences said first that are turns of their own (see the
    module docstring), shortest run first; nothing when the first sentence is none."""
    start = 0
    said = 0
    for end in _sentence_ends(text):
        words = tokens(text[start:end.start()], lexicon)
        said += len(words)
        if end.re is not _SENTENCE_END and _coordinable(words, lexicon):
            # ("oh, and" or "then" with no mark before it)
            return
        joined = end.re is _SENTENCE_END and _AND_NEXT.match(text, end.end()) is not None
        # ("wash the car. and movie night"; not the next move after "then", "... and then
        # water the ferns")
        then = end.re is _NEXT or _THEN_NEXT.match(text, end.end()) is not None
        last = text[start:end.start()].rsplit(",", 1)[-1]
        if said > LONGEST or not (own_sentence(
                words, lexicon, taught, joined=joined, then=then) or _bound_adverbial(
                text[start:end.start()], lexicon, taught) or (
                "?" in end.group() and choice_asked(words, lexicon))):
            return
        if asks_before(tokens(last, lexicon), lexicon, taught, joined=joined, then=then):
            # (a stretch of clauses is joined to the next by its last: "compass swung,
            # descale the iron, then focus mode", :func:`_second_request.asks_before`)
            return
        start = end.end()
        yield text[start:].strip()


def _coordinable(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the phrase after "oh, and" or "then" may be joined to ``words``: a
    personal subject, whose verb may take it as a second object ("we loved the pizza oh
    and movie night"), or any cue of the lexicon, whose scope may reach it through the
    coordination ("cancel the order oh and movie night", "the match was over oh and ...":
    Quirk et al. 1985, 13.69 on coordinated noun phrases sharing their clause)."""
    return not shape.PRONOUN_SUBJECTS.isdisjoint(words) or any(
        cue_at(words, lexicon, kind) for kind in lexicon.cues)


def _sentence_ends(text: str) -> Iterable[re.Match[str]]:
    """Each sentence end in ``text`` with more said after it, in order: its punctuation,
    or the pause before an afterthought's "oh, and" or a next move's "then" that follows
    none."""
    if "oh" not in text and "then" not in text:
        return _SENTENCE_END.finditer(text)
    ends = [*_SENTENCE_END.finditer(text), *(
        m for m in _AFTERTHOUGHT.finditer(text)
        if m.start() and not _ENDED.search(text, 0, m.start())), *(
        m for m in _NEXT.finditer(text)
        if m.start() and not _ENDED.search(text, 0, m.start())
        and _last_word(text, m.start()) not in NOT_NEXT)]
    return sorted(ends, key=lambda m: m.start())


def _last_word(text: str, end: int) -> str:
    """The last word of ``text`` before ``end``, lower case."""
    words = text[:end].split()
    return words[-1].lower().strip(",") if words else ""


def heard_alone(rest: str, reason: str, named: bool, lexicon: Lexicon) -> bool:
    """Whether a run of the phrase's sentence ``rest`` judged alone (for ``reason``) stands
    for the whole: said exactly, or heard with errors when the whole utterance's reading
    ``named`` the same routine and ``rest`` is no statement of the speaker's own (a subject
    pronoun and an operator: "i could meditationtime for you", whose words a misreading may
    have taken for the phrase)."""
    if reason == "exact":
        return True
    words = tokens(rest, lexicon)
    return named and not (len(words) > 1 and words[0] in shape.PRONOUN_SUBJECTS
                          and words[1] in shape.CLAUSE_OPERATORS)
