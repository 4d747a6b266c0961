"""Where each news source's reports lie, learned from the reports themselves.

A human coder knows that WSMV is a Nashville station: its "Madison" is Madison,
Tennessee, and its "Germantown" is no town in Maryland. Local news names its towns bare,
so the outlet's home region is the cue a reader uses. wirecoder learns it without any
table of outlets: in a batch, the state that clearly leads among the places of a
source's coded reports. A source whose reports spread over many states (a wire, a
national paper) gets no region.

The region is only a prior: a state or country the text itself names outweighs it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from wirecoder.model import Article, CodedArticle, GazEntry

#: A source needs this many located reports before its region is trusted.
MIN_REPORTS = 3
#: ... and this share of them in one first-level division, with RUNNER_UP_RATIO times
#: the votes of the next (the first pass's own errors dilute the leader).
MIN_SHARE = 0.4
RUNNER_UP_RATIO = 1.5
#: Its most reported town is its home city when it holds this share of its reports,
#: twice the next town's, and is a city (a neighbourhood the gazetteer lacks falls back
#: to it; a big city's neighbourhoods misread as towns elsewhere dilute its share).
HOME_CITY_SHARE = 0.2
HOME_CITY_POPULATION = 50_000


@dataclass(frozen=True)
class SourceRegion:
    """A source's home: the country and first-level division most of its reports lie in,
    and its home city when one clearly leads."""

    source: str
    country_code: str
    admin1: str | None
    reports: int
    share: float
    city: GazEntry | None = None


def article_source(article: Article) -> str | None:
    """The source a report names, else its address's host (JSONL with only a url)."""
    if article.source:
        return article.source
    if article.url:
        try:
            return urlsplit(article.url).hostname
        except ValueError:  # "http://[bad": no host to learn from, and no reason to stop
            return None
    return None


def source_key(source: str | None) -> str | None:
    """The outlet a source names: "m.wsbtv.com" and "www.wsbtv.com" are one station."""
    if not source:
        return None
    key = source.strip().lower()
    for prefix in ("www.", "m.", "mobile.", "amp."):
        if key.startswith(prefix) and key.count(".") >= 2:
            key = key[len(prefix):]
    return key or None


class SourceRegions:
    """Votes of coded reports per source; ``region`` answers once a source has enough."""

    def __init__(self, entry_by_id: Callable[[str], GazEntry | None]) -> None:
        self._entry_by_id = entry_by_id
        self._states: dict[str, Counter[tuple[str, str | None]]] = {}
        self._towns: dict[str, Counter[str]] = {}
        self._cache: dict[str, SourceRegion | None] = {}

    def observe(self, coded: CodedArticle) -> None:
        key = source_key(article_source(coded.article))
        ev = coded.primary
        loc = ev.location if ev is not None else None
        if key is None or loc is None or loc.country_code is None:
            return
        self._states.setdefault(key, Counter())[(loc.country_code, loc.admin1)] += 1
        if loc.precision == 1 and loc.gazetteer_id:
            self._towns.setdefault(key, Counter())[loc.gazetteer_id] += 1
        self._cache.pop(key, None)

    def region(self, source: str | None) -> SourceRegion | None:
        key = source_key(source)
        if key is None:
            return None
        if key not in self._cache:
            self._cache[key] = self._region(key)
        return self._cache[key]

    def _region(self, key: str) -> SourceRegion | None:
        votes = self._states.get(key)
        if not votes:
            return None
        n = sum(votes.values())
        ranked = votes.most_common(2)
        (cc, admin1), top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if n < MIN_REPORTS or top < MIN_SHARE * n or top < RUNNER_UP_RATIO * second \
                or admin1 is None:
            return None
        city = None
        towns = self._towns.get(key)
        if towns:
            lead = towns.most_common(2)
            gid, k = lead[0]
            runner = lead[1][1] if len(lead) > 1 else 0
            entry = self._entry_by_id(gid)
            if k >= 2 and k >= HOME_CITY_SHARE * n and k >= 2 * runner and entry is not None \
                    and entry.population >= HOME_CITY_POPULATION \
                    and (entry.country_code, entry.admin1) == (cc, admin1):
                city = entry
        return SourceRegion(key, cc, admin1, n, round(top / n, 3), city)
