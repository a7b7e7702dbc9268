"""Messy corpora end to end: the run goes on, says what it did, and never drops a sentence.

Per-format decoding cases live in test_corpus.py; here the whole pipeline is exercised.
"""

from __future__ import annotations

import resource

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import framing, load_corpus, score_corpus
from analysis.actors import find_mentions, load_registry
from analysis.cli import main
from analysis.segment import segment_article, segment_corpus

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
MANIFEST = "doc_id,source,title,url,published,language\n"


def _folder(tmp_path, files: dict[str, bytes | str], sources: dict[str, str]):
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
    (tmp_path / "sources.csv").write_text(
        MANIFEST + "".join(f"{d},{s},,,,en\n" for d, s in sources.items()))
    return tmp_path


def test_messy_folder_scores_and_reports(tmp_path, capsys):
    folder = _folder(tmp_path / "c", {
        "a.txt": "Russia's troops retreated from the city. Ukraine welcomed the news.",
        "b.txt": "Russia's troops retreated from the city. Ukraine welcomed the news.",
        "c.txt": "The weather was mild and the market opened early.",
        "d.txt": "   \n",
        "e.txt": PNG,
    }, {"a": "Wire", "b": "Reprint", "c": "Local", "d": "Empty", "e": "Image"})
    out = tmp_path / "out"
    assert main(["score", str(folder), "--out", str(out), "--no-sentiment"]) == 0
    printed = capsys.readouterr()
    assert "skipped" in printed.out and "e.txt" in printed.out
    assert "2 articles without any actor mention" in printed.out  # c and the empty d
    articles = pd.read_csv(out / "tables" / "articles.csv", keep_default_na=False)
    assert articles["doc_id"].tolist() == ["a", "b", "c", "d"]  # the PNG is skipped
    assert articles.set_index("doc_id")["flags"].to_dict() == {
        "a": "", "b": "duplicate_of=a", "c": "", "d": "empty"}
    assert articles.set_index("doc_id")["n_mentions"].to_dict() == {"a": 2, "b": 2, "c": 0, "d": 0}
    sentences = pd.read_csv(out / "tables" / "sentences.csv", keep_default_na=False)
    assert (sentences["doc_id"] == "c").sum() == 1  # sentences of an actor-less article stay
    assert sentences.loc[sentences["doc_id"] == "b", "duplicate"].all()


def test_duplicates_count_once_in_aggregates(tmp_path):
    folder = _folder(tmp_path, {
        "a.txt": "Russia's troops retreated from the city.",
        "b.txt": "Russia's troops retreated from the city.",
    }, {"a": "Wire", "b": "Wire"})
    scored = score_corpus(folder, sentiment=False)
    table = framing.stance_by_source_actor(scored.stances, scored.sentences)
    row = table[(table["actor"] == "Russia") & (table["voice"] == "all")]
    assert row["n"].tolist() == [1]


def test_long_article_is_segmented_with_bounded_memory():
    paragraph = ("Russian forces shelled the town again on Tuesday, officials said. "
                 "Ukrainian troops advanced two kilometres near the river. ") * 40
    text = "\n\n".join([paragraph] * 1020)  # about 5 MB
    assert len(text.encode()) > 5_000_000
    # ru_maxrss only grows: its growth bounds the memory this article needed (in KiB on Linux).
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sentences = segment_article("big", text)
    mentions = find_mentions(sentences.assign(source="s"), load_registry())
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
    assert len(sentences) == 1020 * 80
    assert len(mentions) == 1020 * 80
    assert peak < 1024 * 2**20, f"memory grew by {peak / 2**20:.0f} MiB"


words = st.sampled_from(["Russia", "Russia's", "Ukraine", "Kremlin", "Zelensky", "troops",
                         "the", "said", "Gen.", "36.5", "“", "”", "\n", "\n\n", ".", ",",
                         "Putin’s", "U.S.", "kyiv", "Kyiv", "advanced", "?"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, min_size=1, max_size=60))
def test_mentions_always_lie_inside_their_sentence(tokens):
    text = " ".join(tokens)
    sentences = segment_corpus(pd.DataFrame({"doc_id": ["d"], "source": ["s"], "text": [text]}))
    mentions = find_mentions(sentences, load_registry())
    by_id = sentences.set_index("sentence_id")["text"]
    for m in mentions.itertuples():
        sentence = by_id.loc[m.sentence_id]
        assert 0 <= m.start < m.end <= len(sentence)
        assert sentence[m.start:m.end] == m.mention


def test_load_corpus_is_importable_from_the_package():
    assert callable(load_corpus)


def test_html_article_rows_say_so(tmp_path):
    folder = _folder(tmp_path, {
        "a.txt": "<html><body><p>Russia's troops left the city.</p><script>x()</script></body></html>",
    }, {"a": "Web"})
    scored = score_corpus(folder, sentiment=False)
    assert scored.sentences["text"].tolist() == ["Russia's troops left the city."]
    assert scored.sentences["reason"].tolist() == ["html_stripped"]
    assert scored.articles["flags"].tolist() == ["html_stripped"]


def test_an_output_folder_that_cannot_be_written_is_refused_before_scoring(tmp_path, capsys):
    from analysis.report import check_out

    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(ValueError, match="is a file"):
        check_out("seeds", blocker)
    with pytest.raises(ValueError, match="cannot write to the output folder"):
        check_out("seeds", blocker / "sub")
    assert check_out("seeds", tmp_path / "new" / "out") == tmp_path / "new" / "out"
    assert not (tmp_path / "new").exists()  # nothing is created before the run succeeds
    # the command line says so in one line, before any model runs
    corpus = _folder(tmp_path / "corpus", {"a.txt": "Putin spoke."}, {"a": "X"})
    assert main(["score", str(corpus), "--out", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert "error: the output folder" in err and "Traceback" not in err


def test_the_corpus_folder_is_refused_as_output_folder(tmp_path, capsys):
    from analysis.report import check_out

    corpus = _folder(tmp_path / "corpus", {"a.txt": "Putin spoke."}, {"a": "X"})
    with pytest.raises(ValueError, match="is the corpus folder"):
        check_out(corpus, corpus)
    with pytest.raises(ValueError, match="is the corpus folder"):
        check_out(corpus, tmp_path / "corpus" / ".")
    assert check_out(corpus, corpus / "results") == corpus / "results"
    assert main(["report", str(corpus), "--out", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "is the corpus folder" in err and "Traceback" not in err
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt", "sources.csv"]


def test_a_run_on_sentence_is_named(tmp_path):
    from analysis.corpus import CorpusWarning

    run_on = "Putin spoke and Biden answered and " * 60 + "nobody stopped"
    corpus = _folder(tmp_path / "c", {"a.txt": run_on + ".\n", "b.txt": "Putin spoke."},
                     {"a": "X", "b": "Y"})
    with pytest.warns(CorpusWarning, match=r"1 sentence\(s\) over 1,500 characters: 'a' \(2,"):
        score_corpus(corpus, sentiment=False)
