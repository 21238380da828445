"""`make bench`: build the large study once, run every measure, print and save the table.

Each measure runs in its own subprocess (`python -m benchmarks.measure NAME ...`) so that
its peak memory (ru_maxrss) is its own and one measure's caches do not help another.
The table shows the median of several runs, the limit it is judged against (computed
from the baseline's median where the target is relative), the peak memory and a few
details; `benchmarks/results.json` keeps the figures. Options: `--scale` (1.0: the
issue's large study), `--runs`, `--only NAME ...`, `--data` (folder of generated
studies), `--output` (the JSON file), `--plain-only` (skip the encrypted copy's rows,
`benchmarks/encrypted.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.encrypted import encrypted_rows
from benchmarks.measures import MEASURES, format_value

HERE = Path(__file__).resolve().parent


def ensure_study(folder: Path, scale: float) -> tuple[Path, dict]:
    """The generated study for `scale`, built (and timed) when missing."""
    from benchmarks.generate import VERSION, generate_large_study

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"large-{scale:g}.telaah"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("version") == VERSION:
            _bring_up_to_date(path)
            return path, meta
    for stale in folder.glob(f"large-{scale:g}.telaah*"):
        stale.unlink()
    started = time.perf_counter()
    study = generate_large_study(path, scale=scale)
    meta = {"version": VERSION, "build_seconds": round(time.perf_counter() - started, 2),
            "big_source_id": study.big_source_id, "sources": study.sources,
            "characters": study.characters, "codes": study.codes,
            "segments": study.segments, "memos": study.memos}
    meta_path.write_text(json.dumps(meta, indent=1))
    return path, meta


def _bring_up_to_date(path: Path) -> None:
    """Apply pending schema migrations now, so that no measure times them."""
    from storage import Project
    from storage.schema import pending_count

    project = Project.open(path, readonly=True)
    try:
        pending = pending_count(project.db)
    finally:
        project.close()
    if pending:
        Project.open(path, full_check=False, backups_kept=1).close()


def run_measure(name: str, path: Path, meta: dict, runs: int,
                password: str | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "TELAAH_CONFIG_DIR": str(path.parent / "config"),
           "TELAAH_DATA_DIR": str(path.parent / "userdata"),
           "XDG_CONFIG_HOME": str(path.parent / "xdg")}  # QSettings of the window
    command = [sys.executable, "-m", "benchmarks.measure", name, str(path),
               "--big-source", str(meta["big_source_id"]), "--runs", str(runs)]
    if password:
        env["TELAAH_PASSWORD"] = password
        command.append("--encrypted")
    result = subprocess.run(command, capture_output=True, text=True, env=env,
                            cwd=HERE.parent, timeout=1800)
    if result.returncode != 0:
        return {"name": name, "error": (result.stderr.strip().splitlines() or ["failed"])[-1]}
    try:
        return json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"name": name, "error": "no figures printed"}


def summarise(raw: dict) -> dict:
    measure = MEASURES[raw["name"]]
    if "error" in raw:
        return {"name": raw["name"], "label": measure.label, "target": measure.target_text,
                "error": raw["error"]}
    value = statistics.median(raw["values"])
    target = measure.target_value(raw)
    row = {"name": raw["name"], "label": measure.label, "unit": measure.unit,
           "median": round(value, 4), "runs": [round(v, 4) for v in raw["values"]],
           "peak_mb": raw.get("peak_mb"), "target": measure.target_text}
    if target is not None:
        row["limit"] = round(target, 4)
        row["ok"] = value <= target
    if measure.memory_limit_mb is not None:
        row["memory_ok"] = (raw.get("peak_mb") or 0) <= measure.memory_limit_mb
    if raw.get("baseline_values"):
        row["baseline_median"] = round(statistics.median(raw["baseline_values"]), 4)
        row["baseline_values"] = [round(v, 4) for v in raw["baseline_values"]]
    if raw.get("details"):
        row["details"] = raw["details"]
    return row


def build_row(meta: dict) -> dict:
    return {"name": "build", "label": "build the large study (generate.py)", "unit": "s",
            "median": meta["build_seconds"], "runs": [meta["build_seconds"]],
            "peak_mb": None, "target": "reported"}


def _detail_text(key: str, value) -> str:
    if isinstance(value, str):
        return f"{key} {value}"
    if isinstance(value, int):
        return f"{key} {value:,}"
    if key.endswith("MB"):
        return f"{key[:-2].strip()} {value:g} MB"
    return f"{key} {format_value(value, 's')}"


def notes(row: dict) -> str:
    parts = []
    if "baseline_median" in row:
        parts.append(f"baseline {format_value(row['baseline_median'], 's')}")
    parts.extend(_detail_text(k, v) for k, v in (row.get("details") or {}).items())
    return "; ".join(parts)


def print_table(rows: list[dict], meta: dict) -> None:
    print(f"Large study: {meta['sources']} sources, {meta['characters']:,} characters, "
          f"{meta['codes']} codes, {meta['segments']:,} segments, {meta['memos']} memos")
    print(f"{'measure':<54} {'median':>9} {'limit':>9} {'peak MB':>7}  {'ok':<3} "
          f"{'target':<28} notes")
    for row in rows:
        if "error" in row:
            print(f"{row['label']:<54} {'ERROR':>9} {'':>9} {'':>7}  {'':<3} "
                  f"{row['target']:<28} {row['error']}")
            continue
        unit = row["unit"]
        limit = format_value(row["limit"], unit) if "limit" in row else ""
        if "ok" not in row and "memory_ok" not in row:
            ok = "-"
        else:
            ok = "yes" if row.get("ok", True) and row.get("memory_ok", True) else "NO"
        peak = f"{row['peak_mb']:.0f}" if row.get("peak_mb") else ""
        print(f"{row['label']:<54} {format_value(row['median'], unit):>9} {limit:>9} "
              f"{peak:>7}  {ok:<3} {row['target']:<28} {notes(row)}")


def machine() -> dict:
    import platform

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu or platform.processor(),
            "python": platform.python_version(), "system": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    parser.add_argument("--plain-only", action="store_true",
                        help="skip the measures on the encrypted copy of the study")
    args = parser.parse_args(None if argv is None else [str(a) for a in argv])
    path, meta = ensure_study(args.data, args.scale)
    names = args.only or list(MEASURES)
    unknown = [name for name in names if name not in MEASURES]
    if unknown:
        parser.error(f"unknown measure(s) {', '.join(unknown)}; "
                     f"choose from {', '.join(MEASURES)}")
    rows = [build_row(meta)]
    for name in names:
        rows.append(summarise(run_measure(name, path, meta, args.runs)))
        print(f"  {name}: done", file=sys.stderr, flush=True)
    if not args.plain_only:
        rows += encrypted_rows(rows, path, meta, args.runs, run_measure, summarise)
    print_table(rows, meta)
    args.output.write_text(json.dumps({"study": meta, "scale": args.scale, "runs": args.runs,
                                       "machine": machine(), "measures": rows},
                                      indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
