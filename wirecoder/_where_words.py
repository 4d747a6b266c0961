"""Word tables of the geoparser (where.py): datelines, recognition cues and stop words,
feature words, distance phrases. Data, not logic: where.py reads them.
"""

from __future__ import annotations

import re

# -- datelines ----------------------------------------------------------------------------

_CITY = r"[A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3}"
_DATELINE_TAIL = re.compile(r"\s*[(,]\s*")
_AGENCY_FIRST = re.compile(
    r"\A\s*(?:AFP|AP|Reuters|REUTERS|UPI|DPA|dpa|EFE|ANSA|Xinhua|XINHUA|IANS|PTI|ANI|"
    r"Bernama|BERNAMA|TASS|Anadolu|ANADOLU|KUNA|WAM|MENA|SANA|IRNA|[A-Z]{2,6})\s*[,/]\s*"
    rf"({_CITY})\s*(?:\n|\Z)")
_CITY_FIRST = re.compile(
    rf"\A\s*({_CITY})"
    r"(?:\s*\([A-Z][A-Za-z .]{1,30}\))?"  # "ROME (ITALY)"
    r"(?:\s*,\s*[A-Z][A-Za-z.]{1,14}(?:[ ][A-Z][A-Za-z.]+)?)?"  # ", Tenn." / ", Egypt"
    r"(?:\s*,\s*\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?(?:\s+\d{2,4})?)?"  # ", 3 JAN 90"
    r"(?:\s*,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", Oct. 21"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--?|—|–|:)")


# A US broadcaster's dateline after page debris ("March 1, 2014 5:40 PM  PITTSBURGH
# (KDKA) --"): the call sign in brackets marks it wherever it starts.
_STATION_DATELINE = re.compile(
    rf"(?:\A|\n|\s{{2}}|[.!?/]\s)\s*({_CITY})(?:\s*,\s*[A-Z][A-Za-z.]{{1,14}})?"
    r"(?:\s*\((?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?|AP|CNN|[A-Z]{2,5}\.COM"
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z'.]+){1,2})\s*\)\s*(?:--?|—|–|:)|[ ](?:--|—|–[ ]))")


# -- recognition tables -------------------------------------------------------------------

# A word: a letter, then word characters, with a hyphen or dot only between letters.
# Written as runs rather than one alternation per character, which the scan pays for
# on every word of a report.
_TOKEN = re.compile(r"[^\W\d_][\w'’ʿʾ]*(?:[-.][^\W\d_][\w'’ʿʾ]*)*")
_CONNECTORS = frozenset(
    {"of", "al", "el", "de", "la", "le", "du", "des", "del", "da", "di", "an", "ash", "as",
     "at", "az", "ar", "ad", "ed", "es", "ul", "bin", "ibn", "abu", "y", "and", "on", "upon",
     "sur", "am", "im", "the"})
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west", "northern", "southern",
     "eastern", "western", "central", "downtown", "upper", "lower", "greater", "midtown",
     "uptown", "northeastern", "northwestern", "southeastern", "southwestern", "outer",
     "inner", "suburban", "rural", "metro"})
_CUES = {
    "in": "in", "near": "near", "outside": "outside", "at": "at", "of": "of", "from": "from",
    "to": "to", "into": "into", "inside": "in", "across": "across", "around": "around",
    "toward": "to", "towards": "to", "through": "in", "within": "in", "on": "at",
    "between": "between", "and": "and", "by": "near", "nearby": "near", "off": "near",
    "outskirts": "outside",
}
# The offices of a town or county: "Sangamon County Coroner", "Elmhurst police".
_OFFICES = frozenset({"police", "sheriff", "coroner", "prosecutor", "prosecutors", "deputies",
                      "mayor", "detectives", "commissioners", "jail"})
_AFTER_CUES = frozenset({"authorities", "officials", "residents", "county", "province",
                         "district", "governorate", "region", "area", "city", "town",
                         "village", "airport", "hospital"}) | _OFFICES
#: Words that follow a county's name in its offices' names ("Peoria County Circuit Court",
#: "Trumbull County Common Pleas Court", "Cook County Medical Examiner"): the county is
#: still named, and it places the report's towns.
_COUNTY_OFFICE = frozenset({"circuit", "superior", "district", "court", "courts", "courthouse",
                            "common", "criminal", "juvenile", "municipal", "probate",
                            "chancery", "family", "medical", "board", "commission",
                            "detention", "correctional", "attorney", "state's", "emergency",
                            "public", "health", "schools", "school"}) | _OFFICES
_PLACE_SUFFIX = frozenset({"county", "province", "district", "governorate",
                           "region", "city", "state", "airport", "department",
                           "fire", "township", "parish", "municipality", "valley", "oasis"}
                          ) | _OFFICES
_TITLES = frozenset(
    {"president", "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "capt",
     "captain", "lt", "sgt", "sen", "senator", "rep", "gov", "governor", "minister", "king",
     "queen", "prince", "sheikh", "judge", "justice", "officer", "sheriff", "pope", "imam",
     "spokesman", "spokeswoman", "commander", "chief", "former", "late", "saint", "st",
     "brother", "sister", "father", "lord", "lady", "sir", "mayor", "detective", "deputy"})
# Common words and names that are also towns somewhere; they become places only with a
# cue ("in May" is still a month, so months never do).
_COMMON_WORDS = """
a about after again against all also an and any are army as at attack attacks back be
because been before being best between both but by can could day did do does down during
each early even every few first for from further had has have he her here him his how i
if in into is it its just last late later least long made man many may me men more most
much must my new next no nor not now of off on once one only or other our out over own
people police president reading same security she should so some still such than that
the their them then there these they this those through to too under until up us very
was we were what when where which while who why will with would you your said says say
government forces troops soldiers military officials official sources source statement
news agency report reports media state islamic group groups rebels militants men women
children killed dead injured wounded bomb blast attack gunmen friday saturday sunday
monday tuesday wednesday thursday january february march april june july august
september october november december today yesterday tomorrow morning evening night
independence liberty union victory freedom unity justice hope progress paradise mobile
orange bath reading bristol banner mission commerce industry justice enterprise welcome
why alert accident energy power central national international general university
college hospital church mosque school court ministry interior defence defense office
party council assembly parliament congress senate house white black red green blue brown
gray grey young old big little great golden silver sun moon star since however although
though unlike like analysts authorities hundreds thousands dozens several both either
neither another among despite amid according earlier meanwhile there their these those
then thus also once again further still yet such christmas easter ramadan eid islam
christian muslim sunni shia shiite kurdish arab western eastern northern southern north
south east west officer officers chief captain major general colonel lieutenant sergeant
private corporal
"""
_COMMON = frozenset(_COMMON_WORDS.split())
# Nouns that local news capitalises inside names ("Ice Bar and Grill", "Boys and Girls
# Club", "the Village", "Hill District") and headlines ("Taken by Surprise"): alone they
# are a place only with a cue, as _COMMON's words are. Kept out of _COMMON, whose words
# also end no ALL-CAPS name ("GUATEMALA CITY").
_NAME_NOUNS = frozenset("""
grill bar lounge club village town city market river boys girls mud peace sorry four
slope hill lane academy surprise panhandle bourbon
""".split())
_CAP_NEXT = re.compile(r" [A-Z]")
# A sentence's capitalised first word before a name is no part of it ("Two Gary men"),
# nor is a headline's capitalised preposition ("Shot In Winchester").
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve "
                          "several both".split())
# Common words that name a sizeable town somewhere yet after "in" are almost never it.
_NEVER_BARE = frozenset({"best", "central", "man", "march", "may", "most", "of", "police",
                         "same", "university", "green"})
# In ALL-CAPS copy a bare word is a place only after a cue, and never one of these.
_UPPER_STOP_WORDS = """
army police guerrillas guerrilla terrorists terrorist fmln arena urban rural sector
department area zone region national front command radio television tv text report
"""
_UPPER_STOP = _COMMON | frozenset(_UPPER_STOP_WORDS.split())
#: Country evidence in ALL-CAPS wires: demonym, dateline, country name, place inside it.
_UPPER_COUNTRY_WEIGHTS = (0.3, 1.5, 1.5, 1.0)
#: A dateline that spells out its country ("MADRID (SPAIN)") is filed from abroad.
_UPPER_FOREIGN_DATELINE = 0.5
_CONTINENT_ADJ = frozenset({"central", "latin", "south", "pan", "inter"})
_FEATURE_WORDS: dict[str, frozenset[str]] = {
    "oasis": frozenset({"OAS"}), "valley": frozenset({"VAL", "GRGE"}),
    "desert": frozenset({"DSRT"}), "peninsula": frozenset({"PEN"}),
    "forest": frozenset({"FRST"}), "lake": frozenset({"LK"}),
    "mountains": frozenset({"MTS", "MT"}), "mountain": frozenset({"MTS", "MT"}),
    "mount": frozenset({"MT", "MTS"}), "jebel": frozenset({"MTS", "MT"}),
    "hills": frozenset({"MTS", "HLLS"}), "plains": frozenset({"PLN"}),
    "delta": frozenset({"DLTA"}), "heights": frozenset({"PLAT"}),
    "strip": frozenset({"RGN"}), "region": frozenset({"RGN"}), "pass": frozenset({"PASS"}),
    "glacier": frozenset({"GLCR"}), "province": frozenset({"ADM1", "ADM2"}),
    "governorate": frozenset({"ADM1"}), "state": frozenset({"ADM1"}),
    "department": frozenset({"ADM1"}), "municipality": frozenset({"ADM2"}),
    "county": frozenset({"ADM2"}), "district": frozenset({"ADM2", "ADM1"}),
    "city": frozenset({"PPL", "PPLC", "PPLA"}), "town": frozenset({"PPL"}),
    "village": frozenset({"PPL"}), "country": frozenset({"PCLI"}),
}
_WIDE_FEATURES = frozenset({"RGN", "PEN", "DSRT", "PLAT", "ISL"})
_LOWER_CHARS = re.compile(r"[a-z]")
_SENT_END = frozenset('.!?:"“\n')
_ARTICLE_CAP = re.compile(r"(?:al|el|an|ash|as|at|az|ar|ad|ed|en|es|ul|ibn|bin|abu)[-'’][A-Z]")
#: A title, then a capitalised first name, right before a span: "Lt. Mike Ireland".
_TITLED_NAME = re.compile(
    r"\b(?i:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")\.? [A-Z][a-z]+ $")
_HINT_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_NAME_SUFFIX = re.compile(r"-(based|area)$", re.IGNORECASE)
_AP_ABBREV = re.compile(
    r"\s*,\s*((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.(?:[A-Z]\.)+)|(?:[A-Z]\.[A-Z][a-z]{1,3}\.))")
_POSTAL_AFTER = re.compile(r"\s*,\s*([A-Z]{2})\b(?![.\w])")
_STATE_TOKEN = re.compile(
    r"(?<![\w.])((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.[A-Z]\.)|(?:W\.\s?Va\.)|(?:N\.\s?Mex\.))"
    r"(?![\w.])")
_POSTAL_TOKEN = re.compile(r"(?<=[a-zA-Z]),\s([A-Z]{2})(?=\s*(?:[(\-–—:)\n]|$))")
_STREET = re.compile(
    r"\b\d+\s+(?:block\s+of\s+)?(?:(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?)\s+)?"
    r"(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|"
    r"Terrace|Circle|Pike|Trail)\b")
# Where the wounded were taken, not where they were hit: "taken to a hospital in X",
# "flown to X", "treated at X".
_AWAY_BEFORE = re.compile(
    r"(?:\bhospitals?|\bmedical cent(?:er|re)|\btrauma cent(?:er|re)|\btaken|\bflown"
    r"|\btransported|\brushed|\bairlifted|\btreated|\btransferred)"
    r"\s+(?:[\w'’-]+,?\s+){0,4}?(?:in|at|to)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "the 7200 block of South Langley": a street even without "Avenue".
_BLOCK_OF = re.compile(
    r"\bblock\s+of\s+(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?[A-Z][\w'-]*")
# "the West Side", "Far South Side", "Downtown": a section of some city, no town of its own
# (the gazetteer lists hamlets under such names).
_CITY_SECTION = re.compile(
    r"\b(?:(?:Far|Lower|Upper)\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest"
    r"|Southeast|Near\s+(?:North|South|West))\s*[Ss]ide\b|\b(?:Downtown|Midtown|Uptown)\b(?!\s+[A-Z])")
_SECTION_WORDS = frozenset({"Downtown", "Midtown", "Uptown", "DOWNTOWN"})
# A local US report's marks: a TV call sign after its dateline ("CHELSEA (WHDH) -"), and
# American police-blotter idiom.
_CALL_SIGN = re.compile(r"\s*\([KW][A-Z]{2,3}(?:-TV)?\)")
_US_IDIOM = re.compile(
    r"\bblock of\b|\bsheriff|\b911\b|\bfelon(?:y|ies)\b|\bmisdemeanor|\barraign"
    r"|\bhighway patrol\b|\bstate police\b|\bdistrict attorney|\bcounty (?:jail|prosecutor"
    r"|coroner|medical examiner)|\bdeputies\b|\bpolice department\b|\bSWAT\b"
    r"|\bmedical examiner|\btroopers?\b|\bgrand jury\b|\b(?:first|second)-degree\b",
    re.IGNORECASE)
# "St. Louis", "Ft. Worth": the abbreviation's full stop does not end the name.
_NAME_ABBREV = frozenset({"St", "Ft", "Mt", "Pt"})
# "Lingle man accused ...", "Alturas shooting victims identified": a headline opens on the
# town its people or its shooting belong to.
# "Lingle man", "Carbondale chief", "Winchester Shooting", "the Williston Community": a
# headline names a town by the people and events it is known for.
_RESIDENT_WORDS = (
    "man|woman|men|women|teens?|teenager|boy|girl|child|toddler|infant|baby|youth|students?"
    "|couple|family|mother|father|dad|mom|residents?|shootings?|homicides?|murders?|police"
    "|chief|deaths?|officers?|deputy|deputies|community|standoff|slayings?|killings?"
    "|victims?|native|apartments?|neighborhood|area")
_RESIDENT_AFTER = re.compile(r"['’]?s?\s+(?:" + _RESIDENT_WORDS + r")\b", re.IGNORECASE)
_RESIDENT_WORD = re.compile(r"(?:" + _RESIDENT_WORDS + r")", re.IGNORECASE)
# "the Florida town of Bell": the feature word names the next place, not this one.
_OF_AFTER = re.compile(r"\s+(?:town|city|village|county|district|province|region|state)"
                       r"\s+of\b")
_AWAY_LAST = frozenset({"in", "at", "to", "the"})
_HOSPITAL_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[A-Z][\w'’]*){0,3}\s+(?:Hospital|Medical Cent(?:er|re)|Trauma Cent(?:er|re)"
    r"|Health Cent(?:er|re)|Clinic)\b")
_ROAD_AFTER = re.compile(
    r"\s+(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd\b|Drive|Lane|Highway|"
    r"Parkway|Square|Bridge|Park|Mall|University|College|School|High|Church|Mosque|"
    r"Hospital|Times|Post|Herald|Tribune|Journal|News|Gazette)\b")

# -- distance phrases ---------------------------------------------------------------------

_DIR = {
    "north": 0.0, "north-northeast": 22.5, "northeast": 45.0, "east-northeast": 67.5,
    "east": 90.0, "east-southeast": 112.5, "southeast": 135.0, "south-southeast": 157.5,
    "south": 180.0, "south-southwest": 202.5, "southwest": 225.0, "west-southwest": 247.5,
    "west": 270.0, "west-northwest": 292.5, "northwest": 315.0, "north-northwest": 337.5,
}
_DIR_FLAT = {k.replace("-", ""): v for k, v in _DIR.items()}
_DISTANCE_HINT = re.compile(r"\d\s*-?\s*(?:km|kilomet|mi)", re.IGNORECASE)
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometer": 1.0, "mi": 1.609344, "mile": 1.609344, "miles": 1.609344}
_QUALIFIER = re.compile(
    r"(?:about|some|around|roughly|nearly|approximately|almost|more\s+than|less\s+than|"
    r"over|under|just|only)\s+$", re.IGNORECASE)
_DISTANCE = re.compile(
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*-?\s*(km|kms|kilomet(?:re|er)s?|miles?|mi)\b\.?"
    r"(?:\s*\([^()]{1,30}\))?\s*,?\s+"
    r"(?:(?:to\s+the\s+)?((?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})"
    r"(?:ern)?\s+)?(?:of|from|outside)\s+(?:the\s+)?(?:(?:capital|city|town|village)\s*,?\s+)?",
    re.IGNORECASE)
