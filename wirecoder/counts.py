"""Casualty figures from report text: how many were killed, injured, abducted, and who.

Raw text and precompiled case-insensitive regexes only (no parser): the coder must keep
up with ~150 reports/s, and wire copy in upper case (MUC-4) must code the same way.

How it works. One alternation finds every casualty word ("killed", "shot dead", "died",
"wounded", "kidnapped", ...). Each trigger word is read in its clause:

* its *subject*, read backwards (``At least 52 troops and police officers were killed``,
  ``a man was shot``, ``two dead``), when the verb is passive, intransitive or a reduced
  passive (``15 killed in blast``);
* its *object*, read forwards (``KILLING 4 PEASANTS``, ``wounded 30``), when the verb is
  active (``killing``) or a past form with an object and no passive auxiliary.

A few noun patterns (``death toll rose to 15``, ``bodies of 12``, ``no injuries were
reported``) and the self-inflicted deaths of attackers run beside it.

Counting conventions (UCDP low/best/high; ACLED codes ``low``), applied by
:func:`parse_number`:

* exact ``two`` -> (2, 2, 2);
* lower bounds ``at least 52``, ``more than 20``, ``over 20``, ``dozens`` -> (N, N, None).
  ``more than 20`` keeps 20, not 21: the conservative low is the stated figure;
* upper bounds ``up to 30``, ``as many as 30``, ``fewer than 30`` -> (None, 30, 30);
* approximations ``about/around/some/nearly/almost 15`` -> (15, 15, None);
* ranges ``between 10 and 15``, ``10 to 15``, ``10-15`` -> (10, 10, 15): best is the low
  end, consistent with the conservative low;
* vague figures follow ACLED: ``tens`` 10, ``dozens``/``a dozen`` 12, ``scores`` 20,
  ``hundreds`` 100, ``thousands`` 1000, each a lower bound;
* ``several``, ``some``, ``many``, ``a few`` -> no number (the words are still kept).

A singular victim counts one (``a man was shot``, ``Smith, 31, was killed``); an age is
never a toll. Negations (``no one was hurt``) give an exact 0 with ``negated=True``.
``aggregate`` marks running totals (``since 2013``, ``this year``, ``Hundreds ... have
been killed in the violence``) so they are never coded as one incident. A mention whose
clause names the Nth or deadliest incident (``the third shooting this month``) keeps
``aggregate=False``: the phrase ranks the incident, it does not total several.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from wirecoder._count_cues import (
    _ALSO_RE,
    _HOME_BEFORE_RE,
    _LISTED_AGE_BEFORE_RE,
    _PERSON_OBJECT_RE,
    _not_a_death,
    alive_now,
    less_one,
    unborn_among,
)
from wirecoder._count_words import (
    _AGE_TOKEN_RE,
    _AGG_CONTEXT_RE,
    _AGG_DATE_BEFORE_RE,
    _AGG_ORDINAL_RE,
    _AGG_STRONG_RE,
    _AUX_ALL,
    _AUX_BE,
    _AUX_HAVE,
    _AUX_NEG,
    _AUX_PLUR,
    _AUX_SING,
    _BODIES_OF_RE,
    _CLAIMED_RE,
    _CLAUSE_BREAK_RE,
    _CONJ,
    _DEATH_OF_RE,
    _DEATHS_MODIFIER_RE,
    _DEATHS_RE,
    _DET_FWD,
    _DETERMINERS,
    _EXACT_WORDS,
    _EXISTENTIAL,
    _FATAL_SPLIT_RE,
    _I,
    _LIFE_OF_RE,
    _LIST_BARE_RE,
    _LIST_RE,
    _LOWER_RUN_RE,
    _MONTHS,
    _NEG_NOUN_RE,
    _NEGATORS,
    _NO_NUMBER,
    _NUM_TAIL_RE,
    _NUMBER_WORDS,
    _NUMPHRASE,
    _OBJ_RE,
    _PARTITIVE_THE_RE,
    _PERFECT_RE,
    _PERSON_ONLY,
    _PLURAL_NOUNS,
    _PRONOUNS_SING,
    _Q_APPROX,
    _Q_HIGH,
    _Q_LOW,
    _QUALIFIERS,
    _SCALES,
    _SELF_RE,
    _SENT_END_RE,
    _SIDE_BARRIER,
    _SIDE_OF,
    _SINGULAR_NOUNS,
    _STOP,
    _TENS,
    _TOKEN_RE,
    _TOLL_RE,
    _TRIGGER_PREFIXES,
    _TRIGGER_RE,
    _UNITS,
    _VAGUE_VALUES,
    _WORD_RE,
    CasualtyKind,
    Side,
    _alt,
    _words,
)
from wirecoder.model import NO_COUNT, Count, Part, Span

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CasualtyMention:
    """One casualty figure as the text gives it, with the word that made it a casualty."""

    kind: CasualtyKind
    count: Count
    side: Side
    aggregate: bool
    negated: bool
    trigger: Span
    #: "Four people were shot": the figure counts everyone hit, those who died among them.
    includes_dead: bool = False
    #: On a killer's own death told after his victims' ("killed his wife and two children
    #: before killing himself"): the dead of that sentence, him included (4).
    murder_suicide_toll: int | None = None
    #: "two were shot and wounded, three others grazed": victims besides those of the
    #: same kind told just before in the sentence, so the two figures add up.
    besides_previous: bool = False
    #: "A woman also died": one more victim besides the dead told before.
    also: bool = False


# --------------------------------------------------------------------------------------
# Number parser (its word tables are in _count_words)
# --------------------------------------------------------------------------------------

def _word_value(words: str) -> int | None:
    """``"one hundred and twenty-one"`` -> 121, ``"1,200"`` -> 1200, ``"2.5 million"``."""
    s = words.strip().lower()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(hundred|thousand|million))?", s)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            value *= _SCALES[m.group(3)]
        return int(value) if value == int(value) else None
    if s in _VAGUE_VALUES:
        return _VAGUE_VALUES[s]
    parts = [p for p in re.split(r"[\s-]+", s) if p and p != "and"]
    if not parts:
        return None
    if parts[0] in ("a", "an") and len(parts) > 1 and parts[1] in _SCALES:
        parts[0] = "one"
    total = current = 0
    for part in parts:
        if part in _UNITS or part in _TENS:
            current += _NUMBER_WORDS[part]
        elif part == "hundred":
            current = max(current, 1) * 100
        elif part in _SCALES:
            total += max(current, 1) * _SCALES[part]
            current = 0
        else:
            return None
    return total + current


def parse_number(words: str) -> tuple[int | None, int | None, int | None]:
    """A figure's words as (low, best, high); see the module notes for the conventions."""
    s = re.sub(r"\s+", " ", words.strip().lower().replace("–", "-").replace("—", "-"))
    s = re.sub(r"\s+of$", "", s)
    bound: str | None = None
    if s.endswith((" or more", "-plus", "+")):
        bound = _Q_LOW
        s = re.sub(r"(?: or more|-plus|\+)$", "", s)
    elif s.endswith(" or so"):
        bound = _Q_APPROX
        s = s[: -len(" or so")]
    stripped = True
    while stripped:
        stripped = False
        for prefix, q in _QUALIFIERS:
            if s.startswith(prefix + " "):
                s = s[len(prefix) + 1 :].strip()
                if q is not None and bound is None:
                    bound = q
                stripped = True
                break
    range_m = re.fullmatch(r"between (.+) and (.+)", s)
    if range_m is None and _word_value(s) is None:
        range_m = re.fullmatch(r"(.+?)\s*(?:-|\bto\b|\bor\b)\s*(.+)", s)
    if range_m:
        a, b = _word_value(range_m.group(1)), _word_value(range_m.group(2))
        if a is not None and b is not None:
            lo, hi = min(a, b), max(a, b)
            if bound == _Q_HIGH:
                return None, hi, hi
            return lo, lo, (None if bound == _Q_LOW else hi)
    if s in _EXACT_WORDS and bound is None:
        n = _EXACT_WORDS[s]
        return n, n, n
    if s in _NO_NUMBER:
        return None, None, None
    value = _word_value(s)
    if value is None:
        return None, None, None
    if s in _VAGUE_VALUES and bound is None:
        bound = _Q_LOW
    if bound is None:
        return value, value, value
    if bound == _Q_HIGH:
        return None, value, value
    return value, value, None


# --------------------------------------------------------------------------------------
# Clause readers
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True)
class _Item:
    """A victim phrase: its figure, side and the stretch of text it covers."""

    low: int | None
    best: int | None
    high: int | None
    text: str | None
    start: int
    end: int
    side: Side
    negated: bool = False
    #: No noun of its own ("wounded 30"): it may take the side of the mention before it.
    bare: bool = False


@dataclass(frozen=True)
class _Subject:
    items: tuple[_Item, ...]
    passive: bool
    perfect: bool
    has_aux: bool
    has_np: bool


def _is_np_word(tok: _Tok) -> bool:
    if _AGE_TOKEN_RE.fullmatch(tok.low):
        return True
    return tok.low[0].isalpha() and tok.low not in _STOP and not _is_numberish(tok.low)


def _is_numberish(low: str) -> bool:
    low = low.split("-", 1)[0]  # "twenty-one"
    return bool(low) and (
        low[0].isdigit()
        or low in _NUMBER_WORDS
        or low in _VAGUE_VALUES
        or low in _EXACT_WORDS
        or low in _NO_NUMBER
        or low in {"dozen", "hundred", "thousand", "million", "number", "handful", "couple",
                   "more", "than", "least", "score"}
    )  # fmt: skip


def _np_side(words: list[str]) -> Side:
    """Side of a noun phrase: per conjunct, an attacker word wins, else the last known noun."""
    sides: list[Side] = []
    for conjunct in " ".join(words).split(" and "):
        conj_sides = [_SIDE_OF[w] for w in conjunct.split() if w in _SIDE_OF]
        if not conj_sides:
            continue
        sides.append("attackers" if "attackers" in conj_sides else conj_sides[-1])
    known = set(sides) - {"unknown"}
    if len(known) == 1 and len(sides) == len([s for s in sides if s != "unknown"]):
        return known.pop()
    return "unknown"


def _conjoined_people(words: list[str]) -> int | None:
    """ "mother and daughter": two singular people joined, so a figure of two."""
    if "and" not in words or "or" in words:
        return None
    heads = " ".join(words).split(" and ")
    if all(h.split() and h.split()[-1] in _SINGULAR_NOUNS for h in heads):
        return len(heads)
    return None


def _np_singular(words: list[str], originals: list[str], upper: bool) -> bool | None:
    """True for "a man", "Officer Smith"; False for "troops"; None when it cannot tell."""
    head = words[-1]
    if "and" in words or "or" in words:
        return False
    if head in _SINGULAR_NOUNS or _AGE_TOKEN_RE.fullmatch(head):
        return True
    if head in _PLURAL_NOUNS:
        return False
    names = [o for o in originals if not _AGE_TOKEN_RE.fullmatch(o)]
    if not upper and names and all(o[:1].isupper() for o in names):
        return True  # a name, "13-year-old Jane Doe" too
    return None


# "in their 20s", "a 16yo": letters glued to the figure; "9300 block", "4077 Union Hill Road":
# an address; "fired three more times": shots, not people
_NOT_A_FIGURE_AFTER_RE = re.compile(
    r"[^\W\d_]|\s+block\b|\s+(?:more\s+)?times\b|"
    r"(?<=\d\d)\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|"
    r"St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Highway|Hwy|"
    r"Parkway|Pkwy|Circle|Terrace|Trail)\b"
)
# "between ages 12 and 16", "in their 40s", "ages 15, 17 and 18"
_NOT_A_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:ages?|aged)\s+(?:of\s+)?(?:between\s+)?(?:\d+\s*(?:,|and|to|-|or)\s*)+$"
    r"|\bin\s+(?:their|his|her)\s+(?:early\s+|mid\s+|late\s+)?$",
    _I,
)
_TIMES_AFTER_RE = re.compile(r"\s+(?:more\s+)?times\b")
_AGE_FIGURE_RE = re.compile(r"\d{1,3}")
_AGE_WORDS_RE = re.compile(r"\s+(?:year|yr)s?(?:-|\s+)old\b(?!s)", _I)
_AGE_BEFORE_RE = re.compile(r"[^\W\d_]\.?\s*,\s*$")
_AGE_AFTER_RE = re.compile(r"\s*(?:[,)]|$)|\s+who\b")


def _is_age_figure(text: str, start: int, end: int) -> bool:
    """A bare figure set off by commas after a name is an age: "Jones, 47, of Salem"."""
    return _AGE_FIGURE_RE.fullmatch(text, start, end) is not None and (
        (_AGE_BEFORE_RE.search(text, max(0, start - 4), start) is not None
         and _AGE_AFTER_RE.match(text, end) is not None)
        or _LISTED_AGE_BEFORE_RE.search(text, max(0, start - 60), start) is not None)


def _skip_ages(toks: list[_Tok], j: int) -> int:
    """Steps back over ", 47" and ", Jr." so the subject read is the name before them."""
    while True:
        if j >= 2 and toks[j - 1].low == "," and toks[j].low.isdigit() and len(toks[j].low) <= 3 \
                and (toks[j - 2].low[0].isalpha() or toks[j - 2].low == ".") \
                and j + 1 < len(toks) and toks[j + 1].low in {",", ")"}:
            j -= 2
        elif j >= 1 and toks[j].low == "." and toks[j - 1].low in _SUFFIXES:
            j -= 1
        elif j >= 2 and toks[j].low in _SUFFIXES and toks[j - 1].low == ",":
            j -= 2
        else:
            return j


_SUFFIXES = frozenset({"jr", "sr"})
_SELF_WORDS = frozenset({"himself", "herself", "self"})
# "... before killing himself", "then turned the gun on himself", "and killed himself", a
# headline's "kills wife, daughter, turns gun on himself"
_THEN_SELF_RE = re.compile(r"\b(?:before|then|and)\b[^,.;:]{0,25}$|,\s*$", _I)
_PARENT_OF_RE = re.compile(
    r"\b(?:father|mother|dad|mom|mum|grandfather|grandmother|grandpa|grandma|parent)\s+of\s+$",
    _I,
)
# "one of the / his / their bodyguards": the part named, not the whole
_PARTITIVE_DETS = frozenset(_words("the their those his her its"))
_DIGITS_RE = re.compile(r"\d[\d,]*")
_FIGURE_THEN_NOUN_RE = re.compile(r"\s+[^\W\d_]")
_PERSON_AFTER_RE = re.compile(r"\s+(?:others?|more)\b", _I)


def _is_name(item: _Item) -> bool:
    """One person named: "Ann Lee", "mother Jo Kim" (the last word capitalised)."""
    if item.best != 1 or not item.text:
        return False
    last = item.text.split()[-1]
    return last[:1].isupper() and last.lower() not in _SIDE_OF


def _bare_singular(item: _Item) -> bool:
    """A lone singular noun with no figure or article ("teen"): an appositive's head."""
    if item.best != 1 or item.text is None:
        return False
    first = item.text.split(maxsplit=1)[0].lower()
    return first not in _DETERMINERS and not _is_numberish(first) and first not in {"he", "she"}
_SOURCE_BEFORE_RE = re.compile(r"\b(?:according\s+to|said|says|per)\s+$", _I)
# "a mother and daughter", "his wife and son": two people under one determiner
_PAIR_DETS = frozenset(_words("a an the his her their"))
_PLACE_PREPOSITIONS = frozenset(_words("in at on near outside inside from of into across"))


class _Reader:
    """Reads the casualties of one text; holds what every trigger of the text shares."""

    def __init__(self, text: str, offset: int, part: Part) -> None:
        self.text = text
        self.offset = offset
        self.part = part
        # upper-case wire copy: names cannot be told from words by their capitals
        self.upper = _LOWER_RUN_RE.search(text, 0, 2000) is None
        self.sent_starts = [0] + [m.end() for m in _SENT_END_RE.finditer(text)]
        self.found: list[tuple[int, CasualtyMention]] = []
        #: Stretches a noun pattern already read, so no verb reads them again.
        self.covered: list[tuple[int, int]] = []

    def emit(
        self,
        kind: CasualtyKind,
        item: _Item,
        t_start: int,
        t_end: int,
        perfect: bool = False,
        includes_dead: bool = False,
    ) -> None:
        if _not_a_death(self.text, kind, item.text, item.start, t_start, t_end):
            return
        if kind == "killed" and item.best is not None and item.best > 1 \
                and unborn_among(self.text, item.end):
            item = replace(item, low=less_one(item.low), best=item.best - 1,
                           high=less_one(item.high))
        side = item.side
        if item.bare and side == "unknown":
            side = self.inherited_side(t_start)
        aggregate = not item.negated and self.aggregate(
            min(item.start, t_start), t_start, t_end, item, perfect
        )
        # "killed a couple and shot two others": those shot are besides the dead
        others = _PERSON_AFTER_RE.match(self.text, item.end) is not None
        sent_lo, _ = self.sentence(t_start)
        here = t_start + self.offset
        # (not after a "shot" figure, which counts the dead the "others" are besides: "a
        # triple shooting left one dead and two others injured"; not "Lee and seven others")
        besides = others and not item.negated and item.best is not None and any(
            sent_lo <= p < t_start and m.kind == kind and not m.negated and m.count.known
            and not m.includes_dead for p, m in self.found) and not any(
            m.trigger.start == here for _, m in self.found)
        mention = CasualtyMention(
            kind, self.count(item), side, aggregate, item.negated, self.span(t_start, t_end),
            includes_dead and not item.negated and not others, besides_previous=besides,
            also=item.best == 1 and item.end <= t_start
            and _ALSO_RE.search(self.text, item.end, t_start) is not None,
        )
        self.found.append((t_start, mention))

    def mark_murder_suicides(self) -> None:
        """Gives a killer's own death, told after his victims', the toll of its sentence."""
        for i, (pos, m) in enumerate(self.found):
            if not _is_self_death(m) or not _THEN_SELF_RE.search(
                    self.text, max(0, pos - 40), pos):
                continue
            sent_lo, _ = self.sentence(pos)
            before = [o for p, o in self.found if sent_lo <= p < pos
                      and o.side != "attackers" and not o.negated
                      and o.kind in ("killed", "injured")]
            if before:
                dead = sum(o.count.best or 0 for o in before if o.kind == "killed")
                self.found[i] = (pos, replace(m, murder_suicide_toll=dead + 1))

    def is_covered(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.covered)

    def inherited_side(self, pos: int) -> Side:
        """"killed three soldiers and wounded five": the five are soldiers too."""
        sent_lo, _ = self.sentence(pos)
        for t_start, mention in reversed(self.found):
            if sent_lo <= t_start < pos and mention.side != "unknown":
                return mention.side
        return "unknown"

    # ----- spans and counts -----

    def span(self, start: int, end: int) -> Span:
        return Span(start + self.offset, end + self.offset, self.text[start:end], self.part)

    def count(self, item: _Item) -> Count:
        span = self.span(item.start, item.end) if item.text is not None else None
        return Count(item.low, item.best, item.high, item.text, span)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[i], end

    def number_item(self, start: int, end: int, side: Side, bare: bool) -> _Item:
        words = self.text[start:end]
        low, best, high = parse_number(words)
        return _Item(low, best, high, words, start, end, side, bare=bare)

    # ----- backwards: the subject of a passive or intransitive trigger -----

    def subject(self, trig_start: int) -> _Subject | None:
        sent_lo, _ = self.sentence(trig_start)
        lo = max(sent_lo, trig_start - 240)
        toks = [
            _Tok(m.start(), m.end(), m.group(), m.group().lower())
            for m in _TOKEN_RE.finditer(self.text, lo, trig_start)
        ]
        j = len(toks) - 1
        passive = perfect = negated = False
        has_aux = False
        singular_aux: bool | None = None
        saw_both = relative = False
        while j >= 0 and toks[j].low in _AUX_ALL:
            w = toks[j].low
            has_aux = has_aux or w in _AUX_BE or w in _AUX_HAVE
            passive = passive or w in _AUX_BE
            perfect = perfect or w in ("have", "has")
            negated = negated or w in _AUX_NEG
            saw_both = saw_both or w == "both"
            relative = relative or w in {"who", "that", "which"}
            if w in _AUX_SING:
                singular_aux = True
            elif w in _AUX_PLUR:
                singular_aux = False
            j -= 1
        if j >= 1 and toks[j].low in {",", ")"}:
            # an appositive: "Smith, 31, was killed", "John Doe (23) died"
            opener = "," if toks[j].low == "," else "("
            k = j - 1
            while k >= max(0, j - 12) and toks[k].low != opener and toks[k].low not in ".;:":
                k -= 1
            if k >= 0 and toks[k].low == opener:
                j = k - 1
        j = _skip_ages(toks, j)
        items: list[_Item] = []
        first = self._subject_item(toks, j, singular_aux, negated, saw_both, has_aux, relative)
        if first is None:
            if j >= 0 and _is_np_word(toks[j]) and not self.upper:
                return None  # a noun we do not know as a person: "the car was hit"
            if singular_aux and passive:
                # "Smith, 31, was killed": the auxiliary tells us one person
                side = self._nearby_side(toks, j)
                items.append(_Item(1, 1, 1, None, trig_start, trig_start, side, negated))
            elif has_aux and passive:
                items.append(_Item(None, None, None, None, trig_start, trig_start, "unknown",
                                   negated))  # fmt: skip
            else:
                return None
            return _Subject(tuple(items), passive, perfect, has_aux, False)
        item, j, has_np = first
        if j >= 1 and toks[j].low == "including" and item.best is not None:
            # "four troops including the gunman dead": the whole is the figure, the
            # included victim one of them
            outer = self._subject_item(toks, j - 1, None, negated, False, has_aux, relative)
            if outer is not None and outer[0].best is not None and outer[0].best >= item.best:
                item, j, has_np = outer
        items.append(item)
        # a list of victims: "two soldiers, a policeman and a civilian were killed"
        while j >= 1 and toks[j].low in {",", "and", "&"} and item.best is not None:
            k = self._skip_listed_age(toks, j, item)
            nxt = self._subject_item(toks, k, None, negated, False, has_aux, relative)
            if nxt is None or nxt[0].best is None:
                break
            if k != j - 1 and not _is_name(nxt[0]):
                break
            if toks[j].low == "," and len(items) == 1 and _bare_singular(item) \
                    and _AGE_TOKEN_RE.search(nxt[0].text or ""):
                break  # "17-year-old Jane Doe, teen killed in shooting": one person, named
            if toks[j].low == "," and len(items) == 1 and _HOME_BEFORE_RE.search(
                    self.text, max(0, item.start - 6), item.start):
                items.pop()  # "Lee, of Southeast D.C. died": his home, not a victim
            elif toks[j].low == "," and len(items) == 1 and item.best == 1 \
                    and nxt[0].best == 1 and (relative or _DEFINITE_RE.match(nxt[0].text or "")):
                # "Jones, a woman who was killed", "the teen, Kevin Lee, died": one person
                break
            if nxt[1] >= 0 and toks[nxt[1]].low in _PLACE_PREPOSITIONS:
                break  # "a shooting in Decatur, one killed": a place, not a victim
            if _SOURCE_BEFORE_RE.search(self.text, max(0, nxt[0].start - 40), nxt[0].start):
                break  # "according to the coroner, a boy is dead": the source, not a victim
            if nxt[2] and nxt[0].side == "unknown" and nxt[0].text is not None \
                    and _DIGITS_RE.fullmatch(nxt[0].text) and _FIGURE_THEN_NOUN_RE.match(
                    self.text, nxt[0].end) and not _PERSON_AFTER_RE.match(self.text, nxt[0].end):
                break  # "86 Sick, 7 Dead": a figure of something else, not victims
            item, j, _ = nxt
            items.append(item)
        items.reverse()
        return _Subject(tuple(items), passive, perfect, has_aux, has_np)

    def _skip_listed_age(self, toks: list[_Tok], j: int, item: _Item) -> int:
        """Where the list item before token j ends, past a name's age: "Lee, 21, and Kim"."""
        k = j - 1
        if self.upper or not _is_name(item) or (
                j + 1 < len(toks) and toks[j + 1].low in _PLACE_PREPOSITIONS):
            return k  # "Lee, 21, of Troy was killed": Troy is his home, not a victim
        if toks[j].low == "and" and k >= 0 and toks[k].low == ",":
            k -= 1
        if k >= 2 and toks[k - 1].low == "," and toks[k].low.isdigit() and len(toks[k].low) <= 3 \
                and toks[k - 2].text[:1].isupper():
            return k - 2
        return j - 1

    def _subject_item(
        self,
        toks: list[_Tok],
        j: int,
        singular_aux: bool | None,
        negated: bool,
        saw_both: bool,
        has_aux: bool,
        relative: bool,
    ) -> tuple[_Item, int, bool] | None:
        """The victim phrase ending at token j: (item, index before it, has a noun)."""
        np: list[_Tok] = []
        partitive = False
        while j >= 0 and len(np) < 8:
            tok = toks[j]
            if _is_np_word(tok):
                np.append(tok)
                j -= 1
                continue
            if tok.low in _CONJ and np and j > 0 and _is_np_word(toks[j - 1]):
                np.append(tok)
                j -= 1
                continue
            if tok.low in _PARTITIVE_DETS and np and j > 0 and toks[j - 1].low == "of":
                j -= 1
                tok = toks[j]
            if tok.low == "of" and j > 0:
                if np and _is_np_word(toks[j - 1]):
                    np.append(tok)  # "members of the security forces"
                    j -= 1
                    continue
                partitive = True
                j -= 1
                break
            if tok.low in {"them", "whom"} and not np and j > 1 and toks[j - 1].low == "of":
                partitive = True
                j -= 2
                break
            break
        if np and np[-1].low in _CONJ | {"of"}:
            np.pop()
            j += 1
        np.reverse()
        words = [t.low for t in np if t.low != "of"]
        side = _np_side(words) if words else "unknown"
        if j >= 0 and toks[j].low == "else":
            j -= 1
        if j >= 1 and toks[j].low == "more" and toks[j - 1].low not in _NEGATORS | {"any", "than"} \
                and _is_numberish(toks[j - 1].low):
            j -= 1  # "two more (people) were injured": the figure before "more"
        if j < 0:
            return self._no_quantifier(np, words, side, j, negated)
        tok = toks[j]
        # negation: "no one", "nobody", "none of the passengers", "no soldiers"
        if tok.low in _NEGATORS or (tok.low == "one" and j > 0 and toks[j - 1].low == "no") or (
            tok.low in {"one", "single"} and j > 0 and toks[j - 1].low in {"not", "a"}
            and (tok.low == "one" or (j > 1 and toks[j - 2].low == "not"))
        ):
            k = j
            while k > 0 and toks[k - 1].low in _NEGATORS | {"not", "a"}:
                k -= 1
            start = toks[k].start
            end = np[-1].end if np else tok.end
            item = _Item(0, 0, 0, self.text[start:end], start, end, side, negated=True)
            return item, k - 1, bool(np)
        parent = _PARENT_OF_RE.search(self.text, max(0, tok.start - 40), tok.start) \
            if not np and _is_numberish(tok.low) else None
        if parent is not None:
            # "Father of 5 killed": one parent, the figure counts the children
            start = parent.start()
            k = j
            while k >= 0 and toks[k].start >= start:
                k -= 1
            return _Item(*self._one(negated), self.text[start:tok.end], start, tok.end,
                         "civilians", negated), k, True  # fmt: skip
        if _is_numberish(tok.low) or (tok.low == "one"):
            m = _NUM_TAIL_RE.search(self.text, max(0, tok.end - 90), tok.end)
            if m and self._plausible_figure(toks, m, np, singular_aux):
                start, end = m.start(), m.end()
                # "12 of the 20 passengers": the part, not the whole
                # ("one of four people shot" is four people shot)
                # ("one of the two women who were injured": the two women are)
                part_m = None if relative else _PARTITIVE_THE_RE.search(
                    self.text, max(0, start - 12), start
                )
                if part_m is not None:
                    outer = _NUM_TAIL_RE.search(self.text, max(0, part_m.start() - 90),
                                                part_m.start())  # fmt: skip
                    if outer is not None:
                        start, end = outer.start(), outer.end()
                k = j
                while k >= 0 and toks[k].start >= start:
                    k -= 1
                if not np and not has_aux and k >= 0 and toks[k].low in _EXISTENTIAL:
                    return None  # "there was one shot": a gunshot, not a victim
                item = self.number_item(start, end, side, bare=not np and not partitive)
                if negated:
                    item = _Item(0, 0, 0, item.text, item.start, item.end, side, negated=True)
                return item, k, bool(np)
            if m is None and not np:
                return None
        if tok.low in _DETERMINERS or tok.low in {"one", "a"}:
            if not np and tok.low == "another" and j > 0 and toks[j - 1].low in {"and", ","}:
                # "three dead and another injured": one more victim, the noun left out
                return _Item(*self._one(negated), tok.text, tok.start, tok.end, "unknown",
                             negated), j - 1, False  # fmt: skip
            if not np:
                return None  # "the dead", "the wounded", "a shot": nominal, not a victim
            singular = _np_singular(words, [t.text for t in np], self.upper)
            if singular is None and not any(w in _SIDE_OF for w in words):
                return None  # "the incident was captured": not a person
            start, end = tok.start, np[-1].end
            pair = None if negated or tok.low not in _PAIR_DETS else _conjoined_people(words)
            if pair is not None:  # "a mother and daughter were shot"
                return _Item(pair, pair, pair, self.text[start:end], start, end, side), j - 1, True
            if singular or (singular is None and singular_aux):
                return _Item(*self._one(negated), self.text[start:end], start, end, side,
                             negated), j - 1, True  # fmt: skip
            return _Item(*self._zero_or_none(negated), None, start, end, side, negated), j - 1, True
        if tok.low in _PRONOUNS_SING and not np:
            return _Item(*self._one(negated), tok.text, tok.start, tok.end, "unknown",
                         negated), j - 1, False  # fmt: skip
        if saw_both and np:
            start, end = np[0].start, np[-1].end
            return _Item(2, 2, 2, None, start, end, side, negated), j, True
        return self._no_quantifier(np, words, side, j, negated, singular_aux)

    def _no_quantifier(
        self,
        np: list[_Tok],
        words: list[str],
        side: Side,
        j: int,
        negated: bool,
        singular_aux: bool | None = None,
    ) -> tuple[_Item, int, bool] | None:
        """ "Police officer killed", "militants were killed", "Officer Smith was shot"."""
        if not np:
            return None
        singular = _np_singular(words, [t.text for t in np], self.upper)
        start, end = np[0].start, np[-1].end
        if singular is None and not any(w in _SIDE_OF for w in words):
            return None  # an unknown noun with no figure: not a victim we can count
        pair = None if negated else _conjoined_people(words) or self._conjoined_names(np)
        if pair is not None:
            return _Item(pair, pair, pair, self.text[start:end], start, end, side), j, True
        if singular or (singular is None and singular_aux):
            return _Item(*self._one(negated), self.text[start:end], start, end, side,
                         negated), j, True  # fmt: skip
        return _Item(*self._zero_or_none(negated), None, start, end, side, negated), j, True

    def _conjoined_names(self, np: list[_Tok]) -> int | None:
        """ "Ann Lee and Jo Kim were killed": two named people."""
        if self.upper or self.part != "text" or not any(t.low == "and" for t in np) \
                or any(t.low == "or" for t in np):
            return None
        heads = [t for t in np if t.low not in ("and", "of")]
        if not all(t.text[:1].isupper() or _AGE_TOKEN_RE.fullmatch(t.low) for t in heads):
            return None
        return sum(t.low == "and" for t in np) + 1

    @staticmethod
    def _one(negated: bool) -> tuple[int, int, int]:
        return (0, 0, 0) if negated else (1, 1, 1)

    @staticmethod
    def _zero_or_none(negated: bool) -> tuple[int | None, int | None, int | None]:
        return (0, 0, 0) if negated else (None, None, None)

    def _plausible_figure(
        self, toks: list[_Tok], m: re.Match[str], np: list[_Tok], singular_aux: bool | None
    ) -> bool:
        """Rejects ages ("aged 45"), dates ("July 7"), years and figures a verb contradicts."""
        before = self.text[max(0, m.start() - 12) : m.start()].lower().split()
        if before and (before[-1] in {"aged", "age", "ages"} or before[-1] in _MONTHS):
            return False
        if self.text[max(0, m.start() - 1) : m.start()] == "(":
            return False
        if _NOT_A_FIGURE_AFTER_RE.match(self.text, m.end()) or _NOT_A_FIGURE_BEFORE_RE.search(
                self.text, max(0, m.start() - 30), m.start()):
            return False
        if not np and _is_age_figure(self.text, m.start(), m.end()):
            return False
        if np and _AGE_WORDS_RE.match(self.text, m.end()):
            return False  # "the 5 year-old boy died": an age with a space, not a figure
        if np and not self.upper and _AGE_FIGURE_RE.fullmatch(m.group()) \
                and all(t.text[:1].isupper() and t.low not in _SIDE_OF for t in np) \
                and _AGE_BEFORE_RE.search(self.text, max(0, m.start() - 4), m.start()):
            return False  # "kills man, 18 Jose Estrada wounded": an age before a name
        _, best, _ = parse_number(m.group())
        if best is not None and re.fullmatch(r"(1[89]|20)\d\d", m.group()) and not np:
            return False
        has_plural_noun = any(t.low in _PLURAL_NOUNS for t in np)
        return not (singular_aux and best is not None and best > 1 and not has_plural_noun)

    def _nearby_side(self, toks: list[_Tok], j: int) -> Side:
        for tok in reversed(toks[max(0, j - 5) : j + 1]):
            if tok.low in _SIDE_OF:
                return _SIDE_OF[tok.low]
            if tok.low in _SIDE_BARRIER:
                break  # "police said the incident was ...": the police are another clause
        return "unknown"

    # ----- forwards: the object of an active trigger -----

    def objects(self, trig_end: int) -> tuple[list[_Item], int] | None:
        m = _OBJ_RE.match(self.text, trig_end)
        if m is None:
            return None
        first = self._object_item(m)
        if first is None:
            return None
        items = [first]
        end = m.end()
        if m.group("num") is not None or m.group("det") is not None or m.group("bare"):
            while True:
                nxt = _LIST_BARE_RE.match(self.text, end) if m.group("bare") else (
                    _LIST_RE.match(self.text, end) or _LIST_BARE_RE.match(self.text, end))
                if nxt is None:
                    break
                g = nxt.groupdict()
                if g.get("num") is not None and not (g.get("np") or "").strip() \
                        and not g.get("part") \
                        and not _FATAL_AFTER_OBJECT_RE.match(self.text, nxt.end()):
                    break  # "kills man, 18": his age; "injured 11 people, eight ...": a part
                item = self._object_item(nxt)
                if item is None or item.best is None:
                    break
                items.append(item)
                end = nxt.end()
        elif m.group("pron") is not None:
            # "killed her and three other people": a figure listed after the pronoun
            nxt = _LIST_RE.match(self.text, end)
            if nxt is not None and nxt.group("num") is not None \
                    and (nxt.group("np") or "").strip():
                item = self._object_item(nxt)
                if item is not None and item.best is not None:
                    items.append(item)
                    end = nxt.end()
        return items, end

    def _object_item(self, m: re.Match[str]) -> _Item | None:
        groups = m.groupdict()
        if groups.get("self"):
            s, e = m.span("self")
            n = None if m.group("self").lower() == "themselves" else 1
            return _Item(n, n, n, self.text[s:e], s, e, "attackers")
        if groups.get("num"):
            if _TIMES_AFTER_RE.match(self.text, m.end("num")) is not None:
                return None  # "shot three more times": shots, not people
            np_words = (m.group("np") or "").lower().split()
            side = _np_side(np_words) if np_words else "unknown"
            s, e = m.span("num")
            return self.number_item(s, e, side, bare=not np_words and not m.group("part"))
        if groups.get("det"):
            words = m.group("dnp").lower().split()
            s, e = m.start("det"), m.end("dnp")
            plural = words[-1] in _PLURAL_NOUNS and words[-1] not in _SINGULAR_NOUNS
            n = None if plural else 1
            return _Item(n, n, n, None if plural else self.text[s:e], s, e, _np_side(words))
        if groups.get("pron"):
            s, e = m.span("pron")
            return _Item(1, 1, 1, self.text[s:e], s, e, "unknown")
        if groups.get("bare"):
            words = m.group("bare").lower().split()
            s, e = m.span("bare")
            singular = _np_singular(words, m.group("bare").split(), self.upper)
            n = 1 if singular else None
            return _Item(n, n, n, self.text[s:e] if n else None, s, e, _np_side(words))
        return None

    # ----- aggregates -----

    def aggregate(self, start: int, trig_start: int, trig_end: int, item: _Item,
                  perfect: bool) -> bool:  # fmt: skip
        sent_lo, sent_hi = self.sentence(trig_start)
        c_lo, c_hi = sent_lo, sent_hi
        for br in _CLAUSE_BREAK_RE.finditer(self.text, sent_lo, sent_hi):
            if br.end() <= start:
                c_lo = br.end()
            elif br.start() >= trig_end:
                c_hi = br.start()
                break
        clause = self.text[c_lo:c_hi]
        for cue in _AGG_STRONG_RE.finditer(clause):
            if cue.group().lower().startswith("this") and (
                _AGG_ORDINAL_RE.search(clause, 0, cue.start())
                or _AGG_DATE_BEFORE_RE.search(clause, 0, cue.start())
            ):
                continue
            return True
        perfect = perfect or bool(
            _PERFECT_RE.search(self.text, max(c_lo, trig_start - 25), trig_start)
        )
        big_vague = (
            item.text is not None
            and re.search(r"\b(?:hundreds|thousands|millions)\b", item.text, _I) is not None
        )
        context = _AGG_CONTEXT_RE.search(clause) is not None
        return (perfect and (big_vague or context)) or (big_vague and context)


# --------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------


# "a non-fatal shooting", "non-injury crash": the word is denied
_NON_BEFORE_RE = re.compile(r"\bnon[\s-]$", _I)


def find_casualties(text: str, *, offset: int = 0, part: Part = "text") -> list[CasualtyMention]:
    """Every casualty figure in ``text``; spans are shifted by ``offset`` into the article."""
    if not text:
        return []
    reader = _Reader(text, offset, part)
    # One pass over the words finds where any pattern may start; each pattern is then
    # tried only there (a set look-up per word instead of an alternation per character).
    candidates = [
        (w.start(), key)
        for w in _WORD_RE.finditer(text)
        if (key := w.group()[:4].lower()) in _ANY_PREFIX
        and not _NON_BEFORE_RE.search(text, max(0, w.start() - 4), w.start())
    ]
    for start, key in candidates:
        for regex, handler in _NOUN_DISPATCH.get(key, ()):
            m = regex.match(text, start)
            if m is not None and not reader.is_covered(*m.span()):
                handler(reader, m)
    pos = 0
    for start, key in candidates:
        if start < pos or key not in _TRIGGER_PREFIXES:
            continue
        m = _TRIGGER_RE.match(text, start)
        if m is None:
            continue
        t_start, pos = m.span()
        if reader.is_covered(t_start, pos):
            continue
        kind_s, voice = (m.lastgroup or "").split("__")
        kind: CasualtyKind = kind_s  # type: ignore[assignment]
        _read_trigger(reader, kind, voice, t_start, pos)
    reader.found.sort(key=lambda pair: pair[0])
    reader.mark_murder_suicides()
    return [mention for _, mention in reader.found]


def _on_deaths(reader: _Reader, m: re.Match[str]) -> None:
    """ "12 deaths", "30 bodies", "five lives were lost": the figure stands before the noun."""
    text = reader.text
    t_s, t_e = m.span("trig")
    mod = _DEATHS_MODIFIER_RE.search(text, max(0, t_s - 16), t_s)
    n_end = mod.start() if mod else t_s
    num = _NUM_TAIL_RE.search(text, max(0, n_end - 90), n_end)
    if num is None:
        return
    item = reader.number_item(*num.span(), side="unknown", bare=False)
    if item.best is not None:
        reader.emit("killed", item, t_s, t_e)
        reader.covered.append((num.start(), t_e))


def _on_toll(reader: _Reader, m: re.Match[str]) -> None:
    """ "death toll rose to 15", "bodies of 12 men", "claimed the lives of 30"."""
    num_group = "num" if m.group("num") is not None else "num2"
    np_words = (m.groupdict().get("np") or "").lower().split()
    side = _np_side(np_words) if np_words else "unknown"
    item = reader.number_item(*m.span(num_group), side=side, bare=False)
    if item.best is not None:
        reader.emit("killed", item, *m.span("trig"))
        reader.covered.append(m.span())


def _on_death_of(reader: _Reader, m: re.Match[str]) -> None:
    """ "the fatal shooting of a teen", "the murder of six priests" (see _DEATH_OF_RE)."""
    t_s, t_e = m.span("trig")
    word = m.group("trig").lower()
    if m.group("of"):
        obj = _OBJ_RE.match(reader.text, t_e)
        item = reader._object_item(obj) if obj is not None else None
        if item is None:
            # "the shooting death of Ketron Nathan": a named victim, full names only
            names = [i for i in _object_names(reader, m.end()) if " " in (i.text or "")]
            for it in names:
                reader.emit("killed", it, t_s, t_e)
            if names:
                reader.covered.append((t_s, t_e))
            return
        if item.best is None or item.negated:
            return
        if not word.startswith(("fatal", "deadly")) and item.side == "unknown" and (
            item.text is None or not _known_person(item, reader.text)
        ) and obj is not None and obj.group("pron") is None and obj.group("bare") is None \
                and _AGE_TOKEN_RE.search(item.text or "") is None:
            return
        found = reader.objects(t_e)  # "the shooting deaths of a mother, son and girl"
        items = found[0] if found is not None and found[0][0] == item else [item]
    elif word.startswith(("fatal", "deadly")):
        items = [_Item(1, 1, 1, None, t_s, t_e, "unknown")]
    else:
        return
    for it in items:
        reader.emit("killed", it, t_s, t_e)
    reader.covered.append((t_s, t_e))


def _on_life_of(reader: _Reader, m: re.Match[str]) -> None:
    """ "claimed the life of a 15-year-old boy", "took the lives of two teens"."""
    t_s, t_e = m.span("trig")
    found = reader.objects(m.end())
    items = found[0] if found is not None else [
        i for i in _object_names(reader, m.end()) if " " in (i.text or "")]
    if not items or any(i.best is None or i.negated or i.side == "attackers" for i in items):
        return
    if not all(_sent_person(i, reader.text) or i.text is None or i.text[:1].isupper()
               for i in items):
        return
    for it in items:
        reader.emit("killed", it, t_s, t_e)
    reader.covered.append((t_s, t_e))


def _on_negation(reader: _Reader, m: re.Match[str]) -> None:
    """ "no injuries were reported", "no casualties", "escaped unhurt": an exact zero."""
    t_s, t_e = m.span("unhurt") if m.group("unhurt") else m.span("trig")
    word = m.group().lower()
    kinds: tuple[CasualtyKind, ...]
    if m.group("unhurt") or re.search(r"injur|hurt|wound", word):
        kinds = ("injured",)
    elif "casualt" in word:
        kinds = ("killed", "injured")
    else:
        kinds = ("killed",)
    item = _Item(0, 0, 0, m.group(), m.start(), m.end(), "unknown", negated=True)
    for kind in kinds:
        reader.emit(kind, item, t_s, t_e)
    reader.covered.append(m.span())


_MULTIPLE_RE = re.compile(
    r"\b(?P<num>double|triple|quadruple|quintuple)[\s-]+(?P<trig>shooting|homicide|murder|"
    r"slaying|killing)s?\b",
    _I,
)
_MULTIPLE_VALUES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def _on_multiple(reader: _Reader, m: re.Match[str]) -> None:
    """ "a triple shooting": three hit, the dead among them; "a double homicide": two dead."""
    n = _MULTIPLE_VALUES[m.group("num").lower()]
    t_s, t_e = m.span("trig")
    item = _Item(n, n, n, m.group("num"), m.start("num"), m.end("num"), "unknown")
    if m.group("trig").lower() == "shooting":
        reader.emit("injured", item, t_s, t_e, includes_dead=True)
    else:
        reader.emit("killed", item, t_s, t_e)
    reader.covered.append(m.span())


_VICTIMS_RE = re.compile(r"(?:shooting|gunshot)\s+victims\b", _I)
_VICTIMS_FIGURE_RE = re.compile(
    r"(?<![\w,.-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+$", _I
)


def _on_victims(reader: _Reader, m: re.Match[str]) -> None:
    """ "officers found four shooting victims": four hit, the dead among them."""
    fig = _VICTIMS_FIGURE_RE.search(reader.text, max(0, m.start() - 12), m.start())
    if fig is None:
        return
    n = _word_value(fig.group(1))
    if n is None:
        return
    s, e = fig.span(1)
    item = _Item(n, n, n, fig.group(1), s, e, "civilians")
    reader.emit("injured", item, m.start(), m.end(), includes_dead=True)
    reader.covered.append((s, m.end()))


_SENT_RE = re.compile(
    r"\b(?P<trig>sen(?:t|ds?|ding)|put(?:s|ting)?|land(?:ed|s|ing)?|left|leaves|leaving|"
    r"ended\s+with|ends\s+with)\b",
    _I,
)
_HOSPITAL_TAIL_RE = re.compile(
    r"(?:\s+(?!(?:to|in|into)\b)[^\W\d_][\w'-]*){0,2}?(?:\s*,\s*|\s+)(?:others?\s+)?"
    r"(?:to|in(?:to)?)\s+(?:(?:the|a|an|area|local|nearby|"
    r"several|two|three|different|separate)\s+)*hospitals?\b",
    _I,
)


def _sent_person(item: _Item, text: str) -> bool:
    return item.side != "unknown" or item.bare or (item.text or "").lower() in {"him", "her"} \
        or _AGE_TOKEN_RE.search(item.text or "") is not None \
        or _PERSON_AFTER_RE.match(text, item.end) is not None


def _on_sent(reader: _Reader, m: re.Match[str]) -> None:
    """ "a shooting that sent four people to the hospital", "ended with five in hospital"."""
    t_s, t_e = m.span("trig")
    found = reader.objects(t_e)
    if found is None:
        return
    items, end = found
    tail = _HOSPITAL_TAIL_RE.match(reader.text, end)
    if tail is None or any(i.best is None or i.side == "attackers" for i in items):
        return
    if not all(_sent_person(i, reader.text) for i in items):
        return  # "sent three letters to the hospital": not people
    # those sent to hospital who died there are among them: "sent five to the hospital,
    # where one died" is four injured
    # ("killed two and sent three others to hospital": the others are besides the dead)
    others = _PERSON_AFTER_RE.match(reader.text, items[-1].end) is not None
    for item in items:
        reader.emit("injured", item, t_s, t_e, includes_dead=not others)
    reader.covered.append((t_s, tail.end()))


_SHOOTING_OF_RE = re.compile(
    r"\b(?P<trig>(?:shooting|wounding)(?:\s+and\s+wounding)?)\s+of\b", _I
)


_MURDER_BEFORE_RE = re.compile(
    r"(?<!attempted\s)(?<!attempted\s\s)\b(?:murder|homicide|manslaughter)\b[^.;:]*$", _I
)


def _on_shooting_of(reader: _Reader, m: re.Match[str]) -> None:
    """ "the shooting of a 15-year-old boy": one hit, the dead among them (see _HIT_RE)."""
    t_s, t_e = m.span("trig")
    obj = _OBJ_RE.match(reader.text, m.end())
    item = reader._object_item(obj) if obj is not None else None
    if obj is None or item is None or item.best is None or item.negated \
            or obj.group("self") or not _sent_person(item, reader.text) or item.bare:
        return
    items = [item]
    if obj.group("num") is not None or obj.group("det") is not None:
        nxt = _LIST_RE.match(reader.text, obj.end())
        extra = reader._object_item(nxt) if nxt is not None else None
        if extra is not None and extra.best is not None and _sent_person(extra, reader.text):
            items.append(extra)
    sent_lo, _ = reader.sentence(t_s)
    before = _MURDER_BEFORE_RE.search(reader.text, max(sent_lo, t_s - 60), t_s)
    for it in items:
        if before is not None:  # "charged with murder in the shooting of a teen"
            reader.emit("killed", it, t_s, t_e)
        else:
            reader.emit("injured", it, t_s, t_e, includes_dead=True)
    reader.covered.append((t_s, t_e))


def _on_self(reader: _Reader, m: re.Match[str]) -> None:
    """ "turned the gun on himself": the attacker is dead."""
    t_s, t_e = m.span("trig")
    reader.emit("killed", _Item(1, 1, 1, None, t_s, t_e, "attackers"), t_s, t_e)
    reader.covered.append(m.span())


_Handler = Callable[[_Reader, re.Match[str]], None]
_NOUN_PATTERNS: tuple[tuple[str, re.Pattern[str], _Handler], ...] = (
    ("deat toll numb", _TOLL_RE, _on_toll),
    ("deat fata dead bodi corp live", _DEATHS_RE, _on_deaths),
    ("bodi rema corp", _BODIES_OF_RE, _on_toll),
    ("clai", _CLAIMED_RE, _on_toll),
    ("clai took take taki", _LIFE_OF_RE, _on_life_of),
    ("no with unhu unha unsc unin", _NEG_NOUN_RE, _on_negation),
    ("fata dead shoo stab deat murd kill slay assa", _DEATH_OF_RE, _on_death_of),
    ("turn took taki take comm blew blow", _SELF_RE, _on_self),
    ("doub trip quad quin", _MULTIPLE_RE, _on_multiple),
    ("sent send send put puts putt land left leav ende", _SENT_RE, _on_sent),
    ("shoo woun", _SHOOTING_OF_RE, _on_shooting_of),
    ("shoo guns", _VICTIMS_RE, _on_victims),
)
_NOUN_DISPATCH: dict[str, list[tuple[re.Pattern[str], _Handler]]] = {}
for _keys, _regex, _handler in _NOUN_PATTERNS:
    for _key in _keys.split():
        _NOUN_DISPATCH.setdefault(_key, []).append((_regex, _handler))
_ANY_PREFIX = _TRIGGER_PREFIXES | frozenset(_NOUN_DISPATCH)


def _read_trigger(
    reader: _Reader, kind: CasualtyKind, voice: str, t_start: int, t_end: int
) -> None:
    text = reader.text
    if kind == "injured" and _FATALLY_BEFORE_RE.search(text, max(0, t_start - 12), t_start):
        kind = "killed"  # "was fatally wounded" split by an adverb the table did not join
    if voice == "act" and _SHOOTS_RE.fullmatch(text, t_start, t_end):
        _read_shoots(reader, kind, t_start, t_end)
        return
    subject = reader.subject(t_start) if voice != "act" else None
    if kind == "injured" and _SHOT_AT_RE.match(text, t_end) \
            and text[t_start:t_end].lower() == "shot" and not _shot_at_hit(text, t_end, subject):
        return
    if subject is None and voice == "pp" and _DIED_RE.fullmatch(text, t_start, t_end) \
            and _died_after_hit(reader, t_start, t_end):
        return
    found = reader.objects(t_end) if voice != "pp" else None
    objects = found[0] if found else None
    if voice == "amb" and subject is not None and not subject.passive:
        if objects is not None:
            first = subject.items[-1]
            if not subject.has_aux and not subject.has_np and objects[0].best is None:
                # "two injured people": a figure in front of an adjectival trigger
                objects = [_Item(first.low, first.best, first.high, first.text, first.start,
                                 first.end, objects[0].side, first.negated)]  # fmt: skip
            subject = None  # active: "two gunmen killed three soldiers"
        elif subject.has_aux:
            return  # "militants have wounded ...": their victims, unread, are not the subject
    if subject is not None and voice != "act":
        if voice == "amb" and not subject.has_aux:
            names = _object_names(reader, t_end)
            if names:
                # "another teen shot Turner", "he shot Ann Lee and Jo Kim": named victims
                hit = _is_bare_shot(kind, text, t_start, t_end)
                for item in names:
                    reader.emit(kind, item, t_start, t_end, includes_dead=hit)
                return
            if _UNREAD_OBJECT_RE.match(text, t_end) \
                    or (subject.items[-1].text or "").lower() in _PRONOUNS_SING:
                # "gunmen killed the village chief's ...", "he shot ...": an object we
                # could not read ("he" is never a reduced passive)
                return
        items = list(subject.items)
        if any(reader.is_covered(i.start, i.end) for i in items if i.text is not None):
            return  # "two bodies were found dead": the noun pattern has read it
        if kind in _PERSON_ONLY and not all(_known_person(i, text) for i in items):
            return
        if _WITH_WOUND_RE.match(text, t_start, t_end) and not all(
                _wound_victim(i) for i in items):
            return  # "Highway 150 with a gunshot wound": the figure is no victim
        if len(items) > 1 and _ONE_WOUND_RE.match(text, t_start, t_end):
            items = items[:1]  # "The woman, Jade Lee, 22, suffered a gunshot wound": one
        dead = _fatal_split(reader, kind, items, t_end)
        if dead is not None:
            hurt, killed = dead
            items = [hurt]
        hit = dead is None and _is_bare_shot(kind, text, t_start, t_end)
        for item in items:
            reader.emit(kind, item, t_start, t_end, subject.perfect, hit)
        if dead is not None:
            reader.emit("killed", killed[0], killed[1], killed[2], subject.perfect)
        return
    if objects is None and (voice == "act" or (voice == "amb" and subject is None)) \
            and kind in ("killed", "injured") and not _HITS_RE.fullmatch(text, t_start, t_end):
        # "opened fire, killing Juan Garcia and Ann Lee": named victims after the verb; a
        # full name only ("killing Afghan soldiers" is not one victim)
        names = _object_names(reader, t_end)
        after = _NEXT_WORD_RE.match(text, names[-1].end) if names else None
        if names and all(" " in (i.text or "") for i in names) and (
                after is None or after.group(1).lower() not in _SIDE_OF):
            hit = _is_bare_shot(kind, text, t_start, t_end)
            for item in names:
                reader.emit(kind, item, t_start, t_end, includes_dead=hit)
        return
    if objects is not None:
        if kind in _PERSON_ONLY and not all(_known_person(i, text) for i in objects):
            return
        if voice == "act" and _HITS_RE.fullmatch(text, t_start, t_end) \
                and not all(_sent_person(i, text) and not i.bare and i.best is not None
                            for i in objects):
            return  # "the bullet struck a wall", "hit 30 homers": only a person is a victim
        if kind == "injured" and found is not None \
                and _TO_DEATH_RE.match(text, found[1]) is not None:
            # "shot his brother to death": the object is dead, not hurt
            for item in objects:
                reader.emit("killed", item, t_start, t_end)
            return
        obj_split = _object_fatal_split(reader, kind, objects)
        if obj_split is not None:
            hurt_obj, (dead_obj, d_start, d_end) = obj_split
            reader.emit(kind, hurt_obj, t_start, t_end)
            reader.emit("killed", dead_obj, d_start, d_end)
            return
        # "shot himself" stays an injury: only "killing himself" or "died" tells a death
        hit = _is_bare_shot(kind, text, t_start, t_end)
        for item in objects:
            reader.emit(kind, item, t_start, t_end, includes_dead=hit)


def _wound_victim(item: _Item) -> bool:
    """A person found "with a gunshot wound": a victim noun, a pronoun, an age or a name."""
    words = item.text or ""
    if item.side != "unknown" or words.lower() in _PRONOUNS_SING | {"they"}:
        return True
    if _AGE_TOKEN_RE.search(words) is not None:
        return True
    return not item.bare and words[:1].isupper() and not any(ch.isdigit() for ch in words)


_ONE_WOUND_RE = re.compile(r"(?:suffered|sustained)\s+(?:from\s+)?(?:a|an|one)\s", _I)
_SELF_AFTER_RE = re.compile(r"\s+(?:himself|herself|themselves)\b", _I)
_ALSO_BEFORE_RE = re.compile(r"\balso\s+(?:(?:been|be)\s+)?$", _I)
# "a father was killed and his son was shot": within one sentence, a second victim
_KILLED_AND_RE = re.compile(
    r"\b(?:killed|dead|died)\s+(?:[^\W\d_]+\s+){0,3}?and\s+(?:his|her|their|the|a|an)\s+"
    r"[^.;!?]{0,60}$",
    _I,
)
_TO_DEATH_RE = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,2}?\s+to\s+death\b", _I)
_WITH_WOUND_RE = re.compile(r"(?:[^\W\d_]+\s.*)?with\s", _I | re.S)
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_]+)")
_SHOT_AT_RE = re.compile(r"\s+at\b(?!\s+least\b)", _I)
# "gunmen shot at police", "officers were shot at by the suspect": fired upon, not hit
_FIRED_UPON_RE = re.compile(
    rf"\s+at(?:\s+(?:the|a|an|his|her|their|its|our|several|two|three|four|five|many))?"
    rf"(?:\s*(?:[,.;:)!?\"]|$)|\s+(?:by|from|and|but|or|him|her|them|us|me|you|it|each|one|"
    rf"another|repeatedly|again|during|while|when|as|cars?|vehicles?|trucks?|vans?|bus|buses|"
    rf"suvs?|windows?|{_alt(_SIDE_OF)})\b)",
    _I,
)


def _shot_at_hit(text: str, t_end: int, subject: _Subject | None) -> bool:
    """"Three people were shot at a bar", "Man shot at gas station": hit at a place.

    "Shot at" is most often "fired at"; it tells a hit only with a passive victim subject
    and a place or time after "at", never a person or a vehicle.
    """
    if subject is None or _FIRED_UPON_RE.match(text, t_end):
        return False
    return subject.passive or all(i.side in ("civilians", "unknown") for i in subject.items)


_SHOOTS_RE = re.compile(r"shoots|shooting", _I)
# "shooting" is most often a noun ("the shooting suspect"): as a verb its object opens
# with a figure, an article or a pronoun ("shooting his wife", "shoots two men").
_SHOOTS_OBJ_RE = re.compile(
    rf"[^\S\n]+(?:{_DET_FWD}|{_NUMPHRASE}|\d+-years?-old|him|her|them|himself|herself|"
    rf"themselves|self)\b",
    _I,
)
_SUICIDE_BEFORE_RE = re.compile(r"\b(?:before|then)\s+$", _I)


def _read_shoots(reader: _Reader, kind: CasualtyKind, t_start: int, t_end: int) -> None:
    """ "shoots his sister", "killed his wife before shooting himself"."""
    text = reader.text
    verb = text[t_start:t_end].lower() == "shoots"
    if not verb and _SHOOTS_OBJ_RE.match(text, t_end) is None:
        return
    found = reader.objects(t_end)
    if found is None or "\n" in text[t_end:found[1]]:
        return
    items = found[0]
    own = (items[0].text or "").lower() in {"himself", "herself"}
    if kind == "killed":  # "fatally shoots his wife"
        for item in items:
            reader.emit("killed", item, t_start, t_end)
        return
    if own and len(items) == 1 and _SUICIDE_BEFORE_RE.search(text, max(0, t_start - 8), t_start):
        # the end of a murder-suicide: the shooter's own death, told as in "turned the
        # gun on himself"
        reader.emit("killed", items[0], t_start, t_end)
        return
    for item in items:
        reader.emit("injured", item, t_start, t_end, includes_dead=True)


_DIED_RE = re.compile(r"died|dies|perished|succumbed", _I)
_DIED_GAP_RE = re.compile(r"[^;:()\n]{0,160}", _I)
# "he was shot, and his dog died": another subject opens its own clause
_NEW_SUBJECT_RE = re.compile(
    r"(?:,|\band|\bbut)\s+(?:the|a|an|his|her|their|its)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:(?:has|had|have|later|also|then|eventually)\s+)*$", _I
)
_HAS_DIED_RE = re.compile(r"\b(?:has|is)\s+(?:\w+\s+)?$", _I)


def _died_after_hit(reader: _Reader, t_start: int, t_end: int) -> bool:
    """"A boy shot early Wednesday has died", "a woman who was shot ... died Monday".

    The verb has no subject of its own: the victim is the one the earlier trigger of the
    clause hit, and that mention becomes a death (the same person, not one more).
    """
    sent_lo, _ = reader.sentence(t_start)
    if not reader.found:
        return False
    pos, hit = reader.found[-1]
    if hit.kind != "injured" or hit.negated or pos < sent_lo:
        return False
    same = [m for p, m in reader.found if m.trigger == hit.trigger]
    gap_lo = hit.trigger.end - reader.offset
    if len(same) != 1 or not _DIED_GAP_RE.fullmatch(reader.text, gap_lo, t_start) \
            or _NEW_SUBJECT_RE.search(reader.text, gap_lo, t_start):
        return False
    n = hit.count.best
    if n is not None and n > 1 and _HAS_DIED_RE.search(reader.text, max(0, t_start - 20), t_start):
        return False  # "three people shot ... has died": one of them, unnamed
    count = hit.count
    reader.found[-1] = (pos, CasualtyMention(
        "killed", count, hit.side, hit.aggregate, False,
        reader.span(t_start, t_end)))
    return True


def _is_bare_shot(kind: CasualtyKind, text: str, t_start: int, t_end: int) -> bool:
    """"Shot" says who was hit, not who lived: "six shot, two fatally" are six in all.

    "Her mother was also shot" and "his son was shot" after "a father was killed" in the
    same sentence name someone besides the dead.
    """
    if kind != "injured" or _HIT_RE.fullmatch(text, t_start, t_end) is None \
            or alive_now(text, t_start, t_end):
        return False
    if _ALSO_BEFORE_RE.search(text, max(0, t_start - 20), t_start) \
            and text[t_start:t_end].lower() == "shot" and not _SELF_AFTER_RE.match(text, t_end):
        return False
    return _KILLED_AND_RE.search(text, max(0, t_start - 120), t_start) is None


# Words that tell who was hit, not who lived.
_HIT_RE = re.compile(
    r"shot|shoots|shooting|hitting|striking|hits|strikes|(?:struck|hit|grazed|suffering|"
    r"sustaining|with)\b.*|[^\W\d_]+\s.*\bwith\s.*|"
    # "he suffered a gunshot wound ... died": one hit, unless the wound is called slight
    r"(?:suffered|sustained)\s+(?:from\s+)?(?:a|an|one)\s(?!.*\b(?:non|minor)).*|"
    # "all three suffered gunshot wounds": who was hit, the dead among them
    r"(?:suffered|sustained)\s+(?:(?:multiple|several|two|three|four)\s+)?"
    r"(?:gunshot|gun\s+shot|bullet)\s+wounds|"
    # "taken to the hospital in critical condition": alive then, not always since
    r".*\bcondition|treated\s+and\s+released",
    _I | re.S,
)
_HITS_RE = re.compile(r"hitting|striking|hits?|strikes|struck", _I)


_FATALLY_BEFORE_RE = re.compile(r"\b(?:fatally|mortally)\s+$", _I)
_UNREAD_OBJECT_RE = re.compile(r"\s+(?:the|a|an|his|her|their|its)\b", _I)
_NAME = r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*))*"
_NAMES_RE = re.compile(rf"[^\S\n]+({_NAME})")
# the next name of a list, past the age set off after the last one: "Ann Lee, 21, and Jo
# Kim, 22"; a bare ", " joins names only when an age marks the list ("Lee, 21, Kim, 22")
_AGED_NAME_RE = re.compile(rf",\s+\d{{1,3}}(?:,?\s+and|,)\s+({_NAME})")
_AND_NAME_RE = re.compile(rf",?\s+and\s+({_NAME})")


def _object_names(reader: _Reader, t_end: int) -> list[_Item]:
    """Capitalised words right after an active verb in running text: its victims' names."""
    if reader.upper or reader.part != "text":
        return []
    m = _NAMES_RE.match(reader.text, t_end)
    out: list[_Item] = []
    while m is not None and len(out) < 8:
        first = m.group(1).split()[0].lower()
        if first in _STOP or first in _SIDE_OF:
            break
        s, e = m.span(1)
        out.append(_Item(1, 1, 1, reader.text[s:e], s, e, "unknown"))
        m = _AGED_NAME_RE.match(reader.text, e) or _AND_NAME_RE.match(reader.text, e)
    return out


def _known_person(item: _Item, text: str) -> bool:
    """A bare figure ("two were arrested") is people; "2 kg of heroin were seized" is not."""
    if item.side != "unknown" or item.negated:
        return True
    return item.text is not None and _PEOPLE_AFTER_FIGURE_RE.match(text, item.end) is not None


_PEOPLE_AFTER_FIGURE_RE = re.compile(
    r"\s*(?:were|was|are|is|have|had|has|more|others?\b|,|\.|$)", _I
)


def _fatal_split(
    reader: _Reader, kind: CasualtyKind, items: list[_Item], t_end: int
) -> tuple[_Item, tuple[_Item, int, int]] | None:
    """"Four people were shot, two of them fatally": (two injured, (two killed, trigger))."""
    if kind != "injured" or len(items) != 1:
        return None
    m = _FATAL_SPLIT_RE.match(reader.text, t_end)
    if m is None:
        return None
    shot = items[0]
    dead = reader.number_item(*m.span("num"), side=shot.side, bare=False)
    dead = _Item(dead.low, dead.best, dead.high, dead.text, dead.start, dead.end, shot.side)

    def minus(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else max(a - b, 0)

    low, best, high = (minus(a, b) for a, b in ((shot.low, dead.low), (shot.best, dead.best),
                                                 (shot.high, dead.high)))  # fmt: skip
    hurt = _Item(low, best, high, shot.text, shot.start, shot.end, shot.side)
    return hurt, (dead, *m.span("trig"))


_FATAL_AFTER_OBJECT_RE = re.compile(
    r"(?:\s+of\s+(?:them|whom))?\s+(?P<trig>fatally|mortally)\b", _I
)


def _object_fatal_split(
    reader: _Reader, kind: CasualtyKind, objects: Sequence[_Item]
) -> tuple[_Item, tuple[_Item, int, int]] | None:
    """"Gunmen shot six people, one fatally": (five injured, (one killed, trigger))."""
    if kind != "injured" or len(objects) != 2:
        return None
    shot, dead = objects
    m = _FATAL_AFTER_OBJECT_RE.match(reader.text, dead.end)
    if m is None or shot.best is None or dead.best is None or dead.best > shot.best:
        return None

    def minus(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else max(a - b, 0)

    low, best, high = (minus(a, b) for a, b in ((shot.low, dead.low), (shot.best, dead.best),
                                                 (shot.high, dead.high)))  # fmt: skip
    hurt = _Item(low, best, high, shot.text, shot.start, shot.end, shot.side)
    killed = _Item(dead.low, dead.best, dead.high, dead.text, dead.start, dead.end, shot.side)
    return hurt, (killed, *m.span("trig"))


def incident_count(
    mentions: Sequence[CasualtyMention], kind: CasualtyKind, *,
    exclude_side: Side | None = None, only_side: Side | None = None,
    own_death: bool = True,
) -> Count:
    """One incident's figure of ``kind`` from the mentions in its sentences.

    Reports repeat and update one toll far more often than they add separate ones, so
    the figure is the largest *tally*, where a tally is:

    * the victims one verb lists, summed: "two soldiers, a policeman and a civilian were
      killed" is 4, "Good Samaritan, 2 others killed" is 3;
    * a running sum along the text while a lone victim is followed by another ("another
      man", "a second woman"): "one man was killed ... another man died later" is 2, but
      "three died ... another man was found dead" stays 3 (he is most often one of them);
    * for injuries, a "shot" figure less the dead: "shot" counts everyone hit, so "four
      people were shot" with "one died" is 3 injured, "a man was shot ... he died" is 0 and
      "a man was shot and killed" (a killed trigger) is never an injury. Only "another
      woman was shot" keeps its figure. Reports that tell a death and then someone else
      shot ("a man was killed and a woman was shot") lose that injury: on real reports the
      person shot is far more often the one who died ("a girl died ... the child was shot").

    Taking the largest tally, not the sum of all mentions, keeps a toll that the title, the
    lead and a later paragraph each repeat at its size. A negation ("no one was hurt")
    gives 0 only when nothing else is said.

    With ``own_death`` (the default), a killer's self-inflicted death counts among the
    dead even when ``exclude_side="attackers"`` drops the attackers, as GVA and ACLED count
    every death: "killed his wife and two children before killing himself" is 4, "the boy
    fatally shot himself" is 1, but "five dead, including the gunman ... then killed
    himself" stays 5 (the larger toll has counted him).
    """
    def wanted(c: CasualtyMention, k: CasualtyKind) -> bool:
        return (c.kind == k and not c.aggregate
                and (exclude_side is None or c.side != exclude_side)
                and (only_side is None or c.side == only_side))

    pool = [c for c in mentions if wanted(c, kind)]
    if kind == "injured":
        pool = _dead_told_again(pool, mentions)
    live = [c for c in pool if not c.negated]
    tallies = _tallies([c for c in live if c.count.known], killed=kind == "killed")
    if kind == "injured":
        tallies = [_less_dead(t, first, mentions) for t, first in tallies]
    best = max(tallies, key=lambda tf: _count_size(tf[0])) if tallies else None
    if kind == "killed" and exclude_side == "attackers" and own_death:
        # The killer's own death counts among the dead: "killed his wife, then himself" is
        # two. A larger toll elsewhere ("five dead, including the gunman") has counted him.
        own = [c for c in mentions if _is_self_death(c)]
        toll = max((c.murder_suicide_toll or 0 for c in own), default=0)
        if toll and best is not None and not _is_subject(best[1]) \
                and _PERSON_OBJECT_RE.match(best[1].count.text or ""):
            # "killed his girlfriend and her daughter" (the killer's victims, an object) and
            # "... then turned the gun on himself": the victims and the killer
            toll = max(toll, _count_size(best[0]) + 1)
        if toll and (best is None or _count_size(best[0]) < toll):
            return Count(toll, toll, toll, None, max(
                own, key=lambda c: c.murder_suicide_toll or 0).trigger)
        if best is None and own:
            return own[0].count  # "the boy fatally shot himself": his is the toll
    if best is not None:
        return best[0]
    if any(c.negated for c in pool) and not live:
        return next(c for c in pool if c.negated).count
    return NO_COUNT


_HEAD_RE = re.compile(r"[^\W\d_]+(?=\W*$)")
_DEFINITE_RE = re.compile(r"the\s", _I)


def _dead_told_again(
    pool: list[CasualtyMention], mentions: Sequence[CasualtyMention]
) -> list[CasualtyMention]:
    """ "A 3-year-old girl died ... the young girl was injured": the definite phrase names
    one of the dead again, so the dead come off it as off a "shot" figure."""
    heads = {h.group().lower() for c in mentions
             if c.kind == "killed" and not c.negated and not c.aggregate and c.count.text
             and (h := _HEAD_RE.search(c.count.text)) is not None}
    if not heads:
        return pool
    out: list[CasualtyMention] = []
    for c in pool:
        text = c.count.text or ""
        head = _HEAD_RE.search(text)
        if c.count.best == 1 and not c.negated and not c.includes_dead \
                and _DEFINITE_RE.match(text) and head is not None \
                and head.group().lower() in heads:
            c = replace(c, includes_dead=True)
        out.append(c)
    return out


def _is_self_death(c: CasualtyMention) -> bool:
    """ "killing himself", "turned the gun on himself": the attacker's own death."""
    return c.kind == "killed" and c.side == "attackers" and not c.negated \
        and not c.aggregate and c.count.best == 1 and (
            (c.count.text or "").lower() in _SELF_WORDS
            or _SELF_RE.fullmatch(c.trigger.text) is not None)


_ADDS_ONE_RE = re.compile(r"(?:another|a\s+(?:second|third|fourth|fifth)|one\s+more)\b", _I)


def _is_subject(c: CasualtyMention) -> bool:
    """The figure stands before its word ("another man was killed"), not after it."""
    return c.count.span is None or c.count.span.start < c.trigger.start


def _count_size(count: Count) -> int:
    return count.best or count.low or count.high or 0


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _sum(a: Count, b: Count) -> Count:
    return Count(_add(a.low, b.low), _add(a.best, b.best), _add(a.high, b.high), a.text, a.span)


def _tallies(
    numbered: Sequence[CasualtyMention], *, killed: bool = False,
) -> list[tuple[Count, CasualtyMention]]:
    """Each mention group's tally and the mention that opened it (see incident_count)."""
    groups: list[tuple[Count, CasualtyMention]] = []
    for c in numbered:
        if groups and groups[-1][1].trigger == c.trigger:
            total, first = groups.pop()
            groups.append((_sum(total, c.count), first))
        else:
            groups.append((c.count, c))
    out: list[tuple[Count, CasualtyMention]] = []
    running: dict[tuple[Part, bool], Count] = {}
    for total, first in groups:
        key = (first.trigger.part, first.includes_dead)
        text = first.count.text or ""
        prev = running.get(key)
        # (a bare "another", as in "three dead and another injured", is one besides the
        # dead of its own clause, not one more than the last tally; nor is an "another" the
        # object of the act, "the shooting of another teen": another than the killer)
        if prev is not None and prev.best == 1 and _ADDS_ONE_RE.match(text) \
                and text.lower() != "another" and _is_subject(first):
            total = _sum(prev, total)
        elif killed and first.also and total.best == 1 and prev is not None \
                and prev.best is not None:
            total = _sum(prev, total)  # "A man was killed ... A woman also died"
        elif first.besides_previous and out and out[-1][1].trigger.part == first.trigger.part:
            total = _sum(out[-1][0], total)
        running[key] = total
        out.append((total, first))
    return out


def _less_dead(
    total: Count, first: CasualtyMention, mentions: Sequence[CasualtyMention]
) -> tuple[Count, CasualtyMention]:
    """A "shot" tally less the dead among them (see incident_count)."""
    if not first.includes_dead:
        return total, first
    attackers = first.side == "attackers"
    # "the boy accidentally shot himself ... he died": a self-inflicted shot is most often
    # the death the report tells, whatever side the dead are read as
    own = (first.count.text or "").lower() in {"himself", "herself", "self"}
    dead_pool = [c for c in mentions if c.kind == "killed" and not c.aggregate
                 and (own or (c.side == "attackers") == attackers)]
    if _ADDS_ONE_RE.match(first.count.text or ""):
        return total, first  # "another woman was shot": someone besides the dead
    dead_pool = [c for c in dead_pool if not c.negated and c.count.known]
    if not dead_pool and not attackers:
        # "the toddler shot and killed himself": a self-inflicted death read as the
        # shooter's is still the death of the one hit
        dead_pool = [c for c in mentions if c.kind == "killed" and not c.aggregate
                     and not c.negated and (c.count.text or "").lower() in {"himself", "herself", "self"}]
    if not dead_pool:
        return total, first
    dead = max((t for t, _ in _tallies(dead_pool)), key=_count_size)

    def minus(a: int | None) -> int | None:
        n = dead.best if dead.best is not None else dead.low
        return None if a is None or n is None else max(a - n, 0)

    return Count(minus(total.low), minus(total.best), minus(total.high), total.text,
                 total.span), first  # fmt: skip
