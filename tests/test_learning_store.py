"""The alias-evidence ledger: kept per database (household), upgraded from old files."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from teachapp.store import HEAD_REVISION, EvidenceLedger, Store
from teachapp.store.database import _MIGRATIONS


def _downgrade_to_first_schema(path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()


def test_an_old_database_keeps_its_evidence_and_refusals(tmp_path):
    path = tmp_path / "old.sqlite3"
    Store.open(path).close()
    _downgrade_to_first_schema(path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO alias_evidence (utterance, routine, positive, negative, "
                   "promoted, updated_at) VALUES ('reading mood', 'Reading mode', 1, 1, 0, "
                   "'2026-11-01'), ('bath time', 'Reading mode', 2, 0, 0, '2026-11-01')")
    with Store.open(path) as store:
        with sqlite3.connect(path) as db:
            assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (
                HEAD_REVISION,)
        ledger = EvidenceLedger(store)
        refused = ledger.pair("reading mood", "Reading mode")
        assert refused is not None and refused.blocked
        kept = ledger.pair("bath time", "Reading mode")
        assert kept is not None and (kept.sightings, kept.blocked) == (2, False)


def test_the_ledger_outlives_the_store_that_wrote_it(db_path):
    with Store.open(db_path) as store:
        ledger = EvidenceLedger(store)
        ledger.sighting("Breeding Road", "Reading mode", weight=1.0, strength="strong",
                        reason="sounds like", now=100.0)
        ledger.asked("breeding road", "Reading mode", 150.0)
    with Store.open(db_path) as store:
        ledger = EvidenceLedger(store)
        evidence = ledger.sighting("breeding road", "Reading mode", weight=1.0,
                                   strength="strong", reason="sounds like", now=200.0)
        assert (evidence.sightings, evidence.weight, evidence.first_seen,
                evidence.last_seen, evidence.asked_at) == (2, 2.0, 100.0, 200.0, 150.0)
        assert ledger.last_question() == 150.0
        ledger.block("breeding road", "Reading mode", 300.0, why="undone")
        assert ledger.blocked("breeding road") == {"Reading mode"}
        ledger.unblock("breeding road", "Reading mode", 400.0)
        assert ledger.blocked("breeding road") == set()
