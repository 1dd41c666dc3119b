"""Alembic migrations for the teachapp database (shipped inside the package)."""
