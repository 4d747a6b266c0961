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

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wirecoder._geo import haversine_km
from wirecoder.gazetteer.demonyms import US_POSTAL
from wirecoder.model import Article, CodedArticle, GazEntry

if TYPE_CHECKING:
    from wirecoder.gazetteer.store import Gazetteer

#: A source needs this many located reports before its region is trusted.
MIN_REPORTS = 2
#: ... and this share of them in one first-level division, with RUNNER_UP_RATIO times
#: the votes of the next (the first pass's own errors dilute the leader).
MIN_SHARE = 0.4
RUNNER_UP_RATIO = 1.5
#: Its most reported town is its home city when it holds this share of its reports,
#: twice the next town's, and is a city (a neighbourhood the gazetteer lacks falls back
#: to it; a big city's neighbourhoods misread as towns elsewhere dilute its share).
HOME_CITY_SHARE = 0.2
HOME_CITY_POPULATION = 50_000
#: A masthead host ("dallasnews", "goldsborodailynews") names a city this big, this many
#: times the size of its next US namesake ("springfieldnewssun" names none).
HOST_CITY_POPULATION = 10_000
HOST_CITY_LEAD = 3.0
#: ... and, when the name is a state's too ("delawareonline": Delaware, Ohio), a city
#: this big before the state ("washingtonpost").
HOST_STATE_CITY_POPULATION = 50_000
#: Words a newspaper's or site's name puts around its town or state.
_MASTHEAD = tuple(sorted(frozenset("""
news daily tribune times post herald sun star journal gazette online live today mail
courier chronicle sentinel press record register observer dispatch enquirer examiner
inquirer independent telegraph review reporter standard bee eagle citizen express globe
ledger advertiser advocate bulletin leader democrat republican weekly morning evening
free union""".split()), key=len, reverse=True))
_HOST_LEAD = ("the", "my")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac"})
#: "latimes": LA is Los Angeles as often as Louisiana.
_AMBIGUOUS_POSTAL = frozenset({"la"})
#: A city's reports include those placed within this distance of its point (half as
#: far again per tenfold population over HOME_CITY_POPULATION): a big city's
#: neighbourhoods are towns of their own in the gazetteer ("West Englewood").
METRO_KM = 15.0


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


def masthead_place(host: str) -> tuple[str, ...]:
    """The place names a masthead host spells around its words, best first: "dallasnews"
    -> ("dallas",), "wvgazettemail" -> ("wv",), "riverfallsjournal" -> ("riverfalls",
    "river falls", ...). A bare name ("cleveland.com", "al.com") or a name with no place
    left ("startribune") gives none: such hosts are often no local outlet."""
    labels = host.split(".")
    if len(labels) < 2:
        return ()
    # The registered name: "crimeblog.dallasnews.com" -> "dallasnews", "x.co.uk" -> "x".
    label = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
    if not label.isalpha() or not label.isascii():
        return ()
    for lead in _HOST_LEAD:
        if label.startswith(lead) and len(label) > len(lead) + 3:
            label = label[len(lead):]
    for rest in (_strip_masthead(label, end=True), _strip_masthead(label, end=False)):
        if rest is not None and rest not in _MASTHEAD \
                and (len(rest) >= 4 or rest.upper() in US_POSTAL):
            return (rest, *(f"{rest[:i]} {rest[i:]}" for i in range(3, len(rest) - 2)))
    return ()


def _strip_masthead(label: str, *, end: bool) -> str | None:
    """``label`` less the masthead words at its end (or start); None when there are none."""
    rest, stripped = label, False
    while True:
        word = next((w for w in _MASTHEAD if (rest.endswith(w) if end else rest.startswith(w))
                     and len(rest) > len(w)), None)
        if word is None:
            return rest if stripped else None
        rest = rest[:-len(word)] if end else rest[len(word):]
        stripped = True


class SourceRegions:
    """Votes of coded reports per source; ``region`` answers once a source has enough.

    With a gazetteer, the city or state a masthead host spells ("billingsgazette.com")
    is the region of a source the batch cannot place (too few located reports, no clear
    leader) and of one whose reports the batch puts in another state: a local paper's
    bare town names misread as a bigger namesake elsewhere ("delawareonline" reports
    read as Wilmington, North Carolina) must not outvote its own name.
    """

    def __init__(self, entry_by_id: Callable[[str], GazEntry | None],
                 gazetteer: Gazetteer | None = None) -> None:
        self._entry_by_id = entry_by_id
        self._gaz = gazetteer
        self._hosts: dict[str, SourceRegion | None] = {}
        self._states: dict[str, Counter[tuple[str, str | None]]] = {}
        self._towns: dict[str, Counter[str]] = {}
        self._cache: dict[str, SourceRegion | None] = {}
        self._seen: set[tuple[str, str]] = set()

    def observe(self, coded: CodedArticle) -> None:
        key = source_key(article_source(coded.article))
        ev = coded.primary
        loc = ev.location if ev is not None else None
        if key is None or loc is None or loc.country_code is None:
            return
        # The same report fetched twice is one vote: a misread repeated is no home.
        seen = (key, f"{coded.article.title or ''}\n{coded.article.text[:200]}".casefold())
        if seen in self._seen:
            return
        self._seen.add(seen)
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
        n = sum(votes.values()) if votes else 0
        host = None
        if self._gaz is not None:
            if key not in self._hosts:
                self._hosts[key] = _host_region(self._gaz, key)
            host = self._hosts[key]
        if n < MIN_REPORTS or not votes:
            return host
        ranked = votes.most_common(2)
        (cc, admin1), top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if top < MIN_SHARE * n or top < RUNNER_UP_RATIO * second or admin1 is None:
            return host
        if host is not None and (host.country_code, host.admin1) != (cc, admin1):
            return host
        city = self._home_city(key, cc, admin1, n)
        return SourceRegion(key, cc, admin1, n, round(top / n, 3), city)

    def _home_city(self, key: str, cc: str, admin1: str, n: int) -> GazEntry | None:
        """The city in the source's state that, with the places around it, holds a clear
        lead of the source's town-level reports."""
        towns = self._towns.get(key)
        if not towns:
            return None
        placed = [(e, k) for gid, k in towns.items()
                  if (e := self._entry_by_id(gid)) is not None]
        cities = sorted((e for e, _ in placed if e.population >= HOME_CITY_POPULATION
                         and (e.country_code, e.admin1) == (cc, admin1)),
                        key=lambda e: -e.population)
        # Each report counts for the biggest of those cities it lies in: "South Shore"
        # is Chicago's, not a home of its own beside it.
        support: Counter[str] = Counter()
        for t, k in placed:
            owner = next((c for c in cities if _near(c, t)), None)
            if owner is not None:
                support[owner.id] += k
        if not support:
            return None
        gid, won = support.most_common(1)[0]
        city = next(c for c in cities if c.id == gid)
        runner = max((k for t, k in placed if not _near(city, t)), default=0)
        if won >= 2 and won >= HOME_CITY_SHARE * n and won >= 2 * runner:
            return city
        return None


def _host_region(gaz: Gazetteer, key: str) -> SourceRegion | None:
    """The state or big city a masthead host names, as a region learned from no report."""
    for name in masthead_place(key):
        if len(name) > 2:
            towns = sorted((e for e in gaz.lookup(name) if e.feature_class == "P"
                            and _letters(e.name) == _letters(name)),
                           key=lambda e: -e.population)
            if towns:
                # A city before a state of its name ("washingtonpost"), and only a big
                # one far ahead of its namesakes.
                top, runner = towns[0], towns[1].population if len(towns) > 1 else 0
                floor = HOST_CITY_POPULATION if gaz.us_state(name) is None \
                    else HOST_STATE_CITY_POPULATION
                if top.country_code == "US" and top.population >= floor \
                        and top.population >= HOST_CITY_LEAD * runner:
                    return SourceRegion(key, "US", top.admin1, 0, 0.0, top)
        if name in _AMBIGUOUS_POSTAL:
            continue
        state = gaz.us_state(name.upper() if len(name) == 2 else name)
        if state is not None and state.country_code == "US":
            return SourceRegion(key, "US", state.admin1, 0, 0.0, None)
        if len(name) > 2 and " " not in name:
            continue  # try the name split in two ("river falls")
        return None
    return None


def _letters(s: str) -> str:
    return "".join(c for c in s.casefold() if c.isalpha())


def _near(city: GazEntry, t: GazEntry) -> bool:
    """Whether ``t`` lies within the city's reach, wider for a bigger city."""
    if city.id == t.id:
        return True
    reach = METRO_KM * (1.0 + 0.5 * math.log10(max(city.population, 1) / HOME_CITY_POPULATION))
    if abs(city.lat - t.lat) * 111.0 > reach:
        return False  # a degree of latitude is 111 km: far whatever the longitude
    return haversine_km((city.lat, city.lon), (t.lat, t.lon)) <= reach
