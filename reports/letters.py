"""Reactivation letters for latent customers who agreed to hear from the shop, one page
each, and their address labels on an A4 sheet of 3 x 8 labels of 70 x 37 mm without side
margins (such as Avery Zweckform 3474)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.services import documents
from desktop.services.settings import load_settings
from reports import fonts
from reports.language import Language
from reports.layout import INK, Styles, a4_pdf, escape

LABEL_W, LABEL_H = 70 * mm, 37 * mm
LABEL_COLUMNS, LABEL_ROWS = 3, 8
LABEL_TOP = (A4[1] - LABEL_ROWS * LABEL_H) / 2  # 4.5 mm: the sheet has no side margins
LABEL_PAD = 6 * mm


def address_lines(customer: documents.LatentCustomer) -> list[str]:
    return [line for line in (customer.name, customer.street,
                              f"{customer.postcode}  {customer.city}".strip()) if line]


def letters_pdf(session: Session, language: str, *, today: date | None = None, limit: int | None = None,
                printed: datetime | None = None, people: list[documents.LatentCustomer] | None = None) -> bytes:
    """One letter per latent customer with consent (or per one of `people`, a mailing's)."""
    today = today or clock.today()
    lang, st = Language(language), Styles(10.5)
    settings = load_settings(session)
    people = documents.latent_with_consent(session, today, limit=limit) if people is None else people
    story = []
    for index, person in enumerate(people):
        if index:
            story.append(PageBreak())
        story += [Paragraph(escape(settings.shop_name), st.title), Spacer(1, 18 * mm),
                  Paragraph("<br/>".join(escape(line) for line in address_lines(person)), st.body),
                  Spacer(1, 18 * mm), Paragraph(lang.day(today), st.body), Spacer(1, 10 * mm),
                  Paragraph(escape(lang.t("Dear {name},", name=person.name)), st.body), Spacer(1, 4 * mm)]
        if person.balance > 0:
            text = lang.t("We have not seen you since {day}, and we miss you! As a thank-you for your loyalty, "
                          "you still have {points} points on your card, worth {amount}.",
                          day=lang.day(person.last_visit), points=lang.number(person.balance),
                          amount=lang.amount(person.balance * settings.point_value_cents))
        else:
            text = lang.t("We have not seen you since {day}, and we miss you!", day=lang.day(person.last_visit))
        story += [Paragraph(text, st.body), Spacer(1, 3 * mm),
                  Paragraph(lang.t("Come by in the coming weeks: show this letter or your card at the counter "
                                   "and we will gladly tell you what is new."), st.body),
                  Spacer(1, 10 * mm), Paragraph(lang.t("Kind regards,"), st.body),
                  Paragraph(escape(settings.shop_name), st.bold), Spacer(1, 30 * mm),
                  Paragraph(f"{lang.t('Card number')}: {person.card_number}", st.small),
                  Paragraph(lang.t("You receive this letter because you agreed to hear from us. "
                                   "Would you rather not? Tell us at the counter."), st.small)]
    if not people:
        story.append(Paragraph(lang.t("No latent customers with consent and an address."), st.body))
    return a4_pdf(story, language=lang, shop_name=settings.shop_name, title=lang.t("Reactivation letters"),
                  subject=lang.t("Letters to {count} customers who have not come for a while",
                                 count=lang.number(len(people))), printed=printed or clock.now(), header=False)


def labels_pdf(session: Session, language: str, *, today: date | None = None, limit: int | None = None,
               progress: Callable[[int, int], None] | None = None,
               people: list[documents.LatentCustomer] | None = None) -> bytes:
    """The same customers' addresses, in the same order, on 3 x 8 label sheets."""
    fonts.register()
    lang = Language(language)
    if people is None:
        people = documents.latent_with_consent(session, today or clock.today(), limit=limit)
    per_page = LABEL_COLUMNS * LABEL_ROWS
    pages = max(1, -(-len(people) // per_page))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR)
    canvas.setTitle(lang.t("Address labels"))
    canvas.setAuthor(load_settings(session).shop_name)
    canvas.setSubject(lang.t("Addresses of {count} customers for the reactivation letters",
                             count=lang.number(len(people))))
    for page in range(pages):
        for slot, person in enumerate(people[page * per_page:(page + 1) * per_page]):
            column, row = slot % LABEL_COLUMNS, slot // LABEL_COLUMNS
            x = column * LABEL_W + LABEL_PAD
            y = A4[1] - LABEL_TOP - row * LABEL_H - LABEL_PAD - 3 * mm
            canvas.setFillColor(INK)
            for number, line in enumerate(address_lines(person)):
                font = fonts.BOLD if number == 0 else fonts.REGULAR  # measured in the font it is drawn in
                canvas.setFont(font, 9.5)
                while canvas.stringWidth(line, font, 9.5) > LABEL_W - 2 * LABEL_PAD and len(line) > 4:
                    line = line[:-2] + "…"
                canvas.drawString(x, y - number * 4.6 * mm, line)
        canvas.showPage()  # no page number: the sheet is all labels, any text would land on one
        if progress:
            progress(page + 1, pages)
    canvas.save()
    return buffer.getvalue()
