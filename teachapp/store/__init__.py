"""Storage: the SQLite (or any SQLAlchemy) database and routine files.

Public surface: ``Store`` and the records it returns, routine file reading and
writing, and the default database location.
"""

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
from .database import HEAD_REVISION, DamagedDatabaseError, database_url, sqlite_path
from .records import AliasEvidence, Interaction, RunRecord, phrase_key
from .routine_file import dump_routine_file, parse_routine_file, read_routine_file
from .store import Store
from .turn_records import (
    DeletedRoutine,
    TurnDetail,
    delete_routine_kept,
    last_deletion,
    log_interaction_with_detail,
    newest_undoable,
    phrase_origin,
    record_turn_detail,
    rename_routine,
    restore_deletion,
    turn_details,
)

__all__ = [
    "CAUSES",
    "DEFAULT_RETENTION_DAYS",
    "HEAD_REVISION",
    "AliasEvidence",
    "Backup",
    "DamagedDatabaseError",
    "DeletedRoutine",
    "DeviceChange",
    "HunchAnswer",
    "Interaction",
    "Restored",
    "RunRecord",
    "ScheduledTrigger",
    "Store",
    "TurnDetail",
    "backup_database",
    "backup_info",
    "backups_of",
    "change_cause",
    "current_cause",
    "database_url",
    "delete_routine_kept",
    "dump_routine_file",
    "last_deletion",
    "latest_backup",
    "log_interaction_with_detail",
    "newest_undoable",
    "parse_routine_file",
    "phrase_key",
    "phrase_origin",
    "read_routine_file",
    "record_turn_detail",
    "rename_routine",
    "restore_backup",
    "restore_deletion",
    "sqlite_path",
    "turn_details",
]
