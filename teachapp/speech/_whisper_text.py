"""Pure helpers between Whisper's text and the words the resolver reads.

Whisper writes sentences ("Set Bed Light brightness to 50%."), sometimes says a
short command twice or more when its window is shorter than 30 s, and with taught
phrases in its prompt writes them nearly letter for letter. These functions turn
that into recogniser-style text (lower case, no punctuation, numbers as words), keep
its clause punctuation beside it for the resolver (it writes a comma or a stop where
the speaker paused: "Movie night, we're off to bed."), cut the repeats, build the
prompt, and snap a near miss onto a taught phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from ._boundaries import strip_marks, words_only
from .text import grammar_phrases, number_words, words_of

__all__ = ["HESITATIONS", "SNAP_SIMILARITY", "clauses", "clean", "cut_repeats",
           "cut_repeats_marked", "filler_heard", "name_heard", "prompt_text", "said_again",
           "snap"]

SNAP_SIMILARITY = 0.8
"""Character similarity (rapidfuzz ratio, 0..1) a transcript needs to a taught
phrase to be written as that phrase. Chosen on the espeak-ng and hibari development
phrases (benchmarks/speech.py); the real recordings were not used to pick it."""
_SNAP_MARGIN = 0.06
"""The nearest phrase must beat the next one by this much, else no snapping."""
_SNAP_MAX_WORD_GAP = 1
"""At most this many words more or fewer than the phrase: "turn off lights in the
office" is a different request from "turn off all of the lights in the office"."""
_OPPOSITES = frozenset("on off un lock unlock locked unlocked open close closed up down start "
                       "stop in out not no don't dont enable disable all".split())
"""Words that turn a request into another one: a transcript that differs from a
taught phrase in one of these ("turn off the lamp" / "turn on the lamp") is never
snapped onto it."""
_SOUNDS_ALIKE = 50
"""rapidfuzz ratio (0..100) at which a heard word may stand for a taught one it
replaced ("woo"/"mood" 57, "hen"/"hens" 86; "is"/"put" 0)."""
_BOUNDARY = re.compile(r"[,;:!?\u2026.]+|\s[-\u2013\u2014]+\s?|[-\u2013\u2014]+\s|[\u2013\u2014]")
"""Punctuation that may set clauses apart (the resolver's own reading of typed text:
understanding._carriers); :func:`_is_boundary` drops the stops and commas of numbers."""
_SYMBOLS = (("%", " percent "), ("&", " and "), ("+", " plus "), ("°", " degrees "))


_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d\d)\b|(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\btill ))"
                    r"([1-9]|1\d|2[0-3])([0-5]\d)\b(?!\s*(?:%|percent|degree|°))|"
                    r"\b([1-9]|1[0-2])([0-5]\d)(?=\s*[ap]\.?m\b)")
"""A clock time as Whisper writes it: "7:30", "7.30", and "at 730", "730 pm" (not "set it
to 730" or "at 100 percent", numbers)."""
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DECIMAL = re.compile(r"(?<=\d)\.(\d+)")


def clean(text: str) -> str:
    """Recogniser-style text: lower case, no punctuation, numbers as words, a clock time
    as it is said ("7:05" -> "seven oh five", "7:00" -> "seven o'clock"; the digits
    alone gave "seven five", "seven zero"), "1,000" one number, "2.5" "two point five"."""
    for symbol, word in _SYMBOLS:
        text = text.replace(symbol, word)
    text = _THOUSANDS.sub("", _CLOCK.sub(_said_clock, text))
    return " ".join(words_of(_DECIMAL.sub(lambda m: " point " + " ".join(m.group(1)), text)))


def _said_clock(match: re.Match[str]) -> str:
    hour, minutes = (int(g) for g in match.groups() if g is not None)
    if minutes >= 60:
        return match.group()
    said = ("o'clock" if minutes == 0 else
            f"oh {number_words(minutes)}" if minutes < 10 else number_words(minutes))
    return f" {number_words(hour)} {said} "


def clauses(text: str) -> list[tuple[str, str]]:
    """Whisper's text cut at its clause punctuation: (the clause's words as
    :func:`clean` writes them, the mark after it). Marks are written as typed text
    has them: "?", "!", "." and ";" as they are; a comma, a colon, a dash and an
    ellipsis (a trailing off) as ",". A stop or a comma inside a number ("2.5",
    "1,000", "7:30") and the stops of "a.m." are no boundary."""
    out: list[tuple[str, str]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        out.append((clean(text[start:match.start()]), _mark(match.group())))
        start = match.end()
    out.append((clean(text[start:]), ""))
    return out


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    mark, before, after = match.group(), text[:match.start()], text[match.end():]
    if mark in (".", ",", ":") and before[-1:].isdigit() and after[:1].isdigit():
        return False
    if mark == "." and after[:1].isalnum():
        return False  # "a.m", "e.g": a stop inside a word
    word = before.split()[-1].split(".")[-1] if before.split() else ""
    return not (mark == "." and len(word) == 1 and word.isalpha())  # "a.m." ends in "m."


def _mark(found: str) -> str:
    for mark in ("?", "!", ","):
        if mark in found:
            return mark
    if "\u2026" in found or ".." in found:
        return ","
    if "." in found:
        return "."
    return ";" if ";" in found else ","


def cut_repeats(text: str) -> str:
    """Whisper's text up to where it starts saying the same thing again, as a
    recogniser writes it (:func:`cut_repeats_marked` without the marks)."""
    return words_only(cut_repeats_marked(text))


def cut_repeats_marked(text: str) -> str:
    """Whisper's text up to where it starts saying the same thing again, with its
    clause punctuation kept between the clauses (:func:`clauses`): clauses after one
    that repeats (or begins) an earlier clause are dropped, then a run of the same
    words ("next next next") is cut to one."""
    kept: list[tuple[str, str]] = []
    for norm, mark in clauses(text):
        if not norm:
            continue
        if any(norm == s or s.startswith(norm + " ") or norm.startswith(s + " ")
               for s, _mark in kept):
            break
        kept.append((norm, mark))
    words = " ".join(norm for norm, _mark in kept).split()
    limit = len(words)
    for period in range(1, len(words) // 2 + 1):
        if words[period:2 * period] == words[:period]:
            rest = words[period:]
            if all(w == words[i % period] for i, w in enumerate(rest[:-1])) and \
                    words[(len(rest) - 1) % period].startswith(rest[-1]):
                limit = period  # (the last word perhaps cut off at the decode's cap)
                break
    out: list[str] = []
    for norm, mark in kept:
        clause = norm.split()[:limit]
        limit -= len(clause)
        if clause:
            out.append(" ".join(clause) + mark)
    return strip_marks(" ".join(out))


def said_again(text: str) -> bool:
    """Whether Whisper's text (perhaps cut off mid-clause) already holds a clause it wrote
    before, whole: from there on it is saying the command again ("start bath time, start
    bath time,"), and :func:`cut_repeats_marked` keeps the text before that clause, whatever
    follows it. (A clause still being written is not judged: "turn on the lamp, turn" may
    go on "on the fan".)"""
    parts = clauses(text)
    if parts and parts[-1][0]:
        parts = parts[:-1]  # (no mark after it yet: unfinished)
    seen: set[str] = set()
    for norm, _mark in parts:
        if norm in seen:
            return True
        if norm:
            seen.add(norm)
    return False


HESITATIONS = "Alexa, um, uh, er, hmm."
"""The start of every command prompt. Whisper was trained on transcripts that leave
hesitations out, and a prompt of taught phrases alone shows it none: it wrote a
filler before a phrase as the nearest word ("uh movie night" -> "a movie night", "er,
good night" -> "our good night", "hmm, reading mode" -> "from reading mode"), which
the resolver rightly takes as the speaker's own word and asks about. A prompt that
opens with fillers, as a verbatim transcript has them, makes it write them as fillers
(which the resolver leaves aside): on 27 phrases said after a filler (hibari-tts,
espeak-ng en-gb and en-us) 12 -> 19 were heard as filler + phrase, none of 24 phrases
said after a real word ("our", "a", "no", "oh", "i'm") was heard as a filler, and
"hey um" is still heard "hey i'm" (a 4-wide beam has no hypothesis with "um"):
:func:`filler_heard` writes that "i'm" back as the filler.

It opens with the wake word people say out of habit (the resolver leaves it aside as it
does a filler): without it tiny.en wrote hibari-tts's "alexa" as "elect the", "elects
a", "relax the", and those requests were asked about or missed. On 96 "alexa <taught
phrase> please" (eight phrases; hibari-tts at two speeds, espeak-ng en-us and en-gb;
clean, 10 and 5 dB pink noise) 60 -> 72 ran; the phrases said alone 48 of 72 either way
(three of the voices), and of 207 sayings of sentences that must not run 1 ran either
way.

The list follows the hesitations, and after a speaker's own "um, uh" Whisper may go on as
the prompt does, with the home's requests: what it wrote so is dropped when, without the
prompt, it wrote only hesitations there (:func:`_no_words.copied_after_filler`)."""


_CALLS = frozenset("hey hi hello ok okay oh so well um uh er".split())
"""Words a person may say before a filler and a phrase ("hey, um, reading mode")."""
_FILLER_AS_WORD = re.compile(r"\bi'?m\b|(?<![\w'])m\b", re.IGNORECASE)
_AS_FILLER = ("i'm", "m")
"""What Whisper writes for an "um": "i'm", or a lone "m" (hibari-tts's "um, call grandma"
was written "m call grandma", and asked about: an "m" may be a letter)."""


def filler_heard(text: str, marked: str, phrases: Sequence[str]) -> tuple[str, str]:
    """(text, marked) with the "i'm" or "m" Whisper writes for a filler said before a
    taught phrase written as the filler it was: "hey um reading mode" and "um, reading
    mode" were heard "hey i'm reading mode" and "i'm reading mode" (hibari-tts and
    espeak-ng, 14 and 7 of 14; benchmarks/speech_controls.py --fillers), which the
    resolver rightly takes as the speaker's own words and answered "I don't know ...
    Shall I learn it?"; "um, call grandma" was heard "m call grandma" and asked about.
    Only when the rest is exactly a taught phrase and at most a greeting or a filler
    comes first; ``marked`` is the same words with Whisper's punctuation."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if w in _AS_FILLER), None)
    if at is None:
        return text, marked
    if (not all(w in _CALLS for w in words[:at])
            or " ".join(words[at + 1:]) not in set(grammar_phrases(phrases))):
        return text, marked
    words[at] = "um"
    return " ".join(words), _FILLER_AS_WORD.sub("um", marked, count=1)


_NAME_AS_HEARD = re.compile(
    r"^((?:hey|hi|hello|ok|okay)[,.!]?\s*)?(?:teach[\s-]*(?:up|app?)|t[\s-]*ch[ao]p)\b",
    re.IGNORECASE)
"""How tiny.en writes teachapp's own name said first, after a greeting or not: "teach up",
"teach app", "t chap", "tchap", "t chop", "okteachap" (hibari-tts at two speeds, 16 of 16
sayings of "teachapp, <request>", "hey teachapp, …", "ok teachapp, …")."""


def name_heard(text: str, marked: str) -> tuple[str, str]:
    """(text, marked) with teachapp's name said first written as the name, a wake word the
    resolver and chat leave aside: "hey teachapp, movie time please" was heard "hey teach
    up movie time please", and chat read "teach" in it and started teaching ("movie time"
    already starts Movie night. Say another phrase, or "cancel"), every request after it
    taken as the phrase to teach. The name in Whisper's prompt writes it (16 of 16) but
    moved other words of the 30 real recordings (3 worse, 2 better): not taken.
    ``marked`` is the same words with Whisper's punctuation."""
    def name(found: re.Match[str]) -> str:
        call = found.group(1)
        return (call.rstrip() + " " if call else "") + "teachapp"

    if _NAME_AS_HEARD.match(text) is None:
        return text, marked
    return (_NAME_AS_HEARD.sub(name, text, count=1),
            _NAME_AS_HEARD.sub(name, marked, count=1))


def prompt_text(hints: Sequence[str], limit_chars: int = 600) -> str:
    """Whisper's initial prompt from the taught phrases and device names: the
    :data:`HESITATIONS`, then a list of the hints, as a person would write it. Whisper
    keeps the end of a long prompt, so the most important hints go last; here the list
    is cut at the front."""
    items = [h.strip() for h in hints if h and h.strip()]
    items = list(dict.fromkeys(items))
    text = ", ".join(items)
    if len(text) > limit_chars:
        text = text[-limit_chars:]
        text = text[text.find(",") + 1:] if "," in text else text
    return (f" {HESITATIONS} {text.strip()}.") if text.strip() else ""


def snap(text: str, phrases: Sequence[str]) -> tuple[str, float, str | None]:
    """(text, similarity, phrase): the taught phrase when the transcript is close
    enough to exactly one, else the transcript unchanged (similarity of the nearest,
    phrase None)."""
    from rapidfuzz import fuzz

    if not text:
        return text, 0.0, None
    scored = sorted(((fuzz.ratio(text, p) / 100.0, p) for p in grammar_phrases(phrases)),
                    reverse=True)
    if not scored:
        return text, 0.0, None
    best, phrase = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if phrase == text:
        return text, 1.0, phrase
    if text.replace(" ", "") == phrase.replace(" ", ""):
        return phrase, best, phrase  # only the spacing differs ("never mind")
    gap = abs(len(phrase.split()) - len(text.split()))
    changed = set(text.split()) ^ set(phrase.split())
    if (best >= SNAP_SIMILARITY and best - runner >= _SNAP_MARGIN
            and gap <= _SNAP_MAX_WORD_GAP and not changed & _OPPOSITES
            and not any(w.startswith("un") and w[2:] in changed for w in changed)
            and misheard_only(text, phrase)):
        return phrase, best, phrase
    return text, best, None


def misheard_only(heard: str, phrase: str) -> bool:
    """Whether ``heard`` differs from ``phrase`` only as a mishearing does: a word
    heard as one that sounds like it ("woo" for "mood"), or a word missed. A word
    said beside the phrase, or in place of one it does not sound like, is the
    person's: "is bath time", "is the kettle on" (beside "put the kettle on") and
    "was the kettle on" ask something else, and are never written as the phrase."""
    from rapidfuzz import fuzz

    said, taught = heard.split(), phrase.split()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, said, taught, autojunk=False).get_opcodes():
        if op == "delete":
            return False
        if op == "replace" and fuzz.ratio(" ".join(said[i1:i2]),
                                          " ".join(taught[j1:j2])) < _SOUNDS_ALIKE:
            return False
    return True
