"""Use cases on what was taught, shared by the CLI, the window and the voice
commands: import, export, teach from a list of steps, delete (undoable), rename,
add and remove phrases, save a routine as edited in the window.

The rules live here once: a file that brings its own devices replaces the untouched
simulated home; every step must name a device of the home or the file; a name that
exists is replaced only when asked; an export is written atomically.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from dataclasses import replace as with_fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ..domain import (
    Device,
    Phrase,
    PhraseOrigin,
    Progress,
    Routine,
    SetStep,
    Step,
    counted,
    spoken_list,
    validate_routine,
)
from ..errors import ConflictError, NotFoundError, RoutineFileError, TeachappError
from ..home import only_default_home
from ..paths import file_in_the_way
from ..store import (
    DeletedRoutine,
    History,
    Interaction,
    PhrasesPutBack,
    RenameUndone,
    RoutineFile,
    StepsUndone,
    Store,
    UnconfirmedRun,
    delete_routine_kept,
    dump_routine_file,
    last_deletion,
    load_routine_file,
    newest_undoable,
    phrase_key,
    read_routine_file,
    restore_deletion,
    take_unconfirmed_run,
    undo_phrase_removal,
    undo_rename,
    undo_step_edit,
)
from ..store import rename_routine as _rename_rows
from ..understanding.resolution import Confusion

__all__ = [
    "LARGE_FILE_BYTES",
    "DeletedRoutine",
    "Forgotten",
    "ImportPlan",
    "ImportReport",
    "NameTaken",
    "OnClash",
    "RenameUndone",
    "Renamed",
    "add_phrase",
    "apply_import",
    "delete_routine",
    "export_routines",
    "exported_said",
    "forgotten_by",
    "forgotten_just_now",
    "free_name",
    "import_cancelled_said",
    "import_progress_said",
    "name_taken",
    "nothing_confirmed_said",
    "plan_import",
    "read_routine_file",
    "remove_phrase",
    "rename_routine",
    "restore_deleted",
    "save_edited",
    "teach_routine",
    "unconfirmed_what",
    "undo_deletion_if_newest",
    "undo_phrase_removal_if_newest",
    "undo_rename_if_newest",
    "undo_step_edit_if_newest",
    "undo_unconfirmed_run_if_newest",
]


LARGE_FILE_BYTES = 128 * 1024
"""A routine file from this size (about 600 routines) takes long enough to show how
its import goes (the terminal's line, the window's progress dialog)."""

_STAGES = {"reading": "reading the file", "checking": "checking the routines",
           "saving": "saving"}


def import_progress_said(stage: str, done: int, total: int) -> str:
    """How an import goes, in words: "saving 4,000 of 88,000 (4 %)"; the same in the
    terminal and the window."""
    share = f" ({100 * done // total} %)" if total else ""
    count = "" if stage == "reading" else f" {done:,} of {total:,}"
    return f"{_STAGES.get(stage, stage)}{count}{share}"


def import_cancelled_said(name: str) -> str:
    """An import the person stopped (the window's Cancel, Ctrl-C in the terminal), in
    the same words in both (the terminal said "Import of X stopped; …")."""
    return f"Import cancelled: nothing was imported from {name}."


class OnClash(StrEnum):
    """What an import does with a routine whose name exists."""

    FAIL = "fail"
    """Import nothing and say which names clash (the CLI without --replace)."""
    REPLACE = "replace"
    SKIP = "skip"
    """Keep the existing routines; import the others."""
    KEEP_BOTH = "keep_both"
    """Rename: keep the other routine and take a free variant of the name ("Cinema 2")."""


@dataclass
class ImportPlan:
    """A routine file read and checked against the home, before anything changes."""

    path: str
    devices: list[Device]
    routines: list[Routine]
    clashes: list[str] = field(default_factory=list)
    """Names in the file that already exist (as they are spelt in the database)."""
    drop_devices: list[str] = field(default_factory=list)
    """The untouched simulated home, replaced by the file's own devices."""
    history: History | None = None
    """States, usage, turns, learning and runs (``export --history``), if the file has them."""


@dataclass(frozen=True)
class ImportReport:
    imported: int
    replaced: int
    skipped: int
    devices: int

    def describe(self, path: str) -> str:
        text = (f"Imported {counted(self.imported, 'routine')} and "
                f"{counted(self.devices, 'device')} from {path}")
        extra = [part for count, part in ((self.replaced, f"{self.replaced} replaced"),
                                          (self.skipped, f"{self.skipped} skipped: the name "
                                           "exists")) if count]
        return text + (f" ({'; '.join(extra)})" if extra else "") + "."


def plan_import(store: Store, path: str | Path, *, loaded: RoutineFile | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Read ``path`` (unless ``loaded`` is it, read already; ``progress`` hears the
    reading) and check it against the home; changes nothing."""
    path = str(path)
    if loaded is None:
        loaded = load_routine_file(path, progress=progress)
    devices, routines = loaded.devices, loaded.routines
    drop = only_default_home(store) if devices else []
    known = ({d.id for d in store.devices()} - set(drop)) | {d.id for d in devices}
    for routine in routines:
        for index, step in enumerate(routine.steps):
            if isinstance(step, SetStep) and step.device not in known:
                raise RoutineFileError(
                    path, f"there is no device {step.device!r} in the home or the "
                    "file; add it under 'devices:' or fix the id.",
                    routine=routine.name, field=f"steps[{index}].device")
    existing = {n.casefold(): n for n in store.routine_names()}
    clashes = [existing[r.name.casefold()] for r in routines if r.name.casefold() in existing]
    return ImportPlan(path, devices, routines, clashes, drop, loaded.history)


def apply_import(store: Store, plan: ImportPlan, on_clash: OnClash = OnClash.FAIL, *,
                 progress: Progress | None = None) -> ImportReport:
    """Import a checked plan in one transaction (``progress`` hears how it goes)."""
    routines = plan.routines
    if plan.clashes and on_clash == OnClash.FAIL:
        more = f" (and {len(plan.clashes) - 1} more)" if len(plan.clashes) > 1 else ""
        raise ConflictError(
            f"{plan.path}: routine {plan.clashes[0]!r} already exists{more}; nothing was "
            "imported. Use --replace to replace them.")
    clashing = {name.casefold() for name in plan.clashes}
    skipped = 0
    if on_clash == OnClash.SKIP:
        kept = [r for r in routines if r.name.casefold() not in clashing]
        skipped, routines = len(routines) - len(kept), kept
    store.import_all(plan.devices, routines, replace=on_clash == OnClash.REPLACE,
                     drop_devices=plan.drop_devices, history=plan.history, source=plan.path,
                     progress=progress)
    replaced = len(plan.clashes) if on_clash == OnClash.REPLACE else 0
    return ImportReport(imported=len(routines), replaced=replaced, skipped=skipped,
                        devices=len(plan.devices))


def exported_said(count: int, path: str | Path) -> str:
    """What an export to a file tells, the same in the terminal and the window."""
    return f"Exported {counted(count, 'routine')} to {path}."


def export_routines(store: Store, path: str | Path | None, *, fmt: str | None = None,
                    history: bool = False, replace: bool = False) -> tuple[str, int]:
    """The routine file text and how many routines it holds; written atomically to
    ``path`` when one is given (a crash leaves the old file or the new, never half).
    ``history`` adds the household's history, for a move without loss. A file already
    at ``path`` is written over when it is empty or a routine file, or with ``replace``
    (the window's save dialog asked); never the database in use."""
    if fmt is None:
        fmt = "json" if path is not None and str(path).lower().endswith(".json") else "yaml"
    if path is not None:
        _check_target(store, Path(path), replace)
    routines = store.routines()
    text = dump_routine_file(store.devices(), routines, fmt=fmt,
                             history=store.history_snapshot() if history else None)
    if path is not None:
        _write_atomically(Path(path), text)
    return text, len(routines)


def _check_target(store: Store, target: Path, replace: bool) -> None:
    """TeachappError when writing the routines to ``target`` would lose what is there:
    the database teachapp is using (whatever ``replace`` says), or, without ``replace``,
    a file that holds something other than routines (it was written over, and a
    database exported into itself was gone)."""
    database = store.path
    if database is not None and target.is_file() and database.is_file() \
            and os.path.samefile(target, database):
        raise TeachappError(
            f"Cannot write {target}: it is the database teachapp is using, and the "
            "routines would replace it. Nothing was written.",
            fix=f"Give another file name, e.g. {target.with_suffix('.yaml')}.")
    held = None if replace else _held(target)
    if held:
        raise TeachappError(
            f"Cannot write {target}: it holds {held}, and the routines would replace it. "
            "Nothing was written.",
            fix="Give another file name, or move that file away first.")


def _held(target: Path) -> str | None:
    """What the file at ``target`` holds that is no routine file ("an SQLite database",
    "text that is no routine file"); None when there is none, or it is empty or one."""
    import yaml

    try:
        if not target.is_file() or target.stat().st_size == 0:
            return None
        with target.open("rb") as handle:
            head = handle.read(4096)
        if head.startswith(b"SQLite format 3\x00"):
            return "an SQLite database (a teachapp database or backup?)"
        if b"\x00" in head:
            return "data that is no text (a picture or a program?)"
        doc = yaml.safe_load(target.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return "something that is no routine file"
    if isinstance(doc, dict) and not {"version", "routines", "devices"}.isdisjoint(doc):
        return None
    return "text that is no routine file"


def _write_atomically(target: Path, text: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                   dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot_write(target, exc) from exc


def _cannot_write(target: Path, exc: OSError) -> TeachappError:
    """What stopped a file being written, and the way round it (a missing folder, a
    folder given as the file, a full or read-only disk); nothing was written."""
    in_the_way = file_in_the_way(target)
    if in_the_way is not None:
        why = (f"{in_the_way} is a file, not a folder, so nothing can be saved inside it; "
               "choose a folder to save in.")
    elif exc.errno == errno.ENOENT and not target.parent.is_dir():
        why = (f"the folder {target.parent} does not exist; create it or choose another "
               "folder.")
    elif exc.errno == errno.EISDIR or target.is_dir():
        why = f"it is a folder; give a file name, e.g. {target / 'routines.yaml'}."
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        why = "the disk is full; free some space or choose a folder on another disk."
    else:
        why = f"{(exc.strerror or str(exc)).lower()}; choose a folder you can write to."
    return TeachappError(f"Cannot write {target}: {why} Nothing was written.")


def teach_routine(store: Store, phrase: str, steps: list[Step], *, name: str | None = None,
                  replace: bool = False, source: str = "cli",
                  confusable: list[Confusion] | None = None) -> Routine:
    """Save ``phrase`` -> ``steps`` as a routine named as chat and the window name it
    (``routine_title``: the phrase as said) unless ``name`` is given; with
    ``replace`` the routine's other phrases are kept."""
    from .teaching import routine_title

    phrase = " ".join(phrase.split())
    name = " ".join(name.split()) if name else routine_title(phrase)
    owner = store.phrase_owner(phrase)
    if owner is not None and owner.casefold() != name.casefold():
        raise ConflictError(f"The phrase {phrase!r} already starts routine {owner!r}; "
                            "choose another phrase.")
    phrases = [Phrase(text=phrase, origin=PhraseOrigin.TAUGHT)]
    if replace:
        try:
            old = store.routine(name)
            phrases += [p for p in old.phrases if p.text.casefold() != phrase.casefold()]
        except NotFoundError:
            pass
    routine = validate_routine(Routine(name=name, phrases=phrases, steps=steps, source=source))
    return store.save_routine(routine, replace=replace)



# ---------------------------------------------------- delete, rename, phrases


@dataclass(frozen=True)
class NameTaken:
    """A name (or phrase) asked for that another routine already has."""

    name: str
    owner: str
    as_phrase: bool
    """True when ``owner`` has it as a phrase, not as its name."""

    def describe(self) -> str:
        if self.as_phrase:
            return f"\"{self.name}\" already starts {self.owner}"
        return f"There is already a routine called {self.owner}"


def name_taken(store: Store, name: str, *, exclude: str | None = None) -> NameTaken | None:
    """Which other routine has ``name`` as its name or as one of its phrases."""
    key, skip = name.strip().casefold(), (exclude or "").strip().casefold()
    for other in store.routine_names():
        if other.casefold() == key and other.casefold() != skip:
            return NameTaken(name, other, as_phrase=False)
    owner = store.phrase_owner(name)
    if owner is not None and owner.casefold() != skip:
        return NameTaken(name, owner, as_phrase=True)
    return None


def free_name(store: Store, name: str) -> str:
    """``name``, or "name 2", "name 3"... the first that no routine has."""
    candidate, number = name, 2
    while name_taken(store, candidate) is not None:
        candidate, number = f"{name} {number}", number + 1
    return candidate


def delete_routine(store: Store, name: str, *, at: datetime | None = None
                   ) -> DeletedRoutine:
    """Delete a routine, undoably: ``restore_deleted`` (or "undo", even in a later
    session) brings it back with its phrases and learned aliases. ``at``: when, by the
    clock the runs are logged by (the assistant's), so "undo" takes the newer first."""
    return delete_routine_kept(store, name, at=at)


def restore_deleted(store: Store) -> tuple[str, list[str]]:
    """Bring back the newest deleted routine; (name, phrases left out: taken since)."""
    return restore_deletion(store)


@dataclass(frozen=True)
class Forgotten:
    """A routine forgotten last, named again: its name and the phrase of it said."""

    name: str
    phrase: str


def forgotten_just_now(store: Store, words: str) -> Forgotten | None:
    """The routine ``words`` name when forgetting it is the change "undo" takes back
    next; None otherwise. "forget film night", "yes", then "film night" was offered for
    teaching, and the "undo" the person had just been told to say answered that offer
    ("nothing was undone") instead of bringing the routine back."""
    if newest_undoable(store) != "deletion":
        return None
    deletion = last_deletion(store)
    key = phrase_key(words)
    if deletion is None or not key:
        return None
    phrase = next((p for p in [*deletion.phrases, deletion.name] if phrase_key(p) == key),
                  None)
    return None if phrase is None else Forgotten(deletion.name, phrase.casefold())


def undo_deletion_if_newest(store: Store) -> tuple[str, list[str]] | None:
    """When the newest undoable thing is a deletion, undo it; None otherwise."""
    if newest_undoable(store) != "deletion":
        return None
    return restore_deletion(store)


def deleted_elsewhere(store: Store, deletion: DeletedRoutine | None) -> str:
    """What an undo that brought back ``deletion`` adds when another computer of the
    household made it (deletions are shared, runs are undone per computer): whose it
    was, and that this computer's run is undone next. "" for this computer's own. On
    one PostgreSQL database, 'undo' on the living-room PC after the kitchen deleted the
    routine said only "Restored routine 'bright'.", and the lamp its run had turned on
    stayed on, unexplained."""
    if deletion is None or not deletion.machine or deletion.machine == store.machine:
        return ""
    said = f"It was deleted on {deletion.machine}."
    if store.last_run() is not None:
        said += " Undo again to put back what this computer's last run changed."
    return said


def undo_phrase_removal_if_newest(store: Store) -> PhrasesPutBack | None:
    """When the newest undoable thing is phrases taken off a routine (any session), put
    them back; None otherwise. NotFoundError when the routine is gone."""
    if newest_undoable(store) != "phrase removal":
        return None
    return undo_phrase_removal(store)


def undo_step_edit_if_newest(store: Store) -> StepsUndone | None:
    """When the newest undoable thing is a step edit made by voice (any session), put
    the steps back; None otherwise. ConflictError when the routine changed since."""
    if newest_undoable(store) != "step edit":
        return None
    return undo_step_edit(store)


def undo_unconfirmed_run_if_newest(store: Store) -> UnconfirmedRun | None:
    """When the newest undoable thing is a run no device confirmed (any session), take
    it (there is nothing to put back: ``nothing_confirmed_said`` says so); None
    otherwise. The run before it is undone next."""
    if newest_undoable(store) != "unconfirmed run":
        return None
    return take_unconfirmed_run(store)


def nothing_confirmed_said(store: Store, run: UnconfirmedRun) -> str:
    """What "undo" says of a run no device confirmed, in chat, the window and
    ``teachapp undo`` alike: 'Nothing was put back: "turn on the broken lamp" changed
    nothing that I could confirm. Broken lamp never confirmed its change, so nothing of
    it was recorded to put back.', and that "undo" again takes back the run before it
    when there is one."""
    names = run.names
    one = len(names) == 1
    older = (' Say "undo" again to take back the run before it.'
             if store.last_run() is not None else "")
    return (f"Nothing was put back: {unconfirmed_what(run)} changed nothing that I could "
            f"confirm. {spoken_list(names)} never confirmed {'its' if one else 'their'} "
            f"change, so nothing of {'it' if one else 'them'} was recorded to put back."
            f"{older}")


def unconfirmed_what(run: UnconfirmedRun) -> str:
    """The run as said: its routine's name, or its words in quotes."""
    return run.routine or (f'"{run.utterance}"' if run.utterance else "the last change")


def forgotten_by(store: Store, deletion: DeletedRoutine) -> str | None:
    """The words that asked to forget the routine ``deletion`` took away ("forget movie
    night", answered yes), from the interaction log, so an undo can say what it brought
    back and why it was gone; None when it went otherwise (``teachapp delete``, the
    window) or the log no longer reaches it."""
    turns = store.interactions(limit=50)
    key = deletion.name.casefold()

    def of_it(turn: Interaction, outcome: str) -> bool:
        return turn.outcome == outcome and (turn.routine or "").casefold() == key

    for i, turn in enumerate(turns):
        if of_it(turn, "forgotten") and turn.at is not None and abs(
                (_naive(turn.at) - _naive(deletion.at)).total_seconds()) < _SAME_TURN:
            asked = next((t for t in turns[i + 1:] if of_it(t, "forget asked")), None)
            return asked.heard if asked is not None else None
    return None


_SAME_TURN = 60.0
"""Seconds between a deletion and the turn that logged it ("yes" to "Forget X?")."""


def _naive(at: datetime) -> datetime:
    return at.replace(tzinfo=None)


def undo_rename_if_newest(store: Store) -> RenameUndone | None:
    """When the newest undoable thing is a rename (by voice, ``teachapp rename``, in
    any session), rename back, bringing back a routine it replaced; None otherwise."""
    if newest_undoable(store) != "rename":
        return None
    return undo_rename(store)


@dataclass(frozen=True)
class Renamed:
    old: str
    new: str
    replaced: str | None = None
    """The other routine deleted (undoably) to free the name, if any."""


def rename_routine(store: Store, old: str, new: str, on_clash: OnClash = OnClash.FAIL,
                   *, at: datetime | None = None) -> Renamed:
    """Rename ``old`` to ``new``, undoably: "undo" or ``teachapp undo``, in any later
    session, renames back (``undo_rename_if_newest``). A name another routine has is
    an error naming it (FAIL), frees the name (REPLACE: that routine is deleted, and
    comes back with the undo, or loses the phrase), or gives a free variant
    (KEEP_BOTH: "Cinema 2"). The one rename of the CLI and chat. ``at``: as
    ``delete_routine``'s."""
    current = store.routine(old).name
    new = " ".join(new.split())
    taken = name_taken(store, new, exclude=current)
    replaced, replaced_id = None, None
    if taken is not None:
        if on_clash == OnClash.KEEP_BOTH:
            new = free_name(store, new)
        elif on_clash == OnClash.REPLACE:
            if taken.as_phrase:
                store.remove_phrase(taken.owner, new)
            else:
                replaced, replaced_id = taken.owner, delete_routine(store, taken.owner,
                                                                    at=at).id
        else:
            raise ConflictError(f"{taken.describe()}; choose another name for "
                                f"{current!r}, or delete {taken.owner!r} first.")
    previous, now = _rename_rows(store, current, new, replaced_id=replaced_id, at=at)
    return Renamed(previous, now, replaced)


def save_edited(store: Store, routine: Routine, *, previous_name: str | None) -> Routine:
    """Save ``routine`` as edited in the window (``previous_name``: the name it was
    loaded under; None for a new one). A new name goes through ``rename_routine``, as
    said in chat or typed as ``teachapp rename``, so "undo" (the window's, chat's,
    ``teachapp undo``) renames back. The phrases are saved as the window shows them:
    the rename's rule (the phrase that was the old name becomes the new one) is for a
    rename said or typed, where no phrase list is shown; in the window, renaming
    "reading mode" to "Reading time" took "reading mode" away though its row still
    showed it. The rest of the edit is saved first, under the old name, after the new
    name is checked free, so a refused name changes nothing."""
    if previous_name is None:
        return store.save_routine(routine)
    new = " ".join(routine.name.split())
    try:
        current = store.routine(previous_name).name
    except NotFoundError:
        current = new  # (deleted elsewhere: the save says so)
    if new == current:
        return store.save_routine(routine, replace=True, previous_name=previous_name)
    taken = name_taken(store, new, exclude=current)
    if taken is not None:
        raise ConflictError(f"{taken.describe()}; choose another name for {current!r}, "
                            f"or delete {taken.owner!r} first.")
    store.save_routine(with_fields(routine, name=current), replace=True,
                       previous_name=current)
    rename_routine(store, current, new)
    renamed = store.routine(new)
    if [phrase_key(p.text) for p in renamed.phrases] != [phrase_key(p.text)
                                                         for p in routine.phrases]:
        return store.save_routine(with_fields(routine, name=new, version=renamed.version),
                                  replace=True, previous_name=new)
    return renamed


def add_phrase(store: Store, routine: str, phrase: str, on_clash: OnClash = OnClash.FAIL
               ) -> str:
    """Give ``routine`` another phrase (origin alias). A phrase another routine has is
    an error naming it, or is moved over with REPLACE. Returns the routine's name."""
    name = store.routine(routine).name
    phrase = " ".join(phrase.split())
    owner = store.phrase_owner(phrase)
    if owner is not None and owner.casefold() != name.casefold():
        if on_clash != OnClash.REPLACE:
            raise ConflictError(f"The phrase {phrase!r} already starts routine {owner!r}; "
                                "choose another phrase, or move it from that routine.")
        store.remove_phrase(owner, phrase)
    store.add_phrase(name, phrase, origin=PhraseOrigin.ALIAS)
    return name


def remove_phrase(store: Store, routine: str, phrase: str) -> str:
    """Take a phrase (taught, added or learned) off a routine; returns its origin.
    The last phrase cannot go: the routine would not be sayable."""
    current = store.routine(routine)
    key = phrase_key(phrase)
    found = next((p for p in current.phrases if phrase_key(p.text) == key), None)
    if found is None:
        raise NotFoundError(f"{current.name!r} has no phrase {phrase!r}; its phrases are "
                            + spoken_list(repr(p.text) for p in current.phrases) + ".")
    store.remove_phrase(current.name, found.text)
    return str(found.origin)
