"""Small talk said to the assistant itself: praise ("you're great"), affection ("i love
you"), a complaint about it ("you're useless"), "no worries", "nice to meet you", "i
can't hear you". Each has a short friendly reply; none is a phrase to learn (they were
offered: "I don't know "i love you". Shall I learn it?").

The one list: ``talk`` reads these words as the "social" kind (so ``listen`` labels them
as chat answers them), ``manage`` says the reply, and teaching answers them between
steps. A routine taught for the very words still runs (``manage.answered_talk``).
Greetings, thanks and goodbyes stay in ``talk`` (their own kinds, older than this list).
"""

from __future__ import annotations

import re

__all__ = ["OUTCOME", "PATTERN", "reply_to"]

OUTCOME = "small talk"
"""What such a turn is logged as: "why did you do that?" passes over it, as over a
thank-you, to the turn before."""

_YOU_ARE = r"(?:you(?:'?re| are)|your|ur|u r)"
_SO = r"(?:(?:so|really|very|such|just|pretty|totally|completely|absolutely|the) )*"
_FINE = (r"(?:great|the best|amazing|awesome|brilliant|clever|smart|helpful|wonderful|"
         r"fantastic|lovely|cool|good|nice|sweet|kind|funny|the greatest|a (?:star|genius|"
         r"legend|gem|champ|lifesaver|life saver|good (?:bot|assistant|helper))|"
         r"(?:a )?(?:great|good|clever|smart|brilliant) (?:bot|assistant|helper|one))")
_BAD = (r"(?:stupid|useless|dumb|rubbish|hopeless|an idiot|idiotic|terrible|awful|annoying|"
        r"bad|slow|broken|wrong|no help|not helping|not very (?:good|helpful|smart|clever)|"
        r"(?:a )?(?:stupid|useless|dumb|rubbish|bad|terrible) (?:bot|assistant|machine|thing|"
        r"computer))")
_ASSISTANT = r"(?:bot|assistant|girl|boy|computer|robot|machine)"

SOCIAL: tuple[tuple[str, str], ...] = (
    (rf"{_YOU_ARE} {_SO}{_FINE}|you rock|good {_ASSISTANT}|clever {_ASSISTANT}|"
     r"(?:i )?(?:really )?(?:love|like|adore) you(?: (?:so much|a lot|too))?|"
     r"i think you(?:'?re| are) {_SO}" + _FINE,
     "Thank you, that's kind of you."),
    (rf"{_YOU_ARE} {_SO}{_BAD}|bad {_ASSISTANT}|you suck|i hate you|"
     rf"(?:stupid|useless|dumb) {_ASSISTANT}",
     "Sorry about that. Say \"why did you do that?\" to hear what I did and why, or "
     "\"undo\" to put it back."),
    (r"(?:it'?s |it is )?(?:nice|good|lovely|pleased|great) to meet you(?: too)?|"
     r"(?:how do you do)",
     "Nice to meet you too. Say \"help\" to hear what I can do."),
    (r"no (?:worries|problem|probs|bother|matter)|(?:that'?s|it'?s|that is|it is) "
     r"(?:ok|okay|fine|all right|alright)|you'?re welcome|(?:i'?m|i am) sorry|"
     r"sorry about that|my apologies",
     "That's all right."),
    (r"(?:wow|cool|great|nice|awesome|lovely|brilliant|excellent|amazing|fantastic|sweet|"
     r"neat|not bad|very good|good)(?: stuff| one)?|ha(?:ha)+|lol",
     "Glad to hear it."),
    (r"i (?:can'?t|cannot|can not|couldn'?t) hear you(?: (?:very )?well)?|speak up",
     "Sorry. I speak through this computer's speaker, so turn its volume up there; say "
     "\"say that again\" to hear my last reply."),
    (r"tell me a (?:joke|story)|(?:sing|play) (?:me )?a song|(?:do you )?know any jokes",
     "I don't know any jokes, stories or songs: I know this home's devices and the "
     "routines you teach me. Say \"help\" to hear what I can do."),
)
"""(words, reply): the words as ``talk`` matches them (whole, with its lead-ins and
tails around them: "ok", "please", a wake word)."""

PATTERN = "|".join(f"(?:{words})" for words, _ in SOCIAL)
"""Every one of them, for ``talk``'s table."""

_COMPILED = [(re.compile(f"(?:{words})$", re.IGNORECASE), reply) for words, reply in SOCIAL]


def reply_to(words: str) -> str | None:
    """The reply to small talk ``words`` (as ``talk`` found them, its lead-ins and tails
    left out), or None when they are none of it."""
    said = " ".join(words.replace("’", "'").split()).strip(" .!?,;:")
    return next((reply for pattern, reply in _COMPILED if pattern.match(said)), None)
