"""The schema revision this teachapp writes, importable without SQLAlchemy or Alembic
(the snapshot reader compares a database's ``alembic_version`` with it)."""

HEAD_REVISION = "0034"
"""The newest Alembic revision in ``migrations/versions``; a new migration sets it."""

__all__ = ["HEAD_REVISION"]
