"""A phrase said as text rather than as a request: captioned, read out, quoted, guessed,
or given as an answer.

A request uses its words; a mention names them (Quine 1940, 4, on use and mention; Saka
1998 on quotation without quotation marks). Speech has no quotation marks, but a frame
before the phrase, or a question after it, can say that its words are held up as a string
to be labelled, read, quoted or judged. The shapes, read by word class, not by any game's words:

- **labelling**: a verb or noun of labelling in the frame before the phrase ("i'll caption
  this photo ...", "headline for the post: ...", "hashtag ..."): the denominal verbs of
  putting a name or text on a thing, beside the "dub" verbs of Levin 1993, 29.3; the
  phrase is the label's text. A past form of such a verb ("captioned", "labelled")
  frames the phrase only in the naming construction, the verb, its object, "hashtag"
  or "as" or nothing, then the phrase ("my daughter captioned her photo hashtag X", as
  "she called it X"): said elsewhere, it tells a story of the speaker's own, a request
  free to follow ("i labelled the jars yesterday, lights on");
- **read-out**: a verb of reading, spelling or saying aloud with a cataphoric object
  ("it", "this", "these", "after me", "with me", "out") in the frame before the phrase
  ("try reading it slowly: ...", "say it with me: ...", "spell this: ..."): the object
  points forward to the text that follows (Quirk et al. 1985, 19.50 on cataphoric "it"
  and "this"), which is read, not asked for;
- **guess**: the phrase followed by a polar question with the speaker as subject of "be"
  ("..., am i warm?", "..., am i close?"): a check of the speaker's answer, which asks
  whether the phrase is right (Quirk et al. 1985, 11.5), not for it to be done;
- **answer**: a noun of what answers a guess (a riddle's, a quiz's, a joke's: "answer",
  "hint", "clue", "solution", "punchline") as the subject of "be" right before the phrase
  ("the answer is ...", "the answer's ...", "hint, it's ..."): a specifying copula, whose
  complement says what the subject is (Quirk et al. 1985, 16.45 on identifying "be"),
  so the phrase names the answer and is mentioned, not asked for. "it's X" alone, or after
  a clause of the speaker's own, keeps its situation "it" ("friday at last, it's movie
  night" asks); only the noun of answering set just before it makes "it" that answer.
  A noun of words said or written (:data:`WORDS`: "line", "words", "lyric", "quote")
  is such a subject too ("his words were ..."), and so is a noun phrase of either noun
  said just before "it's", "it" its anaphor ("i keep forgetting my line in the play,
  it's ..."), or said as a question of its own right before the phrase, a determiner
  and the noun, the answer after it ("his very first words? ...": an elliptical
  question, Quirk et al. 1985, 11.44, whose reply is the phrase).

- **quoted**: a noun, then "that" or "which" and a verb of quoting, the colloquial "goes"
  or "went" (and "like" after it, or nothing) or "says", "said", "reads", "read", right
  before the phrase ("i downloaded a ringtone that goes ...", "the song which went like
  ...", "a bumper sticker that reads ..."): a relative clause of a thing that says or
  shows words (Tagliamonte and D'Arcy 2004 on "go" and "be like" as quotatives; "read" of
  a text's wording, Levin 1993, 37.7), whose complement is the words said, not a request.
  "it goes" ("that's how it goes, lights off") and such a verb after no relative pronoun
  are left alone, but for "reads": the present of "read" with a noun for its subject
  right before the phrase ("the old headstone in the churchyard reads X", "the sign on
  the gate reads X") can only report a text's wording, never a request or a person's
  words (which "says" may be: "grandad says please X" asks, relayed); so, with a
  determiner before their subject, do :data:`TEXT_SHOWN`'s "read", "repeats" and "went"
  ("the aeroplane banner over the stadium read X", "the picture book from the library
  repeats X", "the ouija board went X"), while "alexa read X" is left alone;
- **cast**: the phrase followed at once (no pause) by "as", a determiner or none, and a
  noun of :data:`ROLES` ("we're doing X as the theme", "we picked X as our password"):
  "as" gives the phrase the role the noun names (Quirk et al. 1985, 16.48 on "as" with a
  role complement), so the phrase is a string chosen for that role, not a request. After
  a pause ("X, as the name says") it is left alone.

Left alone: a word of the class inside the phrase ("reading mode", "read me the news",
"label maker on", "subtitles on" when taught; the phrase's own words are never frame), a
reading verb with no forward object ("as i say, lights out", "what am i saying, tv
on"), and a question with "i" that is not after the phrase.
"""

from __future__ import annotations

import itertools
import re

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._whole_word import spans
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import tokens

__all__ = ["TRIGGER", "heard_text_frame", "mentioned_text"]

LABELLING = frozenset({"caption", "subtitle", "headline", "tagline", "slogan", "motto",
                       "inscription", "title", "label", "tag", "retitle", "relabel",
                       "nickname", "christen", "rename"})
"""Verbs and nouns of labelling, as stems: what puts a text on a thing (the denominal
verbs of labelling and Levin 1993, 29.3 "dub" verbs). Left out: "call" (it opens
requests), "name" (a common noun), "dub" (a rhyme's sound, "rub a dub dub") and "hashtag"
(a dictated symbol, "hashtag tea time", as "full stop" is)."""
READING_ALOUD = frozenset({"read", "spell", "sound", "pronounce", "repeat", "say",
                           "recite", "sing"})
"""Verbs of reading, spelling and saying aloud, as stems (Levin 1993, 37.3 "manner of
speaking" and 37.7 "say" verbs, with "read" and "spell")."""
FORWARD = frozenset({"it", "this", "these", "after", "with", "out"})
"""Objects and particles that point forward to the text to be read: the cataphoric "it"
and "this", and "after me", "with me", "out" of the reading verb's particle use."""
OPERATORS = frozenset({"is", "was", "s", "are", "were", "has", "had", "have", "does", "did",
                       "will", "would", "can", "could", "may", "might", "shall", "should",
                       "must", "ll", "d"})
"""The operators (Quirk et al. 1985, 3.21): after one, "it" or "this" is the subject of a
new finite clause ("papa says it's time to ..."), not the reading verb's object."""
ANSWERING = frozenset({"answer", "hint", "clue", "solution", "punchline"})
"""Nouns of what answers a guess, as stems: the answer itself, a hint or clue toward it,
a joke's punchline."""
WORDS = frozenset({"word", "line", "lyric", "quote"})
"""Nouns of words said or written, as stems: an actor's line, someone's words, a song's
lyric (the labels, "caption", "slogan", are :data:`LABELLING`'s)."""
NAMING = ANSWERING | WORDS
DETERMINERS = frozenset({"the", "my", "his", "her", "our", "their", "your", "its", "a",
                         "an", "this", "that"})
"""Words that open the noun phrase of such a noun ("my line", "his very first words")."""
LONGEST_NOUN_PHRASE = 5
"""Most words of that noun phrase ("my line in the play", "his very first words")."""
QUOTING = frozenset({"goes", "went", "says", "said", "reads", "read"})
"""Verbs of quoting a thing's words, after a relative pronoun: the colloquial "go", and
"say" and "read" of what a text or sign shows."""
ROLES = frozenset({"theme", "topic", "password", "passcode", "codeword", "name", "motto",
                   "slogan", "title", "caption", "nickname", "answer", "catchphrase"})
"""Nouns of a role a string is chosen for, as stems (beside :data:`LABELLING`'s and
:data:`NAMING`'s, which are roles too): "X as the theme", "X as our password"."""
_ROLE_DETERMINERS = DETERMINERS - {"this", "that"}
_RELATIVE = frozenset({"that", "which"})
_READS = "reads"
"""The one verb of :data:`QUOTING` whose subject may be any noun: it reports a text."""
TEXT_SHOWN = frozenset({"read", "repeats", "went"})
"""Verbs whose subject, a noun phrase with a determiner, shows or sounds words: a text's
past ("the banner over the stadium read X"), a book's refrain ("the picture book
repeats X"), the colloquial "go" of a thing ("the ouija board went X"). With no
determiner ("alexa read X", "mum read X") they are left alone."""
_PAUSED_READS = re.compile(r"\b(?:reads|read|repeats|went)\s*[,;.!?]")
"""A pause after the verb (a colon only opens the quote): what follows may be a request."""
_NAMED_AS = frozenset({"hashtag", "as"})
"""What may stand between a labelling verb's object and the label: "hashtag" (the
label's symbol, said), "as" ("tagged it as ...")."""
_JOINERS = frozenset({"and", "so", "then", "now", "but", "because", "or"})
"""Words that join a clause of the speaker's own to the phrase ("i labelled the jars so
lights on"): the labelling verb's object ends before them."""
_BE = frozenset({"is", "was", "be", "are", "were"})
BE_FIRST = ("am i", "are we")
"""The polar question of "be" with the speaker as subject."""
_CHECK = re.compile(r"\b(?:am i|are we) (?!\w+ing\b)(\w+)\s*[?!.,]*\s*$|\b(?:am i|are we) "
                    r"(?!\w+ing\b)\w+\s*\?")
"""That question with one word for its complement, not an -ing form ("am i warm?", not
"am i doing this right?"), ending the text or asked with a question mark."""

_LABEL = re.compile(r"\b(?:capt|subt|headl|tagl|slog|mott|inscr|titl|retit|label|relab|tag"
                    r"|nickn|christ|renam)")
_READ = re.compile(r"\b(?:read|spell|sound|pronounc|repeat|say|recit|sing)")
_ANSWER = re.compile(r"\b(?:answer|hint|clue|solution|punchline|word|line|lyric|quote)")
_GO = re.compile(r"\b(?:that|which) (?:goes|went|says|said|reads|read)\b"
                 r"|\w (?:reads|read|repeats|went)\b")
_AS = re.compile(r"(?<![,;:.!?])\s+as\s+(?:(?:the|a|an|my|his|her|our|their|your|its)\s+)?"
                 r"(?:theme|topic|passw|passc|codew|name|motto|slogan|titl|capt|nickn|answer"
                 r"|catchphr)")
_CUE = re.compile(_LABEL.pattern + "|" + _READ.pattern + "|" + _ANSWER.pattern
                  + r"|\b(?:am i|are we)\b|" + _GO.pattern)
"""Five shapes' words in one scan; the sixth, :data:`_AS`, is scanned apart, and only when
"as" is there (led by a look behind and a space, it was tried at every position of the
text: four fifths of the scan's cost)."""
TRIGGER = Trigger(
    words=frozenset({"am", "are", "goes", "went", "says", "said", "reads", "read", "repeats",
                     "as"}),
    starts=("capt", "subt", "headl", "tagl", "slog", "mott", "inscr", "titl", "retit", "label",
            "relab", "tag", "nickn", "christ", "renam", "read", "spell", "sound", "pronounc",
            "repeat", "say", "recit", "sing", "answer", "hint", "clue", "solution",
            "punchline", "word", "line", "lyric", "quote"))
"""What :func:`heard_text_frame` needs (:mod:`_trigger`): a word a shape of :data:`_CUE`
starts with (:data:`_LABEL`, :data:`_READ`, :data:`_ANSWER`), or one it holds whole ("am i",
"are we", :data:`_GO`'s verbs, :data:`_AS`'s "as")."""


def heard_text_frame(low: str) -> bool:
    """Whether the lower-cased text holds a labelling, reading or answering word, or "am i"
    / "are we", without which no shape of :func:`mentioned_text` is there: most
    requests."""
    return _CUE.search(low) is not None or ("as" in low and _AS.search(low) is not None)


def _answered(read: RunRead, frame: list[str]) -> bool:
    """A noun of :data:`ANSWERING` the subject of "be" just before the phrase ("the answer
    is", "the answer's", "hint, it's"): the phrase is what answers the guess."""
    lead = _lead(read)
    if lead and frame[-len(lead):] == lead:
        frame = frame[:-len(lead)]  # (the phrase's own first words: "hint, it's i'm out")
    if not frame:
        return False
    last = frame[-1]
    if last.endswith("s") and stem(last) in ANSWERING and last != stem(last) and not (
            read.own(last)):
        return True  # ("the answer's X": the contraction of "is")
    if len(frame) < 2:
        return False
    subject = frame[-2]
    if last == "its":
        pass  # ("hint, it's X", the frame cut before the phrase: "it" stands for the answer)
    elif last not in _BE:
        return False
    elif subject == "it" and len(frame) >= 3:
        subject = frame[-3]  # ("hint, it is X")
    if stem(subject) in NAMING and not read.own(subject):
        return True
    if last in _BE and frame[-2] == "it":
        return _named(read, frame[:-2], anywhere=True)  # ("my line in the play, it is X")
    return last == "its" and _named(read, frame[:-1], anywhere=True)


def _named(read: RunRead, said: list[str], anywhere: bool = False) -> bool:
    """A noun phrase of :data:`NAMING` ends ``said`` (or, ``anywhere``, is said in its
    last :data:`LONGEST_NOUN_PHRASE` words, a modifier after it: "my line in the play"):
    a determiner, at most three words, then the noun, no operator between."""
    tail = said[-LONGEST_NOUN_PHRASE:]
    ends = range(len(tail)) if anywhere else range(len(tail) - 1, len(tail))
    for end in ends:
        noun = tail[end]
        if stem(noun) not in NAMING or read.own(noun):
            continue
        for start in range(end - 1, max(end - 4, -1), -1):
            if tail[start] in DETERMINERS:
                return OPERATORS.isdisjoint(tail[start:end])
            if tail[start] in OPERATORS:
                break
    return False


def _asked_named(read: RunRead) -> bool:
    """The words right before the phrase end with a noun phrase of :data:`NAMING`, said as
    a question of its own or not ("his very first words? X"): the phrase its answer."""
    toks, at = read.words, read.first_word
    lead = _lead(read)
    at -= len(lead) if lead and toks[max(at - len(lead), 0):at] == lead else 0
    return at > 1 and _named(read, toks[:at])



def _labelled(read: RunRead, frame: list[str]) -> bool:
    """A word of :data:`LABELLING` in the frame, or its past form naming the phrase."""
    return any(stem(w) in LABELLING and not read.own(w) for w in frame) or _named_as(
        read, frame)


def _labelled_past(word: str) -> bool:
    """Whether ``word`` is the past form of a verb of :data:`LABELLING` ("captioned",
    "titled", "labelled", "tagged", "renamed")."""
    if len(word) < 5 or not word.endswith("ed"):
        return False
    base = word[:-2]
    return (base in LABELLING or base + "e" in LABELLING
            or (base[-1] == base[-2] and base[:-1] in LABELLING))


def _named_as(read: RunRead, frame: list[str]) -> bool:
    """The naming construction in the past, the phrase its last part: a past form of
    :data:`LABELLING`, its object (at most :data:`LONGEST_NOUN_PHRASE` words, no
    operator: not a clause of its own), "hashtag" or "as" or nothing, then the phrase
    ("my daughter captioned her photo hashtag X", "she titled it X"). Only there: a past
    form elsewhere tells a story the speaker may then ask beside ("i labelled the jars
    yesterday, now lights on"); the base form is a label wherever it is."""
    said = len(frame)
    lead = _lead(read)
    if lead and frame[-len(lead):] == lead:
        frame = frame[:-len(lead)]  # (the phrase's own first words: "hashtag i'm home")
    if frame and frame[-1] in _NAMED_AS:
        frame = frame[:-1]
    for k in range(len(frame) - 1, max(len(frame) - LONGEST_NOUN_PHRASE - 2, -1), -1):
        word = frame[k]
        if word in OPERATORS or word in _JOINERS:
            return False
        if _labelled_past(word) and not read.own(word):
            return _unpaused(read, word, said - k)
    return False


def _unpaused(read: RunRead, verb: str, after: int) -> bool:
    """No comma from the last ``verb`` said to the phrase, ``after`` words on: the label
    said in one breath with its verb, not after a pause that may close a story of the
    speaker's own ("i labelled the jars yesterday, lights on")."""
    heard = spans(verb, read.lower)
    if not heard:
        return True
    head = read.lower[heard[-1][1]:].split(",", 1)[0]
    return len(tokens(head, read.lexicon)) >= after


def _quoted(read: RunRead, frame: list[str]) -> bool:
    """A noun, "that" or "which", then :data:`QUOTING` (and "like") right before the
    phrase, or a noun and "reads" with no pause before it: the phrase is what that thing
    says ("a ringtone that goes X", "the headstone reads X")."""
    function = read.lexicon.function_words
    lead = _lead(read)
    if lead and frame[-len(lead):] == lead:
        frame = frame[:-len(lead)]  # (the phrase's own first words: "that goes i'm home")
    if frame and frame[-1] == "like":
        frame = frame[:-1]
    frame = _unheard_start(read, frame)
    if (len(frame) >= 2 and (frame[-1] == _READS or _determined(frame))
            and not read.own(frame[-1])
            and frame[-2].isalpha() and frame[-2] not in function
            and _PAUSED_READS.search(read.lower) is None):
        return True  # ("the sign on the gate reads X", "the banner read X": its wording)
    if len(frame) < 3 or frame[-1] not in QUOTING or frame[-2] not in _RELATIVE:
        return False
    noun = frame[-3]
    return noun.isalpha() and noun not in function and not read.own(frame[-1])


_QUOTE_VERBS = QUOTING | TEXT_SHOWN | {_READS}
HESITATIONS = frozenset({"um", "umm", "uh", "uhh", "er", "erm", "err", "ah", "eh", "hmm", "mm"})
"""Hesitation sounds (not fillers that are words: "the match went well, tea time" is no
quote, its "well" an adverb)."""
HEARD_LIKE = 0.5
"""How like a word of the phrase a word said before its first word heard must be to be that
word misheard ("rink" of "ring", "gamin" of "gaming": normalised Levenshtein similarity)."""


def _unheard_start(read: RunRead, frame: list[str]) -> list[str]:
    """``frame`` less what ends it that is the phrase's start: hesitations ("reads um X") and
    the phrase's first words misheard, or said twice ("reads rink sherry", "reads gamin
    gamin mode"), which the phrase's first word heard leaves before it."""
    words = read.phrase_words
    end = len(frame)
    while end and frame[end - 1] not in _QUOTE_VERBS and (frame[end - 1] in HESITATIONS or any(
            Levenshtein.normalized_similarity(frame[end - 1], w) >= HEARD_LIKE
            for w in words if len(w) > 2)):
        end -= 1
    return frame[:end]


def _determined(before: list[str]) -> bool:
    """Whether ``before`` ends in a :data:`TEXT_SHOWN` verb's subject opened by a
    determiner ("the ouija board went", "the picture book from the library repeats")."""
    if not before or before[-1] not in TEXT_SHOWN:
        return False
    return any(w in DETERMINERS for w in before[-1 - LONGEST_NOUN_PHRASE:-1])


def _lead(read: RunRead) -> list[str]:
    """The function words the phrase opens with ("i'm home", "that goes ..."): said right
    before the phrase's first content word, they are the phrase's, never its frame."""
    function = read.lexicon.function_words
    return list(itertools.takewhile(lambda w: w in function, read.phrase_words))


def _cast(read: RunRead) -> bool:
    """The phrase, then at once "as", a determiner or none, and a noun of :data:`ROLES`,
    :data:`LABELLING` or :data:`NAMING`: the phrase is a string chosen for that role."""
    toks, end = read.words, read.phrase_end
    if end is None:
        return False
    function = read.lexicon.function_words
    trail = list(itertools.takewhile(lambda w: w in function, reversed(read.phrase_words)))
    trail.reverse()
    if trail and toks[end:end + len(trail)] == trail:
        end += len(trail)  # (the phrase's own last words: "bedroom lights on as the theme")
    after = toks[end:end + 3]
    if after[:1] != ["as"] or len(after) < 2:
        return False
    noun = after[2] if after[1] in _ROLE_DETERMINERS and len(after) > 2 else after[1]
    role = stem(noun)
    if read.own(noun) or not (role in ROLES or role in LABELLING or role in NAMING):
        return False
    return re.search(rf"[,;:.!?]\s*as\s+(?:\w+\s+)?{re.escape(noun)}\b", read.lower) is None


def _read_out(read: RunRead, frame: list[str]) -> bool:
    """A reading verb with a forward object right after it, that object not the subject
    of a finite clause (an operator after it)."""
    for k, word in enumerate(frame[:-1]):
        if stem(word) not in READING_ALOUD or read.own(word):
            continue
        after = frame[k + 1]
        if after in FORWARD and (k + 2 >= len(frame) or frame[k + 2] not in OPERATORS):
            return True
    return False


def _guessed(read: RunRead) -> bool:
    """The phrase, then a one-word check of the speaker's answer ("am i warm?")."""
    if _CHECK.search(read.lower) is None:
        return False
    toks = read.words
    last = read.phrase_end
    return last is not None and any(
        " ".join(toks[k:k + 2]) in BE_FIRST for k in range(last, len(toks) - 1))



def mentioned_text(read: RunRead) -> bool:
    """Whether the phrase is said as text: labelled, read out, guessed or given as an
    answer (see the module docstring)."""
    if not read.phrase:
        return False
    low = read.lower
    if _ANSWER.search(low) is not None and (_answered(read, read.frame) or _asked_named(read)):
        return True
    if _GO.search(low) is not None and _quoted(read, read.frame):
        return True
    if _AS.search(low) is not None and _cast(read):
        return True
    if _LABEL.search(low) is None and _READ.search(low) is None:
        return _guessed(read)  # (no word of a frame: only a guess may be heard)
    frame = read.frame
    return _labelled(read, frame) or _read_out(read, frame) or _guessed(read)
