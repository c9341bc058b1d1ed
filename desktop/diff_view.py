"""Word-level diff of the original text against a proposal, with insertions and deletions marked."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

# The diff itself is Qt-free and shared with the quality checks.
from core.textdiff import DELETE, EQUAL, INSERT, tokenize, word_diff

__all__ = ["DELETE", "EQUAL", "INSERT", "DiffView", "diff_html", "tokenize", "word_diff"]


def diff_html(pieces: list[tuple[str, str]]) -> str:
    """Render diff pieces as HTML: deletions struck through in red, insertions green."""
    out = []
    for op, text in pieces:
        escaped = html.escape(text).replace("\n", "<br/>")
        if op == DELETE:
            out.append(f'<span style="background:#ffd7d5;color:#82071e;text-decoration:line-through">{escaped}</span>')
        elif op == INSERT:
            out.append(f'<span style="background:#ccffd8;color:#055d20">{escaped}</span>')
        else:
            out.append(escaped)
    return '<div style="white-space:pre-wrap">' + "".join(out) + "</div>"


class DiffView(QTextBrowser):
    """Read-only view of a word-level diff."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.pieces: list[tuple[str, str]] = []

    def show_diff(self, original: str, proposal: str) -> None:
        self.pieces = word_diff(original, proposal)
        self.setHtml(diff_html(self.pieces))
