"""Which tracker addresses a prospect can reach, and which addresses messages may carry."""

from __future__ import annotations

import pytest

from desktop.services.tracking.reach import message_links, public_tracker_problem


@pytest.mark.parametrize("url", [
    "https://suivi.atelier-lumiere.fr",
    "https://suivi.atelier-lumiere.fr/",
    "https://t.example.com:8443/relance",
    "https://193.252.117.10",
    "https://[2a01:e0a:1::1]",
    "https://suivi.société.fr",
    "HTTPS://SUIVI.EXEMPLE.FR",
])
def test_a_public_https_address_is_reachable(url: str) -> None:
    assert public_tracker_problem(url) is None


@pytest.mark.parametrize(("url", "key"), [
    ("http://suivi.atelier-lumiere.fr", "tracker_https"),
    ("ftp://suivi.atelier-lumiere.fr", "tracker_https"),
    ("suivi.atelier-lumiere.fr", "tracker_https"),
    ("", "tracker_https"),
    ("https://user:secret@suivi.atelier-lumiere.fr", "tracker_userinfo"),
    ("https://user@suivi.atelier-lumiere.fr", "tracker_userinfo"),
    ("https://", "tracker_host"),
    ("https://suivi.exemple.fr:99999", "tracker_host"),
    ("https://suivi.exemple.fr:port", "tracker_host"),
    ("https://suivi.exemple.fr/?a=1", "tracker_query"),
    ("https://suivi.exemple.fr/#x", "tracker_query"),
    ("https://127.0.0.1:47815", "tracker_local"),
    ("https://127.8.9.10", "tracker_local"),
    ("https://localhost", "tracker_local"),
    ("https://LOCALHOST.", "tracker_local"),
    ("https://relance.localhost", "tracker_local"),
    ("https://[::1]:8000", "tracker_local"),
    ("https://10.0.0.5", "tracker_local"),
    ("https://172.16.3.4", "tracker_local"),
    ("https://192.168.1.20", "tracker_local"),
    ("https://169.254.169.254", "tracker_local"),
    ("https://[fe80::1]", "tracker_local"),
    ("https://[fd00::5]", "tracker_local"),
    ("https://100.64.0.1", "tracker_local"),
    ("https://0.0.0.0", "tracker_local"),
    ("https://serveur", "tracker_local"),
    ("https://nas.local", "tracker_local"),
    ("https://crm.internal", "tracker_local"),
    ("https://box.lan", "tracker_local"),
])
def test_an_address_no_prospect_can_open_says_why(url: str, key: str) -> None:
    problem = public_tracker_problem(url)
    assert problem is not None and problem.key == key, (url, problem)


def test_the_local_outbox_folder_keeps_every_link_for_the_demo() -> None:
    links = message_links("http://127.0.0.1:47815/", embedded=True, local_mail=True)
    assert (links.url, links.problem) == ("http://127.0.0.1:47815", None)


def test_real_mail_never_carries_the_embedded_trackers_links() -> None:
    links = message_links("http://127.0.0.1:47815", embedded=True, local_mail=False)
    assert links.url is None and links.problem is not None and links.problem.key == "tracker_embedded"


def test_real_mail_carries_a_hosted_tracker_only_when_public_and_https() -> None:
    assert message_links("https://suivi.exemple.fr/", embedded=False, local_mail=False).url == "https://suivi.exemple.fr"
    refused = message_links("http://suivi.exemple.fr", embedded=False, local_mail=False)
    assert refused.url is None and refused.problem is not None and refused.problem.key == "tracker_https"
    lan = message_links("https://192.168.1.20", embedded=False, local_mail=False)
    assert lan.url is None and lan.problem is not None and lan.problem.key == "tracker_local"
