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

__all__ = [
    "CAUSES",
    "DEFAULT_RETENTION_DAYS",
    "HEAD_REVISION",
    "AliasEvidence",
    "Backup",
    "DamagedDatabaseError",
    "DeviceChange",
    "HunchAnswer",
    "Interaction",
    "Restored",
    "RunRecord",
    "ScheduledTrigger",
    "Store",
    "backup_database",
    "backup_info",
    "backups_of",
    "change_cause",
    "current_cause",
    "database_url",
    "dump_routine_file",
    "latest_backup",
    "parse_routine_file",
    "phrase_key",
    "read_routine_file",
    "restore_backup",
    "sqlite_path",
]
