"""Generated tokens to text pieces that never hold part of a character.

A token can end in the middle of a multi-byte UTF-8 character (CJK, emoji and accented letters
often span two or three tokens). :class:`TextPieces` holds incomplete bytes back until the
character is complete and, when generation stops in the middle of one (the token limit, Stop),
drops them instead of emitting U+FFFD. A U+FFFD the model really wrote (the bytes EF BF BD) is a
complete character and is kept. Both backends feed it each token's bytes: llama.cpp gives them
directly; for transformers, :func:`token_bytes` recovers them from the tokenizer's vocabulary.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from functools import lru_cache


class TextPieces:
    def __init__(self) -> None:
        # "ignore" only affects bytes that can never form a character; incomplete ones are held.
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="ignore")
        #: Bytes of an unfinished character dropped at the end (0 when the text ended cleanly).
        self.dropped_bytes = 0

    def push(self, data: bytes) -> str:
        """The text ``data`` completes (possibly empty while a character is still unfinished)."""
        return self._decoder.decode(data)

    def finish(self) -> str:
        """End of generation: bytes of an unfinished character are dropped, never shown."""
        self.dropped_bytes = len(self._decoder.getstate()[0])
        self._decoder.reset()
        return ""


@lru_cache(maxsize=1)
def _byte_decoder() -> dict[str, int]:
    """GPT-2's byte-level alphabet, reversed: the printable character standing for each byte."""
    visible = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    chars = list(visible)
    extra = 0
    for byte in range(256):
        if byte not in visible:
            visible.append(byte)
            chars.append(256 + extra)
            extra += 1
    return {chr(c): b for b, c in zip(visible, chars)}


def token_bytes(tokenizer) -> Callable[[int], bytes] | None:
    """A function giving the bytes each token id stands for, for the tokenizer families whose
    vocabulary spells bytes: byte-level BPE (GPT-2, Llama 3, Qwen, SmolLM) and SentencePiece with
    byte fallback (Llama 2, Mistral, Gemma). Special tokens give no bytes. None for others."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return None
    try:
        decoder = json.loads(backend.to_str()).get("decoder") or {}
    except (ValueError, AttributeError):
        return None
    kinds = {decoder.get("type")} | {d.get("type") for d in decoder.get("decoders", [])}
    special = set(getattr(tokenizer, "all_special_ids", []) or [])
    to_token = tokenizer.convert_ids_to_tokens
    if "ByteLevel" in kinds:
        table = _byte_decoder()

        def byte_level(token_id: int) -> bytes:
            if token_id in special:
                return b""
            text = to_token(token_id) or ""
            try:
                return bytes(table[ch] for ch in text)
            except KeyError:  # an added token spelled in plain text
                return text.encode("utf-8")

        return byte_level
    if "ByteFallback" in kinds:

        def byte_fallback(token_id: int) -> bytes:
            if token_id in special:
                return b""
            text = to_token(token_id) or ""
            if len(text) == 6 and text.startswith("<0x") and text.endswith(">"):
                return bytes([int(text[3:5], 16)])
            return text.replace("\u2581", " ").encode("utf-8")

        return byte_fallback
    return None


class Detokenizer:
    """Turns token ids into text pieces as they arrive, never showing part of a character.

    Where the tokenizer's vocabulary spells bytes (:func:`token_bytes`),
    each token's bytes go through :class:`TextPieces`, as on llama.cpp.
    Otherwise each step decodes a short window and emits only what it added once it no longer ends
    in an incomplete character (decoding token by token breaks characters that span tokens and
    drops SentencePiece's word-leading spaces); an incomplete end is dropped at the cut.
    """

    def __init__(self, tokenizer, to_bytes=None) -> None:
        self._tokenizer = tokenizer
        self._to_bytes = to_bytes
        self._pieces = TextPieces() if to_bytes is not None else None
        self._started = False
        self._ids: list[int] = []
        self._prefix = 0
        self._read = 0
        self.dropped_bytes = 0

    def _decode(self, ids: list[int]) -> str:
        return self._tokenizer.decode(ids, skip_special_tokens=True, clean_up_tokenization_spaces=False)

    def push(self, token: int) -> str:
        if self._pieces is not None:
            text = self._pieces.push(self._to_bytes(token))
            if not self._started and text:
                # SentencePiece spells the first word's space too; its decoder strips it.
                text, self._started = text.lstrip(" ") if self._strip_first else text, True
            return text
        self._ids.append(token)
        before = self._decode(self._ids[self._prefix : self._read])
        after = self._decode(self._ids[self._prefix :])
        if len(after) > len(before) and not after.endswith("\ufffd"):
            self._prefix, self._read = self._read, len(self._ids)
            return after[len(before) :]
        return ""

    @property
    def _strip_first(self) -> bool:
        return self._to_bytes is not None and self._to_bytes.__name__ == "byte_fallback"

    def flush(self) -> str:
        if self._pieces is not None:
            text = self._pieces.finish()
            self.dropped_bytes = self._pieces.dropped_bytes
            return text
        if self._read >= len(self._ids):
            return ""
        before = self._decode(self._ids[self._prefix : self._read])
        after = self._decode(self._ids[self._prefix :])
        self._prefix = self._read = len(self._ids)
        tail = after[len(before) :]
        kept = tail.rstrip("\ufffd")  # an unfinished character at the cut: dropped, not shown
        self.dropped_bytes = len(tail) - len(kept)
        return kept
