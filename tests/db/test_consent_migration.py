"""Migration 0011 (consent records) on SQLite and PostgreSQL: today's booleans become states without losing any
refusal, the 14 April 2026 boundary decides between "informed" and "not asked", each answer gets its record,
nothing is copied (SQLite's triggers and indexes stay), and the downgrade writes every refusal and withdrawal
back into the boolean."""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from desktop.db.engine import make_engine

# (first name, old boolean, created at) -> the state expected
CONTACTS = [
    ("Oui", True, "2025-06-01 08:00:00", "given"),
    ("Non", False, "2025-06-01 08:00:00", "refused"),
    ("NonRecent", False, "2026-09-01 08:00:00", "refused"),
    ("Ancien", None, "2026-04-13 23:59:59.999000", "informed"),
    ("Recent", None, "2026-04-14 00:00:00", "not_asked"),
    ("RecentMicro", None, "2026-04-14 00:00:00.000000", "not_asked"),
    ("OuiRecent", True, "2026-10-01 08:00:00", "given"),
]


def _schema_objects(conn: Connection) -> set[tuple[str, str]]:
    rows = conn.execute(text("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index', 'table')"))
    return {(r[0], r[1]) for r in rows}


def _insert_contacts(conn: Connection) -> None:
    for name, answer, created, _state in CONTACTS:
        conn.execute(text("INSERT INTO contacts (first_name, last_name, status, is_consumer, tracking_consent, "
                          "marketing_consent, do_not_contact, do_not_email, search_text, created_at, updated_at) "
                          "VALUES (:n, 'X', 'prospect', false, :a, false, false, false, :s, :c, :c)"),
                     {"n": name, "s": name.lower(), "a": answer, "c": created})


def test_0011_maps_the_booleans_keeps_every_refusal_and_downgrades(db_url: str) -> None:
    from alembic import command

    from desktop.db.migrate import alembic_config

    engine = make_engine(db_url)
    sqlite = engine.dialect.name == "sqlite"
    try:
        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0010")
            if not sqlite:  # PostgreSQL reads the text times in the session's zone: make it UTC
                conn.execute(text("SET TIME ZONE 'UTC'"))
            _insert_contacts(conn)
            conn.commit()
            before = _schema_objects(conn) if sqlite else set()
            command.upgrade(cfg, "0011")
            conn.commit()

            states = dict(conn.execute(text("SELECT first_name, tracking_consent_state FROM contacts")).all())
            assert states == {name: state for name, _a, _c, state in CONTACTS}
            answers = dict(conn.execute(text("SELECT first_name, tracking_consent FROM contacts")).all())
            assert {n: (None if a is None else bool(a)) for n, a in answers.items()} == {
                name: answer for name, answer, _c, _s in CONTACTS}  # the boolean is untouched
            records = conn.execute(text(
                "SELECT c.first_name, r.state, r.method, r.note FROM consent_records r "
                "JOIN contacts c ON c.id = r.contact_id ORDER BY c.first_name")).all()
            assert [(r[0], r[1], r[2]) for r in records] == sorted(
                (name, state, "migration") for name, _a, _c, state in CONTACTS if state != "not_asked")
            assert all(r[3] for r in records)  # each says what is not known
            if sqlite:
                added = _schema_objects(conn) - before
                assert added == {("index", "ix_contacts_tracking_key"), ("table", "consent_records"),
                                 ("index", "ix_consent_records_contact_at"), ("index", "ix_consent_records_unsynced"),
                                 ("index", "sqlite_autoindex_consent_records_1")}
                assert before - _schema_objects(conn) == set()  # no table copy: nothing dropped or rebuilt

            # after the upgrade, a withdrawal (the boolean left stale on purpose) and a new consent
            conn.execute(text("UPDATE contacts SET tracking_consent_state = 'withdrawn' WHERE first_name = 'Oui'"))
            conn.execute(text("UPDATE contacts SET tracking_consent_state = 'given' WHERE first_name = 'Recent'"))
            conn.commit()
            command.downgrade(cfg, "0010")
            conn.commit()
            assert not {"tracking_consent_state", "tracking_key"} & {
                c["name"] for c in inspect(conn).get_columns("contacts")}
            assert "consent_records" not in inspect(conn).get_table_names()
            answers = dict(conn.execute(text("SELECT first_name, tracking_consent FROM contacts")).all())
            assert {n: (None if a is None else bool(a)) for n, a in answers.items()} == {
                "Oui": False, "Non": False, "NonRecent": False, "Ancien": None, "Recent": True, "OuiRecent": True,
                "RecentMicro": None}
            if sqlite:
                assert _schema_objects(conn) == before
            command.upgrade(cfg, "head")
            conn.commit()
    finally:
        engine.dispose()
