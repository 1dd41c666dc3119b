"""The teaching session's state, shared by the parts of the dialogue (``teacher``):
what was last taught ("undo", "it"), the questions asked, and the words every prompt
uses (the examples, the help of each stage, what it does so far)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import names_singular, spoken_list
from ..home.backend import DeviceBackend
from ..store import Store
from . import intents as dialogue
from .teaching import TeachingSession, command_examples, summarise_steps
from .turns import TurnReplies

__all__ = ["EXAMPLES", "HELP", "LastCommand", "TeacherState", "pause_or_reply", "steps_so_far"]


EXAMPLES = "{examples}"
"""What a routine may do, as examples: filled by ``TeacherState._examples`` with commands
for this home's own devices, then "wait 5 seconds" or "then say good night"."""
HELP = {
    "phrase": "Say the words you want to use for the new routine, e.g. \"reading mode\"; "
              "or say \"cancel\".",
    "actions": "Tell me what \"{phrase}\" should do, " + EXAMPLES + "{use_now}. Say "
               "\"done\" when that's all, or \"cancel\".",
    "confirm": "Say \"yes\" to save \"{phrase}\", \"no\" to change it, or \"cancel\".",
}

if TYPE_CHECKING:
    from ..understanding.resolver import Resolver


@dataclass(frozen=True)
class LastCommand:
    """The last command taught, as "undo" and "it" read it: the devices it set, and
    what those it changed rather than added were set to before it."""

    devices: list[str] = field(default_factory=list)
    """The devices it set, in order: what "it" names ("turn it off")."""
    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The targets its devices had before it, for those it changed rather than added:
    "undo" puts these back instead of dropping the device ("tv on", then "turn
    everything off", then "undo" keeps the TV on)."""
    taken_out: TeachingSession | None = None
    """The session before steps were taken out ("not the blinds"): "undo" puts them
    back where they were (it took back the command before instead)."""


class TeacherState:
    """Holds the teaching session; the parts of the dialogue move it on."""

    def __init__(self, store: Store, backend: DeviceBackend,
                 resolver: Callable[[], Resolver], parser: Callable[..., Any], *,
                 sure_command: float = 0.7,
                 aside: Callable[[TurnReplies, str], bool] | None = None,
                 answer: Callable[[TurnReplies, str], bool] | None = None,
                 request: Callable[[TurnReplies, str, str], bool] | None = None) -> None:
        self._store = store
        self._aside = aside
        """Answers a question asked in passing ("what time is it?") and says True; the
        agent's answer, so it is the one every front end gives outside teaching."""
        self._answer = answer
        """As ``aside``, only when an answer is known (never "I can't answer ..."): what
        a question said for the phrase is asked ("what does bedtime do?")."""
        self._request = request
        """Does a request of its own said at the stage given ("set a timer for 5
        minutes"; a taught phrase at "Shall I save it?") and says True; False, doing
        nothing, when the words are none (``teaching_requests``)."""
        self._sure_command = sure_command
        """Below this confidence a device command is a guess: read back, not taken."""
        self._backend = backend
        self._resolver = resolver
        self._parser = parser
        self.session: TeachingSession | None = None
        self._last = LastCommand()
        """The last command taught (its devices, and their targets before it)."""
        self._last_said: str | None = None
        """The words of the last device command taught ("and the fan" borrows its action)."""
        self._heard_just_now: str | None = None
        """The phrase as heard by voice on the previous turn: "no", a typed phrase or
        a new recording on the next turn replaces it."""
        self._missed = 0
        """Turns in a row not understood as something to do: the second one says how to
        leave instead of listing the devices again."""
        self._unsure: tuple[str, Any] | None = None
        """The words and the guess of a device command asked about ("which one?"): the
        next turn may answer it ("the first one", "the lamp", "yes")."""

    def snapshot(self) -> TeachingSession | None:
        return self.session.snapshot() if self.session is not None else None

    def _require(self) -> TeachingSession:
        if self.session is None:
            self.session = TeachingSession()
        return self.session

    def _examples(self) -> dict[str, str]:
        """``EXAMPLES`` and HELP's ``{use_now}`` for this home: its own devices only (a
        home with none was told "desk lamp to 80 percent", "use how the desk lamp is
        now")."""
        devices = self._backend.devices()
        said = [*command_examples(devices), "wait 5 seconds", "then say good night"]
        return {"examples": "e.g. " + spoken_list([f'"{x}"' for x in said], "or"),
                "use_now": f', or "use how the {devices[0].name.lower()} '
                f'{"is" if names_singular([devices[0].name]) else "are"} now"'
                if devices else ""}  # ("use how the blinds is now" was said)

    def _device_names(self, limit: int = 12) -> str:
        names = [d.name for d in self._backend.devices()]
        return spoken_list(names, most=limit)


def pause_or_reply(part: str) -> bool:
    """Whether ``part`` of a sentence is a pause ("wait 10 minutes") or a reply ("say
    good night"): steps the device parser does not read."""
    return dialogue.parse_wait(part) is not None or bool(dialogue.parse_say(part))


def steps_so_far(session: TeachingSession) -> str:
    """What the routine being taught does so far, as a clause: "so far it will set Desk
    lamp on at 80 %", "it doesn't do anything yet" (one wording for every reminder)."""
    return (f"so far it will {summarise_steps(session)}" if session.has_actions()
            else "it doesn't do anything yet")
