"""The call list (A4): regulars overdue by their own rhythm who have not turned latent
yet, the most overdue first, with what to say it by (usual gap, last visit, expected)."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.core.rhythm import HISTORY_DAYS
from desktop.services.context import reads
from desktop.services.rhythm import OverdueCustomer, overdue_customers
from desktop.services.settings import load_settings
from reports.language import Language
from reports.layout import Styles, a4_pdf, fit, table


def call_rows(lines: list[OverdueCustomer], today: date, lang: Language) -> list[list[str]]:
    """The list's rows under their header (also the command line's text)."""
    rows = [[lang.t("Name"), lang.t("Card number"), lang.t("Phone"), lang.t("Usually every"), lang.t("Last visit"),
             lang.t("Expected"), lang.t("Away"), lang.t("Consent")]]
    rows += [[fit(c.name, 38 * mm), c.card_number, fit(c.phone, 26 * mm),
              lang.t("{days} days", days=c.rhythm.usual_gap_days), lang.day(c.rhythm.last_visit),
              lang.day(c.rhythm.expected_next), lang.t("{times}×", times=lang.decimal(c.rhythm.overdue_by(today))),
              lang.t("yes") if c.consent else lang.t("no")] for c in lines]
    return rows


def explanation(factor: float, min_visits: int, lang: Language) -> str:
    return lang.t("Customers with at least {visits} visits in the last {days} days whose time away is {factor} times "
                  "their usual gap between visits or more, and who are not latent yet. Away: the time since the "
                  "last visit in usual gaps.", visits=min_visits, days=HISTORY_DAYS, factor=lang.decimal(factor))


@reads
def call_list_pdf(session: Session, today: date, language: str, *, factor: float, min_visits: int,
                  printed: datetime | None = None) -> bytes:
    lang, st = Language(language), Styles()
    lines = overdue_customers(session, today, factor=factor, min_visits=min_visits)
    title = lang.t("Call list: regulars overdue")
    widths = [38 * mm, 27 * mm, 26 * mm, 17 * mm, 18 * mm, 18 * mm, 12 * mm, 18 * mm]
    story = [Paragraph(title, st.title),
             Paragraph(lang.day(today) + " · " + lang.t("{count} customers", count=lang.number(len(lines))), st.body),
             Paragraph(explanation(factor, min_visits, lang), st.small), Spacer(1, 3 * mm),
             table(call_rows(lines, today, lang), widths, right=(3, 6), size=7.5)]
    if not lines:
        story.append(Paragraph(lang.t("No regular customer is overdue."), st.body))
    return a4_pdf(story, language=lang, shop_name=load_settings(session).shop_name, title=title,
                  subject=lang.t("Regulars to call before they turn latent, {day}", day=lang.day(today)),
                  printed=printed or clock.now())
