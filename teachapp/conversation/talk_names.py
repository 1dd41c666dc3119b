"""Routines changed by voice by their names and phrases: forget, rename, switch off or
on, add a phrase or take one off, and which routine when none was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..domain import ALIAS_ORIGINS, PhraseOrigin, name_opening, phrase_quoted, spoken_list
from ..domain import name_in_sentence as in_text
from ..store import phrase_key, save_phrase_removal
from ..triggers import describe_trigger
from . import knowledge, library
from .events import RoutinesChanged
from .library import OnClash
from .new_name_said import new_name_said
from .talk import Talk
from .talk_base import TalkBase
from .turns import TurnReplies

__all__ = ["NameChanges"]

_PHRASE_SAID = re.compile(r"^(?:the |that |this )?(?:learned |learnt |new )?(?:alias|phrase|"
                          r"words?) ")
"""Before the words of a phrase "forget" takes off its routine ("forget the alias …")."""

_SWITCH_OFF = frozenset({"disable", "deactivate", "pause", "suspend", "off"})
"""The words of "switch_routine" that switch a routine off."""


class NameChanges(TalkBase):
    """Changes to a routine's name, phrases and whether it runs."""

    def _forget(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        phrase = self._alias_named(talk.target)
        if phrase is not None:  # ("forget breeding road", "forget the phrase film night")
            return self._remove_phrase(replies, replace(talk, target="it", value=phrase))
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        routine = self.store.routine(name)
        # short enough to be read aloud, ending on the question: what it does, when it
        # runs (its schedule goes with it, so "forget bedtime" does not silently end a
        # 22:30 run) and the phrases that go too besides its name; "undo" is said once it
        # is gone ("Forgot …"). It
        # was 'Forget wake up (it will turn on Bedroom lamp; phrase "wake up"; it runs
        # every day at 07:00)? Say yes to delete it and its schedule; "undo" brings it back.'
        runs = spoken_list([describe_trigger(t) for t in routine.triggers])
        others = [f"\"{phrase_quoted(p.text)}\"" for p in routine.phrases
                  if phrase_key(p.text) != phrase_key(routine.name)]
        also = (f" Its {'phrase' if len(others) == 1 else 'phrases'} {spoken_list(others)} "
                f"{'goes' if len(others) == 1 else 'go'} too.") if others else ""
        self._ask(replies, name, f"{name_opening(name)} will "
                  f"{knowledge.steps_words(routine, self._names())}"
                  f"{f', {runs}' if runs else ''}.{also} Shall I forget it?", op="forget")
        return "forget asked", name

    def _rename(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        return self._rename_to(replies, name, talk.value), name

    def _rename_to(self, replies: TurnReplies, name: str, new: str,
                   on_clash: OnClash = OnClash.FAIL) -> str:
        taken = library.name_taken(self.store, new, exclude=name)
        if taken is not None and on_clash == OnClash.FAIL:
            self._ask(replies, name, f"{taken.describe()}. Say \"replace\" to replace it, "
                      f"\"rename\" to choose another name, or \"keep both\" to call this one "
                      f"{library.free_name(self.store, new)}.", op="rename", new=new)
            return "name taken"
        done = library.rename_routine(self.store, name, new, on_clash,
                                          at=self.a.now())
        self.subject = done.new
        if done.old == done.new:
            replies.info(f"It's already called {in_text(done.new)}.")
            return "name kept"
        gone = (f" {name_opening(done.replaced)} is deleted; \"undo\" brings it "
                "back."
                if done.replaced else "")
        replies.info(f"Renamed {in_text(done.old)} to {in_text(done.new)}. Say "
                     f"\"{phrase_quoted(done.new)}\" to start it."
                     + gone)
        replies.detail["renamed to"] = done.new  # ("why?" later: the turn names the old)
        self.a._emit(RoutinesChanged())
        return "renamed"

    def _switch_routine(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"disable evening" / "enable evening": the routine switched off or on (the
        window's Enabled box), saying what that means."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        on = talk.value.casefold() not in _SWITCH_OFF
        routine = self.store.routine(name)
        self.subject = routine.name
        phrase = phrase_quoted(routine.phrases[0].text if routine.phrases else routine.name)
        if routine.enabled == on:  # ("turn wake up back on" of one on: it asked
            # "Did you mean wake up?")
            replies.info(f"{name_opening(routine.name)} is already switched "
                         f"{'on' if on else 'off'}." + (f" Say \"{phrase}\" to start it."
                                                        if on else ""))
            return "switch kept", routine.name
        self.store.set_enabled(routine.name, on)
        self.a._emit(RoutinesChanged())
        if on:
            replies.info(f"{name_opening(routine.name)} is switched on again: say "
                         f"\"{phrase}\" to start it"
                         + (", and its schedule runs." if routine.triggers else "."))
        else:
            replies.info(f"{name_opening(routine.name)} is switched off: it won't run, by "
                         f"voice{' or on its schedule' if routine.triggers else ''}, until "
                         f"you say \"enable {phrase}\".")
        return "switched", routine.name

    def _rename_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"rename good morning": the new name is asked for. "rename movie night cinema"
        (no "to") is renamed at once: the new name was said after the routine's own."""
        name = self._find(talk.target)
        if name is not None:
            said = f"rename {talk.target}"
            new = new_name_said(said, self._called(name))
            if new != said:
                self.subject = name
                return self._rename_to(replies, name, new), name
        return self._ask_for_new(replies, talk, "What should {name} be called? Say the new "
                                 "name, or \"cancel\".", op="rename", done="rename asked")

    def _phrase_ask(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"add a phrase to good morning": the new phrase is asked for, then added as
        "call good morning rise and shine" adds it."""
        return self._ask_for_new(replies, talk, "What else should start {name}? Say the new "
                                 "phrase, or \"cancel\".", op="add_phrase",
                                 done="phrase asked")

    def _ask_for_new(self, replies: TurnReplies, talk: Talk, question: str, *, op: str,
                     done: str) -> tuple[str, str | None]:
        """The routine ``talk`` names, and ``question`` (of its ``{name}``) asking for the
        new name or phrase the next turn gives (``op``: what that turn does with it)."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        self._ask(replies, name, question.format(name=in_text(name)), op=op, new="",
                  stage="new name")
        return done, name

    def _which_routine(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"forget", "delete a routine", "rename": which one, and how to say it.
        "forget everything" (``talk.target``) too: routines are forgotten one at a time,
        each after a yes (it was offered for teaching)."""
        names = self.store.routine_names()
        if not names:
            replies.info("You haven't taught me any routines yet. Say \"teach\" to teach "
                         "me one.")
            return "which routine", None
        verb = talk.value.casefold()
        example = in_text(names[0])
        how = (f"\"rename {example} to\" and the new name" if verb == "rename"
               else f"\"{verb} {example}\"")
        first = ""
        if talk.target == "everything":
            first = (f"I {verb} routines one at a time, and ask before each, so nothing is "
                     "deleted yet (in a terminal, \"teachapp delete\" and the routine's "
                     "name does the same). ")
        # (asked: its name said alone next is the answer; "delete" then "reading mode" ran
        # reading mode)
        self._ask(replies, None, f"{first}Which routine should I {verb}"
                  f"{' first' if first else ''}? Say its name, or {how}. "
                  f"I know {spoken_list([in_text(n) for n in names], most=8)}.",
                  op="which_routine", verb=verb)
        return "which routine", None

    def _add_phrase(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        return self._add_to(replies, name, talk.value), name

    def _add_to(self, replies: TurnReplies, name: str, phrase: str,
                on_clash: OnClash = OnClash.FAIL) -> str:
        owner = self.store.phrase_owner(phrase)
        if owner is not None and owner.casefold() == name.casefold():
            replies.info(f"{name_opening(name)} already answers to \"{phrase}\".")
            return "phrase kept"
        if owner is not None and on_clash == OnClash.FAIL:
            self._ask(replies, name, f"\"{phrase}\" already starts {in_text(owner)}. Say "
                      f"\"replace\" to move it to {in_text(name)}, \"rename\" to give "
                      f"{in_text(name)} another phrase, or "
                      f"\"keep\" to leave it with {in_text(owner)}.", op="add_phrase", new=phrase,
                      owner=owner)
            return "name taken"
        library.add_phrase(self.store, name, phrase, on_clash)
        self.subject = name
        moved = f" (it no longer starts {in_text(owner)})" if owner else ""
        replies.info(f"OK, \"{phrase}\" will start {in_text(name)} too{moved}.")
        self.a._emit(RoutinesChanged())
        return "phrase added"

    def _alias_named(self, words: str) -> str | None:
        """The phrase "forget" names when it is not a routine but one of its phrases: a
        learned or added alias said as it is ("forget breeding road"), or any phrase but
        a routine's last said as one ("forget the phrase time to read"). "forget
        breeding road" offered to delete Reading mode, the routine it had been learned
        for, which a person who heard "I learned: "breeding road" for reading mode"
        did not mean."""
        said = _PHRASE_SAID.match(words)
        phrase = words[said.end():] if said else words
        key = phrase_key(phrase)
        for text, routine, origin in self.store.phrase_index():
            if phrase_key(text) != key or key == phrase_key(routine):
                continue
            if said or origin in ALIAS_ORIGINS:
                return text
        return None

    def _remove_phrase(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        phrase, owner = talk.value, self.store.phrase_owner(talk.value)
        named = (knowledge.find_routine(self.store, talk.target)
                 if owner is not None and talk.target not in ("", "it") else None)
        if named is not None and owner is not None and named.casefold() != owner.casefold():
            # ("forget that book time means movie night" of reading mode's phrase)
            replies.info(f"\"{phrase}\" starts {in_text(owner)}, not {in_text(named)}, so I "
                         "left it.")
            return "not known", owner
        if owner is None and talk.target != "it":
            words = f"{talk.target} {talk.value}".split()
            for cut in range(1, len(words)):
                candidate = " ".join(words[cut:])
                found = self.store.phrase_owner(candidate)
                if found is not None:
                    phrase, owner = candidate, found
                    break
        if owner is None:
            named, phrase = self._routine_and_words(f"{talk.target} {talk.value}")
            if named is not None:  # ("stop calling movie time film": it was 'No routine
                # answers to "time film", …', the routine's name cut in two)
                replies.info(f"{name_opening(named)} has no phrase \"{phrase}\", so there "
                             "is nothing to stop.")
                return "not known", named
            replies.info(f"No routine answers to \"{talk.value}\", so there is nothing to "
                         "stop.")
            return "not known", None
        origin = library.remove_phrase(self.store, owner, phrase)
        if origin == PhraseOrigin.LEARNED:
            self.a._learner.against(phrase, owner)
            extra = " It was an alias I had learned; I won't learn it again."
        else:
            extra = ""
        replies.info(f"OK, \"{phrase}\" no longer starts {in_text(owner)}.{extra}")
        self.subject = owner
        self.phrases_taken_off(owner, [(phrase, str(origin))])
        return "phrase removed", owner

    def _routine_and_words(self, said: str) -> tuple[str | None, str]:
        """A routine named first in ``said`` and the words after it ("movie time film"
        -> ("movie time", "film")); (None, "") when no routine is named first."""
        words = said.split()
        for cut in range(len(words) - 1, 0, -1):
            named = knowledge.find_routine(self.store, " ".join(words[:cut]))
            if named is not None:
                return named, " ".join(words[cut:])
        return None, ""

    def phrases_taken_off(self, routine: str, taken: list[tuple[str, str]]) -> None:
        """Phrases just taken off ``routine`` ((text, origin) each): said ("forget …",
        "stop calling it …"), History's Remove or left out in the routine editor. The
        one path for all three, so the next "undo" (said, the window's Undo, any front
        end's ``undo_newest``) puts them back wherever they were removed (one removed in
        the editor could not be undone: "undo" took back the newest run instead), in
        this session or a later one (``store.phrase_removals``; it was kept in memory)."""
        save_phrase_removal(self.store, routine, taken, at=self.a.now())
        self.a._emit(RoutinesChanged())
