"""Holidays that reports name instead of a date ("shot on New Year's Eve", "a
Thanksgiving Day shooting"), and the day each falls on in a given year.

Only forms that name the day itself are read: "Christmas Day", "on Christmas",
"Christmas night", "Easter Sunday", "on Thanksgiving". A bare "Christmas party" or
"Easter egg hunt" names a thing, and "Memorial Day weekend" a period: neither is a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

__all__ = ["ACT_AFTER", "HOLIDAY", "HOLIDAY_KEY", "NOT_A_DAY_BEFORE", "holiday_day"]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``th ``weekday`` (0 = Monday) of the month; ``n`` = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


# Group name -> the day in a year. A group matches the holiday's own words.
_DAYS: dict[str, Callable[[int], dt.date]] = {
    "nye": _fixed(12, 31),
    "nyd": _fixed(1, 1),
    "xeve": _fixed(12, 24),
    "xmas": _fixed(12, 25),
    "valentine": _fixed(2, 14),
    "patrick": _fixed(3, 17),
    "july4": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "veterans": _fixed(11, 11),
    "thanks": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor": lambda y: _nth_weekday(y, 9, 0, 1),
    "mlk": lambda y: _nth_weekday(y, 1, 0, 3),
    "mother": lambda y: _nth_weekday(y, 5, 6, 2),
    "father": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter": _easter,
}

_APOS = r"['’]?"
_PART = r"(?:\s+(?:day|night|morning|afternoon|evening|eve))"
# "on Christmas", "on Easter": a preposition that makes a bare holiday name a day.
_ON = r"(?<=\bon\s)"
# "the Easter shooting", "a Christmas Day killing": a bare name before the act is its day.
_ACT = (r"(?=\s+(?:[a-z-]+\s+)?(?:shootings?|killings?|slayings?|murders?|attacks?|stabbings?"
        r"|deaths?|rampage|massacre|homicides?)\b)")
HOLIDAY = re.compile(
    r"(?:"
    rf"(?P<nye>new\s+year{_APOS}s{_APOS}\s+eve)"
    rf"|(?P<nyd>new\s+year{_APOS}s{_APOS}\s+day)"
    r"|(?P<xeve>christmas\s+eve)"
    rf"|(?P<xmas>christmas{_PART}|{_ON}christmas|christmas{_ACT})"
    rf"|(?P<valentine>(?:st\.?\s+|saint\s+)?valentine{_APOS}s{_APOS}\s+day)"
    rf"|(?P<patrick>(?:st\.?|saint)\s+patrick{_APOS}s{_APOS}\s+day)"
    r"|(?P<july4>fourth\s+of\s+july)"
    rf"|(?P<halloween>halloween{_PART}|{_ON}halloween|halloween{_ACT})"
    r"|(?P<veterans>veterans{_APOS}\s+day)"
    rf"|(?P<thanks>thanksgiving{_PART}|{_ON}thanksgiving|thanksgiving{_ACT})"
    r"|(?P<memorial>memorial\s+day)"
    r"|(?P<labor>labou?r\s+day)"
    r"|(?P<mlk>(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)\s+day)"
    rf"|(?P<mother>mother{_APOS}s{_APOS}\s+day)"
    rf"|(?P<father>father{_APOS}s{_APOS}\s+day)"
    rf"|(?P<easter>easter\s+(?:sunday|morning|day)|{_ON}easter|easter{_ACT})"
    r")\b"
    # A period around the holiday, or the holiday's season, is no day.
    # A party or celebration in its honour may well be held the day before ("a Father's
    # Day block party Saturday night").
    r"(?!\s+(?:holiday\s+)?(?:weekends?|week|season|break|holidays|period|(?:block\s+)?part(?:y|ies)"
    r"|celebrations?|festivities|festival|parade|gatherings?|cookout|bash|events?)\b)"
    # A year right after it: "New Year's Eve 2016".
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
#: Words before a holiday that make it any year's ("a traditional St. Patrick's Day",
#: "celebrate Christmas", "every Fourth of July", "a party in honor of Father's Day"), not
#: the day of an act.
NOT_A_DAY_BEFORE = re.compile(
    r"\b(?:a|an|every|each|proper|traditional|typical|celebrat(?:e|ing)|annual|next|until|till"
    r"|before|since|happy|merry|for|(?:in\s+)?hono(?:u)?r(?:ing)?(?:\s+of)?|mark(?:ing)?"
    r"|observ(?:e|ing))\W*$", re.IGNORECASE)
#: ... unless the act follows the holiday: "a New Year's Eve shooting".
ACT_AFTER = re.compile(_ACT, re.IGNORECASE)
#: The first word of a holiday, for the date finder's key scan (lower case).
HOLIDAY_KEY = (r"new\s+year|christmas|valentine|st\.?\s+patrick|saint\s+|fourth\s+of"
               r"|halloween|veterans|thanksgiving|memorial\s+day|labou?r\s+day|martin\s+luther"
               r"|mlk|mother|father|easter")


def holiday_day(m: re.Match[str], year: int) -> dt.date:
    """The day the holiday ``m`` (a match of ``HOLIDAY``) falls on in ``year``."""
    return next(day for name, day in _DAYS.items() if m.group(name))(year)
