"""``import_rows_per_s`` (``_pg``): validated import of a 10,000-row French CSV into a fresh database, on SQLite
and on PostgreSQL (:mod:`benchmarks.fresh`).

The file is generated here: cp1252, ``;``, French headers, accented names, quoted cells, phones
written the French way, companies shared by several contacts, tags. Timed end to end: read and
decode, map, validate every row, match duplicates, insert in one transaction.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from benchmarks.fresh import empty_database, on_both_backends_fresh
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.services import importer
from desktop.services.tabular import read_table

ROWS = 10_000
FIRST = ["Éloïse", "Jérôme", "Anaïs", "François", "Zoé", "Hélène", "Loïc", "Cécile", "Mathéo", "Noémie"]
LAST = ["Dupont", "Lefèvre", "Moreau", "Bérenger", "Gauthier", "Rousseau", "Perrin", "Lemaître", "Faure"]
CITIES = [("Saint-Étienne", "42000"), ("Besançon", "25000"), ("Orléans", "45000"), ("Nîmes", "30000"),
          ("Lyon", "69003"), ("Créteil", "94000")]


def make_csv(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    """Write a French Excel CSV of ``rows`` contacts (cp1252, ``;``)."""
    rng = random.Random(seed)
    lines = ["Civilité;Prénom;Nom;Société;E-mail;Téléphone;Portable;Adresse;Code postal;Ville;Fonction;"
             "Statut;Étiquettes"]
    for i in range(rows):
        city, postal = rng.choice(CITIES)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        lines.append(";".join([
            rng.choice(["M.", "Mme", "Madame", ""]), first, last, f'"{LAST[i % 9]} & Fils, n° {i % 1500}"',
            f"{first.lower()}.{last.lower()}.{i}@exemple.fr".encode("ascii", "ignore").decode(),
            f"01 {40 + i % 50:02d} {i % 100:02d} {i // 100 % 100:02d} {rng.randrange(100):02d}",
            f"06 {12 + i % 20:02d} {i % 100:02d} {i // 100 % 100:02d} {rng.randrange(100):02d}",
            f'"{i % 200 + 1}, rue de la République"', postal, city, "Responsable achats",
            rng.choice(["Prospect", "Client"]), rng.choice(['"salon 2026, vip"', "newsletter", ""]),
        ]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def run() -> dict[str, dict[str, object]]:
    """The figure on each backend."""
    return on_both_backends_fresh(measure)


def measure(backend: str) -> dict[str, dict[str, object]]:
    """Generate the file, import it into a fresh migrated database on ``backend``, report rows per second."""
    with tempfile.TemporaryDirectory() as folder, empty_database(backend) as url:
        source = Path(folder) / "contacts.csv"
        make_csv(source)
        engine = make_engine(url)
        migrate(engine)
        sessions = make_session_factory(engine)
        start = time.perf_counter()
        table = read_table(source)
        mapping = importer.guess_mapping(table.header, importer.Kind.CONTACTS)
        with sessions() as session:
            plan = importer.dry_run(session, table, mapping, importer.Kind.CONTACTS)
        result = importer.import_plan(sessions, plan, importer.ImportMode.VALID_ROWS)
        elapsed = time.perf_counter() - start
        engine.dispose()
    if plan.rejected_count or result.created != ROWS:
        raise RuntimeError(f"benchmark file did not import cleanly: {plan.rejections[:3]}, {result}")
    return {"import_rows_per_s": {"value": round(ROWS / elapsed), "unit": "rows/s", "target": ">= 3000",
                                  "rows": ROWS, "seconds": round(elapsed, 3)}}

if __name__ == "__main__":
    print(run())
