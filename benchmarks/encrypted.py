"""The measures again on an encrypted copy of the large study (issue 13: ≤ 1.3 ×).

`ensure_encrypted_copy(path)` makes `large-SCALE-encrypted.telaah` beside the study (a
copy encrypted with `storage.encryption.set_password`, remade when the study is newer).
`encrypted_rows(...)` runs the core measures in `ENCRYPTED` on it, in their own
subprocesses with the password in TELAAH_PASSWORD, and judges each against 1.3 times
the median of the same measure on the plain study. The GUI measures are left out: the
app would ask for the password in a dialog.
"""

from __future__ import annotations

import shutil
from pathlib import Path

PASSWORD = "telaah-benchmark"
FACTOR = 1.3
ENCRYPTED = ("open_project", "key_derivation", "search", "evidence", "board",
             "triangulation", "matrix", "docx_report", "xlsx_export", "refi_export")


def ensure_encrypted_copy(path: Path) -> Path:
    from storage.encryption import set_password

    target = path.with_name(f"{path.stem}-encrypted{path.suffix}")
    if target.exists() and target.stat().st_mtime >= path.stat().st_mtime:
        return target
    for stale in path.parent.glob(f"{target.name}*"):
        stale.unlink()
    temporary = target.with_name(f".{target.name}.building")
    shutil.copy(path, temporary)
    set_password(temporary, None, PASSWORD)
    temporary.replace(target)
    return target


def _judge(row: dict, plain_median: float) -> None:
    """Against 1.3 x the plain figure; opening is judged without the key derivation
    (PBKDF2, the password's designed-in cost, measured by `key_derivation`)."""
    details = row.setdefault("details", {})
    judged = details.get("after the key", row["median"])
    row["limit"] = round(FACTOR * plain_median, 4)
    row["ok"] = judged <= row["limit"]
    row["ratio"] = round(judged / max(plain_median, 1e-9), 2)
    if "after the key" in details:
        details["after the key"] = f"{judged * 1000:.1f} ms"
        details["ratio"] = f"{row['ratio']:.2f} x unencrypted, after the key"
    else:
        details["ratio"] = f"{row['ratio']:.2f} x unencrypted"


def encrypted_rows(plain_rows: list[dict], path: Path, meta: dict, runs: int,
                   run_measure, summarise) -> list[dict]:
    """One row per measure of ENCRYPTED that ran on the plain study."""
    plain = {row["name"]: row for row in plain_rows if "median" in row}
    wanted = [name for name in ENCRYPTED if name in plain]
    if not wanted:
        return []
    copy = ensure_encrypted_copy(path)
    rows = []
    for name in wanted:
        row = summarise(run_measure(name, copy, meta, runs, password=PASSWORD))
        row["name"] = f"{name}_encrypted"
        row["label"] = f"{row['label'][:40]} [encrypted]"
        row["target"] = f"<= {FACTOR:g} x unencrypted"
        row.pop("baseline_median", None)
        row.pop("baseline_values", None)
        if "median" in row:
            _judge(row, plain[name]["median"])
        rows.append(row)
    return rows
