"""The monthly programme report (A4, several pages): what changed and what to do (the
dashboard's rules, desktop.core.advice), key figures against the previous month and the
same month a year before, the points liability and what expires next month, charts over
the last twelve months with the survey bands and the three retention levels, and the
lists to act on: detractors to call back, top customers, customers to reactivate,
upcoming birthdays.

Every figure comes from desktop.services.stats, the same measures as the dashboard; the
lists come from desktop.services.documents. Given the Database, the lists are read on a
second connection while the measures are computed, so the report takes about as long as
the measures alone.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from desktop.core import advice, clock, glossary, measures
from desktop.core.formats import sign, signed_amount
from desktop.core.kinds import RetentionLevel
from desktop.core.liability import NO_BREAKAGE_HISTORY
from desktop.core.measures import Measure
from desktop.core.moments import Segment
from desktop.core.retention import DOMINANT_SHARE, MIN_FOR_A_HINT, out_of_ten
from desktop.core.till import NO_TILL_REVENUE, NOT_ENTERED
from desktop.services import documents, retention
from desktop.services.expiry import coming_expiry
from desktop.services.settings import load_settings
from desktop.services.stats import PeriodStats, period_stats
from desktop.services.tier_counts import MonthTiers, month_tiers
from desktop.storage.engine import Database
from reports import charts, fonts
from reports.language import N_, Language
from reports.layout import A4_FRAME_WIDTH, Styles, a4_pdf, escape, fit, natural_widths, table
from reports.mailings import monthly_section
from reports.members_share import members_share_story
from reports.monthly_summary import SUGGESTIONS, summary_story
from reports.monthly_tiers import tiers_section

BIRTHDAYS_LISTED = 30
DETRACTORS_LISTED = 15  # on paper; the dashboard lists them all
WIDTH = 174 * mm  # A4 less the margins

# Why a measure is unknown: the core's English reasons, marked here for the Dutch catalogue
# (which the dashboard translates them with too).
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
    NOT_ENTERED: N_("The till total is not entered for every day of this period."),
    NO_TILL_REVENUE: N_("The till took nothing in this period."),
    NO_BREAKAGE_HISTORY: N_("No points were redeemed or expired in the last 24 months."),
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
    retention: retention.PeriodFigures  # the month's rewards per level, with the balance hint
    expiring: advice.Expiring  # points whose date falls in the next month
    tiers: MonthTiers | None  # customers per tier (None: the programme has no tiers)


def next_month(period: measures.Period) -> measures.Period:
    after = period.end + timedelta(days=1)
    return measures.month(after.year, after.month)


def _lists(session: Session, period: measures.Period, months: list[measures.Period], latent_days: int,
           point_value_cents: int) -> Lists:
    following = next_month(period)
    return Lists(
        top=documents.top_customers(session, period.start, period.end),
        quiet=documents.customers_to_reactivate(session, period.end, latent_days),
        birthdays=documents.birthdays(session, following.start, following.end),
        levels=documents.rewards_by_level(session, [(m.start, m.end) for m in months]),
        retention=retention.period_figures(session, period.start, following.start),
        expiring=coming_expiry(session, following, period.end, point_value_cents),
        tiers=None,  # read beside the lists (gather)
    )


def gather(source: Session | Database, period: measures.Period) -> tuple[PeriodStats, Lists]:
    """The measures and the lists; with a Database, the lists and the customers per tier
    (each a long read of its own) on two more connections at the same time."""
    stats, lists, tiers = _gather(source, period)
    return stats, replace(lists, tiers=tiers())


def _gather(source: Session | Database,
            period: measures.Period) -> tuple[PeriodStats, Lists, Callable[[], MonthTiers | None]]:
    """gather's parts, and what waits for the customers per tier: the longest read, which
    the report waits for only after drawing the charts (they need the rest; drawing holds
    the interpreter, counting the tiers is the database's work, so the two share the
    two cores)."""
    if isinstance(source, Database):
        with source.read() as session:
            settings = load_settings(session)
        months = period.months()

        def read_lists() -> Lists:
            with source.read() as other:
                return _lists(other, period, months, settings.latent_after_days, settings.point_value_cents)

        def read_tiers() -> MonthTiers | None:
            with source.read() as other:
                return month_tiers(other, period, clock.today())

        pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="loyalty-report")
        tiers, pending = pool.submit(read_tiers), pool.submit(read_lists)
        pool.shutdown(wait=False)
        stats = period_stats(source, period, settings, year_ago=True)
        return stats, pending.result(), tiers.result
    stats = period_stats(source, period, year_ago=True)
    lists = _lists(source, period, stats.series.months, stats.settings.latent_after_days,
                   stats.settings.point_value_cents)
    found = month_tiers(source, period, clock.today())
    return stats, lists, lambda: found


class _Figures:
    """Formats measures for the key-figure table and collects the footnotes of unknown ones."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.notes: list[str] = []

    def note(self, text: str) -> str:
        """The footnote mark of `text`, numbered in the order they first appear."""
        if text not in self.notes:
            self.notes.append(text)
        return f"({self.notes.index(text) + 1})"

    def _missing(self, measure: Measure) -> str:
        return "– " + self.note(self.lang.t(REASONS[measure.reason]) if measure.reason in REASONS else measure.reason)

    def value(self, measure: Measure | int | None, kind: str) -> str:
        lang = self.lang
        if measure is None:
            return ""
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
        """A change, its sign always first (desktop.core.formats): +€ 2.327,95 and −€ 2.165,80."""
        lang = self.lang
        if measure.value is None:
            return self._missing(measure)
        value = measure.value
        if kind == "cents":
            return signed_amount(round(value), lang.code)
        if kind == "percent":
            return lang.t("{value} pts", value=sign(round(value, 1)) + lang.decimal(abs(value)))
        if kind == "decimal":
            return sign(round(value, 1)) + lang.decimal(abs(value))
        return sign(round(value)) + lang.number(abs(round(value)))


KEY_FIGURES = [
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
    (N_("Satisfied but not loyal (7-8)"), "passives_share", "percent"),
    (N_("CLI (Customer Loyalty Index, 0–10)"), "cli", "decimal"),
    (N_("SCI (secure customers)"), "sci", "percent"),
    (N_("Survey answers"), "responses", "count"),
    (N_("Points issued"), "points_issued", "count"),
    (N_("Points redeemed"), "points_redeemed", "count"),
    (N_("Points expired"), "points_expired", "count"),
    (N_("Points outstanding"), "points_outstanding", "count"),
    (N_("Points liability"), "liability_cents", "cents"),
]
SURVEY_FIGURES = {"nps", "passives_share", "cli", "sci"}  # compared only on enough answers


def _key_figures(stats: PeriodStats, lang: Language, st: Styles) -> list:
    f = _Figures(lang)
    rows = [[lang.t("Key figure"), lang.t("This month"), lang.t("Previous month"), lang.t("Change"),
             lang.t("Same month last year")]]
    few = not advice.comparable(stats.current.responses, stats.previous.responses)
    for label, name, kind in KEY_FIGURES:
        change = f.change(stats.change(name), kind)
        if name in SURVEY_FIGURES and few and stats.change(name).value is not None:
            change += " " + f.note(lang.t("Fewer than {minimum} survey answers in one of the two months: too few "
                                          "to compare.", minimum=advice.MIN_ANSWERS))
        rows.append([lang.t(label), f.value(getattr(stats.current, name), kind),
                     f.value(getattr(stats.previous, name), kind), change,
                     _year_ago(f, stats, name, kind)])
    rows.append([lang.t("Customer lifetime value (CLV)"), f.value(stats.clv_cents, "cents"), "", "", ""])
    story: list = [table(rows, [66 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], right=(1, 2, 3, 4), size=8.5)]
    story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(f"({i}) {escape(note)}", st.small) for i, note in enumerate(f.notes, start=1)]
    # What the survey measures mean, in the glossary's words (the dashboard's tooltips).
    story += [Paragraph(escape(glossary.explanation(term, lang.code)), st.small) for term in ("nps", "cli", "sci")]
    return story


def _year_ago(f: _Figures, stats: PeriodStats, name: str, kind: str) -> str:
    """The same month last year's figure; a survey figure on too few answers (on either side,
    advice.comparable as for the previous month) footnoted as too few to compare."""
    ago = stats.year_ago
    if ago is None:
        return ""
    text = f.value(getattr(ago, name), kind)
    measure = getattr(ago, name)
    if name in SURVEY_FIGURES and measure.value is not None \
            and not advice.comparable(stats.current.responses, ago.responses):
        text += " " + f.note(f.lang.t("Fewer than {minimum} survey answers in this month or the same month last "
                                      "year: too few to compare.", minimum=advice.MIN_ANSWERS))
    return text


def _charts(stats: PeriodStats, lists: Lists, lang: Language) -> list[Table]:
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
                       limits=(-100, 100), number=number,
                       counts=series.responses, weak=[n < advice.MIN_ANSWERS for n in series.responses],
                       weak_label=lang.t("fewer than {minimum} answers", minimum=advice.MIN_ANSWERS))
    levels = charts.bars(labels, [(lang.t(LEVELS[level]), lists.levels.get(level, [0] * len(labels)))
                                  for level in RetentionLevel],
                         lang.t("Rewards per retention level"), stacked=True, number=number)
    w, h = 85 * mm, 72 * mm
    rows = []
    for pair in ((points, active), (nps, levels)):  # a row each: a page break may fall between them
        row = Table([[Image(io.BytesIO(chart), w, h) for chart in pair]], colWidths=[87 * mm, 87 * mm],
                    hAlign="LEFT")
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                                 ("FONT", (0, 0), (-1, -1), fonts.REGULAR)]))
        rows.append(row)
    return rows


def _charts_story(charts: list[Table], lang: Language, st: Styles) -> list:
    """The charts in two rows, each kept together (the heading with the first, the NPS note
    with the second): a whole block of four would leave a third of a page blank before it."""
    first, second = charts
    return [KeepTogether([Paragraph(lang.t("The last twelve months"), st.heading), first]),
            KeepTogether([second, Paragraph(lang.t(
                "Under each month of the NPS chart: its survey answers. An open dot rests on fewer than {minimum}: "
                "too few to compare with another month.", minimum=advice.MIN_ANSWERS), st.small)])]


def _bands(stats: PeriodStats, lang: Language) -> Table:
    """The month's answers in the three bands, against the previous month."""
    rows = [[lang.t("How likely to recommend us"), lang.t("This month"), lang.t("Share"), lang.t("Previous month"),
             lang.t("Share")]]
    for label, band in ((N_("Promoters (9-10)"), "promoters"), (N_("Satisfied but not loyal (7-8)"), "passives"),
                        (N_("Detractors (0-6)"), "detractors")):
        now, before = stats.current.bands, stats.previous.bands
        rows.append([lang.t(label), lang.number(getattr(now, band)), _share(now.share(band), lang),
                     lang.number(getattr(before, band)), _share(before.share(band), lang)])
    rows.append([lang.t("Survey answers"), lang.number(stats.current.bands.total), "",
                 lang.number(stats.previous.bands.total), ""])
    return table(rows, [66 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], right=(1, 2, 3, 4), size=8.5, total=True)


def _share(measure: Measure, lang: Language) -> str:
    return "–" if measure.value is None else lang.percent(measure.value, 0)


def _levels(figures: retention.PeriodFigures, lang: Language, st: Styles) -> list:
    """The three retention levels of the month's rewards, and the retention view's hint."""
    total = sum(f.issued for f in figures.levels.values())
    rows = [[lang.t("Retention level"), lang.t("Rewards handed out"), lang.t("Share"), lang.t("Vouchers used"),
             lang.t("Customers reached")]]
    for level, f in figures.levels.items():
        rows.append([lang.t(LEVELS[level]), lang.number(f.issued), lang.percent(100 * f.issued / total, 0) if total
                     else "–", lang.number(f.used), lang.number(f.customers)])
    hint = figures.hint
    if hint is not None:
        text = lang.t("{n} out of 10 rewards were {level} in this period; {suggestion}.",
                      n=out_of_ten(hint.count, hint.total), level=lang.t(LEVELS[hint.level]).lower(),
                      suggestion=lang.t(SUGGESTIONS[hint.suggest]))
    elif total == 0:
        text = lang.t("No rewards were handed out in this period.")
    elif total < MIN_FOR_A_HINT:
        text = lang.t("Rewards handed out in this period: {count}, too few to judge the balance.",
                      count=lang.number(total))
    else:
        text = lang.t("The three levels are in balance in this period.")
    text += " " + lang.t("One level holding {share} or more of the rewards dominates.",
                         share=lang.percent(100 * DOMINANT_SHARE, 0))
    return [table(rows, [66 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], right=(1, 2, 3, 4), size=8.5),
            Spacer(1, 1.5 * mm), Paragraph(escape(text), st.body)]


def _segments(stats: PeriodStats, lang: Language) -> Table:
    total = sum(stats.segments.values()) or 1
    rows = [[lang.t("Customer type at the month's end"), lang.t("Customers"), lang.t("Share")]]
    for segment, label in SEGMENTS.items():
        count = stats.segments.get(segment, 0)
        rows.append([lang.t(label), lang.number(count), lang.percent(100 * count / total)])
    rows.append([lang.t("Latent customers who may be mailed"), lang.number(stats.latent_with_consent), ""])
    rows.append([lang.t("of whom have a street address for a letter"), lang.number(stats.latent_with_address), ""])
    return table(rows, [66 * mm, 27 * mm, 27 * mm], right=(1, 2), size=8.5)


def _detractors(stats: PeriodStats, lang: Language, st: Styles) -> list:
    listed = stats.detractors[:DETRACTORS_LISTED]
    story: list = [Paragraph(lang.t("Detractors to call back"), st.heading),
                   Paragraph(lang.t("Answers of 6 or lower this month, newest first: a call often turns a detractor "
                                    "around."), st.small), Spacer(1, 1.5 * mm)]
    rows = [[lang.t("Date"), lang.t("Score"), lang.t("Customer"), lang.t("Card number"), lang.t("Phone"),
             lang.t("Comment")]]
    rows += [[lang.day(d.at.astimezone().date()), str(d.score), Paragraph(escape(d.name or "–"), st.cell),
              d.card_number or "–", fit(d.phone, 27 * mm) or "–", Paragraph(escape(d.comment), st.cell)]
             for d in listed]
    story.append(table(rows, [19 * mm, 13 * mm, 36 * mm, 27 * mm, 27 * mm, 52 * mm], right=(1,)))
    if len(stats.detractors) > len(listed):
        story.append(Paragraph(lang.t("The dashboard lists all {count}.", count=lang.number(len(stats.detractors))),
                               st.small))
    return story


def _lists_story(stats: PeriodStats, lists: Lists, lang: Language, st: Styles) -> list:
    story: list = _detractors(stats, lang, st) if stats.detractors else []
    story.append(Paragraph(lang.t("Top customers this month"), st.heading))
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
    rows += [[c.name, c.card_number, c.phone, lang.day(c.last_visit), lang.amount(c.spent_cents),
              lang.t("yes") if c.consent else lang.t("no")] for c in lists.quiet]
    widths = natural_widths(rows, A4_FRAME_WIDTH)
    rows[1:] = [[fit(row[0], widths[0]), *row[1:]] for row in rows[1:]]
    story.append(table(rows, widths, right=(4,)))
    following = next_month(stats.current.period)
    shown = lists.birthdays[:BIRTHDAYS_LISTED]
    # Two birthdays a row: the list takes half the height.
    half = (len(shown) + 1) // 2
    header = [lang.t("Birthday"), lang.t("Turns"), lang.t("Name"), lang.t("Points")]
    cells = [[lang.day(b.on), str(b.age), b.name, lang.number(b.balance)] for b in shown]
    widths = natural_widths([header, *cells], A4_FRAME_WIDTH / 2, flexible=2)
    rows = [header * 2]
    for i in range(half):
        pair = [cells[i], cells[i + half] if i + half < len(cells) else [""] * 4]
        rows.append([cell for row in pair for cell in (row[0], row[1], fit(row[2], widths[2]), row[3])])
    story.append(KeepTogether([
        Paragraph(lang.t("Upcoming birthdays"), st.heading),
        Paragraph(lang.t("{count} customers have their birthday from {start} to {end}; the first {shown} are listed "
                         "(the birthday list has them all).", count=lang.number(len(lists.birthdays)),
                         start=lang.day(following.start), end=lang.day(following.end), shown=len(shown)), st.small),
        Spacer(1, 1.5 * mm), table(rows, widths * 2, right=(1, 3, 5, 7))]))
    return story


def monthly_pdf(source: Session | Database, year: int, month: int, language: str, *,
                printed: datetime | None = None, progress: Callable[[str], None] | None = None) -> bytes:
    lang, st = Language(language), Styles()
    period = measures.month(year, month)
    stats, lists, tiers = _gather(source, period)
    if progress:
        progress(lang.t("Drawing the charts"))
    charts = _charts(stats, lists, lang)  # while the tiers are counted
    lists = replace(lists, tiers=tiers())
    shop = stats.settings.shop_name
    title = lang.t("Monthly programme report")
    current = stats.current
    liability = current.liability_cents
    following = next_month(period)
    month_name, next_name = lang.month(year, month), lang.month(following.start.year, following.start.month)
    lines = advice.summary(current, stats.previous, detractors=len(stats.detractors),
                           latent_mailable=stats.latent_with_consent, latent_with_address=stats.latent_with_address,
                           expiring=lists.expiring, hint=lists.retention.hint)
    expiring = lists.expiring
    story = [
        Paragraph(title, st.title),
        Paragraph(f"<b>{escape(shop)}</b> · {month_name}", st.body),
        Paragraph(lang.t("In short"), st.heading),
        *summary_story(lines, lang, st, month=month_name, next_month=next_name),
        Paragraph(lang.t("Key figures"), st.heading),
        *_key_figures(stats, lang, st),
        *members_share_story(stats, lang, st),
        KeepTogether([Paragraph(lang.t("Points liability"), st.heading), Paragraph(lang.t(
            "At the end of {month}, customers hold {points} unspent points, worth {amount} at {value} a point: "
            "what the shop still owes.", month=month_name, points=lang.number(current.points_outstanding),
            amount=lang.amount(round(liability.value)) if liability.value is not None else "–",
            value=lang.amount(stats.settings.point_value_cents)), st.body), Paragraph(lang.t(
                "In {month}, {points} of those points expire, worth {amount}; customers holding them: {customers}.",
                month=next_name, points=lang.number(expiring.points), amount=lang.amount(expiring.cents),
                customers=lang.number(expiring.customers)), st.body)]),
        KeepTogether([Paragraph(lang.t("Customer types"), st.heading), _segments(stats, lang)]),
        *tiers_section(lists.tiers, lang, st),
        *monthly_section(source, period, lang, st),
        *_charts_story(charts, lang, st),
        KeepTogether([Paragraph(lang.t("Survey answers"), st.heading), _bands(stats, lang)]),
        KeepTogether([Paragraph(lang.t("The three levels of retention"), st.heading),
                      *_levels(lists.retention, lang, st)]),
        *_lists_story(stats, lists, lang, st),
    ]
    if progress:
        progress(lang.t("Laying out the pages"))
    return a4_pdf(story, language=lang, shop_name=shop, title=f"{title} · {month_name}",
                  subject=lang.t("How the loyalty programme did in {month}", month=month_name),
                  printed=printed or clock.now())
