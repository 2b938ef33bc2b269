"""The import dialog: file, column mapping with a preview, dry run, report, then all-or-nothing import.

The form is ``ui/transfer/import_dialog.ui``; its words are in :mod:`desktop.gui.transfer.import_texts`.
Everything slow runs off the UI thread with a progress bar: reading the file and writing the report through the
one background-work wrapper, the dry run and the import through :func:`~desktop.gui.kit.db_op.db_op` (the import in
one transaction, published as ``CONTACTS | COMPANIES``). Both can be cancelled, and then nothing is imported.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop.core.custom_fields import FieldDef
from desktop.core.validation import Problem
from desktop.gui.generated.transfer.ui_import_dialog import Ui_ImportDialog
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import Session, db_op
from desktop.gui.kit.workers import Cancelled, Op, Progress
from desktop.gui.shell.context import GuiContext
from desktop.gui.transfer import import_texts as texts
from desktop.gui.transfer.rows_model import RowsModel
from desktop.services import importer as im
from desktop.services.tabular import Limits, Table, TabularError, read_table

__all__ = ["ImportDialog", "RowsModel"]

PREVIEW_ROWS = 20


class ImportStopped(Cancelled):
    """The user stopped the dry run or the import: nothing was written (an expected end, never logged as a fault)."""

    message = Problem("import_cancelled", "Opération annulée : rien n'a été importé.")


def _stoppable(work: Any) -> Any:
    """``work(session, progress)`` with the importer's cancellation turned into :class:`ImportStopped`."""
    def run(session: Session, progress: Progress) -> Any:
        try:
            return work(session, progress)
        except im.ImportCancelled as exc:
            raise ImportStopped from exc

    return run


class ImportDialog(QDialog):
    """Import contacts or companies from a CSV or XLSX file.

    Args:
        ctx: the GUI context (its database, its worker thread, its change bus).
        kind: what the file holds at first (the user can switch).
        owner_id: the salesperson who owns the imported records.
        limits: the file limits (size, rows, cells).
        parent: the parent widget.
    """

    sig_imported = Signal(object)  # ImportResult, once an import is committed

    def __init__(self, ctx: GuiContext, *, kind: im.Kind = im.Kind.CONTACTS, owner_id: int | None = None,
                 limits: Limits | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._owner_id = owner_id
        self._limits = limits or Limits()
        self._table: Table | None = None
        self._plan: im.ImportPlan | None = None
        self._op: Op[Any] | None = None
        self._custom: list[FieldDef] = []  # the custom fields of contacts and companies, a column may fill one
        form: Any = Ui_ImportDialog()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self._bind(kind)
        self._update_buttons()
        self._load_custom_fields()

    def _load_custom_fields(self) -> None:
        from desktop.db.custom_fields import list_fields

        def loaded(fields: list[FieldDef]) -> None:
            self._custom = fields
            if self._table is not None:
                self._fill_mapping()

        db_op(self._ctx, list_fields, write=False, source=self).success(loaded).failure(lambda _exc: None).run()

    def custom_fields(self) -> list[FieldDef]:
        """The custom fields of the kind of record imported."""
        return [f for f in self._custom if f.entity == im.ENTITY[self.kind()]]

    # The form -------------------------------------------------------------------------------------
    def _bind(self, kind: im.Kind) -> None:
        form = self.form
        self.choose_button, self.file_label, self.kind_combo = form.choose_button, form.file_label, form.kind_combo
        self.mapping_table, self.preview_view, self.check_button = form.mapping_table, form.preview_view, \
            form.check_button
        self.progress, self.message_label, self.summary_label = form.progress, form.message_label, form.summary_label
        self.policy_combo, self.rejections_view = form.policy_combo, form.rejections_view
        self.save_report_button, self.import_button = form.save_report_button, form.import_button
        self.nothing_button, self.cancel_button = form.nothing_button, form.cancel_button
        self.kind_combo.addItem(self.tr("Contacts"), im.Kind.CONTACTS)
        self.kind_combo.addItem(self.tr("Sociétés"), im.Kind.COMPANIES)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        header = self.mapping_table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.preview_model = RowsModel(parent=self)
        self.preview_view.setModel(self.preview_model)
        self.policy_combo.addItem(self.tr("Ignorer les doublons"), im.DuplicatePolicy.SKIP)
        self.policy_combo.addItem(self.tr("Mettre à jour les fiches existantes"), im.DuplicatePolicy.UPDATE)
        self.policy_combo.addItem(self.tr("Créer quand même"), im.DuplicatePolicy.CREATE)
        self.rejections_model = RowsModel(parent=self)
        self.rejections_view.setModel(self.rejections_model)

        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.policy_combo.currentIndexChanged.connect(self.on_policy_combo_changed)
        self.save_report_button.clicked.connect(self.on_save_report_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.nothing_button.clicked.connect(self.on_nothing_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)

    # File and mapping -----------------------------------------------------------------------------
    def kind(self) -> im.Kind:
        return im.Kind(self.kind_combo.currentData())

    def mapping(self) -> tuple[str, ...]:
        """The field chosen for each column of the file (``""``: not imported)."""
        combos = [self.mapping_table.cellWidget(row, 1) for row in range(self.mapping_table.rowCount())]
        return tuple(str(c.currentData()) if isinstance(c, QComboBox) else "" for c in combos)

    def set_field(self, column: int, field: str) -> None:
        """Choose the field of one column, as the user does with its combo."""
        combo = self.mapping_table.cellWidget(column, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background, then show its mapping and preview."""
        self.file_label.setText(path.name)
        self._set_table(None)
        self._show_message(self.tr("Lecture du fichier…"))
        limits = self._limits
        self._start(Op(lambda _progress: read_table(path, limits)).success(self._on_read).failure(self._on_failed))

    def _on_read(self, table: Table) -> None:
        self._finish()
        self._set_table(table)
        self._show_message(self.tr("%1 lignes lues. Vérifiez la correspondance des colonnes puis cliquez sur "
                                   "« Vérifier ».").replace("%1", str(len(table.rows))))

    def _set_table(self, table: Table | None) -> None:
        self._table = table
        self._set_plan(None)
        header = table.header if table else ()
        rows = table.rows if table else []
        self.preview_model.set_rows(header, [[c.replace("\n", " ⏎ ") for c in r.cells] for r in rows[:PREVIEW_ROWS]])
        self._fill_mapping()

    def _fill_mapping(self) -> None:
        header = self._table.header if self._table else ()
        custom = self.custom_fields()
        guessed = im.guess_mapping(header, self.kind(), custom)
        labels = texts.field_labels()
        labels.update({im.custom_key(f.id): self.tr("%1 (champ personnalisé)").replace("%1", f.label)
                       for f in custom})
        self.mapping_table.setRowCount(len(header))
        for i, title in enumerate(header):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(title))
            examples = [r.cells[i] for r in (self._table.rows if self._table else [])[:PREVIEW_ROWS]
                        if r.cells[i].strip()][:3]
            self.mapping_table.setItem(i, 2, QTableWidgetItem(" · ".join(e.replace("\n", " ") for e in examples)))
            combo = QComboBox()
            for name in ("", *im.FIELDS[self.kind()], *(im.custom_key(f.id) for f in custom)):
                combo.addItem(labels[name], name)
            combo.setCurrentIndex(combo.findData(guessed[i]))
            combo.currentIndexChanged.connect(self.on_mapping_combo_changed)
            self.mapping_table.setCellWidget(i, 1, combo)
        self._update_buttons()

    # Dry run, report and import -------------------------------------------------------------------
    def _set_plan(self, plan: im.ImportPlan | None) -> None:
        self._plan = plan
        rows = [[str(r.line), r.column, texts.describe_rejection(r), r.value] for r in plan.rejections] if plan else []
        self.rejections_model.set_rows(texts.report_header() if plan else [], rows)
        self.rejections_view.resizeColumnsToContents()
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        plan = self._plan
        if plan is None:
            self.summary_label.clear()
            return
        self.summary_label.setText(
            self.tr("%1 lignes valides, %2 lignes rejetées, %3 doublons (%4 déjà dans Relance, %5 dans le fichier).")
            .replace("%1", str(plan.valid_count)).replace("%2", str(plan.rejected_count))
            .replace("%3", str(plan.existing_duplicates + plan.file_duplicates))
            .replace("%4", str(plan.existing_duplicates)).replace("%5", str(plan.file_duplicates)))

    def _policy(self) -> im.DuplicatePolicy:
        return im.DuplicatePolicy(self.policy_combo.currentData())

    def _update_buttons(self) -> None:
        busy = self._op is not None
        self.choose_button.setEnabled(not busy)
        self.kind_combo.setEnabled(not busy)
        self.mapping_table.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self._table is not None)
        has_plan = self._plan is not None
        self.policy_combo.setEnabled(not busy and has_plan)
        self.save_report_button.setEnabled(not busy and has_plan and bool(self._plan and self._plan.rejections))
        self.import_button.setEnabled(not busy and has_plan and bool(self._plan and self._plan.valid_count))
        self.nothing_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def _start(self, op: Op[Any]) -> None:
        self._op = op
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        op.with_progress(self.on_op_progress).run_in_background(self._ctx.runner)

    def _finish(self) -> None:
        self._op = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self._show_message(self.tr("Opération annulée : rien n'a été importé."))
        elif isinstance(error, TabularError):
            self._show_message(texts.describe_file_error(error))
        elif isinstance(error, im.MappingError):
            self._show_message(texts.mapping_error_text(error))
        else:
            from desktop.gui.kit.errors import error_text

            self._show_message(self.tr("L'opération a échoué, rien n'a été importé : %1").replace(
                "%1", error_text(error)))

    def _on_checked(self, plan: im.ImportPlan) -> None:
        self._finish()
        self._set_plan(plan)
        self._show_message(self.tr("Vérification terminée : rien n'a encore été importé."))

    def _on_imported(self, result: im.ImportResult) -> None:
        self._finish()
        self._set_plan(None)
        self._show_message(self.tr("Import terminé : %1 créés, %2 mis à jour, %3 ignorés.")
                           .replace("%1", str(result.created)).replace("%2", str(result.updated))
                           .replace("%3", str(result.skipped)))
        self.sig_imported.emit(result)

    def save_report(self, path: Path) -> None:
        """Write the rejected rows (row, column, reason, value) to ``path``, CSV or XLSX."""
        plan = self._plan
        assert plan is not None
        header = texts.report_header()
        reasons = {r: texts.describe_rejection(r) for r in plan.rejections}  # translated here, on the UI thread
        self._start(Op(lambda _progress: im.write_rejection_report(path, plan, header, reasons.__getitem__))
                    .success(lambda count: self._on_report_saved(path, count)).failure(self._on_failed))

    def _on_report_saved(self, path: Path, count: int) -> None:
        self._finish()
        self._show_message(self.tr("Rapport enregistré (%1 rejets) : %2").replace("%1", str(count))
                           .replace("%2", str(path)))

    # Slots ----------------------------------------------------------------------------------------
    @Slot()
    def on_choose_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir le fichier à importer"), "",
                                              self.tr("Tableurs (*.csv *.xlsx *.txt);;Tous les fichiers (*)"))
        if name:
            self.load_file(Path(name))

    @Slot(int)
    def on_kind_combo_changed(self, _index: int) -> None:
        self._set_plan(None)
        self._fill_mapping()

    @Slot(int)
    def on_mapping_combo_changed(self, _index: int) -> None:
        self._set_plan(None)

    @Slot(int)
    def on_policy_combo_changed(self, _index: int) -> None:
        if self._plan is not None:
            self._plan = replace(self._plan, policy=self._policy())

    @Slot()
    def on_check_button_clicked(self) -> None:
        table, mapping, kind, policy = self._table, self.mapping(), self.kind(), self._policy()
        assert table is not None
        self._set_plan(None)
        self._show_message(self.tr("Vérification en cours…"))
        work = _stoppable(lambda session, progress: im.dry_run(session, table, mapping, kind, policy, progress))
        self._start(db_op(self._ctx, work, write=False, progress=True, source=self, where="import dry run")
                    .success(self._on_checked).failure(self._on_failed))

    @Slot()
    def on_save_report_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le rapport des lignes rejetées"),
                                              self.tr("lignes-rejetees.csv"), self.tr("CSV (*.csv);;Excel (*.xlsx)"))
        if name:
            self.save_report(Path(name))

    @Slot()
    def on_import_button_clicked(self) -> None:
        plan = self._plan
        assert plan is not None
        plan = replace(plan, policy=self._policy())
        self._show_message(self.tr("Import en cours…"))
        owner_id, mode = self._owner_id, im.ImportMode.VALID_ROWS
        work = _stoppable(lambda session, progress: im.apply(plan, session, mode, progress, owner_id))
        self._start(db_op(self._ctx, work, progress=True, changes=Topic.CONTACTS | Topic.COMPANIES, source=self,
                          where="import").success(self._on_imported).failure(self._on_failed))

    @Slot()
    def on_nothing_button_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close without importing; while work runs, ask it to stop instead (its result is awaited)."""
        if self._op is not None:
            self._op.cancel()
            return
        super().reject()

    @Slot()
    def on_cancel_button_clicked(self) -> None:
        if self._op is not None:
            self._op.cancel()

    @Slot(int, int)
    def on_op_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
