"""Casualty figures: the number parser, the clause patterns and their traps.

Every sentence here is written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from wirecoder.counts import CasualtyMention, find_casualties, incident_count, parse_number

N = None

# --------------------------------------------------------------------------------------
# parse_number
# --------------------------------------------------------------------------------------

NUMBERS = [
    ("two", (2, 2, 2)),
    ("SIX", (6, 6, 6)),
    ("52", (52, 52, 52)),
    ("1,200", (1200, 1200, 1200)),
    ("twenty-one", (21, 21, 21)),
    ("one hundred and twenty", (120, 120, 120)),
    ("a hundred", (100, 100, 100)),
    ("2.5 million", (2_500_000, 2_500_000, 2_500_000)),
    ("at least 52", (52, 52, N)),
    ("At Least 52", (52, 52, N)),
    ("no fewer than 8", (8, 8, N)),
    # the conservative low of "more than 20" is the stated 20, not 21
    ("more than 20", (20, 20, N)),
    ("over 20", (20, 20, N)),
    ("up to 30", (N, 30, 30)),
    ("as many as 30", (N, 30, 30)),
    ("fewer than 10", (N, 10, 10)),
    ("about 15", (15, 15, N)),
    ("nearly 15", (15, 15, N)),
    ("some 15", (15, 15, N)),
    ("an estimated 40", (40, 40, N)),
    ("between 10 and 15", (10, 10, 15)),
    ("10 to 15", (10, 10, 15)),
    ("10-15", (10, 10, 15)),
    ("two or three", (2, 2, 3)),
    ("up to 10 to 15", (N, 15, 15)),
    ("dozens", (12, 12, N)),
    ("a dozen", (12, 12, N)),
    ("half a dozen", (6, 6, N)),
    ("two dozen", (24, 24, N)),
    ("tens", (10, 10, N)),
    ("scores", (20, 20, N)),
    ("hundreds", (100, 100, N)),
    ("thousands", (1000, 1000, N)),
    ("tens of thousands", (10_000, 10_000, N)),
    ("several hundred", (100, 100, N)),
    ("20 or more", (20, 20, N)),
    ("all 224", (224, 224, 224)),
    ("both", (2, 2, 2)),
    ("several", (N, N, N)),
    ("some", (N, N, N)),
    ("many", (N, N, N)),
    ("a few", (N, N, N)),
    ("a number", (N, N, N)),
    ("seventeen", (17, 17, 17)),
    ("ninety-nine", (99, 99, 99)),
    ("", (N, N, N)),
    ("the", (N, N, N)),
]


@pytest.mark.parametrize(("words", "expected"), NUMBERS)
def test_counts_parse_number(words: str, expected: tuple[int | None, ...]) -> None:
    assert parse_number(words) == expected


# --------------------------------------------------------------------------------------
# find_casualties: (kind, low, best, high, side, aggregate, negated) per mention
# --------------------------------------------------------------------------------------

KIL, INJ = "killed", "injured"
SEC, CIV, ATT, UNK = "security", "civilians", "attackers", "unknown"

Row = tuple[str, int | None, int | None, int | None, str, bool, bool]

CASES: list[tuple[str, list[Row]]] = [
    # --- bounds and qualifiers, one noun phrase covering two nouns
    ("At least 52 Egyptian troops and police officers were killed in clashes with militants "
     "on Friday.", [(KIL, 52, 52, N, SEC, False, False)]),
    ("More than 20 people were injured in the blast.", [(INJ, 20, 20, N, CIV, False, False)]),
    ("Up to 30 villagers may have died in the raid.", [(KIL, N, 30, 30, CIV, False, False)]),
    ("About 15 soldiers were wounded.", [(INJ, 15, 15, N, SEC, False, False)]),
    ("Between 10 and 15 people were killed overnight.", [(KIL, 10, 10, 15, CIV, False, False)]),
    ("Twenty-one people were killed.", [(KIL, 21, 21, 21, CIV, False, False)]),
    ("Dozens of people were wounded in the market.", [(INJ, 12, 12, N, CIV, False, False)]),
    ("A dozen people were hurt.", [(INJ, 12, 12, N, CIV, False, False)]),
    ("Tens of protesters were injured.", [(INJ, 10, 10, N, CIV, False, False)]),
    ("Scores of worshippers were killed in the mosque.", [(KIL, 20, 20, N, CIV, False, False)]),
    # --- no number, but the text says casualties happened
    ("A ministry statement said that some of the attackers had died.",
     [(KIL, N, N, N, ATT, False, False)]),
    ("Several insurgents were killed in the fighting.", [(KIL, N, N, N, ATT, False, False)]),
    ("Many civilians were wounded.", [(INJ, N, N, N, CIV, False, False)]),
    # --- singular victims count one
    ("A man was shot and killed on Monday night.", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("The victim died at the hospital.", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("A woman was fatally shot outside her home.", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("Police officer killed in ambush", [(KIL, 1, 1, 1, SEC, False, False)]),
    ("A soldier was fatally wounded by a sniper.", [(KIL, 1, 1, 1, SEC, False, False)]),
    ("The teenager was slain in his car.", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("He was pronounced dead at the scene.", [(KIL, 1, 1, 1, UNK, False, False)]),
    # --- ages are never tolls
    ("Smith, 31, was killed in the attack.", [(KIL, 1, 1, 1, UNK, False, False)]),
    ("A 17-year-old was shot in the leg.", [(INJ, 1, 1, 1, UNK, False, False)]),
    ("A man aged 45 was killed.", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("Jane Doe (23) died at the scene.", [(KIL, 1, 1, 1, UNK, False, False)]),
    ("A 19-year-old man was gunned down near the park.", [(KIL, 1, 1, 1, CIV, False, False)]),
    # --- killing verbs
    ("Three brothers were shot to death at a checkpoint.", [(KIL, 3, 3, 3, CIV, False, False)]),
    ("Gunmen shot dead two policemen.", [(KIL, 2, 2, 2, SEC, False, False)]),
    ("Five people lost their lives.", [(KIL, 5, 5, 5, CIV, False, False)]),
    ("15 people died in the fire.", [(KIL, 15, 15, 15, CIV, False, False)]),
    ("The assault on a checkpoint killed at least 21 soldiers.",
     [(KIL, 21, 21, N, SEC, False, False)]),
    ("The group bombed the airliner, killing all 224 people on board.",
     [(KIL, 224, 224, 224, CIV, False, False)]),
    ("Two gunmen killed three soldiers.", [(KIL, 3, 3, 3, SEC, False, False)]),
    ("Militants killed a soldier and wounded two civilians.",
     [(KIL, 1, 1, 1, SEC, False, False), (INJ, 2, 2, 2, CIV, False, False)]),
    # --- killed and wounded together
    ("The attack killed 12 people and wounded 30.",
     [(KIL, 12, 12, 12, CIV, False, False), (INJ, 30, 30, 30, CIV, False, False)]),
    ("The blast left two dead and three injured.",
     [(KIL, 2, 2, 2, UNK, False, False), (INJ, 3, 3, 3, UNK, False, False)]),
    ("Three soldiers were killed and five wounded when their patrol hit a mine.",
     [(KIL, 3, 3, 3, SEC, False, False), (INJ, 5, 5, 5, SEC, False, False)]),
    ("Eleven students were killed and 20 others wounded.",
     [(KIL, 11, 11, 11, CIV, False, False), (INJ, 20, 20, 20, UNK, False, False)]),
    ("Two soldiers, a policeman and a civilian were killed.",
     [(KIL, 2, 2, 2, SEC, False, False), (KIL, 1, 1, 1, SEC, False, False),
      (KIL, 1, 1, 1, CIV, False, False)]),
    ("The rebels killed three soldiers and two villagers.",
     [(KIL, 3, 3, 3, SEC, False, False), (KIL, 2, 2, 2, CIV, False, False)]),
    # --- death tolls and bodies
    ("The death toll rose to 15 on Sunday.", [(KIL, 15, 15, 15, UNK, False, False)]),
    ("The death toll from the bombing has climbed to at least 40.",
     [(KIL, 40, 40, N, UNK, False, False)]),
    ("Rescuers recovered the bodies of 12 men.", [(KIL, 12, 12, 12, CIV, False, False)]),
    ("The explosion claimed 30 lives.", [(KIL, 30, 30, 30, UNK, False, False)]),
    ("The attack claimed the lives of 12 soldiers.", [(KIL, 12, 12, 12, SEC, False, False)]),
    ("Officials confirmed 8 deaths.", [(KIL, 8, 8, 8, UNK, False, False)]),
    # --- shot: injured unless the text says killed
    ("4 people shot in northwest Atlanta", [(INJ, 4, 4, 4, CIV, False, False)]),
    ("Four people were shot late on Saturday.", [(INJ, 4, 4, 4, CIV, False, False)]),
    ("Four people were shot, two of them fatally.",
     [(INJ, 2, 2, 2, CIV, False, False), (KIL, 2, 2, 2, CIV, False, False)]),
    ("Three men were shot, one fatally.",
     [(INJ, 2, 2, 2, CIV, False, False), (KIL, 1, 1, 1, CIV, False, False)]),
    ("A man was shot in the arm.", [(INJ, 1, 1, 1, CIV, False, False)]),
    ("Officer James Carter was shot and wounded.", [(INJ, 1, 1, 1, SEC, False, False)]),
    ("Two people were hospitalized after the stabbing.", [(INJ, 2, 2, 2, CIV, False, False)]),
    ("She suffered gunshot wounds to the leg.", [(INJ, 1, 1, 1, UNK, False, False)]),
    ("A teenager was shot 3 times.", [(INJ, 1, 1, 1, CIV, False, False)]),
    ("There was one shot and everyone dropped to the floor.", []),
    ("The teen was one of four people shot Saturday night.", [(INJ, 4, 4, 4, CIV, False, False)]),
    # --- negations
    ("No one was hurt.", [(INJ, 0, 0, 0, UNK, False, True)]),
    ("No one else was hurt.", [(INJ, 0, 0, 0, UNK, False, True)]),
    ("No injuries were reported.", [(INJ, 0, 0, 0, UNK, False, True)]),
    ("There were no other injuries.", [(INJ, 0, 0, 0, UNK, False, True)]),
    ("Nobody was killed in the blast.", [(KIL, 0, 0, 0, UNK, False, True)]),
    ("No soldiers were killed.", [(KIL, 0, 0, 0, SEC, False, True)]),
    ("None of the passengers were injured.", [(INJ, 0, 0, 0, CIV, False, True)]),
    ("The driver was not hurt.", [(INJ, 0, 0, 0, CIV, False, True)]),
    ("There were no casualties.",
     [(KIL, 0, 0, 0, UNK, False, True), (INJ, 0, 0, 0, UNK, False, True)]),
    ("The guard escaped unhurt.", [(INJ, 0, 0, 0, UNK, False, True)]),
    # --- missing, abducted, arrested, displaced are not deaths
    ("Dozens missing after the attack on the village.",
     [("missing", 12, 12, N, UNK, False, False)]),
    ("Gunmen abducted 276 schoolgirls from their dormitory.",
     [("abducted", 276, 276, 276, CIV, False, False)]),
    ("276 schoolgirls were kidnapped.", [("abducted", 276, 276, 276, CIV, False, False)]),
    ("Gunmen kidnapped a priest.", [("abducted", 1, 1, 1, CIV, False, False)]),
    ("Police arrested five suspects on Tuesday.", [("arrested", 5, 5, 5, ATT, False, False)]),
    ("Thousands of villagers were displaced by the fighting.",
     [("displaced", 1000, 1000, N, CIV, False, False)]),
    ("Two kilograms of heroin were seized.", []),
    # --- attackers who die
    ("The gunman then turned the gun on himself.", [(KIL, 1, 1, 1, ATT, False, False)]),
    ("The gunman was killed by police.", [(KIL, 1, 1, 1, ATT, False, False)]),
    ("He shot his wife before killing himself.",
     [(INJ, 1, 1, 1, CIV, False, False), (KIL, 1, 1, 1, ATT, False, False)]),
    ("Troops killed 14 militants in the raid.", [(KIL, 14, 14, 14, ATT, False, False)]),
    ("The suspect died at the scene.", [(KIL, 1, 1, 1, ATT, False, False)]),
    # --- aggregates: running totals are not one incident
    ("Hundreds of soldiers and police have been killed in the violence.",
     [(KIL, 100, 100, N, SEC, True, False)]),
    ("More than 1,000 people have died since 2013.", [(KIL, 1000, 1000, N, CIV, True, False)]),
    ("Militants have killed 300 people this year.", [(KIL, 300, 300, 300, CIV, True, False)]),
    ("The fighting has killed 5,000 people over the past two years.",
     [(KIL, 5000, 5000, 5000, CIV, True, False)]),
    ("Four people have been shot this month.", [(INJ, 4, 4, 4, CIV, True, False)]),
    ("Two people were killed on Friday, bringing the number killed this year to 40.",
     [(KIL, 2, 2, 2, CIV, False, False), (KIL, 40, 40, 40, UNK, True, False)]),
    # an ordinal ranks the incident, it does not total several
    ("A man was shot dead on Monday, the third shooting in the area this month.",
     [(KIL, 1, 1, 1, CIV, False, False)]),
    ("It was the third shooting this month.", []),
    ("On 3 May this year, the same group murdered two judges.",
     [(KIL, 2, 2, 2, CIV, False, False)]),
    ("Earlier this month gunmen killed four farmers.", [(KIL, 4, 4, 4, CIV, False, False)]),
    ("One of the two women who were injured said she saw the bomb.",
     [(INJ, 2, 2, 2, CIV, False, False)]),
    ("Twelve of the 20 passengers were killed.", [(KIL, 12, 12, 12, CIV, False, False)]),
    # --- upper-case wire copy (MUC-4 style)
    ("SIX JESUITS WERE MURDERED BY SOLDIERS.", [(KIL, 6, 6, 6, CIV, False, False)]),
    ("GUERRILLAS ATTACKED THE VILLAGE, KILLING 4 PEASANTS.", [(KIL, 4, 4, 4, CIV, False, False)]),
    ("THE BOMB KILLED TWO POLICEMEN AND WOUNDED THREE CIVILIANS.",
     [(KIL, 2, 2, 2, SEC, False, False), (INJ, 3, 3, 3, CIV, False, False)]),
    ("TWO MAYORS WERE ASSASSINATED.", [(KIL, 2, 2, 2, CIV, False, False)]),
    ("THE ARMY MASSACRED 20 PEASANTS.", [(KIL, 20, 20, 20, CIV, False, False)]),
    ("ARCHBISHOP ROMERO WAS ASSASSINATED.", [(KIL, 1, 1, 1, UNK, False, False)]),
    ("NO ONE WAS HURT IN THE EXPLOSION.", [(INJ, 0, 0, 0, UNK, False, True)]),
    # --- headlines and other phrasings
    ("2 dead, 5 hurt in overnight shooting",
     [(KIL, 2, 2, 2, UNK, False, False), (INJ, 5, 5, 5, UNK, False, False)]),
    ("Man dies after shooting on Elm Street", [(KIL, 1, 1, 1, CIV, False, False)]),
    ("Police said 3 people were killed and 7 were injured.",
     [(KIL, 3, 3, 3, CIV, False, False), (INJ, 7, 7, 7, CIV, False, False)]),
    ("Four villagers are believed to have been killed.", [(KIL, 4, 4, 4, CIV, False, False)]),
    ("A police officer and two civilians were wounded.",
     [(INJ, 1, 1, 1, SEC, False, False), (INJ, 2, 2, 2, CIV, False, False)]),
    ("Two people, including a child, were injured.", [(INJ, 2, 2, 2, CIV, False, False)]),
    ("Two bodies were found dead in the river.", [(KIL, 2, 2, 2, UNK, False, False)]),
    ("Officers shot and killed the gunman.", [(KIL, 1, 1, 1, ATT, False, False)]),
    ("At least five people were killed and dozens wounded.",
     [(KIL, 5, 5, N, CIV, False, False), (INJ, 12, 12, N, CIV, False, False)]),
    ("Fifteen people were taken hostage.", [("abducted", 15, 15, 15, CIV, False, False)]),
    ("The clashes killed 10 people, bringing the death toll since March to 400.",
     [(KIL, 10, 10, 10, CIV, False, False), (KIL, 400, 400, 400, UNK, True, False)]),
    # --- not casualties
    ("The car was shot at by unknown men.", []),
    ("Police said the incident was captured on video.", []),
    ("The dead included two children.", []),
    ("The wounded were taken to a hospital.", []),
    ("The 2013 attack killed 67 people.", [(KIL, 67, 67, 67, CIV, False, False)]),
    ("On July 7 three people were shot.", [(INJ, 3, 3, 3, CIV, False, False)]),
    ("", []),
]  # fmt: skip


def _rows(mentions: list[CasualtyMention]) -> list[Row]:
    return [
        (m.kind, m.count.low, m.count.best, m.count.high, m.side, m.aggregate, m.negated)
        for m in mentions
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts_find_casualties(text: str, expected: list[Row]) -> None:
    assert _rows(find_casualties(text)) == expected


# Lower-case sentences of the table must code the same in upper case.
UPPER_CASES = [
    (text.upper(), expected)
    for text, expected in CASES
    if text and not any(c.isupper() for c in text[1:].replace("I ", ""))
    and not any(word[:1].isupper() for word in text.split()[1:])
]


@pytest.mark.parametrize(("text", "expected"), UPPER_CASES)
def test_counts_upper_case_codes_the_same(text: str, expected: list[Row]) -> None:
    assert _rows(find_casualties(text)) == expected


def test_counts_upper_case_table_is_not_empty() -> None:
    assert len(UPPER_CASES) >= 40


# --------------------------------------------------------------------------------------
# spans and figure words
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "_expected"), [c for c in CASES if c[1]])
def test_counts_spans_point_into_text(text: str, _expected: list[Row]) -> None:
    for mention in find_casualties(text):
        trig = mention.trigger
        assert text[trig.start : trig.end] == trig.text
        assert trig.part == "text"
        span = mention.count.span
        if span is not None:
            assert text[span.start : span.end] == span.text == mention.count.text


FIGURE_WORDS = [
    ("At least 52 troops were killed.", "At least 52", "killed"),
    ("The bomb went off, wounding 10 to 15 people.", "10 to 15", "wounding"),
    ("Hundreds of soldiers have been killed in the violence.", "Hundreds", "killed"),
    ("A woman was fatally shot.", "A woman", "fatally shot"),
    ("The death toll rose to 15.", "15", "death toll"),
    ("No one else was hurt.", "No one", "hurt"),
    ("Some of the attackers had died.", "Some", "died"),
    ("SIX JESUITS WERE MURDERED.", "SIX", "MURDERED"),
]


@pytest.mark.parametrize(("text", "figure", "trigger"), FIGURE_WORDS)
def test_counts_figure_and_trigger_words(text: str, figure: str, trigger: str) -> None:
    (mention,) = find_casualties(text)
    assert mention.count.text == figure
    assert mention.trigger.text == trigger


def test_counts_offset_and_part_shift_spans_into_the_article() -> None:
    article = "Gunmen attack convoy. At least 7 soldiers were killed."
    body = article[22:]
    (mention,) = find_casualties(body, offset=22, part="title")
    assert mention.trigger.part == "title"
    assert mention.count.span is not None
    assert article[mention.count.span.start : mention.count.span.end] == "At least 7"
    assert article[mention.trigger.start : mention.trigger.end] == "killed"


def test_counts_report_with_background_and_aggregate() -> None:
    text = (
        "At least 30 soldiers were killed on Friday when militants ambushed a convoy. "
        "The interior ministry said some of the attackers had died. "
        "Hundreds of troops have been killed in the insurgency. "
        "In 2015 a bomb on a bus killed 40 passengers."
    )
    rows = _rows(find_casualties(text))
    assert rows == [
        (KIL, 30, 30, N, SEC, False, False),
        (KIL, N, N, N, ATT, False, False),
        (KIL, 100, 100, N, SEC, True, False),
        (KIL, 40, 40, 40, CIV, False, False),
    ]


# --------------------------------------------------------------------------------------
# ages set off by commas are never tolls
# --------------------------------------------------------------------------------------

AGE_APPOSITIVES = [
    ("Darryl Jones, 47, of Salem, later died at the hospital.", [(KIL, 1)]),
    ("Marcus Reed Jr., 27, of Eastfield, died from his wounds.", [(KIL, 1)]),
    ("Toddler Ana Ruiz, 3, Accidentally Shot Dead by Cousin", [(KIL, 1)]),
    ("A teenager shoots, kills man, 18, outside a store", [(KIL, 1)]),
    ("Police said Tom Price, 34, was shot and killed.", [(KIL, 1)]),
    # a figure after a comma is a toll when nothing after it closes an appositive
    ("2 dead, 5 hurt in overnight shooting", [(KIL, 2), (INJ, 5)]),
    ("Gunmen killed three guards, 2 drivers and a passenger.", [(KIL, 3), (KIL, 2), (KIL, 1)]),
    # a place before the comma is no victim of the list
    ("Overnight shooting in Riverton, one killed", [(KIL, 1)]),
    # "eight" are some of the eleven, not eight more
    ("The gunfire injured 11 people, eight from one family.", [(INJ, 11)]),
    # an age with no closing comma: before "who", before a name, with a spaced "year-old"
    ("Ann Lee, 33, and Carl Lee, 34 who were shot and killed at home", [(KIL, None)]),
    ("Teen shoots, kills man, 18 Juan Ortiz fatally wounded at home", [(KIL, 1), (KIL, 1)]),
    ("The coroner said the 5 year-old boy died hours later.", [(KIL, 1)]),
    # a headline list of something else is no victim of the toll beside it
    ("40 Shots Fired, 1 Dead in Overnight Shooting", [(KIL, 1)]),
    ("90 Sick, 6 Dead in Outbreak", [(KIL, 6)]),
    # a figure of people in the same list still counts
    ("2 Others, 3 Children Killed in Fire", [(KIL, 2), (KIL, 3)]),
    ("In Gaza, 34 were killed.", [(KIL, 34)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGE_APPOSITIVES)
def test_counts_age_appositives_are_not_tolls(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(m.kind, m.count.best) for m in find_casualties(text)] == expected


SHOT_INCLUDES_DEAD = [
    ("Four people were shot on Main Street.", [(INJ, True)]),
    ("Gunmen shot six people at a party.", [(INJ, True)]),
    ("Two men were wounded.", [(INJ, False)]),
    ("A man was shot and wounded.", [(INJ, False)]),
    ("A man was shot and killed.", [(KIL, False)]),
    ("Four people were shot, one fatally.", [(INJ, False), (KIL, False)]),
    # struck, hit, grazed by gunfire say who was hit, like "shot"
    ("A girl was hit by a stray bullet.", [(INJ, True)]),
    ("The boy was struck in the chest.", [(INJ, True)]),
    ("Police are investigating a triple shooting.", [(INJ, True)]),
    ("A man shoots his neighbor.", [(INJ, True)]),
]


@pytest.mark.parametrize(("text", "expected"), SHOT_INCLUDES_DEAD)
def test_counts_bare_shot_counts_the_dead_among_the_hit(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert [(m.kind, m.includes_dead) for m in find_casualties(text)] == expected


# --------------------------------------------------------------------------------------
# incident_count: one toll from many mentions (killed best, injured best)
# --------------------------------------------------------------------------------------

INCIDENTS: list[tuple[str, str, int | None, int | None]] = [
    ("repeated toll keeps its size", "3 dead, 7 hurt in shooting. Three people were killed "
     "and seven others were injured. The three victims died at the scene.", 3, 7),
    ("a later update raises it", "Two people were killed. The toll later rose to 4.", 4, N),
    ("a listed toll is summed", "Two soldiers, a policeman and a civilian were killed.", 4, N),
    ("another lone victim adds one", "A man was killed on Friday. Another man was killed "
     "nearby an hour later.", 2, N),
    ("another after a plural toll does not", "Three people died in the shooting. Another "
     "man was found dead in the car.", 3, N),
    ("shot with a later death", "Four people were shot on Friday night. One man died at "
     "the hospital.", 1, 3),
    ("shot, one fatally", "Four people were shot, one fatally.", 1, 3),
    ("headline and lead agree", "4 shot, 1 killed at park. Four people were shot, one "
     "fatally, at the park.", 1, 3),
    ("one victim shot who died", "A man was shot in the chest. He died at the hospital.",
     1, 0),
    ("shot and killed is not also injured", "A man was shot and killed on Sunday.", 1, N),
    ("shot in the head, fate unknown", "The boy was shot in the head on Friday.", N, 1),
    ("the victim named several times", "The victim was shot in the back. Police said the "
     "victim was shot after an argument. The victim was taken to a hospital.", N, 1),
    ("another person shot is someone else", "Three people died. Another woman was shot in "
     "the leg.", 3, 1),
    ("a singular victim", "A 17-year-old was shot and killed outside a school.", 1, N),
    ("an age is no toll", "Darryl Jones, 47, of Salem, later died.", 1, N),
    ("negation alone", "A shop was hit by gunfire. No one was hurt.", N, 0),
    ("negation beside a victim", "A man was wounded. No one else was hurt.", N, 1),
    ("wounded figures are not reduced", "Two people were killed and five were wounded.",
     2, 5),
    ("a fatal shooting of a named victim", "Police arrested a man in the fatal shooting of "
     "a 20-year-old at a lounge.", 1, N),
    ("the murder of a counted group", "He was convicted of the murder of six priests.", 6, N),
    ("a fatal shooting alone is one death", "A man was charged in a fatal shooting on Elm "
     "Street.", 1, N),
    ("a death with no victim read is nothing", "The death penalty was sought.", N, N),
    ("an aged name is one victim", "The shooting killed 13-year-old Jane Doe.", 1, N),
    ("a named victim and her appositive", "17-year-old Jane Doe, teen killed in shooting",
     1, N),
    ("two bare nouns are two victims", "Father, daughter found dead in home", 2, N),
    ("shot, killed in a headline", "Toddler Shot, Killed By Cousin", 1, N),
    ("a child who shot himself and died", "The boy accidentally shot himself in the chest. "
     "The boy died at the hospital.", 1, 0),
    ("a reduced relative shot, then died", "A 7-year-old girl shot late Monday in a car "
     "has died, police said.", 1, N),
    ("a relative clause shot, then died", "A woman who was shot Friday night died Sunday "
     "at a hospital.", 1, N),
    ("shot and died in one clause", "A man was shot and died at the scene.", 1, N),
    ("three shot, one has died", "Three people shot in the park has died.", N, 3),
    ("another subject dies", "He was shot in the arm, and his dog died.", N, 1),
    ("a whole including the gunman", "The attack left five people including the gunman "
     "dead.", 5, N),
    ("another after the dead, noun left out", "The shooting left three people dead and "
     "another injured.", 3, 1),
    ("another wounded, repeated", "Two were killed and another wounded. Two people were "
     "killed, and another wounded at the bar.", 2, 1),
    ("an object shot, one fatally", "A gunman shot six people, one fatally, at a party.",
     1, 5),
    ("an object shot, two of them fatally", "Gunmen shot four men, two of them fatally.",
     2, 2),
    ("the murder of counted citizens", "Police investigate the murder of two American "
     "citizens.", 2, N),
    ("a list with a partitive", "His driver and one of his bodyguards were killed.", 2, N),
    ("a toddler killed himself", "The toddler accidentally shot and killed himself. The "
     "boy was shot in the chest.", 1, 0),
    # a killer's own death counts among the dead, once
    ("a murder-suicide counts the killer", "A man killed his wife and two children before "
     "killing himself.", 4, N),
    ("turned the gun on himself", "A man shot and killed his wife, then turned the gun on "
     "himself.", 2, N),
    ("a toll that has counted the gunman", "Five people, including the gunman, were "
     "killed. The gunman killed four people and then himself.", 5, N),
    ("a lone self-inflicted death", "A 7-year-old boy fatally shot himself.", 1, N),
    ("a later suicide is not a murder-suicide", "Police believe he took his own life. His "
     "friend was shot and killed a week ago.", 1, N),
    ("victims then the killer's death", "He killed his daughter and wounded his son "
     "before turning the gun on himself.", 2, 1),
    # injuries
    ("sent to the hospital, one died there", "The shooting sent five people to the "
     "hospital. One of them died.", 1, 4),
    ("sent others to the hospital", "The gunman killed two and sent three others to "
     "hospitals.", 2, 3),
    ("hit in a shooting", "Police say four people were hit in an overnight shooting.", N, 4),
    ("two more injured", "At least 2 dead, 2 more critically injured.", 2, 2),
    ("shot at a place", "Three people were shot at a bar early Sunday.", N, 3),
    ("shot at least four", "A gunman shot at least four people, one fatally.", 1, 3),
    ("a mother and daughter", "A mother and daughter were shot in their home.", N, 2),
    ("a possessive before the figure", "The gunman opened fire, injuring a mother and her "
     "two teenage sons.", N, 3),
    ("a named object of shot", "Police say another teen accidentally shot Turner inside "
     "a home.", N, 1),
    ("two named victims killed", "Ann Lee and Jo Kim were shot dead on Sunday.", 2, N),
    ("an aged list of victims", "He killed 41-year-old Ann Lee and 3-year-old Jo Lee.", 2, N),
    ("a parent of a number is one victim", "Father of 5 killed, 4 hospitalized after "
     "shooting", 1, 4),
    # named and aged victims read in more places
    ("named objects of an active verb", "The gunman opened fire, killing Ann Marie Lee and "
     "Jo Kim.", 2, N),
    ("a shooting death of a name", "Police have no suspects in the shooting death of Tom "
     "Ray.", 1, N),
    ("a shooting death of an age", "Neighbours rallied after the shooting death of a "
     "12-year-old.", 1, N),
    ("claimed the life of", "The crash that claimed the life of a 15-year-old boy and left "
     "three others wounded.", 1, 3),
    ("took the lives of", "The blast took the lives of two teens.", 2, N),
    ("an object shot to death", "The boy shot his 6-year-old brother to death.", 1, N),
    ("a month-old object", "A man shot and killed a 4-month old baby.", 1, N),
    ("a month-old subject", "Police say an 18-month old is dead after a shooting.", 1, N),
    ("a pronoun and a figure", "He killed her and three other people.", 4, N),
    ("murder-suicide with a listed toll", "He killed her and three other people before "
     "fatally shooting himself.", 5, N),
    ("turned a shotgun on himself", "He fatally shot his wife and four children, then "
     "turned the shotgun on himself.", 6, N),
    # a gunshot wound tells one hit, the dead among them
    ("found with gunshot wounds", "Police found four people with gunshot wounds.", N, 4),
    ("found with a wound, then died", "Police found a man with a gunshot wound. He died at "
     "the scene.", 1, 0),
    ("arrived at a hospital with wounds", "Two men arrived at the hospital with gunshot "
     "wounds.", N, 2),
    ("a singular wound, then died", "A 7-year-old boy has died after he suffered a "
     "self-inflicted gunshot wound.", 1, 0),
    ("a named victim and her appositive suffered a wound", "The woman, Jade Doe, 22, "
     "suffered a non-life threatening gunshot wound.", N, 1),
    ("a slight wound stays besides the dead", "A man was killed. The woman suffered a "
     "non-life threatening gunshot wound.", 1, 1),
    # someone besides the dead
    ("also shot, and survived", "The girl was shot and killed. Her mother was also shot, "
     "but survived.", 1, 1),
    ("killed and another shot in one sentence", "A father was killed and his 4-year-old son "
     "was shot by masked men.", 1, 1),
    ("also shot himself is still the dead", "He also shot himself. He died at the scene.",
     1, 0),
    # figures that are not tolls
    ("an age decade is no toll", "Two more people in their 40s were hurt.", N, N),
    ("an age range is no toll", "Four boys between ages 12 and 16 were wounded.", N, N),
    ("a block number is no toll", "A car hit a hydrant on the 9300 block of Burt, "
     "ejecting a woman, who died.", N, N),
    ("a street address is no toll", "Two men at 4077 Union Hill Road appeared to be dead.",
     N, N),
    ("a glued age is no toll", "Shots were fired after a 16yo died.", N, N),
    ("a nationality after a figure is a toll", "At least 130 Iraqis were killed.", 130, N),
    # named victims listed with their ages
    ("named subjects with ages", "Ann Lee, 31, and Jo Kim, 25, were killed.", 2, N),
    ("three named subjects with ages", "Al Roe, 55, Bea Roe, 29, and Cy Roe, 8, were "
     "fatally shot.", 3, N),
    ("a home town is no second victim", "Al Roe, 18, of Salem was killed Sunday.", 1, N),
    ("named objects with ages", "The gunman killed Ann Lee, 21, Jo Kim, 33, and Al Roe, "
     "40, on Sunday.", 3, N),
    ("named objects of a subjectless verb", "The shooting killed Ann Lee, 21, and Jo Kim, "
     "22, last week.", 2, N),
    ("a named victim shot, then dead", "The blast of gunfire shot Ann Lee. She died.", 1, 0),
    # "others" of the same kind add up; "others" beside the dead stay apart
    ("others grazed add to those wounded", "Two people were shot and wounded and three "
     "others were grazed by bullets.", N, 5),
    ("others shot are besides the dead", "The man killed a couple and shot two others.",
     2, 2),
    ("others beside the dead of a triple shooting", "A triple shooting left one dead and "
     "two others injured.", 1, 2),
    ("a named victim and others are one list", "Lee and seven others were killed.", 8, N),
    # victims told by their condition, or treated and released
    ("a victim told by condition", "Police said a 16-year-old was flown to the hospital "
     "in critical condition.", N, 1),
    ("a condition after the verb", "The victim remains in stable condition.", N, 1),
    ("a condition after an auxiliary", "He is in serious condition.", N, 1),
    ("condition victims counted", "Two other men were taken to a hospital in good "
     "condition.", N, 2),
    ("treated and released", "The boy was treated and released for minor injuries.", N, 1),
    ("a place in critical condition is no victim", "Mercy Hospital in critical condition "
     "care.", N, N),
    ("a thing in good condition is no victim", "The car was in good condition.", N, N),
    ("the one in critical condition then died", "A man was shot. He was taken to a "
     "hospital in critical condition. He died Sunday.", 1, 0),
    # "suffered gunshot wounds" tells who was hit, the dead among them
    ("all hit, all dead", "Three men were found dead. All three suffered gunshot wounds.",
     3, 0),
    ("all hit, all alive", "All four suffered gunshot wounds but are recovering.", N, 4),
    # two people under a possessive
    ("a possessive pair", "The girl was killed while her sister and mother were injured.",
     1, 2),
    ("another possessive pair", "His wife and son were wounded.", N, 2),
    # a discourse adverb or a source is no second victim
    ("however is no name", "He was taken to a hospital. However, he was later pronounced "
     "dead.", 1, N),
    ("the source is no victim", "According to Medical Examiners, Lee died of a gunshot "
     "wound.", 1, N),
    ("a coroner's office is no victim", "According to the County Coroner's Office, a "
     "14-year-old is dead.", 1, N),
    # the dead named again by a definite phrase are not injured besides
    ("the dead told again", "A 3-year-old girl died Sunday. Police said the young girl "
     "was injured when the gun went off.", 1, 0),
    ("an indefinite victim is someone else", "A 3-year-old girl died Sunday. A woman was "
     "injured.", 1, 1),
    # "non-fatal" denies the word
    ("a non-fatal shooting", "A couple was charged in the non-fatal shooting of their son.",
     N, 1),
    # "N shooting victims": everyone hit, the dead among them
    ("shooting victims less the dead", "Officers located four shooting victims, and Lee and "
     "Kim died at the scene.", 2, 2),
    ("gunshot victims", "Six gunshot victims were taken to hospitals.", N, 6),
    ("shooting victims without a figure", "The shooting victims were identified.", N, N),
    # a headline murder-suicide told with commas
    ("a murder-suicide in a headline", "Man kills his girlfriend and her daughter, turns "
     "gun on himself", 3, N),
]  # fmt: skip


@pytest.mark.parametrize(("text", "killed", "injured"),
                         [c[1:] for c in INCIDENTS], ids=[c[0] for c in INCIDENTS])
def test_counts_incident_count_combines_mentions(
    text: str, killed: int | None, injured: int | None
) -> None:
    mentions = find_casualties(text)
    assert incident_count(mentions, "killed", exclude_side="attackers").best == killed
    assert incident_count(mentions, "injured").best == injured


def test_counts_incident_count_keeps_attackers_apart() -> None:
    mentions = find_casualties("Gunmen killed two guards before the gunman turned the gun "
                               "on himself.")
    assert incident_count(mentions, "killed", exclude_side="attackers",
                          own_death=False).best == 2
    assert incident_count(mentions, "killed", only_side="attackers").best == 1


CITY_TALLIES = [
    "Eight people were killed and 12 wounded in Chicago shootings throughout the day.",
    "Three people were killed in two separate shootings.",
    "Two were killed in weekend shootings.",
    "Seven people were wounded in shootings from Sunday to early Monday.",
    "Gunfire wounded 26 people across the city.",
    # a span of hours or days is a tally of its shootings, not one incident
    "Nine people were shot in a six-hour span on Saturday.",
    "The town saw 14 people shot over a span of 60 hours.",
    "Five men were wounded over a 48-hour period.",
]


@pytest.mark.parametrize("text", CITY_TALLIES)
def test_counts_city_wide_tallies_are_aggregates(text: str) -> None:
    found = [m for m in find_casualties(text) if m.kind in ("killed", "injured")]
    assert found and all(m.aggregate for m in found)


@pytest.mark.parametrize("text", [
    "Two people were killed in the shootings.",
    "Two adults and six children were found dead in the Gilchrist shootings.",
    "A man was killed in a shooting.",
])  # fmt: skip
def test_counts_one_spree_is_no_aggregate(text: str) -> None:
    found = find_casualties(text)
    assert found and not any(m.aggregate for m in found)


@pytest.mark.parametrize("text", [
    "The blast hit Kabul, killing Afghan soldiers.",
    "The attack, killing Afghan Army soldiers and Iraqi Army officers",
    "Police found Sanchez on Hwy 150 with a gunshot wound to the head.",
    "The death of 3 cows upset the farmer.",
])  # fmt: skip
def test_counts_capitals_and_figures_that_are_no_victims(text: str) -> None:
    assert all((m.count.best or 0) <= 1 for m in find_casualties(text))
    assert not any(m.count.best == 150 for m in find_casualties(text))


def test_counts_incident_count_skips_aggregates() -> None:
    mentions = find_casualties("A man was killed on Friday. Hundreds of people have been "
                               "killed in the violence since 2013.")
    assert incident_count(mentions, "killed").best == 1


# New patterns of local crime news; each row: (text, [(kind, best, side)]).
NEWS_PATTERNS: list[tuple[str, list[tuple[str, int | None, str]]]] = [
    # an abbreviation does not end the sentence, nor hide the figure
    ("Four U.S. Marines were killed by the gunman.", [(KIL, 4, SEC)]),
    ("Sgt. Jones was killed.", [(KIL, 1, "unknown")]),
    # kin and everyday victims the lexicon knows
    ("A teen accidentally shot and killed a friend.", [(KIL, 1, CIV)]),
    ("The man killed his grandson.", [(KIL, 1, CIV)]),
    # hit by gunfire
    ("A 7-year-old boy was hit by a stray bullet.", [(INJ, 1, CIV)]),
    ("Two women were struck by gunfire.", [(INJ, 2, CIV)]),
    ("Jones was struck in the leg.", [(INJ, 1, "unknown")]),
    ("The car was hit by a truck.", []),
    # double, triple shootings: the number hit; homicides: the number dead
    ("Police are investigating a triple shooting.", [(INJ, 3, "unknown")]),
    ("The double homicide shocked the town.", [(KIL, 2, "unknown")]),
    # "shoots" / "shooting" as a verb with a victim
    ("Girl, 11, shoots 13-year-old sister in neck", [(INJ, 1, CIV)]),
    ("The boy shoots self in hand.", [(INJ, 1, ATT)]),
    ("The gun went off, shooting the little girl in the arm.", [(INJ, 1, CIV)]),
    ("He killed his wife before shooting himself.", [(KIL, 1, CIV), (KIL, 1, ATT)]),
    ("The teen is recovering after shooting himself in the arm.", [(INJ, 1, ATT)]),
    ("A child fatally shoots self at home.", [(KIL, 1, ATT)]),
    # an adverb between the auxiliary and "shot"
    ("A teen was accidentally shot in the thigh.", [(INJ, 1, CIV)]),
    ("Bystander accidentally shot during fight", [(INJ, 1, CIV)]),
    # "shot at" a place is a hit; "shot at" a person or a car is fire that may miss
    ("Man shot at gas station", [(INJ, 1, CIV)]),
    ("Gunmen shot at a car on the highway.", []),
    ("Officers were shot at by the suspect.", []),
    ("Police said the gunman shot at officers.", []),
    # hit, struck, striking a person
    ("A bullet struck an 11-year-old girl in the car.", [(INJ, 1, "unknown")]),
    ("The gun went off, hitting his brother in the thigh.", [(INJ, 1, CIV)]),
    ("The bullet hit the wall.", []),
    ("The storm hit 30 homes.", []),
    ("The rebels began hitting the puppet army.", []),
    # sent to hospital: people only
    ("Shooting at bar sends 4 people to the hospital", [(INJ, 4, CIV)]),
    ("The party ended with five people in the hospital.", [(INJ, 5, CIV)]),
    ("He sent three letters to the hospital.", []),
    # the shooting of a person: one hit; with a murder charge, one dead
    ("Deputies are investigating the shooting of a 15-year-old boy.", [(INJ, 1, "unknown")]),
    ("He was charged with murder in the shooting of a teen.", [(KIL, 1, CIV)]),
    ("He was charged with attempted murder in the shooting of a teen.", [(INJ, 1, CIV)]),
    ("The shooting of the film ended.", []),
    # "he" never reads as a reduced passive; an unread object is no victim
    ("Man says he accidentally shot high school student", []),
    # "shooting" as a noun is no casualty
    ("DA seeks death penalty for mass shooting suspect.", []),
    ("The shooting happened at a party.", []),
    ("Police responded to the shooting\n\nHundreds of students gathered.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEWS_PATTERNS)
def test_counts_news_patterns(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert [(m.kind, m.count.best, m.side) for m in find_casualties(text)] == expected


# an unborn child, a natural death, an attempted murder or a death that only might have
# been is no death of the act; a victim "also" killed is one more; "another" as the
# object of the act is another than the killer
KILLED_TOTALS = [
    ("Four adults and an unborn child were killed in the attack.", 4),
    ("The party was held for a neighbor who died of natural causes.", None),
    ("Three men face charges in the attempted murders of four boys.", None),
    ("Police said there could have been ten people killed in the blast.", None),
    ("A man was killed on Oak Street. A woman also died at the scene.", 2),
    ("Two men were shot dead. A woman was also killed.", 3),
    ("A man was killed on Oak Street. A woman also died.", 2),
    ("Police charged a boy in the fatal shooting of another teen. The 16-year-old died.", 1),
    ("One man was killed and another man died later.", 2),
    ("The gunman killed nine people, including an unborn child.", 8),
    ("Police arrested a man in the fatal Grove Street shooting.", 1),
    # a clock time ends its sentence before a name, not before a day
    ("It happened about 4:30 a.m. Lane was pronounced dead at the scene.", 1),
    ("At 2 a.m. Sunday two men were killed.", 2),
    # a name's age after a listed name and age is no toll
    ("Dan Rees, 66 and Gina Rees, 64 were found dead in the home.", None),
    ("In the attack, 64 were killed.", 64),
    # an appositive is the same person; a home after "of" is no victim
    ("Police said the teen, Kevin Lane, of Southeast died Thursday.", 1),
    ("Police named Ann Lee, a nurse who was killed Sunday.", 1),
    ("Two guards, a nurse and a driver were killed.", 4),
    # the killer's own death adds to the victims he killed (an object), not to a toll
    ("A man killed his wife and her mother. Police said he shot his wife, then turned the "
     "gun on himself.", 3),
    ("A shooting killed 2 on Sunday. Police said he shot his wife, then turned the gun on "
     "himself.", 2),
]


@pytest.mark.parametrize(("text", "expected"), KILLED_TOTALS)
def test_counts_killed_totals_cues(text: str, expected: int | None) -> None:
    count = incident_count(find_casualties(text), "killed", exclude_side="attackers")
    assert count.best == expected


def test_counts_also_adds_no_injury() -> None:
    text = "Three people were shot. A woman was also shot and later released."
    cas = find_casualties(text)
    assert incident_count(cas, "injured").best == 3


# A victim told alive now ("is in stable condition", "remains in critical condition",
# "treated and released") is no one who died; "taken to the hospital in critical condition"
# may have died since and stays a hit, the dead among it.
ALIVE_NOW = [
    ("Lee Park was killed. A 14-year-old was hit in the arm and is in stable condition.", 1, 1),
    ("Lee Park was killed. His cousin remains in critical condition.", 1, 1),
    ("Lee Park was killed. A woman was treated and released.", 1, 1),
    ("Lee Park was killed. A 14-year-old was flown to a hospital in critical condition.", 1, 0),
    ("A man was shot. He died at the scene.", 1, 0),
]


@pytest.mark.parametrize(("text", "killed", "injured"), ALIVE_NOW)
def test_counts_alive_now_keeps_the_dead_off(text: str, killed: int, injured: int) -> None:
    mentions = find_casualties(text)
    assert incident_count(mentions, "killed", exclude_side="attackers").best == killed
    assert incident_count(mentions, "injured").best == injured


@pytest.mark.parametrize(("text", "expected"), [
    ("Officers then fired three more times, killing Cole. Police shot three more times.", N),
    ("Deputies shot 4 times at the car.", N),
    ("The gunman shot three more people.", 3),
    ("He shot two men three times each.", 2),
])  # fmt: skip
def test_counts_shots_fired_times_are_no_victims(text: str, expected: int | None) -> None:
    assert incident_count(find_casualties(text), "injured").best == expected
