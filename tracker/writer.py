"""The single writer: hits and commands go through one queue, are classified, and are committed in
small batches.

Why: the pixel must answer at once, and one database transaction per hit halves the throughput.
Handlers put a :class:`Hit` on the queue and return; this thread wakes on the first item, sleeps
``flush_interval_seconds`` while more arrive (one wake-up per batch, not one per hit: every wake-up
costs the request loop a GIL hand-over), classifies the batch and writes its events with a few
multi-row INSERTs and one commit, then wakes the long-polling readers. Being the only writer also
makes cursors commit in order, so a reader never skips an event. Commands (register, supersede, purge,
create key) run in the same thread, each in a savepoint, and their futures resolve only after the
commit. :meth:`EventWriter.close` writes everything queued before it returns.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Connection, select, update

from tracker.classify import Catalogue, Classification, EarlierClick, HitFacts, classify, judge_click_burst
from tracker.commands import TRACKING_KINDS, apply_answer
from tracker.config import TrackerConfig
from tracker.notify import FeedNotifier
from tracker.schema import contact_keys, events, links, messages
from tracker.storage import Storage

log = logging.getLogger("tracker.writer")

MAX_BATCH = 2000
ROWS_PER_INSERT = 64  # 896 parameters: under the 999 of older SQLite builds
MAX_QUEUE = 200_000
MAX_CACHED_MESSAGES = 50_000
MAX_CACHED_VERDICTS = 10_000
EVENT_COLUMNS = ("id", "token", "kind", "ts_us", "verdict", "reasons", "link_id", "reclassifies", "full_name",
                 "pdf_sha256", "ip", "user_agent", "answer", "shown_text")
#: The person's answers about tracking, applied to every message of their contact key.
ANSWER_KINDS = ("consent", "withdraw")


@dataclass(slots=True)
class Hit:
    """One tracked request, already stripped of anything not to be stored.

    Attributes:
        kind: Event kind.
        token: Message token.
        ts_us: Time of the hit (epoch microseconds).
        method: HTTP method.
        user_agent: User agent (truncated to 512 characters).
        network: Truncated client network.
        link_id: Clicked link, for clicks.
        full_name: Typed name, for acceptances.
        pdf_sha256: Hash of the PDF shown, for acceptances.
        answer: ``yes`` or ``no``, for a consent; ``no`` for a withdrawal.
        shown_text: The exact text the person was shown, for a consent or a withdrawal.
        future: Resolved with a :class:`HitOutcome` after commit, if the caller waits.
    """

    kind: str
    token: str
    ts_us: int
    method: str
    user_agent: str
    network: str | None
    link_id: str | None = None
    full_name: str | None = None
    pdf_sha256: str | None = None
    answer: str | None = None
    shown_text: str | None = None
    future: Future[HitOutcome] | None = None


@dataclass(frozen=True, slots=True)
class HitOutcome:
    """What became of a hit.

    Attributes:
        event_id: The stored event (or the earlier one, for a repeated acceptance), or None.
        created: A new event was stored.
        refused: Why nothing was stored (``"unknown-token"``, ``"superseded"``, ``"withdrawn"``: the person
            refused tracking, ``"no-person"``: an answer on an anonymous pixel's token), or None.
    """

    event_id: str | None
    created: bool
    refused: str | None = None


@dataclass(slots=True)
class Command:
    """A write to run in the writer thread, inside the batch transaction (in a savepoint).

    Attributes:
        run: The work, given the open connection.
        future: Resolved with its result after commit.
    """

    run: Callable[[Connection], Any]
    future: Future[Any] = field(default_factory=Future)


@dataclass(frozen=True, slots=True)
class _Message:
    delivered_at_us: int | None
    superseded: bool
    honeypots: frozenset[str]
    blocked: bool = False  # its person refused or withdrew tracking: no open nor click is stored
    aggregate: bool = False  # an anonymous pixel: no network nor agent is stored


_STOP = object()


@dataclass(frozen=True, slots=True)
class _Judged:
    """A memoised classification with its reasons already in their stored (JSON) form."""

    classification: Classification
    reasons_json: str


class _EventIds:
    """Event ids (24 hex digits) that follow each other: a 96-bit counter started at random.

    Consecutive ids keep the inserts into the unique index on ``events.id`` at one place: random ids
    dirtied one index page per event and made every commit about ten times dearer. The counter makes ids
    unique within a process; its random start keeps the ids of separate runs and separate trackers apart.
    """

    def __init__(self) -> None:
        self._next = int.from_bytes(os.urandom(12), "big")

    def new(self) -> str:
        """Return a new id."""
        count = self._next
        self._next = (count + 1) & ((1 << 96) - 1)
        return f"{count:024x}"


class _EventInserts:
    """Multi-row ``INSERT INTO events ... VALUES (...), (...)`` statements, one text per row count.

    A batch goes in as a few statements of up to :data:`ROWS_PER_INSERT` rows: SQLite steps each one
    once, without the GIL, where ``executemany`` steps once per row and takes the GIL back after each
    row (a wait of up to a switch interval while the request loop is busy). The texts are cached here and
    the prepared statements by the driver.
    """

    def __init__(self, paramstyle: str) -> None:
        mark = "?" if paramstyle == "qmark" else "%s"
        self._row = f"({', '.join([mark] * len(EVENT_COLUMNS))})"
        self._texts: dict[int, str] = {}

    def chunks(self, rows: list[tuple[Any, ...]]) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """Split rows into statements and their flat parameters.

        Args:
            rows: Event rows, in :data:`EVENT_COLUMNS` order.

        Yields:
            ``(sql, parameters)`` for each statement.
        """
        for start in range(0, len(rows), ROWS_PER_INSERT):
            chunk = rows[start:start + ROWS_PER_INSERT]
            text = self._texts.get(len(chunk))
            if text is None:
                text = f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES {', '.join([self._row] * len(chunk))}"
                self._texts[len(chunk)] = text
            yield text, tuple(chain.from_iterable(chunk))


class EventWriter:
    """Owns every write to the tracker database.

    Args:
        storage: The database.
        config: Settings (flush interval, windows).
        catalogue: Known agents and networks.
        notifier: Woken after each commit that stored or changed events.
    """

    def __init__(
        self, storage: Storage, config: TrackerConfig, catalogue: Catalogue, notifier: FeedNotifier
    ) -> None:
        self._storage = storage
        self._flush = config.flush_interval_seconds
        self._window_us = int(config.delivery_window_seconds * 1_000_000)
        self._burst_us = int(config.click_burst_seconds * 1_000_000)
        self._catalogue = catalogue
        self._notifier = notifier
        self._inserts = _EventInserts(storage.engine.dialect.paramstyle)
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._closing = threading.Event()  # ends the gathering pause: close() writes at once
        self._cache: dict[str, _Message | None] = {}
        self._verdicts: dict[tuple[str, str, str, str | None, bool, bool], _Judged] = {}
        self._ids = _EventIds()
        self._thread = threading.Thread(target=self._loop, name="tracker-writer", daemon=True)
        self._thread.start()

    def put(self, hit: Hit) -> bool:
        """Queue a hit without waiting.

        Args:
            hit: The hit.

        Returns:
            False if the queue is full and the hit was dropped.
        """
        if self._queue.qsize() >= MAX_QUEUE:
            return False
        self._queue.put(hit)
        return True

    def submit_hit(self, hit: Hit) -> Future[HitOutcome]:
        """Queue a hit whose outcome the caller awaits (acceptance, unsubscribe).

        Args:
            hit: The hit; its ``future`` is replaced.

        Returns:
            The future of its :class:`HitOutcome`, resolved after commit.
        """
        hit.future = Future()
        self._queue.put(hit)
        return hit.future

    def submit(self, command: Command) -> Future[Any]:
        """Queue a command.

        Args:
            command: The write to run.

        Returns:
            Its future, resolved after commit.
        """
        self._queue.put(command)
        return command.future

    def close(self) -> None:
        """Write everything queued, then stop the thread."""
        if self._thread.is_alive():
            self._closing.set()
            self._queue.put(_STOP)
            self._thread.join()

    def _loop(self) -> None:
        stopping = False
        while True:
            batch: list[object] = []
            if not stopping:
                first = self._queue.get()
                if first is _STOP:
                    stopping = True
                else:
                    batch.append(first)
                    if self._queue.qsize() < MAX_BATCH:  # gather while hits arrive, unless already behind
                        self._closing.wait(self._flush)
            stopping = self._take(batch, MAX_BATCH) or stopping
            if batch:
                self._write(batch)
            elif stopping:  # everything queued is written
                return

    def _take(self, batch: list[object], limit: int) -> bool:
        """Move queued items into ``batch`` until it holds ``limit`` or the queue is empty.

        Returns:
            True if the stop marker was taken.
        """
        get = self._queue.get_nowait
        while len(batch) < limit:
            try:
                item = get()
            except queue.Empty:
                return False
            if item is _STOP:
                return True
            batch.append(item)
        return False

    def _write(self, batch: list[object]) -> None:
        done: list[tuple[Future[Any], Any, BaseException | None]] = []
        changed = False
        try:
            with self._storage.engine.begin() as conn:
                self._load_messages(conn, {i.token for i in batch if isinstance(i, Hit)})
                rows: list[tuple[Any, ...]] = []
                for item in batch:
                    if isinstance(item, Hit):
                        outcome = self._record(conn, item, rows)
                        if item.future is not None:
                            done.append((item.future, outcome, None))
                    elif isinstance(item, Command):
                        changed |= self._flush_rows(conn, rows)
                        done.append(self._run_command(conn, item))
                        self._cache.clear()
                changed |= self._flush_rows(conn, rows)
        except Exception as exc:  # the database failed: tell every waiter, drop the hits
            log.exception("writer batch of %d items failed", len(batch))
            self._cache.clear()
            for item in batch:
                future = item.future if isinstance(item, Command | Hit) else None
                if future is not None and not future.done():
                    future.set_exception(exc)
            return
        for future, result, error in done:
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)
        if changed:
            self._notifier.notify()

    @staticmethod
    def _run_command(conn: Connection, command: Command) -> tuple[Future[Any], Any, BaseException | None]:
        try:
            with conn.begin_nested():
                return command.future, command.run(conn), None
        except Exception as exc:
            return command.future, None, exc

    def _flush_rows(self, conn: Connection, rows: list[tuple[Any, ...]]) -> bool:
        if not rows:
            return False
        for sql, parameters in self._inserts.chunks(rows):  # the hot path: straight to the driver
            conn.exec_driver_sql(sql, parameters)
        rows.clear()
        return True

    def _load_messages(self, conn: Connection, tokens: set[str]) -> None:
        missing = [t for t in tokens if t not in self._cache]
        if not missing:
            return
        if len(self._cache) + len(missing) > MAX_CACHED_MESSAGES:
            self._cache.clear()
        found: dict[str, tuple[int | None, bool, set[str], bool, bool]] = {}
        query = (select(messages.c.token, messages.c.delivered_at_us, messages.c.superseded, messages.c.aggregate,
                        contact_keys.c.blocked)
                 .outerjoin(contact_keys, contact_keys.c.contact_key == messages.c.contact_key))
        for row in conn.execute(query.where(messages.c.token.in_(missing))):
            found[row.token] = (row.delivered_at_us, bool(row.superseded), set(), bool(row.blocked),
                                bool(row.aggregate))
        if found:
            honeypot_query = select(links.c.token, links.c.link_id).where(
                links.c.token.in_(list(found)), links.c.honeypot.is_(True)
            )
            for link_row in conn.execute(honeypot_query):
                found[link_row.token][2].add(link_row.link_id)
        for token in missing:
            info = found.get(token)
            self._cache[token] = _Message(info[0], info[1], frozenset(info[2]), info[3], info[4]) if info else None

    def _record(self, conn: Connection, hit: Hit, rows: list[tuple[Any, ...]]) -> HitOutcome | None:
        """Classify a hit and add its row; returns its outcome, or None for a stored hit nobody awaits."""
        if hit.token not in self._cache:  # a command or an answer earlier in this batch emptied the cache
            self._load_messages(conn, {hit.token})
        message = self._cache.get(hit.token)
        if message is None:
            return HitOutcome(None, False, "unknown-token")
        if message.blocked and hit.kind in TRACKING_KINDS:
            return HitOutcome(None, False, "withdrawn")  # the link still leads on; nothing is kept
        if message.aggregate and hit.kind != "open":
            return HitOutcome(None, False, "no-person")
        if hit.kind in ("accept", "unsubscribe"):
            if hit.kind == "accept" and message.superseded:
                return HitOutcome(None, False, "superseded")
            self._flush_rows(conn, rows)
            earlier = conn.execute(
                select(events.c.id).where(events.c.token == hit.token, events.c.kind == hit.kind).limit(1)
            ).scalar()
            if earlier is not None:
                return HitOutcome(str(earlier), False)
        honeypot = hit.link_id is not None and hit.link_id in message.honeypots
        judged = self._classify(hit, message, honeypot)
        verdict, reasons_json, reclassified = judged.classification, judged.reasons_json, "[]"
        if hit.kind == "click" and hit.link_id is not None:
            self._flush_rows(conn, rows)
            verdict, earlier_ids = judge_click_burst(
                verdict, hit.link_id, honeypot, self._earlier_clicks(conn, hit.token, hit.ts_us)
            )
            reasons_json, reclassified = json.dumps(list(verdict.reasons)), json.dumps(earlier_ids)
            if earlier_ids:
                conn.execute(update(events).where(events.c.id.in_(earlier_ids)).values(verdict="machine"))
        event_id = self._ids.new()
        network, agent = (None, None) if message.aggregate else (hit.network, hit.user_agent or None)
        rows.append((
            event_id, hit.token, hit.kind, hit.ts_us, verdict.verdict, reasons_json, hit.link_id, reclassified,
            hit.full_name, hit.pdf_sha256, network, agent, hit.answer, hit.shown_text,
        ))
        if hit.kind in ANSWER_KINDS:
            self._flush_rows(conn, rows)
            # a "yes" the classifier calls machine (a scanner pressing buttons) unblocks nothing; a "no" always holds
            if hit.answer == "no" or verdict.verdict != "machine":
                apply_answer(conn, hit.token, hit.answer == "no", hit.ts_us)
            self._cache.clear()  # every message of the key changed
        return HitOutcome(event_id, True) if hit.future is not None else None  # the pixel's hot path

    def _classify(self, hit: Hit, message: _Message, honeypot: bool) -> _Judged:
        """Classify a hit, memoised on everything the verdict depends on (many hits look alike)."""
        delivered = message.delivered_at_us
        in_window = delivered is not None and 0 <= hit.ts_us - delivered < self._window_us
        key = (hit.kind, hit.method, hit.user_agent, hit.network, in_window, honeypot)
        found = self._verdicts.get(key)
        if found is None:
            # A representative delivery time: only "inside the window or not" matters to classify().
            facts = HitFacts(hit.kind, hit.method, hit.user_agent, hit.network, hit.ts_us,
                             hit.ts_us if in_window else None, honeypot)
            classification = classify(facts, self._catalogue, self._window_us)
            found = _Judged(classification, json.dumps(list(classification.reasons)))
            if len(self._verdicts) >= MAX_CACHED_VERDICTS:
                self._verdicts.clear()
            self._verdicts[key] = found
        return found

    def _earlier_clicks(self, conn: Connection, token: str, ts_us: int) -> list[EarlierClick]:
        query = select(events.c.id, events.c.link_id, events.c.verdict).where(
            events.c.token == token, events.c.kind == "click", events.c.ts_us >= ts_us - self._burst_us,
            events.c.ts_us <= ts_us,
        )
        return [EarlierClick(r.id, r.link_id or "", r.verdict) for r in conn.execute(query)]
