"""The one bridge between the engine and Qt.

The engine (``Assistant``, the device backend, the microphone listener) calls back
from any thread; the bridge re-emits each event as a Qt signal on the GUI thread
through a queued connection. Widgets never touch the engine on the GUI thread:
they ask the bridge, which runs the call on a worker thread and hands the result
(or the error) back as a signal. So the window never freezes on disk, speech or a
device that is slow to answer.
"""

from __future__ import annotations

import argparse
import functools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

from ..domain import Device, Routine, recording_path
from ..errors import TeachappError

if TYPE_CHECKING:  # the engine (SQLAlchemy, the home, the agent) loads on the worker
    from ..conversation import Engine

__all__ = ["Bridge"]

F = TypeVar("F", bound=Callable[..., Any])


def _guarded(method: F) -> F:
    """A widget's request while the engine is not there yet becomes a message, not a
    traceback in a slot."""

    @functools.wraps(method)
    def wrapper(self: Bridge, *args: Any, **kwargs: Any) -> Any:
        if self.engine is None and self._loading:  # asked while the database opens:
            self._waiting.append(lambda: wrapper(self, *args, **kwargs))  # done once open
            return None
        try:
            return method(self, *args, **kwargs)
        except TeachappError as exc:
            self.error.emit(str(exc))
            return None

    return wrapper  # type: ignore[return-value]

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def _load_engine(args: argparse.Namespace, **kwargs: Any) -> Engine:
    """``conversation.load_engine``, imported here, on the worker: the window paints
    before SQLAlchemy, the home and the agent are loaded."""
    from ..conversation import load_engine

    kwargs.setdefault("lazy_speaker", True)  # no TTS engine resident until it speaks
    kwargs.setdefault("window", True)  # (notes say where in the window, not a command)
    return load_engine(args, **kwargs)


class Bridge(QObject):
    """Qt signals for engine events, and worker-thread calls into the engine."""

    engineReady = Signal(object)
    """The Engine is built (database open); panels can fill themselves."""
    engineFailed = Signal(str)
    engineClosed = Signal()
    """The engine was closed to be opened again (``reopen``); wait for engineReady."""
    closing = Signal()
    """The engine closes for good (the window quits): background work on it stops."""
    reply = Signal(str, str)
    """The assistant's words and their kind (info, question, error ...)."""
    heard = Signal(str, str, object)
    """What was heard: text, source (voice/text), ASR confidence or None."""
    turnResolved = Signal(int, object)
    runFinished = Signal(object)
    devicesChanged = Signal(list)
    deviceChanged = Signal(object)
    routinesChanged = Signal()
    waitingChanged = Signal()
    """A routine paused at a wait step, or its rest ended: what waits changed."""
    teachingChanged = Signal(object)
    undone = Signal(str, object)
    """A run, a deletion or a rename was taken back, however asked: the engine's line,
    and the routine brought or renamed back (None for a run)."""
    aliasLearned = Signal(str, str)
    error = Signal(str)
    busyChanged = Signal(bool)
    level = Signal(float)
    partial = Signal(str)
    listeningChanged = Signal(bool)
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # engine calls run one at a time, in order
        self._long_pool = QThreadPool(self)  # downloads, model loads: may overlap
        self._long_pool.setMaxThreadCount(2)
        self._pending = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._listener: Any = None
        self._closed = False
        self._loading = False
        """The engine is being built: requests wait for it (``when_ready``)."""
        self._waiting: list[Callable[[], None]] = []
        self._stop_after_final = False
        self._trimmed = False
        """The heap's free pages were given back once the window was filled."""
        self._words_expected = False
        """A person has begun to type or talk (``expect_words``): the resolver's index is
        built as the routines are read, the window's start included."""
        self._deliver.connect(self._run_delivered, Qt.ConnectionType.QueuedConnection)
        from .household import Household

        self.household = Household(self)
        """Other computers' changes and the shared database's reachability."""

    # ------------------------------------------------------------ plumbing

    def post(self, func: Callable[[], None]) -> None:
        """Run ``func`` on the GUI thread soon; safe to call from any thread."""
        if not self._closed:
            self._deliver.emit(func)

    @Slot(object)
    def _run_delivered(self, func: Callable[[], None]) -> None:
        if self._closed:
            return
        try:
            func()
        except Exception:  # noqa: BLE001 - a slot must not take the window down
            log.exception("GUI callback failed")

    def call(self, func: Callable[..., Any], *args: Any, done: Done | None = None,
             failed: Failed | None = None, long: bool = False, **kwargs: Any) -> None:
        """Run ``func(*args, **kwargs)`` on a worker; ``done``/``failed`` on the GUI thread.

        Without ``failed`` a TeachappError's message goes to ``error`` (the person
        reads it); anything else is logged and reported as unexpected.
        """
        self._set_pending(+1)

        def task() -> None:
            try:
                result = func(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                if not isinstance(exc, TeachappError):
                    log.exception("engine call %s failed", getattr(func, "__name__", func))
                self.post(lambda error=exc: self._finish(failed or self.report, error))
                return
            self.post(lambda: self._finish(done, result))

        (self._long_pool if long else self._pool).start(task)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._set_pending(-1)
        if callback is not None:
            callback(value)

    def report(self, exc: BaseException) -> None:
        """Tell the person of ``exc`` (``error``): a TeachappError as it is, anything
        else as unexpected, with where the details are."""
        if isinstance(exc, TeachappError):
            self.error.emit(str(exc))
        else:
            from ..logs import details_where

            self.error.emit(f"Something went wrong: {exc.__class__.__name__}: {exc}. "
                            f"{details_where()}")

    def _set_pending(self, delta: int) -> None:
        before = self._pending
        self._pending = max(0, self._pending + delta)
        if (before == 0) != (self._pending == 0):
            self.busyChanged.emit(self._pending > 0)
        if self._pending == 0 and self.engine is not None and not self._trimmed:
            self._trimmed = True
            self._return_free_memory()

    def _return_free_memory(self) -> None:
        """Once, when the engine's load and the window's first queries are done: the
        heap pages they freed go back to the system (``heap.return_free_memory``, on a
        thread: it holds the C heap's locks for a few milliseconds)."""
        from .heap import return_free_memory

        threading.Thread(target=return_free_memory, name="teachapp-trim", daemon=True).start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # ------------------------------------------------------------- engine

    def load(self, args: argparse.Namespace, *, failed: Failed | None = None,
             **kwargs: Any) -> None:
        """Build the engine on a worker thread; ``engineReady`` when done.

        ``failed`` takes the error instead of the default (a message and
        ``engineFailed``), so the window can offer a way out (``recovery.py``).
        """
        on_failure = failed or self._load_failed

        def load_failed(exc: BaseException) -> None:
            self._loading = False
            self._waiting.clear()  # what waited for the engine cannot be done now
            on_failure(exc)

        self._loading = True
        self.call(_load_engine, args, done=self.attach, failed=load_failed, **kwargs)

    def when_ready(self, func: Callable[[], None]) -> None:
        """Call ``func`` (GUI thread) now if the engine is there, else as soon as it is:
        a click while the database opens is kept rather than refused."""
        if self.engine is not None:
            func()
        elif self._loading:
            self._waiting.append(func)
        else:
            self.error.emit("The database is not open; see the message above.")

    def _load_failed(self, exc: BaseException) -> None:
        self.report(exc)
        self.engineFailed.emit(str(exc))

    def attach(self, engine: Engine) -> None:
        """Use an engine (built here or by the caller) and follow its events."""
        self.engine = engine
        if engine.assistant is not None:
            self._unsubscribe = engine.assistant.subscribe(self._on_event)
        else:  # the Assistant reports device changes itself
            engine.backend.add_listener(
                lambda device: self.post(lambda: self.deviceChanged.emit(device)))
        self._loading = False
        self.household.start(engine)
        self.engineReady.emit(engine)
        waiting, self._waiting = self._waiting, []
        for func in waiting:
            self._run_delivered(func)

    @property
    def assistant(self) -> Any:
        return self.engine.assistant if self.engine is not None else None

    def _on_event(self, event: Any) -> None:
        """Engine callback, from any thread: re-emit on the GUI thread."""
        name = type(event).__name__
        emit: Callable[[], None] | None = None
        if name == "Reply":
            emit = lambda: self.reply.emit(event.text, str(getattr(event, "kind", "")))  # noqa: E731
        elif name == "Heard":
            emit = lambda: self.heard.emit(event.text, event.source, event.confidence)  # noqa: E731
        elif name == "TurnResolved":
            emit = lambda: self.turnResolved.emit(int(event.interaction_id or 0),  # noqa: E731
                                                  event.resolution)
        elif name == "RunFinished":
            emit = lambda: self.runFinished.emit(event.result)  # noqa: E731
        elif name == "DevicesChanged":
            emit = lambda: self.devicesChanged.emit(list(event.devices))  # noqa: E731
        elif name == "RoutinesChanged":
            emit = self.routinesChanged.emit
        elif name == "WaitingChanged":
            emit = self.waitingChanged.emit
        elif name == "TeachingChanged":
            emit = lambda: self.teachingChanged.emit(event.session)  # noqa: E731
        elif name == "Undone":
            emit = lambda: self.undone.emit(event.said, event.routine)  # noqa: E731
        elif name == "AliasLearned":
            routine = getattr(event.routine, "name", event.routine)
            emit = lambda: self.aliasLearned.emit(event.utterance, str(routine))  # noqa: E731
        if emit is not None:
            self.post(emit)

    # -------------------------------------------------- engine operations

    @_guarded
    def set_device(self, device_id: str, changes: dict[str, Any]) -> None:
        engine = self._engine()
        func = engine.assistant.set_device if engine.assistant is not None else \
            engine.backend.apply
        self.call(func, device_id, changes, done=self.deviceChanged.emit)

    @_guarded
    def run_routine(self, name: str, done: Done | None = None) -> None:
        self.call(self._need_assistant().run_routine, name,
                  done=done or self.runFinished.emit)

    @_guarded
    def undo(self, done: Done | None = None) -> None:
        """The window's Undo: the newest of a run, a deletion and a rename taken back, as
        "undo" said or ``teachapp undo`` does; what it did is said in the conversation
        (and a run's states reach the tiles through the engine's events)."""
        self.call(self._need_assistant().undo_newest, done=done or (lambda _lines: None))

    @_guarded
    def handle_text(self, text: str) -> None:
        """A typed line; ``@path.wav`` is a recording, heard as chat hears it (it was
        offered for teaching: 'I don't know "@/home/me/teach.wav". Shall I learn it?')."""
        path = recording_path(text)
        if path is not None:
            self.handle_audio(str(path))
            return
        self.call(self._need_assistant().handle_text, text, done=lambda _r: None)

    @_guarded
    def handle_audio(self, path: str) -> None:
        self.call(self._need_assistant().handle_audio, path, done=lambda _r: None)

    @_guarded
    def save_routine(self, routine: Routine, *, previous_name: str | None,
                     done: Done | None = None, failed: Failed | None = None) -> None:
        from ..conversation.library import save_edited

        store = self._engine().store

        def save() -> Routine:  # (a new name is the library's rename: "undo" renames back)
            assistant = self.assistant  # (phrases left out: "undo" puts them back)
            if assistant is not None:
                return assistant.save_edited(routine, previous_name=previous_name)
            return save_edited(store, routine, previous_name=previous_name)

        def saved(result: Routine) -> None:
            self.routinesChanged.emit()
            if done is not None:
                done(result)

        self.call(save, done=saved, failed=failed)

    @_guarded
    def delete_routine(self, name: str, done: Done | None = None) -> None:
        def deleted(_result: Any) -> None:
            self.routinesChanged.emit()
            if done is not None:
                done(name)

        from ..conversation.library import delete_routine

        store = self._engine().store  # kept, so "undo" (any session) brings it back
        self.call(lambda: delete_routine(store, name), done=deleted)

    def devices(self, done: Callable[[list[Device]], None]) -> None:
        engine = self._engine()
        self.call(engine.backend.devices, done=done)

    def routines(self, done: Callable[[list[Routine]], None], *, index: bool = True) -> None:
        """Read the routines (after any change to them: an import, an edit, another
        computer's), then build the resolver's index for their phrases on the same
        worker, so the first command after a large import does not wait for it.

        ``index=False`` (the window's start) leaves the index until a person begins to
        type or talk (:meth:`expect_words`): built at the start, the resolver's modules
        and index held ~15 MB of a window nobody spoke to (benchmarks/gui.py)."""
        engine = self._engine()
        self.call(engine.store.routines, done=done)
        if index or self._words_expected:
            self._prepare_resolver()

    def expect_words(self) -> None:
        """A person begins to type a command or to talk: build the resolver's index now,
        on the worker, while they do (about a quarter of a second of CPU for the example
        home), so their first reply does not wait for it. Once; the index follows the
        routines' changes from then on (:meth:`routines`)."""
        if self._words_expected:
            return
        self._words_expected = True
        if self.engine is not None:  # (else built as the start's routines are read)
            self._prepare_resolver()

    def _prepare_resolver(self) -> None:
        assistant = self.assistant
        if assistant is not None:
            self.call(assistant.prepare_resolver, done=lambda _r: None,
                      failed=lambda exc: log.warning("cannot build the phrase index: %s",
                                                     exc))

    def _engine(self) -> Engine:
        if self.engine is None:
            raise TeachappError("The database is still opening; try again in a moment.")
        return self.engine

    def _need_assistant(self) -> Any:
        assistant = self._engine().assistant
        if assistant is None:
            raise TeachappError("The assistant is not available in this installation.")
        return assistant

    def reopen(self, work: Callable[[], Any], *, done: Done | None = None,
               failed: Failed | None = None) -> None:
        """Close the engine, run ``work`` on the worker, then open the engine again.

        For what needs the database closed in this process (restoring a backup).
        The database is opened again whether ``work`` succeeds or fails, so the
        window keeps working; ``done`` / ``failed`` get the outcome of ``work``.
        """
        engine = self._engine()
        args = engine.args
        if args is None:
            raise TeachappError("This window did not open its database itself, so it "
                                "cannot open it again; restart teachapp.")
        self.stop_listening()
        self._detach()
        self.engineClosed.emit()

        def task() -> Any:  # after the calls already queued: they finish first
            engine.close()
            return work()

        def reload(callback: Callable[[Any], None] | None, value: Any) -> None:
            self.load(args)
            if callback is not None:
                callback(value)

        self.call(task, done=lambda result: reload(done, result),
                  failed=lambda exc: reload(failed or self.report, exc))

    def _detach(self) -> None:
        """Stop following the engine's events and forget it (it is not closed here,
        but it is about to be: the change watcher is given its last poll to end)."""
        self.household.stop(wait=1.0)
        if self._unsubscribe is not None:
            try:
                self._unsubscribe()
            except Exception:  # noqa: BLE001
                log.exception("unsubscribe failed")
            self._unsubscribe = None
        cancel = getattr(self.assistant, "cancel_run", None)
        if cancel is not None:
            try:
                cancel()
            except Exception:  # noqa: BLE001
                log.exception("cancel_run failed")
        self.engine = None

    # ---------------------------------------------------------- shutdown

    def close(self, *, wait_for_calls: bool = False) -> None:
        """Stop listening, let running calls end, and close the engine.

        The window waits a few seconds at most, so quitting never hangs on a stuck
        device; ``wait_for_calls`` waits for every call, for a screenshot whose
        scratch folder is removed next (a call still writing there would break that).
        """
        self.stop_listening()
        self._closed = True
        engine = self.engine
        self._detach()
        self.closing.emit()
        self._pool.waitForDone(-1 if wait_for_calls else 3000)
        self._long_pool.waitForDone(-1 if wait_for_calls else 1000)
        if engine is not None:
            engine.close()

    # -------------------------------------------------------- microphone

    def start_listening(self) -> None:
        """Open the microphone on its own thread (``speech.Listener``).

        Command mode listens for the taught phrases (a grammar); while teaching it
        listens openly, told the home's words once the phrase is heard
        (``Assistant.vocabulary``). The vocabulary is read on a worker, then the
        listener starts.
        """
        if self._listener is not None or self.engine is None:
            return
        self.expect_words()  # (before the vocabulary: the index is built on the same worker)
        self._listener = "starting"
        self._stop_after_final = False
        self.listeningChanged.emit(True)
        self.call(self._vocabulary, done=self._open_listener, failed=self._listen_failed)

    def _vocabulary(self) -> tuple[str, list[str]]:
        engine = self._engine()
        assistant = engine.assistant
        mode = "teach" if assistant is not None and assistant.teaching is not None \
            else "command"
        if assistant is not None:
            return mode, assistant.vocabulary(mode)
        from ..conversation.talk import listening_vocabulary

        return mode, listening_vocabulary(engine.store.phrases_by_use(),
                                          [d.name for d in engine.store.devices()])

    def _open_listener(self, found: tuple[str, list[str]]) -> None:
        if self._listener != "starting":
            return  # stopped while the vocabulary was read
        from ..speech import Listener  # late: the window starts without audio libraries

        mode, phrases = found
        self._listener = Listener(
            mode=mode, phrases=phrases, settings=self._engine().settings,  # type: ignore[arg-type]
            on_level=lambda value: self.post(lambda: self.level.emit(float(value))),
            on_partial=lambda text: self.post(lambda: self.partial.emit(text)),
            on_final=self._on_final,
            on_error=lambda exc: self.post(lambda: self._listen_failed(exc)),
        )
        self._listener.start()

    def _on_final(self, transcript: Any) -> None:
        """A whole utterance from the microphone (listener thread): one turn."""
        # The transcript's confidence and closed-set verification travel with it:
        # the engine decides as it does for chat and listen.
        from ..conversation import TurnInput

        turn = TurnInput.from_transcript(transcript)

        def deliver() -> None:
            self.partial.emit("")
            if self._stop_after_final:
                self.stop_listening()
            if turn.text and self.assistant is not None:
                self.call(self.assistant.handle, turn, done=lambda _r: None)

        self.post(deliver)

    def _listen_failed(self, exc: BaseException) -> None:
        self.stop_listening()
        self.report(exc)

    def release_to_talk(self, grace_ms: int = 2500) -> None:
        """Push-to-talk key released: stop at the end of the current utterance."""
        if self._listener is None:
            return
        self._stop_after_final = True
        QTimer.singleShot(grace_ms, self, lambda: self._stop_after_final and
                          self.stop_listening())

    def stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        self._stop_after_final = False
        if listener is None:
            return
        if not isinstance(listener, str):
            stop = listener.stop
            # Joining the listener thread may take a moment: not on the GUI thread.
            threading.Thread(target=lambda: stop(timeout=5.0), daemon=True,
                             name="teachapp-listener-stop").start()
        self.level.emit(0.0)
        self.partial.emit("")
        self.listeningChanged.emit(False)

    @property
    def listening(self) -> bool:
        return self._listener is not None
