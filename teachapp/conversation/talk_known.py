"""What ``TalkTurns`` answers of what is known now: the routines (what one does, what a
phrase means, which use a device, how long, how to start one), the devices, how to
say a command or a change, and small talk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..domain import PhraseOrigin, SetStep, sentence_start, spoken_list
from ..domain import name_in_sentence as in_text
from ..store import RunRecord, phrase_key
from . import knowledge, social, step_edits
from .runs_told import runs_told
from .steps_told import steps_sentence
from .talk import Talk
from .talk_base import TalkBase
from .teaching import device_example, removal_example
from .turns import TurnReplies
from .usage import how_to

__all__ = ["KnownAnswers"]


def _run_changes(record: RunRecord, names: dict[str, str], order: Sequence[str]) -> str:
    """What a past run changed, from its record, in the order of its routine's steps
    (``order``: device ids): "it turned on TV and then set Living room lamp on at 20 %.",
    and whether it was undone since."""
    rank = {device: n for n, device in reversed(list(enumerate(order)))}
    steps = [SetStep(device, changed) for device, after in sorted(
                 record.after.items(), key=lambda item: rank.get(item[0], len(rank)))
             if (changed := {k: v for k, v in after.items()
                             if record.before.get(device, {}).get(k) != v})]
    told = (f"it {steps_sentence(steps, names, past=True)}." if steps
            else "it changed nothing: everything was already so.")
    return told + (" You undid it afterwards." if record.undone else "")


class KnownAnswers(TalkBase):
    """Questions answered from the routines, the devices and help; greetings."""

    def _greet(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"hello", "are you there?": it was "I don't know 'hello'. Shall I learn it?"."""
        replies.info("Hello! I'm listening. Say a phrase, a device command, or \"teach\" "
                     "to teach me something new.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _about_me(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"who are you?", "what's your name?", "how are you?": a new user's first
        questions, which were offered for teaching."""
        if talk.value:  # "how are you"
            replies.info("All well here, thank you. Say a phrase, a device command, or "
                         "\"teach\" to teach me something new.")
        else:
            replies.info("I'm teachapp, an assistant you teach: say a new phrase and show me "
                         "what it should do, and I'll do it whenever you say it. I run on this "
                         "computer, without the internet. Say \"help\" to hear what you can "
                         "say.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _bye(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"bye", "see you later": it was "I don't know 'bye'. Shall I learn it?"."""
        replies.info("Bye for now. I'm here whenever you need me.")
        self.a.keep_undo_offer()
        return "greeting", None

    def _thanks(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"thank you": nothing to do, nothing to learn (it was "I don't know 'thank
        you'. Shall I learn it?")."""
        replies.info("You're welcome.")
        self.a.keep_undo_offer()
        return "thanks", None

    def _social(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"you're great", "i love you", "no worries": a short reply (``social``); they
        were "I don't know "i love you". Shall I learn it?"."""
        replies.info(social.reply_to(talk.target) or "OK.")
        self.a.keep_undo_offer()
        return social.OUTCOME, None

    def _taught(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in knowledge.taught(self.store):
            replies.info(line)
        return "explain", None

    def _devices(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in knowledge.devices_overview(self.a.backend.devices()):
            replies.info(line)
        return "explain", None

    def _describe(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        if talk.value == "mean":
            return self._phrase_meant(replies, talk.target)
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        runs = self.store.runs_of(name) if talk.value == "did" else []
        record = self.store.run_record(runs[0].id) if runs else None
        if record is not None:  # ("what did movie night do": it told its steps to come)
            order = [s.device for s in self.store.routine(name).steps if isinstance(s, SetStep)]
            replies.info(runs_told(name, [replace(runs[0], undone=False)], self.a.now(),
                                   self.a.place().zone)[:-1]
                         + ": " + _run_changes(record, self._names(), order))
            return "explain", name
        for line in knowledge.describe_routine(self.store.routine(name), self._names()):
            replies.info(line)
        return "explain", name

    def _phrase_meant(self, replies: TurnReplies, said: str) -> tuple[str, str | None]:
        """"what does book time mean?": the routine the phrase starts, where the phrase
        came from, and what it does (it was offered as a phrase to learn)."""
        owner = self.store.phrase_owner(said) or self._find(said)
        if owner is None:
            return self._unknown(replies, said)
        routine = self.store.routine(owner)
        key = phrase_key(said)
        phrase = next((p for p in routine.phrases if phrase_key(p.text) == key), None)
        how = ("" if phrase is None or key == phrase_key(owner) else
               " (a phrase I learned)" if phrase.origin == PhraseOrigin.LEARNED else
               " (a phrase you added)" if phrase.origin == PhraseOrigin.ALIAS else "")
        text = phrase.text if phrase is not None else said
        replies.info(f"\"{text}\" starts {in_text(owner)}{how}: it will "
                     f"{knowledge.steps_words(routine, self._names())}.")
        self.subject = owner
        return "explain", owner

    def _uses_device(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"which routines use the lamp": the routines whose steps set the devices named,
        each with those devices when several were named ("the lamp" of three lamps)."""
        named = step_edits.named_devices(talk.value, self.a.backend.devices(),
                                         self.a._command_parser())
        names = {d.id: d.name for d in named}
        using = [(r.name, [names[s.device] for s in r.steps
                           if isinstance(s, SetStep) and s.device in names])
                 for r in self.store.routines()]
        using = [(name, list(dict.fromkeys(found))) for name, found in using if found]
        said = spoken_list(list(names.values()), "or")
        if not using:
            replies.info(f"No routine uses {said}.")
        elif len(names) == 1:
            replies.info(f"{sentence_start(spoken_list([in_text(n) for n, _ in using]))} "
                         f"{'uses' if len(using) == 1 else 'use'} {said}.")
        else:
            replies.info(sentence_start("; ".join(f"{in_text(n)} uses {spoken_list(found)}"
                                                  for n, found in using)) + ".")
        if len(using) == 1:
            self.subject = using[0][0]
        return "explain", using[0][0] if len(using) == 1 else None

    def _how_long(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        replies.info(knowledge.how_long_words(self.store.routine(name)))
        return "explain", name

    def _howto(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        for line in knowledge.how_to_start(self.store.routine(name)):
            replies.info(line)
        return "explain", name

    def _how_command(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"how do I turn off the tv?": the device command to say (it was answered as a
        question of the TV's state, "TV is on, volume 30 %.")."""
        replies.info(f"Just say \"{talk.value}\" and I'll do it right away. To do it "
                     "along with other things, say \"teach\" and make it a step of a "
                     "routine.")
        return "help", None

    def _usage(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"how do I delete a routine?": the words to say, from help's own source."""
        names, devices = self.store.routine_names(), self.a.backend.devices()
        steps = self.store.routine(names[0]).steps if names else []
        replies.info(how_to(talk.value, names, device_example(devices),
                            removable=removal_example(devices, steps)))
        return "help", None
