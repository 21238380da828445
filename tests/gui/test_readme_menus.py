"""The README's menu paths ("File → Open project…") exist in the app's menus, and the
repository paths it names exist in the repository."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMenu

from gui.app import build_window

ROOT = Path(__file__).resolve().parents[2]


def menu_texts(window) -> dict[str, set[str]]:
    """Top menu title -> texts of everything under it, without accelerators and '…'."""
    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

    def walk(menu: QMenu) -> set[str]:
        found = set()
        for action in menu.actions():
            found.add(plain(action.text()))
            if action.menu() is not None:
                found |= walk(action.menu())
        return found

    return {plain(a.text()): walk(a.menu()) for a in window.menuBar().actions() if a.menu()}


def readme_menu_paths(text: str, tops) -> list[tuple[str, str]]:
    """(menu, what follows the arrow) for each "Menu → ..." of a known top menu."""
    text = " ".join(text.split())
    pattern = "(" + "|".join(re.escape(t) for t in sorted(tops, key=len, reverse=True)) + ")"
    return [(m.group(1), m.group(2)) for m in re.finditer(pattern + r" → ([^()`]{1,60})", text)]


def test_readme_menu_paths_are_true(qtbot):
    window = build_window()
    qtbot.addWidget(window)
    menus = menu_texts(window)
    paths = readme_menu_paths((ROOT / "README.md").read_text(encoding="utf-8"), menus)
    assert len(paths) >= 4
    wrong = [f"{top} → {rest}" for top, rest in paths
             if not any(item and rest.startswith(item) for item in menus[top])]
    assert wrong == [], f"README menu paths not in the app: {wrong}"
    assert any(top == "Help" and rest.startswith("Open demo study") for top, rest in paths)
    assert "Analysis → Evaluation" not in " ".join(f"{t} → {r}" for t, r in paths)


def test_readme_repository_paths_exist():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"`((?:docs|resources|tools|tests|gui|storage|benchmarks|shared|"
                       r"importers|exporters|analysis|cli)/[^`\s]*)`", text)
    named += re.findall(r"\]\(((?:docs|resources)/[^)\s]+)\)", text)
    assert named
    assert [p for p in named if not (ROOT / p).exists()] == []
