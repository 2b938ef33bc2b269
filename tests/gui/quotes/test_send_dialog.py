"""The send dialog: the draft from the template, cc checked, the preview is the message and loads nothing,
queueing writes exactly the previewed bytes to the outbox, refusals in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QUrl

from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.send_dialog import SafePreview, SendDialog, open_send_dialog, text_to_html
from desktop.gui.shell.context import GuiContext
from tests.gui.live_support import finalised_quote, mail_settings


@pytest.fixture
def renderer(ctx: GuiContext, tmp_path: Path) -> Iterator[QuotePdfRenderer]:
    ctx.settings = mail_settings(tmp_path, None)
    used = QuotePdfRenderer(ctx.settings)
    yield used
    used.close()


def ready(qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer, quote_id: int) -> SendDialog:
    dialog = open_send_dialog(None, ctx, quote_id, renderer=renderer)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.draft is not None or bool(dialog.error_label.text()), timeout=60_000)
    return dialog


def test_the_previewed_message_is_queued_as_is(qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer) -> None:
    _contact, quote_id = finalised_quote(ctx.database)
    dialog = ready(qtbot, ctx, renderer, quote_id)
    assert dialog.to_edit.text() == "claire@dupont.fr"
    assert "Devis" in dialog.attachment_label.text()
    assert "aucun serveur de suivi" in dialog.tracking_label.text()  # no tracker connected: the true reason
    dialog.subject_edit.setText("Votre devis, comme convenu")
    dialog.body_edit.setPlainText("Bonjour Claire,\n\nVoici le devis.\n\nJulie")
    dialog.cc_edit.setText("pas-une-adresse")
    dialog.rebuild()
    assert dialog.built is None and "invalide" in dialog.error_label.text()
    assert not dialog.send_button.isEnabled()
    dialog.cc_edit.setText("direction@dupont.fr")
    dialog.rebuild()
    assert dialog.built is not None and dialog.send_button.isEnabled()
    assert "Subject: Votre devis, comme convenu" in dialog.headers_view.toPlainText()
    assert "Voici le devis." in dialog.preview.toPlainText()
    previewed = dialog.built.raw
    with qtbot.waitSignal(dialog.sig_queued) as queued:
        dialog.send_button.click()
    with ctx.database.sessions() as session:
        row = session.get_one(OutboxMessage, queued.args[0])
        raw = session.scalar(select(OutboxPayload.raw).where(OutboxPayload.outbox_id == row.id))
    assert raw == previewed and row.state == "queued" and row.quote_id == quote_id
    assert sorted(row.recipients) == ["claire@dupont.fr", "direction@dupont.fr"]


def test_a_contact_without_email_is_refused_in_plain_words(qtbot: QtBot, ctx: GuiContext,
                                                           renderer: QuotePdfRenderer) -> None:
    contact_id, quote_id = finalised_quote(ctx.database)
    with ctx.database.sessions.begin() as session:
        session.get_one(Contact, contact_id).email = None
    dialog = ready(qtbot, ctx, renderer, quote_id)
    assert dialog.draft is None
    assert "n’a pas d’adresse e-mail" in dialog.error_label.text()
    assert not dialog.send_button.isEnabled()


def test_the_preview_loads_no_remote_image_and_follows_no_link(qtbot: QtBot) -> None:
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.setHtml('<p>Bonjour <a href="http://127.0.0.1:9/q/tok">devis</a></p>'
                    '<img src="http://127.0.0.1:9/o/tok.gif" width="1" height="1">')
    preview.show()
    qtbot.waitExposed(preview)
    preview.document().adjustSize()
    assert preview.loadResource(2, QUrl("http://127.0.0.1:9/o/tok.gif")) is None
    assert not preview.openLinks() and not preview.openExternalLinks()
    assert all(url.startswith("http://127.0.0.1:9/") for url in preview.refused)


def test_an_edited_body_becomes_the_html_part_with_its_links() -> None:
    html = text_to_html("Bonjour <Claire>,\n\nVoir https://example.fr/q/abc\nmerci")
    assert "&lt;Claire&gt;" in html and '<a href="https://example.fr/q/abc">' in html and "<br>" in html


def test_a_follow_up_email_uses_the_follow_up_template_with_the_quote_attached(
        qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer) -> None:
    _contact, quote_id = finalised_quote(ctx.database)
    dialog = open_send_dialog(None, ctx, quote_id, renderer=renderer, template="quote_followup")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.draft is not None or bool(dialog.error_label.text()), timeout=60_000)
    assert dialog.draft is not None, dialog.error_label.text()
    assert "avez-vous pu le regarder" in dialog.subject_edit.text()
    assert "Je reviens vers vous" in dialog.body_edit.toPlainText()
    assert "Devis" in dialog.attachment_label.text()
    assert dialog.windowTitle() == "Relancer par email"


def test_without_a_sender_address_the_dialog_says_so_and_opens_the_setting(
        qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer) -> None:
    import dataclasses

    from desktop.gui.settings.mail import MailSettingsDialog

    ctx.settings = dataclasses.replace(ctx.settings, sender_address="")  # a new user's defaults
    _contact, quote_id = finalised_quote(ctx.database)
    dialog = ready(qtbot, ctx, renderer, quote_id)
    said = dialog.error_label.text()
    assert "adresse d’expéditeur n’est pas encore renseignée" in said and "(from)" not in said
    assert not dialog.send_button.isEnabled()
    dialog.error_label.linkActivated.emit("settings:mail")
    assert isinstance(dialog.mail_settings, MailSettingsDialog) and dialog.mail_settings.isVisible()
    dialog.mail_settings.reject()


def test_a_quote_sent_meanwhile_is_said_and_sent_again_only_on_purpose(
        qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer) -> None:
    from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
    from desktop.services.mail.wiring import sender_identity, tracking_policy

    _contact, quote_id = finalised_quote(ctx.database)
    dialog = ready(qtbot, ctx, renderer, quote_id)
    with ctx.database.sessions.begin() as s:  # another desktop sends it while this dialog is open
        other = draft_quote_email(s, quote_id, b"%PDF-1.4\n", sender=sender_identity(ctx.settings),
                                  policy=tracking_policy(ctx.settings), tracker_url=None)
        queue_quote_email(s, other, build_quote_email(other, sender_identity(ctx.settings), ctx.clock()), ctx.clock())
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.send_again)
    assert "déjà été mis en file d’envoi" in dialog.status.text()
    assert dialog.send_button.text() == "Envoyer quand même" and dialog.isVisible()
    with ctx.database.sessions() as s:
        assert len(s.scalars(select(OutboxMessage).where(OutboxMessage.quote_id == quote_id)).all()) == 1
    with qtbot.waitSignal(dialog.sig_queued):
        dialog.send_button.click()
    with ctx.database.sessions() as s:
        assert len(s.scalars(select(OutboxMessage).where(OutboxMessage.quote_id == quote_id)).all()) == 2


def test_a_contact_without_consent_is_told_no_pixel_and_asked_politely(
        qtbot: QtBot, ctx: GuiContext, renderer: QuotePdfRenderer) -> None:
    from desktop.db.consent import record_by_salesperson
    from desktop.services.mail.quote_mail import draft_quote_email
    from desktop.services.mail.wiring import sender_identity, tracking_policy

    contact_id, quote_id = finalised_quote(ctx.database)  # a contact created today, never asked
    dialog = ready(qtbot, ctx, renderer, quote_id)

    def draft():  # type: ignore[no-untyped-def]
        with ctx.database.sessions() as s:  # as the dialog drafts it when a public tracker is connected
            return draft_quote_email(s, quote_id, b"%PDF-1.4\n", sender=sender_identity(ctx.settings),
                                     policy=tracking_policy(ctx.settings), tracker_url="https://suivi.example.fr",
                                     ask_consent=True)

    never_asked = draft()
    assert never_asked.tracking_mode == "ask_consent"
    said = dialog.tracking_text(never_asked)
    assert said.startswith("sans pixel ni lien suivi : le contact n’a pas encore accepté le suivi (règle de la CNIL)")
    assert "Oui / Non" in said and "activé" not in said
    with ctx.database.sessions.begin() as s:
        record_by_salesperson(s, contact_id, yes=True, note="accord au téléphone le 2 décembre", now=ctx.clock())
    consented = draft()
    assert consented.tracking_mode == "individual"
    assert dialog.tracking_text(consented).startswith("complet : le contact a accepté le suivi")
    with ctx.database.sessions.begin() as s:
        record_by_salesperson(s, contact_id, yes=False, note="", now=ctx.clock())
    assert "le contact a retiré son accord au suivi" in dialog.tracking_text(draft())
