"""Read side of the gazetteer: a read-only SQLite index behind small cached look-ups.

Names stay on disk; Python holds only the caches of keys actually asked for, so memory
stays low however large the index (a full GeoNames dump included).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from wirecoder.errors import GazetteerError
from wirecoder.gazetteer.build import SCHEMA_VERSION, build_default, default_path
from wirecoder.gazetteer.demonyms import AP_STATES, DEMONYMS, US_POSTAL
from wirecoder.gazetteer.names import name_key
from wirecoder.model import GazEntry
from wirecoder.settings import Settings

log = logging.getLogger(__name__)

_COLS = ("gid, name, lat, lon, cc, fclass, fcode, population, admin1_code, admin1, admin2, "
         "country")
_build_lock = threading.Lock()


def resolve_path(path: Path | None = None) -> Path:
    """Index location: explicit path, $WIRECODER_GAZETTEER, Settings, then the cache."""
    if path is not None:
        return Path(path)
    env = os.environ.get("WIRECODER_GAZETTEER")
    if env:
        return Path(env).expanduser()
    configured = Settings().gazetteer_path
    return configured if configured is not None else default_path()


def _entry(row: tuple[object, ...]) -> GazEntry:
    gid, name, lat, lon, cc, fclass, fcode, pop, a1c, a1, a2, country = row
    return GazEntry(
        id=str(gid), name=str(name), lat=float(lat), lon=float(lon),  # type: ignore[arg-type]
        country_code=str(cc), feature_class=str(fclass), feature_code=str(fcode),
        population=int(pop),  # type: ignore[call-overload]
        admin1_code=None if a1c is None else str(a1c), admin1=None if a1 is None else str(a1),
        admin2=None if a2 is None else str(a2), country=None if country is None else str(country),
    )


def _seats_first(entries: list[GazEntry]) -> tuple[GazEntry, ...]:
    """Put a sizeable town before the province or district it names and lies in.

    "Kandahar" or "Aleppo" in a report means the city far more often than the province,
    and the city is the more precise answer.
    """
    for i, e in enumerate(entries):
        if e.feature_class != "P" or e.population < 50_000:
            continue
        for j in range(i):
            a = entries[j]
            if (a.feature_code in ("ADM1", "ADM2") and a.country_code == e.country_code
                    and a.admin1_code == e.admin1_code):
                entries.insert(j, entries.pop(i))
                break
    return tuple(entries)


class Gazetteer:
    """Place names -> GazEntry, over the SQLite index built by ``gazetteer.build``."""

    def __init__(self, con: sqlite3.Connection, path: Path) -> None:
        self._con = con
        self.path = path
        self.lookup_key = lru_cache(maxsize=65_536)(self._lookup_key)
        self.has_first_token = lru_cache(maxsize=65_536)(self._has_first_token)
        self._country_cache = lru_cache(maxsize=512)(self._country)
        self._admin1_cache = lru_cache(maxsize=8_192)(self._admin1)
        self._cc_cache = lru_cache(maxsize=4_096)(self._country_code_for)
        self._state_cache = lru_cache(maxsize=1_024)(self._us_state)
        self._county_pops_cache = lru_cache(maxsize=4_096)(self._county_populations)

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the index read-only, building the default one first when it is missing."""
        db = resolve_path(path)
        if not db.exists():
            if path is not None:
                raise GazetteerError("gazetteer index not found", str(db))
            with _build_lock:
                if not db.exists():
                    log.info("gazetteer index missing; building %s (about a minute)", db)
                    build_default(db)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True,
                                  check_same_thread=False)
            con.execute("PRAGMA cache_size=-16000")
            row = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.DatabaseError as err:
            raise GazetteerError(f"cannot read gazetteer index ({err})", str(db)) from err
        if row is None or row[0] != SCHEMA_VERSION:
            con.close()
            raise GazetteerError("gazetteer index has another schema version; rebuild it",
                                 str(db))
        return cls(con, db)

    def close(self) -> None:
        self._con.close()

    # -- names ---------------------------------------------------------------------------

    def _lookup_key(self, key: str, limit: int = 20) -> tuple[GazEntry, ...]:
        if not key:
            return ()
        rows = self._con.execute(
            f"SELECT {_COLS} FROM names n JOIN entries e ON e.id = n.eid "
            "WHERE n.key = ? ORDER BY e.prior DESC LIMIT ?", (key, limit)).fetchall()
        return _seats_first([_entry(r) for r in rows])

    def _has_first_token(self, tok: str) -> bool:
        """Whether some multi-word name starts with this key token (prunes n-gram look-ups)."""
        return self._con.execute(
            "SELECT 1 FROM first_tokens WHERE tok = ?", (tok,)).fetchone() is not None

    def lookup(self, name: str, limit: int = 20) -> list[GazEntry]:
        """Entries any of whose names matches ``name_key(name)``, most likely first."""
        return list(self.lookup_key(name_key(name), limit))

    def by_id(self, id: str) -> GazEntry | None:
        row = self._con.execute(f"SELECT {_COLS} FROM entries WHERE gid = ?", (id,)).fetchone()
        return _entry(row) if row else None

    # -- areas ---------------------------------------------------------------------------

    def country(self, cc: str) -> GazEntry | None:
        """The country entry (median point of its places, never its capital)."""
        return self._country_cache(cc.upper())

    def admin1(self, cc: str, admin1_code: str) -> GazEntry | None:
        return self._admin1_cache(cc, admin1_code)

    def country_code_for(self, name: str) -> str | None:
        """Country code for a country name, alternate name or demonym ("Afghan" -> AF)."""
        return self._cc_cache(name)

    def us_state(self, abbrev_or_name: str) -> GazEntry | None:
        """A US state from its name, AP abbreviation ("Tenn.") or postal code ("TN")."""
        return self._state_cache(abbrev_or_name)

    def admin2_population(self, cc: str, admin1_code: str | None, name: str) -> int:
        """The people of the towns the index places in a second-level division (the
        index gives the division itself none): a county's size, to tell namesakes apart."""
        if not admin1_code:
            return 0
        return self._county_pops_cache(cc, admin1_code).get(name, 0)

    def _county_populations(self, cc: str, admin1_code: str) -> Mapping[str, int]:
        # One pass over the first-level division's towns answers all its counties: the
        # index has no key on admin2, so a per-county query reads them all anyway.
        rows = self._con.execute(
            "SELECT admin2, SUM(population) FROM entries WHERE cc = ? "
            "AND fcode IN ('PPL', 'PPLC') AND admin1_code = ? AND admin2 IS NOT NULL "
            "GROUP BY admin2", (cc, admin1_code)).fetchall()
        return MappingProxyType({str(a): int(n or 0) for a, n in rows})

    def _country(self, cc: str) -> GazEntry | None:
        row = self._con.execute(
            f"SELECT {_COLS} FROM entries WHERE cc = ? AND fcode = 'PCLI'", (cc,)
        ).fetchone()
        return _entry(row) if row else None

    def _admin1(self, cc: str, admin1_code: str) -> GazEntry | None:
        row = self._con.execute(
            f"SELECT {_COLS} FROM entries WHERE cc = ? AND fcode = 'ADM1' AND admin1_code = ?",
            (cc, admin1_code)).fetchone()
        return _entry(row) if row else None

    def _country_code_for(self, name: str) -> str | None:
        text = name.strip()
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        key = name_key(text)
        if key in DEMONYMS:
            return DEMONYMS[key]
        for e in self.lookup_key(key, 20):
            if e.feature_code == "PCLI":
                return e.country_code
        return None

    def _us_state(self, abbrev_or_name: str) -> GazEntry | None:
        s = abbrev_or_name.strip()
        code = AP_STATES.get(s.casefold().replace(" ", ""))
        if code is None and len(s) == 2 and s.isupper() and s in US_POSTAL:
            code = s
        if code is None:
            for e in self.lookup_key(name_key(s), 20):
                if e.country_code == "US" and e.feature_code == "ADM1":
                    return e
            return None
        return self.admin1("US", code)
