"""Throughput of the whole coder: ``python bench/throughput.py [--n 1000] [--processes 2]``.

Reads the first N reports of ../shared/data/semeval2018-task5-gva/documents.jsonl (those
with text, each with its outlet as source), loads the Pipeline, then times
``Pipeline.code_many`` end to end (source regions learned, as in ``wirecoder extract``,
unless ``--no-source-regions``) and prints reports/s, chars/s and peak RSS. A benchmark,
not a test: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from wirecoder.eval.gva import source_of
from wirecoder.model import Article
from wirecoder.settings import Settings

DEFAULT_DOCS = Path("..") / "shared" / "data" / "semeval2018-task5-gva" / "documents.jsonl"


def read_articles(path: Path, n: int) -> list[Article]:
    out: list[Article] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= n:
                break
            obj = json.loads(line)
            text = obj.get("content") or ""
            if not text.strip():
                continue
            published = None
            if obj.get("dct"):
                try:
                    published = dt.date.fromisoformat(obj["dct"][:10])
                except ValueError:
                    published = None
            source, url = source_of(obj.get("uri"))
            out.append(Article(id=obj["doc_id"], text=text, title=obj.get("title"),
                               published=published, source=source, url=url))
    return out


def peak_rss_mib() -> tuple[float, float]:
    """(this process, its children) peak RSS in MiB; Linux reports KiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1000, help="reports to code")
    ap.add_argument("--processes", type=int, default=1, help="Settings.n_process")
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="a GVA documents.jsonl")
    ap.add_argument("--no-source-regions", action="store_true",
                    help="one pass: do not learn the sources' home regions")
    args = ap.parse_args()
    if not args.docs.is_file():
        print(f"no such file: {args.docs} (run from the repository root)", file=sys.stderr)
        return 2
    articles = read_articles(args.docs, args.n)
    chars = sum(len(a.text) + len(a.title or "") for a in articles)

    from wirecoder.pipeline import Pipeline  # late: the load is timed apart

    t0 = time.perf_counter()
    pipeline = Pipeline.load(Settings(n_process=args.processes,
                                      learn_sources=not args.no_source_regions))
    t_load = time.perf_counter() - t0
    t1 = time.perf_counter()
    n_events = sum(len(c.events) for c in pipeline.code_many(articles))
    elapsed = time.perf_counter() - t1
    own, kids = peak_rss_mib()
    print(f"reports      {len(articles)} ({chars} chars, {n_events} events)")
    print(f"processes    {args.processes}")
    print(f"source learn {not args.no_source_regions}")
    print(f"load         {t_load:.2f} s")
    print(f"coding       {elapsed:.2f} s")
    print(f"reports/s    {len(articles) / elapsed:.1f}")
    print(f"chars/s      {chars / elapsed:,.0f}")
    print(f"peak RSS     {own:.0f} MiB (children {kids:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
