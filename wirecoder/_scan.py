"""Fast ``finditer`` for big alternations of words: try the pattern only at the words
whose first three letters can begin a match.

Python's regex engine tries a large alternation at every position of the text; for the
coder's trigger and actor lexicons that was the costliest search. The three-letter
starts are read off the pattern itself by the standard library's regex parser, so they
follow every edit of the lexicon; a pattern they cannot be read from (or one that can
match a word shorter than three letters) falls back to plain ``finditer``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

# The parser's public names are deprecated aliases of private modules, hence the guard.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants
    import sre_parse

_WORD3 = re.compile(r"[a-z0-9]{3}")
_WORDS = re.compile(r"\b[a-z0-9]+")


def _prefixes(seq: Any, n: int) -> set[str]:
    """Every string of up to ``n`` characters that a match of parsed ``seq`` starts with."""
    outs = {""}
    for op, av in seq:
        step: set[str] = set()
        for o in outs:
            step |= {o} if len(o) >= n else {(o + x)[:n] for x in _op_prefixes(op, av, n - len(o))}
        outs = step
    return outs


def _op_prefixes(op: Any, av: Any, n: int) -> set[str]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av).lower()}
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return {chr(v).lower() for _, v in av}
    if op is c.AT:
        return {""}
    if op is c.BRANCH:
        return set().union(*(_prefixes(b, n) for b in av[1]))
    if op is c.SUBPATTERN:
        return _prefixes(av[3], n)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        out: set[str] = set()
        cur = {""}
        for k in range(min(hi, n) + 1):
            if k >= lo:
                out |= cur
            cur = {(o + x)[:n] for o in cur for x in _prefixes(sub, n)}
        return out | cur
    raise ValueError(f"no prefixes for {op}")


def word_starts(pattern: str, *, partial: bool = False) -> frozenset[str] | None:
    """The first three letters (lower case) a match of ``pattern`` can start with.

    None when they cannot be read, or (unless ``partial``) when a match can start with
    fewer than three letters of one word. With ``partial`` those short starts are left
    out: the caller reaches them another way.
    """
    try:
        found = _prefixes(sre_parse.parse(pattern, re.IGNORECASE), 3)
    except ValueError:
        return None
    words = frozenset(p for p in found if _WORD3.fullmatch(p))
    return words if partial or len(words) == len(found) else None


class WordScan:
    """``pattern.finditer(low)`` for lower-cased text, sought only at candidate words."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts = word_starts(pattern.pattern)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        starts = self.starts
        if starts is None:
            yield from self.pattern.finditer(low)
            return
        pos = 0
        match = self.pattern.match
        for w in _WORDS.finditer(low):
            start = w.start()
            if start >= pos and w.group()[:3] in starts:
                m = match(low, start)
                if m is not None:
                    yield m
                    pos = m.end()


def prefix_words(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of lower-cased text, as ``WordScan`` walks them."""
    for w in _WORDS.finditer(low):
        yield w.span()
