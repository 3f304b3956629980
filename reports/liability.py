"""The points liability statement of a month (A4), for the accountant: the points' walk
from the opening to the closing balance, their worth, and the revenue deferred under
IFRS 15 with the breakage rate and the history it rests on."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock, measures
from desktop.core.formats import signed_amount
from desktop.core.kinds import EntryKind
from desktop.core.liability import BREAKAGE_MONTHS, LiabilityStatement
from desktop.services.liability import liability_statement
from desktop.services.settings import load_settings
from desktop.storage.engine import Database
from reports.language import N_, Language
from reports.layout import Styles, a4_pdf, escape, table

ISSUED = {
    EntryKind.EARN: N_("Earned on purchases"),
    EntryKind.WELCOME: N_("Welcome bonuses"),
    EntryKind.BIRTHDAY: N_("Birthday bonuses"),
    EntryKind.REFERRAL: N_("Referral bonuses"),
    EntryKind.MILESTONE: N_("Milestone and tier bonuses"),
    EntryKind.OPENING: N_("Opening balances"),
}


def statement_rows(s: LiabilityStatement, lang: Language) -> list[list[str]]:
    """The walk from opening to closing points, with their worth (also the screen's table)."""
    value = s.point_value_cents

    def row(label: str, points: int) -> list[str]:  # a movement signed in points and worth alike
        if label == first:
            return [label, lang.number(points), lang.amount(points * value)]
        return [label, lang.signed(points), signed_amount(points * value, lang.code)]

    first = lang.t("Opening balance ({day})", day=lang.day(s.period.start - timedelta(days=1)))
    rows = [[lang.t("Movement"), lang.t("Points"), lang.t("Worth")], row(first, s.opening)]
    rows += [row(lang.t(ISSUED[kind]), points) for kind, points in s.issued.items()]
    rows += [row(lang.t("Taken back on refunds and voids"), -s.taken_back),
             row(lang.t("Redeemed for rewards"), -s.redeemed),
             row(lang.t("Expired"), -s.expired),
             row(lang.t("Corrections and merged cards"), s.corrections)]
    closing = lang.t("Closing balance ({day})", day=lang.day(s.period.end))
    rows.append([closing, lang.number(s.closing), lang.amount(s.liability_cents)])
    return rows


def breakage_lines(s: LiabilityStatement, lang: Language) -> list[str]:
    """The deferred revenue and the breakage it rests on, as sentences."""
    b = s.breakage
    lines = [lang.t("From {start} to {end} customers redeemed {redeemed} points and {expired} points expired.",
                    start=lang.day(b.start), end=lang.day(b.end), redeemed=lang.number(b.redeemed),
                    expired=lang.number(b.expired))]
    if b.estimated.known:
        lines.append(lang.t("Estimated breakage: {rate} of the points that left customers' accounts expired.",
                            rate=lang.percent(b.estimated.value)))
    else:
        lines.append(lang.t("Not enough history to estimate the breakage: {months} months without a redeemed or "
                            "expired point.", months=BREAKAGE_MONTHS))
    if b.override is not None:
        lines.append(lang.t("Breakage rate used: {rate}, set by the owner.", rate=lang.percent(b.override)))
    lines.append(lang.t("Revenue deferred for the {points} points not yet redeemed: {amount} ({value} a point, "
                        "less {rate} expected breakage).", points=lang.number(s.closing),
                        amount=lang.amount(s.deferred_cents), value=lang.amount(s.point_value_cents),
                        rate=lang.percent(b.rate)))
    return lines


def _read(source: Session | Database, year: int, month: int, breakage: float | None) -> tuple[LiabilityStatement, str]:
    if isinstance(source, Database):
        with source.read() as session:
            return _read(session, year, month, breakage)
    statement = liability_statement(source, measures.month(year, month), breakage_override=breakage)
    return statement, load_settings(source).shop_name


def liability_text(source: Session | Database, year: int, month: int, language: str, *,
                   breakage: float | None = None) -> str:
    """The statement as plain text for the command line."""
    lang = Language(language)
    statement, shop = _read(source, year, month, breakage)
    rows = statement_rows(statement, lang)
    width = max(len(row[0]) for row in rows)
    lines = [f"{lang.t('Points liability statement')} · {shop} · {lang.month(year, month)}", ""]
    lines += [f"{row[0]:<{width}}  {row[1]:>12}  {row[2]:>14}" for row in rows]
    return "\n".join([*lines, "", *breakage_lines(statement, lang)])


def liability_pdf(source: Session | Database, year: int, month: int, language: str, *,
                  breakage: float | None = None, printed: datetime | None = None) -> bytes:
    lang, st = Language(language), Styles()
    statement, shop = _read(source, year, month, breakage)
    title = lang.t("Points liability statement")
    story = [
        Paragraph(title, st.title),
        Paragraph(f"<b>{escape(shop)}</b> · {lang.month(year, month)}", st.body),
        Spacer(1, 3 * mm),
        table(statement_rows(statement, lang), [100 * mm, 35 * mm, 39 * mm], right=(1, 2), total=True),
        Spacer(1, 1.5 * mm),
        Paragraph(lang.t("The closing balance is the points outstanding on the dashboard at the month's end: points "
                         "in lots still valid, worth {value} each. Expired means the points' date passed in the "
                         "month, booked by the expiry run or not yet.",
                         value=lang.amount(statement.point_value_cents)), st.small),
        Paragraph(lang.t("Deferred revenue (IFRS 15)"), st.heading),
        *[Paragraph(line, st.body) for line in breakage_lines(statement, lang)],
        Spacer(1, 1.5 * mm),
        Paragraph(lang.t("Bonus points given without a sale are a marketing cost rather than deferred revenue; "
                         "the accountant decides how to book them."), st.small),
    ]
    return a4_pdf(story, language=lang, shop_name=shop, title=f"{title} · {lang.month(year, month)}",
                  subject=lang.t("The points customers hold and what they are worth, {month}",
                                 month=lang.month(year, month)), printed=printed or clock.now())
