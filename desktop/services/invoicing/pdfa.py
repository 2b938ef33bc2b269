"""The PDF/A-3 parts of an invoice PDF that the ``factur-x`` library leaves to its caller: the colour profile.

The library writes the XMP metadata (``pdfaid:part`` 3, conformance B, and the Factur-X extension schema) and
the embedded XML with its file specification. What PDF/A-3 also needs:

- every font embedded: the renderer already embeds DejaVu as subsets, pages and cells included
  (:data:`desktop.services.pdf.render.BASE_FONT`);
- an output intent with an ICC profile for the DeviceRGB colours ReportLab writes: :func:`add_output_intent`
  embeds sRGB (made by Little CMS through Pillow's :func:`PIL.ImageCms.createProfile`, so nothing is
  downloaded and nothing extra is shipped);
- a document information dictionary that agrees with the XMP: the producer named as in the XMP, no entry
  the XMP lacks.
"""

from __future__ import annotations

import io
import re
from functools import cache

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject, TextStringObject

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
#: What the ``factur-x`` library writes as ``pdf:Producer`` in the XMP; the Info dictionary must agree.
XMP_PRODUCER = "pypdf"


@cache
def srgb_profile() -> bytes:
    """The bytes of an sRGB ICC profile (Little CMS's built-in sRGB, through Pillow)."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


_XMP_DATE = re.compile(rb"<xmp:CreateDate>(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+00:00</xmp:CreateDate>")


def _xmp_create_date(writer: PdfWriter) -> str:
    """The XMP's creation date as a PDF date (``D:20261201093000+00'00'``), or ``""``."""
    metadata = writer._root_object.get("/Metadata")
    if metadata is None:
        return ""
    found = _XMP_DATE.search(metadata.get_object().get_data())
    return "D:" + "".join(part.decode() for part in found.groups()) + "+00'00'" if found else ""


def add_output_intent(pdf: bytes) -> bytes:
    """The PDF with an sRGB PDF/A output intent and its Info dictionary agreeing with the XMP.

    Args:
        pdf: a PDF (the Factur-X PDF the library wrote).
    """
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    raw = DecodedStreamObject()
    raw.set_data(srgb_profile())
    icc = raw.flate_encode()
    icc.update({NameObject("/N"): NumberObject(3)})
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(SRGB_IDENTIFIER),
        NameObject("/Info"): TextStringObject(SRGB_IDENTIFIER),
        NameObject("/RegistryName"): TextStringObject("http://www.color.org"),
        NameObject("/DestOutputProfile"): writer._add_object(icc),
    })
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    info = writer._info.get_object() if writer._info is not None else None
    if isinstance(info, DictionaryObject):
        info[NameObject("/Producer")] = TextStringObject(XMP_PRODUCER)
        stamp = _xmp_create_date(writer)
        if stamp:  # the library dates the XMP and the Info apart: a second may tick between them
            info[NameObject("/CreationDate")] = info[NameObject("/ModDate")] = TextStringObject(stamp)
        for key in ("/Keywords", "/Trapped"):
            if key in info and not str(info[key]):
                del info[key]
    writer._header = b"%PDF-1.7"  # PDF/A-3 is based on PDF 1.7 (ISO 32000-1)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
