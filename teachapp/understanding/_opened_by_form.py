"""A taught phrase that opens a clause by its own form, right after other words with no
pause written: "fancy a few layers *how gusty is the ridge*", "umpteenth time *i'm off to
bed*", "a hefty dividend from the banks *is the brine salty enough*".

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead modify the phrase or be its subject ("the bedroom | lights
off", "the kids | feed the cat"). A phrase whose first words open a clause of their own
cannot continue the clause before it, whatever that clause is:

- a wh-question, a wh-word then its operator ("where is ...", "how gusty is ...", "how
  many eggs did ...": Quirk et al. 1985, 11.14-11.16): a subordinate or relative clause
  puts its subject before the operator, and these wh-words head no relative clause after a
  noun ("who", "which" do);
- a yes-no question, an operator then a subject ("is the brine ...", "has the oyster
  ...": 11.5);
- a declarative whose subject is a personal pronoun in the subjective case ("i am off
  ...", "we are away": 6.2), or the "let us" of a first-person imperative (11.26).

Such a clause may still be the object of a verb before it ("i wonder how gusty ...", "i
reckon we are away", "ask him is the ...": a content clause, 15.3-15.5; or an adjective
of thinking, "not sure where is ..."), or the words a name, a bet or a thing written on
carries ("named their wifi we are away", "i bet a quid i'm home", "the punchline of the
joke i'm leaving"), so no word before it is one of those; a verb right before it may act
on the routine the phrase names ("oh my days duplicate i'm leaving"); and the phrase said
after a lone word may be the object of that word as a verb ("eish drop i'm leaving"),
which :mod:`_unmarked` leaves unsure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._object_closed import CARRYING, TWO_OBJECTS
from teachapp.understanding.normalize import Lexicon

Taught = Callable[[str], bool]

__all__ = ["opened_by_form", "subject_then_verb", "takes_words"]

CLAUSE_TAKERS = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "think", "thinks",
    "thought", "thinking", "reckon", "reckons", "reckoned", "hope", "hopes", "hoped",
    "believe", "believes", "believed", "suppose", "supposed", "guess", "guessed", "expect",
    "expects", "expected", "imagine", "imagined", "hear", "hears", "heard", "gather",
    "understand", "understood", "seem", "seems", "seemed", "appear", "appears", "fear",
    "claim", "claims", "claimed", "know", "knows", "knew", "known", "wonder", "wonders",
    "wondered", "wondering", "ask", "asks", "asked", "asking", "forget", "forgot",
    "forgotten", "remember", "remembered", "remind", "reminded", "see", "saw", "seen",
    "check", "checked", "checking", "find", "found", "learn", "learnt", "learned",
    "discover", "discovered", "decide", "decided", "mind", "matter", "care", "idea", "clue",
    "sure", "certain", "unsure", "aware", "wish", "wished", "bet", "mean", "means", "meant",
    "swear", "swore", "promise", "promised", "notice", "noticed", "realise", "realised",
    "realize", "realized", "doubt", "doubted", "worry", "worried", "afraid", "explain",
    "explained", "show", "showed", "shown", "teach", "taught", "feel", "feels", "felt",
    "pretend", "pretending", "dream", "dreamt", "dreamed", "admit", "admitted", "assume",
    "assumed", "figure", "figured", "depends", "question", "whether", "shout", "shouted",
    "shouts", "yell", "yelled", "yells", "cry", "cried", "cries", "answer", "answered",
    "reply", "replied", "replies", "write", "wrote", "written", "read", "reads", "sing",
    "sang", "sings", "go", "goes", "went", "like", "quote", "quoted", "announce",
    "announced", "announces", "declare", "declared", "insist", "insisted", "suggest",
    "suggested", "argue", "argued", "mutter", "muttered", "whisper", "whispered",
    "scream", "screamed", "demand", "demanded", "repeat", "repeated", "proof", "sign",
    "note", "message", "text", "email", "letter", "card", "poster", "caption", "motto",
    "slogan", "line", "words", "phrase", "title", "chorus", "lyric", "lyrics",
})
"""Verbs and adjectives that take a content clause or a quotation ("i wonder ...", "not
sure ...", "she shouted ...", "the card says ...": Quirk et al. 1985, 16.31-16.40 and
15.3-15.5 on content clauses; 14.29-14.31 on reported questions), and nouns of words
written or said, to which the clause may be in apposition ("the motto we are away"):
right before the phrase, it may be their object."""
ASKING = frozenset({"where", "what", "how", "why", "when"})
"""Wh-words that open no relative clause after a noun ("who", "which" and "whose" do:
"the plumber *who is* visiting today", Quirk et al. 1985, 17.9)."""
QUALIFIED = frozenset({"how", "what"})
"""Wh-words that head a phrase of their own before the operator ("how gusty is", "what
time is", "how many eggs did": 11.14); after "where", "when" or "why" a word before the
operator is its subject, the order of a subordinate clause ("when dad is home")."""
NAMING = frozenset({"name", "named", "call", "called", "spell", "spelled", "spelt",
                    "misspell", "misspelt", "misspelled", "engrave", "engraved", "inscribe",
                    "inscribed", "print", "printed", "stitch", "stitched", "embroider",
                    "embroidered", "carve", "carved", "tattoo", "tattooed", "dub", "dubbed",
                    "christen", "christened", "title", "titled", "label", "labelled",
                    "rename", "renamed", "type", "typed", "scrawl", "scrawled"})
"""Verbs of naming and of putting words on a thing (Levin 1993, 29.3 and 25.2): anywhere
before the phrase, it may be the name given or the words put ("someone named their wifi
we are away", "the tattooist misspelt i'm off ...")."""
COMMANDING = frozenset({
    "duplicate", "copy", "clone", "kill", "drop", "rewind", "replay", "rerun", "restart",
    "redo", "repeat", "retry", "test", "trigger", "launch", "run", "play", "start", "stop",
    "ditch", "scrap", "bin", "nuke", "zap", "axe", "wipe", "reset", "snooze", "mute",
    "disable", "enable", "activate", "deactivate", "update", "export", "share", "save",
    "show", "open", "pin", "unpin", "tweak", "fix", "adjust", "set", "try", "check", "add",
    "move", "swap", "replace", "merge", "split", "sort", "list", "hide", "unhide", "lock",
    "unlock", "archive", "restore", "keep", "use", "do", "say", "shout", "sing", "read"})
"""Verbs that may take a routine, named by its phrase, as their object ("duplicate i'm
leaving", "rewind we are away": the routine commands a person may say, Levin 1993, 10
and 26): right before the phrase, it may be what they act on."""
SUBJECTS = frozenset({"i", "we", "they", "he", "she"})
"""Personal pronouns in the subjective case (Quirk et al. 1985, 6.2): a subject, never an
object or a modifier ("you" and "it" may be objects)."""
SUBJECT_CASE = SUBJECTS | {"you"}
"""The pronouns that open a clause after the phrase ("you" too: a vocative or object
"you" after the phrase is followed by no plain verb)."""
THIRD_PERSON = frozenset({"he", "she"})
"""Subjects whose plain present verb takes -s ("she loves ...")."""


def opened_by_form(before: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` (its words, at least two) opens a clause by its own form after
    ``before``, the speaker's words before it (see the module docstring)."""
    if (len(phrase) < 2 or not before or before[-1] in COMMANDING
            or any(map(takes_words, before))):
        return False
    first, then = phrase[0], phrase[1]
    if first in ASKING:
        return then in shape.CLAUSE_OPERATORS or (
            first in QUALIFIED and then not in shape.NP_DETERMINERS
            and any(w in shape.CLAUSE_OPERATORS for w in phrase[2:4]))
    if first == "do":
        return then in SUBJECTS  # ("do the school run" is an imperative)
    if first in shape.CLAUSE_OPERATORS:
        return then in shape.OWN_DETERMINERS or then in SUBJECTS or then == "there"
    if first in SUBJECTS:
        return then in shape.CLAUSE_OPERATORS
    return first == "let" and then == "us"


def takes_words(word: str) -> bool:
    """Whether ``word`` may take the phrase as what it says, names or carries: a verb or
    adjective of :data:`CLAUSE_TAKERS` (its -s form too), of :data:`NAMING`, of two
    objects, or a thing words are written on or said in.
    Public: :mod:`_bidden_next` reads such verbs so."""
    return (word in CLAUSE_TAKERS or word in NAMING or word in TWO_OBJECTS or word in CARRYING
            or (word.endswith("s") and (word[:-1] in CLAUSE_TAKERS or word[:-1] in NAMING)))


def subject_then_verb(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words``, said right after a phrase, open with a personal pronoun subject
    and a verb in its plain present form ("feed the cat *i motivate* colleagues", "game
    night *you look* radiant"): the pronoun is no object or modifier of the phrase, and the word
    after a subject is its verb (Quirk et al. 1985, 3.54 on the present tense: no
    operator, no -ed to mark it finite). Something follows the verb: a verb said last
    may take the phrase as its object, fronted ("movie night *they hate*": 18.20)."""
    if len(words) < 3 or words[0] not in SUBJECT_CASE:
        return False
    verb = words[1]
    return shape.content_word(verb, lexicon, taught) and not verb.endswith("ly") and (
        verb.endswith("s") == (words[0] in THIRD_PERSON))
