"""The small words of the dialogue: yes, no, undo, teach, done, and teaching requests.

Pure functions over text. Matching happens on the normalised form (lower case,
contractions expanded, number words as digits), so "That's wrong!" and "that is
wrong" are the same answer and "wait five seconds" is a five-second pause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from ..domain import Device
from ..understanding.normalize import default_lexicon, free_mask, normalise, tokens
from . import social

__all__ = [
    "Intent",
    "after_no",
    "called_to",
    "cancels_last",
    "clean_phrase",
    "find_devices",
    "intent",
    "is_capture",
    "meant",
    "parse_remove",
    "parse_rename",
    "parse_say",
    "parse_wait",
    "past_wake_word",
    "phrase_named",
    "refuses_doing",
    "says_redo",
    "says_slip",
    "says_wrong",
    "taught_as_shown",
    "taught_in_one",
    "taught_phrase",
    "teach_phrase",
]

Intent = Literal["yes", "no", "undo", "cancel", "teach", "done", "help"]

_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right",
            "that's right", "exactly", "please do", "do it", "save", "save it", "yes save it",
            "of course", "absolutely", "affirmative", "yes I did", "I did", "go on",
            "go ahead", "go for it"),
    "no": ("no", "nope", "nah", "no thanks", "don't", "not really", "negative",
           "no I didn't", "I didn't", "no don't", "don't do it", "don't do that",
           "do not do it", "do not do that", "no don't do it", "no don't do that",
           "don't bother", "better not", "rather not", "I'd rather not"),
    "undo": ("undo", "undo that", "undo it", "go back", "put it back", "no undo",
             "put that back", "take it back", "take that back", "bring it back",
             "bring that back", "restore it", "undelete", "undelete it",
             # the everyday ways (they were 'I don't know "put it back the way it was".
             # Shall I learn it?')
             "put it back the way it was", "put it back as it was", "put it back how it was",
             "put that back the way it was", "put them back", "put them back the way they were",
             "put things back", "put things back the way they were", "put everything back",
             "put everything back the way it was", "turn it back", "change it back",
             "set it back", "switch it back", "change that back", "turn that back",
             "revert", "revert that", "revert it", "reverse that", "reverse it"),
    "cancel": ("cancel", "stop", "never mind", "nevermind", "forget it", "stop teaching",
               "cancel teaching", "cancel that", "abort", "quit", "leave it", "stop it",
               "cancel it", "cancel this", "scratch that", "stop that"),
    "teach": ("teach", "learn", "teach me", "teach you", "learn something", "teach something",
              "learn a new command", "teach a new command", "learn a new phrase",
              "teach a new phrase", "learn something new", "new routine", "new command",
              "new phrase", "teach a routine", "learn a routine", "i want to teach you",
              "let me teach you", "teach you something", "teach mode"),
    "done": ("done", "that's it", "that's all", "finished", "i'm done", "all done",
             "ok done", "done thanks", "that's everything", "nothing else", "that will do",
             "finish", "i'm finished", "that's all for now", "that's it for now",
             "i think that's it", "i think that's all", "that should do it", "that's about it",
             "that's enough", "nothing more", "we're done", "all set", "we're all set",
             "that's it save it", "that's all save it"),
    "help": ("help", "what can you do", "what can i say", "how does this work",
             "how do i use you", "how do i use this", "how do i use this app",
             "how do you work", "what do you do", "what are you for", "what should i say",
             "what can i ask you", "what can i ask", "what do i say", "help me",
             "i need help", "how does it work", "what can you do for me",
             "what can i teach you", "what can you learn", "what can i teach",
             # a new user's first question ("what should i do first" was "I can't
             # answer …")
             "what should i do first", "what do i do first", "what should i do",
             "what do i do", "what do i do now", "what now", "where do i start",
             "where should i start", "how do i get started", "how do i begin",
             "how should i start"),
}
_WRONG = ("that's wrong", "wrong", "no that's wrong", "that's not right", "no that's not right",
          "not that", "that was wrong", "no wrong", "wrong one", "no no",
          "not that one", "that's the wrong one", "the wrong one", "wrong thing",
          "that's the wrong thing", "that's not it", "no that's not it", "you got it wrong",
          "you got that wrong", "not what i asked for", "that's not what i asked for",
          "that isn't what i asked for", "i didn't ask for that", "i didn't say that",
          "that's not what i said", "i didn't mean that", "that's not what i wanted",
          # (offered as phrases to learn right after a run: "I don't know "not what i
          # meant". Shall I learn it?")
          "not what i meant", "that's not what i meant", "i didn't want that",
          "that's not what i want", "not what i wanted")
"""Words that say the last thing done or asked was wrong: right after a run they undo it
(intent "undo"), but while a question is open they answer it "no" (``says_wrong``)."""
_WORDS["undo"] += _WRONG
_ANSWERS = ("yes", "no")
"""Intents a turn may open with and then say again in other words ("yeah, go on", "nope,
that's wrong"): the answer is the opening one, or the undo that the rest asks for."""
_POLITE = ("please", "thanks", "thank you", "um", "uh", "er", "hmm", "oh", "well", "hey")
_LEADS = ("and", "so", "ok", "okay", "right", "alright", "actually", "wait", "sorry")
"""Words a dialogue word is led by, never followed by: "and that's it", "ok, that's it",
"so cancel" (Whisper wrote "and that's it" for a "that's it" in noise, 2 of 21: read as
no dialogue word, it was taken as a step while teaching); "actually, don't do that",
"wait, undo", "sorry, cancel" (offered as phrases to learn)."""

_WAIT_RE = re.compile(
    r"^(?:and )?(?:then )?(?:wait|pause)(?: for)? (\d+(?:\.\d+)?|a|an|one) ?"
    r"(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)?$")
""""wait 5 seconds", "then wait a minute", "pause for an hour" (a routine's pause is an
hour at most, ``domain.MAX_WAIT_SECONDS``: the teacher refuses a longer one)."""
_SAY_RE = re.compile(r"^\s*(?:and\s+)?(?:then\s+)?say\s+(.+?)\s*$", re.IGNORECASE)
_RENAME_RE = re.compile(
    r"^\s*(?:(?:actually|no|oh|ok|okay|wait|sorry|hmm|um)[,\s]+)*(?:let'?s\s+|please\s+)?"
    r"(?:the\s+phrase\s+(?:is|should\s+be)|call\s+it|name\s+it|change\s+the\s+phrase\s+to|"
    r"rename\s+it\s+to|the\s+phrase|phrase)\s*[:=]?\s+(.+?)\s*(?:\s+instead)?[.!]?$",
    re.IGNORECASE)
_REMOVE_RE = re.compile(
    r"^(?:remove|forget|drop|leave out|skip|without|delete|take out|not) (?:the )?(.+)$")
_TEACH_PHRASE_RE = re.compile(r"^(?:teach|learn)(?: the)?(?: phrase| command)? (.+)$")
_CAPTURE_RE = re.compile(
    r"\b(?:use|take|keep|copy|remember|save|like|as|how|the way)\b.*\bnow\b")
_QUOTES = "\"'“”‘’«»"


def _norm(text: str) -> str:
    return normalise(text.replace("’", "'"))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, words in _WORDS.items():
        for word in words:
            table.setdefault(_norm(word), name)
    return table


def _strip_polite(text: str) -> str:
    words = text.split()
    changed = True
    while words and changed:
        changed = False
        for polite in _POLITE:
            p = polite.split()
            if words[: len(p)] == p and len(words) > len(p):
                words = words[len(p):]
                changed = True
            if words[-len(p):] == p and len(words) > len(p):
                words = words[: -len(p)]
                changed = True
    return " ".join(words)


_TEACHING_VERBS = frozenset({"teach", "learn"})
_MAKING_VERBS = frozenset({"add", "create", "make", "record", "setup"})
_STARTING_VERBS = frozenset({"start", "begin"})
"""Verbs that start teaching only of a routine said to be new ("start a new routine"):
"start a routine", "start the routine" ask to run one."""
_NEW = frozenset({"new", "another"})
_ROUTINE_NOUNS = frozenset({"routine", "routines", "phrase", "phrases", "command", "commands",
                            "shortcut", "shortcuts", "scene", "scenes", "trick", "tricks"})
_ASKING_WORDS = frozenset({
    "i", "id", "would", "want", "wanna", "like", "to", "let", "lets", "me", "us", "can",
    "could", "may", "might", "shall", "we", "you", "a", "an", "new", "another", "some",
    "something", "one", "thing", "how", "please", "now", "so", "ok", "okay", "hey", "just",
    "quick", "quickly", "do", "go", "going", "time", "am", "set", "up", "more", "else",
    "is", "it", "possible", "there", "way", "1"})
"""Words a request to start teaching may have besides its verb and noun ("can i teach
you something", "i'd like to add a new routine"): pronouns, modals, articles ("1" is
"one" as normalised: "teach a new one")."""


_REDO = frozenset({"redo", "redo that", "redo it", "undo the undo", "undo that undo",
                   "undo undo", "redo the last one"})


def says_redo(text: str) -> bool:
    """"redo", "undo the undo", "redo please": the turn asks to put back what the last
    undo took back. Apart from :func:`intent`, whose words the teacher reads too."""
    norm = _norm(text)
    return norm in _REDO or _strip_polite(norm) in _REDO


def asks_to_teach(text: str) -> bool:
    """Whether ``text`` only asks to start teaching: "i want to teach you something",
    "can i teach you a new phrase", "let's make a new routine", "start a new routine". A
    teaching verb with nothing but the words of asking (and, for add/create/make, a
    routine noun; for start/begin, a new one), so
    "teach study mode" names its phrase and "make the lights brighter" is a command."""
    words = _norm(text).replace("set up", "setup").split()
    # (a wake word first: "um can you learn a new one", "hey teachapp, teach me")
    words = words[_called_off(words, keep=1):]
    verbs = [w for w in words if w in _TEACHING_VERBS | _MAKING_VERBS | _STARTING_VERBS]
    if len(verbs) != 1 or words[:1] == ["how"]:  # "how do i teach you something?" asks
        return False  # how (``usage``); it started a teaching
    rest = [w for w in words if w not in verbs]
    nouns = [w for w in rest if w in _ROUTINE_NOUNS]
    if verbs[0] in _MAKING_VERBS | _STARTING_VERBS and not nouns:
        return False
    if verbs[0] in _STARTING_VERBS and not _NEW & set(rest):
        return False
    if nouns and {"to", "for"} & set(words[words.index(nouns[0]) + 1:]):
        return False  # "add a phrase to it": to the routine talked about (``manage``)
    if words and words[-1] in _ROUTINE_NOUNS and _KIND_OF_NEW.fullmatch(" ".join(words)):
        return True  # "set up a morning routine", "create a new bedtime scene" (it was
        # "This home has no morning routine. I can turn up …")
    return all(w in _ASKING_WORDS or w in _ROUTINE_NOUNS for w in rest)


_KIND_OF_NEW = re.compile(r"(?:[a-z']+ )*?(?:add|create|make|record|setup|start|begin) (?:a|an|"
                          r"another|some|new)(?: new)?(?: (?!(?:to|for|in|of|the|my|on|off|"
                          r"and)\b)[a-z']+){1,3} (?:routine|scene|shortcut|command)")
"""A request for a new routine of a kind, said with the kind's words before the noun:
they name what it is for, not yet its phrase, which is asked."""


def intent(text: str) -> Intent | None:
    """The dialogue word a turn is, if it is one: "yes", "undo", "teach", ..."""
    return _intent_of(_norm(text))


def _intent_of(norm: str) -> Intent | None:
    """``intent`` of text already normalised (saves normalising it twice)."""
    table = _table()
    found = table.get(norm) or table.get(_strip_polite(norm))
    words = _strip_polite(norm).split()  # ("hmm, actually don't do that")
    if found is None and len(words) > 1 and words[0] in _LEADS:
        found = _intent_of(" ".join(words[1:]))
    if found is None:
        words = norm.split()
        called = " ".join(words[_called_off(words, keep=1):])
        if table.get(called) == "teach" or table.get(_strip_polite(called)) == "teach":
            return "teach"  # ("hey computer, teach mode"; "computer off" is no "off")
    if found is None and asks_to_teach(norm):
        return "teach"
    if found is None:
        found = _said_again(norm, table)
    return found  # type: ignore[return-value]


def called_to(text: str) -> str:
    """``text`` less a wake word (and hesitations) said before a dialogue word: "alexa
    cancel" -> "cancel", "hey teachapp, never mind" -> "never mind", "um alexa stop" ->
    "stop", so every reading of the turn (an open question, a timer just set, a pause,
    the teaching) takes it as the word alone does; they were offered as phrases to learn
    ("I don't know "alexa cancel". Shall I learn it?"). Any other ``text`` as it is
    ("alexa tea time" is the resolver's, "computer off" no "off")."""
    norm = _norm(text)
    if _intent_of(norm) is not None:
        return text
    words = norm.split()
    start = _called_off(words, keep=1)
    rest = " ".join(words[start:])
    return rest if start and _intent_of(rest) is not None else text


def past_wake_word(text: str) -> str:
    """``text`` less the hesitations and a wake word said first, when two words or more
    follow ("alexa, what time is it?" -> "what time is it?"), its own words and marks
    kept; any other ``text`` as it is ("alexa tv" keeps its wake word, as ``called_to``
    keeps "computer off")."""
    words = _norm(text).split()
    start = _called_off(words, keep=2)
    if not start:
        return text
    said = text.split()
    if _norm(" ".join(said[:start])).split() == words[:start]:
        return " ".join(said[start:]).lstrip(" ,;:.!-")  # ("alexa, is the tv on?")
    return " ".join(words[start:])


def _said_again(norm: str, table: dict[str, str]) -> str | None:
    """A yes or no followed by the same answer in other words ("yeah go on", "yes please
    do", "nope that's wrong", "no no no"): that answer; "no" then words of an undo is the
    undo ("nope, that's wrong" as "no, that's wrong"), and so are words of an undo then a
    "no" or a "stop" ("that's wrong, stop", "undo that, no": offered as phrases to
    learn). None when the rest says something else ("no, the tv on" is an answer and a
    request)."""
    words = _strip_polite(norm).split()
    for cut in range(1, len(words)):
        head = table.get(" ".join(words[:cut]))
        if head not in _ANSWERS and head != "undo":
            continue
        rest = " ".join(words[cut:])
        again = table.get(rest) or table.get(_strip_polite(rest)) or _said_again(rest, table)
        if head == "undo":
            if again in ("undo", "no", "cancel"):
                return "undo"
            continue
        if again == head or (head == "no" and again in ("undo", "cancel")):
            return again if again == "undo" else head
    return None


_REFUSES = re.compile(r"^(?:no |please |oh )*(?:don'?t|do not|better not|rather not|"
                      r"i'?d rather not)\b")


def refuses_doing(text: str) -> bool:
    """Whether a "no" is said as a refusal to act ("don't do it", "please don't do that",
    "better not"), not a bare "no": with nothing asked it is answered "OK, I won't.", as
    "don't turn it off" is, rather than "There's nothing to answer right now."."""
    return bool(_REFUSES.match(_norm(text)))


_NEGATED = re.compile(r"\b(?:don'?t|didn'?t|do not|did not)$")
_NEGATED_THEN_PAUSE = re.compile(r"\b(?:don[’']?t|didn[’']?t|do not|did not)\s*[,.;:!?—–-]",
                                 re.IGNORECASE)
"""A "don't" that answers on its own ("don't.", "I didn't, reading mode") against one
that negates the words after it ("don't start movie night")."""


_MEANT_RE = re.compile(
    r"^(?:(?:oops|whoops|oopsie|sorry|i am sorry|no|nope|oh|ah|actually|wait|my bad|"
    r"my mistake|um|uh|er|hmm|ok|okay|well|wrong|that is wrong|not that)\s+)*"
    r"i (?:meant|mean|said|was saying|wanted)(?: to say)? (?P<rest>.+)$")
"""A correction of the last thing said or done: "oops, I meant movie night", "sorry, I
said reading mode", "no I meant the tv"."""


def meant(text: str) -> str | None:
    """What "oops, I meant movie night" says was meant ("movie night"); None for any
    other sentence ("I meant it" gives "it", and the caller asks whether it names a
    request). They were offered as phrases to learn, and taken as a new phrase."""
    found = _MEANT_RE.match(_norm(text))
    rest = found.group("rest") if found else None
    return rest if rest and _intent_of(rest) is None else None


def after_no(text: str) -> str | None:
    """The request after a "no" that opens ``text`` ("no, reading mode", "nope, the tv
    off", "that's wrong, movie mode", "oops, I meant movie mode": ``meant``): what was
    meant instead of what was done or asked; None when ``text`` does not open with a
    "no" or says nothing after it but answers."""
    said = meant(text)
    if said is not None:
        return said
    if social.reply_to(_norm(text)) is not None:
        return None  # "no worries", "no problem": small talk, no correction
    table = _table()
    words = _norm(text).split()
    answers_alone = _NEGATED_THEN_PAUSE.search(text) is not None
    for cut in range(1, len(words)):
        head = " ".join(words[:cut])
        if not answers_alone and _NEGATED.search(head):
            continue  # "don't start movie night": a request negated, not "no, ..."
        if table.get(head) == "no" or head in {_norm(w) for w in _WRONG}:
            rest = " ".join(words[cut:])
            if _intent_of(rest) is None and _strip_polite(rest) not in table:
                return rest
    return None


_THEN = re.compile(r"^(?:and\s+then|and|then|after\s+that)\s+")
_INSTEAD = re.compile(r"\s+instead$")


def undo_then(text: str) -> str | None:
    """The request joined after an undo that opens ``text`` ("undo that and turn on the
    tv", "undo, then reading mode instead"): what to do once the last run is put back;
    None when ``text`` opens with no undo or joins nothing to it."""
    table = _table()
    words = _norm(text).split()
    for cut in range(len(words) - 1, 0, -1):
        if table.get(" ".join(words[:cut])) != "undo":
            continue
        after = " ".join(words[cut:])
        rest = _INSTEAD.sub("", _THEN.sub("", after))
        joined = rest != after.removesuffix(" instead") or "," in text
        if joined and rest and _intent_of(rest) is None:
            return rest
        return None
    return None


_CANCEL_LAST = frozenset({"cancel that", "cancel it", "cancel this", "scratch that"})
"""Cancel words that point at the last thing done: right after a run they take it back,
while teaching they drop the last step shown (``cancels_last``)."""


def cancels_last(text: str, *, bare: bool = False) -> bool:
    """Whether ``text`` cancels the last thing done ("cancel that", "scratch that";
    with ``bare``, a plain "cancel" too), rather than leaving things be ("never mind",
    "stop") or ending the teaching ("cancel teaching")."""
    norm = _strip_polite(_norm(text))
    return norm in _CANCEL_LAST or (bare and norm == "cancel")


def says_wrong(text: str) -> bool:
    """Whether ``text`` says the last thing done or asked was wrong ("that's wrong", "not
    that", "nope, that's wrong") rather than asking plainly to undo ("undo that")."""
    norm = _strip_polite(_norm(text))
    wrong = {_norm(w) for w in _WRONG}
    if norm in wrong:
        return True
    words = norm.split()
    return any(" ".join(words[cut:]) in wrong for cut in range(1, len(words)))


_SLIP = frozenset({"oops", "whoops", "oopsie", "whoopsie", "oops a daisy", "oopsy daisy",
                   "woops", "my bad", "my mistake", "uh oh", "dear", "damn", "dammit",
                   "silly me"})
"""A slip noticed out loud: something went wrong, but not what ("that's wrong" says the
last run was). Never a phrase to learn."""


def says_slip(text: str) -> bool:
    """Whether ``text`` is only a slip noticed ("oops", "whoops!", "my bad", "oops, sorry"):
    right after a run it asks whether to put that back; at "What's the phrase?" it is no
    phrase. "oops, I meant movie night" says more (``meant``)."""
    words = [w for w in _strip_polite(_norm(text)).split() if w not in ("sorry", "oh")]
    return " ".join(words) in _SLIP


def teach_phrase(text: str) -> str | None:
    """The phrase in "teach study mode" (a teach request that names its phrase)."""
    norm = _norm(text)
    if _intent_of(norm) is not None:
        return None
    match = _TEACH_PHRASE_RE.match(norm)
    if not match or match.group(1).startswith(("me ", "you ", "a ", "an ", "something")):
        return _named_in_request(norm)
    raw = re.sub(r"^\s*(?:teach|learn)(?:\s+the)?(?:\s+phrase|\s+command)?\s*[:,\-]?\s+", "",
                 text, flags=re.IGNORECASE)
    return clean_phrase(raw) or None


_WHEN_I_SAY = re.compile(r"^\s*(?:(?:ok|okay|so|now|and|from now on)[\s,]+)*(?:when(?:ever)?|if|"
                         r"each time|every time)\s+i\s+say\s+(?P<rest>.+?)\s*[.!]?\s*$",
                         re.IGNORECASE)
_DEVICE_VERBS = frozenset({"turn", "switch", "set", "dim", "brighten", "lock", "unlock", "open",
                           "close", "shut", "start", "stop", "play", "put", "raise", "lower",
                           "make", "wait", "say", "then"})
"""The verbs a device command (or a pause, or a reply) opens with: where the phrase of
"when i say movie time turn on the tv" ends, without a comma."""
_STEPS_LEAD = re.compile(r"^(?:(?:then|please|you should|i want you to|can you|could you|"
                         r"do|just|you)[\s,]+)+", re.IGNORECASE)


_TEACH_TO = re.compile(r"^\s*(?:please\s+)?(?:teach|learn)(?:\s+(?:me|you))?(?:\s+the)?"
                       r"(?:\s+(?:phrase|command))?\s+(?P<phrase>.+?)"
                       r"(?:\s*[:\u2013\u2014]\s*|\s+-\s+|\s+to\s+(?=(?P<verb>\w+)\b))"
                       r"(?P<steps>.+?)\s*[.!]?\s*$", re.IGNORECASE)
""""teach movie nite to turn on the tv", "teach film time: turn on the tv": a phrase and
its steps in one request to teach. After "to" only a device command's verb
(``_TEACH_VERBS``): "teach time to read" names its phrase alone."""
_TEACH_VERBS = _DEVICE_VERBS - {"say", "then", "wait", "make", "start", "stop", "play"}
"""The verbs after "to" that open the steps: "teach time to say goodbye", "teach time to
make tea", "teach ready to start" are phrases of their own."""


def _taught_with_steps(text: str) -> tuple[str, str] | None:
    """(phrase, steps) of "teach X to turn on the tv" / "teach X: turn on the tv"; the
    phrase is cut at the first "to" that opens a device command (the whole sentence was
    the phrase: "movie nite to turn on the tv")."""
    found = _TEACH_TO.match(text)
    if found is None or (found.group("verb") is not None
                         and found.group("verb").lower() not in _TEACH_VERBS):
        return None
    phrase = taught_phrase(found.group("phrase"))
    first = phrase.lower().split()[0] if phrase.split() else ""
    if first in ("me", "you", "how", "what", "something", "a", "an") or not phrase_words(phrase):
        return None  # ("teach me to turn on the tv", "teach how to ...": no phrase named)
    return phrase, _STEPS_LEAD.sub("", found.group("steps").strip(" ,"))


def taught_in_one(text: str) -> tuple[str, str] | None:
    """(phrase, what it should do) of "when i say movie time, turn on the tv", "teach
    movie time to turn on the tv" or "teach movie time: turn on the tv" (what it should
    do may be ""); None for any other sentence. They were one request the app could not
    read ("I can't answer 'when i say movie time'..."), or the whole sentence became the
    phrase ("movie time to turn on the tv")."""
    found = _WHEN_I_SAY.match(text)
    if found is None:
        return _taught_with_steps(text)
    rest = found.group("rest")
    said, comma, steps = rest.partition(",")
    if not comma:
        words = rest.split()
        cut = next((i for i, w in enumerate(words) if i and w.lower().strip(_QUOTES)
                    in _DEVICE_VERBS), len(words))
        said, steps = " ".join(words[:cut]), " ".join(words[cut:])
    phrase = clean_phrase(re.sub(r"(?:[\s,]+(?:please|then|and|you))+[\s,]*$", "", said,
                                 flags=re.IGNORECASE))
    steps = _STEPS_LEAD.sub("", steps.strip(" ,"))
    return (phrase, steps) if phrase_words(phrase) else None


_SHOWN_AS = re.compile(r"^\s*(?:(?:ok|okay|now|so|and)[\s,]+)*(?:please\s+)?(?:save|remember|"
                       r"teach|learn|store)\s+(?:that|this|it)\s+as\s+(?P<phrase>.+?)"
                       r"\s*[.!]?\s*$", re.IGNORECASE)


def taught_as_shown(text: str) -> str | None:
    """The phrase of "save that as movie time" ("remember this as …", "teach that as
    …"): what was just done, taught under it. "teach that as movie time" taught the
    phrase "that as movie time"; "save that as …" was words to learn."""
    found = _SHOWN_AS.match(text)
    if found is None:
        return None
    phrase = taught_phrase(found.group("phrase"))
    return phrase if phrase_words(phrase) else None


def phrase_words(phrase: str) -> bool:
    """Whether ``phrase`` has a word of its own."""
    return bool(_norm(phrase).strip())


_NAMING = re.compile(r"^(?:(?:that(?:'s| is)|is)\s+)?(?:called|named|for)\s+")


def _named_in_request(norm: str) -> str | None:
    """The phrase a request to teach names after its words of asking: "teach me bedtime",
    "i want to teach you bedtime", "create a routine called bedtime", "new phrase
    bedtime" (they were offered as phrases themselves: "I don't know 'teach me
    bedtime'. Shall I learn it?", and a yes taught the whole sentence). The longest
    opening that only asks to teach (``asks_to_teach``, or the word "teach" of
    ``intent``), then the rest, without "called"."""
    words = norm.split()
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if not (asks_to_teach(head) or _table().get(head) == "teach"):
            continue
        if "how" in words[:cut]:
            return None  # "teach me how to cook": no phrase named
        rest = _NAMING.sub("", " ".join(words[cut:]))
        if rest and not all(w in _ASKING_WORDS or w.isdigit() for w in rest.split()) \
                and not rest.startswith(("how ", "something")):
            return clean_phrase(rest) or None
        return None
    return None


def clean_phrase(text: str) -> str:
    """A phrase as the person gave it, without quotes, end punctuation or extra spaces."""
    text = " ".join(text.split())
    return text.strip(_QUOTES + " .!?,;:").strip()


_HESITATION_LETTERS = frozenset("aehmru")
"""The letters of a hesitation ("um", "uh", "er", "erm", "hmm", "ah")."""


def taught_phrase(text: str) -> str:
    """The phrase to teach in ``text``: ``clean_phrase`` less the hesitations around it
    ("uh bedtime", "um, movie time", "bedtime erm") and a wake word before two words or
    more ("alexa tea time"), as a recogniser writes them when a phrase is spoken: the
    routine was named "uh bedtime", and "bedtime" then only asked "Did you mean uh
    bedtime?". A wake word before one word stays ("computer off" is no "off"); the words
    said when nothing else is left ("um")."""
    phrase = clean_phrase(text)
    words = phrase.split()
    start, end = _called_off(words, keep=2), len(words)
    while end > start and _hesitation(words[end - 1]):
        end -= 1
    return clean_phrase(" ".join(words[start:end])) or phrase


def _called_off(words: list[str], keep: int) -> int:
    """Where ``words`` begin past the hesitations and the wake word said first ("um,
    alexa, ..."), a wake word only when ``keep`` words or more are left after it."""
    start = 0
    while start < len(words) and _hesitation(words[start]):
        start += 1
    wake = default_lexicon().wake_words
    start += next((n for n in (3, 2, 1) if len(words) - start - n >= keep
                   and tuple(tokens(" ".join(words[start:start + n]))) in wake), 0)
    while start < len(words) and _hesitation(words[start]):
        start += 1
    return start


def _hesitation(word: str) -> bool:
    """Whether ``word`` is a hesitation the resolver hears past (a free word of the
    letters of "um", "er" and "hmm" alone)."""
    toks = tokens(word)
    return bool(toks) and all(free_mask(toks)) and all(
        set(tok) <= _HESITATION_LETTERS for tok in toks)


def parse_wait(text: str) -> float | None:
    """Seconds in "wait 5 seconds" / "then wait a minute" / "wait an hour"; None when
    not a pause."""
    match = _WAIT_RE.match(_norm(text))
    if not match:
        return None
    amount = 1.0 if match.group(1) in ("a", "an", "one") else float(match.group(1))
    unit = match.group(2) or ""
    return amount * (60 if unit.startswith("m") else 3600 if unit.startswith("h") else 1)


def parse_say(text: str) -> str | None:
    """The words of "then say good night", as typed (case kept)."""
    match = _SAY_RE.match(text)
    if not match:
        return None
    words = clean_phrase(match.group(1))
    return words or None


def parse_rename(text: str) -> str | None:
    """The new phrase in "the phrase is study mode" / "call it study mode"."""
    match = _RENAME_RE.match(text)
    return clean_phrase(match.group(1)) or None if match else None


_CALLED_RE = re.compile(r"^\s*(?:(?:ok|okay|so|um|uh|well)[,\s]+)*(?:it'?s|it\s+is|it'?ll\s+be|"
                        r"it\s+will\s+be)\s+called\s+(.+?)\s*[.!]?$", re.IGNORECASE)
_OWN_PHRASE_RE = re.compile(r"\bcall\s+it\s+(?:a|an|quits)\b|"
                            r"^\s*(?:the\s+)?phrase\s+(?!is\b|should\s+be\b)[^:=\s]",
                            re.IGNORECASE)
""""call it a night", "phrase book": phrases of their own, never "a night" or "book"
(``parse_rename`` reads "phrase book" while teaching as a new phrase "book")."""


def phrase_named(text: str) -> str | None:
    """The phrase an answer to "What's the phrase?" names in words around it ("the
    phrase is arriving", "call it arriving", "it's called arriving"): every teaching
    question says "the phrase is ..." is how to choose one, and the whole sentence was
    taught. None when ``text`` is the phrase itself ("arriving", "call it a night")."""
    if _OWN_PHRASE_RE.search(text):
        return None
    called = _CALLED_RE.match(text)
    return parse_rename(text) or (clean_phrase(called.group(1)) or None if called else None)


_REMOVE_AROUND_RE = re.compile(
    r"^(?:take|leave|get|keep|cut)\s+(?:the\s+)?(.+?)\s+out(?:\s+of\s+(?:it|this|that|.+))?$|"
    r"^(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:\w+\s+(?:on\s+|off\s+|up\s+|down\s+)?)"
    r"(?:the\s+)?(.+?)(?:\s+(?:on|off|after\s+all))?$")
""""take the front door out (of bedtime)", "leave the tv out", "don't lock the front
door": a step taken out while teaching, said around the thing (the caller checks that
only a device's words are left)."""


def parse_remove(text: str) -> str | None:
    """The device words in "remove the desk lamp", "take the front door out"."""
    said = _norm(text)
    match = _REMOVE_RE.match(said)
    if match:
        return match.group(1)
    around = _REMOVE_AROUND_RE.match(said)
    return (around.group(1) or around.group(2)) if around else None


def is_capture(text: str) -> bool:
    """ "use how things are now", "take the desk lamp as it is now"."""
    return bool(_CAPTURE_RE.search(_norm(text)))


def _device_words(device: Device) -> list[str]:
    names = {_norm(device.name), _norm(device.id.split(".", 1)[1].replace("_", " "))}
    return sorted((n for n in names if n), key=len, reverse=True)


def find_devices(text: str, devices: Iterable[Device]) -> list[Device]:
    """The devices a sentence names, by name or id, longest names first; all for "everything"."""
    devices = list(devices)
    norm = f" {_norm(text)} "
    if re.search(r" (?:everything|all devices|all the devices|all of them) ", norm):
        return devices
    found: list[tuple[int, Device]] = []
    taken = norm
    candidates = sorted(((w, d) for d in devices for w in _device_words(d)),
                        key=lambda item: len(item[0]), reverse=True)
    for words, device in candidates:
        needle = f" {words} "
        at = taken.find(needle)
        if at >= 0 and all(device is not d for _, d in found):
            found.append((at, device))
            taken = taken[:at] + " " + "#" * (len(needle) - 2) + " " + taken[at + len(needle):]
    return [device for _, device in sorted(found, key=lambda item: item[0])]
