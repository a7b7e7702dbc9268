"""Split articles into the *sentences* table (see README, "Data model").

Pipeline for one article:

1. **Paragraphs.** The text is cut into lines. Blank lines always separate paragraphs;
   a single newline separates paragraphs too (many scraped files put one paragraph per
   line) unless it is a *soft* break inside a sentence, which is recognised by local
   cues (next line starts in lower case, previous line ends in a comma or a function
   word, or is a long sentence-case line without final punctuation) or because the
   whole block looks hard-wrapped at a fixed width.
2. **Pieces.** Inline promotions such as "(You may also read: ...)" are cut out first;
   the rest of each paragraph is split into sentences by pysbd. pysbd's character
   spans are only used as hints: every sentence is re-located in the text from a
   running cursor, and the text between located sentence ends is what becomes a row.
   Hence every non-blank character lands in exactly one row, whatever pysbd does.
3. **Kinds.** Each piece is a ``sentence``, ``heading`` or ``boilerplate`` judged on
   general features (call-to-action wording and shouting, runs of title-case lines
   after the body, short unpunctuated standalone lines); page furniture of scraped pages
   (media player notices, embedded social posts, copyright lines, captions, bylines,
   timestamps, and the interface labels a browser copies with the article: "Skip to
   content", "Share", "Most viewed") and structure (Markdown tables, code fences,
   footnotes) is boilerplate too, and list items are body points, never headings. In a
   page copied from a browser (two or more interface labels) the short menu lines before
   the body and the headings after it (other stories) are boilerplate as well. A heading
   is one row however many sentences its line holds ("OUR BOYS ARE HOME! Tears at …").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import pandas as pd
import pysbd

from .datewords import MONTHS, WEEKDAYS

__all__ = [
    "ANSWER_LABEL_WORDS", "BOLD_QA_LABEL", "DEFAULT_SPLITTER", "HEADLINE_KINDS", "MIXED_LABEL",
    "NOTED_QUESTION_LABEL", "QA_LABEL", "SCORED_KINDS", "SENTENCE_COLUMNS", "SPEAKER_LABEL",
    "SPLITTERS", "STOPPED_QA_LABEL", "TITLED_LABEL", "TITLE_KIND", "TITLE_WORD", "TURN_WORD_LABEL", "asking_labels",
    "dateline_end", "heading_needs_mark", "is_title_case", "lead_end", "own_label_end",
    "qa_labels", "segment_article", "segment_corpus", "titled_labels",
]

SENTENCE_COLUMNS = (
    "doc_id", "source", "sentence_id", "paragraph_id", "start", "end", "kind", "reason", "text",
    "dateline",
)

#: The kind of the row holding an article's title (added by :func:`analysis.score.add_titles`).
TITLE_KIND = "title"
#: Headline rows: the title and the subheadings. They are scored like sentences but kept apart
#: from the body (``kind == "sentence"``) in every aggregate of :mod:`analysis.framing`.
HEADLINE_KINDS: tuple[str, ...] = (TITLE_KIND, "heading")
#: Kinds that get sentiment, and stance for their actor mentions; boilerplate never does.
SCORED_KINDS: tuple[str, ...] = ("sentence", *HEADLINE_KINDS)

# Closing quotes/brackets may follow the punctuation that ends a sentence.
_CLOSERS = "\"'”’»)]}›"
# French typography spaces its guillemets, a plain, no-break or narrow no-break space inside
# them ("… a déclaré : « Nous ne céderons pas. »"): the space before a closer is no text.
_CLOSER_SPACES = " \t\u00a0\u202f\u2009"
_TERMINAL = ".!?…"
# A line ending in one of these cannot end a sentence or a heading.
_CONTINUATION_END = ",-–—([{“‘«/&+="
_QUOTE_START = "\"“‘'«„"

# Closed-class words that do not end an English sentence or headline; a line that ends
# in one was broken mid-sentence.
_FUNCTION_WORDS = frozenset("""
a an the of to in on at by for from with into onto over under about after before
between during through than as and or but nor so yet that which who whom whose
is are was were be been being has have had do does did will would shall should
can could may might must its their his her our your my this these those
""".split())

# Words that title case (headline style) commonly leaves in lower case.
_TITLE_CASE_MINOR = frozenset("""
a an the and but or nor for so yet as at by in of off on per to up via with from into
onto over amid upon than that this vs
""".split())

# Marks after the end of a sentence that do not end it: footnote or citation markers
# ("….[1]", "….[^2]") and emoji, flags and other pictographs ("… again. 🇺🇦").
_TRAILING_MARKS = re.compile(
    r"(?:\s*(?:\[\^?\d{1,3}\]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]))+\s*$|\s+$")
# Body copy, not a subhead: a wire credit at the end ("… carefully (Reuters)") or an
# attribution in the past tense ("…, the ministry said"; headlines use "says").
_BODY_LINE = re.compile(
    r"\((?:Reuters|AP|AFP|dpa|Xinhua|TASS|Interfax|Ukrinform|UNIAN|Bloomberg)\)\s*$"
    r"|\b(?:said|told|added|stated|reported|announced|wrote|claimed)\b", re.IGNORECASE)

# Limits for "short" standalone lines; real subheads are rarely longer.
_MAX_HEADING_WORDS = 15
_MAX_HEADING_CHARS = 120
_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 200
_MIN_HEADLINE_RUN = 3
_MIN_TITLE_CASE_SHARE = 0.8
# A long sentence-case line without final punctuation is a broken sentence.
_MIN_BROKEN_LINE_WORDS = 13

# Hard-wrapped blocks: lines (but the last) fill a narrow band under a fixed width.
_MIN_WRAPPED_LINES = 3
_MIN_WRAP_WIDTH = 50  # narrower "wrapping" is just short lines
_MAX_WRAP_WIDTH = 120
_MIN_WRAP_FILL = 0.6

# Parenthesised promotions of other articles, e.g. "(You may also read: ...)".
_INLINE_PROMO = re.compile(
    r"""[(\[]\s*
    (?: you\s+(?:may|might)\s+(?:also\s+)?(?:like\s+to\s+)?read
      | (?:also|must)\s+read | read\s+(?:more|also|next)
      | (?:see\s+also|also\s+see|related|recommended|watch)\s*[:|\-–—]
    )
    [^()\[\]]{0,300}[)\]]""",
    re.IGNORECASE | re.VERBOSE,
)

# Calls to action. Strong phrases address the reader directly and are boilerplate
# anywhere outside quotations; weak verbs only when they open the piece as an imperative.
_CTA_STRONG = re.compile(
    r"""\b(?: (?:click|tap)\s+(?:here|below|the\s+link)
      | follow\s+us | join\s+us\s+(?:on|at|for) | like\s+us\s+on | subscribe\s+(?:now|today|here|to\s+our)
      | sign\s+up\s+(?:now|today|here|for\s+(?:our|free)|to\s+our)
      | our\s+newsletter | download\s+(?:our|the)\s+app
      | our\s+(?:whatsapp|telegram)\s+channel
      | (?:website|site)\s+can\s+(?:also\s+)?be\s+accessed
      # "follow us" in Serbian, Bosnian and Albanian ("Pratite nas na Fejsbuku i Instagramu", a
      # Kosovo newcomer's RTS page: a heading row; "Na ndiqni në Facebook"), only where it
      # names the platform or the social networks: said aloud it is reported speech ("Pratite
      # nas sutra, kada ćemo objaviti odluku, poručio je Vučić novinarima.", "Na ndiqni, tha
      # Kurti para protestuesve, …", a breaker's, had become calls to action)
      | (?:(?:za)?pratite\s+nas|na\s+ndiqni|ndiqni\s+na)\s+(?:i\s+|edhe\s+)?
        (?:na|putem|preko|në|ne|përmes|nëpërmjet)\s+(?:našim\s+|rrjetet\s+)?
        (?:fejsbuk\w*|facebook\w*|instagram\w*|telegram\w*|tviter\w*|twitter\w*|x|youtube\w*
           |jutjub\w*|tiktok\w*|viber\w*|whatsapp\w*|linkedin\w*|društven\w*\s+mrež\w*
           |mrež\w*|sociale|rrjet\w*\s+social\w*|kanal\w*|sajt\w*|portal\w*|faqe\w*|[\w\-]+\.[a-z]{2,})
    )\b
    | \b(?:read\s+more|also\s+read)\s*[:|]""",
    re.IGNORECASE | re.VERBOSE,
)
# "Like" a page on Facebook as an imperative: it opens the line and the line ends there or goes
# on to another appeal ("Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay
# informed …", closing a Pakistan newcomer's Express Tribune story, was a sentence mentioning
# Pakistan); "Like many users on Facebook, she shared the video." is a comparison. A reporting
# clause closing the line makes it reported speech (:data:`_REPORTING_CLOSE`): "Like the
# brigade on Facebook, share the video and join the fundraiser, the commander urged
# supporters." (a breaker's, had become a call to action) is a sentence.
# A reporting clause closing the line after its last comma: ", the commander urged supporters."
_REPORTING_CLOSE = re.compile(
    r",\s+[^,]{1,60}?\b(?:said|says|told|tells|added|advised|urged|warned|wrote|posted|"
    r"asked|appealed|called\s+on)\b[^,]{0,60}$")
_CTA_LIKE_PAGE = re.compile(
    r"""^like\s+(?:[\w@.\-]+\s+){1,4}?on\s+facebook\b\s*
      (?:[.!]?\s*$|[,;]?\s*(?:and\s+)?(?:follow|join|subscribe|share|sign\s+up)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
# A pointer to the newsroom's other pages: "You can read more on our Ukraine page." (a
# breaker's, beside a live blog's closing line, had left both body sentences). Only as the
# sentence's own opening, where the newsroom addresses the reader: after a transcript's speaker
# label ("KULEBA: You can see … on our ministry's website.") or a reporting verb ("the air force
# said you can follow every launch on our official channel") "our" is the speaker's.
_CTA_OUR_PAGE = re.compile(
    r"""^(?:and\s+|for\s+more,?\s+)?you\s+can\s+(?:also\s+)?
    (?:read|find|follow|get|see|catch\s+up\s+on)\b[^.!?]{0,60}?
    \bon\s+our\s+(?:[\w\-]+\s+){0,3}?(?:page|website|site|live\s+blog|app|channel)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_CTA_IMPERATIVE = re.compile(
    r"""^(?:please\s+|don'?t\s+forget\s+to\s+|be\s+sure\s+to\s+)?
    (?:click|tap|subscribe|sign\s+up|join|follow|download|share|register|donate|
       support|watch|listen|read\s+more|get|stay\s+(?:tuned|updated|informed)|
       # (Spanish: "Síguenos en Telegram y en X @teleSURtv", a Venezuela newcomer's heading row)
       s[ií]guenos|suscr[ií]bete|[úu]nete)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_CTA_TARGET = re.compile(
    r"\b(?:us|our|free|newsletter|updates?|alerts?|app|channel|this\s+(?:article|story|post)|"
    r"whatsapp|telegram|twitter|facebook|instagram|youtube|tiktok|linkedin)\b"
    # ... or the outlet's site by its address, and X by its one letter ("Listen to the full
    # interview on caracol.com.co | Follow 6AM W on X": a Colombia newcomer's heading row)
    r"|(?-i:\b(?:on|at)\s+[a-z0-9\-]+\.(?:com|org|net|info|news|tv|fm|radio|co|[a-z]{2})(?:\.[a-z]{2})?"
    r"(?!\w|\.\w)|\b(?i:follow)\s+(?:[\w@]+\s+){0,3}on\s+X\b)",
    re.IGNORECASE,
)
# A press release's contact line tells the reader whom to ask; it reports nothing (a newcomer's
# "For media queries, contact the CENTCOM Public Affairs Office." was a body sentence). It opens
# the line: "For media queries[,] contact …", "For more information, contact …", "Media
# inquiries: …", "Press contact: …", "Contact: press@…"; "Contact with the crew was lost on
# Monday." is reporting.
_REPORTED_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?[A-Z][^,]{0,60}?\b(?:said|says|told|tells|"
                             r"added|advised|urged|warned)\b")
_CONTACT_LINE = re.compile(
    r"""(?:for\s+(?:(?:news\s+)?media|press)\s+(?:queries|inquiries|enquiries|requests|information)
        |for\s+(?:more|further|additional)\s+(?:information|info|details
            # (a customer letter's "For further questions, please contact your local Maersk
            # representative.", a Red Sea newcomer's Maersk advisory: a body sentence)
            |questions|queries|enquiries|inquiries|assistance))
        \s*[,:]?\s+(?:please\s+)?(?:contact|call|e-?mail|write\s+to|reach|visit)\b
      # ("For media inquiries: unsmil-media@un.org" closing a UN mission's statement, a Libya
      # newcomer's heading row, with "For" before it)
      | (?:for\s+)?(?:(?:news\s+)?media|press)\s+(?:queries|inquiries|enquiries|contacts?|relations)
        (?:\s*:|\s+(?:should|may|can)\s+be\s+(?:directed|sent|addressed|made)\s+to\b)
      # a bare "Contact:" with an address or a number on the line: "Contact: press@centcom.mil",
      # "Contacts: CENTCOM Public Affairs, +1 813 529 0220" (a reviewer's, scored a subheading)
      # (and a press office's, a hotline's or a bare address label: "Press office: +32 2 707 50
      # 41", "Email: press@mfa.gov.ua", a breaker's; a number without dots: "Contact: lost …
      # on 24.02.2025" is a date)
      | (?:contacts?(?:\s+us)?|press\s+office|e-?mail|tel|telephone|phone|hotline[^:\n]{0,60})
        \s*:(?=[^\n]*?(?:\S@[\w\-]+\.[a-z]|\+?\d[\d\ ()\-]{6,}\d))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Page furniture that survives scraping. Media players' fallback notices, embedded social
# posts (their link or "— Name (@handle) date" signature) and copyright lines are never
# reporting; a content sentence merely *citing* a Telegram channel is (see _CTA_STRONG).
_PLAYER_NOTICE = re.compile(
    r"""\b(?: your\s+browser\s+(?:does\s+not|doesn'?t|cannot|can'?t)\s+(?:support|play)
      | media\s+playback\s+is\s+(?:not\s+supported|unsupported)
      | (?:please\s+)?(?:enable|turn\s+on)\s+javascript\s+to\s+(?:view|watch|play|see)
      | this\s+(?:video|audio|media|content)\s+(?:is\s+(?:not|no\s+longer|currently\s+not)\s+available
          |cannot\s+be\s+played|requires\s+javascript)
      | (?:upgrade|switch)\s+to\s+a\s+(?:modern|newer|supported)\s+(?:web\s+)?browser
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_EMBED_LINK = re.compile(
    r"""\b(?: pic\.twitter\.com/\w+ | (?:twitter|x)\.com/\w+/status/\d+ | t\.me/\w+
      | instagram\.com/(?:p|reel)/ | a\s+post\s+shared\s+by\b
      | view\s+(?:this\s+post\s+)?on\s+(?:instagram|facebook|twitter|telegram|tiktok|x)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A link in parentheses — "(https://t.me/synegubov)", a Markdown "[text](url)" — is the
# reporter citing a source inside a sentence, not an embedded post: it is left out of the test.
_CITED_LINK = re.compile(r"\(\s*(?:https?://)?[^\s()]+\.[a-z]{2,}/[^\s()]*\s*\)", re.IGNORECASE)
# So is a link inside running prose, followed by more of the sentence ("posted a video on X,
# https://x.com/…/status/…, in which he thanked …", "wrote on Telegram at t.me/synegubov that
# …"); an embedded post's link ends the post or comes before its signature.
_INLINE_LINK = re.compile(
    r"(?:https?://)?[^\s()]+\.[a-z]{2,}/\S*?"  # a link ...
    r"(?=[,;]?\s+(?:[^\W\d_]+\s+){2}[^\W\d_]+)",  # ... with three more words after it
    re.IGNORECASE)
# "— Volodymyr Zelenskyy (@ZelenskyyUa) November 11, 2022": a post's signature line.
_EMBED_SIGNATURE = re.compile(
    r"[—–-]\s*[^\n()]{1,80}\(@\w{1,30}\)\s*(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})"
)
_COPYRIGHT = re.compile(
    r"(?:^\W*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|©\s*\d{4}|\ball\s+rights\s+reserved\b)",
    re.IGNORECASE,
)
# A publisher's notice on the reuse of its materials, which closes a state agency's story after
# its copyright line ("© AZERTAC. All rights reserved. Use of materials is permitted only with a
# hyperlink to AZERTAC.": a newcomer's last piece was a body sentence), or stands alone ("Full
# or partial reproduction of materials is prohibited."): the sentence opens with the use and
# its object, the publisher's materials (its name before them too: "Use of Ukrinform materials
# …"), and says what is permitted or not; no one said it ("Use of the seized materials is
# prohibited until the trial, the prosecutor said." is news). It ends there or says on what
# terms: a link, a reference, the source, consent or permission. News of a ban goes on to
# other things ("Use of these materials in warfare is prohibited under the Chemical Weapons
# Convention, which Russia ratified in 1997.", "Reproduction of its content is prohibited in
# Russia, and readers risk fines …": a breaker's, both had been copyright).
_REUSE_NOTICE = re.compile(
    r"[^\w]*(?:(?:any|full|partial|full\s+or\s+partial)\s+)?"
    r"(?:use|reproduction|republication|reprinting|copying|redistribution)\s+of\s+"
    r"(?:the\s+|our\s+|this\s+|these\s+|its\s+|all\s+)?(?:site['’]s\s+|website['’]s\s+)?"
    r"(?:(?-i:[A-Z][\w.\-]*)\s+)?"
    r"(?:materials?|content|articles?|texts?|publications?)\b[^.!?]{0,60}?"
    r"\s(?:is|are)\s+(?:only\s+|strictly\s+)?(?:(?:not\s+)?(?:permitted|allowed|authori[sz]ed)|"
    r"prohibited|forbidden)\b"
    r"(?:\s*[.!]?\s*$|[^.!?]*?\b(?:(?:hyper)?links?|referenc\w*|sources?|consent|permission|"
    r"credit\w*|attribut\w*|cit(?:e|ing|ation)|without|agreement|authori[sz]ation)\b)"
    # ... or the reuse alone, and what it requires: "Reproduction requires written permission."
    # (a Mozambique newcomer's monitoring site closed on it, a body sentence); not the use of
    # anything else ("Use of force requires the approval of the Security Council.")
    r"|[^\w]*(?:(?:any|full|partial|full\s+or\s+partial)\s+)?"
    r"(?:reproduction|republication|reprinting|copying|redistribution)"
    r"(?:\s+of\s+(?:the\s+|our\s+|this\s+|these\s+|its\s+|all\s+)?"
    r"(?:materials?|content|articles?|texts?|publications?))?"
    r"\s+(?:requires|needs|is\s+subject\s+to)\s+(?:the\s+)?(?:(?:prior|express|written|explicit)"
    r"\s+)*(?:permission|consent|authori[sz]ation|approval)\b[^.!?]{0,60}[.!]?\s*$",
    re.IGNORECASE)
# ... or the notice without the materials named, as EFE closes its stories after its copyright
# line ("Redistribution prohibited without prior consent of Agencia EFE S.A.": a Colombia
# newcomer's body sentence): the reuse, prohibited, and nothing after it but the consent,
# permission or authorisation it needs and whose ("Reproduction prohibited."); a ban that goes
# on to other things is news ("… without consent in Belarus, where readers face arrest.").
_BARE_REUSE_NOTICE = re.compile(
    r"[^\w]*(?:(?:any|full|partial|full\s+or\s+partial)\s+)?"
    r"(?:use|reproduction|republication|reprinting|copying|redistribution)"
    r"(?:\s+(?:is|are))?\s+(?:strictly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))"
    r"(?:\s+without\s+(?:the\s+)?(?:(?:prior|express|written)\s+){0,2}"
    r"(?:consent|permission|authori[sz]ation)"
    # ... of its publisher, by name ("of Agencia EFE S.A.", "from the publisher")
    r"(?:\s+(?:of|from|by)\s+(?:the\s+)?(?:publisher|editors?|(?-i:[A-Z][\w.&'’\-]*))"
    r"(?:\s+(?-i:[A-Z][\w.&'’\-]*)){0,5})?)?\s*[.!]?\s*$",
    re.IGNORECASE)
# ... and an agency's notice that its site carries only part of what its subscribers get, as
# Anadolu closes every story ("Anadolu Agency website contains only a portion of the news
# stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized
# form.": a Libya newcomer's body sentence, whose system the draft proposed as an actor): the
# site's name, its website, "only" a part of its news or stories, those its subscribers get.
_SUBSCRIBER_NOTICE = re.compile(
    r"[^\w]*(?:the\s+)?(?-i:[A-Z][\w.&\-]*)(?:\s+(?-i:[A-Z][\w.&\-]*)){0,3}\s+"
    r"(?:website|web\s+site|site|portal)\s+(?:contains|carries|publishes|offers|shows)\s+only\s+"
    r"(?:a\s+)?(?:portion|part|selection|fraction|summary)\s+of\s+(?:\w+\s+){0,2}?"
    r"(?:news|stories|articles|reports|content)\b[^.!?]{0,80}?"
    r"\b(?:offered|available|provided|delivered|sent)\s+to\s+(?:its\s+|our\s+)?subscribers\b",
    re.IGNORECASE)
# ... or the publisher's name alone after "Copyright", in capitals as a footer prints it
# ("Copyright PUNCH.", a Nigeria newcomer's Punch footer: a body sentence); a heading's word
# after it ("Copyright Infringement") is no publisher.
_NAMED_COPYRIGHT = re.compile(
    r"[ \t]*(?i:copyright)[ \t]+(?:[A-Z][A-Z0-9&.'’\-]+)(?:[ \t]+[A-Z][A-Z0-9&.'’\-]+){0,3}"
    r"[ \t]*\.?[ \t]*")
# ... and the notice that this material may not be reproduced, as Punch and the AP close their
# stories ("This material, and other digital content on this website, may not be reproduced,
# published, broadcast, rewritten or redistributed in whole or in part without prior express
# written permission from PUNCH.", a Nigeria newcomer's body sentence; the AP's "This material
# may not be published, broadcast, rewritten or redistributed."): this material or content,
# "may not be" and the reuse's verbs alone, then only the permission it needs and whose, so a
# sentence going on to other things ("… may not be published until the trial ends, the judge
# said.") is news.
_REUSE_VERB = (r"(?:reproduced|republished|published|broadcast|rewritten|redistributed|copied|"
               r"distributed|transmitted|stored|used|displayed|modified)")
_MAY_NOT_REUSE_NOTICE = re.compile(
    r"[ \t]*(?:this|the|our|all)\s+(?:material|materials|content|article|story|report)"
    r"(?:\s*,[^,.!?]{1,80},)?\s+may\s+not\s+be\s+"
    rf"{_REUSE_VERB}(?:\s*,\s*(?:or\s+|and\s+)?{_REUSE_VERB}|\s+(?:or|and)\s+{_REUSE_VERB})*"
    r"(?:\s+in\s+whole\s+or\s+in\s+part)?"
    r"(?:\s+without\s+(?:the\s+)?(?:(?:prior|express|written|explicit)\s+){0,3}"
    r"(?:permission|consent|authori[sz]ation)"
    r"(?:\s+(?:of|from|by)\s+(?:the\s+)?(?:publisher|editors?|(?-i:[A-Z][\w.&'’\-]*))"
    r"(?:\s+(?-i:[A-Z][\w.&'’\-]*)){0,5})?)?\s*[.!]?\s*", re.IGNORECASE)


def _publisher_notice(text: str) -> bool:
    """Whether ``text`` is a publisher's copyright line by name or its notice that the
    material may not be reproduced (:data:`_NAMED_COPYRIGHT`, :data:`_MAY_NOT_REUSE_NOTICE`)."""
    return bool(_NAMED_COPYRIGHT.fullmatch(text) or _MAY_NOT_REUSE_NOTICE.fullmatch(text))


# A site's dated copyright notice ("© 2022 BBC", "Copyright 2024 …"), unlike a photo credit.
_SITE_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}\b", re.IGNORECASE)
# Paragraph sizes up to which furniture takes its whole paragraph along (a post's text, a
# footer); a longer paragraph is article text that happens to contain a link or "©".
_MAX_FURNITURE_WORDS = {"embedded_post": 80, "copyright": 40}
_MAX_FOOTER_LINE_WORDS = 6
_MIN_SHOUT_LETTERS = 8
_MIN_SHOUT_SHARE = 0.8

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")

# Lines that are structure, not prose: each stands on its own line, is never joined to the
# line before it, and is judged alone (see _structure_reason).
# A list item ("- …", "* …", "• …", "1. …", "2) …"): a point of its own, body copy when it
# has a few words, never a subheading for lack of a full stop.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•·‣▪◦]|\(?\d{1,3}[.)])[ \t]+\S")
_MIN_LIST_ITEM_WORDS = 3
_LIST_MARKER = re.compile(r"\s*\(?\d{1,3}[.)]")
# Page edges (see _mark_page_edges): a body sentence has this many words and a final mark;
# a copied page shows at least this many interface labels; a menu entry is this short.
_MIN_BODY_WORDS = 5
_MIN_PAGE_LABELS = 2
_MAX_MENU_WORDS = 3
# A Markdown table row ("| 9 Nov | Shoigu orders the retreat |", "|---|---|"): cells, not prose.
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
# A Markdown code fence: what lies between two fences is code or a log, not reporting.
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
# A rule line between sections, as Markdown draws one ("---", "***", "* * *", "___") and plain
# text too ("===", "———"): a .md file loses it at load, a .txt file kept it as a body sentence
# (a Mozambique newcomer's monitoring-site page had two "---" rows). "###" and "-30-" are a
# release's end marks (sign_off).
_RULE_LINE = re.compile(r"[ \t]*(?:[-*_=~—–][ \t]*){3,}")
# A Markdown footnote definition ("[^1]: Address of 9 November.").
_FOOTNOTE = re.compile(r"[ \t]*\[\^[^\]\s]{1,20}\]:")
# A line that points to other stories ("Related: …", "See also: …", "More on this story").
# "Read also: …" and "Lire aussi : …" as francophone and African sites write it (a Sahel
# newcomer's "Read also: Russia: Putin receives the AES heads of state" was a heading row, so the
# other story's headline counted in the outlet's headline stance).
# Serbian, Bosnian and Albanian pointers too, as the press of Serbia and Kosovo lists its related
# stories ("Povezane vesti:" / "Stojković: Priština krši Briselski sporazum", "Lexo edhe:" /
# "Dervishi: Sulmi te Soçanica ishte i planifikuar": a Kosovo newcomer's RTS and Koha pages had
# the headlines under them as heading rows mentioning Stojković, Kosovo, KFOR and Dervishi).
_LOCAL_PROMO = (r"povezane\s+v(?:ij)?esti | vezane\s+v(?:ij)?esti"
                r" | pro[čc]itajte\s+(?:jo[šs]|i|takođe)"
                r" | lexo(?:ni)?\s+(?:edhe|m[ëe]\s+shum[ëe]) | lajme\s+t[ëe]\s+ngjashme")
_PROMO_LINE = re.compile(
    rf"""[ \t]*(?: related(?:\s+(?:articles?|stories|content|coverage|reading|topics))?
      | see\s+also | also\s+see | read\s+(?:next|also) | also\s+read
      | (?:à\s+)?lire\s+aussi | recommended(?:\s+reading)?
      | more\s+on\s+this\s+(?:story|topic)
      # (Spanish: "Lea también: Venezuela denuncia ante la ONU …", a Venezuela newcomer's
      # teleSUR heading row with two mentions)
      | le[ae]\s+también | te\s+puede\s+interesar | noticias\s+relacionadas
    )\s*[:|–—\-]
    # a Serbian or Albanian pointer with a dash only before the headline's capital: "Povezane
    # vesti - prema navodima Prištine - nisu tačne, rekao je Petković." (a breaker's, had become
    # a promo_line) is a sentence
    | (?:{_LOCAL_PROMO})\s*(?:[:|]|[–—\-]\s*(?-i:(?=[A-ZÀ-ÞЀ-Я0-9„“"])))""",
    re.IGNORECASE | re.VERBOSE,
)
# ... or such a pointer alone on its line, the other story's headline on the next ("Related
# article" / "Ukraine agrees to US ceasefire proposal").
_PROMO_MARKER = re.compile(
    rf"""[ \t]*(?: related(?:\s+(?:articles?|stories|content|coverage|reading|news))?
      | see\s+also | read\s+(?:more|next|also) | also\s+read | (?:à\s+)?lire\s+aussi
      | recommended(?:\s+reading)?
      | more\s+on\s+this\s+(?:story|topic)
      # (Spanish: "Noticias relacionadas" over El Nacional's related headlines)
      | le[ae]\s+también | te\s+puede\s+interesar | noticias\s+relacionadas | {_LOCAL_PROMO} )[ \t]*:?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_PROMO_HEADLINE_WORDS = 20
# ... or a bare "READ:" label in capitals, or "Read:" before the other story's rubric in
# brackets, as Rappler points to its explainers ("READ: [EXPLAINER] What is red-tagging?", a
# Philippines newcomer's question subheading); "Read: the ministry's statement in full" in
# sentence case stays a heading. The bare label only before a headline, a line with no full
# stop closing it: "READ: Aoun met the envoy on Monday and told him Lebanon would not be
# rushed." (a breaker's) is a sentence with its mentions, the label a writer's or a paste's.
_READ_LABEL_PROMO = re.compile(
    r"[ \t]*(?:READ[ \t]*:(?![^\n]*\.['’”\"]?[ \t]*$)"
    r"|(?:READ|Read)[ \t]*:[ \t]*\[[A-Z][A-Z'’ \-]{1,30}\])")
# A video player's label, and the video's title with its running time under it ("Video Ad
# Feedback" / "Witkoff arrives in Moscow for talks with Putin 02:14").
_VIDEO_LABEL = re.compile(r"\bvideo\b", re.IGNORECASE)
_VIDEO_TITLE = re.compile(r"[ \t]*[^\n.!?]{3,150}?\s\d{1,2}:[0-5]\d[ \t]*")
# The languages a page's switch names in words ("Also available in Ukrainian and Russian": a
# Somalia fixer's case, a heading row): a word list, so that a line joining places by "and"
# ("Also available in pharmacies in Lviv and Kharkiv", "… in Lviv and Kharkiv") stays a heading.
_LANGUAGE_NAMES = r"(?:" + "|".join("""
English French Spanish Arabic Russian Ukrainian German Chinese Portuguese Italian Turkish Persian
Farsi Dari Pashto Urdu Hindi Bengali Tamil Punjabi Marathi Somali Swahili Amharic Tigrinya Hebrew
Armenian Azerbaijani Georgian Polish Romanian Belarusian Kazakh Japanese Korean Greek Serbian
Croatian Hungarian Czech Slovak Dutch Hausa Lingala Kinyarwanda Burmese Indonesian Malay
Vietnamese Thai Tigre Berber Tamazight Kurdish Sorani Kurmanji
""".split()) + r")\b"
_LANGUAGES_JOINED = (
    r"(?:this\s+(?:release|article|story|page|post|text)\s+is\s+)?also\s+available\s+in\s*:?"
    rf"\s*{_LANGUAGE_NAMES}(?:\s*,\s*{_LANGUAGE_NAMES}){{0,15}}\s+(?:and|&)\s+{_LANGUAGE_NAMES}\.?")
# The labels of a web page's own interface, as a browser's select-all copies them with the
# article: navigation, sharing, account links, advertising slots, lists of other stories; a
# government site's language switch ("Read this release in: Hindi , Urdu , Marathi", India's
# PIB: an India-Pakistan newcomer's was a heading row).
_WEB_UI = re.compile(
    r"""(?: skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer)
      | (?:main\s+)?menu | search(?:\s+(?:jobs|the\s+site|news))? | sign\s+(?:in|out|up)
      | log\s+(?:in|out) | my\s+account | register | subscribe(?:\s+now)? | print\s+subscriptions
      | share(?:\s+(?:this|on\s+\w+|via\s+\w+))?(?:\s+(?:article|story|page))? | copy\s+link
      | link\s+copied!?
      | e-?mail | print | comments? | advertisement | advert | sponsored(?:\s+content)?
      | reuse\s+this\s+content | listen\s+to\s+this\s+article | back\s+to\s+(?:top|home)
      | (?:[\w'’.]+(?:\s+[\w'’.]+){0,3}\s+[-–—|]\s+)?back\s+to\s+home
      | most\s+(?:viewed|read|popular|shared|commented) | top\s+stories | latest\s+(?:news|stories)
      | related\s+(?:topics|stories|articles|content) | explore\s+more\s+on\s+these\s+topics
      | more\s+on\s+this\s+(?:story|topic) | (?:you\s+)?might\s+also\s+like | trending(?:\s+now)?
      | (?:published|updated|posted)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago
      | (?:read\s+this\s+(?:release|article|story|page|post)\s+in\s*:?|read\s+in\s*:
      # ... or the page saying it is in other languages too: "This article is also available in:
      #   Українська, Русский" (a breaker's, a heading row), "Also available in: English | Français"
         | (?:this\s+(?:release|article|story|page|post|text)\s+is\s+)?also\s+available\s+in\s*:?)
        \s*[^\s,|/:]+(?:\s*[,|/]\s*[^\s,|/:]+){0,15}
      # ... the languages in words, joined by "and" ("Also available in Ukrainian and Russian")
      | """ + _LANGUAGES_JOINED + r"""
    )[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
# A line of the page's links joined by bars: an interface label and pointers that send the
# reader somewhere ("[Read the full data set](…) | [Subscribe](…)", a Mozambique newcomer's
# Markdown monthly: the heading row "Read the full data set | Subscribe"). Every item a label
# (_WEB_UI) or a short imperative of these verbs, one a label at least: a headline before a bar
# is none ("Read my lips | Opinion").
_LINK_BAR_SEPARATOR = re.compile(r"[ \t]+[|•·][ \t]+")
_READER_POINTER = re.compile(
    r"[ \t]*(?i:read|view|see|explore|download|browse|visit|get|watch|listen\s+to|follow|join|"
    r"donate|support)\b")
_MAX_POINTER_WORDS = 6


def _is_link_bar(line: str) -> bool:
    """Whether ``line`` is a bar of the page's links (:data:`_LINK_BAR_SEPARATOR`)."""
    items = _LINK_BAR_SEPARATOR.split(line.strip())
    if "\n" in line or len(items) < 2 or _ends_sentence(line):
        return False
    labels = [bool(_WEB_UI.fullmatch(item)) for item in items]
    return any(labels) and all(label or (_READER_POINTER.match(item) is not None
                                         and len(_words(item)) <= _MAX_POINTER_WORDS)
                               for label, item in zip(labels, items))


# A photo caption's credit ("… Photograph: AP", "Image source, Getty Images", "(Photo by …)").
# The credit's own word may close it after the caption's sentence, as African news sites print
# it under a "Photo:" label ("Photo: File photo of Rwandan troops in Mocímboa da Praia. Credit:
# RDF", a Mozambique newcomer's Club of Mozambique page: a heading row, two headline stance rows
# on Rwanda); a "Credit:" opening a long clause is no credit. EFE labels its captions and credits
# its photographer after the agency and a slash: "(Photo caption: Displaced families wait for food
# at a shelter in Cúcuta, Colombia, on October 13, 2025. EFE/Mario Caicedo)" (a Colombia
# newcomer's: two body sentences mentioning Colombia); Reuters, AFP and EPA credit so too ("…
# Kyiv. REUTERS/Gleb Garanich").
_CAPTION_CREDIT = re.compile(
    r"""(?: ^\W*(?:image|photo|picture)\s+(?:source|caption|credit)s?\s*[,:]
      # (the agency in capitals, the photographer's given name and surname: not "Russia/Ukraine")
      | (?:^|[.!?]\s+)\(?(?-i:[A-Z]{2,10}|Reuters)/(?-i:[A-Z][\w'’\-]+)
        (?:\s+(?-i:[A-Z][\w'’\-]+)){1,3}\s*\)?\s*$
      # ("Foto:" as Serbian, Albanian and most other European languages label it)
      | (?:^|[.!?]\s+|[|/]\s*)(?:(?:photograph|photo|foto|picture|image|illustration)s?(?:\s+credit)?
          |credits?)\s*:
        \s*\S+(?:\s+\S+){0,5}\s*$
      | \((?:photo|picture|image)s?\s+(?:by|courtesy\s+of|credit)\b[^)]{0,80}\)\s*$
      # ... or after a dash closing the caption's sentence, as Dawn credits it ("Stranded trucks
      # line the highway near Torkham on Thursday. — Photo by author", a Pakistan newcomer's
      # body sentence); not a dash inside a sentence ("… on Thursday — photos by residents
      # showed …")
      | [.!?]['’”"]?\s+[—–]\s*(?:file\s+)?(?:photo|picture|image)s?\s+(?:by|courtesy(?:\s+of)?)
        \s+\S+(?:\s+\S+){0,4}\s*$
      # Spanish captions (a Venezuela newcomer's teleSUR and El Nacional pages: body and heading
      # rows): "Pie de foto: Efectivos de la FANB … (Foto: Prensa FANB)", the credit in brackets
      # closing it, and "Foto: Blindados venezolanos … satelitales. Cortesía", its credit's word
      | ^\W*pie\s+de\s+(?:foto|imagen|fotografía)\s*:
      | \((?:foto|fotos|imagen|fotografía)\s*:[^()\n]{1,60}\)\s*$
      | ^\W*(?:foto|fotografía|imagen)\s*:[^\n]*[.!?]\s+(?:cortesía|archivo)\b[^.!?\n]{0,40}$
      | \bvia\s+getty\s+images\s*\)?\s*$
      # a caption in brackets on its own line, "[Photo: A “state border” sign installed by
      # Russian forces near Khurvaleti. Credit: Civil.ge]" (a Georgia newcomer's: two body
      # rows, one a partial quote, mentioning Russia)
      | ^\[\s*(?:photo|picture|image|video|illustration)s?\s*:[^\[\]\n]*\]\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_CAPTION_WORDS = 40
# ... or the photographer's name before the agency's, in brackets closing the caption after its
# sentence, as the Times of Israel credits its photos ("Smoke rises after an Israeli strike on
# the southern Lebanese village of Kfar Rumman, October 21, 2025. (Rabih Daher/AFP)", a Lebanon
# newcomer's Markdown caption: two body sentences, one mentioning Israel): two to four
# capitalised words, a slash, an agency in capitals or a photo agency's name. The brackets
# after a sentence's end only, so a headline's "(NATO/EU Council)" stays a heading's.
# A fixer's cases: the credit alone on its line too, with a "Photo:" label in the brackets, "(Photo:
# Hassan Ammar/AP)", or a wire's name in title case, "(Ali Hashisho/Xinhua)" (body sentences
# and a heading row had been); or the outlet's name before the photographer's, as the Kyiv
# Independent credits, "(Kyiv Independent/Oleksii Kovalov)" (:data:`_OUTLET_PHOTOGRAPHER_CREDIT`).
_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:[.!?]['’”\"]?\s+|^[ \t]*[*_]*)\((?:(?i:photo|picture|image)s?[ \t]*:[ \t]*)?"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*/\s*"
    r"(?:[A-Z]{2,10}|Getty\s+Images|Reuters|Flash90|Shutterstock|Xinhua|Anadolu|Sputnik"
    r"|Ukrinform)\)[*_]*\s*$")
_OUTLET_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:[.!?]['’”\"]?\s+|^[ \t]*[*_]*)\((?:(?i:photo|picture|image)s?[ \t]*:[ \t]*)?"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s*/\s*"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\)[*_]*\s*$")

def _reads_as_a_persons_name(words: str) -> bool:
    """The photographer's part of a bracketed credit reads as a person's name: its first word a
    given name the name data knows (speakers._given_name) and no word of it a body's or a
    title's. A wire's source credit closing a body sentence names a body, not a photographer:
    "Israeli strikes killed 12 people in the south on Sunday. (Health Ministry/NNA)" and "…
    (Army Radio/AFP)" (a breaker's) stay body sentences with their mentions."""
    from .speakers import ORG_NOUNS, TITLE_WORDS, _given_name, _norm  # (speakers imports this module)

    parts = words.split()
    return _given_name(parts[0]) and not any(_norm(w) in ORG_NOUNS | TITLE_WORDS for w in parts)


# A bracketed credit after a report names its source, not a photographer: a breaker's "“This is
# pure terror,” Zelensky wrote on Telegram. (Telegram/Volodymyr Zelensky)", "… the air force said.
# (Ukrinform/Yuriy Ihnat)", "“We are ready for a ceasefire,” the minister said in Ankara. (Hakan
# Fidan/Anadolu)", "The plan was drafted by the two US envoys. (Steve Witkoff/Jared Kushner)" and
# "Ukraine's foreign minister called the strike a war crime. (Foreign Ministry/Andrii Sybiha)" had
# been captions, the body sentence and its quote lost. A caption shows (present tense, no
# quotation): "Rescuers search the rubble in Kyiv on June 17, 2025. (Kyiv Independent/Oleksii
# Kovalov)" stays one.
_SOURCE_CREDIT_REPORT = re.compile(
    r"[“”\"«»]|\b(?:said|says|told|tells|wrote|writes|posted|added|stated|announced|claimed"
    r"|denied|denies|described|called|confirmed|warned|according\s+to)\b")
_SOURCE_CREDIT_WORDS = frozenset(
    "ministry office interview presidency government embassy spokesperson spokesman".split())


def _credits_a_source(paragraph: str, credit: re.Match, names: _RegistryNames) -> bool:
    """Whether a photographer's bracketed credit (:data:`_PHOTOGRAPHER_CREDIT`) closes a report
    and names its source: the sentence before it quotes or reports ("said", "wrote", "denied" …:
    :data:`_SOURCE_CREDIT_REPORT`), or a side of the slash is a registry person or holds a
    source's word ("Ministry", "Office", "Interview")."""
    if _SOURCE_CREDIT_REPORT.search(paragraph, 0, credit.start() + 1):
        return True
    inside = paragraph[paragraph.index("(", credit.start()) + 1:].rstrip("*_ \t)")
    sides = [side.strip() for side in inside.split("/")]
    return any(side.casefold() in names.persons
               or any(word.casefold().replace("’", "'").removesuffix("'s") in _SOURCE_CREDIT_WORDS
                      for word in side.split())
               for side in sides)

# ... or a line labelled "Photo:" closing on its credit in brackets, the outlet's or agency's
# initials in capitals, a slash and the photographer's name ("Photo: BIR soldiers on patrol in
# Ndop (CT/Elvis Teke)": a Cameroon newcomer's Cameroon Tribune caption had been a heading row,
# a headline stance row toward Cameroon); the label and the credit both, so a headline closing
# on such brackets ("Talks in Brussels (NATO/EU)") or "Photo:" over a long line stays a heading.
_LABELLED_CAPTION = re.compile(
    r"[ \t]*(?i:photo|foto|picture|image|illustration)s?[ \t]*:[ \t]*\S.{0,240}?"
    # (the outlet's name in title case before the slash too, "Photo: Smoke rises over hills
    # near Amedi on Tuesday. (Rudaw/Sangar Ali)", an Iraqi Kurdistan newcomer's heading row)
    r"\([ \t]*(?:[A-Z]{1,10}|[A-Z][a-z0-9]{1,20})[ \t]*/[ \t]*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}"
    r"[ \t]*\)[ \t]*")
# A broadcast transcript's cue on a line of its own names what is heard, as a caption names
# what is seen: a newcomer's radio transcript had "(SOUNDBITE OF ARCHIVED RECORDING)" scored a
# body sentence; "(CROSSTALK)", "(LAUGHTER)", "(BEGIN VIDEOTAPE)", a speech's "(Applause.)".
# A guest heard in another language, as CNN and NPR mark it between turns: "(SPEAKING FOREIGN
# LANGUAGE)", "(SPEAKING RUSSIAN)", "(Through interpreter)", "(NON-ENGLISH LANGUAGE SPOKEN)" (a
# reviewer's, scored body sentences); a named language only, so "(Speaking Tuesday …)" is prose.
_CUE_LANGUAGE = (r"(?:foreign|non-english|russian|ukrainian|arabic|hebrew|persian|farsi|french|"
                 r"german|spanish|polish|turkish|chinese|mandarin|cantonese|belarusian|georgian|"
                 r"armenian|azerbaijani|azeri|kazakh|uzbek|serbian|croatian|czech|slovak|"
                 r"bulgarian|greek|dutch|swedish|finnish|estonian|latvian|lithuanian|amharic|"
                 r"tigrinya|somali|swahili|hausa|bambara|pashto|dari|kurdish|tagalog|filipino|"
                 r"vietnamese|thai|indonesian|burmese|bengali|"
                 r"hungarian|romanian|italian|portuguese|japanese|korean|hindi|urdu|english)")
_TRANSCRIPT_CUE = re.compile(
    rf"""[ \t]*[(\[][ \t]*(?:
        # not a sentence in brackets: "(Audio of the call was released by the SBU.)", a breaker's
        (?:soundbite|sound|audio|video|clip)\s+of\s+
        (?![^()\[\]\n]*\b(?:was|were|is|are|could|can|has|have|had|been|be|will)\b)
        [^()\[\]\n]{{1,60}}
      | (?:begin|end)\s+(?:video\s*clip|video\s*tape|audio\s*clip|audio|video|clip|soundbite|
            live\s+feed|recording)
      | speaking\s+(?:in\s+)?(?:a\s+)?{_CUE_LANGUAGE}(?:\s+language)?
      | (?:foreign|non-english)\s+language(?:\s+spoken)?
      | (?:through|via)\s+(?:an\s+|a\s+)?(?:interpreter|translator|translation)
      | translated
      | cross[\s\-]*talk|laughter|laughs|applause|cheers|cheering|inaudible|unintelligible|music|
        commercial\s+break|silence|gunfire|explosions?|sirens?
    )[ \t]*\.?[ \t]*[)\]][ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
# A byline standing alone ("By Jane Doe", "By Jane Doe and John Roe, BBC News").
_BYLINE_NOT = ("|".join(WEEKDAYS + MONTHS) + r"|then|"
               r"now|dawn|dusk|noon|midnight|nightfall|evening|morning|contrast|comparison|"
               r"early|late|mid|the|all|some|most|law|far|default|chance|design|mistake")
_BYLINE = re.compile(
    # a rubric may open it ("Analysis by Dr. Hala Mansour, senior fellow, …"), and a newsroom's
    # staff close it ("By Horn Observer staff"); newcomers' bylines had been scored headings
    # ... and may stand in brackets, as CNA closes a story: "(By Joseph Yeh and Matt Yu)" (a Taiwan
    # newcomer's, a body sentence)
    r"[ \t]*\(?(?:(?:Analysis|Commentary|Opinion|Interview|Text|Words|Photos?|Video)\s+by|[Bb]y)"
    # not a time ("By Friday, Russian forces had seized …", a breaker's)
    rf"\s+(?!(?i:{_BYLINE_NOT})\b)[A-Z][\w'’.\-]*"
    r"(?:\s+(?:[A-Z][\w'’.\-]*|and|&|de|van|von|al-\w+|of(?=\s+[A-Z])))*"
    r"(?:\s+(?:staff|correspondents?|reporters?|writers?|desk))?\)?[ \t]*(?:[,|–—\-].{0,60})?$"
    # ... or a newsroom's team after "the", which a name never takes ("By the Cabo Ligado team |
    # 5 August 2025", a Mozambique newcomer's Markdown monthly: a heading row)
    r"|[ \t]*\(?[Bb]y\s+the\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}"
    r"\s+(?:team|staff|desk|newsroom|editors|editorial\s+(?:board|team))\)?"
    r"[ \t]*(?:[,|–—\-].{0,60})?$"
    # ... or a bureau's line: "Moscow bureau", "*Abu Dhabi bureau*"
    r"|[ \t]*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}\s+(?i:bureau|desk|newsroom)[ \t]*$"
    # ... or the newsroom's own correspondent, unnamed: "From our correspondent in Port Sudan"
    r"|[ \t]*(?i:from|by)\s+(?i:our|a|an)\s+(?:(?i:own|special|staff)\s+)?"
    r"(?i:correspondent|reporter|reporters|staff)(?:\s+(?i:in)\s+[A-Z][\w'’.\-]*"
    r"(?:\s+[A-Z][\w'’.\-]*)*)?[ \t]*$"
    # ... and without "From" or "By", alone on its line, as Pakistani papers credit a story
    # ("Our Correspondent" under an Express Tribune headline, a Pakistan newcomer's heading row;
    # "Our correspondent said the town fell." is prose)
    r"|[ \t]*(?i:our)\s+(?:(?i:own|special|staff)\s+)?(?i:correspondents?|reporters?)"
    r"(?:\s+(?i:in)\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)?[ \t]*$")
_MAX_BYLINE_WORDS = 14
# A wire's staff credit at the story's end: "(Reporting by Tom Balmforth; Editing by Alex
# Richardson)", "Reporting by X in Kyiv; additional reporting by Y; Editing by Z" — names,
# places and "and" only, so "Reporting by Ukrainian journalists … showed …" stays a sentence;
# "Reuters bureaux" too ("Reporting by Olena Harmash in Kyiv and Reuters bureaux; Editing by …"),
# and a reporter "at" a body's seat ("… and Michelle Nichols at the United Nations", a
# newcomer's two-bureau credit had been a body sentence with a UN mention; "the" only before a
# capital).
_CREDIT_PART = (r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|"
                r"written|edited)\s+by)\s+[A-Z][\w'’./\-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’./\-]*|and|"
                r"in|at|the(?=\s+[A-Z])|&|staff|correspondents?|reporters?|bureaux|bureaus?))*")
# The place a wire's reporter filed from: "Washington", "Dubai, United Arab Emirates", "Kyiv and
# Lviv, Ukraine" -- capitalised words only, so "… reported from Kyiv that the blasts …" is prose.
# A dot only inside a word ("D.C"): the full stop after it is the line's, one way to read it.
_CREDIT_PLACE = (r"[A-Z](?:[\w'’\-]|\.(?=\w))*(?:(?:[ \t]+|,[ \t]*)"
                 r"(?:[A-Z](?:[\w'’\-]|\.(?=\w))*|and|al-[\w'’\-]+))*")
# (not a live blog's "Explosions reported from Kyiv, Odesa and Kharkiv.", a breaker's)
_CREDIT_NAME = (r"(?!(?:Explosions|Blasts|Attacks|Strikes|Fighting|Shelling|Clashes|Gunfire|"
                r"Sirens|Casualties|Damage|Deaths|Injuries|Losses|Drones|Missiles|Outages|"
                r"Incidents|Protests|Arrests)\b)[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}")
# A wire's staff role before a contributor's name: "Associated Press writer", "AP writers".
_WIRE_ROLE = (r"(?:Associated\s+Press|AP|AFP|Reuters)\s+(?:staff\s+)?(?:writers?|reporters?|"
              r"correspondents?|journalists?|videojournalists?|photographers?)")
# A wire's line crediting a contributor, which may follow another on the same line.
_WIRE_CREDIT = (
    # "Reuters' Kyiv bureau contributed to this report." (a breaker's), "Associated Press writer
    # Jon Gambrell contributed from Washington." (a newcomer's AP wire)
    # (not a passive: "Most of the troops were contributed from Poland", a breaker's)
    r"\(?[A-Z][^.;!?()\n]{0,80}(?<!\swas)(?<!\swere)(?<!\sbeen)\s+contributed(?:\s+reporting)?\s+"
    rf"(?:to\s+this\s+(?:report|story|article)|from\s+{_CREDIT_PLACE})\.?\)?"
    # "Associated Press writers Lolita C. Baldor in Washington and … contributed."
    # ... "to this report" after it too ("Associated Press writers Lolita C. Baldor and Jon
    # Gambrell contributed to this report." had been a body sentence: the initial's full stop
    # is no part of the first form)
    rf"|{_WIRE_ROLE}\s+[A-Z]"
    r"(?:(?!\s+contributed\b)[^;!?()\n]){0,120}\s+contributed(?:\s+reporting)?"
    r"(?:\s+to\s+this\s+(?:report|story|article))?\.?"
    # the AP's closing line: "Gambrell reported from Dubai, United Arab Emirates." -- a name, not
    # "Russia's defence ministry reported from its briefing that …"; with the reporter's role
    # ("Associated Press writer Cara Anna reported from Kyiv, Ukraine.", an Ethiopia newcomer's:
    # a body sentence with two mentions of Ukraine)
    rf"|(?:{_WIRE_ROLE}[ \t]+)?{_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CREDIT_NAME})*"
    r"[ \t]+reported[ \t]+from"
    rf"[ \t]+{_CREDIT_PLACE}"
    # ... and the second reporter's place after it: "Karmanau reported from Tallinn, Estonia;
    # Novikov from Kyiv.", "… from Kyiv, Ukraine, and Litvinova from Tallinn." (a reviewer's)
    rf"(?:(?:[ \t]*;|,?[ \t]+and)[ \t]+{_CREDIT_NAME}[ \t]+(?:reported[ \t]+)?from[ \t]+"
    rf"{_CREDIT_PLACE})*\.?")
_STAFF_CREDIT = re.compile(
    # "With reporting by RFE/RL's Georgian Service" (a Georgia newcomer's last line: a heading
    # with a mention of Georgia, a headline stance row)
    rf"[ \t]*\(?(?i:with\s+)?{_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})*\s*\)?\.?[ \t]*$"
    # one wire credit or several on a line ("Gambrell reported from Dubai, United Arab Emirates.
    # Associated Press writer Jon Gambrell contributed from Washington.")
    rf"|[ \t]*(?:{_WIRE_CREDIT})(?:[ \t]+(?:{_WIRE_CREDIT}))*[ \t]*$")
_MAX_CREDIT_WORDS = 45
# The names a "reported from" credit gives its reporters: the names before "reported from" and
# before each further "from" ("Karmanau reported from Tallinn, Estonia; Novikov from Kyiv.").
_CREDITED_NAMES = re.compile(
    rf"({_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CREDIT_NAME})*)"
    r"[ \t]+(?:reported[ \t]+)?from\b")
_CREDITED_NAME_SPLIT = re.compile(r",[ \t]*|[ \t]+and[ \t]+")
# ... exactly: the names opening the line before "reported from", and each later reporter's
# name alone before "from" (not the place before it: "… from Kharkiv and Zaluzhnyi from …").
_FIRST_CREDITED_NAMES = re.compile(
    rf"[ \t]*({_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CREDIT_NAME})*)[ \t]+reported[ \t]+from\b")
_LATER_CREDITED_NAME = re.compile(rf"(?:;|,?[ \t]+and)[ \t]+({_CREDIT_NAME})[ \t]+from\b")
# A time or date stamp standing alone, as live blogs and copied pages print them:
# "14:32", "14.20 GMT", "Updated 11:05 am ET", "Fri 11 Nov 2022 14.20 GMT", "2h ago".
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
_ZONE = (r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|ET|EST|EDT|CT|PT|PST|PDT|IDT|IST|AST|EAT|GST|"
         r"CAT|WAT|SAST|MMT|ICT|WIB|PKT|AFT|IRST|JST|KST|HKT|SGT|AEST|AEDT|NPT|BDT|"
         # the Americas' zones ("Updated 13 October 2025, 17:45 COT", a Colombia newcomer's
         # live blog: a heading row)
         r"COT|VET|PET|ECT|BOT|ART|BRT|CLT|CLST|UYT|PYT|CST|CDT|MST|MDT|HST|AKST|"
         r"(?:Kyiv|Kiev|Moscow|local)\s+time)")
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_DATE = (rf"(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?"
         rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
         # (a trailing dot after the year, as Serbian and Croatian write the date in figures,
         # "18.11.2026. 09:15": Kosovo Online's stamp under a Kosovo newcomer's story)
         rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\.?)")
# A news site's section name.
_SECTION = (r"(?:Humanitarian\s+Aid|Peace|Security|Human\s+Rights|Climate|Environment|Health|"
            r"Women|Migrants|Refugees|Law|Crime\s+Prevention|SDGs|Economic\s+Development|"
            r"Culture|Education|UN\s+Affairs|World|Politics|Business|Opinion|News|Europe|Africa|"
            r"Asia|Americas|Middle\s+East|Sport|Science|Technology|Central\s+Asia|North\s+Africa|"
            r"Latin\s+America|Caribbean|Global)")
# A site's rubric, as think tanks print it over a piece's date ("Commentary", "Report N°301").
_RUBRIC = (r"(?:Commentary|Analysis|Opinion|Op-Ed|Report|Briefing|Q&A|Statement|Explainer|"
           r"Interview|Feature|Editorial|Speech|Podcast)(?:\s+(?:N[°o]\.?\s*)?\d{1,4})?")
_UPDATE_BRACKET = re.compile(r"\s*\[\s*(?i:last\s+update[ds]?)\s*:[^\]\n]{1,60}\]\s*$")
_TIMESTAMP = re.compile(
    # (a broadcast's air date too, with its transcript's note: "Broadcast 10 November 2025.
    # Transcript.", a Georgia newcomer's Imedi TV transcript had two body rows there; "Broadcast
    # 18 September 2025", a Mozambique newcomer's DW transcript, a heading row)
    rf"""[ \t]*(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|broadcast|aired)
      (?:\s+(?:on|at))?\s*:?\s*)?
    # a site's rubric and section before the date: "Commentary / Africa 20 March 2025" (Crisis
    # Group; an Ethiopia newcomer's "Commentary / Europe 20 March 2025" was a heading mentioning
    # Europe), "Q&A / Middle East & North Africa 5 May 2024", "Opinion 3 May 2024"
    (?:{_RUBRIC}(?:\s*/\s*{_SECTION}(?:\s+(?:&|and)\s+{_SECTION})?)?\s+)?
    (?: (?:{_DATE})(?:\s*(?:,|at|-|–)?\s*{_CLOCK}(?:\s*{_ZONE})?)?
      | {_CLOCK}(?:\s*{_ZONE})?(?:\s*(?:,|on|-|–)?\s*{_DATE})?
      | \d+\s*(?:s|m|min|mins|minutes?|h|hrs?|hours?|d|days?)\s+ago | just\s+now
      # ("Updated a day ago", under Dawn's headline)
      | an?\s+(?:minute|hour|day|week)\s+ago
    )
    # a page's date and its section: "1 August 2024 — Humanitarian Aid" (UN News; not a
    # timeline's "24 February 2022 — Russia Invades Ukraine")
    (?:\s*[—–]\s*{_SECTION}(?:\s+(?:&|and)\s+{_SECTION})?)?
    (?:\.?\s+(?:full\s+|rush\s+)?transcript\.?)?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)


# Two stamps on one line, the second opening with its own word, as Dawn prints them under the
# headline ("Published November 14, 2026 Updated a day ago", a Pakistan newcomer's heading row):
# each part a stamp (:data:`_TIMESTAMP`), so "Kyiv updated its plan on May 3" is none.
_SECOND_STAMP = re.compile(r"[ \t]+(?=(?i:(?:last\s+)?(?:updated|modified))\b)")
# ... and a print edition's line after the body, the outlet's name and the date ("Published in
# Dawn, November 14th, 2026", "Published in The Express Tribune, November 13th, 2026.", a
# Pakistan newcomer's heading and body rows): up to five capitalised words, "The" among them,
# then the date alone, so "Published in Kyiv, the report found …" stays prose.
_PRINT_EDITION_LINE = re.compile(
    rf"[ \t]*Published\s+in\s+(?:[A-Z][\w'’&.\-]*\s+){{0,4}}[A-Z][\w'’&.\-]*,\s+"
    rf"(?i:{_DATE})\.?[ \t]*")


def _two_stamps(paragraph: str) -> bool:
    """Whether ``paragraph`` is two date stamps on one line (:data:`_SECOND_STAMP`)."""
    parts = _SECOND_STAMP.split(paragraph.strip(), maxsplit=1)
    return len(parts) == 2 and all(_TIMESTAMP.fullmatch(part) for part in parts)


# A French month, as French communiqués and sites date their pages.
_FRENCH_MONTH = (r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
                 r"novembre|d[ée]cembre)")
# A Serbian month (Latin or Cyrillic, nominative or genitive: "novembar", "novembra") or an
# Albanian one after its day, the day's dot as Serbian writes it, as the press of Serbia and
# Kosovo dates its pages: "Beograd, 18. novembar 2026.", "Prishtinë, 19 nëntor 2026" (a Kosovo
# newcomer's RTS and Koha Ditore stamps were heading rows mentioning Serbia and Kosovo). Only
# after its day: "mart", "maj", "mars" alone are no dates.
_BALKAN_MONTH = (r"(?i:(?:januar|februar|mart|april|maj|jun|jul|avgust)a?"
                 r"|(?:septemb|oktob|novemb|decemb)(?:ar|ra)"
                 r"|(?:јануар|фебруар|март|април|мај|јун|јул|август)а?"
                 r"|(?:септемб|октоб|новемб|децемб)(?:ар|ра)"
                 r"|janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor"
                 r"|dhjetor)(?!\w)")
_BALKAN_DAY_MONTH = rf"\d{{1,2}}\.?[ \t]+{_BALKAN_MONTH}"
# ... a Spanish month too (its stamps: _SPANISH_TIMESTAMP; its datelines: _DAY_MONTH)
_SPANISH_MONTH = (r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
                  r"octubre|noviembre|diciembre)")
# ... and a French site's stamp: "Mis à jour le 31 mars 2025 à 10h12", "Publié le 4 juin 2024,
# 09:15", "12 mars 2025" (French dates: _TIMESTAMP reads English months and clocks only).
# The stamp's word may date the page in figures ("Publié le 12/03/2025 à 10h15"), and a second
# stamp may follow the first ("…, modifié le 12/03/2025 à 14h02"): a Somalia fixer's case had
# been a heading row. A date in figures needs the word: alone it is no French stamp. Sites print
# the second stamp after a comma, a bar or a dash, or after a plain space ("Publié le 12/03/2025
# à 10h15 Modifié le 12/03/2025 à 14h02", a breaker's heading row): the second stamp's word,
# which must follow, marks the join, so no separator is needed.
_FRENCH_STAMP_WORD = r"(?:mis\s+à\s+jour|publi[ée]e?|modifi[ée]e?|actualis[ée]e?)(?:\s+le)?\s*:?\s*"
_FRENCH_STAMP_CLOCK = r"(?:\s*(?:à|,|-|–)\s*\d{1,2}\s*[h:]\s*\d{2})?"
_FRENCH_STAMP = (
    rf"""(?:(?:{_FRENCH_STAMP_WORD})?
    (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?
    (?:1er|\d{{1,2}})\s+{_FRENCH_MONTH}\s+\d{{4}}
    | {_FRENCH_STAMP_WORD}\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}
    # (or how long ago, after the stamp's word: "Publié le 5 septembre 2025 à 22h10 Mis à jour il
    # y a 2 heures", a fixer's case, a heading row; "• " joins them too)
    | {_FRENCH_STAMP_WORD}il\s+y\s+a\s+\d{{1,3}}\s*(?:minutes?|min|heures?|h|jours?|j|semaines?))
    {_FRENCH_STAMP_CLOCK}""")
_FRENCH_TIMESTAMP = re.compile(
    rf"""[ \t]*{_FRENCH_STAMP}
    (?:(?:\s*(?:,|\||-|–|•|·)\s*|\s+)(?={_FRENCH_STAMP_WORD}){_FRENCH_STAMP})?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class _Piece:
    """One future row: a trimmed span of the article and how it was classified."""

    start: int
    end: int
    paragraph_id: int
    kind: str = "sentence"
    reason: str = ""
    dateline_end: int = 0  # end of a dateline opening the piece (0: none)


# --------------------------------------------------------------------------- text features

def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to exclude surrounding whitespace (empty → start == end)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _last_significant_char(line: str) -> str:
    """Last character that is not whitespace, a closing quote/bracket, a footnote marker
    ("[1]", "[^2]") or an emoji / pictograph ("" if none); spaces before a closer are skipped
    too, as French guillemets have them (a breaker's "Le président Zelensky a déclaré : « Nous
    ne céderons pas. »" ended on a space, no full stop, and was a subheading)."""
    stripped = _TRAILING_MARKS.sub("", line).rstrip(_CLOSERS + _CLOSER_SPACES)
    return stripped[-1] if stripped else ""


def _ends_sentence(line: str) -> bool:
    """True when the line ends with sentence-final punctuation (before closers)."""
    last = _last_significant_char(line)
    return last != "" and last in _TERMINAL


def _words(text: str) -> list[str]:
    """Words that start with a letter (numbers and symbols are not words here)."""
    return _WORD.findall(text)


def _starts_lowercase(line: str) -> bool:
    """True when the line (after opening quotes) starts with a lower-case letter."""
    first = line.lstrip(_QUOTE_START + " \t")[:1]
    return first.isalpha() and first.islower()


def is_title_case(text: str, share: float = _MIN_TITLE_CASE_SHARE) -> bool:
    """Headline style: at least ``share`` of the significant words (two or more; not "of",
    "the", "to" ...) are capitalised, or the text is upper case."""
    significant = [w for w in _words(text) if len(w) > 1 and w.lower() not in _TITLE_CASE_MINOR]
    if len(significant) < 2:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= share


def _is_shouting(text: str) -> bool:
    """True when the text is (nearly) all upper case and long enough to tell."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _MIN_SHOUT_LETTERS:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) >= _MIN_SHOUT_SHARE


# A contact block: an address or a number alone on a line, under a line or two naming whom it
# reaches ("U.S. Africa Command Media Relations" / "africom-media@mail.mil" after a release's
# "-30-", a Somalia newcomer's, a body sentence with a mention of AFRICOM).
# (a number only with its country's code: "2014 - 2022" on a line is no one's number)
_CONTACT_ADDRESS = re.compile(
    r"[ \t]*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\+\d[\d ()\-]{6,}\d)[ \t]*")


def _contact_block(text: str) -> bool:
    """Whether ``text`` is a contact block (:data:`_CONTACT_ADDRESS`): its last line an address
    or a number alone, its other lines (at most two) a name of a few words with no sentence's
    end ("… Media Relations"), not a sentence giving an address ("Write to us at …")."""
    *names, last = text.strip().split("\n")
    return len(names) <= 2 and bool(_CONTACT_ADDRESS.fullmatch(last)) and all(
        len(name.split()) <= 8 and not re.search(r"[!?:;“”\"]|[a-z]{2}\.\s*$", name)
        for name in names)


def _named_contact_line(text: str) -> bool:
    """Whether ``text`` is a contact line (:data:`_CONTACT_LINE`) after the press office's or
    outlet's name and a bar, one line ("IDF Spokesperson's Unit | Media inquiries:
    +972-3-5692000" closing a Lebanon newcomer's IDF statement was a heading row; the contact
    first was one already): every field before the contact a name of a few capitalised words
    (:data:`_PAGE_NAME_FIELD`), so a headline's words before it keep their row."""
    fields = re.split(r"[ \t]+\|[ \t]+", text.strip())
    return "\n" not in text.strip() and len(fields) >= 2 \
        and bool(_CONTACT_LINE.match(fields[-1])) \
        and bool(re.search(r"\S@[\w\-]+\.[a-z]|\+?\d[\d ()\-]{6,}\d", fields[-1])) \
        and all(_PAGE_NAME_FIELD.fullmatch(field) for field in fields[:-1])


# The outlet's own services offered to the reader, as the Inquirer closes a story ("Subscribe to
# INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles." and "For
# feedback, complaints, or inquiries, contact us.", a Philippines newcomer's body sentences):
# "subscribe" with the access it gives, and a reader's feedback or complaints sent to "us".
_SUBSCRIPTION_OFFER = re.compile(
    r"(?i:subscribe)\s+(?:now\s+|today\s+)?(?i:to)\s+[^.!?]{1,60}?\s+(?i:to|and)\s+"
    r"(?i:get|gain|unlock|enjoy)\s+(?:(?i:full|unlimited|exclusive)\s+)?(?i:access)\b")
_READER_NOTES = r"(?:feedback|complaints?|comments?|questions?|inquiries|enquiries|queries|" \
                r"corrections?|suggestions?|tips?)"
_FEEDBACK_CONTACT = re.compile(
    rf"(?i:for\s+{_READER_NOTES}(?:\s*,\s*(?:or\s+|and\s+)?{_READER_NOTES}|\s+(?:or|and)\s+"
    rf"{_READER_NOTES})*\s*,?\s+(?:please\s+)?(?:contact|e-?mail|write\s+to|reach)\s+us)\b")


def _outlet_service_line(plain: str) -> bool:
    """Whether ``plain`` (a line without its marks) opens with the outlet's subscription offer
    or its call for the reader's feedback (:data:`_SUBSCRIPTION_OFFER`,
    :data:`_FEEDBACK_CONTACT`); "Subscribe to this view, …" with no access offered, and
    "For complaints about the army, the ministry set up a hotline." stay prose."""
    return bool(_SUBSCRIPTION_OFFER.match(plain) or _FEEDBACK_CONTACT.match(plain))


def _is_call_to_action(text: str) -> bool:
    """Reader-directed promotion: "Click here", "Follow us on ...", "JOIN ... UPDATES"; a press
    release's contact line ("For media queries, contact ...")."""
    # Platform names are often mangled ("WHAT'SAPP"); apostrophes carry no meaning here.
    plain = text.replace("'", "").replace("’", "").strip().lstrip(_QUOTE_START + "*•-–—>» ")
    quoted = any(q in text for q in "\"“”«»")
    if _CTA_STRONG.search(plain) and (not quoted or _is_shouting(text)):
        return True
    if _CTA_LIKE_PAGE.match(plain) and (not quoted or _is_shouting(text)) \
            and not _REPORTING_CLOSE.search(plain):
        return True
    if _CTA_OUR_PAGE.match(plain) and not quoted:
        return True
    if _CONTACT_LINE.match(plain) and not quoted and not _REPORTED_AFTER.search(plain):
        return True  # not "…, contact your nearest embassy, the Foreign Office told …"
    if _contact_block(text) or _named_contact_line(text):
        return True
    if not quoted and _outlet_service_line(plain):
        return True
    if _CTA_IMPERATIVE.match(plain):
        return _is_shouting(text) or (not quoted and bool(_CTA_TARGET.search(plain)))
    # the outlet's site address before a call to action and a bar ("www.ukmto.org | Follow
    # UKMTO on X @UK_MTO", a Red Sea newcomer's UKMTO warning: a body sentence with a UKMTO
    # row; "Follow @CENTCOM on X | www.centcom.mil" was one already); a headline after the
    # address ("www.ukmto.org | Houthis seize tanker") is none
    fields = _LINK_BAR_SEPARATOR.split(plain)
    if len(fields) == 2 and "\n" not in plain and _SITE_ADDRESS_FIELD.fullmatch(fields[0]):
        return _is_call_to_action(fields[1])
    return False


# A site's address alone ("www.ukmto.org", "https://www.centcom.mil").
_SITE_ADDRESS_FIELD = re.compile(
    r"[ \t]*(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}/?[ \t]*",
    re.IGNORECASE)


def _furniture_reason(text: str) -> str:
    """"player_notice", "embedded_post", "copyright" or "sign_off" for page furniture, else
    ""."""
    if _PLAYER_NOTICE.search(text):
        return "player_notice"
    if (_EMBED_LINK.search(_INLINE_LINK.sub(" ", _CITED_LINK.sub(" ", text)))
            or _EMBED_SIGNATURE.search(text)):
        return "embedded_post"
    if _COPYRIGHT.search(text) or (_REUSE_NOTICE.match(text) or _BARE_REUSE_NOTICE.match(text)) \
            and not _BODY_LINE.search(text) or _SUBSCRIBER_NOTICE.match(text) \
            or _publisher_notice(text):
        return "copyright"
    if _SIGN_OFF.fullmatch(text):
        return "sign_off"
    return ""


# A live blog's or a programme's sign-off, and a column's disclaimer: the newsroom addressing
# the reader, no reporting (newcomers' "That's all from us for today.", "Thanks for
# following.", "The views expressed in this column are the author's own." were body rows).
# So is a press release's or a wire's end mark ("###", "-30-", "(END)", "ENDS"): a newcomer's
# CENTCOM release closed on "###", scored a body sentence.
_SIGN_OFF = re.compile(
    r"""[ \t]*(?:
        \#\#\#|\#[ \t]\#[ \t]\#|-[ \t]?30[ \t]?-|\((?-i:ENDS?)\)|-?(?-i:ENDS?)-?
      | thanks?\s+(?:you\s+)?for\s+(?:following|reading|joining\s+us|watching|listening|
            being\s+with\s+us|staying\s+with\s+us)(?:\s+along)?
            (?:\s+(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates|reporting)[^.!?]{0,60})?
      | that['’]?s\s+(?:all|it)\s+(?:from\s+(?:us|me)|for\s+(?:today|now|tonight))
            (?:\s+(?:for\s+(?:today|now|tonight)|from\s+(?:us|me)))?
            (?:\s*[-–—,]\s*thanks?\s+(?:you\s+)?for\s+following[^.!?]{0,60})?
      | we(?:\s+are|['’]re)\s+(?:closing|pausing|ending|wrapping\s+up)\s+(?:this|our)\s+(?:live\s+)?
            (?:blog|coverage|live\s+blog)(?:\s+(?:now|here|for\s+(?:today|now|tonight)))?
      | this\s+(?:live\s+)?(?:blog|coverage|page)\s+(?:is|has)\s+(?:now\s+)?(?:closed|ended)
      | we['’]ll\s+be\s+back\s+(?:tomorrow|soon|later|on\s+\w+)
      | (?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+(?:this\s+|these\s+|our\s+)?[\w\s-]{1,30}?\s+)?
            (?:are|is)\s+(?:solely\s+)?(?:the\s+author['’]s|those\s+of\s+the\s+author(?:\(s\)|s)?|
            (?:his|her|their)|the\s+writer['’]s)(?:\s+own)?
            (?:\s+and\s+do\s+not\s+necessarily\s+reflect\s+[^.!?]{1,80})?
      # an advisory's disclaimer, what it is for and what its issuer is not liable for ("This
      # information is provided for situational awareness only. UKMTO does not accept liability
      # for decisions taken on the basis of this advisory.", a Red Sea newcomer's UKMTO
      # warning: two body sentences, one a UKMTO row); the loss or decision taken on "this"
      # advisory, so what a state does not accept stays news ("Russia does not accept
      # liability for the crash.")
      | this\s+(?:information|advisory|report|note|warning|notice)\s+is\s+
            (?:provided|given|issued|offered)\s+(?:solely\s+)?for\s+(?:[\w-]+\s+){1,3}?
            (?:purposes\s+)?only
      | (?:we|(?-i:[A-Z])[\w.&'’\-]*(?:\s+(?-i:[A-Z])[\w.&'’\-]*){0,4})\s+(?:does|do)\s+not\s+
            accept\s+(?:any\s+)?(?:liability|responsibility)\s+for\s+(?:any\s+)?
            (?:decisions?|actions?|loss(?:es)?|damages?|errors?|omissions?|consequences|use)\b
            [^.!?\n]{0,100}?\bthis\s+(?:advisory|information|report|note|warning|notice|publication)
      # a letter's greeting to its generic addressee and its closing formula with the sender's
      # name on a line or two under it ("Dear Customer," and "Kind regards,\nA.P. Moller -
      # Maersk", a Red Sea newcomer's Maersk advisory: body sentences, the closing a positive
      # Maersk row); a named addressee ("Dear Mr President,") keeps its row
      | dear\s+(?:valued\s+|all\s+|our\s+)?(?:customers?|clients?|partners?|colleagues|shippers|
            subscribers|readers|members|sirs?(?:\s+(?:or|/)\s+madam)?|madam|all)[ \t]*[,:]
      | (?:(?:with\s+)?(?:kind|best|warm|warmest|kindest)\s+regards|regards|yours\s+(?:sincerely|
            faithfully|truly)|sincerely(?:\s+yours)?)[ \t]*,?
            # (not a sentence on the line under it, its last word in lower case and its full stop:
            # "Kind regards,\nRussia will not stop the war, Lavrov said.", a breaker's, had lost
            # the body line to the sign-off)
            (?:[ \t]*\n(?![^\n]*(?-i:[a-z]{2})\.[ \t]*(?:\n|$))
               [ \t]*(?-i:[A-Z])[^\s!?]*(?:[ \t]+[^\s!?]+){0,7}){0,2}
      # a site's disclaimer of what it reproduces ("We do not endorse the content.", a
      # monitoring site's note under a jihadist claim, a Nigeria newcomer's body sentence);
      # not what someone does not endorse ("We do not endorse the ceasefire plan.")
      | we\s+do\s+not\s+(?:necessarily\s+)?endorse\s+(?:the|this|its|their|such|any)\s+
            (?:content|contents|material|materials|claims?|views|opinions|statements?)
            (?:\s+(?:reproduced|published|quoted|expressed|cited)(?:\s+(?:here|above|below))?)?
      # a wire's pointer to its standards closing its story, as Reuters prints it ("Our
      # Standards: The Thomson Reuters Trust Principles.", a Kosovo newcomer's body sentence);
      # not other words after the label ("Our standards: we check every claim twice, …")
      | our\s+standards\s*:\s*(?:the\s+)?thomson\s+reuters\s+trust\s+principles
      # a think tank's disclaimer closing its commentary, as CSIS prints it ("This commentary is
      # produced by the Center for Strategic and International Studies (CSIS), a private,
      # tax-exempt institution." / "Its research is nonpartisan and nonproprietary.", a
      # Venezuela newcomer's body rows); not what a body is ("The institute, a private charity,
      # …")
      | this\s+(?:commentary|analysis|article|report|brief|piece|critical\s+questions?)\s+
            (?:is|was)\s+(?:produced|published)\s+by\s+[^.!?\n]{1,120}?,\s+an?\s+
            (?:private,?\s+)?(?:tax-exempt|non-?profit|nonpartisan|independent)\s+
            (?:institution|organi[sz]ation|think\s+tank)[^.!?\n]{0,120}
      | its\s+research\s+is\s+(?:nonpartisan|non-partisan)\s+and\s+
            (?:nonproprietary|non-proprietary)
    )[.!]?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_short_line(text: str, headline: bool = False) -> bool:
    """Short enough to be a subheading (``headline``: the article's headline, which may run
    to _MAX_HEADLINE_WORDS words)."""
    if headline:
        return len(text) <= _MAX_HEADLINE_CHARS and len(text.split()) <= _MAX_HEADLINE_WORDS
    return len(text) <= _MAX_HEADING_CHARS and len(text.split()) <= _MAX_HEADING_WORDS


def _could_be_heading(text: str, headline: bool = False) -> bool:
    """Common preconditions of all headings: short, starts like a title, not a quote — unless
    the quotation heads a title after a colon, as the Guardian writes its headlines ("'We sleep
    in the corridor now': Kharkiv residents count the cost"). ``headline``: the length of the
    article's headline (:func:`_long_headline_over_byline`)."""
    stripped = text.lstrip("#*•> ")
    first = stripped[:1]
    if first in _QUOTE_START and (_QUOTE_HEADLINE.match(stripped)
                                  or _QUOTED_SUBHEADING.fullmatch(stripped.rstrip())):
        first = stripped[1:2]
    elif first in _QUOTE_START:
        return False
    return (
        (_is_short_line(text, headline) or bool(_MARKDOWN_HEADING.match(text)))
        and bool(_words(text))
        and (first.isupper() or first.isdigit())
    )


# A Markdown heading's mark: the line is a heading whatever its length (a plain line of more
# than _MAX_HEADING_WORDS words without its full stop is a sentence missing it), as an Ethiopia
# newcomer's AU release headed "## The Chairperson of the African Union Commission welcomes the
# signing of the Permanent Cessation of Hostilities Agreement" (16 words, a body sentence). A
# .txt file's marks stay; a .md file keeps one where it matters (:func:`heading_needs_mark`,
# analysis.corpus.read_markdown) and loses the others.
_MARKDOWN_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")


# A quotation and a colon before a title: "‘We will not leave’: Kherson's last residents".
_QUOTE_HEADLINE = re.compile(r"[‘'“\"][^‘’'“”\"\n]{2,120}[’'”\"][ \t]*:[ \t]+[A-Z0-9]")
# A paragraph that is one short quotation and nothing else, as a feature page quotes a phrase
# of its story as a subheading ("<h2>‘Nowhere to go’</h2>", whose tag the page's text no longer
# has): a heading when it has no full stop (:func:`_heading_reason`); a newcomer's was a quote
# sentence with no speaker. An apostrophe between letters stays inside ("‘Kyiv’s last train’");
# a quoted question or exclamation alone is speech ("“Is it over?”").
_QUOTED_SUBHEADING = re.compile(
    r"[‘'“\"](?:[^‘’'“”\"\n]|(?<=\w)[’'](?=\w)){2,80}(?<![.!?…,;:])[’'”\"]")


# The platform X after "on" / "via" ("Zelensky wrote on X."): a name, not an initial.
_ON_PLATFORM_X = re.compile(r"\b(?:on|via)\s+X\.$")
# A question quoted after its lead-in ends a sentence, not a subheading: "The reporter,
# Oksana Levchenko, pressed: “Minister, do you have any date at all?”"
_QUOTED_QUESTION = re.compile(r"\w[:,]\s*[‘'“\"][^‘’'“”\"\n]*\?\s*[’'”\"]\s*$")


def _reads_as_body(text: str) -> bool:
    """Whether a short line without its stop reads as body copy (:data:`_BODY_LINE`): a wire
    credit at its end or a past-tense attribution; not in capitals, the style of a wire slug or
    a tabloid's headline, whose verb may be past ("ISIS CLAIMED THE ATTACK IN MACOMIA", alone on
    its line, a Mozambique breaker's, was a body sentence in capitals, which mentions skip as
    shouting, so it named no one; as a heading it is read with the capitals undone)."""
    return bool(_BODY_LINE.search(text)) and not _is_shouting(text)


def _heading_reason(text: str, n_sentences: int, headline: bool = False) -> str:
    """"subheading" / "question_subheading" for a standalone paragraph, else "" (``headline``:
    as long as the article's headline may be)."""
    # A heading is one line; a multi-line paragraph is a sentence missing its period.
    if "\n" in text or not _could_be_heading(text, headline) or _reads_as_body(text):
        return ""
    last = _last_significant_char(text)
    if last == "?" and n_sentences == 1 and not _QUOTED_QUESTION.search(text):
        return "question_subheading"
    if last and last not in _TERMINAL and last not in ",;:" + _CONTINUATION_END:
        return "subheading"
    return ""


def heading_needs_mark(line: str) -> bool:
    """Whether the words of a Markdown heading (``line``, without its mark) are read as a
    heading only with the mark: too long for a plain line's heading, and no full stop (a
    marked line with one is a sentence either way)."""
    return bool(_heading_reason("## " + line, 1)) and not _heading_reason(line, 1)


def _is_headline_like(text: str) -> bool:
    """A line that could be one entry of a list of links to other articles."""
    words = text.split()
    last = _last_significant_char(text)
    return (
        len(_words(text)) >= 3
        and len(words) <= _MAX_HEADLINE_WORDS
        and text.lstrip()[:1] not in _QUOTE_START
        and last not in ".,;:" + _CONTINUATION_END
        and is_title_case(text)
    )


# --------------------------------------------------------------------------- paragraphs

def _line_spans(text: str) -> list[tuple[int, int]]:
    """Trimmed spans of the non-blank lines ("\\n"-separated) of text."""
    spans = []
    position = 0
    for line in text.split("\n"):
        start, end = _trim(text, position, position + len(line))
        if start < end:
            spans.append((start, end))
        position += len(line) + 1
    return spans


def _blocks(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group lines into blocks separated by blank lines."""
    blocks: list[list[tuple[int, int]]] = []
    for span in lines:
        if blocks and text.count("\n", blocks[-1][-1][1], span[0]) == 1:
            blocks[-1].append(span)
        else:
            blocks.append([span])
    return blocks


def _is_hard_wrapped(text: str, block: list[tuple[int, int]]) -> bool:
    """True for a block of prose wrapped at a fixed width (e-mail / plain-text style).

    Wrapped lines (all but the last) have similar lengths under a typical width and
    mostly do not end a sentence; one-paragraph-per-line text and headline lists fail.
    """
    if len(block) < _MIN_WRAPPED_LINES:
        return False
    body = [text[s:e] for s, e in block[:-1]]
    widths = [len(line) for line in body]
    if not _MIN_WRAP_WIDTH <= max(widths) <= _MAX_WRAP_WIDTH:
        return False
    if min(widths) < _MIN_WRAP_FILL * max(widths):
        return False
    ending = sum(_ends_sentence(line) for line in body)
    titles = sum(is_title_case(text[s:e]) for s, e in block)
    return ending * 2 <= len(body) and titles * 2 < len(block)


def _is_soft_break(previous: str, following: str) -> bool:
    """True when the newline between two lines is inside a sentence."""
    if _starts_lowercase(following):
        return True
    if previous[-1] in _CONTINUATION_END:
        return True
    last_word = previous.split()[-1]
    if last_word.islower() and last_word in _FUNCTION_WORDS:
        return True
    return (
        not _ends_sentence(previous)
        and len(previous.split()) >= _MIN_BROKEN_LINE_WORDS
        and not is_title_case(previous)
    )


def _is_standalone_line(line: str, previous: str) -> bool:
    """A line that is structure or page furniture (a list item, a table row, a code fence, a
    footnote, a transcript's cue, a timestamp, a label of the page's interface): it never
    continues the line before it — unless, for a time or a label, that line plainly runs on
    ("… resume on" / "May 5")."""
    if (_LIST_ITEM.match(line) or _TABLE_ROW.match(line) or _FENCE.match(line)
            or _FOOTNOTE.match(line) or _TRANSCRIPT_CUE.fullmatch(line)):
        return True
    if not (_TIMESTAMP.fullmatch(line) or _WEB_UI.fullmatch(line) or (
            # a byline under a headline ("By Jake Morrison, Atlas News Network")
            line.lstrip().startswith("By ") and _BYLINE.match(line)
            and len(line.split()) <= _MAX_BYLINE_WORDS)):
        return False
    last_word = previous.split()[-1]
    return previous[-1] not in _CONTINUATION_END and not (
        last_word.islower() and last_word in _FUNCTION_WORDS)


def _is_closed_line(line: str) -> bool:
    """A line after which nothing continues: a table row, a fence, a timestamp, a UI label, a
    transcript's cue, a rule line (a list item may run on over its next lines)."""
    return bool(
        _TABLE_ROW.match(line) or _FENCE.match(line) or _TIMESTAMP.fullmatch(line)
        or _WEB_UI.fullmatch(line) or _TRANSCRIPT_CUE.fullmatch(line) or _is_rule_line(line)
    )


def _is_rule_line(line: str) -> bool:
    """A rule line ("================", "---") closes its line: its last mark is a dash or an
    equals sign, which :func:`_is_soft_break` reads as a line running on, so the line under it
    had joined it ("================" over "National News Agency - Ministry of Information"
    closing a Lebanon newcomer's NNA bulletin was one sentence; now a separator and the line
    on its own)."""
    return bool(_RULE_LINE.fullmatch(line))


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of logical paragraphs; soft line breaks stay inside a paragraph."""
    paragraphs: list[tuple[int, int]] = []
    for block in _blocks(text, _line_spans(text)):
        wrapped = _is_hard_wrapped(text, block)
        start, end = block[0]
        for (prev_start, prev_end), (next_start, next_end) in zip(block, block[1:]):
            previous, following = text[prev_start:prev_end], text[next_start:next_end]
            if _is_standalone_line(following, previous) or _is_closed_line(previous):
                joined = False
            else:
                joined = wrapped or _is_soft_break(previous, following)
            if joined:
                end = next_end
            else:
                paragraphs.append((start, end))
                start, end = next_start, next_end
        paragraphs.append((start, end))
    return paragraphs


# --------------------------------------------------------------------------- sentences

# Splitter backends (see :data:`SPLITTERS`).  "+news" runs the news-convention rules of
# :func:`_news_cuts` over the backend's cuts; "rules" is those rules alone.
SPLITTERS = ("pysbd", "syntok", "spacy", "rules", "pysbd+news", "syntok+news", "spacy+news")
DEFAULT_SPLITTER = "pysbd+news"

# Quote marks blanked for the backends (length-preserving): pysbd never splits inside a
# quotation, but one often runs over several sentences ("Our people. Our Kherson.").
_QUOTE_BLANKS = str.maketrans({q: " " for q in "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a"})
# ’ and ' are quote marks except between two letters or digits (don’t, Kyiv’s).
_SINGLE_MARK = re.compile(r"['’](?!(?<=[^\W_]['’])[^\W_])")
# Characters that may follow a sentence's final punctuation and still belong to it.
_CLOSING = "\"”»’')]}›"
# Characters that may open a sentence before its first word.
_OPENING = "\"“‘'«„([{‹¿¡"
# A candidate boundary: final punctuation, closing marks, then whitespace.
_CANDIDATE = re.compile(r"(?:[.!?…]+|\.\.\.)[\"”»’')\]}›]*(?=\s)")

# Abbreviations that never end a sentence before a capitalised word: titles (Gen. Zaluzhnyi),
# "St. Petersburg", ... (case-sensitive, without the final dot).
_TITLE_ABBREVIATIONS = frozenset("""
Mr Mrs Ms Messrs Mmes Dr Prof Gen Lt Col Maj Capt Cpt Cmdr Cdr Sgt Cpl Pvt Adm Brig Gov Sen Rep
Reps Sens Rev Fr Pres Amb Insp Supt Det Hon Atty Gens Lieut Comdr St Ste Mt Ft Pt Sta Smt
""".split())
# Before a number they do not end a sentence either (Jan. 5, No. 2, Art. 5).
_NUMBER_ABBREVIATIONS = frozenset("""
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos no nos Art Arts Vol Vols Fig Figs
Ch Sec Para Pt pp p para art sec ch fig vol
""".split())
# Lower-case abbreviations that never end a sentence in news prose.
_INNER_ABBREVIATIONS = frozenset("e.g i.e vs v approx cf incl esp ca viz a.k.a c.f".split())
# Abbreviations that end a sentence only when a sentence plainly starts after them
# ("... brokered by the U.S. On Monday, ...") -- dotted acronyms (U.S., U.N., a.m.) too.
_ENDING_ABBREVIATIONS = frozenset("Inc Corp Co Ltd Jr Sr Bros Plc LLC Esq Dept Univ Ave Blvd Rd".split())
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Closed-class words (and a few adverbs) that start sentences; "the U.S. Army" is not one.
_SENTENCE_STARTERS = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my your
one two three four five six seven eight nine ten some many most much more all both each every
few several no none nobody nothing another other such on in at by for from with without after
before during since until while when where why how what who which whose if as but and or nor so
yet then thus still however meanwhile moreover also now today yesterday tomorrow later earlier
last next first asked according despite although though because instead even only not
""".split())
# "“Why?” Olena asked." -- a capitalised word after ?” may be the speaker, not a new sentence.
_ATTRIBUTION_AFTER = re.compile(
    r"(?:[A-Z][\w'’.\-]*\s+){1,4}(?:said|says|asked|asks|shouted|shouts|told|tells|cried|"
    r"replied|added|wrote|writes|wondered|yelled|screamed|demanded|exclaimed)\b"
)

# A dash attribution after a quotation, to the end of the paragraph: "— Olena Marchuk, minister".
_DASH_BYLINE = re.compile(r"\s*(?:—|–|--)\s*[A-Z][^.!?“”\"]{0,120}(?:\.[^.!?“”\"\s][^.!?“”\"]*)*\.?\s*$")

# Datelines: "KHERSON, Ukraine (AP) --", "MOSCOW, Nov 11 (Reuters) -", "Kyiv (CNN) —",
# "WASHINGTON —", "KYIV, April 3 /Ukrinform/ -".  A capitalised place needs an agency.
# A place's letters may carry accents, in capitals or title case ("Bogotá, 16 October 2025",
# "BOGOTÁ, Oct 16 (Reuters) -", "Cúcuta (Colombia), …": a Colombia newcomer's were heading rows
# or no dateline, the city a mention of its state); Latin-1 and Latin Extended-A letters, as
# names write them (TITLE_WORD).
_PLACE_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_LOWER = "a-zß-öø-ÿĀ-ž"
_CAPS_WORD = rf"[{_PLACE_UPPER}][{_PLACE_UPPER}'’.\-]*[{_PLACE_UPPER}.]"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:(?:[ \t]+|/){_CAPS_WORD}){{0,3}}"  # "GAZA/JERUSALEM" too
_TITLE_PLACE = (rf"[{_PLACE_UPPER}][{_PLACE_LOWER}'’\-]+"
                rf"(?:[ \t]+[{_PLACE_UPPER}][{_PLACE_LOWER}'’\-]+){{0,3}}")
# A month, as datelines write it ("MOSCOW, December 20." in Russian state media without its
# "/TASS/.").
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
          r"Aug(?:ust|\.)?|Sep(?:t\.?|tember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
          r"Dec(?:ember|\.)?)")
_YEAR = r"(?:(?:,[ \t]*|[ \t]+)\d{4})"  # ", 2024", or " 2024" after a day-month
# A day and its month, the month in English, or in French as French-language wires and dailies
# date their stories ("Goma (Nord-Kivu), 12 mars 2025 - Les combats …", "Goma, 1er mars 2025 -":
# a breaker's had no dateline, though "Goma, 12 March 2025 -" has one). A French month only
# after its day: "mars", "mai" alone are no dates.
# A Serbian or Albanian month after its day too (:data:`_BALKAN_DAY_MONTH`, "Beograd, 18.
# novembar 2026."); and in Spanish with its year, as teleSUR and EFE date theirs ("Caracas, 13 de
# marzo de 2026 (teleSUR) - El Gobierno …", a Venezuela newcomer's, had no dateline, Caracas a
# mention)
_DAY_MONTH = (rf"(?:\d{{1,2}}[ \t]+{_MONTH}|(?:1er|\d{{1,2}})[ \t]+{_FRENCH_MONTH}"
              rf"|{_BALKAN_DAY_MONTH}"
              rf"|\d{{1,2}}[ \t]+de[ \t]+{_SPANISH_MONTH}(?:[ \t]+del?[ \t]+\d{{4}})?)")
_DATELINE_PART = (
    r"(?:[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2}(?:[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    # the day before the month, as AFP, European, African and Russian outlets write it
    # ("Bamako, 30 July 2024 (ORTM) - …", "Moscow, 30 July (AFP) - …" had no dateline, and
    # the place was a mention of its state)
    rf"|{_DAY_MONTH}{_YEAR}?)"
    # a region as Ukrainian and Russian copy names it ("DOBROPILLIA, Donetsk region -")
    r"(?:[ \t]+(?:region|oblast|province|district|governorate))?"
)
# An outlet's name in brackets may hold digits after its first letter, as Kurdistan24, France
# 24 and Channel 4 credit their copy ("SULAIMANI, Kurdistan Region (Kurdistan24) –", an Iraqi
# Kurdistan newcomer's: no dateline, and "Kurdistan Region" a mention scored for stance); a
# year in brackets opens with its digit ("Kyiv (1991) – …") and stays none. A channel's number
# may open it before a capitalised word, and i24NEWS opens with its small "i" ("KYIV (24
# Channel) –", "JERUSALEM (i24NEWS) –", a fixer's case: no dateline), not "(24 hours later)";
# an outlet's name opening in lower case before its capitals, "(teleSUR)", too.
_AGENCY = (r"(?:\((?:[A-Z]|\d{1,3}[ \t]+[A-Z]|i(?=[A-Z0-9])|[a-z]{1,6}[A-Z])"
           r"[A-Za-z0-9 .&/'’\-]{0,30}\)"
           r"|/[A-Z][A-Za-z .&'’\-]{0,30}/)")
# A gloss in brackets after a dateline's place, before the comma of its date: "Chahid El Hafed
# (Sahrawi Refugee Camps), 14 November 2024 (SPS) -", "Bir Lehlou (Liberated Territories), …"
# (SPS opens its stories so; a newcomer's had no dateline, and the gloss a mention of Sahrawis).
_PLACE_GLOSS = r"(?:[ \t]+\([A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|and|the)){0,4}\)(?=,))"
# A state agency's name closing a dateline with a full stop: "AZERTAC", "RIA Novosti", "BelTA",
# "Ukrinform".
_AGENCY_NAME = (r"(?:[A-Z][A-Z\-]{2,}|[A-Z][A-Za-z]+[ \t]+[A-Z][a-z]+|[A-Z][a-z]*[A-Z][A-Za-z]*|"
                r"[A-Z][a-z]{3,})")
_DATELINE = re.compile(
    rf"""(?:
        # first, as the place and date also open a dash dateline ("MOSCOW, 12 August -")
        (?P<stopped>(?:{_CAPS_PLACE}|{_TITLE_PLACE}),[ \t]*(?i:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})
          {_YEAR}?(?:,|[ \t]*(?:--|—|–|-))[ \t]*{_AGENCY_NAME})\.
      | (?:
            (?P<caps>{_CAPS_PLACE})(?P<parts>(?:,[ \t]*{_DATELINE_PART}){{0,3}})(?:[ \t]*(?P<agency>{_AGENCY}))?
          | (?:{_TITLE_PLACE}|{_CAPS_PLACE}){_PLACE_GLOSS}?(?:,[ \t]*{_DATELINE_PART}){{0,3}}
            [ \t]*{_AGENCY}
          | (?P<title>{_TITLE_PLACE}(?:,[ \t]*{_TITLE_PLACE}){{1,2}})
          | (?P<lone>[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?)
          | {_AGENCY}
        )
        # EFE closes its agency's brackets with a full stop before the dash: "Madrid, Oct 14
        # (EFE).- …", "Cúcuta (Colombia), Oct 14 (EFE).- …" (a Colombia newcomer's had no
        # dateline, the city a mention of Spain scored for stance)
        (?:(?<=[)/])\.)?[ \t]*(?:--|—|–|-)
      | (?:{_CAPS_PLACE}|{_TITLE_PLACE}),[ \t]*{_DATELINE_PART}\.?[ \t]*
        /[A-Z][A-Za-z .&'’\-]{{0,30}}/\.
      | (?P<dated>{_CAPS_PLACE},[ \t]*{_MONTH}[ \t]+\d{{1,2}}\.)
      # ... or a colon, as press releases write it ("Addis Ababa, 3 November 2022: The
      # Chairperson … welcomes …", an Ethiopia newcomer's AU release: no dateline, and the city
      # was a mention of its state), in capitals too ("NEW YORK, 3 November 2022:")
      # (the place's gloss in brackets too, as with an agency: "Laayoune (Western Sahara), 5 May
      # 2025 -", a Somalia fixer's case, had no dateline, the gloss a mention in the lede)
      | (?P<tdated>{_TITLE_PLACE}{_PLACE_GLOSS}?,[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}}|{_DAY_MONTH})
          {_YEAR}?)[ \t]*(?:--|—|–|-)
      # (with its year, and neither a person's words nor a correction after it: "Putin, 9 May:
      # “Victory will be ours”", "Correction, 3 November 2022: An earlier version …", a
      # breaker's)
      | (?!(?:Correction|Clarification|Update|Updated|Editor'?s|Note)\b)
        (?P<cdated>(?:{_CAPS_PLACE}|{_TITLE_PLACE}),[ \t]*
          (?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH}){_YEAR}):(?![ \t]*[“‘"'«])
      | (?P<tagency>{_TITLE_PLACE},[ \t]*[A-Z]{{3,}})[ \t]*(?:--|—|–|-)
      # ... or a place, a date and the agency in brackets with no dash, Focus Taiwan's (CNA's)
      # house style: "Taipei, May 23 (CNA) Taiwan's Ministry …" (a Taiwan newcomer's: no
      # dateline, and the city was a mention of Taiwan), "Kyiv, May 23 (Ukrinform) …"
      | (?P<undashed>(?:{_CAPS_PLACE}|{_TITLE_PLACE}),[ \t]*
          (?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH}){_YEAR}?[ \t]*
          \([A-Z][A-Za-z .&/'’\-]{{0,30}}\))
    )(?=[ \t\n]+[“‘"'«(]?[A-Z0-9])""",
    re.VERBOSE,
)
# TASS's house style: "MOSCOW, May 12. /TASS/."; a state agency's name after the date and a full
# stop ("Baku, 21 September, AZERTAC.", "YEREVAN, MAY 2, ARMENPRESS."), or after a dash as RIA
# Novosti writes it ("MOSCOW, 12 August - RIA Novosti." was a sentence row); a title-case place with its country and no
# agency ("Doha, Qatar –"), as Al Jazeera writes, or a registry place alone ("Kharkiv —"), only
# at an article's top.
#: A transcript's speaker label opening a sentence: capitals, a role after a comma ("STEVE
#: INSKEEP, HOST"), an optional note in brackets ("(through translator)"), a colon.
#: Capitals with accents count ("FATOUMATA CISSÉ:" had been no label, so a newcomer's guest's
#: turns were the host's).
_CAPS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: A briefing's askers may be numbered after their role ("JOURNALIST 1:", "JOURNALIST 2:", a
#: newcomer's had been headings and no turns), each a voice of their own.
_NUMBERED_ROLE = "".join(rf"(?<={role})|" for role in (
    "JOURNALIST", "REPORTER", "CORRESPONDENT", "QUESTIONER", "CALLER")).rstrip("|")
SPEAKER_LABEL = re.compile(
    rf"[ \t]*(?P<label>[{_CAPS}][{_CAPS}'’.\-]+(?:[ \t]+[{_CAPS}][{_CAPS}'’.\-]*){{0,5}}"
    rf"(?:(?:{_NUMBERED_ROLE})[ \t]+\d{{1,2}})?)"
    rf"(?:,[ \t]*(?P<role>[{_CAPS}][{_CAPS}'’.\-]*(?:[ \t]+[{_CAPS}][{_CAPS}'’.\-]*){{0,5}}))?"
    r"(?P<note>[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t]+(?=\S)"
)
#: A capitalised word of a name, Latin-1 letters and a particle's hyphen too ("Krüger",
#: "Al-Mannai").
TITLE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿĀ-ž'’]+)*"
# ... or up to three capitalised words, as interviews print them ("Question: …", "Lavrov: …",
# "Maria Zakharova: …"), not a rubric ("Analysis:", "Opinion:", "Related:") nor the document's
# own word over its title ("Transcript: Is Cabo Delgado safe …?", a Mozambique newcomer's DW page:
# a turn of a speaker "Transcript", so a body sentence beside the manifest's title row).
_RUBRIC = (r"(?!(?:Analysis|Opinion|Watch|Related|Update|Updated|Note|Video|Read|Explainer|"
           r"Listen|Photos?|Live|Breaking|Editorial|Comment|Review|Exclusive|Interview|Factbox|"
           r"Background|Context|Timeline|Summary|Correction|Warning|Source|Sources|"
           r"Transcript|Transcription)\b)")
_WORD_LABEL = re.compile(
    rf"[ \t]*{_RUBRIC}{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,2}}[ \t]*:[ \t]+(?=\S)")
#: ... or capitals and title case mixed, as briefings print the asking outlet ("RIA Novosti: …",
#: "Phoenix TV: …"; a newcomer's "RIA Novosti: What is your comment …?" had been a heading).
MIXED_LABEL = re.compile(
    rf"[ \t]*(?P<label>[A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}})*(?:[ \t]+{TITLE_WORD}){{1,3}}"
    rf"|{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,2}}(?:[ \t]+[A-Z]{{2,}}){{1,2}})[ \t]*:"
    r"[ \t]+(?=[^\s“”\"«»„‘’'])")
# A person's title abbreviated with a full stop ("Dr.", "Prof.", "Gen."), as a briefing writes
# it before an initial ("External Affairs Minister, Dr. S. Jaishankar:" had been no label, so
# the minister's turns went on the spokesperson's and a reporter's); a place's ("St.") is none.
_LABEL_TITLE_ABBREVIATION = "(?:{})\\.".format("|".join(sorted(
    _TITLE_ABBREVIATIONS - {"St", "Ste", "Mt", "Ft", "Pt", "Sta"})))
# A word of a label's part after a comma: title case, capitals or a letter-and-digit name, as
# briefings print an outlet ("WION", "TV9 Bharatvarsh", "The Hindu"); or an initial ("S."), or
# an abbreviated title ("Dr.").
_LABEL_PART_WORD = (rf"(?:{_LABEL_TITLE_ABBREVIATION}|{TITLE_WORD}|[A-Z][A-Z0-9&'’\-]+"
                    rf"|[A-Z][A-Za-z]*\d\w*|[A-Z]\.)")
#: ... or, in a government's briefing transcript, title case with a role or an outlet after a
#: comma, or titles before the name ("Shri Randhir Jaiswal, Official Spokesperson: …",
#: "Foreign Secretary, Shri Vikram Misri: …", "Sidhant Sibal, WION: …", "Wing Commander
#: Vyomika Singh: …"; an India-Pakistan newcomer's MEA transcript had been the ministry's own
#: narration): a label only where :func:`titled_labels` keeps it.
TITLED_LABEL = re.compile(
    rf"[ \t]*{_RUBRIC}(?P<label>(?:{_LABEL_TITLE_ABBREVIATION}|{TITLE_WORD})"
    rf"(?:[ \t]+(?:{TITLE_WORD}|[A-Z]\.)){{0,5}})"
    rf"(?:,[ \t]*(?P<role>(?:The[ \t]+)?{_LABEL_PART_WORD}"
    rf"(?:[ \t]+(?:of|for|and|the|{_LABEL_PART_WORD})){{0,5}}))?"
    r"[ \t]*:[ \t]+(?=[^\s“”\"«»„‘’'])")


def titled_labels(matches: list[re.Match[str] | None]) -> list[re.Match[str] | None]:
    """An article's :data:`TITLED_LABEL` matches (one per line or row, None where there is
    none), kept only where they make a transcript: three or more lines labelled so, one label
    (its role too) opening two of them, as a briefing's speakers come back; else all None.
    A profile's "Foreign Secretary Vikram Misri: a profile", a headline's "Prime Minister
    Modi: India will respond" or a list's "Key Points: …" stay what they were."""
    found = Counter(" ".join((m["label"] + "," + (m["role"] or "")).split())
                    for m in matches if m is not None)
    if sum(found.values()) < 3 or max(found.values()) < 2:
        return [None] * len(matches)
    return matches


def asking_labels(matches: list[re.Match[str] | None], lines: list[str], others: int
                  ) -> list[re.Match[str] | None]:
    """The :data:`TITLED_LABEL` matches (one per line, None where there is none) of a
    reporter's question in a transcript fewer than three such lines make (see
    :func:`titled_labels`): a name of two or three words, a part after a comma (the outlet),
    a line that asks ("Tatevik Hayrapetyan, Azatutyun: Baku demands a new Constitution. Will
    you hold a referendum?"), where ``others`` (two or more) lines open with another
    transcript label ("NIKOL PASHINYAN:", "Q:" / "A:"); else None. An Armenia-Azerbaijan
    newcomer's had gone on with the prime minister's turn. "Kavita Rao, Congress: The
    government failed." asks nothing and stays what it was."""
    if others < 2:
        return [None] * len(matches)
    return [m if m is not None and m["role"] and 2 <= len(m["label"].split()) <= 3
            and "?" in line[m.end() - m.pos:] else None for m, line in zip(matches, lines)]


#: ... or the title-case question label with the asker in brackets, as the Armenian
#: government and Armenpress print a press conference ("Question (Public TV): How did Russia
#: react?", "Question (Rhea, Reuters): …"; "QUESTION (Rhea, Reuters):" in capitals is a
#: :data:`SPEAKER_LABEL` with a note): an Armenia-Azerbaijan newcomer's transcript had no turn
#: at all, the bracket keeping it from :data:`TURN_WORD_LABEL`.
NOTED_QUESTION_LABEL = re.compile(
    r"[ \t]*(?P<label>Question|Q)(?P<note>[ \t]*\([^()\n]{1,40}\))[ \t]*:[ \t]+(?=\S)")


# ... or an interview's "Q:" and "A:" (the question and the interviewee's answer), or "R:" (the
# French "réponse": "Q: Is Kinshasa ready to negotiate …?" / "R: We talk to Rwanda, …"), an
# answer only beside "Q:" turns (see :func:`qa_labels`); or the Spanish "P:" ("pregunta")
# asking, only beside "R:" ("respuesta") answers (a Somalia fixer's case: "P: ¿Cuándo
# terminará la guerra?" / "R: …" had been subheadings and prose, no turn).
# The colon may sit inside a page's bold marks or after them ("**Q:** …", "**P**: …", as a
# text saved from a Markdown page keeps them).
_BOLD_COLON = r"(?:(?(mark)(?P=mark))[ \t]*:|[ \t]*:(?(mark)(?P=mark)))"
QA_LABEL = re.compile(rf"[ \t]*(?P<mark>\*\*|__)?(?P<label>Q|A|R|P){_BOLD_COLON}[ \t]+(?=\S)")


def qa_labels(matches: list[re.Match[str] | None]) -> list[re.Match[str] | None]:
    """An article's :data:`QA_LABEL` matches, without its "R:" ones where no "Q:" or "P:"
    asks or an "A:" answers (a stray "R:" is no answer; "R: Source: EU Council." closing a Q/A
    explainer, a breaker's, neither), and without its "P:" ones where no "R:" answers or the
    article asks with "Q:" (a lone "P: la letra designa la provincia." is prose)."""
    used = {m["label"] for m in matches if m is not None}
    answered = "R" in used and not used & {"Q", "A"}  # a Spanish interview's "P:" / "R:"
    asked = bool(used & {"Q", "P"}) and "A" not in used and ("Q" in used or answered)

    def kept(m: re.Match[str]) -> bool:
        return {"R": asked, "P": answered}.get(m["label"], True)
    return [m if m is None or kept(m) else None for m in matches]


#: ... or a Spanish interview's spelled-out label with a full stop, as El País prints it
#: ("PREGUNTA. ¿Cuándo terminará la guerra?" / "RESPUESTA. Cuando Rusia se retire.": a Somalia
#: fixer's case had been the rows "PREGUNTA." and "¿Cuándo …?", no turn); the sentence is not
#: cut after it (:func:`_decide_cut`), and "Respuesta." answers only where a question's label
#: asks (analysis.quotes).
STOPPED_QA_LABEL = re.compile(r"[ \t]*(?P<label>Pregunta|PREGUNTA|Respuesta|RESPUESTA|Pergunta|"
                              r"PERGUNTA|Resposta|RESPOSTA)\.[ \t]+(?=\S)")
#: ... or an interview's spelled-out question or answer label in a page's bold marks, the colon
#: or full stop inside them or the colon after ("**Pregunta:** ¿Cuándo …?" / "**Respuesta:**
#: …", "**Question**: …": a Somalia fixer's case, a subheading and prose, no turn): a word list,
#: the words "Question :" / "Réponse :" and "Pregunta:" / "Respuesta:" are labels with.
BOLD_QA_LABEL = re.compile(
    r"[ \t]*(?P<mark>\*\*|__)(?P<label>Question|QUESTION|Pregunta|PREGUNTA|Respuesta|RESPUESTA|"
    r"Réponse|RÉPONSE|Reponse|REPONSE|Answer|ANSWER|Pergunta|PERGUNTA|Resposta|RESPOSTA)(?:[ \t]*[:.](?P=mark)|(?P=mark)[ \t]*:)[ \t]+(?=\S)")


#: A title-case label opening a turn, not before a quotation mark ("Maria Zakharova: …"; a
#: headline's "Zelensky: “We will win”" is a quote's colon lead-in); analysis.quotes reads
#: turns by it.
TURN_WORD_LABEL = re.compile(rf"[ \t]*(?P<label>{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,2}})"
                              r"[ \t]*:[ \t]+(?=[^\s“”\"«»„‘’'])")
_LABEL_WORD = re.compile(r"[^\W\d_]+")
_LABEL_STOP_WORDS = frozenset({"the", "of", "and", "for", "on", "in"})
_INTERVIEWER_LABELS = frozenset({"question", "interviewer", "pregunta", "pergunta"})
#: A French interview's answer label spelled out ("Réponse : Nous le soutenons."), as "R:" is
#: the answer beside "Q:" (analysis.quotes reads it as the interviewee's turn); a Spanish one's
#: "Respuesta:" beside "Pregunta:"; a Portuguese one's "Resposta" beside "Pergunta", and the
#: English "Answer" (in bold marks: "**Answer:**" beside "**Question:**", a breaker's).
ANSWER_LABEL_WORDS = frozenset({"réponse", "reponse", "respuesta", "resposta", "answer"})


def own_label_end(text: str, speaker: object, also: tuple[str, ...] | None = None) -> int:
    """End of a title-case (or capitals and title case mixed) label opening ``text`` that
    names the row's own ``speaker`` (the quote column): with ``also``, the speaker's other
    names found in the label (the registry's forms), every word of the label the speaker's or
    theirs ("Maria Zakharova: …" in Zakharova's turn, "Maria Zakharova" given; "Zelensky: …" in
    Zelenskyy's, "Zelensky" given); without, a word in common with the speaker (for phrases,
    where no registry tells a name's other forms); or the interviewer's "Question:", or an
    answerer's "Réponse:"; 0 when there is none.  Such a label says who speaks, as a capitals
    label ("LAVROV: …") does: no mention, no phrase.  A label naming someone else, a
    headline's "Putin: the man who …" (no speaker) and a quote's colon lead-in ("Zelensky:
    “…”") are no such label."""
    if not isinstance(speaker, str) or not speaker.strip():
        return 0
    match = TURN_WORD_LABEL.match(text) or MIXED_LABEL.match(text)
    if not match or not _own_label(match, speaker, also):
        # a briefing's titled label ("Foreign Secretary, Shri Vikram Misri: …", "Wing
        # Commander Vyomika Singh: …" in Misri's and Singh's turns): the speaker's name, or a
        # form of it the label holds, ends the name's part; the titles and role are theirs
        # (a reporter's outlet in brackets too: "Sidhant Sibal (WION)"); a capitals label's
        # likewise, whose role may hold the speaker's registry role ("COL. FRANCEL MARGARETH
        # PADILLA, AFP SPOKESPERSON: …" in her turn, a Philippines newcomer's GMA transcript,
        # had been a mention of Padilla by her role "AFP spokesperson")
        titled = TITLED_LABEL.match(text) or SPEAKER_LABEL.match(text)
        forms = [" ".join(re.sub(r"\s*\([^()]*\)$", "", f).split()).casefold()
                 for f in (speaker, *(also or ())) if f.strip()]
        parts = [" ".join(p.split()).casefold() for p in (titled["label"], titled["role"] or "")
                 ] if titled is not None else []
        return titled.end() if any(p == f or p.endswith(" " + f) for p in parts
                                   for f in forms) else 0
    return match.end()


def _own_label(match: re.Match[str], speaker: str, also: tuple[str, ...] | None) -> bool:
    """Whether a title-case or mixed label names the row's own ``speaker`` (see
    :func:`own_label_end`)."""
    label = {w.casefold() for w in _LABEL_WORD.findall(match["label"])}
    if speaker == "interviewer":
        return bool(label & _INTERVIEWER_LABELS)
    if label <= ANSWER_LABEL_WORDS:
        return True  # "Réponse : …" in the answerer's turn, whoever answers
    # every word of the label the speaker's, or a form of the speaker's the label holds: not
    # "Sergei Shoigu: Sergei Lavrov will lead …" in Lavrov's row, nor "Russian Defence
    # Ministry: …" in the foreign ministry's (a breaker's)
    if also is None:
        said_by = {w.casefold() for w in _LABEL_WORD.findall(speaker)} - _LABEL_STOP_WORDS
        return bool(label & said_by)
    said_by = {w.casefold() for name in (speaker, *(a for a in also if a in match["label"]))
               for w in _LABEL_WORD.findall(name)}
    return label - _LABEL_STOP_WORDS <= said_by


# A bare capitalised place ("WASHINGTON —") is taken as a dateline only near the top.
_BARE_DATELINE_PARAGRAPHS = 3
# ... or in the story's first paragraph of prose, however many lines of byline, stamp, share
# buttons and caption stand over it ("PESHAWAR: The Torkham border crossing remained closed …",
# Dawn's sixth paragraph, a Pakistan newcomer's, had no dateline): a paragraph of at least this
# many words ending in a sentence's closing mark.
_LEAD_MIN_WORDS = 12
_LEAD_END = re.compile(r"[.!?][\"”’']?[ \t]*$")


def _lead_paragraph(text: str, spans: list[tuple[int, int]]) -> int:
    """Index of the first paragraph of prose among ``spans`` (:data:`_LEAD_MIN_WORDS`), -1 when
    there is none."""
    return next((i for i, (start, end) in enumerate(spans)
                 if len(text[start:end].split()) >= _LEAD_MIN_WORDS
                 and _LEAD_END.search(text[start:end])), -1)


def _dateline_end(text: str, start: int, end: int, near_top: bool, colon: bool = False,
                  names: _RegistryNames | None = None) -> int:
    """End of a dateline opening text[start:end] (``start`` when there is none); with
    ``colon``, a capitalised place and a colon too (:func:`_colon_dateline_end`). ``names``:
    the registry's (:func:`_registry_names`; the shipped registry's when None)."""
    names = names or _registry_names()
    match = _DATELINE.match(text, start, end)
    if not match:
        return _colon_dateline_end(text, start, end, names) if colon and near_top else start
    if match.group("caps") and not (match.group("parts") or match.group("agency")):
        letters = sum(ch.isalpha() for ch in match.group("caps"))
        if not near_top or letters < 3:
            return start
    if match.group("dated") and not near_top:
        return start  # "NATO, June 24." below the top opens prose, not a story
    dated = match.group("tdated") or match.group("cdated")
    # (the place before its gloss: "Meanwhile (Reuters), 5 May 2025 –" is prose)
    if dated and not (near_top and dated.split(",")[0].split("(")[0].strip().casefold()
                      not in _NOT_PLACES):
        return start  # "Kyiv, March 15 –" heads a story, not "Meanwhile, March 15 –" prose
    if match.group("cdated") and match.group("cdated").split(",")[0].casefold() \
            in names.countries:
        # a release is dated in a city ("Addis Ababa, 3 November 2022:"); a country before
        # the date and a colon opens a timeline's entry ("Ukraine, 24 February 2022: Russia
        # launched …", a breaker's, had been a dateline, the country no mention)
        return start
    if match.group("tagency") and not (near_top and match.group("tagency").split(",")[0]
                                       .casefold() not in _NOT_PLACES):
        return start  # "Damascus, SANA –" opening a state agency's story (a newcomer's)
    if match.group("undashed") and not (near_top and match.group("undashed").split(",")[0]
                                        .casefold() not in _NOT_PLACES):
        return start  # "Taipei, May 23 (CNA)" opening a story, not "Meanwhile, May 23 (…)"
    if match.group("stopped") and not (near_top and match.group("stopped").split(",")[0]
                                       .casefold() not in _NOT_PLACES):
        return start  # "Baku, 21 September, AZERTAC." opening a state agency's story
    if match.group("title") and not (near_top and _title_dateline(match.group("title"), names)):
        return start
    if match.group("lone") and not (near_top and match.group("lone").casefold()
                                    in names.places):
        return start  # "Kharkiv —" opening a story, not "Meanwhile —" or "Putin —"
    return match.end()


# Words that open a sentence, not a place ("Meanwhile, Ukraine – …", "Since February, …").
_NOT_PLACES = frozenset("""
meanwhile since however but and also now then today yesterday still yet after before while when
in on at for from by with as so thus instead moreover indeed earlier later first finally
""".split()) | frozenset(
    # ... and their French peers, since a French date after a place heads a dateline too
    # ("Entre-temps, 12 mars 2025 – Rien …" is prose, as "Meanwhile, 30 July 2024 –" is)
    """
    entre-temps cependant pourtant mais puis ensuite enfin depuis alors ainsi aujourd'hui hier
    désormais
    """.split())


def _title_dateline(title: str, names: _RegistryNames) -> bool:
    """Whether "Doha, Qatar" heads a dateline: its last part is a country of the registry and
    its first no sentence opener ("Meanwhile, Ukraine – …", "Putin, Xi – …" are prose)."""
    parts = [p.strip() for p in title.split(",")]
    return parts[-1].casefold() in names.countries and \
        parts[0].split()[0].lower() not in _NOT_PLACES


@dataclass(frozen=True)
class _RegistryNames:
    """The registry's forms some row rules consult, case-folded: its countries' names and
    aliases (a timeline's "Ukraine, 24 February 2022:", a dateline's "Doha, Qatar —"), the
    places standing for its countries and their regions (a title-case dateline without country
    or agency: "Kharkiv —"), and its persons' names and aliases ("PUTIN:" labels a turn, no
    place; "Syrskyi reported from Kupiansk." is no wire's credit)."""

    countries: frozenset[str]
    places: frozenset[str]
    persons: frozenset[str]
    # every actor's name and aliases, whatever its type ("Hezbollah" in a user's file: "Reuters,
    # Hezbollah Trade Claims" is a headline, no outlet's place line; _outlet_place_line)
    actors: frozenset[str] = frozenset()


def _names_of(registry) -> _RegistryNames:  # noqa: ANN001 - an analysis.actors.Registry
    countries = [actor for actor in registry.actors if actor.type == "country"]
    return _RegistryNames(
        countries=frozenset(form.casefold() for actor in countries
                            for form in (actor.name, *actor.aliases)),
        places=frozenset(form.casefold() for actor in countries
                         for form in (actor.name, *actor.aliases, *actor.metonyms,
                                      *actor.regions)),
        persons=frozenset(form.casefold() for actor in registry.actors if actor.type == "person"
                          for form in (actor.name, *actor.aliases)),
        actors=frozenset(form.casefold() for actor in registry.actors
                         for form in (actor.name, *actor.aliases)))


@lru_cache(maxsize=1)
def _shipped_names() -> _RegistryNames:
    """The shipped registry's names: read once, not per article (a registry load is ~16 ms)."""
    from .actors import load_registry

    return _names_of(load_registry())


# The names of the registries last segmented with, by identity: a registry is asked for every
# paragraph and sentence lead, too often to hash its actors each time.
_NAMES_BY_REGISTRY: dict[int, tuple[object, _RegistryNames]] = {}


def _registry_names(registry=None) -> _RegistryNames:  # noqa: ANN001 - a Registry or None
    """The names of ``registry`` that the row rules consult (:class:`_RegistryNames`), with
    the shipped registry's, which alone are read when it is None: a user's actor file (an
    India-Pakistan corpus's Pakistan, a Somalia corpus's "Baidoa, Somalia –" dateline) reads
    its rows as the shipped registry's countries are read."""
    if registry is None:
        return _shipped_names()
    if not hasattr(registry, "actors"):  # a registry file's path
        from .actors import load_registry

        registry = load_registry(registry)
    hit = _NAMES_BY_REGISTRY.get(id(registry))
    if hit is None or hit[0] is not registry:
        if len(_NAMES_BY_REGISTRY) >= 8:
            _NAMES_BY_REGISTRY.clear()
        own, shipped = _names_of(registry), _shipped_names()
        # the shipped registry's stay: a user's file that replaces it still meets "Doha, Qatar —"
        hit = _NAMES_BY_REGISTRY[id(registry)] = (registry, _RegistryNames(
            countries=own.countries | shipped.countries, places=own.places | shipped.places,
            persons=own.persons | shipped.persons, actors=own.actors | shipped.actors))
    return hit[1]


# A capitalised place and a colon opening the lead, as Pakistani and Indian dailies write their
# dateline ("ISLAMABAD: Pakistan on Wednesday vowed …", Dawn's; "NEW DELHI: …"): an
# India-Pakistan newcomer's gave no dateline. A transcript's speaker label has the same form
# ("LAVROV: …"), so only near an article's top where no other paragraph opens with a label
# (segment_article), not before a quotation ("PUTIN: “…”"), and not a rubric ("BREAKING: …")
# nor a person of the registry ("ZELENSKYY: …").
_COLON_DATELINE = re.compile(rf"[ \t]*(?P<place>{_CAPS_PLACE})"
                             # (the agency in brackets before the colon: "JALALABAD (Pajhwok):
                             # Afghan traders say …", a Pakistan newcomer's, had no dateline)
                             r"(?:[ \t]*\([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}\))?"
                             r"[ \t]*:(?=[ \t]+[A-Z0-9])")
_NOT_COLON_PLACES = frozenset("""
breaking update updated watch exclusive analysis opinion editorial comment live video photo
photos note notes correction clarification warning alert urgent flash developing just read
also related explainer factbox fact check interview review summary background context timeline
question answer host anchor reporter correspondent moderator editor editors editor's
disclaimer advertisement sponsored source sources listen latest key points takeaways
highlights what why how who where when the big picture bottom line
""".split())


def _colon_dateline_end(text: str, start: int, end: int, names: _RegistryNames) -> int:
    """End of a capitalised place and its colon opening text[start:end]
    (:data:`_COLON_DATELINE`), ``start`` when there is none."""
    match = _COLON_DATELINE.match(text, start, end)
    if match is None or sum(ch.isalpha() for ch in match["place"]) < 3:
        return start
    place = match["place"].casefold()
    if set(re.split(r"[\s/]+", place)) & _NOT_COLON_PLACES or place in names.persons:
        return start
    return match.end()


def dateline_end(text: str, start: int, end: int, registry=None) -> int:  # noqa: ANN001
    """End of a dateline opening text[start:end] ("GENEVA (AP) —", "MOSCOW, Nov 11 (Reuters)
    -"; a bare capitalised place as near an article's top), ``start`` when there is none;
    ``registry`` as in :func:`segment_article`."""
    return _dateline_end(text, start, end, near_top=True, names=_registry_names(registry))


# A live blog entry's time stamp before its first words: "13:37 —", "15:40 EDT –", "10:05 am:",
# "14:32 BST Peskov says …", "0935 GMT — …".
_ENTRY_STAMP = re.compile(
    rf"[ \t]*(?:{_CLOCK}(?:[ \t]*{_ZONE})?[ \t]*(?:--|—|–|-|:)[ \t]+(?=\S)"
    # with a zone no separator is needed, and a military time needs one ("0935 GMT —")
    rf"|(?:{_CLOCK}|\d{{4}})[ \t]*(?-i:{_ZONE})(?:[ \t]*(?:--|—|–|-|:))?[ \t]+"
    rf"(?=[A-Z“\"‘]))",
    re.IGNORECASE)


def lead_end(text: str, start: int, end: int, registry=None) -> int:  # noqa: ANN001
    """End of what opens the sentence text[start:end] before its first clause: a live blog's
    time stamp ("13:37 — Peskov says …") and a dateline (:func:`dateline_end`); ``start`` when
    there is neither."""
    stamp = _ENTRY_STAMP.match(text, start, end)
    return dateline_end(text, stamp.end() if stamp else start, end, registry)


@lru_cache(maxsize=1)
def _pysbd() -> pysbd.Segmenter:
    """pysbd is slow to construct; one instance serves all calls."""
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _pysbd_ends(chunk: str) -> list[int]:
    """Offsets in chunk where pysbd says a sentence ends (the chunk end excluded)."""
    try:
        spans = _pysbd().segment(chunk)
    except Exception:  # noqa: BLE001
        # pysbd is a heuristic third-party splitter; should it ever fail on odd input,
        # one unsplit row is better than losing the article.
        return []
    ends: list[int] = []
    cursor = 0
    for span in spans:
        sentence = span.sent.strip()
        if not sentence:
            continue
        # pysbd derives spans by re-searching its (possibly normalised) output in the
        # input; trust a span only when it points at the sentence at or after the
        # cursor, else search forward from the cursor.
        if span.start >= cursor and chunk[span.start:span.end].strip() == sentence:
            found = span.start + chunk[span.start:span.end].index(sentence)
        else:
            found = chunk.find(sentence, cursor)
        if found < 0:
            continue  # pysbd altered the text; this sentence merges with the next one
        cursor = found + len(sentence)
        ends.append(cursor)
    return [end for end in ends if end < len(chunk)]


def _syntok_ends(chunk: str) -> list[int]:
    """Sentence ends by syntok (an optional dependency, for comparison)."""
    from syntok import segmenter

    ends = []
    for paragraph in segmenter.analyze(chunk):
        for sentence in paragraph:
            last = sentence[-1]
            ends.append(last.offset + len(last.value))
    return [end for end in ends if end < len(chunk)]


@lru_cache(maxsize=1)
def _spacy_pipeline():  # noqa: ANN202 - spaCy is optional
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _spacy_ends(chunk: str) -> list[int]:
    """Sentence ends by spaCy's rule-based sentencizer (optional, for comparison)."""
    return [s.end_char for s in _spacy_pipeline()(chunk).sents if s.end_char < len(chunk)]


_BACKENDS = {"pysbd": _pysbd_ends, "syntok": _syntok_ends, "spacy": _spacy_ends}


def _splitting_view(original: str) -> str:
    """The chunk as the backends see it: quote marks blanked, "--" made a comma (same length)."""
    view = _SINGLE_MARK.sub(" ", original.translate(_QUOTE_BLANKS))
    return view.replace("--", ", ")


def _backend_cut(original: str, cut: int) -> int:
    """A backend's cut moved over the closing marks that belong to the sentence before it."""
    while cut < len(original) and original[cut] in _CLOSING and (
        cut + 1 == len(original) or not original[cut + 1].isalnum()
    ):
        cut += 1
    return cut


def _last_token(text: str) -> str:
    """The last whitespace-separated token of text, closing marks stripped."""
    tokens = text.split()
    return tokens[-1].rstrip(_CLOSING) if tokens else ""


def _next_word(text: str) -> tuple[str, bool]:
    """(first word of text after opening marks, whether an opening quote mark precedes it)."""
    stripped = text.lstrip()
    body = stripped.lstrip(_OPENING)
    opened = any(ch in "\"“‘'«„" for ch in stripped[: len(stripped) - len(body)])
    word = re.match(r"[\w'’\-]*", body)
    return (word.group() if word else ""), opened


# A year before a bar, or a date in figures before a bar or a clock, closed by the dot Serbian
# and Croatian dates end in, ends no sentence: "Beograd, 18. novembar 2026. | 14:05 | RTS,
# Tanjug", "18.11.2026. 09:15" (a Kosovo newcomer's RTS stamp, cut there, was two rows, "…2026."
# and "| 14:05 | RTS, Tanjug"); "The war began in 2022. 15:00 was the hour." is two sentences.
_DOTTED_YEAR = re.compile(r"(?P<figures>\d{1,2}\.\d{1,2}\.)?\d{4}")
_BAR_OR_CLOCK = re.compile(r"[ \t]*(?:\||\d{1,2}[:.]\d{2}\b)")


def _decide_cut(original: str, pos: int) -> bool | None:
    """Is the candidate boundary at ``pos`` a sentence end?  None: no rule applies."""
    following = original[pos:]
    word, opened = _next_word(following)
    first = following.lstrip().lstrip(_OPENING)[:1]
    if not first or (first.isalpha() and first.islower()):
        return False  # a sentence never starts in lower case in news copy
    if _DASH_BYLINE.match(following):
        return False  # “…” — Deputy Minister Olena Marchuk: the quote's attribution line
    if _LIST_MARKER.fullmatch(original[:pos]):
        return False  # "1. First point: …": the number of a list item
    if (label := STOPPED_QA_LABEL.match(original)) and label.end("label") + 1 == pos:
        return False  # "PREGUNTA. ¿Cuándo …?": an interview's label, no sentence
    token = _last_token(original[:pos])
    stem = token.rstrip(".")
    marks = token[len(stem):]
    if token.endswith(("?", "!")):
        quoted = original[:pos].rstrip()[-1:] in _CLOSING
        return not (quoted and _ATTRIBUTION_AFTER.match(following.lstrip()))
    if token.endswith("…") or marks.startswith(".."):
        # "We will return..." ends a sentence, "I thought … I thought" does not: only a
        # closing quote mark settles it; otherwise the backend decides.
        return True if original[:pos].rstrip()[-1:] in _CLOSING else None
    if stem.lower() in _INNER_ABBREVIATIONS:
        return False
    if (year := _DOTTED_YEAR.fullmatch(stem)) and _BAR_OR_CLOCK.match(following) \
            and (year["figures"] or following.lstrip().startswith("|")):
        return False  # a Serbian date's dot: "18. novembar 2026. | 14:05", "18.11.2026. 09:15"
    if stem in _TITLE_ABBREVIATIONS and not opened:
        return False
    if stem.isupper() and stem.title() in _TITLE_ABBREVIATIONS and not opened and \
            word.isupper() and len(word) > 1:
        return False  # a transcript's label in capitals: "DR. IDRIS ABAKAR:", "BRIG. GEN. …"
    if stem in _NUMBER_ABBREVIATIONS and first.isdigit():
        return False
    if re.fullmatch(r"[A-Z]", stem) and first.isupper() and not opened:
        # an initial: "George W. Bush", "A. Petrenko"; but "wrote on X. He called …" ends with
        # the platform's name
        return _ON_PLATFORM_X.search(original[:pos].rstrip()) is not None
    if stem.lower() == "etc":
        return True
    if _DOTTED_ACRONYM.fullmatch(stem) or stem in _ENDING_ABBREVIATIONS:
        return opened or word.lower() in _SENTENCE_STARTERS
    if not stem or not stem[-1].isalnum():
        return None
    if stem[0].isupper() and len(stem) <= 4 and any(ch.islower() for ch in stem):
        return None  # "Kyiv." or an abbreviation we do not know: the backend decides
    return True


def _news_cuts(original: str, backend: set[int] | None, dateline: int) -> list[int]:
    """Sentence ends in ``original`` by the news rules; ``backend`` decides open cases.

    ``backend`` None (the "rules" splitter) treats open cases as sentence ends.
    """
    cuts = []
    for match in _CANDIDATE.finditer(original):
        pos = match.end()
        if pos <= dateline:
            continue
        decision = _decide_cut(original, pos)
        if decision is None:
            decision = backend is None or pos in backend
        if decision:
            cuts.append(pos)
    return cuts


def _split_sentences(
    text: str, start: int, end: int, splitter: str, dateline: int = 0
) -> list[tuple[int, int]]:
    """Trimmed sentence spans covering text[start:end] (soft newlines allowed inside).

    ``dateline`` is the end of a dateline at the start of the span (article offset), inside
    which no sentence ends.
    """
    # Same length as the original, so offsets carry over; backends would split at "\n".
    original = text[start:end].replace("\n", " ")
    name, _, rules = splitter.partition("+")
    if name == "rules":
        ends = _news_cuts(original, None, dateline - start)
    else:
        view = _splitting_view(original)
        backend = {_backend_cut(original, cut) for cut in _BACKENDS[name](view)}
        ends = _news_cuts(original, backend, dateline - start) if rules else sorted(backend)
    bounds = [0, *sorted(set(e for e in ends if 0 < e < len(original))), len(original)]
    spans: list[tuple[int, int]] = []
    for left, right in zip(bounds, bounds[1:]):
        s, e = _trim(text, start + left, start + right)
        if s >= e:
            continue
        if spans and not any(ch.isalnum() for ch in text[s:e]):
            # pysbd sometimes cuts an ellipsis ("Ok..." → "Ok.." + "."); punctuation
            # alone is not a sentence, so it stays with the one before.
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _split_paragraph(
    text: str, start: int, end: int, paragraph_id: int, splitter: str, near_top: bool,
    colon: bool = False, names: _RegistryNames | None = None,
) -> list[_Piece]:
    """Pieces of one paragraph: a dateline marked, inline promotions cut out, the rest split;
    with ``colon``, a capitalised place and a colon may be the dateline ("ISLAMABAD: …")."""
    pieces: list[_Piece] = []
    dateline = _dateline_end(text, start, end, near_top, colon, names)
    cursor = start
    for promo in _INLINE_PROMO.finditer(text, start, end):
        pieces += [_Piece(s, e, paragraph_id)
                   for s, e in _split_sentences(text, cursor, promo.start(), splitter, dateline)]
        pieces.append(_Piece(promo.start(), promo.end(), paragraph_id, "boilerplate", "inline_promo"))
        cursor = promo.end()
    pieces += [_Piece(s, e, paragraph_id)
               for s, e in _split_sentences(text, cursor, end, splitter, dateline)]
    if dateline > start and pieces and pieces[0].kind == "sentence":
        pieces[0] = replace(pieces[0], dateline_end=dateline)
    return pieces


# --------------------------------------------------------------------------- classification

def _relabel(pieces: list[_Piece], kind: str, reason: str) -> list[_Piece]:
    """Give unclassified pieces a kind and reason; classified ones keep theirs."""
    return [replace(p, kind=kind, reason=reason) if p.kind == "sentence" else p for p in pieces]


# An outlet describing itself to the reader: a name, "is an independent news website", as
# the appeal beside it says ("Colombia Reports is an independent news website. Support our
# journalism.": a Colombia newcomer's first sentence was a body row mentioning Colombia).
_SELF_DESCRIPTION = re.compile(
    r"[ \t]*(?:The[ \t]+)?[A-Z][\w'’&.\-]*(?:[ \t]+[A-Z][\w'’&.\-]*){0,4}[ \t]+is[ \t]+"
    r"(?:an?|the)[ \t]+(?:(?:independent|nonprofit|non-profit|reader-funded|reader-supported|"
    r"free|award-winning|digital|online|investigative|English-language|bilingual|leading|"
    r"[a-z]+-based),?[ \t]+(?:and[ \t]+)?){1,3}"
    r"(?:news[ \t]+)?(?:website|site|outlet|newsroom|publication|newspaper|magazine|media)"
    r"\b[^.!?]{0,80}[.!]?[ \t]*")


def _mark_calls_to_action(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Label every call-to-action piece as boilerplate, and the outlet's description of itself
    beside one in its paragraph (:data:`_SELF_DESCRIPTION`): the appeal's preamble; without
    the appeal it may be news of an outlet ("Meduza is an independent news website …")."""
    marked = [
        [
            replace(p, kind="boilerplate", reason="call_to_action")
            if p.kind == "sentence" and _is_call_to_action(text[p.start:p.end]) else p
            for p in pieces
        ]
        for pieces in paragraphs
    ]
    marked = [[replace(p, kind="boilerplate", reason="call_to_action")
               if p.kind == "sentence" and _SELF_DESCRIPTION.fullmatch(text[p.start:p.end])
               and any(0 <= j < len(pieces) and pieces[j].reason == "call_to_action"
                       for j in (i - 1, i + 1)) else p
               for i, p in enumerate(pieces)] for pieces in marked]
    # a contact label naming whom to reach, right over the contact lines ("Contact: UKMTO
    # Watchkeepers" over "Email: …", a Red Sea newcomer's UKMTO warning: a heading row with a
    # UKMTO mention); over anything else it keeps its row
    return [_relabel(pieces, "boilerplate", "call_to_action")
            if len(pieces) == 1 and pieces[0].kind == "sentence"
            and _CONTACT_LABEL.fullmatch(text[pieces[0].start:pieces[0].end])
            and i + 1 < len(marked) and marked[i + 1]
            and all(p.reason == "call_to_action" for p in marked[i + 1])
            else pieces for i, pieces in enumerate(marked)]


# A contact label and a name of a few capitalised words, nothing else ("Contact: UKMTO
# Watchkeepers", "Media contact: Press Office").
_CONTACT_LABEL = re.compile(
    r"[ \t]*(?i:(?:media[ \t]+|press[ \t]+)?contacts?)[ \t]*:[ \t]*"
    r"[A-Z][\w'’&.\-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’&.\-]*)){0,5}[ \t]*")


def _mark_page_furniture(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Label player notices, embedded posts and copyright lines as boilerplate.

    A player notice is labelled alone (scraped text often glues it to a real sentence).
    Embedded posts and copyright lines are labelled with their whole short paragraph (the
    post's text, "Reproduction prohibited."), and a signature standing alone ("— Name
    (@handle) date") takes the short paragraph before it, the post's text, along.
    """
    def words(pieces: list[_Piece]) -> int:
        return len(text[pieces[0].start:pieces[-1].end].split())

    marked: list[list[_Piece]] = []
    for pieces in paragraphs:
        reasons = [_furniture_reason(text[p.start:p.end]) if p.kind == "sentence" else ""
                   for p in pieces]
        whole = next((r for r in ("embedded_post", "copyright") if r in reasons), "")
        if whole and words(pieces) <= _MAX_FURNITURE_WORDS[whole]:
            if (whole == "embedded_post" and _EMBED_SIGNATURE.match(text, pieces[0].start)
                    and marked and words(marked[-1]) <= _MAX_FURNITURE_WORDS[whole]):
                marked[-1] = _relabel(marked[-1], "boilerplate", whole)
            if whole == "copyright":
                # A footer's other lines are short ("All rights reserved."); a sentence of
                # the article glued after a photo credit ("© Reuters. Ukrainian soldiers …")
                # is text. What follows a dated notice ("© 2022 BBC. The BBC is not
                # responsible for …") is the site's footer.
                footer = next((i for i, p in enumerate(pieces)
                               if reasons[i] and _SITE_COPYRIGHT.search(text, p.start, p.end)),
                              len(pieces))
                pieces = [replace(p, kind="boilerplate", reason=r or whole)
                          if r or i > footer
                          or (p.kind == "sentence" and words([p]) <= _MAX_FOOTER_LINE_WORDS)
                          else p for i, (p, r) in enumerate(zip(pieces, reasons))]
            else:
                pieces = _relabel(pieces, "boilerplate", whole)
        else:
            pieces = [replace(p, kind="boilerplate", reason=r) if r else p
                      for p, r in zip(pieces, reasons)]
        marked.append(pieces)
    return marked


def _headline_runs(texts: list[str], open_: list[bool], body: list[bool]) -> set[int]:
    """Indices of paragraphs in runs of >= 3 headline-like lines that follow body text.

    ``open_`` marks paragraphs not already boilerplate; the others are skipped over, so
    a call to action between two headlines does not break the run. ``body`` marks
    paragraphs that are neither boilerplate nor headings. Runs before any body
    paragraph (title, dek and byline at the top) are left to heading detection.
    """
    selected: set[int] = set()
    run: list[int] = []
    seen_body = False

    def close_run() -> None:
        if len(run) >= _MIN_HEADLINE_RUN and seen_body:
            selected.update(run)
        run.clear()

    for index, paragraph in enumerate(texts):
        if not open_[index]:
            continue
        if _is_headline_like(paragraph) and "\n" not in paragraph:
            run.append(index)
            continue
        close_run()
        seen_body = seen_body or body[index]
    close_run()
    return selected


# A dateline on a line of its own: a place, a date, an agency, nothing else ("Baku, 21
# September, AZERTAC", "MOSCOW, March 14 (Reuters)"); a third newcomer's was a headline row
# mentioning Azerbaijan.
# ... or the outlet's website and the date, as Agenda.ge dates its stories under the headline
# ("Agenda.ge, 2 April 2025": a Georgia newcomer's heading row): a capitalised name and its
# domain ending.
_SITE_NAME = r"[A-Z][\w\-]*\.(?:[a-z]{2,4})(?:\.[a-z]{2})?"
_DATELINE_ALONE = re.compile(
    rf"[ \t]*(?:{_CAPS_PLACE}|{_TITLE_PLACE}|{_SITE_NAME})(?:,[ \t]*{_TITLE_PLACE})?,[ \t]*"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}|{_DAY_MONTH})(?:,?[ \t]+\d{{4}})?\.?"
    rf"(?:,?[ \t]*(?:{_AGENCY}|[A-Z][A-Z\-]{{2,}}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?))?"
    r"[ \t]*[.\-–—:]?[ \t]*")


# ... or a place and a date joined by a spaced dash, as Pakistan's military releases write it
# ("Rawalpindi - May 10, 2025": an India-Pakistan newcomer's heading row, the city a metonym of
# the army); not a heading naming an event before its day ("Ukraine War - May 10, 2025").
# A bar may join them, as the Libya Observer dates its stories ("Tripoli | 14 May 2025": a Libya
# newcomer's heading row, the city a headline mention of the government seated there).
_DASH_DATELINE_ALONE = re.compile(
    rf"[ \t]*(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?:[ \t]+[-–—][ \t]+|[ \t]*\|[ \t]*)"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})(?:,?[ \t]+\d{{4}})?\.?[ \t]*")
_NOT_PLACE_WORDS = frozenset("""
war wars live update updates news crisis talks summit day conflict briefing latest timeline
report ceasefire attack attacks strike strikes election elections blog
""".split()) | frozenset(
    # an operation, a battle, a ceremony or a visit named before its day (a breaker's "Kharkiv
    # Counteroffensive - September 6, 2022", "Kursk Incursion - …", "Moscow Victory Parade - …"
    # had been datelines, losing a headline's mention)
    """
    offensive counteroffensive counter-offensive incursion invasion operation operations
    battle siege assault raid raids withdrawal retreat liberation occupation
    annexation mobilisation mobilization evacuation parade victory anniversary ceremony
    commemoration memorial funeral visit trip speech address conference meeting meetings
    protest protests rally march referendum vote deal agreement accord treaty explosion blast
    bombing massacre shelling disaster flood floods earthquake uprising coup mutiny
    """.split())


# ... or a release's reference number alone, without the document's word, as Pakistan's
# military releases head theirs ("No PR-54/2025-ISPR": an India-Pakistan newcomer's heading
# row); a code with a digit and a slash only, so no headline ("No 10 says …", "No way out").
_BARE_REFERENCE_LINE = re.compile(
    r"[ \t]*(?:No\.?|NO\.?|N°|Nº|Ref\.?|REF\.?)[ \t]*:?[ \t]*(?=[\w/.\-]*\d)(?=[\w.\-]*/)"
    r"[\w.\-]+/[\w/.\-]+[ \t]*"
    # ... with the release's date after it on the line ("No PR-218/2026-ISPR      Dated: November
    # 14, 2026", a Pakistan newcomer's heading row; the date checked as a stamp)
    r"(?:(?i:dated|date)[ \t]*:?[ \t]*(?P<date>[^\n]+?)[ \t]*)?")


def _dash_dateline_alone(paragraph: str) -> bool:
    """Whether ``paragraph`` is a place and a date joined by a spaced dash, nothing else
    (:data:`_DASH_DATELINE_ALONE`), the place no event's name."""
    match = _DASH_DATELINE_ALONE.fullmatch(paragraph)
    return match is not None and not _NOT_PLACE_WORDS & set(match["place"].lower().split())


# A press release's or communiqué's reference line: the document's word, a number mark and a
# code with a digit, nothing else ("PRESS RELEASE No. 027/AFC/M23/2025", "Communiqué N° 12/2025",
# "Statement No. 3", "Communiqué officiel n°5/2025"). An AFC/M23 newcomer's was a headline row
# mentioning AFC and M23. It is the release's stamp before the story, as its dateline is
# (neither "Press release" alone nor a headline with a number: "Statement No. 3 condemns the
# attack" goes on).
_REFERENCE_LINE = re.compile(
    r"[ \t]*(?i:(?:joint[ \t]+|official[ \t]+)?(?:press[ \t]+(?:release|statement)|"
    r"communiqu[eé](?:[ \t]+de[ \t]+presse)?|news[ \t]+release|statement|declaration|"
    r"d[eé]claration|release)"
    # ... a French release's word after it and its number mark in small letters: "Communiqué
    # officiel n°5/2025" (a breaker's, a heading row)
    r"(?:[ \t]+(?:officiel(?:le)?|conjointe?|finale?))?)"
    r"[ \t]*(?:No\.?|NO\.?|N°|Nº|n°|nº|N[oO]\.?[ \t]*:|Nr\.?|Number|Ref\.?|REF\.?)[ \t]*"
    # ... or the release's word alone and its number after a colon, as a US command's
    # release is stamped ("Release Number: 20250210-01", a Somalia newcomer's heading row)
    r"(?:(?<=[Nn]umber):[ \t]*)?"
    r"(?=[\w/.\-]*\d)[\w/.\-]+[ \t]*")


# A military or government release's issuing office on its own line over the story, as its
# signatory is ("U.S. AFRICA COMMAND PUBLIC AFFAIRS", "Ministry of Defence Press Service": a
# Somalia newcomer's AFRICOM release had a headline row, a headline mention of AFRICOM): a name
# of a few words ending in the office's words, in capitals or title case.
# ... and the office's words alone before a bar and the release's reference line, as a US
# command numbers its releases ("Public Affairs | Release No. 26-1206-01" under "U.S. CENTRAL
# COMMAND", a Red Sea newcomer's CENTCOM release: a heading row, and the letterhead over it a
# headline mention of CENTCOM): the stamp, as the reference line alone is (:func:`_barred_reference`).
_OFFICE_WORDS_FIELD = re.compile(
    r"[ \t]*(?:[A-Z][\w.'’&\-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*){0,6}"
    r"(?i:public[ \t]+affairs(?:[ \t]+office)?|media[ \t]+relations|press[ \t]+(?:office|service))"
    r"[ \t]*")


def _barred_reference(paragraph: str) -> bool:
    """Whether ``paragraph`` is a press office's name, a bar and the release's reference line
    (:data:`_OFFICE_WORDS_FIELD`, :data:`_REFERENCE_LINE`), one line; a headline before the
    bar ("Navy Rescues Crew | Release No. 4") is none."""
    fields = re.split(r"[ \t]+\|[ \t]+", paragraph.strip())
    return "\n" not in paragraph.strip() and len(fields) == 2 \
        and bool(_OFFICE_WORDS_FIELD.fullmatch(fields[0])) \
        and bool(_REFERENCE_LINE.fullmatch(fields[1]))


_PRESS_OFFICE_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w.'’&\-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*){1,6}"
    r"(?:(?i:public[ \t]+affairs(?:[ \t]+office)?|media[ \t]+relations"
    r"|press[ \t]+(?:office|service)|(?:press[ \t]+and[ \t]+)?information[ \t]+office"
    # (a spokesperson's unit heading an army's statement: "IDF Spokesperson's Unit", a Lebanon
    # newcomer's heading row)
    r"|spokes(?:person|man|woman)['’]s[ \t]+(?:unit|office)))[ \t]*")


# A page's field after a byline and a bar: the outlet's name (a few capitalised words, "of",
# "de" …) or the date, in words or in figures ("14-10-2025"), or a French site's update stamp.
_PAGE_NAME_FIELD = re.compile(r"[ \t]*[A-ZÀ-Þ][\w'’&.\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’&.\-]*|of|the|"
                              r"de|du|des|la|le)){0,4}[ \t]*")
_FIGURES_DATE = re.compile(r"[ \t]*\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})[ \t]*")
# ... and the byline itself as the first of such fields: "By" or French "Par", the reporter's
# capitalised names and the place filed from, after "in" or ", à" ("By Elvis TEKE in Bamenda",
# "Par Marie-Claire NNANA, à Yaoundé"), and nothing else, so a sentence "By Putin in Moscow, the
# war was planned." is none (the byline's own pattern takes any words after a comma).
_REPORTER_FIELD = re.compile(
    rf"[ \t]*(?:By|Par)\s+(?!(?i:{_BYLINE_NOT})\b)[A-ZÀ-Þ][\w'’.\-]*"
    r"(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]*|and|et|&|de|van|von|al-\w+))*"
    r"(?:\s+in\s+|,\s+à\s+)[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,2}[ \t]*")


def _barred_byline(paragraph: str) -> bool:
    """Whether ``paragraph`` is a byline with its place (:data:`_REPORTER_FIELD`), alone or with
    the page's fields after bars, or any byline (:data:`_BYLINE`) with such fields, each the
    outlet's name, places joined by commas (:func:`_bar_names`) or a date stamp, however long
    the line ("Par Marie-Claire NNANA, à
    Yaoundé | Cameroon Tribune | 16 octobre 2025 | Mis à jour le 16/10/2025 à 11h20": a
    Cameroon newcomer's was a body sentence mentioning Yaoundé, past the byline's length); a
    headline's words after a bar ("By the river | Russia shells Kherson") make none."""
    fields = re.split(r"[ \t]+\|[ \t]+", paragraph.strip().strip("*_").strip())
    return "\n" not in paragraph.strip() and len(fields[0].split()) <= _MAX_BYLINE_WORDS \
        and bool(_REPORTER_FIELD.fullmatch(fields[0])
                 or len(fields) >= 2 and _BYLINE.fullmatch(fields[0])) \
        and all(_PAGE_NAME_FIELD.fullmatch(field) or _FIGURES_DATE.fullmatch(field)
                or _TIMESTAMP.fullmatch(field) or _FRENCH_TIMESTAMP.fullmatch(field)
                # the places filed from, joined by commas ("By Miodrag Jankovic and Blerta
                # Morina | BIRN | Pristina, Belgrade | November 17, 2026 | 11:42", a Kosovo
                # newcomer's BIRN byline: a body sentence mentioning Kosovo and Serbia)
                or all(_PAGE_NAME_FIELD.fullmatch(name) for name in _bar_names(field))
                for field in fields[1:])


# A Spanish byline alone on its line: "Por", a given name the name data knows and capitalised
# names after it ("Por María Fernanda Lugo", a Venezuela newcomer's El Nacional heading row);
# "Por Venezuela" or "Por su parte, …" is prose.
_SPANISH_BYLINE = re.compile(r"[ \t*_]*Por\s+(?P<first>[A-ZÀ-Þ][\w'’.\-]*)"
                             r"(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]*|y|de|del|la)){1,5}[ \t*_]*")


def _spanish_byline(paragraph: str) -> bool:
    """Whether ``paragraph`` is a Spanish byline (:data:`_SPANISH_BYLINE`)."""
    match = _SPANISH_BYLINE.fullmatch(paragraph)
    if match is None:
        return False
    from .speakers import _given_name  # (speakers imports this module)

    return _given_name(match.group("first"))


def _structure_reason(paragraph: str, before_body: bool = True, body_next: bool = False,
                      earlier: str = "", names: _RegistryNames | None = None) -> str:
    """The boilerplate reason of a paragraph that is structure or page furniture, else "";
    ``before_body``: no body sentence comes before it; ``body_next``: one comes right after;
    ``earlier``: the article's text before it; ``names``: the registry's."""
    names = names or _registry_names()
    lines = paragraph.split("\n")
    if all(_TABLE_ROW.match(line) for line in lines):
        return "table"
    if _RULE_LINE.fullmatch(paragraph):
        return "separator"  # "---" between a .txt file's sections
    if _FOOTNOTE.match(paragraph):
        return "footnote"
    if (_PROMO_LINE.match(paragraph) or _PROMO_MARKER.fullmatch(paragraph)
            or _READ_LABEL_PROMO.match(paragraph)) and "\n" not in paragraph:
        return "promo_line"
    if _TIMESTAMP.fullmatch(_UPDATE_BRACKET.sub("", paragraph)) \
            or _FRENCH_TIMESTAMP.fullmatch(paragraph) or _two_stamps(paragraph) \
            or _PRINT_EDITION_LINE.fullmatch(paragraph) \
            or _SPANISH_TIMESTAMP.fullmatch(paragraph):  # "14 de marzo de 2026 - 7:15 pm"
        return "timestamp"  # with an update in brackets ("… 10:42 AM [ Last Update: … ]")
    if _DATELINE_ALONE.fullmatch(paragraph):
        return "dateline"  # "Baku, 21 September, AZERTAC" on its own line, before the story
    if _dash_dateline_alone(paragraph):
        return "dateline"  # "Rawalpindi - May 10, 2025"
    if (reference := _BARE_REFERENCE_LINE.fullmatch(paragraph)) and (
            reference["date"] is None or _a_stamp(reference["date"])):
        return "dateline"  # "No PR-54/2025-ISPR": the release's stamp, as a reference line is
    # "PRESS RELEASE No. 027/AFC/M23/2025": the release's stamp, over its body, or in it with
    # a register number after a slash (the next release's in a page of releases); in the body
    # a document's plain number heads what is said of it ("Declaration No. 4" mid-article, a
    # breaker's, had been a dateline)
    if (before_body or "/" in paragraph) and _REFERENCE_LINE.fullmatch(paragraph):
        return "dateline"
    if before_body and _barred_reference(paragraph):
        return "dateline"  # "Public Affairs | Release No. 26-1206-01"
    if before_body and _PRESS_OFFICE_LINE.fullmatch(paragraph):
        return "byline"  # "U.S. AFRICA COMMAND PUBLIC AFFAIRS": the release's issuing office
    if _WEB_UI.fullmatch(paragraph) or _is_link_bar(paragraph):
        return "web_ui"
    n_words = len(paragraph.split())
    # a Markdown file's emphasis around it: "**By Al-Hurriya Network staff**"
    if _BYLINE.match(paragraph.strip().strip("*_").strip()) and n_words <= _MAX_BYLINE_WORDS \
            and not _phrase_before_rubric(paragraph) or _barred_byline(paragraph):
        return "byline"
    if _spanish_byline(paragraph):
        return "byline"  # "Por María Fernanda Lugo"
    if n_words <= _MAX_CREDIT_WORDS and _STAFF_CREDIT.match(paragraph) \
            and not (body_next and _credits_a_registry_person(paragraph, names)
                     or _credits_actors_named_before(paragraph, earlier, names)):
        return "byline"
    if (_CAPTION_CREDIT.search(paragraph) or _LABELLED_CAPTION.fullmatch(paragraph)) \
            and n_words <= _MAX_CAPTION_WORDS:
        return "caption"
    if n_words <= _MAX_CAPTION_WORDS and any(
            (credit := pattern.search(paragraph)) and _reads_as_a_persons_name(credit["name"])
            and not _credits_a_source(paragraph, credit, names)
            for pattern in (_PHOTOGRAPHER_CREDIT, _OUTLET_PHOTOGRAPHER_CREDIT)):
        return "caption"  # "Smoke rises over Kfar Rumman, October 21, 2025. (Rabih Daher/AFP)"
    if _TRANSCRIPT_CUE.fullmatch(paragraph):
        return "caption"
    if _TRANSCRIPT_NOTE.fullmatch(paragraph):
        return "byline"  # "(Transcript prepared by Geo News monitoring desk. …)": its credit
    return _release_stamp_reason(paragraph)


# A broadcast transcript's note on who prepared it, in brackets, with its translation's note
# ("(Transcript prepared by Geo News monitoring desk. Unofficial translation from Urdu.)", a
# Pakistan newcomer's Geo transcript: two body sentences): its makers' credit, as a wire's
# "(Reporting by …)" is; only the note and the translation's, so "(Transcript prepared by the
# court shows the general lied.)" stays prose.
_TRANSCRIPT_NOTE = re.compile(
    r"[ \t]*\((?i:(?:this\s+)?(?:transcript|translation)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:prepared|compiled|produced|provided|made)\s+by)\s+(?:the\s+)?[A-Z][\w'’&.\-]*"
    r"(?:\s+(?:[A-Z][\w'’&.\-]*|(?i:monitoring|news|desk|team|staff|service|unit)))*\.?"
    r"(?:\s+(?i:(?:an?\s+)?(?:unofficial|official|machine|automated)\s+translation\s+from)"
    r"\s+[A-Z][\w\-]*\.?)?\)[ \t]*")


# A UN press release's stamp lines, each alone on its line over the story: the document symbol
# ("SC/16021", "SG/SM/22775", "GA/12612") and the meeting's number ("9950TH MEETING (AM)",
# "EIGHTIETH SESSION, 12TH MEETING (PM)"); and its closing line, "For information media. Not an
# official record." (a newcomer's Security Council release had two headline rows of its stamp
# and two body sentences of its footer). The stamp is the release's, as its reference line is
# ("dateline"); the footer closes it, as "###" does ("sign_off"). A symbol is capitals and
# slashes before a number of three digits or more, nothing else: not "G7/2025 summit". A UN
# mission's press statement numbers it within its year ("UNSMIL/PR/2025/045", a Libya
# newcomer's heading row), so a serial number may follow the year.
_DOCUMENT_SYMBOL = re.compile(r"[ \t]*(?:[A-Z]{1,8}/){1,3}\d{3,6}(?:/\d{1,5})?"
                              r"(?:/(?:Rev|Add|Corr)\.\d+)?[ \t]*")
_MEETING_LINE = re.compile(
    r"[ \t]*(?:[A-Z][A-Z\-]+[ \t]+SESSION,?[ \t]+)?\d{1,5}(?:ST|ND|RD|TH)[ \t]+MEETINGS?"
    r"(?:[ \t]*\((?:AM|PM|NIGHT|AM[ \t]*(?:&|AND)[ \t]*PM)\))?[ \t]*"
    r"|[ \t]*\d{1,5}(?:st|nd|rd|th)[ \t]+[Mm]eetings?[ \t]*\((?:AM|PM|Night|AM[ \t]*&[ \t]*PM)\)"
    r"[ \t]*")
_UN_FOOTER = re.compile(r"[ \t]*(?i:for[ \t]+information[ \t]+media)[ \t]*[.,;:•·|–—-]?\s*"
                        r"(?i:not[ \t]+an[ \t]+official[ \t]+record)[ \t]*\.?[ \t]*")
# ... and the UN organ's name in capitals on the line over the meeting's ("SECURITY COUNCIL":
# a headline row mentioning the Security Council), only there (_mark_release_header).
_ORGAN_LINE = re.compile(r"[ \t]*[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]*){0,5}[ \t]*")


# A site's name and its page's update joined by a bar or a dot: "Le Nouvelliste | Updated 31
# March 2025" (a newcomer's live blog had it as a headline row). A name of a few capitalised
# words (or "of", "de", …) before the mark; after it a whole timestamp (_TIMESTAMP) that says
# it is one ("Updated", "Published", "Posted"): not a headline's "Kyiv under attack | 31 March".
# A dash may join them ("Ukrainska Pravda — Updated 12 May 2025, 08:30"), and a French site
# says it in French ("Le Monde | Mis à jour le 31 mars 2025 à 10h12"; a breaker's were
# headline rows).
# Anadolu writes its reporter's name before the bar and the date and its update after it
# ("Mehmet Emin Ozturk |17.05.2025 - Update : 17.05.2025", a Libya newcomer's heading row): a
# date, then the update's word and date, says it is a stamp too (:data:`_DATED_UPDATE`).
# The name may follow the site's credit for the text ("Translated and published by Conflict
# Monitor Desk | Updated 28 June 2025, 14:20 GMT", a Mozambique newcomer's monitoring site: a
# heading row).
_SITE_CREDIT = (r"(?i:(?:translated|published|compiled|edited|produced|posted)"
                r"(?:[ \t]+and[ \t]+(?:translated|published|compiled|edited|produced|posted))?"
                r"[ \t]+by[ \t]+)")
_SITE_AND_STAMP = re.compile(
    rf"[ \t]*{_SITE_CREDIT}?(?P<site>[A-Z][\w'’&.\-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’&.\-]*|of|the|de|du|des|la|le|el|al)){0,3})[ \t]*[|•·—–][ \t]*"
    r"(?P<stamp>(?i:(?:last[ \t]+)?(?:updated|published|posted)|mis[ \t]+à[ \t]+jour|"
    r"publi[ée]e?|modifi[ée]e?|actualis[ée]e?)\b.+|\d.+)")
_DATED_UPDATE = re.compile(r"(?P<first>\d.*?)[ \t]*[-–—][ \t]*(?i:(?:last[ \t]+)?updated?)"
                           r"[ \t]*:?[ \t]*(?P<second>\d.*)")


# A title-case headline's verb in the third person ("Putin Rejects Ceasefire Plan", "Zelensky
# Meets Trump Again"): a word after the first ending in a single "s"; a site's own plural nouns
# ("BBC News", "The Moscow Times") are none.
_TITLE_CASE_VERB = re.compile(r"[ \t]+(?!(?:News|Times)\b)[A-Z][a-z]*[^s\W]s\b")


def _headline_before_dash(site: str) -> bool:
    """Whether the words before a dash and a stamp are a title-case headline, not a site's
    name: with a verb (:data:`_TITLE_CASE_VERB`), or naming a registry person or state
    ("Putin Rejects Ceasefire Plan — Updated 12 May 2025, 08:30", a breaker's, had become a
    timestamp, losing the headline and its Putin mention). The bar or bullet is the site's own
    mark; a dash joins a headline and its update as often."""
    if _TITLE_CASE_VERB.search(site):
        return True
    names = _registry_names()
    words = re.findall(r"[\w'’\-]+", site.casefold())
    return any(" ".join(words[i:j]) in names.persons or " ".join(words[i:j]) in names.countries
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _site_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a site's name and its update (:data:`_SITE_AND_STAMP`)."""
    match = _SITE_AND_STAMP.fullmatch(paragraph)
    if match is None or re.search(r"\d", match.group("site")):
        return False
    dash = paragraph[match.end("site"):match.start("stamp")].strip() in ("—", "–")
    if dash and _headline_before_dash(match.group("site")):
        return False
    stamp = match.group("stamp")
    if stamp[0].isdigit():  # a date alone after the bar is a place's dateline, or a headline's
        update = _DATED_UPDATE.fullmatch(stamp)
        return update is not None and all(_TIMESTAMP.fullmatch(update.group(part))
                                          for part in ("first", "second"))
    return bool(_TIMESTAMP.fullmatch(stamp) or _FRENCH_TIMESTAMP.fullmatch(stamp))


# A Spanish site's date, as Latin American and Spanish outlets print it: "12 de octubre de
# 2025", "Actualizado el 12 de octubre de 2025, 18:40".
_SPANISH_TIMESTAMP = re.compile(
    rf"""[ \t]*(?:(?:actualizado|publicado|modificado)(?:\s+el)?\s*:?\s*)?
    (?:(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\s+)?
    \d{{1,2}}\s+de\s+{_SPANISH_MONTH}\s+(?:de\s+|del\s+)?\d{{4}}
    (?:\s*(?:,|-|–|a\s+las)\s*\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:h|hrs?|[ap]\.?\s?m\.?))?)?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
# A Serbian or Albanian date (:data:`_BALKAN_DAY_MONTH`) with its year and maybe its clock after
# a comma, a dash or "u" / "në" / "ora" (at): "18. novembar 2026. u 14:05", "19 nëntor 2026, 09:30".
_BALKAN_TIMESTAMP = re.compile(
    rf"""[ \t]*{_BALKAN_DAY_MONTH}[ \t]+\d{{4}}\.?
    (?:\s*(?:,|-|–|u|у|në|ora)?\s*\d{{1,2}}[:.]\d{{2}}h?)?[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
# An editor's note on the text after a transcript's date: "Transcript, translated from Spanish
# and edited for length", "Edited for clarity", "Translated from French".
_EDITORS_NOTE = re.compile(
    r"[ \t]*(?i:(?:transcript|transcription|translation)(?:\s*,\s*|\s+)?|(?=translated|edited|"
    r"abridged|condensed))(?i:(?:(?:and\s+)?(?:translated\s+from\s+\w+|edited(?:\s+for\s+"
    r"(?:length|clarity|brevity)(?:\s+and\s+(?:length|clarity|brevity))?)?|abridged|condensed)"
    r"\s*,?\s*)*)[ \t]*")


def _a_stamp(field: str) -> bool:
    """Whether a field of a barred line is a date stamp, in English, French, Spanish, Serbian or
    Albanian, or two joined by a dash ("12 de octubre de 2025 — Updated 12 October 2025,
    18:40")."""
    parts = re.split(r"[ \t]+[—–][ \t]+", field)
    return len(parts) <= 2 and all(
        _TIMESTAMP.fullmatch(part) or _FRENCH_TIMESTAMP.fullmatch(part)
        or _SPANISH_TIMESTAMP.fullmatch(part) or _BALKAN_TIMESTAMP.fullmatch(part)
        for part in parts)


# A name in a barred line: a site's, a rubric's ("Análisis"), a few capitalised words.
_BAR_NAME = re.compile(r"[ \t]*[A-ZÀ-Þ][\w'’&.\-]*(?:[ \t]+(?:[A-ZÀ-Þ0-9][\w'’&.\-]*|of|the|de|"
                       r"du|des|la|le|el|al|del)){0,3}[ \t]*")


def _barred_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a page's fields joined by bars, a date stamp among them and
    else only names and an editor's note ("Caracol Radio | 17 October 2025 | Transcript,
    translated from Spanish and edited for length", "Análisis | Semana | 12 de octubre de 2025
    — Updated 12 October 2025, 18:40": a Colombia newcomer's heading rows); a headline's words
    before a date ("Kyiv under attack | 31 March") make none, nor a title-case headline's
    verb (:func:`_headline_before_dash`), nor an event's name (:data:`_NOT_PLACE_WORDS`)."""
    fields = re.split(r"[ \t]*\|[ \t]*", paragraph.strip())
    if len(fields) < 2 or "\n" in paragraph:
        return False
    # The first field may be the place and date (:data:`_DATELINE_ALONE`), and a later one the
    # wires credited, joined by commas, or the author after a label: "Beograd, 18. novembar
    # 2026. | 14:05 | RTS, Tanjug", "Kosovo Online | 18.11.2026. 09:15 | Author: Kosovo Online"
    # (a Kosovo newcomer's RTS and Kosovo Online stamps were heading rows; "Pristina, 17
    # November 2026 | 14:05" was one too).
    stamps = [_a_stamp(field) or not index and bool(_DATELINE_ALONE.fullmatch(field))
              for index, field in enumerate(fields)]
    # After a place and date, the later fields are the page's credits only (:func:`_a_credit`):
    # a title-case headline there is the story's ("Kyiv, 31 March 2026 | Drones Hit Odesa
    # Port", "Prishtinë, 19 nëntor 2026 | Kurti Takon Lajçakun", a breaker's, had become
    # timestamps, the headline lost).
    dated = stamps[0] and not _a_stamp(fields[0])
    return any(stamps) and all(
        stamp or _EDITORS_NOTE.fullmatch(field) and index
        or (not dated or _a_credit(field))
        and all(_BAR_NAME.fullmatch(name) and not _headline_before_dash(name)
               # an event's name before its day is a heading's ("Drone War | 2 June 2024")
               and not _NOT_PLACE_WORDS & set(name.lower().split())
               for name in (_bar_names(field) if index else [field]))
        for index, (field, stamp) in enumerate(zip(fields, stamps)))


# An author's label before a name in a barred line, in English, Serbian or Albanian.
_AUTHOR_LABEL = re.compile(r"[ \t]*(?i:authors?|autor|autori|autorka)[ \t]*:[ \t]*")
_MAX_BAR_NAMES = 3


# A byline's label before the author's name in a barred line: "Nga Arta Berisha" (Albanian
# "by"), "Piše: …", "Autor: …", "By …".
_BYLINE_LABEL = re.compile(r"[ \t]*(?:(?i:authors?|autor|autori|autorka|piše|пише)[ \t]*:"
                           r"|(?:Nga|By|Piše|Пише|Od)[ \t]+(?=[A-ZÀ-ÞА-Я]))")
# An outlet's name as a web address: "Koha.net", "N1info.rs".
_WEB_OUTLET = re.compile(r"[ \t]*[\w\-]+(?:\.[A-Za-z]{2,})+[ \t]*")


def _a_credit(field: str) -> bool:
    """Whether a barred field after a place and date is the page's credit, not a headline: the
    wires joined by commas ("RTS, Tanjug"), the author after a label ("Nga Arta Berisha",
    "Author: Kosovo Online"), a web address ("Koha.net"), or a name of two words at most
    ("Tanjug", "Kosovo Online"); "Drones Hit Odesa Port" and "Kurti Takon Lajçakun" are
    headlines."""
    return bool("," in field or _BYLINE_LABEL.match(field) or _WEB_OUTLET.fullmatch(field)
                or len(field.split()) <= 2)


def _bar_names(field: str) -> list[str]:
    """The names of a barred line's field after its first: the field without an author's
    label (:data:`_AUTHOR_LABEL`), cut at commas into up to :data:`_MAX_BAR_NAMES` names (more
    make no names: an empty list's name fails)."""
    field = _AUTHOR_LABEL.sub("", field, count=1) if _AUTHOR_LABEL.match(field) else field
    names = [name.strip() for name in field.split(",")]
    return names if len(names) <= _MAX_BAR_NAMES else [""]


def _release_stamp_reason(paragraph: str) -> str:
    """"dateline" for a release's stamp line, "sign_off" for its closing line (see
    :data:`_DOCUMENT_SYMBOL`), "timestamp" for a site's name and date, else ""."""
    if _DOCUMENT_SYMBOL.fullmatch(paragraph) or _MEETING_LINE.fullmatch(paragraph):
        return "dateline"
    if _UN_FOOTER.fullmatch(paragraph):
        return "sign_off"
    if _site_stamp(paragraph) or _barred_stamp(paragraph):
        return "timestamp"
    return ""


def _credits_a_registry_person(paragraph: str, names: _RegistryNames) -> bool:
    """Whether a "reported from" line's reporters include a person of the registry:
    with the body going on after it, it is news of what the actors reported, not a wire's
    credit ("Syrskyi reported from Kupiansk and Zelensky from Kyiv." mid-article, a breaker's,
    had been a byline). At the story's end it stays a credit: a wire's reporter may bear a
    surname the registry holds ("Wang reported from Beijing.")."""
    persons = names.persons
    for match in _CREDITED_NAMES.finditer(paragraph):
        for name in _CREDITED_NAME_SPLIT.split(match.group(1)):
            if name.casefold() in persons or name.split()[-1].casefold() in persons:
                return True
    return False


def _credits_actors_named_before(paragraph: str, earlier: str, names: _RegistryNames) -> bool:
    """Whether every reporter a "reported from" line names is a person of the registry
    whom the story has named before it: news of what the actors reported, even as the story's
    last line ("Syrskyi reported from Kupiansk and Zelensky from Kyiv." after a paragraph on
    their visits to the front, a breaker's, had been a byline losing both mentions). A wire's
    reporter bearing a registry surname is not named in the story ("Wang reported from
    Beijing." stays a credit), nor is one whose given name goes with a registry surname: the
    whole credited name must be a registry person's form ("Emily Wang reported from Beijing."
    closing a story on Wang Yi, a breaker's, had been news adding Wang Yi and China)."""
    persons = names.persons
    first = _FIRST_CREDITED_NAMES.match(paragraph)
    if first is None:
        return False
    names = _CREDITED_NAME_SPLIT.split(first.group(1)) + [
        match.group(1) for match in _LATER_CREDITED_NAME.finditer(paragraph, first.end())]
    return all(
        name.casefold() in persons
        and re.search(rf"(?<![\w'’]){re.escape(name.split()[-1])}(?![\w'’])", earlier)
        for name in names)


# A government's press release header in capitals, as the US State Department prints it: the
# document's type ("PRESS STATEMENT", "MEDIA NOTE") and the signatory's name and post
# ("ANTONY J. BLINKEN, SECRETARY OF STATE"), a line each over the date (a newcomer's were two
# headline rows, one a headline mention of the Secretary of State). The type line is the
# release's stamp ("dateline") only beside the signatory or the date, so "PRESS STATEMENT" over
# the story stays a heading, as "Press release" does; the signatory's line is its byline
# only after the type line or over the date, and its post holds an office's word.
# The page saved as text prints the same lines in title case ("Press Statement" / "Marco
# Rubio, Secretary of State", a breaker's: two headline rows, one mentioning Rubio), so the
# type line may be in title case too (every word capitalised: :func:`_release_type_line`).
_RELEASE_TYPE_LINE = re.compile(
    r"[ \t]*(?:JOINT[ \t]+)?(?:PRESS[ \t]+(?:STATEMENT|RELEASE|BRIEFING)|"
    r"MEDIA[ \t]+(?:NOTE|ADVISORY)|NEWS[ \t]+RELEASE|READOUT|STATEMENT|REMARKS|FACT[ \t]+SHEET"
    # a communiqué, as a ministry heads one under its letterhead ("COMMUNIQUÉ", "Final
    # Communiqué": a statement's word, the letterhead over it a heading row before)
    r"|(?:PRESS[ \t]+|FINAL[ \t]+)?COMMUNIQU[EÉ]"
    # (Spanish, "COMUNICADO" under a Venezuelan ministry's letterhead: a Venezuela newcomer's
    # heading row)
    r"|COMUNICADO(?:[ \t]+(?:OFICIAL|DE[ \t]+PRENSA))?|NOTA[ \t]+DE[ \t]+PRENSA"
    # the release's embargo line, as a US command heads it ("FOR IMMEDIATE RELEASE" over the
    # date under "U.S. CENTRAL COMMAND", a Red Sea newcomer's CENTCOM release: a heading row;
    # "For Immediate Release" under "PRESS RELEASE", a Venezuela newcomer's)
    r"|FOR[ \t]+IMMEDIATE[ \t]+RELEASE)"
    r"[ \t]*", re.IGNORECASE)
# The office words a signatory's post holds.
_SIGNATORY_OFFICES = (
    "SECRETARY", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "MINISTER", "PRESIDENT",
    "AMBASSADOR", "DIRECTOR", "ADMINISTRATOR", "ENVOY", "REPRESENTATIVE", "COORDINATOR",
    "ADVISER", "ADVISOR", "CHAIR", "CHAIRMAN", "CHAIRPERSON", "CHAIRWOMAN", "COMMANDER",
    "ATTORNEY")
# The name holds no possessive and no article, nor does the post open with one: a headline's
# "PUTIN'S MAN, THE KREMLIN'S ENVOY" over the date had been a byline (a breaker's).
_CAPS_SIGNATORY_LINE = re.compile(
    r"(?![^\n]*[A-Z]['’]S\b)(?![^,\n]*\b(?:THE|A|AN)\b)"
    r"[ \t]*[A-Z][A-Z'’\-]*\.?(?:[ \t]+[A-Z][A-Z'’\-]*\.?){1,4},[ \t]+(?!(?:THE|A|AN)\b)"
    rf"(?=(?:[A-Z'’\-]+[ \t]+){{0,4}}(?:{'|'.join(_SIGNATORY_OFFICES)})\b)"
    r"[A-Z][A-Z'’\-]*(?:[ \t]+[A-Z][A-Z'’\-]*){0,7}[ \t]*")
# ... and in title case, only under the type line (:func:`_mark_release_header`): the name's
# capitalised words, a comma, a post of capitalised words holding an office's word, and its
# "of …" ("Marco Rubio, Secretary of State", "Antony J. Blinken, Secretary of the Treasury");
# a headline of this shape over the date alone ("Kallas, Europe's Top Diplomat") stays one.
_TITLE_WORD_OF_POST = r"[A-Z][\w'’\-]*\.?"
_TITLE_SIGNATORY_LINE = re.compile(
    r"(?![^\n]*['’]s\b)"
    rf"[ \t]*{_TITLE_WORD_OF_POST}(?:[ \t]+{_TITLE_WORD_OF_POST}){{1,4}},[ \t]+"
    rf"(?:{_TITLE_WORD_OF_POST}[ \t]+){{0,4}}"
    rf"(?:{'|'.join(word.title() for word in _SIGNATORY_OFFICES)})\b"
    # (an office joined to "General", hyphenated or not: "Mark Rutte, NATO Secretary-General"
    # under "Joint Statement", a Somalia fixer's case, had been two heading rows, the second the
    # headline the title search took)
    r"(?:[ \t-]General\b)?"
    r"(?:[ \t]+(?:of|for|and|the|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*"
    r"(?:[ \t]+[A-Z][\w'’\-]*)*)*[ \t]*")
# ... or the office that issues it in the signatory's place, as a media note and a readout are
# signed ("MEDIA NOTE" / "OFFICE OF THE SPOKESPERSON", a breaker's: two headline rows).
_ISSUING_OFFICE_LINE = re.compile(
    r"[ \t]*(?:OFFICE[ \t]+OF[ \t]+THE[ \t]+(?:SPOKESPERSON|SPOKESMAN|PRESS[ \t]+SECRETARY)"
    r"|Office[ \t]+of[ \t]+the[ \t]+(?:Spokesperson|Spokesman|Press[ \t]+Secretary))[ \t]*")


# ... and the issuing body's letterhead in capitals at the top of the page, over the type line
# ("UNITED NATIONS SUPPORT MISSION IN LIBYA" / "PRESS STATEMENT": a Libya newcomer's were two
# headline rows, the letterhead a headline mention of the UN): the body's name, a word naming a
# body ("MISSION", "MINISTRY", "EMBASSY", …) and what follows it only as a seat or a remit ("IN
# LIBYA", "OF FOREIGN AFFAIRS"), so a headline in capitals ("UN MISSION WELCOMES TRUCE") stays
# one.
_BODY_WORD = (r"(?:MISSION|NATIONS|MINISTRY|EMBASSY|CONSULATE|OFFICE|COMMAND|DEPARTMENT|COUNCIL|"
              r"COMMISSION|AGENCY|GOVERNMENT|DELEGATION|SECRETARIAT|PRESIDENCY|ORGANI[SZ]ATION|"
              r"UNION|HEADQUARTERS|PROGRAMME|COURT|CHANCELLERY|STAFF|FORCES?"
              # (a service and its directorate, as an army prints its releases: "NIGERIAN
              # ARMY" / "DIRECTORATE OF ARMY PUBLIC RELATIONS" over "PRESS RELEASE", a Nigeria
              # newcomer's, were three heading rows, two headline mentions of the army)
              r"|ARMY|NAVY|DIRECTORATE"
              # (and a military's press wing, "INTER SERVICES PUBLIC RELATIONS" / "DIRECTORATE"
              # over ISPR's "PRESS RELEASE", a Pakistan newcomer's heading rows)
              r"|PUBLIC[ \t]+RELATIONS)")
_LETTERHEAD_LINE = re.compile(
    rf"[ \t]*(?:[A-Z][A-Z'’.\-]*[ \t]+){{0,6}}{_BODY_WORD}"
    r"(?:[ \t]+(?:IN|OF|FOR|TO|ON)(?:[ \t]+THE)?(?:[ \t]+[A-Z][A-Z'’.\-]*){1,4})?[ \t]*")


# ... and the state's line a ministry prints under its letterhead, as Latin American ministries
# do ("MINISTRY OF NATIONAL DEFENCE" / "Republic of Colombia" / "PRESS RELEASE": a Colombia
# newcomer's were three headline rows, the state a headline mention, and the headline under
# them a second headline row): a state's word, of the state's name, in capitals or title case.
_STATE_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){0,2}"
    r"(?:REPUBLIC|KINGDOM|FEDERATION|EMIRATE|SULTANATE|PRINCIPALITY|GOVERNMENT|STATE"
    r"|Republic|Kingdom|Federation|Emirate|Sultanate|Principality|Government|State)"
    r"[ \t]+(?:OF|of)(?:[ \t]+(?:THE|the))?(?:[ \t]+[A-Z][\w'’\-]*){1,3}[ \t]*"
    # ... in Spanish, the state's word first ("República Bolivariana de Venezuela")
    r"|[ \t]*(?:República|REPÚBLICA|Reino|REINO)(?:[ \t]+[A-ZÁÉÍÓÚ][\w'’\-]*){0,2}"
    r"[ \t]+(?:de|DE|del|DEL)(?:[ \t]+[A-ZÁÉÍÓÚ][\w'’\-]*){1,3}[ \t]*")
# ... and a body's office in title case, its body word then its remit ("Public Relations
# Department" over the Guyana Defence Force's seat and "PRESS RELEASE"; Spanish "Ministerio del
# Poder Popular para Relaciones Exteriores" under the state's line over "COMUNICADO": a Venezuela
# newcomer's heading rows), read only in a letterhead block over a type line
# (:func:`_mark_letterhead_block`).
_TITLE_OFFICE_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w'’.\-]*[ \t]+){0,4}"
    r"(?:Ministry|Department|Directorate|Office|Command|Headquarters|Secretariat|Presidency|"
    r"Embassy|Ministerio|Departamento|Dirección|Oficina|Secretaría|Embajada|Comando|Despacho)"
    r"(?:[ \t]+(?:of|for|and|the|de|del|para|y|la|el|los|las|[A-ZÁÉÍÓÚ][\w'’.\-]*)){0,8}[ \t]*")


def _release_type_line(line: str) -> bool:
    """Whether ``line`` is a release's type (:data:`_RELEASE_TYPE_LINE`) in capitals or in
    title case ("Press Statement"; not "Press statement", a heading's words)."""
    return bool(_RELEASE_TYPE_LINE.fullmatch(line)) and (
        line.strip() == line.strip().upper() or line.strip().istitle())


def _mark_release_header(texts: list[str],
                         paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """The organ's line in capitals (:data:`_ORGAN_LINE`) right over a meeting's number is the
    release's stamp too, and so is a release's type line beside its signatory or date
    (:func:`_release_type_line`); the signatory's line, or the issuing office's, is its
    byline, and so is the letterhead over the type line at the page's top
    (:data:`_LETTERHEAD_LINE`), the type line under it the stamp."""
    def unread(i: int) -> bool:
        return all(p.kind == "sentence" for p in paragraphs[i])

    def dated(i: int) -> bool:
        return i < len(paragraphs) and all(
            p.kind == "boilerplate" and p.reason in ("timestamp", "dateline")
            for p in paragraphs[i])

    def typed(i: int) -> bool:
        return 0 <= i < len(texts) and unread(i) and _release_type_line(texts[i])

    def signed(i: int, after_type: bool = False) -> bool:
        return 0 <= i < len(texts) and unread(i) and bool(
            _CAPS_SIGNATORY_LINE.fullmatch(texts[i]) or _ISSUING_OFFICE_LINE.fullmatch(texts[i])
            or after_type and _TITLE_SIGNATORY_LINE.fullmatch(texts[i]))

    def state_line(i: int) -> bool:
        return 0 <= i < len(texts) and unread(i) and bool(_STATE_LINE.fullmatch(texts[i]))

    def numbered(i: int) -> bool:
        # the type line with the release's number, read as its stamp already ("PRESS RELEASE
        # No. 184" right under the letterhead)
        # (or after its press office and a bar, "Public Affairs | Release No. 26-1206-01"
        # under "U.S. CENTRAL COMMAND": :func:`_barred_reference`)
        return i < len(texts) and dated(i) and bool(_REFERENCE_LINE.fullmatch(texts[i])
                                                    or _barred_reference(texts[i]))

    def letterhead(i: int) -> bool:
        # over the type line, or over the state's line over it (:data:`_STATE_LINE`)
        below = i + 2 if state_line(i + 1) else i + 1
        return 0 <= i < len(texts) and unread(i) and (typed(below) or numbered(below)) and all(
            p.kind == "boilerplate" for ps in paragraphs[:i] for p in ps) and \
            bool(_LETTERHEAD_LINE.fullmatch(texts[i]))

    marked = list(paragraphs)
    for index in range(len(texts)):
        if unread(index) and index + 1 < len(texts) and _ORGAN_LINE.fullmatch(texts[index]) \
                and _MEETING_LINE.fullmatch(texts[index + 1]):
            marked[index] = _relabel(paragraphs[index], "boilerplate", "dateline")
        elif letterhead(index) or state_line(index) and letterhead(index - 1):
            marked[index] = _relabel(paragraphs[index], "boilerplate", "byline")
        elif typed(index) and (signed(index + 1, after_type=True) or dated(index + 1)
                               or letterhead(index - 1)
                               or state_line(index - 1) and letterhead(index - 2)):
            marked[index] = _relabel(paragraphs[index], "boilerplate", "dateline")
        elif typed(index - 1) and signed(index, after_type=True) or \
                signed(index) and dated(index + 1):
            marked[index] = _relabel(paragraphs[index], "boilerplate", "byline")
    return marked


# A letterhead of several lines over the type line, as a government in exile prints it: the
# state in capitals, the government, the issuing office in title case ("FEDERAL REPUBLIC OF
# AMBAZONIA" / "INTERIM GOVERNMENT" / "Office of the Secretary of Communications" over "PRESS
# RELEASE No. 041/IG/2025": a Cameroon newcomer's were three heading rows, two headline
# mentions, and the headline under them, past the title search's three rows, a second headline
# row). Each line a letterhead line (:data:`_LETTERHEAD_LINE`), a state's formal name
# (:data:`_STATE_LINE`), or an office of a post ("Office of the Secretary of …").
_OFFICE_OF_POST_LINE = re.compile(
    r"[ \t]*(?:OFFICE[ \t]+OF[ \t]+THE|Office[ \t]+of[ \t]+the)[ \t]+"
    r"(?:[A-Z][\w'’\-]*[ \t]+)*(?i:secretary|minister|spokesperson|spokesman|president|"
    r"prime[ \t]+minister|director|commissioner|chairman|chairperson)"
    r"(?:[ \t]+(?:of|for|OF|FOR)(?:[ \t]+(?:the|THE|and|AND|[A-Z][\w'’\-]*))+)?[ \t]*")


# A briefing's title under a ministry's letterhead, with or without its date, in title case or
# capitals: "Weekly Press Briefing – 5 June 2025" under "REPUBLIC OF TÜRKİYE" / "MINISTRY OF
# NATIONAL DEFENCE" (an Iraqi Kurdistan newcomer's Turkish MoND transcript: the letterhead was
# two heading rows, the ministry a headline mention). It heads the transcript as the release's
# type line heads a release, but is its title, so it stays a heading.
# (the frequency's word alone before "Briefing" too, "Daily Briefing – 3 March 2025" under
# "UKRAINE" / "MINISTRY OF DEFENCE", a fixer's case: three heading rows)
_BRIEFING_TITLE_LINE = re.compile(
    r"[ \t]*(?:(?:Weekly|Daily|Regular|Monthly|Special|WEEKLY|DAILY|REGULAR|MONTHLY|SPECIAL)"
    r"[ \t]+(?:(?:Press|News|Media|PRESS|NEWS|MEDIA)[ \t]+)?|(?:Press|News|Media|PRESS|NEWS|MEDIA)"
    r"[ \t]+)(?:Briefing|Conference|BRIEFING|CONFERENCE)"
    r"(?:[ \t]*(?:[–—-]|,|:)[ \t]*(?P<date>[^\n]+?))?[ \t]*")


def _briefing_title_line(line: str) -> bool:
    """Whether ``line`` is a briefing's title (:data:`_BRIEFING_TITLE_LINE`), its tail a date
    only ("Weekly Press Briefing – Minister warns Baghdad" is a headline)."""
    match = _BRIEFING_TITLE_LINE.fullmatch(line)
    return match is not None and (match["date"] is None or bool(_a_stamp(match["date"])))
# ... and the seat's address under such lines, as an army's command prints it ("HEADQUARTERS" /
# "WESTERN MINDANAO COMMAND" / "ARMED FORCES OF THE PHILIPPINES" / "Camp Navarro, Calarian,
# Zamboanga City" over "PRESS RELEASE No. 2025-118", a Philippines newcomer's WestMinCom
# release: four heading rows, two headline mentions, and the headline past the title search,
# counted twice): two to four places of one to three capitalised words joined by commas.
_ADDRESS_LINE = re.compile(
    r"[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}"
    r"(?:,[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}){1,3}[ \t]*")


# ... or the seat's city and its state joined by a spaced dash, as ISPR prints it ("INTER
# SERVICES PUBLIC RELATIONS" / "DIRECTORATE" / "Rawalpindi - Pakistan", a Pakistan newcomer's
# heading rows, the seat's line two headline mentions).
_DASH_SEAT_LINE = re.compile(r"[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?[ \t]+[-–—][ \t]+"
                             r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*)?[ \t]*")


def _letterhead_address_line(line: str) -> bool:
    """Whether ``line`` is a seat's address (:data:`_ADDRESS_LINE`, :data:`_DASH_SEAT_LINE`),
    read only under a letterhead's line (:func:`_mark_letterhead_block`)."""
    return bool(_ADDRESS_LINE.fullmatch(line) or _DASH_SEAT_LINE.fullmatch(line))


def is_letterhead_line(line: str) -> bool:
    """Whether ``line`` is one line of a body's letterhead (:data:`_LETTERHEAD_LINE`,
    :data:`_STATE_LINE`, :data:`_OFFICE_OF_POST_LINE`): the title search
    (:func:`analysis.score.add_titles`) reads such lines over the article's headline as its
    letterhead."""
    return bool(_LETTERHEAD_LINE.fullmatch(line) or _STATE_LINE.fullmatch(line)
                or _OFFICE_OF_POST_LINE.fullmatch(line))


# ... and a letterhead's line printed in two languages joined by a slash, the state's own and
# English ("REPUBLIKA E KOSOVËS / REPUBLIC OF KOSOVO", "POLICIA E KOSOVËS / KOSOVO POLICE",
# "Drejtoria Rajonale Mitrovicë Veri / Regional Directorate North Mitrovica" over "PRESS
# RELEASE", a Kosovo newcomer's Kosovo Police release: three heading rows, four headline
# mentions of Kosovo and its police): each side capitalised words and a name's small words
# (:func:`_bilingual_sides`).
_BILINGUAL_SIDE = re.compile(
    r"[ \t]*[A-ZÀ-Þ][\w'’.\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.\-]*|e|i|të|së|of|the|and|for|de|la|"
    r"du|des|del|na|za|u)){0,7}[ \t]*")


def _bilingual_sides(line: str) -> list[str]:
    """The two sides of a letterhead's line in two languages (:data:`_BILINGUAL_SIDE`), else
    none."""
    sides = re.split(r"[ \t]+/[ \t]+", line.strip())
    return sides if len(sides) == 2 and all(_BILINGUAL_SIDE.fullmatch(side) for side in sides) \
        else []


def _mark_letterhead_block(texts: list[str],
                           paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Two or more letterhead lines (:data:`_LETTERHEAD_LINE`, :data:`_STATE_LINE`,
    :data:`_OFFICE_OF_POST_LINE`), one at least naming the state or a body, at the page's top
    right over the release's type line, with or without its number, are its byline, and an
    unnumbered type line under them its stamp; such lines over the story with no type line,
    or a capitals headline among them, stay headings."""
    def unread(i: int) -> bool:
        return all(p.kind == "sentence" for p in paragraphs[i])

    def head_line(i: int) -> bool:
        # (either side of a line in two languages: :func:`_bilingual_sides`)
        return unread(i) and (any(_LETTERHEAD_LINE.fullmatch(line) or _STATE_LINE.fullmatch(line)
                                  for line in [texts[i], *_bilingual_sides(texts[i])])
                              or bool(_TITLE_OFFICE_LINE.fullmatch(texts[i])))

    def typed(i: int) -> bool:
        # (the type line read as the stamp already, over its number: "PRESS RELEASE" over
        # "No. 2026/11/417")
        return i < len(texts) and (
            unread(i) and _release_type_line(texts[i])
            or all(p.kind == "boilerplate" and p.reason == "dateline" for p in paragraphs[i])
            and bool(_REFERENCE_LINE.fullmatch(texts[i]) or _release_type_line(texts[i])))

    def contact(i: int) -> bool:
        return unread(i) and bool(_CONTACT_LINE.match(texts[i].strip()))

    def stamped(i: int) -> bool:
        # the letterhead's contact line (left to the contact line's own reading) and the
        # release's reference line, read already, between it and the type line ("Tel:
        # 051-9271600    Fax: 051-9271613" / "No PR-218/2026-ISPR    Dated: November 14, 2026"
        # over ISPR's "PRESS RELEASE")
        return contact(i) or all(p.kind == "boilerplate" and p.reason == "dateline"
                                 for p in paragraphs[i]) and not typed(i)

    start = next((i for i, ps in enumerate(paragraphs)
                  if not all(p.kind == "boilerplate" for p in ps)), len(paragraphs))
    end = start
    # (the state's short name in capitals opening the block, right over a body's line: "UKRAINE"
    # over "MINISTRY OF DEFENCE" over a briefing's title, a fixer's case: heading rows)
    if start + 1 < len(texts) and unread(start) and _CAPS_PLACE_LINE.fullmatch(texts[start]) \
            and not _briefing_title_line(texts[start]) \
            and not set(texts[start].lower().split()) & _NOT_COLON_PLACES \
            and unread(start + 1) and _LETTERHEAD_LINE.fullmatch(texts[start + 1]):
        end += 1
    while end < len(texts) and (head_line(end) or unread(end) and (
            _OFFICE_OF_POST_LINE.fullmatch(texts[end]) or _bilingual_sides(texts[end])
            or end > start and _letterhead_address_line(texts[end]))
            or end > start and stamped(end)):
        end += 1
    # (or over a briefing's title, which stays its heading: :func:`_briefing_title_line`; then
    # one body's line will do, "MINISTRY OF NATIONAL DEFENCE" over "Weekly Press Briefing – 5
    # June 2025", a fixer's case: two heading rows)
    briefing = end < len(texts) and unread(end) and _briefing_title_line(texts[end])
    single = briefing and end - start == 1 and bool(_LETTERHEAD_LINE.fullmatch(texts[start]))
    if end - start < 2 and not single or not any(head_line(i) for i in range(start, end)) \
            or not (typed(end) or briefing):
        return paragraphs
    return [_relabel(pieces, "boilerplate", "byline")
            if start <= i < end and unread(i) and not contact(i)
            else _relabel(pieces, "boilerplate", "dateline") if i == end and unread(i)
            and not briefing
            else pieces for i, pieces in enumerate(paragraphs)]


# A wire's dateline on a line of its own, a place in capitals between the byline or stamp and
# the lead, as Anadolu prints it ("ISTANBUL" under "Name |17.05.2025 - Update : …": a Libya
# newcomer's heading row): up to three words of capitals, no rubric ("BREAKING", "ANALYSIS").
_CAPS_PLACE_LINE = re.compile(r"[ \t]*[A-Z][A-Z'’\-]{2,}(?:[ \t]+[A-Z][A-Z'’\-]+){0,2}[ \t]*")


# A reporter's bare name on a line of its own between the headline and the page's stamp, as
# Dawn and TOLOnews print it ("Umar Farooq Khattak" over "Published November 14, 2026 …",
# "Siyar Sirat" over "Nov 14, 2026 - 18:32", a Pakistan newcomer's heading rows): two to four
# capitalised words, the first a given name to the name data, no body's or title's word and no
# registry name among them.
_BARE_NAME_LINE = re.compile(r"[ \t]*[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}[ \t]*")


def _mark_name_byline(texts: list[str], paragraphs: list[list[_Piece]], first_body: int,
                      names: _RegistryNames) -> list[list[_Piece]]:
    """The second paragraph is a byline when it is a bare name (:data:`_BARE_NAME_LINE`) right
    under the first, unread (the headline), and right over a date stamp, before the body; a
    name over the body or under a stamp stays a heading."""
    def unread(i: int) -> bool:
        return all(p.kind == "sentence" for p in paragraphs[i])

    if len(paragraphs) < 3 or first_body <= 2 or not unread(0) or not unread(1) or \
            not _BARE_NAME_LINE.fullmatch(texts[1]) or \
            not _reads_as_a_persons_name(texts[1].strip()) or \
            not all(p.kind == "boilerplate" and p.reason in ("timestamp", "dateline")
                    for p in paragraphs[2]):
        return paragraphs
    words = texts[1].split()
    if texts[1].strip().casefold() in names.actors | names.persons or any(
            w.casefold() in names.actors | names.places for w in words):
        return paragraphs  # "Vladimir Putin" over a stamp: a kicker naming the story's subject
    return [_relabel(pieces, "boilerplate", "byline") if i == 1 else pieces
            for i, pieces in enumerate(paragraphs)]


def _mark_lone_dateline(texts: list[str], paragraphs: list[list[_Piece]],
                        first_body: int) -> list[list[_Piece]]:
    """The paragraph right over the first body sentence (``first_body``) is a dateline when it
    is a place in capitals (:data:`_CAPS_PLACE_LINE`) and right under a byline, a stamp or
    another dateline; elsewhere such a line is a heading ("UKRAINE" over a story is a kicker)."""
    index = first_body - 1
    # (its colon too, as Pakistani dailies print it when the lead starts a new line: "BANNU:"
    # under "PHOTO: FILE" over the lead, a Pakistan newcomer's Express Tribune story, had been a
    # body sentence; under a caption as well, the colon marking it a dateline)
    line = texts[index] if 0 <= index < len(texts) else ""
    place = re.sub(r"[ \t]*:[ \t]*$", "", line)
    above = ("byline", "timestamp", "dateline") + (("caption",) if place != line else ())
    if index < 1 or index >= len(paragraphs) or \
            not all(p.kind == "sentence" for p in paragraphs[index]) or \
            not _CAPS_PLACE_LINE.fullmatch(place) or \
            set(place.lower().split()) & _NOT_COLON_PLACES or \
            _briefing_title_line(place) or \
            not all(p.kind == "boilerplate" and p.reason in above
                    for p in paragraphs[index - 1]):
        return paragraphs
    return [_relabel(pieces, "boilerplate", "dateline") if i == index else pieces
            for i, pieces in enumerate(paragraphs)]


# A photo's label opening a line ("Photo:", "Foto:"), and the caption after it.
_PHOTO_LABEL = re.compile(r"[ \t]*(?i:photo|foto|picture|image)s?[ \t]*:[ \t]*\S")


def _mark_top_caption(texts: list[str], paragraphs: list[list[_Piece]],
                      first_body: int) -> list[list[_Piece]]:
    """The paragraph right over the first body sentence (``first_body``) is a caption when it
    is one line under a photo's label (:data:`_PHOTO_LABEL`) and right under the page's
    byline, stamp or dateline, as the press of Serbia and Kosovo prints the lead photo's
    caption ("Foto: Zyrtarë policorë kontrollojnë veturat në pikën kufitare të Jarinjës" under
    "Prishtinë, 19 nëntor 2026 | Koha.net | Nga Arta Berisha", a Kosovo newcomer's Koha page:
    a heading row); elsewhere such a line without a credit stays a heading."""
    index = first_body - 1
    if index < 1 or index >= len(paragraphs) or \
            not all(p.kind == "sentence" for p in paragraphs[index]) or \
            not _PHOTO_LABEL.match(texts[index]) or "\n" in texts[index].strip() or \
            len(texts[index].split()) > _MAX_CAPTION_WORDS or \
            not all(p.kind == "boilerplate" and p.reason in ("byline", "timestamp", "dateline")
                    for p in paragraphs[index - 1]):
        return paragraphs
    return [_relabel(pieces, "boilerplate", "caption") if i == index else pieces
            for i, pieces in enumerate(paragraphs)]


# A parent body's acronym alone on the page's first line, over the article's own outlet's name
# (:func:`_is_outlet_line`), and the outlet's name, seat and address after bars under that name,
# as KFOR heads its statements ("NATO" / "KFOR" / "Kosovo Force | Headquarters KFOR | Camp Film
# City, Pristina" under source "KFOR", a Kosovo newcomer's: heading rows mentioning NATO, KFOR
# and Kosovo): the barred line's fields names (:data:`_BAR_NAME`) or an address
# (:data:`_ADDRESS_LINE`), one of them the headquarters' or the outlet's own.
_ACRONYM_LINE = re.compile(r"[ \t]*[A-Z]{2,6}[ \t]*")
_SEAT_WORD = re.compile(r"\b(?:Headquarters|HEADQUARTERS|HQ)\b")


def _seat_line(line: str, source: str) -> bool:
    """Whether ``line`` is an outlet's name, seat and address joined by bars (see
    :data:`_ACRONYM_LINE`)."""
    fields = re.split(r"[ \t]*\|[ \t]*", line.strip())
    return len(fields) >= 2 and "\n" not in line.strip() and all(
        _BAR_NAME.fullmatch(field) or _ADDRESS_LINE.fullmatch(field) for field in fields) \
        and any(_SEAT_WORD.search(field) or _is_outlet_line(field, source) for field in fields)


def _mark_outlet_letterhead(texts: list[str], paragraphs: list[list[_Piece]],
                            source: str) -> list[list[_Piece]]:
    """The parent body's acronym over the outlet's own name line at the page's top, and the
    outlet's seat line under it (:func:`_seat_line`), are its byline, as that name line is;
    the acronym over a headline, or such a line under another's name, stays a heading."""
    def unread(i: int) -> bool:
        return 0 <= i < len(paragraphs) and all(p.kind == "sentence" for p in paragraphs[i])

    for index in range(min(2, len(paragraphs))):
        if not all(p.kind == "boilerplate" and p.reason == "byline" for p in paragraphs[index]) \
                or not _is_outlet_line(texts[index], source):
            continue
        marked = list(paragraphs)
        if index == 1 and unread(0) and _ACRONYM_LINE.fullmatch(texts[0]):
            marked[0] = _relabel(paragraphs[0], "boilerplate", "byline")
        if unread(index + 1) and _seat_line(texts[index + 1], source):
            marked[index + 1] = _relabel(paragraphs[index + 1], "boilerplate", "byline")
        return marked
    return paragraphs


# A statement's signatory block printed under its headline, over the body, as the CPP's
# Information Bureau prints it ("Marco L. Valbuena" / "Chief Information Officer" / "Communist
# Party of the Philippines", a Philippines newcomer's: three heading rows, headline mentions of
# Valbuena and the CPP): the name (:data:`_SIGNATORY`), a post of capitalised words holding an
# office's word, and maybe the body's name (:data:`_NAME_OR_POST_LINE`), lines of one block.
_TOP_POST_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){0,3}"
    rf"(?:Officer|Chief|Head|Editor|{'|'.join(word.title() for word in _SIGNATORY_OFFICES)})"
    r"(?:[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:of|the|and|[A-Z][\w'’\-]*))*)?"
    r"[ \t]*")


def _mark_top_signature(text: str, paragraphs: list[list[_Piece]],
                        first_body: int) -> list[list[_Piece]]:
    """A signatory's name over a post (:data:`_TOP_POST_LINE`), and the body's name under them,
    lines of one block (no blank line between) over the first body sentence (``first_body``),
    are the statement's byline; a name over a headline, or such lines apart, stay headings."""
    def line(i: int) -> str:
        return text[paragraphs[i][0].start:paragraphs[i][-1].end]

    def unread(i: int) -> bool:
        return i < first_body and all(p.kind == "sentence" for p in paragraphs[i])

    def joined(i: int) -> bool:  # the line right under line i - 1, in its block
        return text.count("\n", paragraphs[i - 1][-1].end, paragraphs[i][0].start) == 1

    marked = list(paragraphs)
    for i in range(len(paragraphs) - 1):
        if unread(i) and unread(i + 1) and joined(i + 1) and "\n" not in line(i) + line(i + 1) \
                and _SIGNATORY.fullmatch(line(i)) and _TOP_POST_LINE.fullmatch(line(i + 1)):
            block = [i, i + 1]
            if i + 2 < len(paragraphs) and unread(i + 2) and joined(i + 2) \
                    and _NAME_OR_POST_LINE.fullmatch(line(i + 2)) \
                    and len(line(i + 2).split()) <= _MAX_SIGNATURE_RUN_WORDS:
                block.append(i + 2)
            for j in block:
                marked[j] = _relabel(paragraphs[j], "boilerplate", "byline")
    return marked


# The issuing body's name over its bureau's line at the page's top, in title case, as the CPP's
# Information Bureau heads its statements ("Communist Party of the Philippines" / "Information
# Bureau", a Philippines newcomer's: the bureau's line was a byline, the party's a heading row
# with a headline mention): a body's name, its word (:data:`_BODY_WORD`, or a party's, a
# front's, a movement's) and only its seat or remit after it.
_TOP_BODY_LINE = re.compile(
    rf"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){{0,3}}(?i:{_BODY_WORD}|party|front|movement)"
    r"(?:[ \t]+(?:of|for|in)(?:[ \t]+(?:the|of|and|[A-Z][\w'’\-]*))+)?[ \t]*")


def _mark_body_over_bureau(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """The page's first line, a body's name (:data:`_TOP_BODY_LINE`), right over a byline that
    names no reporter ("Information Bureau", not "By …") in the same block, is that byline's
    letterhead; a headline over a byline, or the name elsewhere, stays a heading."""
    if len(paragraphs) < 2 or not all(p.kind == "sentence" for p in paragraphs[0]):
        return paragraphs
    first = text[paragraphs[0][0].start:paragraphs[0][-1].end]
    below = text[paragraphs[1][0].start:paragraphs[1][-1].end]
    if "\n" in first or not _TOP_BODY_LINE.fullmatch(first) \
            or text.count("\n", paragraphs[0][-1].end, paragraphs[1][0].start) != 1 \
            or not all(p.kind == "boilerplate" and p.reason == "byline" for p in paragraphs[1]) \
            or re.match(r"[ \t*_]*(?i:by|par)\b", below):
        return paragraphs
    return [_relabel(paragraphs[0], "boilerplate", "byline")] + paragraphs[1:]


def _promoted(previous: str, paragraph: str) -> bool:
    """Whether ``paragraph`` is another story's headline under a pointer alone on the line
    before it ("Related article" / "Ukraine agrees to US ceasefire proposal"): one line, no
    final full stop, at most :data:`_MAX_PROMO_HEADLINE_WORDS` words."""
    return bool(_PROMO_MARKER.fullmatch(previous)) and "\n" not in paragraph.strip() \
        and not _ends_sentence(paragraph.strip()) \
        and len(paragraph.split()) <= _MAX_PROMO_HEADLINE_WORDS


def _mark_promo_list(text: str, texts: list[str],
                     paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Two or more other stories' headlines listed under a pointer alone on its line, each on
    the next line with no blank line between (:func:`_promoted`), are a ``headline_list``, as
    Punch prints its related stories ("RELATED NEWS" / "Boko Haram: Borno govt suspends
    farming in 3 LGAs" / "Troops kill 15 terrorists in Sambisa", a Nigeria newcomer's: the
    second headline was a heading row, headline mentions of the army); the list ends at a blank
    line or a sentence."""
    def runs_on(i: int) -> bool:
        return "\n\n" not in text[paragraphs[i - 1][-1].end:paragraphs[i][0].start]

    marked = list(paragraphs)
    for index, line in enumerate(texts):
        if not _PROMO_MARKER.fullmatch(line):
            continue
        end = index + 1
        while end < len(texts) and runs_on(end) and _promoted(line, texts[end]) and all(
                p.kind == "sentence" or p.reason == "promo_line" for p in paragraphs[end]):
            end += 1
        if end - index > 2:
            for i in range(index + 1, end):  # the first one too, a promo_line alone
                marked[i] = [replace(p, kind="boilerplate", reason="headline_list")
                             for p in paragraphs[i]]
    return marked


def _code_blocks(texts: list[str]) -> set[int]:
    """Indices of paragraphs that are code fences or lie between two (an unclosed fence
    runs to the end of the article)."""
    inside, selected = False, set()
    for index, paragraph in enumerate(texts):
        if _FENCE.match(paragraph):
            selected.add(index)
            # A fence paragraph holding its own closing fence ("```\nlog\n```") stays shut.
            inside = not inside if paragraph.count("```") + paragraph.count("~~~") == 1 else inside
        elif inside:
            selected.add(index)
    return selected


def _is_list_item(paragraph: str) -> bool:
    """A list item with enough words to be a point of its own (body copy, not a heading)."""
    return bool(_LIST_ITEM.match(paragraph)) and len(_words(paragraph)) >= _MIN_LIST_ITEM_WORDS


def _is_substantial_sentence(text: str) -> bool:
    """A sentence of the article's body: several words and a sentence-final mark."""
    return len(_words(text)) >= _MIN_BODY_WORDS and _ends_sentence(text)


def _is_stray_line(text: str) -> bool:
    """A short line without a full stop: a heading, a tag, a label, never a sentence."""
    return len(_words(text)) < _MIN_BODY_WORDS and not _ends_sentence(text)


# A site's menu or breadcrumb on one line, its items joined by bars or arrows ("Home | News |
# Defence | Cabo Delgado", a Mozambique newcomer's copied page: a heading row over the title):
# three items or more, each as short as a menu line (_MAX_MENU_WORDS), no full stop; two items
# may be a rubric and a headline ("Analysis | Kherson falls").
_MENU_SEPARATOR = re.compile(r"[ \t]+[|•·›»>/][ \t]+")
_MIN_MENU_ITEMS = 3


def _is_menu_line(line: str) -> bool:
    """Whether ``line`` is a menu's items on one line (:data:`_MENU_SEPARATOR`)."""
    items = _MENU_SEPARATOR.split(line.strip())
    return ("\n" not in line and len(items) >= _MIN_MENU_ITEMS and not _ends_sentence(line)
            and all(0 < len(_words(item)) <= _MAX_MENU_WORDS for item in items))


# A page's topic tags after their label, on one line after the body ("Tags: Boko Haram, Borno,
# Nigeria", a Nigeria newcomer's monitoring site: a heading row with two headline mentions,
# while "Tags: ISWAP, Borno, Nigeria", short enough, was a stray line already): the label, then
# names of up to four words joined by commas, bars or semicolons, however many, no full stop.
_TAG_LINE = re.compile(
    # (Spanish "Etiquetas: Esequibo, Guyana, Fuerza Armada", a Venezuela newcomer's heading row)
    r"[ \t]*(?i:tags?|tagged(?:[ \t]+(?:with|in))?|topics?|keywords|filed[ \t]+under|etiquetas|"
    r"palabras[ \t]+clave)[ \t]*:"
    r"[ \t]*[^\W_][^,;|.!?\n]{0,40}(?:[ \t]*[,;|][ \t]*[^\W_][^,;|.!?\n]{0,40})*[ \t]*")


def _is_tag_line(line: str) -> bool:
    """Whether ``line`` is a labelled line of topic tags (:data:`_TAG_LINE`), each tag a name
    of at most four words."""
    return bool(_TAG_LINE.fullmatch(line)) and all(
        len(tag.split()) <= 4 for tag in re.split(r"[,;|]", line.split(":", 1)[1]))


def _mark_page_edges(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """Stray short lines after the last body sentence are page furniture (topic tags:
    "Russia", "Vladimir Putin"). In a copied web page (two or more interface labels) so are
    the headings after it (other stories' headlines under "Most viewed": a heading there
    heads nothing) and the short lines before the first body sentence (the site's menu:
    "World", "Europe", "Opinion")."""
    body = [i for i, pieces in enumerate(paragraphs)
            if any(p.kind == "sentence" and (_is_substantial_sentence(text[p.start:p.end])
                                             or _is_list_item(text[p.start:p.end]))
                   for p in pieces)]
    if not body:
        return paragraphs
    ui_labels = sum(p.reason == "web_ui" for pieces in paragraphs for p in pieces)
    page = ui_labels >= _MIN_PAGE_LABELS

    def stray(pieces: list[_Piece], max_words: int, any_heading: bool,
              menu: bool = False) -> bool:
        kinds = {p.kind for p in pieces}
        if not kinds or kinds - {"heading", "sentence"}:
            return False  # boilerplate already, or nothing
        whole = text[pieces[0].start:pieces[-1].end]
        short = _is_stray_line(whole) and len(_words(whole)) <= max_words
        return (short or (any_heading and kinds == {"heading"})
                or (menu and _is_menu_line(whole))  # "Home | News | Defence | Cabo Delgado"
                or (not menu and _is_tag_line(whole)))  # "Tags: Boko Haram, Borno, Nigeria"

    marked = []
    for index, pieces in enumerate(paragraphs):
        # After the body: tags and stray labels always; in a copied page, headings too
        # (other stories); elsewhere a closing line without its full stop stays a heading.
        if index > body[-1] and stray(pieces, _MIN_BODY_WORDS, any_heading=page):
            pieces = [replace(p, kind="boilerplate", reason="after_body") for p in pieces]
        elif index < body[0] and page and stray(pieces, _MAX_MENU_WORDS, any_heading=False,
                                                menu=True):
            pieces = [replace(p, kind="boilerplate", reason="navigation") for p in pieces]
        marked.append(pieces)
    return marked


# A column's note on its author: "Dr. Nadia Kamal is a senior fellow at the Bab al-Mandab
# Institute." (a newcomer's think-tank analysis, the line before "The views expressed are her
# own.", had it scored a body sentence). A name, "is a/an/the", a post, a body: the form of a
# body sentence too ("Kofman is a senior fellow at CNA, and he argues …"), hence the place test
# of _mark_end_notes.
_AUTHOR_POST = (r"(?:fellow|researcher|analyst|professor|lecturer|director|scholar|chair|head|"
                r"editor|president|founder|co-founder|adviser|advisor|consultant|expert|"
                r"specialist|author|correspondent|journalist|writer|columnist|ambassador)\b")
# ... and, where the subject says it is the column's author, a retired officer's or official's
# post: "The writer is a retired Lieutenant General of the Indian Army.", "… a former Foreign
# Secretary of India." (a breaker's; after a name it could end a news story: "Zaluzhny is a
# former commander of …")
_AUTHOR_FORMER_POST = (r"(?:diplomat|secretary|general|officer|minister|envoy|commander|"
                       r"admiral|colonel|strategist|commentator|historian|economist)\b")
_AUTHOR_NOTE = re.compile(
    r"[ \t]*[*_]*(?:"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Amb|Ambassador|Gen|Col|Maj|Capt|Adm)\.?[ \t]+)?"
    r"[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*\.?|(?:al|el)-[\w'’\-]+|bin|de|van|von)){0,4}"
    # an indefinite post or none: not "Medinsky is the head of the Russian delegation." ending a
    # news item (a breaker's)
    rf"[ \t]+is[ \t]+(?:(?:a|an)[ \t]+)?(?:(?!the\b)[a-z][\w'’\-]*[ \t]+){{0,3}}?{_AUTHOR_POST}"
    # ... or the column's author unnamed, as Indian and Pakistani papers print it: "The author is
    # a former Indian ambassador to Russia.", "The writer is a senior fellow at the Atlantic
    # Council." (a reviewer's, body sentences). The subject says whose note it is, so the post
    # and the words before it may be capitalised ("Professor of …", "Indian ambassador")
    r"|(?:The|This)[ \t]+(?:author|writer|columnist)[ \t]+is[ \t]+(?:(?:a|an|the)[ \t]+)?"
    rf"(?:[A-Za-z][\w'’\-]*[ \t]+){{0,3}}?(?i:{_AUTHOR_POST}|{_AUTHOR_FORMER_POST}))"
    r"(?:[ \t]+[a-z][\w'’\-]*){0,4}?[ \t]+(?:at|of|with|for|in|to)[ \t]+(?:the[ \t]+)?[A-Z]")


# ... or a note naming the outlet the author works for, with a newsroom post: "Joshua Kucera is
# Eurasianet's Caucasus editor." closing a newcomer's Markdown analysis, in italics, had been a
# body sentence. The outlet's possessive says it is the newsroom's note ("Peskov is Putin's
# spokesman." is no post of a newsroom).
_NEWSROOM_POST = (r"(?:editor|correspondent|reporter|columnist|contributor|writer|producer|"
                  r"bureau[ \t]+chief)\b")
# ... or a research house's post, as a think tank notes its author ("Claudia Gazzini is Crisis
# Group's Senior Analyst for Libya.", a Libya newcomer's, a body sentence mentioning Libya;
# "… Program Director for Europe and Central Asia"), capitalised or not; not a leader's aide
# nor a company's director ("Ushakov is Putin's foreign policy adviser.", "Sechin is Rosneft's
# managing director." name no research post).
_RESEARCH_POST = (r"(?:[Aa]nalyst|[Ff]ellow|[Rr]esearcher"
                  r"|(?:[Pp]rogram(?:me)?|[Pp]roject|[Rr]esearch)[ \t]+[Dd]irector)\b")
_OUTLET_AUTHOR_NOTE = re.compile(
    r"[ \t]*[*_]*"
    r"[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*\.?|(?:al|el)-[\w'’\-]+|bin|de|van|von)){0,3}"
    r"[ \t]+(?P<surname>[A-Z][\w'’\-]*|(?:al|el)-[\w'’\-]+)"
    r"[ \t]+is[ \t]+(?:the[ \t]+)?(?P<outlet>[A-Z][\w.&\-]*(?:[ \t]+[A-Z][\w.&\-]*){0,3}?)"
    r"(?:['’]s|s['’])"
    rf"(?:[ \t]+(?:senior|chief|deputy|associate|contributing|managing|special|foreign|"
    rf"[A-Z][\w'’\-]*)){{0,3}}[ \t]+(?:{_NEWSROOM_POST}|{_RESEARCH_POST})"
    r"(?:[ \t,]+[^.!?\n]{1,100})?[.!]?[*_]*[ \t]*")


# A live blog's or programme's closing line naming what closes: "That's all for our live
# coverage today." (a Sahel newcomer's, before "Thanks for following.", was a body sentence),
# "That's it for our live coverage of …", "We're pausing our live coverage of the crisis in
# Niger.", "This live page is no longer being updated.", "That's all for this edition of The
# Interview.", "That's all from our live coverage today." (an India-Pakistan newcomer's live
# blog, a body sentence). Placed like an author's note: the tail after the coverage is free.
_CLOSING_LINE = re.compile(
    r"""[ \t]*(?:
        that['’]?s\s+(?:all|it)\s+(?:for|from)\s+(?:our|this|the|today['’]s|tonight['’]s)\s+
            (?:live\s+)?
            (?:coverage|blog|updates|page|edition|programme|program|episode|show)
      | we(?:\s+are|['’]re)\s+(?:closing|pausing|ending|wrapping\s+up|suspending)\s+
            (?:this|our)\s+(?:live\s+)?(?:blog|coverage|page|updates)
      | this\s+(?:live\s+)?(?:blog|page|coverage)\s+is\s+no\s+longer\s+(?:being\s+)?updated
    )\b[^.!?\n]{0,100}[.!]?""",  # a piece is trimmed: no trailing blanks to try
    re.IGNORECASE | re.VERBOSE,
)


# A communiqué's signature block: the signatory's name on one line, the post on the next, after
# the body ("Lawrence Kanyuka" / "Spokesperson of the AFC/M23": an AFC/M23 newcomer's post line
# was a headline row mentioning AFC and M23). The post names an office of capitalised words
# only, so a subheading saying what befell one goes on ("Spokesperson of the army resigns").
_SIGNATORY_NAME = (r"(?:(?:Dr|Prof|Gen|Col|Maj|Mr|Mrs|Ms)\.?[ \t]+)?"
                   r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]*\.?){1,3}")
_SIGNATORY = re.compile(rf"[ \t]*{_SIGNATORY_NAME}[ \t]*")
_OFFICE = (
    r"(?:(?:Deputy|Chief|Official|Military|Political|Acting|Executive|General|Permanent)"
    r"[ \t]+)*"
    r"(?:Spokesperson|Spokesman|Spokeswoman|Porte-parole|President|Chairman|Chairperson|"
    # (hyphenated offices whole: "Director-General of the World Health Organization",
    # "Under-Secretary-General for Peace Operations", a breaker's, had been heading rows)
    r"Chairwoman|(?:(?:Under|Assistant)[ \t-])?Secretary[ \t-]General|Director[ \t-]General|"
    r"High[ \t]+(?:Representative|Commissioner)|Special[ \t]+(?:Envoy|Representative)|"
    r"Secretary|Coordinator|Commander|Director|Head"
    # ... and in French, as the AFC/M23 and Kinshasa sign their communiqués ("Porte-parole de
    # l'AFC/M23", "Coordonnateur de l'AFC", "Président de la République")
    r"|Pr[ée]sidente?|Coord(?:on|i)nat(?:eur|rice)|Secr[ée]taire[ \t-]g[ée]n[ée]rale?)")
_OFFICE_OF = (r"[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?|(?:de|du|des)[ \t]+(?:la[ \t]+|l['’])?"
              r"|d['’])[A-Z][\w'’/\-]*"
              r"(?:[ \t]+(?:(?:of|for|and|the|on|de|du|des|la|et)[ \t]+)*(?:l['’])?"
              r"[A-Z][\w'’/\-]*)*")
_SIGNATORY_POST = re.compile(rf"[ \t]*{_OFFICE}{_OFFICE_OF}[ \t]*")
# ... or the block on one line, the name, a comma and the post ("Lawrence Kanyuka, Spokesperson
# of the AFC/M23"; an office alone after a comma and a name is a post too: "Corneille Nangaa,
# Coordinator"), maybe after the place and day the document was done ("Done at Goma, 12 March
# 2025. Corneille Nangaa, Coordinator"); a breaker's were heading rows. That place and day may
# stand on a line of their own over the block.
_DONE_AT = (r"(?:(?:Done|Issued|Signed)[ \t]+(?:at|in)[ \t]+"
            r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*(?:,[ \t]*|[ \t]+)(?:on[ \t]+|this[ \t]+)?"
            r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:day[ \t]+of[ \t]+)?"
            rf"{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?),?[ \t]+\d{{4}}\.?"
            # ... or in French, as a French communiqué closes ("Fait à Goma, le 12 mars 2025."
            # over the signatory, an AFC/M23 release's, a body sentence)
            r"|Fait[ \t]+[àa][ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*(?:,[ \t]*|[ \t]+)"
            rf"(?:le|ce)[ \t]+(?:1er|\d{{1,2}})[ \t]+{_FRENCH_MONTH}[ \t]+\d{{4}}\.?)")
# ... or the press office that issued the statement, signing it alone ("Press and information
# team of the Delegation of the European Union to Morocco", as EU delegations close theirs; a
# newcomer's was a headline row mentioning the EU and Morocco): the office's words, then the
# body it serves in capitalised words ("to" and "in" between them too).
_PRESS_OFFICE = (
    r"(?i:press|media|information|communications?|public[ \t]+affairs)"
    r"(?:[ \t]+(?i:and)[ \t]+(?i:press|media|information|communications?))?[ \t]+"
    r"(?i:team|office|service|unit|section|department|division|centre|center|bureau)"
    # (or a comma before the body, as a ministry signs: "Communications Unit, Ministry of
    # Foreign Affairs of Somalia", a Somalia fixer's case, had been a heading row)
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?|,[ \t]*)[A-Z][\w'’/\-]*"
    r"(?:[ \t]+(?:(?:of|for|and|the|on|to|in|de|du|des)[ \t]+)*[A-Z][\w'’/\-]*)*")
# ... the post's body may come before the office, an acronym or capitalised words ("Volker
# Türk, UN High Commissioner for Human Rights" closing his statement, "Mark Rutte, NATO
# Secretary-General": a Somalia fixer's case, a heading row mentioning the UN): up to three
# such words, the line still a name, a comma and a post alone on the last line.
_OFFICE_BODY = r"(?:[A-Z][\w'’/\-]*[ \t]+){0,3}"
_SIGNATURE_LINE = re.compile(
    rf"[ \t]*(?:(?:{_DONE_AT}[ \t]+)?{_SIGNATORY_NAME},[ \t]*{_OFFICE_BODY}{_OFFICE}"
    rf"(?:{_OFFICE_OF})?\.?"
    rf"|{_DONE_AT}|{_PRESS_OFFICE}\.?"
    # (the office's line in a page's emphasis marks, as a saved page keeps them: a breaker's
    # "*Press and information team of the Delegation of the European Union to Morocco*")
    rf"|(?P<mark>[*_]{{1,2}}){_PRESS_OFFICE}\.?(?P=mark))[ \t]*")


# ... or the post alone over the body it serves, as a government signs its release ("Signed:" /
# "Secretary of Communications" / "Interim Government of the Federal Republic of Ambazonia": a
# Cameroon newcomer's last line was a heading row, a headline mention of the Interim
# Government): the body's name, capitalised words holding a body's word (:data:`_BODY_WORD`),
# and its seat or remit after "of" or "for".
_SIGNING_BODY = re.compile(
    rf"[ \t]*(?:[A-Z][\w'’\-]*[ \t]+){{0,3}}(?i:{_BODY_WORD})"
    r"(?:[ \t]+(?:of|for|to|in)(?:[ \t]+(?:the|of|for|and|[A-Z][\w'’\-]*))+)?[ \t]*")


# ... or the post with its remit after the office and no "of", as the Nigerian military signs
# ("APPOLONIA ANELE" / "Lieutenant Colonel" / "Acting Director Army Public Relations" / the
# date, a Nigeria newcomer's army release: the post was a heading row, a headline mention of
# the signatory): the office (:data:`_OFFICE`), then up to four capitalised words, no verb's
# small letters ("Director Resigns Over Leak" is no post: a remit word never ends in "s" after
# a small letter but "Relations", "Operations", "Affairs").
_REMIT_WORD = r"(?:[A-Z][\w'’/\-]*(?<![a-z]s)|Relations|Operations|Affairs|Communications)"
_BARE_SIGNATORY_POST = re.compile(
    rf"[ \t]*{_OFFICE}(?:[ \t]+{_REMIT_WORD}){{1,4}}[ \t]*")


def _bare_post(text: str, piece: _Piece) -> bool:
    """Whether ``piece`` is a post and its remit with no "of" (:data:`_BARE_SIGNATORY_POST`)."""
    return bool(_BARE_SIGNATORY_POST.fullmatch(text, piece.start, piece.end))


def _signed_pair(text: str, first: _Piece, second: _Piece) -> bool:
    """Whether two lines are a signature block: the signatory's name (or rank) over the post
    (:data:`_SIGNATORY`, :data:`_SIGNATORY_POST`, :func:`_bare_post`), or the post over the
    body it serves (:data:`_SIGNING_BODY`)."""
    return bool(_SIGNATORY.fullmatch(text, first.start, first.end)
                and (_SIGNATORY_POST.fullmatch(text, second.start, second.end)
                     or _bare_post(text, second))
                or _SIGNATORY_POST.fullmatch(text, first.start, first.end)
                and _SIGNING_BODY.fullmatch(text, second.start, second.end))


def _mark_signatures(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """A signatory's name and post (:data:`_SIGNATORY_POST`), or the post and the body it
    serves (:func:`_signed_pair`), each a line of its own after the last body sentence with
    nothing scored after them, are a sign-off."""
    pieces = [p for ps in paragraphs for p in ps]
    body = [i for i, p in enumerate(pieces) if p.kind == "sentence"]
    signed: set[int] = set()
    for i in range(1, len(pieces)):
        name, post = pieces[i - 1], pieces[i]
        # (a post of few words is a stray line after the body already: "Porte-parole de
        # l'AFC/M23")
        if (body and i - 1 > body[-1] and (post.kind != "boilerplate"
                                            or post.reason == "after_body")
                and name.kind != "sentence" and name.reason in ("after_body", "subheading")
                and _signed_pair(text, name, post)
                and all(p.kind == "boilerplate" for p in pieces[i + 1:])):
            signed |= {name.start, post.start}
    if not signed:
        return paragraphs
    return [[replace(p, kind="boilerplate", reason="sign_off") if p.start in signed else p
             for p in ps] for ps in paragraphs]


def _mark_signature_line(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """A signature block on one line, or the place and day the document was done
    (:data:`_SIGNATURE_LINE`), as the article's last paragraph that is not boilerplate or
    after it as a stray line (and such lines right over them), below a body sentence, is a
    sign-off: a last sentence naming
    someone ("Corneille Nangaa, Coordinator of the AFC, said …") goes on."""
    signed: set[int] = set()
    for index in range(len(paragraphs) - 1, -1, -1):
        pieces = paragraphs[index]
        scored = any(p.kind != "boilerplate" for p in pieces)
        if (scored or all(p.reason == "after_body" for p in pieces)) and \
                _SIGNATURE_LINE.fullmatch(text, pieces[0].start, pieces[-1].end):
            signed.add(index)
            continue  # the place and day over the block ("Issued in Goma on 9 June 2024.")
        if scored:
            break
    if not signed or not any(p.kind == "sentence" and
                             _is_substantial_sentence(text[p.start:p.end])
                             for pieces in paragraphs[:min(signed)] for p in pieces):
        return paragraphs
    return [[replace(p, kind="boilerplate", reason="sign_off") for p in pieces]
            if index in signed else pieces for index, pieces in enumerate(paragraphs)]


def _is_end_note(text: str, piece: _Piece) -> bool:
    """An author's note or a closing line: a sign-off only where :func:`_mark_end_notes`
    places it."""
    return piece.kind == "sentence" and bool(
        _AUTHOR_NOTE.match(text, piece.start, piece.end)
        or _outlet_author_note(text, piece)
        or _CLOSING_LINE.fullmatch(text, piece.start, piece.end))


def _outlet_author_note(text: str, piece: _Piece) -> bool:
    """Whether a piece is an :data:`_OUTLET_AUTHOR_NOTE` about the author, not the story's
    subject: neither the outlet nor the person's surname is named before it ("Margarita
    Simonyan is RT's chief editor." closing a story about RT had been a sign-off, a breaker's)."""
    m = _OUTLET_AUTHOR_NOTE.fullmatch(text, piece.start, piece.end)
    return m is not None and not any(
        re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", text[:piece.start])
        for name in (m["outlet"], m["surname"]))


def _byline_names(byline: str, note: str) -> bool:
    """Whether ``byline`` holds the name opening the author's ``note``, the words before its
    "is"."""
    name = re.match(r"[ \t*_]*(.+?)[ \t]+is[ \t]", note)
    return name is not None and len(name.group(1).split()) >= 2 and re.search(
        rf"(?<![\w'’]){re.escape(name.group(1))}(?![\w'’])", byline) is not None


def _mark_end_notes(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """An author's note (:data:`_AUTHOR_NOTE`) or a closing line (:data:`_CLOSING_LINE`) next
    to a sign-off ("… at the Bab al-Mandab Institute. The views expressed are her own.",
    "That's all for our live coverage today. Thanks for following."), or to another such note,
    or alone on a line after the body (or beside furniture only), is a sign-off too; in the
    body it is a sentence ("Kofman is a senior fellow at CNA, and he argues …" mid-article,
    "We're pausing our live coverage of the vote, the editor said, …")."""
    pieces = [p for ps in paragraphs for p in ps]
    notes = {i for i, p in enumerate(pieces) if _is_end_note(text, p)}
    if not notes:
        return paragraphs
    scored = [i for i, p in enumerate(pieces) if p.kind != "boilerplate" and i not in notes]
    # alone on its line after the last body row (the body is there: not the article's only line),
    # or beside furniture only: "That's all from our live coverage today. Follow Greater
    # Kashmir for more updates." (a call to action; an India-Pakistan newcomer's)
    signed = {i for i in notes if scored and i > scored[-1] and all(
        p.kind == "boilerplate" or k in notes for k, p in enumerate(pieces)
        if k != i and p.paragraph_id == pieces[i].paragraph_id)}
    signed |= {i for i, p in enumerate(pieces) if p.reason == "sign_off"}
    # ... or right under the byline that names its subject, before any body sentence, as a think
    # tank prints its author's note ("By Rachel Okafor | Commentary | March 16, 2026" / "Rachel
    # Okafor is a senior fellow with the Americas Program at the Center for Strategic and
    # International Studies (CSIS) in Washington, D.C.", a Venezuela newcomer's body row
    # mentioning Washington); a note naming another person there stays a sentence
    signed |= {i for i in notes if i > 0 and pieces[i - 1].reason == "byline" and all(
        p.kind != "sentence" for p in pieces[:i]) and _byline_names(
            text[pieces[i - 1].start:pieces[i - 1].end], text[pieces[i].start:pieces[i].end])}
    while grown := {i for i in notes - signed if i - 1 in signed or i + 1 in signed}:
        signed |= grown  # a note beside a note beside the disclaimer
    labelled = {pieces[i].start for i in signed & notes}
    return [[replace(p, kind="boilerplate", reason="sign_off") if p.start in labelled else p
             for p in ps] for ps in paragraphs]


# A programme's sign-off, its host asking the audience to stay: "Stay with us.", "Stay tuned.",
# "Stay with Imedi." (a Georgia newcomer's Imedi TV transcript closed its host's last turn so,
# "BERIDZE: That was Prime Minister Irakli Kobakhidze. Stay with Imedi.", a body row quoted by
# the host), maybe with the host's label before it and "for more …" after it.
_STAY_WITH = re.compile(
    rf"(?:{SPEAKER_LABEL.pattern})?[ \t]*(?i:stay)[ \t]+"
    r"(?:(?i:with)[ \t]+(?P<object>[^.!?,;:\n]{1,40}?)|(?i:tuned))"
    r"(?:[ \t]+(?i:for[ \t]+more)[^.!?\n]{0,60})?[ \t]*[.!]?[ \t]*")


def _outlet_core(name: str) -> str:
    """An outlet's name, case-folded, without "The" and a medium's word or "News" at its end
    ("Imedi TV" and "Imedi", "BBC News" and "BBC" are one outlet)."""
    words = re.sub(r"^the\s+", "", " ".join(name.strip().strip("*_").split()).casefold()).split()
    while len(words) > 1 and words[-1] in _MEDIUM_WORDS | {"news"}:
        words.pop()
    return " ".join(words)


def _is_stay_with(line: str, source: str) -> bool:
    """Whether ``line`` asks the audience to stay with "us" or with the article's own outlet
    (``source``), or to stay tuned (:data:`_STAY_WITH`); "Stay with Ukraine." closing a column
    is a plea of its author, stance, not a sign-off."""
    match = _STAY_WITH.fullmatch(line)
    if match is None:
        return False
    target = match["object"]
    return target is None or target.casefold() in ("us", "me") or (
        bool(source.strip()) and _outlet_core(target) == _outlet_core(source))


def _mark_stay_with(text: str, paragraphs: list[list[_Piece]],
                    source: str) -> list[list[_Piece]]:
    """The article's last scored row, when it is a programme's sign-off (:func:`_is_stay_with`)
    after a body, is a ``sign_off``, even inside the host's last turn; in the body "Stay with us"
    before a break stays a row, as does the line with nothing before it."""
    pieces = [p for ps in paragraphs for p in ps]
    scored = [i for i, p in enumerate(pieces) if p.kind != "boilerplate"]
    if not scored or pieces[scored[-1]].kind != "sentence":
        return paragraphs
    last = pieces[scored[-1]]
    if not _is_stay_with(text[last.start:last.end], source) or not any(
            p.kind == "sentence" and _is_substantial_sentence(text[p.start:p.end])
            for p in pieces[:scored[-1]]):
        return paragraphs
    return [[replace(p, kind="boilerplate", reason="sign_off") if p is last else p for p in ps]
            for ps in paragraphs]


def _is_outlet_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is the article's own outlet's name alone (its ``source``, in any
    case, with or without "The" and a Markdown emphasis), as a live blog prints it under its
    headline ("Al Arabiya English": a Libya newcomer's was a heading row, and the quotes after
    it went to the outlet): the page's byline, no heading."""
    def key(name: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(name.strip().strip("*_").split()).casefold())
    if not source.strip() or "\n" in paragraph:
        return False
    if key(paragraph) == key(source):
        return True
    # ... or with its programme's name after a dash or bar ("DW Africa – Africalink", a
    # Mozambique newcomer's transcript, source "DW Africa": a heading row)
    parts = _PROGRAMME_SEPARATOR.split(paragraph.strip().strip("*_").strip())
    return len(parts) == 2 and _is_programme_name(parts[1]) and (
        key(parts[0]) == key(source)
        # (the outlet's name with its medium's word: "CRTV RADIO – CAMEROON CALLING" over a
        # Cameroon newcomer's CRTV transcript, source "CRTV", was a heading row mentioning
        # Cameroon)
        or key(parts[0]).removesuffix(" " + key(parts[0]).split()[-1]) == key(source)
        and key(parts[0]).split()[-1] in _MEDIUM_WORDS)


# A French outlet's credit under its headline, its name and the wires it drew on after "avec",
# "Par" before it or not ("Par Le Figaro avec AFP", "Le Figaro avec AFP et Reuters" under source
# "Le Figaro": heading rows): each wire an acronym or up to two capitalised words, joined by
# "et", "&" or a comma, so a headline after "avec" ("Le Figaro avec les soldats du front") stays.
# Each a wire's name only, an acronym in capitals or a wire's word ("Reuters", "agences"): an
# interview's title names its guest so, "Le Figaro avec Volodymyr Zelensky", "Par Le Figaro avec
# Poutine" (a breaker's: bylines, no mention of Zelensky or Putin), and stays a heading.
_WIRE_AFTER_AVEC = (r"(?:[A-Z]{2,6}|Reuters|Bloomberg|Xinhua|Anadolu|Belga|Associated[ \t]+Press"
                    r"|(?:les[ \t]+)?agences)")
_WITH_WIRES = re.compile(
    r"[ \t]*(?:Par[ \t]+)?(?P<outlet>.+?)[ \t]+avec[ \t]+" + _WIRE_AFTER_AVEC
    + r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:et|&)[ \t]+)" + _WIRE_AFTER_AVEC + r"){0,3}[ \t]*")


def _outlet_with_wires_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is the article's own outlet's name (:func:`_is_outlet_line`) and the
    wires it drew on (:data:`_WITH_WIRES`), alone on its line."""
    line = _WITH_WIRES.fullmatch(paragraph.strip().strip("*_").strip())
    return line is not None and _is_outlet_line(line["outlet"], source)


def _outlet_place_line(paragraph: str, source: str,
                       names: _RegistryNames | None = None) -> bool:
    """Whether ``paragraph`` is the article's own outlet's name, a comma and the place it
    files from, as a byline ("BBC News Hausa, Abuja" under a Nigeria newcomer's BBC Hausa
    story, source "BBC Hausa": a heading row, Abuja a headline mention of Nigeria, not a
    place): the outlet's words are the source's, "News", "The" and a medium's word aside,
    and the place up to three capitalised words; another outlet's name, or a headline's words
    before the comma ("Troops retake Gwoza, Borno"), stay a heading; so do a headline's words
    after it (:func:`_reads_as_a_filing_place`)."""
    def core(name: str) -> list[str]:
        return [w for w in name.strip().strip("*_").casefold().split()
                if w not in _MEDIUM_WORDS | {"news", "the"}]
    if not source.strip() or "\n" in paragraph.strip():
        return False
    outlet, comma, place = paragraph.strip().strip("*_").rpartition(",")
    words = place.split()
    return bool(comma) and bool(core(source)) and core(outlet) == core(source) and \
        0 < len(words) <= 3 and all(re.fullmatch(r"[A-ZÀ-Þ][\w'’\-]*", w) for w in words) \
        and _reads_as_a_filing_place(place, names or _shipped_names())


def _reads_as_a_filing_place(place: str, names: _RegistryNames) -> bool:
    """Whether the words after an outlet's comma read as the place it files from: one word
    ("Abuja", "Beirut"), a registry place as a whole, or words holding no registry actor's name
    or alias, a country's among them ("Port Harcourt"). A title-case headline after the outlet
    names an actor with its verb: "Al Jazeera, Israel Clash", "Reuters, Hezbollah Trade Claims"
    (a user's Hezbollah), "Al Jazeera, Netanyahu Spar" (a breaker's: heading rows, their
    mentions lost, had become bylines). So "Gaza City" after a registry's Gaza stays a heading."""
    words = place.split()
    key = " ".join(words).casefold()
    if len(words) == 1 or key in names.places:
        return True
    spans = {" ".join(words[i:j]).casefold()
             for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return not spans & (names.actors | names.places | names.persons)


# A reporter's name, a comma and the place filed from, alone on a line over the body, as Punch
# prints its byline under the headline ("Godwin Isenyo, Maiduguri", a fixer's case: a heading
# row): two or three capitalised words reading as a person's name, none a registry actor's.
_REPORTER_PLACE_LINE = re.compile(
    r"[ \t]*[*_]*(?P<name>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){1,2}),[ \t]*"
    r"(?P<place>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*){0,2})[*_]*[ \t]*")


_REPORTER_NAME_PEOPLE = 300


def _reporter_place_line(paragraph: str, names: _RegistryNames) -> bool:
    """Whether ``paragraph`` is a reporter's name and filing place (:data:`_REPORTER_PLACE_LINE`):
    the name's first word a given name (:func:`_reads_as_a_persons_name`), no word or run of its
    words a registry actor's, person's or place's, the place read as an outlet's is
    (:func:`_reads_as_a_filing_place`); so "Borno, Maiduguri" and "Kyiv, Ukraine" (one word
    before the comma) and "Vladimir Putin, Moscow" (a registry person) stay headings."""
    line = _REPORTER_PLACE_LINE.fullmatch(paragraph)
    # (title case, not a signatory's line with a post, "Matthew Miller, Department Spokesperson")
    if line is None or "\n" in paragraph.strip() or _TITLE_SIGNATORY_LINE.fullmatch(paragraph):
        return False
    from .speakers import first_name_people  # (speakers imports this module)

    words = line["name"].split()
    spans = {" ".join(words[i:j]).casefold()
             for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    # (a given name of some hundreds of people at least: the name data knows "Coast" and
    # "Harbour" for about a hundred, and "Coast Courier, Abuja" is another outlet's line)
    return _reads_as_a_persons_name(line["name"]) \
        and first_name_people(words[0]) >= _REPORTER_NAME_PEOPLE \
        and not spans & (names.actors | names.places | names.persons) \
        and _reads_as_a_filing_place(line["place"], names)


# A medium's word after an outlet's name in its programme's line (:func:`_is_outlet_line`).
_MEDIUM_WORDS = frozenset({"radio", "tv", "television", "online", "fm"})


# A programme's name after its outlet's: a spaced dash or bar, then a name (_is_programme_name).
_PROGRAMME_SEPARATOR = re.compile(r"[ \t]+[|–—-][ \t]+")
_MAX_PROGRAMME_WORDS = 3


def _is_programme_name(name: str) -> bool:
    """A name of up to :data:`_MAX_PROGRAMME_WORDS` capitalised words ("Africalink", "Focus on
    Africa", "The Inquiry"), not a headline's words ("Drones hit Odesa")."""
    words = name.split()
    return 0 < len(words) <= _MAX_PROGRAMME_WORDS and all(
        w[:1].isupper() or w in ("on", "of", "the", "and", "in") for w in words)


def _outlet_fields_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is the article's own outlet's name (:func:`_is_outlet_line`)
    with the page's fields after bars, a date stamp among them and else names (a place, a
    section; :data:`_PAGE_NAME_FIELD`): "**Human Rights Watch** | October 9, 2025 | *Nairobi*"
    under a Cameroon newcomer's HRW report (source "Human Rights Watch") was a heading row, a
    headline mention of HRW. Without a date ("Human Rights Watch | Cameroon") or with a
    headline's words after the bar it stays a heading."""
    fields = re.split(r"[ \t]+\|[ \t]+", paragraph.strip())
    fields = [field.strip().strip("*_").strip() for field in fields]
    stamps = [bool(_TIMESTAMP.fullmatch(field) or _FRENCH_TIMESTAMP.fullmatch(field)
                   or _FIGURES_DATE.fullmatch(field)) for field in fields[1:]]
    return len(fields) >= 2 and _is_outlet_line(fields[0], source) and any(stamps) and all(
        stamp or bool(_PAGE_NAME_FIELD.fullmatch(field)) and len(field.split()) <= 3
        for field, stamp in zip(fields[1:], stamps))


# An outlet's full name, where the article's source is its acronym, ends in one of these words
# ("Associated Press" under source "AP", "Iraqi News Agency" under "INA", "Agence
# France-Presse" under "AFP"), so a title-case headline with the same initials ("Harbour
# Naval Attack" under "HNA") is no outlet's name (:func:`_spells_source_acronym`).
_OUTLET_NAME_ENDS = frozenset("""
press presse news agency agence agenzia agentur radio television broadcasting service network
corporation wire telegraph
""".split())
# The words that open no initial in an outlet's full name.
_ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "de", "la", "du", "des"})
# An edition's language after the outlet's name ("Rudaw English" under source "Rudaw").
_EDITION_WORDS = frozenset("""
english arabic french français turkish türkçe kurdish persian farsi russian español deutsch
""".split())


def _spells_source_acronym(name: str, source: str, any_end: bool = False) -> bool:
    """Whether ``name`` is the full name of the outlet whose ``source`` is its acronym of two to
    six capitals: its capitalised words' initials (a hyphen parts two words), ending in an
    outlet's word (:data:`_OUTLET_NAME_ENDS`), or in any word (``any_end``) where the line
    names the acronym itself."""
    acronym = source.strip()
    words = [w for w in re.split(r"[ \t\-]+", name.strip()) if w]
    initials = [w for w in words if w.casefold() not in _ACRONYM_SKIPPED]
    return 2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper() \
        and bool(initials) and all(w[:1].isupper() for w in initials) \
        and (len(initials) == len(acronym) and "".join(w[0] for w in initials) == acronym
             # (or the name translated from the acronym's language, its initials the same
             # letters in another order: "Polish Press Agency" under source "PAP", Polska
             # Agencja Prasowa; or a word giving two letters, "Kuwait News Agency - KUNA"
             # under source "KUNA": a fixer's case, heading rows)
             or len(initials) == len(acronym)
             and sorted(w[0] for w in initials) == sorted(acronym)
             or _prefixes_spell(acronym, [w.upper() for w in initials])) \
        and (any_end or words[-1].casefold() in _OUTLET_NAME_ENDS)


def _prefixes_spell(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the words' prefixes in order, one of one letter or more each."""
    if not words:
        return not acronym
    return any(acronym[:n] == words[0][:n]
               and _prefixes_spell(acronym[n:], words[1:])
               for n in range(1, min(len(acronym) - len(words) + 1, len(words[0])) + 1))


# A common adjective opening a two-word name makes it a headline's phrase, not an outlet's full
# name ("Bad News", "Fake News", "Good News" under the sources BN, FN, GN were bylines).
_PHRASE_ADJECTIVES = frozenset("""
good bad fake real false true big great breaking latest top more other old new best worst
grim mixed fresh late early hot sad no
""".split())


def _two_word_phrase(name: str, names: _RegistryNames) -> bool:
    """Whether a bare two-word name of an outlet's word reads as a headline's phrase: its first
    word a common adjective (:data:`_PHRASE_ADJECTIVES`: "Fake News") or a registry actor's
    country, place or person ("Kremlin Press", the Kremlin's press service), where an agency's
    full name ("Associated Press", "Harbour Press") has a word of its own."""
    words = name.split()
    first = words[0].casefold() if len(words) == 2 else ""
    return first in _PHRASE_ADJECTIVES or first in names.places or first in names.persons


def _outlet_full_name_line(paragraph: str, source: str,
                           names: _RegistryNames | None = None) -> bool:
    """Whether ``paragraph`` is the article's own outlet named otherwise than by its source
    (:func:`_is_outlet_line` compares the source's own words), alone on its line: its full name
    where the source is its acronym, bare or with the acronym after a dash or bar ("Iraqi News
    Agency - INA" heading an Iraqi Kurdistan newcomer's INA page, "Associated Press" under an AP
    byline: heading rows, the first a headline mention of Iraq), or its name with its edition's
    language ("Rudaw English" under source "Rudaw"). Another outlet's name, or a headline of the
    same initials, stays a heading."""
    line = paragraph.strip().strip("*_").strip()
    if not source.strip() or "\n" in line:
        return False
    # ... or with the acronym in brackets after it, the line naming itself, whatever its last
    # word ("UNITED KINGDOM MARITIME TRADE OPERATIONS (UKMTO)" under source "UKMTO", a Red Sea
    # newcomer's UKMTO warning: a heading row, a headline mention of UKMTO); under another
    # source it stays a heading
    bracketed = re.fullmatch(r"(?P<name>[^()]+?)[ \t]*\((?P<acronym>[^()]+)\)", line)
    if bracketed and bracketed["acronym"].strip() == source.strip():
        return _spells_source_acronym(bracketed["name"], source, any_end=True)
    parts = _PROGRAMME_SEPARATOR.split(line)
    if len(parts) == 2 and parts[1].strip() == source.strip():
        line = parts[0]
    elif len(parts) != 1:
        return False
    words = line.split()
    # with the acronym after a dash the line names itself an outlet; bare, a phrase may not
    bare = len(parts) == 1
    return (_spells_source_acronym(line, source)
            and not (bare and _two_word_phrase(line, names or _shipped_names()))) or (
        len(words) >= 2 and words[-1].casefold() in _EDITION_WORDS
        and _is_outlet_line(" ".join(words[:-1]), source))


# A place and the article's own agency joined by a spaced dash, alone on a line, as INA and
# SANA date their stories under the headline ("Baghdad - INA", an Iraqi Kurdistan newcomer's
# INA page: a heading row, a headline mention of Iraq). The agency is the manifest's source, so
# a heading joining a place and another body ("Baghdad - NATO") stays one.
_PLACE_AND_AGENCY = re.compile(
    rf"[ \t]*(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})[ \t]+[-–—][ \t]+(?P<agency>[^\n]+?)[ \t]*")


# ... and in Arabic script, where the agency's name is no source's Latin letters: a place and an
# agency of a word or two each joined by a spaced dash, alone on a line near the top, right
# over a body sentence ("صنعاء - سبأ" under the headline of a Red Sea newcomer's Saba story in
# Arabic: a body sentence). A longer line, or one over a heading, keeps its row.
_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3]+"
_ARABIC_DASH_DATELINE = re.compile(
    rf"[ \t]*{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD})?[ \t]+[-–—][ \t]+"
    rf"{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD})?[ \t]*")


def _own_agency_dateline(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is a place, a spaced dash and the article's own agency
    (``source``), nothing else (:data:`_PLACE_AND_AGENCY`), the place no event's name
    (:data:`_NOT_PLACE_WORDS`: "Drone War - INA" stays a heading)."""
    match = _PLACE_AND_AGENCY.fullmatch(paragraph)
    return match is not None and bool(source.strip()) \
        and match["agency"].strip("*_ ").casefold() == source.strip().casefold() \
        and not _NOT_PLACE_WORDS & set(match["place"].lower().split())


# A site's menu or breadcrumb on one line over the story in a text that is no copied page
# (:func:`_mark_page_edges` reads every menu line there): an Iraqi Kurdistan newcomer's .txt
# pages opened on "Home | Kurdistan | Iraq | World" (Rudaw) and "ANF | News | Kurdistan" (ANF),
# heading rows, the first a headline mention of Iraq. Outside a page the items must be a
# menu's: one or two words each, and "Home" or the outlet's own name among them, or two
# section names (:data:`_SECTION`), so a headline's words joined by bars stay a heading.
_MAX_PLAIN_MENU_WORDS = 2
_MIN_MENU_SECTIONS = 2


def _site_menu_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is a site's menu (:func:`_is_menu_line`) of short items anchored
    by "Home", the article's own outlet (``source``) or two sections' names."""
    if not _is_menu_line(paragraph):
        return False
    items = [item.strip().strip("*_").strip() for item in _MENU_SEPARATOR.split(paragraph.strip())]
    if any(len(_words(item)) > _MAX_PLAIN_MENU_WORDS for item in items):
        return False
    own = [item.casefold() == "home" or _is_outlet_line(item, source) for item in items]
    sections = [bool(re.fullmatch(_SECTION, item)) for item in items]
    return any(own) or sum(sections) >= _MIN_MENU_SECTIONS


# A byline with the piece's rubric or section after a middle dot or bullet, as Daily Sabah
# prints its columns ("*By Mehmet Ali Kaya* · OPINION", an Iraqi Kurdistan newcomer's Markdown
# page: a heading row; the byline alone was one). The emphasis may close on the name.
_DOT_SEPARATOR = re.compile(r"[ \t]+[·•][ \t]+")
_RUBRIC_FIELD = re.compile(rf"[ \t]*(?i:commentary|comment|analysis|opinion|op-ed|column|"
                           rf"editorial|feature|interview|explainer|review|{_SECTION}|"
                           # a reading time ("By Olena Marchenko · 5 min read", a breaker's)
                           rf"\d{{1,2}}[ \t]*min(?:ute)?s?\.?[ \t]+read)[ \t]*")
# Words that open or join no person's name: after "By" they make a phrase ("By Any Means
# Necessary · OPINION", "By Air and Sea · OPINION", a breaker's, had been bylines).
_NOT_NAME_WORDS = frozenset("""
any all every each some no none other another this that these those its our their his her my
your one what whatever whichever
""".split())


def _reads_as_names(byline: str) -> bool:
    """Whether the words after "By" read as people's names: no word of :data:`_NOT_NAME_WORDS`,
    and where "and" joins them, each a name of two words or more ("By Joseph Yeh and Matt Yu",
    not "By Air and Sea"); one word alone may be a newsroom's ("By Reuters")."""
    words = re.sub(r"^[ \t(]*(?:\w+\s+)?[Bb]y\s+", "", byline).split()
    if any(w.casefold() in _NOT_NAME_WORDS for w in words):
        return False
    names = re.split(r"\s*(?:\band\b|&|,)\s*", " ".join(words))
    return len(names) == 1 or all(len(name.split()) >= 2 for name in names)


def _phrase_before_rubric(paragraph: str) -> bool:
    """Whether the words after "By", before a middle dot or bullet, are single words listed with
    commas and "and", a title's phrase, not names ("By Land, Sea and Air · ANALYSIS", a fixer's
    case, had been a byline by the comma that lets a byline's place or outlet follow; "By Jane
    Doe, Kyiv · 5 min read" and "*By Mehmet Ali Kaya* · OPINION" stay bylines)."""
    fields = _DOT_SEPARATOR.split(paragraph.strip())
    if len(fields) < 2:
        return False
    words = re.sub(r"^[ \t(*_]*(?:\w+\s+)?[Bb]y\s+", "", fields[0]).strip("*_ \t")
    parts = [part for part in re.split(r"\s*(?:\band\b|&|,)\s*", words) if part]
    return bool(re.search(r"\band\b|&", words)) and len(parts) >= 2 \
        and all(len(part.split()) == 1 for part in parts)


def _rubric_byline(paragraph: str) -> bool:
    """Whether ``paragraph`` is a byline (:data:`_BYLINE`) and, after a middle dot or bullet,
    only a rubric's or section's name (:data:`_RUBRIC_FIELD`) or a date stamp; a headline's words
    after the dot ("By Jane Roe · Kherson falls") make none."""
    fields = [field.strip().strip("*_").strip() for field in
              _DOT_SEPARATOR.split(paragraph.strip())]
    return "\n" not in paragraph.strip() and len(fields) >= 2 \
        and len(fields[0].split()) <= _MAX_BYLINE_WORDS and bool(_BYLINE.fullmatch(fields[0])) \
        and _reads_as_names(fields[0]) \
        and all(_RUBRIC_FIELD.fullmatch(field) or _a_stamp(field) for field in fields[1:])


# A site's section name alone on the line right under its masthead, menu or byline, over the
# story ("Iraqi News Agency - INA" / "Politics", an Iraqi Kurdistan newcomer's INA page: a
# heading row). Elsewhere such a word heads what follows ("Europe" over a paragraph of the body).
_SECTION_LINE = re.compile(rf"[ \t]*(?:{_SECTION})[ \t]*")


def _section_under_masthead(paragraph: str, above: list[_Piece]) -> bool:
    """Whether ``paragraph`` is a section's name (:data:`_SECTION_LINE`) right under the page's
    masthead, menu or byline (``above``'s pieces, boilerplate of these reasons)."""
    return bool(_SECTION_LINE.fullmatch(paragraph)) and bool(above) and all(
        p.kind == "boilerplate" and p.reason in ("byline", "navigation", "web_ui") for p in above)


# ... or a section's name in capitals alone right over or under the headline, at the page's top,
# as Rappler prints its rubric ("NATION" over or under the headline, a fixer's case: a heading
# row): a section's name (:data:`_SECTION`, and a national desk's words) in capitals. In the body
# a one-word capitals line heads what follows ("CASUALTIES").
_CAPS_SECTION_WORDS = frozenset({"nation", "national", "regions", "metro", "provinces"})


def _caps_section_at_top(texts: list[str], index: int, first_body: int) -> bool:
    """Whether ``texts[index]`` is a section's name in capitals (:data:`_CAPS_SECTION_WORDS`,
    :data:`_SECTION_LINE`) right over the headline (the page's first line, a line between it
    and the body) or right under it (the second), before the body (``first_body``)."""
    line = texts[index].strip().strip("*_").strip()
    return (index == 0 and first_body >= 2 or index == 1 and first_body >= 2) \
        and "\n" not in line and line.isupper() and len(line.split()) <= 2 \
        and (line.casefold() in _CAPS_SECTION_WORDS or bool(_SECTION_LINE.fullmatch(line.title())))


def _figures_date_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a date in figures (:data:`_FIGURES_DATE`, "18-02-2025") and, after
    a bar, only stamps ("Updated 4:35 PM"), as Rudaw stamps its pages (an Iraqi Kurdistan
    newcomer's "18-02-2025 | Updated 4:35 PM" was a heading row: the barred-stamp rule reads
    dates with slashes or dots only); a headline after the bar ("18-02-2025 | Drones hit the
    port") makes none. (The outlet's name before such a date is its byline: a rule before.)"""
    fields = re.split(r"[ \t]*\|[ \t]*", paragraph.strip())
    return "\n" not in paragraph.strip() and len(fields) >= 2 \
        and bool(_FIGURES_DATE.fullmatch(fields[0])) and all(_a_stamp(f) for f in fields[1:])
# A newsroom's name before the page's stamp, no bar between ("Naharnet Newsdesk 29 October 2025,
# 13:35", a Lebanon newcomer's heading row): its last word a newsroom's.
_NEWSROOM_WORDS = frozenset({"newsdesk", "desk", "newsroom"})
_MAX_NEWSROOM_NAME_WORDS = 4
# A French byline with the date after its comma ("Par Caroline HAYEK, 5 septembre 2025 à
# 22h10", L'Orient-Le Jour under a Lebanon newcomer's page: a heading row; the English "By …,
# 5 September 2025" was a byline already): "Par", the reporter's capitalised names, a comma and
# a whole stamp (:func:`_a_stamp`), so "Par Vladimir Poutine, la guerre …" stays prose.
_DATED_FRENCH_BYLINE = re.compile(
    r"[ \t]*Par\s+(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]*|et|de|du|des|van|von|"
    r"al-\w+))*)\s*,\s*(?P<stamp>.+)")
# An update stamp under the noun "update" ("Last update: 23 Nov 2025, 17:45 GMT"), which
# :data:`_TIMESTAMP` reads only as "updated".
_UPDATE_NOUN = re.compile(r"[ \t]*(?i:(?:last[ \t]+)?update)[ \t]*:?[ \t]*(?P<stamp>.+)")


def _newsroom_stamp_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is the article's own outlet (:func:`_is_outlet_line`) or a
    newsroom's name of a few capitalised words ending in a newsroom's word
    (:data:`_NEWSROOM_WORDS`), then a date stamp (:func:`_a_stamp`) with no bar: a byline with
    its date. A headline's words before a date ("Kyiv Front 29 October 2025") make none."""
    words = paragraph.strip().strip("*_").split()
    if "\n" in paragraph.strip():
        return False
    for cut in range(1, min(len(words), _MAX_NEWSROOM_NAME_WORDS + 1)):
        name, stamp = " ".join(words[:cut]), " ".join(words[cut:])
        if not re.match(r"\d", stamp) or not _a_stamp(stamp):
            continue
        return _is_outlet_line(name, source) or (
            words[cut - 1].casefold() in _NEWSROOM_WORDS
            and all(word[:1].isupper() for word in words[:cut])
            and _newsroom_name_opens_line(words[:cut - 1], source))
    return False


# The words a newsroom's name holds before its newsroom word ("Naharnet Newsdesk", "Kherson
# Newsdesk"), the outlet's own name aside.
_MAX_NEWSROOM_OWN_WORDS = 2


def _newsroom_name_opens_line(name: list[str], source: str) -> bool:
    """Whether the words before a newsroom's word are its name alone, opening the line: the
    outlet's own name (:func:`_is_outlet_line`), or up to :data:`_MAX_NEWSROOM_OWN_WORDS` words
    that do not close on the outlet's name after others. A title-case headline about the outlet
    puts its words first: "Hezbollah Slams Naharnet Desk 29 October 2025" under source Naharnet
    (a breaker's: a heading row with its mention had become a byline)."""
    if _is_outlet_line(" ".join(name), source):
        return True
    if len(name) > _MAX_NEWSROOM_OWN_WORDS:
        return False
    return not any(_is_outlet_line(" ".join(name[i:]), source) for i in range(1, len(name)))


def _stamp_field(field: str) -> bool:
    """A field of a page's stamp line: a stamp (:func:`_a_stamp`) or an update's noun before
    one (:data:`_UPDATE_NOUN`)."""
    update = _UPDATE_NOUN.fullmatch(field)
    return _a_stamp(field) or update is not None and _a_stamp(update["stamp"])


# A page's update stamp with the correction it made after a colon, as MindaNews notes it
# ("*Updated 9 September 2025, 10:15 a.m.: corrects the number of decommissioned
# combatants.*", a Philippines newcomer's body sentence): the stamp (:data:`_TIMESTAMP`) with
# its update's word, then a correcting verb in small letters.
_CORRECTION_NOTE = re.compile(
    r"[ \t]*(?P<stamp>(?i:(?:last[ \t]+)?(?:updated|corrected))[^\n]{4,60}?)[ \t]*:[ \t]+"
    r"(?:corrects|clarifies|adds|updates|removes|fixes|changes|amends|restores)\b[^\n]*")


def _correction_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is an update stamp and its correction note
    (:data:`_CORRECTION_NOTE`), in emphasis marks or not."""
    match = _CORRECTION_NOTE.fullmatch(paragraph.strip().strip("*_").strip())
    return match is not None and bool(
        _TIMESTAMP.fullmatch(re.sub(r"(?i)^corrected", "updated", match["stamp"])))


def _outlet_site_line(paragraph: str, source: str) -> bool:
    """Whether ``paragraph`` is the article's own outlet's site address alone, its name and a
    domain ("RAPPLER.COM" over a Philippines newcomer's Rappler story, source "Rappler": a
    heading row); another site's address stays a heading."""
    site = re.fullmatch(r"[ \t]*(?:www\.)?([\w\-]+)\.(?:com|net|org|info|news|ph|[a-z]{2})"
                        r"(?:\.[a-z]{2})?[ \t]*", paragraph, re.IGNORECASE)
    key = re.sub(r"[\s\-]", "", source.casefold())
    return site is not None and bool(key) and site.group(1).casefold().replace("-", "") == key


def _page_stamp_reason(paragraph: str, source: str) -> str:
    """"byline" for a newsroom's name and stamp (:func:`_newsroom_stamp_line`) or a French
    byline and its date (:data:`_DATED_FRENCH_BYLINE`); "timestamp" for a line of stamps only,
    joined by bars ("Published On 23 Nov 2025 | Last update: 23 Nov 2025, 17:45 GMT", Al
    Jazeera's under a Lebanon newcomer's live blog: a heading row; :func:`_stamp_field`); else
    ""."""
    if "\n" in paragraph.strip():
        return ""
    byline = _DATED_FRENCH_BYLINE.fullmatch(paragraph)
    if _newsroom_stamp_line(paragraph, source) or byline and _a_stamp(byline["stamp"]) \
            or _outlet_site_line(paragraph, source):
        return "byline"
    if _correction_stamp(paragraph):
        return "timestamp"
    if all(_stamp_field(field) for field in re.split(r"[ \t]+\|[ \t]+", paragraph.strip())):
        return "timestamp"
    return ""


def _classify(text: str, paragraphs: list[list[_Piece]],
              names: _RegistryNames | None = None, source: str = "") -> list[list[_Piece]]:
    """Assign kinds: promos (already set) > page furniture > structure (tables, code, list
    markup, captions, bylines, the outlet's name (``source``), interface labels) > calls to
    action > headline lists > headings > what lies outside the body of a page."""
    paragraphs = _mark_page_furniture(text, paragraphs)
    texts = [text[pieces[0].start:pieces[-1].end] for pieces in paragraphs]
    code = _code_blocks(texts)
    in_body = [any(p.kind == "sentence" and _is_substantial_sentence(text[p.start:p.end])
                   for p in pieces) for pieces in paragraphs] + [False]
    first_body = in_body.index(True) if any(in_body) else len(paragraphs)
    structured = []
    for index, pieces in enumerate(paragraphs):
        reason = "code_block" if index in code else _structure_reason(
            texts[index], before_body=index < first_body, body_next=in_body[index + 1],
            earlier=text[:pieces[0].start], names=names)
        if not reason and (_is_outlet_line(texts[index], source)
                           or _outlet_fields_line(texts[index], source)
                           or _outlet_with_wires_line(texts[index], source)
                           or _outlet_full_name_line(texts[index], source, names)):
            reason = "byline"  # "Al Arabiya English" under a live blog's headline
        if not reason and _own_agency_dateline(texts[index], source):
            reason = "dateline"  # "Baghdad - INA" under source "INA"
        if not reason and index <= 2 and in_body[index + 1] \
                and _ARABIC_DASH_DATELINE.fullmatch(texts[index]):
            reason = "dateline"  # "صنعاء - سبأ" (Sanaa - Saba) over an Arabic agency's lead
        if not reason and index < first_body and _site_menu_line(texts[index], source):
            reason = "navigation"  # "Home | Kurdistan | Iraq | World" over the story
        if not reason and _figures_date_stamp(texts[index]):
            reason = "timestamp"  # "18-02-2025 | Updated 4:35 PM"
        if not reason and _rubric_byline(texts[index]):
            reason = "byline"  # "*By Mehmet Ali Kaya* · OPINION"
        if not reason and index and index < first_body \
                and _section_under_masthead(texts[index], structured[index - 1]):
            reason = "navigation"  # "Politics" under "Iraqi News Agency - INA"
        if not reason and _outlet_place_line(texts[index], source, names):
            reason = "byline"  # "BBC News Hausa, Abuja" under source "BBC Hausa"
        if not reason and _caps_section_at_top(texts, index, first_body):
            reason = "navigation"  # "NATION" over or under the headline
        if not reason and 0 < index < first_body \
                and _reporter_place_line(texts[index], names or _shipped_names()):
            reason = "byline"  # "Godwin Isenyo, Maiduguri" under the headline
        if not reason:
            reason = _page_stamp_reason(texts[index], source)  # "Naharnet Newsdesk 29 …"
        if not reason and index and _promoted(texts[index - 1], texts[index]):
            reason = "promo_line"  # the other story's headline under "Related article"
        if not reason and index and _VIDEO_LABEL.search(texts[index - 1]) \
                and _VIDEO_TITLE.fullmatch(texts[index]):
            reason = "caption"  # a video's title and running time under the player's labels
        structured.append(_relabel(pieces, "boilerplate", reason) if reason else pieces)
    structured = _mark_promo_list(text, texts, structured)
    structured = _mark_name_byline(texts, _mark_lone_dateline(
        texts, _mark_letterhead_block(texts, _mark_release_header(texts, structured)), first_body),
        first_body, names)
    structured = _mark_top_caption(texts, structured, first_body)
    structured = _mark_outlet_letterhead(texts, structured, source)
    structured = _mark_top_signature(text, _mark_body_over_bureau(text, structured), first_body)
    paragraphs = _mark_calls_to_action(text, structured)
    open_ = [any(p.kind == "sentence" for p in pieces) for pieces in paragraphs]
    # Headings need a paragraph free of promos and calls to action.
    headings = [
        _heading_reason(texts[i], len(pieces))
        if all(p.kind == "sentence" for p in pieces) and not _is_list_item(texts[i]) else ""
        for i, pieces in enumerate(paragraphs)
    ]
    # In a transcript a labelled question is a turn, not a subheading ("HOST: Why is that?")
    # (a briefing's title-case labels with roles, where several come back: see titled_labels)
    plain = [bool(SPEAKER_LABEL.match(t) or _WORD_LABEL.match(t) or qa or titled
                  or NOTED_QUESTION_LABEL.match(t) or STOPPED_QA_LABEL.match(t)
                  or BOLD_QA_LABEL.match(t))
             for t, qa, titled in zip(texts, qa_labels([QA_LABEL.match(t) for t in texts]),
                                      titled_labels([TITLED_LABEL.match(t) for t in texts]))]
    # capitals and title case mixed ("RIA Novosti: …") only beside a label of another kind:
    # two headings "NATO Summit: What will Vilnius deliver?" and "US Congress: Will the aid
    # pass?" make no transcript (a breaker's)
    # a reporter's "Name, Outlet: …?" among other labels (see asking_labels)
    plain = [p or bool(a) for p, a in zip(plain, asking_labels(
        [TITLED_LABEL.match(t) for t in texts], texts, sum(plain)))]
    labelled = [p or (any(plain) and bool(MIXED_LABEL.match(t))) for p, t in zip(plain, texts)]
    if sum(labelled) >= 2:
        # ... and so is a question on the next line of a turn, no blank line between
        # ("QUESTION (Sidhant, WION): Sir, Pakistan says …\nIs that correct?")
        runs_on = [i > 0 and "\n\n" not in text[paragraphs[i - 1][-1].end:paragraphs[i][0].start]
                   for i in range(len(paragraphs))]
        headings = ["" if (is_turn or on) and reason == "question_subheading" else reason
                    for is_turn, on, reason in zip(labelled, runs_on, headings)]
    if _headline_over_byline(texts, paragraphs, headings) or \
            _long_headline_over_byline(texts, paragraphs, headings):
        headings[0] = "headline"  # "Ceasefire holds. For now." over "By Jane Roe"
    body = [is_open and not reason for is_open, reason in zip(open_, headings)]
    in_lists = _headline_runs(texts, open_, body)
    classified = []
    for index, pieces in enumerate(paragraphs):
        if index in in_lists:
            pieces = _relabel(pieces, "boilerplate", "headline_list")
        elif headings[index]:
            # a headline is one row however many sentences it holds ("OUR BOYS ARE HOME! Tears
            # at the border …"): one framing, and the article's title when it repeats it
            # its Markdown mark is no part of its words ("## Talks open" is "Talks open"; a
            # .md file's long heading keeps the mark only to be read as one)
            mark = _MARKDOWN_HEADING.match(text, pieces[0].start, pieces[-1].end)
            pieces = [replace(pieces[0], start=mark.end() if mark else pieces[0].start,
                              end=pieces[-1].end, kind="heading", reason=headings[index])]
        classified.append(pieces)
    signed = _mark_signatures(text, _mark_page_edges(text, classified))
    return _mark_stay_with(text, _mark_end_notes(
        text, _mark_signature_run(text, _mark_signature_line(text, signed))), source)


# A name's or a post's line of capitalised words, commas, and the small words of a body's name
# ("Chief, Public Information Office, WESTMINCOM", "Communist Party of the Philippines").
_NAME_OR_POST_LINE = re.compile(
    r"[ \t]*[A-Z][\w'’.&/\-]*(?:(?:[ \t]+|,[ \t]+)(?:[A-Z][\w'’.&/\-]*|of|the|for|and|on|in))*"
    r"[ \t]*")
_MAX_SIGNATURE_RUN_WORDS = 10


def _mark_signature_run(text: str, paragraphs: list[list[_Piece]]) -> list[list[_Piece]]:
    """A heading after the body that goes on a run of signature or after-body lines, right
    under one, with nothing scored after it, and is a name's or a post's line
    (:data:`_NAME_OR_POST_LINE`), is the block's last line, a sign-off: "For reference:" /
    "LT. COL. ROMEO MANALO" / "Chief, Public Information Office, WESTMINCOM" closing a
    Philippines newcomer's WestMinCom release, and "Ang Bayan | Information Bureau" / "Communist
    Party of the Philippines" a CPP statement, left the last line a heading row with a headline
    mention. A heading over more body, or under a body sentence, stays one."""
    kinds = [{p.kind for p in pieces} for pieces in paragraphs]
    marked = list(paragraphs)
    for index in range(1, len(paragraphs)):
        pieces = marked[index]
        whole = text[pieces[0].start:pieces[-1].end]
        if kinds[index] == {"heading"} and "\n" not in whole \
                and len(whole.split()) <= _MAX_SIGNATURE_RUN_WORDS \
                and _NAME_OR_POST_LINE.fullmatch(whole) \
                and all(p.kind == "boilerplate" and p.reason in ("after_body", "sign_off")
                        for p in marked[index - 1]) \
                and all(k <= {"boilerplate"} for k in kinds[index + 1:]) \
                and any("sentence" in k for k in kinds[:index]):
            marked[index] = [replace(p, kind="boilerplate", reason="sign_off") for p in pieces]
    return marked


def _headline_over_byline(texts: list[str], paragraphs: list[list[_Piece]],
                          headings: list[str]) -> bool:
    """Whether the article's first paragraph is its headline though it ends in a full stop
    ("Ceasefire holds. For now.", "Kyiv waits. Moscow stalls."): one short line starting like a
    title, of two or more short sentences, with the byline or a dateline right
    under it. A headline of one sentence with a full stop is left a sentence: an opening line
    over a byline may be a lead ("Russia struck Kyiv overnight." under a live blog's name)."""
    if len(paragraphs) < 2 or headings[0] or "\n" in texts[0] or len(paragraphs[0]) < 2 or \
            not all(p.kind == "sentence" for p in paragraphs[0]) or \
            not _could_be_heading(texts[0]) or _BODY_LINE.search(texts[0]):
        return False
    # (not a timestamp: a live blog's first entry opens over one, a breaker's)
    return all(p.kind == "boilerplate" and p.reason in ("byline", "dateline")
               for p in paragraphs[1])


def _long_headline_over_byline(texts: list[str], paragraphs: list[list[_Piece]],
                               headings: list[str]) -> bool:
    """Whether the article's first paragraph is its headline though longer than a subheading
    may be: one line without final punctuation, of up to _MAX_HEADLINE_WORDS words, with the
    byline or a dateline right under it, as an EU statement is headed ("Armenia/Azerbaijan:
    Statement by the High Representative on behalf of the EU on the initialling of the peace
    agreement", 18 words, over "Brussels, 9 August 2025": a newcomer's was a body sentence,
    and the outlet had no headline). A long line elsewhere stays a sentence missing its full
    stop, and so does one with a reporting verb ("…, the ministry said"). The page's own stamp
    under it heads it as a byline does ("… ceasefire after four days of strikes" over "Dawn |
    Updated May 10, 2025 09:41pm", a breaker's, had been a body sentence); a clock alone may
    open a live blog's first entry (:func:`_page_stamp`)."""
    if len(paragraphs) < 2 or headings[0] or _is_list_item(texts[0]) or \
            not all(p.kind == "sentence" for p in paragraphs[0]) or \
            _heading_reason(texts[0], len(paragraphs[0]), headline=True) != "subheading":
        return False
    return all(p.kind == "boilerplate" and (p.reason in ("byline", "dateline") or (
        p.reason == "timestamp" and _page_stamp(texts[1]))) for p in paragraphs[1])


# The words with which a page stamps its own publication or update ("Updated 10 May 2025",
# "Mis à jour le …"), unlike a live blog's clock over an entry.
_PAGE_STAMP_WORD = re.compile(r"[ \t]*(?i:(?:last[ \t]+)?(?:updated|published|posted|modified)|"
                              r"mis[ \t]+à[ \t]+jour|publi[ée]e?|modifi[ée]e?)\b")


def _page_stamp(line: str) -> bool:
    """Whether a timestamp line is the page's stamp: a site's name and its update
    (:func:`_site_stamp`) or an update's or publication's word before the date."""
    return _site_stamp(line) or bool(_PAGE_STAMP_WORD.match(line))


# --------------------------------------------------------------------------- public API

def _empty_sentences() -> pd.DataFrame:
    """A sentences table with no rows but the right columns and dtypes."""
    frame = pd.DataFrame({column: pd.Series(dtype=str) for column in SENTENCE_COLUMNS})
    return frame.astype({c: "int64" for c in ("sentence_id", "paragraph_id", "start", "end")})


def segment_article(
    doc_id: str, text: str, source: str = "", *, splitter: str = DEFAULT_SPLITTER,
    registry=None,  # noqa: ANN001 - an analysis.actors.Registry
) -> pd.DataFrame:
    """Split one article into sentence / heading / boilerplate rows.

    Every non-whitespace character of ``text`` lies in exactly one row, rows are in
    text order, and each row's ``text`` is ``text[start:end]``.  A dateline opening a
    paragraph ("KYIV, Ukraine (AP) —") stays in its sentence and is repeated in the
    ``dateline`` column.  ``splitter`` is one of :data:`SPLITTERS` (for evaluation).
    ``registry``: the actor registry whose countries, places and persons a few rules consult
    (a timeline's "Pakistan, 7 May 2025:" opens an entry where Pakistan is a country of it, a
    dateline elsewhere); None reads the shipped one.
    """
    if splitter not in SPLITTERS:
        raise ValueError(f"unknown splitter {splitter!r}; expected one of {', '.join(SPLITTERS)}")
    names = _registry_names(registry)
    spans = _paragraph_spans(text)
    # "ISLAMABAD: …" is a dateline only where no other paragraph opens with a label: in a
    # transcript it is a turn ("LAVROV: …" / "HOST: …")
    # (a page's topic tags are no turn: "Tags: Torkham, Khyber Pakhtunkhwa, Afghanistan" after a
    # Dawn story, a Pakistan newcomer's, had cost its "PESHAWAR: …" lead its dateline)
    labels = sum(bool(SPEAKER_LABEL.match(text, start, end) or _WORD_LABEL.match(text, start, end)
                      or QA_LABEL.match(text, start, end)) and not _is_tag_line(text[start:end].strip())
                 for start, end in spans)
    lead = _lead_paragraph(text, spans)
    paragraphs = [
        pieces
        for paragraph_id, (start, end) in enumerate(spans)
        if (pieces := _split_paragraph(text, start, end, paragraph_id, splitter,
                                       paragraph_id < _BARE_DATELINE_PARAGRAPHS
                                       or paragraph_id == lead, labels <= 1, names))
    ]
    rows = [
        {
            "doc_id": doc_id, "source": source, "sentence_id": sentence_id,
            "paragraph_id": piece.paragraph_id, "start": piece.start, "end": piece.end,
            "kind": piece.kind, "reason": piece.reason, "text": text[piece.start:piece.end],
            "dateline": (text[piece.start:piece.dateline_end]
                         if piece.dateline_end and piece.kind == "sentence" else ""),
        }
        for sentence_id, piece in enumerate(
            p for ps in _classify(text, paragraphs, names, source) for p in ps)
    ]
    if not rows:
        return _empty_sentences()
    return pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))


def segment_corpus(articles: pd.DataFrame, registry=None) -> pd.DataFrame:  # noqa: ANN001
    """Segment every article of an articles table (see :func:`analysis.corpus.load_corpus`);
    ``registry`` as in :func:`segment_article`."""
    frames = [
        segment_article(str(row.doc_id), str(row.text), str(row.source), registry=registry)
        for row in articles.sort_values("doc_id", kind="stable").itertuples(index=False)
    ]
    frames = [frame for frame in frames if not frame.empty]
    if not frames:
        return _empty_sentences()
    sentences = pd.concat(frames, ignore_index=True)
    return sentences.sort_values(["doc_id", "sentence_id"], kind="stable").reset_index(drop=True)
