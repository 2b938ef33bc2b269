"""The quote's pages as images, for the online quote page.

An embedded PDF depends on the browser's PDF viewer, which headless, many mobile and locked-down corporate
browsers lack: a prospect on a phone could be asked to accept what they cannot read. So the page shows the
quote's pages as images, rendered here from the very PDF that was registered (pdfium, through pypdfium2), and
the PDF stays one tap away. Renders are cached by the PDF's hash (a few quotes at a time: the same prospect
comes back) and bounded: at most :data:`MAX_PAGES` pages, each :data:`WIDTH_PX` wide.

pdfium is not thread-safe, and its objects must not be freed by the garbage collector on another thread while
a render runs: every use holds :data:`_PDFIUM` and closes what it opened (document, page, bitmap) before it
lets go, copying the image out of the bitmap first.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

#: Pages shown as images (a longer quote shows its first pages and the PDF for the rest).
MAX_PAGES = 12
#: Width of a page image: sharp on a phone (390 CSS px at 2-3x) and readable on a desktop column.
WIDTH_PX = 1100
_CACHE_SIZE = 48

_lock = threading.Lock()
_PDFIUM = threading.Lock()
_cache: OrderedDict[tuple[str, int], bytes] = OrderedDict()
_counts: dict[str, int] = {}


def page_count(pdf: bytes, digest: str) -> int:
    """How many pages the page shows (at most :data:`MAX_PAGES`); 0 when pdfium cannot read the PDF."""
    with _lock:
        if digest in _counts:
            return _counts[digest]
    try:
        import pypdfium2 as pdfium

        with _PDFIUM:
            document = pdfium.PdfDocument(pdf)
            try:
                count = min(len(document), MAX_PAGES)
            finally:
                document.close()
    except Exception:  # an unreadable PDF shows no images; the PDF link stays
        count = 0
    with _lock:
        _counts[digest] = count
    return count


def page_image(pdf: bytes, digest: str, number: int) -> bytes | None:
    """Page ``number`` (from 1) of ``pdf`` as a WebP image, or None when there is no such page."""
    key = (digest, number)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    if not 1 <= number <= page_count(pdf, digest):
        return None
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[number - 1]
            try:
                bitmap = page.render(scale=WIDTH_PX / page.get_width())
                try:
                    image = bitmap.to_pil().convert("RGB")  # a copy: nothing points into the bitmap after
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, "WEBP", quality=82, method=4)
    data = out.getvalue()
    with _lock:
        _cache[key] = data
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return data
