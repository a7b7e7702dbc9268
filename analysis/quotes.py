"""Direct quotations and their speakers (the *quote* columns of README's "Data model").

1. **Quoted spans** are found in the article text, not per sentence, so that a quotation can
   run over several sentences.  Curly (“…”, «…», „…“) quotes pair by direction (a ” at the
   start of a word opens, as scraped text has it); straight quotes ("…") toggle.  Single
   quotes (‘…’, '…', the British style) are found outside double ones: an opening mark
   starts a word, a closing mark ends one and is not an apostrophe inside a word (don’t,
   Kyiv’s).  A quotation left open at a paragraph end continues only if the next paragraph
   opens with a quote mark (the newspaper convention for multi-paragraph quotes); otherwise
   the stray mark is ignored.
2. **is_quote.**  A content sentence is a quote when at least :data:`QUOTE_SHARE` of its
   non-space characters lie inside quotation marks, not counting the attribution clause ("the
   Ukrainian President asserted,", "Kosiak, a Ukrainian artillery commander, told Al Jazeera",
   "— Deputy Minister Olena Marchuk"): that is scaffolding, not content.  A sentence with quoted
   words that is not a quote ("called it a “war crime”") is flagged ``partial_quote``.
3. **Attribution** of each quoted span, in this order: a dash attribution after it (“…” —
   Olena Marchuk); a clause after it (“…,” X said / said X / according to X, with any
   reporting verb: told, added, warned, vowed, insisted, claimed, wrote, …); a clause before
   it (X said: “…” / According to X, “…” / a colon lead-in without a verb: "Sikorski was
   firm: “…”", "Zelensky: “…”"); speech an agency relayed ("X was quoted as saying by TASS",
   "TASS quoted X as saying") is X's.  A pronoun subject ("“…,” he added.") continues the
   speaker just quoted when nobody else is named in between.  The subject phrase is resolved by
   :class:`analysis.speakers.SpeakerIndex`: registry actors, named people (full name, titles
   dropped), unnamed speakers ("one resident"), pronouns and role phrases ("the official",
   "the ministry") referring back in the article.
4. **Continuation.**  A span without its own attribution inherits the speaker of the span
   before it when only that span's attribution clause separates them (“…,” X said. “…”) and
   it does not run straight into an attributed span, of the span after it when only
   whitespace does (multi-paragraph quotes: that speaker wins), else of the reporting
   clause in the narration just before it ("Kuleba said Ukraine had asked for more. “…”") or
   of a person's disposition there ("Zelensky was defiant. “…”"), else of the quote in the
   same or previous paragraph when no other person is named in between.
5. **Transcripts.**  In an article with at least two paragraphs that open with a speaker label
   in capitals ("LAVROV (through translator): …", "EMMA COLLINS: …", "ANCHOR: …"), the usual
   form of broadcast transcripts, each such paragraph is the labelled speaker's words, quote
   marks or not; labels that are no speaker ("UPDATE:", "EDITOR'S NOTE:", a place or
   organisation of the registry) are not read as turns.  An interview's "Q:" / "A:" turns are
   the interviewer's and the interviewee's: the first person its introduction names who is no
   journalist ("S. Jaishankar spoke to The Hindu's Suhasini Haidar"), else "interviewee".
6. **Columns.**  ``speaker`` is the canonical name (registry name, full name, or the
   description without its determiner); ``speaker_camp`` the registry camp, or the camp a
   registry form in the speaker's title gives ("Russian Foreign Minister …" → Russia);
   ``speaker_status`` says ``registry``, ``outside_registry`` or ``not_found`` for quote
   sentences ("" otherwise).  :func:`analysis.speakers.canonicalise_speakers` then makes names
   canonical across the corpus.

Only ``kind == "sentence"`` rows can be quotes; headings and boilerplate get False / "".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import accumulate

import pandas as pd

from .actors import (_NOT_GIVEN_NAMES, DIVIDED_REGIONS, PLACE_NOUNS, Mention, Registry,
                     load_registry, scan_text)
from .datewords import CALENDAR_WORDS
from .segment import (ANSWER_LABEL_WORDS, BOLD_QA_LABEL, MIXED_LABEL, NOTED_QUESTION_LABEL, QA_LABEL,
                      SPEAKER_LABEL, STOPPED_QA_LABEL, TITLE_WORD, TITLED_LABEL, TURN_WORD_LABEL, is_title_case,
                      asking_labels, lead_end, qa_labels, titled_labels)
from .speakers import (
    COMPOUND_NAME_HEADS, HONORIFICS, NAME_PARTICLES, NEWSROOM, NOT_FOUND, ORG_NOUNS,
    OUTSIDE_REGISTRY, REGISTRY, ROLE_NOUNS,
    TITLE_WORDS, RELATION_NOUNS, Entity, Speaker, SpeakerIndex, org_name_spans,
    NAME_PEOPLE_MIN, canonicalise_speakers, first_name_gender, first_name_people, _given_name,
)

__all__ = [
    "QUOTE_SHARE", "QUOTE_COLUMNS", "Attribution", "attribute_quotes", "canonicalise_speakers",
    "find_quote_spans", "NEWSROOM_ROLES", "TURN_ROLES",
]

QUOTE_SHARE = 0.5
QUOTE_COLUMNS = ("is_quote", "speaker", "speaker_camp", "speaker_status", "partial_quote")

_OPENERS = "“«„"
_CLOSERS = "”»"
_STRAIGHT = '"'
_MARKS = re.compile(r'[“”«»„"]|\n[ \t]*\n|\n')
# A quoted phrase needs this many letters to make its sentence a partial quote.
_MIN_PARTIAL_LETTERS = 2

# "put it" in its speech sense only: not "put it out", "put it on display", "put it in a bin".
_PUT_IT = (r"puts?\s+it(?=\s*[,:.;]|\s*$|\s+(?:to\s+(?:me|us|him|her|them|reporters|"
           r"journalists|the\s+\w+)|bluntly|simply|succinctly|plainly|starkly|mildly|best|"
           r"differently|another\s+way|this\s+way|after|during|when|while|last|yesterday|"
           r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
           r"today|earlier|later|in\s+(?:an?\s+|his\s+|her\s+|its\s+|their\s+)?(?:\w+\s+)?"
           r"(?:interview|statement|speech|address|post|letter|briefing|message|column|op-ed|"
           r"assessment|report|update|analysis|note)"
           r")\b)")
# French reporting verbs (a word list): the present and the compound past with its auxiliary
# "a" ("« … », a indiqué le capitaine X", "« … », confie un commerçant", "X a déclaré : « … »"),
# all inverted after the words as "said X" is. A Cameroon newcomer's French-language state
# paper had no speaker for any quotation. Forms that are English words too ("note", "observe")
# are left out; the accents keep the rest from matching English prose.
_FRENCH_PARTICIPLES = (
    "indiqué", "déclaré", "affirmé", "ajouté", "expliqué", "souligné", "précisé", "dit",
    "assuré", "confié", "estimé", "poursuivi", "conclu", "rappelé", "reconnu", "répondu",
    "insisté", "lancé", "martelé", "averti", "prévenu", "annoncé", "confirmé", "témoigné",
    "raconté", "commenté", "relevé", "noté", "observé", "fait savoir", "promis", "admis",
    "démenti", "écrit", "plaidé",
)
_FRENCH_PRESENT = (
    "indique", "déclare", "affirme", "ajoute", "explique", "souligne", "précise", "dit",
    "confie", "estime", "poursuit", "conclut", "rappelle", "reconnaît", "répond", "insiste",
    "martèle", "prévient", "avertit", "annonce", "confirme", "témoigne", "raconte", "commente",
    "relève", "écrit", "résume",
)
_FRENCH_SPEECH_VERBS = tuple(f"a {p}" for p in _FRENCH_PARTICIPLES) + _FRENCH_PRESENT
# Spanish and Portuguese reporting verbs (a word list, the preterite a news report uses:
# "«…», dijo Guterres.", "«…», disse o administrador do distrito de Macomia, Tomás Badae."),
# inverted after the words as "said X" is; the French list's newcomers' Spanish and Portuguese
# quotations had no speaker. Only forms that are no English words ("dice" is one) are listed.
_IBERIAN_SPEECH_VERBS = (
    "dijo", "afirmó", "declaró", "aseguró", "señaló", "añadió", "agregó", "explicó", "indicó",
    # (and the verbs that say and judge, a Venezuela newcomer's "la canciller Yolanda Marcano
    # denunció que Georgetown «…»" had no speaker)
    "denunció", "advirtió", "sostuvo", "subrayó", "recalcó", "insistió", "reiteró", "manifestó",
    "expresó", "destacó", "enfatizó", "aseveró", "puntualizó", "precisó", "respondió",
    "disse", "afirmou", "declarou", "acrescentou", "explicou", "garantiu", "sublinhou",
    "denunciou", "advertiu", "reiterou", "destacou", "salientou", "ressaltou", "frisou",
)
# ... those of them that also hold (a meeting), deploy (troops) or spot (a ship), a word list,
# and what must follow them before the words to make them speech: "que" within four words
# ("sostuvo ante la prensa que «…»") or a colon or comma right before the marks
_IBERIAN_POLYSEMOUS = frozenset("sostuvo destacó advirtió destacou advertiu".split())
_IBERIAN_SPEECH_ONLY = (r"(?=(?:\s+(?!(?:una?|a|al|o|os|um|uma)\b)[\w,]+){0,4}?\s+que\b|"
                        r"\s*[:,]?\s*[«“\"„])")
# Serbian, Croatian and Bosnian reporting verbs (a word list): the past participle and its
# auxiliary "je", inverted after the words as "said X" is ("„…“, rekao je za RTS direktor
# Kancelarije za Kosovo i Metohiju Nenad Stojković.", "„…“, rekla je ona."), and the subject
# before them ("Milica Radenković izjavila je da …"); the outlet after "za" is the listener, as
# in "told Al Jazeera", no subject ("rekao je za RTS"). A Kosovo newcomer's RTS quotations had
# no speaker, the long clause counted as narration. (Latin script only: the names of Cyrillic
# text are none the speaker index reads.)
_BCS_PARTICIPLES = (
    "rekao", "rekla", "izjavio", "izjavila", "kazao", "kazala", "naveo", "navela", "dodao",
    "dodala", "poručio", "poručila",
)
_BCS_SPEECH_VERBS = tuple(rf"{p}\s+je(?:\s+za\s+[A-Z][\w-]*)?" for p in _BCS_PARTICIPLES)
# Albanian reporting verbs (a word list, the aorist a news report uses), inverted after the words
# as "said X" is ("„…”, tha zëdhënësja e Policisë së Kosovës, Lirie Gashi.", "„…”, deklaroi
# nënkryetarja e Listës Serbe, Milica Radenković."): a Kosovo newcomer's Koha quotations had no
# speaker; the connective "e" / "së" opens the office's complement, no person, and the name in
# apposition after it speaks. Only forms that are no English words.
_ALBANIAN_SPEECH_VERBS = ("tha", "deklaroi", "shtoi", "theksoi", r"u\s+shpreh", "nënvizoi",
                          "paralajmëroi", "pohoi", "sqaroi")
_LOCAL_VERB = re.compile("|".join(_BCS_SPEECH_VERBS + _ALBANIAN_SPEECH_VERBS))
# ... the name closing their inverted subject, a given name and a surname
_LOCAL_HOLDER = re.compile(r"(?<!\S)(?P<given>[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w-]+)\s+[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w-]+\s*$")
_BCS_VERB = re.compile("|".join(_BCS_SPEECH_VERBS))
# ... a state's government, "Vlada" before the state's genitive (a word list): no person
_BCS_STATE_GENITIVES = {"Srbije": "Serbia", "Kosova": "Kosovo", "Rusije": "Russia",
                        "Ukrajine": "Ukraine", "Hrvatske": "Croatia", "Albanije": "Albania"}
_BCS_GOVERNMENT = re.compile(r"\s*Vlada\s+(?P<state>" + "|".join(_BCS_STATE_GENITIVES) +
                             r")\s*")
# ... and the French verbs that judge with the words, as "denounced" does (a partial quote's
# speaker, no quotation of their own: "Le ministre, René Emmanuel Sadi, a dénoncé « la
# barbarie » des groupes armés.")
_FRENCH_JUDGING = ("dénoncé", "déploré", "regretté", "condamné", "salué", "qualifié", "fustigé")
_FRENCH_CHARACTERISING_VERBS = tuple(f"a {p}" for p in _FRENCH_JUDGING) + (
    "dénonce", "déplore", "regrette", "condamne", "salue", "qualifie", "fustige")
# "« … », a-t-il déclaré" / "« … », dit-elle" / "« … », ajoute-t-il": the pronoun inverted
# into the verb; it refers back as "he said" does.
_FRENCH_PRONOUN_INVERSION = re.compile(
    r"[\s,—–-]*(?:a-t-(?P<pron>il|elle)\s+(?:" + "|".join(
        p.replace(" ", r"\s+") for p in _FRENCH_PARTICIPLES) + r")|(?:" + "|".join(
        _FRENCH_PRESENT) + r")-(?:t-)?(?P<pron2>il|elle))(?![\w-])")
_FRENCH_PRONOUNS = {"il": "he", "elle": "she"}
# ... and the Serbian pronoun after the verb and its auxiliary: "„…“, rekla je ona." refers
# back as "she said" does (the woman named before: "Potpredsednica Srpske liste Milica
# Radenković izjavila je …"), and the Albanian one after its verb ("„…”, shtoi ai.").
_LOCAL_PRONOUN_INVERSION = re.compile(
    r"[\s,—–-]*(?:" + "|".join(_BCS_SPEECH_VERBS + _ALBANIAN_SPEECH_VERBS)
    + r")\s+(?P<pron>on|ona|ai|ajo)(?![\w-])")
_LOCAL_PRONOUNS = {"on": "he", "ona": "she", "ai": "he", "ajo": "she"}
# ... and the same clause set off before the words: "Mais, ajoute-t-il, « … »", "Le
# gouvernement, a-t-il dit, « … »": the pronoun is the speaker, the words before it no subject.
_LEAD_FRENCH_INVERSION = re.compile(_FRENCH_PRONOUN_INVERSION.pattern + r"\s*[,:]?\s*$")
_SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "warned",
    "warns", "asserted", "asserts", "stated", "states", "claimed", "claims", "noted", "notes",
    "wrote", "writes", "answered", "replied", "replies", "responded", "insisted", "insists",
    "argued", "argues", "declared", "announced", "affirmed", "stressed", "stresses",
    "emphasised", "emphasized", "remarked", "commented", "acknowledged", "admitted", "conceded",
    "urged", "vowed", "vows", "promised", "observed", "predicted", "recalled", "concluded",
    "cautioned", "confirmed", "denied", "asked", "asks", "posted", "tweeted", "reiterated",
    "suggested", "mentioned", "pointed out", "went on", "continued", "continues", "recounted",
    "testified", "alleged", "pledged", "shouted", "cried", "whispered", "boasted", "complained",
    "lamented", "quipped", "joked", "countered", "retorted", "charged", "contended", "maintained",
    "disclosed", "revealed", "assured", "threatened", "demanded", "proclaimed", "screamed",
    "yelled", "exclaimed", "wondered", "underlined", "underscored", "reported", "reports",
    # the verbs of features and profiles, the present tense above all ("“…,” Nadiya admits.")
    "admits", "recalls", "remembers", "remembered", "concedes", "agrees", "agreed", "jokes",
    "laughs", "laughed", "sighs", "sighed", "shrugs", "shrugged", "smiles", "smiled",
    "acknowledges", "declares", "announces", "observes", "predicts", "promises", "cautions",
    "confirms", "denies", "urges", "answers", "responds", "wonders", "muses", "mused",
    "reflects", "reflected",
    # "As one senior EU official put it to me: “…”", "“…,” as one diplomat put it."
    _PUT_IT,
    # a questioner's follow-up ("The reporter, Oksana Levchenko of Suspilne, pressed: “…”"),
    # not an advance ("Russian forces pressed on toward …", "As Russian troops pressed, …") nor
    # "When pressed, Peskov said …"
    r"pressed(?=\s*[:.])", "interjected",
) + _FRENCH_SPEECH_VERBS + tuple(
    # a Spanish or Portuguese verb that also holds, deploys or spots speaks before the words
    # only with "que" or a colon or comma right before them: "Lavrov sostuvo una reunión con
    # los «aliados» de Moscú", "El Ejército destacó a 300 efectivos en la operación «Escudo
    # Bolivariano»", "advirtió un buque" (a breaker's) had been speech; after the words the
    # bare verb stays ("«…», sostuvo Lavrov.")
    v + _IBERIAN_SPEECH_ONLY if v in _IBERIAN_POLYSEMOUS else v
    for v in _IBERIAN_SPEECH_VERBS) + _BCS_SPEECH_VERBS + _ALBANIAN_SPEECH_VERBS
# "said X" inversions; "told" is not one ("told Al Jazeera" names the listener).
_INVERSION_VERBS = (
    "said", "says", "added", "adds", "explained", "asked", "asks", "wrote", "writes", "warned",
    "warns", "insisted", "noted", "stated", "declared", "replied", "answered", "recalled",
    "concluded", "remarked", "observed", "continued", "cautioned", "argued", "explained",
    "shouted", "cried", "whispered", "recounted", "vowed", "claimed", "stressed", "urged",
    "countered", "retorted", "quipped", "joked", "lamented", "complained", "boasted",
    "acknowledged", "admitted", "conceded", "responded", "predicted", "promised", "pleaded",
    "demanded", "exclaimed", "wondered", "agreed",
    # the verbs of features and profiles, the present tense above all ("“…,” explains Andriy
    # Petrenko.")
    "explains", "insists", "continues", "recalls", "remembers", "concedes", "admits", "notes",
    "argues", "replies", "answers", "observes", "cautions", "jokes", "laughs", "sighs",
    "agrees", "remarks", "stresses", "urges", "responds", "predicts", "promises", "wonders",
    "remembered", "laughed", "sighed", "mused", "muses",
)
# Verbs in -s that are also plural nouns ("the Baltic states said", "Gulf states, among them
# Qatar, said": the subject had been "the Baltic" and the verb "states"); "Moscow states that …"
# keeps the verb.
_NOUN_HOMOGRAPHS = frozenset("states claims notes reports answers promises replies jokes smiles "
                             "sighs laughs shrugs wonders urges cautions".split())
_PLAIN_SPEECH = "|".join(v.replace(" ", r"\s+") for v in _SPEECH_VERBS
                        if isinstance(v, str) and v.replace(" ", "").isalpha())
# ... a noun before a finite verb, or before a comma when a reporting verb follows the aside
# ("the Baltic states, said"; not "Russia claims, without providing evidence, that …")
_NOT_AS_NOUN = (r"(?!\s+(?:have|has|had|are|were|was|is|will|would|could|can|must|may|might|"
                rf"should|did|do|does|{_PLAIN_SPEECH})\b|"
                rf"\s*,[^“”\"«».;:]{{0,120}}?\b(?:{_PLAIN_SPEECH})\b)")
# ... and right after a determiner ("The Kremlin rejected the reports, calling them “pure
# fabrication.”" had been spoken by "Kremlin rejected the", the verb "reports")
_AFTER_DETERMINER = "".join(rf"(?<!\b{d}\s)" for d in (
    "the", "The", "these", "those", "such", "its", "their", "his", "her", "our", "any", "all")) \
    + r"(?<!['’]s\s)(?<!s['’]\s)"  # ... or a possessive ("the occupiers’ reports of a ‘…’")
_VERB = "(?:" + "|".join((_AFTER_DETERMINER if v in _NOUN_HOMOGRAPHS else "")
                         + v.replace(" ", r"\s+") + (_NOT_AS_NOUN if v in _NOUN_HOMOGRAPHS else "")
                         for v in _SPEECH_VERBS) + ")"
_INVERSION = "(?:" + "|".join(sorted(set(_INVERSION_VERBS)) + [
    v.replace(" ", r"\s+") for v in _FRENCH_SPEECH_VERBS]
    + list(_IBERIAN_SPEECH_VERBS + _BCS_SPEECH_VERBS + _ALBANIAN_SPEECH_VERBS)) + ")"
_NQ = r"[^.;:!?“”\"«»„]"  # a character that cannot end or leave an attribution clause
_NC = r"[^,.;:!?“”\"«»„]"  # ... nor contain a comma (the end of a subject noun phrase)
_WORD = r"[^\s,.;:!?“”\"«»„]+"
# Adverbs and auxiliaries between a subject and its reporting verb ("officials have warned").
# an adverb in -ly is written in lower case: "Iyad Ag Ghaly said", "Italy said" are names
_ADVERBS = (r"(?:\s+(?:(?-i:[a-z]\w*ly)|also|then|later|again|further|once|even|still|simply|"
            r"quickly|"
            r"has|have|had|would|will))*")
_TRAIL_ACCORDING = re.compile(rf"[\s,—–-]*(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}})")
_TRAIL_VERB_FIRST = re.compile(
    rf"[\s,—–-]*(?P<verb>{_INVERSION}){_ADVERBS}\s+(?P<subj>{_NQ}{{1,200}})"
)
_TRAIL_SUBJECT_FIRST = re.compile(
    rf"[\s,—–-]*(?P<subj>{_NQ}{{1,200}}?){_ADVERBS}\s+(?:(?:has|had|have|would|will|later)\s+)?"
    rf"(?P<verb>{_VERB})\b(?P<obj>(?:\s+{_WORD}){{0,6}})"
)
# “…,” the statement said / a statement from the Air Force read: a document speaks for whoever
# issued it (named after "from" / "by", or in the two sentences before).
_DOCUMENTS = (r"statement|communiqu[eé]|declaration|letter|decree|resolution|readout|bulletin|"
              r"notice|post|message|note|update|report|document|text|transcript")
_DOCUMENT_SUBJECT = (
    rf"(?P<subj>(?i:the|a|an)\s+(?P<mods>(?:[^\s,;:“”\"«»„]+\s+){{0,3}}?)(?P<doc>{_DOCUMENTS})\b)"
    rf"(?:\s+(?:from|by|of|(?:issued|released|published)\s+by)\s+(?P<issuer>{_NC}{{1,80}}?))?"
)
_DOCUMENT_VERB = r"(?:said|says|read|reads|stated|states|added|adds|noted|notes|continued|" \
                 r"continues|went\s+on)"
_TRAIL_DOCUMENT = re.compile(rf"[\s,—–-]*{_DOCUMENT_SUBJECT}\s+(?:also\s+)?{_DOCUMENT_VERB}\b")
# A statement issued by the alliance later read: “…”
_LEAD_DOCUMENT = re.compile(rf"\s*(?:[^,“”\"]{{1,40}},\s*|(?:But|And|Meanwhile|Later|Then)\s+)?"
                            rf"{_DOCUMENT_SUBJECT}(?:\s+(?:later|also|then))?\s+{_DOCUMENT_VERB}"
                            rf"\s*[,:]?\s*$")
# ... and in French, the verb inverted before the document: "« … », affirme le texte." / "« … », a
# précisé le communiqué du Hezbollah" (a fixer's case had no speaker; see _french_document_speaker)
_FRENCH_DOCUMENTS = (r"texte|communiqué|déclaration|lettre|document|message|note|décret|"
                     r"résolution|publication")
_FRENCH_VERB = "(?:" + "|".join(v.replace(" ", r"[ \t]+") for v in _FRENCH_SPEECH_VERBS) + ")"
_TRAIL_FRENCH_DOCUMENT = re.compile(
    rf"[\s,—–-]*{_FRENCH_VERB}[ \t]+"
    rf"(?P<subj>(?:le|la|l['’]|ce|cette)[ \t]*(?P<mods>)(?P<doc>{_FRENCH_DOCUMENTS})(?![\w-]))"
    rf"(?:[ \t]+(?:de|du|des|d['’])[ \t]*(?P<issuer>{_NC}{{1,80}}?))?(?=[ \t]*(?:[.,;]|$))")
# A document's words said to be "the text" / "the document" are those of the statement,
# communiqué or letter a sentence before names ("Le Hezbollah a publié un communiqué. « … »,
# affirme le texte.", "Hezbollah issued a statement. “…,” the text said.").
_GENERIC_DOCUMENTS = frozenset({"text", "texte", "document"})
_NAMED_DOCUMENTS = ("statement", "communiqué", "communique", "declaration", "déclaration",
                    "letter", "lettre", "message")
# “…” — Deputy Minister Olena Marchuk  /  "…" -- Kaja Kallas, EU foreign policy chief
_TRAIL_DASH = re.compile(r"[ \t]*(?:—|–|--|-)[ \t]*(?P<subj>[A-Z][^\n“”\"]{0,160}?)[ \t.]*(?=\n|$)")
# A clause opening with one of these continues the sentence; it does not attribute the quote.
_CONJUNCTION = re.compile(
    r"(?:and|but|or|as|while|which|that|because|so|if|when|after|before|since|although|though|"
    r"where|who|whom|whose|to|for|of|in|on|with|at|by|from|into|than|then|is|are|was|were|"
    r"it|there|this|these|those|what|how|why)\b",
    re.IGNORECASE,
)
# Speech relayed by a news agency: "X was quoted as saying by TASS", "X was cited by RIA as
# saying", "TASS quoted X as saying"; the speaker is X, not the agency.
_AS_SAYING = rf"as\s+(?:saying|telling\s+{_WORD}|writing)"
_BY_AGENCY = rf"(?:\s+by\s+{_NQ}{{1,80}}?)"
_QUOTED_AS = (  # the passive first: in "X was quoted by RIA as saying" RIA is no speaker
    rf"(?:(?P<passive>{_NQ}{{1,160}}?)\s+(?:was|were|is|has\s+been|had\s+been)\s+"
    rf"(?:quoted|cited){_BY_AGENCY}?\s+{_AS_SAYING}{_BY_AGENCY}?"
    rf"|(?P<agency>{_NQ}{{1,80}}?)\s+(?:quoted|cited)\s+(?P<subj>{_NQ}{{1,160}}?)\s+{_AS_SAYING})"
)
_TRAIL_QUOTED_AS = re.compile(rf"[\s,—–-]*{_QUOTED_AS}(?=\s*[.,;!?]|\s*$|\s+{_WORD})")
_LEAD_QUOTED_AS = re.compile(rf"{_QUOTED_AS}\s*[,:]?\s*(?:that\s*)?$")
_LEAD_ACCORDING = re.compile(rf"(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}}?)\s*[,:]\s*$")
# ... and the French "selon X" / "d'après X", and "Pour X" opening the sentence, right before the
# words ("Pour Nabih Berri, « la résolution 1701 doit être appliquée »": Berri's; a fixer's case
# had no speaker; "Pour le Premier ministre, « … »" the role); "Pour" only where X is someone:
# "Pour la première fois, « … »" names no one and is left to the other rules.
_LEAD_FRENCH_ACCORDING = re.compile(
    rf"\s*(?:(?P<for>Pour)|(?i:selon|d['’]après))\s+(?P<subj>{_NC}{{1,120}}?)\s*,\s*$")
# ... a broadcast's spoken "quote" may stand before the words ("told reporters, quote, “…”").
_LEAD_VERB = re.compile(
    rf"\b(?:(?:has|have|had|would|will)\s+)?(?P<verb>{_VERB}){_ADVERBS}"
    rf"(?P<obj>(?:\s+{_WORD}){{0,6}}?)\s*[,:]?\s*(?:(?i:quote)\s*[,:]?\s*)?(?:that\s*)?$"
)
_ANY_VERB = re.compile(rf"\b{_VERB}\b")
_NARRATION = re.compile(rf"(?P<subj>{_NQ}{{1,160}}?){_ADVERBS}\s+(?P<verb>{_VERB})\b")
# Verbs that put a phrase in someone's words by naming or judging with it: "Zelensky called the
# attack “pure terror”", "Zakharova described the meeting as “a gathering of arsonists”". They
# introduce no quotation of their own, so they are read only for a sentence's woven phrases.
_CHARACTERISING_VERBS = (
    "called", "calls", "described", "describes", "dismissed", "dismisses", "condemned",
    "condemns", "denounced", "denounces", "accused", "accuses", "branded", "brands", "labelled",
    "labeled", "termed", "dubbed", "hailed", "hails", "praised", "praises", "criticised",
    "criticized", "slammed", "mocked", "derided", "ridiculed", "welcomed", "welcomes",
    "thanked", "thanks", "blamed", "blames", "characterised", "characterized",
    # a statement's stance in a phrase of its own ("The Egyptian Foreign Ministry expressed
    # “deep concern”", a Libya newcomer's, had no speaker)
    "expressed", "expresses", "voiced", "voices",
    # "Peskov put it down to “emotions”"
    _PUT_IT, r"puts?\s+it\s+down\s+to",
    # a plural subject's present, of the verbs no noun shares ("Its officials accuse Western
    # embassies of backing a “global war party” and say …", a Georgia newcomer's, had no
    # speaker; "call", "blame", "label" are nouns too and stay out)
    "accuse", "condemn", "denounce", "describe", "dismiss", "criticise", "criticize",
    # an order's words after "to" right before them ("President Ferdinand R. Marcos Jr. has
    # ordered the AFP to “strategically defeat” the remaining NPA fronts", a fixer's case, had
    # no speaker, where "urged the AFP to “…”" had one; "Putin ordered troops into “the
    # so-called DPR”" stays no one's)
    r"(?:ordered|orders|directed|directs|instructed|instructs|commanded)(?=(?:\s+[^\s“”\"«»„.;:]+)"
    r"{1,6}\s+to\s+[“\"«„])",
) + _FRENCH_CHARACTERISING_VERBS + (
    # ... and the Albanian "called it", the object's clitic before the verb ("Lista Serbe e
    # quajti aksionin „provokim të radhës”.", a Kosovo newcomer's, had no speaker)
    r"e\s+quajti", r"e\s+quajtën", r"e\s+cilësoi", r"e\s+cilësuan")
_PARTIAL_NARRATION = re.compile(
    rf"(?P<subj>{_NQ}{{1,160}}?){_ADVERBS}\s+(?P<verb>{_VERB}|"
    + "|".join(v.replace(" ", r"\s+") for v in _CHARACTERISING_VERBS) + r")\b")
# A short sentence giving a person's disposition, whose quotation follows it: "Zelensky was
# defiant.", "On the economy, Putin was more upbeat." (a participle in -ed is a disposition
# only when listed: "X was killed." introduces nobody's words).
_DISPOSED = (r"determined|unimpressed|undeterred|unmoved|unfazed|relaxed|reserved|guarded|"
             r"measured|animated|subdued|frustrated|exasperated|worried|concerned|convinced|"
             r"pleased|delighted|encouraged|disappointed|unrepentant|unapologetic")
_DISPOSITION = re.compile(
    r"\s*(?:[^.;:!?“”\"«»„,]{1,60},\s*)?(?P<subj>[^.;:!?“”\"«»„,]{1,80}?)\s+"
    r"(?:was|were|is|are|sounded|seemed|remained|appeared)\s+"
    r"(?:(?:\w+ly|more|less|equally|just|as|even|still|also|far|much|no\s+less)\s+)*"
    rf"(?P<adj>{_DISPOSED}|[a-z][a-z\-]*(?<!ed)(?<!en))"
    # ... and what about: "was blunt about the mood in Kyiv." (a third newcomer's)
    r"(?:\s+(?:about|on|over|in|at|with|toward|towards)\s+[^.;:!?“”\"«»„,]{1,60})?\s*[.:]?\s*$"
)
# A gesture before the words, as a disposition: "Tkachuk nodded. “Where else would I go?”"
_GESTURE = re.compile(
    r"\s*(?P<subj>[^.;:!?“”\"«»„,]{1,60}?)\s+(?:\w+ly\s+)?"
    r"(?P<adj>nodded|shrugged|smiled|sighed|laughed|paused|frowned|grinned|winced|hesitated|"
    r"gestured)(?:\s+(?:again|slowly|briefly|and\s+smiled|and\s+laughed))?\s*[.:]?\s*$")
# A disposition's object: "calm about the threat of sanctions" is an attitude.
_ATTITUDE_AFTER = re.compile(r"\s+(?:about|over|toward|towards|regarding)\b")
# Seats of government, never a city's mood: "The Kremlin was calm."
_SEAT = re.compile(r"\b(?:Kremlin|White\s+House|Downing\s+Street|Pentagon|[EÉ]lys[eé]e|"
                   r"Bankova|State\s+Department|Foreign\s+Office|Quai\s+d'Orsay)\b")
# What a city is, not what its government says: "Kyiv was calm.", "Moscow was quiet."
_PLACE_STATES = frozenset("calm quiet tense silent empty deserted dark busy cold peaceful still "
                          "subdued sombre somber festive".split())
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$")
_ABBREVIATION = re.compile(
    # (and a US state's after a legislator's party: "Sen. Ellen Hartley, D-Minn., said.")
    r"\b(?:[A-Z]|(?:(?<=, [RDI]-)|(?<=\([RDI]-))[A-Z][a-z]{1,4}|"
    r"Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|No|Brig|"
    r"Cmdr|Rev|Fr|Pres|Amb|Insp|Supt|Smt|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\."
)
_MASK = "\u2024"
# Spans further than this from a sentence cannot bear on it (quotes, attribution clauses).
_NEAR = 3000  # one-dot leader: same length as ".", but no longer a sentence end
# A meeting named by where it is held, after the one attending it: its place is no speaker
# ("An Israeli official at the talks in Doha said").
_AT_VENUE = re.compile(r"\s(?:at|in|during|from|attending)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|"
                       r"negotiations|summit|meeting|conference)\s+(?:in|at)\s+$")
# Lower-case words a leading subject noun phrase may contain before its verb.
# A clause of its own before ", says": a capitalised subject, a lower-case verb and its object
# ("- Kremlin denies strike", "Houthis vow response").
_COORDINATED_CLAUSE = re.compile(
    r"[\s\-–—•*]*(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+(?P<verb>[a-z]+)\s+\S")
# ... whose verb agrees with it: a singular verb in -s ("Kremlin denies"), or a plural subject
# ("Houthis vow"); not "Ukraine war veterans protest law, say" ("war" is no verb, a breaker's)
_AGREES = re.compile(r"(?:[^s\s]\s+\w+s|s\s+\w*[^s\W])$")
_NP_LOWER = (frozenset("of for the a an one and himself herself itself themselves "
                       # "A mother of four who fled Bukavu said:"
                       "two three four five six seven eight nine ten eleven twelve".split())
             | TITLE_WORDS | ROLE_NOUNS | ORG_NOUNS)


@dataclass(frozen=True)
class Attribution:
    """Who said a quoted span; ``region`` is the attribution clause in article offsets."""

    speaker: str
    camp: str
    region: tuple[int, int] = (0, 0)
    how: str = ""
    status: str = ""
    gender: str = ""  # the speaker's, when a person ('m', 'f'; '' unknown)
    kind: str = ""  # the speaker's: person, organisation, country, description, ...


@dataclass(frozen=True)
class _Article:
    """One article prepared for attribution (all offsets are article offsets)."""

    text: str
    masked: str
    spans: list[tuple[int, int]]
    inside: list[int]
    mentions: list[Mention]
    sentence_starts: list[int]
    sentence_ends: list[int]
    index: SpeakerIndex
    span_starts: list[int]


# --------------------------------------------------------------------------- quoted spans


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, marks included, in text order."""
    text = _low_high_marks_as_curly(text)
    spans = _double_spans(text)
    return sorted(spans + _single_spans(text, spans))


def _double_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in _MARKS.finditer(text):
        mark = match.group()
        if mark.startswith("\n"):
            if open_at is None:
                continue
            if _continues_quote(text, match.end(), _OPENERS + _STRAIGHT):
                spans.append((open_at, len(text[:match.start()].rstrip())))
                open_at = None
            elif mark != "\n" or _ends_paragraph(text, match.start(), match.end()):
                open_at = None  # unclosed at a paragraph end: a stray mark, not a quotation
            continue
        pos = match.start()
        if open_at is None:
            if mark not in _CLOSERS or _closer_opens(text, pos):
                open_at = pos
        elif mark in _CLOSERS or mark == _STRAIGHT:
            spans.append((open_at, pos + 1))
            open_at = None
        else:
            open_at = pos  # a second opener: the earlier one was never closed
    return spans


def _closer_opens(text: str, pos: int) -> bool:
    """True for a right double quote used as an opener, as scraped or retyped text has it
    (”We will win,” Zelensky said.): at the start of a word, after a space or a paragraph's
    start."""
    before = text[pos - 1] if pos else "\n"
    after = text[pos + 1:pos + 2]
    return text[pos] == "”" and (before.isspace() or before in "([—–") and after.isalnum()


def _single_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single marks (‘…’ or '…') outside the double-quoted spans."""
    blocked = _inside_flags(text, taken)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for match in re.finditer(r"[‘']", text):
        pos = match.start()
        if pos < cursor or blocked[pos]:
            continue
        before = text[pos - 1] if pos else " "
        after = text[pos + 1:pos + 2]
        if before.isalnum() or not after or after.isspace() or after in "’'":
            continue  # an apostrophe (don't, Kyiv's) or a lone mark
        if re.match(r"['‘](?:\d0s|em\b|til\b|cause\b|n\b|tis\b|twas\b)", text[pos:]):
            continue
        stop = _paragraph_end(text, pos)
        close = _single_closer(text, pos + 1, stop)
        if close is None:
            if stop < len(text) and _continues_quote(text, stop, "‘'") and \
                    not any(blocked[pos:stop]):
                spans.append((pos, len(text[:stop].rstrip())))
                cursor = stop
            continue
        if any(blocked[pos:close]):
            continue
        spans.append((pos, close + 1))
        cursor = close + 1
    return spans


def _single_closer(text: str, start: int, stop: int) -> int | None:
    """Position of the closing single mark of a quotation opened before ``start``."""
    first = None
    for match in re.finditer(r"[’']", text[start:stop]):
        pos = start + match.start()
        before = text[pos - 1]
        after = text[pos + 1:pos + 2]
        if before.isspace() or (after and after.isalnum()):
            continue  # an opening mark or an apostrophe inside a word
        if first is None:
            first = pos
        # "soldiers’ morale": after an s and before a word, the mark is more likely a
        # possessive; punctuation before it or anything but a space after it closes a quote
        if before in ",.?!…—-;:" or after != " " or before != "s":
            return pos
    return first


def _paragraph_end(text: str, pos: int) -> int:
    """End of the paragraph holding ``pos`` (a blank line, or a one-paragraph line)."""
    for match in re.finditer(r"\n[ \t]*\n|\n", text[pos:]):
        newline = pos + match.start()
        if match.group() != "\n" or _ends_paragraph(text, newline, pos + match.end()):
            return newline
    return len(text)


def _continues_quote(text: str, pos: int, marks: str) -> bool:
    """True when the line starting at ``pos`` opens with a quote mark."""
    rest = text[pos:].lstrip()
    return bool(rest) and rest[0] in marks


def _ends_paragraph(text: str, newline: int, next_line: int) -> bool:
    """True when a single newline ends a paragraph rather than wrapping a sentence.

    Files with one paragraph per line have no blank lines; a line ending a sentence followed by
    a capitalised line is taken as a paragraph break there, so a stray quote mark cannot run on
    through the rest of the article.
    """
    before = text[:newline].rstrip()
    after = text[next_line:].lstrip().lstrip("“‘\"'«")
    return before[-1:] in ".!?”\"’'" and after[:1].isupper()


def _low_high_marks_as_curly(text: str) -> str:
    """``text`` with German-style quotations („…“, „…”) written as “…”, offsets unchanged.

    In „…“ the closing mark is the English opener, so “ read as a second opener left every
    such quotation unfound (translations from German, Polish, Czech, Ukrainian).  Only a “
    right after a word or its punctuation closes a „; a „ left open at a line break or before
    an English quotation is stray, and the marks after it stay as they are."""
    if "„" not in text:
        return text
    chars, open_at = list(text), None
    for i, char in enumerate(chars):
        if char == "„":
            chars[i], open_at = "“", i
        elif char == "“" and open_at is not None and (
                i and not chars[i - 1].isspace() or not text[i + 1:i + 2].isalnum()):
            # a closing “ ends a word or its punctuation ("werden,“", "bleiben – “ sagte"); one
            # after a space and before a word opens an English quotation, and the „ before it
            # was stray ("The ship „Moskva was sunk. “We hit it,” …")
            chars[i], open_at = "”", None
        elif char in "”“\n":
            open_at = None
    return "".join(chars)


def _inside_flags(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """1 for every character inside a quoted span, else 0."""
    flags = [0] * len(text)
    for start, end in spans:
        flags[start:end] = [1] * (end - start)
    return flags


# --------------------------------------------------------------------------- preparation


# A person's nickname in quotes between the given name and the surname: 'Jimmy “Barbecue”
# Chérizier said …', 'Yevgeny “Wagner chief” Prigozhin said …' (a newcomer's gang leader, written
# this way almost always: the sentence had been a quote, the nickname its quoted words). A
# given name the name data knows for many people, no title or function word ("The “Wagner”
# Group", "President “Victory” …"), up to four words in the marks with no punctuation, and a
# capitalised word right after the closing mark.
_NICKNAME_INNER = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,3}")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]+)[ \t]+$")
_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’\-]")
_PLACE_BEFORE_GIVEN = re.compile(r"(?<![\w'’\-])(?i:in|at|from|near|into|across|to)[ \t]+$")
_NOT_GIVEN = frozenset("the a an this that these those of and or in on at for to from by with "
                       "as".split()) | TITLE_WORDS | ROLE_NOUNS


def _nickname(text: str, start: int, end: int, registry: Registry) -> bool:
    """Whether the quoted span text[start:end] is a nickname between a person's given name and
    surname (see :data:`_NICKNAME_INNER`): no one's words. The given name is no registry
    form of anything but a person, and follows no preposition of place ("In Georgia “Dream”
    rallies …": the name data knows Georgia as a woman's name)."""
    if end - start < 3 or not _NICKNAME_INNER.fullmatch(text, start + 1, end - 1) or \
            not _SURNAME_AFTER.match(text, end):
        return False
    given = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
    if given is None or given.group(1).lower() in _NOT_GIVEN:
        return False
    word = given.group(1)
    known = registry.lookup(word)
    if known is not None and known[0].type != "person" or registry.is_region(word) or \
            _PLACE_BEFORE_GIVEN.search(text, max(0, given.start() - 8), given.start()):
        return False
    return first_name_people(word) >= NAME_PEOPLE_MIN and first_name_gender(word) in ("f", "m")


# A name given after "alias", "known as" or "nicknamed": no one's words, as a nickname
# inside a name is not ("… the Estado Mayor de Bloques y Frente (EMBF) under alias "Calarca," are
# still ongoing, although Patiño admitted that they had "…"" had the alias as its first quoted
# words, which hid the reporting clause after them; in "“…,” Chérizier, known as “Barbecue”,
# said." its marks had ended the reporting clause). Not "dubbed" or "code-named": an operation's
# name there is still the words a speaker gives ("The offensive, dubbed “Operation Dawn,” hit …,
# the general staff said." is the general staff's partial quote). Capitalised words only, with the comma a wire sets inside
# the marks: "known as “the butcher of Bucha”" stays quoted words.
# (the French "surnommé" too: "Chérizier, surnommé « Barbecue », a déclaré …")
_ALIAS_WORDS = (r"(?i:alias|aka|a\.k\.a\.|(?:(?:also|better|widely)[ \t]+)?known[ \t]+as|nicknamed|"
                r"surnommée?s?)")
_ALIAS_BEFORE = re.compile(rf"(?<![\w-]){_ALIAS_WORDS}[ \t]+$")
_ALIAS_INNER = re.compile(r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3},?")
# ... and after a person's name and its comma a lower-case word or two too ("Jimmy Chérizier,
# known as “barbecue”, said …" had the nickname as a partial quote of no one's), but no
# phrase opening with a determiner ("known as “the butcher of Bucha”" stays quoted words)
_NAMED_ALIAS_BEFORE = re.compile(rf"(?<![\w'’\-])[A-Z][\w'’\-]+,[ \t]+{_ALIAS_WORDS}[ \t]+$")
_LOWER_ALIAS_INNER = re.compile(r"(?!(?i:the|a|an|le|la|les|el|los|las)\b)[a-z][\w'’\-]*"
                                r"(?:[ \t]+[a-z][\w'’\-]*)?,?")


# "Dubbed" gives a person's nickname where a name and its comma stand before it and the ones
# who use the nickname follow ("Prigozhin, dubbed “General Armageddon” by the press, said": the
# span had ended the reporting clause, whose subject became "by the press").
_DUBBED_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]+,[ \t]+dubbed[ \t]+$")
_BY_AFTER = re.compile(r"[ \t]+by[ \t]+")


def _alias(text: str, start: int, end: int) -> bool:
    """Whether the quoted span text[start:end] is a name given after "alias" or "known as"
    (:data:`_ALIAS_BEFORE`, :data:`_ALIAS_INNER`; in lower case after a person's name and
    comma, :data:`_NAMED_ALIAS_BEFORE`), or a person's nickname "dubbed" by
    someone after their name and comma (:data:`_DUBBED_BEFORE`; "The offensive, dubbed
    “Operation Dawn,” hit …" stays the speaker's words)."""
    inner_start, inner_end = start + 1, end - 1
    while inner_start < inner_end and text[inner_start] in " \t\u00a0\u202f":
        inner_start += 1  # the spaces French marks take: « Barbecue »
    while inner_end > inner_start and text[inner_end - 1] in " \t\u00a0\u202f":
        inner_end -= 1
    if end - start < 3:
        return False
    if _LOWER_ALIAS_INNER.fullmatch(text, inner_start, inner_end):
        return bool(_NAMED_ALIAS_BEFORE.search(text, max(0, start - 60), start))
    if not _ALIAS_INNER.fullmatch(text, inner_start, inner_end):
        return False
    return bool(_ALIAS_BEFORE.search(text, max(0, start - 30), start)) or bool(
        _DUBBED_BEFORE.search(text, max(0, start - 60), start) and _BY_AFTER.match(text, end))


# A ship's name in marks after its noun, as agencies print vessels' names ('targeted the ship
# "SEA MERIDIAN"', 'seized the tanker "HELLAS AURORA"': a Red Sea newcomer's Saba story was a
# partial quote of the Houthis for two names): a name of capitalised words, no one's words. A
# ship's words in lower case ('the tanker was "badly damaged"') stay quoted words.
_VESSEL_BEFORE = re.compile(
    r"(?<![\w-])(?i:ship|vessel|tanker|freighter|carrier|bulker|boat|frigate|destroyer|"
    r"corvette|cruiser|submarine|yacht|ferry|trawler|tug|M/[VT]|MV|MT)[ \t]+$")
_VESSEL_NAME_INNER = re.compile(r"[A-Z0-9][\w'’.\-]*(?:[ \t]+[A-Z0-9][\w'’.\-]*){0,3},?")


def _vessel_name(text: str, start: int, end: int) -> bool:
    """Whether the quoted span text[start:end] is a ship's name right after its noun
    (:data:`_VESSEL_BEFORE`, :data:`_VESSEL_NAME_INNER`)."""
    return end - start >= 3 and bool(_VESSEL_NAME_INNER.fullmatch(text, start + 1, end - 1)) \
        and bool(_VESSEL_BEFORE.search(text, max(0, start - 20), start))


def _prepare(text: str, rows: pd.DataFrame, registry: Registry) -> _Article:
    """Spans, mentions outside quotations, the speaker index and sentence bounds."""
    found = find_quote_spans(text)
    spans = [(s, e) for s, e in found
             if not _nickname(text, s, e, registry) and not _alias(text, s, e)
             and not _vessel_name(text, s, e)]
    inside = _inside_flags(text, spans)
    mentions = [m for m in scan_text(text, registry) if not any(inside[m.start : m.end])]
    masked = _ABBREVIATION.sub(lambda m: m.group()[:-1] + _MASK, text)
    # a nickname is no quotation, and no part of the name: the clause and the name read
    # without it ('“…,” Jimmy “Barbecue” Chérizier said' had no subject, its marks ending the
    # clause, and "said Jimmy “Barbecue” Chérizier" the speaker "Jimmy"; "Barbecue’ Chérizier"
    # had been a run)
    named = text
    for start, end in sorted(set(found) - set(spans)):
        masked = masked[:start] + " " * (end - start) + masked[end:]
        named = named[:start] + " " * (end - start) + named[end:]
    order = rows.sort_values("start")
    return _Article(
        text, masked, spans, inside, mentions,
        [int(s) for s in order["start"]], [int(e) for e in order["end"]],
        SpeakerIndex(named, inside, mentions, registry,
                     str(rows["source"].iloc[0]) if "source" in rows and len(rows) else ""),
        [s for s, _ in spans],
    )


def _sentence_index(article: _Article, pos: int) -> int:
    """Index of the sentence row containing (or last starting before) ``pos``."""
    return max(0, bisect.bisect_right(article.sentence_starts, pos) - 1)


# --------------------------------------------------------------------------- speakers


def _resolve(article: _Article, start: int, end: int) -> Speaker | None:
    """The speaker of the subject phrase [start, end), or None; "it" is first the body that
    spoke in the sentence before ("Poland said it would close its border crossings with
    Belarus. In a statement, it added: “…”" is Poland's, not Belarus's)."""
    while start < end and article.text[start] in " \t\n,—–-":
        start += 1
    while end > start and article.text[end - 1] in " \t\n,":
        end -= 1
    if start >= end:
        return None
    if article.text[start:end].lower() == "it":
        body = _body_before(article, start)
        if body is not None:
            return Speaker(body.speaker, body.camp, body.status, body.kind, body.gender)
    return article.index.resolve(start, end)


def _body_before(article: _Article, pos: int) -> Attribution | None:
    """The organisation or state "it" names in the sentence holding ``pos``: the one whose
    reporting clause opens the sentence before ("The US Embassy in Kyiv urged Americans to
    leave"), else the one a quotation there is attributed to, else its subject when a body that
    acts ("Russia's foreign ministry summoned the ambassador"); None when that is a person, a
    description or a state, when the sentence negates or is passive, or for two subjects ("The
    RSF and the SAF agreed")."""
    row = _sentence_index(article, pos)
    if row == 0:
        return None
    lo, hi = article.sentence_starts[row - 1], article.sentence_ends[row - 1]
    # a clause closing it first: "Russia launched 400 drones …, according to Ukraine's air
    # force. It called the attack …", "Russia and Belarus began drills, the Russian defence
    # ministry said."
    closing = _closing_clause_speaker(article, lo, hi, after_quotes=False)
    if closing is not None:
        return closing if closing.kind not in _NOT_IT else None
    if _coordinated_subject(article, lo, hi):
        return None  # "The RSF and the SAF agreed to a truce. It called …": neither
    before = _reporting_clause_speaker(article, lo, hi, follow_it=False)
    if before is not None:
        return before if before.kind not in _NOT_IT else None
    # no clause opens it: the body a quotation there is attributed to ("“We will respond,” the
    # Defence Ministry said."), else the body that is its subject ("Russia's foreign ministry
    # summoned the ambassador."), never its object ("Israel struck a UNRWA school.") nor a state
    for index in range(bisect.bisect_left(article.span_starts, lo), len(article.spans)):
        if article.spans[index][0] >= hi:
            break
        quoted = _trailing(article, index) or _leading(article, index)
        if quoted is not None and quoted.speaker:
            return quoted if quoted.kind not in _NOT_IT else None
    subject = _sentence_subject(article, lo, hi)
    if subject is None or subject.kind in _NOT_IT or subject.kind == "country" or \
            _ACTS_NOT.search(article.masked, lo, hi):
        return None  # "Russia, meanwhile, massed troops.", "The FSB did not comment.", passives
    return _attribution(subject, (0, 0), "narration")


# A sentence whose subject does not act or speak: a negation, a refusal or a passive ("The FSB
# did not comment.", "Hungary was criticised by the European Commission.").
_ACTS_NOT = re.compile(r"\b(?:not|n't|never|declined|refused|(?:was|were|is|are|been|being)\s+"
                       r"(?:\w+ly\s+)?\w+(?:ed|en)\s+by)\b")


def _subject_entity(article: _Article, lo: int, hi: int) -> Entity | None:
    """The entity named first in the sentence [lo, hi) when it opens the sentence's main clause
    (after a dateline, an opening "But" or a prepositional phrase, and a determiner); None when
    a subordinate clause or anything else opens it."""
    masked = article.masked
    start = lead_end(article.text, lo, hi, article.index.registry)
    start = _end_of(_OPENING_CONJUNCTION.match(masked, start, hi), start)
    start = _end_of(_ADJUNCT.match(masked, start, hi), start)
    if _SUBORDINATOR.match(masked, start, hi):
        return None
    for entity in article.index.entities_between(start, hi):
        if any(article.inside[entity.start:entity.end]):
            continue
        if not re.fullmatch(r"\s*(?i:the\s+)?", masked[start:entity.start]):
            return None
        return entity
    return None


_COORDINATED = re.compile(r"\s*(?:,[^,]{1,80},\s*)?(?:and|or|&|as\s+well\s+as)\s")


def _coordinated_subject(article: _Article, lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) opens with two subjects ("The RSF and the SAF agreed")."""
    entity = _subject_entity(article, lo, hi)
    return entity is not None and bool(_COORDINATED.match(article.masked, entity.end, hi))


def _sentence_subject(article: _Article, lo: int, hi: int) -> Speaker | None:
    """The speaker who is the subject of the sentence [lo, hi) (see :func:`_subject_entity`),
    alone: None when the subject is coordinated."""
    entity = _subject_entity(article, lo, hi)
    if entity is None or _COORDINATED.match(article.masked, entity.end, hi):
        return None
    return entity.speaker


def _attribution(found: Speaker | None, region: tuple[int, int], how: str) -> Attribution:
    """Wrap a resolved speaker; speaker "" when the clause names nobody ("they said")."""
    if found is None:
        return Attribution("", "", region, how, "")
    return Attribution(found.name, found.camp, region, how, found.status, found.gender,
                       found.kind)


_PARENTHESIS = re.compile(r"\([^()\n]{1,120}\)")
# A day between a subject and its verb: "Zelensky on Tuesday said", "The Kremlin late on Friday
# said" (a wire's order; the day had been read as the subject's noun phrase).
_TRAILING_DAY = re.compile(r"\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:on|last|this)\s+)?"
                           r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                           r"(?:\s+(?:morning|afternoon|evening|night))?\s*$")
# ... but not after a phrase of place or time, whose noun is no subject ("Putin at his annual
# news conference on Thursday said", a breaker's: the subject is found from the clause's start)
_PLACE_OR_TIME = re.compile(r"\s(?:at|in|during|from|with|to|after|before|by|for|on)\s")
# A preposition of place right before the noun phrase before the verb ("Zelensky in Kyiv said").
_PLACE_PREPOSITION_BEFORE = re.compile(r"\s(?:in|at|from)\s+$")
# ... or "on" before a noun phrase that opens with a day and runs on to a place ("Zelensky on
# Tuesday at a press conference in Kyiv said:" had the speaker Ukraine, a breaker's: the phrase
# before the verb, from the day to the city, had been read as the subject).
_ON_DAY_BEFORE = re.compile(r"\son\s+$")
_DAY_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A participial phrase opening a comma-delimited part: "speaking in Vilnius", "later adding".
_SETTING_PARTICIPLE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")


def _subject_segment(article: _Article, start: int, end: int) -> tuple[int, int]:
    """The clause that holds the subject of a leading attribution ending at ``end``.

    "After X, the Ukrainian President" → "the Ukrainian President"; with an apposition,
    "Dmitry Peskov, Putin's spokesman," → "Dmitry Peskov".
    """
    # commas inside brackets belong to the bracket: "The E3 (France, Germany and the United
    # Kingdom) have threatened" is the E3, not "Germany and the United Kingdom)"
    text = _PARENTHESIS.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", article.text[:end])
    stop = len(text[:end].rstrip())
    if stop > start and text[stop - 1] == ",":
        apposition = text.rfind(",", start, stop - 1)
        if apposition != -1 and _SETTING_PARTICIPLE.match(text, apposition + 1, stop - 1) and \
                text.rfind(",", start, apposition) != -1:
            # a participle setting the speech after an apposition is neither ("Jens
            # Stoltenberg, the NATO chief, arriving in Vilnius, said" had been "the NATO chief")
            stop = apposition + 1
            apposition = text.rfind(",", start, stop - 1)
        if apposition != -1:
            before = text.rfind(",", start, apposition)
            if before != -1 and _PARTY_TAG.fullmatch(text[before + 1:apposition].strip()):
                # "Rep. Michael McCaul, R-Texas, who led a delegation to Taipei, said": the
                # name before the party tag (the tag had been the speaker)
                apposition, before = before, text.rfind(",", start, before)
            elif before != -1 and re.match(r"\s*(?:and|or)\s", text[before + 1:apposition]):
                tag = text.rfind(",", start, before)
                if tag != -1 and _PARTY_TAG.fullmatch(text[tag + 1:before].strip()):
                    # "Rep. Brian Fitzpatrick, R-Pa., and Rep. Marcy Kaptur, D-Ohio, said": the
                    # two legislators, not the second alone (a breaker's)
                    before = text.rfind(",", start, tag)
            return (before + 1 if before != -1 else start), apposition
        stop -= 1
    comma = text.rfind(",", start, stop)
    return (comma + 1 if comma != -1 else start), stop


def _line_end(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline == -1 else newline


def _trailing(article: _Article, index: int) -> Attribution | None:
    """Attribution after span ``index``: “…” — X / “…,” X said / said X / according to X."""
    start, end = article.spans[index]
    masked = article.masked
    line_end = _line_end(article.text, end)
    if index + 1 < len(article.spans):
        line_end = min(line_end, article.spans[index + 1][0])
    match = _TRAIL_DASH.match(masked, end, line_end)
    if match and not _ANY_VERB.search(match.group("subj")):
        found = _resolve(article, match.start("subj"), match.end("subj"))
        # a person, or a body named in a few words ("— the Kremlin"): not a gloss of the words
        # ('"the root causes of the conflict" - Kremlin shorthand for Ukraine's neutrality')
        if found is not None and (found.kind == "person" or found.status == REGISTRY
                                  and len(match.group("subj").split()) <= 5):
            return _attribution(found, (end, match.end()), "dash")
    content = article.text[start + 1 : end - 1].rstrip()
    bound = _trailing_bound(article, index)
    gap = article.text[end:bound]
    if content.endswith(".") and not gap.lstrip()[:1].islower():
        return None  # the quoted sentence ended inside the marks: what follows is new prose
    match = _TRAIL_ACCORDING.match(masked, end, bound)
    if match:
        found = _according_to(article, match, bound)
        return _attribution(found, (end, _clause_end(article, match.end(), bound)),
                            "according_to")
    match = _TRAIL_QUOTED_AS.match(masked, end, bound)
    if match:
        return _attribution(_relayed_speaker(article, match), (
            end, _clause_end(article, match.end(), bound)), "trailing")
    # a document speaking: "“…,” the statement said.", French "« … », affirme le texte."
    for document in (_TRAIL_DOCUMENT, _TRAIL_FRENCH_DOCUMENT):
        match = document.match(masked, end, bound)
        if match:
            return _attribution(_document_speaker(article, index, match),
                                (end, _clause_end(article, match.end(), bound)), "trailing")
    french = _french_pronoun_speaker(article, end, bound)
    if french is not None:
        return french
    iberian = _iberian_subjectless_speaker(article, end, bound)
    if iberian is not None:
        return iberian
    match = _TRAIL_VERB_FIRST.match(masked, end, bound)
    if match and not _CONJUNCTION.match(match.group("subj").lstrip()):
        subj_start, holder = match.start("subj"), None
        government = _BCS_GOVERNMENT.fullmatch(match.group("subj"))
        if government is not None and _BCS_VERB.fullmatch(match.group("verb")):
            # "Vlada Srbije" is the Government of Serbia, no person 'Vlada' (a given name too;
            # a breaker's "„…“, navela je Vlada Srbije." had the person 'Vlada Srbije')
            state = _BCS_STATE_GENITIVES[government.group("state")]
            try:
                actor = article.index.registry.get(state)
                found = Speaker(actor.name, actor.camp, REGISTRY, actor.type or "organisation")
            except KeyError:
                found = Speaker(" ".join(government.group().split()), "", OUTSIDE_REGISTRY,
                                "organisation")
            return _attribution(found, (end, _clause_end(article, match.end(), bound)),
                                "trailing")
        if _LOCAL_VERB.fullmatch(match.group("verb")):
            # a Serbian or Albanian subject is a description and the name closing it ("rekao je
            # direktor Kancelarije za Kosovo i Metohiju Nenad Stojković", "tha zëdhënësja e
            # Policisë së Kosovës, Lirie Gashi"): the name, from its given name (the capitals
            # run on over the office's genitive, "Metohiju Nenad Stojković"); a description
            # alone, its capitals the office's genitives, names no one
            holder = _LOCAL_HOLDER.search(match.group("subj"))
            if holder is not None and _given_name(holder.group("given")):
                subj_start += holder.start()
                holder = holder.group().strip()
            elif match.group("subj").lstrip()[:1].islower():
                return _attribution(None, (end, _clause_end(article, match.end(), bound)),
                                    "trailing")
            else:
                holder = None
        found = _resolve(article, subj_start, match.end("subj"))
        if holder is None and _BCS_VERB.fullmatch(match.group("verb")) and \
                re.search(r"\sza\s", match.group("verb")):
            # a surname alone after the listener's outlet: "rekao je za Politiku Stojković"
            # had the speaker 'Politiku Stojković' (a breaker's), the name run over the outlet
            holder = match.group("subj").strip()
        if holder and found is not None and found.status == OUTSIDE_REGISTRY and \
                found.kind == "person" and found.name.endswith(" " + holder):
            found = replace(found, name=holder)
        return _attribution(found, (end, _clause_end(article, match.end(), bound)), "trailing")
    if not re.search(r"[,!?…:;—–-]$", content) and _NAMED_BEFORE.search(
            masked, max(0, start - 60), start):
        return None  # 'rejected what he called "baseless" allegations by …, and noted': the
        # words are named in the narration, which goes on after them
    match = _TRAIL_SUBJECT_FIRST.match(masked, end, bound)
    as_put = _AS_PUT_IT.match(match.group("subj")) if match else None
    if as_put is not None and re.match(r"puts?\s+it", match.group("verb")):
        # "“…,” as one diplomat put it.": the clause is "as" + subject + "put it"
        found = _resolve(article, match.start("subj") + as_put.end(), match.end("subj"))
        return _attribution(found, (end, _clause_end(article, match.end(), bound)), "trailing")
    predicate = _quoted_predicate_subject(article, index) if match else None
    if predicate is not None:
        # "The Kremlin “rejected” the proposal on Tuesday, it said.": the quoted words are the
        # subject's verb, the words after them its object, the clause after the comma the report
        found = _predicates_reporter(article, match, predicate)
        if found is not None:
            return _attribution(found, (end, _clause_end(article, match.end(), bound)),
                                "trailing")
    if match and _COORDINATED_PREDICATE.search(match.group("subj")):
        return None  # 'The Council “welcomed” the deal and urged …': the verb goes on with the
        # sentence's subject before the words, no subject of its own after them
    if (
        match
        and len(match.group("subj").split()) <= 25
        and (not _CONJUNCTION.match(match.group("subj").lstrip(" ,—–-"))
             # "“…,” it said.": an organisation's pronoun, not a clause opening with "it"
             or match.group("subj").strip(" ,—–-") == "it")
    ):
        if match.group("subj").strip(" ,—–-") == "it":
            region = (end, _clause_end(article, match.end(), bound))
            # the body whose clause opens or closes the sentence before ("The ISW said …,
            # citing footage published by the Russian Defence Ministry. “…,” it said."; "Turkey's
            # foreign ministry said …"), else the body named there
            body = _body_before(article, start)
            if body is not None and body.speaker:
                return replace(body, region=region, how="trailing")
            found = _it_antecedent(article, index)
            if found is None:
                return None  # the reporting clause before it, or the quote before, decides
            return _attribution(found, region, "trailing")
        relayed = _relayed_by_agency(article, match, start)
        if relayed is not None:
            # (the words stay woven into the subject's clause: a partial quote, its speaker)
            return replace(relayed, region=(end, _clause_end(article, match.end(), bound)),
                           how="relayed")
        clause = _clause_subject_start(match)
        subject = match.group("subj").rstrip()
        if subject.endswith(",") and (_FINITE.search(subject) or _predicate_goes_on(subject)) \
                and match.group("obj").strip():
            # "… are null and void, said the Ukrainian foreign ministry": the inverted subject
            found = _resolve(article, match.start("obj"), match.end("obj"))
        else:
            found = _resolve(article, clause, match.end("subj"))
        if found is None and clause != match.start("subj"):
            found = _resolve(article, match.start("subj"), match.end("subj"))
        return _attribution(found, (end, _clause_end(article, match.end(), bound)), "trailing")
    return None


def _french_pronoun_speaker(article: _Article, end: int, bound: int) -> Attribution | None:
    """The speaker of "« … », a-t-il déclaré" / "dit-elle" after the words ending at ``end``:
    the person "il" / "elle" refers back to, as "he" / "she" does; None when no such clause."""
    match = _FRENCH_PRONOUN_INVERSION.match(article.masked, end, bound)
    if match is not None:
        pronoun = _FRENCH_PRONOUNS[match.group("pron") or match.group("pron2")]
        found = article.index.antecedent(match.start(), pronoun)
    else:
        match = _LOCAL_PRONOUN_INVERSION.match(article.masked, end, bound)  # "rekla je ona"
        if match is None:
            return None
        found = article.index.antecedent(match.start(), _LOCAL_PRONOUNS[match.group("pron")])
        # ... named in its sentence or the one before: a description without an article is
        # none the index sees ("Penzionerka iz Zvečana, koja …, kaže da … „…“, rekla je ona."
        # is the pensioner's, not the politician's named two sentences up)
        low = article.index._sentences_back(match.start(), 2)
        if found is not None and not any(e.start >= low and e.speaker == found
                                         for e in article.index.entities_before(match.start())):
            found = None
    return _attribution(found, (end, _clause_end(article, match.end(), bound)), "trailing")


# A Spanish or Portuguese reporting verb closing the words with no subject after it: the
# pronoun the language leaves unsaid ("«…», afirmó." / "«…», dijo ante cientos de
# simpatizantes."), "he said" / "she said" in English; a Venezuela newcomer's teleSUR piece had
# no speaker for any quotation. Only the end of the sentence, or a preposition or adverb opening
# lower-case words, may follow: "dijo el ministro" / "afirmó Ramón Ocando" name the subject.
_IBERIAN_SUBJECTLESS = re.compile(
    r"[\s,—–-]*(?:" + "|".join(_IBERIAN_SPEECH_VERBS) + r")(?![\w-])"
    r"(?:\s+(?:ante|a|al|en|con|durante|tras|desde|sobre|frente|luego|después|entonces|"
    r"también|además|hoy|ayer|posteriormente|finalmente)\b[^A-ZÁÉÍÓÚÑ.;!?\n“”«»\"]*)?"
    r"\s*(?:[.;]|$)")


def _iberian_subjectless_speaker(article: _Article, end: int, bound: int
                                 ) -> Attribution | None:
    """The speaker of "«…», afirmó." after the words ending at ``end``: the person a pronoun
    of either sex refers back to (the subject named in the sentence before, "El ministro de
    Defensa, Ramón Ocando Briceño, encabezó el acto."), named in this sentence or the one
    before; None when no such clause. A person named further back is no one's ("Paz recordó
    que …. Un diplomático latinoamericano … dijo que …. «…», señaló." is the diplomat's, whom
    no Spanish role noun finds: no speaker, not Paz)."""
    match = _IBERIAN_SUBJECTLESS.match(article.masked, end, bound)
    if match is None:
        return None
    region = (end, _clause_end(article, match.end(), bound))
    found = article.index.antecedent(match.start(), "either")
    row = _sentence_index(article, match.start())
    low = article.sentence_starts[max(0, row - 1)]
    if found is not None and not any(
            entity.speaker.name == found.name
            for entity in article.index.entities_between(low, match.start())):
        found = None
    return _attribution(found, region, "trailing")


# A trailing reporting verb's "subject" ending with a conjunction: a second predicate of the
# sentence's own subject ('The Council “welcomed” the deal and urged all parties …', a Somalia
# newcomer's, had the deal speak the quoted words, a full quote of "Minsk", "Ankara
# Declaration"), never the one saying the words.
_COORDINATED_PREDICATE = re.compile(r"(?<![\w'’-])(?:and|or|but)\s*$")


# A news agency reporting after the words: "state news agency WAM", "the official Saudi Press
# Agency", "TASS", "Reuters".
_AGENCY_SUBJECT = re.compile(
    r"[\s,—–-]*(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?i:news\s+agency|press\s+agency|"
    r"wire\s+service)(?:\s+[A-Z][\w-]*)?\s*"
    r"|[\s,—–-]*(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*")
_AGENCY_REPORTS = frozenset("reported reports said says".split())


def _relayed_by_agency(article: _Article, match: re.Match[str], start: int
                       ) -> Attribution | None:
    """The subject of the reporting clause holding the quoted words that a trailing news
    agency's "reported" closes: the agency relays them ("The UAE called for calm and for
    “giving priority to the voice of wisdom,” state news agency WAM reported." is the UAE's, a
    Libya newcomer's had been WAM's; README: relayed speech goes to the one quoted; "Russian
    diplomats dismissed the figures as “fantasies …”, RIA Novosti reported." the diplomats');
    None when the words open the sentence ("“…,” TASS reported." stays the agency's) or no
    verb of speaking or of judging with words gives them a speaker before them ("Russia
    struck “civilian targets,” Ukrinform reported.")."""
    if match.group("verb").lower() not in _AGENCY_REPORTS:
        return None
    agency = _AGENCY_SUBJECT.fullmatch(match.group("subj"))
    if agency is None or agency.group("name") is not None and not {
            w.lower() for w in agency.group("name").split()} & _BRIEFING_OUTLETS:
        return None
    row = _sentence_index(article, start)
    lo = article.sentence_starts[row]
    if not _PARTIAL_NARRATION.match(article.masked, lo, start):
        return None
    found = _reporting_clause_speaker(article, lo, article.sentence_ends[row])
    return found if found is not None and found.speaker else None


# A finite verb of a clause of its own: a reporting verb, a copula or an auxiliary.
_FINITE = re.compile(rf"\b(?:{_VERB}|is|are|was|were|has|have|had|will|would|can|could|must|"
                     r"should|did|does|do)\b")


def _clause_subject_start(match: re.Match[str]) -> int:
    """Where the subject of a trailing reporting verb starts: after the last comma when the
    words before it make a clause of their own ("“elections” held by Russia … are null and
    void, the Ministry of Foreign Affairs of Ukraine stated": the ministry, not Russia); the
    whole phrase otherwise ("Dmitry Peskov, the Kremlin spokesman, said"), and when the part
    after the comma names nobody ("a diplomat who was at the talks, speaking on condition of
    anonymity, said")."""
    subject = match.group("subj")
    comma = subject.rstrip(" ,").rfind(",")
    if comma == -1 or not (_FINITE.search(subject, 0, comma) or _predicate_goes_on(subject)):
        return match.start("subj")
    return match.start("subj") + comma + 1


def _predicate_goes_on(subject: str) -> bool:
    """Whether the words after the quoted ones go on with the narration's predicate: a lower-case
    word no noun phrase opens with ('The drill, code-named "Joint Sword," covered the islands of
    Kinmen and Matsu, the ministry said.': the ministry, not the last island in apposition to
    it); not "“…,” local residents, who asked not to be named, said"."""
    first = re.match(r"[\s,—–-]*([a-z][\w'’-]*)", subject)
    return first is not None and first.group(1) not in _NP_LOWER | {"he", "she", "they", "it"}


# "as" opening a trailing "as X put it" clause.
_AS_PUT_IT = re.compile(r"[\s,—–-]*(?i:as)\s+")


# Organisation nouns that name a place, not a body that speaks ("the Zaporizhzhia plant",
# "Kharkiv Oblast").
_PLACE_HEADS = frozenset("plant oblast region district street square avenue bridge river sea "
                         "airport port station day city town village".split())


def _it_antecedent(article: _Article, index: int) -> Speaker | None:
    """The organisation "it" names in "“…,” it said." after span ``index``: the first speaking
    body (see :func:`_speaking_body`) of the latest sentence that names one within the two
    sentences before the quotation's ("NATO met the Ukrainian delegation. “…,” it said." is
    NATO's); None when the sentence before the quotation has a reporting clause of its own
    ("The IAEA said drones struck the plant. “…,” it said." is left to that clause)."""
    if _narration_speaker(article, index) is not None:
        return None
    start = article.spans[index][0]
    nearest_row = _sentence_index(article, start) - 2  # the two sentences before, at most
    for entity in article.index.entities_before(start):
        if not _speaking_body(entity.speaker):
            continue
        row = _sentence_index(article, entity.start)
        if row < nearest_row:
            return None
        lo, hi = article.sentence_starts[row], article.sentence_ends[row]
        bodies = [c.speaker for c in article.index.entities_between(lo, hi)
                  if _speaking_body(c.speaker) and not any(article.inside[c.start:c.end])]
        # a registry actor before a described one ("the IAEA announced a new mission")
        return next((b for b in bodies if b.status == REGISTRY), None) or \
            (bodies[0] if bodies else entity.speaker)
    return None


def _document_speaker(article: _Article, index: int, match: re.Match[str]) -> Speaker | None:
    """The speaker of a document's words (see :data:`_DOCUMENT_SUBJECT`): the issuer named
    after "from" / "by" or before the noun ("a Kremlin statement", "the ministry's statement"),
    else the one :func:`_document_issuer` finds, else the document phrase itself as it resolves
    ("the summit communique")."""
    if match["issuer"]:
        return _resolve(article, match.start("issuer"), match.end("issuer"))
    return _modifier_issuer(article, match.start("mods"), match.end("mods")) or \
        _document_issuer(article, index, match["doc"]) or _own_release_issuer(article) or \
        _resolve(article, match.start("subj"), match.end("subj"))


def _own_release_issuer(article: _Article) -> Speaker | None:
    """The registry body whose name is the article's source, for a document whose issuer the
    sentences before do not name: the article is that body's own release ("“Security forces of
    Pakistan remain determined …,” the statement said." closing an ISPR press release, source
    "ISPR", a Pakistan newcomer's, had no speaker); an outlet, a person or a state as the
    source issues nothing so ("Reuters", "Dawn": no registry body)."""
    found = article.index.registry.lookup(article.index.outlet) if article.index.outlet else None
    if found is None or found[0].type != "organisation":
        return None
    return Speaker(found[0].name, found[0].camp, REGISTRY, "organisation")


_PLATFORMS = frozenset("telegram x twitter facebook instagram youtube tiktok vk vkontakte "
                       "threads bluesky truth social".split()) | {"truth social"}


def _modifier_issuer(article: _Article, start: int, end: int) -> Speaker | None:
    """The registry actor, organisation or person that the words before a document's noun
    name ("Kremlin", "the Foreign Ministry's", "U.N. human rights"), else None."""
    text = article.text[start:end].rstrip()
    end = start + len(text) - (2 if text.endswith(("'s", "’s")) else 0)
    if end <= start:
        return None
    found = _resolve(article, start, end)
    if found is not None and found.name.lower() in _PLATFORMS:
        return None  # "the Telegram post": where it was posted, not who posted it
    # a named organisation or person, not a common noun ("the summit communique")
    if found is not None and (found.status == REGISTRY or found.kind in ("organisation",
                                                                          "person")
                              and found.name[:1].isupper()):
        return found
    # a registry actor that modifies the words after it ("a U.N. human rights report")
    mentions = article.index.mentions_within(start, end)
    return article.index._registry_speaker(mentions[0]) if mentions else None


def _document_issuer(article: _Article, index: int, document: str) -> Speaker | None:
    """Who issued the document of "“…,” the statement said." after span ``index``, from the
    latest of the two sentences before the quotation's that names such a document outside
    quotation marks: "a statement from X" / "by X", "an X statement", "X's statement", "X
    issued a statement", "X said in a statement"; None when it says none of these (a person who
    rejects the statement is not its issuer) or neither sentence names one."""
    row = _sentence_index(article, article.spans[index][0])
    found = _issuer_before_row(article, row, document)
    if found is None and document.lower() in _GENERIC_DOCUMENTS:
        for named in _NAMED_DOCUMENTS:
            found = _issuer_before_row(article, row, named)
            if found is not None:
                break
    return found


# The document itself speaking in a sentence ("The statement said: “…”", "“…,” the statement
# continued"): it names no issuer, so the issuer is the one of that sentence's own document.
def _the_document_speaks(document: str) -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he\s+{re.escape(document)}\s+(?:also\s+|then\s+|later\s+)?"
                      rf"{_DOCUMENT_VERB}\b")


def _issuer_before_row(article: _Article, row: int, document: str,
                       depth: int = 0) -> Speaker | None:
    """:func:`_document_issuer` for the sentence at ``row``; a sentence before it where the
    same document speaks without naming its issuer hands on to the sentences before that one
    (at most three times), so a statement quoted over several paragraphs ("The KCK issued a
    statement. The statement said: “…” “…,” the statement continued.") keeps its issuer."""
    noun = re.compile(rf"\b{re.escape(document)}s?\b")
    for before in (row - 1, row - 2):
        if before < 0:
            break
        lo, hi = article.sentence_starts[before], article.sentence_ends[before]
        mentions = [m for m in noun.finditer(article.masked, lo, hi)
                    if not article.inside[m.start()]]
        if not mentions:
            continue
        # "GENEVA (AP) —": the agency reports it
        lo = lead_end(article.text, lo, hi, article.index.registry)
        for mention in mentions:
            issuer = _ISSUER_AFTER.match(article.masked, mention.end(), hi)
            if issuer is not None:
                return _resolve(article, issuer.start("issuer"), issuer.end("issuer"))
            mods = _MODIFIERS_BEFORE.search(article.masked, lo, mention.start())
            found = mods and _modifier_issuer(article, mods.start("mods"), mods.end("mods"))
            if found:
                return found
        subject = _ISSUED.match(article.masked, lo, hi)
        if subject is not None:  # "The G7 leaders issued a joint statement"
            return _resolve(article, subject.start("subj"), subject.end("subj"))
        opening = re.match(rf"\s*In\s+(?:a|an|its|his|her|their|the)\s+(?:[\w'’\-]+\s+){{0,2}}?"
                           rf"{re.escape(document)}\b[^,“”\"]{{0,60}},\s*(?P<subj>{_NC}{{1,80}}?)"
                           rf"\s+(?:[a-z]+ed|said|says|told|wrote)\b", article.masked[lo:hi])
        if opening is not None:  # "In a statement on Telegram, Ukraine's General Staff said"
            return _resolve(article, lo + opening.start("subj"), lo + opening.end("subj"))
        said_in = re.search(rf"\s+(?:said|says|wrote|announced|stated|added|warned)"
                            rf"(?:\s+(?:on\s+)?[\w'’\-]+){{0,2}}?\s+in\s+"
                            rf"(?:a|an|its|his|her|their)\s+(?:[\w'’\-]+\s+){{0,2}}?"
                            rf"{re.escape(document)}\b", article.masked[lo:hi])
        if said_in is not None:  # "“…,” the General Staff said (Tuesday) in a statement."
            verb = lo + said_in.start()
            clause = max([lo] + [e for s, e in article.spans if lo <= e <= verb])
            return _resolve(article, clause, verb)
        if depth < 3 and _the_document_speaks(document).search(article.masked, lo, hi):
            return _issuer_before_row(article, before, document, depth + 1)
        return None  # a body the sentence names may have received, seen or rejected it
    # neither names the document: the body that announced something in the sentence before
    # ("The Saudi foreign ministry has confirmed the talks. “…,” the statement said.")
    if row >= 1:
        lo, hi = article.sentence_starts[row - 1], article.sentence_ends[row - 1]
        lo = lead_end(article.text, lo, hi, article.index.registry)
        announced = _ANNOUNCED.match(article.masked, lo, hi)
        if announced is not None:
            found = _resolve(article, announced.start("subj"), announced.end("subj"))
            if found is not None and found.kind not in ("person", "description", "place-people"):
                return found
    # ... nor the body that announced: the same document speaking a little further back ('The
    # statement said: "… …"' / 'According to the KCK, …' / '"…," the statement continued.',
    # an Iraqi Kurdistan newcomer's ANF article: a quotation of two sentences and a claim
    # between), whose issuer it hands on
    speaks = _the_document_speaks(document)
    for before in range(row - 3, max(-1, row - 1 - _DOCUMENT_LOOKBACK), -1):
        lo, hi = article.sentence_starts[before], article.sentence_ends[before]
        if depth < 3 and any(not article.inside[m.start()]
                             for m in speaks.finditer(article.masked, lo, hi)):
            return _issuer_before_row(article, before, document, depth + 1)
    return None


# How many sentences back a document that speaks again ("the statement continued") may have
# spoken last, past the two :func:`_issuer_before_row` reads for its issuer.
_DOCUMENT_LOOKBACK = 5


# A body announcing in its sentence's main clause: "The Saudi foreign ministry has confirmed".
_ANNOUNCED = re.compile(rf"\s*(?P<subj>{_NC}{{1,80}}?)\s+(?:has\s+|have\s+)?(?:confirmed|"
                        rf"announced|said|stated|declared|says|confirms|announces)\b")
_ISSUER_AFTER = re.compile(rf",?\s+(?:from|by|of|(?:issued|released|published)\s+by)\s+"
                           rf"(?P<issuer>{_NC}{{1,80}}?)(?=\s*[,.;:]|\s+(?:on|at|in|that|which|"
                           rf"said|says|read|reads)\b|$)")
# (no article among them: "The Kremlin issued a statement." had the issuer "Kremlin issued a",
# a fixer's find; the subject is _ISSUED's)
_MODIFIERS_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+"
                               r"(?P<mods>(?:(?!(?:the|a|an|un|une|le|la|les)\s)"
                               r"[^\s,;:“”\"«»„]+\s+){1,3}?)$")
_ISSUED = re.compile(rf"\s*(?P<subj>{_NC}{{1,80}}?)\s+(?:issued|released|published|adopted|"
                     rf"signed|posted|put\s+out|sent|circulated|"
                     # French: "Le Hezbollah a publié un communiqué."
                     rf"(?:a|ont)\s+(?:publié|diffusé|émis|adopté|signé|adressé|envoyé|"
                     rf"rendu\s+public)|publie|diffuse)(?![\w-])")


def _speaking_body(speaker: Speaker) -> bool:
    """A registry actor that is no person or country, or a named organisation that is no
    place: a country is mostly named as a modifier or in an opening phrase ("Following Russian
    strikes, Ukrenergo introduced outages. “…,” it said." is not Russia's)."""
    if speaker.kind in ("person", "description", "country", "place-people"):
        return False
    words = speaker.name.lower().split()
    return (speaker.status == REGISTRY or speaker.kind == "organisation") and bool(words) \
        and words[-1] not in _PLACE_HEADS


def _relayed_speaker(article: _Article, match: re.Match[str]) -> Speaker | None:
    """The speaker a news agency relayed (see :data:`_QUOTED_AS`): the subject phrase's last
    comma part, so a phrase opening the sentence ("Asked about Zelensky, Peskov was quoted")
    is not read; when the phrase ends in an apposition ("a Russian commander, Apti Alaudinov,"
    / "Dmitry Peskov, Putin's spokesman,"), the person it names on either side."""
    group = "subj" if match.group("subj") is not None else "passive"
    start, end = match.start(group), match.end(group)
    parts, pos = [], start
    for comma in [m.start() for m in re.finditer(",", article.text[start:end])] + [end - start]:
        parts.append((pos, start + comma))
        pos = start + comma + 1
    parts = [(a, b) for a, b in parts if article.text[a:b].strip()]
    if not parts:
        return None
    appositive = article.text[start:end].rstrip().endswith(",") and len(parts) >= 2
    found = [f for f in (_resolve(article, a, b) for a, b in parts[-2 if appositive else -1:])
             if f is not None]
    people = [f for f in found if f.kind == "person"]
    return (people or found or [None])[0]


def _clause_end(article: _Article, pos: int, bound: int) -> int:
    """End of an attribution clause: what follows it up to the sentence end belongs to it
    ("…,” Ryabkov said, according to the RIA news agency.") unless another quotation does."""
    rest = article.text[pos:bound]
    if any(mark in rest for mark in "“”\"‘«»") or len(rest.split()) > 25:
        return pos
    return bound


def _trailing_bound(article: _Article, index: int) -> int:
    """Where a trailing attribution must stop: the sentence end or the next quotation."""
    start, end = article.spans[index]
    row = _sentence_index(article, end - 1)
    bound = article.sentence_ends[row]
    content = article.text[start + 1 : end - 1].rstrip()
    if not article.text[end:bound].strip() and content[-1:] in ",—–-?!" and row + 1 < len(
        article.sentence_ends
    ):
        # a segmenter split right after “…,” -- within the paragraph: "“… Where would we
        # go?”" closing one is not attributed by the next paragraph's "Ukraine's General
        # Staff said …"
        bound = min(article.sentence_ends[row + 1], _line_end(article.text, end))
    if index + 1 < len(article.spans):
        bound = min(bound, article.spans[index + 1][0])
    return max(bound, end)


def _leading_np(article: _Article, start: int, end: int) -> tuple[int, int]:
    """The noun phrase opening [start, end): "Foreign Minister Andrii Sybiha" of "... had"."""
    text = article.masked
    pos = start
    last = start
    for match in re.finditer(r"\S+", text[start:end]):
        word = match.group().strip(",")
        low = word.lower().rstrip(".\u2024")
        if word[:1].isupper() or low in _NP_LOWER or word.endswith(("'s", "’s")) or \
                re.fullmatch(r"\d[\w\-]*", word):
            last = start + match.end()
            if match.group().endswith(","):
                break
            continue
        break
    return pos, last


def _np_before(article: _Article, start: int, end: int) -> int:
    """Start of the noun phrase that ends at ``end`` (searching back no further than start)."""
    text = article.masked
    bracket = _PARENTHESIS.search(text, start, end)
    if bracket is not None and not text[bracket.end():end].strip() and bracket.start() > start:
        end = bracket.start()  # "The E3 (France, Germany and Britain)": the E3
    pos = end
    located = None  # where the noun phrase began before a place joined it ("… in London")
    words = list(re.finditer(r"\S+", text[start:end]))
    for i in range(len(words) - 1, -1, -1):
        match = words[i]
        word = match.group()
        low = word.lower().rstrip(".\u2024")
        # "to" after a relation ("An adviser to Zelensky said", "A source close to Prigozhin
        # told"): the phrase is the adviser's, the name its complement
        related = (low == "to" and i > 0 and words[i - 1].group().lower() in RELATION_NOUNS) \
            or (low == "close" and i + 1 < len(words) and words[i + 1].group() == "to") \
            or (low in ("in", "at", "from") and i > 0  # "One Arab diplomat in London said"
                and words[i - 1].group().lower() in ROLE_NOUNS)
        if word[:1].isupper() or low in _NP_LOWER or low in ("he", "she", "they", "it") or \
                related or word.endswith(("'s", "’s")) or re.fullmatch(r"\d[\w\-]*", word):
            if related and low in ("in", "at", "from"):
                located = pos
            pos = start + match.start()
            if low in ("the", "a", "an", "one", "he", "she", "they", "it"):
                break
            continue
        break
    if located is not None and re.search(r"\b(?:to|for|of|with)\s+$", text[start:pos]):
        return located  # "An aide to the governor in Belgorod": the aide's, found by the caller
    venue = _AT_VENUE.search(text, start, pos)
    if venue is not None and venue.start() > start:
        # "An Israeli official at the talks in Doha": the official's phrase, not the venue's place
        head = _np_before(article, start, venue.start())
        if head >= venue.start():  # a head noun the phrase words do not know ("delegation")
            last = text.rfind(" ", start, venue.start()) + 1
            head = _np_before(article, start, last) if last > start else head
        if head < venue.start():
            return head
    return pos


# A relative clause between a leading subject and its reporting verb; "that" and "which" are
# left out: "After a speech by Putin that night Zelensky said" is Zelensky's.
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whose)\b")
# A phrase opening the sentence that sets the scene of the speech (where, when, to whom), not
# its content: "Speaking to state television, ...", "In a video posted on Telegram, ...".  It is
# short and has no comma inside; a phrase naming a topic ("Asked about Western reports of a
# ceasefire, ...", "Speaking on the ceasefire talks, ...", "In a letter demanding more
# weapons, ...") is content: the quote gold reads such a sentence as a partial quote.
_SETTING_TOPIC = re.compile(
    r"\b(?:about|regarding|concerning|over|on\s+the\s+(?:issue|subject|question|topic)|"
    r"demanding|calling|urging|accusing|critici[sz]ing|praising|condemning|blaming|defending|"
    r"warning|insisting|saying|after|following|amid|as|while|when|because)\b",
    re.IGNORECASE,
)
_SPEECH_SETTING = re.compile(
    r"\s*(?:(?:Speaking|Writing|Talking|Posting)\s+(?:to|at|in|from|during|before|alongside|"
    r"with|on\s+(?:condition|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|state|national|"
    r"television|radio|Telegram|X|Facebook|the\s+phone|camera))\b|Interviewed\s+by\b|"
    r"In\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|post|video|address|speech|briefing|remarks|message|article|"
    r"letter|broadcast|appearance|op-ed|column|tweet)(?![\w-]))"
    r"[^,.;:!?“”\"«»„]{0,80},\s*$"
)


def _relative_subject(article: _Article, start: int, end: int
                      ) -> tuple[int, int, Speaker | None] | None:
    """(start, end, speaker) of the noun phrase opening [start, end) when a relative clause
    follows it up to ``end``: "A Russian general who spoke to state television" → "A Russian
    general"; speaker None when that phrase names nobody ("Those who met Zelensky" is not
    Zelensky).  None when no phrase before a relative pronoun opens the segment ("After talks
    with Blinken who visited Kyiv Zelensky said")."""
    for rel in _RELATIVE_PRONOUN.finditer(article.masked, start, end):
        np_start = _np_before(article, start, rel.start())
        if np_start >= rel.start() or article.text[start:np_start].strip():
            continue
        return np_start, rel.start(), _resolve(article, np_start, rel.start())
    return None


def _unaccented(word: str) -> str:
    """``word`` without its accents ("Israël": "Israel")."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def _according_to(article: _Article, match: re.Match[str], bound: int) -> Speaker | None:
    """The speaker of "according to X": X, or the person a bare name right after it names
    ("according to Ukraine's prosecutor general, Andriy Kostin" is Kostin, with the
    description's camp when the name has none)."""
    issued = _ISSUED_BY.match(article.masked, match.start("subj"), match.end("subj"))
    # "according to a statement from the Egyptian presidency": the issuer
    described = _resolve(article, issued.end() if issued else match.start("subj"),
                         match.end("subj"))
    after = _BARE_NAME_AFTER.match(article.masked, match.end("subj"), bound)
    if after is None or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES
                                for w in after.group("name").split()):
        return described
    named = _resolve(article, after.start("name"), after.end("name"))
    if named is None or named.kind != "person":
        return described
    return named if named.camp or described is None else replace(named, camp=described.camp)


# A document and its issuer's preposition: "a statement from …", "the readout of …".
_ISSUED_BY = re.compile(r"\s*(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:statement|communiqu[eé]|readout|"
                        r"report|release|post|message|decree|transcript)\s+(?:from|by|of)\s+",
                        re.IGNORECASE)
# ", Andriy Kostin" ending its clause (a comma, the sentence's end or a quotation after it)
_BARE_NAME_AFTER = re.compile(r",[ \t]*(?P<name>[^\s,.;:!?“”\"«»„][^,.;:!?“”\"«»„\n]{0,58}?)"
                              r"[ \t]*(?=[,.;:!?“”\"«»„]|$)")


# A US legislator's party and state in apposition, no name: "Sen. Jim Risch, R-Idaho, said"
# (the speaker had been "R-Idaho"), "D-Minn.", "R-S.C.", "I-Vt.".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
# An affiliation closing a name in apposition ("Oksana Levchenko of Suspilne").
_AFFILIATION = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*$")


def _appositive_name(article: _Article, comma: int, verb: int) -> Speaker | None:
    """The person named by the apposition between ``comma`` and the comma before ``verb``
    ("…, Vladimir Medinsky, said") when it is a bare name (capitalised words only), else None:
    a description ("Dmitry Peskov, Putin's spokesman, said" keeps Peskov) or an aside naming
    someone else ("Zelensky, standing next to Macron, said" keeps Zelensky)."""
    close = article.text.rfind(",", comma + 1, verb)
    if close == -1:
        return None
    inner = article.text.rfind(",", comma + 1, close)
    if inner != -1 and _SETTING_PARTICIPLE.match(article.text, inner + 1, close):
        close = inner  # "…, Vladimir Medinsky, speaking in Istanbul, said"
    # the name's own affiliation: "The reporter, Oksana Levchenko of Suspilne, pressed:"
    affiliation = _AFFILIATION.search(article.text, comma + 1, close)
    if affiliation is not None:
        close = affiliation.start()
    words = article.text[comma + 1:close].split()
    # (a surname with the Arabic article is a name's word too: "…, Omar al-Mismari, said")
    if not words or not all(w[:1].isupper() or w.lower() in NAME_PARTICLES
                            or _NAME_PARTICLE.match(w) for w in words) \
            or _PARTY_TAG.fullmatch(" ".join(words)):
        return None
    found = _resolve(article, comma + 1, close)
    return found if found is not None and found.kind == "person" else None


def _named_in_apposition(article: _Article, seg_start: int, comma: int, verb: int
                         ) -> Speaker | None:
    """The person named in the apposition between ``comma`` and ``verb`` after the
    description text[seg_start:comma] (:func:`_appositive_name`), with the description's side
    when the name has none; None when the apposition is no bare name."""
    named = _appositive_name(article, comma, verb)
    if named is None:
        return None
    described = _resolve(article, seg_start, comma)
    return named if named.camp or described is None else replace(named, camp=described.camp)


def _speech_setting_start(article: _Article, lower: int, clause_start: int) -> int:
    """``lower`` when what precedes a leading attribution clause in its sentence only sets the
    scene of the speech (see :data:`_SPEECH_SETTING`): scaffolding, not content; else
    ``clause_start``."""
    setting = article.masked[lower:clause_start]
    if clause_start > lower and _SPEECH_SETTING.match(setting) and \
            not _SETTING_TOPIC.search(setting):
        return lower
    return clause_start


def _set_off_inversion(article: _Article, lower: int, start: int, match: re.Match[str]
                       ) -> Speaker | None:
    """The speaker of an inverted reporting clause set off by commas inside the quoted
    sentence, "L'Europe, a dit Olaf Scholz, « doit se tenir prête »" / "Europe, said Olaf
    Scholz, “must be ready”": the one after the verb, not the words before it (a fixer's case:
    the speaker had been Europe, the quoted sentence's own subject). Only an inversion verb
    ("told reporters" names the listener: "Peskov, Putin's spokesman, told reporters, “…”"
    keeps Peskov), only between commas, and only where what follows the verb is a speaker."""
    if not re.fullmatch(_INVERSION, match.group("verb")) or not match.group("obj").split():
        return None
    if not article.masked[lower:match.start()].rstrip().endswith(",") or \
            not article.masked[lower:start].rstrip().endswith(","):
        return None
    return _resolve(article, *match.span("obj"))


def _leading(article: _Article, index: int) -> Attribution | None:
    """Attribution before span ``index``: X said: “…” / According to X, “…” / X: “…”."""
    start, _ = article.spans[index]
    row = _sentence_index(article, start)
    lower = article.sentence_starts[row]
    if index > 0:
        lower = max(lower, article.spans[index - 1][1])
    if lower >= start:
        # the quotation opens its sentence: a lead-in may end the sentence before it
        # ("In a statement, the ministry said:" then the quoted paragraph)
        if row == 0 or (index > 0 and article.spans[index - 1][1] > article.sentence_starts[row - 1]):
            return None
        previous = article.text[article.sentence_starts[row - 1]:article.sentence_ends[row - 1]]
        if not previous.rstrip().endswith(":"):
            return None
        lower = article.sentence_starts[row - 1]
        start = article.sentence_ends[row - 1]
    masked = article.masked
    match = _LEAD_ACCORDING.search(masked, lower, start)
    if match:
        found = _according_to(article, match, start)
        return _attribution(found, (match.start(), start), "according_to")
    match = _LEAD_FRENCH_ACCORDING.match(masked, lower, start)
    if match:
        found = _according_to(article, match, start)
        if match.group("for") and found is not None and found.status != REGISTRY and \
                found.kind == "person" and " " not in found.name and \
                len(match.group("subj").split()) == 1:
            # "Pour" before one word no registry's and no name of the article's in full is a
            # feast, a month, an event or a town as often as a person ("Pour Pâques, « une
            # trêve » a été proposée par Moscou.", "Pour Noël", "Pour Roland-Garros", "Pour
            # Bakhmout" had been speakers): left to the other rules ("Pour Zelensky" stays his);
            # a registry name in French accents is its actor ("Pour Israël, « … »": Israel)
            try:
                actor = article.index.registry.get(_unaccented(found.name))
                found = Speaker(actor.name, actor.camp, REGISTRY, actor.type or "organisation")
            except KeyError:
                found = None
        if not match.group("for") or found is not None:
            return _attribution(found, (match.start(), start), "according_to")
    match = _LEAD_QUOTED_AS.search(masked, lower, start)
    if match:
        found = _relayed_speaker(article, match)
        return _attribution(found, (match.start(), start), "leading")
    match = _LEAD_DOCUMENT.match(masked, lower, start)  # the clause opens with the document
    if match:
        return _attribution(_document_speaker(article, index, match), (match.start(), start),
                            "leading")
    match = _LEAD_FRENCH_INVERSION.search(masked, lower, start)
    if match:
        # the inverted pronoun refers back as "he said" does (the conjunction before it,
        # "Mais", had been the speaker, and "Le gouvernement, a-t-il dit," had none)
        pronoun = _FRENCH_PRONOUNS[match.group("pron") or match.group("pron2")]
        return _attribution(article.index.antecedent(match.start(), pronoun),
                            (match.start(), start), "leading")
    match = _LEAD_ARABIC.search(masked, lower, start)
    if match:
        found = _arabic_subject(article, match)
        if found is not None:
            return _attribution(found, (match.start(), start), "leading")
    match = _LEAD_VERB.search(masked, lower, start)
    if match and match.group("obj").split() and not re.search(r"[,:]\s*(?:that\s*)?$",
                                                            masked[lower:start]):
        match = None  # "said any deal must reflect “…”": indirect speech with quoted words
    if match and not _PASSIVE.search(masked, lower, match.start()):
        inverted = _set_off_inversion(article, lower, start, match)
        if inverted is not None:
            return _attribution(inverted, (match.start(), start), "leading")
        seg_start, seg_end = _subject_segment(article, lower, match.start())
        clause_from = seg_start
        found = None
        if seg_end >= len(article.text[:match.start()].rstrip()):
            # no apposition: the subject is the noun phrase right before the verb ("After
            # the withdrawal was completed the Ukrainian President asserted, “…”"), or before
            # a relative clause that ends there ("A Russian general who spoke to state
            # television said:" is the general, not the television)
            relative = _relative_subject(article, seg_start, seg_end)
            if relative is not None:
                seg_start, seg_end, found = relative
            else:
                # "Zelensky on Tuesday said:": the day is no noun phrase of the subject's
                day = _TRAILING_DAY.search(article.masked, seg_start, seg_end)
                if day is not None and day.start() > seg_start and not _PLACE_OR_TIME.search(
                        article.masked, seg_start, day.start()):
                    seg_end = day.start()
                np_start = _np_before(article, seg_start, seg_end)
                for o_start, o_end in org_name_spans(article.text, seg_start, seg_end):
                    if o_start < np_start < o_end:
                        np_start = o_start  # "The Institute for the Study of War said"
                if np_start < seg_end:
                    seg_start = max(seg_start, np_start)
        else:
            # "The head of the Russian delegation, Vladimir Medinsky, said": the name in the
            # apposition, not the description before it
            found = _named_in_apposition(article, seg_start, seg_end, match.start())
            coordinated = _COORDINATED_CLAUSE.match(article.text, seg_start, seg_end)
            if found is None and coordinated is not None and match.group("verb") in (
                    "say", "says") and coordinated.group("verb").lower() not in _NP_LOWER and \
                    _AGREES.search(coordinated.group("np") + " " + coordinated.group("verb")):
                # a live blog's or a wire summary's "Kremlin denies strike, says “…”": the
                # subject of both verbs, not the first clause (a newcomer's speaker had been
                # "Kremlin denies strike")
                seg_start, seg_end = coordinated.span("np")
        if found is None:
            found = _resolve(article, seg_start, seg_end)
        if found is None:
            found = _resolve(article, *_leading_np(article, seg_start, seg_end))
        if found is not None and seg_start > clause_from and (
                _PLACE_PREPOSITION_BEFORE.search(article.masked, clause_from, seg_start) or
                _ON_DAY_BEFORE.search(article.masked, clause_from, seg_start) and
                _DAY_NAME.match(article.masked, seg_start)) and (
                    found.kind != "person" or len(article.text[seg_start:seg_end].split()) == 1):
            # "Ukrainian President Volodymyr Zelensky (on Tuesday) in Kyiv said:": the name after
            # a preposition is where the subject spoke, not the subject (the speaker had been
            # Kyiv's state, "Kinshasa" a person); only a person opening the clause takes it
            # back ("Officials in Kyiv said", "Ukraine's embassy in Warsaw said" are read as
            # before), and a person's full name stays ("… live in the U.K. Ukrainian
            # Ambassador Valerii Petrenko said:", an initialism the sentence runs over)
            lead = _resolve(article, *_leading_np(article, clause_from, seg_start))
            if lead is not None and lead.kind == "person":
                found, seg_start = lead, clause_from
        if found is None and seg_start > clause_from:
            # "Putin at his annual news conference on Thursday said:": the noun phrase before
            # the verb is a phrase of place or time's, the subject opens the clause (a
            # breaker's; the quotation had counted as words woven into narration)
            # (a name or a body, not a description: "An aide to the governor in Belgorod
            # said" is found as before, the whole phrase the aide's)
            lead = _resolve(article, *_leading_np(article, clause_from, seg_end))
            if lead is not None and lead.kind != "description":
                found, seg_start = lead, clause_from
        clause_start = seg_start if found else match.start()
        return _attribution(found, (_speech_setting_start(article, lower, clause_start), start),
                            "leading")
    clause = masked[lower:start].rstrip()
    if clause.endswith(":"):
        # a colon lead-in without a reporting verb: "Sikorski was equally firm:", "Zelensky:";
        # a live blog's time stamp or a bullet before it is no part of it ("14:32 GMT –
        # Zelensky:", "• Zelensky:")
        cut = max((m.end() for m in _LEAD_IN_BREAK.finditer(masked, lower, lower + len(clause))),
                  default=lower)
        seg_start = cut
        if _notice_lead_in(article.text[seg_start:lower + len(clause) - 1]):
            return None  # "Transcript: “Is Cabo Delgado safe …?”": a document's word, no one
        np_start, np_end = _leading_np(article, seg_start, lower + len(clause) - 1)
        found = _resolve(article, np_start, np_end) if np_end > np_start else None
        if found is None and np_end > np_start:
            found = _digest_quote_speaker(article, np_start, lower + len(clause) - 1)
        if found is not None:
            return _attribution(found, (np_start, start), "colon")
    return None


# An Arabic reporting verb, its subject and "that" (إن, أن, بأن) right before the quotation, as
# Arabic agencies attribute: 'وقال المؤيد في بيان إن "…"' (al-Muayyad said in a statement that
# "…"), 'قال عضو المكتب السياسي لأنصار الله حامد الشرفي إن "…"' (a Red Sea newcomer's Saba
# story: two quotes of registry persons with Arabic aliases had no speaker). The verb may take
# the conjunction و or ف fused to it; the subject is a registry person named between the verb
# and "that", else a registry body (:func:`_arabic_subject`).
_LEAD_ARABIC = re.compile(
    r"(?<![\u0600-\u06FF])(?:و|ف)?(?:قال|أضاف|أكد|أوضح|صرح|ذكر|أعلن|تابع)(?![\u0600-\u06FF])"
    r"(?P<subj>[^\"“”«».!?\n]{1,160}?)\s+(?:إن|أن|بأن)\s*:?\s*$")


def _arabic_subject(article: _Article, match: re.Match[str]) -> Speaker | None:
    """The speaker of an Arabic lead-in (:data:`_LEAD_ARABIC`): the last registry person named
    in its subject, else the last registry actor there; None when it names none."""
    named = [m for m in article.mentions
             if match.start("subj") <= m.start and m.end <= match.end("subj")]
    people = [m for m in named if m.actor.type == "person"]
    for mention in reversed(people or named):
        found = _resolve(article, mention.start, mention.end)
        if found is not None:
            return found
    return None


# Ukrainska Pravda's digest form: "Source: Budanov in an interview with …" heads the story,
# "Details:" / "Background:" paragraphs report, and "Quote: “…”" or "Quote from Budanov: “…”"
# gives the words of the one who spoke last (see _digest_quote_speaker).
_DIGEST_QUOTE = re.compile(r"Quote(?:\s+from\s+(?P<who>\S.*))?", re.IGNORECASE)
_DIGEST_SOURCE = re.compile(r"(?m)^[ \t]*Source:[ \t]*(?P<who>[^\n]+)")
_DIGEST_SOURCE_END = re.compile(r"\s(?:in|on|at|during|via|cited|quoted|speaking|told|for|"
                                r"with|to)\b|[;(]")
_DIGEST_SPEAKS = re.compile(r"(?:,[^,\n]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|"
                            r"noted|notes|stated|states|added|adds|wrote|writes|stressed|stresses|"
                            r"emphasi[sz]ed|claimed|claims|warned|warns|believes|reported|reports)"
                            r"\b")
# A publication, a picture credit or an agency is no voice ("Source: European Pravda",
# "Source: Photo by …", "Source: RBC-Ukraine"), unless it cites one ("Suspilne, citing X").
_OUTLET_WORDS = frozenset("""
pravda ukrinform unian interfax suspilne hromadske rbc liga censor babel reuters bloomberg tass
ria novosti kommersant meduza axios politico cnn bbc times post journal telegraph guardian
spiegel bild zeit welle economist baza media news agency radio tv channel newspaper outlet
photo photos video image images picture pictures illustration getty afp ap
""".split())


def _digest_quote_speaker(article: _Article, start: int, end: int) -> Speaker | None:
    """The speaker of a digest's "Quote:" / "Quote from X:" lead-in text[start:end]: X, or —
    in an article with a "Source:" line before it — the subject of the last reporting verb
    between that line and the lead-in, else the source line's one subject; None when the
    source is a publication or picture credit that cites no one, when it names two subjects,
    and for any other lead-in."""
    lead = _DIGEST_QUOTE.fullmatch(article.text[start:end].strip())
    if lead is None:
        return None
    if lead["who"]:
        return _resolve(article, start + lead.start("who"), end)
    sources = list(_DIGEST_SOURCE.finditer(article.text, 0, start))
    if not sources:
        return None
    line_start, line_end = sources[-1].span("who")
    citing = re.search(r"\bciting\s+", article.text[line_start:line_end])
    # the source's subject, before its channel or occasion ("on Telegram", "in an interview")
    channel = _DIGEST_SOURCE_END.search(article.text, line_start, line_end)
    subject = article.text[line_start:channel.start() if channel else line_end]
    if citing is None and set(re.findall(r"[a-z]+", subject.lower())) & _OUTLET_WORDS:
        return None
    floor = line_start + citing.end() if citing else line_start
    channel_at = line_start + len(subject) if citing is None else line_end
    named = [e for e in article.index.entities_before(start) if e.start >= floor
             and not channel_at <= e.start < line_end  # "… with Ukrainska Pravda"
             and (e.speaker.kind != "organisation" or e.speaker.status == REGISTRY)
             and not set(re.findall(r"[a-z]+", e.speaker.name.lower())) & _OUTLET_WORDS]
    if not named:
        return None
    # the one who speaks last: the subject of the last reporting verb ("Details: Budanov said
    # …", "Background: … spokeswoman Maria Zakharova said …"), else the source line's subject
    # (a victim or a host named since is no voice)
    for entity in named:
        if _DIGEST_SPEAKS.match(article.text, entity.end) and \
                (entity.speaker.kind == "person" or entity.speaker.status == REGISTRY):
            return entity.speaker
    subjects = [e for e in named if line_start <= e.start < channel_at]
    if len({e.speaker.name for e in subjects}) == 1:
        return subjects[0].speaker
    return None  # two named together ("Source: Zelensky and Macron"), or none



# Words that label a reproduced document's text, its version or its extract, beside a rubric's
# (:data:`_NOT_TURNS`): "Claim text (translated):", "Full text:", "Original:", "Excerpt:"
# (a word list; only for a colon lead-in, so a transcript's labels are read as before).
_DOCUMENT_LABEL_WORDS = frozenset("""text texts translated translation translations original
full excerpt excerpts extract unofficial""".split())


def _notice_lead_in(lead_in: str) -> bool:
    """Whether a verbless colon lead-in is only a rubric's, notice's or document's words
    (:data:`_NOT_TURNS`: "Analysis:", "Update:", "Transcript:"; :data:`_DOCUMENT_LABEL_WORDS`:
    "Claim text (translated):"), which name no one: a Mozambique newcomer's DW page opened on
    'Transcript: "Is Cabo Delgado safe enough for TotalEnergies?"', a quote by a speaker
    "Transcript" (and a person in the actor draft); a Nigeria newcomer's jihadist-claims
    monitor's "Claim text (translated):" over the claim had given it a speaker "Claim"."""
    words = re.findall(r"[^\W\d_][\w'’]*", lead_in.casefold())
    return bool(words) and all(word in _NOT_TURNS or word in _DOCUMENT_LABEL_WORDS
                               for word in words)


# Where a verbless colon lead-in's subject starts at the latest: after a comma, a spaced dash or a
# bullet.
_LEAD_IN_BREAK = re.compile(r",|\s[—–-]\s|[•·▪|]\s*")


def _own_attribution(article: _Article, index: int) -> Attribution | None:
    """The span's own attribution clause, preferring one that names a speaker."""
    trailing = _trailing(article, index)
    if trailing is not None and trailing.speaker:
        return trailing
    leading = _leading(article, index)
    if leading is not None and (leading.speaker or trailing is None):
        return leading
    return trailing


def _narration_speaker(article: _Article, index: int) -> Attribution | None:
    """Speaker of the last reporting clause in the narration right before span ``index``.

    "Kuleba said Ukraine had asked for seven more batteries. “…”": the quotation that follows
    indirect speech continues it; so does one after a person's disposition ("Zelensky was
    defiant. “…”", see :data:`_DISPOSITION`).  Only the sentence before the span (outside
    quotations) is read.
    """
    start = article.spans[index][0]
    row = _sentence_index(article, start)
    if row == 0:
        return None
    s, e = article.sentence_starts[row - 1], article.sentence_ends[row - 1]
    if any(article.inside[s:e]):
        return None
    match = _NARRATION.match(article.masked[s:e])
    if not match or _CONJUNCTION.match(match.group("subj").lstrip()):
        found = _disposed_subject(article, s, e)
    else:
        seg_start, seg_end = _subject_segment(article, s, s + match.end("subj") + 1)
        found = _resolve(article, seg_start, min(seg_end, s + match.end("subj")))
    if found is None or found.kind not in ("person", "description") and found.status != REGISTRY:
        return None
    return _attribution(found, (0, 0), "narration")


def _disposed_subject(article: _Article, s: int, e: int) -> Speaker | None:
    """The subject of a clause [s, e) that is all a person's disposition or gesture
    ("Zelensky was defiant.", "Tkachuk nodded.", "Sánchez was blunt:"), or None; a city's
    state is no one's ("Kyiv was calm on Sunday morning.")."""
    match = _DISPOSITION.fullmatch(article.masked[s:e]) or \
        _GESTURE.fullmatch(article.masked[s:e])
    if match is None or _CONJUNCTION.match(match.group("subj").lstrip()):
        return None
    found = _resolve(article, s + match.start("subj"), s + match.end("subj"))
    if found is not None and found.kind == "country" and \
            match.group("adj").lower() in _PLACE_STATES and \
            not _ATTITUDE_AFTER.match(article.masked, s + match.end("adj")) and \
            not _SEAT.search(article.masked, s + match.start("subj"), s + match.end("subj")):
        return None  # "Kyiv was calm on Sunday morning.": the city, not its government,
        # unless calm about something, or a seat ("The Kremlin was calm.")
    return found


def _attribute_spans(article: _Article) -> list[Attribution | None]:
    """Own attribution of each span, then inheritance within multi-part quotations.

    A span with an attribution clause that names nobody keeps speaker "": it is a new
    quotation, not the continuation of the previous one.
    """
    own = [_own_attribution(article, i) for i in range(len(article.spans))]
    for i in range(1, len(own)):
        own[i] = _pronoun_after_quote(article, i, own[i - 1], own[i])
    result = list(own)

    def opens_next(i: int) -> bool:
        # Span i opens its paragraph, is left open at the paragraph's end, and the following
        # paragraphs' quotes (each left open but the last) carry it on to an attributed one:
        # one quotation over several paragraphs, whoever spoke before it.
        start = article.spans[i][0]
        if article.text[article.text.rfind("\n", 0, start) + 1:start].strip():
            return False
        for j in range(i, len(own) - 1):
            end = article.spans[j][1]
            if article.text[end - 1] in _CLOSERS + _STRAIGHT + "’'" or \
                    article.text[end:article.spans[j + 1][0]].strip():
                return False
            if own[j + 1] is not None:
                return bool(own[j + 1].speaker)
        return False

    for i in range(1, len(result)):
        prev = result[i - 1]
        if result[i] is None and prev and prev.speaker and _joined(article, i - 1, own[i - 1]) \
                and not opens_next(i):
            result[i] = replace(prev, region=(0, 0), how="inherited")
    for i in range(len(result) - 2, -1, -1):
        nxt = result[i + 1]
        gap = article.text[article.spans[i][1] : article.spans[i + 1][0]]
        if result[i] is None and nxt and nxt.speaker and not gap.strip():
            result[i] = replace(nxt, region=(0, 0), how="inherited")
    for i in range(len(result)):
        if result[i] is not None or _too_short(article, i):
            continue
        found = _narration_speaker(article, i)
        if found is None and i > 0:
            found = _nearby_speaker(article, i, result)
        result[i] = found
    return result


_SPOKES_SEX = re.compile(r"\b[Ss]pokes(man|woman|person)\b")
_PRONOUN_SUBJECT = re.compile(r"[\s,—–-]*(?P<pronoun>[Hh]e|[Ss]he)\b")
# A plural description ("residents", "Western officials", "people"): no "he" continues it.
_PLURAL_HEAD = re.compile(r"(?:[^s]s|\b(?:people|men|women|children))$")
_ADDRESSED = re.compile(r"\b(?:told|tells|asked|asks)\b")
_REPLY = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds|retorted|"
                    r"countered|shot\s+back|hit\s+back|fired\s+back)\b")


def _pronoun_after_quote(article: _Article, index: int, prev: Attribution | None,
                         own: Attribution | None) -> Attribution | None:
    """``own`` with a pronoun subject ("“…,” he added.") read as the previous quotation's
    speaker when nobody else is named in between.

    The reporting convention: a pronoun attributing the next quotation continues the speaker
    just quoted, not the last name of that attribution's tail ("“We are ready,” Peskov said,
    responding to Trump. “But …,” he added." is Peskov's).  A person named in between (a new
    subject: "“…,” Zelensky said. Biden arrived on Monday. “…,” he said.") keeps the last-named
    reading; so does a speaker of the other gender, one more than a paragraph away, or a reply
    to the one the previous speaker told or asked ("“…,” Zelensky told Trump. “…,” he replied."
    is Trump's by the last-named reading).
    """
    if own is None or prev is None or not prev.speaker or own.speaker == prev.speaker:
        return own
    subject = _PRONOUN_SUBJECT.match(article.text, own.region[0], own.region[1])
    if subject is None:
        return own
    if _REPLY.search(article.text, own.region[0], own.region[1]) and \
            _ADDRESSED.search(article.text, *prev.region):
        return own  # "“…,” Zelensky told Trump. “…,” he replied.": the one spoken to replies
    gender = "m" if subject.group("pronoun").lower() == "he" else "f"
    # a described person of either sex continues too ("“…,” the soldier said. “…,” he added."),
    # and so does a body's spokesperson ("“…,” a spokeswoman for the Ukrainian army said.
    # “…,” she added.": the army's words)
    spokes = _SPOKES_SEX.search(article.text, *prev.region)
    if prev.gender != gender and not (prev.gender == "" and prev.kind == "description"
                                      and not _PLURAL_HEAD.search(prev.speaker)) and not (
            prev.kind in ("country", "organisation") and spokes is not None
            and spokes.group(1).lower() in ("person", {"m": "man", "f": "woman"}[gender])):
        return own
    gap_start = max(article.spans[index - 1][1], prev.region[1])
    gap_end = min(article.spans[index][0], own.region[0])
    gap = article.text[gap_start:gap_end]
    if gap.count("\n\n") > 1 or len(gap) > 400:
        return own
    for entity in article.index.entities_between(gap_start, gap_end):
        if entity.speaker.name != prev.speaker and entity.speaker.kind in ("person",
                                                                           "description"):
            return own
    return replace(own, speaker=prev.speaker, camp=prev.camp, status=prev.status,
                   gender=prev.gender)


def _too_short(article: _Article, index: int) -> bool:
    """A quoted word or two inside narration is not a quotation anyone continues."""
    start, end = article.spans[index]
    return len(re.findall(r"\w+", article.text[start:end])) < 3


def _nearby_speaker(article: _Article, index: int,
                    result: list[Attribution | None]) -> Attribution | None:
    """The previous quotation's speaker, when it is in this or the previous paragraph and no
    other person is named in between."""
    prev = result[index - 1]
    if prev is None or not prev.speaker or _too_short(article, index - 1):
        return None
    gap_start = max(article.spans[index - 1][1], prev.region[1])
    gap_end = article.spans[index][0]
    gap = article.text[gap_start:gap_end]
    if gap.count("\n\n") > 1 or len(gap) > 400:
        return None
    if _GAP_REPORTS.search(article.masked, gap_start, gap_end):
        return None  # "… he said.\n\nThe Israeli army said it had struck “…”": another report
    for entity in article.index.entities_between(gap_start, gap_end):
        if entity.speaker.name != prev.speaker and \
                entity.speaker.kind in ("person", "description", "organisation"):
            return None
    return replace(prev, region=(0, 0), how="nearby")


# A reporting verb between two quotations: the second is another speaker's report.
_GAP_REPORTS = re.compile(r"\b(?:said|says|told|tells|stated|states|wrote|writes|claimed|"
                          r"claims|announced|announces|insisted|insists|added|adds)\b")


def _joined(article: _Article, index: int, attribution: Attribution | None) -> bool:
    """True when span ``index + 1`` continues span ``index``'s quotation.

    Only whitespace, punctuation and span ``index``'s own trailing attribution may lie between.
    """
    gap_start = article.spans[index][1]
    if attribution is not None and attribution.how in ("trailing", "according_to", "dash",
                                                       "relayed"):
        gap_start = max(gap_start, attribution.region[1])
    gap = article.text[gap_start : article.spans[index + 1][0]]
    return not re.search(r"\w", gap)


# --------------------------------------------------------------------------- sentences


def _sentence_quotes(
    article: _Article, attributions: list[Attribution | None], start: int, end: int,
    woven: list[int] | None = None,
) -> tuple[bool, str, str, str, bool]:
    """(is_quote, speaker, speaker_camp, speaker_status, partial_quote) of [start, end).

    A sentence whose only quoted words are phrases woven into the narration (``woven``, see
    :func:`_woven_flags`) is a partial quote, however long the phrases; beside a quotation
    of its own ("“We will win,” he said, calling it “a sign of weakness …”") they count as
    quoted words as before.
    """
    chars = article.text
    nonspace = [0, *accumulate(0 if c.isspace() else 1 for c in chars[start:end])]
    inside = sum(
        1 for i in range(start, end) if article.inside[i] and not chars[i].isspace()
    )
    if not inside:
        return False, "", "", "", False
    letters = sum(1 for i in range(start, end) if article.inside[i] and chars[i].isalpha())
    best, best_overlap = None, 0
    for (s, e), attribution in zip(*_near(article, attributions, start, end)):
        overlap = min(e, end) - max(s, start)
        if attribution is not None and attribution.speaker and overlap > best_overlap:
            best, best_overlap = attribution, overlap

    def partial() -> tuple[bool, str, str, str, bool]:
        # quoted words in narration: the speaker of their attribution clause, else of the
        # sentence's own reporting clause ("Stubb said Europe must “put pressure on Moscow”")
        if letters < _MIN_PARTIAL_LETTERS:
            return False, "", "", "", False
        # a clause before the words or a dash after them, then the sentence's reporting
        # clause, then a clause after them ("While a Ukrainian official warned that … a “city
        # of death,” Russia claimed …" is the official's, not Russia's)
        own = best if best is not None and best.how in (*_OWN_CLAUSE, "relayed") else None
        who = own if own is not None and own.how != "trailing" else None
        if who is not None and who.how == "according_to" and \
                _naming_clause(article, start, end) is not None:
            who = None  # "Pakistani officials condemned what they called “…”, according to
            # state television": the source is the sentence's, the words the naming clause's
        if who is None:
            naming = _naming_clause(article, start, end)
            if naming is not None and naming[1]:  # "what he called": the reporter's, first
                reporter = _closing_clause_speaker(article, start, end) or \
                    _reporting_clause_speaker(article, start, end)
                who = reporter if reporter is not None and reporter.kind == "person" and \
                    reporter.gender in ("", naming[1]) else naming[0]
            elif naming is not None:  # the clause's subject, found or not
                who = naming[0]
                if who is None:
                    return False, "", "", "", True
        opening = next((i for i in range(start, end) if article.inside[i]), end)
        semicolon = article.masked.rfind(";", start, opening)
        if who is None and own is not None and semicolon >= 0 and \
                _reporting_clause_speaker(article, semicolon + 1, end) is None and \
                not _ANY_PRONOUN.search(article.text, *own.region) and \
                not _CARRIED.search(article.text, *own.region):
            # "Seoul announced aid; the deal was “dead”, Peskov said.": the clause after them
            # reports the words of its own clause, not the one before the semicolon (a pronoun
            # there is the sentence's reporter: "Peskov says …; the Kremlin considers …, he says")
            who = own
        lead = None if who is not None else _reporting_clause_speaker(article, start, end)
        if _yields_to_trailing(lead, own):
            lead = None
        who = who or lead or own
        if who is None and not _ANY_VERB.search(article.masked, start, opening):
            # "It is “too early” to talk about a summit, he said.", but not "Zelensky wrote that
            # it was “absurd” …, a message that irritated delegations, according to diplomats"
            who = _closing_clause_speaker(article, start, end)
        if who is None:
            return False, "", "", "", True
        return False, who.speaker, who.camp, who.status or OUTSIDE_REGISTRY, True

    if woven is not None and inside == sum(
        1 for i in range(start, end) if woven[i] and not chars[i].isspace()
    ):
        return partial()
    regions = [a.region for a in _near(article, attributions, start, end)[1] if a is not None]
    scaffolding = sum(
        nonspace[hi - start] - nonspace[lo - start] for lo, hi in _clip_union(regions, start, end)
    )
    content = nonspace[-1] - scaffolding
    if content <= 0 or inside / content < QUOTE_SHARE:
        return partial()
    if best is None:
        # a long quotation after the sentence's own reporting clause ("The Israeli army said it
        # had struck “Hamas terrorists operating from a command and control centre …”")
        lead = _reporting_clause_speaker(article, start, end)
        opening = next((i for i in range(start, end) if article.inside[i]), end)
        if lead is not None and lead.speaker and not _RELAYED_DOCUMENT.search(
                article.masked, start, opening):
            return True, lead.speaker, lead.camp, lead.status or OUTSIDE_REGISTRY, False
        return True, "", "", NOT_FOUND, False
    return True, best.speaker, best.camp, best.status or OUTSIDE_REGISTRY, False


# A subordinating conjunction opening a sentence before its reporting clause's subject.
_SUBORDINATOR = re.compile(r"\s*(?i:while|as|although|though|after|before|when|since)\s+")
# A coordinating conjunction opening the sentence ("But Zelensky said …").
_OPENING_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet)\s+")
# A prepositional phrase set off by a comma before the subject: "In Moscow, Zakharova said …",
# "In a statement on Telegram, the RSF accused …".
_ADJUNCT = re.compile(r"\s*(?i:in|on|at|from|during|for|by|amid|despite|under|speaking|"
                     r"writing)\s[^,]{1,80},\s*")
# A sentence adverb set off by a comma before the subject: "Separately, Foreign Minister
# Youssef Rajji met … and told him that “…”" (the adverb had been read into the subject, the
# words no one's); an adverb in -ly, or one of a word list of time and linking adverbs.
_OPENING_ADVERB = re.compile(r"\s*(?:(?-i:(?P<ly>[A-Z][a-z]+ly))|(?i:meanwhile|later|earlier|also|then|"
                             r"still|however|moreover|now|today|yesterday|separately|"
                             r"elsewhere|afterwards|overall|instead))\s*,\s*")
# How many people the name data must have seen with a capitalised word in -ly for it to be a
# given name, not a sentence adverb: "Kelly", "Nelly", "Emily" (hundreds of thousands) against
# "Frankly", "Briefly" (ten or fewer) and "Separately", "Reportedly" (none).
_LY_NAME_PEOPLE = 1000


def _opening_adverb(text: str, start: int, end: int) -> re.Match[str] | None:
    """A sentence adverb set off by a comma at ``start`` (:data:`_OPENING_ADVERB`), not a given
    name in -ly before an appositive: "Kelly, a senator from Arizona, told reporters that “…”"
    and "Nelly, a nurse in Kherson, told reporters …" (a breaker's: no speaker since the
    adverb rule; now Kelly, Nelly)."""
    adverb = _OPENING_ADVERB.match(text, start, end)
    if adverb is not None and adverb["ly"] and first_name_people(adverb["ly"]) >= _LY_NAME_PEOPLE:
        return None
    return adverb


# "According to X, …" opening the sentence.
_OPENING_ACCORDING = re.compile(rf"\s*(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}}?)\s*,")
# "In his words, the EUMM “has no mandate …”": "according to him" (a Georgia newcomer's
# partial quote had had no speaker); the pronoun's antecedent speaks. So does the Serbian and
# Croatian "Prema njegovim rečima," ("according to his words", a Kosovo newcomer's RTS report).
_OPENING_IN_WORDS = re.compile(
    r"\s*(?:(?i:in)\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?words"
    r"|(?i:prema)\s+(?P<bcs>njegovim|njenim|njezinim|njihovim)\s+(?:rečima|riječima))\s*,")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "njegovim": "he",
                       "njenim": "she", "njezinim": "she", "njihovim": "they"}


def _end_of(match: re.Match[str] | None, default: int) -> int:
    return match.end() if match is not None else default


# A lead-in relaying a document's or an outlet's words ("Reuters reported that the draft stated
# “…”", "The New York Times reported that the memo warned “…”"): its subject said none of them.
_RELAYED_DOCUMENT = re.compile(r"\breport(?:ed|s)?\b|\bthat\s+(?:the|a|an)\s+[\w-]+\s+"
                               r"(?:\w+\s+)?(?:stated|states|read|reads|warned|warns|said|says|"
                               r"noted|notes)\b")
# A news outlet's verb: "…, Reuters reported." carries the words the sentence's reporter said.
_CARRIED = re.compile(r"\b(?:report(?:ed|s)?|citing|quoted|quotes)\b")
# A pronoun in a reporting clause.
_ANY_PRONOUN = re.compile(r"\b(?:he|she|they|it)\b", re.IGNORECASE)
# Speakers that "it" does not refer back to.
_NOT_IT = frozenset({"person", "description", "place-people"})


def _reporting_clause_speaker(article: _Article, start: int, end: int, *,
                              follow_it: bool = True) -> Attribution | None:
    """The subject of the reporting verb that opens the sentence [start, end), when its quoted
    words come after that verb: "Finland's Alexander Stubb said Europe must “put pressure on
    Moscow”" (Stubb), "Amnesty International said … “may amount to war crimes”"; None for a
    sentence with no such clause ("the so-called “referendum”" has none). A verb that names or
    judges with the words counts ("Zelensky called the attack “pure terror”": Zelensky)."""
    # "KYIV (AP) — The head of … warned"
    start = lead_end(article.text, start, end, article.index.registry)
    first_quoted = next((i for i in range(start, end) if article.inside[i]), end)
    # the quoted words are in the clause after the last semicolon before them, whoever
    # reported the clauses before it ("Seoul announces aid; Moscow says it “regrets” it")
    semicolon = article.masked.rfind(";", start, first_quoted)
    if semicolon >= 0:
        found = _reporting_clause_speaker(article, semicolon + 1, end, follow_it=follow_it)
        if found is not None:
            return found
    colon = _last_clause_colon(article, start, first_quoted)
    if colon >= 0:
        # ... and so are they after a colon, with the clause after it reporting them ("The Casa
        # de Nariño keeps sending mixed messages: the president calls Mordisco “a traitor …”"
        # had no speaker, the first clause having no reporting verb), else after a clause that
        # is all its subject's disposition, the subject's ("Defence Minister Pedro Sánchez was
        # blunt: Venezuela “cannot be …”", as "Sikorski was equally firm: “…”" is Sikorski's)
        found = _reporting_clause_speaker(article, colon + 1, end, follow_it=follow_it)
        if found is not None:
            return found
        disposed = _disposed_subject(article, start, colon + 1)
        if disposed is not None and (disposed.kind in ("person", "description") or
                                     disposed.status == REGISTRY):
            return _attribution(disposed, (0, 0), "narration")
    in_words = _OPENING_IN_WORDS.match(article.masked, start, first_quoted)
    if in_words is not None:
        pronoun = in_words.group("pronoun") or in_words.group("bcs")
        found = article.index.antecedent(in_words.start(), _POSSESSIVE_PRONOUN[pronoun.lower()])
        return _attribution(found, (0, 0), "narration") if found is not None else None
    authored = _authored_document_speaker(article, start, first_quoted)
    if authored is not None:  # "The message, posted by Kadyrov on Telegram, said “…”"
        return _attribution(authored, (0, 0), "narration")
    according = _OPENING_ACCORDING.match(article.masked, start, first_quoted)
    if according is not None:  # "According to one EU diplomat, the mood was “tense …”"
        found = _according_to(article, according, first_quoted)
        return _attribution(found, (0, 0), "narration") if found is not None else None
    # a relative clause set off after the subject has verbs of its own ("A senior Western
    # diplomat, who asked not to be named, said …"): blanked while the reporting verb is sought
    masked = article.masked
    relative = _SET_OFF_RELATIVE.search(masked, start, first_quoted)
    if relative is not None:
        masked = (masked[:relative.start() + 1] + " " * (relative.end() - relative.start() - 2)
                  + masked[relative.end() - 1:])
    match = _PARTIAL_NARRATION.match(masked, start, end)
    if match is None:
        return _participle_speaker(article, start, first_quoted) or \
            _quoted_predicate_speaker(article, start, first_quoted, end)
    if match.end("verb") < first_quoted:
        # "Morocco welcomed the resolution, and the United Nations said it would “monitor …”":
        # the words are in the clause of another subject coordinated after the first verb (a
        # breaker's had them Morocco's)
        # (only the last such clause, the one the words are in: "…, and Washington said it
        # had warned Moscow, yet Putin continued to hint at a “…”" is no one's of Washington)
        later = list(_LATER_CLAUSE.finditer(masked, match.end("verb"), first_quoted))
        found = _reporting_clause_speaker(article, later[-1].end(), end,
                                          follow_it=follow_it) if later else None
        if found is not None:
            return found
    subject = match.start("subj")
    subject = _end_of(_OPENING_CONJUNCTION.match(masked, subject), subject)
    opener = (_SUBORDINATOR.match(masked, subject, match.end("subj"))
              or _ADJUNCT.match(masked, subject, match.end("subj"))
              or _opening_adverb(masked, subject, match.end("subj")))
    if opener is not None:
        subject = opener.end()  # "While a Ukrainian official warned …": the official
    elif masked[subject:match.end("subj")].strip(" ,").lower() == "it":
        # "It said it had taken “…”": the body that spoke in the sentence before, if one did
        if not follow_it:
            return None
        return _body_before(article, start)
    elif _CONJUNCTION.match(masked[subject:match.end("subj")].lstrip()):
        return None
    if first_quoted < match.end("verb") or _PASSIVE.search(masked, subject,
                                                           match.start("verb")):
        return None  # "The organisation has been criticised for its “passivity”": not its words
    if _COORDINATED_PREDICATE_END.search(masked, subject, match.end("subj")):
        # "The Turkish Foreign Ministry expressed condolences … and called on all parties to
        # avoid “…”": the subject of the first verb (after a comma and an auxiliary too:
        # "President Gustavo Petro suspended peace talks …, and has since accused the group of
        # acting as “a cartel”" had no speaker)
        main = _MAIN_CLAUSE.match(masked, subject, match.start("verb"))
        if main is None or _CONJUNCTION.fullmatch(main.group("subj")):
            return None
        found = _resolve(article, main.start("subj"), main.end("subj"))
        return _attribution(found, (0, 0), "narration") if found is not None else None
    relative = _RELATIVE_BEFORE_VERB.search(masked, subject, match.end("subj"))
    if relative is not None:
        # the verb is a relative clause's, whose words are the noun's before it: "We … reject
        # the campaign of the oligarchic press that accuses our sister nation of sheltering
        # “terrorists”" (the whole clause before "that" had been the speaker, of the camp of
        # the state it names), "Officials who called it “…” …"
        found = _antecedent(article, subject, relative.start())
        return _attribution(found, (0, 0), "narration") if found is not None else None
    seg_start, seg_end = _subject_segment(article, subject, match.end("subj") + 1)
    # a subordinate clause after the main one: "Talks … are still ongoing, although Patiño
    # admitted that they had “…”" is Patiño's (the conjunction had hidden him)
    seg_start = _end_of(_SUBORDINATOR.match(masked, seg_start, seg_end), seg_start)
    # "… killing three people in what officials called a “deliberate” attack": the officials
    whats = list(_WHAT.finditer(masked, seg_start, seg_end))
    if whats:
        seg_start = whats[-1].end()
    if article.text[match.start("subj"):match.end("subj")].rstrip().endswith(","):
        # "Ukraine's defence minister, Taras Hordiienko, said": the name in the apposition,
        # with the description's side when the name has none
        found = _named_in_apposition(article, seg_start, seg_end, match.start("verb"))
        if found is not None:
            return _attribution(found, (0, 0), "narration")
        # "The Kremlin's spokesman, Dmitry Peskov, said": the role and its name together, so
        # that a registry name wins
        seg_end = article.text.rfind(",", subject, match.end("subj"))
        # "A senior Western diplomat, who asked not to be named, said": the noun before the
        # relative clause
        relative = _RELATIVE_CLAUSE.search(article.masked, seg_start, seg_end)
        if relative is not None:
            seg_end = relative.start()
    # "Yemen’s internationally recognized government on Sunday accused the Houthis of holding
    # the Red Sea “hostage”" (an Arab News story of a Red Sea newcomer's had the speaker
    # "… government on Sunday", outside the registry): the day is no noun phrase of the
    # subject's, as before a quotation's reporting verb (:func:`_leading`)
    day = _TRAILING_DAY.search(masked, seg_start, min(seg_end, match.end("subj")))
    if day is not None and day.start() > seg_start and not _PLACE_OR_TIME.search(
            masked, seg_start, day.start()):
        seg_end = day.start()
    contact = _CONTACT_RELATIVE.search(masked, seg_start, min(seg_end, match.end("subj")))
    if contact is not None:
        # "fighters … executed two men they accused of being “blacklegs”": the pronoun opening
        # a relative clause without its "whom" is the verb's subject, not the words before it
        # (a Cameroon newcomer's speaker had been "fighters of the … executed two men they")
        seg_start, seg_end = contact.span("pronoun")
    found = _resolve(article, seg_start, min(seg_end, match.end("subj")))
    return _attribution(found, (0, 0), "narration") if found is not None else None


# "and" with the auxiliaries and adverbs of a second verb of the same subject ("…, and has
# since accused").
_COORDINATED_PREDICATE_END = re.compile(
    r"\band(?:\s+(?:has|have|had|would|will|since|also|then|later|again|still|once|even|"
    r"further|(?-i:[a-z]\w*ly)))*\s*$")
# A relative pronoun right before a reporting verb (its adverbs read before).
_RELATIVE_BEFORE_VERB = re.compile(r"\s(?:that|which|who)\s*$")


def _antecedent(article: _Article, start: int, pronoun: int) -> Speaker | None:
    """The speaker named by the noun phrase that ends right before the relative pronoun at
    ``pronoun`` (searching back to ``start``), or None."""
    np_start = _np_before(article, start, pronoun)
    return _resolve(article, np_start, pronoun) if np_start < pronoun else None


# A colon that ends a clause (a space after it: not a clock's "17:45").
_CLAUSE_COLON = re.compile(r":(?=\s)")


def _last_clause_colon(article: _Article, start: int, stop: int) -> int:
    """Offset of the last colon ending a clause in [start, stop), or -1."""
    colons = [m.start() for m in _CLAUSE_COLON.finditer(article.masked, start, stop)]
    return colons[-1] if colons else -1
# A personal pronoun closing a reporting verb's subject phrase after other words: the subject
# of a relative clause without its relative word ("the two men they accused of being “…”").
_CONTACT_RELATIVE = re.compile(r"[^\W\d_][\w'’-]*\s+(?P<pronoun>he|she|they|we)\s*$")


# A clause of its own after a comma and a conjunction (", and the UN said"), not a second
# reported clause of the first verb's (", and that the allies …").
_LATER_CLAUSE = re.compile(
    # (or a concession's: "Ukraine’s army says it has pushed Russian forces out …, though
    # Moscow calls that ‘fiction’" is Moscow's)
    r",\s+(?:and|but|yet|while|whereas|though|although)\s+(?!that\b)(?=[A-Za-z])")
# A relative clause set off by commas before the reporting verb: ", who asked not to be named,".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,;:“”\"«»„]{1,120},")
# A relative or participial clause set off after a subject: ", who asked not to be named",
# ", speaking on condition of anonymity"; a past participle with its agent too, ", shared by
# pages linked to the Army's 3rd Infantry Division," (a Philippines newcomer's: the posts'
# words had been the speaker "Infantry Division"'s), as "Families of hostages held by Hamas"
# are the families. An author's participle is not cut (_AUTHOR_PARTICIPLES): a document
# speaks for the one who signed, issued or wrote it ("The statement, signed by Lavrov, said
# …" is Lavrov's, as "The statement said" finds its issuer).
_AUTHOR_PARTICIPLES = ("signed", "co-signed", "countersigned", "issued", "released",
                       "published", "written", "authored", "co-authored", "penned", "drafted")
# ... and such a participle's agent after a document's noun opening the sentence is who spoke,
# whatever words name the agent ("The communiqué, issued by NATO leaders, called the attack
# “…”" had no speaker, "NATO leaders" being no registry name; "The message, posted by Kadyrov
# on Telegram, said “…”" none, its "posted" read as the reporting verb; a fixer's cases); the
# platform or place after the agent is no part of it (see _authored_document_speaker).
_AUTHORED_DOCUMENT = re.compile(
    rf"\s*(?i:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_DOCUMENTS})\s*,\s+"
    rf"(?:{'|'.join(_AUTHOR_PARTICIPLES)}|posted|sent)\s+by\s+(?P<issuer>{_NC}{{1,80}}?)"
    rf"(?:\s+(?:on|via|in|at)\s+{_NC}{{1,60}})?\s*,{_ADVERBS}\s+(?:{_VERB}|"
    + "|".join(_CHARACTERISING_VERBS) + r")\b")


def _authored_document_speaker(article: _Article, start: int, first_quoted: int
                               ) -> Speaker | None:
    """The agent of :data:`_AUTHORED_DOCUMENT` opening the sentence at ``start`` with its verb
    before the quoted words at ``first_quoted``: who it resolves to, else the registry actor it
    names ("NATO leaders": NATO); None when no such opening."""
    match = _AUTHORED_DOCUMENT.match(article.masked, start, first_quoted)
    if match is None:
        return None
    found = _resolve(article, *match.span("issuer"))
    if found is None:
        mentions = article.index.mentions_within(*match.span("issuer"))
        found = article.index._registry_speaker(mentions[0]) if mentions else None
    return found


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|speaking|briefed|asking|"
                              r"(?!(?:" + "|".join(_AUTHOR_PARTICIPLES) + r")\s)"
                              r"[a-z]+(?:ed|en)\s+by)\b")


# A reporting clause closing a sentence after its quoted words: "It is “too early” to talk
# about a summit, he said.", "…, said one official."
_CLOSING_CLAUSE = re.compile(
    rf",\s+(?:(?P<subj>{_NC}{{1,80}}?){_ADVERBS}\s+(?P<verb>{_VERB})\b{_NC}{{0,60}}?|"
    rf"(?P<inverted>{_INVERSION})\s+(?P<isubj>{_NC}{{1,80}}))[.!?]?\s*$")


_CLOSING_ACCORDING = re.compile(rf",\s+(?i:according)\s+to\s+(?P<subj>{_NC}{{1,120}}?)[.!?]?\s*$")


def _closing_clause_speaker(article: _Article, start: int, end: int, *,
                            after_quotes: bool = True) -> Attribution | None:
    """The speaker of a reporting clause that closes the sentence [start, end) ("It is “too
    early” to talk about a summit, he said.", "…, according to Ukraine's air force."), after
    its last quoted words unless ``after_quotes`` is False; None without one."""
    last_quoted = max((i for i in range(start, end) if article.inside[i]), default=None)
    if last_quoted is None and after_quotes:
        return None
    search_from = start if last_quoted is None else last_quoted + 1
    according = _CLOSING_ACCORDING.search(article.masked, search_from, end)
    if according is not None:
        found = _according_to(article, according, end)
        return _attribution(found, (0, 0), "narration") if found is not None else None
    apposed = _closing_apposed_speaker(article, search_from, end)
    if apposed is not None:
        return apposed
    clause = _CLOSING_CLAUSE.search(article.masked, search_from, end)
    if clause is None:
        return None
    group = "subj" if clause.group("subj") is not None else "isubj"
    if len(clause.group(group).split()) > 6:
        return None  # "UNRWA, the UN agency …, said more than 190 of its staff had been killed"
    if _CONJUNCTION.match(clause.group(group).lstrip()):
        return None
    found = _resolve(article, clause.start(group), clause.end(group))
    return _attribution(found, (0, 0), "narration") if found is not None else None


# A closing reporting clause whose subject has an apposition: "…, Budanov, the head of military
# intelligence, said.", "…, Zelensky, speaking in Kyiv, told reporters.", "…, said Ukraine's
# foreign minister, Andrii Sybiha, on Wednesday."
_CLOSING_APPOSED = re.compile(
    rf",\s+(?:(?P<head>{_NC}{{1,60}}?),\s+(?P<app>{_NC}{{1,80}}?),{_ADVERBS}\s+(?P<verb>{_VERB})\b"
    rf"{_NC}{{0,60}}?|(?P<inverted>{_INVERSION})\s+(?P<ihead>{_NC}{{1,60}}?),\s+(?P<iapp>"
    rf"{_NC}{{1,60}}?)(?:,\s+(?:on|in|at|late|early|last|this)\b{_NC}{{0,40}})?)[.!?]?\s*$")


def _closing_apposed_speaker(article: _Article, start: int, end: int) -> Attribution | None:
    """The speaker of a closing reporting clause whose subject is a name and an apposition
    (:data:`_CLOSING_APPOSED`): the person of the two (a bare name in the apposition first),
    with the other's side when the person has none, else the subject's description; None
    without such a clause or when it continues or is a list."""
    clause = _CLOSING_APPOSED.search(article.masked, start, end)
    if clause is None:
        return None
    head, app = ("head", "app") if clause.group("head") is not None else ("ihead", "iapp")
    if _CONJUNCTION.match(clause.group(head).lstrip()) or \
            re.match(r"(?i:and|or|but|nor)\b", clause.group(app).lstrip()):
        return None  # "…, Kharkiv, and Sumy, …": a list, not a name and its apposition
    if re.search(r"\s(?:and|or)\s+[A-Z]", clause.group(app)):
        return None  # "…, Zelensky, Sybiha and Yermak said": several speakers
    first = _resolve(article, clause.start(head), clause.end(head))
    second = _resolve(article, clause.start(app), clause.end(app))
    if first is not None and first.kind != "person" and second is not None and \
            second.name.split()[-1] in first.name:
        # "…, a source close to Budanov, the intelligence chief, said": the apposition is
        # Budanov's, the speaker the source
        return _attribution(first, (0, 0), "narration")
    pairs = [(first, second), (second, first)]
    if all(w[:1].isupper() or w in NAME_PARTICLES for w in clause.group(app).split()):
        pairs.reverse()  # a bare name after a description: "the man Zelensky met, Donald Trump,"
    for one, other in pairs:
        if one is not None and one.kind == "person":
            found = one if one.camp or other is None else replace(one, camp=other.camp)
            return _attribution(found, (0, 0), "narration")
    # "…, a source close to Budanov, the intelligence chief, said": the description
    return _attribution(first, (0, 0), "narration") if first is not None else None


# "what" opening the clause whose subject names the quoted words ("in what Kyiv called …").
_WHAT = re.compile(r"\b(?i:what)\s+")
# A clause of its own that names the quoted words just before them: "what Moscow calls the
# “new territorial realities”", "a battle that Ukrainian soldiers called a “meat grinder”",
# "which Zakharova described as “…”", "what Russia refers to as its “…”". Its subject holds no
# relative word, auxiliary or conjunction of its own (so the last such clause is read, and "that
# its troops had killed civilians and described …" is no subject), ends in no possessive
# ("Moscow's terms amounted to", "Kyiv's latest calls were": nouns; "had" only before "as":
# "Moscow had called the session “…”" convened it) and is no passive ("what was described as
# “…”" names nobody; "what was described by Kyiv as “…”" names Kyiv); the verb takes at most a
# short object and "as" before the words ("called him about the “…”" is a phone call).
_NAMING_VERB = (r"(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed|labels?|"
                r"labell?ed|brands?|branded|characteri[sz]es?|characteri[sz]ed|"
                r"refers?\s+to|referred\s+to|"
                # judging the words "as" them: "a charge that Peskov dismissed as “…”"
                r"(?:dismiss(?:es|ed)?|denounc(?:es|ed)|condemn(?:s|ed)?|reject(?:s|ed)?|"
                r"hail(?:s|ed)?|decr(?:ies|ied))(?=\s+as\b))")
# A naming verb right before quoted words: "what he called", "described it as a", "branded"
# (not "so-called").
_NAMED_BEFORE = re.compile(rf"(?<![\w-]){_NAMING_VERB}(?:\s+(?:it|them|him|her|this|these))?"
                           r"(?:\s+as)?(?:\s+(?:the|a|an|its|their|his|her))?\s*$")
_NAMING_TAIL = (r"(?P<tail>(?:\s+(?:it|them|this|these|those|"
                r"(?:him|her|me|us)(?=\s+(?:as|a|an|the)\b)|"
                r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+and\s+[A-Z][\w'’-]*)?|"
                r"(?:the|a|an|its|his|her|their|our|such)(?:\s+[\w'’-]+){0,2}))?"
                r"(?:\s+as)?(?:\s+(?:the|a|an|its|his|her|their|our))?)\s*$")
# The subject of a naming clause: no relative word, auxiliary or conjunction of its own, an
# apposition allowed ("which the head of the IAEA, Rafael Grossi, called").
_NAMING_WORDS = (r"(?:(?!\b(?i:what|that|which|was|were|is|are|been|be|and|but|or|had|has|"
                 r"have|would|will|could|should|did|do|does)\b)[^,.;:!?“”\"«»„])")
_NAMING_CLAUSE = re.compile(
    # (or a noun of a claim with no relative word: "…, a claim the Kremlin dismissed as “…”",
    # a newcomer's rebuttal had been the rebutted agency's voice)
    # ("whom" too: "The gunmen, whom residents call “Amba boys”," is the residents' name for
    # them, a Cameroon newcomer's had it the words of the official reporting the raid)
    r"\b(?i:what|that|which|whom|(?<=[,;—–] )(?:a|an|the)\s+(?:claim|charge|accusation|allegation|"
    r"assertion|assessment|suggestion|finding|report|account|version|characteri[sz]ation|"
    # ... or of a judgement or an act: "…, a ruling Moscow rejects as “null and void.”"
    r"ruling|verdict|decision|judge?ment|resolution|move|step|measure|proposal|plan|offer)s?)\s+"
    rf"(?P<subj>{_NAMING_WORDS}{{1,60}}?(?:,\s+{_NAMING_WORDS}{{1,40}}?,)?)(?<!['’]s)"
    r"\s+(?:(?P<aux>has|have|had)\s+)?(?:(?:\w+ly|long|once|also|often|still|now|first|"
    r"always|even)\s+)?"  # "what Azerbaijan long called the “…”"
    + "(?P<verb>" + _NAMING_VERB + r")\b(?!\s+(?:for|on|off|up|into|in|back|about)\b)"
    + _NAMING_TAIL)
_NAMED_BY_AGENT = re.compile(
    r"\b(?i:what|that|which)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?" + _NAMING_VERB + r"\s+by\s+(?P<subj>[^,.;:!?“”\"«»„]{1,60}?)"
    + _NAMING_TAIL)


def _naming_clause(article: _Article, start: int, end: int
                   ) -> tuple[Attribution | None, str] | None:
    """The subject of a clause that names the first quoted words of [start, end) as its own
    ("Zelensky said Kyiv would never accept what Moscow calls the “new territorial
    realities”": Moscow, not Zelensky), with the gender of a "he" / "she" subject ("Trump said
    Zelensky had rejected what he called a “very fair” deal": he is more likely the one
    reporting than the last person named) or ""; the clause may follow the words ("the
    “counteroffensive”, as Kyiv called it"). (None, "") when the subject is nobody the article
    names ("what some call “…”"); None without such a clause or with more quoted words than it
    names."""
    spans = [(s, e) for s, e in article.spans if start <= s < end]
    if len(spans) != 1:
        return None  # "Shoigu said what Kyiv calls a “counteroffensive” had turned into “…”"
    first_quoted = spans[0][0]
    after = _NAMED_AFTER.match(article.masked, spans[0][1], end)
    if after is not None:  # "Russia's “special military operation”, as the Kremlin calls it,"
        found = _resolve(article, after.start("subj"), after.end("subj"))
        return (_attribution(found, (0, 0), "narration") if found is not None else None), ""
    if _NAMED_PASSIVE.search(article.masked, start, first_quoted):
        agent = _AGENT_AFTER.match(article.masked, spans[0][1], end)
        if agent is not None:  # "The sanctions were called “…” by Russian diplomats."
            found = _resolve(article, agent.start("subj"), agent.end("subj"))
            return (_attribution(found, (0, 0), "narration") if found is not None else None), ""
    clause = _NAMED_BY_AGENT.search(article.masked, start, first_quoted) or \
        _NAMING_CLAUSE.search(article.masked, start, first_quoted)
    if clause is None:
        return None
    tail = clause.group("tail").split()
    if clause.groupdict().get("aux") == "had" and not (tail and tail[-1] in _NAMING_ENDS):
        return None  # "Moscow had called the session “…”" (convened it), unlike "had called him a"
    if not tail and clause.group().split()[0].lower() in ("that", "which") and \
            clause.group("verb").lower() in ("calls", "terms", "brands", "labels", "dubs"):
        return None  # "said that Western brands “still selling …”": a plural noun
    subject = clause.group("subj").strip()
    if not subject or _CONJUNCTION.fullmatch(subject) and subject.lower() != "it":
        return None  # "it": the body the sentence names ("India struck what it called “…”")
    found = _pronouns_own_clause(article, start, clause.start()) \
        if subject.lower() in ("it", "they") else None
    if found is not None:
        return _attribution(found, (0, 0), "narration"), ""
    found = _resolve(article, clause.start("subj"), clause.end("subj"))
    if found is None and subject.lower() == "it":
        return None  # a body the article does not name as one: the sentence's own reporter
    pronoun = {"he": "m", "she": "f"}.get(subject.lower(), "")
    return (_attribution(found, (0, 0), "narration") if found is not None else None), pronoun


# A past-tense verb after a clause's subject.
_PAST_VERB = (r"(?:\w+ed|was|went|gave|made|met|told|left|took|spoke|flew|came|sent|wrote|"
              r"struck|hit|led|held|won|lost|broke|began|fought|drove|ran|rose|fell|set|put|"
              r"withdrew|fled|shot|sank|stood|kept|sought|brought|chose|saw)\b")
# Where a clause may open before a naming clause's "what": the sentence's start, a comma, a
# subordinating conjunction, or a reporting verb's object clause ("when India struck what it
# called", "said the army shelled what they called").
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–(]|\b(?i:when|after|before|since|because|while|until|"
                             r"once|as|where|and|but|that|said|says))\s*$")
# ... its subject, capitalised or after an article, and past-tense verb ("India struck",
# "Ukrainian troops crossed", "the rebels shelled").
_CLAUSE_SUBJECT = re.compile(r"(?P<subj>(?:(?:[Tt]he|[Aa]n?)\s+[\w'’.-]+|[A-Z][\w'’.-]*)"
                             r"(?:\s+[\w'’.-]+){0,3}?)\s+"
                             r"(?:(?:\w+ly|then|also|later|again|first|now|still)\s+)?" + _PAST_VERB)
# What may stand between that clause's verb and "what": a short object ("accused Kyiv of").
_SHORT_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}")


def _pronouns_own_clause(article: _Article, start: int, what: int) -> Speaker | None:
    """The subject of the clause a naming clause's "it" or "they" hangs on, in the same
    sentence: its subject and past-tense verb right before "what", a short object between
    ("The fighting began when India struck what it called “…”": India, not the body the
    sentence before named, a newcomer's "Pakistan said it …" had taken India's words; "when
    Russian troops crossed what they called “…”", "Russia accused Kyiv of what it called
    “…”"); None when there is no such clause or its subject is a pronoun, nobody the article
    names, or a person ("it" a body, "they" more than one)."""
    lo = max(start, article.sentence_starts[_sentence_index(article, what)])
    masked = article.masked
    for word in reversed([m.start() + lo for m in re.finditer(r"\S+", masked[lo:what])]):
        if not _CLAUSE_OPENING.search(masked[lo:word]):
            continue
        main = _CLAUSE_SUBJECT.match(masked, word, what)
        if main is None or not _SHORT_OBJECT.fullmatch(masked, main.end(), what):
            continue
        if _CONJUNCTION.fullmatch(main.group("subj")) or \
                main.group("subj").lower() in ("he", "she", "we", "i", "you"):
            return None  # "when he struck what it called": the pronouns' own reading
        found = article.index.resolve(main.start("subj"), main.end("subj"))
        return found if found is not None and found.kind != "person" else None
    return None


# A passive naming verb right before the words, its agent right after them: "The sanctions were
# called “an unfriendly step” by Russian diplomats", "was described as “…” by the Kremlin".
_NAMED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?"
                            + _NAMING_VERB + r"(?:\s+as)?(?:\s+(?:the|a|an|its|their))?\s*$")
_AGENT_AFTER = re.compile(rf"\s*,?\s+by\s+(?P<subj>{_NC}{{1,60}}?)\s*(?=[,.;:!?]|$)")
# A naming clause right after the words: "the “counteroffensive”, as Kyiv called it,".
_NAMED_AFTER = re.compile(rf"\s*,?\s*(?i:as)\s+(?P<subj>{_NC}{{1,60}}?)\s+(?:has\s+|had\s+)?"
                          r"(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed|"
                          r"puts?)\s+it\b")
# Words closing a naming clause's tail before the quoted words it names.
_NAMING_ENDS = frozenset("as a an the its his her their our".split())


# A participial reporting clause after the main clause, in its reporting sense only: "…,
# saying it would “regroup”", "…, telling the Russian people that …", "…, warning that …",
# "…, vowing to …", "…, calling the vote “a farce”" -- not "claiming 31 lives", "adding to a
# sense of “gloom”", "warning residents of …", "calling into question …".
_REPORTING_PARTICIPLE = re.compile(
    r",\s+(?:saying"
    r"|telling\s+[^,.;:!?“”\"]{1,60}?\s+that"
    r"|(?:adding|warning|insisting|arguing|claiming|declaring|stressing|noting|conceding|"
    r"admitting|acknowledging)\s+(?:to\s+[^,.;:!?“”\"]{1,40}?\s+)?that"
    r"|(?:vowing|promising)\s+to)\b"
    # (right before the mark, where the search ends, and no word boundary there: "The
    # government rejected allegations that Eritrean troops had entered Tigray, calling them
    # “baseless propaganda.”" had found no participle, so no speaker)
    r"|,\s+calling\s+(?!into\b|for\b|on\b|off\b|up\b)[^,.;:!?“”\"]{1,40}?\s*(?=[“\"‘]|$)")
# The main clause's subject before its verb: a pronoun, a capitalised name, or a description
# of a few words ("the army"), then a past-tense verb.
# A month's full name, as a date between a subject and its verb writes it.
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
_DAY_OR_DATE = (r"(?:(?:(?:late|early|earlier|later)\s+)?(?:on|last|this)\s+"
                r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                r"(?:\s+(?:morning|afternoon|evening|night))?"
                rf"|on\s+(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b)")
_IN_PLACE = r"(?:in|at)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
_MAIN_CLAUSE = re.compile(
    r"\s*(?P<subj>[Hh]e|[Ss]he|(?:[Tt]he|[Aa]n?)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|"
    # a possessor's lower-case role before the name: "Israel's prime minister Benjamin
    # Netanyahu congratulated Trump, saying …" (a newcomer's partial quote had no speaker);
    # not a preposition's phrase ("Kadyrov’s channel on Friday published a video …, calling
    # them ‘heroes of the nation’" names no "Friday")
    r"[A-Z][\w'’.-]+['’]s\s+(?:(?!(?:on|in|at|of|for|from|to|with|by|after|since)\b)"
    r"[a-z][\w-]+\s+){1,3}[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}|"
    r"(?!(?:It|This|That|There|These|Those)\b)"
    # (a title's capitalised portfolio after "of" or "for" before the name: "Minister of
    # Communication and Media Patrick Muyaya on Monday rejected …, saying …", a breaker's)
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.-]+"
    r"(?:\s+(?:(?:and|&|of|for|the)\s+)*[A-Z][\w'’.-]+){1,8}|"
    # (five words: a title of two, an honorific and a name, "Raksha Mantri Shri Rajnath
    # Singh congratulated …, saying …" had no speaker)
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4})"
    # a day between the subject and its verb, as a wire writes it: "Zelenskyy on Sunday
    # defended the plan, saying …" (a newcomer's partial quote had no speaker), or a date
    # ("Kallas on 12 March defended the sanctions, saying …", a breaker's), a place beside it
    # ("Zelenskyy on Sunday in Odesa defended …", a breaker's; a place alone is no day's, so
    # "The Chinese ambassador in Minsk met …" keeps its posting)
    rf"(?:\s+{_DAY_OR_DATE}(?:\s+{_IN_PLACE})?|\s+{_IN_PLACE}\s+{_DAY_OR_DATE})?"
    r"\s+(?:\w+ly\s+)?"
    # ("was" of a person or a body: "Peskov was more candid, conceding … that")
    + _PAST_VERB)
# A second clause between the main clause and the participle: the participle may be its
# ("Russia launched 40 drones and Ukraine's air force shot down 35, saying …").
_SECOND_CLAUSE = re.compile(r"\b(?:and|but|while|as|which|who|whom|when|after|before)\b|;")


def _participle_speaker(article: _Article, start: int, first_quoted: int
                        ) -> Attribution | None:
    """The subject of the main clause when a participial reporting clause introduces the
    quoted words: "On February 24, he invaded Ukraine, telling the Russian people that he
    wanted to “demilitarize and de-Nazify” the country" (he: Putin), "The army withdrew,
    saying it would “regroup”" (the army); None without such a clause, without such a subject
    ("It was the deadliest attack …, claiming …" has none) or with another clause between
    them."""
    participle = _REPORTING_PARTICIPLE.search(article.masked, start, first_quoted)
    if participle is None:
        return None
    subject = start
    opener = _ADJUNCT.match(article.masked, subject, first_quoted)
    if opener is not None:
        subject = opener.end()  # "On February 24, he invaded …"
    subject = _end_of(_OPENING_CONJUNCTION.match(article.masked, subject), subject)
    main = _MAIN_CLAUSE.match(article.masked, subject, participle.start())
    if main is None or _CONJUNCTION.fullmatch(main.group("subj")) or \
            _SECOND_CLAUSE.search(article.masked, main.end(), participle.start()):
        return None
    found = _resolve(article, main.start("subj"), main.end("subj"))
    return _attribution(found, (0, 0), "narration") if found is not None else None


# A verb of a word or two quoted after the sentence's subject ("The Council “welcomed” the
# deal"), and a reporting verb coordinated with it after (" … and urged all parties …").
_QUOTED_VERB = re.compile(r"[“\"«„][a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?[”\"»“]")
_AND_REPORTING = re.compile(rf"{_NQ}{{0,200}}?\band{_ADVERBS}\s+(?:{_VERB}|"
                            + "|".join(v.replace(" ", r"\s+") for v in _CHARACTERISING_VERBS)
                            + r")\b")


def _quoted_predicate_speaker(article: _Article, start: int, first_quoted: int, end: int
                              ) -> Attribution | None:
    """The sentence's subject where its verb is the first quoted words and a reporting verb
    coordinated with it goes on: "The African Union Council “welcomed” the declaration … and
    urged all parties to refrain from “actions that …”" (the Council's; a Somalia newcomer's
    had the declaration speak); None for any other sentence: a subject with a verb or a comma
    of its own, quoted words that are no verb of a word or two ("Russia's “liberated”
    territories" goes on with no verb of its subject's), no coordinated reporting verb."""
    quoted = _QUOTED_VERB.match(article.masked, first_quoted, end)
    subject = _end_of(_OPENING_CONJUNCTION.match(article.masked, start, first_quoted), start)
    words = article.masked[subject:first_quoted]
    if quoted is None or not words.strip() or len(words.split()) > 12 or \
            re.search(r"[,;:“”\"«»„]", words) or _ANY_VERB.search(words) or \
            not _AND_REPORTING.match(article.masked, quoted.end(), end):
        return None
    found = _resolve(article, subject, first_quoted)
    return _attribution(found, (0, 0), QUOTED_PREDICATE) if found is not None else None


# A determiner or a possessive right before the quoted words: they modify a noun after them
# ("Russia's “liberated” territories", "the “liberated” village"), no verb of the words before.
_BEFORE_MODIFIER = re.compile(r"(?:\b(?i:the|a|an|its|their|his|her|our|this|that|these|those|"
                              r"in|of|on|at|by|for|from|with|to)|['’]s?)\s*$")
_PRONOUN_SEX = {"he": "m", "she": "f", "his": "m", "her": "f"}


def _quoted_predicate_subject(article: _Article, index: int) -> tuple[int, int] | None:
    """The span of the subject opening the sentence of span ``index`` when that span is the
    sentence's first quoted words and they are its verb, a lower-case word or two after a
    subject with no verb or comma of its own ("Zelensky “thanked” Biden …", "The army
    “liberated” the village …"); None otherwise ("Russia's “liberated” territories", "The
    “liberated” village", "Zelensky said it was “absurd”")."""
    span_start = article.spans[index][0]
    row = _sentence_index(article, span_start)
    lo, hi = article.sentence_starts[row], article.sentence_ends[row]
    lo = lead_end(article.text, lo, hi, article.index.registry)
    lo = _end_of(_OPENING_CONJUNCTION.match(article.masked, lo, span_start), lo)
    if lo >= span_start or any(article.inside[lo:span_start]) or \
            _QUOTED_VERB.match(article.masked, span_start, hi) is None:
        return None
    words = article.masked[lo:span_start]
    if not words.strip() or len(words.split()) > 12 or re.search(r"[,;:“”\"«»„]", words) or \
            _ANY_VERB.search(words) or _BEFORE_MODIFIER.search(words):
        return None
    return lo, span_start


def _predicates_reporter(article: _Article, match: re.Match[str], subject: tuple[int, int]
                         ) -> Speaker | None:
    """The speaker of a reporting clause closing a sentence whose verb is quoted
    (:func:`_quoted_predicate_subject`, ``match`` a :data:`_TRAIL_SUBJECT_FIRST` match after
    the words): the clause after the last comma, not the verb's object before it ("Zelensky
    “thanked” Biden for the aid, Zelensky's office said" had been Biden's), inverted too
    ("…, said Russian Defence Minister Andrei Belousov" had been no one's), as a sentence's
    closing clause is read (:func:`_closing_clause_speaker`); a pronoun there is the sentence's
    subject ("The Kremlin “rejected” the proposal, it said": Russia), and a possessive's noun
    that subject's ("…, his office said": Zelensky's office, not Biden's). None when no such
    clause closes the sentence, or its pronoun does not fit the subject."""
    subj = match.group("subj")
    comma = subj.rstrip(" ,").rfind(",")
    if comma < 0 and not subj.rstrip().endswith(","):
        return None  # no clause of its own after a comma: "… and urged the parties …"
    if _FINITE.search(subj[:comma] if comma >= 0 else subj):
        return None  # a verb after the words: they were none ("The word “children” had been
        # painted …, Mariupol deputy mayor Serhii Orlov told Ukrainska Pravda" is a partial quote)
    clause = article.masked[match.start("subj") + comma + 1:match.end("subj")].strip()
    owner = re.fullmatch(r"(?i:(?P<pron>it|he|she)|(?P<poss>its|his|her)\s+"
                         r"(?P<noun>[a-z][a-z -]*))", clause) if comma >= 0 else None
    if owner is None:
        row = _sentence_index(article, match.start())
        closing = _closing_clause_speaker(article, match.start(), article.sentence_ends[row],
                                          after_quotes=False)
        if closing is None or not closing.speaker:
            return None
        return Speaker(closing.speaker, closing.camp, closing.status or OUTSIDE_REGISTRY,
                       closing.kind, closing.gender)
    pronoun = (owner.group("pron") or owner.group("poss")).lower()
    found = _resolve(article, *subject)
    if found is None or (found.kind == "person") != (pronoun not in ("it", "its")) or \
            found.gender and found.gender != _PRONOUN_SEX.get(pronoun, found.gender):
        return None  # the pronoun does not fit the subject: someone else's words
    if owner.group("noun") is None:
        return found
    return _possessed(article, found, owner.group("noun").strip())


def _possessed(article: _Article, owner: Speaker, noun: str) -> Speaker:
    """The speaker "<owner>'s <noun>" names: the registry's actor of that form ("Zelenskyy's
    office" is the Office of the President of Ukraine), else a description with the owner's
    side, as "Kadyrov's spokesman" is Russia's."""
    name = f"{owner.name}'s {noun}"
    found = scan_text(name, article.index.registry)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(name)):
        actor = found[0].actor
        return Speaker(actor.name, actor.camp, REGISTRY, actor.type or "person", actor.gender)
    return Speaker(name, owner.camp, OUTSIDE_REGISTRY, "description")


# How a speaker read from a quoted verb's subject is marked: a weaker reading than a reporting
# clause's, which an explicit trailing "…, Guterres said." outranks (see _yields_to_trailing).
QUOTED_PREDICATE = "quoted_predicate"


def _yields_to_trailing(lead: Attribution | None, own: Attribution | None) -> bool:
    """True when the sentence's subject was read as the speaker only because its verb is
    quoted, and the words have a trailing attribution clause of their own naming someone: "The
    Council “welcomed” the agreement and urged the parties to “refrain from …”, Guterres said."
    is Guterres's (the clause names who speaks; the Council's verb is his report of it)."""
    return lead is not None and lead.how == QUOTED_PREDICATE and own is not None and \
        own.how == "trailing" and bool(own.speaker)


# Attribution clauses of a span's own (not inherited from a neighbouring quotation).
_OWN_CLAUSE = ("dash", "trailing", "according_to", "leading", "colon")
_REPORTING_LEAD_IN = re.compile(rf"\b{_VERB}{_ADVERBS}(?:\s+that)?$")


def _woven_flags(article: _Article, attributions: list[Attribution | None]) -> list[int]:
    """1 for every character of a quoted phrase woven into the narration, else 0.

    Such a phrase continues the grammar of its sentence — it follows a word of the sentence
    (no comma, colon or dash before its mark), starts lower-case, is not introduced by a
    reporting verb ("said “…”", "said that “…”"), has no attribution clause of its own and
    closes within its sentence: "He called it a “regrouping”.", "He said Russia had lost
    “everything it came for”." An upper-case start is woven too after a determiner or a
    preposition, or in a short title-case phrase (see :func:`_woven_capitalised`).  Its words
    are quoted, but the sentence is the narrator's: a sentence quoting nothing else is a
    partial quote however long the phrase (before, its length decided).
    """
    flags = [0] * len(article.text)
    for (start, end), attribution in zip(article.spans, attributions):
        if attribution is not None and attribution.how in _OWN_CLAUSE:
            continue
        row = _sentence_index(article, start)
        if end > article.sentence_ends[row]:
            continue
        before = article.text[article.sentence_starts[row]:start].rstrip()
        if not before[-1:].isalnum() or _REPORTING_LEAD_IN.search(before):
            continue
        first = re.search(r"[^\W\d_]", article.text[start + 1:end])
        if first is None:
            continue
        if not first.group().islower() and not _woven_capitalised(before, article.text[start:end]):
            continue
        flags[start:end] = [1] * (end - start)
    return flags


# Words after which a quotation is a noun phrase of the sentence, not speech: determiners and
# prepositions ("called the retreat a “Victory For Ukraine”", "the “Special Military Operation”").
_NOUN_PHRASE_LEAD_IN = frozenset("""
a an the his her its their our your my this that these those of as for about against
""".split())
_MAX_TITLE_WORDS = 8


def _woven_capitalised(before: str, quoted: str) -> bool:
    """A quoted phrase starting upper-case that is still woven into the narration: it follows
    a determiner or preposition, or it is a short phrase in title case, a slogan or name
    ("was “Waging A Proxy War Against Russia”"), not a sentence someone spoke."""
    last_word = before.split()[-1].lower() if before.split() else ""
    if last_word in _NOUN_PHRASE_LEAD_IN:
        return True
    words = re.findall(r"[^\W\d_][\w'’\-]*", quoted)
    return 2 <= len(words) <= _MAX_TITLE_WORDS and is_title_case(quoted, share=1.0)


# A transcript's speaker label opening a sentence (see analysis.segment.SPEAKER_LABEL) ...
_TURN_LABEL = SPEAKER_LABEL
# ... or a label alone on its line, the turn in the paragraphs after it ("PRESENTER:")
_LABEL_ALONE = re.compile(SPEAKER_LABEL.pattern.replace(r":[ \t]+(?=\S)", r":"))
# ... or one capitalised word, as interviews print them ("Question: …", "Lavrov: …"): the
# segmenter's analysis.segment.TURN_WORD_LABEL.

#: The speaker of an interview's "A:" turns (analysis.segment.QA_LABEL) until
#: :func:`_interviewee` names the person.
_INTERVIEWEE = "interviewee"
# Last words of places written in capitals as section heads ("BLACK SEA:", "NEW YORK:").
_PLACE_WORDS = PLACE_NOUNS | {"york", "state", "border", "front"}
# Speech, not narration about the labelled person: the first or second person, or a greeting
# or thanks ("Good morning.", "Thank you for having me.").
_SPOKEN = re.compile(r"\b(?:I'm|I've|I'd|I'll|I\s+(?:am|was|have|had|think|believe|know|"
                     r"want|hope|feel|see|do|did|don't|can|cannot|can't|will|would|said)|"
                     r"[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us|[Yy]ou|[Yy]ou're|[Yy]our|"
                     r"[Gg]ood\s+(?:morning|afternoon|evening)|[Tt]hanks|[Tt]hank\s+you|[Hh]ello)"
                     r"\b")
# Narration, not a turn going on: a reporting verb after a third person, or a newsroom's own
# voice ("our correspondent", "This interview has been edited").
# A line closing a transcript, not its last speaker's: "The briefing ended shortly after …".
_CLOSING_NOTE = re.compile(r"\b(?:briefing|interview|conversation|programme|program|broadcast|"
                           r"press\s+conference|session|meeting)\s+(?:has\s+|had\s+)?(?:ended|"
                           r"concluded|closed|was\s+adjourned)\b|\b(?:edited|condensed)\s+for\b|"
                           r"^\s*\((?:END|ENDS|Ends)\b|^\s*(?:END|ENDS)\b")
_REPORTED = re.compile(r"(?:\b(?:he|she|they|it)|\b[A-Z][\w'’\-]+)\s+"
                       r"(?:said|says|told|tells|added)\b"
                       r"|\baccording\s+to\b|\b[Oo]ur\s+(?:correspondent|reporter|website|"
                       r"podcast|newsletter)|\b(?:interview|transcript|conversation)\s+"
                       r"(?:has\s+been|was)\s+edited")
_QUOTED = re.compile(r"[“\"«„][^“”\"«»„]*[”\"»“]")
# Labels of a transcript's unnamed voices, kept as descriptions.
TURN_ROLES = frozenset("anchor host co-host presenter reporter correspondent interviewer "
                       "moderator narrator translator interpreter caller announcer "
                       # a francophone radio's transcript: "JOURNALIST: Is Kinshasa ready …?"
                       "journalist".split())
# Roles of the outlet's own journalists in a transcript's labels ("ANCHOR:", "STEVE INSKEEP,
# HOST:", "AYA BATRAWY, BYLINE:", "SPECIAL CORRESPONDENT JANE FERGUSON:", "CNN ANCHOR:",
# "JOURNALIST:" in a translated radio interview).
NEWSROOM_ROLES = frozenset("anchor co-anchor host co-host presenter co-presenter moderator "
                           "interviewer announcer correspondent reporter byline editor "
                           "journalist".split())
# Words a newsroom title may hold before its role ("CHIEF INTERNATIONAL ANCHOR", "DIPLOMATIC
# EDITOR"); anything else ("FORMER", "RUSSIAN STATE TV") makes the label someone else's.
_NEWSROOM_TITLE_WORDS = frozenset("""
special chief senior international diplomatic foreign political security defence defense
economics economic national global white house world affairs weekend morning evening lead
deputy co and local
middle east europe russia ukraine asia africa america americas china washington moscow kyiv
brussels pentagon
""".split())
# Words of a role before a labelled name ("SPECIAL CORRESPONDENT JANE FERGUSON").
_ROLE_WORDS = TITLE_WORDS | TURN_ROLES | frozenset(
    "of special senior chief international foreign political diplomatic security defence "
    "defense economics national global white house mr mrs ms miss dr "
    # air force ranks: "WING COMMANDER VYOMIKA SINGH", "SQUADRON LEADER …", "AIR COMMODORE …"
    "wing squadron commodore flight".split())
# Words of capitalised paragraph openers that are no speaker: notices, and the section heads
# of explainers ("WHY IT MATTERS:", "THE BIG PICTURE:", "BY THE NUMBERS:").
_NOT_TURNS = frozenset("""
update updated breaking correction clarification note editor's editors warning watch read
live related analysis opinion photo photos video audio source sources disclaimer advertisement
exclusive summary background context key points takeaways highlights timeline end copyright
the a an of and or in on to for by with at from it its is are what what's why how where when
who next our their your my we they you go zoom yes but not no more also latest bottom line big
picture driving between lines numbers deeper quick catch check reality flashback thought bubble
saying happened happens matters today
factbox explainer claim claims verdict fact facts rating listen subscribe transcript earlier
previously meanwhile elsewhere
""".split()) | CALENDAR_WORDS


def _asks(turn: str) -> bool:
    """Whether a turn puts a question of its speaker's: a sentence of it ends with "?" and is
    not someone asking or saying in the third person ("The Kremlin leader asked officials why
    …?"); "Putin said this week the war will last. Is he right?" puts one."""
    return any(not _REPORTED.search(question) and not re.search(r"\basked\b", question)
               for question in re.findall(r"[^.!?]*\?", turn))


# An Arabic name's article, written lower-case before the name ("al-Mannai", "el-Sisi").
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|an)-[A-Z]")


# A French interview's labels spelled out: "Question : …" / "Réponse : …" (ANSWER_LABEL_WORDS),
# as "Q:" / "R:" (a newcomer's had its answers read as no one's, and with one exchange no
# transcript at all); a Spanish one's "Pregunta:" / "Respuesta:" too (a breaker's had no turn).
_QUESTION_WORDS = frozenset({"question", "q", "pregunta", "pergunta", "p"})  # "P:", only beside "R:"
# (its labels with a full stop too: "PREGUNTA. …" / "RESPUESTA. …", analysis.segment.STOPPED_QA_LABEL;
# and in bold marks: "**Pregunta:** …", analysis.segment.BOLD_QA_LABEL)
# (Portuguese "PERGUNTA." / "RESPOSTA." too, and an English "**Answer:**" beside "**Question:**")
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question|QUESTION|Pregunta|PREGUNTA|Pergunta|"
                            r"PERGUNTA)[ \t]*:|(?:Pregunta|PREGUNTA|Pergunta|PERGUNTA)\.)[ \t]+\S"
                            r"|^[ \t]*(?P<mark>\*\*|__)(?:Q|Question|QUESTION|Pregunta|PREGUNTA|"
                            r"Pergunta|PERGUNTA)"
                            r"(?:[ \t]*[:.](?P=mark)|(?P=mark)[ \t]*:)[ \t]+\S")


def _stopped_qa_label(text: str, start: int) -> re.Match[str] | None:
    """A Spanish interview's label with a full stop (analysis.segment.STOPPED_QA_LABEL,
    "PREGUNTA. ¿…?") opening a paragraph at ``start``: a row opening with it mid-paragraph
    ("… Thank you. RESPUESTA. That is the word.") is no turn."""
    opens = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    return STOPPED_QA_LABEL.match(text, start) if opens else None


def _answer_label(label: str, text: str) -> bool:
    """Whether ``label`` is an interview's spelled-out answer ("Réponse", "RÉPONSE"), an answer
    only where a question's label asks in ``text``, as "R:" is only beside "Q:"
    (:func:`analysis.segment.qa_labels`)."""
    return label.strip(" .").lower() in ANSWER_LABEL_WORDS and bool(_QUESTION_LINE.search(text))


def _turn_speaker(label: str, text: str, registry: Registry) -> Speaker | None:
    """The speaker a transcript label names: a registry person, a role ("ANCHOR" → anchor), an
    unidentified voice, or a name written as the article writes it elsewhere ("EMMA COLLINS" →
    Emma Collins), else title-cased; None for a label that names no one."""
    words = [w.strip(".").lower() for w in label.split()]
    if len(words) == 1 and words[0] in _QUESTION_WORDS:  # a briefing's or an interview's
        # questioner
        return Speaker("interviewer", "", OUTSIDE_REGISTRY, "description")
    if words in (["a"], ["r"]) or _answer_label(label, text):  # the interview's answer ("R:"
        # the French "réponse"): the person the introduction names
        return Speaker(_INTERVIEWEE, "", OUTSIDE_REGISTRY, "description")
    if words and (words[0] == "unidentified" or words[-1] in TURN_ROLES or
                  len(words) > 1 and words[-1].isdigit() and words[-2] in TURN_ROLES):
        # (numbered: "JOURNALIST 1", "JOURNALIST 2", a briefing's askers, each a voice)
        return Speaker(" ".join(words), "", OUTSIDE_REGISTRY, "description")
    # "SEN. LINDSEY GRAHAM", "SECRETARY OF STATE ANTONY BLINKEN", "SPECIAL CORRESPONDENT
    # JANE FERGUSON": the name after the titles and roles
    titles = next((i for i, w in enumerate(words) if w not in _ROLE_WORDS), len(words))
    words, label = words[titles:], " ".join(label.split()[titles:])
    if not words or any(w in _NOT_TURNS for w in words):
        return None
    actor = registry.resolve(label)
    if actor is not None:
        if actor.type not in ("person", ""):
            return None  # "KYIV:", "NATO:": a dateline or a heading, not a voice
        return Speaker(actor.name, actor.camp, REGISTRY, "person")
    if len(words) > 3 or scan_text(label.title(), registry):
        return None  # "UKRAINE WAR:": a headline naming an actor, not a voice
    # A name outside the registry: a first name and a surname, as the article writes them
    # elsewhere ("EMMA COLLINS" → Emma Collins) or title-cased; a surname alone only after a
    # first name in the text ("COLLINS:" after "our correspondent Emma Collins")
    # ("PATON WALSH:" after "Nick Paton Walsh" is Nick Paton Walsh)
    needs_first = len(words) == 1
    first = r"(?:(?P<first>[A-Z][\w'’\-]+)\s+)" + ("" if needs_first else "?")
    for written in re.finditer(
            r"(?<![\w'’\-])" + first + r"(?P<name>" + r"\s+".join(map(re.escape, label.split()))
            + r")(?![\w'’\-])", text, re.IGNORECASE):
        name, given = written["name"], written.groupdict().get("first")
        if not (name[:1].isupper() or _NAME_PARTICLE.match(name)) or name.isupper():
            continue  # but "Khalid al-Mannai" for "AL-MANNAI:"
        if given is not None and given[:1].isupper() and first_name_gender(given) is not None \
                and given.lower().rstrip(".") not in TITLE_WORDS | HONORIFICS:
            begin = _given_names_before(text, written.start())
            return Speaker(" ".join(text[begin:written.end()].split()), "", OUTSIDE_REGISTRY,
                           "person")
        if not needs_first:
            return Speaker(" ".join(name.split()), "", OUTSIDE_REGISTRY, "person")
    if len(words) >= 2 and (titles or first_name_gender(words[0]) is not None) \
            and words[-1] not in _PLACE_WORDS or \
            len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha():
        # a name after a title, whatever its first name ("WING COMMANDER VYOMIKA SINGH"), or
        # a surname alone ("BLITZER:", "MR MILLER:"), as transcripts print their regulars;
        # whether the article is a transcript at all is asked of all its labels together
        return Speaker(_label_acronym(label, text) or label.title(), "", OUTSIDE_REGISTRY,
                       "person")
    return None


def _label_acronym(label: str, text: str) -> str | None:
    """A one-word label in capitals that is an acronym, not a surname, as the article writes it:
    with inner capitals in its prose ("KOSSEV:" beside "KoSSev publishes …"), else with no
    vowel ("RTS:"); a Kosovo newcomer's press conference had the speakers "Kossev" and "Rts".
    None for a surname ("FERRARIS:", "BLITZER:")."""
    if " " in label.strip() or not label.isupper():
        return None
    for written in re.finditer(rf"(?<![\w'’\-]){re.escape(label.strip())}(?![\w'’\-])", text,
                               re.IGNORECASE):
        word = written.group()
        if not word.isupper() and any(c.isupper() for c in word[1:]):
            return word  # "KoSSev"
    word = label.strip()
    return word if word.isascii() and word.isalpha() and not re.search(r"[AEIOUY]", word) \
        else None


_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’\-.])([A-Z][\w'’\-]+)[ \t]+$")


def _given_names_before(text: str, start: int) -> int:
    """Where a person's given names begin, ``start`` being where the one before the surname
    does: up to two more given names right before it on the line, which the name data knows
    for a man or a woman or that open a compound ("Mohamed Ali Abdallah", "Abdul Hadi
    al-Hweij"; a Libya newcomer's "ABDALLAH:" turns had been a person "Ali Abdallah"); no
    title, month or weekday ("President Ali Abdallah", "On Friday Ali Abdallah")."""
    for _ in range(2):
        before = _WORD_BEFORE_NAME.search(text, max(0, start - 40), start)
        if before is None:
            break
        word = before.group(1)
        low = word.lower()
        if low in TITLE_WORDS | HONORIFICS or low in _NOT_GIVEN_NAMES or not (
                low in COMPOUND_NAME_HEADS or first_name_people(word) >= NAME_PEOPLE_MIN
                and first_name_gender(word) in ("f", "m")):
            break
        start = before.start(1)
    return start


def _is_outlet_label(label: str, outlet: str, registry: Registry) -> bool:
    """Whether a title-case label is the outlet's own name ("Rheinfunk:" in Rheinfunk
    English's interview): the name, or its first words before an edition's word ("English",
    "International"), and no registry name ("Kyiv:" in the Kyiv Independent's live blog is a
    place's line)."""
    low, name = label.lower(), outlet.lower()
    if not name or registry.lookup(label) is not None:
        return False
    rest = name[len(low):].split() if name.startswith(low + " ") else None
    return low == name or bool(rest) and all(w in _EDITION_WORDS for w in rest)


# An outlet's edition after its name ("Rheinfunk English", "Meduza in English").
_EDITION_WORDS = frozenset("english international global online edition in deutsch français "
                           "español world service".split())


def _word_label_speaker(label: str, registry: Registry, text: str = "",
                        outlet: str = "") -> Speaker | None:
    """The speaker of a title-case label: the interviewer's "Question" / "Q" / "Interviewer" or
    the outlet's own name ("Rheinfunk:" in Rheinfunk English's interview), a registry person
    ("Lavrov", "Maria Zakharova"), or a person the article names in full outside the labels
    ("Krüger:" after "Rheinfunk spoke to Sabine Krüger"); None otherwise (so "Update:",
    "Kyiv:", "Note:" and a name the article does not name, which reads like "Key Points:",
    name no one)."""
    low = label.lower()
    if low in _QUESTION_WORDS | {"interviewer"} or _is_outlet_label(label, outlet, registry):
        return Speaker("interviewer", "", OUTSIDE_REGISTRY, "description")
    if low in _ASKING_ROLES:
        # "Journalist: What will you do now?" asks as "JOURNALIST:" does (it had been no one's,
        # so the answers were no transcript); see _transcript_speakers for the article
        return Speaker(low, "", NEWSROOM, "description")
    if _answer_label(label, text):  # "Réponse :" beside "Question :"
        return Speaker(_INTERVIEWEE, "", OUTSIDE_REGISTRY, "description")
    actor = registry.resolve(label)
    if actor is not None:
        return Speaker(actor.name, actor.camp, REGISTRY, "person") \
            if actor.type in ("person", "") else None
    if text and " " not in label:
        # the full name, written outside a label line ("… spoke to Sabine Krüger, who …")
        full = re.search(rf"(?<![\w’'])(?P<first>[A-Z][\w'’-]+)[ \t]+(?i:{re.escape(label)})"
                         rf"(?![\w’'])(?![ \t]*:)", text)  # "Khalid al-Mannai" for "Al-Mannai:"
        if full is not None and first_name_gender(full["first"]) in ("f", "m"):
            return Speaker(re.sub(r"\s+", " ", full.group()), "", OUTSIDE_REGISTRY, "person",
                           first_name_gender(full["first"]))
    return None


def _title_led(label: str) -> bool:
    """Whether a title-case label opens with a title before a name ("Colonel Sofiya Qureshi",
    "Wing Commander Vyomika Singh", "Shri Randhir Jaiswal")."""
    words = [w.strip(".").lower() for w in label.split()]
    return len(words) > 1 and words[0] in _ROLE_WORDS and words[-1] not in _ROLE_WORDS


def _titled_name(part: str, registry: Registry, named_by_form: bool) -> Speaker | None:
    """The person one part of a briefing's titled label names, titles and honorifics off
    ("Shri Randhir Jaiswal" → Randhir Jaiswal, "Wing Commander Vyomika Singh" → Vyomika
    Singh): a registry person, else a name of two or three words after a title, or whose
    first name the name data knows, or (``named_by_form``) beside a comma's other part; None
    for a role ("Foreign Secretary", "Official Spokesperson"), a place or an actor's name."""
    words = part.split()
    lows = [w.strip(".").lower() for w in words]
    titles = next((i for i, w in enumerate(lows) if w not in _ROLE_WORDS), len(lows))
    name, rest = " ".join(words[titles:]), lows[titles:]
    if not rest or any(w in _ROLE_WORDS | _NOT_TURNS | ROLE_NOUNS for w in rest):
        return None  # "Official Spokesperson": a role, not a name
    actor = registry.resolve(name)
    if actor is not None:
        return Speaker(actor.name, actor.camp, REGISTRY, "person") \
            if actor.type in ("person", "") else None
    if not 2 <= len(rest) <= 3 or rest[-1] in _PLACE_WORDS or scan_text(name, registry):
        return None  # "New York, United States:", "Indian Army:": no person
    if titles or named_by_form or first_name_gender(words[titles]) is not None:
        return Speaker(name, "", OUTSIDE_REGISTRY, "person")
    return None


def _titled_label_speaker(label: str, role: str, registry: Registry, text: str = "",
                          outlet: str = "") -> Speaker | None:
    """The speaker of a briefing's title-case label with titles or a part after a comma
    (:data:`analysis.segment.TITLED_LABEL`): the person either part names, the other part
    their role ("Shri Randhir Jaiswal, Official Spokesperson", "Foreign Secretary, Shri Vikram
    Misri") or, holding no role's word, their outlet: another outlet's reporter, named as
    :func:`_other_outlets_reporter` names "QUESTION (Rhea, Reuters):" ("Sidhant Sibal, WION" →
    "Sidhant Sibal (WION)"); the outlet's own journalist by a newsroom role ("Jane Roe,
    Host"); None when neither part names a person."""
    parts = [(label, role), (role, label)] if role else [(label, "")]
    for part, other in parts:
        speaker = _titled_name(part, registry, bool(other))
        if speaker is None:
            continue
        if speaker.status == REGISTRY or not other:
            return speaker
        other_words = {w.strip(".").lower() for w in other.split()}
        if other_words & (_ROLE_WORDS | ROLE_NOUNS):  # a role
            return replace(speaker, status=NEWSROOM) \
                if _newsroom_label(part, other, text, outlet) else speaker
        if _name_words(other) <= _name_words(outlet):
            return speaker  # the publisher's own name: its own people
        return replace(speaker, name=f"{speaker.name} ({other})")
    return None


# A newsroom's asker labelled by role in title case ("Journalist:", "Reporter:"): a voice only
# in an article that reads as a transcript by its other turns (no signal of one alone).
_ASKING_ROLES = frozenset({"journalist", "reporter"})


# Before a name, the interviewer's: an outlet's possessive ("The Hindu's Suhasini Haidar") or a
# newsroom role ("correspondent Jane Ferguson").
_JOURNALIST_BEFORE = re.compile(r"(?:['’]s|\b(?i:reporter|correspondent|journalist|editor|"
                                r"host|anchor|presenter|interviewer|columnist))\s+$")


_SPOKE_TO = re.compile(r"\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+|\binterviewed\s+")
# After a name, the verb that makes it the interviewer, in English, French or Spanish ("Le
# Monde a rencontré le ministre … Jean-Noël Barrot": a breaker's "Réponse :" turns had all gone
# to "Le Monde", the first name of the introduction).
_INTERVIEWER_VERB = re.compile(
    r"\s+(?:(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:to|with)|interviewed|met|meets|"
    r"a\s+(?:rencontré|interrogé|interviewé)|(?:s['’]est\s+)?entretenu\w*\s+avec|"
    r"rencontre|interroge|entrevistó|habló\s+con)\b", re.IGNORECASE)


def _interviewee(index: SpeakerIndex, first_turn: int, outlet: str = "") -> Speaker | None:
    """The person an interview's "A:" turns are: the first person its introduction (the text
    before ``first_turn``) names who is not named as a journalist ("External Affairs Minister
    S. Jaishankar spoke to The Hindu's Suhasini Haidar" → Jaishankar) nor is the outlet
    ("Rheinfunk spoke to Sabine Krüger" in Rheinfunk English's → Krüger); None when it names
    none."""
    # the one the outlet spoke to, when the introduction says so ("Three months after Putin's
    # re-election, Rheinfunk spoke to political scientist Sabine Krüger")
    spoke_to = [m.end() for m in _SPOKE_TO.finditer(index.text, 0, first_turn)]
    for entity in sorted(index.entities, key=lambda e: e.start):
        if spoke_to and entity.speaker.kind == "person" and entity.start < first_turn and \
                any(0 <= entity.start - at <= 40 for at in spoke_to) and \
                not _JOURNALIST_BEFORE.search(index.text, max(0, entity.start - 40),
                                              entity.start):
            return entity.speaker  # not "… spoke to The Hindu's Suhasini Haidar"
    named = []
    for entity in sorted(index.entities, key=lambda e: e.start):
        if entity.start >= first_turn:
            break
        name = entity.speaker.name.lower()
        if entity.speaker.kind == "person" and not _JOURNALIST_BEFORE.search(
                index.text, max(0, entity.start - 40), entity.start) and not (
                outlet and (name == outlet.lower() or outlet.lower().startswith(name + " "))):
            named.append(entity)
    # not a name outside the registry the verb makes the interviewer, where the introduction
    # names the one they met ("Le Monde a rencontré le ministre … Jean-Noël Barrot")
    if len(named) > 1 and named[0].speaker.status != REGISTRY and \
            _INTERVIEWER_VERB.match(index.text, named[0].end, first_turn):
        return named[1].speaker
    return named[0].speaker if named else None


def _newsroom_label(label: str, role: str, text: str, outlet: str = "") -> bool:
    """Whether a transcript's label is the outlet's own journalist: a newsroom role after the
    name or among the words before it, with nothing else but the words a newsroom title holds
    and the outlet's own name ("STEVE INSKEEP, HOST", "SPECIAL CORRESPONDENT JANE FERGUSON",
    "CNN ANCHOR" in CNN's transcript, "Q"; not "FORMER CORRESPONDENT", "RUSSIAN STATE TV HOST",
    a guest), or a name the transcript introduces as its own ("… our correspondent Emma
    Collins." … "COLLINS:")."""
    words = [w.strip(".").lower() for w in label.split()]
    if len(words) == 1 and words[0] in _QUESTION_WORDS:
        return True
    if outlet and (_names_own_outlet(words, outlet) and not _a_persons_name(label, text)
                   or _outlets_brand_word(label, text, outlet)):
        return True  # "LEVANT RADIO:" in Levant Radio's interview, "VOA:" in VOA Somali's
    own = _name_words(outlet)
    if len(words) > 1 and words[-1].isdigit():
        label = label.rsplit(None, 1)[0]  # "JOURNALIST 2": a numbered asker is "JOURNALIST"
    if role:  # "STEVE INSKEEP, HOST": the role says it, the name does not
        titles = [w.strip(".,").lower() for w in role.split()]
    else:  # "SPECIAL CORRESPONDENT JANE FERGUSON", "CNN ANCHOR": the words before the name
        titles = [w.strip(".,").lower() for w in label.split()]
        # (a newsroom title's words too: a briefing's "LOCAL JOURNALIST:" asks as "FOREIGN
        # JOURNALIST:" and "JOURNALIST:" do; it had been a guest, "local" no role word)
        titles = titles[:next((i for i, w in enumerate(titles) if w not in _ROLE_WORDS
                               and w not in _NEWSROOM_TITLE_WORDS and w not in own),
                              len(titles))]
    if titles and titles[-1] in NEWSROOM_ROLES and all(
            w in _NEWSROOM_TITLE_WORDS or w in own for w in titles[:-1]):
        return True
    surname = label.split()[-1].casefold()
    return surname in {name.split()[-1].casefold() for name in _own_journalists(text, outlet)}


def _a_persons_name(label: str, text: str) -> bool:
    """Whether a one-word transcript label is, in title case, the given name or surname of a
    person the article names, beside another capitalised word ("ANN:" after "The programme
    spoke with Ann Mwangi" on Africa News Network): that person's turn, though the outlet's
    initials spell it too (a breaker's guest had been the newsroom)."""
    if len(label.split()) != 1 or not label.isalpha():
        return False
    word = re.escape(label.title())
    return re.search(rf"\b{word}\s+[A-Z][a-z][\w'’-]*|[A-Z][a-z][\w'’-]*\s+{word}\b",
                     text) is not None


def _names_own_outlet(words: list[str], outlet: str) -> bool:
    """Whether a transcript label's lower-case ``words`` name the publisher ``outlet``: its
    whole name ("LEVANT RADIO:" in Levant Radio's interview), the acronym it opens with before
    a language service's or edition's words ("VOA:" in VOA Somali's, "BBC:" in BBC Somali's:
    a Somalia newcomer's interviewer had been an outside voice "Voa" of no camp, a third of
    the outlet's quoted voice), or its initials ("VOA:" in Voice of America's). A name's
    first word in title case is no such brand ("KYIV:" in the Kyiv Post is a place's line)."""
    named = outlet.split()
    if words == re.findall(r"[a-z0-9]+", outlet.lower()):
        return True
    acronym = named[0] if named and len(named) > 1 and named[0].isupper() and \
        named[0].isalpha() and len(named[0]) >= 2 else ""
    initials = "".join(w[0] for w in named if w[:1].isalpha()).lower() if len(named) > 1 else ""
    return len(words) == 1 and words[0] in (acronym.lower(), initials) and len(words[0]) >= 2


def _outlets_brand_word(label: str, text: str, outlet: str) -> bool:
    """Whether a one-word transcript label is a later word of the publisher's name, its brand
    after a place or a people's name ("AL-AHRAR:" in Libya Al-Ahrar TV's interview, "LEDGER:"
    in the Kyiv Ledger Radio's: a newcomer's host had been an outside voice "Libya Al-Ahrar",
    a third of the outlet's quoted voices); not a guest the text names by a given name and that
    word ("… spoke with Amina Ledger" in the Kordofan Ledger's: "LEDGER:" is hers), nor the
    name's first word (:func:`_names_own_outlet`: "TESSA:" in the Tessa Tribune)."""
    named = outlet.split()
    word = label.strip(".").lower()
    if len(label.split()) != 1 or len(word) < 3 or word not in {
            w.lower() for w in named[1:] if w[:1].isupper()}:
        return False
    prose = re.sub(re.escape(outlet), " ", text, flags=re.IGNORECASE)
    return not any(
        first_name_gender(m.group(1)) is not None
        for m in re.finditer(rf"([A-Z][\w'’-]+)\s+(?i:{re.escape(label)})(?![\w'’-])", prose))


_OWN_JOURNALIST = re.compile(
    r"\b[Oo]ur\s+(?:[A-Za-z]+\s+){0,2}(?:" + "|".join(sorted(NEWSROOM_ROLES - {"byline"}))
    + r")(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")


# A programme's host introduced by the role alone, as a transcript's introduction does ("Host
# Amani Bahati spoke to …", "with presenter Jane Doe", "the programme's host Jane Doe"): a first
# name and a surname; not another outlet's ("Fox News host Brian Kilmeade"). The capitalised
# words before the role (``outlet``) are the outlet's name when it is the publisher's own: "Radio
# Tuungane host Amani Bahati" in Radio Tuungane's transcript (see :func:`_own_journalists`).
_INTRODUCED_HOST = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n)|\b(?:with|by|and|the\s+(?:programme|program|show|podcast)['’]s)"
    r"\s+)(?:(?P<outlet>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}?)(?:['’]s)?\s+)?"
    r"(?:[Hh]ost|[Pp]resenter|[Aa]nchor|[Mm]oderator|[Ii]nterviewer)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


# A sentence introducing a statement the article reproduces without quotation marks: "The
# Rapid Support Forces issued the following statement on Monday, which Al-Hurriya Network
# reproduces in full." (a newcomer's partisan outlet had the statement as its own voice).
_STATEMENT_INTRO = re.compile(
    r"\s*(?P<who>[A-Z][^.;:!?“”\"]{1,80}?)\s+(?:has\s+|have\s+)?(?:issued|released|published|"
    r"circulated|sent\s+out|distributed)\s+the\s+following\s+(?:statement|communiqu[eé]|"
    r"declaration|announcement|message)\b"
    # ... given whole: a colon, or the article saying it reproduces it
    r"(?:[^.;!?“”\"]*:\s*$|[^“”\"]*\b(?:in\s+full|verbatim|below|reproduce[sd]?|full\s+text)\b)")


# The article's own reporting after a statement it reproduced: "Meanwhile, …", "Separately, …".
_REPORTING_RESUMES = re.compile(r"\s*(?:Meanwhile|Separately|Elsewhere|Earlier|Later|In\s+a\s+"
                                r"separate\s+\w+|The\s+statement\s+(?:came|comes|follows|was))\b")
_THE_STATEMENT_SAID = re.compile(r"\b(?i:the\s+statement)\s+(?:said|says|added|adds|read|reads|"
                                 r"continued|concluded|stated)\b")


def _reproduced_statement(text: str, rows: pd.DataFrame
                          ) -> tuple[tuple[int, int], list[int]] | None:
    """The issuer's span and the sentence rows of a statement an article reproduces without
    quotation marks after introducing it (:data:`_STATEMENT_INTRO`), or None.

    The statement runs from the introduction to the next heading (a heading right after an
    introduction that says it gives the text "in full" is the statement's own title; after a
    colon it ends the statement before it starts), and stops earlier at the article's own
    reporting: a reporting verb or a check of the claim ("Analysts said …", "Residents told
    Reuters …", "The claim could not be independently verified.", "Meanwhile, …"). Of what is
    left, it keeps the paragraphs up to the last one speaking as the issuer (first person, the
    issuer's name, "the statement said"): "The war, now in its fourth year, …" after it is the
    article's background (a breaker's cases)."""
    order = rows.sort_values("start")
    intro, whole, members = None, False, []
    for pos, kind, start, end in zip(order.index, order["kind"], order["start"], order["end"]):
        if intro is None:
            # ("following" first: the pattern is costly and nearly every sentence lacks it)
            found = _STATEMENT_INTRO.match(text, int(start), int(end)) \
                if kind == "sentence" and "following" in text[int(start):int(end)] else None
            if found is not None:
                intro = (found.start("who"), found.end("who"))
                whole = not text[int(start):int(end)].rstrip().endswith(":")
            continue
        if kind in ("heading", "title"):
            if members or not whole:
                break
            continue
        if kind != "sentence":
            continue
        sentence = text[int(start):int(end)]
        if _REPORTING_RESUMES.match(sentence) or (
                _ARTICLE_REPORTS.search(sentence) and not _THE_STATEMENT_SAID.search(sentence)):
            break
        members.append(pos)
    if intro is None or not members:
        return None
    issuer_words = set(_CAPITALISED.findall(text, *intro))
    said = [text[int(order.loc[pos, "start"]):int(order.loc[pos, "end"])] for pos in members]
    voiced = [i for i, sentence in enumerate(said)
              if _FIRST_PERSON.search(sentence) or _THE_STATEMENT_SAID.search(sentence)
              or issuer_words & set(_CAPITALISED.findall(sentence))]
    paragraph = order.loc[members[0], "paragraph_id"] if "paragraph_id" in order else None
    first = [pos for pos in members if paragraph is not None
             and order.loc[pos, "paragraph_id"] == paragraph] or members[:1]
    keep = members[:voiced[-1] + 1] if voiced else first
    return intro, keep if len(keep) >= len(first) else first


# The article's own reporting after a statement it reproduced: a reporting verb, or a check of
# the claim.
_ARTICLE_REPORTS = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|reported|reports|added|could\s+not\s+be|"
    r"could\s+not\s+(?:reach|verify|confirm)|did\s+not\s+(?:respond|reply|comment)|"
    r"declined\s+to|contributed\s+to|was\s+not\s+immediately)\b")
# Words of a statement's own voice, and the capitalised words that name its issuer.
_FIRST_PERSON = re.compile(r"\b(?:we|We|our|Our|us|ours|I|my|My)\b")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]{3,}")


def _own_journalists(text: str, outlet: str = "") -> set[str]:
    """The names, in full and as the surname, of the people an article introduces in its own
    words (not inside a quotation) as its own journalists ("our correspondent in Port Sudan,
    Samira Hassan", "Our Moscow correspondent Steve Rosenberg", "Host Amani Bahati spoke to
    …")."""
    narration = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    own = {match.group("name") for match in _OWN_JOURNALIST.finditer(narration)}
    own_words = _name_words(outlet)
    for match in _INTRODUCED_HOST.finditer(narration):
        named = re.sub(r"['’]s$", "", match.group("outlet") or "")  # "Radio Tuungane's host"
        # (the publisher's name with or without its article: "Kyiv Ledger host Anna Bondar" in
        # The Kyiv Ledger's transcript, a breaker's, had been a guest of camp Ukraine)
        if named and not (own_words - {"the"} and
                          _name_words(named) - {"the"} == own_words - {"the"}):
            continue  # "Fox News host Brian Kilmeade": another outlet's host, a guest
        opening = max(narration.rfind(". ", 0, match.start()), narration.rfind("\n", 0,
                                                                             match.start()))
        closing = narration.find(". ", match.end())
        sentence = narration[opening + 1:closing if closing >= 0 else len(narration)]
        others = [m.group(1) for m in _PROGRAMME_OF.finditer(sentence)
                  if not _name_words(m.group(1)) <= own_words
                  and not _name_words(m.group(1)) <= _DATE_WORDS]  # not "on Thursday"
        if not others:  # not "with host Fareed Zakaria of CNN", "on Radio Tuungane with host"
            own.add(match.group("name"))
    return own


def _name_words(name: str) -> set[str]:
    """An outlet's name as lower-case words, to compare loosely ("Radio Tuungane")."""
    return set(re.findall(r"[a-z0-9]+", name.lower()))


# An outlet or programme named beside a host: "of CNN", "on Radio Tuungane".
_PROGRAMME_OF = re.compile(r"\b(?:of|on|from|at|for)\s+((?:[A-Z][\w'’&-]*\s*){1,4})")
# A day or a month after "on" is when the host spoke, not a programme ("on Thursday").
_DATE_WORDS = CALENDAR_WORDS


# News outlets whose reporters ask at briefings, by a word of their names ("Kyodo News",
# "RIA Novosti", "Bloomberg"), and the words that make a name an outlet's after another word
# ("Phoenix TV", "China Daily", "Global Times"); not a picture credit ("Photo:").
_BRIEFING_OUTLETS = (_OUTLET_WORDS - frozenset(
    "photo photos video image images picture pictures illustration getty media news agency "
    "radio tv channel newspaper outlet times post journal".split())) | frozenset(
    "xinhua cctv cgtn kyodo nhk yonhap efe sputnik anadolu jazeera nikkei".split())
_OUTLET_KINDS = frozenset("news agency radio tv television channel newspaper daily times post "
                          "journal press network service".split())


def _names_another_outlet(label: str, outlet: str) -> bool:
    """Whether a transcript label is a news outlet's name other than the publisher's: a word of
    a known outlet ("AFP", "RIA Novosti") or an outlet's kind after another word ("Kyodo News",
    "Phoenix TV"); not a role ("CNN ANCHOR"), a rubric ("Breaking News") or the publisher's own
    name ("LEVANT RADIO:" in Levant Radio's interview is its newsroom)."""
    words = [w.strip(".").lower() for w in label.split()]
    if not words or any(w in _ROLE_WORDS | NEWSROOM_ROLES | _NOT_TURNS for w in words) or \
            _name_words(label) <= _name_words(outlet):
        return False
    return any(w in _BRIEFING_OUTLETS for w in words) or \
        len(words) >= 2 and words[-1] in _OUTLET_KINDS


def _reporters_outlet(role: str, registry: Registry, outlet: str, line: str) -> bool:
    """Whether the part after a capitals label's comma is a reporter's outlet ("SIDHANT SIBAL,
    WION: Sir, is …?"), as :func:`_titled_label_speaker` reads a title-case one: a few words,
    none a role's ("FOREIGN SECRETARY", "HOST", "KHARKIV RESIDENT") nor a rubric's, no
    registry name or region ("WHITE HOUSE", "KHARKIV"), not the publisher's own name, and a
    known outlet's or asking on the label's ``line`` (a place the registry lacks answers:
    "OLENA HALUSHKA, IZIUM: We need shelters.")."""
    words = [w.strip(".").lower() for w in role.split()]
    return 0 < len(words) <= 4 and not any(
        w in _ROLE_WORDS | ROLE_NOUNS | NEWSROOM_ROLES | _NOT_TURNS | _PLACE_WORDS
        for w in words) and not _name_words(role) <= _name_words(outlet) and \
        not scan_text(role.title(), registry) and not registry.is_region(role.title()) and \
        not _a_known_region(words) and (_names_another_outlet(role, outlet) or _asks(line))


def _a_known_region(words: list[str]) -> bool:
    """Whether a capitals label's words after the comma are only a region the news names
    without the registry (:data:`~analysis.actors.DIVIDED_REGIONS`: "MAHESH KUMAR, KASHMIR:",
    "…, JAMMU AND KASHMIR:"): a reporter's home, no outlet, even when the turn asks (it had
    been the outlet of a person "Mahesh Kumar (KASHMIR)"); an outlet named after a region
    ("KASHMIR TIMES") has a word of its own."""
    regions = [w for w in words if w != "and"]
    return bool(regions) and all(w in DIVIDED_REGIONS for w in regions)


def _other_outlets_reporter(label: str, note: str, outlet: str) -> Speaker | None:
    """The reporter a press briefing's question label names with another outlet ("QUESTION
    (Rhea, Reuters):" in the ministry's own transcript): not the publisher's newsroom, whose
    interviewer a bare "QUESTION:" is; None for any other label or note."""
    if label.strip(".").lower() not in ("question", "q") or not note.strip():
        return None
    parts = [p.strip() for p in note.strip().strip("()").split(",") if p.strip()]
    if not parts or not parts[-1][:1].isupper() or re.match(
            r"(?i)(?:inaudible|contd|cont'?d|continued|continuing|off[- ]mic|crosstalk|"
            r"through|via|translated|translation|unidentified|follow)", parts[-1]):
        return None  # "QUESTION (Inaudible):", "QUESTION (contd.):": no reporter named
    if _name_words(parts[-1]) <= _name_words(outlet):
        return None  # "QUESTION (Levant Radio):" in Levant Radio's own interview
    name = f"{parts[0]} ({parts[-1]})" if len(parts) > 1 else f"reporter ({parts[0]})"
    return Speaker(name, "", OUTSIDE_REGISTRY, "person" if len(parts) > 1 else "description")


def _outlet_turn(text: str, start: int, outlet: str) -> re.Match[str] | None:
    """A label of another outlet's name in capitals and title case mixed ("RIA Novosti: …")
    opening text at ``start`` (see :func:`_names_another_outlet`), else None."""
    match = MIXED_LABEL.match(text, start)
    return match if match is not None and _names_another_outlet(match["label"], outlet) else None


def _one_exchange(text: str, labels: dict[int, re.Match[str]], starts: list[int],
                  askers: set[str], registry: Registry, outlet: str) -> bool:
    """Whether a transcript's only two labels are one briefing exchange: another outlet's
    label whose turn asks a question, then a person's answer ("CCTV: What is China's comment
    …?" / "Lin Jian: …", a ministry's briefing with one question); with one outlet asking,
    :func:`_transcript_speakers` otherwise reads its labels as no one's or the interview's
    publisher's. Nothing else: a digest's "Reuters: …" credits ask nothing, and more than
    two labels are read as before."""
    if len(labels) != 2 or len(askers) != 1:
        return False
    (i, asked), (j, answer) = labels.items()
    if asked["label"] not in askers or answer["label"] in askers or \
            answer.groupdict().get("role") or answer.groupdict().get("note") or \
            not _asks(text[asked.end():starts[j]]):
        return False
    label = answer["label"]
    speaker = _turn_speaker(label, text, registry) if label.isupper() else \
        _word_label_speaker(label, registry, text, outlet)
    return speaker is not None and speaker.kind == "person"


_QUESTION_LABELS = _QUESTION_WORDS | {"interviewer"}


def _answering_labels(labels: dict[int, re.Match[str]], askers: set[str]) -> set[str]:
    """A transcript's title-case labels of two or three words that come back with a question's
    turn between two of them ("Nikol Pashinyan: …" / "Question: …" / "Nikol Pashinyan: …"):
    the interviewee's, a person whether the registry knows them or not. A name line used once
    (a headline's "Nikol Pashinyan: Armenia will not …") or never answering is left alone."""
    asking = [i for i, m in labels.items()
              if m["label"].strip(".").lower() in _QUESTION_LABELS or m["label"] in askers]
    at: dict[str, list[int]] = {}
    for i, m in labels.items():
        if m.re is TURN_WORD_LABEL and 2 <= len(m["label"].split()) <= 3:
            at.setdefault(m["label"], []).append(i)
    return {label for label, places in at.items()
            if any(places[0] < a < places[-1] for a in asking)}


def _transcript_speakers(text: str, rows: pd.DataFrame, registry: Registry
                         ) -> dict[int, Speaker]:
    """{row position: speaker} for the content sentences of a transcript's turns.

    A turn opens with a sentence that starts with a speaker's label (:data:`_TURN_LABEL`,
    :data:`analysis.segment.TURN_WORD_LABEL`) and runs over the sentences after it, across paragraphs, up to the next
    label, a stage direction ("(BEGIN VIDEOTAPE)"), a line in capitals alone (a place), or a row
    that is no sentence. An article is
    a transcript when two or more labels name a speaker and it reads as one: a role label
    ("ANCHOR:", "Question:"), a note ("(through translator)"), a role after a name, or speech
    (:data:`_SPOKEN`; a question too where voices come back, as in an interview) in at least
    half the turns; a round-up headed by leaders' names ("ZELENSKYY: The Ukrainian president
    met …") is narration."""
    # the outlet's own name marks its journalists' labels ("CNN ANCHOR" in CNN's transcript)
    outlet = str(rows["source"].iloc[0]) if "source" in rows and len(rows) else ""
    ordered = rows.sort_values("start")
    positions, starts, kinds = (list(ordered.index), [int(v) for v in ordered["start"]],
                                list(ordered["kind"]))
    paragraphs = list(ordered["paragraph_id"]) if "paragraph_id" in ordered else [0] * len(starts)
    ends = starts[1:] + [len(text)]
    # a briefing's title-case labels with titles or roles, where several come back
    # (analysis.segment.titled_labels)
    raw_titled = [TITLED_LABEL.match(text, start) if kind == "sentence" else None
                  for start, kind in zip(starts, kinds)]
    titled = dict(enumerate(titled_labels(raw_titled)))
    labels = {i: m for i, (start, end, kind) in enumerate(zip(starts, ends, kinds))
              if (m := (_TURN_LABEL.match(text, start) or TURN_WORD_LABEL.match(text, start)
                        or NOTED_QUESTION_LABEL.match(text, start)
                        or QA_LABEL.match(text, start) or _stopped_qa_label(text, start)
                        or BOLD_QA_LABEL.match(text, start)
                        or _outlet_turn(text, start, outlet)
                        or titled[i] if kind == "sentence" else None) or _LABEL_ALONE.fullmatch(
                  text[start:end].rstrip()))}
    # "R:" answers only beside "Q:" turns (analysis.segment.qa_labels)
    kept = qa_labels([m if m.re is QA_LABEL else None for m in labels.values()])
    labels = {i: m for (i, m), qa in zip(labels.items(), kept)
              if m.re is not QA_LABEL or qa is not None}
    # a reporter's "Name, Outlet: …?" among other labels, fewer than three titled lines
    # (analysis.segment.asking_labels)
    lines = [text[start:text.find("\n", start) % (len(text) + 1)] for start in starts]
    for i, m in enumerate(asking_labels(raw_titled, lines, len(labels))):
        if m is not None and i not in labels:
            labels[i] = titled[i] = m
    labels = dict(sorted(labels.items()))
    # a surname alone is the person a fuller label names ("STEVE INSKEEP, HOST:" ... "INSKEEP:"),
    # the label with a role kept over the same name's later labels without one
    fuller: dict[str, tuple[str, str]] = {}
    for m in labels.values():
        if len(m["label"].split()) > 1:
            surname, given = m["label"].split()[-1], m.groupdict().get("role") or ""
            if given or not fuller.get(surname, ("", ""))[1]:
                fuller[surname] = (m["label"], given)
    # labels of other outlets' names are their reporters' where two or more outlets ask, as the
    # PRC's and Russia's foreign ministries print their briefings ("AFP: … Do you have a
    # comment?", "RIA Novosti: …", "Kyodo News: …": "reporter (AFP)", the label's case kept; a
    # newcomer's had the ministry's own voice hostile to its coast guard, and "CCTV:" a person
    # "Cctv"); one outlet throughout is the interview's publisher ("DER SPIEGEL: …")
    askers = {m["label"] for m in labels.values() if not m.groupdict().get("role")
              and not m.groupdict().get("note") and _names_another_outlet(m["label"], outlet)}
    if (len(askers) < 2 or not {m["label"] for m in labels.values()} - askers) and \
            not _one_exchange(text, labels, starts, askers, registry, outlet):
        # ... and someone answers them: a digest's "Reuters: Ukraine's defence ministry said
        # …", "AFP: …" lines credit their sources, no one asks (a breaker's)
        askers = set()
    answering = _answering_labels(labels, askers)
    found: dict[tuple[str, str], Speaker | None] = {}  # a transcript repeats its labels
    signal = False
    last_label = max(labels, default=-1)
    turns: list[tuple[int, Speaker, str]] = []
    for i, match in labels.items():
        label, role = match["label"], match.groupdict().get("role") or ""
        asker = Speaker(f"reporter ({label})", "", OUTSIDE_REGISTRY, "description") \
            if label in askers else \
            _other_outlets_reporter(label, match.groupdict().get("note") or "", outlet)
        if asker is not None:
            role = asker.name  # each reporter a voice of their own
            found.setdefault((label, role), asker)
        if (label, role) not in found:
            if label.isupper():
                full, full_role = fuller.get(label, (label, role))
                if not role and fuller.get(label.split()[-1], ("", ""))[0] == label:
                    # the full name again without its role ("MARIA LOPEZ, HOST:" ... "MARIA
                    # LOPEZ:", as France 24 and CNN label every turn): the role it was given
                    full_role = fuller[label.split()[-1]][1]
                speaker = _turn_speaker(full, text, registry)
                if speaker is None and role:  # "AYA BATRAWY, BYLINE:": the role says a person
                    speaker = _turn_speaker(role, text, registry)
                    speaker = (Speaker(label.title(), "", OUTSIDE_REGISTRY, "person")
                               if speaker is not None and speaker.kind == "description" else None)
                if speaker is not None and speaker.status != REGISTRY and \
                        _newsroom_label(full, role or full_role, text, outlet):
                    speaker = replace(speaker, status=NEWSROOM)
                    if len(full.split()) == 1 and full.lower() != outlet.lower() and \
                            _names_own_outlet([full.lower()], outlet):
                        # the outlet's acronym or initials keep their capitals ("VOK:" in
                        # Voice of Kordofan's, as "RTS:" does: it had been "Vok")
                        speaker = replace(speaker, name=full.strip())
                elif speaker is not None and speaker.kind == "person" and \
                        speaker.status == OUTSIDE_REGISTRY and _reporters_outlet(
                            role, registry, outlet, lines[i]):
                    # "SIDHANT SIBAL, WION:" asks for another outlet, as "Sidhant Sibal, WION:"
                    # in title case does (it had been a person "Sidhant Sibal" of no outlet)
                    speaker = replace(speaker, name=f"{speaker.name} ({role})")
                elif speaker is None and not role and _outlets_brand_word(label, text, outlet):
                    # "AL-NOUR:" in Kadugli Al-Nour TV's: a hyphened brand is no surname label
                    speaker = Speaker(label.title(), "", NEWSROOM, "person")
            elif titled[i] is not None and (role or _title_led(label)):
                speaker = _titled_label_speaker(label, role, registry, text, outlet)
            else:
                speaker = _word_label_speaker(label, registry, text, outlet)
                if speaker is not None and speaker.name == "interviewer":
                    speaker = replace(speaker, status=NEWSROOM)
                elif speaker is None and label in answering:
                    # "Nikol Pashinyan:" answering "Question:" turns, outside the registry: a
                    # person, as "NIKOL PASHINYAN:" in capitals is, where the name data knows the
                    # first name or the narration names them ("Prime Minister Nikol Pashinyan
                    # held …"); not "Key Points:" coming back in a Q&A explainer
                    speaker = _titled_name(label, registry, re.search(
                        rf"(?<![\w’'])(?i:{re.escape(label)})(?![\w’'])(?![ \t]*:)",
                        text) is not None)
            found[label, role] = speaker
        speaker = found[label, role]
        if speaker is None:
            continue
        signal = signal or bool(role or match.groupdict().get("note")) \
            or titled[i] is not None and _title_led(label) \
            or speaker.kind == "description" and not _is_outlet_label(label, outlet, registry) \
            and label.lower() not in _ASKING_ROLES \
            or speaker.kind == "person" and label.isupper() and len(label.split()) > 2 \
            and label.split()[0].strip(".").lower() in _ROLE_WORDS  # "COLONEL SOFIYA QURESHI:"
        words = []
        alone = match.re is _LABEL_ALONE  # "PRESENTER:" on its own line: the turn follows it
        j = i + 1 if alone else i
        while j < len(starts) and kinds[j] == "sentence" and (j == i or j not in labels):
            row = text[starts[j]:starts[j + 1] if j + 1 < len(starts) else len(text)]
            if j > i and (row[:1] in "([" or not any(c.islower() for c in row)):
                break  # a stage direction, or a caption in capitals ("KHAN YOUNIS, GAZA STRIP")
            if j > i and paragraphs[j] != paragraphs[j - 1] and not (alone and j == i + 1) \
                    and i == last_label and "\n\n" in text[starts[j - 1]:starts[j]]:
                # after the last label a new paragraph goes on with the turn only as speech,
                # not as narration (before it, the next label closes the turn)
                last = j
                while last + 1 < len(starts) and paragraphs[last + 1] == paragraphs[j]:
                    last += 1
                paragraph = _QUOTED.sub(" ", text[starts[j]:starts[last + 1]
                                                  if last + 1 < len(starts) else len(text)])
                if not _SPOKEN.search(paragraph) or _REPORTED.search(paragraph):
                    break
            elif j > i and i == last_label and paragraphs[j] != paragraphs[j - 1] and (
                    _REPORTED.search(row) or _CLOSING_NOTE.search(row)):
                break  # "BAHATI: Thank you.\nThis interview has been edited for length …"
            words.append(row)
            turns.append((positions[j], speaker, ""))
            j += 1
        if not words:
            continue
        turns[-1] = (turns[-1][0], speaker,
                     " ".join(words) if alone else " ".join(words)[match.end() - starts[i]:])
    spoken = [t for _, _, t in turns if t]
    # A voice that comes back after another's is a dialogue ("DER SPIEGEL: … Syrskyi: … DER
    # SPIEGEL: …"), where a question is speech too; a round-up names each leader once, and its
    # rhetorical "Did it sink?" is no interviewer's.
    voices = [speaker.name for (_, speaker, t) in turns if t]
    alternating = [v for k, v in enumerate(voices) if k == 0 or v != voices[k - 1]]
    dialogue = len(alternating) > len(set(alternating))
    speech = sum(bool(_SPOKEN.search(t) or dialogue and _asks(t)) for t in spoken)
    if len(spoken) < 2 or not (signal or 2 * speech >= len(spoken)):
        return {}
    if len(set(voices)) < 2 and not signal:
        return {}  # one voice is no dialogue ("Meduza: …" lines in Meduza's own round-up)
    return {position: speaker for position, speaker, _ in turns}


def _near(article: _Article, attributions: list[Attribution | None], start: int, end: int
          ) -> tuple[list[tuple[int, int]], list[Attribution | None]]:
    """Spans (and their attributions) close enough to the sentence [start, end) to matter:
    an attribution region lies in the span's sentence or the next one."""
    starts = article.span_starts
    i = max(0, bisect.bisect_left(starts, start - _NEAR) - 1)
    j = bisect.bisect_left(starts, end + _NEAR)
    return article.spans[i:j], attributions[i:j]


def _clip_union(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The union of ``regions`` clipped to [start, end), as sorted disjoint intervals."""
    clipped = sorted((max(lo, start), min(hi, end)) for lo, hi in regions)
    union: list[tuple[int, int]] = []
    for lo, hi in clipped:
        if lo >= hi:
            continue
        if union and lo <= union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], hi))
        else:
            union.append((lo, hi))
    return union


def attribute_quotes(
    sentences: pd.DataFrame, articles: pd.DataFrame, registry: Registry | None = None
) -> pd.DataFrame:
    """Add the :data:`QUOTE_COLUMNS` to the sentences table.

    ``articles`` supplies the text the sentence offsets point into; ``registry`` defaults to
    the shipped one.  Row order and the existing columns are kept.  Works article by article;
    :func:`canonicalise_speakers` is the corpus-level step after it.
    """
    missing = [c for c in ("doc_id", "start", "end", "kind") if c not in sentences]
    if missing:
        raise ValueError(f"sentences table lacks column(s): {', '.join(missing)}")
    registry = registry if registry is not None else load_registry()
    texts = dict(zip(articles["doc_id"].astype(str), articles["text"].astype(str)))
    unknown = sorted(set(sentences["doc_id"].astype(str)) - set(texts))
    if unknown:
        raise ValueError(f"no article text for doc_id(s): {', '.join(unknown[:5])}")
    # Work by position: the caller's index may be anything, even non-unique.
    n = len(sentences)
    is_quote, speaker, camp = [False] * n, [""] * n, [""] * n
    status, partial = [""] * n, [False] * n
    positions = pd.RangeIndex(n)
    for doc_id, rows in sentences.set_axis(positions).groupby(
        sentences["doc_id"].astype(str).to_numpy(), sort=False
    ):
        text = _low_high_marks_as_curly(texts[doc_id])
        content = rows.loc[rows["kind"] == "sentence"]
        article = None
        if any(mark in text for mark in "“”«»„\"‘’'"):
            article = _prepare(text, rows, registry)
            if article.spans:
                attributions = _attribute_spans(article)
                woven = _woven_flags(article, attributions)
                for pos, start, end in zip(content.index, content["start"], content["end"]):
                    (is_quote[pos], speaker[pos], camp[pos], status[pos],
                     partial[pos]) = _sentence_quotes(article, attributions, int(start),
                                                      int(end), woven)
        turns = _transcript_speakers(text, rows, registry)
        if turns and article is None:
            article = _prepare(text, rows, registry)
        named: dict[Speaker, Speaker] = {}
        for pos, who in turns.items():
            if speaker[pos]:
                continue  # a quotation inside a turn, with its own speaker
            if who.name == _INTERVIEWEE and who.kind == "description":
                if who not in named:
                    first_turn = min(int(rows.loc[p, "start"]) for p in turns)
                    outlet = str(rows["source"].iloc[0]) if "source" in rows else ""
                    named[who] = _interviewee(article.index, first_turn, outlet) or who
                who = named[who]
            if who.status == OUTSIDE_REGISTRY and who.kind == "person":
                # the article's introduction gives the camp ("Ukraine's ambassador to the
                # United States, Olha Stefanishyna" ... "STEFANISHYNA:")
                if who not in named:
                    camps = {e.speaker.camp for e in article.index.entities
                             if e.speaker.kind == "person" and e.speaker.name == who.name
                             and e.speaker.camp}
                    named[who] = replace(who, camp=camps.pop()) if len(camps) == 1 else who
                who = named[who]
            is_quote[pos], speaker[pos], camp[pos], partial[pos] = True, who.name, who.camp, False
            status[pos] = who.status
        statement = _reproduced_statement(text, rows)
        if statement:
            if article is None:
                article = _prepare(text, rows, registry)
            issuer = article.index.resolve(*statement[0])
            for pos in statement[1] if issuer is not None else ():
                said = _THE_STATEMENT_SAID.search(
                    text, int(rows.loc[pos, "start"]), int(rows.loc[pos, "end"]))
                if speaker[pos] and speaker[pos] != issuer.name and said is None:
                    break  # another voice: the article's own reporting again
                if not (is_quote[pos] or partial[pos] or speaker[pos]) or \
                        said is not None and not speaker[pos]:
                    # its sentences, and "“…,” the statement said." within it
                    is_quote[pos] = is_quote[pos] or not partial[pos]
                    speaker[pos], camp[pos], status[pos] = issuer.name, issuer.camp, issuer.status
        own = _own_journalists(text, str(rows["source"].iloc[0]) if "source" in rows else "")
        for pos in rows.index if own else ():
            # "Our correspondent in Port Sudan, Samira Hassan, says …" … "“…,” she says.":
            # the outlet's own voice, in prose as in a transcript
            if speaker[pos] and status[pos] == OUTSIDE_REGISTRY and (
                    speaker[pos] in own or speaker[pos] in {n.split()[-1] for n in own}):
                status[pos], camp[pos] = NEWSROOM, ""  # not a namesake ("Andriy Kovalenko")
    out = sentences.drop(columns=[c for c in QUOTE_COLUMNS if c in sentences]).copy()
    out["is_quote"] = pd.Series(is_quote, index=out.index, dtype=bool)
    out["speaker"] = pd.Series(speaker, index=out.index, dtype=str)
    out["speaker_camp"] = pd.Series(camp, index=out.index, dtype=str)
    out["speaker_status"] = pd.Series(status, index=out.index, dtype=str)
    out["partial_quote"] = pd.Series(partial, index=out.index, dtype=bool)
    return out
