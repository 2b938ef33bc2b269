"""The Contacts view: search, filter, create, edit, delete (undoable), merge, enrol in a scenario (context
menu, Ctrl+Maj+I, the panel), and the detail panel with the contact's scenarios."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from desktop.db.contact_list import ContactFilter, ContactListReader
from desktop.gui.contacts.detail import ContactDetailPanel
from desktop.gui.contacts.list_base import BackgroundListView
from desktop.gui.contacts.model import make_contact_model
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.undo import DbCommand
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:  # the dialogs are imported when first opened: start-up only builds the list
    from desktop.core.custom_fields import FieldDef, Value
    from desktop.core.records import ContactDraft
    from desktop.gui.kit.record_dialog import RecordDialog


class ContactsView(BackgroundListView):
    """Contacts: the table over the paged model and the panel of the selected contact."""

    list_topics = Topic.CONTACTS | Topic.COMPANIES  # rows: the contacts and their companies' names
    panel_topics = Topic.TIMELINE | Topic.TRACKING | Topic.QUOTES | Topic.OUTBOX | Topic.SCENARIOS \
        | Topic.CUSTOM_FIELDS

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self._conn = ctx.database.reader_connection()
        reader = ContactListReader(self._conn, ctx.database.dialect)
        super().__init__(ctx, make_contact_model(reader, ctx.runner, ctx.settings.page_size), reader,
                         self.tr("Rechercher un nom, une société, un email, un téléphone, une ville…"), parent)
        self.reader: ContactListReader = reader
        self.setObjectName("contacts_view")
        self.merge_button = QPushButton(self.tr("Fusionner"))
        self.merge_button.setToolTip(self.tr("Fusionner les deux contacts sélectionnés"))
        self.merge_button.clicked.connect(self.on_merge_requested)
        self.toolbar.insertWidget(self.toolbar.count(), self.merge_button)
        self.detail = ContactDetailPanel()
        self.detail.sig_note_requested.connect(self.on_detail_note_requested)
        self.detail.sig_consent_requested.connect(self.on_detail_consent_requested)
        self.detail.sig_proof_requested.connect(self.on_detail_proof_requested)
        self.detail.sig_enrol_requested.connect(self.on_detail_enrol_requested)
        self.detail.sig_stop_requested.connect(self.on_detail_stop_requested)
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
        self.enrol_action = QAction(self.tr("&Inscrire dans un scénario…"), self)
        self.enrol_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.enrol_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.enrol_action.triggered.connect(self.on_enrol_requested)
        self.addAction(self.enrol_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu_requested)
        self.on_selection_changed([])

    def make_filter(self, text: str, tag_id: int | None) -> ContactFilter:
        return ContactFilter(text=text, tag_id=tag_id)

    def count_text(self, count: int) -> str:
        return self.tr("%n contact(s)", "", count)

    def more_than_text(self, at_least: int) -> str:
        """« plus de 5 000 contacts »: a broad search before its full count (in thousands from a thousand)."""
        shown = at_least - 1 if at_least <= 1000 else (at_least - 1) // 1000 * 1000
        return self.tr("plus de %1 contacts").replace("%1", QLocale().toString(shown))

    # Detail -------------------------------------------------------------------------------
    @Slot(list)
    def on_selection_changed(self, ids: list[int]) -> None:
        self.merge_button.setEnabled(len(ids) == 2)
        self.enrol_action.setEnabled(bool(ids))
        if len(ids) != 1:
            self.detail.show_contact(None)
            return
        self.load_detail(ids[0])

    def load_detail(self, contact_id: int) -> None:
        from desktop.services.contact_detail import load_contact_detail
        from desktop.services.enrolment import contact_enrolments

        def shown(result: Any) -> None:
            detail, enrolments = result
            if self.selected_ids() == [contact_id]:
                self.detail.show_contact(detail, enrolments=enrolments, lang=self.ctx.settings.language)

        self.read(lambda s: (load_contact_detail(s, contact_id), contact_enrolments(s, contact_id)), shown)

    # Context menu and scenarios -----------------------------------------------------------
    @Slot(QPoint)
    def on_table_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu | None:
        """Edit, merge, enrol, add to a call list, delete: for the selected contacts (None without any)."""
        ids = self.selected_ids()
        if not ids:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edit = menu.addAction(self.tr("Modifier…"), self.on_edit_requested)
        edit.setEnabled(len(ids) == 1)
        merge = menu.addAction(self.tr("Fusionner…"), self.on_merge_requested)
        merge.setEnabled(len(ids) == 2)
        menu.addSeparator()
        menu.addAction(self.enrol_action)
        menu.addAction(self.tr("Ajouter à une campagne phoning…"), self.on_phoning_requested)
        menu.addSeparator()
        menu.addAction(self.tr("Exporter la preuve du consentement (%n contact(s))…", "", len(ids)),
                       lambda: self.on_proof_requested(ids))
        menu.addAction(self.tr("Exporter la preuve de tous les consentements…"), lambda: self.on_proof_requested(None))
        menu.addSeparator()
        menu.addAction(self.tr("Supprimer %n contact(s)", "", len(ids)), self.on_delete_requested)
        return menu

    def on_proof_requested(self, contact_ids: list[int] | None) -> None:
        """Export the consent proof of these contacts, or of every contact (the CNIL asks the sender to prove each
        consent)."""
        from desktop.gui.contacts.consent import export_proof

        export_proof(self.ctx, self, contact_ids)

    @Slot()
    def on_enrol_requested(self) -> None:
        """Enrol the selected contacts in a running scenario (asked, confirmed with the count)."""
        ids = self.selected_ids()
        if ids:
            self.enrol(ids)

    def enrol(self, ids: list[int], scenario_id: int | None = None) -> None:
        from desktop.gui.scenarios.enrol_dialog import enrol_with_dialog

        def done(_report: str) -> None:
            if len(ids) == 1 and self.selected_ids() == ids:
                self.load_detail(ids[0])

        enrol_with_dialog(self, self.ctx, ids, scenario_id=scenario_id, done=done)

    @Slot()
    def on_phoning_requested(self) -> None:
        from desktop.gui.campaigns.bulk import add_to_phoning_campaign

        add_to_phoning_campaign(self, self.ctx, self.selected_ids())

    @Slot(int)
    def on_detail_enrol_requested(self, contact_id: int) -> None:
        self.enrol([contact_id])

    @Slot(int, int, str)
    def on_detail_stop_requested(self, contact_id: int, scenario_id: int, scenario: str,
                                 confirmed: bool = False) -> None:
        """Stop this contact's enrolment by hand (asked first); the timeline says so."""
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Arrêter le scénario"),
                self.tr("Arrêter le scénario « %1 » pour ce contact ? Il ne recevra plus ses étapes ; cet arrêt "
                        "est inscrit dans son fil d’activité.").replace("%1", scenario))
            if answer != QMessageBox.StandardButton.Yes:
                return
        from desktop.db.scenarios import stop_manually

        now = self.ctx.clock()

        def stopped(count: int) -> None:  # the panel follows from the published change
            self.ctx.show_message(self.tr("Scénario « %1 » arrêté pour ce contact.").replace("%1", scenario)
                                  if count else self.tr("Ce contact n’était plus en cours dans « %1 ».")
                                  .replace("%1", scenario))

        db_op(self.ctx, lambda s: stop_manually(s, scenario_id, [contact_id], now),
              changes=Topic.SCENARIOS | Topic.TIMELINE, source=self).success(stopped).run()

    @Slot(int, str)
    def on_detail_note_requested(self, contact_id: int, text: str) -> None:
        """A note in the contact's timeline (the panels showing it follow from the published change)."""
        from desktop.db.contacts import add_activity

        now = self.ctx.clock()
        db_op(self.ctx, lambda s: add_activity(s, kind="note", subject=text, when=now, contact_id=contact_id).id,
              changes=Topic.TIMELINE, source=self).run()

    @Slot(int)
    def on_detail_consent_requested(self, contact_id: int) -> None:
        """Note the contact's answer about tracking (the panel follows from the published change)."""
        from desktop.gui.contacts.consent import ConsentDialog

        self.consent_dialog = ConsentDialog(self.ctx, contact_id, self)
        self.consent_dialog.open()

    @Slot(int)
    def on_detail_proof_requested(self, contact_id: int) -> None:
        """Export the contact's consent proof (its history, with the texts shown and the sources)."""
        from desktop.gui.contacts.consent import export_proof

        export_proof(self.ctx, self, [contact_id])

    # Edits --------------------------------------------------------------------------------
    def _dialog(self, title: str, draft: ContactDraft, contact_id: int | None,
                custom: tuple[list[FieldDef], dict[int, Value]] = ([], {})) -> RecordDialog[ContactDraft]:
        from desktop.core.records import validate_contact
        from desktop.gui.generated.contacts.ui_contact_dialog import Ui_ContactForm
        from desktop.gui.kit.record_dialog import RecordDialog
        from desktop.gui.kit.record_forms import contact_fields

        dialog: RecordDialog[ContactDraft] = RecordDialog(
            title, contact_fields(), draft, lambda d: validate_contact(d, self.ctx.settings.region), self,
            custom_fields=custom[0], custom_values=custom[1], form_class=Ui_ContactForm)
        dialog.sig_duplicate_check_requested.connect(lambda d: self._check_duplicates(dialog, d, contact_id))
        return dialog

    def _check_duplicates(self, dialog: RecordDialog[ContactDraft], draft: ContactDraft,
                          contact_id: int | None) -> None:
        from desktop.services.record_edits import contact_duplicates

        def found(dups: list[tuple[int, str, str]]) -> None:
            if not dups:
                dialog.show_duplicates("", None)
                return
            first = dups[0]
            text = self.tr("Doublon possible : %1 (%2) existe déjà.").replace("%1", first[1]).replace(
                "%2", first[2] or self.tr("même nom"))
            dialog.show_duplicates(text, first[0] if contact_id is not None else None)

        self.read(lambda s: contact_duplicates(s, draft, contact_id), found)

    @Slot()
    def on_new_requested(self) -> None:
        from desktop.services.record_edits import contact_form

        self.read(lambda s: contact_form(s, None), lambda loaded: self._new(loaded[1]))

    def _new(self, custom: tuple[list[FieldDef], dict[int, Value]]) -> None:
        from desktop.core.records import ContactDraft

        dialog = self._dialog(self.tr("Nouveau contact"), ContactDraft(), None, custom)
        if dialog.exec() and dialog.accepted_draft is not None:
            self.push_create(dialog.accepted_draft, dialog.accepted_custom)

    def push_create(self, draft: ContactDraft, custom: dict[int, Value | None] | None = None) -> None:
        """Create a contact (with its custom field values) as an undoable edit."""
        from desktop.services.record_edits import create_contact

        now = self.ctx.clock()
        name = f"{draft.first_name} {draft.last_name}".strip()
        self.push_soft_create(self.tr("Créer %1").replace("%1", name), lambda s: create_contact(s, draft, custom, now))

    @Slot()
    def on_edit_requested(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from desktop.services.record_edits import contact_form

        contact_id = ids[0]
        self.read(lambda s: contact_form(s, contact_id), lambda loaded: self._edit(contact_id, *loaded))

    def _edit(self, contact_id: int, before: ContactDraft,
              custom: tuple[list[FieldDef], dict[int, Value]] = ([], {})) -> None:
        from desktop.core.custom_fields import changed

        dialog = self._dialog(self.tr("Modifier le contact"), before, contact_id, custom)
        result = dialog.exec()
        values_before: dict[int, Value | None] = {f.id: custom[1].get(f.id) for f in custom[0]}
        if result == 2 and dialog.merge_target is not None:
            self.push_merge(contact_id, dialog.merge_target)
        elif result and dialog.accepted_draft is not None and (
                dialog.accepted_draft != before or changed(values_before, dialog.accepted_custom)):
            self.push_update(contact_id, before, dialog.accepted_draft, values_before, dialog.accepted_custom)

    def push_update(self, contact_id: int, before: ContactDraft, after: ContactDraft,
                    custom_before: dict[int, Value | None] | None = None,
                    custom_after: dict[int, Value | None] | None = None) -> None:
        """Save an edit of the contact and of its custom field values as one undoable command (the views
        showing it follow from the published change)."""
        from desktop.services.record_edits import save_contact

        now = self.ctx.clock()
        self.ctx.undo_stack.push(DbCommand(
            self.ctx, self.tr("Modifier %1").replace("%1", f"{after.first_name} {after.last_name}".strip()),
            redo=lambda s: save_contact(s, contact_id, after, custom_after, now),
            undo=lambda s: save_contact(s, contact_id, before, custom_before, now),
            on_done=lambda: None, changes=Topic.CONTACTS,
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
            on_done=lambda: None, changes=Topic.CONTACTS | Topic.TIMELINE | Topic.QUOTES,  # timelines and quotes move
        ))
