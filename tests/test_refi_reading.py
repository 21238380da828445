"""Reading REFI-QDA files fast without changing what is read.

Source texts unpacked ahead in a second thread give exactly the document read one by
one; positions with spaces or signs are still accepted, empty selections skipped;
the garbage-collector pause nests and always ends.
"""

from __future__ import annotations

import gc

import pytest
from test_refi_support import TEXT, foreign_project, populate, write_qdpx

from exporters.refi import write_qdpx as export_qdpx
from importers.refi import import_refi_file, package, read_refi_file
from storage.gc_pause import gc_paused


def described(document) -> list:
    return [(s.guid, s.name, s.text, [(x.guid, x.start, x.end, x.memo, x.user,
                                       [(c.code_guid, c.user) for c in x.codings])
                                      for x in s.selections]) for s in document.sources]


def test_texts_unpacked_ahead_read_the_same_as_on_demand(project, tmp_path, monkeypatch):
    populate(project)
    for number in range(30):
        project.sources.add("document", f"Dok {number:02}", f"{number} {TEXT * number}")
    path = export_qdpx(project, tmp_path / "study.qdpx").path
    ahead = read_refi_file(path)
    monkeypatch.setattr(package, "MAX_PREFETCH_BYTES", 0)
    on_demand = read_refi_file(path)
    assert described(ahead) == described(on_demand)
    assert len(ahead.sources) == 32 and ahead.sources[-1].text.startswith("29 ")


def test_prefetch_stops_cleanly_when_the_file_is_refused(empty_project, tmp_path):
    root = foreign_project("urn:QDA-XML:spreadsheet:1.0", text_path="internal://a.txt")
    path = write_qdpx(tmp_path / "bad.qdpx", root, {"sources/a.txt": TEXT.encode()})
    with pytest.raises(Exception, match="namespace"):
        import_refi_file(empty_project, path)
    assert empty_project.sources.count() == 0
    assert gc.isenabled()


@pytest.mark.parametrize(("start", "end"), [(" 5 ", "17"), ("+5", " +17")])
def test_positions_with_spaces_or_signs(empty_project, tmp_path, start, end):
    root = foreign_project(content=TEXT)
    selection = root.find(".//{*}PlainTextSelection")
    selection.set("startPosition", start)
    selection.set("endPosition", end)
    import_refi_file(empty_project, write_qdpx(tmp_path / "odd.qdpx", root))
    assert {(s.start, s.end) for s in empty_project.segments.all()} == {(5, 17)}


def test_empty_selection_is_skipped_and_reported(empty_project, tmp_path):
    root = foreign_project(content=TEXT, start=5, end=5)
    summary = import_refi_file(empty_project, write_qdpx(tmp_path / "empty.qdpx", root))
    assert empty_project.segments.count() == 0
    assert any("empty selection" in line for line in summary.skipped)


def test_gc_pause_nests_and_restores_the_previous_state():
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
