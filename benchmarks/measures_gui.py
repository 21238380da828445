"""Measures of the desktop app as a whole, with the real widgets offscreen."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.measures import Context, measure, peak_mb

ROOT = Path(__file__).resolve().parent.parent


@measure("open_app", "open the app until the main window is usable", limit=1.0)
def open_app(context: Context) -> dict:
    """Each run is a fresh process (`benchmarks.app_start`): a real cold start after
    Python and Qt are imported, through `gui.app.start`, until the pending events are
    processed and the sources list, codebook and text panel are filled.

    Python's bytecode cache is on for these processes (in a private folder), as for an
    installed app, and one untimed start fills it first: otherwise every start would
    compile Telaah's modules (PYTHONDONTWRITEBYTECODE may be set in the environment)."""
    path = context.scratch_copy()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(context.scratch_dir() / "pycache")
    values, parts, peaks = [], {"imports": [], "start": [], "events": []}, []
    for run in range(context.runs + 1):
        result = subprocess.run([sys.executable, "-m", "benchmarks.app_start", str(path)],
                                capture_output=True, text=True, cwd=ROOT, env=env,
                                timeout=300)
        if result.returncode != 0:
            raise RuntimeError((result.stderr.strip().splitlines() or ["failed"])[-1])
        if run == 0:
            continue  # the warm-up start that compiled the modules
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        values.append(figures["total"])
        peaks.append(figures["peak_mb"])
        for key, items in parts.items():
            items.append(figures[key])
    return {"values": values, "peak_mb": max(peaks),
            "details": {key: statistics.median(items) for key, items in parts.items()}}


@measure("app_memory", "app memory: large study open, 1M-char transcript shown",
         limit=400, unit="MB")
def app_memory(context: Context) -> dict:
    """Peak memory of the app process after start-up, opening the big transcript,
    completing its highlighting and scrolling it from top to bottom."""
    from benchmarks.gui_helpers import close_app, feature, settle, start_app

    window = start_app(context.scratch_copy())
    settle()
    opened = peak_mb()
    panel = feature(window, "TextFeature").panel
    window.selection.source_selected.emit(context.big_source_id)
    settle()
    panel.finish_highlighting()
    bar = panel.view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        panel.view.viewport().repaint()
    settle()
    peak = peak_mb()
    close_app(window)
    return {"values": [peak], "peak_mb": peak, "details": {"after start-up MB": opened}}
