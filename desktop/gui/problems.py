"""Validation problems from the core, in the interface's language."""

from __future__ import annotations

from desktop.gui.i18n import tr


def problem_text(problem: str) -> str:
    """Translate a core ``Problem`` by its key; any other text is shown as it is."""
    key = getattr(problem, "key", None)
    params: dict[str, object] = getattr(problem, "params", {})

    def t(text: str) -> str:
        return tr("Problems", text)

    texts = {
        "email": t("adresse email non valide (exemple : jeanne.martin@exemple.fr)"),
        "phone": t("numéro de téléphone non valide (exemple : 06 12 34 56 78)"),
        "siret": t("SIRET non valide : sa clé de contrôle est fausse"),
        "siret_length": t("un SIRET a 14 chiffres, pas %1").replace("%1", str(params.get("length", ""))),
        "siren": t("SIREN non valide (9 chiffres)"),
        "vat_number": t("numéro de TVA intracommunautaire non valide (exemple : FR40303265045)"),
        "iban": t("IBAN non valide : vérifiez les chiffres"),
        "bic": t("BIC non valide (8 ou 11 lettres et chiffres)"),
        "control_chars": t("contient des caractères de contrôle invisibles"),
        "too_long": t("trop long (%1 caractères, %2 au plus)").replace("%1", str(params.get("length", "")))
        .replace("%2", str(params.get("limit", ""))),
        "name_required": t("un contact a besoin d’un nom ou d’un prénom"),
        "legal_name_required": t("une société a besoin de sa raison sociale"),
        "status": t("le statut est prospect ou client"),
        "civility": t("la civilité est M., Mme ou rien"),
    }
    return texts.get(key or "", str(problem))
