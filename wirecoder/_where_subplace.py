"""ALL-CAPS wires: the incident's place named by a kind word ("IN THE MIRAFLORES
NEIGHBORHOOD", "THE TOWN OF CAYARA") refines, or replaces, what the locator chose.

Such a name is the most specific place the report gives, and often one the gazetteer
lacks or lists only abroad (Lima's district Villa El Salvador is, to it, an Argentine
village): a coder writes the name and places it at the city it is part of, or at the
widest area the report puts it in, with that area's precision.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirecoder._where_upper import TALKS_BEFORE, KindName, kind_names
from wirecoder.gazetteer import Gazetteer
from wirecoder.gazetteer.names import name_key
from wirecoder.model import GazEntry, Place, Span
from wirecoder.text import Sentence, contains
from wirecoder.where import GeoParse, PlaceMention, to_place

_REFINE_SENTENCES = 2


def _first_kind_name(sents: Sequence[Sentence]) -> tuple[int, KindName] | None:
    for k, s in enumerate(sents):
        found = kind_names(s.text)
        if found:
            return k, found[0]
    return None


def _listed(gazetteer: Gazetteer, name: str, cc: str) -> GazEntry | None:
    """The name's own entry in the report's country: a town, or a district below a province."""
    for e in gazetteer.lookup(name, 20):
        if e.country_code == cc and name_key(e.name) == name_key(name) and (
                e.feature_class == "P" or e.feature_code in ("ADM2", "ADM3")):
            return e
    return None


def kind_place(gazetteer: Gazetteer, geo: GeoParse, sents: Sequence[Sentence],
               place: Place | None, evidence: Span | None, home_cc: str | None,
               report: Sequence[Sentence] = ()) -> tuple[Place, Span] | None:
    """The place the incident's sentences name by a kind word, when it says more than
    ``place``: never when the chosen place was named in an earlier sentence, nor when it
    is that very name resolved in the report's country."""
    first = _first_kind_name(sents)
    if first is None and report and (evidence is None or not any(contains(s, evidence)
                                                                  for s in sents)):
        # The incident's sentences name no place and the locator took one from elsewhere
        # in the report: the report's own neighbourhood or hamlet says more.
        sents = report
        first = _first_kind_name(sents)
    if first is None:
        return None
    k, kn = first
    sent = sents[k]
    span = Span(sent.start + kn.start, sent.start + kn.end, kn.name, sent.part)
    if evidence is not None and geo.dateline is not None and evidence.start == geo.dateline.start:
        evidence = None  # where the wire was filed names no scene
    ev_k = next((i for i, s in enumerate(sents) if evidence is not None and contains(s, evidence)),
                None)
    if ev_k is not None and ev_k < k and not (kn.section and k - ev_k <= _REFINE_SENTENCES):
        # A neighbourhood told a sentence or two later refines the city named before it
        # ("DIED IN LIMA ... IN THE RESIDENTIAL NEIGHBORHOOD OF SAN ISIDRO").
        return None
    same_name = evidence is not None and evidence.start < span.end and span.start < evidence.end
    cc = home_cc if same_name or place is None else place.country_code
    if cc is None:
        return None
    if place is not None and place.country_code == cc and (
            same_name or name_key(place.name) == name_key(kn.name)):
        return None
    entry = _listed(gazetteer, kn.name, cc)
    if entry is not None:
        return to_place(entry, gazetteer), span
    base = place if place is not None and place.country_code == cc and not same_name else None
    if base is not None and kn.section and base.precision >= 3:
        # "IN THE X NEIGHBORHOOD IN LIMA" read as Lima department: the part of a city
        # lies in the department's city of that name.
        city = next((e for e in gazetteer.lookup(base.name, 20) if e.country_code == cc
                     and e.feature_class == "P" and name_key(e.name) == name_key(base.name)),
                    None)
        if city is not None:
            base = to_place(city, gazetteer)
    precision = base.precision if base is not None else 4
    if base is not None and not kn.section and base.precision < 3:
        # A town of its own near the chosen one, if that was named in the same sentence;
        # else only its province is known.
        near = ev_k == k
        area = _sentence_area(geo, sent, cc)
        if near:
            precision = 2
        elif area is not None:
            base, precision = to_place(area, gazetteer), 3
        else:
            base = None
    if base is None:
        country = gazetteer.country(cc)
        if country is None:
            return None
        base, precision = to_place(country, gazetteer), 4
    return Place(name=kn.name.title(), lat=base.lat, lon=base.lon,
                 country_code=base.country_code, country=base.country,
                 admin1=base.admin1 if precision < 4 else None,
                 admin2=base.admin2 if precision < 3 else None, precision=precision,
                 gazetteer_id=None, text=kn.name, span=span), span


def _sentence_area(geo: GeoParse, sent: Sentence, cc: str) -> GazEntry | None:
    """A province or district of the report's country that the sentence names."""
    for m in geo.mentions:
        b = m.best
        if b is not None and contains(sent, m.span) and b.country_code == cc \
                and b.feature_code in ("ADM1", "ADM2"):
            return b
    return None


def talks_venues(mentions: Sequence[PlaceMention], sentences: Sequence[Sentence],
                 filed_cc: str) -> set[Span]:
    """Places abroad (from the country the wire was filed in) named as where talks are or
    were to be held ("THE MEETING BETWEEN THE GOVERNMENT AND THE FMLN IN CARACAS,
    VENEZUELA"): never an incident's scene."""
    out: set[Span] = set()
    for m in mentions:
        if m.best is None or m.is_dateline or m.best.country_code == filed_cc:
            continue
        sent = next((s for s in sentences if contains(s, m.span)), None)
        if sent is None:
            continue
        head = sent.text[max(0, m.span.start - sent.start - 120):m.span.start - sent.start]
        if TALKS_BEFORE.search(head):
            out.add(m.span)
    return out

