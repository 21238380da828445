"""Measures of REFI-QDA export and import of the whole study (`.qdpx`).

Export is `exporters.refi.write_qdpx`; import is `importers.refi.new_project_from_refi`
(read and check the file, then create a new project from it), the import a user runs
from File > Import. Baselines (see `benchmarks.baselines`): writing the same
project.qde with lxml alone (and zipping it with the same source entries), and parsing
it with lxml alone (and reading the same source entries). As for the exports, one run
of ours comes first (its peak memory), then ours and the baseline alternate.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import baselines
from benchmarks.measures import Context, alternate, measure, peak_mb, timed


def _export(context: Context, folder: Path) -> Path:
    from exporters.refi import write_qdpx

    project = context.open_readonly()
    target = folder / "study.qdpx"
    write_qdpx(project, target)
    project.close()
    return target


@measure("refi_export", "REFI-QDA export (.qdpx) of the whole study", baseline_factor=2.0)
def refi_export(context: Context) -> dict:
    from exporters.refi import write_qdpx

    project = context.open_readonly()
    folder = context.scratch_dir()
    target = folder / "study.qdpx"
    first = timed(lambda: write_qdpx(project, target))
    peak = peak_mb()
    root, others = baselines.capture_qdpx(target)
    base = folder / "baseline.qdpx"
    values, baseline = alternate(context.runs, first, lambda: write_qdpx(project, target),
                                 lambda: baselines.lxml_write_qdpx(root, others, base))
    project.close()
    return {"values": values, "baseline_values": baseline, "peak_mb": peak,
            "details": {"file MB": round(target.stat().st_size / 1e6, 1)}}


@measure("refi_import", "REFI-QDA import (.qdpx) into a new project", baseline_factor=2.0)
def refi_import(context: Context) -> dict:
    from importers.refi import new_project_from_refi, read_refi_file

    folder = context.scratch_dir()
    source = _export(context, folder)
    targets = iter(folder / f"imported-{run}.telaah" for run in range(context.runs))

    def import_once() -> None:
        project, _summary = new_project_from_refi(next(targets), source)
        project.close()

    first = timed(import_once)
    peak = peak_mb()
    values, baseline = alternate(context.runs, first, import_once,
                                 lambda: baselines.lxml_read_qdpx(source))
    reads = sorted(timed(lambda: read_refi_file(source)) for _ in range(context.runs))
    return {"values": values, "baseline_values": baseline, "peak_mb": peak,
            "details": {"of which reading": reads[len(reads) // 2]}}
