"""No broken characters reach the user: a generation that stops in the middle of a multi-byte
character (the token limit, Stop) never ends in U+FFFD, on either backend.

Each backend's own decoding code is fed the real tokenizer's ids of a text of CJK, emoji and
accented words cut at every prefix length; then one real token-limit cut runs per backend.
"""

from __future__ import annotations

import pytest

from core.backends.base import GenerationParams
from core.backends.llamacpp import LlamaCppBackend
from core.backends.text_pieces import TextPieces, token_bytes
from core.backends.text_pieces import Detokenizer
from core.backends.torch import TorchBackend
from core.models import BUNDLED_NAME, ModelEntry

# Three-byte CJK, four-byte emoji (one with a skin tone and a zero-width joiner), two-byte
# accented Latin, an astral ideograph, and a U+FFFD the text really holds (it must stay).
TEXT = "村里的图书馆建于1952年，藏书六百多本。😀👩🏽‍💻 café naïve Zürich 𠀀 替换符\ufffd保留"
CHINESE_ASK = [
    {"role": "system", "content": "你是一个乐于助人的助手。"},
    {"role": "user", "content": "请用中文写一句话，介绍长城。"},
]


@pytest.fixture(scope="module")
def model(bundled_model_path) -> ModelEntry:
    return ModelEntry(BUNDLED_NAME, str(bundled_model_path), "gguf", True, True)


@pytest.fixture(scope="module")
def llama(model):
    backend = LlamaCppBackend()
    backend.load(model)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def torch_backend(model):
    backend = TorchBackend(device="cpu")
    backend.load(model)
    yield backend
    backend.close()


def _longest_complete_prefix(data: bytes) -> str:
    for end in range(len(data), max(len(data) - 4, -1), -1):
        try:
            return data[:end].decode("utf-8")
        except UnicodeDecodeError:
            continue
    raise AssertionError("no decodable prefix")


def _check_every_cut(ids: list[int], to_bytes, decode) -> int:
    """Feed ``decode`` every prefix of ``ids``; return how many prefixes ended mid-character."""
    mid_character = 0
    for cut in range(len(ids) + 1):
        shown, dropped = decode(ids[:cut])
        raw = b"".join(to_bytes(i) for i in ids[:cut])
        expected = _longest_complete_prefix(raw)
        assert shown == expected, (cut, shown, expected)
        assert TEXT.startswith(shown), cut  # never a U+FFFD the text does not hold
        assert dropped == len(raw) - len(expected.encode("utf-8"))
        mid_character += dropped > 0
    return mid_character


def test_llamacpp_decoding_never_shows_part_of_a_character(llama):
    llm = llama._llm
    ids = llm.tokenize(TEXT.encode("utf-8"), add_bos=False, special=False)

    def to_bytes(token: int) -> bytes:
        return llm.detokenize([token])

    def decode(prefix: list[int]) -> tuple[str, int]:
        pieces = TextPieces()
        shown = "".join(pieces.push(to_bytes(t)) for t in prefix) + pieces.finish()
        return shown, pieces.dropped_bytes

    assert decode(ids)[0] == TEXT
    assert _check_every_cut(ids, to_bytes, decode) >= 10  # the text really splits characters


def test_torch_decoding_never_shows_part_of_a_character(torch_backend):
    tokenizer = torch_backend._tokenizer
    ids = tokenizer.encode(TEXT, add_special_tokens=False)
    to_bytes = token_bytes(tokenizer)
    assert to_bytes is not None  # SmolLM2's byte-level BPE spells its bytes

    def decode(prefix: list[int], spelled=to_bytes) -> tuple[str, int]:
        detokenizer = Detokenizer(tokenizer, spelled)
        shown = "".join(detokenizer.push(t) for t in prefix) + detokenizer.flush()
        return shown, detokenizer.dropped_bytes

    assert decode(ids)[0] == TEXT
    assert _check_every_cut(ids, to_bytes, decode) >= 10
    # Tokenizers whose vocabulary does not spell bytes decode windows of text instead; their cut
    # drops the unfinished character too (the text's own U+FFFD is left out of this check).
    plain = TEXT[: TEXT.index("替换")]
    plain_ids = tokenizer.encode(plain, add_special_tokens=False)
    for cut in range(len(plain_ids) + 1):
        shown, _ = decode(plain_ids[:cut], None)
        assert "\ufffd" not in shown and plain.startswith(shown), cut


def _first_mid_character_cut(generation_ids: list[int], to_bytes) -> int:
    for cut in range(1, len(generation_ids) + 1):
        pieces = TextPieces()
        for token in generation_ids[:cut]:
            pieces.push(to_bytes(token))
        pieces.finish()
        if pieces.dropped_bytes:
            return cut
    raise AssertionError("the greedy answer never split a character; pick another prompt")


@pytest.mark.parametrize("which", ["llama.cpp", "torch"])
def test_a_real_token_limit_cut_drops_the_unfinished_character(which, request):
    backend = request.getfixturevalue("llama" if which == "llama.cpp" else "torch_backend")
    to_bytes = (lambda t: backend._llm.detokenize([t])) if which == "llama.cpp" else token_bytes(backend._tokenizer)
    probe = backend.stream(CHINESE_ASK, GenerationParams(max_tokens=6, temperature=0))
    "".join(probe)
    cut = _first_mid_character_cut(probe.token_ids, to_bytes)
    generation = backend.stream(CHINESE_ASK, GenerationParams(max_tokens=cut, temperature=0))
    text = "".join(generation)
    assert generation.token_ids == probe.token_ids[:cut]  # greedy: the same first tokens
    assert generation.stats.finish_reason == "length" and generation.stats.dropped_bytes > 0
    assert "\ufffd" not in text
    assert text == _longest_complete_prefix(b"".join(to_bytes(t) for t in probe.token_ids[:cut]))
