"""The import dialog: file, column mapping with a preview, dry run, report, then all-or-nothing import.

Everything slow (reading the file, the dry run, the import) runs through the one background-work
wrapper (:mod:`desktop.gui.kit.workers`) with a progress bar; the import can be cancelled, and then
nothing is imported. The dialog gets its dependencies in its constructor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.custom_fields import FieldDef
from desktop.gui.kit.problems import problem_text
from desktop.gui.kit.workers import Cancelled, Op, Runner
from desktop.services import importer as im
from desktop.services.tabular import Limits, Table, TabularError, read_table

PREVIEW_ROWS = 20
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of strings: the file preview and the rejected rows."""

    def __init__(self, header: Sequence[str] = (), rows: Sequence[Sequence[str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows = [list(r) for r in rows]

    def set_rows(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Replace the whole content."""
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows of the table; a table has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Columns of the header."""
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, one line (for display and tooltips)."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles across, nothing down."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._header):
            return self._header[section]
        return None


class ImportDialog(QDialog):
    """Import contacts or companies from a CSV or XLSX file.

    Args:
        sessions: the session factory; each background step opens its own session.
        runner: the background-work runner (``SyncRunner`` in tests).
        kind: what the file holds at first (the user can switch).
        owner_id: the salesperson who owns the imported records.
        limits: the file limits (size, rows, cells).
        parent: the parent widget.
    """

    sig_imported = Signal(object)  # ImportResult, once an import is committed

    def __init__(self, sessions: sessionmaker[Session], runner: Runner, *, kind: im.Kind = im.Kind.CONTACTS,
                 owner_id: int | None = None, limits: Limits | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._runner = runner
        self._owner_id = owner_id
        self._limits = limits or Limits()
        self._table: Table | None = None
        self._plan: im.ImportPlan | None = None
        self._op: Op[Any] | None = None
        self._custom: list[FieldDef] = []  # the custom fields of contacts and companies, a column may fill one
        self.setWindowTitle(self.tr("Importer des contacts ou des sociétés"))
        self._build(kind)
        self._update_buttons()
        self._load_custom_fields()

    def _load_custom_fields(self) -> None:
        sessions = self._sessions

        def work(_progress: Any) -> list[FieldDef]:
            from desktop.db.custom_fields import list_fields

            with sessions() as session:
                return list_fields(session)

        def loaded(fields: list[FieldDef]) -> None:
            self._custom = fields
            if self._table is not None:
                self._fill_mapping()

        Op(work).success(loaded).failure(lambda _exc: None).run_in_background(self._runner)

    def custom_fields(self) -> list[FieldDef]:
        """The custom fields of the kind of record imported."""
        return [f for f in self._custom if f.entity == im.ENTITY[self.kind()]]

    # Building -------------------------------------------------------------------------------------
    def _build(self, kind: im.Kind) -> None:
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"))
        self.file_label = QLabel(self.tr("Aucun fichier choisi (CSV ou XLSX)."))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Contacts"), im.Kind.CONTACTS)
        self.kind_combo.addItem(self.tr("Sociétés"), im.Kind.COMPANIES)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        top = QHBoxLayout()
        for widget in (self.choose_button, self.file_label, QLabel(self.tr("Le fichier contient :")),
                       self.kind_combo):
            top.addWidget(widget)
        top.setStretch(1, 1)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Colonne du fichier"), self.tr("Champ de Relance"),
                                                      self.tr("Exemples")])
        header = self.mapping_table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_model = RowsModel(parent=self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)

        self.check_button = QPushButton(self.tr("Vérifier"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.policy_combo = QComboBox()
        self.policy_combo.addItem(self.tr("Ignorer les doublons"), im.DuplicatePolicy.SKIP)
        self.policy_combo.addItem(self.tr("Mettre à jour les fiches existantes"), im.DuplicatePolicy.UPDATE)
        self.policy_combo.addItem(self.tr("Créer quand même"), im.DuplicatePolicy.CREATE)
        self.rejections_model = RowsModel(parent=self)
        self.rejections_view = QTableView()
        self.rejections_view.setModel(self.rejections_model)
        self.rejections_view.verticalHeader().setVisible(False)
        self.rejections_view.horizontalHeader().setStretchLastSection(True)
        self.rejections_view.setWordWrap(False)
        self.save_report_button = QPushButton(self.tr("Enregistrer le rapport…"))

        self.import_button = QPushButton(self.tr("Importer les lignes valides"))
        self.nothing_button = QPushButton(self.tr("Ne rien importer"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.nothing_button, self.import_button):
            buttons.addWidget(button)

        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.progress, 1)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(self.tr("Doublons :")))
        policy_row.addWidget(self.policy_combo)
        policy_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Correspondance des colonnes")))
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(QLabel(self.tr("Aperçu des premières lignes")))
        layout.addWidget(self.preview_view, 2)
        layout.addLayout(check_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(policy_row)
        layout.addWidget(self.rejections_view, 2)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.policy_combo.currentIndexChanged.connect(self.on_policy_combo_changed)
        self.save_report_button.clicked.connect(self.on_save_report_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.nothing_button.clicked.connect(self.on_nothing_button_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_button_clicked)

    # Texts ----------------------------------------------------------------------------------------
    def field_labels(self) -> dict[str, str]:
        """The French names of the fields a column can be mapped to."""
        return {
            "": self.tr("(ne pas importer)"), "civility": self.tr("Civilité"), "first_name": self.tr("Prénom"),
            "last_name": self.tr("Nom"), "job_title": self.tr("Fonction"), "email": self.tr("E-mail"),
            "email2": self.tr("E-mail 2"), "phone": self.tr("Téléphone"), "mobile": self.tr("Portable"),
            "address": self.tr("Adresse"), "postal_code": self.tr("Code postal"), "city": self.tr("Ville"),
            "company_name": self.tr("Société"), "status": self.tr("Statut"), "tags": self.tr("Étiquettes"),
            "notes": self.tr("Notes"), "marketing_consent": self.tr("Consentement marketing"),
            "do_not_contact": self.tr("Ne pas contacter"), "legal_name": self.tr("Raison sociale"),
            "legal_form": self.tr("Forme juridique"), "siret": self.tr("SIRET"),
            "vat_number": self.tr("TVA intracommunautaire"), "website": self.tr("Site web"),
        }

    def describe_file_error(self, error: TabularError) -> str:
        """A file-level error in the user's language."""
        p = error.params
        texts = {
            "empty": self.tr("Le fichier est vide : il n'y a rien à importer."),
            "only_header": self.tr("Le fichier ne contient que la ligne d'en-tête, aucune ligne de données."),
            "too_big": self.tr("Le fichier est trop volumineux (au plus %1 Mo).").replace(
                "%1", str(limit // (1024 * 1024) if isinstance(limit := p.get("limit"), int) else "?")),
            "too_many_rows": self.tr("Le fichier a trop de lignes (au plus %1).").replace("%1", str(p.get("limit"))),
            "too_many_columns": self.tr("Le fichier a trop de colonnes (au plus %1).").replace(
                "%1", str(p.get("limit"))),
            "binary": self.tr("Ce fichier n'est pas un fichier texte CSV, ou son encodage est inconnu."),
            "mojibake": self.tr("Les accents de ce fichier sont déjà abîmés (par exemple « Ã© » au lieu de « é ») : "
                                "il a été converti avec un mauvais encodage. Exportez-le de nouveau en « CSV UTF-8 »."),
            "xls": self.tr("Les anciens classeurs .xls ne sont pas pris en charge : "
                           "enregistrez-le en .xlsx ou en CSV."),
            "not_xlsx": self.tr("Ce fichier n'est pas un classeur XLSX valide."),
            "bad_header": self.tr("La ligne d'en-tête ouvre un guillemet (\") qui n'est jamais fermé.")
            if p.get("reason") == "unclosed_quote"
            else self.tr("La ligne d'en-tête contient des caractères illisibles."),
            "csv_syntax": self.tr("Le fichier CSV est mal formé (guillemets non fermés ?)."),
            "unreadable": self.tr("Le fichier ne peut pas être lu."),
        }
        return texts.get(error.code, error.message)

    def describe_rejection(self, rejection: im.Rejection) -> str:
        """Why a row is rejected, in the user's language (the English detail when no text is known)."""
        code = rejection.code
        texts = {
            "nul": self.tr("la cellule contient un octet nul"),
            "bad_bytes": self.tr("la cellule contient des octets qui ne sont pas du texte valide"),
            "unclosed_quote": self.tr("un guillemet (\") ouvre une cellule qui n'est jamais fermée : fermez-le, ou "
                                      "retirez-le s'il fait partie du texte"),
            "control_chars": self.tr("la cellule contient des caractères de contrôle invisibles"),
            "cell_too_long": self.tr("la cellule est trop longue"),
            "ragged": self.tr("la ligne a plus de cellules que l'en-tête"),
            "invalid_email": self.tr("adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)"),
            "invalid_email2": self.tr("adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)"),
            "invalid_phone": self.tr("numéro de téléphone non valide (exemple : 06 12 34 56 78)"),
            "invalid_mobile": self.tr("numéro de téléphone non valide (exemple : 06 12 34 56 78)"),
            "invalid_siret": self.tr("SIRET non valide (14 chiffres avec une clé de contrôle juste)"),
            "invalid_vat_number": self.tr("numéro de TVA intracommunautaire non valide (exemple : FR40303265045)"),
            "invalid_last_name": self.tr("il faut un nom ou un prénom"),
            "invalid_legal_name": self.tr("il faut une raison sociale"),
            "invalid_status": self.tr("statut inconnu (prospect ou client)"),
            "invalid_civility": self.tr("civilité inconnue (M., Mme ou vide)"),
            "invalid_marketing_consent": self.tr("réponse attendue : oui ou non"),
            "invalid_do_not_contact": self.tr("réponse attendue : oui ou non"),
        }
        if code in texts:
            return texts[code]
        if code == "invalid_custom":
            return problem_text(rejection.message)
        if code.startswith("invalid_"):
            return self.tr("valeur refusée : %1").replace("%1", rejection.message)
        return rejection.message

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
        labels = self.field_labels()
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
        rows = [[str(r.line), r.column, self.describe_rejection(r), r.value] for r in plan.rejections] if plan else []
        self.rejections_model.set_rows(self._report_header() if plan else [], rows)
        self.rejections_view.resizeColumnsToContents()
        self._show_summary()
        self._update_buttons()

    def _report_header(self) -> list[str]:
        return [self.tr("Ligne"), self.tr("Colonne"), self.tr("Motif"), self.tr("Valeur")]

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
        op.with_progress(self.on_op_progress).run_in_background(self._runner)

    def _finish(self) -> None:
        self._op = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self._show_message(self.tr("Opération annulée : rien n'a été importé."))
        elif isinstance(error, TabularError):
            self._show_message(self.describe_file_error(error))
        elif isinstance(error, im.MappingError):
            texts = {"no_name": self.tr("Choisissez la colonne du nom ou du prénom."),
                     "no_legal_name": self.tr("Choisissez la colonne de la raison sociale."),
                     "twice": self.tr("Un même champ est choisi pour deux colonnes.")}
            self._show_message(texts.get(error.code, error.message))
        else:
            self._show_message(self.tr("L'opération a échoué, rien n'a été importé : %1").replace("%1", str(error)))

    def _dry_run(self, table: Table, mapping: tuple[str, ...], kind: im.Kind, policy: im.DuplicatePolicy,
                 progress: im.Progress) -> im.ImportPlan:
        """Runs on the worker thread: reads no widget, gets everything as arguments."""
        try:
            with self._sessions() as session:
                return im.dry_run(session, table, mapping, kind, policy, progress)
        except im.ImportCancelled as exc:
            raise Cancelled from exc

    def _on_checked(self, plan: im.ImportPlan) -> None:
        self._finish()
        self._set_plan(plan)
        self._show_message(self.tr("Vérification terminée : rien n'a encore été importé."))

    def _import(self, plan: im.ImportPlan, progress: im.Progress) -> im.ImportResult:
        try:
            return im.import_plan(self._sessions, plan, im.ImportMode.VALID_ROWS, progress, self._owner_id)
        except im.ImportCancelled as exc:
            raise Cancelled from exc

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
        header = self._report_header()
        reasons = {r: self.describe_rejection(r) for r in plan.rejections}  # translated here, on the UI thread
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
        self._start(Op(lambda progress: self._dry_run(table, mapping, kind, policy, progress))
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
        self._start(Op(lambda progress: self._import(plan, progress)).success(self._on_imported)
                    .failure(self._on_failed))

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
