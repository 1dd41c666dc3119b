"""What to say to do each thing: the one source of the wordings of "help" and of the
answers to "how do I delete a routine?", "how do I undo?", "how do I teach you
something?".

Pure functions over text and names. The questions were "I can't answer ...", and "how
do I teach you something" started a teaching; each answer now names the words to say,
with a routine and a device of this home as the example, as help does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..domain import counted, name_in_sentence, phrase_quoted, spoken_list
from .half_of_day import hour_example

__all__ = ["Topic", "asked_how", "help_text", "how_to", "usage_topic"]

Topic = str
"""One thing a person may ask how to do: a key of ``_SAY``."""

_ROUTINE = "movie night"
"""The example routine when none is taught."""
_REMIND = "remind me to call mum at 5"
_SCHEDULE = "run {routine} every day at {hour}"
"""Examples help and the answers both give."""

_SAY: dict[Topic, str] = {
    "teach": "Say \"teach\", then the phrase, then what it should do (\"{device}\"), then "
             "\"done\"; or all at once: \"when I say reading mode, {device}\".",
    "forget": "Say \"forget\" and the phrase, e.g. \"forget {routine}\". \"undo\" right "
              "after brings it back.",
    "rename": "Say \"rename\", the phrase and the new one, e.g. \"rename {routine} to "
              "film night\".",
    "add_phrase": "Say \"call\", the routine and the new phrase, e.g. \"call {routine} "
                  "film night too\".",
    "schedule": "Say \"run\", the routine and when, e.g. \"{schedule}\". "
                "\"what's scheduled?\" lists the schedules.",
    "undo": "Say \"undo\" right after a routine or command runs: I put the devices back "
            "as they were. \"redo\" does it again.",
    "edit": "Say what to add and where, e.g. \"add {device} to {routine}\"{remove}.",
    "disable": "Say \"disable\" and the routine, e.g. \"disable {routine}\"; \"enable "
               "{routine}\" switches it on again.",
    "remind": "Say \"remind me\", what and when, e.g. \"{remind}\".",
    "timer": "Say \"set a timer for\" and how long, e.g. \"set a timer for 10 minutes\".",
    "run": "Say its phrase, e.g. \"{routine}\"; \"what routines do you know?\" lists them.",
}
"""Each thing and the words to say for it; {routine}, {device} and {remove} are
filled from this home (``how_to``); {remind} and {schedule} are help's examples."""

_TOPIC_WORDS: tuple[tuple[Topic, str], ...] = (
    ("schedule", r"schedule|automate|(?:make|have|get|let) (?:a |my |the )?routines? run "
                 r"(?:at .+|every .+|each .+|by itself|automatically|on (?:a |its own )?"
                 r"(?:schedule|time))"),
    ("add_phrase", r"add (?:a |another |an other |one more )?(?:new )?(?:phrase|name|nickname)"
                   r"|give (?:it|a routine|the routine) (?:a |another )?(?:new )?(?:phrase|name)"),
    # "how do I add a step (to a routine)", "remove a step from it": a routine's steps
    # changed ("add" and "remove" alone are teaching and forgetting; it was "I can't
    # answer ...")
    ("edit", r"(?:add|put|remove|delete|take out|take away|drop|change|edit) (?:a |an |the |"
             r"another |one more )?(?:new )?(?:steps?|actions?)(?: (?:to|from|in|into|out of|"
             r"of))?"),
    ("teach", r"teach|learn|make|create|add|set up|record|save"),
    ("forget", r"delete|remove|forget|erase|get rid of|unlearn"),
    ("rename", r"rename|change the (?:name|phrase)(?: of)?|"
               r"call (?:it|that|a routine|my routine|the routine) something else"),
    ("undo", r"undo|(?:take|put) (?:it|that|things|the devices|the last (?:run|one)) back|"
             r"go back|reverse|cancel"),
    ("edit", r"change|edit|update|modify|fix"),
    ("disable", r"disable|switch off|turn off|pause|stop|enable"),
    ("remind", r"(?:set|get|make|add) (?:a )?reminders?|be reminded|remind"),
    ("timer", r"(?:set|start|use) (?:a )?timers?"),
    ("run", r"run|start|use|trigger"),
)
"""The verbs that name each thing asked about, tried in order ("make a routine run
every day" a schedule and "add a phrase" a phrase before "make" and "add" teach)."""

_ABOUT_APP = (r"(?:(?:a |the |my |your |an? new |one of (?:my|the) )?(?:routines?|phrases?|"
              r"commands?|shortcuts?|scenes?|schedules?|reminders?|timers?|it|that|this|"
              r"things?|something(?: new)?|you(?: something(?: new)?)?|a new one|one|"
              r"an? (?:undo|mistake)|what you did|the last (?:one|thing|run))"
              r"(?: (?:for|with|of) (?:me|you))?)?")
"""What the thing may be said about: a routine, it, you, nothing at all."""

_HOW_RE = re.compile(
    r"^(?:(?:so|and|ok|okay|um|uh|please|hey|but|tell me|can you tell me)\s+)*"
    r"(?:how (?:do|can|could|should|would|might) (?:i|we|one|you) |how to |"
    r"what do i (?:say|do) to |is there a way to |can i |"
    r"(?:how|what) (?:is|s) the way to )"
    r"(?P<what>.+?)\s*(?:please)?$", re.IGNORECASE)


def asked_how(text: str) -> str | None:
    """What ``text`` asks how to do ("how do I turn off the tv?" -> "turn off the tv"),
    or None when it asks no "how do I"."""
    said = " ".join(text.casefold().replace("’", "'").strip(" ?.!").split())
    match = _HOW_RE.match(said)
    return None if match is None else match.group("what")


def usage_topic(text: str) -> Topic | None:
    """The thing ``text`` asks how to do ("how do I delete a routine" -> "forget", "how
    to undo" -> "undo"); None for anything else, and for "how do I start movie night",
    which names a routine (``talk``'s "howto"), or "can I turn on the tv"."""
    said = " ".join(text.casefold().replace("’", "'").strip(" ?.!").split())
    match = _HOW_RE.match(said)
    if match is None:
        return None
    for topic, verbs in _TOPIC_WORDS:
        found = re.fullmatch(rf"(?:{verbs})(?: (?P<rest>.*))?", match.group("what"))
        if found is not None:
            return topic if re.fullmatch(_ABOUT_APP, found.group("rest") or "") else None
    return None


def how_to(topic: Topic, routines: Sequence[str], device_example: str, *,
           removable: str = "") -> str:
    """The words to say for ``topic``, with a routine and a device of this home;
    ``removable``: a device a step of the routine sets, as said ("the tv"), for the
    example of taking a step out ("" leaves it out: it said "remove the tv from …" in
    a home with no TV)."""
    if topic == "run" and not routines:  # (it said 'Say its phrase, e.g. "movie night"'
        # in a home with none: the first phrase is taught first)
        return "There is no phrase to say yet: " + _SAY["teach"][:1].lower() + _SAY[
            "teach"][1:].format(device=device_example or "wait 5 seconds")
    routine = phrase_quoted(routines[0]) if routines else _ROUTINE
    remove = f', or "remove {removable} from {routine}"' if removable else ""
    # (a home with no device yet: a step it can have, not a made-up "desk lamp")
    return _SAY[topic].format(routine=routine, device=device_example or "wait 5 seconds",
                              remind=_REMIND, remove=remove,
                              schedule=_SCHEDULE.format(routine=routine,
                                                                hour=hour_example(routine)))


def help_text(routines: Sequence[str], device_example: str, why_example: str = "") -> str:
    """The answer to "help" and "what can you do?": what is known, and what may be said.
    The examples are of this home's own devices (``teaching.device_example``,
    ``teaching.why_example``: it asked "why is the tv on?" in a home with no TV) and name
    one of its routines (it said "what does <routine> do?", read aloud as written); with
    no routine yet it says how to teach one."""
    command = f"a device command such as \"{device_example}\", " if device_example else ""
    why = [why_example] if why_example else []
    if not routines:
        undo = f"{command}or \"undo\"" if command else "\"undo\""
        said = spoken_list([f'"{ask}"' for ask in ["what's on?", *why]], "or")
        return ("I don't know any phrases yet: say \"teach\" to teach me one. You can say "
                f"{undo}, ask {said}, and say \"{_REMIND}\". "
                "Ask \"how do I ...?\" to hear the words for anything else.")
    name = phrase_quoted(routines[0])
    asks = ["what's on?", *why, f"what does {name} do?"]
    return (f"I know {counted(len(routines), 'routine')}: " + spoken_list(
        [name_in_sentence(r) for r in routines], most=8)
            + f". Say a phrase to run it, {command}"
            "\"teach\" to teach me something new, or \"undo\". You can also ask "
            + spoken_list([f'"{ask}"' for ask in asks], "or") + ", "
            f"and say \"{_REMIND}\" or "
            f"\"{_SCHEDULE.format(routine=name, hour=hour_example(name))}\". "
            "Ask \"how do I ...?\" to hear the words for anything else.")
