"""Networks by organisation: the autonomous system (AS) of an address, from a data file shipped with the tracker.

The file ``tracker/data/asn.csv.gz`` holds only the address ranges of the AS numbers the catalogue names (its
``organisations``), one ``family,first,last,asn`` line each (family 4 or 6, the range's first and last address
as hexadecimal integers), sorted, adjacent ranges of one AS merged. It is made by :mod:`tracker.asn_refresh`
from a public prefix-to-AS table and read once at start-up: no network is needed at run time.
"""

from __future__ import annotations

import gzip
import ipaddress
from bisect import bisect_right
from collections.abc import Iterable
from importlib import resources

DATA_FILE = "asn.csv.gz"


class AsnTable:
    """Address ranges and their AS numbers, searched by bisection.

    Args:
        rows: ``(family, first, last, asn)`` tuples, in any order; ranges must not overlap within a family.
    """

    def __init__(self, rows: Iterable[tuple[int, int, int, int]]) -> None:
        by_family: dict[int, list[tuple[int, int, int]]] = {4: [], 6: []}
        for family, first, last, asn in rows:
            if family not in by_family or last < first:
                raise ValueError(f"bad ASN range {family} {first:x}-{last:x}")
            by_family[family].append((first, last, asn))
        self._starts: dict[int, list[int]] = {}
        self._rest: dict[int, list[tuple[int, int]]] = {}
        for family, ranges in by_family.items():
            ranges.sort()
            self._starts[family] = [r[0] for r in ranges]
            self._rest[family] = [(r[1], r[2]) for r in ranges]

    def __len__(self) -> int:
        return sum(len(s) for s in self._starts.values())

    def asn_of(self, network: str) -> int | None:
        """The AS announcing a network's first address.

        Args:
            network: An address or a CIDR network (the tracker keeps /24 and /48 networks).

        Returns:
            The AS number, or None when the address is in no range of the table (or is not an address).
        """
        try:
            net = ipaddress.ip_network(network, strict=False)
        except ValueError:
            return None
        value = int(net.network_address)
        starts = self._starts[net.version]
        at = bisect_right(starts, value) - 1
        if at < 0:
            return None
        last, asn = self._rest[net.version][at]
        return asn if value <= last else None


def parse_rows(text: str) -> list[tuple[int, int, int, int]]:
    """Read the data file's lines.

    Args:
        text: The decompressed file.

    Returns:
        ``(family, first, last, asn)`` tuples.

    Raises:
        ValueError: On a malformed line (its number is given).
    """
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            family, first, last, asn = line.split(",")
            rows.append((int(family), int(first, 16), int(last, 16), int(asn)))
        except ValueError as exc:
            raise ValueError(f"{DATA_FILE} line {number}: {line[:60]!r} is not 'family,first,last,asn'") from exc
    return rows


def load_asn_table() -> AsnTable:
    """Load the table shipped with the tracker.

    Returns:
        The table (empty when the data file is missing: every network then has no organisation).
    """
    path = resources.files("tracker").joinpath("data").joinpath(DATA_FILE)
    if not path.is_file():
        return AsnTable(())
    return AsnTable(parse_rows(gzip.decompress(path.read_bytes()).decode("ascii")))
