"""The `survey` command and the survey exports (Excel as Kobo users expect, Word report)."""

from __future__ import annotations

import json

import docx
from openpyxl import load_workbook
from pyxform.xls2xform import convert
from survey_files import RESPONSES, TRUST, write_csv, write_form

from cli.main import run
from storage import Project


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _project(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    assert cli(capsys, "new", path, "--title", "Uji", "--framework", "ag2008")[0] == 0
    return path


def test_import_form_responses_summary_and_exports(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    code, out, _ = cli(capsys, "survey", "import-form", path, write_form(tmp_path / "f.xlsx"))
    assert code == 0 and "umkm_survey" in out
    code, out, _ = cli(capsys, "survey", "import-responses", path, "umkm_survey",
                       write_csv(tmp_path / "d.csv"))
    assert code == 0 and "Imported 3 response(s) of 3" in out
    code, out, _ = cli(capsys, "survey", "summary", path, "umkm_survey", "--json")
    summary = json.loads(out)
    trust = summary["indicators"][TRUST]
    assert set(trust["overall"]) >= {"n", "mean", "median", "distribution"}
    assert trust["overall"]["n"] == 6 and trust["groups"]["unassigned"]["n"] == 6
    code, out, _ = cli(capsys, "survey", "summary", path, "umkm_survey", "--by", "kelompok",
                       "--json")
    groups = json.loads(out)["indicators"][TRUST]["groups"]
    assert groups["umkm"]["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 1, "5": 1}
    assert set(groups["gov"]) >= {"n", "mean", "median", "distribution"}

    form_out = tmp_path / "form_out.xlsx"
    assert cli(capsys, "survey", "export-form", path, "umkm_survey", "--output", form_out)[0] == 0
    assert convert(str(form_out)).warnings == []
    data_out = tmp_path / "data_out.xlsx"
    assert cli(capsys, "survey", "export", path, "umkm_survey", "--output", data_out)[0] == 0
    workbook = load_workbook(data_out)
    rows = list(workbook["responses"].values)
    header = list(rows[0])
    assert header[:6] == ["respondent", "participant", "complete", "_submission_time",
                          "kelompok", "bagian/trust1"]
    column = header.index("bantuan")
    assert header[column + 1:column + 4] == ["bantuan/training", "bantuan/fair",
                                             "bantuan/loan"]
    assert list(rows[1][column:column + 4]) == ["training fair", 1, 1, 0]
    assert rows[1][header.index("bagian/umur")] == 40
    likert = list(workbook["likert"].values)
    assert likert[0][:8] == ("kind", "key", "label", "questions", "group", "n", "mean",
                             "median")
    trust_row = next(r for r in likert if r[:2] == ("indicator", TRUST) and r[4] == "(all)")
    assert trust_row[5:8] == (6, 3.5, 4)


def test_export_with_labels(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    cli(capsys, "survey", "import-form", path, write_form(tmp_path / "f.xlsx"))
    cli(capsys, "survey", "import-responses", path, "umkm_survey", write_csv(tmp_path / "d.csv"))
    out = tmp_path / "labels.xlsx"
    assert cli(capsys, "survey", "export", path, "umkm_survey", "--output", out, "--labels",
               "--lang", "en")[0] == 0
    rows = list(load_workbook(out)["responses"].values)
    assert "Help received" in rows[0] and "Help received/Fair" in rows[0]
    assert rows[1][rows[0].index("Group")] == "Government"


def test_bad_input_exits_2_with_one_clear_message(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    bad = write_form(tmp_path / "bad.xlsx",
                     questions=[["foo", "a", "A", "A", "", "", "", "", "", ""]])
    code, out, err = cli(capsys, "survey", "import-form", path, bad)
    assert code == 2 and "bad.xlsx: the form has 1 problem(s)" in err
    assert "Traceback" not in err
    cli(capsys, "survey", "import-form", path, write_form(tmp_path / "f.xlsx"))
    rows = [*RESPONSES, ["u4", "umkm", "8", "2", "30", "", "", "", "", ""]]
    data = write_csv(tmp_path / "d.csv", rows=rows)
    code, _out, err = cli(capsys, "survey", "import-responses", path, "umkm_survey", data)
    assert code == 2 and "row 5, column 'bagian/trust1'" in err
    with Project.open(path) as project:
        assert project.survey_responses.count(project.surveys.form("umkm_survey").id) == 0
    code, out, _ = cli(capsys, "survey", "import-responses", path, "umkm_survey", data,
                       "--skip-invalid")
    assert code == 0 and "Imported 3 response(s) of 4" in out and "Left out 1 row" in out
    code, _out, err = cli(capsys, "survey", "summary", path, "nope", "--json")
    assert code == 2 and "no questionnaire with form_id 'nope'" in err


def test_draft_codable_and_word_report(tmp_path, capsys):
    path = _project(tmp_path, capsys)
    code, out, _ = cli(capsys, "survey", "draft", path, "draft1", "--indicator", TRUST,
                       "--indicator", "ag2008.process.shared_understanding")
    assert code == 0 and "(5 questions)" in out
    with Project.open(path) as project:
        definition = project.surveys.definition(project.surveys.form("draft1").id)
        likert = [q for q in definition.questions if definition.likert_scale(q)]
        assert [q.indicators for q in likert] == [[TRUST], [TRUST],
                                                   ["ag2008.process.shared_understanding"]]
        assert likert[0].labels["Bahasa Indonesia (id)"].startswith("Pihak-pihak")
        assert likert[0].labels["English (en)"].startswith("The parties")
    out_form = tmp_path / "draft.xlsx"
    assert cli(capsys, "survey", "export-form", path, "draft1", "--output", out_form)[0] == 0
    assert convert(str(out_form)).warnings == []

    cli(capsys, "survey", "import-form", path, write_form(tmp_path / "f.xlsx"))
    cli(capsys, "survey", "import-responses", path, "umkm_survey", write_csv(tmp_path / "d.csv"))
    code, out, _ = cli(capsys, "survey", "codable", path, "umkm_survey")
    assert code == 0 and "1 survey source" in out
    report = tmp_path / "r.docx"
    assert cli(capsys, "export", path, "--format", "docx", "--output", report)[0] == 0
    document = docx.Document(report)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Hasil survei: Survei UMKM" in headings
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Indikator"
                 and t.rows[0].cells[3].text == "Rerata")
    trust = next(r for r in table.rows if r.cells[0].text == "Membangun kepercayaan")
    assert [c.text for c in trust.cells[1:]] == ["Semua responden", "6", "3.50", "4",
                                                  "67%", "33%"]
    assert len(document.inline_shapes) == 1  # the diverging bar chart
    captions = [p.text for p in document.paragraphs if p.text.startswith("Gambar 1")]
    assert captions == ["Gambar 1. Sebaran jawaban per indikator: Survei UMKM"]
