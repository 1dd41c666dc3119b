"""Real recogniser output for the tenth resolver set: the tenth homes' phrases (some in
its wrappers) and some of their out-of-scope requests spoken by synthetic voices
(hibari-tts, and espeak-ng as a second voice) and decoded by the app's Whisper engine
(benchmarks/data/tenth_heard.json, made by ``benchmarks/_make_fifth_heard.py --split
tenth``). Reported apart, under the fifth set's "heard" kinds, never in the in-scope or
out-of-scope aggregates. Its author never ran the resolver on them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from _resolver_data import Case
from _resolver_fifth import COMMAND_ENGINE, HEARD_KIND, HEARD_LOST, HEARD_OPEN, HEARD_OUT
from _resolver_tenth_labels import Taught, content, kept, must_keep, words
from _resolver_tenth_text import NAMES, NUMBERS
from rapidfuzz import fuzz

HEARD = Path(__file__).resolve().parent / "data" / "tenth_heard.json"


def load_heard() -> dict:
    """The committed transcripts ({} when the file is missing)."""
    return json.loads(HEARD.read_text(encoding="utf-8")) if HEARD.exists() else {}


def _heard(word: str, heard: str, said: str) -> bool:
    """``kept``, or a recogniser's changed ending ("charges" for "charge", "biscuits" for
    "biscuit's": a heard word that starts with the word, or a name heard near enough)."""
    if kept(word, heard, said):
        return True
    bare = word.replace("'", "")
    return any((len(bare) >= 3 and h.startswith(bare))
               or (word in NAMES and fuzz.ratio(word, h) >= 75) for h in words(heard))


def lost(said: str, heard: str, phrases: list[tuple[str, str]], routine: str) -> bool:
    """Whether a transcript of the taught phrase ``said`` (of ``routine``) lost it:
    empty, another routine's phrase (wrapped, or in synonyms), or no word left that
    tells it apart: none of its words used by fewer than three other phrases (names
    and numbers first), a number or time of it not heard ("bisque at 900" for "bisque
    at 1000"), or nothing of what sets it apart from a sibling sharing its
    words ("kiln" for "kiln on" beside "kiln off")."""
    others = [(p, r) for p, r in phrases if r != routine]
    if not words(heard) or Taught(others).is_phrase(heard):
        return True
    uses = Counter(w for p, _ in phrases if p != said for w in set(p.split()))
    keep = must_keep(said) or said.split()
    marks = [w for w in keep if w in NAMES or w in NUMBERS or any(c.isdigit() for c in w)]
    telling = marks or [w for w in keep if uses[w] < 3] or keep
    if not any(_heard(w, heard, said) for w in telling):
        return True
    if not all(_heard(w, heard, said) for w in marks if w not in NAMES):
        return True  # a number or a time changed: the phrase of an untaught sibling
    mine = content(said)
    for other, _ in others:
        theirs = content(other)
        extra = [w for w in said.split() if content(w) and content(w) <= mine - theirs]
        if mine & theirs and extra and not any(_heard(w, heard, said) for w in extra):
            return True
    return False


def became_phrase(said: str, heard: str, taught: Taught) -> bool:
    """Whether the recogniser made an out-of-scope request a request for a routine:
    the transcript is a taught phrase (maybe wrapped), or holds a whole taught phrase
    that what was said did not ("kiln" heard as "fire up the kiln")."""
    return taught.is_phrase(heard) or (taught.holds_phrase(heard)
                                       and not taught.holds_phrase(said))


def heard_cases(seed: int, phrases: list[tuple[str, str]]) -> list[Case]:
    """The transcripts of one tenth home as cases of the heard kinds."""
    routine_of = dict(phrases)
    taught = Taught(phrases)
    cases = []
    for item in load_heard().get("items", []):
        if item["seed"] != seed:
            continue
        text = item["heard"]
        if item["routine"] is not None:
            if routine_of.get(item["phrase"]) != item["routine"]:
                continue
            kind = HEARD_LOST if lost(item["phrase"], text, phrases, item["routine"]) \
                else HEARD_KIND if item["engine"] == COMMAND_ENGINE else HEARD_OPEN
            cases.append(Case(text, item["routine"], kind))
        elif text.strip() and not became_phrase(item["said"], text, taught):
            # (an out-of-scope request the recogniser turned into a taught phrase is
            # the recogniser's doing: counted in the file's summary, not here)
            cases.append(Case(text, None, HEARD_OUT))
    return cases
