"""The dashboard's charts: matplotlib drawn into Qt (imported with the dashboard only)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from desktop.core.moments import Segment
from desktop.services.stats import PeriodStats
from desktop.ui.formatting import Formats

BAND_COLOURS = ["#d9534f"] * 7 + ["#f0ad4e"] * 2 + ["#5cb85c"] * 2  # detractors, passives (7-8), promoters
SEGMENT_COLOURS = {Segment.NEWCOMER: "#4c78a8", Segment.RETURNING: "#72b7b2", Segment.ADVOCATE: "#54a24b",
                   Segment.SILENT_LOYALIST: "#b279a2", Segment.LATENT: "#e45756"}


def _month_label(formats: Formats, first_day) -> str:
    return f"{first_day.month:02d}-{first_day.year % 100:02d}" if formats.language == "nl" \
        else f"{first_day.month:02d}/{first_day.year % 100:02d}"


class Charts:
    def __init__(self, formats: Formats) -> None:
        self.formats = formats
        self.figure = Figure(figsize=(7, 5.6), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(560, 420)

    def draw(self, stats: PeriodStats, segment_names: dict[Segment, str], texts: dict[str, str]) -> None:
        fig = self.figure
        fig.clear()
        grid = fig.add_gridspec(3, 2)
        series = stats.series
        months = [_month_label(self.formats, m.start) for m in series.months]
        ticks = range(0, len(months), max(1, -(-len(months) // 7)))  # at most 7 labels
        small = {"fontsize": 8}

        def months_axis(ax) -> None:
            ax.set_xticks(list(ticks), [months[i] for i in ticks], **small)
            ax.tick_params(axis="y", labelsize=8)

        nps = fig.add_subplot(grid[0, 0])
        known = [(i, m.value) for i, m in enumerate(series.nps) if m.value is not None]
        if known:
            nps.plot([i for i, _ in known], [v for _, v in known], marker="o", color="#4c78a8")
        nps.axhline(0, color="#999", linewidth=0.8)
        nps.set_ylim(-100, 100)
        nps.set_title(texts["nps"], fontsize=9)
        nps.set_xlim(-0.5, len(months) - 0.5)
        months_axis(nps)

        scores = fig.add_subplot(grid[0, 1])
        counts = stats.current.bands.counts
        scores.bar(range(11), counts, color=BAND_COLOURS)
        scores.set_xticks(range(11), [str(i) for i in range(11)], **small)
        scores.tick_params(axis="y", labelsize=8)
        scores.set_title(texts["scores"], fontsize=9)
        if not sum(counts):
            scores.text(5, 0.5, texts["no_answers"], ha="center", fontsize=9, color="#777")

        customers = fig.add_subplot(grid[1, 0])
        x = range(len(months))
        customers.plot(x, series.active, marker="o", markersize=3, label=texts["active"], color="#4c78a8")
        customers.plot(x, series.latent, marker="o", markersize=3, label=texts["latent"], color="#e45756")
        customers.bar(x, series.new_customers, label=texts["new"], color="#54a24b", alpha=0.7)
        customers.set_title(texts["customers"], fontsize=9)
        customers.legend(fontsize=7, loc="upper left")
        months_axis(customers)

        segments = fig.add_subplot(grid[1, 1])
        order = [s for s in (Segment.NEWCOMER, Segment.RETURNING, Segment.ADVOCATE, Segment.SILENT_LOYALIST,
                             Segment.LATENT)]
        segments.barh([segment_names[s] for s in order], [stats.segments[s] for s in order],
                      color=[SEGMENT_COLOURS[s] for s in order])
        segments.invert_yaxis()
        segments.tick_params(labelsize=8)
        segments.set_title(texts["segments"], fontsize=9)

        points = fig.add_subplot(grid[2, :])
        width = 0.4
        points.bar([i - width / 2 for i in x], series.points_issued, width, label=texts["issued"], color="#4c78a8")
        points.bar([i + width / 2 for i in x], series.points_redeemed, width, label=texts["redeemed"],
                   color="#f58518")
        points.set_title(texts["points"], fontsize=9)
        points.legend(fontsize=7, loc="upper left")
        months_axis(points)
        self.canvas.draw_idle()
