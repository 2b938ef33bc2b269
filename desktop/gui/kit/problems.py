"""Validation problems from the core, in the interface's language."""

from __future__ import annotations

from desktop.gui.kit.i18n import tr


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
        "cf_number": t("n’est pas un nombre (exemple : 1 234,5)"),
        "cf_number_decimals": t("au plus %1 chiffres après la virgule").replace("%1", str(params.get("limit", ""))),
        "cf_number_big": t("nombre trop grand (%1 chiffres au plus avant la virgule)")
        .replace("%1", str(params.get("limit", ""))),
        "cf_date": t("n’est pas une date (exemple : 27/11/2026)"),
        "cf_date_invalid": t("cette date n’existe pas"),
        "cf_choice": t("n’est pas un des choix (%1)").replace("%1", str(params.get("choices", ""))),
        "cf_type": t("valeur refusée pour le champ « %1 »").replace("%1", str(params.get("label", ""))),
        "cf_gone": t("ce champ personnalisé n’existe plus"),
        "cf_label_required": t("donnez un libellé au champ"),
        "cf_label_taken": t("un champ « %1 » existe déjà").replace("%1", str(params.get("label", ""))),
        "cf_kind": t("le type est texte, nombre, date ou liste de choix"),
        "cf_kind_fixed": t("le type d’un champ ne change pas une fois créé"),
        "cf_choices_required": t("une liste de choix a besoin d’au moins un choix"),
        "cf_choice_duplicate": t("le choix « %1 » est en double").replace("%1", str(params.get("choice", ""))),
        "cf_choices_many": t("au plus %1 choix").replace("%1", str(params.get("limit", ""))),
        "tracker_https": t("l’adresse du serveur de suivi doit commencer par https://"),
        "tracker_userinfo": t("l’adresse du serveur de suivi ne doit contenir ni identifiant ni mot de passe"),
        "tracker_host": t("l’adresse du serveur de suivi n’est pas une adresse web valide"),
        "tracker_query": t("l’adresse du serveur de suivi ne doit contenir ni « ? » ni « # »"),
        "tracker_local": t("%1 est une adresse locale : vos clients ne peuvent pas l’atteindre")
        .replace("%1", str(params.get("host", ""))),
        "tracker_embedded": t("le serveur de suivi intégré ne fonctionne que sur cet ordinateur"),
        "tracker_absent": t("aucun serveur de suivi n’est connecté"),
        "template_slow": t("le modèle prend trop de temps (plus de %1 s) : vérifiez ses boucles")
        .replace("%1", str(params.get("seconds", ""))),
        "template_big": t("le modèle fabrique un texte trop long : vérifiez ses répétitions (*, join, center, "
                          "indent, wordwrap, format…)"),
        "template_steps": t("le modèle répète trop d’opérations : vérifiez ses boucles et ses macros"),
        "template_output": t("le modèle produit trop de texte : vérifiez ses boucles"),
        "template_number": t("un nombre du modèle devient trop grand : vérifiez ses calculs"),
        "template_range": t("une boucle du modèle compte trop d’éléments (%1 au plus) : vérifiez ses boucles")
        .replace("%1", str(params.get("limit", ""))),
        "template_recursion": t("le modèle s’appelle lui-même trop profondément : vérifiez ses macros et ses "
                                "inclusions"),
        "template_memory": t("le modèle demande trop de mémoire : vérifiez ses boucles et ses répétitions"),
        "template_crashed": t("le modèle a arrêté le moteur de rendu (trop de mémoire ?) : vérifiez ses boucles et "
                              "ses répétitions"),
    }
    return texts.get(key or "", str(problem))


def no_links_text(problem: str) -> str:
    """Why a message leaves without tracker links, what it carries instead, and how to get them (one paragraph)."""
    return tr("Problems", "Sans suivi : %1. Le message part avec le devis en pièce jointe, sans pixel ni lien : "
                          "le client l’accepte en répondant. Pour suivre les ouvertures et proposer l’acceptation "
                          "en ligne, déployez le serveur de suivi hébergé (packaging/tracker) à une adresse HTTPS "
                          "publique, puis indiquez-la dans Paramètres › Messagerie et suivi.").replace(
        "%1", problem_text(problem))
