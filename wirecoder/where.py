"""Geoparsing: find place names in a report, resolve them, and read distance phrases.

Recognition does not trust NER labels alone: capitalised word n-grams are looked up in the
gazetteer (with spaCy's GPE/LOC/FAC/ORG spans as hints that must not be lost), and
ALL-CAPS wire copy is read through its prepositions. Resolution scores every candidate by
what else the text names (state, country, neighbours), the feature words around the name,
its type and its population, and keeps the runners-up for later stages.
The word tables it reads (cues, stop words, feature words, datelines, distance phrases)
live in _where_words.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, cast

from wirecoder._geo import EARTH_RADIUS_KM as EARTH_RADIUS_KM
from wirecoder._geo import haversine_km as haversine_km
from wirecoder._where_home import neighbourhoods
from wirecoder._where_people import SCENE_CUES, surnames
from wirecoder._where_upper import UPPER_STREET_AFTER
from wirecoder._where_words import (
    _AFTER_CUES,
    _AGENCY_FIRST,
    _AP_ABBREV,
    _ARTICLE_CAP,
    _AWAY_BEFORE,
    _AWAY_LAST,
    _BLOCK_OF,
    _CALL_SIGN,
    _CAP_NEXT,
    _CITY_FIRST,
    _CITY_SECTION,
    _COMMON,
    _COMPASS,
    _CONNECTORS,
    _CONTINENT_ADJ,
    _COUNTY_OFFICE,
    _CUES,
    _DATELINE_TAIL,
    _DIR,
    _DIR_FLAT,
    _DISTANCE,
    _DISTANCE_HINT,
    _FEATURE_WORDS,
    _HINT_LEAD,
    _HOSPITAL_AFTER,
    _LOWER_CHARS,
    _NAME_ABBREV,
    _NAME_NOUNS,
    _NAME_SUFFIX,
    _NEVER_BARE,
    _NUMBER_WORDS,
    _OF_AFTER,
    _OFFICES,
    _PLACE_SUFFIX,
    _POSSESSIVE,
    _POSTAL_AFTER,
    _POSTAL_TOKEN,
    _QUALIFIER,
    _RESIDENT_AFTER,
    _RESIDENT_WORD,
    _ROAD_AFTER,
    _SECTION_WORDS,
    _SENT_END,
    _STATE_TOKEN,
    _STATION_DATELINE,
    _STREET,
    _TITLED_NAME,
    _TITLES,
    _TOKEN,
    _UNIT_KM,
    _UPPER_COUNTRY_WEIGHTS,
    _UPPER_FOREIGN_DATELINE,
    _UPPER_STOP,
    _US_IDIOM,
    _WIDE_FEATURES,
)
from wirecoder.gazetteer.demonyms import AP_STATES, DEMONYMS, US_POSTAL
from wirecoder.gazetteer.names import name_key
from wirecoder.gazetteer.store import Gazetteer
from wirecoder.model import GazEntry, Part, Place, Span
from wirecoder.sources import SourceRegion

_ASCII_UPPER = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER = tuple("abcdefghijklmnopqrstuvwxyz")
_LOWER_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Candidate:
    entry: GazEntry
    score: float


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    name: str
    candidates: tuple[Candidate, ...]
    cue: str | None
    is_dateline: bool

    @property
    def best(self) -> GazEntry | None:
        return self.candidates[0].entry if self.candidates else None


@dataclass(frozen=True)
class DistancePhrase:
    span: Span
    km: float
    bearing: float  # degrees clockwise from north; NaN when the text gives none
    ref: PlaceMention | None


@dataclass(frozen=True)
class GeoParse:
    mentions: tuple[PlaceMention, ...]
    distances: tuple[DistancePhrase, ...]
    dateline: Span | None
    countries: tuple[str, ...]
    admin1: tuple[tuple[str, str], ...]
    upper: bool = False  # an ALL-CAPS wire, read by the upper-case rules


# -- geometry -----------------------------------------------------------------------------


def bearing_deg(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Initial great-circle bearing from a to b, degrees clockwise from north."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.degrees(math.atan2(y, x)) % 360


def offset_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point km away from (lat, lon) along the given initial bearing."""
    d = km / EARTH_RADIUS_KM
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def distance_mismatch(place_lat_lon: tuple[float, float], phrase: DistancePhrase) -> bool:
    """True only when the text's distance/bearing clearly contradict the place's point.

    Reporters round ("about 200km") and measure by road, so only an error of more than
    40% and more than 60 km, or a bearing off by more than 60 degrees, counts.
    """
    ref = phrase.ref.best if phrase.ref is not None else None
    if ref is None:
        return False
    origin = (ref.lat, ref.lon)
    actual = haversine_km(origin, place_lat_lon)
    off = abs(actual - phrase.km)
    if off > 0.4 * phrase.km and off > 60:
        return True
    if math.isnan(phrase.bearing) or actual < 15:
        return False
    diff = abs((bearing_deg(origin, place_lat_lon) - phrase.bearing + 180) % 360 - 180)
    return diff > 60


def find_dateline(text: str, known: Callable[[str], object] | None = None) -> Span | None:
    """Span of the dateline city at the very start of a report, if there is one.

    ``known`` says whether a name is a place: a kicker that opens the page ("HPD: Fight
    at club ...") then gives way to the real dateline below it.
    """
    head = text[:200]
    m = _AGENCY_FIRST.match(head) or _CITY_FIRST.match(head)
    if m is not None and known is not None and not known(m.group(1).rstrip(".-'")):
        m = None
    if m is None and _LOWER_CHARS.search(head):
        m = _STATION_DATELINE.search(text, 0, 400)
    if m is None:
        return None
    start, end = m.span(1)
    city = text[start:end].rstrip(".-'")
    if not city or not any(c.isalpha() for c in city):
        return None
    return Span(start, start + len(city), city)



class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    cap: bool
    upper: bool
    sent_start: bool


# tuple.__new__ itself: a NamedTuple's generated __new__ costs a Python call per token.
_new_tok = cast(Callable[[type[_Tok], tuple[int, int, str, bool, bool, bool]], _Tok],
                tuple.__new__)


class _Raw(NamedTuple):
    """A recognised name before resolution (internal: a tuple is cheap to make for every
    n-gram the gazetteer knows, most of which are then dropped)."""

    start: int
    end: int
    surface: str
    entries: tuple[GazEntry, ...]
    cue: str | None
    hinted: bool
    dateline: bool
    feature: frozenset[str]


class Geoparser:
    """Finds and resolves the places a report names."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        # The n-gram scan asks for the same names again and again, and the index never
        # changes under a parser.
        self._find = lru_cache(maxsize=65_536)(self._find_uncached)

    # -- public --------------------------------------------------------------------------

    def parse(self, text: str, *, offset: int = 0, part: Part = "text",
              hints: Sequence[Span] = (), home_country: str | None = None,
              context: GeoParse | None = None, region: SourceRegion | None = None,
              furniture_from: int | None = None) -> GeoParse:
        """Find and resolve the places of ``text``.

        ``context`` is the parse of the same report's other part (its title, or its body
        when parsing the title): the countries and states it names weigh as priors here.
        ``region`` is the source's home (sources.py): a weaker prior than the text's own.
        Names from ``furniture_from`` on (a headline's site-name tail) are read as a
        dateline: where the outlet is, not where anything happened.
        """
        sample = text[:3000]
        # str.count per letter runs in C and builds no list of matches.
        n_up = sum(map(sample.count, _ASCII_UPPER))
        n_low = sum(map(sample.count, _ASCII_LOWER))
        upper_mode = n_up > 0.7 * (n_up + n_low) and n_up > 0
        toks = self._tokens(text)
        # Only a capitalised word can open a name or a demonym: the scans visit these alone.
        caps = [k for k, t in enumerate(toks) if t.cap]
        blocked = self._blocked(text)
        dl = find_dateline(text, self._find) if offset == 0 else None

        raws: list[_Raw] = []
        taken: list[tuple[int, int]] = []
        if dl is not None:
            ents = self._find(dl.text)
            if ents:
                raws.append(_Raw(dl.start, dl.end, dl.text, ents, None, True, True,
                                 frozenset()))
                taken.append((dl.start, dl.end))
        for st in self._state_tokens(text, toks, upper_mode):
            if not _overlaps(taken, st.start, st.end):
                raws.append(st)
                taken.append((st.start, st.end))
        people = frozenset() if upper_mode else surnames(text)
        for h in hints:
            r = self._hint(text, h, offset, toks, people)
            if r is not None and not _overlaps(taken, r.start, r.end) \
                    and not _overlaps(blocked, r.start, r.end):
                raws.append(r)
                taken.append((r.start, r.end))
        raws += self._ngrams(text, toks, taken, blocked, upper_mode, caps, people)
        raws.sort(key=lambda r: r.start)
        if dl is not None:
            # "ROME (ITALY), 11 JAN 90 --", "HOUSTON, Texas --": the state or country
            # after the city belongs to the dateline, not to the story.
            raws = [r._replace(dateline=True, cue=None)
                    if _DATELINE_TAIL.fullmatch(text, dl.end, r.start) else r for r in raws]

        if furniture_from is not None and furniture_from < len(text):
            raws = [r._replace(dateline=True, cue=None) if r.start >= furniture_from else r
                    for r in raws]
        demonym_ccs = self._demonyms(toks, taken_spans=[(r.start, r.end) for r in raws],
                                     upper=upper_mode, caps=caps)
        admin_ctx = self._state_abbrevs(text, raws)
        mentions = self._resolve(text, raws, demonym_ccs, admin_ctx, home_country, context,
                                 upper=upper_mode, region=region)

        country_counts: Counter[str] = Counter(demonym_ccs)
        admin1: dict[tuple[str, str], None] = {k: None for k in admin_ctx.values()}
        for m in mentions:
            b = m.best
            if b is None:
                continue
            if m.is_dateline:
                # Where the reporter sat counts as one naming of its country, no more.
                if b.feature_code == "PCLI" or not any(
                        d.is_dateline and d.best is not None and d.best.feature_code == "PCLI"
                        for d in mentions):
                    country_counts[b.country_code] += 1
                continue
            if b.feature_code == "PCLI":
                country_counts[b.country_code] += 1
            elif b.feature_code == "ADM1" and b.admin1_code:
                admin1[(b.country_code, b.admin1_code)] = None
        home = _home_country(mentions)
        if home is not None and home not in country_counts:
            country_counts[home] += 0  # after the named countries, never before them
        countries = _upper_countries(text, demonym_ccs, mentions) if upper_mode \
            else tuple(cc for cc, _ in country_counts.most_common())
        mentions = [_shift(m, offset, part) for m in mentions]
        distances = self._distances(text, mentions, offset, part)
        return GeoParse(
            mentions=tuple(mentions), distances=tuple(distances),
            dateline=None if dl is None else Span(dl.start + offset, dl.end + offset, dl.text,
                                                  part),
            countries=countries,
            admin1=tuple(admin1), upper=upper_mode,
        )

    # -- recognition ---------------------------------------------------------------------

    @staticmethod
    def _tokens(text: str) -> list[_Tok]:
        out: list[_Tok] = []
        append = out.append
        article_cap = _ARTICLE_CAP.match
        prev_end = 0
        for m in _TOKEN.finditer(text):
            s = m.group()
            start = m.start()
            end = start + len(s)
            if s[0].isupper() or ("-" in s and article_cap(s)):
                # Only capitalised words are ever asked whether they open a sentence.
                stripped = text[prev_end:start].rstrip(" \t")
                sent_start = not out or (bool(stripped) and stripped[-1] in _SENT_END)
                append(_new_tok(_Tok, (start, end, s, True, len(s) > 1 and s.isupper(),
                                       sent_start)))
            else:
                append(_new_tok(_Tok, (start, end, s, False, False, False)))
            prev_end = end
        return out

    @staticmethod
    def _blocked(text: str) -> list[tuple[int, int]]:
        # The substring tests skip scans that cannot match ("block of", "[Ss]ide",
        # "Downtown"): a leading \b keeps the regex engine from a fast literal search.
        return [m.span() for m in _STREET.finditer(text)] + (
            [m.span() for m in _BLOCK_OF.finditer(text)] if "block" in text else []) + (
            [m.span() for m in _CITY_SECTION.finditer(text)]
            if "ide" in text or "town" in text else [])

    def _find_uncached(self, surface: str) -> tuple[GazEntry, ...]:
        ents = self.gaz.lookup_key(name_key(surface), 20)
        if ents and any(e.feature_code == "PCLI" and _bare_article(e, surface) for e in ents):
            # The key drops articles, yet "Salvador" alone is a person or a Brazilian
            # city, never El Salvador: a country's article is part of its name.
            ents = tuple(e for e in ents
                         if not (e.feature_code == "PCLI" and _bare_article(e, surface)))
        return ents

    def _upper_country(self, text: str, toks: list[_Tok], i: int) -> bool:
        """ALL-CAPS copy: does a country's name (or demonym) start at token ``i``?

        "EL SALVADOR" is read whole, and so is a capital of several words. A country's alternate name right
        after another name word ends that longer name ("IN TECUN UMAN" is a Guatemalan
        town, not Oman's old spelling)."""
        t = toks[i]
        prev = toks[i - 1] if i else None
        after_name = prev is not None and text[prev.end:t.start] == " " and (
            prev.text.lower() not in _UPPER_STOP and prev.text.lower() not in _CUES
            and prev.text.lower() not in _CONNECTORS and prev.text.lower() not in _COMPASS
            and self.gaz.country_code_for(prev.text) is None)
        end = i
        # Only an article reaches on: "EL SALVADOR" (a bare "UNITED" names nothing, and
        # the wire's "UNITED STATES" is read by its cue or its demonym).
        stop = i + 2 if name_key(t.text) in _ARTICLE_KEYS else i + 1
        while end < len(toks) and end < stop:
            if end > i and text[toks[end - 1].end:toks[end].start] != " ":
                break
            surface = text[t.start:toks[end].end]
            end += 1
            cc = self.gaz.country_code_for(surface)
            if cc is None:
                continue
            key = name_key(surface)
            if key in DEMONYMS:
                return True
            country = self.gaz.country(cc)
            if country is None or _bare_article(country, surface):
                continue
            if after_name and not _primary_match(country, key):
                continue
            return True
        for n in (2, 3):
            # A capital's name of several words is no common word ("SAN SALVADOR",
            # "GUATEMALA CITY"), wherever it stands.
            if i + n > len(toks) or any(text[toks[k - 1].end:toks[k].start] != " "
                                        for k in range(i + 1, i + n)):
                break
            surface = text[t.start:toks[i + n - 1].end]
            ents = self._find(surface)
            if any(e.feature_code == "PPLC" and _primary_match(e, name_key(surface))
                   for e in ents):
                return True
        return False

    def _state_tokens(self, text: str, toks: list[_Tok], upper_mode: bool) -> list[_Raw]:
        """US states written the AP way ("Ore.", "N.C.") or as ", TX" after a name.

        Left to the n-gram look-up "Ore." would be a Nigerian town and "Mont." Mons.
        """
        out: list[_Raw] = []
        for m in _STATE_TOKEN.finditer(text):
            code = AP_STATES.get(m.group(1).casefold())
            if code is None:
                continue
            before = text[max(0, m.start() - 12):m.start()].rstrip()
            prev = before.split()[-1].lower() if before.split() else ""
            # "Miss." and "Ind." are also a title and a word: only after a comma or a cue.
            if not (before.endswith(",") or prev in _CUES or code == "DC"):
                continue  # "D.C." is never a title or a word
            out += self._state_raw(text, toks, m.start(), m.start() + len(m.group(1)), code)
        if not upper_mode:
            for m in _POSTAL_TOKEN.finditer(text):
                if m.group(1) in US_POSTAL:
                    out += self._state_raw(text, toks, m.start(1), m.end(1), m.group(1))
        return out

    def _state_raw(self, text: str, toks: list[_Tok], start: int, end: int,
                   code: str) -> list[_Raw]:
        state = self.gaz.admin1("US", code)
        if state is None:
            return []
        return [_Raw(start, end, text[start:end], (state,), self._cue(text, toks, start, end),
                     False, False, frozenset({"ADM1"}))]

    def _hint(self, text: str, h: Span, offset: int, toks: list[_Tok],
              people: frozenset[str] = frozenset()) -> _Raw | None:
        start, end = h.start - offset, h.end - offset
        if start < 0 or end > len(text):
            return None
        surface = text[start:end]
        lead = _HINT_LEAD.match(surface)
        if lead:
            start += lead.end()
            surface = surface[lead.end():]
        poss = _POSSESSIVE.search(surface)
        if poss:
            surface = surface[:poss.start()]
            end = start + len(surface)
        ents = self._find(surface)
        if not ents:
            return None
        if ents[0].feature_code not in ("PCLI", "ADM1") and (
                _name_part(text, start, end)
                or (" " not in surface and _PERSON_AFTER.match(text, end))):
            return None
        if _TITLED_NAME.search(text, max(0, start - 40), start):
            return None  # "Lt. Mike Ireland": a surname after a title and a first name
        cue = self._cue(text, toks, start, end)
        if _a_person(surface, cue, ents[0], people):
            return None
        return _Raw(start, end, surface, ents, cue, True, False, _feature_words(surface))

    def _ngrams(self, text: str, toks: list[_Tok], taken: list[tuple[int, int]],
                blocked: list[tuple[int, int]], upper_mode: bool,
                caps: list[int], people: frozenset[str] = frozenset()) -> list[_Raw]:
        out: list[_Raw] = []
        name_parts: set[str] = set()  # words seen inside person/organisation names
        n_tok = len(toks)
        n_caps = len(caps)
        ci = 0
        i = 0
        while True:
            # On to the next capitalised word at or after i: no other word opens a name.
            while ci < n_caps and caps[ci] < i:
                ci += 1
            if ci == n_caps:
                break
            i = caps[ci]
            t = toks[i]
            if (taken and _overlaps(taken, t.start, t.end)) or (
                    blocked and _overlaps(blocked, t.start, t.end)):
                i += 1
                continue
            if upper_mode:
                j = i - 1
                while j >= 0 and toks[j].text.lower() in _COMPASS and j > i - 3:
                    j -= 1  # "IN EASTERN SAN MIGUEL": the cue reaches over the compass word
                prev = toks[j].text.lower() if j >= 0 else ""
                # "IN GRENADA, EASTERN ANTIOQUIA": the comma cues past the compass word
                # too, but only after a place ("RUBEN ZAMORA, LEADER OF ..." is no list).
                cued = prev in _CUES or (
                    j >= 0 and text[toks[j].end:toks[j + 1].start].strip() in (",", "(")
                    and (any(b == toks[j].end for _, b in taken)
                         or any(r.end == toks[j].end for r in out[-1:])))
                # Without a cue only country names and demonyms count in ALL CAPS.
                if not cued and not self._upper_country(text, toks, i):
                    i += 1
                    continue
            if t.text in _SECTION_WORDS and i + 1 < n_tok and toks[i + 1].cap:
                i += 1  # "Downtown Reno": the city follows its section
                continue
            found = None
            # The longest run of name words joined by blanks alone bounds the n-grams.
            run = 1
            while run < 5 and i + run < n_tok:
                s_tok, p_tok = toks[i + run], toks[i + run - 1]
                gap = text[p_tok.end:s_tok.start]
                if not (s_tok.cap or s_tok.text.lower() in _CONNECTORS) or (
                        gap.strip() and not (gap == ". " and p_tok.text in _NAME_ABBREV)):
                    break
                run += 1
            first_key = name_key(t.text)
            if run > 1 and first_key in _ARTICLE_KEYS:
                # "in El Salvador": the article is no key token, so the look-up starts
                # at the article and the cue before it still counts.
                first_key = name_key(toks[i + 1].text)
            multi = run > 1 and self.gaz.has_first_token(
                first_key.split(" ")[0] if first_key else "")
            for n in range(run if multi else 1, 0, -1):
                last = toks[i + n - 1]
                if not last.cap or (upper_mode and n > 1 and last.text.lower() in _CONNECTORS):
                    continue  # "IN SANTA TECLA AS SHE": the look-up drops the tail article
                surface, suffix_cue = _strip_name(text[t.start:last.end])
                ents = self._find(surface)
                if ents:
                    found = (n, surface, ents, suffix_cue)
                    break
            if found is None:
                i += 1
                continue
            n, surface, ents, suffix_cue = found
            start, end = t.start, t.start + len(surface)
            cue = suffix_cue or self._cue(text, toks, start, end)
            raw = _Raw(start, end, surface, ents, cue, False, False,
                       _feature_words(text[start:end] if _OF_AFTER.match(text, end)
                                      else text[start:end + 12]))
            if self._keep(text, toks, i, n, raw, upper_mode, name_parts, people):
                out.append(raw)
                i += n
            else:
                i += 1
        return out

    def _keep(self, text: str, toks: list[_Tok], i: int, n: int, raw: _Raw,
              upper_mode: bool, name_parts: set[str],
              people: frozenset[str] = frozenset()) -> bool:
        """Drop common words, people and organisation names that happen to be towns."""
        if _ROAD_AFTER.match(text, raw.end):
            return False
        if upper_mode and raw.entries[0].feature_code != "PCLI" \
                and UPPER_STREET_AFTER.match(text, raw.end):
            return False  # "ON SARMIENTO AND SAN MARTIN STREETS": streets named after towns
        best = raw.entries[0]
        if best.feature_code == "PCLI" and i and text[toks[i - 1].end:toks[i].start] \
                == " " and toks[i - 1].text.lower() in _SETTLEMENT_HEADS:
            return False  # "Villa El Salvador", a district of Lima: a town, not the country
        big = best.feature_code in ("PCLI", "ADM1") or best.feature_class in "THLV" \
            or best.population >= 100_000
        words = raw.surface.lower().split()
        first = toks[i]
        if upper_mode:
            # "IN THE", "AN AIR", "DOWNTOWN", "EASTERN EL": words and article tails.
            if words[-1] in _CONNECTORS or (n == 1 and words[0] in _UPPER_STOP):
                return False
            if best.feature_code != "PCLI" and (words[0] in _COMPASS or words[-1] in _UPPER_STOP
                                                or (words[0] in _UPPER_STOP and not big)):
                return False
            return not (len(raw.surface) < 4 and not big)
        if n == 1 and _a_person(_POSSESSIVE.sub("", raw.surface).rstrip("'’"), raw.cue, best,
                                people):
            # "18-year-old Leonard Adams ... Adams was arrested": a person, even when
            # the surname is a big city's name too (Brandon, Henderson, Jackson).
            name_parts.add(raw.surface)
            return False
        if n == 1 and (words[0] in _COMMON or words[0] in _COMPASS or words[0] in _NAME_NOUNS):
            office = raw.cue in _OFFICES and best.population >= 50_000
            if (office or (raw.cue in ("in", "near", "outside") and not first.sent_start
                           and not _CAP_NEXT.match(text, raw.end))) \
                    and words[0] not in _COMPASS and words[0] not in _NEVER_BARE \
                    and best.feature_class == "P" and best.population >= 20_000:
                return True  # "shot in Mobile", "Mobile police": a town
            return raw.cue in ("in", "near", "outside", "from", "to", "into") \
                and words[0] not in _UPPER_STOP and best.population >= 1000
        if first.upper and len(first.text) <= 5 and n == 1 and best.feature_code != "PCLI":
            return False  # acronyms (SWAT, NATO, CIA)
        prev = toks[i - 1] if i else None
        if prev is not None and prev.text.lower().rstrip(".") in _TITLES \
                and text[prev.end:first.start].strip(". ") == "":
            return False
        nxt = toks[i + n] if i + n < len(toks) else None
        adjacent_prev = prev is not None and prev.cap and not first.sent_start \
            and text[prev.end:first.start] == " " \
            and prev.text.lower() not in _COMPASS and prev.text.lower() not in _CONNECTORS \
            and prev.text.lower() not in _COMMON \
            and not (prev.sent_start and prev.text.lower() in _NUMBER_WORDS)
        nxt_word = _POSSESSIVE.sub("", nxt.text).lower() if nxt is not None else ""
        adjacent_next = nxt is not None and nxt.cap and text[toks[i + n - 1].end:nxt.start] \
            == " " and nxt_word not in _PLACE_SUFFIX and not _RESIDENT_WORD.fullmatch(nxt_word) \
            and not (words[-1] in ("county", "parish") and nxt_word in _COUNTY_OFFICE)
        if n == 1 and not big and raw.cue is None and _PERSON_AFTER.match(text, raw.end):
            # "Kendall is recovering", "Warren, 62,", "Morgan's death": a person, here
            # and later ("Jonathon Walker told ... And Walker did not come back").
            name_parts.add(raw.surface)
            return False
        if (adjacent_prev or adjacent_next) and (
                not big or (best.feature_code == "PCLI"
                            and not _primary_match(best, name_key(raw.surface)))):
            # Part of a longer name: "Mohammed Morsi", "Abu Sayyaf Group", and "Maurice
            # Hoskins" though Maurice is an old name of Mauritius.
            name_parts.add(raw.surface)
            return False
        if adjacent_prev and _TITLED_NAME.search(text, max(0, raw.start - 40), raw.start):
            return False  # "Lt. Mike Ireland": a surname after a title and a first name
        if raw.surface in name_parts and not big:
            return False  # the same person named again alone: "Morsi was elected"
        if adjacent_next and nxt is not None and best.feature_code not in ("PCLI", "ADM1") \
                and nxt_word not in _AFTER_CUES:
            return bool(raw.cue)
        if first.sent_start and not big and raw.cue is None \
                and not (best.feature_class == "P" and _RESIDENT_AFTER.match(text, raw.end)):
            return False
        return not (best.population < 1000 and best.feature_class == "P" and raw.cue is None
                    and not _RESIDENT_AFTER.match(text, raw.end))

    @staticmethod
    def _cue(text: str, toks: list[_Tok], start: int, end: int) -> str | None:
        if _HOSPITAL_AFTER.match(text, end):
            return "hospital"  # "Comer's Children's Hospital": where victims were taken
        after = text[end:end + 20].lower()
        if after.startswith("-based"):
            return "based"
        before = text[max(0, start - 40):start].lower().split()
        if before and before[-1].strip(",") in _AWAY_LAST and _AWAY_BEFORE.search(
                text, max(0, start - 70), start):
            return "hospital"
        if before and before[-1] == "the":
            before.pop()
        if before:
            w = before[-1].strip(",")
            if w in _COMPASS and len(before) > 1:
                w = before[-2]
            if w in ("of", "from") and len(before) > 1 and (
                    before[-2] in _DIR or before[-2].rstrip("ern") in _DIR):
                return "of"
            if w in _CUES:
                return _CUES[w]
        nxt = after.split()
        if nxt and nxt[0].strip(",.") in _AFTER_CUES:
            return nxt[0].strip(",.")
        return None

    def _demonyms(self, toks: list[_Tok], taken_spans: list[tuple[int, int]],
                  caps: list[int], upper: bool = False) -> list[str]:
        out: list[str] = []
        after_two = -1  # the second word of a two-word demonym ("COSTA RICAN")
        for i in caps:
            if i == after_two:
                continue
            t = toks[i]
            key = name_key(_POSSESSIVE.sub("", t.text))
            two = key + " " + name_key(toks[i + 1].text) \
                if i + 1 < len(toks) and toks[i + 1].cap else ""
            # The overlap test is the costly one: only a demonym needs it.
            if (key not in DEMONYMS and two not in DEMONYMS) \
                    or _overlaps(taken_spans, t.start, t.end):
                continue
            if two in DEMONYMS:
                out.append(DEMONYMS[two])
                after_two = i + 1
                continue
            cc = DEMONYMS.get(key)
            if cc is not None and i and name_key(toks[i - 1].text) in _CONTINENT_ADJ:
                continue  # "CENTRAL AMERICAN", "Latin American": a region's people
            # "TELL US" in ALL-CAPS copy is the pronoun; such wires write "U.S.".
            if cc is not None and (t.text not in ("US", "UK") or (t.upper and not upper)):
                out.append(cc)
        return out

    def _state_abbrevs(self, text: str, raws: list[_Raw]) -> dict[int, tuple[str, str]]:
        """US states written as "Ga." or ", TN" right after a town: raw index -> (cc, code)."""
        out: dict[int, tuple[str, str]] = {}
        for k, r in enumerate(raws):
            m = _AP_ABBREV.match(text, r.end)
            code = None
            if m and m.group(1).casefold().replace(" ", "") in AP_STATES:
                code = AP_STATES[m.group(1).casefold().replace(" ", "")]
            else:
                m = _POSTAL_AFTER.match(text, r.end)
                if m and m.group(1) in US_POSTAL and any(e.country_code == "US"
                                                        for e in r.entries):
                    code = m.group(1)
            if code is not None:
                out[k] = ("US", code)
        return out

    # -- resolution ----------------------------------------------------------------------

    def _resolve(self, text: str, raws: list[_Raw], demonyms: list[str],
                 states: dict[int, tuple[str, str]], home: str | None,
                 context: GeoParse | None = None, *, upper: bool = False,
                 region: SourceRegion | None = None) -> list[PlaceMention]:
        ctx_cc: Counter[str] = Counter(demonyms)
        ctx_a1: Counter[tuple[str, str]] = Counter(states.values())
        if context is not None:
            ctx_cc.update(context.countries[:1])
            ctx_a1.update(context.admin1)
        # Each name counts once: "San Salvador" said twice must not vote itself into
        # the Bahamas' San Salvador province.
        # A name's vote never counts for its own other readings: "St. Louis" read first as
        # a Seychelles district must not lift the Seychelles village of that name.
        voted: dict[str, tuple[str, str | None]] = {}
        for nk, r in {name_key(r.surface): r for r in raws if not r.dateline}.items():
            top = r.entries[0]
            if top.feature_code == "PCLI":
                ctx_cc[top.country_code] += 1
                voted[nk] = (top.country_code, None)
            elif top.feature_code == "ADM1" and top.admin1_code:
                ctx_a1[(top.country_code, top.admin1_code)] += 1
                voted[nk] = (top.country_code, top.admin1_code)
        us_region = region is not None and region.country_code == "US"
        us_own = not upper and _us_report(
            raws, states, lambda: us_region or _us_marks(text, raws))
        # A headline is read as the US report its body is.
        us = us_own or (not upper and context is not None and context.countries[:1] == ("US",)
                        and not any(r.entries[0].feature_code == "PCLI" for r in raws))
        if us:
            # A local US report's dateline and the counties it names say which state its
            # ambiguous towns lie in ("Cook County medical examiner" -> Illinois).
            for r in raws:
                top = r.entries[0]
                if r.dateline and top.country_code == "US" and top.admin1_code:
                    ctx_a1[("US", top.admin1_code)] += 1
            for a1 in _county_states(raws):
                ctx_a1[("US", a1)] += 1
        share = _state_shares(raws) if us_own else {}
        agency = _agency_state(text, raws) if us else None
        seats = _county_pairs(raws) if us else {}
        lower_seen: dict[str, bool] = {}
        # "City, State" / "City (Country)": the second names the first's container.
        container: dict[int, list[GazEntry]] = {}
        contained: dict[int, list[GazEntry]] = {}
        for k in range(len(raws) - 1):
            ra, rb = raws[k], raws[k + 1]
            if _CONTAINER_GAP.fullmatch(text, ra.end, rb.start):
                container[k] = list(rb.entries)
                contained[k + 1] = list(ra.entries)
        scored: list[list[Candidate]] = []
        given: dict[int, GazEntry] = {}  # areas the text itself gives for a name
        fallback: dict[str, tuple[str, str]] = {}
        for k, r in enumerate(raws):
            cands = []
            areas: dict[tuple[str, str | None, str | None], tuple[float, int]] = {}
            for a in r.entries:
                if a.feature_code in ("ADM1", "ADM2"):
                    # A district usually takes its seat's name whatever the seat's size,
                    # but only a town inside that very district is its seat: Cleveland,
                    # Oklahoma is no seat of Cleveland County.
                    key = (a.country_code, a.admin1_code,
                           a.name if a.feature_code == "ADM2" else None)
                    floor = 50_000 if a.feature_code == "ADM1" else 0
                    old = areas.get(key)
                    areas[key] = (max(self._base(a), old[0] if old else 0.0),
                                  min(floor, old[1] if old else floor))
            key_surface = name_key(r.surface)
            for e in r.entries:
                s = self._base(e)
                primary = _primary_match(e, key_surface)
                if e.feature_class == "P" and not primary:
                    # "Salem" is an old name of Jerusalem: a town matched on an alternate
                    # (historic, foreign) name is the weaker reading.
                    s -= _ALT_NAME_PENALTY
                seat = areas.get((e.country_code, e.admin1_code, None))
                if seat is not None and e.feature_class == "P" and e.population >= seat[1] \
                        and (primary or (not upper and e.population >= 50_000)):
                    # ALL-CAPS "SANTIAGO" is Chile's capital, not the Dominican province
                    # seat Santiago de los Caballeros matched on a short name; nor is
                    # "St. Louis" a village of the Seychelles matched on "Saint Louis".
                    # The town that gives its name to its province is the likelier and
                    # more precise reading ("Kandahar", "Aleppo", "San Salvador").
                    s = max(s, seat[0] + 0.5)
                elif primary and e.feature_class == "P" and (
                        e.country_code, e.admin1_code, e.admin2) in areas:
                    # A county named after its seat is common and says little more.
                    s += 0.3
                if us and e.feature_class == "P":
                    # Local US news names its namesake towns bare: the big one is meant
                    # (Buffalo is New York's, not Wyoming's, unless the text says so).
                    s += 0.3 * math.log10(e.population + 1)
                if r.dateline and e.feature_class == "P":
                    # A dateline names a city the reader knows: big ones first.
                    s += 0.3 * math.log10(e.population + 1)
                elif upper and r.dateline and e.feature_code != "PCLI":
                    s -= 1.0  # "SUCRE, 3 SEP 89": the Bolivian city, not Colombia's province
                if not upper and primary and e.feature_class == "P" \
                        and e.population >= 100_000:
                    # A city of this size is what a bare name means before some small
                    # country's province of that name (Toledo, Ohio over Belize's Toledo
                    # District; Charlotte over a parish of Saint Vincent).
                    s = max(s, _BIG_CITY_FLOOR + math.log10(e.population) - 5)
                if k in states and e.country_code == "US" and e.admin1_code == states[k][1]:
                    s += 8
                for c in container.get(k, ()):
                    if area_contains(c, e):
                        s += 8
                        break
                for c in contained.get(k, ()):
                    if area_contains(e, c):
                        s += 6
                        break
                mine = voted.get(key_surface)
                own = 1 if mine == (e.country_code, None) else 0
                # An ALL-CAPS wire's dateline is a city its reader knows, whatever the
                # story names: "BOGOTA" over a New Jersey Bogota when "U.S." comes up.
                if ctx_cc[e.country_code] - own > 0 and e.feature_code != "PCLI" \
                        and not (upper and r.dateline):
                    s += 2.5
                own_a1 = 1 if mine == (e.country_code, e.admin1_code) else 0
                if e.admin1_code and ctx_a1[(e.country_code, e.admin1_code)] - own_a1 > 0:
                    s += 3
                if home and e.country_code == home.upper():
                    s += 1.5
                if region is not None and e.country_code == region.country_code \
                        and e.feature_code != "ADM1" and (
                            e.admin1 == region.admin1
                            or (us and _in_market(e, region.city))):
                    # A local outlet's bare town is in its own state (Madison, Tennessee
                    # for a Nashville station), or near its home city across a state line
                    # (Newark, New Jersey for a New York station).
                    s += _REGION_BONUS if region.reports else _HOST_REGION_BONUS
                if r.feature and e.feature_code in r.feature:
                    s += 4
                if share and e.country_code == "US" and e.admin1_code:
                    # Ambiguous names settle each other: of the states the text's other
                    # names could lie in, the one most of them share.
                    votes_a1 = share.get(e.admin1_code)
                    if votes_a1 is not None:
                        s += min(3.0, 2.5 * (sum(votes_a1.values())
                                             - votes_a1.get(key_surface, 0.0)))
                if seats and e.country_code == "US" and e.admin1_code:
                    # "Walker County ... Jasper police": the county and the town in it
                    # settle each other's state.
                    pair = (e.admin1_code, e.name if e.feature_code == "ADM2" else e.admin2)
                    if seats.get(pair, key_surface) != key_surface:
                        s += 1.5
                if us and e.country_code != "US" and e.feature_code != "PCLI" \
                        and ctx_cc[e.country_code] == 0:
                    continue  # a US report names a town abroad only with its country
                if us and e.feature_class == "P" and not primary and " " not in r.surface \
                        and e.population < _NICKNAME_POPULATION and k not in states \
                        and _lower_word(text, r.surface, lower_seen):
                    # "City police ... the city", "in the Village": a word the text also
                    # writes in lower case is that word, not a small town that once went
                    # by it ("Philly", "Antioch" stay).
                    continue
                cands.append(Candidate(e, round(s, 3)))
            cands.sort(key=lambda c: -c.score)
            if upper and r.dateline and cands:
                # Where an ALL-CAPS wire was filed weighs on its namesakes: "IN MADRID"
                # under "MADRID (SPAIN)" is no Colombian Madrid.
                ctx_cc[cands[0].entry.country_code] += 1
            if k in states:
                fallback[key_surface] = states[k]  # "Ira, Vt. ... in Ira"
            stated = fallback.get(key_surface)
            if stated is None and agency is not None and not r.dateline and cands \
                    and k not in container and _small_us_place(cands[0].entry):
                # "... in Milford Township, Pennsylvania State Police said": a state's own
                # police work in it, so a small namesake elsewhere is not the place.
                stated = agency
            if stated is not None and not any(
                    c.entry.country_code == stated[0] and c.entry.admin1_code == stated[1]
                    for c in cands):
                # "Ira, Vt." with no Ira in Vermont in the gazetteer: the state the text
                # gives is the most we know, never some other state's Ira.
                state_entry = self.gaz.admin1(*stated)
                if state_entry is not None:
                    lead = cands[0].score if cands else 0.0
                    cands.insert(0, Candidate(state_entry, round(lead + 1.0, 3)))
            area = next((a for a in container.get(k, ()) if a.feature_code in ("ADM1", "ADM2")
                         and (a is container[k][0] or raws[k + 1].feature & {"ADM1", "ADM2"})),
                        None)
            if area is not None and cands \
                    and _primary_match(area, _AREA_WORD.sub("", name_key(raws[k + 1].surface))) \
                    and not any(area_contains(a, c.entry) or _within_adm2(a, c.entry)
                                for a in container[k] for c in cands[:8]):
                # "Hostigal, Yauyos Province" with no such Hostigal in that province:
                # the province the text gives is the most we know.
                cands.insert(0, Candidate(area, round(cands[0].score + 1.0, 3)))
                given[k] = area
                if area.feature_code == "ADM1" and area.admin1_code:
                    # "HOWLAND, Ohio -- ... a Howland home": the same name again is the
                    # same place, never the other state's Howland.
                    fallback.setdefault(key_surface, (area.country_code, area.admin1_code))
            scored.append(cands)
        if us:
            _near_dateline(text, raws, scored, states, container, context,
                           region.city if region is not None and region.reports else None)
            home_city = _local_home(raws, scored, context, region.city if region else None)
            for k, city in neighbourhoods(text, raws, [sc[0].entry if sc else None for sc in scored],
                                          home_city, states.keys() | container.keys(), context):
                scored[k].insert(0, Candidate(city, round(scored[k][0].score + 1.0, 3)))
        strong = _home_countries(raws, scored, demonyms, context) if upper else set()
        if strong:
            # Filter before anchoring: a wire word kept out as no place ("ABEL" for
            # some Abell) must not pull its namesakes' neighbours ("BOGOTA", N.J.) first.
            scored = [_home_first(sc, strong, name_key(r.surface), given.get(k), set(demonyms))
                      if sc and not r.dateline else sc for k, (r, sc) in enumerate(zip(raws, scored, strict=True))]
        # Proximity to the places the text pins down without doubt.
        sure = [(ra.surface, sc[0].entry) for ra, sc in zip(raws, scored, strict=True)
                if sc and (len(sc) == 1 or sc[0].score - sc[1].score > 2)
                and sc[0].entry.feature_code != "PCLI"]
        anchors = list({e.id: e for _, e in sure}.values())
        if us and region is not None and region.city is not None:
            # A local outlet's own city pins its namesake towns as surely as the text's
            # own places do (the Mount Pleasant near Pittsburgh for a Pittsburgh station).
            anchors.append(region.city)
        anchor_a1: dict[tuple[str, str | None], set[str]] = {}
        for surface, e in sure:
            if e.admin1_code:
                anchor_a1.setdefault((e.country_code, e.admin1_code), set()).add(surface)
        # The report's home country: the one most of its places lie in. A local US
        # report never says "U.S.", yet its Salem is in Oregon, not Jerusalem.
        votes: Counter[str] = Counter()
        leaders = {ra.surface: sc[0].entry for ra, sc in zip(raws, scored, strict=True)
                   if sc and not ra.dateline}
        votes.update(e.country_code for e in leaders.values())
        home_cc = _majority(votes)
        out: list[PlaceMention] = []
        for k, r in enumerate(raws):
            cands = scored[k]
            if not cands:
                continue
            if len(cands) > 1 and (anchors or home_cc) and not (upper and r.dateline):
                # Only the leaders can change places; the tail stays as scored.
                head = [Candidate(c.entry, round(c.score + _proximity(c.entry, anchors)
                                                 + _home_bonus(c.entry, home_cc, ctx_cc,
                                                               anchor_a1, r.surface), 3))
                        for c in cands[:8]]
                cands = sorted(head, key=lambda c: -c.score) + cands[8:]
            out.append(PlaceMention(
                span=Span(r.start, r.end, text[r.start:r.end]), name=r.surface,
                candidates=tuple(cands[:5]), cue=r.cue, is_dateline=r.dateline))
        return out

    def _base(self, e: GazEntry) -> float:
        if e.feature_code == "ADM2" and e.country_code == "US":
            # The gazetteer gives US counties no population: among the many counties of
            # one name ("DeKalb County" is in six states) the one with the most people in
            # its towns is the likelier, a hair that settles ties without outweighing cues.
            people = self.gaz.admin2_population(e.country_code, e.admin1_code, e.name)
            return 1.3 + _COUNTY_PEOPLE_WEIGHT * math.log10(people + 1)
        return _base(e)

    # -- distances -----------------------------------------------------------------------

    @staticmethod
    def _distances(text: str, mentions: list[PlaceMention], offset: int,
                   part: Part) -> list[DistancePhrase]:
        out: list[DistancePhrase] = []
        by_start = {m.span.start - offset: m for m in mentions}
        if not _DISTANCE_HINT.search(text):
            return out
        for m in _DISTANCE.finditer(text):
            km = float(m.group(1).replace(",", "")) * _UNIT_KM[m.group(2).lower().rstrip(".")]
            direction = (m.group(3) or "").lower().replace("-", "")
            direction = _DIR_FLAT.get(direction, math.nan)
            ref = by_start.get(m.end())
            end = ref.span.end - offset if ref is not None else m.end()
            q = _QUALIFIER.search(text, max(0, m.start() - 25), m.start())
            begin = q.start() if q else m.start()
            out.append(DistancePhrase(
                span=Span(begin + offset, end + offset, text[begin:end], part), km=km,
                bearing=direction, ref=ref))
        return out


@lru_cache(maxsize=65_536)
def _feature_words(s: str) -> frozenset[str]:
    codes: set[str] = set()
    for w in _LOWER_WORD.findall(s.lower()):
        codes |= _FEATURE_WORDS.get(w, frozenset())
    return frozenset(codes)


@lru_cache(maxsize=65_536)
def _strip_name(surface: str) -> tuple[str, str | None]:
    """An n-gram's name without its possessive or "-based"/"-area" tail, and the cue
    such a tail gives."""
    poss = _POSSESSIVE.search(surface)
    if poss:
        surface = surface[:poss.start()]
    tail = _NAME_SUFFIX.search(surface)
    if tail is None:
        return surface, None
    # "Baghdad-based" cues the town; "a Houston-area shooting" names it only as the
    # middle of a wider area.
    return surface[:tail.start()], "based" if tail.group(1).lower() == "based" else None


def _a_person(surface: str, cue: str | None, entry: GazEntry, people: frozenset[str]) -> bool:
    """Is a one-name place mention the surname of someone the text names in full, with
    no cue that makes it the scene all the same? A country or state is never a person."""
    return surface in people and cue not in SCENE_CUES \
        and entry.feature_code not in ("PCLI", "ADM1")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # A plain loop, not any(): no generator to build on every call of a hot path.
    for a, b in spans:  # noqa: SIM110
        if a < end and start < b:
            return True
    return False


#: Per tenfold people in a US county's towns: 0.03 between a county of 1,000 and one of
#: 1,000,000 people, below every cue's weight.
_COUNTY_PEOPLE_WEIGHT = 0.01


def _base(e: GazEntry) -> float:
    if e.feature_code == "PCLI":
        return 6.0
    if e.feature_code == "ADM1":
        return 3.6
    if e.feature_class in "THLV":
        return 3.75
    if e.feature_code == "ADM2":
        # US counties: see Geoparser._base.
        return 1.3
    return 0.3 * math.log10(e.population + 1) + (0.15 if e.feature_code == "PPLC" else 0.0)


_ALT_NAME_PENALTY = 0.9
_NICKNAME_POPULATION = 100_000
_BIG_CITY_FLOOR = 3.7  # just above a province's base (3.6)
#: The source's home state: above a town's size, and above a state the text names
#: elsewhere (local news names the states its people came from), below a state given
#: with the town itself ("Madison, Wis.").
_REGION_BONUS = 4.0
#: A city's outlets cover the towns this near it, whatever the state ("Wilmington" on a
#: Philadelphia station is Delaware's, not North Carolina's).
_MARKET_KM = 120.0
#: ... and when only its masthead host names it ("dallasnews"): a weaker hint, since
#: national papers carry their city's name too ("nytimes").
_HOST_REGION_BONUS = 1.0
_AREA_WORD = re.compile(r" (?:department|province|county|state|district|governorate|region)$")
_CONTAINER_GAP = re.compile(
    r"\s*(?:(?:municipality|canton|village|town|hamlet|district|neighbou?rhood|county)\s*)?"
    r"(?:,|\(|, the)\s*", re.IGNORECASE)


_STATE_AGENCY = re.compile(
    r"(?:['’]s)? (?:State (?:Police|Patrol|[Tt]roopers?|Highway Patrol|Crime Lab)|Highway Patrol"
    r"|Bureau of (?:Investigation|Criminal)|Department of (?:Law Enforcement|Public Safety"
    r"|Criminal)|Division of Criminal|Attorney General|Crime Laboratory)\b")
#: A town this big is what its name means, whatever state's police the report cites.
_AGENCY_TOWN = 100_000


def _agency_state(text: str, raws: list[_Raw]) -> tuple[str, str] | None:
    """The one US state whose own police or investigators the text cites ("Vermont State
    Police", "the Colorado Bureau of Investigation"), if only one."""
    found = {(r.entries[0].country_code, r.entries[0].admin1_code) for r in raws
             if not r.dateline and r.entries[0].feature_code == "ADM1"
             and r.entries[0].country_code == "US" and r.entries[0].admin1_code
             and _STATE_AGENCY.match(text, r.end)}
    if len(found) != 1:
        return None
    cc, a1 = next(iter(found))
    return (cc, a1) if a1 else None


def _small_us_place(e: GazEntry) -> bool:
    return e.country_code == "US" and (
        e.feature_code == "ADM2" or (e.feature_class == "P" and e.population < _AGENCY_TOWN))


def _in_market(e: GazEntry, city: GazEntry | None) -> bool:
    """Whether ``e`` lies within an outlet's reach of its home city."""
    if city is None or abs(city.lat - e.lat) * 111.0 > _MARKET_KM:
        return False  # a degree of latitude is 111 km: far whatever the longitude
    return haversine_km((city.lat, city.lon), (e.lat, e.lon)) <= _MARKET_KM


def _within_adm2(area: GazEntry, e: GazEntry) -> bool:
    return area.feature_code == "ADM2" and e.country_code == area.country_code \
        and e.admin1_code == area.admin1_code and (e is area or e.admin2 == area.name)


def _us_report(raws: list[_Raw], states: dict[int, tuple[str, str]],
               us_source: bool | Callable[[], bool] = False) -> bool:
    """A report about the United States: its dateline, states and towns are American (or
    its source is a US outlet) and it names no country abroad as often.

    ``us_source`` may be a function, asked only when its answer decides: the US marks
    scan the text.
    """
    us, foreign = _us_tally(raws, states)
    if us >= 2 and us > 2 * foreign:
        return True
    # A US source weighs as much as a stated state: it decides only where that would.
    if us + 2 <= 2 * foreign:
        return False
    return us_source() if callable(us_source) else us_source


def _us_tally(raws: list[_Raw], states: dict[int, tuple[str, str]]) -> tuple[int, int]:
    """(weight of the report's American names, count of the countries abroad it names)."""
    us = 2 if states else 0
    foreign = 0
    seen: set[str] = set()
    for r in raws:
        key = name_key(r.surface)
        if key in seen:
            continue
        seen.add(key)
        top = r.entries[0]
        if top.country_code == "US":
            us += 2 if r.dateline or top.feature_code == "ADM1" else 1
        elif top.feature_code == "PCLI" and _primary_match(top, key):
            foreign += 1  # "Morris" is an old name of Mauritius, not a country named
        elif r.dateline and top.feature_class != "P" and top.feature_code != "PCLI" and any(
                e.country_code == "US" and e.feature_class == "P" and _primary_match(e, key)
                for e in r.entries):
            # A dateline names a city: "ST. LOUIS (KMOX) --" is Missouri's, not the
            # Seychelles district the gazetteer lists first.
            us += 2
    return us, foreign


def _us_marks(text: str, raws: list[_Raw]) -> bool:
    """A call sign after a dateline that can be a US place, or two turns of American
    police idiom. (Agencies' tags look like call signs too: "RAMALLAH (WAFA)", "(KUNA)";
    their datelines have no US namesake.)"""
    if any(r.dateline and _CALL_SIGN.match(text, r.end)
           and any(e.country_code == "US" for e in r.entries) for r in raws):
        return True
    return len(_US_IDIOM.findall(text[:4000])) >= 2


def _local_home(raws: list[_Raw], scored: list[list[Candidate]],
                context: GeoParse | None, source_city: GazEntry | None = None
                ) -> GazEntry | None:
    """The US city a local report is about: its dateline's (or its other part's
    dateline's), else the city whose police it quotes ("Cincinnati Police said"), else
    its source's home city."""
    def _town(e: GazEntry) -> bool:
        return e.country_code == "US" and e.feature_class == "P"
    home = next((sc[0].entry for r, sc in zip(raws, scored, strict=True)
                 if r.dateline and sc and _town(sc[0].entry)), None)
    if home is None and context is not None:
        home = next((m.best for m in context.mentions
                     if m.is_dateline and m.best is not None and _town(m.best)), None)
    if home is None:
        police = {sc[0].entry.id: sc[0].entry for r, sc in zip(raws, scored, strict=True)
                  if r.cue == "police" and sc and _town(sc[0].entry)
                  and sc[0].entry.population >= 50_000}
        if context is not None:
            police.update({m.best.id: m.best for m in context.mentions if m.cue == "police"
                           and m.best is not None and _town(m.best)
                           and m.best.population >= 50_000})
        if len(police) == 1:
            home = next(iter(police.values()))
    return home if home is not None else source_city


def _near_dateline(text: str, raws: list[_Raw], scored: list[list[Candidate]],
                   states: dict[int, tuple[str, str]],
                   container: dict[int, list[GazEntry]], context: GeoParse | None,
                   source_city: GazEntry | None = None) -> None:
    """A local US report's small place name that has no reading anywhere near its home
    city is a neighbourhood of that city the gazetteer lacks ("PITTSBURGH (KDKA) -- ...
    a bar in Homewood"): the home city is the best reading left. A name the text itself
    calls a neighbourhood or a housing complex must lie within the city's own reach."""
    home = _local_home(raws, scored, context, source_city)
    if home is None:
        return
    for k, (r, cands) in enumerate(zip(raws, scored, strict=True)):
        if r.dateline or not cands or k in states or k in container:
            continue
        top = cands[0].entry
        if top.id == home.id:
            continue
        sub = bool(_SUBPLACE_AFTER.match(text, r.end))
        lat_reach, lon_reach = (0.3, 0.4) if sub else (1.5, 2.0)
        # A big city elsewhere is meant by name, except from a big city's own outlet
        # whose neighbourhoods take such names (Chicago's Austin, Pittsburgh's
        # Knoxville) and whose story is about a place far from the city it names.
        neighbourhood = source_city is not None and home.id == source_city.id \
            and home.population >= _NEIGHBOURHOOD_CITY \
            and r.cue in ("in", "at") and haversine_km((top.lat, top.lon),
                                                       (home.lat, home.lon)) > _FAR_KM
        if top.feature_class != "P" or (top.population >= 100_000 and not sub
                                        and not neighbourhood) or any(
                abs(c.entry.lat - home.lat) < lat_reach and abs(c.entry.lon - home.lon)
                < lon_reach for c in cands):
            continue
        if not sub and top.admin1_code == home.admin1_code \
                and top.population >= _OWN_STATE_TOWN:
            continue  # a real town of the outlet's own state, however far ("Roswell")
        cands.insert(0, Candidate(home, round(cands[0].score + 1.0, 3)))


#: A city this big has neighbourhoods named after far cities (Chicago's Austin) ...
_NEIGHBOURHOOD_CITY = 250_000
#: ... and a city this far from it is not what its own outlet means by the bare name.
_FAR_KM = 800
#: A town this big in the home city's own state is what the name means, near or far.
_OWN_STATE_TOWN = 2_000


# "Green Meadows apartment complex", "Hamilton Heights", "Chicago's South Side".
_SUBPLACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:North|South|East|West)\s+)?(?:Heights|Side|Homes|Apartments|Courts"
    r"|Gardens|neighbou?rhood|apartments?|complex|housing|homes|projects|section|subdivision"
    r"|district)\b")


def _state_shares(raws: list[_Raw]) -> dict[str, dict[str, float]]:
    """US state -> {name key: its share}: each name votes 1/n for each of the n states
    it could lie in."""
    out: dict[str, dict[str, float]] = {}
    seen: set[str] = set()
    for r in raws:
        key = name_key(r.surface)
        if key in seen:
            continue
        seen.add(key)
        a1 = {e.admin1_code for e in r.entries if e.country_code == "US" and e.admin1_code}
        for code in a1:
            out.setdefault(code, {})[key] = 1.0 / len(a1)
    return out


def _county_pairs(raws: list[_Raw]) -> dict[tuple[str, str | None], str]:
    """(state, county) -> the name key of a county the text names or of a town it names
    that lies in that county; a pair both a county and another name reach is marked "*"."""
    out: dict[tuple[str, str | None], str] = {}
    for r in raws:
        key = name_key(r.surface)
        for e in r.entries:
            if e.country_code != "US" or not e.admin1_code:
                continue
            if e.feature_code == "ADM2":
                pair = (e.admin1_code, e.name)
            elif e.feature_class == "P" and e.admin2:
                pair = (e.admin1_code, e.admin2)
            else:
                continue
            old = out.get(pair)
            out[pair] = key if old is None or old == key else "*"
    return out


def _county_states(raws: list[_Raw]) -> set[str]:
    """US states that every county a report names ("X County") could lie in."""
    out: set[str] = set()
    for r in raws:
        if not r.surface.endswith(" County"):
            continue
        a1 = {e.admin1_code for e in r.entries if e.country_code == "US"
              and e.feature_code == "ADM2" and e.admin1_code}
        if len(a1) == 1:
            out |= a1
    return out


def _upper_countries(text: str, demonyms: list[str], mentions: list[PlaceMention]
                     ) -> tuple[str, ...]:
    """The countries an ALL-CAPS wire is about, most first.

    Such wires name foreign peoples freely ("U.S. ADVISERS", "CUBAN-BACKED"): the
    places a report names (its dateline, countries, towns and provinces) say where it
    is, and a demonym only breaks ties.
    """
    w_dem, w_dl, w_pcli, w_place = _UPPER_COUNTRY_WEIGHTS
    score: dict[str, float] = {}  # in order of evidence, so that ties go to the dateline
    dateline = [m.best.country_code for m in mentions if m.is_dateline and m.best is not None]
    for cc in dict.fromkeys(dateline):
        score[cc] = score.get(cc, 0.0) + (w_dl if len(dateline) == 1
                                          else _UPPER_FOREIGN_DATELINE)
    prev: PlaceMention | None = None
    for m in mentions:
        if m.best is not None and not m.is_dateline:
            if m.best.feature_code == "PCLI":
                w = w_pcli
                if prev is not None and prev.best is not None \
                        and prev.best.country_code == m.best.country_code \
                        and _CONTAINER_GAP.fullmatch(text, prev.span.end, m.span.start):
                    w = 0.0  # "CARACAS, VENEZUELA" names one place, not two
            elif _primary_match(m.best, name_key(m.name)):
                w = w_place
            else:
                continue  # a name matched on some alternate spelling says little
            score[m.best.country_code] = score.get(m.best.country_code, 0.0) + w
        prev = m
    for cc in demonyms:
        score[cc] = score.get(cc, 0.0) + w_dem
    return tuple(sorted(score, key=lambda cc: -score[cc]))


def _home_countries(raws: list[_Raw], scored: list[list[Candidate]], demonyms: list[str],
                    context: GeoParse | None) -> set[str]:
    """Countries an ALL-CAPS wire is about: its dateline's and those it names as such.

    Demonyms count only when nothing else does: "U.S. MISSIONARIES" in a Bolivian wire
    says who was hit, not where.
    """
    strong: set[str] = set()
    for r, sc in zip(raws, scored, strict=True):
        if sc and (r.dateline or sc[0].entry.feature_code == "PCLI"):
            strong.add(sc[0].entry.country_code)
    if context is not None:
        strong.update(context.countries[:1])
    if not strong:
        strong.update(demonyms)
    return strong


def _home_first(cands: list[Candidate], strong: set[str], key: str,
                given: GazEntry | None, demonyms: set[str]) -> list[Candidate]:
    """ALL-CAPS copy: a place abroad only when its own name is meant and it is famous.

    Wire words ("MAKE", "SEEKING", "CONTROL") match some village or alternate name
    somewhere; the document's own countries decide, and a name matched only on an
    alternate spelling is no place at all.
    """
    own = [c for c in cands if c.entry is given or _primary_match(c.entry, key)]
    # A country's alternate name yields to a place of that very name ("UMAN" is a
    # Ukrainian town before it is an old spelling of Oman).
    kept = own if any(c.entry.feature_code != "PCLI" for c in own) else [
        c for c in cands if c.entry.feature_code == "PCLI" or c in own]
    home = [c for c in kept if c.entry.country_code in strong]
    if home:
        return home + [c for c in kept if c.entry.country_code not in strong]
    countries = [c for c in kept if c.entry.feature_code == "PCLI"]
    if countries:
        return countries + [c for c in kept if c.entry.feature_code != "PCLI"]
    if kept and _famous(kept[0].entry, demonyms):
        return kept
    return []


def _famous(e: GazEntry, demonyms: set[str]) -> bool:
    """A place a wire names abroad without saying where it is: a capital or a metropolis,
    or a sizeable town of a people the text names ("HONDURAN ... IN SAN SALVADOR")."""
    return e.population >= 1_000_000 or (e.feature_code == "PPLC" and e.population >= 100_000) \
        or (e.country_code in demonyms and e.population >= 50_000)
_NAME_TAIL = re.compile(r" (?:city|town|village|county|parish|borough|township)$")


_ARTICLE_KEYS = frozenset({"el", "al"})
# Words that open a town's name after which a country's name is no longer the country.
_SETTLEMENT_HEADS = frozenset(
    {"villa", "ciudad", "puerto", "port", "fort", "nueva", "nuevo", "colonia", "barrio",
     "reparto", "hacienda", "finca", "aldea", "caserio", "canton"})


def _bare_article(e: GazEntry, surface: str) -> bool:
    """A name that begins with an article ("El Salvador") written without it."""
    head, _, rest = e.name.partition(" ")
    return bool(rest) and head.lower() in _ARTICLE_KEYS \
        and not surface.lower().startswith(head.lower() + " ")


def _lower_word(text: str, surface: str, seen: dict[str, bool]) -> bool:
    """Whether the text also writes ``surface`` as a lower-case word (cached per text)."""
    word = surface.lower()
    if word not in seen:
        if _WORD_RUN.fullmatch(word):
            # A word of word characters and hyphens stands alone exactly where it is one
            # of the text's maximal such runs: one scan of the text answers every word.
            seen[word] = word in _word_runs(text)
        else:
            seen[word] = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])",
                                   text) is not None
    return seen[word]


_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=8)
def _word_runs(text: str) -> frozenset[str]:
    return frozenset(_WORD_RUN.findall(text))


def _primary_match(e: GazEntry, key: str) -> bool:
    """Whether the text's name is the entry's own name, not one of its alternates."""
    return _primary_name(e.name, key)


@lru_cache(maxsize=65_536)
def _primary_name(name: str, key: str) -> bool:
    own = name_key(name)
    return own == key or _NAME_TAIL.sub("", own) == key


_PERSON_AFTER = re.compile(
    r"(?:['’]s\s+(?:\w+\s+)?(?:death|killing|shooting|murder|mother|father|family|body|"
    r"son|daughter|friend|brother|sister|wife|husband|girlfriend|boyfriend|attorney|lawyer)\b"
    r"|,\s*\d{1,2}\s*,|\s+(?:said|says|told|is|was|had|has|who|added|recalled|explained|"
    r"testified|pleaded|died|admitted|allegedly|reportedly)\b)")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]* $")
_CAP_AFTER = re.compile(r" [A-Z][a-z]")


def _name_part(text: str, start: int, end: int) -> bool:
    """A recogniser's span that is an acronym ("AP", "EKU") or a person's surname."""
    if _ACRONYM.fullmatch(text[start:end]) and not text[:3000].isupper():
        return True
    if _CAP_BEFORE.search(text, max(0, start - 30), start):
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start:start].rstrip()
        # "Shallon Sales", yet not at a sentence start after "Mr." or a new line.
        return bool(head) and head[-1].isalpha() and " " in head.strip()
    return False


def _majority(votes: Counter[str]) -> str | None:
    if not votes:
        return None
    cc, n = votes.most_common(1)[0]
    return cc if n >= 2 and n >= 0.6 * sum(votes.values()) else None


def _home_bonus(e: GazEntry, home_cc: str | None, ctx_cc: Counter[str],
                anchor_a1: dict[tuple[str, str | None], set[str]], surface: str) -> float:
    if e.feature_code == "PCLI":
        return 0.0
    bonus = 0.0
    if home_cc is not None and e.country_code == home_cc and ctx_cc[home_cc] == 0:
        bonus += 1.5
    sure = anchor_a1.get((e.country_code, e.admin1_code))
    if sure and (len(sure) > 1 or surface not in sure):
        bonus += 1.0  # only another name's certainty counts, never the name's own
    return bonus


def _home_country(mentions: list[PlaceMention]) -> str | None:
    votes: Counter[str] = Counter()
    for m in {m.name: m for m in mentions if not m.is_dateline and m.best is not None}.values():
        if m.best is not None:
            votes[m.best.country_code] += 1
    return _majority(votes)


def area_contains(area: GazEntry, e: GazEntry) -> bool:
    """Whether ``e`` lies inside ``area`` (a country or first-level division)."""
    if area.country_code != e.country_code or area is e:
        return False
    if area.feature_code == "PCLI":
        return e.feature_code != "PCLI"
    if area.feature_code == "ADM1":
        return e.feature_code != "ADM1" and area.admin1_code == e.admin1_code
    return False


def _proximity(e: GazEntry, anchors: list[GazEntry]) -> float:
    best = 0.0
    for a in anchors:
        if a is e or abs(a.lat - e.lat) > 9.5:
            continue  # more than 1,000 km apart whatever the longitude
        best = max(best, _nearness(a.lat, a.lon, e.lat, e.lon))
    return best


@lru_cache(maxsize=262_144)
def _nearness(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Closeness of two points for the proximity bonus (the same pairs recur in a run)."""
    d = haversine_km((lat1, lon1), (lat2, lon2))
    return 0.6 if d < 300 else 0.3 if d < 1000 else 0.0


def _shift(m: PlaceMention, offset: int, part: Part) -> PlaceMention:
    if offset == 0 and part == "text":
        return m
    return replace(m, span=Span(m.span.start + offset, m.span.end + offset, m.span.text, part))


def _precision(e: GazEntry) -> int:
    if e.feature_code == "PCLI":
        return 4
    if e.feature_code == "ADM1" or e.feature_code in _WIDE_FEATURES:
        return 3
    if e.feature_code == "ADM2" or e.feature_class in "THLV":
        return 2
    return 1


def to_place(mention_or_entry: PlaceMention | GazEntry, gazetteer: Gazetteer,
             precision: int | None = None) -> Place:
    """A resolved mention (or bare entry) in the output contract's shape."""
    if isinstance(mention_or_entry, PlaceMention):
        entry = mention_or_entry.best
        if entry is None:
            raise ValueError("mention has no candidate")
        span: Span | None = mention_or_entry.span
        score = mention_or_entry.candidates[0].score
    else:
        entry, span, score = mention_or_entry, None, 0.0
    country = entry.country
    if country is None:
        c = gazetteer.country(entry.country_code)
        country = c.name if c is not None else None
    return Place(
        name=entry.name, lat=entry.lat, lon=entry.lon, country_code=entry.country_code,
        country=country, admin1=entry.admin1 if entry.feature_code != "PCLI" else None,
        admin2=entry.admin2, precision=precision if precision is not None else _precision(entry),
        gazetteer_id=entry.id, text=span.text if span is not None else None, span=span,
        score=score)
