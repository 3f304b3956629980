"""`loyalty stats --from D --to D [--json]`: the dashboard's figures on the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy
from desktop.cli.output import amount
from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.measures import Measure, Period
from desktop.core.validation import parse_date

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext
    from desktop.services.stats import KeyFigure, PeriodStats

figures = lazy("desktop.services.stats")


def register(commands: argparse._SubParsersAction) -> None:
    stats = commands.add_parser("stats", help="loyalty figures for a period, against the period before")
    stats.add_argument("--from", dest="start", metavar="DATE",
                       help="first day, YYYY-MM-DD or DD-MM-YYYY (default: the first day of last month)")
    stats.add_argument(
        "--to", dest="end", metavar="DATE", help="last day, included (default: the last day of last month)"
    )
    stats.add_argument(
        "--json", action="store_true", help="print JSON: every figure, its reason when unknown, and its change"
    )
    stats.set_defaults(handler=_stats)


def parse_day(text: str, field: str) -> date:
    return parse_date(text, field=field)


def _period(args: argparse.Namespace) -> Period:
    first_of_month = clock.today().replace(day=1)
    last_month_end = first_of_month - timedelta(days=1)
    start = parse_day(args.start, "from") if args.start else last_month_end.replace(day=1)
    end = parse_day(args.end, "to") if args.end else last_month_end
    if end < start:
        raise ValidationError("to", "The period ends before it starts.")
    return Period(start, end)


def _number(figure: KeyFigure, value: float) -> str:
    if figure.unit == "cents":
        return amount(round(value))
    if figure.unit in ("count", "points"):
        return f"{round(value):,}".replace(",", ".")
    if figure.unit == "percent":
        return f"{value:.1f} %"
    if figure.unit == "score":
        return f"{value:+.0f}"
    return f"{value:.2f}"


def _change(figure: KeyFigure) -> str:
    change = figure.change
    if change.value is None:
        return ""
    if figure.unit == "cents":
        return f" ({'+' if change.value >= 0 else '-'}{amount(abs(round(change.value)))})"
    if figure.unit == "percent":
        return f" ({change.value:+.1f} %-points)"
    return f" ({'+' if change.value >= 0 else '-'}{_number(figure, abs(change.value)).lstrip('+')})"


def as_json(stats: PeriodStats) -> dict:
    def measure(m: Measure) -> dict:
        return {"value": m.value} if m.value is not None else {"value": None, "reason": m.reason}

    return {
        "from": stats.current.period.start.isoformat(), "to": stats.current.period.end.isoformat(),
        "previous": {"from": stats.previous.period.start.isoformat(), "to": stats.previous.period.end.isoformat()},
        "figures": {f.name: {**measure(f.value), "change": measure(f.change)} for f in figures.key_figures(stats)},
        "score_counts": list(stats.current.bands.counts),
        "segments": {name.value: count for name, count in stats.segments.items()},
        "latent_with_consent": stats.latent_with_consent,
        "detractors": [{"at": d.at.isoformat(), "score": d.score, "comment": d.comment, "card": d.card_number}
                       for d in stats.detractors],
    }


def _stats(args: argparse.Namespace, ctx: CommandContext) -> int:
    period = _period(args)
    stats = figures.period_stats(ctx.db, period)
    if args.json:
        print(json.dumps(as_json(stats), ensure_ascii=False, indent=2))
        return 0
    previous = stats.previous.period
    print(f"{period.start:%d-%m-%Y} to {period.end:%d-%m-%Y}, "
          f"against {previous.start:%d-%m-%Y} to {previous.end:%d-%m-%Y}")
    for figure in figures.key_figures(stats):
        shown = _number(figure, figure.value.value) + _change(figure) if figure.value.known else \
            f"unknown: {figure.value.reason}"
        print(f"  {figure.label:<32} {shown}")
    print("Segments at the end of the period: " + ", ".join(
        f"{name.value.replace('_', ' ')} {count}" for name, count in stats.segments.items()))
    print(f"Latent customers who may be mailed: {stats.latent_with_consent}")
    return 0
