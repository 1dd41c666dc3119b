"""Storage: the SQLite or shared PostgreSQL database, its change feed, routine files.

Public surface: ``Store`` and the records it returns, routine file reading and
writing, the default database location, and ``read_snapshot`` (routines and devices
read with the standard library alone, for the commands and the first paint that
must not wait for SQLAlchemy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names
from .records import AliasEvidence, Interaction, RunRecord, Timer, aware, phrase_key
from .revision import HEAD_REVISION
from .snapshot import Snapshot, read_snapshot

# Everything that needs SQLAlchemy (the Store, its tables, backups, routine files)
# loads on first use: ``list``, ``resolve`` and the window's first paint read a
# snapshot without it.
_LAZY = {
    "Backup": "backup",
    "backup_database": "backup",
    "backup_info": "backup",
    "backups_of": "backup",
    "CAUSES": "awareness",
    "Change": "changes",
    "change_cause": "awareness",
    "ChangeFeed": "changes",
    "current_cause": "awareness",
    "DamagedDatabaseError": "database",
    "database_url": "database",
    "DEFAULT_RETENTION_DAYS": "awareness",
    "delete_routine_kept": "turn_records",
    "DeletedRoutine": "turn_records",
    "describe_server": "server",
    "DeviceChange": "awareness",
    "DeviceList": "device_lists",
    "keep_device_list": "device_lists",
    "note_reported_attributes": "device_lists",
    "read_device_list": "device_lists",
    "display_url": "server",
    "dump_routine_file": "routine_file",
    "EvidenceLedger": "evidence",
    "History": "history_file",
    "HunchAnswer": "awareness",
    "is_postgres": "server",
    "last_deletion": "turn_records",
    "last_rename": "renames",
    "latest_backup": "backup",
    "libpq_url": "server",
    "log_interaction_with_detail": "turn_records",
    "MACHINE_ENV": "store",
    "name_now": "renames",
    "names_now": "renames",
    "machine_name": "store",
    "newest_undoable": "undo_order",
    "parse_routine_file": "routine_file",
    "phrase_origin": "turn_records",
    "read_history": "history_file",
    "read_only_note": "read_only_disk",
    "read_routine_file": "routine_file",
    "load_routine_file": "routine_file",
    "RoutineFile": "routine_file",
    "record_turn_detail": "turn_records",
    "rename_routine": "renames",
    "RenameUndone": "renames",
    "restore_backup": "backup",
    "restore_deletion": "turn_records",
    "save_step_edit": "step_edits",
    "save_phrase_removal": "phrase_removals",
    "PhrasesPutBack": "phrase_removals",
    "undo_phrase_removal": "phrase_removals",
    "last_phrase_removal": "phrase_removals",
    "StepsUndone": "step_edits",
    "undo_step_edit": "step_edits",
    "Restored": "backup",
    "ScheduledTrigger": "awareness",
    "sqlite_path": "database",
    "Store": "store",
    "turn_details": "turn_records",
    "TurnDetail": "turn_records",
    "undo_rename": "renames",
    "UnconfirmedRun": "unconfirmed_runs",
    "drop_unconfirmed_run": "unconfirmed_runs",
    "last_unconfirmed_run": "unconfirmed_runs",
    "save_unconfirmed_run": "unconfirmed_runs",
    "take_unconfirmed_run": "unconfirmed_runs",
    "Watcher": "changes",
}

if TYPE_CHECKING:
    from .awareness import (
        CAUSES,
        DEFAULT_RETENTION_DAYS,
        DeviceChange,
        HunchAnswer,
        ScheduledTrigger,
        change_cause,
        current_cause,
    )
    from .backup import (
        Backup,
        Restored,
        backup_database,
        backup_info,
        backups_of,
        latest_backup,
        restore_backup,
    )
    from .changes import (
        Change,
        ChangeFeed,
        Watcher,
    )
    from .database import (
        DamagedDatabaseError,
        database_url,
        sqlite_path,
    )
    from .device_lists import (
        DeviceList,
        keep_device_list,
        note_reported_attributes,
        read_device_list,
    )
    from .evidence import (
        EvidenceLedger,
    )
    from .history_file import (
        History,
        read_history,
    )
    from .phrase_removals import (
        PhrasesPutBack,
        last_phrase_removal,
        save_phrase_removal,
        undo_phrase_removal,
    )
    from .read_only_disk import read_only_note
    from .renames import (
        RenameUndone,
        last_rename,
        name_now,
        names_now,
        rename_routine,
        undo_rename,
    )
    from .routine_file import (
        RoutineFile,
        dump_routine_file,
        load_routine_file,
        parse_routine_file,
        read_routine_file,
    )
    from .server import (
        describe_server,
        display_url,
        is_postgres,
        libpq_url,
    )
    from .step_edits import StepsUndone, save_step_edit, undo_step_edit
    from .store import (
        MACHINE_ENV,
        Store,
        machine_name,
    )
    from .turn_records import (
        DeletedRoutine,
        TurnDetail,
        delete_routine_kept,
        last_deletion,
        log_interaction_with_detail,
        phrase_origin,
        record_turn_detail,
        restore_deletion,
        turn_details,
    )
    from .unconfirmed_runs import (
        UnconfirmedRun,
        drop_unconfirmed_run,
        last_unconfirmed_run,
        save_unconfirmed_run,
        take_unconfirmed_run,
    )
    from .undo_order import newest_undoable

__getattr__ = lazy_names(__name__, _LAZY)

__all__ = [
    "CAUSES",
    "DEFAULT_RETENTION_DAYS",
    "HEAD_REVISION",
    "MACHINE_ENV",
    "AliasEvidence",
    "Backup",
    "Change",
    "ChangeFeed",
    "DamagedDatabaseError",
    "DeletedRoutine",
    "DeviceChange",
    "DeviceList",
    "EvidenceLedger",
    "History",
    "HunchAnswer",
    "Interaction",
    "PhrasesPutBack",
    "RenameUndone",
    "Restored",
    "RoutineFile",
    "RunRecord",
    "ScheduledTrigger",
    "Snapshot",
    "StepsUndone",
    "Store",
    "Timer",
    "TurnDetail",
    "UnconfirmedRun",
    "Watcher",
    "aware",
    "backup_database",
    "backup_info",
    "backups_of",
    "change_cause",
    "current_cause",
    "database_url",
    "delete_routine_kept",
    "describe_server",
    "display_url",
    "drop_unconfirmed_run",
    "dump_routine_file",
    "is_postgres",
    "keep_device_list",
    "last_deletion",
    "last_phrase_removal",
    "last_rename",
    "last_unconfirmed_run",
    "latest_backup",
    "libpq_url",
    "load_routine_file",
    "log_interaction_with_detail",
    "machine_name",
    "name_now",
    "names_now",
    "newest_undoable",
    "note_reported_attributes",
    "parse_routine_file",
    "phrase_key",
    "phrase_origin",
    "read_device_list",
    "read_history",
    "read_only_note",
    "read_routine_file",
    "read_snapshot",
    "record_turn_detail",
    "rename_routine",
    "restore_backup",
    "restore_deletion",
    "save_phrase_removal",
    "save_step_edit",
    "save_unconfirmed_run",
    "sqlite_path",
    "take_unconfirmed_run",
    "turn_details",
    "undo_phrase_removal",
    "undo_rename",
    "undo_step_edit",
]
