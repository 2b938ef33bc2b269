"""The live services: the keyring check, the tracker (embedded or hosted), the feed poller and the sender.

:class:`LiveServices` is built by the composition root right after the first paint and started at once;
``start()`` returns immediately. Everything slow runs on plain threads of its own, never on the UI thread
and never on the database runner (a 20-second long-poll must not queue the user's actions):

- ``live-boot``: check the keyring, open the ORM, put messages left in flight by a crash back in the
  queue, connect the tracker (starting the embedded one when no hosted tracker is set);
- ``live-poller``: :class:`~desktop.services.tracking.poller.TrackingPoller` long-polls the feed;
- ``live-sender``: :func:`~desktop.services.mail.sender.deliver_due` in a loop, woken when a message is
  queued, or every ``sender_interval`` seconds for retries;
- ``live-automation``: the scenario scheduler (:class:`~desktop.services.automation.AutomationRunner`),
  catching up at start, then every ``automation_interval`` seconds (and the optional IMAP reply check).

Results reach the UI thread through queued Qt signals (the object lives on the UI thread; its signals are
emitted from the worker threads). New settings restart the poller and the sender, and the tracker connection
only when its address, port, data folder or key changed (:meth:`LiveServices.apply_settings`), again off
the UI thread: saving the mail settings never leaves messages without their tracker for a moment.

Which tracker address messages carry is :attr:`LiveServices.links`: the embedded tracker's 127.0.0.1
links go only into the local outbox folder (the demo), never into mail sent through an SMTP server.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.gui.kit.workers import Runner
from desktop.services.database import Database
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.mail.sender import RetryPolicy
    from desktop.services.secrets import KeyringStatus, SecretStore
    from desktop.services.tracking.connect import TrackerConnection
    from desktop.services.tracking.ingest import IngestResult, Notification
    from desktop.services.tracking.reach import MessageLinks

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Connect = Callable[[Settings, "SecretStore"], "TrackerConnection | None"]


@dataclass(frozen=True)
class LiveOptions:
    """Timings of the live services (tests shorten them).

    Attributes:
        poll_wait: Long-poll seconds of each feed request.
        backoff_cap: Longest wait between two attempts to reach an absent tracker, in seconds.
        sender_interval: Seconds between two looks at the outbox when nothing wakes the sender.
        retry: The sender's retry delays; None keeps the service's defaults.
        join_timeout: Seconds to wait for each thread at shutdown (they are daemons: exit never hangs).
        automation_interval: Seconds between two scenario runs (the first one, at start, catches up).
    """

    poll_wait: float = 20.0
    backoff_cap: float = 60.0
    sender_interval: float = 10.0
    retry: RetryPolicy | None = None
    join_timeout: float = 1.0
    automation_interval: float = 300.0


@dataclass(frozen=True, slots=True)
class News:
    """A tracking event the salesperson is told about, with what the notification shows.

    Attributes:
        event_id: The tracker's event id (to withdraw the notification if it is reclassified).
        kind: ``open``, ``view`` or ``accept``.
        ts: When it happened.
        quote_id: The quote to open on click, if known.
        number: The quote's printed number, or empty.
        contact: The contact's name, or empty.
        full_name: The name typed on online acceptance, if any.
        why: Why the tracker believes a person did it, in words (« ouverture probablement par une personne : … »).
    """

    event_id: str
    kind: str
    ts: datetime
    quote_id: int | None
    number: str = ""
    contact: str = ""
    full_name: str | None = None
    why: str = ""


@dataclass(frozen=True, slots=True)
class OutboxState:
    """What the status bar says about the outbox.

    Attributes:
        local: True in local mode (no SMTP server: messages become ``.eml`` files in ``folder``).
        folder: The local outbox folder.
        waiting: Messages not yet sent (queued, retrying, in flight, paused).
        failed: Messages given up (the server refused them for good).
        paused: True when sending is paused (quota, refused login).
        reason: The server's words for a pause, or why messages wait (tracker away), or None.
    """

    local: bool
    folder: Path
    waiting: int = 0
    failed: int = 0
    paused: bool = False
    reason: str | None = None


@dataclass
class _Generation:
    """One run of the poller and the sender with one set of settings."""

    settings: Settings
    stop: threading.Event = field(default_factory=threading.Event)
    wake: threading.Event = field(default_factory=threading.Event)
    connection: TrackerConnection | None = None
    threads: list[threading.Thread] = field(default_factory=list)
    handed_over: bool = False  # its connection went to the next generation: stopping this one keeps it


class LiveServices(QObject):
    """Starts, runs and stops the background services of the desktop; reports through signals."""

    sig_keyring_checked = Signal(object)  # KeyringStatus
    sig_started = Signal()  # the tracker is connected (or known absent) and the loops run
    sig_tracker_status_changed = Signal(object)  # TrackerStatus
    sig_outbox_changed = Signal(object)  # OutboxState
    sig_news = Signal(object)  # IngestResult: something was stored (lists re-rank, views reload)
    sig_notification = Signal(object)  # News: a human open, view or acceptance
    sig_withdrawn = Signal(object)  # list[str]: event ids now judged machine
    sig_links_changed = Signal(object)  # MessageLinks: whether messages carry tracker links, and why not

    def __init__(self, database: Database, settings: Settings, clock: Clock, *, store: SecretStore | None = None,
                 connect: Connect | None = None, options: LiveOptions | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.clock = clock
        self.store = store
        self.options = options or LiveOptions()
        self.net_runner = Runner()  # test message, connection check: network waits off the database runner
        self._connect = connect
        self._lock = threading.Lock()
        self._generation: _Generation | None = None
        self._closed = False

    # Life cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """Start everything in the background; returns at once."""
        self._spawn("live-boot", self._boot, self.settings, first=True)

    def apply_settings(self, settings: Settings) -> None:
        """Restart the tracker connection, the poller and the sender with new settings (in the background)."""
        self.settings = settings
        self._spawn("live-restart", self._boot, settings, first=False)

    def wake_sender(self) -> None:
        """Look at the outbox now (a message was just queued, or a pause lifted)."""
        generation = self._generation
        if generation is not None:
            generation.wake.set()

    @property
    def links(self) -> MessageLinks:
        """The tracker address messages may carry now, or None with the reason (a local tracker and real
        mail, an address a prospect cannot reach, no tracker connected yet)."""
        return _links(self._generation)

    @property
    def tracker_base_url(self) -> str | None:
        """The connected tracker's own address (the embedded one's 127.0.0.1 too), or None."""
        generation = self._generation
        connection = generation.connection if generation is not None else None
        return connection.base_url if connection is not None else None

    @property
    def public_url(self) -> str | None:
        """The tracker's base URL written in messages, or None when messages carry no tracker link."""
        return self.links.url

    def shutdown(self) -> None:
        """Stop the loops and the tracker; waits at most a few seconds (the threads are daemons)."""
        with self._lock:
            self._closed = True
            generation, self._generation = self._generation, None
        if generation is not None:
            self._stop_generation(generation)
        self.net_runner.shutdown()

    def _spawn(self, name: str, target: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        threading.Thread(target=target, args=args, kwargs=kwargs, name=name, daemon=True).start()

    def _stop_generation(self, generation: _Generation) -> None:
        generation.stop.set()
        generation.wake.set()
        connection = None if generation.handed_over else generation.connection
        try:
            if connection is not None and connection.embedded is not None:
                connection.embedded.stop()  # answers the open long-poll at once: the poller sees the stop
            for thread in generation.threads:
                thread.join(self.options.join_timeout)
            if connection is not None:
                connection.client.close()
        except Exception:  # closing must never keep the application from quitting
            log.exception("stopping the live services failed")

    def _boot(self, settings: Settings, first: bool) -> None:
        from desktop.services.mail.outbox import recover_in_flight
        from desktop.services.mail.sender import RetryPolicy
        from desktop.services.tracking.connect import connection_signature
        from desktop.services.tracking.poller import TrackerState, TrackerStatus

        if first:
            self.store = self.store or _checked_store(self.sig_keyring_checked.emit)
            # Only what no sender can still be holding: another desktop of the team may be sending a message
            # right now; the lease is the sender's own (a crash of this desktop is recovered after it too).
            lease = (self.options.retry or RetryPolicy()).lease
            try:
                with self.database.sessions.begin() as session:
                    recovered = recover_in_flight(session, self.clock(), lease)
                if recovered:
                    log.info("%s message(s) left in flight were queued again", recovered)
            except Exception:
                log.exception("the outbox could not be recovered")
        assert self.store is not None
        generation = _Generation(settings)
        signature = connection_signature(settings, self.store)
        with self._lock:
            if self._closed:
                return
            previous = self._generation
            kept = previous.connection if previous is not None else None
            if kept is not None and previous is not None and kept.signature and kept.signature == signature:
                generation.connection, previous.handed_over = kept, True  # the same tracker: no restart, no gap
            self._generation = generation  # published with its connection: readers never see it without one
        if previous is not None:
            self._stop_generation(previous)
        if generation.connection is None:
            try:
                generation.connection = (self._connect or _default_connect)(settings, self.store)
            except Exception as exc:
                log.warning("the tracker could not be started: %s", exc)
                self.sig_tracker_status_changed.emit(TrackerStatus(TrackerState.ERROR, str(exc)))
            if generation.connection is None and settings.tracker_url:
                self.sig_tracker_status_changed.emit(TrackerStatus(TrackerState.ERROR, "missing API key"))
        self.sig_links_changed.emit(self.links)
        if generation.stop.is_set():  # shut down while connecting
            if generation.connection is not None:
                generation.connection.close()
            return
        for name, loop in (("live-poller", self._poll_loop), ("live-sender", self._send_loop),
                           ("live-automation", self._automation_loop)):
            thread = threading.Thread(target=loop, args=(generation,), name=name, daemon=True)
            generation.threads.append(thread)
            thread.start()
        self.sig_started.emit()

    # Poller ---------------------------------------------------------------------------------
    def _poll_loop(self, generation: _Generation) -> None:
        from desktop.services.tracking.poller import TrackingPoller

        if generation.connection is None:
            return
        from desktop.services.mail.wiring import tracking_policy
        from desktop.services.signing.wiring import make_sealer

        settings = generation.settings
        policy, months = tracking_policy(settings), settings.event_retention_months
        sealer = make_sealer(settings, self.store) if self.store is not None else None
        poller = TrackingPoller(self.database.sessions, generation.connection.client, self.clock,
                                wait=self.options.poll_wait, on_result=self._on_result,
                                on_status=self.sig_tracker_status_changed.emit,
                                backoff_cap=self.options.backoff_cap, policy=policy, retention_months=months,
                                sealer=sealer)
        first = TrackingPoller(self.database.sessions, generation.connection.client, self.clock, wait=0.0,
                               on_result=self._on_result, on_status=self.sig_tracker_status_changed.emit,
                               policy=policy, retention_months=months, sealer=sealer)
        try:
            first.step()  # a quick first read: the status bar says "online" at once, not after a long-poll
        except Exception:
            log.exception("first tracking poll failed")
        poller.run(generation.stop)

    def _on_result(self, result: IngestResult) -> None:
        """From the poller thread: notifications first (they are timed), then the news for the lists."""
        if result.notify:
            try:
                news = describe(self.database, result.notify)
            except Exception:
                log.exception("could not describe tracking news")
                news = [News(n.event_id, n.kind, n.ts, n.quote_id, full_name=n.full_name) for n in result.notify]
            for item in news:
                self.sig_notification.emit(item)
        if result.reclassified or result.erased:  # judged machine, or erased by a refusal or a withdrawal
            self.sig_withdrawn.emit([*result.reclassified, *result.erased])
        self.sig_news.emit(result)

    # Sender ---------------------------------------------------------------------------------
    def _send_loop(self, generation: _Generation) -> None:
        from desktop.services.mail.sender import deliver_due
        from desktop.services.mail.wiring import make_transport

        store = self.store
        assert store is not None
        client = generation.connection.client if generation.connection is not None else None
        while not generation.stop.is_set():
            generation.wake.clear()
            self._pump_campaigns(generation)
            try:
                report = deliver_due(self.database.sessions, make_transport(generation.settings, store), client,
                                     self.clock, policy=self.options.retry, should_stop=generation.stop.is_set)
                if report.sent or report.failed:
                    self.sig_news.emit(None)
            except Exception:
                log.exception("the sender failed; it tries again later")
            self._publish_outbox(generation.settings)
            generation.wake.wait(self.options.sender_interval)

    def _pump_campaigns(self, generation: _Generation) -> None:
        """Hand the outbox what the email campaigns' throttles allow now (even with their view closed)."""
        from desktop.services.campaigns_mail import MailSetup, pump_all
        from desktop.services.mail.wiring import sender_identity, tracking_policy

        settings = generation.settings
        setup = MailSetup(sender_identity(settings), tracking_policy(settings), _links(generation).url)
        try:
            with self.database.sessions.begin() as session:
                pump_all(session, setup, self.clock())
        except Exception:
            log.exception("the email campaigns could not hand messages over; they try again later")

    # Scenarios ------------------------------------------------------------------------------
    def _automation_loop(self, generation: _Generation) -> None:
        """Read replies, evaluate triggers and run due scenario steps now (catching up), then periodically."""
        from dataclasses import replace

        from desktop.services.automation import AutomationRunner, setup_from_settings
        from desktop.services.replies import poll_with_settings

        setup = replace(setup_from_settings(generation.settings), tracker_url=_links(generation).url)
        runner = AutomationRunner(self.database.sessions, setup, self.clock)
        while not generation.stop.is_set():
            try:
                if generation.settings.imap_host:
                    poll_with_settings(self.database.sessions, generation.settings, self.clock, store=self.store)
                report = runner.run_once()
                if report.queued:
                    self.wake_sender()
                if report.steps or report.enrolled or report.stopped:
                    self.sig_news.emit(None)
            except Exception:
                log.exception("the scenarios could not run; they try again later")
            generation.stop.wait(self.options.automation_interval)

    def _publish_outbox(self, settings: Settings) -> None:
        from desktop.services.mail.outbox import summary

        try:
            with self.database.sessions() as session:
                found = summary(session)
        except Exception:
            log.exception("could not read the outbox")
            return
        counts = found.counts
        waiting = sum(counts.get(state, 0) for state in
                      ("queued", "failed_temporary", "paused", "registering", "sending"))
        self.sig_outbox_changed.emit(OutboxState(
            local=settings.is_local_mail, folder=settings.outbox_dir, waiting=waiting,
            failed=counts.get("failed_permanent", 0), paused=found.paused_until is not None,
            reason=found.pause_reason if found.paused_until is not None else found.waiting_reason))

    def resume_sending(self) -> None:
        """Lift a pause now (the salesperson fixed the settings or the quota renewed)."""
        from desktop.services.mail.outbox import resume_sending

        def work() -> None:
            with self.database.sessions.begin() as session:
                resume_sending(session, self.clock())
            self.wake_sender()

        self._spawn("live-resume", work)


def _links(generation: _Generation | None) -> MessageLinks:
    from desktop.services.tracking.reach import NO_TRACKER

    connection = generation.connection if generation is not None else None
    return connection.links(generation.settings) if generation is not None and connection is not None else NO_TRACKER


def _default_connect(settings: Settings, store: SecretStore) -> TrackerConnection | None:
    from desktop.services.tracking.connect import connect_tracker

    return connect_tracker(settings, store)


def _checked_store(report: Callable[[KeyringStatus], None]) -> SecretStore:
    """Check the keyring once; an unusable one gives a store that refuses every secret."""
    from desktop.services.secrets import KeyringStatus, SecretStore, check_keyring

    try:
        status = check_keyring()
    except Exception as exc:  # a broken keyring must not stop the application
        status = KeyringStatus(False, type(exc).__name__, "The keyring could not be checked.")
    report(status)
    return SecretStore(status)


def describe(database: Database, notifications: list[Notification]) -> list[News]:
    """Add the quote's number and the contact's name to each notification (one short read)."""
    from PySide6.QtCore import QLocale

    from desktop.services.tracking.describe import describe_notifications

    lang = "fr" if QLocale().language() == QLocale.Language.French else "en"  # the interface's language
    with database.sessions() as session:
        described = describe_notifications(session, notifications, lang)
    return [News(d.notification.event_id, d.notification.kind, d.notification.ts, d.notification.quote_id,
                 d.number, d.contact, d.notification.full_name, d.why) for d in described]
