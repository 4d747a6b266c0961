"""The command line: formats, and bad input that never stops the batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.cli import main

REPORT = ("Gunmen shot dead two farmers in Jos, Plateau State, on Friday, police said. "
          "No group claimed the attack.")


def _write(tmp: Path, name: str, data: str | bytes) -> Path:
    p = tmp / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def test_cli_extract_jsonl_keeps_order_and_ids(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "batch.jsonl", "\n".join(json.dumps(d) for d in [
        {"id": "a", "text": REPORT, "published": "2021-03-06"},
        {"id": "b", "text": REPORT.replace("Jos", "Bokkos"), "published": "2021-03-06"},
    ]))
    assert main(["extract", str(src), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["article"]["id"] for x in lines] == ["a", "b"]


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson"])
def test_cli_extract_formats(tmp_path: Path, pipeline, fmt: str,  # type: ignore[no-untyped-def]
                             capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "r.txt", REPORT)
    assert main(["extract", str(src), "--published", "2021-03-06", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "csv":
        assert out.splitlines()[0].startswith("article_id,")
        assert len(out.splitlines()) >= 2
    else:
        doc = json.loads(out)
        assert doc["events"] if fmt == "json" else doc["features"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", "   \n", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 50, "binary"),
        ("latin1.txt", "Caf\xe9 attaqu\xe9".encode("latin-1"), "UTF-8"),
        ("spanish.txt", "Un grupo de hombres armados atacó el puesto de la policía en la "
                        "ciudad y mató a tres agentes, según las autoridades locales.",
         "not in English"),
    ],
)
def test_cli_bad_input_one_line_and_batch_goes_on(
        tmp_path: Path, pipeline, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        name: str, data: str | bytes | None, reason: str) -> None:
    bad = tmp_path / name if data is None else _write(tmp_path, name, data)
    good = _write(tmp_path, "good.txt", REPORT)
    rc = main(["extract", str(bad), str(good), "--published", "2021-03-06", "--format", "jsonl"])
    cap = capsys.readouterr()
    assert rc == 1
    err = [x for x in cap.err.splitlines() if x.strip()]
    assert len(err) == 1 and name in err[0] and reason in err[0]
    assert "Traceback" not in cap.err
    assert [json.loads(x)["article"]["id"] for x in cap.out.splitlines()] == ["good"]


def test_cli_malformed_jsonl_line(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "b.jsonl", json.dumps({"id": "ok", "text": REPORT}) + "\n{not json\n")
    rc = main(["extract", str(src), "--published", "2021-03-06", "--format", "jsonl"])
    cap = capsys.readouterr()
    assert rc == 1
    assert "b.jsonl:2" in cap.err and len(cap.err.strip().splitlines()) == 1
    assert [json.loads(x)["article"]["id"] for x in cap.out.splitlines()] == ["ok"]


def test_cli_bad_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path, "r.txt", REPORT)
    rc = main(["extract", str(src), "--published", "2021-13-45"])
    cap = capsys.readouterr()
    assert rc != 0
    assert "--published" in cap.err and "Traceback" not in cap.err
    assert len(cap.err.strip().splitlines()) == 1


def test_cli_demo_prints_table_and_json(pipeline, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "wirecoder demo" in out
    doc = json.loads(out[out.index("{"):])
    [current] = [e for e in doc["events"] if e["status"] == "current"]
    assert current["location"]["name"] == "Konduga"  # not the dateline, nor where police spoke
    assert current["fatalities"]["low"] == 14 and current["injuries"]["low"] == 30
    assert current["sub_event_type"] == "Suicide bomb"
    assert {"actor": "Islamic State (West Africa Province)", "status": "denied"} in current["claims"]
    assert [e["date"] for e in doc["events"] if e["status"] == "background"] == ["2016-03"]


def test_cli_gazetteer_install_then_where(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "allCountries.txt"
    # One row in GeoNames' 19-column allCountries format, written for the test.
    dump.write_text("\t".join(["9900001", "Quillbrook", "Quillbrook", "Quilbrook", "44.5",
                               "-100.2", "P", "PPL", "US", "", "SD", "", "", "", "2500", "",
                               "500", "America/Chicago", "2021-01-01"]) + "\n",
                    encoding="utf-8")
    db = tmp_path / "gaz.sqlite"
    assert main(["--gazetteer", str(db), "gazetteer", "install", "--geonames", str(dump)]) == 0
    assert "loaded 1" in capsys.readouterr().out
    assert main(["--gazetteer", str(db), "--no-spacy", "where",
                 "A man was shot dead in Quilbrook on Friday."]) == 0
    out = capsys.readouterr().out
    assert "geonames:9900001" in out
    assert "location Quillbrook precision 1" in out
