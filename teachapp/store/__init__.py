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
    "DeviceChange",
    "EvidenceLedger",
    "History",
    "HunchAnswer",
    "Interaction",
    "Restored",
    "RunRecord",
    "ScheduledTrigger",
    "Store",
    "Watcher",
    "backup_database",
    "backup_info",
    "backups_of",
    "change_cause",
    "current_cause",
    "database_url",
    "describe_server",
    "display_url",
    "dump_routine_file",
    "is_postgres",
    "latest_backup",
    "libpq_url",
    "machine_name",
    "parse_routine_file",
    "phrase_key",
    "read_history",
    "read_routine_file",
    "restore_backup",
    "sqlite_path",
]
