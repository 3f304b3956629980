"""The monthly report's section on the members' share of revenue: the loyalty customers'
purchases (less refunds) against what the till took, this month and the same month last
year. The figures are the dashboard's (services.stats, desktop.core.till); where the till
total is not entered for every day, the section says for how many days it is."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.services.stats import Figures, PeriodStats
from reports.language import Language
from reports.layout import Styles, escape, table


def _column(figures: Figures | None, lang: Language) -> list[str]:
    if figures is None:
        return ["", "", "", ""]
    till, share = figures.till, figures.members_share
    return [lang.t("{entered} of {days}", entered=till.entered_days, days=till.days),
            lang.amount(till.cents) if till.complete else "–",
            lang.amount(figures.revenue_cents),
            lang.percent(share.value) if share.value is not None else "–"]


def members_share_story(stats: PeriodStats, lang: Language, st: Styles) -> list:
    now, ago = stats.current, stats.year_ago
    month = lang.month(now.period.start.year, now.period.start.month)
    heading = Paragraph(lang.t("Members' share of revenue"), st.heading)
    if not now.till.entered_days and not (ago and ago.till.entered_days):
        return [KeepTogether([heading, Paragraph(lang.t(
            "No till total is entered for {month}. Enter what the till took each day (Programme, Till totals, or "
            "loyalty till) to see which share of the revenue comes from members.", month=month), st.body)])]
    labels = [lang.t("Days with a till total"), lang.t("Till total"), lang.t("Revenue from members (less refunds)"),
              lang.t("Members' share of revenue")]
    rows = [[lang.t("Figure"), lang.t("This month"), lang.t("Same month last year")]]
    rows += [list(row) for row in zip(labels, _column(now, lang), _column(ago, lang), strict=True)]
    story: list = [heading, table(rows, [66 * mm, 46 * mm, 46 * mm], right=(1, 2), size=8.5),
                   Spacer(1, 1.5 * mm)]
    if not now.till.complete or (ago is not None and not ago.till.complete):
        story.append(Paragraph(escape(lang.t(
            "The share is given for a month whose till total is entered for every day, or as one month total.")),
            st.small))
    return [KeepTogether(story)]
