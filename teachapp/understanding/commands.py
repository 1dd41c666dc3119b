"""Built-in device commands, understood without being taught.

"desk lamp to 80 percent", "turn off the kitchen lights", "lock the front door",
"turn everything off in the office", "make it warmer": these are read directly
against the devices of the home, while teaching (to show what a phrase should do)
and in normal use. The parser is conservative, because it runs beside the routine
resolver: anything that is not plainly a command to a device in this home (a
question, a taught phrase such as "reading mode", chit-chat, "play the party
playlist", a schedule, a device the home does not have) gives None.

How an utterance is read (all words in ``data/commands.yaml``):

1. clean it, drop wake words and politeness; refuse questions, negations and
   schedules ("in ten minutes"); number words become digits;
2. find device names (fuzzily: "living room lump"), then rooms, then vocabulary
   phrases (actions, kinds of device, attributes, units, "all", "here");
3. decide the action (lock > set a value > up/down > open/close > on/off);
4. pick the devices: named ones; else the kind asked for (or implied by the
   attribute: "volume" means a media player) in the rooms said, or "here";
5. turn the action into checked attribute changes for each device.

Confidence falls for every word nothing explains and for a singular word that
fits several devices ("the lamp" in a home with three); below
``CommandSettings.min_confidence`` the answer is None.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import Device
from ._command_follow import FollowUps, says_more
from ._command_level import LevelSaid, level_said
from ._command_missing import MissingThing, OutOfPlace
from ._command_one import CommandSettings
from ._command_questions import Questions
from ._command_reading import is_place_adverb
from ._command_result import DeviceCommand, switched_said
from ._command_vocab import default_vocabulary

__all__ = ["CommandParser", "CommandSettings", "DeviceCommand", "LevelSaid", "MissingThing",
           "OutOfPlace",
           "default_vocabulary", "is_place_adverb", "parse_command", "says_more", "switched_said"]


class CommandParser(FollowUps, Questions):
    """Parses device commands against one list of devices; build once, parse per turn.

    One command (``_command_one``), a sentence of parts (``_command_sentence``), what
    follows a command and what the home lacks (``_command_follow``), and the devices a
    question asks about (``_command_questions``)."""

    def level_said(self, utterance: str) -> LevelSaid | None:
        """The level ``utterance`` ends with ("… to twenty five percent"), read with this
        parser's words; None when it ends with none (``_command_level``)."""
        return level_said(utterance, self.vocabulary)


def parse_command(utterance: str, devices: Sequence[Device], *,
                  here: str | None = None) -> DeviceCommand | None:
    """The device command in ``utterance`` for these devices, or None.

    A convenience around :class:`CommandParser`; build one parser per device list
    when parsing every turn.
    """
    return CommandParser(devices).parse(utterance, here=here)
