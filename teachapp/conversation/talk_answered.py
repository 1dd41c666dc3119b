"""Which conversation command chat answers for a turn (``answered_talk``), read
before the resolver: the one rule every front end asks (``listen`` reports it), and
the words it reads (a routine named, the step said, the devices asked about).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..domain import Device
from ..store import Store, phrase_key
from ..understanding.normalize import is_function_word, tokens
from ..understanding.resolution import Decision, Resolution
from . import knowledge, step_edits
from .device_why import STATE_WORDS
from .talk import Talk, parse_talk

__all__ = ["DEVICE_PRONOUNS", "LAST_STEP", "PAUSE_SAID", "PRONOUNS", "SOME_STEP", "answered_talk",
           "copied_and_change", "edited_routine", "past_devices", "why_devices"]

_SMALL_TALK = frozenset({"thanks", "greet", "about_me", "bye", "social"})
"""Kinds a taught routine may still mean, wrapped ("hello there" when "hello" is taught)."""

PRONOUNS = ("it", "that", "this", "them")
"""Words that mean the routine talked about ("rename it", "forget that")."""
DEVICE_PRONOUNS = ("it", "them", "they")
"""Words that mean the devices the last run acted on ("did you turn it off?")."""
_ASKS_OF_A_ROUTINE = re.compile(r"\blast (?:run|ran|used|started)\b|\b(?:run|use|start) "
                                r"(?:the )?(?:routine|phrase)\b|\bhow (?:many times|often)\b",
                                re.IGNORECASE)
"""Words that ask only of a routine ("when did movie night last run?", "how often has
it run?"): a name no routine has is said so, not "I can't answer …"."""

_EDITS = re.compile(r"\b(?:edit|modify)\b|\broutine\b", re.IGNORECASE)
"""Words that ask to edit a routine whatever follows them ("edit blorp", "change the
routine blorp"); "change the channel" or "fix me a drink" may be phrases to learn."""


def answered_talk(text: str, store: Store, resolve: Callable[[str], Resolution],
                  parser: Any, last: Sequence[Device] = (),
                  subject: Callable[[], str | None] = lambda: None) -> Talk | None:
    """The conversation command chat answers for ``text``; None when the turn goes on
    to the resolver and the device commands. The one rule for every front end: ``listen``
    reports what chat would do with it. ``last``: the devices "it" means (those the last
    run acted on), for "did you turn it off?"; ``subject``: the routine "it" names, for
    "pause it", "delete it" (said after teaching or asking about one)."""
    talk = parse_talk(text)
    if talk is not None and talk.kind == "past_state" \
            and not past_devices(talk, parser, last):
        talk = parse_talk(text, besides="past_state")  # ("when was movie night on")
    if talk is None or store.phrase_owner(text) is not None:
        return None  # a phrase taught word for word ("forget me not") is its routine's
    if talk.kind in _SMALL_TALK and resolve(text).decision == Decision.RUN:
        return None  # "hello there" when "hello" is taught: the routine's
    if talk.kind == "call":
        return _called(store, talk.target)
    if talk.kind == "how_command":  # only a device command's words, and no phrase's
        command = parser.parse(talk.value)  # ("how do i turn the heating up" taught)
        return talk if command is not None and command.steps and resolve(
            text).decision != Decision.RUN else None
    if talk.kind in ("rename", "add_phrase") and phrase_key(talk.target) not in PRONOUNS:
        split = _called(store, f"{talk.target} {talk.value}")
        if split is not None and knowledge.find_routine(store, talk.target) is None:
            return replace(split, kind=talk.kind)  # "call movie mode film night instead"
    if talk.kind == "describe" and _WHATS.match(text) and phrase_key(talk.target) not in \
            PRONOUNS and knowledge.find_routine(
                store, talk.target, resolve if _ASKS_WHAT_IT_DOES.search(text) else None) is None:
        return None  # "what's the weather for", "what's on": no routine; the question goes on
    if talk.kind == "last_run" and phrase_key(talk.target) not in PRONOUNS \
            and not _ASKS_OF_A_ROUTINE.search(text) \
            and knowledge.find_routine(store, talk.target, resolve) is None:
        return None  # "did the kids run": no routine of that name
    if talk.kind in ("switch_routine", "forget") and phrase_key(talk.target) in PRONOUNS:
        return talk if subject() is not None else None  # ("pause it": with no routine
        # spoken of, "it" may be a player)
    if talk.kind == "switch_routine" and knowledge.find_routine(store, talk.target) is None:
        return None  # "pause the music": no routine of that name
    edits = _EDITS.search(text) is not None
    if talk.kind == "edit_ask" and knowledge.find_routine(
            store, talk.target, resolve if edits or not parser.names_things(talk.target)
            else None) is None \
            and not (edits and resolve(text).decision == Decision.REJECT):
        return None  # "change the tv to hdmi 2": no routine of that name ("edit blorp" is
        # said to be none: it was offered for teaching, 'I don't know "edit blorp". …')
    if talk.kind == "describe" and talk.value == "mean" and store.phrase_owner(
            talk.target) is None and knowledge.find_routine(store, talk.target) is None:
        return None  # "what does lol mean": no phrase of this home
    if talk.kind == "copy_like" and edited_routine(
            store, copied_and_change(talk.value)[0], resolve) is None:
        return None  # "make the lights like the sun": no routine to copy
    if talk.kind == "uses_device" and not step_edits.named_devices(talk.value, parser.devices,
                                                                   parser):
        return None  # "which routines use the fridge": no device of this home
    if talk.kind == "why_state" and not why_devices(talk, parser):
        return None  # "why is the sky blue": no device of this home
    if talk.kind == "add_step" and not talk.routine_last \
            and phrase_key(talk.target) not in PRONOUNS \
            and edited_routine(store, talk.target, resolve) is None:
        talk = _routine_said_last(talk, store, resolve)
    if talk.kind in ("add_step", "remove_step"):
        named = step_edits.named_devices(talk.value, parser.devices, parser)
        known = (phrase_key(talk.target) in PRONOUNS
                 or edited_routine(store, talk.target, resolve) is not None)
        if talk.kind == "remove_step" and talk.target == "it" and LAST_STEP.match(
                talk.value) and subject() is not None:
            return talk  # ("forget the last step" after "what does bedtime do?": it asked
            # to forget a routine called "last step")
        if talk.kind == "remove_step" and not named and talk.target == "it" \
                and not _FROM.search(text):  # ("delete my morning steps": a routine's name)
            return parse_talk(text, besides="remove_step")
        if talk.kind == "remove_step" and (LAST_STEP.match(talk.value)
                                           or PAUSE_SAID.match(talk.value)) and known:
            return talk  # ("remove the last step from movie night": offered to learn)
        if talk.kind == "remove_step" and not named and not _INDEFINITE.match(talk.value) \
                and (subject() is not None if talk.target == "it"
                     else knowledge.find_routine(store, talk.target) is not None) \
                and parser.missing(f"turn off {talk.value}") is not None:
            return talk  # ("take the toaster out of movie night": a thing this home lacks,
            # of a routine named as taught; it was "This home has no toaster. Everything I
            # can turn off is already off.", read as a command)
        edited = (subject() if phrase_key(talk.target) in PRONOUNS
                  else edited_routine(store, talk.target, resolve))
        if talk.kind == "remove_step" and not named and edited is not None \
                and step_edits.steps_doing(talk.value, store.routine(edited),
                                           {d.id: d.name for d in parser.devices}):
            return talk  # ("take the lock step out of good night": it locked the front door)
        if talk.kind == "remove_step" and not named and edited is None \
                and phrase_key(talk.target) in PRONOUNS and _STEP_SAID.search(text):
            return talk  # ("take the lock step out of it", no routine spoken of: which one is
            # asked; it said "There is no routine called ''", and read as a command, locked)
        if talk.kind == "add_step" and known and SOME_STEP.match(talk.value):
            return talk  # ("add a step to good night": "This home has no step.")
        if (talk.kind == "remove_step" and not named) or (
                not known and (talk.routine_last or not named
                               or parser.names_things(talk.target))):
            return None  # "add milk to my list", "put the lamp on in the kitchen", "turn the
            # lamp off in five minutes" (a routine said after the change: one of this home)
    return talk


_INTO = re.compile(r" (?:to|in|into) ")


def _routine_said_last(talk: Talk, store: Store, resolve: Callable[[str], Resolution]) -> Talk:
    """"add set the thermostat to 17 to good night": the edit of the routine said after
    the last "to" that names one (it read "17 to good night" as the routine: "I don't
    know a routine called …"); ``talk`` as it was when none does."""
    words = f"{talk.value} to {talk.target}"
    for cut in reversed(list(_INTO.finditer(words))):
        target = words[cut.end():]
        if cut.start() > 0 and knowledge.find_routine(store, target) is not None:
            return replace(talk, target=target, value=words[:cut.start()])
    return talk


_BUT = re.compile(r"^(?P<base>.+?)(?:,?\s+but\s+(?:with\s+|have\s+|make\s+|set\s+)?"
                  r"(?P<change>.+))?$", re.IGNORECASE)


def copied_and_change(said: str) -> tuple[str, str]:
    """"movie night but with the lamp at 20 %": the routine copied and the change said
    after "but" ("" when none)."""
    match = _BUT.match(said.strip())
    assert match is not None
    return match.group("base").strip(" ,"), (match.group("change") or "").strip()


LAST_STEP = re.compile(r"^(?:the |that )?(?:very )?(?:last|final)(?: one| thing)?$",
                        re.IGNORECASE)
"""The step said by its place ("the last step", ``talk`` takes "step" off)."""
SOME_STEP = re.compile(r"^(?:a|an|another|one more|some|more)(?: new| other)? (?:steps?|"
                        r"actions?|things?)$|^something(?: else| more)?$", re.IGNORECASE)
"""A step to add said with nothing of what it does ("add a step to good night"): asked
what ("This home has no step. Good night stays as it is." was the reply)."""
PAUSE_SAID = re.compile(r"^(?:(?:the|that|this|its|all the)\s+)?(?:[\w-]+[\s-](?:seconds?|"
                         r"minutes?|hours?)\s+)?(?:wait|waiting|pause|delay)s?$", re.IGNORECASE)
"""A routine's pauses said as steps ("the wait", "the 5 minute pause"): its ``wait`` steps
("remove the wait from breakfast" said "This home has no wait")."""
_INDEFINITE = re.compile(r"^(?:a|an|some)\b", re.IGNORECASE)
"""A thing said with no particular one meant ("take a break from reading mode"): no
step of a routine, which is taken out as "the toaster" is."""
_STEP_SAID = re.compile(r"\bsteps?\b", re.IGNORECASE)
"""A routine's step said as such ("the lock step"): the words are about a routine."""
_FROM = re.compile(r"\b(?:from|out of)\b", re.IGNORECASE)
"""A routine said after the step taken out of it ("remove the tv from movie night")."""
_WHATS = re.compile(r"^\W*(?:what(?:'s|s|\s+is)|show)\b", re.IGNORECASE)
"""The spoken "what's X do?" and "show me X", which ask only when X is a routine of this
home."""
_ASKS_WHAT_IT_DOES = re.compile(r"\b(?:do|for)\W*$|^\W*show\b", re.IGNORECASE)
""""what's X do?" and "show me X" may name X loosely (misheard: "show me moovie mode"); a
bare "what is X?" only by its name or phrase."""


def _called(store: Store, words: str) -> Talk | None:
    """"movie mode film night" of "call movie mode film night": the routine said first
    (its name or one of its phrases, said exactly; the longest that leaves words) and the
    new phrase after it, as adding that phrase; None when no routine starts the words,
    so "call mum" or "name the baby" go on as any other sentence. Adding is chosen over
    renaming: the phrases said so far keep working, and "instead" renames."""
    said = words.split()
    for cut in range(len(said) - 1, 0, -1):
        name = knowledge.find_routine(store, " ".join(said[:cut]))
        phrase = " ".join(said[cut:]).strip(" ,")
        if name is not None and not all(is_function_word(w) for w in tokens(phrase)):
            return Talk("add_phrase", name, phrase)  # ("call movie mode for me": none)
    return None


def why_devices(talk: Talk, parser: Any) -> list[Device]:
    """The devices "why is the tv on?" asks about, read as a state question's are; of
    several, those in the state said ("why are the lights on?": the ones that are on)."""
    found: list[Device] = parser.asked_about(f"is {talk.target} on")
    said = STATE_WORDS.get(talk.value.split()[-1] if talk.value else "")
    if said is not None and len(found) > 1:
        attribute, value = said
        found = [d for d in found if d.state.get(attribute) == value] or found
    return found[:_WHY_SHOWN]


def past_devices(talk: Talk, parser: Any, last: Sequence[Device] = ()) -> list[Device]:
    """The devices "did you lock the door?", "when did the lights go off?" ask about,
    read as a state question's are (all of them: one run is said at once); "it" and
    "them" ("did you turn it off?") are ``last``, the devices the last run acted on (with
    none, the question is no device's: it was refused whatever had just run)."""
    if phrase_key(talk.target) in DEVICE_PRONOUNS:
        return list(last)
    found: list[Device] = parser.asked_about(f"is {talk.target} on")
    return found


_WHY_SHOWN = 4
"""At most this many devices explained in one answer."""


def edited_routine(store: Store, words: str, resolve: Callable[[str], Resolution]
                    ) -> str | None:
    """The routine an edit names: by name or phrase, or what the words would run; not
    one the resolver would only ask about ("put the lamp on in the kitchen" is no edit
    of "kitchen lights on")."""
    found = knowledge.find_routine(store, words)
    if found is None:
        resolution = resolve(words)
        found = resolution.routine if resolution.decision == Decision.RUN else None
    return found
