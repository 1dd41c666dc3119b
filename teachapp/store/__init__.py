"""Storage: the SQLite or shared PostgreSQL database, its change feed, routine files.

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
from .changes import Change, ChangeFeed, Watcher
from .database import HEAD_REVISION, DamagedDatabaseError, database_url, sqlite_path
from .evidence import EvidenceLedger
from .history_file import History, read_history
from .records import AliasEvidence, Interaction, RunRecord, phrase_key
from .routine_file import dump_routine_file, parse_routine_file, read_routine_file
from .server import describe_server, display_url, is_postgres, libpq_url
from .store import MACHINE_ENV, Store, machine_name
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
    "MACHINE_ENV",
    "AliasEvidence",
    "Backup",
    "Change",
    "ChangeFeed",
    "DamagedDatabaseError",
    "DeletedRoutine",
    "DeviceChange",
    "EvidenceLedger",
    "History",
    "HunchAnswer",
    "Interaction",
    "Restored",
    "RunRecord",
    "ScheduledTrigger",
    "Store",
    "TurnDetail",
    "Watcher",
    "backup_database",
    "backup_info",
    "backups_of",
    "change_cause",
    "current_cause",
    "database_url",
    "delete_routine_kept",
    "describe_server",
    "display_url",
    "dump_routine_file",
    "is_postgres",
    "last_deletion",
    "latest_backup",
    "libpq_url",
    "log_interaction_with_detail",
    "machine_name",
    "newest_undoable",
    "parse_routine_file",
    "phrase_key",
    "phrase_origin",
    "read_history",
    "read_routine_file",
    "record_turn_detail",
    "rename_routine",
    "restore_backup",
    "restore_deletion",
    "sqlite_path",
    "turn_details",
]
