"""The chart of incidents over time by category: the pattern at a glance.

Harassment and stalking turn on a course of conduct, so the dossier shows how often things
happened and of what kind. Bars are per day, week, month or quarter, whichever keeps the chart
readable for the period; categories are stacked in fixed colours. Only SafeLog's own labels
appear in the chart (category names, dates), never user text.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from ..incidents.model import CATEGORIES
from . import fonts

PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#ad494a",
    "#637939",
    "#843c39",
]
COLOURS = {key: colors.HexColor(PALETTE[i % len(PALETTE)]) for i, key in enumerate(CATEGORIES)}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MAX_BARS = 40


def _bucket(day: date, unit: str) -> date:
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)


def _step(start: date, unit: str) -> date:
    if unit == "day":
        return start + timedelta(days=1)
    if unit == "week":
        return start + timedelta(days=7)
    months = 1 if unit == "month" else 3
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def _label(start: date, unit: str) -> str:
    if unit in ("day", "week"):
        return f"{start.day} {_MONTHS[start.month - 1]}"
    if unit == "month":
        return f"{_MONTHS[start.month - 1]} {start.year % 100:02d}"
    return f"Q{(start.month - 1) // 3 + 1} {start.year % 100:02d}"


def choose_unit(first: date, last: date) -> str:
    span = (last - first).days
    for unit, days, most in (
        ("day", 1, 21),
        ("week", 7, 30),
        ("month", 30.5, MAX_BARS),
        ("quarter", 91.5, MAX_BARS),
    ):
        if span / days < most:
            return unit
    return "year"


def buckets(
    days: list[tuple[date, str]], first: date, last: date
) -> tuple[str, list[date], dict[str, list[int]]]:
    """(unit, bucket starts, counts per category per bucket) for incidents (day, category)."""
    unit = choose_unit(first, last)
    if unit == "year":
        starts = [date(y, 1, 1) for y in range(first.year, last.year + 1)]
        key_of = lambda d: date(d.year, 1, 1)  # noqa: E731
    else:
        starts = []
        cursor = _bucket(first, unit)
        while cursor <= last:
            starts.append(cursor)
            cursor = _step(cursor, unit)
        key_of = lambda d: _bucket(d, unit)  # noqa: E731
    index = {start: i for i, start in enumerate(starts)}
    counts: dict[str, list[int]] = {}
    for day, category in days:
        i = index.get(key_of(day))
        if i is None:
            continue
        counts.setdefault(category, [0] * len(starts))[i] += 1
    return unit, starts, counts


def incidents_chart(
    days: list[tuple[date, str]], first: date, last: date, width: float, height: float = 190
) -> Drawing:
    """A stacked bar chart; ``days`` holds each incident's local date and category key."""
    fonts.ensure_registered()
    unit, starts, counts = buckets(days, first, last)
    drawing = Drawing(width, height)
    # The renderer opens with its default font (an unembedded Helvetica) unless told otherwise.
    drawing.initialFontName = fonts.BODY
    drawing.initialFontSize = 8
    present = [key for key in CATEGORIES if key in counts]
    if not present:
        drawing.add(
            String(
                width / 2,
                height / 2,
                "No incidents in this period.",
                fontName=fonts.BODY,
                fontSize=9,
                textAnchor="middle",
            )
        )
        return drawing
    legend_w = 130
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 42
    chart.width, chart.height = width - legend_w - 44, height - 58
    chart.data = [counts[key] for key in present]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        _label(s, unit) if unit != "year" else str(s.year) for s in starts
    ]
    step = max(1, len(starts) // 14)
    chart.categoryAxis.categoryNames = [
        name if i % step == 0 else "" for i, name in enumerate(chart.categoryAxis.categoryNames)
    ]
    for axis_labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis_labels.fontName = fonts.BODY
        axis_labels.fontSize = 7
    chart.categoryAxis.labels.angle = 45 if len(starts) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(starts) > 8 else "n"
    chart.valueAxis.valueMin = 0
    peak = max(sum(col) for col in zip(*chart.data, strict=True))
    chart.valueAxis.valueStep = max(1, -(-peak // 6))
    chart.valueAxis.valueMax = max(peak, 1)
    chart.bars.strokeWidth = 0.2
    chart.barSpacing = 1
    for i, key in enumerate(present):
        chart.bars[i].fillColor = COLOURS[key]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - legend_w + 6, height - 14
    legend.fontName = fonts.BODY
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.dxTextSpace = 4
    legend.deltay = 10
    legend.columnMaximum = 16
    legend.colorNamePairs = [(COLOURS[key], CATEGORIES[key]) for key in present]
    drawing.add(legend)
    unit_text = {
        "day": "per day",
        "week": "per week (from Monday)",
        "month": "per month",
        "quarter": "per quarter",
        "year": "per year",
    }[unit]
    drawing.add(
        String(
            chart.x,
            4,
            f"Number of incidents {unit_text}, by category",
            fontName=fonts.BODY,
            fontSize=7.5,
            fillColor=colors.HexColor("#555555"),
        )
    )
    return drawing
