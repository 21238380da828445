"""Switching the interface language live: menus, dock titles and panels follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from gui import i18n
from gui.app import build_window
from gui.preferences.dialog import PreferencesFeature
from gui.project.actions import ProjectActions
from gui.sources.feature import SourcesFeature
from gui.sources.model import BY_TECHNIQUE
from storage import config


@pytest.fixture
def window(qtbot, project):
    window = build_window([SourcesFeature, ProjectActions, PreferencesFeature])
    qtbot.addWidget(window)
    window.bridge.open(project)
    panel = window.features[0].panel
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData(BY_TECHNIQUE))
    yield window
    i18n.set_language("en")
    window.bridge.project = None


def test_translation_file_is_shipped():
    assert i18n.qm_path("id").is_file()
    assert i18n.available_languages() == ["en", "id"]


def test_switching_to_indonesian_and_back_is_live(qtbot, window):
    dock = window.findChild(QDockWidget, "sourcesDock")
    panel = window.features[0].panel
    file_menu = window.menu("file")
    assert (file_menu.title(), dock.windowTitle()) == ("&File", "Sources")
    assert i18n.set_language("id") == "id"
    qtbot.waitUntil(lambda: file_menu.title() == "&Berkas")
    assert dock.windowTitle() == "Sumber"
    assert window.menu("edit").title() == "&Sunting"
    assert panel.filter_edit.placeholderText() == "Saring sumber"
    assert panel.model.group_labels() == ["Wawancara", "Observasi", "Dokumentasi"]
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Sumber"
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "Proyek &baru…" in texts and "&Impor sumber…" in texts
    i18n.set_language("en")
    qtbot.waitUntil(lambda: file_menu.title() == "&File")
    assert dock.windowTitle() == "Sources"
    assert panel.model.group_labels() == ["Interviews", "Observations", "Documents"]


def test_configured_language(monkeypatch):
    config.set_values(ui_language="id")
    assert i18n.configured_language() == "id"
    config.set_values(ui_language="fr")
    assert i18n.configured_language() == "en"
    config.set_values(ui_language="in_ID")  # the old code for Indonesian
    assert i18n.configured_language() == "id"


def test_wrapped_contexts_and_qt_buttons_are_translated(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        i18n.set_language("id")
        assert QCoreApplication.translate("Labels", "Interview") == "Wawancara"
        assert QCoreApplication.translate("QPlatformTheme", "Close") == "Tutup"
        assert QCoreApplication.translate("SourcesPanel", "Its %n coding(s) will be "
                                          "deleted with it.", None, 3) == (
            "3 koding di dalamnya ikut terhapus.")
    finally:
        i18n.set_language("en")
    assert QCoreApplication.translate("Labels", "Interview") == "Interview"
