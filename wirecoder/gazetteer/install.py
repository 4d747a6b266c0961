"""Load a GeoNames dump (allCountries.txt format) into the gazetteer index.

The dump is streamed into a copy of the current index (or a fresh one), then the copy is
renamed over the target, so readers never see a half-loaded index. Rows of the dump
replace index rows with the same GeoNames id; everything else in the index is kept.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import sqlite3
import tempfile
import urllib.request
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wirecoder.errors import GazetteerError
from wirecoder.gazetteer.build import (
    POST_SCHEMA,
    SCHEMA,
    SCHEMA_VERSION,
    display_admin_name,
    keys_for,
    prior_of,
)
from wirecoder.gazetteer.names import ascii_name

log = logging.getLogger(__name__)

# Feature classes worth resolving news toponyms to; S (spots, buildings), R (roads) and
# U (undersea) would add millions of rows that no report names as an event place.
_KEEP_CLASSES = frozenset("APTHLV")
_AREA_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "ADM1",
                         "ADM2", "ADM3", "RGN"})
_BATCH = 20_000


@contextmanager
def _open_dump(source: str | Path) -> Iterator[io.TextIOBase]:
    src = str(source)
    tmp: Path | None = None
    if src.startswith(("http://", "https://")):
        fd, name = tempfile.mkstemp(suffix=Path(src).suffix or ".txt")
        os.close(fd)
        tmp = Path(name)
        log.info("downloading %s", src)
        urllib.request.urlretrieve(src, tmp)
        path = tmp
    else:
        path = Path(src)
    if not path.exists():
        raise GazetteerError("GeoNames dump not found", src)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                members = [m for m in zf.namelist() if m.endswith(".txt")
                           and not m.lower().startswith("readme")]
                if not members:
                    raise GazetteerError("zip holds no .txt dump", src)
                with zf.open(members[0]) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
        else:
            with path.open(encoding="utf-8", newline="") as fh:
                yield fh
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def _rows(source: str | Path) -> Iterator[list[str]]:
    with _open_dump(source) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 19:
                raise GazetteerError(
                    f"line {lineno}: {len(cols)} columns, allCountries format has 19",
                    str(source))
            yield cols


def _alternate_names(path: Path | None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    if path is None:
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            # Language codes like "link", "post", "iata" are URLs and codes, not names.
            if len(cols) >= 4 and cols[1].isdigit() and len(cols[2]) <= 3:
                out[int(cols[1])].append(cols[3])
    return out


def install_geonames(source: str | Path, db_path: Path,
                     alternate_names: Path | None = None) -> int:
    """Add a GeoNames dump to the index at db_path; returns the number of rows loaded."""
    # First pass: country and admin1 names, so places can carry them whatever the order.
    countries: dict[str, str] = {}
    admin1: dict[tuple[str, str], str] = {}
    for c in _rows(source):
        if c[7] in ("PCLI", "PCLD", "PCLF", "PCLS", "TERR"):
            countries.setdefault(c[8], c[2] or c[1])
        elif c[7] == "ADM1":
            admin1[(c[8], c[10])] = display_admin_name(c[2] or c[1], c[3].split(","))
    alts = _alternate_names(alternate_names)

    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".tmp",
                                    dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if db_path.exists():
            shutil.copyfile(db_path, tmp)
            con = sqlite3.connect(tmp)
            ver = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if ver is None or ver[0] != SCHEMA_VERSION:
                raise GazetteerError("index has another schema version", str(db_path))
        else:
            tmp.unlink()
            con = sqlite3.connect(tmp)
            con.executescript(SCHEMA + POST_SCHEMA)
            con.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
        for cc, code, name in con.execute(
                "SELECT cc, admin1_code, admin1 FROM entries WHERE fcode='ADM1'").fetchall():
            admin1.setdefault((cc, code), name)
        for cc, name in con.execute("SELECT cc, country FROM entries WHERE fcode='PCLI'"):
            countries.setdefault(cc, name)
        n = _load(con, source, countries, admin1, alts)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('geonames_dump', ?)", (str(source),))
        con.commit()
        con.close()
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("loaded %d GeoNames rows into %s", n, db_path)
    return n


def _load(con: sqlite3.Connection, source: str | Path, countries: dict[str, str],
          admin1: dict[tuple[str, str], str], alts: dict[int, list[str]]) -> int:
    next_id = (con.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
    firsts: set[str] = set()
    n = 0
    batch: list[list[str]] = []

    def flush() -> None:
        nonlocal next_id
        for c in batch:
            gid = f"geonames:{c[0]}"
            old = con.execute("SELECT id FROM entries WHERE gid = ?", (gid,)).fetchone()
            if old is not None:
                con.execute("DELETE FROM names WHERE eid = ?", (old[0],))
                con.execute("DELETE FROM entries WHERE id = ?", (old[0],))
            eid = next_id
            next_id += 1
            fclass, fcode, cc, a1 = c[6], c[7], c[8], c[10] or None
            fcode = "PCLI" if fcode in ("PCLD", "PCLF", "PCLS", "TERR") else fcode
            pop = int(c[14] or 0)
            name = c[1]
            if fcode == "ADM1":
                name = ascii_name(admin1.get((cc, c[10]), c[2] or c[1]))
            con.execute(
                "INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (eid, gid, name, float(c[4]), float(c[5]), cc, fclass, fcode, pop, a1,
                 ascii_name(admin1[(cc, a1)]) if a1 and (cc, a1) in admin1 else None, None,
                 countries.get(cc), prior_of(fclass, fcode, pop, curated=False)))
            names = [c[1], c[2], *c[3].split(","), *alts.get(int(c[0]), ())]
            keys = keys_for(names, area=fcode in _AREA_CODES)
            con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)",
                            [(k, eid) for k in keys])
            firsts.update(k.split(" ", 1)[0] for k in keys if " " in k)
        batch.clear()

    for c in _rows(source):
        if c[6] not in _KEEP_CLASSES:
            continue
        batch.append(c)
        n += 1
        if len(batch) >= _BATCH:
            flush()
    flush()
    con.executemany("INSERT OR IGNORE INTO first_tokens VALUES (?)", ((t,) for t in firsts))
    return n
