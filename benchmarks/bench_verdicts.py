"""Verdicts on the labelled corpus (tests/data/verdict_corpus.jsonl): accuracy, scanners called human, people called
machine, on the tuning half and on the held-out half, against the same model judging each hit alone (no message
context: no bursts, no consistency, no view or acceptance that follows) as the baseline measured in this run.

An uncertain verdict counts as wrong in ``verdict_accuracy`` (it is right about nothing) and as neither error.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tracker.classify import load_catalogue
from tracker.judge import Hit, Judge, Judgement

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "verdict_corpus.jsonl"
DELIVERED_US = 1_700_000_000_000_000


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The corpus lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _hit(line: dict[str, Any]) -> Hit:
    return Hit(line["kind"], DELIVERED_US + int(float(line["after_s"]) * 1_000_000), line["method"], line["ua"] or "",
               line["network"], line.get("link"), bool(line.get("honeypot")))


def judge_corpus(lines: Iterable[dict[str, Any]], judge: Judge, *, context: bool = True) -> list[tuple[dict[str, Any],
                                                                                                    Judgement]]:
    """Judge every line, each message's hits together (or each hit alone without ``context``)."""
    messages: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        messages[line["message"]].append(line)
    out = []
    for group in messages.values():
        hits = [_hit(line) for line in group]
        if context:
            judgements = judge.judge_message(hits, DELIVERED_US)
        else:
            judgements = [judge.judge(h, DELIVERED_US) for h in hits]
        out.extend(zip(group, judgements, strict=True))
    return out


def figures(judged: list[tuple[dict[str, Any], Judgement]]) -> dict[str, float]:
    """``verdict_accuracy``, ``scanner_called_human`` (a count), ``human_called_machine_rate``, and the counts."""
    humans = [j for line, j in judged if line["label"] == "human"]
    machines = [j for line, j in judged if line["label"] == "machine"]
    right = sum(1 for line, j in judged if j.verdict == line["label"])
    return {
        "verdict_accuracy": right / len(judged) if judged else 0.0,
        "scanner_called_human": float(sum(1 for j in machines if j.verdict == "human")),
        "human_called_machine_rate": sum(1 for j in humans if j.verdict == "machine") / len(humans) if humans else 0.0,
        "uncertain_rate": sum(1 for _l, j in judged if j.verdict == "unknown") / len(judged) if judged else 0.0,
        "hits": float(len(judged)),
    }


def run() -> dict[str, dict[str, object]]:
    """The figures of both halves, and the ratio of the held-out accuracy to the no-context baseline's."""
    judge = load_catalogue()
    lines = load_corpus()
    out: dict[str, dict[str, object]] = {}
    targets = {"verdict_accuracy": ">= 0.95", "scanner_called_human": "== 0", "human_called_machine_rate": "<= 0.03",
               "uncertain_rate": "", "hits": ">= 150"}
    for split in ("tune", "held-out", "all"):
        part = [line for line in lines if split == "all" or line["split"] == split]
        for name, value in figures(judge_corpus(part, judge)).items():
            suffix = "" if split == "all" else f"_{split.replace('-', '_')}"
            out[f"{name}{suffix}"] = {"value": value, "unit": "count" if name in ("hits", "scanner_called_human")
                                      else "ratio", "target": targets[name]}
    alone = figures(judge_corpus(lines, judge, context=False))
    out["verdict_accuracy_vs_hit_alone"] = {
        "value": out["verdict_accuracy"]["value"] / alone["verdict_accuracy"],  # type: ignore[operator]
        "unit": "x", "target": ">= 1.0", "baseline_accuracy": alone["verdict_accuracy"],
        "baseline_scanner_called_human": alone["scanner_called_human"]}
    return out
