"""Hunches in the dialogue: the question, and yes / no / "don't ask about this again" /
"why?" / "do that automatically" as answers.

The offer comes from ``HomeWatch`` (a background check); the answer is the next
turn. "yes" fixes the device (cause "hunch", undoable with "undo"); "no" and
"don't ask" are remembered by ``HunchWatcher``; "do that automatically" fixes it
and opts that device in, so next time it is done and announced.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

from ..domain import SetStep, describe_state, names_singular, spoken_list
from ..home.executor import Executor, RunResult
from ..home.hunch_watcher import HunchWatcher, Offer
from ..home.hunches import Hunch
from ..store import change_cause
from .turns import TurnReplies

__all__ = ["HunchTalk", "hunch_report"]

ANSWER_WINDOW_SECONDS = 600.0
_NEVER = re.compile(r"^(?:no,?\s+)?(?:don'?t|do not|never)\s+ask(?:\s+(?:me\s+)?about\s+"
                    r"(?:this|that|it))?(?:\s+again)?$")
_AUTO = re.compile(r"^(?:yes,?\s+)?(?:(?:do|just do)\s+(?:that|it|this)\s+"
                   r"automatically|always(?:\s+do\s+(?:that|it))?|from now on(?: do it)?)$")
_WHY = re.compile(r"^(?:why|why\??|why do you ask|why is that|why not)$")
_YES = {"yes", "yeah", "yep", "sure", "ok", "okay", "please", "yes please", "do it",
        "turn it off", "lock it", "close it"}
_NO = {"no", "nope", "no thanks", "leave it", "not now", "no thank you"}


def hunch_report(watcher: HunchWatcher, hunches: list[Hunch]) -> list[str]:
    """What to say when nothing in ``hunches`` can be offered: too little history to
    know what is usual, or everything as usual (``teachapp hunches`` and "is anything
    unusual?" say the same)."""
    days, need = watcher.days_of_history, watcher.settings.min_days
    if days < need:
        return [f"No hunches yet: they start after {need} days of device history, "
                f"and there {_days_so_far(days)} so far."]
    if not hunches:
        left = watcher.left_as_asked()
        if left:  # (it said "everything is as usual" with the lamp on that it asked about)
            names = [d.name for d in left]
            one = len(names) == 1
            them = "it as it is" if names_singular(names) else "them as they are"
            undone = all(watcher.undone_lately(d.id) for d in left)
            how = (f"you put {them.split()[0]} back when I changed "
                   f"{'it' if names_singular(names) else 'them'}, so I'll leave {them}"
                   if undone else f"you asked me to leave {them}")
            return [f"No hunches: the only {'thing' if one else 'things'} unusual for this "
                    f"time of the week {'is' if one else 'are'} {spoken_list(names)}, and "
                    f"{how}."]
        return ["No hunches: everything is as usual for this time of the week."]
    return []


def _days_so_far(days: float) -> str:
    """"is less than a day", "is 1 day", "are 3 days": "(there are 0.0)" was the
    figure a person had to read before."""
    whole = int(days)
    if whole < 1:
        return "is less than a day"
    return "is 1 day" if whole == 1 else f"are {whole} days"


class HunchTalk:
    """The open hunch question, if any, and the answers to it."""

    def __init__(self, watcher: HunchWatcher, executor: Executor,
                 run: Callable[[list[SetStep], str], RunResult] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.watcher = watcher
        self.executor = executor
        self._run = run
        self._clock = clock
        self._lock = threading.Lock()
        self._open: tuple[Offer, float] | None = None
        self._fixed: tuple[int, Hunch] | None = None
        """The run that made the last fix, and its hunch (``undone``)."""

    def offer(self, offer: Offer) -> str:
        """Open the question (the newest offer replaces an unanswered one)."""
        with self._lock:
            self._open = (offer, self._clock())
        return offer.hunch.message

    @property
    def open_offer(self) -> Offer | None:
        with self._lock:
            if self._open is None or self._clock() - self._open[1] > ANSWER_WINDOW_SECONDS:
                return None
            return self._open[0]

    def _fix(self, offer: Offer) -> RunResult:
        step = SetStep(offer.hunch.device_id, dict(offer.hunch.fix))
        with change_cause("hunch", offer.hunch.key):
            if self._run is not None:
                result = self._run([step], f"(hunch {offer.hunch.key})")
            else:
                result = self.executor.run([step], utterance=f"(hunch {offer.hunch.key})")
        if result.run_id is not None:
            self._fixed = (result.run_id, offer.hunch)
        return result

    def undone(self, run_id: int) -> None:
        """The person undid the fix: their answer is "no" after all, so the same night
        does not bring the question back (it was asked again once the lamp, back on,
        had been on half an hour)."""
        fixed, self._fixed = self._fixed, None
        if fixed is not None and fixed[0] == run_id:
            self.watcher.record(fixed[1], "no")

    def turn(self, replies: TurnReplies, text: str) -> bool:
        """Answer the open question; False when none is open or ``text`` is no answer."""
        offer = self.open_offer
        if offer is None:
            return False
        norm = " ".join(text.lower().strip().rstrip("?.!").replace(",", "").split())
        hunch = offer.hunch
        name = hunch.device_name
        if _WHY.match(norm) or norm == "why":
            replies.info(hunch.why)
            return True
        if _NEVER.match(norm):
            self.watcher.record(hunch, "never")
            self._close()
            replies.info(f"All right, I won't ask about the {name.lower()} again.")
            return True
        if _AUTO.match(norm):
            self.watcher.record(hunch, "auto")
            result = self._fix(offer)
            self._close()
            replies.info(self._done(result, hunch) + " From now on I'll do that by myself "
                         f"and tell you; say \"undo\" to put {_it(name)} back.")
            return True
        if norm in _YES:
            self.watcher.record(hunch, "yes")
            result = self._fix(offer)
            self._close()
            replies.info(self._done(result, hunch) + f" Say \"undo\" to put {_it(name)} back.")
            return True
        if norm in _NO:
            self.watcher.record(hunch, "no")
            self._close()
            are = "as it is" if names_singular([name]) else "as they are"
            replies.info(f"OK, I'll leave the {name.lower()} {are}.")
            return True
        return False

    def _done(self, result: RunResult, hunch: Hunch) -> str:
        """"Done: Kitchen lights off.": what the fix changed, not the whole state (it
        was "Done: Kitchen lights off, brightness 100 %, colour temp 3000 K.")."""
        name = hunch.device_name
        if result.ok and result.devices:
            device = result.devices[0]
            changed = {k: device.state.get(k) for k in hunch.fix}
            return f"Done: {name} {describe_state(device.kind, changed)}."
        if result.ok:
            return f"The {name.lower()} was already changed."
        return f"I could not change the {name.lower()}: {result.failures[0].message}"

    def _close(self) -> None:
        with self._lock:
            self._open = None


def _it(name: str) -> str:
    """"it", or "them" for a name in the plural ("Kitchen lights")."""
    return "it" if names_singular([name]) else "them"
