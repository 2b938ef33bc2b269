"""The quote email read by SpamAssassin's own rules (Debian's spamassassin, offline: -L), the score printed.

An untracked quote email (every contact who has not said yes to tracking: the CNIL's rule) scores well under
1.0 and fires no list rule. A tracked one carries the open pixel, an ``<img>``: SpamAssassin's HTML_IMAGE_ONLY_*
rules fire on any HTML part with an image and under 3,200 bytes of words (1.4 to 2.8 points by length, score
set 0), so a short personal email with a pixel cannot go under 1.0 on these rules without dropping the pixel or
padding the message. It also carries the hidden honeypot link (#18: about 130 bytes of markup, no text), which
takes this quote's HTML past 1,200 bytes: HTML_IMAGE_ONLY_16 (2.0) instead of _12 (1.4). It is bounded there, and
nothing else may fire (no hidden-text or tiny-font rule: the honeypot holds no text).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import TrackingPolicy
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email
from tests.integration.conftest import PDF, SENDER, FakeClock, add_quote

TRACKER = "https://t.relance.example"
BOUND = {"untracked": 1.0, "tracked": 2.1}
#: What a tracked quote email may fire: the pixel's image rules and the harmless structure ones.
TRACKED_RULES = {"HTML_IMAGE_ONLY_12", "HTML_IMAGE_ONLY_16", "HTML_MESSAGE", "NO_RECEIVED", "NO_RELAYS",
                 "T_REMOTE_IMAGE"}


def _spamassassin() -> str:
    found = shutil.which("spamassassin")
    if found is None:
        message = "spamassassin (Debian's package) is missing: make system-deps"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _score(raw: bytes) -> tuple[float, str]:
    """SpamAssassin's score of ``raw`` and the rules that fired, offline (no DNS, no network tests)."""
    result = subprocess.run([_spamassassin(), "-L", "--cf", "use_bayes 0"], input=raw, capture_output=True,
                            timeout=120, check=True)
    status = re.search(rb"^X-Spam-Status: (\w+), score=(-?[\d.]+) required=[\d.]+ tests=([^\n]*(?:\n\t[^\n]*)*)",
                       result.stdout, re.MULTILINE)
    assert status is not None, result.stdout[:2000]
    return float(status.group(2)), re.sub(rb"\s+", b"", status.group(3)).decode()


@pytest.mark.parametrize("consent", [True, None], ids=["tracked", "untracked"])
def test_a_quote_email_scores_well_under_one(sessions: sessionmaker[Session], clock: FakeClock,
                                             consent: bool | None) -> None:
    quote_id = add_quote(sessions, consent=consent)
    with sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT,
                                  tracker_url=TRACKER)
        built = build_quote_email(draft, SENDER, clock())
    assert (b"/o/" in built.raw) is bool(consent)  # the pixel is there only with the contact's yes
    score, rules = _score(built.raw)
    print(f"spamassassin score {score} ({rules})")  # the figure, kept in the test log
    assert score < BOUND["tracked" if consent else "untracked"], rules
    assert "LIST_PARTIAL" not in rules and "HTML_SHORT" not in rules
    fired = set(rules.split("autolearn=")[0].split(","))
    if consent:
        assert fired <= TRACKED_RULES, fired
    else:
        assert not any(rule.startswith("HTML_IMAGE") for rule in fired), fired
