"""Actor discovery: draft registry entries for the actors a corpus mentions.

``python -m analysis actors suggest CORPUS --out draft.toml`` (or :func:`suggest_actors` +
:func:`draft_registry`) finds candidate actors the registry lacks, so that a researcher starts
from a draft instead of an empty file:

* **speakers** -- people quoted in the corpus (:func:`analysis.quotes.attribute_quotes`) whose
  name the registry does not know;
* **titled names** -- capitalised names after a title or role ("Foreign Minister Gabrielius
  Landsbergis", "spokeswoman Anna Petrova");
* **proper-name sequences** -- runs of capitalised words used at least ``min_count`` times,
  without the capitalised first word of a sentence when that word is also written in lower case
  ("Officials"), and without places (names mostly used after "in", "near", "at", "the centre
  of", "residents of", as the object of "entered", "shelled", "retook" ..., after "fled to",
  "a visit to" ..., before "region", "oblast", or later in a list of such places);
* **organisations** -- runs ending in an organisation word ("... Ministry", "... Agency",
  "... Group") and acronyms ("IAEA"); "Long Name (ACR)" makes the acronym an alias.

A bare surname is merged into the one full name it ends ("Landsbergis" into "Gabrielius
Landsbergis"), a given name alone or a shorter form into the one it opens ("Abdul-Malik",
"Abdul-Malik al-Houthi" into "Abdul-Malik Badr al-Din al-Houthi").  Text the registry already
matches is skipped, so a draft for the war corpus only lists what is new.  Each candidate
carries its count (mentions in content sentences), how it was found and an example sentence;
the draft writes them as ``[[actor]]`` tables with ``camp = ""`` for the user to fill in, and
is checked to load with :func:`analysis.actors.load_registry`.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import (
    EXTENDS_DEFAULT,
    EXTENDS_NONE,
    PLACE_NOUNS,
    Registry,
    RegistryWarning,
    _form_key,
    extend_registry,
    load_registry,
    parse_registry,
    scan_text,
)
from .datewords import CALENDAR_WORDS, MONTHS, WEEKDAYS
from .speakers import TITLE_WORDS, first_name_people

__all__ = ["CANDIDATE_COLUMNS", "draft_registry", "suggest_actors"]

CANDIDATE_COLUMNS = ("name", "type", "count", "aliases", "found_as", "titles", "example", "doc_id",
                     "demonyms", "metonyms")
DEFAULT_MIN_COUNT = 2
DEFAULT_MAX_CANDIDATES = 100
_EXAMPLE_CHARS = 200

# Words (capitalised) that are titles in front of a name: dropped from the name, kept as
# evidence that the name is a person's; with "H.E." (His/Her Excellency) and the Amharic
# honorifics Ato, Weizero (W/ro), like Mr and Mrs (a newcomer's Ethiopia draft had "Ato
# Legesse" apart from "Legesse Tulu", missed "H.E. Moussa Faki Mahamat" and proposed the bare
# "Chairperson" as a person); and the Indian honorifics Shri and Smt. (Shrimati) (a newcomer's
# India draft had "Shri Vikram Misri", alias "Shri", beside "Vikram Misri", and "Raksha Mantri
# Shri Rajnath Singh" as a name; not "Mantri", minister, which opens schemes' names too:
# "Pradhan Mantri Awas Yojana"); and the acronyms of military chiefs' posts (the same draft had
# an organisation "COAS", from "the COAS said": Pakistan's Chief of Army Staff); and a
# monarch's honorifics (a newcomer's Moroccan state agency's "the Sovereign hailed", "the
# Sovereign stressed" made a person "Sovereign" in a Western Sahara draft); and a
# parliamentarian's (a Lebanon newcomer's draft had a candidate "MP Hassan Fadlallah" beside
# "Hassan Fadlallah").
_TITLE_WORDS = frozenset("""
president minister secretary general gen lieutenant lt colonel col major maj commander
admiral adm marshal chief spokesman spokeswoman spokesperson adviser advisor chancellor deputy
senator sen mr mrs ms dr governor mayor ambassador prime premier king queen prince pope envoy
director chairman chairwoman chair head leader sergeant sgt captain capt judge prosecutor
patriarch representative rep congressman congresswoman speaker commissioner sir lord
brig brigadier cmdr cpl pvt ayatollah sheikh sheikha imam rabbi cardinal archbishop
seyyed sayyed sayyid seyed sayed syed daw
chairperson professor prof h.e ato weizero woizero wro shri smt shrimati
coas cjcs cds cgs dgmo
sovereign monarch majesty highness
mp mep
""".split())
# Last words of a document's name: "the Ankara Declaration", "the Minsk Agreement", "the
# Abraham Accords" are what actors sign, not actors (a Somalia newcomer's draft had "Ankara
# Declaration" as a person).
_DOCUMENT_WORDS = frozenset("""
declaration declarations agreement agreements accord accords treaty treaties memorandum
communiqué communique protocol resolution
""".split())
# Last words of a format of talks named like a body: "the Geneva International Discussions" (a
# Georgia newcomer's draft proposed it, six mentions, though it is where actors meet, as "the
# Jeddah talks" is a venue).
_TALKS_WORDS = frozenset("talks discussions negotiations consultations".split())
# A line on the ground, named like a body with its acronym: "the Administrative Boundary Line
# (ABL)" (a Georgia newcomer's draft typed it an organisation), "the Line of Contact"; not a
# company's "Maersk Line".
_GROUND_LINE = re.compile(r"(?i)(?:.*\s)?(?:(?:boundary|contact|demarcation|occupation|front|"
                          r"ceasefire|separation|dividing|border|control)\s+lines?|"
                          r"lines?\s+of\s+(?:contact|control|separation|demarcation))")
# Geographic nouns opening a place's name before "of": "the Gulf of Aden", "the Sea of Azov"
# (not "Bank of England": PLACE_NOUNS holds "bank" for the West Bank).
_PLACE_OF_HEADS = frozenset(
    "gulf sea bay strait straits lake river isle island islands cape mount coast peninsula "
    "port".split())
_WEEKDAYS = frozenset(WEEKDAYS)
# Last words of a place's name besides the registry's (PLACE_NOUNS): "Philadelphi Corridor".
_PLACE_WORDS = frozenset("corridor crossing canal pass checkpoint".split())
# Lower-case role nouns right before a name: "spokeswoman Anna Petrova", "analyst Pavel Felgenhauer".
_ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson minister analyst commander adviser advisor governor mayor
ambassador general chief head leader president secretary official envoy director expert
researcher correspondent reporter blogger lawmaker senator deputy colonel officer soldier
chairman founder journalist activist economist historian professor prosecutor judge premier
chancellor aide lieutenant captain sergeant pilot volunteer resident medic doctor priest
""".split())
# Last words that make a run an organisation's name.
_ORG_WORDS = frozenset("""
ministry agency council committee commission group organization organisation union party
service services forces army navy guard guards brigade battalion regiment bank court office
department institute fund company corporation parliament assembly church front movement
network centre center alliance federation bureau administration authority authorities
directorate command corps legion militia staff headquarters force mission
""".split())
# A Spanish or Portuguese body's head whose last word is an English title's: "Estado Mayor",
# Portuguese "Estado-Maior" (a general staff; a Colombia newcomer's draft had a person
# "Central", titled "Estado Mayor", from the dissidents' "Estado Mayor Central").
_BODY_HEADS_LIKE_TITLES = (("estado", "mayor"), ("estado-maior",))
# One-word names that are no actor alone (a word list): the state as a common noun, capitalised
# ("a threat to the State of Israel", "under the authority of the State"), and a compass word,
# a region ("the people of the South"): a Lebanon newcomer's draft proposed "State" (3) and
# "South" (5) as actors.
_NO_ACTOR_ALONE = frozenset("state north south east west".split())
# Lower-case words allowed inside a name ("Ministry of Defence", "von der Leyen"); not "and",
# which joins two names ("Russia and Ukraine").
_CONNECTORS = frozenset("of the for de del da von van der den al bin ibn la le du di".split())
# Capitalised only because they open a sentence (besides every stop word).
_SENTENCE_OPENERS = frozenset("""
according however meanwhile moreover furthermore nevertheless still also yet later earlier
today yesterday tomorrow now then after before since while when although though despite
following during last next this that these those some many most several both all each every
other another one two three such here there instead indeed overall finally first second third
recently currently officially separately similarly asked speaking unlike like as if but and or
so what why how who where which thank thanks yes no good hello welcome
""".split())
# Where news is published or posted, not who acts in it: agencies, papers and platforms named
# in credits and attributions ("wrote on Telegram", "(Reuters)").
_MEDIA = frozenset("""
reuters ap afp dpa tass ria interfax ukrinform unian xinhua bloomberg cnn bbc npr telegram
facebook twitter x instagram youtube tiktok whatsapp viber signal vkontakte
""".split())
# Words naming a news medium: an outlet's whole name holding one is a source, however many
# other outlets cite it ("Al Jazeera reported …" in two outlets' articles, a breaker's), unlike a
# body publishing its own releases ("African Union").
_MEDIA_WORDS = frozenset("""
jazeera arabiya news times post television tv radio channel telegraph guardian mail journal
herald tribune press broadcaster broadcasting network daily gazette observer express media
magazine weekly review wire
""".split())
# Words of outlets' names that may be names of actors too ("The Kyiv Post": Kyiv is an actor).
_NAME_WORDS_COMMON = frozenset("""
daily weekly news times post herald journal tribune review world international global live
radio tv television channel agency press today report desk wire service
""".split())
_CALENDAR = CALENDAR_WORDS
_MONTHS = frozenset(MONTHS)
# A day or a year after a month: a date ("March 3", "March 2024"), not a name's last word.
_DAY_OR_YEAR_AFTER = re.compile(r"\s*\d")
_PLACE_BEFORE = frozenset(
    "in near at around outside into across toward towards through throughout from".split())
_PLACE_AFTER = re.compile(
    r"\s+(?:region|regions|oblast|province|city|district|area|river|peninsula|border|"
    # a landform named after it: "in the Cal Miskaad mountains" (a Somalia newcomer's draft
    # proposed "Cal Miskaad"; written "Mountains", the whole name is a place's already)
    r"mountains|mountain|hills|highlands|valley|plateau|desert|forest|plains|steppe|"
    # (a cave, a gorge: "at the mouth of the Jasana cave", an Iraqi Kurdistan newcomer's)
    r"caves?|gorges?|canyons?|"
    # an event named after its venue: "the Jeddah talks", "the Geneva process"
    r"talks|summit|process|platform|conference|format|"
    # ... or a disaster that struck it: "the Derna flood" (a Libya newcomer's draft proposed
    # the city)
    r"floods?|earthquake|quake|landslide|disaster)\b",
    re.IGNORECASE)
_PLACE_SHARE = 0.4
# Verbs and nouns of going before "to" and a place: "fled to Addis Ababa", "a visit to Kigali"
# (an eastern-DRC and an Ethiopia newcomer's drafts proposed capitals named mostly as places).
_MOTION_TO = frozenset("""
fled flee flees flew fly flies travelled traveled travel travels returned return returns
moved move moves went go goes came come comes headed head heads relocated deployed deploy
sent send sends driven drove walked marched rushed evacuated transferred taken brought
visit visits trip trips journey flight flights road roads route routes way
""".split())
# The items of a list of names before a later one: "in Adigrat and |Shire", "around Gondar,
# Bahir Dar and |Lalibela" (each item capitalised words, the first just after the context).
# (an item may open with an Arabic article: "cargo flights to al-Khadim and Brak al-Shati", a
# Libya newcomer's)
_LIST_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:[A-Z]|(?:al|el)-[A-Z])[\w'’-]*"
                          r"(?:[ \t]+(?:[A-Z]|(?:al|el)-[A-Z])[\w'’-]*)*"
                          r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+))+$")
# A capitalised word opening a sentence before a list, no item of it ("In Goma, Rwanda and …").
_OPENING_WORD = re.compile(r"(?:(?:In|At|Near|Around|From|Across|Outside|Inside|Into|Through|"
                           r"Throughout|Toward|Towards|To|The|And|Or|Both|Between)[ \t]+)?")
# What follows a list's middle item, after a bare comma: another item ("around Gondar, |Bahir
# Dar| and Lalibela"); a name after a comma and before anything else opens a clause ("peace in
# South Asia, Lin said": a newcomer's India draft read the spokesman as a place).
_LIST_GOES_ON = re.compile(r",|[ \t]+(?:and|or)[ \t]")
# A verb after a list: its subject ("… Rwanda and Uganda agreed", "… said").
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ed|said|says|say|have|has|had|are|is|were|was|will|"
                         r"would|must|can|could|agree|agrees|signed|met|meet|meets)\b")
# Lower-case nouns for a group's members or bodies after a one-word name that is the group's
# adjective ("the Houthi militia", "Houthi rebels", "a Houthi official"); not "regime", "forces"
# or "government", which follow a ruler's surname too ("the Assad regime").
_MEMBER_NOUNS = frozenset("""
militia militias rebel rebels fighter fighters militant militants insurgent insurgents gunmen
official officials movement group supporters members member leader leaders leadership
commander commanders spokesman spokesperson delegation delegates negotiators
""".split())
# Of its mentions, the share before a member noun that makes a one-word name a group's
# adjective, not a surname.
_MEMBER_SHARE = 0.5
# "the centre of X", "residents of X", "the liberation of X": X is a place.
_PLACE_OF_NOUNS = frozenset("""
centre center outskirts streets suburbs heart city town village villages region province port
settlement settlements hamlet
residents people inhabitants mayor governor liberation capture recapture fall siege battle
defence defense occupation evacuation shelling bombardment ruins
elders notables reconstruction rebuilding
""".split())
# Verbs whose object is a place: "entered X", "shelled X", "retook X".
_PLACE_VERBS = frozenset("""
entered enter enters reached reach reaches liberated liberate liberates retook retake
recaptured recapture captured capture shelled shell shells bombed bombarded evacuated
encircled besieged abandoned visited
""".split())

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’'\-]*")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
# A movement or group named by a letter or two and a number: "M23" (the March 23 Movement, an
# eastern-DRC newcomer's central actor, had been dropped as a name of no two letters), "G7",
# "G20". Not three digits: a howitzer ("M777").
_LETTERS_NUMBER = re.compile(r"[A-Z]{1,2}\d{1,2}")
# ... nor a quarter ("Q3 profit"), nor a thing's model or a road's number before the thing's
# noun ("A B52 bomber", "the M4 motorway", "F16 jets": a breaker's)
_QUARTER = re.compile(r"Q[1-4]")
_THING_AFTER = re.compile(r"[ \t]+(?:bombers?|jets?|fighters?|rifles?|motorway|highway|road|"
                          r"route|tanks?|missiles?|rockets?|helicopters?|drones?|aircraft|"
                          r"planes?|howitzers?|launchers?|systems?|vehicles?|guns?)\b")
# Acronyms of things, not bodies, that a text writes in capitals as it would a body's: "its LNG
# project" (liquefied natural gas; a Mozambique newcomer's draft proposed "LNG" as an
# organisation). A word list: the capitals alone cannot tell "LNG" from "ICRC".
_THING_ACRONYMS = frozenset("""
LNG LPG CNG GDP GNP GMT UTC CEO CFO COO CTO VIP HIV AIDS COVID SUV UAV IED RPG DNA GPS SMS PDF
TV USD EUR GBP
""".split())
# A company's name of two words run together, the first of five letters or more:
# "TotalEnergies", "ExxonMobil", "BlackRock", "PetroChina" (see _Candidate.type).
_COMPANY_COMPOUND = re.compile(r"[A-Z][a-z]{4,}[A-Z][a-z]+")
_POSSESSIVE = re.compile(r"['’]s?$")
# A name joined to a participle: its backer, leader or ally, before what it backs
# ("Rwanda-backed M23", "Hamas-led", "Iran-aligned", "Qatar-mediated talks"); not a name's own
# hyphen ("Jean-Pierre"), nor a place's or a ship's participle ("a Goma-based analyst", "the
# Liberian-flagged Torm Thor": where or whose flag, not who acts).
_BACKED = re.compile(r"([^\W\d_][\w'’]*)-(?:backed|led|allied|aligned|supported|sponsored|"
                     r"funded|financed|armed|controlled|affiliated|linked|installed|appointed|"
                     r"dominated|brokered|mediated)")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’]*")
# The longest acronym in brackets after a name taken as its alias ("CENTCOM", "AFRICOM"); a
# bare all-capital word that long is rather a transcript's label ("INSKEEP"), not an acronym.
_BRACKETED_ACRONYM_CHARS = 8
# A photo's or wire's credit in brackets after a name, no acronym of it ("Mohammed Abdulsalam
# (REUTERS)", "Ibrahim Traoré (ARCHIVES)": a breaker's).
_PHOTO_CREDITS = frozenset("reuters archives archive afp ap epa getty file photo photos video "
                           "anadolu xinhua tass ria sputnik handout pool exclusive updated".split())


@dataclass
class _Candidate:
    """Evidence gathered for one surface name."""

    name: str
    count: int = 0
    found_as: set[str] = field(default_factory=set)
    titles: Counter[str] = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)  # a country's ("Pakistani", "Pakistanis")
    metonyms: list[str] = field(default_factory=list)  # a country's capital ("Baku")
    example: str = ""
    doc_id: str = ""
    place_hits: int = 0
    initial_hits: int = 0  # one-word runs opening a sentence ("Officials said")
    member_hits: int = 0  # one-word runs before a group's members ("Houthi rebels")
    media_hits: int = 0  # names right after a medium's noun ("state news agency WAM")
    demonym_hits: int = 0  # bodies' names right after a registry demonym ("Indian Air Force")
    # for a one-word name: the speakers of sentences naming it alone whose name it opens
    # ("Lin said …", spoken by Lin Jian)
    said_as: Counter[str] = field(default_factory=Counter)
    people: bool = False  # a people's plural with its singular folded in ("Houthis")
    doc_ids: set[str] = field(default_factory=set)

    def add(self, how: str, sentence: str, doc_id: str, title: str = "") -> None:
        self.count += 1
        self.doc_ids.add(doc_id)
        self.found_as.add(how)
        if title:
            self.titles[title] += 1
        if not self.example:
            self.example, self.doc_id = " ".join(sentence.split()), doc_id

    def absorb(self, other: _Candidate) -> None:
        """Take ``other``'s evidence as this candidate's (its name becomes an alias, which
        the caller places)."""
        self.count += other.count
        self.found_as |= other.found_as
        self.titles.update(other.titles)
        self.place_hits += other.place_hits
        self.initial_hits += other.initial_hits
        self.member_hits += other.member_hits
        self.media_hits += other.media_hits
        self.demonym_hits += other.demonym_hits
        self.doc_ids |= other.doc_ids

    @property
    def type(self) -> str:
        if _STATE_NAME.fullmatch(self.name):
            return ""  # a state, as its short name is, though its acronym makes a body's type
            # ("Democratic Republic of the Congo (DRC)", see _merge_state_names)
        if self.people:
            # a plural is no person, though it speaks ("the Houthis said"); one that speaks is
            # a group, as a researcher's Yemen registry typed "Houthis"
            return "group" if "speaker" in self.found_as else ""
        # a named body that speaks is still a body ("The Center for Countering Disinformation
        # called the claim …"); a title makes a person
        if "organisation" in self.found_as and "titled" not in self.found_as:
            return "organisation"
        # ... and so is a company's one word joining two (TotalEnergies, ExxonMobil, BlackRock:
        # a Mozambique newcomer's draft typed "TotalEnergies", which speaks, a person); a name's
        # particle before its capital is shorter ("McDonald", "DeSantis", "FitzGerald")
        if _COMPANY_COMPOUND.fullmatch(self.name) and "titled" not in self.found_as:
            return "organisation"
        if self.found_as & {"speaker", "titled"}:
            return "person"
        return ""


# --------------------------------------------------------------------------- runs of names


def _is_capitalised(token: str) -> bool:
    # "al-Burhan", "el-Sisi": an Arabic article joined to a capitalised name
    return token[:1].isupper() or bool(_ARTICLE_NAME.match(token))


_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


# French adjectives written in lower case in an institution's name after its capitalised noun:
# "la Sûreté générale", "l'Assemblée nationale", "le Conseil constitutionnel" (a Lebanon
# newcomer's draft had "La Sûreté", the adjective cut off). Not English's "national" ("a
# Sudanese national").
_FRENCH_INSTITUTION_ADJECTIVES = frozenset("""
générale général généraux nationale nationales constitutionnel constitutionnelle suprême
supérieur supérieure fédéral fédérale populaire publique
""".split())


def _runs(text: str, known: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Runs of capitalised tokens (lower-case connectors allowed inside, and a French
    institution's adjective right after a capitalised word,
    :data:`_FRENCH_INSTITUTION_ADJECTIVES`), outside ``known`` spans, broken at punctuation,
    calendar words and known spans."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and not _is_capitalised(current[-1].group()) and \
                current[-1].group() not in _FRENCH_INSTITUTION_ADJECTIVES:
            current.pop()  # a run never ends on a connector
        if current:
            runs.append(list(current))
        current.clear()

    previous_end = 0
    for token in _TOKEN.finditer(text):
        word = token.group()
        inside_known = any(s < token.end() and token.start() < e for s, e in known)
        gap = text[previous_end:token.start()]
        if current and (gap.strip() or "\n" in gap):
            close()
        previous_end = token.end()
        bare = _POSSESSIVE.sub("", word).lower()
        if current and word.lower() in _MONTHS and word[:1].isupper() and gap == " " and \
                not _DAY_OR_YEAR_AFTER.match(text, token.end()):
            current.clear()  # "the Green March", "the Long March": an event's name, no actor
            # (a newcomer's Western Sahara draft proposed "Green"); "Moscow March 3" a date
        if inside_known or word.lower() in _CALENDAR or bare in _WEEKDAYS or \
                bare.removesuffix("s") in _WEEKDAYS:  # "Saturday's", "on Fridays", not "May's"
            close()
        elif _is_capitalised(word):
            current.append(token)
        elif current and (word in _CONNECTORS or word == "to" and
                          _word(current[-1]).lower() in _TITLES_TAKING_TO):
            current.append(token)  # "Ambassador to Abkhazia Mikhail Shurgalin": one post
        elif current and word in _FRENCH_INSTITUTION_ADJECTIVES and gap == " " and \
                _is_capitalised(current[-1].group()):
            current.append(token)  # "la Sûreté générale": the adjective is the name's
        else:
            close()
    close()
    return runs


def _word(token: re.Match[str]) -> str:
    return _POSSESSIVE.sub("", token.group())


# Words that join a post to its body or state ("President of the Republic of Azerbaijan",
# "Ambassador to Abkhazia").
_POST_CONNECTORS = frozenset("of the for to".split())
# Titles whose post names its state after "to" ("the Russian Ambassador to Abkhazia Mikhail
# Shurgalin congratulated …": a Georgia newcomer's draft missed the titled ambassador, the run
# broken at "to" into a bare title and an untitled name seen once).
_TITLES_TAKING_TO = frozenset("""ambassador ambassadors envoy envoys representative
representatives adviser advisor emissary delegate nuncio attaché attache""".split())
# Titles in the plural, before two names ("Prime Ministers Modi and Sharif": a newcomer's India
# draft had a person "Ministers Modi"); a title only before a name, not ending a body's name as
# the singular titles do ("Council of Ministers").
_PLURAL_TITLE_WORDS = frozenset("ministers presidents premiers chancellors mps meps".split())


def _body_head_at(words: list[str]) -> int:
    """Where in a run's ``words`` a Spanish or Portuguese body's head that ends like an English
    title opens (:data:`_BODY_HEADS_LIKE_TITLES`), or -1: "Estado Mayor Central" is a body's
    name, no title "Estado Mayor" before a person "Central"."""
    lowered = [w.lower() for w in words]
    return next((i for i in range(len(lowered)) for head in _BODY_HEADS_LIKE_TITLES
                 if tuple(lowered[i:i + len(head)]) == head), -1)


def _title_split(words: list[str]) -> tuple[str, list[str]]:
    """("Foreign Minister", ["Gabrielius", "Landsbergis"]) for a titled run, else ("", words);
    a post named after its body or state keeps its "of ..." in the title, and the name is the
    holder's after it, or none (:func:`_post_holder`)."""
    last_title = max((i for i, w in enumerate(words)
                      if w.lower().rstrip(".") in _TITLE_WORDS | _PLURAL_TITLE_WORDS
                      and not _inside_a_name(words, i)), default=-1)
    if last_title < 0 or last_title == len(words) - 1:
        return "", words
    if words[last_title + 1].lower() in _POST_CONNECTORS:  # "MINISTER OF IRAN" too
        holder = _post_holder(words[last_title + 1:])
        return " ".join(words[: len(words) - len(holder)]), holder
    return " ".join(words[: last_title + 1]), words[last_title + 1:]


# A name set off by commas right after a run: "…, Appolonia Anele, said".
_APPOSED_NAME_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]*[ \t]*,")


def _post_with_apposed_holder(text: str, end: int, title: str, name_words: list[str]) -> bool:
    """Whether a post named after its body (a title with "of", "for" or "to") whose holder
    :func:`_post_holder` read off the run's last words is whole, its holder named in apposition
    after the run's comma: "The Director of Army Public Relations, Appolonia Anele, said …" (a
    Nigeria newcomer's draft had a person "Public Relations" titled "Director of Army", the
    directorate's name cut after its "Army"). Not where the words read as a holder's name hold
    a given name the name data knows ("the Minister of State Mohammed Al-Khulaifi, Qatar's
    envoy, …" keeps him)."""
    if not {w.lower() for w in title.split()} & {"of", "for", "to"}:
        return False
    if not _APPOSED_NAME_AFTER.match(text, end):
        return False
    return not any(first_name_people(w) >= _GIVEN_NAME_PEOPLE for w in name_words)


# An acronym in brackets right after a name.
_BRACKETED_INITIALS = re.compile(r"[ \t]*\(([A-Z]{2,8})\)")


def _glossed_by_its_initials(text: str, end: int, words: list[str]) -> bool:
    """Whether the name ``words`` ending at ``end`` is glossed right after by the acronym of
    its initials in brackets, so a body's name whatever its last word: "the Islamic State West
    Africa Province (ISWAP)" (a Nigeria newcomer's draft had "ISWAP" alone, the long name read
    as a province's and dropped as a place)."""
    gloss = _BRACKETED_INITIALS.match(text, end)
    return gloss is not None and len(words) > 2 and gloss.group(1) == _initials(" ".join(words))


def _body_after_holder(name_words: list[str]) -> int:
    """Where "of" opens the body after a titled person's name of two capitalised words or more
    in ``name_words`` ("Kabiru Adamu of Beacon Security": a Nigeria newcomer's draft had the
    person "Kabiru Adamu of Beacon Security"), or -1: "of" right after one word may be a
    name's own ("Harry of Wales")."""
    at = next((i for i, w in enumerate(name_words) if w == "of"), -1)
    if at < 2 or at + 1 >= len(name_words) or not all(
            _is_capitalised(w) for w in name_words[:at]) or \
            not _is_capitalised(name_words[at + 1]):
        return -1
    return at


def _post_holder(post: list[str]) -> list[str]:
    """The holder's name after a post's "of ..." (``post`` opens with the connector), or []:
    the words after the body's last word ("of the Presidential Administration Hikmet Hajiyev"),
    else from a known given name on ("of State Mohammed Al-Khulaifi", "of the United States
    Joe Biden"), else the last two words of three or more after the last "of" or "the" ("of
    Armenia Nikol Pashinyan"); none in "of the Republic of Azerbaijan". A newcomer's draft had
    a titled person "of the Republic of Azerbaijan", into which "Azerbaijan" folded as its
    surname before the person was dropped for opening with "of": no Azerbaijan at all."""
    body = max((i for i, w in enumerate(post) if w.lower() in _ORG_WORDS), default=-1)
    if body >= 0:
        return post[body + 1:]
    last = max(i for i, w in enumerate(post) if w.lower() in _POST_CONNECTORS)
    tail = post[last + 1:]
    given = next((i for i in range(1, len(tail) - 1)
                  if first_name_people(tail[i]) >= _GIVEN_NAME_PEOPLE), -1)
    if given > 0:
        return tail[given:]
    return tail[-2:] if len(tail) >= 3 else []


# Title words that are a name's own word after a given name ("Hassan Sheikh Mohamud", the
# Somali president: a newcomer's Ethiopia draft proposed "Mohamud").
_NAME_TITLE_WORDS = frozenset("sheikh sheikha".split())
# Bearers in the name data from which a word is a given name for _inside_a_name.
_GIVEN_NAME_PEOPLE = 1000


def _inside_a_name(words: list[str], i: int) -> bool:
    """Whether the title word ``words[i]`` is a word of the name, after a given name."""
    return words[i].lower() in _NAME_TITLE_WORDS and i > 0 and \
        words[i - 1].lower().rstrip(".") not in _TITLE_WORDS | TITLE_WORDS and \
        first_name_people(words[i - 1]) >= _GIVEN_NAME_PEOPLE  # not "Emir Sheikh Tamim"


def _opens_sentence_only(token: re.Match[str], lowercase: Counter[str]) -> bool:
    """True for a sentence's first word that is capitalised only for being first."""
    from .framing import STOP_WORDS

    word = _word(token).lower()
    return (bool(lowercase[word]) or word in STOP_WORDS or word in _SENTENCE_OPENERS
            or word.endswith(("ing", "ly")))  # "Protecting Ukraine ...", "Reportedly ..."


def _lowercase_words(sentences: list[str]) -> Counter[str]:
    """How often each word is written in lower case: capitalised only at a sentence start,
    such a word is not a name ("Officials said ...")."""
    counts: Counter[str] = Counter()
    for text in sentences:
        counts.update(t.group() for t in _TOKEN.finditer(text) if t.group()[:1].islower())
    return counts


# --------------------------------------------------------------------------- discovery


def suggest_actors(
    corpus: str | os.PathLike[str] | pd.DataFrame,
    *,
    registry: Registry | str | os.PathLike[str] | None = None,
    standalone: bool = False,
    min_count: int = DEFAULT_MIN_COUNT,
    max_candidates: int | None = DEFAULT_MAX_CANDIDATES,
) -> pd.DataFrame:
    """Candidate actors of a corpus that ``registry`` (default: the shipped one) lacks.

    ``standalone``: ignore every registry (a draft for another topic, from scratch).
    Returns one row per candidate with the columns :data:`CANDIDATE_COLUMNS` -- name, type
    ("person", "organisation" or "" when unsure), count (mentions in content sentences, all
    forms), aliases (tuple), found_as ("speaker", "titled", "name", "organisation", joined by
    ";"), titles (the titles seen before the name), example (a sentence), doc_id, demonyms and
    metonyms (a state's people and capital, tuples) -- sorted by (-count, name); speakers and
    titled names are kept from one mention on, the rest from ``min_count``.
    """
    from .corpus import load_corpus
    from .quotes import NEWSROOM_ROLES, TURN_ROLES, attribute_quotes
    from .segment import segment_corpus

    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    known = Registry(()) if standalone else load_registry(registry)
    articles = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus)
    # (the user's registry's places and people read its rows; a standalone draft's, the shipped)
    sentences = segment_corpus(articles, None if standalone else known)
    sentences = attribute_quotes(sentences, articles, known)
    content = sentences[sentences["kind"] == "sentence"]
    texts = [str(t) for t in content["text"]]
    doc_ids = [str(d) for d in content["doc_id"]]
    lowercase = _lowercase_words(texts)

    candidates: dict[str, _Candidate] = {}
    known_counts: Counter[str] = Counter()

    def candidate(name: str) -> _Candidate:
        return candidates.setdefault(_form_key(name), _Candidate(name))

    datelines = [str(d or "") for d in content.get("dateline", pd.Series([""] * len(content)))]
    for text, doc_id, dateline in zip(texts, doc_ids, datelines):
        if dateline and text.startswith(dateline):
            # "GAZA, March 14 (Meridian) - Strikes hit …": a place and an agency, and the word
            # after them opens the sentence
            text = text[len(dateline):].lstrip()
        found = scan_text(text, known)
        known_counts.update(m.actor.name for m in found)
        spans = [(m.start, m.end) for m in found]
        for start, end, name, acronym in _spelled_out_acronyms(text):
            # "the United Nations Support Mission in Libya (UNSMIL)": one body, its name
            # across a registry name and "in" (a Libya newcomer's draft had "Support Mission",
            # "UNSMIL" and "Mission" apart)
            cand = candidate(name)
            cand.add("organisation", text, doc_id)
            if acronym not in cand.aliases:
                cand.aliases.append(acronym)
            spans.append((start, end))
        for run, nickname in _with_nicknames(text, _runs(text, spans)):
            # a body named after a registry actor's own name ("the China Coast Guard (CCG)"):
            # the name opens the body's ("Coast Guard" alone is anyone's; a newcomer's Taiwan
            # Strait draft proposed it with China's "CCG", beside the Philippine Coast Guard);
            # not after a demonym ("the Indian Army" stays India's)
            owner = next((m for m in found if m.field == "name" and m.end < run[0].start()
                          and text[m.end:run[0].start()] == " "), None)
            demonym = any(m.field == "demonyms" and m.end < run[0].start()
                          and text[m.end:run[0].start()] == " " for m in found)
            _collect_run(text, doc_id, run, lowercase, candidate,
                         owner=(owner.start, owner.text) if owner else None, nickname=nickname,
                         after_demonym=demonym)
    for speaker, text, doc_id in zip(content["speaker"], texts, doc_ids):
        _collect_speaker(str(speaker or ""), text, doc_id, known, candidates)
        _note_short_speaker(str(speaker or ""), text, candidates)

    candidates = _name_cut_bodies_whole(_merge_expanded_acronyms(candidates, known, texts),
                                        known, texts)
    merged = _merge_capitals(_merge_state_names(_merge_demonyms(_merge_army_names(_merge_acronyms(
        _merge_partial_acronyms(_merge_arabic_articles(_merge_plurals(_merge_surnames(_merge_shorter_forms(
            _merge_articles(_merge_accents(candidates))))))))),
        known_names=[actor.name for actor in known])))
    # a registry name without its acronym ("Security Council" of "UN Security Council"), not
    # without a modifier ("General Staff" of "Russian General Staff": whose is it?)
    tails = {_form_key(form.split(None, 1)[1]) for actor in known for form, _ in actor.forms()
             if len(form.split()) > 2 and _ACRONYM.fullmatch(form.split()[0])}
    # the corpus's own outlets, as its manifest names them ("ANN", "Kyiv Herald")
    outlets = {str(s).casefold() for s in articles.get("source", pd.Series(dtype=str)) if str(s)}
    # and the distinctive words of their names ("Courier" of "The Daily Courier")
    outlet_words = {w for name in outlets for w in name.split()
                    if w not in _CONNECTORS and w not in _NAME_WORDS_COMMON}
    # and the acronyms of their longer names ("MAP" of "Maghreb Arabe Presse")
    outlet_words |= {_outlet_initials(name) for name in outlets} - {""}
    # and their names without the common words or the edition's after them ("Al Arabiya" of
    # "Al Arabiya English", "Libya Al-Ahrar" of "Libya Al-Ahrar TV")
    outlet_names = outlets.union(*(_outlet_short_names(name) for name in outlets))
    # the newsroom's own voices: a transcript's host ("RACHEL LIM, HOST:", two newcomers'
    # drafts proposed the host as an organisation), a live blog's reporter
    newsroom = {_form_key(str(name)) for name, status in zip(
        content["speaker"], content.get("speaker_status", pd.Series([""] * len(content))))
        if str(status) == "newsroom" and str(name)}
    # ... with a host named in their role label's brackets ("PRESENTER (Isaac Mugabi): …")
    newsroom |= {_form_key(name) for text, status in zip(
        texts, content.get("speaker_status", pd.Series([""] * len(content))))
        if str(status) == "newsroom" and (name := _label_note_name(text))}
    # ... and the given names of their full names, alone
    newsroom_given_names = {key.split()[0] for key in newsroom if len(key.split()) > 1}
    source_of = dict(zip(articles["doc_id"].astype(str),
                         articles.get("source", articles["doc_id"]).astype(str).str.casefold()))
    # the peoples' adjectives the registry and the draft know, which open no person's name
    peoples = frozenset(d.casefold() for c in merged for d in c.demonyms) | frozenset(
        form.casefold() for actor in known for form in actor.demonyms)
    # the registry's forms without their diacritics: a candidate spelled as one of them but for
    # its accents is that actor ("Israël" in French copy, a Lebanon newcomer's draft proposed
    # it beside the shipped "Israel", and loading the draft warned "did you mean 'Israel'?")
    unaccented_known = {_unaccented(form): actor.name for actor in known
                        for form, _ in actor.forms()}
    accent_variants: dict[str, list[tuple[str, int]]] = defaultdict(list)
    # the one-word speakers, never titled (a person's longer name has folded theirs,
    # _merge_surnames), referred to as a body
    bodies = frozenset(
        cand.name for cand in merged if cand.type == "person" and len(cand.name.split()) == 1
        and "titled" not in cand.found_as
        and _referred_to_as_a_body(cand.name, texts, doc_ids))
    rows = []
    for cand in merged:
        if _form_key(cand.name) not in known._index and \
                (owner := unaccented_known.get(_unaccented(cand.name))):
            known_counts[owner] += cand.count
            accent_variants[owner].append((cand.name, cand.count))
            continue  # folded into the registry's actor; the draft's stub says how it is spelt
        strong = cand.found_as & {"speaker", "titled"}
        if "speaker" not in cand.found_as and cand.place_hits >= _PLACE_SHARE * cand.count:
            strong = set()  # a place named with a title word ("Sheikh Jarrah")
        if cand.count < (1 if strong else min_count):
            continue
        if _form_key(cand.name) in known._index:
            continue  # a registry form seen only where the registry reads no actor: "the
            # Washington accord", "the Pretoria agreement" (events named after a venue), which
            # the draft leaves out as taken but the table listed (an eastern-DRC newcomer's)
        if _form_key(cand.name + "s") in known._index:
            continue  # "European" when the registry has "Europeans": an adjective of an actor
        if cand.name.lower() in _ORG_WORDS:
            continue  # "Army" of "the Indian Army" after a registry demonym: a body's noun alone
        if cand.name.lower() in _NO_ACTOR_ALONE:
            continue  # "the Lebanese State", "the people of the South": a common noun or a
            # region capitalised, no actor's name
        if _states_own_body(cand):
            continue  # "Air Force" of "the Indian Air Force": the same, in two words
        if _form_key(cand.name) in tails:
            continue  # "Security Council" when the registry has "UN Security Council"
        if cand.name.split()[-1].lower() in _TALKS_WORDS:
            continue  # a format of talks, where actors meet ("Geneva International Discussions")
        if _GROUND_LINE.fullmatch(cand.name):
            continue  # a line on the ground ("Administrative Boundary Line"), a place
        if _form_key(cand.name) in newsroom or cand.name.lower() in TURN_ROLES | NEWSROOM_ROLES:
            continue  # the outlet's own host or reporter, or a transcript's label ("HOST")
        if not strong and _form_key(cand.name) in newsroom_given_names:
            continue  # the host's given name, as a guest addresses them ("Isaac, in Mocímboa
            # da Praia the town is calm." to "PRESENTER (Isaac Mugabi):", a Mozambique
            # newcomer's DW transcript: a candidate "Isaac")
        if known.is_region(cand.name) or cand.name.lower() in _MEDIA or \
                cand.name.split()[0] in _CONNECTORS or \
                cand.name.casefold() in outlet_names | outlet_words and \
                not _named_beyond_its_outlets(cand, source_of) or \
                cand.name.casefold() in outlet_names and \
                _MEDIA_WORDS & set(cand.name.lower().split()):
            continue  # a region of the registry, a paper, platform or outlet of the corpus, a
            # title's tail ("of State")
        if any(alias.casefold() in outlet_names and
               not _named_beyond_its_outlets(cand, source_of, alias.casefold())
               for alias in cand.aliases):
            continue  # the outlet's full name glossed by the acronym that is its source ("the
            # Iraqi News Agency (INA)" in INA's own article, an Iraqi Kurdistan newcomer's)
        if cand.name.isupper() and len(cand.name) > 6 and " " in cand.name:
            cand.name = cand.name.title()  # a transcript's label ("STEVE INSKEEP")
        if not strong and "organisation" not in cand.found_as and \
                cand.place_hits >= _PLACE_SHARE * cand.count:
            continue  # a place, not an actor
        if not strong and cand.initial_hits == cand.count:
            continue  # only ever capitalised as a sentence's first word
        if cand.found_as == {"name"} and _spelled_out_in_lower_case(cand.name, texts):
            continue  # "MoU" beside "the memorandum of understanding": a common noun's
            # abbreviation (a Somalia newcomer's draft proposed it), not a body's
        if cand.media_hits and cand.media_hits >= cand.count:
            continue  # a news medium, named as one wherever it is named ("news agency WAM")
        if re.search(r"-\d", cand.name):
            continue  # a code with its number: an exercise ("Joint Sword-2024A", a newcomer's
            # Taiwan Strait draft proposed two), a weapon ("Su-35", "Shahed-136")
        if re.fullmatch(r"[RDI]-[A-Z][\w.]*", cand.name):
            continue  # a US legislator's party and state ("Rep. Michael McCaul, R-Texas, said"),
            # a newcomer's Taiwan Strait draft typed it a person
        rows.append({
            "name": cand.name, "type": _draft_type(cand, peoples, bodies),
            "count": cand.count,
            "aliases": tuple(cand.aliases), "found_as": ";".join(sorted(cand.found_as)),
            "titles": ";".join(t for t, _ in cand.titles.most_common(3)),
            "example": cand.example[:_EXAMPLE_CHARS], "doc_id": cand.doc_id,
            "demonyms": tuple(cand.demonyms), "metonyms": tuple(cand.metonyms),
        })
    table = pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS))
    table = table.sort_values(["count", "name"], ascending=[False, True], kind="mergesort")
    if max_candidates is not None:
        table = table.head(max_candidates)
    table = table.astype({"count": "int64"}).reset_index(drop=True)
    # the candidates' one-word names the corpus also writes in lower case, which their
    # capitalised forms do not match (draft_registry says so)
    table.attrs["lower_case"] = {
        row.name: found for row in table.itertuples(index=False)
        if (found := _written_in_lower_case([row.name, *row.aliases], row.count, lowercase))}
    # the registry's actors the corpus mentions, most mentioned first: their camps are the
    # registry's, which a corpus on another conflict may need to change (draft_registry)
    table.attrs["registry_mentions"] = [
        (name, known.get(name).camp, count)
        for name, count in sorted(known_counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    # ... and their spellings but for the accents, which the registry's forms do not match
    table.attrs["accent_variants"] = dict(accent_variants)
    return table


def _written_in_lower_case(forms: list[str], count: int,
                           lowercase: Counter[str]) -> list[tuple[str, int]]:
    """(word, times) for each capitalised one-word form the corpus also writes in lower case,
    fewer times than the candidate is named: a house style that writes a side's name in lower
    case on purpose (Morocco's state agency writes "polisario", Ukrainian outlets "russia"),
    which a capitalised form does not match. A word written in lower case as often as the name
    is more likely a common word ("Sovereign", "sovereign")."""
    found = []
    for form in forms:
        if " " in form or not form[:1].isupper() or form.lower() == form:
            continue
        times = lowercase[form.lower()]
        if 0 < times < count and (form.lower(), times) not in found:
            found.append((form.lower(), times))
    return found


# An abbreviation with its small words in lower case: "MoU" (memorandum of understanding),
# "MoD", "DoD"; two to five letters, the first a capital.
_MIXED_ABBREVIATION = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,2}")
# The small words a lower-case letter stands for in one.
_PHRASE_CONNECTORS = ("of", "and", "for", "the", "to", "in", "on")


def _spelled_out_in_lower_case(cand_name: str, texts: list[str]) -> bool:
    """Whether the abbreviation ``cand_name``, its small words in lower case, is the initials
    of a phrase the corpus writes in lower case, a common noun's ("MoU" of "the memorandum of
    understanding": a Somalia newcomer's draft proposed it as an actor), its capitals the
    initials of words of four letters or more; not a body's ("MoD" beside "the ministry of
    defence")."""
    if not _MIXED_ABBREVIATION.fullmatch(cand_name) or cand_name.isupper():
        return False
    words = []
    for letter in cand_name:
        if letter.isupper():
            words.append(rf"{letter.lower()}[a-z]{{3,}}")
        else:
            small = [c for c in _PHRASE_CONNECTORS if c.startswith(letter)]
            if not small:
                return False
            words.append("(?:" + "|".join(small) + ")")
    phrase = re.compile(r"(?<![\w'’-])" + r"[ \t]+".join(words) + r"(?![\w'’-])")
    # (not a body's noun written in lower case: "the ministry of defence said")
    return any(not set(found.group().split()) & _ORG_WORDS
               for text in texts for found in phrase.finditer(text))


# Words of a state's own armed or security bodies' names besides the body's noun ("Air Force",
# "Armed Forces", "Coast Guard", "Border Police").
_STATE_BODY_WORDS = frozenset("""
air armed naval coast border ground land special military defence defense security police
marine marines
""".split())


def _states_own_body(cand: _Candidate) -> bool:
    """Whether ``cand`` is a state's armed or security body named only after the state's
    demonym, which the registry reads as the state ("the Indian Air Force", "the Indian Armed
    Forces": a newcomer's India draft proposed "Air Force" and "Armed Forces", which would
    match anyone's, as "Army" had been before stop 63). Not a name of other words ("Orthodox
    Church" of "the Russian Orthodox Church"), nor one with an acronym of its own, nor one named
    once without the demonym."""
    words = cand.name.lower().split()
    return cand.demonym_hits == cand.count > 0 and not cand.aliases and len(words) > 1 and \
        words[-1] in _ORG_WORDS and all(w in _STATE_BODY_WORDS | _ORG_WORDS for w in words)


def _label_note_name(text: str) -> str:
    """The name in a transcript's role label's brackets opening ``text`` ("PRESENTER (Isaac
    Mugabi): …" → "Isaac Mugabi"), else "": capitalised words only, not a note on the
    speech ("(through translator)")."""
    from .segment import SPEAKER_LABEL

    label = SPEAKER_LABEL.match(text)
    note = label["note"].strip().strip("()").strip() if label and label["note"] else ""
    words = note.split()
    return note if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


# What a body, never a person, is referred to by after its name: "Hezbollah said its fighters
# had targeted …", "… Hezbollah said. The group said …" (a Lebanon newcomer's draft typed
# "Hezbollah", a one-word speaker, a person: a person is "he" or "she", not "its" nor "the
# group"); in the sentence after the name ("its" + a member's or a body's noun) or opening the
# next one.
_BODYS_OWN_NOUNS = (r"(?:fighters|leader|leaders|leadership|members|militants|gunmen|units|"
                    r"ranks|commanders?|chief|secretary-general|spokes(?:man|woman|person)|"
                    r"officials|media\s+office|statement|political\s+bureau|politburo|"
                    r"military\s+wing|armed\s+wing)")
_ITS_MEMBERS_AFTER = re.compile(rf"\b[Ii]ts\s+(?:[a-z-]+\s+)?{_BODYS_OWN_NOUNS}\b")
_THE_GROUP_OPENING = re.compile(
    rf"\s*(?:The\s+(?:group|movement|militia|party|organi[sz]ation)\b(?!\s+of\b)|"
    rf"Its\s+(?:[a-z-]+\s+)?{_BODYS_OWN_NOUNS}\b)")


def _referred_to_as_a_body(name: str, texts: list[str], doc_ids: list[str]) -> bool:
    """Whether a one-word ``name`` is referred to as a body where it is named
    (:data:`_ITS_MEMBERS_AFTER` after it in the sentence, :data:`_THE_GROUP_OPENING` opening
    the next sentence of the article): twice or more, and in a third of its sentences."""
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    named = hits = 0
    for i, (text, doc_id) in enumerate(zip(texts, doc_ids)):
        found = word.search(text)
        if found is None:
            continue
        named += 1
        following = texts[i + 1] if i + 1 < len(texts) and doc_ids[i + 1] == doc_id else ""
        if _ITS_MEMBERS_AFTER.search(text, found.end()) or _THE_GROUP_OPENING.match(following):
            hits += 1
    return hits >= 2 and 3 * hits >= named


def _draft_type(cand: _Candidate, peoples: frozenset[str] = frozenset(),
                bodies: frozenset[str] = frozenset()) -> str:
    """The candidate's type for the draft: not a person when it is only a speaker and named as
    a place too ("The juntas in Bamako and Ouagadougou said …", "told a crowd in Ouagadougou";
    "Burkina Faso", a pronoun's speaker in "According to him, …" after "the armies of Mali,
    Burkina Faso and Niger", and "deployed in Burkina Faso"): a newcomer's Sahel draft typed
    both "person"; a state or its capital speaks, a person is never a place. A title still
    makes a person. Nor is a name opening with a people's adjective, one of ``peoples``
    (:func:`_named_after_a_people`), a person: it is a body's. A state's name is typed a country
    (:func:`_names_a_state`). A one-word speaker never titled that the corpus refers to as a
    body, one of ``bodies`` (:func:`_referred_to_as_a_body`), is an organisation."""
    if cand.type == "person" and "titled" not in cand.found_as and cand.place_hits:
        return ""
    if cand.type == "person" and "titled" not in cand.found_as and \
            _named_after_a_people(cand.name, peoples):
        return "organisation"
    if cand.type != "person" and _names_a_state(cand):
        return "country"
    if cand.type == "person" and "titled" not in cand.found_as and cand.name in bodies:
        return "organisation"  # "Hezbollah said its fighters …", "The group said …"
    return cand.type


def _named_after_a_people(name: str, peoples: frozenset[str]) -> bool:
    """Whether ``name`` opens with a people's adjective (a demonym of the registry or the
    draft, case-folded in ``peoples``) that the name data knows for few people: a body's name,
    no given name ("Georgian Dream rejects that.": a Georgia newcomer's draft typed the ruling
    party a person; "German Gref" stays one, "German" a given name of many)."""
    words = name.split()
    return len(words) > 1 and words[0].casefold() in peoples and \
        first_name_people(words[0]) < _GIVEN_NAME_PEOPLE


def _names_a_state(cand: _Candidate) -> bool:
    """Whether the candidate is a state by its name: a formal state's name ("Bolivarian
    Republic of Venezuela", :data:`_STATE_NAME`) or a state's that has a capital
    (:data:`_CAPITALS`), its own or an alias's. Only a country's mentions can be places
    (analysis.actors), so a Colombia newcomer's draft, leaving "Colombia" and "Bolivarian
    Republic of Venezuela" untyped, lost every place reading of both states once kept."""
    return bool(_STATE_NAME.fullmatch(cand.name)) or any(
        _form_key(name) in _CAPITALS for name in (cand.name, *cand.aliases))


#: Outlets other than those whose names hold a word, in whose articles the word must be named
#: to be a candidate ("Pakistan" of "Radio Pakistan", named across the corpus).
OTHER_OUTLETS_NAMING = 2


def _named_beyond_its_outlets(cand: _Candidate, source_of: dict[str, str],
                              word: str = "") -> bool:
    """Whether a word of an outlet's name ("Pakistan" of "Pakistan Broadcasting Network") is
    named in the articles of at least :data:`OTHER_OUTLETS_NAMING` outlets whose names lack it:
    an actor of the corpus, not the outlet's own name ("Courier" of "The Daily Courier", seen
    in its sign-offs). A newcomer's India–Pakistan corpus had no Pakistan in its draft. So for
    an outlet's whole name: a body publishing its own releases ("African Union", named by the
    AP and the Crisis Group) is an actor too (a newcomer's Ethiopia draft had no AU).
    ``word``: the outlet's name as the candidate holds it, case-folded, when it is no
    candidate's name but its acronym alias ("ina" of "Iraqi News Agency")."""
    word = word or cand.name.casefold()
    others = {source_of.get(d, d) for d in cand.doc_ids} - {
        source for source in source_of.values()
        if word in source.split() or word in (source, _outlet_initials(source))
        or word in _outlet_short_names(source)}
    return len(others) >= OTHER_OUTLETS_NAMING


#: The fewest words of an outlet's name whose initials are its acronym ("MAP" of "Maghreb
#: Arabe Presse", "SPS" of "Sahara Press Service"; not "UP" of "UN Press").
OUTLET_ACRONYM_WORDS = 3


def _outlet_initials(source: str) -> str:
    """The initials of an outlet's name of :data:`OUTLET_ACRONYM_WORDS` words or more besides
    connectors, case-folded: how its own articles name it ("told MAP", "(SPS)"; a newcomer's
    Western Sahara draft proposed the Moroccan agency "MAP" as an organisation); "" else."""
    words = [w for w in source.split() if w.casefold() not in _CONNECTORS]
    return "".join(w[0] for w in words).casefold() if len(words) >= OUTLET_ACRONYM_WORDS else ""


# An edition's language after an outlet's name ("Al Arabiya English", "Anadolu Ajansı Arabic").
_EDITION_WORDS = frozenset("""
english arabic french russian spanish german turkish persian farsi urdu hindi chinese
ukrainian international global online digital
""".split())


# An outlet named by its web domain: "Civil.ge", "Agenda.ge" (a Georgia newcomer's draft
# proposed "Civil", from "A Mission spokesperson told Civil.ge …" in Civil.ge's own article).
_DOMAIN_NAME = re.compile(r"([^\W\d_][\w-]*)\.[a-z]{2,4}")


def _outlet_short_names(outlet: str) -> set[str]:
    """``outlet`` (case-folded) without the common words or the edition's that end it, one by
    one ("al arabiya" of "al arabiya english", "libya al-ahrar" of "libya al-ahrar tv", "kyiv
    wire" of "kyiv wire english"), as articles name it ("told Al Arabiya": a Libya newcomer's
    draft typed it a person); of two words or more ("anadolu" of "anadolu agency" is one of
    its words already)."""
    words, short = outlet.split(), set()
    domain = _DOMAIN_NAME.fullmatch(outlet)
    if domain:
        short.add(domain.group(1))  # "civil" of "civil.ge"
    while len(words) > 2 and words[-1] in _NAME_WORDS_COMMON | _EDITION_WORDS:
        words.pop()
        short.add(" ".join(words))
    return short


def _in_place_context(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is used as a place: after "in", "near", "at" ...,
    with "the" too where the name ends its noun ("in the Sahel", not "at the Kinshasa bar"),
    after "the whole" or "the entire", after "the centre of", "residents of", "the liberation of" ..., as the object of "entered",
    "shelled", "retook" ..., after "to" and a word of going ("fled to", "a visit to"), before
    "region", "oblast", "city" ..., or as a later item of a list whose first item is one of
    these ("factories in Adigrat and Shire")."""
    before = [w.lower().strip(",") for w in text[:start].split()[-2:]]
    if bool(
        (before and (before[-1] in _PLACE_BEFORE or before[-1] in _PLACE_VERBS))
        or (len(before) == 2 and before[1] == "of" and before[0] in _PLACE_OF_NOUNS)
        or (len(before) == 2 and before[1] == "to" and before[0] in _MOTION_TO)
        or _PLACE_AFTER.match(text, end)
        or _the_whole_of(before, text, end)
        or (len(before) == 2 and before[1] == "the" and before[0] in _PLACE_BEFORE
            and _AFTER_A_WHOLE.match(text, end))
    ):
        return True
    # a list's later item takes the reading of its first: "factories in Adigrat and Shire",
    # "around Gondar, Bahir Dar and Lalibela" (not before a verb after an opening setting: "In
    # Goma, Rwanda and Uganda agreed" are the subjects)
    listed = _LIST_BEFORE.search(text, max(0, start - 80), start)
    if not listed:
        return False
    first = listed.start() + len(_OPENING_WORD.match(listed.group()).group())  # not "In"
    if first >= start:
        return False
    if len(text[:first].split()) <= 1 and _VERB_AFTER.match(text, end):
        return False
    if listed.group().rstrip().endswith(",") and not _LIST_GOES_ON.match(text, end):
        return False  # no list: a clause after a comma ("… in South Asia, Lin said")
    return _in_place_context(text, first, first)


def _official_seat(words: list[str]) -> bool:
    """Whether ``words`` are "Official" and one name, a government by its seat: "Official
    Baku", "Official Moscow", the state media's idiom (a newcomer's Armenia–Azerbaijan draft
    had a person "Official Baku", the "Official" read as a title, with Baku's 12 other mentions
    folded into it as the surname); or "Official" alone before a registry's name ("Official
    Kyiv"). Not a body's or paper's name ("the Official Gazette")."""
    return bool(words) and words[0] == "Official" and len(words) <= 2 and (
        len(words) == 1 or words[1].lower() not in _MEDIA_WORDS | _NAME_WORDS_COMMON | _ORG_WORDS)


# A name that ends the noun after "the whole" or "the entire": a territory ("prosperity to the
# whole South Caucasus": a newcomer's Armenia–Azerbaijan draft proposed the region); not a group's
# adjective before its noun ("the entire Houthi leadership").
_AFTER_A_WHOLE = re.compile(r"(?!\s+[a-z])|\s+(?:and|or|in|into|to|from|with|for|at|on|by|of|as|"
                            r"is|was|are|were|has|had|have|will|would|can|could|must|may|might)\b")


def _the_whole_of(before: list[str], text: str, end: int) -> bool:
    """Whether a name follows "the whole" or "the entire" (``before``: the two words before it,
    lower case) and ends its noun phrase (:data:`_AFTER_A_WHOLE`)."""
    return before in (["the", "whole"], ["the", "entire"]) and bool(_AFTER_A_WHOLE.match(text, end))


# A person's nickname in quotes between the given name and the surname ('Jimmy “Barbecue”
# Chérizier', 'Yevgeny “Wagner chief” Prigozhin'), and one after "alias" ('Jimmy Cherizier, alias
# Barbecue', 'Gabriel Jean-Pierre, alias “Ti Gabriel.”'): a newcomer's Haiti draft listed the gang
# leader as "Jimmy" and "Barbecue" apart from "Jimmy Chérizier".
_QUOTED_NICKNAME = re.compile(r"[ \t]+[“\"‘]([A-Z][^”\"’\n]{0,38}?)[.,]?[”\"’][ \t]+")
_ALIAS_AFTER = re.compile(r",?[ \t]+\(?(?:alias|aka|a\.k\.a\.?|nicknamed)[ \t]+[“\"‘]?"
                          r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")


def _with_nicknames(text: str, runs: list[list[re.Match[str]]]
                    ) -> list[tuple[list[re.Match[str]], str]]:
    """The runs, each with "" or its nickname: a given name's run, a nickname in quotes and the
    surname's run after them are one run, the person's name, with the nickname (the runs in
    the quotes dropped). The word before the quotes must be a given name in the name data
    (not "the Kenyan “Haiti” Mission"). A name of two words or more takes the name after
    "alias" as its nickname, that name's run dropped (one mention, as the quoted one)."""
    out: list[tuple[list[re.Match[str]], str]] = []
    skip_until = -1
    for k, run in enumerate(runs):
        if run[0].start() < skip_until:
            continue
        quoted = _QUOTED_NICKNAME.match(text, run[-1].end())
        after = next((later for later in runs[k + 1:] if quoted and
                      later[0].start() >= quoted.end()), None)
        if quoted and after and after[0].start() == quoted.end() and \
                first_name_people(_word(run[-1])) >= _GIVEN_NAME_PEOPLE:
            out.append(([*run, *after], quoted.group(1).strip()))
            skip_until = after[-1].end()
            continue
        alias = _ALIAS_AFTER.match(text, run[-1].end())
        if alias and len(run) > 1:
            out.append((run, alias.group(1)))
            skip_until = alias.end()
            continue
        out.append((run, ""))
    return out


# A common plural's possessive inside a run belongs to the name, as a lower-case word's does:
# "Kurdistan Workers' Party" (an Iraqi Kurdistan newcomer's draft had "Kurdistan Workers",
# matching nothing), "the Soldiers' Mothers Committee"; a word list, since a name's possessive
# ends in an apostrophe too ("Hamas' Qassam Brigades").
_PLURAL_POSSESSIVE = re.compile(
    r"(?:Workers|Peoples|Farmers|Soldiers|Women|Mothers|Veterans|Journalists|Martyrs|Nations|"
    r"Patriots|Students|Writers|Defenders|Citizens|Teachers|Lawyers|Doctors|Traders|Officers|"
    r"Employers|Miners|Peasants|Toilers)['’]")


def _collect_run(text: str, doc_id: str, run: list[re.Match[str]], lowercase: Counter[str],
                 candidate: Any, owner: tuple[int, str] | None = None,
                 nickname: str = "", after_demonym: bool = False) -> None:
    """Evidence from one run of capitalised words in a sentence; ``owner`` (start, text): a
    registry actor's name right before the run, which opens a body's name the run ends;
    ``nickname``: one in quotes inside the run's name (:func:`_with_nicknames`), an alias;
    ``after_demonym``: the run comes right after a registry demonym ("the Indian |Air Force")."""
    first = run[0].start() if run else -1
    # A capitalised word that opens the sentence and is otherwise written in lower case, or
    # is a function word ("Officials", "Meanwhile", "The"), is not part of a name; nor is a
    # connector left in front.
    while run and (
        # a sentence's first word, or the first after a transcript label ("MATVIICHUK: Thank")
        # or a quotation's opening mark ('The statement said: "Our movement …"', an Iraqi
        # Kurdistan newcomer's draft had a candidate "Our"), or a paragraph's number ("2. In a
        # coordinated operation …", a Nigeria newcomer's army press release: a candidate "In";
        # "1. Troops of Operation HADIN KAI …")
        (re.fullmatch(r"(?:[^\w]*|[^\w]*\d{1,3}[.)]\s+|.*:\s*|.*[\s:,(][“\"‘«„]\s*)",
                      text[:run[0].start()],
                      re.DOTALL)
         and _opens_sentence_only(run[0], lowercase))
        or not _is_capitalised(run[0].group())
    ):
        run = run[1:]
    if _official_seat([t.group() for t in run]):
        run = run[1:]  # "Official Baku regards …": a government by its seat, no titled person
    if len(run) > 2 and run[0].group() in ("La", "Le", "Les") and \
            run[-1].group() in _FRENCH_INSTITUTION_ADJECTIVES:
        run = run[1:]  # "Selon La Sûreté générale, …": the institution's article, no name's
    if not run:
        return
    for k, token in enumerate(run):
        backer = _BACKED.fullmatch(token.group())
        if backer:
            # a name before a participle, its backer: "Rwanda-backed M23" is Rwanda, then the
            # M23 (an eastern-DRC newcomer's draft named the M23 "Rwanda-backed M23", a
            # breaker's), as the registry reads "Russia-backed separatists"
            prefix = _NAME_TOKEN.match(text, token.start(), token.start() + len(backer.group(1)))
            _collect_run(text, doc_id, [*run[:k], prefix], lowercase, candidate, owner)
            _collect_run(text, doc_id, run[k + 1:], lowercase, candidate)
            return
    for k, token in enumerate(run[:-1]):
        if _POSSESSIVE.search(token.group()) and not lowercase[_word(token).lower()] and \
                not _PLURAL_POSSESSIVE.fullmatch(token.group()):
            # a name's possessive inside the run: two names ("Hemedti's Rapid Support
            # Forces"), the possessor and what it owns
            _collect_run(text, doc_id, run[:k + 1], lowercase, candidate, owner)
            _collect_run(text, doc_id, run[k + 1:], lowercase, candidate)
            return
    # a common word's possessive belongs to the name ("People's Defence Force", a newcomer's
    # draft proposed "People Defence Force", which matches nothing in the text)
    words = [token.group() if k < len(run) - 1 and _POSSESSIVE.search(token.group()) else
             _word(token) for k, token in enumerate(run)]
    head = _body_head_at(words)
    if head > 0:  # "Fighters of the Estado Mayor Central": the body's name is the run's rest
        run, words = run[head:], words[head:]
    glossed = _glossed_by_its_initials(text, run[-1].end(), words)
    foreign_body = head >= 0 or glossed
    start = run[0].start()
    if not glossed and (not foreign_body and words[-1].lower().rstrip(".") in _TITLE_WORDS or
                        words[-1].lower() in PLACE_NOUNS |
                        _PLACE_WORDS | _DOCUMENT_WORDS or len(words) > 2 and
                        words[0].lower() in _PLACE_OF_HEADS and words[1] == "of"):
        return  # a title without a name ("the Ukrainian President"), a river, a region, a
        # corridor, "the Gulf of Aden", a document ("the Ankara Declaration")
    # "… Council", and "Institute for the Study of War", "Center for Countering Disinformation"
    is_org = foreign_body or words[-1].lower() in _ORG_WORDS or (
        len(words) > 2 and words[0].lower() in _ORG_WORDS and words[1] in _CONNECTORS)
    if owner and words[-1].lower() in _ORG_WORDS and start == first:
        start, words, is_org = owner[0], [*owner[1].split(), *words], True
    title, name_words = ("", words) if is_org else _title_split(words)
    if title and (body := _body_of_post(title, name_words)):
        # a post of a body named by its acronym ("Head of BINUH"): the body, no titled person
        # "of BINUH" (which the draft drops, with the acronym's other mentions folded into
        # it: a newcomer's Haiti draft missed BINUH)
        title, name_words, start = "", [body], run[-1].start()
    if not name_words:
        return  # a post without its holder's name ("the President of the Republic of X")
    if title and len(name_words) > 1 and name_words[0].lower() in _ORG_WORDS and \
            name_words[1] in _CONNECTORS:
        # a title word that opens a body's name ("a communiqué from the General Staff of the
        # Armies": a newcomer's Sahel draft had a titled person "Staff of the Armies")
        title, name_words, is_org = "", [title.split()[-1], *name_words], True
    if _post_with_apposed_holder(text, run[-1].end(), title, name_words):
        return  # "The Director of Army Public Relations, Appolonia Anele, said": the post whole
    before = text[:start].split()[-1:]
    # "spokeswoman Anna Petrova", "Brig. Gen. Yahya Saree" (an abbreviated title ends a run)
    role_before = bool(before) and before[0] != "Official" and (
        before[0].lower().strip(",") in _ROLE_NOUNS or (
        before[0].endswith(".") and before[0][:1].isupper()
        and before[0].lower().rstrip(".") in _TITLE_WORDS)) and \
        not _addressed(text, start, before[0])
    if not title and len(words) == 1 and words[0].lower() in _TITLE_WORDS:
        return  # a bare title ("President")
    of_at = _body_after_holder(name_words) if (title or role_before) and not is_org else -1
    if of_at > 0:
        # "security analyst Kabiru Adamu of Beacon Security and Intelligence": the titled
        # person's name ends before "of", the body they work for is a run of its own
        k = len(words) - len(name_words) + of_at
        _collect_run(text, doc_id, run[k + 1:], lowercase, candidate)
        run, words, name_words = run[:k], words[:k], name_words[:of_at]
    name = " ".join(name_words)
    coded = bool(_LETTERS_NUMBER.fullmatch(name)) and not _QUARTER.fullmatch(name) and \
        not _THING_AFTER.match(text, run[-1].end())
    if re.fullmatch(r"[A-Z]{1,2}\d{1,2}", name) and not coded:
        return
    if not re.search(r"[^\W\d_]{2}", name) and not _ACRONYM.fullmatch(name) and not coded:
        return
    if name in _THING_ACRONYMS:
        return  # "its LNG project": a thing's acronym, no body
    is_org = is_org or bool(_ACRONYM.fullmatch(name) or coded)
    if not title and not role_before and not is_org:
        title = _apposed_post(text, start, run[-1].end(), name_words)
    how = "organisation" if is_org else ("titled" if title or role_before else "name")
    cand = candidate(name)
    cand.add(how, text, doc_id, title or (before[0] if role_before else ""))
    if len(words) == 1 and not re.search(r"\w", text[:start]):
        cand.initial_hits += 1
    if after_demonym and is_org and start == first:
        cand.demonym_hits += 1
    after = re.match(r"\s+(\w+)", text[run[-1].end():])
    if len(words) == 1 and after and after.group(1) in _MEMBER_NOUNS:
        cand.member_hits += 1  # "Houthi rebels": a group's adjective
    if _MEDIUM_BEFORE.search(text, max(0, start - 40), start):
        cand.media_hits += 1  # "state news agency WAM reported": a medium relaying
    if how in ("name", "titled") and _in_place_context(text, start, run[-1].end()):
        cand.place_hits += 1  # "families in Sheikh Jarrah": a place named with a title word
    # "International Criminal Court (ICC)": the acronym is an alias of the long name; in
    # brackets it may be longer than a bare acronym ("U.S. Central Command (CENTCOM)": a
    # newcomer's Yemen draft had "Central Command" and "CENTCOM" apart)
    acronym = re.match(r"\s*\(((?:[A-Z]\.){2,}|[A-Z]{2,%d})\)" % _BRACKETED_ACRONYM_CHARS,
                       text[run[-1].end():])
    if acronym and len(name_words) > 1 and acronym.group(1) not in cand.aliases and \
            acronym.group(1).lower() not in _PHOTO_CREDITS and \
            _opens_with_an_initial(acronym.group(1), name_words):
        cand.aliases.append(acronym.group(1))
    if nickname and _form_key(nickname) != _form_key(name) and nickname not in cand.aliases:
        cand.aliases.append(nickname)  # a person's, in quotes inside the name or after "alias"


def _opens_with_an_initial(acronym: str, name_words: list[str]) -> bool:
    """Whether a bracketed acronym opens with the initial of one of the name's words before it,
    in that language's order or another's ("Royal Armed Forces (FAR)", "Kurdistan Workers'
    Party (PKK)"): else it glosses a longer name the run ends ("… Mission for the Referendum in
    Western Sahara (MINURSO)" had made MINURSO an alias of "Western Sahara" in a newcomer's
    draft). A translated name's acronym opening with its own language's word qualifies when
    all its letters but one are the name's initials ("National Liberation Army (ELN)", of
    "Ejército de Liberación Nacional": a Colombia newcomer's draft had "ELN" and "National
    Liberation Army" as two candidates)."""
    initials = {word[0].upper() for word in name_words if _is_capitalised(word)}
    letters = acronym.replace(".", "")
    return acronym[0] in initials or 3 <= len(letters) <= 5 and \
        sum(letter in initials for letter in letters) >= len(letters) - 1


def _addressed(text: str, start: int, word: str) -> bool:
    """Whether the role noun ``word`` before the name at ``start`` is an address, the
    sentence's first word and a comma ("Minister, al-Shabaab has retaken Adan Yabaal": an
    interviewer's vocative; a newcomer's Somalia draft typed al-Shabaab a person titled
    "Minister,"), not the name's title ("spokeswoman Anna Petrova", "the spokeswoman, Anna
    Petrova,"). After a transcript label ("VOA: Minister, …") too."""
    if not word.endswith(","):
        return False
    opening = text[:text.rfind(word, 0, start)]
    return re.fullmatch(r"(?:[^\w]*|.*:\s*)", opening, re.DOTALL) is not None


# A news medium's noun right before a name: "state news agency WAM reported", "the daily
# Kommersant wrote", "the broadcaster Libya Al-Ahrar" (a Libya newcomer's draft proposed WAM, an
# agency relaying the UAE's words, as a speaking organisation); not "agency" alone, which names
# bodies too ("the UN refugee agency UNHCR").
_MEDIUM_BEFORE = re.compile(r"(?<![\w-])(?i:(?:news|press|wire)\s+agency|broadcaster|newspaper|"
                            r"daily|tabloid|weekly|magazine|outlet|channel|television|tv|radio|"
                            r"station|website|news\s+site)\s+$")


# A post of a body or state and a comma before a name set off by commas: "Adviser to the
# President of the Republic of Azerbaijan, Hikmet Hajiyev, told journalists …" (a state agency's
# style), "the Spokesperson of the Ministry, Tarn Vesko, said"; the post's title word singular.
_POST_BEFORE = re.compile(r"(?<![\w'’-])(?P<post>(?P<title>[A-Z][a-z]+)\s+(?:of|to|for)\s+"
                          r"(?:the\s+)?[A-Z][^,;:.!?“”\"()]*?),\s*$")


def _apposed_post(text: str, start: int, end: int, name_words: list[str]) -> str:
    """The post before a name of two words or more that commas set off (:data:`_POST_BEFORE`),
    or ""; not a list's item ("the presidents of Kenya, South Sudan, …": a plural)."""
    post = _POST_BEFORE.search(text, max(0, start - 120), start)
    if post is None or len(name_words) < 2 or not re.match(r"\s*,", text[end:]) or \
            post.group("title").lower() not in _TITLE_WORDS:
        return ""
    return post.group("post")


def _body_of_post(title: str, name_words: list[str]) -> str:
    """The acronym of the body a post names, where no holder's name follows ("Head of BINUH",
    whether :func:`_title_split` keeps the "of ..." in the title or gives it as the name), or
    ""."""
    words = [*title.split(), *name_words]
    of = next((i for i, w in enumerate(words) if w in _CONNECTORS), -1)
    if of < 1 or not all(w in _CONNECTORS for w in words[of:-1]) or \
            not _ACRONYM.fullmatch(words[-1]):
        return ""
    return words[-1]


def _collect_speaker(speaker: str, text: str, doc_id: str, known: Registry,
                     candidates: dict[str, _Candidate]) -> None:
    """A quoted speaker the registry does not know, if the speaker phrase is a name."""
    if not speaker or known.resolve(speaker) is not None:
        return
    words = speaker.split()
    backed = [k for k, w in enumerate(words) if _BACKED.fullmatch(w)]
    if backed:
        words = words[backed[-1] + 1:]  # "Rwanda-backed M23": the M23 (see _collect_run)
        if not words or known.resolve(" ".join(words)) is not None:
            return
    if not all(_is_capitalised(w) or w in _CONNECTORS for w in words):
        return  # a description ("a Ukrainian official"), not a name
    if words[-1].lower().rstrip(".") in _TITLE_WORDS:
        return  # a title ("Ukrainian President"), not a name
    if words[-1].lower() in _DOCUMENT_WORDS:
        return  # a document read as a speaker ("the Council “welcomed” the Ankara
        # Declaration": a Somalia newcomer's draft typed it a person found as speaker)
    if _official_seat(words):
        return  # "Official Baku said": a government by its seat (see _collect_run), no person
    title, name_words = _title_split(words)
    if not name_words or title and _body_of_post(title, name_words):
        return  # a post without its holder's name ("the President of the Republic of X"), the
        # head of a body ("Head of BINUH"), not the body
    key = _form_key(" ".join(name_words))
    cand = candidates.setdefault(key, _Candidate(" ".join(name_words)))
    cand.found_as.add("speaker")
    if title:
        cand.titles[title] += 1
    if not cand.example:
        cand.example, cand.doc_id = " ".join(text.split()), doc_id


def _unaccented(name: str) -> str:
    """``name``'s lookup key without its diacritics ("jimmy cherizier" of "Jimmy Chérizier")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", _form_key(name))
                   if not unicodedata.combining(ch))


def _spelling_key(name: str) -> str:
    """``name``'s key without its diacritics and without the spaces and hyphens inside its
    words: an Arabic compound given name is written as one word or two ("abdulhamiddbeibah"
    of "Abdul Hamid Dbeibah", "Abdulhamid Dbeibah" and "Abdul-Hamid Dbeibah")."""
    return re.sub(r"[\s\-]+", "", _unaccented(name))


def _merge_accents(candidates: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """Fold a name written without its accents, or with other ones, into the form named more
    often (ties: the one with more accents, as the name is spelled), as an alias: "Jimmy
    Cherizier" is "Jimmy Chérizier", one outlet dropping the accent (a newcomer's Haiti draft
    listed the two apart); so is a name whose words are joined or hyphenated otherwise
    (:func:`_spelling_key`: a Libya newcomer's draft listed "Abdulhamid Dbeibah" beside "Abdul
    Hamid Dbeibah")."""
    by_plain: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates.values():
        by_plain[_spelling_key(cand.name)].append(cand)
    folded: set[int] = set()
    for forms in by_plain.values():
        if len(forms) < 2:
            continue
        keep = max(forms, key=lambda c: (c.count, sum(not ch.isascii() for ch in c.name)))
        for other in forms:
            if other is not keep:
                keep.absorb(other)
                keep.aliases = [*keep.aliases, other.name,
                                *[a for a in other.aliases if a not in keep.aliases]]
                folded.add(id(other))
    return {key: c for key, c in candidates.items() if id(c) not in folded}


def _note_short_speaker(speaker: str, text: str, candidates: dict[str, _Candidate]) -> None:
    """Note, on the one-word candidate that opens ``speaker``'s name, that a sentence naming it
    alone, not in the full name, was read as that speaker's: '"China opposes all forms of
    terrorism," Lin said' as Lin Jian's (a surname before the given name, as Chinese names
    are written)."""
    words = speaker.split()
    first = candidates.get(_form_key(words[0])) if len(words) > 1 else None
    if first is not None and re.search(
            rf"(?<![\w'’-]){re.escape(words[0])}(?![\w'’-])(?![ \t]+{re.escape(words[1])})", text):
        first.said_as[_form_key(speaker)] += 1


def _merge_articles(candidates: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """Fold a name written with a capitalised "The" ("militant groups like The Resistance
    Front") into the same name without it, which opens sentences and follows "the" elsewhere:
    a newcomer's India draft had each once, neither listed. A name seen only with "The" keeps it
    ("The Hague"), and so does one word after it, often a paper's name ("Suhasini Haidar, The
    Hindu:" is no "Hindu tourists")."""
    folded: set[int] = set()
    for key, cand in candidates.items():
        bare = _bare_of_article(key, candidates)
        if bare is not None and bare is not cand:
            bare.absorb(cand)
            bare.aliases += [a for a in cand.aliases if a not in bare.aliases]
            folded.add(id(cand))
    return {key: c for key, c in candidates.items() if id(c) not in folded}


# The definite articles of French, Spanish, Italian and Portuguese before a name (a word list):
# "le Hezbollah" (a French speaker, "…, le Hezbollah dénonce une « capitulation »"), "Le
# Hezbollah" opening a sentence. Folded as "The" is, with one word after them too, where the
# corpus names the same without them; a Lebanon newcomer's speaker "le Hezbollah" had taken
# "Hezbollah" as its surname, and a name opening with a connector is dropped, so the study's
# main party vanished from the draft. Seen only with it, the article is the name's ("Le Pen").
_ROMANCE_ARTICLE_KEYS = ("le ", "la ", "les ", "el ", "los ", "las ", "il ")


def _bare_of_article(key: str, candidates: dict[str, _Candidate]) -> _Candidate | None:
    """The candidate named ``key`` without its opening article ("the", or a Romance one, see
    :data:`_ROMANCE_ARTICLE_KEYS`), or None."""
    if key.startswith("the ") and len(key.split()) > 2:
        return candidates.get(key[4:])
    article = next((a for a in _ROMANCE_ARTICLE_KEYS if key.startswith(a)), None)
    return candidates.get(key[len(article):]) if article and len(key.split()) > 1 else None


def _merge_shorter_forms(candidates: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """Fold a name of several words into the one person's longer name that opens and ends with
    its first and last words and holds all its words in order, or that it opens ("Abiy Ahmed"
    of "Abiy Ahmed Ali": an Ethiopian's second and third names are the father's and
    grandfather's), as an alias: a newcomer's Yemen draft listed "Abdul-Malik al-Houthi"
    beside "Abdul-Malik Badr al-Din al-Houthi". Not a name that only ends another ("Badr
    al-Din al-Houthi" is his father), unless it is only a speaker's (:func:`_speaker_only`)."""
    def words(cand: _Candidate) -> list[str]:
        return [_form_key(w) for w in cand.name.split()]

    people = [c for c in candidates.values() if c.type == "person" and len(c.name.split()) > 2]
    folded: set[int] = set()
    # the longest first, so that a chain of shorter forms ends in the longest name
    for cand in sorted(candidates.values(), key=lambda c: -len(c.name.split())):
        short = words(cand)
        if len(short) < 2 or cand.type == "organisation":
            continue
        owners = [p for p in people if id(p) not in folded and p is not cand
                  and len(words(p)) > len(short) and (_opens_and_ends(short, words(p))
                                                      or words(p)[:len(short)] == short)]
        label = ""
        if not owners and _speaker_only(cand):
            # not into a title's tail ("for Human Rights Volker Türk", which the draft drops)
            owners = [p for p in people if id(p) not in folded and p is not cand
                      and len(words(p)) > len(short) and words(p)[-len(short):] == short
                      and p.name.split()[0] not in _CONNECTORS]
            # its alias is the transcript label's word, the surname, which the speakers' reading
            # finds ("NUR:"), not the name's tail the label was read as ("Mohamed Nur", of
            # "Abdulkadir Mohamed Nur": a Somalia newcomer's draft; a Somali's second and third
            # names are his father's and grandfather's, no form the text uses)
            label = cand.name.split()[-1]
        if len(owners) != 1:
            continue
        owners[0].absorb(cand)
        forms = [label] if label else [cand.name, *cand.aliases]
        owners[0].aliases = [*[f for f in forms if f not in owners[0].aliases],
                             *owners[0].aliases]
        folded.add(id(cand))
    return {key: c for key, c in candidates.items() if id(c) not in folded}


def _speaker_only(cand: _Candidate) -> bool:
    """Whether ``cand`` is a speaker's name never written on its own: where it ends a longer
    name, a piece of that name, as a transcript's label read it ("Alphonse Jean" for "JEAN:"
    after "spoke with Fritz Alphonse Jean": a newcomer's Haiti draft kept "Jean" apart from
    the full name, which two names ended). A name written on its own that ends another is
    another person's ("Badr al-Din al-Houthi", the father)."""
    return cand.count == 0 and "speaker" in cand.found_as


def _opens_and_ends(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` opens and ends ``long`` with its first and last words, the rest of
    its words in order between them."""
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long[1:-1])
    return all(word in rest for word in short[1:-1])


# Bearers in the name data from which a given name alone is too common to be one person's.
_COMMON_GIVEN_NAME = 5000
# A generation's suffix after a surname ("Ferdinand Marcos Jr.", "Lloyd J. Austin III").
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _surname(words: list[str]) -> str:
    """The surname of a person's name: its last word, or the one before a generation's
    suffix ("Marcos" of "Ferdinand Marcos Jr")."""
    if len(words) > 2 and words[-1].lower().rstrip(".") in _NAME_SUFFIXES:
        return words[-2]
    return words[-1]


def _mostly_a_place(cand: _Candidate) -> bool:
    """Whether a one-word candidate is read as a place in a good share of its mentions
    (:data:`_PLACE_SHARE`): no person's surname, though a full name ends in it. A Colombia
    newcomer's draft gave "Pedro Arnulfo Sánchez Suárez" the alias "Suárez", his mother's
    surname and a town in Cauca ("killed two soldiers in the town of Suárez"), and the town's
    place readings then dropped the minister himself as a place."""
    return cand.place_hits >= _PLACE_SHARE * cand.count and cand.place_hits > 0


def _merge_surnames(candidates: dict[str, _Candidate]) -> list[_Candidate]:
    """Fold a one-word candidate into the one person's full name it ends, as an alias, or,
    ending none, into the one it opens ("Abdul-Malik" of "Abdul-Malik Badr al-Din al-Houthi",
    "Farea" of "Farea al-Muslimi": a newcomer's Yemen draft listed each apart)."""
    by_last: dict[str, list[_Candidate]] = defaultdict(list)
    by_first: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates.values():
        words = cand.name.split()
        # not a body's name seen only as a speaker ("the Indian Army posted": no "Army" of it)
        if len(words) > 1 and cand.type == "person" and words[-1].lower() not in _ORG_WORDS:
            # "Marcos" ends "Ferdinand Marcos Jr" as it ends "Imee Marcos", his sister's name:
            # a newcomer's Taiwan Strait draft gave the president's "Marcos" to her
            surname = _surname(words)
            by_last[_form_key(surname)].append(cand)
            if _ARTICLE_NAME.match(surname):  # "Burhan" is "Abdel Fattah al-Burhan"
                by_last[_form_key(surname.split("-", 1)[1])].append(cand)
            by_first[_form_key(words[0])].append(cand)
    # "ICC" seen as "International Criminal Court (ICC)" belongs to the long name.
    by_alias: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates.values():
        for alias in cand.aliases:
            by_alias[_form_key(alias)].append(cand)
    merged = []
    for key, cand in candidates.items():
        owners = []
        if len(cand.name.split()) == 1 and not _names_a_group(cand, candidates):
            owners = ([] if _mostly_a_place(cand) else
                      by_last.get(key, []) or by_last.get(_final_h_variant(key), [])) or [
                # a given name alone, not a place or country that opens a person's name
                # ("Israel" of "Israel Katz"): never a place, and named less than the person
                owner for owner in by_first.get(key, [])[:1]
                if len(by_first[key]) == 1 and (
                    not cand.place_hits and cand.count <= owner.count
                    # nor one many people have ("Mohammed" of "Mohammed bin Salman" beside
                    # "Mohammed bin Zayed", a breaker's)
                    and first_name_people(cand.name) < _COMMON_GIVEN_NAME
                    # unless the given name has the person's title: "President Isaias" is
                    # "President Isaias Afwerki", "Prime Minister Abiy" "Abiy Ahmed" (Ethiopians
                    # and Eritreans go by their given name, more often than by the full one: a
                    # newcomer's Ethiopia draft listed each apart; "the faction around
                    # Debretsion" is no place of Dr. Debretsion's)
                    or _shares_a_title(cand, owner)
                    and cand.place_hits < _PLACE_SHARE * cand.count
                    # or half the sentences naming it alone were the person's speech ("Lin
                    # said" of Lin Jian, a surname before the given name: a newcomer's India
                    # draft listed "Lin" apart; not "Varn struck the port. Varn denied it.")
                    or 2 * cand.said_as[_form_key(owner.name)] >= cand.count
                    and cand.place_hits < _PLACE_SHARE * cand.count)]
        if not owners and len(cand.name.split()) == 1 and cand.type == "person" and \
                key not in by_last and len(by_first.get(key, [])) > 1:
            # a person's given name alone that opens two people's names ("Minister Yemane":
            # Yemane Gebremeskel or Yemane Gebreab, a newcomer's Ethiopia draft listed it
            # beside both): whose it is, the researcher decides, from the full names
            continue
        owners = owners or by_alias.get(key, [])
        if len(owners) == 1 and owners[0] is not cand:
            owner = owners[0]
            owner.absorb(cand)
            # (a transcript's label in capitals, "WARSAME", is the alias "Warsame" already)
            if _form_key(cand.name) not in {_form_key(a) for a in owner.aliases}:
                alias = cand.name
                if alias.isupper() and len(alias) > 1:
                    # a transcript's label in capitals ("WARSAME:") is the name's own word,
                    # as the full name writes it ("Abdiwali Hirsi Warsame")
                    alias = next((w for w in owner.name.split() if _form_key(w) == key),
                                 alias)
                owner.aliases.insert(0, alias)
            continue
        merged.append(cand)
    return merged


# An Arabic article before a one-word name, joined by a hyphen ("al-Shabaab", "el-Sisi",
# "ash-Sham") or, "al" and "el", by a space ("Al Shabaab").
_ARTICLE_BEFORE = re.compile(r"(?:(?i:al|el|ad|ar|as|ash|at|az|an)-|(?i:al|el) )"
                             r"(?P<bare>[^\W\d_][\w'’]*)")


def _merge_arabic_articles(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold a one-word name into the one name that is it after an Arabic article, and the
    article's other spellings with it ("Shabaab" and "Al Shabaab" into "al-Shabaab": a Somalia
    newcomer's draft had "Shabaab", from "the Shabaab" and a wire's "al Shabaab", apart from
    "al-Shabaab"), as aliases; the form with the article named most names the candidate. Not
    a person's name ("al-Houthi" beside the "Houthi" people) nor a people's."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        article = _ARTICLE_BEFORE.fullmatch(cand.name)
        bare = article.group("bare") if article else cand.name
        if len(cand.name.split()) <= 2 and re.fullmatch(r"[^\W\d_][\w'’]*", bare):
            groups[_form_key(bare)].append(cand)
    folded: set[int] = set()
    for forms in groups.values():
        if len(forms) < 2 or not any(_ARTICLE_BEFORE.fullmatch(c.name) for c in forms) or \
                any(c.type == "person" or c.people for c in forms):
            continue
        keep = max(forms, key=lambda c: (bool(_ARTICLE_BEFORE.fullmatch(c.name)), c.count))
        for other in forms:
            if other is not keep:
                keep.absorb(other)
                keep.aliases = [*keep.aliases, other.name,
                                *[a for a in other.aliases if a not in keep.aliases]]
                folded.add(id(other))
    return [c for c in candidates if id(c) not in folded]


# An acronym in brackets, and the words of the name before it that it spells: capitalised
# words and the small words inside a body's name ("Mission in Libya", "Force in Lebanon").
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z]{3,%d})\)" % _BRACKETED_ACRONYM_CHARS)
_SPELLED_SMALL_WORDS = frozenset("in of for on to and the".split())


def _spelled_out_acronyms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, long name, acronym) of each body's name before an acronym in brackets
    that it spells, where the name holds a small word no run of names holds ("in"): "United
    Nations Support Mission in Libya (UNSMIL)", whose runs are "Support Mission" (after the
    registry's "United Nations") and "Libya"; the span ends after the brackets. The small
    words' letters may be in the acronym or not ("UNIFIL", "UNMISS"). A name of runs alone
    ("International Criminal Court (ICC)", "the Chinese Coast Guard (CCG)") is left to them."""
    out = []
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        acronym = bracket.group(1)
        words = list(_TOKEN.finditer(text, max(0, bracket.start() - 160), bracket.start()))
        if not words or text[words[-1].end():bracket.start()].strip():
            continue
        for k in range(len(words) - 1, -1, -1):
            span = words[k:]
            if not span[0].group()[:1].isupper() and span[0].group() not in _SPELLED_SMALL_WORDS \
                    or text[span[0].end():span[1].start() if len(span) > 1 else
                            span[0].end()].strip():
                break  # the name has begun after a lower-case word or punctuation
            if not span[0].group()[:1].isupper():
                continue  # a small word inside the name ("Mission in Libya")
            big = "".join(w.group()[0] for w in span if w.group()[:1].isupper())
            every = "".join(w.group()[0].upper() for w in span)
            start, end = span[0].start(), span[-1].end()
            if acronym in (big, every) and len(span) > 2 and \
                    any(w.group() in _SPELLED_SMALL_WORDS - _CONNECTORS for w in span[1:-1]):
                out.append((start, bracket.end(), text[start:end], acronym))
                break
    return out


def _final_h_variant(key: str) -> str:
    """A surname's key with or without the "h" after its final vowel, as Arabic names are
    transliterated both ways ("dbeiba" and "dbeibah": a Libya newcomer's draft listed
    "Dbeiba" beside the prime minister's "Abdul Hamid Dbeibah"); "" for another ending."""
    if re.search(r"[aeiou]h$", key):
        return key[:-1]
    return key + "h" if re.search(r"[^aeiou][aeiou]$", key) else ""


def _title_key(title: str) -> str:
    """A title's last word, for comparison ("Prime Minister" → "minister", "Dr." → "dr")."""
    words = title.lower().replace(",", " ").replace(".", " ").split()
    return words[-1] if words else ""


def _shares_a_title(cand: _Candidate, owner: _Candidate) -> bool:
    """Whether a name was seen after a title the owner's name was seen after too."""
    titles = {_title_key(t) for t in owner.titles} - {""}
    return any(_title_key(t) in titles for t in cand.titles)


def _names_a_group(cand: _Candidate, candidates: dict[str, _Candidate]) -> bool:
    """Whether a one-word name is a group's, not the surname of a person's name that ends in
    it: the singular of another candidate ("Houthi" of "Houthis"), or mostly an adjective
    before a group's members ("the Houthi militia", "a Houthi official"). A newcomer's Yemen
    draft gave "Houthi" to "Abdul-Malik Badr al-Din al-Houthi" as an alias, and with it the
    movement's mentions to its leader."""
    return _form_key(cand.name + "s") in candidates or \
        cand.member_hits >= _MEMBER_SHARE * cand.count > 0


def _merge_plurals(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold a people's name and its plural ("Houthi", "Houthis"; "Palestinian", "Palestinians";
    "Alawite"; a singular in -i, -an, -ese, -ite or -ist) into one candidate, named by the form
    used more often (ties: the plural; the singular's uses before a group's members, "Houthi
    rebels", not counted), the other its alias."""
    by_key = {_form_key(c.name): c for c in candidates}
    folded: set[int] = set()
    for cand in candidates:
        plural = by_key.get(_form_key(cand.name) + "s")
        if plural is None or len(cand.name.split()) > 1 or id(plural) in folded or \
                not cand.name.lower().endswith(("i", "an", "ese", "ite", "ist")):
            continue  # a people's name ("Houthi", "Palestinian"), not "Hama" and "Hamas"
        # the singular's uses as an adjective ("the Houthi militia") do not name the group
        named = cand.count - cand.member_hits
        keep, other = (cand, plural) if named > plural.count else (plural, cand)
        keep.absorb(other)
        keep.aliases = [other.name, *other.aliases, *keep.aliases]
        keep.people = True
        folded.add(id(other))
    return [c for c in candidates if id(c) not in folded]


# How a country's name makes its demonym: Pakistan → Pakistani, Rwanda → Rwandan, Iran →
# Iranian, Ukraine → Ukrainian, China → Chinese, Sudan → Sudanese, Congo → Congolese, Mali →
# Malian (a newcomer's Sahel draft had "Malian" and "Malians" as an actor beside Mali).
_DEMONYM_ENDINGS = (("", "i"), ("", "n"), ("", "ian"), ("e", "ian"), ("a", "ese"), ("", "ese"),
                    ("o", "olese"), ("a", "an"), ("y", "ian"), ("i", "ian"),
                    # Mozambique → Mozambican (a Mozambique newcomer's draft had "Mozambican",
                    # 14 mentions, and no Mozambique, whose five fell under the place share
                    # without its people's), Martinique → Martinican
                    ("que", "can"))
# Demonyms no ending makes, with the names of their country (the same Sahel draft proposed
# "Burkinabè" as an actor beside "Burkina Faso"; a Somalia newcomer's had "Somali", alias
# "Somalis", beside "Somalia"): keyed by _form_key, singular.
_IRREGULAR_DEMONYMS = {
    "burkinabè": ("Burkina Faso", "Burkina"),
    "burkinabe": ("Burkina Faso", "Burkina"),
    "nigerien": ("Niger",),
    "somali": ("Somalia",),
    # (a Georgia newcomer's draft had "Abkhaz", "the Abkhaz delegation", beside "Abkhazia")
    "abkhaz": ("Abkhazia",),
    # (a Lebanon newcomer's draft had "Lebanese", 16 mentions, beside "Lebanon", 25)
    "lebanese": ("Lebanon",),
    # (a Pakistan newcomer's draft had "Afghan", 9 mentions, "Afghan forces", "Afghan soil",
    # apart from "Afghanistan", while "Pakistani" was folded into Pakistan)
    "afghan": ("Afghanistan",),
}


def _republic_demonym(country: str) -> set[str]:
    """The demonym that names a republic ("Dominican" of "Dominican Republic": a newcomer's
    Haiti draft had "Dominican" apart from the state), for a people's adjective before
    "Republic"; none for other words ("Islamic Republic", "Weimar Republic")."""
    words = country.split()
    if len(words) == 2 and words[1] == "Republic" and \
            words[0].lower().endswith(("an", "ese", "i")):
        return {_form_key(words[0])}
    return set()


def _demonym_forms(country: str) -> set[str]:
    forms = set()
    for cut, ending in _DEMONYM_ENDINGS:
        if country.endswith(cut):
            forms.add(_form_key(country[:len(country) - len(cut)] + ending))
    return forms


# Countries whose demonym also extends another country's name, so that a corpus naming only
# the shorter one does not give it the demonym: "Nigerian" is Nigeria + "n", not Niger + "ian"
# (a newcomer's Sahel draft had Niger with `demonyms = ["Nigerian"]`, which made "Nigerian
# senators urged President Bola Tinubu …" a mention of the junta ECOWAS threatened).
_STEM_COUNTRIES = ("Nigeria",)


def _closer_stem(demonym_key: str, country: str, stems: list[str]) -> str:
    """A name longer than ``country`` that ``demonym_key`` extends too ("Nigeria" for
    "Nigerian" and "Niger"): the demonym's own country; "" when there is none."""
    return next((stem for stem in stems if len(stem) > len(country)
                 and demonym_key in _demonym_forms(stem)), "")


def _merge_demonyms(candidates: list[_Candidate],
                    known_names: list[str] | tuple[str, ...] = ()) -> list[_Candidate]:
    """Fold a people's name ("Pakistani", with its plural) into the one-word country it comes
    from ("Pakistan"), as a demonym: a newcomer's draft had the two as separate actors, each
    to be camped, and "Pakistani troops" apart from Pakistan. Its type is left to the user
    (a region has its people too: "Crimea", "Crimean"). Not into a country when the name
    extends a longer one more closely, a candidate, one of ``known_names`` (the registry's) or
    of :data:`_STEM_COUNTRIES` ("Nigerian" is Nigeria's, not Niger's)."""
    by_key = {_form_key(c.name): c for c in candidates if len(c.name.split()) == 1}
    stems = [name for name in (*known_names, *_STEM_COUNTRIES) if len(name.split()) == 1]
    folded: set[int] = set()
    # the longer name first: "Nigerian" is Nigeria's, not Niger's; and no person's name on
    # either side ("Ahmad", "Ahmadi")
    for cand in sorted(candidates, key=lambda c: -len(c.name)):
        if id(cand) in folded or cand.type == "person":
            continue
        forms = _demonym_forms(cand.name) if len(cand.name.split()) == 1 else \
            _republic_demonym(cand.name)
        for key in sorted(forms):
            # the people's name may be the plural, its singular an alias ("Haitians", alias
            # "Haitian": a newcomer's Haiti draft had them as an actor and no Haiti, whose
            # mentions, mostly places without its people's, fell under the place share)
            people = by_key.get(key) or by_key.get(key + "s")
            if people is None or people is cand or id(people) in folded or \
                    people.type == "person" or _closer_stem(key, cand.name, stems):
                continue
            _fold_demonym(cand, people)
            folded.add(id(people))
    by_name = {_form_key(c.name): c for c in candidates}
    for people in candidates:
        key = _form_key(people.name)
        singular = key[:-1] if key.endswith("s") and key not in _IRREGULAR_DEMONYMS else key
        owner = next((by_name[_form_key(country)] for country in
                      _IRREGULAR_DEMONYMS.get(singular, ()) if _form_key(country) in by_name),
                     None)
        if owner is None or id(people) in folded or id(owner) in folded or \
                people.type == "person":
            continue
        _fold_demonym(owner, people)
        folded.add(id(people))
    return [c for c in candidates if id(c) not in folded]


# A state's formal name and its short name after "of": "Democratic Republic of the Congo" and
# "Congo", "Republic of Korea" and "Korea", "Kingdom of Saudi Arabia" and "Saudi Arabia" (not
# "State of", which opens groups' names too: "Islamic State of Iraq"; nor an "Islamic Emirate
# of", a movement's name for its rule: "Afghanistan" beside the Taliban's "Islamic Emirate of
# Afghanistan" is the country, a candidate of its own, a breaker's).
_STATE_NAME = re.compile(r"(?!(?:[A-Z][\w'’-]*\s+)*Islamic\s+Emirate\b)"
                         r"(?:[A-Z][\w'’-]*\s+)*(?:Republic|Kingdom|Emirate|Sultanate|"
                         r"Principality|Commonwealth)\s+of\s+(?:the\s+)?"
                         r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _merge_state_names(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold a state's short name ("Congo", with its demonyms) into the one formal name that
    ends with it ("Democratic Republic of the Congo", with "DRC"), as an alias: an eastern-DRC
    newcomer's draft had "Congo" (15 mentions, "Congolese" its demonym) apart from the
    formal name and its acronym, one state to be camped twice (a breaker's). Not where two
    formal names end with it ("Republic of the Congo" beside the DRC: which is meant, the
    researcher decides)."""
    owners: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        formal = _STATE_NAME.fullmatch(cand.name)
        if formal:
            owners[_form_key(formal.group(1))].append(cand)
    folded: set[int] = set()
    for cand in candidates:
        found = owners.get(_form_key(cand.name), [])
        if len(found) != 1 or found[0] is cand or cand.type == "person":
            continue
        owner = found[0]
        owner.absorb(cand)
        owner.aliases = [cand.name, *cand.aliases,
                         *[a for a in owner.aliases if a not in cand.aliases]]
        owner.demonyms += [d for d in cand.demonyms if d not in owner.demonyms]
        folded.add(id(cand))
    return [c for c in candidates if id(c) not in folded]


# States' capitals, which stand for their governments as the registry's metonyms do ("Kyiv",
# "Moscow": the shipped registry's; a newcomer's Armenia–Azerbaijan draft had "Baku", 14
# mentions, "Baku demands …", as a candidate apart from Azerbaijan). One line a state: its names,
# a colon, its capital's spellings ("|" between forms). Left out: a capital that is a state's
# name too ("Djibouti", "Kuwait"), the seat of another body ("Brussels", "The Hague"), and the
# capitals of states whose rival governments sit apart ("Sanaa", "Tripoli", "Khartoum"), which
# stand for one of them.
_CAPITALS_TEXT = """
Afghanistan: Kabul
Albania: Tirana
Algeria: Algiers
Angola: Luanda
Argentina: Buenos Aires
Armenia: Yerevan
Australia: Canberra
Austria: Vienna
Azerbaijan: Baku
Bahrain: Manama
Bangladesh: Dhaka
Belarus: Minsk
Benin: Porto-Novo
Bolivia: La Paz
Bosnia and Herzegovina|Bosnia: Sarajevo
Botswana: Gaborone
Brazil: Brasília|Brasilia
Bulgaria: Sofia
Burkina Faso|Burkina: Ouagadougou
Burundi: Gitega|Bujumbura
Cambodia: Phnom Penh
Cameroon: Yaoundé|Yaounde
Canada: Ottawa
Central African Republic|CAR: Bangui
Chad: N'Djamena|Ndjamena
Chile: Santiago
China: Beijing
Colombia: Bogotá|Bogota
Democratic Republic of the Congo|DRC|DR Congo: Kinshasa
Republic of the Congo|Congo-Brazzaville: Brazzaville
Costa Rica: San José|San Jose
Croatia: Zagreb
Cuba: Havana
Cyprus: Nicosia
Czech Republic|Czechia: Prague
Denmark: Copenhagen
Dominican Republic: Santo Domingo
Ecuador: Quito
Egypt: Cairo
El Salvador: San Salvador
Equatorial Guinea: Malabo
Eritrea: Asmara
Estonia: Tallinn
Eswatini|Swaziland: Mbabane
Ethiopia: Addis Ababa
Finland: Helsinki
France: Paris
Gabon: Libreville
Gambia: Banjul
Georgia: Tbilisi
Germany: Berlin
Ghana: Accra
Greece: Athens
Guinea: Conakry
Guinea-Bissau: Bissau
Haiti: Port-au-Prince
Honduras: Tegucigalpa
Hungary: Budapest
Iceland: Reykjavik|Reykjavík
India: New Delhi|Delhi
Indonesia: Jakarta
Iran: Tehran|Teheran
Iraq: Baghdad
Ireland: Dublin
Italy: Rome
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire: Yamoussoukro|Abidjan
Jamaica: Kingston
Japan: Tokyo
Jordan: Amman
Kazakhstan: Astana
Kenya: Nairobi
Kosovo: Pristina|Priština
Kyrgyzstan: Bishkek
Laos: Vientiane
Latvia: Riga
Lebanon: Beirut
Lesotho: Maseru
Liberia: Monrovia
Lithuania: Vilnius
Madagascar: Antananarivo
Malawi: Lilongwe
Malaysia: Kuala Lumpur
Mali: Bamako
Malta: Valletta
Mauritania: Nouakchott
Mexico: Mexico City
Moldova: Chisinau|Chișinău|Chişinău
Mongolia: Ulaanbaatar|Ulan Bator
Montenegro: Podgorica
Morocco: Rabat
Mozambique: Maputo
Myanmar|Burma: Naypyidaw|Naypyitaw|Nay Pyi Taw
Namibia: Windhoek
Nepal: Kathmandu
New Zealand: Wellington
Nicaragua: Managua
Niger: Niamey
Nigeria: Abuja
North Korea: Pyongyang
North Macedonia|Macedonia: Skopje
Norway: Oslo
Oman: Muscat
Pakistan: Islamabad
Panama: Panama City
Paraguay: Asunción|Asuncion
Peru: Lima
Philippines: Manila
Poland: Warsaw
Portugal: Lisbon
Qatar: Doha
Romania: Bucharest
Russia: Moscow
Rwanda: Kigali
Saudi Arabia: Riyadh
Senegal: Dakar
Serbia: Belgrade
Sierra Leone: Freetown
Slovakia: Bratislava
Slovenia: Ljubljana
Somalia: Mogadishu
Somaliland: Hargeisa
South Africa: Pretoria
South Korea: Seoul
South Sudan: Juba
Spain: Madrid
Sri Lanka: Colombo
Sweden: Stockholm
Switzerland: Bern|Berne
Syria: Damascus
Taiwan: Taipei
Tajikistan: Dushanbe
Tanzania: Dodoma
Thailand: Bangkok
Togo: Lomé|Lome
Tunisia: Tunis
Turkey|Türkiye: Ankara
Turkmenistan: Ashgabat
Uganda: Kampala
Ukraine: Kyiv|Kiev
United Arab Emirates|UAE: Abu Dhabi
United Kingdom|UK|Britain|Great Britain: London
United States|US|U.S.|USA|America: Washington
Uruguay: Montevideo
Uzbekistan: Tashkent
Venezuela: Caracas
Vietnam|Viet Nam: Hanoi
Zambia: Lusaka
Zimbabwe: Harare
"""
#: A state's name (keyed by _form_key) → its capital's spellings, keyed the same.
_CAPITALS: dict[str, frozenset[str]] = {
    _form_key(state): frozenset(_form_key(c) for c in capitals.split("|"))
    for line in _CAPITALS_TEXT.strip().splitlines()
    for states, capitals in [line.split(": ")] for state in states.split("|")}


def _merge_capitals(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold a state's capital into the state's candidate as its metonym, as the registry
    reads "Kyiv" for Ukraine ("Baku" apart from Azerbaijan, a newcomer's Armenia–Azerbaijan
    draft). Only a capital named as an actor: one named mostly as a place, and not a speaker,
    is left to the place rule (its place mentions would make the state a place too), and a
    person's name is no capital ("Sofia" titled, or speaking and never a place)."""
    by_key: dict[str, _Candidate] = {}
    for cand in candidates:
        by_key.setdefault(_form_key(cand.name), cand)
    folded: set[int] = set()
    for state in candidates:
        if id(state) in folded or state.type == "person":
            continue
        capitals = set().union(*(_CAPITALS.get(_form_key(name), frozenset())
                                 for name in (state.name, *state.aliases)))
        for key in sorted(capitals):
            capital = by_key.get(key)
            if capital is None or capital is state or id(capital) in folded or \
                    _draft_type(capital) == "person" or \
                    ("speaker" not in capital.found_as
                     and capital.place_hits >= _PLACE_SHARE * capital.count):
                continue
            state.absorb(capital)
            state.metonyms += [capital.name, *capital.aliases]
            folded.add(id(capital))
    return [c for c in candidates if id(c) not in folded]


def _fold_demonym(country: _Candidate, people: _Candidate) -> None:
    country.absorb(people)
    country.place_hits -= people.place_hits  # a demonym before a noun is no place
    country.demonyms += [people.name, *people.aliases]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _merge_expanded_acronyms(candidates: dict[str, _Candidate], known: Registry,
                             texts: list[str]) -> dict[str, _Candidate]:
    """Fold a body's name cut after a registry acronym ("Monitoring Mission" of "the EU
    Monitoring Mission") into the body named with the acronym's actor's name ("European Union
    Monitoring Mission"), with the acronym's form as an alias: one body, not two to be camped
    (a Georgia newcomer's draft). Only where the text writes the acronym before the cut name."""
    merged = dict(candidates)
    for owner in candidates.values():
        actor = next((a for a in known if owner.name.startswith(a.name + " ")), None)
        if actor is None:
            continue
        rest = owner.name[len(actor.name) + 1:]
        cut = merged.get(_form_key(rest))
        if cut is None or cut is owner:
            continue
        written = [f"{alias} {rest}" for alias in actor.aliases if _ACRONYM.fullmatch(alias)
                   and any(f"{alias} {rest}" in text for text in texts)]
        if not written:
            continue
        owner.absorb(cut)
        for alias in (*written, *cut.aliases):
            if alias not in owner.aliases:
                owner.aliases.append(alias)
        del merged[_form_key(rest)]
    return merged


def _name_cut_bodies_whole(candidates: dict[str, _Candidate], known: Registry,
                           texts: list[str]) -> dict[str, _Candidate]:
    """Name a body's name cut after a registry form by the whole name the text writes, where
    :func:`_merge_expanded_acronyms` found no spelled-out candidate to fold it into: after a
    registry acronym, as written ("Monitoring Mission" of "the EU Monitoring Mission", in a
    corpus that never spells the mission's name out, is "EU Monitoring Mission", a breaker's);
    after a registry name, only where the corpus glosses the whole name with its initials
    ("Development Programme" of "The United Nations Development Programme (UNDP)" is "United
    Nations Development Programme", which the "UNDP" candidate then folds into,
    :func:`_merge_acronyms`: one body, not two). The text must write one such whole name alone
    (not "the EU Monitoring Mission" and "the UN Monitoring Mission")."""
    merged = dict(candidates)
    for key, cut in candidates.items():
        if len(cut.name.split()) < 2 or not cut.name[:1].isupper():
            continue
        # (after an acronym only for a body with no short name of its own: "U.S. Central
        # Command (CENTCOM)" stays "Central Command", alias "CENTCOM", the US its sponsor)
        wholes = {f"{form} {cut.name}" for actor in known for form, field_name in actor.forms()
                  if field_name in ("name", "aliases") and (
                      _ACRONYM.fullmatch(form) and not cut.aliases
                      or _form_key(_initials(f"{form} {cut.name}")) in candidates)
                  and any(f"{form} {cut.name}" in text for text in texts)}
        if len(wholes) != 1:
            continue
        whole = wholes.pop()
        if _form_key(whole) in merged:
            continue  # named whole already (a candidate of its own)
        del merged[key]
        cut.name = whole
        merged[_form_key(whole)] = cut
    return merged


def _merge_partial_acronyms(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold a name ending in an acronym of the longer name's last words, its other words the
    same, into that one longer name, as its alias: "Civilian JTF" into "Civilian Joint Task
    Force" (a Nigeria newcomer's draft had the two apart, JTF the task force's initials). Not
    where two longer names fit, nor a name of the acronym alone (:func:`_merge_acronyms`)."""
    by_words = {tuple(c.name.split()): c for c in candidates}
    folded: set[int] = set()
    for cand in candidates:
        words = cand.name.split()
        if len(words) < 2 or not _ACRONYM.fullmatch(words[-1]) or "." in words[-1]:
            continue
        head, acronym = words[:-1], words[-1]
        owners = [owner for key, owner in by_words.items()
                  if len(key) == len(head) + len(acronym) and list(key[:len(head)]) == head
                  and _initials(" ".join(key[len(head):])) == acronym]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.absorb(cand)
        for alias in (cand.name, *cand.aliases):
            if alias not in owner.aliases:
                owner.aliases.append(alias)
        folded.add(id(cand))
    return [c for c in candidates if id(c) not in folded]


# A state's army named two ways: "the Lebanese Army" and "the Lebanese Armed Forces (LAF)" (a
# Lebanon newcomer's draft had them apart, one body); the same words before "Army" and
# "Armed Forces" only ("Free Syrian Army" is no "Syrian Armed Forces").
_ARMY_NAME = re.compile(r"(?P<owner>.+?)\s+(?:Army|Armed\s+Forces)")


def _merge_army_names(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold "X Army" and "X Armed Forces", the same words X before them, into one candidate
    (:data:`_ARMY_NAME`), the one named more often (ties: "Armed Forces"), the other's name
    and aliases its aliases."""
    by_owner: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        if (army := _ARMY_NAME.fullmatch(cand.name)) and cand.type != "person":
            by_owner[_form_key(army.group("owner"))].append(cand)
    folded: set[int] = set()
    for forms in by_owner.values():
        if len(forms) != 2 or forms[0].name.endswith("Army") == forms[1].name.endswith("Army"):
            continue
        keep = max(forms, key=lambda c: (c.count, not c.name.endswith("Army")))
        other = forms[1] if keep is forms[0] else forms[0]
        keep.absorb(other)
        keep.aliases = [*keep.aliases, *[a for a in (other.name, *other.aliases)
                                         if a not in keep.aliases]]
        folded.add(id(other))
    return [c for c in candidates if id(c) not in folded]


def _merge_acronyms(candidates: list[_Candidate]) -> list[_Candidate]:
    """Fold an acronym into the one name of several words whose initials it is ("RSF" into
    "Rapid Support Forces"), as its alias; the long name keeps the count of both."""
    long = defaultdict(list)
    for cand in candidates:
        if len(cand.name.split()) > 1:
            long[_initials(cand.name)].append(cand)
    folded: set[int] = set()
    for cand in candidates:
        owners = long.get(cand.name, []) if _ACRONYM.fullmatch(cand.name) else []
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.absorb(cand)
        if cand.name not in owner.aliases:
            owner.aliases.append(cand.name)
        folded.add(id(cand))
    return [c for c in candidates if id(c) not in folded]


# --------------------------------------------------------------------------- the draft


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string


def draft_registry(candidates: pd.DataFrame, *, extends: str = EXTENDS_DEFAULT,
                   base: Registry | None = None, label: str = "") -> str:
    """The candidates as registry TOML: one ``[[actor]]`` per row, ``camp = ""``.

    ``extends`` is written as the draft's ``extends`` key.  Forms that ``base`` (the registry
    extended; the shipped one for ``"default"``) or an earlier candidate already uses are
    dropped -- a candidate whose name is taken is left out -- so the draft always loads.
    """
    if base is None and extends.strip().lower() == EXTENDS_DEFAULT:
        base = load_registry()
    claimed = {_form_key(form) for actor in (base or ()) for form, _ in actor.forms()}
    header = [
        f"# Actor registry draft{' for ' + label if label else ''}, written by "
        "`python -m analysis actors suggest`.",
        "# For each actor: fill in the camp (camp = \"\" is accepted, but the actor is pooled",
        "# under an empty camp), check the type, delete what is not an actor, merge duplicates,",
        "# add aliases / roles.  Counts are mentions in content sentences.",
        f"extends = {_toml_string(extends)}",
    ]
    blocks = []
    for row in candidates.itertuples(index=False):
        name_key = _form_key(row.name)
        if not name_key or name_key in claimed:
            continue
        claimed.add(name_key)
        aliases, demonyms, metonyms = [], [], []
        for forms, kept in ((row.aliases, aliases), (getattr(row, "demonyms", ()), demonyms),
                            (getattr(row, "metonyms", ()), metonyms)):
            for form in forms:
                key = _form_key(form)
                if key and key not in claimed:
                    claimed.add(key)
                    kept.append(form)
        found = row.found_as.replace(";", ", ")
        titles = f"; titles: {row.titles.replace(';', ', ')}" if row.titles else ""
        example = " ".join(str(row.example).split())
        lines = [
            "",
            f"# {row.count} mention(s), found as {found}{titles}",
            f"# e.g. ({row.doc_id}): {example}",
            "[[actor]]",
            f"name = {_toml_string(row.name)}",
            'camp = ""',
        ]
        for word, times in (candidates.attrs.get("lower_case") or {}).get(row.name, ()):
            # a capitalised form matches capitalised text only (analysis.actors)
            lines.insert(-3, f"# written in lower case {times} time(s), {_toml_string(word)}: "
                             "a form in lower case matches any case; add it to the aliases "
                             "if it names this actor")
        for parent in _bodies_opening(row.name, row.type, candidates):
            lines.insert(-3, f"# its name opens with another candidate's, {_toml_string(parent)}"
                             ": a branch or part of that body, or the same one? give both "
                             "one camp, or merge them")
        if row.type:
            lines.append(f"type = {_toml_string(row.type)}")
        if aliases:
            lines.append(f"aliases = [{', '.join(_toml_string(a) for a in aliases)}]")
        if demonyms:
            lines.append(f"demonyms = [{', '.join(_toml_string(d) for d in demonyms)}]")
        if metonyms:
            lines.append(f"metonyms = [{', '.join(_toml_string(m) for m in metonyms)}]")
        blocks.append("\n".join(lines))
    known = candidates.attrs.get("registry_mentions") or []
    if extends.strip().lower() == EXTENDS_NONE:
        known = []
    if not blocks and not known:
        raise ValueError("no candidate actors found (lower --min-count, or the registry "
                         "already knows every name)")
    text = "\n".join(header) + "\n" + "\n".join(blocks) + "\n"
    if known:
        # with no candidate the stubs are the draft itself, uncommented (each keeps its camp
        # until edited), so that it loads
        stubs = _recamp_stubs(known[:RECAMP_STUBS], commented=bool(blocks),
                              namesakes=_namesakes(known[:RECAMP_STUBS], candidates, base),
                              variants=candidates.attrs.get("accent_variants") or {})
        text += "\n" + "\n".join(stubs) + "\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RegistryWarning)  # camp = "" is the point of a draft
        draft = parse_registry(text, "<draft>")  # must load: a bug here, not a user error
    if base is not None and extends.strip().lower() != EXTENDS_NONE:
        extend_registry(base, draft)
    return text


def _bodies_opening(name: str, kind: str, candidates: pd.DataFrame) -> list[str]:
    """The other candidates, no persons, whose names open the body's ``name`` (of type
    ``kind``): "Islamic State" of "Islamic State Mozambique" (IS-M), a Mozambique newcomer's
    draft. Left two candidates, since a name that opens another's may be the parent of a
    branch ("Islamic State" beside its West Africa Province) or the same body, which only the
    user can tell: the draft says so beside the longer one (a person's shorter names fold,
    :func:`_merge_shorter_forms`)."""
    if kind == "person":
        return []
    kinds = candidates["type"] if "type" in candidates else [""] * len(candidates)
    return [other for other, other_kind in zip(candidates["name"], kinds)
            if other_kind != "person" and name.startswith(f"{other} ")]


#: How many of the registry's most mentioned actors a draft lists for re-camping.
RECAMP_STUBS = 25


def _namesakes(known: list[tuple[str, str, int]], candidates: pd.DataFrame,
               base: Registry | None) -> dict[str, str]:
    """The registry's persons the corpus mentions whose every name word a longer candidate's
    name holds in order, by the registry name: the candidate's name. The corpus may name
    someone else of that name: a Colombia newcomer's "Defence Minister Pedro Sánchez" was the
    shipped Pedro Sánchez, Spain's prime minister, listed for re-camping with no hint, while
    the minister's full name, "Pedro Arnulfo Sánchez Suárez", was a candidate of its own."""
    found = {}
    for name, _camp, _count in known:
        actor = base.get(name) if base is not None else None
        if actor is None or actor.type != "person":
            continue
        words = name.casefold().split()
        for candidate in candidates["name"]:
            others = str(candidate).casefold().split()
            if len(others) > len(words) and _holds_in_order(others, words):
                found[name] = str(candidate)
                break
    return found


def _holds_in_order(words: list[str], part: list[str]) -> bool:
    """Whether ``part``'s words are all among ``words``, in their order."""
    rest = iter(words)
    return all(word in rest for word in part)


def _recamp_stubs(known: list[tuple[str, str, int]], *, commented: bool = True,
                  namesakes: dict[str, str] | None = None,
                  variants: dict[str, list[tuple[str, int]]] | None = None) -> list[str]:
    """``[[actor]]`` tables re-camping the registry's actors the corpus mentions (name, camp,
    mentions), commented out unless ``commented`` is False: a table naming a registry actor
    with a camp alone keeps that actor's forms and takes the camp
    (:func:`analysis.actors.extend_registry`). ``namesakes``: a candidate's name holding a
    registry person's (:func:`_namesakes`), said over the person's table: re-camping would
    move the registry's person, where the corpus may mean the candidate. ``variants``: the
    corpus's spellings of a registry actor's form but for the accents ("Israël"), counted in
    its mentions and said over its table, since the registry's forms do not match them."""
    namesakes = namesakes or {}
    variants = variants or {}
    mark = "# " if commented else ""
    lines = [
        "# ---------------------------------------------------------------------------",
        "# Actors of the registry this draft extends that the corpus mentions, with the camps",
        "# they have there (the shipped registry's are allegiances in the Russia-Ukraine war).",
        "# To give one another camp for this corpus, "
        + ("uncomment its table and change the camp:" if commented else "change its camp:"),
        "# its forms (aliases, demonyms, ...) stay as they are.",
    ]
    for name, camp, count in known:
        lines += [""]
        if name in namesakes:
            lines += [f"# a namesake? The candidate {_toml_string(namesakes[name])} holds this "
                      "name: if the corpus's", f"# {_toml_string(name)} is that person, not "
                      f"the registry's, name that candidate {_toml_string(name)}",
                      "# (with its full name among its aliases): it then replaces the "
                      "registry's actor."]
        lines += [f"# {count} mention(s)"]
        for variant, times in variants.get(name, ()):
            lines += [f"# ({times} of them written {_toml_string(variant)}, which its forms do "
                      "not match: to count them, copy its forms here and add it to the aliases)"]
        lines += [f"{mark}[[actor]]",
                  f"{mark}name = {_toml_string(name)}", f"{mark}camp = {_toml_string(camp)}"]
    return lines


# --------------------------------------------------------------------------- command line


def suggest_command(corpus: str, out: str, *, actors: str | None = None,
                    standalone: bool = False, min_count: int = DEFAULT_MIN_COUNT,
                    max_candidates: int = DEFAULT_MAX_CANDIDATES) -> int:
    """``python -m analysis actors suggest``: write the draft, print the candidates."""
    out_path = Path(out)
    base = None if standalone else load_registry(actors)
    if standalone:
        extends = EXTENDS_NONE
    elif actors is None:
        extends = EXTENDS_DEFAULT
    else:
        extends = os.path.relpath(Path(actors).resolve(), out_path.resolve().parent)
    table = suggest_actors(corpus, registry=base, standalone=standalone, min_count=min_count,
                           max_candidates=max_candidates)
    text = draft_registry(table, extends=extends, base=base, label=Path(corpus).name)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(text, encoding="utf-8")
    with pd.option_context("display.width", 160, "display.max_colwidth", 60):
        print(table[["name", "type", "count", "found_as", "example"]].to_string(index=False))
    if len(table):
        print(f"wrote {out_path}: {len(table)} candidate actors with camp = \"\"; fill in the "
              f"camps, then: python -m analysis score {corpus} --actors {out_path} --out ...")
    else:  # no new name: the draft holds only the registry's actors to re-camp
        print(f"wrote {out_path}: no candidate actors (the registry knows every name); it lists "
              "the registry's actors the corpus mentions with their camps: change the camps, "
              f"then: python -m analysis score {corpus} --actors {out_path} --out ...")
    return 0
