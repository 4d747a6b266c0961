"""Where an incident happened: the choice among the places a report names.

Reads: the geoparse of the report (place mentions with candidates and cues, distance
phrases, the dateline) and the sentences of one incident. Writes: ``Location``, the
event's place with its precision, the span that gave it, and flags
(``location-distance-mismatch`` when the text's own "N km DIRECTION of X" contradicts
the chosen place).

Rules: a place tied to the incident's sentences by a cue ("in", "near", "outside", "at")
wins over one merely named; the dateline, a distance phrase's reference point and places
reached "from"/"to" (hospitals, origins) are never the scene; with no place of its own,
an incident falls back to the report's first incident's place ("the same district"),
then to that country; the first incident falls back to the report's best-cued place
elsewhere (``location-from-report``), then, when the text names no place at all, to the
dateline town (``location-from-dateline``), then to the dateline's province when the
report is about the dateline's country; last comes the country the report names most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from wirecoder._where_subplace import kind_place, talks_venues
from wirecoder.gazetteer import Gazetteer
from wirecoder.gazetteer.demonyms import DEMONYMS
from wirecoder.gazetteer.names import name_key
from wirecoder.model import GazEntry, Place, Span
from wirecoder.text import Sentence, contains
from wirecoder.where import (
    DistancePhrase,
    GeoParse,
    PlaceMention,
    area_contains,
    distance_mismatch,
    offset_point,
    to_place,
)

_SAME_PLACE = re.compile(r"\b(?:the same|that) (?:district|area|town|city|village|province|region"
                         r"|neighbou?rhood|spot|place|road|market)\b", re.IGNORECASE)
_PLACE_CUES = {"police": 1.5, "sheriff": 1.0, "county": 1.0, "coroner": 1.0,
               "deputies": 1.0, "detectives": 1.0, "in": 3.0, "near": 2.5, "outside": 2.5, "at": 2.0, "on": 1.5, "based": 1.0,
               "of": 1.0, "into": 1.5, "across": 1.0, "around": 2.0}
_AWAY_CUES = {"from", "to", "hospital"}  # "taken to X hospital", "travellers from X": not the scene


@dataclass(frozen=True)
class Location:
    place: Place | None
    evidence: Span | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Scope:
    """What every step reads: the report's mentions (headline too), the spans that are
    never a scene (distance references, talks venues) and an ALL-CAPS wire's country."""

    mentions: tuple[PlaceMention, ...]
    refs: frozenset[Span]
    home_cc: str | None


@dataclass
class _Draft:
    """The place being chosen, which each step may refine; private to ``locate``."""

    place: Place | None = None
    evidence: Span | None = None
    flags: list[str] = field(default_factory=list)


class Locator:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def locate(self, geo: GeoParse, geo_title: GeoParse | None, sents: Sequence[Sentence],
               sentences: Sequence[Sentence], main_place: Place | None, *,
               main: bool, source_city: GazEntry | None = None,
               source_state: GazEntry | None = None) -> Location:
        """The incident's place from the mentions in its sentences, best cue first.

        ``sents`` are the incident's sentences, ``sentences`` the whole report's;
        ``main_place`` is the report's first incident's place, for "in the same district".
        Steps: the incident's own cued mentions, then its distance phrases, then (with no
        place yet) the fall-backs in the module docstring's order, then the ALL-CAPS
        wire's corrections (an attack on another country's people, a kind-named place).
        """
        scope = self._scope(geo, geo_title, sentences)
        cands = self._candidates(scope, sents)
        d = _Draft()
        if cands:
            d.place, d.evidence = self._from_candidates(cands)
        self._apply_distances(d, geo, sentences, sents, cands[0][1] if cands else None)
        if d.place is None and main_place is not None:
            if any(_SAME_PLACE.search(s.text) for s in sents):
                d.place = main_place
            elif main_place.precision <= 2 and not main:
                # Another incident the report tells without naming a place ("more violence
                # overnight in different parts of the city") is in the report's town.
                return Location(main_place, None, (*d.flags, "location-from-report"))
            elif main_place.country_code:
                entry = self.gazetteer.country(main_place.country_code)
                if entry is not None:
                    return Location(to_place(entry, self.gazetteer, precision=4), None,
                                    tuple(d.flags))
        dl = [m for m in geo.mentions if m.is_dateline and m.best is not None] or [
            m for m in (geo_title.mentions if geo_title else ()) if m.is_dateline
            and m.best is not None]  # a headline's site-name tail: "- WBRC Birmingham, AL"
        if main:
            self._main_fallbacks(d, geo, scope, dl, source_city, source_state)
        if d.place is None and geo.countries:
            entry = self.gazetteer.country(geo.countries[0])
            if entry is not None:
                d.place = to_place(entry, self.gazetteer, precision=4)
        home = dl[0].best if dl else None
        if geo.upper and home is not None:
            self._abroad(d, geo, scope, cands, sents, home)
        if main and geo.upper:
            kind = kind_place(self.gazetteer, geo, sents, d.place, d.evidence, scope.home_cc,
                              sentences)
            if kind is not None:
                d.place, d.evidence = kind
                d.flags = [f for f in d.flags if not f.startswith("location-from")]
                d.flags.append("location-kind-name")
        return Location(d.place, d.evidence, tuple(d.flags))

    @staticmethod
    def _scope(geo: GeoParse, geo_title: GeoParse | None,
               sentences: Sequence[Sentence]) -> _Scope:
        refs = {d.ref.span for d in geo.distances if d.ref is not None}
        mentions = list(geo.mentions) + (list(geo_title.mentions) if geo_title else [])
        # An ALL-CAPS wire names the capitals where talks were held and statements read
        # ("THE MEETING IN CARACAS"); its incidents lie in the country it is about.
        home_cc = geo.countries[0] if geo.upper and geo.countries else None
        # ALL-CAPS wires: the country filed from, else the one the report is about.
        filed_cc = next((m.best.country_code for m in geo.mentions if m.is_dateline
                         and m.best is not None), home_cc) if geo.upper else None
        if filed_cc is not None:
            refs |= talks_venues(mentions, sentences, filed_cc)
        return _Scope(tuple(mentions), frozenset(refs), home_cc)

    @staticmethod
    def _candidates(scope: _Scope, sents: Sequence[Sentence]
                    ) -> list[tuple[float, PlaceMention]]:
        """The incident's own mentions that may be its scene, best first."""
        cands: list[tuple[float, PlaceMention]] = []
        for m in scope.mentions:
            if m.is_dateline or m.span in scope.refs or m.best is None:
                continue
            if not any(contains(s, m.span) for s in sents):
                continue
            if m.cue in _AWAY_CUES:
                continue
            order = next(i for i, s in enumerate(sents) if contains(s, m.span))
            score = _PLACE_CUES.get(m.cue or "", 0.5) - 0.3 * order
            score += _SPECIFICITY.get(_feature_level(m), 0.0)
            cands.append((score, m))
        cands.sort(key=lambda c: (_home_rank(c[1], scope.home_cc, sents), -c[0],
                                  c[1].span.start))
        return cands

    def _from_candidates(self, cands: Sequence[tuple[float, PlaceMention]]
                         ) -> tuple[Place, Span]:
        best = cands[0][1]
        wide = best.best
        if wide is not None and _feature_level(best) in ("admin1", "country"):
            # "a drive-by shooting in New Jersey ... at a party in Paterson": the
            # town refines the state (or country) it lies in.
            inner = [m for _, m in cands if _feature_level(m) in ("town", "admin2")
                     and m.best is not None and area_contains(wide, m.best)]
            if inner:
                best = inner[0]
        return to_place(best, self.gazetteer), best.span

    def _apply_distances(self, d: _Draft, geo: GeoParse, sentences: Sequence[Sentence],
                         sents: Sequence[Sentence], chosen: PlaceMention | None) -> None:
        """"N km DIRECTION of X": a check on the chosen place (``location-distance-
        mismatch``), or the offset point itself when no place was chosen."""
        for ph in geo.distances:
            if not any(contains(s, ph.span) for s in sents):
                continue
            if d.place is not None and d.place.lat is not None and d.place.lon is not None:
                if self._describes_event_place(geo, sentences, ph, chosen) and \
                        distance_mismatch((d.place.lat, d.place.lon), ph):
                    d.flags.append("location-distance-mismatch")
            elif ph.ref is not None and ph.ref.best is not None and ph.bearing == ph.bearing:
                ref = ph.ref.best
                lat, lon = offset_point(ref.lat, ref.lon, ph.km, ph.bearing)
                d.place = Place(f"{ph.km:g} km from {ref.name}", round(lat, 4), round(lon, 4),
                                ref.country_code, ref.country, None, None, 2, None,
                                ph.span.text, ph.span)
                d.evidence = ph.span

    def _main_fallbacks(self, d: _Draft, geo: GeoParse, scope: _Scope,
                        dl: Sequence[PlaceMention], source_city: GazEntry | None,
                        source_state: GazEntry | None) -> None:
        """The report's main incident with no place of its own (or only a state): the
        report's best-cued place, the dateline, the outlet's city, as a coder would."""
        if d.place is None:
            # The incident's sentences name no place: the report's best-cued place
            # elsewhere (headline, later paragraphs) is what a coder would take next.
            other = self._report_place(scope.mentions, scope.refs, scope.home_cc)
            if other is not None:
                d.place, d.evidence = to_place(other, self.gazetteer), other.span
                d.flags.append("location-from-report")
        named = [m for m in scope.mentions if not m.is_dateline and m.best is not None
                 and m.best.feature_code != "PCLI" and m.cue not in _AWAY_CUES]
        if d.place is None and dl and not named and dl[0].best is not None \
                and dl[0].best.feature_class == "P" and (
                    not geo.countries or geo.countries[0] == dl[0].best.country_code):
            # A local report whose text names no place at all happened where it was
            # filed ("RANKIN COUNTY, Miss. (WJTV) -- A boy was shot ...").
            d.place, d.evidence = to_place(dl[0], self.gazetteer), dl[0].span
            d.flags.append("location-from-dateline")
        home = dl[0].best if dl else None
        place = d.place
        if place is not None and place.precision >= 3 and home is not None \
                and home.country_code == "US" and home.feature_class == "P" \
                and place.country_code == "US" and (
                    place.precision == 4 or place.admin1 == home.admin1):
            # A local US report that gives only its state (or country) happened in or
            # around the town it was filed from.
            d.place, d.evidence = to_place(dl[0], self.gazetteer), dl[0].span
            d.flags.append("location-from-dateline")
        place = d.place
        if geo.upper and home is not None and home.feature_class == "P" \
                and place is not None and place.country_code == home.country_code and (
                    place.precision == 4 or (
                        place.precision == 3 and place.admin1 == home.admin1
                        and self.gazetteer.country_code_for(place.text or "") is not None)):
            # A wire filed from a town of the country it reports on, naming no place
            # below the country ("GUATEMALA" read as the town's province is the country's
            # name too), most often tells of that town: a guess, so precision 3.
            d.place = to_place(dl[0], self.gazetteer, precision=3)
            d.evidence = dl[0].span
            d.flags.append("location-from-dateline")
        if d.place is None and home is not None and home.admin1_code and (
                not geo.countries or geo.countries[0] == home.country_code):
            # The dateline is where the reporter sat: trust only its province, and only
            # when the report is about the dateline's country ("ROME (ITALY) --" on a
            # Salvadoran massacre is not).
            entry = self.gazetteer.admin1(home.country_code, home.admin1_code)
            if entry is not None:
                d.place = to_place(entry, self.gazetteer, precision=3)
                d.flags.append("location-from-dateline-region")
        if d.place is None:
            # Named only in passing (no cue): the town the report names most, outside
            # the hospitals victims were taken to ("a shooting in Mount Auburn ...
            # Cincinnati police").
            towns = Counter(m.best.id for m in named if m.best is not None
                            and _feature_level(m) in ("town", "admin2"))
            if towns:
                top = towns.most_common(1)[0][0]
                m0 = next(m for m in named if m.best is not None and m.best.id == top)
                d.place, d.evidence = to_place(m0, self.gazetteer), m0.span
                d.flags.append("location-from-report")
        place = d.place
        if source_city is not None and (
                place is None or (place.precision >= 3
                                  and place.country_code == source_city.country_code
                                  and place.admin1 in (None, source_city.admin1))) and (
                not geo.countries or geo.countries[0] == source_city.country_code):
            # A local outlet's report that names no town (or only the state) is about
            # its own city, as its dateline would say: a guess, so precision 3.
            d.place = to_place(source_city, self.gazetteer, precision=3)
            d.evidence = None
            d.flags.append("location-from-source")
        if d.place is None and source_state is not None and (
                not geo.countries or geo.countries[0] == source_state.country_code):
            # No town and no home city: the outlet's state at least.
            d.place = to_place(source_state, self.gazetteer, precision=3)
            d.flags.append("location-from-source")

    def _abroad(self, d: _Draft, geo: GeoParse, scope: _Scope,
                cands: Sequence[tuple[float, PlaceMention]], sents: Sequence[Sentence],
                home: GazEntry) -> None:
        """An ALL-CAPS wire filed from one country (its dateline names the country, or
        only its province placed the incident) about an attack on another country's
        people: that other country's place, unless the text cues the chosen one."""
        place, flags = d.place, d.flags
        if any(m.cue and m.span == d.evidence for _, m in cands):
            return
        if not (any(m.is_dateline and m.best is not None and m.best.feature_code == "PCLI"
                    for m in geo.mentions) or "location-from-dateline-region" in flags):
            return
        if place is not None and not (place.country_code == home.country_code and (
                place.precision == 4 or d.evidence is None
                or any(f.startswith("location-from-dateline") for f in flags))):
            return
        abroad = self._nationality_place(scope.mentions, scope.refs, sents, home.country_code)
        if abroad is not None:
            d.place, d.evidence = abroad
            d.flags = [f for f in flags if not f.startswith("location-from-dateline")]
            d.flags.append("location-from-nationality")

    def _nationality_place(self, mentions: Sequence[PlaceMention], refs: AbstractSet[Span],
                           sents: Sequence[Sentence], dateline_cc: str
                           ) -> tuple[Place, Span | None] | None:
        """A wire filed from abroad, as its dateline's country says ("MANAGUA (NICARAGUA)
        --"), that tells, naming no place for it, of an attack on another country's government, forces or people
        ("the assassination of Salvadoran presidency minister ...") is about that
        other country: its place the report names most surely, else the country."""
        ccs = {cc for s in sents for cc in _official_nations(s.text)} - {dateline_cc}
        if len(ccs) != 1:
            return None
        cc = next(iter(ccs))
        other = self._report_place(mentions, refs, cc)
        if other is not None and other.best is not None:
            return to_place(other, self.gazetteer), other.span
        entry = self.gazetteer.country(cc)
        return (to_place(entry, self.gazetteer, precision=4), None) if entry else None

    @staticmethod
    def _report_place(mentions: Sequence[PlaceMention], refs: AbstractSet[Span],
                      home_cc: str | None = None) -> PlaceMention | None:
        """The report's own place when its incident sentences give none: a cued,
        below-country mention anywhere in the report, the most cued and specific first."""
        best: tuple[float, int, PlaceMention] | None = None
        for m in mentions:
            if m.is_dateline or m.span in refs or m.best is None or m.cue in _AWAY_CUES:
                continue
            if home_cc is not None and m.best.country_code != home_cc:
                continue
            level = _feature_level(m)
            if level == "country" or (m.cue is None and level == "town"
                                      and m.span.part != "title"):
                continue
            score = _PLACE_CUES.get(m.cue or "", 0.5) + _SPECIFICITY.get(level, 0.0)
            key = (score, -m.span.start, m)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best is not None else None

    def _describes_event_place(self, geo: GeoParse, sentences: Sequence[Sentence],
                               d: DistancePhrase, chosen: PlaceMention | None) -> bool:
        """Does "N km DIRECTION of X" locate the event's place, or some other place?

        The phrase describes the nearest place named before it in its sentence ("in
        Maiduguri, the state capital, 35 km north-west of Konduga" locates Maiduguri); with
        no place named before it ("on a road to the oasis, 200km south-east of Cairo") it
        describes the scene.
        """
        if chosen is None or (d.ref is not None and d.ref.best is not None and chosen.best
                              is not None and d.ref.best.id == chosen.best.id):
            return False
        sent = next((s for s in sentences if contains(s, d.span)), None)
        if sent is None:
            return False
        before = [m for m in geo.mentions if contains(sent, m.span)
                  and m.span.end <= d.span.start and not m.is_dateline]
        if not before:
            return True
        last = max(before, key=lambda m: m.span.end)
        return last.best is not None and chosen.best is not None and last.best.id == chosen.best.id


# Who stands for a country at home: its government, forces, officials and people.
_OFFICIAL_WORDS = frozenset("""
government president presidency minister ministers army armed forces troops soldiers
military guerrillas rebels opposition leader leaders people civilians peasants workers
union unions capital police judge judges deputy congressman mayor intelligence security
leftist rightist archbishop bishop authorities officials parliament legislature
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*")


def _official_nations(text: str) -> set[str]:
    """Countries whose government, forces or people a sentence names by a demonym
    ("SALVADORAN PRESIDENCY MINISTER", "THE COLOMBIAN INTELLIGENCE SERVICES")."""
    words = _WORD.findall(text)
    out: set[str] = set()
    for k, w in enumerate(words):
        cc = DEMONYMS.get(name_key(w))
        if cc is None:
            continue
        nxt = [x.lower() for x in words[k + 1:k + 3]]
        if any(x in _OFFICIAL_WORDS for x in nxt):
            out.add(cc)
    return out


def _home_rank(m: PlaceMention, home_cc: str | None, sents: Sequence[Sentence]) -> int:
    """ALL-CAPS wires: the home country's places first, except that a country the
    incident's own first sentence puts it "in" ("the murder of three journalists in El
    Salvador") is the scene whatever country the wire is filed from; only a home place
    that same sentence cues comes before it."""
    if home_cc is None or m.best is None:
        return 0
    first = bool(sents) and contains(sents[0], m.span)
    if m.best.country_code == home_cc:
        return 0 if first and m.cue is not None else 2
    return 1 if first and m.cue == "in" and _feature_level(m) == "country" else 3


_SPECIFICITY = {"town": 1.0, "feature": 1.2, "admin2": 0.6, "admin1": 0.3, "country": -0.5}


def _feature_level(m: PlaceMention) -> str:
    e = m.best
    if e is None:
        return "country"
    if e.feature_class == "P":
        return "town"
    if e.feature_code.startswith("PCL"):
        return "country"
    if e.feature_code == "ADM1":
        return "admin1"
    if e.feature_code.startswith("ADM"):
        return "admin2"
    return "feature"
