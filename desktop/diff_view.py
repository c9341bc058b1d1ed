"""Word-level diff of the original text against a proposal, with insertions and deletions marked."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.text_stats import _CJK

# Words (with their trailing spaces kept separate), single CJK characters, and punctuation.
_TOKEN = re.compile(rf"[{_CJK}]|\s+|[^\W{_CJK}]+(?:['’\-][^\W{_CJK}]+)*|[^\w\s]")

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(original: str, proposal: str) -> list[tuple[str, str]]:
    """Return ``(op, text)`` pieces: op is "equal", "delete" (only in the original) or "insert"
    (only in the proposal). Joining the equal and delete pieces gives the original; joining the
    equal and insert pieces gives the proposal."""
    a, b = tokenize(original), tokenize(proposal)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[tuple[str, str]] = []

    def add(op: str, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + text)
        else:
            pieces.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(EQUAL, "".join(a[i1:i2]))
        else:
            add(DELETE, "".join(a[i1:i2]))
            add(INSERT, "".join(b[j1:j2]))
    return pieces


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
