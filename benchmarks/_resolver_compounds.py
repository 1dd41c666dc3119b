"""A made-here out-of-scope class: a taught phrase said whole with a common noun right
after it, no pause between, the noun the head of a compound the phrase modifies
("bedtime story", "coffee time biscuit", "movie night popcorn"): a different request,
never a run (issue 14, "a different request that contains a phrase's words among other
content words"). Its nouns come from two places, reported apart:

- **imagined**: :data:`IMAGINED`, nouns a household says after a routine's name;
- **crowd**: the single-word device and place slots of the crowd-written requests
  (HWU64, SLURP) and each noun those rows put last after a determiner ("... the
  *kettle*", "... my *phone*").

A noun that is a given name, a word of address or a term of endearment (the lexicon's
``given_names``, ``addressees``, ``endearments``), a plural, or a word of a taught phrase
is left out: after a phrase it may be a call ("tea time alfred", "coffee time machine",
as the held-out sets' vocative kinds say it) or a mishearing.
Built over the phrases of any home (``benchmarks/_resolver_data.build_home``); nothing in
a held-out set's data or builder is read or changed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path

from _resolver_data import DATASETS

KIND_IMAGINED = "compound after a phrase (imagined)"
KIND_CROWD = "compound after a phrase (crowd nouns)"
KINDS = (KIND_IMAGINED, KIND_CROWD)

IMAGINED = (
    "story", "machine", "snack", "treat", "drink", "book", "outfit", "photo", "picture",
    "game", "quiz", "prayer", "bell", "chart", "rule", "mug", "blanket", "biscuit", "cake",
    "break", "chat", "hug", "cuddle", "joke", "poster", "card", "budget", "diary", "party",
    "checklist", "pyjama", "sticker", "ritual", "tradition", "memory", "habit", "cookie",
    "popcorn", "sofa", "costume", "voucher", "invite", "dance", "lullaby", "nightlight",
    "slipper", "toast", "kit", "bag", "bottle", "cup", "jar", "rota", "chore", "deal",
    "pass", "wristband", "survey", "speech", "lesson", "homework", "teacher", "timetable")
"""Nouns a household says after a routine's name as the head of a compound ("bedtime
story", "game night snack", "movie mode popcorn"): written here, not drawn from data."""

_ROWS = ("hwu64_iot/hwu64_iot.jsonl", "slurp_iot/slurp_iot.jsonl")
_SLOTS = frozenset({"device_type", "house_place", "coffee_type"})
_DETERMINERS = frozenset({"the", "my", "a", "an", "our", "your", "this", "that"})


def crowd_nouns(datasets: Path = DATASETS) -> tuple[str, ...]:
    """Single-word device, place and coffee slot values of the crowd rows, and each word a
    row ends in after a determiner, sorted (alphabetic words of three letters or more)."""
    found: set[str] = set()
    for rel in _ROWS:
        path = datasets / rel
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for slot in row.get("slots", ()):
                value = str(slot["value"]).lower()
                if slot["type"] in _SLOTS and value.isalpha():
                    found.add(value)
            words = str(row["text"]).lower().split()
            if len(words) >= 2 and words[-2] in _DETERMINERS and words[-1].isalpha():
                found.add(words[-1])
    return tuple(sorted(w for w in found if len(w) > 2))


def compound_cases(phrases: Iterable[tuple[str, str]], seed: int, *, per_kind: int = 60,
                   excluded: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(utterance, kind) pairs: a taught phrase of ``phrases`` ((phrase, routine) pairs)
    said with a noun after it, ``per_kind`` of each kind, drawn by ``seed``. ``excluded``:
    words that may be a call after a phrase (given names, words of address), left out."""
    pairs = sorted(set(phrases))
    taught = {w for p, _ in pairs for w in p.lower().split()}
    out = frozenset(excluded) | taught
    rng = random.Random(f"compounds-{seed}")
    cases: list[tuple[str, str]] = []
    for kind, pool in ((KIND_IMAGINED, IMAGINED), (KIND_CROWD, crowd_nouns())):
        nouns = [w for w in pool if w not in out and not w.endswith("s")]
        seen: set[str] = set()
        for _ in range(per_kind * 20):
            if len(seen) >= per_kind or not nouns:
                break
            phrase, _ = rng.choice(pairs)
            text = f"{phrase.lower()} {rng.choice(nouns)}"
            if text not in seen:
                seen.add(text)
                cases.append((text, kind))
    return cases
