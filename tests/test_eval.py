"""Readers and scorers of wirecoder.eval on tiny hand-written files and a fake coder."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from wirecoder.errors import DatasetError
from wirecoder.eval import (
    DATASETS,
    EvalReport,
    gva,
    muc4,
    render_table,
    run_eval,
    satp,
    seed,
    wikievents,
)
from wirecoder.eval.scoring import EvalRequest, Metric
from wirecoder.model import (
    Actor,
    Article,
    CodedArticle,
    Count,
    Event,
    EventDate,
    Evidence,
    Place,
    Span,
)

# ------------------------------------------------------------------ helpers


def place(
    name: str = "Springfield",
    lat: float | None = 39.8,
    lon: float | None = -89.6,
    cc: str | None = "US",
    admin1: str | None = "Illinois",
    text: str | None = None,
) -> Place:
    return Place(name, lat, lon, cc, None, admin1, None, 1, text=text)


def event(
    *,
    status: str = "current",
    etype: str = "Violence against civilians",
    date: str | None = "2016-05-02",
    loc: Place | None = None,
    killed: int | None = None,
    injured: int | None = None,
    actors: tuple[Actor, ...] = (),
    confidence: float = 0.8,
    trigger: Span | None = None,
    evidence: tuple[Evidence, ...] = (),
) -> Event:
    return Event(
        event_id="e",
        status=status,  # type: ignore[arg-type]
        disorder_type="Political violence",
        event_type=etype,
        sub_event_type="Attack",
        date=EventDate(date, "day" if date else "unresolved"),
        location=loc,
        actors=actors,
        fatalities=Count(best=killed),
        injuries=Count(best=injured),
        confidence=confidence,
        trigger=trigger,
        evidence=evidence,
    )


def fake_coder(
    by_id: dict[str, tuple[Event, ...]],
) -> Callable[[Iterable[Article]], Iterator[CodedArticle]]:
    def code_many(articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for a in articles:
            yield CodedArticle(a, by_id.get(a.id, ()))

    return code_many


def values(report: EvalReport) -> dict[str, tuple[float | None, int, int]]:
    return {m.name: (m.value, m.num, m.den) for m in report.metrics}


# ------------------------------------------------------------------ GVA


def write_gva(folder: Path) -> Path:
    folder.mkdir()
    docs = [
        {"doc_id": "d1", "gva_incident_id": "1", "incident_has_gold": True, "dct": "2016-05-03",
         "title": "Two shot on Elm Street", "content": "Two men were shot on Monday.",
         "uri": "http://web.archive.org/web/2016/http://www.wxyz.example:80/news/1"},
        {"doc_id": "d2", "gva_incident_id": "2", "incident_has_gold": True, "dct": "2016-06-10",
         "title": "Teen killed", "content": "A teen was killed in a shooting.",
         "uri": "http://news.example.org/a"},
        {"doc_id": "d3", "gva_incident_id": "3", "incident_has_gold": False, "dct": "2016-07-01",
         "title": "x", "content": "Not scored: no gold.", "uri": ""},
        {"doc_id": "d4", "gva_incident_id": "2", "incident_has_gold": True, "dct": "2016-06-11",
         "title": "Empty body", "content": "  ", "uri": ""},
    ]  # fmt: skip
    incidents = [
        {"incident_id": "1", "date": "2016-05-02", "state": "Illinois", "city_or_county": "X",
         "lat_long": [39.80, -89.65], "num_killed": 0, "num_injured": 2},
        {"incident_id": "2", "date": "2016-06-09", "state": "Ohio", "city_or_county": "Y",
         "lat_long": None, "num_killed": 1, "num_injured": 0},
    ]  # fmt: skip
    (folder / "documents.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    (folder / "incidents.jsonl").write_text("\n".join(json.dumps(i) for i in incidents) + "\n")
    return folder


def test_gva_reader_keeps_gold_docs_with_text(tmp_path: Path) -> None:
    docs = gva.read_gva(write_gva(tmp_path / "gva"))
    assert [d.article.id for d in docs] == ["d1", "d2"]
    a = docs[0].article
    assert a.source == "wxyz.example"
    assert a.published == dt.date(2016, 5, 3)
    assert a.title == "Two shot on Elm Street"
    assert docs[0].incident.lat == pytest.approx(39.80)
    assert docs[1].incident.lat is None


@pytest.mark.parametrize(
    ("uri", "host"),
    [
        ("http://web.archive.org/web/2016/http://www.ktla.example:80/a", "ktla.example"),
        ("https://news.example.org/x", "news.example.org"),
        (None, None),
    ],
)
def test_gva_source_from_uri_host(uri: str | None, host: str | None) -> None:
    assert gva.source_of(uri)[0] == host


def test_gva_scores_primary_event_fields(tmp_path: Path) -> None:
    folder = write_gva(tmp_path / "gva")
    right = event(date="2016-05-02", loc=place(lat=39.81, lon=-89.64), killed=None, injured=2)
    decoy = event(date="2016-01-01", killed=9, confidence=0.1)
    coder = fake_coder({"d1": (right, decoy)})  # d2 undetected
    report = run_eval("gva", coder, data_dir=folder)
    v = values(report)
    assert report.n_docs == 2
    assert v["detected"] == (0.5, 1, 2)
    assert v["killed exact"] == (0.5, 1, 2)  # None fatalities read as 0 == 0
    assert v["injured exact"] == (0.5, 1, 2)
    assert v["date exact"] == (0.5, 1, 2)
    assert v["within 25 km"] == (1.0, 1, 1)  # d2's incident has no point
    assert v["admin1"] == (0.5, 1, 2)
    assert v["killed exact | detected"] == (1.0, 1, 1)


def test_gva_wrong_fields_fail(tmp_path: Path) -> None:
    folder = write_gva(tmp_path / "gva")
    far = place(name="Chicago", lat=41.88, lon=-87.63, admin1="Indiana")
    coder = fake_coder({"d1": (event(date="2016-05-01", loc=far, injured=3),)})
    v = values(run_eval("gva", coder, data_dir=folder, limit=1))
    assert v["detected"] == (1.0, 1, 1)
    for name in ("injured exact", "date exact", "within 25 km", "admin1"):
        assert v[name] == (0.0, 0, 1), name


def test_gva_split_by_incident_hash_is_a_partition(tmp_path: Path) -> None:
    docs = gva.read_gva(write_gva(tmp_path / "gva"))
    tune = gva.split_docs(docs, "tune")
    held = gva.split_docs(docs, "heldout")
    assert sorted(d.article.id for d in tune + held) == ["d1", "d2"]
    assert {gva.tune_side(d.incident.incident_id) for d in tune} <= {True}
    with pytest.raises(DatasetError):
        gva.split_docs(docs, "nope")


def test_gva_sample_selects_ids(tmp_path: Path) -> None:
    folder = write_gva(tmp_path / "gva")
    report = run_eval("gva", fake_coder({}), data_dir=folder, sample=["d2", "zz"])
    assert report.n_docs == 1
    assert any("1 sample id" in n for n in report.notes)


def test_eval_missing_dataset_names_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIRECODER_DATA", raising=False)
    with pytest.raises(DatasetError, match="semeval2018-task5-gva"):
        run_eval("gva", fake_coder({}))


def test_eval_env_var_gives_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_gva(tmp_path / "semeval2018-task5-gva")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WIRECODER_DATA", str(tmp_path))
    assert run_eval("gva", fake_coder({})).n_docs == 2


# ------------------------------------------------------------------ MUC-4

MUC_TEXT = """TST9-MUC4-0001

   SAN SALVADOR, 12 MAR 90 (RADIO EXAMPLE) -- [TEXT] URBAN COMMANDOS OF THE
PEOPLES FRONT BLEW UP A BUS IN SANTA ANA YESTERDAY, KILLING THREE PASSENGERS.

   THE ARMY SAID THE FRONT HAD DONE IT.


TST9-MUC4-0002 (NOSC)

   LIMA, 3 APR (WIRE) -- [TEXT] THE MINISTER SPOKE ABOUT THE ECONOMY.
"""

MUC_KEY = """;;; a comment line
0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  11 MAR 90
3.  INCIDENT: LOCATION              (EL SALVADOR: SANTA ANA (CITY / DEPARTMENT)) / (EL SALVADOR)
4.  INCIDENT: TYPE                  BOMBING
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
10. PERP: ORGANIZATION ID           "PEOPLES FRONT" / "\\"URBAN\\" COMMANDOS"
19. HUM TGT: DESCRIPTION            "PASSENGERS"
                                    "DRIVER"
21. HUM TGT: NUMBER                 3: "PASSENGERS"
                                    1: "DRIVER"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "PASSENGERS"
                                    NO INJURY: "DRIVER"
24. HUM TGT: TOTAL NUMBER           -

0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
2.  INCIDENT: DATE                  - 12 MAR 90
3.  INCIDENT: LOCATION              ? GUATEMALA
4.  INCIDENT: TYPE                  ATTACK
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED / ATTEMPTED
10. PERP: ORGANIZATION ID           -

0.  MESSAGE: ID                     TST9-MUC4-0002 (NOSC)
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
"""


def write_muc(folder: Path) -> Path:
    sets = folder / "original" / "CORPORA" / "tst9"
    sets.mkdir(parents=True)
    (sets / "tst9-muc4").write_text(MUC_TEXT)
    (sets / "key-tst9.v1").write_text(MUC_KEY)
    return folder


def test_muc4_reader_parses_messages_and_datelines(tmp_path: Path) -> None:
    msgs, unkeyed = muc4.read_muc4(write_muc(tmp_path / "muc4"), "tst")
    assert unkeyed == 0
    assert [m.article.id for m in msgs] == ["TST9-MUC4-0001", "TST9-MUC4-0002"]
    a, b = msgs[0].article, msgs[1].article
    assert a.published == dt.date(1990, 3, 12)
    assert a.dateline == "SAN SALVADOR"
    assert a.source == "RADIO EXAMPLE"
    assert "\n\nTHE ARMY SAID" in a.text
    assert "THE\nPEOPLES" not in a.text  # hard wraps re-flowed
    assert b.published == dt.date(1990, 4, 3)  # the year of the message before
    assert msgs[0].relevant and not msgs[1].relevant
    assert msgs[1].templates == ()


def test_muc4_key_slots_alternatives_and_optional(tmp_path: Path) -> None:
    msgs, _ = muc4.read_muc4(write_muc(tmp_path / "muc4"), "tst")
    t1, t2 = msgs[0].templates
    assert not t1.optional and t2.optional
    assert t1.dates == (muc4.DayRange(dt.date(1990, 3, 11), dt.date(1990, 3, 11)),)
    assert [loc.country_code for loc in t1.locations] == ["SV", "SV"]
    assert t1.locations[0].places == ("SANTA ANA",)
    assert t1.perp_orgs == ("PEOPLES FRONT", '"URBAN" COMMANDOS')
    assert t1.deaths == 3
    assert t2.locations[0].country_code == "GT"
    assert t2.stages == {"ACCOMPLISHED", "ATTEMPTED"}
    assert t2.dates[0].contains(dt.date(1990, 3, 1))
    assert not t2.dates[0].contains(dt.date(1990, 3, 13))


@pytest.mark.parametrize(
    ("value", "day", "inside"),
    [
        ("16 NOV 89", dt.date(1989, 11, 16), True),
        ("15 NOV 89 - 17 NOV 89", dt.date(1989, 11, 16), True),
        ("15 NOV 89 - 17 NOV 89", dt.date(1989, 11, 18), False),
        ("- 26 AUG 89", dt.date(1989, 8, 20), True),
        ("(12 OCT 89) / (- 20 OCT 89)", dt.date(1989, 10, 19), True),
        ("-", dt.date(1989, 10, 19), False),
    ],
)
def test_muc4_key_date_ranges(value: str, day: dt.date, inside: bool) -> None:
    ranges = muc4.parse_dates(value, dt.date(1989, 12, 1))
    assert any(r.contains(day) for r in ranges) is inside


@pytest.mark.parametrize(
    ("effects", "numbers", "deaths"),
    [
        (['DEATH: "A" / "B"'], ['2: "A" / "B"'], 2),
        (['DEATH: "A"', 'DEATH: "C"'], ['2: "A"', '1: "C"'], 3),
        (['DEATH: "A"'], ['PLURAL: "A"'], None),
        (['NO INJURY OR DEATH: "A"'], ['2: "A"'], None),
    ],
)
def test_muc4_key_deaths(effects: list[str], numbers: list[str], deaths: int | None) -> None:
    assert muc4.parse_deaths(effects, numbers) == deaths


def test_muc4_scores_detection_and_slots(tmp_path: Path) -> None:
    folder = write_muc(tmp_path / "muc4")
    perp = Actor("perpetrator", "urban commandos of the Peoples Front", "Peoples Front", "rebel")
    bomb = event(
        etype="Explosions/Remote violence",
        date="1990-03-11",
        loc=place("Santa Ana", 14.0, -89.6, "SV", "Santa Ana"),
        killed=3,
        actors=(perp,),
    )
    battle = event(etype="Battles", date="1990-04-02")
    coder = fake_coder({"TST9-MUC4-0001": (bomb,), "TST9-MUC4-0002": (battle,)})
    v = values(run_eval("muc4", coder, data_dir=folder))
    assert v["detection precision"] == (1.0, 1, 1)  # the battle is no detection
    assert v["detection recall"] == (1.0, 1, 1)
    for slot in muc4.SLOTS:
        assert v[f"{slot} | relevant+detected"] == (1.0, 1, 1), slot


def test_muc4_false_positive_and_wrong_slots(tmp_path: Path) -> None:
    folder = write_muc(tmp_path / "muc4")
    lima = place("Lima", 1.0, 1.0, "PE", "Lima")
    # Equal scores with both templates (type only): the first template is taken.
    wrong = event(etype="Explosions/Remote violence", date="1990-02-01", loc=lima, killed=1)
    coder = fake_coder({"TST9-MUC4-0001": (wrong,), "TST9-MUC4-0002": (wrong,)})
    v = values(run_eval("muc4", coder, data_dir=folder))
    assert v["detection precision"] == (0.5, 1, 2)
    assert v["detection F1"][1:] == (2, 3)
    for slot in muc4.SLOTS:
        assert v[f"{slot} | relevant+detected"] == (0.0, 0, 1), slot


def test_muc4_align_pairs_by_date_then_type() -> None:
    t_bomb = muc4.MucTemplate(
        "X", "1", False, (muc4.DayRange(dt.date(1990, 1, 2), dt.date(1990, 1, 2)),), (),
        frozenset({"BOMBING"}), frozenset({"ACCOMPLISHED"}), (), None,
    )  # fmt: skip
    t_kid = muc4.MucTemplate(
        "X", "2", False, (muc4.DayRange(dt.date(1990, 1, 5), dt.date(1990, 1, 5)),), (),
        frozenset({"KIDNAPPING"}), frozenset({"ACCOMPLISHED"}), (), None,
    )  # fmt: skip
    e_kid = event(date="1990-01-05", confidence=0.9)
    e_bomb = event(etype="Explosions/Remote violence", date="1990-01-02", confidence=0.5)
    assert muc4.align([t_bomb, t_kid], [e_kid, e_bomb]) == {0: 1, 1: 0}


# ------------------------------------------------------------------ SATP


def test_satp_reads_rows_and_scores_detection(tmp_path: Path) -> None:
    folder = tmp_path / "satp"
    folder.mkdir()
    rows = [
        "Militants shot dead a trader in a village on May 3.\t1\t0\t0\t0",
        "Police arrested two suspects on May 4.\t0\t0\t0\t0",
        "A bomb went off near a market on May 5.\t0\t1\t0\t0",
        "Officials met to discuss security.\t0\t0\t0\t0",
    ]
    (folder / "dev.tsv").write_text("\n".join(rows) + "\n")
    read = satp.read_satp(folder)
    assert [r.incident for r in read] == [True, False, True, False]
    assert read[0].article.published is None
    ids = [r.article.id for r in read]
    coder = fake_coder(
        {
            ids[0]: (event(),),
            ids[1]: (event(etype="Strategic developments"),),
            ids[3]: (event(etype="Battles"),),
        }
    )
    v = values(run_eval("satp", coder, data_dir=folder))
    assert v["detection precision"] == (0.5, 1, 2)
    assert v["detection recall"] == (0.5, 1, 2)
    assert v["incident rate"] == (0.5, 2, 4)


def test_satp_bad_labels_raise(tmp_path: Path) -> None:
    folder = tmp_path / "satp"
    folder.mkdir()
    (folder / "dev.tsv").write_text("text only\n")
    with pytest.raises(DatasetError):
        satp.read_satp(folder)


# ------------------------------------------------------------------ WikiEvents


def wiki_doc() -> dict[str, object]:
    s1 = ["Gunmen", "attacked", "a", "bus", "in", "Kandar", "."]
    s2 = ["Two", "passengers", "died", "."]
    s3 = ["The", "weather", "was", "fine", "."]
    tokens = s1 + s2 + s3
    return {
        "doc_id": "w1",
        "tokens": tokens,
        # The field glues sentences as the real files do ("Kandar.Two").
        "text": " ".join(s1) + " ".join(s2) + " " + " ".join(s3),
        "sentences": [[[[t, 0, 0] for t in s], " ".join(s)] for s in (s1, s2, s3)],
        "event_mentions": [
            {"id": "E1", "event_type": "Conflict.Attack.Unspecified",
             "trigger": {"start": 1, "end": 2, "text": "attacked", "sent_idx": 0},
             "arguments": [{"entity_id": "T1", "role": "Attacker", "text": "Gunmen"},
                           {"entity_id": "T2", "role": "Target", "text": "bus"},
                           {"entity_id": "T3", "role": "Place", "text": "Kandar"}]},
            {"id": "E2", "event_type": "Life.Die.Unspecified",
             "trigger": {"start": 9, "end": 10, "text": "died", "sent_idx": 1},
             "arguments": [{"entity_id": "T4", "role": "Victim", "text": "passengers"}]},
            {"id": "E3", "event_type": "Contact.Contact.Meet",
             "trigger": {"start": 12, "end": 13, "text": "weather", "sent_idx": 2},
             "arguments": []},
        ],
    }  # fmt: skip


def test_wikievents_reader_builds_text_and_offsets(tmp_path: Path) -> None:
    folder = tmp_path / "wikievents"
    folder.mkdir()
    (folder / "dev.jsonl").write_text(json.dumps(wiki_doc()) + "\n")
    (doc,) = wikievents.read_wikievents(folder)
    text = doc.article.text
    assert "Kandar .\nTwo passengers" in text
    assert len(doc.events) == 2  # the Contact event is not violence
    assert text[doc.sentence_starts[1] :].startswith("Two")
    assert doc.sentence_of(text.index("died")) == 1
    assert doc.sentence_of(text.index("weather")) == 2


def test_wikievents_text_from_tokens_when_no_text_field() -> None:
    obj = wiki_doc()
    del obj["text"]
    doc = wikievents.parse_doc(obj)
    assert doc.article.text.startswith("Gunmen attacked a bus")
    assert doc.sentence_of(doc.article.text.index("passengers")) == 1


def test_wikievents_scores_sentence_detection_and_arguments(tmp_path: Path) -> None:
    folder = tmp_path / "wikievents"
    folder.mkdir()
    (folder / "dev.jsonl").write_text(json.dumps(wiki_doc()) + "\n")
    text = wikievents.read_wikievents(folder)[0].article.text
    at = text.index("attacked")
    wt = text.index("weather")
    hit = event(
        trigger=Span(at, at + 8, "attacked"),
        loc=place("Kandar", text="Kandar"),
        actors=(
            Actor("perpetrator", "Gunmen", "Unidentified Armed Group", "rebel group"),
            Actor("victim", "two passengers", "Civilians", "civilians"),
        ),
    )
    miss = event(status="background", trigger=Span(wt, wt + 7, "weather"))
    untriggered = event()
    coder = fake_coder({"w1": (hit, miss, untriggered)})
    v = values(run_eval("wikievents", coder, data_dir=folder))
    assert v["event precision"] == (pytest.approx(1 / 3), 1, 3)
    assert v["event recall"] == (0.5, 1, 2)  # "died" sits in a sentence with no system event
    assert v["arg Attacker recall"] == (1.0, 1, 1)
    assert v["arg Victim recall"] == (1.0, 1, 1)
    assert v["arg Target recall"] == (0.0, 0, 1)  # "bus" is no system actor
    assert v["arg Place precision"] == (1.0, 1, 1)
    assert v["arg all recall"] == (0.75, 3, 4)
    assert v["arg all precision"] == (1.0, 3, 3)


# ------------------------------------------------------------------ seed cases


def write_case(folder: Path) -> Path:
    folder.mkdir()
    (folder / "r1.txt").write_text("Gunmen killed 7 villagers near Riverton on Friday.")
    spec = {
        "text_file": "r1.txt",
        "published": "2020-03-07",
        "source": "Wire",
        "events": [
            {"id": "E1", "status": "current", "date": "2020-03-06", "where": "Riverton",
             "point": {"lat": 10.0, "lon": 20.0, "max_km": 50}, "country": "XX",
             "fatalities_low": 7, "evidence": ["fatalities"]},
        ],
        "must_not": {"max_current": 1, "any_fatalities": [70]},
    }  # fmt: skip
    (folder / "r1.case.json").write_text(json.dumps(spec))
    return folder


def serialize(coded: CodedArticle) -> dict[str, object]:
    return {
        "events": [
            {
                "status": e.status,
                "date": e.date.value,
                "location": {
                    "lat": e.location.lat if e.location else None,
                    "lon": e.location.lon if e.location else None,
                    "country_code": e.location.country_code if e.location else None,
                },
                "fatalities": {"low": e.fatalities.low, "best": e.fatalities.best},
                "evidence": [
                    {"field": s.field, "start": s.start, "end": s.end, "text": s.text}
                    for s in e.evidence
                ],
            }
            for e in coded.events
        ]
    }


def test_seed_checks_held_over_checks(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "seed")
    (case,) = seed.read_cases(folder)
    assert case.article.published == dt.date(2020, 3, 7)
    assert case.article.source == "Wire"
    ev = event(
        date="2020-03-06",
        loc=place("Riverton", 10.1, 20.1, "XX"),
        killed=7,
        evidence=(Evidence("fatalities", 14, 15, "7"),),
    )
    report = seed.evaluate(
        fake_coder({"r1": (ev,)}), EvalRequest(data_dir=folder), serializer=serialize
    )
    v = values(report)
    # found, country, fatalities, evidence, max_current, any_fatalities 70
    assert v["checks held"] == (1.0, 6, 6)
    assert v["case r1"] == (1.0, 6, 6)


def test_seed_missing_event_fails_its_subchecks(tmp_path: Path) -> None:
    folder = write_case(tmp_path / "seed")
    far = event(date="2020-03-06", loc=place("Elsewhere", 50.0, 50.0, "XX"), killed=70)
    report = seed.evaluate(
        fake_coder({"r1": (far,)}), EvalRequest(data_dir=folder), serializer=serialize
    )
    v = values(report)
    # not found (+3 subchecks fail), max_current holds, a 70 toll is forbidden
    assert v["checks held"] == (pytest.approx(1 / 6), 1, 6)
    assert any("FAIL E1: found" in n for n in report.notes)


# ------------------------------------------------------------------ reports


def test_eval_report_json_and_table() -> None:
    report = EvalReport("gva", "all", 3, (Metric("detected", None, 0, 0),), ("a note",))
    data = report.to_json()
    assert data["metrics"] == [{"name": "detected", "value": None, "num": 0, "den": 0}]
    assert render_table(report).row_count == 1


def test_eval_unknown_dataset_raises() -> None:
    assert "gva" in DATASETS
    with pytest.raises(DatasetError):
        run_eval("nope", fake_coder({}))
