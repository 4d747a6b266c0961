"""Cues around a casualty word for :mod:`wirecoder.counts`: what makes a killed figure no
death of the act (an unborn child, natural causes, an attempt, a death that might have
been), what makes a victim one more ("also"), and which figures or names are no victims
(an age after a listed name, a home after "of")."""

from __future__ import annotations

import re

from wirecoder._count_words import _I, CasualtyKind

# "Five adults and an unborn child were killed": GVA and ACLED count the born only.
_UNBORN_RE = re.compile(r"\b(?:unborn|fetus|foetus)\b", _I)
# "murdered six people, including an unborn child": five born
_INCLUDING_UNBORN_RE = re.compile(
    r"[^\W\d_ ]*(?:\s+[^\W\d_]+){0,2},?\s+including\s+(?:an?|her|his|their|the)\s+unborn\b", _I)
# "a person who died of natural causes", "died from an overdose": no violent death
_NATURAL_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:of|from)\s+(?:an?\s+)?(?:natural\s+causes|(?:drug\s+)?overdose|"
    r"cancer|illness|heart\s+attack)\b",
    _I,
)
# "the attempted murders of five teenagers": nobody died
_ATTEMPTED_BEFORE_RE = re.compile(r"\battempted\s+$", _I)
# "There should've been five or six people dead", "could have been killed"
_COUNTERFACTUAL_RE = re.compile(
    r"\b(?:should|could|would|might)(?:\s+not|n[’']t)?(?:[’']ve|\s+have)\s+been\b", _I
)
#: "A woman also died", "Smith was also killed"
_ALSO_RE = re.compile(r"\balso\b", _I)


def _not_a_death(text: str, kind: CasualtyKind, item_text: str | None, item_start: int,
                 t_start: int, t_end: int) -> bool:
    """A killed figure that counts no death of the act: an unborn child, a death of
    natural causes, an attempted murder, a death that only might have been."""
    if kind != "killed":
        return False
    if item_text is not None and _UNBORN_RE.search(item_text) is not None:
        return True
    if _NATURAL_AFTER_RE.match(text, t_end) is not None:
        return True
    if _ATTEMPTED_BEFORE_RE.search(text, max(0, t_start - 12), t_start) is not None:
        return True
    lo = max(0, min(item_start, t_start) - 30)
    return _COUNTERFACTUAL_RE.search(text, lo, t_start) is not None


def unborn_among(text: str, item_end: int) -> bool:
    """ "six people, including an unborn child": the figure counts one not born."""
    return _INCLUDING_UNBORN_RE.match(text, item_end) is not None


def less_one(n: int | None) -> int | None:
    return None if n is None else n - 1


# "Lee, 66 and Kim Ray, 64 were killed": after a name listed with its age, a figure
# after the next name is that one's age too
_LISTED_AGE_BEFORE_RE = re.compile(r"\d{1,3},?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s*$")
# "Lee, of Southeast D.C. died": a home, not a victim
_HOME_BEFORE_RE = re.compile(r"\b(?:of|from)\s+$", _I)
# "his girlfriend", "a young girl": people, not a toll ("shooting kills 2")
_PERSON_OBJECT_RE = re.compile(r"(?:his|her|their|a|an)\s", _I)

# "is in stable condition", "remains in critical condition", "treated and released": the
# victim lives at the time of the report, so no dead come off the figure (a "taken to the
# hospital in critical condition" may have died since, and stays a hit)
_ALIVE_TRIGGER_RE = re.compile(
    r"(?:listed|remains?|remained)\s+in\s.*\bcondition|treated\s+and\s+released", _I | re.S)
_ALIVE_BEFORE_RE = re.compile(r"\b(?:is|are|now)\s+$", _I)


def alive_now(text: str, t_start: int, t_end: int) -> bool:
    """The trigger tells a victim alive now, not one hit who may since have died."""
    if _ALIVE_TRIGGER_RE.fullmatch(text, t_start, t_end) is not None:
        return True
    return text.startswith("in", t_start) and text[t_end - 9:t_end].lower() == "condition" \
        and _ALIVE_BEFORE_RE.search(text, max(0, t_start - 8), t_start) is not None
