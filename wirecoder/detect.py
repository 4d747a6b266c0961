"""Incident triggers and event types.

Reads: a sentence's text. Writes: ``Trigger`` records (what kind of violence the words
name) and, for a group of triggers that make one incident, the ACLED event type,
sub-event type and disorder type.

The lexicon is matched case-insensitively so upper-case wires code like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from wirecoder._scan import WordScan
from wirecoder.model import Part, Span

TriggerKind = Literal[
    "suicide", "airstrike", "shelling", "explosive", "grenade", "battle", "ambush",
    "targeted", "attack", "shooting", "killing", "murder", "abduction", "sexual", "arson",
    "protest", "riot",
]


@dataclass(frozen=True)
class Trigger:
    kind: TriggerKind
    span: Span
    #: "the attack", "the blast": the words point back to an incident already told.
    anaphoric: bool = False
    #: plural or habitual ("attacks", "bombings"): a pattern, not one incident; or not
    #: done at all, only planned, threatened or foretold ("a plot to murder him").
    generic: bool = False


# What a one-sided attack is aimed at: where people live, travel, work or are served,
# never a post of armed men (a "police headquarters" or an "army base" is not matched:
# no word of arms may stand between the determiner and the noun).
_TARGET_NOUN = (r"(?:homes?|houses?|residences?|motorcades?|embass(?:y|ies)|consulates?"
                r"|(?:processing |power |chemical |coffee |cotton )?plants?|factor(?:y|ies)"
                r"|bus(?:es)?|church(?:es)?|temples?|mosques?|schools?|universit(?:y|ies)|hotels?|banks?|stores?"
                r"|shops?|newspapers?|(?:radio|television|tv) stations?|power (?:stations?"
                r"|substations?|pylons?|lines?)|pipelines?|dealerships?|farms?|haciendas?"
                r"|markets?|restaurants?|town halls?|city halls?|courthouses?|mayor's office)")
_TARGET_OBJECT = (r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|two\s+|three\s+|several\s+)"
                  r"(?:(?!police|army|military|troops|soldiers|guard|garrison|barracks|brigade"
                  r"|battalion|security)[\w\"'.-]+\s+){0,5}?" + _TARGET_NOUN + r"\b")

# An attack aimed at a home, a motorcade, an embassy, a plant or a bus is one-sided
# whoever guards it: a policeman killed at the door does not make it a clash. An attack
# trigger becomes "targeted" when its object follows ("attacked the home of", "an attack
# on the life of") or its subject came before a passive ("the motorcade ... was
# ambushed"). Checked per attack trigger, not in the lexicon, so the scan stays cheap.
_TARGETED_AFTER = re.compile(
    r"\s+(?:on\s+|against\s+|upon\s+)?(?:" + _TARGET_OBJECT
    + r"|on\s+(?:the |his |her |their )?li(?:fe|ves)\b)", re.IGNORECASE)
_TARGETED_BEFORE = re.compile(
    r"\b" + _TARGET_NOUN + r"\s+(?:[\w'-]+\s+){0,4}?(?:was|were|had been|has been)\s+"
    r"(?:\w+\s+)?$", re.IGNORECASE)
# "Raided a house" is mostly the police searching it, and "stormed" a building mostly a
# rescue: only these words aim an attack.
_AIMING = re.compile(r"attack(?:ed|s|ing)?|assault(?:ed|s)?|opened fire|fired (?:on|at|upon)"
                     r"|ambush(?:ed)?", re.IGNORECASE)

_LEXICON: Sequence[tuple[TriggerKind, str]] = (
    ("suicide", r"suicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers)?|blast|car bomb|vest)"
                r"|blew (?:himself|herself|themselves) up|self-immolat\w*"),
    ("airstrike", r"air ?strikes?|air raids?|aerial (?:bombardment|attack)s?|drone (?:strike|attack)s?"
                  r"|warplanes?|bombed from the air|helicopter gunships?"
                  # Fire from aircraft is an air strike, however the wire words it.
                  r"|(?:straf(?:ed|ing)|machine-?gunn(?:ed|ing)|rocketed|bombed|attacked)"
                  r" by (?:[\w-]+ ){0,4}?(?:helicopters?|planes?|airplanes?|aircraft)"
                  r"|(?:helicopters?|planes?|airplanes?|aircraft) (?:[\w-]+ ){0,2}?"
                  r"(?:straf(?:ed|ing)|machine-?gunn(?:ed|ing)|rocketed|fired rockets)"),
    ("shelling", r"shell(?:ing|ed|s)\b|mortar (?:fire|rounds?|shells?|attacks?)|artillery(?: fire)?"
                 r"|rockets? (?:fire|attacks?)|missile (?:strike|attack)s?|rocket-propelled"
                 r"|fired (?:rockets|mortars|missiles)"),
    ("explosive", r"car[- ]bombs?|roadside bombs?|bomb(?:ing|ings|ed|s)?\b|\bIEDs?\b|explosions?"
                  r"|explod(?:ed|es|ing)|blasts?\b|detonat(?:ed|ion|ing)|landmines?|land mines?"
                  r"|(?:explosive|incendiary) devices?|dynamite|dynamited|(?:blew|blown|blowing) up"
                  r"|explosive charges?|sabotage[d]?"),
    ("grenade", r"grenades?"),
    ("battle", r"clash(?:es|ed)?|gun ?battles?|fire ?fights?|exchange of fire|exchanged fire"
               r"|shoot-?outs?|fighting|fought|skirmish(?:es)?|battles?\b|encounters?\b"
               r"|combat\b|offensive\b"),
    ("ambush", r"ambush(?:ed|es)?"),
    ("attack", r"attack(?:ed|s|ing)?\b|assault(?:ed|s)?\b|raid(?:ed|s)?\b|storm(?:ed)?\b"
               r"|opened fire|fired (?:on|at|upon|into)|sprayed (?:with )?bullets"),
    # Wire translations say "machinegunned" or "strafed" for shooting at people.
    ("shooting", r"shoot(?:ing|ings)?\b|shot\b|gunshots?|gunfire|gunned down|gunmen opened"
                 r"|machine-?gunn(?:ed|ing)|straf(?:ed|ing)"
                 r"|sprayed with (?:\w+ ){0,2}?(?:fire|bullets)|riddled with bullets"),
    # A murder or an assassination is one-sided whoever the victim: a police chief shot
    # at his door is the target of an attack, not a side in a clash.
    ("murder", r"murder(?:ed|s|ing)?\b|assassinat(?:e|es|ed|ing|ion|ions)\b|assassins?\b"
               r"|attempts? on (?:the |his |her |their )?li(?:fe|ves)"),
    ("killing", r"kill(?:ed|ing|s)?\b|slain|slay(?:ing)?|massacr(?:e|ed|es)"
                r"|executed|behead(?:ed|ing)|stabb(?:ed|ing)|hacked to death"
                r"|lynch(?:ed|ing)|homicides?|(?:beaten|stabbed|burned|hacked) to death|torture[d]?"),
    ("abduction", r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|pings|s)?|taken hostage|hostages?"
                  r"|disappeared"),
    ("sexual", r"rap(?:ed|es)\b|sexual(?:ly)? (?:assault|violence|abuse)"),
    ("arson", r"set (?:on )?fire|set ablaze|torched|arson|burn(?:ed|t) down"),
    ("protest", r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies)\b"
                r"|march(?:ed|ers)\b|sit-in|strike action"),
    ("riot", r"riot(?:s|ers|ing|ed)?|mob\b|looting|vandali[sz]ed"),
)

_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}_{i}>{rx})" for i, (kind, rx) in enumerate(_LEXICON)) + r")\b",
    re.IGNORECASE,
)
_GROUP_KIND: dict[str, TriggerKind] = {f"{k}_{i}": k for i, (k, _) in enumerate(_LEXICON)}

# Words that make a trigger point back to a known incident rather than a new one.
_ANAPHORA = re.compile(r"(?:\bthe|\bthis|\bthat|\bsaturday's|\bfriday's|\w+'s)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
# Uses of trigger words that are not violence ("shot up in the polls", "attack ads").
_NOT_VIOLENT = re.compile(
    r"\b(?:heart attack|panic attack|asthma attack|photo ?shoot|shot (?:up|clock|glass)|flu shot"
    r"|booster shot|mug ?shot|screenshot|long shot|big shot|attack ads?|shooting (?:star|guard)"
    r"|killing time|bomb threat|bombshell|bomb squad|blast furnace|fighting for|fighting back tears"
    r"|fought back tears|encounter(?:ed)? (?:problems|difficulties)|raid(?:ed)? the fridge"
    r"|shoot(?:ing)? (?:a|the) (?:film|movie|video)|march (?:\d|madness)|rall(?:y|ied) (?:to|behind)"
    r"|dawn raids?|social explosions?|(?:nuclear|atomic) bombs?|(?:is|are|was|remains?|still|bec[oa]me) hostages? to"
    r"|(?:not|without) (?:a|one) (?:single )?shot)\b",
    re.IGNORECASE,
)
# Plural nouns name a pattern of violence ("sniper attacks and roadside bombings");
# perfect progressive aspect ("have been fighting") names a campaign, not an incident.
_GENERIC_ENDINGS = ("attacks", "bombings", "shootings", "killings", "raids", "assaults",
                    "ambushes", "kidnappings", "protests", "demonstrations", "riots", "rallies",
                    "abductions", "airstrikes", "air strikes", "strikes", "massacres")
_HABITUAL = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?$", re.IGNORECASE)
# "X has been kidnapped", "he had been murdered": one person's fate told in the perfect
# passive is an act, not a campaign; "hundreds have been killed" keeps the plural's tally.
_PERFECT_PASSIVE = re.compile(r"\b(?:has|had)\s+(?:\w+\s+)?been\s+$", re.IGNORECASE)
# A bare present verb after its subject tells what a side does, not what it did ("the
# terrorists who attack the population", "we do not take hostages", "they kill
# peasants"); "did not kill" denies the act. Tense is read off the verb itself, so
# "who attacked" stays an incident.
_BARE_VERB = frozenset({"attack", "kill", "murder", "kidnap", "bomb", "shoot", "massacre",
                        "assassinate", "torture", "abduct", "ambush", "hostages"})
_HABITUAL_SUBJECT = re.compile(
    r"\b(?:who|which|they|we|(?:do|does|did) not|don't|doesn't|didn't|never)\s+"
    r"(?:(?:also|often|usually|always|still|continue to|take|took)\s+)?$", re.IGNORECASE)
# An act only planned, threatened or foretold: "a plot to murder him", "threatened to
# kill", "will attack", "the threat of an attack". Tried and attempted acts stay: shots
# fired at a target that survives are an incident.
_IRREALIS = re.compile(
    r"\b(?:(?:plot|plan|threat|threaten|vow|intend|conspire|prepar|wants?|wanted|going)"
    r"(?:s|ed|ted|ned|en|ens|ened|ening|ing|ting|ning|e|es|ation|ations)?"
    r"\s+(?:\w+\s+){0,3}?to|(?:threats?|plans?|plots?|risk|danger|possibility)\s+of"
    r"(?:\s+(?:a|an|new|more|further|possible))?|(?:preparing|planning|plotting)\s+(?:a|an|new|more"
    r"|further)|will|would|shall|might)\s+(?:not\s+|be\s+)?$",
    re.IGNORECASE)


_PATTERN_LOW = re.compile(_PATTERN.pattern.lower().replace("(?p<", "(?P<"))
_NOT_VIOLENT_LOW = re.compile(_NOT_VIOLENT.pattern.lower().replace("(?p<", "(?P<"))
_PATTERN_SCAN = WordScan(_PATTERN_LOW)
_NOT_VIOLENT_SCAN = WordScan(_NOT_VIOLENT_LOW)


def find_triggers(text: str, *, offset: int = 0, part: Part = "text") -> list[Trigger]:
    """Every violence or protest word in ``text`` (offsets into the article)."""
    low = text.lower()
    # Matching lower-cased text case-sensitively is about 3x faster than IGNORECASE; the
    # offsets hold whenever lower-casing keeps the length (it does for all but a few
    # exotic letters, where the slower path takes over).
    same = len(low) == len(text)
    pattern, not_violent, hay = (_PATTERN_LOW, _NOT_VIOLENT_LOW, low) if same else (
        _PATTERN, _NOT_VIOLENT, text)
    if same:
        masked = [(m.start(), m.end()) for m in _NOT_VIOLENT_SCAN.finditer(hay)]
        found = _PATTERN_SCAN.finditer(hay)
    else:
        masked = [(m.start(), m.end()) for m in not_violent.finditer(hay)]
        found = pattern.finditer(hay)
    out: list[Trigger] = []
    for m in found:
        if any(a <= m.start() < b for a, b in masked):
            continue
        group = m.lastgroup
        if group is None:
            continue
        kind = _GROUP_KIND[group]
        word = text[m.start():m.end()]
        if kind == "protest" and word.lower().startswith("march") and text[m.start()].isupper() \
                and not text.isupper():
            continue  # "March" the month
        end = m.end()
        if kind in ("attack", "ambush") and _AIMING.fullmatch(word):
            obj = _TARGETED_AFTER.match(text, end)
            if obj is not None:
                kind, end = "targeted", obj.end()
                word = text[m.start():end]
            elif _TARGETED_BEFORE.search(text[max(0, m.start() - 80):m.start()]):
                kind = "targeted"
        before = text[max(0, m.start() - 40): m.start()]
        # A phrase trigger ("attacked the home", "attacks on the homes") is read by its
        # first word. A determiner before a trigger noun points back ("the attack");
        # before a verb ("that killed") it is a relative clause, not a reference.
        head = word.split(None, 1)[0] if kind == "targeted" else word
        anaphoric = bool(_ANAPHORA.search(before)) and not head.lower().endswith("ed")
        habitual = bool(_HABITUAL.search(before)) and not (
            head.lower().endswith(("ed", "shot", "slain")) and _PERFECT_PASSIVE.search(before))
        generic = head.lower().endswith(_GENERIC_ENDINGS) or habitual \
            or bool(_IRREALIS.search(before)) \
            or (word.lower() in _BARE_VERB and bool(_HABITUAL_SUBJECT.search(before)))
        out.append(Trigger(kind, Span(offset + m.start(), offset + end, word, part),
                           anaphoric, generic))
    return out


VIOLENT_KINDS: frozenset[str] = frozenset(
    {"suicide", "airstrike", "shelling", "explosive", "grenade", "battle", "ambush", "targeted",
     "attack", "shooting", "killing", "murder", "abduction", "sexual", "arson"}
)


@dataclass(frozen=True)
class EventType:
    disorder_type: str
    event_type: str
    sub_event_type: str


def classify(
    kinds: Iterable[str], *, victims_armed: bool, civilians_hit: bool, political: bool
) -> EventType:
    """ACLED event type for one incident from its trigger kinds and who was hit.

    ``victims_armed``: the casualties or targets are state forces or an armed group.
    ``civilians_hit``: unarmed people are the named victims.
    ``political``: a political actor (armed group, state forces at war, militants) takes part.
    """
    ks = set(kinds)
    disorder = "Political violence" if political else "Criminal violence"
    if "suicide" in ks:
        return EventType("Political violence", "Explosions/Remote violence", "Suicide bomb")
    if "airstrike" in ks:
        return EventType("Political violence", "Explosions/Remote violence", "Air/drone strike")
    if "shelling" in ks and not ({"battle", "ambush"} & ks):
        return EventType("Political violence", "Explosions/Remote violence",
                         "Shelling/artillery/missile attack")
    if ("explosive" in ks or "grenade" in ks) and not ({"battle", "ambush"} & ks and victims_armed):
        sub = "Grenade" if "grenade" in ks and "explosive" not in ks else \
            "Remote explosive/landmine/IED"
        return EventType("Political violence" if political or not civilians_hit else disorder,
                         "Explosions/Remote violence", sub)
    fought = bool(ks & {"battle", "ambush"})
    if "abduction" in ks and not ks & {"killing", "murder", "shooting", "battle", "explosive"}:
        return EventType(disorder, "Violence against civilians", "Abduction/forced disappearance")
    if "sexual" in ks and not ks & {"killing", "murder", "battle"}:
        return EventType(disorder, "Violence against civilians", "Sexual violence")
    # A murder, a kidnapping or an arson with no fighting told is one-sided whoever was
    # hit: the dead kidnapper or the guard at the gate does not make it a clash. Wires
    # call a killing a murder when one side was defenceless, so only a battle word
    # (not an ambush, which is how a murder is often done) outweighs it.
    # An attack aimed at a home, a motorcade or a plant counts the same way.
    if (ks & {"murder", "targeted"} and "battle" not in ks) or (
            not fought and ks & {"abduction", "arson"}):
        return EventType(disorder, "Violence against civilians", "Attack")
    # An ambush or a "shootout" that kills a judge or a reporter is an attack on a
    # civilian; a clash is a battle when armed men are among those hit or nobody says.
    if (fought and (victims_armed or not civilians_hit)) or (
            victims_armed and ks & {"attack", "shooting", "killing", "shelling"}):
        return EventType(disorder, "Battles", "Armed clash")
    if ks & {"targeted", "attack", "shooting", "killing", "murder", "abduction", "sexual",
             "arson"}:
        return EventType(disorder, "Violence against civilians", "Attack")
    if "riot" in ks:
        return EventType("Demonstrations", "Riots", "Violent demonstration")
    if "protest" in ks:
        return EventType("Demonstrations", "Protests", "Peaceful protest")
    return EventType(disorder, "Violence against civilians", "Attack")


_WEAPONS = re.compile(
    r"\b(?:rockets?|rocket-propelled grenades?|RPGs?|mortars?|grenades?|(?:improvised )?explosive"
    r" devices?|IEDs?|car bombs?|roadside bombs?|suicide (?:vests?|belts?)|landmines?|missiles?"
    r"|drones?|artillery|assault rifles?|rifles?|AK-47s?|machine ?guns?|handguns?|pistols?"
    r"|shotguns?|revolvers?|knives|knife|machetes?|axes?|dynamite)\b",
    re.IGNORECASE,
)


def find_weapons(text: str) -> list[str]:
    """Weapon words named in ``text``, lower-cased, in order, without repeats."""
    seen: dict[str, None] = {}
    for m in _WEAPONS.finditer(text):
        seen.setdefault(m.group().lower(), None)
    return list(seen)
