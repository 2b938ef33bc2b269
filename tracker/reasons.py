"""The reasons of a verdict in words, French and English: « ouverture probablement automatique : passerelle de
sécurité Microsoft ».

Every slug :mod:`tracker.judge` gives has a wording here (a test checks it against the catalogue); an unknown slug
(a newer tracker) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

_HEAD = {
    "fr": {
        ("machine", "open"): "ouverture probablement automatique",
        ("machine", "click"): "clic probablement automatique",
        ("machine", "view"): "consultation probablement automatique",
        ("human", "open"): "ouverture probablement par une personne",
        ("human", "click"): "clic probablement par une personne",
        ("human", "view"): "consultation probablement par une personne",
        ("unknown", "open"): "ouverture incertaine",
        ("unknown", "click"): "clic incertain",
        ("unknown", "view"): "consultation incertaine",
    },
    "en": {
        ("machine", "open"): "open probably automatic",
        ("machine", "click"): "click probably automatic",
        ("machine", "view"): "view probably automatic",
        ("human", "open"): "open probably by a person",
        ("human", "click"): "click probably by a person",
        ("human", "view"): "view probably by a person",
        ("unknown", "open"): "uncertain open",
        ("unknown", "click"): "uncertain click",
        ("unknown", "view"): "uncertain view",
    },
}

REASONS: dict[str, dict[str, str]] = {
    "fr": {
        "head-request": "requête HEAD d’un robot",
        "honeypot-link": "lien invisible suivi (aucune personne ne le voit)",
        "honeypot-burst": "en même temps que le lien invisible",
        "no-user-agent": "aucun logiciel annoncé",
        "unrecognised-user-agent": "logiciel inconnu",
        "delivery-timing": "juste après la remise du message",
        "read-later": "longtemps après la remise",
        "click-burst": "plusieurs liens suivis en même temps",
        "same-network-as-machine": "même réseau qu’un passage automatique",
        "same-client-again": "même appareil revenu plus tard",
        "followed-by-view": "suivie d’une consultation du devis",
        "isolated-browsing": "navigation isolée d’entreprise, longtemps après la remise, un seul lien",
        "followed-by-accept": "suivie de l’acceptation du devis",
        "answered-form": "réponse envoyée par le formulaire de la page",
        "explicit-action": "acte explicite (acceptation ou désinscription)",
        "no-evidence": "aucun indice",
        "agent:gmail-image-proxy": "proxy d’images de Gmail (à l’ouverture)",
        "agent:yahoo-image-proxy": "proxy d’images de Yahoo (à l’ouverture)",
        "agent:gmail-prefetch-bot": "robot de préchargement de Gmail",
        "agent:apple-mail-privacy-protection": "protection de la vie privée d’Apple Mail (préchargement)",
        "agent:microsoft-safe-links": "analyse des liens de Microsoft (Safe Links)",
        "agent:mimecast": "passerelle de sécurité Mimecast",
        "agent:proofpoint": "passerelle de sécurité Proofpoint",
        "agent:barracuda": "passerelle de sécurité Barracuda",
        "agent:security-scanner": "analyseur d’un éditeur de sécurité",
        "agent:link-unfurler": "aperçu de lien d’une messagerie",
        "agent:crawler": "robot d’indexation",
        "agent:http-library": "programme (bibliothèque HTTP)",
        "agent:mail-client": "logiciel de messagerie",
        "agent:mobile-browser": "navigateur de téléphone",
        "agent:browser": "navigateur",
        "network:microsoft-eop": "passerelle de sécurité Microsoft",
        "network:mimecast": "passerelle Mimecast",
        "network:proofpoint": "passerelle Proofpoint",
        "network:barracuda": "passerelle Barracuda",
        "asn:microsoft": "réseau de Microsoft",
        "asn:proofpoint": "réseau de Proofpoint (analyse ou navigation isolée)",
        "asn:mimecast": "réseau de Mimecast (analyse ou navigation isolée)",
        "asn:barracuda": "réseau de Barracuda",
        "asn:cisco": "réseau de Cisco Secure Email",
        "asn:security-vendors": "réseau d’un éditeur de sécurité",
        "asn:google": "réseau de Google",
        "asn:apple": "réseau d’Apple",
        "asn:amazon": "réseau d’Amazon (hébergement)",
        "asn:hosting": "hébergeur de serveurs",
        "asn:relay": "relais ou proxy d’entreprise",
        "asn:access-provider": "fournisseur d’accès à Internet",
    },
    "en": {
        "head-request": "a robot's HEAD request",
        "honeypot-link": "hidden link followed (no person sees it)",
        "honeypot-burst": "together with the hidden link",
        "no-user-agent": "no software named",
        "unrecognised-user-agent": "unknown software",
        "delivery-timing": "right after the message was delivered",
        "read-later": "long after delivery",
        "click-burst": "several links followed at once",
        "same-network-as-machine": "same network as an automatic hit",
        "same-client-again": "the same device came back later",
        "followed-by-view": "followed by a view of the quote",
        "isolated-browsing": "a company's isolated browsing, long after delivery, one link",
        "followed-by-accept": "followed by the quote's acceptance",
        "answered-form": "answer sent through the page's form",
        "explicit-action": "explicit act (acceptance or unsubscribe)",
        "no-evidence": "no evidence",
        "agent:gmail-image-proxy": "Gmail image proxy (on opening)",
        "agent:yahoo-image-proxy": "Yahoo image proxy (on opening)",
        "agent:gmail-prefetch-bot": "Gmail prefetch robot",
        "agent:apple-mail-privacy-protection": "Apple Mail Privacy Protection (prefetch)",
        "agent:microsoft-safe-links": "Microsoft link scanning (Safe Links)",
        "agent:mimecast": "Mimecast security gateway",
        "agent:proofpoint": "Proofpoint security gateway",
        "agent:barracuda": "Barracuda security gateway",
        "agent:security-scanner": "a security vendor's scanner",
        "agent:link-unfurler": "a messaging app's link preview",
        "agent:crawler": "crawler",
        "agent:http-library": "a program (HTTP library)",
        "agent:mail-client": "mail client",
        "agent:mobile-browser": "phone browser",
        "agent:browser": "browser",
        "network:microsoft-eop": "Microsoft security gateway",
        "network:mimecast": "Mimecast gateway",
        "network:proofpoint": "Proofpoint gateway",
        "network:barracuda": "Barracuda gateway",
        "asn:microsoft": "Microsoft network",
        "asn:proofpoint": "Proofpoint network (scanning or isolated browsing)",
        "asn:mimecast": "Mimecast network (scanning or isolated browsing)",
        "asn:barracuda": "Barracuda network",
        "asn:cisco": "Cisco Secure Email network",
        "asn:security-vendors": "a security vendor's network",
        "asn:google": "Google network",
        "asn:apple": "Apple network",
        "asn:amazon": "Amazon network (hosting)",
        "asn:hosting": "server hosting provider",
        "asn:relay": "relay or company proxy",
        "asn:access-provider": "Internet access provider",
    },
}


def reason_text(slug: str, lang: str = "fr") -> str:
    """One reason in words (the slug itself when unknown)."""
    return REASONS.get(lang, REASONS["fr"]).get(slug, slug)


def describe(verdict: str, kind: str, reasons: Sequence[str], lang: str = "fr", *, limit: int = 2) -> str:
    """A verdict and its strongest reasons in one line.

    Args:
        verdict: ``human``, ``machine`` or ``unknown``.
        kind: ``open``, ``click`` or ``view`` (others are worded as an open).
        reasons: Slugs, strongest first.
        lang: ``fr`` or ``en``.
        limit: How many reasons to name.

    Returns:
        For example « ouverture probablement automatique : passerelle de sécurité Microsoft ».
    """
    heads = _HEAD.get(lang, _HEAD["fr"])
    head = heads.get((verdict, kind if kind in ("click", "view") else "open"), heads[("unknown", "open")])
    named = [reason_text(r, lang) for r in reasons[:limit]]
    return f"{head} : {', '.join(named)}" if lang == "fr" and named else \
        f"{head}: {', '.join(named)}" if named else head
