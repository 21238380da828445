"""The XLSForm expression subset evaluated during data entry (pyxform's lexer)."""

from __future__ import annotations

import pytest

from importers.xlsform_expressions import (
    SyntaxProblem,
    check,
    evaluate,
    is_relevant,
    passes,
    references,
    truth,
)

ANSWERS = {"a": "5", "b": "ya", "m": "training fair", "empty": ""}


@pytest.mark.parametrize(("text", "expected"), [
    ("${a} >= 4", True), ("${a} <= 4", False), ("${a} = 5", True), ("${a} != '5'", False),
    ("${b} = 'ya'", True), ("${a} > 4 and ${b} = 'tidak'", False),
    ("${a} > 9 or ${b} = 'ya'", True), ("not(${b} = 'ya')", False),
    ("selected(${m}, 'fair')", True), ("selected(${m}, 'loan')", False),
    ("count-selected(${m}) = 2", True), ("count-selected(${empty}) = 0", True),
    ("${empty} = ''", True), ("${empty} > 3", False), ("(${a} + 1) * 2 = 12", True),
    ("${a} div 2 = 2.5", True), ("${a} mod 2 = 1", True), ("true() and not(false())", True),
    ("string-length(${b}) = 2", True), ("-${a} < 0", True),
])
def test_subset_follows_xpath_semantics(text, expected):
    assert truth(evaluate(text, ANSWERS)) is expected


def test_constraints_use_the_answer_as_dot():
    assert passes(". >= 17 and . < 100", {}, "40")
    assert not passes(". >= 17 and . < 100", {}, "12")
    assert passes(". >= 17", {}, "")  # an empty answer is not checked (required is)


def test_unsupported_and_broken_expressions():
    assert is_relevant("today() > ${a}", ANSWERS)  # unsupported: shown, not guessed
    assert passes("regex(., '^[0-9]+$')", {}, "x")
    for broken in ("((${a} = 1", "${a} =", "= 3", "${a} = 1)"):
        with pytest.raises(SyntaxProblem):
            check(broken)
    check("regex(., '^[0-9]+$')")  # readable, only outside the subset
    assert references("${a} > 1 and selected(${m}, 'x')") == ["a", "m"]
