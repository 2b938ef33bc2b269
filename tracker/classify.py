"""Loading the verdict model: the catalogue of signals (``catalogue.json``) and the ASN table.

The judgement itself is :mod:`tracker.judge` (scored evidence, human / machine / uncertain with a probability and
ranked reasons); the wording of the reasons in French and English is :mod:`tracker.reasons`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from tracker.asn import load_asn_table
from tracker.judge import EXPLICIT_KINDS, Evidence, Hit, Judge, Judgement, Verdict

Catalogue = Judge
EVENT_KINDS = ("open", "click", "view", "accept", "unsubscribe")

__all__ = ["EVENT_KINDS", "EXPLICIT_KINDS", "Catalogue", "Evidence", "Hit", "Judge", "Judgement", "Verdict",
           "catalogue_data", "load_catalogue"]


def catalogue_data() -> dict[str, Any]:
    """The parsed ``catalogue.json`` shipped with the tracker."""
    text = resources.files("tracker").joinpath("catalogue.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_catalogue(*, timing_scale: float = 1.0, burst_seconds: float | None = None) -> Judge:
    """Build the verdict model from the shipped catalogue and ASN table.

    Args:
        timing_scale: Multiplies the time constants (tests compress time).
        burst_seconds: Width of a click burst, if the settings give one.

    Returns:
        The model.
    """
    return Judge(catalogue_data(), load_asn_table(), timing_scale=timing_scale, burst_seconds=burst_seconds)
