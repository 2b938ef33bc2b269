"""The import dialog's words: the fields a column can fill, why a file cannot be read, why a row is rejected,
what is wrong with a mapping (context ``ImportDialog``, as the dialog's form)."""

from __future__ import annotations

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.problems import problem_text
from desktop.services import importer as im
from desktop.services.tabular import TabularError


def _t(text: str) -> str:
    return tr("ImportDialog", text)


def field_labels() -> dict[str, str]:
    """The French names of the fields a column can be mapped to."""
    return {
        "": _t("(ne pas importer)"), "civility": _t("Civilité"), "first_name": _t("Prénom"),
        "last_name": _t("Nom"), "job_title": _t("Fonction"), "email": _t("E-mail"),
        "email2": _t("E-mail 2"), "phone": _t("Téléphone"), "mobile": _t("Portable"),
        "address": _t("Adresse"), "postal_code": _t("Code postal"), "city": _t("Ville"),
        "company_name": _t("Société"), "status": _t("Statut"), "tags": _t("Étiquettes"),
        "notes": _t("Notes"), "marketing_consent": _t("Consentement marketing"),
        "tracking_consent": _t("Consentement au suivi"),
        "do_not_contact": _t("Ne pas contacter"), "legal_name": _t("Raison sociale"),
        "legal_form": _t("Forme juridique"), "siret": _t("SIRET"),
        "vat_number": _t("TVA intracommunautaire"), "website": _t("Site web"),
    }


def describe_file_error(error: TabularError) -> str:
    """A file-level error in the user's language."""
    p = error.params
    texts = {
        "empty": _t("Le fichier est vide : il n'y a rien à importer."),
        "only_header": _t("Le fichier ne contient que la ligne d'en-tête, aucune ligne de données."),
        "too_big": _t("Le fichier est trop volumineux (au plus %1 Mo).").replace(
            "%1", str(limit // (1024 * 1024) if isinstance(limit := p.get("limit"), int) else "?")),
        "too_many_rows": _t("Le fichier a trop de lignes (au plus %1).").replace("%1", str(p.get("limit"))),
        "too_many_columns": _t("Le fichier a trop de colonnes (au plus %1).").replace(
            "%1", str(p.get("limit"))),
        "binary": _t("Ce fichier n'est pas un fichier texte CSV, ou son encodage est inconnu."),
        "mojibake": _t("Les accents de ce fichier sont déjà abîmés (par exemple « Ã© » au lieu de « é ») : "
                            "il a été converti avec un mauvais encodage. Exportez-le de nouveau en « CSV UTF-8 »."),
        "xls": _t("Les anciens classeurs .xls ne sont pas pris en charge : "
                       "enregistrez-le en .xlsx ou en CSV."),
        "not_xlsx": _t("Ce fichier n'est pas un classeur XLSX valide."),
        "bad_header": _t("La ligne d'en-tête ouvre un guillemet (\") qui n'est jamais fermé.")
        if p.get("reason") == "unclosed_quote"
        else _t("La ligne d'en-tête contient des caractères illisibles."),
        "csv_syntax": _t("Le fichier CSV est mal formé (guillemets non fermés ?)."),
        "unreadable": _t("Le fichier ne peut pas être lu."),
    }
    return texts.get(error.code, error.message)


def describe_rejection(rejection: im.Rejection) -> str:
    """Why a row is rejected, in the user's language (the English detail when no text is known)."""
    code = rejection.code
    texts = {
        "nul": _t("la cellule contient un octet nul"),
        "bad_bytes": _t("la cellule contient des octets qui ne sont pas du texte valide"),
        "unclosed_quote": _t("un guillemet (\") ouvre une cellule qui n'est jamais fermée : fermez-le, ou "
                                  "retirez-le s'il fait partie du texte"),
        "control_chars": _t("la cellule contient des caractères de contrôle invisibles"),
        "cell_too_long": _t("la cellule est trop longue"),
        "ragged": _t("la ligne a plus de cellules que l'en-tête"),
        "invalid_email": _t("adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)"),
        "invalid_email2": _t("adresse e-mail non valide (exemple : jeanne.martin@exemple.fr)"),
        "invalid_phone": _t("numéro de téléphone non valide (exemple : 06 12 34 56 78)"),
        "invalid_mobile": _t("numéro de téléphone non valide (exemple : 06 12 34 56 78)"),
        "invalid_siret": _t("SIRET non valide (14 chiffres avec une clé de contrôle juste)"),
        "invalid_vat_number": _t("numéro de TVA intracommunautaire non valide (exemple : FR40303265045)"),
        "invalid_last_name": _t("il faut un nom ou un prénom"),
        "invalid_legal_name": _t("il faut une raison sociale"),
        "invalid_status": _t("statut inconnu (prospect ou client)"),
        "invalid_civility": _t("civilité inconnue (M., Mme ou vide)"),
        "invalid_marketing_consent": _t("réponse attendue : oui ou non"),
        "invalid_do_not_contact": _t("réponse attendue : oui ou non"),
    }
    if code in texts:
        return texts[code]
    if code == "invalid_custom":
        return problem_text(rejection.message)
    if code.startswith("invalid_"):
        return _t("valeur refusée : %1").replace("%1", rejection.message)
    return rejection.message


def mapping_error_text(error: im.MappingError) -> str:
    """Why a mapping cannot be imported."""
    texts = {"no_name": _t("Choisissez la colonne du nom ou du prénom."),
             "no_legal_name": _t("Choisissez la colonne de la raison sociale."),
             "twice": _t("Un même champ est choisi pour deux colonnes.")}
    return texts.get(error.code, error.message)


def report_header() -> list[str]:
    """The columns of the rejected rows' table and report."""
    return [_t("Ligne"), _t("Colonne"), _t("Motif"), _t("Valeur")]
