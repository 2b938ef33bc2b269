"""Tracking: the tracker's HTTP client, event ingestion into the database, and the feed poller."""
