"""The Companies view: search, filter, create, edit and delete (undoable), and the panel of the selected
company: identity, custom fields, contacts, open opportunities and quotes, timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.core.custom_fields import FieldDef, Value, changed
from desktop.core.records import CompanyDraft, validate_company
from desktop.db.company_list import CompanyFilter, CompanyListReader
from desktop.gui.companies.detail import CompanyDetailPanel
from desktop.gui.companies.model import make_company_model
from desktop.gui.contacts.list_base import BackgroundListView
from desktop.gui.generated.companies.ui_company_dialog import Ui_CompanyForm
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.record_dialog import RecordDialog
from desktop.gui.kit.record_forms import company_fields
from desktop.gui.kit.undo import DbCommand
from desktop.gui.shell.context import GuiContext


class CompaniesView(BackgroundListView):
    """Companies (accounts) with their number of contacts."""

    record_kind = "companies"
    list_topics = Topic.COMPANIES | Topic.CONTACTS  # rows: the companies and their numbers of contacts
    panel_topics = Topic.QUOTES | Topic.OPPORTUNITIES | Topic.TIMELINE | Topic.TRACKING | Topic.CUSTOM_FIELDS

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self._conn = ctx.database.reader_connection()
        reader = CompanyListReader(self._conn, ctx.database.dialect)
        super().__init__(ctx, make_company_model(reader, ctx.runner, ctx.settings.page_size), reader,
                         self.tr("Rechercher une raison sociale, un SIRET, une ville…"), parent)
        self.reader: CompanyListReader = reader
        self.setObjectName("companies_view")
        self.detail = CompanyDetailPanel()
        self.detail.sig_contact_requested.connect(self.on_detail_contact_requested)
        self.detail.sig_quote_requested.connect(self.on_detail_quote_requested)
        self.detail.sig_note_requested.connect(self.on_detail_note_requested)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 430])
        self.selection_changed.connect(self.on_selection_changed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((172, 52, 126, 95, 106)):  # the contacts count takes what is left
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.on_selection_changed([])

    def make_filter(self, text: str, tag_id: int | None) -> CompanyFilter:
        return CompanyFilter(text=text, tag_id=tag_id)

    def count_text(self, count: int) -> str:
        return self.tr("%n société(s)", "", count)

    # Detail -------------------------------------------------------------------------------
    @Slot(list)
    def on_selection_changed(self, ids: list[int]) -> None:
        if len(ids) == 1:
            self.load_detail(ids[0])
        elif ids:
            self.detail.show_summary(len(ids), sum(r.contact_count for r in self.selected_rows()))
        else:
            self.detail.show_company(None)

    def load_detail(self, company_id: int) -> None:
        """Read the company's panel on the worker thread; shown if the company is still the one selected."""
        from desktop.services.company_detail import load_company_detail

        def shown(detail: Any) -> None:
            if self.selected_ids() == [company_id]:
                self.detail.show_company(detail, lang=self.ctx.settings.language)

        self.read(lambda s: load_company_detail(s, company_id), shown)

    @Slot(int, str)
    def on_detail_note_requested(self, company_id: int, text: str) -> None:
        """A note on the company itself (no contact), newest in its timeline (the panel follows the change)."""
        from desktop.db.contacts import add_activity

        now = self.ctx.clock()
        db_op(self.ctx, lambda s: add_activity(s, kind="note", subject=text, when=now, company_id=company_id).id,
              changes=Topic.TIMELINE, source=self).run()

    def _main_window_view(self, name: str, show: bool) -> Any:
        """A view of the main window hosting this one (shown first when ``show``), or None outside one."""
        window = self.window()
        get = getattr(window, "show_view" if show else "view", None)
        return get(name) if get is not None else None

    @Slot(int, str)
    def on_detail_contact_requested(self, contact_id: int, find_text: str) -> None:
        """Open the contact in the contacts view, found by its name and selected with its panel."""
        def found(selected: bool) -> None:
            if not selected:
                self.ctx.show_message(self.tr("Ce contact n’apparaît pas dans la liste (supprimé ?)."))

        contacts = self._main_window_view("contacts", show=True)
        if contacts is not None:
            contacts.show_record(contact_id, find_text, found=found)

    @Slot(int)
    def on_detail_quote_requested(self, quote_id: int) -> None:
        """Open the quote's editor as the quotes view does; the panel follows what the editor saves (QUOTES)."""
        quotes = self._main_window_view("quotes", show=False)
        if quotes is not None:
            quotes.open_editor(quote_id)

    def _dialog(self, title: str, draft: CompanyDraft, company_id: int | None,
                custom: tuple[list[FieldDef], dict[int, Value]] = ([], {})) -> RecordDialog[CompanyDraft]:
        dialog: RecordDialog[CompanyDraft] = RecordDialog(
            title, company_fields(), draft, lambda d: validate_company(d, self.ctx.settings.region), self,
            custom_fields=custom[0], custom_values=custom[1], form_class=Ui_CompanyForm)
        dialog.sig_duplicate_check_requested.connect(lambda d: self._check_duplicates(dialog, d, company_id))
        return dialog

    def _check_duplicates(self, dialog: RecordDialog[CompanyDraft], draft: CompanyDraft,
                          company_id: int | None) -> None:
        from desktop.services.record_edits import company_duplicates

        def found(names: list[str]) -> None:
            text = self.tr("Doublon possible : %1 existe déjà (même SIRET ou même nom).").replace(
                "%1", names[0]) if names else ""
            dialog.show_duplicates(text, None)

        self.read(lambda s: company_duplicates(s, draft, company_id), found)

    @Slot()
    def on_new_requested(self) -> None:
        from desktop.services.record_edits import company_form

        self.read(lambda s: company_form(s, None), lambda loaded: self._new(loaded[1]))

    def _new(self, custom: tuple[list[FieldDef], dict[int, Value]]) -> None:
        dialog = self._dialog(self.tr("Nouvelle société"), CompanyDraft(), None, custom)
        if dialog.exec() and dialog.accepted_draft is not None:
            self.push_create(dialog.accepted_draft, dialog.accepted_custom)

    def push_create(self, draft: CompanyDraft, custom: dict[int, Value | None] | None = None) -> None:
        """Create a company (with its custom field values) as an undoable edit."""
        from desktop.services.record_edits import create_company

        self.push_soft_create(self.tr("Créer %1").replace("%1", draft.legal_name),
                              lambda s: create_company(s, draft, custom))

    @Slot()
    def on_edit_requested(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from desktop.services.record_edits import company_form

        company_id = ids[0]
        self.read(lambda s: company_form(s, company_id), lambda loaded: self._edit(company_id, *loaded))

    def _edit(self, company_id: int, before: CompanyDraft,
              custom: tuple[list[FieldDef], dict[int, Value]] = ([], {})) -> None:
        dialog = self._dialog(self.tr("Modifier la société"), before, company_id, custom)
        values_before: dict[int, Value | None] = {f.id: custom[1].get(f.id) for f in custom[0]}
        if dialog.exec() and dialog.accepted_draft is not None and (
                dialog.accepted_draft != before or changed(values_before, dialog.accepted_custom)):
            self.push_update(company_id, before, dialog.accepted_draft, values_before, dialog.accepted_custom)

    def push_update(self, company_id: int, before: CompanyDraft, after: CompanyDraft,
                    custom_before: dict[int, Value | None] | None = None,
                    custom_after: dict[int, Value | None] | None = None) -> None:
        """Save an edit of the company and of its custom field values as one undoable command (the views
        showing it follow from the published change)."""
        from desktop.services.record_edits import save_company

        self.ctx.undo_stack.push(DbCommand(
            self.ctx, self.tr("Modifier %1").replace("%1", after.legal_name),
            redo=lambda s: save_company(s, company_id, after, custom_after),
            undo=lambda s: save_company(s, company_id, before, custom_before),
            on_done=lambda: None, changes=Topic.COMPANIES,
        ))

    def push_delete(self, ids: list[int]) -> None:
        """Delete companies softly (their contacts stay); Ctrl+Z brings them back."""
        self.push_soft_delete(ids, self.tr("Supprimer %n société(s)", "", len(ids)),
                              self.tr("%n société(s) supprimée(s). Ctrl+Z pour annuler.", "", len(ids)))
