"""What every part of the agent shares: its state, the events it sends, the turn log.

``Assistant`` is one object, but its work is kept in small parts (mixins), one job a
module: ``turn_order`` (which reading of a turn is tried first), ``command_turns``
(the resolver's and the command parser's decision), ``device_commands``, ``runs``,
``undoing``, ``learning_calls``, ``teaching_calls``, ``teaching_asides`` and
``answers``. They all read and
write the same per-home state, declared here once so each part (and mypy) knows it;
``agent.Assistant.__init__`` sets it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..domain import Device, Routine, name_in_sentence
from ..store import Interaction
from ..understanding.resolution import Resolution
from .events import DevicesChanged, Event
from .models import ONLY_ANSWERED, TurnInput
from .teaching import device_example, why_example
from .usage import help_text

if TYPE_CHECKING:
    from ..home.backend import DeviceBackend
    from ..home.executor import Executor
    from ..home.hunch_watcher import HunchWatcher
    from ..home.speaker import Speaker
    from ..settings import Settings
    from ..speech.transcript import Transcript
    from ..store import Store
    from ..understanding.learning import LearningSettings, RephraseLearner
    from ..understanding.resolver import Resolver
    from . import explain
    from .config import AppConfig
    from .hunch_talk import HunchTalk
    from .learning_hooks import LearningHooks
    from .manage import TalkTurns
    from .multipart import MultiTurns
    from .offers_asked import OffersAsked
    from .parser_cache import ParserCache
    from .resolving import PhraseResolver
    from .schedule_talk import ScheduleTalk
    from .teacher import Teacher
    from .teaching import TeachingSession
    from .timer_talk import TimerTalk
    from .turns import LastRun, Pending
    from .wait_talk import WaitTalk

__all__ = ["AgentCore", "Listener"]

log = logging.getLogger("teachapp.conversation.agent")

Listener = Callable[[Event], None]


class AgentCore:
    """The state of one home's conversation and the helpers every part uses."""

    store: Store
    backend: DeviceBackend
    speaker: Speaker | None
    settings: Settings | None
    config: AppConfig
    learning_settings: LearningSettings
    hunch_watcher: HunchWatcher
    _clock: Callable[[], float]
    _wall_clock: Callable[[], float]
    _recognize: Callable[..., Transcript] | None
    _lock: threading.RLock
    _input: TurnInput
    """The turn being handled (empty between turns): how it was heard decides how
    sure a command must be."""
    _listeners: list[Listener]
    _run_cancel: threading.Event
    _executor: Executor
    _learner: RephraseLearner
    _hooks: LearningHooks
    _teacher: Teacher
    _phrases: PhraseResolver
    _paused: PhraseResolver
    """The phrases of the routines switched off, resolved apart (``PausedPhrases``)."""
    _pending: Pending | None
    """The question the last turn left open ("did you mean X?"), if any."""
    _offers: OffersAsked
    """The offers to learn words asked in this session: each asked once for the same
    words, answered or not (``offers_asked``)."""
    _published: TeachingSession | None
    _last_run: LastRun | None
    _undone: list[int]
    """The runs undone in this session, last undone last: what "redo" puts back."""
    _last_command: tuple[str, float, int] | None
    """The words of the last device command run, when, and the turn it (or a follow-up
    of it) ran on: "and the fan" after it borrows its action (``CommandParser.continued``)."""
    _last_devices: list[str]
    """The ids of the devices the last device command run set: "the lamp" next means
    the one lamp of them (``just_named``)."""
    _turn: int
    _schedule_named: tuple[int, str] | None
    """The turn a schedule talk named a routine on, and its name (``_named_in_turn``)."""
    _done_turn: int
    """The last turn that did something (ran, changed, set, asked back): a turn that
    only asked and was answered leaves it (``_nothing_done_since``)."""
    _parsers: ParserCache
    """The command parsers over the devices a turn read (``_command_parser``)."""
    _timer_talk: TimerTalk
    _schedule_talk: ScheduleTalk
    _hunch_talk: HunchTalk
    _logged: int | None
    _recorder: explain.Recorder
    _talk: TalkTurns
    _multi: MultiTurns
    _waits: WaitTalk
    _closing: bool
    _resolved: tuple[Resolver, int, dict[str, Resolution]] | None
    """The resolutions of this turn's texts, over the resolver they came from (``resolve``)."""

    def now(self) -> datetime:
        """The wall-clock time (aware, UTC): what schedules and the day's recap use."""
        return datetime.fromtimestamp(self._wall_clock(), UTC)

    def place(self):  # type: ignore[no-untyped-def]
        """The home's time zone and location (Settings, section ``location``)."""
        from ..schedule import Place, local_zone
        from .awareness import place_of

        return place_of(self.settings) if self.settings is not None else Place(local_zone())

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed on %r", event)

    def _device_changed(self, device: Device) -> None:
        self._emit(DevicesChanged([device]))

    def _speak(self, lines: list[str]) -> None:
        if self.speaker is None or not lines:
            return
        try:
            self.speaker.say(" ".join(lines))
        except Exception as exc:
            log.warning("could not speak the reply: %s", exc)

    def _log(self, heard: str, source: str, confidence: float | None, decision: str,
             score: float, routine: str | None, outcome: str) -> int:
        self._logged = self._recorder.log(Interaction(
            heard=heard, decision=decision, score=float(score), routine=routine,
            outcome=outcome, source=source, confidence=confidence, at=self.now()))
        if outcome not in ONLY_ANSWERED:
            self._done_turn = self._turn
        return self._logged

    def _nothing_done_since(self, turn: int) -> bool:
        """Whether every turn after ``turn`` only asked and was answered: "cancel that"
        then still means the timer or schedule set on ``turn`` ("turn off the tv in 10
        minutes", "what time is it?", "cancel that")."""
        return self._done_turn <= turn

    def _get_resolver(self) -> Resolver:
        return self._phrases.current()

    def prepare_resolver(self) -> None:
        """Build the resolver's index now if the phrases changed, so the next turn does
        not wait for it (after an import of 1,500 routines the first command waited
        0.7-1.0 s): a front end calls it on its worker when the routines change."""
        self._phrases.current()

    def resolve(self, text: str) -> Resolution:
        """What ``text`` would mean now (no side effects). Each text is resolved once a
        turn, over the same phrases (the readers, the decision and the miss ask alike): a
        turn said past a wake word that ended in "I don't know" resolved its words seven
        times, with the wake word and without, and any turn at least twice."""
        resolver = self._get_resolver()
        memo = self._resolved
        if memo is None or memo[0] is not resolver or memo[1] != self._turn:
            memo = self._resolved = (resolver, self._turn, {})
        found = memo[2].get(text)
        if found is None:
            found = memo[2][text] = resolver.resolve(text)
        return found

    def resolve_draft(self, text: str, draft: Routine, previous_name: str | None = None
                      ) -> Resolution:
        """What ``text`` would mean with ``draft`` saved (no side effects)."""
        return self._phrases.resolve_draft(text, draft, previous_name)

    def _command_parser(self, devices: list[Device] | None = None) -> Any:
        """A parser over the devices as they are now (or as ``devices`` says, planned by
        the parts of a sentence before): relative commands ("brighter") start from the
        current states, so one is reused only over equal devices (``parser_cache``:
        building one costs about 4 ms). "unmute" reads the volume before the mute from
        the store (``muting``)."""
        return self._parsers.get(self.backend.devices() if devices is None else devices)

    def _new_parser(self, devices: list[Device]) -> Any:
        from ..understanding.commands import CommandParser
        from .muting import volume_before_mute

        return CommandParser(devices,
                             volume_before=lambda device: volume_before_mute(self.store, device))

    def _is_phrase(self, text: str) -> bool:
        return self.store.phrase_owner(text) is not None

    @staticmethod
    def _spoken_name(routine: str) -> str:
        return name_in_sentence(routine)

    def _help(self) -> str:
        """The answer to "help" and "what can you do?" (``usage``, where the answers to
        "how do I ...?" come from too)."""
        devices = self.backend.devices()
        return help_text(self.store.routine_names(), device_example(devices),
                         why_example(devices))
