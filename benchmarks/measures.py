"""The benchmark measures and their targets (issue: performance on a 2-core machine).

Each measure is a function of a `Context` (the generated study, the id of its
1,000,000-character transcript, how many runs) returning {"values": [...]} (seconds,
or megabytes for a memory measure) and optionally:

- "baseline_values": the same work done by the plain library (openpyxl, python-docx,
  lxml) in the same process; the target is then a multiple of their median;
- "peak_mb": the peak memory of the measured work, when the measure records it itself
  (before a baseline runs in the same process); otherwise the process peak is used;
- "details": a few named figures shown beside the row (e.g. the median scroll step).

Measures are registered with `@measure(name, label, ...)` in the `measures_*` modules.
"""

from __future__ import annotations

import atexit
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Context:
    project: Path
    big_source_id: int
    runs: int
    password: str | None = None  # the encrypted copy's (benchmarks/encrypted.py)
    _scratch: list[Path] = field(default_factory=list)

    def scratch_copy(self) -> Path:
        """A private copy of the study (for measures that write to it), removed at exit."""
        folder = Path(tempfile.mkdtemp(prefix="telaah-bench-"))
        if not self._scratch:
            atexit.register(self._cleanup)
        self._scratch.append(folder)
        target = folder / self.project.name
        shutil.copy(self.project, target)
        return target

    def scratch_dir(self) -> Path:
        """An empty private folder (for exported files), removed at exit."""
        folder = Path(tempfile.mkdtemp(prefix="telaah-bench-"))
        if not self._scratch:
            atexit.register(self._cleanup)
        self._scratch.append(folder)
        return folder

    def open_readonly(self):
        """The study opened read-only (no lock, no backup): for measures that only read."""
        from storage import Project

        return Project.open(self.project, readonly=True, password=self.password)

    def _cleanup(self) -> None:
        for folder in self._scratch:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Measure:
    name: str
    label: str
    fn: Callable[[Context], dict]
    limit: float | None = None            # absolute limit (seconds, or MB for unit "MB")
    baseline_factor: float | None = None  # or: at most this times the baseline median
    memory_limit_mb: float | None = None
    unit: str = "s"                       # "s" or "MB"

    @property
    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"<= {format_value(self.limit, self.unit)}")
        if self.baseline_factor is not None:
            parts.append(f"<= {self.baseline_factor:g} x baseline")
        if self.memory_limit_mb is not None:
            parts.append(f"peak <= {self.memory_limit_mb:g} MB")
        return ", ".join(parts) or "reported"

    def target_value(self, raw: dict) -> float | None:
        limits = []
        if self.limit is not None:
            limits.append(self.limit)
        if self.baseline_factor is not None and raw.get("baseline_values"):
            limits.append(self.baseline_factor * statistics.median(raw["baseline_values"]))
        return min(limits) if limits else None


def format_value(value: float, unit: str) -> str:
    """Seconds as "12.3 ms" or "4.56 s"; megabytes as "123 MB"."""
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1:
        return f"{value * 1000:.3g} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
    return f"{value:.3g} s"


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def alternate(runs: int, first: float, ours: Callable[[], object],
              baseline: Callable[[], object]) -> tuple[list[float], list[float]]:
    """`runs` timings of each, taken in turn (baseline, ours, baseline, ...), so both
    see the same machine; `first` is a run of ours already timed."""
    values, baseline_values = [first], []
    for run in range(runs):
        baseline_values.append(timed(baseline))
        if run < runs - 1:
            values.append(timed(ours))
    return values, baseline_values


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


MEASURES: dict[str, Measure] = {}


def measure(name: str, label: str, **options) -> Callable:
    def register(fn: Callable[[Context], dict]) -> Callable[[Context], dict]:
        MEASURES[name] = Measure(name, label, fn, **options)
        return fn
    return register


from benchmarks import (  # noqa: E402,F401  (registration)
    measures_core,
    measures_edit,
    measures_export,
    measures_field,
    measures_gui,
    measures_media,
    measures_network,
    measures_refi,
    measures_reliability,
    measures_survey,
    measures_team,
    measures_text,
)

TABLE_ORDER = ("open_project", "open_app", "text_open", "text_code", "text_scroll", "text_type",
               "text_lay", "edit_memory", "search",
               "evidence", "board", "triangulation", "matrix", "xlsx_export", "docx_report",
               "refi_export", "refi_import", "pdf_import", "survey_import",
               "survey_summary", "backups", "restore", "check", "app_memory")
for _name in sorted(MEASURES, key=lambda n: TABLE_ORDER.index(n) if n in TABLE_ORDER
                    else len(TABLE_ORDER)):
    MEASURES[_name] = MEASURES.pop(_name)
