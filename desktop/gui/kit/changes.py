"""The change bus: a database operation says what it changed, the views that show it refresh themselves.

Views never refresh each other by name. An operation run through :func:`desktop.gui.kit.db_op.db_op`
(or an undoable :class:`desktop.gui.kit.undo.DbCommand`, on redo and on undo alike) returns (or is given) a
:class:`Changes`; the bus publishes it on the UI thread; each view subscribed to one of its topics reloads
what it shows. Modelled on Anki's ``OpChanges``.

    ctx.changes.subscribe(Topic.CONTACTS | Topic.CUSTOM_FIELDS, self.on_changes, owner=self)
    db_op(ctx, lambda s: repo.delete(s, ids), changes=Topic.CONTACTS).run()

Subscribe with ``owner=self`` (the view, or a widget inside it): the subscription ends with the view. Nothing
refreshes a view by name: a view that does not subscribe to a topic does not hear of it.

Topics, who publishes them, and which views should subscribe:

==============  ====================================================  ============================================
topic           published by                                          shown by (subscribe)
==============  ====================================================  ============================================
CONTACTS        contact create/edit/delete/merge, imports, bulk       contacts, companies (their contacts),
                actions of smart queries, call-list outcomes          follow-ups, queries (results), campaigns
COMPANIES       company create/edit/delete, imports                   companies, contacts (company names), quotes
QUOTES          quote save/finalise/version/delete, a send queued;    quotes (list and footer), follow-ups,
                the live services when tracking or delivery moves     pipeline, dashboard, contact/company panels
                a quote's status
OPPORTUNITIES   pipeline moves, won/lost, opportunity edits           pipeline, dashboard, follow-ups
QUERIES         smart query saved/renamed/deleted                     queries, campaigns (their segments)
CAMPAIGNS       campaign created/started/paused, recipients           campaigns, call list
SCENARIOS       scenario edits, enrolments, steps run                 scenarios, follow-ups
CUSTOM_FIELDS   Paramètres › Champs personnalisés (every change and   contacts and companies (panels, dialogs),
                its undo)                                             queries (builder catalogue), import dialog
SELLER          Paramètres › Ma société                               quotes (editor header, previews)
PRODUCTS        the product catalogue                                 quotes (editor pickers)
TIMELINE        notes, calls, emails logged on a contact              contacts and companies (timeline panel)
TRACKING        the live services: tracking events stored (opens,     follow-ups (ranking), quotes (status),
                views, acceptances)                                   dashboard, contact timeline
OUTBOX          the live services: a message sent, failed or          quotes (sending/sent), campaigns (progress)
                retried; a send dialog queueing a message
SETTINGS        the settings window and its pages, on save            views that read ``ctx.settings`` at build
==============  ====================================================  ============================================

The live services publish ``TRACKING | OUTBOX | QUOTES`` together whenever the poller stores events, the
sender delivers or gives up, or a scenario step runs (:class:`desktop.gui.shell.live_ui.LiveWiring`), with
the wiring as ``source``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget


class Topic(enum.Flag):
    """What an operation changed (several may be combined with ``|``)."""

    NONE = 0
    CONTACTS = enum.auto()
    COMPANIES = enum.auto()
    QUOTES = enum.auto()
    OPPORTUNITIES = enum.auto()
    QUERIES = enum.auto()
    CAMPAIGNS = enum.auto()
    SCENARIOS = enum.auto()
    CUSTOM_FIELDS = enum.auto()
    SELLER = enum.auto()
    PRODUCTS = enum.auto()
    TIMELINE = enum.auto()  # activities: notes, calls, emails
    TRACKING = enum.auto()  # tracking events stored (opens, views, acceptances)
    OUTBOX = enum.auto()  # a message queued, sent or failed
    SETTINGS = enum.auto()
    INVOICES = enum.auto()  # an invoice made, issued, sent, paid or handed off (#21)


@dataclass(frozen=True)
class Changes:
    """One operation's changes.

    Attributes:
        topics: What changed.
        ids: The records concerned, when the operation knows them (empty: any).
        source: The object that made the change (a view may skip reloading for its own edit).
    """

    topics: Topic
    ids: frozenset[int] = field(default_factory=frozenset)
    source: object | None = None

    def touches(self, topics: Topic) -> bool:
        """True when these changes concern one of ``topics``."""
        return bool(self.topics & topics)


class ChangeBus(QObject):
    """Publishes :class:`Changes` on the UI thread; views subscribe to the topics they show."""

    sig_changed = Signal(object)  # Changes

    def publish(self, changes: Changes | Topic, source: object | None = None) -> None:
        """Tell every subscriber of these topics (call on the UI thread; a worker's result arrives there)."""
        if isinstance(changes, Topic):
            changes = Changes(changes, source=source)
        if changes.topics:
            self.sig_changed.emit(changes)

    def subscribe(self, topics: Topic, slot: Callable[[Changes], None], owner: QObject | None = None) -> None:
        """Call ``slot(changes)`` for every published change that touches ``topics``.

        Args:
            topics: The topics the subscriber shows.
            slot: Called on the UI thread.
            owner: When given, the subscription ends with it (a closed view is not called).
        """
        def deliver(changes: Changes) -> None:
            if changes.touches(topics):
                slot(changes)

        if owner is None:
            self.sig_changed.connect(deliver)
            return
        relay = _Relay(owner, topics, deliver)
        self.sig_changed.connect(relay.on_changed)

    @staticmethod
    def subscribed(owner: QObject, topics: Topic) -> bool:
        """True when ``owner`` or an object inside it holds a subscription to all of ``topics``."""
        held = Topic.NONE
        for relay in owner.findChildren(_Relay):
            held |= relay.topics
        return (held & topics) == topics


class _Relay(QObject):
    """A subscription owned by a QObject: destroyed with it, so Qt disconnects it."""

    def __init__(self, owner: QObject, topics: Topic, deliver: Callable[[Changes], None]) -> None:
        super().__init__(owner)
        self.topics = topics
        self._deliver = deliver

    @Slot(object)
    def on_changed(self, changes: Changes) -> None:
        self._deliver(changes)


class _ReloadWhenShown(QObject):
    """Reloads its view for the changes it shows: at once when on screen, else once back into sight."""

    def __init__(self, view: QWidget, reload: Callable[[], None], skip_own: bool) -> None:
        super().__init__(view)
        self._view, self._reload, self._skip_own = view, reload, skip_own
        self._stale = False
        view.installEventFilter(self)

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        view = self._view
        if self._skip_own and changes.source is view:
            return  # the view's own edit reads again when it is done
        window = view.window()
        if not view.isVisible() and window is not view and window.isVisible():
            self._stale = True  # another view of the window hides it: read when it comes back
        else:
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Back into sight: read what changed meanwhile."""
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._reload()
        return False


def reload_on_changes(view: QWidget, bus: ChangeBus, topics: Topic, reload: Callable[[], None], *,
                      skip_own: bool = False) -> None:
    """Have ``view`` call ``reload()`` when changes touch ``topics``: at once when it is on screen, else once it
    comes back into sight (a hidden dashboard does not recompute on every tracking event). The subscription
    ends with the view.

    Args:
        view: The view (its visibility decides when to reload).
        bus: The context's change bus.
        topics: What the view shows.
        reload: Reads it again.
        skip_own: Ignore changes the view published itself (``source=view``): its own edits refresh it.
    """
    watcher = _ReloadWhenShown(view, reload, skip_own)
    bus.subscribe(topics, watcher.on_changes, owner=watcher)
