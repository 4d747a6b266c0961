"""People the text names in full, so that their surnames are not read as towns.

Local crime news names victims and suspects with their ages ("18-year-old Leonard Adams",
"Meraland Taylor Jackson, 66,"), then by surname alone ("Adams was arrested"). A surname
that is also a city (Brandon, Florida; Henderson, Nevada) must not become the scene.
Only these unmistakable patterns count: a first name before a capitalised word is not
enough ("Downtown Houston", "Greater Boston").
"""

from __future__ import annotations

import re

# A given name ("Hope", "Jo-Ann") or an initial, then optional middle names or initials,
# then the surname ("McKinney", "O'Neal").
_GIVEN = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_MIDDLE = r"(?: (?:[A-Z][a-z]+|[A-Z]\.|\"[A-Z][a-z]+\"))?"
_SURNAME = r"(?P<sur>(?:Mc|Mac|O['’]|De|La)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_FULL = rf"(?P<given>{_GIVEN}){_MIDDLE} {_SURNAME}"
# "a 20-year-old man in Kansas City": the words after the age lead to no name.
_PREP = r"(?:in|at|of|from|near|on|outside|to|into) "
_AGE_AFTER = r", (?:both |all |each |age |aged )?\d{1,2}(?:,|-years?-old| years? old)"
# "19-year-old Hope Phillips", "his 19-year-old girlfriend Hope Phillips": scanned from
# each age, not from every word, to stay cheap.
_AGE_BEFORE = re.compile(r"\d-years?-old ")
_NAME_AFTER_AGE = re.compile(rf"(?:(?!{_PREP})[a-z]+ ){{0,2}}{_FULL}\b")
# "Meraland Taylor Jackson, 66,", "Derrius Brandon, both 23-years-old": the name that
# ends where the age begins.
_AGE_AFTER_RE = re.compile(_AGE_AFTER)
_NAME_BEFORE_AGE = re.compile(rf"(?<![\w'’]){_FULL}$")
# "identified the victim as Romell L. Jones"
_IDENTIFIED = re.compile(rf"\b(?:identif(?:ied|ies|y)|named?) (?:\w+ ){{0,3}}?as {_FULL}\b")
#: The cues that make a surname-like word the scene all the same ("shot in Brandon").
SCENE_CUES = frozenset({"in", "near", "outside", "at", "into", "around", "across", "between"})
# Words that open a place's name rather than a person's ("South Memphis, 12").
_NOT_GIVEN = frozenset("""
north south east west northeast northwest southeast southwest central downtown uptown
midtown greater metro suburban upper lower new old fort port mount saint lake
""".split())


def surnames(text: str) -> frozenset[str]:
    """The surnames of the people the text names in full with an age or an
    identification, as written ("Jackson", "McKinney")."""
    found: list[re.Match[str]] = []
    for a in _AGE_BEFORE.finditer(text):
        m = _NAME_AFTER_AGE.match(text, a.end())
        if m is not None:
            found.append(m)
    for a in _AGE_AFTER_RE.finditer(text):
        m = _NAME_BEFORE_AGE.search(text, max(0, a.start() - 60), a.start())
        if m is not None:
            found.append(m)
    if "identif" in text or "named" in text:
        found += _IDENTIFIED.finditer(text)
    return frozenset(m.group("sur") for m in found
                     if m.group("given").lower() not in _NOT_GIVEN)
