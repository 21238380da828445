"""Commands for autocode (filled in by its feature)."""

from __future__ import annotations


def register(sub) -> None:
    return None
