"""Run the tracker inside the desktop process, on 127.0.0.1, in a background thread.

Usage from the desktop (no hosted tracker configured)::

    handle = start_in_thread("sqlite:////path/to/tracker.db", api_key=key_from_keyring)
    handle.url       # "http://127.0.0.1:53817"
    handle.api_key   # the bearer key (minted if none was given: store it in the keyring)
    handle.stop()    # flush pending events and stop
"""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from dataclasses import dataclass

import uvicorn

from tracker.app import create_app
from tracker.config import TrackerConfig
from tracker.keys import register_key
from tracker.limits import server_options
from tracker.notify import FeedNotifier


@dataclass
class EmbeddedTracker:
    """A tracker served by uvicorn in a background thread.

    Attributes:
        url: Base URL, e.g. ``http://127.0.0.1:53817``.
        api_key: Bearer key valid for this tracker's API.
    """

    url: str
    api_key: str
    _server: uvicorn.Server
    _thread: threading.Thread
    _notifier: FeedNotifier | None = None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, write what is queued and wait for the thread to end.

        Args:
            timeout: Seconds to wait for the thread.
        """
        if self._notifier is not None:
            self._notifier.close()  # open long-polls answer now instead of holding the shutdown for seconds
        self._server.should_exit = True
        self._thread.join(timeout)


def start_in_thread(
    database_url: str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    api_key: str | None = None,
    config: TrackerConfig | None = None,
    startup_timeout: float = 15.0,
) -> EmbeddedTracker:
    """Start the tracker in a daemon thread and return once it accepts connections.

    Args:
        database_url: SQLAlchemy URL of the tracker database (a SQLite file by default).
        host: Address to bind (keep the loopback for the embedded tracker).
        port: TCP port; 0 picks a free one.
        api_key: Key to accept (e.g. from the keyring); None mints a new one.
        config: Other settings (clock, limits); its ``database_url`` is replaced.
        startup_timeout: Seconds to wait for the server to start.

    Returns:
        The handle with the URL, the API key and ``stop()``.

    Raises:
        RuntimeError: If the server did not start in time.
    """
    settings = dataclasses.replace(config or TrackerConfig(), database_url=database_url)
    app = create_app(settings)
    key = register_key(app.state.tracker, api_key, label="embedded")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, loop="asyncio",
                                           lifespan="on", timeout_graceful_shutdown=2, **server_options()))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="tracker-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the embedded tracker did not start")
        time.sleep(0.01)
    shown_host = f"[{host}]" if ":" in host else host
    return EmbeddedTracker(url=f"http://{shown_host}:{bound_port}", api_key=key, _server=server, _thread=thread,
                           _notifier=app.state.tracker.notifier)
