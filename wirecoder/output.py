"""Serialise coded articles in the output contract of DESIGN.md (v1): JSON, JSONL, CSV,
GeoJSON. Field names here are read by tools outside the repo: keep them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from wirecoder.model import Actor, CodedArticle, Count, Event, Place


def count_dict(c: Count) -> dict[str, Any]:
    return {"low": c.low, "best": c.best, "high": c.high, "text": c.text}


def place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "gazetteer_id": p.gazetteer_id, "lat": p.lat, "lon": p.lon,
            "country_code": p.country_code, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "precision": p.precision, "text": p.text}


def actor_dict(a: Actor) -> dict[str, Any]:
    return {"role": a.role, "text": a.text, "name": a.name, "type": a.type,
            "country_code": a.country_code}


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.event_id,
        "status": e.status,
        "disorder_type": e.disorder_type,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "date": e.date.value,
        "date_precision": e.date.precision,
        "location": place_dict(e.location),
        "actors": [actor_dict(a) for a in e.actors],
        "fatalities": count_dict(e.fatalities),
        "injuries": count_dict(e.injuries),
        "attackers_killed": count_dict(e.attackers_killed),
        "weapons": list(e.weapons),
        "claims": [{"actor": c.actor, "status": c.status} for c in e.claims],
        "evidence": [
            {"field": v.field, "start": v.start, "end": v.end, "text": v.text}
            | ({"part": v.part} if v.part != "text" else {})
            for v in e.evidence
        ],
        "flags": list(e.flags),
        "confidence": e.confidence,
    }


def coded_to_dict(coded: CodedArticle) -> dict[str, Any]:
    a = coded.article
    return {
        "article": {"id": a.id, "source": a.source,
                    "published": a.published.isoformat() if a.published else None,
                    "dateline": a.dateline, "title": a.title, "url": a.url},
        "events": [event_dict(e) for e in coded.events],
    }


def to_json(items: Sequence[CodedArticle]) -> str:
    docs = [coded_to_dict(c) for c in items]
    return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2)


def to_jsonl_line(coded: CodedArticle) -> str:
    return json.dumps(coded_to_dict(coded), ensure_ascii=False)


CSV_FIELDS = ("article_id", "event_id", "status", "event_date", "date_precision",
              "disorder_type", "event_type", "sub_event_type", "actor1", "actor2",
              "country", "iso", "admin1", "admin2", "location", "latitude", "longitude",
              "geo_precision", "fatalities", "injuries", "source", "confidence", "flags")


def csv_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    rows = []
    for e in coded.events:
        perps = [a.name for a in e.actors if a.role == "perpetrator"]
        others = [a.name for a in e.actors if a.role in ("target", "victim")]
        loc = e.location
        rows.append({
            "article_id": coded.article.id, "event_id": e.event_id, "status": e.status,
            "event_date": e.date.value, "date_precision": e.date.precision,
            "disorder_type": e.disorder_type, "event_type": e.event_type,
            "sub_event_type": e.sub_event_type, "actor1": "; ".join(perps),
            "actor2": "; ".join(others), "country": loc.country if loc else None,
            "iso": loc.country_code if loc else None, "admin1": loc.admin1 if loc else None,
            "admin2": loc.admin2 if loc else None, "location": loc.name if loc else None,
            "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
            "geo_precision": loc.precision if loc else None,
            # ACLED-style tables take the conservative figure.
            "fatalities": e.fatalities.low if e.fatalities.low is not None else e.fatalities.best,
            "injuries": e.injuries.low if e.injuries.low is not None else e.injuries.best,
            "source": coded.article.source, "confidence": e.confidence,
            "flags": ";".join(e.flags),
        })
    return rows


def to_csv(items: Sequence[CodedArticle], *, header: bool = True) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    if header:
        w.writeheader()
    for c in items:
        w.writerows(csv_rows(c))
    return buf.getvalue()


def to_geojson(items: Sequence[CodedArticle]) -> str:
    feats = []
    for c in items:
        for e in c.events:
            loc = e.location
            geom = ({"type": "Point", "coordinates": [loc.lon, loc.lat]}
                    if loc and loc.lat is not None and loc.lon is not None else None)
            props = event_dict(e) | {"article_id": c.article.id}
            feats.append({"type": "Feature", "geometry": geom, "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                      indent=2)
