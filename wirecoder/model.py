"""Typed records that cross module boundaries.

Everything here is a frozen dataclass: stages read them and build new ones, nobody
mutates a record another stage produced. Offsets are character offsets into
``Article.text`` (or into ``Article.title`` when ``Span.part == "title"``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Part = Literal["text", "title"]
DatePrecision = Literal["day", "week", "month", "year", "unresolved"]
Status = Literal["current", "background"]
Role = Literal["perpetrator", "target", "victim", "other"]
ClaimStatus = Literal["claimed", "denied", "false", "unverified"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article: ``article.text[start:end] == text`` (or of the title)."""

    start: int
    end: int
    text: str
    part: Part = "text"


@dataclass(frozen=True)
class Article:
    """One news report and its metadata, as read from any input format."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    dateline: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer record (a GeoNames row or a curated feature)."""

    id: str  # "geonames:360997" or "wirecoder:bahariya-oasis"
    name: str
    lat: float
    lon: float
    country_code: str
    feature_class: str  # GeoNames class: A admin, P populated place, T/H/L/V natural or area
    feature_code: str  # PCLI, ADM1, ADM2, PPL, PPLC, OAS, DSRT, PEN, ...
    population: int = 0
    admin1_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Place:
    """A resolved event location in the output contract's shape."""

    name: str
    lat: float | None
    lon: float | None
    country_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    precision: int  # ACLED geo_precision 1-4
    gazetteer_id: str | None = None
    text: str | None = None
    span: Span | None = None
    score: float = 0.0


@dataclass(frozen=True)
class Actor:
    role: Role
    text: str
    name: str
    type: str  # ACLED actor type in words: "state forces", "rebel group", ...
    country_code: str | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Count:
    """A casualty figure as a range (UCDP low/best/high) with the words it came from."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str | None = None
    span: Span | None = None

    @property
    def known(self) -> bool:
        return self.low is not None or self.best is not None or self.high is not None


NO_COUNT = Count()


@dataclass(frozen=True)
class Claim:
    actor: str
    status: ClaimStatus
    span: Span | None = None


@dataclass(frozen=True)
class EventDate:
    """A date as the text gives it: ``value`` is ISO and as long as its precision.

    ``"2017-10-20"`` (day), ``"2017-10"`` (month), ``"2017"`` (year); week precision
    keeps the period's first day (a week's Monday, a weekend's Saturday). ``value`` is None when the text's date cannot be
    resolved (a weekday with no publication date): never invented.
    """

    value: str | None
    precision: DatePrecision
    span: Span | None = None

    @property
    def day(self) -> dt.date | None:
        if self.value is None or len(self.value) != 10:
            return None
        return dt.date.fromisoformat(self.value)


@dataclass(frozen=True)
class Evidence:
    field: str
    start: int
    end: int
    text: str
    part: Part = "text"


@dataclass(frozen=True)
class Event:
    """One coded incident, field for field the output contract of DESIGN.md."""

    event_id: str
    status: Status
    disorder_type: str
    event_type: str
    sub_event_type: str
    date: EventDate
    location: Place | None
    actors: tuple[Actor, ...] = ()
    fatalities: Count = NO_COUNT
    injuries: Count = NO_COUNT
    weapons: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    flags: tuple[str, ...] = ()
    confidence: float = 0.5
    attackers_killed: Count = NO_COUNT
    trigger: Span | None = None


@dataclass(frozen=True)
class CodedArticle:
    """What the pipeline returns for one article."""

    article: Article
    events: tuple[Event, ...] = field(default_factory=tuple)

    @property
    def primary(self) -> Event | None:
        current = [e for e in self.events if e.status == "current"]
        return max(current, key=lambda e: e.confidence) if current else None
