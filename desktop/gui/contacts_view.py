"""The Contacts view: search, filter, create, edit, delete (undoable), merge, and the detail panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.gui.contact_detail import ContactDetailPanel
from desktop.gui.contact_model import make_contact_model
from desktop.gui.context import GuiContext
from desktop.gui.list_view import RecordListView
from desktop.gui.undo import DbCommand

if TYPE_CHECKING:  # the dialogs are imported when first opened: start-up only builds the list
    from desktop.core.records import ContactDraft
    from desktop.gui.record_dialog import RecordDialog


class ContactsView(RecordListView):
    """Contacts: the table over the paged model and the panel of the selected contact."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self._conn = ctx.database.reader_connection()
        self.reader = ContactListReader(self._conn, ctx.database.dialect)
        super().__init__(ctx, make_contact_model(self.reader, ctx.settings.page_size), self.reader.tags(),
                         self.tr("Rechercher un nom, une société, un email, un téléphone, une ville…"), parent)
        self.setObjectName("contacts_view")
        self.merge_button = QPushButton(self.tr("Fusionner"))
        self.merge_button.setToolTip(self.tr("Fusionner les deux contacts sélectionnés"))
        self.merge_button.clicked.connect(self.on_merge_requested)
        self.toolbar.insertWidget(self.toolbar.count(), self.merge_button)
        self.detail = ContactDetailPanel()
        self.detail.sig_note_requested.connect(self.on_detail_note_requested)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 330])
        self.selection_changed.connect(self.on_selection_changed)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 210)
        self.table.setColumnWidth(4, 120)
        self.on_selection_changed([])

    def make_filter(self, text: str, tag_id: int | None) -> ContactFilter:
        return ContactFilter(text=text, tag_id=tag_id)

    def count_text(self, count: int) -> str:
        return self.tr("%n contact(s)", "", count)

    # Detail -------------------------------------------------------------------------------
    @Slot(list)
    def on_selection_changed(self, ids: list[int]) -> None:
        self.merge_button.setEnabled(len(ids) == 2)
        if len(ids) != 1:
            self.detail.show_contact(None)
            return
        self.load_detail(ids[0])

    def load_detail(self, contact_id: int) -> None:
        from desktop.services.contact_detail import load_contact_detail

        def shown(detail: Any) -> None:
            if self.selected_ids() == [contact_id]:
                self.detail.show_contact(detail)

        self.run(lambda s: load_contact_detail(s, contact_id), shown)

    @Slot(int, str)
    def on_detail_note_requested(self, contact_id: int, text: str) -> None:
        from desktop.db.contacts import add_activity

        now = self.ctx.clock()
        self.run(lambda s: add_activity(s, kind="note", subject=text, when=now, contact_id=contact_id).id,
                 lambda _id: self.load_detail(contact_id))

    # Edits --------------------------------------------------------------------------------
    def _dialog(self, title: str, draft: ContactDraft, contact_id: int | None) -> RecordDialog[ContactDraft]:
        from desktop.core.records import validate_contact
        from desktop.gui.record_dialog import RecordDialog
        from desktop.gui.record_forms import contact_fields

        dialog: RecordDialog[ContactDraft] = RecordDialog(
            title, contact_fields(), draft, lambda d: validate_contact(d, self.ctx.settings.region), self)
        dialog.sig_duplicate_check_requested.connect(lambda d: self._check_duplicates(dialog, d, contact_id))
        return dialog

    def _check_duplicates(self, dialog: RecordDialog[ContactDraft], draft: ContactDraft,
                          contact_id: int | None) -> None:
        from desktop.db.contacts import find_contact_duplicates

        def found(dups: list[tuple[int, str, str]]) -> None:
            if not dups:
                dialog.show_duplicates("", None)
                return
            first = dups[0]
            text = self.tr("Doublon possible : %1 (%2) existe déjà.").replace("%1", first[1]).replace(
                "%2", first[2] or self.tr("même nom"))
            dialog.show_duplicates(text, first[0] if contact_id is not None else None)

        self.run(lambda s: [(c.id, c.full_name, c.email or "") for c in find_contact_duplicates(
            s, draft.email or None, contact_id, draft.first_name, draft.last_name)], found)

    @Slot()
    def on_new_requested(self) -> None:
        from desktop.core.records import ContactDraft

        dialog = self._dialog(self.tr("Nouveau contact"), ContactDraft(), None)
        if dialog.exec() and dialog.accepted_draft is not None:
            self.push_create(dialog.accepted_draft)

    def push_create(self, draft: ContactDraft) -> None:
        """Create a contact as an undoable edit."""
        from desktop.db.contacts import create_contact

        name = f"{draft.first_name} {draft.last_name}".strip()
        self.push_soft_create(self.tr("Créer %1").replace("%1", name), lambda s: create_contact(s, draft).id)

    @Slot()
    def on_edit_requested(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from desktop.db import contacts as repo

        contact_id = ids[0]
        self.run(lambda s: repo.contact_draft(repo.get_contact(s, contact_id)),  # type: ignore[arg-type]
                 lambda before: self._edit(contact_id, before))

    def _edit(self, contact_id: int, before: ContactDraft) -> None:
        dialog = self._dialog(self.tr("Modifier le contact"), before, contact_id)
        result = dialog.exec()
        if result == 2 and dialog.merge_target is not None:
            self.push_merge(contact_id, dialog.merge_target)
        elif result and dialog.accepted_draft is not None and dialog.accepted_draft != before:
            self.push_update(contact_id, before, dialog.accepted_draft)

    def push_update(self, contact_id: int, before: ContactDraft, after: ContactDraft) -> None:
        from desktop.db import contacts as repo

        def refreshed() -> None:
            self.model.refresh()
            if self.selected_ids() == [contact_id]:
                self.load_detail(contact_id)

        self.ctx.undo_stack.push(DbCommand(
            self.ctx, self.tr("Modifier %1").replace("%1", f"{after.first_name} {after.last_name}".strip()),
            redo=lambda s: repo.update_contact(s, contact_id, after),
            undo=lambda s: repo.update_contact(s, contact_id, before),
            on_done=refreshed,
        ))

    def push_delete(self, ids: list[int]) -> None:
        """Delete contacts softly; Ctrl+Z brings them back."""
        self.push_soft_delete(ids, self.tr("Supprimer %n contact(s)", "", len(ids)),
                              self.tr("%n contact(s) supprimé(s). Ctrl+Z pour annuler.", "", len(ids)))

    @Slot()
    def on_merge_requested(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return
        keep, other = rows
        answer = QMessageBox.question(
            self, self.tr("Fusionner"),
            self.tr("Fusionner « %1 » dans « %2 » ? Le fil d’activité et les étiquettes sont regroupés ; "
                    "Ctrl+Z annule la fusion.").replace("%1", other.full_name).replace("%2", keep.full_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.push_merge(keep.id, other.id)

    def push_merge(self, keep_id: int, other_id: int) -> None:
        from desktop.db import contacts as repo

        record: dict[str, Any] = {}
        self.ctx.undo_stack.push(DbCommand(
            self.ctx, self.tr("Fusionner deux contacts"),
            first=lambda s: repo.merge_contacts(s, keep_id, other_id, self.ctx.clock()),
            remember=lambda r: record.__setitem__("r", r),
            redo=lambda s: record.__setitem__("r", repo.merge_contacts(s, keep_id, other_id, self.ctx.clock())),
            undo=lambda s: repo.unmerge_contacts(s, record["r"]),
            on_done=self.model.refresh,
        ))
