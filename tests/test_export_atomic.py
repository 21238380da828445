"""A failed or cancelled export leaves no file behind and never damages an earlier one."""

from __future__ import annotations

import os
import shutil

import pytest
from test_export_support import build_study

from exporters.atomic import atomic_output
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportError, ExportOptions
from exporters.word.report import write_docx
from storage.errors import TelaahError
from storage.progress import Cancelled

WRITERS = [(write_docx, "docx"), (write_xlsx, "xlsx")]


@pytest.fixture
def study(project):
    build_study(project)
    return project


def _earlier(study, tmp_path, writer, suffix):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"report.{suffix}"
    writer(study, path, ExportOptions(language="en"))
    return path, path.read_bytes()


def _calls(study, tmp_path, writer, suffix) -> int:
    count = 0

    def progress(_done, _total, _text=""):
        nonlocal count
        count += 1
        return True

    writer(study, tmp_path / f"count.{suffix}", ExportOptions(), progress)
    return count


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_cancelling_at_any_point_keeps_the_earlier_file(study, tmp_path, writer, suffix):
    path, before = _earlier(study, tmp_path, writer, suffix)
    total = _calls(study, tmp_path, writer, suffix)
    assert total >= 3
    for stop_at in range(total):
        seen = 0

        def progress(_done, _total, _text="", stop_at=stop_at):
            nonlocal seen
            seen += 1
            return seen <= stop_at

        with pytest.raises(Cancelled):
            writer(study, path, ExportOptions(), progress)
        assert path.read_bytes() == before
        assert os.listdir(path.parent) == [path.name]


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_a_failing_save_keeps_the_earlier_file(study, tmp_path, writer, suffix, monkeypatch):
    path, before = _earlier(study, tmp_path, writer, suffix)
    import docx.document

    import exporters.excel.workbook

    def broken_save(_document_or_workbook, target, *_args):
        with open(target, "wb") as stream:
            stream.write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    monkeypatch.setattr(exporters.excel.workbook, "_save", broken_save)
    with pytest.raises(ExportError, match="No space left on device"):
        writer(study, path, ExportOptions())
    assert path.read_bytes() == before
    assert os.listdir(path.parent) == [path.name]


@pytest.mark.parametrize("writer, suffix", WRITERS)
def test_output_folder_that_disappears_is_a_clear_error(study, tmp_path, writer, suffix):
    folder = tmp_path / "vanishing"
    folder.mkdir()
    calls = 0

    def progress(_done, _total, _text=""):
        nonlocal calls
        calls += 1
        if calls == 2:
            shutil.rmtree(folder)
        return True

    with pytest.raises(TelaahError, match="vanishing"):
        writer(study, folder / f"report.{suffix}", ExportOptions(), progress)
    assert not folder.exists()


def test_missing_or_unwritable_folder_is_refused_before_work(study, tmp_path, monkeypatch):
    with pytest.raises(ExportError, match="does not exist"):
        write_docx(study, tmp_path / "nowhere" / "r.docx")
    with pytest.raises(ExportError, match="is a folder"):
        write_docx(study, tmp_path)
    import exporters.atomic

    monkeypatch.setattr(exporters.atomic.os, "access", lambda *_args: False)
    with pytest.raises(ExportError, match="cannot be written"):
        write_xlsx(study, tmp_path / "r.xlsx")
    assert not (tmp_path / "r.xlsx").exists()


def test_atomic_output_replaces_only_on_success(tmp_path):
    target = tmp_path / "file.bin"
    target.write_bytes(b"old")
    with atomic_output(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_bytes(b"partial")
        raise RuntimeError("stop")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["file.bin"]
