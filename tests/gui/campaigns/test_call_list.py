"""The call-list window worked with the keyboard only: 20 contacts, every outcome stored, each step timed."""

from __future__ import annotations

import time
from datetime import timedelta

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.campaigns import Outcome
from desktop.db import campaigns as repo
from desktop.db.campaign_models import PhoningCall, PhoningMember
from desktop.db.models import Contact, User
from desktop.db.quote_models import Quote
from desktop.gui.campaigns.call_list.window import CallListWindow
from desktop.gui.campaigns.view import CampaignsView
from desktop.gui.shell.context import GuiContext
from tests.gui.conftest import NOW

KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7]
OUTCOMES = ["interested", "not_interested", "voicemail", "no_answer", "wrong_number", "callback", "do_not_call"]
STEP_BOUND_S = 1.0  # a sanity bound only; the benchmark measures the real speed


def _campaign(ctx: GuiContext, size: int) -> tuple[int, int, list[int]]:
    with ctx.database.sessions.begin() as s:
        user = User(name="Claire Martin", email="claire@example.fr")
        people = [Contact(first_name=f"Prénom{i:02d}", last_name=f"Nom{i:02d}", phone=f"+33123456{i:03d}",
                          job_title="Gérant", search_text="") for i in range(size)]
        s.add_all([user, *people])
        s.flush()
        s.add(Quote(number="D-2026-0042", status="opened", contact_id=people[min(5, size - 1)].id,
                    sent_at=NOW - timedelta(days=3), last_human_open_at=NOW - timedelta(minutes=12)))
        campaign = repo.create_campaign(s, name="Phoning test", now=NOW, owner_id=user.id, script="<p>Bonjour</p>")
        repo.add_contacts(s, campaign.id, [p.id for p in people], NOW)
        return campaign.id, user.id, [p.id for p in people]


def test_a_keyboard_only_session_of_20_contacts_stores_every_outcome(qtbot: QtBot, ctx: GuiContext) -> None:
    campaign_id, user_id, people = _campaign(ctx, 20)
    window = CallListWindow(ctx, campaign_id, user_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()
    assert window.current is not None and window.current.contact_id == people[5]  # the hot quote first
    assert "D-2026-0042" in window.card.quote.text()
    assert 'href="tel:+33123456005"' in window.card.phones.text()
    seen, steps = [], []
    for i in range(20):
        card = window.current
        assert card is not None
        seen.append(card.contact_id)
        key = KEYS[i % 7]
        started = time.perf_counter()
        if i == 0:  # a note typed with the keyboard, then back to the keys
            qtbot.keyClick(window, Qt.Key.Key_N)
            assert QApplication.focusWidget() is window.note
            qtbot.keyClicks(window.note, "Rappel devis")
            qtbot.keyClick(window.note, Qt.Key.Key_Escape)
        qtbot.keyClick(window, key)
        if key == Qt.Key.Key_6:  # call back: the time picker takes Enter
            assert window.callback_row.isVisible()
            qtbot.keyClick(window.callback_at, Qt.Key.Key_Return)
        steps.append(time.perf_counter() - started)
        assert window.current is None or window.current.contact_id != card.contact_id
    assert window.finished and "Session terminée" in window.message.text()
    assert len(set(seen)) == 20
    assert max(steps) < STEP_BOUND_S, steps
    with ctx.database.sessions() as s:
        calls = {c.contact_id: c for c in s.scalars(select(PhoningCall))}
        assert [calls[cid].outcome for cid in seen] == [OUTCOMES[i % 7] for i in range(20)]
        assert calls[seen[0]].note == "Rappel devis"
        callback = calls[seen[5]].callback_at
        assert callback is not None and callback > NOW
        assert s.get_one(Contact, seen[6]).do_not_contact
        assert not s.scalars(select(PhoningMember).where(PhoningMember.claimed_by.is_not(None))).all()


def test_pause_gives_the_contacts_back_and_resume_claims_again(qtbot: QtBot, ctx: GuiContext) -> None:
    campaign_id, user_id, _people = _campaign(ctx, 3)
    window = CallListWindow(ctx, campaign_id, user_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.paused and window.current is None
    with ctx.database.sessions() as s:
        assert not s.scalars(select(PhoningMember).where(PhoningMember.claimed_by.is_not(None))).all()
    qtbot.keyClick(window, Qt.Key.Key_1)  # ignored while paused
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert not window.paused and window.current is not None
    with ctx.database.sessions() as s:
        assert not s.scalars(select(PhoningCall)).all()


def test_the_campaigns_view_lists_figures_and_opens_a_session(qtbot: QtBot, ctx: GuiContext) -> None:
    campaign_id, _user_id, _people = _campaign(ctx, 4)
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    assert view.phoning.table.rowCount() == 1 and view.phoning.table.item(0, 0).text() == "Phoning test"
    assert view.phoning.table.item(0, 3).text() == "4"
    window = view.open_session(campaign_id)
    qtbot.addWidget(window)
    assert isinstance(window, CallListWindow) and window.current is not None
    window.close()
    assert window.finished


def test_the_bulk_action_adds_a_query_s_contacts_to_a_campaign(qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.gui.campaigns.bulk import add_to_phoning_campaign

    campaign_id, _user_id, people = _campaign(ctx, 2)
    with ctx.database.sessions.begin() as s:
        extra = Contact(first_name="Nouveau", last_name="Contact", search_text="")
        s.add(extra)
        s.flush()
        extra_id = extra.id
    parent = CampaignsView(ctx)
    qtbot.addWidget(parent)
    add_to_phoning_campaign(parent, ctx, [people[0], extra_id], campaign_id)
    assert ctx.messages[-1].startswith("1 contact")  # type: ignore[attr-defined]
    with ctx.database.sessions() as s:
        assert len(s.scalars(select(PhoningMember).where(PhoningMember.campaign_id == campaign_id)).all()) == 3


def test_the_outcome_keys_of_the_form_say_their_outcome_and_the_view_follows_the_session(
        qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.core.campaigns import OUTCOME_KEYS
    from desktop.gui.campaigns.call_list.panels import outcome_text
    from desktop.gui.kit.changes import Changes, Topic

    campaign_id, _user_id, _people = _campaign(ctx, 3)
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    published: list[Changes] = []
    ctx.changes.subscribe(Topic.CONTACTS | Topic.OPPORTUNITIES | Topic.TIMELINE, published.append)
    window = view.open_session(campaign_id)
    qtbot.addWidget(window)
    assert isinstance(window, CallListWindow)
    assert [window.outcome_buttons[o].text() for o in OUTCOME_KEYS] == [
        f"{i + 1}  {outcome_text(o)}" for i, o in enumerate(OUTCOME_KEYS)]
    window.choose(Outcome.INTERESTED)
    assert view.phoning.table.item(0, 5).text() == "1"  # Appels: the view read the figures again
    assert published[-1].topics == Topic.CAMPAIGNS | Topic.TIMELINE | Topic.OPPORTUNITIES
    window.choose(Outcome.DO_NOT_CALL)
    assert view.phoning.table.item(0, 5).text() == "2" and view.phoning.table.item(0, 4).text() == "1"
    assert published[-1].topics == Topic.CAMPAIGNS | Topic.TIMELINE | Topic.CONTACTS
    window.close()


def test_the_script_greets_each_contact_on_the_line_by_name(qtbot: QtBot, ctx: GuiContext) -> None:
    from desktop.db.models import SellerIdentity
    from desktop.db.seller import seller_identity

    with ctx.database.sessions.begin() as s:
        if seller_identity(s) is None:
            s.add(SellerIdentity(legal_name="Atelier Lumière"))
        else:
            seller_identity(s).legal_name = "Atelier Lumière"  # type: ignore[union-attr]
        user = User(name="Claire Martin", email="claire@example.fr")
        people = [Contact(civility="Mme", first_name="Élise", last_name="Fontaine", search_text=""),
                  Contact(civility="M.", first_name="Paul", last_name="Roux", search_text="")]
        s.add_all([user, *people])
        s.flush()
        script = ("<p>Bonjour {{ contact.salutation }} {{ contact.last_name }}, ici {votre prénom} de "
                  "<b>{{ seller.company }}</b>.</p>")
        campaign = repo.create_campaign(s, name="Phoning", now=NOW, owner_id=user.id, script=script)
        repo.add_contacts(s, campaign.id, [p.id for p in people], NOW)
        campaign_id, user_id = campaign.id, user.id
    window = CallListWindow(ctx, campaign_id, user_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()
    greetings = {"Fontaine": "Bonjour Madame Fontaine, ici Claire de Atelier Lumière.",
                 "Roux": "Bonjour Monsieur Roux, ici Claire de Atelier Lumière."}
    first = window.current
    assert first is not None
    assert window.script.toPlainText().strip() == greetings[first.last_name]
    qtbot.keyClick(window, Qt.Key.Key_4)  # no answer: the next contact, and the script follows
    second = window.current
    assert second is not None and second.last_name != first.last_name
    assert window.script.toPlainText().strip() == greetings[second.last_name]
