"""Quotes repository: drafts, editing, numbering, versions, amendments, purchase orders and statuses.

Every function takes a session and never makes one; the caller commits (one transaction per user
action). A quote that has left draft is frozen: :func:`update_draft` and :func:`replace_sections` refuse
it with :class:`QuoteFrozenError`, and the database triggers of migration 0002 refuse any other writer.

Numbering (:func:`finalise`) is gapless per year: the next number is taken from ``quote_number_sequences``
by one ``INSERT ... ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING`` in the same
transaction that finalises the quote. On PostgreSQL that statement creates the year's row or locks the
existing one (the row lock a ``SELECT ... FOR UPDATE`` would take) until the commit, so two desktops
finalising at once are serialised and a rolled-back finalisation gives its number back. On SQLite the
write transaction serialises the whole database.

Status changes follow :mod:`desktop.core.quote_status` and each lands in the contact's timeline
(activity kind ``"quote"``). The quotes view reads through :mod:`desktop.db.quote_list`, the catalogue
through :mod:`desktop.db.products`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from desktop.core.legal import LegalIssue, check_quote, describe_issue
from desktop.core.money import VatRate
from desktop.core.numbering import DEFAULT_PATTERN, format_number, validate_pattern, with_version
from desktop.core.quote_status import (
    AWAITING_ANSWER,
    QuoteStatus,
    can_transition,
    is_due_to_expire,
    is_editable,
    resolve_transition,
    status_from_history,
    status_label,
)
from desktop.core.quotes import (
    Client,
    QuoteDocument,
    QuoteTotals,
    RegistryKind,
    Salesperson,
    Section,
    Seller,
    compute_totals,
)
from desktop.core.quotes import QuoteLine as CoreLine
from desktop.db.contacts import add_activity
from desktop.db.models import Company, Contact, Opportunity, SellerIdentity, User
from desktop.db.quote_models import Quote, QuoteLine, QuoteNumberSequence, QuoteSection

#: Header fields of a draft that :func:`update_draft` may change.
EDITABLE_FIELDS = frozenset({
    "title", "company_id", "opportunity_id", "owner_id", "validity_date", "delivery_date", "lead_time",
    "global_discount_percent", "deposit_percent", "notes", "personal_message", "payment_terms", "template",
    "language", "print_cgv", "print_signature_block", "print_withdrawal_notice", "meant_as_purchase_order",
    "distance_or_off_premises", "travel_fees_expected",
})


class QuoteError(Exception):
    """A quote operation that cannot be done; the message says why in plain words."""


class QuoteNotFoundError(QuoteError, LookupError):
    """No quote (or contact, or product) with that id."""


class QuoteFrozenError(QuoteError):
    """The quote has left draft: make a new version (or an amendment) instead."""


class LegalIncompleteError(QuoteError):
    """The quote misses legal items; ``issues`` lists them (see :func:`describe_issue`)."""

    def __init__(self, issues: list[LegalIssue], lang: str = "fr") -> None:
        super().__init__("\n".join(describe_issue(issue, lang) for issue in issues))
        self.issues = issues


def get_quote(session: Session, quote_id: int, *, for_update: bool = False) -> Quote:
    """Return the quote with its sections and lines loaded.

    Args:
        session: A session.
        quote_id: The quote.
        for_update: Lock its row until the transaction ends (PostgreSQL: another desktop finalising or
            sending it at the same moment waits, then reads what was committed).

    Raises:
        QuoteNotFoundError: no such quote.
    """
    quote = session.get(Quote, quote_id, options=[selectinload(Quote.sections).selectinload(QuoteSection.lines)],
                        with_for_update=for_update, populate_existing=for_update)
    if quote is None:
        raise QuoteNotFoundError(f"no quote {quote_id}")
    return quote


def printed_number(quote: Quote) -> str:
    """The number as printed (``D-2026-0042-v2``), ``""`` while the quote has none."""
    return with_version(quote.number, quote.version) if quote.number else ""


def _record(session: Session, quote: Quote, subject: str, when: datetime, **payload: Any) -> None:
    """Write a quote event in the contact's (and company's) timeline."""
    add_activity(session, kind="quote", subject=subject, when=when, contact_id=quote.contact_id,
                 company_id=quote.company_id, author_id=quote.owner_id,
                 payload={"quote_id": quote.id, "number": printed_number(quote), "status": quote.status,
                          **payload})


def _require_draft(quote: Quote) -> None:
    if not is_editable(quote.status):
        raise QuoteFrozenError(
            f"Le devis {printed_number(quote) or quote.id} est {status_label(quote.status).lower()} : il ne "
            "peut plus être modifié. Créez une nouvelle version.")


def _seller_row(session: Session) -> SellerIdentity | None:
    return session.scalars(select(SellerIdentity).order_by(SellerIdentity.id).limit(1)).first()


def create_draft(session: Session, contact_id: int, now: datetime, *, owner_id: int | None = None,
                 opportunity_id: int | None = None, title: str = "Devis") -> Quote:
    """Create an empty draft quote for a contact.

    The company is the contact's; the opportunity is ``opportunity_id``, else the contact's latest open
    opportunity, else a new one. Validity and payment terms come from the seller identity's defaults.

    Args:
        session: the session of this user action.
        contact_id: who the quote is for.
        now: the current time (timezone-aware).
        owner_id: the salesperson; the contact's owner by default.
        opportunity_id: the deal the quote belongs to, if known.
        title: the document title (it must contain "Devis").

    Raises:
        QuoteNotFoundError: no such contact.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise QuoteNotFoundError(f"no contact {contact_id}")
    owner = owner_id if owner_id is not None else contact.owner_id
    if opportunity_id is None:
        opportunity_id = session.scalars(
            select(Opportunity.id).where(Opportunity.contact_id == contact_id, Opportunity.result.is_(None))
            .order_by(Opportunity.created_at.desc(), Opportunity.id.desc()).limit(1)).first()
    if opportunity_id is None:
        opportunity = Opportunity(title=f"{title} {contact.full_name}".strip(), stage="proposal",
                                  owner_id=owner, contact_id=contact_id, company_id=contact.company_id,
                                  created_at=now)
        session.add(opportunity)
        session.flush()
        opportunity_id = opportunity.id
    seller = _seller_row(session)
    validity_days = seller.validity_days if seller is not None else 30
    quote = Quote(title=title, contact_id=contact_id, company_id=contact.company_id, owner_id=owner,
                  opportunity_id=opportunity_id, status=QuoteStatus.DRAFT.value, kind="quote",
                  validity_date=now.date() + timedelta(days=validity_days),
                  payment_terms=(seller.payment_terms or "") if seller is not None else "",
                  created_at=now, updated_at=now)
    session.add(quote)
    session.flush()
    quote.root_id = quote.id
    _record(session, quote, "Devis créé (brouillon)", now)
    return quote


def update_draft(session: Session, quote_id: int, changes: dict[str, Any], now: datetime) -> Quote:
    """Change header fields of a draft (see :data:`EDITABLE_FIELDS`) and recompute its totals.

    Raises:
        QuoteFrozenError: the quote has left draft.
        KeyError: a field that cannot be edited.
    """
    quote = get_quote(session, quote_id)
    _require_draft(quote)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise KeyError(f"not editable: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        setattr(quote, name, value)
    quote.updated_at = now
    recompute_totals(session, quote)
    return quote


def core_sections(quote: Quote) -> tuple[Section, ...]:
    """The quote's sections and lines as core values (what the editor, the checker and the PDF use)."""
    return tuple(
        Section(section.title, tuple(
            CoreLine(designation=line.designation, quantity=line.quantity, unit_price=line.unit_price,
                     vat=VatRate.parse(line.vat_rate), unit=line.unit, description=line.description,
                     discount_percent=line.discount_percent, is_free=line.is_free,
                     is_travel_fee=line.is_travel_fee)
            for line in section.lines))
        for section in quote.sections)


def _write_sections(session: Session, quote: Quote, sections: tuple[Section, ...] | list[Section],
                    product_ids: dict[tuple[int, int], int] | None = None) -> None:
    for s_pos, section in enumerate(sections):
        row = QuoteSection(quote_id=quote.id, position=s_pos, title=section.title)
        quote.sections.append(row)
        for l_pos, line in enumerate(section.lines):
            row.lines.append(QuoteLine(
                quote_id=quote.id, position=l_pos, designation=line.designation, description=line.description,
                quantity=line.quantity, unit=line.unit, unit_price=line.unit_price,
                discount_percent=line.discount_percent, vat_rate=line.vat.value, is_free=line.is_free,
                is_travel_fee=line.is_travel_fee,
                product_id=(product_ids or {}).get((s_pos, l_pos))))
    session.flush()


def replace_sections(session: Session, quote_id: int, sections: tuple[Section, ...] | list[Section],
                     now: datetime, *, product_ids: dict[tuple[int, int], int] | None = None) -> QuoteTotals:
    """Replace every section and line of a draft, then store its totals.

    Args:
        session: the session of this user action.
        quote_id: the draft.
        sections: the new content, as the editor holds it.
        now: the current time.
        product_ids: optionally the catalogue product of a line, by (section index, line index).

    Returns:
        The new totals.

    Raises:
        QuoteFrozenError: the quote has left draft.
    """
    quote = get_quote(session, quote_id)
    _require_draft(quote)
    quote.sections.clear()
    session.flush()
    _write_sections(session, quote, sections, product_ids)
    quote.updated_at = now
    return recompute_totals(session, quote)


def recompute_totals(session: Session, quote: Quote) -> QuoteTotals:
    """Compute the quote's totals with the core and store HT, VAT and TTC on the row."""
    lines = [line for section in core_sections(quote) for line in section.lines]
    totals = compute_totals(lines, quote.global_discount_percent, quote.deposit_percent)
    if (quote.total_ht, quote.total_vat, quote.total_ttc) != (totals.total_ht, totals.total_vat, totals.total_ttc):
        _require_draft(quote)
        quote.total_ht, quote.total_vat, quote.total_ttc = totals.total_ht, totals.total_vat, totals.total_ttc
        session.flush()
    return totals


def _seller(row: SellerIdentity | None) -> Seller:
    if row is None:
        return Seller(legal_name="")
    address = ", ".join(part for part in (row.address, " ".join(
        p for p in (row.postal_code, row.city) if p)) if part)
    return Seller(legal_name=row.legal_name, legal_form=row.legal_form or "", share_capital=row.share_capital,
                  siret=row.siret or "", registry_kind=RegistryKind(row.registry_kind or "RCS"),
                  registry_city=row.rcs_city or "",
                  vat_number=row.vat_number or "", address=address, email=row.email or "",
                  phone=row.phone or "", iban=row.iban or "", bic=row.bic or "", cgv=row.cgv or "",
                  vat_exemption_mention=row.vat_exemption_mention or "",
                  late_payment_rate=row.late_payment_rate or "", building_trade=bool(row.building_trade),
                  decennial_insurer=row.decennial_insurer or "", decennial_coverage=row.decennial_coverage or "",
                  decennial_area=row.decennial_area or "")


def _client(session: Session, quote: Quote) -> Client:
    contact = session.get(Contact, quote.contact_id) if quote.contact_id is not None else None
    company = session.get(Company, quote.company_id) if quote.company_id is not None else None
    source: Contact | Company | None = contact if contact is not None and contact.address else company
    address = ""
    if source is not None:
        address = "\n".join(part for part in (source.address, " ".join(
            p for p in (source.postal_code, source.city) if p)) if part)
    name = contact.full_name if contact is not None else (company.legal_name if company is not None else "")
    if contact is not None and contact.civility and name:
        name = f"{contact.civility} {name}"
    return Client(name=name, company=company.legal_name if company is not None else "", address=address,
                  email=(contact.email or "") if contact is not None else "",
                  is_consumer=contact.is_consumer if contact is not None else False,
                  sale_at_distance_or_off_premises=quote.distance_or_off_premises)


def document_for(session: Session, quote_id: int, *, issue_date: date | None = None, seller: Any = None,
                 seller_read: bool = False) -> QuoteDocument:
    """Build the core document of a stored quote, for the legal check and the PDF renderer.

    Args:
        session: any session.
        quote_id: the quote.
        issue_date: the date to print on a draft (a finalised quote keeps its own).
        seller: the seller's identity when the caller read it already (with ``seller_read``).
        seller_read: True when ``seller`` is the seller as read (None: no seller yet), so it is not read again.

    Raises:
        QuoteNotFoundError: no such quote.
    """
    quote = get_quote(session, quote_id)
    owner = session.get(User, quote.owner_id) if quote.owner_id is not None else None
    salesperson = (Salesperson(name=owner.name, email=owner.email or "", phone=owner.phone or "")
                   if owner is not None else None)
    if not seller_read:
        seller = _seller_row(session)
    return QuoteDocument(
        seller=_seller(seller), client=_client(session, quote), sections=core_sections(quote),
        title=quote.title, number=quote.number, version=quote.version,
        issue_date=quote.issue_date or issue_date, validity_date=quote.validity_date,
        delivery_date=quote.delivery_date, lead_time=quote.lead_time, payment_terms=quote.payment_terms,
        salesperson=salesperson, global_discount_percent=quote.global_discount_percent,
        deposit_percent=quote.deposit_percent, notes=quote.notes, personal_message=quote.personal_message,
        meant_as_purchase_order=quote.meant_as_purchase_order, travel_fees_expected=quote.travel_fees_expected,
        print_cgv=quote.print_cgv, print_signature_block=quote.print_signature_block,
        print_withdrawal_notice=quote.print_withdrawal_notice)


def next_sequence_number(session: Session, year: int) -> int:
    """Take the next number of ``year`` from the sequence table (see the module docstring for the locking).

    The number is only consumed if the caller's transaction commits.
    """
    table = QuoteNumberSequence.metadata.tables[QuoteNumberSequence.__tablename__]
    dialect = session.get_bind().dialect.name
    values = {"year": year, "last_number": 1}
    bump = {"last_number": table.c.last_number + 1}
    if dialect == "postgresql":
        statement: Any = postgresql.insert(table).values(values).on_conflict_do_update(
            index_elements=[table.c.year], set_=bump)
    else:
        statement = sqlite.insert(table).values(values).on_conflict_do_update(
            index_elements=[table.c.year], set_=bump)
    return int(session.execute(statement.returning(table.c.last_number)).scalar_one())


def finalise(session: Session, quote_id: int, now: datetime, pattern: str = DEFAULT_PATTERN,
             *, lang: str = "fr") -> Quote:
    """Check a draft, give it its number and freeze it.

    The issue date is ``now``'s date (pass ``now`` in the seller's time zone). A new version keeps the
    number of the quote it replaces; any other document takes the next number of the issue year.

    Raises:
        QuoteFrozenError: the quote is not a draft.
        LegalIncompleteError: items are missing; nothing is changed and no number is used.
        desktop.core.numbering.PatternError: the pattern is unusable.
    """
    validate_pattern(pattern)
    quote = get_quote(session, quote_id, for_update=True)  # the loser of a race reads "finalised" and is told so
    _require_draft(quote)
    today = now.date()
    issues = check_quote(document_for(session, quote_id, issue_date=today))
    if issues:
        raise LegalIncompleteError(issues, lang)
    recompute_totals(session, quote)
    if quote.number is None:
        key = today.year if "{YY" in pattern else 0  # a pattern without a year runs one sequence forever
        quote.number = format_number(pattern, today, next_sequence_number(session, key))
    quote.issue_date = today
    quote.status = resolve_transition(quote.status, QuoteStatus.FINALISED).value
    quote.finalised_at = quote.updated_at = now
    session.flush()
    _record(session, quote, f"Devis {printed_number(quote)} finalisé", now,
            total_ttc=str(quote.total_ttc))
    return quote


_TIMESTAMPS = {QuoteStatus.SENT: "sent_at", QuoteStatus.VIEWED: "viewed_at", QuoteStatus.ACCEPTED: "accepted_at",
               QuoteStatus.REFUSED: "refused_at"}


def set_status(session: Session, quote_id: int, target: QuoteStatus | str, now: datetime,
               *, note: str = "") -> Quote:
    """Move a quote to ``target`` through the state machine and record it in the timeline.

    A stale tracking event (``opened`` after ``viewed``) changes nothing and records nothing.

    Raises:
        desktop.core.quote_status.QuoteStatusError: a forbidden change (accepting a superseded quote...).
    """
    quote = get_quote(session, quote_id)
    new = resolve_transition(quote.status, target)
    if new.value == quote.status:
        return quote
    quote.status = new.value
    column = _TIMESTAMPS.get(new)
    if column is not None and getattr(quote, column) is None:
        setattr(quote, column, now)
    quote.updated_at = now
    session.flush()
    _record(session, quote, f"Devis {printed_number(quote)} : {status_label(new).lower()}", now,
            **({"note": note} if note else {}))
    return quote


def record_open(session: Session, quote_id: int, at: datetime, *, human: bool = True) -> Quote:
    """Record that the prospect opened the quote's email; machine opens (proxies, scanners) change nothing."""
    quote = get_quote(session, quote_id)
    if not human:
        return quote
    quote.last_human_open_at = max(at, quote.last_human_open_at) if quote.last_human_open_at else at
    return set_status(session, quote_id, QuoteStatus.OPENED, at)


def accept(session: Session, quote_id: int, at: datetime, *, full_name: str, pdf_sha256: str | None = None,
           ip: str | None = None, user_agent: str | None = None) -> Quote:
    """Accept a quote and keep the acceptance record (who, when, the SHA-256 of the PDF seen, IP, browser).

    Raises:
        desktop.core.quote_status.QuoteStatusError: the quote cannot be accepted (superseded, refused...).
    """
    quote = set_status(session, quote_id, QuoteStatus.ACCEPTED, at, note=full_name)
    quote.acceptance_name, quote.acceptance_pdf_sha256 = full_name, pdf_sha256
    quote.acceptance_ip, quote.acceptance_user_agent = ip, user_agent
    session.flush()
    return quote


def expire_due(session: Session, today: date, now: datetime | None = None) -> list[int]:
    """Mark expired every quote awaiting an answer whose validity date is before ``today``.

    Args:
        session: the session of this job.
        today: the current date (injected clock).
        now: the time written in the timeline; midnight UTC of ``today`` by default.

    Returns:
        The ids of the quotes that expired.
    """
    when = now or datetime.combine(today, time(0), UTC)
    candidates = session.scalars(select(Quote).where(
        Quote.status.in_([s.value for s in AWAITING_ANSWER]), Quote.kind != "purchase_order",
        Quote.validity_date < today)).all()
    expired = []
    for quote in candidates:
        if is_due_to_expire(quote.status, quote.validity_date, today):
            set_status(session, quote.id, QuoteStatus.EXPIRED, when)
            expired.append(quote.id)
    return expired


def _copy(session: Session, source: Quote, now: datetime, **overrides: Any) -> Quote:
    """A new draft with the source's header and content (totals recomputed)."""
    fields = {name: getattr(source, name) for name in EDITABLE_FIELDS | {"contact_id"}}
    fields.update(overrides)
    copy = Quote(status=QuoteStatus.DRAFT.value, created_at=now, updated_at=now, **fields)
    session.add(copy)
    session.flush()
    _write_sections(session, copy, core_sections(source))
    recompute_totals(session, copy)
    return copy


def new_version(session: Session, quote_id: int, now: datetime) -> Quote:
    """Copy a finalised quote into its next version (a draft keeping the number) and supersede it.

    Raises:
        QuoteError: the quote is a draft (edit it instead).
        desktop.core.quote_status.QuoteStatusError: it cannot be superseded (accepted: make an amendment).
    """
    source = get_quote(session, quote_id)
    if is_editable(source.status):
        raise QuoteError("Un brouillon se modifie directement : il n'a pas de nouvelle version.")
    resolve_transition(source.status, QuoteStatus.SUPERSEDED)
    copy = _copy(session, source, now, number=source.number, version=source.version + 1,
                 root_id=source.root_id or source.id, previous_id=source.id, kind=source.kind,
                 source_quote_id=source.source_quote_id)
    set_status(session, source.id, QuoteStatus.SUPERSEDED, now, note=f"version {copy.version}")
    return copy


def reinstate_previous(session: Session, draft: Quote, now: datetime) -> int | None:
    """Before a new version's draft is deleted, give the version it replaced its own status back.

    Creating the draft superseded the previous version; without the draft nothing replaces it, so it
    returns to what its dates say (:func:`~desktop.core.quote_status.status_from_history`). Returns the
    previous version's id when it was reinstated (what an undo supersedes again), else ``None``.
    """
    if draft.previous_id is None or draft.status != QuoteStatus.DRAFT.value:
        return None
    previous = session.get(Quote, draft.previous_id)
    if previous is None or previous.status != QuoteStatus.SUPERSEDED.value:
        return None
    newer = session.scalar(select(func.count()).select_from(Quote).where(
        Quote.previous_id == previous.id, Quote.id != draft.id))
    if newer:
        return None  # another version still replaces it
    status = status_from_history(
        accepted=previous.accepted_at is not None, refused=previous.refused_at is not None,
        viewed=previous.viewed_at is not None, opened=previous.last_human_open_at is not None,
        sent=previous.sent_at is not None, validity_date=previous.validity_date, today=now.date())
    previous.status, previous.updated_at = status.value, now
    session.flush()
    _record(session, previous, f"Version {draft.version} supprimée : le devis {printed_number(previous)} "
                               f"redevient {status_label(status).lower()}", now)
    return previous.id


def supersede_again(session: Session, quote_id: int, now: datetime) -> None:
    """Undo of :func:`reinstate_previous`: the restored draft replaces the previous version again (unless the
    previous version was accepted meanwhile: an accepted quote stays accepted)."""
    quote = get_quote(session, quote_id)
    if can_transition(quote.status, QuoteStatus.SUPERSEDED):
        set_status(session, quote_id, QuoteStatus.SUPERSEDED, now, note="version restaurée")


def _require_accepted(source: Quote, what: str) -> None:
    if source.status != QuoteStatus.ACCEPTED.value or source.kind == "purchase_order":
        raise QuoteError(f"{what} : seul un devis accepté le permet (celui-ci est "
                         f"{status_label(source.status).lower()}).")


def create_amendment(session: Session, quote_id: int, now: datetime) -> Quote:
    """Start an amendment (avenant) to an accepted quote: its own draft document referencing it.

    It carries the quote's header but no line: the lines say what changes. It gets its own number when
    finalised.

    Raises:
        QuoteError: the quote is not accepted.
    """
    source = get_quote(session, quote_id)
    _require_accepted(source, "Avenant")
    amendment = Quote(status=QuoteStatus.DRAFT.value, kind="amendment", source_quote_id=source.id,
                      created_at=now, updated_at=now,
                      **{name: getattr(source, name) for name in EDITABLE_FIELDS | {"contact_id"}})
    amendment.title = f"Devis — avenant au devis {printed_number(source)}"
    session.add(amendment)
    session.flush()
    amendment.root_id = amendment.id
    _record(session, amendment, f"Avenant au devis {printed_number(source)} créé (brouillon)", now)
    return amendment


def to_purchase_order(session: Session, quote_id: int, now: datetime) -> Quote:
    """Turn an accepted quote into its purchase order (bon de commande), in one action.

    The order copies the quote's content and number, references it, and is born accepted (and frozen).

    Raises:
        QuoteError: the quote is not accepted, or already has its purchase order.
    """
    source = get_quote(session, quote_id)
    _require_accepted(source, "Bon de commande")
    existing = session.scalars(select(Quote.id).where(Quote.kind == "purchase_order",
                                                      Quote.source_quote_id == source.id)).first()
    if existing is not None:
        raise QuoteError(f"Le devis {printed_number(source)} a déjà son bon de commande.")
    order = _copy(session, source, now, kind="purchase_order", source_quote_id=source.id, number=source.number,
                  version=source.version, meant_as_purchase_order=True,
                  title=f"Bon de commande — devis {printed_number(source)}")
    order.root_id = order.id
    order.issue_date = now.date()
    session.flush()
    order.status = QuoteStatus.ACCEPTED.value
    order.finalised_at = order.accepted_at = now
    order.acceptance_name, order.acceptance_pdf_sha256 = source.acceptance_name, source.acceptance_pdf_sha256
    session.flush()
    _record(session, order, f"Bon de commande du devis {printed_number(source)} créé", now)
    return order

