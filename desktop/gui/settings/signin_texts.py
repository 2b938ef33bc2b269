"""The mail settings' words: each sign-in problem, each step of « Tester la connexion », each provider's note.

The core words its sign-in problems in English with a key (:mod:`desktop.services.mail.signin_problems`); here
each key gets its French sentence (the translation source), with the same values. A text that is not a known
problem is shown as it is (a server's own words).
"""

from __future__ import annotations

import re

from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("MailSignIn", text)


def _sentences() -> dict[str, str]:
    return {
        "oauth_grant_revoked": _t("Votre connexion %provider a expiré ou a été retirée : reconnectez-vous dans "
                                  "Paramètres › Envoi. Les messages en attente attendent, rien n’est perdu."),
        "oauth_admin_consent": _t("Votre organisation doit d’abord approuver Relance : demandez à votre "
                                  "administrateur Microsoft 365 d’accorder le consentement administrateur à "
                                  "Relance (centre d’administration Microsoft Entra › Applications d’entreprise), "
                                  "puis reconnectez-vous."),
        "oauth_policy_blocked": _t("Les règles d’accès de votre organisation bloquent cette connexion : demandez à "
                                   "votre administrateur d’autoriser Relance, ou connectez-vous par le navigateur "
                                   "plutôt qu’avec un code."),
        "oauth_cancelled": _t("La connexion a été annulée : cliquez de nouveau sur « Se connecter » quand vous "
                              "serez prêt."),
        "oauth_timeout": _t("La connexion n’a pas été terminée dans le navigateur en %minutes minutes : cliquez de "
                            "nouveau sur « Se connecter »."),
        "oauth_state_mismatch": _t("La réponse du navigateur n’appartenait pas à cette connexion (peut-être une "
                                   "autre fenêtre) : connectez-vous de nouveau."),
        "oauth_network": _t("Le serveur de connexion %provider est injoignable : vérifiez votre connexion ; Relance "
                            "réessaiera plus tard."),
        "oauth_not_configured": _t("Cette installation de Relance n’a pas d’identifiant d’application %provider "
                                   "(client ID) : utilisez un mot de passe d’application avec la connexion par mot "
                                   "de passe, ou demandez à la personne qui a installé Relance d’en renseigner un."),
        "oauth_client_refused": _t("%provider a refusé l’identifiant d’application de Relance (%error) : le client "
                                   "ID des paramètres est faux, ou non autorisé dans votre organisation."),
        "oauth_sign_in_required": _t("Connectez-vous d’abord à %provider : Paramètres › Envoi › « Se connecter »."),
        "oauth_keyring": _t("La connexion ne peut pas être gardée : aucun trousseau système n’est disponible (voir "
                            "Paramètres)."),
        "oauth_refused": _t("%provider a refusé la connexion : %error %description"),
        "smtp_basic_auth_disabled": _t("Microsoft 365 n’accepte plus de mot de passe pour l’envoi (authentification "
                                       "de base désactivée dans votre organisation) : choisissez « Se connecter "
                                       "avec Microsoft » dans Paramètres › Envoi. Serveur : %words"),
        "smtp_auth_disabled_tenant": _t("L’envoi par SMTP est désactivé pour votre organisation ou votre boîte "
                                        "Microsoft 365 : demandez à votre administrateur d’activer « SMTP "
                                        "authentifié » pour votre boîte (centre d’administration Microsoft 365 › "
                                        "Utilisateurs › Courrier › Gérer les applications de messagerie). "
                                        "Serveur : %words"),
        "smtp_auth_unsuccessful_oauth": _t("Microsoft 365 a refusé la connexion pour l’envoi : vérifiez que "
                                           "l’adresse d’envoi est bien le compte connecté ; si oui, demandez à "
                                           "votre administrateur d’activer « SMTP authentifié » pour votre boîte. "
                                           "Serveur : %words"),
        "smtp_auth_unsuccessful_password": _t("Microsoft 365 a refusé le mot de passe : vérifiez-le, ou choisissez "
                                              "« Se connecter avec Microsoft » (Microsoft désactive les mots de "
                                              "passe pour l’envoi fin décembre 2026). Serveur : %words"),
        "smtp_app_password_needed": _t("Google refuse ici votre mot de passe habituel : créez un mot de passe "
                                       "d’application (Compte Google › Sécurité › Mots de passe des "
                                       "applications, validation en deux étapes activée) et saisissez-le à la "
                                       "place, ou choisissez « Se connecter avec Google ». Serveur : %words"),
        "smtp_token_refused": _t("Le serveur a refusé la connexion : reconnectez-vous dans Paramètres › Envoi. "
                                 "Serveur : %words"),
        "imap_oauth_refused": _t("La boîte a refusé la connexion : vérifiez que vous êtes connecté avec cette "
                                 "adresse et que l’IMAP est autorisé pour votre boîte (Microsoft 365 : votre "
                                 "administrateur décide). Serveur : %words"),
    }


def signin_text(text: object) -> str:
    """A sign-in problem (or words that start with one's English sentence) in the interface's language.

    Args:
        text: A :class:`~desktop.core.validation.Problem`, or any text (a server's words, shown as they are).
    """
    from desktop.services.mail.signin_problems import problem_of_reason

    key = getattr(text, "key", None)
    params: dict[str, object] = dict(getattr(text, "params", {}) or {})
    if key is None:
        words = str(text)
        found = problem_of_reason(words) or problem_of_reason(re.sub(r"^\d{3} ", "", words))
        if found is None:
            return str(text)
        key, params = found.key, dict(found.params)
    sentence = _sentences().get(str(key))
    if sentence is None:
        return str(text)
    values = {"provider": "", "minutes": "", "error": "", "description": "", "words": "", **params}
    out = re.sub(r"%(provider|minutes|error|description|words)", lambda m: str(values[m.group(1)]), sentence)
    return re.sub(r" {2,}", " ", out).strip()


def step_name(key: str) -> str:
    """The name of a step of « Tester la connexion »."""
    return {
        "smtp_connect": _t("Connexion au serveur d’envoi (SMTP)"),
        "smtp_login": _t("Identification au serveur d’envoi"),
        "imap_connect": _t("Connexion à la boîte de réception (IMAP)"),
        "imap_login": _t("Identification à la boîte de réception"),
        "imap_folder": _t("Ouverture du dossier des réponses"),
        "imap_sent": _t("Dossier des messages envoyés"),
    }.get(key, key)


def provider_note(preset_id: str, name: str) -> str:
    """What to do for a provider, in a sentence or two (shown under the provider's choice)."""
    notes = {
        "microsoft365": _t("Cliquez sur « Se connecter avec Microsoft » et connectez-vous dans le navigateur. Si "
                           "Microsoft demande l’approbation d’un administrateur (AADSTS65001), votre "
                           "administrateur doit approuver Relance ; il doit aussi laisser « SMTP authentifié » "
                           "activé pour votre boîte (sinon : erreur 5.7.139)."),
        "google": _t("Cliquez sur « Se connecter avec Google ». Si votre organisation n’autorise pas cette "
                     "connexion, choisissez « Mot de passe » et saisissez un mot de passe d’application (Compte "
                     "Google › Sécurité › Mots de passe des applications, validation en deux étapes activée)."),
        "infomaniak": _t("Identifiant : votre adresse complète. Avec la double authentification, créez un mot de "
                         "passe d’application dans le Manager Infomaniak."),
        "other": _t("Indiquez les serveurs, ports et identifiant donnés par votre fournisseur de messagerie."),
    }
    return notes.get(preset_id, _t("Identifiant : votre adresse complète ; mot de passe : celui de votre boîte "
                                   "%1.").replace("%1", name))


def provider_name(preset_id: str, name: str) -> str:
    """A provider's name as shown (brands as they are; « Autre » translated)."""
    return _t("Autre fournisseur") if preset_id == "other" else name


def sent_copy_text(mode: str) -> str:
    """Which behaviour applies to the Sent folder (:func:`desktop.services.mail.wiring.sent_copy_mode`)."""
    return {
        "append": _t("Relance dépose une copie de chaque message envoyé dans votre dossier « Envoyés » (par "
                     "l’IMAP de l’onglet Réponses), une seule fois, sans jamais retarder l’envoi."),
        "provider": _t("Votre fournisseur (Gmail, Microsoft 365) range lui-même les messages envoyés dans "
                       "« Envoyés » : Relance n’en ajoute pas de seconde copie."),
        "never": _t("Aucune copie : les messages envoyés par Relance n’apparaîtront pas dans votre dossier "
                    "« Envoyés »."),
        "no_imap": _t("Pour déposer une copie dans « Envoyés », renseignez la boîte IMAP (onglet Réponses)."),
        "local": _t("Mode local : les messages restent dans le dossier d’envoi de cet ordinateur."),
    }.get(mode, mode)
