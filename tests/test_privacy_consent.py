"""Issue 13, points 5-7: one consent rule for every output, confidential studies, modes.

The demo study has P11 (consent pending) and P12 (consent withdrawn), each the only
speaker of some coded segments. No Word quote, workbook row or REFI-QDA selection may
come from them unless the researcher overrides P11's pending consent; every output says
how many participants were left out, never who.
"""

from __future__ import annotations

import os
import stat
import zipfile

import openpyxl
import pytest
from docx import Document

from cli.main import run
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.refi import write_qdpx
from exporters.word.report import write_docx
from importers.demo import write_demo
from storage import Project, backup
from storage.errors import ValidationError


@pytest.fixture
def demo(tmp_path):
    """The demo study, with segments spoken by P11 (pending) and P12 (withdrawn)."""
    project = write_demo(tmp_path / "demo.telaah", coder="Tester")
    meeting = next(s for s in project.sources.list() if s.title.startswith("Observasi rapat"))
    trust = project.codes.resolve("ag2008.process.trust_building").id
    for code, start in (("P11", 0), ("P12", 200), ("P11", 400)):
        speaker = project.participants.by_code(code).id
        project.segments.add(meeting.id, trust, start, start + 60, participant_id=speaker)
    yield project
    project.close()


def _segment_participants(path) -> list[str]:
    sheet = openpyxl.load_workbook(path, read_only=True)["Segmen"]   # --lang id titles
    rows = list(sheet.iter_rows(values_only=True))
    column = rows[0].index("Partisipan")
    return [row[column] for row in rows[1:]]


def _quote_attributions(path) -> str:
    return "\n".join(p.text for p in Document(path).paragraphs if " \u00b7 " in p.text)


def _guids_spoken_by(project, codes: set[str]) -> list[str]:
    """Segments whose speaker (their own, else their source's first participant) is one
    of `codes`."""
    ids = {p.id for p in project.participants.list() if p.code in codes}
    first = {s.id: (s.participant_ids or [None])[0] for s in project.sources.list()}
    return [s.guid for s in project.segments.all()
            if (s.participant_id or first[s.source_id]) in ids]


def test_pending_and_withdrawn_participants_are_left_out_of_every_output(demo, tmp_path):
    book, report, archive = tmp_path / "a.xlsx", tmp_path / "a.docx", tmp_path / "a.qdpx"
    write_xlsx(demo, book)
    write_docx(demo, report, ExportOptions(max_quotes=20))
    result = write_qdpx(demo, archive)
    speakers = set(_segment_participants(book))
    assert "P01" in speakers and not {"P11", "P12"} & speakers
    attributions = _quote_attributions(report)
    assert "P01" in attributions and "P11" not in attributions and "P12" not in attributions
    left_out = _guids_spoken_by(demo, {"P11", "P12"})
    with zipfile.ZipFile(archive) as qdpx:
        qde = qdpx.read("project.qde").decode()
    assert left_out and not [g for g in left_out if g in qde]
    assert result.segments == demo.segments.count() - len(left_out)
    note = "(persetujuan belum diberikan: 1; persetujuan ditarik: 1)"
    assert any(note in p.text for p in Document(report).paragraphs)
    privacy = openpyxl.load_workbook(book, read_only=True)["Privasi"]
    assert any(note in str(row[0]) for row in privacy.iter_rows(values_only=True))
    assert "left out (consent pending: 1; consent withdrawn: 1)" in result.describe()


def test_a_recorded_override_lets_a_pending_participant_be_quoted(demo, tmp_path):
    p11 = demo.participants.by_code("P11")
    demo.participants.set_quote_override(p11.id, "Nadia")
    assert demo.participants.by_code("P11").quote_override.endswith("Nadia")
    write_xlsx(demo, tmp_path / "b.xlsx")
    assert "P11" in set(_segment_participants(tmp_path / "b.xlsx"))
    with pytest.raises(ValidationError, match="not pending"):
        demo.participants.set_quote_override(demo.participants.by_code("P12").id, "Nadia")
    demo.participants.update(p11.id, consent_status="withdrawn")
    assert demo.participants.by_code("P11").quote_override == ""


def test_a_consent_date_is_empty_until_consent_is_given(demo):
    p11 = demo.participants.by_code("P11")
    demo.participants.update(p11.id, consent_date="2025-05-01")
    assert demo.participants.by_code("P11").consent_date is None
    demo.participants.update(p11.id, consent_status="given", consent_date="2025-05-01")
    assert demo.participants.by_code("P11").consent_date == "2025-05-01"
    demo.participants.update(p11.id, consent_status="pending")
    assert demo.participants.by_code("P11").consent_date is None


def test_a_confidential_study_is_exported_pseudonymised_unless_real_names(tmp_path, capsys):
    path = tmp_path / "confidential.telaah"
    with write_demo(path, coder="Tester") as project:
        project.privacy.set_confidential(True)
    hidden, shown = tmp_path / "hidden.xlsx", tmp_path / "shown.xlsx"
    assert run(["export", str(path), "--format", "xlsx", "-o", str(hidden)]) == 0
    assert run(["export", str(path), "--format", "xlsx", "-o", str(shown),
                "--real-names"]) == 0
    capsys.readouterr()

    def text(book):
        with zipfile.ZipFile(book) as archive:
            return "".join(archive.read(n).decode() for n in archive.namelist()
                           if n.endswith(".xml"))

    assert "Wulandari" not in text(hidden) and "Wulandari" in text(shown)
    assert stat.S_IMODE(os.stat(hidden).st_mode) == 0o600  # confidential: owner only


def test_backups_and_exports_get_the_project_file_permissions(tmp_path):
    path = tmp_path / "study.telaah"
    Project.create(path, title="x").close()
    os.chmod(tmp_path, 0o755)
    os.chmod(path, 0o600)
    with Project.open(path, backups_kept=2) as project:
        write_qdpx(project, tmp_path / "out.qdpx")
        project.set_setting("note", "x")  # the backup is made before the first write
        copy = backup.list_backups(path)[-1]
        assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(copy.parent).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(tmp_path / "out.qdpx").st_mode) == 0o600
    os.chmod(path, 0o644)
    with Project.open(path, backups_kept=2) as project:
        project.privacy.set_confidential(True)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600  # the project file itself
        copy = project.make_backup()
        assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
        write_docx(project, tmp_path / "r.docx")
        assert stat.S_IMODE(os.stat(tmp_path / "r.docx").st_mode) == 0o600


def test_the_privacy_command_shows_and_changes_the_settings(tmp_path, capsys):
    path = tmp_path / "demo.telaah"
    write_demo(path, coder="Tester").close()
    assert run(["privacy", str(path), "--confidential", "yes", "--always-replace",
                "Kelurahan Kauman", "Ruang Kabid", "--identifying", "P01", "yes",
                "--quote-pending", "P11", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"confidential": true' in out and "Kelurahan Kauman" in out
    assert run(["privacy", str(path), "--keep", "ruang kabid", "--quote-pending", "P12"]) == 2
    assert "not pending" in capsys.readouterr().err
    with Project.open(path) as project:
        assert project.privacy.always_replace() == ["Kelurahan Kauman", "Ruang Kabid"]
        assert project.participants.by_code("P01").organisation_identifies
        assert project.participants.by_code("P11").quote_override
