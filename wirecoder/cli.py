"""The command line: ``wirecoder extract|demo|eval|where|gazetteer``.

Errors a user can cause print one line on stderr naming the input and the reason; the
rest of a batch is still coded, and the exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from wirecoder.errors import WirecoderError
from wirecoder.model import Article, CodedArticle
from wirecoder.settings import Settings

if TYPE_CHECKING:
    from wirecoder.pipeline import Pipeline

def _err(msg: str) -> None:
    print(f"wirecoder: {msg}", file=sys.stderr)


def _load_pipeline(args: argparse.Namespace) -> Pipeline:
    return _pipeline(_settings(args))


def _settings(args: argparse.Namespace, batch: int = 1) -> Settings:
    procs = args.processes
    if procs <= 0:
        # Auto: a big batch is worth a worker per core; a few reports are not worth the
        # seconds each worker spends loading its own coder.
        procs = (os.cpu_count() or 1) if batch >= _PARALLEL_FROM else 1
    return Settings(gazetteer_path=Path(args.gazetteer) if args.gazetteer else None,
                    use_spacy=not args.no_spacy, n_process=procs,
                    learn_sources=not args.no_source_regions)


_PARALLEL_FROM = 300


@functools.lru_cache(maxsize=2)
def _pipeline(settings: Settings) -> Pipeline:
    # Loading spaCy and the gazetteer costs a second or two: once per process is enough.
    from wirecoder.pipeline import Pipeline

    return Pipeline.load(settings)


def cmd_extract(args: argparse.Namespace) -> int:
    from wirecoder import output
    from wirecoder.ingest import parse_published, read_inputs

    failed = False
    try:
        parse_published(args.published, origin="--published")
    except WirecoderError as exc:
        _err(str(exc))
        return 2
    good: list[Article] = []
    for item in read_inputs(args.paths, published=args.published, source=args.source):
        if isinstance(item, WirecoderError):
            _err(str(item))
            failed = True
        else:
            good.append(item)
    settings = _settings(args, len(good))
    if settings.n_process > 1:
        from wirecoder.pipeline import code_parallel

        results: Iterable[CodedArticle] = code_parallel(settings, good)
    else:
        results = _pipeline(settings).code_many(good)
    coded: list[CodedArticle] = []
    fmt = args.format
    out = sys.stdout
    for i, c in enumerate(results):
        if fmt == "jsonl":
            out.write(output.to_jsonl_line(c) + "\n")
        elif fmt == "csv":
            out.write(output.to_csv([c], header=i == 0))
        else:
            coded.append(c)
    if fmt == "json" and coded:
        out.write(output.to_json(coded) + "\n")
    elif fmt == "geojson":
        out.write(output.to_geojson(coded) + "\n")
    elif fmt == "csv" and not good:
        out.write(output.to_csv([]))
    return 1 if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console
    from rich.table import Table

    from wirecoder import output
    from wirecoder.ingest import read_inputs
    demo = resources.files("wirecoder") / "demo" / "example.txt"
    with resources.as_file(demo) as path:
        items = list(read_inputs([str(path)]))
    articles = [a for a in items if isinstance(a, Article)]
    if not articles:
        _err("the demo report could not be read")
        return 1
    pipe = _load_pipeline(args)
    coded = pipe.code(articles[0])
    console = Console(width=160)
    table = Table(title=f"wirecoder demo: {len(coded.events)} event(s) in {articles[0].id}")
    for col in ("status", "type", "date", "place", "killed", "injured", "actors"):
        table.add_column(col)
    for e in coded.events:
        loc = e.location
        place = f"{loc.name}, {loc.admin1 or ''} {loc.country_code or ''} (p{loc.precision})" \
            if loc else "-"
        killed = e.fatalities.low if e.fatalities.low is not None else e.fatalities.best
        injured = e.injuries.low if e.injuries.low is not None else e.injuries.best
        actors = "; ".join(f"{a.role}: {a.name}" for a in e.actors)
        table.add_row(e.status, f"{e.event_type} / {e.sub_event_type}", str(e.date.value),
                      place, str(killed if killed is not None else "-"),
                      str(injured if injured is not None else "-"), actors)
    console.print(table)
    print(json.dumps(output.coded_to_dict(coded), ensure_ascii=False, indent=2))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console

    from wirecoder.eval import render_table, run_eval
    pipe = _load_pipeline(args)
    report = run_eval(args.dataset, pipe.code_many,
                      data_dir=Path(args.data_dir) if args.data_dir else None,
                      split=args.split, limit=args.limit)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        Console().print(render_table(report))
    return 0


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from wirecoder.gazetteer import Gazetteer, default_path, install_geonames

    db = Path(args.gazetteer) if args.gazetteer else default_path()
    if args.action == "install":
        if not args.geonames:
            _err("gazetteer install needs --geonames PATH_OR_URL")
            return 2
        if not args.gazetteer:
            Gazetteer.open(None).close()  # the default index is built first, then extended
        n = install_geonames(args.geonames, db,
                             Path(args.alternate_names) if args.alternate_names else None)
        print(f"loaded {n} GeoNames records into {db}")
    else:
        gaz = Gazetteer.open(db)
        print(f"gazetteer ready at {db}")
        gaz.close()
    return 0


def cmd_where(args: argparse.Namespace) -> int:
    pipe = _load_pipeline(args)
    text = " ".join(args.text)
    art = Article("where", text)
    hints = pipe.nlp.place_hints(text) if pipe.nlp else []
    geo = pipe.geoparser.parse(text, hints=hints)
    for m in geo.mentions:
        tag = " (dateline)" if m.is_dateline else ""
        print(f"{m.span.start}-{m.span.end} {m.name!r} cue={m.cue}{tag}")
        for c in m.candidates:
            g = c.entry
            print(f"    {c.score:6.2f} {g.id} {g.name}, {g.admin1 or '-'}, {g.country_code} "
                  f"{g.feature_code} pop={g.population}")
    for d in geo.distances:
        print(f"distance phrase {d.span.text!r}: {d.km:g} km, bearing {d.bearing:g}")
    for e in pipe.code(art).events:
        loc = e.location
        why = next((v.text for v in e.evidence if v.field == "location"), None)
        print(f"event {e.status} {e.event_type}: location {loc.name if loc else None} "
              f"precision {loc.precision if loc else None}, from {why!r}, flags={list(e.flags)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wirecoder", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    p.add_argument("--gazetteer", help="path of the gazetteer index (default: user cache)")
    p.add_argument("--no-spacy", action="store_true", help="skip spaCy NER hints (faster)")
    p.add_argument("--no-source-regions", action="store_true",
                   help="do not learn each source's home region from the batch")
    p.add_argument("--processes", type=int, default=0,
                   help="worker processes (each loads its own coder); 0 = one per core for "
                        f"batches of {_PARALLEL_FROM}+ reports")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="code reports and print their events")
    e.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl, .html or - for stdin")
    e.add_argument("--published", help="publication date YYYY-MM-DD")
    e.add_argument("--source", help="source name (AFP, Reuters, ...)")
    e.add_argument("--format", choices=("json", "jsonl", "csv", "geojson"), default="json")
    e.set_defaults(func=cmd_extract)

    d = sub.add_parser("demo", help="code the example report shipped with wirecoder")
    d.set_defaults(func=cmd_demo)

    v = sub.add_parser("eval", help="score the coder on a gold data set")
    v.add_argument("dataset", choices=("gva", "gvc", "muc4", "wikievents", "satp", "seed"))
    v.add_argument("--data-dir")
    v.add_argument("--split")
    v.add_argument("--limit", type=int)
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_eval)

    w = sub.add_parser("where", help="show place mentions, candidates and the chosen location")
    w.add_argument("text", nargs="+")
    w.set_defaults(func=cmd_where)

    g = sub.add_parser("gazetteer", help="build the default index or load a GeoNames dump")
    g.add_argument("action", choices=("build", "install"))
    g.add_argument("--geonames", help="allCountries.txt / .zip path or URL")
    g.add_argument("--alternate-names", help="alternateNames.txt path")
    g.set_defaults(func=cmd_gazetteer)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="wirecoder: %(message)s", stream=sys.stderr)
    try:
        rc: int = args.func(args)
    except WirecoderError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return rc


if __name__ == "__main__":
    sys.exit(main())
