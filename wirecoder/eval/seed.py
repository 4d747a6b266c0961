"""Case specs (``*.case.json``): the checks of shared/tools/check_case.py, in-process.

Each spec names a ``text_file`` (relative to the spec's folder), ``published`` and
``source``; the report is coded, serialised with the output contract
(``wirecoder.output.coded_to_dict``) and held against the spec: wanted events (found by
status, date prefix and distance), their fields, and the ``must_not`` limits. The checks
are the script's, one for one, so the figure here is the figure it prints. Metric: checks
held over checks, overall and per case; failed checks are listed in the notes.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from wirecoder.errors import DatasetError
from wirecoder.eval.scoring import DATA_ENV, Coder, EvalReport, EvalRequest, Metric, km, ratio
from wirecoder.model import Article, CodedArticle

Serializer = Callable[[CodedArticle], dict[str, object]]
JSON = dict[str, Any]


@dataclass(frozen=True)
class Case:
    name: str
    spec: JSON
    article: Article


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str = ""


def seed_dirs(data_dir: Path | None) -> list[Path]:
    if data_dir is not None:
        if not data_dir.is_dir():
            raise DatasetError(f"data folder {data_dir} does not exist", "seed")
        return [data_dir]
    candidates = [Path("..") / "shared" / "seed"]
    env = os.environ.get(DATA_ENV)
    if env:
        candidates += [Path(env) / "seed", Path(env).parent / "seed"]
    found = [c for c in candidates if c.is_dir()]
    if not found:
        tried = ", ".join(str(c) for c in candidates)
        raise DatasetError(f"seed folder not found (tried {tried})", "seed")
    return found[:1]


def read_case(path: Path) -> Case:
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise DatasetError(f"cannot read case spec {path}: {err}", "seed") from err
    if not isinstance(spec, dict) or "text_file" not in spec:
        raise DatasetError(f"case spec {path} has no text_file", "seed")
    text_path = Path(spec["text_file"])
    if not text_path.is_absolute():
        text_path = path.parent / text_path
    try:
        text = text_path.read_text(encoding="utf-8")
    except OSError as err:
        raise DatasetError(f"case text {text_path} unreadable: {err}", "seed") from err
    published = None
    if spec.get("published"):
        try:
            published = dt.date.fromisoformat(str(spec["published"]))
        except ValueError as err:
            raise DatasetError(f"{path}: bad published date", "seed") from err
    name = path.name.removesuffix(".case.json")
    article = Article(
        id=name,
        text=text,
        title=spec.get("title"),
        published=published,
        source=spec.get("source"),
        dateline=spec.get("dateline"),
    )
    return Case(name, spec, article)


def read_cases(data_dir: Path | None = None) -> list[Case]:
    return [read_case(p) for d in seed_dirs(data_dir) for p in sorted(d.glob("*.case.json"))]


# ----------------------------------------------------------- the checks (check_case.py)


def _point(ev: JSON) -> tuple[float, float] | None:
    loc = ev.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    return float(loc["lat"]), float(loc["lon"])


def _low(count: object) -> object:
    if isinstance(count, dict):
        for k in ("low", "best"):
            if count.get(k) is not None:
                return count[k]
        return None
    return count


def _norm(s: object) -> str:
    return "".join(ch for ch in str(s or "").lower() if ch.isalnum())


def _matches(ev: JSON, want: JSON) -> bool:
    if want.get("date") and not str(ev.get("date") or "").startswith(want["date"]):
        return False
    w = want.get("point")
    if w:
        p = _point(ev)
        if p is None or km(p[0], p[1], w["lat"], w["lon"]) > w["max_km"]:
            return False
    return True


_SUB_KEYS = (
    "date_precision",
    "country",
    "admin1_any",
    "event_types_any",
    "sub_event_types_any",
    "fatalities_low",
    "injuries_low",
    "perpetrator_not_any",
    "perpetrator_any",
    "evidence",
)


def check_output(spec: JSON, out: JSON, text: str | None) -> list[CheckResult]:
    """check_case.py's checks on one serialised article."""
    events: list[JSON] = out.get("events") or []
    results: list[CheckResult] = []

    def check(name: str, ok: object, detail: object = "") -> None:
        results.append(CheckResult(name, bool(ok), "" if ok else str(detail)))

    current = [e for e in events if e.get("status") == "current"]
    for want in spec.get("events", []):
        if want["status"] == "any":
            pool = events
        elif want["status"] == "current":
            pool = current
        else:
            pool = [e for e in events if e.get("status") != "current"]
        hits = [e for e in pool if _matches(e, want)]
        tag = want["id"]
        check(
            f"{tag}: found as {want['status']} on {want.get('date')} near {want.get('where', '?')}",
            hits,
            f"{len(pool)} {want['status']} events",
        )
        if not hits:
            subs = [k for k in _SUB_KEYS if k in want]
            subs += [f"target {g}" for g in want.get("target_all_of", [])]
            subs += [f"claim {c['actor']}" for c in want.get("claims", [])]
            subs += [f"flag {f}" for f in want.get("flags_required", [])]
            subs += [f"flag {f}" for f in want.get("flags_forbidden", [])]
            for k in subs:
                check(f"{tag}: {k}", False, "event not found")
            continue
        ev = hits[0]
        loc = ev.get("location") or {}
        if "date_precision" in want:
            check(
                f"{tag}: date precision {want['date_precision']}",
                ev.get("date_precision") == want["date_precision"],
                ev.get("date_precision"),
            )
        if "country" in want:
            check(
                f"{tag}: country {want['country']}",
                loc.get("country_code") == want["country"],
                loc.get("country_code"),
            )
        if "admin1_any" in want:
            a1 = _norm(loc.get("admin1"))
            ok = any(_norm(x) in a1 or (a1 and a1 in _norm(x)) for x in want["admin1_any"])
            check(f"{tag}: admin1 one of {want['admin1_any']}", ok, a1)
        if "event_types_any" in want:
            check(
                f"{tag}: event type in {want['event_types_any']}",
                ev.get("event_type") in want["event_types_any"],
                ev.get("event_type"),
            )
        if "sub_event_types_any" in want:
            check(
                f"{tag}: sub-event type in {want['sub_event_types_any']}",
                ev.get("sub_event_type") in want["sub_event_types_any"],
                ev.get("sub_event_type"),
            )
        for key, field in (("fatalities_low", "fatalities"), ("injuries_low", "injuries")):
            if key in want:
                got = _low(ev.get(field))
                exp = want[key]
                check(f"{tag}: {field} low = {exp}", got == exp or (exp == 0 and got is None), got)
        actors: list[JSON] = ev.get("actors") or []
        perps = [
            _norm(a.get("name")) + _norm(a.get("text"))
            for a in actors
            if a.get("role") == "perpetrator"
        ]
        if "perpetrator_not_any" in want:
            bad = [x for x in want["perpetrator_not_any"] if any(_norm(x) in p for p in perps)]
            check(f"{tag}: perpetrator is not {want['perpetrator_not_any']}", not bad, bad)
        if "perpetrator_any" in want:
            ok = any(_norm(x) in p for x in want["perpetrator_any"] for p in perps)
            check(f"{tag}: perpetrator names one of {want['perpetrator_any']}", ok, perps)
        for group in want.get("target_all_of", []):
            tg = [
                _norm(a.get("name")) + "|" + _norm(a.get("text"))
                for a in actors
                if a.get("role") in ("target", "victim")
            ]
            ok = any(all(_norm(x) in t for x in group) for t in tg)
            check(f"{tag}: a target/victim actor names all of {group}", ok, tg)
        for c in want.get("claims", []):
            cl = [(_norm(x.get("actor")), x.get("status")) for x in ev.get("claims") or []]
            ok = any(_norm(c["actor"]) in a and s == c["status"] for a, s in cl)
            check(f"{tag}: claim by {c['actor']} is '{c['status']}'", ok, cl)
        flags = ev.get("flags") or []
        for f in want.get("flags_required", []):
            check(f"{tag}: flag {f}", f in flags, flags)
        for f in want.get("flags_forbidden", []):
            check(f"{tag}: no flag {f}", f not in flags, flags)
        if want.get("evidence") and text is not None:
            spans: list[JSON] = ev.get("evidence") or []
            good = [
                s
                for s in spans
                if isinstance(s.get("start"), int) and text[s["start"] : s["end"]] == s.get("text")
            ]
            fields = {s.get("field") for s in good}
            need = set(want["evidence"])
            ok = bool(spans) and len(good) == len(spans) and need <= fields
            check(
                f"{tag}: evidence spans for {sorted(need)} match the text",
                ok,
                f"{len(good)}/{len(spans)} spans match",
            )
    mn = spec.get("must_not", {})
    if "max_current" in mn:
        check(
            f"at most {mn['max_current']} current event(s)",
            len(current) <= mn["max_current"],
            len(current),
        )
    for place in mn.get("near", []):
        close = []
        for e in events:
            p = _point(e)
            if p is not None and km(p[0], p[1], place["lat"], place["lon"]) <= place["km"]:
                close.append(e)
        check(
            f"no event within {place['km']} km of {place['name']}",
            not close,
            [(e.get("location") or {}).get("name") for e in close],
        )
    for n in mn.get("current_fatalities", []):
        check(
            f"no current event with {n} fatalities",
            not [e for e in current if _low(e.get("fatalities")) == n],
        )
    for n in mn.get("any_fatalities", []):
        check(
            f"no event with {n} fatalities",
            not [e for e in events if _low(e.get("fatalities")) == n],
        )
    if "max_events" in mn:
        check(
            f"at most {mn['max_events']} events in all",
            len(events) <= mn["max_events"],
            len(events),
        )
    return results


def default_serializer() -> Serializer:
    """``wirecoder.output.coded_to_dict``, looked up when first needed."""
    module = importlib.import_module("wirecoder.output")
    return cast(Serializer, module.coded_to_dict)


def evaluate(
    coder: Coder,
    request: EvalRequest,
    serializer: Serializer | None = None,
) -> EvalReport:
    to_dict = serializer or default_serializer()
    cases, notes = request.choose(read_cases(request.data_dir), lambda c: c.name)
    per_case: list[Metric] = []
    held = total = 0
    for case, coded in zip(cases, coder(c.article for c in cases), strict=True):
        # A JSON round trip so the checks see exactly what `extract --format json` prints.
        out = json.loads(json.dumps(to_dict(coded), default=str))
        results = check_output(case.spec, out, case.article.text)
        ok = sum(r.ok for r in results)
        held += ok
        total += len(results)
        per_case.append(ratio(f"case {case.name}", ok, len(results)))
        notes.extend(f"{case.name}: FAIL {r.name} [{r.detail}]" for r in results if not r.ok)
    metrics = (ratio("checks held", held, total), *per_case)
    return EvalReport("seed", request.split or "all", len(cases), metrics, tuple(notes))
