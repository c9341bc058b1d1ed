"""The assistant's actions as Qt menu entries: Summarize ▸, Translate ▸, Rewrite ▸, Continue, and the
user's own actions. The same entries fill the editor's context menu, the Assistant menu and the
toolbar; choosing one emits :attr:`ActionMenus.chosen` with the action name and its options.

The user's own actions come from their actions.toml (read here, it is a small file) and from the
database (the "Your actions…" dialog, ``inkstone-cli actions add``). The database is never read on
the UI thread: the window reads those rows on its database thread and hands them over with
:meth:`ActionMenus.set_app_actions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

if TYPE_CHECKING:
    from core.actions import ActionCatalog

# Labels of the built-in rewrite styles and summary lengths, for the translation tools; menus show a
# choice's label from the action catalog (resources/actions.toml), translated when the interface
# knows it.
_CHOICE_LABELS = (
    QT_TRANSLATE_NOOP("ActionMenus", "Formal"),
    QT_TRANSLATE_NOOP("ActionMenus", "Casual"),
    QT_TRANSLATE_NOOP("ActionMenus", "Concise"),
    QT_TRANSLATE_NOOP("ActionMenus", "Friendly"),
    QT_TRANSLATE_NOOP("ActionMenus", "Fix grammar"),
    QT_TRANSLATE_NOOP("ActionMenus", "Short"),
    QT_TRANSLATE_NOOP("ActionMenus", "Medium"),
    QT_TRANSLATE_NOOP("ActionMenus", "Long"),
    QT_TRANSLATE_NOOP("ActionMenus", "Bullet points"),
)


class ActionMenus(QObject):
    """Builds menus of actions; emits ``chosen(action, options, label)``."""

    chosen = Signal(str, dict, str)
    catalog_error = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._catalog: ActionCatalog | None = None  # read on first use, off the start-up path
        self._app_actions: list[dict] = []  # the database's user actions, as last read
        self._warnings: list[str] = []
        # Shortcut-bearing actions live on the window so their shortcuts work anywhere in it.
        self.summarize = self._make(self.tr("Summarize"), "F5", self._summarize_last)
        self.translate_last = self._make(self.tr("Translate"), "F6", self._translate_last)
        self.translate_other = self._make(self.tr("Translate to…"), "Shift+F6", self._translate_other)
        self.rewrite_last = self._make(self.tr("Rewrite"), "F7", self._rewrite_last)
        self.rewrite_custom = self._make(self.tr("Rewrite with instruction…"), "Shift+F7", self._rewrite_custom)
        self.continue_ = self._make(self.tr("Continue"), "F8", lambda: self.choose("continue", {}))
        self.summarize.setToolTip(self.tr("Summarize the selection, or the whole document (F5)"))
        self.continue_.setToolTip(self.tr("Continue writing from the cursor (F8)"))
        self.translate_lang = "English"
        self.rewrite_style = "formal"
        self.summary_length = "medium"
        self.run_actions = [self.summarize, self.translate_last, self.translate_other, self.rewrite_last,
                            self.rewrite_custom, self.continue_]

    def _make(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self._parent)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._parent.addAction(action)
        return action

    @property
    def catalog(self) -> ActionCatalog:
        return self._catalog if self._catalog is not None else self.load()

    @property
    def app_actions(self) -> list[dict]:
        """The user's app actions (rows of :mod:`core.storage.user_actions`), as last handed over."""
        return list(self._app_actions)

    def set_app_actions(self, rows: list[dict]) -> None:
        """Take the user's app actions, read from the database off the UI thread; reload."""
        self._app_actions = list(rows)
        self.load()

    def load(self) -> ActionCatalog:
        """Read the catalog again (the user may have edited their actions file); on a broken user
        file, the built-ins and the app actions, with the reason in the message bar."""
        from core.actions import NO_USER_FILE, load_catalog
        from core.errors import InkstoneError

        try:
            self._catalog = load_catalog(app_actions=self._app_actions)
        except InkstoneError as exc:
            self.catalog_error.emit(str(exc))
            self._catalog = load_catalog(user_file=NO_USER_FILE, app_actions=self._app_actions)
        # Said once, not each time a menu opens.
        if self._catalog.warnings != self._warnings:
            self._warnings = list(self._catalog.warnings)
            if self._warnings:
                self.catalog_error.emit("; ".join(self._warnings))
        return self._catalog

    def label(self, action: str, options: dict) -> str:
        """What the result pane's title says for a run."""
        names = {
            "summarize": self.tr("Summarize"),
            "translate": self.tr("Translate"),
            "rewrite": self.tr("Rewrite"),
            "continue": self.tr("Continue"),
        }
        base = names.get(action) or (self.catalog.actions[action].label if action in self.catalog.actions else action)
        if action == "translate" and options.get("lang"):
            return self.tr("{action} into {lang}").format(action=base, lang=options["lang"])
        if action == "rewrite" and options.get("instruction"):
            return self.tr("{action}: {detail}").format(action=base, detail=options["instruction"])
        if action == "rewrite" and options.get("style"):
            return self.tr("{action}: {detail}").format(action=base, detail=self.choice_name("rewrite", "style", options["style"]))
        if action == "summarize" and options.get("length"):
            return self.tr("{action}: {detail}").format(action=base, detail=self.choice_name("summarize", "length", options["length"]))
        return base

    def _choices(self, action: str, option: str) -> dict:
        """The choices of ``action``'s ``option`` (rewrite styles, summary lengths), in catalog order."""
        found = self.catalog.actions.get(action)
        choice_option = found.options.get(option) if found else None
        return choice_option.choices if choice_option else {}

    def choice_name(self, action: str, option: str, value: str) -> str:
        """A choice's label as the menus show it, in the interface's language."""
        choice = self._choices(action, option).get(value)
        label = choice.label if choice and choice.label else value
        return QCoreApplication.translate("ActionMenus", label)

    def choose(self, action: str, options: dict) -> None:
        if action == "translate" and options.get("lang"):
            self.translate_lang = options["lang"]
        if action == "rewrite" and options.get("style"):
            self.rewrite_style = options["style"]
        if action == "summarize" and options.get("length"):
            self.summary_length = options["length"]
        self.chosen.emit(action, options, self.label(action, options))

    # -- menus -----------------------------------------------------------------------------

    def populate(self, menu: QMenu) -> None:
        """Add every action to ``menu`` (a context menu or the Assistant menu)."""
        self.load()
        summarize = menu.addMenu(self.tr("Summarize"))
        summarize.setObjectName("SummarizeMenu")
        for length in self._choices("summarize", "length"):
            summarize.addAction(self.choice_name("summarize", "length", length),
                                lambda length=length: self.choose("summarize", {"length": length}))
        translate = menu.addMenu(self.tr("Translate"))
        translate.setObjectName("TranslateMenu")
        for text, _prompt_name in self.catalog.menu_languages:
            translate.addAction(text, lambda lang=text: self.choose("translate", {"lang": lang}))
        translate.addSeparator()
        translate.addAction(self.tr("Other…"), self._translate_other)
        rewrite = menu.addMenu(self.tr("Rewrite"))
        rewrite.setObjectName("RewriteMenu")
        for style in self._choices("rewrite", "style"):
            rewrite.addAction(self.choice_name("rewrite", "style", style), lambda style=style: self.choose("rewrite", {"style": style}))
        rewrite.addSeparator()
        rewrite.addAction(self.tr("Custom instruction…"), self._rewrite_custom)
        menu.addAction(self.continue_)
        own = [a for a in self.catalog.actions.values() if not a.builtin]
        if own:
            menu.addSeparator()
            for action in own:
                menu.addAction(action.label, lambda name=action.name: self.choose(name, {}))

    # -- choices that need a question first -------------------------------------------------

    def _translate_last(self) -> None:
        self.choose("translate", {"lang": self.translate_lang})

    def _summarize_last(self) -> None:
        known = self._choices("summarize", "length")
        self.choose("summarize", {"length": self.summary_length} if self.summary_length in known else {})

    def _rewrite_last(self) -> None:
        self.choose("rewrite", {"style": self.rewrite_style})

    def _translate_other(self) -> None:
        names = list(self.catalog.language_names)
        lang, ok = QInputDialog.getItem(
            self._parent, self.tr("Translate"), self.tr("Target language (pick or type one):"), names, 0, True
        )
        if ok and lang.strip():
            self.choose("translate", {"lang": lang.strip()})

    def _rewrite_custom(self) -> None:
        text, ok = QInputDialog.getText(
            self._parent, self.tr("Rewrite"), self.tr("How should the text be rewritten? (e.g. \"shorter, for a child\")")
        )
        if ok and text.strip():
            self.choose("rewrite", {"instruction": text.strip()})
