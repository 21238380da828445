"""Indonesian for issue 18's strings: the study's method settings (triangulation kinds,
references, DeSeve citation), the printable board, bilingual stakeholder groups and the
core messages of the `verdict`/`keyquote`/`group` commands."""

from __future__ import annotations

REPORT: dict[str, str] = {
    "There is no verdict '{verdict}'; the verdicts are: {known}.":
        "Penilaian '{verdict}' tidak ada; penilaian yang tersedia: {known}.",
}
