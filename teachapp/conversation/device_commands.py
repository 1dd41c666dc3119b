"""Device commands as turns: "turn off the telly", asked about when unsure.

A command runs without a question only when ``decide`` says so for this turn (how
sure the parser and, for speech, the recogniser are); otherwise "Do you want me to
...?" stays open. "and the fan" right after a command borrows its action.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import SetStep, spoken_list
from ..errors import TeachappError
from ..home.executor import RunResult
from ..understanding.resolution import Decision, Resolution
from .against_the_way import against_the_way
from .cues import elsewhere_question, not_there
from .decision import decide, lets_people_in
from .events import TurnResolved
from .just_named import the_one_just_set
from .models import Action, Outcome
from .run_report import already_so, report_commands
from .runs import Runs
from .steps_told import step_words
from .turns import Pending, TurnReplies, outcome
from .which_one import which_of

if TYPE_CHECKING:
    from ..store import RunRecord

__all__ = ["DeviceCommands"]


class DeviceCommands(Runs):
    """Device commands said in a turn."""

    def _sure_command(self, command: Any) -> bool:
        """Whether ``command`` would run without a question, by ``decide``'s rule for
        this turn (how sure the parser and, for speech, the recogniser are)."""
        choice = decide(self._input, Resolution(command.text, Decision.REJECT, None, 0.0),
                        command, self.config.conversation)
        return choice.action == Action.RUN_COMMAND

    def _just_set(self, command: Any, text: str) -> Any:
        """``command`` for the one device the last command set, when it is unsure between
        several of that kind ("make the lamp 30" right after "turn the living room lamp
        to 40") and nothing was done since (``just_named``); None otherwise."""
        last = self._last_command
        if last is None or self._clock() - last[1] > self.learning_settings.undo_window \
                or not self._nothing_done_since(last[2]):
            return None
        return the_one_just_set(command, self._last_devices, text)

    def _is_command(self, text: str) -> bool:
        """Whether ``text`` is a device command of this home ("turn off the telly")."""
        return bool(self._command_parser().is_command(text))

    def _continued(self, text: str) -> Any:
        """"and the fan" right after "turn on the lamp": the same for the fan; None when
        the last device command is not recent, a turn since did something else (it was
        borrowed past a timer's question: "turn on the tv", "turn off the lamp in 10
        minutes", "desk lamp" switched the desk lamp on), or ``text`` is not such a
        follow-up. Questions answered in between leave it (``_nothing_done_since``)."""
        last = self._last_command
        if last is None or self._clock() - last[1] > self.learning_settings.undo_window \
                or not self._nothing_done_since(last[2]):
            return None
        try:
            return self._command_parser().continued(text, last[0])
        except TeachappError:
            return None

    def _command_again(self, replies: TurnReplies, text: str, run: RunRecord, source: str,
                       confidence: float | None) -> None:
        """"again", "do it again", "run it again" right after the device command ``run``
        (the newest run): that command once more, read from its words when it was said
        alone ("brighter" brightens again), else the states it set ("and the fan", a
        sentence of parts). It was "TV: on." after "turn off the tv": "it" read as the
        TV, "run" as "turn on"."""
        last = self._last_command
        command = None
        if last is not None and last[0] == run.utterance:
            try:
                command = self._command_parser().parse(last[0])
            except TeachappError:
                command = None
        if command is None or not command.steps:
            command = self._set_again(run)
        if command is None:
            self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ANSWERED)
            replies.action = Action.NOTHING
            replies.info("There's nothing I can do again: those devices are gone.")
            return
        choice = decide(replace(self._input, text=text),
                        Resolution(text, Decision.REJECT, None, 0.0), command,
                        self.config.conversation)
        self._device_command_turn(replies, text, command, source, confidence,
                                  sure=choice.action == Action.RUN_COMMAND, continuing=True)

    def _set_again(self, run: RunRecord) -> Any:
        """A command that sets again the states ``run`` set; None when none of its
        devices is here now."""
        from ..understanding.commands import DeviceCommand

        devices = {d.id: d for d in self.backend.devices()}
        steps = [SetStep(device, dict(state)) for device, state in run.after.items()
                 if device in devices and state]
        if not steps:
            return None
        names = {d.id: d.name for d in devices.values()}
        return DeviceCommand(steps=steps, devices=[devices[s.device] for s in steps],
                             text=spoken_list([step_words(s, names) for s in steps]),
                             confidence=1.0, reply="")

    def _asked_against_the_way(self, replies: TurnReplies, text: str, command: Any,
                               source: str, confidence: float | None) -> bool:
        """"brighten the desk lamp to 5" at 70 %, "turn up the lamp to 20", "dim it to
        90": a level against the way the words say is asked about ("That is dimmer than
        it is now (70 %). Set Desk lamp to 50 %?"), a "yes" sets it (``against_the_way``).
        ``command``: the parser's reading of ``text`` (None: it found none). False when
        the level goes the way said."""
        from ..understanding.commands import DeviceCommand

        devices = self.backend.devices()
        parser = self._command_parser()
        contrary = against_the_way(text, command, parser.parse, devices, DeviceCommand,
                                   parser.level_said)
        if contrary is None:
            return False
        asked = contrary.command
        if not asked.text:  # (a step of ten the parser had no reading for)
            names = {d.id: d.name for d in devices}
            asked = replace(asked, text=spoken_list([step_words(s, names)
                                                      for s in asked.steps]))
        replies.command, replies.score = asked, float(asked.confidence)
        replies.action, replies.decision = Action.ASK, Decision.CLARIFY
        iid = self._log(text, source, confidence, "clarify", float(asked.confidence), None,
                        "asked")
        self._pending = Pending("command", text, self._clock(), None, iid, source, asked)
        replies.question(contrary.question)
        return True

    def _command_now(self, replies: TurnReplies, command: Any) -> RunResult | None:
        """Run ``command`` as this turn's device command (logged, read back, undoable):
        the first half of "turn the tv on for an hour"."""
        turn = self._input
        self._device_command_turn(replies, turn.text, command, turn.source, turn.confidence,
                                  sure=True)
        return replies.run

    def _device_command_turn(self, replies: TurnReplies, text: str, command: Any, source: str,
                             confidence: float | None, *, sure: bool,
                             continuing: bool = False, narrowed: bool = False) -> None:
        """Run ``command`` (said as ``text``), or ask first when not ``sure``.
        ``continuing``: it borrowed the last command's action ("and the desk lamp");
        ``narrowed``: it is the request ``text`` for the devices a which-one answer
        picked. Either way ``text`` does not say what was done, so the run is remembered
        with the command's own words ("turn on Desk lamp"): a time said next ("in ten
        minutes") sets that for then, not the request read anew."""
        replies.command, replies.score = command, float(command.confidence)
        kept = getattr(command, "limit", "") or (
            None if sure else already_so(list(command.steps), self.backend.devices()))
        if kept is not None:  # "turn the lamp off" with every lamp off: nothing to ask
            # (nor to run: "make the desk lamp brighter" at 100 %)
            replies.action = Action.DIALOGUE
            self._log(text, source, confidence, "command", float(command.confidence), None,
                      Outcome.ANSWERED)
            asked = getattr(command, "elsewhere", None)  # ("turn on the tv in the bedroom")
            replies.info(f"{not_there(asked)} {kept}" if asked is not None else kept)
            return
        if not sure and command.pick is None and _one_input(command):
            playing = [d for d in self.backend.devices()
                       if d.id in {x.id for x in command.devices} and d.state.get("on")]
            if len(playing) == 1:  # "switch to hdmi 2" while the TV alone is on
                command, sure, narrowed = command.only(playing), True, True
            else:  # one input is for one device: which ("yes" set TV and speaker both)
                command = replace(command, pick=1)
        just_set = None if sure else self._just_set(command, text)
        if just_set is not None:  # "make the lamp 30" right after the living room lamp
            command, sure, narrowed = just_set, True, True
        if not sure:
            replies.action, replies.decision = Action.ASK, Decision.CLARIFY
            iid = self._log(text, source, confidence, "clarify",
                            float(command.confidence), None, "asked")
            self._pending = Pending("command", text, self._clock(), None, iid, source,
                                     command)
            elsewhere = elsewhere_question(command)
            if elsewhere is not None:  # ("There's no TV in the Bedroom. Shall I ...?")
                replies.question(elsewhere)
                return
            if lets_people_in(command):  # asked however sure: a safety question
                replies.question(f"{command.text[:1].upper()}{command.text[1:]}? "
                                 "Say yes or no.")
                return
            if getattr(command, "pick", None):  # "both lamps" of three: never all three
                replies.question(which_of(command))
                return
            which = " Say yes, or which one." if len(command.devices) > 1 else ""
            replies.question(f"Do you want me to {command.text}?{which}")
            return
        score = float(command.confidence)
        replies.action, replies.decision = Action.RUN_COMMAND, Decision.RUN
        iid = self._log(text, source, confidence, "command", score, None, "running")
        replies.interaction_id = iid
        self._emit(TurnResolved(iid, Resolution(text, Decision.RUN, None, score)))
        result = self._run_steps(list(command.steps), text)
        replies.run = result
        self.store.update_interaction(iid, outcome=outcome(result))
        last = self._last_command
        self._last_command = (last[0], last[1], self._turn) if continuing and last \
            else (text, self._clock(), self._turn)
        self._last_devices = [d.id for d in command.devices]
        report_commands(replies, result)
        self._learner.forget_misses()
        self.remember_run(result.run_id, text, iid,
                          request=command.text if continuing or narrowed else None,
                          result=result)


def _one_input(command: Any) -> bool:
    """Whether ``command`` switches the input of several devices none of which it named
    ("switch to hdmi 2" with a TV and a speaker): a person means one of them."""
    steps = list(command.steps)
    return len(steps) > 1 and all(isinstance(s, SetStep) and "source" in s.set
                                  for s in steps)
