"""Who is speaking: subject phrases → canonical speakers (used by :mod:`analysis.quotes`).

A *subject phrase* is the noun phrase of an attribution clause ("Kremlin spokesman Dmitry
Peskov", "one resident, Halyna Bondar, 67", "the official", "he").  :func:`resolve_subject`
turns it into a :class:`Speaker`:

* **registry actors** by their canonical name ("Mr Zelensky", "the Ukrainian leader" →
  Zelenskyy; "the Kremlin" → Russia);
* **named people outside the registry** by their full name without titles ("Russian Foreign
  Minister Sergei Lavrov" → "Sergei Lavrov"; "Ms. Marchuk" → "Olena Marchuk" when the article
  names her in full); a named apposition wins over a description ("one resident, Halyna
  Bondar" → "Halyna Bondar");
* **unnamed speakers** by the phrase without its determiner ("a senior NATO official" →
  "senior NATO official"), or — for a definite role phrase ("the official", "the ministry",
  "the major") — by the entity of the article that the role phrase refers back to;
* **pronouns** ("he", "she") by the most recent person of compatible gender named before, or,
  across sentences, the subject opening the sentence that names that person.

A name that only modifies the noun that speaks — a possessive or a name before a role noun,
"Putin's critics", "Navalny's widow", "a Zelenskyy aide" — is not the speaker: the phrase is a
description ("Putin's critics"), or the person the article named in that role before.  A
registry form that includes the possessive ("Zelenskyy's chief of staff" → Yermak) and a name
after the role ("Putin's spokesman Dmitry Peskov") still name the person.

The camp of a speaker outside the registry comes from a registry form in its title or
apposition: "Russian Foreign Minister Sergei Lavrov" → Russia, "a spokesman for the White
House" → West; critics, opponents and relatives ("Putin's critics") take none from the actor
they are named after.  :func:`canonicalise_speakers` then makes names canonical across the
corpus: a surname alone becomes the one full name with that surname, and a person keeps one
camp.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.metadata
import json
import os
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from .actors import (COMPOUND_NAME_HEADS, PLACE_NOUNS, Actor, Mention, Registry, load_registry,
                     scan_text)
from .datewords import CALENDAR_WORDS, MONTH_ABBREVIATIONS
from .segment import dateline_end

__all__ = [
    "REGISTRY", "OUTSIDE_REGISTRY", "NOT_FOUND", "NEWSROOM", "Entity", "Speaker", "SpeakerIndex",
    "COMPOUND_NAME_HEADS", "HONORIFICS", "NAME_PARTICLES", "NameDataError",
    "canonicalise_speakers",
    "first_name_gender",
    "first_name_genders",
    "guess_gender", "org_name_spans", "registry_gender",
]

REGISTRY = "registry"
OUTSIDE_REGISTRY = "outside_registry"
NOT_FOUND = "not_found"
# A transcript's turn of the outlet's own journalist, named or not ("STEVE INSKEEP, HOST:",
# "CNN ANCHOR:", "Q:"): the outlet's voice, never someone it quotes.
NEWSROOM = "newsroom"

# Words that stand before a name as (part of) a title; compared lower-case without a final dot.
TITLE_WORDS = frozenset("""
president vice-president vice prime minister deputy first foreign defence defense interior energy
administrator secretary-general director-general coordinator commissioner rapporteur
finance economy economic health justice culture digital infrastructure social policy secretary
state general gen lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral
commander commander-in-chief chief head mayor governor gov regional senator sen rep
representative speaker chancellor ambassador envoy spokesman spokeswoman spokesperson adviser
advisor aide analyst director chairman chairwoman chairperson chair ceo mr mrs ms miss dr prof
professor sir dame lord lady king queen prince princess pope patriarch metropolitan bishop judge
prosecutor attorney leader retired former acting interim senior top supreme marshal brigadier brig private
pvt corporal officer agent reverend rev sheikh emir crown colonel-general major-general
lieutenant-general army navy air security national team coach ombudsman commissioner
high-ranking military intelligence propagandist blogger journalist correspondent reporter
presenter host editor lawmaker mp mep deputy-head vice-chancellor vice-premier premier
shri shrimati smt sushri h.e excellency
""".split())
#: Titles only before a name: "Mantri" (minister: "Raksha Mantri Shri Rajnath Singh", the
#: defence minister) is a common surname after a given name ("said Pallavi Mantri, a resident
#: of Poonch" had the speaker "resident of Poonch", a breaker's).
PRE_NAME_TITLE_WORDS = frozenset("mantri".split())
# A feature's opening phrase before a first name as subject ("In a small flat in Novosibirsk,
# Olga keeps …"), and the verb after it.
_FEATURE_OPENING = re.compile(
    r"(?:^|[.!?”\n]\s*)(?:In|On|At|Since|After|Before|From|When|While|Outside|Inside|Near|Under|"
    r"Across|Every|Each|Back|Now|Today|Last|This|Two|Three|For)\b[^.;:!?“”\"\n]{3,140},[ \t]+$")
_FEATURE_VERB = re.compile(r"[ \t]+(?:has|had|is|was|keeps|kept|lives|lived|says|said|still|now|"
                           r"[a-z]+(?:s|ed))\b")
def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the sentence running at ``start`` (a full stop, ! or ? before a space or line
    break, not the dot of an initial), at most ``limit``."""
    found = re.compile(r"(?<![A-Z])[.!?](?=\s)").search(text, start, limit)
    return found.end() if found else limit


# A role noun and "of" before a registry mention ("the president of Finland").
_ROLE_OF = re.compile(r"\b([A-Za-z][\w-]*)\s+of\s+(?:the\s+)?")
_ROLE_TO = re.compile(r"\b(?:to|at|in)\s+(?:the\s+)?$")
# Words of a local government office: with a region of the registry they give its country's
# camp ("Kharkiv Mayor", "head of the Kharkiv region", "Mykolaiv regional head", "Sumy
# officials", "Kharkiv police"); not a head or chief of anything else ("head of the ICRC's
# Kharkiv office", "the Kharkiv regional hospital chief", "FC Rostov head coach").
_LOCAL_OFFICE = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|[Aa]dministration|[Oo]fficials?|"
                           r"[Aa]uthorities|(?:[Cc]ity|[Rr]egional|[Oo]blast)\s+(?:[Cc]ouncil|"
                           r"[Hh]ead|[Cc]hief)|[Pp]olice|[Pp]rosecutors?|[Hh]ead\s+of\s+(?:the\s+)?"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:[Rr]egion|[Oo]blast|[Cc]ity)\b)")
# A district's or a province's administrator: the state's appointed head there (Mozambique's,
# Angola's, Portugal's "administrador": "Macomia Administrator Tomás Badae", "the administrator
# of Macomia district"), after the place or a local adjective, or before "of" and the place
# alone; not an administrator of something else there ("a Kharkiv hospital administrator",
# "the administrator of the Kharkiv hospital").
_LOCAL_ADMINISTRATOR = re.compile(
    r"(?:\b[A-Z][\w'’-]*\s+|\b(?:[Dd]istrict|[Pp]rovincial|[Mm]unicipal|[Rr]egional|[Ll]ocal|"
    r"[Cc]ounty|[Cc]ity)\s+)[Aa]dministrators?\b(?![ \t]+(?:of|for)\b)"
    r"|\b[Aa]dministrators?\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s+(?:[Dd]istrict|[Pp]rovince|[Rr]egion|[Mm]unicipality|[Cc]ity))?(?![\w'’\s]*[a-z])")
# Local offices that, named without a place, belong to the dateline's region ("regional
# governor", "Mayor", "the city council"; not bare "officials" or "police").
_DATELINE_OFFICE = re.compile(r"\b(?i:governor|mayor|regional|local|city|oblast|"
                              r"administration)\b")
_LOCAL_WORDS = frozenset("regional local city oblast administration military council".split())
# Title words that name which office ("prime" minister, "defence" minister): a role phrase
# with one of them refers back only to a person holding that office.
_OFFICE_WORDS = frozenset("""
prime foreign defence defense interior energy finance economy economic health justice culture
digital infrastructure social deputy vice vice-president commander-in-chief
""".split())
_OFFICE_VARIANTS = {"defence": "defense", "defense": "defence", "economy": "economic",
                    "economic": "economy"}


def _office_spellings(office: set[str]) -> list[set[str]]:
    """``office`` as written, then with each word in its other spelling (defence / defense,
    economy / economic): the word sets a role phrase's referent may carry."""
    variants = [set(office)]
    for word in sorted(office):
        if word in _OFFICE_VARIANTS:
            variants.append(set(office) - {word} | {_OFFICE_VARIANTS[word]})
    return variants


# Where a body sits, which gives it no side ("US-based", "Kyiv-based").
_SEAT = re.compile(r"[\w'’.]+[-‐–]based\b")
# The French indefinite articles before a description after a French reporting verb ("« … »,
# confie un commerçant du marché central": a Cameroon newcomer's had no speaker), read in lower
# case only ("UN officials" keeps its "UN"), and the French role nouns of such descriptions (a
# word list, the people a report quotes by trade; part of ROLE_NOUNS, and their "de"
# complement is a place's or a body's, no name: "une habitante de Bamenda").
_FRENCH_INDEFINITE = ("un", "une")
_FRENCH_ROLE_NOUNS = frozenset("""
commerçant commerçante commerçants habitant habitante habitants témoin témoins soldat soldats
responsable responsables médecin infirmier infirmière enseignant enseignante agriculteur
agricultrice chauffeur ministre
""".split())
# ("ministre": "Pour le Premier ministre, « … »", a fixer's case, and "« … », a déclaré le
# ministre de la Santé." had no speaker, where English "the prime minister said" has the role.)
# Nouns that head a description of a person ("a senior official", "one resident"; and "the
# opposition", a collective no "he" finds, see _COLLECTIVES, whose state's adjective gives it no
# side, see _OPPOSED: "The opposition called the vote “a sham”." had no speaker).
ROLE_NOUNS = frozenset("""
official officials source sources diplomat diplomats spokesman spokeswoman spokesperson resident
residents farmer farmers soldier soldiers sergeant officer officers commander general major
captain colonel lieutenant analyst analysts expert experts adviser advisor aide minister
president governor mayor head chief leader teacher headteacher nurse doctor medic volunteer
volunteers pupil student worker engineer driver pilot woman women man men mother father wife
husband son daughter neighbour neighbor pensioner refugee refugees witness witnesses survivor
journalist correspondent blogger bloggers milblogger milbloggers trader traders lawmaker senator envoy ambassador prosecutor
investigator shopkeeper shopkeepers
investigators deminer deminers fighter fighters civilian civilians villager villagers local
locals activist activists priest owner manager director chairman chairwoman chairperson secretary
deputy veteran representative representatives
operator paramedic rescuer rescuers firefighter firefighters guard guards monitor monitors gunner gunners
negotiator negotiators insider insiders observer observers person people ceo mep mp member members
aides advisers advisors ally allies critic critics opponent opponents rival rivals detractors
supporters widow widower lawyer lawyers relatives family associates politician politicians
consultant consultants economist economists scientist scientists conscript conscripts paratrooper
paratroopers historian historians scholar scholars researcher researchers fellow deserter
deserters defector defectors dissident dissidents frontbencher frontbenchers backbencher
backbenchers coordinator coordinators commissioner commissioners rapporteur secretary-general
mediator mediators delegate delegates participant participants grandmother grandfather brother sister teenager boy girl
director-general opposition
""".split()) | _FRENCH_ROLE_NOUNS
# A described person's sex where the head noun gives it: "“…,” the woman said. “…,” he added."
# is not hers (other descriptions continue with either pronoun).
_HEAD_GENDER = {**dict.fromkeys("""woman mother wife daughter sister grandmother granddaughter
niece aunt widow girl spokeswoman""".split(), "f"),
                **dict.fromkeys("""man father husband son brother grandfather grandson nephew
uncle widower boy spokesman""".split(), "m")}
# Titles right before a name that give its bearer's sex.
_TITLE_GENDER = {**{w: g for w, g in _HEAD_GENDER.items() if w.startswith("spokes")},
                 "chairwoman": "f", "chairman": "m", "mr": "m", "ms": "f", "mrs": "f",
                 "miss": "f", "madam": "f", "dame": "f", "lady": "f", "sir": "m", "lord": "m",
                 "daw": "f", "congresswoman": "f", "congressman": "m", "businesswoman": "f",
                 "businessman": "m"}
_SEXED_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(_TITLE_GENDER, key=len, reverse=True)) + r")\.?[ \t]+"
    # abbreviated ranks between ("Army spokesman Brig. Gen. Effie Defrin", a newcomer's)
    r"(?:[A-Z][a-z]{1,5}\.[ \t]+){0,3}$", re.IGNORECASE)
# Heads whose speakers do not speak for the actor that modifies them ("Putin's critics",
# "a Kremlin critic", "Navalny's widow"): the description takes no camp from that actor.
_UNAFFILIATED = frozenset("""
critic critics opponent opponents rival rivals detractors enemy enemies foe foes victim victims
widow widower family relatives wife husband mother father son daughter brother sister grandmother
grandfather grandson granddaughter nephew niece cousin uncle aunt fiancee fiancée
""".split())
# Who stands against the government of the country named with them ("a Russian opposition
# activist", "the exiled Belarusian opposition leader", "a former Russian officer who defected
# to Ukraine", "who resigned in protest", "a Kremlin-critical journalist", "a former adviser who
# became a critic of Putin"): no side from that country; not a place's own official who fled
# it or was driven out of it ("the mayor of Melitopol, who fled the city", "a lawmaker exiled
# from Crimea"), nor a critic of the other side ("Poland's deputy foreign minister and a fierce
# critic of the Kremlin": see _CRITIC_OF). "anti-" counts before a registry name only
# (_opposes_registry_name: "an anti-Kremlin activist", not "anti-aircraft", "Anti-Corruption").
_OPPOSED = re.compile(r"\b(?:opposition|dissidents?|defect(?:ed|ing|ors?)|deserters?|"
                      r"who\s+(?:later\s+)?deserted|exiled(?!\s+(?:from|by)\b)|exiles?\b|"
                      r"resign(?:ed|ing)\s+in\s+protest|[\w'’]+-critical|"
                      r"(?:became|become|becoming|turned)\s+(?:an?\s+)?(?:[a-z]+\s+)?critic)",
                      re.IGNORECASE)
# A registry name as what a critic or opponent opposes: "a critic of the Kremlin", "a longtime
# Kremlin critic" give no side from it.
_CRITIC_OF = re.compile(r"\b(?:critics?|opponents?|enem(?:y|ies)|foes?)\s+of\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:the\s+)?$", re.IGNORECASE)
_CRITIC_AFTER = re.compile(r"[\s-]+(?:critics?|opponents?|critical)\b")
# People named by what happened to them, by kin or by opposition: their complement ("of
# hostages held by Hamas", "released by Russia", "of Zelensky") is never the speaker, nor gives
# them a side (aides and allies keep their principal's, see _complement_person).
_GROUP_NOUNS = frozenset("""
families family relatives relative friends colleagues prisoners detainees captives hostages
victims survivors mothers fathers parents wives widows husbands sons daughters children
critics opponents detractors rivals
""".split())
_GROUP_OF = re.compile(
    r"\s*(?:(?:the|some|many|several|dozens\s+of|hundreds\s+of)\s+)?(?P<noun>[A-Za-z]+)\s+"
    r"(?:of|to|released\s+by|held\s+by|freed\s+by|killed\s+by|close\s+to|familiar\s+with)\s",
    re.IGNORECASE)
# A group's reporting verb within a few words after it ("Officials in Kherson said", "Diplomats
# in Brussels privately concede").
_GROUP_SPEAKS = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:\w+ly\s+)?(?:say|says|said|told|tell|tells|concede|concedes|"
    r"conceded|warn|warns|warned|insist|insists|insisted|claim|claims|claimed|describe|"
    r"describes|described|admit|admits|admitted|add|added|note|noted|report|reported)\b")
# Capitalised words before a group's noun that are no part of its name ("Two Western officials").
_GROUP_OPENERS = frozenset("""
the a an some many several most all both few two three four five six seven eight nine ten
dozens hundreds thousands other these those
""".split())
# A body of the state "its" refers to, at a seat: "its mission to the United Nations", "its
# embassy in London" (the seat is no speaker).
_OWN_BODY_AT = re.compile(r"\b(?i:its|their)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:to|in|at)\s+"
                          r"(?:the\s+)?")
# A reporting verb right after a name: its subject speaks.
_REPORTS_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:say|says|said|told|tells|added|adds|wrote|writes|warned|warns|"
    r"insisted|insists|claimed|claims|noted|notes|replied|replies|recalled|recalls)\b")
# A reporting verb after its subject, with what it reports after it.
_REPORTING_VERB = re.compile(r"(?<=\s)(?:said|says|told|tells|wrote|writes|warned|warns|"
                             r"insisted|insists|claimed|claims|recalled|recalls|alleged|alleges|"
                             r"added|adds|stressed|noted|explained|described|describes)\b")
# Plural role nouns whose singular is no "-s" form.
_PLURAL_PEOPLE = {"people": "person", "men": "man", "women": "woman"}
# Organisation nouns that describe a body whose name holds none of them: "the think tank" is
# "the Institute for the Study of War" or "the Atlantic Council" named before.
_NAMED_BY = {"tank": frozenset("institute institution center centre council foundation "
                               "endowment club".split())}
# Heads that refer back to an armed group or a movement: "the group", "the militia".
_GROUP_HEADS = frozenset("group movement militia militants".split())
# An organisation's acronym of three to six capitals ("IDF", "RSF", "UNHCR"); two are initials.
_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _body_acronym(text: str, start: int, end: int) -> str | None:
    """The acronym text[start:end] names after "the" ("the IDF", "The RSF's commander"), or
    None: without "the" capitals may be a name (a transcript's "TRUMP:") or a thing ("HIMARS",
    "GMT")."""
    words = text[start:end].split()
    determined = bool(words) and words[0] in ("The", "the") or \
        bool(re.search(r"\b[Tt]he\s+$", text[max(0, start - 5):start]))
    acronym = [_strip_possessive(w) for w in words if w not in ("The", "the")]
    if determined and acronym and all(_ACRONYM.fullmatch(w) and w.lower() not in ROLE_NOUNS
                                      for w in acronym):  # "the CEO", "the MEP": people
        return " ".join(acronym)
    return None
# A place's divisions among ORG_NOUNS: before "Administrator" they name the place's own head
# ("Macomia District Administrator"), where a facility does not ("City Hospital Administrator").
_DIVISION_NOUNS = frozenset("district region oblast province municipality city county".split())


def _local_administrator(window: str) -> bool:
    """Whether ``window`` names a place's administrator (:data:`_LOCAL_ADMINISTRATOR`), not a
    facility's there in title case, the word before "Administrator" an organisation's noun
    ("Kharkiv City Hospital Administrator Olena Shevchenko", "Kharkiv Railway Station
    Administrator": no local office; "Macomia Administrator", "Macomia District Administrator"
    are)."""
    for match in _LOCAL_ADMINISTRATOR.finditer(window):
        before = re.match(r"([A-Z][\w'’-]*)\s+[Aa]dministrators?\b", match.group())
        if before is None or _norm(before.group(1)) not in ORG_NOUNS - _DIVISION_NOUNS:
            return True
    return False


# Nouns that head the name of an organisation ("the Air Force", "the General Staff").
ORG_NOUNS = frozenset("""
ministry staff force forces army military navy command office council committee parliament assembly
hospital clinic
senate congress department agency service services institute university bank fund union party
group brigade battalion regiment company corporation news times post independent television tv
radio channel telegraph guardian mail journal herald tribune press centre center administration
commission court tribunal church station plant airport port region oblast district street square
avenue bridge river sea day endowment foundation federation republic kingdom states nations
democrats republicans initiative programme program summit conference forum operation government
cabinet kremlin embassy mission authority authorities police prosecutor's guard corps presidency
consortium firm operator utility tank club bloc faction caucus
headquarters watchdog alliance coalition organisation organization network broadcaster agency
studies affairs reuters bbc cnn afp ap tass ria interfax ukrinform xinhua jazeera nbc cbs
abc fox msnbc npr pbs bloomberg politico axios izvestia kommersant
""".split())
# Capitalised words that never name a speaker (sentence openers, days, months, ...).
NOT_NAMES = frozenset("""
quote quotes
the a an this that these those he she it they we i you his her their its our my your in on at by
for from with after before during since until while when where why how what who which but and or
so yet if as asked speaking according meanwhile however also now today later earlier then some
many most others every each all both no not one two three four five six seven eight nine ten
unfortunately local officials residents analysts experts soldiers troops doctors police
authorities there here another other such despite although though because instead even only
again still just yes ok okay oh well let please thank thanks god lord our ukraine's russia's
breaking update live photo video watch read more editor's note
mais donc car puis pourtant cependant toutefois ainsi alors enfin pour selon
""".split()) | CALENDAR_WORDS | MONTH_ABBREVIATIONS
# (The last line: French conjunctions and adverbs opening a sentence; "Mais, ajoute-t-il,
# « … »" had the speaker "Mais"; and the prepositions of "Pour Israël, « … »", "Selon Israël,
# « … »", a fixer's, which had the speaker "Pour Israël".)
# How many people the name data must have seen with a given name before a word that is mostly
# no name ("Sabri Ok": 6,453) for that word to be a surname (see _a_surname_here).
_COMMON_GIVEN_NAME = 1000
# Months and weekdays among NOT_NAMES: a date, even after a person of that surname was named
# (see _named_persons_surname).
_CALENDAR_WORDS = CALENDAR_WORDS
# Months' abbreviations among NOT_NAMES (see _month_as_given_name).
_MONTH_ABBREVIATIONS = MONTH_ABBREVIATIONS


# Words after which a month's abbreviation is the month, a time ("In Jan Putin said",
# "Through Jan Zelensky repeated", "Since Jan the army …"); "by" and "from" only opening the
# sentence, capitalised, since mid-sentence they mostly lead to a person ("a letter from Jan
# Lipavsky", "signed by Jan Lipavsky").
_MONTH_PREPOSITIONS = frozenset("in through since until till last early late mid during".split())
_MONTH_PREPOSITIONS_OPENING = frozenset(("By", "From"))


def _after_a_time_preposition(text: str, start: int) -> bool:
    """Whether the word before ``start`` in ``text`` makes a month's abbreviation there a time
    (:data:`_MONTH_PREPOSITIONS`)."""
    before = re.search(r"([^\W\d_]+)\s+$", text[:start])
    if before is None:
        return False
    word = before.group(1)
    return word.lower() in _MONTH_PREPOSITIONS or word in _MONTH_PREPOSITIONS_OPENING


def _month_as_given_name(tokens: Sequence[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether token ``i`` of a capitalised run, a month's abbreviation, is a given name: with
    no dot, before a capitalised word of the run, and a man's or a woman's name the name data
    holds for very many people ("said Jan Lipavsky, the Czech foreign minister" had been
    "Lipavsky"; of the abbreviations only "Jan" is one). "Jan. 12", "Jan 12" have no
    capitalised word after them; full month names ("In May Zelensky said") stay no names, and
    so does the month after a time's preposition ("In Jan Putin said: …" is Putin's)."""
    word = tokens[i][2]
    return _norm(word) in _MONTH_ABBREVIATIONS and not word.endswith(".") and \
        i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper() and \
        first_name_gender(word) in ("f", "m") and first_name_people(word) >= NAME_PEOPLE_SURE \
        and not _after_a_time_preposition(text, tokens[i][0])


NAME_PARTICLES = frozenset("von van der den de da di du la le al el bin ibn dos das ter del della".split())
# Male first names that end in -a (Slavic and others); everything else in -a/-ia/-ya is taken
# as a woman's name when guessing the gender of a pronoun's antecedent.
# (Kanuri men's names the name data lacks too: "A community leader, Bulama Kyari, told our
# correspondent … “…,” he said." in a Nigeria newcomer's corpus had read Bulama Kyari as a
# woman, so "he" found the bare "community leader"; Borno's governor Babagana Zulum, "Habila")
_MALE_IN_A = frozenset("mykola nikita ilya illia luka kuzma foma sasha misha grisha vova dima "
                       "kostia kostya joshua andrea noa bulama babagana habila".split())
_DETERMINERS = ("the", "a", "an", "one", "another", "this", "that", "some")
# Registry fields that name a country or body as such ("Russia", "the Kremlin"), not a person's
# side ("Russian", "Ukrainian military").
_TOPIC_FIELDS = frozenset({"name", "aliases", "metonyms"})
# Words that open a phrase about someone other than the name after it.
_NOT_ROLE_START = frozenset("to with about after before like in on at for from during under "
                            "over against via through".split())
# A role's noun phrase: from a determiner or a possessive name to the comma before the name.
_ROLE_PHRASE = re.compile(r"(?:\b(?:the|a|an|The|A|An)\s+|\b[A-Z][\w'’.\-]*['’]s\s+)[^,]*,\s*$")
# A country named as an expert's subject, not as the expert's side ("a Russia analyst").
_TOPIC_OF_EXPERT = re.compile(r"\s+(?:analyst|analysts|expert|experts|specialist|specialists|"
                              r"scholar|scholars|watcher|watchers|researcher|researchers|"
                              r"observer|observers|hand|hands|desk|programme|program)\b")
# A name as the subject of an expert's field, not their side ("an expert on Russia", "an
# expert in Russian politics", "a historian of Russia's security services"; "a senior official
# on the U.S. National Security Council" sits on it), or as where one lives ("a Sudanese refugee
# now living in the U.K.", "a Sudan analyst based in Cairo").
_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:expert|specialist|analyst|scholar|authority|historian|researcher|commentator|"
    r"writer|author|professor|lecturer|book|study|report)s?\s+(?:on|about|in|of)|"
    r"(?:based|living|lives|born|trained|raised|educated|studying|settled|now|working|works|"
    r"worked)\s+in|(?:talks|negotiations|summit|meeting|conference)\s+in|"
    r"\bat\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:House|Institute|Institution|University|"
    r"College|School|Center|Centre|Foundation|Endowment|Fund|Group|Society|Trust|Forum|Academy|"
    r"Hospital|Clinic|Company|Bank)(?:\s+(?:for|of|on|and|the)(?:\s+[A-Z][\w'’&-]*){1,4})*"
    r"\s+in)\s+(?:the\s+)?$")
# A posting: a diplomat or a reporter in a state's capital is not that state's ("an Arab
# diplomat in London"; "diplomats in Brussels" are the EU's).
# Capitalised words opening a noun phrase that give no origin ("A diplomat", "Senior diplomats").
_NO_ORIGIN = frozenset("a an the one another some several many two three four five most other "
                       "senior top veteran".split())


def _of_an_origin(text: str, start: int, end: int) -> bool:
    """Whether the noun phrase text[start:end] before a person's noun qualifies them by a
    capitalised word of origin ("An Asian", "A European", "Two Gulf"), not an opening word."""
    return any(w[:1].isupper() and _norm(w) not in _NO_ORIGIN | TITLE_WORDS
               for w in re.findall(r"[\w'’-]+", text[start:end]))


_POSTED_IN = re.compile(r"\b(?:diplomat|ambassador|envoy|correspondent|journalist|reporter|"
                        r"observer)s?\s+(?:based\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# ... unless a body of the state follows the name: where one works ("a commentator on Russian
# state television", "an analyst in Ukraine's military intelligence agency", "a specialist in
# the Ukrainian army's electronic warfare units", "working in Ukraine's foreign ministry").
_STATE_BODY_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:government|ministry|army|army['’]s|military|forces|navy|"
    r"air\s+force|parliament|senate|congress|duma|rada|cabinet|delegation|mission|embassy|"
    r"intelligence|state\s+(?:television|tv|radio|media)|television|tv|radio|channel|"
    r"department|agency|service|security\s+service|general\s+staff|presidency|administration|"
    r"committee|commission|council|brigade|battalion|regiment|command|president|"
    r"prime\s+minister|chancellor|leadership|upper\s+house|lower\s+house|negotiating\s+team|"
    r"negotiators)\b", re.IGNORECASE)
# A country's name inside an institution's ("the Carnegie Russia Eurasia Center", "the Ukraine
# Forum at Chatham House"): the word after it.
_IN_INSTITUTION_NAME = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}?\s+(?:Eurasia|Forum|Center|Centre|"
                                  r"Institute|Program|Programme|Project|Foundation|Initiative|"
                                  r"Studies|Desk|Network|Monitor|Watch)\b")
_WINDOW_STOP = frozenset("is was are were be been has have had from in at to with by on our "
                         "your their his her its my us we you and or but now here there "
                         "joining joined".split())
#: Forms of address: a final dot after one ends no sentence ("Mr. Zelensky"), and one before a
#: name is no first name ("Mr Collins").
HONORIFICS = frozenset("mr mrs ms miss dr prof st sr jr rev sir dame lord lady smt".split())
# Words after a registry form that end its noun phrase: "Ukraine on Thursday" is Ukraine.
_HEAD_BREAK = frozenset("""
on in at by during late early earlier later yesterday today tonight this last after before
when while as who which that and or but itself also has had have is was were are did does do
will would could may might must can should itself alone first again not said says
""".split())
# Role nouns that, with "the", refer back to the last person named ("the general said").
_PERSON_ROLES = frozenset("""
general major colonel captain commander officer soldier sergeant diplomat minister president
governor mayor spokesman spokeswoman spokesperson adviser advisor aide analyst ambassador envoy
chief head leader prime premier chancellor secretary senator lawmaker prosecutor
""".split())
# Where a subject phrase ends: a relative clause, a participle, or a new clause ("said Lavrov's
# critics, while Lavrov said ...").
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|speaking|referring|asked|adding|"
                       r"while|whereas|although|though|but|"
                       r"citing|according)\b")
# A relative clause saying whom a person works for: its object is the person's side, as a
# title's would be ("…, who advises the Russian State Duma,", "… who served in Ukraine's
# foreign ministry"); not what the person said or did ("who criticised the Kremlin").
_AFFILIATION = re.compile(
    r",?\s*(?:(?:is|was)\s+)?(?:(?:a|an|the)\s+[\w'’ -]{1,40}?\s+)?(?:who|that)\s+"
    r"(?:(?:has|have|had|once|now|long|previously|also|still)\s+)*"
    r"(?:advise[sd]?|works?\s+(?:for|with|at)|worked\s+(?:for|with|at)|"
    r"serves?\s+(?:in|on|with|as)|served\s+(?:in|on|with|as)|speaks?\s+for|spoke\s+for|"
    r"represents|represented|"
    r"heads|headed|chairs|chaired|commands|commanded|leads|led|sits\s+on|sat\s+on|"
    r"(?:is|was)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:adviser|advisor|member|spokes\w+|"
    r"official|aide)\s+(?:to|of|for|in|at))\s+"
    r"(?P<body>(?:\b(?:[A-Z]\.){2,}|[^,.;:!?“”\"()]){1,80})")
# What may come before the registry name that opens a body: a determiner, and a body's own noun
# phrase before "of" ("the foreign affairs committee of Russia's upper house").
_BODY_OPENING = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+){0,3}(?:committee|commission|"
                           r"council|delegation|staff|cabinet|mission|chamber|house|wing|"
                           r"branch)\s+(?:of|at|in)\s+(?:the\s+)?)?")
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "it": "n", "they": "p",
             # the person a Spanish or Portuguese verb with no subject refers back to, of
             # either sex ("… encabezó el acto. «…», afirmó.": quotes' subjectless verb)
             "either": "x"}
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# A first name right after a kin or companion noun, and the mark its entity carries: such a
# person is "he" / "she" only when nobody fitting was named before in the sentence ("Ivan
# Petrenko's brother Oleh was killed. “…,” he said." is Ivan's).
_COMPANION_BEFORE = re.compile(
    r"(?P<lead>.*?)(?:\b(?:his|her|their|its)|\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*['’]s)"
    r"\s+(?:husband|wife|son|daughter|colleague|friend|comrade|partner|cousin|mother|father|"
    r"brother|sister|grandmother|grandfather)[,]?\s*$", re.DOTALL)
# A companion the sentence says was harmed is not the one who speaks next.
_HARMED = re.compile(r"\s+(?:(?:was|were|had\s+been|has\s+been|is)\s+(?:killed|wounded|"
                     r"injured|captured|detained|taken|missing|executed|abducted|buried)|died|"
                     r"disappeared)\b")
_COMPANION = "\x00companion"
_NAME_LICENCE_BEFORE = re.compile(
    r"(?:\bname|\bsign|\bcalled|\bnamed|-year-old|\bresident|\bneighbour|\bneighbor|\bnurse|"
    r"\bhusband|\bwife|\bson|\bdaughter|\bpupil|\bfarmer|\bsoldier|\bteacher|\bcolleague|"
    r"\bfriend|\bcomrade|\bpartner|\bcousin|\bmother|\bfather|\bbrother|\bsister|\bmedic|"
    r"\bdoctor|\bdriver|\bvolunteer|\bgrandmother|\bgrandfather)[,]?\s*$",
    re.IGNORECASE,
)


#: Where first names' genders come from: the name-gender data of Van Buskirk, Clauset and
#: Larremore, "An open-source cultural consensus approach to name-based gender classification"
#: (ICWSM 2023; the ``nomquamgender`` package, MIT): p(gf), how often a name is a woman's, for
#: some 720,000 names pooled from 36 sources in many countries (Kateryna, Liz, Karoline, Mykola).
NAME_GENDER_PACKAGE = "nomquamgender"
#: A name is a woman's at p(gf) >= 1 - this, a man's at <= this, and either (Kim, Sasha,
#: Nikita) in between. The package classifies at 0.1 (``NBGC.threshold``, its default); a
#: pronoun only has to choose among the people an article names, where a lean of three to one
#: already tells ("Chris", 0.12, and "Yuri", 0.21, are men's names here, not either).
NAME_GENDER_THRESHOLD = 0.25
#: A first name the data saw for fewer people than this is no evidence alone that a lone
#: capitalised word before "was" / "is" / "has" / "had" is a person: the data lists places and
#: common words as names of a few people ("Crimea" 6, "Antwerp" 3, "Grief" 1), while the
#: rarest given names of the war's news it knows are seen for dozens ("Solomiia" 48, "Yehor" 54).
NAME_PEOPLE_MIN = 20
_NAME_DATA = "nomquamgender/name_data.json"


class NameDataError(RuntimeError):
    """The first-name gender data cannot be read (its package is not installed)."""


# Latin letters that Unicode does not decompose into a base letter and a mark, as the data's
# ASCII keys write them ("Radosław" is "radoslaw": the Polish first name had been unknown, so
# "she" found Radosław Nowak; "Bjørn" is "bjorn").
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i",
                               "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


def _fold(word: str) -> str:
    # as the data's keys: lower case, Latin diacritics removed ("Stéphane" is "stephane")
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NameTable(dict):
    """{first name: 'f', 'm' or ''} with ``people``: {first name: how many people the data saw
    with it}."""

    def __init__(self, rows: Iterable[tuple[str, str, int]]) -> None:
        rows = list(rows)
        super().__init__((name, gender) for name, gender, _ in rows)
        self.people = {name: n for name, _, n in rows}


def _name_gender_table(data_file: Path) -> NameTable:
    """The one-word names of the package's data, with their genders and counts of people."""
    with open(data_file, encoding="utf-8") as handle:
        data = json.load(handle)
    rows = []
    for name, info in data.items():
        people, p_female = info[1], info[2]
        if not name.isalpha() or p_female != p_female:  # several words, symbols or no estimate
            continue
        rows.append((name, "f" if p_female >= 1 - NAME_GENDER_THRESHOLD
                     else "m" if p_female <= NAME_GENDER_THRESHOLD else "", int(people)))
    return NameTable(rows)


def _read_kept_table(kept: Path, header: str) -> NameTable | None:
    """The table kept at ``kept`` when it is whole (its first line ``header``, which ends with
    the number of names, and that many well-formed lines), else None."""
    try:
        with open(kept, encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != header:
                return None
            rows = [line.rstrip("\n").split("\t") for line in handle]
    except (OSError, UnicodeDecodeError):
        return None
    if len(rows) != int(header.rsplit(" ", 1)[1]) or any(
            len(row) != 3 or row[1] not in ("f", "m", "") or not row[2].isdigit()
            for row in rows):
        return None  # cut short, or edited by hand: built again
    return NameTable((name, gender, int(n)) for name, gender, n in rows)


@lru_cache(maxsize=1)
def first_name_genders() -> NameTable:
    """{first name (lower case, no diacritics): 'f', 'm' or '' (either)} from
    :data:`NAME_GENDER_PACKAGE`'s data under :data:`NAME_GENDER_THRESHOLD`; about 470,000 names.
    A :class:`NameTable`: its ``people`` gives how many people the data saw with each name.

    Reading the package's 22 MB of JSON takes about a second, so the table is kept, once built,
    as a tab-separated file under ``~/.cache/newsstance/names/`` (named by the package's
    version and the threshold, with a header giving its length; a file cut short or altered is
    built again; read in about 0.2 s), and built in memory alone where that folder cannot be
    written. ``NameDataError`` when the package is not installed."""
    from .cache import default_cache_dir

    try:
        dist = importlib.metadata.distribution(NAME_GENDER_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        raise NameDataError(
            f"the first-name gender data ({NAME_GENDER_PACKAGE}) is not installed; "
            f"run `pip install -e .` (or `make`) in the project folder") from None
    stem = f"{NAME_GENDER_PACKAGE}-{dist.version}-t{NAME_GENDER_THRESHOLD}-people"
    kept = default_cache_dir() / "names" / f"{stem}.tsv"
    if kept.is_file():
        with open(kept, encoding="utf-8", errors="replace") as handle:
            header = handle.readline().rstrip("\n")
        if header.startswith(f"# {stem} names ") and (
                table := _read_kept_table(kept, header)) is not None:
            return table
    table = _name_gender_table(Path(dist.locate_file(_NAME_DATA)))
    part = kept.with_name(f"{kept.name}.{os.getpid()}.{threading.get_ident()}.part")
    try:  # written whole, then renamed: a reader never sees half a table
        kept.parent.mkdir(parents=True, exist_ok=True)
        with open(part, "w", encoding="utf-8") as handle:
            handle.write(f"# {stem} names {len(table)}\n")
            handle.writelines(f"{name}\t{gender}\t{table.people[name]}\n"
                              for name, gender in sorted(table.items()))
        os.replace(part, kept)
    except OSError:  # a read-only home: the table lives in memory for this process
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return table


def first_name_gender(word: str) -> str | None:
    """'f', 'm' or '' (either) for a first name the data knows (any case, diacritics
    folded), None for one it lacks; see :func:`first_name_genders`."""
    return first_name_genders().get(_fold(word))


def first_name_people(word: str) -> int:
    """How many people the name data saw with the first name ``word`` (0 for one it lacks)."""
    return first_name_genders().people.get(_fold(word), 0)


def guess_gender(name: str) -> str:
    """'f', 'm' or '' (unknown) for a person's name from its first name, by
    :func:`first_name_genders` (a name the data reads as either gives ''); a first name the data
    lacks is read by its ending (-a, -ia, -ya a woman's, except known men's names such as
    Mykola), and gives '' otherwise: such a name had been a man's, so "she" never found
    "Billene Seyoum said … “…,” she said." (a newcomer's), while "he" found any. A surname or
    call sign alone (one word) gives ''. A guess only."""
    words = name.split()
    if len(words) < 2:
        return ""  # a surname or a call sign alone says nothing
    first = words[0].lower()
    if len(first) < 3 or not first.isalpha():
        return ""
    known = first_name_gender(first)
    if known is not None:
        return known
    if first.endswith(("a", "ia", "ya")) and first not in _MALE_IN_A:
        return "f"
    return ""


@lru_cache(maxsize=4096)  # asked for every registry mention of every article
def registry_gender(name: str, aliases: tuple[str, ...] = ()) -> str:
    """'f' when a registry person's fullest name form (the most words: the one that opens
    with the given name) reads as a woman's name ("Maria Zakharova", "Kaja Kallas", "Ursula von
    der Leyen"), 'm' when it reads as a man's (the registry's people were all read as men
    before, so "she" never found Zakharova), '' where no form tells: a guess by
    :func:`guess_gender`. The fullest form decides because a
    shorter one may open with a byname a first-name table reads otherwise ("Lula da Silva":
    "Lula" is a woman's name to the data, "Luiz Inácio Lula da Silva" a man's); where it gives
    no guess (a first name the data lacks or reads as either), any form read as a
    woman's decides, and else none: a name written surname first ("Mao Ning", "Hsiao Bi-khim":
    "Mao" and "Hsiao" are either sex's to the data) is "she" as well as "he" (a newcomer's
    registry had read the spokeswoman as a man, and "“…,” she said." found nobody)."""
    forms = (name, *aliases)
    # a title opens no given name ("Prime Minister Giorgia Meloni" as an alias: "Prime" is a
    # man's name to the data)
    named = [form for form in forms if _norm(form.split()[0]) not in TITLE_WORDS]
    fullest = guess_gender(max(named, key=lambda form: len(form.split()))) if named else ""
    if fullest:
        return fullest
    return "f" if any(guess_gender(form) == "f" for form in forms) else ""


def _norm(word: str) -> str:
    return word.lower().rstrip(".").replace("’", "'")


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") else word


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, camp, and whether it is a registry actor."""

    name: str
    camp: str
    status: str  # REGISTRY, OUTSIDE_REGISTRY or NEWSROOM
    kind: str = "person"  # person, organisation, description, place-people, ...
    gender: str = ""


# What may open a sentence before its subject: quote marks, a conjunction, a short adverb.
_SUBJECT_OPENING = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So|Still|Later|Earlier|Meanwhile|"
                              r"Then|Now|Instead)\s*,?\s+)?(?:(?:The|A|An)\s+)?")
# A phrase of time or place set off by a comma before a sentence's subject: "On Monday,
# Zelensky's top adviser …", "Later on Tuesday, …", "In Ankara, …" (see SpeakerIndex._opens_with).
_LEADING_ADJUNCT = re.compile(r"[\s“\"‘']*(?:On|In|At|During|After|Before|Since|By|Later|Earlier|"
                              r"Late|Early|Last|This|Overnight)\b[^,.;:!?“”\"\n]{0,40},\s+")
# A relative clause still open before a position: ", who has met " (the person named next is
# its object, not the one a later "he" refers to).
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose)\b[^,.;:!?“”\"]*$")
# Up to three words right before a name, the title among them ("US special envoy …").
_TITLE_BEFORE = re.compile(r"(?:[\w'’-]+[ \t]+){1,3}$")
# Prepositions joining a role to the person it serves ("a spokesman for Putin", "an adviser to
# Zelensky", "the lawyer of …"): the role is another person's, not the named one's.
_ROLE_OF_ANOTHER = frozenset({"for", "to", "of"})


def _anothers_role(words_before: list[str]) -> bool:
    """True when the words right before a person's name (nearest first) end in a preposition
    joining a role to them: "A spokesman for Putin said …" is no title of Putin's, so "the
    spokesman" later is the spokesman, not Putin (as "US special envoy Steve Witkoff" makes
    "the envoy" Witkoff)."""
    return bool(words_before) and words_before[0] in _ROLE_OF_ANOTHER


# A body's spokesperson right before its name ("a spokesperson for the Wagner Group").
# ... opening its sentence, the subject (see SpeakerIndex._spokesperson_opening), and the sexes
# a pronoun referring to each takes
_SPOKESPERSON_OPENING = re.compile(r"(?:^|[.!?][ \t]+|\n)(?:(?:A|An|The)[ \t]+)?(?:[a-z]+[ \t]+)?"
                                   r"(?i:(spokes(?:man|woman|person))[ \t]+for[ \t]+(?:the[ \t]+)?)$")
_SPOKES_SEXES = {"spokesman": ("m",), "spokeswoman": ("f",), "spokesperson": ("m", "f")}
_SPOKESPERSON_FOR = re.compile(r"\b([Ss]pokes(?:man|woman|person))\s+for\s+(?:the\s+)?$")
# An American legislator's party and state after the name ("Sen. Ellen Hartley, D-Minn.,",
# "Rep. Mike Turner (R-Ohio)").
_US_PARTY_TAG = re.compile(r"\s*[,(]\s*[DRI]-[A-Z][A-Za-z.]{1,12}(?=[\s,).;:])")
# A verb making the description after it the subject's role ("now works as a nurse").
_WORKING_AS = re.compile(r"\b(?:works?|worked|working|serves?|served|serving|trained|"
                         r"retrained)\s+as\s+$|\b(?:became|becomes|become)\s+$")
# A work or a medium before its name: the name is no person.
_TITLED_WORK = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:magazine|newspaper|daily|weekly|"
                          r"journal|channel|station|agency|publication|website|paper|outlet|"
                          r"show|programme|program|podcast|film|documentary|book|novel|ship|"
                          r"vessel|tanker|operation|exercise)\s+$", re.IGNORECASE)
# British and American spellings of a body's noun.
_SPELLINGS = {"centre": {"center"}, "center": {"centre"}, "defence": {"defense"},
              "defense": {"defence"}}
# Where a described person is placed: "close to", "in", "within", "inside", "of" the body.
_PLACED_IN = re.compile(r"\s+(?P<prep>close\s+to|in|within|inside|of)\s+(?:the\s+)?")
# Offices that speak for the state or body after "of": "The representative of Ukraine said …"
# … "“…,” he said." is the representative of Ukraine's, as UN meeting summaries name nearly
# every speaker (a newcomer's Security Council summary lost its voices); not "a resident of".
_REPRESENTS = frozenset("representative representatives ambassador envoy delegate delegates"
                        .split())
# ... or for the state or body whose possessive it follows, with no article before: "Ukraine's
# representative told the Council …" … "“…,” he said." (the description pattern below wants an
# article, so "he" had found no one); the possessive is the mention's own, right before the
# office ("Ukraine's Crimean Tatar community's representative" is no state's).
_POSSESSIVE_OFFICE = re.compile(r"['’]s\s+(?:(?:deputy|permanent|special|acting|chief|senior|top)"
                                r"\s+)?(?P<head>representatives?|ambassador|envoy|delegates?)\b"
                                r"(?![ \t]+[A-Z]|['’\-])")
# ... and who speaks or acts for a person, after the person's possessive: "Zelensky's envoy",
# "Trump's top adviser" (see SpeakerIndex._persons_aides).
_PERSONS_AIDE = re.compile(r"['’]s[ \t]+(?:(?:top|chief|special|senior|deputy|personal|lead|"
                           r"trusted|former)[ \t]+)?(?P<head>envoy|emissary|representative|"
                           r"adviser|advisor|aide|negotiator|spokesman|spokeswoman|"
                           r"spokesperson)\b(?![ \t]+[A-Z]|['’\-])")
# ... and the same aides before "for" or "to" and the person they serve: "A spokesman for
# Putin", "an adviser to Zelensky" (see SpeakerIndex._aides_for_persons).
_AIDE_FOR_PERSON = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Tt]he|[Oo]ne)[ \t]+(?:(?:top|chief|special|"
                              r"senior|deputy|personal|lead|trusted|former)[ \t]+)?"
                              r"(?P<head>envoy|emissary|representative|adviser|advisor|aide|"
                              r"negotiator|spokesman|spokeswoman|spokesperson)[ \t]+(?:for|to)"
                              r"[ \t]+$")
# The words of an office between a person's possessive and the aide's name: "Trump's special
# envoy Steve Witkoff", "Zelensky's chief of staff Andriy Yermak".
_AIDE_WORDS = TITLE_WORDS | ROLE_NOUNS | frozenset(
    "of staff special personal lead trusted former".split())
# ... and a UN meeting summary's "The speaker for Guyana, on behalf of the Caribbean Community
# (CARICOM), said …" (a state or body capitalised after "for"; "the speaker for praise" is none).
_SPEAKER_FOR = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa])\s+(?P<np>speaker\s+for\s+(?:the\s+)?"
                          r"(?P<body>[A-Z][\w'’.\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.\-]*)*))")
# An office's capitalised portfolio before its holder's name: " of Communication and Media "
# (after "the Minister"), " for Foreign Affairs ".
_PORTFOLIO_BEFORE_NAME = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*"
                                    r"(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w'’\-]*)*"
                                    r"[ \t]+")
# An office's capitalised complement up to the comma before its holder's name: "The
# Chairperson of the AU Commission, Moussa Faki Mahamat," (see
# SpeakerIndex._holder_after_complement); not a clause ("The Minister of Health met the head of
# the clinic, …").
_COMPLEMENT_APPOSED = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*"
                                 r"(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w'’\-]*)*"
                                 r",[ \t]*")
# A relation's noun and its preposition right before an office ("The wife of | the Minister of
# Defence, Olena Hrytsenko,"): see SpeakerIndex._holder_after_complement.
_RELATION_BEFORE = re.compile(r"\b([A-Za-z][\w'’-]*)[ \t]+(?:of|for|to)[ \t]+$")
# A description's complement naming a state or body after its head ("speaker for Barbados").
_PROPER_COMPLEMENT = re.compile(r"(?P<head>[\w'’\-]+)\s+(?:for|of)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*$")
# ... and what may stand between such an office and its holder's name: "Russia's envoy to the
# OSCE, Gennady Lysenko," (the office's complement and a comma).
_OFFICE_COMPLEMENT = re.compile(r"(?:\s+(?:to|at|in|for)\s+(?:the\s+)?[\w'’.\-]+"
                                r"(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and))*?)?\s*,?\s*")
# Title words of an office that heads no state or government.
_NOT_HEAD_OF = frozenset("vice deputy former ex acting commission committee association "
                         "federation ioc union council bank club party".split())
# The head of state or of government, an office's paraphrase, not a head of anything else.
_HEAD_OF = re.compile(r"\s*the\s+head\s+of\s+(?P<of>state|government)\s*", re.IGNORECASE)
# A monarch's titles ("the King", "the Emir"), and the nouns that name the holder of any of them
# ("the Sovereign", "the Monarch"), as the royal style of state agencies (MAP, SPA, WAM) names
# the head of state once named: a role phrase headed by one refers back to a holder of such a
# title alone, never to whoever was named last, and is nobody's name (a newcomer's MAP
# dispatch had "“…,” the King said." with no speaker and "the Sovereign stressed" a person
# "Sovereign").
_MONARCH_TITLES = frozenset("king queen emir sultan emperor empress".split())
_MONARCH_NOUNS = frozenset("monarch sovereign".split())
# Words before a royal title that make it a past holder's ("the former King", "the late King"):
# never the reigning monarch.
_FORMER_WORDS = frozenset("former ex late".split())
# Collective nouns of people: no "he" or "she" ("said the family had moved … he said").
_COLLECTIVES = frozenset("family people crowd couple group team crew public staff opposition".split())
# Who speaks for a body without naming it ("spokesperson Heorhii Tykhyi", "a spokesman").
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
# ... and one whose title names the body ("Hamas spokesman", "Houthi military spokesman").
_BODY_SPOKES = re.compile(r"[A-Z][\w'’.-]*\s+(?:[a-z]+\s+)?spokes\w+\s+$")
# A body or state opening a sentence with its response ("Ukraine's Foreign Ministry responded
# cautiously.", "The Kremlin was more guarded."): a spokesperson quoted next speaks for it, not
# for a state the sentence tells acting ("Russia launched 500 drones. “…,” a spokesman said.").
_RESPONDS = re.compile(
    r"(?:[\s,]+(?:\w+ly|also|quickly|later|swiftly|has|had|have))*\s+(?:responded|reacted|"
    r"replied|denied|rejected|welcomed|dismissed|condemned|commented|hit\s+back|"
    r"(?:was|were|has\s+been)\s+(?:more\s+|less\s+|far\s+)?(?:guarded|cautious|blunt|defiant|"
    r"dismissive|measured|sceptical|skeptical|silent|tight-lipped))\b")
# The kinds of speaker "it" can name.
_IT_KINDS = frozenset({"organisation", "country", "group"})


@dataclass
class Entity:
    """Something an article names outside quotations that a later phrase may refer back to."""

    start: int
    end: int
    speaker: Speaker
    roles: frozenset[str] = field(default_factory=frozenset)  # head nouns / titles, lower-case
    surname: str = ""


# --------------------------------------------------------------------------- the article index


# A capitalised word after a preposition of place or "the town of": the article uses it as a
# place ("fighting near Lyman"), so a lone "Lyman was …" elsewhere in it is no person, though
# the name data knows Lyman as a first name; not before a possessive or another capitalised
# word ("in Olena's flat", "in Olena Zelenska's office").
_PLACE_USE = re.compile(r"\b(?i:in|into|near|around|outside|towards?|across|through|"
                        r"(?:town|city|village|port|region|district|settlement)\s+of)"
                        r"\s+([A-Z][\w’'\-]*)(?![\w’'\-])(?!['’]s\b)(?![ \t]+[A-Z])")


# The words of a noun phrase before a prepositional complement: "Russia's deputy envoy to the
# " (no punctuation between; at most eight words back).
_OFFICE_PHRASE = re.compile(r"(?:[^\s.,;:!?“”\"()]+\s+){1,8}?(?P<prep>to|for|of|in|at)\s+"
                            r"(?:the\s+)?$")


class SpeakerIndex:
    """The people, organisations and described speakers an article names outside quotations.

    Built once per article; :meth:`resolve` turns a subject phrase into a :class:`Speaker`.
    """

    def __init__(self, text: str, inside: Sequence[int], mentions: list[Mention],
                 registry: Registry, outlet: str = "") -> None:
        self.text = text
        #: the publisher's name (the article's source): no person of its text
        self.outlet = outlet
        self.inside = inside
        self.registry = registry
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._mention_starts = [m.start for m in self.mentions]
        self._longest_mention = max((m.end - m.start for m in self.mentions), default=0)
        self.entities: list[Entity] = []
        self._starts: list[int] = []
        self._surnames: dict[str, set[Speaker]] = {}
        self._first_names: dict[str, set[Speaker]] = {}
        self._alone: dict[str, bool] = {}
        self._text_genders: dict[str, str] = {}
        # words the article uses as places ("in Lyman", "the town of Lyman")
        self._places = {m.group(1) for m in _PLACE_USE.finditer(text)}
        self._build()

    # ------------------------------------------------------------------ building

    def _outside(self, start: int, end: int) -> bool:
        return not any(self.inside[start:end])

    def _names_the_outlet(self, name: str) -> bool:
        """Whether ``name`` is the publisher's name or its first words, two or more ("Al
        Arabiya" of "Al Arabiya English")."""
        name, outlet = " ".join(name.lower().split()), " ".join(self.outlet.lower().split())
        return bool(outlet) and len(name.split()) > 1 and (
            name == outlet or outlet.startswith(name + " "))

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """Registry mentions lying inside [start, end)."""
        i = bisect.bisect_left(self._mention_starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def mentions_overlapping(self, start: int, end: int) -> list[Mention]:
        """Registry mentions that overlap [start, end)."""
        i = bisect.bisect_left(self._mention_starts, start - self._longest_mention)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end > start:
                found.append(self.mentions[i])
            i += 1
        return found

    def _index_entities(self) -> None:
        self.entities.sort(key=lambda e: (e.start, -e.end))
        self._starts = [e.start for e in self.entities]
        surnames: dict[str, set[Speaker]] = defaultdict(set)
        first_names: dict[str, set[Speaker]] = defaultdict(set)
        registered: dict[str, set[Speaker]] = defaultdict(set)
        for e in self.entities:
            if e.speaker.kind == "person" and e.speaker.status == OUTSIDE_REGISTRY and \
                    len(e.speaker.name.split()) > 1:
                surnames[_fold(e.speaker.name.split()[-1])].add(e.speaker)
                first_names[e.speaker.name.split()[0].lower()].add(e.speaker)
            elif e.speaker.kind == "person" and e.speaker.status == REGISTRY and \
                    len(e.speaker.name.split()) > 1:
                # a registry person named in full whose surname is no form of theirs ("Prime
                # Minister Abdoulaye Maïga … “…,” Maïga said.": a newcomer's registry, as
                # `actors suggest` drafts it, had no alias "Maïga", so his words were an
                # unnamed "Maïga"'s, of no camp); only where no one else has the surname
                registered[_fold(e.speaker.name.split()[-1])].add(e.speaker)
        for key, people in registered.items():
            surnames.setdefault(key, people)
        self._surnames = surnames
        self._first_names = first_names

    def entities_before(self, pos: int):  # noqa: ANN201 - a generator of Entity
        """Entities ending at or before ``pos``, the nearest first, within the look-back."""
        i = bisect.bisect_right(self._starts, pos) - 1
        floor = pos - _LOOK_BACK
        while i >= 0:
            entity = self.entities[i]
            if entity.end < floor:
                return
            if entity.end <= pos:
                yield entity
            i -= 1

    def entities_between(self, start: int, end: int) -> list[Entity]:
        """Entities starting in [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self.entities[i:j]

    def _registry_speaker(self, mention: Mention) -> Speaker:
        namesake = self._namesake(mention)
        if namesake is not None:
            return namesake
        actor = mention.actor
        gender = ""
        if actor.gender:  # a person's (or an untyped actor's), as the registry states it
            # the registry says it (``gender = "m"``), not the name data nor the text's titles
            # ("Nikol" Pashinyan is a woman's name to the data)
            return Speaker(actor.name, actor.camp, REGISTRY, actor.type or "person",
                           actor.gender)
        if actor.type == "person":  # a person of either sex to the name data too
            gender = self._text_gender(actor) or registry_gender(actor.name, tuple(actor.aliases))
            # the title before the name, or one the mention took in ("Mr. Lin Jian", a name
            # either sex may bear)
            starts = [mention.start] + [mention.start + gap.end()
                                        for gap in re.finditer(r"\s+", mention.text.rstrip())]
            sexed = next(filter(None, (_SEXED_TITLE_BEFORE.search(self.text, max(0, pos - 50), pos)
                                       for pos in starts)), None)
            if sexed is not None and " " in mention.text.strip():
                # "IDF spokesman Brig. Gen. Effie Defrin" of a corpus's registry: the title
                gender = _TITLE_GENDER[_norm(sexed.group(1))]
        return Speaker(actor.name, actor.camp, REGISTRY, actor.type or "person", gender)

    def _namesake(self, mention: Mention) -> Speaker | None:
        """The one other person the article named in full with the surname ``mention`` is
        alone, where it never named the registry person in full with it: "Hemedti met Abdel
        Rahim Dagalo in Nyala. “…,” Dagalo said." is Abdel Rahim Dagalo's (a newcomer's
        registry gave "Dagalo" to Hemedti); after "President Joe Biden … Hunter Biden",
        "Biden" stays Joe Biden's. None otherwise."""
        surname = mention.text.lower()
        if mention.actor.type != "person" or " " in surname.strip():
            return None

        def in_full(start: int, end: int) -> bool:  # "Abdel Rahim Dagalo" of "Dagalo"
            words = self.text[start:end].split()
            return len(words) > 1 and _strip_possessive(words[-1]).lower() == surname

        before = [m for m in self.mentions if m.end <= mention.start and in_full(m.start, m.end)]
        if any(m.actor.name == mention.actor.name for m in before):
            return None
        others = {m.actor.name: Speaker(
            m.actor.name, m.actor.camp, REGISTRY, "person",
            m.actor.gender or registry_gender(m.actor.name, tuple(m.actor.aliases)))
            for m in before}
        # (the entities are read only once built: outside-registry people named in full)
        for entity in getattr(self, "entities", []):
            if entity.end <= mention.start and entity.speaker.kind == "person" and \
                    entity.speaker.status == OUTSIDE_REGISTRY and in_full(entity.start, entity.end):
                others[entity.speaker.name] = entity.speaker
        return next(iter(others.values())) if len(others) == 1 else None

    def _text_gender(self, actor: Actor) -> str:
        """The sex the article's own pronouns give a registry person whose first name the name
        data is unsure of, after any of the person's mentions ("Nikol Pashinyan, said his
        country …"), one answer per article; '' when they give none."""
        if actor.name not in self._text_genders:
            first = next((form.split()[0] for form in (actor.name, *actor.aliases)
                          if len(form.split()) > 1), "")
            found = {_pronoun_of_text(self.text, m.end, first) for m in self.mentions
                     if m.actor.name == actor.name} - {""} if first else set()
            self._text_genders[actor.name] = found.pop() if len(found) == 1 else ""
        return self._text_genders[actor.name]

    def _build(self) -> None:
        text = self.text
        for mention in self.mentions:
            roles = {_norm(w) for w in _TOKEN.findall(mention.text)} & (TITLE_WORDS | ROLE_NOUNS
                                                                       | ORG_NOUNS)
            roles |= {_norm(w) for w in _TOKEN.findall(mention.text)}
            if mention.actor.type == "person":
                # a lower-case title just before the name ("US special envoy Steve Witkoff"):
                # "the envoy" refers back to him
                title = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                if title is not None:
                    # the words up to a verb before them ("A White House spokesperson said
                    # President Donald Trump …": no spokesperson's title)
                    nearest = []
                    for word in reversed(title.group().split()):
                        if _SPEECH_WORD.fullmatch(_norm(word)) or _norm(word) in _DETERMINERS:
                            break
                        nearest.append(_norm(word))
                    if not _anothers_role(nearest):
                        roles |= set(nearest) & ROLE_NOUNS
            else:
                # "A spokesperson for the Wagner Group said …" speaks for the group: "the
                # spokesperson said" later is the group's again (a newcomer's had been a
                # "spokesperson" of no camp, or the outlet's name line before it)
                spokes = _SPOKESPERSON_FOR.search(text, max(0, mention.start - 30), mention.start)
                if spokes is not None:
                    roles.add(spokes.group(1).lower())
            self.entities.append(Entity(mention.start, mention.end,
                                        self._registry_speaker(mention), frozenset(roles)))
        named_orgs = []
        for start, end in org_name_spans(text, 0, len(text)):
            organisation = self._organisation_name(start, end) if self._outside(start, end) \
                else None
            if organisation is not None:
                self.entities.append(organisation)
                named_orgs.append((start, end))
        for match in _name_runs(text):
            start, end = match
            if _office_complement(text, start):
                # "el ministro de Exteriores, José Manuel Albares": the portfolio; a name run
                # on after it without a comma is the holder ("la ministra de Asuntos
                # Exteriores Arancha González")
                tail = _portfolio_holder_start(text, start, end)
                if tail is None:
                    continue
                start = tail
            if self.inside[start] and not self.inside[end - 1]:
                # a run over a single mark closing a quotation: the name after it ("Jimmy
                # ‘Barbecue’ Chérizier": "Barbecue’ Chérizier" had been no one's, half quoted)
                start = next(i for i in range(start, end) if not self.inside[i])
                start += len(text[start:end]) - len(text[start:end].lstrip())
            if not self._outside(start, end) or any(
                m.actor.type == "person" for m in self.mentions_overlapping(start, end)
            ) or any(s <= start and end <= e for s, e in named_orgs) or \
                    self._in_dateline(start, end):
                continue
            if _AFTER_PREPOSITION.search(text[max(0, start - 12):start]):
                organisation = None if _holder_after_body(text, start, end) is not None \
                    else self._organisation_from_run(start, end)
                if organisation is not None:
                    self.entities.append(organisation)
                    continue
                # "Secretary of State Antony Blinken": a title continues over "of"; "the deputy
                # envoy to the UN Dmitry Polyanskiy": the name after the body
                if _norm(text[start:end].split()[0]) not in TITLE_WORDS:
                    tail = _name_tail(text, start, end)
                    if tail is None:
                        continue
                    found = self._person_from_run(tail, end, licence_needed=True)
                    if found is not None and not found.speaker.camp:
                        found = replace(found, speaker=replace(
                            found.speaker, camp=self._office_holder_camp(start)))
                    if found is not None:
                        self.entities.append(found)
                    continue
            if _title_of(text, max(0, start - 120), start):
                # a title's portfolio joined by "and" goes on in the run: "the Minister of
                # Communication and Media Patrick Muyaya" is Patrick Muyaya (he had been "Media
                # Patrick Muyaya", "Media" a first name in the name data)
                tail = _portfolio_tail(text, start, end)
                if tail is not None:
                    start = tail
            found = self._person_from_run(start, end, licence_needed=True)
            if found is not None and self._names_the_outlet(found.speaker.name):
                # "Al Arabiya English" under a live blog's headline, "told Al Arabiya": the
                # publisher, whom no "he" nor "the spokesperson" later is ("Al" a man's name)
                continue
            if found is None:
                found = self._organisation_from_run(start, end)
            if found is not None:
                self.entities.append(found)
        self._index_entities()
        self._link_surnames()
        self._add_possessives()
        self._index_entities()
        descriptions = []
        for match in _DESCRIPTION.finditer(text):
            start, end = match.start("np"), match.end("np")
            if not self._outside(start, end) or any(
                m.end >= end for m in self.mentions_overlapping(start, end)
            ) or any(s < end and start < e and (s, e) != (start, end) for s, e in named_orgs):
                continue  # "Ministry" inside "The Ministry of Foreign Affairs": its name's
            phrase = match.group("np")
            head = _norm(match.group("head"))
            words = {_norm(w) for w in _TOKEN.findall(phrase)}
            determiner = match.group().split()[0].lower()
            named = self._named_near(match.start(), end) or self._subject_working_as(
                match.start()) or self._holder_after_portfolio(end, _norm(match.group("head"))) \
                or self._holder_after_complement(match.start(), end,
                                                 _norm(match.group("head")))
            if named is not None:
                # "Her neighbour, Mykola, a retired teacher": the description is the name's
                descriptions.append(Entity(start, end, named.speaker,
                                           frozenset(words | {head}) | named.roles))
                continue
            runs = [(start + a, start + b) for a, b in _name_runs(phrase)]
            possessor, _ = _possessor(self, start, end, self.mentions_within(start, end), runs)
            if determiner == "the" and head in ROLE_NOUNS | ORG_NOUNS and not possessor and \
                    not self.represents_state(end, head):
                earlier = self.refer_back(start, head, set()) or (
                    self.last_person(start) if head in TITLE_WORDS | _PERSON_ROLES else None)
                if earlier is not None:
                    descriptions.append(Entity(start, end, earlier, frozenset(words | {head})))
                    continue
            camp = "" if head in _UNAFFILIATED or _OPPOSED.search(phrase) or \
                self._opposes_registry_name(phrase) else \
                self._camp_in(start, end) or (self._owner_camp(end, head) if head in ORG_NOUNS
                                              else "")
            if head not in ORG_NOUNS | _UNAFFILIATED and not camp:
                # "A source close to the Kremlin", "a source in the Russian delegation", "a
                # senior officer of the General Staff": the side of the body after the noun,
                # which names the speaker too ("the source said" later is that source)
                body = self._body_after(end, head)
                if body is not None:
                    camp, phrase = body[0], phrase + self.text[end:body[1]]
            speaker = Speaker(phrase, camp, OUTSIDE_REGISTRY,
                              "organisation" if head in ORG_NOUNS else "description",
                              _HEAD_GENDER.get(head, ""))
            descriptions.append(Entity(start, end, speaker, frozenset(words | {head})))
        descriptions += self._possessive_offices(descriptions)
        descriptions += self._persons_aides(descriptions)
        descriptions += self._aides_for_persons(descriptions)
        descriptions += self._speakers_for(descriptions)
        self.entities = self.entities + descriptions
        self._index_entities()

    def _possessive_offices(self, descriptions: list[Entity]) -> list[Entity]:
        """A state's or body's office after its possessive with no article ("Ukraine's
        representative", see :data:`_POSSESSIVE_OFFICE`) as a description speaking for it, as
        "the representative of Ukraine" is (:meth:`_body_after`); not after a demonym or a role
        ("Russian delegates"), not where a description or name already holds it ("The Russian
        Federation's envoy", "Russia's envoy Vassily Nebenzia")."""
        found = []
        for mention in self.mentions:
            office = _POSSESSIVE_OFFICE.match(self.text, mention.end)
            if office is None or mention.actor.type == "person" or not mention.actor.camp or \
                    mention.field in ("demonyms", "roles") or \
                    not self._outside(mention.start, office.end()) or \
                    re.search(r"(?:\b(?:the|a|an|The|A|An)|[\w'’])\s*$",
                              self.text[max(0, mention.start - 5):mention.start]) or \
                    any(e.start < office.end() and mention.start < e.end for e in descriptions):
                continue
            start, end = mention.start, office.end()
            named = self._named_near(start, end) or next(
                (e for e in self.entities_between(end, end + 90) if e.speaker.kind == "person"
                 and _OFFICE_COMPLEMENT.fullmatch(self.text, end, e.start)), None)
            head = office.group("head").lower()
            words = {_norm(w) for w in _TOKEN.findall(self.text[start:end])}
            speaker = named.speaker if named is not None else Speaker(
                self.text[start:end], mention.actor.camp, OUTSIDE_REGISTRY, "description")
            found.append(Entity(start, end, speaker, frozenset(words | {head})))
        return found

    def _persons_aides(self, descriptions: list[Entity]) -> list[Entity]:
        """A person's aide after their possessive ("Zelensky's envoy", see
        :data:`_PERSONS_AIDE`) as a description of the person's side, spanning the aide's noun
        only, where the possessive opens its sentence: "Zelensky's envoy met the Americans.
        “…,” he added." had been Zelensky's, the possessor the nearest man named; a name after
        it keeps the name ("Zelensky's envoy,
        Rustem Umerov,"), and a registry form holding it is the registry's ("Putin's
        spokesman")."""
        found = []
        for person in self.entities:
            aide = _PERSONS_AIDE.match(self.text, person.end)
            if aide is None or person.speaker.kind != "person" or \
                    not self._outside(person.start, aide.end()) or \
                    self.mentions_overlapping(aide.start("head"), aide.end()) or \
                    any(e.start < aide.end() and aide.start("head") < e.end
                        for e in (*descriptions, *found)) or \
                    not self._opens_with(self._sentences_back(person.start + 1, 1), person.start):
                continue  # (as the subject's possessor: "Putin met Zelensky's envoy. “…,” he
                # said." is the subject's, as before)
            start, end = aide.start("head"), aide.end()
            if any(e.speaker.kind == "person" and _OFFICE_COMPLEMENT.fullmatch(
                    self.text, end, e.start) for e in self.entities_between(end, end + 90)):
                continue  # the name after it is the aide ("Trump's envoy Steve Witkoff")
            head = aide.group("head").lower()
            speaker = Speaker(self.text[person.start:end], person.speaker.camp,
                              OUTSIDE_REGISTRY, "description", _HEAD_GENDER.get(head, ""))
            found.append(Entity(start, end, speaker, frozenset(
                {_norm(w) for w in _TOKEN.findall(self.text[aide.start():end])} | {head})))
        return found

    def _aides_for_persons(self, descriptions: list[Entity]) -> list[Entity]:
        """An aide named by the person they serve ("A spokesman for Putin", see
        :data:`_AIDE_FOR_PERSON`) as a description of the person's side spanning the aide's
        noun, as "Putin's spokesman" is: "“…,” the spokesman said." later is the spokesman's,
        not Putin's (the last person named); a name in apposition after it keeps the name ("A
        spokesman for Putin, Dmitry Peskov, said")."""
        found = []
        for person in self.entities:
            if person.speaker.kind != "person":
                continue
            aide = _AIDE_FOR_PERSON.search(self.text, max(0, person.start - 60), person.start)
            if aide is None or not self._outside(aide.start(), person.end) or \
                    any(e.start < aide.end("head") and aide.start("head") < e.end
                        for e in (*descriptions, *found)) or \
                    re.match(r",\s*[A-Z]", self.text[person.end:person.end + 3]) and any(
                        e.speaker.kind == "person" for e in
                        self.entities_between(person.end, person.end + 60)):
                continue
            start, end = aide.start("head"), aide.end("head")
            head = aide.group("head").lower()
            speaker = Speaker(" ".join(self.text[start:person.end].split()),
                              person.speaker.camp, OUTSIDE_REGISTRY, "description",
                              _HEAD_GENDER.get(head, ""))
            found.append(Entity(start, end, speaker, frozenset(
                {_norm(w) for w in _TOKEN.findall(self.text[aide.start():end])} | {head})))
        return found

    def _speakers_for(self, descriptions: list[Entity]) -> list[Entity]:
        """A UN meeting summary's "the speaker for Guyana" (see :data:`_SPEAKER_FOR`) as a
        description speaking for the state or body named after "for", of its camp where the
        registry names it: a new speaker, as "the representative of Guyana" is (a newcomer's
        Security Council summary gave "“…,” he said." after it to the representative named
        before it); not where a description or name already holds it."""
        found = []
        for match in _SPEAKER_FOR.finditer(self.text):
            start, end = match.start("np"), match.end("np")
            if not self._outside(match.start(), end) or \
                    any(e.start < end and start < e.end for e in descriptions):
                continue
            body = next((m for m in self.mentions_within(match.start("body"), end)
                         if m.start == match.start("body")), None)
            camp = body.actor.camp if body is not None and body.actor.type != "person" else ""
            named = self._named_near(start, end)
            speaker = named.speaker if named is not None else Speaker(
                self.text[start:end], camp, OUTSIDE_REGISTRY, "description")
            # the speaker for a state is its representative ("the representative said" later)
            words = {_norm(w) for w in _TOKEN.findall(self.text[start:end])}
            found.append(Entity(start, end, speaker,
                                frozenset(words | {"speaker", "representative"})))
        return found

    def office_holder_before(self, pos: int, of: str) -> Speaker | None:
        """The last person before ``pos`` whose title or registry roles make them head of
        ``of`` ("state": a president, king or emir; "government": a prime minister or premier),
        and no vice, deputy or former one nor a body's other than a state's ("IOC President");
        None without one."""
        titles = {"president", "king", "emir"} if of == "state" else {"prime", "premier"}
        for entity in self.entities_before(pos):
            if entity.speaker.kind != "person" or entity.roles & _NOT_HEAD_OF:
                continue  # "Vice President Vance", "IOC President Thomas Bach"
            if self._role_words(entity) & titles:
                return entity.speaker
        return None

    def monarch_before(self, pos: int, head: str, former: bool = False) -> Speaker | None:
        """The last person before ``pos`` who holds the royal title ``head`` ("the King":
        "His Majesty King Mohammed VI"), or any royal title for "the Sovereign" / "the
        Monarch" (:data:`_MONARCH_TITLES`), by their title or registry roles; not a former
        one, or only a former one where ``former`` ("the former King": "Former King Juan
        Carlos", never the reigning one). None without one."""
        titles = {head} if head in _MONARCH_TITLES else _MONARCH_TITLES | _MONARCH_NOUNS
        for entity in self.entities_before(pos):
            if entity.speaker.kind != "person" or \
                    bool(entity.roles & (_FORMER_WORDS if former else _NOT_HEAD_OF)) != former:
                continue  # "former King Juan Carlos" (or the reigning king, for "the former")
            if self._role_words(entity) & titles:
                return entity.speaker
        return None

    def _role_words(self, entity: Entity) -> frozenset[str]:
        """``entity``'s roles, with the words of its registry roles for a registry person
        ("Abiy" of a registry whose Abiy Ahmed has the role "Ethiopian prime minister")."""
        if entity.speaker.kind != "person" or entity.speaker.status != REGISTRY:
            return entity.roles
        actor = self.registry.resolve(entity.speaker.name)
        return entity.roles | {_norm(w) for form in (actor.roles if actor is not None else ())
                               for w in form.split()}

    def _add_possessives(self) -> None:
        """A person named before and later only as a possessor ("said Andrii, a platoon
        commander" … "Andrii's unit was rotated out. … he said"): that possessive names them
        for a later pronoun, as the name alone would (a run ending in "'s" is read as a title's
        possessor, "Russia's Foreign Minister", and makes no entity)."""
        taken = {(e.start, e.end) for e in self.entities}
        first_seen: dict[str, tuple[int, Speaker]] = {}
        for e in self.entities:
            if e.speaker.kind == "person" and e.speaker.status == OUTSIDE_REGISTRY:
                for form in {e.speaker.name, e.speaker.name.split()[-1]} - self._places:
                    if form not in first_seen or e.end < first_seen[form][0]:
                        first_seen[form] = (e.end, e.speaker)
        for form, (after, speaker) in first_seen.items():
            for match in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?=['’]s\b)", self.text):
                span = (match.start(), match.end())
                # as the subject's possessor, opening its sentence; not an object's ("Major
                # Oleh Bondar praised Andrii's unit. “…,” he said." is Bondar's)
                opening = _SUBJECT_OPENING.match(self.text, self._sentences_back(span[0] + 1, 1))
                if span[0] >= after and span not in taken and self._outside(*span) and \
                        opening.end() == span[0]:
                    self.entities.append(Entity(span[0], span[1], speaker,
                                                surname=speaker.name.split()[-1]))
                    taken.add(span)

    def _subject_working_as(self, start: int) -> Entity | None:
        """The person opening the sentence whose role the description at ``start`` is ("Iryna
        Savchuk fled Mariupol in 2022 and now works as a nurse in Cologne."): a description
        after "works as" or "became" is no new person."""
        if not _WORKING_AS.search(self.text, max(0, start - 40), start):
            return None
        opening = _SUBJECT_OPENING.match(self.text, self._sentences_back(start, 1))
        return next((e for e in self.entities_between(opening.end(), start)
                     if e.start == opening.end() and e.speaker.kind == "person"), None)

    def _named_near(self, start: int, end: int) -> Entity | None:
        """A named person in apposition with the description text[start:end], or named in its
        relative clause ("a major who gave only his first name, Oleh")."""
        rel = _WHO.match(self.text[end:end + 110])
        named = _relative_name(self.text, end, end + rel.end()) if rel else None
        nearby = self.entities_between(max(0, start - 120), end + 120)
        for entity in nearby:
            if named and entity.start == named[0] and entity.speaker.kind == "person":
                return entity
        for entity in nearby:
            if entity.speaker.kind != "person":
                continue
            before = self.text[entity.end:start]
            after = self.text[end:entity.start]
            # "Lev Gudkov is a longtime Kremlin critic.": a predicate describes its subject
            if (entity.end <= start and re.fullmatch(r",\s*|\s+(?:is|was)\s+", before)) or (
                    end <= entity.start and re.fullmatch(r",\s*", after)):
                return entity
        return None

    def _holder_after_portfolio(self, end: int, head: str) -> Entity | None:
        """The person named right after an office's capitalised portfolio with no comma, the
        holder of the office ``head``: "The Minister of Communication Patrick Muyaya
        spoke …" is Patrick Muyaya (the description "Minister" had opened the sentence, so a
        later "he said" was "Minister"'s); an office's title only, not a relation's noun nor
        an organisation's ("The Ministry of Defence"), and no title of the name's own right
        before it ("The son of President Joe Biden"); None otherwise."""
        if head not in TITLE_WORDS or head in RELATION_NOUNS | ORG_NOUNS:
            return None
        return next((e for e in self.entities_between(end, end + 90)
                     if e.speaker.kind == "person"
                     and _PORTFOLIO_BEFORE_NAME.fullmatch(self.text, end, e.start)
                     and _norm(self.text[end:e.start].split()[-1]) not in ROLE_NOUNS), None)

    def _holder_after_complement(self, start: int, end: int, head: str) -> Entity | None:
        """The person named in apposition after an office and its complement, the holder of
        the office ``head``: "The Chairperson of the AU Commission, Moussa Faki Mahamat, said"
        is Moussa Faki Mahamat (the description "Chairperson" had been a speaker of its own,
        so a later "the Chairperson said" was the bare title's, and "the minister said" after
        "The Foreign Minister of Moldova, Mihai Popsoi," the title's); an office's title only
        (not "a friend of the victim, Ivan,", whose name may be the victim's), the complement
        capitalised and without a comma (see :data:`_COMPLEMENT_APPOSED`), and the name's
        apposition closed by one; None otherwise."""
        if head not in TITLE_WORDS or head in ORG_NOUNS:
            return None
        # "The wife of the Minister of Defence, Olena Hrytsenko,": the office is a relation's
        # complement, so the name in apposition is the relation's (the wife's), not the holder's
        relation = _RELATION_BEFORE.search(self.text, max(0, start - 40), start)
        if relation is not None and _norm(relation.group(1)) in RELATION_NOUNS:
            return None
        complement = _COMPLEMENT_APPOSED.match(self.text, end)
        if complement is None:
            return None
        for entity in self.entities_between(complement.end(), complement.end() + 40):
            between = self.text[complement.end():entity.start].split()
            if entity.speaker.kind == "person" and \
                    all(_norm(w) in TITLE_WORDS | HONORIFICS for w in between) and \
                    re.match(r"\s*,", self.text[entity.end:]):
                return entity
            break
        return None

    def _in_mention(self, start: int, end: int) -> bool:
        return bool(self.mentions_overlapping(start, end))

    def _link_surnames(self) -> None:
        """Give a surname-only person the full name used elsewhere in the article; so too a
        first name alone, as features call people ("Nadiya Kovalenko ... “…,” Nadiya
        admits"), when it is no surname of the article's people."""
        full = defaultdict(set)
        first = defaultdict(set)
        for entity in self.entities:
            if entity.speaker.status == OUTSIDE_REGISTRY and entity.speaker.kind == "person":
                words = entity.speaker.name.split()
                if len(words) >= 2:
                    full[words[-1].lower()].add(entity.speaker.name)
                    first[words[0].lower()].add(entity.speaker.name)
        for i, entity in enumerate(self.entities):
            speaker = entity.speaker
            if speaker.status == OUTSIDE_REGISTRY and speaker.kind == "person" and \
                    len(speaker.name.split()) == 1:
                names = full.get(speaker.name.lower()) or (
                    None if self._introduced_alone(speaker.name)
                    else first.get(speaker.name.lower()))
                if names and len(names) == 1:
                    name = next(iter(names))
                    self.entities[i] = Entity(entity.start, entity.end,
                                              Speaker(name, speaker.camp, speaker.status,
                                                      "person", guess_gender(name)),
                                              entity.roles)
        # one camp per person within the article
        camps: dict[str, str] = {}
        for entity in self.entities:
            if entity.speaker.kind == "person" and entity.speaker.camp:
                camps.setdefault(entity.speaker.name, entity.speaker.camp)
        for i, entity in enumerate(self.entities):
            speaker = entity.speaker
            if speaker.kind == "person" and not speaker.camp and speaker.name in camps:
                self.entities[i] = Entity(entity.start, entity.end,
                                          Speaker(speaker.name, camps[speaker.name],
                                                  speaker.status, speaker.kind, speaker.gender),
                                          entity.roles)

    def _camp_in(self, start: int, end: int) -> str:
        """Camp of the first registry mention used inside [start, end) (a title, a modifier),
        not a name naming the subject of an expert ("a Russia analyst", "a Kremlin watcher";
        "a Russian analyst" keeps Russia)."""
        # "a pro-Russian Ukrainian politician": the side the person is for, as a modifier
        # before the person's noun (not "an official investigating pro-Russian saboteurs")
        head = next((start + m.start() for m in re.finditer(r"[\w'’-]+", self.text[start:end])
                     if _norm(_strip_possessive(m.group())) in ROLE_NOUNS), end)
        for pro in re.finditer(r"\b[Pp]ro-([A-Z][\w'’]*)", self.text[start:head]):
            hit = self.registry.lookup(pro.group(1))
            if hit is not None and hit[0].camp:
                return hit[0].camp
        for mention in self.mentions_within(start, end):
            if self._not_a_side(mention.field, start, mention.start, mention.end, end,
                                mention.actor.type):
                continue
            return mention.actor.camp
        # "Russian-appointed": a registry form glued to a lower-case word is still a modifier
        # ... but not a seat ("the US-based Institute for the Study of War")
        window = _SEAT.sub(lambda m: " " * len(m.group()), self.text[start:end])
        for mention in scan_text(window.replace("-", " "), self.registry):
            if self._not_a_side(mention.field, start, start + mention.start,
                                start + mention.end, end, mention.actor.type):
                continue
            return mention.actor.camp
        # a local office of a region the registry places in a country ("Kharkiv Mayor", "the
        # governor of the Odesa region"); a resident of it is no official ("a Kharkiv resident")
        window = self.text[start:end]
        if (_LOCAL_OFFICE.search(window) or _local_administrator(window)) and not (
                {_norm(_strip_possessive(w)) for w in window.split()} & _UNAFFILIATED
                or re.search(r"\b[a-z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}$", window)):
            # not kin of an official ("a Kharkiv police officer's wife"); a place's own office
            # is one ("Kharkiv’s mayor Ihor Terekhov")
            actor = self.registry.region_actor(window)
            if actor is None and _DATELINE_OFFICE.search(window) and not any(
                    w[:1].isupper() and _norm(_strip_possessive(w)) not in TITLE_WORDS
                    | _LOCAL_WORDS for w in window.split()):
                # "regional governor Oleh Syniehubov" in a story datelined KHARKIV: the office
                # of the dateline's region, when the phrase names no place of its own
                actor = self._dateline_region
            if actor is not None:
                return actor.camp
        # "a senior European diplomat", "a western military official": an adjective whose
        # plural or capitalised form names a registry actor (the registry has "Europeans",
        # "Western"), though as an adjective alone it mentions none; not a portfolio's topic
        # after "for" or "of" ("Deputy Prime Minister for European and Euro-Atlantic
        # Integration Olha Stefanishyna" had been of camp West, a breaker's)
        for word in re.findall(r"(?<!\bfor )(?<!\bof )\b(?:European|[Ww]estern)\b(?=\s+[a-z])",
                               self.text[start:end]):  # not "European Investment Bank"
            for form in (word.capitalize(), word.capitalize() + "s"):
                hit = self.registry.lookup(form)
                if hit is not None and hit[0].camp:
                    return hit[0].camp
        return ""

    def _joint_of_two_camps(self, m_start: int, m_end: int) -> bool:
        """Whether the mention text[m_start:m_end] is joined by a hyphen or a dash to a mention
        of another camp: the pair names a joint body of both, no side ("a member of the
        Pak-Afghan Joint Chamber of Commerce", a Pakistan newcomer's, had been Afghanistan's,
        and Pakistan's once "Pak" was read; "the Pakistan-Afghanistan Joint Chamber" too)."""
        own = next((m for m in self.mentions_overlapping(m_start, m_end)
                    if m.start == m_start and m.end == m_end), None)
        if own is None or not own.actor.camp:
            return False
        return any(m.actor.camp and m.actor.camp != own.actor.camp and (
            m.end == m_start - 1 and self.text[m.end] in "-\u2013"
            or m.start == m_end + 1 and self.text[m_end] in "-\u2013")
            for m in self.mentions_overlapping(m_start - 40, m_end + 40))

    def _not_a_side(self, field: str, start: int, m_start: int, m_end: int, end: int,
                    kind: str = "") -> bool:
        """Whether the registry mention text[m_start:m_end] in the phrase text[start:end] names
        no side of the person the phrase describes: an expert's subject ("a Russia analyst", "an
        expert in Russian politics"), part of an institution's name ("the Carnegie Russia
        Eurasia Center"), a residence or an institution's seat ("now living in the U.K.", "at
        Chatham House in London") unless a state's body follows ("in Ukraine's military
        intelligence agency"), or what a critic opposes ("a critic of the Kremlin", "a Kremlin
        critic")."""
        text = self.text
        if self._joint_of_two_camps(m_start, m_end):
            return True
        if field in _TOPIC_FIELDS and (_TOPIC_OF_EXPERT.match(text, m_end, end)
                                       or _IN_INSTITUTION_NAME.match(text, m_end, end)):
            return True
        if _CRITIC_OF.search(text, start, m_start) or _CRITIC_AFTER.match(text, m_end, end):
            return True
        posted = _POSTED_IN.search(text, start, m_start)
        if posted is not None and field in _TOPIC_FIELDS and (
                kind == "country" or field == "metonyms" and _of_an_origin(text, start,
                                                                            posted.start())) \
                and not _STATE_BODY_AFTER.match(text, m_end, end):
            # "an Arab diplomat in London", not "a diplomat in the Russian embassy"; a body's
            # city too after an origin of the person's own ("An Asian diplomat in Brussels",
            # "A European diplomat in Tripoli" where Tripoli is the GNU's: a Libya newcomer's
            # had taken the government's side), while "diplomats in Brussels" are the EU's
            return True
        topic = _TOPIC_BEFORE.search(text, start, m_start)
        if topic is None or field == "roles" and re.search(r"\bin\s+(?:the\s+)?$", topic.group()):
            return False  # "a specialist in the Ukrainian army's … units" works there
        return not _STATE_BODY_AFTER.match(text, m_end, end)

    @cached_property
    def _dateline(self) -> tuple[int, int] | None:
        """The span of the article's dateline ("KHARKIV, Ukraine, Feb 12 (Reuters) -", "Addis
        Ababa, 3 November 2022:"), looked for at the start of its first three paragraphs (a
        headline may come first); None without one."""
        starts = [0] + [m.end() for m in re.finditer(r"\n+", self.text[:2000])][:2]
        for start in starts:
            end = dateline_end(self.text, start, min(len(self.text), start + 200),
                                self.registry)
            if end != start:
                return start, end
        return None

    def _in_dateline(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies in the article's dateline: its place is no person
        ("Addis Ababa, 3 November 2022: The Chairperson … welcomes …" had made the city the
        person "the Chairperson" and a later "the Chairperson said" referred back to)."""
        return self._dateline is not None and \
            self._dateline[0] <= start and end <= self._dateline[1]

    @cached_property
    def _dateline_region(self) -> Actor | None:
        """The registry region of the article's dateline ("KHARKIV, Ukraine, Feb 12 (Reuters)
        -"), else the registry country named after its place ("SUMY, Ukraine"); None without
        one."""
        if self._dateline is not None:
            start, end = self._dateline
            dateline = self.text[start:end]
            place = re.match(r"\s*([A-Z][A-Z'’ \-]+[A-Z])\b", dateline)
            region = self.registry.region_actor(place.group(1).title()) if place else None
            country = re.match(r"\s*[A-Z][A-Z'’ \-]+[A-Z],\s+([A-Z][\w ]+?)\s*[,(]", dateline)
            if region is None and country is not None:
                actor = self.registry.lookup(country.group(1))
                region = actor[0] if actor and actor[0].type == "country" else None
            return region
        return None

    def _feature_subject(self, start: int, end: int, word: str) -> bool:
        """A first name alone as the subject after a sentence's opening phrase, as features
        introduce people ("In a small flat in Novosibirsk, Olga keeps her son's …", "Since May,
        Serhiy has spent his days …"): a name the name data gives one sex, a verb, and a
        pronoun of that sex in the clause — the name data also gives sexes to places ("In May,
        Georgia passed a law", "Gaza was bombed"), which no "her" or "his" follows."""
        opening = _FEATURE_OPENING.search(self.text, max(0, start - 160), start)
        if opening is None or opening.end() != start or not _FEATURE_VERB.match(self.text, end):
            return False
        sex = first_name_gender(word)
        return sex in ("f", "m") and self._personal_clause(end, sex)

    def _a_surname_here(self, tokens: list[tuple[int, int, str]], i: int) -> bool:
        """Whether the ``i``-th of a capitalised run's (start, end, word) ``tokens``, a word
        that is mostly no name ("Ok", "Well", "May"), is a surname: the run's last word right
        after a given name of the name data ("Sabri Ok"), or the surname of a person named in
        full before it (:meth:`_named_persons_surname`)."""
        start, _, word = tokens[i]
        if _norm(_strip_possessive(word).strip(".,")) in _CALENDAR_WORDS:
            return False  # "Theresa May spoke. In May, …": a month is a date first
        if i == len(tokens) - 1 and i > 0:
            # a common given name (the data's rare ones are words too: "Rights" of "Human
            # Rights Watch") opening the name, after titles only
            given = _strip_possessive(tokens[i - 1][2])
            if _norm(given) not in NOT_NAMES | TITLE_WORDS and _given_name(given) and \
                    first_name_people(given) >= _COMMON_GIVEN_NAME and (
                    i == 1 or _norm(tokens[i - 2][2]) in TITLE_WORDS | NOT_NAMES):
                return True
        return self._named_persons_surname(start, word)

    def _named_persons_surname(self, start: int, word: str) -> bool:
        """Whether ``word`` at ``start``, a word that is mostly no name ("Ok", "Well", "May"),
        is the surname, as written, of a person the article named in full before it: "Senior
        PKK official Sabri Ok read the statement. “…,” Ok said." (an Iraqi Kurdistan
        newcomer's quote had no speaker, "Ok" read as the interjection)."""
        word = _strip_possessive(word).strip(".,")
        return any(e.start < start and e.speaker.kind == "person"
                   and len(words := e.speaker.name.split()) >= 2 and words[-1] == word
                   for e in self.entities)

    def _known_surname_subject(self, start: int, word: str) -> bool:
        """Whether ``word`` at ``start`` opens its sentence (after an opening phrase set off by
        a comma too, "In Odzisi, Tedoradze is …") and is the last word of a person outside the
        registry named in full before it: the subject is that person, whom a later "he" finds
        (the name alone had needed a reporting verb after it, or a name's sex in the data)."""
        low = self._sentences_back(start, 1)
        if not self._opens_with(low, start):
            return False
        return any(e.start < start and e.speaker.kind == "person"
                   and e.speaker.status == OUTSIDE_REGISTRY
                   and len(words := e.speaker.name.split()) >= 2 and words[-1] == word
                   for e in self.entities)

    def _personal_clause(self, end: int, sex: str = "") -> bool:
        """Whether the clause after ``end`` has a personal possessive or reflexive ("her",
        "his", "herself", "himself"), of ``sex`` when given."""
        clause = re.match(r"[^.;:!?“”\"\n]{0,100}", self.text[end:]).group()
        pronoun = re.search(r"\b(her|herself|his|himself)\b", clause)
        return pronoun is not None and sex in ("", "f" if pronoun.group(1).startswith("her")
                                                else "m")

    def _office_holder_camp(self, complement: int) -> str:
        """The side of an office named before the prepositional complement that starts at
        ``complement`` ("Russia's deputy envoy to [the UN] Dmitry Polyanskiy" → Russia): the
        registry mention nearest before the preposition in the same phrase, else, after "of" /
        "in", the complement's own ("the mayor of [Kharkiv] Ihor Terekhov"); '' for none."""
        match = _OFFICE_PHRASE.search(self.text, max(0, complement - 120), complement)
        if match is None or match.end() != complement:
            return ""
        before = [m for m in self.mentions_within(match.start(), match.start("prep"))
                  if m.actor.type != "person"]
        if before:
            return before[-1].actor.camp
        if match.group("prep") in ("of", "in"):
            return self._camp_in(match.start("prep"), complement)
        return ""

    def camp_of_earlier(self, head: str, pos: int) -> str:
        """The camp of the last description before ``pos`` headed by ``head`` (or its plural
        or singular), read from its modifiers as :meth:`_camp_in` reads a title: "three U.S.
        officials" → West; "" when there is none, it names no side, its sentence names that
        noun with another side too ("Russian officials and Ukrainian officials"), or a speaker
        of another side is named before ``pos`` ("A Kremlin spokesman denied it.")."""
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(head[:-1] if head.endswith('s') else head)}"
                             rf"s?\b", re.IGNORECASE)
        found = [m for m in pattern.finditer(self.text, 0, pos)
                 if self._outside(m.start(), m.end())]
        if not found:
            return ""
        last = found[-1]
        sentence_start = max(self.text.rfind(". ", 0, last.start()),
                             self.text.rfind("\n", 0, last.start())) + 1
        sentence_end = _sentence_end(self.text, last.end(), pos)
        camps = {self._camp_before(m.start(), m.end()) for m in found
                 if m.start() >= sentence_start} - {""}
        # another side's speaker since ("A Kremlin spokesman denied it."), not a mere mention
        # of a side ("Russia has struck power plants for weeks.")
        later = {e.speaker.camp for e in self.entities_between(sentence_end, pos)
                 if e.speaker.kind in ("person", "description")} - {""}
        if len(camps) != 1 or later - camps:
            return ""
        return camps.pop()

    def _camp_before(self, start: int, end: int) -> str:
        """:meth:`_camp_in` of the modifiers before the noun text[start:end], back to a clause
        break (not the dot of "U.S." before "officials")."""
        before = self.text[max(0, start - 60):start]
        cut = max((m.end() for m in re.finditer(
            r"[,;:!?“”\"()]|\n|\.\s+(?=[A-Z])|\b(?:said|says|told|and|to|that|of)\b", before)),
            default=0)
        return self._camp_in(start - len(before) + cut, end)

    def _organisation_name(self, start: int, end: int) -> Entity | None:
        """The organisation an :data:`_ORG_NAME` span names, whole; None when a registry form
        with an organisation noun names it ("General Staff of the Armed Forces")."""
        if any(any(_norm(w) in ORG_NOUNS for w in m.text.split())
               for m in self.mentions_overlapping(start, end)):
            return None
        if _ORG_AND_NAME.fullmatch(self.text, start, end) and \
                self.mentions_overlapping(start, end):
            return None  # "the US and European Union": two actors, not one name
        join = _NAME_JOIN.search(self.text, start, end)
        if join is not None and any(m.start == join.end()
                                    for m in self.mentions_overlapping(join.end(), end)):
            end = join.start()  # "the Institute for the Study of War and Russia": two actors
        words = self.text[start:end].split()
        # "The US-based Institute for the Study of War": neither the determiner of a sentence's
        # start nor the modifier is part of the name
        while len(words) > 1 and (words[0] in ("The", "A", "An") or re.fullmatch(
                r"[\w.’']+-(?:based|backed|funded|led|run|owned|controlled|affiliated)",
                words[0])):
            words = words[1:]
        name = " ".join(words)
        lows = {_norm(_strip_possessive(w)) for w in name.split()}
        # a body named "in" a place is there, not the place's ("Organization for Security and
        # Co-operation in Europe", "Monitoring Mission in Ukraine"), unless a state's body in its
        # seat ("The Ministry of Defence in Moscow said", a breaker's)
        located = None if lows & (_STATE_BODY_HEADS | {"office", "prosecutor", "service"}) else \
            re.search(r"[ \t]in[ \t]", self.text[start:end])
        camp = self._camp_in(max(0, start - 12), start + located.start() if located else end) \
            or self._owner_camp(end)
        return Entity(start, end, Speaker(name, camp, OUTSIDE_REGISTRY, "organisation"),
                      frozenset(lows))

    def _body_after(self, end: int, head: str = "") -> tuple[str, int] | None:
        """(camp, end) of the state body a person's noun (``head``) is placed in or by ("close
        to the Kremlin", "in the Russian delegation", "of the General Staff"), or None: "close
        to" any registry name, "in"/"within"/"inside"/"of" only a body of the state ("in Kyiv",
        "of Russian shelling" give none), "of" the state itself after an office that speaks
        for it ("the representative of Ukraine")."""
        post = _PLACED_IN.match(self.text, end)
        body = next((m for m in self.mentions_within(end, end + 90)
                     if post is not None and m.start == post.end()), None)
        if body is None or body.actor.type == "person" or not body.actor.camp:
            return None
        if post["prep"].startswith("close") or post["prep"] == "of" and head in _REPRESENTS \
                and body.field not in ("demonyms", "roles") and \
                not re.match(r"['’]s\b", self.text[body.end:body.end + 3]):
            # (the state itself, not what is its: "A representative of Ukraine's Crimean Tatar
            # community", "of the Russian opposition", a breaker's)
            return body.actor.camp, body.end
        state_body = _STATE_BODY_AFTER.match(self.text, body.end, body.end + 60)
        if body.actor.type == "organisation" or body.field == "roles":
            return body.actor.camp, body.end
        if state_body is not None:
            return body.actor.camp, state_body.end()
        return None

    def represents_state(self, end: int, head: str) -> bool:
        """Whether a described person's noun ``head`` ending at ``end`` is an office that speaks
        for the state or body named after "of" ("The representative of Poland"): the phrase
        names its speaker, a new one, not the last person named (a UN meeting summary's
        representatives had all been the Secretary-General quoted before them)."""
        return head in _REPRESENTS and re.match(r"\s+of\s", self.text[end:end + 5]) is not None \
            and self._body_after(end, head) is not None

    def _owner_camp(self, end: int, head: str = "") -> str:
        """The camp of the registry body or state that owns the organisation named just before
        ``end`` ("The Air Force of the Armed Forces of Ukraine"), or of the leader whose
        government ``head`` is ("The government of President Hassan Sheikh Mohamud", a Somalia
        newcomer's, had no camp); "" without one."""
        of = re.match(r"\s+of\s+(?:the\s+)?", self.text[end:end + 12])
        owner = next((m for m in self.mentions_within(end, end + 80)
                      if of is not None and m.start == end + of.end()), None)
        if owner is not None and owner.actor.type == "person" and head in _LEADERS_BODIES:
            return owner.actor.camp
        return owner.actor.camp if owner is not None and owner.actor.type != "person" else ""

    def _organisation_from_run(self, start: int, end: int) -> Entity | None:
        """An organisation named by a capitalised run with an organisation noun ("Air Force")."""
        words = self.text[start:end].split()
        lows = [_norm(_strip_possessive(w)) for w in words]
        acronym = _body_acronym(self.text, start, end)
        if acronym is not None:
            # "The IDF said", "the RSF's commander": a body the registry does not name
            return Entity(start, end, Speaker(acronym, self._camp_in(max(0, start - 12), end),
                                              OUTSIDE_REGISTRY, "organisation"),
                          frozenset(lows))
        if not any(low in ORG_NOUNS for low in lows):
            return None
        if any(any(_norm(w) in ORG_NOUNS for w in m.text.split())
               for m in self.mentions_overlapping(start, end)):
            return None  # the registry names it ("Russia's Defence Ministry")
        # an owner's possessive opens the run ("Russia's Defence Ministry"); inside it, a
        # possessive is part of the name ("The Prime Minister's Office", not "Prime Office")
        owner = next((i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s"))
                      and not any(low in ORG_NOUNS for low in lows[:i + 1])
                      and not (i and words[i - 1][:1].isupper() and lows[i] in TITLE_WORDS)),
                     0)
        keep = [w for i, (w, low) in enumerate(zip(words, lows))
                if i >= owner and low not in NOT_NAMES]
        if not keep:
            return None
        name = " ".join(keep)
        camp = self._camp_in(max(0, start - 12), end) or self._owner_camp(end)
        if not camp:
            # "the Air Force said" after "The Air Force of the Armed Forces of Ukraine": the
            # body named in full before
            fuller = [e.speaker for e in self.entities if e.end <= start and e.speaker.camp
                      and e.speaker.kind == "organisation" and e.speaker.status != REGISTRY
                      and (e.speaker.name == name or e.speaker.name.startswith(name + " "))]
            if fuller:
                return Entity(start, end, fuller[-1], frozenset(lows))
        return Entity(start, end, Speaker(name, camp, OUTSIDE_REGISTRY, "organisation"),
                      frozenset(lows))

    def _title_window(self, name_start: int) -> tuple[int, set[str]]:
        """Start of the title phrase in front of a name, and its title words.

        "Ukraine’s military intelligence chief Kyrylo Budanov" → the span of "Ukraine’s
        military intelligence chief"; it ends at a determiner, a verb-like word or punctuation.
        """
        text = self.text
        pos = name_start
        start = name_start
        words: set[str] = set()
        steps = 0
        previous = ""  # the word read just before (the one after this one in the text)
        while steps < 8:
            match = re.search(r"([\w'’.\-]+)\s+$", text[max(0, pos - 60):pos])
            if not match:
                break
            word = match.group(1)
            word_start = pos - len(match.group(0))
            low = _norm(_strip_possessive(word))
            if word.endswith(".") and len(low) > 1 and low not in TITLE_WORDS | HONORIFICS \
                    and not (re.fullmatch(r"(?:[A-Za-z]\.){2,}", word)
                             and previous in TITLE_WORDS | ROLE_NOUNS):
                break  # the sentence before ("Trump wrote. Hamas official Osama Hamdan"), not
                # an initialism before a title ("U.S. Ambassador Bridget Brink"; "in the U.K.
                # Ukrainian Ambassador ..." ends a sentence)
            if low in _DETERMINERS or low in ("and", "or", "but", "by", "to", "with", "said",
                                              "says", "told", "added", "alongside", "that"):
                break
            if word[0].isupper() or low in TITLE_WORDS or low in ROLE_NOUNS or \
                    word.endswith(("'s", "’s")) or low in ("of", "for", "the") or (
                    # a lower-case word between a possessive/demonym and a title ("military"),
                    # not a verb, preposition or pronoun ("from Kyiv is our correspondent")
                    steps and low.isalpha() and low.islower() and low not in _WINDOW_STOP):
                words.add(low)
                start = word_start
                pos = word_start
                steps += 1
                previous = low
                continue
            break
        if not words & (TITLE_WORDS | ROLE_NOUNS):
            return name_start, set()
        return start, words

    def _person_from_run(self, start: int, end: int, *, licence_needed: bool) -> Entity | None:
        """A named person in the capitalised run text[start:end] (titles stripped), or None."""
        text = self.text
        tokens = [(m.start() + start, m.end() + start, m.group())
                  for m in re.finditer(r"\S+", text[start:end])]
        # strip leading titles and non-names: the name is what follows the last title word
        cut = 0
        for i, (_, _, word) in enumerate(tokens):
            low = _norm(_strip_possessive(word))
            if _month_as_given_name(tokens, i, text):
                continue  # "said Jan Lipavsky": a given name, not January
            if low in TITLE_WORDS or low in NOT_NAMES and not self._a_surname_here(
                    tokens, i) or word.endswith(("'s", "’s")) or \
                    low in PRE_NAME_TITLE_WORDS and i + 1 < len(tokens) or \
                    self._in_mention(tokens[i][0], tokens[i][1]):
                cut = i + 1
            elif _spaced_excellency([w for _, _, w in tokens], i):
                cut = i + 2
        if cut == 0 and len(tokens) >= 3 and _norm(tokens[0][2]) in ROLE_NOUNS and \
                _sentence_initial(text, tokens[0][0]):
            cut = 1  # "Activist Sayana Dorzhieva said": a role capitalised to open the sentence
        name_tokens = tokens[cut:]
        if not name_tokens:
            return None
        lows = [_norm(w) for _, _, w in name_tokens]
        if any(low in ORG_NOUNS for low in lows):
            return None
        if all(low in _MONARCH_NOUNS for low in lows):
            return None  # "the Sovereign": a monarch's office (see _MONARCH_NOUNS), no name
        if lows[-1] in _MEETING_NAME_ENDS and len(lows) > 1:
            return None  # "the Geneva International Discussions": a forum, not a woman
        if lows[0] in _COMPASS_NAME_WORDS:
            return None  # "North and East Syria": a region, not a woman "she" finds (a newcomer's)
        if _lone_romance_article(text, lows, name_tokens[-1][1]):
            return None  # "Le commandant en chef …": the article opening a French sentence
        if len(lows) == 1 and lows[0] in ROLE_NOUNS and _sentence_initial(text, name_tokens[0][0]):
            return None  # "People close to Hamas's leadership said", "Sources said": a description
        if any(low in NOT_NAMES and not _month_as_given_name(name_tokens, i, text)
               and not self._a_surname_here(name_tokens, i)
               for i, low in enumerate(lows)):
            return None
        if all(re.fullmatch(r"(?:[A-Z]\.?)+", w) and len(w.replace(".", "")) <= 2
               for _, _, w in name_tokens):
            return None  # initials alone ("E.U.", "E"): an abbreviation, not a name
        if _body_acronym(text, name_tokens[0][0], name_tokens[-1][1]):
            return None  # "the IDF", "the RSF": a body's acronym (see _organisation_from_run)
        if any(re.search(r"[^\W\d_]-\d|[^\W\d_]\d{3}|[A-Z]{2}\d", w) for _, _, w in name_tokens):
            return None  # a weapon's model ("F-16", "Su-34", "M777", "TB2"), not a name ("G7")
        if self.registry.is_region(re.sub(r"['’]s$", "", " ".join(w for _, _, w in name_tokens))
                                   .strip(".,")):
            return None  # a region of the registry ("On Monday, Kharkiv was shelled")
        n_start, n_end = name_tokens[0][0], name_tokens[-1][1]
        name = " ".join(w for _, _, w in name_tokens)
        name = re.sub(r"['’]s$", "", name).strip(".,")
        if _TITLED_WORK.search(text, max(0, n_start - 40), n_start) and not (
                (verb := re.match(r"[ \t]+([a-z]+)\b", text[n_end:n_end + 30]))
                and not _SPEECH_WORD.fullmatch(verb.group(1))):
            # "the magazine Arsenal Otechestva", "the channel Dva Mayora wrote": no person;
            # "the programme Vladimir Solovyov hosts" is one
            return None
        title_start, titles = self._title_window(n_start)
        titled = cut > 0 and any(_norm(w) in TITLE_WORDS for _, _, w in tokens[:cut])
        if licence_needed and len(name_tokens) == 1:
            before = text[max(0, n_start - 40):n_start]
            after = text[n_end:n_end + 40]
            # "Olena was 12", not "Crimea was annexed" (a name of 6 people in the data)
            verb_after = bool(_VERB_AFTER.match(after)) and not (
                # "A teacher who fled Goma said": a place the clause's verb took, not a person
                _PLACE_TAKEN_BEFORE.search(before)
                and first_name_gender(name_tokens[0][2]) not in ("f", "m")) and not (
                # "Kinshasa says Kigali backs M23" in an article that says "in Kinshasa": the
                # city speaking for its government, not a woman "she" finds (the name data
                # knows Kinshasa as a woman's name), unless its clause has "his" or "her"
                name_tokens[0][2] in self._places and not self._personal_clause(n_end)) and (
                not _COPULA_AFTER.match(after) or self._personal_clause(n_end)
                or first_name_gender(name_tokens[0][2]) in ("f", "m")
                and first_name_people(name_tokens[0][2]) >= NAME_PEOPLE_MIN
                and name_tokens[0][2] not in self._places)
            licensed = (
                titled or bool(titles) or bool(_NAME_LICENCE_BEFORE.search(before))
                # the subject of a closing reporting clause ("“…,” said Andrii, a platoon
                # commander"; "Andrii's unit" later: _add_possessives)
                or bool(re.search(r"[,”\"]\s*(?:said|says|added|adds|told|tells)\s+$", before)
                        and re.match(r"\s*[,.;]", after))
                or bool(re.match(r",\s*\d{1,3}\b", after))
                or verb_after
                or bool(re.match(r",\s*(?:a|an|the)\s", after)
                        and re.search(r"(?:^|[.;:]\s+|,\s*)$", before))
                or self._feature_subject(n_start, n_end, name_tokens[0][2])
            )
            # the surname of a person the article named in full, opening its sentence (the
            # subject): that person ("Zurab Tedoradze points to … Tedoradze is not waiting …
            # “…,” he said." is Tedoradze's, not an official's quoted in between)
            known = self._known_surname_subject(n_start, name_tokens[0][2])
            licensed = licensed or known
            if not licensed or _sentence_initial(text, n_start) and not (
                    titled or verb_after or known
                    or re.match(r",\s*\d{1,3}\b", after)
                    # "Serhiy, a 42-year-old former teacher, ...": a person's apposition,
                    # not a reporting clause ("Kupiansk, the town's mayor said, is empty")
                    or self._role_apposition(n_end)):
                return None
        gender = guess_gender(name)
        if len(name_tokens) == 1:
            before = text[max(0, n_start - 40):n_start].lower()
            relation = re.search(r"\b(husband|son|father|brother|boy|man|wife|daughter|mother|"
                                 r"sister|girl|woman)\b[^.;]*$", before)
            if relation:
                gender = "m" if relation.group(1) in ("husband", "son", "father", "brother",
                                                      "boy", "man") else "f"
            elif re.search(r"\bmr\.?\s*$", before):
                gender = "m"
            elif re.search(r"\b(?:ms|mrs|miss)\.?\s*$", before):
                gender = "f"
            elif not re.search(r"\b(?:sign|called|named|nicknamed|surname)\b[^.;]*$", before):
                gender = guess_gender(name + " _")  # a first name, most likely
                if not gender and first_name_gender(name) is None and \
                        _sentence_initial(text, n_start):
                    # a word the name data lacks, capitalised only by opening its sentence,
                    # may be no name ("Fighting continues in North and East Anatolia. “…,”
                    # she said."): a man's, as such words all were before
                    gender = "m"
        elif gender:
            gender = _pronoun_of_text(text, n_end, name_tokens[0][2]) or gender
        sexed = _SEXED_TITLE_BEFORE.search(text, max(0, n_start - 50), n_start)
        if sexed is not None and len(name_tokens) > 1:
            # "TNLA spokeswoman Lway Yay Oo said. … she said": the title says it, where the
            # name data lacks the name (a newcomer's "she" had found an earlier civilian)
            gender = _TITLE_GENDER[_norm(sexed.group(1))]
        camp_start = tokens[0][0] if cut else title_start
        camp = "" if _OPPOSED.search(text, min(camp_start, title_start), n_start) or \
            self._opposes_registry_name(text[min(camp_start, title_start):n_start]) else \
            self._camp_in(min(camp_start, title_start), n_start)
        if not camp:
            camp = self._apposition_camp(n_end)
        if not camp and _US_PARTY_TAG.match(text, n_end):
            us = self.registry.resolve("United States")  # "Sen. Ellen Hartley, D-Minn.,"
            camp = us.camp if us is not None else ""
        if not camp:  # "Russia's deputy ambassador, Dmitry Polyanskiy,": the role before it
            window = max(0, n_start - 90)
            before = re.search(r"(?:^|[.;:!?“”\"(]\s*)(?P<role>[^.;:!?“”\"(),]{3,80}),\s*$",
                               text[window:n_start])
            role_start = window + before.start("role") if before is not None else n_start
            # the noun phrase that ends there ("... is Ukraine's ambassador to the United
            # States, Olha Stefanishyna"), not the clause it ends
            phrase = _ROLE_PHRASE.search(text, role_start, n_start)
            lead = text[role_start:phrase.start()].split() if phrase is not None else []
            if phrase is not None:
                role_start = phrase.start()
            tokens_before = text[role_start:n_start].rstrip(", \t\n").split()
            words = [_norm(_strip_possessive(w)) for w in tokens_before] or [""]
            if any(w in ROLE_NOUNS | TITLE_WORDS for w in words) and not any(
                    _SPEECH_WORD.fullmatch(w) and t[:1].islower()  # "states", not "States"
                    or w in ("that", "and", "but", "or") for w, t in zip(words, tokens_before)) \
                    and not (words[0] in _NOT_ROLE_START or words[0].endswith("ing")) \
                    and not (lead and lead[-1].lower() in _NOT_ROLE_START):
                # not a phrase about someone else ("In a letter to the Russian president,",
                # "Speaking to the Kremlin's chief negotiator,")
                camp = self._camp_in(role_start, n_start)
        roles = {_norm(w) for _, _, w in tokens[:cut]} | titles | self._apposition_roles(n_end)
        if not camp and roles & _SPOKES and not _BODY_SPOKES.search(
                text, max(0, n_start - 60), n_start):
            # not the spokesman of a body named in the title ("Hamas spokesman Hazem Qassem",
            # "Houthi military spokesman Yahya Saree")
            camp = self.responding_body_camp(n_start)
        companion = _COMPANION_BEFORE.search(text[max(0, n_start - 60):n_start]) \
            if len(name_tokens) == 1 else None
        if companion is not None and (
                _HARMED.match(text, n_end)
                or not re.search(r"(?:^|[.,;:]\s*|\b(?:and|or|but|when|after|while|as)\s+)$",
                                 companion["lead"])):
            # "with his friend Serhiy", "buried her mother Halyna", "Ivan Petrenko's brother Oleh
            # was killed": not the one acting; "his friend Andriy stayed" is
            roles.add(_COMPANION)
        return Entity(n_start, n_end, Speaker(name, camp, OUTSIDE_REGISTRY, "person", gender),
                      frozenset(roles), name.split()[-1])

    def _apposition(self, pos: int) -> tuple[int, int] | None:
        """Span of ", a retired teacher," / ", the Kremlin spokesman," right after pos."""
        # an honorific's dot ends no apposition ("an aide to Mr. Putin")
        # nor an abbreviation's ("a former U.S. ambassador to NATO", "of U.S. Army Europe"),
        # though one may end a sentence ("a professor at U.C.L.A. Russian officials declined")
        # a predicate too: "Olga Stefanishyna is Ukraine's deputy prime minister."
        match = re.match(r"(?:,|[ \t]+(?:is|was)(?=[ \t]+(?:a|an|the|\w+’s|\w+'s)\s))\s*"
                         r"(?:a|an|the|his|her|its|their|\w+’s|\w+'s)?\s*"
                         r"((?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep)\."
                         r"|\b(?:U\.S|U\.K|U\.N|E\.U)\."
                         r"|\b(?:[A-Z]\.){2,}(?![ \t]+[A-Z])|[^,.;:!?“”\"()]){1,90})",
                         self.text[pos:pos + 120])
        if not match or re.match(r"\s*\d(?!\d*-year-old)", match.group(1)):
            return None
        body = match.group(1)
        rel = _RELATIVE.search(body)
        if rel:
            body = body[:rel.start()]
        if not body.strip():
            return None
        first = body.split()[0].lower()
        if _SPEECH_WORD.fullmatch(first) or first in ("was", "is", "had", "has", "will", "would"):
            return None  # a verb: "Dmitry Polyanskiy, insisted the damage ..." is no apposition
        # an apposition is a noun phrase: no verb-like word ending in -ed/-s after its head
        words = body.split()
        if not any(_norm(w) in ROLE_NOUNS or _norm(w) in TITLE_WORDS for w in words):
            return None
        # the determiner with it, as a possessive there ("Zelensky's spokeswoman says") is a title
        determiner = re.sub(r"^(?:,|[ \t]+(?:is|was))\s*", "", match.group(0)[:match.start(1)])
        if _opens_a_clause(determiner + body):
            return None  # "João Feijó, President Chapo says …": an address, then a new clause
        start = pos + match.start(1)
        return start, start + len(body.rstrip())

    def _role_apposition(self, pos: int) -> bool:
        """Whether a person's apposition follows ``pos`` (see :meth:`_apposition`) with no
        reporting verb inside it."""
        span = self._apposition(pos)
        return span is not None and not re.search(rf"\b(?:{_SPEECH})\b",
                                                  self.text[span[0]:span[1]])

    def _apposition_camp(self, pos: int) -> str:
        """The side a person's apposition after ``pos`` gives: its possessor too ("Sikorski,
        Poland's foreign minister,"), or whom its relative clause says the person works for
        ("Pavel Zorin, a political analyst who advises the Russian State Duma"); none for an
        opponent ("a critic of the Kremlin", "a longtime Kremlin critic")."""
        span = self._apposition(pos)
        # the apposition and its relative clause, not the words reported after them
        clause = re.match(r"[^.;:!?“”\"()]*", self.text[pos:pos + 200]).group()
        clause = re.split(rf"\b(?:{_SPEECH})\b", clause, maxsplit=1)[0]
        if span is not None and self._head_noun(span[0], span[1]) in _UNAFFILIATED or \
                _OPPOSED.search(clause) or self._opposes_registry_name(clause):
            return ""
        camp = self._camp_in(pos + 1, span[1]) if span else ""
        if not camp:
            served = _AFFILIATION.match(self.text, pos)
            if served is not None:
                camp = self._camp_of_body(served.start("body"), served.end())
        return camp

    def _head_noun(self, start: int, end: int) -> str:
        """The first person or kin noun of the phrase text[start:end], lower-case ("critic" in
        "a longtime Kremlin critic", "grandmother" in "the grandmother of a Wagner fighter",
        "commissioner" … not "relatives" in "commissioner for missing persons and their
        relatives"); "" without one."""
        for word in _TOKEN.findall(self.text[start:end].replace("-", " ")):
            low = _norm(_strip_possessive(word))
            if low in ROLE_NOUNS or low in TITLE_WORDS or low in _UNAFFILIATED:
                return low
        return ""

    def _opposes_registry_name(self, phrase: str) -> bool:
        """Whether the phrase has "anti-" before a registry name ("an anti-Kremlin activist")."""
        return any(self.registry.lookup(m.group(1)) is not None
                   for m in re.finditer(r"\b[Aa]nti-([A-Z][\w'’]*)", phrase))

    def _camp_of_body(self, start: int, end: int) -> str:
        """The camp of the registry name that opens the body text[start:end] ("the Russian State
        Duma", "Ukraine's agriculture ministry", "the foreign affairs committee of Russia's upper
        house"), not of one further in it ("victims of Russian strikes")."""
        first = next(iter(self.mentions_within(start, end)), None)
        if first is None or not _BODY_OPENING.fullmatch(self.text, start, first.start):
            return ""  # not "victims of Russian strikes", "the investigation of Russia's …"
        # a body of the state or the state itself ("advises the Kremlin", "represented Russia
        # at the hearings"), not a people, a company or a city's office ("works with Ukrainian
        # refugees", "advises Russian companies", "heads the Kyiv office of Human Rights Watch")
        after = re.match(r"(['’]s\b)?\s*([\w-]*)", self.text[first.end:end])
        own_body = first.actor.type not in ("country", "") or first.field == "roles" or (
            first.field in _TOPIC_FIELDS and not after.group(1)
            and (not after.group(2) or after.group(2).lower() in _HEAD_BREAK))
        if not own_body and not _STATE_BODY_AFTER.match(self.text, first.end, end):
            return ""
        if re.match(r"(?:\s+[\w-]+){0,3}?\s+(?:volunteer|independent|private|opposition)\b",
                    self.text[first.end:end]):
            return ""  # "a Russian volunteer unit fighting for Ukraine", "Russia's independent …"
        return first.actor.camp

    def responding_body_camp(self, pos: int, states_only: bool = False) -> str:
        """The side of the registry body or state (with ``states_only``, a state: a country, or
        its capital) whose response opens the sentence holding ``pos`` or the one before it
        (:data:`_RESPONDS`); "" without one."""
        for back in (1, 2):
            opening = _SUBJECT_OPENING.match(self.text, self._sentences_back(pos, back))
            at = opening.end()
            first = next((m for m in self.mentions_within(at, min(pos, at + 80))
                          if m.start == at), None)
            if first is not None and first.actor.type != "person" and first.actor.camp and \
                    (not states_only or first.actor.type == "country") and \
                    _RESPONDS.match(self.text, first.end):
                return first.actor.camp
        return ""

    def _apposition_roles(self, pos: int) -> set[str]:
        span = self._apposition(pos)
        return {_norm(w) for w in _TOKEN.findall(self.text[span[0]:span[1]])} if span else set()

    # ------------------------------------------------------------------ resolving

    def antecedent(self, pos: int, pronoun: str) -> Speaker | None:
        """The most recent entity before ``pos`` a pronoun can refer to; a person named after a
        kin or companion noun only when nobody fitting is named before them in their sentence."""
        gender = _PRONOUNS.get(pronoun.lower(), "")
        if gender == "p":
            # "they": the group described in the two sentences up to it ("Two Western officials
            # were sceptical. “There is no text yet,” they said."), as "said one" finds it
            return self.one_of(pos, 2, plural=True)
        found = self._antecedent(pos, gender)
        if found is not None and _COMPANION in found.roles:
            opening = max(self.text.rfind(". ", 0, found.start), self.text.rfind("\n", 0,
                                                                               found.start))
            earlier = self._antecedent(found.start, gender)
            if earlier is not None and earlier.start > opening:
                found = earlier
        if found is not None and gender in ("m", "f", "x"):
            subject = self._sentence_subject(found, pos, gender)
            if subject is None and gender == "x" and self._named_after_subject(found, pos):
                # the unsaid subject of "«…», advirtió." is no object of the sentence before:
                # "El presidente Gustavo Petro criticó a Donald Trump. «Es un error», advirtió."
                # had been Trump's; when its subject is not found, no one's rather than a wrong one
                return None
            found = subject or found
        return found.speaker if found is not None else None

    def _named_after_subject(self, entity: Entity, pos: int) -> bool:
        """Whether ``entity``, in a sentence before the one at ``pos``, has another entity named
        before it in its sentence (the one that may be its subject)."""
        if self._sentences_back(pos, 1) <= entity.start:
            return False
        low = self._sentences_back(entity.start, 1)
        return any(other.speaker.name != entity.speaker.name
                   for other in self.entities_between(low, entity.start))

    def _sentence_subject(self, entity: Entity, pos: int, gender: str) -> Entity | None:
        """The person opening the sentence that holds ``entity``, when ``entity`` is named
        later in it and the pronoun at ``pos`` opens a later sentence: its subject, as a
        pronoun's antecedent across sentences usually is ("Peskov denied that an adviser had
        met Witkoff. “There was no such meeting,” he said." is Peskov's, not Witkoff's);
        None otherwise."""
        if self._sentences_back(pos, 1) <= entity.start:
            return None  # the pronoun's own sentence: "Putin told Trump he would …"
        aide = self._aide_serving(entity)
        if aide is not None and self._opens_with(self._sentences_back(entity.start, 1),
                                                 aide.start) and self._fits(aide, gender):
            # "A spokesman for Putin said … “…,” he added.": the aide opening the sentence
            # speaks on, not the person served (see _aides_for_persons)
            return aide
        if entity.speaker.kind == "description":
            # "Macron hugged a wounded soldier. “I will go back …,” he said.": the person just
            # introduced speaks next; but one named in what the sentence's subject said is
            # not ("A lawyer for the family said the soldier had been tortured. “…,” he said."
            # is the lawyer's)
            low = self._sentences_back(entity.start, 1)
            verb = _REPORTING_VERB.search(self.text, low, entity.start)
            if verb is None:
                return None
            subject = next(iter(self.entities_between(low, verb.start())), None)
            if subject is None or re.sub(r"\b\w+ly\b", "", self.text[subject.end:verb.start()]
                                         ).strip() or \
                    not self._opens_with(low, subject.start) or \
                    not self._fits(subject, gender):
                return None
            return subject
        if self.text[:entity.start].rstrip().endswith(",") and \
                self.text[entity.end:entity.end + 1] == ",":
            return None  # a name in apposition: "A soldier, who gave his call sign, Baida, told"
        if _REPORTS_AFTER.match(self.text, entity.end):
            return None  # the one who speaks: "Ivan was killed in March, his brother Oleh said."
        low = self._sentences_back(entity.start, 1)
        for other in self.entities_between(low, entity.start):
            if not self._opens_with(low, other.start, iberian=gender == "x"):
                return None
            if re.fullmatch(r"(?:\s+[a-z][\w-]*)+\s+", self.text[other.end:entity.start]) and \
                    all(_norm(w) in TITLE_WORDS for w in self.text[other.end:entity.start].split()):
                # a body before its member's post ("Giants Brigades commander Abu Zaraa
                # al-Muharrami visited …", a Yemen newcomer's): the person is the subject
                return None
            if re.match(r"['’]s\b", self.text[other.end:other.end + 2]):
                # "Zelensky's chief of staff …": a possessor, not the subject; the aide named
                # after it is ("Trump's envoy Steve Witkoff met Putin. “…,” he added." had been
                # Putin's)
                aide = self._named_after_possessive(other, entity.end)
                return aide if aide is not None and self._fits(aide, gender) else None
            return other if self._fits(other, gender) else None
        return None

    def _aide_serving(self, person: Entity) -> Entity | None:
        """The aide named right before ``person`` by "for" or "to" ("A spokesman for Putin",
        see :meth:`_aides_for_persons`), or None."""
        if person.speaker.kind != "person":
            return None
        for entity in self.entities_between(max(0, person.start - 60), person.start):
            if entity.speaker.kind == "description" and \
                    re.fullmatch(r"[ \t]+(?:for|to)[ \t]+", self.text[entity.end:person.start]) \
                    and entity.speaker.name.endswith(self.text[person.start:person.end]):
                return entity
        return None

    def _named_after_possessive(self, owner: Entity, limit: int) -> Entity | None:
        """The person named right after ``owner``'s possessive and an office's words, ending by
        ``limit``: "Trump's envoy Steve Witkoff", "Zelensky's chief of staff Andriy Yermak";
        or the aide the possessive holds, unnamed ("Trump's envoy met Putin",
        :meth:`_persons_aides`); None where other words stand between."""
        for entity in self.entities_between(owner.end + 2, limit):
            if entity.end > limit:
                continue
            words = self.text[owner.end + 2:entity.start].split()
            if entity.speaker.kind == "person" and words and \
                    all(_norm(w) in _AIDE_WORDS for w in words) or \
                    entity.speaker.kind == "description" and \
                    all(_norm(w) in _AIDE_WORDS for w in words) and \
                    entity.speaker.name.startswith(self.text[owner.start:owner.end]):
                return entity
            return None
        return None

    def _opens_with(self, low: int, start: int, iberian: bool = False) -> bool:
        """Whether the sentence opening at ``low`` has nothing before ``start`` but an opening
        word, a determiner and titles ("Retired Major General GD Bakshi said …"), after a
        phrase of time or place set off by a comma ("On Monday, Zelensky's top adviser …": the
        aide had been the possessor's, as "Zelensky's top adviser" opening the sentence was not;
        :data:`_LEADING_ADJUNCT`). ``iberian``: also a Spanish or Portuguese article and office
        ("El presidente Gustavo Petro criticó a …", :data:`_IBERIAN_SUBJECT_WORDS`)."""
        adjunct = _LEADING_ADJUNCT.match(self.text, low, start)
        if adjunct is not None:
            low = adjunct.end()
        opening = _SUBJECT_OPENING.match(self.text, low, start)
        words = self.text[opening.end():start].split()
        allowed = TITLE_WORDS | _SUBJECT_TITLE_WORDS
        if iberian:
            allowed = allowed | _IBERIAN_SUBJECT_WORDS
        return all(_norm(w.strip(".,")) in allowed for w in words)

    def _fits(self, entity: Entity, gender: str) -> bool:
        """Whether a "he" (``gender`` "m") or "she" ("f") can refer to ``entity``; "x" is
        either, the subject a Spanish verb leaves unsaid ("«…», afirmó.")."""
        if gender == "x":
            if _IBERIAN_NO_PERSON.fullmatch(entity.speaker.name):
                # a body's acronym after its article is no "he" or "she": "Según el ministro
                # Vladimir Padrino López, la FANB está lista. «…», afirmó." had been 'la FANB''s
                return False
            return self._fits(entity, "m") or self._fits(entity, "f")
        speaker = entity.speaker
        if speaker.kind not in ("person", "description"):
            return self._spokesperson_opening(entity, gender)
        if _IN_RELATIVE_CLAUSE.search(self.text, max(0, entity.start - 150), entity.start):
            return False  # "Witkoff, who has met Putin several times, …": not Putin
        if speaker.kind == "description" and not (entity.roles & ROLE_NOUNS):
            return False
        last = speaker.name.split()[-1].lower() if speaker.name.split() else ""
        proper = _PROPER_COMPLEMENT.search(speaker.name)
        if proper is not None:
            # the head's number, not a name's final s ("the speaker for Barbados", "the
            # representative of the Netherlands"; "representatives of the Crimean Tatars" many)
            last = proper.group("head").lower()
        if speaker.kind == "description" and (
                last.endswith("s") and not last.endswith("ss")
                or last in _COLLECTIVES  # not "spokesman for the family"
                and not re.search(r"\b(?:for|of|to|with)\s+(?:the\s+)?\w+$", speaker.name)):
            return False  # a plural ("a row of monitors", "officials") or a family is no "he"
        return not (speaker.gender and speaker.gender != gender)

    def _spokesperson_opening(self, entity: Entity, gender: str) -> bool:
        """Whether the body ``entity`` is the one a spokesman (spokeswoman, spokesperson) opening
        its sentence speaks for, of the pronoun's sex: "A spokesman for the Ukrainian army said
        the line held. “…,” he said." is the army's, as "the spokesman said" is (a breaker's
        had no speaker). Not a spokesman in apposition after a name ("Ivan Petrenko, a spokesman
        for the army,"): the person is who "he" finds."""
        opening = _SPOKESPERSON_OPENING.search(self.text, max(0, entity.start - 60), entity.start)
        return opening is not None and gender in _SPOKES_SEXES[opening.group(1).lower()]

    def _antecedent(self, pos: int, gender: str) -> Entity | None:
        for entity in self.entities_before(pos):
            if gender in ("m", "f", "x"):
                if self._fits(entity, gender):
                    return entity
                continue
            if gender == "n" and entity.speaker.kind in _IT_KINDS:
                return self._outermost(entity)
        return None

    def _outermost(self, entity: Entity) -> Entity:
        """The widest entity of a kind "it" names that holds ``entity``: "it" after "The
        Russian Embassy in London dismissed …" is the embassy, not London's country."""
        widest = entity
        i = bisect.bisect_right(self._starts, entity.start) - 1
        while i >= 0 and self.entities[i].start >= entity.start - _LOOK_BACK:
            other = self.entities[i]
            if other.speaker.kind in _IT_KINDS and other.end >= entity.end and \
                    other.end - other.start > widest.end - widest.start:
                widest = other
            i -= 1
        return widest

    def refer_back(self, pos: int, head: str, words: set[str],
                   country: set[str] = frozenset()) -> Speaker | None:
        """The most recent entity before ``pos`` described by ``head`` ("the ministry") and
        ``words``; with ``country`` (the words naming a country in the phrase), not one whose
        title names another country ("the Turkish foreign minister" is not "Russian Foreign
        Minister Lavrov", but may be "Foreign Minister Hakan Fidan"). An organisation's head
        noun never finds a person whose title names it ("the ministry", "the army")."""
        if head in _GROUP_HEADS and not words:
            # "the group said" after "Hamas has confirmed …": the one armed group or movement
            # of the registry named in the three sentences up to it
            low = self._sentences_back(pos, 3)
            groups = {m.actor.name: m for m in self.mentions
                      if low <= m.start < pos and m.actor.type == "group"
                      and m.field in ("name", "aliases", "metonyms")
                      and self._outside(m.start, m.end)}
            if len(groups) != 1:
                return None
            group = next(iter(groups.values()))
            later = [m for m in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+",
                                            self.text[group.end:pos])
                     if self._outside(group.end + m.start(), group.end + m.end())
                     and not self.mentions_overlapping(group.end + m.start(), group.end + m.end())]
            if later or any(e.speaker.kind == "organisation" and e.start > group.end
                            for e in self.entities_before(pos)):
                # "… Amnesty International accused Russia. “…,” the group said.": a body the
                # registry lacks, named after the group
                return None
            return self._registry_speaker(group)
        named_by = _NAMED_BY.get(head, frozenset())
        if named_by and not {w for w in words if w != "think" and not w.endswith("-based")}:
            # "the (US-based) think tank" after "the Institute for the Study of War": the one
            # institute, council, foundation or club outside the registry named in the three
            # sentences up to it, and nobody's when they name two ("The Carnegie Endowment …
            # The Valdai Discussion Club disagreed.")
            low = self._sentences_back(pos, 3)
            named = {e.speaker.name: e.speaker for e in self.entities_before(pos)
                     if e.start >= low and named_by & e.roles
                     and e.speaker.kind == "organisation" and e.speaker.status != REGISTRY}
            return next(iter(named.values())) if len(named) == 1 else None
        heads = {head} | _SPELLINGS.get(head, set())  # "the centre" after "The Center for …"
        for entity in self.entities_before(pos):
            if head in ORG_NOUNS and entity.speaker.kind == "person":
                continue  # "the ministry" is not "Foreign Ministry spokesman Dmytro Pavlenko"
            if head in _PERSON_ROLES and head not in ORG_NOUNS and \
                    entity.speaker.kind == "organisation" and \
                    head in {_norm(_strip_possessive(w)) for w in entity.speaker.name.split()}:
                # nor "the prime minister" the post's "Prime Minister's Media Office", whose
                # name holds the role (an Iraqi Kurdistan newcomer's INA article gave the
                # premier's words to his press office); a body a spokesperson spoke for stays
                continue
            # a registry person's registry roles too: "Abiy, who won the Nobel Peace Prize in
            # 2019, welcomed the deal. “…,” the prime minister wrote." (a newcomer's registry)
            roles = self._role_words(entity)
            if heads & roles and (not words or words <= roles | heads):
                named = {w for w in roles if (hit := self.registry.lookup(w)) is not None
                         and hit[0].type != "person"}
                if country and named and not named & country:
                    continue
                return entity.speaker
        return None

    def _sentences_back(self, pos: int, sentences: int, low: int = 0) -> int:
        """Start of the ``sentences``-th sentence ending at ``pos`` (the one holding it counts),
        by the sentence ends outside quotation marks in text[low:pos]; ``low`` when there are
        fewer."""
        # the space after the end is outside quotation marks: a quoted sentence's own full stop
        # ends the narration's sentence too ('… “within days.”\n\nUkraine's Foreign Ministry'),
        # unless its reporting clause follows in lower case ('“How long can we hold?” asked one');
        # a blank line ends a headline or a line of page furniture, which has no full stop
        # ("Clashes in Kyiv\n\nInterior Minister Ivan Petrov told Al Arabiya …": the minister
        # opens his sentence, so a later "he said" is his, not the outlet's)
        ends = [low + m.end() for m in re.finditer(r"[.!?][”’\"]?\s+|\n[ \t]*\n\s*",
                                                   self.text[low:pos])
                if self._outside(low + m.end() - 1, low + m.end())
                and not self.text[low + m.end():low + m.end() + 1].islower()]
        return ends[-sentences] if len(ends) >= sentences else low

    def one_of(self, pos: int, sentences: int = 2, *, plural: bool = False) -> Speaker | None:
        """The member of a group that "one" / "another" picks out ("Diplomats in Brussels were
        gloomy. “We are running out of options,” said one."): of the plural role nouns outside
        quotation marks in the last ``sentences`` sentences up to ``pos`` (the one holding it and
        the one before; "another" reads one more, past "said one"), the one a reporting verb
        follows, else the only one, in the singular, with the side of its own phrase ("Ukrainian
        officials" → Ukraine); None without one or with two ("Russian officials and Ukrainian
        negotiators met"). ``plural``: the group itself, as "they" names it ("Western
        officials": the noun as written, with the capitalised words right before it)."""
        low = self._sentences_back(pos, sentences, max(0, pos - 300))
        candidates = []
        for match in re.finditer(r"[A-Za-z]+", self.text[low:pos]):
            word = match.group().lower()
            single = _PLURAL_PEOPLE.get(word)
            if single is None and word.endswith("s"):  # "officials", "witnesses"
                single = next((w for w in (word[:-1], word[:-2]) if w in ROLE_NOUNS), None)
            start, end = low + match.start(), low + match.end()
            if single is not None and self._outside(start, end):
                candidates.append((start, end, single))
        # the group that speaks, not the one it speaks of ("Residents of Kupiansk said Russian
        # soldiers had shelled the town. “…,” said one."): the one a reporting verb follows
        # closely, else the only one
        speaking = [c for c in candidates
                    if _GROUP_SPEAKS.match(self.text, c[1], min(pos, c[1] + 60))]
        chosen = speaking or candidates
        if len({c[2] for c in chosen}) > 1:
            return None  # "Russian officials and Ukrainian negotiators met …": either
        for start, end, single in chosen[:1]:
            # the side of the noun's own phrase: up to three words before it in its clause
            # and a place after it ("Ukrainian officials", "diplomats in Brussels")
            before = re.search(r"(?:[^\s.,;:!?“”\"]+\s+){0,3}$", self.text[low:start])
            after = re.match(r"\s+(?:in|from|of|at)\s+(?:[A-Z][^\s.,;:!?“”\"]*\s*){1,3}",
                             self.text[end:pos])
            phrase = (low + before.start(), end + (after.end() if after else 0))
            camps = {m.actor.camp for m in self.mentions_within(*phrase)}
            camp = self._camp_in(*phrase) if len(camps) <= 1 else ""  # "Ukrainian and Russian"
            if plural:
                if len(camps) > 1:
                    return None  # "Russian and Ukrainian negotiators …” they said": both sides
                before_noun = re.search(r"(?:[A-Z][\w'’-]*\s+){0,2}$", self.text[low:start])
                # the words of the group's side ("Western", "Ukrainian"), not "On Friday"
                words = [w.group() for w in re.finditer(r"\S+", before_noun.group())
                         if self.mentions_overlapping(low + before_noun.start() + w.start(),
                                                      low + before_noun.start() + w.end())]
                single = " ".join([*words, self.text[start:end]])
            return Speaker(single, camp, OUTSIDE_REGISTRY, "description")
        return None

    def last_person(self, pos: int) -> Speaker | None:
        for entity in self.entities_before(pos):
            if entity.speaker.kind == "person":
                return entity.speaker
        return None

    def full_name(self, name: str) -> Speaker | None:
        """A named person of the article whose name ends with ``name`` ("Marchuk", "von der
        Leyen"), when there is exactly one; for a single word that is nobody's surname, the
        one whose first name it is ("Nadiya" for "Nadiya Kovalenko", as features write)."""
        key = name.lower()
        found = {s for s in self._surnames.get(_fold(key.split()[-1]) if key.split() else "", ())
                 if _fold(s.name).endswith(" " + _fold(key))}
        if not found and len(key.split()) == 1 and not self._introduced_alone(name):
            found = set(self._first_names.get(key, ()))
        names = {s.name for s in found}
        if len(names) == 1:
            return max(found, key=lambda s: bool(s.camp))
        return None

    def _introduced_alone(self, name: str) -> bool:
        """True when the article says ``name`` is all it gives of a person ("Olena, a nurse
        who asked that her surname not be used", "Olena (not her real name)", "who gave only
        her first name, Olena"): not the first name of a namesake's fuller name."""
        if name not in self._alone:  # asked per resolution: the answer is the article's
            escaped = re.escape(name)
            self._alone[name] = re.search(
                rf"(?<![\w'’-]){escaped}\b[^.!?]{{0,120}}?{_ANONYMITY}"
                rf"|{_ANONYMITY}[^.!?]{{0,40}}?(?<![\w'’-]){escaped}\b", self.text) is not None
        return self._alone[name]

    def resolve(self, start: int, end: int) -> Speaker | None:
        """The speaker a subject phrase text[start:end] denotes (None: nobody)."""
        found = _resolve(self, start, end)
        if found is not None and found.status == OUTSIDE_REGISTRY and not found.camp and \
                found.kind in ("description", "organisation") and _state_body_name(found.name):
            # a body named by its kind alone ("the defence ministry", "the Defence Ministry",
            # "the Ministry of Foreign Affairs"), not "Amnesty International officials": the
            # state the sentence opens in ("In Moscow, the defence ministry said …": Russia's),
            # or the state whose response opens it or the sentence before, as a spokesman's
            # ("Rabat reacted swiftly. “…,” the Ministry of Foreign Affairs said": Morocco's; a
            # newcomer's had the outlet's one official Moroccan voice of no side)
            state = self._opening_state(start)
            camp = state.camp if state is not None else \
                self.responding_body_camp(start, states_only=True)
            if camp:
                found = Speaker(found.name, camp, found.status, found.kind, found.gender)
        return found

    def _opening_state(self, start: int) -> Actor | None:
        """The country a sentence opens with as its setting, right before the subject at
        ``start`` ("In Moscow, the defence ministry said": Russia), or None."""
        opening = _IN_STATE_OPENING.search(self.text, max(0, start - 60), start)
        if opening is None:
            return None
        states = [m.actor for m in self.mentions_within(opening.start("place"),
                                                        opening.end("place"))
                  if m.actor.type == "country"]
        return states[0] if len(states) == 1 else None


# A state's bodies named without the state ("the defence ministry", "the military",
# "officials"): a sentence that opens in the state's country or capital says whose they are.
_STATE_BODY_HEADS = frozenset("""
ministry military army government authorities official officials police navy force forces staff
presidency cabinet spokesman spokeswoman spokesperson
""".split())
# A leader's bodies: "the government of President X" speaks for X's side.
_LEADERS_BODIES = frozenset("government administration cabinet".split())
# ... opening a relation noun's complement before the leader: "government of " (see
# _complement_person).
_LEADERS_BODY_OF = re.compile(r"(?:" + "|".join(sorted(_LEADERS_BODIES)) + r")\s+of\s+")


def _state_body_name(name: str) -> bool:
    """Whether a speaker's name is a state's body named by its kind alone, its head before any
    "of" (:data:`_STATE_BODY_HEADS`: "defence ministry", "Ministry of Foreign Affairs"), every
    word one that names no one in particular."""
    words = [_norm(w) for w in name.split()]
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return head in _STATE_BODY_HEADS and set(words) <= _STATE_BODY_WORDS


# A region's first word: a run opened by one names no person.
_COMPASS_NAME_WORDS = frozenset("north south east west northern southern eastern western "
                                "central upper lower greater".split())
# Last words of a meeting's name ("the Geneva International Discussions", "the Astana Talks"):
# a run ending in one is a forum, no person (ORG_NOUNS holds "summit", "conference" and
# "forum"; these are kept apart, "talks" being a verb too, which ORG_NOUNS' other uses read
# as a noun phrase's word).
_MEETING_NAME_ENDS = frozenset("talks discussions negotiations consultations dialogue".split())
# Words of a state body's name that name no one in particular.
_STATE_BODY_WORDS = _STATE_BODY_HEADS | frozenset(
    "defence defense foreign interior emergencies emergency health justice security armed "
    "general national border affairs intelligence of the".split())
# "In Moscow, " / "In Israel, " opening a sentence, the subject right after it.
_IN_STATE_OPENING = re.compile(
    r"(?:^|\n|[.!?][”\"’']?\s+)[ \t]*In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*"
    r"(?:the\s+)?$")


# --------------------------------------------------------------------------- phrase parsing

_SPEECH = (
    "said|says|say|told|tells|added|adds|explained|explains|warned|warns|asserted|asserts|"
    "stated|states|claimed|claims|noted|notes|wrote|writes|answered|replied|replies|responded|"
    "insisted|insists|argued|argues|declared|announced|affirmed|stressed|stresses|emphasised|"
    "emphasized|remarked|commented|acknowledged|admitted|conceded|urged|vowed|vows|promised|"
    "observed|predicted|recalled|concluded|cautioned|confirmed|denied|asked|asks|posted|tweeted|"
    "reiterated|suggested|mentioned|continued|continues|reported|reports|recounted|testified|"
    "alleged|pledged|shouted|cried|whispered|boasted|complained|lamented|quipped|joked|"
    "countered|retorted|charged|contended|maintained|estimated|disclosed|revealed|assured|"
    "threatened|demanded|proclaimed|agreed|agrees|believes|believed|thinks|thought|hopes|hoped|"
    "fears|feared|screamed|yelled|exclaimed|sighed|laughed|wondered|murmured|barked|snapped|"
    "conceded|acknowledges|underlined|underscored|highlighted|summed|put|explaining|adding|"
    "admits|recalls|remembers|remembered|concedes|jokes|laughs|sighs|shrugs|smiles|muses|"
    "mused|reflects|reflected|observes|remarks|responds|answers|wonders|interjected"
)
_VERB_ALT = _SPEECH + r"|was|is|had|has|spoke|speaks|nodded|smiled|shrugged"
_VERB_AFTER = re.compile(rf"\s+(?:{_VERB_ALT})\b")
# Words of a role before a sentence subject's name besides titles ("Opposition leader Rahul
# Gandhi said …", "Rebel commander …").
_SUBJECT_TITLE_WORDS = frozenset("opposition party rebel militia veteran union".split())
# The person's own pronoun right after the name and its reporting verb, before what a leader
# speaks for: "Nikol Pashinyan, said his country …" (not "Olena said his body was found").
_OWN_PRONOUN_AFTER = re.compile(
    r"[^.!?“”\"]{0,80}?\b(?:said|says|told|added|warned|insisted|declared)\s+(?P<pos>his|her)\s+"
    r"(?:country|government|party|administration|cabinet|ministry|nation|people|side|office|"
    r"movement|forces)\b")
#: A first name the name data holds for fewer people than this yields to the text's pronouns.
NAME_PEOPLE_SURE = 20000


def _pronoun_of_text(text: str, end: int, first: str) -> str:
    """The sex the text's pronouns give a person just named, where the name data is unsure of
    the first name ("Nikol", read as a woman's by the data from its few Bulgarian bearers, is
    Nikol Pashinyan's: "… said his country …"; "Andrea", "Maria" stay the data's): 'm', 'f' or
    ''."""
    if first_name_people(first) >= NAME_PEOPLE_SURE:
        return ""
    found = _OWN_PRONOUN_AFTER.match(text, end)
    if found is None:
        return ""
    return "m" if found.group("pos").lower() == "his" else "f"


# Words after which a lone capitalised word is a place: a verb of leaving or reaching, or a
# preposition of place ("who fled Goma said", "a doctor in Bukavu told").
_PLACE_TAKEN_BEFORE = re.compile(r"\b(?:fled|flee|fleeing|escaped|left|leaving|reached|visited|"
                                 r"returned\s+to|from|in|"
                                 r"into|at|near|outside|around|across|towards?|through)\s+$")
# A copula after a lone capitalised word shows a person only for a first name of the name data
# or with a personal pronoun in its clause ("Olena was 12", "Mykola was in his garden"):
# "Bakhmut was quiet", "Avdiivka has fallen" are places.
_COPULA_AFTER = re.compile(r"\s+(?:was|is|had|has)\b")
_SPEECH_WORD = re.compile(_SPEECH)
# Words between a modifying name and the head noun it modifies ("a Zelenskyy senior aide").
_MODIFIER_STOP = _HEAD_BREAK | frozenset(_DETERMINERS) | frozenset(
    "of for from with to his her its their own".split())


# A clause opening the words after a name's comma: a short subject, its last word a name or a
# person's noun, before a finite reporting verb ("President Chapo says", "the minister said").
# No preposition inside the subject ("a critic of Kremlin claims"), and no participle that may
# open a description ("a Ukrainian soldier posted in Bakhmut", "an officer charged with …"):
# the verb ends in -s, or is "said".
_CLAUSE_OPENING = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:of|on|about|for|in|at|with|to|from|by|and|or)\s)"
    rf"[^\W\d_][\w'’\-]*\s+){{1,4}}?(?P<verb>{_SPEECH})\b")


def _opens_a_clause(phrase: str) -> bool:
    """Whether the words after a name's comma open a clause of their own (:data:`_CLAUSE_OPENING`)
    rather than an apposition, a noun phrase ("João Feijó, President Chapo says the terrorists
    are on the run.": an interviewer addressing a guest, "President Chapo" no title of his;
    "Pavel Zorin, President Putin's adviser, says …" is one)."""
    match = _CLAUSE_OPENING.match(phrase.lstrip())
    if match is None:
        return False
    verb = match.group("verb")
    words = phrase.lstrip()[:match.start("verb")].split()
    subject = words[-1]
    if _possessed_role(words):
        return False  # "Pavel Zorin, President Putin's adviser says …": his title, unclosed
    return (verb.endswith("s") or verb == "said") and (
        subject[:1].isupper() or _norm(subject) in ROLE_NOUNS | TITLE_WORDS)


def _possessed_role(words: Sequence[str]) -> bool:
    """Whether the words before a reporting verb end in someone's role, a possessive before a
    role noun or title ("President Putin's adviser", "Zelensky's spokeswoman"): a title of the
    name addressed before them, whose closing comma a spoken transcript often drops, and not a
    subject of its own ("President Chapo says" is one; so is "Putin's spokesman Peskov says",
    a name last)."""
    return len(words) >= 2 and _norm(words[-1]) in ROLE_NOUNS | TITLE_WORDS and \
        any(w.endswith(("'s", "’s")) for w in words[:-1])


def _head_after(text: str, pos: int, end: int) -> int | None:
    """End of the head noun that the name ending at ``pos`` modifies, or None.

    A name is a modifier, not the speaker, when a possessive or a role / organisation noun
    follows it: "Putin's critics", "Kadyrov's spokesman", "a Zelenskyy aide", "the Putin
    spokesman", "Trump envoy Steve Witkoff" (the head is "critics", "spokesman", "aide", ...).
    Only text[pos:end] is read.
    """
    tail = text[pos:end]
    possessive = re.match(r"['’]s\s+(?=\w)", tail)
    if possessive:
        rest = pos + possessive.end()
    elif re.match(r"(?:[ \t]+|-)[a-z]", tail):
        rest = pos
    else:
        return None
    for i, match in enumerate(re.finditer(r"[^\s,;:()“”\"]+", text[rest:end])):
        word = match.group().lstrip("-")
        low = _norm(_strip_possessive(word))
        if low in ROLE_NOUNS or low in ORG_NOUNS:
            return rest + match.end() if word[:1].islower() else None
        if i >= 2 or low in _MODIFIER_STOP or _SPEECH_WORD.fullmatch(low) or \
                not word[:1].islower():
            return None
    return None


def _is_modifier(text: str, pos: int, end: int) -> bool:
    """True when the name ending at ``pos`` modifies what follows it (a possessive before
    any word, or a name before a role noun): it is not the head of its noun phrase."""
    if re.match(r"['’]s\s+\w", text[pos:end]):
        return True
    return _head_after(text, pos, end) is not None


_AFTER_PREPOSITION = re.compile(r"\b(?:the|of|for|in|at|from|near|on|into|outside)\s+$")
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
_WHO = re.compile(r"\s+who\b[^.;:!?“”\"]{0,100}")
# How a reporter says a person is named in part only.
_ANONYMITY = (r"(?:surname|last\s+name|family\s+name|first\s+name|real\s+name|full\s+name|"
              r"not\s+to\s+be\s+(?:named|identified)|anonymity)")
# How far back (characters) a pronoun or role phrase may refer.
_LOOK_BACK = 6000

# Common irregular past tenses a description may be the subject of; a description's words do
# not run over one of these ("A Russian general spoke to state television" is a general, not a
# television).  Those that also modify nouns ("the left flank", "a lost unit", "held
# territory", "spent fuel") are left out.
_IRREGULAR_PAST = (
    "spoke|wrote|gave|went|came|took|made|saw|knew|met|sent|fought|kept|won|ran|stood|"
    "became|began|brought|thought|felt|heard|got|sat|drove|flew|rode|hid|woke|fell|"
    "struck|sought|chose|oversaw|swore|withdrew|underwent|undertook|bought|sold|caught|taught"
)
# The space between a description's words: a line's break, not a blank line (a paragraph's or
# a heading's end: "Caught in the crossfire\n\nThe government … launched what it called …" had
# made the speaker "crossfire\n\nThe government", a Somalia newcomer's).
_IN_PARAGRAPH_SPACE = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_DESCRIPTION = re.compile(
    rf"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother){_IN_PARAGRAPH_SPACE}"
    r"(?P<np>(?:(?!(?:said|says|told|and|but|who|which|that|was|were|is|are|had|has|have|"
    + _IRREGULAR_PAST + r")\b)"
    rf"(?:(?:[A-Z]\.){{2,}}|[\w'’\-]+){_IN_PARAGRAPH_SPACE}){{0,5}}?(?P<head>"
    + "|".join(sorted((ROLE_NOUNS | ORG_NOUNS) - {"day", "street", "square"},
                      key=len, reverse=True))
    + r"))\b(?=\s+(?:" + _SPEECH + r"|" + _IRREGULAR_PAST
    + r"|[a-z]+ed|did|does|do|has|have|had|was|were|is|are|also|"
    r"later|from|in|at|with|who|near|on|of|"
    # a postmodifier: "an official close to the delegation", "a source familiar with the talks"
    r"close|familiar|briefed|involved)\b|[,.;:])",
    re.IGNORECASE,
)
# Capitalised runs: names with initials, particles and hyphens ("Ursula von der Leyen"), and
# the Arabic article joined to a name by a hyphen ("Umm Mohammed al-Najjar", "Abdel Fattah
# al-Sisi"), whose lower-case start had ended the run before it.
_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)-"
# A word's final dot only in an abbreviation ("Gen.", "Jr."): after a longer word it ends the
# sentence, and a run over it ("Olha Stefanishyna. Ambassador, ...") lost the name.
# Initials written together ("J.D. Vance", "H.R. McMaster") are one word of a name, but not the
# initialisms of countries, bodies and offices ("U.K.", which may end a sentence before a name;
# "U.K. P.M. Keir Starmer"; "Washington, D.C.").
_INITIALS = (r"(?!(?:U\.S\.S\.R|U\.S\.A|U\.S|U\.K|E\.U|U\.N|U\.A\.E|P\.M|D\.C)\.)"
             r"[A-Z]\.(?:[A-Z]\.)+")
# A capital opening a name: Latin-1's and Latin Extended-A's ("Łukasz Zieliński", "Šefčovič",
# "Ōtani"; a capital Ł had been no name's start, so "Łukasz Zieliński said" was "Zieliński")
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_CAP = (rf"(?:{_ARTICLE})?(?:{_INITIALS}|[{_UPPER}][\w'’\-]{{0,3}}\.|[{_UPPER}][\w'’\-]*"
        rf"|[A-Z]\.)")
# Not from inside a dotted initialism: "P.M. Keir Starmer" had the run "M. Keir Starmer".
_RUN = re.compile(
    rf"(?<![\w'’\-])(?<![A-Z]\.)(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+)*{_CAP}"
    rf"(?:[ \t]+(?:(?:{'|'.join(sorted(NAME_PARTICLES))})[ \t]+)*{_CAP})*"
)


# An organisation's name running over "of" / "for (the)" / "in" from a run with an organisation
# noun: "Institute for the Study of War", "Center of National Resistance", "UN Human Rights
# Monitoring Mission in Ukraine" (a capitalised run alone stops at the lower-case word: "Study"
# was a person, the UN mission Ukraine).
# A part after "of"/"for"/"in" may join a second run with "and": "Organization for Security
# and Co-operation in Europe", "Office for Democratic Institutions and Human Rights" (the speaker
# had been "Organization for Security"); :func:`org_name_spans` drops the join where it starts
# another body.
_ORG_NAME = re.compile(
    rf"{_RUN.pattern}(?:[ \t]+(?:of|for|in)(?:[ \t]+the)?[ \t]+{_RUN.pattern}"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_RUN.pattern})?)+")
_NAME_JOIN = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# Nouns of ORG_NOUNS that end a name's topic, not a second body: "Center for Strategic and
# International Studies".
_NAME_TOPICS = frozenset("studies affairs".split())


# A person's title followed by a name inside a capitalised run: "Governor Elvira Nabiullina",
# "Secretary General Alain Berset" (not "the Office of the President of Ukraine").
_PERSON_TITLES = _PERSON_ROLES | {"director", "chairman", "chairwoman", "deputy"}
_TITLE_ALT = "(?i:" + "|".join(sorted(_PERSON_TITLES, key=len, reverse=True)) + ")"
_TITLED_NAME = re.compile(
    rf"\b{_TITLE_ALT}\b(?:[ \t]+{_TITLE_ALT}\b)*[ \t]+(?!(?:of|for|in)\b)[A-ZÀ-ÖØ-Þ]")


# Last words of a body's name besides ORG_NOUNS: a name ending in one of these is whole.
_BODY_NAME_ENDS = frozenset("network coalition watch international initiative alliance "
                            "association society forum foundation trust".split())
# Two capitalised runs joined by "and" whose last word is an organisation's noun: "the Hostages
# and Missing Families Forum", "Doctors and Nurses Union" (the first run had been the speaker,
# "Hostages").
_ORG_AND_NAME = re.compile(rf"{_RUN.pattern}[ \t]+(?:and|&)[ \t]+{_RUN.pattern}")


_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")


def _office_topic(text: str, start: int, name: str) -> bool:
    """Whether the name text[start:] ending in a topic's word ("affairs") after "and" is an
    office's portfolio: "the Minister of European and Foreign Affairs" (it had been a body,
    "European and Foreign Affairs", the speaker)."""
    title = _TITLE_OF_BEFORE.search(text, max(0, start - 40), start)
    return title is not None and _norm(title.group(1)) in TITLE_WORDS and \
        _norm(name.split()[-1]) in _NAME_TOPICS


_PORTFOLIO_TOPIC_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w'’-]*[ \t]*){1,3})")


def _place_in_portfolio(text: str, start: int, mention: Mention, end: int) -> bool:
    """Whether a registry place right after an office's "for" or "of" is the first of the
    portfolio's topics joined by "and" before "Affairs" ("said the Minister for Europe and
    Foreign Affairs", France's title, had the speaker Europe): the office's portfolio, not the
    place it speaks for, as "the Minister of Foreign and European Affairs" is (see
    :func:`_office_topic`); "the Minister for Ukraine" alone still speaks for it."""
    title = _TITLE_OF_BEFORE.search(text, max(start, mention.start - 40), mention.start)
    topic = _PORTFOLIO_TOPIC_AFTER.match(text, mention.end, end)
    # any of the capitalised words after "and", not only the last: the holder's name may follow
    # the portfolio ("the Minister for Europe and Foreign Affairs Jacquemain Shabani" was Europe)
    return title is not None and _norm(title.group(1)) in TITLE_WORDS and \
        topic is not None and any(_norm(w) in _NAME_TOPICS for w in topic.group(1).split())


def org_name_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of :data:`_ORG_NAME` names in text[start:end] whose first run has an
    organisation noun and whose later words hold no title (a title there begins a person's
    name: "Council of Europe Secretary General Alain Berset"), and of :data:`_ORG_AND_NAME`
    names ending in an organisation noun and lying in no longer name; an :data:`_ORG_NAME`
    name ends before an "and" that begins another body (:func:`_second_body`)."""
    and_spans = [match.span() for match in _ORG_AND_NAME.finditer(text, start, end)
                 if _norm(_strip_possessive(match.group().split()[-1])) in ORG_NOUNS
                 # two bodies' names joined ("The Sudan Doctors Network and Emergency Lawyers
                 # Group", a breaker's) are no one name
                 and _norm(re.split(r"[ \t]+(?:and|&)[ \t]+", match.group())[0].split()[-1])
                 not in ORG_NOUNS | _BODY_NAME_ENDS
                 and not _ORG_NAME.match(text, match.start(), end)
                 and not _office_topic(text, match.start(), match.group())]
    spans: list[tuple[int, int]] = []
    for match in _ORG_NAME.finditer(text, start, end):
        s, e = match.span()
        join = _NAME_JOIN.search(text, s, e)
        if join is not None and _second_body(text[join.end():e]):
            e = join.start()  # "the Ministry of Defence and Ukraine's General Staff": two
        first, rest = (re.split(r"[ \t]+(?:of|for|in)\b", text[s:e], maxsplit=1) + [""])[:2]
        if not any(_norm(_strip_possessive(w)) in ORG_NOUNS for w in first.split()):
            continue
        if _TITLED_NAME.search(rest) or _titled_person_in_run(first):
            continue  # "Bank of Russia Governor Elvira Nabiullina" is the governor
        while e > s and text[e - 1] in ".,":
            e -= 1
        spans.append((s, e))
    # not a join inside a longer name ("Center for Strategic and International Studies")
    return [(s, e) for s, e in and_spans if not any(os <= s and e <= oe for os, oe in spans)] \
        + spans


def _titled_person_in_run(run: str) -> bool:
    """Whether an organisation name's first run holds a title before a person's given name
    after its organisation noun: "Hospital Administrator Olena Shevchenko in Kharkiv" is the
    administrator, as "Bank of Russia Governor Elvira Nabiullina" is the governor (the whole
    phrase had been a body, "in Kharkiv" read as its seat; a breaker's). The name must open with
    a given name the name data knows, so "the Army General Staff in Kyiv" stays a body."""
    words = [_norm(_strip_possessive(w)) for w in run.split()]
    raw = run.split()
    return any(word in TITLE_WORDS and k + 1 < len(raw) and _given_name(raw[k + 1]) and
               any(w in ORG_NOUNS for w in words[:k]) for k, word in enumerate(words))


def _second_body(tail: str) -> bool:
    """Whether the words after an organisation name's "and" begin another actor: a possessive
    ("Ukraine's General Staff"), an acronym ("NATO"), or a name of its own ending in a body's
    noun ("Amnesty International", "the Foreign Ministry")."""
    first_run = re.split(r"[ \t]+(?:of|for|in|and|&)\b", tail, maxsplit=1)[0].split()
    return not first_run or any(re.search(r"['’]s?$", w) for w in first_run) or \
        len(first_run) == 1 and _ACRONYM.fullmatch(first_run[0]) is not None or \
        _norm(first_run[-1]) in (ORG_NOUNS | _BODY_NAME_ENDS) - _NAME_TOPICS


# An office's noun in Spanish, Portuguese, French or Italian, whose complement opens with
# "de"/"da"/"do"/"des"/"di"/"del"/"della"/"degli" ("el ministro de Exteriores", "o ministro da
# Defesa"): that complement is the office's portfolio, not a name with a particle (an
# interview's answers had all gone to "de Exteriores" before "José Manuel Albares").
_ROMANCE_OFFICES = frozenset("""
ministro ministra ministre ministério ministerio ministero viceministro viceministra
vice-ministro secretario secretaria secretário secretária secrétaire segretario presidente
président presidenta jefe jefa chefe chef capo director directora diretor diretora directeur
directrice direttore portavoz porta-voz porte-parole portavoce embajador embajadora embaixador
embaixadora ambassadeur ambassadrice ambasciatore gobernador gobernadora governador governadora
gouverneur governatore alcalde alcaldesa prefeito prefeita préfet prefetto comandante
commandant fiscal procurador procuradora procureur procuratore consejero consejera conselheiro
conselheira conseiller consigliere
""".split())
# ... and, for the subject a Spanish or Portuguese verb leaves unsaid ("«…», afirmó."), the
# articles and offices opening a sentence before its subject's name ("El presidente Gustavo
# Petro criticó a Donald Trump.", "O chanceler Mauro Vieira recebeu Lavrov.": the object had
# been the speaker). A word list.
_IBERIAN_SUBJECT_WORDS = _ROMANCE_OFFICES | frozenset("""
el la los las o a os as canciller chanceler vicepresidente vicepresidenta diputado diputada
senador senadora general
""".split())
# A Spanish or Portuguese article before an acronym, or the acronym alone: a body ("la FANB").
_IBERIAN_NO_PERSON = re.compile(r"(?:(?:el|la|los|las|o|a|os|as)\s+)?[A-ZÁÉÍÓÚÑ]{2,}")
# ... and the Romance nouns of a place an office is of, whose "de" complement is that place, no
# person ("o administrador do distrito de Macomia, Tomás Badae": a Mozambique newcomer's
# quotation went to "de Macomia"; "o governador da província de Cabo Delgado"). A word list.
_ROMANCE_PLACE_NOUNS = frozenset("""
distrito província provincia province provincia región região région regione departamento
département municipio município municipalité comune ciudad cidade ville città comuna
""".split())
_ROMANCE_COMPLEMENT = re.compile(r"(?:de|da|do|dos|das|des|di|del|della|degli|du)[ \t]")
_ROMANCE_OFFICE_BEFORE = re.compile(r"([\w-]+)[ \t]+$")
_ROMANCE_COMPLEMENT_BEFORE = re.compile(r"(?<![\w-])(?:des|dos|das|du)[ \t]+$")
# ... and an office's noun before its state's adjective ("le ministère russe de la Défense",
# "ministère ukrainien des Affaires étrangères": a breaker's had the speakers 'de la Défense',
# 'Affaires'); the adjective in lower case, as French writes it.
_ROMANCE_OFFICE_ADJECTIVE_BEFORE = re.compile(r"([\w-]+)[ \t]+[a-zà-ÿ]+[ \t]+$")
# ... and a Serbian, Croatian or Bosnian office's noun (a word list), whose complement is a
# genitive with no preposition ("direktor Kancelarije za Kosovo i Metohiju Nenad Stojković":
# a Kosovo newcomer's quotation went to "Kancelarije", the Office's genitive); the office's
# holder is the name run on after it.
_SLAVIC_OFFICES = frozenset("""
direktor direktorka ministar ministarka predsednik predsednica predsjednik predsjednica
potpredsednik potpredsednica potpredsjednik potpredsjednica šef šefica portparol portparolka
zamenik zamenica zamjenik zamjenica načelnik načelnica sekretar sekretarka ambasador
ambasadorka komandant gradonačelnik gradonačelnica
""".split())
_SLAVIC_OFFICE_OPENING = re.compile(r"([A-ZČĆŠŽĐ][\w-]*)[ \t]+[A-ZČĆŠŽĐ]")


def _office_complement(text: str, start: int) -> bool:
    """Whether the capitalised run at ``start`` opens with a Romance office's "de"/"da"
    complement right after the office's noun ("ministro de Exteriores", "ministro da
    Defesa"), or a place's after its noun ("distrito de Macomia"): a portfolio or a place, no
    person ("Charles de Gaulle", "el general de Gaulle" stay names)."""
    particle = _ROMANCE_COMPLEMENT_BEFORE.search(text, max(0, start - 12), start)
    if particle is not None and _ROMANCE_COMPLEMENT.match(text, start) is None:
        # the particle out of the run ("ministère russe des Affaires étrangères": 'Affaires')
        return _office_complement(text, particle.start())
    before = _ROMANCE_OFFICE_BEFORE.search(text, max(0, start - 30), start)
    if _ROMANCE_COMPLEMENT.match(text, start) is None:
        # ("direktor Kancelarije": the Slavic genitive, no "de" before it; the office's noun
        # opening the sentence opens the run, "Potpredsednica Srpske liste Milica Radenković")
        opening = _SLAVIC_OFFICE_OPENING.match(text, start)
        return before is not None and before.group(1) in _SLAVIC_OFFICES or \
            opening is not None and opening.group(1).lower() in _SLAVIC_OFFICES
    adjective = _ROMANCE_OFFICE_ADJECTIVE_BEFORE.search(text, max(0, start - 50), start)
    return before is not None and before.group(1).lower() in _ROMANCE_OFFICES | \
        _ROMANCE_PLACE_NOUNS | _FRENCH_ROLE_NOUNS or \
        adjective is not None and adjective.group(1).lower() in ("ministère", "ministerio",
                                                                 "ministério")


# The definite articles of French, Spanish, Italian and Portuguese (a word list), written with
# a capital only where they open a sentence or a name ("Le Pen", "La Russa").
_ROMANCE_ARTICLES = frozenset("le la les el los las il lo gli".split())
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]")


def _lone_romance_article(text: str, lows: list[str], end: int) -> bool:
    """Whether a one-word name ``lows`` ending at ``end`` is a Romance article before a
    lower-case noun ("Le commandant en chef de l'armée, le général Rodolphe Haykal, a assuré
    …" had the speaker "Le", the name data knowing "Le" as a surname), not before a verb of
    speech ("Le said", a surname alone) nor before a name ("Le Pen": the run holds it)."""
    return len(lows) == 1 and lows[0] in _ROMANCE_ARTICLES and \
        _LOWER_WORD_AFTER.match(text, end) is not None and _VERB_AFTER.match(text, end) is None


def _portfolio_holder_start(text: str, start: int, end: int) -> int | None:
    """Where the office holder's name begins in a run opening with a Romance office's
    complement ("de Asuntos Exteriores Arancha González"), or None when the run is the
    portfolio alone. The name opens with a capital: the complement's own article is no given
    name ("de la Santé" had read "la Santé" as one)."""
    tail = _name_tail(text, start, end)
    return tail if tail is not None and text[tail].isupper() else None


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs (trailing dots and possessives trimmed)."""
    spans = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in ".,":
            if text[end - 2:end] in ("r.", "s.") and re.search(r"\b(?:Mr|Mrs|Ms|Dr|Jr|Sr)\.$",
                                                               text[start:end]):
                break
            if re.search(r"\b[A-Z]\.$", text[start:end]) and end - start > 2:
                break  # an initial: "Dmitri S."
            end -= 1
        if text[end - 2:end] in ("'s", "’s"):
            end -= 2
        if end > start:
            spans.append((start, end))
    return spans


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?”\"’)\n]\s*|\n)$", text[max(0, pos - 3):pos])) \
        and not before.strip().endswith(",")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group())
            for m in re.finditer(r"[^\s,;:()“”\"]+", text[start:end])]


# An aside giving examples of the subject, not the subject: "Ukraine's allies, including Poland
# and the Baltic states, said" (had been "Baltic"), "Gulf states, among them Qatar, said".
_EXAMPLES = re.compile(r"(?i:including|among\s+them|such\s+as|notably|especially|"
                       r"particularly)\b")


def _with_closing_bracket(text: str, start: int, end: int) -> int:
    """The end of a description text[start:end] with the bracket that closes a gloss in it:
    its tokens leave brackets out, so "A member of the Bangsamoro Transition Authority (BTA),
    who asked not to be named, said" had been the speaker "member of the Bangsamoro Transition
    Authority (BTA" (a Philippines newcomer's)."""
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text.startswith(")", end):
        return end + 1
    return end


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated parts of a subject phrase, up to a relative clause."""
    spans = []
    pos = start
    for match in re.finditer(r",", text[start:end]):
        spans.append((pos, start + match.start()))
        pos = start + match.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _relative_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name given in a relative clause: "who gave only his first name, Dmytro"."""
    match = re.search(r"\b(?:name|names|sign|called|named)\s*,?\s+([A-Z][\w'’\-]+)", text[start:end])
    if match:
        return start + match.start(1), start + match.end(1)
    return None


# A subject phrase opening with "by": a passive's agent, left as the clause's subject where
# a quoted nickname ends the span before it.
_PASSIVE_AGENT = re.compile(r"\s*by\s", re.IGNORECASE)


def _resolve(index: SpeakerIndex, start: int, end: int) -> Speaker | None:
    text = index.text
    phrase = text[start:end]
    if not phrase.strip():
        return None
    if _PASSIVE_AGENT.match(phrase):
        # "The Wagner Group, known as “the musicians” by its fighters, said": the agent of a
        # naming after the quoted name, no one who speaks (it had been "by its fighters")
        return None
    # a pronoun (possibly with an adverb: "he later"), the object forms too ("according to
    # her", "TASS quoted him as saying")
    pronoun = re.fullmatch(r"\s*(he|she|He|She|it|It|him|her|Him|Her|they|They)(?:\s+\w+ly|"
                           r"\s+also|"
                           r"\s+then|\s+later|"
                           r"\s+himself|\s+herself)?\s*",
                           phrase)
    if pronoun:
        return index.antecedent(start, pronoun.group(1))
    # cut at a relative clause or participle; remember a name given inside it
    rel = _RELATIVE.search(phrase)
    rel_name = None
    # "a former Russian officer who defected to Ukraine": the description's country is not his
    opposed = bool(rel and _OPPOSED.search(text, start + rel.start(), end))
    if rel:
        rel_name = _relative_name(text, start + rel.start(), end)
        end = start + rel.start()
        while end > start and text[end - 1] in " ,":
            end -= 1
    parts = _parts(text, start, end)
    candidates: list[tuple[str, Speaker]] = []
    example_camps = set()
    for p_start, p_end in parts:
        if p_start > start and _EXAMPLES.match(text, p_start, p_end):
            # "Ukraine's allies, including Poland and the Baltic states," are the allies; the
            # examples' one side is theirs ("Senior officials, including Kremlin spokesman
            # Dmitry Peskov,": Russia, a breaker's)
            example = _resolve_part(index, p_start, p_end)
            example_camps.add(example[1].camp if example is not None else "")
            continue
        found = _resolve_part(index, p_start, p_end)
        if found is not None:
            candidates.append(found)
    if rel_name:
        person = index._person_from_run(*rel_name, licence_needed=False)
        if person is not None:
            candidates.append(("name", person.speaker))
    if not candidates:
        return None
    if len(example_camps) == 1 and "" not in example_camps:
        candidates = [(kind, speaker if speaker.camp else replace(
            speaker, camp=next(iter(example_camps)))) for kind, speaker in candidates]
    # the first registry actor or named person wins (the head before its appositions),
    # then what a role phrase refers back to, then a description
    for kinds in (("registry", "name"), ("context",), ("description",)):
        for found_kind, speaker in candidates:
            if found_kind in kinds:
                if speaker.status == OUTSIDE_REGISTRY and not speaker.camp:
                    camps = [s.camp for k, s in candidates if s.camp and k == "description"]
                    if camps and not opposed:
                        speaker = Speaker(speaker.name, camps[0], speaker.status, speaker.kind,
                                          speaker.gender)
                return speaker
    return candidates[0][1]


# A person placed in a body before its name: "a source in the Ministry of Foreign Affairs", "an
# official at the Ministry of Defence" (a newcomer's anonymous source had been the ministry's
# own voice).
_PERSON_PLACED_IN = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:in|at|within|inside|from|close\s+to)\s+"
                               r"(?:the\s+)?$")
_SOURCES = frozenset("source sources insider insiders".split())


def _possessor(index: SpeakerIndex, start: int, end: int, mentions: list[Mention],
               runs: list[tuple[int, int]]) -> tuple[bool, int]:
    """Whether the phrase text[start:end] is headed by a noun that a *name* modifies ("Putin's
    critics", "a Zelenskyy aide", "Navalny's widow"), and where the phrases depending on that
    head begin ("in Moscow" of "Putin's critics in Moscow"; ``end`` when none).

    A demonym or an organisation before a role noun ("Ukrainian officials", "a senior NATO
    official") is a modifier too but not a possessor: those phrases keep referring back.
    """
    text = index.text
    names = [(m.start, m.end, m.actor.type == "person") for m in mentions]
    # a capitalised determiner opening the sentence is no name ("The envoy also mocked …")
    names += [(s, e, True) for s, e in runs if not index.mentions_overlapping(s, e)
              and not all(w.lower() in NOT_NAMES for w in text[s:e].split())]
    for _, n_end, is_name in sorted(names):
        head_end = _head_after(text, n_end, end)
        if head_end is None:
            if _is_modifier(text, n_end, end):
                continue  # "Putin's own ...": a possessive before a word that is no head
            return False, end
        possessive = bool(re.match(r"['’]s\b", text[n_end:end]))
        prep = re.search(r"\s(?:in|at|from|near|outside|inside|for|of|on|with|to|across|"
                         r"around|over)\b", text[head_end:end])
        return is_name or possessive, head_end + prep.start() if prep else end
    return False, end


def _spaced_excellency(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens "H. E." written with a space, the honorific H.E. (His or Her
    Excellency) before a full name ("said H. E. Moussa Faki Mahamat" had been the speaker "H. E.
    Moussa Faki Mahamat"): two name words at least after it, so a person's initials before a
    surname ("H. E. Bates") stay the name's."""
    return words[i:i + 2] == ["H.", "E."] and len(words) - (i + 2) >= 2


# Nouns of a relation to a person: the person after "of" / "for" / "to" is the complement, not
# the speaker ("an ally of Putin", "a spokesman for Russian President Vladimir Putin", "an
# adviser to Zelensky"; "a person close to Putin"). Offices are not among them: "the Minister of Defence Sergei Shoigu".
RELATION_NOUNS = frozenset("""
ally allies associate associates confidant confidante friend friends supporter supporters
loyalist loyalists critic critics opponent opponents rival rivals detractor detractors enemy
enemies foe foes opposition spokesman spokeswoman spokesperson spokespeople aide aides adviser advisers
advisor advisors assistant lawyer lawyers attorney biographer son daughter wife husband
widow widower brother sister mother father family relatives close
""".split())
_RELATION_OF = re.compile(  # "Critics of Zelensky said" opens a sentence in capitals
    r"\b([A-Za-z][\w'’-]*)\s+(?:of|for|to)\s+(the\s+|an?\s+)?((?:[^\s,]+\s+){0,4})$")


def _complement_person(index: SpeakerIndex, start: int, n_start: int,
                       mentions: list[Mention]) -> bool:
    """Whether a name starting at ``n_start`` is the complement of a relation noun ("an ally of
    [Putin]"): only capitalised title words, places of the registry and, with no article
    before them, lower-case nouns used as titles may stand between ("a spokesman for Russian
    President [Vladimir Putin]", "the wife of Ukrainian soldier [Ivan Petrenko]"), so "the head
    of Rosatom Alexei Likhachev" and "adviser to the president Mykhailo Podolyak" keep the
    name."""
    match = _RELATION_OF.search(index.text, start, n_start)
    if match is None or match.end() != n_start or _norm(match.group(1)) not in RELATION_NOUNS:
        return False
    if _apposed(index.text, start, n_start):
        return False  # "a spokesman for the Kremlin Dmitry Peskov" is Peskov
    between = match.group(3).split()
    # "of (slain) soldier X": with no article, a lower-case person noun right before the name
    # is X's title ("to the president X" is apposed; "for military intelligence X" is no title)
    titled = match.group(2) is None and bool(between) and between[-1] in ROLE_NOUNS
    # the leader's body between ("the opposition to the government of President Félix
    # Tshisekedi"): the leader is the complement's too (he had been the speaker)
    body = _LEADERS_BODY_OF.match(match.group(3))
    for word in re.finditer(r"\S+", match.group(3)[body.end() if body else 0:]):
        w_start = match.start(3) + (body.end() if body else 0) + word.start()
        if word.group()[:1].isupper() and _norm(_strip_possessive(word.group())) in TITLE_WORDS:
            continue  # "President Vladimir Putin", not "the president Mykhailo Podolyak"
        if titled and word.group().islower():
            continue
        if not any(m.start <= w_start < m.end and m.actor.type != "person" for m in mentions):
            return False
    return True


# A prepositional complement ending in a proper noun right before a name: the complement is
# complete there and the name is in apposition to the whole phrase ("Russia's envoy to the UN
# Vassily Nebenzia", "the spokesman for the Kremlin Dmitry Peskov").
_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|to|for|in)\s+(?:the\s+)?(?:\S+\s+){0,3}(\S+)\s+$")


def _apposed(text: str, start: int, n_start: int) -> bool:
    """Whether the name at ``n_start`` follows a prepositional complement whose last word is a
    capitalised word other than a title ("to the UN", "for the Kremlin", "for Refugees"), so that
    the name is the phrase's head in apposition, not the complement's ("to President X"); a
    lower-case organisation noun ends it too ("for Ukraine's military intelligence")."""
    match = _COMPLEMENT_BEFORE.search(text, start, n_start)
    if match is None or match.end() != n_start:
        return False
    last = match.group(1)
    if last in ORG_NOUNS or last == "intelligence":
        return True  # "a spokesman for Ukraine's military intelligence Andriy Yusov"
    return last[:1].isupper() and _norm(_strip_possessive(last)) not in TITLE_WORDS


# Words inside a name between a first name and a surname.
_LINKS = frozenset("abu bin ibn bint van von de da del della di du la le al el".split())
_PLACE_OF = re.compile(
    r"\b[a-z][\w'’\-]*\s+(?:of|in|at|from|near|outside|inside|on|about)\s+(?:the\s+)?$")
# ... and a role noun capitalised to open the sentence before "of": "Member of the Loyalty to
# the Resistance bloc MP Hassan Fadlallah said" (the bloc's first word had been the speaker
# "Loyalty"); a title's portfolio ("Minister of Defence …") is :func:`_title_of`'s.
_CAPITALISED_ROLE_OF = re.compile(r"\b([A-Z][\w'’\-]*)\s+of\s+(?:the\s+)?$")


def _role_opening_of(text: str, start: int, end: int) -> re.Match[str] | None:
    """The capitalised role noun, not a title, and its "of" right before ``end`` in
    text[start:end] ("Member of the "), or None."""
    match = _CAPITALISED_ROLE_OF.search(text, start, end)
    if match is None:
        return None
    word = _norm(match.group(1))
    return match if word in ROLE_NOUNS and word not in TITLE_WORDS else None


# An office's complement with "to" / "for" before a capitalised run: "envoy to the UN Vassily
# Nebenzia", "High Commissioner for Refugees Filippo Grandi" (the run holds the complement's last
# word and the name).
_OFFICE_TO = re.compile(r"\b([A-Za-z][\w'’\-]*)\s+(to|for)\s+(?:the\s+)?$")
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson".split())
# A capitalised title and its portfolio before a capitalised run: "the Minister of
# Communication, Patrick Muyaya", "the Minister of Communication and Media Patrick Muyaya" (the
# portfolio is no person: a newcomer's ACP copy had a speaker "Communication"); as a place
# after "of" above, only a known first name in the run begins a name.
_TITLE_OF = re.compile(r"\b([A-Z][\w'’\-]*)\s+(?:of|for)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’\-]*\s+(?:(?:and|&|of|for|the)\s+)*)*$")


def _title_of(text: str, start: int, end: int) -> bool:
    """Whether a capitalised title word and "of" with its portfolio's words stand between
    ``start`` and a capitalised run at ``end`` ("Minister of Communication, …")."""
    return any(_norm(m.group(1)) in TITLE_WORDS for m in _TITLE_OF.finditer(text, start, end))


def _portfolio_tail(text: str, start: int, end: int) -> int | None:
    """Where a person's name begins inside the capitalised run text[start:end] that continues a
    title's portfolio (see :func:`_title_of`): as :func:`_name_tail`, else at the first known
    first name after the run's first word, a surname after it ("Arts Catherine Kathungu Furaha"
    after "Minister of Culture and": the first word is the portfolio's however the name data
    reads it, "Media" being a woman's name there); None when there is no such name."""
    tail = _name_tail(text, start, end)
    if tail is not None:
        return tail
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) >= 3 and _states_name(words[0].group()):
        # "the Minister of Foreign Affairs of Georgia Maka Botchorishvili": the state ends the
        # portfolio, though the name data reads "Georgia" as a woman's name and lacks "Maka"
        # (the speaker had been "Georgia Maka Botchorishvili")
        return start + words[1].start()
    for word in words[1:-1]:
        if _given_name(word.group()) and _norm(word.group()) not in TITLE_WORDS | ORG_NOUNS:
            return start + word.start()
    return None


def _states_name(word: str) -> bool:
    """Whether ``word`` is a state's one-word name in the capitals list of
    :mod:`analysis.discover` ("Georgia", "Jordan"), registry or not."""
    from .actors import _form_key
    from .discover import _CAPITALS  # imported here: discover imports this module

    return _form_key(word) in _CAPITALS


def _holder_after_body(text: str, start: int, end: int) -> int | None:
    """Where the name of a body's office holder begins in the capitalised run text[start:end]
    that names the body first: after its last organisation noun, at a first name the name data
    knows, with a surname after it ("AU Commission Moussa Faki Mahamat" after "the
    Chairperson of the": "Faki", a first name of a few, had begun the name, and the run had been
    an organisation); None otherwise."""
    words = list(re.finditer(r"\S+", text[start:end]))
    body = [i for i, word in enumerate(words[:-2]) if _norm(word.group()) in ORG_NOUNS]
    if not body:
        return None
    # the honorific between body and name ("the AU Commission H.E. Moussa Faki Mahamat", an AU
    # release's: the name had begun at "Faki")
    first = body[-1] + 1
    while first < len(words) - 2 and _norm(words[first].group()) in _EXCELLENCY_WORDS:
        first += 1
    if _given_name(words[first].group()):
        return start + words[first].start()
    return None


def _given_name(word: str) -> bool:
    """A given name opening a person's name inside a capitalised run after a body, a place or
    an office's portfolio: one the name data gives a sex, or one it gives either sex for very
    many people ("Jean", "Sasha": "the Minister for Europe and Foreign Affairs Jean Dupont" had
    been a body, "Foreign Affairs Jean Dupont", and "the Minister of Youth and Sports Jean
    Asselborn" a person "Sports Jean Asselborn"); the data's rare either-sex words ("Council",
    "Health") are none."""
    gender = first_name_gender(word)
    return gender in ("f", "m") or gender == "" and first_name_people(word) >= NAME_PEOPLE_SURE \
        and _norm(word) not in TITLE_WORDS | ORG_NOUNS


# The honorific His or Her Excellency's words before a name (see _holder_after_body).
_EXCELLENCY_WORDS = frozenset("h.e his her excellency".split())


def _name_tail(text: str, start: int, end: int) -> int | None:
    """Where a person's name begins inside the capitalised run text[start:end] that opens with
    a place or a body ("Kharkiv Ihor Terekhov", "UN Vassily Nebenzia"): at a first name the
    name data knows, or at the word before a surname with the Arabic article ("International
    Cooperation Lolwah al-Khater"), with a particle between first name and surname counted
    ("Gaza City Mohammed Abu Salmiya") and a compound given name's first word ("Abdul Hadi
    al-Hweij": a Libya newcomer's speaker had been "Hadi al-Hweij"); None when the run holds
    no such name after its first word, or ends in a place noun."""
    holder = _holder_after_body(text, start, end)
    if holder is not None:
        return holder
    words = list(re.finditer(r"\S+", text[start:end]))
    size = 3 if len(words) >= 4 and (words[-2].group().lower() in _LINKS or re.match(
        rf"{_ARTICLE}", words[-2].group())) else 2
    first_name = len(words) > size and (
        _given_name(words[-size].group())
        or size == 2 and re.match(_ARTICLE, words[-1].group()) is not None)
    if not first_name or words[-1].group().lower() in PLACE_NOUNS:
        return None
    if len(words) > size and words[-size - 1].group().lower() in COMPOUND_NAME_HEADS:
        size += 1  # "… National Stability Abdul Hadi al-Hweij": a compound given name whole
    return start + words[-size].start()


# Heads of a description that name a body or an unnamed source, not one person, so "the …"
# does not refer back to the last person named ("the Israeli military said", "the official").
_BODY_HEADS = frozenset("source official officials military army navy air security "
                        "intelligence national team".split())


# Nothing but a sentence's or paragraph's start (and a quote mark) before a position.
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][”\"’']?\s+|\n)[\s“\"‘']*(?:[Tt]he\s+)?\Z")
# What may stand between the actors of a joint subject: "Russia and Ukraine", "France,
# Germany and the United Kingdom".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s+)(?:the\s+)?")


def _joint_speaker(index: SpeakerIndex, start: int, end: int) -> Speaker | None:
    """Two or more registry actors joined by "and" as one subject speak together: "Russia and
    Ukraine said the talks were “useful”" is neither's alone (a newcomer's "France, Germany
    and the United Kingdom have threatened …" had been Germany's); the side is theirs when
    they share one, else none. None for any other phrase."""
    mentions = index.mentions_within(start, end)
    if len(mentions) < 2:
        return None
    # the list's first items, cut off by the subject's comma ("France, Germany and …"), when
    # they open the sentence (not "After talks with Poland, Germany and Britain said")
    earlier = [m for m in index.mentions if m.end <= mentions[0].start]
    listed = list(mentions)
    while earlier and re.fullmatch(r"\s*,\s*(?:the\s+)?", index.text[earlier[-1].end:
                                                                  listed[0].start]):
        listed = [earlier.pop(), *listed]
    if len(listed) > len(mentions) and _SENTENCE_OPENS.search(index.text, 0, listed[0].start):
        mentions, start = listed, listed[0].start
    lead = index.text[start:mentions[0].start]
    if lead.strip().lower() not in ("", "the", "both"):
        return None
    for before, after in zip(mentions, mentions[1:]):
        if not _JOINED.fullmatch(index.text, before.end, after.start):
            return None
    if index.text[mentions[-1].end:end].strip(" ,").lower() not in ("", "both", "all",
                                                                    "together", "jointly"):
        return None  # ("Kyiv and Moscow both said …", a breaker's)
    if not re.search(r"\b(?:and|&)\b", index.text[mentions[0].end:mentions[-1].start]):
        return None
    names = list(dict.fromkeys(m.actor.name for m in mentions))
    if len(names) < 2:
        return None
    camps = {m.actor.camp for m in mentions}
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return Speaker(name, camps.pop() if len(camps) == 1 else "", OUTSIDE_REGISTRY, "group")


def _resolve_part(index: SpeakerIndex, start: int, end: int) -> tuple[str, Speaker] | None:
    """One comma part of a subject phrase: ("registry" | "name" | "description", speaker)."""
    text = index.text
    part = text[start:end]
    if re.fullmatch(r"\s*\d[\w\-]*\s*", part):
        return None  # an age
    joint = _joint_speaker(index, start, end)
    if joint is not None:
        return "name", joint
    group = _GROUP_OF.match(part)
    if group is not None and _norm(group.group("noun")) in _GROUP_NOUNS:
        # "Families of hostages held by Hamas", "Prisoners released by Russia": the group
        # speaks, not the actor its complement names, and takes no side from it
        words = part.split()
        if words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        return "description", Speaker(" ".join(words), "", OUTSIDE_REGISTRY, "description")
    mentions = index.mentions_within(start, end)
    runs = [(start + run_start, start + run_end) for run_start, run_end in _name_runs(part)]
    possessor, dependents = _possessor(index, start, end, mentions, runs)

    def modifier(n_start: int, n_end: int) -> bool:
        # "Putin's critics", "a Zelenskyy aide", "... critics in Moscow", "an ally of Putin":
        # not the speaker
        if _is_modifier(text, n_end, end):
            return True
        if n_start >= dependents and not _apposed(text, start, n_start):
            return True  # "Russia's envoy to the UN Vassily Nebenzia" is Nebenzia
        placed = _PERSON_PLACED_IN.search(text, start, n_start)
        if placed is not None and _norm(placed.group("noun")) in ROLE_NOUNS | _SOURCES:
            return True  # "A source in the Ministry of Foreign Affairs": the source speaks
        return _complement_person(index, start, n_start, mentions)

    people = [m for m in mentions if m.actor.type == "person"]
    # registry person: the last one that is not a modifier ("Putin's spokesman X")
    for mention in reversed(people):
        if modifier(mention.start, mention.end):
            continue
        return "registry", index._registry_speaker(mention)
    # an organisation named over "of" / "for the" ("the Institute for the Study of War")
    for o_start, o_end in org_name_spans(text, start, end):
        organisation = None if modifier(o_start, o_end) else \
            index._organisation_name(o_start, o_end)
        if organisation is not None:
            return "name", organisation.speaker
    # a capitalised run naming a person, not a place a common noun is of or in ("residents of
    # al-Mawasi", "a displaced man in Deir al-Balah", "the director of al-Shifa hospital")
    for k, (r_start, r_end) in enumerate(runs):
        if k + 1 < len(runs) and " " not in text[r_start:r_end] and \
                _sentence_initial(text, r_start) and \
                re.match(r"\s+[a-z]", text[r_end:runs[k + 1][0]]):
            continue  # "Political scientist Sergei Markov": a capital opening the sentence
        if _office_complement(text, r_start):
            # "a déclaré le ministre de la Santé, Rakan Nassreddine": the portfolio, as the
            # index's own runs read it (:meth:`SpeakerIndex._build`); the speaker had been "de
            # la Santé"; a name run on after it is the holder
            tail = _portfolio_holder_start(text, r_start, r_end)
            if tail is None:
                continue
            r_start = tail
        place_of = _PLACE_OF.search(text, start, r_start) or \
            _role_opening_of(text, start, r_start)
        title_of = not place_of and _title_of(text, start, r_start)
        office_to = None if place_of or title_of else _OFFICE_TO.search(text, start, r_start)
        if place_of or title_of or office_to:
            # "the mayor of Kharkiv Ihor Terekhov", "envoy to the UN Vassily Nebenzia": the name
            # after the place, from a known first name on ("residents of New York City" name no
            # one; "the envoy to Vladimir Putin" keeps the run)
            tail = (_portfolio_tail if title_of else _name_tail)(text, r_start, r_end)
            if tail is not None:
                r_start = tail
            elif place_of or title_of and len(text[r_start:r_end].split()) <= 2:
                # (a portfolio alone: "the Minister of Communication, Patrick Muyaya"; one
                # before a name the name data lacks keeps it, "the Minister of Defence Guy
                # Kabombo Muadiamvita", a breaker's)
                continue
            else:
                office_to = None
        else:
            # a body's name before its holder's, the office before it out of the phrase ("The
            # Chairperson of the African Union Commission Moussa Faki Mahamat said:", read from
            # "African …"): the holder, not the body
            r_start = _holder_after_body(text, r_start, r_end) or r_start
        if _office_complement(text, r_start):
            # "dijo el ministro de Exteriores, José Manuel Albares": the portfolio is no one,
            # as in the index's runs (the subject phrase had made "de Exteriores" the speaker);
            # a name run on after it is the holder
            tail = _name_tail(text, r_start, r_end)
            if tail is None:
                continue
            r_start = tail
        if modifier(r_start, r_end):
            continue
        acronym = _body_acronym(text, r_start, r_end)
        if acronym is not None and not index.mentions_overlapping(r_start, r_end):
            # "The IDF said", "the RSF": a body the registry does not name
            return "name", Speaker(acronym, index._camp_in(start, r_end), OUTSIDE_REGISTRY,
                                   "organisation")
        person = index._person_from_run(r_start, r_end, licence_needed=False)
        if person is None:
            continue
        speaker = person.speaker
        full = index.full_name(speaker.name)
        if full is None and len(speaker.name.split()) > 1:
            full = index.full_name(speaker.name.split()[-1])
            if full is not None and full.name.split()[0] != speaker.name.split()[0]:
                full = None  # "Mykola Petrenko" is not "Oleh Petrenko"
        if full is not None:
            speaker = Speaker(full.name, speaker.camp or full.camp, full.status, "person",
                              full.gender)
        if office_to is not None:
            # "Ukraine's ambassador to Germany Oleksii Makeiev": the side of the office's holder
            # before "to" / "for", not of its complement, unless the office speaks for it ("a
            # spokesman for Ukraine Oleh Nikolenko")
            camp = index._camp_in(start, office_to.start(2)) or \
                (full.camp if full is not None else "")
            if not camp and _norm(office_to.group(1)) in _SPEAKS_FOR:
                camp = speaker.camp or index._camp_in(start, r_start)
        else:
            camp = speaker.camp or index._camp_in(start, r_start)
        if speaker.status == OUTSIDE_REGISTRY and _OPPOSED.search(text, start, r_start):
            # "the exiled Belarusian opposition leader Sviatlana Tsikhanouskaya": the title
            # before the name names the country she opposes, no side of hers (it had been the
            # country's, as the title after the name already was not)
            camp = ""
        return "name", Speaker(speaker.name, camp, speaker.status, "person", speaker.gender)
    # a registry actor that heads the phrase ("the Kremlin", "Russia's defence ministry")
    for mention in mentions:
        if mention.start >= dependents or mention.actor.type == "person" and \
                modifier(mention.start, mention.end):
            continue
        role_of = _ROLE_OF.search(text, start, mention.start)
        if role_of is not None and role_of.end() == mention.start and \
                _norm(role_of.group(1)) in ROLE_NOUNS | TITLE_WORDS:
            continue  # "the president of Finland": the office's, the country its complement
        if _place_in_portfolio(text, start, mention, end):
            continue  # "the Minister for Europe and Foreign Affairs": a portfolio, no speaker
        own_body = _OWN_BODY_AT.search(text, start, mention.start)
        if own_body is not None and _norm(own_body.group(1)) in ORG_NOUNS:
            continue  # "Its mission to the United Nations", "its embassy in London": the seat
        if mention.actor.type != "person" and _ROLE_TO.search(text, start, mention.start) and \
                any(_norm(w) in ROLE_NOUNS | TITLE_WORDS
                    for w in text[start:mention.start].split()):
            continue  # "the ambassador of Russia to the UN": where the office is held
        tail = text[mention.end:end]
        following = re.match(r"(?:['’]s)?(?:\s+|-)([\w'’]+)", tail)
        if following and mention.actor.type != "person" and \
                following.group(1).lower() not in _HEAD_BREAK and \
                not _SPEECH_WORD.fullmatch(following.group(1)):
            continue  # a modifier: "Russian officials", "Ukrainian Air Force", "Kremlin aide"
        return "registry", index._registry_speaker(mention)
    # a description: determiner + modifiers + head noun
    words = _tokens(text, start, end)
    if not words:
        return None
    low = [_norm(w) for _, _, w in words]
    if len(low) > 1 and low[0] in ("as", "while", "when", "although", "though"):
        words, low = words[1:], low[1:]  # "As a Russian diplomat put it to …:"
    determiner = ""
    i = 0
    if low[0] in _DETERMINERS or low[0] in ("his", "her", "its", "their") or \
            words[0][2] in _FRENCH_INDEFINITE:
        determiner = "a" if words[0][2] in _FRENCH_INDEFINITE else low[0]
        i = 1
        if low[i:i + 2] == ["of", "the"]:  # "one of the officials"
            i += 2
    body = words[i:]
    if (not body or low[i:] == ["of", "them"]) and determiner in ("one", "another"):
        # "Diplomats were gloomy. “…,” said one. “…,” said another."
        member = index.one_of(start, 3 if determiner == "another" else 2)
        if member is None and determiner == "another":
            # "“…,” said one senior European diplomat. “…,” said another.": another of the
            # kind just described
            low_at = index._sentences_back(start, 3, max(0, start - 300))
            member = next((e.speaker for e in index.entities_before(start)
                           if e.start >= low_at and e.speaker.kind == "description"
                           and e.speaker.status == OUTSIDE_REGISTRY), None)
        return ("context", member) if member is not None else None
    if not body:
        return None
    if determiner == "the" and _AGE_NOUN.fullmatch(body[-1][2]):
        person = index.last_person(start)  # "the 45-year-old said"
        return ("context", person) if person is not None else None
    # the head: the last role / organisation noun of the phrase before a preposition
    head_at = None
    for j, (_, _, w) in enumerate(body):
        lw = _norm(_strip_possessive(w))
        if lw in ("of", "for", "at", "in", "from", "with", "on") and head_at is not None:
            break
        if lw in ROLE_NOUNS or lw in ORG_NOUNS or \
                determiner == "the" and lw in _MONARCH_TITLES | _MONARCH_NOUNS:
            head_at = j
    if head_at is None:
        return None
    head = _norm(body[head_at][2])
    desc_start = body[0][0]
    desc_end = _with_closing_bracket(text, desc_start, body[-1][1])
    description = " ".join(text[desc_start:desc_end].split())
    modifiers = {_norm(_strip_possessive(w)) for _, _, w in body[:head_at]}
    registry_role = [m for m in mentions if m.actor.type == "person"
                     and not modifier(m.start, m.end)]
    if registry_role:
        return "registry", index._registry_speaker(registry_role[-1])
    if possessor:
        # "Kadyrov's spokesman": the spokesman the article named before ("Kadyrov's spokesman
        # Alvi Karimov"), never Kadyrov himself nor whoever was named last
        words = {m for m in modifiers if m.isalpha()} - {"the"}
        found = index.refer_back(start, head, words) if words else None
        if found is not None:
            return "context", found
    elif head in _MONARCH_TITLES | _MONARCH_NOUNS:
        # "the King said", "the Sovereign stressed": the monarch named before, else an unnamed
        # one (the description), never a former king nor the last person named
        found = index.monarch_before(start, head, former=bool(modifiers & _FORMER_WORDS))
        if found is not None:
            return "context", found
    elif determiner in ("the", "this", "his", "her", "its", "their") and \
            not index.represents_state(body[head_at][1], head):
        # (not "the representative of Poland": a new speaker, see SpeakerIndex.represents_state)
        office = _HEAD_OF.fullmatch(text, start, desc_end) if determiner == "the" else None
        if office is not None:
            # "the head of state stressed": the president named before, not the head of a
            # regional administration
            found = index.office_holder_before(start, office["of"])
            if found is not None:
                return "context", found
        found = index.refer_back(start, head, {m for m in modifiers if m.isalpha()} - {"the"})
        # Retry with the office words alone ("the country's defence minister"), in either
        # spelling: "the Prime Minister" must not find "Foreign Minister Kuleba"; nor a country
        # named another country's minister ("the Turkish foreign minister" is not "Russian
        # Foreign Minister Lavrov", but "the British defence secretary" is "Defence Secretary
        # John Healey").
        office = modifiers & _OFFICE_WORDS
        country = modifiers & {_norm(_strip_possessive(w)) for m in mentions
                               if m.actor.type != "person"
                               for w in text[m.start:m.end].split()}
        if found is None and modifiers:
            for words in _office_spellings(office):
                found = found or index.refer_back(start, head, words, country)
        if found is not None and not found.camp and country:
            # "the British defence secretary" after "Defence Secretary John Healey": the
            # phrase's country gives the side the earlier title did not
            found = replace(found, camp=index._camp_in(desc_start, desc_end))
        if found is not None:
            return "context", found
        if head in TITLE_WORDS | _PERSON_ROLES and head not in _BODY_HEADS \
                and determiner == "the" and not office:
            person = index.last_person(start)
            if person is not None:
                return "context", person
    camp = "" if head in _UNAFFILIATED or _OPPOSED.search(text, desc_start, desc_end) or \
        index._opposes_registry_name(text[desc_start:desc_end]) else \
        index._camp_in(desc_start, desc_end)
    if (determiner in ("its", "their") and head in ORG_NOUNS
            # "Its officials say …" after "Georgian Dream rejects that.": "its" names a body
            # or a state, whose people its role noun names (a Georgia newcomer's party's
            # officials had had no side); "their lawyer" may be people's, so "its" only
            or determiner == "its" and head in ROLE_NOUNS) and (
            not camp or _OWN_BODY_AT.search(text, start, desc_end)):
        # "“…,” its foreign ministry said." after "The UAE denied the report.", "Its mission
        # to the United Nations said" after "Iran denied any role": the side of the states and
        # bodies named just before, if they have one (not of the seat after the body)
        # (in its own sentence and the one before only: "its" points back no further, and a
        # capital in an earlier paragraph, "“…,” a diplomat in Abuja said." before "The MNJTF
        # said … Its spokesman, Olaniyi Osoba, said", had made two sides of one, so none; a
        # Nigeria newcomer's)
        floor = max(start - 200, index._sentences_back(start, 2))
        camps = {e.speaker.camp for e in index.entities_before(start)
                 if e.start >= floor and e.speaker.kind in ("country", "organisation")
                 and e.speaker.camp}
        camp = next(iter(camps)) if len(camps) == 1 else ""  # "Turkey summoned Russia's …": ""
    if not camp and head not in _UNAFFILIATED and (
            determiner in ("the", "this", "that") or low[:3] == ["one", "of", "the"]):
        # "the minister said" after "Ukraine's energy minister warned", "one of the officials"
        # after "three U.S. officials": the side of the description it refers back to
        camp = index.camp_of_earlier(head, desc_start)
    body = re.search(r"\b(?:for|of|at)\s+the\s+([a-z]+)\s*$", text[desc_start:desc_end])
    if not camp and body is not None and _norm(body.group(1)) in ORG_NOUNS:
        # "a spokesperson for the embassy" after "The Russian Embassy in Berlin responded":
        # the body it refers back to
        earlier = index.refer_back(start, _norm(body.group(1)), set())
        camp = earlier.camp if earlier is not None else ""
    if not camp and head in _SPOKES and not re.search(r"\b(?:for|of|at)\b",
                                                      text[desc_start:desc_end]):
        # "The Kremlin was more guarded. “…,” a spokesman said.": the body that responded (not
        # "a spokesperson for the BBC")
        camp = index.responding_body_camp(start)
    kind = "organisation" if head in ORG_NOUNS else "description"
    return "description", Speaker(description, camp, OUTSIDE_REGISTRY, kind,
                                  _HEAD_GENDER.get(head, ""))


# --------------------------------------------------------------------------- the corpus step


# Every apostrophe a name may be typed with: ’, ‘ (O‘Neill) and the Ukrainian ʼ (Marʼyana).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def _surname_key(word: str) -> str:
    # "al-Sisi", "el-Sisi" and "Sisi" are one surname as outlets write it
    return re.sub(rf"^{_ARTICLE}", "", word.translate(_APOSTROPHES).lower())


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, or a capitalised word after the Arabic article."""
    return word[:1].isupper() or bool(re.match(rf"{_ARTICLE}[A-ZÀ-ÖØ-Þ]", word))


def _one_apostrophe(names: pd.Series) -> pd.Series:
    """Names that differ only in their apostrophes ("Sean O'Brien", "Sean O’Brien": outlets type
    either) written one way: the corpus's most common form (ties: the first in sorted order)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for name, n in names.value_counts().items():
        counts[name.translate(_APOSTROPHES)][name] += n
    chosen = {name: max(sorted(forms), key=forms.__getitem__)
              for forms in counts.values() if len(forms) > 1 for name in forms}
    return names.map(lambda name: chosen.get(name, name)) if chosen else names


def canonicalise_speakers(sentences: pd.DataFrame, registry: Registry | None = None
                          ) -> pd.DataFrame:
    """Make speaker names canonical across the corpus (a copy of ``sentences`` is returned).

    * A one-word speaker outside the registry ("Marchuk") becomes the one full name of the
      corpus that ends with it ("Olena Marchuk"); with two candidates it stays as it is.
    * A one-word speaker that is a registry alias becomes that actor.
    * Each named person outside the registry gets one camp: the most common non-empty camp
      the corpus gives them.
    Registry speakers and descriptions are left alone.  Rows without the speaker columns are
    returned unchanged.
    """
    needed = {"speaker", "speaker_camp", "speaker_status"}
    if not needed <= set(sentences.columns) or sentences.empty:
        return sentences
    registry = registry if registry is not None else load_registry()
    out = sentences.copy()
    outside = out["speaker_status"].astype(str) == OUTSIDE_REGISTRY
    out.loc[outside, "speaker"] = _one_apostrophe(out.loc[outside, "speaker"].astype(str))
    speakers = out["speaker"].astype(str)
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for name in set(speakers[outside]):
        words = name.split()
        if len(words) >= 2 and all(_name_word(w) or w in NAME_PARTICLES for w in words):
            full_by_surname[_surname_key(words[-1])].add(name)
    mapping: dict[str, tuple[str, str, str]] = {}
    for name in set(speakers[outside]):
        if len(name.split()) != 1 or not _name_word(name):
            continue
        hit = registry.lookup(name)
        if hit is not None:
            actor = hit[0]
            mapping[name] = (actor.name, actor.camp, REGISTRY)
            continue
        names = full_by_surname.get(_surname_key(name), set())
        if len(names) == 1:
            mapping[name] = (next(iter(names)), "", OUTSIDE_REGISTRY)
    # One pass over the rows per step (not one per name): corpora have millions of rows.
    rows = outside & speakers.isin(list(mapping))
    out.loc[rows, "speaker"] = speakers[rows].map(lambda n: mapping[n][0])
    to_registry = rows & speakers.map(lambda n: n in mapping and mapping[n][2] == REGISTRY)
    out.loc[to_registry, "speaker_camp"] = speakers[to_registry].map(lambda n: mapping[n][1])
    out.loc[to_registry, "speaker_status"] = REGISTRY
    # one camp per named person
    speakers = out["speaker"].astype(str)
    outside = out["speaker_status"].astype(str) == OUTSIDE_REGISTRY
    named = outside & speakers.map(lambda s: bool(s) and _name_word(s))
    camps: dict[str, Counter[str]] = defaultdict(Counter)
    for name, camp in zip(speakers[named], out.loc[named, "speaker_camp"].astype(str)):
        if camp:
            camps[name][camp] += 1
    best = {name: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            for name, counter in camps.items()}
    rows = named & speakers.isin(list(best))
    out.loc[rows, "speaker_camp"] = speakers[rows].map(best)
    return out
