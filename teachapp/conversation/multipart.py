"""Several things in one sentence ("reading mode and close the blinds"), and "it" /
"them" for the devices last acted on ("turn it down a bit").

Each part is decided on its own by the engine's one rule (``decide``). Only when
every part is sure does anything run, and then all parts run as one run, so one
"undo" restores everything. When a part is unsure the app asks about that part and
nothing runs; a part not understood at all is offered for teaching; a routine said not
to run ("movie mode, not reading mode") is left out.

A sentence is not split, whatever its commas, when the resolver's reading covers all of
it (``handle`` decides it here, for every front end): a taught phrase said exactly with
calls around it, a run taken back for what is said beside it, a frame (hypothetical,
someone else's words, a condition), or a cue read of the phrase whose clause is a part
that asks for nothing of its own ("reading moed, but why?"). Two requests ("reading mode
and turn off the kitchen light") still split.

Here the sentence is read into parts (``read``); a part is a ``sentence_part.Part``,
whether the sentence is one or several is ``whole_or_parts``, each part is decided on its
own by ``part_reading``, and acting on the parts (asking, answering, running) is
``parts_acting``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import Device
from ..errors import TeachappError
from ..store import aware
from ..understanding.parts import has_join, split_parts, split_reason
from ..understanding.rephrase import request_kind
from .beside import REPAIR, after_steps, with_reasons
from .events import Event, RunFinished
from .models import Action
from .part_reading import PRONOUN
from .parts_acting import PartsActing
from .reasons import JOINED, may_have_parts, reason_unmarked, reasons_before
from .sentence_part import Part
from .turns import TurnReplies
from .whole_or_parts import WholeOrParts

if TYPE_CHECKING:
    from .agent import Assistant

__all__ = ["MultiTurns", "Part", "may_have_parts"]

_RECALL_SECONDS = 30 * 60
"""How recent this computer's newest run must be for "it" to mean its devices after a
restart: a one-shot ``teachapp run "turn it down"`` follows the run before it, while
yesterday's lamp is no longer what a person means by "it"."""


class MultiTurns(WholeOrParts, PartsActing):
    """Splits, decides part by part, asks or runs everything as one run."""
    def __init__(self, assistant: Assistant) -> None:
        self.a = assistant
        self._last_devices: list[str] | None = None
        self._passing: dict[str, str | None] = {}
        """The answers of the parts asked in passing, by their words, for one ``read``:
        whether a part asks of its own and what it is answered are one answer."""
        self._devices_now: list[Device] | None = None
        """The devices as they are, read once while ``read`` reads a sentence."""
        self._owners: dict[str, str | None] = {}
        """Which routine owns each part's words as a phrase, for one ``read`` (the store
        was asked up to three times a part)."""
        assistant.subscribe(self._observe)

    @property
    def last_devices(self) -> list[str]:
        """Ids of the devices the last run (or undo) acted on: what "it" means. Until
        this session runs something, the newest recorded run's, when recent."""
        if self._last_devices is None:
            self._last_devices = self._recalled()
        return self._last_devices

    @last_devices.setter
    def last_devices(self, ids: list[str]) -> None:
        self._last_devices = ids

    def _recalled(self) -> list[str]:
        run = self.a.store.last_run(include_undone=True)
        if run is None:
            return []
        at = aware(run.at)
        if self.a._wall_clock() - at.timestamp() > _RECALL_SECONDS:
            return []
        changed = [d for d, after in run.after.items() if after != run.before.get(d)]
        return changed or list(run.after)

    def _is_request(self, words: str) -> bool:
        """Whether ``words`` alone are a taught phrase or a device command."""
        if self._owner(words) is not None:
            return True
        command = self._parsed_quietly(words)
        return command is not None and bool(command.steps)

    def _asks_doing(self, words: str) -> bool:
        """Whether ``words`` ask for something done: a request alone, or a command of
        devices said before ("turn it down")."""
        return self._is_request(words) or request_kind(words) == "command"

    def _parsed_quietly(self, words: str) -> Any:
        """The device command ``words`` are alone, or None (a value out of range too)."""
        try:
            return self._parser().parse(words)
        except TeachappError:
            return None

    def _observe(self, event: Event) -> None:
        if isinstance(event, RunFinished) and event.result.devices:
            self.last_devices = [d.id for d in event.result.devices]

    def handle(self, replies: TurnReplies, text: str, source: str,
               confidence: float | None) -> bool:
        """Take the turn when it has several parts or a pronoun; False otherwise
        (then the turn is decided as one, as before)."""
        parts = self.read(text)
        if parts is None:
            return False
        self._go(replies, text, parts, source, confidence)
        return True

    def read(self, text: str) -> list[Part] | None:
        """The parts ``text`` is decided as, without doing anything; None when the turn
        is decided as one (``handle`` acts on this reading; ``resolve --json`` reports
        it, so the two never differ). The devices are read once for it, and each part's
        words looked up as a phrase once (``_owner``, ``_parser``)."""
        self._passing, self._owners = {}, {}
        self._devices_now = self.a.backend.devices()
        try:
            return self._read(text)
        finally:
            self._devices_now = None

    def _read(self, text: str) -> list[Part] | None:
        joined = has_join(text) or split_reason(text)[1] is not None
        if not joined and self._owner(text) is None:
            marked = reason_unmarked(text, self._parser(), self._is_request)
            if marked is not None:  # ("turn off the fan i cant hear the tv")
                text, joined = marked, True
        pronoun = bool(self.last_devices) and bool(PRONOUN.search(text))
        if not (joined or pronoun) or self._owner(text) is not None:
            return None
        turn = replace(self.a._input, text=text)
        whole = self.a._choose(text, turn, self._parser())  # (read as one: once a turn)
        texts = self._with_tags_joined(with_reasons(split_parts(text))) if joined else [text]
        texts = [said if self._owner(said) else each for said, each in zip(
            texts, self._parser().change_said_once(texts), strict=True)]
        if joined and self._framed(whole) and not self._asks_apart(texts):
            return None  # the whole is one, whatever its parts are
        if joined and whole.action == Action.REJECT and self._one_question(text, texts):
            return None  # "are the desk lamp and the front door on?" asks once
        if joined and self._one_phrase(whole) and not self._asks_more(texts, turn):
            return None
        if len(texts) < 2:
            if not pronoun:
                return None
            texts = [text]
        if len(texts) == 1:
            if whole.action in (Action.RUN_ROUTINE, Action.RUN_COMMAND):
                return None
        read_whole = whole.action == Action.RUN_COMMAND and not self._names_lacked(texts)
        parts: list[Part] = []
        context, said_here = self.last_devices, False
        planned = now = self._devices_now or self.a.backend.devices()
        instead_of: Part | None = None
        reasons = reasons_before(texts, self._parser(), self._asks_doing) if joined else set()
        for at, piece in enumerate(texts):
            if at in reasons:  # ("i can't hear the tv, turn off the fan": why, said first)
                parts.append(Part(piece, "remark"))
                named = self._parsed_quietly(piece)
                if named is not None and named.devices:  # ("the tv is too loud, turn it down")
                    context, said_here = [d.id for d in named.devices], True
                continue
            repair = REPAIR.match(piece)
            if repair is not None and instead_of is not None and (
                    repair.group("rest") or at + 1 < len(texts)):
                # "..., wait, no, actually turn it off": one repair, said in several breaths
                piece = repair.group("rest")
                if not piece:
                    continue
            elif repair is not None and parts and parts[-1].state in ("sure", "unsure",
                                                                    "unknown") and (
                    repair.group("rest") or at + 1 < len(texts)):
                # "set the lamp to 50 percent, no, 60 percent": the part said before the
                # "no" is taken back; what follows stands in for it
                instead_of = parts.pop()
                planned = after_steps(now,
                                 [step for p in parts for step in p.steps])
                piece = repair.group("rest")
                if not piece:
                    continue
            part = self._in_turn(piece, parts, turn, context, said_here, planned,
                                 read_whole, instead_of)
            instead_of = None
            parts.append(part)
            ids = [s.device for s in part.steps if hasattr(s, "device")]
            if part.state == "question":  # "is the tv on? if so turn it off": "it" is the tv
                ids = [d.id for d in self._parser().asked_about(
                    JOINED.sub("", part.text))]
            context, said_here = (ids, True) if ids else (context, said_here)
            planned = after_steps(planned, part.steps)
        if len(parts) > 1 and (self._cue_of_the_whole(whole, parts)
                               or not self._declined_apart(parts)):
            return None
        if not any(p.state not in ("unknown", "remark") for p in parts) \
                and not self._mixed(whole, parts):
            return None
        if len(parts) > 1 and all(p.state == "sure" or self._only_devices(p.text)
                                  for p in parts) \
                and not all(p.state == "sure" for p in parts) and read_whole:
            return None  # "turn on the lamp and the fan": the parser reads it whole
        return parts
