"""A phrase said as the words of someone else's talk or lesson, or of a message sent, not
asked for: "the baby monitor picked him up sleep talking, focus mode", "my exchange
partner is learning gym time", "i accidentally emailed the whole office boil the kettle".

A verb whose object is words makes the phrase after it a mention, not a use (Quine 1940,
4, on use and mention): the phrase is what was said, sent or learnt. Three shapes, read by
verb class, not by any one story's words:

- **speech by its manner**: a verb of the manner of speaking (Levin 1993, "English Verb
  Classes and Alternations", 37.3: talk, mutter, mumble, whisper, babble ...) in a form
  with its own subject or aspect (-ing, -ed, -s), the last word said before the phrase,
  with or without a pause: the clause ends where its speech begins, and what follows is
  that speech, as after "she said". Not when the nearest subject pronoun before it is the
  speaker or the listener ("i was mumbling, movie night", "you're whispering, lights up"):
  their own talk beside a request of their own;
- **words learnt**: a verb of learning or practising (Levin 1993, 14 "learn" verbs, and
  "practise", "rehearse", "memorise", "revise") in such a form, right before the phrase
  with no pause between: the phrase is its object, the thing learnt ("is learning gym
  time"). After a pause the phrase is a clause of its own ("we're learning, bath time");
- **words performed**: a verb of performing or putting down words (Levin 1993, 26.7
  "performance" verbs: sing, chant, recite, mime; 25.2 "scribble" verbs: write, type;
  and sign, spell, mouth, pronounce, translate, transcribe) in its -ing form, right before
  the phrase with no pause between: a progressive or a gerund takes its object after it,
  so the phrase is the words performed ("my homework is signing wipe the learner plates",
  "he kept chanting bath time"). Not the -ed form, a passive after "be" with no object
  ("the card's signed, lights on"), nor "say", "read", "repeat", which may restate a
  request of the speaker's own, nor "hum" and "whistle", a machine's noise as often ("the
  fridge is humming, fan off");
- **words sent**: a verb of sending words by an instrument of communication (Levin 1993,
  37.4: email, text, message, fax, telegraph ...) in such a form, then its recipient ("the
  whole office", "mum", "everyone", or none) and the phrase, no pause between: a
  ditransitive whose second object is the message sent ("i accidentally emailed the
  whole office boil the kettle"), whoever sent it. After a pause the phrase is a clause
  of its own ("i've texted mum, lights off"); "post" and "send" are left out, their
  first object the thing sent ("i've posted the valentine cover the budgie cage").

Left alone: the base form, an imperative or the speaker's present ("talk to me, movie
night"); a form after a determiner, a noun naming the speaking ("excuse my mumbling,
..."); a verb of the class inside the phrase ("whisper mode", "study time" when taught:
the phrase's own words are never frame); a verb with more said after it before the
phrase ("he was talking to the vet, feed the cat").
"""

from __future__ import annotations

import re

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._whole_word import spans
from teachapp.understanding._words import stem

__all__ = ["TRIGGER", "heard_words_of_others", "words_of_others"]


def _forms(*verbs: str) -> frozenset[str]:
    """The -ing, -ed and -s forms of regular ``verbs`` (a final silent "e" dropped before
    a vowel; a final "y" after a consonant read as "ie" before "s" and "d")."""
    out: set[str] = set()
    for verb in verbs:
        base = verb[:-1] if verb.endswith("e") else verb
        out.add(base + "ing")
        out.add(base + "ed")
        if verb.endswith("y") and verb[-2] not in "aeiou":
            out.update({verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
        else:
            out.add(verb + ("es" if verb.endswith(("sh", "ch", "s", "x")) else "s"))
    return frozenset(out)


SPEAKING = _forms("talk", "sleeptalk", "mutter", "mumble", "murmur", "whisper", "babble",
                  "chatter", "ramble", "jabber", "gabble", "blather", "stammer", "stutter")
"""Verbs of the manner of speaking (Levin 1993, 37.3), in the forms that have a subject
or an aspect of their own. Not the loud ones ("shout", "yell", "scream"), which as often
say a noise the request answers ("the kids are screaming, quiet time"), nor those of a
sound made with no words ("squawk", "drone"); "shouted" and "yelled" are cues of
someone else's words already."""
LEARNING = _forms("learn", "study", "practise", "practice", "rehearse", "memorise",
                  "memorize", "revise") | {"learnt"}
"""Verbs of learning and practising (Levin 1993, 14), in those forms."""
PERFORMING = frozenset({"signing", "spelling", "miming", "mouthing", "chanting",
                        "singing", "reciting", "writing", "typing", "scribbling",
                        "translating", "transcribing", "pronouncing"})
"""Verbs of performing or putting down words, in the -ing form (see the module
docstring)."""
SENDING = _forms("email", "text", "message", "fax", "telegraph", "telex", "whatsapp", "dm",
                 "ping")
"""Verbs of sending words by an instrument of communication (Levin 1993, 37.4, with the
message verbs of today), in those forms."""
RECIPIENTS = frozenset({"me", "us", "him", "her", "them", "you", "everyone", "everybody",
                        "all", "the", "my", "our", "his", "their", "your", "a", "an"})
"""Words that open the recipient of a verb of sending (an object pronoun or a determiner);
a name is a recipient alone."""
LONGEST_RECIPIENT = 4
"""Most words of that recipient ("the whole office", "my boss")."""
DETERMINERS = frozenset({"the", "a", "an", "my", "your", "his", "her", "our", "their", "this",
                         "that", "all", "no", "any", "some", "much"})
"""Words before a noun: an -ing form after one is the speaking named ("my mumbling")."""
OWN_SUBJECTS = frozenset({"i", "we", "you", "me", "us"})
"""Pronouns of the speaker and the listener: their own talk is no one else's words."""
OTHER_SUBJECTS = frozenset({"he", "she", "they", "him", "her", "them", "it"})
"""Pronouns of someone else."""

_CUE = re.compile(r"\b(?:talk|sleeptalk|mutter|mumbl|murmur|whisper|babbl|chatter|rambl|jabber"
                  r"|gabbl|blather|stammer|stutter|learn|stud|practi|rehears|memori|revis|e?-?mail|text|messag|fax|telegraph|telex"
                  r"|whatsapp|dm|ping|signing|spelling|miming|mouthing|chanting|singing|reciting"
                  r"|writing|typing|scribbling|transcribing|translating|pronouncing)")
"""Every verb's letters in one scan."""
TRIGGER = Trigger(starts=(
    "talk", "sleeptalk", "mutter", "mumbl", "murmur", "whisper", "babbl", "chatter", "rambl",
    "jabber", "gabbl", "blather", "stammer", "stutter", "learn", "stud", "practi", "rehears",
    "memori", "revis", "email", "mail", "text", "messag", "fax", "telegraph", "telex",
    "whatsapp", "dm", "ping", "signing", "spelling", "miming", "mouthing", "chanting",
    "singing", "reciting", "writing", "typing", "scribbling", "transcribing", "translating",
    "pronouncing"))
"""What :data:`_CUE` needs (:mod:`_trigger`): a word starting as a verb does ("e-mail" is
the runs "e" and "mail")."""


def heard_words_of_others(low: str) -> bool:
    """Whether the lower-cased text holds a verb of either class, without which
    :func:`words_of_others` finds nothing: most requests."""
    return _CUE.search(low) is not None


def _phrase_start(read: RunRead) -> int:
    """Where the phrase's words are heard in a row, or where its first content word is."""
    words, said = read.words, read.phrase_stems
    size = len(said)
    if size:
        for k in range(len(words) - size + 1):
            if tuple(stem(w) for w in words[k:k + size]) == said:
                return k
    return read.first_word


def _paused_after(read: RunRead, verb: str) -> bool:
    """Whether a pause mark is written right after the last ``verb`` of the text (or the
    verb is not found as written: read as paused, so nothing is taken back)."""
    found = [end for _, end in spans(verb, read.lower)]
    return not found or read.lower[found[-1]:].lstrip()[:1] in tuple(",.;:!?-")


def _others_speaking(frame: list[str]) -> bool:
    """The speaking verb said last is someone else's: the nearest subject pronoun before it
    is none of the speaker's or the listener's."""
    for word in reversed(frame[:-1]):
        if word in OWN_SUBJECTS:
            return False
        if word in OTHER_SUBJECTS:
            return True
    return True  # (a noun subject: "the parrot was squawking")


def _sent(read: RunRead, start: int) -> bool:
    """A verb of :data:`SENDING`, then its recipient and the phrase at ``start``, no pause
    between (see the module docstring)."""
    words = read.words
    for verb_at in range(start - 1, max(start - 2 - LONGEST_RECIPIENT, -1), -1):
        verb = words[verb_at]
        if verb not in SENDING:
            continue
        if read.own(verb) or (verb_at and words[verb_at - 1] in DETERMINERS):
            return False  # (the request's own word, or a noun: "my texts")
        recipient = words[verb_at + 1:start]
        if recipient and not (recipient[0] in RECIPIENTS or (
                len(recipient) == 1 and recipient[0] not in read.lexicon.function_words)):
            return False
        said = r"\s+".join(map(re.escape, words[verb_at:start]))
        # (no pause after the verb and its recipient: one clause)
        return re.search(rf"\b{said}\b(?!\s*[,.;:!?-])", read.lower) is not None
    return False


def words_of_others(read: RunRead) -> bool:
    """Whether the phrase is what someone else said, is learning or performs (see the
    module docstring)."""
    if not read.phrase:
        return False
    start = _phrase_start(read)
    if start <= 0 or start > len(read.words):
        return False
    last = read.words[start - 1]
    if read.own(last):
        # (a word of the phrase heard apart or misheard: the phrase starts there, "... emailed
        # the whole office rin cliff")
        return _sent(read, start - 1)
    if last in SPEAKING:
        # (after a determiner it is a noun, the speaking named, not done: "excuse my
        # mumbling, ...", "sorry about the talking, ...")
        return (start < 2 or read.words[start - 2] not in DETERMINERS) and _others_speaking(
            read.words[:start])
    return ((last in LEARNING or last in PERFORMING) and not _paused_after(read, last)) or _sent(
        read, start)
