"""Word lists and identifier makers of the demo data set: French names, real cities, sectors, timelines.

Everything here is plain data or a pure function, read by :mod:`desktop.services.demo`. The people and companies
are fictitious; the cities, postal codes and telephone areas are real (area digit: 1 Île-de-France,
2 north-west, 3 north-east, 4 south-east, 5 south-west).
"""

from __future__ import annotations

import random
import re
from typing import Final

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from desktop.core.search import fold

FIRST_NAMES_F: Final = (
    "Éloïse", "Camille", "Léa", "Chloé", "Manon", "Inès", "Jeanne", "Clémence", "Hélène", "Anaïs",
    "Sophie", "Nathalie", "Isabelle", "Sandrine", "Valérie", "Céline", "Aurélie", "Émilie", "Julie",
    "Margaux", "Océane", "Zoé", "Agathe", "Bérénice", "Mélanie", "Laetitia", "Françoise", "Catherine",
    "Sylvie", "Christine", "Marie", "Anne", "Claire", "Élodie", "Gaëlle", "Noémie", "Solène", "Maëlle",
    "Léonie", "Louise", "Juliette", "Pauline", "Virginie", "Stéphanie", "Delphine", "Mathilde", "Lucie",
    "Amandine", "Ophélie", "Béatrice",
)
FIRST_NAMES_M: Final = (
    "Jean", "Pierre", "Thomas", "Nicolas", "Julien", "Sébastien", "Maxime", "Antoine", "Hugo", "Lucas",
    "Théo", "Mathéo", "Raphaël", "Gaël", "Jérôme", "Stéphane", "Frédéric", "Benoît", "Cédric", "Grégoire",
    "Olivier", "Laurent", "François", "Éric", "Hervé", "Philippe", "Michel", "Alain", "Patrick", "Yannick",
    "Loïc", "Mickaël", "Jérémy", "Quentin", "Romain", "Arnaud", "Guillaume", "Damien", "Xavier", "Noël",
    "Bruno", "Christophe", "Emmanuel", "Vincent", "Adrien", "Baptiste", "Clément", "Timothée", "Aurélien",
    "Joël",
)
LAST_NAMES: Final = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
    "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
    "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
    "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval",
    "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez",
    "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc",
    "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix",
    "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot",
    "Rivière", "Le Gall", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Ménard",
    "Fleury", "Deschamps", "Carpentier", "Julien", "Benoît", "Paris", "Maillard", "Marchal", "Aubry",
    "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer",
    "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Bréhaut", "Le Goff", "Hamon", "Tessier",
    "Lebrun", "Béranger", "Étienne", "Cordier", "Delaunay", "Besnard", "Bouvier", "Hoarau", "Kerjean",
    "Dupont-Moreau", "Saint-Martin",
)

# (city, postal code, telephone area digit)
CITIES: Final = (
    ("Paris", "75008", 1), ("Paris", "75011", 1), ("Paris", "75015", 1), ("Boulogne-Billancourt", "92100", 1),
    ("Nanterre", "92000", 1), ("Saint-Denis", "93200", 1), ("Créteil", "94000", 1), ("Versailles", "78000", 1),
    ("Montreuil", "93100", 1), ("Argenteuil", "95100", 1), ("Évry-Courcouronnes", "91000", 1),
    ("Rennes", "35000", 2), ("Nantes", "44000", 2), ("Brest", "29200", 2), ("Caen", "14000", 2),
    ("Rouen", "76000", 2), ("Le Havre", "76600", 2), ("Angers", "49000", 2), ("Le Mans", "72000", 2),
    ("Tours", "37000", 2), ("Orléans", "45000", 2), ("Saint-Malo", "35400", 2), ("Vannes", "56000", 2),
    ("Lorient", "56100", 2), ("Quimper", "29000", 2),
    ("Lille", "59000", 3), ("Roubaix", "59100", 3), ("Strasbourg", "67000", 3), ("Metz", "57000", 3),
    ("Nancy", "54000", 3), ("Reims", "51100", 3), ("Dijon", "21000", 3), ("Besançon", "25000", 3),
    ("Mulhouse", "68100", 3), ("Colmar", "68000", 3), ("Amiens", "80000", 3), ("Troyes", "10000", 3),
    ("Lyon", "69002", 4), ("Lyon", "69007", 4), ("Villeurbanne", "69100", 4), ("Marseille", "13001", 4),
    ("Marseille", "13008", 4), ("Nice", "06000", 4), ("Toulon", "83000", 4), ("Grenoble", "38000", 4),
    ("Saint-Étienne", "42000", 4), ("Annecy", "74000", 4), ("Chambéry", "73000", 4),
    ("Montpellier", "34000", 4), ("Nîmes", "30000", 4), ("Avignon", "84000", 4), ("Aix-en-Provence", "13100", 4),
    ("Clermont-Ferrand", "63000", 4), ("Valence", "26000", 4), ("Ajaccio", "20000", 4),
    ("Bordeaux", "33000", 5), ("Mérignac", "33700", 5), ("Toulouse", "31000", 5), ("Pau", "64000", 5),
    ("Bayonne", "64100", 5), ("Biarritz", "64200", 5), ("La Rochelle", "17000", 5), ("Poitiers", "86000", 5),
    ("Limoges", "87000", 5), ("Périgueux", "24000", 5), ("Agen", "47000", 5), ("Angoulême", "16000", 5),
    ("Perpignan", "66000", 4), ("Béziers", "34500", 4), ("Albi", "81000", 5), ("Montauban", "82000", 5),
)

PERSONAL_DOMAINS: Final = ("orange.fr", "gmail.com", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr")

STREET_TYPES: Final = ("rue", "rue", "rue", "avenue", "boulevard", "place", "impasse", "allée", "chemin", "quai")
STREET_NAMES: Final = (
    "Victor Hugo", "de la République", "Jean Jaurès", "du Général de Gaulle", "Pasteur", "de la Gare",
    "des Écoles", "Gambetta", "Jules Ferry", "de l'Église", "du Moulin", "des Lilas", "Émile Zola",
    "Voltaire", "de la Liberté", "Carnot", "Anatole France", "des Acacias", "du Château", "de Verdun",
    "Saint-Exupéry", "Marcel Pagnol", "des Tilleuls", "de la Paix", "Foch", "Clemenceau", "de Strasbourg",
    "de Bretagne", "du Port", "des Artisans", "de l'Industrie", "du Commerce", "Aristide Briand",
    "Lamartine", "Paul Bert", "Louis Pergaud", "des Vignes", "du Stade", "de la Fontaine", "Henri Barbusse",
)

LEGAL_FORMS: Final = ("SARL", "SAS", "SASU", "EURL", "SA")

# sector key -> (label shown in the "Secteur" field, legal form weights in LEGAL_FORMS order,
# name patterns with {nom}, {nom2}, {prenom}, {ville} placeholders)
SECTORS: Final = {
    "btp": ("BTP", (4, 4, 2, 2, 1), (
        "{nom} Bâtiment", "Entreprise {nom}", "{nom} & Fils", "Maçonnerie {nom}", "Menuiserie {nom}",
        "Charpentes {nom}", "Rénov'{ville}", "{nom} Construction", "Électricité {nom}", "Plomberie {nom}",
        "Couverture {nom} {nom2}", "BTP {ville}",
    )),
    "restauration": ("Restauration", (5, 3, 2, 2, 0), (
        "Le Bistrot de {prenom}", "Brasserie {nom}", "La Table de {prenom}", "Le Comptoir de {ville}",
        "Chez {prenom}", "Boulangerie {nom}", "Pâtisserie {nom}", "Le Petit {nom}", "Traiteur {nom}",
        "Crêperie {nom}", "L'Auberge de {ville}",
    )),
    "comptable": ("Cabinet comptable", (3, 4, 1, 1, 0), (
        "Cabinet {nom} Expertise", "{nom} & Associés", "Fiduciaire {nom}", "{nom} {nom2} Conseil",
        "Audit {ville} Expertise", "Cabinet {nom} et {nom2}", "Expertise Comptable {nom}",
    )),
    "industrie": ("Industrie", (1, 5, 1, 0, 3), (
        "{nom} Industries", "Mécanique {nom}", "Plasturgie de {ville}", "Ateliers {nom}", "Métallerie {nom}",
        "Usinage {nom} {nom2}", "Fonderie {nom}", "{nom} Emballages", "Tôlerie {nom}",
    )),
    "commerce": ("Commerce", (4, 3, 2, 3, 0), (
        "Maison {nom}", "Boutique {prenom}", "{nom} Distribution", "Quincaillerie {nom}", "Fleurs de {prenom}",
        "Optique {nom}", "Librairie {nom}", "Cave {nom}", "Bijouterie {nom}", "Les Halles de {ville}",
    )),
    "hotellerie": ("Hôtellerie", (3, 4, 1, 1, 1), (
        "Hôtel {nom}", "Hôtel du Parc {ville}", "Résidence {nom}", "Le Relais de {ville}",
        "Domaine {nom}", "Hôtel de la Gare {ville}",
    )),
    "sante": ("Santé", (3, 3, 1, 2, 0), (
        "Pharmacie {nom}", "Clinique vétérinaire {nom}", "Cabinet dentaire {nom}", "Laboratoire {nom}",
        "Centre médical {ville}", "Optique santé {nom}",
    )),
    "immobilier": ("Immobilier", (3, 4, 2, 1, 0), (
        "{nom} Immobilier", "Agence {nom}", "Immobilière de {ville}", "Cabinet {nom} Gestion",
        "{ville} Habitat", "Syndic {nom}",
    )),
    "transport": ("Transport et logistique", (3, 4, 1, 1, 1), (
        "Transports {nom}", "{nom} Logistique", "Express {ville}", "Déménagements {nom}",
        "Taxis {nom}", "Messagerie {nom} {nom2}",
    )),
    "informatique": ("Services informatiques", (2, 5, 3, 1, 0), (
        "{nom} Informatique", "{ville} Numérique", "Solutions {nom}", "Réseaux {nom}",
        "Infogérance {nom} {nom2}", "Data {ville}",
    )),
}

# (title of a man, title of a woman)
JOB_TITLES: Final = (
    ("Gérant", "Gérante"), ("Directeur général", "Directrice générale"), ("Président", "Présidente"),
    ("Responsable des achats", "Responsable des achats"), ("Acheteur", "Acheteuse"),
    ("Responsable technique", "Responsable technique"),
    ("Directeur administratif et financier", "Directrice administrative et financière"),
    ("Assistant de direction", "Assistante de direction"),
    ("Responsable des services généraux", "Responsable des services généraux"),
    ("Conducteur de travaux", "Conductrice de travaux"), ("Chef de projet", "Cheffe de projet"),
    ("Responsable maintenance", "Responsable maintenance"), ("Office manager", "Office manager"),
    ("Comptable", "Comptable"), ("Expert-comptable", "Experte-comptable"),
    ("Responsable d'agence", "Responsable d'agence"), ("Chef d'atelier", "Cheffe d'atelier"),
    ("Responsable commercial", "Responsable commerciale"), ("Directeur des opérations", "Directrice des opérations"),
    ("Responsable RSE", "Responsable RSE"),
)

# (name, colour, share of contacts, share of companies)
TAGS: Final = (
    ("Salon Batimat 2026", "#e8590c", 0.08, 0.05),
    ("VIP", "#c92a2a", 0.04, 0.06),
    ("Partenaire", "#2b8a3e", 0.03, 0.08),
    ("Relance téléphonique", "#1971c2", 0.12, 0.0),
    ("Newsletter", "#5f3dc4", 0.20, 0.0),
    ("Grand compte", "#862e9c", 0.0, 0.05),
    ("Appel d'offres", "#e67700", 0.02, 0.04),
    ("Recommandation", "#0b7285", 0.05, 0.03),
    ("Salon Equip'Hôtel 2026", "#d6336c", 0.04, 0.03),
    ("À rappeler en janvier", "#495057", 0.05, 0.0),
)

ORIGINS: Final = (
    "Rencontré au salon Batimat, stand B42.",
    "Demande entrante via le formulaire du site web.",
    "Recommandé par un client satisfait.",
    "Prospection téléphonique (fichier CCI).",
    "Contact pris sur LinkedIn.",
    "Rencontré lors d'un petit-déjeuner du réseau d'entreprises local.",
    "Visite spontanée au showroom.",
    "Contact transmis par notre partenaire électricien.",
)

# (outcome code, subject, weight); the subject is what the timeline shows
CALL_OUTCOMES: Final = (
    ("reached", "Appel : joint, intéressé", 5),
    ("reached", "Appel : point sur le projet", 4),
    ("reached", "Appel : demande un devis détaillé", 2),
    ("reached", "Appel : pas de besoin pour le moment", 2),
    ("voicemail", "Appel : message laissé sur le répondeur", 4),
    ("no_answer", "Appel : pas de réponse", 4),
    ("callback", "Appel : rappeler la semaine prochaine", 3),
    ("wrong_number", "Appel : mauvais numéro", 1),
)

CALL_NOTES: Final = (
    "Budget à confirmer avec la direction.",
    "Souhaite une visite sur site avant de s'engager.",
    "Compare avec deux autres fournisseurs.",
    "Très satisfait de la dernière intervention.",
    "Travaux prévus au printemps.",
    "Attend le vote du budget d'investissement.",
    "Demande des références dans son secteur.",
    "",
)

EMAILS_OUT: Final = (
    "Suite à notre échange téléphonique",
    "Votre projet d'éclairage : documentation",
    "Proposition commerciale",
    "Relance : votre devis",
    "Invitation à notre showroom",
    "Références clients dans votre secteur",
    "Prise de rendez-vous",
)
EMAILS_IN: Final = (
    "Re: Proposition commerciale",
    "Demande de renseignements",
    "Re: Relance : votre devis",
    "Question sur les délais de livraison",
    "Plans du local",
    "Re: Prise de rendez-vous",
)
NOTES: Final = (
    "Rendez-vous sur site : locaux de 400 m², éclairage vieillissant.",
    "A validé le principe d'un audit d'éclairage.",
    "Décideur : la direction générale, réunion mensuelle le premier lundi.",
    "Préfère être contacté le matin.",
    "Projet repoussé au prochain exercice.",
    "Intéressé par le contrat de maintenance.",
    "Demande un échantillon de luminaires.",
    "Chantier en cours, rappeler après la réception des travaux.",
)

OPPORTUNITY_TITLES: Final = (
    "Relamping LED de l'entrepôt",
    "Éclairage de la salle de restaurant",
    "Mise en lumière de la vitrine",
    "Contrat de maintenance éclairage",
    "Audit énergétique de l'éclairage",
    "Éclairage des bureaux ({ville})",
    "Éclairage extérieur et parking",
    "Rénovation de l'éclairage du showroom",
    "Éclairage de sécurité (BAES)",
    "Luminaires sur mesure pour l'accueil",
    "Éclairage de l'atelier de production",
    "Mise en conformité de l'éclairage",
)
LOSS_REASONS: Final = ("Prix trop élevé", "Projet abandonné", "Concurrent retenu", "Délais trop longs")

# The three salespeople: (name, email local part, mobile national number, job title)
USERS: Final = (
    ("Camille Rousseau", "camille.rousseau", "612457890", "Chargée d'affaires"),
    ("Julien Marchand", "julien.marchand", "678213546", "Responsable commercial"),
    ("Sophie Lefèvre", "sophie.lefevre", "745129863", "Technico-commerciale"),
)

SELLER: Final = {
    "legal_name": "Atelier Lumière",
    "legal_form": "SAS",
    "share_capital": "50000.00",
    "siren_body": "81245673",  # eight digits; the ninth (Luhn) is computed
    "rcs_city": "Lyon",
    "address": "14 rue des Artisans",
    "postal_code": "69007",
    "city": "Lyon",
    "domain": "atelier-lumiere.fr",
    "phone": "+33478451230",
    "bank_code": "30004",
    "branch_code": "00823",
    "account": "00010245987",
    "bic": "BNPAFRPPXXX",
    "validity_days": 30,
    "payment_terms": "30 % d'acompte à la commande, solde à 30 jours fin de mois à réception de facture, "
                     "par virement bancaire.",
}

SELLER_CGV: Final = """\
Conditions générales de vente — Atelier Lumière SAS

1. Objet. Les présentes conditions générales de vente s'appliquent à toutes les prestations de conception, \
de fourniture et d'installation d'éclairage réalisées par Atelier Lumière SAS pour ses clients professionnels.

2. Devis et commande. Nos devis sont valables trente jours à compter de leur date d'émission. La commande \
est ferme à réception du devis daté, signé et revêtu de la mention manuscrite « Bon pour accord », \
accompagné de l'acompte prévu.

3. Prix. Nos prix sont exprimés en euros hors taxes ; la TVA est facturée au taux en vigueur à la date \
de facturation. Les frais de déplacement, lorsqu'ils sont facturés, figurent sur le devis.

4. Délais. Les délais de livraison et d'intervention sont donnés à titre indicatif ; un retard ne peut \
justifier l'annulation de la commande ni ouvrir droit à des dommages et intérêts.

5. Paiement. Sauf mention contraire, nos factures sont payables à trente jours fin de mois. Tout retard \
de paiement entraîne de plein droit des pénalités au taux de trois fois le taux d'intérêt légal ainsi \
qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros (article L441-10 du Code de commerce).

6. Réserve de propriété. Les marchandises restent notre propriété jusqu'au paiement intégral du prix.

7. Garantie. Les luminaires fournis bénéficient de la garantie du fabricant ; notre main-d'œuvre est \
garantie un an à compter de la réception des travaux.

8. Litiges. Tout litige relève de la compétence exclusive du tribunal de commerce de Lyon.
"""


def _fr_pattern(kind: str) -> re.Pattern[str]:
    """The national number pattern of a French number type, from phonenumbers' own metadata."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("FR")
    desc = getattr(metadata, kind, None)
    pattern = getattr(desc, "national_number_pattern", None)
    if not isinstance(pattern, str):  # pragma: no cover - phonenumbers without French metadata
        raise RuntimeError(f"phonenumbers has no French {kind} pattern")
    return re.compile(pattern)


_FR_FIXED: Final = _fr_pattern("fixed_line")
_FR_MOBILE: Final = _fr_pattern("mobile")


# Identifiers and phone numbers ----------------------------------------------------------------------

def siren_from_body(body: str) -> str:
    """A 9-digit SIREN from its first 8 digits (Luhn check digit appended)."""
    return body + luhn.calc_check_digit(body)


def siret_from_siren(siren: str, nic: str) -> str:
    """A 14-digit SIRET from a SIREN and the first 4 digits of the establishment number."""
    head = siren + nic
    return head + luhn.calc_check_digit(head)


def vat_from_siren(siren: str) -> str:
    """The French intra-community VAT number of a SIREN: ``FR`` + key ``(12 + 3 * (SIREN % 97)) % 97``."""
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def french_iban(bank: str, branch: str, account: str) -> str:
    """A French IBAN from the RIB parts, the RIB key and the IBAN check digits computed."""
    rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    return f"FR{std_iban.calc_check_digits('FR00' + bban)}{bban}"


def _phone(rng: random.Random, first: str, pattern: re.Pattern[str]) -> str:
    while True:
        national = first + str(rng.randrange(10**8)).zfill(8)
        if pattern.fullmatch(national):
            return "+33" + national


def fixed_phone(rng: random.Random, area: int) -> str:
    """A French landline in E.164 in telephone area ``area`` (1 to 5), valid for phonenumbers."""
    return _phone(rng, str(area), _FR_FIXED)


def mobile_phone(rng: random.Random) -> str:
    """A French mobile number (06 or 07) in E.164, valid for phonenumbers."""
    return _phone(rng, rng.choice("667"), _FR_MOBILE)


def slug(text: str) -> str:
    """``Le Bistrot de Zoé`` -> ``le-bistrot-de-zoe`` (for email addresses and domains)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
