"""The diverging stacked bar chart of Likert answers, as PNG bytes (matplotlib, Agg).

Each row is one indicator (or question); its bar is split into the shares of each scale
point, disagreeing points to the left of zero and agreeing points to the right, the
neutral midpoint (odd scales) split half on each side, as in Heiberger and Robbins's
diverging bar charts. Colours run from red (disagree) through grey to blue (agree). The
figure is drawn with matplotlib's Agg canvas only (`matplotlib.figure.Figure`, never
pyplot), so no GUI toolkit is loaded.
"""

from __future__ import annotations

import io

DISAGREE, NEUTRAL, AGREE = "#c62828", "#bdbdbd", "#1565c0"


def colours(size: int) -> list[str]:
    """One colour per scale point, from strong disagree to strong agree."""
    from matplotlib.colors import LinearSegmentedColormap, to_hex

    ramp = LinearSegmentedColormap.from_list("likert", [DISAGREE, NEUTRAL, AGREE])
    return [to_hex(ramp(i / (size - 1))) for i in range(size)]


def diverging_offsets(shares: list[float]) -> list[float]:
    """Left edge of each point's segment, so the midpoint straddles zero."""
    size = len(shares)
    middle = size // 2
    left = -sum(shares[:middle]) - (shares[middle] / 2 if size % 2 else 0)
    offsets = []
    for share in shares:
        offsets.append(left)
        left += share
    return offsets


def diverging_chart(rows: list[tuple[str, list[int]]], point_labels: list[str],
                    title: str = "") -> bytes:
    """PNG of the chart: `rows` are (label, count per scale point), top to bottom."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    size = len(point_labels)
    figure = Figure(figsize=(7.0, 1.0 + 0.42 * max(len(rows), 1)), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    palette = colours(size)
    for index, (_label, counts) in enumerate(rows):
        total = sum(counts) or 1
        shares = [100 * c / total for c in counts]
        for point, (share, left) in enumerate(zip(shares, diverging_offsets(shares),
                                                  strict=True)):
            axes.barh(index, share, left=left, color=palette[point], height=0.7,
                      edgecolor="white", linewidth=0.5,
                      label=point_labels[point] if index == 0 else None)
    axes.set_yticks(range(len(rows)), [_wrap(label) for label, _c in rows], fontsize=8)
    axes.invert_yaxis()
    axes.axvline(0, color="#424242", linewidth=0.8)
    axes.set_xlim(-100, 100)
    axes.set_xticks([-100, -50, 0, 50, 100], ["100%", "50%", "0", "50%", "100%"], fontsize=8)
    axes.spines[["top", "right", "left"]].set_visible(False)
    if title:
        axes.set_title(title, fontsize=9)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=size,
                fontsize=7, frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _wrap(text: str, width: int = 38) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])
