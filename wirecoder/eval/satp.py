"""SATP incident summaries (ConfliBERT's satp_all): incident detection.

Reader: ``<split>.tsv``, no header, each row the text then four 0/1 labels; a row is an
incident when any label is 1. Rows carry no date, so ``published`` is None; ids are
``satp-<split>-<row number from 1>``. A row is detected when the coder returns any current
event of a violent type (anything but Strategic developments and Protests).
Metrics: detection precision, recall, F1 with counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import DatasetError
from wirecoder.eval.scoring import (
    Coder,
    EvalReport,
    EvalRequest,
    current_events,
    data_dir_for,
    is_violent,
    prf,
    ratio,
    require_file,
)
from wirecoder.model import Article

FOLDER = "satp"
N_LABELS = 4


@dataclass(frozen=True)
class SatpRow:
    article: Article
    labels: tuple[int, ...]

    @property
    def incident(self) -> bool:
        return any(self.labels)


def read_satp(data_dir: Path | None = None, split: str = "dev") -> list[SatpRow]:
    folder = data_dir_for(FOLDER, data_dir)
    path = require_file(folder / f"{split}.tsv", FOLDER)
    rows: list[SatpRow] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            # The labels are the last fields, so a stray tab inside the text stays text.
            parts = line.rsplit("\t", N_LABELS)
            if len(parts) != N_LABELS + 1:
                raise DatasetError(f"{path}:{n}: expected text and {N_LABELS} labels", FOLDER)
            try:
                labels = tuple(int(p.strip()) for p in parts[1:])
            except ValueError as err:
                raise DatasetError(f"{path}:{n}: labels are not 0/1", FOLDER) from err
            article = Article(id=f"satp-{split}-{n}", text=parts[0].strip())
            rows.append(SatpRow(article, labels))
    return rows


def evaluate(
    coder: Coder,
    request: EvalRequest,
) -> EvalReport:
    split = request.split or "dev"
    rows, notes = request.choose(read_satp(request.data_dir, split), lambda r: r.article.id)
    tp = n_sys = n_gold = 0
    for row, coded in zip(rows, coder(r.article for r in rows), strict=True):
        detected = any(is_violent(e) for e in current_events(coded))
        n_sys += detected
        n_gold += row.incident
        tp += detected and row.incident
    metrics = (*prf("detection", tp, n_sys, n_gold), ratio("incident rate", n_gold, len(rows)))
    return EvalReport("satp", split, len(rows), metrics, tuple(notes))
