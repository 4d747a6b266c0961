"""ALL-CAPS wire copy (translated Latin American radio and agency reports): the place
words of its own idiom, kept apart from the mixed-case rules of where.py and locate.py.

Such wires name streets after towns and heroes ("SARMIENTO AND SAN MARTIN STREETS"), and
name the neighbourhoods, hamlets and districts where incidents happen by a kind word
("IN THE MIRAFLORES NEIGHBORHOOD", "THE TOWN OF CAYARA", "IN COLONIA MIRAMONTES") that
the gazetteer often lacks or lists only in another country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A name followed by a street word, or by "AND <name> STREETS", is a street.
UPPER_STREET_AFTER = re.compile(
    r"\s+(?:AND\s+(?:[A-Z][A-Z'.-]*\s+){1,3})?"
    r"(?:STREETS?|AVENUES?|AVE\b|BOULEVARD|BLVD\b|PROMENADE|PASEO)\b")

_NAME_WORD = r"[A-Z][A-Z']*(?:-[A-Z][A-Z']*)*"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
_CUE = r"\b(?:IN|AT|NEAR|OF|ON|INSIDE|OUTSIDE)\s+(?:THE\s+)?"
_ADJ = r"(?:(?:EXCLUSIVE|POOR|RESIDENTIAL|WEALTHY|WORKING-CLASS|MIDDLE-CLASS|POPULAR|SMALL"\
       r"|REMOTE|NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|RURAL|LITTLE)\s+)?"
#: "IN THE MIRAFLORES NEIGHBORHOOD", "IN LA VICTORIA DISTRICT": a part of a city.
_SECTION = re.compile(
    rf"{_CUE}{_ADJ}({_NAME})\s+(?:NEIGHBOU?RHOODS?|DISTRICT|SECTOR|SUBURB|SHANTYTOWN"
    r"|QUARTER|SLUM)\b")
#: "IN COLONIA MIRAMONTES", "IN BARRIO OLAYA": the Spanish kind word is part of the name.
_PREFIXED = re.compile(
    rf"{_CUE}{_ADJ}((?:COLONIA|BARRIO|URBANIZACION|REPARTO|RESIDENCIAL) {_NAME})")
#: "THE RESIDENTIAL NEIGHBORHOOD OF SAN ISIDRO": the same, named after its kind word.
_SECTION_OF = re.compile(
    rf"\bTHE\s+{_ADJ}(?:NEIGHBOU?RHOOD|DISTRICT|SECTOR|SUBURB|SHANTYTOWN)\s+OF\s+({_NAME})")
#: "THE TOWN OF CAYARA", "THE SMALL VILLAGE OF CHULLAS": a settlement of its own.
_TOWN = re.compile(
    rf"(?<!FROM )\bTHE\s+{_ADJ}(?:TOWN|VILLAGE|HAMLET|SETTLEMENT|CITY|MUNICIPALITY|COMMUNITY"
    rf"|CANTON|CASERIO|TOWNSHIP)\s+OF\s+({_NAME})")
_SECTION_WORD = re.compile(r"NEIGHBO|DISTRICT|SECTOR|SUBURB|SHANTYTOWN|QUARTER|SLUM")
_PREFIX_WORD = re.compile(r"COLONIA|BARRIO|URBANIZACION|REPARTO|RESIDENCIAL")
_TOWN_WORD = re.compile(r"(?:TOWN|VILLAGE|HAMLET|SETTLEMENT|CITY|MUNICIPALITY|COMMUNITY"
                        r"|CANTON|CASERIO|TOWNSHIP)\s+OF\b")
#: (pattern, a quick probe for its kind word, names a part of a city, name must be whole)
_PATTERNS = ((_SECTION, _SECTION_WORD, True, True), (_PREFIXED, _PREFIX_WORD, True, False),
             (_SECTION_OF, _SECTION_WORD, True, False), (_TOWN, _TOWN_WORD, False, False))
#: Words that end (or are no part of) a name found by its kind word.
_NOT_NAME = frozenset("""
A AN THE IN ON AT OF FROM TO BY FOR WITH AND OR BUT AS WAS WERE IS ARE HAS HAVE HAD BE BEEN
WHERE WHEN WHICH WHO WHOSE THAT THIS THESE THOSE ITS HIS HER THEIR OUR LAST TODAY YESTERDAY
TONIGHT MORNING NIGHT AFTERNOON EVENING DAWN WEEK MONTH YEAR SAME SAID AFTER BEFORE DURING
SOME ABOUT NEAR KM KILOMETERS MILES DEPARTMENT PROVINCE STATE REGION AREA ZONE JURISDICTION
NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN CENTRAL DOWNTOWN COMMERCIAL
FINANCIAL BUSINESS INDUSTRIAL RESIDENTIAL MILITARY POLICE ELECTORAL JUDICIAL FEDERAL
CAPITAL METROPOLITAN SPECIAL MAIN OLD CAPITAL'S CITY TOWN VILLAGE NEIGHBORHOOD DISTRICT
WHOLE ENTIRE OTHER VARIOUS SEVERAL MANY ONE TWO THREE EXCLUSIVE POOR WEALTHY WORKING-CLASS
MIDDLE-CLASS POPULAR SMALL REMOTE RURAL LITTLE NORTHEASTERN NORTHWESTERN SOUTHEASTERN
SOUTHWESTERN OUTLYING NEARBY NEIGHBORING LOCAL
""".split())
_SPANISH_LINKS = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "EL"})


@dataclass(frozen=True)
class KindName:
    """A place named by its kind word: ``name`` spans ``start:end`` of the text."""

    name: str
    start: int
    end: int
    section: bool  # a part of a city (neighbourhood, district), not a town of its own


def _trim(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w in _NOT_NAME:
            break
        out.append(w)
    while out and out[-1] in _SPANISH_LINKS:
        out.pop()
    return out


def kind_names(text: str, start: int = 0, end: int | None = None) -> list[KindName]:
    """Places an ALL-CAPS text names by a kind word, in text order.

    A section's name must be whole ("IN THE SAME DISTRICT" names none); a town's name runs
    to the first word that is no name word ("THE TOWN OF CAYARA LAST SATURDAY")."""
    stop = len(text) if end is None else end
    out: list[KindName] = []
    for rx, probe, section, whole in _PATTERNS:
        if probe.search(text, start, stop) is None:
            continue  # the kind word is absent: skip the slower scan for names before it
        for m in rx.finditer(text, start, stop):
            words = m.group(1).split(" ")
            kept = _trim(words)
            if not kept or (whole and len(kept) != len(words)) or len("".join(kept)) < 4:
                continue
            name = " ".join(kept)
            out.append(KindName(name, m.start(1), m.start(1) + len(name), section))
    out.sort(key=lambda k: (k.start, -k.end))
    # A name two patterns find ("IN BARRIO X DISTRICT") is one place.
    return [k for i, k in enumerate(out) if not any(o.start <= k.start < o.end for o in out[:i])]


#: "THE MEETING SCHEDULED ... IN CARACAS": where talks are held, not where anything happened.
TALKS_BEFORE = re.compile(
    r"\b(?:MEETINGS?|MEET|TALKS|NEGOTIATIONS?|DIALOGUE|SUMMIT|CONFERENCE|SIGNED|AGREEMENTS?"
    r"|ROUND)\b(?:[ ,]+[A-Z0-9'-]+){0,8}[ ,]+(?:IN|AT)\s+(?:[A-Z][A-Z' -]*,\s+)?\Z")
