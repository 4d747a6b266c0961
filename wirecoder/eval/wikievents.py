"""WikiEvents (KAIROS ontology): sentence-level event detection and argument overlap.

Reader: ``<split>.jsonl`` (dev by default), one document a line with ``tokens``,
``sentences`` (token lists per sentence), ``text`` and ``event_mentions`` whose offsets
are token indices. The article text is the ``text`` field (else the tokens joined by
spaces) with a newline put between two sentences that the field glues together
("...in SyriaThe desert..."), so the coder sees sentence ends; token character offsets
are found by walking the tokens through that text in order. The field's own character
offsets (in ``sentences``) do not match its text and are not used. There is no
publication date (``published`` None).

Gold: event mentions of types Conflict.Attack.*, Life.Die.*, Life.Injure.*.
System: every event the coder returns, current or background.

Detection matching is by sentence: a system event falls in the sentence holding the start
of its trigger span (else its first evidence span in the text); it is a hit when that
sentence holds a gold trigger, and a gold event is found when its trigger's sentence holds
a system event. Precision counts system events, recall gold events (several gold
mentions in one sentence may all be found by one system event: an incident coder codes
one event where KAIROS marks "attack", "killed" and "wounded" apart).

Arguments, per document, deduplicated by (role, text): gold Attacker (also Killer,
Injurer), Victim, Target and Place of the gold events; system perpetrator, victim and
target actors (their text, else name) and event locations (their text, else name). A
pair matches when the roles agree (Victim and Target are interchangeable, ACLED and KAIROS
drawing that line differently) and the two strings share a content word (lower case,
accents folded, stop words dropped). Precision counts system arguments that match some
gold one, recall gold arguments matched by some system one; per role and overall.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wirecoder.errors import DatasetError
from wirecoder.eval.gva import read_jsonl
from wirecoder.eval.scoring import (
    Coder,
    EvalReport,
    EvalRequest,
    Metric,
    content_tokens,
    data_dir_for,
    prf_split,
    require_file,
)
from wirecoder.model import Article, CodedArticle, Event

FOLDER = "wikievents"
GOLD_PREFIXES = ("Conflict.Attack.", "Life.Die.", "Life.Injure.")
ROLE_MAP = {
    "Attacker": "Attacker", "Killer": "Attacker", "Injurer": "Attacker",
    "Victim": "Victim", "Target": "Target", "Place": "Place",
}  # fmt: skip
SYSTEM_ROLE = {"perpetrator": "Attacker", "victim": "Victim", "target": "Target"}
ROLES = ("Attacker", "Victim", "Target", "Place")
_COMPATIBLE = {
    "Attacker": {"Attacker"},
    "Victim": {"Victim", "Target"},
    "Target": {"Victim", "Target"},
    "Place": {"Place"},
}


@dataclass(frozen=True)
class GoldArg:
    role: str
    text: str


@dataclass(frozen=True)
class GoldEvent:
    event_type: str
    sentence: int
    trigger: str


@dataclass(frozen=True)
class WikiDoc:
    article: Article
    #: Character offset where each sentence starts, ascending.
    sentence_starts: tuple[int, ...]
    events: tuple[GoldEvent, ...]
    args: tuple[GoldArg, ...]

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)


def build_text(
    text: str | None, tokens: Sequence[str], sentence_lengths: Sequence[int]
) -> tuple[str, list[int]]:
    """(article text, character start of every token)."""
    if not text:
        starts: list[int] = []
        pos = 0
        for tok in tokens:
            starts.append(pos)
            pos += len(tok) + 1
        return " ".join(tokens), starts
    first_tokens = set()
    acc = 0
    for n in sentence_lengths:
        if acc:
            first_tokens.add(acc)
        acc += n
    pieces: list[str] = []
    starts = []
    src = 0
    out_len = 0
    for i, tok in enumerate(tokens):
        found = text.find(tok, src)
        if found < 0:
            # A token the field spells otherwise: keep the text, place the token after it.
            found = src
            length = 0
        else:
            length = len(tok)
        gap = text[src:found]
        if i in first_tokens and not gap and out_len:
            gap = "\n"
        pieces.append(gap)
        out_len += len(gap)
        starts.append(out_len)
        pieces.append(text[found : found + length])
        out_len += length
        src = found + length
    pieces.append(text[src:])
    return "".join(pieces), starts


def parse_doc(obj: dict[str, object], dataset: str = FOLDER) -> WikiDoc:
    doc_id = str(obj.get("doc_id"))
    tokens = obj.get("tokens")
    if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
        raise DatasetError(f"document {doc_id}: no token list", dataset)
    sentences = obj.get("sentences")
    lengths: list[int] = []
    if isinstance(sentences, list):
        for s in sentences:
            toks = s[0] if isinstance(s, list) and s and isinstance(s[0], list) else None
            if toks is not None:
                lengths.append(len(toks))
    if sum(lengths) != len(tokens):
        lengths = [len(tokens)]
    raw_text = obj.get("text")
    text, starts = build_text(raw_text if isinstance(raw_text, str) else None, tokens, lengths)
    sent_starts: list[int] = []
    acc = 0
    for n in lengths:
        sent_starts.append(starts[acc] if acc < len(starts) else len(text))
        acc += n
    token_sentence = [i for i, n in enumerate(lengths) for _ in range(n)]
    events: list[GoldEvent] = []
    args: dict[tuple[str, str], GoldArg] = {}
    mentions = obj.get("event_mentions")
    for ev in mentions if isinstance(mentions, list) else []:
        if not isinstance(ev, dict):
            continue
        etype = str(ev.get("event_type", ""))
        if not etype.startswith(GOLD_PREFIXES):
            continue
        trig = ev.get("trigger")
        if not isinstance(trig, dict):
            continue
        sent = trig.get("sent_idx")
        if not isinstance(sent, int):
            start = trig.get("start")
            sent = token_sentence[start] if isinstance(start, int) and start < len(tokens) else 0
        events.append(GoldEvent(etype, sent, str(trig.get("text", ""))))
        arguments = ev.get("arguments")
        for arg in arguments if isinstance(arguments, list) else []:
            if not isinstance(arg, dict):
                continue
            role = ROLE_MAP.get(str(arg.get("role")))
            atext = str(arg.get("text") or "")
            if role and atext:
                args.setdefault((role, atext.lower()), GoldArg(role, atext))
    article = Article(id=doc_id, text=text)
    return WikiDoc(article, tuple(sent_starts), tuple(events), tuple(args.values()))


def read_wikievents(data_dir: Path | None = None, split: str = "dev") -> list[WikiDoc]:
    folder = data_dir_for(FOLDER, data_dir)
    path = require_file(folder / f"{split}.jsonl", FOLDER)
    return [parse_doc(obj) for obj in read_jsonl(path, FOLDER)]


def event_offset(event: Event) -> int | None:
    if event.trigger is not None and event.trigger.part == "text":
        return event.trigger.start
    for ev in event.evidence:
        if ev.part == "text":
            return ev.start
    return None


def system_args(coded: CodedArticle) -> list[GoldArg]:
    out: dict[tuple[str, str], GoldArg] = {}
    for ev in coded.events:
        for actor in ev.actors:
            role = SYSTEM_ROLE.get(actor.role)
            text = actor.text or actor.name
            if role and text:
                out.setdefault((role, text.lower()), GoldArg(role, text))
        if ev.location is not None:
            text = ev.location.text or ev.location.name
            if text:
                out.setdefault(("Place", text.lower()), GoldArg("Place", text))
    return list(out.values())


def _arg_match(a: GoldArg, b: GoldArg) -> bool:
    return b.role in _COMPATIBLE[a.role] and bool(content_tokens(a.text) & content_tokens(b.text))


@dataclass
class _Tally:
    tp_sys: int = 0
    n_sys: int = 0
    tp_gold: int = 0
    n_gold: int = 0


def evaluate(
    coder: Coder,
    request: EvalRequest,
) -> EvalReport:
    split = request.split or "dev"
    docs, notes = request.choose(
        read_wikievents(request.data_dir, split), lambda d: d.article.id
    )
    det = _Tally()
    per_role = {r: _Tally() for r in ROLES}
    for doc, coded in zip(docs, coder(d.article for d in docs), strict=True):
        gold_sents = {e.sentence for e in doc.events}
        sys_sents: set[int] = set()
        for ev in coded.events:
            det.n_sys += 1
            off = event_offset(ev)
            if off is None:
                continue
            sent = doc.sentence_of(off)
            sys_sents.add(sent)
            det.tp_sys += sent in gold_sents
        det.n_gold += len(doc.events)
        det.tp_gold += sum(e.sentence in sys_sents for e in doc.events)
        sargs = system_args(coded)
        for g in doc.args:
            t = per_role[g.role]
            t.n_gold += 1
            t.tp_gold += any(_arg_match(g, sa) for sa in sargs)
        for sa in sargs:
            t = per_role[sa.role]
            t.n_sys += 1
            t.tp_sys += any(_arg_match(sa, g) for g in doc.args)
    metrics: list[Metric] = list(prf_split("event", det.tp_sys, det.n_sys, det.tp_gold, det.n_gold))
    total = _Tally()
    for role in ROLES:
        t = per_role[role]
        metrics.extend(prf_split(f"arg {role}", t.tp_sys, t.n_sys, t.tp_gold, t.n_gold))
        total.tp_sys += t.tp_sys
        total.n_sys += t.n_sys
        total.tp_gold += t.tp_gold
        total.n_gold += t.n_gold
    metrics.extend(prf_split("arg all", total.tp_sys, total.n_sys, total.tp_gold, total.n_gold))
    return EvalReport("wikievents", split, len(docs), tuple(metrics), tuple(notes))
