"""Agreement statistics: published worked examples, the `krippendorff` package itself,
and the constructed three-coder study (tests/team_study.py) with figures worked out by
hand (the arithmetic is written out in docs/AGREEMENT.md)."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from analysis.agreement import agreement
from analysis.agreement_stats import (
    brennan_prediger,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from storage.errors import ValidationError
from tests.team_study import X, Y, build_team_study


@pytest.fixture
def team(tmp_path):
    project = build_team_study(tmp_path / "team.telaah")
    yield project
    project.close()


# -- published worked examples -------------------------------------------------------

def test_cohen_kappa_of_the_textbook_example():
    # Wikipedia "Cohen's kappa", first worked example: 50 grant proposals, both yes 20,
    # A yes / B no 5, A no / B yes 10, both no 15: po = 0.7, pe = 0.5, kappa = 0.4.
    assert percent_agreement(20, 5, 10, 15) == pytest.approx(0.7)
    assert cohen_kappa(20, 5, 10, 15) == pytest.approx(0.4)


def test_cohen_kappa_is_not_scotts_pi():
    # The check docs/AGREEMENT.md shows: chance agreement from each coder's own
    # proportions. With pooled proportions (Scott's pi) the same table gives 0.3939...
    # Marginals A yes 25/50, B yes 30/50.
    pooled_yes = (25 + 30) / 100
    scott = (0.7 - (pooled_yes ** 2 + (1 - pooled_yes) ** 2)) / (
        1 - (pooled_yes ** 2 + (1 - pooled_yes) ** 2))
    assert scott == pytest.approx(0.39394, abs=1e-5)
    assert cohen_kappa(20, 5, 10, 15) != pytest.approx(scott)


def test_krippendorff_binary_example_from_krippendorff_2011():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section A:
    # two observers, ten units, binary data: alpha = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    patterns: dict[tuple, int] = {}
    for pair in zip(a, b, strict=True):
        patterns[pair] = patterns.get(pair, 0) + 1
    assert krippendorff_alpha(patterns, 2) == pytest.approx(0.095, abs=5e-4)
    assert krippendorff.alpha([a, b], level_of_measurement="nominal") == pytest.approx(
        krippendorff_alpha(patterns, 2))


def test_brennan_prediger_uses_one_over_the_number_of_categories():
    assert brennan_prediger(0.8, 2) == pytest.approx(0.6)
    assert brennan_prediger(0.5, 4) == pytest.approx(1 / 3)
    assert brennan_prediger(None, 2) is None


def test_undefined_figures_are_none():
    assert cohen_kappa(0, 0, 0, 0) is None
    assert cohen_kappa(0, 0, 0, 10) is None  # nobody coded: chance agreement is 1
    assert krippendorff_alpha({(0, 0): 10}, 2) is None


# -- the collapse of unanimous units is exact ------------------------------------------

@pytest.mark.parametrize("patterns", [
    {(1, 1, 1): 15, (1, 1, 0): 20, (1, 0, 0): 5, (0, 0, 0): 110},
    {("x", "x"): 7, ("x", "y"): 3, ("y", "y"): 4, ("z", "x"): 2, ("z", "z"): 9},
])
def test_alpha_equals_the_package_on_every_unit_written_out(patterns):
    coders = len(next(iter(patterns)))
    columns = [pattern for pattern, count in patterns.items() for _ in range(count)]
    values = sorted({v for p in patterns for v in p})
    data = np.array([[values.index(unit[c]) for unit in columns] for c in range(coders)])
    expected = krippendorff.alpha(data, level_of_measurement="nominal")
    assert krippendorff_alpha(patterns, coders) == pytest.approx(expected, abs=1e-12)


# -- the constructed three-coder study ---------------------------------------------------

def _row(table, key):
    return next(row for row in table.codes if row.code == key)


def test_character_agreement_of_the_constructed_study(team):
    report = agreement(team, ["A", "B", "C"])
    assert (report.sources, report.characters) == (2, 150)
    ab = report.pairs[0]
    assert ab.coders == ("A", "B")
    x = _row(ab, X)
    assert x.counts == {"both": 35, "only_a": 5, "only_b": 0, "neither": 110}
    assert x.percent == pytest.approx(145 / 150)
    assert x.kappa == pytest.approx(7700 / 8450)          # 0.9112
    y = _row(ab, Y)
    assert y.counts == {"both": 10, "only_a": 10, "only_b": 0, "neither": 130}
    assert y.kappa == pytest.approx(2600 / 4100)          # 0.6341
    assert ab.overall.counts == {"both": 45, "only_a": 15, "only_b": 0, "neither": 240}
    assert ab.overall.percent == pytest.approx(285 / 300)
    assert ab.overall.kappa == pytest.approx(24 / 29)     # 0.8276
    assert [t.coders for t in report.pairs] == [("A", "B"), ("A", "C"), ("B", "C")]


def test_krippendorff_alpha_of_the_constructed_study(team):
    report = agreement(team, ["A", "B", "C"])
    alphas = {a.code: a.alpha for a in report.alpha_codes}
    assert alphas[X] == pytest.approx(1 - 449 * 50 / 64800)      # 0.6535
    assert alphas[Y] == pytest.approx(1 - 449 * 40 / 46800)      # 0.6162
    assert report.alpha_overall == pytest.approx(1 - 899 * 90 / 225000)  # 0.6404
    [dimension] = report.alpha_dimensions
    assert dimension.code == "ag2008.process"
    assert dimension.alpha == pytest.approx(1 - 449 * 90 / 100800)     # 0.5991


def test_segment_agreement_of_the_constructed_study(team):
    report = agreement(team, ["A", "B"], unit="segment")
    ab = report.pairs[0]
    assert _row(ab, X).counts == {"agreed": 1, "only_a": 1, "only_b": 1}
    assert _row(ab, X).percent == pytest.approx(1 / 3)
    assert _row(ab, X).kappa == pytest.approx(-1 / 3)
    assert _row(ab, Y).counts == {"agreed": 0, "only_a": 1, "only_b": 1}
    assert ab.overall.percent == pytest.approx(0.2)
    assert ab.overall.kappa == pytest.approx(-0.6)
    looser = agreement(team, ["A", "B"], unit="segment", overlap=0.7).pairs[0]
    assert _row(looser, X).percent == pytest.approx(1.0)  # S2: 15/20 = 0.75 overlap


def test_code_filter_and_json_carry_unit_and_rule(team):
    code_x = team.codes.resolve(X).id
    report = agreement(team, ["A", "B"], code_ids=[code_x])
    data = report.as_json()
    assert [row["code"] for row in data["pairs"][0]["codes"]] == [X]
    assert data["pairs"][0]["unit"] == "character"
    assert "Cohen" in data["pairs"][0]["rule"]
    assert data["alpha"]["unit"] == "character"


def test_only_sources_every_coder_coded_count(team):
    extra = team.sources.add("interview", "S3", "c" * 40)
    team.segments.add(extra, team.codes.resolve(X).id, 0, 10, coder="A")
    assert agreement(team, ["A", "B"]).characters == 150


@pytest.mark.parametrize("coders, message", [
    (["A"], "two different coders"),
    (["A", "A"], "two different coders"),
    (["A", "Z"], "No segments are coded by Z"),
])
def test_bad_coder_lists_are_refused(team, coders, message):
    with pytest.raises(ValidationError, match=message):
        agreement(team, coders)


# -- the fast path against every character written out -----------------------------------

def _written_out(team, coders, code_ids, total_by_source):
    """Per code: each character's tuple of 0/1 per coder, from the segments directly."""
    units = {code_id: [] for code_id in code_ids}
    for source_id, length in total_by_source.items():
        segments = team.segments.for_source(source_id)
        for code_id in code_ids:
            marks = [[0] * length for _ in coders]
            for segment in segments:
                if segment.code_id == code_id and segment.coder in coders:
                    row = marks[coders.index(segment.coder)]
                    row[segment.start:segment.end] = [1] * (segment.end - segment.start)
            units[code_id] += list(zip(*marks, strict=True))
    return units


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_codings_match_the_package_character_by_character(tmp_path, seed):
    import random

    from storage import Project

    rng = random.Random(seed)
    coders = ["A", "B", "C"]
    with Project.create(tmp_path / "r.telaah", frameworks=["ag2008"], coder="L") as team:
        sources = {team.sources.add("interview", f"S{i}", "x" * n): n
                   for i, n in enumerate((120, 80))}
        codes = [team.codes.resolve(X).id, team.codes.resolve(Y).id]
        with team.action("Code"):
            for coder in coders:
                for source_id, n in sources.items():
                    for _ in range(rng.randint(1, 6)):
                        start = rng.randrange(n - 1)
                        team.segments.add(source_id, rng.choice(codes), start,
                                          rng.randint(start + 1, min(n, start + 40)),
                                          coder=coder)
        report = agreement(team, coders)
        units = _written_out(team, coders, codes, sources)
    alphas = {a.code: a.alpha for a in report.alpha_codes}
    for code_id, key in zip(codes, (X, Y), strict=True):
        data = np.array(units[code_id]).T
        if key in alphas and alphas[key] is not None:
            assert alphas[key] == pytest.approx(
                krippendorff.alpha(data, level_of_measurement="nominal"), abs=1e-9)
        pair = next((r for r in report.pairs[0].codes if r.code == key), None)
        if pair is not None:
            both = int(((data[0] == 1) & (data[1] == 1)).sum())
            only_a = int(((data[0] == 1) & (data[1] == 0)).sum())
            assert (pair.counts["both"], pair.counts["only_a"]) == (both, only_a)
    # The dimension: a character's value is the one code given, none, or "several".
    x_units, y_units = units[codes[0]], units[codes[1]]
    nominal = [[("X" if x else "Y") if x != y else ("several" if x else "none")
                for x, y in zip(xs, ys, strict=True)]
               for xs, ys in zip(x_units, y_units, strict=True)]
    values = sorted({v for unit in nominal for v in unit})
    data = np.array([[values.index(unit[c]) for unit in nominal] for c in range(3)])
    [dimension] = report.alpha_dimensions
    assert dimension.alpha == pytest.approx(
        krippendorff.alpha(data, level_of_measurement="nominal"), abs=1e-9)
