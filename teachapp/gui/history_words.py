"""The history's words for a logged turn: what the assistant did with it and how it
ended, as a person says it ("ran", "asked which", "not understood"), not the log's own
values ("run", "clarify", "reject", "awareness") that ``teachapp history --json`` and the
resolver keep. Pure (no Qt): the window's lists and their tests read the same table."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..clock import local_now
from ..conversation.models import Outcome
from ..domain import PhraseOrigin

__all__ = ["ORIGIN_TIP", "day_words", "did_words", "ended_words", "learned_words",
           "origin_words"]

_UNDERSTOOD_REJECTS = frozenset({Outcome.ANSWERED, Outcome.NOT_RUN, Outcome.NOT_A_REQUEST,
                                 Outcome.OFFERED_UNDO, Outcome.NOTHING_TO_CANCEL})
"""A turn the resolver turned down as no routine's phrase that was understood all the same
(a question answered, "don't start movie night"): not "not understood"."""

_DID = {"run": "ran", "clarify": "asked which", "command": "set devices",
        "dialogue": "replied", "teach": "teaching"}

_ENDED = {
    "ok": "done", "running": "running", "failed": "failed", "cancelled": "stopped",
    Outcome.WAITING: "waiting in a pause", Outcome.STOPPED: "rest stopped",
    Outcome.ASKED: "asked which", Outcome.NOT_KNOWN: "unknown phrase",
    Outcome.NOTHING_HEARD: "heard nothing", Outcome.CHOSEN: "chosen",
    Outcome.ASSIGNED: "given to the routine", Outcome.ANSWERED: "answered",
    Outcome.NOT_RUN: "not run", Outcome.NOT_A_REQUEST: "only talk",
    Outcome.OFFERED_UNDO: "offered to undo", Outcome.NOTHING_TO_CANCEL: "nothing to cancel",
    Outcome.ASKED_AGAIN: "asked again", "explain": "explained", "awareness": "done",
    "teach": "teaching started", "taught": "taught", "undo": "undone", "redo": "done again",
    "confirmed": "yes", "declined": "no", "no": "no", "picked": "chosen", "help": "help shown",
    "cancel": "cancelled", "thanks": "thanked", "repeat": "said again",
    "not saved": "not saved", "invalid": "not understood", "unsure": "asked again",
    "not understood": "not understood", "left out": "left out", "forgotten": "forgotten",
    "kept": "kept", "scheduled": "scheduled", "declined to run": "not run",
    # the conversation's own outcomes, as explain.py says them (were shown as logged)
    "phrase added": "phrase added", "phrase removed": "phrase taken off",
    "forget alias": "learned phrase forgotten", "renamed": "renamed",
    "rename asked": "asked for the new name", "name taken": "name taken, asked",
    "forget asked": "asked before forgetting", "switched": "switched on or off",
    "switch kept": "already so", "which routine": "asked which routine",
    "edit asked": "asked before changing", "nothing asked": "nothing to answer",
    "greeting": "greeted", "small talk": "answered",
}


def did_words(decision: str, outcome: str) -> str:
    """What the assistant did with a turn: "ran", "asked which", "not understood",
    "answered" (a question turned down as a routine's phrase yet answered)."""
    if decision == "reject":
        if outcome in (Outcome.NOTHING_HEARD, Outcome.ANSWERED):
            return _ENDED[outcome]
        return "understood" if outcome in _UNDERSTOOD_REJECTS else "not understood"
    return _DID.get(decision, decision)


def ended_words(outcome: str) -> str:
    """How a turn ended: "done", "step 2 failed", "unknown phrase"; an outcome this
    table does not know is shown as logged."""
    if outcome.startswith("failed: step "):
        steps = outcome.removeprefix("failed: ")
        return f"{steps} failed" if "," not in steps else f"steps {steps[5:]} failed"
    return _ENDED.get(outcome, outcome)


def origin_words(origin: str) -> str:
    """Where a routine's phrase came from, as the history's and editor's lists say it."""
    return {PhraseOrigin.LEARNED: "learned from a rephrase",
            PhraseOrigin.ALIAS: "added by hand", "assigned": "assigned in history",
            PhraseOrigin.TAUGHT: "taught"}.get(str(origin), str(origin))


ORIGIN_TIP = ("The routine also answers to this phrase: learned from a rephrase, or "
              "added by hand (here, in a routine file or by saying “also call it …”).")
"""The tooltip of a phrase's origin in the editor (it said "learned: from a rephrase;
alias: added by hand")."""


_HOW = {"chosen in \"did you mean\"": "you chose it when I asked “did you mean …?”",
        "confirmed": "you said yes when I asked if you meant it",
        "put back by undo": "put back by undo",
        "assigned in the history": "added by hand", "added by hand": "added by hand"}


def day_words(day: date, today: date) -> str:
    """ "today", "yesterday", "on 3 December", "on 28 November 2025" (another year)."""
    if day == today:
        return "today"
    if (today - day).days == 1:
        return "yesterday"
    return f"on {day.day} {day:%B}" + (f" {day.year}" if day.year != today.year else "")


def learned_words(how: str, reason: str, learned_at: datetime | None,
                  today: date | None = None) -> tuple[str, str]:
    """Where a learned phrase came from, as a person reads it, and the longer why for
    its tooltip: ("learned today: you chose it when I asked “did you mean …?”", "It
    sounds like “reading mode”."), in lower case as the column's "added by hand". The
    list showed the engine's "learned 2026-12-05: chosen in "did you mean""."""
    heard = re.fullmatch(r"heard (\d+) times", how or "")
    said = _HOW.get(how or "") or (f"you said it {heard.group(1)} times, each time just "
                                   "before its own phrase" if heard else how or "from a rephrase")
    if said == "added by hand":
        return "added by hand", ""
    when = f" {day_words(learned_at.date(), today or local_now().date())}" if learned_at else ""
    why = reason if reason and reason != how else ""
    return f"learned{when}: {said}", (why[:1].upper() + why[1:] + "." if why else "")
