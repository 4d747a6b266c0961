from __future__ import annotations

import re

import pytest

from wirecoder._scan import WordScan, word_starts

_TEXTS = [
    "gunmen attacked a police post; the attackers fled. a heart attack is no attack.",
    "the shooting of two men was the third shooting in a week (shootings).",
    "bombing_x xbombing 9mm bomb-maker re-attack attack-helicopter café-attack",
    "",
]


@pytest.mark.parametrize("pattern", [
    r"\b(?:attack(?:s|ed|ers?)?|shoot(?:ing|ings)?|bomb(?:ing|s)?)\b",
    r"\b(?:heart attack|(?:third |second )?shooting)\b",
    r"\b(?:(?P<a>attack\w*)|(?P<b>bomb[-\w]*))",
])
@pytest.mark.parametrize("text", _TEXTS)
def test_scan_matches_finditer(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    scan = WordScan(rx)
    assert scan.starts is not None
    assert [(m.span(), m.lastgroup) for m in scan.finditer(text)] == [
        (m.span(), m.lastgroup) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "starts"), [
    (r"\b(?:raid|riot)s?\b", {"rai", "rio"}),
    (r"\b(?:an? )?army\b", None),  # can start with a word of one or two letters
    (r"\b(?:k|c)ill(?:ed)?\b", {"kil", "cil"}),
    (r"\b[a-z]+ist\b", None),  # a range the reader does not spell out
    (r"\b\w+ing\b", None),  # a class the reader does not spell out
])
def test_scan_word_starts(pattern: str, starts: set[str] | None) -> None:
    assert word_starts(pattern) == (None if starts is None else frozenset(starts))
