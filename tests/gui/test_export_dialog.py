"""File > Export…: the dialog's options, a background export, cancel and errors."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_export_support import NAMES, build_study, xml_parts  # noqa: E402

from exporters.formats import FORMATS  # noqa: E402
from exporters.options import ExportOptions  # noqa: E402
from gui import i18n, jobs  # noqa: E402
from gui.app import build_window  # noqa: E402
from gui.exchange.export import ExportDialog, ExportFeature  # noqa: E402


@pytest.fixture
def window(qtbot, project):
    build_study(project)
    jobs.set_synchronous(True)
    window = build_window([ExportFeature])
    qtbot.addWidget(window)
    window.bridge.open(project)
    yield window
    jobs.set_synchronous(False)
    window.bridge.project = None


def feature(window) -> ExportFeature:
    return next(f for f in window.features if isinstance(f, ExportFeature))


def _check_only(widget, wanted: set[str]) -> None:
    for index in range(widget.count()):
        item = widget.item(index)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in wanted else Qt.CheckState.Unchecked)


def test_action_is_in_the_file_menu_and_follows_the_project(qtbot):
    window = build_window([ExportFeature])
    qtbot.addWidget(window)
    action = feature(window).action
    assert action in window.menu("file").actions()
    assert action.text() == "&Export…"
    assert not action.isEnabled()


def test_dialog_options_map_to_export_options(window):
    dialog = feature(window).open_dialog()
    assert dialog.options() == ExportOptions(language="id")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.real_names_check.setChecked(True)
    _check_only(dialog.framework_list, {"deseve2007"})
    _check_only(dialog.group_list, {"Pemilik UMKM", "Lainnya"})
    options = dialog.options()
    assert (options.language, options.include_real_names, options.frameworks,
            options.groups) == ("en", True, ["deseve2007"], ["Pemilik UMKM", "Lainnya"])
    dialog.pseudonymize_check.setChecked(True)
    assert not dialog.real_names_check.isEnabled()
    assert dialog.options().pseudonymize and not dialog.options().include_real_names
    dialog.format_combo.setCurrentIndex(1)
    assert dialog.output_path().suffix == ".xlsx"


def test_word_export_runs_and_names_the_file(window, tmp_path):
    dialog = feature(window).open_dialog()
    dialog.output_edit.setText(str(tmp_path / "laporan"))
    dialog.pseudonymize_check.setChecked(True)
    dialog.export()
    path = tmp_path / "laporan.docx"
    assert path.is_file() and str(path) in dialog.result_message
    assert str(path) in dialog.message_box.text()
    assert not dialog.isVisible()
    Document(str(path))
    text = "".join(xml_parts(path).values()).casefold()
    assert not any(name.casefold() in text for name in NAMES)


def test_excel_export_with_group_filter(window, tmp_path):
    dialog = feature(window).open_dialog()
    dialog.format_combo.setCurrentIndex(1)
    dialog.output_edit.setText(str(tmp_path / "data.xlsx"))
    _check_only(dialog.group_list, {"Platform/perusahaan swasta"})
    dialog.export()
    sheet = openpyxl.load_workbook(tmp_path / "data.xlsx").worksheets[0]  # "Segmen" (id)
    assert sheet.max_row == 3  # header + the platform participant's two segments


def test_cancel_through_progress_keeps_earlier_file(window, tmp_path, monkeypatch):
    path = tmp_path / "report.docx"
    path.write_bytes(b"earlier export")
    real_run_job = jobs.run_job

    def cancelling_run_job(fn, on_done, on_error, **kwargs):
        def cancelled(progress):
            return fn(lambda done, total, text="": False)
        return real_run_job(cancelled, on_done, on_error, **kwargs)

    monkeypatch.setattr(jobs, "run_job", cancelling_run_job)
    dialog = feature(window).open_dialog()
    dialog.output_edit.setText(str(path))
    dialog.export()
    assert path.read_bytes() == b"earlier export"
    assert "cancelled" in dialog.error_message
    assert dialog.isVisible() and dialog.buttons.isEnabled()


def test_problems_are_reported_not_raised(window, tmp_path):
    dialog = feature(window).open_dialog()
    _check_only(dialog.framework_list, set())
    dialog.export()
    assert "framework" in dialog.message_box.text()
    _check_only(dialog.framework_list, {"ag2008"})
    dialog.output_edit.setText(str(tmp_path / "missing" / "r.docx"))
    dialog.export()
    assert "does not exist" in dialog.error_message
    assert "does not exist" in dialog.message_box.text()


def test_dialog_has_no_hard_coded_untranslated_labels(window):
    dialog = ExportDialog(window.bridge.project, window)
    assert dialog.windowTitle() == "Export"
    assert dialog.format_combo.itemText(0) == "Word report (.docx)"
    assert dialog.language_combo.itemText(0) == "Bahasa Indonesia"


def test_report_contents_options(window):
    dialog = feature(window).open_dialog()
    assert not dialog.options().include_all and dialog.options().include_memos
    dialog.all_indicators_check.setChecked(True)
    dialog.memos_check.setChecked(False)
    options = dialog.options()
    assert options.include_all and not options.include_memos
    dialog.reject()


def test_formats_come_from_the_registry_in_the_interface_language(qtbot, window):
    dialog = ExportDialog(window.bridge.project, window)
    combo = dialog.format_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["docx", "xlsx"]
    assert combo.itemText(1) == "Excel workbook (.xlsx)"
    combo.setCurrentIndex(1)
    assert dialog.output_edit.text().endswith("study.xlsx")
    if "id" not in i18n.available_languages():
        pytest.skip("no Indonesian translation built")
    try:
        i18n.set_language("id")
        qtbot.waitUntil(lambda: combo.itemText(0) == "Laporan Word (.docx)", timeout=2000)
        assert i18n.format_text(FORMATS["xlsx"].file_filter) == "Buku kerja Excel (*.xlsx)"
    finally:
        i18n.set_language("en")
