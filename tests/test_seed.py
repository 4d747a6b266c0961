"""Golden test: the seed report, coded by the real CLI, holds every check of its case file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import need_shared
from wirecoder.cli import main


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:  # type: ignore[no-untyped-def]
    seed = need_shared("seed", "bahariya-afp.txt")
    out = tmp_path_factory.mktemp("seed") / "out.json"
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = main(["extract", str(seed), "--published", "2017-10-21", "--source", "AFP",
                   "--format", "json"])
    assert rc == 0
    out.write_text(buf.getvalue(), encoding="utf-8")
    return out


def test_seed_every_check_of_the_case_file_holds(seed_output: Path) -> None:
    spec = need_shared("seed", "bahariya-afp.case.json")
    checker = need_shared("tools", "check_case.py")
    res = subprocess.run([sys.executable, str(checker), str(spec), str(seed_output)],
                         capture_output=True, text=True, check=False)
    failed = [line for line in res.stdout.splitlines() if line.startswith("FAIL")]
    assert not failed, res.stdout
    assert res.returncode == 0, res.stdout


def test_seed_output_follows_the_contract(seed_output: Path) -> None:
    doc = json.loads(seed_output.read_text(encoding="utf-8"))
    assert set(doc) == {"article", "events"}
    keys = {"event_id", "status", "disorder_type", "event_type", "sub_event_type", "date",
            "date_precision", "location", "actors", "fatalities", "injuries", "weapons",
            "claims", "evidence", "flags", "confidence"}
    for ev in doc["events"]:
        assert keys <= set(ev)
        assert set(ev["fatalities"]) >= {"low", "best", "high", "text"}
