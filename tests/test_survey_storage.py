"""Survey storage: migration 0010 on a project with data, editing and data entry undo."""

from __future__ import annotations

import pytest
from sqlite_utils import Database
from survey_files import write_form

from importers.xlsform import import_xlsform
from storage import Kind, Project
from storage.errors import ValidationError
from storage.schema import migrations
from storage.search import search
from storage.survey_models import Choice, Question


def test_migration_keeps_sources_and_allows_survey_sources(tmp_path):
    path = tmp_path / "old.telaah"
    db = Database(path)
    migrations.apply(db, stop_before="0010_surveys")
    db.execute("INSERT INTO study (id, title, created, modified) VALUES (1, 'Lama', 'x', 'x')")
    db.execute("INSERT INTO participants (id, guid, code, created, modified) "
               "VALUES (1, 'p', 'P01', 'x', 'x')")
    db.execute("INSERT INTO sources (id, guid, kind, title, text, position, created, modified) "
               "VALUES (7, 'g1', 'interview', 'Lama', 'kepercayaan antar mitra', 3, 'x', 'x')")
    db.execute("INSERT INTO source_participants VALUES (7, 1, 0)")
    db.execute("INSERT INTO codes (id, guid, label_en, created, modified) "
               "VALUES (1, 'c', 'Trust', 'x', 'x')")
    db.execute("INSERT INTO segments (guid, source_id, code_id, start_pos, end_pos, created, "
               "modified) VALUES ('s', 7, 1, 0, 11, 'x', 'x')")
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        assert project.sources.get(7).title == "Lama" and project.sources.get(7).position == 3
        assert project.sources.get(7).participant_ids == [1]
        assert project.integrity_problems() == []
        assert project.db.execute("PRAGMA foreign_key_check").fetchall() == []
        survey = project.sources.add("survey", "Jawaban terbuka", "pelatihan berguna")
        project.sources.edit_text(7, 0, 11, "kerja sama")
        found = {hit.source_id for word in ("pelatihan", "kerja")
                 for hit in search(project, word)}
        assert found == {7, survey}                    # the full-text index follows both
        names = {r[0] for r in project.db.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'sources'")}
        assert "sources_order" in names


def test_form_editing_is_undoable_and_checked(project, tmp_path):
    form = import_xlsform(project, write_form(tmp_path / "f.xlsx"))
    seen = []
    project.subscribe(seen.append)
    trust = project.surveys.definition(form).question("trust1")
    new_id = project.surveys.add_question(form, Question(
        0, "text", "catatan", labels={"English (en)": "Notes"}), after=trust.id)
    names = [q.name for q in project.surveys.definition(form).questions]
    assert names[names.index("trust1") + 1] == "catatan"
    assert seen[-1].affects(Kind.SURVEY_FORMS)
    assert seen[-1].ids_of(Kind.SURVEY_FORMS) == set()  # questions are not form rows
    with pytest.raises(ValidationError, match="already used"):
        project.surveys.update_question(new_id, Question(0, "text", "trust2"))
    with pytest.raises(ValidationError, match="needs a choice list"):
        project.surveys.add_question(form, Question(0, "select_one", "x"))
    project.surveys.set_choices(form, "agree5", [Choice("agree5", str(i)) for i in range(1, 8)])
    definition = project.surveys.definition(form)
    assert len(definition.likert_scale(definition.question("trust1"))) == 7
    add_question, set_choices = seen[0], seen[-1]
    project.undo(set_choices)
    project.undo(add_question)
    definition = project.surveys.definition(form)
    assert definition.question("catatan") is None
    assert len(definition.choices["agree5"]) == 5


def test_each_answer_is_stored_at_once_and_undoable(project, tmp_path):
    form = import_xlsform(project, write_form(tmp_path / "f.xlsx"))
    trust = project.surveys.definition(form).question("trust1")
    repo = project.survey_responses
    response = repo.add(form, repo.next_respondent(form))
    assert repo.get(response).respondent == "R001" and not repo.get(response).complete
    seen = []
    project.subscribe(seen.append)
    repo.set_answer(response, trust.id, "4")
    repo.set_answer(response, trust.id, "5")
    assert repo.answers(response) == {trust.id: "5"}
    assert seen[-1].affects(Kind.SURVEY_RESPONSES)
    repo.set_answer(response, trust.id, "")
    assert repo.answers(response) == {}
    project.undo(seen[-1])
    assert repo.answers(response) == {trust.id: "5"}
    repo.update(response, complete=True)
    assert repo.get(response).complete
    assert repo.next_respondent(form) == "R002"
    project.surveys.delete_form(form)
    assert project.surveys.forms() == [] and repo.respondents(form) == set()
