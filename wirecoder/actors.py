"""Actor recognition, normalisation to ACLED-style names, roles and claims.

Reads: sentence texts of one incident, the incident's country. Writes: ``Actor`` and
``Claim`` records. Names follow ACLED: ``Military Forces of Egypt``, ``Police Forces of
Nigeria``, ``Unidentified Armed Group (Egypt)``, ``Civilians (India)``.

Roles come from the words around the actor phrase (passive "X were killed" makes X the
victim or target; "by Y", "with Y" after a clash word, or Y as the subject of an attack
verb makes Y the perpetrator), which holds up on upper-case wires where a parser does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wirecoder.model import Actor, Claim, ClaimStatus, Part, Role, Span

Namer = Callable[[str | None], str]


@dataclass(frozen=True)
class _Kind:
    pattern: str
    type: str  # ACLED actor type in words
    name: Namer
    armed: bool


def _of(label: str) -> Namer:
    return lambda country: f"{label} of {country}" if country else label


def _paren(label: str) -> Namer:
    return lambda country: f"{label} ({country})" if country else label


_KINDS: Sequence[_Kind] = (
    _Kind(r"police(?:men|women| officers?| personnel| constables?| forces?| patrols?| station)?"
          r"|policem[ae]n|(?:sheriff'?s )?deput(?:y|ies)|troopers?|constables?|cops?"
          r"|(?:paramilitary|riot|national|federal) police|gendarme(?:s|rie)?|CRPF|BSF|jawans?"
          r"|security personnel",
          "state forces", _of("Police Forces"), True),
    _Kind(r"troops|soldiers?|army|military|armed forces|servicem[ae]n|marines|paratroopers"
          r"|national guard(?:smen)?|security forces|government forces|(?:an? )?army patrol"
          r"|convoy|checkpoint|militiam[ae]n of the government",
          "state forces", _of("Military Forces"), True),
    _Kind(r"(?:islamist|islamic|jihadist|suspected islamist) (?:militants?|fighters?|extremists?|insurgents?"
          r"|gunmen)|jihadists?|islamists?",
          "rebel group", _paren("Unidentified Islamist militants"), True),
    _Kind(r"militants?|insurgents?|rebels?|guerrillas?|terrorists?|extremists?|separatists?"
          r"|maoists?|naxal(?:ite)?s?|fighters|militiam[ae]n|militias?|armed (?:men|group|groups)"
          r"|gunm[ae]n|assailants?|attackers?|bombers?|hijackers?|kidnappers?|abductors?"
          r"|(?:urban )?commandos?|terrorist commandos?|subversives?|bandits?",
          "rebel group", _paren("Unidentified Armed Group"), True),
    _Kind(r"(?:the )?(?:shooter|suspect|gunman|killer|man who opened fire)",
          "external/other", _paren("Unidentified Gang"), True),
    _Kind(r"protesters?|demonstrators?|marchers",
          "protesters", _paren("Protesters"), False),
    _Kind(r"rioters|mob",
          "rioters", _paren("Rioters"), False),
    _Kind(r"civilians?|villagers?|residents?|people|persons|passengers|worshippers?|students?"
          r"|children|child|schoolgirls?|schoolboys?|teenagers?|teens?|boys?|girls?|women|woman"
          r"|men|man|farmers?|peasants?|journalists?|shoppers|pilgrims|tourists|victims?"
          r"|family members|relatives|workers|priests?|jesuits|nuns?|officials?|judges?"
          r"|mayors?|councill?ors?|politicians?|candidates?|teachers?|doctors?|nurses?",
          "civilians", _paren("Civilians"), False),
)

_ACTOR = re.compile(
    r"\b(?:(?P<demonym>[A-Z][a-z]+(?:ian|ese|i|an|ish|ic)|[A-Z]{3,}(?:IAN|ESE|AN|ISH))\s+)?"
    + "(?:" + "|".join(f"(?P<k{i}>{k.pattern})" for i, k in enumerate(_KINDS)) + r")\b",
    re.IGNORECASE,
)

# Named armed groups, with ACLED-style names. "province" names are filled by country.
_GROUPS: Sequence[tuple[str, str, str]] = (
    (r"islamic state(?: group)?|\bISIS\b|\bISIL\b|\bIS\b(?= (?:group|militants|fighters|claimed))"
     r"|daesh|da'esh", "Islamic State", "rebel group"),
    (r"al[- ]qaeda in the arabian peninsula|\bAQAP\b", "Al Qaeda in the Arabian Peninsula", "rebel group"),
    (r"al[- ]qaeda in the islamic maghreb|\bAQIM\b", "Al Qaeda in the Islamic Maghreb", "rebel group"),
    (r"al[- ]qa[e']?ida", "Al Qaeda", "rebel group"),
    (r"tehrik-?i-?taliban(?: pakistan)?|\bTTP\b|pakistani taliban", "Tehrik-i-Taliban Pakistan", "rebel group"),
    (r"taliban", "Taliban", "rebel group"),
    (r"al[- ]shabaa?b", "Al Shabaab", "rebel group"),
    (r"boko haram|\bJAS\b", "Boko Haram", "rebel group"),
    (r"hezbollah|hizbollah|hizbullah", "Hezbollah", "political militia"),
    (r"\bhamas\b", "Hamas", "rebel group"),
    (r"houthis?|ansar allah", "Ansar Allah (Houthis)", "rebel group"),
    (r"\bPKK\b|kurdistan workers'? party", "PKK: Kurdistan Workers Party", "rebel group"),
    (r"\bFARC\b|revolutionary armed forces of colombia", "FARC: Revolutionary Armed Forces of Colombia", "rebel group"),
    (r"\bELN\b|national liberation army", "ELN: National Liberation Army", "rebel group"),
    (r"\bFMLN\b|farabundo marti", "FMLN: Farabundo Marti National Liberation Front", "rebel group"),
    (r"shining path|sendero luminoso", "Shining Path", "rebel group"),
    (r"\bMRTA\b|tupac amaru", "MRTA: Tupac Amaru Revolutionary Movement", "rebel group"),
    (r"medellin cartel|extraditables", "Medellin Cartel", "political militia"),
    (r"lashkar-?e-?ta[iy]y?ba|\bLeT\b", "Lashkar-e-Taiba", "rebel group"),
    (r"jaish-?e-?moh?ammad|\bJeM\b", "Jaish-e-Mohammed", "rebel group"),
    (r"hizb-?ul-?mujahideen|\bHM\b(?= militants)", "Hizbul Mujahideen", "rebel group"),
    (r"\bCPI-?\s?\(?maoist\)?|communist party of india[- ]\(?maoist\)?", "CPI (Maoist)", "rebel group"),
    (r"\bULFA\b", "ULFA: United Liberation Front of Assam", "rebel group"),
    (r"\bNSCN(?:-\w+)?\b", "NSCN: National Socialist Council of Nagaland", "rebel group"),
    (r"\bM23\b", "M23: March 23 Movement", "rebel group"),
    (r"\bADF\b|allied democratic forces", "ADF: Allied Democratic Forces", "rebel group"),
    (r"janjaweed", "Janjaweed", "political militia"),
    (r"rapid support forces|\bRSF\b", "RSF: Rapid Support Forces", "political militia"),
    (r"ansar bayt al-?maqdis", "Ansar Bayt al-Maqdis", "rebel group"),
    (r"\bJNIM\b|jama'?at nusrat al-?islam", "JNIM: Group for Support of Islam and Muslims", "rebel group"),
    (r"\bLTTE\b|tamil tigers", "LTTE: Liberation Tigers of Tamil Eelam", "rebel group"),
)
_GROUP = re.compile("|".join(f"(?P<g{i}>{rx})" for i, (rx, _, _) in enumerate(_GROUPS)),
                    re.IGNORECASE)
# A group the table does not know, named in apposition: "the extremist group Abu Sayyaf",
# "a militia called Jund al-Aqsa", "an outfit known as the Red Brigade".
_NAMED_AFTER_NOUN = re.compile(
    r"\b(?:group|movement|organi[sz]ation|outfit|militia|faction|front|brigade)\s+"
    r"(?:called\s+|known as\s+|named\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|of\s+|de\s+)?[A-Z][\w'’-]+){0,4})"
)
_IS_PROVINCE = {"EG": "Sinai Province", "NG": "West Africa Province", "AF": "Khorasan Province",
                "PK": "Khorasan Province", "LY": "Libya Province", "SO": "Somalia Province",
                "MZ": "Mozambique Province", "CD": "Central Africa Province",
                "PH": "East Asia Province", "YE": "Yemen Province"}

_VICTIM_AFTER = re.compile(
    r"^[\s,]*(?:(?:and|or)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?P<aux>(?:were|was|have been|had been|has been|are|is|being|got)\s+)?"
    r"(?:(?:all|reportedly|later|also|critically|seriously|fatally|late on \w+|on \w+)\s+)*"
    r"(?:killed|wounded|injured|hurt|shot|ambushed|attacked|targeted|abducted|kidnapped|murdered|"
    r"massacred|slain|dead|died|executed|beheaded|hit|taken hostage|among the dead|among those)",
    re.IGNORECASE,
)
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|attacked|attacking|ambushed|targeted"
    r"|targeting|abducted|kidnapped|murdered|shot|shooting|massacred|executed|on|against"
    r"|hit|struck)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_PERP_BEFORE = re.compile(
    r"(?:\bby|clash(?:es|ed)? with|fighting with|fight with|battle with|gunfight with"
    r"|firefight with|encounter with|attributed to|blamed on|suspected)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# ", which has carried out dozens of bombings": a record, not this incident's author.
_RELATIVE = re.compile(r"^[\s,]*(?:which|who|that)\s+(?:has|have|had)\b", re.IGNORECASE)
_FIGHT_AFTER = re.compile(r"^[\s,]*(?:\w+\s+)?(?:clashed|fought|battled|exchanged fire)\b",
                          re.IGNORECASE)
_PERP_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+){0,2}(?:attacks?|assaults?|bombings?|offensive|ambush|raids?)\b"
    r"|^[\s,]*(?:\w+\s+){0,2}?(?:attacked|ambushed|stormed|raided|killed|opened fire|fired|shot|"
    r"detonated|set off|planted|bombed|abducted|kidnapped|carried out|launched|struck|"
    r"massacred|murdered|seized|shelled|exploded|blew)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Countries:
    """The two country look-ups actors need, supplied by the gazetteer."""

    code_of: Callable[[str], str | None]  # "Egyptian" / "Egypt" -> "EG"
    name_of: Callable[[str], str | None]  # "EG" -> "Egypt"


def find_actors(
    text: str, countries: Countries, *, country_code: str | None = None, offset: int = 0,
    part: Part = "text",
) -> list[Actor]:
    """Actors named in one sentence, with roles read off the words around them.

    A demonym before an actor ("Egyptian troops") gives its country; otherwise the
    incident's ``country_code`` qualifies it.
    """
    country_name = countries.name_of(country_code) if country_code else None
    out: list[Actor] = []
    for m in _NAMED_AFTER_NOUN.finditer(text):
        name = m.group("name")
        if _GROUP.fullmatch(name):
            continue  # a known group: the table below names it
        role = _role(text, m.start(), m.end(), armed=True)
        out.append(Actor(role, m.group(), name, "rebel group", country_code,
                         Span(offset + m.start(), offset + m.end(), m.group(), part)))
    for m in _GROUP.finditer(text):
        i = int((m.lastgroup or "g0")[1:])
        _, name, gtype = _GROUPS[i]
        if name == "Islamic State" and country_code in _IS_PROVINCE:
            name = f"Islamic State ({_IS_PROVINCE[country_code]})"
        role = _role(text, m.start(), m.end(), armed=True)
        out.append(Actor(role, m.group(), name, gtype, country_code,
                         Span(offset + m.start(), offset + m.end(), m.group(), part)))
    for m in _ACTOR.finditer(text):
        if any(a.span and a.span.start - offset <= m.start() < a.span.end - offset for a in out):
            continue
        which = next(k for k in m.groupdict() if k.startswith("k") and m.group(k))
        kind = _KINDS[int(which[1:])]
        demonym = m.group("demonym")
        cc, cname = country_code, country_name
        if demonym:
            dcc = countries.code_of(demonym)
            if dcc is None:
                # Not a demonym ("Islamic militants", "Several soldiers"): keep the words.
                if kind.type == "rebel group" and demonym.lower() in ("islamic", "islamist"):
                    kind = _KINDS[2]
            else:
                cc, cname = dcc, countries.name_of(dcc) or dcc
        role = _role(text, m.start(), m.end(), armed=kind.armed)
        out.append(Actor(role, m.group(), kind.name(cname), kind.type, cc,
                         Span(offset + m.start(), offset + m.end(), m.group(), part)))
    return out


def _role(text: str, start: int, end: int, *, armed: bool) -> Role:
    before, after = text[max(0, start - 60):start], text[end:end + 70]
    if _PERP_BEFORE.search(before):
        return "perpetrator"
    m = _VICTIM_AFTER.match(after)
    # Headlines drop the auxiliary ("Soldier killed"), but "militants attacked" is active:
    # for armed actors only an explicit auxiliary makes the verb passive.
    if m and (not armed or m.group("aux")):
        return "target" if armed else "victim"
    if armed and _PERP_AFTER.match(after) and not _RELATIVE.match(after):
        return "perpetrator"
    if armed and _FIGHT_AFTER.match(after):
        # "troops clashed with X": X, after "with", is the perpetrator; the subject the
        # other side.
        return "target"
    if _VICTIM_BEFORE.search(before):
        return "target" if armed else "victim"
    return "other"


_CLAIM = re.compile(
    r"(?P<false>false|fake|bogus|fabricated)\s+claims?\b[^.]{0,60}?\bby\s+(?:the\s+)?(?P<fa>[^,.;]{2,80})"
    r"|(?P<unv>claim(?:s|ed)?[^.]{0,80}?(?:could not be|can ?not be|was not|were not|has not been)"
    r"\s+(?:independently\s+)?verified)"
    r"|(?P<deny>(?:denied|denies|rejected)\s+(?:any\s+)?(?:involvement|responsibility|"
    r"(?:any\s+)?role|(?:carrying out|being behind)))"
    r"|(?P<claim>claimed(?:\s+responsibility)?(?:\s+for)?|took responsibility|said it (?:was behind|carried out))",
    re.IGNORECASE,
)
_NOT_YET = re.compile(r"(?:no|not yet been a|not been any|nobody has|no one has|no group has)\s+"
                      r"(?:\w+\s+){0,3}claim", re.IGNORECASE)


def find_claims(text: str, actors: Sequence[Actor], *, offset: int = 0,
                part: Part = "text") -> list[Claim]:
    """Claims of responsibility in one sentence, tied to the nearest named group."""
    out: list[Claim] = []
    if _NOT_YET.search(text):
        return out
    groups = [a for a in actors if a.type in ("rebel group", "political militia") and a.span
              and not a.name.startswith("Unidentified")]
    for m in _CLAIM.finditer(text):
        status: ClaimStatus
        if m.group("false"):
            status = "false"
        elif m.group("unv"):
            status = "unverified"
        elif m.group("deny"):
            status = "denied"
        else:
            status = "claimed"
        pos = m.start() + offset
        if status == "false" and m.group("fa"):
            pos = m.start("fa") + offset
            near = [g for g in groups if g.span and g.span.start >= pos]
            who = min(near, key=lambda g: g.span.start if g.span else 0) if near else None
            name = who.name if who else _proper_tail(m.group("fa"))
        else:
            who = _nearest(groups, pos, before_only=status in ("claimed", "denied"))
            name = who.name if who else None
        if not name:
            continue
        out.append(Claim(name, status, Span(offset + m.start(), offset + m.end(), m.group(), part)))
    return out


def _nearest(groups: Sequence[Actor], pos: int, *, before_only: bool) -> Actor | None:
    cands = [g for g in groups if g.span and (g.span.end <= pos or not before_only)]
    if not cands:
        cands = list(groups)
    if not cands:
        return None
    return min(cands, key=lambda g: abs((g.span.start if g.span else 0) - pos))


def _proper_tail(words: str) -> str | None:
    caps = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", words)
    return caps[-1] if caps else None
