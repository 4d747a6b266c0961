from __future__ import annotations

import pytest

from wirecoder.actors import Countries, find_actors, find_claims

_CODES = {"egyptian": "EG", "nigerian": "NG", "afghan": "AF", "indian": "IN", "somali": "SO"}
_NAMES = {"EG": "Egypt", "NG": "Nigeria", "AF": "Afghanistan", "IN": "India", "SO": "Somalia"}
COUNTRIES = Countries(lambda w: _CODES.get(w.lower()), lambda c: _NAMES.get(c))


@pytest.mark.parametrize(
    ("text", "cc", "expected"),
    [
        ("Twelve Nigerian soldiers were killed when militants attacked their base.", None,
         {("target", "Military Forces of Nigeria"), ("perpetrator", "Unidentified Armed Group")}),
        ("Police officers were wounded in clashes with Islamist fighters.", "EG",
         {("target", "Police Forces of Egypt"),
          ("perpetrator", "Unidentified Islamist militants (Egypt)")}),
        ("Taliban fighters ambushed an Afghan army patrol.", "AF",
         {("perpetrator", "Taliban"), ("target", "Military Forces of Afghanistan")}),
        ("Al-Shabaab militants stormed a hotel, killing 9 civilians.", "SO",
         {("perpetrator", "Al Shabaab"), ("victim", "Civilians (Somalia)")}),
        ("Three villagers were abducted by Maoists.", "IN",
         {("victim", "Civilians (India)"), ("perpetrator", "Unidentified Armed Group (India)")}),
    ],
)
def test_actors_roles_and_names(text: str, cc: str | None,
                                expected: set[tuple[str, str]]) -> None:
    got = {(a.role, a.name) for a in find_actors(text, COUNTRIES, country_code=cc)}
    assert expected <= got


def test_actors_spans_index_the_text() -> None:
    text = "Gunmen shot dead two policemen in the market."
    for a in find_actors(text, COUNTRIES, country_code="IN", offset=100):
        assert a.span is not None
        assert text[a.span.start - 100:a.span.end - 100] == a.span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban claimed responsibility for the attack.", [("Taliban", "claimed")]),
        ("Boko Haram denied any involvement in the blast.", [("Boko Haram", "denied")]),
        ("A false claim by the shadowy group Al-Shabaab circulated online.",
         [("Al Shabaab", "false")]),
        ("Islamic State claimed the bombing, but the claim could not be verified.",
         [("Islamic State", "unverified")]),
        ("There has been no claim of responsibility.", []),
    ],
)
def test_actors_claims(text: str, expected: list[tuple[str, str]]) -> None:
    actors = find_actors(text, COUNTRIES)
    got = [(c.actor, c.status) for c in find_claims(text, actors)]
    assert got == expected
