"""One part of a sentence of several, decided on its own ("reading mode and close the
blinds"): "it" for the devices before, names alone borrowing the change before them, a
value said of the devices before, a condition on a question before, a thing the home
lacks, and a part that asks (about the devices, or anything else answered in passing).

``multipart.MultiTurns`` reads a sentence into these parts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import Device, SetStep, spoken_list
from ..errors import TeachappError
from ..understanding.normalize import tokens
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Reason
from .beside import BECAUSE, CONDITION, NEGATED, borrowed, revalued
from .cues import device_question, not_there
from .decision import UNPARSED, lets_people_in
from .device_why import STATE_WORDS
from .missing_things import lacking_thing, said_missing
from .models import Action, TurnInput
from .pointing import POINTED
from .reasons import JOINED, said_as_reason
from .sentence_part import Part
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, DeviceCommand
    from .agent import Assistant

__all__ = ["PRONOUN", "PartReading", "asks_question"]

PRONOUN = POINTED  # ("it", "them"; "that" before a change: "make that 40 percent")


def asks_question(text: str) -> bool:
    """Whether a part is a question, after the conjunction that joins it ("but is it
    on?"): its "it" is asked about, never a command to run on the devices it means.
    Public: :mod:`whole_or_parts` decides a part by it too."""
    return request_kind(JOINED.sub("", text)) == "question"


class PartReading:
    """The half of ``MultiTurns`` that decides each part on its own."""

    a: Assistant
    _passing: dict[str, str | None]
    _devices_now: list[Device] | None
    _owners: dict[str, str | None]

    def _parser(self) -> CommandParser:
        """The parser over the devices as they are now: as read once for the sentence
        while ``read`` reads it."""
        return self.a._command_parser(self._devices_now)

    def _owner(self, words: str) -> str | None:
        """The routine ``words`` are a taught phrase of, asked of the store once a
        ``read``."""
        if words not in self._owners:
            self._owners[words] = self.a.store.phrase_owner(words)
        return self._owners[words]

    def _in_turn(self, piece: str, before: list[Part], turn: TurnInput, context: list[str],
                 said_here: bool, planned: list[Device], read_whole: bool,
                 instead_of: Part | None = None) -> Part:
        """``piece`` decided after the parts ``before`` it: a reason ("because it's
        sunny") or a complaint after a request ("turn off the tv, it's too loud", "turn
        off the fan, i can't hear the tv") is a remark; a condition on a question before
        it ("is the tv on? if so turn it off") is decided by the answer; names alone
        ("..., and the fan in the bedroom") borrow the action of the command before them,
        or of the one they stand in for
        (``instead_of``: "turn on the tv, no wait, the fan"), and so does a value alone
        ("set the lamp to 50 percent, no, 60 percent")."""
        parser = self.a._command_parser(planned)
        asked = [p for p in before if p.state in ("sure", "unsure")]
        if BECAUSE.match(piece) or (asked and parser.complains(piece)) or (
                said_as_reason(piece, parser) and any(
                    not said_as_reason(JOINED.sub("", p.text), parser) for p in asked)):
            return Part(piece, "remark")  # ("turn off the fan, i can't hear the tv"; not
            # "the tv is too loud and the lamp is too dim": two complaints, two requests)
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
        previous = instead_of or self._borrowed_from(before, parser)
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
                sure = (previous.state == "sure" and (instead_of is not None or (
                    self.a._sure_command(command)))) or (instead_of is None and len(
                    command.devices) == 1  # (the fan of "turn on the lamp and the fan")
                    and not lets_people_in(command))  # (each lock opened is asked about)
                # ("turn on the tv and the lamp" with three lamps: which lamp is asked)
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
    def _borrowed_from(before: list[Part], parser: CommandParser) -> Part | None:
        """The part whose action names said next borrow: the one just before, past a
        thing the home lacks named alone ("turn on the desk lamp, the kettle and the tv":
        the tv is turned on, as the kettle would have been; it was "I don't know "the
        tv""). A lacking part with its own action ("mute the desk lamp and the tv") lends
        it, as said."""
        at = len(before) - 1
        while at > 0 and before[at].state == "missing" and parser.only_names(before[at].text):
            at -= 1
        if at >= 0 and before[at].command is None:
            return before[-1]
        return before[at] if at >= 0 else None

    @staticmethod
    def _lacking(piece: str, previous: Part | None, parser: CommandParser) -> Part | None:
        """A part asking what the home lacks, as a part in state missing saying so
        (``missing_things.lacking_thing``): it gets that answer and the others theirs (it
        was "Nothing was done. ... I don't know ...")."""
        before = previous.text if previous is not None and previous.command is not None \
            else None
        lacked = lacking_thing(piece, before, parser)
        if lacked is None and before is not None and previous is not None \
                and previous.meaning != before:  # ("turn on the lamp, the fan and the
            # kettle": the fan's part borrowed its action, read as "turn on Bedroom fan")
            lacked = lacking_thing(piece, previous.meaning, parser)
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
        if PRONOUN.search(piece) or asks_question(piece) or self._owner(piece):
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
            meaning = PRONOUN.sub(spoken_list([d.name for d in said.devices]), said.text, 1)
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
        found = self._parser().asked_about(JOINED.sub("", question))
        if said is None or not found:
            return None
        attribute, value = said
        holds = all(d.state.get(attribute) == value for d in found)
        return holds != negated

    def _question(self, text: str, parser: CommandParser) -> str | None:
        """The answer to a part that asks about the home's devices ("is the kitchen
        light on?", "but is the fan on"); None when it is no such question."""
        if not asks_question(text):
            return None
        return device_question(JOINED.sub("", text), parser)

    def _in_passing(self, text: str) -> str | None:
        """The answer to a part that only asks something else than the devices' states
        ("what time is it", "what's scheduled", "what did you just do"), as the same
        question alone is answered (``TeachingAsides._answered_in_passing``); None when
        none of those answers it. Answered once a reading (``_passing``), though asked
        whether the part asks of its own first."""
        if text not in self._passing:
            said = TurnReplies(lambda _event: None)  # (said with the other parts, in order)
            answered = self.a._answered_in_passing(said, JOINED.sub("", text))
            self._passing[text] = (" ".join(said.lines) or None) if answered else None
        return self._passing[text]

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
        if PRONOUN.search(text) and context and not asks_question(text) \
                and not parser.names_things(text):
            command = self._about_context(text, context, parser)
            if command is not None:  # ("unlock it" after "lock the front door": asked, as
                # "unlock the front door" is; it unlocked it unasked)
                sure = "unsure" if lets_people_in(command) else "sure"
                return Part(text, sure, command.text, command=command,
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
        if answer is None and request_kind(JOINED.sub("", text)) in (
                "question", "conversation"):  # ("what did you do today")
            answer = self._in_passing(text)
        if answer is not None:
            return Part(text, "question", answer)
        if parser.is_remark(text):
            return Part(text, "remark", score=choice.score)
        paused = self.a._switched_off(text)
        if paused is not None:  # ("good night and turn on the lamp": it was offered to learn)
            return Part(text, "skipped", self.a.paused_line(paused, beside=True))
        return Part(text, "unknown", score=choice.score)

    def _about_context(self, text: str, context: list[str], parser: CommandParser
                       ) -> DeviceCommand | None:
        """"make it brighter" for the devices ``context`` names: one command whose
        steps are each device's it fits (after movie mode's TV and lamp, "brighter" is
        the lamp's), or None when it fits none of them. A level said of several leaves
        out those it would switch on while another of them is on: after a routine that
        turned the lights off and the TV on, "turn it down" is the TV's (it switched all
        five lights back on at 30 %)."""
        from ..understanding.commands import DeviceCommand

        commands = []
        for device in self._devices(context):
            command = parser.parse(PRONOUN.sub(f"the {device.name}", text, count=1))
            if command is not None and command.steps and [d.id for d in command.devices] == [
                    device.id]:
                commands.append(command)
        kept = [c for c in commands if not _switched_on_by_a_level(c)]
        if kept and any(c.devices[0].state.get("on") for c in kept):
            commands = kept
        if not commands:
            return None
        return DeviceCommand(
            steps=[s for c in commands for s in c.steps],
            devices=[d for c in commands for d in c.devices],
            text=" and ".join(c.text for c in commands),
            confidence=min(c.confidence for c in commands),
            reply=" ".join(c.reply for c in commands))


def _switched_on_by_a_level(command: DeviceCommand) -> bool:
    """Whether ``command`` (of one device) switches its device on only by the level it
    sets: "turn the desk lamp down" of a lamp that is off is on at 30 %."""
    step = command.steps[0]
    return (step.set.get("on") is True and len(step.set) > 1
            and not command.devices[0].state.get("on"))
