"""One error tree for teachapp; every message says what is wrong and how to fix it.

    TeachappError                 anything the person can fix; the CLI prints it in one line
    ├── DatabaseError             the database cannot be opened, read or upgraded
    │   └── DatabaseUnreachableError  a database server that is down, lost or refuses the login
    ├── NotFoundError             a routine, phrase or run that does not exist
    ├── ConflictError             a name or phrase that is already taken
    │   └── EditConflictError     a save based on a routine another computer changed since
    ├── RoutineError              a routine that cannot be saved as given (too long a
    │                             name or phrase, a step out of range)
    ├── RoutineFileError          an import file that is unreadable or invalid
    ├── DeviceError               a device problem
    │   ├── UnknownDeviceError    a device id or name that is not in the home
    │   ├── AttributeValueError   an unknown attribute or a value out of range
    │   └── DeviceUnavailableError  a backend that does not answer or refuses
    │       └── BackendUnreachableError  the whole backend (broker, server) is down
    ├── SpeechError               recogniser, model, audio or TTS trouble
    │   ├── ModelError            a missing or broken speech model
    │   └── AudioError            no microphone, an unreadable WAV file
    ├── ConfigError               a setting that cannot be used
    ├── Cancelled                 a long job (an import) the person stopped; nothing kept
    └── ScheduleError             a trigger in an unknown form, a time that does not
                                  exist, sunrise or sunset without a location

Lower-level exceptions (sqlite3, yaml, OSError) are translated at the boundary with
``raise ... from`` so the cause stays in the log file, not on the person's screen.

An error may carry its remedy apart from the problem (``fix=``): ``str(error)`` is
both, what the command line prints; ``problem`` is what is wrong alone, for a front
end whose own controls are the way out (the window's "Choose another database…"
button, where "point --db at another file" would be command-line advice).
"""

from __future__ import annotations

__all__ = [
    "AttributeValueError",
    "AudioError",
    "BackendUnreachableError",
    "Cancelled",
    "ConfigError",
    "ConflictError",
    "DatabaseError",
    "DatabaseUnreachableError",
    "DeviceError",
    "DeviceUnavailableError",
    "EditConflictError",
    "ModelError",
    "NotFoundError",
    "RoutineError",
    "RoutineFileError",
    "ScheduleError",
    "SpeechError",
    "TeachappError",
    "UnknownDeviceError",
    "mid_sentence",
]


class TeachappError(Exception):
    """Base class: a problem the person can understand and fix."""

    fix: str = ""
    """How to put it right, when given apart from the problem ("" when the message
    says it itself): "Point --db at another file, or …"."""

    def __init__(self, *args: object, fix: str = "") -> None:
        super().__init__(*args)
        if fix:
            self.fix = fix

    @property
    def problem(self) -> str:
        """What is wrong (and what was left as it was), without the remedy."""
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return " ".join(part for part in (self.problem, self.fix) if part)


class DatabaseError(TeachappError):
    """The database cannot be opened, read, written or upgraded."""


class DatabaseUnreachableError(DatabaseError):
    """A database server that is down, was lost mid-session or refused the login.

    Nothing was half-written: the transaction in progress was rolled back.
    """


class NotFoundError(TeachappError):
    """A routine, phrase or run that does not exist."""


class ConflictError(TeachappError):
    """A routine name or phrase that is already taken."""


class RoutineError(TeachappError):
    """A routine that cannot be saved as given; names the routine and the field."""

    def __init__(self, message: str, *, routine: str | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.routine = routine
        self.field = field
        super().__init__(f"Routine {routine!r}: {mid_sentence(message)}" if routine
                         else message)


_SENTENCE_OPENERS = frozenset({"A", "An", "The", "There", "This", "That", "It", "Each",
                               "Every", "No"})


def mid_sentence(message: str) -> str:
    """A message as it reads after "Routine 'x': ": "A wait is …" -> "a wait is …".
    Only a plain opening word is lowered; a name or an id keeps its capitals."""
    first, _, rest = message.partition(" ")
    return f"{first.lower()} {rest}" if first in _SENTENCE_OPENERS and rest else message


class EditConflictError(ConflictError):
    """A save based on an old version of a routine: refused, nothing overwritten.

    ``current`` is the routine as it is now (a ``teachapp.domain.Routine``, or None
    when it was deleted), so a window can show it.
    """

    def __init__(self, message: str, current: object = None) -> None:
        super().__init__(message)
        self.current = current


class RoutineFileError(TeachappError):
    """A routine file that cannot be read or does not follow the format.

    The message names the file, the routine (when known) and the field.
    """

    def __init__(self, file: str, message: str, *, routine: str | None = None,
                 field: str | None = None) -> None:
        self.file = file
        self.routine = routine
        self.field = field
        where = [file]
        if routine:
            where.append(f"routine {routine!r}")
        if field:
            where.append(f"field {field!r}")
        super().__init__(f"{', '.join(where)}: {message}")


class DeviceError(TeachappError):
    """A problem with a device."""


class UnknownDeviceError(DeviceError):
    """A device id or name that is not part of the home."""


class AttributeValueError(DeviceError):
    """An attribute the device kind does not have, or a value outside its range."""


class DeviceUnavailableError(DeviceError):
    """A device backend that did not answer or refused a change."""


class BackendUnreachableError(DeviceUnavailableError):
    """The device backend as a whole (MQTT broker, Home Assistant) cannot be reached.

    ``reason`` says so without naming a device, so a run can say it once for all steps.
    """

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class SpeechError(TeachappError):
    """Recognition, audio or text-to-speech trouble."""


class ModelError(SpeechError):
    """A speech model that is missing, incomplete or not a model at all."""


class AudioError(SpeechError):
    """No usable microphone, or an audio file that cannot be read."""


class ConfigError(TeachappError):
    """A setting that cannot be used as given."""


class ScheduleError(TeachappError):
    """A trigger that cannot be used: an unknown form, a local time that does not exist
    (a daylight-saving gap), or sunrise/sunset without a location in Settings."""


class Cancelled(TeachappError):
    """A long job the person stopped (an import's Cancel): raised from its progress
    report, so the transaction around it rolls back and nothing of it is kept."""
