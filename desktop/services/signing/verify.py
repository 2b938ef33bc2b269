"""Checking a sealed PDF: intact or not, who sealed it, when, and whether its original matches the evidence.

:func:`verify` reads any PDF. For each signature it runs pyHanko's validator (the bytes the signature covers
against its digest, the signature against the certificate, the certificate's path against the roots given, the
timestamp token, and the difference analysis of whatever was appended after the signature) and turns the answer
into a :class:`Verdict` written in French or English by :meth:`Verdict.sentences`.

**The original.** A quote sealed by Relance keeps the original PDF as its first revision, unchanged (see
:mod:`.page`): the bytes up to the first ``%%EOF`` and its end of line. Its SHA-256 is what the evidence's
``pdf_sha256`` must be. With an evidence record, every revision's end is tried (a PDF that already had updates
before it was shown), and the verdict says whether one of them has the evidence's hash.

Nothing here goes to the network (no revocation is fetched: what the file embeds is used).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from io import BytesIO
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.services.signing.evidence import Evidence, paris_time

_EOF = re.compile(rb"%%EOF(\r\n|\r|\n)?")


class Outcome(StrEnum):
    """The verdict in one word."""

    INTACT = "intact"  # every signature valid, nothing changed since (but validation data)
    TAMPERED = "tampered"  # a signature does not match the bytes, or the file changed after it
    NOT_SEALED = "not_sealed"  # a PDF without a signature
    UNREADABLE = "unreadable"  # not a PDF, or too damaged to read


class Trust(StrEnum):
    """How far the sealer's certificate is vouched for."""

    TRUSTED = "trusted"  # it chains to a root this computer trusts
    OWN = "own"  # this seller's own self-managed certificate
    UNKNOWN = "unknown"  # nobody here vouches for it (the seal still proves the file is unchanged)


@dataclass(frozen=True)
class SealFacts:
    """One signature of the file, in facts."""

    intact: bool
    valid: bool
    trust: Trust
    sealer: str
    sealer_org: str
    sealer_email: str
    issuer: str
    signed_at: datetime | None
    timestamp_at: datetime | None
    timestamp_by: str
    timestamp_ok: bool | None
    covers_whole_file: bool
    changed_after: str  # "": nothing; "validation": validation data only; "other": anything else
    level: str
    certified: bool


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found."""

    outcome: Outcome
    seals: tuple[SealFacts, ...] = ()
    original_sha256: str = ""
    evidence_sha256: str = ""
    evidence_matches: bool | None = None
    problem: str = field(default="", compare=False)

    @property
    def ok(self) -> bool:
        """Intact, and matching the evidence when there was one."""
        return self.outcome is Outcome.INTACT and self.evidence_matches is not False

    def headline(self, lang: str = "fr") -> str:
        """The verdict in one sentence."""
        w = _WORDS["en" if lang == "en" else "fr"]
        if self.outcome is Outcome.INTACT:
            return w["ok"] if self.evidence_matches is not False else w["ok_but_other"]
        return w[self.outcome.value]

    def sentences(self, lang: str = "fr") -> list[str]:
        """The verdict, then one sentence per fact (who, when, timestamp, level, changes, the evidence)."""
        lang = "en" if lang == "en" else "fr"
        w = _WORDS[lang]
        out = [self.headline(lang)]
        for index, seal in enumerate(self.seals):
            if len(self.seals) > 1:
                out.append(w["seal_n"].format(n=index + 1))
            out.extend(_seal_sentences(seal, w, lang))
        if self.original_sha256:
            out.append(w["original"].format(hash=self.original_sha256))
        if self.evidence_matches is True:
            out.append(w["evidence_match"])
        elif self.evidence_matches is False:
            out.append(w["evidence_differs"].format(hash=self.evidence_sha256))
        return out


def _seal_sentences(seal: SealFacts, w: dict[str, str], lang: str) -> list[str]:
    who = seal.sealer + (f" ({seal.sealer_email})" if seal.sealer_email else "")
    out = [w["sealed_by"].format(who=who)]
    out.append({Trust.TRUSTED: w["trusted"], Trust.OWN: w["own"],
                Trust.UNKNOWN: w["unknown"]}[seal.trust].format(issuer=seal.issuer))
    if not seal.intact:
        out.append(w["digest_differs"])
    elif not seal.valid:
        out.append(w["signature_bad"])
    if seal.timestamp_at is not None:
        key = "timestamp" if seal.timestamp_ok else "timestamp_bad"
        out.append(w[key].format(when=paris_time(seal.timestamp_at, lang), tsa=seal.timestamp_by))
    elif seal.signed_at is not None:
        out.append(w["clock"].format(when=paris_time(seal.signed_at, lang)))
    out.append(w["level"].format(level=seal.level))
    if seal.changed_after == "validation":
        out.append(w["added_validation"])
    elif seal.changed_after == "other":
        out.append(w["changed_after"])
    return out


_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "ok": "Signature valide\u00a0: le document est intact depuis son scellement.",
        "ok_but_other": "Le document est intact, mais ce n'est pas celui du dossier de preuve.",
        "tampered": "Attention\u202f! Le document a été modifié après son scellement\u00a0: la signature ne "
                    "correspond plus.",
        "not_sealed": "Ce PDF ne porte aucune signature électronique.",
        "unreadable": "Ce fichier n'est pas un PDF lisible.",
        "seal_n": "Signature n°\u00a0{n}\u00a0:",
        "sealed_by": "Scellé par {who}.",
        "trusted": "Son certificat, émis par {issuer}, est reconnu par une autorité de confiance.",
        "own": "Son certificat est le certificat auto-géré de ce vendeur, reconnu par ce poste.",
        "unknown": "Son certificat, émis par {issuer}, n'est garanti par aucune autorité connue de ce poste\u00a0: "
                   "le sceau prouve que le fichier n'a pas changé, pas l'identité de qui l'a posé.",
        "digest_differs": "L'empreinte du contenu signé ne correspond plus\u00a0: des octets ont changé.",
        "signature_bad": "La signature ne correspond pas au certificat.",
        "timestamp": "Horodaté le {when} par {tsa}.",
        "timestamp_bad": "Un horodatage du {when} par {tsa} est présent mais ne se vérifie pas.",
        "clock": "Scellé le {when}, selon l'horloge de l'ordinateur du vendeur (sans horodatage).",
        "level": "Niveau de signature\u00a0: {level}.",
        "added_validation": "Seules des données de validation (certificats, listes de révocation) ont été "
                            "ajoutées après le scellement, ce qui est permis.",
        "changed_after": "Le fichier a été modifié après le scellement.",
        "original": "Empreinte SHA-256 du devis d'origine (première révision)\u00a0: {hash}.",
        "evidence_match": "Elle est identique à celle du dossier de preuve\u00a0: c'est bien le PDF présenté au "
                          "signataire.",
        "evidence_differs": "Elle diffère de celle du dossier de preuve ({hash})\u00a0: ce n'est pas le PDF "
                            "présenté au signataire.",
    },
    "en": {
        "ok": "Valid signature: the document is intact since it was sealed.",
        "ok_but_other": "The document is intact, but it is not the one of the evidence record.",
        "tampered": "Warning! The document was changed after it was sealed: the signature no longer matches.",
        "not_sealed": "This PDF carries no electronic signature.",
        "unreadable": "This file is not a readable PDF.",
        "seal_n": "Signature {n}:",
        "sealed_by": "Sealed by {who}.",
        "trusted": "Its certificate, issued by {issuer}, is vouched for by a trusted authority.",
        "own": "Its certificate is this seller's self-managed certificate, known to this computer.",
        "unknown": "Its certificate, issued by {issuer}, is vouched for by no authority this computer knows: the "
                   "seal proves the file has not changed, not who applied it.",
        "digest_differs": "The digest of the signed content no longer matches: bytes have changed.",
        "signature_bad": "The signature does not match the certificate.",
        "timestamp": "Timestamped on {when} by {tsa}.",
        "timestamp_bad": "A timestamp of {when} by {tsa} is present but does not verify.",
        "clock": "Sealed on {when}, by the seller's computer clock (no timestamp).",
        "level": "Signature level: {level}.",
        "added_validation": "Only validation data (certificates, revocation lists) was added after sealing, "
                            "which is allowed.",
        "changed_after": "The file was changed after it was sealed.",
        "original": "SHA-256 of the original quote (first revision): {hash}.",
        "evidence_match": "It is the same as the evidence record's: this is the PDF shown to the signer.",
        "evidence_differs": "It differs from the evidence record's ({hash}): this is not the PDF shown to the "
                            "signer.",
    },
}


def revision_ends(pdf: bytes) -> list[int]:
    """The offsets just past each ``%%EOF`` marker (and its end of line), first revision first."""
    return [m.end() for m in _EOF.finditer(pdf)]


def original_revision(pdf: bytes) -> bytes:
    """The file's first revision: the original quote in a PDF sealed by Relance (empty if no ``%%EOF``)."""
    ends = revision_ends(pdf)
    return pdf[:ends[0]] if ends else b""


def _name(cert: asn1_x509.Certificate, attribute: str) -> str:
    value = cert.subject.native.get(attribute, "")
    return value[0] if isinstance(value, list) and value else str(value or "")


def _issuer(cert: asn1_x509.Certificate) -> str:
    native: dict[str, Any] = cert.issuer.native
    return str(native.get("common_name") or native.get("organization_name") or cert.issuer.human_friendly)


def _facts(status: PdfSignatureStatus, own: Iterable[asn1_x509.Certificate], has_dss: bool) -> SealFacts:
    cert = status.signing_cert
    own_keys = {c.public_key.dump() for c in own}
    if status.trusted and cert.public_key.dump() not in own_keys:
        trust = Trust.TRUSTED
    elif status.trusted:
        trust = Trust.OWN
    else:
        trust = Trust.UNKNOWN
    ts = status.timestamp_validity
    level = "PAdES-B-B"
    if ts is not None:
        level = "PAdES-B-LT" if has_dss else "PAdES-B-T"
    modification = status.modification_level
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if whole or modification in (None, ModificationLevel.NONE):
        changed = "" if whole else "other"
    elif modification == ModificationLevel.LTA_UPDATES:
        changed = "validation"
    else:
        changed = "other"
    return SealFacts(
        intact=status.intact, valid=status.valid, trust=trust,
        sealer=_name(cert, "common_name") or cert.subject.human_friendly,
        sealer_org=_name(cert, "organization_name"), sealer_email=_name(cert, "email_address"),
        issuer=_issuer(cert), signed_at=status.signer_reported_dt,
        timestamp_at=ts.timestamp if ts is not None else None,
        timestamp_by=(_name(ts.signing_cert, "common_name") or ts.signing_cert.subject.human_friendly)
        if ts is not None else "",
        timestamp_ok=(ts.intact and ts.valid) if ts is not None else None,
        covers_whole_file=whole, changed_after=changed, level=level,
        certified=False)


def verify(pdf: bytes, evidence: Evidence | dict[str, Any] | None = None, *,
           trust_roots: Iterable[asn1_x509.Certificate] = (),
           own_certificates: Iterable[asn1_x509.Certificate] = ()) -> Verdict:
    """Check a PDF's signatures and its original against the evidence.

    Args:
        pdf: The file's bytes.
        evidence: The evidence record on file (its dict or an :class:`Evidence`), or None.
        trust_roots: Roots to trust (the system's are not consulted: a seal's trust is said, never assumed).
        own_certificates: This seller's own certificates (the self-managed one), reported as "own".

    Returns:
        The verdict (never raises on a bad file: an unreadable one is a verdict too).
    """
    record = Evidence.from_mapping(evidence) if isinstance(evidence, dict) else evidence
    own = list(own_certificates)
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
        has_dss = "/DSS" in reader.root
    except Exception as exc:  # pyHanko raises PdfReadError, but also ValueError, KeyError... on damaged files
        return Verdict(Outcome.UNREADABLE, problem=f"{type(exc).__name__}: {exc}"[:300])
    original = original_revision(pdf)
    original_sha = hashlib.sha256(original).hexdigest() if original else ""
    matches: bool | None = None
    if record is not None:
        candidates = {hashlib.sha256(pdf[:end]).hexdigest() for end in revision_ends(pdf)}
        matches = record.pdf_sha256 in candidates
        if matches:
            original_sha = record.pdf_sha256
    if not signatures:
        return Verdict(Outcome.NOT_SEALED, (), original_sha, record.pdf_sha256 if record else "", matches)
    seals: list[SealFacts] = []
    outcome = Outcome.INTACT
    for signature in signatures:
        context = ValidationContext(trust_roots=[*trust_roots, *own], allow_fetching=False)
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as exc:  # a signature too damaged to be parsed is a tampered one
            return Verdict(Outcome.TAMPERED, tuple(seals), original_sha, record.pdf_sha256 if record else "",
                           matches, problem=f"{type(exc).__name__}: {exc}"[:300])
        facts = _facts(status, own, has_dss)
        seals.append(facts)
        if not (facts.intact and facts.valid) or facts.changed_after == "other" \
                or (facts.timestamp_ok is False):
            outcome = Outcome.TAMPERED
    return Verdict(outcome, tuple(seals), original_sha, record.pdf_sha256 if record else "", matches)
