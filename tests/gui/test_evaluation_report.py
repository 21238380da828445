"""The evaluation workspace for a findings chapter (issue 18): the verdict editor commits
only on Enter or a click, rows grouped by framework and dimension, the printable board,
triangulation per chosen kind with each group's and technique's words side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from test_evaluation import panel, show, study  # noqa: F401 (the fixtures, shared)

from analysis import save_kinds
from gui.evaluation.board import TRIANGULATION, VERDICT, VerdictEditor
from gui.evaluation.board_print import board_document, board_html
from gui.evaluation.grouping import Heading
from gui.evaluation.triangulation import KINDS_COL


def _editor(evaluation, code_id):
    """Open the verdict editor the way a double-click does."""
    table, model = evaluation.board.table, evaluation.board.model
    index = model.index(model.row_of(code_id), VERDICT)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(VerdictEditor, "verdictEditor")
    return table.itemDelegateForColumn(VERDICT), editor, index


def test_arrow_keys_and_wheel_never_set_a_verdict(qtbot, panel, study):  # noqa: F811
    project, ids = study
    show(panel, panel.board)
    delegate, editor, index = _editor(panel, ids["trust"])
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # opens the list, does not choose
    assert editor.currentData() == "" and editor.view().isVisible()
    assert project.evaluation.judgement(ids["trust"]) is None
    editor.hidePopup()
    delegate.setModelData(editor, panel.board.model, index)  # leaving the cell
    assert project.evaluation.judgement(ids["trust"]) is None
    assert project.evaluation.history(ids["trust"]) == []
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert editor.currentData() == ""  # still: arrows only move within the open list
    # a click (or Enter) on an entry of the open list chooses it
    met = editor.findData("met")
    editor.setCurrentIndex(met)
    editor.activated.emit(met)
    qtbot.waitUntil(lambda: project.evaluation.judgement(ids["trust"]) is not None)
    assert project.evaluation.judgement(ids["trust"]).verdict == "met"
    assert [h["verdict"] for h in project.evaluation.history(ids["trust"])] == ["met"]


def test_board_and_triangulation_rows_grouped_by_framework_and_dimension(panel, study):  # noqa: F811,E501
    project, ids = study
    lang = panel.lang
    names = {key: project.codes.resolve(key).label(lang)
             for key in ("ag2008", "ag2008.process", "deseve2007")}
    for page in (panel.board, panel.triangulation):
        show(panel, page)
        rows = page.model.rows
        headings = {(r.level, r.label): i for i, r in enumerate(rows) if isinstance(r, Heading)}
        assert headings[(0, names["ag2008"])] == 0  # the first row names the framework
        dimension = headings[(1, names["ag2008.process"])]
        framework = headings[(0, names["deseve2007"])]
        trust = next(i for i, r in enumerate(rows) if r.code_id == ids["trust"])
        assert dimension < trust < framework
        assert not page.model.flags(page.model.index(dimension, 0)) & Qt.ItemFlag.ItemIsSelectable
    panel.set_level("all")
    show(panel, panel.board)
    assert not any(isinstance(r, Heading) for r in panel.board.model.rows)  # a tree already


def test_printable_board(panel, study, tmp_path):  # noqa: F811
    project, ids = study
    project.evaluation.set_judgement(ids["trust"], verdict="partly_met",
                                     conclusion="Tumbuh pelan. Ada keraguan.")
    panel.refresh_now()
    show(panel, panel.board)
    page = board_html(panel.board.model, "Papan")
    assert project.codes.resolve("ag2008.process").label(panel.lang) in page
    assert "Tumbuh pelan." in page
    assert "Ada keraguan" not in page  # the short conclusion: its first sentence
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "board.pdf"))
    board_document(panel.board.model, "Papan").print_(printer)
    assert (tmp_path / "board.pdf").read_bytes()[:4] == b"%PDF"
    dialog = panel.board.print_board()
    assert dialog is not None and dialog.objectName() == "boardPrintPreview"
    dialog.close()


def test_triangulation_tab_kinds_and_voices(panel, study):  # noqa: F811
    project, ids = study
    save_kinds(project, ["source", "technique", "time"])
    panel.refresh_now()
    tab = panel.triangulation
    show(panel, tab)
    assert tab.current_code() is not None  # the first indicator, not a heading row
    row = next(i for i, r in enumerate(tab.model.rows) if r.code_id == ids["trust"])
    assert tab.model.data(tab.model.index(row, KINDS_COL)) in (
        "Source ✓  Technique ✓  Time ✓", "Sumber ✓  Teknik ✓  Waktu ✓")
    tab.table.selectRow(row)
    by_group = tab.breakdowns[1]
    cells = {by_group.item(r, 0).text(): [by_group.item(r, c).text() for c in (1, 2, 3)]
             for r in range(by_group.rowCount())}
    assert cells["Instansi pemerintah"][:2] == ["1", "0"]
    assert cells["Pemilik UMKM"][:2] == ["0", "1"]  # the contradiction shows beside
    assert cells["Instansi pemerintah"][2].startswith("Rapat koordinasi")
    show(panel, panel.board)  # the board shows the same result per kind
    board = panel.board.model
    assert board.data(board.index(board.row_of(ids["trust"]), TRIANGULATION)) == (
        tab.model.data(tab.model.index(row, KINDS_COL)))
    by_technique = tab.breakdowns[0]
    shown = [by_technique.item(r, 3).text() for r in range(by_technique.rowCount())]
    assert sum(1 for text in shown if text) == 2  # interview and observation said something
