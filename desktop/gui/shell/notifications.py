"""Desktop notifications of tracking news: the system tray and small toasts in the main window.

Only human opens, views and acceptances reach here (the live services never pass machine events). A
click on a toast or on the tray message asks for the quote (:attr:`NotificationCenter.sig_quote_requested`).
An event later judged machine withdraws its toast if it is still shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsOpacityEffect,
    QLabel,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.shell.live import News

TOAST_MS = 10_000
MAX_TOASTS = 4


def news_title(news: News) -> str:
    """The notification's first line, by kind."""
    from desktop.gui.kit.i18n import tr

    titles = {"open": tr("Notifications", "Devis ouvert"), "view": tr("Notifications", "Devis consulté en ligne"),
              "accept": tr("Notifications", "Devis accepté !")}
    return titles.get(news.kind, tr("Notifications", "Nouvelle du suivi"))


def news_text(news: News) -> str:
    """The notification's body: who did what with which quote, and what to do."""
    from desktop.gui.kit.i18n import tr

    who = news.contact or tr("Notifications", "Votre contact")
    number = news.number or "—"
    if news.kind == "accept":
        text = tr("Notifications", "%1 a accepté le devis %2 en ligne (signé : %3). Envoyez vos remerciements.")
        return text.replace("%1", who).replace("%2", number).replace("%3", news.full_name or who)
    if news.kind == "view":
        text = tr("Notifications", "%1 consulte le devis %2 en ce moment : c’est le moment d’appeler.")
    else:
        text = tr("Notifications", "%1 vient d’ouvrir le message du devis %2.")
    text = text.replace("%1", who).replace("%2", number)
    return f"{text}\n{news.why[:1].upper()}{news.why[1:]}." if news.why else text  # why the tracker believes it


class Toast(QFrame):
    """One notification in the window: title, text, click to open the quote; fades out."""

    sig_clicked = Signal()

    def __init__(self, news: News, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.news = news
        self.setObjectName("toast")
        self.setProperty("kind", news.kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # QFrame#toast in ui/relance.qss: opaque
        title = QLabel(f"<b>{news_title(news)}</b>")
        body = QLabel(news_text(news))
        body.setWordWrap(True)
        hint = QLabel(self.tr("Cliquez pour ouvrir le devis"))
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for label in (title, body, hint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setFixedWidth(316)  # a known width: the wrapped text gets its full height
            layout.addWidget(label)
        self.setFixedWidth(340)
        self.setFixedHeight(layout.sizeHint().height())
        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(1.0)
        self.setGraphicsEffect(self._effect)
        self._fade = QPropertyAnimation(self._effect, b"opacity", self)
        self._fade.setDuration(600)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.InQuad)
        self._fade.finished.connect(lambda: self.setProperty("gone", True))
        self._fade.finished.connect(self.deleteLater)
        QTimer.singleShot(TOAST_MS, self, self.fade_out)

    @Slot()
    def fade_out(self) -> None:
        """Fade away, then go."""
        self._fade.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the quote and dismisses the toast."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
            self.deleteLater()
        super().mouseReleaseEvent(event)


class ToastArea(QWidget):
    """The column of toasts in the bottom-right corner of a window (follows its size)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("toast_area")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        host.installEventFilter(self)
        self.hide()

    def toasts(self) -> list[Toast]:
        """The toasts shown now, oldest first."""
        return [w for w in self.findChildren(Toast) if not w.property("gone")]

    def add(self, toast: Toast) -> None:
        """Show a toast at the bottom; the oldest go beyond :data:`MAX_TOASTS`."""
        shown = self.toasts()
        for old in shown[: max(0, len(shown) - MAX_TOASTS + 1)]:
            self.remove(old)
        toast.setParent(self)
        toast.destroyed.connect(self._place)
        self._layout.addWidget(toast)
        self.show()
        self.raise_()
        self._place()

    def remove(self, toast: Toast) -> None:
        """Take a toast away at once."""
        toast.setProperty("gone", True)
        toast.hide()
        toast.deleteLater()
        self._place()

    @Slot()
    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        shown = self.toasts()
        wanted = sum(t.height() for t in shown) + self._layout.spacing() * max(0, len(shown) - 1)
        width, height = 340, min(wanted, host.height() - 60)
        self.setGeometry(host.width() - width - 16, host.height() - height - 36, width, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the host's size."""
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


class NotificationCenter(QObject):
    """Shows each piece of news in the tray (when there is one) and as a toast; clicks open the quote.

    Args:
        host: The main window (the toasts' parent).
        tray: Use the system tray when it is available.
    """

    sig_notified = Signal(object)  # News, once shown (tests and the benchmark wait on it)
    sig_quote_requested = Signal(int)

    def __init__(self, host: QWidget, tray: bool = True) -> None:
        super().__init__(host)
        self.area = ToastArea(host)
        self.tray: QSystemTrayIcon | None = None
        self._tray_quote: int | None = None
        if tray and QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = host.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip("Relance")
            self.tray.messageClicked.connect(self.on_tray_message_clicked)
            self.tray.show()

    @Slot(object)
    def on_news(self, news: News) -> None:
        """Notify the salesperson of a human open, view or acceptance."""
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray_quote = news.quote_id
            self.tray.showMessage(news_title(news), news_text(news), QSystemTrayIcon.MessageIcon.Information,
                                  TOAST_MS)
        toast = Toast(news)
        if news.quote_id is not None:
            quote_id = news.quote_id
            toast.sig_clicked.connect(lambda: self.sig_quote_requested.emit(quote_id))
        self.area.add(toast)
        self.sig_notified.emit(news)

    @Slot(object)
    def on_withdrawn(self, event_ids: list[str]) -> None:
        """Events judged machine after all: their toasts go."""
        gone = set(event_ids)
        for toast in self.area.toasts():
            if toast.news.event_id in gone:
                self.area.remove(toast)

    @Slot()
    def on_tray_message_clicked(self) -> None:
        if self._tray_quote is not None:
            self.sig_quote_requested.emit(self._tray_quote)
