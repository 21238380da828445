"""Interview guides: the question bank, drafting, editing with undo, coverage, Word, CLI."""

from __future__ import annotations

import json

import pytest
from docx import Document
from docx.shared import Cm

from analysis.guide_coverage import guide_coverage
from cli.main import run
from exporters.forms.guide import write_guide_docx
from importers.guide_draft import draft_questions, generate_guide
from storage import Project
from storage.errors import TelaahError
from storage.frameworks import load_framework
from storage.question_bank import load_bank

UMKM = "Pemilik UMKM"
GOVERNMENT = "Instansi pemerintah"


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_bank_has_an_open_question_and_probes_for_every_indicator():
    bank = load_bank()
    for framework_id in ("ag2008", "deseve2007", "enb2012"):
        for node in load_framework(framework_id).nodes:
            if node.level != "indicator" or node.alias_of:
                continue
            questions = bank.for_indicator(node.id)
            assert questions, f"no question for {node.id}"
            for question in questions:
                assert question.text_id.endswith("?") and question.text_en.endswith("?")
                assert 1 <= len(question.probes) <= 2
                assert all(p["id"] and p["en"] for p in question.probes)
    assert set(bank.questions) <= {n.id for f in ("ag2008", "deseve2007", "enb2012")
                                   for n in load_framework(f).nodes}


def test_group_tags_follow_the_default_group_names():
    bank = load_bank()
    assert bank.group_tag(UMKM) == "umkm"
    assert bank.group_tag(GOVERNMENT) == "government"
    assert bank.group_tag("Kedutaan/mitra luar negeri") == "embassy"
    assert bank.group_tag("Lainnya") is None


def test_draft_asks_each_group_its_own_questions(project):
    guide_id = generate_guide(project, "Draft")
    guide = project.guides.get(guide_id)
    by_indicator = {}
    for question in guide.questions:
        for node_id in question.indicators:
            by_indicator.setdefault(node_id, []).append(question)
    forum = by_indicator["ag2008.institutional_design.forum_exclusiveness"][0]
    assert UMKM not in forum.groups and GOVERNMENT in forum.groups
    trust = by_indicator["ag2008.process.trust_building"][0]
    assert trust.groups == [] and trust.probes
    assert trust.text("id", UMKM) != trust.text("id", GOVERNMENT)
    assert trust.text("en", UMKM).startswith("How much do you trust")
    assert guide.questions[0].section == "opening"
    assert guide.questions[-1].section == "closing"
    assert all(q.origin == "bank" for q in guide.questions if q.indicators)


def test_draft_for_one_indicator_and_refusals(project):
    questions = draft_questions(project, indicators=["ag2008.process.trust_building"])
    assert [q.get("indicators", []) for q in questions] == [
        [], ["ag2008.process.trust_building"], []]
    with pytest.raises(TelaahError, match="not an indicator"):
        draft_questions(project, indicators=["ag2008.nothing"])
    with pytest.raises(TelaahError, match="enb2012"):
        draft_questions(project, frameworks=["enb2012"])
    with pytest.raises(TelaahError, match="no stakeholder group 'Nobody'"):
        draft_questions(project, groups=["Nobody"])


def test_editing_a_guide_is_undoable(project):
    changes = []
    project.subscribe(changes.append)
    guide_id = project.guides.create("Own")
    first = project.guides.add_question(guide_id, "Apa peran Bapak/Ibu?", "What is your role?")
    second = project.guides.add_question(guide_id, "Siapa mitra utama?", "Who are the partners?",
                                         indicators=["ag2008.leadership.convening"],
                                         groups=[GOVERNMENT])
    project.guides.move_question(second, -1)
    assert [q.id for q in project.guides.get(guide_id).questions] == [second, first]
    project.undo(changes[-1])
    assert [q.id for q in project.guides.get(guide_id).questions] == [first, second]
    project.guides.update_question(first, text_id="Apa tugas Bapak/Ibu?")
    assert project.guides.question(first).text_id == "Apa tugas Bapak/Ibu?"
    project.undo(changes[-1])
    assert project.guides.question(first).text_id == "Apa peran Bapak/Ibu?"
    project.guides.delete(guide_id)
    assert project.guides.list() == []
    project.undo(changes[-1])
    assert len(project.guides.get(guide_id).questions) == 2
    with pytest.raises(TelaahError, match="already exists"):
        project.guides.create("own")
    with pytest.raises(TelaahError, match="needs a wording"):
        project.guides.add_question(guide_id, " ", "")


def test_coverage_per_group(project):
    guide_id = project.guides.create("Small")
    project.guides.add_question(guide_id, "Bagaimana rasa percaya tumbuh?",
                                indicators=["ag2008.process.trust_building"])
    project.guides.add_question(guide_id, "Siapa yang memimpin rapat?", groups=[GOVERNMENT],
                                indicators=["ag2008.leadership.process_facilitation"])
    project.guides.add_question(guide_id, "Apakah semua merasa ikut memiliki?",
                                indicators=["ag2008.process.commitment_to_process"
                                            ".shared_ownership"])
    coverage = guide_coverage(project, guide_id)
    covered_umkm = {r.node_id for r in coverage.covered(UMKM)}
    assert covered_umkm == {"ag2008.process.trust_building",
                            "ag2008.process.commitment_to_process"}
    assert "ag2008.leadership.process_facilitation" in {
        r.node_id for r in coverage.covered(GOVERNMENT)}
    missing = {r.node_id for r in coverage.missing(UMKM)}
    assert "ag2008.leadership.process_facilitation" in missing
    assert "deseve2007.information_sharing" in missing


def test_word_print_in_both_languages_for_one_group(project, tmp_path):
    guide_id = generate_guide(project, "Draft")
    path = write_guide_docx(project, guide_id, tmp_path / "id.docx", "id", UMKM)
    document = Document(path)
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Panduan wawancara"
    assert f"Kelompok pemangku kepentingan: {UMKM}" in texts
    assert any(t.startswith("Persetujuan informan") for t in texts)
    numbered = [t for t in texts if t[:1].isdigit()]
    guide = project.guides.get(guide_id)
    assert len(numbered) == len(guide.for_group(UMKM)) < len(guide.questions)
    assert any("Sekarang, seberapa percaya Bapak/Ibu" in t for t in numbered)
    assert all(row.height >= Cm(4) for table in document.tables for row in table.rows)
    english = Document(write_guide_docx(project, guide_id, tmp_path / "en.docx", "en"))
    assert english.paragraphs[0].text == "Interview guide"
    assert any(p.style.name == "List Bullet" and p.text.startswith("Can you give")
               for p in english.paragraphs)


def test_word_print_of_an_empty_guide_is_refused(project, tmp_path):
    guide_id = project.guides.create("Empty")
    with pytest.raises(TelaahError, match="has no questions"):
        write_guide_docx(project, guide_id, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_guide_cli_contract(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    assert cli(capsys, "new", path, "--framework", "ag2008", "--framework", "deseve2007")[0] == 0
    code, out, _ = cli(capsys, "guide", "new", path, "UMKM", "--framework", "ag2008",
                       "--group", UMKM, "--lang", "en")
    assert code == 0 and "UMKM" in out
    assert cli(capsys, "guide", "new", path, "Trust", "--indicator",
               "ag2008.process.trust_building")[0] == 0
    code, out, _ = cli(capsys, "guide", "list", path, "--json")
    guides = json.loads(out)
    assert [g["name"] for g in guides] == ["Trust", "UMKM"]
    question = guides[0]["questions"][1]
    assert {"id", "text_id", "text_en", "probes", "indicators", "groups"} <= set(question)
    assert question["indicators"] == ["ag2008.process.trust_building"]
    assert all(q["groups"] == [UMKM] for q in guides[1]["questions"])
    out_file = tmp_path / "g.docx"
    code, out, _ = cli(capsys, "guide", "coverage", path, "UMKM", "--json")
    coverage = {row["indicator"]: row for row in json.loads(out)["indicators"]}
    assert code == 0 and coverage["ag2008.process.trust_building"]["asked"] == [UMKM]
    assert coverage["deseve2007.information_sharing"]["asked"] == []
    code, out, _ = cli(capsys, "guide", "export", path, "UMKM", "--output", out_file,
                       "--lang", "en", "--group", UMKM)
    assert code == 0 and Document(out_file).paragraphs[0].text == "Interview guide"


def test_guide_cli_bad_input_is_one_line_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "s.telaah"
    cli(capsys, "new", path, "--framework", "ag2008")
    for args, words in ((("guide", "new", path, "X", "--indicator", "foo.bar"), "foo.bar"),
                        (("guide", "new", path, "X", "--group", "Nobody"), "Nobody"),
                        (("guide", "export", path, "Nope", "--output", tmp_path / "a.docx"),
                         "Nope")):
        code, _, err = cli(capsys, *args)
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1
    with Project.open(path) as project:
        assert project.guides.list() == []
