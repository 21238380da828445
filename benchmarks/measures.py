"""The benchmark measures and their targets (issue: performance on a 2-core machine).

Each measure is a function of a `Context` (the generated study, the id of its
1,000,000-character transcript, how many runs) returning {"values": [seconds, ...]} and,
for measures judged against a baseline, {"baseline_values": [...]}; the target is then
a multiple of the baseline's median measured in the same run.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Context:
    project: Path
    big_source_id: int
    runs: int

    def scratch_copy(self) -> Path:
        """A private copy of the study (for measures that write to it)."""
        folder = Path(tempfile.mkdtemp(prefix="telaah-bench-"))
        target = folder / self.project.name
        shutil.copy(self.project, target)
        return target


@dataclass
class Measure:
    name: str
    label: str
    fn: Callable[[Context], dict]
    limit: float | None = None            # absolute limit in seconds
    baseline_factor: float | None = None  # or: at most this times the baseline median
    memory_limit_mb: float | None = None
    unit: str = "s"

    @property
    def target_text(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"<= {self.limit:g} s")
        if self.baseline_factor is not None:
            parts.append(f"<= {self.baseline_factor:g} x baseline")
        if self.memory_limit_mb is not None:
            parts.append(f"<= {self.memory_limit_mb:g} MB")
        return ", ".join(parts) or "reported"

    def target_value(self, raw: dict) -> float | None:
        limits = []
        if self.limit is not None:
            limits.append(self.limit)
        if self.baseline_factor is not None and raw.get("baseline_values"):
            limits.append(self.baseline_factor * statistics.median(raw["baseline_values"]))
        return min(limits) if limits else None


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


MEASURES: dict[str, Measure] = {}


def measure(name: str, label: str, **options) -> Callable:
    def register(fn: Callable[[Context], dict]) -> Callable[[Context], dict]:
        MEASURES[name] = Measure(name, label, fn, **options)
        return fn
    return register


from benchmarks import measures_core, measures_gui  # noqa: E402,F401  (registration)
