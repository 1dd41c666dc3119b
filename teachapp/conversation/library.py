"""Use cases on what was taught, shared by the CLI and the window: import, export,
teach from a list of steps.

The rules live here once: a file that brings its own devices replaces the untouched
simulated home; every step must name a device of the home or the file; a name that
exists is replaced only when asked; an export is written atomically.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..domain import Device, Phrase, PhraseOrigin, Routine, SetStep, Step, validate_routine
from ..errors import ConflictError, NotFoundError, RoutineFileError, TeachappError
from ..home import only_default_home
from ..store import History, Store, dump_routine_file, read_history, read_routine_file
from ..understanding.resolution import Confusion

__all__ = [
    "ImportPlan",
    "ImportReport",
    "OnClash",
    "apply_import",
    "export_routines",
    "plan_import",
    "read_routine_file",
    "teach_routine",
]


class OnClash(StrEnum):
    """What an import does with a routine whose name exists."""

    FAIL = "fail"
    """Import nothing and say which names clash (the CLI without --replace)."""
    REPLACE = "replace"
    SKIP = "skip"
    """Keep the existing routines; import the others."""


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
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'s' if count != 1 else ''}"

        text = f"Imported {n(self.imported, 'routine')} and {n(self.devices, 'device')} from {path}"
        extra = [part for count, part in ((self.replaced, f"{self.replaced} replaced"),
                                          (self.skipped, f"{self.skipped} skipped: the name "
                                           "exists")) if count]
        return text + (f" ({'; '.join(extra)})" if extra else "") + "."


def plan_import(store: Store, path: str | Path) -> ImportPlan:
    """Read ``path`` and check it against the home; changes nothing."""
    path = str(path)
    devices, routines = read_routine_file(path)
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
    return ImportPlan(path, devices, routines, clashes, drop, read_history(path))


def apply_import(store: Store, plan: ImportPlan, on_clash: OnClash = OnClash.FAIL
                 ) -> ImportReport:
    """Import a checked plan in one transaction."""
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
                     drop_devices=plan.drop_devices, history=plan.history, source=plan.path)
    replaced = len(plan.clashes) if on_clash == OnClash.REPLACE else 0
    return ImportReport(imported=len(routines), replaced=replaced, skipped=skipped,
                        devices=len(plan.devices))


def export_routines(store: Store, path: str | Path | None, *, fmt: str | None = None,
                    history: bool = False) -> tuple[str, int]:
    """The routine file text and how many routines it holds; written atomically to
    ``path`` when one is given (a crash leaves the old file or the new, never half).
    ``history`` adds the household's history, for a move without loss."""
    if fmt is None:
        fmt = "json" if path is not None and str(path).lower().endswith(".json") else "yaml"
    routines = store.routines()
    text = dump_routine_file(store.devices(), routines, fmt=fmt,
                             history=store.history_snapshot() if history else None)
    if path is not None:
        _write_atomically(Path(path), text)
    return text, len(routines)


def _write_atomically(target: Path, text: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                   dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise TeachappError(f"Cannot write {target}: {exc.strerror or exc}; choose a "
                            "folder you can write to.") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TeachappError(f"Cannot write {target}: {exc.strerror or exc}.") from exc


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

