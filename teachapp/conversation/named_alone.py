"""A device named alone ("desk lamp", "the tv", "kitchen lights?"): its state and what to
say to it. It was offered as a phrase to learn ('I don't know "desk lamp". Shall I learn
it?'), and a "yes" made a routine of a device's name. The devices are found as a state
question finds them (``cues.device_question``), so a name, a kind ("the lamps") or a name
misspelt is read as it is in "is the desk lamp on?". A correction naming devices right
after a command ("no, I meant the desk lamp") is that command for them (``narrowed``)."""

from __future__ import annotations

from typing import Any

from ..domain import ATTRIBUTES, Device
from ..errors import TeachappError
from ..store import phrase_key
from .cues import device_question

__all__ = ["named_alone", "narrowed"]

_MOST_WORDS = 4
"""The most words a device's name is said in alone; more is a sentence of its own."""
_LEADS = frozenset({"the", "my", "our", "a", "an", "uh", "um", "er", "hmm", "oh", "and",
                    "what", "about", "how"})
"""Words before a name said alone ("the tv", "um the desk lamp", "and the tv")."""

_TOGGLES = {"on": ("turn on", "turn off"), "locked": ("lock", "unlock")}
"""A state of two values and the words that change it: (to make it true, to make it false)."""


def named_alone(text: str, parser: Any) -> tuple[str, list[Device]] | None:
    """The reply to ``text`` when it only names devices of this home, and those devices
    (what "it" means next); None for any other words. ``parser``: the command parser."""
    words = phrase_key(text).split()
    led = words[:1] in (["the"], ["my"], ["our"], ["that"], ["this"])
    while words and words[0] in _LEADS:
        words = words[1:]
    if led and len(words) > 1 and words[-1] == "one":
        words = words[:-1]  # ("the tv one": the answer to a question not asked)
    if not words or len(words) > _MOST_WORDS:
        return None
    said = " ".join(words)
    found: list[Device] = parser.asked_about(f"is the {said} on")
    if not found or not _only_names(words, found):
        return None
    state = device_question(f"is the {said} on", parser)
    if state is None:
        return None
    return f"{state} {_what_to_say(said, found)}", found


def narrowed(names: str, previous: str, parser: Any) -> Any:
    """"turn the lights on", "no, I meant the desk lamp": the command ``previous`` for the
    devices ``names`` names alone, when they are some of those it changes; else None."""
    named = named_alone(names, parser)
    try:
        before = parser.parse(previous) if named is not None else None
    except TeachappError:
        return None
    if named is None or before is None or not before.steps:
        return None
    ran = {d.id for d in before.devices}
    keep = [d for d in named[1] if d.id in ran]
    return before.only(keep) if keep and len(keep) == len(named[1]) < len(ran) else None


def _only_names(words: list[str], devices: list[Device]) -> bool:
    """Whether every word said is a word of the devices' names or rooms (a plural too:
    "lamps"), so "desk lamp" is a name and "desk lamp story" or "lamp oil" is not."""
    known: set[str] = set()
    for device in devices:
        known.update(phrase_key(f"{device.name} {device.room or ''}").split())
    return all(w in known or w.rstrip("s") in known or f"{w}s" in known for w in words)


def _what_to_say(said: str, devices: list[Device]) -> str:
    """"Say what it should do, e.g. "turn on the desk lamp"." (of the first device's kind,
    its state changed the other way), and the settings it also takes."""
    first = devices[0]
    pronoun = "them" if len(devices) > 1 or _plural(first.name) else "it"
    if any(phrase_key(d.room or "") == said for d in devices):
        said = phrase_key(first.name)  # (a room alone: "turn on the coffee maker")
    example = _example(said, first)
    levels = [name for name, spec in ATTRIBUTES[first.kind].items()
              if spec.type in ("int", "float") and spec.unit == "%"]
    also = f" or \"{said} to 50 percent\"" if levels else ""
    return f"Say what to do with {pronoun}, e.g. \"{example}\"{also}."


def _plural(name: str) -> bool:
    """Whether a device's name says several things ("Kitchen lights", "Blinds")."""
    last = phrase_key(name).split()[-1:]
    return bool(last) and last[0].endswith("s") and not last[0].endswith("ss")


def _example(said: str, device: Device) -> str:
    """A change of ``device`` in words a command reads: its state the other way ("turn
    off the tv" when it is on), a cover opened or closed, a heating set."""
    for attribute, (true_words, false_words) in _TOGGLES.items():
        if attribute in ATTRIBUTES[device.kind]:
            verb = false_words if device.state.get(attribute) else true_words
            return f"{verb} the {said}"
    if device.kind == "cover":
        return f"{'close' if device.state.get('position') else 'open'} the {said}"
    if device.kind == "climate":
        return f"set the {said} to 21 degrees"
    return f"turn on the {said}"
