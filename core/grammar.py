"""The offline spelling and grammar checker (Harper): text -> problems with spans and fixes.

Harper (``harper-py``) is a rule-based English checker written in Rust: no model, no server, a
few milliseconds per paragraph. This module turns its lints into :class:`Problem` records
(character spans, a kind, a message, replacements) and builds the "fast fix" proposal.

Text is checked line by line (a line is a paragraph in the editor: one ``QTextBlock``), so an
edit re-checks only the lines it touched: :class:`Checker` remembers each line's problems by its
text. Lines that do not look like English are skipped (:func:`looks_english`, the one language
gate). Spans are in code points of the Python string; the desktop converts them to Qt's UTF-16
positions with :func:`utf16_len`.

Harper's ``Linter`` is not thread-safe: one :class:`Checker` belongs to one thread at a time.
The first ``Linter`` of a process builds Harper's dictionary (about a second); later ones take
milliseconds.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace

from core.errors import BadInputError, InkstoneError, UnknownNameError

KINDS = ("spelling", "grammar", "style")
#: The checker's dialects (Harper also has Indian English; the settings offer these four).
DIALECTS = ("american", "british", "canadian", "australian")
DEFAULT_DIALECT = "american"
#: Rules Inkstone turns off unless the user turns them on: title case in Markdown headings is a
#: house style, and its lint covers the whole heading, hiding spelling mistakes inside it.
DEFAULT_DISABLED_RULES = ("UseTitleCase",)

#: The history action of a fast fix. Its results are the checker's, not a model's: datasets and
#: few-shot examples must never learn from them (see :data:`NOT_LEARNED_ACTIONS`).
CHECKER_ACTION = "grammar-check"
#: History actions whose results are never training data nor few-shot examples.
NOT_LEARNED_ACTIONS = frozenset({CHECKER_ACTION})

# Harper's lint kinds, by what a writer would call them. A kind Harper adds later counts as
# style: the fast fix applies only what is known to be a correction.
_SPELLING_KINDS = frozenset({"Spelling", "Typo"})
_GRAMMAR_KINDS = frozenset(
    {
        "Agreement", "BoundaryError", "Capitalization", "Eggcorn", "Grammar", "Malapropism",
        "Miscellaneous", "Nonstandard", "Punctuation", "Redundancy", "Regionalism", "Repetition",
        "Usage", "WordChoice",
    }
)
# Rules whose kind says "grammar" but that are matters of taste.
_STYLE_RULES = frozenset({"UseTitleCase", "LongSentences"})

log = logging.getLogger(__name__)

_CACHE_LINES = 50_000
_INSTALL_HINT = "the spelling and grammar checker is not installed; run: pip install harper-py"


@dataclass(frozen=True)
class Problem:
    """One problem: ``text[start:end]`` (code points) and what could replace it."""

    start: int
    end: int
    kind: str  # spelling | grammar | style
    rule: str  # Harper's rule name, e.g. "SpellCheck"; the settings turn rules off by it
    message: str
    text: str  # the flagged text
    suggestions: tuple[str, ...] = ()  # each replaces text[start:end]

    def shifted(self, offset: int) -> Problem:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        return data


@dataclass(frozen=True)
class CheckSettings:
    """What the user chose (stored in the database; the app and the CLI read the same)."""

    enabled: bool = True
    dialect: str = DEFAULT_DIALECT
    disabled_rules: tuple[str, ...] = DEFAULT_DISABLED_RULES
    #: The personal dictionary: words never flagged as misspelled.
    words: tuple[str, ...] = field(default=())

    def check(self) -> CheckSettings:
        if self.dialect not in DIALECTS:
            raise UnknownNameError("dialect", self.dialect, DIALECTS)
        return self


# -- the language gate -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_ENGLISH = frozenset(
    "the a an and or but of to in on at for with is are was were be been it this that i you he she we "
    "they not have has had do does did will would can could my your his her our their as by from".split()
)
# Frequent short words of the Latin-script languages a writer here is likely to mix in (French,
# German, Spanish, Italian, Portuguese, Dutch), none of them also a common English word.
_OTHER = frozenset(
    "le la les des une est et du au aux sur pas qui que dans pour avec sont cette ces je nous vous "
    "ils elle der die das und ist nicht ein eine mit den dem sich auch auf wir ihr sie zu von "
    "el los las del y es por con una para como pero su sus muy está son "
    "il di che non per della sono gli nel una anche "
    "o os da do não em um uma mais são "
    "het een van en niet zijn wij ook maar dat".split()
)


def looks_english(text: str) -> bool:
    """Whether ``text`` (a paragraph) is worth checking as English.

    A cheap check: most letters must be Latin, and a paragraph of several words must not be
    dominated by another language's function words. ``core.langid`` may replace it; every caller
    goes through this one function.
    """
    letters = latin = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch <= "\u024f":  # Basic Latin to Latin Extended-B
                latin += 1
    if letters == 0 or latin < 0.8 * letters:
        return False
    words = _WORD.findall(text.lower())
    if len(words) < 4:
        return True
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER)
    return not (other >= 2 and other > 2 * english)


# -- positions ----------------------------------------------------------------------------------


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (Qt's positions count those, not code points)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def line_starts(text: str) -> list[int]:
    """Offset of the first character of each line of ``text``."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def line_column(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset``, given :func:`line_starts`."""
    import bisect

    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def is_fence(line: str) -> bool:
    """Whether ``line`` opens or closes a Markdown code block (``` or ~~~)."""
    stripped = line.lstrip()
    return stripped.startswith("```") or stripped.startswith("~~~")


def iter_lines(text: str, markdown: bool = False) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line worth checking: not blank, not inside a Markdown code block."""
    inside = False
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if markdown and is_fence(line):
            inside = not inside
            continue
        if inside or not line.strip():
            continue
        yield start, line


# -- the checker --------------------------------------------------------------------------------


def _harper():
    try:
        from core.gc_freeze import loading_phase

        with loading_phase():  # a native library that stays loaded: nothing for the collector
            import harper
    except ImportError:
        raise InkstoneError(_INSTALL_HINT) from None
    return harper


def available() -> bool:
    """Whether the checker (harper-py) is installed."""
    import importlib.util

    return importlib.util.find_spec("harper") is not None


def kind_of(rule: str, lint_kind: str) -> str:
    """spelling, grammar or style for a Harper rule and its lint kind."""
    if rule in _STYLE_RULES:
        return "style"
    if lint_kind in _SPELLING_KINDS:
        return "spelling"
    if lint_kind in _GRAMMAR_KINDS:
        return "grammar"
    return "style"


def _suggestions(lint, harper) -> tuple[str, ...]:
    """Each suggestion as the text that replaces the whole span; a different capitalization of
    the same word first (Harper offers "franc" before "France" for "france")."""
    problem = lint.problem_text
    out: list[str] = []
    for suggestion in lint.suggestions:
        kind = suggestion.kind
        if kind == harper.SuggestionKind.REMOVE:
            text = ""
        elif kind == harper.SuggestionKind.INSERT_AFTER:
            text = problem + suggestion.replacement_text
        else:
            text = suggestion.replacement_text
        if text != problem and text not in out:
            out.append(text)
    out.sort(key=lambda s: s.casefold() != problem.casefold())  # stable: Harper's order otherwise
    return tuple(out)


class Checker:
    """Harper with the user's settings, and the problems of each line it has checked.

    Use it from one thread at a time. ``close()`` (or ``with``) frees Harper's linter.
    """

    def __init__(self, settings: CheckSettings | None = None) -> None:
        self._harper = _harper()
        self.settings = (settings or CheckSettings()).check()
        self._linter = None
        self._cache: OrderedDict[tuple[str, bool], tuple[Problem, ...]] = OrderedDict()
        self.lines_checked = 0  # lines Harper actually linted (not answered from the cache)
        self.configure(self.settings)

    # -- settings --------------------------------------------------------------------------

    def configure(self, settings: CheckSettings) -> None:
        """Apply new settings; forget every remembered result."""
        settings = settings.check()
        harper = self._harper
        dialect = getattr(harper.Dialect, settings.dialect.upper())
        if self._linter is None:
            self._linter = harper.Linter(dialect)
        elif self._linter.dialect != dialect:
            self._linter.dialect = dialect  # a new linter: words and rules are set again below
        known = self._linter.get_default_lint_config()
        self._linter.set_lint_config({rule: False for rule in settings.disabled_rules if rule in known})
        self._linter.clear_words()
        if settings.words:
            self._linter.import_words(list(settings.words))
        self.settings = settings
        self._cache.clear()

    def add_words(self, words: Iterable[str]) -> None:
        """Add words to the personal dictionary of this checker (the database is not touched)."""
        new = [w for w in words if w and w not in self.settings.words]
        if new:
            self.configure(replace(self.settings, words=self.settings.words + tuple(new)))

    def rules(self) -> dict[str, dict]:
        """Every rule: ``{name: {"on": bool, "default": bool, "description": str}}``."""
        defaults = self._linter.get_default_lint_config()
        descriptions = self._linter.get_lint_descriptions()
        disabled = set(self.settings.disabled_rules)
        return {
            name: {"on": on and name not in disabled, "default": on, "description": descriptions.get(name, "")}
            for name, on in sorted(defaults.items())
        }

    # -- checking --------------------------------------------------------------------------

    def check_line(self, line: str, markdown: bool = False) -> tuple[Problem, ...]:
        """Problems in one line (a paragraph), offsets within it. Remembered by the line's text."""
        key = (line, markdown)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        found = self._lint(line, markdown) if line.strip() and looks_english(line) else ()
        self._cache[key] = found
        if len(self._cache) > _CACHE_LINES:
            self._cache.popitem(last=False)
        return found

    def cached(self, line: str, markdown: bool = False) -> tuple[Problem, ...] | None:
        """The remembered problems of ``line``, or None when it has not been checked."""
        return self._cache.get((line, markdown))

    def _lint(self, line: str, markdown: bool) -> tuple[Problem, ...]:
        self.lines_checked += 1
        language = "markdown" if markdown else "plaintext"
        try:
            organized = self._linter.organized_lints(line, language=language)
        except Exception:
            raise
        except BaseException as exc:
            # A bug in Harper surfaces as pyo3's PanicException (a BaseException): that line
            # goes unchecked, with a fresh linter for the next one, instead of ending the thread.
            if type(exc).__name__ != "PanicException":
                raise
            log.warning("Harper failed on a paragraph of %d characters: %s", len(line), exc)
            self._linter = None
            self.configure(self.settings)
            return ()
        problems = []
        for rule, lints in organized.items():
            for lint in lints:
                span = lint.span
                if span.end <= span.start:
                    continue
                problems.append(
                    Problem(
                        start=span.start,
                        end=span.end,
                        kind=kind_of(rule, lint.lint_kind),
                        rule=rule,
                        message=lint.message,
                        text=lint.problem_text,
                        suggestions=_suggestions(lint, self._harper),
                    )
                )
        problems.sort(key=lambda p: (p.start, p.end))
        return tuple(problems)

    def check(self, text: str, markdown: bool = False) -> list[Problem]:
        """Every problem in ``text``, offsets into ``text``, in order."""
        problems: list[Problem] = []
        for offset, line in iter_lines(text, markdown):
            problems.extend(p.shifted(offset) for p in self.check_line(line, markdown))
        return problems

    def close(self) -> None:
        self._linter = None
        self._cache.clear()

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check_text(text: str, settings: CheckSettings | None = None, markdown: bool = False) -> list[Problem]:
    """Every problem in ``text`` (a one-off :class:`Checker`)."""
    with Checker(settings) as checker:
        return checker.check(text, markdown)


# -- the fast fix --------------------------------------------------------------------------------


def select_fixes(problems: Iterable[Problem], kinds: Iterable[str] = ("spelling", "grammar")) -> list[Problem]:
    """The problems a fast fix applies: of ``kinds``, with a suggestion, not overlapping an
    earlier one (in text order)."""
    kinds = set(kinds)
    chosen: list[Problem] = []
    end = -1
    for problem in sorted(problems, key=lambda p: (p.start, p.end)):
        if problem.kind not in kinds or not problem.suggestions or problem.start < end:
            continue
        chosen.append(problem)
        end = problem.end
    return chosen


def apply_fixes(text: str, fixes: Iterable[Problem]) -> str:
    """``text`` with each fix's first suggestion in place of its span (fixes must not overlap)."""
    parts, last = [], 0
    for fix in sorted(fixes, key=lambda p: p.start):
        if fix.start < last:
            raise BadInputError("overlapping fixes")
        parts.append(text[last : fix.start])
        parts.append(fix.suggestions[0])
        last = fix.end
    parts.append(text[last:])
    return "".join(parts)


@dataclass
class FastFix:
    """The result of :func:`fast_fix`: the corrected text and what changed."""

    original: str
    text: str
    fixes: list[Problem]

    def counts(self) -> dict[str, int]:
        counts = {kind: 0 for kind in ("spelling", "grammar")}
        for fix in self.fixes:
            counts[fix.kind] = counts.get(fix.kind, 0) + 1
        return counts


def fast_fix(checker: Checker, text: str, markdown: bool = False, ignored: Iterable[tuple[str, str]] = ()) -> FastFix:
    """A proposal for ``text``: the first suggestion of each spelling and grammar problem, nothing
    else changed. ``ignored``: ``(rule, flagged text)`` pairs the user chose to ignore."""
    ignored = set(ignored)
    problems = [p for p in checker.check(text, markdown) if (p.rule, p.text) not in ignored]
    fixes = select_fixes(problems)
    return FastFix(text, apply_fixes(text, fixes), fixes)
