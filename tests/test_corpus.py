"""Tests for analysis.corpus.load_corpus: seeds, folders, tables and messy files."""

from __future__ import annotations

import codecs
import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import (BinaryContentError, CorpusError, CorpusWarning, decode_bytes,
                             load_corpus)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CONTRACT_COLUMNS = [
    "doc_id", "source", "title", "url", "published", "language",
    "path", "text", "encoding", "flags",
]
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def make_folder(root: Path, files: dict[str, str | bytes], manifest: bool = True) -> Path:
    """Write files (str as UTF-8) and, optionally, a manifest listing every stem."""
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (root / name).write_bytes(data)
    if manifest:
        lines = ["doc_id,source,title,url,published,language"]
        lines += [f"{Path(n).stem},Outlet {Path(n).stem},,,,en" for n in files]
        (root / "sources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# --------------------------------------------------------------------------- seeds

def test_seeds_load_per_contract() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seed corpus is clean: no warnings at all
        articles = load_corpus(SEEDS)
    assert list(articles.columns) == CONTRACT_COLUMNS
    assert list(articles["doc_id"]) == [
        "000_d91aea6d2b7d52c6", "001_588ec242c0736e56",
        "002_d1053c38a1d33603", "003_a80f5732ff7e0e2e",
    ]
    assert list(articles["source"]) == ["Source A", "Source B", "Source C", "Source D"]
    assert set(articles["language"]) == {"en"}
    assert set(articles["encoding"]) == {"utf-8"}
    assert set(articles["flags"]) == {""}
    assert set(articles["title"]) == {""}
    assert articles.attrs["skipped"] == []
    for row in articles.itertuples():
        assert row.path == f"{row.doc_id}.txt"
        assert row.text == (SEEDS / row.path).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- folders

def test_folder_without_manifest_warns_and_uses_doc_id(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "c", {"b.txt": "Two.", "a.md": "One."}, manifest=False)
    with pytest.warns(CorpusWarning, match=r"c: no sources\.csv"):
        articles = load_corpus(folder)
    assert list(articles["doc_id"]) == ["a", "b"]
    assert list(articles["source"]) == ["a", "b"]
    assert list(articles["path"]) == ["a.md", "b.txt"]
    assert list(articles["title"]) == ["", ""]


def test_manifest_fields_and_extra_columns(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"x.txt": "Text."}, manifest=False)
    (folder / "sources.csv").write_text(
        "doc_id,source,title,url,published,language,section\n"
        "x,Kyiv Post,A title,http://k.example/x,2022-11-11,en,world\n", encoding="utf-8")
    row = load_corpus(folder).iloc[0]
    assert (row["source"], row["title"], row["url"], row["published"], row["language"],
            row["section"]) == ("Kyiv Post", "A title", "http://k.example/x", "2022-11-11",
                                "en", "world")


def test_manifest_row_without_file_warns(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One."})
    with open(folder / "sources.csv", "a", encoding="utf-8") as manifest:
        manifest.write("ghost,Outlet G,,,,en\n")
    with pytest.warns(CorpusWarning, match=r"line 3: doc_id 'ghost' has no matching"):
        articles = load_corpus(folder)
    assert list(articles["doc_id"]) == ["a"]


def test_file_missing_from_manifest_warns(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One."})
    (folder / "b.txt").write_text("Two.", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"b\.txt: not listed in sources\.csv"):
        articles = load_corpus(folder)
    assert list(articles["source"]) == ["Outlet a", "b"]


def test_manifest_duplicate_doc_id_is_an_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One."}, manifest=False)
    (folder / "sources.csv").write_text("doc_id,source\na,X\na,Y\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"line 3: duplicated doc_id 'a' \(first on line 2\)"):
        load_corpus(folder)


def test_same_stem_twice_is_an_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One.", "a.md": "Uno."}, manifest=False)
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match=r"'a\.md' and 'a\.txt' both give doc_id 'a'"):
        load_corpus(folder)


def test_empty_and_whitespace_files_are_kept_and_flagged(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"e.txt": "", "w.txt": " \n\t\n", "ok.txt": "Fine."})
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(folder)
    messages = [str(w.message) for w in record]
    assert any("e.txt: empty" in m for m in messages)
    assert any("w.txt: empty" in m for m in messages)
    assert dict(zip(articles["doc_id"], articles["flags"])) == {"e": "empty", "ok": "", "w": "empty"}


def test_binary_file_is_skipped_and_recorded(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"pic.txt": PNG_BYTES, "junk.txt": bytes(range(256)) * 4,
                                    "ok.txt": "Fine."})
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(folder)
    messages = " | ".join(str(w.message) for w in record)
    assert "pic.txt: skipped, not a text file" in messages
    assert "junk.txt: skipped, not a text file" in messages
    assert list(articles["doc_id"]) == ["ok"]
    assert [s["path"] for s in articles.attrs["skipped"]] == ["junk.txt", "pic.txt"]
    assert all(s["reason"] for s in articles.attrs["skipped"])


CAFE = "Café au lait in Zürich, naïve résumé from São Paulo.\n"
QUOTES = "He said “we will win” — it’s Kherson’s day. It cost €5.\n"
CYRILLIC = "Российские войска покидают Херсон. Это важный день для Украины.\n"


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (CAFE.encode("utf-8"), CAFE, "utf-8"),
    (CAFE.encode("latin-1"), CAFE, "cp1252"),  # cp1252 is latin-1's printable superset
    (QUOTES.encode("cp1252"), QUOTES, "cp1252"),
    (codecs.BOM_UTF8 + QUOTES.encode("utf-8"), QUOTES, "utf-8-sig"),
    (codecs.BOM_UTF16_LE + QUOTES.encode("utf-16-le"), QUOTES, "utf-16-le"),
    (codecs.BOM_UTF16_BE + QUOTES.encode("utf-16-be"), QUOTES, "utf-16-be"),
    (CAFE.encode("utf-16-le"), CAFE, "utf-16-le"),  # no BOM: detected from the NUL pattern
    (CYRILLIC.encode("cp1251"), CYRILLIC, "cp1251"),
])
def test_encodings_are_decoded(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    folder = make_folder(tmp_path, {"doc.txt": data})
    row = load_corpus(folder).iloc[0]
    assert (row["text"], row["encoding"]) == (text, encoding)


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"crlf.txt": b"One.\r\n\r\nTwo.\r\n", "cr.txt": b"A.\rB.\r"})
    texts = dict(zip(*load_corpus(folder)[["doc_id", "text"]].T.values))
    assert texts == {"crlf": "One.\n\nTwo.\n", "cr": "A.\nB.\n"}


def test_html_is_stripped_and_flagged(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>Kherson</title>"
            "<style>p { color: red; }</style><script>var x = '<p>no</p>';</script></head>"
            "<body>\n  <h1>Russia leaves Kherson</h1>\n  <p>Troops\n   withdrew on &quot;Friday&quot;."
            "<br>Residents cheered.</p><p>Kyiv was <b>cautious</b>.</p></body></html>")
    folder = make_folder(tmp_path, {"page.txt": html})
    with pytest.warns(CorpusWarning, match=r"page\.txt: looks like HTML"):
        row = load_corpus(folder).iloc[0]
    assert row["flags"] == "html_stripped"
    assert row["text"] == ("Kherson\n\nRussia leaves Kherson\n\nTroops withdrew on \"Friday\".\n"
                           "Residents cheered.\n\nKyiv was cautious.\n")


def test_prose_mentioning_a_tag_is_not_html(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "Use the <b> tag for bold text.\n"})
    assert load_corpus(folder).iloc[0]["flags"] == ""


def test_identical_texts_flag_the_later_one(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"b.txt": "Same story.\n", "a.txt": "Same  story.",
                                    "c.txt": "Other story."})
    with pytest.warns(CorpusWarning, match=r"'b' has the same text as 'a'"):
        articles = load_corpus(folder)
    assert dict(zip(articles["doc_id"], articles["flags"])) == {
        "a": "", "b": "duplicate_of=a", "c": "",
    }


# --------------------------------------------------------------------------- tables

def test_csv_corpus(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text("doc_id,source,text,title,extra\n"
                    "007,Outlet B,\"Second.\r\nLine two.\",T2,x\n"
                    "001,Outlet A,First.,,y\n", encoding="utf-8")
    articles = load_corpus(path)
    assert list(articles.columns) == CONTRACT_COLUMNS + ["extra"]
    assert list(articles["doc_id"]) == ["001", "007"]  # leading zeros survive
    assert list(articles["text"]) == ["First.", "Second.\nLine two."]
    assert list(articles["title"]) == ["", "T2"]
    assert list(articles["path"]) == ["", ""]
    assert list(articles["extra"]) == ["y", "x"]


def test_jsonl_corpus_coerces_ids(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [{"doc_id": 12, "source": "S", "text": "Twelve.", "score": 0.5},
             {"doc_id": 3, "source": "S", "text": "Three.", "published": "2022-11-11"}]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n\n", encoding="utf-8")
    articles = load_corpus(path)
    assert list(articles["doc_id"]) == ["12", "3"]  # strings, sorted as strings
    assert list(articles["published"]) == ["", "2022-11-11"]
    assert list(articles["score"]) == ["0.5", ""]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_missing_text_column_names_file_and_column(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bad{suffix}"
    if suffix == ".csv":
        path.write_text("doc_id,source,body\n1,S,Hello.\n", encoding="utf-8")
    else:
        path.write_text(json.dumps({"doc_id": 1, "source": "S", "body": "Hello."}) + "\n",
                        encoding="utf-8")
    with pytest.raises(ValueError, match=rf"bad\{suffix}: missing required column 'text'"):
        load_corpus(path)


def test_table_problems_name_the_row(tmp_path: Path) -> None:
    dup = tmp_path / "dup.csv"
    dup.write_text("doc_id,source,text\na,S,One.\na,S,Two.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"dup\.csv, line 3: duplicated doc_id 'a'"):
        load_corpus(dup)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"doc_id": 1, "source": "S", "text": "ok"}\n{oops\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"broken\.jsonl, line 2: invalid JSON"):
        load_corpus(broken)


def test_table_without_source_column_warns(tmp_path: Path) -> None:
    path = tmp_path / "nosource.csv"
    path.write_text("doc_id,text\nx,Hello.\ny,\n", encoding="utf-8")
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(path)
    messages = " | ".join(str(w.message) for w in record)
    assert "nosource.csv: no 'source' column" in messages
    assert "nosource.csv, line 3 (doc_id 'y'): empty" in messages
    assert list(articles["source"]) == ["x", "y"]
    assert list(articles["flags"]) == ["", "empty"]


def test_bad_paths(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "missing")
    other = tmp_path / "corpus.xlsx"
    other.write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match="unsupported corpus file"):
        load_corpus(other)


# --------------------------------------------------------------------------- saved web pages

SAVED_PAGE = Path(__file__).resolve().parent / "data" / "saved_page.html"
SAVED_PAGE_TEXT = (
    "Kherson: Russian troops leave the city\n\n"
    "Russian troops left the city of Kherson on Friday after eight months of occupation, "
    "the Russian Defence Ministry said.\n\n"
    "Ukrainian President Volodymyr Zelenskyy called it a historic day and said the army was "
    "entering the city.\n\n"
    "Our people. Our Kherson. pic.twitter.com/abc123\n"
    "— Volodymyr Zelenskyy (@ZelenskyyUa) November 11, 2022\n\n"
    "Residents gathered in the central square to greet Ukrainian soldiers, waving flags and "
    "singing.\n\n"
    "Kremlin spokesman Dmitry Peskov said on his Telegram channel that the decision had been "
    "taken by the military.\n"
)


def test_saved_page_main_text_and_metadata(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"kherson.html": SAVED_PAGE.read_bytes()}, manifest=False)
    with pytest.warns(CorpusWarning, match=r"no sources\.csv.*site name"):
        articles = load_corpus(folder)
    assert list(articles.columns) == CONTRACT_COLUMNS + ["author"]
    row = articles.iloc[0].to_dict()
    assert row.pop("text") == SAVED_PAGE_TEXT  # no cookie banner, menu, related links, footer
    assert row == {
        "doc_id": "kherson", "source": "Example News",
        "title": "Kherson: Russian troops leave the city",
        "url": "https://news.example.com/world/kherson-withdrawal", "published": "2022-11-11",
        "language": "en", "path": "kherson.html", "encoding": "utf-8",
        "flags": "html_extracted", "author": "Jane Doe",
    }


KEY_EVENTS_PAGE = (
    "<html><head><title>Live: the offensive</title></head><body><article>"
    "<h1>Live: the offensive</h1>"
    "<p>Russian troops shelled Kharkiv overnight, the regional governor said on Monday.</p>"
    "<h2>Key events</h2><ul><li>Zelensky calls the strikes \"terror\"</li>"
    "<li>Thousands flee Kharkiv</li></ul>"
    "<p>Officials said power had been restored to most of the city by the afternoon.</p>"
    "</article></body></html>")


def test_a_saved_pages_list_items_keep_an_items_mark(tmp_path: Path) -> None:
    # a Colombia newcomer's live blog: its "Key events" items lost their list marks, so each
    # was a subheading row ('Petro calls the ELN a "narco-guerrilla"' no partial quote, and a
    # headline's stance); marked, they are body sentences as a text file's "- " items are
    from analysis.segment import segment_article

    folder = make_folder(tmp_path, {"live.html": KEY_EVENTS_PAGE}, manifest=False)
    with pytest.warns(CorpusWarning):
        text = load_corpus(folder).iloc[0]["text"]
    assert '\n\n- Zelensky calls the strikes "terror"\n\n- Thousands flee Kharkiv\n\n' in text
    rows = segment_article("live", text)
    kinds = dict(zip(rows["text"], rows["kind"]))
    assert kinds['- Zelensky calls the strikes "terror"'] == "sentence"
    assert kinds["- Thousands flee Kharkiv"] == "sentence"
    # ... while the page's heading and paragraphs keep no mark
    assert kinds["Key events"] == "heading"
    assert "\nRussian troops shelled Kharkiv overnight" in text


def test_a_saved_page_in_a_table_cell_is_read_as_a_saved_page_file(tmp_path: Path) -> None:
    # a second newcomer's JSONL held two raw pages: only their tags were stripped, so menus,
    # cookie banners and reader comments were scored as the outlet's sentences
    import json

    path = tmp_path / "corpus.jsonl"
    page = SAVED_PAGE.read_text(encoding="utf-8")
    path.write_text(json.dumps({"doc_id": "k", "source": "Example", "text": page}) + "\n"
                    + json.dumps({"doc_id": "m", "source": "Example", "title": "Mine",
                                  "text": page}) + "\n", encoding="utf-8")
    articles = load_corpus(path).set_index("doc_id")
    assert list(articles["text"]) == [SAVED_PAGE_TEXT] * 2
    assert list(articles["flags"]) == ["html_extracted", "html_extracted;duplicate_of=k"]
    assert articles.loc["k", ["title", "published", "url"]].tolist() == [
        "Kherson: Russian troops leave the city", "2022-11-11",
        "https://news.example.com/world/kherson-withdrawal"]
    assert articles.loc["m", "title"] == "Mine"   # the table's own title wins


def test_manifest_overrides_page_metadata(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"kherson.html": SAVED_PAGE.read_bytes(),
                                    "wire.txt": "Plain text."}, manifest=False)
    (folder / "sources.csv").write_text(
        "doc_id,source,title,url,published,language\n"
        "kherson,The Daily Example,,,2022-11-12,\n"
        "wire,Wire,,,,en\n", encoding="utf-8")
    articles = load_corpus(folder).set_index("doc_id")
    assert articles.loc["kherson", ["source", "title", "published", "language", "author"]
                        ].tolist() == ["The Daily Example", "Kherson: Russian troops leave the city",
                                       "2022-11-12", "en", "Jane Doe"]
    # a text file in the same folder gets an empty author, not NaN
    assert articles.loc["wire", ["source", "author", "flags"]].tolist() == ["Wire", "", ""]


def test_page_with_no_main_text_falls_back_to_tag_stripping(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"stub.htm": "<html><body><div>Kyiv</div></body></html>"})
    with pytest.warns(CorpusWarning) as record:
        row = load_corpus(folder).iloc[0]
    messages = " | ".join(str(w.message) for w in record)
    assert "stub.htm: trafilatura found no main text" in messages
    assert "stub.htm: looks like HTML; tags were stripped" in messages
    assert (row["text"], row["flags"]) == ("Kyiv\n", "html_stripped")


def test_unreadable_files_are_reported_by_name(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One.", "report.docx": b"PK\x03\x04rest",
                                    "scan.pdf": b"%PDF-1.4"}, manifest=False)
    (folder / ".hidden").write_text("x", encoding="utf-8")
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(folder)
    messages = " | ".join(str(w.message) for w in record)
    assert "report.docx: skipped, cannot read .docx" in messages
    assert "scan.pdf: skipped, cannot read .pdf" in messages
    assert list(articles["doc_id"]) == ["a"]
    assert [s["path"] for s in articles.attrs["skipped"]] == ["report.docx", "scan.pdf"]
    assert articles.attrs["skipped"][0]["reason"].startswith(
        "cannot read .docx: a folder corpus reads .txt, .md, .html, .htm")


def test_html_and_text_with_one_stem_is_an_error(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {"a.txt": "One.", "a.html": "<p>Uno.</p>"}, manifest=False)
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match=r"'a\.html' and 'a\.txt'"):
        load_corpus(folder)


# --------------------------------------------------------------------------- repairs

def test_mojibake_and_literal_escapes_are_repaired(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, {
        "moji.txt": "Kherson\u00e2\u20ac\u2122s residents cheered. Caf\u00c3\u00a9 owners wept.\n",
        "esc.txt": "It\\xe2\\x80\\x99s over, said Kyiv\\u2019s mayor.\n",
        "clean.txt": "It’s “fine” — café, naïve.\n",
    })
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(folder).set_index("doc_id")
    messages = " | ".join(str(w.message) for w in record)
    assert "moji.txt: mojibake repaired" in messages
    assert "esc.txt: literal escape sequences (\\xNN, \\uNNNN) decoded" in messages
    assert articles["text"].to_dict() == {
        "clean": "It’s “fine” — café, naïve.\n",  # curly quotes and accents untouched
        "esc": "It’s over, said Kyiv’s mayor.\n",
        "moji": "Kherson’s residents cheered. Café owners wept.\n",
    }
    assert articles["flags"].to_dict() == {
        "clean": "", "esc": "escapes_decoded", "moji": "mojibake_repaired"}


def test_undecodable_escapes_are_flagged(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc_id": "x", "source": "S",
                                "text": "Bad bytes \\xff\\xfe\\x00 here."}) + "\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"do not decode.*'escapes_left'"):
        row = load_corpus(path).iloc[0]
    assert (row["text"], row["flags"]) == ("Bad bytes \\xff\\xfe\\x00 here.", "escapes_left")


def test_articles_in_subfolders_are_named_not_silently_ignored(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "c", {"top.txt": "One."})
    make_folder(folder / "bbc", {"one.txt": "Two.", "two.txt": "Three."}, manifest=False)
    make_folder(folder / "rt", {"one.txt": "Four."}, manifest=False)
    (folder / "empty").mkdir()
    with pytest.warns(CorpusWarning, match=r"subfolders bbc/ \(2\), rt/ \(1\) hold 3 article"):
        articles = load_corpus(folder)
    assert list(articles["doc_id"]) == ["top"]


def test_a_folder_without_articles_is_an_error_naming_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError, match=r"empty: no articles: no \.txt"):
        load_corpus(empty)
    nested = tmp_path / "nested"
    make_folder(nested / "bbc", {"one.txt": "Two."}, manifest=False)
    (nested / "notes.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match=r"subfolders bbc/ \(1\).*other files: notes\.docx"):
        load_corpus(nested)


def test_a_jsonl_field_that_is_a_list_or_object_is_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "source": "X", "text": "Fine."}) + "\n"
                    + json.dumps({"doc_id": "b", "source": "X",
                                  "text": ["Putin spoke.", "Lavrov agreed."]}) + "\n")
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: 'text' is a list"):
        load_corpus(path)
    path.write_text(json.dumps({"doc_id": "a", "source": {"name": "RT"}, "text": "Fine."}) + "\n")
    with pytest.raises(CorpusError, match=r"line 1: 'source' is an object"):
        load_corpus(path)


def test_a_stray_byte_after_a_utf8_bom_is_decoded_not_skipped(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + "Zelensky’s “plan”, café: ".encode() + b"Biden\x92s courage."
    text, encoding = decode_bytes(data)
    assert text == "Zelensky’s “plan”, café: Biden\u2019s courage."
    assert encoding == "utf-8-sig+cp1252"
    folder = make_folder(tmp_path / "c", {"a.txt": data})
    with pytest.warns(CorpusWarning, match=r"a\.txt: UTF-8 with a few bytes that are not"):
        articles = load_corpus(folder)
    assert list(articles["doc_id"]) == ["a"] and articles.attrs["skipped"] == []
    assert articles["flags"].iloc[0] == "stray_bytes" and articles["text"].iloc[0] == text
    # a UTF-16 BOM over bytes that are not UTF-16 is still refused
    with pytest.raises(BinaryContentError):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")


def test_manifest_doc_ids_may_carry_the_file_extension(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "c", {"bbc_1.txt": "One.", "rt_1.txt": "Two."}, manifest=False)
    (folder / "sources.csv").write_text("doc_id,source\nbbc_1.txt,BBC\nrt_1,RT\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        articles = load_corpus(folder)
    assert dict(zip(articles["doc_id"], articles["source"])) == {"bbc_1": "BBC", "rt_1": "RT"}


@pytest.mark.parametrize(("header", "hint"), [
    ("Doc_ID,source", "rename 'Doc_ID' to 'doc_id'"),
    ("doc_id;source", "looks ';'-separated"),
    ("id,outlet", "its columns: 'id', 'outlet'"),
])
def test_a_missing_column_error_lists_the_columns_and_the_likely_cause(
        tmp_path: Path, header: str, hint: str) -> None:
    folder = make_folder(tmp_path / "c", {"a.txt": "One."}, manifest=False)
    (folder / "sources.csv").write_text(header + "\n")
    with pytest.raises(CorpusError, match=re.escape(hint)):
        load_corpus(folder)


def test_markdown_articles_are_read_as_prose_with_their_front_matter(tmp_path: Path) -> None:
    note = ("---\ntitle: \"Kharkiv shelled overnight\"\nsource: https://example.com/news/1\n"
            "published: 2023-03-05\nauthor: Jane Doe\n---\n# Kharkiv shelled overnight\n\n"
            "![photo](https://example.com/a.jpg)\n\n"
            "[Russian forces](https://example.com/x) shelled the city, *killing* three people, "
            "**officials** said.\n\n> \"We will rebuild,\" the mayor said.\n")
    folder = make_folder(tmp_path / "c", {"clip.md": note, "plain.md": "Nothing to strip."},
                         manifest=False)
    (folder / "sources.csv").write_text("doc_id,source,title\nclip,Outlet,\nplain,Outlet,Own\n")
    articles = load_corpus(folder).set_index("doc_id")
    clip = articles.loc["clip"]
    assert clip["text"] == ("Kharkiv shelled overnight\n\n\n\nRussian forces shelled the city, "
                            "killing three people, officials said.\n\n\"We will rebuild,\" the "
                            "mayor said.\n")
    assert (clip["title"], clip["url"], clip["published"]) == (
        "Kharkiv shelled overnight", "https://example.com/news/1", "2023-03-05")
    assert clip["source"] == "Outlet" and clip["flags"] == "markdown_stripped"
    plain = articles.loc["plain"]
    assert (plain["text"], plain["title"], plain["flags"]) == ("Nothing to strip.", "Own", "")


def test_a_markdown_files_one_h1_on_its_first_line_is_its_title(tmp_path: Path) -> None:
    # a Nigeria newcomer's HumAngle .md opened on its "# …" headline, the manifest's title left
    # empty: the article had no title and its headline was a heading row
    head = "# Around Lake Chad, two *jihadist* factions fight\n\n"
    body = "The islands of Lake Chad have been the scene of a war within the war.\n"
    folder = make_folder(tmp_path / "c", {
        "h1.md": head + "## A rivalry\n\n" + body,
        "given.md": head + body,
        # ... not a file whose "# " headings are its sections, nor one opening on prose
        "sections.md": head + body + "\n# What comes next\n\n" + body,
        "late.md": body + "\n" + head + body}, manifest=False)
    (folder / "sources.csv").write_text("doc_id,source,title\nh1,HumAngle,\n"
                                        "given,HumAngle,Own title\nsections,HumAngle,\n"
                                        "late,HumAngle,\n")
    titles = load_corpus(folder).set_index("doc_id")["title"].to_dict()
    assert titles == {"h1": "Around Lake Chad, two jihadist factions fight",
                      "given": "Own title", "sections": "", "late": ""}

def test_a_long_markdown_heading_keeps_its_mark_for_the_segmenter(tmp_path: Path) -> None:
    # an Ethiopia newcomer's .md release: a "##" heading of 16 words lost its mark here and was
    # a body sentence; a heading read as one without its mark, or a sentence either way, loses it
    from analysis.segment import segment_article

    long = ("The Special Envoy of the United Nations for the Horn of Africa welcomes the "
            "opening of the Pretoria talks")
    stop = "A heading this long that ends in a full stop is a sentence with its mark or without."
    note = f"# Talks open\n\n## {long}\n\n### {stop}\n\nThe envoys met on Monday.\n"
    folder = make_folder(tmp_path / "c", {"release.md": note})
    text = load_corpus(folder).set_index("doc_id").loc["release", "text"]
    assert text == f"Talks open\n\n## {long}\n\n{stop}\n\nThe envoys met on Monday.\n"
    rows = segment_article("release", text)
    assert list(zip(rows["kind"], rows["text"])) == [
        ("heading", "Talks open"), ("heading", long), ("sentence", stop),
        ("sentence", "The envoys met on Monday.")]


def test_dotted_dates_are_day_first_and_unreadable_dates_are_named(tmp_path: Path) -> None:
    from analysis.corpus import parse_published

    got = parse_published(pd.Series(["05.03.2023", "13.03.2023", "2023-03-05", "yesterday", ""]))
    assert [d.strftime("%Y-%m-%d") if not pd.isna(d) else None for d in got] == [
        "2023-03-05", "2023-03-13", "2023-03-05", None, None]
    folder = make_folder(tmp_path / "c", {"a.txt": "One.", "b.txt": "Two.", "c.txt": "Three."},
                         manifest=False)
    (folder / "sources.csv").write_text("doc_id,source,published\na,X,05.03.2023\n"
                                        "b,X,yesterday\nc,X,\n")
    with pytest.warns(CorpusWarning, match=r"published date of 1 article\(s\) cannot be read "
                                           r"\('b': 'yesterday'\)"):
        load_corpus(folder)


def test_an_article_in_another_script_is_flagged_for_the_english_models(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "c", {
        "uk.txt": "Зеленський заявив, що Україна не відступить. Це сказав Zelensky.",
        "en.txt": "Zelensky said Ukraine would not retreat. «Мы не отступим», he said in Russian.",
    })
    with pytest.warns(CorpusWarning, match=r"uk\.txt: written mostly in Cyrillic script"):
        articles = load_corpus(folder)
    assert dict(zip(articles["doc_id"], articles["flags"])) == {"en": "", "uk": "not_latin_script"}


def test_table_rows_without_a_source_are_named_and_lock_files_are_not_articles(
        tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("doc_id,source,text\na,X,One.\nb,,Two.\nc,Y,Three.\n")
    with pytest.warns(CorpusWarning, match=r"c\.csv: empty source on line\(s\) 3; each such"):
        articles = load_corpus(path)
    assert list(articles["source"]) == ["X", "b", "Y"]
    path.write_text("doc_id,source,text\na,X,One.\nb,X,Two.\na,X,Three.\n")
    with pytest.raises(CorpusError, match=r"line 4: duplicated doc_id 'a' \(first on line 2\)"):
        load_corpus(path)
    folder = make_folder(tmp_path / "f", {"a.txt": "One."})
    (folder / "~$a.txt").write_bytes(b"\x00lock")
    assert list(load_corpus(folder)["doc_id"]) == ["a"]


def test_a_consent_or_paywall_page_is_flagged_not_read_as_news(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "c", {
        "wall.txt": "Before you continue. We use cookies and data to deliver our services. "
                    "If you choose to \"Accept all\", we will also use cookies for ads.",
        "pay.txt": "Troops advanced. Get unlimited access for £1 a month. Already a subscriber? "
                   "Log in.",
        "news.txt": "The regulator said the company must subscribe now to the new rules. "
                    "Troops advanced on Monday.",
    })
    with pytest.warns(CorpusWarning, match=r"wall\.txt: looks like a cookie-consent or paywall"):
        articles = load_corpus(folder)
    assert dict(zip(articles["doc_id"], articles["flags"])) == {
        "news": "", "pay": "gate_page", "wall": "gate_page"}


def test_a_csv_beside_the_articles_is_told_to_be_the_manifest(tmp_path: Path) -> None:
    # a Kosovo newcomer's "manifest.csv" (columns file, source, …) was told to be converted to
    # .txt; it is the manifest under another name: say what name and column it needs
    folder = make_folder(tmp_path, {"a.txt": "One.", "manifest.csv": "file,source\na.txt,RTS\n"},
                         manifest=False)
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(folder)
    messages = " | ".join(str(w.message) for w in record)
    assert "manifest.csv: skipped, cannot read .csv" in messages
    assert "name it sources.csv, with a doc_id column" in messages
    assert "convert it" not in articles.attrs["skipped"][0]["reason"]
    # near miss: another type keeps its advice to convert
    folder = make_folder(tmp_path / "b", {"a.txt": "One.", "report.docx": b"PK\x03\x04"},
                         manifest=False)
    with pytest.warns(CorpusWarning) as record:
        load_corpus(folder)
    assert "report.docx: skipped, cannot read .docx: a folder corpus reads .txt, .md, .html, " \
           ".htm; convert it" in " | ".join(str(w.message) for w in record)
