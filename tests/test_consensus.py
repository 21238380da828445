"""Settling disagreements (storage.consensus) on the constructed three-coder study; the
agreement figures follow."""

from __future__ import annotations

import pytest

from analysis.agreement import agreement
from storage.consensus import accept_version, merge_into_consensus
from storage.errors import ValidationError
from tests.team_study import X, Y, build_team_study


@pytest.fixture
def team(tmp_path):
    project = build_team_study(tmp_path / "team.telaah")
    yield project
    project.close()


def _ids(team):
    s1 = team.sources.by_title("S1").id
    s2 = team.sources.by_title("S2").id
    return s1, s2, team.codes.resolve(X).id, team.codes.resolve(Y).id


def test_accepting_a_version_removes_the_disagreement_and_is_one_step(team):
    s1, s2, x, y = _ids(team)
    before = agreement(team, ["A", "B"]).pairs[0].overall.kappa
    changes = []
    team.subscribe(changes.append)
    accept_version(team, s1, y, 40, 50, chosen="A", coders=["A", "B"], memo="A benar.")
    accept_version(team, s2, x, 25, 30, chosen="B", coders=["A", "B"])
    after = agreement(team, ["A", "B"]).pairs[0]
    assert after.overall.counts["only_a"] == 0 and after.overall.counts["only_b"] == 0
    assert after.overall.kappa == pytest.approx(1.0)
    assert before < 0.9
    assert [m.body for m in team.memos.list("segment")] == ["A benar."]
    assert [(s.start, s.end) for s in team.segments.for_source(s2) if s.coder == "A"] == [
        (10, 25)]
    team.undo(changes[1])
    team.undo(changes[0])
    assert agreement(team, ["A", "B"]).pairs[0].overall.kappa == pytest.approx(before)


def test_merging_into_consensus_codes_the_union_once(team):
    s1, _s2, _x, y = _ids(team)
    segment_id = merge_into_consensus(team, s1, y, 40, 60, coders=["A", "B", "C"],
                                      consensus="Konsensus", memo="Disepakati rapat tim.")
    segment = team.segments.get(segment_id)
    assert (segment.coder, segment.start, segment.end) == ("Konsensus", 40, 60)
    assert team.memos.list("segment", segment_id)[0].body == "Disepakati rapat tim."
    assert {s.coder for s in team.segments.for_codes([y])} == {"A", "B", "C", "Konsensus"}
    with pytest.raises(ValidationError, match="name of its own"):
        merge_into_consensus(team, s1, y, 40, 60, coders=["A", "B"], consensus="A")
