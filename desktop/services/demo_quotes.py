"""Demo steps ``products`` and ``quotes``: Atelier Lumière's catalogue and quotes in every status.

One quote per opportunity, up to one per five contacts (600 contacts: 120 quotes; 100,000: 20,000). The
status follows the deal: won -> accepted (with its acceptance record, often its purchase order), lost ->
refused or expired, open -> draft, finalised, sent, opened, viewed or expired. About one quote in eight
was revised: its first version is superseded by a v2. Numbers are gapless per year in issue order and
the number sequences are left where the next finalisation continues. Totals come from the core.

Rows are written with Core bulk inserts; quotes are inserted as drafts and given their status once their
lines exist, as the database's freeze triggers require.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from desktop.core.money import VatRate
from desktop.core.numbering import DEFAULT_PATTERN, format_number
from desktop.core.quotes import QuoteLine, compute_totals

if TYPE_CHECKING:
    from desktop.services.demo import DemoContext

# reference, designation, description, unit, unit price HT, VAT code
PRODUCTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("AUD-001", "Audit d'éclairage", "Relevé des points lumineux et mesure des éclairements.", "forfait",
     "450.00", "20"),
    ("AUD-002", "Étude photométrique", "Simulation Dialux et note de calcul.", "forfait", "680.00", "20"),
    ("LED-600", "Dalle LED 600×600", "40 W, 4 000 K, UGR < 19, garantie 5 ans.", "pièce", "89.90", "20"),
    ("LED-120", "Réglette LED étanche 120 cm", "IP65, 36 W, pour ateliers et parkings.", "pièce", "54.00", "20"),
    ("LED-SPT", "Spot encastré orientable", "8 W, 3 000 K, IRC > 90.", "pièce", "32.50", "20"),
    ("LED-RAI", "Projecteur sur rail", "25 W, faisceau 24°, pour vitrines.", "pièce", "118.00", "20"),
    ("LED-SUS", "Suspension design laiton", "Pièce d'atelier, finition brossée.", "pièce", "389.00", "20"),
    ("LED-HB", "Cloche industrielle LED", "150 W, 21 000 lm, pour grandes hauteurs.", "pièce", "245.00", "20"),
    ("EXT-PRJ", "Projecteur extérieur LED", "100 W, IP66, détecteur intégré.", "pièce", "139.00", "20"),
    ("EXT-BOR", "Borne d'allée", "Hauteur 80 cm, 12 W, anthracite.", "pièce", "176.00", "20"),
    ("EXT-MAT", "Mât d'éclairage parking", "5 m, lanterne LED 60 W.", "pièce", "1240.00", "20"),
    ("BAE-SEC", "Bloc autonome d'éclairage de sécurité", "BAES évacuation 45 lm, SATI.", "pièce", "68.00",
     "20"),
    ("BAE-AMB", "BAES d'ambiance", "Anti-panique 400 lm.", "pièce", "94.00", "20"),
    ("DET-PRE", "Détecteur de présence", "Plafonnier, portée 8 m.", "pièce", "34.50", "20"),
    ("GRD-DAL", "Variateur DALI", "Commande 4 canaux.", "pièce", "212.00", "20"),
    ("RUB-LED", "Ruban LED sur mesure", "24 V, 14,4 W/m, profilé alu et diffuseur.", "m", "38.00", "20"),
    ("POS-H", "Pose et raccordement", "Dépose de l'existant, pose, raccordement et essais.", "heure", "52.00",
     "10"),
    ("POS-NAC", "Location de nacelle", "Nacelle ciseaux 10 m, avec opérateur.", "jour", "390.00", "20"),
    ("REC-DEE", "Reprise et recyclage de l'existant", "Éco-participation DEEE incluse.", "forfait", "120.00",
     "20"),
    ("MNT-AN", "Contrat de maintenance annuel", "Deux visites par an, remplacement des sources.", "an",
     "960.00", "20"),
    ("MNT-DEP", "Dépannage sur site", "Intervention sous 48 h.", "forfait", "145.00", "20"),
    ("CEE-PRM", "Accompagnement CEE", "Montage du dossier de certificats d'économies d'énergie.", "forfait",
     "0.00", "20"),
    ("DEP-KM", "Frais de déplacement", "Aller-retour depuis Lyon.", "km", "0.60", "20"),
    ("FOR-1J", "Formation à la gestion de l'éclairage", "Une journée sur site.", "jour", "750.00", "exempt"),
    ("DOC-TEC", "Dossier technique imprimé", "Documentation et plans.", "exemplaire", "12.00", "5.5"),
)

_OPEN_STATUSES = (("draft", 15), ("finalised", 10), ("sent", 25), ("opened", 20), ("viewed", 20),
                  ("expired", 10))
_VALIDITY = timedelta(days=30)
_AWAITING = {"finalised", "sent", "opened", "viewed"}


def fill_products(ctx: DemoContext) -> None:
    """Write the catalogue (25 products and services)."""
    ids = ctx.new_ids("products", len(PRODUCTS))
    created = ctx.now - timedelta(days=2 * 365)
    ctx.insert("products", [
        {"id": pid, "reference": ref, "designation": name, "description": text, "unit": unit,
         "unit_price": Decimal(price), "vat_rate": vat, "active": ref != "DOC-TEC",
         "created_at": created, "updated_at": created}
        for pid, (ref, name, text, unit, price, vat) in zip(ids, PRODUCTS, strict=True)])


@dataclass
class _Plan:
    """One quote row to write, with its lines (section title, product id, core line)."""

    row: dict[str, Any]
    lines: list[tuple[str, int | None, QuoteLine]] = field(default_factory=list)
    status: str = "draft"
    previous: int | None = None  # index in the plan list of the version this one supersedes
    source: int | None = None  # index of the quote a purchase order comes from


def _lines(rng: random.Random, products: list[tuple[int, str, str, str, Decimal, str]],
           travel: bool) -> list[tuple[str, int | None, QuoteLine]]:
    """Two to eight lines in one or two sections; sometimes a free study, travel fees when expected."""
    sales = [p for p in products if p[1] not in ("DEP-KM", "CEE-PRM", "FOR-1J")]
    lines: list[tuple[str, int | None, QuoteLine]] = []
    two_sections = rng.random() < 0.5
    for pid, _ref, name, unit, price, vat in rng.sample(sales, rng.randrange(2, 8)):
        section = "Main-d'œuvre" if two_sections and unit in ("heure", "jour", "forfait") else "Fournitures"
        quantity = Decimal(rng.randrange(1, 4) if unit in ("forfait", "an", "jour") else rng.randrange(2, 40))
        discount = Decimal(rng.choice((0, 0, 0, 5, 10)))
        lines.append((section if two_sections else "", pid, QuoteLine(
            designation=name, quantity=quantity, unit_price=price, vat=VatRate(vat), unit=unit,
            discount_percent=discount)))
    by_ref = {p[1]: p for p in products}
    last = lines[-1][0]
    if rng.random() < 0.2:
        pid, _ref, name, unit, _price, vat = by_ref["CEE-PRM"]
        lines.append((last, pid, QuoteLine(name, Decimal(1), None, vat=VatRate(vat), unit=unit, is_free=True)))
    if travel:
        pid, _ref, name, unit, price, vat = by_ref["DEP-KM"]
        lines.append((last, pid, QuoteLine(name, Decimal(rng.randrange(20, 180)), price, vat=VatRate(vat),
                                           unit=unit, is_travel_fee=True)))
    lines.sort(key=lambda item: item[0] != "Fournitures")  # supplies first, then labour
    return lines


def _local_date(moment: datetime) -> date:
    from desktop.services.demo import PARIS

    return moment.astimezone(PARIS).date()


def fill_quotes(ctx: DemoContext) -> None:
    """Write quotes, their sections and lines, versions, purchase orders and the number sequences."""
    from desktop.services.demo import _moment

    rng = ctx.rng("quotes")
    table = ctx.table("products")
    products = [(r.id, r.reference, r.designation, r.unit, r.unit_price, r.vat_rate)
                for r in ctx.session.execute(select(table).order_by(table.c.id))]
    if not products:
        return
    opportunities = list(ctx.opportunities)
    rng.shuffle(opportunities)
    opportunities = opportunities[:len(ctx.contacts) // 5]
    opportunities.sort(key=lambda o: o.id)
    payment = "30 % d'acompte à la commande, solde à 30 jours date de facture"
    plans: list[_Plan] = []
    for opp in opportunities:
        contact = opp.contact
        if opp.result == "won":
            status = "accepted"
        elif opp.result == "lost":
            status = "refused" if rng.random() < 0.8 else "expired"
        else:
            status = rng.choices([s for s, _w in _OPEN_STATUSES], [w for _s, w in _OPEN_STATUSES])[0]
        end = opp.closed_at or ctx.now - timedelta(hours=2)
        if status in _AWAITING or status == "draft":  # still valid today; drafts are recent work
            start = max(opp.created_at, ctx.now - timedelta(days=10 if status == "draft" else 25))
        elif status == "expired":
            start, end = opp.created_at, min(end, ctx.now - _VALIDITY - timedelta(days=2))
        else:
            start = opp.created_at
        issued_at = _moment(rng, min(start, end - timedelta(hours=1)), end - timedelta(hours=1))
        travel = rng.random() < 0.3
        versions = 2 if status != "draft" and rng.random() < 0.12 else 1
        for version in range(1, versions + 1):
            moment = issued_at - timedelta(days=3 * (versions - version))  # earlier versions earlier
            lines = _lines(rng, products, travel)
            plan = _Plan(row={
                "version": version, "kind": "quote", "title": "Devis", "contact_id": contact.id,
                "company_id": contact.company.id if contact.company else None, "opportunity_id": opp.id,
                "owner_id": contact.owner_id, "issue_date": None if status == "draft" else _local_date(moment),
                "validity_date": _local_date(moment) + _VALIDITY, "lead_time": rng.choice(
                    ("3 semaines après acceptation", "4 à 6 semaines", "Sous 15 jours", "")),
                "global_discount_percent": Decimal(rng.choice((0, 0, 0, 3, 5))),
                "deposit_percent": Decimal(30), "notes": "", "personal_message": (
                    f"Bonjour {contact.first_name},\nVoici notre proposition pour « {opp.title} ». "
                    "Je reste à votre disposition pour en parler."),
                "payment_terms": payment, "template": rng.choice(("classic", "modern")), "language": "fr",
                "meant_as_purchase_order": True, "travel_fees_expected": travel,
                "created_at": moment - timedelta(hours=1), "updated_at": moment,
                "finalised_at": None if status == "draft" else moment,
            }, lines=lines, status="superseded" if version < versions else status,
                previous=len(plans) - 1 if version > 1 else None)
            plans.append(plan)
        if status == "accepted" and rng.random() < 0.5:
            source = plans[-1]
            plans.append(_Plan(row={**source.row, "kind": "purchase_order"}, lines=source.lines,
                               status="accepted", source=len(plans) - 1))
    _tracking(ctx, rng, plans)
    last_numbers = _number(plans)
    _write(ctx, plans)
    if last_numbers:
        ctx.insert("quote_number_sequences", [{"year": y, "last_number": n} for y, n in sorted(last_numbers.items())])


def _tracking(ctx: DemoContext, rng: random.Random, plans: list[_Plan]) -> None:
    """Sent, opened, viewed and accepted times, and the acceptance record, all before ``ctx.now``."""
    by_contact = {c.id: c for c in ctx.contacts}
    for plan in plans:
        row, status = plan.row, plan.status
        finalised = row["finalised_at"]
        for key in ("sent_at", "last_human_open_at", "viewed_at", "accepted_at", "refused_at",
                    "acceptance_name", "acceptance_pdf_sha256", "acceptance_ip", "acceptance_user_agent"):
            row.setdefault(key, None)
        if plan.source is not None:  # a purchase order carries its quote's acceptance
            source = plans[plan.source].row
            for key in ("accepted_at", "acceptance_name", "acceptance_pdf_sha256", "acceptance_ip",
                        "acceptance_user_agent"):
                row[key] = source[key]
            continue
        if status in ("draft", "finalised") or finalised is None:
            continue
        limit = ctx.now - timedelta(minutes=5)
        step = (limit - finalised) / 6
        row["sent_at"] = min(finalised + timedelta(minutes=rng.randrange(5, 120)), finalised + step)
        if status in ("opened", "viewed", "accepted", "refused", "expired", "superseded") and rng.random() < 0.9:
            row["last_human_open_at"] = row["sent_at"] + step * rng.random()
        if status in ("viewed", "accepted") or (status == "refused" and rng.random() < 0.6):
            row["viewed_at"] = row["sent_at"] + step * (1 + rng.random())
            row["last_human_open_at"] = row["last_human_open_at"] or row["viewed_at"]
        if status == "accepted":
            contact = by_contact[row["contact_id"]]
            row["accepted_at"] = row["sent_at"] + step * (2 + rng.random())
            row["acceptance_name"] = f"{contact.first_name} {contact.last_name}"
            row["acceptance_pdf_sha256"] = hashlib.sha256(f"demo-quote-{row['opportunity_id']}".encode()).hexdigest()
            row["acceptance_ip"] = f"203.0.113.{rng.randrange(0, 256, 16)}"
            row["acceptance_user_agent"] = rng.choice((
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1"))
        if status == "refused":
            row["refused_at"] = row["sent_at"] + step * (3 + rng.random())


def _number(plans: list[_Plan]) -> dict[int, int]:
    """Give numbers per year in issue order (a v2 and a purchase order keep their quote's); return the last ones."""
    counters: dict[int, int] = defaultdict(int)
    for plan in sorted((p for p in plans if p.row["issue_date"] is not None and p.previous is None
                        and p.source is None), key=lambda p: (p.row["issue_date"], p.row["opportunity_id"])):
        issued = plan.row["issue_date"]
        counters[issued.year] += 1
        plan.row["number"] = format_number(DEFAULT_PATTERN, issued, counters[issued.year])
    for plan in plans:  # in list order: a version or an order comes after the plan it refers to
        link = plan.previous if plan.previous is not None else plan.source
        plan.row["number"] = plans[link].row["number"] if link is not None else plan.row.get("number")
        if plan.source is not None:
            source = plans[plan.source]
            plan.row["version"] = source.row["version"]
            plan.row["title"] = f"Bon de commande — devis {source.row['number']}" + (
                f"-v{source.row['version']}" if source.row["version"] > 1 else "")
    return dict(counters)


def _write(ctx: DemoContext, plans: list[_Plan]) -> None:
    """Insert quotes as drafts, then sections and lines, then set each quote's status."""
    ids = list(ctx.new_ids("quotes", len(plans)))
    quote_rows, section_rows, line_rows = [], [], []
    by_status: dict[str, list[int]] = defaultdict(list)
    section_id = ctx.new_ids("quote_sections", 0).start
    line_id = ctx.new_ids("quote_lines", 0).start
    for index, (qid, plan) in enumerate(zip(ids, plans, strict=True)):
        row = plan.row
        root = index
        while plans[root].previous is not None:
            root = plans[root].previous  # type: ignore[assignment]
        totals = compute_totals([line for _s, _p, line in plan.lines], row["global_discount_percent"],
                                row["deposit_percent"])
        quote_rows.append({**row, "id": qid, "status": "draft", "root_id": ids[root],
                           "previous_id": None if plan.previous is None else ids[plan.previous],
                           "source_quote_id": None if plan.source is None else ids[plan.source],
                           "total_ht": totals.total_ht, "total_vat": totals.total_vat,
                           "total_ttc": totals.total_ttc})
        by_status[plan.status].append(qid)
        sections: dict[str, tuple[int, list[int]]] = {}
        for title, product_id, line in plan.lines:
            if title not in sections:
                sections[title] = (section_id, [0])
                section_rows.append({"id": section_id, "quote_id": qid, "position": len(sections) - 1,
                                     "title": title})
                section_id += 1
            sid, count = sections[title]
            line_rows.append({
                "id": line_id, "quote_id": qid, "section_id": sid, "position": count[0],
                "product_id": product_id, "designation": line.designation, "description": line.description,
                "quantity": line.quantity, "unit": line.unit, "unit_price": line.unit_price,
                "discount_percent": line.discount_percent, "vat_rate": line.vat.value, "is_free": line.is_free,
                "is_travel_fee": line.is_travel_fee})
            count[0] += 1
            line_id += 1
    ctx.new_ids("quote_sections", len(section_rows))
    ctx.new_ids("quote_lines", len(line_rows))
    ctx.insert("quotes", quote_rows)
    ctx.insert("quote_sections", section_rows)
    ctx.insert("quote_lines", line_rows)
    quotes = ctx.table("quotes")
    for status, quote_ids in sorted(by_status.items()):
        for i in range(0, len(quote_ids), 5_000):
            if status != "draft":
                ctx.session.execute(update(quotes).where(quotes.c.id.in_(quote_ids[i:i + 5_000]))
                                    .values(status=status))
