"""Phrase tables and regex vocabularies for casualty counting (see wirecoder.counts).

Number words and qualifiers, the victim-noun lexicon with sides, the trigger table, the
word classes the clause readers skip or stop at, and the noun and aggregate patterns.
Kept apart so that counts.py holds the reading logic; nothing here reads a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

CasualtyKind = Literal["killed", "injured", "missing", "abducted", "arrested", "displaced"]
Side = Literal["attackers", "security", "civilians", "unknown"]

_I = re.IGNORECASE


def _words(spaced: str) -> list[str]:
    return spaced.split()


# --------------------------------------------------------------------------------------
# Number words and qualifiers (read by counts.parse_number)
# --------------------------------------------------------------------------------------

_UNITS = {
    w: i
    for i, w in enumerate(
        _words(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_NUMBER_WORDS = {**_UNITS, **_TENS, **_SCALES}

#: Vague figures ACLED turns into numbers; all are lower bounds.
_VAGUE_VALUES = {
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens": 10,
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "two dozen": 24, "three dozen": 36,
    "four dozen": 48, "several dozen": 12, "a few dozen": 12, "a score": 20,
    "several hundred": 100, "a few hundred": 100, "some hundred": 100,
    "several thousand": 1000, "a few thousand": 1000, "some thousand": 1000,
}  # fmt: skip
_EXACT_WORDS = {"both": 2, "a couple": 2, "couple": 2}
#: Quantifiers that say there were casualties but give no number.
_NO_NUMBER = frozenset(
    [
        *_words("several some many numerous multiple few most all countless"),
        *("a few", "a number", "a handful", "a large number", "a great many", "a great number"),
    ]
)

# Qualifier -> how the figure bounds the truth.
_Q_LOW, _Q_HIGH, _Q_APPROX = "low", "high", "approx"
_QUALIFIERS: tuple[tuple[str, str | None], ...] = tuple(
    sorted(
        [
            ("at least", _Q_LOW), ("no fewer than", _Q_LOW), ("no less than", _Q_LOW),
            ("not less than", _Q_LOW), ("a minimum of", _Q_LOW), ("more than", _Q_LOW),
            ("well over", _Q_LOW), ("far more than", _Q_LOW), ("much more than", _Q_LOW),
            ("well more than", _Q_LOW), ("over", _Q_LOW), ("upwards of", _Q_LOW),
            ("in excess of", _Q_LOW),
            ("up to", _Q_HIGH), ("as many as", _Q_HIGH), ("at most", _Q_HIGH),
            ("no more than", _Q_HIGH), ("not more than", _Q_HIGH),
            ("a maximum of", _Q_HIGH), ("fewer than", _Q_HIGH), ("less than", _Q_HIGH),
            ("under", _Q_HIGH),
            ("about", _Q_APPROX), ("around", _Q_APPROX), ("approximately", _Q_APPROX),
            ("approx.", _Q_APPROX), ("approx", _Q_APPROX), ("roughly", _Q_APPROX),
            ("some", _Q_APPROX), ("nearly", _Q_APPROX), ("almost", _Q_APPROX),
            ("close to", _Q_APPROX), ("an estimated", _Q_APPROX), ("estimated", _Q_APPROX),
            # neutral: they do not change the bounds of the figure that follows
            ("another", None), ("a further", None), ("an additional", None),
            ("additional", None), ("all", None), ("a total of", None),
        ],
        key=lambda q: -len(q[0]),
    )
)  # fmt: skip


# --------------------------------------------------------------------------------------
# Number-phrase regex (what parse_number can read, as it appears in text)
# --------------------------------------------------------------------------------------

def _alt(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # longest first: "seventeen" before "seven"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# A figure followed by one of these is a time, a distance, an age... never a toll.
_NOT_A_TOLL = (
    r"(?!\s*-?\s*(?:years?\b|yrs?\b|year-old|a\.?m\b|p\.?m\b|km\b|kilomet|miles?\b|mm\b|%|"
    r"percent|per\s+cent|kg\b|hours?\b|hrs?\b|minutes?\b|mins?\b|seconds?\b|days?\b|weeks?\b|"
    r"months?\b|o'clock|times\b|shots\b|rounds\b|bullets\b|vehicles?\b|cars?\b|houses?\b|"
    r"homes?\b|buildings?\b|rockets?\b|bombs?\b|grenades?\b|met(?:er|re)s?\b|feet\b|foot\b|"
    r"inches\b|dollars?\b|rupees?\b|calibre|caliber|mph\b|block\b|gauge\b))"
)
_WN = rf"(?:{_alt(_NUMBER_WORDS)})\b"
_WORDNUM = rf"\b{_WN}(?:(?:\s*-\s*|\s+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+){_WN})*"
_DIGITNUM = (
    r"(?<![\w.,$£€#/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%]|[.,:]\d|-[^\W\d_])"
    r"(?:\s+(?:million|thousand|hundred)\b)?"
)
_CARD = rf"(?:{_DIGITNUM}|{_WORDNUM}|\ba\s+(?:hundred|thousand|million)\b){_NOT_A_TOLL}"
_VAGUE = rf"\b(?:{_alt([*_VAGUE_VALUES, *_EXACT_WORDS, *_NO_NUMBER])})\b"
_QUAL = rf"\b(?:{_alt(q for q, _ in _QUALIFIERS)})"
_NUMPHRASE = (
    rf"(?:{_QUAL}\s+)*(?:between\s+{_CARD}\s+and\s+{_CARD}|{_CARD}(?:\s*(?:-|–|\bto\b|\bor\b)"
    rf"\s*{_CARD})?|{_VAGUE})(?:\s+or\s+(?:so|more)\b|-plus\b|\+)?"
)
_NUM_TAIL_RE = re.compile(rf"(?:{_NUMPHRASE})$", _I)

# --------------------------------------------------------------------------------------
# Victim-noun lexicon with sides
# --------------------------------------------------------------------------------------

# "x+s": singular x, plural xs; "x|y": singular x, plural y; "*x": collective (plural).
_LEXICON_SPEC: dict[Side, str] = {
    "attackers": (
        "attacker+s assailant+s militant+s gunman|gunmen insurgent+s suspect+s terrorist+s "
        "rebel+s jihadist+s jihadi+s extremist+s shooter+s bomber+s fighter+s guerrilla+s "
        "guerilla+s maoist+s naxal+s naxalite+s cadre+s bandit+s kidnapper+s robber+s "
        "perpetrator+s hijacker+s subversive+s separatist+s islamist+s raider+s intruder+s "
        "infiltrator+s culprit+s assassin+s sniper+s gangster+s ultra+s"
    ),
    "security": (
        "soldier+s troop+s trooper+s *police policeman|policemen policewoman|policewomen "
        "officer+s cop+s constable+s *personnel guard+s serviceman|servicemen "
        "servicemember+s marine+s sailor+s airman|airmen paratrooper+s commando+s "
        "gendarme+s jawan+s deputy|deputies sheriff+s ranger+s peacekeeper+s "
        "guardsman|guardsmen sergeant+s corporal+s lieutenant+s captain+s colonel+s "
        "conscript+s recruit+s patrolman|patrolmen detective+s *forces *military *army "
        "agent+s"
    ),
    "civilians": (
        "civilian+s *people person|persons individual+s man|men woman|women child|children "
        "kid+s boy+s girl+s baby|babies infant+s toddler+s teen+s teenager+s youth+s "
        "student+s schoolgirl+s schoolboy+s *schoolchildren pupil+s worshipper+s "
        "worshiper+s villager+s peasant+s farmer+s resident+s passenger+s pilgrim+s "
        "tourist+s shopper+s bystander+s passerby|passersby passer-by|passers-by "
        "protester+s protestor+s demonstrator+s journalist+s reporter+s teacher+s doctor+s "
        "nurse+s worker+s employee+s labourer+s laborer+s fisherman|fishermen trader+s "
        "driver+s motorist+s customer+s guest+s priest+s jesuit+s nun+s monk+s cleric+s "
        "wife|wives husband+s son+s daughter+s mother+s father+s brother+s sister+s "
        "girlfriend+s boyfriend+s neighbor+s neighbour+s victim+s official+s mayor+s "
        "judge+s lawyer+s politician+s activist+s miner+s refugee+s migrant+s hostage+s "
        "patient+s occupant+s copt+s christian+s muslim+s hindu+s sikh+s "
        "tribesman|tribesmen leader+s councillor+s councilor+s candidate+s *clergy "
        "relative+s cousin+s uncle+s aunt+s grandmother+s grandfather+s nephew+s niece+s "
        "adult+s citizen+s missionary|missionaries pedestrian+s businessman|businessmen "
        "engineer+s diplomat+s friend+s classmate+s roommate+s coworker+s co-worker+s "
        "grandson+s granddaughter+s grandchild|grandchildren stepson+s stepdaughter+s "
        "stepfather+s stepmother+s sibling+s twin+s newborn+s parent+s grandparent+s "
        "juvenile+s fiance+s fiancee+s partner+s homeowner+s clerk+s owner+s bouncer+s stranger+s "
        "acquaintance+s male+s female+s gentleman|gentlemen lady|ladies sophomore+s "
        "freshman|freshmen senior+s"
    ),
    "unknown": "other+s",
}


def _build_lexicon() -> tuple[dict[str, Side], frozenset[str], frozenset[str]]:
    side_of: dict[str, Side] = {}
    singular: set[str] = set()
    plural: set[str] = set()
    for side, spec in _LEXICON_SPEC.items():
        for entry in spec.split():
            if entry.startswith("*"):
                forms = [(entry[1:], False)]
            elif "|" in entry:
                one, many = entry.split("|")
                forms = [(one, True), (many, False)]
            elif "+" in entry:
                stem, suffix = entry.split("+")
                forms = [(stem, True), (stem + suffix, False)]
            else:
                forms = [(entry, True)]
            for form, is_singular in forms:
                side_of[form] = side
                (singular if is_singular else plural).add(form)
    return side_of, frozenset(singular), frozenset(plural)


_SIDE_OF, _SINGULAR_NOUNS, _PLURAL_NOUNS = _build_lexicon()
# "17-year-old", "4-month-old", "16-month old": an age that names a person
_AGE = r"\d+-(?:years?|yrs?|months?|weeks?|days?)(?:-|\s+)old\b"
_AGE_TOKEN_RE = re.compile(_AGE, _I)
_LEXWORD = rf"(?:\b(?:{_alt(_SIDE_OF)})\b|{_AGE})"

# --------------------------------------------------------------------------------------
# Trigger table
# --------------------------------------------------------------------------------------

# Voice: "act" reads an object only; "pp" a subject only; "amb" (a past form) reads the
# object when there is one and no passive auxiliary, else the subject.
_TRIGGERS: dict[CasualtyKind, dict[str, str]] = {
    "killed": {
        "amb": (
            r"shot\s+and\s+killed|shot,\s+killed|shot\s+dead|shot\s+to\s+death|(?:stabbed|hacked|beaten|"
            r"bludgeoned|clubbed|crushed|tortured|strangled|burn(?:ed|t))\s+to\s+death|"
            r"burn(?:ed|t)\s+alive|(?:fatally|mortally)\s+(?:shot|wounded|injured|stabbed|hurt|"
            r"struck|hit)|gunned\s+down|killed|murdered|assassinated|massacred|slaughtered|"
            r"executed|beheaded|lynched|butchered|martyred"
        ),
        "pp": (
            r"slain|died|dies|dead|perished|succumbed|lost\s+(?:their|his|her)\s+lives?|"
            r"deceased"
        ),
        "act": (
            r"kills|killing|murdering|murders|massacring|massacres|assassinating|"
            r"slaughtering|executing|beheading|lynching|gunning\s+down|shooting\s+dead|"
            r"shooting\s+and\s+killing|stabbing\s+to\s+death"
        ),
    },
    "injured": {
        "amb": (
            r"shot\s+and\s+(?:wounded|injured)|wounded|injured|hurt|shot(?!\s+(?:down|up)\b)|"
            r"stabbed|maimed"
        ),
        "pp": (
            r"hospitali[sz]ed|(?:struck|hit|grazed|wounded)\s+by\s+(?:(?:a|an|the|stray|errant|"
            r"random|single|one|several|multiple)\s+)*(?:bullets?|gunfire|gunshots?|rounds?)|"
            r"(?:struck|hit)(?=\s+(?:in|during)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:shooting|"
            r"gunfire|crossfire|shootout|drive-by)\b)|"
            r"(?:struck|hit|grazed)(?=\s+(?:(?:once|twice|several\s+times|multiple\s+times)\s+)?"
            r"(?:in|on)\s+(?:the|his|her)\s+(?:(?:left|right|upper|lower)\s+)?(?:head|chest|"
            r"neck|back|arm|leg|foot|hand|face|abdomen|stomach|shoulder|torso|hip|thigh|"
            r"buttocks?|side|knee|ankle|wrist|groin|eye|jaw|calf)\b)|(?:suffered|sustained|received|suffering|sustaining)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:injuries|wounds)|(?:suffered|sustained|suffering|sustaining)\s+(?:from\s+)?"
            r"(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:gunshot|bullet)\s+(?:wound|injury)|treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|"
            # "found two men with gunshot wounds": hit, the dead among them (_HIT_RE)
            r"(?:(?:taken|transported|rushed|driven|brought|flown|airlifted|arrived|went|"
            r"showed\s+up|walked)\s+(?:(?:to|at|into)\s+)?(?:[\w'-]+\s+){0,4}?(?:hospitals?|"
            r"medical\s+cent(?:er|re)s?)\s+)?"
            r"with\s+(?:(?:a|an|one|two|three|multiple|several|apparent|possible|single|"
            r"fatal|serious|critical|severe|minor|life-threatening|non-life-threatening)\s+)*"
            r"(?:gunshot|bullet)\s+(?:wounds?|injur(?:y|ies))|"
            # victims told only by their condition: "a 16-year-old was flown to the hospital
            # in critical condition", "he remains in stable condition"
            r"(?:(?:taken|transported|rushed|driven|brought|flown|airlifted)\s+to\s+"
            r"(?:[\w'-]+\s+){0,4}?(?:hospitals?|medical\s+cent(?:er|re)s?)\s+|"
            r"(?:listed|remains?|remained)\s+|"
            r"(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bwere\s)|(?<=\bnow\s)))"
            r"in\s+(?:(?:extremely|very|now|critical,?\s+but|serious,?\s+but)\s+)*"
            r"(?:critical|serious|stable|grave|fair|good|satisfactory)"
            r"(?:,?\s+but\s+stable|,\s+stable)?\s+condition|"
            r"treated\s+and\s+released"
        ),
        "act": (
            r"wounding|injuring|wounds|injures|hurting|maiming|shoots|hitting|striking|"
            r"(?:struck|hit|hits|strikes)(?!\s+(?:by|in|on|down|and|back|out|up|it)\b)|"
            r"shooting(?!\s+(?:at|up|down|of|in|on|that|which|was|is|happened|occurred)\b)"
        ),
    },
    "missing": {"pp": r"missing|unaccounted\s+for", "amb": "", "act": ""},
    "abducted": {
        "amb": r"abducted|kidnapped|kidnaped|taken\s+hostage|taken\s+captive|snatched",
        "pp": r"held\s+hostage|held\s+captive",
        "act": r"abducting|abducts|kidnapping|kidnaps",
    },
    "arrested": {
        "amb": r"arrested|detained|apprehended|nabbed|captured|rounded\s+up",
        "pp": r"taken\s+into\s+custody",
        "act": r"arresting|detaining|apprehending",
    },
    "displaced": {
        "amb": r"displaced|uprooted",
        "pp": (
            r"forced\s+(?:to\s+flee|from\s+their\s+homes)|fled\s+their\s+homes|"
            r"(?:left|made|rendered)\s+homeless"
        ),
        "act": r"displacing",
    },
}
_TRIGGER_RE = re.compile(
    "|".join(
        rf"\b(?P<{kind}__{voice}>{pattern})\b"
        for kind, voices in _TRIGGERS.items()
        for voice, pattern in voices.items()
        if pattern
    ),
    _I,
)
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# First four letters of every trigger's first word: a set look-up per word is far cheaper
# than trying the whole alternation at every position.
_TRIGGER_PREFIXES = frozenset(
    _words(
        "kill murd assa mass slau exec behe lync butc mart slai died dies dead peri succ lost "
        "dece shot shoo stab hack beat blud club crus tort stra burn fata mort gunn woun "
        "inju hurt maim hosp stru stri hit hits hitt graz suff sust rece trea with tran rush "
        "driv brou flow airl arri went show walk miss unac abdu kidn take snat held arre in rema list "
        "deta appr nabb capt roun disp upro forc fled left made rend"
    )
)
# Kinds whose victims must be people the lexicon knows ("2 kg of heroin were seized").
_PERSON_ONLY: frozenset[CasualtyKind] = frozenset({"abducted", "arrested", "displaced"})
_TRIGGER_WORDS = frozenset(
    _words(
        "killed killing kills murdered assassinated massacred slaughtered executed beheaded "
        "lynched slain died dies dead perished wounded wounding injured injuring hurt shot "
        "stabbed missing abducted kidnapped arrested detained displaced hospitalized "
        "hospitalised"
    )
)

# --------------------------------------------------------------------------------------
# Word classes for the clause readers
# --------------------------------------------------------------------------------------

_AUX_BE = frozenset(
    _words(
        "was were is are be been being got get gets getting wasn't weren't isn't aren't"
    )
)
_AUX_HAVE = frozenset(["have", "has", "had", "having", "haven't", "hasn't", "hadn't"])
_AUX_NEG = frozenset(_words("not never n't wasn't weren't isn't aren't haven't hasn't hadn't"))
_AUX_SING = frozenset(["was", "is", "has", "wasn't", "isn't", "hasn't"])
_AUX_PLUR = frozenset(["were", "are", "have", "weren't", "aren't", "haven't"])
_AUX_OTHER = frozenset(
    _words(
        "who that which reportedly allegedly also later subsequently eventually then initially "
        "all both each critically seriously severely slightly badly gravely lightly moderately "
        "mostly reported believed feared said confirmed thought presumed known found to "
        "apparently possibly likely may might could will would now just already instantly "
        "immediately tragically pronounced declared listed accidentally accidently "
        "unintentionally inadvertently mistakenly repeatedly fatally mortally remains remained"
    )
)
_AUX_ALL = _AUX_BE | _AUX_HAVE | _AUX_NEG | _AUX_OTHER
_DETERMINERS = frozenset(_words("a an the this that another his her their its my our your"))
_PRONOUNS_SING = frozenset({"he", "she"})
_NEGATORS = frozenset({"no", "none", "nobody", "noone", "no-one"})
_CONJ = frozenset({"and", "or", "&"})
_SIDE_BARRIER = frozenset(_words("said says told reported according that which , . ; :"))
_EXISTENTIAL = frozenset(_words("there was were is are heard fired"))
_PARTITIVE_THE_RE = re.compile(r"\s+of\s+the\s+$", _I)
_MONTHS = frozenset(
    _words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    )
)
_STOP = frozenset(
    _words(
        "a an the this that these those his her their its our my your another no none nobody "
        "each every all both some several many few most more much any he she they it we i you "
        "him them us who whom whose which what there here in on at by with from for to into "
        "onto during after before near since as than of off about over under between among amid "
        "including outside inside across along against through throughout while when where "
        "whereas if because but so yet nor and or was were is are be been being have has had do "
        "does did got get will would can could may might must shall should not never also then "
        "later else just only even still said says say told tell reported according added "
        "adding claimed yesterday today tonight morning afternoon evening night monday tuesday "
        "wednesday thursday friday saturday sunday weekend however meanwhile unfortunately sadly "
        "tragically instead moreover furthermore"
    )
) | _MONTHS | frozenset(_NUMBER_WORDS) | frozenset(_TRIGGER_WORDS) | _AUX_ALL | frozenset(
    w for phrase in _NO_NUMBER | frozenset(_VAGUE_VALUES) for w in phrase.split()
)

_NPW = rf"(?:{_AGE}|(?:[^\W\d_]\.){{2,}}|(?!(?:{_alt(_STOP)})\b)[^\W\d_][\w'’]*(?:-[\w'’]+)*)"
_NP_FWD = rf"(?:\s+{_NPW}(?:\s+(?:and|or|&)\s+{_NPW})?){{0,6}}"
_DET_FWD = (
    r"(?:a|an|one|another|his|her|their|its|the|this|that|a\s+second|a\s+third|"
    r"a\s+fourth)"
)
# "killing his two children", "injuring a mother and her two sons": a possessive before
# the figure
_POSS_FIG = r"(?:the|his|her|their|its|our|my)"
_OBJ_RE = re.compile(
    rf"\s+(?:of\s+)?(?:(?P<self>himself|herself|themselves|self\b(?!-))\b"
    rf"|(?:{_POSS_FIG}\s+)?(?P<num>{_NUMPHRASE})(?P<part>\s+of(?:\s+(?:the|them|whom|those|their))?)?"
    rf"(?P<np>{_NP_FWD})"
    rf"|(?P<det>{_DET_FWD})\s+(?P<dnp>(?:{_NPW}\s+){{0,3}}?{_LEXWORD})"
    rf"|(?P<pron>him|her)\b"
    rf"|(?P<bare>{_LEXWORD}(?:\s+{_NPW}){{0,2}}))",
    _I,
)
_NOT_A_SUBJECT_AHEAD = (
    r"(?!\s+(?:were|was|are|is|have|has|had|who|killed|died|dead|injured|wounded|hurt|"
    r"missing)\b)"
)
_LIST_RE = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    rf"(?:(?:{_POSS_FIG}\s+)?(?P<num>{_NUMPHRASE})(?P<part>\s+of(?:\s+(?:the|their))?)?(?P<np>{_NP_FWD})"
    rf"|(?P<det>{_DET_FWD})\s+(?P<dnp>(?:{_NPW}\s+){{0,3}}?{_LEXWORD})){_NOT_A_SUBJECT_AHEAD}",
    _I,
)
# "killed a father and son", "killed 41-year-old Ann Lee and 3-year-old Jo Lee"
_LIST_BARE_RE = re.compile(
    rf"\s+and\s+(?P<bare>{_LEXWORD}(?:\s+{_NPW}){{0,2}}){_NOT_A_SUBJECT_AHEAD}", _I
)
_TOKEN_RE = re.compile(
    _AGE + r"|(?:[^\W\d_]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:-[^\W\d_]+)*|[^\W\d_][\w'’]*(?:-[\w'’]+)*|"
    r"[^\w\s]"
)
# "U.S. Marines", "Sgt. Smith": an abbreviation's period does not end the sentence
# (The look-aheads first: a cheap test of the next character spares the look-behinds at
# nearly every position.)
_SENT_END_RE = re.compile(
    r"(?=[.!?])(?<!\.[A-Za-z])(?<!\b(?:Dr|Mr|Ms|Lt|Mt))(?<!\b(?:Mrs|Sgt|Det|Gov|Sen|Rep|Ofc))"
    r"[.!?][\"'”’)\]]*\s+|\n\s*\n"
    # "... around 4:30 a.m. Arwood was pronounced dead": a clock time ends its sentence
    # before a capital that is no day, month or time zone
    r"|(?=\s)(?<=\d\s[ap]\.m\.)\s+(?=[A-Z](?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|E[DS]T|C[DS]T|M[DS]T|P[DS]T|"
    r"GMT|UTC|ET|CT|PT)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
)
_CLAUSE_BREAK_RE = re.compile(
    r"[;:]|\s[–—-]{1,2}\s|,\s+(?=(?:bringing|raising|taking|pushing|making|while|whereas|but|"
    r"which|in\s+what)\b)",
    _I,
)

# --------------------------------------------------------------------------------------
# Noun patterns
# --------------------------------------------------------------------------------------

_TOLL_RE = re.compile(
    rf"\b(?P<trig>death\s+toll|toll|number\s+(?:of\s+)?(?:dead|deaths|fatalities|(?:people\s+)?killed))"
    rf"(?:\s+[\w'’-]+){{0,6}}?\s+(?:has\s+|had\s+|have\s+)?(?:rose|rise[ns]?|risen|climbed|"
    rf"climbs|jumped|increased|reached|reaches|hit|hits|stood|stands|stand|is|was|of|to|at)"
    rf"(?:\s+(?:to|at))?\s+(?P<num>{_NUMPHRASE})",
    _I,
)
# The noun first, its figure read backwards: a regex starting with a number phrase would
# be tried at every character of the text.
_DEATHS_RE = re.compile(
    r"\b(?P<trig>deaths|fatalities|dead\s+bodies|bodies|corpses|lives\s+(?:were\s+|have\s+been\s+"
    r"|had\s+been\s+)?lost)\b",
    _I,
)
_DEATHS_MODIFIER_RE = re.compile(
    r"\s+(?:(?:more|other|confirmed|reported|civilian|military|further|additional)\s+)?$", _I
)
_LOWER_RUN_RE = re.compile(r"[a-z]{3}")
_BODIES_OF_RE = re.compile(
    rf"\b(?P<trig>bodies|remains|corpses)\s+of\s+(?:the\s+)?(?P<num>{_NUMPHRASE})(?P<np>{_NP_FWD})",
    _I,
)
_CLAIMED_RE = re.compile(
    rf"\b(?P<trig>claim(?:ed|ing|s)?)\s+(?:the\s+lives\s+of\s+(?P<num>{_NUMPHRASE})(?P<np>{_NP_FWD})|"
    rf"(?P<num2>{_NUMPHRASE})\s+lives)",
    _I,
)
# "a shooting that claimed the life of a teen", "took the lives of a mother and her son"
_LIFE_OF_RE = re.compile(
    r"\b(?P<trig>(?:claim(?:ed|ing|s)?|t(?:ook|aken|akes|aking|ake))\s+the\s+(?:life|lives))\s+of\b",
    _I,
)
# "the fatal shooting of a teen", "the death of Officer Smith", "the murder of six priests":
# the victim follows "of"; a fatal noun with no victim ("a fatal shooting") is one death.
_DEATH_OF_RE = re.compile(
    # ("the fatal weekend shooting", "a fatal Grove City shooting")
    r"\b(?P<trig>(?:fatal|deadly)\s+(?:(?:weekend|overnight|[A-Z][\w'’.-]*)\s+){0,3}?"
    r"(?:shooting|stabbing|beating|attack)|(?:shooting\s+|"
    r"stabbing\s+)?deaths?|murders?|killings?|slayings?|assassinations?)\b(?P<of>\s+of\b)?",
    _I,
)
_NEG_NOUN_RE = re.compile(
    r"\b(?:no|without(?:\s+any)?)\s+(?:(?:other|further|additional|immediate|reported|serious|"
    r"major|more|known)\s+)*(?:reports?\s+of\s+(?:any\s+)?)?"
    r"(?P<trig>injuries|injury|casualties|casualty|deaths|death|fatalities|fatality|"
    r"loss\s+of\s+life)\b"
    r"|\b(?P<unhurt>unhurt|unharmed|unscathed|uninjured)\b",
    _I,
)
_SELF_RE = re.compile(
    r"\b(?P<trig>turn(?:ed|ing|s)?\s+(?:(?:the|his|her|a)\s+)?(?:gun|weapon|rifle|pistol|handgun|shotgun)\s+"
    r"on\s+(?:himself|herself)|t(?:ook|aking|akes)\s+(?:his|her)\s+own\s+life|"
    r"committ(?:ed|ing)\s+suicide|bl(?:ew|owing)\s+(?:himself|herself)\s+up)",
    _I,
)
_FATAL_SPLIT_RE = re.compile(
    rf",?\s*(?P<num>{_NUMPHRASE})(?:\s+of\s+(?:them|whom))?\s+(?P<trig>fatally|mortally)\b", _I
)

# --------------------------------------------------------------------------------------
# Aggregates
# --------------------------------------------------------------------------------------

_AGG_STRONG_RE = re.compile(
    r"\bsince\b|\bthis\s+(?:year|month|decade)\b|\bso\s+far\b|\bto\s+date\b|"
    r"\bin\s+recent\s+(?:years|months|weeks)\b|\b(?:over|in|during|within)\s+the\s+(?:past|last|"
    r"previous)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks|decades?)\b|"
    r"\b(?:a|per|each|every)\s+year\b|\bannually\b|\bin\s+total\b|\baltogether\b|"
    r"\bcumulative\b|\brunning\s+total\b|"
    # "eight people were shot in a five-hour span", "over a span of 80 hours": a tally of
    # the hours' shootings, not one incident's
    r"\b(?:in|over|within|during)\s+an?\s+(?:[\w-]+[\s-])?(?:hour|day)\s+(?:span|period|"
    r"stretch)\b|\b(?:in|over|within|during)\s+a\s+(?:span|period)\s+of\s+(?:[\w-]+\s+){1,2}?"
    r"(?:hours|days)\b|"
    # "eight killed in Chicago shootings", "in separate shootings across the city": a
    # tally of several incidents ("in the shootings" may be one spree)
    r"\bin\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?:separate|several|multiple|different|unrelated|weekend|overnight|"
    r"(?:a\s+)?(?:series|spate|string|rash|wave)\s+of)\s+)+(?:[\w'’-]+\s+){0,2}?shootings\b|"
    r"\bshootings\s+(?:throughout|across|around|from)\b|"
    r"\b(?:across|throughout|around)\s+the\s+(?:city|county|state|country|nation|region)\b",
    _I,
)
_AGG_ORDINAL_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"latest|deadliest|worst|bloodiest)\b[^,.;]{0,40}$",
    _I,
)
# "on 24 May this year", "earlier this month": a date of one incident, not a total
_AGG_DATE_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_alt(_MONTHS)})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\b(?:earlier|later|early|late|"
    rf"beginning\s+of|end\s+of|middle\s+of|start\s+of))\s+$",
    _I,
)
_AGG_CONTEXT_RE = re.compile(
    r"\bin\s+the\s+(?:violence|conflict|insurgency|war|unrest|uprising|crisis|crackdown|"
    r"campaign)\b",
    _I,
)
_PERFECT_RE = re.compile(r"\b(?:have|has)\b(?!\s+(?:been\s+)?(?:said|told|reported)\b)", _I)
