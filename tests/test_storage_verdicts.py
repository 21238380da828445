"""Verdict options can be renamed, reordered and removed; each change is one undo step."""

from __future__ import annotations

import pytest

from storage import ValidationError
from storage.errors import NotFoundError


def options(project) -> list[tuple[str, str, str]]:
    return [(o.key, o.label_en, o.label_id) for o in project.evaluation.verdict_options()]


def positions(project) -> list[int]:
    return [o.position for o in project.evaluation.verdict_options()]


def test_rename_keeps_the_key_and_the_judgements(project):
    trust = project.codes.resolve("ag2008.process.trust_building").id
    project.evaluation.set_judgement(trust, verdict="partly_met")
    project.evaluation.update_verdict_option("partly_met", label_id="Sebagian terpenuhi")
    assert ("partly_met", "Partly met", "Sebagian terpenuhi") in options(project)
    assert project.evaluation.judgement(trust).verdict == "partly_met"
    with pytest.raises(ValidationError):
        project.evaluation.update_verdict_option("partly_met", label_en="  ")
    with pytest.raises(NotFoundError):
        project.evaluation.update_verdict_option("nope", label_en="x")


def test_move_renumbers_and_undoes_in_one_step(project):
    seen = []
    project.subscribe(seen.append)
    project.evaluation.move_verdict_option("not_found", -2)
    assert [k for k, _e, _i in options(project)] == ["met", "not_found", "partly_met",
                                                     "not_optimal"]
    assert positions(project) == [0, 1, 2, 3]
    project.evaluation.move_verdict_option("met", -1)       # already first: stays
    assert options(project)[0][0] == "met"
    project.undo(seen[0])
    assert [k for k, _e, _i in options(project)] == ["met", "partly_met", "not_optimal",
                                                     "not_found"]


def test_remove_only_what_no_indicator_carries(project):
    trust = project.codes.resolve("ag2008.process.trust_building").id
    project.evaluation.set_judgement(trust, verdict="not_found")
    assert project.evaluation.verdict_usage() == {"not_found": 1}
    before = options(project)
    with pytest.raises(ValidationError, match="given to 1 indicator"):
        project.evaluation.delete_verdict_option("not_found")
    assert options(project) == before
    seen = []
    project.subscribe(seen.append)
    project.evaluation.delete_verdict_option("partly_met")
    assert [k for k, _e, _i in options(project)] == ["met", "not_optimal", "not_found"]
    assert positions(project) == [0, 1, 2]
    project.undo(seen[0])
    assert options(project) == before and positions(project) == [0, 1, 2, 3]
