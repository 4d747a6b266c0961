"""``python -m wirecoder.eval DATASET [--split S] [--limit N] [--data-dir D] [--json F]``.

The only place here that builds the real Pipeline.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from wirecoder.errors import WirecoderError
from wirecoder.eval import DATASETS, Coder, render_table, run_eval


def pipeline_coder() -> Coder:
    """``Pipeline.load().code_many``; imported late so the package loads without it."""
    module = importlib.import_module("wirecoder.pipeline")
    pipeline = module.Pipeline.load()
    coder: Coder = pipeline.code_many
    return coder


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m wirecoder.eval", description=__doc__)
    ap.add_argument("dataset", choices=DATASETS)
    ap.add_argument("--split", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--sample", type=Path, default=None, help="file of doc ids, one a line")
    ap.add_argument("--json", type=Path, default=None, help="also write the report as JSON")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    console = Console()
    try:
        sample = None
        if args.sample is not None:
            sample = [s.strip() for s in args.sample.read_text().splitlines() if s.strip()]
        report = run_eval(
            args.dataset,
            pipeline_coder(),
            data_dir=args.data_dir,
            split=args.split,
            limit=args.limit,
            sample=sample,
        )
    except (WirecoderError, OSError) as err:
        console.print(f"error: {err}", style="red", markup=False, highlight=False)
        return 2
    console.print(render_table(report))
    if args.json is not None:
        args.json.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
