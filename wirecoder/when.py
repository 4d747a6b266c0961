"""Dates in report text: absolute and relative, each with its precision.

``find_dates`` finds key words (numbers, month and weekday names, "yesterday", "week",
...) in one pass over a lower-cased copy of the text, tries the precompiled date patterns
only there, and resolves every mention against the publication date (about 0.15 ms for a
2,000-character report). Conventions (they decide what a coder sees):

* "on Friday", "late on Friday", "Friday night", "Friday's attack": the last Friday on or
  before publication (a Thursday report's "Thursday" is that same day). "last Friday" is
  the last Friday strictly before publication; "next Friday" the first one after it.
  In a report that also names its publication day or the day before, the weekday after
  publication's is the day after publication, not six days back: a web page keeps the
  stamp of its first version while its updates tell of the next day ("shot Wednesday
  night ... underwent surgery Friday" under a Thursday stamp). "last week" in the
  report keeps the six days back.
* A page stamp at the head of the text ("Created: 08/09/2014", "Posted: Sunday, July 26,
  2015") more than two days older than the publication date given is what relative
  dates count from: an archived copy's date is when it was fetched.
* "today", "tonight", "this morning/afternoon/evening": the publication day.
  "yesterday" and "last night": publication day - 1. Wire reports are dated the morning
  after most night-time incidents, so "last night" is the evening before publication.
  "overnight" is not read: it is as often an adjective ("an overnight curfew").
* "N days ago": publication - N, day precision. "the day before", "the previous day",
  "the next day", "N days earlier/later" count from the last day-precision date mentioned
  before them in the same text; with none, they are skipped.
* Weeks start on Monday: "last week" is the Monday of the previous week, "this week" and
  "earlier this week" the Monday of the publication week, precision "week". A weekend
  ("over the weekend", "last weekend") keeps its own first day, the Saturday, with
  precision "week": its Monday is two days after it ends, never the incident's day.
* "a weekend shooting", "the weekend's killings": the last weekend (this one in a weekend's
  report), as "over the weekend". "killed last week ... shot Wednesday" in a Saturday
  report: the Wednesday of last week (see ``narrow``).
* Holidays that name a day ("on New Year's Eve", "Thanksgiving Day", "the Easter
  shooting", "Memorial Day"): the most recent such day on or before publication (two
  days' slack), or the year written after it; see wirecoder/_when_words.py. "Memorial Day
  weekend", "a Christmas party", "a traditional St. Patrick's Day" are no day.
* "last month" / "this month" / "N months ago": that month; "last year" / "this year" /
  "N years ago" / "in 2012": that year.
* A month and day with no year ("July 7", "2 October", "ON 16 NOVEMBER") take the most
  recent such day on or before publication, allowing two days after it for time zones.
  A month with no year after a preposition ("in May", "since March", "last June") takes
  the most recent such month; its kind is "month_year" with ``explicit_year`` False.
* Two-digit years ("16 NOV 89", "'89") take the latest year with those digits not after
  the year following publication; with no publication date, 50-99 -> 19xx, 00-49 -> 20xx.
  A bare two-digit year is read only where punctuation or a line end follows it, so that
  "on 3 March 12 people died" stays "3 March".
* Numeric dates: "2014-01-01" and "1/2/2014" (month first unless the first number is
  above 12, as wire copy from the US dominates English news).
* With no publication date, everything relative gets ``value=None`` and precision
  "unresolved"; dates that carry their own year still resolve. A date is never invented.

Not dates: lower-case "may"/"march", "Theresa May", ages ("20-year-old"), times, "24
hours", bare numbers ("2000 people", "1,200"), "9/11", decades ("the 1990s"), and a
four-digit year unless a preposition precedes it or it belongs to a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace

from wirecoder._when_words import ACT_AFTER, HOLIDAY, HOLIDAY_KEY, NOT_A_DAY_BEFORE, holiday_day
from wirecoder.model import DatePrecision, EventDate, Part, Span

__all__ = ["DateMention", "died_on", "find_dates", "incident_date", "narrow", "recent"]


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, resolved against the publication date.

    ``kind`` is one of "absolute", "month_day", "weekday", "relative_day",
    "relative_week", "relative_month", "month_year", "year", "relative_year".
    """

    date: EventDate
    kind: str
    explicit_year: bool


# ---------------------------------------------------------------- vocabulary

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

# Month tokens that are ordinary words when written in lower case ("may be", "a march").
_LOWER_CASE_WORDS = frozenset({"may", "march", "august", "jan", "mar", "dec", "sep", "oct"})
# Words before a weekday that make it a named day, not a date ("Bloody Sunday").
_WEEKDAY_NAME_BEFORE = frozenset(
    {"bloody", "black", "good", "super", "ash", "palm", "easter", "holy", "cyber",
     "maundy", "shrove", "fat", "casual", "giving"}
)  # fmt: skip
# Capitalised words after a weekday that make it a title ("Sunday Times").
_WEEKDAY_NAME_AFTER = frozenset(
    {"times", "telegraph", "express", "mirror", "herald", "post", "tribune", "mail",
     "independent", "observer", "standard", "sport", "world", "people", "star",
     "business", "guardian", "review", "magazine", "edition", "show"}
)  # fmt: skip
# After a bare "May", only these words leave it a month ("in May the army ..." but not
# "since May took office").
_MAY_FOLLOWERS = frozenset(
    {"and", "or", "but", "last", "this", "next", "of", "when", "that", "the", "a", "an",
     "to", "in", "on", "at", "after", "before", "until", "as", "while", "with", "for",
     "from", "amid", "during", "there", "year", "alone", "so"}
)  # fmt: skip
# "USA Today" and "Russia Today" are titles; "Egypt today" is the country now.
_TITLES_BEFORE_TODAY = frozenset({"USA", "Russia"})

_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])"
)
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM_RE = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A number right after a date that is really a count ("On May 5, 2000 people ...").
_COUNT_NOUN = (
    r"(?!\s+(?:people|persons|men|women|children|civilians|soldiers|troops|police"
    r"|policemen|officers|students|protesters|demonstrators|militants|fighters|rebels"
    r"|insurgents|residents|refugees|families|homes|houses|cases|votes|dollars|euros"
    r"|pounds|rupees|tons|tonnes|km|kilomet|miles|metres|meters|feet|hectares|acres"
    r"|vehicles|cars|rounds|bullets|rockets|shells|members|supporters|workers|inmates"
    r"|prisoners|detainees|hostages|passengers|victims|deaths|dead|killed|injured"
    r"|wounded|arrested|were|are|have|had|gmt|utc|hours|hrs|local\s+time)\b)"
)
_DAY_RE = r"(?<![\d.,/:$#£€-])[0-3]?\d(?:st|nd|rd|th)?"
_YEAR4 = r"(?:1[89]\d\d|20\d\d)(?![\d%]|[.,]\d|s\b|-(?!\d))" + _COUNT_NOUN
# A bare two-digit year only where punctuation or a line end follows it.
_YEAR2 = r"(?:'\d\d|\d\d(?=[ \t]*(?:[(\[,.;:)\-–—\n]|\Z)))(?![\d%])"
_DAY_END = r"(?![\d%]|[.,:]\d|-[a-z]|\s*(?:%|per\s*cent|percent|km\b|p\.?m\b|a\.?m\b|gmt\b))"

# Words that make a following four-digit number a year, or a bare month name a month.
_YEAR_PREPOSITIONS = frozenset(
    {"in", "since", "of", "during", "by", "until", "till", "from", "through", "throughout",
     "before", "after", "early", "late", "mid", "around"}
)  # fmt: skip
_MONTH_PREPOSITIONS = frozenset(
    {"in", "since", "during", "until", "till", "from", "through", "throughout", "last",
     "this", "early", "late", "mid", "before", "after"}
)  # fmt: skip

# Dates that start at a number, a month or a weekday, tried with ``match`` where the
# key scan found one. Alternatives are tried in order, so longer forms come first.
_PATTERN = re.compile(
    r"\b(?:"
    r"(?P<iso>(?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))(?![\d-])"
    r"|(?P<slash>(?<![\d/.])(?P<sl_a>[01]?\d|[0-3]\d)/(?P<sl_b>[0-3]?\d)/"
    r"(?P<sl_y>(?:1[89]|20)\d\d|\d\d))(?![\d/])"
    rf"|(?P<dmy>(?P<dmy_d>{_DAY_RE})(?:\s+of)?\s+(?P<dmy_m>{_MONTH_RE}),?\s+"
    rf"(?P<dmy_y>{_YEAR4}|{_YEAR2}))"
    rf"|(?P<dm>(?P<dm_d>{_DAY_RE})(?:\s+of)?\s+(?P<dm_m>{_MONTH_RE}))"
    rf"|(?P<mdy>(?P<mdy_m>{_MONTH_RE})\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    rf"(?P<mdy_y>{_YEAR4}|{_YEAR2}))"
    rf"|(?P<my>(?P<my_m>{_MONTH_RE}),?\s+(?:of\s+)?(?P<my_y>{_YEAR4}))"
    rf"|(?P<md>(?P<md_m>{_MONTH_RE})\s+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b{_DAY_END})"
    rf"|(?P<bm>{_MONTH_RE})(?!\s*\d|['’]s)"
    rf"|(?<![\d,.])(?P<year>{_YEAR4})"
    rf"|(?P<wd>{_WEEKDAY_RE})(?![a-z])"
    r")",
    re.IGNORECASE,
)
# Relative dates, tried at the few words before a key word ("two days ago", "last week").
_RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<dby>the\s+day\s+before\s+yesterday)\b"
    r"|(?P<yday>yesterday)\b"
    r"|(?P<lnight>(?<!the\s)last\s+night)\b"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))\b"
    rf"|(?P<ago>(?P<ago_n>{_NUM_RE}|a\s+couple\s+of)\s+(?P<ago_u>day|week|month|year)s?"
    r"\s+ago)\b"
    r"|(?P<anch>the\s+(?P<anch_w>day\s+before|previous\s+day|day\s+after|next\s+day"
    rf"|following\s+day)|(?P<anch_n>{_NUM_RE})\s+days?\s+(?P<anch_d>earlier|later))\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)"
    r"|(?P<week>(?<!the\s)last\s+week(?:end)?|(?:earlier\s+|later\s+)?this\s+week"
    r"|(?:over|at|during)\s+the\s+weekend"
    # "a weekend shooting", "the weekend's killings": the last weekend's act.
    r"|weekend(?=(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:shootings?|killings?|slayings?|murders?|attacks?"
    r"|stabbings?|violence|gunfire|homicides?|rampage)\b))\b"
    r"|(?P<month>(?<!the\s)last\s+month|(?:earlier\s+|later\s+)?this\s+month)\b"
    r"|(?P<yr>(?<!the\s)last\s+year|(?:earlier\s+|later\s+)?this\s+year)\b"
    r")",
    re.IGNORECASE,
)
# The cheap first pass, run on the lower-cased text: it starts with a character class, so
# the regex engine skips in C to word starts, and one in a few hundred survives.
_KEY_BODY = (
    r"(?:(?P<num>\d)"
    r"|(?P<mon>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z]))"
    r"|(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z]))"
    r"|(?P<rel>(?:yesterday|today|tonight|night|morning|afternoon|evening|ago|weekend|week"
    r"|month|year|days?)(?![a-z]))"
    rf"|(?P<hol>{HOLIDAY_KEY}))"
)
_KEY = re.compile(r"[^a-z0-9]" + _KEY_BODY)
_KEY_ANYCASE = re.compile(r"[^a-zA-Z0-9]" + _KEY_BODY, re.IGNORECASE)
_ASCII_LETTERS = frozenset(string.ascii_letters)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_START = re.compile(r"\b\w")
# A weekday that a full date follows ("Saturday, July 18", "Sunday 9 August") is read
# from that date: the weekday alone would be resolved against publication.
_DATE_AFTER_WEEKDAY = re.compile(rf",?[ \t]+(?:the[ \t]+)?(?:{_MONTH_RE}[ \t]+\d|\d{{1,2}}(?:st|nd|rd|th)?"
                                 rf"(?:[ \t]+of)?[ \t]+{_MONTH_RE})", re.IGNORECASE)
#: How many words before a relative key word a phrase may start ("a couple of days ago").
_RELATIVE_REACH = 3


# ---------------------------------------------------------------- arithmetic


def _month_of(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _two_digit_year(yy: int, published: dt.date | None) -> int:
    if published is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    year = published.year + 1 - ((published.year + 1 - yy) % 100)
    return year


def _year_of(token: str, published: dt.date | None) -> int:
    token = token.lstrip("'")
    return int(token) if len(token) == 4 else _two_digit_year(int(token), published)


def _recent_month_day(month: int, day: int, published: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` on or before publication (+2 days of time-zone slack)."""
    limit = published + dt.timedelta(days=2)
    for year in range(published.year + 1, published.year - 9, -1):
        if _valid_day(year, month, day):
            candidate = dt.date(year, month, day)
            if candidate <= limit:
                return candidate
    return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(token: str) -> int:
    token = token.lower()
    if token.startswith("a ") and "couple" in token:
        return 2
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


# ---------------------------------------------------------------- scanning

_DAY_KINDS = frozenset({"absolute", "month_day", "weekday", "relative_day"})
_AGO_KIND = {"day": "relative_day", "week": "relative_week", "month": "relative_month",
             "year": "relative_year"}  # fmt: skip
_RELATIVE_KIND = {"week": "relative_week", "month": "relative_month", "yr": "relative_year"}


class _Scan:
    """State of one ``find_dates`` call: the text, its anchor and the mentions so far."""

    def __init__(self, text: str, published: dt.date | None, offset: int, part: Part):
        self.text = text
        self.published = published
        self.offset = offset
        self.part = part
        self.mentions: list[DateMention] = []
        # The last day-level date, for "the day before" and "two days later".
        self.anchor: DateMention | None = None

    def add(
        self,
        start: int,
        end: int,
        value: dt.date | str | None,
        precision: DatePrecision,
        kind: str,
        explicit_year: bool = False,
    ) -> None:
        text_value = value.isoformat() if isinstance(value, dt.date) else value
        if text_value is None:
            precision = "unresolved"
        span = Span(self.offset + start, self.offset + end, self.text[start:end], self.part)
        mention = DateMention(EventDate(text_value, precision, span), kind, explicit_year)
        self.mentions.append(mention)
        if precision == "day" or (precision == "unresolved" and kind in _DAY_KINDS):
            self.anchor = mention

    def word_before(self, pos: int) -> tuple[str, int]:
        """The word before ``pos`` (past any punctuation) and where it starts."""
        # A backward walk, the same as searching ``([A-Za-z]+)\W*\Z`` in the 24 characters
        # before ``pos``: a regex search would try a match at every one of them.
        text = self.text
        lo = max(0, pos - 24)
        end = min(pos, len(text))
        while end > lo and not (text[end - 1].isalnum() or text[end - 1] == "_"):
            end -= 1
        if end <= lo or text[end - 1] not in _ASCII_LETTERS:
            return "", pos
        start = end - 1
        while start > lo and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        return text[start:end], start

    def word_after(self, pos: int) -> str:
        """The word right after ``pos`` when only blanks come between."""
        found = _WORD_AFTER.match(self.text, pos, pos + 30)
        return found.group(1) if found else ""


def _month_token_ok(token: str) -> bool:
    word = token.rstrip(".")
    return not (word.islower() and word in _LOWER_CASE_WORDS)


def _day_of(token: str) -> int:
    return int(token.lower().rstrip("stndrh"))


def _absolute(scan: _Scan, m: re.Match[str]) -> bool:
    """Record the date ``m`` stands for; False when it turns out to be no date."""
    branch = m.lastgroup or ""
    pub = scan.published
    start, end = m.span(branch)
    if branch == "iso":
        y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    elif branch == "slash":
        a, b, y = int(m["sl_a"]), int(m["sl_b"]), _year_of(m["sl_y"], pub)
        mo, d = (b, a) if a > 12 else (a, b)
    elif branch in ("dmy", "mdy"):
        token = m[f"{branch}_m"]
        if not _month_token_ok(token):
            return False
        y, mo, d = _year_of(m[f"{branch}_y"], pub), _month_of(token), _day_of(m[f"{branch}_d"])
    elif branch in ("dm", "md"):
        token = m[f"{branch}_m"]
        mo, d = _month_of(token), _day_of(m[f"{branch}_d"])
        if not _month_token_ok(token) or not _valid_day(2000, mo, d):
            return False
        scan.add(start, end, _recent_month_day(mo, d, pub) if pub else None, "day", "month_day")
        return True
    elif branch == "my":
        token = m["my_m"]
        if not _month_token_ok(token):
            return False
        month = f"{int(m['my_y']):04d}-{_month_of(token):02d}"
        scan.add(start, end, month, "month", "month_year", True)
        return True
    elif branch == "bm":
        return _bare_month(scan, m)
    elif branch == "year":
        return _year(scan, m)
    else:
        return _weekday(scan, m)
    if not _valid_day(y, mo, d):
        return False
    scan.add(start, end, dt.date(y, mo, d), "day", "absolute", True)
    return True


def _year(scan: _Scan, m: re.Match[str]) -> bool:
    if scan.word_before(m.start())[0].lower() not in _YEAR_PREPOSITIONS:
        return False  # "2000 people", "Resolution 2254": a number, not a year
    y, pub = int(m["year"]), scan.published
    if pub is not None and y > pub.year + 1:
        return False  # a plan ("by 2030") or a count, not an event's year
    scan.add(m.start(), m.end(), f"{y:04d}", "year", "year", True)
    return True


def _bare_month(scan: _Scan, m: re.Match[str]) -> bool:
    token = m["bm"]
    before = scan.word_before(m.start())[0].lower()
    if before not in _MONTH_PREPOSITIONS or not _month_token_ok(token):
        return False
    mo = _month_of(token)
    if mo == 5 and token.lower() == "may":
        after = scan.word_after(m.end()).lower()
        if after and after not in _MAY_FOLLOWERS:
            return False  # "since May took office": the prime minister, not the month
    pub = scan.published
    value: str | None = None
    if pub is not None:
        year = pub.year if mo <= pub.month else pub.year - 1
        if before == "last" and mo == pub.month:
            year -= 1
        value = f"{year:04d}-{mo:02d}"
    scan.add(m.start(), m.end(), value, "month", "month_year")
    return True


def _weekday(scan: _Scan, m: re.Match[str]) -> bool:
    word = m["wd"]
    before, before_start = scan.word_before(m.start())
    modifier = before.lower()
    if modifier in _WEEKDAY_NAME_BEFORE:
        return False
    after = scan.word_after(m.end())
    if after[:1].isupper() and after.lower() in _WEEKDAY_NAME_AFTER:
        return False
    if _DATE_AFTER_WEEKDAY.match(scan.text, m.end()):
        return False
    start = m.start()
    if modifier in ("last", "next", "past") and m.start() - before_start - len(before) <= 2:
        start = before_start
    else:
        modifier = ""
    pub = scan.published
    value: dt.date | None = None
    if pub is not None:
        weekday = _WEEKDAYS[word.lower()]
        if modifier == "next":
            value = pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
        else:
            back = (pub.weekday() - weekday) % 7
            if modifier and back == 0:
                back = 7
            value = pub - dt.timedelta(days=back)
    scan.add(start, m.end(), value, "day", "weekday")
    return True


def _relative(scan: _Scan, m: re.Match[str]) -> bool:
    branch = m.lastgroup or ""
    pub = scan.published
    start, end = m.span(branch)
    if branch == "anch":
        anchor = scan.anchor
        if anchor is None:
            return False  # relative to nothing we know: skipped, never guessed
        words = (m["anch_w"] or m["anch_d"]).lower()
        step = _number(m["anch_n"]) if m["anch_n"] else 1
        sign = -1 if ("before" in words or "previous" in words or "earlier" in words) else 1
        day = anchor.date.day
        value = day + dt.timedelta(days=sign * step) if day else None
        scan.add(start, end, value, "day", "relative_day")
        return True
    if (
        branch == "today"
        and m[branch] == "Today"
        and (scan.word_before(start)[0] in _TITLES_BEFORE_TODAY)
    ):
        return False
    if pub is None:
        if branch == "ago":
            kind = _AGO_KIND[m["ago_u"].lower()]
        else:
            kind = _RELATIVE_KIND.get(branch, "relative_day")
        scan.add(start, end, None, "unresolved", kind)
        return True
    one = dt.timedelta(days=1)
    if branch == "dby":
        scan.add(start, end, pub - 2 * one, "day", "relative_day")
    elif branch in ("yday", "lnight"):
        scan.add(start, end, pub - one, "day", "relative_day")
    elif branch == "today":
        scan.add(start, end, pub, "day", "relative_day")
    elif branch == "ago":
        n, unit = _number(m["ago_n"]), m["ago_u"].lower()
        if unit == "day":
            scan.add(start, end, pub - n * one, "day", "relative_day")
        elif unit == "week":
            scan.add(start, end, _monday(pub - 7 * n * one), "week", "relative_week")
        elif unit == "month":
            y, mo = _add_months(pub.year, pub.month, -n)
            scan.add(start, end, f"{y:04d}-{mo:02d}", "month", "relative_month")
        else:
            scan.add(start, end, f"{pub.year - n:04d}", "year", "relative_year")
    elif branch == "week":
        phrase = m[branch].lower()
        monday = _monday(pub)
        if phrase.startswith("last") or ("weekend" in phrase and pub.weekday() < 5):
            monday -= 7 * one
        # A weekend is a period of its own: it keeps its first day, the Saturday.
        first = monday + 5 * one if "weekend" in phrase else monday
        scan.add(start, end, first, "week", "relative_week")
    elif branch == "month":
        delta = -1 if m[branch].lower().startswith("last") else 0
        y, mo = _add_months(pub.year, pub.month, delta)
        scan.add(start, end, f"{y:04d}-{mo:02d}", "month", "relative_month")
    else:  # "yr"
        delta = 1 if m[branch].lower().startswith("last") else 0
        scan.add(start, end, f"{pub.year - delta:04d}", "year", "relative_year")
    return True


def _holiday(scan: _Scan, pos: int, done: int) -> int:
    """A holiday named at ``pos`` ("on New Year's Eve"): its most recent day on or before
    publication (two days' slack, as for a month and day), or the year written after it."""
    m = HOLIDAY.match(scan.text, pos)
    if m is None or (NOT_A_DAY_BEFORE.search(scan.text, max(0, pos - 20), pos)
                     and not ACT_AFTER.match(scan.text, m.end())):
        return done
    pub = scan.published
    value: dt.date | None = None
    if m["year"]:
        value = holiday_day(m, int(m["year"]))
    elif pub is not None:
        limit = pub + dt.timedelta(days=2)
        value = next(day for year in (pub.year + 1, pub.year, pub.year - 1)
                     for day in [holiday_day(m, year)] if day <= limit)
    scan.add(m.start(), m.end(), value, "day", "absolute" if m["year"] else "month_day",
             bool(m["year"]))
    return m.end()


def _relative_at(scan: _Scan, key: int, done: int) -> int:
    """Try the relative phrases that may end in the key word at ``key``; new ``done``."""
    text = scan.text
    if key and text[key - 1] == "-":
        return done  # "52-year-old", "three-day"
    starts = [w.start() for w in _WORD_START.finditer(text, max(done, key - 40), key)]
    for start in [*starts[-_RELATIVE_REACH:], key]:
        m = _RELATIVE.match(text, start)
        if m is not None and m.end() > key and _relative(scan, m):
            return m.end()
    return done


# "Created: 08/09/2014 5:14 AM", "Posted: Sunday, July 26, 2015" at a page's head.
_STAMP_HEAD = re.compile(r"\b(?:posted|created|published)\b:?[ \t]+(?:on[ \t]+)?(?:[A-Za-z]+,?[ \t]+)?"
                         r"(?=[0-9A-Za-z])", re.IGNORECASE)
#: How far into a report its page stamp may stand.
_STAMP_REACH = 600


def _page_stamp(text: str, published: dt.date) -> dt.date:
    """The date relative dates count from: the page's own first stamp where it is older
    than the publication date given (an archive's copy of an older page)."""
    best = published
    for m in _STAMP_HEAD.finditer(text, 0, _STAMP_REACH):
        d = _PATTERN.match(text, m.end())
        if d is None or d.lastgroup not in ("iso", "slash", "mdy", "dmy"):
            continue
        scan = _Scan(text, published, 0, "text")
        if _absolute(scan, d) and scan.mentions:
            day = scan.mentions[0].date.day
            if day is not None and day < best - dt.timedelta(days=2):
                best = day
    return best


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    offset: int = 0,
    part: Part = "text",
) -> list[DateMention]:
    """Every date mention in ``text``, in order, resolved against ``published``.

    Spans are offsets into the whole article: ``offset`` is where ``text`` starts in it,
    so ``span.text == text[span.start - offset:span.end - offset]``.
    """
    if published is not None:
        published = _page_stamp(text, published)
    scan = _Scan(text, published, offset, part)
    # Key words are found in a lower-cased copy with one blank in front, so that a key's
    # start there is its start in ``text``; lower() keeps offsets except for a few
    # letters ("İ"), where the case-blind scan of the text itself takes over.
    lowered = " " + text.lower()
    keys = (
        _KEY.finditer(lowered)
        if len(lowered) == len(text) + 1
        else _KEY_ANYCASE.finditer(" " + text)
    )
    done = 0
    for key in keys:
        pos = key.start()
        if pos < done:
            continue
        if key.lastgroup == "rel":
            done = _relative_at(scan, pos, done)
            continue
        if key.lastgroup == "hol":
            done = _holiday(scan, pos, done)
            continue
        m = _PATTERN.match(text, pos)
        if m is not None and _absolute(scan, m):
            done = m.end()
    if published is not None:
        return _next_day_weekdays(_anchored_weekdays(scan.mentions, text, offset, published),
                                  published)
    return scan.mentions


_WEEKDAY_BEFORE_DATE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+(?:the[ \t]+)?$",
                                  re.IGNORECASE)


def _anchored_weekdays(mentions: list[DateMention], text: str, offset: int,
                       published: dt.date) -> list[DateMention]:
    """A bare weekday the report elsewhere gives with its date ("Photo taken Tuesday
    May 17 ... officials respond Tuesday") is that date, whatever week publication
    would put it in."""
    anchors: dict[int, dt.date] = {}
    for m in mentions:
        day, sp = m.date.day, m.date.span
        if m.kind not in ("absolute", "month_day") or day is None or sp is None \
                or not 0 <= (published - day).days <= 14:
            continue
        start = sp.start - offset
        w = _WEEKDAY_BEFORE_DATE.search(text, max(0, start - 14), start)
        if w is not None and _WEEKDAYS[w[1].lower() + "day"] == day.weekday():
            anchors.setdefault(day.weekday(), day)
    if not anchors:
        return mentions
    out = []
    for m in mentions:
        day, sp = m.date.day, m.date.span
        if m.kind == "weekday" and day is not None and sp is not None \
                and day.weekday() in anchors and day != anchors[day.weekday()] \
                and not sp.text.lower().startswith(("last", "next", "past")):
            m = replace(m, date=replace(m.date, value=anchors[day.weekday()].isoformat()))
        out.append(m)
    return out


def _next_day_weekdays(mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    """The weekday after publication's read as the day after it, not six days before,
    in a report that also tells of the publication day or the day before.

    A web report keeps the stamp of its first version while its updates tell of the next
    day ("shot Wednesday night ... underwent surgery Friday" in a report stamped
    Thursday): next to such recent days, six days back is rarely meant. A report that
    speaks of "last week" does reach that far back.
    """
    six = published - dt.timedelta(days=6)
    if not any(m.kind == "weekday" and m.date.day == six for m in mentions):
        return mentions
    near = (published, published - dt.timedelta(days=1))
    if not any(m.date.precision == "day" and m.date.day in near for m in mentions):
        return mentions
    if any(m.kind == "relative_week" and m.date.span is not None
           and m.date.span.text.lower().startswith("last") for m in mentions):
        return mentions
    nxt = (published + dt.timedelta(days=1)).isoformat()
    return [replace(m, date=replace(m.date, value=nxt))
            if m.kind == "weekday" and m.date.day == six and m.date.span is not None
            and not m.date.span.text.lower().startswith(("last", "past"))
            else m for m in mentions]


# -- which date is the incident's ------------------------------------------------

# A date right after these words bounds a period; it is not when the incident happened.
_NOT_EVENT_DATE = re.compile(r"\b(?:since|until|till|by|before|after|from|dormant|through|as of|expiring|expires)\s+"
                             r"(?:late\s+|early\s+|mid-?)?$", re.IGNORECASE)
# Nor is a birth date ("Date of Birth: 01/6/1992 Negligent Homicide", "born May 2, 1990").
_BIRTH = re.compile(r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|born(?:\s+on)?):?\s+$", re.IGNORECASE)
# A date told with what came after the incident: the telling, the arrest, the court, the
# inquiry ("police said Thursday", "was arrested early Tuesday", "booked Smith on Sunday",
# "was arraigned on nine counts Monday", "told Reuters on Saturday"). A few words may
# stand between the verb and the date, none of them about the violence itself.
_FOLLOW_UP = re.compile(
    r"\b(?:(?:said|says|announced|reported|added|confirmed|stated|testified|explained)"
    r"(?P<say>(?:\s+(?:in|via|on|during|at)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|release|account|post|interview|conference|briefing|email|e-mail|tweet"
    r"|video|letter))?)"
    r"|(?:told|tells|declined|refused|identified|named|released|arrested|booked|charged"
    r"|arraigned|indicted|sentenced|convicted|jailed|surrendered|appeared|appears|pleaded|filed"
    r"|received|sided|entered|issued|accepted|spoke|interviewed|presented|sought|searching"
    r"|searched|reached|due|court|custody|at large|on the run|behind bars|turned \w+ in(?:to)?"
    r"|arrest|charges|unsealed"
    r"|continued|continue|continues|investigated|investigating|remained|remains|held"
    r"|scheduled|expected|planned|plan|plans|urged|updated|posted|published|underway"
    r"|on hand|(?:press|news) conference|vigil|funeral|hearing|arraignment"
    r"|ordered|guilty|bond|bail|locked up|resumed|underwent|surgery|confident|insisted"
    r"|announcing|wrapped up|captured|mourned|pictured|tune in|addressed|extradited"
    r"|questioned|questioning|trial|jury|verdict|learned|wrote|faced|judge|story"
    r"|(?:stable|critical|serious|fair|good|grave)\s+condition)"
    r",?(?P<mid>(?:\s+[\w'’,.:&$-]+){0,8}?))\s+(?:on\s+|late\s+|early\s+|as of\s+)?$",
    re.IGNORECASE)
_VIOLENCE_WORD = re.compile(
    r"shot|shoot|gun|fire|kill|dead|die|death|wound|injur|murder|slay|slain|stab|attack"
    r"|assault|incident|crash|body|bodies|call|respond|after|before|when|because|who|that"
    r"|in connection|kidnap|abduct|bomb|explo|blast|ambush|massac|took place|happened|occurr",
    re.IGNORECASE)
# "released on bail shortly before 8 a.m. Monday": "before" bounds a clock time, not an act.
_CLOCK_BOUND = re.compile(r"\b(?:before|after)\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|o['’]clock)"
                          r"|noon|midnight|dawn|sunrise|sunset)", re.IGNORECASE)
# The same told with the date first: "Officials Wednesday identified three people",
# "Authorities Sunday have identified".
_FOLLOW_UP_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?P<mid>,?(?:\s+[\w'’.-]+){0,5}?)"
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+)?"
    r"(?P<verb>said|told|identified|named|released|announced|arrested|charged|confirmed"
    r"|pleaded|indicted|arraigned|booked|filed|mourned|announcing"
    r"|continued|declined|urged|considered|interviewed|searched|spoke|accepted|sentenced"
    r"|ordered|ruled|denied|(?:press|news)\s+conference)\b",
    re.IGNORECASE)
# "Friday's court hearing", "a Monday vigil": the date of what followed.
_FOLLOW_UP_EVENT = re.compile(
    r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?(?:['’]s)?\s+(?:court\s+)?"
    r"(?:hearing|arraignment|vigil|funeral|memorial|(?:press|news)\s+conference"
    r"|story|article|editorial|e-?mail|(?:news\s+|press\s+)?release|statement)\b",
    re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"\s*(?:(?:on|late|early|by|as\s+of)\s+)?\Z", re.IGNORECASE)
# "March 12, 2015 7:26 AM" at a page's head: a date with its year right before a clock
# time is the page's stamp ("on March 12, 2015, at 7:26 a.m." still tells the incident).
_STAMP_TIME = re.compile(r"^,?\s+\d{1,2}:\d\d(?::\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)
# "the Saturday afternoon shooting", "Thursday's rampage": the date names the incident.
_NAMES_INCIDENT = re.compile(
    r"^(?:['’]s)?(?:\s+(?:late\s+|early\s+)?(?:night|morning|afternoon|evening))?['’]?s?\s+"
    r"(?:(?!(?:to|in|for|of|after|with|by|from)\s)\w+\s+)?(?:shootings?|killings?|slayings?|murders?|rampage|attacks?|stabbings?"
    r"|incident|violence|gunfire|gunfight|shootout|massacre|homicides?|deaths?)\b",
    re.IGNORECASE)
# A death told apart from the shooting ("was shot Thursday and died Saturday"): the
# shooting's date is the incident's when the sentence gives both.
_DEATH_DATE = re.compile(r"\b(?:died|dies|succumbed|passed away)\b(?:\s+[\w'’,.:-]+){0,6}?"
                         r"\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# "died after being shot Monday", "died in a shooting on Monday": the date is the act's.
_DEATH_OF_ACT = re.compile(r"\b(?:after|following|when|in|during|from)\b.*\b(?:shot|shooting|gunfire"
                           r"|fired|opened fire|attack|stabbed|stabbing|ambush|struck|accident)\b",
                           re.IGNORECASE)
# "died Wednesday after he was shot", "died Friday after shooting himself": the act told
# right after the death with no day of its own came the same day ("died Thursday, three
# days after he was shot" does give it one).
_SAME_DAY_ACT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:shortly\s+|soon\s+|hours\s+)?"
                           r"(?:after|following)\b(?:\s+[\w'’-]+){0,4}?\s+(?:shot|shooting|gunfire"
                           r"|fired|firing|attack|stabbed|stabbing|ambush|struck|accident|accidentally)\b",
                           re.IGNORECASE)
_WEEKDAY_TAIL = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+$", re.IGNORECASE)
_DATE_WORD = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[!?;]|[a-z]{2}\.|\n)\s*", re.DOTALL)
# A wire dateline: "CHATTANOOGA, Tenn., July 18 (Reuters) -" dates the report, not the act.
# (Only an agency named in mixed case, "(Reuters)": in older all-capital wire copy, "(AFP)",
# the dateline's day is mostly the day the report tells of.)
_DATELINE_AFTER = re.compile(r"\s*\([A-Z][a-z][A-Za-z.' ]{0,23}\)\s*[-–—]")
_CAPS_DATELINE_AFTER = re.compile(r"\s*\((?:UPI|AP|AFP|CNN|PTI|IANS|UNI)\)\s*[-–—]")
_STAMP_AFTER = re.compile(r"^[,\s]*(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?"
                          r"(?:last updated|updated|posted|\||$)|^,?\s+update\b", re.IGNORECASE)
# A date alone on its line ("By: Staff\n\nJanuary 8, 2015\n\n") or in a web archive's
# banner ("1 captures 20 May 16") stamps the page.
_OWN_LINE = re.compile(r"[ \t]*(?:\n|\Z)")
_ARCHIVE_LINE = re.compile(r"\d+\s+captures?\b", re.IGNORECASE)
# A photo's caption dates the picture: "In this April 2, 2001 photo", "Photo taken
# Monday, March 17, 2014", "(March 6, 2014/WXYZ)".
_PHOTO_AFTER = re.compile(r"(?:,?\s+(?:file\s+)?(?:photo|picture|image)\b|\s*/\s*[A-Z]"
                          r"|[.,]?\s*\(\s*(?:photo\b|[A-Z][\w.'’ -]{1,40}[/|]))",
                          re.IGNORECASE)
_PHOTO_BEFORE = re.compile(r"\b(?:photo|picture|image)\s+(?:taken|dated|shot)\s+(?:on\s+)?"
                           r"(?:\w+,?\s+)?$", re.IGNORECASE)
# What is yet to come is no incident's date, even among follow-ups.
_SCHEDULE = re.compile(r"\b(?:due|expected|scheduled|set\s+(?:for|to)|slated|will|plans?\s+to)\b"
                       r"(?P<mid>(?:\s+[\w'’,.-]+){0,6}?)\s+(?:on\s+|late\s+|early\s+)?$",
                       re.IGNORECASE)
# "JAY COUNTY, Ind. (Nov. 18, 2015) - A boy was shot", "UPDATE (6/16/16):": the report's
# date in brackets; "Friday (October 14)" restates a weekday already judged.
_BRACKETED = re.compile(r"\s*\)\s*[-–—:]")
_BRACKET_BEFORE = re.compile(r"\bupdate\b[^\n()]{0,20}\([^\n()]{0,20}$|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                             r"(?:\s+(?:morning|afternoon|evening|night))?\s*)\(\s*$",
                             re.IGNORECASE)
# A tweet's stamp: "- Amy Lee (@AmyLee) September 10, 2015".
_STAMP_BEFORE = re.compile(r"(?:\b(?:updated?|posted|published|last modified|date:)[:\s]+(?:on\s+)?"
                           r"(?:\w+,?\s+)?|\(@\w+\)\s*|\bposted\s+by\s+[\w .'’-]{1,40}\s+on\s+(?:\w+,?\s+)?)$",
                           re.IGNORECASE)


def _clause_before(text: str, start: int, reach: int) -> str:
    """Up to ``reach`` characters before ``start``, from the start of their clause."""
    window = text[max(0, start - reach):start]
    cut = _CLAUSE_START.match(window)
    return window[cut.end():] if cut else window


def _follow_up(text: str, sp: Span) -> bool:
    before = _clause_before(text, sp.start, 70)
    m = _FOLLOW_UP.search(before)
    if m is None or _VIOLENCE_WORD.search(_CLOCK_BOUND.sub("", m["mid"] or "")):
        if _FOLLOW_UP_EVENT.match(text, sp.end, sp.end + 40):
            return True
        after = _FOLLOW_UP_AFTER.match(text, sp.end, sp.end + 60)
        if after is None or _VIOLENCE_WORD.search(after["mid"]):
            return False
        # "On Monday, authorities identified ...": a date that opens its clause may have
        # a subject between it and the verb; "shot Monday, police said" may not.
        # ("On May 1, police said two men argued" tells what happened that day.)
        return not after["mid"].strip() or (
            after["verb"].lower() != "said"
            and bool(_OPENS_CLAUSE.match(_clause_before(text, sp.start, 30))))
    return not _NAMES_INCIDENT.match(text[sp.end:sp.end + 40])


def _page_furniture(d: DateMention, sp: Span, text: str) -> bool:
    """Does the date stamp the page, a photo or a dateline rather than tell an event?"""
    before = text[max(0, sp.start - 40):sp.start]
    if _STAMP_AFTER.match(text[sp.end:sp.end + 25]) or _STAMP_BEFORE.search(before[-30:]) \
            or _PHOTO_AFTER.match(text, sp.end, sp.end + 20) or _PHOTO_BEFORE.search(before) \
            or _DATELINE_AFTER.match(text, sp.end, sp.end + 30) or _BRACKET_BEFORE.search(before):
        return True
    if d.explicit_year and (_STAMP_TIME.match(text[sp.end:sp.end + 15]) or (
            _OWN_LINE.match(text, sp.end) and before[-1:] in ("", "\n"))):
        return True
    # In all-capital wire copy, "(AFP)" datelines mostly carry the incident's day.
    if _CAPS_DATELINE_AFTER.match(text, sp.end, sp.end + 12) and not sp.text.isupper():
        return True
    if before.rstrip().endswith("(") and _BRACKETED.match(text, sp.end, sp.end + 6):
        return True
    # The banner's line, as far as 60 characters either side.
    lo, hi = max(0, sp.start - 60), min(len(text), sp.end + 60)
    line_end = text.find("\n", sp.end, hi)
    return bool(_ARCHIVE_LINE.search(text, text.rfind("\n", lo, sp.start) + 1 or lo,
                                     line_end if line_end >= 0 else hi))


def incident_date(mentions: Sequence[DateMention], text: str, published: dt.date | None,
                  *, follow_ups: bool = False) -> DateMention | None:
    """The date a sentence gives its incident, among ``mentions`` (found in ``text``).

    Left out: a period's bound ("since Oct. 2"), a date of what followed the incident
    ("police said Thursday", "was arrested Friday"), a page stamp ("Updated July 6, 2015,
    11:12 AM") and a future schedule. Of the rest the first wins, except that a death's
    date gives way to another ("shot Thursday ... died Saturday"). With ``follow_ups``
    the dates of what followed are kept: for a report that dates nothing else, the
    arrest is mostly the incident's day ("was arrested Thursday after he fired ...").
    """
    deaths: list[DateMention] = []
    for i, d in enumerate(mentions):
        sp = d.date.span
        if sp is None:
            continue
        # "after Sunday's shooting", "no charges expected in Tuesday's shooting": the
        # date names the act itself, whatever bounds or schedule comes before it.
        names = bool(_NAMES_INCIDENT.match(text[sp.end:sp.end + 40]))
        before = text[max(0, sp.start - 25):sp.start]
        if (not names and _NOT_EVENT_DATE.search(before)) or _BIRTH.search(before):
            continue
        if _page_furniture(d, sp, text):
            continue
        if (not follow_ups or _week_old_weekday(d, published)) and _follow_up(text, sp):
            # Even when follow-ups may stand in for the incident, a weekday six days back
            # told with one ("was in stable condition Friday" in a Thursday report) is the
            # state of things in an update written after the page's stamp, not the act.
            continue
        sched = None if names else _SCHEDULE.search(_clause_before(text, sp.start, 60))
        if sched and not _VIOLENCE_WORD.search(sched["mid"]):
            continue
        if published and d.date.day and d.date.day > published + dt.timedelta(2):
            continue
        if published and d.kind == "weekday" and d.date.day and d.date.day > published:
            continue  # the day after publication: an update's news, not the incident
        if died_on(d, text):
            deaths.append(d)
            continue
        if d.date.precision in ("week", "month"):
            # "a weekend shooting ... at a club Sunday morning": the day the same
            # sentence gives within the period.
            later = incident_date(mentions[i + 1:], text, published, follow_ups=follow_ups)
            return narrow(d, [later]) if later is not None else d
        return _days_after_act(_into_next_day(d, mentions[i + 1:i + 2], text), text)
    return _days_after_act(deaths[0], text) if deaths else None


# "late Sunday night into early Monday", "overnight Friday into Saturday", "late
# Thursday or early Friday": a night that ran past midnight is dated by the day it ran
# into, the day such an act is logged under.
_NIGHT_OPENS = re.compile(r"\b(?:late|overnight)\s+(?:on\s+)?$", re.IGNORECASE)
_INTO_NEXT = re.compile(r"(?:\s+(?:night|evening))?,?\s+(?:or|into)\s+(?:the\s+)?(?:early\s+)?"
                        r"(?:hours\s+of\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _into_next_day(d: DateMention, following: Sequence[DateMention], text: str) -> DateMention:
    sp, day = d.date.span, d.date.day
    if d.kind != "weekday" or sp is None or day is None or not following:
        return d
    nxt = following[0]
    if nxt.date.day != day + dt.timedelta(days=1) or nxt.date.span is None \
            or not _NIGHT_OPENS.search(text, max(0, sp.start - 20), sp.start) \
            or _INTO_NEXT.match(text, sp.end, nxt.date.span.end) is None:
        return d
    return nxt


# "died Thursday, three days after he was shot": the act's day is told counting back.
# Only a pronoun or "being" ties the act to the same victim ("two days after a
# 3-year-old was shot" tells another incident).
_DAYS_AFTER_ACT = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five"
    r"|six|\d)\s+days?\s+after\s+(?:(?:he|she|they)\s+(?:was|were|had\s+been|got)|being|having\s+been)\s+"
    r"(?:(?:fatally|critically|seriously|accidentally)\s+)?(?:shot|stabbed|wounded|attacked|struck)\b",
    re.IGNORECASE)


def _days_after_act(d: DateMention, text: str) -> DateMention:
    sp, day = d.date.span, d.date.day
    if sp is None or day is None or d.date.precision != "day":
        return d
    m = _DAYS_AFTER_ACT.match(text, sp.end, sp.end + 80)
    if m is None:
        return d
    n = m["n"].lower()
    back = 1 if n in ("a", "one") else _number(n)
    return replace(d, date=replace(d.date, value=(day - dt.timedelta(days=back)).isoformat()))


def _week_old_weekday(d: DateMention, published: dt.date | None) -> bool:
    day = d.date.day
    return published is not None and d.kind == "weekday" and day is not None \
        and (published - day).days == 6


def died_on(d: DateMention, text: str) -> bool:
    """Is ``d`` (found in ``text``) the day of a death rather than of the act that caused
    it? "He died Sunday" is; "died after being shot Sunday" and "died Sunday of wounds
    from Friday's shooting" tell the act's day in the date that follows the death's."""
    sp = d.date.span
    if sp is None:
        return False
    m = _DEATH_DATE.search(_clause_before(text, sp.start, 60))
    if m is None:
        return False
    between = _WEEKDAY_TAIL.sub("", m.group(0))  # "died Saturday, July 18": one date
    if _DEATH_OF_ACT.search(between) or _DATE_WORD.search(between):
        return False
    act = _SAME_DAY_ACT.match(text, sp.end, sp.end + 80)
    return act is None or bool(_DATE_WORD.search(text, act.end(), act.end() + 40))


def _week_span(value: str) -> range:
    """Days from a week-precision value that its period covers: a week runs from its
    Monday to Sunday; a weekend from Friday night ("killed over the weekend ... shot
    Friday night") to its Sunday."""
    return range(-1, 2) if dt.date.fromisoformat(value).weekday() == 5 else range(7)


def narrow(date: DateMention, others: Sequence[DateMention]) -> DateMention:
    """``date`` made a day where it is a week ("shot last weekend") and one of
    ``others`` (the report's incident dates, in order) names a day in that week ("He died
    on Saturday")."""
    value = date.date.value
    if date.date.precision not in ("week", "month") or value is None:
        return date
    for d in others:
        day = d.date.day if d.date.precision == "day" else None
        if day is None:
            continue
        if date.date.precision == "month":
            if day.isoformat()[:7] == value:
                return d
        elif (day - dt.date.fromisoformat(value)).days in _week_span(value):
            return d
    if date.date.precision == "week":
        return _weekday_of_week(date, value, others)
    return date


def _weekday_of_week(date: DateMention, value: str, others: Sequence[DateMention]) -> DateMention:
    """A bare weekday that, resolved against publication, falls in the week after
    ``date``'s ("killed last week ... shot Wednesday night" in a Saturday report) is
    that week's weekday: a report that says "last week" counts its days in that week."""
    start = dt.date.fromisoformat(value)
    sp = date.date.span
    if start.weekday() != 0 or sp is None or not sp.text.lower().startswith("last week"):
        return date  # a weekend has its own days; "two weeks ago" is further back
    for d in others:
        day, sp = d.date.day, d.date.span
        if d.kind != "weekday" or day is None or sp is None \
                or sp.text.lower().startswith(("last", "past", "next")):
            continue
        if 7 <= (day - start).days < 14:
            return replace(d, date=replace(d.date, value=(day - dt.timedelta(days=7)).isoformat()))
    return date


def recent(d: DateMention, published: dt.date | None, days: int) -> bool:
    """Is the date within ``days`` before publication (so the incident can be news)?"""
    if published is None or d.date.value is None:
        return True
    v = d.date.value
    if d.date.precision == "year":
        return int(v[:4]) >= published.year and (published.month > 1 or days >= 31)
    if len(v) == 7:
        # "Last month, a bomb..." is recalled context; "earlier this month" can be news.
        return v == published.isoformat()[:7]
    day = dt.date.fromisoformat(v[:10])
    return (published - day).days <= days
