"""The evaluation gate (tests/eval_gate.py) under pytest, plus its comparison rules."""

from __future__ import annotations

import importlib
from pathlib import Path

import eval_gate
import pytest

from wirecoder.eval import EvalReport, Metric

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def report(dataset: str, **figures: float | None) -> EvalReport:
    metrics = tuple(
        Metric(name.replace("_", " "), v, 0 if v is None else int(v * 100), 0 if v is None else 100)
        for name, v in figures.items()
    )
    return EvalReport(dataset, "all", 100, metrics, ())


@pytest.mark.parametrize(
    ("base", "now", "status"),
    [
        (None, 0.5, "new"),
        (0.50, 0.49, "ok"),  # inside the tolerance
        (0.50, 0.47, "drop"),
        (0.50, 0.55, "rose"),
        (0.50, None, "missing"),
    ],
)
def test_gate_compare_statuses(base: float | None, now: float | None, status: str) -> None:
    (c,) = eval_gate.compare({"gva": report("gva", detected=now)}, {"gva": {"detected": base}})
    assert c.status == status


def test_gate_detected_only_lines_are_not_gated() -> None:
    rep = report("gva", detected=0.5, **{"admin1_|_detected": 0.1})
    assert [c.metric for c in eval_gate.compare({"gva": rep}, {})] == ["detected"]


def test_gate_update_raises_only_unless_allowed_lower() -> None:
    base = {"gva": {"detected": 0.6, "admin1": 0.2, "date exact": None}}
    rep = report("gva", detected=0.5, admin1=0.3, date_exact=0.4)
    comps = eval_gate.compare({"gva": rep}, base)
    assert eval_gate.updated_baseline(base, comps, allow_lower=False)["gva"] == {
        "detected": 0.6,
        "admin1": 0.3,
        "date exact": 0.4,
    }
    assert eval_gate.updated_baseline(base, comps, allow_lower=True)["gva"]["detected"] == 0.5


def test_gate_failures_name_drops_and_lost_sample_docs() -> None:
    rep = report("gva", detected=0.1)
    comps = eval_gate.compare({"gva": rep}, {"gva": {"detected": 0.9}})
    bad = eval_gate.failures(comps, {"gva": rep}, {"gva": ["x"] * 300})
    assert any("detected" in b for b in bad)
    assert any("100 of 300" in b for b in bad)


def test_gate_real_pipeline_holds_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    if not DATA.is_dir():
        pytest.skip(f"evaluation data absent: {DATA} is not a folder")
    try:
        importlib.import_module("wirecoder.pipeline")
    except ImportError as err:
        pytest.skip(f"wirecoder.pipeline cannot be imported yet: {err}")
    monkeypatch.chdir(ROOT)
    result = eval_gate.run_gate()
    print("\n".join(eval_gate.format_lines(result)))
    assert not result.failures, "\n".join(result.failures)
