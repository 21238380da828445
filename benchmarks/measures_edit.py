"""Measures of storing text edits in the 1,000,000-character transcript (5,000 segments).

`text_type`: one typed character stored at the start of the transcript, the way the
Text panel stores it: `project.sources.edit_text` through `bridge.run` (a row of the
typing log, committed; `storage.typing`) and the notification (`bridge.changed`, the
undo stack). `text_lay`: what the next read after a pause in typing pays once: the
run of typed characters laid into the text (the splice, the shift of every segment
after it, the re-indexing of the touched line, committed). `edit_memory`: how much the
process grows while 50 such edits are made and kept on the undo stack.
"""

from __future__ import annotations

import gc
import resource
import statistics
import time

from benchmarks.measures import Context, measure

CHARS_PER_RUN = 40
MEMORY_EDITS = 50


def _bridge(context: Context):
    from benchmarks.gui_helpers import application
    from gui.bridge import ProjectBridge
    from storage import Project

    application()
    bridge = ProjectBridge()
    bridge.open(Project.open(context.scratch_copy(), full_check=False, backups_kept=1))
    seen = []
    bridge.changed.connect(seen.append)
    return bridge, seen


def _type(bridge, source_id: int, position: int, char: str) -> None:
    bridge.run("Edit text", lambda project: project.sources.edit_text(
        source_id, position, position, char))


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


@measure("text_type", "store one typed character at the start of the transcript",
         limit=0.016)
def text_type(context: Context) -> dict:
    bridge, seen = _bridge(context)
    source = context.big_source_id
    segments = bridge.project.segments.for_source(source)
    values, times = [], []
    for run in range(context.runs):
        run_times = []
        for n in range(CHARS_PER_RUN):
            started = time.perf_counter()
            _type(bridge, source, 3 + n, "abcdefghij"[(run + n) % 10])
            run_times.append(time.perf_counter() - started)
        values.append(statistics.median(run_times))
        times.extend(run_times)
    bridge.announce_typing()   # what the pause in typing would do
    if sum(len(change.text_splices(source)) for change in seen) != len(times):
        raise RuntimeError("the edits were not stored and announced")
    _check_laid(bridge.project, source, segments, len(times))
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    bridge.close()
    return {"values": values, "details": {"p95": p95, "segments after": len(segments),
                                          "characters": len(times)}}


def _check_laid(project, source: int, segments_before, typed: int) -> None:
    """The typed characters are in the text and every segment after them moved."""
    after = {s.id: s.start for s in project.segments.for_source(source)}
    if any(after[s.id] != s.start + typed for s in segments_before if s.start >= 3):
        raise RuntimeError("the segments did not follow the typed text")


@measure("text_lay", f"lay {CHARS_PER_RUN} typed characters into the transcript (once, "
         "after typing pauses)")
def text_lay(context: Context) -> dict:
    bridge, _seen = _bridge(context)
    source = context.big_source_id
    values = []
    for run in range(context.runs):
        for n in range(CHARS_PER_RUN):
            _type(bridge, source, 3 + n, "abcdefghij"[(run + n) % 10])
        started = time.perf_counter()
        bridge.project.typing.settle()
        values.append(time.perf_counter() - started)
    bridge.close()
    return {"values": values}


@measure("edit_memory", f"{MEMORY_EDITS} edits at the start of the transcript, kept for undo",
         limit=20, unit="MB")
def edit_memory(context: Context) -> dict:
    values = []
    for _ in range(context.runs):
        bridge, seen = _bridge(context)
        source = context.big_source_id
        _type(bridge, source, 0, "x")     # warm up: caches, statements, first pages
        seen.clear()
        gc.collect()
        before = _resident_mb()
        for n in range(MEMORY_EDITS):
            _type(bridge, source, n % 7, "y")
        seen.clear()
        gc.collect()
        values.append(_resident_mb() - before)
        steps, kept = bridge.undo_stack.count(), bridge.undo_bytes
        bridge.close()
    return {"values": values, "details": {"undo steps": steps,
                                          "undo history MB": round(kept / 1e6, 1)}}

