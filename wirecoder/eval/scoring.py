"""Shared pieces of the evaluation: report records, ratios, names, distances, data folders.

Every figure is a ``Metric`` that keeps its numerator and denominator, so a reader can
always see how many documents a ratio rests on; ``value`` is None when the denominator
is 0 (a ratio over nothing is no figure, not 0).
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rich.table import Table

from wirecoder.errors import DatasetError
from wirecoder.model import Article, CodedArticle, Event

#: What the evaluation runs: articles in, coded articles out, in the same order.
Coder = Callable[[Iterable[Article]], Iterator[CodedArticle]]

#: ACLED event types that are not violence against people or property.
NON_VIOLENT_TYPES = frozenset({"Strategic developments", "Protests"})

#: The env var naming a folder that holds the data sets' folders.
DATA_ENV = "WIRECODER_DATA"

T = TypeVar("T")


@dataclass(frozen=True)
class Metric:
    name: str
    value: float | None
    num: int
    den: int

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "value": self.value, "num": self.num, "den": self.den}


@dataclass(frozen=True)
class EvalReport:
    dataset: str
    split: str
    n_docs: int
    metrics: tuple[Metric, ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "dataset": self.dataset,
            "split": self.split,
            "n_docs": self.n_docs,
            "metrics": [m.to_json() for m in self.metrics],
            "notes": list(self.notes),
        }

    def metric(self, name: str) -> Metric:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)


def ratio(name: str, num: int, den: int) -> Metric:
    return Metric(name, num / den if den else None, num, den)


def prf(prefix: str, tp: int, n_sys: int, n_gold: int) -> tuple[Metric, Metric, Metric]:
    """Precision, recall and F1; F1's counts are 2*tp over n_sys + n_gold (its own ratio)."""
    return (
        ratio(f"{prefix} precision", tp, n_sys),
        ratio(f"{prefix} recall", tp, n_gold),
        ratio(f"{prefix} F1", 2 * tp, n_sys + n_gold),
    )


def prf_split(
    prefix: str, tp_sys: int, n_sys: int, tp_gold: int, n_gold: int
) -> tuple[Metric, ...]:
    """P/R/F1 when system and gold hits are counted apart (matching is not one to one)."""
    p = ratio(f"{prefix} precision", tp_sys, n_sys)
    r = ratio(f"{prefix} recall", tp_gold, n_gold)
    f1: float | None = None
    if p.value is not None and r.value is not None:
        f1 = 2 * p.value * r.value / (p.value + r.value) if p.value + r.value else 0.0
    return p, r, Metric(f"{prefix} F1", f1, tp_sys + tp_gold, n_sys + n_gold)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def norm(text: str | None) -> str:
    """Lower case, accents folded, only letters and digits: for name equality."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("", folded.lower())


_WORD = re.compile(r"[0-9a-z]+")
# fmt: off
_STOP = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "from",
    "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "he",
    "she", "it", "they", "them", "we", "us", "i", "you", "who", "which",
))
# fmt: on


def content_tokens(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return frozenset(w for w in _WORD.findall(folded.lower()) if w not in _STOP)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def is_violent(event: Event) -> bool:
    return event.event_type not in NON_VIOLENT_TYPES


def current_events(coded: CodedArticle) -> list[Event]:
    return [e for e in coded.events if e.status == "current"]


def data_dir_for(folder: str, data_dir: Path | None) -> Path:
    """The folder of one data set: ``data_dir`` when given, else ../shared/data/<folder>
    under the working directory, else $WIRECODER_DATA/<folder>.

    The package's own path is no guide once installed, so the working directory is.
    """
    if data_dir is not None:
        if not data_dir.is_dir():
            raise DatasetError(f"data folder {data_dir} does not exist", folder)
        return data_dir
    candidates = [Path("..") / "shared" / "data" / folder]
    env = os.environ.get(DATA_ENV)
    if env:
        candidates.append(Path(env) / folder)
    for c in candidates:
        if c.is_dir():
            return c
    tried = ", ".join(str(c) for c in candidates)
    raise DatasetError(f"data set folder not found (tried {tried}; set {DATA_ENV})", folder)


def require_file(path: Path, dataset: str) -> Path:
    if not path.is_file():
        raise DatasetError(f"missing file {path}", dataset)
    return path


def select(
    items: Sequence[T],
    key: Callable[[T], str],
    *,
    limit: int | None,
    sample: Sequence[str] | None,
) -> tuple[list[T], list[str]]:
    """Keep ``sample`` ids (file order) then the first ``limit``; notes on missing ids."""
    notes: list[str] = []
    chosen = list(items)
    if sample is not None:
        wanted = set(sample)
        chosen = [it for it in chosen if key(it) in wanted]
        missing = len(wanted - {key(it) for it in chosen})
        if missing:
            notes.append(f"{missing} sample id(s) not found in the data")
    if limit is not None:
        chosen = chosen[: max(0, limit)]
    return chosen, notes


@dataclass(frozen=True)
class EvalRequest:
    """What one run asks of a data set: where its files are, which split and which reports.

    ``split`` None means the data set's own default (each module names it).
    """

    data_dir: Path | None = None
    split: str | None = None
    limit: int | None = None
    sample: Sequence[str] | None = None

    def choose(self, items: Sequence[T], key: Callable[[T], str]) -> tuple[list[T], list[str]]:
        return select(items, key, limit=self.limit, sample=self.sample)


def render_table(report: EvalReport) -> Table:
    table = Table(title=f"{report.dataset} ({report.split}, {report.n_docs} docs)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("num", justify="right")
    table.add_column("den", justify="right")
    for m in report.metrics:
        value = "-" if m.value is None else f"{m.value:.3f}"
        table.add_row(m.name, value, str(m.num), str(m.den))
    if report.notes:
        table.caption = "\n".join(report.notes)
    return table
