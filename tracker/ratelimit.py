"""In-memory token-bucket rate limiting, keyed by client address or token; nothing is stored."""

from __future__ import annotations

from tracker.config import RateLimit


class RateLimiter:
    """Token buckets for many keys, bounded in memory.

    Args:
        limit: Rate and burst of every bucket.
        max_keys: Above this many tracked keys, full (idle) buckets are forgotten.
    """

    def __init__(self, limit: RateLimit, max_keys: int = 50_000) -> None:
        self._rate = limit.per_second
        self._burst = float(limit.burst)
        self._max_keys = max_keys
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str, now: float) -> bool:
        """Take one token from the bucket of ``key``.

        Args:
            key: What is limited (an address, a token).
            now: Current time in seconds (any monotonic origin; the injected clock in practice).

        Returns:
            True if the request may proceed, False if it should get a 429.
        """
        tokens, last = self._buckets.get(key, (self._burst, now))
        tokens = min(self._burst, tokens + max(0.0, now - last) * self._rate)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return False
        if len(self._buckets) >= self._max_keys and key not in self._buckets:
            self._forget_idle(now)
        self._buckets[key] = (tokens - 1.0, now)
        return True

    def retry_after(self) -> int:
        """Return the number of seconds a refused client should wait for one token.

        Returns:
            Whole seconds, at least 1.
        """
        return max(1, int(1.0 / self._rate + 0.999)) if self._rate > 0 else 60

    def _forget_idle(self, now: float) -> None:
        full_after = self._burst / self._rate if self._rate > 0 else float("inf")
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
        if len(self._buckets) >= self._max_keys:
            self._buckets.clear()
