"""The resource policy of quote PDFs: no network at all, no file outside the allowed folders.

How xhtml2pdf 0.2.28 (the installed version) fetches, read in ``xhtml2pdf/files.py``: every resource
(``<img src>``, ``<link href>``, ``@import``, ``@font-face src``, backgrounds, ``<pdf:*>`` tags) goes
through ``pisaFileObject``, which first asks the ``link_callback``; a *falsy* answer keeps the original
URI, so returning ``""`` or ``None`` blocks nothing. The URI then picks a fetcher: ``data:`` inline,
``file:`` and plain paths local, ``http(s)`` over ``http.client``. Several call sites (fonts,
watermarks, signatures) skip the callback altogether. Blocking therefore takes three layers here:

1. :func:`sanitize_html` strips ``<link>`` elements and ``@import`` rules before parsing;
2. :meth:`ResourceGate.link_callback` answers *every* URI with a real path: the resolved file when it
   lies inside an allowed folder, otherwise a harmless blank asset (``_assets/blank.png`` or
   ``blank.css``), so the original URI is never fetched;
3. :meth:`ResourceGate.xhtml2pdf_policy` hands xhtml2pdf its own ``ResourceAccessPolicy`` with remote
   fetching off and local reads confined to the same folders, which also covers the call sites that
   bypass the callback, plus limits on image pixels, resource count and document size.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from xhtml2pdf.config.resources import ResourceAccessPolicy

_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_IMPORT_RULE = re.compile(r"@import\b[^;]*;?", re.IGNORECASE)
#: An unbroken run this long has no place in a quote; in CSS it is how the known xhtml2pdf colour and
#: parser denials of service are spelt (CVE-2024-25885: ``rgb(`` repeated, thousands of digits).
_LONG_RUN = re.compile(r"(data:[^\s\"')]+)|[^\s;{}<>\"']{400,}", re.IGNORECASE)
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif);base64,", re.IGNORECASE)
_STYLESHEET_SUFFIXES = {".css"}
MAX_DATA_URI_CHARS = 2_000_000
MAX_IMAGE_PIXELS = 12_000_000
MAX_LOCAL_BYTES = 8 * 1024 * 1024


def sanitize_html(html: str) -> str:
    """Remove what only serves to fetch or to stall the parser.

    ``<link>`` elements and CSS ``@import`` rules go; so does any unbroken run of 400 characters or
    more outside a ``data:`` URI.
    """
    without_fetches = _IMPORT_RULE.sub("", _LINK_TAG.sub("", html))
    return _LONG_RUN.sub(lambda m: m.group(1) or "", without_fetches)


@dataclass(frozen=True)
class ResourceGate:
    """Decides, for one render, which URIs may be read; everything else becomes a blank asset.

    Attributes:
        base_dir: the folder relative URIs resolve against (the template design's folder).
        roots: every folder a resource may be read from (resolved, symlinks followed).
        blank_dir: the folder of the blank stand-ins, inside one of ``roots``.
    """

    base_dir: Path
    roots: tuple[Path, ...]
    blank_dir: Path

    @classmethod
    def create(cls, base_dir: Path, extra_roots: tuple[Path, ...], blank_dir: Path) -> ResourceGate:
        """Build a gate allowing ``base_dir``, ``extra_roots`` and ``blank_dir``, all resolved."""
        roots = tuple(dict.fromkeys(p.resolve() for p in (base_dir, blank_dir, *extra_roots)))
        return cls(base_dir.resolve(), roots, blank_dir.resolve())

    def blank_for(self, uri: str) -> str:
        """The stand-in of a refused URI: a blank stylesheet for ``.css``, a blank image otherwise."""
        suffix = Path(urllib.parse.urlsplit(uri).path).suffix.lower()
        name = "blank.css" if suffix in _STYLESHEET_SUFFIXES else "blank.png"
        return str(self.blank_dir / name)

    def allowed_path(self, uri: str, rel: str | None = None) -> Path | None:
        """Return the file ``uri`` names if it is a plain path inside an allowed folder, else ``None``."""
        if not uri or "\x00" in uri:
            return None
        parts = urllib.parse.urlsplit(uri)
        if parts.scheme or parts.netloc or uri.startswith("//"):
            return None
        raw = Path(urllib.parse.unquote(parts.path))
        if not raw.is_absolute():
            rel_dir = self.base_dir
            if rel and not urllib.parse.urlsplit(rel).scheme:
                rel_path = Path(rel)
                rel_dir = rel_path if rel_path.is_dir() else rel_path.parent
            raw = rel_dir / raw
        try:
            resolved = raw.resolve()
        except (OSError, RuntimeError):
            return None
        if not resolved.is_file():
            return None
        if any(resolved.is_relative_to(root) for root in self.roots):
            return resolved
        return None

    def link_callback(self, uri: object, rel: object = None) -> str:
        """xhtml2pdf's ``link_callback``: always a non-empty answer, so the original URI is never used."""
        text = uri.decode("utf-8", "replace") if isinstance(uri, bytes) else str(uri or "")
        if _DATA_IMAGE.match(text) and len(text) <= MAX_DATA_URI_CHARS:
            return text
        path = self.allowed_path(text, rel if isinstance(rel, str) else None)
        return str(path) if path is not None else self.blank_for(text)

    def xhtml2pdf_policy(self) -> ResourceAccessPolicy:
        """xhtml2pdf's own policy with the same folders, no network and tight limits."""
        return ResourceAccessPolicy(
            allow_remote=False,
            allow_private_networks=False,
            allowed_hosts=frozenset(),
            base_dir=self.base_dir,
            extra_roots=self.roots,
            allow_local_outside_base=False,
            max_resource_bytes=MAX_LOCAL_BYTES,
            max_local_bytes=MAX_LOCAL_BYTES,
            max_image_pixels=MAX_IMAGE_PIXELS,
            max_resources=64,
            max_total_bytes=32 * 1024 * 1024,
            max_fetch_seconds=0.0,
            max_document_bytes=4 * 1024 * 1024,
            max_depth=200,
            allow_remote_pdf_backgrounds=False,
        )
