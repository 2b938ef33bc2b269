"""« Vérifier une signature »: any PDF, chosen or dropped, and the verdict in words.

The file is read and checked on the background runner (:func:`desktop.services.signing.verify.verify`); the
dialog shows the headline (green when intact, red otherwise) and each fact on its own line, in the interface's
language. The seller's own self-managed certificate is recognised as such; a certificate from the seller's own
PKCS#12 chain is trusted through that chain's root. The evidence on file is found by ``find_evidence`` (the
original's SHA-256 -> the evidence record, or None), which the signatures' storage provides.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from desktop.gui.generated.signing.ui_verify_dialog import Ui_VerifyDialog
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Op
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.services.secrets import SecretStore

#: The original's SHA-256 -> the evidence record on file (the tracker's dict), or None.
FindEvidence = Callable[[str], dict[str, Any] | None]
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Checked:
    """What the background check hands back to the dialog."""

    path: Path
    headline: str
    facts: list[str]
    ok: bool


def _check(path: Path, data_dir: Path, pkcs12_path: str, lang: str, find_evidence: FindEvidence | None,
           store: SecretStore | None) -> Checked:
    """On the runner: read the file, find the evidence on file, verify."""
    from desktop.services.secrets import SecretStore, check_keyring
    from desktop.services.signing.credentials import SealKeyError, own_certificate, seller_key
    from desktop.services.signing.verify import original_revision, verify

    if path.stat().st_size > MAX_BYTES:
        raise ValueError("file too large")
    data = path.read_bytes()
    store = store if store is not None else SecretStore(check_keyring())
    own = own_certificate(data_dir, store)
    roots = []
    if pkcs12_path:
        try:
            roots = list(seller_key(Path(pkcs12_path), store).trust_roots)
        except SealKeyError:
            roots = []
    evidence = None
    if find_evidence is not None:
        original = original_revision(data)
        evidence = find_evidence(hashlib.sha256(original).hexdigest()) if original else None
    verdict = verify(data, evidence, trust_roots=roots, own_certificates=[own] if own is not None else [])
    sentences = verdict.sentences(lang)
    return Checked(path, sentences[0], sentences[1:], verdict.ok)


class VerifyDialog(QDialog):
    """Choose (or drop) a PDF; the verdict appears in words."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *,
                 find_evidence: FindEvidence | None = None, store: SecretStore | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_VerifyDialog()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.ctx = ctx
        self.find_evidence = find_evidence
        self.store = store
        self.checked: Checked | None = None
        self.verdict, self.details, self.file_path = form.verdict, form.details, form.file_path
        set_role(self.verdict, "heading")
        form.browse.clicked.connect(self.on_browse_clicked)
        form.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.details.setPlaceholderText(self.tr("Le résultat de la vérification s'affichera ici."))

    @Slot()
    def on_browse_clicked(self) -> None:
        """Choose the PDF to check."""
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choisir un PDF scellé"), "",
                                                    self.tr("Documents PDF (*.pdf);;Tous les fichiers (*)"))
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        """Check ``path`` in the background and show the verdict when it comes."""
        self.file_path.setText(str(path))
        self.verdict.setText(self.tr("Vérification…"))
        set_role(self.verdict, "heading")
        self.details.clear()
        settings = self.ctx.settings
        lang = "en" if settings.language == "en" else "fr"
        Op(lambda _progress: _check(path, settings.data_dir, settings.seal_pkcs12_path, lang, self.find_evidence,
                                     self.store)) \
            .success(self._show).failure(self._failed).run_in_background(self.ctx.runner)

    def _show(self, checked: Checked) -> None:
        self.checked = checked
        self.verdict.setText(checked.headline)
        set_role(self.verdict, "success" if checked.ok else "error")
        self.details.setHtml("".join(f"<p>{html.escape(fact)}</p>" for fact in checked.facts))

    def _failed(self, _error: BaseException) -> None:
        self.checked = None
        self.verdict.setText(self.tr("Ce fichier n'a pas pu être lu."))
        set_role(self.verdict, "error")

    # drag and drop -------------------------------------------------------------------------------------------
    @staticmethod
    def _dropped_pdf(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pdf(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_pdf(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.check_file(path)
