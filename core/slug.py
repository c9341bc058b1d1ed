"""Names made safe for files and lists: lower case, runs of other characters as one hyphen."""

from __future__ import annotations

import re


def slug(text: str, fallback: str, limit: int | None = None) -> str:
    """``text`` as a file-safe name ("Qwen2.5 1.5B Instruct" → "qwen2.5-1.5b-instruct"), at most
    ``limit`` characters; ``fallback`` when nothing is left."""
    made = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-")[:limit]
    return made or fallback
