"""The smart queries' bulk action "Ajouter à une campagne phoning": the matching contacts join a call list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.shell.context import GuiContext


def _run(ctx: GuiContext, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
    database = ctx.database

    def job(_p: Callable[[int, int], bool]) -> Any:
        with database.sessions.begin() as session:
            return work(session)

    Op(job).success(done).failure(lambda exc: ctx.show_message(str(exc))).run_in_background(ctx.runner)


def add_to_phoning_campaign(parent: QWidget, ctx: GuiContext, contact_ids: Sequence[int],
                            campaign_id: int | None = None) -> None:
    """Ask which phoning campaign (unless given) and add the contacts to it; say how many joined."""
    from desktop.db import campaigns as repo

    ids, now = list(contact_ids), ctx.clock()
    if not ids:
        return

    def added(count: int) -> None:
        ctx.show_message(tr("Campaigns", "%n contact(s) ajouté(s) à la campagne", "", count))

    if campaign_id is not None:
        chosen_id = campaign_id
        _run(ctx, lambda s: repo.add_contacts(s, chosen_id, ids, now), added)
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
            target = active[names.index(name)].id
            _run(ctx, lambda s: repo.add_contacts(s, target, ids, now), added)

    _run(ctx, lambda s: repo.list_campaigns(s, now), ask)
