"""Refresh ``tracker/data/asn.csv.gz`` from a public prefix-to-AS table (run by hand, never at run time).

Source: the ``asn`` data set of sapics/ip-location-db (RouteViews prefix-to-AS merged with the RIRs' delegations
and DB-IP's ASN Lite names, CC BY 4.0), CSV lines ``first,last,asn,organisation``. Get it with
``npm pack @ip-location-db/asn`` (a tarball holding ``package/asn-ipv4.csv`` and ``package/asn-ipv6.csv``) or from
the project's GitHub releases (same format), then::

    python -m tracker.asn_refresh path/to/asn-ipv4.csv path/to/asn-ipv6.csv

Only the ranges of the AS numbers named in ``catalogue.json`` (``organisations``) are kept, so the file stays
small; add an organisation's AS numbers there first, then refresh. The header line records the source and date.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import ipaddress
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path


def wanted_asns(catalogue: dict[str, object]) -> set[int]:
    """The AS numbers of the catalogue's organisations."""
    orgs = catalogue.get("organisations", [])
    assert isinstance(orgs, list)
    return {int(asn) for org in orgs for asn in org["asns"]}


def read_ranges(lines: Iterable[str], asns: set[int]) -> Iterator[tuple[int, int, int, int]]:
    """Ranges of the wanted AS numbers from ip-location-db CSV lines.

    Args:
        lines: ``first,last,asn,organisation`` lines (addresses written out, IPv4 or IPv6).
        asns: The AS numbers to keep.

    Yields:
        ``(family, first, last, asn)``.
    """
    for row in csv.reader(lines):
        if len(row) < 3 or not row[2].isdigit() or int(row[2]) not in asns:
            continue
        first, last = ipaddress.ip_address(row[0]), ipaddress.ip_address(row[1])
        yield first.version, int(first), int(last), int(row[2])


def merge(ranges: Iterable[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Sort ranges and merge the adjacent ones of one AS."""
    out: list[tuple[int, int, int, int]] = []
    for family, first, last, asn in sorted(ranges):
        if out and out[-1][0] == family and out[-1][3] == asn and out[-1][2] + 1 >= first:
            prev = out[-1]
            out[-1] = (family, prev[1], max(prev[2], last), asn)
        else:
            out.append((family, first, last, asn))
    return out


def render(rows: list[tuple[int, int, int, int]], source: str, now: datetime) -> bytes:
    """The data file's bytes (gzip, with a fixed mtime so that the same input gives the same file)."""
    lines = [f"# {source}; made {now.date().isoformat()}; {len(rows)} ranges"]
    lines += [f"{family},{first:x},{last:x},{asn}" for family, first, last, asn in rows]
    return gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0)


def main(argv: list[str] | None = None) -> int:
    """Command line: read the CSV files given, write the data file."""
    parser = argparse.ArgumentParser(prog="python -m tracker.asn_refresh", description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="+", type=Path, help="asn-ipv4.csv and asn-ipv6.csv of ip-location-db")
    parser.add_argument("--out", type=Path, default=None, help="output (default: the tracker's data file)")
    parser.add_argument("--source", default="sapics/ip-location-db asn (RouteViews, RIRs, DB-IP ASN Lite; CC BY 4.0)")
    args = parser.parse_args(argv)
    catalogue = json.loads(resources.files("tracker").joinpath("catalogue.json").read_text(encoding="utf-8"))
    asns = wanted_asns(catalogue)
    ranges: list[tuple[int, int, int, int]] = []
    for path in args.csv:
        with path.open(encoding="utf-8", newline="") as handle:
            ranges.extend(read_ranges(handle, asns))
    rows = merge(ranges)
    out = args.out or Path(str(resources.files("tracker").joinpath("data").joinpath("asn.csv.gz")))
    out.write_bytes(render(rows, args.source, datetime.now(UTC)))
    missing = sorted(asns - {r[3] for r in rows})
    print(f"{len(rows)} ranges written to {out}; AS numbers without any range: {missing or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
