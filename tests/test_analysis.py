"""Analysis figures on a small constructed study whose answers are worked out by hand.

`build_study` writes: three participants in three groups, five sources (interviews,
an observation, an undated document), framework and custom codes with sub-codes, and
segments of both valences. The CLI tests reuse it.
"""

from __future__ import annotations

import pytest

from analysis import (
    Evidence,
    TriangulationRule,
    board,
    cooccurrence,
    crosstab,
    load_rule,
    save_rule,
    summary_grid,
    triangulation,
)
from analysis.matrix import cell_segments
from analysis.stats import timeline
from storage import Project

TEXT = "Rapat koordinasi berjalan rutin setiap bulan dan semua pihak hadir. " * 4

TRUST = "ag2008.process.trust_building"
DIALOGUE = "ag2008.process.face_to_face_dialogue"
GOOD_FAITH = "ag2008.process.face_to_face_dialogue.good_faith_negotiation"
COMMITMENT = "ag2008.process.commitment_to_process"
INFO = "deseve2007.information_sharing"


def build_study(path) -> tuple[Project, dict]:
    """The constructed study; returns the open project and a dict of ids by name."""
    project = Project.create(path, title="Constructed", frameworks=["ag2008", "deseve2007"],
                             coder="Tester")
    p, c = project.participants, project.codes
    ids: dict = {}
    with project.action("Build"):
        gov = p.resolve_group("Instansi pemerintah")
        umkm = p.resolve_group("Pemilik UMKM")
        platform = p.resolve_group("Platform/perusahaan swasta")
        ids.update(gov=gov, umkm=umkm, platform=platform)
        ids["p1"] = p.add("P01", group_id=gov)
        ids["p2"] = p.add("P02", group_id=umkm)
        ids["p3"] = p.add("P03", group_id=platform)
        add = project.sources.add
        ids["s1"] = add("interview", "Wawancara Dinas", TEXT, date="2025-02-01",
                        participant_ids=[ids["p1"]])
        ids["s2"] = add("interview", "Wawancara UMKM", TEXT, date="2025-03-01",
                        participant_ids=[ids["p2"]])
        ids["s3"] = add("observation", "Observasi rakor", TEXT, date="2025-03-01")
        ids["s4"] = add("document", "Notulen", TEXT)
        ids["s5"] = add("interview", "Wawancara platform", TEXT, date="2025-04-10",
                        participant_ids=[ids["p3"], ids["p2"]])
        for name, key in (("trust", TRUST), ("dialogue", DIALOGUE), ("good_faith", GOOD_FAITH),
                          ("commitment", COMMITMENT), ("info", INFO)):
            ids[name] = c.resolve(key).id
        ids["language"] = c.add("Language barrier", "Kendala bahasa")
        ids["jargon"] = c.add("Jargon", "Istilah teknis", parent_id=ids["language"])
        ids["rakor"] = c.add("Monthly meeting", "Rakor bulanan", parent_id=ids["dialogue"])
        seg = project.segments.add
        ids["t1"] = seg(ids["s1"], ids["trust"], 0, 20)
        ids["t2"] = seg(ids["s2"], ids["trust"], 30, 50)
        ids["t3"] = seg(ids["s3"], ids["trust"], 0, 10)
        ids["t4"] = seg(ids["s5"], ids["trust"], 0, 15, valence="contradicts")
        ids["g1"] = seg(ids["s1"], ids["good_faith"], 10, 30)
        ids["g2"] = seg(ids["s4"], ids["good_faith"], 0, 25)
        ids["d1"] = seg(ids["s2"], ids["dialogue"], 60, 80, participant_id=ids["p3"])
        ids["r1"] = seg(ids["s5"], ids["rakor"], 40, 60)
        ids["i1"] = seg(ids["s3"], ids["info"], 20, 40)
        ids["i2"] = seg(ids["s3"], ids["info"], 50, 70)
        ids["l1"] = seg(ids["s2"], ids["language"], 100, 120)
        ids["j1"] = seg(ids["s5"], ids["jargon"], 100, 130, valence="contradicts")
    return project, ids


@pytest.fixture
def study(tmp_path):
    project, ids = build_study(tmp_path / "constructed.telaah")
    yield project, ids
    project.close()


def _by_code(rows):
    return {row.code_id: row for row in rows}


def test_board_counts_verdicts_and_roll_up(study):
    project, ids = study
    project.evaluation.set_judgement(ids["trust"], verdict="met", conclusion="Kuat.",
                                     author="Peneliti")
    project.evaluation.set_key_quote(ids["trust"], ids["t1"])
    evidence = Evidence.load(project)
    rows = _by_code(board(evidence, project.evaluation.judgements(),
                          project.evaluation.all_key_quotes(), "indicators"))
    trust = rows[ids["trust"]]
    assert trust.counts() == {"segments": 4, "supporting": 3, "contradicting": 1, "sources": 4,
                              "participants": 3, "groups": 3, "techniques": 2}
    assert (trust.first_date, trust.last_date) == ("2025-02-01", "2025-04-10")
    assert (trust.verdict, trust.conclusion, trust.judged_by) == ("met", "Kuat.", "Peneliti")
    assert trust.key_quotes == [ids["t1"]]
    dialogue = rows[ids["dialogue"]]  # own d1 + sub good_faith g1, g2 + custom sub rakor r1
    assert dialogue.counts() == {"segments": 4, "supporting": 4, "contradicting": 0,
                                 "sources": 4, "participants": 2, "groups": 2, "techniques": 2}
    assert rows[ids["commitment"]].counts()["segments"] == 0
    assert rows[ids["commitment"]].first_date is None
    assert rows[ids["language"]].counts()["segments"] == 2  # custom code with its sub
    assert ids["good_faith"] not in rows and ids["jargon"] not in rows and ids["rakor"] not in rows
    assert rows[ids["info"]].depth == 0


def test_levels_choose_rows_and_roll_up(study):
    project, ids = study
    evidence = Evidence.load(project)
    everything = [c.id for c in project.codes.list()]
    assert evidence.rows("all") == everything == evidence.rows("direct")
    indicators = evidence.rows("indicators")
    assert ids["trust"] in indicators and ids["info"] in indicators
    assert ids["language"] in indicators and ids["jargon"] not in indicators
    dimensions = evidence.rows("dimensions")
    process = project.codes.resolve("ag2008.process").id
    assert process in dimensions and ids["info"] in dimensions and ids["trust"] not in dimensions
    rolled = _by_code(board(evidence, {}, {}, "all"))
    direct = _by_code(board(evidence, {}, {}, "direct"))
    assert rolled[ids["dialogue"]].segments == 4 and direct[ids["dialogue"]].segments == 1
    assert rolled[ids["good_faith"]].segments == direct[ids["good_faith"]].segments == 2
    assert rolled[process].segments == 8
    root = project.codes.resolve("ag2008").id
    assert rolled[root].segments == 8 and rolled[root].depth == 0
    assert rolled[ids["trust"]].depth == 2 and rolled[ids["good_faith"]].depth == 3
    with pytest.raises(ValueError):
        evidence.rows("everything")


def test_triangulation_flags_and_rule(study):
    project, ids = study
    evidence = Evidence.load(project)
    rows = _by_code(triangulation(evidence, TriangulationRule(), "indicators"))
    trust = rows[ids["trust"]].to_json()
    assert trust == {"segments": 4, "supporting": 3, "contradicting": 1,
                     "techniques": ["interview", "observation"],
                     "groups": ["Instansi pemerintah", "Platform/perusahaan swasta",
                                "Pemilik UMKM"],
                     "first_date": "2025-02-01", "last_date": "2025-04-10",
                     "flags": ["contradicted"], "triangulated": True, "kinds": {}}
    info = rows[ids["info"]]
    assert info.flags == ["single_technique", "single_group", "single_time"]
    assert not info.triangulated
    dialogue = rows[ids["dialogue"]]  # three dates; the undated document adds none
    assert dialogue.flags == [] and dialogue.triangulated
    assert dialogue.techniques == ["interview", "document"]
    empty = rows[ids["commitment"]]
    assert empty.flags == [] and not empty.triangulated and empty.to_json()["first_date"] is None
    strict = _by_code(triangulation(evidence, TriangulationRule(3, 2, 3), "indicators"))
    assert not strict[ids["trust"]].triangulated
    assert _by_code(triangulation(evidence, TriangulationRule(2, 2, 3), "indicators"))[
        ids["trust"]].triangulated


def test_rule_is_stored_in_the_project_and_tolerates_rubbish(study):
    project, _ids = study
    assert load_rule(project) == TriangulationRule(2, 2, 1)
    save_rule(project, TriangulationRule(min_techniques=3, min_groups=1, min_dates=2))
    assert load_rule(project) == TriangulationRule(3, 1, 2)
    assert '"min_techniques": 3' in project.get_setting("triangulation_rule")
    assert TriangulationRule.from_json("not json") == TriangulationRule()
    assert TriangulationRule.from_json('{"min_groups": -1, "min_dates": 2}') == \
        TriangulationRule(2, 2, 2)


def test_timeline_orders_dates_and_puts_undated_last(study):
    project, ids = study
    evidence = Evidence.load(project)
    assert timeline(evidence, ids["trust"], "all") == [
        ("2025-02-01", 1, 0), ("2025-03-01", 2, 0), ("2025-04-10", 0, 1)]
    assert timeline(evidence, ids["dialogue"], "all")[-1] == (None, 1, 0)


def test_crosstab_every_dimension_with_click_through(study):
    project, ids = study
    evidence = Evidence.load(project)
    groups = crosstab(evidence, "stakeholder_group", "indicators")
    assert [c.key for c in groups.cols] == [g.name for g in project.participants.groups()]
    assert groups.count(ids["trust"], ids["platform"]) == 1
    assert groups.count(ids["trust"], ids["umkm"]) == 1
    assert groups.unassigned(ids["trust"]) == 1  # the observation has no participant
    assert groups.count(ids["dialogue"], ids["platform"]) == 2  # d1 (own speaker) + r1
    assert cell_segments(evidence, groups, ids["dialogue"], ids["platform"]) == [
        ids["d1"], ids["r1"]]
    assert cell_segments(evidence, groups, ids["trust"], None) == [ids["t3"]]
    techniques = crosstab(evidence, "technique", "indicators")
    assert [c.key for c in techniques.cols] == ["interview", "observation", "document"]
    assert techniques.count(ids["dialogue"], "document") == 1
    assert techniques.count(ids["commitment"], "interview") == 0
    participants = crosstab(evidence, "participant", "all")
    assert [c.key for c in participants.cols] == ["P01", "P02", "P03"]
    assert participants.count(ids["trust"], ids["p3"]) == 1  # first linked participant
    sources = crosstab(evidence, "source", "direct")
    assert sources.count(ids["dialogue"], ids["s2"]) == 1
    assert sources.count(ids["dialogue"], ids["s4"]) == 0
    assert sources.max_count == 2
    with pytest.raises(ValueError):
        crosstab(evidence, "weather", "all")


def test_matrix_json_shape(study):
    project, ids = study
    evidence = Evidence.load(project)
    data = crosstab(evidence, "technique", "all").to_json(evidence)
    assert set(data) == {"rows", "cols", "cells"}
    assert len(data["rows"]) == project.codes.count()
    assert data["cells"][TRUST] == {"interview": 3, "observation": 1, "document": 0}
    assert data["cells"][str(ids["language"])] == {"interview": 2, "observation": 0,
                                                   "document": 0}
    assert data["cells"]["ag2008.process"]["interview"] == 6


def test_cooccurrence_counts_overlaps_of_different_codes(study):
    project, ids = study
    evidence = Evidence.load(project)
    direct = cooccurrence(evidence, "direct")
    assert direct.count(ids["trust"], ids["good_faith"]) == 1  # s1: [0,20) and [10,30)
    assert direct.count(ids["good_faith"], ids["trust"]) == 1
    assert direct.count(ids["trust"], ids["trust"]) is None
    assert direct.count(ids["trust"], ids["info"]) == 0  # s3: [0,10) and [20,40)
    rolled = cooccurrence(evidence, "indicators")
    assert rolled.count(ids["trust"], ids["dialogue"]) == 1
    everything = cooccurrence(evidence, "all")
    assert everything.count(ids["dialogue"], ids["good_faith"]) is None  # own sub-code
    assert cell_segments(evidence, rolled, ids["trust"], ids["dialogue"]) == [
        ids["t1"], ids["g1"]]


def test_summary_grid_rows_cells_and_summaries(study):
    project, ids = study
    key = str(ids["p2"])
    project.evaluation.set_summary("participant", key, ids["trust"], "Percaya pada Dinas.")
    project.evaluation.set_summary("participant", key, 0, "UMKM batik.")
    project.evaluation.set_summary("participant", "", ids["trust"], "Kepercayaan tumbuh.")
    evidence = Evidence.load(project)
    grid = summary_grid(evidence, project.evaluation.summaries("participant"),
                        "participant", "indicators")
    assert [r.label for r in grid.rows] == ["P01", "P02", "P03"]
    assert grid.code_ids == evidence.rows("indicators")
    assert grid.count(ids["p2"], ids["trust"]) == 1
    assert grid.count(ids["p2"], ids["language"]) == 1
    assert grid.summary(key, ids["trust"]) == "Percaya pada Dinas."
    assert grid.summary(key, 0) == "UMKM batik."
    assert grid.summary("", ids["trust"]) == "Kepercayaan tumbuh."
    data = grid.to_json(evidence)
    assert data["cells"][key][TRUST] == {"segments": 1, "summary": "Percaya pada Dinas."}
    groups = summary_grid(evidence, {}, "group", "indicators")
    assert groups.count(ids["platform"], ids["dialogue"]) == 2
    with pytest.raises(ValueError):
        summary_grid(evidence, {}, "source")


def test_empty_study_has_rows_without_evidence(empty_project):
    evidence = Evidence.load(empty_project)
    assert evidence.segment_count == 0 and board(evidence, {}, {}, "all") == []
    code = empty_project.codes.add("Theme", "Tema")
    evidence = Evidence.load(empty_project)
    rows = triangulation(evidence)
    assert [r.key for r in rows] == [str(code)] and rows[0].flags == []
    assert crosstab(evidence, "stakeholder_group", "all").to_json(evidence)["cells"] == {
        str(code): {g.name: 0 for g in empty_project.participants.groups()}}


def test_demo_study_figures(tmp_path):
    demo = pytest.importorskip("importers.demo")
    project = demo.write_demo(tmp_path / "demo.telaah")
    try:
        evidence = Evidence.load(project)
        rows = board(evidence, project.evaluation.judgements(),
                     project.evaluation.all_key_quotes(), "indicators")
        assert sum(r.segments for r in rows) > 0
        assert any(r.verdict for r in rows)
        tri = triangulation(evidence, load_rule(project), "all")
        assert any(r.triangulated for r in tri) and any("contradicted" in r.flags for r in tri)
        matrix = crosstab(evidence, "technique", "all")
        root_ids = [c.id for c in evidence.codes if c.parent_id is None and c.framework_id]

        def root(code_id):       # custom codes may sit under framework codes (tie codes do)
            code = evidence.code_by_id[code_id]
            return code if code.parent_id is None else root(code.parent_id)

        direct_total = sum(len(b.ids) for c, b in evidence.own.items() if root(c).framework_id)
        assert sum(matrix.row_total(r) for r in root_ids) == direct_total
    finally:
        project.close()


def test_voices_put_groups_and_techniques_side_by_side(study):
    from analysis import voices

    project, ids = study
    evidence = Evidence.load(project)
    by_group = {v.label: v for v in voices(evidence, ids["trust"], "indicators", "source")}
    assert by_group["Instansi pemerintah"].supporting == [ids["t1"]]
    assert by_group["Platform/perusahaan swasta"].contradicting == [ids["t4"]]
    assert "Lainnya" not in by_group  # only groups with evidence
    techniques = [v.key for v in voices(evidence, ids["trust"], "indicators", "technique")]
    assert techniques == ["interview", "observation"]
    assert voices(evidence, ids["trust"], "indicators", "time") == []
