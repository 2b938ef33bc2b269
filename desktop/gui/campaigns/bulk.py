"""The smart queries' bulk action "Ajouter à une campagne phoning": the matching contacts join a call list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext


def add_to_phoning_campaign(parent: QWidget, ctx: GuiContext, contact_ids: Sequence[int],
                            campaign_id: int | None = None) -> None:
    """Ask which phoning campaign (unless given) and add the contacts to it; say how many joined."""
    from desktop.db import campaigns as repo

    ids, now = list(contact_ids), ctx.clock()
    if not ids:
        return

    def add(target: int) -> None:
        db_op(ctx, lambda s: repo.add_contacts(s, target, ids, now), changes=Topic.CAMPAIGNS).success(
            lambda count: ctx.show_message(tr("Campaigns", "%n contact(s) ajouté(s) à la campagne", "", count))).run()

    if campaign_id is not None:
        add(campaign_id)
        return

    def ask(rows: list[Any]) -> None:
        active = [r for r in rows if r.status != "done"]
        if not active:
            ctx.show_message(tr("Campaigns", "Créez d'abord une campagne phoning (vue Campagnes)."))
            return
        names = [r.name for r in active]
        name, ok = QInputDialog.getItem(parent, tr("Campaigns", "Ajouter à une campagne phoning"),
                                        tr("Campaigns", "Campagne"), names, 0, False)
        if ok and name in names:
            add(active[names.index(name)].id)

    db_op(ctx, lambda s: repo.list_campaigns(s, now), write=False).success(ask).run()
