"""The seller's sealing key: a self-managed certificate made at first use, or the seller's own PKCS#12 file.

**Self-managed.** At the first seal, a 3072-bit RSA key and a self-signed certificate naming the seller (valid ten
years, key usage *digital signature* and *non-repudiation*) are made with ``cryptography`` and written as a
PKCS#12 file, encrypted with AES-256 (PBES2, PBKDF2-SHA256), to ``<data dir>/signing/seal-key.p12``; its random
passphrase goes to the OS keyring (:attr:`~desktop.services.secrets.SecretName.SEAL_KEY_PASSPHRASE`) *before* the
file is written, and nowhere else: not the database, not the settings, not a log, not an exception message. Every
later seal reuses that key and certificate. A key file whose passphrase the keyring no longer has is never
replaced silently (the seals made with it would lose their issuer): :class:`SealKeyError` says so.

**The seller's own.** With the setting ``seal_pkcs12_path``, that PKCS#12 file is used instead (a certificate
from a provider, with its chain); its passphrase is
:attr:`~desktop.services.secrets.SecretName.SEAL_PKCS12_PASSPHRASE` in the keyring.
"""

from __future__ import annotations

import hashlib
import os
import secrets as random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1, translate_pyca_cryptography_key_to_asn1
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from desktop.services.secrets import SecretName, SecretStore

KEY_FILE = "seal-key.p12"
VALIDITY = timedelta(days=3650)


class SealKeyError(RuntimeError):
    """The sealing key cannot be had; the message says what to do and never holds a secret."""


@dataclass(frozen=True)
class SellerName:
    """Who the self-managed certificate names (the seller's identity, from the seller settings)."""

    legal_name: str
    email: str = ""
    country: str = "FR"


@dataclass(frozen=True)
class SealingKey:
    """A loaded key: the pyHanko signer, and the certificates a verifier should trust for it."""

    signer: SimpleSigner
    trust_roots: tuple[asn1_x509.Certificate, ...]
    self_managed: bool


def key_path(data_dir: Path) -> Path:
    """Where the self-managed key file lives."""
    return data_dir / "signing" / KEY_FILE


_lock = threading.Lock()
_cache: dict[tuple[str, str, int, int, str], SealingKey] = {}


def _cached(path: Path, passphrase: str | None, kind: str, load: Callable[[], SealingKey]) -> SealingKey:
    """The key loaded once per file version and passphrase (PBKDF2 takes a noticeable moment); in memory only."""
    stat = path.stat()
    opened_with = hashlib.sha256((passphrase or "").encode()).hexdigest()
    key = (kind, str(path.resolve()), stat.st_mtime_ns, stat.st_size, opened_with)
    with _lock:
        found = _cache.get(key)
        if found is None:
            found = _cache[key] = load()
        return found


def _new_certificate(seller: SellerName, now: datetime) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, (seller.country or "FR")[:2]),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, seller.legal_name[:64] or "Relance"),
                  x509.NameAttribute(NameOID.COMMON_NAME, (seller.legal_name or "Relance")[:64])]
    if seller.email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, seller.email[:128]))
    name = x509.Name(attributes)
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _encryption(passphrase: bytes) -> serialization.KeySerializationEncryption:
    return (serialization.PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(200_000)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
            .build(passphrase))


def create_self_managed(data_dir: Path, store: SecretStore, seller: SellerName, *, now: datetime | None = None) -> Path:
    """Make the self-managed key and certificate (the passphrase to the keyring first, then the file).

    Raises:
        SealKeyError: a key file is already there, or the keyring cannot keep the passphrase.
    """
    path = key_path(data_dir)
    if path.exists():
        raise SealKeyError("a sealing key already exists; it is reused, never replaced")
    if not store.available:
        raise SealKeyError("no system keyring is available to keep the sealing key's passphrase")
    passphrase = random.token_urlsafe(32)
    key, cert = _new_certificate(seller, now or datetime.now(UTC))
    data = pkcs12.serialize_key_and_certificates(b"Relance seal", key, cert, None, _encryption(passphrase.encode()))
    store.set(SecretName.SEAL_KEY_PASSPHRASE, passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)
    return path


class _KeptKeySigner(SimpleSigner):
    """pyHanko's signer, keeping the key object it was given.

    ``SimpleSigner`` parses the private key again for every raw signature, twice per seal (the size estimate,
    then the signature); ``cryptography`` checks an RSA key on every parse (about 120 ms for 3072 bits), which
    was most of a seal's time. The key is parsed once, when the file is opened.
    """

    def __init__(self, private_key: PrivateKeyTypes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algo = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._private_key, rsa.RSAPrivateKey):
            return self._private_key.sign(data, PKCS1v15(), hash_algo)
        if mechanism == "ecdsa" and isinstance(self._private_key, ec.EllipticCurvePrivateKey):
            return self._private_key.sign(data, ec.ECDSA(hash_algo))
        return super().sign_raw(data, digest_algorithm)


def _load(data: bytes, passphrase: str | None, *, self_managed: bool, what: str) -> SealingKey:
    try:
        private_key, cert, others = pkcs12.load_key_and_certificates(
            data, passphrase.encode() if passphrase is not None else None)
    except (ValueError, TypeError):
        raise SealKeyError(f"{what} could not be opened: wrong passphrase, or not a PKCS#12 file") from None
    if private_key is None or cert is None:
        raise SealKeyError(f"{what} holds no private key with its certificate")
    chain = [translate_pyca_cryptography_cert_to_asn1(c) for c in others]
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register_multiple(chain)
    signing_cert = translate_pyca_cryptography_cert_to_asn1(cert)
    signer = _KeptKeySigner(private_key, signing_key=translate_pyca_cryptography_key_to_asn1(private_key),
                            signing_cert=signing_cert, cert_registry=registry)
    roots = (signing_cert,) if self_managed else tuple(c for c in chain if c.self_signed)
    return SealingKey(signer, roots, self_managed)


def self_managed_key(data_dir: Path, store: SecretStore, seller: SellerName, *,
                     now: datetime | None = None) -> SealingKey:
    """The self-managed sealing key, made at first use and reused after.

    Raises:
        SealKeyError: the keyring is unusable, or lost the passphrase of the existing key file.
    """
    path = key_path(data_dir)
    if not path.exists():
        create_self_managed(data_dir, store, seller, now=now)
    passphrase = store.get(SecretName.SEAL_KEY_PASSPHRASE)
    if passphrase is None:
        raise SealKeyError("the sealing key's passphrase is not in the keyring: restore the keyring, or move the "
                           f"key file ({path.name}) aside to make a new self-managed certificate")
    return _cached(path, passphrase, "own", lambda: _load(path.read_bytes(), passphrase, self_managed=True,
                                       what="the self-managed sealing key"))


def seller_key(path: Path, store: SecretStore) -> SealingKey:
    """The seller's own PKCS#12 certificate (its passphrase from the keyring; none when it has none).

    Raises:
        SealKeyError: the file is missing or cannot be opened with the stored passphrase.
    """
    if not path.is_file():
        raise SealKeyError(f"the seller's certificate file is not found ({path.name})")
    passphrase = store.get(SecretName.SEAL_PKCS12_PASSPHRASE)
    return _cached(path, passphrase, "seller", lambda: _load(path.read_bytes(), passphrase, self_managed=False,
                                       what="the seller's certificate"))


def ephemeral_key(common_name: str = "Relance self-check") -> SealingKey:
    """A throwaway key and certificate held in memory only (``relance check`` seals with it: no file, no keyring)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=1))
            .not_valid_after(now + timedelta(days=1)).sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(b"check", key, cert, None, serialization.NoEncryption())
    return _load(data, None, self_managed=True, what="the self-check key")


def describe_pkcs12(path: Path, passphrase: str | None) -> tuple[str, datetime]:
    """Open a PKCS#12 file as the settings page checks it: the certificate holder's name and its end of validity.

    Raises:
        SealKeyError: the file is missing or cannot be opened with ``passphrase`` (never echoed).
    """
    if not path.is_file():
        raise SealKeyError(f"the seller's certificate file is not found ({path.name})")
    key = _load(path.read_bytes(), passphrase, self_managed=False, what="the seller's certificate")
    cert = key.signer.signing_cert
    if cert is None:
        raise SealKeyError("the seller's certificate holds no certificate")
    subject = cert.subject.native
    holder = subject.get("organization_name") or subject.get("common_name") or cert.subject.human_friendly
    return str(holder), cert.not_valid_after


def sealing_key(data_dir: Path, store: SecretStore, seller: SellerName, pkcs12_path: str = "") -> SealingKey:
    """The key the settings choose: the seller's PKCS#12 when ``pkcs12_path`` is set, else the self-managed one."""
    if pkcs12_path:
        return seller_key(Path(pkcs12_path), store)
    return self_managed_key(data_dir, store, seller)


def own_certificate(data_dir: Path, store: SecretStore) -> asn1_x509.Certificate | None:
    """The self-managed certificate when one was made (what the verifier trusts as this seller's), else None."""
    path = key_path(data_dir)
    passphrase = store.get(SecretName.SEAL_KEY_PASSPHRASE) if path.exists() else None
    if passphrase is None:
        return None
    try:
        loaded = _cached(path, passphrase, "own", lambda: _load(path.read_bytes(), passphrase, self_managed=True,
                                             what="the self-managed sealing key"))
    except SealKeyError:
        return None
    return loaded.signer.signing_cert
