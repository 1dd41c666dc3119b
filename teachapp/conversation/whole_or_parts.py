"""Whether a sentence said with commas or "and" is one request or several: a taught
phrase said whole with calls around it, a request framed (imagined, someone else's words,
taken back), a cue read of the phrase whose clause asks nothing of its own, one question
about the devices, tags ("thanks love") joined to the part before, routines said not to
run.

``multipart.MultiTurns`` asks these of a sentence; each part is decided by
``part_reading.PartReading``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..understanding._cue_scope import BACK, OPERATORS
from ..understanding.normalize import free_mask, is_function_word, tokens
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Decision, Reason
from .beside import CONDITION, REPAIR
from .missing_things import lacking_thing
from .models import Action, TurnInput
from .part_reading import PRONOUN, PartReading, asks_question
from .sentence_part import Part

if TYPE_CHECKING:
    from .decision import Choice

__all__ = ["WholeOrParts"]

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


def _only_free(text: str) -> bool:
    """Whether every word of ``text`` is one the resolver reads as free: a courtesy, a
    call or endearment, a filler or a wake word ("thanks love", "cheers mate")."""
    words = tokens(text)
    return bool(words) and all(free_mask(words))


class WholeOrParts(PartReading):
    """The half of ``MultiTurns`` that says whether a sentence is read whole or in parts."""

    last_devices: list[str]

    @staticmethod
    def _one_phrase(whole: Choice) -> bool:
        """A taught phrase said exactly with only calls, politeness and hesitations
        around it ("house, movie night", "um, er, movie night, ta love"): one request,
        whatever its commas."""
        return (whole.action == Action.RUN_ROUTINE
                and whole.resolution.reason == Reason.EXACT)

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
        return not any(CONDITION.match(piece) or self._asks_of_its_own(piece) or (
            not parser.names_first(piece)  # ("is the desk lamp and the tv on": asked)
            and (parser.parse(piece) is not None
                 or parser.missing(piece) is not None))  # ("... and mute the desk lamp")
            for piece in texts[1:])

    def _asks_of_its_own(self, piece: str) -> bool:
        """Whether a part after the first is a question of its own ("is the tv on and is
        the lamp on", "... and what time is it"), not one whose "it" asks more of the
        thing before ("is the tv on and is it loud")."""
        return (asks_question(piece) and not PRONOUN.search(piece)) or (
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
            if PRONOUN.search(piece) and not asks_question(piece) and (
                    not parser.names_things(piece)):
                if context and self._about_context(piece, context, parser) is not None:
                    return True
                continue
            command = parser.parse(piece)
            if command is not None and command.steps and not parser.only_names(piece):
                return True
        return False

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

    def _names_lacked(self, texts: list[str]) -> bool:
        """Whether a part after the first only names a thing the home lacks ("turn on
        the tv and the kettle" with no kettle here): read whole, the parser took the
        command for the TV alone and the kettle went unsaid; in parts it is said ("This
        home has no kettle. …", ``missing_things``) and names after it borrow the action
        as before."""
        parser = self._parser()
        return any(self._only_devices(piece) and lacking_thing(piece, texts[0], parser)
                   is not None for piece in texts[1:])

    def _only_devices(self, text: str) -> bool:
        """A part that only names devices or rooms ("the fan", "the living room"): it
        borrows the action of the part before it, so the sentence is read whole."""
        return self._parser().only_names(text)
