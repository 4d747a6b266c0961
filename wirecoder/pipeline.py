"""Article -> [Event]: the stages in order.

1. split the title and body into sentences (text.py);
2. find triggers (detect), casualty figures (counts), dates (when) and place mentions
   (where) over the whole text, once each, and hand them to their sentences;
3. keep the incident sentences, group them into incidents (``_cluster``): a sentence
   with its own date starts or joins the incident of that date; one without joins the
   incident it follows closely or points back to ("the attack");
4. code each incident: type, date, status, place, toll, actors, claims, evidence.

The gazetteer and the spaCy pipeline are services loaded once and passed in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, TypeVar

from wirecoder.actors import Countries, find_actors, find_claims, report_attribution
from wirecoder.counts import CasualtyMention, find_casualties, incident_count
from wirecoder.detect import VIOLENT_KINDS, Trigger, classify, find_triggers, find_weapons
from wirecoder.gazetteer import Gazetteer
from wirecoder.gazetteer.names import name_key
from wirecoder.locate import Locator
from wirecoder.model import (
    Actor,
    Article,
    Claim,
    CodedArticle,
    Count,
    Event,
    EventDate,
    Evidence,
    GazEntry,
    Place,
    Span,
    Status,
)
from wirecoder.nlp import Nlp
from wirecoder.relevance import RelevanceModel
from wirecoder.settings import Settings
from wirecoder.sources import SourceRegion, SourceRegions, article_source
from wirecoder.text import Sentence, contains, is_upper_case, split_sentences
from wirecoder.when import DateMention, died_on, find_dates, incident_date, narrow, recent
from wirecoder.where import GeoParse, Geoparser, PlaceMention, haversine_km

log = logging.getLogger(__name__)
T = TypeVar("T")

# Trigger words that name violence only when someone is hurt: police raids, "slain" as an
# adjective, a building stormed.
_WEAK_TRIGGER = re.compile(r"raid(?:ed|s)?|storm(?:ed)?|slain",
                           re.IGNORECASE)
_SPOKEN_IN = re.compile(
    r"\b(?:told|said|says|speaking|spoke|statement|conference|briefing|reporters|journalists"
    r"|interview)\b[^.;]{0,25}\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_TRANSCRIPT = re.compile(
    r"\[(?:INTERVIEW|COMMUNIQUE|NEWS CONFERENCE|SPEECH|EDITORIAL|COMMENTARY|LETTER|STATEMENT"
    r"|MESSAGE|ADDRESS|DEBATE|ROUNDTABLE|PRESS CONFERENCE|ANNOUNCEMENT)\b"
    r"|\b(?:interview|speech|communiqu[eé]|op-ed|editorial)\s*[:\]]", re.IGNORECASE)
_POLITICAL = re.compile(
    r"\b(?:militants?|insurgen\w+|rebels?|guerrill\w+|terror\w*|extremis\w+|jihad\w*|islamist\w*"
    r"|maoist\w*|naxal\w*|separatist\w*|army|troops|soldiers|military|armed forces|security forces"
    r"|paramilitar\w+|air ?strikes?|drone)\b", re.IGNORECASE)
_GROUP_ANAPHOR = re.compile(r"\bthe (?:militant |extremist |jihadist |armed |terrorist )?"
                            r"(?:group|organi[sz]ation|militia|outfit|movement)\b", re.IGNORECASE)
_CLAIM_CUE = re.compile(
    r"(?<!long )(?<!always )(?<!routinely )\b(?:claimed|denied|denies|claims?)\s+"
    r"(?:any\s+|all\s+)?(?:responsibility|involvement|the (?:attack|bombing|killing|raid|ambush))"
    r"|\bclaim of responsibility\b|\bfalse claim\b", re.IGNORECASE)


# " - WALB.com, South Georgia News", " | KSLA News 12 Shreveport, Louisiana": a headline's
# tail naming the site.
_TITLE_SEP = re.compile(r"\s+[-|–—]\s+")
_SITE_TAIL = re.compile(
    r"\.(?:com|net|org|tv)\b|\b(?:News|TV|Online|Radio|Channel|Times|Post|Herald|Tribune"
    r"|Gazette|Journal|Daily|Press|Courier|Chronicle|Star|Sun|Observer|Dispatch|Record"
    r"|Eyewitness|Action|Live|Local|Patch|Homepage|Blog|NBC|ABC|CBS|FOX|Fox|CNN|Yahoo|MSN)\b"
    r"|\b[KW][A-Z]{2,3}(?:-?TV)?\b")


def _agree(title: GeoParse, body: GeoParse) -> GeoParse:
    """A name the headline shares with the body is read as the body reads it: the body
    has the context ("Gresham" in a Chicago headline is the body's Chicago neighbourhood)."""
    reading: dict[str, PlaceMention] = {}
    for m in body.mentions:
        if not m.is_dateline and m.best is not None:
            reading.setdefault(name_key(m.name), m)
    out: list[PlaceMention] = []
    for m in title.mentions:
        b = reading.get(name_key(m.name))
        if b is not None and not m.is_dateline and m.best is not None and b.best is not None \
                and b.best.id != m.best.id:
            m = replace(m, candidates=b.candidates)
        out.append(m)
    return replace(title, mentions=tuple(out))


def _title_core(title: str) -> str:
    """The headline without its site-name tail (a prefix: offsets stay valid)."""
    for m in _TITLE_SEP.finditer(title):
        if m.start() >= 12 and _SITE_TAIL.search(title, m.end()):
            return title[:m.start()]
    return title


@dataclass(frozen=True)
class _Job:
    """An article to code, with its source's region and, on a second pass, the place
    hints spaCy found on the first."""

    article: Article
    region: SourceRegion | None = None
    hints: tuple[Span, ...] | None = None


@dataclass
class _Incident:
    sentences: list[Sentence] = field(default_factory=list)
    date: DateMention | None = None
    anchor: int = 0  # position of the sentence that started it
    town: GazEntry | None = None  # the populated place its sentences put it in, if any


#: How long before a death the act that caused it may be told (weeks in hospital are rare
#: in news of the death; a longer gap is more often another incident).
_ACT_BEFORE_DEATH_DAYS = 14
#: How many sentences before or after an undated incident's own a sentence may lie and
#: still date it ("Police were called at 11 p.m. Sunday" next to "a man was shot").
_AROUND = 2
#: How many days before publication an act may be told again with its own day and still be
#: the report's main incident (a report mostly follows its act within days).
_RETOLD_DAYS = 3
#: A figure in a casualty's words: only a headline that numbers its wounded caps them.
_NUMBER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                     r"|twelve)\b", re.IGNORECASE)
#: An incident told with a day more than this many days before the main incident's is
#: another act (an earlier shooting the report recalls), never the main one's outcome.
_OWN_DAYS = 5
#: Words that name any act of violence ("the killing", "the attack"): they do not tell a
#: shooting from a bombing, so they never make two tellings two acts.
_ANY_ACT = frozenset({"attack", "killing", "murder", "targeted", "ambush"})
#: The words of a fight between two sides: only the incident's own make it a battle.
_FIGHT_KINDS = frozenset({"battle", "ambush"})
#: Acts done to someone who does not fight back: a lead telling one is not made a battle
#: by clashes told after it.
_ONE_SIDED_KINDS = frozenset({"arson", "abduction", "targeted", "sexual"})


def _act_kinds(trig: Sequence[Trigger], lead: Sentence) -> frozenset[str]:
    """The trigger kinds that type an incident: its own act's, not every word around it.

    A pattern or a plan ("attacks on the town", "a plot to kidnap him") types nothing.
    When the lead tells a one-sided act (an arson, a kidnapping, an attack on a home),
    a clash told after it ("heavy clashes were also reported in ...") is another act and
    makes no battle of it, unless its words point back ("the fighting"). Empty when no
    violent act is left, so that the caller falls back on every trigger.
    """
    own = [t for t in trig if not t.generic]
    lead_kinds = {t.kind for t in own if contains(lead, t.span)}
    one_sided = bool(lead_kinds & _ONE_SIDED_KINDS) and not lead_kinds & _FIGHT_KINDS
    acts = frozenset(t.kind for t in own if not one_sided or t.kind not in _FIGHT_KINDS
                     or t.anaphoric or contains(lead, t.span))
    return acts if acts & VIOLENT_KINDS else frozenset()


def _part_text(article: Article, d: DateMention) -> str:
    """The title or the text, whichever ``d`` was found in."""
    span = d.date.span
    return (article.title or "") if span is not None and span.part == "title" else article.text


def _absorb(main: _Incident, other: _Incident, incidents: list[_Incident]) -> None:
    """One act told twice: ``other``'s sentences (and town) join ``main``."""
    main.sentences.extend(other.sentences)
    main.town = main.town or other.town
    incidents.remove(other)


def _absorb_same_day(main: _Incident, incidents: list[_Incident]) -> None:
    """Every other incident of ``main``'s date at no other town is ``main`` told again."""
    for other in [i for i in incidents if i is not main]:
        if other.date == main.date and not _elsewhere(main, other.town):
            _absorb(main, other, incidents)


def _another_act(inc: _Incident, other: _Incident, published: dt.date | None,
                 background_days: int) -> bool:
    """Is ``other`` surely another act than ``inc``, so that its toll is never ``inc``'s?

    A recalled (background) incident is; so is one told with a day more than a few days
    before ``inc``'s (an earlier shooting the report recalls as context), and one told
    only with a month or a year ("the city's 40th homicide this year"): a death told in
    it is not the outcome of ``inc``."""
    when = other.date
    if when is None:
        return False
    if not recent(when, published, background_days):
        return True
    if when.date.precision in ("month", "year"):
        return True
    mine = inc.date.date.day if inc.date is not None else None
    theirs = when.date.day
    return mine is not None and theirs is not None and (mine - theirs).days > _OWN_DAYS


def _headline_cap(count: Count, title: Sequence[CasualtyMention]) -> Count:
    """The main incident's wounded as its headline numbers them, where the body's figure
    is larger: the headline states the incident's own toll ("Four wounded in ..."); a
    larger body figure mostly sums the killed with the wounded or adds another act."""
    head = incident_count(title, "injured")
    if head.text is None or not _NUMBER.search(head.text):
        return count
    mine, theirs = _value(count), _value(head)
    return head if mine is not None and theirs is not None and mine > theirs else count


def _value(count: Count) -> int | None:
    return count.best if count.best is not None else count.low


def _elsewhere(inc: _Incident, town: GazEntry | None) -> bool:
    """Does ``town`` put a sentence in another place than the incident's own town?"""
    if town is None or inc.town is None or town.id == inc.town.id:
        return False
    return haversine_km((town.lat, town.lon), (inc.town.lat, inc.town.lon)) > 30


@dataclass(frozen=True)
class _Parsed:
    """What the stages found in one article, before grouping into incidents."""

    text: str
    title: str
    sentences: tuple[Sentence, ...]
    triggers: tuple[Trigger, ...]
    casualties: tuple[CasualtyMention, ...]
    dates: tuple[DateMention, ...]
    geo: GeoParse
    geo_title: GeoParse | None
    region: SourceRegion | None = None
    #: Per-article memo for look-ups several incidents share (not part of the value).
    cache: dict[tuple[str, str | None], list[Actor]] = field(default_factory=dict, compare=False)
    _bins: dict[tuple[int, int], list[Any]] = field(default_factory=dict, compare=False)
    #: A sentence's incident date, by (sentence index, part, follow-ups): asked again
    #: for every incident and cluster that reads the sentence.
    _dates_memo: dict[tuple[int, str, bool], DateMention | None] = field(
        default_factory=dict, compare=False)
    _starts: dict[str, tuple[list[int], list[Sentence]]] = field(default_factory=dict,
                                                                  compare=False)
    _incident_memo: dict[tuple[int, str], bool] = field(default_factory=dict, compare=False)

    def by_sentence(self, items: Sequence[T], s: Sentence,
                    span_of: Callable[[T], Span | None]) -> list[T]:
        """The items whose span starts in sentence ``s``, binned once per item list."""
        key = (id(items), s.index)
        if (id(items), -1) not in self._bins:
            self._bins[(id(items), -1)] = []
            for it in items:
                sp = span_of(it)
                if sp is None:
                    continue
                sent = self._sentence_at(sp)
                if sent is not None:
                    self._bins.setdefault((id(items), sent.index), []).append(it)
        return list(self._bins.get(key, []))

    def _sentence_at(self, sp: Span) -> Sentence | None:
        """The first sentence that ``contains`` the span, by bisection over each part's
        sentences (they run in order without overlap; a linear scan where they do not)."""
        if not self._starts:
            for sent in self.sentences:
                self._starts.setdefault(sent.part, ([], []))
                starts, sents = self._starts[sent.part]
                if sents and sent.start < sents[-1].end:
                    self._starts.clear()
                    self._starts["-"] = ([], [])  # unordered: scan
                    break
                starts.append(sent.start)
                sents.append(sent)
        if "-" in self._starts:
            for sent in self.sentences:
                if contains(sent, sp):
                    return sent
            return None
        part = self._starts.get(sp.part)
        if part is None:
            return None
        k = bisect_right(part[0], sp.start) - 1
        # Sentences do not overlap: only the last one starting at or before the span
        # can contain it.
        return part[1][k] if k >= 0 and contains(part[1][k], sp) else None


class Pipeline:
    """The coder. Build it once with ``Pipeline.load()``; it is safe to reuse."""

    def __init__(self, gazetteer: Gazetteer, nlp: Nlp | None, settings: Settings) -> None:
        self.gazetteer = gazetteer
        self.geoparser = Geoparser(gazetteer)
        self.locator = Locator(gazetteer)
        self.relevance = RelevanceModel.load() if settings.use_relevance else None
        self.nlp = nlp
        self.settings = settings
        self.countries = Countries(gazetteer.country_code_for, self._country_name)
        self._states: dict[tuple[str, str], GazEntry | None] = {}

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        settings = settings or Settings()
        gaz = Gazetteer.open(settings.gazetteer_path)
        nlp = Nlp(settings.spacy_model, n_process=settings.n_process,
                  batch_size=settings.batch_size) if settings.use_spacy else None
        return cls(gaz, nlp, settings)

    def _country_name(self, cc: str) -> str | None:
        entry = self.gazetteer.country(cc)
        return entry.name if entry else None

    # -- public API -------------------------------------------------------------------

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order; spaCy sees them in batches, which is much faster.

        With ``settings.n_process > 1`` batches go to worker processes, each holding its
        own coder, and come back in input order. With ``settings.learn_sources`` each
        source's home region is learned from the batch (sources.py) and the reports it
        could move are coded again with it.
        """
        if self.settings.n_process > 1:
            yield from code_parallel(self.settings, articles)
            return
        if not self.settings.learn_sources:
            it = iter(articles)
            while batch := list(islice(it, self.settings.batch_size)):
                yield from (c for c, _ in self._run([_Job(a) for a in batch]))
            return
        yield from learn_sources(self._run, articles, self.gazetteer.by_id,
                                 self.settings.source_window, self.gazetteer)

    def _run(self, jobs: Sequence[_Job]) -> Iterator[tuple[CodedArticle, tuple[Span, ...]]]:
        """Code jobs in spaCy-sized batches; each comes back with its place hints, so a
        second pass need not run spaCy again."""
        size = self.settings.batch_size
        for i in range(0, len(jobs), size):
            yield from self._code_batch(jobs[i:i + size])

    def _code_batch(self, batch: Sequence[_Job]
                    ) -> Iterator[tuple[CodedArticle, tuple[Span, ...]]]:
        hints: list[tuple[Span, ...]] = [j.hints or () for j in batch]
        todo = [k for k, j in enumerate(batch) if j.hints is None]
        if self.nlp is not None and todo:
            found = self.nlp.place_hints_many(
                _lead(batch[k].article.text, self.settings.spacy_chars) for k in todo)
            for k, spans in zip(todo, found, strict=True):
                hints[k] = tuple(spans)
        for job, h in zip(batch, hints, strict=True):
            article = job.article
            try:
                events = tuple(self._code(article, h, job.region))
            except Exception as exc:  # a coder bug must not cost the rest of the batch
                log.error("%s: could not be coded (internal error: %s: %s)", article.id,
                          type(exc).__name__, exc)
                log.debug("traceback", exc_info=True)
                events = ()
            yield CodedArticle(article, events), h

    # -- stages -----------------------------------------------------------------------

    def _parse(self, article: Article, hints: Sequence[Span],
               region: SourceRegion | None = None) -> _Parsed:
        text = article.text
        title = article.title or ""
        head = split_sentences(title, part="title")
        sents = head + split_sentences(text, first_index=len(head))
        if is_upper_case(text):
            # spaCy's NER on all-capitals wires tags stray words as places; the
            # geoparser's own upper-case mode is more careful.
            hints = ()
        # Title and body inform each other's resolution: "Salem" in the headline is read
        # with the body's "Ore." and the other way round.
        # A headline's site-name tail ("... - WBRC Birmingham, Alabama") names the
        # station's home: read like a dateline, a prior for the state, never the scene.
        tail = len(_title_core(title))
        t0 = self.geoparser.parse(title, part="title", region=region,
                                  furniture_from=tail) if title else None
        geo = self.geoparser.parse(text, hints=hints, context=t0, region=region)
        geo_title = _agree(self.geoparser.parse(title, part="title", context=geo,
                                                region=region, furniture_from=tail),
                           geo) if title else None
        trig = find_triggers(title, part="title") + find_triggers(text)
        cas = find_casualties(title, part="title") + find_casualties(text)
        dates = find_dates(title, article.published, part="title") + \
            find_dates(text, article.published)
        return _Parsed(text, title, tuple(sents), tuple(trig), tuple(cas), tuple(dates), geo,
                       geo_title, region)

    def _code(self, article: Article, hints: Sequence[Span],
              region: SourceRegion | None = None) -> list[Event]:
        p = self._parse(article, hints, region)
        incidents = self._cluster(article, p)
        events: list[Event] = []
        main_place: Place | None = None
        for i, inc in enumerate(incidents):
            others = [s for o in incidents if o is not inc
                      and _another_act(inc, o, article.published, self.settings.background_days)
                      for s in o.sentences]
            ev = self._code_incident(article, p, inc, i, main_place, others)
            learned = ev is not None and self.relevance is not None and ev.status == "current"
            if ev is not None and not learned and ev.confidence < self.settings.min_confidence:
                log.debug("%s: dropped a weak incident at %s", article.id, ev.trigger)
                ev = None
            if ev is not None:
                events.append(ev)
                if i == 0:
                    main_place = ev.location
        if self.relevance is None:
            return events
        # The learned estimate that this is a real incident as annotators code them
        # replaces the rule score (see wirecoder/relevance.py). It reads each current
        # event with the report's other current events in view, so it runs once all are
        # coded. The model learned from current incidents only: a recalled one keeps the
        # rule score.
        current = [e for e in events if e.status == "current"]
        kept: list[Event] = []
        for ev in events:
            if ev.status == "current":
                prob = self.relevance.probability(article, ev, current)
                ev = replace(ev, confidence=round(prob, 2))
                if ev.confidence < self.settings.min_relevance:
                    log.debug("%s: dropped a weak incident at %s", article.id, ev.trigger)
                    continue
            kept.append(ev)
        return kept

    def _event_date(self, s: Sentence, p: _Parsed, article: Article,
                    follow_ups: bool = False) -> DateMention | None:
        key = (s.index, s.part, follow_ups)
        if key in p._dates_memo:
            return p._dates_memo[key]
        text = (article.title or "") if s.part == "title" else article.text
        found = incident_date(p.by_sentence(p.dates, s, lambda d: d.date.span),
                              text, article.published, follow_ups=follow_ups)
        p._dates_memo[key] = found
        return found

    def _sentence_town(self, s: Sentence, p: _Parsed) -> GazEntry | None:
        """The populated place a sentence puts its act in ("in X", "near X", "at X")."""
        geo = p.geo_title if s.part == "title" else p.geo
        if geo is None:
            return None
        text = (p.title if s.part == "title" else p.text)
        for m in geo.mentions:
            if m.is_dateline or m.cue not in ("in", "near", "outside", "at") or not contains(
                    s, m.span):
                continue
            if _SPOKEN_IN.search(text[max(0, m.span.start - 45):m.span.start]):
                continue  # "told reporters in X": where somebody spoke, not the scene
            if m.best is not None and m.best.feature_class == "P":
                return m.best
        return None

    def _has_toll(self, s: Sentence, p: _Parsed) -> bool:
        """Does the sentence tell of people killed, hurt or taken (not a running total)?"""
        return any(not c.aggregate and not c.negated and c.kind in ("killed", "injured",
                                                                    "abducted")
                   for c in p.by_sentence(p.casualties, s, lambda c: c.trigger))

    def _incident_sentence(self, s: Sentence, p: _Parsed) -> bool:
        key = (s.index, s.part)
        if key not in p._incident_memo:  # asked once per sentence and incident
            p._incident_memo[key] = self._reads_incident(s, p)
        return p._incident_memo[key]

    def _reads_incident(self, s: Sentence, p: _Parsed) -> bool:
        if self._has_toll(s, p):
            return True
        agg = [c for c in p.by_sentence(p.casualties, s, lambda c: c.trigger) if c.aggregate]
        trig = [t for t in p.by_sentence(p.triggers, s, lambda t: t.span) if t.kind in VIOLENT_KINDS
                and not any(c.trigger.start <= t.span.start < c.trigger.end for c in agg)]
        # With no casualty in the sentence, a police raid, a building "stormed" or a
        # "slain journalist" name no new act of violence.
        real = [t for t in trig if not t.generic
                and not _WEAK_TRIGGER.fullmatch(t.span.text)]
        return bool(real) and (any(t.kind != "battle" for t in real) or len(real) > 1)

    def _cluster(self, article: Article, p: _Parsed) -> list[_Incident]:
        incidents: list[_Incident] = []
        by_date: dict[str, _Incident] = {}
        main: _Incident | None = None
        bg_limit = self.settings.background_days
        for pos, s in enumerate(p.sentences):
            if not self._incident_sentence(s, p):
                # "X claimed/denied responsibility" belongs to the incident just told.
                if incidents and _CLAIM_CUE.search(s.text):
                    last = incidents[-1]
                    if pos - last.sentences[-1].index <= 3:
                        last.sentences.append(s)
                continue
            date = self._event_date(s, p, article)
            anaphoric = any(t.anaphoric for t in p.by_sentence(p.triggers, s, lambda t: t.span))
            key = date.date.value if date and date.date.value else None
            here = self._sentence_town(s, p)
            if date is not None and key is not None:
                if key in by_date and not _elsewhere(by_date[key], here):
                    by_date[key].sentences.append(s)
                    by_date[key].town = by_date[key].town or here
                    continue
                fresh = recent(date, article.published, bg_limit)
                if main is not None and main.date is None and fresh and pos - main.anchor <= 3 \
                        and not _elsewhere(main, here):
                    main.date = date
                    main.sentences.append(s)
                    main.town = main.town or here
                    by_date[key] = main
                    continue
                # A new date, or the same day at another town: one incident is one act of
                # violence at one place on one day.
                inc = _Incident([s], date, pos, here)
                incidents.append(inc)
                by_date[key] = inc
                if main is None:
                    main = inc
                continue
            if main is None:
                main = _Incident([s], date, pos, here)
                incidents.append(main)
                continue
            last = incidents[-1]
            last_pos = last.sentences[-1].index  # a sentence's index is its position
            if _elsewhere(last, here) and not anaphoric and self._has_toll(s, p):
                inc = _Incident([s], last.date, pos, here)
                incidents.append(inc)
            elif anaphoric or pos - last_pos <= 3:
                last.sentences.append(s)
                last.town = last.town or here
        if main is not None and main.date is None:
            # The report's incident sentences carry no date, but a sentence around them
            # or a later one telling the act often does (see _report_date).
            main.date = self._report_date(article, p, main)
            # The dated sentence may have started an incident of its own: the same act
            # told again with its date ("The shooting happened June 5"). One act, one event.
            if main.date is not None:
                _absorb_same_day(main, incidents)
        if main is not None and main.date is None:
            # Still nothing: the day of what followed (an arrest, a statement) is mostly
            # the incident's own in a report that dates nothing else.
            main.date = next((d for s in p.sentences
                              for d in [self._event_date(s, p, article, True)]
                              if d is not None and d.date.value is not None
                              and d.date.precision == "day"
                              and recent(d, article.published, bg_limit)), None)
        if main is not None and main.date is not None:
            self._act_before_death(article, p, main, incidents)
        if main is not None and main.date is not None:
            # "shot last weekend ... died on Saturday": the day within the week.
            main.date = narrow(main.date, [d for s in p.sentences
                                           for d in [self._event_date(s, p, article)] if d])
        if main is not None:
            self._same_act(article, p, main, incidents)
        return incidents

    def _report_date(self, article: Article, p: _Parsed, main: _Incident) -> DateMention | None:
        """The date an undated main incident takes from the rest of the report.

        The first date a recent act is told with ("Police are investigating Sunday's
        shooting"), or one a sentence right around the incident's own gives ("At 11 p.m.
        Sunday officers were called to ..."). A date in an unrelated passage (the store's
        history, a photo caption further down) is taken only when nothing better dates the
        report.
        """
        dated = [(s, d) for s in p.sentences for d in [self._event_date(s, p, article)]
                 if d is not None and d.date.value is not None
                 and d.date.precision in ("day", "week")]
        if not dated:
            return None
        days = self.settings.background_days
        own = [m.index for m in main.sentences]
        near = [d for s, d in dated if any(abs(s.index - i) <= _AROUND for i in own)
                or (self._incident_sentence(s, p) and recent(d, article.published, days))]
        first = dated[0][1]
        if not near or (recent(first, article.published, days)
                        and not recent(near[0], article.published, days)):
            # An old date beside the incident is a recalled one, not the news's day.
            return first
        return near[0]

    def _kinds(self, p: _Parsed, inc: _Incident) -> set[str]:
        """The kinds of violence an incident's own sentences name."""
        return {t.kind for s in inc.sentences for t in p.by_sentence(p.triggers, s, lambda t: t.span)
                if t.kind in VIOLENT_KINDS}

    def _toll(self, p: _Parsed, inc: _Incident) -> tuple[int, int]:
        """The killed and injured an incident's own sentences count (0 when unknown)."""
        cas = [c for s in inc.sentences
               for c in p.by_sentence(p.casualties, s, lambda c: c.trigger) if not c.aggregate]
        killed = incident_count(cas, "killed", exclude_side="attackers")
        hurt = incident_count(cas, "injured")
        return (killed.best if killed.best is not None else killed.low or 0,
                hurt.best if hurt.best is not None else hurt.low or 0)

    def _same_act(self, article: Article, p: _Parsed, main: _Incident,
                  incidents: list[_Incident]) -> None:
        """The main incident dated on the day of publication and told again, within a few
        days before, with the same casualties and the same kind of violence is that earlier
        act ("three died early Monday" in a teaser, "five were shot, three fatally, early
        Sunday" in the story): the day of the report is most often the day of what
        followed (a hearing, a statement, an update). So is an earlier act whose casualties
        agree with the main incident's when the sentence giving the main date tells none
        ("As police worked today to learn why ...")."""
        pub = article.published
        date = main.date
        if pub is None or date is None or date.date.precision != "day" or date.date.day != pub:
            return
        toll = self._toll(p, main)
        span = date.date.span
        told = span is not None and any(
            self._has_toll(s, p) for s in p.sentences if contains(s, span))
        for other in incidents:
            when = other.date
            if other is main or when is None or when.date.precision != "day" \
                    or when.date.day is None or not 0 < (pub - when.date.day).days <= _RETOLD_DAYS \
                    or _elsewhere(main, other.town) \
                    or died_on(when, _part_text(article, when)):
                continue
            if not self._kinds(p, other) - _ANY_ACT <= self._kinds(p, main):
                continue  # a bombing beside a shooting: two acts, whatever their tolls
            theirs = self._toll(p, other)
            same = theirs == toll and sum(toll) > 0
            agree = not told and sum(theirs) > 0 and sum(toll) > 0 and all(
                not m or m == o for m, o in zip(toll, theirs, strict=True))
            if not (same or agree):
                continue
            _absorb(main, other, incidents)
            main.sentences.sort(key=lambda s: s.index)
            main.date = when
            return

    def _act_before_death(self, article: Article, p: _Parsed, main: _Incident,
                          incidents: list[_Incident]) -> None:
        """A report dated by a death ("Bryant died Wednesday") that tells the shooting's
        earlier day in another sentence ("someone opened fire Sunday night") is dated
        by the shooting: the incident is the act, the death its outcome."""
        assert main.date is not None
        death = main.date.date.day
        if death is None or not died_on(main.date, _part_text(article, main.date)):
            return
        act = next((d for s in p.sentences if self._incident_sentence(s, p)
                    for d in [self._event_date(s, p, article)]
                    if d is not None and d.date.day is not None
                    and 0 < (death - d.date.day).days <= _ACT_BEFORE_DEATH_DAYS
                    and not died_on(d, _part_text(article, d))), None)
        if act is None:
            return
        main.date = act
        _absorb_same_day(main, incidents)

    def _code_incident(self, article: Article, p: _Parsed, inc: _Incident,
                       n: int, main_place: Place | None,
                       others: Sequence[Sentence] = ()) -> Event | None:
        sents = inc.sentences
        trig = [t for s in sents for t in p.by_sentence(p.triggers, s, lambda t: t.span)]
        kinds = {t.kind for t in trig}
        if not kinds & VIOLENT_KINDS:
            return None
        cas = [c for s in sents for c in p.by_sentence(p.casualties, s, lambda c: c.trigger)
               if not c.aggregate]
        evidence: list[Evidence] = []
        flags: list[str] = []

        # When.
        date, status = self._when(article, inc, evidence, flags, subject=n == 0)

        # Where.
        loc = self.locator.locate(p.geo, p.geo_title, inc.sentences, p.sentences, main_place,
                                  main=n == 0,
                                  source_city=p.region.city if p.region is not None else None,
                                  source_state=self._region_state(p.region))
        place = loc.place
        flags.extend(loc.flags)
        if loc.evidence is not None:
            sp = loc.evidence
            evidence.append(Evidence("location", sp.start, sp.end, sp.text, sp.part))
        cc = place.country_code if place else (p.geo.countries[0] if p.geo.countries else None)

        # Who, and who claimed it.
        actors, claims = self._who(article, p, sents, cc)
        # Who was hit decides Battles against Violence against civilians: the casualty
        # figures' sides first, the lead sentence's targets when no figure says.
        hit = {c.side for c in cas if c.kind in ("killed", "injured", "abducted")
               and not c.negated}
        lead = sents[0]
        lead_targets = {a.type for a in actors if a.role in ("target", "victim")
                        and a.span is not None and contains(lead, a.span)}
        civilians = "civilians" in hit or (not hit - {"unknown"} and "civilians" in lead_targets)
        acts = _act_kinds(trig, lead) or kinds
        # With no fight told, a dead attacker is the attack's own loss ("the senator was
        # shot; his assailant was killed"), not an armed side hit: only when the lead
        # tells no other victim and his death itself ("police shot dead three gunmen").
        fought = bool(acts & _FIGHT_KINDS)
        attackers_hit = "attackers" in hit and (fought or (not hit - {"attackers"} and any(
            c.side == "attackers" and contains(lead, c.trigger) for c in cas)))
        victims_armed = not civilians and (
            "security" in hit or attackers_hit
            or (not hit - {"unknown"} and "state forces" in lead_targets))
        body = " ".join(s.text for s in sents)
        political = bool(_POLITICAL.search(body)) or any(
            a.type in ("rebel group", "political militia") and a.role == "perpetrator"
            and not a.name.startswith("Unidentified Armed Group") for a in actors)
        etype = classify(acts, victims_armed=victims_armed, civilians_hit=civilians,
                         political=political)

        fatalities = incident_count(cas, "killed", exclude_side="attackers")
        injuries = incident_count(cas, "injured")
        if n == 0:
            # The report's main incident: a toll told outside its incident sentences ("The
            # victim died at the hospital") is still its toll. Later incidents do not
            # borrow, so nothing is counted twice.
            rest = [c for c in p.casualties if not c.aggregate
                    and not any(contains(o, c.trigger) for o in others)]
            if not fatalities.best and not fatalities.low:
                fatalities = incident_count(rest, "killed", exclude_side="attackers")
                if fatalities.best or fatalities.low:
                    # The dead told outside the incident's sentences are among those
                    # "shot" in them: "A boy was shot ... He died Sunday".
                    injuries = incident_count(
                        [*cas, *(c for c in rest if c.kind == "killed" and c not in cas)],
                        "injured")
            if not injuries.best and not injuries.low:
                injuries = incident_count(rest, "injured")
        if n == 0:
            injuries = _headline_cap(injuries, [c for c in cas if c.trigger.part == "title"])
        attackers = incident_count(cas, "killed", only_side="attackers")
        for name, cnt in (("fatalities", fatalities), ("injuries", injuries)):
            if cnt.span is not None:
                evidence.append(Evidence(name, cnt.span.start, cnt.span.end, cnt.span.text,
                                         cnt.span.part))
        first = next((t for t in trig if t.kind in VIOLENT_KINDS), trig[0])
        evidence.append(Evidence("event_type", first.span.start, first.span.end, first.span.text,
                                 first.span.part))
        for a in actors:
            if a.span is not None:
                evidence.append(Evidence(f"actor:{a.role}", a.span.start, a.span.end, a.span.text,
                                         a.span.part))
        weapons = tuple(find_weapons(body))

        conf = 0.45
        conf += 0.15 if fatalities.known or injuries.known else 0.0
        conf += 0.1 if inc.date is not None else 0.0
        # A place found in the incident's own sentences is evidence; one borrowed from
        # elsewhere in the report or from the dateline is not.
        conf += 0.1 if place is not None and place.precision <= 2 and not (
            {"location-from-report", "location-from-dateline"} & set(loc.flags)) else 0.0
        conf += 0.1 if any(s.part == "title" for s in sents) else 0.0
        conf += 0.05 if inc.anchor <= 2 else 0.0
        conf -= 0.05 * min(4, inc.anchor // 5)
        # Interviews, communiques and speeches talk about violence more than they report
        # it; a sentence inside a quotation is somebody's claim, not the reporter's.
        if _TRANSCRIPT.search(article.text[:400]):
            conf -= 0.15
        if all(s.part == "text" and article.text.count('"', 0, s.start) % 2 == 1 for s in sents):
            conf -= 0.1
        conf = round(max(0.05, min(0.95, conf)), 2)

        key = f"{status}|{date.value}|{sents[0].part}:{sents[0].start}"
        digest = hashlib.sha1((article.text + "\x00" + key).encode()).hexdigest()[:16]
        return Event(
            event_id=f"{article.id}:{digest}",
            status=status,
            disorder_type=etype.disorder_type,
            event_type=etype.event_type,
            sub_event_type=etype.sub_event_type,
            date=date,
            location=place,
            actors=tuple(actors),
            fatalities=fatalities,
            injuries=injuries,
            weapons=weapons,
            claims=tuple(claims),
            evidence=tuple(sorted(set(evidence), key=lambda e: (e.part, e.start, e.field))),
            flags=tuple(flags),
            confidence=conf,
            attackers_killed=attackers,
            trigger=first.span,
        )

    def _when(self, article: Article, inc: _Incident, evidence: list[Evidence],
              flags: list[str], *, subject: bool) -> tuple[EventDate, Status]:
        status: Status = "current"
        if inc.date is not None:
            date = inc.date.date
            if date.span is not None:
                evidence.append(Evidence("date", date.span.start, date.span.end, date.span.text,
                                         date.span.part))
            if not recent(inc.date, article.published, self.settings.background_days):
                # The incident a report opens with is what it is about, however old (a
                # court story, an anniversary): still current, flagged. A date-old
                # incident told later in the report is recalled background.
                if subject and inc.anchor <= 1:
                    flags.append("old-incident")
                else:
                    status = "background"
        elif article.published is not None:
            # The report's own date stands in, flagged, as ACLED does for undated reports.
            date = EventDate(article.published.isoformat(), "day")
            flags.append("date-from-publication")
        else:
            date = EventDate(None, "unresolved")
        return date, status

    def _region_state(self, region: SourceRegion | None) -> GazEntry | None:
        if region is None or region.admin1 is None:
            return None
        key = (region.country_code, region.admin1)
        if key not in self._states:  # a few dozen states per run: look each up once
            self._states[key] = next(
                (e for e in self.gazetteer.lookup(region.admin1) if e.feature_code == "ADM1"
                 and e.country_code == region.country_code and e.admin1 == region.admin1),
                None)
        return self._states[key]

    def _who(self, article: Article, p: _Parsed, sents: Sequence[Sentence],
             cc: str | None) -> tuple[list[Actor], list[Claim]]:
        actors: list[Actor] = []
        claims: list[Claim] = []
        for s in sents:
            src = (article.title or "") if s.part == "title" else article.text
            found = find_actors(src[s.start:s.end], self.countries, country_code=cc,
                                offset=s.start, part=s.part)
            if _GROUP_ANAPHOR.search(s.text) and not any(
                    a.type in ("rebel group", "political militia") and not a.name.startswith(
                        ("Unidentified", "Civilians")) for a in found):
                prior = self._last_group(article, p, s, cc)
                if prior is not None:
                    m = _GROUP_ANAPHOR.search(s.text)
                    assert m is not None
                    sp = Span(s.start + m.start(), s.start + m.end(), m.group(), s.part)
                    found.append(Actor("other", m.group(), prior.name, prior.type, prior.country_code,
                                       sp))
            cl = find_claims(s.text, found, offset=s.start, part=s.part)
            claims.extend(cl)
            actors.extend(found)
        rejected = {c.actor for c in claims if c.status in ("false", "denied")}
        claimed = {c.actor for c in claims if c.status == "claimed"}
        out: dict[tuple[str, str], Actor] = {}
        for a in actors:
            role = a.role
            if a.name in claimed and role == "other":
                role = "perpetrator"
            if a.name in rejected and role == "perpetrator":
                role = "other"
            if role == "other":
                continue
            out.setdefault((role, a.name), Actor(role, a.text, a.name, a.type, a.country_code,
                                                 a.span))
        uniq: dict[tuple[str, str], Claim] = {}
        for c in claims:
            uniq.setdefault((c.actor, c.status), c)
        found_actors = list(out.values())
        if not any(a.role == "perpetrator" and not a.name.startswith("Unidentified")
                   for a in found_actors):
            # No named author in the incident's sentences: the group the report as a whole
            # holds responsible. With no author at all, who it repeatedly casts as the
            # attacker will do; over "unidentified militants" only a claim names them.
            unnamed = any(a.role == "perpetrator" for a in found_actors)
            key = ("claimed" if unnamed else "attribution", cc)
            if key not in p.cache:  # once per report, however many incidents ask
                author = report_attribution(article.text, self.countries, country_code=cc,
                                            claimed_only=unnamed)
                p.cache[key] = [author] if author is not None else []
            att = p.cache[key][0] if p.cache[key] else None
            if att is not None:
                found_actors = [a for a in found_actors if not (
                    a.role == "perpetrator" and a.name.startswith("Unidentified Armed Group"))]
                found_actors.append(att)
        return found_actors, list(uniq.values())

    def _last_group(self, article: Article, p: _Parsed, s: Sentence, cc: str | None) -> Actor | None:
        """The armed group named most recently before ``s``, for "the group" in ``s``."""
        if s.part != "text":
            return None
        key = ("groups", cc)
        if key not in p.cache:  # the whole report is read once, however many "the group"s
            found = find_actors(article.text, self.countries, country_code=cc)
            p.cache[key] = [a for a in found if a.type in ("rebel group", "political militia")
                            and not a.name.startswith(("Unidentified", "Civilians"))]
        named = [a for a in p.cache[key] if a.span is not None and a.span.end <= s.start]
        return max(named, key=lambda a: a.span.start if a.span else -1) if named else None




def _lead(text: str, n: int) -> str:
    """The first ``n`` characters, cut back to a sentence end so NER sees whole sentences."""
    if len(text) <= n:
        return text
    cut = max(text.rfind(". ", 0, n), text.rfind("\n", 0, n))
    return text[: cut + 1] if cut > n // 3 else text[:n]


_WORKER: Pipeline | None = None


def _worker_init(settings: Settings) -> None:
    global _WORKER  # one coder per worker process, built once
    # Each worker loads its own models: measured cheaper than sharing the parent's by
    # fork, whose copy-on-write page faults cost more CPU than the load.
    _WORKER = Pipeline.load(settings)


def _worker_code(jobs: list[_Job]) -> list[tuple[CodedArticle, tuple[Span, ...]]]:
    assert _WORKER is not None
    return list(_WORKER._run(jobs))


class _Workers:
    """A pool of worker processes, each holding its own coder, started once per run."""

    def __init__(self, settings: Settings) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.settings = settings
        self.pool = ProcessPoolExecutor(settings.n_process, initializer=_worker_init,
                                        initargs=(replace(settings, n_process=1),))

    def code(self, jobs: Sequence[_Job]) -> Iterator[tuple[CodedArticle, tuple[Span, ...]]]:
        size = max(8, self.settings.batch_size // 2)
        for done in self.pool.map(_worker_code, [list(jobs[i:i + size])
                                                 for i in range(0, len(jobs), size)]):
            yield from done


def code_parallel(settings: Settings, articles: Iterable[Article]) -> Iterator[CodedArticle]:
    """Code articles in ``settings.n_process`` worker processes, in input order, without
    loading a coder in this process (only the gazetteer, when sources are learned)."""
    workers = _Workers(settings)
    try:
        if not settings.learn_sources:
            it = iter(articles)
            # A bounded window in flight keeps memory flat on long inputs.
            while window := list(islice(it, settings.batch_size * settings.n_process * 4)):
                yield from (c for c, _ in workers.code([_Job(a) for a in window]))
            return
        gaz = Gazetteer.open(settings.gazetteer_path)
        try:
            yield from learn_sources(workers.code, articles, gaz.by_id, settings.source_window,
                                     gaz)
        finally:
            gaz.close()
    finally:
        workers.pool.shutdown(cancel_futures=True)


def learn_sources(code: Callable[[Sequence[_Job]],
                                 Iterator[tuple[CodedArticle, tuple[Span, ...]]]],
                  articles: Iterable[Article], entry_by_id: Callable[[str], GazEntry | None],
                  window: int, gazetteer: Gazetteer | None = None) -> Iterator[CodedArticle]:
    """Code each window of articles, learn its sources' regions (with every window before
    it), and code again with its region each report the region could move (reusing its
    place hints)."""
    regions = SourceRegions(entry_by_id, gazetteer)
    it = iter(articles)
    while batch := list(islice(it, window)):
        first = list(code([_Job(a) for a in batch]))
        for c, _ in first:
            regions.observe(c)
        redo: list[tuple[int, _Job]] = []
        for i, (c, hints) in enumerate(first):
            r = regions.region(article_source(c.article))
            if r is not None and _may_move(c, r):
                redo.append((i, _Job(c.article, r, hints)))
        log.info("sources: %d of %d reports coded again with their source's region",
                 len(redo), len(batch))
        if redo:
            again = code([j for _, j in redo])
            for (i, _), done in zip(redo, again, strict=True):
                first[i] = done
        yield from (c for c, _ in first)


def _may_move(coded: CodedArticle, region: SourceRegion) -> bool:
    """Only a report placed outside its source's region, nowhere, or only at its state
    when the source has a home city can change with it."""
    ev = coded.primary
    if ev is None:
        return False  # no incident: a place prior will not make one
    if ev.location is None:
        return True
    loc = ev.location
    return (loc.country_code, loc.admin1) != (region.country_code, region.admin1) \
        or (region.city is not None and loc.precision >= 3)
