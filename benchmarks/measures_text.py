"""Measures of the Text panel on the 1,000,000-character transcript with 5,000 segments.

Each measure starts the real app offscreen on a private copy of the study
(`gui.app.start`, default window size) and drives the Text panel as a user would:
opening the transcript is `selection.source_selected` (what a click in the sources
list emits), coding is `TextPanel.code_selection`, scrolling moves the scroll bar. A
step's time ends when the viewport has been repainted (`viewport().repaint()`, after
the pending events are processed), so layout and highlighting of the visible part
are inside the measure.
"""

from __future__ import annotations

import statistics
import time

from benchmarks.measures import Context, measure


def _open_app(context: Context):
    from benchmarks.gui_helpers import feature, settle, start_app

    window = start_app(context.scratch_copy())
    settle()
    panel = feature(window, "TextFeature").panel
    sources = window.bridge.project.sources.list()
    other = next(s.id for s in sources if s.id != context.big_source_id)
    return window, panel, other


def _show(window, panel, source_id: int) -> float:
    """Seconds to show `source_id` and paint the visible part, highlighted."""
    from benchmarks.gui_helpers import application

    app = application()
    started = time.perf_counter()
    window.selection.source_selected.emit(source_id)
    app.processEvents()
    panel.view.viewport().repaint()
    return time.perf_counter() - started


@measure("text_open", "text view: open the 1M-char transcript, highlighted", limit=0.3)
def text_open(context: Context) -> dict:
    from benchmarks.gui_helpers import close_app, highlighted_blocks, settle

    window, panel, other = _open_app(context)
    values = []
    for _ in range(context.runs):
        _show(window, panel, other)
        settle()
        panel.finish_highlighting()
        values.append(_show(window, panel, context.big_source_id))
        if panel.source_id != context.big_source_id or not highlighted_blocks(panel.view):
            raise RuntimeError("the transcript is not shown highlighted")
        segments = len(panel.layer.segments)
    close_app(window)
    return {"values": values, "details": {"segments shown": segments}}


@measure("text_code", "text view: code a selection (stored, re-highlighted)", limit=0.02)
def text_code(context: Context) -> dict:
    from benchmarks.gui_helpers import application, close_app, settle

    window, panel, _other = _open_app(context)
    _show(window, panel, context.big_source_id)
    settle()
    panel.finish_highlighting()
    app = application()
    codes = sorted(panel.codes)
    first = panel.sync.map.to_point(panel.view.firstVisibleBlock().position())
    values = []
    for run in range(context.runs):
        start = first + 20 + 7 * run
        end = start + 60
        near = {s.code_id for s in panel.layer.at_point(start) + panel.layer.at_point(end)}
        code_id = next(c for c in codes[run:] if c not in near)
        before = len(panel.layer.segments)
        started = time.perf_counter()
        segment_id = panel.code_selection(code_id, start, end, "supports")
        app.processEvents()
        panel.view.viewport().repaint()
        values.append(time.perf_counter() - started)
        if segment_id is None or len(panel.layer.segments) != before + 1:
            raise RuntimeError("the coding was not stored")
        settle()
    close_app(window)
    return {"values": values}


@measure("text_scroll", "text view: slowest page step scrolling top to bottom",
         limit=0.016)
def text_scroll(context: Context) -> dict:
    """One run scrolls the freshly opened transcript from top to bottom, a page per
    step (scroll bar value + page step, then a viewport repaint); the events pending
    between steps (background highlighting) are processed outside the steps. The
    value of a run is its slowest step; the median step is shown beside it."""
    from benchmarks.gui_helpers import application, close_app, settle

    window, panel, other = _open_app(context)
    app = application()
    values, medians, counts = [], [], []
    for _ in range(context.runs):
        _show(window, panel, other)
        settle()
        _show(window, panel, context.big_source_id)
        bar = panel.view.verticalScrollBar()
        viewport = panel.view.viewport()
        steps = []
        while bar.value() < bar.maximum():
            started = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            viewport.repaint()
            steps.append(time.perf_counter() - started)
            app.processEvents()
        values.append(max(steps))
        medians.append(statistics.median(steps))
        counts.append(len(steps))
    close_app(window)
    return {"values": values, "details": {"median step": statistics.median(medians),
                                          "steps": counts[0]}}
