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

Here the sentence is read into parts (``read``); a part is a ``sentence_part.Part``, and
acting on the parts (asking, answering, running) is ``parts_acting``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC
from typing import TYPE_CHECKING, Any

from ..domain import Device, SetStep, spoken_list
from ..errors import TeachappError
from ..understanding._cue_scope import BACK, OPERATORS
from ..understanding.normalize import free_mask, is_function_word, tokens
from ..understanding.parts import has_join, split_parts, split_reason
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Decision, Reason
from .beside import (
    BECAUSE,
    CONDITION,
    NEGATED,
    REPAIR,
    after_steps,
    borrowed,
    revalued,
    with_reasons,
)
from .cues import device_question, not_there
from .decision import UNPARSED, lets_people_in
from .device_why import STATE_WORDS
from .events import Event, RunFinished
from .missing_things import lacking_thing, said_missing
from .models import Action, TurnInput
from .parts_acting import PartsActing
from .sentence_part import Part
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, DeviceCommand
    from .agent import Assistant
    from .decision import Choice

__all__ = ["MultiTurns", "Part"]

_PRONOUN = re.compile(r"\b(?:it|them|they)\b", re.IGNORECASE)
_FRAMES = (Reason.HYPOTHETICAL, Reason.REPORTED, Reason.CONDITIONAL)
"""Cue reasons that frame a whole utterance, however many parts its commas make: a request
imagined, someone else's words, a condition for later (the cues the resolver reads of the
whole utterance wherever they are said, ``understanding/_cue_scope.py``)."""
_NO_CUE = (Reason.NO_MATCH, Reason.DIFFERENT_REQUEST)
"""Rejections that say no cue was read of a phrase: no phrase at all, or a phrase's words
among a request of other words. Any other rejection is a cue the resolver read of the
phrase (a question, negation, the past, a cancellation, an opinion ...): its clause may be
another part, and the sentence splits only when every part is a request of its own."""
_ASKING = OPERATORS | {"what", "why", "when", "where", "who", "whom", "whose", "which", "how",
                       "not", "no", "but", "so", "then", "s", "did", "done"}
"""Words that only ask, deny or join: wh-words, operators, negators and conjunctions; a
clause of these alone ("but why", "why not", "did it") says nothing of its own."""
_JOINED = re.compile(r"^\s*(?:and|but|so|or|then)\s+", re.IGNORECASE)
_RECALL_SECONDS = 30 * 60
"""How recent this computer's newest run must be for "it" to mean its devices after a
restart: a one-shot ``teachapp run "turn it down"`` follows the run before it, while
yesterday's lamp is no longer what a person means by "it"."""


def _asks(text: str) -> bool:
    """Whether a part is a question, after the conjunction that joins it ("but is it
    on?"): its "it" is asked about, never a command to run on the devices it means."""
    return request_kind(_JOINED.sub("", text)) == "question"


def _only_free(text: str) -> bool:
    """Whether every word of ``text`` is one the resolver reads as free: a courtesy, a
    call or endearment, a filler or a wake word ("thanks love", "cheers mate")."""
    words = tokens(text)
    return bool(words) and all(free_mask(words))


class MultiTurns(PartsActing):
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
        at = run.at if run.at.tzinfo else run.at.replace(tzinfo=UTC)
        if self.a._wall_clock() - at.timestamp() > _RECALL_SECONDS:
            return []
        changed = [d for d, after in run.after.items() if after != run.before.get(d)]
        return changed or list(run.after)

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

    def _parser(self) -> CommandParser:
        """The parser over the devices as they are now: as read once for the sentence
        while ``read`` reads it."""
        return self.a._command_parser(self._devices_now)

    def _read(self, text: str) -> list[Part] | None:
        joined = has_join(text) or split_reason(text)[1] is not None
        pronoun = bool(self.last_devices) and bool(_PRONOUN.search(text))
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
        parts: list[Part] = []
        context, said_here = self.last_devices, False
        planned = now = self._devices_now or self.a.backend.devices()
        instead_of: Part | None = None
        for at, piece in enumerate(texts):
            repair = REPAIR.match(piece)
            if repair is not None and parts and parts[-1].state in ("sure", "unsure",
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
                                 whole.action == Action.RUN_COMMAND, instead_of)
            instead_of = None
            parts.append(part)
            ids = [s.device for s in part.steps if hasattr(s, "device")]
            if part.state == "question":  # "is the tv on? if so turn it off": "it" is the tv
                ids = [d.id for d in self._parser().asked_about(
                    _JOINED.sub("", part.text))]
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
                and not all(p.state == "sure" for p in parts) \
                and whole.action == Action.RUN_COMMAND:
            return None  # "turn on the lamp and the fan": the parser reads it whole
        return parts

    def _owner(self, words: str) -> str | None:
        """The routine ``words`` are a taught phrase of, asked of the store once a
        ``read``."""
        if words not in self._owners:
            self._owners[words] = self.a.store.phrase_owner(words)
        return self._owners[words]

    # ------------------------------------------------------------ parts

    @staticmethod
    def _one_phrase(whole: Choice) -> bool:
        """A taught phrase said exactly with only calls, politeness and hesitations
        around it ("house, movie night", "um, er, movie night, ta love"): one request,
        whatever its commas."""
        return (whole.action == Action.RUN_ROUTINE
                and whole.resolution.reason == Reason.EXACT)

    def _in_turn(self, piece: str, before: list[Part], turn: TurnInput, context: list[str],
                 said_here: bool, planned: list[Device], read_whole: bool,
                 instead_of: Part | None = None) -> Part:
        """``piece`` decided after the parts ``before`` it: a reason ("because it's
        sunny") or a complaint after a request ("turn off the tv, it's too loud") is a
        remark; a condition on a question before it ("is the tv on? if so turn it off")
        is decided by the answer; names alone ("..., and the fan in the bedroom") borrow
        the action of the command before them, or of the one they stand in for
        (``instead_of``: "turn on the tv, no wait, the fan"), and so does a value alone
        ("set the lamp to 50 percent, no, 60 percent")."""
        parser = self.a._command_parser(planned)
        asked = [p for p in before if p.state in ("sure", "unsure")]
        if BECAUSE.match(piece) or (asked and parser.complains(piece)):
            return Part(piece, "remark")
        condition = CONDITION.match(piece)
        if condition is not None and before and before[-1].state == "question":
            holds = self._holds(before[-1].text, negated=bool(NEGATED.search(
                condition.group("cond"))))
            rest = condition.group("rest")
            if holds is None or not rest:
                return Part(piece, "skipped", f"I couldn't tell whether \"{piece}\" holds, "
                                              "so I left it out.")
            if not holds:
                return Part(piece, "skipped", f"So I left out \"{rest}\".")
            piece = rest
        previous = instead_of or (before[-1] if before else None)
        if instead_of is not None and instead_of.command is not None:
            command = revalued(parser, piece, instead_of)
            if command is not None:  # (as sure as the part it stands in for)
                return Part(piece, instead_of.state, command.text, command=command,
                            steps=list(command.steps), score=instead_of.score)
        if previous is not None and previous.command is not None \
                and (not read_whole or instead_of is not None or previous.state != "sure") \
                and parser.only_names(piece):
            # (read whole, names borrow too when the part before is asked about: "turn
            # on the lamp and the bedroom fan" asks which lamp, and the fan follows)
            command = borrowed(parser, piece, previous)
            if command is not None:
                sure = previous.state == "sure" or (instead_of is None and len(
                    command.devices) == 1  # (the fan of "turn on the lamp and the fan")
                    and not lets_people_in(command))  # (each lock opened is asked about)
                return Part(piece, "sure" if sure else "unsure", command.text,
                            command=command, steps=list(command.steps), score=previous.score)
        parsed = self._parsed(piece, parser)  # (once: ``_part`` decides on it too)
        own = parsed if parsed is not UNPARSED and parsed is not None and parsed.steps \
            else None
        said_of = None if previous is None else self._of_part_before(
            piece, own, previous, parser, planned)
        if isinstance(said_of, Part):
            return said_of
        part = self._part(piece, turn, context, said_here, planned, parser=parser,
                          parsed=parsed)
        if said_of is not None and part.state == "unsure":
            part.note = said_of  # ("TV can't do "warm white"." before asking about it)
        elsewhere = getattr(part.command, "elsewhere", None)
        if elsewhere is not None and part.state == "unsure":
            part.note = not_there(elsewhere)  # ("There's no TV in the Bedroom.")
        if part.state == "unknown":
            return self._lacking(piece, previous, parser) or self._after_lacking(
                piece, previous, turn, context, said_here, planned, parser) or part
        return part

    @staticmethod
    def _lacking(piece: str, previous: Part | None, parser: CommandParser) -> Part | None:
        """A part asking what the home lacks, as a part in state missing saying so
        (``missing_things.lacking_thing``): it gets that answer and the others theirs (it
        was "Nothing was done. ... I don't know ...")."""
        before = previous.text if previous is not None and previous.command is not None \
            else None
        lacked = lacking_thing(piece, before, parser)
        return None if lacked is None else Part(
            piece, "missing", said_missing(lacked, piece).text, missing=lacked)

    def _after_lacking(self, piece: str, previous: Part | None, turn: TurnInput,
                       context: list[str], said_here: bool, planned: list[Device],
                       parser: CommandParser) -> Part | None:
        """"the tv" of "mute the desk lamp and the tv": names alone after a part the home
        could not do borrow its change all the same ("mute the tv"), decided as said so;
        None when ``piece`` says more than names or is still not understood."""
        if previous is None or previous.state != "missing":
            return None
        sentence = parser.said_with(piece, previous.text)
        if sentence is None:
            return None
        part = self._part(sentence, turn, context, said_here, planned, parser=parser)
        if part.state == "unknown":
            return self._lacking(sentence, None, parser)
        return replace(part, text=piece) if part.state in ("sure", "unsure") else None

    def _parsed(self, piece: str, parser: CommandParser) -> Any:
        """``piece`` read alone by the parser (its command or None), once for ``_in_turn``
        and ``_part``; UNPARSED for a taught phrase, a question or "it"/"them" (decided
        by ``_part``) and for a value out of range (``_part`` reads it again and says
        so)."""
        if _PRONOUN.search(piece) or _asks(piece) or self._owner(piece):
            return UNPARSED
        try:
            return parser.parse(piece)
        except TeachappError:
            return UNPARSED

    @staticmethod
    def _of_part_before(piece: str, own: DeviceCommand | None, previous: Part,
                        parser: CommandParser, planned: list[Device]) -> Part | str | None:
        """"living room lamp to 30 percent and warm white", "desk lamp on and 20 percent"
        (``own`` None: a value alone is no command): a part that names no device is said
        of the devices of the part before it, by the parser's one rule
        (``CommandParser.said_of``, as teaching reads it), as sure as that part. None
        when the part names its own devices (or the part before changes none); when it
        fits none of them ("tv on and warm white"), the words saying so: the part is then
        decided alone, so asked about, never guessed."""
        if previous.state not in ("sure", "unsure"):
            return None
        ids = {step.device for step in previous.steps if isinstance(step, SetStep)}
        before = [d for d in planned if d.id in ids]
        if not before:
            return None
        said = parser.said_of(piece, own, before, confidence=previous.score)
        if said is own:
            return None
        if said is None:
            return f"{spoken_list([d.name for d in before])} can't do \"{piece}\"."
        if previous.command is not None:
            meaning = said.text
        elif own is None:  # (after a routine "it" names nothing: "set TV to 20 %")
            meaning = _PRONOUN.sub(spoken_list([d.name for d in said.devices]), said.text, 1)
        else:
            meaning = own.only(said.devices).text
        return Part(piece, previous.state, meaning, command=said, steps=list(said.steps),
                    score=previous.score, pointed=True)  # (after a routine: "it" names it)

    def _holds(self, question: str, *, negated: bool) -> bool | None:
        """Whether the state a yes/no question asks about holds of every device it asks
        about ("is the tv on?"), turned round for "if not"; None when the question says no
        state of ``device_why.STATE_WORDS``."""
        words = tokens(question)
        said = next((STATE_WORDS[w] for w in reversed(words) if w in STATE_WORDS), None)
        found = self._parser().asked_about(_JOINED.sub("", question))
        if said is None or not found:
            return None
        attribute, value = said
        holds = all(d.state.get(attribute) == value for d in found)
        return holds != negated

    def _asks_apart(self, texts: list[str]) -> bool:
        """Whether a part after the first is a question about the home of its own
        ("reading mode and can you check if the tv is on"): its "if" frames that
        question, not the request before it."""
        parser = self._parser()
        return any(self._question(piece, parser) is not None for piece in texts[1:])

    def _one_question(self, text: str, texts: list[str]) -> bool:
        """Whether the sentence is one question about the home's devices, however it
        parts ("are the desk lamp and the front door on?"): no part after the first is a
        condition or a command of its own, even one the home cannot do ("what time is it
        and mute the desk lamp" said "Desk lamp is off.")."""
        parser = self._parser()
        if self._question(text, parser) is None:
            return False
        return not any(CONDITION.match(piece) or parser.parse(piece) is not None
                       or parser.missing(piece) is not None  # ("... and mute the desk lamp")
                       or self._asks_of_its_own(piece) for piece in texts[1:])

    def _asks_of_its_own(self, piece: str) -> bool:
        """Whether a part after the first is a question of its own ("is the tv on and is
        the lamp on", "... and what time is it"), not one whose "it" asks more of the
        thing before ("is the tv on and is it loud")."""
        return (_asks(piece) and not _PRONOUN.search(piece)) or (
            self._in_passing(piece) is not None)

    def _asks_more(self, texts: list[str], turn: TurnInput) -> bool:
        """Whether a part besides the phrase asks for a device change or about the home
        ("reading mode, and make it brighter", "reading mode and is the kitchen light
        on?"): the resolver read the phrase said whole, but the other part is a request
        of its own, not a call or a courtesy around the phrase, so the sentence splits.
        The phrase's own part is left to the resolver."""
        if len(texts) < 2:
            return False
        parser = self._parser()
        context = self.last_devices
        for piece in texts:
            if self._owner(piece) is not None:
                continue
            if self._question(piece, parser) is not None:
                return True
            if _PRONOUN.search(piece) and not _asks(piece) and (
                    not parser.names_things(piece)):
                if context and self._about_context(piece, context, parser) is not None:
                    return True
                continue
            command = parser.parse(piece)
            if command is not None and command.steps and not parser.only_names(piece):
                return True
        return False

    def _question(self, text: str, parser: CommandParser) -> str | None:
        """The answer to a part that asks about the home's devices ("is the kitchen
        light on?", "but is the fan on"); None when it is no such question."""
        if not _asks(text):
            return None
        return device_question(_JOINED.sub("", text), parser)

    def _in_passing(self, text: str) -> str | None:
        """The answer to a part that only asks something else than the devices' states
        ("what time is it", "what's scheduled", "what did you just do"), as the same
        question alone is answered (``TeachingAsides._answered_in_passing``); None when
        none of those answers it. Answered once a reading (``_passing``), though asked
        whether the part asks of its own first."""
        if text not in self._passing:
            said = TurnReplies(lambda _event: None)  # (said with the other parts, in order)
            answered = self.a._answered_in_passing(said, _JOINED.sub("", text))
            self._passing[text] = (" ".join(said.lines) or None) if answered else None
        return self._passing[text]

    @staticmethod
    def _framed(whole: Choice) -> bool:
        """A routine talked about, not asked for, whatever its commas ("hypothetically,
        movie night, lights on"): a request only imagined frames everything said with it,
        and so does a run the resolver took back for what is said beside it ("reading
        mode, so it's already on": the "it" is the routine's, not a request to split off)."""
        resolution = whole.resolution
        return resolution.taken_back or resolution.reason in _FRAMES

    def _cue_of_the_whole(self, whole: Choice, parts: list[Part]) -> bool:
        """The resolver rejected the sentence for a cue it read of the phrase, and some
        part is no request of its own, so that part is the cue's clause and speaks of the
        phrase: "reading moed, but why?", "reading moed, but why did it turn on?" (its "it"
        is the routine's lamp), "reading mode, she said". The sentence is then one,
        answered by the resolver's reason; split, its other parts ran or were offered for
        teaching. "reading mode and turn off the kitchen light" (read as a cancellation
        whole) still splits: each part is a request of its own; and so does a part not
        understood that speaks of something of its own ("reading mode and what's the
        weather", "..., not the tv")."""
        resolution = whole.resolution
        if resolution.decision != Decision.REJECT or resolution.reason in _NO_CUE:
            return False
        return any(part.pointed or (self._not_a_request(part) and not self._own_subject(
            part.text)) for part in parts)

    def _not_a_request(self, part: Part) -> bool:
        """A part not understood, or a question answered as alone that is none about the
        devices ("but why?": alone it explains the turn before; here it is the phrase's)."""
        return part.state == "unknown" or (part.state == "question" and self._question(
            part.text, self._parser()) is None)

    @staticmethod
    def _declined_apart(parts: list[Part]) -> bool:
        """Whether the routines said not to run ("movie mode, not reading mode") stand
        apart from the requests: some part asks for something, and none for a routine
        also said not to run ("reading mode, don't do reading mode" is one whole)."""
        declined = {p.meaning.casefold() for p in parts if p.state == "declined"}
        if not declined:
            return True
        asked = [p for p in parts if p.state in ("sure", "unsure")]
        return bool(asked) and not any((p.routine or "").casefold() in declined
                                       for p in asked)

    def _own_subject(self, text: str) -> bool:
        """Whether a part speaks of something of its own and points back at nothing said
        before it: it names devices or rooms ("not the tv"), or is a question with a word
        of its own ("what's the weather"); not "but why", "why would i want that", "why is
        it on", which only ask, or ask about the phrase."""
        words = tokens(text)
        if any(w in BACK for w in words):
            return False
        if self._parser().names_things(text):
            return True
        return request_kind(text) == "question" and any(
            w not in _ASKING and not is_function_word(w) for w in words)

    def _with_tags_joined(self, texts: list[str]) -> list[str]:
        """", can you do it", ", please", ", thanks love", ", cheers mate": a part that
        says nothing of its own (to the command parser, or every word a courtesy, a call,
        an endearment or a filler) asks for the part before it; it belongs to that part,
        not apart from it (it was "I don't know 'thanks love'" and nothing ran). A first
        one ("hey google, good night") goes with the part after it. A taught phrase is
        never such a tag."""
        parser = self._parser()
        joined: list[str] = []
        lead = ""  # "hey google, good night": a wake word or "ok" first goes with what follows
        for at, piece in enumerate(texts):
            if (parser.says_nothing(piece) or _only_free(piece)) \
                    and self._owner(piece) is None \
                    and not (REPAIR.match(piece) and 0 < at < len(texts) - 1):
                # (a "sorry" between two requests takes the first back: no courtesy)
                if joined:
                    joined[-1] = f"{joined[-1]}, {piece}"
                else:
                    lead = f"{lead}, {piece}" if lead else piece
            else:
                joined.append(f"{lead}, {piece}" if lead else piece)
                lead = ""
        return joined or ([lead] if lead else [])

    def _mixed(self, whole: Choice, parts: list[Part]) -> bool:
        """No part is a command on its own, yet read whole the sentence is one: the
        action of one part met the devices of another ("power down and can you bright
        the lights" turned every light off). Not run; asked about part by part."""
        if len(parts) < 2 or any(self._only_devices(p.text) for p in parts):
            return False
        return whole.command is not None and whole.action in (Action.RUN_COMMAND, Action.ASK)

    def _only_devices(self, text: str) -> bool:
        """A part that only names devices or rooms ("the fan", "the living room"): it
        borrows the action of the part before it, so the sentence is read whole."""
        return self._parser().only_names(text)

    def _devices(self, ids: list[str]) -> list[Device]:
        known = {d.id: d for d in self.a.backend.devices()}
        return [known[i] for i in ids if i in known]

    def _part(self, text: str, turn: TurnInput, context: list[str],
              said_here: bool = False, planned: list[Device] | None = None, *,
              parser: CommandParser | None = None, parsed: Any = UNPARSED) -> Part:
        """``text`` decided on its own; "it" is ``context``'s devices (an earlier part's
        when ``said_here``). ``planned``: the devices as the parts before leave them, so
        "movie mode and turn the lamp up" turns it up from movie mode's 20 %. ``parser``
        (over ``planned``) and ``parsed`` (its reading of ``text``) when the caller has
        them."""
        part_turn = replace(turn, text=text)
        parser = parser or self.a._command_parser(planned)
        if _PRONOUN.search(text) and context and not _asks(text) \
                and not parser.names_things(text):
            command = self._about_context(text, context, parser)
            if command is not None:
                return Part(text, "sure", command.text, command=command,
                            steps=list(command.steps), score=1.0, pointed=said_here)
        timed = self.a._timer_talk.part_timer(text, parser)
        if timed is not None:  # "lights off in ten minutes" of "... and lock up"
            return Part(text, "timer", timed[0].command.text, command=timed[0].command,
                        score=1.0, timer=timed)
        choice = self.a._choose(text, part_turn, parser, parsed=parsed)
        resolution = choice.resolution
        if choice.action == Action.RUN_ROUTINE and resolution.routine:
            routine = self.a.store.routine(resolution.routine)
            return Part(text, "sure", routine.name, routine=routine.name,
                        steps=list(routine.steps), score=float(resolution.score))
        if choice.action == Action.RUN_COMMAND:
            return Part(text, "sure", choice.command.text, command=choice.command,
                        steps=list(choice.command.steps), score=choice.score)
        if choice.action == Action.ASK:
            if choice.command is not None:
                return Part(text, "unsure", choice.command.text, command=choice.command,
                            steps=list(choice.command.steps), score=choice.score)
            routine = self.a.store.routine(resolution.routine or "")
            return Part(text, "unsure", routine.name, routine=routine.name,
                        steps=list(routine.steps), score=float(resolution.score))
        if resolution.reason == Reason.NEGATION and resolution.mentions is not None:
            # "not reading mode", "don't do reading mode": a part of its own, run apart
            return Part(text, "declined", resolution.mentions, score=choice.score)
        answer = self._question(text, parser)
        if answer is None and request_kind(_JOINED.sub("", text)) in (
                "question", "conversation"):  # ("what did you do today")
            answer = self._in_passing(text)
        if answer is not None:
            return Part(text, "question", answer)
        if parser.is_remark(text):
            return Part(text, "remark", score=choice.score)
        return Part(text, "unknown", score=choice.score)

    def _about_context(self, text: str, context: list[str], parser: CommandParser
                       ) -> DeviceCommand | None:
        """"make it brighter" for the devices ``context`` names: one command whose
        steps are each device's it fits (after movie mode's TV and lamp, "brighter" is
        the lamp's), or None when it fits none of them."""
        from ..understanding.commands import DeviceCommand

        commands = []
        for device in self._devices(context):
            command = parser.parse(_PRONOUN.sub(f"the {device.name}", text, count=1))
            if command is not None and command.steps and [d.id for d in command.devices] == [
                    device.id]:
                commands.append(command)
        if not commands:
            return None
        return DeviceCommand(
            steps=[s for c in commands for s in c.steps],
            devices=[d for c in commands for d in c.devices],
            text=" and ".join(c.text for c in commands),
            confidence=min(c.confidence for c in commands),
            reply=" ".join(c.reply for c in commands))
