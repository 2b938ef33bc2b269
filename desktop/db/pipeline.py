"""The pipeline read from the database, and a stage change (its inverse is the same call).

Only open opportunities (``result`` empty) are on the board; won and lost ones feed the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.pipeline import STAGES, PipelineRow
from desktop.db.models import Company, Opportunity, User


@dataclass(frozen=True)
class PipelineFilter:
    """Which open opportunities the board shows; empty fields filter nothing."""

    owner_id: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    company_id: int | None = None


def load_pipeline(session: Session, flt: PipelineFilter = PipelineFilter()) -> list[PipelineRow]:
    """The open opportunities kept by the filter, largest amounts first."""
    query = (select(Opportunity.id, Opportunity.title, Company.legal_name, Opportunity.amount, Opportunity.stage,
                    Opportunity.expected_close_date, Opportunity.owner_id, User.name)
             .outerjoin(Company, Company.id == Opportunity.company_id)
             .outerjoin(User, User.id == Opportunity.owner_id)
             .where(Opportunity.result.is_(None), Opportunity.stage.in_(STAGES)))
    if flt.owner_id is not None:
        query = query.where(Opportunity.owner_id == flt.owner_id)
    if flt.company_id is not None:
        query = query.where(Opportunity.company_id == flt.company_id)
    if flt.close_from is not None:
        query = query.where(Opportunity.expected_close_date >= flt.close_from)
    if flt.close_to is not None:
        query = query.where(Opportunity.expected_close_date <= flt.close_to)
    query = query.order_by(Opportunity.amount.desc().nulls_last(), Opportunity.id)
    return [PipelineRow(id=r[0], title=r[1], company=r[2] or "", amount=r[3], stage=r[4],
                        expected_close_date=r[5], owner_id=r[6], owner_name=r[7] or "")
            for r in session.execute(query)]


def set_stage(session: Session, opportunity_id: int, stage: str) -> str:
    """Move an open opportunity to ``stage``; returns the stage it left (for undo).

    Raises:
        ValueError: for an unknown stage or an opportunity that is already won or lost.
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    opportunity = session.get_one(Opportunity, opportunity_id)
    if opportunity.result is not None:
        raise ValueError("a won or lost opportunity has left the pipeline")
    previous = opportunity.stage
    opportunity.stage = stage
    session.flush()
    return previous


def salespeople(session: Session) -> list[tuple[int, str]]:
    """Every salesperson (id, name), by name: the choices of the salesperson filters."""
    return [(r[0], r[1]) for r in session.execute(select(User.id, User.name).order_by(User.name, User.id))]
