"""Teaching: the phrase (said, heard, corrected, refused) and saving the routine."""

from __future__ import annotations

from ..domain import (
    MAX_NAME_CHARS,
    Phrase,
    PhraseOrigin,
    Routine,
    SetStep,
    name_in_sentence,
    shorten,
    validate_changes,
)
from ..errors import AttributeValueError, ConflictError, NotFoundError, UnknownDeviceError
from ..store import phrase_key
from ..understanding.normalize import only_small_words
from ..understanding.parts import split_parts
from . import intents as dialogue
from .teacher_state import EXAMPLES, LastCommand, TeacherState, pause_or_reply
from .teaching import TeachingSession, fits_a_phrase, routine_title, summarise_steps
from .turns import TurnReplies

__all__ = ["TeacherPhrase"]


class TeacherPhrase(TeacherState):
    """The phrase step and the save."""

    def start(self, replies: TurnReplies, phrase: str | None, *, heard: bool = False) -> None:
        """A new session; with ``phrase`` the phrase step is done at once."""
        self.session = TeachingSession()
        self._last, self._last_said = LastCommand(), None
        self._missed = 0
        replies.outcome = "teach"
        if phrase:
            self.set_phrase(replies, phrase, heard=phrase if heard else None)
        else:
            replies.question("What's the phrase?")

    def cancel(self, replies: TurnReplies) -> None:
        if self.session is None:
            return
        phrase, self.session = self.session.phrase, None
        replies.outcome = "cancelled"
        # what was let go, by name: "cancel" at "What's the phrase?" said "OK, I won't
        # save it." of nothing named yet, and left unsaid whether anything was learned
        replies.info(f"OK, \"{phrase}\" was not taught." if phrase else
                     "OK, nothing was taught.")

    def set_phrase(self, replies: TurnReplies, text: str, *, heard: str | None) -> None:
        """Set the phrase (``heard``: the raw transcript when it was spoken)."""
        session = self._require()
        phrase = dialogue.taught_phrase(text)
        replies.outcome = "phrase"
        if not phrase_key(phrase):
            replies.question("A phrase needs at least one word. What's the phrase?")
            return
        if not fits_a_phrase(phrase):
            replies.question(f"\"{shorten(phrase)}\" is too long for a phrase ("
                             f"{MAX_NAME_CHARS} characters at most): a phrase is said in one "
                             "breath. What's the phrase?")
            return
        if only_small_words(phrase):
            replies.question(f"\"{phrase}\" has no word I could listen for: small words like "
                             "\"the\", \"and\" or \"um\" are left out of every phrase. Say a "
                             "phrase of a word or two of its own, like \"reading mode\".")
            return
        if dialogue.says_slip(text):  # ("oops" after "teach": no phrase, the slip unsaid)
            replies.question("No harm done. What's the phrase? Say a word or two of its "
                             "own, like \"reading mode\", or \"cancel\".")
            return
        if dialogue.intent(phrase) is not None:
            replies.question(f"\"{phrase}\" is a word I use when we talk; choose another "
                             "phrase.")
            return
        if self._several_things(phrase):
            replies.question(f"\"{phrase}\" sounds like what it should do, not its name. "
                             "What's the phrase? Say a word or two of its own, like "
                             "\"reading mode\"; then tell me what it should do.")
            return
        owner = self._store.phrase_owner(phrase)
        if owner is not None:
            replies.outcome = "phrase taken"
            replies.error(f"\"{phrase}\" already starts {name_in_sentence(owner)}. Say another "
                          "phrase, or \"cancel\".")
            return
        first = session.stage == "phrase"
        session.phrase = phrase
        if heard:
            known = {phrase_key(v) for v in session.heard_variants}
            if phrase_key(heard) not in known:
                session.heard_variants.append(" ".join(heard.split()))
        session.warnings = self._resolver().confusable(phrase)
        if first:
            session.stage = "actions"
        self._heard_just_now = heard if heard and first else None
        self._warn(replies, session)
        if first:
            self._warn_command(replies, phrase)
        if first and heard:
            # The read-back rides on the next question: nothing extra to answer.
            replies.question(f"I heard \"{phrase}\". What should it do? Tell me, or set the "
                             "devices, then say \"done\". (Not what you said? Say \"no\", or "
                             "say or type the phrase again.)")
        elif first:
            replies.question(f"What should \"{phrase}\" do? Tell me, or set the devices, "
                             "then say \"done\".")
        elif session.stage == "confirm":  # the question again, with the new name in it
            replies.question(f"OK, \"{phrase}\" then. \"{phrase}\" will "
                             f"{summarise_steps(session)}. Shall I save it?")
        else:
            replies.info(f"The phrase is now \"{phrase}\".")

    def _several_things(self, phrase: str) -> bool:
        """Whether ``phrase`` is a list of things to do rather than a name: parts of
        which one is a pause or a reply, or two that are device commands ("desk lamp on
        then say hello", "tv off and lock the door"). One command alone may be a phrase
        ("lights off" may be taught to mean more than the lights)."""
        parts = split_parts(phrase)
        if len(parts) < 2:
            return False
        if any(pause_or_reply(p) for p in parts):
            return True
        parser = self._parser()
        commands = 0
        for part in parts:
            try:
                command = parser.parse(part)
            except (AttributeValueError, UnknownDeviceError):
                command = None
            commands += bool(command is not None and command.steps)
        return commands >= 2

    def _warn_command(self, replies: TurnReplies, phrase: str) -> None:
        """Say so when the phrase is already a device command: once taught, saying it
        runs the routine, not the command. "teach", "good morning" (taken: "Say another
        phrase"), "turn on the kitchen lights" made that the phrase of a routine that set
        the living room lamp, and the kitchen lights could no longer be turned on by
        saying so, unwarned. Taught anyway when the person goes on ("lights off" may
        mean more than the lights)."""
        try:
            command = self._parser().parse(phrase)
        except (AttributeValueError, UnknownDeviceError):
            return
        if command is None or not command.steps or command.elsewhere is not None:
            return
        replies.info(f"Careful: \"{phrase}\" is also a device command ({command.text}). "
                     "Once taught, saying it runs this routine instead. Say \"the phrase "
                     "is ...\" to choose another, or go on.")

    @staticmethod
    def _warn(replies: TurnReplies, session: TeachingSession) -> None:
        for warning in session.warnings[:1]:
            # (its name: "one of your routines"; it said '"reading mode", which starts
            # reading mode')
            whose = ("one of your routines" if phrase_key(warning.phrase) == phrase_key(
                warning.routine) else f"which starts {name_in_sentence(warning.routine)}")
            replies.info(f"Careful: \"{session.phrase}\" sounds like \"{warning.phrase}\", "
                         f"{whose}, so I may mix them up. Say \"the "
                         "phrase is ...\" to choose another, or go on.")

    def save_shown(self, replies: TurnReplies, phrase: str, steps: list[SetStep], *,
                   heard: bool = False) -> Routine | None:
        """"I don't know 'reading mode'. Shall I learn it?", then the person did it
        ("living room lamp to 100 percent") and said yes to "Shall 'reading mode' do that
        from now on?": the phrase is taught with those changes, as if shown while
        teaching. None (and why, said) when the phrase cannot be one."""
        scratch = TurnReplies(lambda _event: None)
        self.start(scratch, phrase, heard=heard)
        session = self.session
        if session is None or session.stage != "actions":
            self.session = None
            for line in scratch.lines:
                replies.info(line)
            return None
        for step in steps:
            session.targets.setdefault(step.device, {}).update(
                validate_changes(step.device, step.set))
            session.names[step.device] = self._backend.device(step.device).name
        self._warn(replies, session)
        return self.save(replies, None)

    def save(self, replies: TurnReplies, name: str | None) -> Routine:
        """Store the routine; the phrases heard while teaching come along as aliases."""
        session = self.session
        if session is None:
            raise NotFoundError("Nothing is being taught; say \"teach\" first.")
        if not session.phrase:
            raise ConflictError("The routine needs a phrase first: what should I listen for?")
        if not session.has_actions():
            raise ConflictError(f"\"{session.phrase}\" does not do anything yet; tell me what "
                                f"it should do, {EXAMPLES.format(**self._examples())}.")
        explicit = bool(name and name.strip())
        title = name.strip() if explicit and name else routine_title(session.phrase)
        if not explicit:
            title = self._free_name(title)
        phrases = [Phrase(session.phrase, origin=PhraseOrigin.TAUGHT)]
        seen = {phrase_key(session.phrase)}
        for variant in session.heard_variants:
            key = phrase_key(variant)
            if key and key not in seen and self._store.phrase_owner(key) is None:
                seen.add(key)
                phrases.append(Phrase(variant, origin=PhraseOrigin.LEARNED))
        routine = self._store.save_routine(Routine(name=title, phrases=phrases,
                                                   steps=session.steps(), source="voice"))
        self.session = None
        replies.outcome = "saved"
        replies.saved = routine
        replies.info(f"Saved. Say \"{session.phrase}\" any time.")
        return routine

    def _free_name(self, title: str) -> str:
        taken = {n.casefold() for n in self._store.routine_names()}
        candidate, number = title, 2
        while candidate.casefold() in taken:
            candidate, number = f"{title} {number}", number + 1
        return candidate

    def _replace_heard(self, replies: TurnReplies, text: str, kind: str | None, source: str,
                       heard: str) -> bool:
        """Right after a phrase was heard by voice: "no" asks for it again; words that
        are not something to do (typed, or said again) become the phrase."""
        session = self._require()
        if session.has_actions() or kind not in (None, "no"):
            return False
        if kind is None:
            if dialogue.parse_rename(text) or dialogue.parse_wait(text) is not None \
                    or dialogue.parse_say(text) or dialogue.is_capture(text):
                return False
            try:
                command = self._parser().parse(text)
            except (AttributeValueError, UnknownDeviceError):
                command = None
            if command is not None and command.steps:
                return False
        # Replaced at once: not kept as another way to say it ("the phrase is ..."
        # later keeps it, as a mishearing worth knowing).
        key = phrase_key(heard)
        session.heard_variants = [v for v in session.heard_variants if phrase_key(v) != key]
        if kind == "no":
            session.stage = "phrase"
            replies.outcome = "phrase"
            replies.question("Sorry. What's the phrase? Say it again, or type it.")
            return True
        session.stage = "phrase"
        self.set_phrase(replies, text, heard=text if source == "audio" else None)
        return True
