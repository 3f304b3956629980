"""Charts for the printed reports, drawn with matplotlib's Agg canvas straight to PNG: no
pyplot and no global backend, so the desktop app's own (Qt) charts are never disturbed
and this module imports without Qt."""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

INK, MUTED, ACCENT, SECOND, THIRD = "#1f2933", "#52606d", "#1c5d99", "#e07a1f", "#3e9b6d"
DPI = 150  # sharp enough on paper at 85 mm wide; a third faster than 200


def _figure(width_mm: float, height_mm: float, title: str) -> tuple[Figure, object]:
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=DPI)
    axes = figure.add_subplot()
    axes.set_title(title, fontsize=8.5, color=INK, loc="left", fontweight="bold")
    axes.tick_params(labelsize=6.5, colors=MUTED)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color("#cbd2d9")
    axes.grid(axis="y", color="#e4e7eb", linewidth=0.6)
    axes.set_axisbelow(True)
    return figure, axes


def _png(figure: Figure) -> bytes:
    figure.tight_layout(pad=0.6)
    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def _legend(axes, below: float = 0.09) -> None:
    """Below the month labels (`below`: how far, in axes heights), centred: inside the axes a
    long Dutch name ran off the image."""
    names = axes.get_legend_handles_labels()[1]
    axes.legend(fontsize=6.5, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -below),
                ncols=1 if max(map(len, names)) > 24 else len(names), handlelength=1.5, columnspacing=1.2)


def bars(labels: list[str], series: list[tuple[str, list[float]]], title: str, *, width_mm: float = 85,
         height_mm: float = 80, stacked: bool = False, number=lambda v: f"{v:,.0f}") -> bytes:
    """Grouped (or stacked) bars per month, one colour per series."""
    figure, axes = _figure(width_mm, height_mm, title)
    colours = (ACCENT, SECOND, THIRD)
    positions = range(len(labels))
    count = len(series)
    width = 0.8 if stacked else 0.8 / count
    bottoms = [0.0] * len(labels)
    for i, (name, values) in enumerate(series):
        if stacked:
            axes.bar(positions, values, 0.7, bottom=bottoms, label=name, color=colours[i % 3])
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        else:
            offsets = [p - 0.4 + width * (i + 0.5) for p in positions]
            axes.bar(offsets, values, width, label=name, color=colours[i % 3])
    axes.set_xticks(list(positions), labels, rotation=0)
    axes.set_xlim(-0.6, len(labels) - 0.4)
    axes.yaxis.set_major_formatter(lambda value, _: number(value))
    axes.margins(y=0.18)
    _legend(axes)
    return _png(figure)


def lines(labels: list[str], series: list[tuple[str, list[float | None]]], title: str, *,
          width_mm: float = 85, height_mm: float = 80, limits: tuple[float, float] | None = None,
          number=lambda v: f"{v:,.0f}", counts: list[int] | None = None, weak: list[bool] | None = None,
          weak_label: str = "") -> bytes:
    """Lines per month; a missing value (None) leaves a gap instead of pretending it was 0.

    `counts`: what each month's point of the first series rests on (survey answers),
    printed under its month; `weak`: the months whose point rests on too few, drawn hollow and
    dashed to it, with `weak_label` in the legend."""
    figure, axes = _figure(width_mm, height_mm, title)
    colours = (ACCENT, SECOND, THIRD)
    for i, (name, values) in enumerate(series):
        points = [float("nan") if v is None else v for v in values]
        if i == 0 and weak and any(weak):  # dashed where it rests on too few, solid between sound months
            axes.plot(range(len(labels)), points, linewidth=1.0, linestyle=(0, (2, 1.5)), color=colours[0])
            points = [p if not w else float("nan") for p, w in zip(points, weak, strict=True)]
        axes.plot(range(len(labels)), points, marker="o", markersize=2.5, linewidth=1.4, label=name,
                  color=colours[i % 3])
    if weak and any(weak):
        values = series[0][1]
        shaky = [(x, v) for x, (v, w) in enumerate(zip(values, weak, strict=True)) if w and v is not None]
        axes.plot([x for x, _ in shaky], [v for _, v in shaky], linestyle="none", marker="o", markersize=4,
                  markerfacecolor="white", markeredgecolor=ACCENT, markeredgewidth=1.0, label=weak_label)
    if counts:  # a second row of labels: what each month's point rests on
        labels = [f"{label}\n{number(n)}" for label, n in zip(labels, counts, strict=True)]
    axes.set_xticks(list(range(len(labels))), labels)
    if limits:
        axes.set_ylim(*limits)
        axes.axhline(0, color="#9aa5b1", linewidth=0.6)
    else:
        axes.set_ylim(bottom=0)
        axes.margins(y=0.18)
    axes.yaxis.set_major_formatter(lambda value, _: number(value))
    _legend(axes, 0.15 if counts else 0.09)
    return _png(figure)
