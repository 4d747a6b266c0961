"""SemEval-2018 Task 5 / Gun Violence Archive: one gold incident per report.

Reader: documents.jsonl joined to incidents.jsonl on gva_incident_id. A report is scored
when ``incident_has_gold`` is true, its content is not empty and its incident is in
incidents.jsonl. Each report's primary event (the current event with the highest
confidence) is compared with its incident:

- detected: a primary event exists;
- killed / injured exact: fatalities (injuries) best, else low, None as 0, equal the gold;
- date exact: the primary event's day equals the incident date;
- within 25 km: of the incident's lat_long (only reports whose incident has one);
- admin1: the event's admin1 equals the state, names compared letters and digits only.

Each ratio is over all scored reports (an undetected report is wrong on every field);
the ``| detected`` lines give the same fields over detected reports only.

Splits: ``all``; ``tune`` / ``heldout`` by the first hex digit of md5(incident id)
(< 8 is tune), so every report of an incident falls on the same side.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from wirecoder.errors import DatasetError
from wirecoder.eval.scoring import (
    Coder,
    EvalReport,
    EvalRequest,
    Metric,
    data_dir_for,
    km,
    norm,
    ratio,
    require_file,
)
from wirecoder.model import Article, CodedArticle, Count

FOLDER = "semeval2018-task5-gva"
SPLITS = ("all", "tune", "heldout")
WITHIN_KM = 25.0


@dataclass(frozen=True)
class GoldIncident:
    incident_id: str
    date: dt.date | None
    state: str | None
    city: str | None
    lat: float | None
    lon: float | None
    killed: int
    injured: int


@dataclass(frozen=True)
class GoldDoc:
    article: Article
    incident: GoldIncident


def read_jsonl(path: Path, dataset: str) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise DatasetError(f"{path}:{n}: not JSON ({err.msg})", dataset) from err
            if not isinstance(obj, dict):
                raise DatasetError(f"{path}:{n}: not a JSON object", dataset)
            yield obj


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _int(value: object) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return 0


def _date(value: object) -> dt.date | None:
    text = _str(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def source_of(uri: str | None) -> tuple[str | None, str | None]:
    """(source host, original url) from a web.archive.org address or a plain one."""
    if not uri:
        return None, None
    url = uri
    marker = uri.find("/http", 8)
    if "web.archive.org" in uri and marker >= 0:
        url = uri[marker + 1 :]
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None, url
    if host and host.startswith("www."):
        host = host[4:]
    return host or None, url


def parse_incident(obj: dict[str, object]) -> GoldIncident:
    lat: float | None = None
    lon: float | None = None
    ll = obj.get("lat_long")
    if isinstance(ll, list | tuple) and len(ll) == 2:
        try:
            lat, lon = float(ll[0]), float(ll[1])
        except (TypeError, ValueError):
            lat = lon = None
    return GoldIncident(
        incident_id=str(obj.get("incident_id")),
        date=_date(obj.get("date")),
        state=_str(obj.get("state")),
        city=_str(obj.get("city_or_county")),
        lat=lat,
        lon=lon,
        killed=_int(obj.get("num_killed")),
        injured=_int(obj.get("num_injured")),
    )


def article_from(obj: dict[str, object]) -> Article | None:
    text = obj.get("content")
    if not isinstance(text, str) or not text.strip():
        return None
    source, url = source_of(_str(obj.get("uri")))
    return Article(
        id=str(obj.get("doc_id")),
        text=text,
        title=_str(obj.get("title")),
        published=_date(obj.get("dct")),
        source=source,
        url=url,
    )


def read_incidents(path: Path, dataset: str) -> dict[str, tuple[GoldIncident, dict[str, object]]]:
    out: dict[str, tuple[GoldIncident, dict[str, object]]] = {}
    for obj in read_jsonl(path, dataset):
        inc = parse_incident(obj)
        out[inc.incident_id] = (inc, obj)
    return out


def read_gva(data_dir: Path | None = None) -> list[GoldDoc]:
    """Every scorable report of the folder, in file order."""
    folder = data_dir_for(FOLDER, data_dir)
    docs_path = require_file(folder / "documents.jsonl", FOLDER)
    incidents = read_incidents(require_file(folder / "incidents.jsonl", FOLDER), FOLDER)
    out: list[GoldDoc] = []
    for obj in read_jsonl(docs_path, FOLDER):
        if obj.get("incident_has_gold") is not True:
            continue
        found = incidents.get(str(obj.get("gva_incident_id")))
        article = article_from(obj)
        if found is None or article is None:
            continue
        out.append(GoldDoc(article, found[0]))
    return out


def tune_side(incident_id: str) -> bool:
    return int(hashlib.md5(incident_id.encode("utf-8")).hexdigest()[0], 16) < 8


def split_docs(docs: Sequence[GoldDoc], split: str) -> list[GoldDoc]:
    if split == "all":
        return list(docs)
    if split == "tune":
        return [d for d in docs if tune_side(d.incident.incident_id)]
    if split == "heldout":
        return [d for d in docs if not tune_side(d.incident.incident_id)]
    raise DatasetError(f"unknown split {split!r} (one of {', '.join(SPLITS)})", FOLDER)


def count_value(count: Count) -> int:
    """best, else low; an unknown toll reads as 0 (GVA writes 0 for none)."""
    if count.best is not None:
        return count.best
    return count.low if count.low is not None else 0


FIELDS = ("killed exact", "injured exact", "date exact", "within 25 km", "admin1")


def score_doc(coded: CodedArticle, gold: GoldIncident) -> dict[str, bool | None]:
    """Each field: True/False, or None when the gold lacks it (not scored)."""
    ev = coded.primary
    res: dict[str, bool | None] = {"detected": ev is not None}
    has_point = gold.lat is not None and gold.lon is not None
    if ev is None:
        res.update({f: False for f in FIELDS})
        res["date exact"] = False if gold.date else None
        res["within 25 km"] = False if has_point else None
        res["admin1"] = False if gold.state else None
        return res
    res["killed exact"] = count_value(ev.fatalities) == gold.killed
    res["injured exact"] = count_value(ev.injuries) == gold.injured
    res["date exact"] = ev.date.day == gold.date if gold.date else None
    loc = ev.location
    if has_point:
        assert gold.lat is not None and gold.lon is not None
        res["within 25 km"] = (
            loc is not None
            and loc.lat is not None
            and loc.lon is not None
            and km(loc.lat, loc.lon, gold.lat, gold.lon) <= WITHIN_KM
        )
    else:
        res["within 25 km"] = None
    if gold.state:
        res["admin1"] = (
            loc is not None and bool(loc.admin1) and norm(loc.admin1) == norm(gold.state)
        )
    else:
        res["admin1"] = None
    return res


def score_docs(
    dataset: str,
    split: str,
    docs: Sequence[GoldDoc],
    coder: Coder,
    notes: Iterable[str] = (),
) -> EvalReport:
    rows: list[dict[str, bool | None]] = []
    coded_iter = coder(d.article for d in docs)
    for doc, coded in zip(docs, coded_iter, strict=True):
        if coded.article.id != doc.article.id:
            raise DatasetError(
                f"coder returned {coded.article.id!r} for {doc.article.id!r}: order lost", dataset
            )
        rows.append(score_doc(coded, doc.incident))
    metrics: list[Metric] = [ratio("detected", sum(bool(r["detected"]) for r in rows), len(rows))]
    for f in FIELDS:
        scored = [r[f] for r in rows if r[f] is not None]
        metrics.append(ratio(f, sum(bool(v) for v in scored), len(scored)))
    for f in FIELDS:
        scored = [r[f] for r in rows if r[f] is not None and r["detected"]]
        metrics.append(ratio(f"{f} | detected", sum(bool(v) for v in scored), len(scored)))
    return EvalReport(dataset, split, len(rows), tuple(metrics), tuple(notes))


def evaluate(
    coder: Coder,
    request: EvalRequest,
) -> EvalReport:
    split = request.split or "all"
    docs = split_docs(read_gva(request.data_dir), split)
    chosen, notes = request.choose(docs, lambda d: d.article.id)
    return score_docs("gva", split, chosen, coder, notes)
