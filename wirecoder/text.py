"""Cheap text helpers shared by the stages: sentences with offsets, and case handling.

spaCy is the slowest part of the coder, so sentence splitting and most matching run on
the raw string with regular expressions; only the sentences that matter reach spaCy.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from wirecoder.model import Part, Span

# Abbreviations after which a period does not end a sentence (wire style: "Oct. 2", "Ga.").
_ABBREV = frozenset(
    """mr mrs ms dr st sgt lt col gen capt cpl pvt rep sen gov jr sr no vs
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s a.m p.m ave blvd rd
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo co inc corp dept""".split()
)
_ABBREV_CHARS = frozenset(string.ascii_letters + ".")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+|\n\s*\n+|\n(?=[A-Z\"“])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    part: Part = "text"

    def span(self) -> Span:
        return Span(self.start, self.end, self.text, self.part)


def contains(s: Sentence, span: Span) -> bool:
    """Does the span start inside the sentence (same part of the article)?"""
    return span.part == s.part and s.start <= span.start < s.end


def split_sentences(text: str, *, part: Part = "text", first_index: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index into it exactly."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        piece = text[start:end].rstrip()
        if m.group().strip() and m.group()[0] == ".":
            # The piece's last run of letters and periods (a backward walk: searching
            # "[A-Za-z.]+$" would try every position of the piece).
            k = len(piece)
            while k and piece[k - 1] in _ABBREV_CHARS:
                k -= 1
            last = piece[k:]
            # A period after an abbreviation or an initial ("J. Smith") is not an end.
            if last and (last.lower().rstrip(".") in _ABBREV or len(last) == 1):
                continue
        stop = m.start() + len(m.group().rstrip())
        _add(out, text, start, stop, part, first_index)
        start = m.end()
    _add(out, text, start, len(text), part, first_index)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, part: Part, base: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(base + len(out), start, end, text[start:end], part))


def is_upper_case(text: str) -> bool:
    """True for wire copy set all in capitals (MUC-4 style), where case carries no signal."""
    head = text[:3000]
    upper = len(_UPPER.findall(head))
    lower = len(_LOWER.findall(head))
    if upper + lower < 20:
        return False
    return upper / (upper + lower) > 0.9


_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
