"""The campaigns view: phoning campaigns (call lists, :mod:`~desktop.gui.campaigns.phoning_panel`) and email
campaigns (:mod:`~desktop.gui.campaigns.email_panel`) with their figures.

Each panel reads its list off the UI thread and reads it again when the change bus says that what it shows
changed (campaigns, contacts, the outbox); every action publishes what it changed. Status changes are
undoable (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.gui.campaigns.email_panel import EmailPanel
from desktop.gui.campaigns.phoning_panel import PhoningPanel
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


class CampaignsView(QWidget):
    """Phoning and email campaigns, their figures and actions."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(tr("Campaigns", "Campagnes"))
        title.setObjectName("view_title")
        layout.addWidget(title)
        self.phoning = PhoningPanel(ctx, self)
        layout.addWidget(self.phoning, 5)  # with its statistics: the two tables keep about 2:1
        self.email = EmailPanel(ctx, self)
        layout.addWidget(self.email, 2)

    def select_first(self) -> None:
        """Select the first phoning campaign (the screenshot)."""
        self.phoning.select_first()

    def open_session(self, campaign_id: int) -> QWidget:
        """Open a calling session on a phoning campaign."""
        return self.phoning.open_session(campaign_id)

    def open_first_session(self) -> QWidget | None:
        """The call-list window of the last running campaign listed, else the last one
        (``--screenshot --view call-list``, once the list is read)."""
        rows = self.phoning.rows
        active = [r for r in rows if r.status == "active"] or rows
        return self.open_session(active[-1].id) if active else None
