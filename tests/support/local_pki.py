"""A local certification authority and RFC 3161 timestamping authority, served over HTTP on loopback.

Certomancer (from pyHanko's author, the same ecosystem) builds the PKI from a configuration: a root CA that
publishes a CRL, a timestamping authority's certificate (issued by the root, with the root's CRL as its
distribution point) and a seller's certificate (for "the seller's own PKCS#12"). Its Animator, a WSGI app, serves
the TSA and the CRLs; werkzeug serves it on 127.0.0.1 on a free port, so a seal really asks a timestamping
authority over HTTP and really fetches revocation lists, without ever leaving the machine. Keys are made fresh
(EC P-256: instant) in the given folder.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from werkzeug.serving import make_server

ARCH = "relance"
SELLER_PASSPHRASE = "mot-de-passe-du-certificat"


@dataclass(frozen=True)
class LocalPki:
    """The running authority: its URLs and what a test needs of it."""

    base_url: str
    tsa_url: str
    root: asn1_x509.Certificate
    root_pem: bytes
    seller_pkcs12: bytes
    requests: list[str]  # the paths asked, in order (to see that the TSA and the CRL were really used)


def _config(prefix: str) -> dict[str, Any]:
    validity = {"valid-from": "2020-01-01T00:00:00+0000", "valid-to": "2100-01-01T00:00:00+0000"}
    crl_dist = {"id": "crl_distribution_points", "smart-value": {"schema": "crl-dist-url",
                                                                 "params": {"crl-repo-names": ["root"]}}}
    return {
        "external-url-prefix": prefix,
        "keysets": {"relance-test": {"path-prefix": "keys", "keys": {
            "root": {"path": "root.key.pem"}, "tsa": {"path": "tsa.key.pem"}, "seller": {"path": "seller.key.pem"}}}},
        "pki-architectures": {ARCH: {
            "keyset": "relance-test",
            "entity-defaults": {"country-name": "FR", "organization-name": "Autorité de test Relance"},
            "entities": {"root": {"common-name": "Relance Test Root CA"},
                         "tsa": {"common-name": "Relance Test TSA"},
                         "seller": {"common-name": "Atelier Lumière SARL", "organization-name": "Atelier Lumière",
                                    "email-address": "contact@atelier-lumiere.fr"}},
            "certs": {
                "root": {"subject": "root", "issuer": "root", "validity": validity,
                         "profiles": [{"id": "simple-ca", "params": {"crl-repo": "root"}}]},
                "tsa": {"issuer": "root", "validity": validity, "extensions": [
                    {"id": "key_usage", "critical": True,
                     "smart-value": {"schema": "key-usage", "params": ["digital_signature"]}},
                    {"id": "extended_key_usage", "critical": True, "value": ["time_stamping"]}, crl_dist]},
                "seller": {"issuer": "root", "validity": validity, "profiles": ["digsig-commitment"]},
            },
            "services": {
                "crl-repo": {"root": {"for-issuer": "root", "signing-key": "root",
                                      "simulated-update-schedule": "P90D"}},
                "time-stamping": {"tsa": {"signing-key": "tsa", "signing-cert": "tsa"}},
            },
        }},
    }


def _write_keys(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("root", "tsa", "seller"):
        key = ec.generate_private_key(ec.SECP256R1())
        (folder / f"{name}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))


@contextmanager
def local_pki(folder: Path) -> Iterator[LocalPki]:
    """Start the authority on loopback for the ``with`` block."""
    from certomancer.integrations.animator import Animator, AnimatorArchStore
    from certomancer.registry import CertomancerConfig

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request lines in the test output
    _write_keys(folder / "keys")
    asked: list[str] = []

    def placeholder(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("503 Service Unavailable", [])
        return [b""]

    server = make_server("127.0.0.1", 0, placeholder, threaded=True)
    prefix = f"http://127.0.0.1:{server.server_port}"
    (folder / "certomancer.yml").write_text(yaml.safe_dump(_config(prefix), allow_unicode=True), encoding="utf-8")
    config = CertomancerConfig.from_file(str(folder / "certomancer.yml"), key_search_dir=str(folder))
    animator = Animator(AnimatorArchStore(config.pki_archs), with_web_ui=False)

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        asked.append(environ.get("PATH_INFO", ""))
        return animator(environ, start_response)

    server.app = app
    thread = threading.Thread(target=server.serve_forever, name="local-pki", daemon=True)
    thread.start()
    arch = config.get_pki_arch(ARCH)  # type: ignore[arg-type]
    root = arch.get_cert("root")  # type: ignore[arg-type]
    try:
        yield LocalPki(base_url=prefix, tsa_url=f"{prefix}/{ARCH}/tsa/tsa", root=root,
                       root_pem=b"-----BEGIN CERTIFICATE-----\n" + _b64(root.dump()) + b"-----END CERTIFICATE-----\n",
                       seller_pkcs12=arch.package_pkcs12("seller", certs_to_embed=["root"],  # type: ignore[list-item]
                                                         password=SELLER_PASSPHRASE.encode()),
                       requests=asked)
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


def _b64(data: bytes) -> bytes:
    import base64

    return base64.encodebytes(data)
