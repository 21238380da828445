"""Smoke run of the benchmark harness (`make bench`) on a tiny generated study.

Every measure must run in its subprocess and report figures, not an error; the
targets themselves are judged only at full scale (see benchmarks/README.md).
"""

from __future__ import annotations

import json

from benchmarks.encrypted import ENCRYPTED
from benchmarks.measures import MEASURES
from benchmarks.run import main


def test_every_measure_reports_a_number(tmp_path, capsys):
    output = tmp_path / "r.json"
    assert main(["--scale", "0.005", "--runs", "1", "--data", tmp_path,
                 "--output", output]) == 0
    results = json.loads(output.read_text())
    rows = {row["name"]: row for row in results["measures"]}
    assert set(rows) == {"build", *MEASURES, *(f"{n}_encrypted" for n in ENCRYPTED)}
    for name, row in rows.items():
        assert "error" not in row, f"{name}: {row.get('error')}"
        assert isinstance(row["median"], int | float) and row["median"] > 0, name
        assert len(row["runs"]) == 1, name
    for name in ("xlsx_export", "docx_report", "refi_export", "refi_import"):
        assert rows[name]["baseline_median"] > 0 and "limit" in rows[name], name
    for name in ENCRYPTED:  # the same measure on the encrypted copy, against 1.3 x plain
        row = rows[f"{name}_encrypted"]
        assert row["limit"] == round(1.3 * rows[name]["median"], 4) and "ratio" in row, name
    table = capsys.readouterr().out
    assert "ERROR" not in table and "open the app" in table and "[encrypted]" in table
