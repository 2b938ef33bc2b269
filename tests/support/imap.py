"""A real IMAP server for the tests: Debian's Dovecot on loopback with a throwaway configuration.

Started as root (it drops to its own users), listening on 127.0.0.1 on a free port, plaintext login allowed
(loopback only), one passwd-file user, maildir in a temporary folder. In CI (``CI=true``) a missing
``dovecot`` fails the test instead of skipping it.
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
from dataclasses import dataclass
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


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(why: str) -> None:
    if _in_ci():
        pytest.fail(f"{why}: run `make system-deps` (dovecot-imapd)")
    pytest.skip(why)


def _config(root: Path, port: int, uid: int, gid: int) -> str:
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_location = maildir:{root}/mail/%n
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%n
}}
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


@pytest.fixture
def imap_server() -> Iterator[ImapServer]:
    """A running Dovecot with one empty mailbox."""
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
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n{ACCENTED_USER}:{{PLAIN}}{ACCENTED_PASSWORD}\n",
                                 encoding="utf-8")
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_config(root, port, mail_user.pw_uid, mail_user.pw_gid), encoding="utf-8")
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
        yield ImapServer("127.0.0.1", port, USER, PASSWORD)
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
