"""``teachapp hunches`` and ``teachapp service``: hunches and schedules without a window."""

from __future__ import annotations

import argparse
import signal
import threading
from typing import TYPE_CHECKING, Any

from .support import emit_json, say_line, tell_created

if TYPE_CHECKING:
    from ..conversation.awareness import HomeWatch

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hunches", help="the current hunches (unusual device states)")
    p.add_argument("--json", action="store_true", help="one JSON object per hunch")
    p.set_defaults(func=cmd_hunches)
    p = sub.add_parser("service", help="run schedules and hunches without a window "
                       "(until stopped with Ctrl-C or SIGTERM)")
    p.set_defaults(func=cmd_service)


def _watch(args: argparse.Namespace, **kwargs: Any) -> HomeWatch:
    from ..conversation import open_store
    from ..conversation.awareness import HomeWatch
    from ..home.factory import make_backend
    from ..settings import Settings

    settings = Settings()
    store = open_store(args, settings=settings)
    tell_created(store)  # (a typo'd --db made a new folder: said, as other commands say it)
    days = settings.get("history", "retention_days")
    if days:
        store.history_retention_days = float(days)
    return HomeWatch(store, make_backend(store, settings), settings, **kwargs)


def cmd_hunches(args: argparse.Namespace) -> int:
    from ..conversation.hunch_talk import hunch_report

    watch = _watch(args)
    try:
        hunches = watch.hunches.current()
        if args.json:
            for hunch in hunches:
                emit_json(hunch.to_json())
            return 0
        for line in hunch_report(watch.hunches, hunches):
            say_line(line)
        for hunch in hunches:
            say_line(hunch.message)
            say_line(f"  why: {hunch.why}")
        return 0
    finally:
        watch.backend.close()
        watch.store.close()


def cmd_service(args: argparse.Namespace) -> int:
    watch = _watch(args, announce=say_line)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    say_line(f"teachapp service: running schedules and hunches for {watch.store.url} "
             f"(time zone {watch.place.zone.key}). Stop with Ctrl-C.")
    try:
        watch.run(stop)
    finally:
        watch.close()  # a scheduled routine's rest that waits stops: none runs after
        watch.backend.close()
        watch.store.close()
    return 0
