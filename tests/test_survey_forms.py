"""XLSForm questionnaires: import checked by pyxform, export that pyxform converts, errors."""

from __future__ import annotations

import pytest
from pyxform.xls2xform import convert
from survey_files import CHOICES, QUESTIONS, SURVEY_HEADER, TRUST, write_form

from exporters.forms.xlsform import export_form
from importers.xlsform import import_xlsform, read_xlsform
from storage import Kind
from storage.errors import ImportFailedError


def test_import_reads_types_languages_groups_and_indicators(project, tmp_path):
    form_pk = import_xlsform(project, write_form(tmp_path / "f.xlsx"))
    definition = project.surveys.definition(form_pk)
    assert definition.form.form_id == "umkm_survey" and definition.form.title == "Survei UMKM"
    by_name = {q.name: q for q in definition.questions}
    assert [q.type for q in definition.questions] == [
        "select_one", "begin_group", "select_one", "select_one", "integer", "end_group",
        "select_multiple", "text", "date", "decimal", "note"]
    trust = by_name["trust1"]
    assert trust.labels == {"Bahasa Indonesia (id)": "Mitra menepati janji",
                            "English (en)": "Partners keep promises"}
    assert trust.label("en") == "Partners keep promises" and trust.required
    assert trust.hints == {"English (en)": "Pick one"}
    assert by_name["trust2"].indicators == [TRUST, "ag2008.process.face_to_face_dialogue"]
    assert by_name["umur"].constraint == ". >= 17 and . < 100"
    assert by_name["alasan"].relevant == "${trust1} <= 2"
    assert list(definition.paths())[:4] == ["kelompok", "bagian/trust1", "bagian/trust2",
                                            "bagian/umur"]
    assert [c.name for c in definition.likert_scale(trust)] == ["1", "2", "3", "4", "5"]
    assert definition.likert_scale(by_name["kelompok"]) is None


def test_exported_form_converts_with_pyxform_and_reads_back_the_same(project, tmp_path):
    import_xlsform(project, write_form(tmp_path / "f.xlsx"))
    out = export_form(project, "umkm_survey", tmp_path / "out.xlsx")
    result = convert(str(out))
    assert result.warnings == [] and "<h:html" in result.xform
    again = read_xlsform(out)
    original = project.surveys.definition(project.surveys.form("umkm_survey").id)
    assert [(q.full_type, q.name, q.labels, q.indicators, q.relevant, q.constraint)
            for q in again.questions] == [
        (q.full_type, q.name, q.labels, q.indicators, q.relevant, q.constraint)
        for q in original.questions]
    assert {k: [(c.name, c.labels) for c in v] for k, v in again.choices.items()} == {
        k: [(c.name, c.labels) for c in v] for k, v in original.choices.items()}


def test_import_is_one_undoable_action(project, tmp_path):
    seen = []
    project.subscribe(seen.append)
    import_xlsform(project, write_form(tmp_path / "f.xlsx"))
    assert len(seen) == 1 and seen[0].affects(Kind.SURVEY_FORMS)
    project.undo(seen[0])
    assert project.surveys.forms() == []


def _problems(tmp_path, project, **form) -> str:
    path = write_form(tmp_path / "bad.xlsx", **form)
    with pytest.raises(ImportFailedError) as caught:
        import_xlsform(project, path)
    assert project.surveys.forms() == []  # nothing imported
    return str(caught.value)


def test_every_problem_is_listed_with_sheet_row_and_column(project, tmp_path):
    questions = [
        ["select_one nolist", "a", "A", "A", "", "", "", "", "", ""],
        ["geopointx", "b", "B", "B", "", "", "", "", "", ""],
        ["text", "a", "A again", "A again", "", "", "", "", "", ""],
        ["text", "c", "C", "C", "", "", "${missing} = 1", "", "", ""],
        ["integer", "d", "D", "D", "", "", "((${c} = 1", "", "", ""],
    ]
    text = _problems(tmp_path, project, questions=questions)
    assert "the form has 5 problem(s); nothing was imported" in text
    assert "sheet 'survey', row 2, column 'type': the choice list 'nolist' does not exist" in text
    assert "sheet 'survey', row 3, column 'type': unknown question type 'geopointx'" in text
    assert "sheet 'survey', row 4, column 'name': the name 'a' is used twice" in text
    assert "row 5, column 'relevant': the condition refers to 'missing'" in text
    assert "row 6, column 'relevant': the condition '((${c} = 1' cannot be read" in text


def test_missing_sheet_and_columns(project, tmp_path):
    from survey_files import write_workbook

    path = write_workbook(tmp_path / "nosurvey.xlsx", {"choices": CHOICES})
    with pytest.raises(ImportFailedError, match="no 'survey' sheet"):
        import_xlsform(project, path)
    header = [h for h in SURVEY_HEADER if h != "name"]
    questions = [[v for h, v in zip(SURVEY_HEADER, row, strict=True) if h != "name"]
                 for row in QUESTIONS]
    text = _problems(tmp_path, project, header=header, questions=questions)
    assert "sheet 'survey', row 1, column 'name': the 'name' column is missing" in text
    text = _problems(tmp_path, project, choices=[["list_name", "label"], ["x", "y"]])
    assert "sheet 'choices', row 1, column 'name': the 'name' column is missing" in text


def test_a_problem_only_pyxform_knows_is_reported_with_its_row(project, tmp_path):
    questions = [["text", "ok", "OK", "OK", "", "", "", "", "", ""],
                 ["text", "bad name", "Bad", "Bad", "", "", "", "", "", ""]]
    text = _problems(tmp_path, project, questions=questions)
    assert "sheet 'survey', row 3, column 'name': On the 'survey' sheet" in text
    assert "Names must begin with a letter" in text


def test_not_a_workbook_and_duplicate_form(project, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ImportFailedError, match="junk.xlsx: cannot be read"):
        import_xlsform(project, junk)
    path = write_form(tmp_path / "f.xlsx")
    import_xlsform(project, path)
    with pytest.raises(Exception, match="already in this project"):
        import_xlsform(project, path)
    assert len(project.surveys.forms()) == 1
