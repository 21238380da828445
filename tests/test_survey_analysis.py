"""Likert summaries, survey evidence in triangulation and the matrix, open answers."""

from __future__ import annotations

import pytest
from survey_files import DIALOGUE, TRUST, write_csv, write_form

from analysis.evidence import Evidence
from analysis.likert import LikertStats, likert_summary
from analysis.matrix import crosstab
from analysis.triangulation import triangulation
from importers.survey_responses import import_responses
from importers.survey_text import make_codable
from importers.xlsform import import_xlsform

HEADER = ["_uuid", "kelompok", "bagian/trust1", "bagian/trust2", "alasan",
          "telaah_participant"]


@pytest.fixture
def surveyed(project, tmp_path):
    groups = {g.name: g.id for g in project.participants.groups()}
    project.participants.add("P01", group_id=groups["Pemilik UMKM"])
    project.participants.add("P02", group_id=groups["Instansi pemerintah"])
    import_xlsform(project, write_form(tmp_path / "form.xlsx"))
    rows = [["r1", "umkm", "1", "2", "Janji tidak ditepati", "P01"],
            ["r2", "umkm", "4", "4", "", "P01"],
            ["r3", "gov", "5", "5", "", "P02"],
            ["r4", "gov", "2", "", "Belum kenal mitra", ""]]
    import_responses(project, "umkm_survey", write_csv(tmp_path / "d.csv", HEADER, rows))
    return project


def test_stats_n_mean_median_distribution_shares():
    stats = LikertStats(5)
    stats.counts.update({1: 1, 2: 1, 4: 1, 5: 1})
    assert (stats.n, stats.mean, stats.median) == (4, 3.0, 3.0)
    assert stats.distribution == {"1": 1, "2": 1, "3": 0, "4": 1, "5": 1}
    assert (stats.share(True), stats.share(False)) == (0.5, 0.5)
    stats.counts[5] += 1
    assert stats.median == 4.0
    assert LikertStats(7).to_json() == {"n": 0, "mean": None, "median": None,
                                        "distribution": dict.fromkeys("1234567", 0),
                                        "agree": None, "disagree": None}


def test_summary_per_indicator_overall_and_by_stakeholder_group(surveyed):
    summary = likert_summary(surveyed, "umkm_survey").to_json()
    trust = summary["indicators"][TRUST]
    assert trust["questions"] == ["trust1", "trust2"]
    assert trust["overall"]["n"] == 7  # 4 answers to trust1, 3 to trust2
    assert trust["overall"]["distribution"] == {"1": 1, "2": 2, "3": 0, "4": 2, "5": 2}
    assert trust["overall"]["mean"] == round(23 / 7, 2) and trust["overall"]["median"] == 4.0
    assert trust["groups"]["Pemilik UMKM"]["distribution"] == {"1": 1, "2": 1, "3": 0,
                                                               "4": 2, "5": 0}
    assert trust["groups"]["unassigned"]["n"] == 1
    assert summary["indicators"][DIALOGUE]["questions"] == ["trust2"]
    assert summary["groups"] == ["Instansi pemerintah", "Pemilik UMKM", "unassigned"]


def test_summary_by_a_select_one_question(surveyed):
    summary = likert_summary(surveyed, "umkm_survey", by="kelompok").to_json()
    assert summary["by"] == "kelompok" and summary["groups"] == ["gov", "umkm"]
    assert summary["questions"]["trust1"]["groups"]["gov"]["distribution"] == {
        "1": 0, "2": 1, "3": 0, "4": 0, "5": 1}
    with pytest.raises(Exception, match="needs a select_one question"):
        likert_summary(surveyed, "umkm_survey", by="umur")
    with pytest.raises(Exception, match="has no question 'nope'"):
        likert_summary(surveyed, "umkm_survey", by="nope")


def test_survey_is_a_technique_in_triangulation_and_the_matrix(surveyed):
    trust = surveyed.codes.resolve(TRUST)
    source = surveyed.sources.add("interview", "Wawancara", "Kami percaya pada mitra.",
                                  participant_ids=[surveyed.participants.by_code("P02").id])
    surveyed.segments.add(source, trust.id, 0, 10)
    evidence = Evidence.load(surveyed)
    row = next(r for r in triangulation(evidence, level="indicators") if r.code_id == trust.id)
    assert row.techniques == ["interview", "survey"]
    assert "single_technique" not in row.flags
    assert row.groups == ["Instansi pemerintah", "Pemilik UMKM"] and row.triangulated
    matrix = crosstab(evidence, "technique", "indicators")
    assert [c.key for c in matrix.cols][-1] == "survey"
    assert matrix.count(trust.id, "survey") == 7 and matrix.count(trust.id, "interview") == 1


def test_open_answers_become_one_survey_source_per_question(surveyed):
    [source_id] = make_codable(surveyed, "umkm_survey")
    source = surveyed.sources.get(source_id)
    assert source.kind == "survey" and source.title == "umkm_survey: Alasan"
    assert source.text == "r1: Janji tidak ditepati\n\nr4: Belum kenal mitra"
    trust = surveyed.codes.resolve(TRUST)
    surveyed.segments.add(source_id, trust.id, 4, 24)
    assert make_codable(surveyed, "umkm_survey") == [source_id]  # again: same source
    evidence = Evidence.load(surveyed)
    assert crosstab(evidence, "technique", "indicators").count(trust.id, "survey") == 8
    surveyed.sources.delete(source_id)
    assert surveyed.survey_responses.text_source_of(
        surveyed.surveys.definition(1).question("alasan").id) is None
