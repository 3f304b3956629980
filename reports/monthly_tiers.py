"""The monthly report's customers per tier: at the month's end against a year before."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop.core.formats import sign
from desktop.services.tier_counts import MonthTiers
from reports.language import Language
from reports.layout import Styles, table


def tiers_section(tiers: MonthTiers | None, lang: Language, st: Styles) -> list:
    """A heading and a table: tier, customers, a year before, change (nothing without tiers)."""
    if tiers is None:
        return []
    rows = [[lang.t("Tier at the month's end"), lang.t("Customers"), lang.t("Same month last year"),
             lang.t("Change")]]
    for tier in tiers.ordered:
        now, before = tiers.now.get(tier, 0), tiers.year_ago.get(tier, 0)
        rows.append([lang.tier(tier) if tier else lang.t("No tier"), lang.number(now), lang.number(before),
                     sign(now - before) + lang.number(abs(now - before))])
    return [KeepTogether([
        Paragraph(lang.t("Customers per tier"), st.heading),
        table(rows, [66 * mm, 27 * mm, 27 * mm, 27 * mm], right=(1, 2, 3), size=8.5), Spacer(1, 1.5 * mm),
        Paragraph(lang.t("A tier follows what a customer spent in the 12 months before the day, or before their "
                         "last membership anniversary if that was more."), st.small)])]
