"""The keyring check judges a backend by its declared priority and what it can do, not by its name: small
in-memory backends stand for keyring's ``fail`` backend, keyrings.alt's plaintext and encrypted file backends
(a ``file_path``, an ``encrypt`` that changes nothing or needs a password) and a chainer over several."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
import pytest
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from desktop.services.secrets import SecretName, SecretStore, SecretsUnavailable, check_keyring
from tests.support.memkeyring import MemoryKeyring


class Vault(MemoryKeyring):
    """A system keyring (its name says nothing)."""

    priority = 5


class Vault2(Vault):
    priority = 4.9  # type: ignore[assignment]


class NotRecommended(MemoryKeyring):
    """Declares itself below keyring's "recommended" line, like keyrings.alt's file backends (0.5, 0.6)."""

    priority = 0.5  # type: ignore[assignment]


class SecretsFile(MemoryKeyring):
    """keyrings.alt's PlaintextKeyring in shape: a file, an ``encrypt`` that returns its input."""

    priority = 1
    file_path = "/tmp/keyring_pass.cfg"

    def encrypt(self, password: bytes, assoc: bytes | None = None) -> bytes:
        return password


class LockedFile(SecretsFile):
    """keyrings.alt's EncryptedKeyring in shape: encrypting needs the file's password (typed in a terminal)."""

    priority = 2

    def encrypt(self, password: bytes, assoc: bytes | None = None) -> bytes:
        raise RuntimeError("no keyring password given")


class Unavailable(MemoryKeyring):
    """A backend whose priority cannot be read here (no D-Bus session, say)."""

    @classproperty
    def priority(cls) -> float:  # type: ignore[override]
        raise RuntimeError("no session bus")


def chain(*backends: KeyringBackend) -> ChainerBackend:
    cls: Any = type("Chain", (ChainerBackend,), {"backends": list(backends)})
    made: ChainerBackend = cls()
    return made


FAIL = keyring.backends.fail.Keyring  # the backend keyring picks when it finds nothing


@pytest.mark.parametrize("backend", [NotRecommended(), SecretsFile(), LockedFile(), Unavailable(), FAIL(),
                                     chain(NotRecommended(), SecretsFile()), chain(FAIL(), SecretsFile()), chain()],
                         ids=lambda b: type(b).__name__ + "".join(type(x).__name__ for x in getattr(b, "backends", [])))
def test_backends_that_are_not_a_system_keyring_are_refused_whatever_their_name(backend: KeyringBackend) -> None:
    status = check_keyring(backend)
    assert not status.usable and "keyring" in status.message
    with pytest.raises(SecretsUnavailable):
        SecretStore(status, backend).set(SecretName.SMTP_PASSWORD, "pw-4c1e")


def test_a_file_backend_is_told_apart_from_a_plaintext_one() -> None:
    assert "plain file" in check_keyring(SecretsFile()).message
    assert "in a file, not in a system keyring" in check_keyring(LockedFile()).message


def test_a_chainer_with_a_system_keyring_sends_secrets_to_it_never_to_the_file_behind_it() -> None:
    vault, second, file = Vault(), Vault2(), SecretsFile()
    backend = chain(file, second, vault)
    status = check_keyring(backend)
    assert status.usable
    store = SecretStore(status, backend)
    store.set(SecretName.SMTP_PASSWORD, "pw-77e2")
    assert vault.get_password("Relance", "smtp-password") == "pw-77e2"  # the best system backend
    assert file.get_password("Relance", "smtp-password") is None and second.get_password("Relance",
                                                                                      "smtp-password") is None
    assert store.get(SecretName.SMTP_PASSWORD) == "pw-77e2"


def test_a_plain_system_keyring_is_used_as_it_is() -> None:
    vault = Vault()
    store = SecretStore(check_keyring(vault), vault)
    store.set(SecretName.TRACKER_API_KEY, "k-9")
    assert vault.get_password("Relance", "tracker-api-key") == "k-9"
