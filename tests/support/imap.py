"""A real IMAP server for the tests: Debian's Dovecot on loopback with a throwaway configuration.

Started as root (it drops to its own users), listening on 127.0.0.1 on a free port, plaintext login allowed
(loopback only), one passwd-file user, maildir in a temporary folder. In CI (``CI=true``) a missing
``dovecot`` fails the test instead of skipping it.

:func:`start_dovecot` takes more configuration: the ``oauth2`` passdb (XOAUTH2 and OAUTHBEARER checked against
the tests' authorization server's signing keys, :func:`oauth2_config`), a Sent folder marked ``\\Sent``
(RFC 6154) or only named, a quota per user read from the passwd file (rewritten while it runs: Dovecot reads
the file again when it changes).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.servers import free_port

USER, PASSWORD = "vendeur@relance.test", "mot-de-passe-imap"
#: A second mailbox whose password LOGIN cannot carry (an accent): logged in with AUTHENTICATE PLAIN.
ACCENTED_USER, ACCENTED_PASSWORD = "artisan@relance.test", "clé-été-çà"


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    user: str
    password: str
    root: Path = field(default=Path(), compare=False)

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(why: str) -> None:
    if _in_ci():
        pytest.fail(f"{why}: run `make system-deps` (dovecot-imapd)")
    pytest.skip(why)


def _config(root: Path, port: int, uid: int, gid: int, extra: str = "", passdb: str | None = None) -> str:
    passdbs = passdb if passdb is not None else f"""
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}"""
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login oauthbearer xoauth2
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{root}/mail/%n
{passdbs}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={uid} gid={gid} home={root}/home/%n
}}
{extra}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


def passwd_line(user: str, password: str, quota: str = "") -> str:
    """A passwd-file line: the user, its plain password, and a quota rule (``*:storage=1K``) if any."""
    return f"{user}:{{PLAIN}}{password}::::::" + (f"userdb_quota_rule={quota}" if quota else "")


def oauth2_config(root: Path, issuer: str, jwks: dict[str, object]) -> tuple[str, str]:
    """The ``oauth2`` passdb checking bearer tokens locally against ``jwks`` (Dovecot's JWT validation), and the
    passwd-file passdb for passwords: the ``passdb`` blocks for :func:`start_dovecot`."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from jwt.algorithms import RSAAlgorithm

    keys = root / "keys"
    for jwk in jwks["keys"]:  # type: ignore[attr-defined]
        folder = keys / "default" / jwk["alg"]
        folder.mkdir(parents=True, exist_ok=True)
        public = RSAAlgorithm.from_jwk(jwk).public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)  # type: ignore[union-attr]
        (folder / jwk["kid"]).write_bytes(public)
    for path in [keys, *keys.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (root / "oauth2.conf").write_text(f"""introspection_mode = local
local_validation_key_dict = fs:posix:prefix={keys}/
issuers = {issuer}
username_attribute = email
""", encoding="utf-8")
    return "", f"""
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/passwd
}}"""


SPECIAL_USE_SENT = r"""
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \Sent
    auto = create
  }
  mailbox Drafts {
    special_use = \Drafts
    auto = create
  }
}
"""
#: A Sent folder found by its French name only (no special-use attribute).
NAMED_SENT = """
namespace inbox {
  inbox = yes
  separator = /
  mailbox "Envoyés" {
    auto = create
  }
}
"""


@contextmanager
def start_dovecot(*, users: tuple[str, ...] | None = None, extra: str = "", passdb: str | None = None,
                  prepare: object = None) -> Iterator[ImapServer]:
    """A running Dovecot with empty mailboxes.

    Args:
        users: passwd-file lines (:func:`passwd_line`); the default is the two users of :func:`imap_server`.
        extra: More configuration (a namespace, the quota plugin).
        passdb: The passdb blocks instead of the passwd-file one (:func:`oauth2_config`).
        prepare: Called with the configuration folder before the start, returning ``(extra, passdb)`` to add.
    """
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        _unavailable("Dovecot is not installed")
    if os.geteuid() != 0:
        _unavailable("Dovecot needs root to start with a throwaway configuration")
    try:
        mail_user = pwd.getpwnam("dovecot")
    except KeyError:
        _unavailable("the dovecot system user is missing")
    root = Path(tempfile.mkdtemp(prefix="relance-imap-"))
    root.chmod(0o755)
    for sub in ("run", "state", "mail", "home"):
        (root / sub).mkdir()
    for sub in ("mail", "home"):
        os.chown(root / sub, mail_user.pw_uid, mail_user.pw_gid)
    lines = users if users is not None else (passwd_line(USER, PASSWORD), passwd_line(ACCENTED_USER, ACCENTED_PASSWORD))
    (root / "passwd").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if callable(prepare):
        more_extra, passdb = prepare(root)
        extra += more_extra
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_config(root, port, mail_user.pw_uid, mail_user.pw_gid, extra, passdb), encoding="utf-8")
    process = subprocess.Popen([str(binary), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (root / "dovecot.log").read_text(errors="replace") if (root / "dovecot.log").exists() else ""
                    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    _unavailable(f"Dovecot did not start: {err} {log}"[:2000])
                time.sleep(0.05)
        yield ImapServer("127.0.0.1", port, USER, PASSWORD, root)
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        if process.stderr is not None:
            process.stderr.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_server() -> Iterator[ImapServer]:
    """A running Dovecot with one empty mailbox."""
    with start_dovecot() as server:
        yield server
