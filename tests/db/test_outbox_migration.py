"""Migration 0010 (outbox delivery: delivered_to, refused, lost_replies) on SQLite and PostgreSQL: plain columns
added to the existing table (its rows, and SQLite's triggers and indexes, untouched), and a clean downgrade."""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from desktop.db.engine import make_engine

COLUMNS = {"delivered_to", "refused", "lost_replies"}


def _schema_objects(conn: Connection) -> list[tuple[str, str]]:
    rows = conn.execute(text("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index') "
                             "ORDER BY name")).all()
    return [(r[0], r[1]) for r in rows]


def test_0010_adds_the_delivery_columns_to_existing_messages_and_downgrades(db_url: str) -> None:
    from alembic import command

    from desktop.db.migrate import alembic_config

    engine = make_engine(db_url)
    sqlite = engine.dialect.name == "sqlite"
    try:
        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0009")
            conn.execute(text("INSERT INTO outbox (message_id, sender, recipients, subject, state, attempts, "
                              "registered, created_at) VALUES ('<m1@v.example>', 'a@v.example', '[\"b@c.example\"]', "
                              "'Devis', 'sent', 1, true, '2026-12-02 09:00:00')"))
            conn.commit()
            before = _schema_objects(conn) if sqlite else []
            command.upgrade(cfg, "0010")
            conn.commit()
            assert {c["name"] for c in inspect(conn).get_columns("outbox")} >= COLUMNS
            row = conn.execute(text("SELECT message_id, delivered_to, refused, lost_replies FROM outbox")).one()
            assert tuple(row) == ("<m1@v.example>", None, None, 0)
            if sqlite:
                assert _schema_objects(conn) == before  # no table copy: nothing dropped or rebuilt
            command.downgrade(cfg, "0009")
            conn.commit()
            assert not COLUMNS & {c["name"] for c in inspect(conn).get_columns("outbox")}
            assert conn.execute(text("SELECT subject FROM outbox")).scalar_one() == "Devis"
            command.upgrade(cfg, "head")
            conn.commit()
    finally:
        engine.dispose()
