"""Storage: the SQLite (or any SQLAlchemy) database and routine files.

Public surface: ``Store`` and the records it returns, routine file reading and
writing, and the default database location.
"""

from .backup import backup_database, backups_of, latest_backup
from .database import HEAD_REVISION, database_url, sqlite_path
from .records import AliasEvidence, Interaction, RunRecord, phrase_key
from .routine_file import dump_routine_file, parse_routine_file, read_routine_file
from .store import Store

__all__ = [
    "HEAD_REVISION",
    "AliasEvidence",
    "Interaction",
    "RunRecord",
    "Store",
    "backup_database",
    "backups_of",
    "database_url",
    "dump_routine_file",
    "latest_backup",
    "parse_routine_file",
    "phrase_key",
    "read_routine_file",
    "sqlite_path",
]
