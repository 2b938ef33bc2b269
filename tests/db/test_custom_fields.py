"""Custom fields on both backends: definitions, values of a record, bulk values, and every undo."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.custom_fields import Definition
from desktop.core.records import CompanyDraft, ContactDraft
from desktop.core.validation import InvalidValue
from desktop.db import contacts as repo
from desktop.db import custom_fields as cf
from desktop.db import queries
from desktop.db.contacts import set_deleted
from desktop.db.models import Contact

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TODAY = NOW.date()


def _contacts(sessions: sessionmaker[Session], n: int) -> list[int]:
    with sessions.begin() as s:
        return [repo.create_contact(s, ContactDraft(last_name=f"Contact {i}")).id for i in range(n)]


def test_fields_are_created_named_ordered_and_refused_when_duplicate(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Date du dernier salon", "date"))
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        company_source = cf.create_field(s, "company", Definition("Source", "text"))
    assert (salon.name, salon.position, source.position) == ("date_du_dernier_salon", 0, 1)
    assert company_source.entity == "company" and company_source.name == "source"
    with sessions.begin() as s:
        with pytest.raises(InvalidValue) as caught:
            cf.create_field(s, "contact", Definition("SOURCE", "text"))
        assert caught.value.key == "cf_label_taken"
        with pytest.raises(InvalidValue) as caught:
            cf.create_field(s, "contact", Definition("Canal", "choice", ()))
        assert caught.value.key == "cf_choices_required"
    with sessions.begin() as s:
        assert [f.label for f in cf.list_fields(s, "contact")] == ["Date du dernier salon", "Source"]
        # a renamed field keeps its name; a new field with the old label gets a name of its own
        cf.update_field(s, source.id, Definition("Origine", "choice", source.choices))
        again = cf.create_field(s, "contact", Definition("Source", "text"))
        assert again.name == "source_2"
        assert cf.get_field(s, source.id).name == "source"  # type: ignore[union-attr]


def test_record_values_are_typed_and_checked(sessions: sessionmaker[Session]) -> None:
    (cid,) = _contacts(sessions, 1)
    with sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Salon", "date"))
        budget = cf.create_field(s, "contact", Definition("Budget", "number"))
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        cf.set_record_values(s, "contact", cid, {salon.id: date(2026, 3, 12), budget.id: Decimal("1234.5"),
                                                 source.id: "Site web"})
    with sessions.begin() as s:
        assert cf.record_values(s, "contact", cid) == {salon.id: date(2026, 3, 12), budget.id: Decimal("1234.5"),
                                                       source.id: "Site web"}
        cf.set_record_values(s, "contact", cid, {budget.id: None})
        with pytest.raises(InvalidValue):
            cf.set_record_values(s, "contact", cid, {source.id: "Téléphone"})
    with sessions.begin() as s:
        assert cf.record_values(s, "contact", cid) == {salon.id: date(2026, 3, 12), source.id: "Site web"}
        assert cf.values_for_records(s, "contact", [cid]) == {cid: {salon.id: date(2026, 3, 12),
                                                                    source.id: "Site web"}}


def test_delete_says_the_count_and_undo_brings_field_and_values_back(sessions: sessionmaker[Session]) -> None:
    ids = _contacts(sessions, 3)
    with sessions.begin() as s:
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        for cid in ids:
            cf.set_record_values(s, "contact", cid, {source.id: "Salon"})
        set_deleted(s, Contact, [ids[2]], NOW)
    with sessions.begin() as s:
        assert cf.value_counts(s, "contact") == {source.id: 2}  # values of live contacts
        snapshot = cf.delete_field(s, source.id)
    with sessions.begin() as s:
        assert cf.list_fields(s) == [] and cf.values_for_records(s, "contact", ids) == {}
        cf.restore_field(s, snapshot)
    with sessions.begin() as s:
        assert cf.list_fields(s) == [source]
        assert cf.values_for_records(s, "contact", ids) == {i: {source.id: "Salon"} for i in ids}


def test_changing_choices_renames_values_clears_removed_ones_and_undoes(sessions: sessionmaker[Session]) -> None:
    ids = _contacts(sessions, 3)
    with sessions.begin() as s:
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web", "Presse")))
        for cid, value in zip(ids, ("Salon", "Site web", "Presse"), strict=True):
            cf.set_record_values(s, "contact", cid, {source.id: value})
    new = Definition("Source", "choice", ("Salons", "Site web"))
    with sessions.begin() as s:
        assert cf.values_lost_by(s, source.id, new.choices, {"Salon": "Salons"}) == 1
        snapshot = cf.update_field(s, source.id, new, {"Salon": "Salons"})
    with sessions.begin() as s:
        assert cf.values_for_records(s, "contact", ids) == {ids[0]: {source.id: "Salons"},
                                                            ids[1]: {source.id: "Site web"}}
        with pytest.raises(InvalidValue):
            cf.update_field(s, source.id, Definition("Source", "text"))
        cf.restore_field(s, snapshot)
    with sessions.begin() as s:
        assert cf.get_field(s, source.id) == source
        assert [v[source.id] for v in cf.values_for_records(s, "contact", ids).values()] == [
            "Salon", "Site web", "Presse"]


@pytest.mark.parametrize(("choices", "renamed", "expected", "lost"), [
    (("Froid", "Chaud", "Tiède"), {"Chaud": "Froid", "Froid": "Chaud"}, ("Chaud", "Froid", "Tiède"), 0),  # a swap
    (("Chaud", "Froid", "Tiède"), {"Chaud": "Froid", "Froid": "Chaud"}, ("Chaud", "Froid", "Tiède"), 0),  # in place
    (("Tiède", "Brûlant", "Chaud"), {"Froid": "Tiède", "Tiède": "Brûlant"}, ("Tiède", "Chaud", "Brûlant"), 0),  # chain
    (("Froid", "Tiède"), {"Chaud": "Froid"}, (None, "Froid", "Tiède"), 1),  # Froid removed, Chaud takes its name
])
def test_renamed_choices_move_their_values_all_at_once(
        sessions: sessionmaker[Session], choices: tuple[str, ...], renamed: dict[str, str],
        expected: tuple[str | None, ...], lost: int) -> None:
    ids = _contacts(sessions, 3)
    with sessions.begin() as s:
        heat = cf.create_field(s, "contact", Definition("Chaleur", "choice", ("Chaud", "Froid", "Tiède")))
        for cid, value in zip(ids, ("Froid", "Chaud", "Tiède"), strict=True):
            cf.set_record_values(s, "contact", cid, {heat.id: value})
    with sessions.begin() as s:
        assert cf.values_lost_by(s, heat.id, choices, renamed) == lost
        cf.update_field(s, heat.id, Definition("Chaleur", "choice", choices), renamed)
    with sessions() as s:
        values = cf.values_for_records(s, "contact", ids)
    assert tuple(values.get(cid, {}).get(heat.id) for cid in ids) == expected


def test_the_most_precise_numbers_allowed_come_back_exactly(sessions: sessionmaker[Session]) -> None:
    from desktop.core.custom_fields import parse_number

    typed = ("999 999 999,999999", "-999 999 999,999999", "123 456 789,123456", "0,000001", "12 500,50")
    ids = _contacts(sessions, len(typed))
    with sessions.begin() as s:
        budget = cf.create_field(s, "contact", Definition("Budget", "number"))
        for cid, text in zip(ids, typed, strict=True):
            cf.set_record_values(s, "contact", cid, {budget.id: parse_number(text)})
    with sessions() as s:  # SQLite keeps NUMERIC as a double: 15 significant digits survive it
        values = cf.values_for_records(s, "contact", ids)
    assert [values[cid][budget.id] for cid in ids] == [parse_number(t) for t in typed]


def test_reorder_and_undo(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        a, b, c = (cf.create_field(s, "company", Definition(n, "text")).id for n in ("A", "B", "C"))
        before = cf.reorder(s, "company", [c, a, b])
    with sessions.begin() as s:
        assert [f.id for f in cf.list_fields(s, "company")] == [c, a, b]
        cf.reorder(s, "company", before)
    with sessions.begin() as s:
        assert [f.id for f in cf.list_fields(s, "company")] == [a, b, c]


def test_company_values(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        company = repo.create_company(s, CompanyDraft(legal_name="Atelier Nord"))
        staff = cf.create_field(s, "company", Definition("Nombre de salariés", "number"))
        cf.set_record_values(s, "company", company.id, {staff.id: Decimal("12")})
    with sessions.begin() as s:
        assert cf.record_values(s, "company", company.id) == {staff.id: Decimal("12")}
        assert cf.value_counts(s, "company") == {staff.id: 1}


def test_bulk_custom_field_and_undo_and_smart_query(sessions: sessionmaker[Session]) -> None:
    ids = _contacts(sessions, 4)
    with sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Salon", "date"))
        company_field = cf.create_field(s, "company", Definition("Secteur", "text"))
        cf.set_record_values(s, "contact", ids[0], {salon.id: date(2025, 1, 10)})
        previous = queries.set_custom_field(s, ids[:3], salon.id, date(2026, 3, 12))
    assert previous == {ids[0]: date(2025, 1, 10), ids[1]: None, ids[2]: None}
    spec = {"version": 1, "match": "all", "conditions": [
        {"field": f"cf:{salon.id}", "op": "after", "value": "2026-01-01"}]}
    with sessions.begin() as s:
        assert queries.evaluate_ids(s, spec, TODAY) == ids[:3]
        queries.restore_custom_field(s, salon.id, previous)
    with sessions.begin() as s:
        assert queries.evaluate_ids(s, spec, TODAY) == []
        assert cf.values_for_records(s, "contact", ids) == {ids[0]: {salon.id: date(2025, 1, 10)}}
        from desktop.core.query_spec import SpecError

        with pytest.raises(SpecError):
            queries.set_custom_field(s, ids, company_field.id, "Bâtiment")
        with pytest.raises(SpecError):
            queries.set_custom_field(s, ids, salon.id, "pas une date")
        queries.set_custom_field(s, ids, salon.id, None)


def test_export_has_custom_columns_and_imports_back_with_validation(sessions: sessionmaker[Session],
                                                                   tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import importer as im
    from desktop.services.exporter import export_companies, export_contacts
    from desktop.services.tabular import read_table, write_table

    ids = _contacts(sessions, 2)
    with sessions.begin() as s:
        salon = cf.create_field(s, "contact", Definition("Date du dernier salon", "date"))
        budget = cf.create_field(s, "contact", Definition("Budget", "number"))
        source = cf.create_field(s, "contact", Definition("Source", "choice", ("Salon", "Site web")))
        staff = cf.create_field(s, "company", Definition("Nombre de salariés", "number"))
        company = repo.create_company(s, CompanyDraft(legal_name="Atelier Nord"))
        cf.set_record_values(s, "company", company.id, {staff.id: Decimal("12")})
        cf.set_record_values(s, "contact", ids[0], {salon.id: date(2026, 3, 12), budget.id: Decimal("1234.5"),
                                                    source.id: "Salon"})
    path = tmp_path / "contacts.xlsx"
    with sessions() as s:
        assert export_contacts(s, path) == 2
        assert export_companies(s, tmp_path / "companies.csv") == 1
    table = read_table(path)
    assert table.header[-3:] == ("Date du dernier salon", "Budget", "Source")
    first = next(r.cells for r in table.rows if r.cells[2] == "Contact 0")
    assert first[-3:] == ("12/03/2026", "1234,5", "Salon")
    companies = read_table(tmp_path / "companies.csv")
    assert companies.header[-1] == "Nombre de salariés" and companies.rows[0].cells[-1] == "12"

    source_file = tmp_path / "import.csv"
    write_table(source_file, ["Nom", "E-mail", "Date du dernier salon", "Budget", "source"], [
        ["Neuf", "neuf@exemple.fr", "2026-05-02", "2 500", "site web"],
        ["Faux", "faux@exemple.fr", "31/02/2026", "", ""],
        ["Autre", "autre@exemple.fr", "", "", "Téléphone"],
    ])
    incoming = read_table(source_file)
    mapping = im.guess_mapping(incoming.header, im.Kind.CONTACTS, [salon, budget, source])
    assert mapping == ("last_name", "email", f"cf:{salon.id}", f"cf:{budget.id}", f"cf:{source.id}")
    with sessions() as s:
        assert im.guess_mapping(incoming.header, im.Kind.CONTACTS) == ("last_name", "email", "", "", "")
        plan = im.dry_run(s, incoming, mapping, im.Kind.CONTACTS)
    assert (plan.valid_count, plan.rejected_count) == (1, 2)
    reasons = {r.line: (r.column, r.code, r.message.key) for r in plan.rejections}  # type: ignore[attr-defined]
    assert reasons == {3: ("Date du dernier salon", "invalid_custom", "cf_date_invalid"),
                       4: ("source", "invalid_custom", "cf_choice")}
    with sessions.begin() as s:
        result = im.apply(plan, s, im.ImportMode.VALID_ROWS)
    assert result.created == 1
    with sessions() as s:
        new_id = repo.find_contact_duplicates(s, "neuf@exemple.fr")[0].id
        assert cf.record_values(s, "contact", new_id) == {salon.id: date(2026, 5, 2), budget.id: Decimal("2500"),
                                                          source.id: "Site web"}

    # an update of an existing contact sets the values its cells give
    write_table(source_file, ["Nom", "E-mail", "Budget"], [["Neuf", "neuf@exemple.fr", "99"]])
    incoming = read_table(source_file)
    with sessions() as s:
        plan = im.dry_run(s, incoming, ("last_name", "email", f"cf:{budget.id}"), im.Kind.CONTACTS,
                          im.DuplicatePolicy.UPDATE)
        with pytest.raises(im.MappingError):
            im.dry_run(s, incoming, ("last_name", "email", f"cf:{staff.id}"), im.Kind.CONTACTS)
    with sessions.begin() as s:
        assert im.apply(plan, s, im.ImportMode.VALID_ROWS).updated == 1
    with sessions() as s:
        assert cf.record_values(s, "contact", new_id)[budget.id] == Decimal("99")
        assert cf.record_values(s, "contact", new_id)[source.id] == "Site web"
