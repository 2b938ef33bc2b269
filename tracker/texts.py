"""The words of the public pages, in French (default) and English, and the choice between them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from tracker.numbers import parse_decimal

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "quote_title": "Devis {number}",
        "version": "Version {version}",
        "version_label": "Version",
        "amount": "Montant TTC",
        "seller_label": "Émis par",
        "valid_until": "Valable jusqu'au",
        "no_validity": "Sans date de validité",
        "superseded": "Une version plus récente de ce devis existe : celle-ci ne peut plus être acceptée.",
        "see_newer": "Voir la nouvelle version",
        "expired": "Ce devis a expiré : il ne peut plus être accepté. Contactez votre interlocuteur.",
        "pdf_missing": "Le document n'est plus disponible.",
        "view_pdf": "Le devis",
        "page_alt": "Page {number} du devis",
        "download": "Télécharger le PDF",
        "open_pdf": "Ouvrir le devis (PDF)",
        "pdf_fallback": "Votre navigateur n'affiche pas le PDF ici :",
        "accept_title": "Bon pour accord",
        "full_name": "Nom et prénom",
        "accept_box": "J'accepte ce devis et ses conditions générales de vente.",
        "accept_button": "Accepter le devis",
        "accepted_title": "Devis accepté",
        "accepted_body": "Devis {number} (version {version}) accepté par {name} le {when}. Merci !",
        "accepted_sha": "Empreinte SHA-256 du document accepté :",
        "refused_title": "Acceptation impossible",
        "refused_superseded": "Une version plus récente de ce devis existe : celle-ci ne peut plus être acceptée.",
        "refused_expired": "Ce devis a expiré et ne peut plus être accepté.",
        "refused_form": "Le formulaire a expiré ou n'est pas valide. Rechargez la page du devis et recommencez.",
        "refused_input": "Indiquez votre nom complet et cochez la case d'acceptation.",
        "refused_document": "Le document a changé depuis son affichage. Rechargez la page du devis.",
        "back": "Retour au devis",
        "unsubscribe_title": "Désinscription",
        "unsubscribe_body": "Vous ne souhaitez plus recevoir nos messages ?",
        "unsubscribe_button": "Me désinscrire",
        "unsubscribed": "C'est fait : vous ne recevrez plus nos messages.",
        "neutral_title": "Lien indisponible",
        "neutral_body": "Ce lien n'est pas ou plus valide.",
        "too_many": "Trop de requêtes. Réessayez dans un instant.",
        "consent_title": "Suivi de la lecture de nos messages",
        "consent_question": "Souhaitez-vous que nous soyons prévenus quand vous consultez nos messages ?",
        "consent_explain": "Si vous acceptez, nos e-mails contiendront une image invisible et des liens qui nous "
                           "indiquent quand vous les ouvrez et sur quoi vous cliquez, pour vous recontacter au bon "
                           "moment. Votre réponse ne change rien au reste : vous recevez nos devis, vous pouvez les "
                           "consulter, les télécharger et les accepter en ligne dans tous les cas.",
        "consent_withdraw_later": "Vous pourrez retirer votre accord à tout moment, d'un clic, par le lien présent "
                                  "dans chacun de nos messages suivis.",
        "consent_yes": "Oui, prévenez-vous",
        "consent_no": "Non merci",
        "consent_given": "C'est noté : vous avez accepté que nous soyons prévenus quand vous lisez nos messages. "
                         "Vous pouvez retirer cet accord à tout moment.",
        "consent_refused": "C'est noté : nous ne mesurerons pas la lecture de vos messages.",
        "withdraw_title": "Ne plus être suivi",
        "withdraw_body": "Nos e-mails peuvent contenir une image invisible et des liens qui nous indiquent quand "
                         "vous les ouvrez et sur quoi vous cliquez. Vous pouvez nous demander de ne plus rien "
                         "enregistrer de tel, pour tous nos messages, y compris ceux déjà reçus.",
        "withdraw_keeps": "La consultation et l'acceptation de nos devis en ligne restent possibles et enregistrées : "
                          "c'est le service que vous utilisez en ouvrant la page d'un devis.",
        "withdraw_button": "Ne plus suivre la lecture de mes messages",
        "withdrawn": "C'est fait : nous n'enregistrons plus aucune ouverture ni aucun clic de vos messages, y compris "
                     "de ceux déjà reçus, et ceux déjà enregistrés sont effacés.",
        "withdraw_link": "Retirer cet accord",
        "answer_refused_title": "Réponse non enregistrée",
        "answer_refused": "Le formulaire a expiré ou n'est pas valide. Rechargez la page et recommencez.",
        "sign_title": "Signer le devis",
        "sign_intro": "Indiquez votre nom, cochez la mention « Bon pour accord », puis recevez un code de "
                      "confirmation par e-mail à l'adresse où ce devis vous a été envoyé ({email}).",
        "sign_statement": "Bon pour accord : j'accepte le devis {number} (version {version}) tel qu'il est affiché "
                          "sur cette page, avec ses conditions générales de vente, et je le signe électroniquement.",
        "sign_request_button": "Recevoir le code par e-mail",
        "code_title": "Code de confirmation",
        "code_sent": "Un code à 6 chiffres vient d'être envoyé à {email}. Il est valable 10 minutes.",
        "code_label": "Code reçu par e-mail (6 chiffres)",
        "sign_button": "Signer le devis",
        "code_new": "Recevoir un nouveau code",
        "code_wrong": "Ce code n'est pas le bon. Essais restants : {left}.",
        "code_locked": "Trop d'essais : ce code est bloqué. Demandez-en un nouveau.",
        "code_expired": "Ce code a expiré. Demandez-en un nouveau.",
        "code_unknown": "Ce code n'est plus valable. Demandez-en un nouveau.",
        "code_not_sent": "Le code n'a pas pu être envoyé. Réessayez dans quelques minutes.",
        "code_too_many": "Trop de codes demandés. Réessayez dans quelques minutes.",
        "code_subject": "Code de signature du devis {number}",
        "code_body": "Bonjour,\n\nVoici votre code pour signer le devis {number} (version {version}) :\n\n"
                     "    {code}\n\nIl est valable 10 minutes. Ne le communiquez à personne : il vaut signature.\n"
                     "Si vous n'avez pas demandé ce code, ignorez ce message : rien n'est signé sans lui.\n",
        "signed_title": "Devis signé",
        "already_signed_title": "Devis déjà signé",
        "signed_body": "Devis {number} (version {version}) signé par {name} le {when}. Merci !",
        "signed_sha": "Empreinte SHA-256 du document signé :",
        "refused_signing_offered": "Ce devis se signe avec un code envoyé par e-mail : rechargez la page du devis.",
        "refused_sign_input": "Indiquez votre nom complet et cochez la mention « Bon pour accord ».",
        "refused_accepted": "Ce devis a déjà été accepté.",
        "withdrawal_title": "Droit de rétractation (14 jours)",
        "withdrawal_body": "Vous êtes un consommateur : pour un contrat conclu à distance ou hors établissement, vous "
                           "disposez d'un délai de quatorze jours pour exercer votre droit de rétractation, sans avoir "
                           "à motiver votre décision ni à supporter d'autres coûts que ceux prévus par la loi (article "
                           "L221-18 du Code de la consommation). Ce délai court à compter du jour de la conclusion du "
                           "contrat pour une prestation de services, et du jour de la réception du bien pour une vente "
                           "de biens. Pour l'exercer, adressez-nous avant son expiration le formulaire ci-dessous ou "
                           "toute autre déclaration dénuée d'ambiguïté exprimant votre volonté de vous rétracter.",
        "withdrawal_form_title": "Formulaire type de rétractation (annexe à l'article R221-1 du Code de la "
                                 "consommation)",
        "withdrawal_form": "(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous "
                           "rétracter du contrat.)\nÀ l'attention de {seller} :\nJe/nous (*) vous notifie/notifions "
                           "(*) par la présente ma/notre (*) rétractation du contrat portant sur la vente du bien (*)/"
                           "pour la prestation de services (*) ci-dessous :\nCommandé le (*)/reçu le (*) :\nNom du "
                           "(des) consommateur(s) :\nAdresse du (des) consommateur(s) :\nSignature du (des) "
                           "consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :\n"
                           "Date :\n(*) Rayez la mention inutile.",
        "withdrawal_seller": "[nom, adresse géographique et adresse électronique du vendeur, indiqués sur le devis]",
    },
    "en": {
        "quote_title": "Quote {number}",
        "version": "Version {version}",
        "version_label": "Version",
        "amount": "Amount incl. VAT",
        "seller_label": "From",
        "valid_until": "Valid until",
        "no_validity": "No validity date",
        "superseded": "A newer version of this quote exists: this one can no longer be accepted.",
        "see_newer": "See the new version",
        "expired": "This quote has expired and can no longer be accepted. Please contact us.",
        "pdf_missing": "The document is no longer available.",
        "view_pdf": "The quote",
        "page_alt": "Page {number} of the quote",
        "download": "Download the PDF",
        "open_pdf": "Open the quote (PDF)",
        "pdf_fallback": "Your browser cannot show the PDF here:",
        "accept_title": "Acceptance",
        "full_name": "Full name",
        "accept_box": "I accept this quote and its terms and conditions of sale.",
        "accept_button": "Accept the quote",
        "accepted_title": "Quote accepted",
        "accepted_body": "Quote {number} (version {version}) accepted by {name} on {when}. Thank you!",
        "accepted_sha": "SHA-256 of the accepted document:",
        "refused_title": "Cannot accept",
        "refused_superseded": "A newer version of this quote exists: this one can no longer be accepted.",
        "refused_expired": "This quote has expired and can no longer be accepted.",
        "refused_form": "The form has expired or is not valid. Reload the quote page and try again.",
        "refused_input": "Type your full name and tick the acceptance box.",
        "refused_document": "The document changed since it was shown. Reload the quote page.",
        "back": "Back to the quote",
        "unsubscribe_title": "Unsubscribe",
        "unsubscribe_body": "You no longer wish to receive our messages?",
        "unsubscribe_button": "Unsubscribe me",
        "unsubscribed": "Done: you will not receive our messages any more.",
        "neutral_title": "Link unavailable",
        "neutral_body": "This link is not or no longer valid.",
        "too_many": "Too many requests. Please try again in a moment.",
        "consent_title": "Knowing when you read our messages",
        "consent_question": "Would you like us to be told when you read our messages?",
        "consent_explain": "If you agree, our emails will contain an invisible image and links that tell us when "
                           "you open them and what you click, so that we get back to you at the right moment. Your "
                           "answer changes nothing else: you receive our quotes and can read, download and accept "
                           "them online in any case.",
        "consent_withdraw_later": "You can withdraw at any time, in one click, through the link in each of our "
                                  "tracked messages.",
        "consent_yes": "Yes, you may know",
        "consent_no": "No, thank you",
        "consent_given": "Noted: you agreed that we are told when you read our messages. You can withdraw at any "
                         "time.",
        "consent_refused": "Noted: we will not measure the reading of your messages.",
        "withdraw_title": "Stop tracking",
        "withdraw_body": "Our emails may contain an invisible image and links that tell us when you open them and "
                         "what you click. You can ask us to record nothing of the kind any more, for all our "
                         "messages, including those you already received.",
        "withdraw_keeps": "Reading and accepting our quotes online stays possible and recorded: it is the service "
                          "you use when you open a quote's page.",
        "withdraw_button": "Stop tracking my reading",
        "withdrawn": "Done: we no longer record any open or click of your messages, including those already "
                     "received, and those already recorded are deleted.",
        "withdraw_link": "Withdraw this consent",
        "answer_refused_title": "Answer not recorded",
        "answer_refused": "The form has expired or is not valid. Reload the page and try again.",
        "sign_title": "Sign the quote",
        "sign_intro": "Type your name, tick the « Bon pour accord » statement, then receive a confirmation code by "
                      "email at the address this quote was sent to ({email}).",
        "sign_statement": "Approved and agreed (« Bon pour accord »): I accept quote {number} (version {version}) as "
                          "shown on this page, with its terms and conditions of sale, and I sign it electronically.",
        "sign_request_button": "Email me the code",
        "code_title": "Confirmation code",
        "code_sent": "A 6-digit code was just sent to {email}. It is valid for 10 minutes.",
        "code_label": "Code received by email (6 digits)",
        "sign_button": "Sign the quote",
        "code_new": "Get a new code",
        "code_wrong": "This code is not right. Tries left: {left}.",
        "code_locked": "Too many tries: this code is locked. Ask for a new one.",
        "code_expired": "This code has expired. Ask for a new one.",
        "code_unknown": "This code is no longer valid. Ask for a new one.",
        "code_not_sent": "The code could not be sent. Please try again in a few minutes.",
        "code_too_many": "Too many codes asked for. Please try again in a few minutes.",
        "code_subject": "Signature code for quote {number}",
        "code_body": "Hello,\n\nHere is your code to sign quote {number} (version {version}):\n\n    {code}\n\n"
                     "It is valid for 10 minutes. Share it with nobody: it stands for your signature.\n"
                     "If you did not ask for this code, ignore this message: nothing is signed without it.\n",
        "signed_title": "Quote signed",
        "already_signed_title": "Quote already signed",
        "signed_body": "Quote {number} (version {version}) signed by {name} on {when}. Thank you!",
        "signed_sha": "SHA-256 of the signed document:",
        "refused_signing_offered": "This quote is signed with a code sent by email: reload the quote page.",
        "refused_sign_input": "Type your full name and tick the « Bon pour accord » statement.",
        "refused_accepted": "This quote was already accepted.",
        "withdrawal_title": "Right of withdrawal (14 days)",
        "withdrawal_body": "You are a consumer: for a distance or off-premises contract, you have fourteen days to "
                           "withdraw from it without giving any reason and without costs other than those the law "
                           "provides (French Consumer Code, article L221-18). The period runs from the day the "
                           "contract is concluded for services, and from the day you receive the goods for a sale of "
                           "goods. To withdraw, send us before it ends the form below or any other unequivocal "
                           "statement of your decision to withdraw.",
        "withdrawal_form_title": "Model withdrawal form (annex to article R221-1 of the French Consumer Code)",
        "withdrawal_form": "(Complete and return this form only if you wish to withdraw from the contract.)\nTo "
                           "{seller}:\nI/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of "
                           "sale of the following goods (*)/for the provision of the following service (*),\nOrdered "
                           "on (*)/received on (*),\nName of consumer(s),\nAddress of consumer(s),\nSignature of "
                           "consumer(s) (only if this form is notified on paper),\nDate\n(*) Delete as appropriate.",
        "withdrawal_seller": "[the seller's name, postal address and email address, as on the quote]",
    },
}


def shown_text(lang: str, page: str, answer: str) -> str:
    """The exact text a person was shown on a consent or withdrawal page, with the button they pressed.

    Kept with the answer as its proof (the event's ``text``).

    Args:
        lang: ``"fr"`` or ``"en"``.
        page: ``"consent"`` or ``"withdraw"``.
        answer: ``"yes"`` or ``"no"`` (the button pressed).

    Returns:
        The page's words, then the button's, e.g. ``"... [Oui, prévenez-vous]"``.
    """
    t = TEXTS[lang]
    if page == "consent":
        button = t["consent_yes"] if answer == "yes" else t["consent_no"]
        return f"{t['consent_question']} {t['consent_explain']} {t['consent_withdraw_later']} [{button}]"
    return f"{t['withdraw_body']} {t['withdraw_keeps']} [{t['withdraw_button']}]"


def pick_language(accept_language: str | None) -> str:
    """Choose French or English from an ``Accept-Language`` header; French unless English is preferred.

    Args:
        accept_language: The raw header, or None.

    Returns:
        ``"fr"`` or ``"en"``.
    """
    best, best_q = "fr", -1.0
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        lang = tag.strip().lower()[:2]
        if lang not in TEXTS:
            continue
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            q = parse_decimal(params[2:].strip(), 0.0, 1.0, max_fraction_digits=3) or 0.0
        if q > best_q:
            best, best_q = lang, q
    return best


#: The zone the tracker writes times in: French sellers' (the hosted tracker serves French quotes).
SELLER_ZONE = ZoneInfo("Europe/Paris")

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def format_moment(moment: datetime, lang: str) -> str:
    """Write a time the way each language reads it, in the seller's zone and saying so
    (``02/12/2026 à 20:02 (heure de Paris)``, ``2 December 2026 at 20:02 (Paris time)``): a page has no reliable
    way to know the prospect's zone without a script, and a bare UTC time reads an hour off in France.

    Args:
        moment: An aware time.
        lang: ``"fr"`` or ``"en"``.

    Returns:
        The date and time, to the minute (never split at a hyphen on a narrow screen).
    """
    local = moment.astimezone(SELLER_ZONE)
    if lang == "fr":
        return local.strftime("%d/%m/%Y à %H:%M") + "\u00a0(heure de Paris)"
    return f"{local.day} {_MONTHS_EN[local.month - 1]} {local.year} at {local:%H:%M}\u00a0(Paris time)"


def format_amount(amount: str, currency: str, lang: str) -> str:
    """Format a decimal amount for display (``1 234,50 €`` in French, ``€1,234.50`` in English).

    Args:
        amount: Decimal string.
        currency: ISO 4217 code.
        lang: ``"fr"`` or ``"en"``.

    Returns:
        The formatted amount.
    """
    value = Decimal(amount)
    symbol = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}.get(currency, currency)
    text = f"{value:,.2f}"
    if lang == "fr":
        return text.replace(",", "\u202f").replace(".", ",") + f"\u00a0{symbol}"
    return f"{symbol}{text}" if len(symbol) == 1 else f"{symbol} {text}"
