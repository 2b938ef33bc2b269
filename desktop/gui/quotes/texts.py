"""Words and numbers of the quote screens: translated statuses, typed amounts read exactly.

Amounts typed in a cell are read with :func:`parse_typed` into ``Decimal`` (never a float):
French accepts ``1 234,56`` and ``1234.56``; English ``1,234.56``. A trailing ``€`` or ``%`` is ignored.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core.money import Problem, VatRate, describe_problem, parse_typed_number
from desktop.core.quote_status import QuoteStatus
from desktop.gui.kit.i18n import tr

#: VAT choices of a line, in the order of the combo box.
VAT_CHOICES = (VatRate.STANDARD, VatRate.INTERMEDIATE, VatRate.REDUCED, VatRate.SUPER_REDUCED, VatRate.ZERO,
               VatRate.EXEMPT)


def _t(text: str) -> str:
    return tr("Quotes", text)


def status_text(status: str, signed: bool = False) -> str:
    """The status of a quote as the list and the editor show it; an accepted quote signed online is « Signé »."""
    if signed and status == QuoteStatus.ACCEPTED:
        return _t("Signé")
    labels = {
        QuoteStatus.DRAFT: _t("Brouillon"), QuoteStatus.FINALISED: _t("Finalisé"),
        QuoteStatus.SENT: _t("Envoyé"), QuoteStatus.OPENED: _t("Ouvert"), QuoteStatus.VIEWED: _t("Consulté"),
        QuoteStatus.ACCEPTED: _t("Accepté"), QuoteStatus.REFUSED: _t("Refusé"),
        QuoteStatus.EXPIRED: _t("Expiré"), QuoteStatus.SUPERSEDED: _t("Remplacé"),
    }
    return labels.get(QuoteStatus(status), status)


def kind_text(kind: str) -> str:
    """What a document is: quote, amendment or purchase order."""
    return {"amendment": _t("Avenant"), "purchase_order": _t("Bon de commande")}.get(kind, _t("Devis"))


def vat_text(rate: VatRate, lang: str) -> str:
    """``20 %`` … ``0 %`` and ``exonéré`` / ``exempt``."""
    if rate is VatRate.EXEMPT:
        return _t("exonéré")
    number = format(rate.percent.normalize(), "f")
    return f"{number.replace('.', ',')}\xa0%" if lang != "en" else f"{number}%"


def edit_text(value: Decimal | None, lang: str, min_decimals: int = 0) -> str:
    """A decimal as it is typed back in a cell: no thousands separator, the language's decimal mark.

    ``min_decimals=2`` keeps the cents of a price (``12,50``); trailing zeros are dropped otherwise.
    """
    if value is None:
        return ""
    whole, _dot, frac = format(value.normalize(), "f").partition(".")
    frac = frac.ljust(min_decimals, "0")
    text = f"{whole}.{frac}" if frac else whole
    return text.replace(".", ",") if lang != "en" else text


def parse_typed(text: str, lang: str) -> Decimal | Problem:
    """Read a typed number exactly (:func:`desktop.core.money.parse_typed_number`); a :class:`Problem` when it
    is not one or could be read two ways."""
    return parse_typed_number(text, lang)


def problem_sentence(problem: Problem, lang: str) -> str:
    """The core's sentence for a typed-number problem, in the interface language."""
    return describe_problem(problem, lang)
