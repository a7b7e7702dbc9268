"""Tests for analysis.quotes: quoted spans, quote sentences and speaker attribution."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.actors import Registry, load_registry
from analysis.quotes import attribute_quotes, find_quote_spans
from analysis.segment import segment_corpus
from analysis.speakers import canonicalise_speakers

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


Piece = str | tuple[str, str]


def tables(pieces: list[Piece], doc_id: str = "d1") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sentences, articles) for one article made of ``pieces`` joined by single spaces.

    A piece is a sentence text, or (kind, text); a piece starting with "\\n" begins a new
    paragraph (the text then gets a blank line instead of the space).
    """
    text, rows = "", []
    for sentence_id, piece in enumerate(pieces):
        kind, body = piece if isinstance(piece, tuple) else ("sentence", piece)
        new_paragraph = body.startswith("\n")
        body = body.lstrip("\n")
        if text:
            text += "\n\n" if new_paragraph else " "
        rows.append({
            "doc_id": doc_id, "source": "S", "sentence_id": sentence_id, "paragraph_id": 0,
            "start": len(text), "end": len(text) + len(body), "kind": kind,
            "reason": "" if kind == "sentence" else "x", "text": body,
        })
        text += body
    articles = pd.DataFrame({"doc_id": [doc_id], "source": ["S"], "text": [text]})
    return pd.DataFrame(rows), articles


def quotes(pieces: list[Piece], registry: Registry) -> list[tuple[bool, str, str]]:
    sentences, articles = tables(pieces)
    out = attribute_quotes(sentences, articles, registry)
    return list(zip(out["is_quote"], out["speaker"], out["speaker_camp"]))


NOT = (False, "", "")


# --------------------------------------------------------------------------- spans


def test_find_quote_spans_curly_and_straight() -> None:
    text = 'He said “yes.” Then "no" and “maybe,” she said.'
    assert [text[s:e] for s, e in find_quote_spans(text)] == ["“yes.”", '"no"', "“maybe,”"]


def test_find_quote_spans_multi_paragraph_and_stray_marks() -> None:
    text = "“First part.\n\n“Second part,” he said.\n\nA stray “mark here.\n\nEnd."
    found = [text[s:e] for s, e in find_quote_spans(text)]
    assert found == ["“First part.", "“Second part,”"]


def test_find_quote_spans_german_low_high_marks() -> None:
    # „…“ closes with the English opener, which had read as a second opener: nothing found
    text = "„Wir müssen kriegstüchtig werden,“ sagte er. Sie nannte es „falsch”. „Offen\nDann “ja”."
    assert [text[s:e] for s, e in find_quote_spans(text)] == [
        "„Wir müssen kriegstüchtig werden,“", "„falsch”", "“ja”"]


def test_a_german_closing_mark_after_a_space_still_closes(registry: Registry) -> None:
    assert quotes(["„Wir bleiben – “ sagte er."], registry)[0][0] is True


@pytest.mark.parametrize("stray", ["The ship „Moskva was sunk.", "The score was 52„48."])
def test_a_stray_low_mark_leaves_the_next_english_quotation_alone(registry: Registry,
                                                                  stray: str) -> None:
    # the “ opening the English quotation had closed the stray „ (a reviewer's finding)
    assert quotes([stray, "“We hit it,” said Andriy Yusov."], registry) == [
        NOT, (True, "Andriy Yusov", "")]


def test_german_marks_are_quotes_with_speakers(registry: Registry) -> None:
    assert quotes([
        "„We have to get used to the idea of a threat of war,“ Pistorius told ZDF.",
        "„That means we have to become war-ready.“",
        "\nRolf Mützenich said the debate used „the wrong vocabulary“.",
    ], registry) == [(True, "Pistorius", "West"), (True, "Pistorius", "West"),
                     (False, "Rolf Mützenich", "")]  # a partial quote, with its speaker


def test_find_quote_spans_reopened_quote() -> None:
    text = "A “broken opener and “a real quote” here."
    assert [text[s:e] for s, e in find_quote_spans(text)] == ["“a real quote”"]


# --------------------------------------------------------------------------- attribution


def test_three_sentence_quote_with_speaker_after(registry: Registry) -> None:
    assert quotes([
        "Kherson was quiet on Friday.",
        "“We will hold the line.",
        "Nobody is leaving.",
        "The city stands,” Zaluzhnyi said.",
        "Shelling resumed at night.",
    ], registry) == [
        NOT,
        (True, "Zaluzhnyi", "Ukraine"),
        (True, "Zaluzhnyi", "Ukraine"),
        (True, "Zaluzhnyi", "Ukraine"),
        NOT,
    ]


def test_role_phrase_before_a_split_quote(registry: Registry) -> None:
    # seed 000, as a segmenter that splits inside the quotation would cut it
    assert quotes([
        "Ukrainian President Volodymyr Zelenskyy spoke on November 11.",
        "After the Russian withdrawal from the city of Kherson was completed the Ukrainian "
        "President asserted, “Our people.",
        "Our Kherson.",
        "Today is a historic day.",
        "We are taking back Kherson.”",
        "He further updated that the units were inside Kherson.",
    ], registry) == [
        NOT,
        (False, "Zelenskyy", "Ukraine"),  # mostly the author's own clause: a partial quote
        (True, "Zelenskyy", "Ukraine"),
        (True, "Zelenskyy", "Ukraine"),
        (True, "Zelenskyy", "Ukraine"),
        NOT,
    ]


def test_role_phrase_before_a_whole_quote(registry: Registry) -> None:
    # the attribution clause is not counted, so this sentence is mostly quotation
    assert quotes([
        "After the Russian withdrawal was completed the Ukrainian President asserted, "
        "“Our people. Our Kherson. Today is a historic day. We are taking back Kherson.”",
    ], registry) == [(True, "Zelenskyy", "Ukraine")]


def test_title_outside_registry_resolves_to_last_person(registry: Registry) -> None:
    assert quotes([
        "Putin met his generals in Moscow.",
        "“We will regroup on the eastern bank,” the president said.",
    ], registry) == [NOT, (True, "Putin", "Russia")]


def test_pronoun_resolves_to_last_person_outside_quotes(registry: Registry) -> None:
    assert quotes([
        "Dmitry Peskov spoke to reporters on Friday.",
        "“Putin will not comment on that,” he said.",
    ], registry) == [NOT, (True, "Peskov", "Russia")]


def test_according_to(registry: Registry) -> None:
    assert quotes([
        "According to Pavel Felgenhauer, “the withdrawal is a political disaster for Moscow.”",
        "“The front will hold for now,” according to Podolyak.",
    ], registry) == [(True, "Felgenhauer", "Other"), (True, "Podolyak", "Ukraine")]


def test_said_x(registry: Registry) -> None:
    assert quotes([
        "“It makes sense militarily, and it was a hard decision,” said Felgenhauer.",
        '"Ukraine will win," said Ukrainian Foreign Minister Dmytro Kuleba.',
    ], registry) == [(True, "Felgenhauer", "Other"), (True, "Kuleba", "Ukraine")]


def test_speaker_named_with_apposition(registry: Registry) -> None:
    assert quotes([
        "“Now we dominate, they are slowly retreating,” Kosiak, a Ukrainian artillery "
        "commander, told Al Jazeera.",
        "“The situation with drones is complicated. We are used to war.”",
        "\nRussian General Sergey Suroivkin ordered the withdrawal.",
        "Dmitry Peskov, Putin's spokesman, said: “No comment on the timing of it.”",
        "“We have no doubts at all about it,” Russian President Vladimir Putin's spokesman "
        "Dmitry Peskov said.",
    ], registry) == [
        (True, "Kosiak", "Ukraine"),
        (True, "Kosiak", "Ukraine"),  # continues the quotation: inherits its speaker
        NOT,
        (True, "Peskov", "Russia"),
        (True, "Peskov", "Russia"),
    ]


@pytest.mark.parametrize("sentence, expected", [
    # the person after a relation noun's "of" / "for" / "to" is its complement, not the voice;
    # an ally or a spokesman speaks for that side, a critic or an opponent does not
    ('"We will not retreat," an ally of Putin said.', ("ally of Putin", "Russia")),
    ('"We will not retreat," a spokesman for Russian President Vladimir Putin said.',
     ("spokesman for Russian President Vladimir Putin", "Russia")),
    ('According to a critic of Putin, "the war is lost."', ("critic of Putin", "")),
    ('"We are ready," an opponent of Zelensky said.', ("opponent of Zelensky", "")),
    ('"We will not retreat," an adviser to Ukraine\'s President Volodymyr Zelensky, Mykhailo '
     'Podolyak, said.', ("Podolyak", "Ukraine")),
    # offices are no relation nouns, and an organisation between keeps the name the speaker
    ('"We will not retreat," the Minister of Defence Sergei Shoigu said.', ("Shoigu", "Russia")),
    ('"We will not retreat," the head of Rosatom Alexei Likhachev said.',
     ("Alexei Likhachev", "Russia")),  # Rosatom is a registry body since stop 60
    ('"We will not retreat," spokesman for Putin Dmitry Peskov said.', ("Peskov", "Russia")),
    # a lower-case title before the name is no title of a complement (a read-through's finding)
    ('"We act," said adviser to the president Mykhailo Podolyak.', ("Podolyak", "Ukraine")),
    # ... but with no article, a person noun right before the name is its title: the relative
    # speaks, for no side
    ('"We will not give up," the wife of Ukrainian soldier Ivan Petrenko said.',
     ("wife of Ukrainian soldier Ivan Petrenko", "")),
    ('"We act," the mother of slain soldier Ivan Petrenko said.',
     ("mother of slain soldier Ivan Petrenko", "")),
])
def test_a_person_after_a_relation_noun_is_not_the_speaker(registry: Registry, sentence: str,
                                                           expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(True, *expected)]


@pytest.mark.parametrize("sentence, expected", [
    # a name right after an office's complement ("to the UN", "for Ukraine") is the office's
    # holder, without commas too; the side is the holder's, not the complement's
    ('"We act," Russia\'s envoy to the UN Vassily Nebenzia said.', ("Nebenzia", "Russia")),
    ('"We act," said U.S. special envoy for Ukraine Kurt Volker.', ("Kurt Volker", "West")),
    ('"We act," said Ukraine\'s ambassador to Germany Oleksii Makeiev.',
     ("Oleksii Makeiev", "Ukraine")),
    ('"We act," said Russia\'s ambassador to the United States Anatoly Antonov.',
     ("Anatoly Antonov", "Russia")),
    ('"We act," said the U.N. High Commissioner for Refugees Filippo Grandi.',
     ("Filippo Grandi", "Other")),
    ('"We act," said Minister for Foreign Affairs Penny Wong.', ("Penny Wong", "")),
    # a first name the name data lacks, before a surname with the Arabic article
    ('"We act," said Qatar\'s Minister of State for International Cooperation Lolwah '
     'al-Khater.', ("Lolwah al-Khater", "Other")),
    # a spokesman speaks for the complement: its side, and the name after an organisation is
    # the spokesman's
    ('"We act," said a spokesman for Ukraine Oleh Nikolenko.', ("Oleh Nikolenko", "Ukraine")),
    ('"We act," said the spokesman for the Kremlin Dmitry Peskov.', ("Peskov", "Russia")),
    # a lower-case organisation noun ends the complement too
    ('"We act," said a spokesman for Ukraine\'s military intelligence Andriy Yusov.',
     ("Andriy Yusov", "Ukraine")),
    ('"We act," said the spokeswoman for Russia\'s Foreign Ministry Maria Zakharova.',
     ("Zakharova", "Russia")),
    # the complement's own title before the name keeps it the complement
    ('"We act," said an adviser to President Volodymyr Zelensky.',
     ("adviser to President Volodymyr Zelensky", "Ukraine")),
])
def test_a_name_after_an_offices_complement_is_its_holder(registry: Registry, sentence: str,
                                                          expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(True, *expected)]


@pytest.mark.parametrize("pieces, expected", [
    # a newcomer's UN meeting summary: "The representative of X said …" and then "he said" had
    # found no one ("representative" was no role noun), so the Council lost its voices
    (["The representative of Ukraine said the resolution was a first step.",
      " “Russia must be sanctioned. Words alone will not stop the aggressor,” he said."],
     ("representative of Ukraine", "Ukraine")),
    (["The representative of the Russian Federation said the text was biased.",
      " “It is a farce,” she added."], ("representative of the Russian Federation", "Russia")),
    (["The representative of Ukraine said the resolution was a first step.",
      " “Russia must be sanctioned,” the representative said."],
     ("representative of Ukraine", "Ukraine")),
    (["“Russia must be sanctioned,” said the representative of Ukraine."],
     ("representative of Ukraine", "Ukraine")),
    # the nearest one; an ambassador or envoy of a state is its too
    (["The representative of Ukraine said the resolution was a first step.",
      " The representative of Russia said it was biased.", " “It is a farce,” he said."],
     ("representative of Russia", "Russia")),
    (["The ambassador of Ukraine said the resolution was a first step.",
      " “Russia must be sanctioned,” he said."], ("ambassador of Ukraine", "Ukraine")),
    # ... and so is the state's office after its possessive with no article (it had been no one)
    (["Moldova's representative told the Council that the ceasefire was holding.",
      " “We see no troops moving,” he said."], ("Moldova's representative", "Other")),
    (["Russia's deputy envoy told the Council that the vote was rigged.",
      " “It is a farce,” she added."], ("Russia's deputy envoy", "Russia")),
    (["Russia's envoy, Vassily Nebenzia, told the Council that the vote was rigged.",
      " “It is a farce,” he added."], ("Nebenzia", "Russia")),
    (["Ukraine's envoy to the OSCE, Yevhenii Tsymbaliuk, told the Council the vote was rigged.",
      " “It is a farce,” the envoy added."], ("Yevhenii Tsymbaliuk", "Ukraine")),
    # a resident of a state is not its
    (["A resident of Ukraine said the war was long.", " “We are tired,” he said."],
     ("resident", "")),
    # ... nor the office of what is the state's, after a second possessive
    (["Ukraine's Tatar community's envoy told the Council that arrests had tripled.",
      " “We are afraid,” he said."], ("", "")),
    # ... nor what is the state's, after its possessive or its adjective (a breaker's)
    (["A representative of Ukraine's Crimean Tatar community said arrests had tripled.",
      " “We are afraid,” he said."], ("representative", "")),
    (["A delegate of Russia's Yabloko party said the congress had been disrupted.",
      " “They cut the lights,” he said."], ("delegate", "")),
])
def test_a_representative_of_a_state_speaks_for_it(registry: Registry, pieces: list[str],
                                                    expected: tuple[str, str]) -> None:
    assert quotes(pieces, registry)[-1] == (True, *expected)


@pytest.mark.parametrize("pieces, expected", [
    # a person named before does not take "the representative of X": a newcomer's UN summary
    # had the representatives of Kenya and the Dominican Republic, and their "he said", as the
    # UNODC chief quoted before them (the partial quote too)
    (["Volker Türk said the war had displaced millions.", " “The shelling must stop,” he said.",
      " The representative of Lithuania said its border guards had “done their duty” there."],
     (False, "representative of Lithuania", "West")),
    (["Volker Türk said the war had displaced millions.", " “The shelling must stop,” he said.",
      " The representative of Lithuania said his country had sheltered families.",
      " “We have done more than anyone,” he said."], (True, "representative of Lithuania", "West")),
    (["Volker Türk said the war had displaced millions.",
      " The ambassador of the Russian Federation said the report was biased.",
      " “It is a fabrication,” he said."], (True, "ambassador of the Russian Federation", "Russia")),
    # ... and so is a UN summary's "speaker for" a state or body (it had been the one before)
    (["The representative of Lithuania said the border was calm.",
      " The speaker for Barbados, on behalf of the Caribbean Community, said the storm season "
      "had begun.", " “Our islands cannot wait,” he said."], (True, "speaker for Barbados", "")),
    (["The representative of Lithuania said the border was calm.",
      " The speaker for Brazil said the talks had stalled.", " “Nobody is listening,” she said."],
     (True, "speaker for Brazil", "Other")),
    (["The representative of Lithuania said the border was calm.",
      " The speaker for the Kremlin, Dmitry Peskov, said the talks had stalled.",
      " “Nobody is listening,” he said."], (True, "Peskov", "Russia")),
    # ... not a speaker for something lower-case
    (["The representative of Lithuania said the border was calm.",
      " The speaker for peace talks was absent.", " “Nobody is listening,” he said."],
     (True, "representative of Lithuania", "West")),
    # ... but a role without the state it speaks for still refers back to the one named
    (["Ambassador Linda Thomas-Greenfield said the vote was clear.",
      " “Russia stands alone,” the ambassador said."], (True, "Linda Thomas-Greenfield", "")),
])
def test_a_representative_of_a_state_after_a_named_speaker_is_a_new_speaker(
        registry: Registry, pieces: list[str], expected: tuple[bool, str, str]) -> None:
    sentences, articles = tables(pieces)
    out = attribute_quotes(sentences, articles, registry)
    assert list(zip(out["is_quote"], out["speaker"], out["speaker_camp"]))[-1] == expected


@pytest.mark.parametrize("pieces, expected", [
    # a person's aide after the person's possessive, opening the sentence, is the one "he"
    # finds, of the person's side (it had been the possessor)
    (["Putin's envoy flew to Ankara on Tuesday.", " “We expect progress,” he added."],
     ("Putin's envoy", "Russia")),
    (["Zelensky's top adviser flew to Ankara on Tuesday.", " “We expect progress,” he added."],
     ("Zelensky's top adviser", "Ukraine")),
    (["Putin's envoy flew to Ankara on Tuesday.", " “We expect progress,” the envoy said."],
     ("Putin's envoy", "Russia")),
    # ... the name after it where there is one
    (["Zelensky's envoy, Andriy Sybiha, flew to Ankara on Tuesday.",
      " “We expect progress,” he added."], ("Sybiha", "Ukraine")),
    # ... but not as the object's possessor: the subject speaks
    (["Erdogan received Putin's envoy in Ankara on Tuesday.",
      " “We expect progress,” he added."], ("Erdogan", "Other")),
    # ... after a phrase of time or place set off before the possessive (the aide had been the
    # possessor's again)
    (["On Thursday, Zelensky's chief negotiator flew to Jeddah.",
      " “The talks will be hard,” he added."], ("Zelensky's chief negotiator", "Ukraine")),
    (["Late on Friday, Putin's envoy landed in Riyadh.", " “We expect progress,” he added."],
     ("Putin's envoy", "Russia")),
    (["In Riyadh, Putin's envoy met the Saudi crown prince.",
      " “We expect progress,” he added."], ("Putin's envoy", "Russia")),
    # ... and the subject after it speaks, not the object's possessor (it had been Putin) ...
    (["On Thursday, Erdogan received Putin's envoy in Ankara.",
      " “We expect progress,” he added."], ("Erdogan", "Other")),
    # ... nor an aide inside the phrase set off (near miss)
    (["After Putin's envoy left, Erdogan spoke to reporters.",
      " “We expect progress,” he added."], ("Erdogan", "Other")),
    # a body named before its member's post is no subject, after a phrase set off or not (a
    # Yemen newcomer's "In Shabwa, Giants Brigades commander Abu Zaraa al-Muharrami visited …"
    # had given "he" to the brigades)
    (["In Aden, Storm Brigades commander Omar Haddad visited the front lines.",
      " “We are holding,” he added."], ("Omar Haddad", "")),
    (["In Kherson, Azov Brigade commander Denys Prokopenko visited the front.",
      " “We are holding,” he added."], ("Denys Prokopenko", "Ukraine")),
])
def test_a_persons_aide_after_the_possessive_is_no_possessor(
        registry: Registry, pieces: list[str], expected: tuple[str, str]) -> None:
    assert quotes(pieces, registry)[-1] == (True, *expected)


@pytest.mark.parametrize("sentence, expected", [
    # a newcomer's ACP copy: a capitalised office's portfolio before the name had been a person
    # ("Communication"; "Finance", a title word, was not), with or without commas
    ('"We will not negotiate," said the Minister of Communication, Patrick Muyaya.',
     ("Patrick Muyaya", "")),
    ('"We will not negotiate," said the Minister of Communication and Media, Patrick Muyaya, '
     'on Monday evening.', ("Patrick Muyaya", "")),
    ('"We will not negotiate," said the Minister of Communication Patrick Muyaya.',
     ("Patrick Muyaya", "")),
    ('"We will not negotiate," said Minister of Human Rights Patrick Muyaya.',
     ("Patrick Muyaya", "")),
    ('"We will not negotiate," said the Minister of Communication.',
     ("Minister of Communication", "")),
    # ... and a name the name data lacks after the portfolio stays the speaker (a breaker's)
    ('"We will not retreat," said the Minister of Defence Guy Kabombo Muadiamvita.',
     ("Guy Kabombo Muadiamvita", "")),
    ('"We will not retreat," said the Minister of the Interior Jacquemain Shabani.',
     ("Jacquemain Shabani", "")),
    # ... but a state's name (the capitals list's) ends the portfolio before a name the data
    # lacks (a breaker's "Georgia Maka Botchorishvili", "Georgia" a woman's name in the data),
    # and a two-word name after the portfolio stays whole (near miss)
    ('"Our path is Europe," said the Minister of Foreign Affairs of Georgia Maka '
     'Botchorishvili.', ("Maka Botchorishvili", "")),
    ('"We will not retreat," said the Minister of Defence Georgia Meloni.',
     ("Georgia Meloni", "")),
    # ... nor a portfolio joined by "and", whose last word the name data reads as a first name
    # ("Minister of Communication and Media Patrick Muyaya" had been "Media Patrick Muyaya")
    ('"The stadiums stay open," said the Minister of Youth and Sports Didier Budimbu.',
     ("Didier Budimbu", "")),
    ('"The stadiums stay open," said the Minister of Culture and Arts Catherine Kathungu Furaha.',
     ("Catherine Kathungu Furaha", "")),
    ('"The stadiums stay open," said the Minister of Youth and Sports.',
     ("Minister of Youth and Sports", "")),
    # ... nor before a given name the data gives either sex, borne by very many ("Jean": a
    # fixer's "Minister of Youth and Sports Jean Asselborn" had been "Sports Jean Asselborn",
    # "the Minister for Europe and Foreign Affairs Jean Dupont" the body "Foreign Affairs Jean
    # Dupont")
    ('"Sport must not be used as propaganda," said the Minister of Youth and Sports Jean '
     'Asselborn.', ("Jean Asselborn", "")),
    ('"France will not waver," said the Minister for Europe and Foreign Affairs Jean Dupont.',
     ("Jean Dupont", "West")),
    ('"France will not waver," said the Minister of Foreign Affairs Jean Dupont.',
     ("Jean Dupont", "")),
    # ... while a word the data holds for either sex of a few stays the portfolio's (near miss)
    ('"The wards are full," said the Minister of Public Health.', ("Minister of Public Health",
                                                                    "")),
    # ... nor one after "for" (a breaker's "Deputy Prime Minister for European and
    # Euro-Atlantic Integration Olha Stefanishyna said:" had the speaker "European")
    ('"The stadiums stay open," said the Minister for Youth and Sports Didier Budimbu.',
     ("Didier Budimbu", "")),
    ('"The stadiums stay open," said the Minister for Youth and Sports.',
     ("Minister for Youth and Sports", "")),
    # ... whose adjective of Europe is the portfolio's topic, no side (a breaker's "Deputy Prime
    # Minister for European and Euro-Atlantic Integration Olha Stefanishyna" was of camp West)
    ('"The talks open in June," said Deputy Prime Minister for European and Euro-Atlantic '
     'Integration Marta Kovalchuk.', ("Marta Kovalchuk", "")),
    # ... as one before the noun is a side (near miss)
    ('"The talks open in June," said a senior European official.',
     ("senior European official", "West")),
    # ... and a portfolio of two topics joined by "and" before "Affairs" is no body (it had
    # been the speaker "Foreign and European Affairs"), where a body's office holds it still is
    ('"The talks open in June," said the Minister of Foreign and European Affairs.',
     ("Minister of Foreign and European Affairs", "")),
    ('"The talks open in June," said the Office of Veterans and Family Affairs.',
     ("Office of Veterans and Family Affairs", "")),
    # ... nor a registry place as its first topic (it had been the speaker "Europe")
    ('"The talks open in June," said the Minister for Europe and Overseas Affairs.',
     ("Minister for Europe and Overseas Affairs", "West")),
    # ... also with a holder's name after "Affairs" that the name data lacks (the topic had
    # been looked for in the name's last word, and the speaker was "Europe")
    ('"The talks open in June," said the Minister for Europe and Foreign Affairs Jacquemain '
     'Shabani.', ("Minister for Europe and Foreign Affairs Jacquemain Shabani", "West")),
    # ... while a place alone after the office is the one it speaks for (near miss)
    ('"The talks open in June," said the Minister for Europe.', ("Europe", "West")),
    # unchanged: a registry person, a place, the name first
    ('"We will not give up," said the Minister of Foreign Affairs, Dmytro Kuleba.',
     ("Kuleba", "Ukraine")),
    ('"We hold," said the Governor of North Kivu, Peter Cirimwami.', ("Peter Cirimwami", "")),
    ('"We act," said Sergei Lavrov, the Minister of Foreign Affairs.', ("Lavrov", "Russia")),
])
def test_an_offices_portfolio_is_no_name(registry: Registry, sentence: str,
                                         expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(True, *expected)]


def test_a_portfolio_joined_by_and_in_narration_is_no_part_of_the_name(
        registry: Registry) -> None:
    # the name the article knows is the minister's, so "he" finds him, not "Minister" (the
    # name had been "Media Patrick Muyaya", read as no name after the title)
    assert quotes(["Later the Minister of Communication and Media Patrick Muyaya met the press.",
                   '"The stadiums stay open," he said.'], registry)[1] == (
        True, "Patrick Muyaya", "")


@pytest.mark.parametrize("intro, expected", [
    # an office opening the sentence before its portfolio and its holder's name, no commas:
    # "he" finds the name (it had been "Minister", the sentence's subject)
    ("The Minister of Health Claude Mutombo visited the wards in Bunia.",
     ("Claude Mutombo", "")),
    ("The Minister of Youth and Sports Didier Budimbu visited the wards in Bunia.",
     ("Didier Budimbu", "")),
    ("The Minister of Foreign Affairs Dmytro Kuleba visited the wards in Bunia.",
     ("Kuleba", "Ukraine")),
    # ... not a relation's noun before a titled name, nor the office alone
    ("The brother of President Volodymyr Zelensky visited the wards in Bunia.",
     ("brother", "")),
    ("The Minister of Health visited the wards in Bunia with Samuel Roger Kamba.",
     ("Minister", "")),
])
def test_an_office_before_its_portfolio_and_holder_opening_a_sentence_is_the_holder(
        registry: Registry, intro: str, expected: tuple[str, str]) -> None:
    assert quotes([intro, '"The wards are full," he said.'], registry)[1] == (True, *expected)


@pytest.mark.parametrize("intro, later, expected", [
    # an office, its complement and its holder's name in apposition: the office named again is
    # the name (an AU release's "The Chairperson of the African Union Commission, H.E. Moussa
    # Faki Mahamat, welcomes …" had "the Chairperson said" the bare title's)
    ("The Chairperson of the Regional Commission, Amadou Diarra, welcomed the truce.",
     "the Chairperson said", ("Amadou Diarra", "")),
    ("The Chairperson of the Regional Commission, H.E. Amadou Diarra, welcomed the truce.",
     "the Chairperson said", ("Amadou Diarra", "")),
    ("The Foreign Minister of Moldova, Mihai Popsoi, welcomed the truce.",
     "the minister said", ("Mihai Popsoi", "Other")),
    ("The Chairperson of the Regional Commission, Amadou Diarra, welcomed the truce.",
     "he said", ("Amadou Diarra", "")),
    # a clause after the office is no complement: the name is another's (near miss)
    ("The Minister of Health met the head of the clinic, Amadou Diarra, in Bunia.",
     "the minister said", ("Minister", "")),
    # a relation's noun before the office: the name is the relation's, not the holder's
    ("The husband of the Governor of the Province, Daria Melnyk, toured the camp.",
     "the governor said", ("Governor", "")),
    # ... while a relation noun elsewhere in the sentence leaves the holder (near miss)
    ("The Governor of the Province, Daria Melnyk, toured the camp with her husband.",
     "the governor said", ("Daria Melnyk", "")),
])
def test_an_office_with_its_complement_before_its_holders_name_is_the_holder(
        registry: Registry, intro: str, later: str, expected: tuple[str, str]) -> None:
    assert quotes([intro, f'"The guns must stay silent," {later}.'], registry)[1] == (
        True, *expected)


@pytest.mark.parametrize("sentence, expected", [
    # a body's name and its holder's with no comma between: the holder's whole name, not the
    # body and name as one organisation nor the name from its second word ("Chairperson of the
    # AU Commission Moussa Faki Mahamat" had been "AU Commission Moussa Faki Mahamat" before
    # the verb and "Faki Mahamat" after it: "Faki" is a first name of a few)
    ('The Chairperson of the Regional Commission Amadou Musa Diarra said: "The guns must stay '
     'silent."', "Amadou Musa Diarra"),
    ('"The guns must stay silent," said the Chairperson of the Regional Commission Amadou '
     'Musa Diarra.', "Amadou Musa Diarra"),
    # ... with the honorific between the body and the name (it had been "Musa Diarra")
    ('"The guns must stay silent," said the Chairperson of the Regional Commission H.E. Amadou '
     'Musa Diarra.', "Amadou Musa Diarra"),
    ('"The guns must stay silent," said the Chairperson of the Regional Commission Her '
     'Excellency Amina Bello Diallo.', "Amina Bello Diallo"),
    # ... after a hyphenated office, as after "Secretary-General" (it had been the bare title)
    ('"The clinics stay open," said the Director-General of the Regional Health Agency Amadou '
     'Musa Diarra.', "Amadou Musa Diarra"),
    # ... and the body alone stays the body (near miss)
    ('The Regional Commission said: "The guns must stay silent."', "Regional Commission"),
    ('"The clinics stay open," said the Director-General of the Regional Health Agency.',
     "Director-General of the Regional Health Agency"),
])
def test_a_bodys_name_before_its_holders_is_no_part_of_it(registry: Registry, sentence: str,
                                                          expected: str) -> None:
    assert quotes([sentence], registry)[0][1] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Lebanon newcomer's case: a bloc's name after a role noun and "of" opening the sentence
    # had given its first word as the speaker ("Loyalty"), not the titled name after it
    ("Member of the Loyalty to the Homeland bloc MP Hassan Fadlallah said the proposals "
     "“carry conditions.”", "Hassan Fadlallah"),
    # near misses: a title's own "of" keeps its name, and the role's complement a person's
    ("Member of Parliament Oleksiy Goncharenko said the city “will hold.”",
     "Oleksiy Goncharenko"),
    ("Head of the Kharkiv regional administration Oleh Syniehubov said the city “will hold.”",
     "Oleh Syniehubov"),
    ("Supporters of Navalny said the city “will hold.”", "Supporters of Navalny"),
])
def test_a_body_after_a_role_opening_the_sentence_is_no_speaker(
        registry: Registry, sentence: str, expected: str) -> None:
    assert quotes([sentence], registry)[0][1] == expected


@pytest.mark.parametrize("intro, quote, expected", [
    # named in narration first: the later surname finds the full name and the office's side
    ("Russia's deputy envoy to the UN Dmitry Polyanskiy said the strike was justified.",
     '\n"Our colleagues prefer propaganda," Polyanskiy said.', ("Dmitry Polyanskiy", "Russia")),
    ("Qatar's Minister of State for International Cooperation Lolwah al-Khater met the "
     "families.", '\n"We will go on quietly," al-Khater said.', ("Lolwah al-Khater", "Other")),
    ("The mayor of Kharkiv Ihor Terekhov urged residents to stock water.",
     '\n"We are doing everything," Terekhov said.', ("Ihor Terekhov", "Ukraine")),
])
def test_a_name_after_an_offices_complement_in_narration_is_known_later(
        registry: Registry, intro: str, quote: str, expected: tuple[str, str]) -> None:
    assert quotes([intro, quote], registry)[1] == (True, *expected)


@pytest.mark.parametrize(("pieces", "expected"), [
    # an Iraqi Kurdistan newcomer's: a surname that is mostly no name ("Ok", "Well") after the
    # full name in narration, or right after a given name, is the person's
    (["Senior official Sabri Ok read the statement in the mountains.",
      "\n“We are implementing the withdrawal,” Ok said."], (True, "Sabri Ok", "")),
    (["Senior official Sabri Ok read the statement in the mountains.",
      "\n“We are implementing the withdrawal,” said Sabri Ok."], (True, "Sabri Ok", "")),
    # ... not the interjection, nor a month after a person of that surname
    (["“Ok, we are implementing the withdrawal,” Ok said."], (True, "", "")),
    (["Theresa May spoke in London.", "\nIn May, Peskov said: “We are ready.”"],
     (True, "Peskov", "Russia")),
])
def test_a_surname_that_is_mostly_no_name_after_the_full_name(
        registry: Registry, pieces: list[str], expected: tuple[bool, str, str]) -> None:
    assert quotes(pieces, registry)[-1] == expected


def test_a_posts_office_is_not_the_post_holder_referred_back_to(registry: Registry) -> None:
    # an Iraqi Kurdistan newcomer's INA article: "the Prime Minister" after "the Prime
    # Minister's Media Office" had the office's words, not the premier's
    assert quotes(["A statement by the Prime Minister's Media Office stated that the meeting "
                   "discussed water.", "\nThe Prime Minister affirmed “We reject any operation "
                   "that violates our sovereignty.”"], registry)[-1] == (
        True, "Prime Minister", "")
    assert quotes(["Ukrainian Prime Minister Denys Shmyhal met the envoys.", "A statement by "
                   "the Prime Minister's Media Office said the meeting discussed energy.",
                   "\nThe Prime Minister affirmed “We will rebuild the grid.”"], registry)[-1] \
        == (True, "Shmyhal", "Ukraine")
    # ... while "the office" still refers back to the office
    assert quotes(["A statement by the Prime Minister's Media Office stated that the meeting "
                   "discussed water.", "\n“We reject any operation,” the office said."],
                  registry)[-1] == (True, "Prime Minister's Media Office", "")


def test_a_body_or_an_auxiliary_is_no_part_of_the_speaker(registry: Registry) -> None:
    # "the Israeli military" referred back to the last person named ("military" is a title
    # word); "have" stayed in the subject before "warned"
    assert quotes(["Ahmed Abu Taha, 40, lost his home.",
                   "“We act now,” the Israeli military said."], registry)[1] == (
        True, "Israeli military", "Other")
    assert quotes(["Russian officials have warned: “We act now.”"], registry) == [
        (True, "Russian officials", "Russia")]
    assert quotes(["Zelensky has said: “We will not give up our land.”"], registry) == [
        (True, "Zelenskyy", "Ukraine")]
    # a person's title still refers back
    assert quotes(["Putin met the general.", "“We act now,” the general said."],
                  registry)[1] == (True, "Putin", "Russia")


def test_multi_paragraph_quote(registry: Registry) -> None:
    assert quotes([
        "“The order may be a trap.",
        "\n“We will move carefully and take our time,” Zaluzhnyi told reporters.",
    ], registry) == [(True, "Zaluzhnyi", "Ukraine"), (True, "Zaluzhnyi", "Ukraine")]


def test_scare_quotes_are_not_quotes(registry: Registry) -> None:
    assert quotes([
        "Podolyak warned that Russian mines could turn Kherson into a “city of death,” and "
        "Russia claimed it was leaving.",
        "Peskov was asked by reporters if it was \"humiliating\" for Russia to withdraw, to "
        "which he answered bluntly, \"No\".",
        "Russia held a so-called “referendum” in the region.",
    ], registry) == [
        # not quotes; quoted words after a reporting clause are its subject's
        (False, "Podolyak", "Ukraine"), (False, "Peskov", "Russia"),
        NOT,  # a scare quote in the narrator's own sentence: nobody's words
    ]


def test_speakers_outside_the_registry(registry: Registry) -> None:
    assert quotes([
        "“The mines are everywhere in the city,” a Ukrainian official said.",
        "“We are watching the situation closely,” Jane Holloway said on Thursday.",
        "“Nobody knows what happens next,” officials said.",
        "“Nobody knows what happens next.”",
        "\n“We will see.”",
    ], registry) == [
        (True, "Ukrainian official", "Ukraine"),
        (True, "Jane Holloway", ""),
        # unnamed speakers are speakers too; the quotation after their clause continues it
        (True, "officials", ""),
        (True, "officials", ""),
        (True, "officials", ""),  # next paragraph, nobody else named: the same voice
    ]


def test_only_sentence_rows_can_be_quotes(registry: Registry) -> None:
    assert quotes([
        ("heading", "“We will win,” says Zelensky"),
        ("boilerplate", "Trump-Proposed “Board of Peace”"),
        "“We will win,” Zelensky said.",
    ], registry) == [NOT, NOT, (True, "Zelenskyy", "Ukraine")]


def test_attribute_quotes_keeps_rows_and_columns(registry: Registry) -> None:
    sentences, articles = tables(["No quotes here.", "Still none."])
    out = attribute_quotes(sentences.assign(extra=1), articles, registry)
    assert list(out.columns) == [*sentences.columns, "extra", "is_quote", "speaker", "speaker_camp",
                                 "speaker_status", "partial_quote"]
    assert out["is_quote"].dtype == bool and not out["is_quote"].any()
    assert list(out["speaker"]) == ["", ""]


def test_attribute_quotes_needs_article_text(registry: Registry) -> None:
    sentences, _ = tables(["“Hello,” he said."])
    empty = pd.DataFrame({"doc_id": ["other"], "text": [""]})
    with pytest.raises(ValueError, match="no article text for doc_id"):
        attribute_quotes(sentences, empty, registry)


def _segmented_quotes(text: str, registry: Registry) -> list[tuple[str, bool, str, str]]:
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    return list(zip(out["kind"], out["is_quote"], out["speaker"], out["speaker_camp"]))


def test_an_interviews_q_and_a_turns_are_the_interviewer_and_the_interviewee(
        registry: Registry) -> None:
    # "Q:" and "A:" opened no turn, and the short questions were subheadings
    text = ("External Affairs Minister S. Jaishankar spoke to The Hindu's Suhasini Haidar.\n\n"
            "Q: Will talks resume?\n\nA: We are ready. We wait.\n\nQ: When?\n\n"
            "A: I would not get ahead of announcements.\n\n"
            "This interview has been edited for length and clarity.\n")
    interviewer, interviewee = ("sentence", True, "interviewer", ""), \
        ("sentence", True, "Jaishankar", "Other")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), interviewer, interviewee, interviewee, interviewer,
        interviewee, ("sentence", False, "", "")]
    # the interviewee is the first person named who is no journalist; without one, a voice
    text = ("The Kyiv Independent's Olena Goncharova spoke with Ukraine's foreign minister "
            "Andrii Sybiha.\n\nQ: Will talks resume?\n\nA: We are ready.\n")
    assert [row[2] for row in _segmented_quotes(text, registry)] == ["", "interviewer", "Sybiha"]
    text = "An official spoke to us.\n\nQ: Will talks resume?\n\nA: We are ready.\n"
    assert [row[2] for row in _segmented_quotes(text, registry)][1:] == [
        "interviewer", "interviewee"]
    # "A:" alone is no interview
    text = "Plan A: hold the line.\n\nPlan B: retreat.\n\nA: no.\n"
    assert not any(row[1] for row in _segmented_quotes(text, registry))
    # a French-style "R:" (réponse) answers beside "Q:" as "A:" does (a newcomer's Radio Okapi
    # interview); a stray "R:" answers nothing
    text = ("Rheinfunk spoke to Foreign Minister Dmytro Kuleba.\n\nQ: Is Kyiv ready to "
            "negotiate?\n\nR: We talk to Russia only when Russia leaves.\n\nQ: And the front?"
            "\n\nR: Our soldiers are holding the line. We will not give up.\n")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""),
        ("sentence", True, "Kuleba", "Ukraine"), ("sentence", True, "interviewer", ""),
        ("sentence", True, "Kuleba", "Ukraine"), ("sentence", True, "Kuleba", "Ukraine")]
    text = ("Kyiv was shelled overnight, officials said.\n\nR: The letter stands for the "
            "region.\n\nThe mayor said 12 people were hurt.\n")
    assert not any(row[1] for row in _segmented_quotes(text, registry))
    # ... nor beside "A:" answers (a breaker's Q/A explainer closing on its source)
    text = ("An official spoke to us.\n\nQ: Will talks resume?\n\nA: We are ready.\n\n"
            "R: Source: EU Council.\n")
    assert [row[2] for row in _segmented_quotes(text, registry)][-1] != "interviewee"


@pytest.mark.parametrize("colon", [" : ", ": "])
def test_a_french_interviews_spelled_out_question_and_answer_are_turns(
        registry: Registry, colon: str) -> None:
    # "Question :" / "Réponse :" as "Q:" / "R:": the answers had been no one's, and a single
    # exchange no transcript at all
    text = (f"Radio Okapi a interrogé le ministre Dmytro Kuleba.\n\nQuestion{colon}Faut-il "
            f"négocier avec Moscou ?\n\nRéponse{colon}Pas tant que ses troupes restent.\n")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""),
        ("sentence", True, "Kuleba", "Ukraine")]
    # a "Réponse" label with no question asking is no answer
    text = (f"Kyiv was shelled overnight.\n\nRéponse{colon}the word means answer in "
            f"French.\n\nThe mayor said 12 people were hurt.\n")
    assert not any(row[1] for row in _segmented_quotes(text, registry))


@pytest.mark.parametrize(("question", "answer"), [("Pregunta", "Respuesta"),
                                                  ("PREGUNTA", "RESPUESTA")])
def test_a_spanish_interviews_spelled_out_question_and_answer_are_turns(
        registry: Registry, question: str, answer: str) -> None:
    # a breaker's "Pregunta:" / "Respuesta:" (the Spanish "Question :" / "Réponse :") had no
    # turn, the minister's answers the outlet's narration
    text = (f"La Voz entrevistó al ministro Dmytro Kuleba en Kyiv.\n\n{question}: ¿Habrá "
            f"elecciones este año?\n\n{answer}: No mientras dure la guerra.\n")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""),
        ("sentence", True, "Kuleba", "Ukraine")]
    # an answer's label with no question asking is no answer (near miss)
    text = (f"La guerra sigue.\n\n{answer}: No mientras dure la guerra.\n\nEl alcalde dijo "
            "que hubo doce heridos.\n")
    assert not any(row[1] for row in _segmented_quotes(text, registry))


@pytest.mark.parametrize(("question", "answer"), [("PREGUNTA", "RESPUESTA"),
                                                  ("Pregunta", "Respuesta"),
                                                  ("PERGUNTA", "RESPOSTA")])
def test_a_spanish_interviews_labels_with_a_full_stop_are_turns(
        registry: Registry, question: str, answer: str) -> None:
    # a Somalia fixer's case: El País's "PREGUNTA. ¿…?" / "RESPUESTA. …" had been the rows
    # "PREGUNTA." and "¿…?", no turn, the minister's answers the outlet's narration
    text = (f"La Voz entrevistó al ministro Dmytro Kuleba en Kyiv.\n\n{question}. ¿Cuándo "
            f"terminará la guerra?\n\n{answer}. Cuando Rusia se retire. No antes.\n")
    kuleba = ("sentence", True, "Kuleba", "Ukraine")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""), kuleba, kuleba]
    # an answer's label with no question asking is no answer, nor one inside a paragraph
    # (near misses)
    text = (f"La guerra sigue.\n\n{answer}. No hubo ninguna, dijo el alcalde.\n\nEl alcalde "
            "dijo que hubo doce heridos.\n")
    assert not any(row[1] for row in _segmented_quotes(text, registry))
    text = "ANCHOR: Welcome back.\n\nKULEBA: Thank you. RESPUESTA. That is the word.\n"
    assert [row[2] for row in _segmented_quotes(text, registry)][-2:] == ["", ""]


@pytest.mark.parametrize(("lead", "guest"), [
    ("El ministro de Exteriores, José Manuel Albares, habla con este diario.",
     "José Manuel Albares"),
    ("Entrevista com o ministro da Defesa, Cristóvão Chume.", "Cristóvão Chume"),
    ("La ministra de Asuntos Exteriores Arancha González habla con este diario.",
     "Arancha González")])
def test_an_interviews_guest_is_the_name_after_a_romance_offices_portfolio(
        registry: Registry, lead: str, guest: str) -> None:
    # a breaker's case: every answer had gone to "de Exteriores" / "da Defesa", the office's
    # "de"/"da" complement read as a name's particle
    text = f"{lead}\n\nP: ¿Cuándo terminará la guerra?\n\nR: Cuando Rusia se retire.\n"
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""),
        ("sentence", True, guest, "")]


def test_a_particle_after_a_title_that_is_no_office_stays_a_name(registry: Registry) -> None:
    # near miss: "el general de Gaulle" is a name with its particle, no portfolio
    text = ("Entrevista con el general de Gaulle.\n\nP: ¿Cuándo terminará la guerra?\n\n"
            "R: Pronto.\n")
    assert [row[2] for row in _segmented_quotes(text, registry)] == [
        "", "interviewer", "de Gaulle"]


@pytest.mark.parametrize(("question", "answer"), [
    ("**Pregunta:**", "**Respuesta:**"), ("**Pregunta**:", "**Respuesta**:"),
    ("__PREGUNTA:__", "__RESPUESTA:__"), ("**P:**", "**R:**"), ("**Question:**", "**Réponse :**"),
    # a breaker's cases: the English "**Answer:**" and the Portuguese "**Pergunta:**" /
    # "**Resposta:**" had been no turns, the question a subheading
    ("**Question:**", "**Answer:**"), ("**Pergunta:**", "**Resposta:**")])
def test_an_interviews_labels_in_bold_marks_are_turns(
        registry: Registry, question: str, answer: str) -> None:
    # a Somalia fixer's case: a saved page's "**Pregunta:** ¿…?" / "**Respuesta:** …" had been a
    # subheading and prose, no turn
    text = (f"La Voz entrevistó al ministro Dmytro Kuleba en Kyiv.\n\n{question} ¿Cuándo "
            f"terminará la guerra?\n\n{answer} Cuando Rusia se retire. No antes.\n")
    kuleba = ("sentence", True, "Kuleba", "Ukraine")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), ("sentence", True, "interviewer", ""), kuleba, kuleba]
    # an answer's label in bold with no question asking is no answer, nor a lone "**P:**"
    # (near misses)
    for line in (f"{answer} no hubo ninguna, dijo el alcalde.",
                 "**P:** la letra designa la provincia."):
        text = f"La guerra sigue.\n\n{line}\n\nEl alcalde dijo que hubo doce heridos.\n"
        assert not any(row[1] for row in _segmented_quotes(text, registry))


def test_a_spanish_interviews_single_letter_question_and_answer_are_turns(
        registry: Registry) -> None:
    # a Somalia fixer's case: "P:" (pregunta) / "R:" (respuesta) throughout an interview had
    # been subheadings and prose, no turn
    text = ("La Voz entrevistó al ministro Dmytro Kuleba en Kyiv.\n\nP: ¿Cuándo terminará la "
            "guerra?\n\nR: Cuando Rusia se retire. No antes.\n\nP: ¿Y las elecciones?\n\n"
            "R: No mientras dure la guerra.\n")
    interviewer, kuleba = ("sentence", True, "interviewer", ""), \
        ("sentence", True, "Kuleba", "Ukraine")
    assert _segmented_quotes(text, registry) == [
        ("sentence", False, "", ""), interviewer, kuleba, kuleba, interviewer, kuleba]
    # a lone "P:" in a text that is no interview is no label (near miss), nor beside "Q:" turns
    text = ("La guerra sigue en el este.\n\nP: la letra designa la provincia.\n\nEl alcalde "
            "dijo que hubo doce heridos.\n")
    assert not any(row[1] for row in _segmented_quotes(text, registry))
    text = ("Rheinfunk spoke to Foreign Minister Dmytro Kuleba.\n\nQ: Is Kyiv ready?\n\nR: We "
            "talk to Russia only when Russia leaves.\n\nP: The letter stands for the province."
            "\n")
    assert [row[2] for row in _segmented_quotes(text, registry)][1:3] == ["interviewer", "Kuleba"]
    assert _segmented_quotes(text, registry)[-1][2] != "interviewer"


@pytest.mark.parametrize(("intro", "answerer"), [
    # a breaker's: the outlet that met the minister, named first, had every "Réponse :" turn
    # ("Le Monde" for Barrot) where the source was another outlet
    ("Le Courrier a rencontré la ministre des Affaires étrangères Claire Dubreuil.",
     "Claire Dubreuil"),
    ("Le Quotidien s’est entretenu avec le ministre Marc Lefèvre.", "Marc Lefèvre"),
    # ... a registry person who met someone stays the one answering
    ("Dmytro Kuleba a rencontré le journaliste Marc Lefèvre à Kyiv.", "Kuleba"),
])
def test_the_outlet_that_met_the_interviewee_is_not_the_one_answering(
        registry: Registry, intro: str, answerer: str) -> None:
    text = (f"{intro}\n\nQuestion : Faut-il négocier ?\n\nRéponse : Rien n'est exclu.\n\n"
            "Question : Et les sanctions ?\n\nRéponse : Elles seront renforcées.\n")
    assert [s for _, q, s, _ in _segmented_quotes(text, registry) if q] == [
        "interviewer", answerer, "interviewer", answerer]


# --------------------------------------------------------------------------- seeds


def test_seed_quotes(registry: Registry) -> None:
    from analysis.corpus import load_corpus
    from analysis.segment import segment_corpus

    articles = load_corpus(SEEDS)
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    quoted = out[out["is_quote"]]
    got = [(doc[:3], text[:25], speaker, camp) for doc, text, speaker, camp in zip(
        quoted["doc_id"], quoted["text"], quoted["speaker"], quoted["speaker_camp"])]
    assert got == [
        # the quote runs over four sentences; the first, "After ... asserted, “Our people.",
        # is mostly authorial, so only the three that follow are quote sentences
        ("000", "Our Kherson.", "Zelenskyy", "Ukraine"),
        ("000", "Today is a historic day.", "Zelenskyy", "Ukraine"),
        ("000", "We are taking back Kherso", "Zelenskyy", "Ukraine"),
        ("000", '"Ukraine is gaining anoth', "Kuleba", "Ukraine"),
        # two quotes of 2 and 5 sentences, the speaker named after the second sentence
        ("002", "“Now we dominate, they ar", "Kosiak", "Ukraine"),
        ("002", "The Russians used all res", "Kosiak", "Ukraine"),
        ("002", "“The situation with drone", "Kosiak", "Ukraine"),
        ("002", "They are flying always, e", "Kosiak", "Ukraine"),
        ("002", "It was scary only at the ", "Kosiak", "Ukraine"),
        ("002", "Even when they fire back ", "Kosiak", "Ukraine"),
        ("002", "We are used to war.”", "Kosiak", "Ukraine"),
        ("002", "“Politically it’s very em", "Felgenhauer", "Other"),
        ("002", "Militarily it makes sense", "Felgenhauer", "Other"),
    ]
    narration = out.loc[~out["is_quote"] & ~out["partial_quote"]]
    assert (narration[["speaker", "speaker_camp"]] == "").all().all()
    # partial quotes carry the speaker of their reporting clause (stop 54)
    partial = out.loc[out["partial_quote"] & (out["speaker"] != "")]
    assert [(doc[:3], text[:25], speaker, camp) for doc, text, speaker, camp in zip(
        partial["doc_id"], partial["text"], partial["speaker"], partial["speaker_camp"])] == [
        ("000", "After the Russian withdra", "Zelenskyy", "Ukraine"),
        ("000", "Highlighting that people ", "Zelenskyy", "Ukraine"),
        ("000", "Meanwhile, the Russian de", "Russian Defence Ministry", "Russia"),
        ("000", "Russian President Vladimi", "Peskov", "Russia"),
        # the official who warned, not "Russia claimed" after the quoted words
        ("001", "While a Ukrainian officia", "Ukrainian official", "Ukraine"),
        ("001", "Mykhailo Podolyak, a pres", "Podolyak", "Ukraine"),
        ("002", "According to military ana", "Felgenhauer", "Other"),
        ("002", "Felgenhauer explained tha", "Felgenhauer", "Other"),
        # a participial reporting clause: "he invaded Ukraine, telling the Russian people that
        # he wanted to “demilitarize and de-Nazify” the country" (stop 56)
        ("003", "On February 24, he invade", "Putin", "Russia"),
    ]


def test_find_quote_spans_one_paragraph_per_line() -> None:
    text = 'A 12" gun fired.\nThe army moved.\nHe said "we stay" and left.'
    assert [text[s:e] for s, e in find_quote_spans(text)] == ['"we stay"']
    wrapped = "“We will hold\nthe line,” he said."
    assert [wrapped[s:e] for s, e in find_quote_spans(wrapped)] == ["“We will hold\nthe line,”"]


def test_attribute_quotes_with_a_non_unique_index(registry: Registry) -> None:
    sentences, articles = tables(["Putin spoke.", "“We will regroup,” he said."])
    out = attribute_quotes(sentences.set_axis([7, 7]), articles, registry)
    assert list(out.index) == [7, 7]
    assert list(zip(out["is_quote"], out["speaker"])) == [(False, ""), (True, "Putin")]


# --------------------------------------------------------------------------- news conventions
# Issue 14: real segmentation + attribution on inputs written for each failure kind.


def attributed(text: str, registry: Registry) -> list[tuple[str, bool, str, str, str, bool]]:
    """(text, is_quote, speaker, camp, status, partial_quote) of every row of one article."""
    from analysis.segment import segment_article

    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = attribute_quotes(segment_article("d", text, "S"), articles, registry)
    return list(zip(out["text"], out["is_quote"], out["speaker"], out["speaker_camp"],
                    out["speaker_status"], out["partial_quote"]))


def speakers_of(text: str, registry: Registry) -> list[tuple[bool, str, str, str]]:
    return [(q, s, c, st) for _, q, s, c, st, _ in attributed(text, registry)]


OUT = "outside_registry"
REG = "registry"
N = (False, "", "", "")


def test_unnamed_speaker_and_continuation_quote(registry: Registry) -> None:
    assert speakers_of("“We are staying,” said one resident. “This is our home.”", registry) == [
        (True, "resident", "", OUT), (True, "resident", "", OUT),
    ]


def test_dash_attribution(registry: Registry) -> None:
    assert speakers_of(
        "The deminers arrived in October.\n\n"
        "“The mission’s expertise will serve the whole region.” — Deputy Minister Olena Marchuk\n\n"
        "\"Time is not on Ukraine's side.\" -- Kaja Kallas, EU foreign policy chief\n", registry
    ) == [N, (True, "Olena Marchuk", "", OUT), (True, "Kallas", "West", REG)]  # in the registry


def test_colon_lead_ins(registry: Registry) -> None:
    assert speakers_of(
        "Foreign Minister Andrii Sybiha had a short message for Moscow: \"Ukraine will not "
        "capitulate.\" His Polish counterpart, Radosław Sikorski, met him in Warsaw. Sikorski was "
        "equally firm: \"Poland will support Ukraine until victory.\"\n\n"
        "Zelensky: \"We will respond to every strike.\"\n\n"
        "In a statement, the Russian defence ministry said: \"All targets were hit.\"\n",
        registry,
    ) == [
        (True, "Sybiha", "Ukraine", REG), N, (True, "Sikorski", "West", REG),
        (True, "Zelenskyy", "Ukraine", REG), (True, "Russian Defence Ministry", "Russia", REG),
    ]


@pytest.mark.parametrize(("sentence", "speaker", "camp", "status"), [
    ("“We must hurry,” Kuleba told reporters.", "Kuleba", "Ukraine", REG),
    ("“We must hurry,” added Mr Zelensky.", "Zelenskyy", "Ukraine", REG),
    ("“We must hurry,” warned Sergei Lavrov, Russia's foreign minister.", "Lavrov",
     "Russia", REG),
    ("“We must hurry,” Russian Foreign Minister Sergei Lavrov vowed.", "Lavrov", "Russia",
     REG),
    ("“We must hurry,” a senior NATO official insisted.", "senior NATO official", "West", OUT),
    ("“We must hurry,” the Kremlin claimed.", "Russia", "Russia", REG),
    ("“We must hurry,” Olena Marchuk wrote on Telegram.", "Olena Marchuk", "", OUT),
    ("“We must hurry,” said the head of the regional administration, Ivan Fedorov.",
     "Ivan Fedorov", "", OUT),
    ("“We must hurry,” according to the Ukrainian Air Force.", "Ukraine", "Ukraine",
     REG),  # the registry folds armed forces into their country
    ("“We must hurry,” said John Kirby, a White House spokesman.", "Kirby", "West", REG),
    ("“We must hurry,” said a soldier who uses the call sign Shram.", "Shram", "", OUT),
    ("“We must hurry,” they said.", "", "", "not_found"),
])
def test_reporting_verbs_and_subject_phrases(registry: Registry, sentence: str, speaker: str,
                                             camp: str, status: str) -> None:
    assert speakers_of(sentence, registry) == [(True, speaker, camp, status)]


def test_single_quotes_british_style(registry: Registry) -> None:
    assert speakers_of(
        "‘We worked by torchlight for three days,’ said Emma Hartley, 29, from Leeds. ‘There was "
        "no water.’ The soldiers’ morale was high. 'They need every pair of hands,' she told "
        "the Mail.", registry,
    ) == [(True, "Emma Hartley", "", OUT), (True, "Emma Hartley", "", OUT), N,
          (True, "Emma Hartley", "", OUT)]


def test_pronouns_and_role_phrases_from_context(registry: Registry) -> None:
    text = ("Olha Savchenko has not slept for weeks. Her neighbour, Mykola, a retired teacher, "
            "no longer goes to the shelter.\n\n"
            "“If it hits, it hits,” he says. “I am 78.”\n\n"
            "“You count the explosions,” she says.\n\n"
            "A senior Ukrainian official, who spoke on condition of anonymity, said losses were "
            "high. “It was a hard night,” the official said.\n\n"
            "The Ukrainian foreign ministry condemned the strike. “This is a war crime,” the "
            "ministry said.\n")
    assert [row for row in speakers_of(text, registry) if row[0]] == [
        (True, "Mykola", "", OUT), (True, "Mykola", "", OUT),
        (True, "Olha Savchenko", "", OUT),
        (True, "senior Ukrainian official", "Ukraine", OUT),
        (True, "Ukrainian Foreign Ministry", "Ukraine", REG),   # the registry's, in lower case
    ]


def test_continuation_over_paragraphs_and_from_narration(registry: Registry) -> None:
    text = ("“He never talks about the war,” Iryna Melnyk said. “He asks about the cat.\n\n"
            "“Once he asked me about the weather.”\n\n"
            "Kuleba said Ukraine had asked for seven more Patriot batteries.\n\n"
            "“Every day of delay costs lives.”\n")
    assert [row for row in speakers_of(text, registry) if row[0]] == [
        (True, "Iryna Melnyk", "", OUT), (True, "Iryna Melnyk", "", OUT),
        (True, "Iryna Melnyk", "", OUT), (True, "Kuleba", "Ukraine", REG),
    ]


def test_surname_and_title_forms_are_one_speaker(registry: Registry) -> None:
    text = ("Olena Marchuk, a deputy minister, toured the villages. “We bring generators,” "
            "Ms. Marchuk said. “People need heat,” Marchuk added. President Joe Biden spoke "
            "later. “We stand with them,” Biden said.")
    assert [row[1:3] for row in speakers_of(text, registry) if row[0]] == [
        ("Olena Marchuk", ""), ("Olena Marchuk", ""), ("Biden", "West"),  # Biden: registry
    ]


@pytest.mark.parametrize("sentence, expected", [
    # quoted words in narration are the words of the sentence's reporting clause
    ("Hungary's foreign minister, Péter Szijjártó, wrote on X that Budapest would \"not "
     "support any measures that harm Hungarian energy security\".", ("Szijjártó", "West")),
    ("KHARKIV, Ukraine (AP) — The head of the U.N. nuclear watchdog warned that the plant "
     "remained “extremely fragile.”", ("head of the U.N. nuclear watchdog", "Other")),
    ("While a Ukrainian official warned that the mines could turn Kherson into a “city of "
     "death,” Russia claimed it was leaving.", ("Ukrainian official", "Ukraine")),
    # a verb naming or judging with the words (stop 55)
    ("Ukrainian President Volodymyr Zelenskiy, speaking in his nightly video address, called "
     "the attack \"pure terror\".", ("Zelenskyy", "Ukraine")),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova described the meeting as \"a "
     "gathering of arsonists\".", ("Zakharova", "Russia")),
    # a prepositional phrase before the subject, an opening "according to", a named apposition
    # after a role the registry gives to someone else (blind set 9)
    ("In Moscow, Maria Zakharova said the meeting was \"a gathering of arsonists\".",
     ("Zakharova", "Russia")),
    ("In Washington, a State Department spokesperson said the United States was \"aware of "
     "the reports\".", ("State Department spokesperson", "West")),
    ("According to one EU diplomat, the mood inside the room was \"tense but not hostile\".",
     ("EU diplomat", "West")),
    ("Ukraine's defence minister, Taras Hordiienko, thanked Britain for what he called "
     "'leadership when it matters most'.", ("Taras Hordiienko", "Ukraine")),
    ("But Zelensky said the offer was \"a trap\".", ("Zelenskyy", "Ukraine")),
    # an order's words after "to" (a fixer's case had no speaker, as "urged … to" has)
    ("President Ferdinand R. Marcos Jr. has ordered the AFP to “strategically defeat” the "
     "remaining NPA fronts.", ("Ferdinand R. Marcos Jr", "")),
    ("Putin ordered the army to “liberate” Donbas.", ("Putin", "Russia")),
    # ... not words where the order goes ("into", no "to" before them)
    ("Putin ordered troops into “the so-called DPR”.", ("", "")),
    # no reporting clause: nobody's
    ("He called the retreat “a shameful betrayal of the people”.", ("", "")),
    ("He defended the \"special military operation\" again.", ("", "")),
    # ... but a clause naming the words is its subject's (blind set 7's gold)
    ("The organisation has been criticised in Ukraine for what some officials call its "
     "\"passivity\".", ("officials", "")),
    ("Russia held a so-called “referendum” in the region.", ("", "")),
])
def test_a_partial_quote_has_the_speaker_of_its_reporting_clause(
        registry: Registry, sentence: str, expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(False, *expected)]


def test_partial_quotes_are_marked_not_quotes(registry: Registry) -> None:
    rows = attributed(
        "Podolyak called the strike “a war crime” and demanded a tribunal. The Kremlin has said "
        "any deal must reflect \"the realities on the ground\". “We will win,” Podolyak said.",
        registry,
    )
    assert [(q, s, p) for _, q, s, _, _, p in rows] == [
        # "called" names with the words, "has said" reports them: both partial quotes have
        # the subject's speaker
        (False, "Podolyak", True), (False, "Russia", True), (True, "Podolyak", False),
    ]


@pytest.mark.parametrize("text, expected", [
    # a nickname in quotes between a given name and a surname is no one's words: the sentence
    # is reported speech, neither a quote nor a partial one (it had been a quote)
    ("Serhiy “The Bear” Kovalenko said his unit would hold Chasiv Yar.", [(False, "", False)]),
    ("Mohamed “Hemedti” Dagalo told reporters the war would end soon.", [(False, "", False)]),
    # ... in single marks too, and the surname after it still the one a pronoun finds
    ("Mamadou ‘Lion’ Diallo said the gangs would not disarm. “We will fight,” he said.",
     [(False, "", False), (True, "Mamadou Diallo", False)]),
    # not a quoted word after a determiner or a place that the name data knows as a name, nor
    # after a verb's object
    ("The “Azov” Brigade said the line held.", [(True, "Brigade", False)]),
    ("In Georgia “Dream” Rallies drew crowds.", [(False, "", True)]),
    ("Kovalenko called the retreat “Plan B” Monday.", [(False, "Kovalenko", True)]),
])
def test_a_nickname_inside_a_name_is_no_quote(registry: Registry, text: str,
                                              expected: list[tuple[bool, str, bool]]) -> None:
    assert [(q, s, p) for _, q, s, _, _, p in attributed(text, registry)] == expected


@pytest.mark.parametrize("text, expected", [
    # a Colombia newcomer's: a name after "alias" or "known as" is no one's words ('… under
    # alias "Calarca," are still ongoing, although Patiño admitted that they had "not produced
    # …"' had the alias as its first quoted words, and no speaker; 'an ELN commander known as
    # "Ricardo" had been captured' was the minister's partial quote)
    ("Talks with the group under alias “Calarca,” are still ongoing, although Zelensky admitted "
     "that they had “not produced the results the country expected.”",
     [(False, "Zelenskyy", True)]),
    ("Budanov said a commander known as “Ricardo” had been captured.", [(False, "", False)]),
    # ... but words after "known as" stay quoted words
    ("The commander, known as “the butcher of Bucha”, was sentenced.", [(False, "", True)]),
    # a breaker's: a lower-case nickname after a person's name and comma is a name too, and so
    # is one after the French "surnommé" (both had been partial quotes of no one's)
    ("Jimmy Chérizier, known as “barbecue”, said the gangs would fight.", [(False, "", False)]),
    ("Jimmy Chérizier, surnommé « Barbecue », a déclaré que les gangs se battraient.",
     [(False, "", False)]),
    ("Jimmy Chérizier, surnommé « barbecue », a déclaré que les gangs se battraient.",
     [(False, "", False)]),
    # ... while lower-case words after a thing's name, or opening with a determiner, stay
    ("The law, known as “article five”, was passed.", [(False, "", True)]),
    ("Le quartier, surnommé « la zone rouge », est dangereux.", [(False, "", True)]),
    # a ship's name in marks after its noun, as agencies print it (a Red Sea newcomer's Saba
    # story, 'targeted the ship "SEA MERIDIAN" … seized the tanker "HELLAS AURORA"', was a
    # partial quote of the Houthis), in capitals or title case
    ('The navy said the forces targeted the ship "SEA MERIDIAN" and seized the tanker '
     '"HELLAS AURORA".', [(False, "", False)]),
    ("Gunmen boarded the bulk carrier “Sea Meridian” off Mokha.", [(False, "", False)]),
    # ... while a ship's words in lower case after it stay quoted words
    ('The navy said the tanker was "badly damaged".', [(False, "navy", True)]),
])
def test_a_name_after_alias_is_no_quote(registry: Registry, text: str,
                                        expected: list[tuple[bool, str, bool]]) -> None:
    assert [(q, s, p) for _, q, s, _, _, p in attributed(text, registry)] == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname inside the name of a closing reporting clause's subject: '“…,” Jimmy
    # “Barbecue” Chérizier said' had no speaker (its marks ended the clause before the name),
    # "said Jimmy “Barbecue” Chérizier" the speaker "Jimmy"; the name is read without it
    ("“The port is ours,” Pierre “Tiger” Ducasse said.", ("Pierre Ducasse", "")),
    ("“The port is ours,” said Pierre “Tiger” Ducasse, who leads the gang.",
     ("Pierre Ducasse", "")),
    ("Pierre “Tiger” Ducasse said: “The port is ours.”", ("Pierre Ducasse", "")),
    ("“The port is ours,” said Yevgeny “Wagner chief” Prigozhin.", ("Prigozhin", "Russia")),
    # a user's actor for him, and a word in marks after no given name (near miss)
    ("“The port is ours,” Pierre “Tiger” Ducasse said.", ("Pierre Ducasse", "Gangs")),
    ("“The port is ours,” the “Tiger” Brigade said.", ("Brigade", "")),
    # a fixer's case: a nickname in an apposition after the name ("known as “Barbecue”") is no
    # quotation either (it had ended the clause: the quotation had no speaker)
    ("“We will not stop until Henry resigns,” Chérizier, known as “Barbecue”, said.",
     ("Chérizier", "")),
    # a breaker's case: a nickname "dubbed" by someone after the name's comma is none either
    # (the speaker had been "by the press", the clause's subject after the span)
    ("“We will win,” Prigozhin, dubbed “General Armageddon” by the press, said.",
     ("Prigozhin", "Russia")),
    ("Surovikin, dubbed “General Armageddon” by the press, said: “The situation is hard.”",
     ("Surovikin", "Russia")),
])
def test_a_nickname_inside_a_closing_clauses_name_is_read_past(
        registry: Registry, text: str, expected: tuple[str, str]) -> None:
    from analysis.actors import extend_registry, parse_registry

    if expected[1] == "Gangs":
        registry = extend_registry(registry, parse_registry(
            '[[actor]]\nname = "Pierre Ducasse"\naliases = ["Ducasse"]\ncamp = "Gangs"\n'
            'type = "person"\n'))
    assert [(s, c) for _, q, s, c, _, _ in attributed(text, registry) if q] == [expected]


def test_a_naming_agent_after_a_lower_case_nickname_is_no_speaker(registry: Registry) -> None:
    # a breaker's case: "by its fighters" after a lower-case nickname had been the speaker
    assert not [s for _, _, s, _, _, _ in attributed(
        "The Wagner Group, known as “the musicians” by its fighters, said: “We are leaving.”",
        registry) if s.startswith("by ")]


def test_an_operation_dubbed_after_a_lower_case_noun_stays_quoted_words(
        registry: Registry) -> None:
    # near miss of "Prigozhin, dubbed “General Armageddon” by the press": an operation's name
    # dubbed after a noun is still the speaker's words
    assert attributed("The offensive, dubbed “Operation Dawn” by the army, hit three "
                      "villages, the general staff said.", registry)[0][2:] == (
        "general staff", "", "outside_registry", True)


def test_a_name_known_as_after_a_lower_case_noun_stays_quoted_words(registry: Registry) -> None:
    # the near miss of "Chérizier, known as “Barbecue”": a thing's name in marks after a noun
    # is still quoted words (a partial quote of no one's)
    assert attributed("The law, known as “Article 5”, was passed.", registry) == [
        ("The law, known as “Article 5”, was passed.", False, "", "", "", True)]


def test_an_arabic_reporting_verb_before_that_gives_the_quotes_speaker(
        registry: Registry) -> None:
    # a Red Sea newcomer's Saba story in Arabic: 'وقال المؤيد في بيان إن "…"' and 'قال عضو
    # المكتب السياسي لأنصار الله حامد الشرفي إن "…"' had no speaker, though both are registry
    # persons with Arabic aliases found in the same rows
    from analysis.actors import extend_registry, parse_registry

    registry = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Salim al-Harbi"\naliases = ["سالم الحربي", "الحربي"]\n'
        'camp = "Axis"\ntype = "person"\n'))
    assert quotes([
        '\nوقال الحربي في بيان إن "العملية تأتي ردا على العدوان".',
        '\nمن جهته، قال عضو المكتب السياسي سالم الحربي إن "الغارات لن تغير موقفنا".',
        # ... a lead-in naming no registry actor finds none
        '\nوقال مصدر عسكري إن "الوضع هادئ".',
    ], registry) == [(True, "Salim al-Harbi", "Axis"), (True, "Salim al-Harbi", "Axis"),
                     (False, "", "")]


def test_speakers_canonical_across_the_corpus(registry: Registry) -> None:
    from analysis.quotes import canonicalise_speakers

    sentences = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"], "speaker": ["Olena Marchuk", "Marchuk", "Zelensky", "Ivan"],
        "speaker_camp": ["Ukraine", "", "", ""],
        "speaker_status": [OUT, OUT, OUT, OUT],
    })
    out = canonicalise_speakers(sentences, registry)
    assert list(zip(out["speaker"], out["speaker_camp"], out["speaker_status"])) == [
        ("Olena Marchuk", "Ukraine", OUT), ("Olena Marchuk", "Ukraine", OUT),
        ("Zelenskyy", "Ukraine", REG), ("Ivan", "", OUT),
    ]


def test_a_speaker_typed_with_either_apostrophe_is_one_speaker(registry: Registry) -> None:
    from analysis.quotes import canonicalise_speakers

    sentences = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "speaker": ["Sean O\u2019Brien", "Sean O'Brien", "Sean O\u2019Brien", "O'Brien"],
        "speaker_camp": ["", "", "", ""], "speaker_status": [OUT, OUT, OUT, OUT],
    })
    out = canonicalise_speakers(sentences, registry)
    assert set(out["speaker"]) == {"Sean O\u2019Brien"}   # the more common form, surname too
    ukrainian = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Mar\u02bcyana Bezuhla",
                                                                "Mar'yana Bezuhla"],
                              "speaker_camp": ["", ""], "speaker_status": [OUT, OUT]})
    assert canonicalise_speakers(ukrainian, registry)["speaker"].nunique() == 1


def test_voice_buckets_keep_no_speaker_and_unregistered_apart() -> None:
    from analysis import framing

    sents = pd.DataFrame({
        "doc_id": ["a"] * 4, "sentence_id": [0, 1, 2, 3], "source": ["S"] * 4,
        "kind": ["sentence"] * 4, "text": ["x"] * 4, "is_quote": [True, True, True, False],
        "speaker": ["Kuleba", "Olena Marchuk", "", ""],
        "speaker_camp": ["Ukraine", "", "", ""],
    })
    shares = framing.camp_voice_shares(sents)
    assert sorted(shares["speaker_camp"]) == sorted(
        ["Ukraine", framing.UNREGISTERED, framing.NO_SPEAKER])
    assert set(shares["n_quoted"]) == {1}


def test_age_phrase_refers_back(registry: Registry) -> None:
    assert speakers_of("Mykhailo Kovalenko fled by boat. “We took only the dog,” the "
                       "58-year-old said.", registry) == [N, (True, "Mykhailo Kovalenko", "", OUT)]


def test_gold_labellings_agree_with_themselves_and_are_compared_by_sentence():
    from analysis.evaluate import load_gold, quotes_agreement, segmentation_agreement

    cases = load_gold("segmentation")
    assert segmentation_agreement(cases, cases)["cohen_kappa"] == 1.0
    articles = load_gold("quotes")
    same = quotes_agreement(articles, articles)
    assert same["category_cohen_kappa"] == 1.0 and same["disagreements"] == []
    other = [dict(a, sentences=[dict(s, speaker="Somebody Else") if not s.get("partial") else s
                                for s in a["sentences"]]) for a in articles[:1]]
    changed = quotes_agreement(articles[:1], other)
    assert changed["speaker_agreement"] == 0.0
    assert len(changed["disagreements"]) == changed["quotes_in_both"]


def test_a_multi_paragraph_quote_after_another_speaker_is_its_own_speakers(
        registry: Registry) -> None:
    text = ('"We were told to hold the line, and we did," said Oleksandr, a soldier.\n\n'
            '"The first thing is that the shelling never stops. We sleep in the basement.\n\n'
            '"The second thing is that nobody helps us," said Maria Kovalenko, a resident.')
    got = [(q, s) for q, s, _, _ in speakers_of(text, registry)]
    assert got == [(True, "Oleksandr"), (True, "Maria Kovalenko"), (True, "Maria Kovalenko"),
                   (True, "Maria Kovalenko")]
    # a new paragraph opening a quote that closes in itself still continues the speaker before
    text = ('"We were told to hold the line," said Oleksandr, a soldier.\n\n'
            '"The shelling never stops. We sleep in the basement."')
    assert [s for _, s, _, _ in speakers_of(text, registry)] == ["Oleksandr"] * 3
    # a quote closed by a single quote mark is closed: the next paragraph's speaker is another
    text = ("'He always wanted to fly,' Natalia Pilshchykova said. 'He died doing what he "
            "loved.'\n\n'We will never forget him,' added a fellow pilot.")
    assert [s for _, s, _, _ in speakers_of(text, registry)] == [
        "Natalia Pilshchykova", "Natalia Pilshchykova", "fellow pilot"]


def test_a_role_phrase_naming_another_office_is_not_the_last_minister(registry: Registry) -> None:
    text = ("Foreign Minister Dmytro Kuleba met his British counterpart on Monday. "
            "'Russia will pay for this,' the Prime Minister said.")
    rows = speakers_of(text, registry)
    assert rows[0][:2] == (False, "") and rows[1][:2] == (True, "Prime Minister")
    # the same office (or none named) still refers back
    text = ("Foreign Minister Dmytro Kuleba met his British counterpart on Monday. "
            "'Russia will pay for this,' the foreign minister said.")
    assert speakers_of(text, registry)[1][1] in ("Dmytro Kuleba", "Kuleba")


def test_a_role_phrase_with_an_office_word_finds_that_office_holder(registry: Registry) -> None:
    for later in ("the country's defence minister", "the defense minister"):
        text = ("Andrii Petrenko, the defence minister, visited the front on Monday. "
                f"\"We need more shells,\" {later} said.")
        assert speakers_of(text, registry)[1][:2] == (True, "Andrii Petrenko"), later
    text = ("Andrii Petrenko, the defence minister, visited the front on Monday. "
            "\"We need more shells,\" the prime minister said.")
    assert speakers_of(text, registry)[1][:2] == (True, "prime minister")


_ABIY = ('[[actor]]\nname = "Abiy Ahmed"\ncamp = "Federal"\ntype = "person"\n'
         'aliases = ["Abiy"]\n'
         'roles = ["Ethiopian prime minister", "Prime Minister of Ethiopia"]\n')


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's: a registry person named without the title a later role phrase uses, that
    # the registry's roles give him, had left the phrase a description of no camp
    ("Abiy, who won the Nobel Peace Prize in 2019, welcomed the deal on Twitter.\n\n“Our "
     "commitment to peace remains steadfast,” the prime minister wrote.", "Abiy Ahmed",
     "Federal"),
    ("Abiy Ahmed addressed parliament on Tuesday.\n\n“We will rebuild,” the Ethiopian prime "
     "minister said.", "Abiy Ahmed", "Federal"),
    # the shipped registry's, too
    ("Shmyhal, who visited Lviv on Monday, welcomed the deal.\n\n“We are ready,” the prime "
     "minister said.", "Shmyhal", "Ukraine"),
    ("Mishustin opened the session.\n\n“We are ready,” the prime minister said.", "Mishustin",
     "Russia"),
    # another office, or another country's, is not his
    ("Abiy, who won the Nobel Peace Prize in 2019, welcomed the deal.\n\n“We are ready,” the "
     "deputy prime minister said.", "deputy prime minister", ""),
    ("Abiy, who won the Nobel Peace Prize in 2019, welcomed the deal.\n\n“We are ready,” the "
     "foreign minister said.", "foreign minister", ""),
    ("Abiy, who won the Nobel Peace Prize in 2019, welcomed the deal.\n\n“We are ready,” the "
     "Kenyan prime minister said.", "Kenyan prime minister", ""),
])
def test_a_role_phrase_finds_a_registry_person_by_the_registrys_roles(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(_ABIY))
    assert [(s, c) for q, s, c, _ in speakers_of(text, mine) if q] == [(speaker, camp)]


_FAKI = ('[[actor]]\nname = "Moussa Faki Mahamat"\ncamp = "International"\ntype = "person"\n'
         'aliases = ["Faki", "Moussa Faki"]\n'
         'roles = ["Chairperson of the African Union Commission"]\n')


@pytest.mark.parametrize(("text", "speakers"), [
    # a newcomer's press release: "chairperson" was no role noun, so "the Chairperson" was a
    # person of that name and "the chairperson" no one
    ("The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, welcomes the "
     "agreement.\n\n“Today marks the dawn of a new era,” the Chairperson said. “It is "
     "historic.”", ["Moussa Faki Mahamat", "Moussa Faki Mahamat"]),
    ("AU Commission Chairperson Moussa Faki Mahamat met the envoys.\n\n“Today marks the dawn "
     "of a new era,” the chairperson said.", ["Moussa Faki Mahamat"]),
    # ... by the registry's role alone
    ("Moussa Faki Mahamat met the envoys.\n\n“Today marks the dawn of a new era,” the "
     "chairperson said.", ["Moussa Faki Mahamat"]),
    # a chairperson or chairwoman the text names outside the registry, as a chairman
    ("Committee chairperson Almaz Bekele met the envoys.\n\n“We are ready,” the chairperson "
     "said.", ["Almaz Bekele"]),
    ("Committee chairwoman Almaz Bekele met the envoys.\n\n“We are ready,” the chairwoman "
     "said.", ["Almaz Bekele"]),
    # another office is not his
    ("Moussa Faki Mahamat met the envoys.\n\n“We are ready,” the deputy chairperson said.",
     ["deputy chairperson"]),
])
def test_the_chairperson_refers_back_to_the_chairperson(registry: Registry, text: str,
                                                        speakers: list[str]) -> None:
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(_FAKI))
    assert [s for q, s, _, _ in speakers_of(text, mine) if q] == speakers


@pytest.mark.parametrize(("sentence", "speaker", "camp"), [
    ("“We will not allow Brussels to destroy our energy security,” Hungarian Foreign Minister "
     "Péter Szijjártó said.", "Szijjártó", "West"),
    ("“Europe has lost this war,” Orban said.", "Orbán", "West"),
    ("“The truce holds,” Qatari Foreign Ministry spokesman Majed al-Ansari said.",
     "Majed al-Ansari", "Other"),
    ("“India has been on the side of peace,” Modi told Zelenskiy.", "Modi", "Other"),
    ("“Switzerland is ready,” said Swiss Foreign Minister Ignazio Cassis.", "Ignazio Cassis",
     "Other"),
    ("“They gain combat experience,” the South Korean military said.", "South Korean military",
     "West"),
    # the EU's other institutions are the EU's
    ("“Orbán has no mandate,” European Council President Charles Michel wrote.", "Charles Michel",
     "West"),
    ("“We will vote,” said David Sassoli, the president of the European Parliament.",
     "David Sassoli", "West"),
])
def test_officials_of_more_countries_have_camps(registry: Registry, sentence: str, speaker: str,
                                                camp: str) -> None:
    # these countries were not in the registry: their officials had no camp
    assert quotes([sentence], registry) == [(True, speaker, camp)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“There is no strategy here, just a blank check,” said Rep. J.D. Hayworth (R-Ariz.).",
     "J.D. Hayworth"),
    ("“It is a hard fight,” said H.R. McMaster, a former national security adviser.",
     "H.R. McMaster"),
])
def test_initials_written_together_stay_in_the_name(registry: Registry, sentence: str,
                                                   speaker: str) -> None:
    # "J.D." ended the run at its first dot: the speaker was "D. Vance" (outside the registry
    # then)
    assert quotes([sentence], registry)[0][:2] == (True, speaker)
    # an office's or a place's initialism is no initials of the name after it (a reviewer's)
    assert quotes(["“We stand firm,” U.K. P.M. Gordon Brown said."], registry)[0][2] == "West"


@pytest.mark.parametrize(("pieces", "speaker"), [
    (["“We stand firm,” said British P.M. Gordon Brown."], "Gordon Brown"),
    (["At 11 P.M. Olena Shevchenko heard the sirens.", "“It was loud,” she said."],
     "Olena Shevchenko"),
])
def test_no_name_starts_inside_a_dotted_initialism(registry: Registry, pieces: list[str],
                                                   speaker: str) -> None:
    # the run began at the "M." of "P.M.": the speaker was "M. Keir Starmer" (outside the
    # registry then)
    assert quotes(pieces, registry)[-1][:2] == (True, speaker)


@pytest.mark.parametrize(("sentence", "speaker", "camp"), [
    ("“This is another deliberate strike,” Oleh Kiper, governor of the Odesa region, wrote.",
     "Oleh Kiper", "Ukraine"),
    ("“Our schools work underground,” said Kharkiv Mayor Ihor Terekhov.", "Ihor Terekhov",
     "Ukraine"),
    ("“No one will be left without help,” Belgorod Governor Vyacheslav Gladkov said.",
     "Vyacheslav Gladkov", "Russia"),
    # a registry form in the title wins; a resident holds no office
    ("“Calm,” said Russian-installed Zaporizhzhia governor Yevgeny Balitsky.", "Balitsky",
     "Russia"),
    ("“We are tired,” said Olena Kovalenko, a Kharkiv resident.", "Olena Kovalenko", ""),
    # a head or chief of something else, kin of an official, occupied places: no side guessed
    ("“We need access,” said Ihor Petrov, head of the ICRC's Kharkiv office.", "Ihor Petrov", ""),
    ("“We are full,” said the Kharkiv regional hospital chief.",
     "Kharkiv regional hospital chief", ""),
    ("“We lost,” said FC Rostov head coach Valery Karpin.", "Valery Karpin", ""),
    ("“I am scared,” said Anna, a Kharkiv police officer's wife.", "Anna", ""),
    # ... but a place's own office in the possessive is one (a newcomer's live blog)
    ("“Seven are injured,” Kharkiv’s mayor Ihor Terekhov said.", "Ihor Terekhov", "Ukraine"),
    ("“Seven are injured,” said Ihor Terekhov, Kharkiv's mayor.", "Ihor Terekhov", "Ukraine"),
    ("“The city is calm,” Sevastopol Governor Mikhail Razvozhayev said.", "Mikhail Razvozhayev",
     ""),
    # the claimed oblasts' Ukrainian governors, "police", "head of the … region" (a second
    # reviewer's findings on a narrower form of the rule)
    ("“Leave now,” Donetsk Governor Vadym Filashkin said.", "Vadym Filashkin", "Ukraine"),
    ("“It was a hard night,” Kharkiv police said.", "Kharkiv police", "Ukraine"),
    ("“Hard night,” said Oleh Syniehubov, head of the Kharkiv region.", "Oleh Syniehubov",
     "Ukraine"),
    ("“Hard night,” said Oleh Syniehubov, head of the Kharkiv regional military administration.",
     "Oleh Syniehubov", "Ukraine"),
    # a district's administrator, the state's appointed head there (a Mozambique newcomer's
    # "Macomia Administrator Tomás Badae" had kept the title in the name and had no camp); not
    # a hospital's
    ("“Our schools work underground,” said Kharkiv Administrator Ihor Petrov.", "Ihor Petrov",
     "Ukraine"),
    ("“We need food,” said the administrator of Kharkiv district, Ihor Petrov.", "Ihor Petrov",
     "Ukraine"),
    ("“We are full,” said Kharkiv hospital administrator Ihor Petrov.", "Ihor Petrov", ""),
    ("“We are full,” said Ihor Petrov, the administrator of the Kharkiv hospital.", "Ihor Petrov",
     ""),
    # a breaker's case: nor a facility's in title case, an organisation's noun before the title
    # (these had taken Kharkiv's camp)
    ("“We have no beds left,” said Kharkiv City Hospital Administrator Olena Shevchenko.",
     "Olena Shevchenko", ""),
    ("“We are full,” said the Kharkiv Regional Hospital Administrator Ihor Petrov.", "Ihor Petrov",
     ""),
    ("“Trains run,” said Kharkiv Railway Station Administrator Ihor Petrov.", "Ihor Petrov", ""),
    # ... while a division of the place is the place's own office (near miss)
    ("“We need food,” said Kharkiv District Administrator Ihor Petrov.", "Ihor Petrov",
     "Ukraine"),
    # a breaker's: a facility's title before the name with the place after it is the person,
    # no body "in Kharkiv" (the whole phrase had been the speaker); a body's name with its
    # seat, no given name after its title word, stays the body (near miss)
    ("“We have no beds left,” said Hospital Administrator Olena Shevchenko in Kharkiv.",
     "Olena Shevchenko", ""),
    ("“We are ready,” said the Army General Staff in Kyiv.", "Army General Staff in Kyiv",
     "Ukraine"),
])
def test_local_officials_take_the_camp_of_their_region(registry: Registry, sentence: str,
                                                       speaker: str, camp: str) -> None:
    # "Kharkiv" was no registry form, so a city's mayor or a region's governor had no camp
    assert quotes([sentence], registry) == [(True, speaker, camp)]


@pytest.mark.parametrize("dateline, quote, expected", [
    # a local office named without a place is the dateline region's
    ("KHARKIV, Ukraine, Feb 12 (Reuters) - Missiles struck the city overnight.",
     '\n"The enemy hit a power plant," regional governor Oleh Syniehubov said.',
     ("Oleh Syniehubov", "Ukraine")),
    ("SUMY, Ukraine (AP) — A bomb hit a house.",
     "\n“Among the injured is a girl,” acting mayor Artem Kobzar wrote.",
     ("Artem Kobzar", "Ukraine")),
    ("BELGOROD, Russia (AP) — Drones hit a depot.",
     "\n“Two people were hurt,” regional governor Vyacheslav Gladkov said.",
     ("Vyacheslav Gladkov", "Russia")),
    ("KHARKIV, Ukraine (AP) — A bomb hit.", "\n“We act,” local officials said.",
     ("local officials", "Ukraine")),
    # not an office that names its own place, a dateline without a region, or bare officials
    ("KHARKIV, Ukraine (AP) — A bomb hit.", "\n“We act,” the mayor of Lyon Gregory Doucet said.",
     ("Gregory Doucet", "")),
    ("BRUSSELS (Reuters) - Ministers met.", "\n“We act,” regional governor Oleh Syniehubov said.",
     ("Oleh Syniehubov", "")),
    ("KHARKIV, Ukraine (AP) — A bomb hit.", "\n“We act,” officials said.", ("officials", "")),
])
def test_a_local_office_without_a_place_is_the_datelines(registry: Registry, dateline: str,
                                                         quote: str,
                                                         expected: tuple[str, str]) -> None:
    assert quotes([dateline, quote], registry)[1] == (True, *expected)


def test_a_dateline_naming_a_country_of_the_users_registry_is_no_subject() -> None:
    # a Somalia newcomer's: a title-case "City, Country –" is a dateline for a country of the
    # user's registry too, so not the subject of the sentence it opens ("Somalia" had spoken)
    from analysis.actors import Actor

    veldmark = Registry((*load_registry().actors, Actor("Veldmark", "Veld", type="country")))
    assert quotes(["Port Elma, Veldmark – The regional governor said the port was “under "
                   "siege”."], veldmark) == [(False, "regional governor", "")]


@pytest.mark.parametrize("pieces, expected", [
    # a press release's city before its date and a colon is no person a titled subject after it
    # refers back to (the city had been "the Commissioner" of the later quote); the name in
    # apposition after the office's complement is (see
    # test_an_office_with_its_complement_before_its_holders_name_is_the_holder)
    (["Mombasa, 12 March 2023: The Commissioner of the African Union, Amani Wekesa, praises "
      "the truce.", "She urged both armies to withdraw.",
      "“The guns must stay silent,” the Commissioner said."], ("Amani Wekesa", "")),
    # ... and a person after the dateline, or opening the release without one, is still a person
    (["Mombasa, 12 March 2023: Amani Wekesa praises the truce.",
      "“The guns must stay silent,” Wekesa said."], ("Amani Wekesa", "")),
    (["Amani Wekesa, the bloc's Commissioner, praised the truce on 12 March 2023.",
      "“The guns must stay silent,” the Commissioner said."], ("Amani Wekesa", "")),
])
def test_a_datelines_place_is_no_person(registry: Registry, pieces: list[str],
                                        expected: tuple[str, str]) -> None:
    assert quotes(pieces, registry)[-1] == (True, *expected)


@pytest.mark.parametrize("opening", ["Bakhmut was quiet after the retreat.",
                                     "After the retreat, Avdiivka has fallen silent.",
                                     "In the morning, Vuhledar was shelled again.",
                                     # a name of 6 people in the name data, no first name
                                     "Crimea was annexed by Russia in 2014.",
                                     "Crimea has been occupied since 2014."])
def test_a_place_with_was_or_has_is_no_person(registry: Registry, opening: str) -> None:
    # "X was …" licensed any lone capitalised word as a name, the next "he said" took it
    assert quotes([opening, "\n“It was a hard night,” he said."], registry)[-1] == (
        True, "", "")
    # with a personal pronoun in its clause, or as a first name, it is a person still (the
    # second: a reviewer's finding on the first form of this rule)
    assert quotes(["After the retreat, Mykola was back in his garden.",
                   "\n“It was a hard night,” he said."], registry)[-1] == (True, "Mykola", "")
    assert quotes(["Olena was 12 when the war began.",
                   "\n“We hid in the basement for weeks,” she said."], registry)[-1] == (
        True, "Olena", "")
    # a first name the article itself uses as a place is none ("Lyman" is a man's name too)
    assert quotes(["Fighting went on near Lyman.", "\nLyman was recaptured in 2022.",
                   "\n“It was a hard night,” he said."], registry)[-1] == (True, "", "")
    assert quotes(["In Gaza, hospitals were full.", "\nGaza was dark.",
                   "\n“It was a hard night,” he said."], registry)[-1] == (True, "", "")
    assert quotes(["We met in Olena's flat in Kharkiv.", "\nOlena was 12 when the war began.",
                   "\n“We hid in the basement for weeks,” she said."], registry)[-1] == (
        True, "Olena", "")


@pytest.mark.parametrize("pieces, expected", [
    # a city the article places things in, speaking for its government with any verb, is no
    # woman "she" finds (the name data knows Kinshasa as a woman's name; it had taken the
    # minister's words)
    (["Talks opened in Kinshasa on Monday.",
      "\nForeign Minister Thérèse Kayikwamba Wagner addressed the Council.",
      "\nKinshasa says Kigali backs the rebels.", "\n“The world must act,” she said."],
     ("Thérèse Kayikwamba Wagner", "")),
    # ... still the name of a speaker in its own reporting clause
    (["Talks opened in Kinshasa on Monday.", "\n“We will not talk,” Kinshasa said."],
     ("Kinshasa", "")),
    # ... and a first name used as a place is a person still with her own pronoun after it
    (["Fighting raged near Olena on Monday.", "\nOlena said her son was missing.",
      "\n“We will wait,” she said."], ("Olena", "")),
])
def test_a_place_with_any_verb_is_no_person(registry: Registry, pieces: list[str],
                                            expected: tuple[str, str]) -> None:
    assert quotes(pieces, registry)[-1] == (True, *expected)


def test_a_feature_introduces_a_first_name_after_its_opening_phrase(registry: Registry) -> None:
    # "Olga" alone after "In a small flat …," was no name, so "she said" found no one
    assert quotes([
        "In a small flat in the Siberian city of Novosibirsk, Olga keeps her son's certificates.",
        "\nShe last heard from him in October.",
        "\n“He told me not to worry,” she said.", "“That was the last thing he said to me.”",
    ], registry)[2:] == [(True, "Olga", "")] * 2
    # the name data gives places sexes too: without "her" / "his" after it, no name
    assert quotes(["In May, Georgia passed a law on foreign agents.",
                   "\n“It was calm,” she said."], registry)[-1] == (True, "", "")


@pytest.mark.parametrize("place", ["Kharkiv", "Odesa", "Kryvyi Rih", "Belgorod"])
def test_a_region_of_the_registry_is_no_antecedent(registry: Registry, place: str) -> None:
    # a city after an opening phrase read as a person's name took the next "he" / "she"
    assert quotes([f"On Monday, {place} was shelled again.",
                   "\n“It was a hard night,” he said."], registry)[-1] == (True, "", "")


def test_a_weapon_model_is_no_antecedent(registry: Registry) -> None:
    # "F-16" read as a man's name took the "he" of the president's words
    assert quotes(["Ukrainian President Volodymyr Zelensky has confirmed that the first F-16 "
                   "fighter jets have arrived in Ukraine.",
                   "\n\"F-16s are in Ukraine, and we have learned to use them,\" he told "
                   "reporters."], registry)[-1] == (True, "Zelenskyy", "Ukraine")
    assert quotes(["The Bayraktar TB2 drones arrived.", "\n“They fly well,” he said."],
                  registry)[-1] == (True, "", "")


def test_where_an_office_is_held_is_no_speaker(registry: Registry) -> None:
    # "to the UN" in "the ambassador of Russia to the UN, Vassily Nebenzia" made the UN speak
    assert quotes(["“No comment,” said the ambassador of Russia to the UN, Vassily Nebenzia."],
                  registry) == [(True, "Nebenzia", "Russia")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We are ready,” said the president of Poland, Andrzej Duda.", "Andrzej Duda"),
    ("“We are ready,” the president of Finland, Sauli Niinistö, said.", "Sauli Niinistö"),
    ("“We are ready,” said the prime minister of Japan, Fumio Kishida.", "Fumio Kishida"),
])
def test_an_office_of_a_country_before_a_name_is_that_persons(registry: Registry, sentence: str,
                                                              speaker: str) -> None:
    # the country after "president of" was read as the speaker (a reviewer's finding, old for
    # Poland, spread by the registry's new countries)
    assert quotes([sentence], registry) == [(True, speaker, "West")]


@pytest.mark.parametrize(("pieces", "speaker", "camp"), [
    (["Ukraine's energy minister warned that blackouts could return.",
      "\n“We have lost half of our capacity,” the minister said."], "minister", "Ukraine"),
    (["A package is ready, according to three U.S. officials familiar with the plans.",
      "\n“We are trying,” one of the officials said."], "officials", "West"),
    # the description referred back to names no side: none is guessed
    (["Russian officials met. A local official spoke.", "\n“We need people,” the official said."],
     "local official", ""),
    # two sides named with the noun, or another side named since: none either (a reviewer's)
    (["Russian officials and Ukrainian officials met in Istanbul.",
      "\n“No progress,” one of the officials said."], "officials", ""),
    (["Ukrainian officials accused Moscow of lying.", "A Kremlin spokesman denied it.",
      "\n“Nothing happened,” the official said."], "official", ""),
    # a side merely named since is no other speaker (a second reviewer's finding)
    (["Ukraine's energy minister warned of blackouts on Monday.",
      "Russia has struck power plants for weeks.", "\n“We need air defence,” the minister said."],
     "minister", "Ukraine"),
    # an organisation is not the person whose title names it (blind set 9)
    (['"We had no part in it," Foreign Ministry spokesman Dmytro Pavlenko wrote on X.',
      '\n"We call on all parties to ensure the safety of shipping," the ministry said.'],
     "Foreign Ministry", ""),
])
def test_a_definite_description_takes_the_side_of_the_one_it_refers_to(
        registry: Registry, pieces: list[str], speaker: str, camp: str) -> None:
    # "the minister", "one of the officials" had no camp: only their own words were read
    assert quotes(pieces, registry)[-1] == (True, speaker, camp)


def test_a_role_phrase_naming_a_country_is_not_another_countrys_minister(
        registry: Registry) -> None:
    # the office words alone had found the last foreign minister, whatever his country
    text = ("Russian Foreign Minister Sergey Lavrov met his counterpart on Monday. "
            "\"Our doors are open,\" the Turkish foreign minister said.")
    assert speakers_of(text, registry)[1][:2] == (True, "Turkish foreign minister")
    # the same country still refers back
    text = ("Turkish Foreign Minister Mevlüt Çavuşoğlu met Lavrov on Monday. "
            "\"Our doors are open,\" the Turkish foreign minister said.")
    assert speakers_of(text, registry)[1][:2] == (True, "Mevlüt Çavuşoğlu")
    # an office holder whose title names no country may be meant (a reviewer's finding)
    text = ("Defence Secretary Ben Wallace visited Odesa. "
            "\"Britain will not step back,\" the British defence secretary said.")
    assert speakers_of(text, registry)[1][:2] == (True, "Ben Wallace")
    assert quotes(["Defence Secretary Ben Wallace visited Odesa.", "\n“Britain will not step "
                   "back,” the British defence secretary said."], registry)[-1] == (
        True, "Ben Wallace", "West")  # the phrase's country gives the side (a second reviewer's)


def test_a_quote_over_three_paragraphs_has_one_speaker(registry: Registry) -> None:
    text = ('"We held the line," said Oleksandr, a soldier.\n\n'
            '"The shelling never stops.\n\n'
            '"We sleep in the basement.\n\n'
            '"Nobody helps us," said Maria Kovalenko, a resident.')
    assert [s for _, s, _, _ in speakers_of(text, registry)] == [
        "Oleksandr", "Maria Kovalenko", "Maria Kovalenko", "Maria Kovalenko"]
    # a quote opened inside the attributed paragraph continues that speaker
    text = ('"We held the line," said Oleksandr Tkachenko. "The shelling never stops.\n\n'
            '"Nobody helps us," he said.')
    assert [s for _, s, _, _ in speakers_of(text, registry)][:2] == ["Oleksandr Tkachenko"] * 2


def test_leading_subject_before_a_relative_clause(registry: Registry) -> None:
    # The noun phrase before "who" is the subject, not the last noun before the verb; one
    # that does not open the clause is not taken ("talks with Blinken who ...").
    assert quotes([
        "A Russian general who spoke to state television said: “We will hold the line.”",
        "On Sunday, one soldier whose unit was shelled told reporters: “We will hold on.”",
        "After talks with Blinken who visited Kyiv Zelensky said: “We will hold the line, "
        "whatever it costs.”",
        "Those who met Zelensky said: “He is exhausted but determined to fight on.”",
    ], registry) == [
        (True, "Russian general", "Russia"), (True, "soldier", ""),
        (True, "Zelenskyy", "Ukraine"), (True, "", ""),
    ]


def test_leading_speech_setting_is_scaffolding(registry: Registry) -> None:
    # Where and to whom the words were said is not content; the topic asked about is (the
    # quote gold reads "Asked about ..., Peskov said: “…”" as a partial quote).
    assert quotes([
        "Speaking to state television, a Russian general said: “We will hold the line.”",
        "In a video posted on Telegram on Sunday evening, Zelensky said: “We will hold.”",
        "Asked about Western reports of a possible ceasefire, Peskov said: “No proposals.”",
        "Speaking on the ceasefire talks, Peskov said: “No proposals.”",
        "Speaking to reporters after missiles struck a hospital in the city centre, killing at "
        "least 20 people, Zelensky said: “Terror.”",
        "In the post-Soviet space, Lavrov said: “We have interests.”",
    ], registry) == [(True, "Russian general", "Russia"), (True, "Zelenskyy", "Ukraine"),
                     # partial quotes, with the speaker of their colon lead-in
                     (False, "Peskov", "Russia"), (False, "Peskov", "Russia"),
                     (False, "Zelenskyy", "Ukraine"), (False, "Lavrov", "Russia")]


def test_a_description_stops_before_an_irregular_past_tense(registry: Registry) -> None:
    # "A Russian general spoke to state television" describes a general, so "he" finds him;
    # the description used to run on to "television" and make an organisation of it all.
    assert quotes([
        "A Russian general spoke to state television.",
        "“We will hold the line,” he said.",
    ], registry) == [NOT, (True, "Russian general", "Russia")]
    # ... but a word that also modifies nouns is no verb there ("spent fuel")
    assert quotes([
        "A spent fuel expert at the IAEA told Reuters the pools were intact.",
        "“There is no leak,” he said.",
    ], registry) == [NOT, (True, "spent fuel expert", "")]


def test_she_finds_a_woman_of_the_registry(registry: Registry) -> None:
    # Registry people were all read as men, so "she" never found Zakharova or Kallas.
    assert quotes([
        "\n“We are ready,” Kallas told reporters.", "“Russia is not,” she added.",
        "\nZakharova met Lavrov in Moscow.", "“Nothing has changed,” she said.",
        "\nLavrov met Zakharova in Moscow.", "“Nothing has changed,” he said.",
    ], registry) == [
        (True, "Kallas", "West"), (True, "Kallas", "West"), NOT, (True, "Zakharova", "Russia"),
        NOT, (True, "Lavrov", "Russia"),
    ]


_SURNAME_FIRST = ('[[actor]]\nname = "Mao Ning"\ncamp = "PRC"\ntype = "person"\naliases = ["Mao"]\n'
                  '[[actor]]\nname = "Hsiao Bi-khim"\ncamp = "Taiwan"\ntype = "person"\n'
                  'aliases = ["Hsiao"]\n'
                  '[[actor]]\nname = "Lin Jian"\ncamp = "PRC"\ntype = "person"\n')


@pytest.mark.parametrize(("text", "speakers"), [
    # a newcomer's registry read its women, whose names open with a surname the name data
    # gives either sex ("Mao", "Hsiao"), as men, so "she" found no one
    ("Foreign ministry spokesperson Mao Ning criticised the sale.\n\n“This gravely violates "
     "the one-China principle,” she said.", ["Mao Ning"]),
    ("Vice President Hsiao Bi-khim condemned the drills.\n\n“Taiwan will not be "
     "intimidated,” she said. “We will stand firm.”", ["Hsiao Bi-khim", "Hsiao Bi-khim"]),
    ("“We oppose the sale,” Mao told reporters.\n\n“It must stop,” she added.",
     ["Mao Ning", "Mao Ning"]),
    # "he" finds them as before
    ("Spokesperson Lin Jian criticised the sale.\n\n“This is interference,” he said.",
     ["Lin Jian"]),
    # a title that says he is a man keeps "she" from him ...
    ("Mr. Lin Jian criticised the sale.\n\n“This is interference,” she said.", [""]),
    ("Mr. Lin Jian criticised the sale.\n\n“This is interference,” he said.", ["Lin Jian"]),
    # ... and a man's given name keeps "she" past him to the woman
    ("Mao Ning said Vladimir Putin would visit.\n\n“We welcome him,” she said.", ["Mao Ning"]),
])
def test_she_finds_a_registry_woman_whose_name_opens_with_her_surname(
        registry: Registry, text: str, speakers: list[str]) -> None:
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(_SURNAME_FIRST))
    assert [s for q, s, _, _ in speakers_of(text, mine) if q] == speakers


def test_he_finds_a_registry_man_whose_byname_reads_as_a_womans(registry: Registry) -> None:
    # "Lula da Silva" made the registry's Lula a woman ("Lula" is a woman's name to the name
    # data), so "he" after the Brazilian president found Putin, or no one.
    assert quotes([
        "\nBrazilian President Luiz Inácio Lula da Silva met Putin in Moscow on Friday.",
        "“We want peace,” he said.",
        "\nLula spoke to reporters after the summit.", "“Brazil will not take sides,” he said.",
    ], registry) == [NOT, (True, "Lula", "Other"), NOT, (True, "Lula", "Other")]


def test_she_finds_women_whose_first_names_do_not_end_in_a(registry: Registry) -> None:
    # The ending rule read Karoline, Liz and Rosemary as men's names, so "she" found no one
    # (and "he" could find them); the first-name data knows them.
    assert quotes([
        "\nWhite House press secretary Karoline Leavitt spoke to reporters.",
        "“The president wants peace,” she said.",
        "\nLiz Kendall spoke in Kyiv.", "“Putin must lose,” she said.",
        "\nUN political chief Rosemary DiCarlo briefed the council.",
        "“Civilians pay the highest price,” she said.",
        "\nRosemary DiCarlo met Dmytro Kuleba.", "“We are grateful,” he said.",
    ], registry) == [
        NOT, (True, "Karoline Leavitt", "West"), NOT, (True, "Liz Kendall", ""), NOT,
        (True, "Rosemary DiCarlo", "Other"), NOT, (True, "Kuleba", "Ukraine"),
    ]


@pytest.mark.parametrize(("text", "speakers"), [
    # a newcomer's: a first name the name data lacks had been a man's, so "she" found no one
    # ("he" found anyone)
    ("Billene Seyoum said the agreement would not affect any country.\n\n“No law has been "
     "broken,” she said.", ["Billene Seyoum"]),
    ("Muferiat Kamil, the peace minister, said the talks would resume.\n\n“We are ready,” "
     "she said.", ["Muferiat Kamil"]),
    ("“The operation is over,” Billene Seyoum said. “The civilians are safe,” she added.",
     ["Billene Seyoum", "Billene Seyoum"]),
    ("Redwan Hussein said the agreement would not affect any country.\n\n“No law has been "
     "broken,” he said.", ["Redwan Hussein"]),
    # a title that says he is a man keeps "she" from him ("Tsadkan" the data lacks too) ...
    ("TDF spokesman Tsadkan Gebretensae said the road was open.\n\n“Aid is moving,” she "
     "said.", [""]),
    ("Mr. Tsadkan Gebretensae said the road was open.\n\n“Aid is moving,” she said.", [""]),
    ("Mr. Tsadkan Gebretensae said the road was open.\n\n“Aid is moving,” he said.",
     ["Tsadkan Gebretensae"]),
    # ... as a man's given name the data knows does
    ("Billene Seyoum said Getachew Reda had resigned.\n\n“He has left,” she said.",
     ["Billene Seyoum"]),
    ("Getachew Assefa said the road was open.\n\n“Aid is moving,” she said.", [""]),
    # a Nigeria newcomer's Kanuri name in -a the data lacks is a man's (a word list): "he" had
    # found the bare "community leader"
    ("A community leader in Monguno, Bulama Kyari, told our correspondent that families walked "
     "for two days. “We left everything behind,” he said.", ["Bulama Kyari"]),
    ("A community leader, Bulama Kyari, told our correspondent that families walked for two "
     "days. “We left everything behind,” he said.", ["Bulama Kyari"]),
    # ... and a woman's name in -a still fits "she" (a near-miss)
    ("A community leader in Monguno, Halima Kyari, told our correspondent that families walked "
     "for two days. “We left everything behind,” she said.", ["Halima Kyari"]),
])
def test_she_finds_a_woman_whose_first_name_the_data_lacks(
        registry: Registry, text: str, speakers: list[str]) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == speakers


def test_a_first_name_opening_a_sentence_with_a_persons_apposition(registry: Registry) -> None:
    # "Serhiy" opening the sentence was no name, so "he" found the description after it; an
    # age written "42-year-old" did not count as an apposition; a reporting clause between
    # commas is none ("Kupiansk, the town's mayor said, ...").
    assert quotes([
        "Serhiy, a 42-year-old former teacher who now commands a drone unit, does not talk "
        "about the past.", "“Before the war I taught history,” he says.",
    ], registry) == [NOT, (True, "Serhiy", "")]
    assert quotes(["Kupiansk, the town's mayor said, is empty.", "“We hold,” he said."],
                  registry) == [NOT, (True, "town's mayor", "")]
    assert quotes(["Pokrovsk, a key logistics hub, is under attack.", "“We hold,” he said."],
                  registry) == [NOT, (True, "", "")]


@pytest.mark.parametrize(("pieces", "speaker"), [
    # "Chris" (p(gf) 0.12) fitted "she" as a name of either gender
    (["Kaja Kallas met Chris Murphy.", "“We stand with Ukraine,” she said."], "Kallas"),
    # a hospital is no person ("Shifa" reads as a woman's name)
    (["Mohammed Abu Salmiya runs Shifa Hospital.", "“We have no fuel,” he said."],
     "Mohammed Abu Salmiya"),
])
def test_a_pronoun_skips_names_of_the_other_gender_and_places(
        registry: Registry, pieces: list[str], speaker: str) -> None:
    assert [s for _, s, _ in quotes(pieces, registry)] == ["", speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We have no fuel,” residents of al-Mawasi said.", "residents of al-Mawasi"),
    ("“We have no fuel,” residents of Mawasi said.", "residents of Mawasi"),
    ("“We have no fuel,” a displaced man in Deir al-Balah said.",
     "displaced man in Deir al-Balah"),
    ("“We have no fuel,” the director of al-Shifa hospital, Mohammed Abu Salmiya, said.",
     "Mohammed Abu Salmiya"),
])
def test_a_place_that_people_are_of_or_in_is_not_the_speaker(
        registry: Registry, sentence: str, speaker: str) -> None:
    assert quotes([sentence], registry) == [(True, speaker, "")]


@pytest.mark.parametrize(("pieces", "speaker", "camp"), [
    # a title read back over the sentence before ("Trump wrote. Hamas official ...")
    (["“The hostages are coming home,” Trump wrote.",
      "Hamas official Osama Hamdan said the group had accepted the terms.",
      "“The ball is in their court,” Hamdan told Al Jazeera."], "Osama Hamdan", ""),
    # a verb after the name's comma is no apposition ("... insisted ... a Ukrainian missile");
    # the role before the name gives the camp
    (["Russia's deputy ambassador, Dmitry Polyanskiy, insisted the damage was caused by a "
      "Ukrainian air defence missile.", "“This is a show,” Polyanskiy told the council."],
     "Dmitry Polyanskiy", "Russia"),
    # ... after a sentence before it, too
    (["“Borders cannot be changed by force,” Kallas said as she arrived for a meeting of EU "
      "foreign ministers in Brussels.", "Her comments were echoed by Poland's foreign minister, "
      "Zbigniew Rau.", "“Putin understands only strength,” Rau said."],
     "Zbigniew Rau", "West"),
    # an apposition's possessor, and an honorific's dot inside it
    (["“Putin understands only strength,” said Zbigniew Rau, Poland's foreign minister."],
     "Zbigniew Rau", "West"),
    (["The delegation was headed by Igor Levitin, an aide to Mr. Putin and a former "
      "transport minister.", "“We are satisfied,” Mr. Levitin told state television."],
     "Igor Levitin", "Russia"),
    # a country an expert studies is not the expert's side
    (["“Nobody uses that language,” said Samuel Charap, a Russia analyst at the Rand "
      "Corporation."], "Samuel Charap", ""),
    (["“Nobody uses that language,” said Ivan Petrov, a Russian analyst."], "Ivan Petrov",
     "Russia"),
])
def test_a_speakers_camp_comes_from_their_own_title(registry: Registry, pieces: list[str],
                                                    speaker: str, camp: str) -> None:
    assert quotes(pieces, registry)[-1] == (True, speaker, camp)


@pytest.mark.parametrize("first", [
    "In a statement, the Russian Foreign Ministry accused Kyiv of escalation.",
    "In a statement on Telegram, the Russian Foreign Ministry said the strikes continued.",
    "The Russian Foreign Ministry said on Monday in a statement that talks were over.",
    "The report, by the Russian Foreign Ministry, was published on Friday.",
])
def test_a_documents_issuer_in_common_wordings(registry: Registry, first: str) -> None:
    assert quotes([first, "“Kyiv is to blame,” the statement said." if "report" not in first
                   else "“Kyiv is to blame,” the report said."], registry)[-1] == (
        True, "Russian Foreign Ministry", "Russia")


@pytest.mark.parametrize(("pieces", "speaker"), [
    # where a post was posted is not who posted it
    (["Zelensky spoke on Monday.", "“We hold,” the Telegram post said."], "Telegram post"),
    # a document inside the subject is no document speaking
    (["A diplomat who has seen the report said: “This is worse than we feared, much worse.”"],
     "diplomat"),
])
def test_documents_that_are_not_the_speaker(registry: Registry, pieces: list[str],
                                            speaker: str) -> None:
    assert quotes(pieces, registry)[-1] == (True, speaker, "")


@pytest.mark.parametrize(("pieces", "speaker", "camp"), [
    # an initialism's dot ends no sentence before a title
    (["“We will act,” U.S. Ambassador Bridget Brink said."], "Bridget Brink", "West"),
    # the role before a name, not a phrase about someone else
    (["Speaking to the Kremlin's chief negotiator, Janos Kovacs said: “We need peace now, and "
      "we need it fast.”"], "Janos Kovacs", ""),
    (["Kyiv was quiet.", "“It was a Russian missile,” Ukraine's deputy ambassador to the United "
      "Nations, Oleg Petrov, said."], "Oleg Petrov", "Ukraine"),
    # a nationality before "expert" is a side; a country an expert studies is not
    (["“We hold,” Ukrainian military expert Oleh Zhdanov said."], "Oleh Zhdanov", "Ukraine"),
    # a place after "of" is skipped, the name after it is kept (and its region gives the camp)
    (["“Fires broke out,” the mayor of Kharkiv Ihor Terekhov said."], "Ihor Terekhov", "Ukraine"),
    # a kin or companion named after the sentence's subject is not "he" / "she"
    (["Ivan Petrenko's brother Oleh was killed in March.", "“I still cannot believe it,” he said."],
     "Ivan Petrenko", ""),
    (["Mykola Bondar drives aid to the front with his friend Serhiy.",
      "“Someone has to do it,” he said."], "Mykola Bondar", ""),
])
def test_reviewers_cases_of_titles_places_and_kin(registry: Registry, pieces: list[str],
                                                  speaker: str, camp: str) -> None:
    assert quotes(pieces, registry)[-1] == (True, speaker, camp)


@pytest.mark.parametrize(("pieces", "speaker", "camp"), [
    # a document after a short opening phrase; a statement seen or rejected by a body
    (["On Monday, a statement from the Russian Foreign Ministry read: “Kyiv is to blame for "
      "everything.”"], "Russian Foreign Ministry", "Russia"),
    (["The report, seen by Reuters, was compiled by investigators.",
      "“Torture was systematic,” the report said."], "", ""),
    (["NATO dismissed the statement on Tuesday.", "“Kyiv is to blame,” the statement said."],
     "", ""),
    # a place of several words before a name, or alone
    (["“We hold,” residents of New York City said."], "residents of New York City", ""),
    (["“We hold,” the mayor of Kryvyi Rih Oleksandr Vilkul said."], "Oleksandr Vilkul", "Ukraine"),
    (["“We have no fuel,” the director of al-Shifa hospital Mohammed Abu Salmiya said."],
     "Mohammed Abu Salmiya", ""),
    # an initialism ends a sentence before a nationality
    (["Thousands of refugees now live in the U.K. Ukrainian Ambassador Valerii Petrenko said: "
      "“We are grateful to Britain for all it does, and we will not forget it.”"],
     "Valerii Petrenko", "Ukraine"),
    # the companion acting or speaking is the one
    (["Ivan Petrenko's son Oleh survived the strike.", "“I was lucky,” he said."], "Oleh", ""),
    (["Ivan Petrenko was killed in March, his brother Oleh said.", "“He was a hero,” he said."],
     "Oleh", ""),
    (["Olena Koval buried her mother Halyna.", "“It was so hard,” she said."], "Olena Koval",
     ""),
    # "Quote:" in Ukrainska Pravda's style names no one
    (["Yermak met the envoys.", "\nQuote: “A freeze of the war is not peace.”"], "", ""),
])
def test_second_reviewers_and_blind_cases(registry: Registry, pieces: list[str], speaker: str,
                                          camp: str) -> None:
    assert quotes(pieces, registry)[-1] == (True, speaker, camp)


def test_transcript_turns_after_the_last_label_and_interview_names(registry: Registry) -> None:
    # Before the last label a paragraph goes on with the turn; after it only as speech; a
    # newsroom's own voice is narration; a name of either gender and a title-case name label
    assert _whole("HOST: What happens next?\n\nKULEBA: Nobody knows.\n\nIt depends on "
                  "Washington.\n\nHOST: Thank you.", registry) == [
        (True, "host"), (True, "Kuleba"), (True, "Kuleba"), (True, "host")]
    assert _whole("HOST: How are you?\n\nINNA SOVSUN: I am exhausted.\n\nMy mother told me "
                  "to leave, but I stayed.\n\nThis interview has been edited. You can listen "
                  "to it on our website.", registry) == [
        (True, "host"), (True, "Inna Sovsun"), (True, "Inna Sovsun"), (False, ""), (False, "")]
    assert _whole("HOST: What did you see?\n\nJEAN MACKENZIE: I saw the damage in Kyiv.",
                  registry) == [(True, "host"), (True, "Jean Mackenzie")]
    assert _whole("Question: What do you think?\n\nMaria Zakharova: We have long stopped "
                  "counting. It is absurd.", registry) == [
        (True, "interviewer"), (True, "Zakharova"), (True, "Zakharova")]


def test_a_milblogger_speaks(registry: Registry) -> None:
    assert quotes(["One prominent milblogger claimed that commanders were failing.",
                   "“The command repeats its mistakes,” the milblogger wrote."], registry) == [
        NOT, (True, "prominent milblogger", "")]


def test_a_dotted_abbreviation_is_no_name(registry: Registry) -> None:
    # "E.U." was read as a person's initials, and the speaker was "E".
    assert quotes(["“Nobody saw this text,” one E.U. diplomat said."], registry) == [
        (True, "E.U. diplomat", "West")]
    assert quotes(["“Nobody saw it,” J. K. Rowling said."], registry) == [
        (True, "J. K. Rowling", "")]


def test_a_first_name_after_a_companion_noun(registry: Registry) -> None:
    # "her colleague Andriy" was no name, so "he" found no one.
    assert quotes([
        "Maria Berlinska, a drone instructor, and her colleague Andriy spent the night there.",
        "“Drones changed everything,” Ms. Berlinska said.", "Her colleague disagreed.",
        "“Drones are tools,” he said.",
    ], registry) == [NOT, (True, "Maria Berlinska", ""), NOT, (True, "Andriy", "")]


def test_a_name_keeps_its_hyphenated_arabic_article(registry: Registry) -> None:
    # "al-Najjar" began lower-case and ended the name before it ("Umm Mohammed"); the surname
    # alone, with or without its article, is the same person.
    sentences, articles = tables([
        "\nUmm Mohammed al-Najjar stood in line for four hours.",
        "“We eat one meal a day,” she told Al Jazeera.",
        "\n“Egypt will not accept displacement,” Egyptian President Abdel Fattah al-Sisi said.",
        "“We want peace,” Sisi said.", "“Never,” el-Sisi said.",
    ])
    out = canonicalise_speakers(attribute_quotes(sentences, articles, registry), registry)
    assert out["speaker"].tolist() == [
        "", "Umm Mohammed al-Najjar", "Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi",
        "Abdel Fattah al-Sisi"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("“We hit RSF targets,” the Sudanese military said in a statement.", "Sudanese military"),
    ("“It was a hard night,” Myanmar's military said.", "Myanmar's military"),
    ("“The drones were shot down,” a military analyst said.", "military analyst"),
])
def test_a_military_speaks_as_an_organisation(registry: Registry, sentence: str,
                                              speaker: str) -> None:
    # "military" was no organisation noun: the nationality alone ("Sudanese") was the speaker
    # (a country outside the registry; the registry folds its countries' armed forces into them)
    assert quotes([sentence], registry) == [(True, speaker, "")]


def test_a_document_speaks_for_whoever_issued_it(registry: Registry) -> None:
    # "the statement said" named nobody: the issuer is named after "from" / "by", or in the
    # two sentences before where they name the document; otherwise nobody.
    assert quotes([
        "\nNATO met on Friday.", "“Allies stand firm,” the statement added.",
        "\nThe G7 leaders issued a joint statement on Friday.",
        "“We will stand with Ukraine,” the statement said.",
        "\n“The refinery was struck,” the General Staff said in a statement.",
        "“A fire was recorded.", "Results are being clarified,” the statement said.",
        "\nPutin signed a decree on Monday.", "“The call-up is complete,” the decree read.",
        "\n“All targets were hit,” a statement from NATO read.",
        "\nThe talks went on.", "\nThe delegations left.",
        "\n“Russia bears full responsibility,” the communique read.",
        # the agency of a dateline reports the document; a leading "read:"; no issuer found:
        # the document phrase as it resolves
        "\nGENEVA (AP) — A U.N. human rights report released Tuesday documented torture.",
        "“The torture was systematic,” the report said.",
        "\nA statement issued by NATO later read: “Allies remain united.”",
        "\n“The European Council reaffirms its support,” the summit communique said.",
    ], registry) == [
        NOT, (True, "", ""),
        NOT, (True, "G7", ""),
        (True, "General Staff", ""), (True, "General Staff", ""), (True, "General Staff", ""),
        NOT, (True, "Putin", "Russia"),
        (True, "NATO", "West"),
        NOT, NOT,
        (True, "", ""),
        NOT, (True, "United Nations", "Other"),
        (True, "NATO", "West"),
        (True, "summit communique", ""),
    ]


def test_a_transcript_turn_is_its_labelled_speakers_words(registry: Registry) -> None:
    # Broadcast transcripts mark speakers with labels, not quote marks: no turn was a quote.
    assert quotes([
        "ANCHOR: Joining us from Kyiv is our correspondent Emma Collins.",
        "\nCOLLINS: The sirens sounded after midnight.", "We heard a dozen explosions.",
        "\nLAVROV (through translator): We did not start this war.",
        "\nSEN. LINDSEY GRAHAM: We must help Ukraine.",
        "\nUNIDENTIFIED MALE: Thank you.",
    ], registry) == [
        (True, "anchor", ""), (True, "Emma Collins", ""), (True, "Emma Collins", ""),
        (True, "Lavrov", "Russia"), (True, "Lindsey Graham", ""), (True, "unidentified male", ""),
    ]
    # a role after the name or before it, and a surname alone after a fuller label
    assert quotes([
        "\nSTEVE INSKEEP, HOST: The army says the operation is nearly complete.",
        "\nAYA BATRAWY, BYLINE: Good morning, Steve.",
        "\nINSKEEP: What are you hearing?",
        "\nSPECIAL CORRESPONDENT JANE FERGUSON: Outside a clinic, women wait.",
        "\nYURI TRUTNEV: You are repeating Western propaganda.",
    ], registry) == [
        (True, "Steve Inskeep", ""), (True, "Aya Batrawy", ""), (True, "Steve Inskeep", ""),
        (True, "Jane Ferguson", ""), (True, "Yuri Trutnev", ""),
    ]


def test_a_transcript_turn_runs_to_the_next_label(registry: Registry) -> None:
    # Turns in one paragraph, over several paragraphs, an interview's one-word labels; a stage
    # direction ends a turn.
    assert quotes([
        "ANCHOR: Joining us from Kyiv is our correspondent Nick Paton Walsh.",
        "PATON WALSH: Thank you.", "It has been a long night here.",
        "\nThe sirens sounded for five hours.", "\n(BEGIN VIDEOTAPE)", "\nThe strikes hit Kyiv.",
        "\nANCHOR: Thank you.", "\nKHAN YOUNIS, GAZA STRIP", "\nThe bombardment went on.",
    ], registry) == [
        (True, "anchor", ""), (True, "Nick Paton Walsh", ""), (True, "Nick Paton Walsh", ""),
        (True, "Nick Paton Walsh", ""), NOT, NOT, (True, "anchor", ""), NOT, NOT,
    ]
    assert quotes([
        "Question: Do you see any prospect of contacts with Washington?",
        "Lavrov: We are ready for contacts.", "But we will judge by actions.",
    ], registry) == [(True, "interviewer", ""), (True, "Lavrov", "Russia"),
                     (True, "Lavrov", "Russia")]


def test_transcript_labels_of_surnames_briefings_and_lines_alone(registry: Registry) -> None:
    # CNN's surname labels, the State Department's "MR MILLER:" / "QUESTION:", and a label
    # alone on its line with the turn in the paragraphs after it
    assert quotes([
        "\nBLITZER: Joining us now from Kyiv is the deputy prime minister.",
        "\nSTEFANISHYNA: Thank you, Wolf.", "It was a hard night.",
    ], registry) == [(True, "Blitzer", ""), (True, "Stefanishyna", ""),
                     (True, "Stefanishyna", "")]
    assert quotes([
        "\nMR MILLER: Good afternoon, everyone.",
        "\nQUESTION: Matt, does the administration see evidence?",
        "\nMR MILLER: We have seen none.",
    ], registry) == [(True, "Miller", ""), (True, "interviewer", ""), (True, "Miller", "")]
    assert quotes([
        "\nPRESENTER:", "\nThe Foreign Secretary James Cleverly is with us now.",
        "\nJAMES CLEVERLY:",
        "\nGood morning. Putin must come to the table.", "There can be no reward for aggression.",
    ], registry) == [NOT, (True, "presenter", ""), NOT, (True, "James Cleverly", ""),
                     (True, "James Cleverly", "")]


def test_an_acronym_label_keeps_its_capitals(registry: Registry) -> None:
    # a Kosovo newcomer's press conference transcript had the speakers "Kossev" and "Rts": an
    # acronym label is written as the prose writes it, else in capitals when it has no vowel;
    # a surname label (the near-miss) stays the person the article names
    assert quotes([
        "KoSSev publishes a transcript of the press conference held by General Luca Ferraris.",
        "\nFERRARIS: Good afternoon.", "\nKOSSEV: General, will KFOR take over policing?",
        "\nRTS: Do you have evidence?", "\nFERRARIS: I will not speculate.",
    ], registry)[1:] == [(True, "Luca Ferraris", ""), (True, "KoSSev", ""), (True, "RTS", ""),
                         (True, "Luca Ferraris", "")]


def _whole(text: str, registry: Registry) -> list[tuple[bool, str]]:
    """(is_quote, speaker) of each content sentence of ``text`` segmented as one article."""
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    return [(q, s) for q, s, k in zip(out["is_quote"], out["speaker"], out["kind"])
            if k == "sentence"]


def test_a_turn_goes_on_into_a_paragraph_only_as_speech(registry: Registry) -> None:
    # The last turn had run to the article's end, narration included.
    assert _whole("Zelensky: We need more shells.\n\nKuleba: We ask our partners to hurry."
                  "\n\nThe Pentagon said a new package would come. Congress must approve it.",
                  registry) == [(True, "Zelenskyy"), (True, "Kuleba"), (False, ""), (False, "")]
    assert _whole("HOST: Welcome back. How are you?\n\nINNA SOVSUN: I am exhausted.\n\n"
                  "But nobody I know is giving up.\n\nThe interview was edited. Sovsun is a "
                  "lawmaker.", registry) == [
        (True, "host"), (True, "host"), (True, "Inna Sovsun"), (True, "Inna Sovsun"),
        (False, ""), (False, "")]
    # "US" is no "us", a question no speech; places in capitals are no people
    assert _whole("BLACK SEA: Ukraine's navy said it hit a ship. Did it sink?\n\nNEW YORK: The "
                  "Security Council met and the US would veto.\n\nRussian forces shelled "
                  "Kharkiv.", registry) == [(False, "")] * 4


def test_an_interview_of_questions_and_greetings_is_a_transcript(registry: Registry) -> None:
    # Neither had a first or second person in half its turns, so neither read as a transcript:
    # a magazine's Q&A with the publication as questioner, and a radio interview
    assert quotes([
        "Oleksandr Syrskyi, 59, has been commander-in-chief since February 2024.",
        "\nDER SPIEGEL: General, how long can Ukraine hold out without new weapons?",
        "\nSyrskyi: We are not counting on anyone but ourselves.",
        "\nDER SPIEGEL: Is a new mobilization necessary?",
        "\nSyrskyi: That is a decision for the political leadership.",
    ], registry) == [NOT, (True, "Der Spiegel", ""), (True, "Syrskyi", "Ukraine"),
                     (True, "Der Spiegel", ""), (True, "Syrskyi", "Ukraine")]
    # a question after a statement in the same turn (a second reviewer's finding)
    assert quotes([
        "Oleksandr Syrskyi has been commander-in-chief since February 2024.",
        "\nDER SPIEGEL: Putin said this week the war will last for years. Is he right?",
        "\nSYRSKYI: The war will end when Russia runs out of resources.",
        "\nDER SPIEGEL: Zelensky has asked Berlin for Taurus missiles. Would they change it?",
        "\nSYRSKYI: Any long-range weapon changes the calculation.",
    ], registry)[1:] == [(True, "Der Spiegel", ""), (True, "Syrskyi", "Ukraine")] * 2
    assert quotes([
        "INSKEEP: Michael Kofman is a senior fellow at the Carnegie Endowment.", "Good morning.",
        "\nMICHAEL KOFMAN: Good morning.",
        "\nINSKEEP: How serious is the situation around Pokrovsk?",
        "\nKOFMAN: It's quite serious.", "Russia has been making gains there for months.",
    ], registry) == [(True, "Inskeep", "")] * 2 + [(True, "Michael Kofman", "")] + [
        (True, "Inskeep", "")] + [(True, "Michael Kofman", "")] * 2


def test_a_digests_quote_line_is_its_source_lines_speaker(registry: Registry) -> None:
    # Ukrainska Pravda's form: "Source:" names the voice, "Quote:" gives its words
    assert quotes(["Kyrylo Budanov believes that Russia is preparing an offensive.",
                   "\nSource: Budanov in an interview with Ukrainska Pravda",
                   "\nQuote: \"The enemy is accumulating reserves.\""], registry)[-1] == (
        True, "Budanov", "Ukraine")
    assert quotes(["Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on "
                   "Telegram", "\nQuote: \"The enemy struck the city.\""], registry)[-1] == (
        True, "Oleh Syniehubov", "Ukraine")
    assert quotes(["Oleh Syniehubov spoke.", "\nQuote from Syniehubov: \"They struck again.\""],
                  registry)[-1] == (True, "Oleh Syniehubov", "")
    # a publication or a picture as the source names no voice, unless it cites one; without a
    # source line nobody is named
    for source in ("Source: European Pravda", "Source: Reuters", "Source: RBC-Ukraine",
                   "Source: Getty Images", "Source: Photo by Oleksandr Klymenko",
                   "Yermak met the envoys."):
        assert quotes([source, "\nQuote: “A freeze is not peace.”"], registry)[-1] == (
            True, "", ""), source
    assert quotes(["Source: Suspilne, citing Oleh Syniehubov", "\nQuote: “We need power.”"],
                  registry)[-1] == (True, "Oleh Syniehubov", "")
    # a later paragraph brings in another voice: the quote after it is that voice's, and two
    # voices named together give none (a reviewer's findings)
    assert quotes(["Source: Andrii Sybiha on X", "\nQuote: “Russia does not want peace.”",
                   "\nBackground: Earlier, Russian Foreign Ministry spokeswoman Maria Zakharova "
                   "said Kyiv was sabotaging the talks.", "\nQuote: “Kyiv is not ready.”"],
                  registry)[-1] == (True, "Zakharova", "Russia")
    assert quotes(["Source: Zelensky and Macron at a joint press conference",
                   "\nQuote: “We agreed.”"], registry)[-1] == (True, "", "")
    # a "Details:" line between: its reporting subject speaks, a victim or a host named there
    # does not (a second reviewer's findings)
    assert quotes(["Source: Budanov in an interview with The War Zone",
                   "\nDetails: Budanov said Putin was preparing a new offensive.",
                   "\nQuote: “They will attack in summer.”"], registry)[-1] == (
        True, "Budanov", "Ukraine")
    assert quotes(["Source: Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, on "
                   "Telegram", "\nDetails: The strike injured a woman, Halyna Petrenko.",
                   "\nQuote: “The enemy struck the city.”"], registry)[-1] == (
        True, "Oleh Syniehubov", "Ukraine")


def test_a_round_ups_rhetorical_question_is_no_interview(registry: Registry) -> None:
    # each leader named once: a question under one of them is the writer's, not a dialogue
    assert quotes(["\nZELENSKYY: Ukraine's navy said it hit a ship. Did it sink?",
                   "\nPUTIN: The Russian leader has not commented."], registry) == [NOT] * 2
    # leaders' heads that come back, with questions someone asks in the third person: still
    # narration (a reviewer's finding)
    assert quotes(["\nZELENSKYY: The Ukrainian president met allies in Munich.",
                   "\nPUTIN: The Russian leader told state TV the offensive went to plan.",
                   "\nZELENSKYY: On Sunday he visited troops. Where were the Patriots?",
                   "\nPUTIN: The Kremlin leader asked officials why drones still reached Moscow?"],
                  registry) == [NOT] * 4


def test_a_round_up_headed_by_leaders_names_is_narration(registry: Registry) -> None:
    # Two labels name speakers, but the paragraphs speak of them in the third person.
    pieces = ["\nZELENSKYY: The Ukrainian president met European leaders in Brussels.",
              "\nPUTIN: The Russian leader has not commented.",
              "\nTRUMP: The US president called for talks."]
    assert quotes(pieces, registry) == [NOT] * 3


@pytest.mark.parametrize("pieces", [
    # one label is no transcript
    ["Only one label here.", "\nZELENSKY: We will win."],
    # notices, explainers' section heads, datelines and headlines naming an actor
    ["UPDATE: The strike killed three people.", "\nKYIV: Sirens sounded again."],
    ["WHY IT MATTERS: Kyiv needs air defence.", "\nTHE BIG PICTURE: Russia is advancing.",
     "\nBY THE NUMBERS: 40 drones."],
    ["UKRAINE WAR: Russia fires missiles.", "\nKHERSON LATEST: Shelling again."],
    ["TIMELINE: It began in 2022.", "\nFACTBOX: What we know."],
    ["CORRECTION: An earlier version misnamed the town.", "Update to follow.",
     "\nUPDATE: Correction made."],
    # a word the text capitalises elsewhere is no surname without a first name before it
    ["On Monday the talks began.", "\nMONDAY: Talks began.", "\nTUESDAY: Talks broke down.",
     "Tuesday was quiet."],
    ["Barrels of Brent rose.", "\nBRENT: Up 2 %.", "\nURALS: Down 1 %.", "Urals fell."],
    # words the name data also lists as first names
    ["\nDEATH TOLL: At least 12 people were killed.", "\nHOSTAGE DEAL: Talks resumed."],
    ["\nUpdate: The strike killed three.", "\nKyiv: Sirens again.", "\nNote: We updated this."],
    # a fact check's heads, though the claim speaks in the first person
    ["\nFACTBOX: What we know.", "\nCLAIM: We won the war.", "\nVERDICT: You are wrong."],
])
def test_capitalised_openers_that_name_no_speaker_are_no_turns(registry: Registry,
                                                              pieces: list[str]) -> None:
    assert quotes(pieces, registry) == [NOT] * len(pieces)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Mozambique newcomer's DW page opened on 'Transcript: "Is Cabo Delgado safe enough for
    # TotalEnergies?"': a quote by a speaker "Transcript"; a rubric's word names no one either
    ("Transcript: “Is Kherson safe enough to go home?”", (True, "", "")),
    ("Analysis: “Is Kherson safe enough to go home?”", (True, "", "")),
    # a Nigeria newcomer's claims monitor: "Claim text (translated):" over an ISWAP claim had
    # given it a speaker "Claim"; a reproduced document's label names no one
    ("Claim text (translated): “By the grace of Allah, the soldiers attacked a barracks.”",
     (True, "", "")),
    ("Full text: “We will not negotiate with the occupiers.”", (True, "", "")),
    # ... while a name before the colon speaks, as before, with a document's word too
    ("Zelensky: “Is Kherson safe enough to go home?”", (True, "Zelenskyy", "Ukraine")),
    ("Zelensky's statement: “We will not negotiate with the occupiers.”",
     (True, "Zelenskyy", "Ukraine")),
])
def test_a_rubrics_or_documents_word_before_a_colon_is_no_speaker(
        registry: Registry, sentence: str, expected: tuple[bool, str, str]) -> None:
    assert quotes([sentence], registry) == [expected]


@pytest.mark.parametrize("sentence", [
    "14:32 GMT – Zelensky: “We are ready for a ceasefire if Russia is.”",
    "• Zelensky: “We are ready for a ceasefire if Russia is.”",
    "Late on Sunday, Zelensky: “We are ready for a ceasefire if Russia is.”",
])
def test_a_live_blog_stamp_before_a_colon_lead_in(registry: Registry, sentence: str) -> None:
    # The time stamp or bullet of a live blog entry had been read as part of the speaker.
    assert quotes([sentence], registry) == [(True, "Zelenskyy", "Ukraine")]


@pytest.mark.parametrize(("sentence", "speaker", "camp"), [
    ("The strike was “a deliberate act of terror against civilians and a war crime”, "
     "according to Ukraine's prosecutor general, Andriy Kostin.", "Andriy Kostin", "Ukraine"),
    ("“The strike was a deliberate act of terror,” according to the head of the regional "
     "administration, Oleh Syniehubov, who spoke on television.", "Oleh Syniehubov", ""),
    # no bare name after the comma: the description stays
    ("“The strike was a deliberate act of terror,” according to the ministry, Reuters "
     "reported.", "ministry", ""),
    ("“The strike was a deliberate act of terror,” according to a senior official, who asked "
     "not to be named.", "senior official", ""),
])
def test_according_to_a_description_then_a_name(registry: Registry, sentence: str,
                                               speaker: str, camp: str) -> None:
    # The name in apposition had been left for the description before it.
    assert quotes([sentence], registry) == [(True, speaker, camp)]


@pytest.mark.parametrize(("pieces", "speaker", "camp"), [
    # a newspaper named "... Post" is no document, and no metonym of its city's state: no side
    (["“The war is lost,” the Washington Post said."], "Washington Post", ""),
    # the issuer before the noun
    (["“Kyiv must withdraw,” a Kremlin statement said."], "Russia", "Russia"),
    (["“Kyiv must withdraw,” the Foreign Ministry's statement said."], "Foreign Ministry", ""),
    # ... never words running over another article (a fixer's find: "The Kremlin issued a
    # statement." had given the issuer "Kremlin issued a")
    (["The Kremlin issued a statement.", "“Kyiv must withdraw,” the statement said."],
     "Russia", "Russia"),
    # a person who rejects a statement is not its issuer; its owner or sender is
    (["Kuleba rejected a statement from the Russian Foreign Ministry.",
      "“Ukraine is a terrorist state,” the statement said."], "Russian Foreign Ministry",
     "Russia"),
    (["Zelensky dismissed the Kremlin's statement as lies.", "“Kyiv attacked first,” the "
      "statement said."], "Russia", "Russia"),
    (["Zelensky dismissed the statement as lies.", "“Kyiv attacked first,” the statement said."],
     "", ""),
    # "X said in a statement" (the accused named in the sentence is not)
    (["The State Department said in a statement that the RSF had committed genocide.",
      "“The RSF murdered men and boys,” the statement said."], "United States", "West"),
    # the statement already quoted in the sentence before keeps its issuer (an Iraqi Kurdistan
    # newcomer's ANF article: "“…,” the statement continued" had no speaker)
    (["The Russian Foreign Ministry issued a statement.",
      "\nThe statement said: “Kyiv is to blame.”",
      "\n“If Kyiv is sincere, it must stop these attacks,” the statement continued."],
     "Russian Foreign Ministry", "Russia"),
    (["The Russian Foreign Ministry issued a statement.",
      "\nThe statement said: “Kyiv is to blame.”",
      "\n“If Kyiv is sincere, it must stop these attacks,” the statement continued.",
      "“Otherwise the blame lies with Kyiv.”"], "Russian Foreign Ministry", "Russia"),
    # ... but not one a person rejected before it was quoted
    (["Zelensky dismissed the statement as lies.", "\nThe statement said: “Kyiv is to blame.”",
      "\n“Kyiv attacked first,” the statement continued."], "", ""),
    # ... and over a quotation of two sentences and a claim between (the ANF article itself)
    (["The Russian Foreign Ministry issued a statement.",
      "\nThe statement said: “Kyiv is to blame.", "It shells towns.”",
      "\nAccording to the ministry, drones struck 46 sites.",
      "\n“If Kyiv is sincere, it must stop,” the statement continued."],
     "Russian Foreign Ministry", "Russia"),
    (["Zelensky dismissed the statement as lies.", "\nThe statement said: “Kyiv is to blame.",
      "It shells towns.”", "\nAccording to the ministry, drones struck 46 sites.",
      "\n“If Kyiv is sincere, it must stop,” the statement continued."], "", ""),
    # a fixer's case: French, the verb inverted before the document, and "the text" of the
    # communiqué a sentence before names (all three had no speaker)
    (["Le Kremlin a publié un communiqué.",
      "« L’Ukraine viole les accords », affirme le texte."], "Russia", "Russia"),
    (["Le Kremlin a publié un communiqué.",
      "« L’Ukraine viole les accords », a précisé le communiqué."], "Russia", "Russia"),
    (["The Kremlin issued a statement.", "“Ukraine violates the accords,” the text said."],
     "Russia", "Russia"),
    # near misses: a person who rejected the communiqué is not its issuer; no document before,
    # no one
    (["Zelensky a rejeté le communiqué.",
      "« L’Ukraine viole les accords », affirme le texte."], "", ""),
    (["« L’Ukraine viole les accords », affirme le texte."], "", ""),
])
def test_a_documents_issuer_is_who_issued_it(registry: Registry, pieces: list[str],
                                             speaker: str, camp: str) -> None:
    assert quotes(pieces, registry)[-1] == (True, speaker, camp)


@pytest.mark.parametrize("sentence", [
    "“We operate around the clock,” explains Andriy Petrenko, the chief surgeon.",
    "“We operate around the clock,” Andriy Petrenko admits.",
    "“We operate around the clock,” recalls Andriy Petrenko.",
    "“We operate around the clock,” Andriy Petrenko concedes, and laughs.",
])
def test_present_tense_attribution_of_features(registry: Registry, sentence: str) -> None:
    assert quotes([sentence], registry) == [(True, "Andriy Petrenko", "")]


# French reporting verbs, inverted after the words as "said X" is (a Cameroon newcomer's
# French state paper had no speaker for any of its quotations, two of them typed partial)
@pytest.mark.parametrize(("pieces", "expected"), [
    (["« Nous ne céderons pas », a déclaré Volodymyr Zelensky lors d’une conférence de presse."],
     (True, "Zelenskyy", "Ukraine")),
    (["« Nous ne céderons pas », confie Andriy Petrenko, le chirurgien en chef."],
     (True, "Andriy Petrenko", "")),
    # a description after "un" / "une" with a French role noun is the speaker, as "said a
    # shopkeeper" is (both had none; a newcomer's "confie un commerçant du marché central")
    (["« Nous dormons enfin », confie un commerçant du marché central."],
     (True, "commerçant du marché central", "")),
    (["« Nous dormons enfin », a déclaré une habitante de Bamenda."],
     (True, "habitante de Bamenda", "")),
    (["“We finally sleep,” said a shopkeeper."], (True, "shopkeeper", "")),
    # ... while a noun outside the list names no one, and "UN officials" keep their "UN"
    (["« Nous dormons enfin », confie un ami."], (True, "", "")),
    (["“We are ready,” UN officials said."], (True, "UN officials", "Other")),
    # the pronoun inverted into the verb refers back as "he said" does
    (["Emmanuel Macron est arrivé à Kiev.",
      "« La France restera aux côtés de l’Ukraine », a-t-il affirmé."], (True, "Macron", "West")),
    (["Emmanuel Macron est arrivé à Kiev.",
      "« La France restera aux côtés de l’Ukraine », ajoute-t-il."], (True, "Macron", "West")),
    # a judging verb gives a woven phrase its speaker, as "denounced" does
    (["Emmanuel Macron a dénoncé « une agression barbare » de la Russie."],
     (False, "Macron", "West")),
    # a Lebanon newcomer's case: the office's "de la" complement before the holder in
    # apposition had been the speaker "de la Santé" (its article "la" read as a given name)
    (["« Nous ne pouvons pas cautionner cette décision », a déclaré le ministre de la Santé, "
      "Rakan Nassreddine."], (True, "Rakan Nassreddine", "")),
    (["« Les frappes continuent », a précisé le ministre de l’Information, Paul Morcos."],
     (True, "Paul Morcos", "")),
    (["« Il faut agir », a déclaré le ministre de la Santé Rakan Nassreddine."],
     (True, "Rakan Nassreddine", "")),
    # near misses: the portfolio alone names no person, only the role (a fixer's case made
    # "ministre" a French role noun: it had had no speaker); a name's own particle stays the name's
    (["« Il faut agir », a déclaré le ministre de la Santé."],
     (True, "le ministre de la Santé", "")),
    (["« Il faut agir », a déclaré le général de Gaulle."], (True, "de Gaulle", "")),
    # a Lebanon newcomer's cases: the inverted pronoun set off before the words refers back as
    # after them ("Le gouvernement, a-t-il dit, « … »" had no speaker, "Mais, ajoute-t-il,
    # « … »" the speaker "Mais")
    (["Emmanuel Macron est arrivé à Kiev.", "L’Europe, a-t-il dit, « doit rester unie »."],
     (True, "Macron", "West")),
    (["Emmanuel Macron est arrivé à Kiev.", "Mais, ajoute-t-il, « rien n’est joué »."],
     (True, "Macron", "West")),
    # ... and with no one before it, no one: the conjunction "Mais" is no name
    (["Mais, ajoute-t-il, « rien n’est joué »."], (True, "", "")),
    # a Lebanon newcomer's case: the article opening the sentence before a post in apposition
    # had been the speaker "Le" (a surname in the name data)
    (["Le commandant en chef de l’armée, le général Rodolphe Haykal, a assuré que la troupe "
      "« ne se heurtera à aucune composante »."], (False, "Rodolphe Haykal", "")),
    # near miss: the article that is a name's first word stays the name's
    (["Le Pen a déclaré que l’armée « ne se heurtera à aucune composante »."],
     (False, "Le Pen", "")),
    # near miss: a subject named before its verb and a colon stays the speaker
    (["Emmanuel Macron est arrivé à Kiev.", "Olaf Scholz a ajouté : « L’Europe doit rester "
      "unie »."], (True, "Scholz", "West")),
    # a fixer's case: a verb inverted before its speaker and set off by commas inside the
    # quoted sentence speaks for the one after it, not the sentence's subject before it (the
    # speaker had been Europe, and "L'armée")
    (["L'Europe, a dit Olaf Scholz, « doit se tenir prête face à la Russie »."],
     (True, "Scholz", "West")),
    (["L'armée, a dit Olaf Scholz, « doit se tenir prête face à la Russie »."],
     (True, "Scholz", "West")),
    (["Europe, said Olaf Scholz, “must be ready to face Russia”."], (True, "Scholz", "West")),
    # near misses: the one after the verb at the end stays the speaker; "told" names the
    # listener; a day after the verb is no speaker
    (["« Nous devons nous tenir prêts face à la Russie », a dit l'Europe."],
     (True, "Europe", "West")),
    (["Peskov, Putin's spokesman, told reporters, “we are ready”."], (True, "Peskov", "Russia")),
    (["Kyiv, said Monday, “is ready”."], (True, "Ukraine", "Ukraine")),
    # a fixer's case: French "Pour X, « … »" opening the sentence is "according to X", as
    # "Selon X" is (both had no speaker; "Pour Israël" had been the person "Pour Israël")
    (["Pour Nabih Berri, « la résolution 1701 doit être appliquée »."],
     (True, "Nabih Berri", "")),
    (["Pour le Premier ministre, « la résolution 1701 doit être appliquée »."],
     (True, "le Premier ministre", "")),
    (["Selon Olaf Scholz, « l’Europe doit rester unie »."], (True, "Scholz", "West")),
    # ("Pour Israël", the French spelling, is the registry's Israel, its accent dropped; it had
    # been the person 'Israël', no camp)
    (["Pour Israël, « le Hezbollah doit désarmer »."], (True, "Israel", "Other")),
    (["Pour Israel, « le Hezbollah doit désarmer »."], (True, "Israel", "Other")),
    # near misses: "Pour" before no one is no attribution
    (["Pour la première fois, « la résolution 1701 doit être appliquée »."], (True, "", "")),
    (["Pour le moment, « rien n’est joué »."], (True, "", "")),
    # a breaker's: "Pour" before one word no registry's is a feast, a month, an event or a
    # town as often as a person ('Pâques', 'Noël', 'Roland-Garros', 'Bakhmout' had been the
    # speakers); "Pour Zelensky" and "Selon Zelensky" are the registry's Zelenskyy ('Pour' had
    # been read as his given name: no mention), as "According to Zelensky" is
    (["Pour Pâques, « une trêve » a été proposée par Moscou."], NOT),
    (["Pour Noël, « aucune trêve » n'est prévue sur le front."], NOT),
    (["Pour Janvier, « aucune trêve »."], (True, "", "")),
    (["Pour Roland-Garros, « tout est prêt », assurent les organisateurs."], NOT),
    (["Pour Bakhmout, « la bataille est perdue »."], (True, "", "")),
    (["Pour Zelensky, « c'est une trahison »."], (True, "Zelenskyy", "Ukraine")),
    (["Selon Zelensky, « c'est une trahison »."], (True, "Zelenskyy", "Ukraine")),
    # near miss: one named in full before stays his
    (["Nabih Berri a parlé à Beyrouth.", "Pour Berri, « la résolution doit être appliquée »."],
     (True, "Nabih Berri", "")),
])
def test_french_reporting_verbs(registry: Registry, pieces: list[str],
                                expected: tuple[bool, str, str]) -> None:
    assert quotes(pieces, registry)[-1] == expected


# Spanish and Portuguese reporting verbs, a word list of the preterite, inverted after the
# words as "said X" is (the French list's newcomers' Spanish and Portuguese quotations had none)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("«La situación es grave», dijo Guterres.", (True, "Guterres", "Other")),
    ("«La situación es grave», afirmó António Guterres.", (True, "Guterres", "Other")),
    ("«A situação é grave», disse Tomás Badae.", (True, "Tomás Badae", "")),
    ("«Não vamos ceder», acrescentou Volodymyr Zelensky.", (True, "Zelenskyy", "Ukraine")),
    # the verbs that say and judge (a Venezuela newcomer's "la canciller Yolanda Marcano
    # denunció que Georgetown «…»" had no speaker)
    ("El ministro Sergey Lavrov denunció que Kiev «sabotea las negociaciones».",
     (False, "Lavrov", "Russia")),
    ("«No vamos a ceder», advirtió Volodymyr Zelensky.", (True, "Zelenskyy", "Ukraine")),
    ("Sergey Lavrov reiteró: «No vamos a ceder».", (True, "Lavrov", "Russia")),
    # near miss: a participle of such a verb is no report
    ("Los «referendos» organizados por Moscú fueron denunciados.", (False, "", "")),
    # a breaker's: a verb that also holds, deploys or spots speaks before the words only with
    # "que" or a colon ("sostuvo una reunión", "destacó a 300 efectivos", "advirtió un buque"
    # had the scare quotes spoken)
    ("Lavrov sostuvo una reunión con los «aliados» de Moscú en Minsk.", (False, "", "")),
    ("El Ejército destacó a 300 efectivos en la operación «Escudo Bolivariano».",
     (False, "", "")),
    ("La Guardia Costera advirtió un buque con la bandera de «Guyana Esequiba».",
     (False, "", "")),
    # near misses: with "que" or a colon, or after the words, they speak
    ("Sergey Lavrov sostuvo ante la prensa que «Occidente miente».", (False, "Lavrov", "Russia")),
    ("Sergey Lavrov advirtió: «Occidente miente».", (True, "Lavrov", "Russia")),
    ("«Occidente miente», sostuvo Sergey Lavrov.", (True, "Lavrov", "Russia")),
])
def test_spanish_and_portuguese_reporting_verbs(registry: Registry, sentence: str,
                                                expected: tuple[bool, str, str]) -> None:
    assert quotes([sentence], registry) == [expected]


# ... and such a verb with no subject after it, the pronoun Spanish leaves unsaid, is "he said"
# / "she said": the person named in the sentence before (a Venezuela newcomer's teleSUR piece,
# "… encabezó el acto. «…», afirmó.", had no speaker for any quotation)
@pytest.mark.parametrize(("pieces", "expected"), [
    (["El ministro Ramón Ocando Briceño encabezó el acto.", "«No nos dejaremos intimidar», "
      "afirmó."], (True, "Ramón Ocando Briceño", "")),
    (["La diputada Luisa Carrillo habló en Caracas.", "«El Esequibo es una causa nacional», "
      "dijo ante cientos de simpatizantes."], (True, "Luisa Carrillo", "")),
    # near misses: a subject after the verb stays the speaker; a person named two sentences
    # back, past an unnamed one, is no one's
    (["El ministro Ramón Ocando Briceño encabezó el acto.", "«No nos dejaremos intimidar», "
      "dijo Luisa Carrillo."], (True, "Luisa Carrillo", "")),
    (["Héctor Paz recordó que Brasil reforzó su frontera.", "Un diplomático consultado por "
      "este diario dijo que Brasilia observa.", "«Lula no quiere otra crisis», señaló."],
     (True, "", "")),
    # the subject of the sentence before, after its article and office, never its object (a
    # breaker's had Trump, Lavrov, Cilia Flores), and no body's acronym ('la FANB')
    (["El presidente Gustavo Petro criticó a Donald Trump.", "«Es un error», advirtió."],
     (True, "Gustavo Petro", "")),
    (["La presidenta Claudia Sheinbaum habló de Trump.", "«No nos van a intimidar», sostuvo."],
     (True, "Claudia Sheinbaum", "")),
    (["El canciller Yván Gil recibió a Sergey Lavrov en Caracas.", "«Venezuela no está sola», "
      "afirmó."], (True, "Yván Gil", "")),
    (["O chanceler Mauro Vieira recebeu Lavrov.", "«O Brasil defende o diálogo», destacou."],
     (True, "Mauro Vieira", "")),
    (["El ministro Vladimir Padrino López saludó a la diputada Cilia Flores.",
      "«Venezuela está preparada», afirmó."], (True, "Vladimir Padrino López", "")),
    (["Según el ministro Vladimir Padrino López, la FANB está lista.", "«No hay miedo», "
      "afirmó."], (True, "Vladimir Padrino López", "")),
    # near misses: an untitled subject stays the speaker; a subject not found (after a
    # portfolio in apposition) leaves the object no speaker, no one's rather than a wrong one
    (["Diosdado Cabello acusó a Marco Rubio.", "«Es un mentiroso», dijo."],
     (True, "Diosdado Cabello", "")),
    (["El ministro de Defensa, Ramón Ocando Briceño, saludó a Cilia Flores.",
      "«Estamos listos», afirmó."], (True, "", "")),
])
def test_a_spanish_verb_with_no_subject_refers_back(registry: Registry, pieces: list[str],
                                                    expected: tuple[bool, str, str]) -> None:
    assert quotes(pieces, registry)[-1] == expected


# ... and a Romance office's or place's "de" complement before the name in apposition is no
# person ("de Exteriores", "de Macomia" had been the speakers); "el general de Gaulle" stays
@pytest.mark.parametrize(("sentence", "speaker"), [
    ("«La situación es grave», dijo el ministro de Exteriores, José Manuel Albares.",
     "José Manuel Albares"),
    ("«A situação é grave», disse o administrador do distrito de Macomia, Tomás Badae.",
     "Tomás Badae"),
    ("«A situação é grave», disse o governador da província de Cabo Delgado, Valige Tauabo.",
     "Valige Tauabo"),
    ("«La situación es grave», dijo el general de Gaulle.", "de Gaulle"),
    # a breaker's: a ministry's portfolio after its state's adjective, its particle in the run
    # or not, is no one ('de la Défense', 'Affaires' had been the speakers)
    ("Selon le ministère russe de la Défense, « 40 drones ont été abattus ».", ""),
    ("Selon le ministère russe des Affaires étrangères, « Kiev ment ».", ""),
    ("Selon le ministère ukrainien de la Défense, « Moscou ment ».", ""),
    
])
def test_a_romance_complement_before_the_name_is_no_speaker(registry: Registry, sentence: str,
                                                            speaker: str) -> None:
    assert quotes([sentence], registry) == [(True, speaker, "")]


# Serbian, Croatian and Bosnian reporting verbs, the participle and "je" inverted after the
# words (a Kosovo newcomer's RTS quotations had no speaker, the first not even a quote): the
# name closing the description, not the office's genitive ("Kancelarije") nor the outlet after
# "za"; "ona" refers back to the woman named in the sentence before, not further ("Penzionerka
# iz Zvečana …" is no one the index sees); "Prema njegovim rečima," is "according to him"
@pytest.mark.parametrize(("pieces", "expected"), [
    (["„Ljudi su ostali bez novca“, rekao je za RTS direktor Kancelarije za Kosovo i Metohiju "
      "Petar Petković."], (True, "Petar Petković", "")),
    (["„Ljudi su ostali bez novca“, izjavila je Ana Brnabić."], (True, "Ana Brnabić", "")),
    (["„Ljudi su ostali bez novca“, rekao je Zelenski."], (True, "Zelenski", "")),
    (["Potpredsednica Srpske liste Milica Radenković izjavila je da je policija legitimisala "
      "građane.", "„Ovo je pritisak na srpski narod“, rekla je ona."],
     (True, "Milica Radenković", "")),
    (["Aleksandar Vučić je posetio Rašku.", "Prema njegovim rečima, Srbija će nastaviti „dok "
      "god postoji i jedan Srbin“."], (False, "Aleksandar Vučić", "")),
    # near misses: the office alone names no one; a woman two sentences up is not "ona"
    (["„Ljudi su ostali bez novca“, rekao je direktor Kancelarije za Kosovo i Metohiju."],
     (True, "", "")),
    (["Potpredsednica Srpske liste Milica Radenković izjavila je da je policija legitimisala "
      "građane.", "Penzionerka iz Zvečana kaže da je putovala do Raške.",
      "„Ne znam kako ćemo preživeti zimu“, rekla je ona."], (True, "", "")),
    # a breaker's: a surname alone after the outlet is the speaker ('Politiku Stojković' had
    # been), and "Vlada Srbije" the Government of Serbia (the person 'Vlada Srbije' had been)
    (["„Nećemo odustati“, rekao je za Politiku Stojković."], (True, "Stojković", "")),
    (["„Nećemo odustati“, navela je Vlada Srbije."], (True, "Serbia", "Other")),
    # near misses: "Vlada" the given name before a surname stays a person; no outlet, the
    # surname stays
    (["„Nećemo odustati“, rekao je Vlada Divac."], (True, "Vlada Divac", "")),
    (["„Nećemo odustati“, rekao je Stojković."], (True, "Stojković", "")),
])
def test_serbian_reporting_verbs(registry: Registry, pieces: list[str],
                                 expected: tuple[bool, str, str]) -> None:
    assert quotes(pieces, registry)[-1] == expected


# Albanian reporting verbs inverted after the words (a Kosovo newcomer's Koha quotations had no
# speaker, or none found): the name in apposition after the office's "e" / "së" complement;
# "ai" / "ajo" refer back; "e quajti" (called it) gives a woven phrase its speaker
@pytest.mark.parametrize(("pieces", "expected"), [
    (["„Ligji vlen për të gjithë qytetarët, pa dallim”, tha zëdhënësja e Policisë së Kosovës, "
      "Lirie Gashi."], (True, "Lirie Gashi", "")),
    (["„Qeveria po e shtyn veriun drejt një konflikti të ri”, deklaroi nënkryetarja e Listës "
      "Serbe, Milica Radenković."], (True, "Milica Radenković", "")),
    (["„Ligji vlen për të gjithë”, tha Albin Kurti."], (True, "Albin Kurti", "")),
    (["Albin Kurti vizitoi Mitrovicën.", "„Ligji vlen për të gjithë”, shtoi ai."],
     (True, "Albin Kurti", "")),
    (["Albin Kurti e quajti aksionin „provokim të radhës”."], (False, "Albin Kurti", "")),
    # near misses: the office alone names no one; "Tha" as a given name stays a name
    (["„Ligji vlen për të gjithë”, tha zëdhënësja e Policisë së Kosovës."], (True, "", "")),
    (["“We will rebuild the village,” said Tha Lwin."], (True, "Tha Lwin", "")),
])
def test_albanian_reporting_verbs(registry: Registry, pieces: list[str],
                                  expected: tuple[bool, str, str]) -> None:
    assert quotes(pieces, registry)[-1] == expected


@pytest.mark.parametrize("sentence", [
    # scare quotes with no reporting verb stay nobody's, in French as in English
    "Les « référendums » organisés par Moscou ont été condamnés.",
    "Los «referendos» organizados por Moscú fueron condenados.",
    "The EU approved a new tranche of “urgent” aid.",
])
def test_french_verbs_leave_scare_quotes_alone(registry: Registry, sentence: str) -> None:
    assert quotes([sentence], registry) == [(False, "", "")]


@pytest.mark.parametrize(("sentence", "speaker", "camp"), [
    ("“We are ready for talks,” Peskov was cited as saying by TASS.", "Peskov", "Russia"),
    ("“We are ready for talks,” Peskov was quoted by the RIA news agency as saying.", "Peskov",
     "Russia"),
    ("“We are ready for talks,” TASS quoted Peskov as saying.", "Peskov", "Russia"),
    ("TASS quoted Peskov as saying: “We are ready for talks.”", "Peskov", "Russia"),
    ("RIA quoted a Russian commander, Apti Alaudinov, as saying: “We are advancing on all "
     "fronts.”", "Apti Alaudinov", "Russia"),
    ("Russian media quoted him as saying: “We are ready for talks.”", "", ""),
    ("Asked about Zelensky, Peskov was quoted by RIA as saying: “He is illegitimate.”",
     "Peskov", "Russia"),
    ("Writing on Telegram, Medvedev was quoted by RIA as saying: “They will pay.”", "Medvedev",
     "Russia"),
    ("“We are ready for talks,” Peskov was quoted by Interfax as saying on Tuesday.", "Peskov",
     "Russia"),
])
def test_speech_relayed_by_a_news_agency(registry: Registry, sentence: str, speaker: str,
                                         camp: str) -> None:
    # The agency relays the words; the person it quotes is the speaker.
    assert quotes([sentence], registry) == [(True, speaker, camp)]


def test_a_pronoun_after_a_quote_continues_its_speaker(registry: Registry) -> None:
    # Not the last name of the attribution's tail; a person named in between, or a pronoun
    # of the other gender, keeps the last-named reading.
    assert quotes([
        "\n“We are ready,” Peskov said, responding to Trump.",
        "“The ball is in their court,” he added.",
        "\n“We will hold,” Zelensky told CNN's Fareed Zakaria.",
        "“We have no choice,” he said.",
        "\n“We will win,” Zelensky said.", "Biden arrived in Kyiv on Monday.",
        "“We stand with you,” he said.",
        "\n“We are ready,” Kallas said alongside Rutte.", "“Russia is not,” he added.",
        # a reply is the one spoken to's; two paragraphs on, the last-named reading again
        "\n“We are ready,” Zelensky told Trump.", "“You have no cards,” he replied.",
        "\n“We are ready,” Lavrov said, responding to Rubio.", "“Kyiv must withdraw,” he replied.",
        "\n“We are ready,” Peskov said, responding to Trump.", "\nThe talks resumed.",
        "\n“The ball is in their court,” he added.",
    ], registry) == [
        (True, "Peskov", "Russia"), (True, "Peskov", "Russia"),
        (True, "Zelenskyy", "Ukraine"), (True, "Zelenskyy", "Ukraine"),
        (True, "Zelenskyy", "Ukraine"), NOT, (True, "Biden", "West"),
        (True, "Kallas", "West"), (True, "Rutte", "West"),
        (True, "Zelenskyy", "Ukraine"), (True, "Trump", "West"),
        (True, "Lavrov", "Russia"), (True, "Lavrov", "Russia"),
        (True, "Peskov", "Russia"), NOT, (True, "Trump", "West"),
    ]


def test_a_name_in_apposition_after_a_description_is_the_speaker(registry: Registry) -> None:
    # The description's camp carries over to the name; a description in apposition after a
    # name leaves the name ("Leonid Slutsky, the head of the Russian delegation, said").
    assert quotes([
        "\nThe head of the Russian delegation, Leonid Slutsky, said: “We are satisfied.”",
        "\nRussia’s ambassador to the US, Anatoly Antonov, said: “We are satisfied.”",
        "\nOleksandr Kovalenko, a military analyst, said: “We are satisfied.”",
        "\nZelensky, standing next to Macron, said: “We will hold.”",
        "\nZelensky, unlike Trump, said: “We will hold.”",
    ], registry) == [
        (True, "Leonid Slutsky", "Russia"), (True, "Anatoly Antonov", "Russia"),
        (True, "Oleksandr Kovalenko", ""), (True, "Zelenskyy", "Ukraine"),
        (True, "Zelenskyy", "Ukraine"),
    ]


def test_a_day_between_subject_and_verb_leaves_a_full_quote(registry: Registry) -> None:
    # a wire's "X on Tuesday said: “…”": the day had been read as the subject's noun phrase,
    # so a short quotation after it counted as words woven into narration (a partial quote)
    assert quotes([
        "\nUkrainian President Volodymyr Zelensky on Tuesday said: “We will win.”",
        "\nZelensky late on Friday told reporters: “We will win.”",
        "\nZelensky on Tuesday said the army would “win”.",
    ], registry) == [
        (True, "Zelenskyy", "Ukraine"), (True, "Zelenskyy", "Ukraine"),
        (False, "Zelenskyy", "Ukraine"),
    ]
    # after a phrase of place, whose noun is no subject, the subject opens the clause (a
    # breaker's "Putin at his annual news conference on Thursday said" had been the speaker
    # "news conference", and before the day rule a partial quote)
    assert quotes([
        "\nPutin at his annual news conference on Thursday said: “We will achieve our goals.”",
        "\nPeskov at a regular briefing on Tuesday told reporters: “There is no deal.”",
        "\nZelensky in his nightly video address on Monday said: “We will respond.”",
    ], registry) == [(True, "Putin", "Russia"), (True, "Peskov", "Russia"),
                     (True, "Zelenskyy", "Ukraine")]
    # ... and before the verb of a partial quote's clause (a Red Sea newcomer's "Yemen’s
    # internationally recognized government on Sunday accused the Houthis of holding the Red
    # Sea “hostage”" had the speaker "… government on Sunday", outside the registry); a
    # capitalised day in a name, "The Sunday Times", stays the name's
    assert quotes([
        "\nKenya’s government on Sunday accused the rebels of “sabotage”.",
        "\nThe Sunday Times on Sunday accused the minister of “lying”.",
    ], registry) == [(False, "Kenya’s government", ""), (False, "Sunday Times", "")]


@pytest.mark.parametrize("sentence, expected", [
    # a day and a place, or a place alone, between a named subject and its verb: the city after
    # "in"/"at" had been the speaker (its state; an unknown city a person)
    ("\nRussian President Vladimir Putin on Friday in Moscow said: “The West has lost.”",
     ("Putin", "Russia")),
    ("\nLavrov in Ankara said: “There will be no ceasefire now.”", ("Lavrov", "Russia")),
    ("\nPatrick Muyaya on Monday in Kinshasa said: “Rwanda must withdraw its troops.”",
     ("Patrick Muyaya", "")),
    ("\nPeskov at the Kremlin said: “There is no deal yet.”", ("Peskov", "Russia")),
    # ... and a day before two phrases of place (a breaker's "Zelensky on Tuesday at a press
    # conference in Kyiv said:" had the speaker Ukraine)
    ("\nRussian President Vladimir Putin on Friday at a news conference in Moscow said: “The "
     "West has lost.”", ("Putin", "Russia")),
    ("\nPatrick Muyaya on Monday at a briefing in Kinshasa said: “Rwanda must withdraw its "
     "troops.”", ("Patrick Muyaya", "")),
    # unchanged: no person opens the clause, or the place is in the subject's own phrase
    ("\nOfficials in Kyiv said: “Our consulates stay open.”", ("Officials in Kyiv", "Ukraine")),
    ("\nResidents in Kharkiv said: “The shelling went on all night.”",
     ("Residents in Kharkiv", "")),
])
def test_a_place_between_a_named_subject_and_its_verb_is_no_subject(
        registry: Registry, sentence: str, expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(True, *expected)]


def test_a_participle_after_an_apposition_leaves_the_named_subject(registry: Registry) -> None:
    # "speaking in Vilnius" sets the speech: the subject is the name before the description
    # (it had been "the NATO chief"), or the name after one, not what the participle names.
    assert quotes([
        "\nJens Stoltenberg, the NATO chief, arriving in Vilnius, said: “We stand with Kyiv.”",
        "\nIn Ankara, Sergei Lavrov, Russia’s foreign minister, speaking on Tuesday, said: "
        "“There will be no talks.”",
        "\nThe head of the Russian delegation, Vladimir Medinsky, speaking in Istanbul, said: "
        "“We are ready.”",
        "\nSergei Lavrov, Russia’s foreign minister, speaking alongside Hakan Fidan, said: "
        "“There will be no talks.”",
        "\nOleksandr, a soldier, speaking on condition of anonymity, said: “We ran out.”",
    ], registry) == [
        (True, "Stoltenberg", "West"), (True, "Lavrov", "Russia"),
        (True, "Medinsky", "Russia"), (True, "Lavrov", "Russia"),
        (True, "Oleksandr", ""),
    ]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Libya newcomer's "The spokesman for the General Command, Major General Ahmed
    # al-Mismari, said …" had been the LNA's words: a surname with the Arabic article is a
    # bare name's word, as "Ivan Petrov" is
    ('The spokesman for the Wagner Group, Tariq al-Hashimi, said the group "will not stand '
     'aside."', ("Tariq al-Hashimi", "Russia")),
    ('The spokesman for NATO, Colonel Yusuf al-Amin, said the alliance "will not stand '
     'aside."', ("Yusuf al-Amin", "West")),
    # ... but a description in apposition leaves the body its words
    ('The spokesman for the Wagner Group, a former paratrooper, said the group "will not stand '
     'aside."', ("Wagner Group", "Russia")),
])
def test_a_name_with_the_arabic_article_in_apposition_is_the_speaker(
        registry: Registry, sentence: str, expected: tuple[str, str]) -> None:
    assert quotes([sentence], registry) == [(False, *expected)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a Libya newcomer's "The UAE called for calm and for “giving priority to the voice of
    # wisdom,” state news agency WAM reported." had been WAM's, a full quote: the agency relays
    # the words of the one whose clause holds them, woven into it
    ('Egypt called for calm and for "putting the lives of civilians first," state news agency '
     'NPA reported.', (False, "Egypt")),
    ('Egypt urged "maximum restraint from all parties," state news agency NPA reported.',
     (True, "Egypt")),
    ('Germany called for "an immediate ceasefire," Reuters reported.', (False, "Germany")),
    # (the reporting clause's subject whole, not the demonym opening it)
    ('Polish officials dismissed the figures as "pure fiction," Reuters reported.',
     (False, "Polish officials")),
    # ... not words that open the sentence, nor words in a clause of no speaking
    ('"We will respond," TASS reported.', (True, "TASS")),
    ('Russia struck "civilian targets" overnight, Ukrainian news agency Ukrinform reported.',
     (True, "Ukrainian news agency Ukrinform")),
])
def test_words_a_news_agency_relays_are_the_clauses_subjects(
        registry: Registry, sentence: str, expected: tuple[bool, str]) -> None:
    assert [(q, s) for q, s, _ in quotes([sentence], registry)] == [expected]


@pytest.mark.parametrize(("pieces", "expected"), [
    # a Libya newcomer's "The Egyptian Foreign Ministry expressed “deep concern” …" had no
    # speaker, so Egypt's only words counted nowhere: what one expresses or voices in quoted
    # words is one's own, as what one welcomes is
    (['The Jordanian Foreign Ministry expressed "grave concern" over the shelling of Kharkiv.'],
     [(False, "Jordanian Foreign Ministry", "")]),
    (['Poland voiced "full solidarity" with the people of Kharkiv.'], [(False, "Poland", "West")]),
    # ... concern expressed in the narration's own words quotes nobody
    (["Poland expressed concern over the shelling.", '"We are watching closely," Tusk said.'],
     [NOT, (True, "Tusk", "West")]),
])
def test_quoted_words_one_expresses_are_ones_own(registry: Registry, pieces: list[str],
                                                 expected: list[tuple[bool, str, str]]) -> None:
    assert quotes(pieces, registry) == expected


def test_it_said_refers_back_to_an_organisation(registry: Registry) -> None:
    assert quotes([
        "\nNATO issued a statement on Friday.", "“Allies condemn the attack,” it said.",
        "\nThe Russian Defence Ministry published a video.", "“All targets were hit,” it said.",
        # the subject, not the last body named; a reporting clause before decides; a place
        # ("the Zaporizhzhia plant", "Kharkiv Oblast") never speaks
        "\nNATO met on Friday with the Ukrainian delegation.", "“Allies stand firm,” it said.",
        "\nThe IAEA said drones struck the Zaporizhzhia plant.", "“This is reckless,” it said.",
        "\nDrones hit Kharkiv Oblast overnight.", "“Air defence worked,” it said.",
        # a country is mostly a modifier or in an opening phrase: never "it" here
        "\nFollowing Russian strikes on Kyiv, Ukrenergo introduced emergency power outages.",
        "“Repairs are under way,” it said.",
        "\nAfter talks with Russia, the IAEA announced a new mission.", "“Experts stay,” it said.",
    ], registry) == [NOT, (True, "NATO", "West"), NOT,
                     (True, "Russian Defence Ministry", "Russia"), NOT, (True, "NATO", "West"),
                     NOT, (True, "IAEA", "Other"), NOT, (True, "", ""),
                     # Ukrenergo is a registry body since stop 60: the subject speaks
                     NOT, (True, "Ukrenergo", "Ukraine"),
                     NOT, (True, "IAEA", "Other")]


def test_an_organisation_named_over_of_and_for_the(registry: Registry) -> None:
    # A capitalised run alone stopped at "for the": "Study" was taken for a person.
    assert quotes([
        "\n“Russian forces are regrouping,” the US-based Institute for the Study of War said.",
        "\nThe Institute for the Study of War said: “Russian forces are regrouping.”",
        "\n“The enemy is regrouping,” the Center of National Resistance said.",
        "\nThe Institute for the Study of War published an assessment.",
        "“Russian forces are regrouping,” the institute said.",
    ], registry) == [
        # where a body sits gives it no side (stop 55: "US-based" had made it the West's)
        (True, "Institute for the Study of War", ""),
        (True, "Institute for the Study of War", ""),
        (True, "Center of National Resistance", ""), NOT,
        (True, "Institute for the Study of War", ""),
    ]


def test_a_first_name_alone_finds_its_full_name(registry: Registry) -> None:
    # Features call people by first name after naming them in full; two people of that
    # first name leave it as written.
    assert quotes([
        "\nNadiya Kovalenko, 34, lost her home in March.", "“I was scared,” Nadiya admits.",
    ], registry) == [NOT, (True, "Nadiya Kovalenko", "")]
    assert quotes([
        "\nNadiya Kovalenko and Nadiya Shevchenko lost their homes.", "“I was scared,” Nadiya says.",
    ], registry) == [NOT, (True, "Nadiya", "")]
    # a person known by a first name only is not a namesake's; a surname beats a first name
    assert quotes([
        "\nFirst lady Olena Zelenska visited the hospital.",
        "\nOlena, a nurse who asked that her surname not be used, works nights.",
        "“We are scared,” Olena says.",
        "\nIvan Petro and Petro Shevchenko run the unit.", "“We are ready,” Petro said.",
    ], registry) == [NOT, NOT, (True, "Olena", ""), NOT, (True, "Ivan Petro", "")]
    # ... but a relative clause or an age after the first name is no such introduction
    assert quotes([
        "\nOlena Marchuk fled Kharkiv in 2022.",
        "“We lost everything,” said Olena, who now lives in Lviv.",
    ], registry) == [NOT, (True, "Olena Marchuk", "")]


@pytest.mark.parametrize(("opening", "speaker", "camp"), [
    # a Georgia newcomer's RFE/RL feature: the villager's words had gone to the official
    ("Tedoradze is not waiting for either capital.", "Zurab Tedoradze", ""),
    ("In Odzisi, Tedoradze is not waiting for either capital.", "Zurab Tedoradze", ""),
    # a village opening the sentence is no one's surname: the last speaker as before
    ("Odzisi is not waiting for either capital.", "Ukrainian official", "Ukraine"),
])
def test_a_surname_opening_the_sentence_before_he_is_the_person_named_in_full(
        registry: Registry, opening: str, speaker: str, camp: str) -> None:
    assert quotes([
        "\nZurab Tedoradze points to a row of signs behind his orchard.",
        "\nA Ukrainian official said Kyiv did not want to “provoke” Moscow.",
        "\n" + opening, "“Moscow is on my doorstep,” he said.",
    ], registry)[-1] == (True, speaker, camp)


def test_a_quote_after_a_persons_disposition_is_theirs(registry: Registry) -> None:
    # "X was defiant." introduces X's words; "X was killed." or a mood introduces nobody's.
    assert quotes([
        "\nZelensky was defiant.", "“We will win this war, whatever it costs.”",
        "\nOn the economy, Putin was more upbeat.", "“Growth is returning to every region.”",
        "\nZelensky was killed.", "“We will win this war, whatever it costs.”",
        "\nThe mood was tense.", "“We will win this war, whatever it costs.”",
    ], registry) == [
        NOT, (True, "Zelenskyy", "Ukraine"), NOT, (True, "Putin", "Russia"),
        NOT, (True, "", ""), NOT, (True, "", ""),
    ]


def test_according_to_her_finds_her(registry: Registry) -> None:
    assert quotes([
        "\nOlena Marchuk runs a shelter in Kharkiv.",
        "According to her, “the shelter has been full every night since March.”",
        "\nPeskov spoke after the talks.", "TASS quoted him as saying: “We are ready for talks.”",
    ], registry) == [NOT, (True, "Olena Marchuk", ""), NOT, (True, "Peskov", "Russia")]


@pytest.mark.parametrize(("opening", "speaker"), [
    # "In his words," is "according to him" (a Georgia newcomer's TASS partial quote had had
    # no speaker)
    ("In his words,", "Pavel Orlov"),
    ("In his own words,", "Pavel Orlov"),
    # "In other words," reports no one's (a near-miss)
    ("In other words,", ""),
])
def test_in_his_words_finds_him(registry: Registry, opening: str, speaker: str) -> None:
    assert attributed(
        "Pavel Orlov also commented on the mission. "
        f"{opening} the mission “has no mandate in Abkhazia”.", registry)[-1][2] == speaker


def test_a_right_quote_mark_used_as_an_opener(registry: Registry) -> None:
    # Scraped or retyped text opens quotes with ” too; a ” after a word still closes.
    text = "”We will win,” Zelensky said. A “quote” and ”another” one."
    assert [text[s:e] for s, e in find_quote_spans(text)] == [
        "”We will win,”", "“quote”", "”another”"]
    assert quotes(["\n”We will win,” Zelensky said."], registry) == [
        (True, "Zelenskyy", "Ukraine")]


def test_an_organisation_name_does_not_swallow_a_title_and_name(registry: Registry) -> None:
    assert quotes([
        "\nBank of Russia Governor Elvira Nabiullina said: “Inflation is slowing.”",
        "\nCouncil of Europe Secretary General Alain Berset said: “Inflation is slowing.”",
        "\nThe Office of the President of Ukraine said: “The talks will continue.”",
    ], registry) == [(True, "Elvira Nabiullina", "Russia"), (True, "Alain Berset", "West"),
                     (True, "Office of the President of Ukraine", "Ukraine")]


def test_an_organisation_named_over_in(registry: Registry) -> None:
    # The UN mission's statement was credited to Ukraine, and so to Ukraine's camp.
    assert quotes([
        "\n“Civilian casualties rose in May,” the UN Human Rights Monitoring Mission in Ukraine "
        "said.",
    ], registry) == [(True, "UN Human Rights Monitoring Mission in Ukraine", "Other")]


def test_a_plural_description_is_no_he(registry: Registry) -> None:
    assert quotes([
        "\nThe commander of the drone unit gestured at a row of monitors.",
        "“Each of these screens is a pilot in the air right now,” he said.",
    ], registry) == [NOT, (True, "commander", "")]


def test_the_quote_evaluator_accepts_a_registry_persons_canonical_name(registry: Registry) -> None:
    # a registry person's quotes carry the canonical name ("Kuleba"), which is no error against
    # a gold written with a form of it ("Dmytro Kuleba"): adding a person to the registry must
    # not turn right attributions into errors (stop 55)
    from analysis.evaluate import speaker_matches

    assert speaker_matches("Kuleba", "Dmytro Kuleba", registry)
    assert speaker_matches("Kuleba", ["Mr Kuleba", "Dmytro Kuleba"], registry)
    assert not speaker_matches("Kuleba", "Dmytro Kuleba")  # no registry: the strings alone
    assert not speaker_matches("Lavrov", "Dmytro Kuleba", registry)
    # a role is no form of its holder here: "Ukraine's foreign minister" is a description
    assert not speaker_matches("Kuleba", "Ukraine's foreign minister", registry)


def test_it_at_the_head_of_a_clause_is_the_body_not_a_place_inside_its_name(
        registry: Registry) -> None:
    # stop 56 (a blind set): "London" inside "The Russian Embassy in London" had made "it" the
    # United Kingdom, and "It said it had taken “…”" had been read as a clause opening with "it"
    text = ("The Russian Embassy in London dismissed the announcement as “another futile "
            "attempt”.\n\nIn a statement, it added: “British taxpayers deserve to know why their "
            "money is being burned.”\n\nThe Israeli military said in a statement that it had "
            "struck “a command centre”.\n\nIt said it had taken “numerous steps to mitigate the "
            "risk of harming civilians”, including the use of precise munitions.")
    rows = attributed(text, registry)
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("Russian Embassy in London", "Russia", True),
        ("Russian Embassy in London", "Russia", False),
        ("Israeli military", "Other", True),
        ("Israeli military", "Other", True),
    ]
    # "It" after a document's words is the document: no body spoke, so nobody is found (the
    # last country named, Russia, is not it)
    text = ("A leaked Nato assessment warns that Russia could be ready to test the alliance "
            "within five years.\n\n“Russia is rebuilding its forces faster than anticipated,” "
            "the document says.\n\nIt adds that shortages of air defence remain “the most acute "
            "vulnerability” of European members.")
    assert [(r[2], r[5]) for r in attributed(text, registry)][-1] == ("", True)
    # nor is it a person who spoke before
    text = ("Olena Marchuk said the shelter had received “enough blankets for now”.\n\nIt said "
            "the stocks would last “until the spring”.")
    assert [(r[2], r[5]) for r in attributed(text, registry)] == [
        ("Olena Marchuk", True), ("", True)]


def test_a_sentence_opening_the_description_refers_back_to_the_named_holder(
        registry: Registry) -> None:
    # "The" opening a sentence is no name modifying "envoy" ("a Zelenskyy aide"): the envoy is
    # the one named before, as "the envoy said" after a quote already was
    text = ("“Every new shipment of weapons is a step towards a direct clash,” Russia's envoy to "
            "the OSCE, Gennady Lysenko, told RT.\n\nThe envoy also mocked the EU's latest "
            "sanctions package as “a sign of impotence”.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("Gennady Lysenko", "Russia"), ("Gennady Lysenko", "Russia")]


def test_a_questioners_follow_up_and_a_consortium(registry: Registry) -> None:
    text = ("The minister declined to give a date.\n\nThe reporter, Oksana Levchenko of "
            "Suspilne, pressed: “Minister, do you have any date at all?”\n\n“Operations resumed "
            "at 18:00 local time,” the consortium said in a brief statement.\n\nRussian forces "
            "pressed on toward the town they call “the key to Donbas”.")
    assert [(r[2], r[5]) for r in attributed(text, registry)] == [
        # the lead-in is the quote's attribution clause, so the question makes it a quote
        ("", False), ("Oksana Levchenko", False), ("consortium", False),
        # an advance, not a question: the quoted words have no speaker
        ("", True)]


def test_a_participial_reporting_clause_gives_the_main_clauses_subject(
        registry: Registry) -> None:
    text = ("Zelensky visited the front on Monday, saying the troops were “holding firm”.\n\n"
            "The army withdrew from the city, saying it would “regroup” elsewhere.\n\n"
            "Russian drones struck Odesa overnight, killing three people in what officials "
            "called a “deliberate” attack.")
    assert [(r[2], r[3], r[5]) for r in attributed(text, registry)] == [
        ("Zelenskyy", "Ukraine", True), ("army", "", True),
        # "killing" reports nothing: the officials who called it so speak
        ("officials", "", True)]
    # a possessor's role before the name, and "was … , conceding … that" (a newcomer's); not
    # "It was …"
    text = ("Israel's prime minister Benjamin Netanyahu congratulated Trump, saying his “bold "
            "decision” would “change history”.\n\nPeskov was more candid, conceding to state "
            "television that the damage was “serious”.\n\nIt was the deadliest attack of the "
            "war, claiming that “dozens” died.")
    assert [r[2] for r in attributed(text, registry)] == ["Netanyahu", "Peskov", ""]


@pytest.mark.parametrize("text, speaker", [
    # a day between the main clause's subject and its verb is read past, as it is before
    # "said": a newcomer's "President William Ruto on Sunday defended …, saying …" had no speaker
    ("Kuleba on Sunday defended the grain deal, saying it had “kept ports open”.", "Kuleba"),
    ("The army late on Friday pulled back from the village, saying it would “regroup”.", "army"),
    # ... and a date (a breaker's "Kallas on 12 March defended …, saying" had no speaker)
    ("Kuleba on 3 August defended the grain deal, saying it had “kept ports open”.", "Kuleba"),
    ("Kuleba on August 3 defended the grain deal, saying it had “kept ports open”.", "Kuleba"),
    # ... a place beside the day, and a title's portfolio before the name (a breaker's
    # "Zelenskyy on Sunday in Odesa defended …" and "Minister of Communication and Media
    # Patrick Muyaya on Monday rejected …" had no speaker)
    ("Kuleba on Sunday in Izmail defended the grain deal, saying it had “kept ports open”.",
     "Kuleba"),
    ("Kuleba in Izmail on Sunday defended the grain deal, saying it had “kept ports open”.",
     "Kuleba"),
    ("Minister of Agrarian Policy and Food Taras Vysotskyi on Sunday defended the grain deal, "
     "saying it had “kept ports open”.", "Taras Vysotskyi"),
    # ... a place alone after a description is its posting, no day's (near miss)
    ("The Chinese envoy in Kyiv met Kuleba on Friday and praised the deal, saying it had "
     "“kept ports open”.", "Chinese envoy in Kyiv"),
    # ... but a second clause after it still names nobody
    ("Russia on Sunday launched 50 drones and Ukraine's air force downed 41, saying the rest "
     "had hit “energy sites”.", ""),
])
def test_a_participial_reporting_clause_reads_past_a_day_after_the_subject(
        registry: Registry, text: str, speaker: str) -> None:
    assert [r[2] for r in attributed(text, registry)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a breaker's sentences: a noun or another sense of the verb is no naming clause
    ("Ukraine's foreign ministry said on Friday that Moscow's terms amounted to “capitulation”.",
     "Ukrainian Foreign Ministry"),
    ("Peskov said on Wednesday that Kyiv's latest calls were “pure hysteria”.", "Peskov"),
    ("The SBU said on Monday that Russian brands were funding the “war machine”.",
     "Security Service of Ukraine"),
    ("Kyslytsya said on Friday that Moscow had called the session “only to spread lies”.",
     "Kyslytsya"),
    ("Zelensky said that Erdogan had called him about the “grain corridor” on Sunday.",
     "Zelenskyy"),
    ("Russia's defence ministry denied that its troops had killed civilians and described the "
     "images as a “staged performance”.", "Russian Defence Ministry"),
    # ... and these are naming clauses
    ("Lavrov claimed on Friday that Zelensky had described the Istanbul talks as “pointless”.",
     "Zelenskyy"),
    ("Lavrov said on Wednesday that Western countries call Russia a “terrorist state”.", "West"),
    ("Peskov dismissed what was described by Kyiv as a “breakthrough” in the talks.", "Ukraine"),
    ("Zelensky said the aid would not stop what Russia refers to as its “special military "
     "operation”.", "Russia"),
    ("Russia never disclosed its losses at Bakhmut, a battle that Ukrainian soldiers who fought "
     "there called a “meat grinder”.", "Ukraine"),
    ("Russia never disclosed its losses, in a battle that Russian milbloggers called a “meat "
     "grinder”.", "milblogger"),
    # an adverb before the naming verb (a newcomer's "what Azerbaijan long called")
    ("Zelensky said the route was what Moscow long called a “land bridge” to Crimea.",
     "Russia"),
    ("Zelensky said Russia was what Kyiv once called a “brotherly nation”.", "Ukraine"),
    # a claim's noun with no relative word (a newcomer's rebuttal had been the rebutted
    # agency's voice)
    ("Ukraine's intelligence agency said the drones came from Iran, a claim the Kremlin "
     "dismissed as “absurd”.", "Russia"),
    ("The DIA said the strikes set the programme back, an assessment the White House called "
     "“flat-out wrong”.", "United States"),
    # a passive naming verb with its agent after the words (a newcomer's "was called “an
    # unfriendly step” by Russian diplomats" had no speaker)
    ("The sanctions were called “an unfriendly step” by Russian diplomats.", "Russia"),
    ("The strike was described as “a war crime” by Ukraine's foreign ministry on Sunday.",
     "Ukraine"),
    ("The deal was hailed as “historic” by Zelensky, who thanked Trump.", "Zelenskyy"),
])
def test_a_naming_clause_is_read_only_in_its_naming_sense(registry: Registry, text: str,
                                                         speaker: str) -> None:
    (row,) = attributed(text, registry)
    assert row[5] and speaker in row[2] + "|" + row[3]


def test_a_states_body_named_without_the_state_takes_the_opening_setting(
        registry: Registry) -> None:
    # "In Moscow, the defence ministry said" had no side: the sentence's setting says whose
    text = ("In Moscow, the defence ministry said its forces had “liberated” the village.\n\n"
            "Shelling went on. In Kyiv, officials said the strike was “deliberate”.\n\n"
            # not people who are no state body, nor a body with a side of its own
            "In Kyiv, analysts said the strike was “deliberate”.\n\n"
            "In Ukraine, Amnesty International officials said it was “a crime”.\n\n"
            "In Russia, the Defence Ministry said the drones had been “neutralised”.\n\n"
            "In Moscow, the Ukrainian foreign ministry said nothing was “agreed”.\n\n"
            # nor a place named later in the sentence
            "The army said in Moscow that the deal was “close”.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[5]] == [
        ("defence ministry", "Russia"), ("officials", "Ukraine"), ("analysts", ""),
        ("Amnesty International officials", ""), ("defence ministry", "Russia"),
        ("Ukrainian Foreign Ministry", "Ukraine"), ("army", "")]


def test_an_organisations_name_may_join_two_runs_with_and(registry: Registry) -> None:
    # "The Hostages and Missing Families Forum said" had the speaker "Hostages"
    text = ("The Hostages and Missing Families Forum said: “Bring them home now.”\n\n"
            "The Doctors and Nurses Union of Gaza said hospitals were “collapsing”.\n\n"
            # two actors joined by "and" stay two actors, and so do two bodies' names
            "The US and European Union said the sanctions were “final”.\n\n"
            "The Sudan Doctors Network and Emergency Lawyers Group said it was “a massacre”.")
    rows = [(r[2], r[3]) for r in attributed(text, registry) if r[1] or r[5]]
    assert rows[:3] == [
        ("Hostages and Missing Families Forum", ""), ("Doctors and Nurses Union", ""),
        ("United States and European Union", "West")]
    # (the last is no one organisation's name, a breaker's; its speaker phrase is still read
    # whole by the description rule)
    from analysis.speakers import org_name_spans

    two = "The Sudan Doctors Network and Emergency Lawyers Group said"
    assert org_name_spans(two, 0, len(two)) == []


def test_a_name_over_of_or_for_may_join_a_run_with_and(registry: Registry) -> None:
    # "The Organization for Security and Co-operation in Europe said" had the speaker
    # "Organization for Security"; a body "in" a place is not the place's side
    text = ("The Organization for Security and Co-operation in Europe said the vote was "
            "“neither free nor fair”.\n\n"
            "The Center for Strategic and International Studies said it was “a turning point”."
            "\n\nThe Ministry of Foreign Affairs and Trade said the sanctions were “unlawful”.\n\n"
            # an "and" that begins another body ends the name
            "The Ministry of Defence and Ukraine's General Staff said the attack was “repelled”."
            "\n\nThe Institute for the Study of War and Amnesty International said it was "
            "“deliberate”.\n\n"
            "The Institute for the Study of War and Russia said the town had “fallen”.\n\n"
            # a state's body in its seat keeps the state's side (a breaker's)
            "The Ministry of Defence in Moscow said the strike was “precise”.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[5]] == [
        ("Organization for Security and Co-operation in Europe", ""),
        ("Center for Strategic and International Studies", ""),
        ("Ministry of Foreign Affairs and Trade", ""),
        ("Ministry of Defence", ""),
        ("Institute for the Study of War", ""),
        ("Institute for the Study of War", ""),
        ("Ministry of Defence in Moscow", "Russia")]


def test_a_plural_noun_in_s_is_no_reporting_verb(registry: Registry) -> None:
    # "states" had been the verb of "Ukraine's allies, including Poland and the Baltic", whose
    # speaker became "Baltic"
    text = ("Ukraine's allies, including Poland and the Baltic states, said the strike was "
            "“a war crime”.\n\n"
            "The Gulf states, among them Qatar, said the blockade was “illegal”.\n\n"
            "EU member states have said the tariffs are “unjustified”.\n\n"
            # still a verb before its clause, and before an aside with no reporting verb (a
            # breaker's)
            "The ministry states that the shelling was “indiscriminate”.\n\n"
            "Russia claims, without providing evidence, that Ukraine “staged” the attack.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[5]] == [
        # (the Gulf states take their one example's side, Qatar's)
        ("Ukraine's allies", "Ukraine"), ("Gulf states", "Other"), ("EU member states", "West"),
        ("ministry", ""), ("Russia", "Russia")]


def test_a_bracket_after_the_subject_is_not_its_head(registry: Registry) -> None:
    # the commas inside the bracket had cut the subject: "Germany and the United Kingdom)"
    text = ("The E3 (France, Germany and the United Kingdom) have threatened to trigger "
            "“snapback” sanctions.\n\n"
            "The E3 (France, Germany and Britain) said: “We will trigger snapback.”\n\n"
            "Senator Lindsey Graham (R-S.C.) said: “It is a disaster.”")
    assert [r[2] for r in attributed(text, registry) if r[1] or r[5]] == [
        "E3", "E3", "Lindsey Graham"]


def test_an_aside_of_examples_is_not_the_subject(registry: Registry) -> None:
    text = ("“It is a war crime,” Ukraine’s allies, including Poland and the Baltic states, "
            "said.\n\n"
            "“It is a war crime,” Western officials, including a senior NATO diplomat, said.\n\n"
            # the examples' one side is the subject's when it has none (a breaker's)
            "“It was a provocation,” senior officials, including Kremlin spokesman Dmitry "
            "Peskov, said.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[1]] == [
        ("Ukraine’s allies", "Ukraine"), ("Western officials", "West"),
        ("senior officials", "Russia")]


def test_an_unnamed_holder_of_a_role_is_not_the_registrys_holder(registry: Registry) -> None:
    text = ("“Ukraine will never surrender,” a former Ukrainian president told the Wire.\n\n"
            "“The talks were useful,” a Kremlin spokesman said.\n\n"
            "“The talks were useful,” the Kremlin spokesman said.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("former Ukrainian president", "Ukraine"), ("Kremlin spokesman", "Russia"),
        ("Peskov", "Russia")]


def test_a_region_is_no_one_she_finds(registry: Registry) -> None:
    # a fourth newcomer's Kurdish official's words had gone to "East Syria" of "North and East
    # Syria"
    text = "Fighting continues in North and East Anatolia.\n\n“We have no water,” she said."
    assert [r[2] for r in attributed(text, registry)] == ["", ""]


@pytest.mark.parametrize("forum", [
    "the Geneva International Discussions",  # a Georgia newcomer's: had been the speaker
    "the Geneva talks",  # a lower-case meeting: Orlov before as after
])
def test_a_meetings_name_is_no_person_a_role_finds(registry: Registry, forum: str) -> None:
    # a Georgia newcomer's TASS article: "the diplomat" had found the forum's name ending in
    # "Discussions", read as a woman's name, not the delegation's head named before it
    text = (f"Pavel Orlov, who heads the Russian delegation at {forum}, spoke on Wednesday."
            "\n\n“The Georgian side is evading this issue,” the diplomat said.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("", ""), ("Pavel Orlov", "Russia")]


def test_a_sexed_title_before_a_name_gives_its_bearers_sex(registry: Registry,
                                                            tmp_path: Path) -> None:
    # a newcomer's "she said" after a spokeswoman whose name the name data lacks had found the
    # civilian quoted before her; the title outweighs the name data ("Andrea" is a woman's)
    text = ("“We have no water,” a resident of Kherson told reporters.\n\n“The shelling does "
            "not stop,” spokeswoman Lway Yay Oo said.\n\n“They attacked a school,” she said."
            "\n\n“The talks failed,” spokesman Andrea Rossi said.\n\n“We leave,” he said.")
    assert [r[2] for r in attributed(text, registry)] == [
        "resident of Kherson", "Lway Yay Oo", "Lway Yay Oo", "Andrea Rossi", "Andrea Rossi"]
    # ... through abbreviated ranks ("Effie" is a woman's name to the data; a third newcomer's
    # "he said" had found the minister named before)
    text = ("Defence Minister Rustem Umerov visited the front.\n\nArmy spokesman Brig. Gen. "
            "Effie Defrin told reporters that the brigade had withdrawn.\n\n“We will hold "
            "the line,” he said.")
    assert [r[2] for r in attributed(text, registry) if r[1]] == ["Effie Defrin"]
    # ... and so for a person of a corpus's registry (a third newcomer's had him)
    path = tmp_path / "actors.toml"
    path.write_text('extends = "default"\n\n[[actor]]\nname = "Effie Defrin"\ncamp = "Israel"'
                    '\ntype = "person"\n', encoding="utf-8")
    assert [r[2] for r in attributed(text, load_registry(path)) if r[1]] == ["Effie Defrin"]


def test_the_body_refers_back_to_the_whole_name(registry: Registry) -> None:
    # a newcomer's speaker "Ministry": "the ministry" found the word inside the name before
    text = ("The Ministry of Foreign Affairs condemned the attack on the embassy. In a "
            "statement, the ministry said the UAE “bears full responsibility”.")
    assert [(r[2], r[5]) for r in attributed(text, registry)][1] == (
        "Ministry of Foreign Affairs", True)


def test_a_reproduced_statement_is_its_issuers_voice(registry: Registry) -> None:
    # a newcomer's partisan outlet reprinted a statement without quotation marks: its
    # sentences had been the outlet's own voice, the main finding of its report
    text = ("The Kremlin issued the following statement on Monday, which we reproduce in full."
            "\n\n## Statement of the press service\n\nRussia will respond to any attack. Our "
            "patience is over.\n\n“There will be no more warnings,” the statement said.\n\n"
            "## Reactions\n\nShelling went on near Kupiansk.")
    assert [(r[2], r[1]) for r in attributed(text, registry)] == [
        ("", False), ("", False), ("Russia", True), ("Russia", True), ("Russia", True),
        ("", False), ("", False)]
    # without a colon or "in full" nothing is given whole; and the article's own reporting
    # after it ("Meanwhile, …") or another voice ends it
    text = ("The Kremlin issued the following statement on Monday.\n\nRussia will respond."
            "\n\n===\n\nThe Kremlin issued the following statement:\n\nRussia will respond."
            "\n\nMeanwhile, Ukrainian forces advanced.\n\nShelling went on.")
    assert [r[2] for r in attributed(text, registry)] == ["", "", "", "", "Russia", "", ""]
    # the article's own reporting, a check of the claim, its background and an analysis under
    # its own heading are not the statement (a breaker's)
    for after in ("Analysts said the wording was unusually blunt.",
                  "The claim could not be independently verified.",
                  "Reuters could not reach the Kremlin for comment.",
                  "The war, now in its fourth year, has killed tens of thousands."):
        text = ("The Kremlin issued the following statement:\n\nWe will respond to any attack."
                "\n\n" + after)
        assert [r[2] for r in attributed(text, registry)] == ["", "Russia", ""], after
    text = ("The Kremlin issued the following statement:\n\n## Analysis\n\nThe statement "
            "changes little.")
    assert [r[2] for r in attributed(text, registry)] == ["", "", ""]


def test_a_bare_surname_is_the_one_namesake_named_in_full(tmp_path: Path) -> None:
    # a newcomer's registry gave "Dagalo" to Hemedti: his brother's words went to him
    path = tmp_path / "actors.toml"
    path.write_text('extends = "default"\n\n[[actor]]\nname = "Mohamed Hamdan Dagalo"\n'
                    'camp = "RSF"\ntype = "person"\naliases = ["Hemedti", "Dagalo"]\n',
                    encoding="utf-8")
    sudan = load_registry(path)
    text = ("Hemedti met Abdel Rahim Dagalo in Nyala.\n\n“We will win,” Dagalo said.\n\n"
            "Mohamed Hamdan Dagalo met his brother in Nyala.\n\n“We will win,” Dagalo said.")
    assert [r[2] for r in attributed(text, sudan) if r[1]] == [
        "Abdel Rahim Dagalo", "Mohamed Hamdan Dagalo"]
    # the registry person named in full first keeps the surname
    text = ("President Joe Biden spoke with Hunter Biden on Friday.\n\n“I love my son,” "
            "Biden said.")
    assert [r[2] for r in attributed(text, load_registry()) if r[1]] == ["Biden"]


@pytest.mark.parametrize("sentence, expected", [
    # a given name ending like a participle is a given name where the name data knows it: a
    # newcomer's "said Ahmed Lavrov, a trader" had been the Russian minister's words
    ('"Nobody warned us," said Ahmed Lavrov, a trader.', (True, "Ahmed Lavrov", "")),
    ('Khaled Shoigu, a taxi driver, said the roads were "empty".',
     (False, "Khaled Shoigu", "")),
    # the registry's own given name, and a participle before the surname, stay the person
    ('"Nobody warned us," said Sergei Lavrov.', (True, "Lavrov", "Russia")),
    ('Meeting Shoigu, Putin said the army was "ready".', (False, "Putin", "Russia")),
])
def test_a_namesake_with_a_given_name_ending_in_ed_speaks_for_himself(
        registry: Registry, sentence: str, expected: tuple[bool, str, str]) -> None:
    assert quotes([sentence], registry) == [expected]


def test_actors_joined_by_and_speak_together(registry: Registry) -> None:
    # a newcomer's "France, Germany and the United Kingdom have threatened to trigger the
    # “snapback”" had been Germany's alone; two sides joined take no side
    text = ("France, Germany and the United Kingdom have threatened to trigger the “snapback” "
            "of UN sanctions.\n\nRussia and Ukraine said the talks were “useful”.\n\n"
            "Kyiv and Moscow both said the exchange was “a humanitarian gesture”.\n\n"
            "German Chancellor Olaf Scholz and British Prime Minister Rishi Sunak said support "
            "would continue “for as long as it takes”.\n\n"
            # the items before are no opening list here
            "After talks with Poland, Germany and Britain said the deal was “dead”.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("France, Germany and United Kingdom", "West"), ("Russia and Ukraine", ""),
        ("Ukraine and Russia", ""),
        ("Scholz and Sunak", "West"), ("Germany and United Kingdom", "West")]


def test_a_passive_naming_verbs_agent_must_be_someone(registry: Registry) -> None:
    # "by" after the words names a cause, not a speaker, when it names no one
    assert [(r[2], r[5]) for r in attributed(
        "The town was described as “devastated” by the shelling.", registry)] == [("", True)]


def test_a_plural_description_opening_the_sentence_is_no_name(registry: Registry) -> None:
    # "People", "Sources" are capitalised only because they open the sentence (a breaker's
    # sentence had the speaker "People", with no side)
    text = ("People close to Hamas’s leadership said the group viewed the proposal as "
            "“a non-starter”.\n\nDiplomats close to the talks said: “They are over.”\n\n"
            "“We saw it,” Witnesses said.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("People close to Hamas’s leadership", ""),
        ("Diplomats close to the talks", ""), ("Witnesses", "")]
    # ... and the person they are critics or aides of is not the speaker (a second breaker)
    text = ("Critics of Zelensky said the decree amounted to a “power grab”.\n\nAides to "
            "Zelensky said Kyiv wanted “concrete security guarantees”.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("Critics of Zelensky", ""), ("Aides to Zelensky", "Ukraine")]


@pytest.mark.parametrize(("text", "expected"), [
    # a fixer's case: the opposition to a leader's government is the speaker, of no side (the
    # leader named after "the government of President" had been)
    ("The opposition to the government of President Félix Tshisekedi called the vote “a sham”.",
     ("opposition to the government of President Félix Tshisekedi", "")),
    ("The opposition to the government of President Zelensky called the vote “a sham”.",
     ("opposition to the government of President Zelensky", "")),
    # ... and so is the opposition named alone, of no side, its state's adjective giving none
    # (a breaker's: "The opposition called the vote “a sham”." had no speaker)
    ("The opposition called the vote “a sham”.", ("opposition", "")),
    ("The Russian opposition said the vote was “a sham”.", ("Russian opposition", "")),
    # ... an aide of the government keeps the leader's side, and the government alone is still
    # read as before (near misses)
    ("A spokesman for the government of President Zelensky called the vote “a sham”.",
     ("spokesman for the government of President Zelensky", "Ukraine")),
    ("The government of President Félix Tshisekedi called the vote “a sham”.",
     ("Félix Tshisekedi", "")),
])
def test_a_relation_to_a_leaders_government_is_no_leader(registry: Registry, text: str,
                                                         expected: tuple[str, str]) -> None:
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [expected]


def test_the_opposition_is_no_he(registry: Registry) -> None:
    # the near miss of "The opposition called …": a collective, as "the family" is, is no "he"
    text = "The opposition met on Monday. “It was a sham,” he said."
    assert [r[2] for r in attributed(text, registry)] == ["", ""]


def test_a_clause_naming_the_quoted_words_gives_its_own_subject(registry: Registry) -> None:
    # a breaker's sentences: the reporting clause's speaker had been given words that the
    # clause it reports attributes to someone else, often the other side
    text = ("Zelensky said on Tuesday that Kyiv would never accept what Moscow calls the “new "
            "territorial realities” on the ground.\n\nRussia has never disclosed what it lost "
            "at Bakhmut, a battle that Ukrainian soldiers called a “meat grinder”.\n\n"
            "Kallas told reporters the summit was what some call “a talking shop”.\n\n"
            "Dozens were killed overnight in what was described as a “massive” strike.\n\n"
            "Zelensky said Russia called for talks and a “ceasefire” only to regroup.")
    assert [(r[2], r[3], r[5]) for r in attributed(text, registry)] == [
        ("Russia", "Russia", True), ("Ukraine", "Ukraine", True),
        # the clause's subject is nobody named: nobody, not the reporting clause's Kallas
        ("", "", True),
        # a passive names nobody; "called for" names no words
        ("", "", True), ("Zelenskyy", "Ukraine", True)]


def test_an_anonymous_person_is_the_speaker_not_the_body_they_are_close_to(
        registry: Registry) -> None:
    text = ("A person close to the Russian Defence Ministry, reached by phone, dismissed the "
            "reports as “Western fantasies”.\n\n“The deal is close,” said a person familiar "
            "with the matter.")
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [
        ("person close to the Russian Defence Ministry", "Russia"),
        ("person familiar with the matter", "")]


@pytest.mark.parametrize("text, speakers", [
    # a participle in another sense, or after a second clause, names nobody (a breaker's
    # sentences: each had given a speaker, some of the other side)
    ("Russia launched 40 drones overnight and Ukraine's air force shot down 35 of them, saying "
     "the rest had hit “critical infrastructure”.", [""]),
    ("The Rapid Support Forces shelled the city hours later, and the army's office issued a "
     "statement, calling the paramilitaries “terrorist militias”.", [""]),
    ("Russia launched its largest drone attack of the war, calling into question the "
     "administration's “peace” push.", [""]),
    ("Ukraine lost the town of Vuhledar in October, adding to a sense of “gloom” among its "
     "partners.", [""]),
    ("Sirens sounded across Kyiv at dawn, warning residents of an “imminent” missile threat.",
     [""]),
    ("The Defence Ministry said it had hit targets in Kyiv.\n\nIt was the deadliest attack in "
     "months, claiming 31 lives, many of them in a “safe” basement.", ["", ""]),
    # "pressed" with a comma is no speech
    ("As Russian troops pressed, Ukrainian commanders ordered a withdrawal to what they called "
     "“better positions”.", ["Ukrainian commanders"]),  # "they", since stop 61
    ("When pressed, Peskov said the Kremlin had “nothing to add”.", ["Peskov"]),
])
def test_participles_and_pressed_in_other_senses_name_nobody(registry: Registry, text: str,
                                                             speakers: list[str]) -> None:
    assert [r[2] for r in attributed(text, registry)] == speakers


@pytest.mark.parametrize("text, speaker, camp", [
    # a newcomer's: "…, calling them “…”" never matched (the search ends at the mark), so the
    # words had no speaker
    ("The government rejected allegations that Eritrean troops had entered Tigray, calling "
     "them “baseless propaganda.”", "government", ""),
    ("The government rejected the allegations, calling them “baseless propaganda.”",
     "government", ""),
    ("The Kremlin rejected Western suggestions that it was behind the crash, calling them “an "
     "absolute lie”.", "Russia", "Russia"),
    ("Ukraine’s Foreign Ministry rejected Moscow’s claim, calling it “a clumsy provocation.”",
     "Ukrainian Foreign Ministry", "Ukraine"),
    # a possessor and a preposition's phrase are no role and name ("on Friday")
    ("Kadyrov’s channel on Friday published a video of him handing out medals to Akhmat "
     "fighters, calling them ‘heroes of the nation’.", "", ""),
    # a second clause before the participle: either subject's
    ("Russia launched 40 drones and Ukraine's air force shot down 35, calling the attack "
     "“massive”.", "", ""),
])
def test_calling_them_before_quoted_words_is_the_main_clauses_subject(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(r[2], r[3], r[5]) for r in attributed(text, registry)] == [(speaker, camp, True)]


@pytest.mark.parametrize("text, speaker, camp", [
    # a newcomer's: "reports" after "the" had been the verb, so "Kremlin rejected the" spoke
    ("The Kremlin rejected the reports, calling them “pure fabrication.”", "Russia", "Russia"),
    ("The ministry rejected the claims, calling them “lies”.", "ministry", ""),
    ("Beijing rejected their claims, calling them “groundless”.", "China", "Other"),
    ("Kyiv denied these reports, calling them “fake”.", "Ukraine", "Ukraine"),
    # the verb after a subject stays one
    ("Reuters reports the talks were “stalled”.", "Reuters", ""),
    ("The agency reports the talks were “stalled”.", "agency", ""),
    ("The Kremlin claims the strike was “precise”.", "Russia", "Russia"),
])
def test_a_verb_that_is_also_a_noun_is_a_noun_after_a_determiner(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(r[2], r[3], r[5]) for r in attributed(text, registry)] == [(speaker, camp, True)]


@pytest.mark.parametrize("text, speaker, camp", [
    # a newcomer's: a ruling, not a claim, judged "as" the words had no speaker
    ("An arbitral tribunal ruled that Russia's claims had no basis, a ruling Moscow rejects as "
     "“null and void.”", "Russia", "Russia"),
    ("The court ruled against Russia, a ruling Moscow rejected as “null and void.”", "Russia",
     "Russia"),
    ("The UN General Assembly condemned the annexation, a resolution the Kremlin dismissed as "
     "“illegitimate”.", "Russia", "Russia"),
    ("The EU adopted new sanctions, a decision Hungary described as “a mistake”.", "Hungary",
     "West"),
    # a relative clause of the noun's own names nobody
    ("The court ruled against Russia, a ruling that came after “years of delay”.", "", ""),
])
def test_a_ruling_or_decision_someone_judges_is_theirs(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(r[2], r[3], r[5]) for r in attributed(text, registry)] == [(speaker, camp, True)]


def test_an_acronym_the_registry_lacks_is_a_body_not_a_person(registry: Registry) -> None:
    # "the IDF" had been a person: "it" could not find it, and "he" could
    text = ("Lt. Col. Peter Lerner spoke to reporters.\n\nThe IDF said troops had entered the "
            "hospital.\n\n“We found weapons,” he said.\n\nThe RSF said it had taken the city."
            "\n\nIt called the victory “a liberation”.\n\n“We acted,” the SBU said.")
    assert [(r[2], r[3]) for r in attributed(text, registry)][2:] == [
        ("Peter Lerner", ""), ("", ""), ("RSF", ""),
        ("Security Service of Ukraine", "Ukraine")]  # the registry's acronym stays its name


def test_the_think_tank_is_the_institute_or_council_named_before(registry: Registry) -> None:
    # a stop-56 left-over and a newcomer's "the think tank wrote in its daily assessment"
    text = ("The Institute for the Study of War said Russian forces had advanced near Pokrovsk."
            "\n\n“Moscow is unlikely to achieve its goals,” the Washington-based think tank "
            "wrote.\n\nThe Atlantic Council hosted Kuleba on Monday.\n\nThe think tank called "
            "the visit “timely”.\n\n“We held the line,” a Ukrainian tank gunner said.")
    rows = [(r[2], r[3]) for r in attributed(text, registry)]
    assert [rows[1], rows[3], rows[4]] == [
        ("Institute for the Study of War", ""), ("Atlantic Council", ""),
        ("Ukrainian tank gunner", "Ukraine")]


def test_said_one_is_a_member_of_the_group_named_before(registry: Registry) -> None:
    # a newcomer's "Diplomats in Brussels privately concede … ‘…,’ said one." had no speaker
    text = ("Diplomats in Brussels privately concede that expectations are low. ‘Nobody "
            "believes a ceasefire is close,’ said one. ‘The talks go on,’ said another.\n\n"
            "Russian soldiers were seen near the "
            "village, Ukrainian officials said. “They took everything,” one of them said.\n\n"
            "The missile hit at 3am. “It was terrible,” said one.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[1]] == [
        ("diplomat", "West"), ("diplomat", "West"),
        ("official", "Ukraine"),  # the side of the group's own phrase, not the sentence's first
        ("", "")]  # no group: nobody


def test_a_newcomers_quotes_across_paragraphs_and_sentence_openers(registry: Registry) -> None:
    # a quotation closing a paragraph is not attributed by the next paragraph's reporting
    # clause (a civilian's words had gone to the General Staff); a capital opening the sentence
    # is no name ("Political"); a reporting clause closing the sentence gives its words
    text = ("“People here are tired of promises,” said Nadiya Koval, 64, who runs a pharmacy. "
            "She said her shop had been hit twice. “But we stay. Where would we go?”\n\n"
            "Ukraine's General Staff said its forces had repelled 31 attacks.\n\n"
            "Political scientist Sergei Markov, who is close to the Kremlin, said Europe was "
            "“losing its mind” over Ukraine.\n\nKremlin spokesman Dmitry Peskov spoke to "
            "reporters on Monday. It is “too early” to talk about a summit, he said.\n\n"
            "The ceasefire is “fragile”, said one Western diplomat.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[1] or r[5]] == [
        ("Nadiya Koval", ""), ("Nadiya Koval", ""), ("Nadiya Koval", ""),
        ("Sergei Markov", ""), ("Peskov", "Russia"), ("Western diplomat", "West")]


@pytest.mark.parametrize("text, speaker, camp", [
    # a second breaker's sentences, each wrong or lost before its fix
    # "he" naming the words is the one reporting them, when a person of that gender
    ("Trump said on Friday that Zelensky had rejected what he called a “very fair” deal.",
     "Trump", "West"),
    ("Zakharova said Kallas had repeated what she called “Russophobic fantasies” in Brussels.",
     "Zakharova", "Russia"),
    ("Russian officials have long demanded Kyiv's withdrawal from Donbas.\n\nZelensky said Ukraine "
     "would never give up what they call “Russian land”.", "Russian officials", "Russia"),
    # ("they": the group named before, since stop 61)
    ("Putin addressed the Security Council.\n\nRussia was waging what he called “a war of "
     "annihilation” against Ukraine, Zelensky said.", "Zelenskyy", "Ukraine"),
    # a plural noun after "that" with nothing between it and the words names nothing
    ("Zelensky said that Western brands “still selling in Russia” were paying for the war.",
     "Zelenskyy", "Ukraine"),
    ("Zakharova said that Western calls “for restraint” were hypocritical.", "Zakharova",
     "Russia"),
    ("Zelensky said on Wednesday that Trump had called him a “dictator”.", "Trump", "West"),
    ("The Kremlin blamed Kyiv for a drone strike on the plant, which the head of the IAEA, "
     "Rafael Grossi, called “reckless”.", "Grossi", "Other"),
    # "it" after a sentence closed by its reporting clause
    ("Russia launched 400 drones at Ukraine overnight, according to Ukraine's air force.\n\nIt "
     "called the attack “the largest of the war”.", "Ukraine", "Ukraine"),
    # "said one": the group that speaks, not the one it speaks of
    ("Residents of Kupiansk said Russian soldiers had shelled the town.\n\n“We lived in the "
     "basement,” said one.", "resident", ""),
    ("Ukrainian commanders say Russian soldiers now attack on motorcycles.\n\n“They come in "
     "twos and threes,” said one.", "commander", "Ukraine"),
    ("Israeli troops raided the camp overnight, Palestinian witnesses said.\n\n“They took "
     "everything,” one said.", "witness", ""),
    # a role acronym is a person; kin and victims speak, not their complement's actor
    ("Gazprom chief executive Alexei Miller addressed shareholders.\n\n“Europe will come back "
     "to Russian gas,” the CEO said.", "Alexei Miller", ""),
    ("Relatives of Ukrainian soldiers held by Russia said the exchange was “long overdue”.",
     "Relatives of Ukrainian soldiers held by Russia", ""),
    ("Families of hostages held by Hamas said the decision was “a death sentence”.",
     "Families of hostages held by Hamas", ""),
    # the think tank: the last one named, no state's body
    ("The Institute for the Study of War said Russian forces were advancing. Dmitry Medvedev, "
     "deputy chairman of Russia's Security Council, threatened Kyiv.\n\n“Russian forces are "
     "unlikely to seize the city,” the think tank wrote.", "think tank", ""),  # two councils
    ("The Carnegie Endowment said sanctions were biting. The Valdai Discussion Club, a "
     "Kremlin-backed forum, disagreed.\n\n“Russia's economy has adapted,” the think tank said.",
     "think tank", ""),
    ("“Russia has no intention of stopping,” as the Institute for the Study of War put it in "
     "its latest assessment.", "Institute for the Study of War", ""),
    ("As a Russian diplomat put it to Ukraine's envoy in Istanbul: “You will lose more "
     "territory.”", "Russian diplomat", "Russia"),
])
def test_a_second_breakers_speakers(registry: Registry, text: str, speaker: str,
                                    camp: str) -> None:
    row = [r for r in attributed(text, registry) if r[1] or r[5]][-1]
    assert (row[2], row[3]) == (speaker, camp) or (speaker and speaker in row[2]
                                                    and row[3] == camp)


def test_a_newcomers_bodies_and_groups(registry: Registry) -> None:
    text = ("Turkey’s foreign ministry said Ankara was ready to host another round of talks. "
            "“Our doors are open to both sides,” it said.\n\nGrain traders in Odesa said "
            "insurers were raising premiums. “Every strike adds a few dollars per tonne,” said "
            "one.\n\nThe UAE denied the report. “The UAE has not supplied any weapons,” its "
            "foreign ministry said.\n\nFor now, Downing Street insists the coalition is “more "
            "than a talking shop”.\n\nUNRWA, the UN agency for Palestinian refugees, said more "
            "than 190 of its staff had been killed. “Schools are not a target,” it said on X.")
    assert [(r[2], r[3]) for r in attributed(text, registry) if r[1] or r[5]] == [
        ("Turkey’s foreign ministry", "Other"), ("trader", ""),
        ("foreign ministry", "Other"), ("United Kingdom", "West"), ("UNRWA", "Other")]


@pytest.mark.parametrize("text, speaker, camp", [
    # a third breaker's sentences
    ("Shoigu said what Kyiv calls a “counteroffensive” had turned into “a suicide mission” for "
     "Ukraine's brigades.", "Shoigu", "Russia"),  # the clause names only the first words
    ("Russia's “special military operation”, as the Kremlin calls it, entered its fourth year, "
     "Zelensky said.", "Russia", "Russia"),
    ("The ISW said Russian forces had advanced, citing footage published by the Russian Defence "
     "Ministry.\n\n“These gains are tactically insignificant,” it said.", "ISW", ""),
    ("Russian officials and Ukrainian negotiators met in Istanbul.\n\n“The Russians came with "
     "ultimatums,” said one.", "", ""),
    ("Ukrainian and Russian negotiators met in Istanbul.\n\n“It was tense but professional,” "
     "said one.", "negotiator", ""),
    ("Turkey summoned Russia's ambassador on Monday.\n\n“We will not tolerate violations of our "
     "airspace,” its foreign ministry said.", "foreign ministry", ""),
    ("As Peskov put it on Monday, responding to Zelensky: “Kyiv is not ready for peace.”",
     "Peskov", "Russia"),
])
def test_a_third_breakers_speakers(registry: Registry, text: str, speaker: str,
                                   camp: str) -> None:
    row = [r for r in attributed(text, registry) if r[1] or r[5]][-1]
    assert (row[2], row[3]) == (speaker, camp)


@pytest.mark.parametrize(("verb", "speaker", "camp"), [
    # a plural subject's present of a characterising verb (a Georgia newcomer's OC Media
    # partial quotes had had no speaker) ...
    ("accuse", "officials", "Russia"),
    ("accused", "officials", "Russia"),  # (a near-miss: read as before)
])
def test_a_plural_subjects_characterising_verb_in_the_present_gives_the_speaker(
        registry: Registry, verb: str, speaker: str, camp: str) -> None:
    text = (f"The Kremlin rejects that. Its officials {verb} Western embassies of backing a "
            "“global war party” and say Ukraine will join “with dignity”.")
    assert [(r[2], r[3]) for r in attributed(text, registry)][-1] == (speaker, camp)


@pytest.mark.parametrize("head", [
    "participants",  # a Georgia newcomer's: "participants" had been no role noun, no speaker
    "delegates",  # a near-miss, right before
])
def test_participants_are_a_role_noun(registry: Registry, head: str) -> None:
    text = f"The Russian {head} said the men had “violated the state border”."
    assert [(r[2], r[3]) for r in attributed(text, registry)] == [(f"Russian {head}", "Russia")]
@pytest.mark.parametrize("text, speaker, camp", [
    # a naming clause opened by "whom" names the quoted words as its subject's (a Cameroon
    # newcomer's "whom residents call “Amba boys”" had been the reporting official's words)
    ("The gunmen, whom residents call “Amba boys”, stormed a palace in Bafut on Sunday, a local "
     "official told AFP.", "residents", ""),
    ("The gunmen, whom Zelensky calls “orcs”, stormed a school in Bakhmut, a local official "
     "told AFP.", "Zelenskyy", "Ukraine"),
    # ... while the reporting clause still gives the words where no naming verb does
    ("The gunmen stormed what was once “a very quiet palace”, a local official told AFP.",
     "local official", ""),
    # a pronoun opening a relative clause without "whom" is the judging verb's subject, not
    # the words before it (the speaker had been "fighters of the Ambazonia Defence Forces
    # executed two men they"); here nobody the pronoun refers to is named
    ("In August, fighters of the Ambazonia Defence Forces executed two men they accused of "
     "being “blacklegs”, or informers, in Batibo.", "", ""),
    ("Zelensky met the families of the dead. He accused Moscow of “genocide”.", "Zelenskyy",
     "Ukraine"),
    # ... the pronoun after "where" too (a war-news sentence had no speaker)
    ("Crimean Tatar leaders met Erdogan in Ankara, where he assured them that Turkey would "
     "‘never forget’ their cause.", "Erdogan", "Other"),
])
def test_a_scare_quoted_name_is_the_namers(registry: Registry, text: str, speaker: str,
                                           camp: str) -> None:
    row = [r for r in attributed(text, registry) if r[1] or r[5]][-1]
    assert (row[2], row[3]) == (speaker, camp)


def test_put_it_reports_words(registry: Registry) -> None:
    # a newcomer's "as one senior EU official put it to me:" had no speaker
    text = ("As one senior EU official put it to me: “We are running out of options.”\n\n"
            "“We are funding a stalemate,” as one diplomat put it.\n\nAs Zelensky put it in a "
            "speech to the Bundestag: “Peace that rewards aggression is only an intermission.”")
    assert [(r[1], r[2], r[3]) for r in attributed(text, registry)] == [
        (True, "senior EU official", "West"), (True, "diplomat", ""),
        (True, "Zelenskyy", "Ukraine")]


@pytest.mark.parametrize("text, speaker, camp", [
    # a breaker's sentences: "put it" in other senses reports nothing, so the words are the
    # namer's, not the subject's
    ("Ukraine recovered the wreckage of a North Korean missile and put it on display in Kyiv, a "
     "move Russia's embassy called “a cheap propaganda show”.", "Russia's embassy", "Russia"),
    ("A Ukrainian soldier picked up the Russian flag and put it in a rubbish bin, a gesture "
     "Moscow called “a deliberate insult”.", "Russia", "Russia"),
    ("Firefighters finally put it out after six hours, Kharkiv governor Oleh Syniehubov said, "
     "calling the strike “deliberate”.", "Oleh Syniehubov", "Ukraine"),
    ("“We are funding a stalemate,” as one Western diplomat put it after the meeting.",
     "Western diplomat", "West"),
])
def test_put_it_in_other_senses_reports_nothing(registry: Registry, text: str, speaker: str,
                                                camp: str) -> None:
    row = attributed(text, registry)[0]
    assert speaker in row[2] and row[3] == camp


def test_it_is_the_body_quoted_or_the_subject_of_the_sentence_before(
        registry: Registry) -> None:
    # a breaker's and a stop's left-overs: "It said …" after a quote whose attribution follows
    # it, and after a sentence whose body acts rather than speaks
    text = ("“We will respond,” the Defence Ministry said on Monday.\n\nIt said its forces had "
            "destroyed a “command post” near Avdiivka.\n\nRussia’s foreign ministry summoned "
            "the ambassador.\n\nIt called the move “hostile”.\n\nThe Defence Ministry and "
            "the Interior Ministry met in Kyiv.\n\nIt called the plan “realistic”.\n\n"
            # two more breakers: never the object, nor a state, nor a body that does not act or
            # speak, nor one of two
            "Israel struck a UNRWA school in Gaza City.\n\nIt said the building housed a “Hamas "
            "command centre”.\n\nRussia, meanwhile, massed fresh troops near Kupiansk.\n\nIt "
            "said Ukrainian units had repelled “all attacks”.\n\nThe FSB did not comment.\n\n"
            "It called the radar “a key element”.\n\nHungary was criticised by the European "
            "Commission.\n\nIt called the veto “unacceptable”.\n\nThe RSF and the SAF agreed "
            "to a truce in Jeddah.\n\nIt called the deal “a first step”.")
    assert [(r[2], r[3]) for r in attributed(text, registry)][1::2] == [
        ("Defence Ministry", ""), ("Russian Foreign Ministry", "Russia"),
        ("", ""),  # two bodies: nobody
        ("", ""), ("", ""), ("", ""), ("", ""), ("", "")]


def test_capitals_without_the_may_be_a_name(registry: Registry) -> None:
    # a breaker's transcript: "TRUMP:" had become a body, so "he" found Putin
    text = ("Trump was asked about Putin aboard Air Force One.\n\nTRUMP: “I'm not happy with "
            "him.”\n\nAsked whether he would impose new sanctions, he said: “We'll see.”")
    assert [r[2] for r in attributed(text, registry)][1:] == ["TRUMP", "TRUMP"]


def test_it_relations_and_titles_refer_to_who_a_reader_means(registry: Registry) -> None:
    def who(text: str) -> list[tuple[str, str]]:
        return [(r[2], r[3]) for r in attributed(text, registry)]

    # "it" is the body whose clause opens the sentence before, not the last country named
    assert who("Poland said it would close its border crossings with Belarus.\n\nIn a statement, "
               "it added: “Our patience has run out.”")[-1] == ("Poland", "West")
    assert who("The US Embassy in Kyiv urged Americans to leave Ukraine immediately.\n\nIt "
               "warned: “Conditions may deteriorate without notice.”")[-1][0] == \
        "US Embassy in Kyiv"
    # the person an adviser or a source is close to is the complement, not the speaker
    assert who("An adviser to Zelensky said: “We will not sign this.”") == [
        ("adviser to Zelensky", "Ukraine")]
    assert who("A source close to Wagner chief Yevgeny Prigozhin told Reuters: “He never "
               "intended to march on Moscow.”")[0][0] == \
        "source close to Wagner chief Yevgeny Prigozhin"
    assert who("A person close to Putin said the Kremlin leader regarded the offer as “an "
               "insult”.")[0] == ("person close to Putin", "Russia")
    # a lower-case title before a name lets "the envoy" find him, not the last person named
    assert who("US special envoy Steve Witkoff met Vladimir Putin in St Petersburg.\n\nPutin's "
               "aide Yuri Ushakov called the talks “useful”.\n\nThe envoy also praised the Russian "
               "leader as “not a bad guy”.")[1:] == [("Ushakov", "Russia"), ("Witkoff", "West")]
    # a person named in a relative clause is not the one "he" refers to next
    assert who("The special envoy Steve Witkoff, who has met Putin several times this year, "
               "struck a more cautious tone.\n\n“There is a deal to be made,” he told CTN.")[-1] == \
        ("Witkoff", "West")
    # a subject before "… and called": the first verb's
    assert who("The Turkish Foreign Ministry expressed condolences to the families of the "
               "victims and called on all parties to avoid steps that could “harm the spirit of "
               "dialogue”.") == [("Turkish Foreign Ministry", "Other")]


@pytest.mark.parametrize(("text", "expected"), [
    # a Somalia newcomer's: the subject's first verb quoted, then a reporting verb coordinated
    # with it before the second quoted words: two woven phrases, the subject's; the object
    # after the first had been the speaker of a full quote ("Minsk", "Ankara Declaration")
    ("The European Commission “welcomed” the Black Sea grain deal in a note of 4 May and "
     "called on both sides to avoid “any step that could halt the shipments”.",
     (False, "European Union", "West", True)),
    ("NATO “regrets” the Kremlin's decision and urged Moscow to “return to the treaty at "
     "once”.", (False, "NATO", "West", True)),
    # ... a comma before "and" too; another subject's clause after "and" stays its own
    ("The European Commission “welcomed” the grain deal, and the UN said it would “watch the "
     "shipments closely”.", (True, "United Nations", "Other", False)),
    # ... with the first verb not quoted too (a breaker's "Morocco welcomed the resolution, and
    # the United Nations said it would “monitor the ceasefire closely.”" was Morocco's)
    ("Poland welcomed the ruling, and the United Nations said it would “watch the border "
     "closely”.", (False, "United Nations", "Other", True)),
    ("Poland said the ruling was fair, but Hungary called it “a disgrace”.",
     (False, "Hungary", "West", True)),
    # ... while the first subject's own second verb, or its second reported clause, stays its
    ("Poland welcomed the ruling, and said it would “watch the border closely”.",
     (False, "Poland", "West", True)),
    ("Poland said the ruling was fair, and that it would “watch the border closely”.",
     (False, "Poland", "West", True)),
    # an explicit trailing "X said" names who speaks: the subject's quoted verb is the
    # reporter's account of it (the Council had outranked Guterres's clause since stop 68)
    ("The Council “welcomed” the agreement and urged the parties to “refrain from any "
     "provocation”, Guterres said.", (False, "Guterres", "Other", True)),
    ("The Council “welcomed” the agreement and urged the parties to “refrain from any "
     "provocation”.", (False, "Council", "", True)),
])
def test_a_quoted_verb_coordinated_with_a_reporting_verb_is_the_subjects(
        registry: Registry, text: str, expected: tuple[bool, str, str, bool]) -> None:
    assert [(q, s, c, p) for _, q, s, c, _, p in attributed(text, registry)] == [expected]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a breaker's: the subject's verb quoted, its object after it, then a clause closing the
    # sentence after a comma reports it; the object had been the speaker ("Biden") or nobody
    ("Zelensky “thanked” Biden for the aid, Zelensky's office said.",
     "Office of the President of Ukraine", "Ukraine"),
    ("The army “liberated” the village of Krasne, said Russian Defence Minister Andrei "
     "Belousov.", "Belousov", "Russia"),
    # ... its pronoun is the sentence's subject, and a possessive's noun the subject's
    ("The Kremlin “rejected” the proposal on Tuesday, it said.", "Russia", "Russia"),
    ("Zelensky “thanked” Biden for the aid, he said.", "Zelenskyy", "Ukraine"),
    ("Zelensky “thanked” Biden for the aid, his office said.",
     "Office of the President of Ukraine", "Ukraine"),
    ("Zelensky “thanked” Biden for the aid, his spokesman said.", "Zelenskyy's spokesman",
     "Ukraine"),
    # ... while a pronoun that does not fit the subject is left as before, and a name in
    # apposition in the closing clause stays the speaker
    ("The Kremlin “rejected” the proposal on Tuesday, he said.", "", ""),
    ("The army “liberated” the village of Krasne, Belousov, the defence minister, said.",
     "Belousov", "Russia"),
])
def test_a_clause_closing_a_sentence_whose_verb_is_quoted(registry: Registry, text: str,
                                                          speaker: str, camp: str) -> None:
    assert [(s, c) for _, _, s, c, _, _ in attributed(text, registry)] == [(speaker, camp)]


def test_quoted_words_with_a_verb_after_them_are_no_quoted_verb(registry: Registry) -> None:
    # the near miss of "The army “liberated” the village …, said …": a noun in marks before
    # the sentence's verb stays a partial quote (war news w15-a07)
    text = ("The word “children” had been painted in huge letters in russian on the ground on "
            "both sides of the building and was clearly visible from the air, Mariupol deputy "
            "mayor Serhii Orlov told Ukrainska Pravda.")
    assert [(q, s, p) for _, q, s, _, _, p in attributed(text, registry)] == [
        (False, "Serhii Orlov", True)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a Colombia newcomer's: the clause after a colon reports the words ("… keeps sending mixed
    # messages: the president calls Mordisco “a traitor to the revolution” in the morning" had
    # no speaker), as a transcript's or a summary's label before it does
    ("The Kremlin keeps sending mixed messages: Peskov calls Zelensky “a traitor to his "
     "people” in the morning.", "Peskov", "Russia"),
    ("Summary: the US secretary of state, Antony Blinken, said the events showed “real "
     "cracks” in Putin's authority.", "Blinken", "West"),
    # ... and a concession after its first reporting clause is its own subject's
    ("ANCHOR: Ukraine's army says it has pushed Russian forces out of Toretsk, though Moscow "
     "calls that “fiction”.", "Russia", "Russia"),
    # ... else a disposition before the colon gives the speaker ("Defence Minister Pedro
    # Sánchez was blunt: Venezuela “cannot be a guarantor of peace …”" had none)
    ("Sikorski was blunt: Moscow “cannot be a guarantor of peace.”", "Sikorski", "West"),
    # ... while the reporting verb before a colon keeps its words, a city's calm names no one,
    # and a possessive's "reports" is a noun, no clause's verb (the occupiers' words quoted)
    ("Zelensky said: Russia has “no intention” of stopping.", "Zelenskyy", "Ukraine"),
    ("Kyiv was calm: the streets were “empty” by noon.", "", ""),
    ("Ukraine's Navy: the occupiers' reports of a “thwarted landing” on the Kinburn Spit are "
     "fantasies.", "", ""),
])
def test_a_partial_quotes_clause_after_a_colon(registry: Registry, text: str, speaker: str,
                                               camp: str) -> None:
    assert [(s, c, p) for _, _, s, c, _, p in attributed(text, registry)] == [
        (speaker, camp, True)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a Colombia newcomer's ELN communiqué: a reporting verb in a relative clause is the
    # noun's before it, not the whole clause's before "that" (a 26-word speaker, of the camp
    # of the state it named: the ELN's own words had been Venezuela's voice)
    ("We thank Venezuela for its solidarity and reject the campaign of the oligarchic press "
     "that accuses our sister nation of sheltering “terrorists”.", "press"),
    ("President Volodymyr Zelensky, who had called the town a “fortress” during his visit, "
     "resisted the advice.", "Zelenskyy"),
    # ... as a subject's relative clause before the verb was read before
    ("Officials who said the strike was “deliberate” were dismissed.", "Officials"),
])
def test_a_relative_clauses_reporting_verb_is_its_nouns(registry: Registry, text: str,
                                                         speaker: str) -> None:
    assert [s for _, _, s, _, _, _ in attributed(text, registry)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a Colombia newcomer's: a subordinate clause after the main one has its own subject
    # ("…, although Patiño admitted that they had “not produced …”" had no speaker)
    ("Talks with Moscow are still ongoing, although Zelensky admitted that they had “not "
     "produced the results the country expected.”", "Zelenskyy", "Ukraine"),
    # ... while one with no reporting verb names no one
    ("Talks are ongoing, although the results have been “modest”.", "", ""),
])
def test_a_subordinate_clauses_subject_after_the_main_clause(registry: Registry, text: str,
                                                             speaker: str, camp: str) -> None:
    assert [(s, c, p) for _, _, s, c, _, p in attributed(text, registry)] == [
        (speaker, camp, True)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a Colombia newcomer's: a second verb of the same subject after ", and" and an auxiliary
    # ("President Gustavo Petro suspended peace talks …, and has since accused the group of
    # acting as “a cartel”" had no speaker)
    ("President Volodymyr Zelensky suspended the talks after that offensive, and has since "
     "accused Moscow of acting as “a terrorist state”.", "Zelenskyy", "Ukraine"),
    # ... while another subject after ", and" keeps its clause
    ("Zelensky suspended the talks, and Peskov has since called it “a provocation”.", "Peskov",
     "Russia"),
    # a Lebanon newcomer's: a sentence adverb set off before the subject, its second verb
    # after "and" ("Separately, Foreign Minister Youssef Rajji met Iran's ambassador Mojtaba
    # Amani and told him that “…”" had no speaker)
    ("Separately, Foreign Minister Dmytro Kuleba met Iran's ambassador and told him that "
     "“Ukraine's decisions are taken in Kyiv.”", "Kuleba", "Ukraine"),
    ("Meanwhile, Foreign Minister Dmytro Kuleba met Iran's ambassador and told him that "
     "“Ukraine's decisions are taken in Kyiv.”", "Kuleba", "Ukraine"),
    # near miss: after the adverb, another subject after ", and" keeps its clause
    ("Separately, Zelensky suspended the talks, and Peskov has since called it “a "
     "provocation”.", "Peskov", "Russia"),
])
def test_a_second_verb_after_an_auxiliary_is_the_first_subjects(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(s, c, p) for _, _, s, c, _, p in attributed(text, registry)] == [
        (speaker, camp, True)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a breaker's: a given name in -ly before an appositive had been read as a sentence adverb,
    # the words no one's
    ("Kelly, a senator from Arizona, told reporters that “Ukraine needs more air defence.”",
     "Kelly"),
    ("Nelly, a nurse in Kherson, told reporters that “the shelling never stops.”", "Nelly"),
    # near miss: an adverb in -ly stays no part of the subject
    ("Reportedly, Foreign Minister Dmytro Kuleba met Iran's ambassador and told him that "
     "“Ukraine's decisions are taken in Kyiv.”", "Kuleba"),
    ("Frankly, Foreign Minister Dmytro Kuleba met Iran's ambassador and told him that "
     "“Ukraine's decisions are taken in Kyiv.”", "Kuleba"),
])
def test_a_given_name_in_ly_before_a_comma_is_no_adverb(
        registry: Registry, text: str, speaker: str) -> None:
    assert [s for _, _, s, _, _, _ in attributed(text, registry)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a clause of its own before the trailing reporting clause: its subject is the one after
    # the last comma (the war-news sentence had given the "elections" to Russia)
    ("The so-called “elections” held by Russia in the occupied territories are null and void, "
     "the Ministry of Foreign Affairs of Ukraine stated.", "Ukrainian Foreign Ministry",
     "Ukraine"),
    # an apposition stays one subject; a participle after the comma names nobody
    ("“We will respond,” Dmitry Peskov, the Kremlin spokesman, said.", "Peskov", "Russia"),
    ("“It is over,” a diplomat who was at the talks, speaking on condition of anonymity, said.",
     "diplomat", ""),
    # ... and an inverted clause after it (a breaker's: it had given Crimea, camp Russia)
    ("The so-called “elections” held by Russia in occupied Crimea are null and void, said the "
     "Ukrainian foreign ministry.", "Ukrainian Foreign Ministry", "Ukraine"),
    ("The so-called “peace plan” proposed by Washington is unacceptable, said Maria Zakharova.",
     "Zakharova", "Russia"),
])
def test_a_trailing_reporting_clause_after_a_clause_of_its_own(registry: Registry, text: str,
                                                              speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's wire copy: the relative clause's "asked" was read as the reporting verb
    ("A senior Western diplomat, who asked not to be named, said the talks were “going "
     "nowhere”.", "senior Western diplomat", "West"),
    ("Zelenskyy, who spoke after the strike, said Russia had “no intention” of stopping.",
     "Zelenskyy", "Ukraine"),
    ("A senior Western diplomat said the talks were “going nowhere”.", "senior Western diplomat",
     "West"),
    # ... and a past participle with its agent set off after the subject (a Philippines
    # newcomer's posts "shared by pages linked to the Army's 3rd Infantry Division" had the
    # speaker "Infantry Division"; the posts name no speaker); the subject before it speaks
    ("The posts, shared by pages linked to the Army's 3rd Infantry Division, called the "
     "federation “legal fronts of the rebels,” a term the government uses.", "", ""),
    ("The coalition, led by Saudi Arabia, called the strikes “legitimate”.", "coalition", ""),
    ("Zelenskyy, backed by his allies, said Russia had “no intention” of stopping.",
     "Zelenskyy", "Ukraine"),
    # ... but an author's participle is not cut: a document speaks for who signed, issued,
    # published or wrote it (a breaker's: these had no speaker after the cut above)
    ("The statement, signed by Lavrov, said Russia was “open to dialogue.”", "Lavrov", "Russia"),
    ("The statement, issued by the Kremlin, called the talks “constructive.”", "Russia",
     "Russia"),
    ("The statement, released by the Kremlin, called the talks “constructive.”", "Russia",
     "Russia"),
    ("The report, published by the United Nations, called the strikes “deliberate.”",
     "United Nations", "Other"),
    ("The op-ed, written by Zelenskyy, called for “more air defence.”", "Zelenskyy", "Ukraine"),
    # ... whatever words name the author, and after "posted by" too, a platform after it no
    # part of it (a fixer's cases: both had no speaker, "NATO leaders" no registry name and
    # "posted" read as the reporting verb)
    ("The communiqué, issued by NATO leaders, called the attack “a grave violation of "
     "international law”.", "NATO", "West"),
    ("The message, posted by Kadyrov on Telegram, said “the operation is going to plan”.",
     "Kadyrov", "Russia"),
    ("The statement, signed by Lavrov, said “the talks are over”.", "Lavrov", "Russia"),
    # ... while another participle's agent is still cut
    ("The posts, hosted by pages linked to the Kremlin, called the talks “a farce”.", "", ""),
    ("The video, shared by pages linked to the Kremlin, called the talks “a farce”.", "", ""),
    # a description keeps the bracket that closes a gloss in it (tokens leave brackets out)
    ("A source in the ministry (of defence) said the troops had “held the line”.",
     "source in the ministry (of defence)", ""),
])
def test_a_relative_clause_after_the_subject_of_a_partial_quote(registry: Registry, text: str,
                                                               speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a Philippines newcomer's: "A member of the Bangsamoro Transition Authority (BTA), who
    # asked not to be named, said …" had the speaker "member of the Bangsamoro Transition
    # Authority (BTA", its gloss's bracket unclosed; the description takes the body's camp
    ("A member of the Bangsamoro Transition Authority (BTA), who asked not to be named, said "
     "the leaders felt “sidelined.”", "member of the Bangsamoro Transition Authority (BTA)"),
    # near-miss: without the gloss, as before
    ("A member of the Bangsamoro Transition Authority, who asked not to be named, said the "
     "leaders felt “sidelined.”", "member of the Bangsamoro Transition Authority"),
])
def test_a_descriptions_gloss_keeps_its_closing_bracket(registry: Registry, text: str,
                                                        speaker: str) -> None:
    from analysis.actors import extend_registry, parse_registry

    own = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Bangsamoro government"\ncamp = "Bangsamoro"\n'
        'type = "organisation"\naliases = ["Bangsamoro Transition Authority", "BTA"]\n'))
    assert [(s, c) for _, s, c, _ in speakers_of(text, own)] == [(speaker, "Bangsamoro")]


def test_a_broadcasts_spoken_quote_before_the_words(registry: Registry) -> None:
    # a second newcomer's transcript: "told reporters, quote, “…”" inside the anchor's turn
    # went to the anchor, so the White House's words became the station's own
    text = ("ANCHOR: Good evening.\n\nKOVALENKO: Hello.\n\nANCHOR: Let me bring in the White "
            "House. Press secretary Karoline Leavitt told reporters, quote, “the President "
            "expects both sides to honour this commitment fully.” Mr Belsky, will Russia "
            "honour it?\n\nBELSKY: Yes.\n")
    assert [s for _, s, _, _ in speakers_of(text, registry)] == [
        "anchor", "Kovalenko", "anchor", "Karoline Leavitt", "anchor", "Belsky"]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a third newcomer's Guardian analysis gave a Ukrainian official's words to Putin, named four
    # sentences before: the description had a postmodifier, so "he" skipped it
    ("Putin himself has said little. Russian troops have made gains near Pokrovsk. A Ukrainian "
     "official close to the delegation was blunt about the mood in Kyiv. “We are asked to be "
     "patient while our cities burn,” he said.", "Ukrainian official", "Ukraine"),
    # a disposition with its complement introduces the quotation that follows
    ("Zelensky was blunt about the talks in Istanbul. “We will not give in.”", "Zelenskyy",
     "Ukraine"),
    # ... but a city's state is the city's, not its government's disposition (a breaker's)
    ("Kyiv was calm on Sunday morning after the heaviest strike of the war. “For the first "
     "time in weeks we slept.”", "", ""),
    ("Moscow was quiet on the eve of the parade. “Everyone is waiting for Thursday.”", "", ""),
    ("Zelensky was calm. “We will hold.”", "Zelenskyy", "Ukraine"),
    # a third breaker's: calm about something, or a seat, is the government's
    ("Moscow was calm about Trump's threat of new sanctions. “We have lived under sanctions for "
     "years.”", "Russia", "Russia"),
    ("The Kremlin was calm. “We have heard this before.”", "Russia", "Russia"),
    ("Moscow was tense on the eve of the inauguration. “Nobody talks about the war here.”", "",
     ""),
    # a gesture introduces the words as a disposition does (a newcomer's feature)
    ("Mykola Tkachuk has lived in Kupiansk for 60 years. Tkachuk nodded. \"Where else would I "
     "go?\"", "Mykola Tkachuk", ""),
    ("Peskov smiled. “We are in no hurry.”", "Peskov", "Russia"),
])
def test_a_description_with_a_postmodifier_and_a_disposition_with_a_complement(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # the project's live blogs: 163 of 172 entries with quoted words had no speaker, the time
    # stamp hiding the reporting clause that opens the entry
    ("13:37 — Peskov says Russia is “not in a hurry” and will achieve its goals.", "Peskov",
     "Russia"),
    ("15:40 EDT — Zelensky posted on social media that the aid would “save thousands of "
     "lives”.", "Zelenskyy", "Ukraine"),
    ("10:05 am: Kremlin spokesman Dmitry Peskov calls Biden’s remarks “unacceptable”.",
     "Peskov", "Russia"),
    ("02:30 Moscow time – Yevgeny Prigozhin says his fighters will “go all the way”.",
     "Prigozhin", "Russia"),
])
def test_a_live_blog_time_stamp_opens_no_reporting_clause(registry: Registry, text: str,
                                                          speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # quoted words after a semicolon are the words of that clause's reporting verb, not of the
    # one opening the sentence
    ("Seoul announced $100 million in aid for Ukraine; the foreign ministry in Moscow said it "
     "“regrets” the decision.", "foreign ministry in Moscow", "Russia"),
    ("Kyiv has not commented on the deaths; Zakharova says the United States “bears "
     "responsibility” for the strike.", "Zakharova", "Russia"),
    ("The European Union announced sanctions on Russian officials; Moscow called the measures "
     "“meaningless”.", "Russia", "Russia"),
    # ... and without a reporting clause after it, the sentence's own as before
    ("Peskov said Putin had no plans to speak with Zelensky; the Kremlin considers Ukraine’s "
     "president “illegitimate”, he said.", "Peskov", "Russia"),
    ("Zakharova called the attack a “terrorist act”; she also accused London of planning it.",
     "Zakharova", "Russia"),
])
def test_the_clause_after_a_semicolon_reports_its_quoted_words(registry: Registry, text: str,
                                                               speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [(speaker, camp)]


def test_a_transcripts_own_journalists_are_the_newsroom_named_or_not(registry: Registry) -> None:
    # a breaker's NPR and CNN transcripts: a named host, the outlet's correspondent and "CNN
    # ANCHOR" counted as people the outlet quotes, where "ANCHOR:" alone did not
    from analysis import framing

    text = ("STEVE INSKEEP, HOST: Russia launched its largest drone attack overnight. Joanna, "
            "what happened?\n\nJOANNA KAKISSIS, BYLINE: Steve, the sirens went on for six "
            "hours.\n\nINSKEEP: Were there casualties?\n\nKAKISSIS: At least 12 people died.\n\n"
            "CNN ANCHOR: Let us hear from the mayor.\n\nVITALI KLITSCHKO: We will rebuild.\n\n"
            "SPECIAL CORRESPONDENT JANE FERGUSON: Outside a clinic, women wait.\n\n"
            "ANCHOR: Joining us from Kyiv is our correspondent Emma Collins.\n\n"
            "COLLINS: The sirens sounded after midnight.\n\nYURI TRUTNEV: We did not start it.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["CNN"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    rows = list(zip(out["speaker"], out["speaker_status"]))
    assert rows == [
        ("Steve Inskeep", "newsroom"), ("Steve Inskeep", "newsroom"),
        ("Joanna Kakissis", "newsroom"), ("Steve Inskeep", "newsroom"),
        ("Joanna Kakissis", "newsroom"), ("cnn anchor", "newsroom"),
        # "ANCHOR:" after "CNN ANCHOR:" is that anchor, as "INSKEEP:" is Steve Inskeep
        ("Klitschko", "registry"), ("Jane Ferguson", "newsroom"), ("cnn anchor", "newsroom"),
        ("Emma Collins", "newsroom"), ("Yuri Trutnev", "outside_registry"),
    ]
    content = framing.content_sentences(out)
    assert list(content.loc[content["is_quote"], "speaker"]) == ["Klitschko", "Yuri Trutnev"]


def test_a_registry_persons_surname_is_theirs_once_named_in_full(registry: Registry) -> None:
    # a newcomer's registry, as `actors suggest` drafts it, named him in full only: "Maïga
    # said" had been an unnamed "Maïga" of no camp
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Abdoulaye Maïga"\ncamp = "AES"\ntype = "person"\n'))
    text = ("Prime Minister Abdoulaye Maïga spoke in Bamako. “We will respond,” Maïga said."
            "\n\n“We will not bow,” Maiga added.")
    assert [(r[2], r[3]) for r in attributed(text, mine) if r[1]] == [
        ("Abdoulaye Maïga", "AES"), ("Abdoulaye Maïga", "AES")]
    # not named in full: nobody's surname
    assert [r[2] for r in attributed("“We will respond,” Maïga said.", mine)] == ["Maïga"]
    # another person of that surname named in full keeps it (a breaker's Mike Johnson after
    # the registry's Boris Johnson)
    text = ("Boris Johnson visited Kyiv. House Speaker Mike Johnson spoke later. “We will pass "
            "the bill,” Johnson said.")
    assert [r[2] for r in attributed(text, registry) if r[1]] == ["Mike Johnson"]


def test_a_person_in_a_named_body_is_not_the_body(registry: Registry) -> None:
    # a newcomer's anonymous source had been the ministry's own voice
    text = ("A source in the Ministry of Foreign Affairs condemned the statements, describing "
            "them as “biased and unacceptable”.\n\n"
            "“It was precise,” an official at the Ministry of Defence said.\n\n"
            "The Ministry of Defence said the strike was “precise”.")
    assert [r[2] for r in attributed(text, registry)] == [
        "source in the Ministry of Foreign Affairs", "official at the Ministry of Defence",
        "Ministry of Defence"]


def test_a_clause_before_says_is_its_subjects(registry: Registry) -> None:
    # a newcomer's live blog: the speaker had been "Kremlin denies strike"
    text = ("- Kremlin denies strike, says “it was a provocation”\n\n"
            "Peskov, asked about the strike, says “it was a provocation”.\n\n"
            # a noun after the subject is no verb of its own (a breaker's)
            "- Ukraine war veterans protest law, say “it is a betrayal”")
    assert [(r[2], r[3]) for r in attributed(text, registry)][:2] == [
        ("Russia", "Russia"), ("Peskov", "Russia")]
    assert attributed(text, registry)[2][2] != "Ukraine"


def test_a_name_in_ly_is_no_adverb(registry: Registry) -> None:
    # a newcomer's "Iyad Ag Ghaly said" had the speaker "Iyad Ag", "Ghaly" read as an adverb
    text = ("“We are ready to talk,” Iyad Ag Ghaly said.\n\n"
            "“We are ready,” JNIM leader Iyad Ag Ghaly said in a video.\n\n"
            "“We are ready,” Zelensky quickly said.")
    assert [r[2] for r in attributed(text, registry)] == [
        "Iyad Ag Ghaly", "Iyad Ag Ghaly", "Zelenskyy"]


def test_a_transcript_label_may_have_accented_capitals(registry: Registry) -> None:
    # a newcomer's France 24 interview: "FATOUMATA CISSÉ:" was no label, so all her turns were
    # the host's, and her opinions the outlet's own
    text = ("CLAIRE DUBOIS, HOST: What happened at Tinzaouaten?\n\n"
            "FATOUMATA CISSÉ: It was the worst defeat for Wagner.\n\n"
            "DUBOIS: And the French?\n\nCISSÉ: Macron spoke to them as to subordinates.\n\n"
            "ANDRÉ DIALLO: Bamako agrees.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["France 24"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    assert list(zip(out["speaker"], out["speaker_status"])) == [
        ("Claire Dubois", "newsroom"), ("Fatoumata Cissé", "outside_registry"),
        ("Claire Dubois", "newsroom"), ("Fatoumata Cissé", "outside_registry"),
        ("André Diallo", "outside_registry")]


@pytest.mark.parametrize(("later", "status"), [
    # a newcomer's France 24 interview labelled every host turn with the full name after a
    # first "…, HOST:": the later turns had been an outside speaker's, 42 % of the outlet's
    # quoted voices
    ("PRIYA NAIR:", "newsroom"),
    ("NAIR:", "newsroom"),
    # the host's surname on a guest named in full is still the guest
    ("OLEG NAIR:", "outside_registry"),
])
def test_a_hosts_full_name_again_without_the_role_is_the_host(
        later: str, status: str, registry: Registry) -> None:
    text = ("PRIYA NAIR, HOST: Good evening. Tonight we speak to a former envoy.\n\n"
            "TOMAS BERG: Thank you for having me.\n\n"
            f"{later} Will the ceasefire hold through the winter?\n\n"
            "TOMAS BERG: I doubt it.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["Channel Nine"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    assert list(out["speaker_status"]) == [
        "newsroom", "newsroom", "outside_registry", status, "outside_registry"]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a breaker's wire sentences: a closing reporting clause whose subject has an apposition
    # gave no speaker
    ("Russia’s “goodwill gesture” was forced by Ukrainian strikes, Budanov, the head of "
     "military intelligence, said.", "Budanov", "Ukraine"),
    ("The “ceasefire” was a sham, Zelensky, speaking in Kyiv, told reporters.", "Zelenskyy",
     "Ukraine"),
    ("The Kremlin's “signal” was misread in Washington, Ushakov, Putin's foreign policy aide, "
     "told journalists.", "Ushakov", "Russia"),
    ("The “deal” is over, Sybiha, who was in Brussels, wrote on X.", "Sybiha", "Ukraine"),
    ("Moscow’s “peace memorandum” is a list of ultimatums, said Ukraine's foreign minister, "
     "Andrii Sybiha, on Wednesday.", "Sybiha", "Ukraine"),
    # the apposition's side for a name outside the registry
    ("The “truce” never began, Oleh Kiper, the governor of Odesa, said.", "Oleh Kiper",
     "Ukraine"),
    # a list before the verb is no name and apposition
    ("The “evacuation” covered Kharkiv, Sumy, and Chernihiv, officials said.", "officials", ""),
    # a second breaker's: a bare name after a description is the one; an apposition of the
    # person a description names is that person's, the description speaks
    ("The “truce” is a trap, the man Zelensky met on Friday, Donald Trump, said.", "Trump",
     "West"),
    ("The “truce” is a trap, a source close to Budanov, the intelligence chief, said.",
     "source close to Budanov", "Ukraine"),
])
def test_a_closing_reporting_clause_with_an_apposition(registry: Registry, text: str,
                                                       speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a breaker's: "he" after a sentence is its subject, not the last man it names
    ("Peskov denied that an adviser close to Putin had met Witkoff in Abu Dhabi. “There was no "
     "such meeting,” he said.", "Peskov", "Russia"),
    # ... the aide a possessive opening the sentence holds, named or not, not the possessor
    # nor the object (a newcomer's "Trump's envoy Steve Witkoff met Putin in St Petersburg.
    # “…,” he added." had been Putin's)
    ("Macron's envoy Paul Girard met Lavrov in Geneva. “The meeting was frank,” he added.",
     "Paul Girard", "West"),
    ("Erdogan's chief adviser met Putin in Sochi. “The meeting was frank,” he added.",
     "Erdogan's chief adviser", "Other"),
    # ... not an aide who is the object (near miss)
    ("Putin met Macron's envoy Paul Girard in Sochi. “The meeting was frank,” he added.",
     "Putin", "Russia"),
    # ... after a phrase of time set off before it too (it had been Witkoff's)
    ("On Sunday, Peskov denied that a Kremlin envoy had met Witkoff in Doha. “Nobody met "
     "anybody,” he said.", "Peskov", "Russia"),
    ("Trump was upbeat about his call with Putin. “He wants peace, I really believe that,” he "
     "said.", "Trump", "West"),
    ("A Ukrainian official close to Yermak was blunt. “The talks are a trap,” he said.",
     "Ukrainian official", "Ukraine"),
    # ... but a name in apposition, or one that speaks, is the one
    ("A soldier of the 25th Brigade, who asked to be identified by his call sign, Baida, told "
     "reporters the unit was short of drones. “We beg for every Mavic,” he said.", "Baida", ""),
    ("Ivan Petrenko was killed in March, his brother Oleh said. “He was a hero,” he said.",
     "Oleh", ""),
    # a third breaker's: a person just introduced by a description speaks next
    ("Macron hugged a wounded soldier at the hospital in Lviv. “I will go back to the front as "
     "soon as I can walk,” he said.", "wounded soldier", ""),
])
def test_a_pronoun_after_a_sentence_is_its_subject(registry: Registry, text: str, speaker: str,
                                                   camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if s][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a breaker's: "they said" after a group had no speaker
    ("Two Western officials involved in the preparations were sceptical. “There is no text "
     "yet,” they said.", "Western officials", "West"),
    ("Ukrainian soldiers near Pokrovsk were exhausted. “We have not slept for days,” they said.",
     "Ukrainian soldiers", "Ukraine"),
    # no group named: nobody; both sides' group: nobody; a date before the group is no part
    ("The talks ended. “Nothing was agreed,” they said.", "", ""),
    ("Russian and Ukrainian negotiators met in Istanbul. “We agreed to exchange 1,000 "
     "prisoners each,” they said.", "", ""),
    ("On Friday Ukrainian officials were cautious about the talks. “It is too early to say,” "
     "they said.", "Ukrainian officials", "Ukraine"),
])
def test_they_is_the_group_described_before(registry: Registry, text: str, speaker: str,
                                            camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [(speaker, camp)]



def test_a_guest_or_another_outlets_journalist_is_no_newsroom(registry: Registry) -> None:
    # a second breaker's: a guest introduced as "Fox News host Brian Kilmeade", a "FORMER
    # CORRESPONDENT", another outlet's "RUSSIAN STATE TV HOST" had become the newsroom
    text = ("JAKE TAPPER, CNN ANCHOR: Joining me now is Fox News host Brian Kilmeade. Brian?\n\n"
            "KILMEADE: He wants the war to end.\n\n"
            "JILL DOUGHERTY, FORMER CORRESPONDENT: I have watched him for 20 years.\n\n"
            "OLGA SKABEYEVA, RUSSIAN STATE TV HOST: The West is at war with us.\n\n"
            "NIC ROBERTSON, CNN INTERNATIONAL DIPLOMATIC EDITOR: Kyiv is bracing for more.\n\n"
            "CLARISSA WARD, CNN CHIEF INTERNATIONAL CO-ANCHOR: The front is quiet.\n\n"
            "MATTHEW CHANCE, CNN RUSSIA AND EUROPE CORRESPONDENT: Moscow is silent.\n\n"
            "TAPPER: Thank you all.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["CNN"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    got = dict(zip(out["speaker"], out["speaker_status"]))
    assert got == {"Jake Tapper": "newsroom", "Brian Kilmeade": "outside_registry",
                   "Jill Dougherty": "outside_registry", "Olga Skabeyeva": "outside_registry",
                   "Nic Robertson": "newsroom", "Clarissa Ward": "newsroom",
                   "Matthew Chance": "newsroom"}


def test_a_journalist_label_is_the_newsrooms_turn(registry: Registry) -> None:
    # a newcomer's Radio Okapi interview: "JOURNALIST:" labels made no transcript, so the
    # spokesman's eleven answers were the radio's own narration ("HOST:" worked)
    def voices(text: str) -> list[tuple[str, str]]:
        articles = pd.DataFrame({"doc_id": ["d"], "source": ["Radio Rheinfunk"], "text": [text]})
        out = attribute_quotes(segment_corpus(articles), articles, registry)
        return list(zip(out["speaker"], out["speaker_status"]))

    assert voices("Rheinfunk's journalist Sabine Krüger spoke to Foreign Minister Dmytro Kuleba."
                  "\n\nJOURNALIST: Is Kyiv ready to negotiate?\n\nDMYTRO KULEBA: We talk to "
                  "Russia only when Russia leaves.\n\nJOURNALIST: And the front?\n\n"
                  "DMYTRO KULEBA: Our soldiers are holding the line.") == [
        ("", ""), ("journalist", "newsroom"), ("Kuleba", "registry"),
        ("journalist", "newsroom"), ("Kuleba", "registry")]
    # the role after a name, and the outlet's own journalist
    assert voices("SABINE KRÜGER, JOURNALIST: Is Kyiv ready to negotiate?\n\nDMYTRO KULEBA: "
                  "We talk to Russia only when Russia leaves.\n\nKRÜGER: And the front?") == [
        ("Sabine Krüger", "newsroom"), ("Kuleba", "registry"), ("Sabine Krüger", "newsroom")]
    assert voices("RHEINFUNK JOURNALIST: Is Kyiv ready to negotiate?\n\nDMYTRO KULEBA: We "
                  "talk to Russia only when Russia leaves.") == [
        ("rheinfunk journalist", "newsroom"), ("Kuleba", "registry")]
    # a briefing's askers qualified by a newsroom title's word ("LOCAL JOURNALIST" had been a
    # guest, "FOREIGN JOURNALIST" was not), and a correspondent's post before the role
    assert voices("Dmytro Kuleba briefed the press.\n\nLOCAL JOURNALIST: Is Kyiv ready to "
                  "negotiate?\n\nDMYTRO KULEBA: We talk to Russia only when Russia leaves.\n\n"
                  "FOREIGN JOURNALIST: And the front?\n\nDMYTRO KULEBA: Our soldiers hold.\n\n"
                  "BRUSSELS CORRESPONDENT: And the aid?") == [
        ("", ""), ("local journalist", "newsroom"), ("Kuleba", "registry"),
        ("foreign journalist", "newsroom"), ("Kuleba", "registry"),
        ("brussels correspondent", "newsroom")]
    # a former journalist is a guest; a heading naming journalists is no turn
    assert voices("HOST: Is Kyiv ready to negotiate?\n\nANNA PETROVA, FORMER JOURNALIST: We "
                  "talk to Russia only when Russia leaves.")[1] == (
        "Anna Petrova", "outside_registry")
    assert voices("Journalists said the city was calm.\n\nJOURNALIST KILLED: A reporter died "
                  "in Kherson on Monday.") == [("", ""), ("", "")]
    # a local voice that is no journalist is no newsroom
    assert voices("HOST: Is Kherson calm?\n\nLOCAL RESIDENT: We hear shots every night.")[1][1] \
        != "newsroom"


def test_a_title_case_or_numbered_journalist_label_is_the_newsrooms_turn(
        registry: Registry) -> None:
    # a newcomer's briefing: "Journalist:" in title case and "JOURNALIST 1:" / "JOURNALIST 2:"
    # made no turns (the numbered ones headings), so the answers were nobody's
    def voices(text: str) -> list[tuple[str, str]]:
        articles = pd.DataFrame({"doc_id": ["d"], "source": ["Radio Savane"], "text": [text]})
        out = attribute_quotes(segment_corpus(articles), articles, registry)
        return list(zip(out["speaker"], out["speaker_status"]))

    assert voices("Radio Savane spoke to Dmytro Kuleba in Kyiv.\n\nJournalist: Will you "
                  "go to the talks?\n\nKuleba: We go when Russia stops shelling our towns."
                  "\n\nJournalist: And the grain corridor?\n\nKuleba: It stays open.") == [
        ("", ""), ("journalist", "newsroom"), ("Kuleba", "registry"),
        ("journalist", "newsroom"), ("Kuleba", "registry")]
    assert voices("Dmytro Kuleba briefed the press in Kyiv.\n\nJOURNALIST 1: Will you go to "
                  "the talks?\n\nDMYTRO KULEBA: We go when Russia stops shelling our towns."
                  "\n\nJOURNALIST 2: And the grain corridor?\n\nDMYTRO KULEBA: It stays "
                  "open.") == [
        ("", ""), ("journalist 1", "newsroom"), ("Kuleba", "registry"),
        ("journalist 2", "newsroom"), ("Kuleba", "registry")]
    # ... but title-case "Journalist:" lines with no one answering make no transcript, nor
    # does a number after a word that is no asker's role
    assert voices("Press groups counted the dead.\n\nJournalist: Anna Petrova was killed in "
                  "Kherson on Monday.\n\nJournalist: Ivan Sidorov was wounded in Kharkiv.") \
        == [("", "")] * 3
    assert voices("Dmytro Kuleba spoke on Friday.\n\nDAY 1: Will the troops cross the river?"
                  "\n\nDMYTRO KULEBA: We hold the bank.")[1] == ("", "")


def test_a_journalist_the_article_calls_its_own_is_the_newsroom_in_prose(
        registry: Registry) -> None:
    # a newcomer's Sudan live blog: its correspondent in Port Sudan was an outside speaker of
    # the army's camp, from the city in her description
    from analysis import framing

    text = ("16:05\nOur correspondent in Port Sudan, Samira Hassan, says the city is tense.\n\n"
            "\"Everyone thought Port Sudan was safe,\" she says.\n\n"
            "“We will hold,” said Abdel Rahman, a volunteer in the city.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["Courier"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    quoted = out.loc[out["is_quote"]]
    assert list(zip(quoted["speaker"], quoted["speaker_status"])) == [
        ("Samira Hassan", "newsroom"), ("Abdel Rahman", "outside_registry")]
    content = framing.content_sentences(out)
    assert list(content.loc[content["is_quote"], "speaker"]) == ["Abdel Rahman"]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's Middle East wire: Iran's denial went to the UN, where its mission sits
    ("Iran, which arms the Houthis, denied any role. Its mission to the United Nations said in a "
     "statement that the group \"makes its own decisions.\"", "mission to the United Nations",
     "Russia"),
    ("Russia denied the report. Its embassy in London said the claims were “absurd”.",
     "embassy in London", "Russia"),
    # "the group" is the one armed group named before
    ("Wagner fighters left Bakhmut. In a statement on Telegram, the group said it had “done its "
     "job”.", "Wagner Group", "Russia"),
    # ... not a group named by a role, nor one before a body the registry lacks
    ("Russian-installed officials in Kherson ordered an evacuation. Human Rights Watch "
     "documented the transfers. “These are war crimes,” the group said.", "group", ""),
    # "its" people by a role noun are the body's or the state's named before (a Georgia
    # newcomer's "Georgian Dream rejects that. Its officials say …" had had no side) ...
    ("The Kremlin rejects that. Its officials say Ukraine will never join “on those terms”.",
     "officials", "Russia"),
    # ... not "their" people, who may be people's
    ("Residents of Kherson sued the city. Their lawyer says the case is “strong”.", "lawyer", ""),
])
def test_its_body_at_a_seat_and_the_group_refer_back(registry: Registry, text: str,
                                                     speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speakers"), [
    # a Nigeria newcomer's: a capital in an earlier paragraph ("a diplomat in Abuja") had made
    # "Its spokesman" after "The MNJTF said …" two sides' and so none; "its" points back to its
    # own sentence and the one before only
    ("“The front is quiet,” a diplomat in Kyiv said.\n\nNATO said its patrols would "
     "“continue”. Its spokesman, Olaniyi Osoba, said the allies had “adjusted their "
     "deployments”.", [("diplomat in Kyiv", ""), ("NATO", "West"), ("Olaniyi Osoba", "West")]),
    # ... while two sides in the sentence before still leave it none (a near-miss)
    ("NATO summoned Russia's envoy. Its spokesman, Olaniyi Osoba, said the talks had "
     "“failed”.", [("Olaniyi Osoba", "")]),
])
def test_its_points_back_to_the_sentence_before_only(registry: Registry, text: str,
                                                    speakers: list[tuple[str, str]]) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == speakers


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's Sudan analysis: the speaker became "Sudan", a topic after "on"
    ("\"The RSF would have run out of fuel without the Emirati supply line,\" says a former "
     "member of the UN panel of experts on Sudan, who asked not to be named.",
     "former member of the UN panel of experts on Sudan", "Other"),
    # the project's war news: "a member of" is a description ("to an independent Russian
    # outlet" had been the speaker)
    ("“The ministry keeps promising and keeps lying,” said a member of Put Domoi, a movement of "
     "soldiers' wives, to an independent Russian outlet.", "member of Put Domoi", "Russia"),
])
def test_a_member_of_a_body_is_a_description(registry: Registry, text: str, speaker: str,
                                             camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [(speaker, camp)]


def test_a_quotation_after_a_descriptions_indirect_speech_is_its(registry: Registry) -> None:
    # a newcomer's Sudan live blog: the WFP spokesperson's words after her indirect speech had
    # no speaker, where a named person's had one
    text = ("A WFP spokesperson said the convoy carried enough food for 48,000 people. \"It is a "
            "drop in the ocean, but it proves that access is possible.\"")
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [
        ("WFP spokesperson", "")]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's Sudan live blog: "the statement said" after a ministry's announcement that
    # names no statement had no speaker
    ("The Saudi foreign ministry has confirmed the talks.\n\n\"The Kingdom will spare no effort "
     "to stop the bloodshed,\" the statement said.", "Saudi foreign ministry", "Other"),
    # ... nor a body that received it
    ("NATO dismissed the statement on Tuesday. “Kyiv is to blame,” the statement said.", "", ""),
    # "according to a statement from X": X
    ("The unity of Sudan is “a red line”, according to a statement from the Egyptian "
     "presidency.", "Egyptian presidency", "Other"),
])
def test_a_statements_issuer_is_the_body_that_announced(registry: Registry, text: str,
                                                        speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)][-1] == (speaker, camp)


def test_words_named_in_the_narration_have_no_trailing_clause(registry: Registry) -> None:
    # a newcomer's Gulf outlet: the UAE minister's named words became a full quote by "the
    # allegations by the Port Sudan authorities", read as a trailing clause with "noted"
    text = ("\"There is no military solution,\" Minister of State Saeed Al Nuaimi said.\n\n"
            "Al Nuaimi rejected what he called \"baseless and politically motivated\" allegations "
            "by the Port Sudan authorities that the UAE supplies weapons to the Rapid Support "
            "Forces, and noted that the court had dismissed the case.")
    assert speakers_of(text, registry)[-1][:2] == (False, "Al Nuaimi")  # canonicalised later
    # ... while "so-called" names nothing and the trailing clause stands
    text = ("The so-called “elections” held by the occupiers are null and void, the Ministry of "
            "Foreign Affairs of Ukraine stated.")
    assert speakers_of(text, registry)[-1][1] == "Ukrainian Foreign Ministry"


def test_own_journalists_are_named_in_the_narration_and_by_full_name(registry: Registry) -> None:
    # a third breaker's: "our correspondent" inside another outlet's quotation, a namesake of
    # the outlet's correspondent, and "Our Moscow correspondent"
    text = ("“Our correspondent Yevgeny Poddubny was wounded near Kursk,” the state broadcaster "
            "VGTRK said. Poddubny later said from hospital: “I will be back at the front soon.”\n\n"
            "Our correspondent in Kyiv, Olga Kovalenko, says the city is calm.\n\n"
            "“Russia is preparing a new offensive,” said Andriy Kovalenko, the head of Ukraine's "
            "Center for Countering Disinformation.\n\n"
            "Our Moscow correspondent Steve Rosenberg says the Kremlin is in no hurry. “Nobody "
            "here expects a deal,” he says.")
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    quoted = out.loc[out["is_quote"] & (out["speaker"] != "")]
    assert dict(zip(quoted["speaker"], quoted["speaker_status"])) == {
        "VGTRK": "outside_registry", "Poddubny": "outside_registry",
        "Andriy Kovalenko": "outside_registry", "Steve Rosenberg": "newsroom"}


def test_a_gloss_after_a_dash_is_no_attribution(registry: Registry) -> None:
    # a newcomer's British analysis: the Kremlin aide's words went to Ukraine, named in the
    # writer's gloss after the dash
    text = ("Mr Putin's aide Yuri Ushakov said on Thursday that Moscow welcomed American "
            "\"realism\" but that any settlement must address \"the root causes of the conflict\" - "
            "Kremlin shorthand for Ukraine's neutrality, a smaller Ukrainian army and, in effect, a "
            "veto over its future alliances.")
    assert speakers_of(text, registry)[-1][1:3] == ("Ushakov", "Russia")
    assert speakers_of("“We will not surrender an inch.” — Ukraine's General Staff",
                       registry)[-1][1] == "General Staff of Ukraine"


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's British analysis: "a senior European diplomat" and "a western military
    # official" had no camp, where "a Western diplomat" had West
    ("“It reads as if it were written in the Kremlin,” said one senior European diplomat.",
     "senior European diplomat", "West"),
    ("“The Russians are not winning this war,” a western military official said.",
     "western military official", "West"),
    # a name holding "European" gives no side
    ("\"The EIB stands with Ukraine,\" added Teresa Czerwińska, Vice-President of the European "
     "Investment Bank.", "Teresa Czerwińska", ""),
])
def test_european_and_western_descriptions_take_the_wests_camp(registry: Registry, text: str,
                                                               speaker: str, camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # war-news sentences: a clause judging the words "as" them is its subject's
    ("His widow, Yulia Navalnaya, accused the Kremlin of killing him, a charge that Kremlin "
     "spokesman Dmitry Peskov dismissed as “absolutely unacceptable”.", "Peskov", "Russia"),
    ("The United States and Britain had warned for weeks that Russia was preparing to invade, "
     "intelligence assessments that Moscow repeatedly dismissed as “hysteria”.", "Russia",
     "Russia"),
    ("Kyiv rejected the plan, which Lavrov hailed as “a real chance for peace”.", "Lavrov",
     "Russia"),
    # not without "as"
    ("Zelensky rejected the “peace plan” outright.", "", ""),
])
def test_a_clause_judging_the_words_as_them_is_its_subjects(registry: Registry, text: str,
                                                            speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's radio transcript: the host's introduction gives each guest a side, an
    # abbreviation's dots inside the apposition and a relative clause saying whom one advises
    ("MORRIS: We're joined by Diane Carrow, a former U.S. ambassador to NATO, and from Moscow "
     "by Pavel Zorin, a political analyst who advises the Russian State Duma.\n\n"
     "CARROW: I'd be cautious.\n\nZORIN: Russia has always been ready.\n\n"
     "MORRIS: Thank you both.", "Diane Carrow", "West"),
    ("Pavel Zorin, a political analyst who advises the Russian State Duma, said the plan was "
     "\"fair\".", "Pavel Zorin", "Russia"),
    ("Olha Dmytrenko, who served in Ukraine's foreign ministry, called the plan \"a trap\".",
     "Olha Dmytrenko", "Ukraine"),
    # an opponent is nobody's voice, nor is an expert that of the country studied
    ("Jack Brown, a critic of the Kremlin, said the talks were \"a farce\".", "Jack Brown", ""),
    ("Mark Green, a longtime Kremlin critic, said the talks were \"a farce\".", "Mark Green", ""),
    ("Paul Stone, an expert on Russia at Chatham House, said the talks were \"a farce\".",
     "Paul Stone", ""),
    ("Anna Weiss, who has long criticised the Kremlin, said the talks were \"a farce\".",
     "Anna Weiss", ""),
    # a Mozambique newcomer's DW transcript: the host addressing the guest by name before a
    # clause of its own gives the guest no title ("President Putin" had made Zorin Russia's);
    # a title closed by its comma is still the guest's apposition
    ("MORRIS: I'm joined by the researcher Pavel Zorin. Pavel Zorin, President Putin says the "
     "war is going well. Is he right?\n\nZORIN: Partly. The army has lost its best units.",
     "Pavel Zorin", ""),
    ("MORRIS: I'm joined by the researcher Pavel Zorin. Pavel Zorin, President Putin's adviser, "
     "says the war is going well.\n\nZORIN: Partly. The army has lost its best units.",
     "Pavel Zorin", "Russia"),
    # a breaker's case: a possessive's role is the guest's title with its comma dropped, as
    # spoken transcripts do (the guest had lost the camp)
    ("PRESENTER: Pavel Zorin, President Putin's adviser says the talks will resume.\n\n"
     "ZORIN: Yes, next week.", "Pavel Zorin", "Russia"),
    ("HOST: Olena Hordiienko, Zelensky's spokeswoman says the grid will hold. Will it?\n\n"
     "HORDIIENKO: It will hold.", "Olena Hordiienko", "Ukraine"),
    # ... while a name last in the words before the verb is a subject of its own (near miss)
    ("MORRIS: I'm joined by the researcher Pavel Zorin. Pavel Zorin, Putin's spokesman Peskov "
     "says the war is going well. Is he right?\n\nZORIN: Partly. The army has lost its best "
     "units.", "Pavel Zorin", ""),
])
def test_a_persons_apposition_gives_the_side_they_work_for(registry: Registry, text: str,
                                                           speaker: str, camp: str) -> None:
    camps = {s: c for _, s, c, _ in speakers_of(text, registry) if s}
    assert camps[speaker] == camp


@pytest.mark.parametrize(("text", "speakers"), [
    # a fixer's case: "Jan" before a surname is a given name, not January's abbreviation (the
    # speaker had been "Lipavsky", the name cut after the month)
    ("“We stand with Ukraine,” said Jan Lipavsky, the Czech foreign minister.",
     [("Jan Lipavsky", "West")]),
    ("“We stand with Ukraine,” Jan Lipavsky said. “We will help,” Lipavsky added.",
     [("Jan Lipavsky", "")] * 2),
    # ... while the month before a day stays none (near miss)
    ("“We stand with Ukraine,” Petr Fiala said on Jan 12.", [("Fiala", "West")]),
    # a breaker's case: after a time's preposition "Jan" is the month, not a given name (the
    # speakers had been "Jan Putin" and "Through Jan Zelensky")
    ("In Jan Putin said: “The operation is going to plan.”", [("Putin", "")]),
    ("Through Jan Zelensky repeated: “We will not give up our land.”", [("Zelensky", "")]),
    # ... while a person's name after another preposition stays whole (near miss)
    ("The letter from Jan Lipavsky said: “We stand with Ukraine.”", [("Jan Lipavsky", "")]),
])
def test_a_months_abbreviation_that_is_a_given_name_opens_the_name(
        registry: Registry, text: str, speakers: list[tuple[str, str]]) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == speakers


def test_the_body_named_once_stays_the_body_through_the_article(registry: Registry) -> None:
    # a newcomer's state-media summary: after "the ministry said" (the Defence Ministry), a
    # later "According to the ministry" and "the ministry said" had been a "ministry" of no side
    text = ("MOSCOW, November 15. Russian forces struck energy facilities, the Russian Defense "
            "Ministry said on Saturday.\n\n\"All designated targets have been hit,\" the ministry "
            "said in its weekly summary.\n\nAccording to the ministry, the strikes were a "
            "response to \"terrorist attacks by the Kiev regime.\"\n\n\"The enemy has suffered "
            "heavy losses,\" the ministry said.")
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == [
        ("Russian Defence Ministry", "Russia")] * 3


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's live blog: the spokesperson of the body whose response opens the sentence
    # before speaks for it
    ("Ukraine's Foreign Ministry responded cautiously. \"Any framework must start with a full "
     "ceasefire,\" spokesperson Heorhii Tykhyi said.", "Heorhii Tykhyi", "Ukraine"),
    ("The Kremlin was more guarded. \"Nothing is agreed,\" a spokesman said.", "spokesman",
     "Russia"),
    ("The Kremlin denied the report. \"It is a fabrication,\" a spokesman told reporters.",
     "spokesman", "Russia"),
    # not the state the sentence tells acting: the spokesman may be the other side's
    ("Russia launched 500 drones overnight. \"Most were shot down,\" a spokesman said.",
     "spokesman", ""),
    ("Russia launched 500 drones overnight. \"Most were shot down,\" spokesman Oleh Petrenko "
     "said.", "Oleh Petrenko", ""),
    # a state's body named without the state speaks for the state that responded, as a
    # spokesman does (a Western Sahara newcomer's "Rabat reacted swiftly. … the Ministry of
    # Foreign Affairs said" had no side) ...
    ("Kyiv hit back within hours. \"The vote changes nothing,\" the Ministry of Foreign Affairs "
     "said in a statement.", "Ministry of Foreign Affairs", "Ukraine"),
    ("The Kremlin responded coolly. \"We see no threat,\" the defence ministry said.",
     "defence ministry", "Russia"),
    # ... a state, not a body of another kind, and not a state acting
    ("NATO reacted swiftly. \"We see no threat,\" the defence ministry said.",
     "defence ministry", ""),
    ("Kyiv launched 90 drones overnight. \"Most reached their targets,\" the Ministry of "
     "Defence said.", "Ministry of Defence", ""),
])
def test_a_spokesperson_speaks_for_the_body_that_responded(registry: Registry, text: str,
                                                           speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a group or body in the sentence before counts when the sentence before that ends with
    # quoted words: their full stop inside the marks ends it too (the second's "they" had been
    # the Russian officials, the one before the sentence before)
    ("Russian officials called the plan \"a provocation.\"\n\nTwo Western officials were "
     "sceptical. \"There is no text yet,\" they said.", "Western officials", "West"),
    ("Western officials said Kyiv was \"in a tight spot.\"\n\nDiplomats in Brussels were gloomy. "
     "\"We are running out of options,\" said one.", "diplomat", "West"),
    ("Witkoff said he expected to meet Russian negotiators \"within days.\"\n\nUkraine's Foreign "
     "Ministry responded cautiously. \"Any framework must start with a full ceasefire,\" "
     "spokesperson Heorhii Tykhyi said.", "Heorhii Tykhyi", "Ukraine"),
])
def test_a_quoted_full_stop_ends_the_sentence_before(registry: Registry, text: str,
                                                     speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a breaker's cases against the apposition and affiliation rules: where one sits is a side
    # ("on" a council, a committee, state television), a field of expertise is not
    ("“Russia is rearming fast,” said Eric Green, a senior official on the U.S. National "
     "Security Council.", "Eric Green", "West"),
    ("“We need the money now,” said Fedir Venislavsky, a lawmaker on Ukraine's defence "
     "committee.", "Fedir Venislavsky", "Ukraine"),
    ("“NATO is preparing for war,” said Vladimir Solovyov, a host on Russian state television.",
     "Vladimir Solovyov", "Russia"),
    ("“Putin believes time is on his side,” said Tatiana Stanovaya, an expert in Russian "
     "politics.", "Tatiana Stanovaya", ""),
    ("“The Kremlin miscalculated,” said Mark Galeotti, a historian of Russia's security "
     "services.", "Mark Galeotti", ""),
    ("“Moscow is ready for a long war,” said Andrei Kolesnikov, a senior fellow at the Carnegie "
     "Russia Eurasia Center.", "Andrei Kolesnikov", ""),
    ("“Kyiv must reform,” said Orysia Lutsevych, who heads the Ukraine Forum at Chatham House.",
     "Orysia Lutsevych", ""),
    ("“The Houthis will keep firing,” said Farea al-Muslimi, a Yemen researcher at Chatham House "
     "in London.", "Farea al-Muslimi", ""),
    ("“The RSF controls Darfur,” said Kholood Khair, a Sudan analyst based in Cairo.",
     "Kholood Khair", ""),
    ("“We lost everything,” said Amal Osman, a Sudanese refugee now living in the U.K.",
     "Amal Osman", ""),
    # whom the relative clause says one works for, heads, advises or sits for
    ("“Europe will freeze this winter,” said Sergei Markov, a political scientist who advises "
     "the Kremlin.", "Sergei Markov", "Russia"),
    ("“Washington is serious,” said Amos Hochstein, who advises the U.S. president on energy.",
     "Amos Hochstein", "West"),
    ("“Our brigade is short of men,” said Andriy Biletsky, who commands the Ukrainian army's "
     "Third Assault Brigade.", "Andriy Biletsky", "Ukraine"),
    ("Konstantin Kosachev, who chairs the foreign affairs committee of Russia's upper house, "
     "said: “The West must listen.”", "Konstantin Kosachev", "Russia"),
    ("“They are lying,” said Anna Novosad, who is a member of Ukraine's parliament.",
     "Anna Novosad", "Ukraine"),
    ("“The court has no jurisdiction,” said Ilya Rogachev, a diplomat who represented Russia at "
     "the hearings.", "Ilya Rogachev", "Russia"),
    # not whom one's clients or the victims one speaks of belong to, nor where one served time
    ("“My client is innocent,” said Anna Stavitskaya, a lawyer who represents several detained "
     "Ukrainian journalists.", "Anna Stavitskaya", ""),
    ("“They were shelled for weeks,” said Oksana Pokalchuk, a lawyer who represents victims of "
     "Russian strikes.", "Oksana Pokalchuk", ""),
    ("“Prison broke many of us,” said Ilya Yashin, an activist who served time in a Russian "
     "prison.", "Ilya Yashin", ""),
    # opponents, dissidents, defectors and exiles speak for no government of their country
    ("“I saw the executions,” said Maxim Kuzminov, a pilot who served in the Russian air force "
     "before defecting to Ukraine.", "Maxim Kuzminov", ""),
    ("“Nobody wanted this war,” said Andrei Fedorov, a former Russian officer who defected to "
     "Ukraine.", "Andrei Fedorov", ""),
    ("“Lukashenko must go,” said Sviatlana Tsikhanouskaya, the exiled Belarusian opposition "
     "leader.", "Sviatlana Tsikhanouskaya", ""),
    ("“Peskov is lying,” said Lyubov Sobol, an anti-Kremlin activist.", "Lyubov Sobol", ""),
    ("“They arrested my colleagues,” said Roman Anin, a Kremlin-critical journalist.",
     "Roman Anin", ""),
    ("“The Kremlin has no plan,” said a Russian opposition activist.",
     "Russian opposition activist", ""),
    # ... and so does such a title before the name (a fixer's: it had been the country's side,
    # where the same words after the name were none), while a minister's title is a side
    ("“Lukashenko must go,” said the exiled Belarusian opposition leader Sviatlana "
     "Tsikhanouskaya.", "Sviatlana Tsikhanouskaya", ""),
    ("“The vote was a sham,” said Russian opposition politician Ilya Yashin.", "Ilya Yashin",
     ""),
    ("“The vote was fair,” said Belarusian Foreign Minister Maxim Ryzhenkov.", "Maxim Ryzhenkov",
     "Russia"),
    ("“It is a trap,” said Gleb Pavlovsky, a former Kremlin adviser who became a critic of "
     "Putin.", "Gleb Pavlovsky", ""),
    ("“We buried him yesterday,” said Svetlana Petrova, the grandmother of a Wagner fighter.",
     "Svetlana Petrova", ""),
    # the side one is for
    ("“Zelensky is a dictator,” said Viktor Medvedchuk, a pro-Russian Ukrainian politician.",
     "Viktor Medvedchuk", "Russia"),
    ("“Gaza needs fuel now,” said Sigrid Kaag, a Dutch politician.", "Sigrid Kaag", "West"),
])
def test_the_side_of_a_persons_apposition_and_relative_clause(registry: Registry, text: str,
                                                              speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s][0] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a predicate describes its subject as an apposition does
    ("Olga Stefanishyna is Ukraine's deputy prime minister for European integration. “We are "
     "ready for accession talks,” she said.", "Olga Stefanishyna", "Ukraine"),
    ("Pavel Zorin is a political analyst who advises the Russian State Duma. “The West is weak,” "
     "he said.", "Pavel Zorin", "Russia"),
    ("Lev Gudkov is a longtime Kremlin critic. “Russians are afraid,” he said.", "Lev Gudkov", ""),
    # a place is no person
    ("Kharkiv is a city of 1.4 million. “We are staying,” said one resident.", "resident", ""),
])
def test_a_predicate_describes_the_person_as_an_apposition(registry: Registry, text: str,
                                                           speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == [(speaker, camp)]


@pytest.mark.parametrize(("text", "speaker"), [
    # the clause after a semicolon that closes with its own reporting clause is that clause's
    ("Seoul announced aid; the deal was “dead,” Peskov said.", "Peskov"),
    # without one, the sentence's reporting clause still reports what follows the semicolon
    ("Peskov said the talks were over; the Kremlin considers the president “illegitimate”.",
     "Peskov"),
    ("Zelensky said the talks failed; the Russians were “not serious”.", "Zelenskyy"),
    # a pronoun closing it is the sentence's reporter (a live blog's; not Zelenskyy)
    ("15:00 — Peskov says Putin has no plans to speak with Zelenskyy; the Kremlin considers "
     "Ukraine’s president “illegitimate”, he says.", "Peskov"),
])
def test_a_semicolon_clause_with_its_own_closing_clause(registry: Registry, text: str,
                                                        speaker: str) -> None:
    assert [s for _, s, _, _ in speakers_of(text, registry) if s] == [speaker]


def test_another_of_the_kind_just_described(registry: Registry) -> None:
    # a newcomer's analysis: "said another" after "said one senior European diplomat" had no
    # speaker, though "Another was blunter:" had one
    text = ("“It reads as if it were written in the Kremlin,” said one senior European diplomat. "
            "“It is a capitulation,” said another.")
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry)] == [
        ("senior European diplomat", "West")] * 2
    assert [s for q, s, _, _ in speakers_of("Putin met Zelensky. “It was useful,” said another.",
                                            registry) if q] == [""]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a second breaker's cases against the first rules for appositions: their words are no
    # opposition ("Anti-Corruption", "fled the city", "deserted villages", "fledgling", "exiled
    # from Crimea"), a critic of the other side keeps the side, a relative noun is no head
    ("Semen Kryvonos, director of Ukraine's National Anti-Corruption Bureau, said: “No one is "
     "above the law.”", "Semen Kryvonos", "Ukraine"),
    ("“The city is holding,” said Ivan Fedorov, the Ukrainian mayor of Melitopol, who fled the "
     "city after Russian troops seized it.", "Ivan Fedorov", "Ukraine"),
    ("“The villages are empty,” said Vyacheslav Gladkov, the governor of Russia's Belgorod "
     "region, describing deserted villages near the border.", "Vyacheslav Gladkov", "Russia"),
    ("“Our pilots are ready,” said Mykola Oleshchuk, the commander of Ukraine's fledgling F-16 "
     "fleet.", "Mykola Oleshchuk", "Ukraine"),
    ("“My people are suffering under occupation,” said Refat Chubarov, a Ukrainian lawmaker "
     "exiled from Crimea.", "Refat Chubarov", "Ukraine"),
    ("“Moscow must be stopped,” said Pawel Jablonski, Poland's deputy foreign minister and a "
     "fierce critic of the Kremlin.", "Pawel Jablonski", "West"),
    ("“NATO is preparing for war with Russia,” said Leonid Slutsky, a Russian lawmaker and vocal "
     "critic of the West.", "Leonid Slutsky", "Russia"),
    ("“Thousands are still missing,” said Artur Dobroserdov, Ukraine's commissioner for missing "
     "persons and their relatives.", "Artur Dobroserdov", "Ukraine"),
    ("“We lost two guns last night,” said a Ukrainian anti-aircraft gunner near Kharkiv.",
     "Ukrainian anti-aircraft gunner near Kharkiv", "Ukraine"),
    # where one works is a side, what one studies or where one lives is not
    ("“NATO is already at war with us,” said Dmitry Kiselyov, a commentator on Russian state "
     "television.", "Dmitry Kiselyov", "Russia"),
    ("“The convoy was hit twice,” said Oleh Hrytsenko, an analyst in Ukraine's military "
     "intelligence agency.", "Oleh Hrytsenko", "Ukraine"),
    ("“The jamming is relentless,” said Taras Melnyk, a specialist in the Ukrainian army's "
     "electronic warfare units.", "Taras Melnyk", "Ukraine"),
    ("“The talks are over,” said Yuri Kovalchuk, an official at the Foreign Ministry in Moscow.",
     "Yuri Kovalchuk", "Russia"),
    ("“Moscow is rebuilding its reserves,” said Dara Massicot, an expert on the Russian military "
     "at the Carnegie Endowment.", "Dara Massicot", ""),
    ("“My family is still in Khartoum,” said Amira Hassan, a Sudanese doctor working in the U.S.",
     "Amira Hassan", ""),
    ("“Business has collapsed,” said Mehmet Yilmaz, a truck driver who works in Russia.",
     "Mehmet Yilmaz", ""),
    # whom one helps, studies or reports on, or a company or NGO one heads, is no side
    ("“They arrive with nothing,” said Anna Weber, who works with Ukrainian refugees in Berlin.",
     "Anna Weber", ""),
    ("“Putin is rewriting history,” said Olena Kozak, who heads the department of Ukrainian "
     "studies at Harvard.", "Olena Kozak", ""),
    ("“A third of Russians support a ceasefire now,” said Denis Volkov, who heads Russia's "
     "independent Levada Center polling group.", "Denis Volkov", ""),
    ("“Every client asks about sanctions,” said Olga Ivanova, a lawyer who advises Russian "
     "companies in Dubai.", "Olga Ivanova", ""),
    ("“Both sides must respect the laws of war,” said Anna Meyer, who heads the Kyiv office of "
     "Human Rights Watch.", "Anna Meyer", ""),
    ("“We hold the line near Belgorod,” said Maximilian Andronnikov, who commands a Russian "
     "volunteer unit fighting for Ukraine.", "Maximilian Andronnikov", ""),
    # "pro-" before the person's noun, not in what they do
    ("“They were paid in cryptocurrency,” said a Ukrainian security official investigating "
     "pro-Russian saboteurs.", "Ukrainian security official investigating pro-Russian saboteurs",
     "Ukraine"),
    # a resignation in protest, as a defection
    ("“The Kremlin wants a settlement,” said Natalia Sokolova, a former Russian diplomat who "
     "resigned in protest in 2022.", "Natalia Sokolova", ""),
])
def test_what_a_persons_apposition_says_and_does_not_say_of_their_side(
        registry: Registry, text: str, speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s][0] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # the spokesman of a body the title names speaks for it, not for the state that responded
    ("Israel rejected the proposal on Monday. “The occupation is stalling,” Hamas spokesman "
     "Hazem Qassem said.", "Hazem Qassem", ""),
    ("Washington condemned the attack on the tanker. “We will keep targeting these ships,” said "
     "Houthi military spokesman Yahya Saree.", "Yahya Saree", ""),
    ("Moscow dismissed the report. “We stand by our reporting,” a spokesperson for the BBC said.",
     "spokesperson for the BBC", ""),
    # a question or exclamation with its reporting clause after it is one sentence
    ("Ukraine's Foreign Ministry responded cautiously. “What exactly is Moscow offering?” "
     "spokesperson Heorhii Tykhyi asked.", "Heorhii Tykhyi", "Ukraine"),
    ("Two senior Russian officials were dismissive. “Why would we negotiate now?” they said.",
     "Russian officials", "Russia"),
    ("European diplomats were furious. “This is blackmail!” one said.", "diplomat", "West"),
])
def test_a_spokesperson_and_a_group_across_a_question(registry: Registry, text: str,
                                                     speaker: str, camp: str) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == [(speaker, camp)]


def _outlet_quotes(text: str, outlet: str, registry: Registry) -> list[tuple[str, str]]:
    articles = pd.DataFrame({"doc_id": ["d"], "source": [outlet], "text": [text]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    return [(s, st) for q, s, st in zip(out["is_quote"], out["speaker"], out["speaker_status"])
            if q]


INTRO = ("Rheinfunk spoke to Sabine Krüger, who heads the Russia research group at an institute "
         "in Berlin.\n\n")


@pytest.mark.parametrize("q, a", [("Rheinfunk", "Krüger"), ("Interviewer", "Krüger"),
                                  ("Q", "A")])
def test_an_interview_labelled_with_the_outlets_and_the_guests_names(registry: Registry, q: str,
                                                                     a: str) -> None:
    # a newcomer's broadcaster: "Rheinfunk:" / "Krüger:" opened no turn, so the guest's answers
    # were the outlet's narration, and under "Q:" / "A:" they were the outlet's ("Rheinfunk
    # spoke to …" named the outlet first)
    text = INTRO + (f"{q}: Would Taurus be a game changer?\n\n{a}: No single weapon is a game "
                    f"changer. But it helps.\n\n{q}: Why is Berlin hesitant?\n\n{a}: The "
                    "chancellery fears escalation.\n")
    interviewer, guest = ("interviewer", "newsroom"), ("Sabine Krüger", "outside_registry")
    assert _outlet_quotes(text, "Rheinfunk English", registry) == [
        interviewer, guest, guest, interviewer, guest]


def test_a_title_case_label_names_no_one_the_article_does_not_name(registry: Registry) -> None:
    text = ("Russia struck Kyiv overnight.\n\nUpdate: Officials said 12 people died.\n\n"
            "Kharkiv: Three were injured, officials said.\n\nMeyer: We will rebuild.\n")
    assert _outlet_quotes(text, "Wire", registry) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a newcomer's wrong speakers: a described person's "he added" continues them, not the last
    # name before ...
    ("Rescuer Maksym Hordiienko said they worked all night. A soldier of the 92nd Brigade said "
     "the occupiers attack daily. “They storm our positions,” the soldier said. “We are holding, "
     "and we will hold,” he added.", "soldier"),
    # ... "the head of state" is the president named before, not the head of a regional
    # administration ...
    ("Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said three died. "
     "President Volodymyr Zelensky said the attack showed Moscow's intentions. “We need more "
     "Patriot systems,” the head of state stressed.", "Zelenskyy"),
    ("Putin addressed the nation on Saturday. “Excessive ambitions have led to treason,” the head "
     "of state said.", "Putin"),
    # ... a first name named only as a possessor is still the one "he" refers to ...
    ("“There were no trenches,” said Andrii, a platoon commander in the 47th Brigade.\n\nHer "
     "neighbour, Petro Savchenko, a retired miner, said he watched excavators. “They dug for two "
     "weeks,” he said.\n\nAndrii's unit was rotated out in February. Asked what he would tell "
     "the officials, he paused. “Come and stand in one of your trenches,” he said.", "Andrii"),
    # ... and a magazine's name is no person
    ("Military expert Igor Strelnikov, editor-in-chief of the magazine Arsenal Otechestva, said "
     "the strikes had no military significance. “These are terrorist attacks,” he said.",
     "Igor Strelnikov"),
])
def test_whom_a_later_pronoun_or_office_refers_to(registry: Registry, text: str,
                                                  speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a newcomer's state-agency dispatch: "the King said" had no speaker and "the Sovereign
    # stressed" a person "Sovereign"; a royal title refers back to its holder named before ...
    ("His Majesty King Abdelaziz II opened the session in Marrakesh. “Our ports are open to "
     "the continent,” the King said.", "Abdelaziz II"),
    ("King Abdelaziz II received the envoy on Monday. The talks were “frank and useful”, the "
     "Sovereign noted.", "Abdelaziz II"),
    ("Emir Tamim bin Hamad Al Thani met the delegation. “We will keep mediating,” the Monarch "
     "said.", "Tamim bin Hamad Al Thani"),
    # ... not to a former king, nor to whoever was named last (an unnamed king) ...
    ("Former King Ramon II and Prime Minister Ilse Varga toured the port. “The port will reopen,” "
     "the King said.", "King"),
    ("Prime Minister Ilse Varga spoke on Monday. “We will not yield,” the Sovereign said.",
     "Sovereign"),
    # ... and "the King" named in the narration is no speaker of the next quote
    ("King Abdelaziz II met Prime Minister Ilse Varga. “We agreed on the port,” Varga said.",
     "Ilse Varga"),
    # "the former King" is a former holder named before, never the reigning one (a breaker's
    # "Former King Juan Carlos and King Mohammed VI … the former King said" was Mohammed VI's)
    ("Former King Ramon II and King Abdelaziz II missed the funeral. “It is a sad day,” the "
     "former King said.", "Ramon II"),
    ("King Abdelaziz II opened the museum. “I paid for the east wing,” the former King said.",
     "former King"),
    # ... while "the King" beside a former one is still the reigning one
    ("Former King Ramon II and King Abdelaziz II missed the funeral. “It is a sad day,” the "
     "King said.", "Abdelaziz II"),
])
def test_a_royal_title_refers_back_to_its_holder(registry: Registry, text: str,
                                                 speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if s][-1] == speaker


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a newcomer's voices without the side or the name the text gives them
    ("“Sanctions are just press releases,” said Sen. Ellen Hartley, D-Minn.", "Ellen Hartley",
     "West"),
    ("Rep. Mike Turner (R-Ohio) said the aid was “overdue”.", "Mike Turner", "West"),
    ("The Russian Embassy in Berlin responded sharply. “The delivery would mean direct "
     "involvement,” a spokesperson for the embassy said.", "spokesperson for the embassy",
     "Russia"),
    ("Iryna Savchuk fled Mariupol in 2022 and now works as a nurse in Cologne. “People here are "
     "kind,” she said.", "Iryna Savchuk", ""),
    ("“The government has announced the same money three times,” says one Conservative "
     "frontbencher.", "Conservative frontbencher", ""),
    ("Activist Sayana Dorzhieva said: “They are told to keep quiet.”", "Sayana Dorzhieva", ""),
    ("The Air Force of the Armed Forces of Ukraine reported 86 drones overnight. “Air defence "
     "neutralised 86 drones,” the Air Force said.", "Air Force", "Ukraine"),
])
def test_a_newcomers_voices_take_the_name_and_side_the_text_gives(registry: Registry, text: str,
                                                                  speaker: str,
                                                                  camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if s][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker"), [
    # a third breaker's cases against this stop's rules: an outlet reporting a semicolon
    # clause carries the sentence reporter's words ...
    ("Peskov told reporters the Kremlin was ready; progress was “possible but not guaranteed,” "
     "Reuters reported.", "Peskov"),
    ("Medvedev said the West was playing with fire; the strikes would be “a reason for a very "
     "tough response,” RIA Novosti reported.", "Medvedev"),
    # ... a plural description continues no "he" ...
    ("Mayor Ihor Terekhov visited the site. “The school was hit twice,” residents said. “We will "
     "rebuild every house,” he added.", "Ihor Terekhov"),
    # ... a possessive in an object is no antecedent ...
    ("Major Oleh Bondar, the battalion commander, praised Andrii's unit for holding the line. "
     "“They did the impossible,” he said.", "Oleh Bondar"),
    # ... a name after "the group" or "the programme" that a verb follows is a person ...
    ("The group Olena Kovalenko founded in 2014 now runs 40 shelters. “We never close,” she said.",
     "Olena Kovalenko"),
    # ... and "the head of state" is no vice president nor a commission's president
    ("President Donald Trump spoke on Tuesday. Vice President JD Vance later told "
     "reporters the call had gone well. “We are very close to a deal,” the head of state said.",
     "Trump"),
])
def test_a_third_breakers_cases_against_this_stops_rules(registry: Registry, text: str,
                                                         speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if s][-1] == speaker


@pytest.mark.parametrize(("text", "outlet", "voices"), [
    # a place's line in a live blog whose outlet's name starts with the place is narration,
    # and so is a round-up of leaders' lines after it
    ("Kyiv: Debris fell on a residential building, the city military administration said.\n\n"
     "Zelensky: The Ukrainian president met EU leaders in Brussels.\n\nPutin: The Russian leader "
     "told a Security Council meeting that the offensive would go on.\n", "Kyiv Independent", []),
    # one voice alone is no dialogue, even with the outlet's exact name
    ("Meduza: Here is what we know so far about the attack.\n\nMeduza: Russian officials say at "
     "least 60 people were killed.\n", "Meduza", []),
    # the guest the outlet spoke to, not a person the introduction names before
    ("Three months after Putin's re-election, Rheinfunk spoke to political scientist Sabine "
     "Krüger.\n\nQ: Will he negotiate?\n\nA: Not this year.\n\nQ: Why?\n\nA: He thinks he is "
     "winning.\n", "Rheinfunk English",
     [("interviewer", "newsroom"), ("Sabine Krüger", "outside_registry")] * 2),
])
def test_what_an_interview_label_is_not(registry: Registry, text: str, outlet: str,
                                        voices: list[tuple[str, str]]) -> None:
    assert _outlet_quotes(text, outlet, registry) == voices


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a described source keeps the body it is placed in or close to, and "the source said"
    # later is that source (a newcomer's had become "source" of no side)
    ("A source close to the Kremlin, who is familiar with discussions, said Putin was in no "
     "hurry. “He believes time is on his side,” the source said.", "source close to the Kremlin",
     "Russia"),
    ("Meanwhile, a source in the Russian delegation told Vestnik that Moscow's position remained "
     "unchanged. “Our conditions are well known,” the source said.",
     "source in the Russian delegation", "Russia"),
    # a British spelling of the body's noun refers back too
    ("The Center for Countering Disinformation also commented. “Russian propaganda is lying,” "
     "the centre said.", "Center for Countering Disinformation", "Ukraine"),
    # an institution's long name before its seat: the seat is no side
    ("“The oil price cap was always leaky,” said Daniel Reyes, a Russia analyst at the Center "
     "for Strategic Studies in Washington.", "Daniel Reyes", ""),
    # a victim of a state's shelling is not that state's voice
    ("“It was terrible,” said a victim of Russian shelling.", "", ""),
])
def test_a_described_source_keeps_the_body_it_is_placed_in(registry: Registry, text: str,
                                                           speaker: str, camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a second newcomer's (Gaza, Lebanon, the Red Sea) voices: a long quotation after the
    # sentence's own reporting clause ...
    ("The Israeli army said it had struck “Hamas terrorists operating from a command and control "
     "centre embedded in a former school.”", "Israeli army", "Other"),
    # ... a noun phrase with its place before a reporting verb, and a posting in a capital ...
    ("One Arab diplomat in London said: “The Americans can end this.”",
     "Arab diplomat in London", ""),
    ("“It is calm,” said a diplomat in Kyiv.", "diplomat in Kyiv", ""),
    ("A senior official in Kyiv said: “We are ready.”", "senior official in Kyiv", "Ukraine"),
    # ... a collective is no "he", a verb ends a title before a name ...
    ("Saeed Nofal, 52, said the family had moved four times. “There is no safe place left in "
     "Gaza,” he said.", "Saeed Nofal", ""),
    ("A White House spokesperson said President Donald Trump had been briefed. “The president is "
     "following it closely,” the spokesperson said.", "White House spokesperson", "West"),
    # ... a possessive inside a body's name, new titles, an institution and a venue
    ("The Prime Minister’s Office declined to comment. “We do not comment on operational "
     "matters,” it said.", "Prime Minister’s Office", ""),
    ("“Aid is not reaching the north,” said the UN’s humanitarian coordinator for Gaza, Ingrid "
     "Solberg.", "Ingrid Solberg", "Other"),
    ("“They are tired,” said Noa Friedman, a pollster and fellow at the Israel Democracy "
     "Institute.", "Noa Friedman", ""),
    ("“Nothing is agreed,” said a diplomat briefed on the talks in Doha.",
     "diplomat briefed on the talks in Doha", ""),
])
def test_a_second_newcomers_voices(registry: Registry, text: str, speaker: str,
                                   camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if s][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a Libya newcomer's "A European diplomat in Tripoli … told AFP", Tripoli the GNU's city,
    # had the government's side: a diplomat's posting in a city standing for a body is none,
    # as one in a capital is ("a diplomat in Kyiv")
    ("An African diplomat in Brussels told reporters the sanctions were “working”.",
     "African diplomat in Brussels", ""),
    ("A Gulf diplomat in Brussels said: “The summit is stuck.”", "Gulf diplomat in Brussels", ""),
    # ... but one of no origin of their own there is the body's ("Diplomats in Brussels
    # privately concede …" are the EU's), and an official there is, as "a senior official in
    # Kyiv" is the state's
    ("A diplomat in Brussels said: “The summit is stuck.”", "diplomat in Brussels", "West"),
    ("A senior official in Brussels said: “The summit is stuck.”",
     "senior official in Brussels", "West"),
])
def test_a_diplomats_posting_in_a_bodys_city_is_no_side(registry: Registry, text: str,
                                                         speaker: str, camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if s][-1] == (speaker, camp)


def test_an_interview_labelled_with_a_particle_surname_and_the_outlets_name_in_capitals(
        registry: Registry) -> None:
    intro = ("Khalid al-Mannai, a senior adviser to Qatar's Ministry of Foreign Affairs, spoke to "
             "Levant Radio's Rima Aziz in Doha.\n\n")
    guest = ("Khalid al-Mannai", "outside_registry")
    for q, a in (("Levant Radio", "Al-Mannai"), ("LEVANT RADIO", "AL-MANNAI")):
        text = intro + (f"{q}: How close is a deal?\n\n{a}: Closer than ever. Both delegations "
                        f"are in Doha.\n\n{q}: What is the obstacle?\n\n{a}: The sequencing.\n")
        voices = _outlet_quotes(text, "Levant Radio", registry)
        assert [v for v in voices if v[1] != "newsroom"] == [guest] * 3, q
        assert len(voices) == 5


@pytest.mark.parametrize(("outlet", "label", "status"), [
    # a Somalia newcomer's: a language service's interviewer labelled with the brand it opens
    # with had been an outside voice ("VOA:" in VOA Somali's), or with the outlet's initials
    ("NKR Swahili", "NKR", "newsroom"),
    ("Voice of Kordofan", "VOK", "newsroom"),
    # ... not a title-case first word of the outlet's name: a guest's label
    ("Tessa Tribune", "TESSA", "outside_registry"),
    # a later word of the outlet's name, its brand after a place (a Libya newcomer's "AL-AHRAR:"
    # in Libya Al-Ahrar TV's interview had been an outside voice "Libya Al-Ahrar")
    ("Kadugli Al-Nour TV", "AL-NOUR", "newsroom"),
    ("Nuba Beacon Radio", "BEACON", "newsroom"),
])
def test_an_interviewers_label_naming_the_outlets_brand_is_its_newsroom(
        registry: Registry, outlet: str, label: str, status: str) -> None:
    text = ("The programme spoke with Amina Warsame, a water engineer in Kadugli.\n\n"
            f"{label}: Is the pipeline working?\n\nWARSAME: Not since the rains.\n\n"
            f"{label}: What do you need?\n\nWARSAME: Pumps and fuel.\n")
    voices = _outlet_quotes(text, outlet, registry)
    # (the outlet's acronym or initials keep their capitals, as an acronym label does)
    name = label if label in ("NKR", "VOK") else label.title()
    assert voices[0] == (name, status)
    assert voices[2] == (name, status)
    assert voices[1] == ("Amina Warsame", "outside_registry")


@pytest.mark.parametrize(("intro", "guest"), [
    # a Libya newcomer's "ABDALLAH:" turns after "spoke with Mohamed Ali Abdallah" had been a
    # person "Ali Abdallah": the given names before the one before the surname are the name's
    ("Radio Kadugli spoke with Ahmed Omar Bashir, a water engineer.", "Ahmed Omar Bashir"),
    ("Radio Kadugli spoke with Abdel Karim Bashir, a water engineer.", "Abdel Karim Bashir"),
    # ... not a title, a month or a place before them
    ("Radio Kadugli spoke with Governor Omar Bashir about the pipeline.", "Omar Bashir"),
    ("Radio Kadugli spoke on 3 May Omar Bashir, a water engineer.", "Omar Bashir"),
    ("In Kadugli Omar Bashir, a water engineer, spoke to the radio.", "Omar Bashir"),
])
def test_a_surname_label_is_the_guest_with_all_his_given_names(registry: Registry, intro: str,
                                                               guest: str) -> None:
    text = (f"{intro}\n\nHOST: Is the pipeline working?\n\nBASHIR: Not since the rains.\n\n"
            "HOST: What do you need?\n\nBASHIR: Pumps and fuel.\n")
    voices = _outlet_quotes(text, "Radio Kadugli", registry)
    assert voices[1] == voices[3] == (guest, "outside_registry")


@pytest.mark.parametrize("head", ["", "Shelling resumes near Kherson\n\n",
                                  "Shelling resumes near Kherson\n\nAl Hadath English\n\n"])
def test_he_after_a_headline_is_the_sentences_subject_not_the_outlet_he_told(
        registry: Registry, head: str) -> None:
    # a Libya newcomer's live blog: a headline without a full stop had run into the first
    # sentence, so its subject opened nothing and "he said" went to the outlet told, "Al
    # Arabiya", a man's name to the name data
    text = (head + 'Oleksandr Prokudin told Al Hadath that the city was "holding".\n\n'
            '"The shelling has not stopped. We are ready," he said.')
    assert [s for _, s, _, _ in speakers_of(text, registry) if s] == ["Oleksandr Prokudin"] * 3


def test_a_quotation_over_a_blank_line_keeps_its_speaker(registry: Registry) -> None:
    # the near-miss of the headline's blank line: one inside a quotation ends no sentence
    text = ('Shelling resumes near Kherson\n\nOleksandr Prokudin told Al Hadath: "The city is '
            'holding.\n\n"The shelling has not stopped. Mykola Petrenko knows it," he said.')
    assert [s for _, s, _, _ in speakers_of(text, registry) if s] == ["Oleksandr Prokudin"] * 3


@pytest.mark.parametrize(("between", "speakers"), [
    # a Libya newcomer's "A spokesperson for the Wagner Group said …" / "“…,” the spokesperson
    # said" had been the group's and then a "spokesperson" of no camp: the same voice
    ("", [("NATO", "West"), ("NATO", "West")]),
    # ... but a spokeswoman named since is the one the later "the spokeswoman" is
    (" Olga Marchenko, a spokeswoman for the city council, disagreed.",
     [("NATO", "West"), ("Olga Marchenko", "")]),
])
def test_the_spokesperson_later_is_the_body_a_spokesperson_spoke_for(
        registry: Registry, between: str, speakers: list[tuple[str, str]]) -> None:
    text = ('A spokeswoman for NATO said the drills were "routine".' + between +
            '\n"Nobody is threatened by them," the spokeswoman said after the briefing.')
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a fixer's case: a person's spokesman or adviser named by "for" / "to" is the one "the
    # spokesman" later is, of the person's side, as "Putin's spokesman" is (it had been Putin,
    # the last man named, the noun before "for" read as his title)
    ("A spokesman for Putin said the talks had been “useful”. “We are ready for dialogue,” the "
     "spokesman said.", [("spokesman for Putin", "Russia")] * 2),
    ("An adviser to Zelensky said the talks were “hard”. “We will not give up territory,” the "
     "adviser said.", [("adviser to Zelensky", "Ukraine")] * 2),
    # ... a body's spokesman stays the body's, and a name in apposition stays the name
    ("A spokesman for the Wagner Group said the talks had been “useful”. “We are ready,” the "
     "spokesman said.", [("Wagner Group", "Russia")] * 2),
    ("A spokesman for Putin, Dmitry Peskov, said the talks had been “useful”. “We are ready,” "
     "the spokesman said.", [("Peskov", "Russia")] * 2),
])
def test_the_spokesperson_later_is_a_persons_spokesperson_named_before(
        registry: Registry, text: str, speakers: list[tuple[str, str]]) -> None:
    assert [(s, c) for _, s, c, _ in speakers_of(text, registry) if s] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # ... and so is a later "he": the aide opening the sentence speaks on (he had been Putin,
    # the name before "said" read as the one who speaks)
    ("A spokesman for Putin said the talks had been useful. “We are ready,” he added.",
     ("spokesman for Putin", "Russia")),
    ("An adviser to Zelensky said the talks had been useful. “We are ready,” he added.",
     ("adviser to Zelensky", "Ukraine")),
    # ... but not an aide in the sentence's object, whose subject speaks on (near miss)
    ("Zelensky met a spokesman for Putin. “We are ready,” he said.", ("Zelenskyy", "Ukraine")),
    # a breaker's: a body's spokesman opening the sentence is the body's voice for "he" too, as
    # for "the spokesman" (it had had no speaker); "she" after a spokesman, or a spokesman in
    # apposition to a name, stay as before
    ("A spokesman for the Ukrainian army said the line held. “We repelled twelve assaults,” he "
     "said.", ("Ukraine", "Ukraine")),
    ("A spokeswoman for the Ukrainian army said the line held. “We repelled twelve assaults,” "
     "she said.", ("Ukraine", "Ukraine")),
    ("A spokesman for the Ukrainian army said the line held. “We repelled twelve assaults,” she "
     "said.", ("", "")),
    ("Ivan Petrenko, a spokesman for the Ukrainian army, said the line held. “We repelled twelve "
     "assaults,” he said.", ("Ivan Petrenko", "Ukraine")),
])
def test_he_after_a_persons_aide_opening_the_sentence_is_the_aide(
        registry: Registry, text: str, speaker: tuple[str, str]) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q] == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    # a Libya newcomer's live blog: the outlet's name line under the headline had been the one
    # person named, so "the spokesperson said" and "he said" were the outlet's
    ('"Nobody will be spared," the spokesperson said.', "spokesperson"),
    ('"We are in full control," he said.', ""),
    # ... but a person whose first name opens the outlet's name is still a person
    ('Al Gore told Al Hadath the city was "holding". "We are ready," he said.', "Al Gore"),
])
def test_the_outlets_name_line_is_no_person(registry: Registry, body: str, speaker: str) -> None:
    text = "Clashes in Kyiv\n\nAl Hadath English\n\n" + body
    assert [s for s, _ in _outlet_quotes(text, "Al Hadath English", registry)][-1] == speaker


def test_a_guest_named_like_a_word_of_the_outlets_name_keeps_the_label(
        registry: Registry) -> None:
    # the near-miss of "BEACON:" in the Nuba Beacon Radio's: a guest the text names with a given
    # name before that word is the label's person, not the outlet
    text = ("The programme spoke with Amina Beacon, a water engineer in Kadugli.\n\n"
            "HOST: Is the pipeline working?\n\nBEACON: Not since the rains.\n\n"
            "HOST: What do you need?\n\nBEACON: Pumps and fuel.\n")
    voices = _outlet_quotes(text, "Nuba Beacon Radio", registry)
    assert voices[1] == voices[3] == ("Amina Beacon", "outside_registry")


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a fourth breaker's cases against the second newcomer's rules: a posting keeps the sending
    # state's embassy or delegation ...
    ("“We have received no instructions,” said a diplomat in the Russian embassy in London.",
     "diplomat in the Russian embassy in London", "Russia"),
    ("An observer in the Russian delegation said: “The talks were tense from the start.”",
     "observer in the Russian delegation", "Russia"),
    # ... a place after a complement's noun leaves the head before it ...
    ("An aide to the governor in Belgorod said: “The shelling has not stopped.”",
     "aide to the governor in Belgorod", "Russia"),
    # ... a collective as a complement is no collective ...
    ("A spokesman for the family said they had not been informed. “We learned of his death from "
     "the news,” he said.", "spokesman for the family", ""),
    # ... and an outlet relaying a document's words says none of them
    ("Reuters reported that the draft stated “all foreign forces will withdraw within ninety days "
     "of the signing of the agreement.”", "", ""),
])
def test_a_fourth_breakers_cases(registry: Registry, text: str, speaker: str,
                                 camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q or s][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "label", "status"), [
    # a breaker's: a guest whose given name spells the outlet's initials ("ANN:" for Ann Mwangi
    # on Africa News Network) had been the newsroom, her answers the outlet's narration
    ("The programme spoke with Kim Otieno, a fisherman in Lamu.", "KIM", "outside_registry"),
    ("The programme spoke with the fisherman Juma Kim in Lamu.", "KIM", "outside_registry"),
    # ... the initials with no one so named stay the interviewer's
    ("The programme spoke with Juma Otieno, a fisherman in Lamu.", "KIM", "newsroom"),
])
def test_a_label_spelling_the_outlets_initials_is_a_person_it_names(
        registry: Registry, text: str, label: str, status: str) -> None:
    text += (f"\n\nHOST: How many boats went out?\n\n{label}: Fewer than ten.\n\n"
             f"HOST: Why?\n\n{label}: The patrols.\n")
    voices = _outlet_quotes(text, "Kenya Island Media", registry)
    assert [v[1] for v in voices[1::2]] == [status, status]  # the answers


def test_a_quotation_after_another_report_does_not_continue_the_last_speaker(
        registry: Registry) -> None:
    # a second newcomer's: the army's words, quoted after its own reporting clause, had gone to
    # the civilian quoted in the paragraph before
    text = ("Her neighbour, Saeed Nofal, said the family had moved six times. “There is no safe "
            "place left in Gaza, none,” he said.\n\nThe Israeli army said it had struck “Hamas "
            "terrorists operating from a command and control centre embedded in a former "
            "school.” The army did not respond to questions.\n")
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == ["Saeed Nofal",
                                                                       "Israeli army"]


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a meeting's place after the one attending it is no speaker: "An Israeli official at the
    # talks in Doha said:" had been Qatar's voice
    ("An Israeli official at the talks in Doha said: “There is progress, but gaps remain.”",
     "Israeli official at the talks in Doha", "Other"),
    ("A Russian negotiator at the peace talks in Istanbul said: “Kyiv must accept reality.”",
     "Russian negotiator at the peace talks in Istanbul", "Russia"),
    ("A Qatari mediator at the talks in Cairo said: “We are close.”",
     "Qatari mediator at the talks in Cairo", "Other"),
    ("Ukraine's delegation at the talks in Istanbul said: “We will not cede land.”",
     "Ukraine", "Ukraine"),
    # the place alone still speaks for its state
    ("“We are ready,” Doha said.", "Qatar", "Other"),
])
def test_a_meetings_place_is_not_the_voice_of_one_attending(registry: Registry, text: str,
                                                           speaker: str, camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if q][-1] == (speaker, camp)


@pytest.mark.parametrize(("text", "speakers"), [
    # a described person's sex, where the head noun gives it, decides whose a pronoun's words
    # are: "he added" after "the woman said" had stayed hers
    ("Ivan Melnyk stood beside his wife in the ruins. “We lost everything,” the woman said. "
     "“But we are alive,” he added.", ["woman", "Ivan Melnyk"]),
    ("“They came at night,” said a woman in Bucha. “My husband hid in the cellar,” she said.",
     ["woman in Bucha", "woman in Bucha"]),
    ("“They came at night,” said a man in Bucha. “We hid,” he said.",
     ["man in Bucha", "man in Bucha"]),
    # a description that gives no sex continues with either pronoun
    ("“Hold the line,” the soldier said. “We have enough shells,” she added.",
     ["soldier", "soldier"]),
    # kin nouns head descriptions as "mother" and "son" do
    ("“We lost everything,” a grandmother in Kharkiv said. “My grandson is at the front,” she "
     "said.", ["grandmother in Kharkiv", "grandmother in Kharkiv"]),
    ("“He was only 19,” his sister said.", ["sister"]),
])
def test_a_described_persons_sex_decides_a_pronouns_words(registry: Registry, text: str,
                                                          speakers: list[str]) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a person described inside what the sentence's subject said does not take the next "he":
    # the lawyer's words had gone to the soldier (a stop-62 breaker's case)
    ("A lawyer for the family said the soldier had been tortured in captivity. “They broke his "
     "ribs and left him without water,” he said.", "lawyer for the family"),
    ("The mayor said a soldier had been killed. “He was 19,” he said.", "mayor"),
    # one just introduced outside a report still does, and so does the only "he" there is
    ("Macron hugged a wounded soldier. “I will go back to the front,” he said.",
     "wounded soldier"),
    ("Olena Petrenko said a soldier had knocked on her door. “He asked for water,” he said.",
     "soldier"),
])
def test_a_person_in_what_the_subject_said_does_not_take_the_next_he(
        registry: Registry, text: str, speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == [speaker]


BRIEFING = ("COLONEL SOFIYA QURESHI: Nine terrorist camps were targeted and destroyed.\n"
            "No military establishments were targeted.\n\n"
            "WING COMMANDER VYOMIKA SINGH: The sites were chosen to avoid civilian damage.\n"
            "The headquarters of Jaish-e-Mohammed was destroyed.\n\n"
            "QUESTION (Rhea, Reuters): Pakistan says children were killed. Did anyone ask India "
            "to stop?\n\n"
            "VIKRAM MISRI: Nobody asked us to stop.\n"
            "Pakistan has a long record of disinformation.\n")


def test_a_press_briefings_ranks_reporters_and_last_turn(registry: Registry) -> None:
    # a newcomer's briefing (stop 63): an air force rank before a name the name data lacks,
    # another outlet's reporter asking, and the last turn's second line
    voices = _outlet_quotes(BRIEFING, "Press Information Bureau", registry)
    assert voices == [("Sofiya Qureshi", OUT)] * 2 + [("Vyomika Singh", OUT)] * 2 + [
        ("Rhea (Reuters)", OUT)] * 2 + [("Vikram Misri", OUT)] * 2
    # the publisher's own question is its newsroom's
    own = _outlet_quotes(BRIEFING.replace("(Rhea, Reuters)", ""), "Press Information Bureau",
                         registry)
    assert own[4:6] == [("interviewer", "newsroom")] * 2


def test_a_host_the_introduction_names_is_the_newsroom(registry: Registry) -> None:
    turns = ("\n\nBAHATI: Mr Kanyuka, your forces still hold Goma. Why should anyone believe "
             "you?\n\nKANYUKA: We want peace. Kinshasa bombs our positions.\n\nBAHATI: Thank "
             "you.\n")
    intro = ("This is a transcript of an interview broadcast on Radio Tuungane. Host Amani "
             "Bahati spoke to Lawrence Kanyuka, spokesman of the M23.")
    voices = _outlet_quotes(intro + turns, "Radio Tuungane", registry)
    assert [v for v in voices if v[0] == "Amani Bahati"] == [("Amani Bahati", "newsroom")] * 3
    # another outlet's host is a guest
    other = _outlet_quotes(intro.replace("Host Amani", "Kivu FM host Amani") + turns,
                           "Radio Tuungane", registry)
    assert {st for s, st in other if s == "Amani Bahati"} == {OUT}


@pytest.mark.parametrize(("intro", "outlet", "status"), [
    # a host the introduction names with the publisher's own name is its newsroom: a newcomer's
    # radio had its interviewer's 13 turns as an outside voice, and with the shipped registry
    # the camp of "Kyiv" in the outlet's name (Haiti corpus)
    ("Lviv Morning Radio host Marta Hrytsenko spoke with Oleksii Danilov on Friday.",
     "Lviv Morning Radio", "newsroom"),
    ("In an interview, Oleksii Danilov spoke with Lviv Morning Radio's host Marta Hrytsenko.",
     "Lviv Morning Radio", "newsroom"),
    # ... the publisher's name with its article or without (a breaker's "Kyiv Ledger host Anna
    # Bondar" in The Kyiv Ledger's transcript was a guest of camp Ukraine)
    ("Lviv Morning Radio host Marta Hrytsenko spoke with Oleksii Danilov on Friday.",
     "The Lviv Morning Radio", "newsroom"),
    # another outlet's host, an article alone no name (near miss)
    ("Lviv Morning Radio host Marta Hrytsenko spoke with Oleksii Danilov on Friday.",
     "The Dnipro Evening", OUT),
    # another outlet's host is a guest, however it is written
    ("Lviv Morning Radio host Marta Hrytsenko spoke with Oleksii Danilov on Friday.",
     "Dnipro Evening", OUT),
    ("Veteran host Marta Hrytsenko spoke with Oleksii Danilov on Friday.", "Dnipro Evening", OUT),
])
def test_a_host_introduced_with_the_publishers_own_name_is_the_newsroom(
        registry: Registry, intro: str, outlet: str, status: str) -> None:
    turns = ("\n\nHRYTSENKO: Russia now holds most of the east. Is the war lost?\n\n"
             "DANILOV: No. We will hold the line.\n\nHRYTSENKO: Thank you.\n")
    voices = _outlet_quotes(intro + turns, outlet, registry)
    assert [v for v in voices if v[0] == "Marta Hrytsenko"] == [("Marta Hrytsenko", status)] * 3
    articles = pd.DataFrame({"doc_id": ["d"], "source": [outlet], "text": [intro + turns]})
    out = attribute_quotes(segment_corpus(articles), articles, registry)
    # the outlet's name ("Lviv") gives its own host no camp
    if status == "newsroom":
        assert set(out.loc[out["speaker"] == "Marta Hrytsenko", "speaker_camp"]) == {""}


@pytest.mark.parametrize(("text", "speaker"), [
    # a place the clause's verb took is no speaker: a newcomer's displaced civilians were
    # quoted as "Bukavu" and "Goma" (stop 63)
    ("A mother of four who fled Bukavu told reporters that the rebels had burned her house. "
     "“They came at night and took everything,” she said.", "mother"),
    ("A teacher who fled Goma said the rebels had taken the school. “We lost everything,” he "
     "said.", "teacher"),
    ("A mother of four who fled Bukavu said: “They came at night.”", "mother of four"),
    ("The four soldiers who fled Avdiivka said: “We were surrounded.”", "four soldiers"),
])
def test_a_place_the_relative_clause_took_is_no_speaker(registry: Registry, text: str,
                                                         speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q or s][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a "he" after a sentence whose titled subject reported on a registry person is the
    # subject's: a newcomer's pundit had his words given to the prime minister (stop 63)
    ("Retired Major General GD Bakshi said the nation stood united behind Prime Minister "
     "Narendra Modi. “This is a new India,” he said.", "GD Bakshi"),
    ("Retired general Gagandeep Bakshi said the nation stood united behind Prime Minister "
     "Narendra Modi. “This is a new India,” he said.", "Gagandeep Bakshi"),
])
def test_a_titled_subject_keeps_the_next_he(registry: Registry, text: str, speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # "what it called": the body the sentence names, not the closing source of its figures (a
    # newcomer's India's "terrorist infrastructure" had gone to "official figures", stop 63)
    ("At least 66 people have been killed since India struck what it called “terrorist "
     "infrastructure” in Pakistan on May 7, according to official figures.", "India"),
    ("Russia’s defence ministry thanked mediators for what it called “constructive” work.",
     "Russian Defence Ministry"),
    # a closing "according to" is the sentence's source, not the naming clause's words
    ("Russian officials condemned what they called “an act of war”, according to state "
     "television.", "Russian officials"),
    # "it" the article does not resolve leaves the sentence's own reporter
    ("Pushilin’s channel posted photographs of what it called ‘liberated’ streets.",
     "Pushilin’s channel"),
    # a description never runs over a blank line: a heading's last words before it (a Somalia
    # newcomer's speaker had been "crossfire\n\nThe government"); a line's break it does
    ("Farmers count their losses.\n\nLife under the drones\n\nThe government of Prime Minister "
     "Keir Starmer announced what it called a “decisive package” of aid.", "government"),
    ("Talks stalled on Friday. A senior Western\ndiplomat said the talks were “stuck in the "
     "mud”.", "senior Western diplomat"),
])
def test_what_it_called_is_the_named_bodys(registry: Registry, text: str, speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if s][-1] == speaker


@pytest.mark.parametrize(("text", "speaker", "camp"), [
    # a leader's government, administration or cabinet speaks for the leader's side (a Somalia
    # newcomer's "The government of President Hassan Sheikh Mohamud" had no camp)
    ("The government of President Volodymyr Zelenskyy announced what it called a “winter "
     "shield” for the grid.", "government", "Ukraine"),
    ("The cabinet of Prime Minister Keir Starmer approved what it called a “decisive package” "
     "of aid.", "cabinet", "West"),
    # ... not any body "of" a person: a foundation is its own
    ("The foundation of Alexei Navalny published what it called “new proof” of the theft.",
     "foundation of Alexei Navalny", ""),
])
def test_a_leaders_government_is_the_leaders_side(registry: Registry, text: str, speaker: str,
                                                  camp: str) -> None:
    assert [(s, c) for q, s, c, _ in speakers_of(text, registry) if s] == [(speaker, camp)]


def test_a_breakers_transcripts(registry: Registry) -> None:
    # stop 63's breaker against the briefing rules: a briefing of titled officials is a
    # transcript though few of its turns read as speech ...
    briefing = BRIEFING.replace("QUESTION (Rhea, Reuters): Pakistan says children were killed. "
                                "Did anyone ask India to stop?\n\n", "")
    assert [s for s, _ in _outlet_quotes(briefing, "Press Information Bureau", registry)] == [
        "Sofiya Qureshi", "Sofiya Qureshi", "Vyomika Singh", "Vyomika Singh", "Vikram Misri",
        "Vikram Misri"]
    # ... a closing note after the last turn is no one's ...
    ended = ("COLONEL SOFIYA QURESHI: Nine camps were targeted.\n\n"
             "VIKRAM MISRI: Thank you all for coming.\nThe briefing ended shortly after 11 am.\n")
    assert len(_outlet_quotes(ended, "Press Information Bureau", registry)) == 2
    # ... a note in brackets names no reporter ...
    inaudible = ("VIKRAM MISRI: The strikes were measured.\n\nQUESTION (Inaudible): What about "
                 "the ceasefire?\n\nVIKRAM MISRI: It holds.\n")
    assert "reporter (Inaudible)" not in {
        s for s, _ in _outlet_quotes(inaudible, "Press Information Bureau", registry)}
    # ... and another outlet's host is a guest
    cnn = ("Transcript of the minister's interview with host Fareed Zakaria of CNN.\n\n"
           "ZAKARIA: Minister, your forces struck Pakistan. Why should anyone believe you?\n\n"
           "JAISHANKAR: We want peace. Terrorists attack our people.\n\nZAKARIA: Thank you.\n")
    assert {st for s, st in _outlet_quotes(cnn, "Ministry of External Affairs", registry)
            if s == "Fareed Zakaria"} == {OUT}


@pytest.mark.parametrize(("text", "speaker"), [
    # near variants a breaker found the stop's rules missed: a participle before the meeting,
    # other verbs of leaving and reporting, "boy"
    ("An Israeli negotiator attending the talks in Doha said: “The gaps are narrowing.”",
     "Israeli negotiator attending the talks in Doha"),
    ("A teacher who escaped Goma said the rebels had taken the school. “We lost everything,” "
     "he said.", "teacher"),
    ("A farmer who returned to Rutshuru said the fields were mined. “We cannot plant,” he said.",
     "farmer"),
    ("A lawyer for the family alleged that the soldier had been tortured. “They broke his ribs,” "
     "he said.", "lawyer for the family"),
    ("“I want to go to school,” said a boy of ten in Gaza.", "boy of ten in Gaza"),
])
def test_near_variants_of_the_stops_speaker_rules(registry: Registry, text: str,
                                                   speaker: str) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q][-1] == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    # a body's spokeswoman's "she added" is the body's words; a "he" is not hers
    ("“We are checking the reports,” a spokeswoman for the Ukrainian army said. “There is no "
     "confirmation yet,” she added.", ["Ukraine", "Ukraine"]),
    ("“We are checking the reports,” a spokeswoman for the Ukrainian army said. “There is no "
     "confirmation yet,” he added.", ["Ukraine", ""]),
    # a first name with a letter Unicode keeps whole ("ł") is read by the name data (a Polish
    # man's "Radosław" had been unknown, so "she" found him)
    ("Agnieszka Wiśniewska said the talks had failed. Radosław Nowak disagreed. “We will try "
     "again,” she said.", ["Agnieszka Wiśniewska"]),
    # ... and a name opening with a capital of Latin Extended-A ("Ł", "Ś") is whole (it had
    # been the surname alone, "Łukasz" no name's start)
    ("“The border is quiet tonight,” Łucja Śliwińska said.", ["Łucja Śliwińska"]),
    ("“The border is quiet tonight,” said Ždenek Ćosić.", ["Ždenek Ćosić"]),
    # ... while a Latin-1 capital reads as before (near miss)
    ("“The border is quiet tonight,” said Émile Ørsted.", ["Émile Ørsted"]),
    # a role word before the subject's name ("Opposition leader …") keeps the next "he" his
    ("Opposition leader Rahul Gandhi said Prime Minister Narendra Modi had failed the country. "
     "“He must answer to parliament,” he said.", ["Rahul Gandhi"]),
])
def test_a_spokeswomans_she_and_an_opposition_leaders_he(registry: Registry, text: str,
                                                         speakers: list[str]) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == speakers


def test_a_leaders_own_pronoun_corrects_a_first_name_the_data_is_unsure_of(registry: Registry) -> None:
    # a third newcomer's (stop 63): "Nikol", a woman's name in the data's few bearers, is
    # Nikol Pashinyan's, whose "his country" the text gives; the quote had no speaker
    text = ("Armenia's prime minister, Nikol Pashinyan, said his country would not be drawn into "
            "a war. He called on Russian peacekeepers to act.\n\n“Armenia is not going to be "
            "dragged into military actions,” he said.")
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == ["Nikol Pashinyan"]
    # "his" of another noun ("his body") says nothing of the speaker
    text = "Olena Petrenko said his body was found in March. “I knew it,” she said."
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == ["Olena Petrenko"]


def test_a_registry_leaders_own_pronoun_corrects_a_first_name_the_data_is_unsure_of(
        registry: Registry) -> None:
    # the same with the newcomer's actor file naming him: a registry person read as a woman
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Pashinyan"\ncamp = "Armenia"\ntype = "person"\n'
        'aliases = ["Nikol Pashinyan"]\n'))
    text = ("Armenia's prime minister, Nikol Pashinyan, said his country would not be drawn into "
            "a war. He called on Russian peacekeepers to act.\n\n“Armenia is not going to be "
            "dragged into military actions,” he said.")
    assert [(s, c) for q, s, c, _ in speakers_of(text, mine) if q] == [("Pashinyan", "Armenia")]


_ARMENIA = ('[[actor]]\nname = "Pashinyan"\ncamp = "Armenia"\ntype = "person"\n'
            'aliases = ["Nikol Pashinyan"]\n{gender}\n[[actor]]\nname = "Arman Tatoyan"\n'
            'camp = "Karabakh"\ntype = "person"\naliases = ["Tatoyan"]\n')


@pytest.mark.parametrize(("gender", "text", "speakers"), [
    # a newcomer's Armenia corpus: "Nikol" is a woman's name to the name data (the Czech and
    # Slovak Nikol), so "he said" after Pashinyan found the ombudsman quoted before him, camp
    # Karabakh, and "she said" found Pashinyan; the registry's ``gender`` says it
    ('gender = "m"', "“Shells hit the school,” Tatoyan wrote on Telegram.\n\nPashinyan told "
     "lawmakers that Armenia would stay out of the fighting.\n\n“We will not be provoked,” he "
     "said.", [("Arman Tatoyan", "Karabakh"), ("Pashinyan", "Armenia")]),
    ('gender = "m"', "Deputy speaker Lilit Avagyan opened the session. Nikol Pashinyan told "
     "lawmakers that the budget was passed.\n\n“This is a shameful budget,” she said.",
     [("Lilit Avagyan", "")]),
    # without it the name data decides, as before (the near miss: nothing else changes)
    ("", "“Shells hit the school,” Tatoyan wrote on Telegram.\n\nPashinyan told lawmakers that "
     "Armenia would stay out of the fighting.\n\n“We will not be provoked,” he said.",
     [("Arman Tatoyan", "Karabakh"), ("Arman Tatoyan", "Karabakh")]),
])
def test_a_registry_persons_gender_outweighs_the_name_data(
        registry: Registry, gender: str, text: str, speakers: list[tuple[str, str]]) -> None:
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(_ARMENIA.format(gender=gender)))
    assert [(s, c) for q, s, c, _ in speakers_of(text, mine) if q] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # shipped persons whose first name the name data reads as either sex's ("Radosław" it
    # lacks, "Valery", "Jean-Noël", "JD", "Wang") fitted "she" too: the registry says "m"
    ("Kaja Kallas opened the meeting. Radosław Sikorski told reporters that more sanctions "
     "were coming. “We will not wait for Moscow,” she said.", ["Kallas"]),
    ("Maria Zakharova spoke after the strike. General Valery Gerasimov said the front was "
     "stable. “The West is lying,” she said.", ["Zakharova"]),
    # a "he" still finds them
    ("Kaja Kallas opened the meeting. Radosław Sikorski told reporters that more sanctions "
     "were coming. “We will not wait for Moscow,” he said.", ["Sikorski"]),
])
def test_shipped_persons_the_name_data_reads_as_either_sex_are_men(
        registry: Registry, text: str, speakers: list[str]) -> None:
    assert [s for q, s, _, _ in speakers_of(text, registry) if q] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    # a newcomer's Taiwan Strait corpus (F6): the last place of a list after the quoted words
    # had been the speaker, in apposition to the ministry
    ('The drill, code-named "Joint Sword," covered the islands of Kinmen and Matsu, the '
     'ministry said.', "ministry"),
    ('The drill, code-named "Joint Sword," covered the islands of Kinmen, Matsu, Wuqiu and '
     'Dongyin, the ministry said.', "ministry"),
    ('The offensive, dubbed "Operation Dawn," hit the towns of Bakhmut, Soledar, Avdiivka and '
     'Marinka, the general staff said.', "general staff"),
    ('The drill, code-named "Joint Sword," covered Kinmen and Matsu, said the ministry.',
     "ministry"),
    # a name and its apposition after the quoted words stay the name's
    ('"We will not retreat," Andriy Kostin, the prosecutor general, said.', "Andriy Kostin"),
    ('"We will not retreat," local residents, who asked not to be named, said.',
     "local residents"),
    ('The talks, described as "frank," ended without a deal, Peskov said.', "Peskov"),
])
def test_a_list_of_places_before_the_closing_clause_is_no_speaker(
        registry: Registry, text: str, speaker: str) -> None:
    assert [s for _, s, _, _ in speakers_of(text, registry)] == [speaker]


@pytest.mark.parametrize(("text", "is_quote", "speaker"), [
    # a newcomer's Taiwan Strait corpus (F5): a US legislator's party tag in apposition had been
    # the speaker ("R-Idaho"), and a state's abbreviation ended the closing clause, so the quote
    # was none
    ('Sen. Jim Risch, R-Idaho, said Washington must "stand with Ukraine."', False, "Jim Risch"),
    ('Rep. Michael McCaul, R-Texas, who led a delegation to Taipei in April, said the United '
     'States must "deter Chinese aggression."', False, "Michael McCaul"),
    ('Sen. Ellen Hartley, D-Minn., said: "We stand with Ukraine."', True, "Ellen Hartley"),
    ('"We stand with Ukraine," Sen. Ellen Hartley, D-Minn., said.', True, "Ellen Hartley"),
    ('"We stand with Ukraine," Sen. Ellen Hartley (D-Minn.) said.', True, "Ellen Hartley"),
    ('Rep. Don Bacon, R-Neb., who visited Kyiv, said: "They need the missiles now."', True,
     "Don Bacon"),
    ('"We stand with Ukraine," said Sen. Amy Klobuchar, D-Minn.', True, "Amy Klobuchar"),
    ('Sen. Lindsey Graham, R-S.C., said the aid was "long overdue."', False, "Lindsey Graham"),
    # two legislators joined by "and": the first, as "Rep. A and Rep. B said" gives (a
    # breaker's: the second alone)
    ('Rep. Brian Fitzpatrick, R-Pa., and Rep. Marcy Kaptur, D-Ohio, said the bill would '
     '"save lives."', False, "Brian Fitzpatrick"),
    # a bare name in apposition is still the speaker
    ('Ukraine\'s defence minister, Taras Hordiienko, said the strikes were "a warning."', False,
     "Taras Hordiienko"),
])
def test_a_legislators_party_tag_is_no_speaker(registry: Registry, text: str, is_quote: bool,
                                               speaker: str) -> None:
    assert [(q, s) for q, s, _, _ in speakers_of(text, registry)] == [(is_quote, speaker)]


def briefing_rows(text: str, registry: Registry, source: str = "S"
                  ) -> list[tuple[str, bool, str, str]]:
    """(kind, is_quote, speaker, status) of every row of one article from ``source``."""
    from analysis.segment import segment_article

    articles = pd.DataFrame({"doc_id": ["d"], "source": [source], "text": [text]})
    out = attribute_quotes(segment_article("d", text, source), articles, registry)
    return list(zip(out["kind"], out["is_quote"], out["speaker"], out["speaker_status"]))


def test_a_briefings_outlet_labelled_questions_are_reporters(registry: Registry) -> None:
    # a newcomer's Russian and PRC foreign-ministry briefings (F1, F13): the asking outlet's
    # label had left its turn the ministry's own narration ("Reuters:"), made it a person
    # "Afp" / "Cctv", or a heading ("RIA Novosti: …?")
    text = ("RIA Novosti: What is your comment on the drone attack?\n\n"
            "Maria Zakharova: Kyiv is a terrorist regime.\n\n"
            "AFP: Ukraine says Russia shelled a hospital in Kherson. Do you have a comment?\n\n"
            "Maria Zakharova: This is a fake.\n\n"
            "Reuters: Will Russia attend the talks in Istanbul?\n\n"
            "Maria Zakharova: We will announce it in due course.\n\n"
            "CCTV: What is your response?\n\n"
            "Maria Zakharova: We have said everything.\n\n"
            "Kyodo News: Will the minister visit Tokyo?\n\n"
            "Maria Zakharova: No.\n\n"
            "Phoenix TV: And Beijing?\n\n"
            "Maria Zakharova: Our partners know our position.")
    reporters = ["reporter (RIA Novosti)", "reporter (AFP)", "reporter (AFP)",
                 "reporter (Reuters)", "reporter (CCTV)", "reporter (Kyodo News)",
                 "reporter (Phoenix TV)"]
    rows = briefing_rows(text, registry, "Russian Foreign Ministry")
    assert all(kind == "sentence" and quote for kind, quote, _, _ in rows)
    assert [s for _, _, s, _ in rows if s != "Zakharova"] == reporters
    # only the PRC briefing's labels: no "Question:", the spokesman's answers not first person
    text = ("CCTV: What is China's comment on the drills?\n\n"
            "Lin Jian: Taiwan is China's Taiwan.\n\n"
            "Bloomberg: The US State Department urged China to exercise restraint. What's your "
            "response?\n\nLin Jian: The US should stop sending wrong signals.")
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Lin Jian"\ncamp = "China"\ntype = "person"\n'))
    assert [s for _, _, s, _ in briefing_rows(text, mine, "PRC Foreign Ministry")] == [
        "reporter (CCTV)", "Lin Jian", "reporter (Bloomberg)", "reporter (Bloomberg)",
        "Lin Jian"]


@pytest.mark.parametrize("text, expected", [
    # one outlet's question answered once by a named person: a briefing of one exchange (with
    # one asking outlet no transcript had been recognised, the exchange the ministry's narration)
    ("Xinhua: What is China's position on the new sanctions?\n\nLin Jian: China opposes "
     "unilateral sanctions. Dialogue is the only way out.",
     ["reporter (Xinhua)", "Lin Jian", "Lin Jian"]),
    ("RIA Novosti: How will Moscow respond to the drone strikes?\n\nMARIA ZAKHAROVA: Kyiv "
     "will get an answer.", ["reporter (RIA Novosti)", "Zakharova"]),
    # unchanged: a credit line asks nothing, a question nobody named answers, and a label
    # that is no person's answers nothing
    ("Reuters: Ukraine's navy said it had sunk a landing ship.\n\nLin Jian: China calls "
     "for restraint.", ["", ""]),
    ("AFP: Will the grain deal survive the summer?\n\nUpdate: Talks resume on Monday.",
     ["", ""]),
])
def test_a_briefings_one_exchange_is_a_reporters_question_and_its_answer(
        registry: Registry, text: str, expected: list[str]) -> None:
    from analysis.actors import extend_registry, parse_registry

    mine = extend_registry(registry, parse_registry(
        '[[actor]]\nname = "Lin Jian"\ncamp = "China"\ntype = "person"\n'))
    assert [s for _, _, s, _ in briefing_rows(text, mine, "PRC Foreign Ministry")] == expected


def test_a_digests_outlet_credits_and_two_headings_with_labels_are_no_briefing(
        registry: Registry) -> None:
    # a breaker's: a news digest crediting its sources ("Reuters: …", "AFP: …") has no one
    # answering, so its lines are no reporters' questions; two headings of capitals and title
    # case mixed ("NATO Summit: …?") make no transcript of an article
    text = ("Reuters: Ukraine's defence ministry said it had downed “all 12 drones.”\n\n"
            "AFP: Russia's defence ministry said its forces took a village.")
    assert not any(s.startswith("reporter (") for _, _, s, _ in
                   briefing_rows(text, registry, "Digest"))
    text = ("Allies meet in Vilnius this week.\n\nNATO Summit: What will Vilnius deliver for "
            "Ukraine?\n\nLeaders will discuss membership.\n\nUS Congress: Will the aid pass?"
            "\n\nThe vote is on Friday.")
    kinds = [kind for kind, _, _, _ in briefing_rows(text, registry, "Wire")]
    assert kinds == ["sentence", "heading", "sentence", "heading", "sentence"]


def test_an_outlets_own_label_role_labels_and_rubrics_are_no_other_outlets_reporter(
        registry: Registry) -> None:
    # the publisher's own name is its interviewer; "CNN ANCHOR:" a role; "Breaking News:" and
    # "Photo:" no outlet
    text = ("Rheinfunk: What is your view of the talks?\n\nMaria Zakharova: We see no reason "
            "to continue.\n\nRheinfunk: And the sanctions?\n\nMaria Zakharova: They will fail.")
    assert [s for _, _, s, _ in briefing_rows(text, registry, "Rheinfunk")] == [
        "interviewer", "Zakharova", "interviewer", "Zakharova"]
    text = ("CNN ANCHOR: What do you make of it?\n\nLAVROV: We see no reason to continue.\n\n"
            "CNN ANCHOR: Why?\n\nLAVROV: Because Kyiv has sabotaged every round.")
    assert [s for _, _, s, _ in briefing_rows(text, registry, "CNN")] == [
        "cnn anchor", "Lavrov", "cnn anchor", "Lavrov"]
    text = ("Breaking News: Russia shelled Kharkiv overnight, officials said.\n\n"
            "Photo: Firefighters at a damaged building in Kharkiv.")
    assert [s for _, _, s, _ in briefing_rows(text, registry, "Wire")] == ["", ""]


@pytest.mark.parametrize(("text", "speakers"), [
    # an India-Pakistan newcomer's press releases (F6): "Shri" / "Smt." are honorifics as
    # "Mr" is and "Raksha Mantri" (defence minister) a title, not part of the name; a partial
    # quote after "Raksha Mantri Shri …" had no speaker, a closing "Shri Rajnath Singh said"
    # gave "Shri Rajnath Singh"
    ('Raksha Mantri Shri Arjun Mehra praised the engineers, saying they had "rebuilt the '
     'bridge in record time".', ["Arjun Mehra"]),
    ('"The bridge will open next month," Shri Arjun Mehra said.', ["Arjun Mehra"]),
    ('"The relief camps are full," Smt. Kavita Rao told reporters.', ["Kavita Rao"]),
    ('Shrimati Kavita Rao visited the camps. "Every family will be housed," she said.',
     ["Kavita Rao"]),
    # "Sushri" (Ms) is one too, and "H.E." (His or Her Excellency) before an envoy's or a
    # commission chair's name (a breaker's "Sushri Mamata Banerjee said" was that speaker)
    ('"The relief camps are full," Sushri Kavita Rao said.', ["Kavita Rao"]),
    ('Sushri Kavita Rao said: "Every family will be housed."', ["Kavita Rao"]),
    ('"The ceasefire must hold," said H.E. Amadou Diarra, the commission\'s chair.',
     ["Amadou Diarra"]),
    # ... spelled out ("Her Excellency") or spaced ("H. E."), it had been in the speaker
    ('"The ceasefire must hold," said Her Excellency Amina Diallo, the envoy.', ["Amina Diallo"]),
    ('"The ceasefire must hold," said H. E. Amadou Musa Diarra.', ["Amadou Musa Diarra"]),
    # ... while spaced initials before a surname alone are the name's (near miss)
    ('"The ceasefire must hold," said H. E. Diarra.', ["H. E. Diarra"]),
    # a given name that reads like the title's first word is still a name
    ('"We waited three days for water," Raksha Bhatt said.', ["Raksha Bhatt"]),
    # "Mantri" is a title before a name, without "Shri" too, and a surname after one (a
    # breaker's "said Pallavi Mantri, a resident of Poonch" had "resident of Poonch")
    ('"The bridge will open next month," said Raksha Mantri Arjun Mehra.', ["Arjun Mehra"]),
    ('"The well ran dry in April," said Sunita Mantri, a farmer from Barmer.',
     ["Sunita Mantri"]),
    ('"The well ran dry in April," Sunita Mantri told reporters.', ["Sunita Mantri"]),
])
def test_indian_honorifics_and_titles_are_no_part_of_the_name(registry: Registry, text: str,
                                                             speakers: list[str]) -> None:
    assert [s for _, s, _, _ in speakers_of(text, registry) if s] == speakers


def test_an_honorific_and_a_hindi_title_leave_one_canonical_speaker(registry: Registry) -> None:
    text = ('Raksha Mantri Shri Arjun Mehra praised the engineers, saying they had "rebuilt the '
            'bridge". Defence Minister Arjun Mehra thanked the army, saying it had "worked day '
            'and night".')
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = canonicalise_speakers(attribute_quotes(segment_corpus(articles), articles, registry),
                                registry)
    assert list(out["speaker"]) == ["Arjun Mehra", "Arjun Mehra"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a Libya newcomer's "Foreign Minister of the Government of National Stability Abdul Hadi
    # al-Hweij" had been the speaker "Hadi al-Hweij": a compound given name is whole
    ("Lavrov held talks with the Water Minister of the Council of National Salvation Abdel "
     "Karim al-Nour.\n\nAl-Nour, for his part, thanked Moscow for its \"steady support\".",
     "Abdel Karim al-Nour"),
    ('"We will rebuild," said the Minister of Water of the Transitional Government Abu Bakr '
     'al-Nour.', "Abu Bakr al-Nour"),
    # ... not a place's "Abu" before the name
    ('"We will rebuild," said the Crown Prince of Abu Dhabi Khaled al-Nahyan.',
     "Khaled al-Nahyan"),
])
def test_a_compound_given_name_after_a_portfolio_is_whole(registry: Registry, text: str,
                                                          speaker: str) -> None:
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = canonicalise_speakers(attribute_quotes(segment_corpus(articles), articles, registry),
                                registry)
    assert [s for s in out["speaker"] if s][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # an India-Pakistan newcomer's wire (F2): "it" / "they" of a naming clause is the subject
    # of the clause "what" hangs on, not the body the sentence before named ("Pakistan said it
    # …" had taken India's name for its targets)
    ('Belarus said it remained open to talks. The crisis deepened on Friday when Poland closed '
     'what it called "a hybrid attack route" on the border.', "Poland"),
    ('Hungary said it would abstain. Latvia then accused Russia of what it called "a campaign '
     'of sabotage".', "Latvia"),
    ('NATO said it was monitoring the area. The clashes began after Russian troops shelled '
     'what they called "militant positions" near the river.', "Russia"),
    # near miss: the body of the sentence before goes on as a sentence's own "it"
    ('Poland said it would close the border. It condemned what it called "hybrid attacks".',
     "Poland"),
])
def test_what_it_called_after_its_own_clause_is_that_clauses_subject(
        registry: Registry, text: str, speaker: str) -> None:
    assert [s for _, s, _, _ in speakers_of(text, registry) if s] == [speaker]


BRIEFING_TITLE_CASE = (
    "Transcript of the Home Ministry's briefing on the flood relief operation\n\n"
    "Shri Anand Kulkarni, Official Spokesperson: Good afternoon, and welcome to this briefing.\n\n"
    "Home Secretary, Shri Mohan Pillai: Good afternoon. Relief teams reached every district by "
    "Tuesday.\n\n"
    "Rakesh Menon, NDTV: Sir, how many people are still in the camps? Will the army stay?\n\n"
    "Home Secretary, Shri Mohan Pillai: About forty thousand. The army will stay as long as it "
    "is needed.\n\n"
    "Air Vice Marshal Deepak Rao: Our helicopters flew ninety sorties today.\n\n"
    "Shri Anand Kulkarni, Official Spokesperson: Thank you all.\n")


def test_a_briefings_title_case_labels_with_roles_are_turns(registry: Registry) -> None:
    # an India-Pakistan newcomer's MEA transcript (F1): labels in title case with a role after
    # a comma, a role before the name, an outlet after a reporter's name and a rank of three
    # words opened no turn, so the whole briefing was the ministry's narration and a reporter's
    # question a heading
    rows = briefing_rows(BRIEFING_TITLE_CASE, registry, "Ministry of Home Affairs")
    assert rows[0][0] == "heading"
    assert all(kind == "sentence" and quote for kind, quote, _, _ in rows[1:])
    assert [s for _, _, s, _ in rows[1:]] == [
        "Anand Kulkarni", "Mohan Pillai", "Mohan Pillai", "Rakesh Menon (NDTV)",
        "Rakesh Menon (NDTV)", "Mohan Pillai", "Mohan Pillai", "Deepak Rao", "Anand Kulkarni"]


@pytest.mark.parametrize(("line", "speaker"), [
    # a reporter's capitals label with the outlet after the comma asks for that outlet, as the
    # title-case one does (a breaker's "SIDHANT SIBAL, WION:" had been "Sidhant Sibal" alone)
    ("RAKESH MENON, NDTV: Sir, how many people are still in the camps?",
     "Rakesh Menon (NDTV)"),
    ("RAKESH MENON, DECCAN HERALD: How many people are still in the camps?",
     "Rakesh Menon (DECCAN HERALD)"),
    # ... not a role, a place the turn answers from, nor a registry name (near misses)
    ("RAKESH MENON, RELIEF VOLUNTEER: About forty thousand are still in the camps.",
     "Rakesh Menon"),
    ("RAKESH MENON, BARMER: About forty thousand are still in the camps.", "Rakesh Menon"),
    ("RAKESH MENON, UKRAINE: About forty thousand are still in the camps.", "Rakesh Menon"),
    # ... nor a region the news names, even asking (it had been "Rakesh Menon (PUNJAB)")
    ("RAKESH MENON, PUNJAB: Sir, how many people are still in the camps?", "Rakesh Menon"),
    ("RAKESH MENON, JAMMU AND KASHMIR: Sir, how many are still in the camps?", "Rakesh Menon"),
    # ... while an outlet named after a region is an outlet
    ("RAKESH MENON, PUNJAB KESARI: Sir, how many people are still in the camps?",
     "Rakesh Menon (PUNJAB KESARI)"),
])
def test_a_capitals_label_with_a_reporters_outlet_is_that_outlets_reporter(
        registry: Registry, line: str, speaker: str) -> None:
    text = ("MOHAN PILLAI, HOME SECRETARY: Good afternoon. Relief teams reached every district.\n\n"
            f"{line}\n\n"
            "MOHAN PILLAI, HOME SECRETARY: The army will stay as long as it is needed.\n")
    rows = briefing_rows(text, registry, "Ministry of Home Affairs")
    assert [s for _, _, s, _ in rows] == ["Mohan Pillai"] * 2 + [speaker] + ["Mohan Pillai"]


@pytest.mark.parametrize("text", [
    # a profile's title and a round-up of three titled lines, none coming back, stay prose
    "Home Secretary Mohan Pillai: a profile\n\nMohan Pillai joined the service in 1990.\n\nHe "
    "ran the relief operation in 2018.\n",
    "Prime Minister Arjun Mehra: India will respond.\n\nOpposition Leader Kavita Rao, Congress: "
    "The government failed the victims.\n\nChief Minister Ravi Shetty: Relief is on its way.\n",
    # a list's rubric coming back names no one
    "Key Points: The dam held.\n\nKey Points: The roads reopened.\n\nKey Points: Schools stay "
    "shut.\n",
])
def test_title_case_lines_with_colons_that_are_no_briefing(registry: Registry, text: str) -> None:
    assert not any(quote or speaker for _, quote, speaker, _ in briefing_rows(text, registry))


@pytest.mark.parametrize("label, asker, status", [
    ("Question (Radio Meridian)", "reporter (Radio Meridian)", OUT),
    ("Question (Dana Brook, Radio Meridian)", "Dana Brook (Radio Meridian)", OUT),
    # the publisher's own question is its newsroom's, as a bare "Question:" is
    ("Question (Capital Wire)", "interviewer", "newsroom"),
])
def test_a_title_case_question_label_with_the_asker_in_brackets_is_a_turn(
        registry: Registry, label: str, asker: str, status: str) -> None:
    # an Armenia-Azerbaijan newcomer's Armenpress transcript (F1): one "Question (Public TV):"
    # turn left the whole press conference unread, the question a headline row
    text = ("The defence minister held a news conference on Friday.\n\n"
            "Sergei Lavrov: Good morning. We have read the proposal.\n\n"
            f"{label}: Minister, will Moscow accept the proposal?\n\n"
            "Sergei Lavrov: We will study it. Nothing is decided.\n")
    rows = briefing_rows(text, registry, "Capital Wire")
    assert [(k, q, s, st) for k, q, s, st in rows] == [
        ("sentence", False, "", "")] + [("sentence", True, "Lavrov", REG)] * 2 + [
        ("sentence", True, asker, status)] + [("sentence", True, "Lavrov", REG)] * 2


def test_a_lone_bracketed_question_label_makes_no_transcript(registry: Registry) -> None:
    # a single such line among prose stays a subheading, no one's turn
    text = ("Question (Radio Meridian): Will Moscow accept the proposal?\n\n"
            "The Kremlin has not said whether it will.\n")
    assert [(k, q, s) for k, q, s, _ in briefing_rows(text, registry, "Capital Wire")] == [
        ("heading", False, ""), ("sentence", False, "")]


ANSWERING_TITLE_CASE = (
    "The mayor of Gyumri, Arman Sahakyan, met journalists after the floods.\n\n"
    "Arman Sahakyan: Good evening. The water has gone down in every district.\n\n"
    "Question: When will the schools reopen?\n\n"
    "Arman Sahakyan: On Monday, if the roads are dry.\n")


def test_a_title_case_name_label_answering_questions_is_a_turn(registry: Registry) -> None:
    # an Armenia-Azerbaijan newcomer's Armenpress transcript (F1): "Nikol Pashinyan:" opened no
    # turn with the shipped registry, which lacks him, while "NIKOL PASHINYAN:" did
    rows = briefing_rows(ANSWERING_TITLE_CASE, registry, "Capital Wire")
    assert [(q, s) for _, q, s, _ in rows] == [(False, "")] + [(True, "Arman Sahakyan")] * 2 + [
        (True, "interviewer")] + [(True, "Arman Sahakyan")]
    assert rows[1][3] == OUT


@pytest.mark.parametrize("text", [
    # the name line once, as a headline's "Name: claim" is
    "Arman Sahakyan: The water has gone down.\n\nQuestion: When will the schools reopen?\n\n"
    "The mayor did not answer.\n",
    # the name line coming back with no question between
    "Arman Sahakyan: The water has gone down.\n\nArman Sahakyan: The roads are dry.\n\n"
    "Question: When will the schools reopen?\n",
])
def test_a_title_case_name_label_answering_no_question_is_no_turn(
        registry: Registry, text: str) -> None:
    assert not any(s == "Arman Sahakyan" for _, _, s, _ in briefing_rows(text, registry))


@pytest.mark.parametrize("answer", ["ARMAN SAHAKYAN", "A"])
def test_a_reporters_name_and_outlet_label_asking_among_other_labels_is_a_turn(
        registry: Registry, answer: str) -> None:
    # an Armenia-Azerbaijan newcomer's transcript (F1): "Tatevik Hayrapetyan, Azatutyun: Baku
    # demands … Will you hold a referendum?", the only such line beside capitals or Q/A labels,
    # went on with the prime minister's turn and became his quote
    question = "QUESTION" if answer != "A" else "Q"
    text = (f"{question}: Were the warnings heeded?\n\n"
            f"{answer}: Good evening. The water has gone down everywhere.\n\n"
            "Lilit Avagyan, Radio Meridian: The opposition blames the dam. Will you resign?\n\n"
            f"{answer}: No. The dam held.\n")
    speakers = [s for _, q, s, _ in briefing_rows(text, registry, "Capital Wire") if q]
    assert speakers[3:5] == ["Lilit Avagyan (Radio Meridian)"] * 2
    assert speakers[2] == speakers[5] != speakers[3]


def test_a_name_and_outlet_line_asking_without_a_transcript_is_no_turn(
        registry: Registry) -> None:
    # beside prose, with no other label, such a line is what it was
    text = ("The mayor met journalists on Friday.\n\n"
            "Lilit Avagyan, Radio Meridian: The opposition blames the dam. Will you resign?\n\n"
            "The mayor did not answer.\n")
    assert not any(q for _, q, _, _ in briefing_rows(text, registry, "Capital Wire"))


@pytest.mark.parametrize(("label", "speaker"), [
    # a breaker's MEA-style transcript: a title abbreviated with a full stop before an initial
    # ("External Affairs Minister, Dr. S. Jaishankar:") opened no turn, so the minister's lines
    # went on the spokesperson's and a reporter's turns
    ("Health Secretary, Dr. R. Kulkarni", "R. Kulkarni"),
    ("Prof. Meera Iyer, Chief Scientist", "Meera Iyer"),
    ("Home Secretary, Shri Mohan Pillai", "Mohan Pillai"),
])
def test_a_briefing_label_with_an_abbreviated_title_is_a_turn(
        registry: Registry, label: str, speaker: str) -> None:
    text = ("Transcript of the Health Ministry's briefing on the outbreak\n\n"
            "Shri Anand Kulkarni, Official Spokesperson: Good afternoon.\n\n"
            f"{label}: Thank you. Forty districts report new cases.\n\n"
            "Rakesh Menon, NDTV: Sir, will schools close? Is that decided?\n\n"
            f"{label}: Nothing is decided yet.\n\n"
            "Shri Anand Kulkarni, Official Spokesperson: Thank you all.\n")
    rows = briefing_rows(text, registry, "Ministry of Health")
    assert [s for _, _, s, _ in rows[1:]] == [
        "Anand Kulkarni", speaker, speaker, "Rakesh Menon (NDTV)", "Rakesh Menon (NDTV)",
        speaker, "Anand Kulkarni"]


def test_a_places_abbreviation_opens_no_briefing_label(registry: Registry) -> None:
    # "St." is a place's ("St. Petersburg"), no title: a round-up of such lines stays prose
    text = ("St. Petersburg Office, Northern Desk: The port reopened.\n\n"
            "St. Petersburg Office, Northern Desk: Ferries resumed.\n\n"
            "Murmansk Office, Northern Desk: Ice closed the bay.\n")
    assert not any(q or s for _, q, s, _ in briefing_rows(text, registry))


@pytest.mark.parametrize("sentence, camp", [
    # a joint body of two camps, their names joined by a hyphen or a dash, gives the speaker
    # neither side (a Pakistan newcomer's "Haji Gul Rehman, a member of the Pak-Afghan Joint
    # Chamber of Commerce" had been Pakistan's, the first state's)
    ("“The talks must go on,” said Ivan Petrenko, a member of the Russian-Ukrainian Joint "
     "Commission on the Azov Sea.", ""),
    ("“The talks must go on,” said Ivan Petrenko, a member of the Russia–Ukraine Joint "
     "Commission.", ""),
    # near miss: the person's own side before the joint body, and a one-camp compound, stay
    ("“The talks must go on,” said Ivan Petrenko, a Ukrainian member of the Russian-Ukrainian "
     "Joint Commission.", "Ukraine"),
    ("“The talks must go on,” said Ivan Petrenko, a Russian-appointed official in Kherson.",
     "Russia"),
])
def test_a_joint_body_of_two_camps_gives_no_side(registry: Registry, sentence: str,
                                                 camp: str) -> None:
    assert quotes([sentence], registry) == [(True, "Ivan Petrenko", camp)]


def test_a_joint_chamber_of_two_states_short_form_gives_no_side(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('extends = "default"\n\n[[actor]]\nname = "Pakistan"\ncamp = "Pakistan"\n'
                    'type = "country"\ndemonyms = ["Pakistani"]\n\n[[actor]]\n'
                    'name = "Afghanistan"\ncamp = "Afghanistan"\ntype = "country"\n'
                    'demonyms = ["Afghan"]\n', encoding="utf-8")
    registry = load_registry(path)
    said = "“Our tomatoes are rotting,” said Haji Gul Rehman, "
    assert quotes([said + "a member of the Pak-Afghan Joint Chamber of Commerce."],
                  registry) == [(True, "Haji Gul Rehman", "")]
    assert quotes([said + "a Pakistani member of the Pak-Afghan Joint Chamber of Commerce."],
                  registry) == [(True, "Haji Gul Rehman", "Pakistan")]


@pytest.mark.parametrize("source, expected", [
    # a press release whose issuer the text never names: the registry body that is its source
    # (a Pakistan newcomer's ISPR release, source "ISPR", had no speaker for its closing quote)
    ("SBU", (True, "Security Service of Ukraine", "Ukraine")),
    # near miss: an outlet as the source issues no statement of its own
    ("Reuters", (True, "", "")),
])
def test_a_statement_with_no_issuer_named_is_its_releasing_bodys(
        registry: Registry, source: str, expected: tuple) -> None:
    sentences, articles = tables([
        "On 14 November, security forces conducted an operation near Kherson.",
        "Weapons and explosives were recovered from the site.",
        "Sanitization of the area is continuing.",
        "“Security forces remain determined to secure the borders,” the statement said.",
    ])
    sentences["source"] = source
    articles["source"] = source
    out = attribute_quotes(sentences, articles, registry)
    assert list(zip(out["is_quote"], out["speaker"], out["speaker_camp"]))[-1] == expected
