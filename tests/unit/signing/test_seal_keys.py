"""The sealing key: a self-managed certificate made once and reused, its passphrase only in the keyring;
or the seller's own PKCS#12 file."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop.services.secrets import SecretName
from desktop.services.signing.credentials import (
    SealKeyError,
    key_path,
    own_certificate,
    self_managed_key,
    seller_key,
)
from desktop.settings import load_settings
from tests.support.sealing import SELLER, fresh_store


def test_made_at_first_use_then_reused(tmp_path: Path) -> None:
    store = fresh_store()
    assert not key_path(tmp_path).exists()
    first = self_managed_key(tmp_path, store, SELLER)
    made = key_path(tmp_path).read_bytes()
    again = self_managed_key(tmp_path, store, SELLER)
    assert again.signer.signing_cert.dump() == first.signer.signing_cert.dump()
    assert key_path(tmp_path).read_bytes() == made  # never rewritten
    assert first.self_managed and first.trust_roots == (first.signer.signing_cert,)
    assert own_certificate(tmp_path, store) == first.signer.signing_cert
    subject = first.signer.signing_cert.subject.native
    assert subject["common_name"] == "Atelier Lumière SARL"
    assert first.signer.signing_cert.key_usage_value.native == {"digital_signature", "non_repudiation"}


def test_the_passphrase_is_only_in_the_keyring(tmp_path: Path) -> None:
    store = fresh_store()
    load_settings(tmp_path).save()
    self_managed_key(tmp_path, store, SELLER)
    passphrase = store.get(SecretName.SEAL_KEY_PASSPHRASE)
    assert passphrase and len(passphrase) >= 40
    data = key_path(tmp_path).read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)  # the key file is encrypted
    key, cert, _ = pkcs12.load_key_and_certificates(data, passphrase.encode())
    assert key is not None and cert is not None
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert passphrase.encode() not in path.read_bytes(), path
    assert oct(key_path(tmp_path).stat().st_mode & 0o777) == "0o600"


def test_a_lost_passphrase_is_said_and_the_key_never_replaced(tmp_path: Path) -> None:
    store = fresh_store()
    self_managed_key(tmp_path, store, SELLER)
    made = key_path(tmp_path).read_bytes()
    passphrase = store.get(SecretName.SEAL_KEY_PASSPHRASE)
    store.delete(SecretName.SEAL_KEY_PASSPHRASE)
    with pytest.raises(SealKeyError, match="not in the keyring") as caught:
        self_managed_key(tmp_path, store, SELLER)
    assert passphrase not in str(caught.value)
    assert key_path(tmp_path).read_bytes() == made
    assert own_certificate(tmp_path, store) is None


def test_the_sellers_own_pkcs12(tmp_path: Path) -> None:
    # a PKCS#12 as a provider would deliver it, made here with the self-managed maker under another folder
    store = fresh_store()
    made = self_managed_key(tmp_path / "elsewhere", store, SELLER)
    path = key_path(tmp_path / "elsewhere")
    store.set(SecretName.SEAL_PKCS12_PASSPHRASE, store.get(SecretName.SEAL_KEY_PASSPHRASE) or "")
    loaded = seller_key(path, store)
    assert loaded.signer.signing_cert.dump() == made.signer.signing_cert.dump()
    assert not loaded.self_managed
    store.set(SecretName.SEAL_PKCS12_PASSPHRASE, "not the passphrase")
    with pytest.raises(SealKeyError, match="wrong passphrase") as caught:
        seller_key(path, store)
    assert "not the passphrase" not in str(caught.value)
    with pytest.raises(SealKeyError, match="not found"):
        seller_key(tmp_path / "missing.p12", store)
