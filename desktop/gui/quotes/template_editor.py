"""Quote templates: the list (Paramètres › Modèles de devis), "Dupliquer le modèle", and the HTML editor.

Only the user's copies (in ``<data dir>/templates``) can be edited; shipped designs are duplicated first.
"Vérifier" renders the copy with a sample quote in the sandbox of :mod:`desktop.services.pdf.templating`
(on the worker thread): a broken template shows its line and message, and the cursor goes to that line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.workers import Op
from desktop.gui.quotes.template_files import all_templates, duplicate_template, is_user_template, template_file
from desktop.gui.shell.context import GuiContext


def check_template(name: str, data_dir: Path, lang: str) -> None:
    """Render a design with the sample quote (HTML only); raises ``TemplateRenderError`` when broken."""
    from desktop.gui.quotes.template_files import template_location
    from desktop.services.pdf.sample import sample_document
    from desktop.services.pdf.templating import render_quote_html

    design, root = template_location(name, data_dir)
    render_quote_html(sample_document(), design, lang, root=root)


class TemplateEditorDialog(QDialog):
    """Edit the HTML of a user's template copy; "Vérifier" then "Enregistrer" (Ctrl+S)."""

    sig_checked = Signal(str)  # "" when the template renders, else the error shown

    def __init__(self, ctx: GuiContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.setWindowTitle(self.tr("Modèle « %1 »").replace("%1", name))
        self.resize(900, 760)
        self.ctx = ctx
        self.name = name
        self.path = template_file(name, ctx.settings.data_dir)
        self.editor = QPlainTextEdit(self.path.read_text(encoding="utf-8"))
        self.editor.setObjectName("template_html")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message = QLabel(self.tr("Les variables du devis s’écrivent {{ … }} ; « Vérifier » essaie le modèle "
                                      "sur un devis exemple."))
        self.message.setObjectName("template_message")
        self.message.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Vérifier"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        close = QPushButton(self.tr("Fermer"))
        self.check_button.clicked.connect(self.on_check_requested)
        self.save_button.clicked.connect(self.on_save_requested)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.check_button, self.save_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

    @Slot()
    def on_save_requested(self) -> None:
        """Write the HTML, then check it."""
        self.path.write_text(self.editor.toPlainText(), encoding="utf-8")
        self.on_check_requested()

    @Slot()
    def on_check_requested(self) -> None:
        """Render the saved copy with the sample quote on the worker thread; show the result."""
        from desktop.gui.quotes.pdf_preview import render_error_text

        self.path.write_text(self.editor.toPlainText(), encoding="utf-8")
        name, data_dir, lang = self.name, self.ctx.settings.data_dir, self.ctx.settings.language

        def ok(_r: None) -> None:
            self.message.setText(self.tr("Modèle enregistré : il fonctionne sur le devis exemple."))
            self.message.setProperty("role", "")
            self.message.style().polish(self.message)
            self.sig_checked.emit("")

        def broken(exc: BaseException) -> None:
            text = render_error_text(exc)
            self.message.setText(text)
            self.message.setProperty("role", "error")
            self.message.style().polish(self.message)
            line = getattr(exc, "line", None)
            if isinstance(line, int) and line > 0:
                block = self.editor.document().findBlockByLineNumber(line - 1)
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.LineUnderCursor)
                self.editor.setTextCursor(cursor)
                self.editor.setFocus()
            self.sig_checked.emit(text)

        Op(lambda _p: check_template(name, data_dir, lang)).success(ok).failure(broken).run_in_background(
            self.ctx.runner)


class TemplateManagerDialog(QDialog):
    """The quote designs: shipped and the user's copies; duplicate, edit a copy."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_manager")
        self.setWindowTitle(self.tr("Modèles de devis"))
        self.resize(520, 380)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.duplicate_button = QPushButton(self.tr("Dupliquer le modèle"))
        self.edit_button = QPushButton(self.tr("Modifier le HTML…"))
        self.duplicate_button.clicked.connect(self.on_duplicate_requested)
        self.edit_button.clicked.connect(self.on_edit_requested)
        self.list.itemActivated.connect(lambda _i: self.on_edit_requested())
        hint = QLabel(self.tr("Les modèles livrés ne se modifient pas : dupliquez-en un, puis modifiez la copie."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.editors: list[TemplateEditorDialog] = []
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        data_dir = self.ctx.settings.data_dir
        for name in all_templates(data_dir):
            label = {"classic": self.tr("Classique (livré)"), "modern": self.tr("Moderne (livré)")}.get(name, name)
            item = QListWidgetItem(label)
            item.setData(256, name)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(256)) if item is not None else None

    def _update_buttons(self) -> None:
        name = self.current_name()
        self.edit_button.setEnabled(name is not None and is_user_template(name, self.ctx.settings.data_dir))
        self.duplicate_button.setEnabled(name is not None)

    @Slot()
    def on_duplicate_requested(self) -> str | None:
        """Copy the selected design into the user's folder and open the copy."""
        name = self.current_name()
        if name is None:
            return None
        new = duplicate_template(name, self.ctx.settings.data_dir)
        self.reload(select=new)
        self.ctx.show_message(self.tr("Modèle copié : %1").replace("%1", new))
        self.on_edit_requested()
        return new

    @Slot()
    def on_edit_requested(self) -> TemplateEditorDialog | None:
        name = self.current_name()
        if name is None or not is_user_template(name, self.ctx.settings.data_dir):
            return None
        editor = TemplateEditorDialog(self.ctx, name, self)
        self.editors.append(editor)
        editor.show()
        return editor
