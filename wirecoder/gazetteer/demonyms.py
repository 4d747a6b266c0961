"""Hand tables: demonyms and country short forms, and US state abbreviations.

GeoNames has no demonyms, yet wire copy names a country through them ("Egyptian troops",
"an Afghan official") more often than by name.
"""

from __future__ import annotations

from wirecoder.gazetteer.names import name_key

_DEMONYMS_RAW = {
    "AF": "Afghan Afghans Afghani", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan",
    "AR": "Argentine Argentinian", "AM": "Armenian", "AU": "Australian", "AT": "Austrian",
    "AZ": "Azerbaijani Azeri", "BH": "Bahraini", "BD": "Bangladeshi", "BY": "Belarusian",
    "BE": "Belgian", "BJ": "Beninese", "BO": "Bolivian", "BA": "Bosnian", "BR": "Brazilian",
    "GB": "British Briton Britons UK U.K. Britain", "BF": "Burkinabe Burkinabé",
    "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian",
    "CF": "Centrafrican", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese",
    "CO": "Colombian", "CD": "Congolese DRC D.R.C.", "CR": "Costa Rican",
    "HR": "Croatian Croat", "CU": "Cuban", "CY": "Cypriot", "CZ": "Czech", "DK": "Danish",
    "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian Ecuadoran", "EG": "Egyptian",
    "SV": "Salvadoran Salvadorean", "ER": "Eritrean", "EE": "Estonian",
    "ET": "Ethiopian", "FI": "Finnish", "FR": "French", "GA": "Gabonese", "GM": "Gambian",
    "GE": "Georgian", "DE": "German", "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan",
    "GN": "Guinean", "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IN": "Indian",
    "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli",
    "IT": "Italian", "CI": "Ivorian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian",
    "KZ": "Kazakh Kazakhstani", "KE": "Kenyan", "XK": "Kosovar", "KW": "Kuwaiti",
    "KG": "Kyrgyz", "LA": "Laotian Lao", "LV": "Latvian", "LB": "Lebanese",
    "LR": "Liberian", "LY": "Libyan", "LT": "Lithuanian", "MG": "Malagasy", "MW": "Malawian",
    "MY": "Malaysian", "ML": "Malian", "MR": "Mauritanian", "MX": "Mexican",
    "MD": "Moldovan", "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan",
    "MZ": "Mozambican", "MM": "Burmese Myanmarese Burma", "NA": "Namibian", "NP": "Nepalese Nepali",
    "NL": "Dutch", "NZ": "New Zealander", "NI": "Nicaraguan", "NE": "Nigerien",
    "NG": "Nigerian", "KP": "North Korean", "NO": "Norwegian", "OM": "Omani",
    "PK": "Pakistani", "PS": "Palestinian Palestinians Palestine", "PA": "Panamanian",
    "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian",
    "PH": "Philippine Filipino", "PL": "Polish", "PT": "Portuguese", "QA": "Qatari",
    "RO": "Romanian", "RU": "Russian", "RW": "Rwandan", "SA": "Saudi", "SN": "Senegalese",
    "RS": "Serbian Serb", "SL": "Sierra Leonean", "SG": "Singaporean", "SK": "Slovak",
    "SI": "Slovenian", "SO": "Somali Somalian", "ZA": "South African", "KR": "South Korean",
    "SS": "South Sudanese", "ES": "Spanish", "LK": "Sri Lankan", "SD": "Sudanese",
    "SE": "Swedish", "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik",
    "TZ": "Tanzanian", "TH": "Thai", "TG": "Togolese", "TN": "Tunisian", "TR": "Turkish",
    "TM": "Turkmen", "UG": "Ugandan", "UA": "Ukrainian", "AE": "Emirati UAE U.A.E.",
    "US": "American U.S. US USA U.S.A.", "UY": "Uruguayan", "UZ": "Uzbek",
    "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni Yemenite", "ZM": "Zambian",
    "ZW": "Zimbabwean", "EH": "Sahrawi",
}
#: name_key of a demonym or short form -> ISO country code.
DEMONYMS: dict[str, str] = {}
for _cc, _words in _DEMONYMS_RAW.items():
    for _w in _words.split(" "):
        DEMONYMS[name_key(_w)] = _cc
for _cc, _phrase in (("NZ", "New Zealander"), ("ZA", "South African"), ("KR", "South Korean"),
                     ("KP", "North Korean"), ("SS", "South Sudanese"), ("CR", "Costa Rican"),
                     ("SL", "Sierra Leonean"), ("LK", "Sri Lankan"),
                     ("PG", "Papua New Guinean")):
    DEMONYMS[name_key(_phrase)] = _cc
for _bad in ("new", "south", "north", "costa", "sierra", "sri", "papua", "guinean"):
    DEMONYMS.pop(name_key(_bad), None)
DEMONYMS["guinean"] = "GN"

#: AP-style state abbreviations (casefolded, spaces removed) -> postal code.
AP_STATES: dict[str, str] = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT",
    "del.": "DE", "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS",
    "kans.": "KS", "ky.": "KY", "la.": "LA", "md.": "MD", "mass.": "MA", "mich.": "MI",
    "minn.": "MN", "miss.": "MS", "mo.": "MO", "mont.": "MT", "neb.": "NE", "nebr.": "NE",
    "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM", "n.mex.": "NM", "n.y.": "NY",
    "n.c.": "NC", "n.d.": "ND", "okla.": "OK", "ore.": "OR", "pa.": "PA", "penn.": "PA",
    "r.i.": "RI", "s.c.": "SC", "s.d.": "SD", "tenn.": "TN", "tex.": "TX", "vt.": "VT",
    "va.": "VA", "wash.": "WA", "w.va.": "WV", "wis.": "WI", "wisc.": "WI", "wyo.": "WY",
    "d.c.": "DC",
}
_POSTAL_WORDS = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT "
    "NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
US_POSTAL = frozenset(_POSTAL_WORDS.split())
