"""Lists for the shop: the end-of-day summary per staff member (80 mm and A4) and the
birthday list for the coming week or month (A4)."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.services import documents
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.shop_profile import load_profile
from reports import shop
from reports.language import Language
from reports.layout import (
    A4_FRAME_WIDTH,
    RECEIPT_WIDTH,
    Styles,
    a4_pdf,
    escape,
    fit,
    key_values,
    natural_widths,
    receipt_pdf,
    separator,
    table,
)

DAY_SIZES = ("a4", "80mm")


def _day_figures(row: documents.StaffDay, lang: Language) -> list[tuple[str, str]]:
    return [
        (lang.t("Purchases"), f"{lang.number(row.purchases)} · {lang.amount(row.purchase_cents)}"),
        (lang.t("Points issued"), lang.number(row.points_issued)),
        (lang.t("Bonus points"), lang.number(row.bonus_points)),
        (lang.t("Rewards"), lang.number(row.rewards)),
        (lang.t("Reward points"), lang.number(row.reward_points)),
        (lang.t("Voids"), f"{lang.number(row.voids)} · {lang.amount(row.void_cents)}"),
        (lang.t("Refunds"), f"{lang.number(row.refunds)} · {lang.amount(row.refund_cents)}"),
    ]


@reads
def day_pdf(session: Session, day: date, language: str, size: str = "a4", *,
            printed: datetime | None = None) -> bytes:
    if size not in DAY_SIZES:
        raise ValueError(f"size must be one of {DAY_SIZES}")
    lang = Language(language)
    data = documents.day_summary(session, day, unknown=lang.t("Command line or system"))
    title = lang.t("End-of-day summary")
    subject = lang.t("What each counter and staff member booked on {day}", day=lang.day(day))
    printed = printed or clock.now()
    if size == "80mm":
        st = Styles(8.5, thermal=True)
        width = RECEIPT_WIDTH - 8 * mm
        story: list[Flowable] = [Paragraph(escape(data.shop_name), st.big_center), Paragraph(title, st.center),
                                 Paragraph(lang.day(day), st.center), separator(width, colors.black)]
        for row in data.staff + [data.total]:
            who = f"{row.counter or lang.t('(not recorded)')} · {row.name}" if row.name else lang.t("Total")
            story += [Spacer(1, 1.5 * mm), Paragraph(f"<b>{escape(who)}</b>", st.body),
                      key_values(_day_figures(row, lang), [width * 0.45, width * 0.55], size=8,
                                 label_color=colors.black)]
        if not data.staff:
            story.append(Paragraph(lang.t("Nothing was registered on this day."), st.body))
        story += [Spacer(1, 1.5 * mm), separator(width, colors.black),
                  Paragraph(lang.t("Printed {moment}", moment=lang.moment(printed)), st.small)]
        return receipt_pdf(story, title=title, shop_name=data.shop_name, subject=subject)
    st = Styles()
    # The counter goes under the staff member's name in one column: ten columns do not fit 174 mm.
    header = [lang.t("Staff member") + " / " + lang.t("Counter"), lang.t("Purchases"), lang.t("Amount"),
              lang.t("Points issued"), lang.t("Bonus points"), lang.t("Rewards"), lang.t("Reward points"),
              lang.t("Voids"), lang.t("Refunds")]
    who_style = ParagraphStyle("who", st.cell, fontSize=7, leading=8.6)

    def rows_joined(joiner: str) -> list[list]:
        rows: list[list] = [header]
        for row in data.staff + [data.total]:
            if row.name:
                counter = escape(row.counter or lang.t("(not recorded)"))
                who = Paragraph(f"{escape(row.name)}<br/><font color='#52606d'>{counter}</font>", who_style)
            else:
                who = Paragraph(f"<b>{escape(lang.t('Total'))}</b>", who_style)
            rows.append([who, lang.number(row.purchases), lang.amount(row.purchase_cents),
                         lang.number(row.points_issued), lang.number(row.bonus_points), lang.number(row.rewards),
                         lang.number(row.reward_points),
                         f"{lang.number(row.voids)}{joiner}{lang.amount(row.void_cents)}",
                         f"{lang.number(row.refunds)}{joiner}{lang.amount(row.refund_cents)}"])
        return rows

    # A busy shop's day (amounts of six figures) does not fit on one line a row: the voids'
    # and refunds' count then goes above their amount.
    try:
        rows = rows_joined(" · ")
        widths = natural_widths(rows, A4_FRAME_WIDTH, size=7)
    except ValueError:
        rows = rows_joined("\n")
        widths = natural_widths(rows, A4_FRAME_WIDTH, size=7)
    story = [Paragraph(title, st.title), Paragraph(lang.day(day), st.heading),
             table(rows, widths, right=range(1, 9), size=7, total=True),
             Spacer(1, 3 * mm),
             Paragraph(lang.t("Per counter PC and staff member."), st.small)]
    if not data.staff:
        story.insert(2, Paragraph(lang.t("Nothing was registered on this day."), st.body))
    return a4_pdf(story, language=lang, shop_name=data.shop_name, title=title, subject=subject, printed=printed,
                  logo=shop.logo_reader(load_profile(session)))


@reads
def birthdays_pdf(session: Session, start: date, end: date, language: str, *,
                  printed: datetime | None = None) -> bytes:
    """Customers whose birthday falls from `start` to `end`, by date: to prepare a card or a bonus."""
    lang, st = Language(language), Styles()
    lines = documents.birthdays(session, start, end)
    title = lang.t("Birthdays")
    rows = [[lang.t("Birthday"), lang.t("Turns"), lang.t("Name"), lang.t("Card number"), lang.t("Phone"),
             lang.t("Points")]]
    rows += [[lang.day(b.on), str(b.age), fit(b.name, 55 * mm), b.card_number, fit(b.phone, 32 * mm),
              lang.number(b.balance)] for b in lines]
    story = [Paragraph(title, st.title),
             Paragraph(lang.t("Birthdays from {start} to {end}", start=lang.day(start), end=lang.day(end))
                       + " · " + lang.t("{count} customers", count=lang.number(len(lines))), st.body),
             Spacer(1, 3 * mm),
             table(rows, [24 * mm, 13 * mm, 55 * mm, 32 * mm, 32 * mm, 18 * mm], right=(1, 5))]
    if not lines:
        story.append(Paragraph(lang.t("No birthdays in this period."), st.body))
    return a4_pdf(story, language=lang, shop_name=load_settings(session).shop_name, title=title,
                  subject=lang.t("Birthdays from {start} to {end}", start=lang.day(start), end=lang.day(end)),
                  printed=printed or clock.now(), logo=shop.logo_reader(load_profile(session)))
