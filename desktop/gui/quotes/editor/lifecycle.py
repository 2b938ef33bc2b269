"""Finalising, new versions and the preview of the quote editor (a mixin of :class:`QuoteEditor`).

"Finaliser" saves, then asks the repository to check and number the quote; a refusal lists each missing
item in plain words (:func:`desktop.core.legal.describe_issue` in the interface language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text
from desktop.gui.kit.i18n import tr
from desktop.gui.quotes.editor.state import EditorState
from desktop.gui.quotes.pdf_preview import PdfPreviewDialog, QuotePdfRenderer, quote_source
from desktop.gui.shell.context import GuiContext

#: Missing items that are the seller's, filled in Paramètres › Ma société (the others are the quote's own).
SELLER_CODES = frozenset({"seller_legal_name_missing", "seller_siret_invalid", "seller_registration_missing",
                          "seller_contact_missing", "cgv_missing", "bank_details_missing",
                          "vat_exemption_mention_missing"})


class EditorLifecycle:
    """Finalise, new version, preview; expects the widgets and ``save``/``load`` of :class:`QuoteEditor`."""

    ctx: GuiContext
    quote_id: int
    lang: str
    state: EditorState | None
    renderer: QuotePdfRenderer | None
    issues: Any
    issues_title: Any
    seller_button: Any
    status_label: Any
    template_combo: Any
    language_combo: Any
    sig_finalised: Any
    sig_refused: Any
    sig_version_created: Any
    preview: PdfPreviewDialog | None = None

    if TYPE_CHECKING:  # provided by QuoteEditor
        def save(self, then: Callable[[], None] | None = None) -> bool: ...

        def load(self) -> None: ...

        def is_dirty(self) -> bool: ...

    @Slot()
    def on_finalise_requested(self) -> None:
        self.save(then=self._finalise)

    def _finalise(self) -> None:
        from desktop.db.quote_editing import finalise_draft

        quote_id, now, lang = self.quote_id, self.ctx.clock(), self.lang
        pattern = self.ctx.settings.quote_number_pattern  # the numbering pattern of the settings window

        def finalised(number: str) -> None:
            self.status_label.setText(tr("QuoteEditor", "Devis %1 finalisé.").replace("%1", number))
            self.sig_finalised.emit(number)
            self.load()

        db_op(self.ctx, lambda s: finalise_draft(s, quote_id, now, lang, pattern=pattern),
              changes=Topic.QUOTES | Topic.TIMELINE, source=self).success(finalised).failure(
            self._finalise_failed).run()

    def _finalise_failed(self, exc: BaseException) -> None:
        from desktop.core.legal import describe_issue
        from desktop.db.quotes import LegalIncompleteError

        if not isinstance(exc, LegalIncompleteError):
            self._error(exc)
            return
        texts = [describe_issue(issue, self.lang) for issue in exc.issues]
        self._show_issues(texts, seller=any(issue.code.value in SELLER_CODES for issue in exc.issues))
        self.status_label.setText(tr("QuoteEditor", "Le devis n’est pas finalisé : %n élément(s) manque(nt).", "",
                                     len(texts)))
        self.sig_refused.emit(texts)

    def _show_issues(self, texts: list[str], seller: bool = False) -> None:
        """List what is missing; ``seller``: some of it is the company's, so offer its settings page."""
        self.issues.clear()
        self.issues.addItems(texts)
        self.issues.setVisible(bool(texts))
        self.issues_title.setVisible(bool(texts))
        self.seller_button.setVisible(bool(texts) and seller)

    @Slot()
    def on_seller_button_clicked(self) -> None:
        """Open Paramètres › Ma société, where the seller's missing items are filled in."""
        from desktop.gui.settings.seller import SellerSettings

        self.seller_settings = SellerSettings(self.ctx, self)  # type: ignore[arg-type]
        self.seller_settings.open()

    @Slot()
    def on_new_version_requested(self) -> None:
        from desktop.db.quote_editing import new_version

        quote_id, now = self.quote_id, self.ctx.clock()

        def created(new_id: int) -> None:
            self.quote_id = new_id
            self.sig_version_created.emit(new_id)
            self.load()

        db_op(self.ctx, lambda s: new_version(s, quote_id, now), changes=Topic.QUOTES | Topic.TIMELINE,
              source=self).success(created).failure(self._error).run()

    # Preview ------------------------------------------------------------------------------
    @Slot()
    def on_preview_requested(self) -> PdfPreviewDialog | None:
        """Save a draft, then preview its PDF (rendered in the background)."""
        if self.renderer is None or self.state is None:
            return None
        dialog = PdfPreviewDialog(
            self.ctx, self.renderer, quote_source(self.quote_id, self.ctx.settings.data_dir, self.ctx.clock().date()),
            self.template_combo.currentData(), self.language_combo.currentData(),
            self if isinstance(self, QWidget) else None)
        self.preview = dialog
        dialog.show()
        if self.state.editable and self.is_dirty():
            if not self.save(then=dialog.start):
                dialog.close()
                return None
        else:
            dialog.start()
        return dialog

    def _error(self, exc: BaseException) -> None:
        """A failure in words, in the editor and the status bar (an unexpected one is logged by ``db_op``)."""
        text = error_text(exc)
        self.status_label.setText(text)
        self.ctx.show_message(text)
