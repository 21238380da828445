"""The media command line: import PDF/JPEG, media add, info --json counts."""

from __future__ import annotations

import json

from media_files import exif_jpeg, report_pdf, tone_wav

from cli.main import run


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_media_add_and_info(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    report_pdf(tmp_path / "mou.pdf", 2)
    assert cli(capsys, "new", path)[0] == 0
    code, out, _ = cli(capsys, "import", path, tmp_path / "mou.pdf", "--kind", "document",
                       "--date", "2024-03-01", "--title", "MoU Dinas Koperasi")
    assert code == 0 and "2 pages" in out
    assert cli(capsys, "import", path, exif_jpeg(tmp_path / "foto.jpg"), "--kind",
               "document")[0] == 0
    assert cli(capsys, "import", path, tmp_path / "mou.pdf")[0] == 0  # kind: document
    code, out, _ = cli(capsys, "media", "add", path, 1, tone_wav(tmp_path / "r.wav", 2))
    assert code == 0 and "00:00:02" in out
    info = json.loads(cli(capsys, "info", path, "--json")[1])
    assert info["media"] == 4 and info["page_aware_sources"] == 2
    assert info["media_by_role"] == {"recording": 1, "original": 2, "image": 1,
                                     "page_image": 0}
    assert info["sources_by_kind"]["document"] == 3


def test_bad_files_exit_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    cli(capsys, "new", path)
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    code, _out, err = cli(capsys, "import", path, tmp_path / "rusak.pdf", "--kind", "document")
    assert code == 2 and err.count("\n") == 1 and "rusak.pdf" in err
    code, _out, err = cli(capsys, "media", "add", path, 99, tone_wav(tmp_path / "r.wav", 1))
    assert code == 2 and "Traceback" not in err
    info = json.loads(cli(capsys, "info", path, "--json")[1])
    assert info["sources"] == 0 and info["media"] == 0
