"""A request echoed back as a question of its repetition or its time, and then commented
on: "bath time again? already?", "open the blinds again? seriously?", "tv time, again?
give me strength".

A word of repetition or of time ("again", "already") said last in its own clause with a
question mark is an echo question (Quirk et al. 1985, 11.34-11.35: a question that
repeats what was said or done, "with a rise of incredulity"): the speaker echoes what is
asked or has been done to wonder at it. When the speaker goes on past it in a clause of
their own ("seriously?", "you're joking", "give me strength", "already?"), the echo is a
complaint, or says that it is done, and asks for nothing (Searle 1975 on expressives:
they state an attitude to a state of affairs, not a wish that it come about).

Left alone, so the request still runs: the word said without a question mark ("movie
night again please", "heating on again, it's freezing", "bath time, again"), and the
question said last with nothing after it ("lights on again?", which may well ask for it
once more), or with only courtesy or a word of address after it ("lights on again?
please"). A request that would not run is left as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["echo_complaint"]


@lru_cache(maxsize=1)
def _echo_words() -> frozenset[str]:
    return frozenset(str(w) for w in (bundled_section("echo_questions") or ()))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _echo_words())))
    # (the word, its question mark, and more words after it: a clause of the speaker's own)
    return re.compile(rf"\b(?:{words})\s*\?+(?=\s*[,.!]*\s*[^\W\d_])", re.IGNORECASE)


def echo_complaint(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` echoes a request with a word of the lexicon's ``echo_questions``
    and a question mark, and goes on past it in words other than courtesy: "tv time
    again? you're joking"."""
    if "?" not in text:
        return False
    echo = _pattern().search(text)
    if echo is None:
        return False
    after = tokens(text[echo.end():], lexicon)
    # (thanks, words of address, a name or a wake word are no clause of the speaker's own:
    # "... again? please", "... again? thanks, love", "... again? cheers hal"; openers
    # and the lexicon's fillers are not among them, for "seriously" and "already" are
    # fillers there and a comment here: "... again? seriously?")
    polite = (lexicon.courtesy | lexicon.addressees | lexicon.endearments | lexicon.vocatives
              | lexicon.given_names | {w for words in lexicon.wake_words for w in words})
    return any(w not in polite and w not in ("thank", "you") for w in after)
