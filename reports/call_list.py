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
from reports.layout import A4_FRAME_WIDTH, Styles, a4_pdf, fit, natural_widths, table

SIZE = 7.5  # the list's points: eight columns on A4


def call_rows(lines: list[OverdueCustomer], today: date, lang: Language) -> list[list[str]]:
    """The list's rows under their header (also the command line's text)."""
    rows = [[lang.t("Name"), lang.t("Card number"), lang.t("Phone"), lang.t("Usually every"), lang.t("Last visit"),
             lang.t("Expected"), lang.t("Away"), lang.t("Consent")]]
    rows += [[c.name, c.card_number, c.phone,
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
    # Widths from the content: the phone, the reason for the list, is never cut short, and a
    # header word never breaks ("Toestemm" / "ing"); the name takes what is left.
    rows = call_rows(lines, today, lang)
    widths = natural_widths(rows, A4_FRAME_WIDTH, size=SIZE, flexible=0)
    rows[1:] = [[fit(row[0], widths[0], SIZE), *row[1:]] for row in rows[1:]]
    story = [Paragraph(title, st.title),
             Paragraph(lang.day(today) + " · " + lang.t("{count} customers", count=lang.number(len(lines))), st.body),
             Paragraph(explanation(factor, min_visits, lang), st.small), Spacer(1, 3 * mm),
             table(rows, widths, right=(3, 6), size=SIZE)]
    if not lines:
        story.append(Paragraph(lang.t("No regular customer is overdue."), st.body))
    return a4_pdf(story, language=lang, shop_name=load_settings(session).shop_name, title=title,
                  subject=lang.t("Regulars to call before they turn latent, {day}", day=lang.day(today)),
                  printed=printed or clock.now())
