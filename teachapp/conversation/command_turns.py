"""A turn no dialogue claimed: the resolver and the command parser decide.

``decide`` chooses run, ask or reject; this module carries that out: run the
routine, run or ask about a device command, answer a state question or a
cancellation (``cues.py``), ask "did you mean X?", or say the words are not known
(and offer to learn them, unless they are a question no routine can answer).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import MAX_NAME_CHARS, Routine, name_opening, phrase_quoted, shorten, spoken_list
from ..errors import NotFoundError, TeachappError
from ..store import names_now, phrase_key
from ..understanding.normalize import only_small_words
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Decision, Reason, Resolution
from .asked_to_run import routine_asked, routine_unnamed, run_asked
from .cues import CueReply, asks_when, cue_answer, question_about_it
from .decision import UNPARSED, decide, read_command
from .device_commands import DeviceCommands
from .device_why import STATE_WORDS
from .events import TurnResolved
from .explain import RAN_AGAIN, RENAMED
from .intents import past_wake_word
from .library import forgotten_just_now
from .missing_things import no_such_thing
from .models import Action, Outcome, TurnInput
from .named_alone import named_alone
from .negated import not_to_do
from .offers_asked import teach_later
from .part_reading import PRONOUN
from .pointing import fits_nothing, pointer
from .steps_taken_out import nothing_to_start_again, starts_again
from .teaching import fits_a_phrase
from .turns import Pending, TurnReplies

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser
    from .decision import Choice
    from .sentence_part import Part

_LONGEST_PHRASE = 6
"""The most words of a taught phrase looked for inside words offered for teaching."""

__all__ = ["CommandTurns"]

_FEW_ROUTINES = 4
"""The most routines named in answer to "run a routine"; more are offered as a list."""

_FEW_TALKED_OF = 3
"""The most devices a question may ask about and be what "it" or "them" means next."""

_ON_ASKED = re.compile(r"\bon\b", re.IGNORECASE)

_WHY = re.compile(r"\s*why\b", re.IGNORECASE)

_IF_CLAUSE = re.compile(r"[\s,]+(?:if|unless)\s+\S.*$", re.IGNORECASE)
"""A condition said after a request ("... if it is dark", "..., unless it's raining")."""


class CommandTurns(DeviceCommands):
    """Phrases, device commands and state questions, decided by ``decide``."""

    def preview(self, turn: TurnInput) -> Choice:
        """What ``handle`` would decide for ``turn`` outside any dialogue, without
        doing anything (``listen`` reports it, with ``preview_reader``)."""
        with self._lock:
            return self._choose(turn.text, turn)

    def preview_reader(self, turn: TurnInput, choice: Choice) -> str | None:
        """The reader of chat's turn order that would answer ``turn`` before ``choice``
        is acted on ("timer", "schedule", a kind of talk, "device_question":
        ``readers.first_reader``), or None when ``choice`` decides it. Nothing is
        changed."""
        from .readers import first_reader

        with self._lock:
            return first_reader(turn.text, self.store, self.resolve, choice.resolution)

    def preview_offer(self, turn: TurnInput, choice: Choice) -> str | None:
        """The words chat would offer to learn for ``turn`` ("I don't know "X". Shall I
        learn it?"), read by the same checks its turn makes before the offer (a question
        it cannot answer, a thing the home lacks, a condition, a pointer, words too long
        or too small); None when it would run, ask or say something else. Nothing is
        changed (``listen`` says it: a "reject" alone read as "nothing happens")."""
        text = turn.text
        if choice.action != Action.REJECT or choice.command is not None:
            return None
        with self._lock:
            if only_small_words(text) or not phrase_key(text) or not fits_a_phrase(text) \
                    or self._switched_off(text) is not None:
                return None
            unsaid = TurnReplies(lambda _event: None)
            found = no_such_thing(text, self._command_parser())
            if (found is not None and not found.offer_teach) or self.cannot_answer(
                    unsaid, text) or self._on_condition(unsaid, text) \
                    or self._points_at_nothing(unsaid, text):
                return None
            return text if found is not None else self._offered_phrase(text)

    def preview_parts(self, turn: TurnInput) -> list[Part] | None:
        """The parts ``handle`` would decide ``turn`` as, outside any dialogue, without
        doing anything ("lock up and movie mode": both); None when it is decided as one
        request (``resolve --json`` reports them)."""
        with self._lock:
            saved, self._input = self._input, turn
            try:
                return self._multi.read(turn.text)
            finally:
                self._input = saved

    def _choose(self, text: str, turn: TurnInput, parser: CommandParser | None = None, *,
                parsed: Any = UNPARSED) -> Choice:
        """``decide`` on ``text``; ``parser`` reads the device commands (by default one
        over the devices as they are now), unless the caller parsed ``text`` already
        (``parsed``: its command or None)."""
        resolution = self.resolve(text)
        command = None
        if resolution.decision != Decision.RUN and parsed is UNPARSED:
            command = read_command(text, parser or self._command_parser())
        elif resolution.decision != Decision.RUN:
            command = parsed
        return decide(turn, resolution, command, self.config.conversation)

    def _command_turn(self, replies: TurnReplies, text: str, source: str,
                      confidence: float | None) -> None:
        if self._unnamed_routine(replies, text, source, confidence):
            return
        choice = self._choose(text, replace(self._input, text=text))
        rest = past_wake_word(text)  # ("alexa, make it cosy": no phrase, no command)
        if rest and rest != text and choice.action == Action.REJECT and choice.command is None \
                and self.resolve(rest).decision != Decision.RUN:
            # the words past the wake word are what is answered: decided once (every
            # reading below was tried on the words with it first, then all again on these)
            self._command_turn(replies, rest, source, confidence)
            return
        resolution = choice.resolution
        replies.resolution, replies.score = resolution, choice.score
        if choice.action in (Action.ASK, Action.REJECT):
            continued = self._continued(text)
            if continued is not None:  # decided as any command is (speech heard well?)
                as_command = decide(replace(self._input, text=text),
                                    replace(resolution, decision=Decision.REJECT), continued,
                                    self.config.conversation)
                self._device_command_turn(replies, text, continued, source, confidence,
                                          sure=as_command.action == Action.RUN_COMMAND,
                                          continuing=True)
                return
        if choice.action == Action.RUN_ROUTINE:
            self._run_turn(replies, text, resolution, source, confidence)
            return
        if (choice.command is not None or choice.action == Action.REJECT) and \
                self._asked_against_the_way(replies, text, choice.command, source, confidence):
            return  # ("brighten the desk lamp to 5" at 70 %: dimmer; asked)
        if choice.command is not None:
            self._device_command_turn(replies, text, choice.command, source, confidence,
                                      sure=choice.action == Action.RUN_COMMAND)
            return
        if choice.action in (Action.REJECT, Action.ASK) and self._cue_turn(
                replies, text, resolution, source, confidence):
            return
        if choice.action == Action.REJECT and self._ask_renamed(
                replies, text, resolution, source, confidence):
            return
        if choice.action == Action.REJECT and self._not_done(replies, text, resolution, source,
                                                             confidence):
            return  # ("don't turn on the tv": "OK, I won't turn on TV.")
        if choice.action == Action.REJECT and starts_again(text):
            # ("let's start over" with nothing taught: it was offered as a phrase)
            self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ANSWERED)
            replies.action = Action.NOTHING
            replies.info(nothing_to_start_again(ran=self._last_run is not None))
            return
        if choice.action == Action.REJECT and self._named_alone(replies, text, source,
                                                                confidence):
            return  # ("desk lamp": "Desk lamp is off. Say what to do with it, …")
        # "Did you mean R?" again, after the person said no to it: ask what the ledger
        # has for these words instead, or say it is not known.
        refused = choice.action == Action.ASK and self._hooks.refused(text, resolution)
        if (choice.action == Action.REJECT or refused) and self._hooks.suggest(
                replies, text, resolution, source, confidence):
            return
        if choice.action == Action.ASK and not refused and resolution.routine is not None:
            self._ask_clarify(replies, text, source, confidence, resolution, heard=resolution)
            return
        rest = past_wake_word(text)  # ("alexa, is the tv on?", "alexa open the garage door")
        if rest and rest != text and self.resolve(rest).decision != Decision.RUN:
            self._command_turn(replies, rest, source, confidence)  # (heard as said to us)
            return
        replies.action, replies.decision = Action.REJECT, Decision.REJECT
        iid = self._log(text, source, confidence, "reject", resolution.score, None, "not known")
        self._emit(TurnResolved(iid, resolution))
        if only_small_words(text) or not phrase_key(text):  # "and", "um", "...": no miss
            replies.info(f"I didn't catch a request in \"{text}\". Say a phrase, or \"help\".")
            return
        switched_off = self._switched_off(text)
        if switched_off is not None:  # its phrase, even said loosely: not "I don't know" it
            replies.info(self.paused_line(switched_off))
            return
        self._hooks.miss(text, iid, resolution)
        if self.cannot_answer(replies, text) or self.no_such_thing(replies, text, iid, source) \
                or self._on_condition(replies, text) or self._points_at_nothing(replies, text):
            return
        if not fits_a_phrase(text):  # pasted text: no phrase to learn, quoted short
            replies.info(f"I don't know \"{shorten(text)}\", and it is too long to learn as a "
                         f"phrase ({MAX_NAME_CHARS} characters at most).")
            return
        offered = self._offered_phrase(text)
        forgotten = forgotten_just_now(self.store, offered)
        if forgotten is not None:  # (no question open, so "undo" brings it back)
            replies.info(f"You had me forget {self._spoken_name(forgotten.name)}. Say "
                         f"\"undo\" to bring it back, or \"teach {forgotten.phrase}\" to "
                         "teach it anew.")
            return
        if not self._offers.first(offered):  # (asked before: "no", or passed over)
            replies.info(f"I don't know \"{offered}\". {teach_later(offered)}")
            return
        self._pending = Pending("offer_teach", offered, self._clock(), None, iid, source)
        replies.question(f"I don't know \"{offered}\". Shall I learn it?")

    def _unnamed_routine(self, replies: TurnReplies, text: str, source: str,
                         confidence: float | None) -> bool:
        """A routine asked for without its name (``routine_unnamed``): "run the last
        routine" runs the routine run last ("do that again" too, when the last run was a
        routine's; after a device command, that command: ``_command_again``); "run it" or
        "run that" so too, right after a run (or past questions only answered since; else
        "it" may be a device: "run it" turns the dishwasher on); "run a routine" says which
        there are. False for any other turn, and for a taught phrase."""
        asked = routine_unnamed(text)
        if asked is None or self.store.phrase_owner(text) is not None:
            return False
        if asked != "which" and self._undone and "routine" not in text.casefold():
            # "do that again", "again" right after "undo" (nothing ran since): what it
            # took back, set again, as "redo" (it was "I don't know any routines yet.")
            self._log(text, source, confidence, "dialogue", 0.0, None, "redo")
            self._redo_turn(replies)
            return True
        if asked == "just":
            last_run = self._last_run
            if last_run is None or not self._nothing_done_since(last_run.turn):
                return False
            asked = "last"  # ("turn off the tv", "run it": it was "TV: on.")
        names = self.store.routine_names()
        if asked == "last":
            runs = self.store.recent_runs()
            if runs and runs[0].routine is None and "routine" not in text.casefold():
                # "run it again" after "turn off the tv": that command, never "it" read
                # as the TV and "run" as "turn on"
                self._command_again(replies, text, runs[0], source, confidence)
                return True
            last = next((run.routine for run in runs if run.routine in names), None)
            if last is not None:
                replies.detail[RAN_AGAIN] = True  # (what "why did you do that?" says)
                self._run_turn(replies, text, Resolution(text, Decision.RUN, last, 1.0,
                                                         reason=Reason.EXACT),
                               source, confidence)
                return True
        self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ANSWERED)
        replies.action = Action.NOTHING
        replies.info(self._routines_offered(names, last=asked == "last"))
        return True

    @staticmethod
    def _routines_offered(names: list[str], *, last: bool) -> str:
        """What to say to "run a routine": the routines by name (a few), or how to hear
        them; "run the last routine" with none run yet says so first."""
        if not names:
            return "I don't know any routines yet. Say \"teach\" to teach me one."
        opening = "I haven't run a routine yet. " if last else ""
        if len(names) <= _FEW_ROUTINES:
            said = spoken_list([f"\"{phrase_quoted(name)}\"" for name in names], "or")
            return f"{opening}Which routine? Say its name: {said}."
        return (f"{opening}Which routine? Say its name; \"what routines do you know?\" "
                f"lists all {len(names)}.")

    def _offered_phrase(self, text: str) -> str:
        """The words a miss offers to learn: the routine asked to run ("run movie night":
        "movie night"; "run the movie routine": "movie"; ``run_asked``) when no routine is
        called so, nor named among them ("run movie night after every meal" stays whole);
        else all of ``text``."""
        name = run_asked(text)
        known = name is not None and (self._is_phrase(name) or name.casefold() in map(
            str.casefold, self.store.routine_names()) or self._says_of_a_routine(name))
        return name if name is not None and not known else text

    def _says_of_a_routine(self, words: str) -> bool:
        """Whether ``words`` hold a phrase of a routine taught here among other words
        ("run movie night after every meal"): a request about that routine that failed,
        not a new name, so a command after the offer to learn them is no showing of what
        they mean (it was "Shall "run movie night after every meal" do that from now
        on?", and a "yes" saved the TV off under those words)."""
        said = phrase_key(words).split()
        return any(self.store.phrase_owner(" ".join(said[i:i + n])) is not None
                   for n in range(1, min(len(said) - 1, _LONGEST_PHRASE) + 1)
                   for i in range(len(said) - n + 1))

    def _ask_renamed(self, replies: TurnReplies, text: str, resolution: Resolution,
                     source: str, confidence: float | None) -> bool:
        """A routine's name before a rename, said out of habit: "Bedtime is called lights
        out now. Did you mean lights out?" (was "I don't know "bedtime". Shall I learn
        it?"); a yes runs it and counts as a rephrase, a no is remembered as any."""
        key = phrase_key(text)
        now = names_now(self.store, [(key, 0.0)]).get((key, 0.0)) if key else None
        if now is None:
            return False
        try:
            routine = self.store.routine(now).name
        except NotFoundError:
            return False  # renamed, then forgotten
        # (only the renamed routine is asked about: with the score 0.0 any routine the
        # words were near was named beside it, "Did you mean rise and shine or good night?")
        asked = replace(resolution, decision=Decision.CLARIFY, routine=routine, score=0.0,
                        alternatives=())
        if self._hooks.refused(text, asked):
            return False
        replies.info(f"{name_opening(key)} is called {self._spoken_name(routine)} now.")
        self._ask_clarify(replies, text, source, confidence, asked, heard=resolution,
                          outcome=RENAMED)
        return True

    def _not_done(self, replies: TurnReplies, text: str, resolution: Resolution,
                  source: str, confidence: float | None) -> bool:
        """"don't turn on the tv": nothing done, and said so ("OK, I won't turn on
        TV."; it was offered as a phrase to learn). False for any other words."""
        parser = self._command_parser()

        def parse(words: str) -> Any:
            devices = self._multi._devices(self._multi.last_devices)
            if devices and PRONOUN.search(words):
                # "don't turn it off": "it" is what the last run acted on, as in a command
                named = " and ".join(f"the {d.name}" for d in devices)
                command = parser.parse(PRONOUN.sub(named, words, count=1))
                if command is not None and command.steps:
                    return command
            return parser.parse(words)

        said = not_to_do(text, parse)
        if said is None:
            return False
        replies.action, replies.decision = Action.REJECT, Decision.REJECT
        self._log(text, source, confidence, "reject", resolution.score, None, Outcome.NOT_RUN)
        replies.info(said)
        return True

    def _points_at_nothing(self, replies: TurnReplies, text: str) -> bool:
        """"make that 40 percent" that fits none of the devices last acted on (a lock),
        or said before anything was: a command with a device in place of "it", so no
        phrase to learn (it was offered: 'I don't know "make that 40 percent". Shall I
        learn it?'); said so, with the words for a device it fits. False otherwise."""
        pointed = pointer(text)
        if pointed is None:
            return False
        parser = self._command_parser()
        kinds: set[str] = set()
        for device in sorted(self.backend.devices(), key=lambda d: d.kind != "light"):
            if device.kind in kinds:
                continue  # (one device of each kind is enough to tell)
            kinds.add(device.kind)
            example = f"{text[:pointed.start()]}the {device.name.lower()}{text[pointed.end():]}"
            try:
                command = parser.parse(example)
            except TeachappError:
                continue
            if command is not None and command.steps and float(command.confidence) >= 1.0:
                # (every word read: "move it to 7:30" is no device's, "set … to 7 %" a guess
                # at 0.8, and "pump it up" may be a phrase to learn)
                last = self._multi._devices(self._multi.last_devices)
                replies.info(fits_nothing(text, [d.name for d in last], example))
                return True
        return False

    def _switched_off(self, text: str) -> str | None:
        """The switched-off routine ``text`` is a phrase of, word for word or as the
        resolver would run it were it on ("goodnight", "run good night"); else None."""
        owner = self.store.phrase_owner(text)
        if owner is None:
            heard = self._paused.resolve(text)
            owner = heard.routine if heard.decision == Decision.RUN else None
        if owner is None:
            return None
        try:
            return None if self.store.routine(owner).enabled else owner
        except NotFoundError:
            return None

    def paused_line(self, name: str, *, beside: bool = False) -> str:
        """What saying a switched-off routine's phrase is told: nothing ran (``beside``:
        the rest of the sentence did), and the words that switch it on."""
        routine = self.store.routine(name)
        phrase = routine.phrases[0].text if routine.phrases else routine.name
        done = "so I left it out" if beside else "so I did nothing"
        return (f"{name_opening(routine.name)} is switched off, {done}. Say \"enable "
                f"{phrase_quoted(phrase)}\" to switch it on.")

    def cannot_answer(self, replies: TurnReplies, text: str, *, before: str = "") -> bool:
        """Say so when ``text`` is a question no routine answers ("what's the weather?",
        "where's my phone?") and return True: offering to learn a question promised an
        answer a routine cannot give. ``before`` opens the reply (what else was heard). A
        routine asked for by name is no question ("do my morning routine": ``routine_asked``;
        it was "I can't answer ...")."""
        kind = request_kind(text)
        if routine_asked(text) is not None or not (kind == "question" or (
                kind == "conversation" and _WHY.match(text))):
            return False  # (a "why" no talk answered is a question too: "why is the sky
            # blue?", "why is it so cold?" were offered for teaching)
        replies.info(f"{before}I can't answer \"{text}\": I know this home's devices and "
                     "the routines you teach me. Say \"help\" to hear what I can do, or "
                     f"\"teach {text.rstrip('?. ')}\" to make it a phrase of your own.")
        return True

    def _on_condition(self, replies: TurnReplies, text: str) -> bool:
        """"turn on the lamp if it is dark": a request on a condition this app cannot
        check; say so and how to ask for it now (it offered to learn the sentence)."""
        condition = _IF_CLAUSE.search(text)
        if condition is None or not text[:condition.start()].strip():
            return False
        request = text[:condition.start()].strip(" ,")
        if self._command_parser().parse(request) is None and (
                self.resolve(request).decision != Decision.RUN):
            return False
        replies.info(f"I can't check \"{condition.group(0).strip(' ,?.!')}\" myself, so nothing "
                     f"was done. Say \"{request}\" on its own to do it now.")
        return True

    def no_such_thing(self, replies: TurnReplies, text: str, iid: int | None, source: str,
                      *, before: str = "") -> bool:
        """Say so when ``text`` asks for a thing this home does not have ("turn on the
        toaster") and what it has instead, and return True (``missing_things``);
        "Shall I learn it?" only when nothing in the home takes the action."""
        found = no_such_thing(text, self._command_parser())
        if found is None:
            return False
        said = found.text
        # (it said "This home has no desk lamp, … Shall I learn "turn on the desk lamp"
        # as a phrase of your own?" while the broker was down)
        away = self._home_unreached() if found.offer_teach else None
        if before.rstrip().endswith("but"):  # "I understood "reading mode", but this ..."
            said = said[:1].lower() + said[1:]
            away = away[:1].lower() + away[1:] if away else away
        if away:
            replies.error(before + away)
        elif found.offer_teach and not self._offers.first(text):  # (asked before)
            replies.info(f"{before}{said.removesuffix(found.question).rstrip()} "
                         f"{teach_later(text)}")
        elif found.offer_teach:
            self._pending = Pending("offer_teach", text, self._clock(), None, iid, source)
            replies.question(before + said)
        else:
            replies.info(before + said)
        return True

    def _home_unreached(self) -> str | None:
        """What to say of a thing asked for while the home cannot be reached and has
        told of no device yet (an MQTT broker or Home Assistant down at the first
        start): why, not that the home lacks it. None when the home is reached or some
        device is known."""
        if self.backend.devices():
            return None
        status = self.backend.status()
        if status.connected:
            return None
        why = status.reason.strip().rstrip(".")  # (what is wrong; not "…; retrying")
        return (f"I can't reach the home: {why}. No device is known yet, so nothing was "
                "done; say it again once the home is reached.")

    def _ask_clarify(self, replies: TurnReplies, text: str, source: str,
                     confidence: float | None, asked: Resolution, *, heard: Resolution,
                     outcome: str = "asked") -> None:
        """"Did you mean R?" for ``asked.routine``: logged, shown and kept as the open
        question. ``heard`` is the resolver's own answer, which the learner records as
        the miss (it differs from ``asked`` when the ledger offered R)."""
        routine = asked.routine or ""
        replies.action, replies.decision = Action.ASK, Decision.CLARIFY
        replies.routine, replies.resolution = routine, asked
        iid = self._log(text, source, confidence, "clarify", asked.score, routine, outcome)
        self._emit(TurnResolved(iid, asked))
        self._hooks.miss(text, iid, heard)
        # Two routines as near as each other (within the resolver's margin): name both,
        # so the person can pick ("the second one", "reading") rather than refuse one.
        near = asked.score - self.config.resolver.margin
        rival = next((a.routine for a in asked.alternatives if a.routine != routine and (
            a.score >= near or asked.reason == Reason.AMBIGUOUS)), None)
        options = [routine, rival] if rival is not None else None
        self._pending = Pending("clarify", text, self._clock(), routine, iid, source,
                                data={"options": options} if options else None)
        said = spoken_list([self._spoken_name(r) for r in options or [routine]], "or")
        replies.question(f"Did you mean {said}?")

    def _mentioned(self, resolution: Resolution) -> Routine | None:
        """The routine the words talk about ("is movie night on?"), if any."""
        named = resolution.mentions
        if named is None and resolution.decision == Decision.CLARIFY:
            named = resolution.routine
        if named is None:
            return None
        try:
            return self.store.routine(named)
        except NotFoundError:
            return None

    def _cue_turn(self, replies: TurnReplies, text: str, resolution: Resolution,
                  source: str, confidence: float | None) -> bool:
        """A state question, a cancellation, a negation or talk about a routine: say
        what it was and do nothing (``cues.py``); False when it is none of these."""
        routine = self._mentioned(resolution)
        if (routine is not None and resolution.reason == Reason.CANCELLATION
                and self._waits.stop(replies, routine.name)):  # "cancel bedtime" as it waits
            replies.action, replies.decision = Action.DIALOGUE, Decision.REJECT
            replies.resolution = resolution
            iid = self._log(text, source, confidence, "reject", resolution.score,
                            routine.name, "stopped")
            self._emit(TurnResolved(iid, resolution))
            return True
        if routine is not None and resolution.reason == Reason.QUESTION and asks_when(text):
            # "when is bedtime?": its schedule, as "when does bedtime run?" is told
            replies.action, replies.decision = Action.DIALOGUE, Decision.REJECT
            replies.resolution, replies.detail["talk"] = resolution, "schedule"
            iid = self._log(text, source, confidence, "dialogue", 0.0, routine.name,
                            "explain")
            self._emit(TurnResolved(iid, resolution))
            self._schedule_talk.when_asked(replies, routine.name)
            return True
        last = self._last_run
        recent = last is not None and self._clock() - last.at <= self.learning_settings.undo_window
        answer = cue_answer(text, resolution, routine, self._command_parser(),
                            last_run=last.routine if recent and last is not None else None)
        if answer is None:
            state = self._about_it(text)
            if state is None:
                return False
            answer = CueReply(state, Outcome.ANSWERED)
        replies.action, replies.decision = Action.DIALOGUE, Decision.REJECT
        replies.resolution = resolution
        iid = self._log(text, source, confidence, "reject", resolution.score,
                        resolution.mentions, answer.outcome)
        self._emit(TurnResolved(iid, resolution))
        if answer.undo_routine is not None:
            self._pending = Pending("undo_offer", text, self._clock(), answer.undo_routine, iid,
                                    source)
            replies.question(answer.text)
        else:
            replies.info(answer.text)
            self._talked_of(text)
        return True

    def _talked_of(self, question: str) -> None:
        """After "is the desk lamp on?", "it" is the desk lamp ("turn it on" turned on
        the TV run before the question); after "what's on?", the few that are ("turn them
        off"); a question of many devices or of none ("is it on?") leaves "it" as it was."""
        found = self._command_parser().asked_about(question)
        if len(found) > _FEW_TALKED_OF and _ON_ASKED.search(question):
            found = [d for d in found if d.state.get("on")]  # ("what's on?": those on)
        if 0 < len(found) <= _FEW_TALKED_OF:
            self._multi.last_devices = [d.id for d in found]

    def _named_alone(self, replies: TurnReplies, text: str, source: str,
                     confidence: float | None) -> bool:
        """A device named alone: its state and what to say to it, and "it" next is that
        device (``named_alone``); False for any other words."""
        named = named_alone(text, self._command_parser())
        if named is None:
            return False
        self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ANSWERED)
        replies.action = Action.NOTHING
        replies.info(named[0])
        self._multi.last_devices = [d.id for d in named[1]]
        return True

    def _about_it(self, text: str) -> str | None:
        """"is it on?" right after a run: the state of the devices "it" means now."""
        ids = set(self._multi.last_devices)
        devices = [d for d in self.backend.devices() if d.id in ids]
        return question_about_it(text, devices, STATE_WORDS)

    def _run_turn(self, replies: TurnReplies, text: str, resolution: Resolution, source: str,
                  confidence: float | None) -> None:
        assert resolution.routine is not None
        replies.action, replies.decision = Action.RUN_ROUTINE, Decision.RUN
        replies.routine, replies.resolution = resolution.routine, resolution
        iid = self._log(text, source, confidence, "run", resolution.score,
                        resolution.routine, "running")
        self._emit(TurnResolved(iid, resolution))
        self._execute(replies, resolution.routine, utterance=text, interaction_id=iid,
                      phrase=resolution.phrase)
