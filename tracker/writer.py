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

from sqlalchemy import Connection, bindparam, select, update

from tracker.commands import TRACKING_KINDS, apply_answer
from tracker.config import TrackerConfig
from tracker.judge import Hit as JudgedHit
from tracker.judge import Judge, Judgement
from tracker.notify import FEED_CHANNEL, FeedNotifier
from tracker.schema import contact_keys, events, links, messages
from tracker.storage import Storage

log = logging.getLogger("tracker.writer")

MAX_BATCH = 2000
ROWS_PER_INSERT = 64  # 896 parameters: under the 999 of older SQLite builds
MAX_QUEUE = 200_000
MAX_CACHED_MESSAGES = 50_000
FEED_ORDER_LOCK = 0x52454C414E4345  # "RELANCE": the advisory lock that orders the commits of feed rows
HISTORY_LIMIT = 30  # the latest hits of a message judged together (and judged again) with a new one
EVENT_COLUMNS = ("id", "token", "kind", "ts_us", "verdict", "reasons", "link_id", "reclassifies", "full_name",
                 "pdf_sha256", "ip", "user_agent", "answer", "shown_text", "probability", "method", "target_id")
#: Kinds judged together as a message's history (answers are judged on their own).
HISTORY_KINDS = ("open", "click", "view", "accept", "unsubscribe")
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


@dataclass(slots=True)
class _Past:
    """A stored hit of a message as the judgement sees it, with its current verdict."""

    event_id: str
    hit: JudgedHit
    verdict: str
    reasons: tuple[str, ...]
    frozen: bool = False  # stored before hits kept their method: its verdict stays as it was given


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


def _placeholder(paramstyle: str) -> str:
    """The driver's positional placeholder (sqlite3: ``?``; psycopg: ``%s``), for SQL sent straight to it."""
    return "?" if paramstyle == "qmark" else "%s"


class _EventInserts:
    """Multi-row ``INSERT INTO events ... VALUES (...), (...)`` statements, one text per row count.

    A batch goes in as a few statements of up to :data:`ROWS_PER_INSERT` rows: SQLite steps each one
    once, without the GIL, where ``executemany`` steps once per row and takes the GIL back after each
    row (a wait of up to a switch interval while the request loop is busy). The texts are cached here and
    the prepared statements by the driver.
    """

    def __init__(self, paramstyle: str) -> None:
        self._row = f"({', '.join([_placeholder(paramstyle)] * len(EVENT_COLUMNS))})"
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


def _history_sql(paramstyle: str) -> str:
    """The latest hits of one message (the token its one parameter), straight to the driver: built with SQLAlchemy
    at each hit (a new select, its cache key, the expanding IN), this read was a third of the writer's time under a
    load of many messages hit a few times each, in the thread the requests share the interpreter with."""
    kinds = ", ".join(f"'{kind}'" for kind in HISTORY_KINDS)  # constants of this module
    return ("SELECT id, kind, ts_us, method, user_agent, ip, link_id, verdict, reasons FROM events "
            f"WHERE token = {_placeholder(paramstyle)} AND kind IN ({kinds}) "
            f"ORDER BY seq DESC LIMIT {HISTORY_LIMIT:d}")


_REJUDGE = update(events).where(events.c.id == bindparam("b_id")).values(
    verdict=bindparam("b_verdict"), reasons=bindparam("b_reasons"), probability=bindparam("b_probability"))


class EventWriter:
    """Owns every write to the tracker database.

    Args:
        storage: The database.
        config: Settings (flush interval, windows).
        catalogue: Known agents and networks.
        notifier: Woken after each commit that stored or changed events.
    """

    def __init__(
        self, storage: Storage, config: TrackerConfig, catalogue: Judge, notifier: FeedNotifier
    ) -> None:
        self._storage = storage
        self._flush = config.flush_interval_seconds
        self._judge = catalogue
        self._notifier = notifier
        self._inserts = _EventInserts(storage.engine.dialect.paramstyle)
        self._history_sql = _history_sql(storage.engine.dialect.paramstyle)
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._closing = threading.Event()  # ends the gathering pause: close() writes at once
        self._cache: dict[str, _Message | None] = {}
        self._history: dict[str, list[_Past]] = {}
        self._ids = _EventIds()
        self._command_changed = False
        self._postgres = storage.engine.dialect.name == "postgresql"
        self._feed_ordered = False  # this transaction holds the feed's order lock (PostgreSQL)
        self._updates: list[dict[str, Any]] = []  # new verdicts of earlier events, written with the rows
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
        self._command_changed = False  # a command stored feed rows (a delivery time that changed verdicts)
        self._feed_ordered = False
        self._updates.clear()
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
                        self._hold_feed_order(conn)  # before its savepoint: a command may store feed rows
                        done.append(self._run_command(conn, item))
                        self._cache.clear()
                        self._history.clear()
                changed |= self._flush_rows(conn, rows)
                changed |= self._command_changed
                if self._feed_ordered:  # delivered at commit to every tracker process on this database
                    conn.exec_driver_sql(f"NOTIFY {FEED_CHANNEL}")
        except Exception as exc:  # the database failed: tell every waiter, drop the hits
            log.exception("writer batch of %d items failed", len(batch))
            self._cache.clear()
            self._history.clear()
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

    def _run_command(self, conn: Connection, command: Command) -> tuple[Future[Any], Any, BaseException | None]:
        try:
            with conn.begin_nested():
                return command.future, command.run(conn), None
        except Exception as exc:
            self._updates.clear()  # rolled back with the savepoint
            return command.future, None, exc

    def _hold_feed_order(self, conn: Connection) -> None:
        """On PostgreSQL, take the feed's lock before this transaction's first feed row, until its commit.

        Several processes (uvicorn workers) write to one database: without it, a transaction could commit
        sequence numbers lower than those another committed before it, and a reader whose cursor passed them
        in between would never see those events. Held from the first insert to the commit, the lock makes
        commits follow the order of cursors, as the single writer of one process does. The new verdicts of
        earlier events are written with the rows, so every write of a writer's transaction happens under it: two
        workers judging hits of one message never wait for each other's rows in a cycle (a deadlock would drop
        the whole batch), and the batch's judging (reads and Python) runs before the lock, not under it.
        """
        if self._postgres and not self._feed_ordered:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({FEED_ORDER_LOCK})")
            self._feed_ordered = True

    def _flush_rows(self, conn: Connection, rows: list[tuple[Any, ...]]) -> bool:
        if not rows and not self._updates:
            return False
        self._hold_feed_order(conn)
        for sql, parameters in self._inserts.chunks(rows):  # the hot path: straight to the driver
            conn.exec_driver_sql(sql, parameters)
        rows.clear()
        if self._updates:
            conn.execute(_REJUDGE, self._updates)
            self._updates.clear()
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
        network, agent = (None, None) if message.aggregate else (hit.network, hit.user_agent or None)
        judged_hit = JudgedHit(hit.kind, hit.ts_us, hit.method, hit.user_agent, hit.network, hit.link_id, honeypot)
        event_id = self._ids.new()
        rejudged: list[tuple[Any, ...]] = []
        judgement, reclassified = self._judge_with_history(conn, hit.token, message, event_id, judged_hit, rows,
                                                           rejudged)
        rows.append((
            event_id, hit.token, hit.kind, hit.ts_us, judgement.verdict, json.dumps(list(judgement.reasons)),
            hit.link_id, json.dumps(reclassified), hit.full_name, hit.pdf_sha256, network, agent, hit.answer,
            hit.shown_text, judgement.probability, hit.method[:8], None,
        ))
        rows.extend(rejudged)  # the hit first, then what it changed
        if hit.kind in ANSWER_KINDS:
            self._flush_rows(conn, rows)
            # a "yes" the classifier calls machine (a scanner pressing buttons) unblocks nothing; a "no" always holds
            if hit.answer == "no" or judgement.verdict != "machine":
                apply_answer(conn, hit.token, hit.answer == "no", hit.ts_us)
            self._cache.clear()  # every message of the key changed
            self._history.clear()
        return HitOutcome(event_id, True) if hit.future is not None else None  # the pixel's hot path

    def _judge_with_history(self, conn: Connection, token: str, message: _Message, event_id: str,
                            hit: JudgedHit, rows: list[tuple[Any, ...]],
                            rejudged: list[tuple[Any, ...]]) -> tuple[Judgement, list[str]]:
        """Judge a hit with the message's latest hits, store what changed for those, and add to ``rejudged`` the
        feed's ``verdict`` rows that publish the changes.

        Returns:
            The new hit's judgement and the earlier events it turned from another verdict into machine (the
            feed's ``reclassifies``, which older desktops read).
        """
        if hit.kind not in HISTORY_KINDS or message.aggregate:
            return self._judge.judge(hit, message.delivered_at_us), []
        past = self._past(conn, token, message)
        judgements = self._judge.judge_message([*(p.hit for p in past), hit], message.delivered_at_us)
        reclassified = self._store_changes(conn, token, past, judgements, hit.ts_us, rows, rejudged)
        judgement = judgements[-1]
        past.append(_Past(event_id, hit, judgement.verdict, judgement.reasons))
        del past[:-HISTORY_LIMIT]
        return judgement, reclassified

    def _store_changes(self, conn: Connection, token: str, past: list[_Past], judgements: list[Judgement],
                       ts_us: int, rows: list[tuple[Any, ...]], rejudged: list[tuple[Any, ...]]) -> list[str]:
        """Store the new verdicts of earlier hits and add the feed's ``verdict`` rows (dated ``ts_us``) to
        ``rejudged``; returns the events turned machine."""
        reclassified: list[str] = []
        for before, after in zip(past, judgements, strict=False):
            if before.frozen or (after.verdict == before.verdict and after.reasons == before.reasons):
                continue
            reasons_json = json.dumps(list(after.reasons))
            # written with the batch's rows, after them (the earlier event may be one of them) and under the feed's
            # lock like every write of events: two workers never wait for each other's rows in a cycle
            self._updates.append({"b_id": before.event_id, "b_verdict": after.verdict, "b_reasons": reasons_json,
                                  "b_probability": after.probability})
            if after.verdict != before.verdict:
                if after.verdict == "machine":
                    reclassified.append(before.event_id)
                rejudged.append((self._ids.new(), token, "verdict", ts_us, after.verdict, reasons_json, None, "[]",
                                 None, None, None, None, None, None, after.probability, None, before.event_id))
            before.verdict, before.reasons = after.verdict, after.reasons
        return reclassified

    def delivered(self, token: str, delivered_at_us: int, now_us: int) -> Future[bool]:
        """Set when the mail server accepted a message, and judge its hits again on that clock.

        A hit that arrived before the desktop could say so (a scanner racing the update) gets its delivery timing
        now; a verdict that changes is published in the feed as usual.

        Args:
            token: The message.
            delivered_at_us: The acceptance time, epoch microseconds.
            now_us: Current time (the date of the feed's ``verdict`` records).

        Returns:
            The future of whether the message is known, resolved after commit.
        """
        return self.submit(Command(lambda conn: self._set_delivered(conn, token, delivered_at_us, now_us)))

    def _set_delivered(self, conn: Connection, token: str, delivered_at_us: int, now_us: int) -> bool:
        found = conn.execute(update(messages).where(messages.c.token == token, messages.c.aggregate.is_(False))
                             .values(delivered_at_us=delivered_at_us)).rowcount
        if not found:
            return False
        self._cache.pop(token, None)
        self._history.pop(token, None)
        self._load_messages(conn, {token})
        message = self._cache.get(token)
        if message is None:
            return False
        past = self._past(conn, token, message)
        if past:
            rows: list[tuple[Any, ...]] = []
            judgements = self._judge.judge_message([p.hit for p in past], delivered_at_us)
            self._store_changes(conn, token, past, judgements, now_us, rows, rows)
            self._command_changed |= self._flush_rows(conn, rows)
        return True

    def _past(self, conn: Connection, token: str, message: _Message) -> list[_Past]:
        """The message's latest hits, read once and then kept up to date here (the only writer)."""
        found = self._history.get(token)
        if found is not None:
            return found
        if len(self._history) >= MAX_CACHED_MESSAGES:
            self._history.clear()
        found = [
            _Past(event_id, JudgedHit(kind, ts_us, method or "GET", user_agent or "", ip, link_id,
                                      link_id is not None and link_id in message.honeypots),
                  verdict, tuple(json.loads(reasons)), frozen=method is None)
            for event_id, kind, ts_us, method, user_agent, ip, link_id, verdict, reasons
            in reversed(conn.exec_driver_sql(self._history_sql, (token,)).all())
        ]
        self._history[token] = found
        return found
