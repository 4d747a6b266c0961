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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from wirecoder._scan import prefix_words, word_starts
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
          r"|(?:paramilitary|riot|national|federal|secret) police|gendarme(?:s|rie)?|CRPF|BSF"
          r"|jawans?|security personnel|(?-i:UMOPAR|DAS)",
          "state forces", _of("Police Forces"), True),
    _Kind(r"troops|soldiers?|army|military|armed forces|servicem[ae]n|marines|paratroopers"
          r"|national guard(?:smen)?|security forces|government forces|(?:an? )?army patrol"
          r"|air force|navy|(?:infantry |counterinsurgency )?battalions?|military units?"
          r"|convoy|checkpoint|militiam[ae]n of the government"
          # The post or unit attacked stands for the soldiers in it ("an attack on the 5th
          # infantry brigade", "rebels overran a garrison").
          r"|(?:infantry|artillery|army) brigades?|garrisons?|barracks"
          r"|(?:army|military) (?:posts?|positions?|bases?|detachments?|outposts?)",
          "state forces", _of("Military Forces"), True),
    _Kind(r"(?:islamist|islamic|jihadist|suspected islamist) (?:militants?|fighters?|extremists?"
          r"|insurgents?|gunmen)|jihadists?|islamists?",
          "rebel group", _paren("Unidentified Islamist militants"), True),
    _Kind(r"(?:urban )?(?:militants?|insurgents?|rebels?|guerrill?as?|terrorists?|extremists?"
          r"|separatists?|maoists?|naxal(?:ite)?s?|fighters|militiam[ae]n|militias?"
          r"|armed (?:men|group|groups|individuals)|gunm[ae]n|assailants?|attackers?|bombers?"
          r"|hijackers?|kidnappers?|abductors?|commandos?|terrorist commandos?|subversives?"
          r"|bandits?|narcoterrorists?)",
          "rebel group", _paren("Unidentified Armed Group"), True),
    # Unnamed killers of a crime report: ACLED codes an unidentified armed actor.
    _Kind(r"(?:the )?(?:shooters?|suspects?|killers?|murderers?|hitm[ae]n|assassins?"
          r"|man who opened fire)",
          "political militia", _paren("Unidentified Armed Group"), True),
    _Kind(r"death squads?|paramilitar(?:y|ies)(?: groups?| forces| squads?)?|vigilantes?",
          "political militia", _paren("Unidentified Armed Group"), True),
    _Kind(r"protesters?|demonstrators?|marchers",
          "protesters", _paren("Protesters"), False),
    _Kind(r"rioters|mob",
          "rioters", _paren("Rioters"), False),
    _Kind(r"civilians?|villagers?|residents?|people|persons|passengers|worshippers?|students?"
          r"|children|child|schoolgirls?|schoolboys?|teenagers?|teens?|boys?|girls?|women|woman"
          r"|men|man|farmers?|peasants?|journalists?|reporters?|shoppers|pilgrims|tourists"
          r"|victims?|family members|relatives|workers|priests?|jesuits|nuns?|missionaries"
          r"|officials?|judges?|mayors?|councill?ors?|politicians?|candidates?|teachers?"
          r"|doctors?|nurses?|businessm[ae]n|diplomats?|engineers?",
          "civilians", _paren("Civilians"), False),
)
_CIVILIAN_KINDS = frozenset(i for i, k in enumerate(_KINDS) if k.type == "civilians")

_ACTOR = re.compile(
    r"\b(?:(?P<demonym>[A-Z][a-z]+(?:ian|ese|i|an|ish|ic)|[A-Z]{3,}(?:IAN|ESE|AN|ISH))\s+)?"
    + "(?:" + "|".join(f"(?P<k{i}>{k.pattern})" for i, k in enumerate(_KINDS)) + r")\b",
    re.IGNORECASE,
)

# Named armed groups, with ACLED-style names (acronym first, so that either form of the
# name a source uses is contained in it). Acronyms that are also words are matched in
# capitals only.
_GROUPS: Sequence[tuple[str, str, str]] = (
    (r"islamic state(?: group)?|(?-i:\bISIS\b|\bISIL\b|\bIS\b)(?= (?:group|militants|fighters|claimed))"
     r"|daesh|da'esh", "Islamic State", "rebel group"),
    (r"al[- ]qaeda in the arabian peninsula|(?-i:\bAQAP\b)", "Al Qaeda in the Arabian Peninsula",
     "rebel group"),
    (r"al[- ]qaeda in the islamic maghreb|(?-i:\bAQIM\b)", "Al Qaeda in the Islamic Maghreb",
     "rebel group"),
    (r"al[- ]qa(?:'?i|e|ei)da", "Al Qaeda", "rebel group"),
    (r"tehr[ie]e?k-?i-?taliban(?: pakistan)?|(?-i:\bTTP\b)|pakistani taliban",
     "TTP: Tehrik-i-Taliban Pakistan", "rebel group"),
    (r"taliban", "Taliban", "rebel group"),
    (r"al[- ]shabaa?b", "Al Shabaab", "rebel group"),
    (r"boko haram|(?-i:\bJAS\b)", "Boko Haram", "rebel group"),
    (r"hezbollah|hizbollah|hizbullah", "Hezbollah", "political militia"),
    (r"\bhamas\b", "Hamas", "rebel group"),
    (r"houthis?|ansar allah", "Ansar Allah (Houthis)", "rebel group"),
    (r"(?-i:\bPKK\b)|kurdistan workers'? party", "PKK: Kurdistan Workers Party", "rebel group"),
    # Latin America.
    (r"(?-i:\bFARC\b)|revolutionary armed forces of colombia",
     "FARC: Revolutionary Armed Forces of Colombia", "rebel group"),
    (r"(?-i:\bELN\b)|(?:colombian |bolivian )?(?:national liberation army|army of national"
     r" liberation)", "ELN: National Liberation Army", "rebel group"),
    (r"(?-i:\bEPL\b)|popular liberation army", "EPL: Popular Liberation Army", "rebel group"),
    (r"(?-i:\bM-?19\b)|april 19(?:th)? movement|19th of april movement",
     "M-19: 19th of April Movement", "rebel group"),
    (r"(?-i:\bFMLN\b)|farabundo marti(?: national liberation front)?",
     "FMLN: Farabundo Marti National Liberation Front", "rebel group"),
    (r"(?-i:\bURNG\b)|guatemalan national revolutionary unity",
     "URNG: Guatemalan National Revolutionary Unity", "rebel group"),
    (r"(?-i:\bFPMR\b)|manuel rodriguez patriotic front", "FPMR: Manuel Rodriguez Patriotic Front",
     "rebel group"),
    (r"(?-i:\bFPM\b)|morazanist patriotic front", "FPM: Morazanist Patriotic Front", "rebel group"),
    (r"cinchoneros?(?: popular liberation movement)?",
     "MPL-Cinchoneros: Cinchonero Popular Liberation Movement", "rebel group"),
    (r"zarate[- ]will?[ck]a(?: (?:armed forces of liberation|liberation armed forces"
     r"|armed forces liberation))?", "FAL-ZW: Zarate Willka Armed Forces of Liberation",
     "rebel group"),
    (r"secret anti-?communist army|(?-i:\bESA\b)", "ESA: Secret Anticommunist Army",
     "political militia"),
    (r"shining path|sendero luminoso", "Shining Path (Sendero Luminoso)", "rebel group"),
    (r"(?-i:\bMRTA\b)|tupac amaru(?: revolutionary movement)?",
     "MRTA: Tupac Amaru Revolutionary Movement", "rebel group"),
    (r"medellin cartel|extraditables", "Medellin Cartel (The Extraditables)", "political militia"),
    (r"cali cartel", "Cali Cartel", "political militia"),
    (r"\bcontras\b|nicaraguan resistance", "Contras", "rebel group"),
    # South Asia.
    (r"lashkar-?e-?ta[iy]y?ba|(?-i:\bLeT\b)", "LeT: Lashkar-e-Taiba", "rebel group"),
    (r"lashkar-?e-?jhangvi|(?-i:\bLeJ\b)", "LeJ: Lashkar-e-Jhangvi", "rebel group"),
    (r"jaish-?e-?moh?amm[ae]d|(?-i:\bJeM\b)", "JeM: Jaish-e-Mohammed", "rebel group"),
    (r"hizb-?ul[- ]?mujahideen|hizbul|(?-i:\bHM\b)(?= militants)", "HM: Hizbul Mujahideen",
     "rebel group"),
    (r"harkat-?ul[- ]?mujahideen|(?-i:\bHuM\b)", "HuM: Harkat-ul-Mujahideen", "rebel group"),
    (r"jama'?at-?ul-?mujahideen(?: bangladesh)?|(?-i:\bJMB\b)",
     "JMB: Jamaat-ul-Mujahideen Bangladesh", "rebel group"),
    (r"(?-i:\bCPI\b)\s?-?\s?\(?maoists?\)?|communist party of india[- ]\(?maoist\)?",
     "CPI (Maoist): Communist Party of India (Maoist)", "rebel group"),
    (r"(?-i:\bULFA\b)(?:-I\b)?|united liberation front of asom|united liberation front of assam",
     "ULFA: United Liberation Front of Assam", "rebel group"),
    (r"(?-i:\bNDFB\b)(?:\s?\(S\)|-S\b)?|national democratic front of bodoland",
     "NDFB: National Democratic Front of Bodoland", "rebel group"),
    (r"(?-i:\bUNLFW\b)|united national liberation front of western south east asia",
     "UNLFW: United National Liberation Front of Western South East Asia", "rebel group"),
    (r"(?-i:\bNSCN\b)(?:-\w+)?", "NSCN: National Socialist Council of Nagaland", "rebel group"),
    (r"(?-i:\bBLA\b)|baloch liberation army", "BLA: Baloch Liberation Army", "rebel group"),
    (r"(?-i:\bLTTE\b)|tamil tigers|liberation tigers of tamil eelam",
     "LTTE: Liberation Tigers of Tamil Eelam", "rebel group"),
    # Africa and elsewhere.
    (r"(?-i:\bM23\b)", "M23: March 23 Movement", "rebel group"),
    (r"(?-i:\bADF\b)|allied democratic forces", "ADF: Allied Democratic Forces", "rebel group"),
    (r"janjaweed", "Janjaweed", "political militia"),
    (r"rapid support forces|(?-i:\bRSF\b)", "RSF: Rapid Support Forces", "political militia"),
    (r"ansar bayt al-?maqdis", "Ansar Bayt al-Maqdis", "rebel group"),
    (r"(?-i:\bJNIM\b)|jama'?at nusrat al-?islam", "JNIM: Group for Support of Islam and Muslims",
     "rebel group"),
)
_GROUP = re.compile(r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (rx, _, _) in enumerate(_GROUPS))
                    + ")", re.IGNORECASE)
# Every name in the table holds one of these words (lower-cased), or a word starting with
# one of these four- or five-letter stems, or one of the acronyms as written; a sentence
# with none skips the (slow) table regex. The stems avoid everyday words ("is", "april",
# "community", "p.m."): a filter that every crime report passed saved nothing.
_GROUP_KEYS = frozenset({
    "islam", "daesh", "da", "qaeda", "qaida", "qaeida", "qa", "tehri", "tehre", "talib", "shaba",
    "boko", "hezbo", "hizbo", "hizbu", "hizb", "hamas", "houth", "ansar", "kurdi",
    "liberation", "revol", "movem", "farab", "guate", "manue", "moraz", "cinch", "zarat",
    "communist", "anticommunist", "shini", "sende", "tupac", "medel", "extraditables",
    "cartel", "contras", "nicar", "lashk", "jaish", "harka", "jama", "jamaa", "bodol", "allied",
    "janja", "rapid", "nusra", "tamil", "baloc",
})
_GROUP_ACRONYMS = frozenset({
    "IS", "ISIS", "ISIL", "AQAP", "AQIM", "TTP", "JAS", "PKK", "FARC", "ELN", "EPL", "M", "M19",
    "FMLN", "URNG", "FPMR", "FPM", "ESA", "MRTA", "LeT", "LeJ", "JeM", "HM", "HuM", "JMB",
    "CPI", "ULFA", "NDFB", "UNLFW", "NSCN", "BLA", "LTTE", "M23", "ADF", "RSF", "JNIM",
})
_WORD = re.compile(r"[a-z0-9]+")
_CASED_WORD = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=8_192)
def _may_name_group(text: str) -> bool:
    # Cached: the same sentence is asked about by every incident that reads it.
    return any(w in _GROUP_KEYS or w[:4] in _GROUP_KEYS or w[:5] in _GROUP_KEYS
               for w in _WORD.findall(text.lower())) or not _GROUP_ACRONYMS.isdisjoint(
                   _CASED_WORD.findall(text))
# Words around a group's name that belong to the same actor phrase: "members of the",
# "self-styled", a bracketed expansion "(ELN)", a member noun "guerrillas", "group".
_GROUP_HEAD = re.compile(
    r"(?:\b(?:(?:alleged|suspected|presumed|leftist|urban|armed)\s+)?(?:members?|guerrill?as?|militants?|rebels?|terrorists?|insurgents?"
    r"|(?:urban\s+)?command(?:o)?s?|fighters|cadres?|columns?|units?|detachments?|fronts?)"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+front\s+of\s+(?:the\s+)?)?)?"
    r"(?:(?:the|a|an|self-?\s?styled|so-called|pro-maoist|maoist|leftist|rightist|alleged"
    r"|suspected|clandestine)\s+)*[\"“]?$",
    re.IGNORECASE,
)
_GROUP_TAIL = re.compile(
    r"[\"”]?(?:\s*[\[(][^\])\[(]{1,70}[\])])?"
    r"(?:\s+(?:\d+\w*\s+)?(?:urban\s+)?(?:group|organi[sz]ation|guerrill?as?|terrorists?"
    r"|terrorist organi[sz]ation|command(?:o)?s?|rebels?|militants?|members|fighters|cadres"
    r"|columns?|units?|insurgents?|gunmen|front))?(?!\w)",
    re.IGNORECASE,
)
# A group the table does not know, named in apposition: "the extremist group Abu Sayyaf",
# "a militia called Jund al-Aqsa", "an outfit known as the Red Brigade".
_NAMED_AFTER_NOUN = re.compile(
    r"\b(?:group|movement|organi[sz]ation|outfit|militia|faction|front|brigade)\s+"
    r"(?:called\s+|known as\s+|named\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|of\s+|de\s+)?[A-Z][\w'’-]+){0,4})"
)
# A group naming itself, which works on upper-case wires too: 'a group calling itself the
# X Commando Unit', 'the self-styled "X"'. Unquoted names must end in an organisation noun.
_SELF_NAMED = re.compile(
    r"\b(?:calling (?:itself|themselves)|self-?\s?styled|so-called|known as"
    r"|(?:clandestine|terrorist|guerrilla|armed|paramilitary|rebel) (?:group|organi[sz]ation"
    r"|movement))\s+(?:the\s+)?"
    r"(?:[\"“](?P<q>[^\"”]{3,60})[\"”]"
    r"|(?P<w>(?:[\w'-]+\s+){0,5}(?:army|front|movement|command|commandos?|forces?|brigades?"
    r"|unit|patriots|squad|alliance|cartel|vanguard)(?:\s+of\s+[\w-]+)?)\b)",
    re.IGNORECASE,
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
# The source's attribution makes the perpetrator, as ACLED codes a reported or suspected
# author ("police blamed X", "the work of X", "attributed to X").
_PERP_BEFORE = re.compile(
    r"(?:\bby|clash(?:es|ed)? with|fighting with|fight with|battle with|gunfight with"
    r"|firefight with|encounter with|attributed (?:\w+\s+){0,3}?to|blamed (?:\w+\s+){0,3}?on"
    r"|suspected|work of|blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)"
    r"|implicat(?:e|ed|es|ing)|involved)\s+[\"“\[(]?(?:[\w'\"“-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ", which has carried out dozens of bombings": a record, not this incident's author.
_RELATIVE = re.compile(r"^[\s,]*(?:which|who|that)\s+(?:has|have|had)\b", re.IGNORECASE)
_FIGHT_AFTER = re.compile(r"^[\s,]*(?:\w+\s+)?(?:clashed|fought|battled|exchanged fire)\b",
                          re.IGNORECASE)
_PERP_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+){0,2}(?:attacks?|assaults?|bombings?|offensive|ambush|raids?)\b"
    r"|^[\s,]*(?:(?:have|has|had|reportedly|allegedly|apparently|also|then|later|today"
    r"|yesterday|tonight|on \w+|last \w+|\w+ly)\s+){0,3}"
    r"(?:\w+\s+){0,1}?(?:attacked|ambushed|stormed|raided|killed|opened fire|fired|shot|"
    r"detonated|set off|set fire|planted|bombed|abducted|kidnapped|carried out|launched|struck|"
    r"massacred|murdered|seized|shelled|exploded|blew|perpetrated|overpowered|burned|torched"
    r"|destroyed|dynamited|sabotaged|assassinated|machine-?gunned|strafed|hurled|threw"
    r"|executed|hijacked|occupied|took over|fired on|(?:was|were|is|are) responsible"
    r"|(?:(?:is|are|was|were) )?(?:being )?held responsible)",
    re.IGNORECASE,
)
# "hold X responsible", "X were held responsible": the words after the actor finish it.
_RESPONSIBLE_AFTER = re.compile(r"^[\s\]\)\"”]*(?:\w+\s+){0,2}?responsible\b", re.IGNORECASE)
_HOLD_BEFORE = re.compile(r"\bh[oe]ld(?:s|ing)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class Countries:
    """The two country look-ups actors need, supplied by the gazetteer."""

    code_of: Callable[[str], str | None]  # "Egyptian" / "Egypt" -> "EG"
    name_of: Callable[[str], str | None]  # "EG" -> "Egypt"


_ACTOR_LOW = re.compile(_ACTOR.pattern.lower().replace("(?p<", "(?P<"))


# Starts shorter than a word of three ("an army patrol") are reached from the actor word
# after them, as the demonym is.
_KIND_STARTS = word_starts("|".join(k.pattern for k in _KINDS), partial=True)


def _actor_matches(low: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ACTOR_LOW.finditer(low)``, sought only at words that can begin one.

    A match starts at an actor word or at the (demonym, article) word just before one, so
    each word whose first three letters can open an actor word is tried with the word
    before it first. Trying the whole pattern at every word was the coder's costliest
    search.
    """
    if _KIND_STARTS is None:
        yield from _ACTOR_LOW.finditer(low)
        return
    pos = 0
    prev_start = prev_end = -1
    for start, end in prefix_words(low):
        if start >= pos and low[start:start + 3] in _KIND_STARTS:
            m = None
            if prev_start >= pos and low[prev_end:start].isspace() and low[prev_start:prev_end].isalpha():
                m = _ACTOR_LOW.match(low, prev_start)
            if m is None:
                m = _ACTOR_LOW.match(low, start)
            if m is not None:
                yield m
                pos = m.end()
        prev_start, prev_end = start, end


def find_actors(
    text: str, countries: Countries, *, country_code: str | None = None, offset: int = 0,
    part: Part = "text",
) -> list[Actor]:
    """Actors named in one sentence, with roles read off the words around them.

    A demonym before an actor ("Egyptian troops") gives its country; otherwise the
    incident's ``country_code`` qualifies it. A named group's phrase takes in the words
    that belong to it ("members of the", a bracketed expansion, "guerrillas"), so that
    its role is read outside the phrase and no generic actor is found inside it.
    """
    country_name = countries.name_of(country_code) if country_code else None
    out: list[Actor] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(role: Role, s: int, e: int, name: str, atype: str, cc: str | None) -> None:
        taken.append((s, e))
        out.append(Actor(role, text[s:e], name, atype, cc,
                         Span(offset + s, offset + e, text[s:e], part)))

    for m in _GROUP.finditer(text) if _may_name_group(text) else ():
        if not free(m.start(), m.end()):
            continue  # the expansion in brackets of a group already found
        i = int((m.lastgroup or "g0")[1:])
        _, name, gtype = _GROUPS[i]
        if name == "Islamic State" and country_code in _IS_PROVINCE:
            name = f"Islamic State ({_IS_PROVINCE[country_code]})"
        s, e = _extend(text, m.start(), m.end())
        add(_role(text, s, e, armed=True), s, e, name, gtype, country_code)
    for m in _SELF_NAMED.finditer(text):
        g = "q" if m.group("q") else "w"
        s, e = m.span(g)
        if not free(s, e):
            continue
        s, e = _extend(text, s, e)
        add(_role(text, s, e, armed=True), s, e, _title(m.group(g)), "rebel group", country_code)
    for m in _NAMED_AFTER_NOUN.finditer(text):
        if not free(m.start(), m.end()) or _GROUP.fullmatch(m.group("name")):
            continue
        add(_role(text, m.start(), m.end(), armed=True), m.start(), m.end(), m.group("name"),
            "rebel group", country_code)
    low = text.lower()
    # The lower-cased text matched case-sensitively is 2.5x faster than IGNORECASE; the
    # slow path remains for the rare letters whose lower case changes the length.
    matches = _actor_matches(low) if len(low) == len(text) else _ACTOR.finditer(text)
    for m in matches:
        if not free(m.start(), m.end()):
            continue
        which = next(k for k in m.groupdict() if k.startswith("k") and m.group(k))
        ki = int(which[1:])
        kind = _KINDS[ki]
        demonym = text[m.start("demonym"):m.end("demonym")] if m.group("demonym") else None
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
        if role == "perpetrator" and ki in _CIVILIAN_KINDS:
            role = "other"  # "examined by doctors": civilians are never an attack's author
        add(role, m.start(), m.end(), kind.name(cname), kind.type, cc)
    return out


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    head = _GROUP_HEAD.search(text, max(0, start - 70), start)
    if head is not None and head.end() == start:
        start = head.start()
    tail = _GROUP_TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    return start, end


def _title(words: str) -> str:
    words = " ".join(words.split())
    return words.title() if words.isupper() else words


def _role(text: str, start: int, end: int, *, armed: bool) -> Role:
    before, after = text[max(0, start - 60):start], text[end:end + 70]
    if _PERP_BEFORE.search(before):
        return "perpetrator"
    if armed and _HOLD_BEFORE.search(before) and _RESPONSIBLE_AFTER.match(after):
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


_ATTACK_NOUN = (r"(?:attacks?|bombings?|blasts?|killings?|murders?|assassinations?|kidnappings?"
                r"|abductions?|explosions?|ambush(?:es)?|raids?|operations?|actions?|massacres?"
                r"|strikes?|assaults?|shootings?|arson|sabotage|incident)")
_CLAIM = re.compile(
    r"(?P<false>false|fake|bogus|fabricated)\s+claims?\b[^.]{0,60}?\bby\s+(?:the\s+)?(?P<fa>[^,.;]{2,80})"
    r"|(?P<unv>claim(?:s|ed)?[^.]{0,80}?(?:could not be|can ?not be|was not|were not|has not been)"
    r"\s+(?:independently\s+)?verified)"
    r"|(?P<deny>(?:denied|denies|deny|denying|rejected)\s+(?:any\s+)?(?:involvement|responsibility"
    r"|participation|(?:any\s+)?(?:role|part)|(?:having\s+)?(?:carried out|carrying out|committed"
    r"|participated|perpetrated)|(?:being behind)))"
    r"|(?P<by>(?:was|were|has been|have been|had been|is|are)\s+claimed\s+by)"
    r"|(?P<claim>claim(?:ed|s|ing)?\s+(?:full\s+)?(?:responsibility|credit|authorship)"
    r"|(?:took|takes|accepted|accepts|assumed|assumes|admitted|acknowledged)\s+(?:full\s+)?"
    r"(?:responsibility|credit)"
    r"|claimed\s+(?:the\s+|this\s+|that\s+|an?\s+|[\w-]+'s\s+)?(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN
    + r"|said it (?:was behind|carried out))",
    re.IGNORECASE,
)
_NOT_YET = re.compile(r"(?:\bno|not yet been a|not been any|nobody|no one|no group)\s+"
                      r"(?:\w+\s+){0,3}claim", re.IGNORECASE)
_CLAIMANT_TYPES = frozenset({"rebel group", "political militia", "state forces"})
# A word every branch of _CLAIM (and _NOT_YET) needs, with the same flags: a sentence
# without one has no claim, and one cheap scan spares the full pattern.
_CLAIM_HINT = re.compile(r"claim|responsib|credit|deni|deny|rejected|said it", re.IGNORECASE)


def find_claims(text: str, actors: Sequence[Actor], *, offset: int = 0,
                part: Part = "text") -> list[Claim]:
    """Claims of responsibility in one sentence, tied to the nearest named group."""
    out: list[Claim] = []
    if not _CLAIM_HINT.search(text) or _NOT_YET.search(text):
        return out
    # The state claims too ("the army accepted responsibility"); unnamed actors do not.
    # Whoever the sentence makes a target or victim is not the claimant ("X has claimed
    # attacks on police": the police did not claim them).
    groups = [a for a in actors if a.type in _CLAIMANT_TYPES and a.span
              and not a.name.startswith("Unidentified") and a.role not in ("target", "victim")]
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
        elif m.group("by"):
            # "the killing was claimed by the X group": the claimant follows.
            after = [g for g in groups if g.span and g.span.start >= pos]
            who = min(after, key=lambda g: g.span.start if g.span else 0) if after else None
            name = who.name if who else None
        else:
            who = _nearest(groups, pos, before_only=status in ("claimed", "denied"))
            name = who.name if who else None
            if who is None and status in ("claimed", "denied"):
                # An unknown group named just before the verb ("Jund Ansar has claimed ..."):
                # its capitalised name still names the claimant.
                name = _proper_tail(text[max(0, m.start() - 40):m.start()].rstrip(
                    " ,").removesuffix(" has").removesuffix(" have").removesuffix(" had"))
        if not name:
            continue
        out.append(Claim(name, status, Span(offset + m.start(), offset + m.end(), m.group(), part)))
    return out


def _nearest(groups: Sequence[Actor], pos: int, *, before_only: bool) -> Actor | None:
    cands = [g for g in groups if g.span and (g.span.end <= pos or not before_only)]
    if not cands:
        return None
    return min(cands, key=lambda g: abs((g.span.start if g.span else 0) - pos))


def _proper_tail(words: str) -> str | None:
    caps = re.findall(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", words)
    return caps[-1] if caps else None


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


_CLAIM_WORD = re.compile(r"claim|responsib|credit", re.IGNORECASE)


def report_attribution(text: str, countries: Countries, *, country_code: str | None = None,
                       part: Part = "text", claimed_only: bool = False) -> Actor | None:
    """The named actor a whole report holds responsible, for an incident whose own
    sentences name none: the first group that claimed it, else the named armed group the
    report most often casts as perpetrator. A group that denied it, or whose claim is
    called false, is never returned.
    """
    if not _may_name_group(text) and not _SELF_NAMED.search(text):
        return None
    claimed: list[str] = []
    perps: list[Actor] = []
    by_name: dict[str, Actor] = {}
    rejected: set[str] = set()
    for m in _SENTENCE.finditer(text):
        sent = m.group()
        # Only sentences that may name a group, or speak of a claim, can change the answer;
        # skipping the rest keeps this cheap on long crime reports.
        if not (_may_name_group(sent) or _SELF_NAMED.search(sent) or _CLAIM_WORD.search(sent)):
            continue
        found = find_actors(sent, countries, country_code=country_code, offset=m.start(),
                            part=part)
        named = [a for a in found if a.type in _CLAIMANT_TYPES
                 and not a.name.startswith("Unidentified")]
        if not named:
            continue
        for a in named:
            by_name.setdefault(a.name, a)
        for c in find_claims(sent, found, offset=m.start(), part=part):
            if c.status == "claimed":
                claimed.append(c.actor)
            elif c.status in ("false", "denied"):
                rejected.add(c.actor)
        perps.extend(a for a in named if a.role == "perpetrator" and a.type != "state forces")
    for name in claimed:
        if name not in rejected and name in by_name:
            a = by_name[name]
            return Actor("perpetrator", a.text, a.name, a.type, a.country_code, a.span)
    if claimed_only:
        return None
    tally: dict[str, int] = {}
    for a in perps:
        if a.name not in rejected:
            tally[a.name] = tally.get(a.name, 0) + 1
    if not tally:
        return None
    best = max(tally, key=lambda n: tally[n])  # first named wins a tie: dicts keep order
    return next(a for a in perps if a.name == best)
