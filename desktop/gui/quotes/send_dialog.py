"""« Envoyer le devis »: recipients, subject and body from the email template, the PDF, an exact preview.

The dialog loads the quote and renders its PDF in the background (the PDF worker of the quotes GUI), then
drafts the email from the template. Every edit rebuilds the message: the preview shows its headers and its
HTML part, and "Envoyer" queues exactly those bytes in the outbox, in one transaction; the live sender then
delivers them. The preview never loads a remote image (the app must never fetch its own pixel) and
never follows a link.
"""

from __future__ import annotations

import dataclasses
import html
import re
from email import message_from_bytes, policy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.gui.generated.quotes.ui_send_dialog import Ui_SendDialogForm
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text, log_unexpected
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.safe_preview import SafePreview
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live_ui import find_live

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.mail.message import BuiltMessage
    from desktop.services.mail.quote_draft import QuoteEmailFacts, SendPreparation
    from desktop.services.mail.quote_mail import QuoteEmailDraft, SentMeanwhile
    from desktop.services.tracking.reach import MessageLinks

__all__ = ["SafePreview", "SendDialog", "open_send_dialog", "refusal_text", "text_to_html"]

_SPLIT = re.compile(r"[,;\s]+")
_URL = re.compile(r"(https?://[^\s<]+)")


def refusal_text(exc: BaseException) -> str:
    """A refusal or failure in the salesperson's words."""
    words = str(exc)
    known = {
        "the quote's contact has no email address": tr("SendDialog", "Le contact du devis n’a pas d’adresse e-mail : "
                                                                      "ajoutez-la sur sa fiche."),
        "this contact asked not to receive emails": tr(
            "SendDialog", "Ce contact a demandé à ne plus recevoir d’e-mails : le devis ne peut pas lui être envoyé."),
        "finalise the quote before sending it": tr("SendDialog", "Finalisez le devis avant de l’envoyer."),
    }
    if words in known:
        return known[words]
    if "not a valid email address" in words:
        field = words.split(":", 1)[0]
        return tr("SendDialog", "Adresse e-mail invalide (%1).").replace("%1", field)
    if "line breaks" in words or "encoded word" in words:
        return tr("SendDialog", "Un champ contient un retour à la ligne interdit : %1").replace("%1", words)
    if "EmailTemplateError" in type(exc).__name__ or "template" in words.lower():
        return tr("SendDialog", "Le modèle d’e-mail contient une erreur : %1").replace("%1", words)
    return error_text(exc)  # a PDF that cannot render, a database that does not answer, the unexpected


def text_to_html(text: str) -> str:
    """The edited text body as simple HTML (paragraphs, clickable links), for the HTML part."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block)
        linked = _URL.sub(r'<a href="\1">\1</a>', escaped)
        paragraphs.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    return "<!DOCTYPE html>\n<html><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n"


class SendDialog(QDialog):
    """Send a finalised quote by email through the outbox."""

    sig_ready = Signal()  # the draft is shown (PDF rendered)
    sig_failed = Signal(str)
    sig_queued = Signal(int)  # outbox id

    def __init__(self, ctx: GuiContext, quote_id: int, renderer: QuotePdfRenderer, live: LiveServices | None,
                 parent: QWidget | None = None, template: str = "quote") -> None:
        super().__init__(parent)
        self.template = template  # "quote" to send it, "quote_followup" to follow it up
        self.setObjectName("send_dialog")
        self.ctx, self.quote_id, self.renderer, self.live = ctx, quote_id, renderer, live
        self.draft: QuoteEmailDraft | None = None
        self.facts: QuoteEmailFacts | None = None  # read with the quote, before its PDF is rendered
        self.built: BuiltMessage | None = None
        from desktop.services.tracking.reach import NO_TRACKER

        self.links: MessageLinks = NO_TRACKER
        self.send_again = False  # set once the salesperson was told the quote went out meanwhile

        form: Any = Ui_SendDialogForm()  # generated code: untyped
        self.form = form
        form.setupUi(self)
        if template == "quote_followup":
            self.setWindowTitle(self.tr("Relancer par email"))
        self.status, self.tabs = form.send_status, form.tabs
        self.to_edit, self.cc_edit, self.subject_edit, self.body_edit = form.to, form.cc, form.subject, form.body
        self.attachment_label, self.tracking_label = form.attachment, form.tracking
        self.headers_view, self.preview = form.preview_headers, form.preview_html
        self.error_label = form.send_error
        self.error_label.hide()
        self.tracking_label.linkActivated.connect(self.on_tracking_label_link_activated)
        self.error_label.linkActivated.connect(self.on_tracking_label_link_activated)

        self.buttons = form.buttons
        self.send_button = self.buttons.addButton(self.tr("Envoyer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send_button")
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.on_send_requested)
        self.buttons.rejected.connect(self.reject)
        self._set_editable(False)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(250)
        self._rebuild_timer.timeout.connect(self.rebuild)
        for edit in (self.cc_edit, self.subject_edit):
            edit.textChanged.connect(self._rebuild_timer.start)
        self.body_edit.textChanged.connect(self._rebuild_timer.start)

    def _set_editable(self, on: bool) -> None:
        for widget in (self.cc_edit, self.subject_edit, self.body_edit):
            widget.setEnabled(on)
        self.send_button.setEnabled(on and self.built is not None)

    def _fail(self, text: str, settings_link: bool = False) -> None:
        """Say why nothing can be sent; ``settings_link`` adds the way to the mail settings that fix it."""
        self.status.setText(self.tr("Le devis ne peut pas être envoyé."))
        if settings_link:
            link = self.tr("Ouvrir Paramètres › Messagerie et suivi")
            self.error_label.setText(f'{html.escape(text)} <a href="settings:mail">{html.escape(link)}</a>')
        else:
            self.error_label.setText(text)
        self.error_label.show()
        self.sig_failed.emit(text)

    # Loading --------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the quote and its email's facts (one read), render its PDF, draft the email: all in the
        background."""
        from desktop.services.mail.quote_draft import prepare_quote_email

        data_dir, today, quote_id = self.ctx.settings.data_dir, self.ctx.clock().date(), self.quote_id
        if not self.ctx.settings.sender_address.strip():
            self._fail(self.tr("Votre adresse d’expéditeur n’est pas encore renseignée : indiquez-la dans les "
                               "réglages de la messagerie, puis rouvrez cette fenêtre."), settings_link=True)
            return
        db_op(self.ctx, lambda s: prepare_quote_email(s, quote_id, data_dir, today), write=False).success(
            self._render).failure(lambda exc: self._fail(refusal_text(exc))).run()

    def _render(self, prepared: SendPreparation) -> None:
        renderer, printable = self.renderer, prepared.printable
        self.facts = prepared.facts

        def failed(exc: BaseException) -> None:
            log_unexpected(exc, "SendDialog._render")
            self._fail(error_text(exc))

        Op(lambda _p: renderer.render(printable.document, printable.template, printable.language)[0]).success(
            self._draft).failure(failed).run_in_background(renderer.runner)

    def _draft(self, pdf: bytes) -> None:
        """Compose the email from the facts read with the quote (no database) on the renderer's thread."""
        from desktop.services.mail.quote_draft import compose_quote_email
        from desktop.services.mail.wiring import sender_identity, tracking_policy

        settings, facts, template = self.ctx.settings, self.facts, self.template
        assert facts is not None
        if self.live is not None:
            self.links = self.live.links
        url = self.links.url
        ask = settings.ask_tracking_consent
        Op(lambda _p: compose_quote_email(
            facts, pdf, sender=sender_identity(settings), policy=tracking_policy(settings), tracker_url=url,
            template=template, ask_consent=ask)).success(self._show_draft).failure(
            lambda exc: self._fail(refusal_text(exc))).run_in_background(self.renderer.runner)

    def _show_draft(self, draft: QuoteEmailDraft) -> None:
        self.draft = draft
        for edit, text in ((self.to_edit, ", ".join(draft.to)), (self.subject_edit, draft.rendered.subject)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(draft.rendered.text)
        self.body_edit.blockSignals(False)
        self.attachment_label.setText(self.tr("%1 (%2 Ko)").replace("%1", draft.pdf_name).replace(
            "%2", str(max(1, len(draft.pdf) // 1024))))
        self.tracking_label.setText(self.tracking_text(draft))
        self.status.setText(self.tr("Vérifiez le message, puis cliquez sur « Envoyer »."))
        self.rebuild()
        self._set_editable(True)
        self.sig_ready.emit()

    def tracking_text(self, draft: QuoteEmailDraft) -> str:
        """What the message carries for tracking, and the true reason when it carries nothing."""
        from desktop.gui.kit.problems import no_links_text

        mode = draft.tracking_mode
        if mode == "individual":
            return self.tr("complet : le contact a accepté le suivi ; ouvertures, clics et consultations vous seront "
                           "signalés, et le message lui permet de retirer son accord.")
        if mode in ("online_quote", "ask_consent"):
            why = {"refused": self.tr("le contact a refusé le suivi"),
                   "withdrawn": self.tr("le contact a retiré son accord au suivi"),
                   }.get(str(draft.consent_state), self.tr("le contact n’a pas encore accepté le suivi (règle de "
                                                           "la CNIL)"))
            text = self.tr("sans pixel ni lien suivi : %1. Vous saurez quand il consulte ou accepte le devis en "
                           "ligne.").replace("%1", why)
            if mode == "ask_consent":
                text += " " + self.tr("Le message lui demande poliment s’il accepte d’être suivi (Oui / Non).")
            return text
        problem = self.links.problem
        if problem is not None:
            link = self.tr("Régler le suivi…")
            return f"{html.escape(no_links_text(problem))} <a href=\"settings:mail\">{html.escape(link)}</a>"
        return self.tr("désactivé pour ce contact (politique de suivi de l’entreprise ou refus du contact) : ni "
                       "pixel ni lien personnel.")

    @Slot(str)
    def on_tracking_label_link_activated(self, _link: str) -> None:
        """Open Paramètres › Messagerie et suivi from the reason shown."""
        from desktop.gui.settings.mail import MailSettingsDialog

        self.mail_settings = MailSettingsDialog(self.ctx, self.live, self)
        self.mail_settings.open()

    # Building and preview -------------------------------------------------------------------
    def cc(self) -> tuple[str, ...]:
        return tuple(a for a in _SPLIT.split(self.cc_edit.text().strip()) if a)

    def edited_draft(self) -> QuoteEmailDraft:
        """The draft with the salesperson's edits (a changed text body also replaces the HTML part)."""
        assert self.draft is not None
        rendered = self.draft.rendered
        body = self.body_edit.toPlainText()
        html_part = rendered.html if body == rendered.text else text_to_html(body)
        edited = dataclasses.replace(rendered, subject=self.subject_edit.text().strip(), text=body, html=html_part)
        return dataclasses.replace(self.draft, cc=self.cc(), rendered=edited)

    @Slot()
    def rebuild(self) -> None:
        """Build the exact message from the current fields and show it; errors in plain words."""
        from desktop.services.mail.quote_mail import build_quote_email
        from desktop.services.mail.wiring import sender_identity

        if self.draft is None:
            return
        self._rebuild_timer.stop()
        try:
            self.built = build_quote_email(self.edited_draft(), sender_identity(self.ctx.settings), self.ctx.clock())
        except ValueError as exc:  # HeaderInjectionError is a ValueError too
            self.built = None
            self.error_label.setText(refusal_text(exc))
            self.error_label.show()
        else:
            self.error_label.hide()
            self._show_built(self.built)
        self.send_button.setEnabled(self.built is not None)

    def _show_built(self, built: BuiltMessage) -> None:
        message = message_from_bytes(built.raw, policy=policy.default)
        lines = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Subject", "Date", "Message-ID")
                 if message[name] is not None]
        names = [part.get_filename() for part in message.iter_attachments()]
        lines.append(self.tr("Pièces jointes : %1").replace("%1", ", ".join(n for n in names if n)))
        lines.append(self.tr("Taille : %1 Ko").replace("%1", str(max(1, len(built.raw) // 1024))))
        self.headers_view.setPlainText("\n".join(lines))
        body = message.get_body(("html", "plain"))
        content = str(body.get_content()) if body is not None else ""
        if body is not None and body.get_content_type() == "text/html":
            self.preview.setHtml(content)
        else:
            self.preview.setPlainText(content)

    # Sending --------------------------------------------------------------------------------
    @Slot()
    def on_send_requested(self) -> None:
        """Queue exactly the previewed message (rebuilt if an edit is pending) in one transaction."""
        from desktop.services.mail.quote_mail import SentMeanwhile, queue_quote_email

        if self._rebuild_timer.isActive():
            self.rebuild()
        if self.draft is None or self.built is None:
            return
        draft, built, now, again = self.edited_draft(), self.built, self.ctx.clock(), self.send_again
        self._set_editable(False)
        self.status.setText(self.tr("Mise en file d’envoi…"))

        def work(session: Any) -> int | SentMeanwhile:
            try:
                return queue_quote_email(session, draft, built, now, again=again).id
            except SentMeanwhile as meanwhile:  # expected (nothing written): said below, not logged as a failure
                return meanwhile

        db_op(self.ctx, work, changes=lambda r: None if isinstance(r, SentMeanwhile) else Topic.OUTBOX | Topic.QUOTES,
              source=self).success(self._queued).failure(self._queue_failed).run()

    def _queued(self, result: int | SentMeanwhile) -> None:
        from desktop.services.mail.quote_mail import SentMeanwhile

        if isinstance(result, SentMeanwhile):  # another desktop (or this one) sent it since the dialog opened
            self._set_editable(True)
            self.send_again = True
            self.send_button.setText(self.tr("Envoyer quand même"))
            self.status.setText(self.tr("Ce devis a déjà été mis en file d’envoi à %1, depuis ce poste ou un autre. "
                                        "Vérifiez avant de l’envoyer une seconde fois.").replace(
                "%1", result.at.astimezone().strftime("%H:%M")))
            self.error_label.hide()
            return
        if self.live is not None:
            self.live.wake_sender()
        self.ctx.show_message(self.tr("Devis mis en file d’envoi : il part dans un instant."))
        self.sig_queued.emit(result)
        self.accept()

    def _queue_failed(self, exc: BaseException) -> None:
        self._set_editable(True)
        self._fail(refusal_text(exc))


def open_send_dialog(parent: QWidget | None, ctx: GuiContext, quote_id: int, *,
                     renderer: QuotePdfRenderer | None = None, live: LiveServices | None = None,
                     template: str = "quote") -> SendDialog:
    """Open « Envoyer le devis » for a finalised quote and start preparing it.

    Args:
        parent: The widget asking (the live services are found through its window).
        ctx: The GUI context.
        quote_id: The quote.
        renderer: The quotes GUI's PDF renderer; None starts one for this dialog (closed with it).
        live: The live services (woken after queueing); None looks them up from ``parent``.
        template: The email template: ``quote`` sends the quote, ``quote_followup`` follows it up.

    Returns:
        The dialog (shown, non-modal).
    """
    own = renderer is None
    used = renderer or QuotePdfRenderer(ctx.settings)
    dialog = SendDialog(ctx, quote_id, used, live or find_live(parent), parent, template)
    if own:
        dialog.finished.connect(lambda _r: used.close())
    dialog.show()
    dialog.start()
    return dialog
