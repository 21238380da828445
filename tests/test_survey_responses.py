"""Responses from Kobo/ODK files: columns, option columns, every problem by row and column."""

from __future__ import annotations

import pytest
from survey_files import RESPONSE_HEADER, RESPONSES, write_csv, write_form, write_workbook

from importers.survey_responses import import_responses, read_responses
from importers.xlsform import import_xlsform
from storage import Kind
from storage.errors import ImportFailedError


@pytest.fixture
def form(project, tmp_path):
    return import_xlsform(project, write_form(tmp_path / "form.xlsx"))


def _answers(project, form_pk) -> dict[str, dict[str, str]]:
    definition = project.surveys.definition(form_pk)
    names = {q.id: q.name for q in definition.questions}
    every = project.survey_responses.all_answers(form_pk)
    return {r.respondent: {names[q]: v for q, v in every.get(r.id, {}).items()}
            for r in project.survey_responses.list(form_pk)}


def test_csv_with_group_paths_and_space_separated_multiple(project, form, tmp_path):
    found = import_responses(project, "umkm_survey", write_csv(tmp_path / "data.csv"))
    assert len(found.rows) == 3 and found.problems == []
    answers = _answers(project, form)
    assert answers["u1"] == {"kelompok": "gov", "trust1": "4", "trust2": "5", "umur": "40",
                             "bantuan": "training fair", "tanggal": "2025-03-01",
                             "omzet": "12.5"}
    assert answers["u2"]["alasan"] == "Janji tidak ditepati"
    assert project.survey_responses.list(form)[0].submitted == "2025-03-02"


def test_xlsx_with_option_columns_labels_and_odk_dashes(project, form, tmp_path):
    header = ["KEY", "kelompok", "bagian-trust1", "bagian-trust2", "bantuan/training",
              "bantuan/fair", "bantuan/loan", "tanggal", "SubmissionDate"]
    rows = [["k1", "UMKM", 3, 4, 1, 0, 1, "2025-04-01", "2025-04-02"],
            ["k2", "gov", 5, 5, 0, 0, 0, None, "2025-04-02"]]
    path = write_workbook(tmp_path / "odk.xlsx", {"data": [header, *rows]})
    found = import_responses(project, "umkm_survey", path)
    assert found.problems == []
    answers = _answers(project, form)
    assert answers["k1"] == {"kelompok": "umkm", "trust1": "3", "trust2": "4",
                             "bantuan": "training loan", "tanggal": "2025-04-01"}
    assert "bantuan" not in answers["k2"]


def test_every_problem_by_row_and_column_and_nothing_imported(project, form, tmp_path):
    rows = [list(RESPONSES[0]),
            ["u2", "umkm", "9", "2", "12", "loan", "", "2025-13-01", "abc", ""],
            ["u1", "gov", "4", "4", "30", "boat", "", "", "", ""],
            ["u4", "", "2", "2", "30", "", "", "", "", ""]]
    path = write_csv(tmp_path / "bad.csv", header=[*RESPONSE_HEADER, "mystery"],
                     rows=[[*row, ""] for row in rows])
    with pytest.raises(ImportFailedError) as caught:
        import_responses(project, "umkm_survey", path)
    text = str(caught.value)
    assert "bad.csv: " in text and "nothing was imported" in text
    for expected in ("column 'mystery': matches no question of the form",
                     "row 3, column 'bagian/trust1': '9' is not a choice of list 'agree5'",
                     "row 3, column 'tanggal': '2025-13-01' is not a valid date",
                     "row 3, column 'omzet': 'abc' is not a valid decimal",
                     "row 4, column 'bantuan': 'boat' is not a choice of list 'help'",
                     "row 4, column '_uuid': the respondent id 'u1' is used twice",
                     "row 5, column 'kelompok': the answer is required",
                     "row 5, column 'alasan': the answer is required"):
        assert expected in text
    assert project.survey_responses.count(form) == 0


def test_constraint_message_is_reported(project, form, tmp_path):
    rows = [["u9", "gov", "4", "4", "12", "", "", "", "", ""]]
    with pytest.raises(ImportFailedError, match="row 2, column 'umur': '12': Too young"):
        import_responses(project, "umkm_survey", write_csv(tmp_path / "c.csv", rows=rows))


def test_skip_invalid_imports_only_the_valid_rows_in_one_action(project, form, tmp_path):
    rows = [*RESPONSES, ["u4", "umkm", "7", "2", "30", "", "", "", "", ""]]
    path = write_csv(tmp_path / "mixed.csv", rows=rows, delimiter=";")
    seen = []
    project.subscribe(seen.append)
    found = import_responses(project, "umkm_survey", path, skip_invalid=True)
    assert (len(found.rows), found.invalid_rows) == (3, 1)
    assert sorted(_answers(project, form)) == ["u1", "u2", "u3"]
    assert len(seen) == 1 and seen[0].affects(Kind.SURVEY_RESPONSES)
    project.undo(seen[0])
    assert project.survey_responses.count(form) == 0


def test_known_respondents_are_duplicates_on_a_second_import(project, form, tmp_path):
    path = write_csv(tmp_path / "data.csv")
    import_responses(project, "umkm_survey", path)
    found = read_responses(project, form, path)
    assert [p.column for p in found.problems] == ["_uuid"] * 3


def test_participant_column_links_responses(project, form, tmp_path):
    umkm = project.participants.resolve_group("Pemilik UMKM")
    participant = project.participants.add("P01", group_id=umkm)
    header = [*RESPONSE_HEADER, "telaah_participant"]
    rows = [[*RESPONSES[0], "p01"], [*RESPONSES[1], "P77"]]
    found = read_responses(project, form, write_csv(tmp_path / "p.csv", header, rows))
    assert found.rows[0].participant_id == participant
    assert [str(p) for p in found.problems] == [
        "row 3, column 'telaah_participant': there is no participant 'P77'"]


def test_bad_files(project, form, tmp_path):
    with pytest.raises(ImportFailedError, match="no such file"):
        import_responses(project, "umkm_survey", tmp_path / "none.csv")
    other = tmp_path / "data.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(ImportFailedError, match="cannot import '.json' files"):
        import_responses(project, "umkm_survey", other)
    empty = write_csv(tmp_path / "empty.csv", rows=[])
    with pytest.raises(ImportFailedError, match="has no responses"):
        import_responses(project, "umkm_survey", empty)
    unrelated = write_csv(tmp_path / "x.csv", header=["a", "b"], rows=[["1", "2"]])
    with pytest.raises(ImportFailedError, match="no column matches a question"):
        import_responses(project, "umkm_survey", unrelated)
    with pytest.raises(Exception, match="no questionnaire with form_id 'nope'"):
        import_responses(project, "nope", unrelated)
