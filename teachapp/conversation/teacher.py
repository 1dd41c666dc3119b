"""The teaching dialogue: phrase -> what it does -> "Shall I save it?" -> saved.

The person can leave at any step ("cancel"), correct the phrase ("the phrase is
..."), add device targets by voice ("desk lamp to 80 percent"), from the window
(``set_target``) or from how things are now ("use how the desk lamp is now"), and
add spoken replies and pauses ("then say good night", "wait 5 seconds"). Device
commands given while teaching are recorded, not carried out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..domain import (
    ATTRIBUTES,
    MAX_NAME_CHARS,
    Phrase,
    PhraseOrigin,
    Routine,
    SayStep,
    SetStep,
    WaitStep,
    sentence_start,
    shorten,
    spoken_list,
    validate_changes,
)
from ..errors import AttributeValueError, ConflictError, NotFoundError, UnknownDeviceError
from ..home.backend import DeviceBackend
from ..store import Store, phrase_key
from ..understanding.normalize import only_small_words
from ..understanding.parts import split_parts
from ..understanding.rephrase import request_kind
from . import intents as dialogue
from .asked_to_run import routine_unnamed
from .knowledge import find_routine
from .steps_taken_out import devices_named, last_step_taken_out, take_out, words_taken_out
from .teaching import (
    TeachingSession,
    command_examples,
    describe_target,
    fits_a_phrase,
    joined_readbacks,
    routine_title,
    step_words,
    summarise_steps,
    target_readback,
)
from .teaching_talk import asked_what_it_does, renamed_to, thanked
from .turns import TurnReplies
from .which_one import Pick, asked_again, read_pick, which_of

__all__ = ["Teacher"]

_IT = re.compile(r"\b(?:it|them)\b")
_EXAMPLES = ('e.g. "{one}", "{two}", "wait 5 seconds" or "then say good night"')
_HELP = {
    "phrase": "Say the words you want to use for the new routine, e.g. \"reading mode\"; "
              "or say \"cancel\".",
    "actions": "Tell me what \"{phrase}\" should do, " + _EXAMPLES + ", or \"use how the "
               "{device} is now\". Say \"done\" when that's all, or \"cancel\".",
    "confirm": "Say \"yes\" to save \"{phrase}\", \"no\" to change it, or \"cancel\".",
}
if TYPE_CHECKING:
    from ..understanding.resolver import Resolver


@dataclass(frozen=True)
class _LastCommand:
    """The last command taught, as "undo" and "it" read it: the devices it set, and
    what those it changed rather than added were set to before it."""

    devices: list[str] = field(default_factory=list)
    """The devices it set, in order: what "it" names ("turn it off")."""
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The targets its devices had before it, for those it changed rather than added:
    "undo" puts these back instead of dropping the device ("tv on", then "turn
    everything off", then "undo" keeps the TV on)."""
    taken_out: TeachingSession | None = None
    """The session before steps were taken out ("not the blinds"): "undo" puts them
    back where they were (it took back the command before instead)."""


class Teacher:
    """Holds the teaching session and moves it on, one request at a time."""

    def __init__(self, store: Store, backend: DeviceBackend,
                 resolver: Callable[[], Resolver], parser: Callable[..., Any], *,
                 sure_command: float = 0.7,
                 aside: Callable[[TurnReplies, str], bool] | None = None,
                 answer: Callable[[TurnReplies, str], bool] | None = None) -> None:
        self._store = store
        self._aside = aside
        """Answers a question asked in passing ("what time is it?") and says True; the
        agent's answer, so it is the one every front end gives outside teaching."""
        self._answer = answer
        """As ``aside``, only when an answer is known (never "I can't answer ..."): what
        a question said for the phrase is asked ("what does bedtime do?")."""
        self._sure_command = sure_command
        """Below this confidence a device command is a guess: read back, not taken."""
        self._backend = backend
        self._resolver = resolver
        self._parser = parser
        self.session: TeachingSession | None = None
        self._last = _LastCommand()
        """The last command taught (its devices, and their targets before it)."""
        self._last_said: str | None = None
        """The words of the last device command taught ("and the fan" borrows its action)."""
        self._heard_just_now: str | None = None
        """The phrase as heard by voice on the previous turn: "no", a typed phrase or
        a new recording on the next turn replaces it."""
        self._missed = 0
        """Turns in a row not understood as something to do: the second one says how to
        leave instead of listing the devices again."""
        self._unsure: tuple[str, Any] | None = None
        """The words and the guess of a device command asked about ("which one?"): the
        next turn may answer it ("the first one", "the lamp", "yes")."""

    def snapshot(self) -> TeachingSession | None:
        return self.session.snapshot() if self.session is not None else None

    def _require(self) -> TeachingSession:
        if self.session is None:
            self.session = TeachingSession()
        return self.session

    # ------------------------------------------------------------- steps

    def start(self, replies: TurnReplies, phrase: str | None, *, heard: bool = False) -> None:
        """A new session; with ``phrase`` the phrase step is done at once."""
        self.session = TeachingSession()
        self._last, self._last_said = _LastCommand(), None
        self._missed = 0
        replies.outcome = "teach"
        if phrase:
            self.set_phrase(replies, phrase, heard=phrase if heard else None)
        else:
            replies.question("What's the phrase?")

    def cancel(self, replies: TurnReplies) -> None:
        if self.session is None:
            return
        self.session = None
        replies.outcome = "cancelled"
        replies.info("OK, I won't save it.")

    def set_phrase(self, replies: TurnReplies, text: str, *, heard: str | None) -> None:
        """Set the phrase (``heard``: the raw transcript when it was spoken)."""
        session = self._require()
        phrase = dialogue.taught_phrase(text)
        replies.outcome = "phrase"
        if not phrase_key(phrase):
            replies.question("A phrase needs at least one word. What's the phrase?")
            return
        if not fits_a_phrase(phrase):
            replies.question(f"\"{shorten(phrase)}\" is too long for a phrase ("
                             f"{MAX_NAME_CHARS} characters at most): a phrase is said in one "
                             "breath. What's the phrase?")
            return
        if only_small_words(phrase):
            replies.question(f"\"{phrase}\" has no word I could listen for: small words like "
                             "\"the\", \"and\" or \"um\" are left out of every phrase. Say a "
                             "phrase of a word or two of its own, like \"reading mode\".")
            return
        if dialogue.intent(phrase) is not None:
            replies.question(f"\"{phrase}\" is a word I use when we talk; choose another "
                             "phrase.")
            return
        if self._several_things(phrase):
            replies.question(f"\"{phrase}\" sounds like what it should do, not its name. "
                             "What's the phrase? Say a word or two of its own, like "
                             "\"reading mode\"; then tell me what it should do.")
            return
        owner = self._store.phrase_owner(phrase)
        if owner is not None:
            replies.outcome = "phrase taken"
            replies.error(f"\"{phrase}\" already starts {owner}. Say another phrase, or "
                          "\"cancel\".")
            return
        first = session.stage == "phrase"
        session.phrase = phrase
        if heard:
            known = {phrase_key(v) for v in session.heard_variants}
            if phrase_key(heard) not in known:
                session.heard_variants.append(" ".join(heard.split()))
        session.warnings = self._resolver().confusable(phrase)
        if first:
            session.stage = "actions"
        self._heard_just_now = heard if heard and first else None
        self._warn(replies, session)
        if first and heard:
            # The read-back rides on the next question: nothing extra to answer.
            replies.question(f"I heard \"{phrase}\". What should it do? Tell me, or set the "
                             "devices, then say \"done\". (Not what you said? Say \"no\", or "
                             "say or type the phrase again.)")
        elif first:
            replies.question(f"What should \"{phrase}\" do? Tell me, or set the devices, "
                             "then say \"done\".")
        elif session.stage == "confirm":  # the question again, with the new name in it
            replies.question(f"OK, \"{phrase}\" then. \"{phrase}\" will "
                             f"{summarise_steps(session)}. Shall I save it?")
        else:
            replies.info(f"The phrase is now \"{phrase}\".")

    def _several_things(self, phrase: str) -> bool:
        """Whether ``phrase`` is a list of things to do rather than a name: parts of
        which one is a pause or a reply, or two that are device commands ("desk lamp on
        then say hello", "tv off and lock the door"). One command alone may be a phrase
        ("lights off" may be taught to mean more than the lights)."""
        parts = split_parts(phrase)
        if len(parts) < 2:
            return False
        if any(_pause_or_reply(p) for p in parts):
            return True
        parser = self._parser()
        commands = 0
        for part in parts:
            try:
                command = parser.parse(part)
            except (AttributeValueError, UnknownDeviceError):
                command = None
            commands += bool(command is not None and command.steps)
        return commands >= 2

    @staticmethod
    def _warn(replies: TurnReplies, session: TeachingSession) -> None:
        for warning in session.warnings[:1]:
            replies.info(f"Careful: \"{session.phrase}\" sounds like \"{warning.phrase}\", "
                         f"which starts {warning.routine}, so I may mix them up. Say \"the "
                         "phrase is ...\" to choose another, or go on.")

    def save_shown(self, replies: TurnReplies, phrase: str, steps: list[SetStep], *,
                   heard: bool = False) -> Routine | None:
        """"I don't know 'reading mode'. Shall I learn it?", then the person did it
        ("living room lamp to 100 percent") and said yes to "Shall 'reading mode' do that
        from now on?": the phrase is taught with those changes, as if shown while
        teaching. None (and why, said) when the phrase cannot be one."""
        scratch = TurnReplies(lambda _event: None)
        self.start(scratch, phrase, heard=heard)
        session = self.session
        if session is None or session.stage != "actions":
            self.session = None
            for line in scratch.lines:
                replies.info(line)
            return None
        for step in steps:
            session.targets.setdefault(step.device, {}).update(
                validate_changes(step.device, step.set))
            session.names[step.device] = self._backend.device(step.device).name
        self._warn(replies, session)
        return self.save(replies, None)

    def set_target(self, replies: TurnReplies, device_id: str, changes: dict[str, Any]) -> None:
        """Add or change one device's target state (validated, not carried out)."""
        session = self._require()
        device = self._backend.device(device_id)
        values = validate_changes(device_id, changes)
        if self._after_a_pause(session, device_id):
            # ("bedroom lamp to 10 percent, wait 10 minutes, turn off the bedroom lamp":
            # the lamp dims, and after the pause goes off; merged into the first target,
            # the routine switched it off at once and then waited)
            session.extras.append((len(session.targets), SetStep(device_id, values)))
            session.names[device_id] = device.name
            self._last = _LastCommand()
            if session.stage == "confirm":
                session.stage = "actions"
            replies.outcome = "target"
            replies.info(target_readback(device, values).replace(
                ", when the routine runs.", ", after the pause."))
            return
        before = session.targets.get(device_id)
        self._last = _LastCommand([device_id], {} if before is None else {
            device_id: dict(before)})
        session.targets.setdefault(device_id, {}).update(values)
        session.names[device_id] = device.name
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "target"
        line = target_readback(device, session.targets[device_id])
        index = list(session.targets).index(device_id)
        if any(position <= index and isinstance(step, WaitStep)
               for position, step in session.extras):  # (a device first named after a pause)
            line = line.replace(", when the routine runs.", ", after the pause.")
        replies.info(line)

    @staticmethod
    def _after_a_pause(session: TeachingSession, device_id: str) -> bool:
        """Whether ``device_id`` was given a target before a pause said since: then a new
        change of it happens after the pause, as a step of its own."""
        if device_id not in session.targets:
            return False
        index = list(session.targets).index(device_id)
        return any(position > index and isinstance(step, WaitStep)
                   for position, step in session.extras)

    def remove_target(self, replies: TurnReplies, device_id: str) -> None:
        session = self._require()
        name = session.names.get(device_id, device_id)
        replies.outcome = "removed"
        if session.targets.pop(device_id, None) is None:
            replies.info(f"{name} was not part of it.")
            return
        if session.stage == "confirm":
            session.stage = "actions"
        replies.info(f"Removed {name}.")

    def capture(self, replies: TurnReplies, device_ids: list[str]) -> None:
        """Use the devices' current states as their targets."""
        session = self._require()
        for device_id in device_ids:
            device = self._backend.device(device_id)
            known = ATTRIBUTES.get(device.kind, {})
            state = {k: v for k, v in device.state.items()
                     if k in known and not (k == "source" and v in ("", None))}
            session.targets[device_id] = validate_changes(device_id, state)
            session.names[device_id] = device.name
            replies.info(target_readback(device, session.targets[device_id]))
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "captured"

    def save(self, replies: TurnReplies, name: str | None) -> Routine:
        """Store the routine; the phrases heard while teaching come along as aliases."""
        session = self.session
        if session is None:
            raise NotFoundError("Nothing is being taught; say \"teach\" first.")
        if not session.phrase:
            raise ConflictError("The routine needs a phrase first: what should I listen for?")
        if not session.has_actions():
            raise ConflictError(f"\"{session.phrase}\" does not do anything yet; tell me what "
                                f"it should do, {_EXAMPLES.format(**self._examples())}.")
        explicit = bool(name and name.strip())
        title = name.strip() if explicit and name else routine_title(session.phrase)
        if not explicit:
            title = self._free_name(title)
        phrases = [Phrase(session.phrase, origin=PhraseOrigin.TAUGHT)]
        seen = {phrase_key(session.phrase)}
        for variant in session.heard_variants:
            key = phrase_key(variant)
            if key and key not in seen and self._store.phrase_owner(key) is None:
                seen.add(key)
                phrases.append(Phrase(variant, origin=PhraseOrigin.LEARNED))
        routine = self._store.save_routine(Routine(name=title, phrases=phrases,
                                                   steps=session.steps(), source="voice"))
        self.session = None
        replies.outcome = "saved"
        replies.saved = routine
        replies.info(f"Saved. Say \"{session.phrase}\" any time.")
        return routine

    def _free_name(self, title: str) -> str:
        taken = {n.casefold() for n in self._store.routine_names()}
        candidate, number = title, 2
        while candidate.casefold() in taken:
            candidate, number = f"{title} {number}", number + 1
        return candidate

    # ------------------------------------------------------- a spoken turn

    def turn(self, replies: TurnReplies, text: str, kind: str | None, source: str) -> None:
        """One turn of the dialogue while teaching."""
        missed = self._missed
        self._turn(replies, text, kind, source)
        if self._missed == missed:
            self._missed = 0

    def _turn(self, replies: TurnReplies, text: str, kind: str | None, source: str) -> None:
        session = self._require()
        if kind == "cancel" and not (dialogue.cancels_last(text) and session.stage == "actions"
                                     and session.has_actions()):
            self.cancel(replies)
            return
        if kind == "help" and request_kind(text) == "question" and self._answered(
                replies, text):
            return  # "what can you do?": the app's answer, then back to teaching
        if kind == "help":
            replies.outcome = "help"
            replies.question(_HELP[session.stage].format(phrase=session.phrase,
                                                         **self._examples()))
            return
        heard_just_now, self._heard_just_now = self._heard_just_now, None
        if session.stage == "phrase":
            if request_kind(text) is not None and self._answer is not None and \
                    self._answer(replies, text):  # ("what does bedtime do?": not a name)
                replies.outcome = "answered"
                self._remind(replies)
                return
            said = dialogue.meant(text) or text  # ("oops, I meant study mode")
            self.set_phrase(replies, said, heard=said if source == "audio" else None)
            return
        if heard_just_now and self._replace_heard(replies, text, kind, source, heard_just_now):
            return
        unsure, self._unsure = self._unsure, None
        if unsure is not None and self._which_one(replies, text, kind, *unsure):
            return
        if unsure is not None:  # another step, or "done": the question was passed over
            replies.info(f"I left \"{unsure[0]}\" out, since I wasn't sure which device you "
                         "meant. Say it again with the device's name to add it.")
        if session.stage == "confirm":
            if kind == "yes":
                self.save(replies, None)
                return
            if kind == "no":
                session.stage = "actions"
                replies.outcome = "not saved"
                replies.question("Not saved yet. Change what it should do and say \"done\", "
                                 "or say \"cancel\".")
                return
            if kind is None and thanked(text):  # (not an answer: the question, shortly)
                replies.outcome = "thanks"
                replies.question(f"You're welcome. Shall I save \"{session.phrase}\"? Say "
                                 "yes or no.")
                return
        if kind == "done" or (kind == "yes" and session.stage == "actions"):
            self._to_confirm(replies)
            return
        if kind in ("undo", "no"):
            self._drop_last(replies)
            return
        if kind == "cancel":  # "cancel that" with steps shown: the last one goes
            self._drop_last(replies)
            self._left_after_drop(replies)
            return
        if last_step_taken_out(text):  # ("remove the last step": as "scratch that")
            self._drop_last(replies)
            self._left_after_drop(replies)
            return
        if self._several_steps(replies, text) or self._special(replies, text):
            return
        if routine_unnamed(text) == "last" and "routine" not in text.casefold():
            # ("turn off the tv", "run it again": it was "TV → on, when the routine
            # runs.", "it" read as the TV and "run" as "turn on"; nothing runs while
            # teaching, and a step said twice is the same step)
            replies.outcome = "repeat"
            replies.question(f"Nothing runs while I'm learning \"{session.phrase}\". "
                             "Say the next thing it should do, or say \"done\".")
            return
        self._device_command(replies, text)

    def _several_steps(self, replies: TurnReplies, text: str) -> bool:
        """"bedroom lamp to 10 percent, wait 10 minutes, then turn it off" in one breath:
        the commands between pauses and replies are taught as if said one turn each (the
        device parser reads commands only, and gave up on the whole sentence); "it" after
        a pause is the devices of the command before it. False when no part is a pause
        or a reply."""
        parts = split_parts(text)
        special = [_pause_or_reply(p) for p in parts]
        if len(parts) < 2 or not any(special):
            return False
        chunk: list[str] = []
        for part, is_special in [*zip(parts, special, strict=True), ("", True)]:
            if not is_special:
                chunk.append(part)
                continue
            if chunk:
                self._device_command(replies, self._it_named(", ".join(chunk)))
                chunk = []
            if part:
                self._special(replies, part)
        return True

    def _it_named(self, words: str) -> str:
        """``words`` with "it"/"them" naming the devices last added ("turn it off")."""
        session = self._require()
        if not self._last.devices or not _IT.search(words):
            return words
        names = [session.names.get(d, d) for d in self._last.devices]
        return _IT.sub("the " + " and the ".join(names), words, count=1)

    def _replace_heard(self, replies: TurnReplies, text: str, kind: str | None, source: str,
                       heard: str) -> bool:
        """Right after a phrase was heard by voice: "no" asks for it again; words that
        are not something to do (typed, or said again) become the phrase."""
        session = self._require()
        if session.has_actions() or kind not in (None, "no"):
            return False
        if kind is None:
            if dialogue.parse_rename(text) or dialogue.parse_wait(text) is not None \
                    or dialogue.parse_say(text) or dialogue.is_capture(text):
                return False
            try:
                command = self._parser().parse(text)
            except (AttributeValueError, UnknownDeviceError):
                command = None
            if command is not None and command.steps:
                return False
        # Replaced at once: not kept as another way to say it ("the phrase is ..."
        # later keeps it, as a mishearing worth knowing).
        key = phrase_key(heard)
        session.heard_variants = [v for v in session.heard_variants if phrase_key(v) != key]
        if kind == "no":
            session.stage = "phrase"
            replies.outcome = "phrase"
            replies.question("Sorry. What's the phrase? Say it again, or type it.")
            return True
        session.stage = "phrase"
        self.set_phrase(replies, text, heard=text if source == "audio" else None)
        return True

    def _examples(self) -> dict[str, str]:
        devices = self._backend.devices()
        one, two = command_examples(devices)
        return {"one": one, "two": two,
                "device": devices[0].name.lower() if devices else "desk lamp"}

    def _device_names(self, limit: int = 12) -> str:
        names = [d.name for d in self._backend.devices()]
        return spoken_list(names, most=limit)

    def _not_understood(self, replies: TurnReplies, text: str) -> None:
        """Words that are not something to do. The first time, what can be said; then,
        or at once for a question or a request of another kind ("what time is it",
        "list my routines"), where we are and how to leave: a person who has forgotten
        that teaching is under way must not be held in it by a list of devices."""
        session = self._require()
        if asked_what_it_does(text, session.phrase):
            self._tell_unsaved(replies)
            return
        if thanked(text):  # (it was "We're still teaching …": a thank-you is no step)
            replies.outcome = "thanks"
            replies.info("You're welcome.")
            self._remind(replies)
            return
        if self._answered(replies, text):
            return
        replies.outcome = "not understood"
        self._missed += 1
        if session.stage == "confirm":
            replies.question(f"\"{session.phrase}\" will {summarise_steps(session)}. Say "
                             "\"yes\" to save it, \"no\" to change it, or \"cancel\".")
            return
        kind = request_kind(text)
        other = kind in ("question", "conversation", "impossible")
        # (a device command for a device the home lacks gets the devices' names again)
        if kind == "command" or (self._missed == 1 and not other):
            replies.question(f"I didn't get \"{text}\" as something to do. Name one of the "
                             f"devices ({self._device_names()}) and what to set, "
                             f"{_EXAMPLES.format(**self._examples())}; "
                             "or say \"done\".")
            return
        so_far = f" {sentence_start(_so_far(session))}."
        leave = ("Say \"done\" to save it, or \"cancel\" to stop teaching"
                 if session.has_actions() else "Say \"cancel\" to stop teaching")
        ask = " and ask me again" if other else ""
        more = " else" if session.has_actions() else ""
        replies.question(f"We're still teaching \"{session.phrase}\".{so_far} Tell me what"
                         f"{more} it should do. {leave}{ask}.")

    def _tell_unsaved(self, replies: TurnReplies) -> None:
        """"what does bedtime do?" of the phrase being taught: its steps so far, and
        that it is not saved yet (it was "I don't know a routine called "bedtime"")."""
        session = self._require()
        replies.outcome = "answered"
        unsaved = f"\"{session.phrase}\" isn't saved yet"
        if session.stage == "confirm":
            replies.question(f"{unsaved}: it will {summarise_steps(session)}. Shall I save "
                             "it?")
        elif session.has_actions():
            replies.question(f"{unsaved}: {_so_far(session)}. Tell me what else it should "
                             "do, or say \"done\".")
        else:
            replies.question(f"{unsaved}, and it doesn't do anything yet. Tell me what it "
                             f"should do, {_EXAMPLES.format(**self._examples())}.")

    def _answered(self, replies: TurnReplies, text: str) -> bool:
        """A question asked in passing, not a step ("what time is it?", "is the lamp
        on?"): answered as it would be outside teaching, then where we are (the phrase,
        what it does so far, what to say next), so the teaching goes on. A person who
        asks expects the answer; holding it back until "cancel" lost what was taught.
        Only words no step took come here, so "lamp to 100 %", "done" or "cancel" keep
        their teaching meaning."""
        if self._aside is None or not self._aside(replies, text):
            return False
        replies.outcome = "answered"
        self._remind(replies)
        return True

    def _remind(self, replies: TurnReplies) -> None:
        """Where the teaching is, as a question to go on from."""
        session = self._require()
        if session.stage == "phrase":
            replies.question("Back to teaching. " + _HELP["phrase"])
        elif session.stage == "confirm":
            replies.question(f"Back to teaching: \"{session.phrase}\" will "
                             f"{summarise_steps(session)}. Shall I save it?")
        elif session.has_actions():
            replies.question(f"Back to teaching \"{session.phrase}\": {_so_far(session)}. "
                             "Tell me what else it should do, or say \"done\".")
        else:
            replies.question(f"Back to teaching \"{session.phrase}\": {_so_far(session)}. "
                             f"Tell me what it should do, "
                             f"{_EXAMPLES.format(**self._examples())}; or say \"cancel\".")

    def _to_confirm(self, replies: TurnReplies) -> None:
        session = self._require()
        if not session.has_actions():
            replies.question(f"\"{session.phrase}\" doesn't do anything yet. Tell me what it "
                             f"should do, {_EXAMPLES.format(**self._examples())}.")
            return
        session.stage = "confirm"
        replies.outcome = "confirm"
        replies.question(f"\"{session.phrase}\" will {summarise_steps(session)}. "
                         "Shall I save it?")

    def _left_after_drop(self, replies: TurnReplies) -> None:
        """After "cancel that" dropped a step: what is left, and how to end the teaching
        (the person may have meant the whole of it)."""
        session = self._require()
        then = ("Tell me what else it should do, or say \"done\"" if session.has_actions()
                else "Tell me what it should do")
        replies.question(f"{sentence_start(_so_far(session))}. {then}; say \"stop teaching\" "
                         "to leave without saving.")

    def _drop_last(self, replies: TurnReplies) -> None:
        session = self._require()
        whole, self._last = self._last.taken_out, replace(self._last, taken_out=None)
        if whole is not None:
            back = [describe_target(d, t, whole.names.get(d, d))
                    for d, t in whole.targets.items() if d not in session.targets]
            session.targets, session.extras = whole.targets, whole.extras
            replies.outcome = "removed"
            replies.info(f"Put back {spoken_list(back) or 'the steps taken out'}.")
            return
        last_extra = max((pos for pos, _ in session.extras), default=-1)
        if session.extras and last_extra >= len(session.targets):
            _, step = session.extras.pop()
            if isinstance(step, SetStep):
                replies.info(f"Removed the later change of "
                             f"{session.names.get(step.device, step.device)}.")
            else:
                replies.info("Removed the " + ("pause." if isinstance(step, WaitStep)
                                                else f"reply \"{step.text}\"."))
        elif session.targets:
            added = [d for d in self._last.devices if d in session.targets]
            if not added:
                self.remove_target(replies, next(reversed(session.targets)))
            else:
                self._take_back(replies, added)
            self._last = _LastCommand()
        else:
            replies.info("There's nothing to take back yet.")

    def _targets_of(self, device_ids: Any) -> dict[str, dict[str, Any]]:
        """The targets these devices have now, for those that have one (copies)."""
        targets = self._require().targets
        return {d: dict(targets[d]) for d in device_ids if d in targets}

    def _take_back(self, replies: TurnReplies, device_ids: list[str]) -> None:
        """Undo the last command while teaching, in one line: a device it added goes,
        a device it changed gets back the target it had before."""
        session = self._require()
        removed: list[str] = []
        restored: list[str] = []
        for device_id in device_ids:
            name = session.names.get(device_id, device_id)
            before = self._last.before.get(device_id)
            if before is None:
                session.targets.pop(device_id, None)
                removed.append(name)
            else:
                session.targets[device_id] = before
                restored.append(describe_target(device_id, before, name))
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "removed"
        said = []
        if removed:
            said.append(f"Removed {spoken_list(removed)}.")
        if restored:
            said.append(f"Put back {spoken_list(restored)}.")
        replies.info(" ".join(said))

    def _special(self, replies: TurnReplies, text: str) -> bool:
        """Phrase corrections, pauses, spoken replies, captures and removals."""
        session = self._require()
        new_phrase = dialogue.parse_rename(text) or renamed_to(text, session.phrase)
        if new_phrase:
            self.set_phrase(replies, new_phrase, heard=None)
            return True
        seconds = dialogue.parse_wait(text)
        if seconds is not None:
            pause = WaitStep(_seconds(seconds))
            session.extras.append((len(session.targets), pause))
            replies.outcome = "wait"
            replies.info(f"Then {step_words(pause, {})}.")
            return True
        words = dialogue.parse_say(text)
        if words:
            session.extras.append((len(session.targets), SayStep(words)))
            replies.outcome = "say"
            replies.info(f"Then say \"{words}\".")
            return True
        devices = self._backend.devices()
        if dialogue.is_capture(text):
            chosen = dialogue.find_devices(text, devices)
            if not chosen:
                replies.question("Which devices should I take as they are now? Name them, "
                                 "e.g. \"use how the desk lamp and the TV are now\".")
            else:
                self.capture(replies, [d.id for d in chosen])
            return True
        words = words_taken_out(text)  # ("no, not the lights", "take the tv out")
        named = devices_named(words, devices, self._parser()) if words else []
        if words and named:
            replies.outcome = "removed"
            whole = session.snapshot()
            said = take_out(session, words, [d.id for d in named])
            if whole.steps() != session.steps():  # ("undo" next puts them back in place)
                self._last = _LastCommand(taken_out=whole)
            (replies.question if session.stage == "confirm" else replies.info)(said)
            return True
        return False

    def _routine_steps(self, replies: TurnReplies, text: str) -> bool:
        """"wind down", "and then run lock up", "everything good night does": another
        routine's steps, copied in (a later change to that routine does not change this
        one). False when ``text`` names no routine."""
        match = _ROUTINE_LEAD.match(" ".join(text.lower().split()))
        if match is None:
            return False
        owner = find_routine(self._store, match.group("name"))  # name or phrase, no guess
        if owner is None:
            return False
        routine = self._store.routine(owner)
        session = self._require()
        replies.info(f"What {routine.name} does:")
        before = self._targets_of(step.device for step in routine.steps
                                  if isinstance(step, SetStep))
        added: list[str] = []
        for step in routine.steps:
            if isinstance(step, (WaitStep, SayStep)):
                session.extras.append((len(session.targets), step))
                continue
            self.set_target(replies, step.device, dict(step.set))
            added.append(step.device)
        self._last = _LastCommand(added, before)
        replies.outcome = "routine steps"
        return True

    def _device_command(self, replies: TurnReplies, said: str) -> None:
        text = self._it_named(said)  # ("turn it up by two" after "turn the heating up")
        parser = self._planned_parser()
        try:
            command = None
            if self._last_said is not None:  # "and the fan" after "turn on the lamp"
                command = parser.continued(text, self._last_said)
            continuing = command is not None
            if command is None:
                command = parser.parse(text)
        except (AttributeValueError, UnknownDeviceError) as exc:
            replies.outcome = "invalid"
            replies.error(f"{exc} Nothing was added.")
            return
        if (command is None or not command.steps) and self._routine_steps(replies, text):
            return
        if command is None or not command.steps:
            self._not_understood(replies, said)
            return
        if float(command.confidence) < self._sure_command:
            replies.outcome = "unsure"
            if len(command.devices) > 1:
                self._unsure = (text, command)
                if getattr(command, "pick", None):  # "both lamps" of three
                    replies.question(which_of(command))
                    return
                replies.question(f"I'm not sure which device you mean in \"{text}\": "
                                 f"{command.text}? Say yes, or which one.")
                return
            replies.question(f"I'm not sure which device you mean in \"{text}\" (my guess: "
                             f"{command.text}). Say it again with the device's name "
                             f"({self._device_names()}).")
            return
        self._add_command(replies, text, command, continuing=continuing)

    def _planned_parser(self) -> Any:
        """A parser over the devices as the routine so far leaves them: "turn it up by
        two" after "turn the heating up" (21 °C) is 23 °C, not two above the room now."""
        targets = self._require().targets
        return self._parser([replace(d, state={**d.state, **targets.get(d.id, {})})
                             for d in self._backend.devices()])

    def _add_command(self, replies: TurnReplies, text: str, command: Any, *,
                     continuing: bool = False) -> None:
        merged: dict[str, dict[str, Any]] = {}
        for step in command.steps:
            merged.setdefault(step.device, {}).update(step.set)
        before = self._targets_of(merged)
        told = TurnReplies(lambda _event: None)  # (the lines, joined before they are said)
        for device_id, changes in merged.items():
            self.set_target(told, device_id, changes)
        replies.outcome = told.outcome or replies.outcome
        for line in joined_readbacks(told.lines):
            replies.info(line)
        self._last = _LastCommand(list(merged), before)
        if not continuing:
            self._last_said = text

    def _which_one(self, replies: TurnReplies, answer: str, kind: str | None, text: str,
                   command: Any) -> bool:
        """The answer to "which device do you mean in <text>?": "yes", "the first one",
        "the lamp", "brighter", "neither" (``which_one.read_pick``). False when the
        answer is something else, read as any teaching turn is."""
        if kind == "yes" and getattr(command, "pick", None):
            replies.outcome = "unsure"
            replies.question(which_of(command))  # ("both lamps" of three: never all)
            self._unsure = (text, command)
            return True
        if kind == "yes":
            self._add_command(replies, text, command)
            return True
        pick = Pick[Any]() if kind in ("no", "cancel") else read_pick(
            answer, command.devices, request=text, question=command.text,
            parser=self._parser())
        if pick is None:
            return False
        if pick.none:
            replies.outcome = "left out"
            replies.info(f"OK, I left \"{text}\" out.")
        elif not pick.chosen:
            replies.outcome = "unsure"
            replies.question(asked_again(pick, command.devices))
            self._unsure = (text, command)
        else:
            self._add_command(replies, text, command.only(pick.chosen))
        return True


_ROUTINE_LEAD = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:(?:also\s+)?(?:run|do|start|play|"
                           r"what|everything|the\s+same\s+as|same\s+as|like)\s+)?"
                           r"(?:the\s+)?(?P<name>.+?)(?:\s+does|\s+routine)?$")


def _seconds(value: float) -> float:
    return int(value) if float(value).is_integer() else value  # type: ignore[return-value]


def _pause_or_reply(part: str) -> bool:
    """Whether ``part`` of a sentence is a pause ("wait 10 minutes") or a reply ("say
    good night"): steps the device parser does not read."""
    return dialogue.parse_wait(part) is not None or bool(dialogue.parse_say(part))


def _so_far(session: TeachingSession) -> str:
    """What the routine being taught does so far, as a clause: "so far it will set Desk
    lamp on at 80 %", "it doesn't do anything yet" (one wording for every reminder)."""
    return (f"so far it will {summarise_steps(session)}" if session.has_actions()
            else "it doesn't do anything yet")
