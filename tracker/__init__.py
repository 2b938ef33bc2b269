"""Relance tracker: the small hosted callback service (pixel, links, online quote, acceptance, feed).

Stands alone: imports nothing from ``desktop`` and nothing from Qt.

- :func:`tracker.app.create_app` builds the Starlette app from a :class:`tracker.config.TrackerConfig`.
- :func:`tracker.embedded.start_in_thread` runs it on 127.0.0.1 inside the desktop process.
- :mod:`tracker.cli` is the ``relance-tracker`` command (``serve``, ``create-key``, ``purge``).
- :mod:`tracker.events` documents the event JSON the desktop reads from ``GET /api/v1/events``.

The pixel always answers the GIF, even when a rate limit refuses to record the hit; every other public
endpoint and the API answer 429 when limited.
"""
