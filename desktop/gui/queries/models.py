"""Item models and texts of the smart-query view: saved queries, matching contacts, field and operator names."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.gui.kit.i18n import tr

AnyIndex = QModelIndex | QPersistentModelIndex


def field_labels() -> list[tuple[str, str]]:
    """(key, label) of the fields, in the order the builder offers them (custom fields come after)."""
    return [
        ("contact.last_name", tr("Queries", "Contact : nom")),
        ("contact.first_name", tr("Queries", "Contact : prénom")),
        ("contact.job_title", tr("Queries", "Contact : fonction")),
        ("contact.email", tr("Queries", "Contact : e-mail")),
        ("contact.phone", tr("Queries", "Contact : téléphone")),
        ("contact.mobile", tr("Queries", "Contact : portable")),
        ("contact.postal_code", tr("Queries", "Contact : code postal")),
        ("contact.city", tr("Queries", "Contact : ville")),
        ("contact.status", tr("Queries", "Contact : statut")),
        ("contact.created_at", tr("Queries", "Contact : créé le")),
        ("contact.owner", tr("Queries", "Contact : commercial")),
        ("contact.tags", tr("Queries", "Contact : étiquettes")),
        ("contact.marketing_consent", tr("Queries", "Consentement marketing")),
        ("contact.tracking_consent", tr("Queries", "Consentement au suivi")),
        ("contact.tracking_consent_state", tr("Queries", "Consentement au suivi : réponse")),
        ("contact.do_not_contact", tr("Queries", "Ne pas contacter")),
        ("contact.do_not_email", tr("Queries", "Pas d'e-mail")),
        ("contact.is_consumer", tr("Queries", "Particulier")),
        ("company.legal_name", tr("Queries", "Société : raison sociale")),
        ("company.city", tr("Queries", "Société : ville")),
        ("company.postal_code", tr("Queries", "Société : code postal")),
        ("company.legal_form", tr("Queries", "Société : forme juridique")),
        ("company.siret", tr("Queries", "Société : SIRET")),
        ("opportunity.stage", tr("Queries", "Opportunité : étape")),
        ("opportunity.result", tr("Queries", "Opportunité : résultat")),
        ("opportunity.amount", tr("Queries", "Opportunité : montant")),
        ("opportunity.expected_close_date", tr("Queries", "Opportunité : date de signature prévue")),
        ("quote.sent_at", tr("Queries", "Dernier devis : date d'envoi")),
        ("quote.status", tr("Queries", "Dernier devis : statut")),
        ("quote.total_ttc", tr("Queries", "Dernier devis : montant TTC")),
        ("quote.last_human_open_at", tr("Queries", "Dernier devis : dernière ouverture")),
        ("quote.validity_date", tr("Queries", "Dernier devis : date de validité")),
        ("activity.last_at", tr("Queries", "Dernier échange : date")),
    ]


def operator_label(op: str) -> str:
    return {
        "is": tr("Queries", "est"), "is_not": tr("Queries", "n'est pas"), "contains": tr("Queries", "contient"),
        "starts_with": tr("Queries", "commence par"), "is_empty": tr("Queries", "est vide"),
        "is_not_empty": tr("Queries", "est renseigné"), "eq": "=", "lt": "<", "gt": ">",
        "between": tr("Queries", "entre"), "before": tr("Queries", "avant le"), "after": tr("Queries", "après le"),
        "before_today": tr("Queries", "avant aujourd'hui"), "last_n_days": tr("Queries", "dans les N derniers jours"),
        "next_n_days": tr("Queries", "dans les N prochains jours"),
        "more_than_n_days_ago": tr("Queries", "il y a plus de N jours"), "has_any": tr("Queries", "a l'une de"),
        "has_all": tr("Queries", "a toutes"), "has_none": tr("Queries", "n'a aucune de"),
    }.get(op, op)


def kind_label(kind: str) -> str:
    return tr("Queries", "Statique") if kind == "static" else tr("Queries", "Dynamique")


class _HeldRowsModel(QAbstractTableModel):
    """A short list held whole, shown as a flat, read-only table; subclasses name the columns and cells."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per held item (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """As many columns as titles (a flat table)."""
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, not edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class QueryListModel(_HeldRowsModel):
    """The saved queries (a short list, held whole): name, kind, members, last evaluation."""

    def titles(self) -> tuple[str, ...]:
        return (tr("Queries", "Requête"), tr("Queries", "Type"), tr("Queries", "Contacts"),
                tr("Queries", "Évaluée"))

    def row_of(self, query_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == query_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; the query under UserRole."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return kind_label(row.kind)
        if column == 2:
            return "—" if row.member_count is None else f"{row.member_count:n}"
        when: datetime | None = row.last_evaluated_at
        return tr("Queries", "jamais") if when is None else when.astimezone().strftime("%d/%m %H:%M")


class MemberModel(_HeldRowsModel):
    """The matching contacts shown under the builder (the first rows of the result)."""

    def titles(self) -> tuple[str, ...]:
        return (tr("Queries", "Nom"), tr("Queries", "Société"), tr("Queries", "E-mail"), tr("Queries", "Ville"),
                tr("Queries", "Statut"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; the row under UserRole."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = tr("Queries", "Client") if row.status == "client" else tr("Queries", "Prospect")
        return (row.name, row.company, row.email, row.city, status)[index.column()]
