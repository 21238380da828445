"""Accelerators stay unique in every menu of the Indonesian translation, read from the
.ts file (the maintained source) for the menus the window builds."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from gui import i18n, jobs
from gui.app import build_window
from tools import update_translations as tool


@pytest.fixture
def window(qtbot, project):
    i18n.set_language("en")
    window = build_window()
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    jobs.wait_for_jobs()
    window.bridge.close()


def translations() -> dict[tuple[str, str], str]:
    """(context, source) -> Indonesian, from the .ts."""
    return {(context.findtext("name"), message.findtext("source")):
            message.findtext("translation") or ""
            for context in ET.parse(tool.TS).getroot().iter("context")
            for message in context.iter("message")}


def indonesian(source: str, table: dict[tuple[str, str], str]) -> str:
    """The Indonesian of a menu text; a text used in several contexts must agree."""
    found = {text for (_context, english), text in table.items() if english == source}
    assert len(found) <= 1, (source, found)
    return found.pop() if found else source


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def duplicates(texts: list[str]) -> list[str]:
    keys = [k for k in map(accelerator, texts) if k]
    return sorted({k for k in keys if keys.count(k) > 1})


def test_each_menu_keeps_unique_accelerators_in_indonesian(window):
    table = translations()
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    assert len(menus) >= 6
    titles = [indonesian(menu.title(), table) for menu in menus]
    assert duplicates(titles) == [], titles
    for menu in menus:
        texts = [indonesian(a.text(), table) for a in menu.actions()
                 if not a.isSeparator() and a.text()]
        assert duplicates(texts) == [], (menu.title(), texts)
