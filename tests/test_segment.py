"""Tests for analysis.segment: seeds, hand-made hard cases and a coverage property."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import segment
from analysis.corpus import load_corpus
from analysis.segment import SENTENCE_COLUMNS, lead_end, segment_article, segment_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def rows(text: str) -> list[tuple[str, str, str]]:
    """(kind, reason, text) of every row of a one-article segmentation."""
    frame = segment_article("doc", text)
    return list(zip(frame["kind"], frame["reason"], frame["text"]))


def sentences(text: str) -> list[str]:
    """Texts of the rows of kind ``sentence``."""
    return [t for kind, _, t in rows(text) if kind == "sentence"]


def assert_partition(text: str, frame: pd.DataFrame) -> None:
    """Rows cover every non-blank character exactly once, in order, verbatim, but a heading's
    Markdown mark ("## " before "Talks open"), which is markup, no part of its words (e6b1f95)."""
    assert list(frame.columns) == list(SENTENCE_COLUMNS)
    assert list(frame["sentence_id"]) == list(range(len(frame)))
    assert list(frame["paragraph_id"]) == sorted(frame["paragraph_id"])
    assert set(frame["kind"]) <= {"sentence", "heading", "boilerplate"}
    covered = [0] * len(text)
    previous_end = 0
    for row in frame.itertuples():
        assert previous_end <= row.start < row.end <= len(text)
        assert row.text == text[row.start:row.end]
        assert row.text == row.text.strip()
        assert (row.reason == "") == (row.kind == "sentence")
        for i in range(row.start, row.end):
            covered[i] += 1
        mark = re.search(r"#{1,6}[ \t]+$", text[previous_end:row.start])
        if row.kind == "heading" and mark:
            for i in range(previous_end + mark.start(), previous_end + mark.end()):
                covered[i] += 1
        previous_end = row.end
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i] == 1, f"char {i} {ch!r} covered {covered[i]} times"


# --------------------------------------------------------------------------- seeds

@pytest.fixture(scope="module")
def seed_articles() -> pd.DataFrame:
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def seed_sentences(seed_articles: pd.DataFrame) -> pd.DataFrame:
    return segment_corpus(seed_articles)


def test_seed_counts_by_kind(seed_sentences: pd.DataFrame) -> None:
    counts = seed_sentences.groupby(["doc_id", "kind"]).size().to_dict()
    assert counts == {
        ("000_d91aea6d2b7d52c6", "heading"): 1,
        ("000_d91aea6d2b7d52c6", "sentence"): 20,
        ("001_588ec242c0736e56", "boilerplate"): 2,
        ("001_588ec242c0736e56", "sentence"): 13,
        ("002_d1053c38a1d33603", "boilerplate"): 17,
        ("002_d1053c38a1d33603", "sentence"): 22,
        ("003_a80f5732ff7e0e2e", "boilerplate"): 2,
        ("003_a80f5732ff7e0e2e", "heading"): 6,
        ("003_a80f5732ff7e0e2e", "sentence"): 35,
    }


def test_seed_non_sentence_rows(seed_sentences: pd.DataFrame) -> None:
    other = seed_sentences[seed_sentences["kind"] != "sentence"]
    listed = [(d[:3], k, r, t) for d, k, r, t in
              zip(other["doc_id"], other["kind"], other["reason"], other["text"])]
    headlines = [t for d, _, r, t in listed if d == "002" and r == "headline_list"]
    assert len(headlines) == 17
    assert headlines[0] == ("U.S. Military Kills Al Qaeda-Linked Leader Connected "
                            "to Deadly ISIS Attack in Syria")
    assert headlines[-1] == ("Pentagon Prepares Alaska Troops for Possible Minnesota "
                             "Deployment Amid Immigration Protests")
    assert [x for x in listed if x[0] != "002"] == [
        ("000", "heading", "subheading", "A sigh of relief for Ukrainians"),
        ("001", "boilerplate", "call_to_action",
         "JOIN US ON WHAT'SAPP, TO GET INSTANT STATUS UPDATES AND BE IN THE KNOW."),
        ("001", "boilerplate", "call_to_action", "CLICK HERE"),
        ("003", "boilerplate", "inline_promo",
         "(You may also read: How many nuclear weapons does Russia have?)"),
        ("003", "heading", "question_subheading", "Why has Russia withdrawn troops from Kherson?"),
        ("003", "heading", "subheading", "Details of the withdrawal"),
        ("003", "heading", "question_subheading", "Where are the troops withdrawing to?"),
        ("003", "heading", "question_subheading", "What is happening in Kherson now?"),
        ("003", "heading", "question_subheading",
         "So what does this mean for Ukraine and Russia’s relations?"),
        ("003", "boilerplate", "inline_promo",
         "(You may also Read: Elon Musk sells nearly $4 billion of Tesla stock)"),
        ("003", "heading", "question_subheading", "What was Putin’s original goal?"),
    ]


def test_seed_abbreviations_and_numbers_stay_whole(seed_sentences: pd.DataFrame) -> None:
    texts = list(seed_sentences["text"])
    gen = [t for t in texts if t.startswith("Gen. Valeriy Zaluzhny")]
    assert gen == [
        "Gen. Valeriy Zaluzhny, the head of the armed forces, claimed that since October 1 "
        "in the province that the Kremlin has illegitimately seized, Kyiv’s soldiers have "
        "advanced 36.5 kilometers (22.7 miles) and retaken 41 villages and towns."
    ]
    assert sum("U.S. estimates" in t for t in texts) == 1
    assert "Gen." not in texts and "U.S." not in texts


def test_seed_promo_leaves_clean_sentence(seed_sentences: pd.DataFrame) -> None:
    first = seed_sentences[seed_sentences["doc_id"].str.startswith("003")].iloc[0]
    assert first["kind"] == "sentence"
    assert first["text"].endswith("moved to a military post nearby.")


def test_seed_paragraphs_one_per_line(seed_sentences: pd.DataFrame) -> None:
    doc = seed_sentences[seed_sentences["doc_id"].str.startswith("001")]
    # 12 body lines (two sentences on one of them) + the two CTA lines
    assert doc["paragraph_id"].max() == 13
    assert doc["paragraph_id"].tolist()[5:8] == [5, 5, 6]


def test_seed_partition_and_source(seed_articles: pd.DataFrame,
                                   seed_sentences: pd.DataFrame) -> None:
    for article in seed_articles.itertuples():
        frame = seed_sentences[seed_sentences["doc_id"] == article.doc_id]
        assert_partition(article.text, frame.reset_index(drop=True))
        assert set(frame["source"]) == {article.source}


# --------------------------------------------------------------------------- hard cases

def test_abbreviation_and_decimal_not_split() -> None:
    text = ("The offensive was led by Gen. Valeriy Zaluzhny, whose troops advanced "
            "36.5 kilometers (22.7 miles). U.S. estimates put losses in the thousands.")
    assert sentences(text) == [
        "The offensive was led by Gen. Valeriy Zaluzhny, whose troops advanced "
        "36.5 kilometers (22.7 miles).",
        "U.S. estimates put losses in the thousands.",
    ]


def test_line_broken_sentence_is_joined() -> None:
    text = "The troops moved toward\nthe river on Friday. They rested.\nNobody slept."
    frame = segment_article("doc", text)
    assert list(frame["text"]) == [
        "The troops moved toward\nthe river on Friday.", "They rested.", "Nobody slept.",
    ]
    assert list(frame["paragraph_id"]) == [0, 0, 1]


def test_break_after_function_word_or_long_unpunctuated_line_is_joined() -> None:
    text = ("Russian forces in the south were met by\nUkrainian soldiers near the city.\n"
            "Officials said the Kremlin could try to escalate the conflict from these new "
            "positions across the\nDnieper River in the coming weeks.\n")
    assert sentences(text) == [
        "Russian forces in the south were met by\nUkrainian soldiers near the city.",
        "Officials said the Kremlin could try to escalate the conflict from these new "
        "positions across the\nDnieper River in the coming weeks.",
    ]


def test_hard_wrapped_block_is_one_paragraph() -> None:
    text = ("Russian troops began leaving the city on Wednesday. Officials\n"
            "were cautious about the retreat and warned of traps. Mines\n"
            "had been laid across the area, according to the military.\n"
            "Residents stayed home.\n")
    frame = segment_article("doc", text)
    assert list(frame["text"]) == [
        "Russian troops began leaving the city on Wednesday.",
        "Officials\nwere cautious about the retreat and warned of traps.",
        "Mines\nhad been laid across the area, according to the military.",
        "Residents stayed home.",
    ]
    assert set(frame["paragraph_id"]) == {0}
    assert set(frame["kind"]) == {"sentence"}


BODY = ("Russian troops left Kherson on Friday, ending an eight-month occupation. "
        "Residents celebrated in the central square.\n\n")


def test_headline_list_after_body() -> None:
    text = BODY + ("More Stories\n"
                   "Iran Warns of Harsh Response to Possible Strike\n"
                   "Japan Snap Election Fuels Debate Over Tax Cut\n"
                   "EU Prepares Retaliation as Tariff Threats Escalate\n")
    assert rows(text)[2:] == [
        ("boilerplate", "after_body", "More Stories"),  # a label that heads nothing
        ("boilerplate", "headline_list", "Iran Warns of Harsh Response to Possible Strike"),
        ("boilerplate", "headline_list", "Japan Snap Election Fuels Debate Over Tax Cut"),
        ("boilerplate", "headline_list", "EU Prepares Retaliation as Tariff Threats Escalate"),
    ]


def test_two_title_case_lines_are_not_a_headline_list() -> None:
    text = BODY + "Kherson Residents Celebrate Liberation\n\n" + BODY + \
        "What Comes Next for the Region\n\n" + BODY
    kinds = [(k, r) for k, r, _ in rows(text) if k != "sentence"]
    assert kinds == [("heading", "subheading"), ("heading", "subheading")]


def test_title_block_before_body_is_not_a_headline_list() -> None:
    text = ("Russia Pulls Troops Out of Kherson\n"
            "Ukraine Cautious as Moscow Announces Retreat\n"
            "By Staff Reporters in Kyiv\n\n" + BODY)
    # (the byline with its place is the page's byline, as "By Jane Doe in Kyiv" alone is)
    assert [(k, r) for k, r, _ in rows(text)][:3] == [("heading", "subheading")] * 2 + [
        ("boilerplate", "byline")]


def test_subheading_and_short_sentence_lines() -> None:
    text = ("Russia began withdrawing from the city on Wednesday, officials said.\n"
            "Details of the withdrawal\n"
            "There were 12 settlements in all on Wednesday.\n")
    assert rows(text) == [
        ("sentence", "", "Russia began withdrawing from the city on Wednesday, officials said."),
        ("heading", "subheading", "Details of the withdrawal"),
        ("sentence", "", "There were 12 settlements in all on Wednesday."),
    ]


def test_body_lines_without_a_final_stop_are_not_subheadings() -> None:
    # wire credits, past-tense attributions, footnote markers and emoji after the last word
    lines = ["Zelenskyy said Ukraine would proceed very carefully (Reuters)",
             "Not a single piece of equipment was left behind, the ministry said",
             "The IAEA said the plant had lost external power again 🇺🇦",
             "Zelenskyy said Ukraine would proceed very carefully.[1]",
             "Russia left the west bank of the river. 🇺🇦"]
    text = BODY + "\n\n".join(lines) + "\n\nDetails of the withdrawal\n\n" + BODY
    got = [(k, t) for k, _, t in rows(text)]
    assert [("sentence", line) for line in lines] == [r for r in got if r[1] in lines]
    assert ("heading", "Details of the withdrawal") in got  # a real subhead stays one


@pytest.mark.parametrize(("line", "kind"), [
    # a line in capitals is a wire slug's or a tabloid's headline, its verb past or not (a
    # Mozambique breaker's: a body sentence in capitals, whose mentions are skipped as shouting)
    ("ISIS CLAIMED THE ATTACK IN MACOMIA", "heading"),
    ("RUSSIA SAID IT SHOT DOWN 40 DRONES", "heading"),
    # ... with its full stop it is a sentence, and so is the line in sentence case
    ("ISIS CLAIMED THE ATTACK IN MACOMIA.", "sentence"),
    ("Insurgents claimed the attack in Macomia", "sentence"),
])
def test_a_line_in_capitals_with_a_past_tense_verb_is_a_heading(line: str, kind: str) -> None:
    frame = segment_article("doc", f"{BODY}\n\n{line}\n\n{BODY}")
    assert dict(zip(frame["text"], frame["kind"]))[line] == kind


@pytest.mark.parametrize(("line", "kind"), [
    # French guillemets spaced inside, with a no-break space too: the full stop before the
    # space ends the line (a breaker's: a subheading row)
    ("Le président Zelensky a déclaré : « Nous ne céderons pas. »", "sentence"),
    ("Le président Zelensky a déclaré : «\u00a0Nous ne céderons pas.\u00a0»", "sentence"),
    ("President Zelensky said: “We will not give up.”", "sentence"),
    # ... a subheading quoting a phrase, with no stop inside, stays one
    ("Zelensky face à « l'hiver le plus dur »", "heading"),
])
def test_a_quotation_in_spaced_guillemets_ends_on_its_full_stop(line: str, kind: str) -> None:
    frame = segment_article("doc", f"La guerre continue à l'est\n\n{line}\n\n{BODY}")
    assert list(frame["kind"])[1] == kind


def test_a_markdown_heading_is_a_heading_whatever_its_length() -> None:
    # an Ethiopia newcomer's AU release: a "##" heading of 16 words was a body sentence
    long = ("The Chairperson of the African Union Commission welcomes the signing of the "
            "Permanent Cessation of Hostilities Agreement")
    for mark in ("# ", "## ", "### "):
        # ... whose row holds its words, not the mark
        assert rows(f"Press Release\n\n{mark}{long}\n\n{BODY}")[1] == (
            "heading", "subheading", long)
    # ... a plain line of that length without its full stop is a sentence missing it, and so is
    # a marked line with one, or a hashtag
    for line in (long, f"## {long}.", f"#Ukraine {long}"):
        assert rows(f"Press Release\n\n{line}\n\n{BODY}")[1] == ("sentence", "", line)


@pytest.mark.parametrize("headline", [
    "'We sleep in the corridor now': Kharkiv residents count the cost of the offensive",
    "“We will not leave”: Kherson's last residents",
])
def test_a_headline_opening_with_a_quotation_is_a_heading(headline: str) -> None:
    # it was a body sentence, so an outlet's headline counted as its own stance in the body
    # (a newcomer's finding)
    frame = segment_article("doc", headline + "\n\nHalyna Petrenko has not slept in her bed.\n")
    assert list(frame["kind"]) == ["heading", "sentence"]
    # a quotation without the colon and title after it stays a sentence
    frame = segment_article("doc", "Text first.\n\n“We will win,” he said\n\nMore text.\n")
    assert list(frame["kind"]) == ["sentence"] * 3


@pytest.mark.parametrize(("line", "kind"), [
    # a feature page's subheading quoting a phrase of its story ("<h2>‘Nowhere to go’</h2>",
    # the tag gone from the page's text) had been a quote sentence with no speaker (a newcomer's)
    ("‘A city without lights’", "heading"),
    ("“Kharkiv’s last tram”", "heading"),
    ("'Nobody came back'", "heading"),
    # ... a quotation with its full stop, or with anything after it, is speech
    ("“Nobody came back.”", "sentence"),
    ("“Nobody came back,” she said", "sentence"),
    ("“Did anybody come back?”", "sentence"),
])
def test_a_paragraph_that_is_one_short_quotation_without_a_full_stop_is_a_subheading(
        line: str, kind: str) -> None:
    frame = segment_article("doc", f"Residents returned to Kharkiv in May.\n\n{line}\n\n"
                                   "Olha Tkachenko, 61, said the shelling had not stopped.\n")
    assert list(frame["kind"]) == ["sentence", kind, "sentence"]


def test_a_headline_of_two_sentences_is_one_heading_row() -> None:
    frame = segment_article("doc", "OUR BOYS ARE HOME! Tears at the border as heroes return\n\n"
                                   "They came off the buses thin and pale. Some were smiling.\n")
    assert list(zip(frame["kind"], frame["text"])) == [
        ("heading", "OUR BOYS ARE HOME! Tears at the border as heroes return"),
        ("sentence", "They came off the buses thin and pale."), ("sentence", "Some were smiling.")]
    assert list(frame["sentence_id"]) == [0, 1, 2]


def test_a_first_line_of_short_sentences_over_its_byline_is_the_headline() -> None:
    # "Ceasefire holds. For now." had been two body sentences when no manifest title named it
    body = "\n\nThe guns fell silent on Sunday. Both armies said they would respect it.\n"
    for under in ("By Jane Roe", "MOSCOW, March 14 (Reuters)"):
        frame = segment_article("doc", "Ceasefire holds. For now.\n\n" + under + body)
        assert list(zip(frame["kind"], frame["reason"], frame["text"]))[:2] == [
            ("heading", "headline", "Ceasefire holds. For now."),
            ("boilerplate", "byline" if under.startswith("By") else "dateline", under)]
    # ... not one sentence over a byline, nor a live blog's first entry over its time stamp (a
    # breaker's), nor with no byline under it
    frame = segment_article("doc", "Russia struck Kyiv. Five died.\n\n08:55 GMT" + body)
    assert frame["kind"].tolist()[:2] == ["sentence", "sentence"]
    frame = segment_article("doc", "Russia struck Kyiv overnight.\n\nBy Jane Roe" + body)
    assert frame["kind"].tolist()[0] == "sentence"
    frame = segment_article("doc", "Ceasefire holds. For now." + body)
    assert frame["kind"].tolist()[:2] == ["sentence", "sentence"]


_LONG_HEAD = ("Moldova/Transnistria: Declaration by the High Representative on behalf of the EU "
              "on the release of the detained customs officers")  # 22 words


@pytest.mark.parametrize(("text", "kinds"), [
    # a newcomer's EU statement: a first line longer than a subheading (up to 25 words) and
    # without a full stop, over its dateline, had been a body sentence
    (_LONG_HEAD + "\n\nBrussels, 4 March 2025\n\nThe EU welcomes the release.",
     [("heading", "headline"), ("boilerplate", "dateline"), ("sentence", "")]),
    (_LONG_HEAD + "\n\nBy Jane Roe\n\nThe EU welcomes the release.",
     [("heading", "headline"), ("boilerplate", "byline"), ("sentence", "")]),
    # ... or over the page's stamp (a breaker's, with a site's name and its update, a body
    # sentence)
    (_LONG_HEAD + "\n\nNew Age | Updated 4 March 2025 10:15\n\nThe EU welcomes the release.",
     [("heading", "headline"), ("boilerplate", "timestamp"), ("sentence", "")]),
    (_LONG_HEAD + "\n\nPublished 4 March 2025\n\nThe EU welcomes the release.",
     [("heading", "headline"), ("boilerplate", "timestamp"), ("sentence", "")]),
    # ... not over a live blog's clock, which opens an entry
    (_LONG_HEAD + "\n\n10:15 GMT\n\nThe EU welcomes the release.",
     [("sentence", ""), ("boilerplate", "timestamp"), ("sentence", "")]),
    # ... not with no dateline under it, with a full stop, with a reporting verb, below the top,
    # or longer than a headline
    (_LONG_HEAD + "\n\nThe EU welcomes the release.", [("sentence", ""), ("sentence", "")]),
    (_LONG_HEAD + ".\n\nBrussels, 4 March 2025\n\nThe EU welcomes the release.",
     [("sentence", ""), ("boilerplate", "dateline"), ("sentence", "")]),
    ("Officials in Chisinau said the detained customs officers had been released on Monday after "
     "two weeks of talks\n\nBrussels, 4 March 2025\n\nThe EU welcomes the release.",
     [("sentence", ""), ("boilerplate", "dateline"), ("sentence", "")]),
    ("The EU welcomes the release.\n\n" + _LONG_HEAD + "\n\nBy Jane Roe",
     [("sentence", ""), ("sentence", ""), ("boilerplate", "byline")]),
    (_LONG_HEAD + " and calls on both sides to resume the talks\n\nBrussels, 4 March 2025\n\n"
     "The EU welcomes the release.",
     [("sentence", ""), ("boilerplate", "dateline"), ("sentence", "")]),
])
def test_a_long_first_line_over_its_dateline_is_the_headline(
        text: str, kinds: list[tuple[str, str]]) -> None:
    frame = segment_article("doc", text)
    assert list(zip(frame["kind"], frame["reason"])) == kinds


def test_a_transcript_label_with_an_abbreviated_title_is_not_cut() -> None:
    # "DR. IDRIS ABAKAR: Good morning." had been the rows "DR." and "IDRIS ABAKAR: …", and
    # "BRIG. GEN. …" three rows (a newcomer's radio transcript)
    frame = segment_article("doc", "HOST: Welcome back.\n\nDR. IDRIS ABAKAR: Good morning. "
                                   "The hospitals are full.\n\nBRIG. GEN. NABIL ABDALLAH: We "
                                   "advance.\n\nHOST: Thank you. WE WILL BE RIGHT BACK.\n")
    assert list(frame["text"]) == [
        "HOST: Welcome back.", "DR. IDRIS ABAKAR: Good morning.", "The hospitals are full.",
        "BRIG. GEN. NABIL ABDALLAH: We advance.", "HOST: Thank you.", "WE WILL BE RIGHT BACK."]


def test_a_spanish_interview_label_with_a_full_stop_is_not_cut() -> None:
    # a Somalia fixer's case: "PREGUNTA. ¿Cuándo …?" had been the rows "PREGUNTA." and
    # "¿Cuándo …?", the question a subheading; a word so spelled later in a sentence is cut as
    # any (near miss)
    frame = segment_article("doc", "La Voz entrevistó al ministro.\n\nPREGUNTA. ¿Cuándo "
                                   "terminará la guerra?\n\nRESPUESTA. Cuando Rusia se retire. "
                                   "No antes.\n\nLa clave es la Respuesta. Nadie la dio.\n")
    assert list(zip(frame["kind"], frame["text"])) == [
        ("sentence", "La Voz entrevistó al ministro."),
        ("sentence", "PREGUNTA. ¿Cuándo terminará la guerra?"),
        ("sentence", "RESPUESTA. Cuando Rusia se retire."), ("sentence", "No antes."),
        ("sentence", "La clave es la Respuesta."), ("sentence", "Nadie la dio.")]


@pytest.mark.parametrize("line, reason", [
    # newcomers' bylines, credits and stamps had been scored headings or body sentences
    ("By Horn Observer staff", "byline"),
    ("**By Al-Hurriya Network staff**", "byline"),  # a Markdown file's emphasis
    # a third newcomer's: a bureau's line, a stamp with its update, the site's own address
    ("*Abu Dhabi bureau*", "byline"),
    ("Reuters' Kyiv bureau contributed to this report.", "byline"),
    ("By Times of Israel staff", "byline"),
    ("Saturday, 14 June 2025 10:42 AM  [ Last Update: Saturday, 14 June 2025 11:05 AM ]",
     "timestamp"),
    ("Press TV's website can also be accessed at the following alternate address: "
     "www.presstv.co.uk", "call_to_action"),
    ("Analysis by Dr. Hala Mansour, senior fellow, Red Sea Policy Institute", "byline"),
    ("From our correspondent in Port Sudan", "byline"),
    ("(Reporting by Pacific Wire staff; Editing by Jane Doe)", "byline"),
    ("Updated 14:32 MMT", "timestamp"),
    ("1 August 2024 — Humanitarian Aid", "timestamp"),
    # a think tank's rubric and section before the date (an Ethiopia newcomer's Crisis Group
    # page: a heading, mentioning Europe with the shipped registry)
    ("Commentary / Europe 20 March 2025", "timestamp"),
    ("Q&A / Middle East & North Africa 5 May 2024", "timestamp"),
    ("Report N°301 / Africa 12 October 2024", "timestamp"),
    ("Briefing / Europe & Central Asia 3 March 2023", "timestamp"),
    ("Opinion 3 May 2024", "timestamp"),
    # a broadcast's air date and its transcript's note (a Georgia newcomer's Imedi TV
    # transcript: two body rows)
    ("Broadcast 10 November 2025. Transcript.", "timestamp"),
    ("Aired 3 May 2024", "timestamp"),
    # a byline in brackets, as CNA closes a story (a Taiwan newcomer's, a body sentence)
    ("(By Joseph Yeh and Matt Yu)", "byline"),
    ("(By Joseph Yeh)", "byline"),
    # a credit opened by "With" (a Georgia newcomer's RFE/RL story: a heading mentioning
    # Georgia, a headline stance row), an outlet's name with a slash
    ("With reporting by RFE/RL's Georgian Service", "byline"),
    # two stamps on a line, and a print edition's line (a Pakistan newcomer's Dawn and Express
    # Tribune stories: heading and body rows)
    ("Published November 14, 2026 Updated a day ago", "timestamp"),
    ("Published in Dawn, November 14th, 2026", "timestamp"),
    ("Published in The Express Tribune, November 13th, 2026.", "timestamp"),
    # the newsroom's correspondent alone on the line (a Pakistan newcomer's Express Tribune
    # story: a heading row)
    ("Our Correspondent", "byline"),
])
def test_more_bylines_credits_and_stamps_are_boilerplate(line: str, reason: str) -> None:
    frame = segment_article("doc", "Title\n\n" + line + "\n\nThe war goes on.\n")
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("boilerplate", reason)


def test_sign_offs_and_disclaimers_are_boilerplate() -> None:
    text = ("Title\n\nThe war goes on.\n\nThe views expressed in this column are the author's "
            "own.\n\nThat's all from us for today. Thanks for following.\n\nWe are closing "
            "this live blog now.\n\nThanks for following Ukraine, he told the crowd.\n\n"
            "The views expressed by Moscow are dangerous.\n\nViews expressed in analysis "
            "pieces are the author's own.\n\nThe views expressed in Moscow are dangerous.\n")
    frame = segment_article("doc", text)
    # (a Georgia newcomer's OC Media note without "The" and "this" had been a body sentence;
    # views expressed in a place stay news)
    assert list(zip(frame["kind"], frame["reason"]))[2:] == [("boilerplate", "sign_off")] * 4 + [
        ("sentence", ""), ("sentence", ""), ("boilerplate", "sign_off"), ("sentence", "")]
    # a breaker's and a newcomer's
    text = ("Title\n\nThe war goes on.\n\nThanks for following our live coverage of Russia's "
            "war in Ukraine.\n\nWe're closing this live blog now.\n\nThis blog is now closed."
            "\n\nThe views expressed in this article are the author's own and do not "
            "necessarily reflect Al Jazeera's editorial stance.\n\nThank you for following "
            "along. We'll be back tomorrow.\n\nThat's all from us for now - thanks for "
            "following our coverage.\n")
    frame = segment_article("doc", text)
    assert list(frame["reason"])[2:] == ["sign_off"] * 7
    # a Nigeria newcomer's monitoring site disclaimed the jihadist claim it reproduced: a body
    # sentence; what a speaker does not endorse stays news
    text = ("Title\n\nThe war goes on.\n\nWe do not endorse the content.\n\nWe do not "
            "endorse the ceasefire plan.\n")
    assert list(segment_article("doc", text)["reason"])[2:] == ["sign_off", ""]
    # Reuters' pointer to its standards closing its story (a Kosovo newcomer's: a body
    # sentence); other words after the label stay news
    text = ("Title\n\nThe war goes on.\n\nOur Standards: The Thomson Reuters Trust Principles."
            "\n\nOur standards: we check every claim twice, the editor said.\n")
    assert list(segment_article("doc", text)["reason"])[2:] == ["sign_off", ""]


@pytest.mark.parametrize("line", [
    # a Sahel newcomer's live blog ended on this, its first sentence a body sentence
    "That's all for our live coverage today. Thanks for following.",
    "That's it for our live coverage of the crisis in Niger.",
    "We're pausing our live coverage of the coup for now.",
    "This live page is no longer being updated.",
    "That's all for this edition of The Interview.",
    # "from" as "for" (an India-Pakistan newcomer's live blog ended on a body sentence)
    "That's all from our live coverage of the floods today.",
])
def test_a_live_blogs_closing_line_at_its_end_is_a_sign_off(line: str) -> None:
    frame = segment_article("doc", BODY + line + "\n")
    assert set(list(zip(frame["kind"], frame["reason"]))[2:]) == {("boilerplate", "sign_off")}
    # beside another sign-off, with a topic tag after it
    frame = segment_article("doc", BODY + "Thanks for following.\n\n" + line + "\n\nNiger\n")
    assert list(frame["reason"])[2:] == ["sign_off"] * (len(frame) - 3) + ["after_body"]


@pytest.mark.parametrize(("end", "source"), [
    # a Georgia newcomer's Imedi TV transcript: the host's last turn closed on it, a body row
    # quoted by the host
    ("BERIDZE: That was Prime Minister Irakli Kobakhidze. Stay with Imedi.", "Imedi TV"),
    ("Stay with us.", ""),
    ("Stay with BBC News.", "BBC"),
    ("HOST: Stay with us for more on the war.", ""),
])
def test_a_programmes_stay_with_us_as_its_last_row_is_a_sign_off(end: str, source: str) -> None:
    frame = segment_article("doc", BODY + end + "\n\n© Imedi TV. All rights reserved.\n",
                            source)
    signed = frame[frame["reason"] == "sign_off"]
    assert len(signed) == 1 and signed["text"].iloc[0].endswith(end.split(". ")[-1])
    assert frame["kind"].iloc[signed.index[0] - 1] == "sentence"  # the host's words before it


@pytest.mark.parametrize(("text", "source"), [
    # ... not a column's plea with another object, nor "stay with us" before the break, nor
    # the outlet's name when it is another outlet's
    (BODY + "Stay with Ukraine.\n", "Kyiv Post"),
    (BODY + "Stay with us. We will be back after the break.\n", ""),
    (BODY + "Stay with Imedi.\n", "Rustavi 2"),
])
def test_stay_with_anything_else_stays_a_sentence(text: str, source: str) -> None:
    assert set(segment_article("doc", text, source)["kind"]) == {"sentence"}


def test_a_closing_line_beside_a_call_to_action_at_the_end_is_a_sign_off() -> None:
    # an India-Pakistan newcomer's live blog ended on the two in one paragraph: the closing
    # line was a body sentence, though alone on its line it is a sign-off
    for end in ("That's all for our live coverage today. Follow Dawn for more updates.",
                "Follow Dawn for more updates. That's all for our live coverage today.",
                # ... or a pointer to the newsroom's other pages (a breaker's)
                "That's all from our live blog tonight. You can find more on our Europe page."):
        frame = segment_article("doc", BODY + end + "\n")
        assert set(list(frame["reason"])[2:]) == {"sign_off", "call_to_action"}
    # ... but not beside a body sentence
    frame = segment_article("doc", BODY + "The army said two drones were downed. That's all "
                                          "for our live coverage today.\n")
    assert list(frame["kind"])[2:] == ["sentence", "sentence"]


def test_a_closing_line_in_the_body_stays_a_sentence() -> None:
    # reporting may say it: only at the end or beside a sign-off is it the newsroom's farewell
    for line in ("That's it for the coverage of the talks, the editor told staff.",
                 "We're pausing our live coverage of the vote, the broadcaster said.",
                 "That's all from the coverage we saw, the minister complained."):
        assert line in sentences(BODY + line + "\n\n" + BODY)


@pytest.mark.parametrize("mark", ["###", "# # #", "-30-", "(END)", "ENDS", "-END-"])
def test_a_press_releases_end_mark_is_a_sign_off(mark: str) -> None:
    # a newcomer's CENTCOM release closed on "###" over its contact line: a body sentence
    frame = segment_article("doc", "Title\n\nU.S. forces destroyed two drones over the Red "
                                   f"Sea.\n\n{mark}\n\nThe war goes on.\n")
    assert list(zip(frame["kind"], frame["reason"]))[2] == ("boilerplate", "sign_off")
    # a closing word in prose is no end mark
    assert sentences(BODY + "Ends.\n\nThe end.\n") == sentences(BODY) + ["Ends.", "The end."]


@pytest.mark.parametrize("line", [
    # a newcomer's CENTCOM release ended on its contact line, scored a body sentence
    "For media queries, contact the CENTCOM Public Affairs Office.",
    "For more information, contact the embassy's press office.",
    "Media inquiries: press@example.mil",
    "Press contact: Jane Doe, +1 202 555 0100",
    # a Red Sea newcomer's Maersk advisory: a body sentence with a Maersk mention
    "For further questions, please contact your local Harbour Line representative.",
    "Media queries should be directed to the press office.",
])
def test_a_press_releases_contact_line_is_no_sentence(line: str) -> None:
    assert ("boilerplate", "call_to_action", line) in rows(BODY + line + "\n\n" + BODY)


@pytest.mark.parametrize("line", [
    # a reviewer's: a release's bare contact line was scored a subheading
    "Contact: press@centcom.mil",
    "Contacts: CENTCOM Public Affairs, +1 813 529 0220",
    "CONTACT: press@un.org",
    "Contact us: info@example.org",
    "Media contact: +1 202 555 0100",
    # a breaker's: a press office's, a hotline's and a bare address label
    "Press office: +32 2 707 50 41",
    "Email: press@mfa.gov.ua",
    "Hotline for families of prisoners of war: +380 800 300 529",
])
def test_a_bare_contact_line_is_a_call_to_action(line: str) -> None:
    assert rows(BODY + line + "\n\n" + BODY)[2] == ("boilerplate", "call_to_action", line)
    assert rows(BODY + line + "\n")[-1] == ("boilerplate", "call_to_action", line)


@pytest.mark.parametrize("block", [
    # a Somalia newcomer's AFRICOM release: the office and its address after "-30-" had been a
    # body sentence mentioning AFRICOM
    "Joint Rocket Command Media Relations\njrc-media@example.mil",
    "Press Office of the Delegation\nNadia Roe\n+32 2 555 0199",
])
def test_a_contact_block_after_a_releases_end_mark_is_no_sentence(block: str) -> None:
    frame = segment_article("doc", BODY + "-30-\n\n" + block + "\n")
    assert list(zip(frame["kind"], frame["reason"]))[-1] == ("boilerplate", "call_to_action")
    assert frame["kind"].tolist()[-2:] == ["boilerplate"] * 2


@pytest.mark.parametrize("text", [
    # a line of years is no one's number, and a sentence before an address is one
    BODY + "2014 - 2022\n\nThe war goes on.\n",
    BODY + "The ministry can be reached by email, it said.\npress@example.org\n",
])
def test_a_line_of_numbers_or_a_sentence_is_no_contact_block(text: str) -> None:
    assert "call_to_action" not in [r for _, r, t in rows(text) if "2022" in t or "said" in t]


@pytest.mark.parametrize("line", [
    "Contact with the crew was lost on Monday.",
    "Contact with the unit was lost on Tuesday.",
    "Contact was lost at 02:00 with the crew of 12 people.",
    "Contact: the brigade lost touch with the battalion on Tuesday.",
    "Contact: lost with the 155th brigade at 04:00 on 24.02.2025, its commander said.",
    "Press inquiries, the ministry said, went unanswered.",
    "For more information on the strikes, the ministry said nothing.",
    "\"For more information, contact us,\" the spokesman told a caller.",
    "For further questions about the strike, the ministry referred reporters to the army.",
])
def test_sentences_that_start_like_a_contact_line_stay_sentences(line: str) -> None:
    assert line in sentences(BODY + line + "\n\n" + BODY)


def test_an_advisorys_contact_label_and_disclaimer_are_boilerplate() -> None:
    # a Red Sea newcomer's UKMTO warning: "Contact: UKMTO Watchkeepers" over the contact lines
    # was a heading row, its disclaimer two body sentences, each with a UKMTO mention
    text = (BODY + "Contact: Harbour Watchkeepers\nEmail: watch@harbour.org\n"
            "Telephone: +44 2392 000000\n\nThis information is provided for situational "
            "awareness only. Harbour Watch does not accept liability for decisions taken on the "
            "basis of this advisory.\n")
    assert segment_article("doc", text)["reason"].tolist()[-5:] == [
        "call_to_action", "call_to_action", "call_to_action", "sign_off", "sign_off"]
    # ... a label over the story, and what a state does not accept, stay rows
    text = (BODY + "Contact: Harbour Watchkeepers\n\n" + BODY + "Russia does not accept "
            "liability for the crash, which this report documents.\n")
    kinds = segment_article("doc", text)["kind"].tolist()
    assert [kinds[2], kinds[-1]] == ["heading", "sentence"]


@pytest.mark.parametrize("closing", [
    "Kind regards,\nHarbour Line A/S", "Kind regards,\n\nHarbour Line A/S",
    "Yours sincerely,\nJohn Smith"])
def test_a_customer_letters_greeting_and_closing_are_boilerplate(closing: str) -> None:
    # a Red Sea newcomer's Maersk advisory: "Dear Customer," and "Kind regards,\nA.P. Moller -
    # Maersk" were body sentences, the closing a positive Maersk row
    text = "Dear Customer,\n\n" + BODY + closing + "\n"
    frame = segment_article("doc", text, "Harbour Line")
    assert frame.loc[frame["text"].str.contains("Dear|regards|sincerely|Harbour"), "kind"].tolist() \
        == ["boilerplate"] * (3 if "\n\n" in closing else 2)
    # ... a named addressee, and what the sender said, keep their rows
    text = "Dear Mr President,\n\nHarbour Line said it would reroute vessels.\n"
    assert segment_article("doc", text)["kind"].tolist() == ["sentence", "sentence"]
    # ... and a body sentence on the line under the closing (a breaker's: the sign-off took it)
    text = BODY + "Kind regards,\nRussia will not stop the war, Lavrov said.\n\n" + BODY
    frame = segment_article("doc", text)
    assert frame.loc[frame["text"].str.contains("Lavrov"), "kind"].tolist() == ["sentence"]


def test_an_authors_note_at_a_columns_end_is_a_sign_off() -> None:
    # a newcomer's think-tank analysis ended on "Dr. Nadia Kamal is a senior fellow at the Bab
    # al-Mandab Institute. The views expressed are her own.": the note was a body sentence
    note = "Dr. Nadia Kamal is a senior fellow at the Bab al-Mandab Institute."
    frame = segment_article("doc", BODY + note + " The views expressed are her own.\n")
    assert list(zip(frame["kind"], frame["reason"]))[-2:] == [("boilerplate", "sign_off")] * 2
    # after the disclaimer, two notes; alone on the last line, with a topic tag after it
    text = (BODY + "The views expressed are their own.\n\nJohn Roe is a professor of history "
            "at King's College London. Jane Doe is director of the Sanaa Center.\n")
    assert list(segment_article("doc", text)["reason"])[-3:] == ["sign_off"] * 3
    assert rows(BODY + note + "\n\nYemen\n")[-2:] == [
        ("boilerplate", "sign_off", note), ("boilerplate", "after_body", "Yemen")]


def test_a_think_tanks_author_note_under_the_byline_and_its_disclaimer_are_sign_offs() -> None:
    # a Venezuela newcomer's CSIS commentary: the note under the byline (mentioning Washington)
    # and the closing disclaimer were body sentences
    note = ("Rachel Okafor is a senior fellow with the Americas Program at the Center for "
            "Strategic and International Studies (CSIS) in Washington, D.C.")
    closing = ("This commentary is produced by the Center for Strategic and International "
               "Studies (CSIS), a private, tax-exempt institution. Its research is nonpartisan "
               "and nonproprietary.")
    got = rows("Can Kyiv hold?\n\nBy Rachel Okafor | Commentary | March 16, 2026\n\n" + note
               + "\n\n" + BODY + closing + "\n")
    assert [r[:2] for r in got] == [
        ("heading", "question_subheading"), ("boilerplate", "byline"),
        ("boilerplate", "sign_off"), ("sentence", ""), ("sentence", ""), ("boilerplate", "sign_off"),
        ("boilerplate", "sign_off")]
    # near misses: a note on another person under the byline, and what a body is in the body,
    # stay sentences
    other = ("John Roe is a senior fellow with the Americas Program at the Center for Strategic "
             "and International Studies (CSIS) in Washington, D.C.")
    assert other in sentences("Can Kyiv hold?\n\nBy Rachel Okafor | Commentary | March 16, "
                              "2026\n\n" + other + "\n\n" + BODY)
    line = "The Center for Strategic and International Studies is a private, tax-exempt institution."
    assert line in sentences(BODY + line + "\n\n" + BODY)


@pytest.mark.parametrize("note", [
    # a reviewer's: columns closing on a note on their author unnamed were body sentences
    "The author is a former Indian ambassador to Russia.",
    "The writer is a senior fellow at the Atlantic Council.",
    "The writer is Professor of International Relations at King's College London.",
    "The author is an associate professor of political science at Jawaharlal Nehru University.",
    "The author is a columnist for The Moscow Times.",
    # a breaker's: a retired officer's or official's post
    "The writer is a retired Lieutenant General of the Indian Army.",
    "The writer is a former Foreign Secretary of India.",
    "The author is a former diplomat who served in Moscow and Kyiv.",
])
def test_a_note_on_the_columns_unnamed_author_is_a_sign_off(note: str) -> None:
    assert rows(BODY + note + "\n")[-1] == ("boilerplate", "sign_off", note)
    assert rows(BODY + note + " The views expressed are his own.\n")[-2:] == [
        ("boilerplate", "sign_off", note),
        ("boilerplate", "sign_off", "The views expressed are his own.")]
    # in the body it is a sentence
    assert note in sentences(BODY + note + "\n\n" + BODY)


@pytest.mark.parametrize(("note", "reason"), [
    # a newcomer's Markdown analysis closed on "<Name> is <Outlet>'s <beat> editor." (in
    # italics): a body sentence
    ("Anna Keller is Eurasia Review's Caucasus editor.", "sign_off"),
    ("Tom Hale is Reuters' chief Moscow correspondent.", "sign_off"),
    ("Mira Lenz is the Kyiv Post's senior Donbas reporter, based in Kramatorsk.", "sign_off"),
    # ... or a research house's post (a Libya newcomer's "<Name> is Crisis Group's Senior
    # Analyst for Libya.", a body sentence mentioning Libya)
    ("Lena Sauer is Chatham House's Senior Research Fellow for Russia and Eurasia.", "sign_off"),
    ("Omar Haddad is the Carnegie Middle East Center's programme director for the Gulf.",
     "sign_off"),
    ("Jana Hrubá is Crisis Group's analyst for Ukraine.", "sign_off"),
    # ... not a post outside a newsroom or a research house, nor a name without a first name
    ("Oleg Ivanov is Gazprom's chief executive.", "sentence"),
    ("Igor Sechin is Rosneft's managing director.", "sentence"),
    ("Yuri Ushakov is Putin's foreign policy adviser.", "sentence"),
    ("Keller is Eurasia Review's Caucasus editor.", "sentence"),
])
def test_a_note_naming_the_authors_outlet_is_a_sign_off(note: str, reason: str) -> None:
    assert rows(BODY + note + "\n")[-1] == (
        ("boilerplate", "sign_off", note) if reason == "sign_off" else ("sentence", "", note))
    # in the body it is a sentence
    assert note in sentences(BODY + note + "\n\n" + BODY)


@pytest.mark.parametrize(("story", "reason"), [
    # a breaker's: a story about an outlet closing on its head's post is no author's note
    ("State broadcaster Vesti was fined in Latvia in 2023. It kept broadcasting online.",
     "sentence"),
    ("The broadcaster's new chief editor, Irina Volkova, took over in May.", "sentence"),
    # ... a story naming neither the outlet nor the person closes on its author's note
    ("State broadcasters were fined in Latvia in 2023. They kept broadcasting online.",
     "sign_off"),
])
def test_a_note_on_the_storys_own_subject_is_no_authors_note(story: str, reason: str) -> None:
    note = "Irina Volkova is Vesti's chief editor."
    assert rows(story + "\n\n" + note + "\n")[-1] == (
        ("boilerplate", "sign_off", note) if reason == "sign_off" else ("sentence", "", note))


def test_an_author_in_the_news_is_no_authors_note() -> None:
    for line in ("The author is a Ukrainian soldier who fought in Bakhmut, his publisher said.",
                 "The author of the report is a fellow at RUSI."):
        assert sentences(BODY + line + "\n")[-1] == line
        assert line in sentences(BODY + line + "\n\n" + BODY)


def test_an_analyst_in_the_body_is_no_authors_note() -> None:
    kofman = "Kofman is a senior fellow at CNA, and he argues that Russia is short of shells."
    assert kofman in sentences(BODY + kofman + "\n\n" + BODY)
    assert sentences(BODY + "Kofman is a senior fellow at CNA. He argues that Russia is short of "
                     "shells.\n")[-2:] == ["Kofman is a senior fellow at CNA.",
                                           "He argues that Russia is short of shells."]
    # a note's form as the article's only line is its body
    assert sentences("Kofman is a senior fellow at CNA.\n") == ["Kofman is a senior fellow at CNA."]


def test_prose_like_a_byline_or_stamp_stays_prose() -> None:
    frame = segment_article("doc", "Title\n\nBy contrast, Russia lost.\n\nFrom our point of "
                                   "view, it failed.\n\n14 March — Russia struck Kyiv overnight, "
                                   "killing five.\n\nBy Friday, Russian forces had seized two "
                                   "more villages.\n\nReport by Amnesty International, released "
                                   "Thursday, accuses both sides.\n\n(By Friday, Russian "
                                   "forces had seized two more villages.)\n")
    assert list(frame["kind"])[1:] == ["sentence"] * 6  # "By Friday" a breaker's, in brackets too
    # a timeline's date and event is a heading, not a page's date and section
    frame = segment_article("doc", "Title\n\n24 February 2022 — Russia Invades Ukraine\n\n"
                                   "2 May 2024 — Peace and Security\n\nThe war goes on.\n")
    assert list(zip(frame["kind"], frame["reason"]))[1:3] == [
        ("heading", "subheading"), ("boilerplate", "timestamp")]
    # ... and a rubric before a headline, not a date, is a heading
    frame = segment_article("doc", "Title\n\nCommentary / Europe: Russia's winter gamble\n\n"
                                   "Commentary on Europe 20 March 2025\n\nThe war goes on.\n")
    assert list(frame["kind"])[1:3] == ["heading", "heading"]


def test_a_wires_staff_credit_is_boilerplate() -> None:
    # "(Reporting by …; Editing by …)" was scored as a body sentence (a newcomer's finding)
    frame = segment_article("doc", "Russia struck Kharkiv.\n\n(Reporting by Tom Balmforth; "
                                   "Editing by Alex Richardson)\n\nReporting by Tom Balmforth "
                                   "in Kyiv; additional reporting by Olena Harmash; Editing by "
                                   "Mark Heinrich\n\nReporting by The Associated Press found "
                                   "that drones were used.\n\nReporting by Ukrainian journalists "
                                   "in Mariupol showed the theatre was hit; Russia denied it.\n\n"
                                   "Edited by Russian censors; the film was banned.\n")
    assert list(zip(frame["kind"], frame["reason"])) == [
        ("sentence", ""), ("boilerplate", "byline"), ("boilerplate", "byline"),
        ("sentence", ""), ("sentence", ""), ("sentence", "")]  # the last two: a second reviewer's


def test_a_wires_closing_credit_lines_are_boilerplate() -> None:
    # a newcomer's AP wire ended on "Gambrell reported from Dubai, United Arab Emirates.",
    # scored a body sentence mentioning the UAE; "… contributed from Washington." the US
    frame = segment_article("doc", "The strikes continued into the night.\n\nGambrell reported "
                                   "from Dubai, United Arab Emirates. Associated Press writer Jon "
                                   "Gambrell contributed from Washington.\n\nMagdy and Gambrell "
                                   "reported from Cairo.\n\nAssociated Press writers Lolita C. "
                                   "Baldor in Washington, D.C. and Jon Gambrell in Dubai "
                                   "contributed.\n")
    assert list(zip(frame["kind"], frame["reason"]))[1:] == [("boilerplate", "byline")] * 4
    # reports from a place, and a contribution, in prose stay sentences
    prose = ["Russia's defence ministry reported from its briefing that 40 drones were downed.",
             "Reuters reported from Kyiv that the blasts shook the city centre.",
             "Zelensky contributed $10 million from his own funds.",
             "Journalists who reported from Sudzha face charges in Russia."]
    assert sentences("The war goes on.\n\n" + "\n\n".join(prose) + "\n") == [
        "The war goes on.", *prose]


@pytest.mark.parametrize("credit", [
    # a reviewer's: an AP wire's closing line naming two reporters and their places was a body
    # sentence mentioning Estonia
    "Karmanau reported from Tallinn, Estonia; Novikov from Kyiv.",
    "Karmanau reported from Tallinn, Estonia; Novikov reported from Kyiv.",
    "Novikov reported from Kyiv, Ukraine, and Karmanau from Tallinn, Estonia.",
    "Lee reported from Washington and Novikov from Kyiv.",
    "Karmanau reported from Tallinn, Estonia; Novikov from Kyiv. Associated Press writer Jon "
    "Gambrell contributed from Washington.",
    # Reuters' credits: one reporter and a place, or its bureaux
    "Reporting by Tom Balmforth in Kyiv; Editing by Mark Heinrich",
    "Reporting by Olena Harmash in Kyiv and Reuters bureaux; Editing by Gareth Jones",
    # ... or two bureaus, one reporter "at" a body's seat (a newcomer's Western Sahara wire: a
    # body sentence mentioning the UN)
    "(Reporting by Dalia Haddad in Amman and Pieter Smit at the European Commission; Editing "
    "by Clara Moss)",
    # the AP's closing line with the reporter's role (an Ethiopia newcomer's: a body sentence
    # with two mentions of Ukraine), and its "contributed to this report" with an initial
    "Associated Press writer Cara Anna reported from Kyiv, Ukraine.",
    "AP writer Cara Anna reported from Nairobi, Kenya.",
    "Associated Press journalists Hanna Arhirova and Samya Kullab reported from Kyiv, Ukraine.",
    "Associated Press writer Cara Anna reported from Nairobi, Kenya, and Jon Gambrell from Dubai.",
    "Associated Press writers Lolita C. Baldor and Jon Gambrell contributed to this report.",
])
def test_a_wires_credit_of_two_reporters_and_places_is_a_byline(credit: str) -> None:
    frame = rows("The strikes continued into the night.\n\n" + credit + "\n")[1:]
    assert {(kind, reason) for kind, reason, _ in frame} == {("boilerplate", "byline")}
    assert " ".join(t for _, _, t in frame) == credit


def test_reports_from_two_places_in_prose_stay_sentences() -> None:
    prose = ["Novikov reported that the strikes continued.",
             "Kuleba reported from Brussels; the talks went on.",
             "Poddubny reported from Pokrovsk and Kots from Avdiivka that assaults were under way.",
             # a wire's reporters in the news, or reporting in prose
             "AP reporters reported from Kyiv, Ukraine.",
             "Reuters journalists Tom Balmforth and Olena Harmash reported from Kyiv that the "
             "blasts shook the city.",
             "AP journalists who reported from Mariupol won the Pulitzer Prize.",
             "AP reporters Mstyslav Chernov and Evgeniy Maloletka contributed to the film, which "
             "won an Oscar.",
             # reporting at a body's seat in prose
             "Reporting by journalists at the United Nations was restricted on Friday.",
             # "With reporting by" opening prose (a near-miss of the RFE/RL credit)
             "With reporting by journalists in Kyiv, the story grew.",
             # a broadcast's date in prose (a near-miss of "Broadcast 10 November 2025.
             # Transcript.")
             "Broadcasts resumed on 10 November 2025."]
    assert sentences("The war goes on.\n\n" + "\n\n".join(prose) + "\n") == [
        "The war goes on.", *prose]


@pytest.mark.parametrize("line", [
    # a breaker's: two commanders' reports in the middle of a story had been a wire's credit
    "Shoigu reported from Rostov and Gerasimov from Donetsk.",
    "Budanov reported from Kharkiv; Oleksandr Syrskyi from Pokrovsk.",
    "Zaluzhnyi reported from Bakhmut.",
])
def test_registry_actors_reporting_from_places_are_no_credit(line: str) -> None:
    text = "The offensive slowed in May.\n\n" + line + "\n\nThe talks resumed in June.\n"
    assert sentences(text) == ["The offensive slowed in May.", line, "The talks resumed in June."]


def test_registry_actors_named_in_the_story_reporting_at_its_end_are_no_credit() -> None:
    # a breaker's: two commanders the story follows, reporting in its last line, had been a
    # wire's credit (a byline) and lost both mentions
    story = ("Both men spent the week on the front.\n\nZaluzhnyi toured the trenches near "
             "Bakhmut while Budanov met scouts in the north.\n\n")
    line = "Budanov reported from Kharkiv and Zaluzhnyi from Bakhmut."
    assert sentences(story + line + "\n")[-1] == line
    # the registry's full form is the actor too
    line = "Kyrylo Budanov reported from Kharkiv."
    assert sentences(story + line + "\n")[-1] == line
    # ... but a reporter the story has not named stays a credit, registry surname or not
    for line in ("Wang reported from Beijing.", "Budanov reported from Kharkiv and Lee from Seoul.",
                 # another given name with the registry surname is a reporter's whole name
                 "Maria Budanov reported from Kharkiv."):
        assert rows(story + line + "\n")[-1] == ("boilerplate", "byline", line)


def test_reporters_no_registry_actor_names_are_still_a_credit() -> None:
    # names the registry does not hold, places it does: a wire's credit as before
    credit = "Hanna Arhirova reported from Zaporizhzhia, Ukraine, and Stepanenko from Moscow."
    assert rows("The offensive slowed in May.\n\n" + credit + "\n")[1] == (
        "boilerplate", "byline", credit)
    # ... and at the story's end a reporter may bear a surname the registry holds
    for credit in ("Wang reported from Beijing.", "Kirby reported from London; Lee from Seoul."):
        assert rows("The offensive slowed in May.\n\n" + credit + "\n")[1] == (
            "boilerplate", "byline", credit)
        assert rows("The offensive slowed in May.\n\n" + credit + "\n\n___\n")[1] == (
            "boilerplate", "byline", credit)


def test_question_subheading() -> None:
    text = BODY + "Why did Russia withdraw from Kherson?\n\n" + BODY
    assert ("heading", "question_subheading", "Why did Russia withdraw from Kherson?") in rows(text)


def test_questions_that_are_not_subheadings() -> None:
    text = ("Russia left the city. Will it come back?\n\n"
            "“Why are we still here?” asked one resident.\n\n"
            "“Is it over?”\n")
    assert {k for k, _, _ in rows(text)} == {"sentence"}


def test_inline_promo_mid_paragraph() -> None:
    text = ("Putin said the troops would leave. (Also read: Why Kherson matters) "
            "The move surprised analysts. [READ MORE: Five things to know]")
    assert rows(text) == [
        ("sentence", "", "Putin said the troops would leave."),
        ("boilerplate", "inline_promo", "(Also read: Why Kherson matters)"),
        ("sentence", "", "The move surprised analysts."),
        ("boilerplate", "inline_promo", "[READ MORE: Five things to know]"),
    ]


def test_parentheses_that_are_not_promos() -> None:
    text = "Troops advanced 36.5 kilometers (22.7 miles) and read the terrain (carefully)."
    assert rows(text) == [("sentence", "", text)]


@pytest.mark.parametrize("line", [
    "JOIN US ON WHAT'SAPP, TO GET INSTANT STATUS UPDATES AND BE IN THE KNOW.",
    "CLICK HERE",
    "Follow us on Twitter for the latest updates.",
    "Subscribe to our newsletter to get the day's top stories.",
    "Sign up for our free morning briefing.",
    "Click here to read the full report.",
    "Download the app for breaking news alerts.",
    "Please support our independent journalism.",
    "Read more: Kherson after the occupation",
    "You can follow the latest on our Middle East page.",
    "And you can catch up on the day's events on our Sudan page.",
    # the outlet's site by its address, and X (a Colombia newcomer's Caracol transcript closed
    # on a heading row)
    "Listen to the full interview on caracol.com.co | Follow 6AM W on X",
    # ... and the address first (a Red Sea newcomer's UKMTO warning: a body sentence)
    "www.harbourwatch.org | Follow Harbour Watch on X @HarbourWatch",
    "Listen to the full interview on harbourwire.com.",
    # "follow us" in Serbian and Albanian (a Kosovo newcomer's RTS page: a heading row)
    "Pratite nas na Fejsbuku i Instagramu",
    "Zapratite nas na Telegramu.",
    "Na ndiqni në Facebook",
    # ... naming the social networks or the platform after more words
    "Pratite nas na društvenim mrežama",
    "Zapratite nas na Telegramu za najnovije vesti o Kosovu.",
    # "Like" a page on Facebook opening the line (a Pakistan newcomer's Express Tribune close)
    "Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed and join in the conversation.",
    "Like the brigade on Facebook, share the video and join the fundraiser.",
])
def test_call_to_action(line: str) -> None:
    assert rows(BODY + line + "\n")[-1] == ("boilerplate", "call_to_action", line)


@pytest.mark.parametrize("line", [
    "Finland may sign up to the alliance next year.",
    "“Join us on the front line,” the commander told volunteers.",
    "„Pratite nas“, rekao je Vučić novinarima u Beogradu.",
    # "follow us" said aloud, naming no platform, is reported speech (a breaker's)
    "Pratite nas sutra, kada ćemo objaviti odluku, poručio je Vučić novinarima.",
    "Pratite nas i videćete da Srbija neće odustati od Kosova, rekao je Vučić na mitingu.",
    "Na ndiqni, tha Kurti para protestuesve, sepse veriu është i yni.",
    "Many analysts subscribe to the view that the retreat was planned.",
    "Countries like us cannot ignore the threat, the minister said.",
    "Residents were told to get out before the bombardment.",
    "You can see the damage on our street, the mayor told reporters.",
    # "our" is the speaker's after a transcript's label or a reporting verb
    "SYBIHA: You can find every strike on Odesa on our ministry's website.",
    "The navy said you can follow each convoy on our official channel and asked for patience.",
    # ... nor is a site or X named in reporting
    "Support for Ukraine grew on X.",
    "Follow the money, the prosecutor said on X.",
    # ... nor a headline after a site's address
    "www.harbourwatch.org | Houthis seize a tanker off Mokha",
    "Support for the plan grew, officials told kyivindependent.com.",
    # "Like" as a comparison, and a verb that is not the line's imperative
    "Like many users on Facebook, she shared the video of the strike.",
    "Pakistan likes to say it wants peace on its border.",
    # ... nor the appeal with a reporting clause closing it (a breaker's)
    "Like the brigade on Facebook, share the video and join the fundraiser, the commander urged supporters.",
])
def test_not_a_call_to_action(line: str) -> None:
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)


def test_an_outlets_description_of_itself_beside_its_appeal_is_a_call_to_action() -> None:
    # a Colombia newcomer's Colombia Reports story closed on "Colombia Reports is an independent
    # news website. Support our journalism.": the first a body sentence mentioning Colombia
    got = rows(BODY + "Harbour Reports is an independent news website. Support our journalism.\n")
    assert got[-2:] == [
        ("boilerplate", "call_to_action", "Harbour Reports is an independent news website."),
        ("boilerplate", "call_to_action", "Support our journalism.")]
    # ... without the appeal beside it, news of an outlet
    line = "Meduza is an independent news website based in Riga."
    assert rows(BODY + line + " Russia banned it in 2023.\n")[-2] == ("sentence", "", line)


def test_empty_and_blank_articles() -> None:
    for text in ("", "  \n\n\t \n"):
        frame = segment_article("doc", text)
        assert frame.empty and list(frame.columns) == list(SENTENCE_COLUMNS)


def test_segment_corpus_fills_source_and_sorts() -> None:
    articles = pd.DataFrame({
        "doc_id": ["b", "a", "c"],
        "source": ["Outlet B", "Outlet A", "Outlet C"],
        "text": ["Second one. Really.", "First one.", ""],
    })
    frame = segment_corpus(articles)
    assert list(zip(frame["doc_id"], frame["source"], frame["sentence_id"])) == [
        ("a", "Outlet A", 0), ("b", "Outlet B", 0), ("b", "Outlet B", 1),
    ]
    assert frame["start"].dtype == "int64"


def test_segment_corpus_of_nothing() -> None:
    frame = segment_corpus(pd.DataFrame({"doc_id": [], "source": [], "text": []}))
    assert frame.empty and list(frame.columns) == list(SENTENCE_COLUMNS)


# --------------------------------------------------------------------------- property

_TOKENS = st.sampled_from([
    "Gen.", "U.S.", "36.5", "Mr.", "word", "Word", "WORD", "the", "of", "Kherson", "“", "”",
    "\"", "'", ".", "?", "!", "...", ",", ":", "-", "(", ")", "[", "]", "(Also read: Ukraine)",
    "CLICK HERE", "Follow us", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\n \n", "\t", "\r",
    "\u2028", "\u00a0", "\x0c", "é", "ß", "\ufeff", "#", "*", "1", "2022",
])
_TEXTS = st.one_of(
    st.lists(_TOKENS, max_size=80).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_rows_partition_any_text(text: str) -> None:
    assert_partition(text, segment_article("doc", text))


def test_ellipsis_is_not_a_sentence_of_its_own() -> None:
    # pysbd cuts "Ok..." into "Ok.." and "."; the stray dot must stay attached. A trailing
    # ellipsis before a lower-case word ("Ok... ok...") does not end the sentence.
    assert sentences("Ok... Ok... ok. Then he left... And came back!") == [
        "Ok...", "Ok... ok.", "Then he left...", "And came back!",
    ]


# --------------------------------------------------------------------------- page furniture

@pytest.mark.parametrize(("line", "reason"), [
    ("Your browser does not support HTML5 video.", "player_notice"),
    ("Media playback is unsupported on your device", "player_notice"),
    ("Please enable JavaScript to view this video.", "player_notice"),
    ("© 2022 Example News. All rights reserved.", "copyright"),
    ("Copyright 2023 Reuters", "copyright"),
    ("A post shared by Ukraine Now (@ukraine_now)", "embedded_post"),
    ("Join our Telegram channel for live updates.", "call_to_action"),
])
def test_page_furniture_is_boilerplate(line: str, reason: str) -> None:
    got = rows(BODY + line + "\n")[2:]
    assert {(kind, why) for kind, why, _ in got} == {("boilerplate", reason)}
    assert " ".join(text for _, _, text in got) == line


@pytest.mark.parametrize("line", [
    "Kremlin spokesman Dmitry Peskov said on his Telegram channel that the decision was final.",
    "The governor wrote on the Telegram channel of the regional administration that power was back.",
    "Copyright law was changed in 2019, the court said.",
    "The browser company said it would support the new standard.",
    # a link the reporter cites in parentheses (or a Markdown link) is not an embedded post
    "Russian forces shelled Kharkiv overnight, killing three people, according to governor "
    "Oleh Synehubov (https://t.me/synegubov).",
    "Zelenskyy posted a video on X (https://x.com/ZelenskyyUa/status/1234567890) saying "
    "Ukraine would respond.",
    "[Russian forces](https://t.me/rian_ru/1) shelled the city overnight.",
    # a bare link inside running prose, with more of the sentence after it
    "Zelenskyy posted a video on X, https://x.com/ZelenskyyUa/status/1591234567890, in which "
    "he thanked the soldiers.",
    "The governor wrote on Telegram at t.me/synegubov that Russia had shelled the city overnight.",
])
def test_content_citing_a_channel_or_copyright_is_a_sentence(line: str) -> None:
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)


def test_a_bare_post_link_is_still_an_embedded_post() -> None:
    got = rows(BODY + "We will win. pic.twitter.com/AbC123 https://t.me/channel/5\n")[2:]
    assert {(kind, why) for kind, why, _ in got} == {("boilerplate", "embedded_post")}


def test_embedded_post_is_boilerplate_with_its_text() -> None:
    text = (BODY + "Our people. Our Kherson.\n"
            "— Volodymyr Zelenskyy (@ZelenskyyUa) November 11, 2022\n"
            "Residents gathered in the square.\n")
    assert rows(text)[2:] == [
        ("boilerplate", "embedded_post", "Our people."),
        ("boilerplate", "embedded_post", "Our Kherson."),
        ("boilerplate", "embedded_post", "— Volodymyr Zelenskyy (@ZelenskyyUa) November 11, 2022"),
        ("sentence", "", "Residents gathered in the square."),
    ]


def test_photo_credit_glued_to_sentences_takes_only_itself() -> None:
    got = rows(BODY + "© Reuters. Ukrainian soldiers ride a tank in Kherson. Russia's retreat "
                      "was a major blow, analysts said.\n")[2:]
    assert got == [("boilerplate", "copyright", "© Reuters."),
                   ("sentence", "", "Ukrainian soldiers ride a tank in Kherson."),
                   ("sentence", "", "Russia's retreat was a major blow, analysts said.")]
    footer = rows(BODY + "© 2024 The Daily Planet. All rights reserved. Reproduction prohibited.\n")
    assert {(kind, why) for kind, why, _ in footer[2:]} == {("boilerplate", "copyright")}


@pytest.mark.parametrize(("text", "rows_after_body"), [
    # a newcomer's state agency closed on its copyright line and a notice on reusing its
    # materials: the notice had been a body sentence
    ("© APA. All rights reserved. Use of materials is permitted only with a hyperlink to APA.",
     [("boilerplate", "copyright", "© APA."), ("boilerplate", "copyright", "All rights reserved."),
      ("boilerplate", "copyright", "Use of materials is permitted only with a hyperlink to APA.")]),
    ("Full or partial reproduction of the site's materials is allowed only with a reference to "
     "the source.", [("boilerplate", "copyright", "Full or partial reproduction of the site's "
                      "materials is allowed only with a reference to the source.")]),
    # ... not the news of a ban on using materials, nor one on weapons
    ("Use of the seized materials is prohibited until the trial, the prosecutor said.",
     [("sentence", "", "Use of the seized materials is prohibited until the trial, the "
                       "prosecutor said.")]),
    ("The use of cluster munitions is prohibited under the convention.",
     [("sentence", "", "The use of cluster munitions is prohibited under the convention.")]),
    # a breaker's: the publisher's name before its materials, a notice on its terms ...
    ("Use of Interpress materials is allowed only with a link to the agency.",
     [("boilerplate", "copyright", "Use of Interpress materials is allowed only with a link to "
                                   "the agency.")]),
    ("Copying of our articles is prohibited without the prior consent of the editors.",
     [("boilerplate", "copyright", "Copying of our articles is prohibited without the prior "
                                   "consent of the editors.")]),
    # ... but a ban that goes on to other things is news, of weapons or of a banned outlet
    ("Use of these materials in combat is forbidden under a treaty that Belarus signed in 1996.",
     [("sentence", "", "Use of these materials in combat is forbidden under a treaty that "
                       "Belarus signed in 1996.")]),
    ("Reproduction of its articles is prohibited in Belarus, and readers face arrest for "
     "sharing them.",
     [("sentence", "", "Reproduction of its articles is prohibited in Belarus, and readers face "
                       "arrest for sharing them.")]),
    # a Colombia newcomer's EFE footer: the notice without the materials named, after the
    # copyright line, had been a body sentence
    ("© EFE 2025. All rights reserved. Redistribution prohibited without prior consent of "
     "Agencia EFE S.A.",
     [("boilerplate", "copyright", "© EFE 2025."), ("boilerplate", "copyright",
                                                    "All rights reserved."),
      ("boilerplate", "copyright", "Redistribution prohibited without prior consent of Agencia "
                                   "EFE S.A.")]),
    # ... not news of what a ban forbids
    ("Use is prohibited without a permit from the army, the governor said.",
     [("sentence", "", "Use is prohibited without a permit from the army, the governor said.")]),
    ("Reproduction is forbidden without consent in Belarus, where readers face arrest.",
     [("sentence", "", "Reproduction is forbidden without consent in Belarus, where readers "
                       "face arrest.")]),
    # a Libya newcomer's: the agency's notice that its site carries a part of its subscribers'
    # stories closed every Anadolu story as a body sentence
    ("Harbour Wire website contains only a selection of the stories offered to subscribers of "
     "its HW Newsline service.",
     [("boilerplate", "copyright", "Harbour Wire website contains only a selection of the "
                                   "stories offered to subscribers of its HW Newsline service.")]),
    # ... not news of what a site holds or of subscribers
    ("The Wagner Group website contains only a portion of its videos, and subscribers to its "
     "channel saw more.",
     [("sentence", "", "The Wagner Group website contains only a portion of its videos, and "
                       "subscribers to its channel saw more.")]),
    # a Nigeria newcomer's Punch footer: the publisher's name after "Copyright" and its
    # notice that the material may not be reproduced had been body sentences
    ("Copyright PUNCH.\nAll rights reserved. This material, and other digital content on this "
     "website, may not be reproduced, published, broadcast, rewritten or redistributed in "
     "whole or in part without prior express written permission from PUNCH.",
     [("boilerplate", "copyright", "Copyright PUNCH."),
      ("boilerplate", "copyright", "All rights reserved."),
      ("boilerplate", "copyright", "This material, and other digital content on this website, "
                                   "may not be reproduced, published, broadcast, rewritten or "
                                   "redistributed in whole or in part without prior express "
                                   "written permission from PUNCH.")]),
    ("This material may not be published, broadcast, rewritten or redistributed.",
     [("boilerplate", "copyright", "This material may not be published, broadcast, rewritten "
                                   "or redistributed.")]),
    # ... not a court's ban going on to other things, nor a heading's word after "Copyright"
    ("This material may not be published until the trial ends, the judge said.",
     [("sentence", "", "This material may not be published until the trial ends, the judge "
                       "said.")]),
    ("Copyright Infringement\n\nThe court met on Monday to hear the case.",
     [("heading", "subheading", "Copyright Infringement"),
      ("sentence", "", "The court met on Monday to hear the case.")]),
])
def test_a_notice_on_reusing_the_publishers_materials_is_copyright(
        text: str, rows_after_body: list[tuple[str, str, str]]) -> None:
    assert rows(BODY + text + "\n")[2:] == rows_after_body


def test_player_notice_glued_to_a_sentence_takes_only_itself() -> None:
    assert rows(BODY + "Your browser does not support HTML5 video. Troops left the city.\n")[2:] == [
        ("boilerplate", "player_notice", "Your browser does not support HTML5 video."),
        ("sentence", "", "Troops left the city."),
    ]
# --------------------------------------------------------------------------- news conventions
# The inputs of issue 14's table, and one test per failure kind.


def test_wire_copy_with_ascii_dashes_and_a_dateline() -> None:
    text = ("KHERSON, Ukraine (AP) -- Russian shelling hit the port overnight. Two people were "
            "killed. The governor -- who visited the site -- called it revenge.")
    frame = segment_article("doc", text)
    assert list(frame["text"]) == [
        "KHERSON, Ukraine (AP) -- Russian shelling hit the port overnight.",
        "Two people were killed.",
        "The governor -- who visited the site -- called it revenge.",
    ]
    assert list(frame["dateline"]) == ["KHERSON, Ukraine (AP) --", "", ""]


@pytest.mark.parametrize(("text", "dateline"), [
    ("LONDON (Reuters) - Britain will send more missiles. The package is large.",
     "LONDON (Reuters) -"),
    ("MOSCOW, Nov 11 (Reuters) - Russia said it had left. It gave no figures.",
     "MOSCOW, Nov 11 (Reuters) -"),
    ("KYIV, Nov. 12 (Xinhua) -- The grid operator announced outages. Repairs began.",
     "KYIV, Nov. 12 (Xinhua) --"),
    ("Kyiv, Ukraine (CNN) — Ukraine said it shot down 23 drones. Debris hit homes.",
     "Kyiv, Ukraine (CNN) —"),
    ("WASHINGTON — The Pentagon announced new aid. It includes shells.", "WASHINGTON —"),
    ("ST. PETERSBURG, Russia (AP) — Putin opened a forum. Few firms came.",
     "ST. PETERSBURG, Russia (AP) —"),
    # TASS's house style, and a place with its country at the top, as Al Jazeera writes (it
    # was split off as two sentences / read as mentions of Qatar: a newcomer's findings)
    ("MOSCOW, May 12. /TASS/. Air defenses downed 12 drones. Debris fell on a road.",
     "MOSCOW, May 12. /TASS/."),
    ("MOSCOW, May 12 /TASS/. Air defenses downed 12 drones. Debris fell on a road.",
     "MOSCOW, May 12 /TASS/."),
    ("Doha, Qatar – Qatar has brokered the return of 12 children. More may follow.",
     "Doha, Qatar –"),
    # two places with a slash, and a registry place alone at the top (a newcomer's findings)
    ("GAZA/JERUSALEM, March 14 (Meridian) - Strikes hit Rafah. Aid trucks waited.",
     "GAZA/JERUSALEM, March 14 (Meridian) -"),
    ("Kharkiv — Russian forces struck the city overnight. Power was cut.", "Kharkiv —"),
    ("Kyiv — Russian drones struck the capital overnight. Debris fell.", "Kyiv —"),
    # Russian state media's place and date without the agency (it was a sentence of its own:
    # a newcomer's finding); a date ending a sentence of prose stays prose (below)
    ("MOSCOW, December 20. Units of the Yug group liberated Stepnoye. Losses were high.",
     "MOSCOW, December 20."),
    ("KYIV, Dec. 3. Air raid alerts sounded in the capital. Debris fell.", "KYIV, Dec. 3."),
    # a title-case place and date, a region after the place, a title-case TASS dateline (a
    # newcomer's Ukrainian state outlet and independent outlet, and a breaker's)
    ("Kyiv, March 15 – Russian occupiers attacked Kharkiv. Debris fell.", "Kyiv, March 15 –"),
    ("DOBROPILLIA, Donetsk region - The town is emptying. Few remain.",
     "DOBROPILLIA, Donetsk region -"),
    ("Moscow, 14 March. /TASS/. The Kremlin said talks were possible. Nobody came.",
     "Moscow, 14 March. /TASS/."),
    # a state agency's name after the date and a full stop (a newcomer's AZERTAC copy: the
    # dateline was a sentence row of its own, mentioning Azerbaijan)
    ("Baku, 21 September, AZERTAC. The Ministry of Defence spoke. Nobody came.",
     "Baku, 21 September, AZERTAC."),
    ("YEREVAN, MAY 2, ARMENPRESS. The government met. Nobody came.",
     "YEREVAN, MAY 2, ARMENPRESS."),
    ("MOSCOW, March 3, RIA Novosti. Russian forces advanced. Nobody came.",
     "MOSCOW, March 3, RIA Novosti."),
    ("MINSK, 5 May, BelTA. Lukashenko spoke. Nobody came.", "MINSK, 5 May, BelTA."),
    ("KYIV, March 3, Ukrinform. Russia struck. Nobody came.", "KYIV, March 3, Ukrinform."),
    # a place and a state agency in capitals before a dash (a fourth newcomer's SANA copy)
    ("Damascus, SANA – The president met the envoy. Nobody came.", "Damascus, SANA –"),
    # the day before the month, as AFP, European, African and Russian outlets write it, and
    # RIA Novosti's agency after a dash (a Sahel newcomer's: no dateline, "Bamako" and "Moscow"
    # were mentions of their states; RIA's dateline was a sentence row of its own)
    ("Bamako, 30 July 2024 (ORTM) - The Malian Armed Forces struck. Nobody came.",
     "Bamako, 30 July 2024 (ORTM) -"),
    ("Moscow, 30 July (AFP) - Wagner said it had suffered losses. Nobody came.",
     "Moscow, 30 July (AFP) -"),
    ("MOSCOW, 30 July (AFP) - Wagner said it had suffered losses. Nobody came.",
     "MOSCOW, 30 July (AFP) -"),
    ("Bamako, 30 July 2024 - The Malian Armed Forces struck. Nobody came.",
     "Bamako, 30 July 2024 -"),
    # ... and in Spanish, the agency's name opening in lower case (a Venezuela newcomer's
    # teleSUR story: no dateline, Caracas a mention of Venezuela)
    ("Caracas, 13 de marzo de 2026 (teleSUR) - El Gobierno activó una nueva zona. Nadie vino.",
     "Caracas, 13 de marzo de 2026 (teleSUR) -"),
    ("Caracas, 13 de marzo de 2026 - El Gobierno activó una nueva zona. Nadie vino.",
     "Caracas, 13 de marzo de 2026 -"),
    ("MOSCOW, 12 August - RIA Novosti. Russia will help the Sahel. Nobody came.",
     "MOSCOW, 12 August - RIA Novosti."),
    ("Moscow, 12 August 2024 – RIA Novosti. Russia will help the Sahel. Nobody came.",
     "Moscow, 12 August 2024 – RIA Novosti."),
    # a press release's place and date before a colon (an Ethiopia newcomer's AU release: no
    # dateline, and "Addis Ababa" was a mention of Ethiopia), in capitals too
    ("Addis Ababa, 3 November 2022: The Chairperson welcomes the agreement. Nobody came.",
     "Addis Ababa, 3 November 2022:"),
    ("Kyiv, 3 November 2022: The Secretary-General of NATO welcomes it. Nobody came.",
     "Kyiv, 3 November 2022:"),
    ("NEW YORK, 3 November 2022: The Secretary-General welcomes it. Nobody came.",
     "NEW YORK, 3 November 2022:"),
    ("Brussels, March 14, 2024: The Council adopted sanctions. Nobody came.",
     "Brussels, March 14, 2024:"),
    # a place, a date and the agency in brackets with no dash, Focus Taiwan's house style (a
    # Taiwan newcomer's: no dateline, and "Taipei" was a mention of Taiwan)
    ("Taipei, May 23 (CNA) Taiwan's Ministry of National Defense condemned the drills. Nobody "
     "came.", "Taipei, May 23 (CNA)"),
    ("Kyiv, May 23 (Ukrinform) Ukraine's defence ministry condemned the strikes. Nobody came.",
     "Kyiv, May 23 (Ukrinform)"),
    ("TAIPEI, Oct. 14 (CNA) The coast guard tracked ten ships. Nobody came.",
     "TAIPEI, Oct. 14 (CNA)"),
    ("Washington, May 22 (CNA) “We stand with Taiwan,” he said. Nobody came.",
     "Washington, May 22 (CNA)"),
    # a gloss in brackets after the place, as SPS writes its camps' datelines (a Western
    # Sahara newcomer's: no dateline, and the gloss a mention)
    ("Bir Lehlou (Liberated Territories), 3 May 2025 (SPS) - The army struck. Nobody came.",
     "Bir Lehlou (Liberated Territories), 3 May 2025 (SPS) -"),
    ("GOMA (North Kivu), 4 June (ACP) - The rebels withdrew. Nobody came.",
     "GOMA (North Kivu), 4 June (ACP) -"),
    # ... and with no agency, as a place and date with a dash are read (a Somalia fixer's case:
    # no dateline, the gloss a mention in the lede)
    ("Laayoune (Western Sahara), 5 May 2025 - Moroccan authorities said the situation was "
     "calm. Nobody came.", "Laayoune (Western Sahara), 5 May 2025 -"),
    ("Goma (North Kivu), 4 June – The rebels withdrew. Nobody came.",
     "Goma (North Kivu), 4 June –"),
    # a place with accents, and EFE's full stop between its agency and the dash (a Colombia
    # newcomer's: no dateline, and "Madrid" was a mention of Spain scored for stance)
    ("BOGOTÁ, Oct 16 (Reuters) - Colombia asked for help. Nobody came.",
     "BOGOTÁ, Oct 16 (Reuters) -"),
    ("Madrid, Oct 14 (EFE).- More than 4,200 people have fled. Nobody came.",
     "Madrid, Oct 14 (EFE).-"),
    ("Cúcuta (Colombia), Oct 14 (EFE).- More than 4,200 people have fled. Nobody came.",
     "Cúcuta (Colombia), Oct 14 (EFE).-"),
    # a French month after its day, as French-language wires and dailies date their stories,
    # with a gloss or an agency too (a breaker's: no dateline, though the English month had one)
    ("Goma (Nord-Kivu), 12 mars 2025 - Les combats se poursuivent. Personne n'est venu.",
     "Goma (Nord-Kivu), 12 mars 2025 -"),
    ("Goma, 12 mars 2025 - Les combats se poursuivent. Personne n'est venu.",
     "Goma, 12 mars 2025 -"),
    ("Kinshasa, 1er février 2025 (ACP) - Les combats se poursuivent. Personne n'est venu.",
     "Kinshasa, 1er février 2025 (ACP) -"),
    # an outlet's name with digits in the brackets (an Iraqi Kurdistan newcomer's Kurdistan24
    # copy: no dateline, "Kurdistan Region" a mention scored for stance)
    ("SULAIMANI, Kurdistan Region (Kurdistan24) – Some thirty fighters burned their rifles. "
     "Nobody came.", "SULAIMANI, Kurdistan Region (Kurdistan24) –"),
    ("PARIS (France 24) – Macron spoke. Nobody came.", "PARIS (France 24) –"),
    # ... or a channel's number before its name, or a small "i" opening it (a fixer's cases:
    # no dateline)
    ("KYIV (24 Channel) – Russian drones struck the city overnight. Nobody came.",
     "KYIV (24 Channel) –"),
    ("JERUSALEM (i24NEWS) – The army said it struck targets. Nobody came.",
     "JERUSALEM (i24NEWS) –"),
])
def test_datelines_are_kept_in_the_first_sentence_and_marked(text: str, dateline: str) -> None:
    frame = segment_article("doc", text)
    assert len(frame) == 2
    assert frame["text"].iloc[0].startswith(dateline)
    assert list(frame["dateline"]) == [dateline, ""]


def test_a_glossed_places_dateline_without_an_agency_holds_no_mention() -> None:
    # a Somalia fixer's case: the gloss of "Laayoune (Western Sahara), 5 May 2025 -" was a
    # mention carrying the lede's tone; the place is the dateline's, the lede's actors stay
    from analysis.actors import find_mentions
    frame = segment_article("doc", "Kharkiv (Ukraine), 5 May 2025 - Russian troops advanced "
                                   "overnight, officials said. Nobody came.\n")
    frame["source"] = "src"
    assert list(find_mentions(frame)["actor"]) == ["Russia"]


@pytest.mark.parametrize("text", [
    # a number in brackets opening a time, or a year, is no broadcaster's name
    "KYIV (24 hours later) – Russian drones struck the city again. Nobody came.\n",
    "KYIV (1991) – Ukraine declared independence that year. Nobody came.\n",
])
def test_no_dateline_from_a_number_in_brackets(text: str) -> None:
    assert set(segment_article("doc", text)["dateline"]) == {""}


def test_no_dateline_in_ordinary_sentences() -> None:
    frame = segment_article("doc", BODY + "NATO allies met in Brussels. Nobody spoke -- yet.\n")
    assert set(frame["dateline"]) == {""}
    frame = segment_article("doc", "The talks ended on December 20. Russia left.\n")
    assert list(frame["text"]) == ["The talks ended on December 20.", "Russia left."]
    # ... and a place and date below the top opens prose (a breaker's finding)
    frame = segment_article("doc", "Allies met.\n\nMore.\n\nStill more.\n\nNATO, June 24. That "
                                   "was when the allies last agreed.\n")
    assert set(frame["dateline"]) == {""}
    # a title-case place and country with a dash below an article's top is prose, and so at the
    # top is a sentence opener or a person before a dash (a second reviewer's findings)
    frame = segment_article("doc", "Talks began.\n\nMore.\n\nStill more.\n\nKyiv, Kharkiv – "
                                   "Two cities were hit, officials said.\n")
    assert set(frame["dateline"]) == {""}
    # a place glossed in brackets opening a sentence with no agency is prose
    frame = segment_article("doc", "Goma (North Kivu), the rebels' stronghold, fell on Monday - "
                                   "residents fled.\n")
    assert set(frame["dateline"]) == {""}
    for text in ("Meanwhile, Ukraine – Europe's largest country – is short of soldiers.\n",
                 "Putin, Xi – The two leaders met in Beijing.\n",
                 "Putin — The president spoke for an hour.\n",
                 "Meanwhile — Talks went on.\n",
                 "Meanwhile, March 15 – nothing happened.\n",
                 "Meanwhile, 21 September, NATO. Nothing happened.\n",
                 "Meanwhile, 21 September - NATO. Nothing happened.\n",
                 "Meanwhile, 30 July 2024 – Nothing happened.\n",
                 # a place with accents opening prose
                 "Bogotá, the capital, was calm – for now.\n",
                 "Bogotá, Medellín – Two cities were hit, officials said.\n",
                 # a colon after a place and date opening prose, or below the top
                 "Kyiv, 3 November 2022: the day the lights went out.\n",
                 "Meanwhile, 3 November 2022: Nothing happened.\n",
                 "Talks began.\n\nMore.\n\nStill more.\n\nKyiv, 3 November 2022: The "
                 "lights went out.\n",
                 # ... nor without its year, before a person's words or a correction (a
                 # breaker's)
                 "Putin, 9 May: “Victory will be ours,” he told the parade.\n",
                 "Kyiv, 9 May 2023: “We will win,” Zelensky said.\n",
                 "Correction, 3 November 2022: An earlier version misstated the toll.\n",
                 # ... and a bracket after a date, below the top or after a sentence opener
                 "Talks began.\n\nMore.\n\nStill more.\n\nTaipei, May 23 (CNA) Taiwan "
                 "said so.\n",
                 "Meanwhile, May 23 (Reuters) Nothing happened.\n",
                 # ... and a glossed place and date with a dash, below the top or after a
                 # sentence opener
                 "Talks began.\n\nMore.\n\nStill more.\n\nLaayoune (Western Sahara), 5 May "
                 "2025 - Moroccan authorities said so.\n",
                 "Meanwhile (Reuters), 5 May 2025 - Nothing happened.\n",
                 # ... and so with a French date: below the top, or after a French opener
                 "Talks began.\n\nMore.\n\nStill more.\n\nGoma, 12 mars 2025 - Les "
                 "combats reprennent.\n",
                 "Entre-temps, 12 mars 2025 – Rien ne s'est passé.\n",
                 # ... and so with a Spanish date below the top
                 "Talks began.\n\nMore.\n\nStill more.\n\nCaracas, 13 de marzo de 2026 - "
                 "El Gobierno habló.\n",
                 # ... and a year in brackets after a place is no outlet's name
                 "Kyiv (1991) – Ukraine declared independence. Nobody came.\n"):
        assert set(segment_article("doc", text)["dateline"]) == {""}, text


@pytest.mark.parametrize("text", [
    # a breaker's: a timeline's first entry at an article's top had been a release's dateline,
    # and the country no mention
    "Russia, 21 February 2022: Putin recognised the two breakaway republics.\n\nMore.\n",
    "UKRAINE, 29 March 2022: Russian forces began to leave the north.\n\nMore.\n",
    "Poland, 15 November 2022: A missile fell on a village near the border.\n\nMore.\n",
])
def test_a_country_and_a_date_before_a_colon_open_a_timelines_entry(text: str) -> None:
    from analysis.actors import find_mentions

    frame = segment_article("doc", text)
    assert set(frame["dateline"]) == {""} and frame["kind"].iloc[0] == "sentence"
    if not text[:2].isupper():  # (a line's capitals are read as a heading's, not here)
        assert text.split(",")[0] in set(find_mentions(frame)["actor"])


def test_a_users_registry_reads_its_own_countries_and_people_in_rows(tmp_path: Path) -> None:
    # a breaker's: a timeline's entry for a country of the user's actor file (outside the shipped
    # registry) had been a release's dateline, so the country was no mention; the report passes
    # the user's registry to the segmenter as to the later stages
    from analysis.actors import load_registry
    from analysis.score import annotate_articles

    file = tmp_path / "actors.toml"
    file.write_text('extends = "default"\n\n[[actor]]\nname = "Varnia"\ncamp = "Varnia"\n'
                    'type = "country"\n\n[[actor]]\nname = "Ilse Marten"\ncamp = "Varnia"\n'
                    'type = "person"\naliases = ["Marten"]\n', encoding="utf-8")
    registry = load_registry(file)
    timeline = ("Varnia, 3 June 2024: Troops crossed the river at dawn.\n\n"
                "Varnia, 9 June 2024: The truce held.\n")
    assert segment_article("doc", timeline, registry=registry)["dateline"].iloc[0] == ""
    articles = pd.DataFrame({"doc_id": ["doc"], "source": ["Wire"], "text": [timeline]})
    sentences, mentions = annotate_articles(articles, registry)
    assert "Varnia" in set(mentions.loc[mentions["sentence_id"] == 0, "actor"])
    # ... and a capitals label naming its person opens no dateline ("MARTEN: …" is her turn)
    label = "MARTEN: The border stays closed until the talks end.\n"
    assert segment_article("doc", label, registry=registry)["dateline"].iloc[0] == ""
    # the shipped registry's reading, where neither is an actor, stays: a place and a date
    assert segment_article("doc", timeline)["dateline"].iloc[0] == "Varnia, 3 June 2024:"
    assert segment_article("doc", label)["dateline"].iloc[0] == "MARTEN:"


def test_a_city_and_a_date_before_a_colon_stay_a_releases_dateline() -> None:
    # a city is no country, even where the registry holds it for its state
    frame = segment_article("doc", "Warsaw, 15 November 2022: The Government of Poland "
                                   "condemns the strike.\n\nMore.\n")
    assert frame["dateline"].iloc[0] == "Warsaw, 15 November 2022:"


def _veldmark_registry():
    """A user's registry holding a country the shipped one lacks, its capital a metonym."""
    from analysis.actors import Actor, Registry

    return Registry((Actor("Veldmark", "Veld", type="country", metonyms=("Elmstad",)),))


@pytest.mark.parametrize(("text", "dateline"), [
    # a Somalia newcomer's: "City, Country –" was a dateline only where the shipped registry
    # held the country, so their registry's Somalia was a mention of the lede's
    ("Port Elma, Veldmark – Aid convoys reached the camp at dawn. More are due.",
     "Port Elma, Veldmark –"),
    ("Elmstad — The army retook the airport overnight. More are due.", "Elmstad —"),
])
def test_a_dateline_may_name_a_country_of_the_users_registry(text: str, dateline: str) -> None:
    from analysis.actors import find_mentions

    frame = segment_article("doc", text, registry=_veldmark_registry())
    assert list(frame["dateline"]) == [dateline, ""]
    assert find_mentions(frame, _veldmark_registry()).empty
    # ... and so from a corpus, as the report segments it
    corpus = pd.DataFrame({"doc_id": ["doc"], "source": ["Wire"], "text": [text]})
    assert list(segment_corpus(corpus, _veldmark_registry())["dateline"]) == [dateline, ""]


def test_the_users_registry_adds_countries_and_takes_none_away() -> None:
    registry = _veldmark_registry()
    # a sentence opener before the country stays prose, and a country of the user's registry
    # before a date and a colon opens a timeline's entry, as a shipped one does
    for text in ("Meanwhile, Veldmark – a small country – is short of fuel.\n",
                 "Veldmark, 3 March 2024: The army crossed the river.\n\nMore.\n"):
        assert set(segment_article("doc", text, registry=registry)["dateline"]) == {""}, text
    # without it the shipped registry decides, and its countries stay places under it
    assert set(segment_article("doc", "Port Elma, Veldmark – Convoys came.\n")["dateline"]) \
        == {""}
    assert segment_article("doc", "Doha, Qatar – Convoys came.\n", registry=registry
                           )["dateline"].iloc[0] == "Doha, Qatar –"


@pytest.mark.parametrize(("text", "dateline"), [
    # a capitalised place and a colon, as Pakistani and Indian dailies open a story (an
    # India-Pakistan newcomer's Dawn story had no dateline)
    ("KARACHI: The provincial government on Monday announced relief. Nobody came.", "KARACHI:"),
    ("Title of the story\n\nNEW DELHI: India on Tuesday summoned the envoy. Nobody came.",
     "NEW DELHI:"),
    # ... not a transcript's label, a rubric, a registry person, a quotation's lead-in, nor
    # below the top
    ("LAVROV: We are ready to talk. Nobody came.\n\nHOST: Thank you, minister.", ""),
    ("BREAKING: Russia launched missiles at Kyiv. Nobody came.", ""),
    ("PUTIN: Russia will not retreat, he said. Nobody came.", ""),
    ("KYIV: “We will hold the line,” the mayor said. Nobody came.", ""),
    ("Talks began.\n\nMore.\n\nStill more.\n\nLAHORE: Shops reopened. Nobody came.", ""),
    # ... where the story's first paragraph of prose is below the top, under a byline, a stamp
    # and a share line, and topic tags after it (a Pakistan newcomer's Dawn story), and with the
    # agency in brackets (Pajhwok's "JALALABAD (Pajhwok): …")
    ("Torkham shut\n\nUmar Khan\n\nPublished November 14, 2026\n\nFollow Dawn on WhatsApp\n\n"
     "PESHAWAR: The crossing remained closed for a third day on Friday after forces exchanged "
     "fire. Nobody came.\n\nTags: Torkham, Khyber Pakhtunkhwa, Afghanistan", "PESHAWAR:"),
    ("JALALABAD (Pajhwok): Afghan traders say they have lost millions. Nobody came.",
     "JALALABAD (Pajhwok):"),
    # ... not a later paragraph's, the story's first prose above it
    ("Kyiv was shelled overnight, officials said on Monday after the strikes ended.\n\nMore."
     "\n\nStill more.\n\nLAHORE: Shops reopened on Monday after the protests ended in the "
     "city centre. Nobody came.", ""),
])
def test_a_capitalised_place_and_colon_opening_the_story_is_its_dateline(text: str,
                                                                         dateline: str) -> None:
    frame = segment_article("doc", text)
    first = frame.loc[frame["text"].str.contains(":")].iloc[0]
    assert first["kind"] == "sentence" and first["dateline"] == dateline
    assert set(frame["dateline"]) <= {dateline, ""}


def test_dateline_is_not_an_actor_mention() -> None:
    from analysis.actors import find_mentions

    frame = segment_article("doc", "KYIV, Ukraine (AP) — Russian troops shelled Kherson.")
    mentions = find_mentions(frame)
    assert list(mentions["actor"]) == ["Russia"]
    # "Kyiv —" was a mention of Ukraine with a stance row (stop 55)
    frame = segment_article("doc", "Kyiv — Russian troops shelled Kherson.")
    assert list(find_mentions(frame)["actor"]) == ["Russia"]
    # ... nor a day-month one's (a Sahel newcomer's "Moscow, 30 July (AFP) -" was a Russia row)
    frame = segment_article("doc", "Moscow, 30 July (AFP) - Wagner said it had suffered losses.")
    assert list(find_mentions(frame)["actor"]) == ["Wagner Group"]
    # ... nor a press release's colon one's (an Ethiopia newcomer's "Addis Ababa, 3 November 2022:")
    frame = segment_article("doc", "Kyiv, 3 November 2022: NATO welcomes the agreement.")
    assert list(find_mentions(frame)["actor"]) == ["NATO"]
    # ... nor a bracketed agency's without a dash (a Taiwan newcomer's "Taipei, May 23 (CNA)")
    frame = segment_article("doc", "Kyiv, May 23 (Ukrinform) Russia struck Kharkiv.")
    assert list(find_mentions(frame)["actor"]) == ["Russia"]
    # ... nor EFE's (a Colombia newcomer's "Madrid, Oct 14 (EFE).-" was a mention of Spain)
    frame = segment_article("doc", "Madrid, Oct 14 (EFE).- Russia struck Kharkiv.")
    assert list(find_mentions(frame)["actor"]) == ["Russia"]


def test_us_ends_a_sentence_but_titles_and_dates_do_not() -> None:
    text = ("The ceasefire held for a week, and the deal was brokered by the U.S. On Monday, "
            "both sides accused each other of violations. The attack came on Jan. 5, when "
            "Sen. Lindsey Graham was in Kyiv. He was the No. 2 official at the U.S. Embassy "
            "until Lt. Gen. Ivan Petrenko arrived at 5 a.m. Monday.")
    assert sentences(text) == [
        "The ceasefire held for a week, and the deal was brokered by the U.S.",
        "On Monday, both sides accused each other of violations.",
        "The attack came on Jan. 5, when Sen. Lindsey Graham was in Kyiv.",
        "He was the No. 2 official at the U.S. Embassy until Lt. Gen. Ivan Petrenko arrived "
        "at 5 a.m. Monday.",
    ]


@pytest.mark.parametrize("ending", ["U.N.", "U.K.", "a.m.", "p.m.", "Corp.", "etc."])
def test_abbreviation_before_a_plain_sentence_start(ending: str) -> None:
    assert sentences(f"It was settled at the {ending} But it did not last.") == [
        f"It was settled at the {ending}", "But it did not last.",
    ]


def test_html_entities_in_a_text_file_are_decoded_at_load(tmp_path: Path) -> None:
    import warnings

    raw = "Officials didn&#8217;t confirm the strike. The port was closed &amp; guarded.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_corpus(tmp_path)
    assert articles["text"].iloc[0] == (
        "Officials didn’t confirm the strike. The port was closed & guarded.\n")
    assert articles["flags"].iloc[0] == "entities_decoded"
    frame = segment_corpus(articles)
    assert list(frame["text"]) == ["Officials didn’t confirm the strike.",
                                   "The port was closed & guarded."]
    assert_partition(articles["text"].iloc[0], frame)


def test_decode_entities_only_touches_real_references() -> None:
    from analysis.corpus import decode_entities

    assert decode_entities("AT&T and R&D &notaname; &amp;#8220;x&amp;#8221; &mdash;") == \
        "AT&T and R&D &notaname; “x” —"


@pytest.mark.parametrize(("text", "expected"), [
    ("“We are staying,” said one resident. “This is our home.”",
     ["“We are staying,” said one resident.", "“This is our home.”"]),
    ("‘We have no water,’ said Olha, a nurse. ‘We melt snow.’ The hospital runs on a generator.",
     ["‘We have no water,’ said Olha, a nurse.", "‘We melt snow.’",
      "The hospital runs on a generator."]),
    ("He told the BBC: 'This is not over. It will never be over.' Then he went back inside.",
     ["He told the BBC: 'This is not over.", "It will never be over.'",
      "Then he went back inside."]),
    ("“Why are we still here?” asked one soldier. “Enough!” Olena Marchuk said. Nobody moved.",
     ["“Why are we still here?” asked one soldier.", "“Enough!” Olena Marchuk said.",
      "Nobody moved."]),
    ("“The mission’s expertise will serve the whole region.” — Deputy Minister Olena Marchuk",
     ["“The mission’s expertise will serve the whole region.” — Deputy Minister Olena Marchuk"]),
])
def test_quotes_in_straight_curly_and_single_marks(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_every_splitter_keeps_the_partition() -> None:
    from analysis.segment import SPLITTERS

    text = ("KYIV, Ukraine (AP) -- Shells fell. “We stay,” she said. The U.S. On Monday it "
            "ended.\n\nMr. Smith left at 5 p.m. (He was tired.)")
    for splitter in ("pysbd", "rules", "pysbd+news"):
        assert splitter in SPLITTERS
        assert_partition(text, segment_article("doc", text, splitter=splitter))
    with pytest.raises(ValueError, match="unknown splitter"):
        segment_article("doc", text, splitter="nltk")


# --------------------------------------------------------------------------- lists, Markdown, copied pages

def test_list_items_are_body_points_not_one_sentence_or_headings() -> None:
    text = BODY + ("Key events\n"
                   "- Kherson is the only regional capital Russia captured after February 2022\n"
                   "* Ukraine says Russia is trying to lure its troops into a trap\n"
                   "• NATO officials are cautious\n"
                   "1. First point: Russia says the move saves lives\n"
                   "2) Second point: Ukraine is sceptical\n\n" + BODY)
    got = rows(text)
    assert ("heading", "subheading", "Key events") in got
    assert [t for k, _, t in got if t[:1] in "-*•12"] == [
        "- Kherson is the only regional capital Russia captured after February 2022",
        "* Ukraine says Russia is trying to lure its troops into a trap",
        "• NATO officials are cautious",
        "1. First point: Russia says the move saves lives",
        "2) Second point: Ukraine is sceptical",
    ]
    assert {k for k, _, t in got if t[:1] in "-*•12"} == {"sentence"}


def test_a_wrapped_list_item_keeps_its_continuation_line() -> None:
    text = BODY + ("- Kherson is the only regional capital that Russia captured after the\n"
                   "  invasion began in February 2022\n"
                   "- NATO officials are cautious\n")
    assert sentences(text)[-2:] == [
        "- Kherson is the only regional capital that Russia captured after the\n"
        "  invasion began in February 2022",
        "- NATO officials are cautious",
    ]


@pytest.mark.parametrize("line", [
    # a headline before a bar is no link of the page's, nor is a pointer after a headline
    "Read my lips | Opinion",
    "Why Kherson fell | Read more",
    # ... and a time's "By the" with no newsroom's word is no byline
    "By the Dnipro River Bridge",
])
def test_barred_lines_that_are_no_links_or_bylines_stay_headings(line: str) -> None:
    assert [r for r in rows(BODY + line + "\n\n" + BODY) if r[2] == line] == [
        ("heading", "subheading", line)]


@pytest.mark.parametrize("block, reason", [
    ("| Date | Event |\n|------|-------|\n| 11 Nov | Ukraine enters Kherson |", "table"),
    ("```\nraw scraper log: Zelenskyy Putin Russia Ukraine\n```", "code_block"),
    ("[^1]: Address of 9 November.", "footnote"),
    # a rule line between a .txt file's sections (a Mozambique newcomer's "---" rows were body
    # sentences; a .md file loses them at load)
    ("---", "separator"),
    ("* * *", "separator"),
    ("Related: Putin's war, a timeline", "promo_line"),
    ("See also: How the counteroffensive unfolded", "promo_line"),
    # francophone and African sites' pointers (a Sahel newcomer's "Read also: …" was a heading
    # row counted in the outlet's headline stance toward Russia and Putin)
    ("Read also: Russia: Putin receives the AES heads of state", "promo_line"),
    ("Also read: Niger: Tiani nationalises the Somair uranium mine", "promo_line"),
    ("Lire aussi : Russie : Poutine reçoit les chefs d'État de l'AES", "promo_line"),
    ("À lire aussi : Le Niger nationalise la mine de Somair", "promo_line"),
    ("Ukrainian soldiers near Kherson. Photograph: AP", "caption"),
    # a caption's label first and its credit's word last (a Mozambique newcomer's "Photo: File
    # photo of Rwandan troops in Mocímboa da Praia. Credit: RDF" was a heading row)
    ("Photo: File photo of Ukrainian troops near Kherson in the spring. Credit: AFP", "caption"),
    ("Image caption, Residents celebrated in the central square", "caption"),
    ("Residents wave flags (Photo by Jane Doe/AFP via Getty Images)", "caption"),
    # a caption in brackets with its credit (a Georgia newcomer's Civil.ge story: two body rows
    # mentioning Russia, one a partial quote)
    ('[Photo: A "state border" sign installed by Russian forces near Khurvaleti. Credit: '
     'Civil.ge]', "caption"),
    # EFE's caption label and its credit after the agency and a slash (a Colombia newcomer's:
    # two body sentences mentioning Colombia), and Reuters' credit
    ("(Photo caption: Displaced families wait for food at a shelter in Kharkiv, Ukraine, on "
     "October 13, 2025. EFE/Mario Caicedo)", "caption"),
    ("Displaced families wait for food at a shelter in Kharkiv. REUTERS/Gleb Garanich",
     "caption"),
    # Dawn's credit after a dash closing the caption's sentence (a Pakistan newcomer's body
    # sentence)
    ("Stranded trucks line the highway near Kherson on Friday. — Photo by author", "caption"),
    ("By Jane Doe and John Roe, BBC News", "byline"),
    # a newsroom's team after "the" (a Mozambique newcomer's Markdown monthly: "*By the Cabo
    # Ligado team | 5 August 2025*" was a heading row)
    ("By the Kherson Monitor team | 5 August 2025", "byline"),
    # a bar of the page's links (the same monthly's "[Read the full data set](…) |
    # [Subscribe](…)", a heading row)
    ("Read the full data set | Subscribe", "web_ui"),
    # a publisher's notice requiring permission (a Mozambique newcomer's monitoring site)
    ("Reproduction requires written permission.", "copyright"),
    # a programme's broadcast date (a Mozambique newcomer's DW transcript: a heading row)
    ("Broadcast 18 September 2025", "timestamp"),
    ("14:32", "timestamp"),
    ("Updated 11:05 am ET", "timestamp"),
    ("Fri 11 Nov 2022 14.20 GMT", "timestamp"),
    ("2h ago", "timestamp"),
    # the Americas' zones too (a Colombia newcomer's live blog: a heading row)
    ("Updated 13 October 2025, 17:45 COT", "timestamp"),
    # Spanish page furniture (a Venezuela newcomer's teleSUR and El Nacional pages: body and
    # heading rows with mentions)
    ("Pie de foto: Efectivos del ejército durante el acto en Járkov. (Foto: Prensa Ejército)",
     "caption"),
    ("Foto: Blindados rusos en la isla de Zmiinyi, según imágenes satelitales. Cortesía",
     "caption"),
    ("Lea también: Rusia denuncia ante la ONU la presencia de la OTAN en Ucrania", "promo_line"),
    ("Síguenos en Telegram y en X @teleSURtv", "call_to_action"),
    ("Por María Fernanda Lugo", "byline"),
    ("14 de marzo de 2026 - 7:15 pm", "timestamp"),
])
def test_markup_and_page_furniture_lines_are_boilerplate(block: str, reason: str) -> None:
    got = rows(BODY + block + "\n\n" + BODY)
    assert {(k, r) for k, r, t in got if t in block} == {("boilerplate", reason)}
    assert sentences(BODY + block + "\n\n" + BODY) == sentences(BODY + BODY)


@pytest.mark.parametrize("rule", ["================", "---"])
def test_a_rule_line_closes_its_line(rule: str) -> None:
    # a rule's last mark, a dash or an equals sign, had read as a line running on: a Lebanon
    # newcomer's NNA bulletin closing on "================" over "National News Agency -
    # Ministry of Information" was one sentence row
    line = "National News Agency - Ministry of Information"
    got = rows(BODY + rule + "\n" + line + "\nAll rights reserved © 2025")
    assert ("boilerplate", "separator", rule) in got
    assert [t for _, _, t in got if line in t] == [line]


def test_a_line_ending_in_a_dash_still_runs_on() -> None:
    # near miss: a wrapped line whose last mark is a dash is no rule and joins the next line
    text = BODY + ("The ceasefire agreed in Kherson on Friday after weeks of talks between both -\n"
                   "sides held through the weekend.")
    assert sentences(text)[-1] == ("The ceasefire agreed in Kherson on Friday after weeks of "
                                   "talks between both -\nsides held through the weekend.")


def test_everything_inside_an_unclosed_fence_is_code() -> None:
    text = BODY + "```\nZelenskyy Putin Russia\n\nUkraine Kherson\n"
    assert [(k, r) for k, r, _ in rows(text)][2:] == [("boilerplate", "code_block")] * 3


@pytest.mark.parametrize("line", [
    "By the time Russia withdrew, the city had been without power for weeks.",
    "The ministry published a photo: Russian soldiers crossing the river on boats.",
    "At 14:32 Russia announced that its troops had left the west bank.",
    "At 17:45 COT Russia announced that its troops had left the west bank.",
    "The photo was taken by EFE photographer Mario Caicedo in Kharkiv.",
    "It was the first NATO/Russia Council meeting since 2019.",
    "Menu prices in Kherson have doubled since the occupation began.",
    "Share prices in Moscow fell sharply after the announcement.",
    "Read more about the offensive and you see why Kyiv is worried.",
    "Also read in the statement was a warning to Paris.",
    # a bracket opening a sentence that is no caption (a near-miss of "[Photo: …]")
    "[Photo] Russia's ministry published a photo: soldiers crossing the river.",
    # ... and a credit's word before a long clause
    "Credit: the central bank lent Kyiv's banks another $2 billion on Friday.",
    # ... and the use of anything but materials, however it is required
    "Use of force requires the approval of the Security Council.",
    # ... and a dash's run inside a sentence
    "Kherson --- the city Russia left --- is shelled daily.",
    # ... and a broadcast's word opening a sentence
    "Broadcast licences in Kherson were revoked on 18 September 2025.",
    # ... and photos named after a dash inside a sentence
    "Troops entered Kherson on Thursday — photos by residents showed burning houses.",
])
def test_sentences_that_start_like_furniture_stay_sentences(line: str) -> None:
    assert line in sentences(BODY + line + "\n\n" + BODY)


@pytest.mark.parametrize("line, expected", [
    # a "Photo:" line closing on its credit in brackets, initials, a slash and the photographer
    # (a Cameroon newcomer's Cameroon Tribune caption: a heading row mentioning Cameroon's BIR)
    ("Photo: BIR soldiers on patrol in Ndop (CT/Elvis Teke)", ("boilerplate", "caption")),
    ("Picture: Residents return to their homes in central Kherson (AFP/Jane Doe)",
     ("boilerplate", "caption")),
    # ... not brackets without the label, nor the label over brackets that credit no one
    # ... and the outlet's name in title case before the slash (an Iraqi Kurdistan newcomer's
    # Rudaw caption: a heading row)
    ("Photo: Smoke rises over hills near Kherson on Tuesday. (Harbour/Jane Doe)",
     ("boilerplate", "caption")),
    ("Talks in Brussels after the strike on the port (NATO/EU Council)", ("heading", "subheading")),
    ("Talks in Brussels after the strike on the port (Harbour/Jane Doe)",
     ("heading", "subheading")),
    ("Photo: soldiers of the BIR on patrol in Ndop and Kumbo (North-West Region)",
     ("heading", "subheading")),
])
def test_a_labelled_photo_line_closing_on_its_credit_is_a_caption(
        line: str, expected: tuple[str, str]) -> None:
    assert rows(BODY + line + "\n\n" + BODY)[2][:2] == expected


@pytest.mark.parametrize("line, expected", [
    # a caption closing on the photographer's name and the agency's in brackets after its
    # sentence (a Lebanon newcomer's Times of Israel Markdown caption: two body sentences, one
    # mentioning Israel), in emphasis marks too
    ("Smoke rises after a Russian strike on the village of Kupiansk, October 21, 2025. "
     "(Rabih Daher/AFP)", ("boilerplate", "caption")),
    ("*Smoke rises over Kupiansk. (Rabih Daher/AFP)*", ("boilerplate", "caption")),
    # ... not a headline's brackets with no sentence's end before them, nor two bodies' names
    ("Talks in Brussels after the strike on the port (NATO/EU Council)",
     ("heading", "subheading")),
    ("Russia struck Kyiv again. (Kyiv Independent/Ukraine)", None),
    # ... nor a body sentence closing on a wire's source credit, a body's name before the slash
    # (a breaker's: two body sentences had become captions, their mentions lost)
    ("Israeli strikes killed 12 people in the south on Sunday. (Health Ministry/NNA)", None),
    ("Hezbollah fired 30 rockets at northern Israel on Monday. (Army Radio/AFP)", None),
    # the photographer's given name known to the name data keeps the caption
    ("Smoke rises over Kupiansk. (Olivier Marchal/AFP)", ("boilerplate", "caption")),
    # ... the outlet's name before the photographer's, a wire's name in title case, a "Photo:"
    # label in the brackets, and the credit alone on its line (a fixer's cases: body sentences
    # and a heading row)
    ("Rescuers search the rubble in Kyiv on June 17, 2025. (Kyiv Independent/Oleksii Kovalov)",
     ("boilerplate", "caption")),
    ("Smoke rises over Dahiyeh on Sunday. (Ali Hashisho/Xinhua)", ("boilerplate", "caption")),
    ("Smoke rises over Dahiyeh on Sunday. (Photo: Hassan Ammar/AP)", ("boilerplate", "caption")),
    ("(Kyiv Independent/Oleksii Kovalov)", ("boilerplate", "caption")),
    ("(Ali Hashisho/Xinhua)", ("boilerplate", "caption")),
    ("(Photo: Hassan Ammar/AP)", ("boilerplate", "caption")),
    # ... not a body's name after the outlet's, nor a body's name before the wire's, alone
    ("Russia struck Kyiv again. (Kyiv Independent/Security Service)", None),
    ("(Health Ministry/NNA)", None),
    # ... nor a source's credit after a report: a quotation or a reporting verb before it, a
    # registry person or a source's word ("Ministry", "Office", "Interview") in it (a breaker's:
    # the body sentences had been captions, their quotes lost)
    ("“This is pure terror,” Zelensky wrote on Telegram. (Telegram/Volodymyr Zelensky)",
     ("sentence", "")),
    ("“Russia wants war, not peace,” Zelensky said in his nightly address. (President's "
     "Office/Volodymyr Zelensky)", ("sentence", "")),
    ("Russia fired 12 missiles at Ukraine's energy grid, the air force said. (Ukrinform/Yuriy "
     "Ihnat)", ("sentence", "")),
    ("“We will not give up Donbas,” he said. (Interview/Andriy Yermak)", ("sentence", "")),
    ("“We are ready for a ceasefire,” the minister said in Ankara. (Hakan Fidan/Anadolu)",
     ("sentence", "")),
    ("The Kremlin said the two leaders would speak again soon. (Vladimir Putin/Donald Trump)",
     ("sentence", "")),
    ("Ukraine's foreign minister called the strike a war crime. (Foreign Ministry/Andrii Sybiha)",
     None),
    ("The brigade's commander described the assault on Telegram. (Azov/Denys Prokopenko)", None),
    ("Hezbollah denied any role in the attack. (Al-Manar/Hassan Fadlallah)", None),
    ("The plan was drafted by the two US envoys. (Steve Witkoff/Jared Kushner)", None),
    ("(Foreign Ministry/Andrii Sybiha)", None),
    ("(Steve Witkoff/Jared Kushner)", None),
])
def test_a_caption_closing_on_its_photographers_credit(line: str, expected) -> None:
    got = {r[:2] for r in rows(BODY + line + "\n\n" + BODY)[2:-2]}
    assert got == {expected} if expected else ("boilerplate", "caption") not in got


@pytest.mark.parametrize("line, expected", [
    # a byline with the place filed from, and the page's fields after bars: the outlet's name, a
    # date in figures or in words, a French update stamp (a Cameroon newcomer's Cameroon Tribune
    # pages: a heading row, and a body sentence mentioning Yaoundé)
    ("By Elvis TEKE in Bamenda | Cameroon Tribune | 14-10-2025", ("boilerplate", "byline")),
    ("Par Marie-Claire NNANA, à Yaoundé | Cameroon Tribune | 16 octobre 2025 | Mis à jour le "
     "16/10/2025 à 11h20", ("boilerplate", "byline")),
    ("By Jane Doe in Kyiv", ("boilerplate", "byline")),
    # ... and the places filed from joined by commas (a Kosovo newcomer's BIRN byline: a body
    # sentence mentioning Kosovo and Serbia)
    ("By Miodrag Jankovic and Blerta Morina | BIRN | Pristina, Belgrade | November 17, 2026 | "
     "11:42", ("boilerplate", "byline")),
    # ... not a sentence after the place, nor a headline's words after a bar, nor after a comma
    ("By the river | Russia, Ukraine trade blame", ("heading", "subheading")),
    ("By Miodrag Jankovic and Blerta Morina | BIRN | Pristina, Serbia shells the border "
     "villages | November 17, 2026", ("sentence", "")),
    ("By Putin in Moscow, the war was planned.", ("sentence", "")),
    ("Par Vladimir Poutine, la guerre a été déclenchée en 2022.", ("sentence", "")),
    ("Par Marie-Claire NNANA, à Yaoundé | Les soldats ont incendié le marché",
     ("heading", "subheading")),
    # a byline with the piece's rubric after a middle dot, the emphasis closing on the name (an
    # Iraqi Kurdistan newcomer's Daily Sabah column, "*By Mehmet Ali Kaya* · OPINION": a
    # heading row), or a date stamp after a bullet
    ("*By Jane Doe* · OPINION", ("boilerplate", "byline")),
    ("By Jane Doe • Analysis • 14 October 2025", ("boilerplate", "byline")),
    # ... not a headline's words after the dot
    ("By Jane Doe · Kherson Falls Again", ("heading", "subheading")),
    # ... nor a phrase after "By" that names no one (a breaker's: bylines), while names joined
    # by "and", a reading time and a bold byline before "COMMENT" are bylines (headings had been)
    ("By Air and Sea · OPINION", ("heading", "subheading")),
    # ... a comma among them too (a fixer's case: a byline), while a byline's place after its
    # comma keeps it one
    ("By Land, Sea and Air · ANALYSIS", ("heading", "subheading")),
    ("By Jane Doe, Kyiv · 5 min read", ("boilerplate", "byline")),
    ("By Any Means Necessary · OPINION", ("heading", "subheading")),
    ("By Joseph Yeh and Matt Yu · ANALYSIS", ("boilerplate", "byline")),
    ("By Olena Marchenko · 5 min read", ("boilerplate", "byline")),
    ("**By Olena Marchenko** • COMMENT", ("boilerplate", "byline")),
])
def test_a_byline_with_its_place_and_the_pages_fields(line: str,
                                                      expected: tuple[str, str]) -> None:
    assert rows("Soldiers neutralise a cell in Ndop\n\n" + line + "\n\n" + BODY)[1][:2] \
        == expected


@pytest.mark.parametrize("source, line, expected", [
    # a newsroom's name and its stamp with no bar, a French byline with its date, and a line of
    # stamps joined by a bar (a Lebanon newcomer's Naharnet, L'Orient-Le Jour and Al Jazeera
    # pages: three heading rows)
    ("Naharnet", "Naharnet Newsdesk 29 October 2025, 13:35", ("boilerplate", "byline")),
    ("Naharnet", "Naharnet 29 October 2025, 13:35", ("boilerplate", "byline")),
    ("", "Kherson Newsdesk 29 October 2025, 13:35", ("boilerplate", "byline")),
    ("L'Orient-Le Jour", "Par Caroline HAYEK, 5 septembre 2025 à 22h10",
     ("boilerplate", "byline")),
    ("Al Jazeera", "Published On 23 Nov 2025 | Last update: 23 Nov 2025, 17:45 GMT",
     ("boilerplate", "timestamp")),
    ("", "Last update: 23 Nov 2025", ("boilerplate", "timestamp")),
    # ... not a headline's words before the date, another outlet's name, prose after the
    # French byline's comma, nor an update's noun before a headline
    ("", "Kherson Front 29 October 2025", ("heading", "subheading")),
    ("Naharnet", "Kyiv Post 29 October 2025", ("heading", "subheading")),
    # ... nor a title-case headline's words before the outlet's desk (a breaker's: a heading row
    # with its mention had become a byline)
    ("Naharnet", "Hezbollah Slams Naharnet Desk 29 October 2025", ("heading", "subheading")),
    ("Naharnet", "Army Slams Naharnet Desk 29 October 2025", ("heading", "subheading")),
    ("Naharnet", "Naharnet Desk 29 October 2025", ("boilerplate", "byline")),
    ("", "Par Vladimir Poutine, la guerre a commencé en 2022", ("heading", "subheading")),
    ("", "Update: Kyiv under attack", ("heading", "subheading")),
])
def test_a_newsrooms_name_or_byline_with_its_date_and_a_line_of_stamps(
        source: str, line: str, expected: tuple[str, str]) -> None:
    frame = segment_article("doc", line + "\n\n" + BODY + BODY, source)
    assert list(zip(frame["kind"], frame["reason"]))[0] == expected


@pytest.mark.parametrize("line, expected", [
    # a French outlet's credit with the wires it drew on (a fixer's case: heading rows)
    ("Par Le Figaro avec AFP", ("boilerplate", "byline")),
    ("Par Le Figaro avec AFP et Reuters", ("boilerplate", "byline")),
    ("Le Figaro avec AFP", ("boilerplate", "byline")),
    # ... not another outlet's, nor a headline's words after "avec", nor prose opening "Par"
    ("Le Monde avec AFP", ("heading", "subheading")),
    ("Le Figaro avec les soldats du front", ("heading", "subheading")),
    # ... nor an interview's guest after "avec" (a breaker's: bylines)
    ("Le Figaro avec Volodymyr Zelensky", ("heading", "subheading")),
    ("Par Le Figaro avec Poutine", ("heading", "subheading")),
    # (near miss: the wires' word and several wires stay the byline)
    ("Le Figaro avec agences", ("boilerplate", "byline")),
    ("Le Figaro avec Reuters, AFP et AP", ("boilerplate", "byline")),
    ("Par ailleurs, l'armée a dit que les frappes continuaient.", ("sentence", "")),
])
def test_the_outlets_credit_with_its_wires(line: str, expected: tuple[str, str]) -> None:
    frame = segment_article("doc", "Russia strikes Kyiv overnight\n\n" + line + "\n\n" + BODY,
                            "Le Figaro")
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected


@pytest.mark.parametrize("line, expected", [
    # a reporter's name and filing place under the headline, Punch's byline (a fixer's case: a
    # heading row)
    ("Godwin Isenyo, Maiduguri", ("boilerplate", "byline")),
    ("Mohammed Bello, Kaduna", ("boilerplate", "byline")),
    # ... not two places, a place and its country, nor a registry person's name
    ("Borno, Maiduguri", ("heading", "subheading")),
    ("Kyiv, Ukraine", ("heading", "subheading")),
    ("Vladimir Putin, Moscow", ("heading", "subheading")),
    # ... nor a signatory's name and post
    ("Mark Rutte, Secretary General", ("heading", "subheading")),
])
def test_a_reporters_name_and_place_under_the_headline(line: str,
                                                      expected: tuple[str, str]) -> None:
    frame = segment_article("doc", "Troops kill 20 insurgents in Borno\n\n" + line + "\n\n" + BODY,
                            "Punch")
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected
    # ... and such a line in the body stays a heading
    frame = segment_article("doc", "Troops kill 20 insurgents\n\n" + BODY + line + "\n\n" + BODY,
                            "Punch")
    assert list(zip(frame["kind"], frame["reason"]))[3] == ("heading", "subheading")


@pytest.mark.parametrize("text, index, expected", [
    # a section's name in capitals right over or under the headline, Rappler's rubric (a
    # fixer's case: a heading row)
    ("NATION\n\nRussia strikes Kyiv overnight\n\n" + BODY, 0, ("boilerplate", "navigation")),
    ("Russia strikes Kyiv overnight\n\nNATION\n\n" + BODY, 1, ("boilerplate", "navigation")),
    ("WORLD\n\nRussia strikes Kyiv overnight\n\n" + BODY, 0, ("boilerplate", "navigation")),
    # ... not a one-word capitals heading in the body, a section's word there too, nor a word
    # naming no section over the headline
    ("Russia strikes Kyiv overnight\n\n" + BODY + "CASUALTIES\n\n" + BODY, 3,
     ("heading", "subheading")),
    ("Russia strikes Kyiv overnight\n\n" + BODY + "NATION\n\n" + BODY, 3,
     ("heading", "subheading")),
    ("WAR\n\nRussia strikes Kyiv overnight\n\n" + BODY, 0, ("heading", "subheading")),
])
def test_a_capitals_section_name_by_the_headline(text: str, index: int,
                                                expected: tuple[str, str]) -> None:
    frame = segment_article("doc", text, "Rappler")
    assert list(zip(frame["kind"], frame["reason"]))[index] == expected


def test_a_closing_line_without_its_full_stop_stays_a_heading() -> None:
    # live blogs often end on a line without its full stop; only short tags go
    text = BODY + "NATO officials welcomed the news but urged caution\n\nUkraine\n"
    assert rows(text)[2:] == [
        ("heading", "subheading", "NATO officials welcomed the news but urged caution"),
        ("boilerplate", "after_body", "Ukraine"),
    ]



@pytest.mark.parametrize("line", [
    # near misses of the Spanish byline and caption: a sentence opening with "Por" and a place,
    # and "Foto:" over a long line with no credit, stay rows with mentions
    "Por Ucrania, dijo el ministro, Rusia pagará.",
    "Foto: Rusia bombardea de nuevo la central de Zaporiyia mientras la ONU pide calma y acceso",
])
def test_spanish_furniture_near_misses_stay_prose(line: str) -> None:
    assert rows(BODY + line + "\n\n" + BODY)[2][0] != "boilerplate"


def test_spanish_tags_and_related_headlines_after_the_body_are_boilerplate() -> None:
    # a Venezuela newcomer's El Nacional page: "Etiquetas: …" and the headlines under
    # "Noticias relacionadas" were heading rows with mentions of Guyana and ExxonMobil
    text = (BODY + "Etiquetas: Esequibo, Guyana, Fuerza Armada\n\nNoticias relacionadas\n"
            "Rusia pide a la ONU una reunión urgente\nMaduro a Putin: «Saquen sus manos»\n")
    assert [r[:2] for r in rows(text)[2:]] == [
        ("boilerplate", "after_body"), ("boilerplate", "promo_line"),
        ("boilerplate", "headline_list"), ("boilerplate", "headline_list")]


def test_a_labelled_tag_line_after_the_body_is_boilerplate_whatever_its_tags() -> None:
    # a Nigeria newcomer's monitoring site: "Tags:" with a two-word tag was a heading row with
    # two headline mentions, where three one-word tags were a stray line already
    for line in ("Tags: Boko Haram, Borno, Nigeria", "Topics: Boko Haram | Nigeria",
                 "Tags: ISWAP, Borno, Islamic State, Nigeria, Lake Chad, Boko Haram"):
        assert rows(BODY + line + "\n")[2:] == [("boilerplate", "after_body", line)]
    # ... not a line whose "tag" is a sentence's words, nor the label over the body
    line = "Topics: why Boko Haram keeps recruiting in the Mandara mountains, and what comes next"
    assert rows(BODY + line + "\n")[2:] == [("heading", "subheading", line)]
    assert rows("Tags: Boko Haram, Borno, Nigeria\n\n" + BODY)[0][:2] == ("heading", "subheading")

COPIED_PAGE = """Skip to content
Menu
Sign in
World
Europe
Russia retreats from Kherson in major blow to Putin
By Jane Doe
11 November 2022
Share
Image source, Getty Images
Ukrainian troops have entered the centre of Kherson after Russia withdrew its forces from the city.
President Zelensky said it was "a historic day" for Ukraine.
Advertisement
The Kremlin insisted that the region remained part of Russia.
Related Topics
Russia-Ukraine war
Vladimir Putin
Most viewed
Putin's allies turn on defence minister after Kherson humiliation
Published 3 days ago
© 2022 BBC. The BBC is not responsible for the content of external sites.
"""


def test_a_web_page_copied_from_a_browser_keeps_only_title_and_body() -> None:
    got = rows(COPIED_PAGE)
    assert [(k, t) for k, _, t in got if k != "boilerplate"] == [
        ("heading", "Russia retreats from Kherson in major blow to Putin"),
        ("sentence", "Ukrainian troops have entered the centre of Kherson after Russia "
                     "withdrew its forces from the city."),
        ("sentence", 'President Zelensky said it was "a historic day" for Ukraine.'),
        ("sentence", "The Kremlin insisted that the region remained part of Russia."),
    ]
    reasons = {t: r for _, r, t in got}
    assert reasons["Sign in"] == "web_ui"  # not glued to "World" as one sentence
    assert reasons["World"] == reasons["Europe"] == "navigation"
    assert reasons["Vladimir Putin"] == "after_body"
    assert reasons["Putin's allies turn on defence minister after Kherson humiliation"] == "after_body"
    assert reasons["The BBC is not responsible for the content of external sites."] == "copyright"


@pytest.mark.parametrize(("line", "expected"), [
    # a Mozambique newcomer's copied page: its breadcrumb "Home | News | Defence | Cabo Delgado"
    # was a heading row over the title
    ("Home | News | Europe | Ukraine", ("boilerplate", "navigation")),
    ("Home › World › Middle East › Yemen", ("boilerplate", "navigation")),
    # ... while two items may be a rubric and a headline, and a long item is no menu's
    ("Analysis | Why Kherson fell so fast", ("heading", "subheading")),
    ("Home | News | Why the defence of the south collapsed", ("heading", "subheading")),
])
def test_a_copied_pages_menu_on_one_line_is_navigation(line: str,
                                                      expected: tuple[str, str]) -> None:
    page = (f"Atlas News\n{line}\nSign in\nShare\n\nRussia retreats from Kherson\n\n"
            "Ukrainian troops have entered the centre of Kherson after Russia withdrew.\n")
    assert [r[:2] for r in rows(page) if r[2] == line] == [expected]


@pytest.mark.parametrize(("line", "expected"), [
    # outside a copied page (an Iraqi Kurdistan newcomer's .txt pages: "Home | Kurdistan |
    # Iraq | World", "ANF | News | Kurdistan", heading rows, the first a headline mention of
    # Iraq): a menu of one- or two-word items with "Home", the outlet's own name or two sections
    ("Home | Kherson | Ukraine | World", ("boilerplate", "navigation")),
    ("HNA | News | Kherson", ("boilerplate", "navigation")),
    ("Europe | Politics | Kherson", ("boilerplate", "navigation")),
    # ... not a headline's words joined by bars, nor an item of three words, nor below the lead
    ("Kherson | Odesa | Mykolaiv", ("heading", "subheading")),
    ("Home | News | Kherson Falls Again", ("heading", "subheading")),
])
def test_a_menu_over_the_story_of_a_plain_text_is_navigation(line: str,
                                                            expected: tuple[str, str]) -> None:
    text = f"{line}\n\nRussia retreats from Kherson\n\n" + BODY
    frame = segment_article("doc", text, "HNA")
    assert list(zip(frame["kind"], frame["reason"]))[0] == expected
    below = segment_article("doc", "Russia retreats from Kherson\n\n" + BODY + "\n\n"
                            "Home | Kherson | Ukraine | World\n\n" + BODY, "HNA")
    assert "navigation" not in set(below["reason"])


def test_a_copied_pages_byline_related_story_and_video_title_are_no_body() -> None:
    # a newcomer's page (stop 55): the byline was glued to the headline as one body sentence,
    # the video's title and the related story's headline were headings (the latter gave the
    # outlet a headline stance toward the US), "Link Copied!" was a sentence
    page = ("Advertisement\nTrump envoy Witkoff meets Putin in Moscow as Senate hawks push "
            "new sanctions\nBy Jake Morrison, Atlas News Network\nShare\nLink Copied!\n"
            "Video Ad Feedback\nWitkoff arrives in Moscow for talks with Putin 02:14\n"
            "Washington (ANN) — Steve Witkoff met Vladimir Putin in Moscow on Thursday.\n"
            "The meeting lasted more than three hours, according to two sources.\n"
            "Related article\nUkraine agrees to US ceasefire proposal after talks in Saudi "
            "Arabia\nSecretary of State Marco Rubio said the ball was now in Russia's court.\n")
    got = rows(page)
    assert [(k, t) for k, _, t in got if k != "boilerplate"] == [
        ("heading", "Trump envoy Witkoff meets Putin in Moscow as Senate hawks push new "
                    "sanctions"),
        ("sentence", "Washington (ANN) — Steve Witkoff met Vladimir Putin in Moscow on "
                     "Thursday."),
        ("sentence", "The meeting lasted more than three hours, according to two sources."),
        ("sentence", "Secretary of State Marco Rubio said the ball was now in Russia's court."),
    ]
    reasons = {t: r for _, r, t in got}
    assert reasons["By Jake Morrison, Atlas News Network"] == "byline"
    assert reasons["Link Copied!"] == "web_ui"
    assert reasons["Witkoff arrives in Moscow for talks with Putin 02:14"] == "caption"
    assert reasons["Related article"] == reasons[
        "Ukraine agrees to US ceasefire proposal after talks in Saudi Arabia"] == "promo_line"
    # a sentence running on into "by" and a closing time in prose are no byline or video
    text = BODY + "The decree was signed on Friday\nby President Zelensky in Kyiv.\n\n" + \
        "The last train left at 14:32\n\nIt was the final one of the day, officials said."
    kinds = [(k, t) for k, _, t in rows(text)][-3:]
    assert kinds[0] == ("sentence", "The decree was signed on Friday\nby President Zelensky in "
                                    "Kyiv.")
    assert kinds[1][1] == "The last train left at 14:32" and kinds[1][0] != "boilerplate"



def test_headlines_listed_under_a_related_pointer_are_a_headline_list() -> None:
    # a Nigeria newcomer's Punch story: under "RELATED NEWS" the first headline was a
    # promo_line and the second a heading row with a headline mention of the army
    block = ("RELATED NEWS\nBoko Haram: Borno govt suspends farming in 3 LGAs\n"
             "Troops kill 15 terrorists in Sambisa\n\n")
    assert rows(BODY + block + BODY)[2:5] == [
        ("boilerplate", "promo_line", "RELATED NEWS"),
        ("boilerplate", "headline_list", "Boko Haram: Borno govt suspends farming in 3 LGAs"),
        ("boilerplate", "headline_list", "Troops kill 15 terrorists in Sambisa")]
    # ... the list ends at a blank line: a subheading after it stays one
    block = ("RELATED NEWS\nBoko Haram: Borno govt suspends farming in 3 LGAs\n\n"
             "Troops kill 15 terrorists in Sambisa\n\n")
    assert [r[:2] for r in rows(BODY + block + BODY)[2:5]] == [
        ("boilerplate", "promo_line"), ("boilerplate", "promo_line"), ("heading", "subheading")]

@pytest.mark.parametrize(("line", "reason"), [
    # a government site's language switch (an India-Pakistan newcomer's PIB footer was a
    # heading row after the release's ID and visitor counter)
    ("Read this release in: Tamil , Bengali , Punjabi", "web_ui"),
    ("Read in: English | Français | Español", "web_ui"),
    ("Read this article in Русский", "web_ui"),
    # ... a page saying it is in other languages too (a breaker's was a heading row)
    ("This story is also available in: Українська | English", "web_ui"),
    ("Also available in: Français, Español", "web_ui"),
    # ... the languages in words joined by "and" (a Somalia fixer's case: a heading row)
    ("Also available in Ukrainian and Russian", "web_ui"),
    ("This release is also available in English, French and Arabic.", "web_ui"),
    # a heading or a sentence that only opens so stays one
    ("Read in Kyiv: the war's long shadow", "subheading"),
    ("Read this release in full, the senator urged colleagues.", ""),
    ("Also available in pharmacies in Lviv and Kharkiv", "subheading"),
    ("Also available in Lviv and Kharkiv", "subheading"),
    ("This story is also available in print, the editor said.", ""),
])
def test_a_sites_language_switch_is_web_ui(line: str, reason: str) -> None:
    frame = segment_article("doc", "The ministry said nine sites were struck overnight.\n\n"
                                   + line + "\n")
    assert list(frame["reason"]) == ["", reason]


def test_headings_after_the_body_of_an_ordinary_article_are_kept() -> None:
    # without a page's interface labels, a long closing line is the author's, not the site's
    text = BODY + "What comes next for the region and its people\n"
    assert rows(text)[-1] == ("heading", "subheading", "What comes next for the region and its people")


def test_a_sentence_broken_before_a_date_is_still_joined() -> None:
    text = BODY + "The two delegations agreed that the talks would resume on\nMay 5\n\n" + BODY
    assert "The two delegations agreed that the talks would resume on\nMay 5" in \
        [t for _, _, t in rows(text)]


@pytest.mark.parametrize("cue", [
    "(SOUNDBITE OF ARCHIVED RECORDING)", "(SOUNDBITE OF EXPLOSIONS)", "(SOUNDBITE OF MUSIC)",
    "(CROSSTALK)", "(LAUGHTER)", "(BEGIN VIDEOTAPE)", "(Applause.)",
])
def test_a_transcripts_cue_is_no_sentence(cue: str) -> None:
    # a newcomer's radio transcript had "(SOUNDBITE OF ARCHIVED RECORDING)" scored a sentence
    text = (f"ANNA SMITH, HOST: Let's hear from the minister.\n\n{cue}\n\nDMYTRO KULEBA: "
            "Ukraine will win.\n")
    assert rows(text)[1] == ("boilerplate", "caption", cue)
    # on the next line of a turn, no blank line between, it is a line of its own
    text = ("ANNA SMITH, HOST: Let's hear what the minister told reporters in Kyiv about the "
            f"talks this morning\n{cue}\nDMYTRO KULEBA: Ukraine will win.\n")
    assert rows(text)[1] == ("boilerplate", "caption", cue)
    # an aside in brackets is prose
    assert sentences(BODY + "(Music was played at the rally.)\n\n" + BODY)[2] == \
        "(Music was played at the rally.)"


@pytest.mark.parametrize("cue", [
    "(SPEAKING FOREIGN LANGUAGE)", "(SPEAKING RUSSIAN)", "(Speaking Ukrainian)",
    "(SPEAKING IN UKRAINIAN)", "(THROUGH INTERPRETER)", "(Through translator)",
    "(NON-ENGLISH LANGUAGE SPOKEN)", "(CROSS-TALK)",
    # a breaker's
    "(SPEAKING ARMENIAN)", "(SPEAKING AZERBAIJANI)", "(via translator)", "(TRANSLATED)",
])
def test_a_transcripts_language_cue_between_turns_is_no_sentence(cue: str) -> None:
    # a reviewer's CNN transcript had "(SPEAKING FOREIGN LANGUAGE)" alone between two turns
    # scored a body sentence
    text = (f"ANNA SMITH, HOST: Let's hear from the minister.\n\n{cue}\n\nDMYTRO KULEBA: "
            "Ukraine will win.\n")
    assert rows(text)[1] == ("boilerplate", "caption", cue)
    # mid-transcript, its turns on the lines around it
    text = ("ANNA SMITH, HOST: What did the minister say?\nDMYTRO KULEBA: We will not give up "
            f"our land.\n{cue}\nANNA SMITH, HOST: Thank you, minister.\n")
    assert rows(text)[2] == ("boilerplate", "caption", cue)


def test_a_speaking_aside_in_brackets_is_prose() -> None:
    for aside in ("(Speaking in Russian, Putin said the talks had failed.)",
                  "(Speaking Tuesday, the minister denied it.)",
                  "(Through the night, the shelling continued.)"):
        assert aside in sentences(BODY + aside + "\n\n" + BODY)


def test_a_transcripts_labelled_question_is_a_sentence_not_a_subheading() -> None:
    # A one-sentence question paragraph reads as a subheading; in a transcript it is a turn.
    text = ("STEPHEN SACKUR: Mr Ushakov, why does your government keep bombing cities?\n\n"
            "YURI USHAKOV: You are repeating Western propaganda.\n\n"
            "What happens next in Kherson?\n\n"
            "Russia says the talks will continue.")
    kinds = segment_article("t", text)[["text", "kind"]].values.tolist()
    assert kinds == [
        ["STEPHEN SACKUR: Mr Ushakov, why does your government keep bombing cities?", "sentence"],
        ["YURI USHAKOV: You are repeating Western propaganda.", "sentence"],
        ["What happens next in Kherson?", "heading"],
        ["Russia says the talks will continue.", "sentence"],
    ]
    # one labelled question alone is still read as a subheading
    alone = segment_article("t", "ANALYSIS: Can Kyiv hold?\n\nRussia says it will win.")
    assert alone["kind"].tolist() == ["heading", "sentence"]


def test_a_briefings_titled_questions_are_turns_not_subheadings() -> None:
    # an India-Pakistan newcomer's MEA transcript (F1): "Sidhant Sibal, WION: Sir, is India
    # ready …?" was a question subheading, a headline row, among title-case labels with roles
    text = ("Joint Secretary, Shri Arun Bose: Good morning.\n\n"
            "Priya Nair, The Tribune: Sir, will the border reopen this week?\n\n"
            "Joint Secretary, Shri Arun Bose: Not this week.\n\n"
            "Karan Gill, TV9 Punjab: When, then?\n")
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 4
    # two such questions with no answer coming back stay subheadings
    text = ("The minister spoke for an hour.\n\nPriya Nair, The Tribune: Will the border "
            "reopen?\n\nKaran Gill, TV9 Punjab: When, then?\n")
    assert segment_article("t", text)["kind"].tolist() == ["sentence", "heading", "heading"]


def test_a_title_case_question_label_with_the_asker_in_brackets_is_a_turn() -> None:
    # an Armenia-Azerbaijan newcomer's Armenpress transcript (F1): "Question (Shant TV): What
    # about the prisoners …?" was a question subheading, a headline row
    text = ("Sergei Lavrov: Good morning.\n\nQuestion (Radio Meridian): Will Moscow accept "
            "the proposal?\n\nSergei Lavrov: We will study it.\n")
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 3
    # one such question alone beside prose stays a subheading
    text = "Question (Radio Meridian): Will Moscow accept?\n\nThe Kremlin has not said.\n"
    assert segment_article("t", text)["kind"].tolist() == ["heading", "sentence"]


def test_a_reporters_name_and_outlet_question_among_other_labels_is_a_turn() -> None:
    # an Armenia-Azerbaijan newcomer's transcript (F1): a reporter's one-question turn, the
    # only "Name, Outlet:" line, beside capitals labels
    text = ("ARMAN SAHAKYAN: Good evening.\n\nLilit Avagyan, Radio Meridian: Will you "
            "resign?\n\nARMAN SAHAKYAN: No.\n")
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 3
    # ... not with one other label only
    text = ("ARMAN SAHAKYAN: Good evening, and thank you all for coming.\n\nLilit Avagyan, Radio "
            "Meridian: Will you resign?\n\nThe mayor left.\n")
    assert segment_article("t", text)["kind"].tolist() == ["sentence", "heading", "sentence"]


def test_an_interviews_one_word_labels_are_turns_not_subheadings() -> None:
    text = "Question: Do you see any prospect of contacts?\n\nLavrov: We are ready.\n\nQuestion: When?"
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 3


def test_an_interviews_q_and_a_labels_are_turns_not_subheadings() -> None:
    # "Q: When?" was a question subheading, so an interview's questions were no turns
    text = "Q: Will talks resume?\n\nA: We are ready.\n\nQ: When?\n\nA: Not yet."
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 4


def test_an_interviews_french_q_and_r_labels_are_turns_not_subheadings() -> None:
    # a newcomer's Radio Okapi interview: "R:" (réponse) was no label, so its one "Q:" stayed
    # a question subheading, scored as a headline
    text = ("Radio Okapi spoke to government spokesman Patrick Muyaya.\n\nQ: Is Kinshasa ready "
            "to negotiate with the rebels?\n\nR: We talk to Rwanda, because Rwanda is the "
            "aggressor.")
    assert segment_article("t", text)["kind"].tolist() == ["sentence"] * 3
    # a stray "R:" beside a question is no interview
    text = "Kyiv was shelled overnight.\n\nWhat comes next for the city?\n\nR: We will rebuild."
    assert segment_article("t", text)["kind"].tolist() == ["sentence", "heading", "sentence"]


def test_a_rubric_is_no_interview_label() -> None:
    text = ("Analysis: Can Kyiv hold the line?\n\nRussia says it will win.\n\n"
            "Opinion: Will Europe pay?\n\nMore text here.")
    assert segment_article("t", text)["kind"].tolist()[::2] == ["heading", "heading"]


@pytest.mark.parametrize(("first", "expected"), [
    # a Mozambique newcomer's DW transcript opened on its title after the document's word: a
    # turn of a speaker "Transcript" among the PRESENTER: labels, a body sentence beside the
    # manifest's title row
    ("Transcript: Is Cabo Delgado safe enough for TotalEnergies?",
     ("heading", "question_subheading")),
    # ... while a guest's title-case label asking the same stays a turn
    ("Anacleto: Is Cabo Delgado safe enough for TotalEnergies?", ("sentence", "")),
])
def test_a_transcripts_document_word_is_no_speakers_label(first: str,
                                                          expected: tuple[str, str]) -> None:
    text = (f"{first}\n\nPRESENTER: Welcome back. TotalEnergies wants to restart its gas "
            "project.\n\nFEIJÓ: Partly. The insurgents have lost their big bases.")
    frame = segment_article("t", text, "DW Africa")
    assert list(zip(frame["kind"], frame["reason"]))[0] == expected


def test_a_quoted_question_after_its_lead_in_is_a_sentence_not_a_subheading():
    # stop 56: a reporter's follow-up, alone in its paragraph, had become a heading (and its
    # quote was lost from the voice tables)
    text = ("The minister declined to give a date.\n\nThe reporter, Oksana Levchenko of "
            "Suspilne, pressed: “Minister, do you have any date at all?”\n\nHe asked, \"Why "
            "now?\"\n\nWhat happens next for Kherson?\n\nMore text here.")
    rows = segment_article("d", text, "S")
    assert list(zip(rows["kind"], rows["reason"])) == [
        ("sentence", ""), ("sentence", ""), ("sentence", ""),
        ("heading", "question_subheading"), ("sentence", "")]


def test_the_platform_x_ends_a_sentence_an_initial_does_not():
    # a newcomer's "… Zelensky wrote on X. He called on partners …" was one sentence
    text = ("“Not with words,” Zelensky wrote on X. He called on partners to speed up "
            "deliveries.\n\nPresident George W. Bush spoke.")
    assert segment_article("d", text, "S")["text"].tolist() == [
        "“Not with words,” Zelensky wrote on X.", "He called on partners to speed up deliveries.",
        "President George W. Bush spoke."]


@pytest.mark.parametrize(("text", "opener"), [
    ("13:37 — Peskov says Russia is in no hurry.", "13:37 — "),
    ("15:40 EDT – Zelensky thanked the House.", "15:40 EDT – "),
    ("10:05 am: Peskov calls the remarks unacceptable.", "10:05 am: "),
    ("09:40 GMT — KYIV (Reuters) — Air raid sirens sounded.", "09:40 GMT — KYIV (Reuters) —"),
    ("KYIV (Reuters) — Air raid sirens sounded.", "KYIV (Reuters) —"),
    # a breaker's: another zone, a zone without a separator, a military time with its zone
    ("14:32 IDT — Netanyahu said the operation would continue.", "14:32 IDT — "),
    ("14:32 BST Peskov says Russia is in no hurry.", "14:32 BST "),
    ("0935 GMT — Russia's defence ministry said its forces advanced.", "0935 GMT — "),
    # figures, not clocks
    ("1200 people fled the city.", ""),
    ("12.50 euros a litre is the price in Kharkiv.", ""),
    ("2024 – the year the war came to Kursk.", ""),
])
def test_lead_end_skips_a_live_blog_time_stamp_and_a_dateline(text: str, opener: str) -> None:
    assert text[:lead_end(text, 0, len(text))] == opener


def test_a_question_on_the_next_line_of_a_transcripts_turn_is_no_subheading() -> None:
    # a newcomer's briefing (stop 63): the reporter's second line was a heading row
    text = ("COLONEL SOFIYA QURESHI: Nine camps were destroyed.\n\n"
            "QUESTION (Sidhant, WION): Sir, Pakistan says civilians were killed.\n"
            "Is that correct?\n\n"
            "VIKRAM MISRI: Pakistan has a long record of denial.\n\n"
            "What happens next?\n\n"
            "MISRI: We will see.\n")
    rows = segment_article("d", text)
    kinds = dict(zip(rows["text"], rows["kind"]))
    assert kinds["Is that correct?"] == "sentence"
    assert kinds["What happens next?"] == "heading"  # a paragraph of its own stays one


@pytest.mark.parametrize("line", [
    # a dateline on a line of its own is no headline and no sentence (a third newcomer's
    # AZERTAC line was a heading row mentioning Azerbaijan; stop 63)
    "Baku, 21 September, AZERTAC",
    "MOSCOW, March 14 (Reuters)",
    "Kyiv, March 15, 2023",
    # the outlet's website and the date under the headline (a Georgia newcomer's Agenda.ge
    # story: a heading row)
    "Agenda.ge, 2 April 2025",
    # ... a place with accents too (a Colombia newcomer's was a heading row mentioning Colombia)
    "Bogotá, 16 October 2025",
    "BOGOTÁ, 16 October 2025",
    # ... and a French month after its day (stop 70: a heading row)
    "Goma, 12 mars 2025",
])
def test_a_dateline_alone_on_its_line_is_boilerplate(line: str) -> None:
    rows = segment_article("d", f"Title here\n\n{line}\n\nThe ministry said so.")
    assert rows[["kind", "reason"]].values.tolist()[1] == ["boilerplate", "dateline"]
    assert rows["kind"].tolist()[2] == "sentence"


def test_a_website_reporting_on_a_date_stays_a_sentence() -> None:
    # a near-miss of "Agenda.ge, 2 April 2025": the site's name opening a sentence
    line = "Civil.ge, 2 April 2025, reported that two men were detained."
    rows = segment_article("d", f"Title here\n\n{line}\n\nThe ministry said so.")
    assert rows[["kind", "text"]].values.tolist()[1] == ["sentence", line]


@pytest.mark.parametrize(("lines", "expected"), [
    # a military release's header: its number without the document's word and "City - date"
    # (an India-Pakistan newcomer's were heading rows, the city a mention of the army)
    ("No PR-61/2024-ISPR\nQuetta - June 3, 2024", ["dateline", "dateline"]),
    ("Ref: MOD/PR/2024/117\n\nMINSK – 12 March 2024", ["dateline", "dateline"]),
    # a heading with a number, or an event before its day, stays one
    ("No 10 Downing Street\nSummit Talks - June 3, 2024", ["subheading", "subheading"]),
    ("No way back\n\nUkraine War – 12 March", ["subheading", "subheading"]),
    # a breaker's: an operation, a parade or an incursion named after its place
    ("No way back\n\nBakhmut Offensive – 12 March", ["subheading", "subheading"]),
    ("No way back\n\nMinsk Independence Parade - July 3, 2024", ["subheading", "subheading"]),
    ("No way back\n\nBelgorod Incursion - May 22, 2023", ["subheading", "subheading"]),
    # ... a place of two words stays a dateline
    ("No PR-61/2024-ISPR\nDera Bugti - June 3, 2024", ["dateline", "dateline"]),
])
def test_a_releases_bare_number_and_dash_dateline_are_its_stamp(lines: str,
                                                                  expected: list[str]) -> None:
    rows = segment_article("d", lines + "\n\nThe army said its units had repelled the attack.\n")
    assert rows["reason"].tolist() == [*expected, ""]


@pytest.mark.parametrize("text", [
    # a breaker's body sentences that this stop's furniture rules had taken for furniture
    "The strike hit a depot.\n\nZelensky is the president of Ukraine.",
    "The strike hit a depot.\n\nMedinsky is the head of the Russian delegation.",
    "10:02\n\nExplosions reported from Kyiv, Odesa and Kharkiv.\n\nMore soon.",
    "Most of the 2,000 troops were contributed from Poland, Romania and Bulgaria.",
    "INSKEEP: Go on.\n\n(Audio of the call was released by the SBU on Tuesday.)",
    "For more information, contact your nearest embassy, the Foreign Office told British "
    "nationals in Lebanon.",
])
def test_furniture_rules_leave_body_sentences_alone(text: str) -> None:
    rows = segment_article("d", text, "S")
    last = rows.loc[rows["text"].str.len() > 12].iloc[-1]
    assert last["kind"] == "sentence", last["text"]


def test_a_releases_issuing_office_and_number_are_its_stamp() -> None:
    # a Somalia newcomer's AFRICOM release: its office and number were headline rows, one a
    # headline mention of AFRICOM
    text = ("Allied crews train with rocket units\n\nJOINT ROCKET COMMAND PUBLIC AFFAIRS\n"
            "Release Number: 20240312-07\nMarch 12, 2024\n\nRAMSTEIN, Germany – Allied crews "
            "trained with rocket units on Monday.\n\nThe drill ended on Tuesday.\n")
    assert segment_article("doc", text)["reason"].tolist()[:4] == [
        "subheading", "byline", "dateline", "timestamp"]
    text = "Ministry of Defence Press Service\n\nThe army said its units had repelled the attack.\n"
    assert segment_article("doc", text)["reason"].tolist() == ["byline", ""]
    # ... an office's name below the body is a heading, and a number in a heading's words too
    text = BODY + "Inside the Press Office\n\n" + BODY
    assert rows(text)[2] == ("heading", "subheading", "Inside the Press Office")
    assert rows("Release Number 3 slips\n\n" + BODY)[0][:2] == ("heading", "subheading")


def test_an_arabic_agencys_place_and_name_over_the_lead_are_its_dateline() -> None:
    # a Red Sea newcomer's Saba story in Arabic: "صنعاء - سبأ" (Sanaa - Saba) under the headline
    # was a body sentence
    lead = "أعلن المتحدث الرسمي باسم القوات المسلحة أن القوات البحرية استهدفت السفينة.\n"
    text = "القوات المسلحة: استهداف السفينة واحتجاز ناقلة نفط\n\nصنعاء - سبأ\n\n" + lead
    assert segment_article("doc", text)["reason"].tolist()[1] == "dateline"
    # ... a longer line with a dash keeps its row
    text = ("القوات المسلحة: استهداف السفينة\n\nالحديدة تحت القصف - بيان القوات المسلحة\n\n"
            + lead)
    assert segment_article("doc", text)["reason"].tolist()[1] != "dateline"


def test_a_commands_letterhead_office_number_and_embargo_line_are_its_stamp() -> None:
    # a Red Sea newcomer's CENTCOM release: the letterhead, the office's line with the number
    # and "FOR IMMEDIATE RELEASE" were three heading rows, one a headline mention of CENTCOM
    text = ("U.S. SOUTHERN COMMAND\nPublic Affairs | Release No. 25-0311-02\n"
            "FOR IMMEDIATE RELEASE\nMarch 11, 2025\n\nNavy Crews Train off Panama\n\n"
            "MIAMI – Navy crews trained with partner forces on Monday.\n\nThe drill ended.\n")
    assert segment_article("doc", text)["reason"].tolist()[:5] == [
        "byline", "dateline", "dateline", "timestamp", "subheading"]
    # ... a headline before the bar keeps its row, and the embargo line with neither letterhead
    # nor date over a headline stays a heading, as "PRESS RELEASE" does
    text = ("Navy Rescues Crew | Release No. 4\n\nFOR IMMEDIATE RELEASE\n\n"
            "MIAMI – Navy crews rescued a crew on Monday.\n")
    assert segment_article("doc", text)["kind"].tolist()[:2] == ["heading", "heading"]


@pytest.mark.parametrize("line", [
    # an AFC/M23 newcomer's communiqué: a headline row mentioning AFC and M23
    "PRESS RELEASE No. 027/AFC/M23/2025",
    "Communiqué N° 12/2025",
    "Press Release No. 5",
    # a French release's, with its word after the document's and "n°" (a breaker's, a heading)
    "Communiqué conjoint n°3/2024",
    "DÉCLARATION OFFICIELLE N° 14",
])
def test_a_press_releases_reference_line_is_its_stamp(line: str) -> None:
    frame = segment_article("doc", line + "\n\nThe movement said Goma was calm on Monday.\n")
    assert list(zip(frame["kind"], frame["reason"]))[0] == ("boilerplate", "dateline")


@pytest.mark.parametrize("line", ["Press release", "Statement No. 3 condemns the attack",
                                  "M23 seizes 027 trucks in Goma", "Communiqué officiel",
                                  "Communiqué final n°2 sur la situation à Goma"])
def test_a_heading_with_a_number_is_no_reference_line(line: str) -> None:
    frame = segment_article("doc", line + "\n\nThe movement said Goma was calm on Monday.\n")
    assert list(zip(frame["kind"], frame["reason"]))[0] == ("heading", "subheading")


@pytest.mark.parametrize("block", [
    # a breaker's: a communiqué's signature block on one line had been a heading row
    "Bertrand Bisimwa, President of the M23",
    "Willy Ngoma, Military Spokesperson",
    "Done at Bunagana, 4 June 2024. Willy Ngoma, Military Spokesperson",
    # ... and the place and day it was done on a line of their own over the block
    "Issued in Kinshasa on 2 May 2024.\n\nTina Salama\nSpokesperson of the Presidency of the "
    "Republic",
    # ... with a hyphenated office (a breaker's were heading rows)
    "Dr Amina Haidari, Director-General of the World Food Organization",
    "Issued in Goma on 9 June 2024.\n\nPierre-Luc Dumas, Under-Secretary-General for Field "
    "Support",
    # ... a French communiqué's, as the AFC/M23 closes its releases (a breaker's "Fait à …, le …"
    # had been a heading row with the signatory, a body sentence alone)
    "Fait à Bukavu, le 3 février 2025. Oscar Balinda, Porte-parole de l'AFC/M23",
    "Fait à Bukavu, le 3 février 2025.",
    "Fait à Kinshasa le 1er avril 2025\n\nJeanne Mbala\nPorte-parole du Gouvernement de la "
    "République",
    "Fait à Bukavu, le 3 février 2025.\n\nOscar Balinda\nCoordonnateur de l'AFC",
    # ... with the post's body before the office, an acronym or capitalised words (a Somalia
    # fixer's case: a heading row mentioning the UN)
    "Volker Türk, UN High Commissioner for Human Rights",
    "Mark Rutte, NATO Secretary-General",
    "Mahmoud Ali Youssouf, AU Commission Chairperson",
    # ... or the press office that issued it, alone (a newcomer's EU delegation statement: a
    # headline row mentioning the EU)
    "Media and communications unit of the Embassy of Norway to Kenya",
    "Press and Information Office of the Delegation of the African Union in Kinshasa",
    # ... the body after a comma (a Somalia fixer's case: a heading row)
    "Communications Unit, Ministry of Foreign Affairs of Somalia",
    # ... in a saved page's emphasis marks (a breaker's "*Press and information team of the
    # Delegation of the European Union to Morocco*" had been a heading)
    "*Media and communications unit of the Embassy of Norway to Kenya*",
    "__Press Office of the Delegation of the African Union in Kinshasa__",
])
def test_a_signature_block_on_one_line_is_a_sign_off(block: str) -> None:
    body = "The movement denies any role in the attack on the camp at Mugunga.\n\n"
    frame = segment_article("doc", body + block + "\n")
    assert set(list(zip(frame["kind"], frame["reason"]))[1:]) == {("boilerplate", "sign_off")}
    assert list(frame["kind"])[0] == "sentence"


@pytest.mark.parametrize("text", [
    # a last sentence naming a signatory and post, and the block's shape over more body
    "Bertrand Bisimwa, President of the M23, rejected the talks in Luanda.",
    "Willy Ngoma, Military Spokesperson\n\nThe camp was shelled again on Sunday night.",
    "Dr Amina Haidari, Director-General of the World Food Organization, flew to Goma.",
    # ... with the post's body before the office
    "Volker Türk, UN High Commissioner for Human Rights, condemned the strikes.",
    "Volker Türk, UN High Commissioner for Human Rights\n\nThe camp was shelled again on "
    "Sunday night.",
    # a French sentence opening with the place and day a text was done goes on after them
    "Fait à Luanda, le 30 juillet 2024, l'accord n'a tenu que trois jours.",
    "Fait à Bukavu, le 3 février 2025.\n\nLe camp a de nouveau été bombardé dimanche soir.",
    # ... a press office's line over more body, and a last sentence about one
    "Press Office of the Ministry of Defence\n\nThe camp was shelled again on Sunday night.",
    "*Press Office of the Ministry of Defence*\n\nThe camp was shelled again on Sunday night.",
    "The press office of the Ministry of Defence declined to comment.",
    "Communications Unit, Ministry of Foreign Affairs\n\nThe camp was shelled again on Sunday "
    "night.",
    "Communications Unit, Ministry of Foreign Affairs, declined to comment.",
])
def test_a_last_sentence_naming_a_post_is_no_signature(text: str) -> None:
    body = "The movement denies any role in the attack on the camp at Mugunga.\n\n"
    frame = segment_article("doc", body + text + "\n")
    assert "sign_off" not in set(frame["reason"])


@pytest.mark.parametrize("line", ["Joint Statement No. 2", "Declaration No. 7"])
def test_a_reference_line_in_the_body_heads_its_section(line: str) -> None:
    # a breaker's: a document's name and number mid-article had been a release's stamp
    body = "The envoys met in Doha on Friday for a third round.\n\n"
    frame = segment_article("doc", body + line + "\n\nIt binds both sides to a truce.\n")
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("heading", "subheading")
    # ... and a sentence naming one stays a sentence
    assert sentences(body + line + " binds both sides to a truce.\n")[1] == \
        line + " binds both sides to a truce."


def test_a_reference_line_under_a_releases_letterhead_is_its_stamp() -> None:
    frame = segment_article("doc", "ALLIANCE FLEUVE CONGO\n\nPress Release No. 31/2025\n\n"
                                   "The movement said Goma was calm on Monday.\n")
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("boilerplate", "dateline")
    # ... and so is the next release's register number in a page of releases
    frame = segment_article("doc", "Press Release No. 31/2025\n\nThe movement said Goma was "
                                   "calm on Monday.\n\nPRESS RELEASE No. 32/AFC/M23/2025\n\n"
                                   "The movement said Bukavu was calm on Tuesday.\n")
    assert list(zip(frame["kind"], frame["reason"]))[2] == ("boilerplate", "dateline")


def test_a_un_press_releases_stamp_and_footer_are_boilerplate() -> None:
    # a newcomer's Security Council release: its symbol, organ and meeting lines were headline
    # rows (one mentioning the Security Council), its closing line two body sentences
    text = ("Assembly Adopts Resolution on Return of Deported Children\n\nGA/12699\n\n"
            "14 MARCH 2025\n\nGENERAL ASSEMBLY\nEIGHTIETH SESSION, 41ST MEETING (PM)\n\n"
            "Delegates voted on a text demanding the return of children taken to Russia.\n\n"
            "For information media. Not an official record.\n")
    assert rows(text)[1:] == [
        ("boilerplate", "dateline", "GA/12699"),
        ("boilerplate", "timestamp", "14 MARCH 2025"),
        ("boilerplate", "dateline", "GENERAL ASSEMBLY"),
        ("boilerplate", "dateline", "EIGHTIETH SESSION, 41ST MEETING (PM)"),
        ("sentence", "", "Delegates voted on a text demanding the return of children taken "
                         "to Russia."),
        ("boilerplate", "sign_off", "For information media."),
        ("boilerplate", "sign_off", "Not an official record."),
    ]


@pytest.mark.parametrize("text", [
    # an organ's name in capitals over the story, not over a meeting's number, heads it; a
    # heading with a number and a body sentence on a record stay what they are
    "GENERAL ASSEMBLY\n\nDelegates voted on a text demanding the return of children.\n",
    "G7/2025 LEADERS GATHER\n\nDelegates voted on a text demanding the return of children.\n",
])
def test_a_un_release_stamp_needs_its_own_line(text: str) -> None:
    assert rows(text)[0][0] == "heading"


def test_a_sentence_on_an_official_record_is_no_footer() -> None:
    line = "The transcript is not an official record, the spokesman said."
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)


def test_a_press_statements_type_and_signatory_lines_are_its_stamp_and_byline() -> None:
    # a newcomer's State Department statement: "PRESS STATEMENT" and "MARCO RUBIO, SECRETARY
    # OF STATE" were headline rows, the second a headline mention of the Secretary of State
    text = ("Sanctions on Russian Military Suppliers\n\nPRESS STATEMENT\n\n"
            "MATTHEW MILLER, DEPARTMENT SPOKESPERSON\n\nFEBRUARY 23, 2024\n\n"
            "The Department is imposing sanctions on suppliers of drones to Russia.\n")
    assert [r[:2] for r in rows(text)] == [
        ("heading", "subheading"), ("boilerplate", "dateline"), ("boilerplate", "byline"),
        ("boilerplate", "timestamp"), ("sentence", "")]
    # ... a media note's type line over its date alone, too
    text = "MEDIA NOTE\n\nMARCH 3, 2024\n\nThe Secretary will travel to Kyiv next week.\n"
    assert rows(text)[0][:2] == ("boilerplate", "dateline")


@pytest.mark.parametrize("text", [
    # the type line over the story, and a name with a post over it, stay headings
    "PRESS STATEMENT\n\nThe Department is imposing sanctions on suppliers of drones.\n",
    "ZELENSKY, PRESIDENT AT WAR\n\nThe Department is imposing sanctions on suppliers.\n",
])
def test_a_release_type_line_needs_its_signatory_or_date(text: str) -> None:
    assert rows(text)[0][:2] == ("heading", "subheading")


@pytest.mark.parametrize(("line", "expected"), [
    # a breaker's: a capitals headline with a possessive or an article over the date is no
    # signatory's line
    ("LUKASHENKO'S MAN, THE KREMLIN'S ENVOY", ("heading", "subheading")),
    ("A HAWK, THE NEW DEFENCE MINISTER", ("heading", "subheading")),
    # ... a name with an initial and a post holding "of the" stays one
    ("JANET L. YELLEN, SECRETARY OF THE TREASURY", ("boilerplate", "byline")),
])
def test_a_signatory_line_is_a_name_and_a_post(line: str, expected: tuple[str, str]) -> None:
    text = f"{line}\n\nMarch 3, 2025\n\nThe envoy flew to Washington on Monday.\n"
    assert rows(text)[0][:2] == expected


@pytest.mark.parametrize("header", [
    # a breaker's: the State Department's lines as its page saved as text prints them, in
    # title case ("Press Statement" / a secretary's name and post: two headline rows, one a
    # headline mention of the signatory)
    "Press Statement\n\nJanet Okafor, Secretary of State",
    "Fact Sheet\n\nDaniel R. Weiss, Special Envoy for Arms Control",
    # ... and a media note's or a readout's issuing office in the signatory's place
    "MEDIA NOTE\n\nOFFICE OF THE SPOKESPERSON",
    "Readout\n\nOffice of the Spokesperson",
])
def test_a_title_case_release_header_is_its_stamp_and_byline(header: str) -> None:
    text = header + "\n\nApril 7, 2025\n\nThe Department welcomed the prisoner exchange.\n"
    assert [r[:2] for r in rows(text)] == [
        ("boilerplate", "dateline"), ("boilerplate", "byline"), ("boilerplate", "timestamp"),
        ("sentence", "")]


@pytest.mark.parametrize("post", ["NATO Secretary-General", "Secretary General of NATO",
                                  "Secretary-General"])
def test_a_joint_statements_type_line_and_a_general_post_open_no_headline(post: str) -> None:
    # a Somalia fixer's case: "Joint Statement" over "Mark Rutte, NATO Secretary-General" at
    # the text's top were two heading rows, the title search's candidates
    text = f"Joint Statement\n\nMark Rutte, {post}\n\nThe alliance met in Brussels on Monday.\n"
    assert [r[:2] for r in rows(text)] == [
        ("boilerplate", "dateline"), ("boilerplate", "byline"), ("sentence", "")]


@pytest.mark.parametrize("text", [
    # a title-case name and post over the date without the type line is a headline ...
    "Mark Rutte, Secretary General\n\nApril 7, 2025\n\nThe alliance met in Brussels.\n",
    "Mark Rutte, NATO Secretary-General\n\nApril 7, 2025\n\nThe alliance met in Brussels.\n",
    # ... and so is one saying what the holder did, under the type line
    "Joint Statement\n\nMark Rutte, NATO Secretary-General Meets Zelensky\n\nThe alliance met "
    "in Brussels.\n",
    # ... and a type line in sentence case, or over the story, stays a heading
    "Press statement\n\nApril 7, 2025\n\nThe alliance met in Brussels.\n",
    "Media Note\n\nThe alliance met in Brussels on Monday.\n",
])
def test_a_title_case_header_needs_the_type_line_beside_it(text: str) -> None:
    assert rows(text)[0][:2] == ("heading", "subheading")


def test_a_un_missions_press_statement_header_and_contact_are_boilerplate() -> None:
    # a Libya newcomer's UNSMIL statement: the letterhead, the type line, the statement's
    # number within its year and the media contact were headline rows, the letterhead a
    # headline mention of the UN
    text = ("UNITED NATIONS INTERIM FORCE IN LEBANON\n\nPRESS RELEASE\n\nUNIFIL/PR/2024/118\n\n"
            "Naqoura, 9 June 2024\n\nPeacekeepers report calm along the Blue Line\n\n"
            "The Force urges both parties to respect the cessation of hostilities.\n\n"
            "For press inquiries: unifil-press@un.org\n")
    assert [r[:2] for r in rows(text)] == [
        ("boilerplate", "byline"), ("boilerplate", "dateline"), ("boilerplate", "dateline"),
        ("boilerplate", "dateline"), ("heading", "subheading"), ("sentence", ""),
        ("boilerplate", "call_to_action")]


@pytest.mark.parametrize(("header", "expected"), [
    # a Colombia newcomer's MinDefensa release: the state's line under the ministry's, as Latin
    # American ministries print it, had made the letterhead, the state and the type line three
    # headline rows (the state a headline mention) and the headline a second headline row
    ("MINISTRY OF NATIONAL DEFENCE\nRepublic of Colombia\n\nPRESS RELEASE",
     [("boilerplate", "byline"), ("boilerplate", "byline"), ("boilerplate", "dateline")]),
    ("MINISTRY OF NATIONAL DEFENCE\nREPUBLIC OF COLOMBIA\n\nPRESS RELEASE",
     [("boilerplate", "byline"), ("boilerplate", "byline"), ("boilerplate", "dateline")]),
    # ... and the letterhead right over the type line with the release's number
    ("MINISTRY OF NATIONAL DEFENCE\nPRESS RELEASE No. 184",
     [("boilerplate", "byline"), ("boilerplate", "dateline")]),
    # a Venezuela newcomer's communiqué: the state's line first and the ministry in Spanish
    # title case over "COMUNICADO" were three heading rows, the state a headline mention
    ("República Bolivariana de Venezuela\nMinisterio del Poder Popular para Relaciones "
     "Exteriores\n\nCOMUNICADO",
     [("boilerplate", "byline"), ("boilerplate", "byline"), ("boilerplate", "dateline")]),
    # ... and the Guyana Defence Force's: its office in title case and its seat over "PRESS
    # RELEASE" and "For Immediate Release" (four heading rows, the headline past the title
    # search)
    ("GUYANA DEFENCE FORCE\nPublic Relations Department\nCamp Ayanganna, Thomas Lands, "
     "Georgetown\n\nPRESS RELEASE\nFor Immediate Release\nMarch 13, 2026",
     [("boilerplate", "byline"), ("boilerplate", "byline"), ("boilerplate", "byline"),
      ("boilerplate", "dateline"),
      ("boilerplate", "dateline"), ("boilerplate", "timestamp")]),
])
def test_a_ministrys_letterhead_over_the_states_line_is_the_releases_byline(
        header: str, expected: list) -> None:
    text = header + "\n\nArmed Forces neutralise ELN structure\n\nThe ministry said so.\n"
    assert [r[:2] for r in rows(text)] == expected + [("heading", "subheading"),
                                                      ("sentence", "")]


@pytest.mark.parametrize("text", [
    # a headline in capitals over the type line names no body's seat or remit after the body's
    # word: it stays the headline
    "UN MISSION HAILS TRUCE IN THE SOUTH\n\nPRESS RELEASE\n\nThe Force urges restraint.\n",
    # a body's name in capitals over the story, with no type line, heads it as before
    "UNITED NATIONS INTERIM FORCE IN LEBANON\n\nThe Force urges restraint on both sides.\n",
    # ... and a number after a year with no capitals' prefix is no statement's number
    "G20/2024/11 PLEDGES\n\nThe Force urges restraint on both sides.\n",
    # ... nor does a state's line make one without the type line under it, or under a headline
    "MINISTRY OF NATIONAL DEFENCE\nRepublic of Colombia\n\nThe ministry urges restraint.\n",
    "UN MISSION HAILS TRUCE IN THE SOUTH\nRepublic of Colombia\n\nPRESS RELEASE\n\nThe "
    "Force urges restraint.\n",
    # ... nor an office's words in title case over the story with no type line
    "Public Relations Department\nCamp Ayanganna, Thomas Lands, Georgetown\n\nThe Force urges "
    "restraint.\n",
])
def test_a_letterhead_needs_a_bodys_name_over_the_type_line(text: str) -> None:
    assert rows(text)[0][:2] == ("heading", "subheading")


def test_a_letterhead_of_several_lines_over_the_type_line_is_the_byline() -> None:
    # a Cameroon newcomer's Interim Government release: the state, the government and the
    # office were three heading rows, two of them headline mentions, over the numbered type line
    head = ("FEDERAL REPUBLIC OF AMBAZONIA\nINTERIM GOVERNMENT\n"
            "Office of the Secretary of Communications\n\n")
    for type_line in ("PRESS RELEASE No. 041/IG/2025", "PRESS RELEASE"):
        text = head + type_line + "\n\nSoldiers burn villages in Bui\n\n" + BODY
        assert [r[:2] for r in rows(text)][:5] == [("boilerplate", "byline")] * 3 + [
            ("boilerplate", "dateline"), ("heading", "subheading")]


@pytest.mark.parametrize(("head", "expected"), [
    # a ministry's letterhead over a briefing's title (an Iraqi Kurdistan newcomer's Turkish
    # MoND transcript, "REPUBLIC OF TÜRKİYE" / "MINISTRY OF NATIONAL DEFENCE" over "Weekly
    # Press Briefing – 5 June 2025": heading rows, the ministry a headline mention); the title
    # stays its heading
    ("REPUBLIC OF MOLDAVIA\nMINISTRY OF NATIONAL DEFENCE\n\nWeekly Press Briefing – 5 June 2025",
     [("boilerplate", "byline")] * 2 + [("heading", "subheading")]),
    ("REPUBLIC OF MOLDAVIA\nMINISTRY OF NATIONAL DEFENCE\n\nPRESS CONFERENCE",
     [("boilerplate", "byline")] * 2 + [("heading", "subheading")]),
    # ... and over a communiqué's type line, its stamp
    ("REPUBLIC OF MOLDAVIA\nMINISTRY OF FOREIGN AFFAIRS\n\nCOMMUNIQUÉ",
     [("boilerplate", "byline")] * 2 + [("boilerplate", "dateline")]),
    # ... not over a briefing's headline, nor a communiqué's
    ("REPUBLIC OF MOLDAVIA\nMINISTRY OF NATIONAL DEFENCE\n\nWeekly Press Briefing – Minister "
     "warns Kyiv", [("heading", "subheading")] * 3),
    ("REPUBLIC OF MOLDAVIA\nMINISTRY OF FOREIGN AFFAIRS\n\nCommuniqué issued after talks",
     [("heading", "subheading")] * 3),
])
def test_a_letterhead_over_a_briefings_title_is_its_byline(head: str, expected: list) -> None:
    assert [r[:2] for r in rows(head + "\n\n" + BODY)][:3] == expected


@pytest.mark.parametrize(("head", "expected"), [
    # one body's line over a briefing's title, or the state's short name in capitals over it,
    # and "Daily Briefing" without "Press" (a fixer's cases: heading rows)
    ("MINISTRY OF NATIONAL DEFENCE\n\nWeekly Press Briefing – 5 June 2025",
     [("boilerplate", "byline"), ("heading", "subheading")]),
    ("UKRAINE\n\nMINISTRY OF DEFENCE\n\nDaily Briefing – 3 March 2025",
     [("boilerplate", "byline")] * 2 + [("heading", "subheading")]),
    # ... not one line over a briefing's headline, nor a rubric over the body's line, nor the
    # state's name and a body's line over a headline
    ("MINISTRY OF NATIONAL DEFENCE\n\nWeekly Press Briefing – Minister warns Kyiv",
     [("heading", "subheading")] * 2),
    ("BREAKING\n\nMINISTRY OF DEFENCE\n\nDaily Briefing – 3 March 2025",
     [("heading", "subheading")] * 3),
    ("UKRAINE\n\nMINISTRY OF DEFENCE\n\nRussia strikes Kyiv overnight",
     [("heading", "subheading")] * 3),
])
def test_one_letterhead_line_over_a_briefings_title_is_its_byline(head: str,
                                                                  expected: list) -> None:
    assert [r[:2] for r in rows(head + "\n\n" + BODY)][:len(expected)] == expected


def test_an_armys_letterhead_over_the_type_line_is_the_byline() -> None:
    # a Nigeria newcomer's army release: the service and its directorate were heading rows,
    # two headline mentions of the army, over "PRESS RELEASE"
    text = ("NIGERIAN ARMY\nDIRECTORATE OF ARMY PUBLIC RELATIONS\nPRESS RELEASE\n\n"
            "TROOPS NEUTRALISE 35 TERRORISTS IN BORNO\n\n" + BODY)
    assert [r[:2] for r in rows(text)][:4] == [("boilerplate", "byline")] * 2 + [
        ("boilerplate", "dateline"), ("heading", "subheading")]
    # ... not without the type line under it: the army's name over the story stays a heading
    text = "NIGERIAN ARMY\nDIRECTORATE OF ARMY PUBLIC RELATIONS\n\n" + BODY
    assert rows(text)[0][:2] == ("heading", "subheading")


def test_a_letterheads_address_line_over_the_type_line_is_part_of_its_byline() -> None:
    # a Philippines newcomer's WestMinCom release: the command's seat under its letterhead
    # broke the block, so four heading rows stood over "PRESS RELEASE No. 2025-118"
    text = ("HEADQUARTERS\nEASTERN UKRAINE COMMAND\nARMED FORCES OF UKRAINE\n"
            "Camp Pivdennyi, Dnipro, Dnipropetrovsk Oblast\n\nPRESS RELEASE No. 2025-118\n\n"
            "TROOPS RETAKE THREE VILLAGES NEAR KHERSON\n\n" + BODY)
    assert [r[:2] for r in rows(text)][:6] == [("boilerplate", "byline")] * 4 + [
        ("boilerplate", "dateline"), ("heading", "subheading")]
    # near miss: the address alone over the type line opens no letterhead
    text = "Kyiv, Kharkiv, Odesa\n\nPRESS RELEASE\n\n" + BODY
    assert rows(text)[0] == ("heading", "subheading", "Kyiv, Kharkiv, Odesa")


def test_a_military_press_wings_letterhead_with_its_seat_contact_and_number_is_the_byline() -> None:
    # a Pakistan newcomer's ISPR release: the wing, its directorate and its seat were heading
    # rows over the contact line, the number with its date and "PRESS RELEASE", the wing and the
    # seat three headline mentions
    text = ("INTER SERVICES PUBLIC RELATIONS\nDIRECTORATE\nRawalpindi - Ukraine\n"
            "Tel: 051-9271600    Fax: 051-9271613\n\n"
            "No PR-218/2026-ISPR            Dated: November 14, 2026\n\nPRESS RELEASE\n\n"
            "Security Forces Conduct Operation in Kherson\n\n" + BODY)
    assert [r[:2] for r in rows(text)][:7] == [("boilerplate", "byline")] * 3 + [
        ("boilerplate", "call_to_action"), ("boilerplate", "dateline"),
        ("boilerplate", "dateline"), ("heading", "subheading")]
    # near miss: a place and a state joined by a dash over the story, no letterhead over it,
    # and a number whose "date" is no stamp, stay headings
    assert rows("Kherson - Ukraine\n\nPRESS RELEASE\n\n" + BODY)[0][:2] == (
        "heading", "subheading")
    assert rows("No PR-218/2026-ISPR Dated: the day Kherson fell\n\n" + BODY)[0][:2] == (
        "heading", "subheading")


@pytest.mark.parametrize("text", [
    # the same lines over the story with no type line stay headings
    "FEDERAL REPUBLIC OF AMBAZONIA\nINTERIM GOVERNMENT\n\nSoldiers burn villages in Bui\n\n"
    + BODY,
    # ... and a capitals headline among them keeps the block a heading
    "REPUBLIC OF MOLDOVA\nGOVERNMENT REJECTS RUSSIAN DEMANDS\n\nPRESS RELEASE\n\n" + BODY,
])
def test_a_letterhead_block_needs_its_type_line_and_letterhead_lines(text: str) -> None:
    assert rows(text)[0][:2] == ("heading", "subheading")


@pytest.mark.parametrize("line, expected", [
    # the outlet's own name with the page's fields after bars, a date among them (a Cameroon
    # newcomer's HRW report in Markdown: a heading row, a headline mention of HRW)
    ("**Harbour Watch** | October 9, 2025 | *Nairobi*", ("boilerplate", "byline")),
    ("Harbour Watch | 09-10-2025", ("boilerplate", "byline")),
    # ... not with a headline's words after it, with or without a date (another outlet's name
    # with a date and a place is a page's barred stamp, a timestamp)
    ("Harbour Watch | Soldiers burn villages in Bui", ("heading", "subheading")),
    ("Harbour Watch | October 9, 2025 | Soldiers burn villages in Bui", ("heading", "subheading")),
])
def test_the_outlets_own_name_with_the_pages_fields_is_its_byline(
        line: str, expected: tuple[str, str]) -> None:
    text = f"Civilians caught between separatists and the army\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, "Harbour Watch")
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected


@pytest.mark.parametrize("line", ["Harbour Wire English", "THE HARBOUR WIRE ENGLISH",
                                  "*Harbour Wire English*"])
def test_the_outlets_own_name_under_the_headline_is_its_byline(line: str) -> None:
    # a Libya newcomer's live blog printed "Al Arabiya English" under its headline: a heading
    # row, after which the quotes went to the outlet
    text = f"Live: Drones strike the port overnight\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, "Harbour Wire English")
    assert list(zip(frame["kind"], frame["reason"]))[:2] == [
        ("heading", "subheading"), ("boilerplate", "byline")]


@pytest.mark.parametrize("line", ["Harbour Wire English – Africalink",
                                  "Harbour Wire English | The Inquiry"])
def test_the_outlets_name_and_its_programmes_is_its_byline(line: str) -> None:
    # a Mozambique newcomer's DW transcript printed "DW Africa – Africalink" (source "DW
    # Africa") under its title: a heading row
    text = f"Live: Drones strike the port overnight\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, "Harbour Wire English")
    assert list(zip(frame["kind"], frame["reason"]))[:2] == [
        ("heading", "subheading"), ("boilerplate", "byline")]


@pytest.mark.parametrize("line", ["KELL RADIO \u2013 CAMEROON CALLING", "Kell TV | The Inquiry"])
def test_the_outlets_name_and_medium_with_its_programmes_is_its_byline(line: str) -> None:
    # a Cameroon newcomer's CRTV transcript opened on "CRTV RADIO – CAMEROON CALLING" (source
    # "CRTV"): a heading row mentioning Cameroon
    frame = segment_article("doc", f"{line}\n\nSunday 12 October 2025, 8:00 am\n\n" + BODY,
                            "Kell")
    assert list(zip(frame["kind"], frame["reason"]))[0] == ("boilerplate", "byline")


@pytest.mark.parametrize(("line", "source"), [
    # another outlet's name, a longer line naming the outlet, and any line with no source stay
    ("Harbour Wire English", "Coast Courier"),
    # ... nor the outlet's name and a medium's word before a headline, or another word
    ("Kell RADIO \u2013 DRONES HIT BUEA AGAIN TODAY", "Kell"),
    ("Kell NEWSROOM \u2013 Cameroon Calling", "Kell"),
    # ... and a headline after the outlet's name and a dash
    ("Harbour Wire English – Drones hit Odesa port", "Harbour Wire English"),
    ("Harbour Wire English live", "Harbour Wire English"),
    ("Harbour Wire English", ""),
])
def test_a_line_that_is_not_the_outlets_name_alone_stays_a_heading(line: str,
                                                                    source: str) -> None:
    text = f"Live: Drones strike the port overnight\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, source)
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("heading", "subheading")


@pytest.mark.parametrize(("line", "source"), [
    # the outlet's full name where the source is its acronym, bare or with the acronym after a
    # dash, and its name with its edition's language (an Iraqi Kurdistan newcomer's "Iraqi News
    # Agency - INA", "Associated Press" and "Rudaw English": heading rows, the first a
    # headline mention of Iraq)
    ("Harbour News Agency - HNA", "HNA"),
    ("Harbour News Agency", "HNA"),
    ("Agence Harbour-Presse", "AHP"),
    ("Harbour Press", "HP"),
    ("Harbour Wire English", "Harbour Wire"),
    ("Associated Press", "AP"),
    ("Fake News - FN", "FN"),  # the acronym after the dash names the outlet
    # ... a word giving two of the acronym's letters, or the name translated, its initials in
    # another order (a fixer's cases: heading rows)
    ("Kuwait News Agency - KUNA", "KUNA"),
    ("Kuwait News Agency", "KUNA"),
    ("Polish Press Agency", "PAP"),
    # ... or with the acronym in brackets, whatever its last word (a Red Sea newcomer's UKMTO
    # warning: "UNITED KINGDOM MARITIME TRADE OPERATIONS (UKMTO)", a heading row with a UKMTO
    # mention)
    ("HARBOUR MARITIME TRADE OPERATIONS (HMTO)", "HMTO"),
])
def test_the_outlets_full_name_or_edition_is_its_byline(line: str, source: str) -> None:
    text = f"Live: Drones strike the port overnight\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, source)
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("boilerplate", "byline")


@pytest.mark.parametrize(("line", "source"), [
    # a headline of the source's initials without an outlet's word at its end, another
    # acronym after the dash, and the name with another word than a language's stay headings
    ("Harbour Naval Attack", "HNA"),
    # ... and the bracketed acronym of another source, or initials that spell no acronym
    ("HARBOUR MARITIME TRADE OPERATIONS (HMTO)", "Reuters"),
    ("HARBOUR NAVAL STRIKE OPERATIONS (HMTO)", "HMTO"),
    ("Harbour News Analysis", "HNA"),
    ("Harbour News Agency - NATO", "HNA"),
    # ... nor a name whose words' openings do not spell the acronym, nor one word short of it
    ("Kyiv News Agency", "KUNA"),
    ("Press Agency", "PAP"),
    ("Harbour Wire Live", "Harbour Wire"),
    ("Coast Courier English", "Harbour Wire"),
    # a two-word phrase of the source's initials, a common adjective or a registry place
    # first, is a headline's ("Fake News" under source FN, "Kremlin Press" under KP were bylines)
    ("Bad News", "BN"),
    ("Fake News", "FN"),
    ("Good News", "GN"),
    ("Kremlin Press", "KP"),
])
def test_a_line_of_the_sources_initials_or_another_word_stays_a_heading(line: str,
                                                                       source: str) -> None:
    text = f"Live: Drones strike the port overnight\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, source)
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("heading", "subheading")


@pytest.mark.parametrize(("top", "expected"), [
    # a section's name right under the outlet's masthead or menu (an Iraqi Kurdistan newcomer's
    # INA page, "Iraqi News Agency - INA" / "Politics": a heading row) ...
    ("Harbour News Agency - HNA\nPolitics", ("boilerplate", "navigation")),
    ("Home | News | Kherson\nEurope", ("boilerplate", "navigation")),
    # ... not under a heading, nor a word that names no section
    ("Kherson after the retreat\nPolitics", ("heading", "subheading")),
    ("Harbour News Agency - HNA\nKherson", ("heading", "subheading")),
])
def test_a_section_under_the_masthead_is_navigation(top: str,
                                                   expected: tuple[str, str]) -> None:
    text = f"{top}\n\nRussia retreats from Kherson\n\n" + BODY
    frame = segment_article("doc", text, "HNA")
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected


@pytest.mark.parametrize(("line", "source", "expected"), [
    # a Nigeria newcomer's BBC Hausa story (source "BBC Hausa") printed "BBC News Hausa, Abuja"
    # under its headline: a heading row, Abuja a headline mention of Nigeria
    ("Kell News Hausa, Abuja", "Kell Hausa", ("boilerplate", "byline")),
    ("Harbour Wire, Port Harcourt", "Harbour Wire", ("boilerplate", "byline")),
    # ... not another outlet's name, nor a headline's words before the comma
    ("Coast Courier, Abuja", "Harbour Wire", ("heading", "subheading")),
    ("Harbour Wire hails truce, Abuja", "Harbour Wire", ("heading", "subheading")),
    # ... nor a title-case headline naming a registry actor after the comma (a breaker's: heading
    # rows with their mentions had become bylines)
    ("Al Jazeera, Israel Clash", "Al Jazeera", ("heading", "subheading")),
    ("Al Jazeera, Netanyahu Spar", "Al Jazeera", ("heading", "subheading")),
    # ... while a one-word place stays the byline's, a registry actor's too
    ("Harbour Wire, Kyiv", "Harbour Wire", ("boilerplate", "byline")),
])
def test_the_outlets_name_and_its_place_is_its_byline(line: str, source: str,
                                                      expected: tuple[str, str]) -> None:
    text = f"Gwoza: villagers flee\n\n{line}\n\n" + BODY
    frame = segment_article("doc", text, source)
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected


def test_a_users_actor_after_the_outlets_comma_is_a_headlines(tmp_path: Path) -> None:
    # a breaker's, with a Lebanon user's Hezbollah: "Reuters, Hezbollah Trade Claims" had become
    # a byline, its mention lost
    from analysis.actors import load_registry

    file = tmp_path / "actors.toml"
    file.write_text('extends = "default"\n\n[[actor]]\nname = "Hezbollah"\ncamp = "Axis"\n'
                    'type = "group"\n', encoding="utf-8")
    registry = load_registry(file)
    text = "Gwoza: villagers flee\n\nReuters, Hezbollah Trade Claims\n\n" + BODY
    frame = segment_article("doc", text, "Reuters", registry=registry)
    assert list(zip(frame["kind"], frame["reason"]))[1] == ("heading", "subheading")


@pytest.mark.parametrize("line, expected", [
    # an army's statement headed by its spokesperson's unit and closing on it with its contact
    # after a bar (a Lebanon newcomer's IDF statement: two heading rows)
    ("IDF Spokesperson's Unit", ("boilerplate", "byline")),
    ("IDF Spokesperson's Unit | Media inquiries: +972-3-5692000",
     ("boilerplate", "call_to_action")),
    ("Kherson Military Administration | Media inquiries: press@example.gov.ua",
     ("boilerplate", "call_to_action")),
    # ... not a headline before the bar, nor a contact line with no address or number
    ("Russia shells Kherson again | Media inquiries: +972-3-5692000",
     ("heading", "subheading")),
    ("IDF Spokesperson's Unit | Media inquiries welcome", ("heading", "subheading")),
])
def test_a_spokespersons_unit_and_its_contact_after_a_bar(line: str,
                                                          expected: tuple[str, str]) -> None:
    assert rows(line + "\n\n" + BODY + BODY)[0][:2] == expected


@pytest.mark.parametrize("line, expected", [
    # the outlet's subscription offer and its call for feedback, closing an Inquirer story (a
    # Philippines newcomer's: two body sentences)
    ("Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ "
     "titles.", ("boilerplate", "call_to_action")),
    ("For feedback, complaints, or inquiries, contact us.", ("boilerplate", "call_to_action")),
    # ... not prose opening with the same words
    ("For complaints about the army, the ministry set up a hotline.", ("sentence", "")),
    ("Subscribe to this view, and the war in Kherson looks different.", ("sentence", "")),
])
def test_an_outlets_subscription_offer_and_call_for_feedback(line: str,
                                                            expected: tuple[str, str]) -> None:
    assert rows(BODY + line + "\n\n" + BODY)[2][:2] == expected


@pytest.mark.parametrize("source, line, expected", [
    # the outlet's site address over its story, a pointer to its explainer, an update stamp with
    # its correction (a Philippines newcomer's Rappler and MindaNews pages: heading rows and a
    # body sentence)
    ("Rappler", "RAPPLER.COM", ("boilerplate", "byline")),
    ("", "READ: [EXPLAINER] What is red-tagging?", ("boilerplate", "promo_line")),
    ("", "Read: [EXPLAINER] What is red-tagging?", ("boilerplate", "promo_line")),
    ("", "*Updated 9 September 2025, 10:15 a.m.: corrects the number of decommissioned "
     "combatants.*", ("boilerplate", "timestamp")),
    # ... not another site's address, "Read:" before a line in sentence case, nor a colon after
    # words that are no stamp
    ("Rappler", "KYIVPOST.COM", ("heading", "subheading")),
    ("", "Read: the ministry's statement in full", ("heading", "subheading")),
    # ... nor "READ:" before a sentence closing on its full stop (a breaker's: body sentences
    # had become promo lines, their mentions lost), but before a rubric or a headline it is one
    ("", "READ: Aoun met the envoy on Monday and told him Lebanon would not be rushed.",
     ("sentence", "")),
    ("", "READ: Hezbollah said the plan “serves Israel,” and Berri backed it.", ("sentence", "")),
    ("", "READ: [EXPLAINER] Why Aoun met the envoy.", ("boilerplate", "promo_line")),
    ("", "READ: Aoun meets US envoy in Baabda", ("boilerplate", "promo_line")),
    ("", "Updated figures: corrects nothing", ("heading", "subheading")),
])
def test_an_outlets_site_line_read_pointer_and_correction_stamp(
        source: str, line: str, expected: tuple[str, str]) -> None:
    frame = segment_article("doc", BODY + line + "\n\n" + BODY, source)
    assert list(zip(frame["kind"], frame["reason"]))[2] == expected


def test_a_sentence_on_media_inquiries_is_no_contact_line() -> None:
    line = "For media inquiries the ministry opened a hotline on Monday."
    assert rows(BODY + "\n\n" + line + "\n")[-1] == ("sentence", "", line)


@pytest.mark.parametrize(("line", "expected"), [
    # a site's name and its update's date (a newcomer's live blog: "Le Nouvelliste | Updated 31
    # March 2025" was a headline row)
    ("Kyiv Post • Published 4 June 2024 09:30", ("boilerplate", "timestamp")),
    ("The Moscow Times | Last updated: June 4, 2024", ("boilerplate", "timestamp")),
    # ... joined by a dash, or in French (a breaker's "Le Monde | Mis à jour le …" and
    # "Ukrainska Pravda — Updated …" were headline rows), and a French stamp alone
    ("Kyiv Herald — Updated 9 June 2024, 11:40", ("boilerplate", "timestamp")),
    ("Libération | Mis à jour le 2 avril 2025 à 18h05", ("boilerplate", "timestamp")),
    ("Publié le 14 février 2025 à 07h30", ("boilerplate", "timestamp")),
    # ... with the date in figures, and the update's stamp after the first (a Somalia fixer's
    # case: a heading row)
    ("Publié le 12/03/2025 à 10h15, modifié le 12/03/2025 à 14h02", ("boilerplate", "timestamp")),
    ("Publié le 12/03/2025", ("boilerplate", "timestamp")),
    # ... or after a plain space, the update's word in capitals (a breaker's: a heading row)
    ("Publié le 12/03/2025 à 10h15 Modifié le 12/03/2025 à 14h02", ("boilerplate", "timestamp")),
    ("Le Monde | Publié le 12.03.2025 à 10h15", ("boilerplate", "timestamp")),
    # ... or the update's time ago, after a space, a comma or a bullet (a fixer's case: a
    # heading row)
    ("Publié le 5 septembre 2025 à 22h10 Mis à jour il y a 2 heures",
     ("boilerplate", "timestamp")),
    ("Publié le 5 septembre 2025 à 22h10, Mis à jour il y a 2 heures",
     ("boilerplate", "timestamp")),
    ("Publié le 5 septembre 2025 à 22h10 • Mis à jour il y a 2 heures",
     ("boilerplate", "timestamp")),
    # ... not the time ago of an event, nor a headline after the stamp's word
    ("Publié le 5 septembre 2025 à 22h10 Il y a 2 ans, Kherson tombait",
     ("heading", "subheading")),
    ("Mis à jour il y a 2 heures : Kyiv sous les drones", ("heading", "subheading")),
    # ... not a headline before a bar or a dash, nor a site's name before no update, nor a
    # French headline with its day
    ("Drones hit Odesa port | Updated 4 June 2024", ("heading", "subheading")),
    ("Drones hit Odesa port — Updated 4 June 2024", ("heading", "subheading")),
    ("Kyiv Post | Live", ("heading", "subheading")),
    ("Kyiv sous les drones — 2 avril 2025", ("heading", "subheading")),
    ("Publié le 12/03/2025, le rapport accuse Moscou", ("heading", "subheading")),
    ("Publié le 12/03/2025 à 10h15 Kyiv sous les drones", ("heading", "subheading")),
    # ... nor a title-case headline before a dash: with its verb, or naming a registry actor
    ("Orbán Blocks Aid Package — Updated 3 March 2025, 10:15", ("heading", "subheading")),
    ("Trump Tariff Shock — Published 2 May 2025", ("heading", "subheading")),
    # ... while a site's own plural and a capital's name stay a site's
    ("BBC News — Updated 9 June 2024, 11:40", ("boilerplate", "timestamp")),
    # ... and the site's credit for the text before its name (a Mozambique newcomer's monitoring
    # site: "Translated and published by Conflict Monitor Desk | Updated 28 June 2025, 14:20
    # GMT" was a heading row); not a headline's words before a bar
    ("Translated and published by Kyiv Monitor Desk | Updated 28 June 2025, 14:20 GMT",
     ("boilerplate", "timestamp")),
    ("Published by Kyiv Post | Updated 4 June 2024", ("boilerplate", "timestamp")),
    ("Drones published by Russia | Updated 4 June 2024", ("heading", "subheading")),
    ("The Kyiv Independent — Updated 9 June 2024", ("boilerplate", "timestamp")),
    # a page's fields joined by bars: names, a date, in Spanish too, and an editor's note (a
    # Colombia newcomer's transcript and analysis pages: heading rows)
    ("Caracol Radio | 17 October 2025 | Transcript, translated from Spanish and edited for "
     "length", ("boilerplate", "timestamp")),
    ("Análisis | Semana | 12 de octubre de 2025 — Updated 12 October 2025, 18:40",
     ("boilerplate", "timestamp")),
    ("Semana | 12 de octubre de 2025", ("boilerplate", "timestamp")),
    # ... not a headline's words before a date, nor a headline after it
    # the day first in figures with hyphens, and the update's clock after a bar (an Iraqi
    # Kurdistan newcomer's Rudaw page, "18-02-2025 | Updated 4:35 PM": a heading row)
    ("18-02-2025 | Updated 4:35 PM", ("boilerplate", "timestamp")),
    ("Kyiv under attack | 31 March 2025 | Transcript", ("heading", "subheading")),
    ("18-02-2025 | Drones hit the port", ("heading", "subheading")),
    ("Radio Kyiv | 17 October 2025 | Drones hit the port", ("heading", "subheading")),
])
def test_a_sites_name_and_update_line_is_a_timestamp(line: str, expected: tuple[str, str]) -> None:
    assert rows(line + "\n\n" + BODY)[0][:2] == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a Libya newcomer's: a place and the day joined by a bar ("Tripoli | 14 May 2025", a
    # heading row mentioning the government seated there) ...
    ("Benghazi | 2 June 2024", ["dateline"]),
    ("SIRTE|June 2, 2024", ["dateline"]),
    # ... Anadolu's reporter, date and update after a bar, and its dateline in capitals alone
    # on the next line ("ISTANBUL"), both heading rows
    ("Ayse Kaya |03.06.2024 - Update : 04.06.2024\n\nANKARA", ["timestamp", "dateline"]),
    ("By Omar Said\n\nMISRATA", ["byline", "dateline"]),
    # a Pakistani daily's place and colon alone on its line, under the stamp or the photo's
    # caption (a Pakistan newcomer's Express Tribune "BANNU:" under "PHOTO: FILE": a body row)
    ("November 13, 2026\n\nPHOTO: FILE\n\nBANNU:", ["timestamp", "caption", "dateline"]),
    ("By Omar Said\n\nMISRATA:", ["byline", "dateline"]),
])
def test_a_wires_place_and_date_lines_over_the_lead_are_boilerplate(lines: str,
                                                                    expected: list[str]) -> None:
    frame = segment_article("doc", "Talks resume in the capital\n\n" + lines + "\n\n" + BODY)
    n = len(expected)
    assert list(zip(frame["kind"], frame["reason"]))[:n + 2] == [
        ("heading", "subheading"), *(("boilerplate", r) for r in expected), ("sentence", "")]


@pytest.mark.parametrize("lines", [
    # an event before the bar, a headline and a bare date, a kicker in capitals under the
    # headline, a rubric under the stamp, and a capitals line away from the lead stay headings
    "Drone War | 2 June 2024",
    "Ayse Kaya | Updates from the front",
    "UKRAINE",
    "Ayse Kaya |03.06.2024 - Update : 04.06.2024\n\nBREAKING",
    "By Omar Said\n\nMISRATA\n\nStreet fighting resumes",
    # ... and a capitals line under a caption without its colon
    "PHOTO: FILE\n\nMISRATA",
])
def test_a_capitals_or_barred_line_that_is_no_dateline_stays_a_heading(lines: str) -> None:
    frame = segment_article("doc", "Talks resume in the capital\n\n" + lines + "\n\n" + BODY)
    assert ("heading", "subheading") in list(zip(frame["kind"], frame["reason"]))[1:-1]


@pytest.mark.parametrize(("line", "expected"), [
    # a place and the article's own agency joined by a spaced dash (an Iraqi Kurdistan
    # newcomer's INA page: "Baghdad - INA", a heading row, a headline mention of Iraq)
    ("Kherson - HNA", ("boilerplate", "dateline")),
    ("KHERSON – HNA", ("boilerplate", "dateline")),
    # ... not another body's acronym, nor an event's name before the agency's
    ("Kherson - NATO", ("heading", "subheading")),
    ("Drone War - HNA", ("heading", "subheading")),
])
def test_a_place_and_the_outlets_own_agency_alone_is_a_dateline(
        line: str, expected: tuple[str, str]) -> None:
    frame = segment_article("doc", "Talks resume in the capital\n\n" + line + "\n\n" + BODY,
                            "HNA")
    assert list(zip(frame["kind"], frame["reason"]))[1] == expected


def test_a_communiques_signature_block_is_a_sign_off() -> None:
    # an AFC/M23 newcomer's communiqué: the post under the signatory's name was a headline row
    body = "The AFC/M23 reaffirms its commitment to dialogue with Kinshasa.\n\n"
    for block in ("Lawrence Kanyuka\nSpokesperson of the AFC/M23",
                  "Corneille Nangaa\n\nPolitical Coordinator of the Alliance Fleuve Congo"):
        frame = segment_article("doc", body + block + "\n")
        assert list(zip(frame["kind"], frame["reason"]))[1:] == [("boilerplate", "sign_off")] * 2
    # a subheading on what befell a spokesperson is no post
    frame = segment_article("doc", body + "Lawrence Kanyuka\nSpokesperson of the army resigns\n")
    assert list(frame["kind"])[-1] == "heading"
    frame = segment_article("doc", body + "Spokesperson of the army resigns\n\n" + body)
    assert list(frame["kind"])[1] == "heading"


def test_a_post_with_its_remit_and_no_of_is_a_sign_off() -> None:
    # a Nigeria newcomer's army release closed on the name, the rank, the post and the date:
    # the post, "Director" and its remit with no "of", was a heading row mentioning the
    # signatory
    body = "The Nigerian Army remains committed to protecting lives and property.\n\n"
    frame = segment_article("doc", body + "APPOLONIA ANELE\nLieutenant Colonel\n"
                            "Acting Director Army Public Relations\n15 July 2025\n")
    assert list(zip(frame["kind"], frame["reason"]))[-3:] == [
        ("boilerplate", "sign_off"), ("boilerplate", "sign_off"), ("boilerplate", "timestamp")]
    # ... not a subheading on what befell a director, its last word a verb, which is no post
    # (at the very end under a stray name it is a sign-off line all the same: the closing
    # block's rule of :func:`_mark_signature_run`)
    assert segment._BARE_SIGNATORY_POST.fullmatch(
        "Acting Director Army Public Relations Resigns") is None
    assert segment._BARE_SIGNATORY_POST.fullmatch("Acting Director Army Public Relations")


@pytest.mark.parametrize("head, expected", [
    # the issuing body's name over its bureau's byline at the page's top (a Philippines
    # newcomer's CPP statement: a heading row with a headline mention of the CPP)
    ("Communist Party of the Philippines\nInformation Bureau", ("boilerplate", "byline")),
    ("Ministry of Defence\nMoscow bureau", ("boilerplate", "byline")),
    # near misses: over a reporter's byline, a headline over the bureau, and the lines apart
    ("Communist Party of Ukraine\nBy Jane Doe", ("heading", "subheading")),
    ("Ministry Denies Strike Claims\nMoscow bureau", ("heading", "subheading")),
    ("Communist Party of the Philippines\n\nInformation Bureau", ("heading", "subheading")),
])
def test_a_bodys_name_over_its_bureaus_byline_is_its_letterhead(
        head: str, expected: tuple[str, str]) -> None:
    assert rows(head + "\n\n" + BODY)[0][:2] == expected


def test_a_signatory_block_under_the_headline_is_the_statements_byline() -> None:
    # a Philippines newcomer's CPP statement printed its signatory's name, post and body under
    # the headline: three heading rows, headline mentions of Valbuena and the CPP
    text = ("Condemn the bombing in Kherson\n\nMarco L. Valbuena\nChief Information Officer\n"
            "Communist Party of the Philippines\n\n" + BODY)
    assert [r[:2] for r in rows(text)][:4] == [("heading", "subheading")] + [
        ("boilerplate", "byline")] * 3


@pytest.mark.parametrize("text", [
    # near misses: the name over a headline, the lines apart, and such lines after the body
    "Marco L. Valbuena\nRussia shells the port of Kherson again\n\n" + BODY,
    "Marco L. Valbuena\n\nChief Information Officer\n\n" + BODY,
    BODY + "Marco L. Valbuena\nChief Information Officer\n\n" + BODY,
])
def test_a_name_over_a_post_elsewhere_stays_a_heading(text: str) -> None:
    assert "byline" not in {r[1] for r in rows(text)}


@pytest.mark.parametrize("closing", [
    # the last line of a contact or signature block after the body, under lines that are
    # after-body or sign-off rows already (a Philippines newcomer's WestMinCom release and CPP
    # statement: heading rows with a headline mention)
    "###\n\nFor reference:\nLT. COL. ROMEO MANALO\nChief, Public Information Office, "
    "WESTMINCOM",
    "Ang Bayan | Information Bureau\nCommunist Party of the Philippines",
])
def test_the_last_name_or_post_line_of_a_closing_block_is_a_sign_off(closing: str) -> None:
    frame = segment_article("doc", BODY + closing + "\n")
    assert list(zip(frame["kind"], frame["reason"]))[-1] == ("boilerplate", "sign_off")


@pytest.mark.parametrize("text", [
    # near misses: such a line right under a body sentence, over more body, or a headline's
    # words under the block stay headings
    BODY + "Communist Party of the Philippines\n",
    BODY + "###\n\nCommunist Party of the Philippines\n\n" + BODY,
    BODY + "###\n\nRussia shells the port of Kherson again overnight\n",
])
def test_a_heading_that_continues_no_closing_block_stays_one(text: str) -> None:
    frame = segment_article("doc", text)
    assert "heading" in set(frame["kind"])


def test_a_post_over_the_body_it_serves_is_a_sign_off() -> None:
    # a Cameroon newcomer's Interim Government release closed on "Signed:", the post and the
    # government: the government's line was a heading row, a headline mention of it
    body = "The Interim Government salutes the courage of our people.\n\n"
    frame = segment_article("doc", body + "Signed:\nSecretary of Communications\n"
                            "Interim Government of the Federal Republic of Ambazonia\n")
    assert list(zip(frame["kind"], frame["reason"]))[-2:] == [("boilerplate", "sign_off")] * 2
    # ... not a sentence about the government after the post, nor a body's headline over more
    # body
    frame = segment_article("doc", body + "Secretary of Communications\n"
                            "The Interim Government of Ambazonia will meet on Monday.\n")
    assert list(frame["kind"])[-1] == "sentence"
    frame = segment_article("doc", body + "Secretary of Communications\n"
                            "Interim Government of Ambazonia\n\n" + body)
    assert list(frame["kind"])[1:3] == ["heading", "heading"]


@pytest.mark.parametrize("line", [
    # Serbian and Albanian date stamps with the page's fields after bars (a Kosovo newcomer's
    # RTS, Koha Ditore and Kosovo Online stamps: heading rows, mentions of Serbia and Kosovo)
    "Beograd, 18. novembar 2026. | 14:05 | RTS, Tanjug",
    "Prishtinë, 19 nëntor 2026 | Koha.net | Nga Arta Berisha",
    "Kosovo Online | 18.11.2026. 09:15 | Author: Kosovo Online",
    "Pristina, 17 November 2026 | 14:05",
    "18. novembra 2026. u 14:05",
    # an outlet's two-word name or an author after 'By' after the place and date stay credits
    "Beograd, 18. novembar 2026. | Kosovo Online",
    "Pristina, 17 November 2026 | By Jane Doe",
])
def test_a_serbian_or_albanian_date_stamp_with_bars_is_one_timestamp_row(line: str) -> None:
    assert rows(line + "\n\n" + BODY)[:2] == [("boilerplate", "timestamp", line),
                                              ("sentence", "", BODY.split(". ")[0] + ".")]


@pytest.mark.parametrize("line", [
    # near misses: a headline after the place and date, an event's name, a long list of names,
    # stay headings; a year's dot before a clock in a sentence still ends it
    "Kyiv, 31 March | Drones hit the port",
    "Kyiv, 31 March | Drone War",
    "Beograd, 18. novembar 2026. | Srbija protestuje zbog zabrane",
    "Kosovo Online | 18.11.2026. | Serbia, Kosovo, Albania, Russia",
    # a title-case headline after the place and date is no credit (a breaker's cases had
    # become timestamps)
    "Kyiv, 31 March 2026 | Drones Hit Odesa Port",
    "Kyiv, 31 March 2026 | 14:05 | Drones Hit Odesa Port",
    "Beograd, 18. novembar 2026. | 14:05 | Kosovo Police Arrest Serb",
    "Prishtinë, 19 nëntor 2026 | Kurti Takon Lajçakun",
])
def test_a_headline_beside_a_local_date_stays_a_heading(line: str) -> None:
    assert rows(line + "\n\n" + BODY)[0][:2] == ("heading", "subheading")


def test_a_years_full_stop_before_a_clock_still_ends_a_sentence() -> None:
    assert [r[2] for r in rows("The war began in 2022. 15:00 was the hour.\n")] == [
        "The war began in 2022.", "15:00 was the hour."]


@pytest.mark.parametrize("block", [
    # Serbian and Albanian pointers to related stories over their headlines (a Kosovo
    # newcomer's RTS and Koha Ditore pages: the headlines were heading rows mentioning
    # Stojković, Kosovo, KFOR and Dervishi)
    "Povezane vesti:\nStojković: Priština krši Briselski sporazum\nKFOR pojačao patrole kod Jarinja",
    "Pročitajte još:\nKFOR pojačao patrole kod Jarinja\nVučić se sastao sa Kurtijem u Briselu",
    "Lexo edhe:\nDervishi: Sulmi te Soçanica ishte i planifikuar",
    "Lexo edhe: Dervishi: Sulmi te Soçanica ishte i planifikuar",
])
def test_a_serbian_or_albanian_related_label_points_to_other_stories(block: str) -> None:
    got = rows(BODY + block + "\n\n© 2026 Radio-televizija Srbije.")
    assert {k for k, _, t in got if t in block} == {"boilerplate"}
    assert {r for _, r, t in got if t in block} <= {"promo_line", "headline_list"}


def test_a_sentence_opening_on_a_related_labels_words_stays_a_sentence() -> None:
    # near miss: the label's words in a sentence, no colon or line of their own
    line = "Povezane vesti su objavljene juče na sajtu RTS-a i izazvale reakcije."
    assert line in sentences(BODY + line + "\n\n" + BODY)


def test_a_related_labels_words_before_a_dash_and_a_clause_stay_a_sentence() -> None:
    # a breaker's: the label's words, a dash and a lower-case clause had become a promo_line
    line = "Povezane vesti - prema navodima Prištine - nisu tačne, rekao je Petković."
    assert line in sentences(BODY + line + "\n\n" + BODY)
    # near miss: the label and a dash before the other story's headline stays a promo line
    line = "Povezane vesti - Stojković: Priština krši Briselski sporazum"
    assert ("boilerplate", "promo_line", line) in rows(BODY + line + "\n\n" + BODY)


@pytest.mark.parametrize("text", [
    # the lead photo's caption under its label between the page's stamp and the lead (a Kosovo
    # newcomer's Koha and RTS pages: heading rows), in English too
    "Prishtinë, 19 nëntor 2026 | Koha.net | Nga Arta Berisha\n\n"
    "Foto: Zyrtarë policorë kontrollojnë veturat në pikën kufitare të Jarinjës\n\n",
    "Beograd, 18. novembar 2026. | 14:05 | RTS, Tanjug\n\n"
    "Foto: Red ispred pošte u Severnoj Mitrovici (RTS)\n\n",
    "By Jane Doe\n\nPhoto: Police officers check cars at the Jarinje crossing\n\n",
])
def test_a_photo_label_line_between_the_stamp_and_the_lead_is_a_caption(text: str) -> None:
    got = rows("Police seize 40 cars in the north\n\n" + text + BODY)
    assert got[2][:2] == ("boilerplate", "caption")
    assert got[3][0] == "sentence"


@pytest.mark.parametrize("text", [
    # near misses: such a line under the headline alone, or mid-body, stays a heading; a credit
    # after "Foto:" is a caption anywhere
    "Photo: Police officers check cars at the Jarinje crossing\n\n" + BODY,
    BODY + "Foto: Zyrtarë policorë kontrollojnë veturat në pikën kufitare të Jarinjës\n\n" + BODY,
])
def test_a_photo_label_line_away_from_the_stamp_stays_a_heading(text: str) -> None:
    got = rows("Police seize 40 cars in the north\n\n" + text)
    assert [k for k, _, t in got if t.startswith(("Photo", "Foto"))] == ["heading"]


def test_a_foto_label_with_its_credit_is_a_caption() -> None:
    line = "Foto: Tanjug/Zoran Žestić"
    assert ("boilerplate", "caption", line) in rows(BODY + line + "\n\n" + BODY)


def test_a_letterheads_lines_in_two_languages_over_the_type_line_are_its_byline() -> None:
    # a Kosovo newcomer's Kosovo Police release: the state, the police and the directorate,
    # each in Albanian and English joined by a slash, were three heading rows (four headline
    # mentions of Kosovo and its police) over "PRESS RELEASE" and its number
    text = ("REPUBLIKA E KOSOVËS / REPUBLIC OF KOSOVO\nPOLICIA E KOSOVËS / KOSOVO POLICE\n"
            "Drejtoria Rajonale Mitrovicë Veri / Regional Directorate North Mitrovica\n\n"
            "PRESS RELEASE\nNo. 2026/11/417\nPristina, 17 November 2026\n\n"
            "Police officer wounded in armed attack in Socanica\n\n" + BODY)
    assert [r[:2] for r in rows(text)][:7] == [("boilerplate", "byline")] * 3 + [
        ("boilerplate", "dateline")] * 3 + [("heading", "subheading")]


@pytest.mark.parametrize("text", [
    # near misses: such lines over the story with no type line, and a headline with a slash
    # between its words over the type line, stay headings
    "REPUBLIKA E KOSOVËS / REPUBLIC OF KOSOVO\nPOLICIA E KOSOVËS / KOSOVO POLICE\n\n" + BODY,
    "REPUBLIC OF KOSOVO\nSerbia / Kosovo: police clash at the border again\n\nPRESS RELEASE\n\n"
    + BODY,
])
def test_lines_in_two_languages_without_a_type_line_stay_headings(text: str) -> None:
    assert rows(text)[0][:2] == ("heading", "subheading")


def test_a_parent_bodys_acronym_and_the_seat_line_around_the_outlets_name_are_its_byline() -> None:
    # a Kosovo newcomer's KFOR statement: "NATO" over "KFOR" and the force's name, seat and
    # address under it were heading rows mentioning NATO, KFOR and Kosovo
    head = "NATO\nKFOR\nKosovo Force | Headquarters KFOR | Camp Film City, Pristina\n\n"
    text = head + "KFOR STATEMENT ON THE SITUATION IN THE NORTH\n\n" + BODY
    frame = segment_article("doc", text, "KFOR")
    assert list(zip(frame["kind"], frame["reason"]))[:4] == [("boilerplate", "byline")] * 3 + [
        ("heading", "subheading")]


@pytest.mark.parametrize(("text", "source"), [
    # near misses: the acronym over another outlet's name, and a headline's words after the
    # outlet's name and a bar, stay headings
    ("NATO\nKFOR\nKosovo Force | Headquarters KFOR | Camp Film City, Pristina\n\n" + BODY, "RTS"),
    ("KFOR\nKosovo Force | Troops Patrol Jarinje Crossing\n\n" + BODY, "KFOR"),
])
def test_an_acronym_or_barred_line_away_from_the_outlets_name_stays_a_heading(
        text: str, source: str) -> None:
    frame = segment_article("doc", text, source)
    kinds = [k for k, t in zip(frame["kind"], frame["text"]) if t == "NATO" or "|" in t]
    assert kinds and set(kinds) == {"heading"}


@pytest.mark.parametrize("line", [
    # near miss: a place after "Published in", and an update that is news, stay prose
    "Published in Kyiv, the report found that troops advanced.",
    "Kyiv updated its evacuation plan on May 3 after the strikes.",
])
def test_a_publication_phrase_in_prose_is_no_stamp(line: str) -> None:
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)


def test_a_bare_name_between_the_headline_and_the_stamp_is_the_byline() -> None:
    # a Pakistan newcomer's Dawn and TOLOnews stories: "Umar Farooq Khattak" and "Siyar Sirat"
    # under the headline, over the date stamp, were heading rows
    for name in ("Umar Farooq Khattak", "Olena Marchenko"):
        got = rows("Kherson shelled again\n" + name + "\nNovember 13, 2026\n\n" + BODY)
        assert got[1] == ("boilerplate", "byline", name)
    # near miss: a registry person's name over the stamp is the story's kicker, a name over
    # the body with no stamp a heading, and "our correspondent" in prose a sentence
    got = rows("Kherson shelled again\nVladimir Putin\nNovember 13, 2026\n\n" + BODY)
    assert got[1][:2] == ("heading", "subheading")
    got = rows("Kherson shelled again\nOlena Marchenko\n\n" + BODY)
    assert got[1][:2] == ("heading", "subheading")
    line = "Our correspondent said the town fell on Friday."
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)


def test_a_transcripts_note_on_who_prepared_it_is_its_credit() -> None:
    # a Pakistan newcomer's Geo transcript closed on two body sentences of its note
    note = "(Transcript prepared by Geo News monitoring desk. Unofficial translation from Urdu.)"
    assert {r[:2] for r in rows(BODY + note + "\n")[-2:]} == {("boilerplate", "byline")}
    # near miss: a sentence in brackets that merely opens so stays prose
    line = "(Transcript prepared by the court shows the general lied.)"
    assert rows(BODY + line + "\n")[-1] == ("sentence", "", line)
