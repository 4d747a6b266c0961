"""The learned relevance model: stable hashed features, a logistic fit, packaged weights."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from wirecoder.model import Article, Count, Event, EventDate, Span
from wirecoder.relevance import N_BUCKETS, RelevanceModel, featurize

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_relevance",
                                                  ROOT / "scripts" / "train_relevance.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_relevance"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


def _assert_features(feats: dict[int, float], present: list[str], absent: list[str]) -> None:
    from wirecoder.relevance import bucket

    for name in present:
        assert bucket(name) in feats, name
    for name in absent:
        assert bucket(name) not in feats, name


def _event(text: str, trigger: str, *, killed: int | None = None,
           etype: str = "Violence against civilians") -> Event:
    start = text.index(trigger)
    return Event(
        event_id="t:1", status="current", disorder_type="Political violence",
        event_type=etype, sub_event_type="Attack",
        date=EventDate("2024-03-02", "day"), location=None,
        fatalities=Count(killed, killed, killed) if killed is not None else Count(),
        trigger=Span(start, start + len(trigger), trigger),
    )


INCIDENT = ("Gunmen shot dead {n} villagers in a market on Saturday morning, police said. "
            "The attackers fled on motorcycles.")
RHETORIC = ("The minister said in an interview that terrorism must be fought and that the "
            "government will not negotiate with those who {n} attack democracy.")


def _pair(n: int) -> tuple[Article, Event, Article, Event]:
    good = INCIDENT.format(n=n + 2)
    bad = RHETORIC.format(n=["often", "would", "might", "still"][n % 4])
    ga = Article(f"g{n}", good, published=dt.date(2024, 3, 3))
    ba = Article(f"b{n}", bad, published=dt.date(2024, 3, 3))
    return ga, _event(good, "shot dead", killed=n + 2), ba, _event(bad, "attack")


def test_relevance_featurize_deterministic() -> None:
    a, e, _, _ = _pair(1)
    f1, f2 = featurize(a, e), featurize(a, e)
    assert f1 == f2
    assert f1 and all(0 <= b < N_BUCKETS for b in f1)


def test_relevance_featurize_stable_across_processes() -> None:
    # Python's hash() of a string changes per process; the features must not.
    code = (
        "import datetime as dt, json\n"
        "from wirecoder.model import Article, EventDate, Event, Span\n"
        "from wirecoder.relevance import featurize\n"
        "t = 'Gunmen shot dead two villagers in a market.'\n"
        "e = Event('x', 'current', 'Political violence', 'Violence against civilians',"
        " 'Attack', EventDate('2024-03-02', 'day'), None, trigger=Span(7, 16, 'shot dead'))\n"
        "print(json.dumps(sorted(featurize(Article('a', t), e).items())))\n"
    )
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        for seed in ("1", "2")
    }
    assert len(outs) == 1


@pytest.mark.parametrize(
    ("text", "trigger", "part", "title"),
    [
        ("Gunmen shot dead two villagers.", "shot dead", "text", None),
        ("The report followed.", "bombing", "title", "Bombing kills four"),
        ("A BOMB EXPLODED IN THE CAPITAL TODAY.", "BOMB", "text", None),
    ],
)
def test_relevance_featurize_title_and_upper(text: str, trigger: str, part: str,
                                             title: str | None) -> None:
    src = title if part == "title" else text
    assert src is not None
    start = src.lower().index(trigger.lower())
    ev = Event("x", "current", "Political violence", "Explosions/Remote violence",
               "Remote explosive/landmine/IED", EventDate(None, "unresolved"), None,
               trigger=Span(start, start + len(trigger), src[start:start + len(trigger)],
                            "title" if part == "title" else "text"))
    feats = featurize(Article("a", text, title=title), ev)
    assert feats
    model = RelevanceModel(tuple([0.0] * N_BUCKETS), 0.0)
    assert model.probability(Article("a", text, title=title), ev) == pytest.approx(0.5)


def test_relevance_probability_in_open_interval() -> None:
    a, e, _, _ = _pair(3)
    big = RelevanceModel(tuple([50.0] * N_BUCKETS), 50.0)
    small = RelevanceModel(tuple([-50.0] * N_BUCKETS), -50.0)
    for m in (big, small):
        p = m.probability(a, e)
        assert 0.0 <= p <= 1.0
    loaded = RelevanceModel.load()
    if loaded is not None:
        assert 0.0 < loaded.probability(a, e) < 1.0


def test_relevance_trained_separates_obvious_cases() -> None:
    mod = _script()
    examples = []
    for n in range(12):
        ga, ge, ba, be = _pair(n)
        examples.append(mod.Example("synthetic", ga, ge, 1))
        examples.append(mod.Example("synthetic", ba, be, 0))
    model = mod.train(examples, l2=0.1, epochs=200)
    ga, ge, ba, be = _pair(40)
    assert model.probability(ga, ge) > 0.7
    assert model.probability(ba, be) < 0.3


def test_relevance_weights_round_trip(tmp_path: Path) -> None:
    mod = _script()
    ga, ge, ba, be = _pair(1)
    model = mod.train([mod.Example("s", ga, ge, 1), mod.Example("s", ba, be, 0)], epochs=50)
    path = tmp_path / "w.json"
    import json

    path.write_text(json.dumps(model.to_json()))
    again = RelevanceModel.load(path)
    assert again is not None
    assert again.probability(ga, ge) == pytest.approx(model.probability(ga, ge), abs=2e-3)
    assert RelevanceModel.load(tmp_path / "missing.json") is None


def test_relevance_packaged_weights_load() -> None:
    model = RelevanceModel.load()
    assert model is not None
    assert len(model.weights) == N_BUCKETS
    assert any(w != 0.0 for w in model.weights)


@pytest.mark.parametrize(("scores", "labels", "want"), [
    ([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1.0),
    ([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0.0),
    ([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5),
])
def test_relevance_auc(scores: list[float], labels: list[int], want: float) -> None:
    assert _script().auc(scores, labels) == pytest.approx(want)


@pytest.mark.parametrize(("text", "trigger", "present", "absent"), [
    # A modal before the trigger in its own sentence marks the event as not yet done.
    ("Rebels will attack the town, a commander said.", "attack", ["sfam:modal<"],
     ["sfam:modal>"]),
    # The same word in the next sentence is not the trigger sentence's.
    ("Rebels attacked the town. Talks will resume.", "attacked", [],
     ["sfam:modal<", "sfam:modal>"]),
    ("Police foiled an attack on the bridge.", "attack", ["sfam:failed<"], []),
    ("Troops killed two rebels in an encounter.", "killed", ["sfam:secop>", "sentidx:0"],
     ["sfam:secop<"]),
    ("Talks stalled. Gunmen attacked the town.", "attacked", ["sentidx:1"], ["sentidx:0"]),
])
def test_relevance_trigger_sentence_families(text: str, trigger: str, present: list[str],
                                             absent: list[str]) -> None:

    ev = _event(text, trigger)
    feats = featurize(Article("s", text), ev)
    _assert_features(feats, present, absent)


def test_relevance_report_families_counted() -> None:
    from wirecoder.relevance import bucket

    text = "Gunmen killed two men. " * 3 + "The minister said the talks would go on."
    feats = featurize(Article("r", text), _event(text, "killed"))
    assert bucket("rfam:violence:2") in feats  # 6 violence words: log2(7) -> 2
    assert bucket("rfam:legal:0") in feats


@pytest.mark.parametrize(("text", "trigger", "present", "absent"), [
    # The report's first violence word, told in its lede.
    ("GUERRILLAS KILLED A MAYOR TODAY.", "KILLED",
     ["is-first-violent", "U|is-first-violent", "pos:0", "nviol-lede:1"], ["mixed"]),
    # A later mention, in mixed-case copy: no capitals copy of the features.
    ("Rebels attacked a convoy. " + "The talks went on. " * 20 + "A bomb went off.", "bomb",
     ["after-first-violent:2", "mixed", "pos:2"], ["is-first-violent", "U|mixed"]),
    # A report with no violence word before the trigger's own.
    ("The minister spoke at length. Then rebels shot a guard.", "shot",
     ["is-first-violent", "firstviol:0"], ["firstviol:none"]),
])
def test_relevance_report_position_features(text: str, trigger: str, present: list[str],
                                            absent: list[str]) -> None:
    feats = featurize(Article("p" + str(len(text)), text), _event(text, trigger))
    _assert_features(feats, present, absent)


def test_relevance_muc_battles_not_fit() -> None:
    mod = _script()
    text = "GUERRILLAS CLASHED WITH TROOPS TODAY."
    battle = _event(text, "CLASHED", etype="Battles")
    attack = _event(text, "CLASHED")
    art = Article("m", text)
    assert not mod.trains(mod.Example("muc4", art, battle, 1))
    assert mod.trains(mod.Example("muc4", art, attack, 1))
    assert mod.trains(mod.Example("satp", art, battle, 1))


@pytest.mark.parametrize(("text", "trigger", "field", "said", "present", "absent"), [
    # The toll told in the trigger's own sentence is the act's own.
    ("Gunmen killed two villagers on Monday. The minister said talks go on.", "killed",
     "fatalities", "two villagers", ["evsent:fatalities:in"], ["evsent:fatalities:out"]),
    # A date read from another sentence than the trigger's belongs to something else.
    ("The army said on Friday it was calm. Rebels later attacked a post.", "attacked",
     "date", "Friday", ["evsent:date:out"], ["evsent:date:in"]),
    ("A bomb went off in a market in Tola, police said.", "bomb", "location", "Tola",
     ["evsent:location:in"], ["evsent:location:out"]),
    # Evidence in the headline is another part of the report than a body trigger.
    ("Gunmen killed two villagers.", "killed", "actor:victim", "farmer", [],
     ["evsent:actor:in", "evsent:actor:out"]),
])
def test_relevance_evidence_in_trigger_sentence(text: str, trigger: str, field: str,
                                                said: str, present: list[str],
                                                absent: list[str]) -> None:
    from wirecoder.model import Evidence

    title = "A farmer is shot" if said == "farmer" else None
    src = title if title is not None else text
    start = src.index(said)
    ev = Evidence(field, start, start + len(said), said, "title" if title else "text")
    base = _event(text, trigger)
    event = Event(base.event_id, base.status, base.disorder_type, base.event_type,
                  base.sub_event_type, base.date, None, evidence=(ev,), trigger=base.trigger)
    feats = featurize(Article("ev" + text[:8], text, title=title), event)
    _assert_features(feats, present, absent)


@pytest.mark.parametrize(("text", "trigger", "present", "absent"), [
    # The trigger word by where it is told: in the lede's first sentence ...
    ("Gunmen killed two villagers. The talks went on.", "killed",
     ["trig-pos:killed:0", "trig-sidx:killed:0", "type-pos:Violence against civilians:0"],
     ["trig-pos:killed:2"]),
    # ... and far into the report, after other sentences.
    ("The talks went on. " * 20 + "Gunmen killed a guard.", "killed",
     ["trig-pos:killed:2", "trig-sidx:killed:3"], ["trig-pos:killed:0", "trig-sidx:killed:0"]),
])
def test_relevance_trigger_by_position(text: str, trigger: str, present: list[str],
                                       absent: list[str]) -> None:
    feats = featurize(Article("tp" + str(len(text)), text), _event(text, trigger))
    _assert_features(feats, present, absent)


REPORT = ("Rebels attacked an army post near the river on Monday. Gunmen shot dead three "
          "farmers. A bomb went off later.")


@pytest.mark.parametrize(("which", "report", "present", "absent"), [
    # Alone (or with no report given), the event is its report's only one.
    (0, [], ["rn:1", "ridx:0", "rany-lp:0"], ["rn:3", "rany-toll"]),
    (0, [0], ["rn:1", "ridx:0"], ["rn:3", "rany-toll"]),
    # The report's first act learns that another of its acts has a toll.
    (0, [0, 1, 2], ["rn:3", "ridx:0", "rany-toll"], ["ridx:2", "rn:1"]),
    # The third act is ranked by where it stands among them.
    (2, [0, 1, 2], ["rn:3", "ridx:2", "rany-toll"], ["ridx:0"]),
    # An event not among those given is read alone, never misranked.
    (2, [0, 1], ["rn:1", "ridx:0"], ["rn:2", "rany-toll"]),
])
def test_relevance_report_events_together(which: int, report: list[int], present: list[str],
                                          absent: list[str]) -> None:

    events = [_event(REPORT, "attacked"), _event(REPORT, "shot dead", killed=3),
              _event(REPORT, "bomb")]
    feats = featurize(Article("rep", REPORT), events[which], [events[i] for i in report])
    _assert_features(feats, present, absent)


def test_relevance_report_event_found_by_identity() -> None:
    from wirecoder.relevance import bucket

    # Two incidents coded alike are still two: the second is ranked second.
    a, b = _event(REPORT, "bomb"), _event(REPORT, "bomb")
    assert a == b
    feats = featurize(Article("rep", REPORT), b, [a, b])
    assert bucket("ridx:1") in feats
    assert bucket("ridx:0") not in feats


def test_relevance_report_scored_as_featurized() -> None:
    # The pipeline's call and the training script's features are the same function.
    events = [_event(REPORT, "attacked"), _event(REPORT, "shot dead", killed=3)]
    art = Article("rep", REPORT)
    weights = [0.0] * N_BUCKETS
    for b in featurize(art, events[1], events):
        weights[b] = 0.01
    model = RelevanceModel(tuple(weights), 0.0)
    assert model.probability(art, events[1], events) == pytest.approx(
        model.score(featurize(art, events[1], events)))
    assert model.probability(art, events[1], events) != pytest.approx(
        model.probability(art, events[1]))
