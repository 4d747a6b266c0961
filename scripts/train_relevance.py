"""Train the relevance model (wirecoder/relevance.py) on TRAINING splits only.

    python scripts/train_relevance.py [--cache FILE] [--out wirecoder/data/relevance.json]

Runs the real coder with relevance disabled and every event kept, then labels its
current events:

- MUC-4 DEV: positive when the message is relevant, negative when it has no qualifying
  template; messages whose only qualifying templates are optional are skipped;
  current events of types the MUC-4 evaluation does not detect (battles) are left out
  of the fit;
- SATP train: positive when the row has any label, else negative;
- GVA ``tune`` side: the primary current event positive (every report tells a shooting).

Never reads MUC TST*, SATP dev, GVC or GVA heldout: those are evaluation splits.
Sources are weighted to equal total weight so none dominates; 5-fold cross-validation
(folds by report) gives AUC and per-source precision/recall before the final fit.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wirecoder.model import Article, CodedArticle, Event
from wirecoder.relevance import RelevanceModel, SparseRows, featurize, fit
from wirecoder.settings import Settings

log = logging.getLogger("train_relevance")

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "wirecoder" / "data" / "relevance.json"
THRESHOLDS = (0.3, 0.4, 0.45, 0.5, 0.6)
# Chosen by 5-fold CV on the training splits (AUC flat for l2 16-128): a penalty strong
# enough that the fit converges rather than leaning on early stopping.
L2 = 32.0
EPOCHS = 800
LR = 0.03


@dataclass(frozen=True)
class Example:
    source: str
    article: Article
    event: Event
    label: int
    #: The report's current events in coding order (``event`` among them): the pipeline
    #: scores each event with the others of its report in view.
    report: tuple[Event, ...] = ()


def _coder_settings() -> Settings:
    fields = {f.name for f in dataclasses.fields(Settings)}
    if "use_relevance" in fields:
        return Settings(use_relevance=False, min_confidence=0.0)
    return Settings(min_confidence=0.0)


def _current(coded: CodedArticle) -> list[Event]:
    return [e for e in coded.events if e.status == "current"]


def collect(gva_limit: int | None = None) -> list[Example]:
    """Code the training splits and label their events."""
    from wirecoder.eval.gva import read_gva, split_docs
    from wirecoder.eval.muc4 import read_muc4
    from wirecoder.eval.satp import read_satp
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline.load(_coder_settings())
    out: list[Example] = []

    msgs, _ = read_muc4(split="dev")
    msgs = [m for m in msgs if not m.optional_only]
    for msg, coded in zip(msgs, pipe.code_many(m.article for m in msgs), strict=True):
        cur = tuple(_current(coded))
        out.extend(Example("muc4", coded.article, e, int(msg.relevant), cur) for e in cur)
    log.info("muc4 dev: %d messages", len(msgs))

    rows = read_satp(split="train")
    for row, coded in zip(rows, pipe.code_many(r.article for r in rows), strict=True):
        cur = tuple(_current(coded))
        out.extend(Example("satp", coded.article, e, int(row.incident), cur) for e in cur)
    log.info("satp train: %d rows", len(rows))

    docs = split_docs(read_gva(), "tune")[:gva_limit]
    for coded in pipe.code_many(d.article for d in docs):
        ev = coded.primary
        if ev is not None:
            out.append(Example("gva", coded.article, ev, 1, tuple(_current(coded))))
    log.info("gva tune: %d docs", len(docs))
    return out


def trains(ex: Example) -> bool:
    """Whether an example is fit on: MUC-4 scores detection on attacks and bombings only,
    so its battles carry no label the evaluation would read; they are still scored."""
    from wirecoder.eval.muc4 import DETECT_TYPES

    return ex.source != "muc4" or ex.event.event_type in DETECT_TYPES


def source_weights(examples: Sequence[Example]) -> list[float]:
    """Each source gets the same total weight, whatever its size."""
    counts: dict[str, int] = {}
    for ex in examples:
        counts[ex.source] = counts.get(ex.source, 0) + 1
    n = len(examples) / max(1, len(counts))
    return [n / counts[ex.source] for ex in examples]


def train(examples: Sequence[Example], *, l2: float = L2, epochs: int = EPOCHS,
          x: SparseRows | None = None) -> RelevanceModel:
    """Fit the model to labelled events (features built here unless ``x`` is given)."""
    if x is None:
        x = SparseRows.build([featurize(ex.article, ex.event, ex.report) for ex in examples])
    return fit(x, [ex.label for ex in examples], source_weights(examples), l2=l2,
               epochs=epochs, lr=LR)


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve by the rank-sum formula (ties share their ranks)."""
    s = np.asarray(scores)
    y = np.asarray(labels)
    n_pos, n_neg = int(y.sum()), int(len(y) - y.sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = s.argsort(kind="mergesort")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def cross_validate(examples: Sequence[Example], x: SparseRows, *, folds: int = 5,
                   l2: float = L2, epochs: int = EPOCHS) -> list[float]:
    """Out-of-fold probabilities; folds split by report so an article's events stay together."""
    import zlib

    fold_of = [zlib.crc32(ex.article.id.encode()) % folds for ex in examples]
    oof = [0.0] * len(examples)
    for k in range(folds):
        tr = [i for i, f in enumerate(fold_of) if f != k and trains(examples[i])]
        te = [i for i, f in enumerate(fold_of) if f == k]
        model = train([examples[i] for i in tr], l2=l2, epochs=epochs, x=x.take(tr))
        xt = x.take(te)
        w = np.asarray(model.weights)
        z = xt.dot(w) + model.bias
        for i, p in zip(te, 1 / (1 + np.exp(-z)), strict=True):
            oof[i] = float(p)
    return oof


def report(examples: Sequence[Example], probs: Sequence[float]) -> list[str]:
    lines = [f"AUC all: {auc(probs, [e.label for e in examples]):.3f} (n={len(examples)})"]
    for src in sorted({e.source for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.source == src]
        y = [examples[i].label for i in idx]
        p = [probs[i] for i in idx]
        lines.append(f"{src}: n={len(idx)} positives={sum(y)} AUC={auc(p, y):.3f}")
        for t in THRESHOLDS:
            tp = sum(1 for yi, pi in zip(y, p, strict=True) if yi and pi >= t)
            n_sys = sum(1 for pi in p if pi >= t)
            prec = tp / n_sys if n_sys else float("nan")
            rec = tp / sum(y) if sum(y) else float("nan")
            f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
            lines.append(f"  p>={t:.2f}: precision {prec:.3f} recall {rec:.3f} F1 {f1:.3f} "
                         f"kept {n_sys}")
    return lines


def muc_messages(examples: Sequence[Example], probs: Sequence[float]) -> list[str]:
    """MUC-4 detection as the evaluation scores it, by message, from per-event probabilities.

    A message counts as detected when one of its current events of a detected type
    (``wirecoder.eval.muc4.DETECT_TYPES``) keeps a probability at the threshold; messages
    with no coded event still count in recall's denominator.
    """
    from wirecoder.eval.muc4 import DETECT_TYPES, read_muc4

    msgs, _ = read_muc4(split="dev")
    gold = {m.article.id: m.relevant for m in msgs if not m.optional_only}
    best: dict[str, float] = {}
    for ex, p in zip(examples, probs, strict=True):
        if ex.source == "muc4" and ex.event.event_type in DETECT_TYPES:
            best[ex.article.id] = max(best.get(ex.article.id, 0.0), p)
    n_gold = sum(gold.values())
    lines = [f"muc4 messages: n={len(gold)} relevant={n_gold} "
             f"with-a-detected-type-event={sum(1 for k in best if gold.get(k))}"]
    for t in THRESHOLDS:
        det = {k for k, p in best.items() if p >= t and k in gold}
        tp = sum(1 for k in det if gold[k])
        prec = tp / len(det) if det else float("nan")
        rec = tp / n_gold if n_gold else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if tp else 0.0
        lines.append(f"  p>={t:.2f}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the coded training events (built when missing)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--gva-limit", type=int, default=None)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--no-cv", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    if args.cache is not None and args.cache.is_file():
        with args.cache.open("rb") as fh:
            examples: list[Example] = pickle.load(fh)
    else:
        examples = collect(args.gva_limit)
        if args.cache is not None:
            with args.cache.open("wb") as fh:
                pickle.dump(examples, fh)
    x = SparseRows.build([featurize(ex.article, ex.event, ex.report) for ex in examples])
    lines: list[str] = []
    if not args.no_cv:
        oof = cross_validate(examples, x, l2=args.l2, epochs=args.epochs)
        lines = report(examples, oof) + muc_messages(examples, oof)
        for line in lines:
            log.info("%s", line)
    fit_on = [i for i, ex in enumerate(examples) if trains(ex)]
    model = train([examples[i] for i in fit_on], l2=args.l2, epochs=args.epochs,
                  x=x.take(fit_on))
    meta: dict[str, object] = {
        "trained_on": ["muc4 dev", "satp train", "gva tune"],
        "l2": args.l2, "epochs": args.epochs, "lr": LR, "n_examples": len(fit_on),
        "cv": lines,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    import json

    args.out.write_text(json.dumps(model.to_json(meta), separators=(",", ":")) + "\n",
                        encoding="utf-8")
    log.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
