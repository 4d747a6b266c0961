"""Source regions: a source's home state learned from its own coded reports."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest

from wirecoder.model import Article, CodedArticle, Event, EventDate, GazEntry, Place
from wirecoder.sources import (
    SourceRegion,
    SourceRegions,
    article_source,
    masthead_place,
    source_key,
)

CITY = GazEntry("geonames:1", "Nashville", 36.17, -86.78, "US", "P", "PPLA", 530_000, "TN",
                "Tennessee", "Davidson County")
TOWN = GazEntry("geonames:2", "Smyrna", 35.98, -86.52, "US", "P", "PPL", 40_000, "TN",
                "Tennessee", "Rutherford County")


_IDS = itertools.count()


def _coded(source: str | None, admin1: str | None, gid: str = "geonames:1",
           precision: int = 1) -> CodedArticle:
    place = Place("x", 36.0, -86.0, "US", "United States", admin1, None, precision,
                  gazetteer_id=gid)
    ev = Event("e", "current", "Political violence", "Violence against civilians", "Attack",
               EventDate("2016-05-01", "day"), place)
    n = next(_IDS)  # distinct reports: the same report twice is one vote
    return CodedArticle(Article(f"a{n}", f"text {n}", source=source), (ev,))


def _regions(votes: list[tuple[str | None, str]]) -> SourceRegions:
    regs = SourceRegions({CITY.id: CITY, TOWN.id: TOWN}.get)
    for admin1, gid in votes:
        regs.observe(_coded("wsmv.com", admin1, gid))
    return regs


@pytest.mark.parametrize(("raw", "key"), [
    ("wsmv.com", "wsmv.com"),
    ("m.wsbtv.com", "wsbtv.com"),
    ("www.ajc.com", "ajc.com"),
    ("chicago.cbslocal.com", "chicago.cbslocal.com"),
    ("AFP", "afp"),
    ("m.com", "m.com"),
    ("", None),
    (None, None),
])
def test_sources_key_folds_mobile_and_www_hosts(raw: str | None, key: str | None) -> None:
    assert source_key(raw) == key


@pytest.mark.parametrize(("votes", "state", "city"), [
    # Three reports, all in Tennessee, two in Nashville: a local station.
    ([("Tennessee", CITY.id)] * 2 + [("Tennessee", TOWN.id)], "Tennessee", "Nashville"),
    # Too few reports to say.
    ([("Tennessee", CITY.id)], None, None),
    # Two reports in one state are a home; two in two states are none.
    ([("Tennessee", CITY.id)] * 2, "Tennessee", "Nashville"),
    ([("Tennessee", CITY.id), ("Ohio", TOWN.id)], None, None),
    # Spread over states (a national outlet): no region.
    ([("Tennessee", CITY.id), ("Ohio", CITY.id), ("Texas", CITY.id), ("Iowa", CITY.id)],
     None, None),
    # A leader without half again the runner-up's votes is no home.
    ([("Tennessee", CITY.id)] * 3 + [("Kentucky", TOWN.id)] * 3, None, None),
    ([("Tennessee", CITY.id)] * 3 + [("Kentucky", TOWN.id)] * 2, "Tennessee", None),
    # A state but no leading city: the region has no home city.
    ([("Tennessee", TOWN.id)] * 3 + [("Tennessee", CITY.id)], "Tennessee", None),
    # Country-level places say no state.
    ([(None, CITY.id)] * 4, None, None),
])
def test_sources_region_needs_a_clear_majority(votes: list[tuple[str | None, str]],
                                               state: str | None, city: str | None) -> None:
    region = _regions(votes).region("www.wsmv.com")
    assert (region.admin1 if region else None) == state
    assert (region.city.name if region and region.city else None) == city


@pytest.mark.parametrize(("source", "url", "want"), [
    ("WSMV", "https://www.wsmv.com/news/1", "WSMV"),
    (None, "https://www.wsmv.com/news/1", "www.wsmv.com"),
    (None, None, None),
    (None, "http://[not-a-host/news", None),
])
def test_sources_article_source_falls_back_to_the_url_host(source: str | None,
                                                           url: str | None,
                                                           want: str | None) -> None:
    assert article_source(Article("a", "text", source=source, url=url)) == want


def test_sources_unknown_or_missing_source_has_no_region() -> None:
    regs = _regions([("Tennessee", CITY.id)] * 5)
    assert regs.region("kare11.com") is None
    assert regs.region(None) is None
    regs.observe(_coded(None, "Tennessee"))  # no source: nothing to learn, no error


def test_sources_region_settles_a_bare_town_but_not_a_stated_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    region = SourceRegion("wsmv.com", "US", "Tennessee", 5, 0.8)
    bare = pipeline.geoparser.parse("A man was shot in Columbia on Sunday, police said.",
                                    region=region)
    assert bare.mentions[0].best.admin1 == "Tennessee"
    stated = pipeline.geoparser.parse("A man was shot in Columbia, Missouri, on Sunday.",
                                      region=region)
    assert stated.mentions[0].best.admin1 == "Missouri"


def _article(i: str, text: str, source: str) -> Article:
    return Article(i, text, published=dt.date(2016, 5, 2), source=source)


def test_sources_batch_learns_the_home_state_of_a_local_station(pipeline) -> None:  # type: ignore[no-untyped-def]
    batch = [
        _article("n1", "A man was shot and killed in Nashville, Tennessee, on Sunday night.",
                 "wsmv.com"),
        _article("n2", "Two people were wounded in a shooting in Murfreesboro, Tenn., on "
                 "Saturday, police said.", "wsmv.com"),
        _article("n3", "A teenager was shot and killed in Clarksville, Tennessee, on Friday.",
                 "wsmv.com"),
        _article("n4", "A man was shot and wounded in Columbia on Sunday, police said.",
                 "wsmv.com"),
        _article("o1", "A man was shot and wounded in Columbia on Sunday, police said.",
                 "other.example"),
    ]
    coded = {c.article.id: c for c in pipeline.code_many(batch)}
    assert [c for c in coded] == ["n1", "n2", "n3", "n4", "o1"]
    learned = coded["n4"].primary
    assert learned is not None and learned.location is not None
    assert learned.location.admin1 == "Tennessee"
    # The same words from a source with no history keep the ordinary reading.
    plain = coded["o1"].primary
    assert plain is not None and plain.location is not None
    assert plain.location.admin1 != "Tennessee"
    off = replace(pipeline.settings, learn_sources=False)
    saved = pipeline.settings
    try:
        pipeline.settings = off
        again = {c.article.id: c for c in pipeline.code_many(batch)}
    finally:
        pipeline.settings = saved
    assert again["n4"].primary.location.admin1 == plain.location.admin1


@pytest.mark.parametrize(("city", "want"), [
    # A Chicago outlet's "Austin" is its neighbourhood, not the Texas capital...
    ("Chicago", "Chicago"),
    # ... but a small-town outlet has no neighbourhood of that name.
    (None, "Austin"),
])
def test_sources_big_city_outlet_reads_far_namesakes_as_neighbourhoods(
        pipeline, city: str | None, want: str) -> None:  # type: ignore[no-untyped-def]
    home = next(e for e in pipeline.gazetteer.lookup("Chicago")
                if e.admin1 == "Illinois" and e.feature_class == "P") if city else None
    region = SourceRegion("x.example", "US", "Illinois", 20, 0.8, home)
    geo = pipeline.geoparser.parse("Two men were shot in Austin on Sunday night.",
                                   region=region)
    assert geo.mentions[0].best.name == want


@pytest.mark.parametrize(("host", "want"), [
    ("dallasnews.com", "dallas"),
    ("crimeblog.dallasnews.com", "dallas"),  # the registered name, not the blog's
    ("www.billingsgazette.com", "billings"),
    ("thedailyherald.com", ()),  # no place left once the words go
    ("wvgazettemail.com", "wv"),
    ("newsok.com", "ok"),
    ("riverfallsjournal.com", "riverfalls"),
    ("thetimes.co.uk", ()),
    ("startribune.com", ()),  # "star" is a masthead word, no place
    ("cleveland.com", ()),  # a bare name is no masthead
    ("al.com", ()),
    ("nola.com", ()),
    ("wsmv.com", ()),
    ("news4jax.com", ()),
    ("AFP", ()),
])
def test_sources_masthead_host_names_its_place(host: str, want: str | tuple[()]) -> None:
    got = masthead_place(host)
    assert (got[0] if got else ()) == want


BIG = GazEntry("geonames:10", "Chicago", 41.85, -87.65, "US", "P", "PPL", 2_700_000, "IL",
               "Illinois", "Cook County")
HOOD_A = GazEntry("geonames:11", "West Englewood", 41.78, -87.67, "US", "P", "PPL", 35_000,
                  "IL", "Illinois", "Cook County")
HOOD_B = GazEntry("geonames:12", "South Shore", 41.76, -87.58, "US", "P", "PPL", 54_000, "IL",
                  "Illinois", "Cook County")
FAR = GazEntry("geonames:13", "Waukegan", 42.36, -87.84, "US", "P", "PPL", 88_000, "IL",
               "Illinois", "Lake County")


@pytest.mark.parametrize(("gids", "city"), [
    # Its neighbourhoods, towns of their own in the gazetteer, count for the big city.
    ([BIG.id, HOOD_A.id, HOOD_B.id, HOOD_B.id, FAR.id], "Chicago"),
    # Without the city itself the biggest place of the cluster stands for it.
    ([HOOD_A.id, HOOD_B.id, HOOD_B.id, FAR.id], "South Shore"),
    # A suburb 60 km away is no part of it: no clear lead.
    ([BIG.id, BIG.id, FAR.id, FAR.id], None),
])
def test_sources_home_city_counts_its_neighbourhoods(gids: list[str],
                                                     city: str | None) -> None:
    entries = {e.id: e for e in (BIG, HOOD_A, HOOD_B, FAR)}
    regs = SourceRegions(entries.get)
    for gid in gids:
        regs.observe(_coded("suntimes.example", "Illinois", gid))
    region = regs.region("suntimes.example")
    assert region is not None and region.admin1 == "Illinois"
    assert (region.city.name if region.city else None) == city


class _Gaz:
    """The two look-ups a masthead host needs, over a handful of entries."""

    def __init__(self, entries: list[GazEntry], states: dict[str, GazEntry]) -> None:
        self._entries, self._states = entries, states

    def lookup(self, name: str, limit: int = 20) -> list[GazEntry]:
        return [e for e in self._entries if e.name.lower() == name.lower()][:limit]

    def us_state(self, name: str) -> GazEntry | None:
        return self._states.get(name.lower())


OK_STATE = GazEntry("geonames:20", "Oklahoma", 35.5, -97.5, "US", "A", "ADM1", 0, "OK",
                    "Oklahoma")
SPRING_MO = GazEntry("geonames:21", "Springfield", 37.2, -93.3, "US", "P", "PPL", 170_000,
                     "MO", "Missouri")
SPRING_MA = GazEntry("geonames:22", "Springfield", 42.1, -72.6, "US", "P", "PPL", 154_000,
                     "MA", "Massachusetts")


@pytest.mark.parametrize(("host", "reports", "state", "city", "learned"), [
    ("chicagotribune.example", 0, "Illinois", "Chicago", 0),
    ("newsok.example", 0, "Oklahoma", None, 0),
    # Springfields of a size: the host names no one of them.
    ("springfieldnewssun.example", 0, None, None, 0),
    # The batch's own misreads of bare names in another state never outvote the
    # place the masthead names.
    ("chicagotribune.example", 4, "Illinois", "Chicago", 0),
    ("newsok.example", 4, "Oklahoma", None, 0),
    # A host naming no place: the batch decides.
    ("wsmv.example", 4, "Tennessee", None, 4),
])
def test_sources_masthead_host_is_the_fallback_region(host: str, reports: int,
                                                      state: str | None, city: str | None,
                                                      learned: int) -> None:
    gaz = _Gaz([BIG, SPRING_MO, SPRING_MA], {"ok": OK_STATE})
    regs = SourceRegions({TOWN.id: TOWN}.get, gaz)  # type: ignore[arg-type]
    for _ in range(reports):
        regs.observe(_coded(host, "Tennessee", TOWN.id))
    region = regs.region(host)
    assert (region.admin1 if region else None) == state
    assert (region.city.name if region and region.city else None) == city
    assert region is None or region.reports == learned


DE_STATE = GazEntry("geonames:30", "Delaware", 39.0, -75.5, "US", "A", "ADM1", 0, "DE",
                    "Delaware")
DELAWARE_OH = GazEntry("geonames:31", "Delaware", 40.3, -83.1, "US", "P", "PPL", 40_000,
                       "OH", "Ohio")
GOLDSBORO_NC = GazEntry("geonames:32", "Goldsboro", 35.4, -78.0, "US", "P", "PPL", 36_000,
                        "NC", "North Carolina")
GOLDSBORO_MD = GazEntry("geonames:33", "Goldsboro", 39.0, -75.8, "US", "P", "PPL", 250,
                        "MD", "Maryland")
SHELBY_NC = GazEntry("geonames:34", "Shelby", 35.3, -81.5, "US", "P", "PPL", 20_000, "NC",
                     "North Carolina")
SHELBY_MT = GazEntry("geonames:35", "Shelby", 48.5, -111.9, "US", "P", "PPL", 3_300, "MT",
                     "Montana")
SHELBY_OH = GazEntry("geonames:36", "Shelby", 40.9, -82.7, "US", "P", "PPL", 9_000, "OH",
                     "Ohio")


@pytest.mark.parametrize(("host", "state", "city"), [
    # A small city's paper: its town far ahead of its namesakes names the home.
    ("goldsborodailynews.example", "North Carolina", "Goldsboro"),
    # Namesakes of a size: none.
    ("shelbystar.example", None, None),
    # A state's name: the state, not a small city of that name elsewhere.
    ("delawareonline.example", "Delaware", None),
])
def test_sources_masthead_small_city_or_state(host: str, state: str | None,
                                             city: str | None) -> None:
    gaz = _Gaz([DELAWARE_OH, GOLDSBORO_NC, GOLDSBORO_MD, SHELBY_NC, SHELBY_MT, SHELBY_OH],
               {"delaware": DE_STATE})
    region = SourceRegions({}.get, gaz).region(host)  # type: ignore[arg-type]
    assert (region.admin1 if region else None) == state
    assert (region.city.name if region and region.city else None) == city


def test_sources_batch_that_agrees_with_the_masthead_is_the_stronger_region() -> None:
    gaz = _Gaz([BIG], {})
    chicago_town = GazEntry("geonames:11", "Cicero", 41.85, -87.75, "US", "P", "PPL",
                            80_000, "IL", "Illinois")
    regs = SourceRegions({chicago_town.id: chicago_town}.get, gaz)  # type: ignore[arg-type]
    for _ in range(4):
        regs.observe(_coded("chicagotribune.example", "Illinois", chicago_town.id))
    region = regs.region("chicagotribune.example")
    assert region is not None and region.admin1 == "Illinois" and region.reports == 4


def test_sources_same_report_twice_is_one_vote() -> None:
    # A misread fetched twice must not make a home: two copies and one other report are
    # two reports in two states, no home.
    regs = SourceRegions({CITY.id: CITY, TOWN.id: TOWN}.get)
    twice = _coded("wsmv.com", "Wisconsin", TOWN.id)
    regs.observe(twice)
    regs.observe(twice)
    regs.observe(_coded("wsmv.com", "Tennessee", CITY.id))
    assert regs.region("wsmv.com") is None
    regs.observe(replace(twice, article=replace(twice.article, id="b", title="Another")))
    region = regs.region("wsmv.com")
    assert region is not None and region.reports == 3
