"""Evaluation gate: the real Pipeline on a pinned sample, compared with a baseline.

    python tests/eval_gate.py                        # compare; exit 1 on a drop
    python tests/eval_gate.py --update               # raise the baseline where figures rose
    python tests/eval_gate.py --update --allow-lower # also lower it (say why in the commit)
    python tests/eval_gate.py --resample             # re-pick the pinned sample (rarely)

The sample (tests/eval_sample.json): 300 GVA reports, the scorable doc ids sorted by
md5(doc_id), and the first 100 MUC-4 TST messages (TST1+TST2 in file order). Every metric
named in tests/eval_baseline.json is compared: a figure more than TOLERANCE below its
baseline fails; a null baseline passes and prints the figure. Run from the repository
root so that ../shared/data is found (or set WIRECODER_DATA).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wirecoder.eval import Coder, EvalReport, run_eval
from wirecoder.eval.gva import read_gva
from wirecoder.eval.muc4 import read_muc4

HERE = Path(__file__).resolve().parent
SAMPLE_PATH = HERE / "eval_sample.json"
BASELINE_PATH = HERE / "eval_baseline.json"
TOLERANCE = 0.02
GVA_N = 300
MUC_N = 100
#: GVA's "| detected" lines are conditional on detection and move against it: not gated.
GATED = {"gva": lambda name: "| detected" not in name, "muc4": lambda name: True}

Status = Literal["ok", "drop", "rose", "new", "missing"]


@dataclass(frozen=True)
class Comparison:
    dataset: str
    metric: str
    baseline: float | None
    current: float | None
    num: int
    den: int
    status: Status


def choose_sample() -> dict[str, list[str]]:
    gva_ids = sorted(
        (d.article.id for d in read_gva()), key=lambda i: hashlib.md5(i.encode()).hexdigest()
    )
    msgs, _ = read_muc4(split="tst")
    return {"gva": gva_ids[:GVA_N], "muc4": [m.article.id for m in msgs[:MUC_N]]}


def load_sample(path: Path = SAMPLE_PATH) -> dict[str, list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"gva": list(data["gva"]), "muc4": list(data["muc4"])}


def run_reports(coder: Coder, sample: dict[str, list[str]]) -> dict[str, EvalReport]:
    return {
        "gva": run_eval("gva", coder, split="all", sample=sample["gva"]),
        "muc4": run_eval("muc4", coder, split="tst", sample=sample["muc4"]),
    }


def compare(
    reports: dict[str, EvalReport],
    baseline: dict[str, dict[str, float | None]],
    tolerance: float = TOLERANCE,
) -> list[Comparison]:
    out: list[Comparison] = []
    for dataset, report in reports.items():
        base = baseline.get(dataset, {})
        names = [m.name for m in report.metrics if GATED[dataset](m.name)]
        for name in dict.fromkeys([*base, *names]):
            b = base.get(name)
            found = [m for m in report.metrics if m.name == name]
            if not found:
                out.append(Comparison(dataset, name, b, None, 0, 0, "missing"))
                continue
            m = found[0]
            status: Status
            if b is None:
                status = "new"
            elif m.value is None:
                status = "missing"
            elif m.value < b - max(tolerance, 1.0 / max(m.den, 1)):
                # On a small denominator one document moves a ratio by more than the
                # tolerance; a single document's change is not a regression.
                status = "drop"
            elif m.value > b:
                status = "rose"
            else:
                status = "ok"
            out.append(Comparison(dataset, name, b, m.value, m.num, m.den, status))
    return out


def failures(
    comparisons: Sequence[Comparison], reports: dict[str, EvalReport], sample: dict[str, list[str]]
) -> list[str]:
    bad = [
        f"{c.dataset} {c.metric}: {c.current} < baseline {c.baseline} - {TOLERANCE}"
        if c.status == "drop"
        else f"{c.dataset} {c.metric}: no figure (baseline {c.baseline})"
        for c in comparisons
        if c.status == "drop" or (c.status == "missing" and c.baseline is not None)
    ]
    for dataset, report in reports.items():
        if report.n_docs != len(sample[dataset]):
            bad.append(f"{dataset}: {report.n_docs} of {len(sample[dataset])} sample docs found")
    return bad


def updated_baseline(
    baseline: dict[str, dict[str, float | None]],
    comparisons: Sequence[Comparison],
    allow_lower: bool,
) -> dict[str, dict[str, float | None]]:
    new = {k: dict(v) for k, v in baseline.items()}
    for c in comparisons:
        if c.current is None:
            continue
        if c.baseline is None or c.current > c.baseline or allow_lower:
            new.setdefault(c.dataset, {})[c.metric] = round(c.current, 4)
    return new


def load_baseline(path: Path = BASELINE_PATH) -> dict[str, dict[str, float | None]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}


def pipeline_coder() -> Coder:
    module = importlib.import_module("wirecoder.pipeline")
    coder: Coder = module.Pipeline.load().code_many
    return coder


@dataclass(frozen=True)
class GateResult:
    comparisons: tuple[Comparison, ...]
    failures: tuple[str, ...]
    reports: dict[str, EvalReport]


def run_gate(coder: Coder | None = None) -> GateResult:
    sample = load_sample()
    reports = run_reports(coder or pipeline_coder(), sample)
    comparisons = compare(reports, load_baseline())
    return GateResult(tuple(comparisons), tuple(failures(comparisons, reports, sample)), reports)


def format_lines(result: GateResult) -> list[str]:
    lines = []
    for c in result.comparisons:
        cur = "-" if c.current is None else f"{c.current:.4f}"
        base = "null" if c.baseline is None else f"{c.baseline:.4f}"
        lines.append(
            f"{c.status:8} {c.dataset:5} {c.metric:32} {cur:>7} ({c.num}/{c.den})  base {base}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--update", action="store_true", help="raise the baseline where figures rose")
    ap.add_argument("--allow-lower", action="store_true", help="with --update: lower it too")
    ap.add_argument("--resample", action="store_true", help="re-pick tests/eval_sample.json")
    args = ap.parse_args(argv)
    if args.allow_lower and not args.update:
        ap.error("--allow-lower only goes with --update")
    if args.resample:
        SAMPLE_PATH.write_text(json.dumps(choose_sample(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SAMPLE_PATH}")
    result = run_gate()
    for line in format_lines(result):
        print(line)
    for f in result.failures:
        print(f"FAIL {f}")
    if args.update:
        baseline = updated_baseline(load_baseline(), result.comparisons, args.allow_lower)
        data: dict[str, object] = {"tolerance": TOLERANCE, **baseline}
        BASELINE_PATH.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE_PATH}")
        if args.allow_lower:
            return 1 if any("sample docs" in f for f in result.failures) else 0
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
