"""The scored verdict of a hit: evidence with weights, a probability, human / machine / uncertain, ranked reasons.

Each signal adds evidence, a weight in log-odds toward "machine" (positive) or "a person" (negative), read from
the catalogue where every weight names its public source: the HTTP method, the honeypot link, the user agent,
the network (published scanner ranges, or the organisation that announces it, by autonomous system), the time
since delivery as a curve (strong at once, fading over minutes; a little evidence of a person as hours pass;
weakened by the class's ``timing_factor`` where scanners do not run, a reader's home or mobile network),
the shape of a burst, the consistency with the message's other hits (the same client again much later, the
network of a machine hit), and a view or an acceptance that follows. ``P(machine) = 1 / (1 + e^-sum)``.

The verdict is ``machine`` when ``P(machine) >= thresholds.machine``, ``human`` when ``P(person) >=
thresholds.human``, and ``unknown`` (uncertain) otherwise: nothing is human by default, a hit must earn it, and
no single weak signal (a vendor's network, which is also where browser isolation sends a person's own click)
decides alone. Explicit acts (a typed acceptance, an unsubscribe) are human whatever the rest says.

:func:`judge_message` judges every hit of a message in the light of all the others, so that a verdict can change
when later evidence arrives (a burst completes, the same client opens again an hour later, the online quote is
viewed); the writer stores the change and publishes it in the feed. Pure functions: no I/O, no clock.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tracker.asn import AsnTable

Verdict = Literal["human", "machine", "unknown"]
EXPLICIT_KINDS = frozenset({"accept", "unsubscribe"})
#: Answers posted through a page's form with its token: evidence of a person, which a machine agent outweighs.
FORM_KINDS = frozenset({"consent", "withdraw"})
TIMED_KINDS = frozenset({"open", "click", "view"})
US = 1_000_000


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal's contribution.

    Attributes:
        slug: Stable reason slug (``agent:mimecast``, ``asn:microsoft``, ``delivery-timing``...).
        weight: Log-odds toward machine (negative: toward a person).
    """

    slug: str
    weight: float


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict with its probability and reasons.

    Attributes:
        verdict: ``human``, ``machine`` or ``unknown`` (uncertain).
        probability: Probability that a person made the hit, 0..1.
        reasons: Slugs, the strongest toward the verdict first.
    """

    verdict: Verdict
    probability: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """What the judgement knows of one hit (never a full IP address).

    Attributes:
        kind: Event kind.
        ts_us: Time of the hit, epoch microseconds.
        method: HTTP method.
        user_agent: The User-Agent header ('' if absent).
        network: Truncated client network (CIDR) or None.
        link_id: The link clicked, for clicks.
        honeypot: The link is the message's hidden honeypot link.
    """

    kind: str
    ts_us: int
    method: str = "GET"
    user_agent: str = ""
    network: str | None = None
    link_id: str | None = None
    honeypot: bool = False


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    weight: float
    kinds: frozenset[str]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


class Judge:
    """The scoring model, built from the catalogue's data and the ASN table.

    Args:
        data: The parsed catalogue (``catalogue.json``).
        asn: Address ranges by autonomous system.
        timing_scale: Multiplies the time constants of the delivery-timing curve (tests compress time).
        burst_seconds: Width of a click burst (the tracker's setting), else the catalogue's.

    Raises:
        ValueError: When an entry names an unknown source or class.
    """

    def __init__(self, data: dict[str, Any], asn: AsnTable, *, timing_scale: float = 1.0,
                 burst_seconds: float | None = None) -> None:
        self.sources: dict[str, str] = dict(data["sources"])
        self.asn = asn
        signals: dict[str, dict[str, Any]] = data["signals"]
        for name, entry in [*signals.items(), *data["classes"].items()]:
            self._check_source(name, entry)
            if "timing_factor" in entry and entry.get("timing_factor_source") not in self.sources:
                raise ValueError(f"catalogue entry {name!r}: its timing_factor names no known source")
        self.w = {name: float(entry["weight"]) for name, entry in signals.items()}
        self.early_tau_us = float(signals["delivery-timing"]["tau_seconds"]) * timing_scale * US
        self.late_tau_us = float(signals["read-later"]["tau_seconds"]) * timing_scale * US
        burst = burst_seconds if burst_seconds is not None else float(signals["click-burst"]["window_seconds"])
        self.burst_us = burst * US
        self.honeypot_burst_us = float(signals["honeypot-burst"]["window_seconds"]) * US
        self.machine_net_us = float(signals["same-network-as-machine"]["window_seconds"]) * US
        self.again_gap_us = float(signals["same-client-again"]["min_gap_seconds"]) * US
        self.view_gap_us = float(signals["followed-by-view"]["min_gap_seconds"]) * US
        self.isolation_after_us = float(signals["isolated-browsing"]["min_after_seconds"]) * US
        self._isolation = {f"asn:{org['name']}" for org in data["organisations"] if org["class"] == "isolation"}
        self.machine_logit = _logit(float(data["thresholds"]["machine"]))
        self.human_logit = -_logit(float(data["thresholds"]["human"]))
        self._machine_agents: list[tuple[re.Pattern[str], _Rule]] = []
        self._person_agents: list[tuple[re.Pattern[str], _Rule]] = []
        for entry in data["agents"]:
            self._check_source(entry["name"], entry)
            rule = _Rule(entry["name"], float(entry["weight"]), frozenset(entry.get("kinds", ())))
            group = self._machine_agents if rule.weight > 0 else self._person_agents
            group.append((re.compile(entry["pattern"], re.I), rule))
        self._networks: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, _Rule]] = []
        for entry in data["networks"]:
            self._check_source(entry["name"], entry)
            rule = _Rule(entry["name"], float(entry["weight"]), frozenset(entry.get("kinds", ())))
            self._networks.append((ipaddress.ip_network(entry["cidr"]), rule))
        self._orgs: dict[int, tuple[str, float]] = {}
        #: How much of the delivery-timing evidence a network's class keeps (a reader's home network: little).
        self._timing_factor = {f"asn:{org['name']}": float(data["classes"][org["class"]].get("timing_factor", 1.0))
                               for org in data["organisations"] if org["class"] in data["classes"]}
        for org in data["organisations"]:
            self._check_source(org["name"], org)
            if org["class"] not in data["classes"]:
                raise ValueError(f"organisation {org['name']!r} has an unknown class {org['class']!r}")
            weight = float(data["classes"][org["class"]]["weight"])
            for number in org["asns"]:
                self._orgs[int(number)] = (str(org["name"]), weight)
        self._own: dict[tuple[str, str, str, str | None, bool], tuple[Evidence, ...]] = {}

    def _check_source(self, name: str, entry: dict[str, Any]) -> None:
        if entry.get("source") not in self.sources:
            raise ValueError(f"catalogue entry {name!r} names an unknown source {entry.get('source')!r}")

    # Evidence of the hit on its own ------------------------------------------------------------
    def own_evidence(self, hit: Hit) -> tuple[Evidence, ...]:
        """The evidence a hit carries by itself (method, honeypot, agent, network), memoised."""
        key = (hit.kind, hit.method, hit.user_agent, hit.network, hit.honeypot)
        found = self._own.get(key)
        if found is None:
            found = tuple(self._own_evidence(hit))
            if len(self._own) >= 20_000:
                self._own.clear()
            self._own[key] = found
        return found

    def _own_evidence(self, hit: Hit) -> list[Evidence]:
        out: list[Evidence] = []
        if hit.method == "HEAD":
            out.append(Evidence("head-request", self.w["head-request"]))
        if hit.honeypot:
            out.append(Evidence("honeypot-link", self.w["honeypot-link"]))
        if hit.kind in FORM_KINDS:
            out.append(Evidence("answered-form", self.w["answered-form"]))
        ua = hit.user_agent
        if not ua:
            out.append(Evidence("no-user-agent", self.w["no-user-agent"]))
        else:
            matched = False
            for group in (self._machine_agents, self._person_agents):
                for pattern, rule in group:
                    if (not rule.kinds or hit.kind in rule.kinds) and pattern.search(ua):
                        out.append(Evidence(f"agent:{rule.name}", rule.weight))
                        matched = True
                        break
            if not matched:
                out.append(Evidence("unrecognised-user-agent", self.w["unrecognised-user-agent"]))
        if hit.network:
            out.extend(self._network_evidence(hit))
        return out

    def _network_evidence(self, hit: Hit) -> list[Evidence]:
        assert hit.network is not None
        try:
            net = ipaddress.ip_network(hit.network, strict=False)
        except ValueError:
            return []
        for known, rule in self._networks:
            if net.version == known.version and net.overlaps(known) and (not rule.kinds or hit.kind in rule.kinds):
                return [Evidence(f"network:{rule.name}", rule.weight)]
        asn = self.asn.asn_of(hit.network)
        org = self._orgs.get(asn) if asn is not None else None
        return [Evidence(f"asn:{org[0]}", org[1])] if org else []

    # Evidence from the message ---------------------------------------------------------------
    def _timing(self, hit: Hit, delivered_at_us: int | None) -> list[Evidence]:
        if delivered_at_us is None or hit.kind not in TIMED_KINDS:
            return []
        elapsed = max(0, hit.ts_us - delivered_at_us)
        out = []
        factor = min((self._timing_factor.get(e.slug, 1.0) for e in self.own_evidence(hit)), default=1.0)
        early = factor * self.w["delivery-timing"] * math.exp(-elapsed / self.early_tau_us)
        if early >= 0.05:
            out.append(Evidence("delivery-timing", early))
        late = self.w["read-later"] * (1.0 - math.exp(-elapsed / self.late_tau_us))
        if late <= -0.05:
            out.append(Evidence("read-later", late))
        return out

    def _own_sum(self, hit: Hit) -> float:
        return sum(e.weight for e in self.own_evidence(hit))

    def _context(self, index: int, hits: Sequence[Hit], delivered_at_us: int | None) -> list[Evidence]:
        hit = hits[index]
        others = [h for i, h in enumerate(hits) if i != index]
        out: list[Evidence] = []
        burst = False
        if not hit.honeypot and hit.kind in TIMED_KINDS and any(
                o.kind == "click" and o.honeypot and abs(o.ts_us - hit.ts_us) <= self.honeypot_burst_us
                and (hit.kind == "click" or (hit.network is not None and o.network == hit.network)) for o in others):
            # the scanner that followed the hidden link fetched the others, the pixel and the page with it
            out.append(Evidence("honeypot-burst", self.w["honeypot-burst"]))
        if hit.kind == "click":
            burst = any(o.kind == "click" and o.link_id != hit.link_id and abs(o.ts_us - hit.ts_us) <= self.burst_us
                        for o in others)
            if burst:
                out.append(Evidence("click-burst", self.w["click-burst"]))
        if (hit.kind in ("click", "view") and not burst and delivered_at_us is not None
                and hit.ts_us - delivered_at_us >= self.isolation_after_us
                and any(e.slug in self._isolation for e in self.own_evidence(hit))):
            out.append(Evidence("isolated-browsing", self.w["isolated-browsing"]))
        if hit.network and any(o.network == hit.network and abs(o.ts_us - hit.ts_us) <= self.machine_net_us
                               and self._own_sum(o) >= self.machine_logit for o in others):
            out.append(Evidence("same-network-as-machine", self.w["same-network-as-machine"]))
        if hit.kind in TIMED_KINDS and self._own_sum(hit) <= 0 and any(
                o.network == hit.network and o.user_agent == hit.user_agent and o.kind in TIMED_KINDS
                and abs(o.ts_us - hit.ts_us) >= self.again_gap_us and self._own_sum(o) <= 0 for o in others):
            out.append(Evidence("same-client-again", self.w["same-client-again"]))
        if hit.kind in ("open", "click") and any(
                o.kind == "view" and o.ts_us - hit.ts_us >= self.view_gap_us and self._own_sum(o) <= 0
                for o in others):
            out.append(Evidence("followed-by-view", self.w["followed-by-view"]))
        if hit.kind in TIMED_KINDS and any(o.kind == "accept" and o.ts_us - hit.ts_us >= self.view_gap_us
                                           for o in others):
            out.append(Evidence("followed-by-accept", self.w["followed-by-accept"]))
        return out

    # The verdict -------------------------------------------------------------------------------
    def decide(self, evidence: Sequence[Evidence], kind: str) -> Judgement:
        """Turn evidence into a verdict, its probability and its ranked reasons.

        Args:
            evidence: Every contribution.
            kind: The event kind (explicit acts are human whatever the evidence).

        Returns:
            The judgement.
        """
        total = sum(e.weight for e in evidence)
        p_machine = _sigmoid(total)
        if kind in EXPLICIT_KINDS:
            verdict: Verdict = "human"
            ranked = [Evidence("explicit-action", -99.0), *sorted(evidence, key=lambda e: e.weight)]
            return Judgement(verdict, 1.0, tuple(e.slug for e in ranked))
        if total >= self.machine_logit:
            verdict, ranked = "machine", sorted(evidence, key=lambda e: -e.weight)
        elif total <= self.human_logit:
            verdict, ranked = "human", sorted(evidence, key=lambda e: e.weight)
        else:
            verdict, ranked = "unknown", sorted(evidence, key=lambda e: -abs(e.weight))
        reasons = tuple(e.slug for e in ranked) or ("no-evidence",)
        return Judgement(verdict, round(1.0 - p_machine, 3), reasons)

    def judge_message(self, hits: Sequence[Hit], delivered_at_us: int | None) -> list[Judgement]:
        """Judge every hit of one message in the light of the others.

        Args:
            hits: The message's hits, any order (answers and acceptances included: they are evidence).
            delivered_at_us: When the mail server accepted the message, if known.

        Returns:
            One judgement per hit, in the same order.
        """
        return [self.decide([*self.own_evidence(h), *self._timing(h, delivered_at_us),
                             *self._context(i, hits, delivered_at_us)], h.kind) for i, h in enumerate(hits)]

    def judge(self, hit: Hit, delivered_at_us: int | None) -> Judgement:
        """Judge a hit on its own (no other hit of its message known)."""
        return self.judge_message([hit], delivered_at_us)[0]
