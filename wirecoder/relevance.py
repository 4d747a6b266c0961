"""A learned estimate that a coded event is a real, current incident.

The rule-based coder finds incidents with good recall but codes too much on wire copy:
political statements, interviews, arrests and passing mentions of old attacks. This
module scores an ``Event`` with a logistic model over hashed sparse features: the words
around the event's trigger and evidence, the words and word pairs of the trigger's own
sentence, word families (modal, negation, foiled, security operation, speech, court,
violence, past) next to the trigger and across the report's lede, and the shape of what
the coder found (a toll, a date from the text, a precise place, actors, and whether
each was read from the trigger's own sentence), the trigger word by its position, and
the report's current events taken together (how many, the event's rank among them,
whether any has a toll, a named victim, a precise place).
``scripts/train_relevance.py`` fits the weights on training splits only and writes
``wirecoder/data/relevance.json``.

Hashing uses ``zlib.crc32`` because Python's ``hash()`` of a string changes from one
process to the next; weights trained in one process must mean the same in another.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from wirecoder.errors import WirecoderError
from wirecoder.model import Article, Event

log = logging.getLogger(__name__)

#: Bumped whenever ``featurize`` changes meaning: old weights are then refused.
FEATURE_VERSION = 6
N_BUCKETS = 2**15
WINDOW = 250
EVIDENCE_WINDOW = 60
# The report-wide word counts read the lede only: wire reports put the incident first,
# and the cost then stays flat however long the report.
REPORT_CHARS = 1000
# The lede's own words (dateline and first sentence or two) say what the report is about.
LEDE_CHARS = 400

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LOWER = re.compile(r"[a-z]")
_UPPER = re.compile(r"[A-Z]")
_NUM = re.compile(r"^\d+$")
_TRANSCRIPT = re.compile(
    r"\[(?:INTERVIEW|COMMUNIQUE|NEWS CONFERENCE|SPEECH|EDITORIAL|COMMENTARY|LETTER|STATEMENT"
    r"|MESSAGE|ADDRESS|DEBATE|ROUNDTABLE|PRESS CONFERENCE|ANNOUNCEMENT|REPORT)"
    r"|\b(?:interview|speech|communiqu[eé]|editorial)\s*[:\]]", re.IGNORECASE)
# A sentence ends at . ! or ? (and any closing quote or bracket) before white space, or
# at a blank line.
_SENT_END = re.compile(r"[.!?][\"')\]]*\s+|\n\s*\n")

# Word families whose presence near the trigger, or weight over the whole report,
# separates a real incident from talk about one: an event that may happen, was foiled or
# denied, a security operation rather than an attack, or a political statement.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "modal": ("will", "would", "could", "may", "might", "shall", "plan", "plans", "planned",
              "planning", "plot", "plotted", "threaten", "threatened", "threatens",
              "threat", "threats", "vowed", "vows", "warned", "warns", "intend", "intended",
              "possible", "likely", "if", "unless", "feared", "fear"),
    "negation": ("no", "not", "never", "denied", "denies", "deny", "without", "nobody",
                 "none", "neither", "nor", "rejected", "false"),
    "failed": ("attempted", "attempt", "foiled", "defused", "thwarted", "averted", "failed",
               "aborted", "prevented", "averting", "escaped", "unexploded", "narrowly"),
    "secop": ("encounter", "operation", "operations", "arrested", "arrest", "arrests",
              "surrendered", "surrender", "recovered", "seized", "raid", "raided", "nabbed",
              "apprehended", "detained", "custody", "combing", "search", "cordon",
              "busted", "captured", "neutralised", "neutralized", "gunfight"),
    "speech": ("said", "says", "told", "stated", "declared", "condemned",
               "condemn", "denounced", "demanded", "urged", "called", "interview",
               "statement", "spokesman", "minister", "president", "government", "party",
               "election", "elections", "talks", "peace", "dialogue", "negotiations",
               "congress", "assembly", "campaign", "rally", "policy"),
    "violence": ("killed", "kill", "killing", "dead", "died", "bomb", "bombs", "bombing",
                 "blast", "explosion", "exploded", "attack", "attacked", "attacks", "shot",
                 "shooting", "wounded", "injured", "massacre", "ambush", "ambushed",
                 "murdered", "murder", "gunmen", "fired", "fire", "slain", "assassinated",
                 "kidnapped", "abducted", "dynamite", "grenade", "casualties", "bodies"),
    "past": ("ago", "anniversary", "last", "previous", "earlier", "since", "former",
             "recalled", "remember", "history", "past"),
    "legal": ("court", "trial", "sentenced", "convicted", "charged", "accused", "judge",
              "verdict", "prison", "jail", "bail", "hearing", "case", "investigation"),
}
# The violence words alone, found by position: how soon and how often a report tells
# violence. A literal alternation is about 3x cheaper than the coder's trigger lexicon.
_VIOLENCE_RX = re.compile(
    r"\b(?:" + "|".join(sorted(_FAMILIES["violence"], key=len, reverse=True)) + r")\b")
_FAMILY_OF: dict[str, str] = {w: f for f, ws in _FAMILIES.items() for w in ws}
# Counting the lede's tokens and intersecting key sets runs in C; a Python loop over every
# token cost more than the rest of the article's features.
_FAMILY_KEYS = frozenset(_FAMILY_OF)

# A transcript's recorded passage is somebody speaking (a minister recalling a massacre,
# a commander's boast), not the reporter telling the news.
_REC_BEGIN = "[BEGIN RECORDING]"
_REC_END = "[END RECORDING]"

_QUESTION = re.compile(r"\[(?:QUESTION|ANSWER)\]|\b(?:Q|A):|\[(?:question|answer)\]")

# Token and feature-name hashes are memoised: a wire service's vocabulary is small, and
# crc32 plus string building dominated the cost per event. Bounded so a long run over a
# varied corpus cannot grow them without end.
_CACHE: dict[str, int] = {}
_TOKENS: dict[str, int] = {}
_CACHE_MAX = 200_000
_MASK = N_BUCKETS - 1


def _crc(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def bucket(name: str) -> int:
    """The stable bucket of one feature name."""
    b = _CACHE.get(name)
    if b is None:
        b = _crc(name) & _MASK
        if len(_CACHE) < _CACHE_MAX:
            _CACHE[name] = b
    return b


def _norm_token(tok: str) -> str:
    # Numbers differ from report to report; their size class is what carries over.
    if _NUM.match(tok):
        return "<num>" if len(tok) < 4 else "<year>" if tok[:2] in ("19", "20") else "<bignum>"
    return tok


def _token_hash(tok: str) -> int:
    h = _crc(_norm_token(tok)) | 1  # never 0, so ``get(t) or`` below is a cache test
    if len(_TOKENS) < _CACHE_MAX:
        _TOKENS[tok] = h
    return h


def _add(feats: dict[int, float], name: str, value: float = 1.0) -> None:
    b = bucket(name)
    feats[b] = feats.get(b, 0.0) + value


# Each word family gets its own salt so "w:" and "t:" copies of a word land apart.
_SALT = {p: _crc(p) for p in ("w:", "Uw:", "b:", "t:", "Ut:", "e:", "s:", "Us:", "l:", "Ul:")}


def _hashes(text: str) -> list[int]:
    get = _TOKENS.get
    return [get(t) or _token_hash(t) for t in _WORD.findall(text.lower())]


def _add_words(feats: dict[int, float], prefix: str, text: str, *, bigrams: bool,
               upper: bool) -> None:
    _add_hashes(feats, prefix, _hashes(text), bigrams=bigrams, upper=upper)


def _add_hashes(feats: dict[int, float], prefix: str, hs: list[int], *, bigrams: bool,
                upper: bool) -> None:
    # Features are binary (a word said three times in a window is no surer than once)
    # and hashed by arithmetic on cached token hashes: building a string per n-gram cost
    # more than all the rest of ``featurize``.
    salt = _SALT[prefix]
    feats.update(dict.fromkeys([(h ^ salt) & _MASK for h in hs], 1.0))
    if upper:
        # Upper-case wire copy (MUC-4 style) words its reports differently; a
        # domain-specific copy of each word lets the model weigh them apart.
        usalt = _SALT["U" + prefix]
        feats.update(dict.fromkeys([(h ^ usalt) & _MASK for h in hs], 1.0))
    if bigrams:
        bsalt = _SALT["b:"]
        feats.update(dict.fromkeys(
            [(((a * 0x9E3779B1) >> 11) ^ b ^ bsalt) & _MASK for a, b in itertools.pairwise(hs)],
            1.0))


@dataclass(frozen=True)
class _ArticleShape:
    names: tuple[str, ...]
    n_chars: int
    #: Buckets of the lede's words: what the whole report is about.
    lede: tuple[int, ...] = ()
    #: Where the report's first violence word starts (-1: none in the text).
    first_violent: int = -1


# The events of one article are scored one after another: its article-wide features are
# kept for the next call (one slot; an equal article has the same shape).
@lru_cache(maxsize=1)
def _article_shape(article: Article) -> _ArticleShape:
    text = article.text
    names: list[str] = []
    if _TRANSCRIPT.search(text, 0, 400):
        names.append("transcript")
    head = text[:2000]
    # The plain-string tests are C scans that let most reports skip the slower regex.
    if ("[" in head or "Q:" in head or "A:" in head) and _QUESTION.search(head):
        names.append("qa")
    names.append(f"quotes:{min(3, text.count(chr(34), 0, 3000) // 4)}")
    names.append(f"len:{min(6, int(math.log2(1 + len(text) / 250)))}")
    names.append("has-title" if article.title else "no-title")
    names.append("has-published" if article.published else "no-published")
    # How much of the report is violence against how much is politics, operations or
    # court: a report mostly about a trial or a campaign mentions attacks in passing.
    fams: dict[str, int] = {}
    counts = Counter(_WORD.findall(text[:REPORT_CHARS].lower()))
    for word in _FAMILY_KEYS & counts.keys():
        fam = _FAMILY_OF[word]
        fams[fam] = fams.get(fam, 0) + counts[word]
    for fam in _FAMILIES:
        names.append(f"rfam:{fam}:{min(4, int(math.log2(1 + fams.get(fam, 0))))}")
    vio = fams.get("violence", 0)
    other = fams.get("speech", 0) + fams.get("legal", 0) + fams.get("secop", 0)
    names.append(f"rvio-share:{int(4 * vio / max(1, vio + other))}")
    # How much violence the report tells and how soon: a report about an incident opens
    # with it and keeps to it; talk mentions one in passing, deep in the text.
    violent = [m.start() for m in _VIOLENCE_RX.finditer(text.lower())]
    names.append(f"nviol:{min(5, int(math.log2(1 + len(violent))))}")
    names.append(f"nviol-lede:{min(3, sum(1 for v in violent if v < LEDE_CHARS))}")
    first = violent[0] if violent else -1
    names.append(f"firstviol:{min(7, int(math.log2(1 + first / 100)))}" if violent
                 else "firstviol:none")
    lede_feats: dict[int, float] = {}
    lede_upper = _LOWER.search(text, 0, LEDE_CHARS) is None
    _add_words(lede_feats, "l:", text[:LEDE_CHARS], bigrams=False, upper=lede_upper)
    shape = _ArticleShape(tuple(names), len(text), tuple(lede_feats), first)
    return shape


def _source_text(article: Article, part: str) -> str:
    return (article.title or "") if part == "title" else article.text


def _sentence_features(feats: dict[int, float], src: str, start: int, end: int, lo: int,
                       hi: int, add: Callable[[str], None]) -> tuple[int, int, int]:
    """Add the trigger sentence's features; return its bounds and how many sentences
    (up to 3) come before it."""
    # The trigger's own sentence says whether the act happened ("will attack", "foiled
    # a bombing", "denied killing"); the window around it mixes in its neighbours, so
    # word pairs are taken from this sentence only.
    s0 = lo
    for m in _SENT_END.finditer(src, lo, start):
        s0 = m.end()
    m2 = _SENT_END.search(src, end, hi)
    s1 = m2.start() + 1 if m2 is not None else hi
    n_before = sum(1 for _ in itertools.islice(_SENT_END.finditer(src, 0, s0), 3))
    add(f"sentidx:{n_before}")
    before = _WORD.findall(src[s0:start].lower())
    after = _WORD.findall(src[end:s1].lower())
    fam_of = _FAMILY_OF.get
    for side, toks in (("<", before), (">", after)):
        for fam in {f for f in map(fam_of, toks) if f is not None}:
            add(f"sfam:{fam}{side}")
    get = _TOKENS.get
    hs = [get(t) or _token_hash(t) for t in
          itertools.chain(before, _WORD.findall(src[start:end].lower()), after)]
    _add_hashes(feats, "s:", hs, bigrams=True, upper=False)
    return s0, s1, n_before


def _toll(ev: Event) -> int:
    n = 0
    for cnt in (ev.fatalities, ev.injuries):
        if cnt.known:
            n += max(0, cnt.best if cnt.best is not None else cnt.low or 0)
    return n


def _named_victim(ev: Event) -> bool:
    return any(a.role == "victim" and not a.name.startswith("Unidentified") for a in ev.actors)


def _report_features(event: Event, report: Sequence[Event], add: Callable[[str], None]) -> None:
    """Features of the report's current events taken together."""
    # Annotators judge a report as a whole: an act the coder found third in a report is
    # mostly a detail or a recalled act, and a report whose acts show no toll, no named
    # victim and no precise place is mostly talk about violence. The event is found by
    # identity: two incidents may be coded alike.
    idx = next((i for i, o in enumerate(report) if o is event), -1)
    if idx < 0:
        report, idx = (event,), 0
    add(f"rn:{min(4, len(report))}")
    add(f"ridx:{min(3, idx)}")
    if any(_toll(o) for o in report):
        add("rany-toll")
    if any(_named_victim(o) for o in report):
        add("rany-victim")
    precisions = [o.location.precision for o in report if o.location is not None]
    add(f"rany-lp:{min(precisions) if precisions else 0}")


def featurize(article: Article, event: Event, report: Sequence[Event] = ()) -> dict[int, float]:
    """Hashed sparse features of one event: bucket -> value.

    ``report`` is the report's current events in coding order (``event`` among them);
    empty, the event is read as the report's only one.
    """
    feats: dict[int, float] = {}
    text = article.text
    trig = event.trigger
    if trig is not None:
        src = _source_text(article, trig.part)
        lo, hi = max(0, trig.start - WINDOW), min(len(src), trig.end + WINDOW)
        window = src[lo:hi]
    else:
        src, lo, hi = text, 0, min(len(text), 2 * WINDOW)
        window = text[:hi]
    # No lower-case letter in the window at all: set in capitals, like MUC-4's wires.
    upper = _LOWER.search(window) is None and _UPPER.search(window) is not None

    def add(name: str, value: float = 1.0) -> None:
        # Capitals wire copy (MUC-4) codes and words its reports its own way: each
        # structural feature gets a domain copy so the model can weigh it apart there.
        _add(feats, name, value)
        if upper:
            _add(feats, "U|" + name, value)

    if trig is not None:
        rel = trig.start / max(1, len(src)) if trig.part == "text" else 0.0
        add("trig:" + trig.text.lower())
        add("trigpart:" + trig.part)
        before = src[lo:trig.start]
        if before.count('"') % 2 == 1 or src.count('"', 0, trig.start) % 2 == 1:
            add("trig-in-quote")
        if _REC_BEGIN in src and src.count(_REC_BEGIN, 0, trig.start) > src.count(
                _REC_END, 0, trig.start):
            add("trig-in-recording")
        s0, s1, sidx = _sentence_features(feats, src, trig.start, trig.end, lo, hi, add)
        # The same trigger word weighs differently by where it is told: "killed" in the
        # lede is the news, "killed" ten paragraphs down is mostly a recalled act.
        tw = trig.text.lower()
        pb = min(7, int(math.log2(1 + trig.start / 100))) if trig.part == "text" else -1
        add(f"trig-pos:{tw}:{pb}")
        add(f"type-pos:{event.event_type}:{pb}")
        add(f"trig-sidx:{tw}:{sidx}")
        # A toll, date or place read from the trigger's own sentence belongs to the act;
        # one gathered from elsewhere in the report is weaker evidence that it happened.
        for ev in event.evidence:
            if ev.part == trig.part and ev.field != "event_type":
                where = "in" if s0 <= ev.start < s1 else "out"
                add(f"evsent:{ev.field.split(':', 1)[0]}:{where}")
        # How far into the report: wires tell their incident first, and a trigger
        # thousands of characters in is mostly a passing or recalled mention.
        add(f"pos:{pb}" if trig.part == "text" else "pos:title")
    else:
        rel = 0.0
        add("no-trigger")
    add("upper" if upper else "mixed")
    _add_words(feats, "w:", window, bigrams=False, upper=upper)
    if article.title and (trig is None or trig.part != "title"):
        _add_words(feats, "t:", article.title, bigrams=False, upper=upper)

    for ev in event.evidence:
        add("ev:" + ev.field.split(":", 1)[0])
        if ev.field in ("event_type", "location"):
            continue  # the trigger window covers the trigger; places are too particular
        esrc = _source_text(article, ev.part)
        ctx = esrc[max(0, ev.start - EVIDENCE_WINDOW): ev.end + EVIDENCE_WINDOW]
        _add_words(feats, "e:", ctx, bigrams=False, upper=False)

    # What the coder found.
    add("type:" + event.event_type)
    add("sub:" + event.sub_event_type)
    add("status:" + event.status)
    for name, cnt in (("fat", event.fatalities), ("inj", event.injuries),
                      ("att", event.attackers_killed)):
        if cnt.known:
            n = cnt.best if cnt.best is not None else cnt.low if cnt.low is not None else 0
            add(name + ":known")
            add(name + ":log", math.log1p(max(0, n)) / 3.0)
            add(name + ":zero" if n == 0 else name + ":some")
        else:
            add(name + ":unknown")
    add("dp:" + event.date.precision)
    # How long before the report the act is dated: news tells the last days' acts, a
    # current event dated weeks back is mostly a recalled one the coder kept.
    day = event.date.day
    if day is not None and article.published is not None and "date-from-publication" \
            not in event.flags:
        gap = (article.published - day).days
        add(f"dgap:{min(5, int(math.log2(1 + gap)))}" if gap >= 0 else "dgap:future")
    for flag in event.flags:
        add("flag:" + flag)
    loc = event.location
    add(f"lp:{loc.precision}" if loc is not None else "lp:none")
    roles: dict[str, int] = {}
    for a in event.actors:
        roles[a.role] = roles.get(a.role, 0) + 1
        add(f"atype:{a.role}:{a.type}")
        if a.name.startswith("Unidentified"):
            add(f"aunk:{a.role}")
    for role in ("perpetrator", "target", "victim"):
        add(f"actors:{role}:{min(2, roles.get(role, 0))}")
    for c in event.claims:
        add("claim:" + c.status)
    add(f"weapons:{min(2, len(event.weapons))}")

    # The shape of the report.
    shape = _article_shape(article)
    for name in shape.names:
        add(name)
    feats.update(dict.fromkeys(shape.lede, 1.0))
    if trig is not None and trig.part == "text" and shape.first_violent >= 0:
        # The report's first violence word is mostly the incident it is about.
        gap = trig.start - shape.first_violent
        add("is-first-violent" if gap <= 0 else
            f"after-first-violent:{min(6, int(math.log2(1 + gap / 100)))}")
    add("relpos", rel)
    add(f"relpos:{min(4, int(rel * 5))}")
    _report_features(event, report, add)
    add("bias")
    return feats


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class RelevanceModel:
    """Logistic weights over the hashed features of ``featurize``."""

    weights: tuple[float, ...]
    bias: float
    version: int = FEATURE_VERSION

    def score(self, feats: Mapping[int, float]) -> float:
        w = self.weights
        return _sigmoid(self.bias + sum(w[b] * v for b, v in feats.items()))

    def probability(self, article: Article, event: Event,
                    report: Sequence[Event] = ()) -> float:
        """P(the event is a real, current incident of the kind annotators code).

        ``report``: the report's current events in coding order, ``event`` among them.
        """
        return self.score(featurize(article, event, report))

    @classmethod
    def load(cls, path: Path | None = None) -> RelevanceModel | None:
        """The packaged weights (or ``path``'s); None when there are none."""
        try:
            if path is None:
                ref = resources.files("wirecoder") / "data" / "relevance.json"
                if not ref.is_file():
                    return None
                raw = ref.read_text(encoding="utf-8")
            else:
                if not path.is_file():
                    return None
                raw = path.read_text(encoding="utf-8")
        except OSError:
            return None
        return cls.from_json(json.loads(raw), str(path or "relevance.json"))

    @classmethod
    def from_json(cls, obj: object, source: str = "relevance.json") -> RelevanceModel:
        if not isinstance(obj, dict):
            raise WirecoderError("relevance weights are not a JSON object", source)
        if obj.get("version") != FEATURE_VERSION or obj.get("buckets") != N_BUCKETS:
            raise WirecoderError(
                f"relevance weights are for features v{obj.get('version')} with "
                f"{obj.get('buckets')} buckets, this code has v{FEATURE_VERSION} with {N_BUCKETS}",
                source)
        weights = [0.0] * N_BUCKETS
        sparse = obj.get("weights")
        if not isinstance(sparse, dict):
            raise WirecoderError("relevance weights: 'weights' is not an object", source)
        for k, v in sparse.items():
            weights[int(k)] = float(v)
        return cls(tuple(weights), float(obj.get("bias", 0.0)))

    def to_json(self, extra: Mapping[str, object] | None = None) -> dict[str, object]:
        # Sparse and rounded: most buckets never fire, and 4 significant digits change no
        # probability by more than 1e-3.
        sparse = {str(i): float(f"{w:.4g}") for i, w in enumerate(self.weights)
                  if abs(w) >= 1e-4}
        out: dict[str, object] = {"version": self.version, "buckets": N_BUCKETS,
                                  "bias": round(self.bias, 6)}
        if extra:
            out.update(extra)
        out["weights"] = sparse
        return out


# ---------------------------------------------------------------- training


FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class SparseRows:
    """Rows of hashed features in CSR form (numpy only: no scipy dependency)."""

    indptr: IntArray
    indices: IntArray
    values: FloatArray

    @classmethod
    def build(cls, rows: Sequence[Mapping[int, float]]) -> SparseRows:
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        idx: list[int] = []
        val: list[float] = []
        for i, r in enumerate(rows):
            idx.extend(r.keys())
            val.extend(r.values())
            indptr[i + 1] = len(idx)
        return cls(indptr, np.asarray(idx, dtype=np.int64), np.asarray(val, dtype=np.float64))

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def take(self, rows: Iterable[int]) -> SparseRows:
        sel = list(rows)
        starts, ends = self.indptr[sel], self.indptr[np.asarray(sel, dtype=np.int64) + 1]
        lens = ends - starts
        indptr = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
        pos = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)]) \
            if sel else np.zeros(0, dtype=np.int64)
        return SparseRows(indptr, self.indices[pos], self.values[pos])

    def row_ids(self) -> IntArray:
        return np.repeat(np.arange(self.n_rows), np.diff(self.indptr))

    def dot(self, w: FloatArray) -> FloatArray:
        prod = self.values * w[self.indices]
        out = np.asarray(np.bincount(self.row_ids(), weights=prod, minlength=self.n_rows),
                         dtype=np.float64)
        return out


def fit(x: SparseRows, y: Sequence[float], sample_weight: Sequence[float] | None = None, *,
        l2: float = 1.0, epochs: int = 400, lr: float = 0.1) -> RelevanceModel:
    """L2-regularised logistic regression by full-batch Adam.

    ``l2`` is the penalty per unit of total sample weight, so its strength does not depend
    on how many rows there are; the bias is not penalised.
    """
    yy = np.asarray(y, dtype=np.float64)
    sw = np.ones_like(yy) if sample_weight is None else np.asarray(sample_weight, np.float64)
    sw = sw / sw.sum()
    rows = x.row_ids()
    w = np.zeros(N_BUCKETS)
    b = 0.0
    m_w = np.zeros(N_BUCKETS)
    v_w = np.zeros(N_BUCKETS)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    reg = l2 / max(1, x.n_rows)
    for t in range(1, epochs + 1):
        z = np.bincount(rows, weights=x.values * w[x.indices], minlength=x.n_rows) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - yy) * sw
        g_w = np.bincount(x.indices, weights=x.values * r[rows], minlength=N_BUCKETS) + reg * w
        g_b = float(r.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        c1, c2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (m_w / c1) / (np.sqrt(v_w / c2) + eps)
        b -= lr * (m_b / c1) / (math.sqrt(v_b / c2) + eps)
    return RelevanceModel(tuple(float(v) for v in w), float(b))
