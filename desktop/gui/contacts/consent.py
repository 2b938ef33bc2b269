"""A contact's tracking consent in the interface: what the panel says, the dialog a salesperson notes an answer
in, and the proof export (CSV, XLSX or PDF) for one contact or all.

The records, the rules and the proof are the services' (:mod:`desktop.db.consent`,
:mod:`desktop.services.consent_proof`); the form is ``ui/contacts/consent_dialog.ui``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr

#: What a change of consent touches: the contact, its timeline, its quotes' "opened" (erased opens), tracking.
CONSENT_CHANGES = Topic.CONTACTS | Topic.TIMELINE | Topic.TRACKING | Topic.QUOTES


def _t(text: str) -> str:
    return tr("Consent", text)


def state_text(state: str) -> str:
    """The contact's answer in words."""
    return {"given": _t("accepté"), "refused": _t("refusé"), "withdrawn": _t("retiré"),
            "not_asked": _t("jamais demandé"),
            "informed": _t("informé, sans opposition (contact antérieur au 14 avril 2026)")}.get(state, state)


def method_text(method: str) -> str:
    """How an answer was given, in words."""
    return {"online_form": _t("en ligne, depuis l’e-mail du devis"), "email_link": _t("par le lien de l’e-mail"),
            "salesperson": _t("noté par un commercial"), "import": _t("importé d’un fichier"),
            "migration": _t("réponse antérieure, sans date ni texte")}.get(method, method)


def consent_html(status: Any, date_format: str = "%d/%m/%Y %H:%M") -> str:
    """The panel's section: the answer now, and its history with how, when, the text shown and the note."""
    e = html.escape
    if status is None:
        return ""
    state = str(status.state)
    since = status.since.astimezone().strftime(date_format) if status.since else ""
    now = state_text(state) + (f" — {since}" if since else "")
    if status.method is not None:
        now += f" ({method_text(str(status.method))})"
    parts = [f"<h3>{e(_t('Suivi des ouvertures'))}</h3>", f"<p>{e(now)}</p>"]
    if state != "given":
        note = _t("Sans accord, les e-mails partent sans pixel ni lien suivi ; la consultation du devis en ligne "
                  "reste signalée.")
        parts.append(f"<p class='muted'>{e(note)}</p>")
    rows = []
    for entry in status.history:
        when = entry.at.astimezone().strftime(date_format) if entry.at else ""
        details = " · ".join(x for x in (method_text(str(entry.method)), entry.note, entry.text, entry.source,
                                         entry.recorded_by) if x)
        rows.append(f"<li>{e(when)} — <b>{e(state_text(str(entry.state)))}</b> {e(details)}</li>")
    if rows:
        parts.append(f"<ul class='muted'>{''.join(rows)}</ul>")
    return "".join(parts)


class ConsentDialog(QDialog):
    """Note what a contact answered about the tracking of their emails (a yes needs a note saying how)."""

    def __init__(self, ctx: Any, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.ctx, self.contact_id = ctx, contact_id
        # the form is imported when a dialog opens: the detail panel reads this module at start-up for its texts
        from desktop.gui.generated.contacts.ui_consent_dialog import Ui_ConsentForm

        body = QWidget()
        form: Any = Ui_ConsentForm()  # generated code: untyped
        form.setupUi(body)
        self.form = form
        self.setWindowTitle(body.windowTitle())
        self.form.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.on_save_requested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    @Slot()
    def on_save_requested(self) -> None:
        """Record the answer (off the UI thread); a yes without a note is refused with words."""
        from desktop.db.consent import record_by_salesperson

        yes, note = self.form.answer_yes.isChecked(), self.form.note.toPlainText().strip()
        if yes and not note:
            self.form.error.setText(self.tr("Pour un accord, dites comment et quand il a été donné : c’est la "
                                            "preuve que la CNIL demande."))
            self.form.error.show()
            self.form.note.setFocus()
            return
        from desktop.db.campaigns import current_user_id

        now, contact_id, me = self.ctx.clock(), self.contact_id, self.ctx.settings.sender_address
        self.buttons.setEnabled(False)
        db_op(self.ctx, lambda s: record_by_salesperson(s, contact_id, yes=yes, note=note, now=now,
                                                        user_id=current_user_id(s, me)),
              changes=CONSENT_CHANGES).success(lambda _r: self.accept()).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        from desktop.gui.kit.errors import error_text

        self.buttons.setEnabled(True)
        self.form.error.setText(error_text(exc))
        self.form.error.show()


def export_proof(ctx: Any, parent: QWidget, contact_ids: list[int] | None,
                 done: Callable[[Path], None] | None = None, path: Path | None = None) -> None:
    """Ask where, then write the consent proof (CSV, XLSX or PDF by the name's extension) in the background.

    Args:
        ctx: The GUI context.
        parent: The widget asking.
        contact_ids: One contact's proof, or None for every contact.
        done: Called with the file once written.
        path: The file (tests); None asks the user.
    """
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, tr("Consent", "Exporter la preuve du consentement"), "preuve-consentement.pdf",
            tr("Consent", "PDF (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"))
        if not chosen:
            return
        path = Path(chosen)
    target, now = path, ctx.clock()

    def work(session: Any) -> Path:
        from desktop.services.consent_proof import export_proof_pdf, export_proof_table

        if target.suffix.lower() == ".pdf":
            export_proof_pdf(session, target, contact_ids, now=now)
        else:
            export_proof_table(session, target, contact_ids)
        return target

    def written(file: Path) -> None:
        ctx.show_message(tr("Consent", "Preuve du consentement enregistrée : %1").replace("%1", str(file)))
        if done is not None:
            done(file)

    db_op(ctx, work, write=False).success(written).run()
