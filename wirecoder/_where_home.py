"""A big city's neighbourhoods that the gazetteer lacks, read as that city.

Local news names a city's neighbourhoods bare ("in Washington Park on the South Side",
"a Madison apartment", "the Red Hook Houses"). The gazetteer knows few of them, so the
name falls to a small namesake town far away in the same state (Washington Park near
East St. Louis for a Chicago paper). A reader who knows the report is about Chicago (its
dateline, its police, its outlet, or the city it names) and reads "X neighborhood" takes
the far small town for what it is: a part of the city the gazetteer cannot place. The
city itself is then the most the text says. So too for a bare name that reads only as a
far county of the city's state ("an apartment in Madison" from a Nashville station).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol

from wirecoder._geo import haversine_km
from wirecoder._where_words import _OFFICES
from wirecoder.gazetteer.names import name_key
from wirecoder.model import GazEntry

#: The home city must be a city whose neighbourhoods carry names of their own.
HOME_POPULATION = 50_000
#: A namesake this small (or a county) ...
SMALL_POPULATION = 25_000
#: ... this far from the city is no suburb the text could mean.
FAR_KM = 60.0

_NEIGHBOURHOOD = re.compile(
    r"\s+(?:neighbou?rhoods?\b|section\b|housing projects?\b|houses\b)"
    r"|,? on the (?:far )?(?:south|north|east|west|southwest|northwest|southeast|northeast)"
    r"(?:ern)? ?side\b", re.IGNORECASE)
_AREA_WORD = re.compile(r"\b(?:county|parish|borough)\b", re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+(?:county|parish|borough)\b", re.IGNORECASE)


def _city(e: GazEntry) -> bool:
    return e.country_code == "US" and e.feature_class == "P" and e.population >= HOME_POPULATION


def _small_far(e: GazEntry, home: GazEntry) -> bool:
    if e.country_code != "US" or e.admin1_code != home.admin1_code or e.id == home.id:
        return False
    if e.feature_code == "ADM2":
        pass  # a county named like a neighbourhood ("Madison") is as far off as its town
    elif e.feature_class != "P" or e.population >= SMALL_POPULATION:
        return False
    return haversine_km((e.lat, e.lon), (home.lat, home.lon)) > FAR_KM


class _Name(Protocol):
    @property
    def end(self) -> int: ...
    @property
    def surface(self) -> str: ...
    @property
    def dateline(self) -> bool: ...
    @property
    def cue(self) -> str | None: ...


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def best(self) -> GazEntry | None: ...


class _Other(Protocol):
    @property
    def mentions(self) -> Sequence[_Named]: ...


def neighbourhoods(text: str, names: Sequence[_Name], tops: Sequence[GazEntry | None],
                   home: GazEntry | None, fixed: AbstractSet[int],
                   other: _Other | None = None) -> list[tuple[int, GazEntry]]:
    """The names (indices into ``names``; ``tops`` are their best readings) that are a
    big city's neighbourhoods rather than the small far towns they read as, each with its
    city: those the text calls a neighbourhood ("X neighborhood", "X on the South Side"),
    and those the report's ``other`` part reads as a big city (a headline's "Washington
    Park" is its body's Chicago). The city is the report's ``home``, else the biggest city
    the text names. Names the text places itself (indices in ``fixed``: "Paris, Ill.")
    and datelines stay."""
    settled = {name_key(m.name): m.best for m in other.mentions
               if m.best is not None and _city(m.best)
               and name_key(m.best.name) != name_key(m.name)} if other is not None else {}
    cities = [home] if home is not None else sorted(
        {t.id: t for t in tops if t is not None}.values(), key=lambda t: -t.population)
    cities = [c for c in cities if _city(c)]
    said = [r.surface for r in names] + ([m.name for m in other.mentions] if other else [])
    counties = {name_key(_AREA_WORD.sub("", n).strip()) for n in said if _AREA_WORD.search(n)}
    out = []
    for k, (r, top) in enumerate(zip(names, tops, strict=True)):
        if k in fixed or r.dateline or top is None:
            continue
        given = settled.get(name_key(r.surface)) if settled else None
        if given is not None:
            city = given if _small_far(top, given) else None
        elif _NEIGHBOURHOOD.match(text, r.end):
            city = next((c for c in cities if _small_far(top, c)), None)
        elif home is not None and top.feature_code == "ADM2" and r.cue not in _OFFICES \
                and not _AREA_WORD.search(r.surface) and not _AREA_AFTER.match(text, r.end) \
                and _small_far(top, home) \
                and name_key(r.surface) not in counties:
            # "an apartment in Madison" from a Nashville station: no reader takes a bare
            # name for a county two hundred kilometres off; the gazetteer lacks the place.
            # A county the text names in full, or by its office ("Terrebonne Sheriff's
            # Office"), is that county.
            city = home
        else:
            continue
        if city is not None:
            out.append((k, city))
    return out

