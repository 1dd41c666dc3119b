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

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..clock import wall_time
from ..domain import Device, Routine
from ..errors import SpeechError, TeachappError
from ..home.backend import DeviceBackend
from ..home.executor import Executor
from ..home.speaker import Speaker
from ..settings import Settings
from ..store import Store
from ..understanding.learning import RephraseLearner
from ..understanding.resolution import Decision, Reason, ResolverSettings
from . import explain
from .config import AppConfig
from .controls_heard import AT_A_QUESTION, AT_REST, TEACHING_STEPS, control_heard
from .core import Listener
from .events import Heard, RoutinesChanged
from .hunch_talk import HunchTalk
from .learning_hooks import LearningHooks
from .manage import TalkTurns
from .models import PendingKind, Source, TurnInput, TurnResult
from .multipart import MultiTurns
from .offers_asked import OffersAsked
from .parser_cache import ParserCache
from .resolving import PausedPhrases, PhraseResolver
from .schedule_talk import ScheduleTalk
from .talk import listening_vocabulary, teaching_vocabulary
from .teacher import Teacher
from .teaching_asides import TeachingAsides
from .teaching_requests import TeachingRequests
from .time_words import meridiem_joined
from .timer_talk import TimerTalk, timer_sentence
from .turn_order import TurnOrder
from .turns import CachedRecognizer, Pending, TurnReplies
from .wait_talk import WaitTalk

if TYPE_CHECKING:
    from ..speech.transcript import Transcript

__all__ = ["Assistant"]


class Assistant(TurnOrder, TeachingAsides, TeachingRequests):
    """Turns in, replies and actions out; see the module docstring. Its parts (one job
    a module) are named in ``core.py``."""

    def __init__(self, store: Store, backend: DeviceBackend, *, speaker: Speaker | None = None,
                 settings: Settings | None = None, config: AppConfig | None = None,
                 resolver_settings: ResolverSettings | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = wall_time,
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
        # one clock for every record of this assistant: the device history and skipped
        # runs the store stamps itself (``Store.clock``) are on the clock its turns, runs
        # and undo records are (TEACHAPP_NOW, a test's); on two clocks a rename could
        # read as older than the run before it
        store.clock = wall_clock
        self._recognize = recognize
        self._lock = threading.RLock()
        self._input = TurnInput("")
        self._listeners = []
        self._run_cancel = threading.Event()
        self._executor = Executor(backend, store, speaker, wall_clock=wall_clock)
        self._learner = RephraseLearner(store, self.learning_settings, clock, wall_clock)
        self._hooks = LearningHooks(self, self._learner)
        self._teacher = Teacher(store, backend, self._get_resolver, self._command_parser,
                                sure_command=config.conversation.sure_command,
                                aside=self._teaching_aside,
                                answer=self._answered_in_passing,
                                request=self._teaching_request)
        self._phrases = PhraseResolver(store, config.resolver)
        self._paused = PhraseResolver(PausedPhrases(store), config.resolver)
        self._pending = None
        self._offers = OffersAsked()
        self._published = None
        self._last_run = None
        self._undone = []
        self._last_command = None
        self._last_devices = []
        self._turn = self._done_turn = 0
        self._resolved = None
        self._length_wanted = None  # (what to do, turn asked)
        self._schedule_wanted = None  # (routine, turn "When should it run?" was asked)
        self._routine_wanted = None  # ("Which routine should run …?" while open)
        self._schedule_named = None
        self._parsers = ParserCache(self._new_parser)
        self._timer_talk = TimerTalk(
            store, self.place, self.now, self._command_parser, self._sure_command,
            lambda: self._turn, changed=lambda: self._emit(RoutinesChanged()),
            run_now=self._command_now, quiet_since=self._nothing_done_since,
            run_just_set=lambda: self._schedule_talk.once_just_added(), ask=self._ask_over,
            stands_alone=self._stands_alone)
        self._schedule_talk = ScheduleTalk(
            store, self.place, self.now, changed=lambda: self._emit(RoutinesChanged()),
            is_command=self._is_command, timers_listed=self._timer_talk.listed,
            turn=lambda: self._turn, quiet_since=self._nothing_done_since,
            resolve=self.resolve,
            ask=self._ask_over, subject=lambda: self._talk.subject,
            named=self._named_in_turn, ran_just_now=self._routine_just_run,
            stands_alone=self._stands_alone)
        from ..home.hunch_watcher import HunchWatcher

        self.hunch_watcher = HunchWatcher(store, self.place().zone, clock=wall_clock)
        self._hunch_talk = HunchTalk(self.hunch_watcher, self._executor,
                                     run=lambda steps, why: self._run_steps(steps, why))
        self._logged = None
        self._recorder = explain.Recorder(store)
        self._talk = TalkTurns(self)
        self._multi = MultiTurns(self)
        self._waits = WaitTalk(self._executor, lambda: self.place().zone)
        self._closing = False
        backend.add_listener(self._device_changed)


    def offer_hunch(self, offer: Any) -> list[str]:
        """Ask a hunch's question (from ``HomeWatch``); the next turn answers it."""
        with self._lock:
            replies = TurnReplies(self._emit)
            replies.question(self._hunch_talk.offer(offer))
            self._speak(replies.lines)
            return replies.lines

    def _stands_alone(self, text: str) -> bool:
        """Whether ``text``, said at a question a timer or schedule asked ("8 in the
        morning or in the evening?", "Do you mean at 19:00, or at 7 % brightness?"), is
        a request of its own: a taught phrase, a device command, a timer or reminder, or
        schedule talk that asks for something ("run movie night at 8"). It is then done
        as said and the question lapses; it was read as the answer ("night": the
        evening; "at 8": the time). A taught phrase is read as the turn's resolution reads
        it: run, or asked about ("did you mean …?"), it stands alone ("goo night", heard
        for "good night", set the schedule for the evening); a fragment of one ("night",
        "in the morning" beside "Good morning") is no phrase said, and may answer."""
        resolution = self.resolve(text)
        if resolution.decision == Decision.RUN or (
                resolution.decision == Decision.CLARIFY and resolution.reason != Reason.FRAGMENT):
            return True
        if self._is_command(text):
            return True
        now = self.now().astimezone(self.place().zone)
        return timer_sentence(text, self.store, self._command_parser(), now) is not None \
            or self._schedule_talk.asks_for(text)

    def _routine_just_run(self) -> str | None:
        """The routine whose run was the last thing done (past questions answered since),
        or None: "every weekday at 7" said next asks to schedule it."""
        last = self._last_run
        if last is None or last.routine is None or not self._nothing_done_since(last.turn):
            return None
        return str(last.routine)

    def _named_in_turn(self, name: str) -> None:
        """A routine a schedule turn set, skipped or asked about: "it" next, and the
        routine that turn's row in the history names."""
        self._talk.subject = name
        self._schedule_named = (self._turn, name)

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

    def timer_pauses(self) -> dict[int, bool]:
        """Each timer that can be paused (not an alarm): its id, and whether it is."""
        with self._lock:
            return self._timer_talk.pausable()

    def pause_timer(self, timer_id: int, pause: bool = True) -> list[str]:
        """Pause (``pause=False``: resume) one timer (the window's Pause and Resume
        buttons): the same check, change event, reply and "undo" as "pause the pasta
        timer" in a turn; shown, not spoken, as ``cancel_timer``."""
        with self._lock:
            replies = TurnReplies(self._emit)
            self._timer_talk.pause_one(replies, timer_id, pause)
            return replies.lines

    # ------------------------------------------------------------------ events

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call ``callback(event)`` for every event; returns the unsubscribe function."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

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
            turn = self._control_heard(turn)
            if (joined := meridiem_joined(turn.text)) != turn.text:
                turn = replace(turn, text=joined)  # ("nine p m" as a recogniser writes it)
            self._emit(Heard(turn.text, turn.source, turn.confidence))
            self._turn += 1
            self._input, self._logged = turn, None
            before = self._pending
            try:
                self._dispatch(replies, turn.text, turn.source, turn.confidence)
                self._undo_answered(replies)
                self._note_asked(before, replies)
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

    def _control_heard(self, turn: TurnInput) -> TurnInput:
        """A dialogue word said alone that Whisper wrote as a sound-alike ("console" for
        "cancel" while teaching): the word the conversation waits for now
        (``controls_heard``)."""
        if turn.source != Source.AUDIO or not turn.open_vocabulary or not turn.text:
            return turn
        session = self._teacher.session
        if session is not None and session.stage == "phrase":
            return turn  # any words may be the new phrase
        expected = (TEACHING_STEPS if session is not None and session.stage == "actions"
                    else AT_A_QUESTION if session is not None or self._pending is not None
                    else AT_REST)
        home = [w for name in [*self.store.phrases_by_use(),
                               *(d.name for d in self.backend.devices())]
                for w in name.lower().split()]
        word = control_heard(turn.text, expected, home)
        return turn if word is None else replace(turn, text=word)

    def _note_asked(self, before: Pending | None, replies: TurnReplies) -> None:
        """Keep the words of a question this turn opened on it, to say it again."""
        pending = self._pending
        asked = [r.text for r in replies.replies if r.kind == "question"]
        if pending is not None and pending is not before and not pending.asked and asked:
            pending.asked = asked[-1]

    def _result(self, turn: TurnInput, replies: TurnReplies) -> TurnResult:
        pending = self._pending
        awaiting = PendingKind(pending.kind) if pending is not None else None
        if self._teacher.session is not None:
            awaiting = PendingKind.TEACHING
        return TurnResult(
            input=turn, action=replies.action, decision=replies.decision,
            routine=replies.routine, command=replies.command, score=replies.score,
            resolution=replies.resolution, run=replies.run, replies=list(replies.replies),
            awaiting=awaiting, interaction_id=replies.interaction_id,
            reported=list(replies.reported))

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
                named = str(path) in str(exc)  # ("notes.txt is not a WAV file": once)
                replies.error(f"I could not listen to {'that file' if named else path}: {exc}")
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
        """What the recogniser listens for in ``mode`` (``talk.listening_vocabulary``).
        In teach mode nothing while the new phrase is awaited, where any words may be
        it; once it is heard, the steps' words (``talk.teaching_vocabulary``)."""
        if mode != "command":
            session = self._teacher.session
            if session is None or session.stage == "phrase":
                return []
            return teaching_vocabulary(session.phrase,
                                       [d.name for d in self.backend.devices()])
        return listening_vocabulary(self.store.phrases_by_use(),
                                    [d.name for d in self.backend.devices()])

    def devices(self) -> list[Device]:
        return self.backend.devices()

    def routines(self) -> list[Routine]:
        return self.store.routines()
