"""`matrix`, `triangulation` and `board` on the constructed study: exact JSON contract."""

from __future__ import annotations

import json

import pytest
from test_analysis import COMMITMENT, DIALOGUE, GOOD_FAITH, INFO, TRUST, build_study

from cli.main import run


@pytest.fixture
def study_path(tmp_path):
    project, ids = build_study(tmp_path / "constructed.telaah")
    project.evaluation.set_judgement(ids["trust"], verdict="partly_met", conclusion="Sebagian.")
    keys = [c.node_id or str(c.id) for c in project.codes.list()]
    project.close()
    return tmp_path / "constructed.telaah", ids, keys


def _json(capsys, argv):
    assert run(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_matrix_by_group_json(study_path, capsys):
    path, ids, keys = study_path
    data = _json(capsys, ["matrix", str(path), "--rows", "indicator",
                          "--cols", "stakeholder_group", "--json"])
    assert list(data) == ["rows", "cols", "cells"]
    assert data["rows"] == keys  # every code, codebook order, zero rows included
    assert data["cols"] == ["Instansi pemerintah", "Perwakilan RI di luar negeri (KBRI/KJRI)",
                            "Platform/perusahaan swasta", "Mitra/lembaga asing",
                            "Pemilik UMKM", "Pendamping/asosiasi", "Lainnya"]
    assert data["cells"][TRUST] == {
        "Instansi pemerintah": 1, "Perwakilan RI di luar negeri (KBRI/KJRI)": 0,
        "Platform/perusahaan swasta": 1, "Mitra/lembaga asing": 0, "Pemilik UMKM": 1,
        "Pendamping/asosiasi": 0, "Lainnya": 0}
    assert data["cells"][DIALOGUE]["Platform/perusahaan swasta"] == 2  # sub-codes rolled up
    assert data["cells"][GOOD_FAITH]["Instansi pemerintah"] == 1
    assert set(data["cells"][COMMITMENT].values()) == {0}
    assert data["cells"][str(ids["language"])]["Pemilik UMKM"] == 1


@pytest.mark.parametrize(("cols", "expected"), [
    ("technique", {"interview": 3, "observation": 1, "document": 0}),
    ("participant", {"P01": 1, "P02": 1, "P03": 1}),
    ("source", {"Wawancara Dinas": 1, "Wawancara UMKM": 1, "Observasi rakor": 1,
                "Notulen": 0, "Wawancara platform": 1}),
])
def test_matrix_other_dimensions(study_path, capsys, cols, expected):
    path, _ids, _keys = study_path
    data = _json(capsys, ["matrix", str(path), "--cols", cols, "--json"])
    assert data["cells"][TRUST] == expected
    assert data["cols"] == list(expected)


def test_matrix_levels_and_cooccurrence(study_path, capsys):
    path, _ids, _keys = study_path
    data = _json(capsys, ["matrix", str(path), "--cols", "technique", "--level", "indicators",
                          "--json"])
    assert TRUST in data["rows"] and GOOD_FAITH not in data["rows"]
    data = _json(capsys, ["matrix", str(path), "--cols", "code", "--level", "direct",
                          "--json"])
    assert data["cells"][TRUST][GOOD_FAITH] == 1 and data["cells"][TRUST][TRUST] is None


def test_triangulation_json(study_path, capsys):
    path, ids, keys = study_path
    data = _json(capsys, ["triangulation", str(path), "--json"])
    assert list(data) == keys
    fields = ["segments", "supporting", "contradicting", "techniques", "groups", "first_date",
              "last_date", "flags", "triangulated", "kinds"]  # the old keys kept, one added
    assert all(list(record) == fields for record in data.values())
    trust_groups = ["Instansi pemerintah", "Platform/perusahaan swasta", "Pemilik UMKM"]
    assert data[TRUST] == {"segments": 4, "supporting": 3, "contradicting": 1,
                           "techniques": ["interview", "observation"],
                           "groups": trust_groups,
                           "first_date": "2025-02-01", "last_date": "2025-04-10",
                           "flags": ["contradicted"], "triangulated": True,
                           "kinds": {  # the default kinds: source and technique
                               "source": {"met": True, "count": 3, "found": trust_groups},
                               "technique": {"met": True, "count": 2,
                                             "found": ["interview", "observation"]}}}
    assert data[INFO]["flags"] == ["single_technique", "single_group", "single_time"]
    assert data[INFO]["triangulated"] is False
    assert data[COMMITMENT] == {"segments": 0, "supporting": 0, "contradicting": 0,
                                "techniques": [], "groups": [], "first_date": None,
                                "last_date": None, "flags": [], "triangulated": False,
                                "kinds": {"source": {"met": False, "count": 0, "found": []},
                                          "technique": {"met": False, "count": 0,
                                                        "found": []}}}
    assert data[DIALOGUE]["segments"] == 4 and data[str(ids["jargon"])]["contradicting"] == 1


def test_triangulation_kinds_chosen_in_the_study(study_path, capsys):
    path, _ids, _keys = study_path
    from analysis import save_kinds
    from storage import Project

    with Project.open(path) as project:
        save_kinds(project, ["time", "investigator"])
    data = _json(capsys, ["triangulation", str(path), "--json"])
    assert list(data[TRUST]["kinds"]) == ["time", "investigator"]
    assert data[TRUST]["kinds"]["time"] == {
        "met": True, "count": 3, "found": ["2025-02-01", "2025-03-01", "2025-04-10"]}
    assert data[TRUST]["kinds"]["investigator"]["met"] is False  # one coder
    assert data[INFO]["kinds"]["time"]["met"] is False  # one date
    assert run(["triangulation", str(path)]) == 0
    assert "investigator" in capsys.readouterr().out


def test_triangulation_follows_the_stored_rule(study_path, capsys):
    path, _ids, _keys = study_path
    from analysis import TriangulationRule, save_rule
    from storage import Project

    with Project.open(path, coder="Tester") as project:
        save_rule(project, TriangulationRule(min_techniques=3))
    data = _json(capsys, ["triangulation", str(path), "--json"])
    assert data[TRUST]["triangulated"] is False


def test_readable_tables(study_path, capsys):
    path, _ids, _keys = study_path
    assert run(["triangulation", str(path)]) == 0
    out = capsys.readouterr().out
    assert TRUST in out and "contradicted" in out and "{" not in out
    assert out.startswith("# all levels (each code with its sub-codes); triangulated = at "
                          "least 2 technique(s), 2 group(s), 1 date(s)")
    assert run(["matrix", str(path), "--cols", "technique"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "# all levels (each code with its sub-codes); columns: technique"
    assert lines[1].split() == ["code", "interview", "observation", "document"]
    assert any(line.startswith(TRUST) and line.split()[1:] == ["3", "1", "0"] for line in lines)
    assert run(["board", str(path), "--level", "indicators", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Trust-building" in out or "Trust building" in out
    assert "partly_met" in out


def test_board_json(study_path, capsys):
    path, ids, _keys = study_path
    data = _json(capsys, ["board", str(path), "--level", "indicators", "--json"])
    trust = data[TRUST]
    assert trust["verdict"] == "partly_met" and trust["conclusion"] == "Sebagian."
    assert (trust["segments"], trust["sources"], trust["groups"]) == (4, 4, 3)
    assert GOOD_FAITH not in data and str(ids["language"]) in data


def test_bad_project_is_one_line_error(tmp_path, capsys):
    assert run(["triangulation", str(tmp_path / "missing.telaah"), "--json"]) == 2
    assert "does not exist" in capsys.readouterr().err
