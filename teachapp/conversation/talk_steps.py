"""Routines' steps changed by voice: a step added or taken out ("add the tv to lights
out"), its pauses taken out, a routine copied from another, each asked before it is
saved (``step_edits``), and "change movie night" with no change said.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain import Routine, SetStep, WaitStep, name_opening, spoken_list
from ..domain import name_in_sentence as in_text
from ..store import phrase_key, save_step_edit
from . import knowledge, library, step_edits
from .events import RoutinesChanged
from .missing_things import no_such_step
from .steps_told import step_words, steps_sentence
from .talk import Talk
from .talk_answered import LAST_STEP, PAUSE_SAID, PRONOUNS, SOME_STEP, copied_and_change
from .talk_base import TalkBase
from .teaching import describe_target, device_example, removal_example
from .turns import TurnReplies
from .usage import how_to

__all__ = ["StepChanges"]


class StepChanges(TalkBase):
    """Changes to a routine's steps, asked first and saved so "undo" takes them back."""

    def _copy_like(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"make bedtime like movie night but with the lamp at 20 %": the steps of the
        routine named second, with the change said after "but", for the one named first,
        asked before it is saved: in place of that routine's steps, or as a new routine.
        A change not understood is said, and nothing is asked (no copy without it)."""
        said, change = copied_and_change(talk.value)
        base_name = self._edited_routine(said)
        if base_name is None:
            return self._unknown(replies, said)
        base = self.store.routine(base_name)
        steps = list(base.steps)
        if change:
            edit = step_edits.steps_to_add(change, base, self.a.backend.devices(),
                                           self.a._command_parser(),
                                           self.a.config.conversation.sure_command)
            if not edit:
                replies.info(f"I understood \"like {said}\", but not \"{change}\", so I "
                             "changed nothing. Say the change like \"but with the lamp at "
                             "20 %\".")
                return "edit unclear", base_name
            steps = step_edits.with_targets(base, edit).steps
        target = talk.target
        name = (self._subject() if phrase_key(target) in PRONOUNS
                else knowledge.find_routine(self.store, target))
        names = self._names()
        does = knowledge.steps_words(replace(base, steps=steps), names)
        if name is not None and name.casefold() == base_name.casefold():
            replies.info(f"{name_opening(name)} is {in_text(base_name)} itself. Say which routine "
                         "should be like it.")
            return "edit unclear", name
        if name is not None:
            return self._edit_asked(replies, name, f"{name_opening(name)} will {does} "
                                    "instead. Shall I change it?", op="copy_like",
                                    steps=steps)
        if phrase_key(target) in PRONOUNS:
            return self._unknown(replies, target)
        new = " ".join(target.split())
        taken = library.name_taken(self.store, new)
        if taken is not None:
            replies.info(f"{taken.describe()}. Say another name for the copy.")
            return "name taken", None
        self._ask(replies, new, f"A new routine, {new}, will {does}. Shall I save it?",
                  op="copy_like", steps=steps, new=True)
        return "edit asked", None

    def _edit_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"change movie night" with no change said: what it does now, and how to say
        a change, as "how do I change a routine?" is answered, of this routine."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        routine, devices = self.store.routine(name), self.a.backend.devices()
        does = knowledge.describe_routine(routine, self._names())[0]
        replies.info(does + " " + how_to("edit", [name], device_example(devices),
                                         removable=removal_example(devices, routine.steps)))
        return "explain", name

    def _add_step(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"add the tv to lights out": asked, then saved (``step_edits``)."""
        devices = self.a.backend.devices()
        name = self._edited_routine(talk.target)
        parser = self.a._command_parser()
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        # ("have movie night dim the lamp": dimmer than movie night's 20 %, not than the
        # lamp is now; it became 30 %)
        parser = self.a._command_parser(step_edits.as_run(routine, devices))
        if SOME_STEP.match(talk.value):
            return self._edit_asked(
                replies, name, f"What should {in_text(name)} also do? Say it like "
                f"\"{step_edits.example_for(devices[0] if devices else None)}\", or "
                "\"cancel\".", op="add_step_what", devices=[])
        edit = step_edits.steps_to_add(talk.value, routine, devices, parser,
                                       self.a.config.conversation.sure_command)
        if not edit:
            plain = step_edits.plain_command(talk.value)  # ("dims the hall light")
            named = step_edits.named_devices(plain, devices, parser)
            missing = None if named else no_such_step(plain, parser)
            if missing is not None and not missing.offer_teach:
                # ("add dim the hall light to movie night": it asked "What should movie
                # night do with it?", of a light this home has not)
                replies.info(f"{missing.text} {name_opening(name)} stays as it is.")
                return "edit unclear", name
            alone = None if named or missing else parser.missing(f"turn on {plain}")
            if alone is not None and alone.lacks is None:  # ("add the toaster to …")
                replies.info(f"This home has no {alone.thing}. {name_opening(name)} stays "
                             "as it is.")
                return "edit unclear", name
            what = spoken_list([d.name for d in named]) if named else "it"
            example = step_edits.example_for(named[0] if named else None)
            spoken = routine.phrases[0].text if routine.phrases else name.lower()
            question = (f"What should {in_text(name)} do with {what}? Say it like \"add {example} "
                        f"to {spoken}\".")
            if named:  # the answer may be said alone: "turn them on", "on", "to 50 %"
                self._ask(replies, name, question, op="add_step_what",
                          devices=[d.name for d in named])
            else:  # ("add frobnicate to movie night": it asked what to do "with it")
                replies.info(f"I don't know \"{talk.value}\" as a step, so {in_text(name)} "
                             f"stays as it is. Say it like \"add {example} to {spoken}\".")
            return "edit unclear", name
        names = self._names()
        before = {s.device: s.set for s in routine.steps if isinstance(s, SetStep)}
        if all(d in before and {**before[d], **c} == before[d] for d, c in edit.items()):
            said = spoken_list([describe_target(d, before[d], names.get(d, d)) for d in edit])
            replies.info(f"{name_opening(name)} already sets {said}.")
            return "edit kept", name
        said = spoken_list([describe_target(d, c, names.get(d, d)) + (
            f" (now {describe_target(d, before[d], ' ').strip().removeprefix('to ')})"
            if d in before else "")
            for d, c in edit.items()])
        also = "" if all(d in before for d in edit) else " also"
        if not any(d in before for d in edit):  # new steps, told as its steps are told:
            # "will also close Living room blinds" (was "will also set … closed")
            said = steps_sentence([SetStep(d, dict(c)) for d, c in edit.items()], names)
        else:
            said = f"set {said}"
        return self._edit_asked(replies, name, f"{name_opening(name)} will{also} {said}. "
                                "Shall I change it?", op="add_step", edit=edit)

    def _remove_step(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"take the coffee maker out of morning tea": asked, then saved."""
        devices = self.a.backend.devices()
        parser = self.a._command_parser()
        named = step_edits.named_devices(talk.value, devices, parser)
        name = self._edited_routine(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        if LAST_STEP.match(talk.value) and routine.steps:
            last = steps_sentence(routine.steps[-1:], self._names())
            return self._edit_asked(
                replies, name, f"Take the last step, {last}, out of {in_text(name)}? "
                "Say yes to change it.", op="remove_step", last=len(routine.steps) - 1)
        if PAUSE_SAID.match(talk.value):
            return self._remove_pauses(replies, name, routine)
        used = {s.device for s in routine.steps if isinstance(s, SetStep)}
        gone = [d for d in named if d.id in used]
        doing = [] if named else step_edits.steps_doing(talk.value, routine, self._names())
        if doing:  # ("take the lock step out of good night")
            told = steps_sentence([s for s in routine.steps if isinstance(s, SetStep)
                                   and s.device in doing], self._names())
            return self._edit_asked(
                replies, name, f"Take the step \"{told}\" out of {in_text(name)}? "
                "Say yes to change it.", op="remove_step", devices=doing)
        if not gone:
            steps = knowledge.steps_words(routine, self._names())
            missing = None if named else parser.missing(f"turn off {talk.value}")
            if missing is not None:  # ("take the toaster out of movie night")
                replies.info(f"This home has no {missing.thing}, so {in_text(name)} has no "
                             f"step for it. {name_opening(name)} will {steps}.")
                return "edit unclear", name
            replies.info(f"{name_opening(name)} doesn't change "
                         f"{spoken_list([d.name for d in named])}. It will {steps}.")
            return "edit unclear", name
        return self._edit_asked(replies, name, f"Take {spoken_list([d.name for d in gone])} "
                                f"out of {in_text(name)}? Say yes to change it.",
                                op="remove_step", devices=[d.id for d in gone])

    def _remove_pauses(self, replies: TurnReplies, name: str, routine: Routine
                       ) -> tuple[str, str | None]:
        """"remove the wait from breakfast": its pauses taken out, asked first."""
        self.subject = name
        waits = [i for i, step in enumerate(routine.steps) if isinstance(step, WaitStep)]
        if not waits:
            replies.info(f"{name_opening(name)} has no pause: it will "
                         f"{knowledge.steps_words(routine, self._names())}.")
            return "edit unclear", name
        said = spoken_list([step_words(routine.steps[i], {}) for i in waits])
        self._ask(replies, name, f"Take the {'pause' if len(waits) == 1 else 'pauses'} "
                  f"({said}) out of {in_text(name)}? Say yes to change it.",
                  op="remove_step", drop=waits)
        return "edit asked", name

    def _edited(self, replies: TurnReplies, name: str, routine: Routine) -> str:
        """Save a step edit so "undo" takes it back, in this session or a later one
        (``store.step_edits``; it was kept in memory, so after a restart "undo" said
        "There is nothing to undo.")."""
        save_step_edit(self.store, routine, at=self.a.now())
        self.a._emit(RoutinesChanged())
        replies.info(f"Changed {in_text(name)}: it will "
                     f"{knowledge.steps_words(routine, self._names())}.")
        return "edited"
