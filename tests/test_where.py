"""Geoparser: recognition, resolution, datelines, distance phrases and offsets."""

from __future__ import annotations

import math

import pytest

from wirecoder._where_people import surnames
from wirecoder._where_upper import kind_names
from wirecoder.gazetteer import Gazetteer
from wirecoder.gazetteer.build import build_default
from wirecoder.model import GazEntry, Span
from wirecoder.sources import SourceRegion
from wirecoder.where import (
    DistancePhrase,
    Geoparser,
    PlaceMention,
    _lower_word,
    _strip_name,
    _us_report,
    distance_mismatch,
    find_dateline,
    haversine_km,
    offset_point,
    to_place,
)


@pytest.fixture(scope="session")
def geo(tmp_path_factory: pytest.TempPathFactory) -> Geoparser:
    # Same shared index as tests/test_gazetteer.py (built once per session, ~15 s).
    path = tmp_path_factory.getbasetemp() / "wirecoder-gazetteer.sqlite"
    if not path.exists():
        build_default(path)
    return Geoparser(Gazetteer.open(path))


def _find(mentions: tuple[PlaceMention, ...], name: str) -> PlaceMention:
    for m in mentions:
        if m.name.lower() == name.lower():
            return m
    raise AssertionError(f"{name!r} not among {[m.name for m in mentions]}")


@pytest.mark.parametrize(("text", "name", "cc", "admin1"), [
    ("A man was shot dead in Manson, Washington, late on Sunday.", "Manson", "US", "Washington"),
    ("A man was shot dead in Manson, Iowa, late on Sunday.", "Manson", "US", "Iowa"),
    ("Police in Manson said the gunman fled toward Chelan County. Washington state troopers "
     "joined the search.", "Manson", "US", "Washington"),
    ("Two people were wounded in Sparta, Ga., on Friday.", "Sparta", "US", "Georgia"),
    ("Two people were wounded in Sparta, Tenn., on Friday.", "Sparta", "US", "Tennessee"),
    ("Norfolk police said the shooting happened overnight. The Virginia man was arrested.",
     "Norfolk", "US", "Virginia"),
    ("Deputies in DeKalb County said the victim lived in Decatur.", "Decatur", "US",
     "Georgia"),
    ("Deputies in DeKalb County said the victim lived in Decatur.", "DeKalb County", "US",
     "Georgia"),
    ("A boy was shot at a home in Harris County on Friday.", "Harris County", "US", "Texas"),
    ("Gunmen attacked a checkpoint in Kandahar on Tuesday.", "Kandahar", "AF", "Kandahar"),
    ("Shelling hit Maarat al-Numan overnight.", "Maarat al-Numan", "SY", "Idlib"),
    ("Shelling hit Maaret al-Numan overnight.", "Maaret al-Numan", "SY", "Idlib"),
    ("Shelling hit Ma'arrat an-Nu'man overnight.", "Ma'arrat an-Nu'man", "SY", "Idlib"),
    # A county's offices name the county, and the county settles its seat's state.
    ("Sangamon County Coroner Jane Roe named the victim. Springfield police said he was 18.",
     "Springfield", "US", "Illinois"),
    # A common word after "in" is a town when it names a sizeable one.
    ("Four people were hurt in a shooting in Mobile on Friday.", "Mobile", "US", "Alabama"),
    ("Mobile police said two men were arrested.", "Mobile", "US", "Alabama"),
    # A sentence's first word is no part of the name after it.
    ("Two Gary men were charged on Monday.", "Gary", "US", "Indiana"),
    ("Six people were injured in a shooting in Southwest D.C. on Sunday.", "D.C.", "US",
     "District of Columbia"),
    ("A woman was shot in Downtown Reno on Friday.", "Reno", "US", "Nevada"),
    # Headlines: a town named by its people and events, a capitalised preposition.
    ("Carbondale chief: officer serious but stable after shooting", "Carbondale", "US",
     "Illinois"),
    ("Crab Festival Shooting Rocks the Williston Community", "Williston", "US",
     "North Dakota"),
    # A TV call sign after the dateline, or police idiom, marks a US report: its Chelsea
    # is Massachusetts's.
    ("CHELSEA (WHDH) - A teen died after a shooting in Chelsea on Friday.", "Chelsea", "US",
     "Massachusetts"),
    ("A teen died after a shooting in Chelsea on Friday in the 100 block of Broadway. He "
     "faces a felony charge.", "Chelsea", "US", "Massachusetts"),
    # An agency's tag after a foreign dateline is no US call sign.
    ("BAGHDAD (AP) - A car bomb killed five people in Mosul on Sunday.", "Mosul", "IQ",
     "Nineveh"),
    ("RAMALLAH (WAFA) - Two men were wounded in Nablus on Sunday.", "Nablus", "PS",
     "West Bank"),
    # A big city before a small country's province of the same name.
    ("A Toledo man was found guilty on Monday.", "Toledo", "US", "Ohio"),
    ("A Charlotte mother was charged after her daughter was shot.", "Charlotte", "US",
     "North Carolina"),
    # A name's reading as a district never lifts its other readings.
    ("A St. Louis woman was killed on Sunday.", "St. Louis", "US", "Missouri"),
])
def test_where_resolves_by_context(geo: Geoparser, text: str, name: str, cc: str,
                                   admin1: str) -> None:
    best = _find(geo.parse(text).mentions, name).best
    assert best is not None and (best.country_code, best.admin1) == (cc, admin1)


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Troops were ambushed near the Siwa Oasis on Friday.", "Siwa Oasis", "OAS"),
    ("Boko Haram fighters fled into the Sambisa Forest.", "Sambisa Forest", "FRST"),
    ("The army pushed into the Swat Valley in May.", "Swat Valley", "VAL"),
    ("Militants struck a checkpoint in Sinai on Monday.", "Sinai", "PEN"),
    ("Attacks rose in the north of the Sinai Peninsula.", "Sinai Peninsula", "PEN"),
    ("A resort in South Sinai was evacuated.", "South Sinai", "ADM1"),
    ("Fighting continued in the Nuba Mountains.", "Nuba Mountains", "MTS"),
])
def test_where_natural_features(geo: Geoparser, text: str, name: str, code: str) -> None:
    best = _find(geo.parse(text).mentions, name).best
    assert best is not None and best.feature_code == code and best.country_code in (
        "EG", "NG", "PK", "SD")


def test_where_orgs_hint_becomes_mention(geo: Geoparser) -> None:
    text = "Police said the convoy was hit in the Farafra Oasis, officials said."
    start = text.index("the Farafra")
    hint = Span(start, start + len("the Farafra Oasis"), "the Farafra Oasis")
    m = _find(geo.parse(text, hints=[hint]).mentions, "Farafra Oasis")
    assert m.span.text == "Farafra Oasis" and m.best is not None
    assert m.best.country_code == "EG" and m.cue == "in"


@pytest.mark.parametrize(("text", "want", "absent"), [
    ("A BOMB EXPLODED IN SAN SALVADOR TODAY. THE ARMY SAID POLICE IN MAY ARRESTED TWO.",
     {"SAN SALVADOR"}, {"THE", "ARMY", "POLICE", "MAY"}),
    ("GUERRILLAS ATTACKED A POST NEAR USULUTAN, THE ARMED FORCES PRESS OFFICE REPORTED.",
     {"USULUTAN"}, {"ARMED", "FORCES", "PRESS", "OFFICE"}),
])
def test_where_upper_case_wires(geo: Geoparser, text: str, want: set[str],
                                absent: set[str]) -> None:
    names = {m.name for m in geo.parse(text).mentions}
    assert want <= names and not (absent & names)


def test_where_upper_case_resolves_to_salvador(geo: Geoparser) -> None:
    m = _find(geo.parse("A BOMB EXPLODED IN SAN SALVADOR TODAY.").mentions, "SAN SALVADOR")
    assert m.best is not None and m.best.country_code == "SV"


@pytest.mark.parametrize(("text", "absent"), [
    ("Since the army removed former president Mohammed Morsi, attacks rose. Morsi was "
     "elected in 2012.", {"Morsi", "Since", "Mohammed"}),
    ("Police said the 400 block of West 89th Street was closed.", {"West", "Police"}),
    ("May was a quiet month, the Security Council said.", {"May", "Security"}),
    ("A SWAT team entered the building.", {"SWAT"}),
    ("They met in Independence Hall in March.", {"Independence", "March"}),
    ("He died at Comer's Children's Hospital after a shooting in Englewood.", set()),
    # A city's sections are no towns of their own.
    ("Two men were shot on the West Side late Sunday.", {"West Side"}),
    ("A teen was shot Downtown on Friday.", {"Downtown"}),
    ("The vote in Congress came after the rally.", {"Congress"}),
    ("South LA residents gathered on Sunday.", {"South"}),
    # Nouns local news capitalises inside names are no towns without a cue.
    ("A fight broke out at Ice Bar and Grill on Sunday night.", {"Grill", "Bar"}),
    ("A suspect was found guilty in the Boys and Girls Club shooting.", {"Boys", "Girls"}),
    ("The fire department closed the road after a shooting in the Village on Friday.",
     {"Village"}),
    # People named in full with an age, then by surname alone, even a big city's name.
    ("Antonio Kelley and Derrius Brandon, both 23, were shot on Saturday. Brandon was a "
     "father of two.", {"Brandon"}),
    ("Police arrested 18-year-old Leonard Adams on Friday. Adams was held on bond.",
     {"Adams"}),
    ("Meraland Taylor Jackson, 66, is charged with assault. Jackson was released.",
     {"Jackson"}),
])
def test_where_drops_false_places(geo: Geoparser, text: str, absent: set[str]) -> None:
    names = {m.name for m in geo.parse(text).mentions}
    assert not (absent & names), names


def test_where_hospital_name_is_no_scene(geo: Geoparser) -> None:
    mentions = geo.parse("He died at Comer's Children's Hospital after a shooting in "
                         "Englewood.").mentions
    assert [m.cue for m in mentions if m.name == "Comer"] in ([], ["hospital"])


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Downtown Reno was locked down after the shooting.", "Reno", "US"),
    ("Police say a man was shot in East Knoxville on Monday.", "Knoxville", "US"),
    ("5 people injured in northwest Atlanta shooting Monday", "Atlanta", "US"),
    ("Raleigh police are investigating the shooting.", "Raleigh", "US"),
    ("The Cairo-based group denied the claim.", "Cairo", "EG"),
])
def test_where_prefixes_and_cues(geo: Geoparser, text: str, name: str, cc: str) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.country_code == cc


@pytest.mark.parametrize(("text", "city"), [
    ("AFP, CAIRO\n\nAt least five people were killed.", "CAIRO"),
    ("CAIRO (Reuters) - Gunmen killed two policemen.", "CAIRO"),
    ("KNOXVILLE (WATE) -- A man was shot on Monday.", "KNOXVILLE"),
    ("SAN SALVADOR, 3 JAN 90 (RADIO CANAL 8) -- [TEXT] THE ARMY REPORTED.", "SAN SALVADOR"),
    ("LIMA, 5 FEB 90 (EFE) -- [TEXT] A BOMB EXPLODED.", "LIMA"),
    ("KABUL, Oct. 21 (Xinhua) -- Ten people died.", "KABUL"),
    ("A BOMB EXPLODED IN SAN SALVADOR TODAY.", None),
    ("Gunmen killed two policemen in Cairo.", None),
])
def test_where_find_dateline(text: str, city: str | None) -> None:
    span = find_dateline(text)
    if city is None:
        assert span is None
    else:
        assert span is not None and span.text == city and text[span.start:span.end] == city


def test_where_dateline_mention_flagged(geo: Geoparser) -> None:
    p = geo.parse("CAIRO (Reuters) - Gunmen killed two policemen in Giza.")
    assert p.dateline is not None and p.dateline.text == "CAIRO"
    dl = [m for m in p.mentions if m.is_dateline]
    assert len(dl) == 1 and dl[0].best is not None and dl[0].best.country_code == "EG"
    assert not _find(p.mentions, "Giza").is_dateline


@pytest.mark.parametrize(("phrase", "km", "bearing", "ref"), [
    ("about 200km southeast of Cairo", 200.0, 135.0, "Cairo"),
    ("50 kilometres (30 miles) north of Kabul", 50.0, 0.0, "Kabul"),
    ("25 miles west of Knoxville", 25 * 1.609344, 270.0, "Knoxville"),
    ("10 km from Aleppo", 10.0, math.nan, "Aleppo"),
    ("some 120 kilometers north-east of Baghdad", 120.0, 45.0, "Baghdad"),
])
def test_where_distance_phrases(geo: Geoparser, phrase: str, km: float, bearing: float,
                                ref: str) -> None:
    text = f"The attack took place {phrase}, officials said."
    p = geo.parse(text)
    assert len(p.distances) == 1
    d = p.distances[0]
    assert d.km == pytest.approx(km)
    assert (math.isnan(d.bearing) and math.isnan(bearing)) or d.bearing == bearing
    assert d.ref is not None and d.ref.name == ref
    assert text[d.span.start:d.span.end] == d.span.text and d.span.text.startswith(
        phrase.split()[0])


def _phrase_from(geo: Geoparser, text: str) -> DistancePhrase:
    return geo.parse(text).distances[0]


@pytest.mark.parametrize(("text", "point", "mismatch"), [
    # The oasis is ~300 km WSW of Cairo: "200km southeast" contradicts it.
    ("on a road to the oasis, about 200km southeast of Cairo", (28.35, 28.87), True),
    # Tanta is ~80 km north (NNW) of Cairo.
    ("in a town about 90 km north of Cairo", (30.79, 31.00), False),
    ("in a town 100 km from Cairo", (30.79, 31.00), False),
    ("in a town 400 km from Cairo", (30.79, 31.00), True),
    ("in a village 80 km south of Cairo", (30.79, 31.00), True),
])
def test_where_distance_mismatch(geo: Geoparser, text: str, point: tuple[float, float],
                                 mismatch: bool) -> None:
    assert distance_mismatch(point, _phrase_from(geo, text)) is mismatch


def test_where_offset_point_roundtrip() -> None:
    lat, lon = offset_point(30.0, 31.0, 200.0, 135.0)
    assert haversine_km((30.0, 31.0), (lat, lon)) == pytest.approx(200.0, rel=1e-6)
    assert lat < 30.0 and lon > 31.0


def test_where_offsets_and_title_part(geo: Geoparser) -> None:
    title = "Gunmen kill 3 in Kandahar"
    p = geo.parse(title, offset=0, part="title")
    m = _find(p.mentions, "Kandahar")
    assert m.span.part == "title" and title[m.span.start:m.span.end] == "Kandahar"
    body = "Earlier text. Gunmen killed three people in Kandahar, about 10 km from Herat."
    sub = body[14:]
    p2 = geo.parse(sub, offset=14)
    m2 = _find(p2.mentions, "Kandahar")
    assert body[m2.span.start:m2.span.end] == "Kandahar"
    d = p2.distances[0]
    assert body[d.span.start:d.span.end] == d.span.text


def test_where_countries_and_admin1(geo: Geoparser) -> None:
    p = geo.parse("Egyptian troops clashed with militants near the Libyan border in Egypt's "
                  "Matrouh; an Afghan official in Helmand said.")
    assert p.countries[0] == "EG" and {"LY", "AF"} <= set(p.countries)
    assert ("AF", "10") in p.admin1


def test_where_runners_up_kept(geo: Geoparser) -> None:
    m = _find(geo.parse("A man was shot in Manson, Iowa.").mentions, "Manson")
    assert len(m.candidates) >= 2 and m.candidates[0].score > m.candidates[1].score


@pytest.mark.parametrize(("name", "precision"), [
    ("Bahariya Oasis", 2), ("Cairo", 1), ("South Sinai", 3), ("Egypt", 4), ("Sinai", 3),
])
def test_where_to_place_precision(geo: Geoparser, name: str, precision: int) -> None:
    entry: GazEntry = geo.gaz.lookup(name)[0]
    place = to_place(entry, geo.gaz)
    assert place.precision == precision and place.country == "Egypt"
    assert place.gazetteer_id == entry.id


def test_where_to_place_from_mention(geo: Geoparser) -> None:
    text = "Fighters were killed in the Bahariya Oasis on Friday."
    m = _find(geo.parse(text).mentions, "Bahariya Oasis")
    place = to_place(m, geo.gaz)
    assert (place.admin1, place.country_code, place.precision) == ("Giza", "EG", 2)
    assert place.lat == pytest.approx(28.35, abs=0.2) and place.lon == pytest.approx(28.87,
                                                                                       abs=0.2)
    assert place.text == "Bahariya Oasis" and place.span == m.span


@pytest.mark.parametrize(("text", "name", "cc", "admin1"), [
    # An alternate (historic) name weighs less than a town's own name, and the dateline's
    # state is a prior for the report's other mentions.
    ("SALEM, Ore. -- A man was shot outside a Salem bar late Friday.", "Salem", "US", "Oregon"),
    # No seat of a same-name county elsewhere: Cleveland, Ohio, not Oklahoma.
    ("CLEVELAND -- A boy was shot in Cleveland on Saturday.", "Cleveland", "US", "Ohio"),
    ("COLUMBUS (WXYZ) -- A man was shot in Columbus.", "COLUMBUS", "US", "Ohio"),
    # A town the gazetteer lacks in the stated state falls back to that state.
    ("IRA, Vt. (AP) -- A hunter was shot near Ira on Sunday.", "IRA", "US", "Vermont"),
])
def test_where_home_region_priors(geo: Geoparser, text: str, name: str, cc: str,
                                  admin1: str) -> None:
    best = _find(geo.parse(text).mentions, name).best
    assert best is not None and (best.country_code, best.admin1) == (cc, admin1)


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Ten dead in shooting at Ore. community college", "Ore.", "Oregon"),
    ("MISSOULA, Mont. - A boy was shot on Wednesday.", "Mont.", "Montana"),
    ("Fight outside a bar - News for Florence, SC", "SC", "South Carolina"),
])
def test_where_state_abbreviations_are_states(geo: Geoparser, text: str, name: str,
                                              admin1: str) -> None:
    best = _find(geo.parse(text).mentions, name).best
    assert best is not None and best.feature_code == "ADM1" and best.admin1 == admin1


@pytest.mark.parametrize(("text", "hint", "dropped"), [
    ("An AP reporter saw the shooting.", "AP", "AP"),
    ("Relatives defended Shallon Sales on Friday.", "Sales", "Sales"),
])
def test_where_hints_drop_acronyms_and_surnames(geo: Geoparser, text: str, hint: str,
                                                dropped: str) -> None:
    start = text.index(hint)
    parse = geo.parse(text, hints=[Span(start, start + len(hint), hint)])
    assert dropped not in {m.name for m in parse.mentions}


def test_where_context_from_other_part(geo: Geoparser) -> None:
    body = geo.parse("The shooting happened on Main Street, Oregon State Police said.")
    title = geo.parse("Man shot in Salem", part="title", context=body)
    best = _find(title.mentions, "Salem").best
    assert best is not None and best.admin1 == "Oregon"


@pytest.mark.parametrize(("text", "absent"), [
    ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY SAID THE GUERRILLAS WILL MAKE "
     "A STATEMENT IN THE MORNING ON THE CHARGE.", ("MAKE", "IN THE", "CHARGE")),
    ("SAN SALVADOR, 3 JAN 90 -- A BOMB EXPLODED IN DOWNTOWN SAN SALVADOR TODAY.",
     ("DOWNTOWN",)),
])
def test_where_upper_case_words_are_no_places(geo: Geoparser, text: str,
                                              absent: tuple[str, ...]) -> None:
    names = {m.name for m in geo.parse(text).mentions}
    assert not names & set(absent), names


@pytest.mark.parametrize(("text", "name", "cc", "code"), [
    # The dateline's country dominates an ALL-CAPS wire's Latin American names.
    ("SAN SALVADOR, 3 JAN 90 -- [TEXT] A REPORTER WAS KILLED IN SAN FRANCISCO JAVIER, "
     "USULUTAN DEPARTMENT, IN EASTERN EL SALVADOR.", "SAN FRANCISCO JAVIER", "SV", "ADM1"),
    ("SAN SALVADOR, 3 JAN 90 -- [TEXT] A BOMB EXPLODED IN DOWNTOWN SAN SALVADOR.",
     "SAN SALVADOR", "SV", None),
])
def test_where_upper_case_home_country_dominates(geo: Geoparser, text: str, name: str,
                                                 cc: str, code: str | None) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.country_code == cc
    if code is not None:
        assert m.best.feature_code == code


def test_where_upper_case_foreign_village_dropped(geo: Geoparser) -> None:
    text = "SAN SALVADOR, 3 JAN 90 -- [TEXT] SOLDIERS CLASHED WITH REBELS IN SAN MIGUELITO."
    names = {m.name for m in geo.parse(text).mentions}
    assert "SAN MIGUELITO" not in names


def test_where_dateline_bracketed_country(geo: Geoparser) -> None:
    p = geo.parse("ROME (ITALY), 11 JAN 90 -- [TEXT] THE LEADER SPOKE OF EL SALVADOR.")
    italy = _find(p.mentions, "ITALY")
    assert italy.is_dateline
    assert "IT" in p.countries


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The Cook County medical examiner named the boy. He lived in Villa Park. "
     "The DuPage County Sheriff's office is investigating.", "Villa Park", "Illinois"),
    ("A man was shot in Buffalo on Sunday, Erie County officials said.", "Buffalo",
     "New York"),
    ("DALLAS (KXAS) -- Police said a man was shot outside a bar in Arlington.", "Arlington",
     "Texas"),
])
def test_where_us_report_states_settle_towns(geo: Geoparser, text: str, name: str,
                                             admin1: str) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.country_code == "US" and m.best.admin1 == admin1


@pytest.mark.parametrize(("text", "absent"), [
    ("MEMPHIS, Tenn. (WREG) -- A man was shot at a sports bar in Memphis. Kendall is "
     "recovering, police said.", {"Kendall"}),
    ("ATLANTA (WSB) -- Police in Atlanta said Selma, 62, was shot at her home.",
     {"Warren"}),
])
def test_where_us_report_drops_people_and_foreign_words(geo: Geoparser, text: str,
                                                        absent: set[str]) -> None:
    names = {m.name for m in geo.parse(text).mentions}
    assert not names & absent


def test_where_us_report_needs_country_for_town_abroad(geo: Geoparser) -> None:
    text = ("HOUSTON, Texas (KHOU) -- Two men were shot at the Bar on Main Street in Houston "
            "late Friday, Harris County deputies said.")
    for m in geo.parse(text).mentions:
        assert all(c.entry.country_code == "US" for c in m.candidates), m.name


@pytest.mark.parametrize(("text", "city"), [
    ("March 1, 2014 5:40 PM  PITTSBURGH (KDKA) - Police said", "PITTSBURGH"),
    ("Watch the video.  ST. LOUIS, MO (KTVI)-More violence", "ST. LOUIS"),
    ("Police said a man (WMC) - was shot", None),
])
def test_where_station_dateline_after_debris(text: str, city: str | None) -> None:
    dl = find_dateline(text)
    assert (dl.text if dl is not None else None) == city


def test_where_neighbourhood_takes_dateline_city(geo: Geoparser) -> None:
    text = "PITTSBURGH (KDKA) -- One man was killed when gunfire erupted at a bar in Homewood."
    m = _find(geo.parse(text).mentions, "Homewood")
    assert m.best is not None and m.best.name == "Pittsburgh"


@pytest.mark.parametrize(("text", "city"), [
    ("text size  Three shot      CINCINNATI (Jane Roe) -- Police said", "CINCINNATI"),
    ("View Full Caption Photo/Some One  MANHATTAN — A father was killed", "MANHATTAN"),
    ("Police said  Smith (Jane Roe) was shot", None),
])
def test_where_station_dateline_reporter_or_dash(text: str, city: str | None) -> None:
    dl = find_dateline(text)
    assert (dl.text if dl is not None else None) == city


@pytest.mark.parametrize(("text", "name", "cue"), [
    ("The boy was taken to a hospital in Spartanburg, S.C., police said.", "Spartanburg",
     "hospital"),
    ("She was flown to Charlotte for treatment.", "Charlotte", "hospital"),
    ("The boy was shot in Spartanburg, S.C., police said.", "Spartanburg", "in"),
])
def test_where_hospital_cue_marks_away_places(geo: Geoparser, text: str, name: str,
                                              cue: str) -> None:
    assert _find(geo.parse(text).mentions, name).cue == cue


def test_where_block_of_is_a_street(geo: Geoparser) -> None:
    text = "CHICAGO (WGN) -- A man was shot in the 7200 block of South Langley on Sunday."
    assert all(m.name != "Langley" for m in geo.parse(text).mentions)


def test_where_person_named_once_stays_a_person(geo: Geoparser) -> None:
    text = ("DENVER (KDVR) -- Police said Jonathon Walker told his brother he was sorry. "
            "And Walker did not come back.")
    assert all(m.name != "Walker" for m in geo.parse(text).mentions)


def test_where_headline_neighbourhood_takes_body_dateline_city(geo: Geoparser) -> None:
    body = geo.parse("COLUMBUS (WCMH) -- A girl was shot by her brother, police said.")
    title = geo.parse("Boy shoots sister in Franklinton", part="title", context=body)
    m = _find(title.mentions, "Franklinton")
    assert m.best is not None and m.best.name == "Columbus" and m.best.admin1 == "Ohio"


def test_where_complex_named_in_text_is_in_home_city(geo: Geoparser) -> None:
    text = ("DANVILLE, Ill. (WCIA) -- A man was shot outside the Green Meadows apartment "
            "complex on the city's east side.")
    m = _find(geo.parse(text).mentions, "Green Meadows")
    assert m.best is not None and m.best.admin1 == "Illinois"


@pytest.mark.parametrize(("text", "city"), [
    ("Club fight may have led to shooting\n\nDALLAS – A man was killed late Friday.", "DALLAS"),
    ("ABC: Fight at a club\n\nDALLAS – A man was killed late Friday.", "DALLAS"),
    ("Officers said a man – who was shot – had died.", None),
])
def test_where_dateline_en_dash_below_kicker(geo: Geoparser, text: str, city: str | None
                                            ) -> None:
    dl = geo.parse(text).dateline
    assert (dl.text if dl is not None else None) == city


@pytest.mark.parametrize(("title", "name"), [
    ("Blytheville man charged in killing", "Blytheville"),
    ("Gainesville teens arrested after shooting", "Gainesville"),
    ("St. Louis woman killed by stray bullet", "St. Louis"),
])
def test_where_headline_opens_on_residents_town(geo: Geoparser, title: str, name: str
                                               ) -> None:
    _find(geo.parse(title, part="title").mentions, name)


def test_where_state_before_town_of_is_the_state(geo: Geoparser) -> None:
    text = ("A man killed six people in the Florida town of Bell, Gilchrist County deputies "
            "said. Dallas police had sought him since May.")
    m = _find(geo.parse(text).mentions, "Florida")
    assert m.best is not None and m.best.feature_code == "ADM1" and m.best.country_code == "US"


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("SANTIAGO, 3 MAY 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN DOWNTOWN SANTIAGO.",
     "SANTIAGO", "CL"),
    ("BOGOTA, 5 MAY 89 (EFE) -- [TEXT] COULD YOU PLEASE TELL US WHO PLACED THE BOMB IN "
     "BOGOTA?", "BOGOTA", "CO"),
])
def test_where_upper_case_capitals_stay_home(geo: Geoparser, text: str, name: str,
                                             cc: str) -> None:
    parsed = geo.parse(text)
    assert "US" not in parsed.countries  # "TELL US" is a pronoun in capitals
    resolved = {m.best.country_code for m in parsed.mentions if m.name == name and m.best}
    assert resolved == {cc}


@pytest.mark.parametrize(("text", "name", "cc"), [
    # The dateline is the city its reader knows, whatever foreign country the story names.
    ("BOGOTA, 9 SEP 89 (AFP) -- [TEXT] A JUDGE FREED THE MAN WANTED BY THE U.S. GOVERNMENT "
     "IN THE UNITED STATES.", "BOGOTA", "CO"),
    # A dateline names a city, not a province of that name elsewhere.
    ("SUCRE, 3 SEP 89 (RADIO) -- [TEXT] A BOMB DAMAGED A BANK TODAY.", "SUCRE", "BO"),
    # Where the wire was filed weighs on the namesakes it names.
    ("MADRID (SPAIN), 23 APR 90 -- [TEXT] A BOMB EXPLODED IN MADRID; THE COLOMBIAN "
     "EMBASSY IN COLOMBIA WAS WARNED.", "MADRID", "ES"),
])
def test_where_upper_case_dateline_resolution(geo: Geoparser, text: str, name: str,
                                              cc: str) -> None:
    resolved = {m.best.country_code for m in geo.parse(text).mentions
                if m.name == name and m.best is not None}
    assert resolved == {cc}


@pytest.mark.parametrize(("text", "first", "absent"), [
    # Foreign peoples named as victims or backers do not outweigh the dateline.
    ("SAN SALVADOR, 21 NOV 89 -- [TEXT] THE HOSTAGES WERE U.S. CITIZENS. ANOTHER U.S. "
     "CITIZEN WAS HURT AND A U.S. OFFICIAL SPOKE.", "SV", None),
    # Towns of one country outweigh a region's people ("CENTRAL AMERICAN" is no American).
    ("CLANDESTINE, 13 NOV 89 -- [TEXT] UNITS ATTACKED POSTS IN ZACATECOLUCA AND IN "
     "JIQUILISCO, THE CENTRAL AMERICAN PEOPLE WERE TOLD.", "SV", "US"),
    # "CARACAS, VENEZUELA" names one place abroad, not two.
    ("SAN SALVADOR, 2 NOV 89 -- [TEXT] THE TALKS IN CARACAS, VENEZUELA, WERE SUSPENDED.",
     "SV", None),
    # A dateline that spells out its country is filed from abroad.
    ("MANAGUA (NICARAGUA), 2 NOV 89 -- [TEXT] THE ARMY BOMBED TOWNS IN EL SALVADOR.",
     "SV", None),
])
def test_where_upper_case_report_country(geo: Geoparser, text: str, first: str,
                                         absent: str | None) -> None:
    parsed = geo.parse(text)
    assert parsed.upper and parsed.countries[0] == first
    assert absent is None or absent not in parsed.countries


def test_where_two_word_demonym_counts_once(geo: Geoparser) -> None:
    p = geo.parse("The Costa Rican minister met a Panamanian envoy and a Panamanian aide.")
    assert not p.upper and p.countries[0] == "PA"


def test_where_upper_case_comma_cues_past_compass_word(geo: Geoparser) -> None:
    p = geo.parse("BOGOTA, 28 AUG 89 -- [TEXT] THE AGENTS WERE FREED IN GRANADA, EASTERN "
                  "ANTIOQUIA DEPARTMENT.")
    m = _find(p.mentions, "ANTIOQUIA")
    assert m.best is not None and m.best.country_code == "CO"


_TN_STATION = SourceRegion("wxyz.example", "US", "Tennessee", 8, 0.8, None)


@pytest.mark.parametrize(("text", "name", "region", "admin1"), [
    # A bare namesake: the big one, unless the outlet's own state has one.
    ("The 2-year-old who was shot inside an apartment in Madison has died, detectives said.",
     "Madison", None, "Wisconsin"),
    ("The 2-year-old who was shot inside an apartment in Madison has died, detectives said.",
     "Madison", _TN_STATION, "Tennessee"),
    # A state only the masthead host names ("nytimes") is a weak hint: Newark stays the big
    # one, while a state learned from the outlet's reports moves it.
    ("Five people were shot at a home in Newark on Sunday, police said.", "Newark",
     SourceRegion("nyherald.example", "US", "New York", 0, 0.0, None), "New Jersey"),
    ("Five people were shot at a home in Newark on Sunday, police said.", "Newark",
     SourceRegion("nyherald.example", "US", "New York", 8, 0.8, None), "New York"),
])
def test_where_source_region_settles_bare_namesakes(geo: Geoparser, text: str, name: str,
                                                    region: SourceRegion | None,
                                                    admin1: str) -> None:
    m = _find(geo.parse(text, region=region).mentions, name)
    assert m.best is not None and m.best.admin1 == admin1


@pytest.mark.parametrize(("text", "name"), [
    # The dateline gives the state; no town of the name lies in it, so each later mention
    # of the name keeps that state rather than another state's town.
    ("BUCKSPORT, Ohio (WXYZ) -- Police said a man was shot at a Bucksport home on Saturday.",
     "Bucksport"),
    ("BUCKSPORT, Ohio (WXYZ) -- A man was shot on Saturday. The Bucksport police chief said "
     "the suspect fled.", "Bucksport"),
])
def test_where_stated_state_holds_for_the_name_again(geo: Geoparser, text: str,
                                                     name: str) -> None:
    later = [m for m in geo.parse(text).mentions if m.name == name and not m.is_dateline]
    assert later and all(m.best is not None and m.best.admin1 == "Ohio" for m in later)


def test_where_own_state_town_far_from_home_is_kept(geo: Geoparser) -> None:
    # A real town of the station's own state is no neighbourhood of its home city, however
    # far from it.
    text = "ALBUQUERQUE, N.M. (KOAT) -- A teenager was shot in Roswell on Sunday, police said."
    m = _find(geo.parse(text).mentions, "Roswell")
    assert m.best is not None and (m.best.name, m.best.admin1) == ("Roswell", "New Mexico")


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Deputies are investigating a Tacoma-area shooting that left one man dead.", "Tacoma",
     "Washington"),
    ("The Dayton-area teen was shot while hunting, the sheriff said.", "Dayton", "Ohio"),
])
def test_where_area_suffix_names_the_town(geo: Geoparser, text: str, name: str,
                                          admin1: str) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.admin1 == admin1



@pytest.mark.parametrize(("text", "absent"), [
    # A country's name inside a longer place name is not the country.
    ("LIMA, 7 MAY 89 -- [TEXT] A DEPUTY WAS MURDERED IN THE VILLA EL SALVADOR DISTRICT.",
     "El Salvador"),
    ("Gunmen shot a deputy dead in the Villa El Salvador district of Lima.", "El Salvador"),
    # "Salvador" alone is a person (or Brazil's city), never El Salvador.
    ("LIMA, 11 JAN 90 -- [TEXT] GENERAL OSVALDO DIAZ SALVADOR CONFIRMED THE LEAFLETS.",
     "El Salvador"),
    # An alternate name of a country after another name word ends that name.
    ("GUATEMALA CITY, 27 SEP 89 -- [TEXT] ARMED MEN KIDNAPPED THREE EUROPEANS IN TECUN "
     "UMAN LAST NIGHT. THE HOTEL LIES ON THE BORDER WITH MEXICO.", "Oman"),
    # A comma cues a name in ALL-CAPS copy only after a place, never after a person.
    ("CLANDESTINE, 19 OCT 89 -- [TEXT] RUBEN ZAMORA, LEADER OF THE MOVEMENT, WAS UNHARMED.",
     "Leader"),
    # A surname after a title and a first name; an old name of a country beside another
    # name is part of a person's name.
    ("Lt. Mike Ireland said the gun was found in the car.", "Ireland"),
    ("Police said Maurice Hoskins, 40, shot his former girlfriend.", "Mauritius"),
])
def test_where_country_name_only_as_itself(geo: Geoparser, text: str, absent: str) -> None:
    names = {c.entry.name for m in geo.parse(text).mentions for c in m.candidates[:1]}
    assert absent not in names and "Umán" not in names


@pytest.mark.parametrize(("text", "cue"), [
    # The article opens the name: the cue before it still counts.
    ("THE MURDER OF THREE JOURNALISTS IN EL SALVADOR SHOWS IT.", "in"),
    ("Three journalists were murdered in El Salvador on Sunday.", "in"),
])
def test_where_article_country_keeps_its_cue(geo: Geoparser, text: str, cue: str) -> None:
    m = _find(geo.parse(text).mentions, "El Salvador")
    assert m.best is not None and m.best.country_code == "SV" and m.cue == cue


def test_where_upper_capital_named_without_cue(geo: Geoparser) -> None:
    # A capital of several words is no common word, wherever it stands.
    text = "CLANDESTINE, 23 JUN 89 -- [TEXT] THE SAN SALVADOR CENTRAL MARKET WAS BOMBED."
    m = _find(geo.parse(text).mentions, "San Salvador")
    assert m.best is not None and m.best.country_code == "SV"


def test_where_dateline_day_month_without_year() -> None:
    text = "SAN SALVADOR, 13 NOV (ACAN-EFE) -- [TEXT] A BOMB EXPLODED."
    dl = find_dateline(text)
    assert dl is not None and dl.text == "SAN SALVADOR"


@pytest.mark.parametrize(("text", "absent"), [
    # A word the text also writes in lower case is that word, not a small town that once
    # went by it.
    ("TRENTON, N.J. -- City police are investigating two shootings in the city on Sunday.",
     "Oakville"),
    ("TRENTON, N.J. -- A boy was shot in the Village on Sunday, the village clerk said.",
     "Fredericktown"),
])
def test_where_lower_case_word_is_no_nickname(geo: Geoparser, text: str, absent: str) -> None:
    names = {c.entry.name for m in geo.parse(text).mentions for c in m.candidates[:1]}
    assert absent not in names


@pytest.mark.parametrize(("text", "words"), [
    ("Shots in Winston-Salem, N.C. on Friday", ["Shots", "in", "Winston-Salem", "N.C", "on",
                                               "Friday"]),
    ("the al-Qaida cell in St. Louis", ["the", "al-Qaida", "cell", "in", "St", "Louis"]),
    ("O'Neill's 3rd-floor flat, 12-year-old", ["O'Neill's", "rd-floor", "flat", "year-old"]),
    ("two - dashes -- and a trailing-", ["two", "dashes", "and", "a", "trailing"]),
])
def test_where_tokens_split_words(text: str, words: list[str]) -> None:
    toks = Geoparser._tokens(text)
    assert [t.text for t in toks] == words
    assert all(text[t.start:t.end] == t.text for t in toks)


@pytest.mark.parametrize(("text", "sent_starts"), [
    ("Police said. Boston was calm", ["Police", "Boston"]),
    ("in Boston Police said", []),
    ("He left.\nAnd Dallas: Gunfire", ["He", "And", "Gunfire"]),
])
def test_where_tokens_mark_sentence_starts(text: str, sent_starts: list[str]) -> None:
    assert [t.text for t in Geoparser._tokens(text) if t.sent_start] == sent_starts


def test_where_find_caches_same_answer(geo: Geoparser) -> None:
    first = geo._find("Toledo")
    assert first and geo._find("Toledo") is first
    assert geo._find("Xqzzyville") == ()


@pytest.mark.parametrize(("surface", "want"), [
    ("Baghdad-based", ("Baghdad", "based")),
    ("Dallas-Based", ("Dallas", "based")),
    ("Houston-area", ("Houston", None)),
    ("Morgan's", ("Morgan", None)),
    ("Chicago", ("Chicago", None)),
])
def test_where_strip_name_tails(surface: str, want: tuple[str, str | None]) -> None:
    assert _strip_name(surface) == want


@pytest.mark.parametrize(("text", "surface", "want"), [
    ("City police said the city was calm", "City", True),
    ("a city-wide curfew in City", "City", False),
    ("Citywide, the City", "City", False),
    ("near o'hare, at O'Hare", "O'Hare", True),
    ("at O'Hare", "O'Hare", False),
])
def test_where_lower_word_finds_standalone_words(text: str, surface: str, want: bool) -> None:
    assert _lower_word(text, surface, {}) is want


@pytest.mark.parametrize(("states", "source", "want", "asked"), [
    ({0: ("US", "TX")}, False, True, False),  # a state alone decides
    ({}, True, True, True),
    ({}, False, False, True),
])
def test_where_us_report_asks_source_only_when_it_decides(
        states: dict[int, tuple[str, str]], source: bool, want: bool, asked: bool) -> None:
    calls: list[bool] = []

    def us_source() -> bool:
        calls.append(source)
        return source

    assert _us_report([], states, us_source) is want
    assert bool(calls) is asked


@pytest.mark.parametrize(("text", "want"), [
    ("Antonio Kelley and Derrius Brandon, both 23-years-old, were shot", {"Brandon"}),
    ("his 19-year-old girlfriend Hope Phillips was visiting", {"Phillips"}),
    ("Madison County Coroner identifies boy killed as Romell L. Jones", {"Jones"}),
    ("Jared Michael Williams, 34, of Williamston", {"Williams"}),
    # Place names before an age or after "in" are no people.
    ("Police said 12 people were shot in South Memphis, 12 of them teens", set()),
    ("a 20-year-old man in Kansas City was shot", set()),
])
def test_where_surnames_of_named_people(text: str, want: set[str]) -> None:
    assert surnames(text) >= want
    assert not (surnames(text) & {"Memphis", "City"})


@pytest.mark.parametrize(("text", "name"), [
    # The city's reading, not the surname's, when the text puts the name after "in".
    ("Derrius Brandon, 23, was shot in Brandon on Saturday.", "Brandon"),
    ("A 20-year-old man was shot in Jackson on Friday, police said.", "Jackson"),
])
def test_where_surname_after_in_stays_a_place(geo: Geoparser, text: str, name: str) -> None:
    _find(geo.parse(text).mentions, name)


def test_where_county_namesakes_by_their_people(geo: Geoparser) -> None:
    m = _find(geo.parse("A man was arrested in DeKalb County on Sunday, deputies said.")
              .mentions, "DeKalb County")
    assert m.best is not None and m.best.admin1 == "Georgia"


@pytest.mark.parametrize(("text", "name", "state", "city", "admin1"), [
    # A city's outlets cover the towns near it across a state line.
    ("Police in Wilmington are investigating a shooting that left four people wounded.",
     "Wilmington", "Pennsylvania", "Philadelphia", "Delaware"),
    ("Five people were shot at a home in Newark on Sunday, police said.", "Newark",
     "New York", "New York City", "New Jersey"),
])
def test_where_source_market_crosses_state_lines(geo: Geoparser, text: str, name: str,
                                                 state: str, city: str, admin1: str) -> None:
    home = next(e for e in geo.gaz.lookup(city) if e.admin1 == state
                and e.feature_class == "P")
    region = SourceRegion("station.example", "US", state, 8, 0.8, home)
    m = _find(geo.parse(text, region=region).mentions, name)
    assert m.best is not None and m.best.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # The state whose own police the report cites holds a small namesake's place.
    ("It happened in the 2100 block of Kumry Road in Milford Township, when Pennsylvania "
     "State Police say the boy shot himself.", "Milford", "Pennsylvania"),
    ("The shooting happened at a campsite in Ira. Vermont State Police said the father was "
     "cleaning the gun.", "Ira", "Vermont"),
])
def test_where_state_police_hold_the_state(geo: Geoparser, text: str, name: str,
                                           admin1: str) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.admin1 == admin1


@pytest.mark.parametrize(("text", "want"), [
    # The look-up key drops a trailing article word ("AS", "AT", "THE"): the longer n-gram
    # must not hide the town inside it.
    ("GUERRILLAS ATTACKED A POST IN USULUTAN AS TROOPS SLEPT.", "USULUTAN"),
    ("A BOMB EXPLODED IN SAN SALVADOR AT NOON.", "SAN SALVADOR"),
])
def test_where_upper_case_article_tail(geo: Geoparser, text: str, want: str) -> None:
    assert want in {m.name for m in geo.parse(text).mentions}


@pytest.mark.parametrize(("text", "street", "found"), [
    ("A BOMB EXPLODED AT THE CORNER OF SARMIENTO AND SAN MARTIN STREETS IN SANTIAGO.",
     "SARMIENTO", False),
    ("HE WAS KILLED ON SARMIENTO AVENUE IN SANTIAGO.", "SARMIENTO", False),
    # Control: the same name without a street word is a town.
    ("A BOMB EXPLODED IN SARMIENTO AND IN SANTIAGO.", "SARMIENTO", True),
])
def test_where_upper_case_streets(geo: Geoparser, text: str, street: str,
                                  found: bool) -> None:
    names = {m.name for m in geo.parse(text).mentions}
    assert "SANTIAGO" in names and (street in names) == found, names


@pytest.mark.parametrize(("text", "names"), [
    ("AN ATTACK IN THE MIRAFLORES NEIGHBORHOOD IN LIMA", [("MIRAFLORES", True)]),
    ("HIS HOME IN THE EXCLUSIVE LA MASCOTA NEIGHBORHOOD OF WESTERN SAN SALVADOR",
     [("LA MASCOTA", True)]),
    ("A CLASH IN THE RESIDENTIAL NEIGHBORHOOD OF SAN ISIDRO.", [("SAN ISIDRO", True)]),
    ("THE ATTACK TOOK PLACE ON BERNAL AVENUE IN COLONIA MIRAMONTES, A FEW MINUTES LATER",
     [("COLONIA MIRAMONTES", True)]),
    ("HE WAS SHOT IN THE VILLA EL SALVADOR DISTRICT.", [("VILLA EL SALVADOR", True)]),
    ("SOLDIERS ARRIVED IN THE TOWN OF CAYARA LAST SATURDAY", [("CAYARA", False)]),
    ("THEY KILLED THE MAYOR OF THE SMALL TOWN OF HOSTIGAL, AS WELL AS TWO PEASANTS",
     [("HOSTIGAL", False)]),
    # No name: a descriptive word, the same place again, or where travellers came from.
    ("SHOTS WERE HEARD IN THE SAME NEIGHBORHOOD", []),
    ("A BOMB WENT OFF IN THE COMMERCIAL DISTRICT", []),
    ("TRAVELLERS FROM THE TOWN OF OCROS SAID SO", []),
])
def test_where_upper_case_kind_names(text: str, names: list[tuple[str, bool]]) -> None:
    assert [(k.name, k.section) for k in kind_names(text)] == names
    for k in kind_names(text):
        assert text[k.start:k.end] == k.name


def _city_region(geo: Geoparser, city: str, state: str) -> SourceRegion:
    home = next(e for e in geo.gaz.lookup(city) if e.admin1 == state and e.feature_class == "P")
    return SourceRegion("station.example", "US", state, 8, 0.8, home)


@pytest.mark.parametrize(("text", "name", "best"), [
    # A neighbourhood the gazetteer lacks is its city, not a far small namesake town.
    ("Four men were shot at a gas station in the city's Washington Park neighborhood "
     "early Friday.", "Washington Park", "Chicago"),
    ("Officers found the victims in Washington Park on the South Side early Friday.",
     "Washington Park", "Chicago"),
    # With no such cue the town stands.
    ("A man was shot in Washington Park on Friday night, deputies said.", "Washington Park",
     "Washington Park"),
])
def test_where_home_city_neighbourhood(geo: Geoparser, text: str, name: str,
                                       best: str) -> None:
    m = _find(geo.parse(text, region=_city_region(geo, "Chicago", "Illinois")).mentions, name)
    assert m.best is not None and m.best.name == best and m.best.admin1 == "Illinois"


def test_where_neighbourhood_of_a_city_the_text_names(geo: Geoparser) -> None:
    # No outlet known: the big city the text names owns the neighbourhood.
    text = "Two men were shot in the Washington Park neighborhood on Friday, Chicago police said."
    m = _find(geo.parse(text).mentions, "Washington Park")
    assert m.best is not None and m.best.name == "Chicago"


def test_where_headline_neighbourhood_follows_body(geo: Geoparser) -> None:
    body = geo.parse("Four men were shot at a gas station in the city's Washington Park "
                     "neighborhood early Friday, Chicago police said.")
    head = geo.parse("2 killed at Washington Park gas station", part="title", context=body)
    m = _find(head.mentions, "Washington Park")
    assert m.best is not None and m.best.name == "Chicago"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # A county's court or office still names the county, and the county its towns' state.
    ("A man appeared in Peoria County Circuit Court on Monday.", "Peoria County", "Illinois"),
    ("PEORIA — A man appeared in Peoria County Circuit Court on charges of aggravated "
     "discharge of a firearm.", "PEORIA", "Illinois"),
    ("WARREN — He was arraigned in Trumbull County Common Pleas Court on two counts.",
     "WARREN", "Ohio"),
])
def test_where_county_office_names_the_county(geo: Geoparser, text: str, name: str,
                                              admin1: str) -> None:
    m = _find(geo.parse(text).mentions, name)
    assert m.best is not None and m.best.admin1 == admin1


def test_where_county_in_a_company_name_is_no_place(geo: Geoparser) -> None:
    names = {m.name for m in geo.parse("He worked at Orange County Choppers for years.").mentions}
    assert "Orange County" not in names


@pytest.mark.parametrize(("text", "city"), [
    # A bare name read as a far county of the station's state is a place the gazetteer
    # lacks near home ...
    ("A 2-year-old was shot inside an apartment in Madison on Tuesday.", "Nashville"),
    # ... but a county the text names in full is that county.
    ("Madison County deputies said a man was shot on a farm in Madison on Tuesday.",
     "Madison County"),
])
def test_where_bare_far_county_is_home(geo: Geoparser, text: str, city: str) -> None:
    m = _find(geo.parse(text, region=_city_region(geo, "Nashville", "Tennessee")).mentions,
              "Madison")
    assert m.best is not None and m.best.name == city
