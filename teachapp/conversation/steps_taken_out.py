"""A step taken back out while teaching, said as people say it: "no, not the lights",
"oops no not the lights", "actually not the front door", "take the lights out", "leave
the desk lamp out", "remove the last step".

Before, only "remove X" / "take X out" with a device's own name took a step out: a kind
("the lights") or a word before it ("oops no", "actually") was "I didn't get … as
something to do", and "take the lights out" was read as a command, teaching the lights
off a second time. Pure functions over the session; ``Teacher`` calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..domain import Device, SayStep, SetStep, WaitStep, sentence_start
from ..understanding.normalize import normalise
from .intents import find_devices, parse_remove
from .teaching import TeachingSession, summarise_steps

__all__ = ["CHANGE_OF_MIND", "devices_named", "done_otherwise", "last_step_taken_out",
           "not_doing", "not_done", "nothing_to_start_again", "pause_or_reply_named",
           "start_again", "starts_again", "take_out", "take_out_pauses_or_replies",
           "taught_states", "words_taken_out"]

CHANGE_OF_MIND = (r"oops|whoops|no|nope|nah|actually|sorry|wait|hang on|hold on|i mean|"
                  r"on second thoughts?")
"""Words a change of mind opens with ("oops no", "actually", "sorry"), as a pattern: they
say nothing of what goes or of a step said again ("no wait, …": ``teacher_commands``)."""
_LEAD = re.compile(rf"^(?:(?:{CHANGE_OF_MIND}|oh|um+|uh+|er+|hmm+|ah|make that|"
                   r"and|but|so|ok|okay)\s+)+")
"""A change of mind's words and the fillers and joiners said with them, read past."""
_TAIL = re.compile(r"(?:\s+(?:please|after all|then|actually|either|thanks|thank you|"
                   r"from it|from this|of it|in it|this time))+$")
_NOT = re.compile(r"^(?:not|without|minus|except|but not|leave out|no)\s+(.+)$")
_LAST = re.compile(
    r"^(?:remove|delete|drop|undo|cancel|scratch|skip|lose|take out|take away|get rid of)"
    r"\s+(?:the\s+|that\s+)?(?:last|previous|latest)\s+(?:step|one|1|thing|bit|part|command|"
    r"change|line)$|"
    r"^(?:take|leave)\s+(?:that|the\s+(?:last|previous)\s+(?:step|one|1|thing))\s+out$|"
    r"^(?:remove|delete|drop|lose)\s+(?:that|that step|it)$")
"""The last step said as such, not by its device: "scratch that" and "undo" already
drop it (``intents``)."""
_AGAIN = re.compile(
    r"^(?:let us\s+|can we\s+|i want to\s+|i will\s+|we will\s+|just\s+)?"
    r"(?:start|begin|do it|go)\s+(?:all\s+)?(?:again|over|afresh|anew|from\s+(?:scratch|"
    r"the\s+(?:start|beginning|top)))$|"
    r"^from\s+the\s+(?:top|start|beginning)$|"
    r"^(?:clear|remove|delete|drop|scratch|wipe|erase|get rid of|take out|undo)\s+"
    r"(?:all\s+(?:of\s+)?(?:the\s+)?(?:steps|of\s+(?:it|them|that)|that|it|them)|"
    r"all|everything(?:\s+so\s+far)?|the\s+(?:whole\s+thing|lot|steps)|it\s+all)$|"
    r"^(?:reset|clear)(?:\s+it)?$")
"""Every step so far said to go, the teaching going on ("start again", "let's start over",
"clear all the steps", "scratch all that"): it was "I didn't get "start again" as
something to do"."""
_DONT = re.compile(r"^(?:don'?t|do\s+not|no\s+need\s+to)\s+(.+)$")
_FILLER_WORDS = {"the", "a", "an", "and", "too", "also", "please", "of", "both", "my"}
_DETERMINERS = ("the ", "my ", "all ", "both ", "any ", "those ", "these ", "that ", "this ")


def last_step_taken_out(text: str) -> bool:
    """Whether ``text`` asks for the last step to go ("remove the last step", "take that
    out", "drop the last one"), past words a change of mind opens with."""
    return bool(_LAST.match(_TAIL.sub("", _LEAD.sub("", normalise(text)))))


def starts_again(text: str) -> bool:
    """Whether ``text`` asks for every step so far to go and the teaching to go on
    ("start again", "remove everything"), past words a change of mind opens with."""
    return bool(_AGAIN.match(_TAIL.sub("", _LEAD.sub("", normalise(text)).strip(" .!"))))


def nothing_to_start_again(*, ran: bool) -> str:
    """What "start again" is told with nothing being taught (it was offered as a phrase
    to learn: 'I don't know "again". Shall I learn it?'): that nothing is under way, and
    how to begin one, or take back the last run when there is one (``ran``)."""
    back = ", or \"undo\" to put back what I did last" if ran else ""
    return ("There's nothing to start again: I'm not learning a phrase right now. Say "
            f"\"teach\" to teach me a new one{back}.")


def start_again(session: TeachingSession) -> str:
    """Take every step out of ``session`` (devices, pauses and replies) and say so; the
    phrase stays, and the teaching goes on from "What should … do?"."""
    session.targets.clear()
    session.extras.clear()
    session.stage = "actions"
    return (f"OK, starting again: \"{session.phrase}\" doesn't do anything yet. Tell me what "
            "it should do.")


def words_taken_out(text: str) -> str | None:
    """The words of the devices a step is taken out for: "oops no not the lights" -> "the
    lights", "take the front door out of bedtime" -> "front door", "don't turn on the tv"
    -> "tv"; None when ``text`` says no such thing."""
    said = _TAIL.sub("", _LEAD.sub("", normalise(text)))
    match = _NOT.match(said)
    if match:
        return match.group(1)
    return parse_remove(said)


def not_done(text: str) -> str | None:
    """The request said not to be done: "oops, don't turn off the lights" -> "turn off
    the lights"; None when ``text`` is no such sentence ("not the lights")."""
    said = _DONT.match(_TAIL.sub("", _LEAD.sub("", normalise(text))))
    return said.group(1) if said else None


def taught_states(session: TeachingSession) -> dict[str, dict[str, Any]]:
    """Each device the routine being taught changes, with what it sets (a change after a
    pause over the one before)."""
    taught: dict[str, dict[str, Any]] = {device: dict(changes)
                                         for device, changes in session.targets.items()}
    for _at, step in session.extras:
        if isinstance(step, SetStep):
            taught.setdefault(step.device, {}).update(step.set)
    return taught


def done_otherwise(session: TeachingSession, steps: Sequence[SetStep]) -> set[str]:
    """The devices of ``steps`` (what "don't …" says not to do) that ``session``
    switches the other way: "don't turn off the lights" of a routine that turns them on,
    "don't unlock the front door" of one that locks it. Their steps already do as the
    person wants, so they are not taken out (they were: the lights left the routine)."""
    taught = taught_states(session)
    return {step.device for step in steps if step.device in taught and any(
        isinstance(value, bool) and name in taught[step.device]
        and taught[step.device][name] != value for name, value in step.set.items())}


def not_doing(session: TeachingSession, request: str, words: str, *, several: bool) -> str:
    """What is said when every device "don't <request>" names is switched the other way
    by the routine: nothing changes, and how to take them out all the same."""
    return (f"\"{session.phrase}\" doesn't {request} (say \"not {_the(words)}\" to take "
            f"{'them' if several else 'it'} "
            f"out). {_left(session, 'it')}")


def _the(words: str) -> str:
    return words if words.startswith(_DETERMINERS) or words in ("everything", "it", "them") \
        else f"the {words}"


def devices_named(words: str, devices: Sequence[Device], parser: Any) -> list[Device]:
    """The home's devices ``words`` name: as an answer to "which one?" names them (a
    kind, a room, a name: "the lights", "the telly"), else by their names with nothing
    but small words beside them. [] when they name none ("not yet", "the kettle" of a
    home with none), so the words are read as anything else is."""
    picked = list(parser.picked(words, devices))
    if picked:
        return picked
    chosen = find_devices(words, devices)
    leftover = set(words.split())
    for device in chosen:
        leftover -= set(normalise(device.name).split())
        leftover -= set(device.id.split(".", 1)[1].split("_"))
    return chosen if chosen and leftover <= _FILLER_WORDS else []


def take_out(session: TeachingSession, words: str, device_ids: Sequence[str]) -> str:
    """Take the steps of ``device_ids`` out of ``session`` (a change after a pause too)
    and say so with what is left: 'OK, not the lights. So far "bedtime" will lock Front
    door.', or at "Shall I save it?" that question again with what is left; none of them
    in it: nothing changes, and that is said ('"bedtime" doesn't change the tv. So far it
    will …')."""
    said = _the(words)
    ids = set(device_ids)
    taught = [d for d in session.targets if d in ids]
    later = [step for _, step in session.extras if isinstance(step, SetStep)
             and step.device in ids]
    phrase = f"\"{session.phrase}\""
    if not taught and not later:
        return f"{phrase} doesn't change {said}. {_left(session, 'it')}"
    gone = [i for i, device_id in enumerate(session.targets) if device_id in ids]
    for device_id in taught:
        del session.targets[device_id]
    # (a pause or reply keeps its place among the steps that are left)
    session.extras = [(at - sum(1 for i in gone if i < at), step)
                      for at, step in session.extras
                      if not (isinstance(step, SetStep) and step.device in ids)]
    if session.stage == "confirm" and not session.has_actions():
        session.stage = "actions"
    return f"OK, not {said}. {_left(session, phrase)}"


_PAUSES = re.compile(r"^(?:the |that |this |a )?(?:wait|waits|waiting|pause|pauses|delay|"
                     r"delays|break)(?: step)?$")
_REPLIES = re.compile(r"^(?:the |that |this )?(?:message|messages|reply|replies|saying|speech|"
                      r"announcement|words said|good ?night message)(?: step)?$")


def pause_or_reply_named(words: str) -> type[WaitStep] | type[SayStep] | None:
    """The kind of step ``words`` (of ``words_taken_out``) name when they name a pause
    ("the wait", "pause") or a spoken reply ("the message"); None otherwise."""
    return WaitStep if _PAUSES.match(words) else SayStep if _REPLIES.match(words) else None


def take_out_pauses_or_replies(session: TeachingSession, words: str,
                               kind: type[WaitStep] | type[SayStep]) -> str:
    """Take the pauses (or the spoken replies, ``kind``) out of ``session`` and say so with
    what is left, as ``take_out`` does for devices ("remove the wait" was "We're still
    teaching …"); none in it: nothing changes, and that is said."""
    kept = [(at, step) for at, step in session.extras if not isinstance(step, kind)]
    phrase = f"\"{session.phrase}\""
    if len(kept) == len(session.extras):
        does = "wait" if kind is WaitStep else "say anything"
        return f"{phrase} doesn't {does}. {_left(session, 'it')}"
    session.extras = kept
    if session.stage == "confirm" and not session.has_actions():
        session.stage = "actions"
    return f"OK, not {_the(words)}. {_left(session, phrase)}"


def _left(session: TeachingSession, who: str) -> str:
    """What the routine does now: 'So far "bedtime" will lock Front door.'; at "Shall I
    save it?", that question again with it ('It will lock Front door. Shall I save it?')."""
    if not session.has_actions():
        return f"{sentence_start(who)} doesn't do anything yet."
    if session.stage == "confirm":
        return f"{sentence_start(who)} will {summarise_steps(session)}. Shall I save it?"
    return f"So far {who} will {summarise_steps(session)}."
