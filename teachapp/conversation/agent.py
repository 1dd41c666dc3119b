"""The agent: a person's turns (speech or typed text) in, dialogue and actions out.

A turn goes: ``TurnInput`` (text, or audio -> recogniser) -> the dialogue state
(teaching, an open question) -> the resolver and the command parser -> ``decide``
(run, ask or reject) -> ``TurnResult``.
Every turn is logged as an interaction; runs are undoable; misses followed by a
success become alias evidence (``understanding/learning.py``). No Qt here: the
window and ``teachapp chat`` both sit on top and listen to the events
(``teachapp/events.py``).

Thread use: one turn at a time (a re-entrant lock around each public call that
changes state); listeners may be called from whichever thread runs the turn.
``cancel_run`` takes no lock, so a routine waiting in a ``wait`` step can be
stopped from another thread.

A routine with a pause answers at its first ``wait`` step: the rest goes on by
itself (``home.executor``), and the turn says when ("Bedtime: the rest runs in 10
minutes. Say "stop" to cancel it."); other turns go on meanwhile. How the rest went
is emitted as ``Reply`` and ``LaterReplies`` events (``wait_talk.py``).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import (
    Device,
    PhraseOrigin,
    Routine,
    SayStep,
    SetStep,
    spoken_list,
    validate_changes,
)
from ..errors import DeviceUnavailableError, NotFoundError, SpeechError, TeachappError
from ..home.backend import DeviceBackend
from ..home.executor import Executor, RunResult
from ..home.speaker import Speaker
from ..settings import Settings
from ..store import Interaction, Store, change_cause, phrase_key
from ..understanding.learning import RephraseLearner
from ..understanding.normalize import only_small_words
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Decision, Reason, Resolution, ResolverSettings
from . import explain
from . import intents as dialogue
from .answers import AnswersMixin
from .config import AppConfig
from .cues import cue_answer
from .decision import decide
from .events import (
    DevicesChanged,
    Event,
    Heard,
    LaterReplies,
    RoutinesChanged,
    RunFinished,
    TeachingChanged,
    TurnResolved,
    WaitingChanged,
)
from .hunch_talk import HunchTalk
from .learning_hooks import LearnedAlias, LearningHooks, learning_intent
from .manage import TalkTurns
from .models import Action, Outcome, PendingKind, Source, TurnInput, TurnResult
from .multipart import MultiTurns
from .resolving import PhraseResolver
from .schedule_talk import ScheduleTalk
from .talk import listening_vocabulary
from .teacher import Teacher
from .teaching import TeachingSession, command_examples, names_a_routine, readback
from .timer_talk import TimerTalk
from .turns import CachedRecognizer, LastRun, Pending, TurnReplies, outcome
from .wait_talk import WaitTalk, paused_line

if TYPE_CHECKING:
    from ..speech.transcript import Transcript
    from ..understanding.resolver import Resolver
    from .decision import Choice

__all__ = ["Assistant"]

log = logging.getLogger(__name__)

Listener = Callable[[Event], None]


class Assistant(AnswersMixin):
    """Turns in, replies and actions out; see the module docstring."""

    def __init__(self, store: Store, backend: DeviceBackend, *, speaker: Speaker | None = None,
                 settings: Settings | None = None, config: AppConfig | None = None,
                 resolver_settings: ResolverSettings | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time,
                 recognize: Callable[..., Transcript] | None = None) -> None:
        self.store = store
        self.backend = backend
        self.speaker = speaker
        self.settings = settings
        if config is None:
            config = AppConfig.load(settings) if settings is not None else AppConfig()
        if resolver_settings is not None:
            config = replace(config, resolver=resolver_settings)
        self.config = config
        self.learning_settings = config.learning
        self._clock = clock
        self._wall_clock = wall_clock
        self._recognize = recognize
        self._lock = threading.RLock()
        self._input = TurnInput("")
        self._listeners: list[Listener] = []
        self._run_cancel = threading.Event()
        self._executor = Executor(backend, store, speaker)
        self._learner = RephraseLearner(store, self.learning_settings, clock, wall_clock)
        self._hooks = LearningHooks(self, self._learner)
        self._teacher = Teacher(store, backend, self._get_resolver, self._command_parser,
                                sure_command=config.conversation.sure_command)
        self._phrases = PhraseResolver(store, config.resolver)
        self._pending: Pending | None = None
        self._published: TeachingSession | None = None
        self._last_run: LastRun | None = None
        self._last_command: tuple[str, float] | None = None
        """The words of the last device command run, and when: "and the fan" after
        it borrows its action (``CommandParser.continued``)."""
        self._turn = 0
        self._timer_talk = TimerTalk(
            store, self.place, self.now, self._command_parser, self._sure_command,
            lambda: self._turn, changed=lambda: self._emit(RoutinesChanged()),
            run_now=self._command_now)
        self._schedule_talk = ScheduleTalk(
            store, self.place, self.now, changed=lambda: self._emit(RoutinesChanged()),
            is_command=self._is_command, timers_listed=self._timer_talk.listed)
        from ..home.hunch_watcher import HunchWatcher

        self.hunch_watcher = HunchWatcher(store, self.place().zone)
        self._hunch_talk = HunchTalk(self.hunch_watcher, self._executor,
                                     run=lambda steps, why: self._run_steps(steps, why))
        self._logged: int | None = None
        self._recorder = explain.Recorder(store)
        self._talk = TalkTurns(self)
        self._multi = MultiTurns(self)
        self._waits = WaitTalk(self._executor, lambda: self.place().zone)
        self._closing = False
        backend.add_listener(self._device_changed)

    def now(self) -> datetime:
        """The wall-clock time (aware, UTC): what schedules and the day's recap use."""
        return datetime.fromtimestamp(self._wall_clock(), UTC)

    def place(self):  # type: ignore[no-untyped-def]
        """The home's time zone and location (Settings, section ``location``)."""
        from ..schedule import Place, local_zone
        from .awareness import place_of

        return place_of(self.settings) if self.settings is not None else Place(local_zone())

    def offer_hunch(self, offer: Any) -> list[str]:
        """Ask a hunch's question (from ``HomeWatch``); the next turn answers it."""
        with self._lock:
            replies = TurnReplies(self._emit)
            replies.question(self._hunch_talk.offer(offer))
            self._speak(replies.lines)
            return replies.lines

    def timers(self) -> list[tuple[int, str]]:
        """The timers not yet run, soonest first: id and words ("turn off TV at 16:18")."""
        with self._lock:
            return self._timer_talk.pending()

    def cancel_timer(self, timer_id: int) -> list[str]:
        """Cancel one timer (the window's Cancel button): the same check, change event
        and reply as "cancel the telly timer" in a turn. The reply is shown, not spoken:
        the person clicked, they did not speak."""
        with self._lock:
            replies = TurnReplies(self._emit)
            self._timer_talk.cancel_one(replies, timer_id)
            return replies.lines

    # ------------------------------------------------------------------ events

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call ``callback(event)`` for every event; returns the unsubscribe function."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed on %r", event)

    def _device_changed(self, device: Device) -> None:
        self._emit(DevicesChanged([device]))

    @property
    def executor(self) -> Executor:
        """The one executor of this home's runs: schedules run through it too
        (``awareness.start_watch``), so "stop", "undo" and "what's running?" reach
        a scheduled routine that waits."""
        return self._executor

    def close(self) -> None:
        """Stop a running routine and any routine's rest that waits (none runs after
        the app closes), save the last turn's record, let go of listeners."""
        self._closing = True
        self.cancel_run()
        self._executor.close()  # waits for a rest's step and record, never a pause
        with self._lock:
            self._recorder.flush()
        self._listeners.clear()

    # ------------------------------------------------------------------- turns

    def handle(self, turn: TurnInput) -> TurnResult:
        """One turn: decide, act, reply. Every front end comes through here."""
        with self._lock:
            replies = TurnReplies(self._emit)
            self._emit(Heard(turn.text, turn.source, turn.confidence))
            self._turn += 1
            self._input, self._logged = turn, None
            try:
                self._dispatch(replies, turn.text, turn.source, turn.confidence)
                if self._logged is not None:
                    self._recorder.keep(explain.record(self.store, self._logged, turn,
                                                       replies, self.config,
                                                       self._phrases.origin))
            except TeachappError as exc:
                replies.error(str(exc))
            finally:
                self._input = TurnInput("")
            self._speak(replies.spoken)
            return self._result(turn, replies)

    def _result(self, turn: TurnInput, replies: TurnReplies) -> TurnResult:
        pending = self._pending
        awaiting = PendingKind(pending.kind) if pending is not None else None
        if self._teacher.session is not None:
            awaiting = PendingKind.TEACHING
        return TurnResult(
            input=turn, action=replies.action, decision=replies.decision,
            routine=replies.routine, command=replies.command, score=replies.score,
            resolution=replies.resolution, run=replies.run, replies=list(replies.replies),
            awaiting=awaiting, interaction_id=replies.interaction_id)

    def handle_text(self, text: str, *, source: str = "text",
                    confidence: float | None = None) -> list[str]:
        """One turn from typed text (or a transcript taken as verified); its lines."""
        return self.handle(TurnInput(text, Source(source), confidence)).lines

    def recognize(self, path: str | Path) -> TurnInput:
        """Recognise a WAV file (teach mode while teaching) as a turn's input."""
        mode = "teach" if self._teacher.session is not None else "command"
        transcript = self._recognizer()(str(path), mode=mode,
                                        phrases=self.vocabulary(mode),
                                        settings=self.settings)
        return TurnInput.from_transcript(transcript)

    def handle_recording(self, path: str | Path) -> TurnResult:
        """A WAV file as one turn; a file that cannot be heard is an error reply."""
        with self._lock:
            try:
                turn = self.recognize(path)
            except (SpeechError, OSError) as exc:
                replies = TurnReplies(self._emit)
                replies.error(f"I could not listen to {path}: {exc}")
                return self._result(TurnInput("", Source.AUDIO), replies)
            return self.handle(turn)

    def handle_audio(self, path: str | Path) -> list[str]:
        """``handle_recording``'s reply lines."""
        return self.handle_recording(path).lines

    def _recognizer(self) -> Callable[..., Transcript]:
        if self._recognize is None:
            self._recognize = CachedRecognizer()
        return self._recognize

    def vocabulary(self, mode: str) -> list[str]:
        """What the recogniser listens for in ``mode`` (``talk.listening_vocabulary``;
        nothing in teach mode, where any words may be a new phrase)."""
        if mode != "command":
            return []
        taught = [text for text, _routine, _origin in self.store.phrase_index()]
        return listening_vocabulary(taught, [d.name for d in self.backend.devices()])

    def _speak(self, lines: list[str]) -> None:
        if self.speaker is None or not lines:
            return
        try:
            self.speaker.say(" ".join(lines))
        except Exception as exc:
            log.warning("could not speak the reply: %s", exc)

    def _dispatch(self, replies: TurnReplies, text: str, source: str,
                  confidence: float | None) -> None:
        learning = learning_intent(text) if text else None
        kind = "undo" if learning == "not meant" else dialogue.intent(text) if text else None
        right_after_run = (self._last_run is not None and self._last_run.turn == self._turn - 1
                           and self._clock() - self._last_run.at
                           <= self.learning_settings.undo_window)
        complaint = kind == "undo" or (kind == "no" and right_after_run
                                       and (self._pending is None
                                            or self._pending.kind != "alias"))
        if not complaint and not (self._pending is not None and self._pending.kind == "alias"
                                  and kind in ("yes", "no")):
            self._settle(replies)
        if not text:
            self._nothing_heard(replies, source)
            return
        if self._teacher.session is not None:
            self._teacher.turn(replies, text, kind, source)
            self._log(text, source, confidence, "teach", 0.0, None, replies.outcome or "")
            self._after_teaching(replies)
            return
        if (self._hunch_talk.turn(replies, text) or self._timer_talk.turn(replies, text)
                or self._schedule_talk.turn(replies, text)):
            self._log(text, source, confidence, "dialogue", 0.0, None, "awareness")
            return
        pending, self._pending = self._pending, None
        if pending is not None and self._clock() - pending.at \
                <= self.learning_settings.answer_window:
            if pending.kind == "confirm":
                if self._talk.answer(replies, pending, text, kind, source, confidence):
                    return
            elif self._answer(replies, pending, text, kind, source, confidence):
                return
        if self._waits.turn(replies, text, kind):
            self._log(text, source, confidence, "dialogue", 0.0, None, "waiting")
            return
        if learning in ("forget alias", "list aliases"):
            self._log(text, source, confidence, "dialogue", 0.0, None, learning)
            self._hooks.voice(replies, learning)
            return
        if complaint:
            self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
            self._undo_turn(replies, feedback=True, hint=phrase_key(text) != "undo")
            return
        if kind is None and self._talk.handle(replies, text, source, confidence):
            return  # "why?", "forget X", "what does X do?": never the resolver's
        phrase = dialogue.teach_phrase(text) if kind is None else None  # None for any intent
        if kind == "teach" or phrase is not None:
            self._log(text, source, confidence, "dialogue", 0.0, None, "teach")
            self._teacher.start(replies, phrase, heard=source == "audio")
            self._after_teaching(replies)
            return
        if kind is not None and kind != "help" and not self._is_phrase(text):
            self._log(text, source, confidence, "dialogue", 0.0, None, kind)
            if kind == "cancel":  # "never mind" with nothing open: leave things be
                replies.info("OK, I'll leave things as they are. Say \"undo\" to put back "
                             "the last run.")
            else:
                replies.info("There's nothing to answer right now. Say a phrase, or "
                             "\"teach\" to teach me a new one.")
            return
        if kind == "help" and not self._is_phrase(text):
            self._log(text, source, confidence, "dialogue", 0.0, None, "help")
            replies.info(self._help())
            return
        if not self._multi.handle(replies, text, source, confidence):
            self._command_turn(replies, text, source, confidence)
        if pending is not None and pending.kind in ("offer_teach", "learn_shown"):
            self._offer_what_was_shown(replies, pending)

    def _offer_what_was_shown(self, replies: TurnReplies, offer: Pending) -> None:
        """"I don't know 'reading mode'. Shall I learn it?", answered by doing it ("living
        room lamp to 100 percent"): done, and "Shall 'reading mode' do that from now
        on?", so showing is teaching (the design's "the person shows it"). A person shows
        a routine of several changes one command at a time ("and turn the tv off"): each
        command while that question is open joins what was shown, and it is asked again."""
        run = replies.run
        if replies.action != Action.RUN_COMMAND or run is None or not run.ok:
            return
        steps = [done.step for done in run.outcomes
                 if done.ok and isinstance(done.step, SetStep)]
        if not steps or self._is_phrase(offer.utterance) or not names_a_routine(
                offer.utterance):
            return
        shown = "that"  # (one command's changes were just read back)
        if offer.kind == "learn_shown":
            steps = [*offer.data, *steps]
            names = list(dict.fromkeys(self.backend.device(step.device).name
                                       for step in steps))
            shown = "that" if len(names) == 1 else f"all that ({spoken_list(names)})"
        self._pending = Pending("learn_shown", offer.utterance, self._clock(), None, None,
                                offer.source, data=steps)
        replies.question(f"Shall \"{offer.utterance}\" do {shown} from now on?")

    def _is_phrase(self, text: str) -> bool:
        return self.store.phrase_owner(text) is not None

    def _help(self) -> str:
        names = self.store.routine_names()
        known = (f"I know {len(names)} routine{'s' if len(names) != 1 else ''}: "
                 + ", ".join(names[:8]) + ". ") if names else "I don't know any phrases yet. "
        example = command_examples(self.backend.devices())[0]
        return (known + f"Say a phrase to run it, a device command such as \"{example}\", "
                "\"teach\" to teach me something new, or \"undo\". You can also ask "
                "\"what's on?\", \"why is the tv on?\" or \"what does <routine> do?\", "
                "and say \"remind me to call mum at 5\" or \"run <routine> every day at 7\".")

    def _nothing_heard(self, replies: TurnReplies, source: str) -> None:
        replies.action = Action.NOTHING
        self._log("", source, None, "reject", 0.0, None, "nothing heard")
        session = self._teacher.session
        if session is not None and session.stage == "phrase":
            replies.question("I didn't catch that. What's the phrase?")
        else:
            replies.info("I didn't catch that.")

    def _log(self, heard: str, source: str, confidence: float | None, decision: str,
             score: float, routine: str | None, outcome: str) -> int:
        self._logged = self._recorder.log(Interaction(
            heard=heard, decision=decision, score=float(score), routine=routine,
            outcome=outcome, source=source, confidence=confidence))
        return self._logged

    def _after_teaching(self, replies: TurnReplies) -> None:
        """Report a teaching step: the session (or its end) and a saved routine."""
        self._published = self._teacher.snapshot()
        self._emit(TeachingChanged(self._teacher.snapshot()))
        if replies.saved is not None:
            self._emit(RoutinesChanged())

    # ---------------------------------------------------------- the resolver

    def _get_resolver(self) -> Resolver:
        return self._phrases.current()

    def resolve(self, text: str) -> Resolution:
        """What ``text`` would mean now (no side effects)."""
        return self._get_resolver().resolve(text)

    def resolve_draft(self, text: str, draft: Routine, previous_name: str | None = None
                      ) -> Resolution:
        """What ``text`` would mean with ``draft`` saved (no side effects)."""
        return self._phrases.resolve_draft(text, draft, previous_name)

    def preview(self, turn: TurnInput) -> Choice:
        """What ``handle`` would decide for ``turn`` outside any dialogue, without
        doing anything (``resolve`` and ``listen`` report it)."""
        with self._lock:
            return self._choose(turn.text, turn)

    def _choose(self, text: str, turn: TurnInput) -> Choice:
        resolution = self.resolve(text)
        command = None
        if resolution.decision != Decision.RUN:
            command = self._command_parser().parse(text)
        return decide(turn, resolution, command, self.config.conversation)

    def _command_parser(self) -> Any:
        """A parser over the devices as they are now: relative commands ("brighter")
        start from the current states, so it is never cached (building one costs
        about 0.1 ms, less than reading the devices)."""
        from ..understanding.commands import CommandParser

        return CommandParser(self.backend.devices())

    # --------------------------------------------------------- normal turns

    def _command_turn(self, replies: TurnReplies, text: str, source: str,
                      confidence: float | None) -> None:
        choice = self._choose(text, replace(self._input, text=text))
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
        if choice.command is not None:
            self._device_command_turn(replies, text, choice.command, source, confidence,
                                      sure=choice.action == Action.RUN_COMMAND)
            return
        if choice.action in (Action.REJECT, Action.ASK) and self._cue_turn(
                replies, text, resolution, source, confidence):
            return
        # "Did you mean R?" again, after the person said no to it: ask what the ledger
        # has for these words instead, or say it is not known.
        refused = choice.action == Action.ASK and self._hooks.refused(text, resolution)
        if (choice.action == Action.REJECT or refused) and self._hooks.suggest(
                replies, text, resolution, source, confidence):
            return
        if choice.action == Action.ASK and not refused and resolution.routine is not None:
            self._ask_clarify(replies, text, source, confidence, resolution, heard=resolution)
            return
        replies.action, replies.decision = Action.REJECT, Decision.REJECT
        iid = self._log(text, source, confidence, "reject", resolution.score, None, "not known")
        self._emit(TurnResolved(iid, resolution))
        if only_small_words(text):  # "and", "um": nothing to learn, and no miss
            replies.info(f"I didn't catch a request in \"{text}\". Say a phrase, or \"help\".")
            return
        self._hooks.miss(text, iid, resolution)
        if self.cannot_answer(replies, text):
            return
        self._pending = Pending("offer_teach", text, self._clock(), None, iid, source)
        replies.question(f"I don't know \"{text}\". Shall I learn it?")

    def cannot_answer(self, replies: TurnReplies, text: str, *, before: str = "") -> bool:
        """Say so when ``text`` is a question no routine answers ("what's the weather?",
        "where's my phone?") and return True: offering to learn a question promised an
        answer a routine cannot give. ``before`` opens the reply (what else was heard)."""
        if request_kind(text) != "question":
            return False
        replies.info(f"{before}I can't answer \"{text}\": I know this home's devices and "
                     "the routines you teach me. Say \"help\" to hear what I can do, or "
                     f"\"teach {text.rstrip('?. ')}\" to make it a phrase of your own.")
        return True

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

    def _cue_turn(self, replies: TurnReplies, text: str, resolution: Resolution,
                  source: str, confidence: float | None) -> bool:
        """A state question, a cancellation, a negation or talk about a routine: say
        what it was and do nothing (``cues.py``); False when it is none of these."""
        routine = None
        named = resolution.mentions
        if named is None and resolution.decision == Decision.CLARIFY:
            named = resolution.routine
        if named is not None:
            try:
                routine = self.store.routine(named)
            except NotFoundError:
                routine = None
        if (routine is not None and resolution.reason == Reason.CANCELLATION
                and self._waits.stop(replies, routine.name)):  # "cancel bedtime" as it waits
            replies.action, replies.decision = Action.DIALOGUE, Decision.REJECT
            replies.resolution = resolution
            iid = self._log(text, source, confidence, "reject", resolution.score,
                            routine.name, "stopped")
            self._emit(TurnResolved(iid, resolution))
            return True
        last = self._last_run
        recent = last is not None and self._clock() - last.at <= self.learning_settings.undo_window
        answer = cue_answer(text, resolution, routine, self._command_parser(),
                            last_run=last.routine if recent and last is not None else None)
        if answer is None:
            return False
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
        return True

    @staticmethod
    def _spoken_name(routine: str) -> str:
        return routine[:1].lower() + routine[1:] if routine[1:2].islower() else routine

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

    def _execute(self, replies: TurnReplies, name: str, *, utterance: str | None,
                 interaction_id: int | None, phrase: str | None = None,
                 learn: bool = True) -> RunResult:
        """Run a routine, report it, remember it for undo, and learn from it."""
        routine = self.store.routine(name)
        result = self._run_steps(routine, utterance, interaction_id=interaction_id)
        self._last_command = None  # ("again", "and the fan" after it borrow no older command)
        replies.run, replies.routine = result, routine.name
        if replies.action not in (Action.RUN_ROUTINE,):
            replies.action, replies.decision = Action.RUN_ROUTINE, Decision.RUN
        self.store.mark_used(routine.name, phrase)
        if interaction_id is not None:
            self.store.update_interaction(interaction_id, outcome=outcome(result))
        self._report_run(replies, result, routine.name)
        credits = (self._hooks.success(replies, routine.name, utterance, result.ok)
                   if learn else [])
        self.remember_run(result.run_id, utterance, interaction_id, routine=routine.name,
                          credited=[c.utterance for c in credits if c.learned], phrase=phrase)
        return result

    def _run_steps(self, routine: Routine | list[SetStep], utterance: str | None, *,
                   title: str | None = None, interaction_id: int | None = None
                   ) -> RunResult:
        """Run steps (up to a routine's first pause: the rest goes on by itself and
        is reported by ``_rest_done``)."""
        self._run_cancel = threading.Event()
        label = title or (routine.name if isinstance(routine, Routine) else "That")
        result = self._executor.run(
            routine, utterance=utterance, cancel=self._run_cancel,
            on_rest=lambda done: self._rest_done(done, label, interaction_id))
        self._emit(RunFinished(result))
        if result.waiting is not None:
            self._emit(WaitingChanged())
        return result

    def _rest_done(self, result: RunResult, title: str, interaction_id: int | None) -> None:
        """The rest of a paused routine is over (on its thread): log, and say how it
        went, unless a turn already said it was stopped or the app is closing."""
        waiting = result.waiting
        with self._lock:
            if interaction_id is not None:
                self.store.update_interaction(interaction_id, outcome=outcome(result))
            self._emit(RunFinished(result))
            self._emit(WaitingChanged())
            if self._closing or (waiting is not None and waiting.reported):
                return
            replies = TurnReplies(self._emit)
            self._report_run(replies, result, title, rest=True)
            self._emit(LaterReplies(replies.lines))
            self._speak(replies.spoken)

    def waiting_runs(self) -> list[tuple[str, str]]:
        """What waits now: routine name ("" for steps of no routine) and a line
        ("Bedtime is waiting: the rest runs at 22:10 (in 9 minutes)."), as "what's
        running?" says them; the window's card shows them. Takes no turn lock."""
        return self._waits.status()

    def stop_waiting(self, routine: str | None = None) -> list[str]:
        """Stop the rest of ``routine`` (every one when None) as "stop" would; the
        reply lines (shown, not spoken: the person clicked)."""
        with self._lock:
            replies = TurnReplies(self._emit)
            if not self._waits.stop(replies, routine):
                replies.info("Nothing is waiting now.")
            return replies.lines

    def finish_waiting(self) -> None:
        """Wait until every rest is over: ``teachapp run`` is one command, so it runs
        the whole routine before it prints and exits (Ctrl-C stops it)."""
        for waiting in self._executor.waiting():
            while not waiting.finished.wait(0.5):
                pass

    def unfinished(self) -> list[str]:
        """Said when a front end closes while routines wait: what will not run."""
        names = sorted({w.routine or "a routine" for w in self._executor.waiting()
                        if not w.stopped})
        if not names:
            return []
        return [f"(The rest of {spoken_list(names)} will not run: it was waiting when "
                "you left. Say \"undo\" next time to put back what it changed.)"]

    def _report_run(self, replies: TurnReplies, result: RunResult, title: str, *,
                    rest: bool = False) -> None:
        """Say how a run went. ``rest``: only the steps after the pause (the rest's own
        report); a run that paused says what follows instead of "done"."""
        waiting = result.waiting
        start = 0
        if rest and waiting is not None:  # only what came after the pause
            start = next((i for i, o in enumerate(result.outcomes) if o.index >= waiting.start),
                         len(result.outcomes))
        for done in result.outcomes[start:]:
            if done.ok and isinstance(done.step, SayStep):
                replies.say(done.step.text)  # spoken by the executor; shown everywhere
        if rest:
            later = result.outcomes[start:]
            if result.cancelled:
                replies.info(f"{title}: stopped; the rest did not run. Say \"undo\" to put "
                             "back what changed.")
            elif all(o.ok for o in later):
                replies.info(f"{title}: the rest is done.")
            else:
                for failure in (o for o in later if not o.ok):
                    replies.error(f"{title}: step {failure.index + 1} failed: "
                                  f"{failure.message}")
                replies.info("The other steps were done; say \"undo\" to put them back.")
            return
        if waiting is not None and not result.cancelled:
            for failure in result.failures:
                replies.error(f"{title}: step {failure.index + 1} failed: {failure.message}")
            replies.info(paused_line(title[:1].upper() + title[1:], waiting))
            return
        if result.cancelled:
            replies.info(f"{title}: stopped." + (" Say \"undo\" to put back what changed."
                                                 if result.before else ""))
            return
        if result.ok:
            line = title[:1].upper() + title[1:]  # a sentence, whatever the name's case
            replies.info(line if line.endswith((".", "!", "?")) else line + ".")
            return
        for failure in result.failures:
            replies.error(f"{title}: step {failure.index + 1} failed: {failure.message}")
        if result.before:
            replies.info("The other steps were done; say \"undo\" to put them back.")

    def _report_commands(self, replies: TurnReplies, result: RunResult) -> None:
        """After device commands (no routine), each device's new state: "Telly: volume
        30 %.", whether the command named it or said "it"."""
        if not result.ok:
            self._report_run(replies, result, "That")
            return
        for done in result.outcomes:
            if done.device is not None and isinstance(done.step, SetStep):
                replies.info(readback(done.device, {
                    k: done.device.state.get(k) for k in done.step.set}))

    def _sure_command(self, command: Any) -> bool:
        """Whether ``command`` would run without a question, by ``decide``'s rule for
        this turn (how sure the parser and, for speech, the recogniser are)."""
        choice = decide(self._input, Resolution(command.text, Decision.REJECT, None, 0.0),
                        command, self.config.conversation)
        return choice.action == Action.RUN_COMMAND

    def _is_command(self, text: str) -> bool:
        """Whether ``text`` is a device command of this home ("turn off the telly")."""
        return bool(self._command_parser().is_command(text))

    def _continued(self, text: str) -> Any:
        """"and the fan" right after "turn on the lamp": the same for the fan; None when
        the last device command is not recent or ``text`` is not such a follow-up."""
        last = self._last_command
        if last is None or self._clock() - last[1] > self.learning_settings.undo_window:
            return None
        try:
            return self._command_parser().continued(text, last[0])
        except TeachappError:
            return None

    def _command_now(self, replies: TurnReplies, command: Any) -> RunResult | None:
        """Run ``command`` as this turn's device command (logged, read back, undoable):
        the first half of "turn the tv on for an hour"."""
        turn = self._input
        self._device_command_turn(replies, turn.text, command, turn.source, turn.confidence,
                                  sure=True)
        return replies.run

    def _device_command_turn(self, replies: TurnReplies, text: str, command: Any, source: str,
                             confidence: float | None, *, sure: bool,
                             continuing: bool = False) -> None:
        replies.command, replies.score = command, float(command.confidence)
        if not sure:
            replies.action, replies.decision = Action.ASK, Decision.CLARIFY
            iid = self._log(text, source, confidence, "clarify",
                            float(command.confidence), None, "asked")
            self._pending = Pending("command", text, self._clock(), None, iid, source,
                                     command)
            which = " Say yes, or which one." if len(command.devices) > 1 else ""
            replies.question(f"Do you want me to {command.text}?{which}")
            return
        score = float(command.confidence)
        replies.action, replies.decision = Action.RUN_COMMAND, Decision.RUN
        iid = self._log(text, source, confidence, "command", score, None, "running")
        replies.interaction_id = iid
        self._emit(TurnResolved(iid, Resolution(text, Decision.RUN, None, score)))
        result = self._run_steps(list(command.steps), text)
        replies.run = result
        self.store.update_interaction(iid, outcome=outcome(result))
        if not continuing:
            self._last_command = (text, self._clock())
        self._report_commands(replies, result)
        self._learner.forget_misses()
        self.remember_run(result.run_id, text, iid)

    # ----------------------------------------------------------- learning

    def _settle(self, replies: TurnReplies) -> None:
        """A learned phrase removed in any way (window, voice) is never relearned."""
        self._learner.notice_removals()
        self._hooks.settle(replies)

    def _learned(self, replies: TurnReplies, utterance: str, routine: str) -> None:
        self._hooks.announce(replies, utterance, routine)

    def assign(self, interaction_id: int, routine: str) -> None:
        """The history's "this meant X": the heard text becomes a phrase of ``routine``."""
        with self._lock:
            turn = self._interaction(interaction_id)
            target = self.store.routine(routine).name
            if not phrase_key(turn.heard):
                raise NotFoundError(f"Turn {interaction_id} heard nothing to learn from.")
            self.store.update_interaction(interaction_id, routine=target,
                                          feedback=f"meant {target}", outcome=Outcome.ASSIGNED)
            if self._learner.confirm(turn.heard, target, how="assigned in the history",
                                     explicit=True, origin=PhraseOrigin.ALIAS):
                self._hooks.announce(TurnReplies(self._emit), phrase_key(turn.heard), target)

    def _interaction(self, interaction_id: int) -> Interaction:
        for turn in self.store.interactions(limit=10_000):
            if turn.id == interaction_id:
                return turn
        raise NotFoundError(f"There is no turn number {interaction_id} in the history.")

    def history(self, limit: int = 300) -> list[tuple[Interaction, list[str]]]:
        """The newest turns with their explanations (the window's history)."""
        with self._lock:
            return explain.explained_history(self.store, limit=limit,
                                             recorder=self._recorder)

    def learned_aliases(self) -> list[tuple[str, str, str]]:
        """(phrase, routine, origin) for every phrase learned or added after teaching
        (from a rephrase, assigned in the history, or added by hand)."""
        return [(p.text, r.name, p.origin) for r in self.store.routines()
                for p in r.phrases if p.origin in ("learned", "alias")]

    def learned_alias_details(self) -> list[LearnedAlias]:
        """The learned phrases with where each came from (how, when, why)."""
        with self._lock:
            return self._hooks.aliases()

    def remove_alias(self, routine: str, phrase: str) -> None:
        """Remove a learned phrase; it counts against the pair so it is not relearned."""
        with self._lock:
            name = self.store.routine(routine).name
            if not self._learner.against(phrase, name, why="removed in the window"):
                self.store.remove_phrase(name, phrase)
            self._emit(RoutinesChanged())

    # --------------------------------------------------------------- undo

    def _undo_turn(self, replies: TurnReplies, *, feedback: bool, hint: bool = False) -> None:
        if self._talk.undo_deletion(replies):
            return
        last = self._last_run
        try:
            undone = TurnReplies(lambda _event: None)  # added below, in order
            result = self._undo(feedback=feedback, replies=undone)
        except NotFoundError:
            replies.info("There is nothing to undo.")
            return
        if result.ok:
            names = ", ".join(d.name for d in result.devices)
            replies.info(f"Undone{': ' + names + ' put back' if names else ''}.")
            for reply in undone.replies:
                replies.add(reply.text, reply.kind)
            if hint and last is not None and last.routine is not None:
                replies.info("Say it another way, or say \"teach\" to teach me.")
        else:
            for failure in result.failures:
                replies.error(f"Could not put back {failure.step.device}: "  # type: ignore[union-attr]
                              f"{failure.message}")

    def _undo(self, *, feedback: bool, replies: TurnReplies | None = None) -> RunResult:
        replies = replies or TurnReplies(self._emit)
        last, self._last_run = self._last_run, None
        result = self._executor.undo()
        self._emit(RunFinished(result))
        if not (feedback and last is not None and last.run_id == result.run_id):
            return result
        self._hooks.complaint(replies, last)
        if last.interaction_id is not None:
            self.store.update_interaction(last.interaction_id, feedback="wrong")
        if last.routine is not None and last.utterance:
            self._learner.against(last.utterance, last.routine)
            for utterance in last.credited:
                if self._learner.against(utterance, last.routine, why="undone"):
                    self._hooks.unlearned(replies, utterance, last.routine)
                self._learner.miss(utterance)
        if last.utterance:
            # What ran was not what was meant: the next success may say what was.
            self._learner.miss(last.utterance, last.interaction_id)
        return result

    @property
    def last_run(self) -> LastRun | None:
        """The run "no" or "undo" refers to; None once it was undone."""
        return self._last_run

    def remember_run(self, run_id: int | None, utterance: str | None, interaction_id: int | None,
                     *, routine: str | None = None, credited: Sequence[str] = (),
                     phrase: str | None = None) -> None:
        """This turn's run becomes the one "no" or "undo" refers to."""
        self._last_run = LastRun(run_id, routine, utterance, interaction_id, self._clock(),
                                 self._turn, list(credited), phrase)

    def keep_undo_offer(self) -> None:
        """A turn that only talked about the last run ("why did you do that?") keeps its
        "say no to put things back" for the next turn."""
        last = self._last_run
        if last is not None and last.turn == self._turn - 1:
            last.turn = self._turn

    def undo(self) -> RunResult:
        """Restore what the last run changed; counts against it when right after it."""
        with self._lock:
            last = self._last_run
            recent = last is not None and (self._clock() - last.at
                                           <= self.learning_settings.undo_window)
            return self._undo(feedback=recent)

    # -------------------------------------------------------- direct calls

    def run_routine(self, name: str, *, utterance: str | None = None) -> RunResult:
        """Run a routine chosen in the window (a choice after a miss is evidence)."""
        with self._lock:
            self._turn += 1
            replies = TurnReplies(self._emit)
            self._settle(replies)
            routine = self.store.routine(name).name
            if utterance:
                iid = self._log(utterance, "gui", None, "run", 1.0, routine, "chosen")
                return self._execute(replies, name, utterance=utterance, interaction_id=iid)
            # A button, not words: in the history too (issue 17). After a miss it is
            # still the choice that counts as evidence for the missed words.
            iid = self._log(routine, "button", None, "run", 1.0, routine, "running")
            return self._execute(replies, name, utterance=None, interaction_id=iid)

    def cancel_run(self) -> None:
        """Stop the routine that is running and every rest that waits (their waits end
        at once). Sets events only: safe and instant on any thread."""
        self._run_cancel.set()
        self._executor.stop_waiting()

    def set_device(self, device_id: str, changes: dict[str, Any]) -> Device:
        """Change a device now (from its tile); undoable like a run."""
        with self._lock:
            self.backend.device(device_id)
            values = validate_changes(device_id, changes)
            with change_cause("window", keep_outer=True):
                result = self._run_steps([SetStep(device_id, values)], None)
            if not result.ok:
                raise DeviceUnavailableError(result.failures[0].message)
            self._last_run = None
            return result.devices[0] if result.devices else self.backend.device(device_id)

    def devices(self) -> list[Device]:
        return self.backend.devices()

    def routines(self) -> list[Routine]:
        return self.store.routines()

    # ------------------------------------------------------------ teaching

    @property
    def teaching(self) -> TeachingSession | None:
        """A copy of the teaching dialogue in progress, or None.

        Read without the turn lock (the window's thread must not wait for a running
        routine): it is the copy made when the dialogue last changed.
        """
        published = self._published
        return published.snapshot() if published is not None else None

    def _teach_call(self, action: Callable[[TurnReplies], Any]) -> Any:
        with self._lock:
            replies = TurnReplies(self._emit)
            value = action(replies)
            self._after_teaching(replies)
            return value if value is not None else replies.lines

    def start_teaching(self) -> list[str]:
        """Begin teaching a new routine: asks for the phrase."""
        return self._teach_call(lambda r: self._teacher.start(r, None))

    def teach_set_phrase(self, text: str) -> list[str]:
        """Set (or correct) the phrase being taught, as typed."""
        return self._teach_call(lambda r: self._teacher.set_phrase(r, text, heard=None))

    def teach_set_target(self, device_id: str, changes: dict[str, Any]) -> list[str]:
        """Add or change what the routine does to one device (validated)."""
        return self._teach_call(lambda r: self._teacher.set_target(r, device_id, changes))

    def teach_remove_target(self, device_id: str) -> list[str]:
        return self._teach_call(lambda r: self._teacher.remove_target(r, device_id))

    def teach_capture_current(self, device_ids: list[str]) -> list[str]:
        """Use the devices' current states as the routine's targets."""
        return self._teach_call(lambda r: self._teacher.capture(r, device_ids))

    def teach_save(self, name: str | None = None) -> Routine:
        """Save the routine being taught; its name defaults to the phrase."""
        return self._teach_call(lambda r: self._teacher.save(r, name))

    def cancel_teaching(self) -> None:
        self._teach_call(self._teacher.cancel)

    def teach_from_history(self, interaction_id: int) -> list[str]:
        """Start teaching with a turn's heard text as the phrase."""
        turn = self._interaction(interaction_id)
        return self._teach_call(lambda r: self._teacher.start(
            r, turn.heard or None, heard=turn.source == "audio"))

