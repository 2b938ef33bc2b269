"""Human / machine / unknown verdicts for tracking events, with the reasons that led to them.

Signals, strongest first: a ``HEAD`` request; a hidden honeypot link; a known scanner or prefetcher by
published network or by user agent (the catalogue in ``catalogue.json``, with its sources); a hit
within the configured window after the registered delivery time; several links of one message clicked
within a short burst. Explicit actions (a typed acceptance, an unsubscribe request) are human whatever the
other signals say: they are posts no scanner makes (the acceptance carries a signed form token, a typed name
and a ticked box), and the seller must hear of them. Known open-time proxies (Gmail, Yahoo) count as
human; a browser or mail-client user agent with no machine signal counts as human; anything else is
unknown. Reasons are short stable slugs such as ``"head-request"``,
``"agent:mimecast"``, ``"network:microsoft-eop"``, ``"within-delivery-window"``, ``"click-burst"``.
"""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

Verdict = Literal["human", "machine", "unknown"]
EVENT_KINDS = ("open", "click", "view", "accept", "unsubscribe")
EXPLICIT_KINDS = frozenset({"accept", "unsubscribe"})
"""Kinds that are a person's explicit act (a posted acceptance form, a one-click unsubscribe): always human."""

_BROWSER = re.compile(r"Mozilla/5\.0 \(.+\).*(Gecko|AppleWebKit|Trident)|Outlook|Thunderbird|Mail/\d", re.I)


@dataclass(frozen=True, slots=True)
class Rule:
    """One catalogue entry.

    Attributes:
        name: Stable name, used in reasons (``agent:<name>`` or ``network:<name>``).
        verdict: What a match means.
        kinds: Event kinds the rule applies to (empty: all).
        overrides_timing: The agent fetches only when a person opens the mail.
        source: Key of the source the entry comes from.
    """

    name: str
    verdict: Verdict
    kinds: frozenset[str]
    overrides_timing: bool
    source: str


@dataclass(frozen=True, slots=True)
class Classification:
    """A verdict and its reasons.

    Attributes:
        verdict: ``"human"``, ``"machine"`` or ``"unknown"``.
        reasons: Slugs explaining the verdict, strongest first.
    """

    verdict: Verdict
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HitFacts:
    """What is known about one hit when it is classified (never a full IP address).

    Attributes:
        kind: Event kind.
        method: HTTP method.
        user_agent: The User-Agent header ('' if absent).
        network: Truncated client network (CIDR) or None.
        ts_us: Time of the hit, epoch microseconds.
        delivered_at_us: Registered delivery time of the message, or None.
        honeypot: The clicked link is the message's hidden honeypot link.
    """

    kind: str
    method: str
    user_agent: str
    network: str | None
    ts_us: int
    delivered_at_us: int | None
    honeypot: bool = False


class Catalogue:
    """Agents and networks of known proxies and scanners, loaded from data.

    Args:
        data: The parsed catalogue (see ``catalogue.json``).
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.sources: dict[str, str] = dict(data["sources"])
        self._agents: list[tuple[re.Pattern[str], Rule]] = []
        self._networks: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, Rule]] = []
        for entry in data["agents"]:
            self._agents.append((re.compile(entry["pattern"], re.I), _rule(entry, self.sources)))
        for entry in data["networks"]:
            self._networks.append((ipaddress.ip_network(entry["cidr"]), _rule(entry, self.sources)))
        self.match_agent = lru_cache(maxsize=4096)(self._match_agent)
        self.match_network = lru_cache(maxsize=4096)(self._match_network)

    def _match_agent(self, user_agent: str) -> Rule | None:
        for pattern, rule in self._agents:
            if pattern.search(user_agent):
                return rule
        return None

    def _match_network(self, network: str) -> Rule | None:
        try:
            net = ipaddress.ip_network(network, strict=False)
        except ValueError:
            return None
        for known, rule in self._networks:
            if net.version == known.version and net.overlaps(known):
                return rule
        return None


def _rule(entry: dict[str, Any], sources: dict[str, str]) -> Rule:
    if entry["source"] not in sources:
        raise ValueError(f"catalogue entry {entry['name']!r} names an unknown source {entry['source']!r}")
    if entry["verdict"] not in ("human", "machine"):
        raise ValueError(f"catalogue entry {entry['name']!r} has a bad verdict")
    return Rule(
        name=str(entry["name"]),
        verdict=entry["verdict"],
        kinds=frozenset(entry.get("kinds", ())),
        overrides_timing=bool(entry.get("overrides_timing", False)),
        source=str(entry["source"]),
    )


def load_catalogue() -> Catalogue:
    """Load the catalogue shipped with the tracker.

    Returns:
        The parsed catalogue.
    """
    text = resources.files("tracker").joinpath("catalogue.json").read_text(encoding="utf-8")
    return Catalogue(json.loads(text))


def classify(facts: HitFacts, catalogue: Catalogue, delivery_window_us: int) -> Classification:
    """Classify one hit on its own (bursts of clicks are judged by :func:`judge_click_burst`).

    Args:
        facts: The hit.
        catalogue: Known agents and networks.
        delivery_window_us: Width of the window after delivery, in microseconds.

    Returns:
        The verdict and its reasons.
    """
    machine: list[str] = []
    human: list[str] = []
    if facts.method == "HEAD":
        machine.append("head-request")
    if facts.honeypot:
        machine.append("honeypot-link")
    net_rule = catalogue.match_network(facts.network) if facts.network else None
    if net_rule and (not net_rule.kinds or facts.kind in net_rule.kinds):
        (machine if net_rule.verdict == "machine" else human).append(f"network:{net_rule.name}")
    agent_rule = catalogue.match_agent(facts.user_agent) if facts.user_agent else None
    if agent_rule and agent_rule.kinds and facts.kind not in agent_rule.kinds:
        agent_rule = None
    if agent_rule:
        (machine if agent_rule.verdict == "machine" else human).append(f"agent:{agent_rule.name}")
    trusted_proxy = agent_rule is not None and agent_rule.overrides_timing
    if (
        facts.delivered_at_us is not None
        and not trusted_proxy
        and facts.kind in ("open", "click", "view")
        and 0 <= facts.ts_us - facts.delivered_at_us < delivery_window_us
    ):
        machine.append("within-delivery-window")
    if facts.kind in EXPLICIT_KINDS:  # whatever the agent or network: a scanner does not type a name and post
        return Classification("human", ("explicit-action", *human))
    if machine:
        return Classification("machine", tuple(machine))
    if human:
        return Classification("human", tuple(human))
    if not facts.user_agent:
        return Classification("unknown", ("no-user-agent",))
    if _BROWSER.search(facts.user_agent):
        return Classification("human", ("browser-or-mail-client",))
    return Classification("unknown", ("unrecognised-user-agent",))


@dataclass(frozen=True, slots=True)
class EarlierClick:
    """A click already stored for the same message, inside the burst window.

    Attributes:
        event_id: Its event id.
        link_id: The link clicked.
        verdict: Its current verdict.
    """

    event_id: str
    link_id: str
    verdict: str


def judge_click_burst(
    current: Classification, link_id: str, honeypot: bool, earlier: list[EarlierClick]
) -> tuple[Classification, list[str]]:
    """Judge a click against the earlier clicks of the same message within the burst window.

    A honeypot click marks its whole burst as machine; clicks on several different links within the
    window are machine too (a scanner follows every link, a person follows one).

    Args:
        current: The click's own classification.
        link_id: The link clicked.
        honeypot: Whether the link is the honeypot.
        earlier: Earlier clicks of the message inside the window.

    Returns:
        The click's final classification and the ids of earlier events now judged machine.
    """
    others = [c for c in earlier if c.link_id != link_id]
    if honeypot:
        reason = "honeypot-burst"
    elif others:
        reason = "click-burst"
    else:
        return current, []
    reclassified = [c.event_id for c in earlier if c.verdict != "machine"]
    reasons = current.reasons if current.verdict == "machine" else ()
    if reason not in reasons:
        reasons = (*reasons, reason)
    return Classification("machine", reasons), reclassified
