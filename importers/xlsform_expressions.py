"""XLSForm conditions (`relevant`, `constraint`) evaluated while answers are entered.

The text is split into tokens by pyxform's own expression lexer
(`pyxform.parsing.expression.parse_expression`), so what counts as a reference, a
number, a string or an operator is exactly what pyxform sees. A small parser then
evaluates the subset Telaah supports, with XPath 1.0 semantics as ODK applies them:
`${q}` (the answer as text, '' when unanswered), `.` (the answer being checked, in a
constraint), numbers and quoted strings, `+ - * div mod`, `= != < > <= >=` (numeric
when either side is a number or for `< > <= >=`; text otherwise; an empty or
non-numeric value never compares as a number), `and`, `or`, `not()`, `true()`,
`false()`, `selected(${q}, 'x')`, `count-selected(${q})`, `string-length()` and
parentheses. `Unsupported` is raised for anything else, so callers can fall back
(show the question; accept the answer) instead of guessing; `SyntaxProblem` for text
that is not an expression at all (unbalanced parentheses, a dangling operator).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

Answers = Mapping[str, str]


class Unsupported(Exception):
    """The expression uses something outside the supported subset."""


class SyntaxProblem(Exception):
    """The expression cannot be read (the message says why)."""


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each token, whitespace dropped (pyxform's lexer)."""
    from pyxform.parsing.expression import parse_expression

    found: list[tuple[str, str]] = []
    end = -1
    for token in parse_expression(text):
        if token.type == "WHITESPACE":
            end = -1
            continue
        if (token.type == "OPS_COMP" and str(token) == "=" and token.start_pos == end
                and found[-1] in (("OPS_COMP", "<"), ("OPS_COMP", ">"))):
            found[-1] = ("OPS_COMP", found[-1][1] + "=")  # the lexer splits '<=' and '>='
        else:
            found.append((token.type, str(token)))
        end = token.end_pos
    return found


def references(text: str) -> list[str]:
    """The question names referred to as ${name}."""
    return [value[2:-1] for kind, value in tokens(text) if kind == "PYXFORM_REF"]


def check(text: str) -> None:
    """Raise SyntaxProblem if `text` is not a readable expression (Unsupported is fine)."""
    parser = _Parser(tokens(text), {}, None)
    parser.syntax_only = True
    parser.parse()


def evaluate(text: str, answers: Answers, current: str | None = None) -> object:
    """The value of `text` given the answers by question name (`current` is `.`)."""
    return _Parser(tokens(text), answers, current).parse()


def truth(value: object) -> bool:
    """XPath boolean(): non-empty text, a non-zero number, true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not math.isnan(value) and value != 0
    return bool(value)


def is_relevant(text: str, answers: Answers) -> bool:
    """Whether a question shows; an empty or unsupported condition shows it."""
    if not text.strip():
        return True
    try:
        return truth(evaluate(text, answers))
    except (Unsupported, SyntaxProblem):
        return True


def passes(text: str, answers: Answers, value: str) -> bool:
    """Whether `value` meets a constraint; an empty or unsupported constraint is met."""
    if not text.strip() or value == "":
        return True
    try:
        return truth(evaluate(text, answers, value))
    except (Unsupported, SyntaxProblem):
        return True


def number(value: object) -> float:
    """XPath number(): NaN for empty or non-numeric text."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    try:
        return float(str(value).strip())
    except ValueError:
        return math.nan


def _compare(op: str, left: object, right: object) -> bool:
    numeric = op not in ("=", "!=") or isinstance(left, float) or isinstance(right, float)
    if isinstance(left, bool) or isinstance(right, bool):
        a, b = truth(left), truth(right)
    elif numeric:
        a, b = number(left), number(right)
        if math.isnan(a) or math.isnan(b):
            return op == "!="
    else:
        a, b = str(left), str(right)
    return {"=": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b,
            ">=": a >= b}[op]


def _arithmetic(op: str, left: object, right: object) -> float:
    a, b = number(left), number(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return math.nan
    return a / b if op == "div" else math.fmod(a, b)


class _Parser:
    """Recursive descent over the tokens: or > and > comparison > sum > product > unary."""

    def __init__(self, items: list[tuple[str, str]], answers: Answers, current: str | None):
        self.items, self.answers, self.current = items, answers, current
        self.index = 0
        self.syntax_only = False

    def parse(self) -> object:
        if not self.items:
            raise SyntaxProblem("the expression is empty")
        value = self.or_expr()
        if self.index != len(self.items):
            raise SyntaxProblem(f"unexpected '{self.items[self.index][1]}'")
        return value

    def peek(self) -> tuple[str, str]:
        return self.items[self.index] if self.index < len(self.items) else ("END", "")

    def take(self) -> tuple[str, str]:
        item = self.peek()
        if item[0] == "END":
            raise SyntaxProblem("the expression ends too early")
        self.index += 1
        return item

    def binary(self, kinds: set[str], words: set[str], lower: Callable[[], object],
               apply: Callable[[str, object, object], object]) -> object:
        value = lower()
        while self.peek()[0] in kinds and self.peek()[1].strip() in words:
            op = self.take()[1].strip()
            value = apply(op, value, lower())
        return value

    def or_expr(self) -> object:
        return self.binary({"OPS_BOOL"}, {"or"}, self.and_expr,
                           lambda _op, a, b: truth(a) or truth(b))

    def and_expr(self) -> object:
        return self.binary({"OPS_BOOL"}, {"and"}, self.comparison,
                           lambda _op, a, b: truth(a) and truth(b))

    def comparison(self) -> object:
        return self.binary({"OPS_COMP"}, {"=", "!=", "<", ">", "<=", ">="}, self.sum, _compare)

    def sum(self) -> object:
        return self.binary({"OPS_MATH"}, {"+", "-"}, self.product, _arithmetic)

    def product(self) -> object:
        return self.binary({"OPS_MATH"}, {"*", "div", "mod"}, self.unary, _arithmetic)

    def unary(self) -> object:
        if self.peek() == ("OPS_MATH", "-"):
            self.take()
            return -number(self.unary())
        return self.primary()

    def primary(self) -> object:
        kind, text = self.take()
        if kind == "NUMBER":
            return float(text)
        if kind == "SYSTEM_LITERAL":
            return text[1:-1]
        if kind == "PYXFORM_REF":
            return self.answers.get(text[2:-1], "")
        if kind == "SELF_REF":
            return "" if self.current is None else self.current
        if kind == "OPEN_PAREN":
            value = self.or_expr()
            self.expect_close()
            return value
        if kind == "FUNC_CALL":
            return self.call(text[:-1])
        if kind in ("CLOSE_PAREN", "OPS_MATH", "OPS_COMP", "OPS_BOOL", "COMMA"):
            raise SyntaxProblem(f"unexpected '{text.strip()}'")
        if kind in ("PYXFORM_REF_START", "PYXFORM_REF_END", "OTHER"):
            raise SyntaxProblem(f"cannot read '{text}'")
        raise Unsupported(text)

    def expect_close(self) -> None:
        if self.take()[0] != "CLOSE_PAREN":
            raise SyntaxProblem("a parenthesis is not closed")

    def call(self, name: str) -> object:
        args = []
        if self.peek()[0] != "CLOSE_PAREN":
            args.append(self.or_expr())
            while self.peek()[0] == "COMMA":
                self.take()
                args.append(self.or_expr())
        self.expect_close()
        if self.syntax_only:
            return ""
        return self.function(name, args)

    def function(self, name: str, args: list[object]) -> object:
        if name == "not" and len(args) == 1:
            return not truth(args[0])
        if name in ("true", "false") and not args:
            return name == "true"
        if name == "selected" and len(args) == 2:
            return str(args[1]) in str(args[0]).split()
        if name == "count-selected" and len(args) == 1:
            return float(len(str(args[0]).split()))
        if name == "string-length" and len(args) <= 1:
            return float(len(str(args[0] if args else self.current or "")))
        raise Unsupported(name)
