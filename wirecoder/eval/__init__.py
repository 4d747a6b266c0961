"""Scoring wirecoder against gold data sets.

``run_eval(name, coder)`` reads one data set, runs ``coder`` over its reports (in order)
and returns an ``EvalReport`` of ratios with their counts. The coder is any callable from
articles to coded articles (``Pipeline.code_many`` in real runs, a stub in tests). Each
module's docstring states its reader and matching rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from wirecoder.errors import DatasetError
from wirecoder.eval import gva, gvc, muc4, satp, seed, wikievents
from wirecoder.eval.scoring import Coder, EvalReport, EvalRequest, Metric, render_table

DATASETS: tuple[str, ...] = ("gva", "gvc", "muc4", "wikievents", "satp", "seed")

_Evaluate = Callable[[Coder, EvalRequest], EvalReport]
_RUNNERS: dict[str, _Evaluate] = {
    "gva": gva.evaluate,
    "gvc": gvc.evaluate,
    "muc4": muc4.evaluate,
    "wikievents": wikievents.evaluate,
    "satp": satp.evaluate,
    "seed": seed.evaluate,
}


def run_eval(
    dataset: str,
    coder: Coder,
    *,
    data_dir: Path | None = None,
    split: str | None = None,
    limit: int | None = None,
    sample: Sequence[str] | None = None,
) -> EvalReport:
    runner = _RUNNERS.get(dataset)
    if runner is None:
        raise DatasetError(f"unknown data set (one of {', '.join(DATASETS)})", dataset)
    return runner(coder, EvalRequest(data_dir, split, limit, sample))


__all__ = ["DATASETS", "Coder", "EvalReport", "EvalRequest", "Metric", "render_table", "run_eval"]
