"""`make bench`: build the large study once, run every measure, print and save the table.

Each measure runs in its own subprocess (`python -m benchmarks.measure NAME ...`) so that
its peak memory (ru_maxrss) is its own and one measure's caches do not help another.
The table shows the median of several runs and the peak memory beside each target;
`benchmarks/results.json` keeps the figures.
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

from benchmarks.measures import MEASURES

HERE = Path(__file__).resolve().parent


def ensure_study(folder: Path, scale: float) -> tuple[Path, dict]:
    """The generated study for `scale`, built (and timed) when missing."""
    from benchmarks.generate import generate_large_study

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"large-{scale:g}.telaah"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        return path, json.loads(meta_path.read_text())
    for stale in folder.glob(f"large-{scale:g}.telaah*"):
        stale.unlink()
    started = time.perf_counter()
    study = generate_large_study(path, scale=scale)
    meta = {"build_seconds": round(time.perf_counter() - started, 2),
            "big_source_id": study.big_source_id, "sources": study.sources,
            "characters": study.characters, "codes": study.codes,
            "segments": study.segments, "memos": study.memos}
    meta_path.write_text(json.dumps(meta, indent=1))
    return path, meta


def run_measure(name: str, path: Path, meta: dict, runs: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TELAAH_CONFIG_DIR":
           str(path.parent / "config"), "TELAAH_DATA_DIR": str(path.parent / "userdata")}
    command = [sys.executable, "-m", "benchmarks.measure", name, str(path),
               "--big-source", str(meta["big_source_id"]), "--runs", str(runs)]
    result = subprocess.run(command, capture_output=True, text=True, env=env,
                            cwd=HERE.parent, timeout=1800)
    if result.returncode != 0:
        return {"name": name, "error": (result.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def summarise(raw: dict) -> dict:
    measure = MEASURES[raw["name"]]
    if "error" in raw:
        return {"name": raw["name"], "target": measure.target_text, "error": raw["error"]}
    value = statistics.median(raw["values"])
    target = measure.target_value(raw)
    row = {"name": raw["name"], "label": measure.label, "unit": measure.unit,
           "median": round(value, 4), "runs": [round(v, 4) for v in raw["values"]],
           "peak_mb": raw.get("peak_mb"), "target": measure.target_text}
    if target is not None:
        row["limit"] = round(target, 4)
        row["ok"] = value <= target
    if measure.memory_limit_mb is not None:
        row["memory_ok"] = raw.get("peak_mb", 0) <= measure.memory_limit_mb
    row.update({k: v for k, v in raw.items() if k.startswith("baseline")})
    return row


def print_table(rows: list[dict], meta: dict) -> None:
    print(f"Large study: {meta['sources']} sources, {meta['characters']:,} characters, "
          f"{meta['codes']} codes, {meta['segments']:,} segments, {meta['memos']} memos; "
          f"built in {meta['build_seconds']} s")
    print(f"{'measure':<44} {'median':>10} {'peak MB':>8}  {'target':<34} ok")
    for row in rows:
        if "error" in row:
            print(f"{row['name']:<44} {'ERROR':>10} {'':>8}  {row['target']:<34} {row['error']}")
            continue
        ok = "yes" if row.get("ok", True) and row.get("memory_ok", True) else "NO"
        print(f"{row['label']:<44} {row['median']:>9.4g}{row['unit']:<1} "
              f"{row['peak_mb'] or 0:>8.0f}  {row['target']:<34} {ok}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    path, meta = ensure_study(args.data, args.scale)
    names = args.only or list(MEASURES)
    rows = [summarise(run_measure(name, path, meta, args.runs)) for name in names]
    print_table(rows, meta)
    args.output.write_text(json.dumps({"study": meta, "scale": args.scale,
                                       "measures": rows}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
