"""The Store: every read and write of teachapp's data, each write one transaction.

Callers get domain dataclasses (``teachapp.domain``) and records, never rows, so
nothing above this layer depends on SQLModel.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from ..clock import wall_time
from ..domain import (
    Device,
    PhraseOrigin,
    Progress,
    Routine,
    SetStep,
    Step,
    check_text,
    kind_of,
    validate_changes,
    validate_device_id,
    validate_routine,
)
from ..errors import (
    ConflictError,
    DatabaseError,
    NotFoundError,
    UnknownDeviceError,
    mid_sentence,
)
from . import awareness as _aware
from . import changes as _changes
from ._convert import device_record, record_from_row, routine_record, row_values
from .aware_store import AwarenessMixin
from .changes import note_change
from .conflicts import changed_elsewhere, deleted_elsewhere
from .database import (
    READ_ONLY,
    close_engine,
    database_url,
    describe_failure,
    open_engine,
    sqlite_path,
)
from .history_file import History, apply_history, collect_history
from .read_only_disk import opened_read_only
from .records import AliasEvidence, Interaction, RunRecord, aware, phrase_key
from .routine_read import read_routines
from .routine_rows import checked_name, save_routines, step_fields, unknown_device_said
from .server import display_url
from .sharing import (
    MACHINE_ENV,
    lost_connection,
    machine_name,
    merged_usage,
    quiet_rollback,
    touch,
)
from .tables import (
    AliasEvidenceRow,
    DeviceRow,
    InteractionRow,
    PhraseRow,
    RoutineRow,
    RunRow,
    StepRow,
    utcnow,
)

__all__ = ["MACHINE_ENV", "Store", "evidence_record", "machine_name"]

log = logging.getLogger(__name__)


class Store(AwarenessMixin):
    """teachapp's database. Open with ``Store.open(path_or_url)``."""

    def __init__(self, url: str, *, migrate: bool = True, machine: str | None = None,
                 reading: bool = False) -> None:
        self.url = display_url(url)
        """The URL without its password: safe to show and to log."""
        self.machine = machine or machine_name()
        path = sqlite_path(url)
        self.created = path is not None and not path.exists()
        """This open made a new, empty database file (front ends say where)."""
        self.created_folder = path is not None and not path.parent.exists()
        """... and the folder it is in, which did not exist either."""
        self.engine = open_engine(url, migrate=migrate, reading=reading)
        self.read_only = opened_read_only(self.engine)
        """Opened for reading only (``reading``, and the file is on a read-only disk)."""
        self._reader = self.engine.execution_options(**{READ_ONLY: True})
        self.clock = wall_time  # (TEACHAPP_NOW: teachapp.clock)
        """UTC seconds for history rows; tests and benchmarks put their own clock here."""
        self.history_retention_days: float = _aware.DEFAULT_RETENTION_DAYS
        self._pruned_at = 0.0
        self._own: dict[str, int] = {}
        """Per topic, the changes this Store committed (its change feed tells them from
        other processes' by this count)."""
        self._own_lock = threading.Lock()

    @classmethod
    def open(cls, spec: str | Path, *, reading: bool = False) -> Store:
        """Open (and create or upgrade) the database at a path or SQLAlchemy URL.
        ``reading``: the caller only reads (``open_engine``)."""
        return cls(database_url(spec), reading=reading)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(self.url)

    def close(self) -> None:
        close_engine(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only snapshot: takes no write lock, so it never holds up a writer."""
        session = Session(self._reader, expire_on_commit=False)
        try:
            yield session
            session.rollback()
        except SQLAlchemyError as exc:
            quiet_rollback(session)
            raise describe_failure(self.engine.url, exc) from exc
        finally:
            session.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session in one transaction: committed whole, or not at all."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            topics = _changes.flush_changes(session)
            with self._own_lock:  # (a feed reads the counters and ours at one moment)
                session.commit()
                for topic in topics:
                    self._own[topic] = self._own.get(topic, 0) + 1
        except SQLAlchemyError as exc:
            quiet_rollback(session)
            if lost_connection(exc):
                raise describe_failure(self.engine.url, exc) from exc
            raise DatabaseError(
                f"The database {self.url} refused a change: {exc}. Nothing was changed."
            ) from exc
        except BaseException:
            quiet_rollback(session)
            raise
        finally:
            session.close()

    # ------------------------------------------------------------------ changes

    def change_counters(self) -> dict[str, int]:
        """Per topic, how many changes were committed (by anyone)."""
        with self._read() as s:
            return _changes.read_counters(s)

    def counters_with_others(self) -> tuple[dict[str, int], dict[str, int]]:
        """Per topic, the changes committed by anyone, and of those the ones not made
        through this Store (another process, another computer), read at one moment."""
        with self._own_lock:
            counters = self.change_counters()
            own = dict(self._own)
        return counters, {t: n - own.get(t, 0) for t, n in counters.items()}

    def changes(self) -> _changes.ChangeFeed:
        """A feed of other processes' (and this one's) changes; close it when done."""
        return _changes.ChangeFeed(self)

    def watch(self, callback: Callable[[_changes.Change], None]) -> _changes.Watcher:
        """Call ``callback`` (on a background thread) with each change; ``.stop()`` it."""
        return _changes.Watcher(self, callback)

    # ----------------------------------------------------------------- devices

    def devices(self) -> list[Device]:
        with self._read() as s:
            rows = s.exec(select(DeviceRow).order_by(DeviceRow.room, DeviceRow.name)).all()
            return [_device(r) for r in rows]

    def device(self, device_id: str) -> Device:
        with self._read() as s:
            row = s.get(DeviceRow, device_id)
            if row is None:
                raise UnknownDeviceError(unknown_device_said(device_id, s))
            return _device(row)

    def has_devices(self) -> bool:
        with self._read() as s:
            return s.exec(select(func.count()).select_from(DeviceRow)).one() > 0

    def save_devices(self, devices: Iterable[Device]) -> None:
        """Add or update devices (name, room, state) in one transaction."""
        with self.transaction() as s:
            note_change(s, "devices")
            for device in devices:
                _put_device(s, device)

    def update_states(self, changes: dict[str, dict[str, Any]]) -> dict[str, Device]:
        """Merge attribute values into device states; returns the updated devices."""
        out: dict[str, Device] = {}
        now = self.clock()
        with self.transaction() as s:
            note_change(s, "devices")
            for device_id, values in changes.items():
                row = s.get(DeviceRow, device_id)
                if row is None:
                    raise UnknownDeviceError(unknown_device_said(device_id, s))
                state = json.loads(row.state_json)
                new = validate_changes(device_id, values)
                _aware.record_change(s, device_id, state, new, now)
                state.update(new)
                row.state_json = json.dumps(state, sort_keys=True)
                row.updated_at = utcnow()
                s.add(row)
                out[device_id] = _device(row)
            if now - self._pruned_at > 3600:  # the retention limit, checked hourly
                _aware.prune_changes(s, now - self.history_retention_days * 86400)
                self._pruned_at = now
        return out

    # ---------------------------------------------------------------- routines

    def routines(self, *, enabled_only: bool = False) -> list[Routine]:
        with self._read() as s:
            query = select(RoutineRow).order_by(RoutineRow.name_key)
            if enabled_only:
                query = query.where(RoutineRow.enabled == True)  # noqa: E712
            return read_routines(s, s.exec(query).all())

    def routine(self, name: str) -> Routine:
        with self._read() as s:
            return _routine(s, _routine_row(s, name))

    def routine_names(self) -> list[str]:
        with self._read() as s:
            return list(s.exec(select(RoutineRow.name).order_by(RoutineRow.name_key)).all())

    def save_routine(self, routine: Routine, *, replace: bool = False,
                     previous_name: str | None = None) -> Routine:
        """Create a routine, or replace it when ``replace`` (or renaming an old one)."""
        routine = validate_routine(routine)
        with self.transaction() as s:
            note_change(s, "routines")
            _save_routine(s, routine, replace=replace, previous_name=previous_name,
                          machine=self.machine)
        return self.routine(routine.name)

    def delete_routine(self, name: str, *, version: int | None = None) -> None:
        """Delete a routine; with ``version``, only if nobody changed it since."""
        with self.transaction() as s:
            note_change(s, "routines")
            row = _routine_row(s, name)
            if version is not None and row.version != version:
                raise changed_elsewhere(_routine(s, row), Routine(name=name, version=version))
            s.exec(delete(StepRow).where(StepRow.routine_id == row.id))
            s.exec(delete(PhraseRow).where(PhraseRow.routine_id == row.id))
            _aware.delete_triggers(s, row.id or 0)
            s.delete(row)

    def set_enabled(self, name: str, enabled: bool) -> None:
        with self.transaction() as s:
            note_change(s, "routines")
            row = _routine_row(s, name)
            row.enabled = enabled
            touch(row, self.machine)
            s.add(row)

    def import_all(self, devices: list[Device], routines: list[Routine], *,
                   replace: bool = False, drop_devices: Iterable[str] = (),
                   history: History | None = None, source: str = "<input>",
                   progress: Progress | None = None) -> None:
        """Save devices and routines (and a file's history) together: all, or none.

        ``drop_devices`` are removed first in the same transaction (the untouched
        simulated home giving way to an imported one). The routines go in as bulk
        inserts (``routine_rows``); ``progress`` hears how many are saved."""
        routines = [validate_routine(r) for r in routines]
        with self.transaction() as s:
            note_change(s, "devices", "routines")
            if history is not None:
                note_change(s, "history", "learning", "usage")
            for device_id in drop_devices:
                row = s.get(DeviceRow, device_id)
                if row is not None:
                    s.delete(row)
            s.flush()
            for device in devices:
                _put_device(s, device, keep_state=True)
            s.flush()
            save_routines(s, routines, replace=replace, machine=self.machine,
                          progress=progress)
            if history is not None:
                s.flush()
                apply_history(s, history, name=source)

    def history_snapshot(self) -> dict[str, Any]:
        """States, usage, turns, evidence and runs, for ``export --history``."""
        with self._read() as s:
            return collect_history(s)

    # ----------------------------------------------------------------- phrases

    def phrase_index(self) -> list[tuple[str, str, str]]:
        """(phrase text, routine name, origin) for every enabled routine."""
        with self._read() as s:
            query = (
                select(PhraseRow.text, RoutineRow.name, PhraseRow.origin)
                .join(RoutineRow, PhraseRow.routine_id == RoutineRow.id)
                .where(RoutineRow.enabled == True)  # noqa: E712
                .order_by(RoutineRow.name_key, PhraseRow.position)
            )
            return [tuple(row) for row in s.exec(query).all()]  # type: ignore[misc]

    def phrases_by_use(self) -> list[str]:
        """Every enabled routine's phrases, those of the routines least lately run or
        changed first. Whisper's prompt keeps the end of what it is given: sorted by name,
        a home of 200 routines never had its early-alphabet phrases in the prompt
        ("amber evening" was heard "and very evening"); now the ones cut are those of
        the routines not used for longest."""
        with self._read() as s:
            last_run = (select(RunRow.routine, func.max(RunRow.at).label("last"))
                        .group_by(RunRow.routine).subquery())
            rows = s.exec(
                select(PhraseRow.text, RoutineRow.updated_at, last_run.c.last)
                .join(RoutineRow, PhraseRow.routine_id == RoutineRow.id)
                .outerjoin(last_run, last_run.c.routine == RoutineRow.name)
                .where(RoutineRow.enabled == True)  # noqa: E712
                .order_by(RoutineRow.name_key, PhraseRow.position)).all()

        def touched(row: Any) -> float:
            return max(aware(t).timestamp() for t in row[1:] if t is not None)

        return [row[0] for row in sorted(rows, key=touched)]

    def phrases_signature(self) -> tuple[int, int, str]:
        """Changes whenever phrases or routines change; cheap to ask each turn."""
        with self._read() as s:
            count, top = s.exec(select(func.count(PhraseRow.id), func.max(PhraseRow.id))).one()
            newest = s.exec(select(func.max(RoutineRow.updated_at))).one()
            return int(count or 0), int(top or 0), str(newest)

    def add_phrase(self, routine: str, text: str, *, origin: str = PhraseOrigin.ALIAS) -> None:
        text = check_text(text, "phrase")
        with self.transaction() as s:
            note_change(s, "routines")
            row = _routine_row(s, routine)
            key = phrase_key(text)
            if not key:
                raise ConflictError("A phrase needs at least one word.")
            _check_phrase_free(s, key, text, row.id)
            existing = s.exec(select(PhraseRow).where(
                PhraseRow.routine_id == row.id, PhraseRow.normalized == key)).first()
            if existing is not None:
                return
            position = s.exec(select(func.count()).select_from(PhraseRow).where(
                PhraseRow.routine_id == row.id)).one()
            s.add(PhraseRow(routine_id=row.id, position=position, text=text.strip(),
                            normalized=key, origin=origin))
            touch(row, self.machine)
            s.add(row)

    def remove_phrase(self, routine: str, text: str) -> None:
        with self.transaction() as s:
            note_change(s, "routines")
            row = _routine_row(s, routine)
            phrase = s.exec(select(PhraseRow).where(
                PhraseRow.routine_id == row.id,
                PhraseRow.normalized == phrase_key(text))).first()
            if phrase is None:
                raise NotFoundError(f"Routine {row.name!r} has no phrase {text!r}.")
            remaining = s.exec(select(func.count()).select_from(PhraseRow).where(
                PhraseRow.routine_id == row.id)).one()
            if remaining <= 1:
                raise ConflictError(
                    f"{text!r} is the only phrase of {row.name!r}; add another phrase "
                    "first or delete the routine.")
            s.delete(phrase)
            touch(row, self.machine)
            s.add(row)

    def mark_used(self, routine: str, phrase: str | None) -> None:
        with self.transaction() as s:
            note_change(s, "usage")
            row = s.exec(select(RoutineRow).where(
                RoutineRow.name_key == routine.casefold())).first()
            if row is None or phrase is None:
                return
            found = s.exec(select(PhraseRow).where(
                PhraseRow.routine_id == row.id,
                PhraseRow.normalized == phrase_key(phrase))).first()
            if found is not None:
                found.uses += 1
                found.last_used = utcnow()
                s.add(found)

    def phrase_owner(self, text: str) -> str | None:
        """The routine that already has this phrase, if any."""
        with self._read() as s:
            return _phrase_owner(s, phrase_key(text))

    # ------------------------------------------------------------ interactions

    def log_interaction(self, turn: Interaction) -> int:
        with self.transaction() as s:
            note_change(s, "history")
            row = InteractionRow(**row_values(turn, InteractionRow, exclude={"id", "at"}))
            if turn.at is not None:  # (the engine's own clock: TEACHAPP_NOW, a test's)
                row.at = turn.at
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def update_interaction(self, interaction_id: int, *, outcome: str | None = None,
                           feedback: str | None = None, routine: str | None = None) -> None:
        with self.transaction() as s:
            note_change(s, "history")
            row = s.get(InteractionRow, interaction_id)
            if row is None:
                raise NotFoundError(f"There is no turn number {interaction_id}.")
            if outcome is not None:
                row.outcome = outcome
            if feedback is not None:
                row.feedback = feedback
            if routine is not None:
                row.routine = routine
            s.add(row)

    def interactions(self, *, limit: int = 200, before: int | None = None,
                     after: int | None = None) -> list[Interaction]:
        """The newest turns first; ``before``: only turns older than that turn id (the
        history's next page); ``after``: only newer ones (what came since a page was
        read)."""
        with self._read() as s:
            query = select(InteractionRow)
            if before is not None:
                query = query.where(InteractionRow.id < before)  # type: ignore[operator]
            if after is not None:
                query = query.where(InteractionRow.id > after)  # type: ignore[operator]
            rows = s.exec(query.order_by(
                InteractionRow.id.desc()).limit(limit)).all()  # type: ignore[union-attr]
            return [record_from_row(Interaction, r) for r in rows]

    # -------------------------------------------------------------------- runs

    def record_run(self, routine: str | None, utterance: str | None,
                   before: dict[str, dict[str, Any]],
                   after: dict[str, dict[str, Any]], *, at: datetime | None = None) -> int:
        """Log a run with the states it replaced; ``at``: when, by the runner's clock
        (else ``wall_time``), so its time agrees with the turn that asked for it."""
        with self.transaction() as s:
            note_change(s, "history")
            row = RunRow(routine=routine, utterance=utterance,
                         before_json=json.dumps(before, sort_keys=True),
                         after_json=json.dumps(after, sort_keys=True), machine=self.machine)
            if at is not None:
                row.at = at
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def extend_run(self, run_id: int, before: dict[str, dict[str, Any]],
                   after: dict[str, dict[str, Any]]) -> None:
        """Replace a run's states with the whole run's: a routine that went on after a
        ``wait`` adds its later changes to the same run, so one "undo" puts back all."""
        with self.transaction() as s:
            note_change(s, "history")
            row = s.get(RunRow, run_id)
            if row is not None:
                row.before_json = json.dumps(before, sort_keys=True)
                row.after_json = json.dumps(after, sort_keys=True)
                s.add(row)

    def last_run(self, *, include_undone: bool = False) -> RunRecord | None:
        """This computer's newest run (in the undo order, ``undo_sequence``): undo never
        undoes another computer's run."""
        with self._read() as s:
            query = select(RunRow).order_by(*_NEWEST_RUN).where(
                (RunRow.machine == self.machine) | (RunRow.machine == None))  # noqa: E711
            if not include_undone:
                query = query.where(RunRow.undone == False)  # noqa: E712
            row = s.exec(query.limit(1)).first()
            return None if row is None else _run(row)

    def recent_runs(self, *, limit: int = 50) -> list[RunRecord]:
        """This computer's newest runs not undone, newest first: "unmute the tv" reads
        the volume the run that muted it replaced."""
        with self._read() as s:
            query = select(RunRow).order_by(*_NEWEST_RUN).where(
                (RunRow.machine == self.machine) | (RunRow.machine == None),  # noqa: E711
                RunRow.undone == False).limit(limit)  # noqa: E712
            return [_run(row) for row in s.exec(query).all()]

    def last_run_of(self, routine: str) -> RunRecord | None:
        """The newest run of ``routine`` on any computer, undone or not ("when did
        movie night last run?")."""
        with self._read() as s:
            row = s.exec(select(RunRow).where(RunRow.routine == routine).order_by(
                *_NEWEST_RUN).limit(1)).first()
            if row is None:
                return None
            return RunRecord(id=row.id or 0, at=row.at, routine=row.routine,
                             utterance=row.utterance, undone=row.undone)

    def runs_of(self, routine: str) -> list[RunRecord]:
        """Every run of ``routine`` on any computer, undone or not, newest first, without
        the states it changed ("how many times have I used bedtime?")."""
        with self._read() as s:
            rows = s.exec(select(RunRow).where(RunRow.routine == routine).order_by(
                *_NEWEST_RUN)).all()
            return [RunRecord(id=row.id or 0, at=row.at, routine=row.routine,
                              utterance=row.utterance, undone=row.undone) for row in rows]

    def routine_runs_between(self, since: float, until: float) -> list[RunRecord]:
        """Every routine run from ``since`` to ``until`` (Unix times) on any computer,
        undone or not, oldest first, without the states: "what did you do today?" tells
        a run that changed nothing too (the lamp was already on)."""
        low, high = (datetime.fromtimestamp(t, UTC) for t in (since, until))
        with self._read() as s:
            rows = s.exec(select(RunRow).where(
                RunRow.routine != None, RunRow.at >= low, RunRow.at < high)  # noqa: E711
                .order_by(col(RunRow.seq), col(RunRow.id))).all()
            return [RunRecord(id=row.id or 0, at=row.at, routine=row.routine,
                              utterance=row.utterance, undone=row.undone) for row in rows]

    def mark_undone(self, run_id: int, undone: bool = True) -> None:
        """Mark a run undone (or, redone, not undone again)."""
        with self.transaction() as s:
            note_change(s, "history")
            row = s.get(RunRow, run_id)
            if row is not None:
                row.undone = undone
                s.add(row)

    def run_record(self, run_id: int) -> RunRecord | None:
        """One run by its id, undone or not."""
        with self._read() as s:
            row = s.get(RunRow, run_id)
            return None if row is None else _run(row)

    # ---------------------------------------------------------------- learning

    def add_evidence(self, utterance: str, routine: str, *, positive: int = 0,
                     negative: int = 0) -> AliasEvidence:
        key = phrase_key(utterance)
        with self.transaction() as s:
            note_change(s, "learning")
            row = s.exec(select(AliasEvidenceRow).where(
                AliasEvidenceRow.utterance == key,
                AliasEvidenceRow.routine == routine)).first()
            if row is None:
                row = AliasEvidenceRow(utterance=key, routine=routine)
            row.positive += positive
            row.negative += negative
            row.updated_at = utcnow()
            s.add(row)
            return evidence_record(row)

    def evidence(self, utterance: str | None = None) -> list[AliasEvidence]:
        with self._read() as s:
            query = select(AliasEvidenceRow).order_by(AliasEvidenceRow.updated_at.desc())  # type: ignore[attr-defined]
            if utterance is not None:
                query = query.where(AliasEvidenceRow.utterance == phrase_key(utterance))
            return [evidence_record(r) for r in s.exec(query).all()]

    def mark_promoted(self, utterance: str, routine: str) -> None:
        with self.transaction() as s:
            note_change(s, "learning")
            row = s.exec(select(AliasEvidenceRow).where(
                AliasEvidenceRow.utterance == phrase_key(utterance),
                AliasEvidenceRow.routine == routine)).first()
            if row is not None:
                row.promoted = True
                s.add(row)


# ------------------------------------------------------------------ helpers


_NEWEST_RUN = (col(RunRow.seq).desc(), col(RunRow.id).desc())
"""Runs newest first, in the undo order: a run an import brought in is older than this
database's own (``undo_sequence.number_as_older``), whatever its id."""


def _run(row: RunRow) -> RunRecord:
    return RunRecord(id=row.id or 0, at=row.at, routine=row.routine, utterance=row.utterance,
                     before=json.loads(row.before_json), after=json.loads(row.after_json),
                     undone=row.undone)


def _device(row: DeviceRow) -> Device:
    return device_record(row)


def _put_device(s: Session, device: Device, *, keep_state: bool = False) -> None:
    validate_device_id(device.id)
    from ..domain import default_state

    row = s.get(DeviceRow, device.id)
    state = default_state(kind_of(device.id))
    if row is not None and keep_state:
        state.update(json.loads(row.state_json))
    if device.state:
        state.update(validate_changes(device.id, device.state))
    if row is None:
        row = DeviceRow(id=device.id, name=device.name, room=device.room,
                        kind=kind_of(device.id))
    row.name = device.name
    row.room = device.room
    row.state_json = json.dumps(state, sort_keys=True)
    row.updated_at = utcnow()
    s.add(row)


def _routine_row(s: Session, name: str) -> RoutineRow:
    row = s.exec(select(RoutineRow).where(RoutineRow.name_key == name.strip().casefold())).first()
    if row is None:
        raise NotFoundError(
            f"There is no routine called {name!r}; 'teachapp list' shows the routines.")
    return row


def _phrase_owner(s: Session, key: str, *, exclude_routine: int | None = None) -> str | None:
    query = (select(RoutineRow.name)
             .join(PhraseRow, PhraseRow.routine_id == RoutineRow.id)
             .where(PhraseRow.normalized == key))
    if exclude_routine is not None:
        query = query.where(RoutineRow.id != exclude_routine)
    return s.exec(query).first()


def _check_phrase_free(s: Session, key: str, text: str, routine_id: int | None) -> None:
    owner = _phrase_owner(s, key, exclude_routine=routine_id)
    if owner is not None:
        raise ConflictError(
            f"The phrase {text!r} already starts routine {owner!r}; choose another "
            "phrase or remove it from that routine first.")


def _routine(s: Session, row: RoutineRow) -> Routine:
    phrases = s.exec(select(PhraseRow).where(PhraseRow.routine_id == row.id)
                     .order_by(PhraseRow.position, PhraseRow.id)).all()
    steps = s.exec(select(StepRow).where(StepRow.routine_id == row.id)
                   .order_by(StepRow.position)).all()
    assert row.id is not None
    return routine_record(row, phrases, steps, _aware.trigger_rows(s, row.id))


def _save_routine(s: Session, routine: Routine, *, replace: bool,
                  previous_name: str | None = None, machine: str | None = None) -> None:
    name = checked_name(routine)
    existing = s.exec(select(RoutineRow).where(RoutineRow.name_key == name.casefold())).first()
    old = None
    if previous_name is not None:
        old = s.exec(select(RoutineRow).where(
            RoutineRow.name_key == previous_name.strip().casefold())).first()
        if existing is not None and old is not None and existing.id != old.id:
            raise ConflictError(f"There is already a routine called {existing.name!r}.")
        existing = old or existing
        replace = True
    if existing is not None and not replace:
        raise ConflictError(
            f"There is already a routine called {existing.name!r}; use --replace to "
            "replace it, or choose another name.")
    if routine.version is not None:  # an edit of what was read: was it changed since?
        if existing is None:
            raise deleted_elsewhere(routine, previous_name or name)
        if existing.version != routine.version:
            raise changed_elsewhere(_routine(s, existing), routine)
    for step in routine.steps:
        if isinstance(step, SetStep):
            if s.get(DeviceRow, step.device) is None:
                raise UnknownDeviceError(
                    f"Routine {name!r}: " + mid_sentence(unknown_device_said(step.device, s)))
            validate_changes(step.device, step.set)
    created = existing.created_at if existing is not None else utcnow()
    usage: dict[str, tuple[int, object]] = {}
    if existing is not None:
        # Uses counted by other computers meanwhile are kept, not reset.
        for p in s.exec(select(PhraseRow).where(PhraseRow.routine_id == existing.id)).all():
            usage[p.normalized] = (p.uses, p.last_used)
        s.exec(delete(StepRow).where(StepRow.routine_id == existing.id))
        s.exec(delete(PhraseRow).where(PhraseRow.routine_id == existing.id))
        row = existing
    else:
        row = RoutineRow(name=name, name_key=name.casefold())
    row.name = name
    row.name_key = name.casefold()
    row.enabled = routine.enabled
    row.source = routine.source
    row.created_at = routine.created_at or created
    if existing is not None:
        touch(row, machine or machine_name())
    else:
        row.version, row.updated_by, row.updated_at = 1, machine or machine_name(), utcnow()
    s.add(row)
    s.flush()
    seen: set[str] = set()
    position = 0
    for phrase in routine.phrases:
        key = phrase_key(phrase.text)
        if not key:
            raise ConflictError(f"Routine {name!r} has an empty phrase.")
        if key in seen:
            continue
        _check_phrase_free(s, key, phrase.text, row.id)
        seen.add(key)
        uses, last_used = merged_usage(phrase, usage.get(key))
        s.add(PhraseRow(routine_id=row.id, position=position, text=phrase.text.strip(),
                        normalized=key, origin=phrase.origin, uses=uses,
                        last_used=last_used))
        position += 1
    for index, step in enumerate(routine.steps):
        s.add(_step_row(row.id or 0, index, step))
    _aware.save_triggers(s, row.id or 0, routine.triggers)


def _step_row(routine_id: int, position: int, step: Step) -> StepRow:
    return StepRow(routine_id=routine_id, position=position, **step_fields(step))


def evidence_record(row: AliasEvidenceRow) -> AliasEvidence:
    """The plain record of an evidence row. Public: the readers of :mod:`evidence` return
    the same records."""
    return record_from_row(AliasEvidence, row)
