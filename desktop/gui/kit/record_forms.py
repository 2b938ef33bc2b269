"""The field lists of the contact and company dialogs, in the interface language."""

from __future__ import annotations

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.record_dialog import Field


def _contact(text: str) -> str:
    return tr("ContactForm", text)


def _company(text: str) -> str:
    return tr("CompanyForm", text)


def contact_fields() -> list[Field]:
    t = _contact
    return [
        Field("civility", t("Civilité"), "combo", (("", "—"), ("M.", t("M.")), ("Mme", t("Mme")))),
        Field("first_name", t("Prénom")),
        Field("last_name", t("Nom")),
        Field("company_name", t("Société"), placeholder=t("créée si elle n'existe pas")),
        Field("job_title", t("Fonction")),
        Field("email", t("Email"), placeholder="jeanne.martin@exemple.fr"),
        Field("email2", t("Email secondaire")),
        Field("phone", t("Téléphone"), placeholder="01 23 45 67 89"),
        Field("mobile", t("Portable"), placeholder="06 12 34 56 78"),
        Field("address", t("Adresse")),
        Field("postal_code", t("Code postal")),
        Field("city", t("Ville")),
        Field("status", t("Statut"), "combo", (("prospect", t("Prospect")), ("client", t("Client")))),
        Field("tags", t("Étiquettes"), "tags", placeholder=t("séparées par des virgules")),
        Field("is_consumer", t("Particulier (consommateur)"), "check"),
        Field("tracking_consent", t("Consentement au suivi"), "tristate"),
        Field("marketing_consent", t("Accepte les emails commerciaux"), "check"),
        Field("do_not_contact", t("Ne pas contacter"), "check"),
        Field("notes", t("Notes"), "text"),
    ]


def company_fields() -> list[Field]:
    t = _company
    return [
        Field("legal_name", t("Raison sociale")),
        Field("legal_form", t("Forme juridique"), placeholder="SARL, SAS, EURL…"),
        Field("siret", t("SIRET"), placeholder="732 829 320 00074"),
        Field("vat_number", t("N° TVA intracommunautaire"), placeholder="FR40303265045"),
        Field("address", t("Adresse")),
        Field("postal_code", t("Code postal")),
        Field("city", t("Ville")),
        Field("phone", t("Téléphone")),
        Field("website", t("Site web")),
        Field("tags", t("Étiquettes"), "tags", placeholder=t("séparées par des virgules")),
    ]
