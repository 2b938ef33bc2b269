"""The evidence file of signatures is hash-chained per quote: changing any stored field of any record, or the
order of the records, breaks verification; the desktop can recompute a record's hash from the feed alone."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Integer, String, select, update

from tracker.evidence import GENESIS, Signing, append, record_hash, record_json, verify_chain, verify_records
from tracker.schema import signatures
from tracker.storage import Storage

T0 = 1_741_597_200_000_000  # 2025-03-10T09:00:00Z


def signing(n: int, number: str = "D-2025-0042") -> Signing:
    return Signing(token=f"token-{n:02d}-abcdefghijkl", quote_number=number, version=1, pdf_sha256="ab" * 32,
                   signer_name=f"Signataire {n}", signer_email=f"s{n}@client.example",
                   statement="Bon pour accord : j'accepte le devis D-2025-0042 (version 1)",
                   code_issued_at_us=T0 + n * 1_000_000, code_checked_at_us=T0 + n * 1_000_000 + 42,
                   ip="203.0.113.7", user_agent="Mozilla/5.0 (Android 15; Mobile)")


@pytest.fixture(scope="module")
def storage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Storage]:
    """One evidence file for the module; each test that alters it rolls its change back."""
    store = Storage(f"sqlite:///{tmp_path_factory.mktemp('evidence') / 'evidence.db'}", T0)
    with store.engine.begin() as conn:
        for n in range(3):
            append(conn, signing(n))
        append(conn, signing(9, "D-2025-0099"))  # another quote: a chain of its own
    yield store
    store.close()


def altered(value: Any, column: Any) -> Any:
    if isinstance(column.type, Integer):
        return int(value) + 1
    if value is None:
        return "x"
    assert isinstance(column.type, String) or str(value)
    return str(value)[:-1] + ("0" if str(value)[-1:] != "0" else "1")


def test_the_chains_hold_and_each_record_follows_the_previous_of_its_quote(storage: Storage) -> None:
    with storage.engine.connect() as conn:
        rows = list(conn.execute(select(signatures).order_by(signatures.c.seq)))
        assert verify_chain(conn) == []
    assert [r.prev_hash for r in rows[:3]] == [GENESIS, rows[0].record_hash, rows[1].record_hash]
    assert rows[3].prev_hash == GENESIS
    for row in rows:  # what the feed carries is enough to recompute the hash
        assert record_hash(row.token, record_json(row)) == row.record_hash


FIELDS = [c for c in signatures.c if c.name != "seq"]


@pytest.mark.parametrize(("position", "column"), list(itertools.product(range(3), FIELDS)),
                         ids=lambda v: v if isinstance(v, int) else v.name)
def test_changing_any_stored_field_of_any_record_breaks_verification(storage: Storage, position: int,
                                                                     column: Any) -> None:
    with storage.engine.connect() as conn, conn.begin() as change:
        row = conn.execute(select(signatures).where(signatures.c.quote_number == "D-2025-0042")
                           .order_by(signatures.c.seq).offset(position).limit(1)).one()
        conn.execute(update(signatures).where(signatures.c.seq == row.seq)
                     .values({column.name: altered(getattr(row, column.name), column)}))
        assert verify_chain(conn) != []
        change.rollback()


def test_reordering_records_breaks_verification(storage: Storage) -> None:
    with storage.engine.connect() as conn, conn.begin() as change:
        first, second = conn.execute(select(signatures.c.seq).order_by(signatures.c.seq).limit(2)).scalars()
        conn.execute(update(signatures).where(signatures.c.seq == first).values(seq=-1))
        conn.execute(update(signatures).where(signatures.c.seq == second).values(seq=first))
        conn.execute(update(signatures).where(signatures.c.seq == -1).values(seq=second))
        problems = verify_chain(conn, "D-2025-0042")
        change.rollback()
    assert [p.reason for p in problems] == ["link"]


def test_a_record_verified_from_the_feed_alone(storage: Storage) -> None:
    with storage.engine.connect() as conn:
        pairs = [(r.token, record_json(r)) for r in conn.execute(
            select(signatures).where(signatures.c.quote_number == "D-2025-0042").order_by(signatures.c.seq))]
    assert verify_records(pairs) is None
    token, record = pairs[1]
    assert verify_records([pairs[0], (token, {**record, "signer_name": "Quelqu'un d'autre"}), pairs[2]]) == "hash:1"
    assert verify_records([pairs[0], pairs[2]]) == "link:1"  # a record taken out
