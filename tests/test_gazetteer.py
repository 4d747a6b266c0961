"""Gazetteer: name keys, the built index, area points, and loading a GeoNames dump."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wirecoder.errors import GazetteerError
from wirecoder.gazetteer import Gazetteer, install_geonames, name_key
from wirecoder.gazetteer.build import build_default, display_admin_name, read_features


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    # Builds the full default index once per session (about 15 s on 2 cores); the path
    # is shared with tests/test_where.py so a full run builds it once.
    path = tmp_path_factory.getbasetemp() / "wirecoder-gazetteer.sqlite"
    if not path.exists():
        build_default(path)
    return Gazetteer.open(path)


@pytest.mark.parametrize(("a", "b"), [
    ("Maarat al-Numan", "Ma'arrat an-Nu'man"),
    ("Maaret al-Numan", "Maarrat an-Nu'man"),
    ("Maarat al Numan", "Maarrat al-Nu'man"),
    ("Kandahar", "Qandahar"),
    ("Raqqa", "Ar Raqqah"),
    ("Sulaymaniyah", "Sulaimaniya"),
    ("Al Jīzah", "al-Jizah"),
    ("St. Louis", "Saint Louis"),
    ("KNOXVILLE", "Knoxville"),
    ("Sharm el-Sheikh", "Sharm al Sheikh"),
])
def test_gazetteer_name_key_variants_meet(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Manson", "Mason"),
    ("Georgia", "George"),
    ("Paris", "Perris"),
    ("Yemen", "Iemen"),
    ("Austria", "Australia"),
])
def test_gazetteer_name_key_keeps_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("name", "alts", "want"), [
    ("Al Jīzah", ["Giza", "Giza Governorate"], "Giza"),
    ("Georgia", ["Estado de Georgia", "Keokia", "State of Georgia"], "Georgia"),
    ("Donetska oblast", ["Donetsk", "Donetsk Oblast"], "Donetsk"),
    ("Janūb Sīnā'", ["South Sinai"], "South Sinai"),
    ("Kandahār", ["Qandahor viloyati"], "Kandahar"),
    # Nicknames and descriptions are no names: "Golden State", "Capital Region".
    ("California", ["Golden State", "State of California", "Kalifornien"], "California"),
    ("Hovedstaden", ["Capital Region", "Region Hovedstaden"], "Hovedstaden"),
    ("Borno", ["Borno State"], "Borno"),
])
def test_gazetteer_admin_display_name(name: str, alts: list[str], want: str) -> None:
    assert display_admin_name(name, alts) == want


def test_gazetteer_features_table_is_well_formed() -> None:
    rows = read_features()
    assert 80 <= len(rows) <= 150
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert -90 <= float(r[3]) <= 90 and -180 <= float(r[4]) <= 180
        assert len(r[5]) == 2 and r[7].isupper()


@pytest.mark.parametrize(("name", "cc", "code", "admin1"), [
    ("Bahariya Oasis", "EG", "OAS", "Giza"),
    ("Sinai", "EG", "PEN", None),
    ("South Sinai", "EG", "ADM1", "South Sinai"),
    ("Sambisa Forest", "NG", "FRST", "Borno"),
    ("Swat Valley", "PK", "VAL", "Khyber Pakhtunkhwa"),
    ("Cairo", "EG", "PPLC", "Cairo"),
    ("Kandahar", "AF", "PPL", "Kandahar"),
    ("Qandahar", "AF", "PPL", "Kandahar"),
    ("Egypt", "EG", "PCLI", None),
    ("Helmand", "AF", "ADM1", "Helmand"),
])
def test_gazetteer_lookup_first_entry(gaz: Gazetteer, name: str, cc: str, code: str,
                                      admin1: str | None) -> None:
    best = gaz.lookup(name)[0]
    assert (best.country_code, best.feature_code) == (cc, code)
    if admin1 is not None:
        assert best.admin1 == admin1


def test_gazetteer_same_name_towns_kept(gaz: Gazetteer) -> None:
    states = {e.admin1 for e in gaz.lookup("Manson") if e.country_code == "US"}
    assert {"Iowa", "Washington"} <= states


def test_gazetteer_country_point_is_not_the_capital(gaz: Gazetteer) -> None:
    eg = gaz.country("EG")
    cairo = gaz.lookup("Cairo")[0]
    assert eg is not None and eg.feature_code == "PCLI"
    assert abs(eg.lat - cairo.lat) > 1.0
    assert 22 < eg.lat < 32 and 25 < eg.lon < 35


@pytest.mark.parametrize(("word", "cc"), [
    ("Egyptian", "EG"), ("Afghan", "AF"), ("Egypt's", "EG"), ("Salvadoran", "SV"),
    ("Syria", "SY"), ("South Korean", "KR"), ("U.S.", "US"), ("Knoxville", None),
])
def test_gazetteer_country_code_for(gaz: Gazetteer, word: str, cc: str | None) -> None:
    assert gaz.country_code_for(word) == cc


@pytest.mark.parametrize(("text", "code"), [
    ("Ga.", "GA"), ("Tenn.", "TN"), ("Calif.", "CA"), ("N.Y.", "NY"), ("TN", "TN"),
    ("Washington", "WA"), ("W.Va.", "WV"),
])
def test_gazetteer_us_state(gaz: Gazetteer, text: str, code: str) -> None:
    st = gaz.us_state(text)
    assert st is not None and st.country_code == "US" and st.admin1_code == code


def test_gazetteer_by_id_and_admin1(gaz: Gazetteer) -> None:
    giza = gaz.admin1("EG", "08")
    assert giza is not None and giza.admin1 == "Giza"
    assert gaz.by_id(giza.id) == giza
    assert gaz.by_id("geonames:0") is None


def test_gazetteer_open_missing_explicit_path_fails(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        Gazetteer.open(tmp_path / "nope.sqlite")


def _dump_line(gid: int, name: str, alts: str, lat: float, lon: float, fclass: str,
               fcode: str, cc: str, a1: str, pop: int) -> str:
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", a1, "", "",
            "", str(pop), "", "100", "Africa/Cairo", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.mark.parametrize("zipped", [False, True])
def test_gazetteer_install_geonames_small_dump(tmp_path: Path, zipped: bool) -> None:
    dump = tmp_path / "allCountries.txt"
    dump.write_text(
        _dump_line(9000001, "Zindarville", "Zindar,Zindarvil", 27.5, 30.1, "P", "PPL", "EG",
                   "08", 1200)
        + _dump_line(9000002, "Wadi Quxal", "", 27.1, 30.3, "T", "VAL", "EG", "08", 0)
        + _dump_line(9000003, "Giza Governorate", "Giza", 29.9, 31.2, "A", "ADM1", "EG", "08",
                     0)
        + _dump_line(9000004, "Some Hotel", "", 27.0, 30.0, "S", "HTL", "EG", "08", 0),
        encoding="utf-8")
    alt = tmp_path / "alternateNames.txt"
    alt.write_text("1\t9000001\ten\tZindar Town\t\t\t\t\t\t\n", encoding="utf-8")
    source = dump
    if zipped:
        source = tmp_path / "allCountries.zip"
        with zipfile.ZipFile(source, "w") as zf:
            zf.write(dump, "allCountries.txt")
    db = tmp_path / "idx.sqlite"
    assert install_geonames(source, db, alternate_names=alt) == 3
    g = Gazetteer.open(db)
    town = g.lookup("Zindar Town")[0]
    assert (town.id, town.country_code, town.admin1) == ("geonames:9000001", "EG", "Giza")
    assert g.lookup("Zindarvil")[0].id == "geonames:9000001"
    assert g.lookup("Wadi Quxal")[0].feature_code == "VAL"
    assert g.lookup("Some Hotel") == []
    # A second load replaces rows with the same id instead of duplicating them.
    assert install_geonames(dump, db) == 3
    assert len(Gazetteer.open(db).lookup("Zindarville")) == 1


def test_gazetteer_install_rejects_bad_dump(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(GazetteerError):
        install_geonames(bad, tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.parametrize(("bigger", "smaller"), [
    (("US", "GA", "DeKalb County"), ("US", "IL", "DeKalb County")),
    (("US", "PA", "Montgomery County"), ("US", "AL", "Montgomery County")),
])
def test_gazetteer_admin2_population_orders_namesake_counties(
        gaz: Gazetteer, bigger: tuple[str, str, str], smaller: tuple[str, str, str]) -> None:
    assert gaz.admin2_population(*bigger) > gaz.admin2_population(*smaller) > 0


def test_gazetteer_admin2_population_unknown_is_zero(gaz: Gazetteer) -> None:
    assert gaz.admin2_population("US", "GA", "No Such County") == 0
    assert gaz.admin2_population("US", None, "DeKalb County") == 0
