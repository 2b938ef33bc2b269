"""Paramètres › Base d'équipe: the server field by field, the password to the keyring, « Tester la connexion »."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.kit.workers import SyncRunner
from desktop.gui.settings.common import default_store, save_pages
from desktop.gui.settings.team_page import TeamPage
from desktop.gui.shell.context import GuiContext
from desktop.services.secrets import SecretName
from desktop.services.team_server import TeamServer
from desktop.settings import Settings, load_settings
from tests.support.postgres import PostgresServer


def test_a_server_typed_field_by_field_is_saved_without_its_password(ctx: GuiContext, qtbot: QtBot) -> None:
    store = default_store()
    page = TeamPage(ctx.settings, store, SyncRunner())
    qtbot.addWidget(page)
    assert not page.port.isEnabled() and page.url() == ""  # no server: the local database
    page.host.setText("db.hebergeur.fr")
    assert page.port.isEnabled() and page.sslmode.currentData() == "verify-full"  # the safe default
    page.port.setValue(6432)
    page.database.setText("equipe")
    page.user.setText("commercial")
    page.ca_file.setText("/etc/ssl/hebergeur-ca.pem")
    page.password.setText("mot-de-passe-secret")
    _, refused = save_pages(ctx, [page], store, None)
    assert refused is None
    saved = load_settings(ctx.settings.data_dir, environ={})
    assert TeamServer.from_url(saved.database_url or "") == TeamServer(
        "db.hebergeur.fr", 6432, "equipe", "commercial", "verify-full", "/etc/ssl/hebergeur-ca.pem")
    assert store.get(SecretName.DATABASE_PASSWORD) == "mot-de-passe-secret"
    assert b"mot-de-passe-secret" not in b"".join(p.read_bytes() for p in Path(ctx.settings.data_dir).rglob("*")
                                                if p.is_file())
    reopened = TeamPage(saved, store, SyncRunner())
    qtbot.addWidget(reopened)
    assert (reopened.host.text(), reopened.port.value(), reopened.database.text()) == ("db.hebergeur.fr", 6432,
                                                                                       "equipe")
    assert reopened.database_check.text() == "" and reopened.password.text() == ""
    assert "trousseau" in reopened.password.placeholderText()


@pytest.mark.postgres
def test_the_check_names_each_step_against_a_real_server(postgres_server: PostgresServer, tmp_path: Path,
                                                         qtbot: QtBot) -> None:
    page = TeamPage(Settings(data_dir=tmp_path), default_store(), SyncRunner())
    qtbot.addWidget(page)
    page.host.setText(postgres_server.host)
    page.port.setValue(postgres_server.port)
    page.database.setText("postgres")
    page.user.setText(postgres_server.user)
    page.sslmode.setCurrentIndex(page.sslmode.findData("prefer"))
    with qtbot.waitSignal(page.sig_check_finished, timeout=10_000) as blocker:
        page.check_button.click()
    ok, text = blocker.args
    assert ok and text.count("✓") == 5, text
    assert "ne propose pas de chiffrement" in text and "base vide" in text
    page.sslmode.setCurrentIndex(page.sslmode.findData("verify-full"))
    with qtbot.waitSignal(page.sig_check_finished, timeout=10_000) as blocker:
        page.check_button.click()
    ok, text = blocker.args
    assert not ok and text.count("✓") == 2 and "activez TLS" in text, text
    assert page.check_result.property("role") == "error"
    page.grab().save(str(tmp_path / "team_page.png"))
