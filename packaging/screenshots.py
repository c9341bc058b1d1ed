"""Regenerate the README screenshots in docs/screenshots/ from the real app and the bundled model.

    python packaging/screenshots.py            # offscreen rendering (no display needed)
    xvfb-run -a python packaging/screenshots.py --platform xcb   # through a real X server
    python packaging/screenshots.py --only models --only versions   # just some of them

Chinese text needs a CJK font (Debian/Ubuntu: ``apt-get install fonts-noto-cjk``); without one
it renders as boxes. The script works in a temporary data folder, so it never touches your own
history, datasets or preferences.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

ESSAY = """# The lighthouse keeper

The lighthouse on Gull Point was built in 1871 and kept by the same family for four generations. Every evening the keeper climbed one hundred and twelve steps to light the lamp, and every morning he wrote the weather, the ships and the birds into a leather logbook.

When the light was automated in 1987, the last keeper refused to leave. The council let him stay in the cottage as long as he kept the garden tidy and told visitors the old stories. He kept both promises for twenty years, and the logbooks he left behind are now the best record of the coast's changing weather.

Their is many reasons why peoples still visits the point, but most of them comes for the silence."""

# For the spelling and grammar screenshot: a few everyday mistakes of each kind.
NOTES = """# Notes from the harbor

The ferry was late again this morning, and the wind had teh smell of rain. I has walked the seawall every day this week, and it is definately the best part of my routine.

Their is a small cafe by the pier where the owner remembers every order. She don't write anything down; she says a good memory is the the only notebook she needs.

Tomorrow I will try the early boat and see if the fog lifts before noon. It would be a beautifull start to the week..."""

SHOTS = ("main", "diff", "grammar", "versions", "models", "personalization", "training", "zh")

DOCS = [
    "Morning on the coast begins with gulls, wet stone and the smell of bread from the harbour bakery.",
    "By noon the fishermen mend their nets on the quay and argue, kindly, about yesterday's weather.",
    "In the afternoon the light turns silver and the tide pulls back to show the old wreck's ribs.",
    "At dusk the lighthouse wakes, and the whole village seems to breathe more slowly.",
    "At night I write by the window, listening to the sea count its long, patient numbers.",
]


def wait_for(signal, timeout_ms: int = 180_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(ms: int = 300) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def select(tab, start: int, end: int) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = tab.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    tab.editor.setTextCursor(cursor)


def run_action(window, action: str, options: dict) -> None:
    session = window.run_action(action, options, "")
    if session is None:
        raise SystemExit(f"could not start {action}: {window.message_bar.text}")
    wait_for(session.ended)
    if session.state not in ("done", "cancelled"):
        raise SystemExit(f"{action} failed: {session.error}")
    settle()


def save(widget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO)}")


def grammar_shot(window, home: Path, out: Path) -> None:
    """Underlines, the suggestions menu on a misspelled word and the Check-document panel."""
    from PySide6.QtCore import QEventLoop, QPoint, QTimer, Qt
    from PySide6.QtGui import QPainter, QTextCursor

    document = home / "harbor-notes.md"
    document.write_text(NOTES, encoding="utf-8")
    tab = window.documents.open_file(document)
    for dock in (window.result_dock, window.history_dock, window.personal_dock):
        dock.hide()
    window.grammar.show_panel()
    window.resizeDocks([window.grammar.dock], [420], Qt.Orientation.Horizontal)
    controller = window.grammar.controller
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if controller.loaded and controller.rules and not controller.busy else None)
    poll.start(50)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    poll.stop()
    settle(600)
    window.grammar.panel.refresh()
    cursor = QTextCursor(tab.document)
    cursor.setPosition(NOTES.index("definately") + 4)
    tab.editor.setTextCursor(QTextCursor(tab.document))
    rect = tab.editor.cursorRect(cursor)
    menu = window.context_menu(tab, rect.center())
    # Opened just below the word, so the underline it is about stays in the picture.
    menu.popup(tab.editor.viewport().mapToGlobal(rect.bottomLeft()) + QPoint(-40, 6))
    settle(400)
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    out.mkdir(parents=True, exist_ok=True)
    path = out / "spelling-grammar.png"
    if not shot.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO)}")
    window.grammar.dock.hide()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"), help="Qt platform plugin (offscreen or xcb)")
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"), help="output folder")
    parser.add_argument("--only", action="append", choices=SHOTS, help="make only these screenshots (may be repeated)")
    args = parser.parse_args()
    wanted = set(args.only or SHOTS)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    home = Path(tempfile.mkdtemp(prefix="inkstone-shots-"))
    os.environ["INKSTONE_HOME"] = str(home)
    out = Path(args.out)

    from PySide6.QtCore import Qt

    from desktop.app import create_app
    from desktop.main_window import MainWindow
    from desktop.preferences import Preferences

    app = create_app(["inkstone"])
    if "models" in wanted:
        # The Models dialog on a staged computer (no main window needed).
        models_shots(home, out)
    if not wanted - {"models"}:
        return 0
    prefs = Preferences()
    prefs.temperature = 0.0
    prefs.max_tokens = 90
    window = MainWindow(prefs=prefs, preload=False, check_recovery=False)
    window.documents.ask_save = lambda tab: "discard"
    window.resize(1360, 820)
    window.show()
    document = home / "lighthouse.md"
    document.write_text(ESSAY, encoding="utf-8")
    tab = window.documents.open_file(document)
    window.resizeDocks([window.result_dock], [480], Qt.Orientation.Horizontal)

    # 1. The main window with a summary streamed into the result pane.
    if "main" in wanted:
        start = ESSAY.index("The lighthouse on Gull Point")
        end = ESSAY.index("changing weather.") + len("changing weather.")
        select(tab, start, end)
        run_action(window, "summarize", {"length": "short"})
        save(window, out / "main-window.png")
        window.flow.discard()

    # 2. The word-level diff of a grammar fix.
    if "diff" in wanted:
        start = ESSAY.index("Their is many")
        select(tab, start, len(ESSAY))
        run_action(window, "rewrite", {"style": "fix-grammar"})
        window.result_pane.tabs.setCurrentIndex(1)
        settle()
        save(window, out / "diff-view.png")
        window.flow.discard()

    # 2b. Spelling and grammar: underlines, the suggestions menu, the Check-document panel.
    if "grammar" in wanted:
        grammar_shot(window, home, out)
        window.tabs.setCurrentWidget(tab)
        window.result_dock.show()

    # 2c. File ▸ Versions: the document's earlier versions, one compared with the current text.
    if "versions" in wanted:
        versions_shot(window, home, out)
        window.tabs.setCurrentWidget(tab)

    if not wanted & {"personalization", "training", "zh"}:
        window.shutdown()
        window.close()
        return 0

    if wanted & {"personalization", "training"}:
        # 3. The personalization panel: a dataset built from the user's own documents.
        docs = home / "journal"
        docs.mkdir()
        for index in range(3):
            (docs / f"day-{index + 1}.md").write_text("\n\n".join(DOCS[index:] + DOCS[:index]), encoding="utf-8")
        panel = window.panels.personalization
        window.result_dock.hide()
        window.panels.show_personalization()
        window.resizeDocks([window.personal_dock], [620], Qt.Orientation.Horizontal)
        from core.datasets_build import BuildOptions

        panel.datasets.build("documents", "my-voice", paths=[str(docs)], options=BuildOptions(min_chars=40, eval_fraction=0.2))
        wait_for(panel.datasets.examples_loaded, 60_000)
        panel.datasets.examples_view.setCurrentItem(panel.datasets.examples_view.topLevelItem(0))
        settle()
        save(window, out / "personalization.png")
        from desktop import training_job

        if "training" in wanted and training_job.available():
            # A short real run on the dataset above, so the chart shows its loss curves.
            from core.training import TrainConfig

            panel.tabs.setCurrentWidget(panel.training)
            config = TrainConfig(max_steps=24, micro_batch_size=2, eval_interval=4, max_seq_len=128, learning_rate=2e-3)
            if panel.training.start("my-voice", config) is None:
                raise SystemExit("could not start the training run for the screenshot")
            wait_for(panel.training.ended, 600_000)
            panel.training.runs_view.setCurrentItem(panel.training.runs_view.topLevelItem(0))
            settle()
            save(window, out / "training.png")

    # 4. The interface in Simplified Chinese.
    from desktop.i18n import install_translators

    window.shutdown()
    window.close()
    if "zh" not in wanted:
        return 0
    install_translators(app, "zh_CN")
    zh = MainWindow(prefs=prefs, preload=False, check_recovery=False)
    zh.documents.ask_save = lambda tab: "discard"
    zh.resize(1360, 820)
    zh.show()
    zh.documents.current_tab().set_text("村里的图书馆建于1952年，最初只有农民捐赠的三百本书。\n\n几十年来，它成为小镇的中心。")
    zh.personal_dock.hide()
    zh.history_dock.hide()
    zh.result_dock.show()
    zh.resizeDocks([zh.result_dock], [480], Qt.Orientation.Horizontal)
    tab = zh.documents.current_tab()
    select(tab, 0, len(tab.text()))
    run_action(zh, "summarize", {"length": "short"})
    settle(500)
    save(zh, out / "main-window-zh.png")
    zh.shutdown()
    zh.close()
    return 0


def versions_shot(window, home: Path, out: Path) -> None:
    """A short story saved a few times, changed once by another program, and File ▸ Versions open
    with its first draft compared with the current text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from desktop import file_watch

    story = home / "harbour-story.md"
    drafts = [
        "The boats came in at dusk.\n\nNobody on the quay spoke of the storm.",
        "The fishing boats came in at dusk, low in the water.\n\nNobody on the quay spoke of the storm.",
        "The fishing boats came in at dusk, low in the water.\n\nNobody on the quay spoke of the storm, "
        "but everyone looked at the sky.",
    ]
    story.write_text(drafts[0], encoding="utf-8")
    tab = window.documents.open_file(story)
    for draft in drafts[1:]:
        tab.replace_all(draft)
        window.documents.save_tab(tab)
    done = []
    window.file_watch.checked.connect(lambda _tab, outcome: done.append(outcome))
    story.write_text(drafts[-1] + "\n\nA line added on the laptop, synced in.", encoding="utf-8")
    while file_watch.RELOADED not in done:
        wait_for(window.file_watch.checked, 10_000)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("\n\nBy morning the harbour was calm.")
    window.documents.save_tab(tab)
    window.message_bar.dismiss()
    window.result_dock.hide()
    window.panels.show_versions()
    window.resizeDocks([window.versions_dock], [560], Qt.Orientation.Horizontal)
    panel = window.panels.versions
    panel.select(panel.list.topLevelItemCount() - 1)
    panel.compare_selected()
    settle()
    save(window, out / "versions.png")
    window.versions_dock.hide()
    window.result_dock.show()


def models_shots(home: Path, out: Path) -> None:
    """The Models dialog on a staged computer: the bundled model where Ollama and LM Studio keep
    their models (hard links, so nothing is copied), and the real catalog with its recommendation."""
    import hashlib
    import json
    import os
    import shutil

    from core.models import bundled_model_path
    from core.models.locations import tool_locations
    from desktop.models_dialog import DOWNLOAD_TAB, FOUND_TAB, ModelsDialog

    source = bundled_model_path()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    ollama = home / "tools" / "ollama"
    lmstudio = home / "tools" / "home" / ".lmstudio" / "models" / "HuggingFaceTB" / "SmolLM2-135M-Instruct-GGUF"
    for target in (ollama / "blobs" / f"sha256-{digest}", lmstudio / source.name):
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    manifest = ollama / "manifests" / "registry.ollama.ai" / "library" / "smollm2" / "135m"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    layer = {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": source.stat().st_size}
    manifest.write_text(json.dumps({"schemaVersion": 2, "layers": [layer]}), encoding="utf-8")

    dialog = ModelsDialog(None)
    dialog.locations = tool_locations(env={"OLLAMA_MODELS": str(ollama)}, home=home / "tools" / "home")
    dialog.resize(1120, 600)
    dialog.show()
    dialog.search()
    wait_for(dialog.search_done)
    dialog.catalog.reload()
    wait_for(dialog.catalog.shown)
    dialog.tabs.setCurrentIndex(FOUND_TAB)
    dialog.found_tree.topLevelItem(0).setSelected(True)
    settle()
    save(dialog, out / "models-found.png")
    dialog.tabs.setCurrentIndex(DOWNLOAD_TAB)
    settle()
    save(dialog, out / "models-dialog.png")
    dialog.shutdown()
    dialog.close()


if __name__ == "__main__":
    sys.exit(main())
