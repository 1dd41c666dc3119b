"""Conversation commands, answered before the resolver: explanations, what is known,
and managing routines by voice (forget, rename, add or remove a phrase, a name
already taken).

``TalkTurns`` is a helper of the ``Assistant`` (it uses the engine's turn helpers,
as ``answers.AnswersMixin`` does). Nothing here runs a routine or moves a device;
no conversation command is a miss or a success for learning. The rules on what was
taught are ``library``'s, shared with the CLI and the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from ..domain import (
    ALIAS_ORIGINS,
    Device,
    Phrase,
    PhraseOrigin,
    Routine,
    SetStep,
    WaitStep,
    name_opening,
    phrase_quoted,
    sentence_start,
    spoken_list,
)
from ..domain import name_in_sentence as in_text
from ..errors import TeachappError
from ..store import (
    DeviceChange,
    RunRecord,
    Store,
    last_deletion,
    name_now,
    phrase_key,
    save_phrase_removal,
    save_step_edit,
)
from ..triggers import describe_trigger
from ..understanding.normalize import is_function_word, tokens
from ..understanding.resolution import Decision, Resolution
from . import explain, knowledge, library, recap, social, step_edits
from .device_why import STATE_WORDS, past_lines, reached, why_lines
from .events import Event, Heard, Reply, RoutinesChanged, RunFinished
from .library import OnClash
from .missing_things import no_such_step
from .new_name_said import new_name_said
from .runs_told import runs_told
from .steps_told import step_words, steps_sentence
from .talk import Talk, parse_talk
from .teaching import describe_target, device_example, removal_example
from .turns import Pending, TurnReplies
from .usage import how_to

if TYPE_CHECKING:
    from .agent import Assistant

__all__ = ["TalkTurns", "answered_talk"]

_SMALL_TALK = frozenset({"thanks", "greet", "about_me", "bye", "social"})
"""Kinds a taught routine may still mean, wrapped ("hello there" when "hello" is taught)."""
_SUBJECT_TURNS = 3
"""How many turns back "it" reaches for the routine talked about."""
_SUBJECT_AGE = timedelta(minutes=10)
"""After a restart, how old the newest turn about a routine may be for "it"."""

_REPLACE = {"replace", "replace it", "overwrite", "yes replace", "move it", "move", "take it",
            "yes", "yes move it", "replace the other", "replace the other one"}
_RENAME = {"rename", "rename it", "another name", "a different name", "different name",
           "choose another name", "another phrase", "rename this one", "something else"}
_KEEP = {"keep both", "keep", "both", "keep them both", "keep it", "leave it", "no", "nope",
         "cancel", "never mind", "nevermind", "keep the other", "leave it there"}


_PRONOUNS = ("it", "that", "this", "them")
_PHRASE_SAID = re.compile(r"^(?:the |that |this )?(?:learned |learnt |new )?(?:alias|phrase|"
                          r"words?) ")
"""Before the words of a phrase "forget" takes off its routine ("forget the alias …")."""

_ASKS_OF_A_ROUTINE = re.compile(r"\blast (?:run|ran|used|started)\b|\b(?:run|use|start) "
                                r"(?:the )?(?:routine|phrase)\b|\bhow (?:many times|often)\b",
                                re.IGNORECASE)
"""Words that ask only of a routine ("when did movie night last run?", "how often has
it run?"): a name no routine has is said so, not "I can't answer …"."""

_EDITS = re.compile(r"\b(?:edit|modify)\b|\broutine\b", re.IGNORECASE)
"""Words that ask to edit a routine whatever follows them ("edit blorp", "change the
routine blorp"); "change the channel" or "fix me a drink" may be phrases to learn."""

_FORGETTING = frozenset({"forget", "delete", "remove", "erase"})
"""The verbs of "which_routine" that forget the routine named next."""
_CHANGING = frozenset({"add_step", "remove_step", "copy_like", "rename", "add_phrase",
                       "remove_phrase", "forget", "switch_routine"})
"""The kinds of talk that change a routine."""
_ASKING = frozenset({"explain", "explain_done", "explain_miss", "explain_run", "explain_undo",
                    "recap", "unusual", "last_run", "why_state", "past_state", "taught",
                    "devices", "how_long", "describe", "howto", "about_me", "repeat", "usage",
                    "uses_device", "how_command"})
"""The kinds of talk that only ask (answered from the history, the routines and the
devices); the others greet, thank or change routines."""


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
    if talk.kind in ("rename", "add_phrase") and phrase_key(talk.target) not in _PRONOUNS:
        split = _called(store, f"{talk.target} {talk.value}")
        if split is not None and knowledge.find_routine(store, talk.target) is None:
            return replace(split, kind=talk.kind)  # "call movie mode film night instead"
    if talk.kind == "describe" and _WHATS.match(text) and phrase_key(talk.target) not in \
            _PRONOUNS and knowledge.find_routine(
                store, talk.target, resolve if _ASKS_WHAT_IT_DOES.search(text) else None) is None:
        return None  # "what's the weather for", "what's on": no routine; the question goes on
    if talk.kind == "last_run" and phrase_key(talk.target) not in _PRONOUNS \
            and not _ASKS_OF_A_ROUTINE.search(text) \
            and knowledge.find_routine(store, talk.target, resolve) is None:
        return None  # "did the kids run": no routine of that name
    if talk.kind in ("switch_routine", "forget") and phrase_key(talk.target) in _PRONOUNS:
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
    if talk.kind == "copy_like" and _edited_routine(
            store, copied_and_change(talk.value)[0], resolve) is None:
        return None  # "make the lights like the sun": no routine to copy
    if talk.kind == "uses_device" and not step_edits.named_devices(talk.value, parser.devices,
                                                                   parser):
        return None  # "which routines use the fridge": no device of this home
    if talk.kind == "why_state" and not why_devices(talk, parser):
        return None  # "why is the sky blue": no device of this home
    if talk.kind == "add_step" and not talk.routine_last \
            and phrase_key(talk.target) not in _PRONOUNS \
            and _edited_routine(store, talk.target, resolve) is None:
        talk = _routine_said_last(talk, store, resolve)
    if talk.kind in ("add_step", "remove_step"):
        named = step_edits.named_devices(talk.value, parser.devices, parser)
        known = (phrase_key(talk.target) in _PRONOUNS
                 or _edited_routine(store, talk.target, resolve) is not None)
        if talk.kind == "remove_step" and talk.target == "it" and _LAST_STEP.match(
                talk.value) and subject() is not None:
            return talk  # ("forget the last step" after "what does bedtime do?": it asked
            # to forget a routine called "last step")
        if talk.kind == "remove_step" and not named and talk.target == "it" \
                and not _FROM.search(text):  # ("delete my morning steps": a routine's name)
            return parse_talk(text, besides="remove_step")
        if talk.kind == "remove_step" and (_LAST_STEP.match(talk.value)
                                           or _PAUSE_SAID.match(talk.value)) and known:
            return talk  # ("remove the last step from movie night": offered to learn)
        if talk.kind == "remove_step" and not named and not _INDEFINITE.match(talk.value) \
                and (subject() is not None if talk.target == "it"
                     else knowledge.find_routine(store, talk.target) is not None) \
                and parser.missing(f"turn off {talk.value}") is not None:
            return talk  # ("take the toaster out of movie night": a thing this home lacks,
            # of a routine named as taught; it was "This home has no toaster. Everything I
            # can turn off is already off.", read as a command)
        edited = (subject() if phrase_key(talk.target) in _PRONOUNS
                  else _edited_routine(store, talk.target, resolve))
        if talk.kind == "remove_step" and not named and edited is not None \
                and step_edits.steps_doing(talk.value, store.routine(edited),
                                           {d.id: d.name for d in parser.devices}):
            return talk  # ("take the lock step out of good night": it locked the front door)
        if talk.kind == "remove_step" and not named and edited is None \
                and phrase_key(talk.target) in _PRONOUNS and _STEP_SAID.search(text):
            return talk  # ("take the lock step out of it", no routine spoken of: which one is
            # asked; it said "There is no routine called ''", and read as a command, locked)
        if talk.kind == "add_step" and known and _SOME_STEP.match(talk.value):
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


_LAST_STEP = re.compile(r"^(?:the |that )?(?:very )?(?:last|final)(?: one| thing)?$",
                        re.IGNORECASE)
"""The step said by its place ("the last step", ``talk`` takes "step" off)."""
_SOME_STEP = re.compile(r"^(?:a|an|another|one more|some|more)(?: new| other)? (?:steps?|"
                        r"actions?|things?)$|^something(?: else| more)?$", re.IGNORECASE)
"""A step to add said with nothing of what it does ("add a step to good night"): asked
what ("This home has no step. Good night stays as it is." was the reply)."""
_PAUSE_SAID = re.compile(r"^(?:(?:the|that|this|its|all the)\s+)?(?:[\w-]+[\s-](?:seconds?|"
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
    if phrase_key(talk.target) in ("it", "them", "they"):
        return list(last)
    found: list[Device] = parser.asked_about(f"is {talk.target} on")
    return found


def _run_changes(record: RunRecord, names: dict[str, str], order: Sequence[str]) -> str:
    """What a past run changed, from its record, in the order of its routine's steps
    (``order``: device ids): "it turned on TV and then set Living room lamp on at 20 %.",
    and whether it was undone since."""
    rank = {device: n for n, device in reversed(list(enumerate(order)))}
    steps = [SetStep(device, changed) for device, after in sorted(
                 record.after.items(), key=lambda item: rank.get(item[0], len(rank)))
             if (changed := {k: v for k, v in after.items()
                             if record.before.get(device, {}).get(k) != v})]
    told = (f"it {steps_sentence(steps, names, past=True)}." if steps
            else "it changed nothing: everything was already so.")
    return told + (" You undid it afterwards." if record.undone else "")


_SWITCH_OFF = frozenset({"disable", "deactivate", "pause", "suspend", "off"})
"""The words of "switch_routine" that switch a routine off."""

_NAMED_UNKNOWN = 8
"""At most this many routines named after "I don't know a routine called …"."""

_AWAY_TURNS = 300
"""How many of the newest turns "what happened while I was out?" looks through."""
_PAST_LOOKED_AT = 500
"""How many of a device's newest changes "did you lock the door?" looks through."""

_WHY_SHOWN = 4
"""At most this many devices explained in one answer."""

_PRONOUN_RE = re.compile(r"\b(?:them|it|they|those|these|that|this|one)\b", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^(?:turn|switch|lock|unlock|open|close|shut|dim|brighten|start|"
                         r"stop|play|mute)\b(?:\s+(?:on|off|up|down))?$", re.IGNORECASE)


def _said_of(answer: str, names: list[str]) -> str:
    """The answer to "what should X do with the kitchen lights?" as an edit's words: the
    devices put in for "them" ("turn them on"), after a verb said alone ("switch on"),
    or before the rest ("on", "to 50 percent")."""
    answer = answer.strip(" .!?")
    devices = "the " + spoken_list(names).lower()
    if _PRONOUN_RE.search(answer):
        return _PRONOUN_RE.sub(devices, answer, count=1)
    if _VERB_FIRST.match(answer):
        return f"{answer} {devices}"
    return f"{devices} {answer}"


_DONE_TO = re.compile(r"^(?:turn|switch|set|open|close|lock|unlock|change|dim|play|stop)"
                      r"(?:\s+(?:(?P<on>on)|(?P<off>off)|up|down))?\s+(?P<what>.+?)"
                      r"(?:\s+(?:(?P<on2>on)|(?P<off2>off)|up|down))?$", re.IGNORECASE)
"""What "why did you ..." did to which device: "turn on the kitchen lights", "switch the
tv off" ("run", "start" and "do" name a routine or nothing, not a device)."""


def _edited_routine(store: Store, words: str, resolve: Callable[[str], Resolution]
                    ) -> str | None:
    """The routine an edit names: by name or phrase, or what the words would run; not
    one the resolver would only ask about ("put the lamp on in the kitchen" is no edit
    of "kitchen lights on")."""
    found = knowledge.find_routine(store, words)
    if found is None:
        resolution = resolve(words)
        found = resolution.routine if resolution.decision == Decision.RUN else None
    return found


class TalkTurns:
    """Answers the conversation commands of ``talk.parse_talk``."""

    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self.store = assistant.store
        self._subject_name: str | None = None
        self._subject_turn = 0
        self._said: tuple[list[str], list[str]] = ([], [])
        """(the lines of the turn before, of this turn): what "say that again" repeats."""
        assistant.subscribe(self._observe)

    @property
    def subject(self) -> str | None:
        """The routine "it" means: the last one run, described or changed, a turn or
        two ago. Further back, "also call it X" would name a routine the person has
        stopped talking about."""
        if self.a._turn - self._subject_turn > _SUBJECT_TURNS:
            return None
        return self._subject_name

    @subject.setter
    def subject(self, name: str | None) -> None:
        self._subject_name, self._subject_turn = name, self.a._turn

    def _observe(self, event: Event) -> None:
        if isinstance(event, Heard):
            self._said = (self._said[1], [])
        elif isinstance(event, Reply):
            self._said[1].append(event.text)
        if isinstance(event, RunFinished) and event.result.routine:
            self.subject = event.result.routine

    # ------------------------------------------------------------ turns

    def handle(self, replies: TurnReplies, text: str, source: str,
               confidence: float | None) -> bool:
        """Answer ``text`` when it is a conversation command; False otherwise."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        if talk is None:
            return False
        outcome, routine = self._reply(replies, talk)
        self.a._log(text, source, confidence, "dialogue", 0.0, routine, outcome)
        return True

    def asked(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` when it is a question about the home, the routines or the
        last turns ("why is the tv on?", "what does bedtime do?"), which changes nothing;
        False otherwise. What may be answered in the middle of teaching (the teaching
        turn is the one logged) or while a question waits (``replies.outcome`` says what
        ``handle`` would log)."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        if talk is None or talk.kind not in _ASKING:
            return False
        replies.outcome = self._reply(replies, talk)[0]
        return True

    def changes(self, text: str) -> bool:
        """Whether ``text`` asks to change a routine ("have movie night dim the lamp
        too"): no question asked in passing, though it opens as one ("have …?")."""
        talk = answered_talk(text, self.store, self.a.resolve, self.a._command_parser(),
                             self._it_means(), self._subject)
        return talk is not None and talk.kind in _CHANGING

    def _reply(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        replies.detail["talk"] = talk.kind
        outcome: str
        routine: str | None
        outcome, routine = getattr(self, "_" + talk.kind)(replies, talk)
        return outcome, routine

    def _it_means(self) -> list[Device]:
        """The devices "it" means in a question about the past: those the last run acted
        on (``MultiTurns.last_devices``)."""
        return self.a._multi._devices(self.a._multi.last_devices)

    def _names(self) -> dict[str, str]:
        return {d.id: d.name for d in self.a.backend.devices()}

    def _called(self, name: str) -> list[str]:
        """Routine ``name``'s name and phrases: what "call X cinema" may name it by."""
        return [name, *(phrase.text for phrase in self.store.routine(name).phrases)]

    def _find(self, words: str) -> str | None:
        if phrase_key(words) in ("it", "that", "this", "them"):
            return self._subject()
        return knowledge.find_routine(self.store, words, self.a.resolve)

    def _subject(self) -> str | None:
        known = {n.casefold(): n for n in self.store.routine_names()}
        if self.subject and self.subject.casefold() in known:
            return known[self.subject.casefold()]
        # After a restart: the newest turns of the history, if recent
        now = self.a.now()
        for turn in self.store.interactions(limit=_SUBJECT_TURNS):
            at = turn.at if turn.at is None or turn.at.tzinfo else turn.at.replace(tzinfo=UTC)
            if at is not None and now - at > _SUBJECT_AGE:
                return None
            if turn.routine and turn.routine.casefold() in known:
                return known[turn.routine.casefold()]
        return None

    def _unknown(self, replies: TurnReplies, words: str) -> tuple[str, None]:
        names = self.store.routine_names()
        if len(names) > _NAMED_UNKNOWN:  # (the nearest in spelling first: "moovie" → Movie night)
            names = sorted(names, key=lambda n: -fuzz.ratio(phrase_key(words), phrase_key(n)))
        known = (" I know " + spoken_list([in_text(n) for n in names],
                                          most=_NAMED_UNKNOWN) + ".") if names else ""
        if not names:
            known = " You haven't taught me anything yet. Say \"teach\" to start."
        if phrase_key(words) in ("it", "that", "this", "them"):
            replies.info("I'm not sure which routine you mean; say its name." + known)
        else:
            replies.info(f"I don't know a routine called \"{words}\".{known}")
        return "not known", None

    def _explain(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        lines = explain.explain_last(self.store, recorder=self.a._recorder)
        devices = self._devices_done(talk.value)
        said = " ".join(lines).casefold()
        if devices and not any(d.name.casefold() in said for d in devices):
            # "why did you turn on the kitchen lights?" when the last turn did not: what
            # last changed them (it was "You typed 'dusk'. I did nothing ...")
            lines = self._why_lines(devices)
        for line in lines:
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _devices_done(self, done: str) -> list[Device]:
        """The devices "why did you turn on the kitchen lights?" names ([] for "why did
        you do that?" or a routine's name)."""
        found = _DONE_TO.match(done)
        if found is None:
            return []
        on = found.group("on") or found.group("on2")
        off = found.group("off") or found.group("off2")
        state = "on" if on else "off" if off else ""
        return why_devices(Talk("why_state", found.group("what"), state),
                           self.a._command_parser())

    def _why_lines(self, devices: list[Device]) -> list[str]:
        newest = {d.id: next(iter(self.store.history(device_id=d.id, newest_first=True,
                                                      limit=1)), None) for d in devices}
        renamed = {c.detail: now for c in newest.values() if c is not None and c.detail
                   and c.cause in ("routine", "schedule")
                   and (now := name_now(self.store, c.detail, c.at)) is not None}
        return why_lines(devices, newest, self.a.now(), self.a.place().zone, renamed)

    def _explain_done(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"what did you do?": the newest turn that changed something or ran a routine
        (a question answered since did nothing)."""
        for line in explain.explain_last(self.store, did=True, recorder=self.a._recorder):
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _explain_miss(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in explain.explain_last(self.store, missed=True,
                                              recorder=self.a._recorder):
            replies.info(line)
        return "explain", None

    def _explain_run(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in explain.explain_last(self.store, ran=True, recorder=self.a._recorder):
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _explain_undo(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"why did you undo that?": the newest undo, what it put back and who asked."""
        for line in explain.explain_last(self.store, undone=True, recorder=self.a._recorder):
            replies.info(line)
        return "explain", None

    def _recap(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"what did you do today?": the day's runs and changes, from the history."""
        zone = self.a.place().zone
        away = talk.value.startswith("away:")  # ("while I was out": "while you were out")
        day = recap.away_of(self._spoken_at(), self.a.now(), zone,
                            talk.value.removeprefix("away:")) if away else None
        if away and day is None:  # (no quiet stretch: told of today)
            when = talk.value.removeprefix("away:").split(" ", 1)[-1]  # ("you were out")
            replies.info(f"I can't tell when {when}: you have spoken to me all along. "
                         "Here is today.")
        day = day or recap.day_of(talk.value.replace("so far today", "today"), self.a.now(),
                                  zone)
        changes = list(self.store.history(since=day.start.timestamp(),
                                          until=day.end.timestamp()))
        first: dict[str, float] = {}  # each routine's first run of the day, by its name then
        for change in sorted(changes, key=lambda c: c.at):
            if change.cause in ("routine", "schedule") and change.detail:
                first.setdefault(change.detail, change.at)
        renamed = {name: now for name, at in first.items()
                   if (now := name_now(self.store, name, at)) is not None}
        logged = [(_aware(run.at).timestamp(), run.routine or "",
                   "schedule" if (run.utterance or "").startswith("(schedule") else "routine")
                  for run in self.store.routine_runs_between(day.start.timestamp(),
                                                             day.end.timestamp())]
        lines = recap.recap(changes, self._names(), day, renamed, logged)
        if away and not lines[0].casefold().startswith(day.words.casefold()) \
                and day.words not in lines[0]:  # (the stretch said first when no run was)
            lines.insert(0, f"{sentence_start(day.words)}:")
        for line in lines:
            replies.info(line)
        return "explain", None

    def _spoken_at(self) -> list[datetime]:
        """When the person spoke to the app lately (typed, said or chosen in the window;
        a schedule's own turns are not theirs)."""
        return [_aware(turn.at) for turn in self.store.interactions(limit=_AWAY_TURNS)
                if turn.at is not None and not turn.heard.startswith("(")]

    def _why_state(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"why is the tv on?": each device's state and its newest change, with cause."""
        for line in self._why_lines(why_devices(talk, self.a._command_parser())):
            replies.info(line)
        return "explain", None

    def _past_state(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"did you lock the door?", "when did the lights go off?": each device's newest
        change into the state asked about, from the history (``device_why.past_lines``)."""
        devices = past_devices(talk, self.a._command_parser(), self._it_means())
        state = talk.value.removeprefix("when ")
        found = {d.id: next((c for c in self.store.history(device_id=d.id, newest_first=True,
                                                          limit=_PAST_LOOKED_AT)
                             if reached(c, state)), None) for d in devices}
        for line in past_lines(devices, found, state, self.a.now(), self.a.place().zone,
                               when=talk.value.startswith("when "),
                               said="" if phrase_key(talk.target) in ("it", "them", "they")
                               else talk.target,
                               ran=self._ran_today(devices, state)):
            replies.info(line)
        return "explain", None

    def _ran_today(self, devices: list[Device], state: str
                   ) -> dict[str, tuple[str, datetime]]:
        """Each device's newest run today that sets it to ``state``, a routine's (its
        name, time) or a command's ("", time): a lock already locked leaves no change in
        the history."""
        zone = self.a.place().zone
        day = recap.day_of("today", self.a.now(), zone)
        ran: dict[str, tuple[str, datetime]] = {}
        asked = {d.id for d in devices}
        for run in self.store.recent_runs(limit=_PAST_LOOKED_AT):
            # a command that found it so ("lock the front door": "Front door is already
            # locked."; "did you lock it?" then said "No: … has not been locked today")
            at = _aware(run.at)
            if run.routine is not None or at < day.start:
                continue
            for device, after in run.after.items():
                if device in asked - ran.keys() and after == run.before.get(device) \
                        and reached(DeviceChange(0.0, device, dict(after)), state):
                    ran[device] = ("", at)
        for run in reversed(self.store.routine_runs_between(day.start.timestamp(),
                                                            day.end.timestamp())):
            try:
                steps = self.store.routine(run.routine or "").steps
            except TeachappError:
                continue
            for step in steps:
                if not isinstance(step, SetStep) or step.device not in asked:
                    continue
                newer = step.device not in ran or ran[step.device][1] < _aware(run.at)
                if newer and reached(DeviceChange(0.0, step.device, dict(step.set)), state):
                    ran[step.device] = (run.routine or "", _aware(run.at))
        return ran

    def _last_run(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"when did movie night last run?", "how many times have I used it?": from the
        run log (``runs_told``)."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        replies.info(runs_told(name, self.store.runs_of(name), self.a.now(),
                               self.a.place().zone, asked=talk.value))
        return "explain", name

    def _unusual(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"is anything unusual?": the hunches that hold now; the first is asked, so
        "yes" fixes it as when the app offers it by itself."""
        from ..home.hunch_watcher import Offer
        from .hunch_talk import hunch_report

        watcher = self.a.hunch_watcher
        hunches = watcher.current()
        for line in hunch_report(watcher, hunches):
            replies.info(line)
        for hunch in hunches[1:]:
            replies.info(hunch.message)
        if hunches:
            replies.question(self.a._hunch_talk.offer(Offer(hunches[0])))
        return "explain", None

    def _repeat(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"say that again": the lines of the turn before, as they were said."""
        for line in self._said[0] or ["I haven't said anything yet. Say \"help\" to hear "
                                      "what you can say."]:
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _greet(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"hello", "are you there?": it was "I don't know 'hello'. Shall I learn it?"."""
        replies.info("Hello! I'm listening. Say a phrase, a device command, or \"teach\" "
                     "to teach me something new.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _about_me(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"who are you?", "what's your name?", "how are you?": a new user's first
        questions, which were offered for teaching."""
        if talk.value:  # "how are you"
            replies.info("All well here, thank you. Say a phrase, a device command, or "
                         "\"teach\" to teach me something new.")
        else:
            replies.info("I'm teachapp, an assistant you teach: say a new phrase and show me "
                         "what it should do, and I'll do it whenever you say it. I run on this "
                         "computer, without the internet. Say \"help\" to hear what you can "
                         "say.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _bye(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"bye", "see you later": it was "I don't know 'bye'. Shall I learn it?"."""
        replies.info("Bye for now. I'm here whenever you need me.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _thanks(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"thank you": nothing to do, nothing to learn (it was "I don't know 'thank
        you'. Shall I learn it?")."""
        replies.info("You're welcome.")
        self.a.keep_undo_offer()
        return "thanks", None

    def _social(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"you're great", "i love you", "no worries": a short reply (``social``); they
        were "I don't know "i love you". Shall I learn it?"."""
        replies.info(social.reply_to(talk.target) or "OK.")
        self.a.keep_undo_offer()
        return social.OUTCOME, None

    def _taught(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in knowledge.taught(self.store):
            replies.info(line)
        return "explain", None

    def _devices(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in knowledge.devices_overview(self.a.backend.devices()):
            replies.info(line)
        return "explain", None

    def _describe(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        if talk.value == "mean":
            return self._phrase_meant(replies, talk.target)
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        runs = self.store.runs_of(name) if talk.value == "did" else []
        record = self.store.run_record(runs[0].id) if runs else None
        if record is not None:  # ("what did movie night do": it told its steps to come)
            order = [s.device for s in self.store.routine(name).steps if isinstance(s, SetStep)]
            replies.info(runs_told(name, [replace(runs[0], undone=False)], self.a.now(),
                                   self.a.place().zone)[:-1]
                         + ": " + _run_changes(record, self._names(), order))
            return "explain", name
        for line in knowledge.describe_routine(self.store.routine(name), self._names()):
            replies.info(line)
        return "explain", name

    def _copy_like(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"make bedtime like movie night but with the lamp at 20 %": the steps of the
        routine named second, with the change said after "but", for the one named first,
        asked before it is saved: in place of that routine's steps, or as a new routine.
        A change not understood is said, and nothing is asked (no copy without it)."""
        said, change = copied_and_change(talk.value)
        base_name = self._edited_routine(said)
        if base_name is None:
            return self._unknown(replies, said)
        base = self.store.routine(base_name)
        steps = list(base.steps)
        if change:
            edit = step_edits.steps_to_add(change, base, self.a.backend.devices(),
                                           self.a._command_parser(),
                                           self.a.config.conversation.sure_command)
            if not edit:
                replies.info(f"I understood \"like {said}\", but not \"{change}\", so I "
                             "changed nothing. Say the change like \"but with the lamp at "
                             "20 %\".")
                return "edit unclear", base_name
            steps = step_edits.with_targets(base, edit).steps
        target = talk.target
        name = (self._subject() if phrase_key(target) in _PRONOUNS
                else knowledge.find_routine(self.store, target))
        names = self._names()
        does = knowledge.steps_words(replace(base, steps=steps), names)
        if name is not None and name.casefold() == base_name.casefold():
            replies.info(f"{name_opening(name)} is {in_text(base_name)} itself. Say which routine "
                         "should be like it.")
            return "edit unclear", name
        if name is not None:
            return self._edit_asked(replies, name, f"{name_opening(name)} will {does} "
                                    "instead. Shall I change it?", op="copy_like",
                                    steps=steps)
        if phrase_key(target) in _PRONOUNS:
            return self._unknown(replies, target)
        new = " ".join(target.split())
        taken = library.name_taken(self.store, new)
        if taken is not None:
            replies.info(f"{taken.describe()}. Say another name for the copy.")
            return "name taken", None
        self._ask(replies, new, f"A new routine, {new}, will {does}. Shall I save it?",
                  op="copy_like", steps=steps, new=True)
        return "edit asked", None

    def _phrase_meant(self, replies: TurnReplies, said: str) -> tuple[str, str | None]:
        """"what does book time mean?": the routine the phrase starts, where the phrase
        came from, and what it does (it was offered as a phrase to learn)."""
        owner = self.store.phrase_owner(said) or self._find(said)
        if owner is None:
            return self._unknown(replies, said)
        routine = self.store.routine(owner)
        key = phrase_key(said)
        phrase = next((p for p in routine.phrases if phrase_key(p.text) == key), None)
        how = ("" if phrase is None or key == phrase_key(owner) else
               " (a phrase I learned)" if phrase.origin == PhraseOrigin.LEARNED else
               " (a phrase you added)" if phrase.origin == PhraseOrigin.ALIAS else "")
        text = phrase.text if phrase is not None else said
        replies.info(f"\"{text}\" starts {in_text(owner)}{how}: it will "
                     f"{knowledge.steps_words(routine, self._names())}.")
        self.subject = owner
        return "explain", owner

    def _uses_device(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"which routines use the lamp": the routines whose steps set the devices named,
        each with those devices when several were named ("the lamp" of three lamps)."""
        named = step_edits.named_devices(talk.value, self.a.backend.devices(),
                                         self.a._command_parser())
        names = {d.id: d.name for d in named}
        using = [(r.name, [names[s.device] for s in r.steps
                           if isinstance(s, SetStep) and s.device in names])
                 for r in self.store.routines()]
        using = [(name, list(dict.fromkeys(found))) for name, found in using if found]
        said = spoken_list(list(names.values()), "or")
        if not using:
            replies.info(f"No routine uses {said}.")
        elif len(names) == 1:
            replies.info(f"{sentence_start(spoken_list([in_text(n) for n, _ in using]))} "
                         f"{'uses' if len(using) == 1 else 'use'} {said}.")
        else:
            replies.info(sentence_start("; ".join(f"{in_text(n)} uses {spoken_list(found)}"
                                                  for n, found in using)) + ".")
        if len(using) == 1:
            self.subject = using[0][0]
        return "explain", using[0][0] if len(using) == 1 else None

    def _how_long(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        replies.info(knowledge.how_long_words(self.store.routine(name)))
        return "explain", name

    def _howto(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        for line in knowledge.how_to_start(self.store.routine(name)):
            replies.info(line)
        return "explain", name

    def _how_command(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"how do I turn off the tv?": the device command to say (it was answered as a
        question of the TV's state, "TV is on, volume 30 %.")."""
        replies.info(f"Just say \"{talk.value}\" and I'll do it right away. To do it "
                     "along with other things, say \"teach\" and make it a step of a "
                     "routine.")
        return "help", None

    def _usage(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"how do I delete a routine?": the words to say, from help's own source."""
        names, devices = self.store.routine_names(), self.a.backend.devices()
        steps = self.store.routine(names[0]).steps if names else []
        replies.info(how_to(talk.value, names, device_example(devices),
                            removable=removal_example(devices, steps)))
        return "help", None

    # ------------------------------------------------------------ changes

    def _ask(self, replies: TurnReplies, routine: str | None, question: str,
             **data: Any) -> None:
        self.a._pending = Pending("confirm", "", self.a._clock(), routine, data=data)
        replies.question(question)

    def _edit_asked(self, replies: TurnReplies, name: str, question: str,
                    **data: Any) -> tuple[str, str]:
        """A change to routine ``name`` asked before it is made (``data``, for the yes),
        the routine then the one "it" means."""
        self._ask(replies, name, question, **data)
        self.subject = name
        return "edit asked", name

    def forget_asked(self, replies: TurnReplies, name: str, text: str, source: str,
                     confidence: float | None) -> None:
        """"undo" right after ``name`` was saved by teaching: whether to forget it, asked
        as "forget {name}" asks (a saved routine is no run to put back). The question
        asks whether to undo the save, so "undo" said again is its yes (it was read as
        the "no" any question takes it for: "OK, I'll keep {name}.")."""
        outcome, routine = self._reply(replies, Talk("forget", name))
        pending = self.a._pending
        if pending is not None and isinstance(pending.data, dict) \
                and pending.data.get("op") == "forget":
            self.a._pending = replace(pending, data={**pending.data, "undoes": True})
        self.a._log(text, source, confidence, "dialogue", 0.0, routine, outcome)

    def _forget(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        phrase = self._alias_named(talk.target)
        if phrase is not None:  # ("forget breeding road", "forget the phrase film night")
            return self._remove_phrase(replies, replace(talk, target="it", value=phrase))
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        # short enough to be read aloud, ending on the question: what it does, when it
        # runs (its schedule goes with it, so "forget bedtime" does not silently end a
        # 22:30 run) and the phrases that go too besides its name; "undo" is said once it
        # is gone ("Forgot …"). It
        # was 'Forget wake up (it will turn on Bedroom lamp; phrase "wake up"; it runs
        # every day at 07:00)? Say yes to delete it and its schedule; "undo" brings it back.'
        runs = spoken_list([describe_trigger(t) for t in routine.triggers])
        others = [f"\"{phrase_quoted(p.text)}\"" for p in routine.phrases
                  if phrase_key(p.text) != phrase_key(routine.name)]
        also = (f" Its {'phrase' if len(others) == 1 else 'phrases'} {spoken_list(others)} "
                f"{'goes' if len(others) == 1 else 'go'} too.") if others else ""
        self._ask(replies, name, f"{name_opening(name)} will "
                  f"{knowledge.steps_words(routine, self._names())}"
                  f"{f', {runs}' if runs else ''}.{also} Shall I forget it?", op="forget")
        return "forget asked", name

    def _rename(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        return self._rename_to(replies, name, talk.value), name

    def _rename_to(self, replies: TurnReplies, name: str, new: str,
                   on_clash: OnClash = OnClash.FAIL) -> str:
        taken = library.name_taken(self.store, new, exclude=name)
        if taken is not None and on_clash == OnClash.FAIL:
            self._ask(replies, name, f"{taken.describe()}. Say \"replace\" to replace it, "
                      f"\"rename\" to choose another name, or \"keep both\" to call this one "
                      f"{library.free_name(self.store, new)}.", op="rename", new=new)
            return "name taken"
        done = library.rename_routine(self.store, name, new, on_clash,
                                          at=self.a.now())
        self.subject = done.new
        if done.old == done.new:
            replies.info(f"It's already called {in_text(done.new)}.")
            return "name kept"
        gone = (f" {name_opening(done.replaced)} is deleted; \"undo\" brings it "
                "back."
                if done.replaced else "")
        replies.info(f"Renamed {in_text(done.old)} to {in_text(done.new)}. Say "
                     f"\"{phrase_quoted(done.new)}\" to start it."
                     + gone)
        replies.detail["renamed to"] = done.new  # ("why?" later: the turn names the old)
        self.a._emit(RoutinesChanged())
        return "renamed"

    def _switch_routine(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"disable evening" / "enable evening": the routine switched off or on (the
        window's Enabled box), saying what that means."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        on = talk.value.casefold() not in _SWITCH_OFF
        routine = self.store.routine(name)
        self.subject = routine.name
        phrase = phrase_quoted(routine.phrases[0].text if routine.phrases else routine.name)
        if routine.enabled == on:  # ("turn wake up back on" of one on: it asked
            # "Did you mean wake up?")
            replies.info(f"{name_opening(routine.name)} is already switched "
                         f"{'on' if on else 'off'}." + (f" Say \"{phrase}\" to start it."
                                                        if on else ""))
            return "switch kept", routine.name
        self.store.set_enabled(routine.name, on)
        self.a._emit(RoutinesChanged())
        if on:
            replies.info(f"{name_opening(routine.name)} is switched on again: say "
                         f"\"{phrase}\" to start it"
                         + (", and its schedule runs." if routine.triggers else "."))
        else:
            replies.info(f"{name_opening(routine.name)} is switched off: it won't run, by "
                         f"voice{' or on its schedule' if routine.triggers else ''}, until "
                         f"you say \"enable {phrase}\".")
        return "switched", routine.name

    def _rename_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"rename good morning": the new name is asked for. "rename movie night cinema"
        (no "to") is renamed at once: the new name was said after the routine's own."""
        name = self._find(talk.target)
        if name is not None:
            said = f"rename {talk.target}"
            new = new_name_said(said, self._called(name))
            if new != said:
                self.subject = name
                return self._rename_to(replies, name, new), name
        return self._ask_for_new(replies, talk, "What should {name} be called? Say the new "
                                 "name, or \"cancel\".", op="rename", done="rename asked")

    def _edit_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"change movie night" with no change said: what it does now, and how to say
        a change, as "how do I change a routine?" is answered, of this routine."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        routine, devices = self.store.routine(name), self.a.backend.devices()
        does = knowledge.describe_routine(routine, self._names())[0]
        replies.info(does + " " + how_to("edit", [name], device_example(devices),
                                         removable=removal_example(devices, routine.steps)))
        return "explain", name

    def _phrase_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"add a phrase to good morning": the new phrase is asked for, then added as
        "call good morning rise and shine" adds it."""
        return self._ask_for_new(replies, talk, "What else should start {name}? Say the new "
                                 "phrase, or \"cancel\".", op="add_phrase",
                                 done="phrase asked")

    def _ask_for_new(self, replies: TurnReplies, talk: Talk, question: str, *, op: str,
                     done: str) -> tuple[str, str | None]:
        """The routine ``talk`` names, and ``question`` (of its ``{name}``) asking for the
        new name or phrase the next turn gives (``op``: what that turn does with it)."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        self._ask(replies, name, question.format(name=in_text(name)), op=op, new="",
                  stage="new name")
        return done, name

    def _which_routine(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"forget", "delete a routine", "rename": which one, and how to say it.
        "forget everything" (``talk.target``) too: routines are forgotten one at a time,
        each after a yes (it was offered for teaching)."""
        names = self.store.routine_names()
        if not names:
            replies.info("You haven't taught me any routines yet. Say \"teach\" to teach "
                         "me one.")
            return "which routine", None
        verb = talk.value.casefold()
        example = in_text(names[0])
        how = (f"\"rename {example} to\" and the new name" if verb == "rename"
               else f"\"{verb} {example}\"")
        first = ""
        if talk.target == "everything":
            first = (f"I {verb} routines one at a time, and ask before each, so nothing is "
                     "deleted yet (in a terminal, \"teachapp delete\" and the routine's "
                     "name does the same). ")
        # (asked: its name said alone next is the answer; "delete" then "reading mode" ran
        # reading mode)
        self._ask(replies, None, f"{first}Which routine should I {verb}"
                  f"{' first' if first else ''}? Say its name, or {how}. "
                  f"I know {spoken_list([in_text(n) for n in names], most=8)}.",
                  op="which_routine", verb=verb)
        return "which routine", None

    def _add_phrase(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        return self._add_to(replies, name, talk.value), name

    def _add_to(self, replies: TurnReplies, name: str, phrase: str,
                on_clash: OnClash = OnClash.FAIL) -> str:
        owner = self.store.phrase_owner(phrase)
        if owner is not None and owner.casefold() == name.casefold():
            replies.info(f"{name_opening(name)} already answers to \"{phrase}\".")
            return "phrase kept"
        if owner is not None and on_clash == OnClash.FAIL:
            self._ask(replies, name, f"\"{phrase}\" already starts {in_text(owner)}. Say "
                      f"\"replace\" to move it to {in_text(name)}, \"rename\" to give "
                      f"{in_text(name)} another phrase, or "
                      f"\"keep\" to leave it with {in_text(owner)}.", op="add_phrase", new=phrase,
                      owner=owner)
            return "name taken"
        library.add_phrase(self.store, name, phrase, on_clash)
        self.subject = name
        moved = f" (it no longer starts {in_text(owner)})" if owner else ""
        replies.info(f"OK, \"{phrase}\" will start {in_text(name)} too{moved}.")
        self.a._emit(RoutinesChanged())
        return "phrase added"

    def _alias_named(self, words: str) -> str | None:
        """The phrase "forget" names when it is not a routine but one of its phrases: a
        learned or added alias said as it is ("forget breeding road"), or any phrase but
        a routine's last said as one ("forget the phrase time to read"). "forget
        breeding road" offered to delete Reading mode, the routine it had been learned
        for, which a person who heard "I learned: "breeding road" for reading mode"
        did not mean."""
        said = _PHRASE_SAID.match(words)
        phrase = words[said.end():] if said else words
        key = phrase_key(phrase)
        for text, routine, origin in self.store.phrase_index():
            if phrase_key(text) != key or key == phrase_key(routine):
                continue
            if said or origin in ALIAS_ORIGINS:
                return text
        return None

    def _remove_phrase(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        phrase, owner = talk.value, self.store.phrase_owner(talk.value)
        named = (knowledge.find_routine(self.store, talk.target)
                 if owner is not None and talk.target not in ("", "it") else None)
        if named is not None and owner is not None and named.casefold() != owner.casefold():
            # ("forget that book time means movie night" of reading mode's phrase)
            replies.info(f"\"{phrase}\" starts {in_text(owner)}, not {in_text(named)}, so I "
                         "left it.")
            return "not known", owner
        if owner is None and talk.target != "it":
            words = f"{talk.target} {talk.value}".split()
            for cut in range(1, len(words)):
                candidate = " ".join(words[cut:])
                found = self.store.phrase_owner(candidate)
                if found is not None:
                    phrase, owner = candidate, found
                    break
        if owner is None:
            named, phrase = self._routine_and_words(f"{talk.target} {talk.value}")
            if named is not None:  # ("stop calling movie time film": it was 'No routine
                # answers to "time film", …', the routine's name cut in two)
                replies.info(f"{name_opening(named)} has no phrase \"{phrase}\", so there "
                             "is nothing to stop.")
                return "not known", named
            replies.info(f"No routine answers to \"{talk.value}\", so there is nothing to "
                         "stop.")
            return "not known", None
        origin = library.remove_phrase(self.store, owner, phrase)
        if origin == PhraseOrigin.LEARNED:
            self.a._learner.against(phrase, owner)
            extra = " It was an alias I had learned; I won't learn it again."
        else:
            extra = ""
        replies.info(f"OK, \"{phrase}\" no longer starts {in_text(owner)}.{extra}")
        self.subject = owner
        self.phrases_taken_off(owner, [(phrase, str(origin))])
        return "phrase removed", owner

    def _routine_and_words(self, said: str) -> tuple[str | None, str]:
        """A routine named first in ``said`` and the words after it ("movie time film"
        -> ("movie time", "film")); (None, "") when no routine is named first."""
        words = said.split()
        for cut in range(len(words) - 1, 0, -1):
            named = knowledge.find_routine(self.store, " ".join(words[:cut]))
            if named is not None:
                return named, " ".join(words[cut:])
        return None, ""

    def phrases_taken_off(self, routine: str, taken: list[tuple[str, str]]) -> None:
        """Phrases just taken off ``routine`` ((text, origin) each): said ("forget …",
        "stop calling it …"), History's Remove or left out in the routine editor. The
        one path for all three, so the next "undo" (said, the window's Undo, any front
        end's ``undo_newest``) puts them back wherever they were removed (one removed in
        the editor could not be undone: "undo" took back the newest run instead), in
        this session or a later one (``store.phrase_removals``; it was kept in memory)."""
        save_phrase_removal(self.store, routine, taken, at=self.a.now())
        self.a._emit(RoutinesChanged())

    def _add_step(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"add the tv to lights out": asked, then saved (``step_edits``)."""
        devices = self.a.backend.devices()
        name = self._edited_routine(talk.target)
        parser = self.a._command_parser()
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        # ("have movie night dim the lamp": dimmer than movie night's 20 %, not than the
        # lamp is now; it became 30 %)
        parser = self.a._command_parser(step_edits.as_run(routine, devices))
        if _SOME_STEP.match(talk.value):
            return self._edit_asked(
                replies, name, f"What should {in_text(name)} also do? Say it like "
                f"\"{step_edits.example_for(devices[0] if devices else None)}\", or "
                "\"cancel\".", op="add_step_what", devices=[])
        edit = step_edits.steps_to_add(talk.value, routine, devices, parser,
                                       self.a.config.conversation.sure_command)
        if not edit:
            plain = step_edits.plain_command(talk.value)  # ("dims the hall light")
            named = step_edits.named_devices(plain, devices, parser)
            missing = None if named else no_such_step(plain, parser)
            if missing is not None and not missing.offer_teach:
                # ("add dim the hall light to movie night": it asked "What should movie
                # night do with it?", of a light this home has not)
                replies.info(f"{missing.text} {name_opening(name)} stays as it is.")
                return "edit unclear", name
            alone = None if named or missing else parser.missing(f"turn on {plain}")
            if alone is not None and alone.lacks is None:  # ("add the toaster to …")
                replies.info(f"This home has no {alone.thing}. {name_opening(name)} stays "
                             "as it is.")
                return "edit unclear", name
            what = spoken_list([d.name for d in named]) if named else "it"
            example = step_edits.example_for(named[0] if named else None)
            spoken = routine.phrases[0].text if routine.phrases else name.lower()
            question = (f"What should {in_text(name)} do with {what}? Say it like \"add {example} "
                        f"to {spoken}\".")
            if named:  # the answer may be said alone: "turn them on", "on", "to 50 %"
                self._ask(replies, name, question, op="add_step_what",
                          devices=[d.name for d in named])
            else:  # ("add frobnicate to movie night": it asked what to do "with it")
                replies.info(f"I don't know \"{talk.value}\" as a step, so {in_text(name)} "
                             f"stays as it is. Say it like \"add {example} to {spoken}\".")
            return "edit unclear", name
        names = self._names()
        before = {s.device: s.set for s in routine.steps if isinstance(s, SetStep)}
        if all(d in before and {**before[d], **c} == before[d] for d, c in edit.items()):
            said = spoken_list([describe_target(d, before[d], names.get(d, d)) for d in edit])
            replies.info(f"{name_opening(name)} already sets {said}.")
            return "edit kept", name
        said = spoken_list([describe_target(d, c, names.get(d, d)) + (
            f" (now {describe_target(d, before[d], ' ').strip().removeprefix('to ')})"
            if d in before else "")
            for d, c in edit.items()])
        also = "" if all(d in before for d in edit) else " also"
        if not any(d in before for d in edit):  # new steps, told as its steps are told:
            # "will also close Living room blinds" (was "will also set … closed")
            said = steps_sentence([SetStep(d, dict(c)) for d, c in edit.items()], names)
        else:
            said = f"set {said}"
        return self._edit_asked(replies, name, f"{name_opening(name)} will{also} {said}. "
                                "Shall I change it?", op="add_step", edit=edit)

    def _remove_step(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"take the coffee maker out of morning tea": asked, then saved."""
        devices = self.a.backend.devices()
        parser = self.a._command_parser()
        named = step_edits.named_devices(talk.value, devices, parser)
        name = self._edited_routine(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        if _LAST_STEP.match(talk.value) and routine.steps:
            last = steps_sentence(routine.steps[-1:], self._names())
            return self._edit_asked(
                replies, name, f"Take the last step, {last}, out of {in_text(name)}? "
                "Say yes to change it.", op="remove_step", last=len(routine.steps) - 1)
        if _PAUSE_SAID.match(talk.value):
            return self._remove_pauses(replies, name, routine)
        used = {s.device for s in routine.steps if isinstance(s, SetStep)}
        gone = [d for d in named if d.id in used]
        doing = [] if named else step_edits.steps_doing(talk.value, routine, self._names())
        if doing:  # ("take the lock step out of good night")
            told = steps_sentence([s for s in routine.steps if isinstance(s, SetStep)
                                   and s.device in doing], self._names())
            return self._edit_asked(
                replies, name, f"Take the step \"{told}\" out of {in_text(name)}? "
                "Say yes to change it.", op="remove_step", devices=doing)
        if not gone:
            steps = knowledge.steps_words(routine, self._names())
            missing = None if named else parser.missing(f"turn off {talk.value}")
            if missing is not None:  # ("take the toaster out of movie night")
                replies.info(f"This home has no {missing.thing}, so {in_text(name)} has no "
                             f"step for it. {name_opening(name)} will {steps}.")
                return "edit unclear", name
            replies.info(f"{name_opening(name)} doesn't change "
                         f"{spoken_list([d.name for d in named])}. It will {steps}.")
            return "edit unclear", name
        return self._edit_asked(replies, name, f"Take {spoken_list([d.name for d in gone])} "
                                f"out of {in_text(name)}? Say yes to change it.",
                                op="remove_step", devices=[d.id for d in gone])

    def _remove_pauses(self, replies: TurnReplies, name: str, routine: Routine
                       ) -> tuple[str, str | None]:
        """"remove the wait from breakfast": its pauses taken out, asked first."""
        self.subject = name
        waits = [i for i, step in enumerate(routine.steps) if isinstance(step, WaitStep)]
        if not waits:
            replies.info(f"{name_opening(name)} has no pause: it will "
                         f"{knowledge.steps_words(routine, self._names())}.")
            return "edit unclear", name
        said = spoken_list([step_words(routine.steps[i], {}) for i in waits])
        self._ask(replies, name, f"Take the {'pause' if len(waits) == 1 else 'pauses'} "
                  f"({said}) out of {in_text(name)}? Say yes to change it.",
                  op="remove_step", drop=waits)
        return "edit asked", name

    def _edited_routine(self, words: str) -> str | None:
        if phrase_key(words) in _PRONOUNS:
            return self._subject()
        return _edited_routine(self.store, words, self.a.resolve)

    def _edited(self, replies: TurnReplies, name: str, routine: Routine) -> str:
        """Save a step edit so "undo" takes it back, in this session or a later one
        (``store.step_edits``; it was kept in memory, so after a restart "undo" said
        "There is nothing to undo.")."""
        save_step_edit(self.store, routine, at=self.a.now())
        self.a._emit(RoutinesChanged())
        replies.info(f"Changed {in_text(name)}: it will "
                     f"{knowledge.steps_words(routine, self._names())}.")
        return "edited"

    def undo_step_edit(self, replies: TurnReplies) -> bool:
        """"undo" when a step added to or taken out of a routine by voice is the newest
        change (any session): its steps are put back as they were, and said. One the
        routine has changed since (the window) is said so and dropped."""
        try:
            back = library.undo_step_edit_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        name = back.before.name
        replies.detail["undone"] = {"routine": name}
        replies.info(f"Undone: {in_text(name)} will "
                     f"{knowledge.steps_words(back.before, self._names())} again.")
        self.subject = name
        self.a._emit(RoutinesChanged())
        return True

    # ----------------------------------------------------------- answers

    def answer(self, replies: TurnReplies, pending: Pending, text: str, kind: str | None,
               source: str, confidence: float | None) -> bool:
        """The answer to a "confirm" question; False when the turn is not one."""
        data = pending.data or {}
        op = data.get("op")
        if op == "multipart":
            return self.a._multi.answer(replies, pending, text, kind, source, confidence)
        norm = " ".join(phrase_key(text).split())
        name = pending.routine or ""
        outcome = None
        try:
            if op == "forget":
                if kind == "yes":
                    deleted = library.delete_routine(self.store, name, at=self.a.now())
                    replies.info(f"Forgot {in_text(deleted.name)}. Say \"undo\" to bring it back.")
                    self.a._emit(RoutinesChanged())
                    outcome = "forgotten"
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, I'll keep {in_text(name)}.")
                    outcome = "kept"
            elif op in ("add_step", "remove_step"):
                if kind == "yes":
                    routine = self.store.routine(name)
                    outcome = self._edited(replies, name, (
                        step_edits.with_targets(routine, data["edit"]) if op == "add_step"
                        else replace(routine, steps=routine.steps[:data["last"]])
                        if "last" in data
                        else replace(routine, steps=[s for i, s in enumerate(routine.steps)
                                                     if i not in data["drop"]])
                        if "drop" in data
                        else step_edits.without_devices(routine, data["devices"])))
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is.")
                    outcome = "kept"
            elif op == "copy_like":  # "make bedtime like movie night …"
                if kind == "yes" and data.get("new"):
                    self.store.save_routine(Routine(name, [Phrase(name)], list(data["steps"]),
                                                    source="voice"))
                    self.a._emit(RoutinesChanged())
                    self.a._saved_at = (self.a._turn, name)  # ("undo" next asks to forget)
                    self.subject = name
                    replies.info(f"Saved {in_text(name)}. "
                                 f"Say \"{phrase_quoted(name)}\" to start it.")
                    outcome = "saved"
                elif kind == "yes":
                    outcome = self._edited(replies, name, replace(
                        self.store.routine(name), steps=list(data["steps"])))
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is." if not data.get("new")
                                 else f"OK, I won't make {in_text(name)}.")
                    outcome = "kept"
            elif op == "schedule":  # "Shall I run movie night every day at sunset?"
                if kind == "yes":
                    self.a._schedule_talk.add(replies, name, data["trigger"])
                    outcome = "scheduled"
                elif kind in ("no", "cancel"):
                    replies.info(f"OK, I won't schedule {self.a._spoken_name(name)}.")
                    outcome = "kept"
            elif op == "which_routine":  # "delete", "Which routine …?", "reading mode"
                named = knowledge.find_routine(self.store, text.strip(" .!?\"'"))
                if kind in ("no", "cancel"):
                    replies.info("OK, nothing changed.")
                    outcome = "kept"
                elif named is not None:
                    verb = data["verb"]
                    outcome, _routine = self._reply(replies, Talk(
                        "forget" if verb in _FORGETTING else "rename_ask" if verb == "rename"
                        else "edit_ask", named))
                    name = named
            elif op == "add_step_what":
                if kind in ("no", "cancel"):
                    replies.info(f"OK, {in_text(name)} stays as it is.")
                    outcome = "kept"
                elif kind is None:  # (no devices named: the answer is the whole step)
                    said = _said_of(text, data["devices"]) if data["devices"] else text
                    said = said.strip(" .!?")
                    outcome, _routine = self._add_step(replies, Talk("add_step", name, said))
            elif data.get("stage") == "new name":
                if kind in ("no", "cancel"):
                    replies.info("OK, nothing changed.")
                    outcome = "kept"
                elif op == "rename":  # ("call it cinema": the name, not the sentence)
                    outcome = self._rename_to(replies, name,
                                              new_name_said(text, self._called(name)))
                else:
                    outcome = self._add_to(replies, name, text.strip(" .!?\"'"))
            elif op in ("rename", "add_phrase"):
                outcome = self._clash_choice(replies, name, norm, data)
        except TeachappError as exc:
            replies.error(str(exc))
            outcome = "failed"
        if outcome is None:
            return False
        replies.detail["talk"] = op
        self.a._log(text, source, confidence, "dialogue", 0.0, name or None, outcome)
        return True

    def _clash_choice(self, replies: TurnReplies, name: str, norm: str,
                      data: dict[str, Any]) -> str | None:
        op, new = data["op"], data["new"]
        if norm in _REPLACE:
            if op == "rename":
                return self._rename_to(replies, name, new, OnClash.REPLACE)
            return self._add_to(replies, name, new, OnClash.REPLACE)
        if norm in _RENAME or norm.startswith(("rename", "call it", "another")):
            what = "name" if op == "rename" else "phrase"
            self._ask(replies, name, f"What {what} should {in_text(name)} have instead?", op=op,
                      new=new, stage="new name")
            return "asked"
        if norm in _KEEP:
            if op == "rename" and norm.startswith(("keep", "both")):
                return self._rename_to(replies, name, new, OnClash.KEEP_BOTH)
            replies.info("OK, nothing changed.")
            return "kept"
        return None

    # --------------------------------------------------------------- undo

    def undo_rename(self, replies: TurnReplies) -> bool:
        """Rename back when a rename (by voice or ``teachapp rename``, in this session or
        an earlier one) is the newest thing to undo; a routine deleted to free the name
        comes back too."""
        try:
            back = library.undo_rename_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        self.subject = back.name
        replies.detail["undone"] = {"renamed": back.name, "was": back.was,
                                    "restored": back.restored}
        if back.restored is not None:  # both had the one name: say it by the old names
            replies.info(f"Undone: {in_text(back.name)} has its name back, and "
                         f"{in_text(back.restored)} is "
                         f"back{_kept(self.store, back.restored)}. Say "
                         f"\"{phrase_quoted(back.name)}\" to start it." + _left_out(back.left_out))
        else:
            replies.info(f"Undone: {in_text(back.was)} is called {in_text(back.name)} again. "
                         "Say "
                         f"\"{phrase_quoted(back.name)}\" to start it.")
        self.a._emit(RoutinesChanged())
        return True

    def undo_phrase_removal(self, replies: TurnReplies) -> bool:
        """"undo" when phrases taken off a routine ("forget breeding road", "stop calling
        it film night", History's Remove, the editor) are the newest change, in this
        session or a later one: put back, a learned one listed as learned again ("put
        back by undo"). After a restart it took back the newest run instead, and the
        phrase stayed gone."""
        try:
            back = library.undo_phrase_removal_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if back is None:
            return False
        phrases = [phrase for phrase, _origin in back.phrases]
        routine = back.routine
        replies.detail["undone"] = {"phrase": spoken_list(phrases), "routine": routine}
        quoted = spoken_list([f'"{phrase}"' for phrase in phrases])
        verb = "start" if len(phrases) > 1 else "starts"
        said = f"Undone: {quoted} {verb} {in_text(routine)} again." if phrases else ""
        if back.left_out:
            taken = spoken_list([f'"{phrase}"' for phrase in back.left_out])
            said = (said + " " if said else "") + (
                f"{taken} now {'start' if len(back.left_out) > 1 else 'starts'} another "
                f"routine, so I left {'them' if len(back.left_out) > 1 else 'it'} there.")
        replies.info(said)
        self.subject = routine
        self.a._emit(RoutinesChanged())
        return True

    def undo_deletion(self, replies: TurnReplies) -> bool:
        """Undo a deletion when it is the newest thing to undo (any session)."""
        try:
            deletion = last_deletion(self.store)
            restored = library.undo_deletion_if_newest(self.store)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if restored is None or deletion is None:
            return False
        name, skipped = restored
        # what "why did you undo that?" tells later (``explain``), as of an undone run
        replies.detail["undone"] = {"restored": name,
                                    "by": library.forgotten_by(self.store, deletion)}
        elsewhere = library.deleted_elsewhere(self.store, deletion)
        replies.info(f"{name_opening(name)} is back{_kept(self.store, name)}."
                     f"{_left_out(skipped)}"
                     + (f" {elsewhere}" if elsewhere else ""))
        self.subject = name
        self.a._emit(RoutinesChanged())
        return True


_NAMED_BACK = 3
"""A routine brought back with up to this many phrases names them; more are counted."""


def _kept(store: Store, name: str) -> str:
    """What came back with a routine, as the end of "X is back…": ", with its phrase
    "x"", ", with its phrases "a" and "b" and its schedule" (it said "with its phrases"
    of a routine with one)."""
    routine = store.routine(name)
    texts = [f"\"{phrase_quoted(p.text)}\"" for p in routine.phrases]
    kept = ([] if not texts else [f"its phrase {texts[0]}"] if len(texts) == 1 else
            ["its phrases " + spoken_list(texts)] if len(texts) <= _NAMED_BACK else
            [f"its {len(texts)} phrases"])
    if routine.triggers:
        kept.append("its schedule")
    return ", with " + " and ".join(kept) if kept else ""


def _left_out(phrases: list[str]) -> str:
    """The sentence naming a restored routine's phrases that other routines took."""
    if not phrases:
        return ""
    if len(phrases) == 1:
        return f" \"{phrase_quoted(phrases[0])}\" now starts another routine, so I left it out."
    return (" These phrases now belong to other routines and were left out: "
            + spoken_list(f"\"{phrase_quoted(p)}\"" for p in phrases) + ".")


def _aware(at: datetime) -> datetime:
    """A run's time as the run log gives it (naive UTC in SQLite), made aware."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
