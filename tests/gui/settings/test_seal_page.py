"""Paramètres › Signature: the self-managed key by default, the seller's own PKCS#12 checked, the TSA's address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from pytestqt.qtbot import QtBot

from desktop.gui.kit.workers import SyncRunner
from desktop.gui.settings.common import save_pages
from desktop.gui.settings.seal_page import SealPage, tsa_url_problem
from desktop.gui.settings.window import SettingsWindow
from desktop.gui.shell.context import GuiContext
from desktop.services.secrets import SecretName
from desktop.settings import load_settings
from tests.support.sealing import fresh_store

PASSPHRASE = "phrase-du-certificat"


def _pkcs12(folder: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Atelier Lumière SARL")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + timedelta(days=730)).sign(key, hashes.SHA256()))
    path = folder / "societe.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"societe", key, cert, None,
                                                           BestAvailableEncryption(PASSPHRASE.encode())))
    return path


def test_the_sellers_certificate_is_checked_and_saved_with_its_passphrase_in_the_keyring(
        ctx: GuiContext, qtbot: QtBot, tmp_path: Path) -> None:
    store = fresh_store()
    page = SealPage(ctx.settings, store, SyncRunner())
    qtbot.addWidget(page)
    assert page.self_managed.isChecked() and not page.pkcs12_path.isEnabled()
    page.own_certificate.setChecked(True)
    assert page.problem() is not None  # a certificate of one's own needs its file
    page.pkcs12_path.setText(str(_pkcs12(tmp_path)))
    page.passphrase.setText("pas-la-bonne")
    with qtbot.waitSignal(page.sig_check_finished) as blocker:
        page.check_button.click()
    assert blocker.args[0] is False and "mot de passe incorrect" in blocker.args[1]
    assert "pas-la-bonne" not in blocker.args[1]
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.sig_check_finished) as blocker:
        page.check_button.click()
    ok, text = blocker.args
    assert ok and "Atelier Lumière SARL" in text and "valable jusqu" in text, text
    page.tsa_url.setText("https://horodatage.prestataire.example/tsa")
    assert page.problem() is None
    _, refused = save_pages(ctx, [page], store, None)
    assert refused is None
    saved = load_settings(ctx.settings.data_dir, environ={})
    assert saved.seal_pkcs12_path.endswith("societe.p12") and saved.tsa_url.endswith("/tsa")
    assert store.get(SecretName.SEAL_PKCS12_PASSPHRASE) == PASSPHRASE
    assert PASSPHRASE.encode() not in b"".join(p.read_bytes() for p in Path(ctx.settings.data_dir).rglob("*")
                                               if p.is_file())


def test_a_bad_tsa_address_blocks_the_save_of_the_window(ctx: GuiContext, qtbot: QtBot) -> None:
    window = SettingsWindow(ctx)
    qtbot.addWidget(window)
    assert window.save_button.isEnabled()
    window.seal.tsa_url.setText("ftp://horodatage.example")
    assert not window.save_button.isEnabled() and window.seal.check_result.property("role") == "error"
    window.seal.tsa_url.setText("https://user:pw@horodatage.example")
    assert not window.save_button.isEnabled()
    window.seal.tsa_url.setText("")
    assert window.save_button.isEnabled()
    assert (tsa_url_problem(""), tsa_url_problem("http://tsa.example/"), tsa_url_problem("tsa.example")) == (
        None, None, "scheme")
