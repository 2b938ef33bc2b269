"""The follow-up list's reasons and actions in the interface's language."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.followup import Action, FollowUp, Reason
from desktop.gui.kit.i18n import tr


def reason_text(f: FollowUp) -> str:
    """Why this quote is in the list now, in plain words."""
    days = f.params.get("days", 0)
    if f.reason is Reason.HOT:
        count, devices = f.params.get("count", 0), f.params.get("devices", 1)
        return (tr("FollowUps", "ouvert %n fois dans la dernière heure", "", count) + ", "
                + tr("FollowUps", "depuis %n appareil(s)", "", devices) + tr("FollowUps", " : appelez maintenant"))
    if f.reason is Reason.HOT_ONLINE:
        count = f.params.get("count", 0)
        return (tr("FollowUps", "consulté en ligne %n fois dans la dernière heure", "", count)
                + tr("FollowUps", " : appelez maintenant"))
    # today is "aujourd’hui", not "il y a 0 jour" nor "expire dans 0 jour"
    text = _TODAY[f.reason]() if days == 0 and f.reason in _TODAY else _DATED[f.reason](days)
    if not getattr(f, "tracked", True) and f.reason in (Reason.NO_SIGNAL, Reason.WAITING):
        text += tr("FollowUps", " (ouvertures non suivies : pas d’accord du contact)")
    return text


# Each text translated when it is shown (the language can change), one per call: the list asks at each paint.
_TODAY: dict[Reason, Callable[[], str]] = {
    Reason.VIEWED_EXPIRING: lambda: tr("FollowUps", "consulté, pas accepté, expire aujourd’hui"),
    Reason.REPLIED: lambda: tr("FollowUps", "a répondu aujourd’hui : répondez-lui"),
    Reason.EXPIRING: lambda: tr("FollowUps", "expire aujourd’hui : appelez avant l’échéance"),
    Reason.DOWNLOADED: lambda: tr("FollowUps", "devis téléchargé aujourd’hui, pas accepté : appelez"),
    Reason.VIEWED: lambda: tr("FollowUps", "consulté aujourd’hui, pas accepté : appelez"),
    Reason.OPENED: lambda: tr("FollowUps", "ouvert aujourd’hui : relancez"),
    Reason.CALLED: lambda: tr("FollowUps", "appelé aujourd’hui : rappelez ou écrivez"),
    Reason.NEVER_OPENED: lambda: tr("FollowUps", "envoyé aujourd’hui, jamais ouvert : téléphonez ou renvoyez"),
    Reason.NO_SIGNAL: lambda: tr("FollowUps", "envoyé aujourd’hui, ni consultation ni réponse : téléphonez ou "
                                              "renvoyez"),
    Reason.WAITING: lambda: tr("FollowUps", "envoyé aujourd’hui : laissez-lui le temps"),
}

_DATED: dict[Reason, Callable[[int], str]] = {
    Reason.ACCEPTED: lambda _days: tr("FollowUps", "accepté : envoyez un remerciement et la suite"),
    Reason.VIEWED_EXPIRING: lambda days: tr("FollowUps", "consulté, pas accepté, expire dans %n jour(s)", "", days),
    Reason.REPLIED: lambda days: tr("FollowUps", "a répondu il y a %n jour(s) : répondez-lui", "", days),
    Reason.EXPIRING: lambda days: tr("FollowUps", "expire dans %n jour(s) : appelez avant l’échéance", "", days),
    Reason.DOWNLOADED: lambda days: tr("FollowUps", "devis téléchargé il y a %n jour(s), pas accepté : appelez", "",
                                       days),
    Reason.VIEWED: lambda days: tr("FollowUps", "consulté il y a %n jour(s), pas accepté : appelez", "", days),
    Reason.OPENED: lambda days: tr("FollowUps", "ouvert il y a %n jour(s) : relancez", "", days),
    Reason.CALLED: lambda days: tr("FollowUps", "appelé il y a %n jour(s) : rappelez ou écrivez", "", days),
    Reason.NEVER_OPENED: lambda days: tr("FollowUps", "envoyé il y a %n jour(s), jamais ouvert : téléphonez ou "
                                                      "renvoyez", None, days),
    Reason.NO_SIGNAL: lambda days: tr("FollowUps", "envoyé il y a %n jour(s), ni consultation ni réponse : "
                                                   "téléphonez ou renvoyez", "", days),
    Reason.WAITING: lambda days: tr("FollowUps", "envoyé il y a %n jour(s) : laissez-lui le temps", "", days),
    Reason.INVOICE_OVERDUE: lambda days: tr("FollowUps", "facture échue depuis %n jour(s) : relancez le paiement",
                                            "", days),
}


def action_text(action: Action) -> str:
    """The suggested way to follow up."""
    return {
        Action.CALL: tr("FollowUps", "Appeler"),
        Action.EMAIL: tr("FollowUps", "Écrire"),
        Action.CALL_OR_RESEND: tr("FollowUps", "Appeler ou renvoyer"),
        Action.THANK: tr("FollowUps", "Remercier"),
        Action.WAIT: tr("FollowUps", "Attendre"),
    }[action]


def status_text(status: str) -> str:
    """A quote's tracking state as the salesperson says it."""
    return {
        "sent": tr("FollowUps", "Envoyé"), "opened": tr("FollowUps", "Ouvert"),
        "viewed": tr("FollowUps", "Consulté"), "accepted": tr("FollowUps", "Accepté"),
        "invoice_overdue": tr("FollowUps", "Facture échue"),
    }.get(status, status)
