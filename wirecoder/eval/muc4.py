"""MUC-3/MUC-4 terrorism corpus: detection and slot accuracy against the answer keys.

Reader. Text files are found by content under the folder (any file whose first line is a
message id such as ``DEV-MUC3-0001 (NOSC)`` or ``TST1-MUC3-0001``; files ending in
``.mixed-case`` are skipped because the official upper-case copy is the one scored), key
files by name (``key-*``). Each message runs from its id line to the next. Its paragraphs
are re-flowed (the hard line wraps joined by spaces, paragraphs kept apart by a blank
line). The dateline ``SAN SALVADOR, 3 JAN 90 (RADIO CANAL 8) --`` gives ``dateline``
(the place), ``published`` (the date; ``NO DATE`` gives None) and ``source``. Split
``dev`` is the DEV-* messages, ``tst`` (default) every TST* message (TST1+TST2 here),
``tst1``... one test set, ``all`` everything.

Keys: templates start at ``0.  MESSAGE: ID``; indented lines continue the slot above;
``;;;`` lines are comments; ``/`` separates alternative fills (at the top level of
brackets), a leading ``?`` marks an optional fill and is dropped; ``-`` is empty and ``*``
in slot 1 says the message has no template. ``(OPTIONAL)`` after the template number
marks an optional template.

Relevance and detection. A template qualifies when its TYPE holds ATTACK, BOMBING,
KIDNAPPING or ARSON and its STAGE holds ACCOMPLISHED. A report is relevant when a
non-optional template qualifies; a report whose only qualifying templates are optional is
left out of the detection counts (the MUC scorer neither rewards nor punishes it). A
report is detected when a current event is coded "Violence against civilians" or
"Explosions/Remote violence"; Battles count neither way. Detection P/R/F1 follow.

Slots, over reports both relevant and detected. The report's event is its current
violence-against-civilians / explosion event with the highest confidence. Templates
(all qualifying ones, optional included) and those events are aligned one to one,
greedily like the MUC scorer's mapping: every pair gets 2 points when the event's day lies
in the template's date range and 1 when the types agree (BOMBING with explosions, other
types with violence against civilians; ATTACK with either); pairs are taken best first,
ties in template order then event confidence. The report's event is scored against the
template aligned to it (or its best-scoring template when more events than templates):

- country: the event's country code is the template's (any alternative; MUC names mapped
  by ``COUNTRY_CODES``);
- place: the event's location name (or text) equals one of the template's most specific
  place names, names compared by letters and digits only (only when the template names a
  place below the country; there is no gazetteer here, so names only);
- date: a current event's day lies in the template's date range (``16 NOV 89``; ``15 NOV
  89 - 16 NOV 89`` any day in it; ``- 26 AUG 89`` "on or before", read as the 31 days up to
  it; a date without year takes the year that puts it on or before publication);
- perpetrator: a PERP: ORGANIZATION ID string is contained in a perpetrator actor's name
  or text, normalised (only when the template has one);
- deaths: the template's deaths (the HUM TGT: NUMBER of every target whose EFFECT is
  DEATH, summed; only when every such target has a number) equal the event's fatalities
  best (else low; none is 0).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import DatasetError
from wirecoder.eval.gva import count_value
from wirecoder.eval.scoring import (
    Coder,
    EvalReport,
    EvalRequest,
    Metric,
    current_events,
    data_dir_for,
    norm,
    prf,
    ratio,
)
from wirecoder.model import Article, CodedArticle, Event

FOLDER = "muc4"
SPLITS = ("dev", "tst", "all")
QUALIFYING_TYPES = frozenset({"ATTACK", "BOMBING", "KIDNAPPING", "ARSON"})
DETECT_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})
OPEN_RANGE_DAYS = 31

#: The MUC set list of nations (set-list-foreign-nation) plus the keys' misspellings.
COUNTRY_CODES: dict[str, str] = {
    "AFGHANISTAN": "AF", "ALBANIA": "AL", "ANGOLA": "AO", "ARGENTINA": "AR",
    "AUSTRALIA": "AU", "AUSTRIA": "AT", "BAHAMAS": "BS", "BANGLADESH": "BD",
    "BARBADOS": "BB", "BELGIUM": "BE", "BELIZE": "BZ", "BOLIVIA": "BO", "BRAZIL": "BR",
    "BULGARIA": "BG", "CAICOS ISLANDS": "TC", "CANADA": "CA", "CHILE": "CL",
    "COLOMBIA": "CO", "COSTA RICA": "CR", "CUBA": "CU", "CZECHOSLOVAKIA": "CZ",
    "DEMOCRATIC PEOPLES REP OF KOREA": "KP", "DENMARK": "DK", "DOMINICAN REPUBLIC": "DO",
    "EAST GERMANY": "DE", "ECUADOR": "EC", "EGYPT": "EG", "EL SALVADOR": "SV",
    "FINLAND": "FI", "FRANCE": "FR", "GRENADA": "GD", "GUATEMALA": "GT", "GUATAMALA": "GT",
    "HAITI": "HT", "HONDURAS": "HN", "HUNGARY": "HU", "IRAN": "IR", "IRAQ": "IQ",
    "ISRAEL": "IL", "ITALY": "IT", "JAMAICA": "JM", "JAPAN": "JP", "LEBANON": "LB",
    "LIBYA": "LY", "LUXEMBOURG": "LU", "MALTA": "MT", "MEXICO": "MX", "MOROCCO": "MA",
    "NETHERLANDS": "NL", "NICARAGUA": "NI", "NIGERIA": "NG", "NORWAY": "NO",
    "PAKISTAN": "PK", "PANAMA": "PA", "PARAGUAY": "PY", "PEOPLES REP OF CHINA": "CN",
    "PERU": "PE", "PHILIPPINES": "PH", "POLAND": "PL", "REPUBLIC OF CHINA": "TW",
    "REPUBLIC OF KOREA": "KR", "REPUBLIC OF SOUTH AFRICA": "ZA", "ROMANIA": "RO",
    "SPAIN": "ES", "SWEDEN": "SE", "SWITZERLAND": "CH", "TRINIDAD AND TOBAGO": "TT",
    "TURKS ISLANDS": "TC", "UNITED KINGDOM": "GB", "UNITED STATES": "US", "URUGUAY": "UY",
    "USSR": "RU", "VATICAN CITY": "VA", "VENEZUELA": "VE", "VIETNAM": "VN",
    "WEST GERMANY": "DE", "YUGOSLAVIA": "RS",
}  # fmt: skip

_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}

_ID_LINE = re.compile(r"^([A-Z0-9]+-MUC\d+-\d+)(?:\s+\([^)]*\))?\s*$")
_DAY_MONTH_FIRST = re.compile(r"\b([A-Z]{3})[A-Z]*\.?\s+(\d{1,2})(?:\s+(\d{2,4}))?\b")
_SOURCE = re.compile(r"[\[(]([^\])]*)[\])]\s*$")
_DAY = re.compile(r"(\d{1,2})\s+([A-Z]{3})[A-Z]*(?:\s+(\d{2,4}))?")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_INT = re.compile(r"\d+")
_TYPE_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
#: Slot names by number; the key's own text after the number must start with it.
SLOT_NAMES = {
    0: "MESSAGE: ID", 1: "MESSAGE: TEMPLATE", 2: "INCIDENT: DATE", 3: "INCIDENT: LOCATION",
    4: "INCIDENT: TYPE", 5: "INCIDENT: STAGE OF EXECUTION", 10: "PERP: ORGANIZATION ID",
    18: "HUM TGT: NAME", 19: "HUM TGT: DESCRIPTION", 21: "HUM TGT: NUMBER",
    23: "HUM TGT: EFFECT OF INCIDENT",
}  # fmt: skip
_SLOT_LINE = re.compile(r"^(\d{1,2})\.\s+")


@dataclass(frozen=True)
class DayRange:
    """Inclusive; ``start`` None means "on or before ``end``"."""

    start: dt.date | None
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        lo = self.start or self.end - dt.timedelta(days=OPEN_RANGE_DAYS)
        return lo <= day <= self.end


@dataclass(frozen=True)
class KeyLocation:
    country: str | None
    country_code: str | None
    places: tuple[str, ...]  # the most specific names (two for "A - B")


@dataclass(frozen=True)
class MucTemplate:
    message_id: str
    number: str
    optional: bool
    dates: tuple[DayRange, ...]
    locations: tuple[KeyLocation, ...]
    types: frozenset[str]
    stages: frozenset[str]
    perp_orgs: tuple[str, ...]
    deaths: int | None

    @property
    def qualifies(self) -> bool:
        return bool(self.types & QUALIFYING_TYPES) and "ACCOMPLISHED" in self.stages


@dataclass(frozen=True)
class MucMessage:
    article: Article
    templates: tuple[MucTemplate, ...]

    @property
    def relevant(self) -> bool:
        return any(t.qualifies and not t.optional for t in self.templates)

    @property
    def optional_only(self) -> bool:
        return not self.relevant and any(t.qualifies for t in self.templates)


# ---------------------------------------------------------------- texts


def _parse_day(text: str, published: dt.date | None) -> dt.date | None:
    m = _DAY.search(text)
    if m is None or m.group(2) not in MONTHS:
        return None
    day, month = int(m.group(1)), MONTHS[m.group(2)]
    year_text = m.group(3)
    try:
        if year_text:
            year = int(year_text)
            year += 1900 if year < 100 else 0
            return dt.date(year, month, day)
        if published is None:
            return None
        guess = dt.date(published.year, month, day)
        return guess if guess <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def _reflow(lines: Sequence[str]) -> str:
    paras: list[str] = []
    cur: list[str] = []
    for line in lines:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def _dateline_day(text: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """(date, (month, day) when the year is missing) of a dateline's date part."""
    m = _DAY.search(text) or _DAY_MONTH_FIRST.search(text)
    if m is None:
        return None, None
    if m.re is _DAY:
        day_s, mon_s, year_s = m.group(1), m.group(2), m.group(3)
    else:
        mon_s, day_s, year_s = m.group(1), m.group(2), m.group(3)
    if mon_s not in MONTHS:
        return None, None
    if not year_s:
        return None, (MONTHS[mon_s], int(day_s))
    year = int(year_s) + (1900 if len(year_s) == 2 else 0)
    try:
        return dt.date(year, MONTHS[mon_s], int(day_s)), None
    except ValueError:
        return None, None


def article_from_message(
    msg_id: str, lines: Sequence[str], year_hint: int | None = None
) -> Article:
    """One message; ``year_hint`` (the last dated message's year) completes a yearless date."""
    text = _reflow(lines)
    head, sep, _ = text.partition("--")
    dateline = source = None
    published = None
    if sep and "\n" not in head and "," in head:
        place, _, rest = head.partition(",")
        dateline = place.strip() or None
        m = _SOURCE.search(rest)
        if m:
            source = m.group(1).strip() or None
            rest = rest[: m.start()]
        if "NO DATE" not in rest:
            published, month_day = _dateline_day(rest)
            if published is None and month_day and year_hint:
                try:
                    published = dt.date(year_hint, *month_day)
                except ValueError:
                    published = None
    return Article(id=msg_id, text=text, published=published, source=source, dateline=dateline)


def parse_texts(path: Path) -> list[Article]:
    out: list[Article] = []
    msg_id: str | None = None
    body: list[str] = []
    year: int | None = None
    with path.open(encoding="latin-1") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            m = _ID_LINE.match(line)
            if m:
                if msg_id is not None:
                    out.append(article_from_message(msg_id, body, year))
                    year = out[-1].published.year if out[-1].published else year
                msg_id, body = m.group(1), []
            elif msg_id is not None:
                body.append(line)
    if msg_id is not None:
        out.append(article_from_message(msg_id, body, year))
    return out


# ---------------------------------------------------------------- keys


def split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == '"':
            end = text.find('"', i + 1)
            while end > 0 and text[end - 1] == "\\":
                end = text.find('"', end + 1)
            i = end if end > 0 else len(text)
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _unwrap(text: str) -> str:
    text = text.strip().lstrip("?").strip()
    while text.startswith("(") and text.endswith(")"):
        depth = 0
        for i, ch in enumerate(text):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and i < len(text) - 1:
                return text
        text = text[1:-1].strip()
    return text


def _empty(value: str) -> bool:
    return value.strip() in ("", "-", "*")


def parse_dates(value: str, published: dt.date | None) -> tuple[DayRange, ...]:
    out: list[DayRange] = []
    if _empty(value):
        return ()
    for alt in split_top(value, "/"):
        alt = _unwrap(alt)
        if alt.startswith("-"):
            end = _parse_day(alt[1:], published)
            if end:
                out.append(DayRange(None, end))
            continue
        ends = [_parse_day(p, published) for p in alt.split(" - ")]
        days = [d for d in ends if d]
        if len(days) == 2 and days[0] <= days[1]:
            out.append(DayRange(days[0], days[1]))
        elif days:
            out.append(DayRange(days[0], days[0]))
    return tuple(out)


def _place_name(part: str) -> str:
    return _TYPE_PAREN.sub("", part.strip().lstrip("?").strip()).strip()


def parse_locations(value: str) -> tuple[KeyLocation, ...]:
    out: list[KeyLocation] = []
    if _empty(value):
        return ()
    for alt in split_top(value, "/"):
        alt = _unwrap(alt)
        if _empty(alt):
            continue
        parts = split_top(alt, ":")
        country = _place_name(parts[0])
        code = COUNTRY_CODES.get(country)
        places: tuple[str, ...] = ()
        if len(parts) > 1:
            places = tuple(n for n in (_place_name(p) for p in split_top(parts[-1], " - ")) if n)
        out.append(KeyLocation(country or None, code, places))
    return tuple(out)


def _set_fills(value: str) -> frozenset[str]:
    if _empty(value):
        return frozenset()
    return frozenset(_unwrap(p) for p in split_top(value, "/") if not _empty(_unwrap(p)))


def _strings(value: str) -> list[str]:
    return [s.replace('\\"', '"') for s in _QUOTED.findall(value)]


def parse_deaths(effects: Sequence[str], numbers: Sequence[str]) -> int | None:
    """Sum of the numbers of targets whose effect is DEATH; None when any is not a number."""
    counted: list[tuple[frozenset[str], int | None]] = []
    for line in numbers:
        head, _, rest = line.partition(":")
        m = _INT.search(head)
        counted.append((frozenset(_strings(rest)), int(m.group()) if m else None))
    total = 0
    seen = False
    for line in effects:
        head, _, rest = line.partition(":")
        fills = {_unwrap(p) for p in head.split("/")}
        if "DEATH" not in fills:
            continue
        seen = True
        names = set(_strings(rest))
        found = [n for s, n in counted if s & names]
        if not found or found[0] is None:
            return None
        total += found[0]
    return total if seen else None


def _template(slots: dict[int, list[str]], published: dict[str, dt.date | None]) -> MucTemplate:
    def one(n: int) -> str:
        return " ".join(slots.get(n, [])).strip()

    msg_id = one(0).split()[0] if one(0) else ""
    number = one(1)
    return MucTemplate(
        message_id=msg_id,
        number=number,
        optional="OPTIONAL" in number,
        dates=parse_dates(one(2), published.get(msg_id)),
        locations=parse_locations(one(3)),
        types=_set_fills(one(4)),
        stages=_set_fills(one(5)),
        perp_orgs=tuple(dict.fromkeys(_strings(one(10)))),
        deaths=parse_deaths(slots.get(23, []), slots.get(21, [])),
    )


def parse_keys(
    path: Path, published: dict[str, dt.date | None] | None = None
) -> dict[str, list[MucTemplate]]:
    """Message id -> its templates (an empty list for a ``*`` key: no relevant incident)."""
    pub = published or {}
    out: dict[str, list[MucTemplate]] = {}
    slots: dict[int, list[str]] | None = None
    current: int | None = None

    def flush() -> None:
        if slots is None:
            return
        t = _template(slots, pub)
        if not t.message_id:
            return
        templates = out.setdefault(t.message_id, [])
        if t.number.strip().lstrip("?").strip() not in ("*", ""):
            templates.append(t)

    with path.open(encoding="latin-1") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip() or line.startswith(";"):
                continue
            m = _SLOT_LINE.match(line)
            if m:
                n = int(m.group(1))
                rest = line[m.end() :]
                name = SLOT_NAMES.get(n)
                if n == 0:
                    flush()
                    slots = {}
                current = n
                if slots is None:
                    continue
                if name is not None and rest.startswith(name):
                    slots.setdefault(n, []).append(rest[len(name) :].strip())
                elif name is not None:
                    raise DatasetError(f"{path}: slot {n} is not {name!r}: {line!r}", FOLDER)
            elif line[:1].isspace() and slots is not None and current in SLOT_NAMES:
                slots.setdefault(current, []).append(line.strip())
    flush()
    return out


# ---------------------------------------------------------------- reading a folder


def _corpus_root(data_dir: Path | None) -> Path:
    return data_dir_for(FOLDER, data_dir)


def _first_line(path: Path) -> str:
    try:
        with path.open(encoding="latin-1") as fh:
            for line in fh:
                if line.strip():
                    return line.rstrip("\r\n")
    except OSError:
        return ""
    return ""


def find_files(root: Path) -> tuple[list[Path], list[Path]]:
    """(text files, key files) under ``root``, sorted by path."""
    texts: list[Path] = []
    keys: list[Path] = []
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.suffix in (".json", ".jsonl", ".md", ".gz", ".tar"):
            continue
        if p.name.startswith("key-"):
            keys.append(p)
        elif not p.name.endswith(".mixed-case") and _ID_LINE.match(_first_line(p)):
            texts.append(p)
    return texts, keys


def _in_split(msg_id: str, split: str) -> bool:
    prefix = msg_id.split("-", 1)[0].upper()
    if split == "all":
        return True
    if split == "tst":
        return prefix.startswith("TST")
    return prefix == split.upper()


def read_muc4(data_dir: Path | None = None, split: str = "tst") -> tuple[list[MucMessage], int]:
    """Messages of the split in file order, and how many texts had no key."""
    root = _corpus_root(data_dir)
    text_files, key_files = find_files(root)
    if not text_files or not key_files:
        raise DatasetError(f"no MUC texts or key-* files under {root}", FOLDER)
    articles = [a for f in text_files for a in parse_texts(f) if _in_split(a.id, split)]
    if not articles:
        raise DatasetError(f"no messages of split {split!r} under {root}", FOLDER)
    published = {a.id: a.published for a in articles}
    keys: dict[str, list[MucTemplate]] = {}
    for f in key_files:
        for msg_id, templates in parse_keys(f, published).items():
            keys.setdefault(msg_id, []).extend(templates)
    out = [MucMessage(a, tuple(keys[a.id])) for a in articles if a.id in keys]
    return out, len(articles) - len(out)


# ---------------------------------------------------------------- scoring


def _type_ok(template: MucTemplate, event: Event) -> bool:
    if "ATTACK" in template.types:
        return True
    if "BOMBING" in template.types:
        return event.event_type == "Explosions/Remote violence"
    return event.event_type == "Violence against civilians"


def _date_ok(template: MucTemplate, event: Event) -> bool:
    day = event.date.day
    return day is not None and any(r.contains(day) for r in template.dates)


def align(templates: Sequence[MucTemplate], events: Sequence[Event]) -> dict[int, int]:
    """Event index -> template index, one to one, best pairs first."""
    pairs = [
        (-(2 * _date_ok(t, e) + _type_ok(t, e)), ti, -e.confidence, ei)
        for ti, t in enumerate(templates)
        for ei, e in enumerate(events)
    ]
    pairs.sort()
    used_t: set[int] = set()
    out: dict[int, int] = {}
    for _, ti, _, ei in pairs:
        if ti in used_t or ei in out:
            continue
        out[ei] = ti
        used_t.add(ti)
    return out


def detect_events(coded: CodedArticle) -> list[Event]:
    events = [e for e in current_events(coded) if e.event_type in DETECT_TYPES]
    return sorted(events, key=lambda e: -e.confidence)


def score_slots(msg: MucMessage, coded: CodedArticle) -> dict[str, bool | None]:
    """Slot results for a relevant, detected report; None where the key has no fill."""
    events = detect_events(coded)
    templates = [t for t in msg.templates if t.qualifies]
    ev = events[0]
    mapping = align(templates, events)
    if 0 in mapping:
        t = templates[mapping[0]]
    else:
        t = max(templates, key=lambda x: 2 * _date_ok(x, ev) + _type_ok(x, ev))
    loc = ev.location
    res: dict[str, bool | None] = {}
    codes = {k.country_code for k in t.locations if k.country_code}
    res["country"] = (loc is not None and loc.country_code in codes) if codes else None
    places = {norm(p) for k in t.locations for p in k.places}
    if places:
        names = {norm(loc.name), norm(loc.text)} if loc is not None else set()
        res["place"] = bool(names & places)
    else:
        res["place"] = None
    if t.dates:
        days = [e.date.day for e in current_events(coded) if e.date.day is not None]
        res["date"] = any(r.contains(d) for r in t.dates for d in days)
    else:
        res["date"] = None
    if t.perp_orgs:
        perps = [norm(a.name) + "|" + norm(a.text) for a in ev.actors if a.role == "perpetrator"]
        res["perpetrator"] = any(norm(o) and norm(o) in p for o in t.perp_orgs for p in perps)
    else:
        res["perpetrator"] = None
    res["deaths"] = count_value(ev.fatalities) == t.deaths if t.deaths is not None else None
    return res


SLOTS = ("country", "place", "date", "perpetrator", "deaths")


def score_messages(
    msgs: Sequence[MucMessage], coded_all: Iterable[CodedArticle], split: str, notes: list[str]
) -> EvalReport:
    tp = n_sys = n_gold = excluded = 0
    slot_rows: list[dict[str, bool | None]] = []
    for msg, coded in zip(msgs, coded_all, strict=True):
        if coded.article.id != msg.article.id:
            raise DatasetError(
                f"coder returned {coded.article.id!r} for {msg.article.id!r}", FOLDER
            )
        if msg.optional_only:
            excluded += 1
            continue
        detected = bool(detect_events(coded))
        n_sys += detected
        n_gold += msg.relevant
        if detected and msg.relevant:
            tp += 1
            slot_rows.append(score_slots(msg, coded))
    metrics: list[Metric] = list(prf("detection", tp, n_sys, n_gold))
    for s in SLOTS:
        scored = [r[s] for r in slot_rows if r[s] is not None]
        metrics.append(ratio(f"{s} | relevant+detected", sum(bool(v) for v in scored), len(scored)))
    if excluded:
        notes.append(f"{excluded} report(s) with only optional templates left out of detection")
    return EvalReport("muc4", split, len(msgs), tuple(metrics), tuple(notes))


def evaluate(
    coder: Coder,
    request: EvalRequest,
) -> EvalReport:
    split = (request.split or "tst").lower()
    msgs, unkeyed = read_muc4(request.data_dir, split)
    chosen, notes = request.choose(msgs, lambda m: m.article.id)
    if unkeyed:
        notes.append(f"{unkeyed} message(s) without a key left out")
    return score_messages(chosen, coder(m.article for m in chosen), split, notes)
