"""Locator: which mention is the incident's place, and the fallbacks when none is."""

from __future__ import annotations

import pytest

from wirecoder.gazetteer import Gazetteer
from wirecoder.gazetteer.build import build_default
from wirecoder.locate import Location, Locator
from wirecoder.text import split_sentences
from wirecoder.where import Geoparser


@pytest.fixture(scope="session")
def tools(tmp_path_factory: pytest.TempPathFactory) -> tuple[Geoparser, Locator]:
    path = tmp_path_factory.getbasetemp() / "wirecoder-gazetteer.sqlite"
    if not path.exists():
        build_default(path)
    gaz = Gazetteer.open(path)
    return Geoparser(gaz), Locator(gaz)


def _locate(tools: tuple[Geoparser, Locator], text: str, first: int = 1) -> Location:
    geoparser, locator = tools
    sents = split_sentences(text)
    geo = geoparser.parse(text)
    return locator.locate(geo, None, sents[:first], sents, None, main=True)


@pytest.mark.parametrize(("text", "name", "precision", "flag"), [
    # A cued place in the incident's own sentence.
    ("Two men were shot dead in Kandahar on Sunday.", "Kandahar", 1, None),
    # No place in the incident sentence: the report's cued place elsewhere.
    ("Two men were shot dead on Sunday. Police in Kandahar said the attackers fled.",
     "Kandahar", 1, "location-from-report"),
    # A town in the state (or country) the lead names refines it.
    ("A teenager was killed in a drive-by shooting in New Jersey on Sunday, and the gunman "
     "fled from the party at a house in Paterson.", "Paterson", 1, None),
    ("Gunmen killed four soldiers in Syria on Monday near a checkpoint in Aleppo.", "Aleppo",
     1, None),
    # A local report that names no place but its dateline happened there.
    ("HOUSTON, Texas (KHOU) -- A boy was shot by his brother on Sunday.", "Houston", 1,
     "location-from-dateline"),
])
def test_locate_choice_and_fallbacks(tools: tuple[Geoparser, Locator], text: str, name: str,
                                     precision: int, flag: str | None) -> None:
    loc = _locate(tools, text)
    assert loc.place is not None and name in (loc.place.name, loc.place.text)
    assert loc.place.precision == precision
    if flag is not None:
        assert flag in loc.flags


@pytest.mark.parametrize(("text", "name", "flag"), [
    # Named only in passing: the town the report names, not the hospital's.
    ("A girl was killed in a shooting in Mount Olympus Heights on Sunday. Officers said the "
     "suspects fled. Cincinnati officers are asking for help.", "Cincinnati",
     "location-from-report"),
    # Nothing named at all: the local outlet's own city, as a guess.
    ("A boy was shot in the leg on Sunday, police said.", "Nashville", "location-from-source"),
])
def test_locate_passing_mention_and_source_city(tools: tuple[Geoparser, Locator], text: str,
                                                name: str, flag: str) -> None:
    geoparser, locator = tools
    sents = split_sentences(text)
    city = next(e for e in geoparser.gaz.lookup("Nashville") if e.admin1 == "Tennessee")
    loc = locator.locate(geoparser.parse(text), None, sents[:1], sents, None, main=True,
                         source_city=city)
    assert loc.place is not None and loc.place.name == name
    assert flag in loc.flags
    if flag == "location-from-source":
        assert loc.place.precision == 3


def test_locate_dateline_not_place_when_text_names_another(
        tools: tuple[Geoparser, Locator]) -> None:
    loc = _locate(tools, "HOUSTON, Texas (KHOU) -- A boy was shot on Sunday. "
                         "Deputies in Conroe said the gun was his father's.")
    assert loc.place is not None and loc.place.name == "Conroe"
    assert "location-from-dateline" not in loc.flags


@pytest.mark.parametrize(("text", "name", "cc", "precision", "flag"), [
    # A place at home before the capital where talks were held.
    ("SAN SALVADOR, 2 NOV 89 -- [TEXT] THE MEETING IN CARACAS WAS SUSPENDED AFTER THE "
     "KILLING OF 10 UNIONISTS IN SOYAPANGO.", "Soyapango", "SV", 1, None),
    # A report's capital abroad is no fallback for its incident.
    ("SAN SALVADOR, 3 NOV 89 -- [TEXT] A BOMB KILLED 10 UNIONISTS. THE TALKS IN CARACAS "
     "WERE SUSPENDED.", None, "SV", 3, None),
    # Only the country (or its namesake province) named: the dateline's town, as a guess.
    ("GUATEMALA CITY, 22 DEC 89 -- [TEXT] A BOMB EXPLODED IN GUATEMALA TODAY.",
     "Guatemala City", "GT", 3, "location-from-dateline"),
    ("SAN SALVADOR, 8 DEC 89 -- [TEXT] THREE SOLDIERS WERE KILLED IN EL SALVADOR TODAY.",
     "San Salvador", "SV", 3, "location-from-dateline"),
    # A province the text names stays the place.
    ("BOGOTA, 28 AUG 89 -- [TEXT] FOUR AGENTS WERE KIDNAPPED IN ANTIOQUIA DEPARTMENT.",
     "Antioquia", "CO", 3, None),
    # Filed from abroad (the dateline spells its country), no place for the attack: the
    # country whose minister or army was hit, at the place the report gives there.
    ("TEGUCIGALPA (HONDURAS), 9 JUN 89 -- [TEXT] HONDURAS CONDEMNED THE ASSASSINATION OF "
     "SALVADORAN PRESIDENCY MINISTER JUAN PEREZ. THE CRIME IN SAN SALVADOR WAS INHUMANE, "
     "THE SPOKESMAN SAID.", None, "SV", 1, "location-from-nationality"),
    ("MADRID (SPAIN), 8 JAN 90 -- [TEXT] THE SPANISH GOVERNMENT CONDEMNED THE MURDER OF "
     "A COLOMBIAN OPPOSITION LEADER.", "Colombia", "CO", 4, "location-from-nationality"),
    # Filed at home: the nationality of visitors says nothing about the scene.
    ("SAN SALVADOR, 19 NOV 89 -- [TEXT] SPANISH OFFICIALS ATTENDED THE FUNERAL OF SIX "
     "PRIESTS WHO WERE KILLED ON 16 NOVEMBER.", "San Salvador", "SV", 1,
     "location-from-dateline"),
])
def test_locate_upper_case_wire_country(tools: tuple[Geoparser, Locator], text: str,
                                        name: str | None, cc: str, precision: int,
                                        flag: str | None) -> None:
    loc = _locate(tools, text)
    assert loc.place is not None and loc.place.country_code == cc
    assert name is None or loc.place.name == name
    assert loc.place.precision == precision
    assert flag is None or flag in loc.flags


def test_locate_source_state_when_nothing_else(tools: tuple[Geoparser, Locator]) -> None:
    geoparser, locator = tools
    text = "A boy was shot in the leg on Sunday, police said."
    sents = split_sentences(text)
    state = next(e for e in geoparser.gaz.lookup("Tennessee") if e.feature_code == "ADM1")
    loc = locator.locate(geoparser.parse(text), None, sents, sents, None, main=True,
                         source_state=state)
    assert loc.place is not None and loc.place.name == "Tennessee"
    assert loc.place.precision == 3 and "location-from-source" in loc.flags
    plain = locator.locate(geoparser.parse(text), None, sents, sents, None, main=True)
    assert plain.place is None or plain.place.name != "Tennessee"


def test_locate_upper_case_country_in_lead_beats_home(tools: tuple[Geoparser, Locator]
                                                      ) -> None:
    # A country the incident's own first sentence puts it "in" beats a town of the wire's
    # home country named later in the incident.
    text = ("MANAGUA, 20 MAR 89 -- [TEXT] THE MURDER OF TWO TEACHERS IN EL SALVADOR SHOWS THE "
            "NATURE OF THAT ARMY. THE PROTEST IN MANAGUA AGAINST THE MURDER WAS PEACEFUL.")
    loc = _locate(tools, text, first=2)
    assert loc.place is not None and loc.place.country_code == "SV"


@pytest.mark.parametrize(("text", "name", "cc", "precision"), [
    # A neighbourhood of the city the lead names: the name, at the city.
    ("LIMA, 7 MAY 89 -- [TEXT] A DEPUTY WAS SHOT DEAD TODAY IN THE QUENUALES NEIGHBORHOOD "
     "IN LIMA.", "Quenuales", "PE", 1),
    # A hamlet the gazetteer lacks: its name, near the town its sentence puts it in.
    ("LIMA, 3 FEB 89 -- [TEXT] GUERRILLAS KILLED THE MAYOR OF THE SMALL TOWN OF "
     "QUEROBAMBITA, IN AYACUCHO, AND TWO PEASANTS.", "Querobambita", "PE", 2),
    # ... or only the country, never the dateline's capital.
    ("LIMA, 3 FEB 89 -- [TEXT] GUERRILLAS KILLED THE MAYOR OF THE SMALL TOWN OF "
     "QUEROBAMBITA AND TWO PEASANTS.", "Querobambita", "PE", 4),
])
def test_locate_upper_case_kind_name(tools: tuple[Geoparser, Locator], text: str, name: str,
                                     cc: str, precision: int) -> None:
    loc = _locate(tools, text)
    assert loc.place is not None and loc.place.name == name
    assert loc.place.country_code == cc and loc.place.precision == precision
    assert "location-kind-name" in loc.flags


def test_locate_upper_case_kind_name_told_later_stays(tools: tuple[Geoparser, Locator]
                                                      ) -> None:
    # The incident's own town, cued in its first sentence, is not replaced by a hamlet
    # the report names three sentences later.
    text = ("LIMA, 3 FEB 89 -- [TEXT] GUERRILLAS KILLED TWO PEASANTS IN HUANTA. THE ARMY "
            "SENT TROOPS. THE PRESS REPORTED IT. THE PRIEST CAME FROM THE TOWN OF "
            "QUEROBAMBITA.")
    loc = _locate(tools, text, first=4)
    assert loc.place is not None and loc.place.name == "Huanta"


@pytest.mark.parametrize(("text", "cc"), [
    # Where talks were to be held abroad is no scene ...
    ("SAN SALVADOR, 2 NOV 89 -- [TEXT] THE MEETING BETWEEN THE GOVERNMENT AND THE FMLN IN "
     "CARACAS, VENEZUELA, WAS SUSPENDED AFTER THE KILLING OF 10 UNION MEMBERS.", "SV"),
    # ... but a killing there is.
    ("SAN SALVADOR, 2 NOV 89 -- [TEXT] GUNMEN KILLED 10 SALVADORAN EXILES IN CARACAS, "
     "VENEZUELA.", "VE"),
    # A wire filed from a neighbour's capital about the killing of another country's
    # minister is about that country.
    ("TEGUCIGALPA, 9 JUN 89 -- [TEXT] THE HONDURAN GOVERNMENT TODAY DENOUNCED THE "
     "ASSASSINATION OF SALVADORAN PRESIDENCY MINISTER JOSE PEREZ. A SPOKESMAN SAID WHAT "
     "HAPPENED IN SAN SALVADOR IS INHUMANE.", "SV"),
])
def test_locate_upper_case_country(tools: tuple[Geoparser, Locator], text: str,
                                   cc: str) -> None:
    loc = _locate(tools, text)
    assert loc.place is not None and loc.place.country_code == cc
