"""A real DNS server on loopback answering MX queries (dnslib's server over UDP), for the provider guess."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from dnslib import MX, QTYPE, RR, DNSRecord
from dnslib.server import BaseResolver, DNSServer

from desktop.services.mail.providers import mx_hosts
from tests.support.servers import free_port


class _Zone(BaseResolver):  # type: ignore[misc]
    def __init__(self, records: Mapping[str, Sequence[tuple[int, str]]]) -> None:
        self.records = {name.rstrip(".").lower(): list(found) for name, found in records.items()}

    def resolve(self, request: DNSRecord, handler: Any) -> DNSRecord:
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        if request.q.qtype == QTYPE.MX and name in self.records:
            for preference, host in self.records[name]:
                reply.add_answer(RR(request.q.qname, QTYPE.MX, ttl=60, rdata=MX(host, preference)))
        else:
            reply.header.rcode = 3  # NXDOMAIN
        return reply


@contextmanager
def mx_server(records: Mapping[str, Sequence[tuple[int, str]]]) -> Iterator[Any]:
    """Serve ``{domain: [(preference, host)...]}``; yields the resolver to give ``provider_for``."""
    port = free_port()
    server = DNSServer(_Zone(records), port=port, address="127.0.0.1")
    server.start_thread()
    try:
        yield partial(mx_hosts, nameservers=["127.0.0.1"], port=port, timeout=3.0)
    finally:
        server.stop()
        server.server.server_close()
