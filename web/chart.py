"""A small bar chart as numbers for an inline SVG: no script, no library, rendered by the template.

Each point is one run: a pale bar for the articles it archived, a red bar for the pages known
hijacked at that run. The template draws ``Chart`` as <rect> and <text> elements with <title>
tooltips (shown by the browser itself on hover).
"""
from __future__ import annotations

from dataclasses import dataclass, field

WIDTH, HEIGHT = 640, 160
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 10, 24     # margins: y labels left, x labels below
MAX_BAR_WIDTH = 28
BAR_GAP = 0.25                                # of each slot


@dataclass(frozen=True)
class ChartPoint:
    label: str          # under the bar (a date)
    total: int          # articles archived
    hijacked: int       # pages known hijacked
    note: str           # the tooltip


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    total_y: float
    total_height: float
    hijacked_y: float
    hijacked_height: float
    point: ChartPoint


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[Bar] = field(default_factory=list)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)   # (y, value)
    x_labels: list[tuple[float, str]] = field(default_factory=list)  # (x centre, text)
    baseline: float = HEIGHT - BOTTOM
    left: int = LEFT
    right: int = WIDTH - RIGHT


def bar_chart(points: list[ChartPoint]) -> Chart:
    """Bars for ``points`` (oldest first), scaled to the largest value, with a few axis labels."""
    chart = Chart()
    if not points:
        return chart
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = max(max(p.total, p.hijacked) for p in points) or 1
    slot = plot_w / len(points)
    width = min(MAX_BAR_WIDTH, slot * (1 - BAR_GAP))

    def y(value: int) -> float:
        return TOP + plot_h * (1 - value / top)

    for i, p in enumerate(points):
        x = LEFT + slot * i + (slot - width) / 2
        chart.bars.append(Bar(round(x, 1), round(width, 1), round(y(p.total), 1),
                              round(chart.baseline - y(p.total), 1), round(y(p.hijacked), 1),
                              round(chart.baseline - y(p.hijacked), 1), p))
    chart.y_ticks = [(round(y(v), 1), v) for v in sorted({0, top // 2, top})]
    # First and last labels, and the middle one when there is room: dates are ~70 px wide.
    picks = sorted({0, len(points) - 1} | ({len(points) // 2} if len(points) >= 5 else set()))
    chart.x_labels = [(round(LEFT + slot * i + slot / 2, 1), points[i].label) for i in picks]
    return chart
