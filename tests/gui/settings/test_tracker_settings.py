"""Paramètres › Suivi: the note says, as the address and the SMTP server are typed, whether real emails will
carry tracker links (only a public HTTPS tracker reaches prospects); « Tester la connexion » proves the key on a
real tracker; saving restarts the live services only when a setting they use changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.settings.mail import MailSettingsDialog
from desktop.gui.settings.window import SettingsWindow
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import LiveOptions, LiveServices
from desktop.services.secrets import SecretStore, check_keyring
from tests.support.servers import start_tracker
from tracker.embedded import EmbeddedTracker

STORE = "relance-test-tracker-page"


@pytest.fixture
def tracker(tmp_path: Path) -> Iterator[EmbeddedTracker]:
    handle = start_tracker(tmp_path)
    yield handle
    handle.stop()


def _dialog(qtbot: QtBot, ctx: GuiContext) -> MailSettingsDialog:
    dialog = MailSettingsDialog(ctx, None, store=SecretStore(check_keyring(), service=STORE))
    qtbot.addWidget(dialog)
    return dialog


def test_the_note_says_which_emails_carry_tracker_links(qtbot: QtBot, ctx: GuiContext) -> None:
    dialog = _dialog(qtbot, ctx)
    note, page = dialog.tracker.tracker_note, dialog.tracker
    assert note.text().startswith("Démonstration") and note.property("role") == "muted"  # local outbox folder
    dialog.smtp.host.setText("smtp.atelier-lumiere.fr")  # real mail: the embedded tracker's links stay home
    assert note.property("role") == "warning"
    assert "Sans suivi" in note.text() and "packaging/tracker" in note.text() and "HTTPS" in note.text()
    page.tracker_url.setText("http://192.168.1.20:8080")  # a private address: prospects cannot reach it
    assert note.property("role") == "warning" and "packaging/tracker" in note.text()
    page.tracker_url.setText("https://suivi.atelier-lumiere.fr")
    assert note.property("role") == "muted" and "Adresse publique en HTTPS" in note.text()
    dialog.runner.shutdown()


def test_the_connection_check_proves_the_key_and_warns_about_a_local_address(
        qtbot: QtBot, ctx: GuiContext, tracker: EmbeddedTracker) -> None:
    dialog = _dialog(qtbot, ctx)
    page = dialog.tracker
    page.tracker_url.setText(tracker.url)
    page.api_key.setText("pas-la-bonne-cle-" + "x" * 30)
    with qtbot.waitSignal(page.sig_check_finished, timeout=15_000) as refused:
        page.check_button.click()
    assert refused.args[0] is False and page.check_result.text().startswith("Échec de la connexion")
    assert page.check_result.property("role") == "error"
    page.api_key.setText(tracker.api_key)
    with qtbot.waitSignal(page.sig_check_finished, timeout=15_000) as accepted:
        page.check_button.click()
    assert accepted.args[0] is True and page.check_result.text().startswith("Connexion réussie")
    assert "les e-mails réels partiront sans suivi" in page.check_result.text()  # http on loopback
    dialog.runner.shutdown()


def test_saving_restarts_the_live_services_only_for_what_they_use(qtbot: QtBot, ctx: GuiContext) -> None:
    live = LiveServices(ctx.database, ctx.settings, ctx.clock, store=SecretStore(check_keyring(), service=STORE),
                        connect=lambda _s, _st: None, options=LiveOptions(join_timeout=3.0))
    try:
        window = SettingsWindow(ctx, live=live)
        qtbot.addWidget(window)
        before = live.settings
        window.company.pattern.setText("F{YY}{MM}-{NNN}")
        window.on_save_requested()
        assert ctx.settings.quote_number_pattern == "F{YY}{MM}-{NNN}"
        assert live.settings is before  # the numbering is read at finalisation: apply_settings was not called
        again = MailSettingsDialog(ctx, live)
        qtbot.addWidget(again)
        again.smtp.sender_name.setText("Julie M.")
        with qtbot.waitSignal(live.sig_started, timeout=10_000):
            again.on_save_requested()  # the sender signs with the new name: the loops restart
        assert live.settings.sender_name == "Julie M." and ctx.messages[-1] == "Réglages enregistrés et appliqués."  # type: ignore[attr-defined]
    finally:
        live.shutdown()


def test_the_policy_names_the_cnil_rule_and_always_needs_an_acknowledgement(qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.core.consent import CNIL_PIXELS_URL

    dialog = _dialog(qtbot, ctx)
    page = dialog.tracker
    assert page.policy.currentData() == "default"
    rule = page.form.policy_rule.text()
    assert "consentement du contact" in rule and CNIL_PIXELS_URL in rule
    assert page.always_ack.isHidden() and page.problem() is None
    page.policy.setCurrentIndex(page.policy.findData("always"))
    assert not page.always_ack.isHidden() and "responsabilité" in page.form.policy_rule.text()
    problem = page.problem()
    assert problem is not None and "Cochez la case" in problem.text  # not saved without it
    page.always_ack.setChecked(True)
    assert page.problem() is None
    page.ask_consent.setChecked(False)
    page.retention.setValue(6)
    saved = page.apply(ctx.settings)
    assert (saved.tracking_policy, saved.ask_tracking_consent, saved.event_retention_months) == ("always", False, 6)
    assert saved.tracking_always_ack_at and saved.tracking_always_ack_by  # who and when, stored with the choice
