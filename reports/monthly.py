"""The monthly programme report (A4, several pages): key figures against the previous
month, charts over the last twelve months, top customers, customers to reactivate,
upcoming birthdays and the points liability.

Every figure comes from desktop.services.stats, the same measures as the dashboard; the
lists come from desktop.services.documents. Given the Database, the lists are read on a
second connection while the measures are computed, so the report takes about as long as
the measures alone.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from desktop.core import clock, measures
from desktop.core.kinds import RetentionLevel
from desktop.core.measures import Measure
from desktop.core.moments import Segment
from desktop.services import documents
from desktop.services.settings import load_settings
from desktop.services.stats import PeriodStats, period_stats
from desktop.storage.engine import Database
from reports import charts, fonts
from reports.language import N_, Language
from reports.layout import Styles, a4_pdf, escape, fit, table
from reports.mailings import monthly_section

BIRTHDAYS_LISTED = 30
WIDTH = 174 * mm  # A4 less the margins

# Why a measure is unknown: the core's English reasons, marked here for the Dutch catalogue.
REASONS = {
    measures.NO_SURVEYS: N_("No survey answers in this period."),
    measures.NO_CLI_ANSWERS: N_("No survey in this period answered all three of recommend, buy again and buy more."),
    measures.NO_SCI_ANSWERS: N_(
        "No survey in this period answered all three of satisfaction, buy again and recommend."
    ),
    measures.NO_BUYERS: N_("Nobody bought in this period."),
    measures.NO_PREVIOUS_BUYERS: N_("Nobody bought in the previous period, so there was no one to keep or lose."),
    measures.NO_YEAR_BUYERS: N_("Nobody bought in the 12 months before the period's end."),
    measures.NO_PREVIOUS_YEAR_BUYERS: N_("Nobody bought in the year before, so the yearly churn is unknown."),
    measures.NO_POINT_VALUE: N_("A point has no value in the programme's settings."),
    measures.NO_PREVIOUS: N_("The previous period's figure is not known."),
}
SEGMENTS = {
    Segment.NEWCOMER: N_("Newcomers"), Segment.RETURNING: N_("Returning customers"),
    Segment.LATENT: N_("Latent customers"), Segment.SILENT_LOYALIST: N_("Silent loyalists"),
    Segment.ADVOCATE: N_("Advocates"),
}
LEVELS = {RetentionLevel.FINANCIAL: N_("Financial"), RetentionLevel.SOCIAL_EMOTIONAL: N_("Social-emotional"),
          RetentionLevel.STRUCTURAL: N_("Structural")}


@dataclass(frozen=True)
class Lists:
    top: list[documents.TopCustomer]
    quiet: list[documents.QuietCustomer]
    birthdays: list[documents.BirthdayLine]
    levels: dict[str, list[int]]


def next_month(period: measures.Period) -> measures.Period:
    after = period.end + timedelta(days=1)
    return measures.month(after.year, after.month)


def _lists(session: Session, period: measures.Period, months: list[measures.Period], latent_days: int) -> Lists:
    following = next_month(period)
    return Lists(
        top=documents.top_customers(session, period.start, period.end),
        quiet=documents.customers_to_reactivate(session, period.end, latent_days),
        birthdays=documents.birthdays(session, following.start, following.end),
        levels=documents.rewards_by_level(session, [(m.start, m.end) for m in months]),
    )


def gather(source: Session | Database, period: measures.Period) -> tuple[PeriodStats, Lists]:
    """The measures and the lists; with a Database, the lists on a second connection at the same time."""
    if isinstance(source, Database):
        with source.read() as session:
            settings = load_settings(session)
        months = period.months()

        def read_lists() -> Lists:
            with source.read() as other:
                return _lists(other, period, months, settings.latent_after_days)

        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(read_lists)
            stats = period_stats(source, period, settings)
            return stats, pending.result()
    stats = period_stats(source, period)
    return stats, _lists(source, period, stats.series.months, stats.settings.latent_after_days)


class _Figures:
    """Formats measures for the key-figure table and collects the footnotes of unknown ones."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.notes: list[str] = []

    def _missing(self, measure: Measure) -> str:
        note = self.lang.t(REASONS[measure.reason]) if measure.reason in REASONS else measure.reason
        if note not in self.notes:
            self.notes.append(note)
        return f"– ({self.notes.index(note) + 1})"

    def value(self, measure: Measure | int, kind: str) -> str:
        lang = self.lang
        if isinstance(measure, Measure):
            if measure.value is None:
                return self._missing(measure)
            value = measure.value
        else:
            value = measure
        if kind == "cents":
            return lang.amount(round(value))
        if kind == "percent":
            return lang.percent(value)
        if kind == "decimal":
            return lang.decimal(value)
        return lang.number(round(value))

    def change(self, measure: Measure, kind: str) -> str:
        lang = self.lang
        if measure.value is None:
            return self._missing(measure)
        value = measure.value
        if kind == "cents":
            cents = round(value)
            return ("+" if cents > 0 else "") + lang.amount(cents)
        if kind == "percent":
            return lang.t("{value} pts", value=("+" if value > 0 else "") + lang.decimal(value))
        if kind == "decimal":
            return ("+" if value > 0 else "") + lang.decimal(value)
        return lang.signed(round(value))


def _key_figures(stats: PeriodStats, lang: Language, st: Styles) -> list:
    f = _Figures(lang)
    rows = [[lang.t("Key figure"), lang.t("This month"), lang.t("Previous month"), lang.t("Change")]]
    spec = [
        (N_("Active customers (bought this month)"), "active", "count"),
        (N_("New customers"), "new_customers", "count"),
        (N_("Purchases"), "purchases", "count"),
        (N_("Revenue (less refunds)"), "revenue_cents", "cents"),
        (N_("Average purchase value"), "average_purchase_cents", "cents"),
        (N_("Purchases per active customer"), "purchase_frequency", "decimal"),
        (N_("Repurchase rate"), "repurchase_rate", "percent"),
        (N_("Retention"), "retention", "percent"),
        (N_("Churn"), "churn", "percent"),
        (N_("NPS (Net Promoter Score)"), "nps", "count"),
        (N_("CLI (Customer Loyalty Index, 0–10)"), "cli", "decimal"),
        (N_("SCI (secure customers)"), "sci", "percent"),
        (N_("Survey answers"), "responses", "count"),
        (N_("Points issued"), "points_issued", "count"),
        (N_("Points redeemed"), "points_redeemed", "count"),
        (N_("Points expired"), "points_expired", "count"),
        (N_("Points outstanding"), "points_outstanding", "count"),
        (N_("Points liability"), "liability_cents", "cents"),
    ]
    for label, name, kind in spec:
        rows.append([lang.t(label), f.value(getattr(stats.current, name), kind),
                     f.value(getattr(stats.previous, name), kind), f.change(stats.change(name), kind)])
    rows.append([lang.t("Customer lifetime value (CLV)"), f.value(stats.clv_cents, "cents"), "", ""])
    story: list = [table(rows, [78 * mm, 32 * mm, 32 * mm, 32 * mm], right=(1, 2, 3), size=8.5)]
    if f.notes:
        story.append(Spacer(1, 1.5 * mm))
        story += [Paragraph(f"({i}) {escape(note)}", st.small) for i, note in enumerate(f.notes, start=1)]
    return story


def _charts(stats: PeriodStats, lists: Lists, lang: Language) -> Table:
    series = stats.series
    labels = [lang.short_month(m.start.month) for m in series.months]
    number = lang.number_axis
    points = charts.bars(labels, [(lang.t("Issued"), series.points_issued),
                                  (lang.t("Redeemed"), series.points_redeemed)],
                         lang.t("Points per month"), number=number)
    active = charts.lines(labels, [(lang.t("Active"), series.active), (lang.t("Latent"), series.latent),
                                   (lang.t("New"), series.new_customers)],
                          lang.t("Customers per month"), number=number)
    nps = charts.lines(labels, [(lang.t("NPS"), [m.value for m in series.nps])], lang.t("NPS per month"),
                       limits=(-100, 100), number=number)
    levels = charts.bars(labels, [(lang.t(LEVELS[level]), lists.levels.get(level, [0] * len(labels)))
                                  for level in RetentionLevel],
                         lang.t("Rewards per retention level"), stacked=True, number=number)
    w, h = 85 * mm, 80 * mm
    grid = Table([[Image(io.BytesIO(points), w, h), Image(io.BytesIO(active), w, h)],
                  [Image(io.BytesIO(nps), w, h), Image(io.BytesIO(levels), w, h)]],
                 colWidths=[87 * mm, 87 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                              ("FONT", (0, 0), (-1, -1), fonts.REGULAR)]))
    return grid


def _segments(stats: PeriodStats, lang: Language) -> Table:
    total = sum(stats.segments.values()) or 1
    rows = [[lang.t("Customer type at the month's end"), lang.t("Customers"), lang.t("Share")]]
    for segment, label in SEGMENTS.items():
        count = stats.segments.get(segment, 0)
        rows.append([lang.t(label), lang.number(count), lang.percent(100 * count / total)])
    rows.append([lang.t("Latent customers who may be mailed"), lang.number(stats.latent_with_consent), ""])
    return table(rows, [78 * mm, 32 * mm, 32 * mm], right=(1, 2), size=8.5)


def _lists_story(stats: PeriodStats, lists: Lists, lang: Language, st: Styles) -> list:
    story: list = [Paragraph(lang.t("Top customers this month"), st.heading)]
    rows = [[lang.t("Name"), lang.t("Card number"), lang.t("Purchases"), lang.t("Spent")]]
    rows += [[fit(c.name, 70 * mm), c.card_number, lang.number(c.purchases), lang.amount(c.spent_cents)]
             for c in lists.top]
    story.append(table(rows, [70 * mm, 36 * mm, 28 * mm, 40 * mm], right=(2, 3)))
    story += [Paragraph(lang.t("Customers to reactivate"), st.heading),
              Paragraph(lang.t("Latent at the month's end, ranked by what they spent in the 90 days before they "
                               "went quiet. Letters go only to those who gave consent."), st.small),
              Spacer(1, 1.5 * mm)]
    rows = [[lang.t("Name"), lang.t("Card number"), lang.t("Phone"), lang.t("Last visit"), lang.t("Spent"),
             lang.t("Consent")]]
    rows += [[fit(c.name, 46 * mm), c.card_number, fit(c.phone, 30 * mm), lang.day(c.last_visit),
              lang.amount(c.spent_cents), lang.t("yes") if c.consent else lang.t("no")] for c in lists.quiet]
    story.append(table(rows, [46 * mm, 30 * mm, 30 * mm, 22 * mm, 24 * mm, 22 * mm], right=(4,)))
    if stats.detractors:
        story += [Paragraph(lang.t("Detractors to follow up"), st.heading)]
        rows = [[lang.t("Date"), lang.t("Score"), lang.t("Customer"), lang.t("Comment")]]
        rows += [[lang.day(d.at.astimezone().date()), str(d.score), Paragraph(escape(d.name or "–"), st.cell),
                  Paragraph(escape(d.comment), st.cell)] for d in stats.detractors[:15]]
        story.append(table(rows, [22 * mm, 14 * mm, 45 * mm, 93 * mm], right=(1,)))
    following = next_month(stats.current.period)
    story += [Paragraph(lang.t("Upcoming birthdays"), st.heading),
              Paragraph(lang.t("{count} customers have their birthday from {start} to {end}; the first {shown} "
                               "are listed (the birthday list has them all).",
                               count=lang.number(len(lists.birthdays)), start=lang.day(following.start),
                               end=lang.day(following.end),
                               shown=min(BIRTHDAYS_LISTED, len(lists.birthdays))), st.small),
              Spacer(1, 1.5 * mm)]
    rows = [[lang.t("Birthday"), lang.t("Turns"), lang.t("Name"), lang.t("Card number"), lang.t("Points")]]
    rows += [[lang.day(b.on), str(b.age), fit(b.name, 70 * mm), b.card_number, lang.number(b.balance)]
             for b in lists.birthdays[:BIRTHDAYS_LISTED]]
    story.append(table(rows, [24 * mm, 14 * mm, 70 * mm, 36 * mm, 30 * mm], right=(1, 4)))
    return story


def monthly_pdf(source: Session | Database, year: int, month: int, language: str, *,
                printed: datetime | None = None, progress: Callable[[str], None] | None = None) -> bytes:
    lang, st = Language(language), Styles()
    period = measures.month(year, month)
    stats, lists = gather(source, period)
    if progress:
        progress(lang.t("Drawing the charts"))
    shop = stats.settings.shop_name
    title = lang.t("Monthly programme report")
    current = stats.current
    liability = current.liability_cents
    story = [
        Paragraph(title, st.title),
        Paragraph(f"<b>{escape(shop)}</b> · {lang.month(year, month)}", st.body),
        Spacer(1, 3 * mm),
        Paragraph(lang.t("Key figures"), st.heading),
        *_key_figures(stats, lang, st),
        KeepTogether([Paragraph(lang.t("Points liability"), st.heading), Paragraph(lang.t(
            "At the end of {month}, customers hold {points} unspent points, worth {amount} at {value} a point: "
            "what the shop still owes.", month=lang.month(year, month), points=lang.number(current.points_outstanding),
            amount=lang.amount(round(liability.value)) if liability.value is not None else "–",
            value=lang.amount(stats.settings.point_value_cents)), st.body)]),
        KeepTogether([Paragraph(lang.t("Customer types"), st.heading), _segments(stats, lang)]),
        *monthly_section(source, period, lang, st),
        PageBreak(),
        Paragraph(lang.t("The last twelve months"), st.heading),
        _charts(stats, lists, lang),
        PageBreak(),
        *_lists_story(stats, lists, lang, st),
    ]
    if progress:
        progress(lang.t("Laying out the pages"))
    return a4_pdf(story, language=lang, shop_name=shop, title=f"{title} · {lang.month(year, month)}",
                  subject=lang.t("How the loyalty programme did in {month}", month=lang.month(year, month)),
                  printed=printed or clock.now())
