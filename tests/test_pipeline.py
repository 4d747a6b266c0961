"""End-to-end cases on reports written for these tests: each carries one of the traps a
careful coder must not fall into. Places are real so the gazetteer can resolve them."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.model import Article, CodedArticle, Event
from wirecoder.where import haversine_km

SOMALIA = """MOGADISHU (Wirecoder Wire) - A suicide bomber killed 11 people at a busy checkpoint \
in Afgoye on Sunday, police said.

Afgoye lies about 30 km west of Mogadishu on the main road to Baidoa.

Al-Shabaab claimed responsibility for the attack in a statement on its radio station."""

NIGERIA = """MAIDUGURI, Nigeria - Gunmen abducted 276 schoolgirls from a boarding school in \
Damboa in Borno State late on Monday, officials said on Wednesday.

Dozens of other pupils were missing after the raid, a teacher said.

Boko Haram denied any involvement in a video released on Wednesday."""

AFGHANISTAN = """KABUL - Afghan troops clashed with Taliban fighters in Spin Boldak district \
on Thursday, killing several insurgents, officials said.

The fighting lasted for hours, a local elder said.

Last month, a roadside bomb killed four soldiers in the same district."""

KASHMIR = """SRINAGAR - Suspected militants shot dead three civilians in a village in Shopian \
on Tuesday night, police said.

The village is about 50 km south of Srinagar.

Police said the attackers fled into nearby orchards."""

UNDATED = """Two people were shot and wounded outside a nightclub in Memphis, Tennessee, \
police said. No arrests have been made."""


def _code(pipeline, text: str, published: str | None) -> CodedArticle:  # type: ignore[no-untyped-def]
    pub = dt.date.fromisoformat(published) if published else None
    return pipeline.code(Article("t", text, published=pub))


def _current(coded: CodedArticle) -> list[Event]:
    return [e for e in coded.events if e.status == "current"]


def _low(count) -> int | None:  # type: ignore[no-untyped-def]
    return count.low if count.low is not None else count.best


def test_pipeline_suicide_bombing_away_from_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, SOMALIA, "2019-03-11")
    [ev] = _current(coded)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert ev.date.value == "2019-03-10" and ev.date.precision == "day"
    assert ev.location is not None and ev.location.country_code == "SO"
    assert ev.location.lat is not None and ev.location.lon is not None
    assert haversine_km((ev.location.lat, ev.location.lon), (2.14, 45.12)) < 15  # Afgoye
    assert _low(ev.fatalities) == 11
    assert "location-distance-mismatch" not in ev.flags  # the stated 30 km west is right
    assert ("Al Shabaab", "claimed") in {(c.actor, c.status) for c in ev.claims}


def test_pipeline_abduction_is_no_death_toll(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, NIGERIA, "2020-05-13")
    [ev] = _current(coded)
    assert (ev.event_type, ev.sub_event_type) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert _low(ev.fatalities) is None  # 276 abducted and dozens missing are not deaths
    assert ev.date.value == "2020-05-11"
    assert ev.location is not None and ev.location.country_code == "NG"
    assert ev.location.lat is not None and ev.location.lon is not None
    assert haversine_km((ev.location.lat, ev.location.lon), (11.85, 13.16)) > 60  # not Maiduguri
    assert ("Boko Haram", "denied") in {(c.actor, c.status) for c in ev.claims}
    assert not [a for a in ev.actors if a.role == "perpetrator" and "Boko" in a.name]


def test_pipeline_vague_toll_and_last_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, AFGHANISTAN, "2018-09-07")
    [ev] = _current(coded)
    assert ev.event_type == "Battles"
    assert ev.date.value == "2018-09-06"
    assert _low(ev.fatalities) is None  # "several insurgents" gives no number
    old = [e for e in coded.events if e.status == "background"]
    assert [(e.date.value, e.date.precision, _low(e.fatalities)) for e in old] == [
        ("2018-08", "month", 4)]
    assert old[0].event_type == "Explosions/Remote violence"


def test_pipeline_killing_civilians_correct_distance(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, KASHMIR, "2019-05-22")
    [ev] = _current(coded)
    assert ev.event_type == "Violence against civilians"
    assert _low(ev.fatalities) == 3
    assert ev.date.value == "2019-05-21"
    assert ev.location is not None and ev.location.country_code == "IN"
    assert ev.location.name != "Srinagar"
    assert "location-distance-mismatch" not in ev.flags
    assert any(a.role == "victim" and a.type == "civilians" for a in ev.actors)


@pytest.mark.parametrize(("published", "value", "flag"), [
    ("2016-07-02", "2016-07-02", True),
    (None, None, False),
])
def test_pipeline_undated_report(pipeline, published: str | None, value: str | None,  # type: ignore[no-untyped-def]
                                 flag: bool) -> None:
    [ev] = _current(_code(pipeline, UNDATED, published))
    assert ev.date.value == value
    assert ("date-from-publication" in ev.flags) == flag
    assert _low(ev.injuries) == 2 and _low(ev.fatalities) is None
    assert ev.disorder_type == "Criminal violence"
    assert ev.location is not None and ev.location.admin1 is not None
    assert "Tennessee" in ev.location.admin1


def test_pipeline_event_ids_are_stable(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _code(pipeline, SOMALIA, "2019-03-11")
    b = _code(pipeline, SOMALIA, "2019-03-11")
    assert [e.event_id for e in a.events] == [e.event_id for e in b.events]


def test_pipeline_evidence_spans_match_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text, pub in ((SOMALIA, "2019-03-11"), (NIGERIA, "2020-05-13"), (KASHMIR, "2019-05-22")):
        for ev in _code(pipeline, text, pub).events:
            assert ev.evidence
            for v in ev.evidence:
                assert text[v.start:v.end] == v.text


TWO_TOWNS = """KANO, Nigeria - Gunmen killed four people in Zaria on Sunday, police said.

In a separate attack on Sunday, a bomb killed two people at a market in Potiskum."""


def test_pipeline_same_day_other_town_is_another_incident(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, TWO_TOWNS, "2016-02-08")
    current = sorted(_current(coded), key=lambda e: e.location.lon if e.location and
                     e.location.lon else 0)
    assert len(current) == 2
    assert [_low(e.fatalities) for e in current] == [4, 2]
    assert [e.event_type for e in current] == ["Violence against civilians",
                                                "Explosions/Remote violence"]
    assert all(e.date.value == "2016-02-07" for e in current)


def test_pipeline_internal_error_costs_one_article_only(pipeline, monkeypatch,  # type: ignore[no-untyped-def]
                                                         caplog) -> None:
    real = pipeline._code

    def flaky(article, hints, region=None):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise ValueError("boom")
        return real(article, hints, region)

    monkeypatch.setattr(pipeline, "_code", flaky)
    arts = [Article(i, SOMALIA, published=dt.date(2019, 3, 11)) for i in ("a", "bad", "c")]
    out = list(pipeline.code_many(arts))
    assert [c.article.id for c in out] == ["a", "bad", "c"]
    assert out[0].events and not out[1].events and out[2].events
    assert any("bad: could not be coded" in r.getMessage() for r in caplog.records)


FOLLOW_UP = """A man was shot and killed outside a gas station in Memphis, Tennessee, police said.

Two men were charged on Monday in the killing.

The shooting happened on June 5, police said."""


def test_pipeline_follow_up_keeps_the_old_incident_and_its_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = _code(pipeline, FOLLOW_UP, "2015-09-16")
    [ev] = _current(coded)
    assert ev.date.value == "2015-06-05"
    assert "old-incident" in ev.flags
    assert len(coded.events) == 1  # the dated retelling is the same act, not a second event
    assert _low(ev.fatalities) == 1


def test_pipeline_workers_keep_order_and_results(pipeline) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from wirecoder.pipeline import code_parallel

    arts = [Article(f"a{i}", text, published=dt.date(2019, 3, 11))
            for i, text in enumerate([SOMALIA, NIGERIA, KASHMIR, AFGHANISTAN] * 3)]
    serial = list(pipeline.code_many(arts))
    parallel = list(code_parallel(replace(pipeline.settings, n_process=2, batch_size=4), arts))
    assert [c.article.id for c in parallel] == [a.id for a in arts]
    assert [c.events for c in parallel] == [c.events for c in serial]


@pytest.mark.parametrize(("title", "core"), [
    ("Teen shot by uncle - WBRC FOX6 News - Birmingham, AL", "Teen shot by uncle"),
    ("Man shot in Albany - WALB.com, South Georgia News", "Man shot in Albany"),
    ("3 Killed in Pasadena Shooting | NBC Southern California", "3 Killed in Pasadena Shooting"),
    ("Police: 2 killed in Dallas", "Police: 2 killed in Dallas"),
    ("Two dead - police say", "Two dead - police say"),
])
def test_pipeline_title_site_tail(title: str, core: str) -> None:
    from wirecoder.pipeline import _title_core

    assert _title_core(title) == core


@pytest.mark.parametrize(("text", "place"), [
    # The scene the body names, not the station's city in the headline's tail.
    ("A teen was shot by his uncle near a school in Tuscaloosa on Sunday, police said.",
     "Tuscaloosa"),
    # A body that names no place: the tail stands in, as a dateline would.
    ("A teen was shot by his uncle near a school on Sunday, police said.", "Birmingham"),
])
def test_pipeline_title_tail_is_no_scene(pipeline, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    art = Article("t", text, title="Teen shot by uncle - WBRC FOX6 News - Birmingham, AL",
                  published=dt.date(2016, 5, 2))
    ev = pipeline.code(art).primary
    assert ev is not None and ev.location is not None and ev.location.name == place
    assert ev.location.admin1 == "Alabama"


def test_pipeline_title_reads_a_shared_name_as_the_body_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    art = Article("g", "A teenage boy was shot to death Friday night in the Gresham "
                  "neighborhood on the South Side, Chicago police said.",
                  title="Boy shot to death in Gresham", published=dt.date(2016, 5, 2))
    coded = pipeline.code(art)
    places = {(e.location.name, e.location.admin1) for e in coded.events
              if e.location is not None}
    assert places == {("Chicago", "Illinois")}


def test_pipeline_second_incident_without_a_place_is_in_the_report_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("A man was shot and killed outside a bar in Memphis, Tennessee, on Saturday "
            "night, police said.\n\nIn a separate shooting on Friday, two teenagers were "
            "wounded, police said.")
    coded = _code(pipeline, text, "2016-05-02")
    assert len(coded.events) >= 2
    assert all(e.location is not None and e.location.name == "Memphis" for e in coded.events)


def test_pipeline_a_victim_who_died_later_is_not_also_injured(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("A 15-year-old boy was shot on Friday night outside a store in Dayton, Ohio, "
            "police said.\n\nHe was taken to a hospital.\n\nThe boy died on Sunday, his "
            "family said.")
    ev = _code(pipeline, text, "2016-05-02").primary
    assert ev is not None
    assert (ev.fatalities.best, ev.injuries.best or 0) == (1, 0)


@pytest.mark.parametrize(("text", "day"), [
    # The report is dated by the death; the shooting's own day, told later, is the act's.
    ("Marcus Bell died Wednesday night at a hospital in Dayton, Ohio. Police said someone "
     "opened fire on him outside his home on Sunday night.", "2016-03-06"),
    # A death told with no earlier act day keeps the death's day.
    ("Marcus Bell died Wednesday night after he was shot outside his home in Dayton, Ohio, "
     "police said.", "2016-03-09"),
])
def test_pipeline_act_before_death_dates_the_incident(pipeline, text: str,  # type: ignore[no-untyped-def]
                                                      day: str) -> None:
    coded = _code(pipeline, text, "2016-03-10")
    assert coded.primary is not None
    assert coded.primary.date.value == day


@pytest.mark.parametrize(("text", "day"), [
    # An undated incident takes the date of the act told later, not that of an unrelated
    # passage in between.
    ("A 15-year-old boy was shot in the leg outside a store in Dayton, Ohio, police said. "
     "He was taken to a hospital in stable condition. Officers asked witnesses to come "
     "forward. The owner said business had been slow for months. On Friday, the owner "
     "repainted the front of the store. Police continue to investigate Sunday's shooting.",
     "2016-05-01"),
    # A sentence right next to the incident's own dates it, act words or not.
    ("A man was shot and wounded in Dayton, Ohio. Officers were called to the home at "
     "11 p.m. Saturday.", "2016-04-30"),
])
def test_pipeline_undated_incident_takes_a_date_from_around_it(  # type: ignore[no-untyped-def]
        pipeline, text: str, day: str) -> None:
    coded = _code(pipeline, text, "2016-05-02")
    assert coded.primary is not None
    assert coded.primary.date.value == day


@pytest.mark.parametrize(("text", "day", "toll"), [
    # The same dead and wounded told on the day of publication and on the day before:
    # one act, on the earlier day.
    ("Three people died and two were wounded in a shooting early Monday morning, police "
     "said.\n\nDAYTON, Ohio - Five people were shot, three fatally, outside a bar early "
     "Sunday morning, police said.\n\nThe gunman fled in a car.", "2016-05-01", (3, 2)),
    # The report's day comes from a sentence with no casualties (what followed); the act
    # told with its own earlier day and agreeing casualties is the incident.
    ("One firefighter was killed in a shooting in Dayton, Ohio.\n\nAs police worked today "
     "to learn why a gunman opened fire, the suspect was released from custody.\n\nOne "
     "firefighter was killed and another wounded when a man opened fire outside a home on "
     "Sunday night, police said.", "2016-05-01", (1, 1)),
])
def test_pipeline_same_act_told_twice_keeps_the_earlier_day(  # type: ignore[no-untyped-def]
        pipeline, text: str, day: str, toll: tuple[int, int]) -> None:
    coded = _code(pipeline, text, "2016-05-02")
    ev = coded.primary
    assert ev is not None
    assert ev.date.value == day
    assert (ev.fatalities.best or 0, ev.injuries.best or 0) == toll
    assert sum(e.date.value == day for e in _current(coded)) == 1


@pytest.mark.parametrize(("text", "toll", "days"), [
    # Other casualties on another day are another incident.
    ("Two men were shot and wounded outside a bar in Dayton, Ohio, early Monday, police "
     "said.\n\nOn Saturday, a woman was shot and killed in a separate shooting across town.",
     (None, 2), {"2016-05-02", "2016-04-30"}),
    # The same toll from another kind of violence the day before is another act too.
    ("Two people were killed in a shooting in Dayton, Ohio, on Monday, police said.\n\nOn "
     "Sunday, a bomb killed two people at a market in Dayton.",
     (2, None), {"2016-05-02", "2016-05-01"}),
])
def test_pipeline_other_act_on_another_day_keeps_its_own_event(  # type: ignore[no-untyped-def]
        pipeline, text: str, toll: tuple[int | None, int | None], days: set[str]) -> None:
    coded = _code(pipeline, text, "2016-05-02")
    assert coded.primary is not None
    assert coded.primary.date.value == "2016-05-02"
    if toll[0] is not None:
        assert coded.primary.fatalities.best == toll[0]
    if toll[1] is not None:
        assert coded.primary.injuries.best == toll[1]
    assert {e.date.value for e in _current(coded)} == days


@pytest.mark.parametrize(("text", "toll"), [
    # A death told with a day well before the main incident's is another act: the
    # wounding reported as news does not take its dead.
    ("A man was shot and wounded in Dayton, Ohio, on Sunday, police said.\n\nOn April 20, "
     "a woman was shot and killed a block away.", (None, 1)),
    # Nor does one told only with its month.
    ("A man was shot and wounded in Dayton, Ohio, on Sunday, police said.\n\nEarlier this "
     "month, a teenager was shot and killed on the same street.", (None, 1)),
    # A death told after the act is still its outcome.
    ("A man was shot in Dayton, Ohio, on Sunday night, police said.\n\nHe died at a hospital "
     "on Monday.", (1, 0)),
])
def test_pipeline_main_incident_does_not_borrow_another_acts_toll(  # type: ignore[no-untyped-def]
        pipeline, text: str, toll: tuple[int | None, int | None]) -> None:
    ev = _code(pipeline, text, "2016-05-02").primary
    assert ev is not None
    assert ev.date.value == "2016-05-01"
    assert (ev.fatalities.best, ev.injuries.best) == toll


def test_pipeline_same_act_named_by_a_generic_word_is_one_event(  # type: ignore[no-untyped-def]
        pipeline) -> None:
    # "An attack" names no other means than the shooting: the same two dead told with
    # their own earlier day are the same act, on that day.
    coded = _code(pipeline, "Two men were shot dead outside a bar in Dayton, Ohio, today, "
                  "police said.\n\nTwo men were killed in an attack outside a Dayton bar "
                  "early Sunday, police said.", "2016-05-02")
    assert [(e.date.value, e.fatalities.best) for e in _current(coded)] == [("2016-05-01", 2)]


@pytest.mark.parametrize(("title", "text", "wounded"), [
    # The headline numbers the incident's wounded; the body's larger "shot" counts more.
    ("Four wounded in Dayton bar shooting", "Five people were shot outside a bar in Dayton, "
     "Ohio, on Sunday night, police said.\n\nThe gunman fled in a car.", 4),
    # A headline with no figure caps nothing.
    ("Man shot in Dayton", "Two people were shot and wounded outside a bar in Dayton, Ohio, "
     "on Sunday night, police said.", 2),
])
def test_pipeline_headline_figure_caps_the_wounded(  # type: ignore[no-untyped-def]
        pipeline, title: str, text: str, wounded: int) -> None:
    coded = pipeline.code(Article("t", text, title=title, published=dt.date(2016, 5, 2)))
    assert coded.primary is not None
    assert coded.primary.injuries.best == wounded


@pytest.mark.parametrize(("text", "etype"), [
    # A dead attacker beside a wounded victim is the attack's own loss, not a clash.
    ("A senator was shot and wounded outside his home in Medellin, Colombia, on Thursday, "
     "police said.\n\nThe gunman was killed by his bodyguards.", "Violence against civilians"),
    ("Gunmen shot dead a trade unionist in San Salvador on Monday, police said.\n\nOne of the "
     "attackers was killed by a guard.", "Violence against civilians"),
    # The attackers' death as the lead tells it is a fight between armed men.
    ("Police killed three gunmen in a shootout in Cali, Colombia, on Monday, police said.",
     "Battles"),
    # Clashes told after a one-sided act are another act: the arson stays an arson.
    ("Rebels set fire to two cotton processing plants in San Miguel, El Salvador, early on "
     "Monday, officials said.\n\nHeavy clashes were also reported in the area, where two "
     "soldiers were killed.", "Violence against civilians"),
    # A plan types nothing: the ambush was never done.
    ("Gunmen who had planned to ambush his car shot dead a trade unionist in San Salvador on "
     "Monday, police said.", "Violence against civilians"),
    # A fight told in the lead, or pointed back to, is still a battle.
    ("Troops clashed with rebels near Perquin, El Salvador, on Sunday; three rebels were "
     "killed and two others wounded.", "Battles"),
    ("Rebels attacked an army post in Perquin, El Salvador, on Sunday, officials said.\n\nTwo "
     "soldiers and three rebels were killed in the fighting.", "Battles"),
])
def test_pipeline_type_comes_from_the_incidents_own_act(  # type: ignore[no-untyped-def]
        pipeline, text: str, etype: str) -> None:
    ev = _code(pipeline, text, "1990-03-06").primary
    assert ev is not None
    assert ev.event_type == etype
