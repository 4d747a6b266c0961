from __future__ import annotations

import pytest

from wirecoder.detect import classify, find_triggers, find_weapons


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A suicide bomber blew himself up at a checkpoint.", {"suicide"}),
        ("Warplanes carried out air strikes on the town.", {"airstrike"}),
        ("Rebels shelled the district for hours.", {"shelling"}),
        ("A roadside bomb struck the convoy.", {"explosive"}),
        ("Troops clashed with gunmen near the border.", {"battle"}),
        ("Four people were shot outside a bar.", {"shooting"}),
        ("Gunmen kidnapped 12 students from their dormitory.", {"abduction"}),
        ("GUERRILLAS MURDERED SIX PEASANTS IN THE VILLAGE.", {"murder"}),
        ("Gunmen killed two farmers at a market.", {"killing"}),
        ("THEY PLANNED TO ASSASSINATE THE MINISTER.", {"murder"}),
        ("The group is accused of assassinating a candidate.", {"murder"}),
        ("A judge's assassination shocked the city.", {"murder"}),
        ("REBELS SET FIRE TO TWO COTTON PLANTS.", {"arson"}),
        # An attack aimed at a home, a motorcade, an embassy or a plant.
        ("URBAN COMMANDOS ATTACKED THE HOME OF THE ASSEMBLY PRESIDENT.", {"targeted"}),
        ("Rebels staged an armed attack on the residence of the president.", {"targeted"}),
        ("Assailants opened fire on the house of a government employee.", {"targeted"}),
        ("The motorcade he was travelling in was ambushed near the town.", {"targeted"}),
        ("REBELS ATTACKED THE \"CANESSA\" AND \"EL OBRAJUELO\" COTTON PLANTS.", {"targeted"}),
        ("It was the third attempt on the life of the judge.", {"murder"}),
        ("GUNMEN CARRIED OUT AN ATTACK ON THE LIFE OF THE MAYOR.", {"targeted"}),
        ("Police raided a house and arrested two suspects.", {"attack"}),
        ("Thousands protested in the capital on Sunday.", {"protest"}),
        # Wire translations' words for shooting; fire from aircraft is an air strike.
        ("GUERRILLAS MACHINEGUNNED THE BUS ON THE HIGHWAY.", {"shooting"}),
        ("THE VILLAGE WAS MACHINEGUNNED BY AIR FORCE HELICOPTERS.", {"airstrike"}),
        ("AN ARMY HELICOPTER STRAFED THE VILLAGE.", {"airstrike"}),
        ("SOLDIERS STRAFED THE VILLAGE.", {"shooting"}),
        ("HE DIED AFTER BEING SPRAYED WITH SUBMACHINEGUN FIRE.", {"shooting"}),
    ],
)
def test_detect_finds_trigger_kinds(text: str, kinds: set[str]) -> None:
    assert kinds <= {t.kind for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Guerrillas attacked the police headquarters in the capital.",
        "REBELS ATTACKED THE 5TH INFANTRY BRIGADE BARRACKS.",
        "Militants attacked an army base near the border.",
        "Police raided a house and arrested two suspects.",
    ],
)
def test_detect_attacks_on_armed_posts_are_not_targeted(text: str) -> None:
    assert "targeted" not in {t.kind for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text",
    [
        "He died of a heart attack at home.",
        "The senator's numbers shot up in the polls.",
        "Police defused a bomb threat at the school." ,
        "The film crew began a photo shoot downtown.",
        # Metaphors and denials of the act in wire politics.
        "HE WARNED OF A SOCIAL EXPLOSION IF WAGES ARE NOT RAISED.",
        "THE COUNTRY WAS INVADED WITHOUT A SINGLE SHOT BEING FIRED.",
        "THE TALKS DEALT WITH NUCLEAR BOMBS.",
        "HIS GOVERNMENT IS STILL HOSTAGE TO THE HIGH COMMAND.",
    ],
)
def test_detect_ignores_non_violent_uses(text: str) -> None:
    assert not [t for t in find_triggers(text) if t.kind in (
        "attack", "shooting", "explosive", "abduction")]


@pytest.mark.parametrize(
    ("text", "word", "generic"),
    [
        ("THE GOVERNMENT WARNED HIM OF A PLOT TO MURDER HIM.", "MURDER", True),
        ("Rebels threatened to kill the mayor.", "kill", True),
        ("THE GUERRILLAS SAID THEY WILL ATTACK THE CITY.", "ATTACK", True),
        ("Residents live under the threat of an attack.", "attack", True),
        ("The army was preparing to attack the camp.", "attack", True),
        # Tried and done acts are incidents.
        ("Gunmen tried to kill the mayor, firing at his car.", "kill", False),
        ("Gunmen killed two farmers.", "killed", False),
        ("He planned the attack for months.", "attack", False),
        ("The cartel denied it was preparing an attack on the minister.", "attack", True),
        # A bare present verb after its subject tells what a side does, not an act.
        ("THE TERRORISTS WHO ATTACK THE CIVILIAN POPULATION HAVE NO FOOD.", "ATTACK", True),
        ("The rebels said they do not kill prisoners.", "kill", True),
        ("The gunmen who killed the mayor fled.", "killed", False),
    ],
)
def test_detect_marks_unrealised_acts_generic(text: str, word: str, generic: bool) -> None:
    trig = [t for t in find_triggers(text) if t.span.text == word]
    assert trig
    assert trig[0].generic == generic


@pytest.mark.parametrize(
    ("text", "generic", "anaphoric"),
    [
        ("The group has carried out sniper attacks and roadside bombings.", True, False),
        ("Authorities have long been fighting the insurgents.", True, False),
        ("Nobody has claimed the attack.", False, True),
        ("Gunmen attacked a police post.", False, False),
        # One person's fate in the perfect passive is an act; a plural's is a tally.
        ("AN AMERICAN, WHO HAS BEEN KIDNAPPED BY THE REBELS, IS ALIVE.", False, False),
        ("The mayor had been shot outside his home.", False, False),
        ("Hundreds have been killed in the war.", True, False),
        ("Rebels have been attacking the town for weeks.", True, False),
    ],
)
def test_detect_marks_generic_and_anaphoric(text: str, generic: bool, anaphoric: bool) -> None:
    trig = [t for t in find_triggers(text) if t.kind in (
        "attack", "battle", "explosive", "abduction", "shooting", "killing")]
    assert trig
    assert any(t.generic for t in trig) == generic
    assert any(t.anaphoric for t in trig) == anaphoric


@pytest.mark.parametrize(
    ("kinds", "armed", "civilians", "political", "expected"),
    [
        ({"suicide", "explosive"}, False, True, True, ("Explosions/Remote violence", "Suicide bomb")),
        ({"killing", "shooting"}, False, True, False, ("Violence against civilians", "Attack")),
        ({"battle", "killing", "shelling"}, True, False, True, ("Battles", "Armed clash")),
        ({"explosive"}, True, False, True,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ({"abduction"}, False, True, True,
         ("Violence against civilians", "Abduction/forced disappearance")),
        ({"airstrike", "killing"}, False, True, True,
         ("Explosions/Remote violence", "Air/drone strike")),
        ({"protest"}, False, False, False, ("Protests", "Peaceful protest")),
        # One-sided acts stay attacks whoever was hit, unless fighting is told.
        ({"murder", "shooting"}, True, False, True, ("Violence against civilians", "Attack")),
        ({"arson", "attack"}, True, False, True, ("Violence against civilians", "Attack")),
        ({"abduction", "killing"}, True, False, False,
         ("Violence against civilians", "Attack")),
        ({"murder", "battle"}, True, False, True, ("Battles", "Armed clash")),
        ({"abduction", "battle", "killing"}, True, False, True, ("Battles", "Armed clash")),
        # An attack on a home or a motorcade is one-sided though its guards were hit...
        ({"targeted", "attack", "killing"}, True, False, True,
         ("Violence against civilians", "Attack")),
        ({"targeted", "ambush", "killing"}, True, False, True,
         ("Violence against civilians", "Attack")),
        ({"targeted", "explosive"}, True, False, True,
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # ...unless fighting is told.
        ({"targeted", "battle", "killing"}, True, False, True, ("Battles", "Armed clash")),
        # Without a one-sided word, an attack that hits soldiers is a clash.
        ({"attack", "killing"}, True, False, True, ("Battles", "Armed clash")),
    ],
)
def test_detect_classifies_acled_types(kinds: set[str], armed: bool, civilians: bool,
                                       political: bool, expected: tuple[str, str]) -> None:
    t = classify(kinds, victims_armed=armed, civilians_hit=civilians, political=political)
    assert (t.event_type, t.sub_event_type) == expected


def test_detect_criminal_shooting_is_criminal_violence() -> None:
    t = classify({"shooting"}, victims_armed=False, civilians_hit=True, political=False)
    assert t.disorder_type == "Criminal violence"


def test_detect_weapons_in_order_without_repeats() -> None:
    assert find_weapons("They fired rockets, then rockets again, and used a knife.") == [
        "rockets", "knife"]
