"""File dialogs: fully Indonesian in the Indonesian interface, and started in a useful
folder (the last one used for that kind of file, else the project's, else documents)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
)

from gui import file_dialogs, i18n

sys_path = Path(__file__).resolve().parents[2] / "tools"


def qt_file_dialog_sources() -> set[str]:
    """The English texts of Qt's file dialog, as the translation tool lists them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_translations",
                                                  sys_path / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sources = set()
    for context in ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider",
                    "QPlatformTheme"):
        for entry in module.QT_MESSAGES[context]:
            text = entry[0] if isinstance(entry, tuple) else entry
            sources.add(text.replace("&", "").strip())
    return sources


def visible_texts(dialog: QFileDialog) -> set[str]:
    texts = set()
    for label in dialog.findChildren(QLabel):
        texts.add(label.text())
    for button in dialog.findChildren(QAbstractButton):
        texts |= {button.text(), button.toolTip()}
    for combo in dialog.findChildren(QComboBox):
        texts |= {combo.itemText(i) for i in range(combo.count())}
    for header in dialog.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            texts |= {str(model.headerData(i, header.orientation()))
                      for i in range(header.count())}
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and not isinstance(view, QHeaderView):
            texts |= {str(model.index(r, 0, QModelIndex()).data())
                      for r in range(min(model.rowCount(), 20))}
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


@pytest.fixture
def indonesian():
    # windows of earlier tests (closed, their projects closed) go before the switch
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert i18n.set_language("id") == "id"
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("mode", ["open", "save"])
def test_no_english_label_remains_in_the_indonesian_file_dialog(qtbot, tmp_path, indonesian,
                                                                 mode):
    (tmp_path / "wawancara.txt").write_text("x", encoding="utf-8")
    dialog = QFileDialog(None, "Impor sumber", str(tmp_path), "Teks (*.txt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    assert {"Lihat di:", "Nama berkas:", "Jenis berkas:", "Batal"} <= texts
    assert "Buka" in texts or "Simpan" in texts
    assert {"Nama", "Ukuran", "Tanggal diubah"} <= texts
    english = texts & qt_file_dialog_sources()
    assert english - {"OK", "Folder"} == set()  # same word in both languages


def test_start_folder_last_used_else_project_else_documents(tmp_path, project):
    documents = file_dialogs.documents_folder()
    assert file_dialogs.start_folder("sources") == documents
    assert Path.cwd() != documents or documents == Path.home()
    assert file_dialogs.start_folder("sources", project) == project.path.parent
    chosen = tmp_path / "interviews"
    chosen.mkdir()
    file_dialogs.remember_folder("sources", chosen / "a.txt")
    assert file_dialogs.start_folder("sources", project) == chosen
    assert file_dialogs.start_folder("export", project) == project.path.parent
    chosen.rmdir()  # a folder that has gone is not offered
    assert file_dialogs.start_folder("sources", project) == project.path.parent
