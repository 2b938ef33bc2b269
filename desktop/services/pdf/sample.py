"""A realistic sample quote, for template previews (a user editing a template copy), tests and benchmarks."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.core.money import VatRate
from desktop.core.quotes import Client, QuoteDocument, QuoteLine, RegistryKind, Salesperson, Section, Seller

SAMPLE_CGV = (
    "Article 1 – Objet. Les présentes conditions générales de vente régissent les relations entre "
    "Atelier Lumière SARL et ses clients pour toute commande de fournitures et de prestations.\n\n"
    "Article 2 – Prix. Les prix sont exprimés en euros hors taxes ; la TVA applicable est celle en vigueur "
    "à la date de facturation. Le devis est valable jusqu'à la date indiquée.\n\n"
    "Article 3 – Paiement. Sauf mention contraire, les factures sont payables à 30 jours date de facture. "
    "Tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal et une "
    "indemnité forfaitaire de 40 € pour frais de recouvrement (art. L441-10 du Code de commerce).\n\n"
    "Article 4 – Exécution. Les délais d'exécution sont donnés à titre indicatif à compter de la réception "
    "du devis signé et de l'acompte.\n\n"
    "Article 5 – Litiges. Tout litige relève de la compétence du tribunal de commerce de Lyon."
)

_CATALOGUE: tuple[tuple[str, str, str, str, VatRate], ...] = (
    ("Audit d'éclairage du site", "Relevé des points lumineux, mesure des niveaux d'éclairement.", "forfait",
     "450.00", VatRate.STANDARD),
    ("Luminaire LED encastré 600×600", "40 W, 4 000 K, UGR < 19, garantie 5 ans.", "pièce", "89.90",
     VatRate.STANDARD),
    ("Pose et raccordement", "Dépose de l'existant, pose, raccordement et essais.", "heure", "52.00",
     VatRate.INTERMEDIATE),
    ("Détecteur de présence", "Plafonnier, portée 8 m.", "pièce", "34.50", VatRate.STANDARD),
    ("Travaux d'isolation des combles", "Laine soufflée R = 7, éligible au taux réduit.", "m²", "21.30",
     VatRate.REDUCED),
    ("Brochure technique", "Documentation imprimée.", "exemplaire", "12.00", VatRate.REDUCED),
)


def sample_lines(count: int) -> tuple[QuoteLine, ...]:
    """Return ``count`` varied lines cycling through a small lighting catalogue (quantities 1 to 12)."""
    lines = []
    for i in range(count):
        name, description, unit, price, vat = _CATALOGUE[i % len(_CATALOGUE)]
        lines.append(QuoteLine(
            designation=f"{name}" if i < len(_CATALOGUE) else f"{name} – lot {i // len(_CATALOGUE) + 1}",
            description=description,
            quantity=Decimal(1 + (i * 7) % 12),
            unit=unit,
            unit_price=Decimal(price),
            vat=vat,
            discount_percent=Decimal("10") if i % 5 == 3 else Decimal("0"),
        ))
    return tuple(lines)


def sample_document(line_count: int = 8, *, today: date = date(2026, 11, 27)) -> QuoteDocument:
    """Return a complete sample quote, meant as a purchase order, issued ``today``.

    Args:
        line_count: how many priced lines besides the free and travel-fee lines.
        today: the issue date; validity is 30 days later.
    """
    seller = Seller(
        legal_name="Atelier Lumière",
        legal_form="SARL",
        share_capital=Decimal("20000"),
        siret="73282932000074",
        registry_kind=RegistryKind.RCS,
        registry_city="Lyon",
        vat_number="FR44732829320",
        address="12 rue de la République\n69002 Lyon",
        email="contact@atelier-lumiere.fr",
        phone="04 78 00 00 00",
        website="www.atelier-lumiere.fr",
        iban="FR76 3000 6000 0112 3456 7890 189",
        bic="AGRIFRPP",
        cgv=SAMPLE_CGV,
        late_payment_rate="trois fois le taux d'intérêt légal",
    )
    client = Client(
        name="Mme Claire Dupont",
        company="Boulangerie Dupont",
        address="3 place du Marché\n69100 Villeurbanne",
        email="claire.dupont@example.fr",
    )
    half = max(1, line_count // 2)
    lines = sample_lines(line_count)
    sections = (
        Section("Étude et fournitures", lines[:half]),
        Section("Installation", (
            *lines[half:],
            QuoteLine("Mise en service et réglages", Decimal("1"), Decimal("120.00"), unit="forfait",
                      is_free=True),
            QuoteLine("Déplacement Lyon – Villeurbanne", Decimal("2"), Decimal("35.00"), unit="forfait",
                      vat=VatRate.STANDARD, is_travel_fee=True),
        )),
    )
    return QuoteDocument(
        seller=seller,
        client=client,
        sections=sections,
        number="D-2026-0042",
        version=1,
        issue_date=today,
        validity_date=today + timedelta(days=30),
        lead_time="3 semaines après signature",
        payment_terms="Acompte de 30 % à la commande, solde à 30 jours date de facture.\nVirement bancaire.",
        salesperson=Salesperson("Julien Martin", "julien.martin@atelier-lumiere.fr", "06 12 34 56 78"),
        global_discount_percent=Decimal("5"),
        deposit_percent=Decimal("30"),
        notes="Les travaux sont réalisés en site occupé, sans interruption de votre activité.",
        personal_message=(
            "Madame Dupont, merci pour votre accueil lors de notre visite du 20 novembre. Voici notre "
            "proposition pour la rénovation de l'éclairage de votre boutique ; je reste à votre "
            "disposition pour l'ajuster à votre calendrier."
        ),
        meant_as_purchase_order=True,
        travel_fees_expected=True,
    )
