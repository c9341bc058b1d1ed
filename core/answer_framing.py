"""What a small model wraps around an answer that nobody asked for: a lead-in ("Here's a
rewritten version of the text:"), a greeting ("Dear Ken,") and a sign-off ("Best regards,
[Your Name]").

An action says what it leaves out (``framing`` in actions.toml): ``"all"`` (a summary: no
greeting or sign-off belongs in one) or ``"added"`` (a rewrite, a translation: only those the
text itself did not have, so a rewritten e-mail keeps its "Dear Ken,"). Only whole lines go, and
only at the start and the end: a sentence that happens to say "thanks" stays.
"""

from __future__ import annotations

from core.quality import GREETING, PLACEHOLDER, SIGN_OFF, size

MODES = ("all", "added")
#: The largest line taken for a lead-in (about 25 English words), and for a greeting or
#: sign-off (five words, or a name after "Best regards,").
LEAD_IN_MAX_SIZE = 40.0
FRAME_MAX_SIZE = 8.0
_OPENERS = (":", "：")
_CLAUSE_ENDS = (",", "，", ":", "：")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def _is_lead_in(line: str) -> bool:
    return line.endswith(_OPENERS) and size(line) <= LEAD_IN_MAX_SIZE


def _is_greeting(line: str) -> bool:
    if size(line) > FRAME_MAX_SIZE:
        return False
    return bool(GREETING.match(line)) or bool(SIGN_OFF.match(line)) or line.endswith(_CLAUSE_ENDS)


def _is_sign_off(line: str) -> bool:
    return size(line) <= FRAME_MAX_SIZE and bool(SIGN_OFF.match(line) or PLACEHOLDER.fullmatch(line))


def strip_framing(source: str, answer: str, mode: str) -> tuple[str, list[str]]:
    """``answer`` without the framing ``mode`` leaves out, and the lines it left out."""
    lines = answer.strip().splitlines()
    kept = [i for i, line in enumerate(lines) if line.strip()]
    if len(kept) < 2:  # one line is all the answer there is
        return answer, []
    source_lines = _lines(source)
    source_first = source_lines[0] if source_lines else ""
    source_tail = source_lines[-3:] if len(source_lines) > 1 else []
    dropped: list[int] = []

    def first() -> int | None:
        rest = [i for i in kept if i not in dropped]
        return rest[0] if len(rest) > 1 else None

    head = first()
    if head is not None and _is_lead_in(lines[head].strip()) and not source_first.endswith(_OPENERS):
        dropped.append(head)
    head = first()
    if head is not None and _is_greeting(lines[head].strip()):
        if mode == "all" or not (source_first and _is_greeting(source_first)):
            dropped.append(head)
    remaining = [i for i in kept if i not in dropped]
    tail = remaining[-3:]
    for position, index in enumerate(tail):
        rest = tail[position:]
        if len(rest) == len(remaining):
            continue  # never the whole answer
        if _is_sign_off(lines[index].strip()) and all(size(lines[i].strip()) <= FRAME_MAX_SIZE for i in rest):
            if mode == "all" or not any(_is_sign_off(line) for line in source_tail):
                dropped.extend(rest)
            break
    if not dropped:
        return answer, []
    removed = [lines[i].strip() for i in sorted(dropped)]
    text = "\n".join(line for i, line in enumerate(lines) if i not in dropped).strip()
    return text, removed
