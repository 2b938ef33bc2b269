"""Creating API keys: a new key is shown once, only its SHA-256 is stored."""

from __future__ import annotations

from tracker.app import TrackerState
from tracker.commands import add_api_key
from tracker.security import hash_api_key, new_api_key
from tracker.writer import Command


def register_key(state: TrackerState, key: str | None = None, label: str = "") -> str:
    """Store the hash of an API key, minting the key if none is given; waits for the commit.

    Args:
        state: The running tracker state.
        key: A key to (re-)register, e.g. one the desktop kept in its keyring; None mints a new one.
        label: Who uses the key.

    Returns:
        The key in clear (show it once, never store it).
    """
    key = key or new_api_key()
    digest = hash_api_key(key)
    now_us = state.now_us()
    state.writer.submit(Command(lambda conn: add_api_key(conn, digest, label, now_us))).result(timeout=30)
    return key
