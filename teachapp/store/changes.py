"""The change feed: what another process (another computer) changed, without a restart.

Every write notes its topics (``routines``, ``devices``, ``history``, ``learning``,
``usage``) on the session; at commit the topics' counters in ``change_counter`` are
raised in the same transaction, so a counter never runs ahead of the data. A feed
compares the counters with what it saw last:

- PostgreSQL: the writer also sends ``NOTIFY teachapp_changes``, delivered at commit;
  the feed LISTENs on its own connection and reads the counters when woken (and every
  few seconds, which also notices a lost server and catches up after reconnecting).
- SQLite: the feed polls the counters (one tiny indexed read, ~4 times a second).

A ``Watcher`` runs a feed in a daemon thread and calls back with a ``Change``; the
window turns that into a refresh on its own thread. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlmodel import Session, select

from ..errors import DatabaseError, TeachappError
from .tables import ChangeCounterRow

if TYPE_CHECKING:
    from .store import Store

__all__ = ["CHANNEL", "TOPICS", "Change", "ChangeFeed", "Watcher", "flush_changes",
           "note_change", "read_counters"]

log = logging.getLogger(__name__)

CHANNEL = "teachapp_changes"
TOPICS = ("routines", "devices", "history", "learning", "usage")
_KEY = "teachapp_changed_topics"
POLL_SECONDS = 0.25
"""SQLite poll interval: a change is seen within about this long."""
SERVER_RECHECK_SECONDS = 2.0
"""PostgreSQL: counters are read at least this often even without a NOTIFY."""


def note_change(session: Session, *topics: str) -> None:
    """Mark topics changed by this transaction (written at commit)."""
    session.info.setdefault(_KEY, set()).update(topics)


def flush_changes(session: Session) -> frozenset[str]:
    """Raise the noted counters (and NOTIFY on PostgreSQL); call just before commit.
    Returns the topics raised (the store counts them as its own once committed)."""
    topics = session.info.pop(_KEY, None)
    if not topics:
        return frozenset()
    for topic in sorted(topics):
        result = session.exec(update(ChangeCounterRow)  # type: ignore[call-overload]
                              .where(ChangeCounterRow.topic == topic)
                              .values(counter=ChangeCounterRow.counter + 1))
        if result.rowcount == 0:
            session.add(ChangeCounterRow(topic=topic, counter=1))
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        session.exec(text("SELECT pg_notify(:channel, :payload)"),  # type: ignore[call-overload]
                     params={"channel": CHANNEL, "payload": ",".join(sorted(topics))})
    return frozenset(topics)


def read_counters(session: Session) -> dict[str, int]:
    rows = session.exec(select(ChangeCounterRow.topic, ChangeCounterRow.counter)).all()
    return {topic: int(counter) for topic, counter in rows}


@dataclass(frozen=True)
class Change:
    """What a feed saw: changed topics, and whether the database can be reached."""

    topics: frozenset[str] = field(default_factory=frozenset)
    others: frozenset[str] = field(default_factory=frozenset)
    """Of ``topics``, those another process (or another ``Store``) changed: a window
    need not read again what its own engine wrote and reported already."""
    reachable: bool = True
    problem: str | None = None
    """The one-line error while the database cannot be reached."""


class ChangeFeed:
    """Changes made by anyone (this process included) since the feed last looked."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._seen: dict[str, int] | None = None
        self._seen_others: dict[str, int] = {}
        self._listener: Any = None  # psycopg connection LISTENing (PostgreSQL)
        self._server = store.engine.dialect.name == "postgresql"
        self.reachable = True
        self.problem: str | None = None
        try:
            self._seen, self._seen_others = store.counters_with_others()
        except DatabaseError as exc:
            self._unreachable(exc)

    def poll(self) -> Change:
        """Compare the counters now; never blocks on a database lock."""
        try:
            now, others = self.store.counters_with_others()
        except DatabaseError as exc:
            self._unreachable(exc)
            return Change(reachable=False, problem=self.problem)
        self.reachable, self.problem = True, None
        before, self._seen = self._seen, now
        before_others, self._seen_others = self._seen_others, others
        if before is None:  # first read after an outage at start: refresh everything
            return Change(topics=frozenset(TOPICS), others=frozenset(TOPICS))
        changed = {t for t, n in now.items() if before.get(t) != n}
        by_others = {t for t in changed if before_others.get(t) != others.get(t)}
        return Change(topics=frozenset(changed), others=frozenset(by_others))

    def wait(self, timeout: float) -> Change:
        """Block up to ``timeout`` seconds for a change (or a change in reachability)."""
        deadline = time.monotonic() + timeout
        was_reachable = self.reachable
        while True:
            remaining = deadline - time.monotonic()
            if self._server:
                self._wait_for_notify(min(max(remaining, 0.0), SERVER_RECHECK_SECONDS))
            elif remaining > 0:
                time.sleep(min(POLL_SECONDS, remaining))
            change = self.poll()
            if change.topics or change.reachable != was_reachable:
                return change
            if time.monotonic() >= deadline:
                return change

    @property
    def listening(self) -> bool:
        """PostgreSQL: whether the feed is LISTENing (woken at once, not by polling)."""
        return self._listener is not None

    def close(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                pass
            self._listener = None

    # ----------------------------------------------------------- PostgreSQL

    def _wait_for_notify(self, timeout: float) -> None:
        listener = self._listen()
        if listener is None:
            time.sleep(min(timeout, 1.0))  # server away: try again shortly
            return
        try:
            for _ in listener.notifies(timeout=timeout, stop_after=1):
                break
        except Exception as exc:  # the server went away: the next poll says so
            log.info("change feed lost its connection: %s", type(exc).__name__)
            self.close()

    def _listen(self) -> Any:
        if self._listener is not None:
            return self._listener
        try:
            raw = self.store.engine.raw_connection()
            connection: Any = raw.driver_connection
            raw.detach()  # ours alone, never back in the pool
            connection.rollback()  # the pool's ping may have opened a transaction
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._listener = connection
        except Exception as exc:
            log.info("change feed cannot listen yet: %s: %s", type(exc).__name__, exc)
            return None
        return self._listener

    def _unreachable(self, exc: DatabaseError) -> None:
        self.reachable, self.problem = False, str(exc)
        self.close()


class Watcher:
    """Runs a ``ChangeFeed`` in a daemon thread; ``callback`` gets each ``Change``.

    The callback runs on the watcher's thread: a window must hand it to its own.
    """

    def __init__(self, store: Store, callback: Callable[[Change], None]) -> None:
        self._callback = callback
        self._stop = threading.Event()
        self._feed = ChangeFeed(store)
        self._thread = threading.Thread(target=self._run, name="teachapp-changes",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        reachable = True
        while not self._stop.is_set():
            change = self._feed.wait(0.5)
            if self._stop.is_set():
                break
            if change.topics or change.reachable != reachable:
                reachable = change.reachable
                try:
                    self._callback(change)
                except TeachappError as exc:
                    log.warning("change callback failed: %s", exc)
                except Exception:
                    log.exception("change callback failed")
        self._feed.close()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the thread to end; wait up to ``timeout`` seconds (0: do not wait)."""
        self._stop.set()
        self._thread.join(timeout)
