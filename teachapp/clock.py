"""The wall clock every part of teachapp reads, so a day of use can be tried by hand.

``TEACHAPP_NOW`` (an *extension*, for trying schedules, hunches and the day's recap
over days of use: ``TEACHAPP_NOW=2026-12-07T07:00 teachapp chat``) sets where the clock
starts: an ISO-8601 time, with an offset or in the computer's own zone. From there it
runs on at the real pace, so waits and timers still go by; unset, it is the real time.
Tests that drive the engine in one process give the Assistant, Store and watchers a
clock of their own instead.
"""

from __future__ import annotations

import os
import time
from datetime import datetime

from .errors import ConfigError

__all__ = ["ENV", "local_now", "wall_now", "wall_time"]

ENV = "TEACHAPP_NOW"
_cache: tuple[str, float] | None = None


def _offset() -> float:
    """Seconds to add to the real time (0 when ``TEACHAPP_NOW`` is unset)."""
    global _cache
    said = os.environ.get(ENV, "").strip()
    if not said:
        return 0.0
    if _cache is not None and _cache[0] == said:
        return _cache[1]
    try:
        start = datetime.fromisoformat(said.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"{ENV}={said!r} is not a time; write it as ISO-8601, e.g. "
                         f"{ENV}=2026-12-07T07:00 or 2026-12-07T07:00+01:00, or unset it "
                         "for the real time.") from None
    if start.tzinfo is None:
        start = start.astimezone()  # (the computer's own zone, as a person means it)
    _cache = (said, start.timestamp() - time.time())
    return _cache[1]


def wall_time() -> float:
    """Now, in Unix seconds: the real time, or the one ``TEACHAPP_NOW`` started."""
    return time.time() + _offset()


def wall_now() -> datetime:
    """Now as an aware datetime in UTC (``wall_time``)."""
    from datetime import UTC

    return datetime.fromtimestamp(wall_time(), UTC)


def local_now() -> datetime:
    """Now in the computer's own zone (``wall_time``): what the window reads "today" and
    a time typed in its schedule editor by, so with ``TEACHAPP_NOW`` set it agrees with
    chat (History and the editor read the real clock: "tomorrow at 8" typed there was
    the real tomorrow, already past on the clock chat kept)."""
    return datetime.fromtimestamp(wall_time()).astimezone()
