"""Rows <-> records by field name, so a field added to both is carried without a
hand-written copy (and one forgotten in a copy cannot be lost)."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import fields
from enum import Enum
from typing import Any, TypeVar

from sqlmodel import SQLModel

__all__ = ["record_from_row", "row_values"]

R = TypeVar("R")


def record_from_row(cls: type[R], row: SQLModel, **override: Any) -> R:
    """A dataclass record from a row: every field the record has, read by name."""
    values = {f.name: getattr(row, f.name) for f in fields(cls)  # type: ignore[arg-type]
              if f.name not in override and hasattr(row, f.name)}
    return cls(**values, **override)


def row_values(record: Any, row_cls: type[SQLModel], *, exclude: Set[str] = frozenset()
               ) -> dict[str, Any]:
    """The values of a record for a new row: the fields both share, minus ``exclude``
    (keys and timestamps the row fills itself)."""
    columns = set(row_cls.model_fields)
    return {f.name: _plain(getattr(record, f.name)) for f in fields(record)
            if f.name in columns and f.name not in exclude}


def _plain(value: Any) -> Any:
    """Enums are stored as their values (drivers bind plain str, not subclasses)."""
    return value.value if isinstance(value, Enum) else value
