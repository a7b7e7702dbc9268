"""Messy-input cases of analysis.corpus found by a tester: stray cp1252 bytes in UTF-8 files,
slashed dates read two ways in one column, file names that are not UTF-8, and manifest
columns under other names."""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import CorpusError, CorpusWarning, decode_bytes, load_corpus, parse_published


def _folder(root: Path, files: dict[str, bytes], manifest: str | None = None) -> Path:
    """Write ``files`` (raw bytes) and, when given, a ``sources.csv`` with that content."""
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (root / name).write_bytes(data)
    if manifest is not None:
        (root / "sources.csv").write_text(manifest, encoding="utf-8")
    return root


def _days(parsed: pd.Series) -> list[str | None]:
    return [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in parsed]


# --------------------------------------------------------------------------- stray bytes in UTF-8

# The tester's file: UTF-8 curly quotes plus one Word apostrophe pasted in as cp1252 \x92.
KYIV_MIXED = ("NATO’s secretary general Jens Stoltenberg welcomed the news from Kherson.\n\n"
              "He said Russia").encode() + b"\x92" + (
              "s army had suffered “a major defeat” and that Ukraine’s allies would stay the "
              "course.\n").encode()


@pytest.mark.parametrize(("data", "expected"), [
    (KYIV_MIXED, KYIV_MIXED.replace(b"\x92", "’".encode()).decode()),
    # a latin-1 é typed into a UTF-8 text (was read as mac-latin2: “ became ‚Äú)
    ("The “".encode() + b"Caf\xe9" + "” reopened.".encode(), "The “Café” reopened."),
    # 20 clean paragraphs and one stray byte (was read as mac-iceland, every paragraph garbled)
    (("Ukraine’s army said “the city is free”.\n\n" * 20).encode() + b"Kyiv\x92s mayor.\n",
     "Ukraine’s army said “the city is free”.\n\n" * 20 + "Kyiv’s mayor.\n"),
])
def test_utf8_with_a_few_stray_cp1252_bytes_is_read_as_utf8(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == (expected, "utf-8")


def test_a_stray_byte_file_is_flagged_and_warned_about(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "c", {"kyiv_mixed.txt": KYIV_MIXED, "clean.txt": b"Fine."},
                     "doc_id,source\nkyiv_mixed,Kyiv Post\nclean,BBC\n")
    with pytest.warns(CorpusWarning, match=r"kyiv_mixed\.txt: UTF-8 with a few bytes that are "
                                           r"not: read them as cp1252 \(flag 'stray_bytes'\)"):
        articles = load_corpus(folder).set_index("doc_id")
    row = articles.loc["kyiv_mixed"]
    assert (row["encoding"], row["flags"]) == ("utf-8", "stray_bytes")
    assert "Russia’s army had suffered “a major defeat”" in row["text"]
    assert articles.loc["clean", "flags"] == ""


UKRAINIAN = ("Збройні сили України звільнили Херсон. Віктор Іваненко сказав, що Київ і Львів "
             "готові. Ігор, Єва, Вінниця, Біла Церква, ВІЙНА.\n")


@pytest.mark.parametrize(("text", "codec", "expected"), [
    # cp1252 with an accidental valid UTF-8 pair ("É”" is C9 94) among many invalid bytes
    ("“CAFÉ” was full – l’été à Kyiv, déjà “très” calme.\n", "cp1252", "cp1252"),
    ("Lavrov blamed the West. The café on Sumska street was full.\n", "latin-1", "cp1252"),
    # capital + і ("Ві" is C2 B3) is valid UTF-8 by accident, everything else is not
    (UKRAINIAN, "cp1251", "windows-1251"),
])
def test_legacy_files_with_accidental_utf8_pairs_keep_their_encoding(
        text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded, encoding = decode_bytes(data)
    assert decoded == text
    assert encoding.replace("_", "-") in (expected, codec)


# --------------------------------------------------------------------------- slashed dates

@pytest.mark.parametrize(("values", "expected"), [
    # one date with a first number over 12 makes the whole column day first
    (["09/11/2022", "13/11/2022", "11/03/2022"], ["2022-11-09", "2022-11-13", "2022-03-11"]),
    # one with a second number over 12 makes it month first
    (["09/11/2022", "11/13/2022"], ["2022-09-11", "2022-11-13"]),
    # dashes, two-digit years and a time part; ISO and dotted dates keep their own rules
    (["13-03-2022 14:30", "09-11-22", "2022-03-05", "05.03.2023", ""],
     ["2022-03-13", "2022-11-09", "2022-03-05", "2023-03-05", None]),
])
def test_slashed_dates_are_read_one_way_per_column(values: list[str], expected: list) -> None:
    parsed = parse_published(pd.Series(values))
    assert _days(parsed) == expected
    if values[0].endswith("14:30"):
        assert parsed.iloc[0].strftime("%H:%M") == "14:30"


def test_day_first_and_month_first_dates_in_one_column_are_an_error() -> None:
    with pytest.raises(CorpusError, match=r"'13/03/2022' can only be day/month/year, "
                                          r"'03/14/2022' only month/day/year"):
        parse_published(pd.Series(["13/03/2022", "01/02/2022", "03/14/2022"]))


@pytest.mark.parametrize("kind", ["manifest", "csv", "jsonl"])
def test_mixed_slashed_dates_stop_the_load_naming_the_file(tmp_path: Path, kind: str) -> None:
    if kind == "manifest":
        path = _folder(tmp_path / "c", {"a.txt": b"One.", "b.txt": b"Two."},
                       "doc_id,source,published\na,X,13/03/2022\nb,X,03/14/2022\n")
        named = r"sources\.csv"
    elif kind == "csv":
        path = tmp_path / "t.csv"
        path.write_text("doc_id,source,published,text\na,X,13/03/2022,One.\n"
                        "b,X,03/14/2022,Two.\n")
        named = r"t\.csv"
    else:
        path = tmp_path / "t.jsonl"
        path.write_text('{"doc_id": "a", "source": "X", "published": "13/03/2022", "text": "A."}\n'
                        '{"doc_id": "b", "source": "X", "published": "03/14/2022", "text": "B."}\n')
        named = r"t\.jsonl"
    with pytest.raises(CorpusError, match=named + r": the published dates mix day-first and "
                                          r"month-first .*'13/03/2022'.*'03/14/2022'"):
        load_corpus(path)


def test_undecidable_slashed_dates_are_read_month_first_with_one_warning(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "c", {f"{d}.txt": f"Text {d}.".encode() for d in "abcd"},
                     "doc_id,source,published\na,X,09/11/2022\nb,X,10/11/2022\n"
                     "c,X,11/11/2022\nd,X,2022-11-12\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_corpus(folder)
    notes = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert len(notes) == 1, notes
    # 11/11/2022 reads the same both ways: only two dates are ambiguous
    assert re.search(r"sources\.csv: 2 published date\(s\) such as '09/11/2022' \(doc_id 'a'\) "
                     r"could be day/month/year or month/day/year.*read month first "
                     r"\('09/11/2022' = 2022-09-11\)", notes[0]), notes[0]
    assert _days(parse_published(articles["published"])) == [
        "2022-09-11", "2022-10-11", "2022-11-11", "2022-11-12"]


def test_a_deciding_date_reads_the_manifest_day_first_without_a_warning(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "c", {"a.txt": b"One.", "b.txt": b"Two."},
                     "doc_id,source,published\na,X,11/03/2022\nb,X,13/03/2022\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        articles = load_corpus(folder)
    assert _days(parse_published(articles["published"])) == ["2022-03-11", "2022-03-13"]


# --------------------------------------------------------------------------- file names

def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "good.txt").write_text("Zelenskyy visited Kharkiv.", encoding="utf-8")
    raw = os.path.join(os.fsencode(folder), b"\xcd\xee\xe2.txt")  # "Нов" in cp1251
    junk = os.path.join(os.fsencode(folder), b"\xd5\xe0\xf0.txt")  # binary, not text
    try:
        with open(raw, "wb") as fh:
            fh.write(b"Russia shelled Kharkiv overnight.")
        with open(junk, "wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n\x00\x00")
    except OSError:
        pytest.skip("this file system refuses file names that are not UTF-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_corpus(folder)
    notes = " | ".join(str(w.message) for w in caught)
    assert r"\xcd\xee\xe2.txt: the file name is not valid" in notes
    assert r"\xd5\xe0\xf0.txt: skipped, not a text file" in notes
    assert list(articles["doc_id"]) == [r"\xcd\xee\xe2", "good"]
    assert list(articles["path"]) == [r"\xcd\xee\xe2.txt", "good.txt"]
    assert articles["text"].iloc[0] == "Russia shelled Kharkiv overnight."
    assert [s["path"] for s in articles.attrs["skipped"]] == [r"\xd5\xe0\xf0.txt"]
    articles.to_csv(tmp_path / "articles.csv", encoding="utf-8")  # the tables can be written


# --------------------------------------------------------------------------- manifest columns

@pytest.mark.parametrize(("header", "message"), [
    # the tester's manifest: every outlet was lost, each article its own source
    ("doc_id,outlet,date", r"missing required column 'source' \(its columns: 'doc_id', "
                           r"'outlet', 'date'\); rename 'outlet' to 'source'.*; also missing "
                           r"'published': rename 'date' to 'published'"),
    ("doc_id,title", r"missing required column 'source' \(its columns: 'doc_id', 'title'\)$"),
    ("doc_id,source,date", r"missing column 'published' .*rename 'date' to 'published'"),
    ("doc_id,source,Published", r"missing column 'published' .*case-sensitive: rename "
                                 r"'Published' to 'published'"),
    ("id,source", r"missing required column 'doc_id' .*rename 'id' to 'doc_id'"),
])
def test_a_manifest_without_source_or_with_renamed_columns_is_an_error(
        tmp_path: Path, header: str, message: str) -> None:
    row = ",".join(["bbc_1", "BBC", "2022-11-11"][:header.count(",") + 1])
    folder = _folder(tmp_path / "c", {"bbc_1.txt": b"One."}, f"{header}\n{row}\n")
    with pytest.raises(CorpusError, match=r"sources\.csv: " + message):
        load_corpus(folder)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_table_with_renamed_columns_is_an_error_as_a_manifest_is(tmp_path: Path,
                                                                   suffix: str) -> None:
    # a second newcomer's JSONL with "outlet" and "date" only warned "no 'source' column" and
    # lost its dates without a word, where a manifest with the same names is an error
    path = tmp_path / f"corpus{suffix}"
    if suffix == ".jsonl":
        path.write_text('{"doc_id": "a", "outlet": "X", "date": "2026-01-02", '
                        '"text": "Russia said so."}\n', encoding="utf-8")
    else:
        path.write_text("doc_id,outlet,date,text\na,X,2026-01-02,Russia said so.\n",
                        encoding="utf-8")
    with pytest.raises(CorpusError, match=r"missing column 'source' .*rename 'outlet' to "
                                          r"'source'.*; also missing 'published': rename 'date' "
                                          r"to 'published'"):
        load_corpus(path)
    # a table with neither still loads, each article its own source
    path.write_text('{"doc_id": "a", "text": "Russia said so."}\n' if suffix == ".jsonl"
                    else "doc_id,text\na,Russia said so.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="no 'source' column"):
        assert list(load_corpus(path)["source"]) == ["a"]


def test_a_lookalike_column_beside_the_real_one_is_kept_as_an_extra(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "c", {"bbc_1.txt": b"One."},
                     "doc_id,source,published,date\nbbc_1,BBC,2022-11-11,retrieved 2023\n")
    row = load_corpus(folder).iloc[0]
    assert (row["source"], row["published"], row["date"]) == ("BBC", "2022-11-11",
                                                               "retrieved 2023")


# --------------------------------------------------------------------------------------------
# Smaller silent drops (stop 30's messy-input review, findings 4, 16 and 17)
# --------------------------------------------------------------------------------------------

def _two_articles(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Putin spoke in Moscow.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Zelenskyy spoke in Kyiv.", encoding="utf-8")
    return tmp_path


def test_a_broken_link_is_skipped_by_name(tmp_path: Path) -> None:
    folder = _two_articles(tmp_path)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    with pytest.warns(UserWarning, match=r"gone\.txt: skipped, a broken link"):
        articles = load_corpus(folder)
    assert articles["doc_id"].tolist() == ["a", "b"]
    assert [s["path"] for s in articles.attrs["skipped"]] == ["gone.txt"]


def test_a_text_of_zero_width_characters_is_empty(tmp_path: Path) -> None:
    folder = _two_articles(tmp_path)
    (folder / "zw.txt").write_text("\u200b\ufeff\u200d \n", encoding="utf-8")
    with pytest.warns(UserWarning, match="empty or whitespace-only"):
        articles = load_corpus(folder)
    assert articles.set_index("doc_id").at["zw", "flags"].split(";").count("empty") == 1
    assert articles.set_index("doc_id").at["zw", "text"].strip() == ""


def test_invisible_characters_inside_names_are_removed_so_the_actors_are_found(
        tmp_path: Path) -> None:
    """Web copy hides soft hyphens and zero-width characters inside words ("Zelen&shy;skyy"):
    left in, the registry would not see the actor at all."""
    from analysis import score
    from analysis.actors import load_registry

    folder = _two_articles(tmp_path)
    (folder / "shy.txt").write_text("Zelen\u00adskyy thanked the Krem\u200blin's critics. "
                                    "Pu\u2060tin and Zel&shy;enskyy met.\n", encoding="utf-8")
    articles = load_corpus(folder).set_index("doc_id")
    assert articles.at["shy", "text"] == ("Zelenskyy thanked the Kremlin's critics. "
                                          "Putin and Zelenskyy met.\n")
    assert "invisible_removed" in articles.at["shy", "flags"].split(";")
    assert "invisible_removed" not in articles.at["a", "flags"].split(";")
    sentences, mentions = score.annotate_articles(articles.reset_index().query("doc_id == 'shy'"),
                                                  load_registry(None))
    assert sorted(mentions["actor"]) == ["Putin", "Russia", "Zelenskyy", "Zelenskyy"]


def test_blank_manifest_rows_from_a_spreadsheet_are_ignored(tmp_path: Path) -> None:
    folder = _two_articles(tmp_path)
    (folder / "sources.csv").write_text("doc_id,source,published\na,RT,2022-11-10\n"
                                        "b,Kyiv Independent,2022-11-11\n,,\n,,\n",
                                        encoding="utf-8")
    articles = load_corpus(folder)
    assert articles["source"].tolist() == ["RT", "Kyiv Independent"]


def test_a_stray_comma_in_the_first_csv_row_is_an_error_not_a_shift(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("doc_id,source,published,text\n"
                    "rt1,RT,2022-11-10,\"Russia shelled Kharkiv, the governor said.\",\n"
                    "kyi1,Kyiv Independent,2022-11-11,Zelenskyy spoke.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus\.csv, line 2: cannot be parsed as CSV \(a "
                                          r"row has more fields than the header's 4"):
        load_corpus(path)
    # the same in a manifest (a newcomer's stray comma had no line number); the wide row need
    # not be the first
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia shelled Kharkiv.", encoding="utf-8")
    (folder / "b.txt").write_text("Zelenskyy spoke.", encoding="utf-8")
    (folder / "sources.csv").write_text("doc_id,source,title\n\na,RT,Strikes,\nb,KI,Speech,\n",
                                        encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.csv, line 3: cannot be parsed as CSV \(a "
                                          r"row has more fields than the header's 3: 'a,RT"):
        load_corpus(folder)


# --------------------------------------------------------------------------- file names vs the manifest

def _load_with(engine: str, path: Path) -> pd.DataFrame:
    """``path`` read by the local loader, or by the Dask engine's reader one article per part."""
    from analysis.stream import plan_parts, read_part

    if engine == "local":
        return load_corpus(path)
    return pd.concat([read_part(part) for part in plan_parts(path, chunk_size=1)])


@pytest.mark.parametrize("engine", ["local", "stream"])
def test_a_manifest_row_finds_its_file_whatever_normalisation_or_spaces(
        tmp_path: Path, engine: str) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Süddeutsche_1")  # as macOS writes file names
    folder = _folder(tmp_path / "c", {
        f"{nfd}.txt": b"Russia left Kherson on Friday.\n",
        "trailing space .txt": b"Ukraine entered Kherson on Friday.\n",
    }, manifest="doc_id,source,published\nS\u00fcddeutsche_1,SZ,2022-11-11\n"
                "trailing space ,Reuters,2022-11-11\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)  # no "has no matching file", no "not listed"
        articles = _load_with(engine, folder)
    assert sorted(articles["source"]) == ["Reuters", "SZ"]
    assert set(articles["published"].astype(str).str[:10]) == {"2022-11-11"}


# --------------------------------------------------------------------------- line numbers in tables

# Row 1's text holds a paragraph break, so the third row starts on physical line 6, not 4.
MULTILINE_CSV = ('doc_id,source,published,text\n'
                 'bbc1,BBC,2022-11-11,"Russia withdrew from Kherson.\n\n'
                 'Zelenskyy called it a historic day."\n'
                 'rt1,RT,2022-11-12,"The regrouping was completed, the ministry said."\n'
                 '{third}\n')


@pytest.mark.parametrize(("third", "message", "engine"), [
    (",AP,2022-11-12,Putin did not comment.", "line 6: empty doc_id", "local"),
    (",AP,2022-11-12,Putin did not comment.", "line 6: empty doc_id", "stream"),
    # (duplicates across the Dask engine's parts are found when the parts meet)
    ("bbc1,AP,2022-11-12,Putin did not comment.",
     r"line 6: duplicated doc_id 'bbc1' \(first on line 2\)", "local"),
])
def test_csv_errors_name_the_physical_line(tmp_path: Path, third: str, message: str,
                                           engine: str) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(MULTILINE_CSV.format(third=third), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus\.csv, " + message):
        _load_with(engine, path)


def test_a_csv_row_with_too_many_fields_is_named_by_its_physical_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(MULTILINE_CSV.format(third='ap1,AP,2022-11-12,"Lavrov spoke.",extra'),
                    encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus\.csv, line 6: cannot be parsed as CSV \(a row "
                                          r"has more fields than the header's 4"):
        load_corpus(path)


def test_manifest_errors_name_the_physical_line(tmp_path: Path) -> None:
    folder = _two_articles(tmp_path)
    (folder / "sources.csv").write_text(
        'doc_id,source,title,published\na,RT,"A title\non two lines",2022-11-10\n'
        'a,Kyiv Independent,,2022-11-11\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"sources\.csv, line 4: duplicated doc_id 'a' "
                                          r"\(first on line 2\)"):
        load_corpus(folder)


@pytest.mark.parametrize("engine", ["local", "stream"])
def test_jsonl_errors_count_blank_lines(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"doc_id": "a", "source": "RT", "text": "Russia spoke."}\n\n\n'
                    '{"doc_id": " ", "source": "AP", "text": "Ukraine spoke."}\n',
                    encoding="utf-8")
    with pytest.raises(CorpusError, match=r"corpus\.jsonl, line 4: empty doc_id"):
        _load_with(engine, path)


# --------------------------------------------------------------------------- JSONL numbers and Unix time

def test_jsonl_integer_fields_stay_integers_and_unix_time_is_a_date(tmp_path: Path) -> None:
    # a scraper's export: Unix seconds, one record without a date, one in milliseconds
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"doc_id": 7, "source": "RT", "published": 1668124800, "text": "Russia spoke."}\n'
        '{"doc_id": 8, "source": "AP", "text": "Ukraine spoke."}\n'
        '{"doc_id": 9, "source": "AP", "published": 1668211200000, "text": "Kyiv spoke."}\n',
        encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)  # no "cannot be read" for the dates
        articles = load_corpus(path)
    assert articles["doc_id"].tolist() == ["7", "8", "9"]
    assert articles["published"].tolist() == ["1668124800", "", "1668211200000"]
    assert _days(parse_published(articles["published"])) == ["2022-11-11", None, "2022-11-12"]


# --------------------------------------------------------------------------- Central European code pages

POLISH = ("Prezydent Andrzej Duda powiedział, że Polska będzie wspierać Ukrainę. Minister "
          "Radosław Sikorski dodał, że Rosja musi ponieść odpowiedzialność za zbrodnie w Buczy.\n")


@pytest.mark.parametrize(("encoding", "expected"), [
    ("iso-8859-2", "iso8859-2"),  # was read as cp1252: "powiedzia³, ¿e"
    ("cp1250", "cp1250"),
])
def test_central_european_text_is_not_read_as_cp1252(encoding: str, expected: str) -> None:
    assert decode_bytes(POLISH.encode(encoding)) == (POLISH, expected)


@pytest.mark.parametrize("text", [
    "Russia’s withdrawal from Kherson was hailed in Kyiv – a café owner said it was “the best "
    "day of the year”.\n",
    "Lavrov told a news conference in Genève that the West was to blame; the café reopened.\n",
    "Le ministre a déclaré à l’AFP que la décision était «définitive» – pour l’instant.\n",
])
def test_western_text_stays_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


# --------------------------------------------------------------------------- saved pages' dates

PAGE = ("<html><head><title>Russia leaves the west bank</title>{meta}</head><body><article>"
        "<h1>Russia leaves the west bank</h1>"
        "<p>Russian troops left the west bank of the Dnipro on Friday, the defence ministry "
        "said, ending an occupation that lasted eight months.</p>"
        "<p>Residents celebrated in the central square as the first Ukrainian units arrived, "
        "and the regional governor said power would return within weeks.</p>"
        "</article><footer><p>Copyright 2024 Example News Ltd. Last updated: 3 March 2024."
        "</p></footer></body></html>")


@pytest.mark.parametrize(("meta", "published"), [
    ("", ""),  # was 2024-03-03: the footer's date, 16 months after the story
    ('<meta property="article:published_time" content="2022-11-11T09:00:00+00:00">',
     "2022-11-11"),
])
def test_a_saved_page_takes_its_declared_date_never_a_footer_date(
        tmp_path: Path, meta: str, published: str) -> None:
    folder = _folder(tmp_path / "c", {"page.html": PAGE.format(meta=meta).encode()})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        articles = load_corpus(folder)
    assert articles.at[0, "published"][:10] == published


def test_titles_that_only_mark_a_missing_value_are_no_titles(tmp_path: Path) -> None:
    """A manifest written by pandas' astype(str) or a spreadsheet says "nan" / "N/A" where the
    title is missing; read as written it would be scored as a headline."""
    folder = _two_articles(tmp_path)
    (folder / "c.txt").write_text("Kyiv was calm.", encoding="utf-8")
    (folder / "sources.csv").write_text(
        "doc_id,source,title\na,Wire,nan\nb,Wire, N/A \nc,Paper,Nan Goldin opens a show\n",
        encoding="utf-8")
    with pytest.warns(UserWarning, match="only marks a missing value") as caught:
        articles = load_corpus(folder)
    assert articles["title"].tolist() == ["", "", "Nan Goldin opens a show"]
    named = sorted(str(w.message).split(":")[0].rsplit("/", 1)[-1] for w in caught
                   if "only marks a missing value" in str(w.message))
    assert named == ["a.txt", "b.txt"]
    # The streaming reader (the Dask engine's) builds its records the same way.
    from analysis.stream import iter_corpus
    with pytest.warns(UserWarning, match="only marks a missing value"):
        parts = list(iter_corpus(folder))
    assert sorted(t for part in parts for t in part["title"]) == [
        "", "", "Nan Goldin opens a show"]


@pytest.mark.parametrize("name", ["corpus.csv", "corpus.jsonl"])
def test_an_empty_table_file_says_it_is_empty(tmp_path: Path, name: str) -> None:
    """An empty .jsonl said "missing required column 'doc_id' (its columns: none)", an empty
    .csv "No columns to parse from file" (a newcomer's finding)."""
    path = tmp_path / name
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"{name.replace('.', '[.]')}: the file is empty"):
        load_corpus(path)


@pytest.mark.parametrize(("text", "kept"), [
    ("Zelen\u200dskyy and Зелен\u200cський", "Zelenskyy and Зеленський"),  # junk in a name
    ("می\u200cخواهم", "می\u200cخواهم"),        # Persian spells with the non-joiner
    ("क्\u200dष", "क्\u200dष"),                # so do Indic scripts with the joiner
    ("👩\u200d⚕\ufe0f medics", "👩\u200d⚕\ufe0f medics"),  # an emoji sequence
    # direction marks and invisible operators hide a name too; a non-joiner between symbols is
    # junk (a reviewer's findings)
    ("Zelen\u200eskyy, Pu\u2063tin, K\u180eyiv", "Zelenskyy, Putin, Kyiv"),
    ("★\u200c★", "★★"),
])
def test_a_joiner_is_kept_where_a_script_spells_with_it(text: str, kept: str) -> None:
    """Every zero-width (non-)joiner was removed, changing Persian and Hindi words and
    splitting emoji sequences."""
    from analysis.corpus import remove_invisible

    assert remove_invisible(text) == kept


def test_invisible_characters_are_removed_after_repairs_that_make_them(tmp_path: Path) -> None:
    """Mojibake can decode to a zero-width space ("\u00e2\u20ac\u2039"): removal comes after the
    repair. A title loses them at load too."""
    folder = _two_articles(tmp_path)
    (folder / "m.txt").write_text("Zelen\u00e2\u20ac\u2039skyy said it\u00e2\u20ac\u2122s fine. "
                                  "Kremlin.", encoding="utf-8")
    (folder / "sources.csv").write_text("doc_id,source,title\na,W,Zelen\u00adskyy visits "
                                        "Kher\u200bson\nb,W,\nm,W,\n", encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = load_corpus(folder).set_index("doc_id")
    assert articles.at["m", "text"] == "Zelenskyy said it\u2019s fine. Kremlin."
    assert "invisible_removed" in articles.at["m", "flags"].split(";")
    assert articles.at["a", "title"] == "Zelenskyy visits Kherson"
    assert "invisible_removed" in articles.at["a", "flags"].split(";")


def test_an_escaped_invisible_character_is_decoded_then_removed(tmp_path: Path) -> None:
    """A literal "\\u200b" (an export that escaped it) was left in the name as six characters,
    hiding Zelenskyy from the registry, because the character it stands for does not print."""
    folder = _two_articles(tmp_path)
    (folder / "e.txt").write_text("Zelen\\u200bskyy met Pu\\u00adtin; a bell \\u0007 stays.",
                                  encoding="utf-8")
    with pytest.warns(UserWarning):
        articles = load_corpus(folder).set_index("doc_id")
    assert articles.at["e", "text"] == "Zelenskyy met Putin; a bell \\u0007 stays."
    assert {"escapes_decoded", "escapes_left", "invisible_removed"} <= set(
        articles.at["e", "flags"].split(";"))


def test_table_titles_are_repaired_as_texts_are_and_placeholders_warned_once(
        tmp_path: Path) -> None:
    rows = [{"doc_id": f"p{i}", "source": "W", "title": "nan", "text": "Kyiv was calm."}
            for i in range(12)]
    rows.append({"doc_id": "z", "source": "W", "title": "Zelen&shy;skyy visits Russia&#8217;s "
                 "border", "text": "Kyiv was calm again."})
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.warns(UserWarning) as caught:
        articles = load_corpus(corpus).set_index("doc_id")
    placeholder = [str(w.message) for w in caught if "only marks a missing value" in str(w.message)]
    assert len(placeholder) == 1 and "line(s) 1, 2, 3" in placeholder[0]
    assert (articles.drop(index="z")["title"] == "").all()
    assert articles.at["z", "title"] == "Zelenskyy visits Russia\u2019s border"
    assert {"entities_decoded", "invisible_removed"} <= set(articles.at["z", "flags"].split(";"))


def test_a_manifest_placeholder_title_gives_way_to_the_saved_page_s_own(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "c", {"page.html": PAGE.format(meta="").encode()})
    (folder / "sources.csv").write_text("doc_id,source,title\npage,Example,nan\n",
                                        encoding="utf-8")
    with pytest.warns(UserWarning, match=r"sources\.csv \(line 2\), 'nan', only marks a missing"):
        articles = load_corpus(folder)
    assert articles.at[0, "title"] == "Russia leaves the west bank"
