"""The inference tokenizer (``tokenizers`` on the encoder's tokenizer.json) gives the same word
pieces as transformers' tokenizer, which the models were trained with."""

from __future__ import annotations

import pytest

from analysis.cli import NEWSMTSC_DIR
from analysis.models.tokenizer import EncoderTokenizer, load_encoder_tokenizer
from analysis.stance import encode_batch, read_newsmtsc
from analysis.warnews import DATA_DIR as WAR_DIR


@pytest.fixture(scope="module")
def hf_tokenizer():
    from analysis.models.torch_backend import load_tokenizer

    return load_tokenizer()


def _examples():
    files = [NEWSMTSC_DIR / "dev-rw.jsonl", NEWSMTSC_DIR / "dev-mt.jsonl",
             WAR_DIR / "dev.jsonl", WAR_DIR / "heldout.jsonl"]
    return [ex for f in files if f.is_file() for ex in read_newsmtsc(f)]


@pytest.mark.parametrize("max_length", [160, 40])
def test_pairs_match_transformers(hf_tokenizer, max_length):
    # 40 word pieces cut many sentences: truncation of the first segment only is compared too.
    examples = _examples()
    assert len(examples) > 1000
    spec = encode_batch(examples, "mark+pair")
    ours = load_encoder_tokenizer().encode(spec.texts, spec.pairs, max_length=max_length)
    theirs = hf_tokenizer(spec.texts, spec.pairs, truncation="only_first",
                          max_length=max_length, padding=False)
    assert [e.ids for e in ours] == theirs["input_ids"]
    assert [e.type_ids for e in ours] == theirs["token_type_ids"]
    if max_length == 40:
        assert sum(len(e.ids) == 40 for e in ours) > len(ours) // 5


def test_single_texts_and_offsets_match_transformers(hf_tokenizer):
    texts = [ex.sentence for ex in _examples()[:400]] + [
        "Kyiv’s “special military operation” — as Moscow calls it — isn't over.", "", "ÉLAN 😀"]
    ours = load_encoder_tokenizer().encode(texts, add_special_tokens=False)
    theirs = hf_tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)
    assert [e.ids for e in ours] == theirs["input_ids"]
    assert [list(e.offsets) for e in ours] == [list(map(tuple, o)) for o in theirs["offset_mapping"]]
    assert [e.word_ids for e in ours] == [theirs.word_ids(i) for i in range(len(texts))]


def test_errors_are_clear(tmp_path):
    tok = load_encoder_tokenizer()
    with pytest.raises(ValueError, match="cannot fit"):
        tok.encode(["short text"], ["a very long target " * 10], max_length=8)
    with pytest.raises(ValueError, match="2 texts but 1 pair"):
        tok.encode(["a", "b"], ["x"])
    with pytest.raises(FileNotFoundError, match="tokenizer.json"):
        EncoderTokenizer(tmp_path / "tokenizer.json")


def test_loading_does_not_import_torch():
    import subprocess
    import sys

    code = ("import sys; from analysis.models.tokenizer import load_encoder_tokenizer; "
            "load_encoder_tokenizer().encode(['a test']); "
            "print('torch' in sys.modules, 'transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
