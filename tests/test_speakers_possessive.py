"""Speakers named only as a possessive or a modifier of the head noun that speaks.

"Putin's critics said" is said by the critics, not by Putin; "a Zelenskyy aide told
reporters" by an aide.  Such speakers are descriptions (``speaker_status`` outside_registry,
like "senior NATO official"), and the possessor's camp is not the critics' or the widow's.
A registry form that includes the possessive ("Zelenskyy's chief of staff" -> Yermak,
"Putin's spokesman" -> Peskov) and a named apposition ("Putin's spokesman Dmitry Peskov")
still name the person.

Also: a short quoted phrase woven into a reported-speech sentence ("He called it a
“regrouping”.") is a partial quote whatever its length, as "He called the withdrawal a
“regrouping”." already was (findings 3 and 14 of the messy-input review).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.actors import Registry, load_registry
from analysis.quotes import attribute_quotes
from analysis.segment import segment_article

OUT = "outside_registry"
REG = "registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


def rows(text: str, registry: Registry) -> list[tuple[str, bool, str, str, str, bool]]:
    """(text, is_quote, speaker, camp, status, partial_quote) of every row of one article."""
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    out = attribute_quotes(segment_article("d", text, "S"), articles, registry)
    return list(zip(out["text"], out["is_quote"], out["speaker"], out["speaker_camp"],
                    out["speaker_status"], out["partial_quote"]))


def last(text: str, registry: Registry) -> tuple[bool, str, str, str]:
    """(is_quote, speaker, camp, status) of the article's last row."""
    _, quote, speaker, camp, status, _ = rows(text, registry)[-1]
    return quote, speaker, camp, status


# --------------------------------------------------------------------------- finding 3


@pytest.mark.parametrize(("sentence", "speaker", "camp"), [
    # the people who speak are described; the possessor is neither speaker nor camp
    ('"The Kremlin has lost the initiative," said Putin\'s critics in Moscow.',
     "Putin's critics in Moscow", ""),
    ("“The Kremlin has lost,” said Lavrov's critics.", "Lavrov's critics", ""),
    # a clause after the subject is not an apposition naming the speaker
    ("“The Kremlin has lost,” said Lavrov's critics, while Lavrov said the West was lying.",
     "Lavrov's critics", ""),
    ('"Putin is a war criminal," Navalny\'s widow said, standing outside the court.',
     "Navalny's widow", ""),
    ('"We must hurry," said the Kremlin\'s critics.', "Kremlin's critics", ""),
    ('"We must hurry," a Kremlin critic said.', "Kremlin critic", ""),
    # someone speaking for the possessor: a description with the possessor's camp
    ('"Glory to Ukraine," a Zelenskyy aide told reporters.', "Zelenskyy aide", "Ukraine"),
    ('"He is a hero," said Kadyrov\'s spokesman.', "Kadyrov's spokesman", "Russia"),
    ('"We must hurry," Kadyrov\'s allies said.', "Kadyrov's allies", "Russia"),
    ('"No comment," the Putin spokesman said.', "Putin spokesman", "Russia"),
    ('"We must hurry," said a Navalny aide.', "Navalny aide", ""),
])
def test_a_possessive_or_modifier_is_not_the_speaker(registry: Registry, sentence: str,
                                                      speaker: str, camp: str) -> None:
    assert last(sentence, registry) == (True, speaker, camp, OUT)


def test_the_critics_line_is_not_counted_as_the_possessors_voice(registry: Registry) -> None:
    from analysis import framing

    text = ("Putin met his generals in Moscow on Friday.\n\n"
            '"The Kremlin has lost the initiative," said Putin\'s critics in Moscow.')
    articles = pd.DataFrame({"doc_id": ["d"], "source": ["S"], "text": [text]})
    sentences = attribute_quotes(segment_article("d", text, "S"), articles, registry)
    shares = framing.camp_voice_shares(sentences)
    assert list(shares["speaker_camp"]) == [framing.UNREGISTERED]


@pytest.mark.parametrize(("sentence", "speaker", "camp", "status"), [
    # registry forms that include the possessive phrase win
    ('"We are ready for talks," said Zelenskyy\'s chief of staff.', "Yermak", "Ukraine", REG),
    ('"No comment," Putin\'s spokesman said.', "Peskov", "Russia", REG),
    ('"We must hurry," said Zelenskyy\'s office.', "Office of the President of Ukraine",
     "Ukraine", REG),
    # a named apposition after the possessive role is the speaker
    ('"No comment," Putin\'s spokesman Dmitry Peskov said.', "Peskov", "Russia", REG),
    ('"Free him," Navalny\'s spokeswoman Kira Yarmysh said.', "Kira Yarmysh", "", OUT),
    ('"We must hurry," Trump envoy Richard Grenell said.', "Richard Grenell", "West", OUT),
    ('"Putin must answer," Yulia Navalnaya, Navalny\'s widow, said.', "Yulia Navalnaya", "",
     OUT),
    # the person themself, possessive-free, is still the speaker
    ('"We will not give up," Zelenskyy told reporters.', "Zelenskyy", "Ukraine", REG),
])
def test_registry_possessive_forms_and_named_appositions_still_win(
        registry: Registry, sentence: str, speaker: str, camp: str, status: str) -> None:
    assert last(sentence, registry) == (True, speaker, camp, status)


def test_a_possessive_role_refers_back_to_the_person_named_in_it(registry: Registry) -> None:
    text = ("Kadyrov's spokesman Alvi Karimov spoke on Chechen television on Monday.\n\n"
            '"He is a hero," said Kadyrov\'s spokesman.')
    assert last(text, registry) == (True, "Alvi Karimov", "Russia", OUT)
    # ... but not to the possessor named before
    text = ("Kadyrov visited the front on Monday.\n\n"
            '"He is a hero," said Kadyrov\'s spokesman.')
    assert last(text, registry) == (True, "Kadyrov's spokesman", "Russia", OUT)
    text = ("Putin met his generals in Moscow on Friday.\n\n"
            '"No comment," the Putin spokesman said.')
    assert last(text, registry)[1] != "Putin"


# --------------------------------------------------------------------------- finding 14


@pytest.mark.parametrize("text, speaker, status", [
    # a verb that names with the words puts them in its subject's mouth too (stop 55)
    ('Dmitry Peskov, the Kremlin spokesman, said the withdrawal did not change the status of '
     'the region. He called it a "regrouping".', "Peskov", REG),
    ("Dmitry Peskov, the Kremlin spokesman, said the withdrawal did not change the status of "
     "the region. He called it a “regrouping”.", "Peskov", REG),
    ('Dmitry Peskov spoke to reporters on Friday. He called the withdrawal a "regrouping".',
     "Peskov", REG),
    ('Dmitry Peskov spoke to reporters on Friday. He called the withdrawal a "planned '
     'regrouping of forces".', "Peskov", REG),
    # after a reporting verb the quoted words are its subject's (stop 54)
    ('Zelenskyy spoke on Friday evening. He said Russia had lost "everything it came for".',
     "Zelenskyy", REG),
    ('Wladimir Klitschko spoke in Kyiv. He said Putin had "destroyed a generation".',
     "Wladimir Klitschko", OUT),
    ('Zelenskyy spoke on Friday evening. Russia, he said, was "finished".', "Zelenskyy", REG),
    ("Kuleba spoke on Monday. He added that Ukraine needed \"more Patriot systems and more "
     "missiles for them.\"", "Kuleba", REG),
])
def test_a_quoted_phrase_woven_into_reported_speech_is_a_partial_quote(
        registry: Registry, text: str, speaker: str, status: str) -> None:
    _, quote, who, _, how, partial = rows(text, registry)[-1]
    assert (quote, who, how, partial) == (False, speaker, status, True)


def test_whole_quotes_after_a_pronoun_subject_keep_their_speaker(registry: Registry) -> None:
    # a quotation introduced by a reporting verb is still a quote, its pronoun resolved
    for lead in ('He said: "Nothing has changed on the ground."',
                 'He said "Nothing has changed on the ground."',
                 'He said that "nothing has changed on the ground."',
                 '"Nothing has changed on the ground," he said.'):
        text = "Dmitry Peskov spoke to reporters on Friday. " + lead
        assert last(text, registry) == (True, "Peskov", "Russia", REG), lead
    # a quoted phrase with its own attribution clause stays attributed
    text = ('The withdrawal was "a planned regrouping of forces to more advantageous '
            'lines on the left bank," Peskov said.')
    assert last(text, registry) == (True, "Peskov", "Russia", REG)
    # a quotation of its own with a woven phrase beside it is still a quote
    text = ('Zelenskyy spoke on Friday. "We will win," he said, calling the retreat "a sign of '
            'weakness and of a regime that is falling apart".')
    assert last(text, registry) == (True, "Zelenskyy", "Ukraine", REG)


@pytest.mark.parametrize("text, speaker", [
    ('Zelenskyy spoke on Friday. He called the retreat "A Victory For Ukraine".', "Zelenskyy"),
    ('Dmitry Peskov spoke to reporters. He said the West was "Waging A Proxy War Against '
     'Russia".', "Peskov"),
    ('Dmitry Peskov spoke to reporters. He defended the "Special Military Operation" again.', ""),
    ('Zelenskyy spoke on Friday. He called it a "Turning Point in the war for all of us".',
     "Zelenskyy"),
])
def test_a_capitalised_phrase_woven_into_the_narration_is_a_partial_quote(
        registry: Registry, text: str, speaker: str) -> None:
    # after a determiner or a preposition, or a short title-case phrase: a name or slogan
    _, quote, who, _, _, partial = rows(text, registry)[-1]
    assert (quote, who, partial) == (False, speaker, True)


def test_capitalised_quotations_that_are_speech_stay_quotes(registry: Registry) -> None:
    for lead in ('He said "Glory To Ukraine And Its Heroes."',
                 'He told reporters: "We Will Win This War."',
                 '"We Will Win This War," he said.'):
        text = "Volodymyr Zelenskyy spoke on Friday. " + lead
        assert last(text, registry) == (True, "Zelenskyy", "Ukraine", REG), lead
    # a whole sentence in quotes after a copula is still quoted speech
    text = ('Volodymyr Zelenskyy spoke on Friday. His message was "We will return to the city '
            'and we will rebuild it."')
    assert last(text, registry)[0] is True
