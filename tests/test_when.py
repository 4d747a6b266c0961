"""Dates with precision: wirecoder.when.find_dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from wirecoder.when import DateMention, died_on, find_dates, incident_date, narrow, recent

SAT = dt.date(2017, 10, 21)  # a Saturday
MON = dt.date(2017, 10, 23)
WIRE = dt.date(1989, 11, 17)  # a Friday, in the upper-case wire era
NEW_YEAR = dt.date(2018, 1, 1)

Expected = list[tuple[str | None, str]]

CASES: list[tuple[str, dt.date | None, Expected]] = [
    # weekdays: the last such day on or before publication
    ("Gunmen attacked a convoy on Friday.", SAT, [("2017-10-20", "day")]),
    ("The patrol was ambushed late on Friday.", SAT, [("2017-10-20", "day")]),
    ("Fighting broke out Friday night near the border.", SAT, [("2017-10-20", "day")]),
    ("Early Saturday, troops moved in.", SAT, [("2017-10-21", "day")]),
    ("The ministry said on Tuesday evening.", SAT, [("2017-10-17", "day")]),
    ("Friday's attack killed 12 people.", SAT, [("2017-10-20", "day")]),
    ("The church was bombed on Sunday morning.", SAT, [("2017-10-15", "day")]),
    ("A rally was held last Saturday.", SAT, [("2017-10-14", "day")]),
    ("Talks resume next Monday.", SAT, [("2017-10-23", "day")]),
    ("Police said Thursday the toll rose.", dt.date(2017, 10, 19), [("2017-10-19", "day")]),
    # relative days
    ("Two soldiers were shot yesterday.", SAT, [("2017-10-20", "day")]),
    ("Rockets hit the city last night.", SAT, [("2017-10-20", "day")]),
    ("The curfew was lifted earlier today.", SAT, [("2017-10-21", "day")]),
    ("A car bomb exploded this morning.", SAT, [("2017-10-21", "day")]),
    ("The town fell two days ago.", SAT, [("2017-10-19", "day")]),
    ("He was abducted 3 days ago.", SAT, [("2017-10-18", "day")]),
    ("Clashes began a couple of days ago.", SAT, [("2017-10-19", "day")]),
    ("It started the day before yesterday.", SAT, [("2017-10-19", "day")]),
    # weeks start on Monday
    ("Shelling intensified last week.", SAT, [("2017-10-09", "week")]),
    ("Protests erupted earlier this week.", SAT, [("2017-10-16", "week")]),
    # a weekend keeps its Saturday
    ("Three were killed over the weekend.", MON, [("2017-10-21", "week")]),
    ("Three were killed over the weekend.", dt.date(2017, 10, 22), [("2017-10-21", "week")]),
    ("A man was shot last weekend.", dt.date(2017, 10, 26), [("2017-10-21", "week")]),
    ("A man was shot last weekend.", SAT, [("2017-10-14", "week")]),
    # a weekend's act: the last weekend's, or this one on a weekend
    ("Two were charged after a weekend shooting.", MON, [("2017-10-21", "week")]),
    ("Residents react to the weekend's killings.", dt.date(2017, 10, 22), [("2017-10-21", "week")]),
    ("Two were charged after a weekend shooting.", dt.date(2017, 10, 25), [("2017-10-21", "week")]),
    ("The boy visited his father for the weekend.", MON, []),
    ("A weekend storm closed the roads.", MON, []),
    ("The raid took place a week ago.", SAT, [("2017-10-09", "week")]),
    # months and years relative to publication
    ("The group struck last month.", SAT, [("2017-09", "month")]),
    ("It was the third attack earlier this month.", SAT, [("2017-10", "month")]),
    ("The bridge was blown up two months ago.", SAT, [("2017-08", "month")]),
    ("Hasty elections were held last year.", SAT, [("2016", "year")]),
    ("The party split earlier this year.", SAT, [("2017", "year")]),
    ("The siege ended two years ago.", SAT, [("2015", "year")]),
    ("The group went quiet last month.", NEW_YEAR, [("2017-12", "month")]),
    # years and months with a year
    ("He was elected in 2012.", SAT, [("2012", "year")]),
    ("The insurgency has raged since 2013.", SAT, [("2013", "year")]),
    ("The town was retaken in early 2016.", SAT, [("2016", "year")]),
    ("In October 2015, a plane was downed.", SAT, [("2015-10", "month")]),
    ("Unrest began in Oct. 2015 in the south.", SAT, [("2015-10", "month")]),
    ("in March 2011 and April 2012", SAT, [("2011-03", "month"), ("2012-04", "month")]),
    # month and day: the most recent such day, two days' slack after publication
    ("A checkpoint was attacked on July 7.", SAT, [("2017-07-07", "day")]),
    ("The feed has been dormant since Oct. 2.", SAT, [("2017-10-02", "day")]),
    ("Talks collapsed on October 2, officials said.", SAT, [("2017-10-02", "day")]),
    ("Talks collapsed on 2 October.", SAT, [("2017-10-02", "day")]),
    ("The bombing of the 7th of July shocked the city.", SAT, [("2017-07-07", "day")]),
    ("The mosque was attacked on December 25.", SAT, [("2016-12-25", "day")]),
    ("A blast hit the market on October 22.", SAT, [("2017-10-22", "day")]),
    ("A blast hit the market on October 25.", SAT, [("2016-10-25", "day")]),
    ("Fireworks on Dec. 31 turned deadly.", NEW_YEAR, [("2017-12-31", "day")]),
    # full dates
    ("The ceasefire began on Jan. 1, 2014.", SAT, [("2014-01-01", "day")]),
    ("The ceasefire began on January 1st, 2014.", SAT, [("2014-01-01", "day")]),
    ("Dated 1/1/2014, the letter was leaked.", SAT, [("2014-01-01", "day")]),
    ("Dated 25/12/2016, the letter was leaked.", SAT, [("2016-12-25", "day")]),
    ("Filed 2014-01-01 at the court.", SAT, [("2014-01-01", "day")]),
    # the weekday after publication's, next to the days around it, is the next day
    ("He was shot Wednesday night and underwent surgery Friday.", dt.date(2017, 10, 19),
     [("2017-10-18", "day"), ("2017-10-20", "day")]),
    # ... but not alone, nor in a report that speaks of last week
    ("A boy shot last week died Friday, police said Thursday.", dt.date(2017, 10, 19),
     [("2017-10-09", "week"), ("2017-10-13", "day"), ("2017-10-19", "day")]),
    # an archived page's own stamp anchors its relative dates
    ("Created: 08/09/2014 5:14 AM\n\nNine people were shot early Saturday.",
     dt.date(2017, 1, 28), [("2014-08-09", "day"), ("2014-08-09", "day")]),
    ("Posted: Sunday, July 26, 2015\n\nA girl was shot Saturday.", dt.date(2015, 7, 27),
     [("2015-07-26", "day"), ("2015-07-25", "day")]),
    # a weekday with its full date is read once, from the date
    ("Friday, Oct. 20, 2017", SAT, [("2017-10-20", "day")]),
    ("He died Saturday July 18 in hospital.", dt.date(2015, 7, 17), [("2015-07-18", "day")]),
    ("Posted: Sunday, 9 August 2015", dt.date(2015, 8, 11), [("2015-08-09", "day")]),
    # bare months after a preposition
    ("The offensive began in May.", SAT, [("2017-05", "month")]),
    ("No attacks have been reported since mid-March.", SAT, [("2017-03", "month")]),
    ("The camp has been besieged since November.", SAT, [("2016-11", "month")]),
    ("In May, the army withdrew.", SAT, [("2017-05", "month")]),
    # upper-case wire copy
    ("SAN SALVADOR, 16 NOV 89 (RADIO) -- [TEXT]", WIRE, [("1989-11-16", "day")]),
    ("ON 16 NOVEMBER, GUERRILLAS ATTACKED", WIRE, [("1989-11-16", "day")]),
    ("THE NIGHT OF 15 NOVEMBER THE TROOPS", WIRE, [("1989-11-15", "day")]),
    ("ON 3 JANUARY THE BOMB EXPLODED", WIRE, [("1989-01-03", "day")]),
    ("ON 3 JANUARY THE BOMB EXPLODED", dt.date(1990, 1, 10), [("1990-01-03", "day")]),
    ("THE ATTACK OF NOV 16, 1989 WAS", WIRE, [("1989-11-16", "day")]),
    ("BEGUN ON 14 JANUARY 1986, AFTER", WIRE, [("1986-01-14", "day")]),
    ("ON 16 NOV 89 THE ARMY ATTACKED", WIRE, [("1989-11-16", "day")]),
    ("THE MAYOR WAS KILLED YESTERDAY.", WIRE, [("1989-11-16", "day")]),
    ("BOMBS EXPLODED LAST NIGHT", WIRE, [("1989-11-16", "day")]),
    ("THE FMLN TODAY CLAIMED", WIRE, [("1989-11-17", "day")]),
    ("HE WAS MURDERED ON FRIDAY", WIRE, [("1989-11-17", "day")]),
    ("HE WAS MURDERED ON TUESDAY", WIRE, [("1989-11-14", "day")]),
    ("AT 1400 GMT ON 9 OCTOBER TROOPS", WIRE, [("1989-10-09", "day")]),
    ("THE ARMY WITHDREW IN MAY THE SAME YEAR", WIRE, [("1989-05", "month")]),
    # no publication date: relative dates stay unresolved, absolute ones resolve
    ("Gunmen attacked a convoy on Friday.", None, [(None, "unresolved")]),
    ("Two soldiers were shot yesterday.", None, [(None, "unresolved")]),
    ("A checkpoint was attacked on July 7.", None, [(None, "unresolved")]),
    ("The group struck last month.", None, [(None, "unresolved")]),
    ("Shelling intensified last week.", None, [(None, "unresolved")]),
    ("The offensive began in May.", None, [(None, "unresolved")]),
    ("The ceasefire began on Jan. 1, 2014.", None, [("2014-01-01", "day")]),
    ("He was elected in 2012.", None, [("2012", "year")]),
    ("SAN SALVADOR, 16 NOV 89 (RADIO)", None, [("1989-11-16", "day")]),
    ("In October 2015, a plane was downed.", None, [("2015-10", "month")]),
    ("Clashes on Oct. 5. The day before, x", None, [(None, "unresolved"), (None, "unresolved")]),
    # relative to the last day mentioned, or nothing
    ("Clashes on Oct. 5. The day before, a", SAT, [("2017-10-05", "day"), ("2017-10-04", "day")]),
    ("Jan. 1, 2014. Two days later, a", SAT, [("2014-01-01", "day"), ("2014-01-03", "day")]),
    ("The truce held. The day before, rockets fell.", SAT, []),
    ("Two days later the town fell.", SAT, []),
    # traps: no date here
    ("Theresa May said the talks may be delayed.", SAT, []),
    ("Since May took office, the policy changed.", SAT, []),
    ("Critics of May's cabinet in May's absence", SAT, []),
    ("Protesters will march 3 km to the square.", SAT, []),
    ("A 20-year-old man and a 2-year-old girl were hurt.", SAT, []),
    ("The blast at 6 p.m. was followed by another at 11:30.", SAT, []),
    ("The curfew lasts 24 hours.", SAT, []),
    ("The army overthrew him a year later.", SAT, []),
    ("The crash killed all 224 people on board.", SAT, []),
    ("The oasis is about 200km southeast of Cairo.", SAT, []),
    ("Call 555-1234 or 020 7946 0958 for details.", SAT, []),
    ("Since the 9/11 attacks, security has tightened.", SAT, []),
    ("The war of the 1990s left scars.", SAT, []),
    ("Some 1,200 troops and 2000 people were deployed.", SAT, []),
    ("A crowd of 2000 people gathered.", SAT, []),
    ("Resolution 2254 was adopted.", SAT, []),
    ("The goal is to end poverty by 2030.", SAT, []),
    ("The 2012 elections were disputed.", SAT, []),
    ("They marched on Bloody Sunday.", SAT, []),
    ("The Sunday Times reported the raid.", SAT, []),
    ("USA Today reported the raid.", SAT, []),
    ("Deaths rose in the last year.", SAT, []),
    ("The deadline passed at 1900 GMT.", SAT, []),
    ("The roads were shut by 1900 GMT.", SAT, []),
    ("Feb. 30 is no day.", SAT, []),
    # a count right after a date is not its year
    ("On May 5, 2000 people marched.", SAT, [("2017-05-05", "day")]),
    ("On 3 March 12 people died.", SAT, [("2017-03-03", "day")]),
]


def _values(mentions: list[DateMention]) -> Expected:
    return [(m.date.value, m.date.precision) for m in mentions]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_when_resolves_dates(text: str, published: dt.date | None, expected: Expected) -> None:
    assert _values(find_dates(text, published)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_when_spans_point_into_the_article(
    text: str, published: dt.date | None, expected: Expected
) -> None:
    offset = 137
    mentions = find_dates(text, published, offset=offset, part="title")
    assert len(mentions) == len(expected)
    for mention in mentions:
        span = mention.date.span
        assert span is not None
        assert span.part == "title"
        assert span.text == text[span.start - offset : span.end - offset]
        assert span.text.strip() == span.text and span.text


@pytest.mark.parametrize(
    ("text", "published", "span_text", "kind", "explicit_year"),
    [
        ("on Friday", SAT, "Friday", "weekday", False),
        ("last Saturday", SAT, "last Saturday", "weekday", False),
        ("since Oct. 2.", SAT, "Oct. 2", "month_day", False),
        ("on 16 NOVEMBER", WIRE, "16 NOVEMBER", "month_day", False),
        ("on Jan. 1, 2014", SAT, "Jan. 1, 2014", "absolute", True),
        ("filed 2014-01-01", SAT, "2014-01-01", "absolute", True),
        ("in October 2015", SAT, "October 2015", "month_year", True),
        ("in May", SAT, "May", "month_year", False),
        ("in 2012", SAT, "2012", "year", True),
        ("yesterday", SAT, "yesterday", "relative_day", False),
        ("earlier today", SAT, "today", "relative_day", False),
        ("two days ago", SAT, "two days ago", "relative_day", False),
        ("earlier this week", SAT, "earlier this week", "relative_week", False),
        ("last month", None, "last month", "relative_month", False),
        ("last year", SAT, "last year", "relative_year", False),
    ],
)
def test_when_kinds_and_spans(
    text: str, published: dt.date | None, span_text: str, kind: str, explicit_year: bool
) -> None:
    (mention,) = find_dates(text, published)
    assert mention.date.span is not None and mention.date.span.text == span_text
    assert mention.kind == kind
    assert mention.explicit_year is explicit_year


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two-digit years take the latest year not after the year after publication
        ("dated 1 AUG 89 (EFE)", dt.date(2019, 1, 1), "1989-08-01"),
        ("dated 1 AUG 19 (EFE)", dt.date(2019, 1, 1), "2019-08-01"),
        ("dated 3/4/14, the memo", SAT, "2014-03-04"),
        ("dated 1 AUG 19 (EFE)", None, "2019-08-01"),
        ("dated 1 AUG 89 (EFE)", None, "1989-08-01"),
        # a leap day with no year goes back to the last leap year
        ("on Feb. 29 the town fell", dt.date(2019, 3, 1), "2016-02-29"),
    ],
)
def test_when_years_are_completed(text: str, published: dt.date | None, expected: str) -> None:
    (mention,) = find_dates(text, published)
    assert mention.date.value == expected


def test_when_mentions_are_frozen() -> None:
    (mention,) = find_dates("on Friday", SAT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.kind = "absolute"  # type: ignore[misc]


def test_when_mentions_come_in_text_order() -> None:
    text = "Since 2013 and last year, notably on July 7 and on Friday, then yesterday."
    mentions = find_dates(text, SAT)
    starts = [m.date.span.start for m in mentions if m.date.span is not None]
    assert starts == sorted(starts)
    assert _values(mentions) == [
        ("2013", "year"),
        ("2016", "year"),
        ("2017-07-07", "day"),
        ("2017-10-20", "day"),
        ("2017-10-20", "day"),
    ]


SHARED = Path(__file__).parents[1] / "../shared"
SEED = SHARED / "seed" / "bahariya-afp.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed report not available")
def test_when_seed_report_dates() -> None:
    text = SEED.read_text(encoding="utf-8")
    mentions = find_dates(text, dt.date(2017, 10, 21))
    found = [
        (m.date.span.text if m.date.span else "", m.date.value, m.date.precision) for m in mentions
    ]
    assert found == [
        ("Friday", "2017-10-20", "day"),  # "on Friday"
        ("Friday", "2017-10-20", "day"),  # "late on Friday"
        ("Oct. 2", "2017-10-02", "day"),
        ("2012", "2012", "year"),
        ("last year", "2016", "year"),
        ("July 7", "2017-07-07", "day"),
        ("October 2015", "2015-10", "month"),
    ]
    late = text.index("late on Friday") + len("late on ")
    assert any(m.date.span is not None and m.date.span.start == late for m in mentions)


# -- which of a sentence's dates is the incident's ---------------------------------

WED = dt.date(2015, 6, 17)  # a Wednesday

INCIDENT_CASES: list[tuple[str, str | None]] = [
    ("A man was shot and killed on Monday night.", "2015-06-15"),
    # dates of what followed the incident are left out
    ("A teen was arrested Wednesday after a boy was shot Tuesday.", "2015-06-16"),
    ("Police booked John Doe on Tuesday in the Monday shooting.", "2015-06-15"),
    ("He was arraigned on two counts Tuesday; the boy was shot Monday.", "2015-06-15"),
    ("Officials Tuesday identified the man shot on Monday.", "2015-06-15"),
    ("Police said Tuesday a woman was killed Sunday.", "2015-06-14"),
    ("The suspect told reporters on Tuesday that he fired on Monday.", "2015-06-15"),
    ("She remained in jail on a $5,000 bond Tuesday.", None),
    ("As of Tuesday night, no arrest was made.", None),
    # a follow-up verb with the violence in between keeps the date
    ("Police said the boy was shot Tuesday.", "2015-06-16"),
    ("Police said officers responding to a call Tuesday found a body.", "2015-06-16"),
    ("Detectives continued to investigate the Saturday shooting.", "2015-06-13"),
    # the shooting's day before the death's
    ("He was shot Friday and died in hospital on Sunday.", "2015-06-12"),
    ("He died on Sunday.", "2015-06-14"),
    ("She died Sunday from injuries sustained in Friday's shooting.", "2015-06-12"),
    ("He died Monday after being shot on June 12 in the 400 block.", "2015-06-12"),
    ("A boy died from a hunting accident Saturday near the town.", "2015-06-13"),
    # stamps, bounds and schedules
    ("Updated: Tuesday, June 16, 2015 5:50 AM EDT", None),
    ("June 16, 2015 7:26 AM ST. LOUIS - A boy was shot.", None),
    ("On June 16, 2015, at 7:26 a.m., a boy was shot.", "2015-06-16"),
    ("The road has been closed since Monday.", None),
    ("The hearing is set for next Friday.", None),
    # more of what followed: custody, court, searches, pleas, the press
    ("The gunman was still at large Tuesday.", None),
    ("A suspect was still on the run Tuesday.", None),
    ("He turned himself into police Tuesday morning.", None),
    ("The judge sided with prosecutors Tuesday.", None),
    ("Police arrested Ann Lee, 20, and Bo Day, 20, on Tuesday in the killing.", None),
    ("The family could not be reached for comment Tuesday.", None),
    ("During Tuesday's court hearing, the judge set bond.", None),
    ("He spoke at a Tuesday night press conference.", None),
    ("On Tuesday, investigators told reporters the victim knew him.", None),
    ("On Monday, authorities identified the girl as Jane Doe.", None),
    ("An Ohio judge on Tuesday accepted a guilty plea.", None),
    ("He pleaded guilty Tuesday to killing his brother.", None),
    ("He was released on bail shortly before 8 a.m. Tuesday.", None),
    ("He was released after midnight Tuesday.", None),
    ("He was released after the shooting Tuesday.", "2015-06-16"),
    # ... but the violence between keeps the date, and "said" opens reported speech
    ("A boy was shot Monday night, police said.", "2015-06-15"),
    ("On June 1, investigators said two men began arguing.", "2015-06-01"),
    ("He was sentenced for the June 1, 2014 shooting.", "2014-06-01"),
    # schedules, captions, datelines and stamps
    ("The judge will sentence him June 28.", None),
    ("He is due in court June 22 on the charge.", None),
    ("A boy is expected to survive after he was shot Monday.", "2015-06-15"),
    ("In this June 2, 2001 photo, the suspect speaks.", None),
    ("Photo taken Monday, June 15, 2015.", None),
    ("DALLAS, June 16 (Reuters) - A gunman killed two people.", None),
    ("UPDATE June 16, 3:03 p.m.: Police said the toll rose.", None),
    ("DATE: June 16, 2015 9:23:14 AM CDT", None),
    ("JAY COUNTY, Ind. (June 16, 2015) - A boy was shot.", None),
    ("NEW HAVEN, Conn., June 16 (UPI) -- One man was killed.", None),
    ("UPDATE (9:20 p.m. 6/16/15)", None),
    ("They accepted plea deals Tuesday (June 16).", None),
    ("Police found a gun. - Amy Lee (@AmyLee) June 16, 2015", None),
    ("Posted by Amy Lee on Tuesday, June 16, 2015", None),
    ("By: Staff\n\nJune 16, 2015\n\nA boy was shot.", None),
    ("Officers at the scene, June 16, 2015 (Jane Doe | KSNV)", None),
    ("Jun JUL Aug 1 captures 16 Jun 2015", None),
    ("In a story on June 16 about a shooting, a name was misspelled.", None),
    # after the incident: hospital, custody, court
    ("He underwent surgery at St. Mary's Hospital Tuesday.", None),
    ("Smith was arrested around 12:30 a.m. on Tuesday.", None),
    ("The boy was in stable condition Tuesday.", None),
    ("The suspect was found guilty, Tuesday afternoon.", None),
    ("A judge ordered on Tuesday that bail remain at $1 million.", None),
    ("Bond was denied Tuesday for the father.", None),
    ("Police today are announcing two arrests.", None),
    ("The chief said via his Twitter account Tuesday morning that the club was shut.", None),
    # ... while a date closing the violence's own clause stays
    ("A man who was shot Tuesday, was identified as John Doe.", "2015-06-16"),
    ("It began around 2:30 a.m. on Monday, said Sgt. Lee.", "2015-06-15"),
    ("A boy was in critical condition after he was shot Monday.", "2015-06-15"),
    # the day after publication is an update's news
    ("Doctors operated on him Thursday. He was shot Tuesday night.", "2015-06-16"),
    ("A snow warning was issued June 11 expiring June 14.", None),
    # a bound or a schedule before a date that names the act itself keeps it
    ("An officer is stable after Sunday shooting", "2015-06-14"),
    ("No charges are expected in Tuesday's midtown shooting.", "2015-06-16"),
    ("No arrest has been made since Monday's killing.", "2015-06-15"),
    ("No arrest has been made since Monday.", None),
    # a period's day given in the same sentence
    ("Police seek the men behind a weekend shooting at a club Sunday morning.", "2015-06-14"),
    ("A man was shot last week, on Tuesday, police said.", "2015-06-09"),
    ("A man was shot last week; his brother was hurt on June 16.", "2015-06-08"),
    # a birth date is no incident's
    ("LEE, JOHN Date of Birth: 01/6/1992 Negligent Homicide", None),
    ("The victim, born June 2, 1990, was shot in the chest.", None),
    # a message about the act dates the message
    ("She died of her wounds, a Tuesday morning email from the agency said.", None),
    ("Police said in a Tuesday news release that two men were shot.", None),
]


@pytest.mark.parametrize(("text", "expected"), INCIDENT_CASES)
def test_when_incident_date_skips_follow_ups(text: str, expected: str | None) -> None:
    found = incident_date(find_dates(text, WED), text, WED)
    assert (found.date.value if found else None) == expected


def test_when_incident_date_keeps_follow_ups_on_request() -> None:
    text = "A man was arrested Tuesday after he fired a gun."
    assert incident_date(find_dates(text, WED), text, WED) is None
    found = incident_date(find_dates(text, WED), text, WED, follow_ups=True)
    assert found is not None and found.date.value == "2015-06-16"


def test_when_incident_date_skips_a_week_old_follow_up_even_on_request() -> None:
    # A Wednesday report's "Thursday" that only tells a state of things is the day after
    # the page's stamp, not the incident six days back.
    text = "The boy was in stable condition Thursday."
    assert incident_date(find_dates(text, WED), text, WED, follow_ups=True) is None
    text = "A man was arrested Thursday after he fired a gun."
    assert incident_date(find_dates(text, WED), text, WED, follow_ups=True) is None
    text = "A man was arrested Monday after he fired a gun."
    found = incident_date(find_dates(text, WED), text, WED, follow_ups=True)
    assert found is not None and found.date.value == "2015-06-15"


def test_when_incident_date_never_takes_a_schedule() -> None:
    text = "He is expected in court Thursday after the shooting."
    assert incident_date(find_dates(text, WED), text, WED, follow_ups=True) is None


NARROW_CASES: list[tuple[str, str, str]] = [
    ("A boy was shot last weekend. He died on Saturday.", "last weekend", "2015-06-13"),
    # a weekend runs from Friday night to Sunday, no further
    ("Two were killed over the weekend. One was shot Friday night.", "weekend", "2015-06-12"),
    ("Two were killed over the weekend. One was shot Sunday.", "weekend", "2015-06-14"),
    ("Two were killed over the weekend. On Monday police spoke.", "weekend", "2015-06-13"),
    ("A boy was shot last week. On Monday he was named.", "last week", "2015-06-08"),
    ("A boy was shot earlier this month. The shooting was June 2.", "this month", "2015-06-02"),
    # a day outside the week leaves the week
    ("A boy was shot last week. On June 16 police spoke.", "last week", "2015-06-08"),
    # "last week" counts a bare weekday that falls in this week in the week before
    ("A girl was killed last week. She was shot Monday night.", "last week", "2015-06-08"),
    ("A girl was killed last week. She was shot Wednesday.", "last week", "2015-06-10"),
    # ... but not one said to be "last" already, and not further back than last week
    ("A girl was killed last week. Last Tuesday she spoke.", "last week", "2015-06-08"),
    ("A girl was killed two weeks ago. She was shot Monday.", "weeks ago", "2015-06-01"),
]


@pytest.mark.parametrize(("text", "first", "expected"), NARROW_CASES)
def test_when_narrow_finds_the_day_in_a_week(text: str, first: str, expected: str) -> None:
    mentions = find_dates(text, WED)
    (week,) = [m for m in mentions if m.date.span and first in m.date.span.text]
    assert narrow(week, mentions).date.value == expected


RECENT_CASES: list[tuple[str, int, bool]] = [
    ("on Monday", 7, True),
    ("on May 1", 7, False),
    ("on May 1", 60, True),
    ("last month", 60, False),
    ("earlier this month", 7, True),
]


@pytest.mark.parametrize(("text", "days", "expected"), RECENT_CASES)
def test_when_recent_bounds_the_news(text: str, days: int, expected: bool) -> None:
    (mention,) = find_dates(text, WED)
    assert recent(mention, WED, days) is expected


def test_when_upper_case_ordinal_day() -> None:
    import datetime as _dt

    from wirecoder.when import find_dates as _find

    got = [m.date.value for m in _find("ON AUGUST 25TH A BOMB EXPLODED.", _dt.date(1989, 9, 1))]
    assert got == ["1989-08-25"]


DEATH_CASES: list[tuple[str, bool]] = [
    ("He died on Sunday.", True),
    ("Rohan Lee died Thursday, three days after he was shot.", True),
    ("She died early Monday at the hospital.", True),
    ("He died Saturday, June 13 in hospital.", True),
    # the act's day, not the death's
    ("A boy died after being shot Saturday.", False),
    ("A girl died in a shooting on Saturday.", False),
    ("A boy died from a hunting accident Saturday.", False),
    # the act told right after the death with no day of its own came that same day
    ("A boy died Saturday after he was shot in the yard.", False),
    ("He died Saturday afternoon after accidentally shooting himself.", False),
    ("He died Saturday after being shot Thursday night.", True),
    # no death at all
    ("A boy was shot Saturday.", False),
]


@pytest.mark.parametrize(("text", "expected"), DEATH_CASES)
def test_when_died_on_tells_a_death_from_its_act(text: str, expected: bool) -> None:
    first = find_dates(text, WED)[0]
    assert died_on(first, text) is expected


HOLIDAY_CASES: list[tuple[str, dt.date, str | None]] = [
    # the most recent such day on or before publication (two days' slack)
    ("A man was shot on New Year's Eve.", dt.date(2017, 1, 3), "2016-12-31"),
    ("A boy was hurt by gunfire on New Year’s Day.", dt.date(2017, 1, 5), "2017-01-01"),
    ("He was shot on Christmas Eve.", dt.date(2016, 12, 27), "2016-12-24"),
    ("Three died on Christmas, police said.", dt.date(2013, 12, 26), "2013-12-25"),
    ("A teen was shot Thanksgiving Day in the town.", dt.date(2015, 11, 26), "2015-11-26"),
    ("The Thanksgiving night shooting left two dead.", dt.date(2016, 12, 19), "2016-11-24"),
    ("Two were arrested in the Easter shooting of a girl.", dt.date(2016, 4, 7), "2016-03-27"),
    ("She was shot on Easter Sunday.", dt.date(2019, 4, 30), "2019-04-21"),
    ("The shooting happened on Memorial Day.", dt.date(2015, 5, 27), "2015-05-25"),
    ("He fired at a crowd on Labor Day.", dt.date(2016, 9, 8), "2016-09-05"),
    ("Gunfire erupted on the Fourth of July.", dt.date(2016, 7, 5), "2016-07-04"),
    ("A boy was shot on Halloween night.", dt.date(2016, 11, 1), "2016-10-31"),
    ("A man was shot on Mother's Day.", dt.date(2016, 5, 9), "2016-05-08"),
    ("A man was shot on Father’s Day.", dt.date(2015, 6, 22), "2015-06-21"),
    ("Two were shot on Valentine's Day.", dt.date(2017, 2, 22), "2017-02-14"),
    ("Two were shot on St. Patrick's Day.", dt.date(2017, 3, 20), "2017-03-17"),
    ("It happened on MLK Day.", dt.date(2017, 1, 20), "2017-01-16"),
    ("Two days ahead: shot on Christmas Day", dt.date(2016, 12, 23), "2016-12-25"),
    # a year written after it
    ("The shooting happened early on New Year's Eve 2016.", dt.date(2017, 2, 3), "2016-12-31"),
    # any year's holiday, a period or a thing named for it: no day
    ("Ten places to spend a proper St. Patrick's Day.", dt.date(2017, 3, 20), None),
    ("Five were shot over the Memorial Day weekend.", dt.date(2015, 5, 27), None),
    ("He bought the gun as a Christmas gift.", dt.date(2016, 12, 27), None),
    ("She was shot at a Christmas party.", dt.date(2016, 12, 27), None),
    ("A block party in honor of Father's Day ended in gunfire.", dt.date(2015, 6, 22), None),
    ("He was shot at a New Year's Eve party.", dt.date(2017, 1, 3), None),
    ("The family planned to celebrate Thanksgiving together.", dt.date(2015, 11, 20), None),
    ("The boy found the gun during an Easter egg hunt.", dt.date(2016, 4, 7), None),
]


@pytest.mark.parametrize(("text", "published", "expected"), HOLIDAY_CASES)
def test_when_holidays_are_days(text: str, published: dt.date, expected: str | None) -> None:
    days = [m for m in find_dates(text, published) if m.date.precision == "day"]
    assert [m.date.value for m in days] == ([expected] if expected else [])


def test_when_holiday_spans_and_kinds() -> None:
    text = "Police said a man was shot on New Year's Eve 2016 near the bar."
    (mention,) = find_dates(text, dt.date(2017, 2, 3))
    assert mention.date.span is not None and mention.date.span.text == "New Year's Eve 2016"
    assert mention.kind == "absolute" and mention.explicit_year
    (bare,) = find_dates("He was shot on Christmas Day.", None)
    assert bare.date.value is None and bare.date.precision == "unresolved"


def test_when_holiday_day_is_the_incident_date() -> None:
    text = "An 18-year-old accidentally shot a friend on New Year's Eve, police said."
    pub = dt.date(2017, 1, 3)
    found = incident_date(find_dates(text, pub), text, pub)
    assert found is not None and found.date.value == "2016-12-31"


# WED is Wednesday 2015-06-17.
SPAN_CASES = [
    # a night that ran past midnight is logged under the day it ran into
    ("His body was found late Sunday night into early Monday morning, police said.", "2015-06-15"),
    ("The shooting happened overnight Friday into Saturday.", "2015-06-13"),
    ("She killed her family late Thursday or early Friday in a rural home.", "2015-06-12"),
    # without "late" or "overnight" the first day stands; so does a later day not next
    ("Two men were shot Sunday into Monday.", "2015-06-14"),
    ("He was shot late Saturday or early Monday.", "2015-06-13"),
    ("He was shot late Sunday night, and police said Monday the gun was his.", "2015-06-14"),
    # "N days after he was shot" counts back to the act
    ("Levy died Tuesday, three days after he was shot on the corner.", "2015-06-13"),
    ("She died Monday, a day after being shot outside her home.", "2015-06-14"),
    ("The boy died Tuesday, two days after he was accidentally shot.", "2015-06-14"),
    # another victim's act is another incident
    ("A girl was shot Friday night, two days after a boy was shot nearby.", "2015-06-12"),
    ("He was shot Monday, a day after the vigil.", "2015-06-15"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_when_incident_date_counts_nights_and_days_after(text: str, expected: str) -> None:
    found = incident_date(find_dates(text, WED), text, WED)
    assert found is not None and found.date.value == expected


# TUE is Tuesday 2016-05-24; the week before's Tuesday is May 17.
TUE = dt.date(2016, 5, 24)
ANCHOR_CASES = [
    # a weekday the report gives with its date elsewhere is that date
    ("Crews respond to a home Tuesday. Photo taken Tuesday May 17, 2016.", "2016-05-17"),
    ("Police came Tuesday. The boy was shot on Tuesday, May 17, at home.", "2016-05-17"),
    # the date's weekday must be the same, and "last Tuesday" keeps its own reading
    ("Crews respond to a home Tuesday. Photo taken Wednesday May 18, 2016.", "2016-05-24"),
    ("Crews respond to a home Tuesday. Photo taken Monday May 17, 2016.", "2016-05-24"),
    ("Crews came last Tuesday. Photo taken Tuesday May 10, 2016.", "2016-05-17"),
    # a dated weekday a month back anchors nothing
    ("Crews respond to a home Tuesday. Photo taken Tuesday April 12, 2016.", "2016-05-24"),
]


@pytest.mark.parametrize(("text", "expected"), ANCHOR_CASES)
def test_when_weekday_takes_the_date_given_it_elsewhere(text: str, expected: str) -> None:
    first = find_dates(text, TUE)[0]
    assert first.kind == "weekday" and first.date.value == expected
