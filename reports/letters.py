"""Reactivation letters for latent customers who agreed to hear from the shop, one page
each, and their address labels for Avery Zweckform 3474: an A4 sheet of 3 x 8 labels of
70 x 37 mm running edge to edge across (no side margins) and 0.5 mm from the top and bottom
(8 x 37 = 296 mm of 297), as its data sheet gives it."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from sqlmodel import Session

from desktop.core import clock
from desktop.core.shop_profile import ShopProfile
from desktop.services import documents
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.shop_profile import load_profile
from reports import fonts, shop
from reports.language import N_, Language
from reports.layout import ACCENT, INK, MUTED, Styles, escape

LABEL_SHEET = N_("Avery Zweckform 3474 (70 x 37 mm, 24 per A4)")
LABEL_W, LABEL_H = 70 * mm, 37 * mm
LABEL_COLUMNS, LABEL_ROWS = 3, 8
LABEL_LEFT, LABEL_TOP = 0 * mm, 0.5 * mm  # the data sheet's side and top margins
LABEL_PAD = 6 * mm  # the address keeps this far from a label's edges, and so clear of a printer's unprintable rim


def label_origin(slot: int) -> tuple[float, float]:
    """The left and top edge (reportlab's y, from the bottom) of the `slot`-th label on its sheet."""
    column, row = slot % LABEL_COLUMNS, slot // LABEL_COLUMNS
    return LABEL_LEFT + column * LABEL_W, A4[1] - LABEL_TOP - row * LABEL_H


# DIN 5008 (mm from the page's top-left): the address field of a window envelope is 85 x 45
# mm at 20 mm from the left, 27 mm (form A) or 45 mm (form B) from the top; its first 5 mm
# hold the return line, the next 12.7 mm notes, then the address. Fold marks at a third.
ADDRESS_TOP = {"A": 27, "B": 45}
FOLD_MARKS = {"A": (87, 192), "B": (105, 210)}
INFO_TOP = {"A": 32, "B": 50}  # the information block beside the address field
BODY_TOP = {"A": 80, "B": 98.5}
ADDRESS_LEFT, ADDRESS_WIDTH, RETURN_HEIGHT, NOTES_HEIGHT = 20, 85, 5, 12.7
TEXT_LEFT, TEXT_RIGHT, TEXT_BOTTOM, NEXT_TOP = 25, 20, 22, 20
INFO_LEFT = 125
HORIZON_DAYS = 60  # points expiring this soon are named in the letter


def address_lines(customer: documents.LatentCustomer) -> list[str]:
    return [line for line in (customer.name, customer.street,
                              f"{customer.postcode}  {customer.city}".strip()) if line]


class _Letter(Flowable):
    """Marks where the next letter begins: its first page draws that letter's address."""

    def __init__(self, state: dict, index: int) -> None:
        super().__init__()
        self.state, self.index = state, index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.state["letter"] = self.index


class _LetterCanvas(Canvas):
    """Holds the pages back to number them within each letter ("page 2 of 2"); a letter
    of one page gets no number, as DIN 5008 has it."""

    def __init__(self, *args, language: Language, footer: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._lang, self._footer = language, footer
        self.letter = 0

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._pages:
            counts[state["letter"]] = counts.get(state["letter"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            seen[self.letter] = seen.get(self.letter, 0) + 1
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawString(TEXT_LEFT * mm, 10 * mm, self._footer)
            if counts[self.letter] > 1:
                self.drawRightString(A4[0] - TEXT_RIGHT * mm, 10 * mm, self._lang.t(
                    "Page {page} of {pages}", page=seen[self.letter], pages=counts[self.letter]))
            super().showPage()
        super().save()


def _first_page(canvas: Canvas, person: documents.LatentCustomer, shop_name: str, profile: ShopProfile,
                lang: Language, day: date) -> None:
    form = profile.envelope_window
    top = A4[1] - ADDRESS_TOP[form] * mm
    left = ADDRESS_LEFT * mm
    canvas.saveState()
    picture = shop.logo_reader(profile)
    head_room = ADDRESS_TOP[form] - 12  # mm above the address field for the letterhead
    if picture:
        reader, ratio = picture
        height = min(head_room, 40 / ratio) * mm
        canvas.drawImage(reader, A4[0] - TEXT_RIGHT * mm - height * ratio, A4[1] - 8 * mm - height,
                         width=height * ratio, height=height, mask="auto")
    canvas.setFillColor(ACCENT)
    canvas.setFont(fonts.BOLD, 16 if form == "B" else 12)
    canvas.drawString(TEXT_LEFT * mm, A4[1] - (16 if form == "B" else 13) * mm, shop_name)
    # the return line, small and underlined, in the top 5 mm of the window
    back = " · ".join([shop_name] + profile.address_lines)
    size = 7
    while canvas.stringWidth(back, fonts.REGULAR, size) > (ADDRESS_WIDTH - 5) * mm and size > 5.5:
        size -= 0.5
    canvas.setFont(fonts.REGULAR, size)
    canvas.setFillColor(INK)
    base = top - RETURN_HEIGHT * mm + 1.5 * mm
    canvas.drawString(left + 5 * mm, base, back)
    canvas.setLineWidth(0.3)
    canvas.line(left + 5 * mm, base - 0.8 * mm, left + 5 * mm + canvas.stringWidth(back, fonts.REGULAR, size),
                base - 0.8 * mm)
    canvas.setFont(fonts.REGULAR, 10)
    y = top - (RETURN_HEIGHT + NOTES_HEIGHT) * mm - 4 * mm
    for line in address_lines(person):
        canvas.drawString(left + 5 * mm, y, fit_text(canvas, line, fonts.REGULAR, 10, (ADDRESS_WIDTH - 8) * mm))
        y -= 4.5 * mm
    # the information block: date, card, how to reach the shop
    info = [(lang.t("Date"), lang.day(day)), (lang.t("Card number"), person.card_number)]
    if profile.phone:
        info.append((lang.t("Phone"), profile.phone))
    y = A4[1] - INFO_TOP[form] * mm
    for label, value in info:
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(INFO_LEFT * mm, y, label)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.setFillColor(INK)
        canvas.drawString(INFO_LEFT * mm + 24 * mm, y, value)
        y -= 4.5 * mm
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    for mark in FOLD_MARKS[form] + (148.5,):  # two fold marks and the punch mark halfway
        length = 4 if mark == 148.5 else 6
        canvas.line(4 * mm, A4[1] - mark * mm, (4 + length) * mm, A4[1] - mark * mm)
    canvas.restoreState()


def fit_text(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    while canvas.stringWidth(text, font, size) > width and len(text) > 4:
        text = text[:-2] + "…"
    return text


def _letter_story(person, points: documents.LetterPoints, offer: documents.LetterOffer | None,
                  shop_name: str, profile: ShopProfile, value_cents: int, lang: Language, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(escape(lang.t("Dear {name},", name=person.name)), st.body), Spacer(1, 4 * mm),
                             Paragraph(lang.t("We have not seen you since {day}, and we miss you!",
                                              day=lang.day(person.last_visit)), st.body), Spacer(1, 2.5 * mm)]
    if points.spendable > 0:
        text = lang.t("You have {points} points to spend, worth {amount}.", points=lang.number(points.spendable),
                      amount=lang.amount(points.spendable * value_cents))
        first, last = points.expiring_on, points.expiring_until
        if points.expiring and first and last and last != first:  # several days: naming the first alone would be false
            text += " <b>" + lang.t("{points} of them expire between {first} and {last}: come by before {first} "
                                    "so they are not lost.", points=lang.number(points.expiring),
                                    first=lang.day(first), last=lang.day(last)) + "</b>"
        elif points.expiring and first:
            text += " <b>" + lang.t("{points} of them expire on {day}: come by before then so they are not lost.",
                                    points=lang.number(points.expiring), day=lang.day(first)) + "</b>"
        story += [Paragraph(text, st.body), Spacer(1, 2.5 * mm)]
    if offer is not None:
        story += [Paragraph(f"<b>{escape(offer.reward)}</b>" + (f": {escape(offer.text)}" if offer.text else ""),
                            st.body),
                  Paragraph(lang.t("Show this letter at the counter until {day} and it is yours.",
                                   day=lang.day(offer.until)), st.body), Spacer(1, 2.5 * mm)]
    story.append(Paragraph(lang.t("Come by in the coming weeks: show this letter or your card at the counter "
                                  "and we will gladly tell you what is new."), st.body))
    if profile.opening_hours or profile.address_lines:
        where = ", ".join(profile.address_lines)
        hours = "<br/>".join(escape(line) for line in profile.opening_hours.splitlines() if line.strip())
        story += [Spacer(1, 4 * mm), Paragraph(lang.t("Where and when"), st.bold)]
        if where:
            story.append(Paragraph(escape(where) + (f" · {escape(profile.phone)}" if profile.phone else ""), st.body))
        if hours:
            story.append(Paragraph(hours, st.body))
    story += [Spacer(1, 8 * mm), Paragraph(lang.t("Kind regards,"), st.body), Spacer(1, 8 * mm)]
    if profile.signer:
        story.append(Paragraph(escape(profile.signer), st.body))
    story += [Paragraph(escape(shop_name), st.bold), Spacer(1, 10 * mm),
              Paragraph(lang.t("You receive this letter because you agreed to hear from us. "
                               "Would you rather not? Tell us at the counter."), st.small)]
    return story


@reads
def letters_pdf(session: Session, language: str, *, today: date | None = None, limit: int | None = None,
                offer: int | None = None, offer_until: date | None = None,
                people: list[documents.LatentCustomer] | None = None) -> bytes:
    """One letter per latent customer with consent and an address (or per one of `people`, a
    mailing's), in a DIN 5008 window envelope layout (form A or B from the shop's profile);
    `offer`: a reward's id from the catalogue, offered until `offer_until` (30 days from today
    when not given)."""
    today = today or clock.today()
    settings, profile = load_settings(session), load_profile(session)
    lang, st = shop.language_for(language, profile), Styles(10)
    people = documents.latent_with_consent(session, today, limit=limit) if people is None else people
    deal = (documents.letter_offer(session, offer, offer_until or today + timedelta(days=30), today)
            if offer else None)
    state = {"letter": 0}
    form = profile.envelope_window
    width, height = A4
    body = Frame(TEXT_LEFT * mm, TEXT_BOTTOM * mm, width - (TEXT_LEFT + TEXT_RIGHT) * mm,
                 height - BODY_TOP[form] * mm - TEXT_BOTTOM * mm, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    more = Frame(TEXT_LEFT * mm, TEXT_BOTTOM * mm, width - (TEXT_LEFT + TEXT_RIGHT) * mm,
                 height - (NEXT_TOP + TEXT_BOTTOM) * mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def first(canvas, _doc) -> None:
        canvas.letter = state["letter"]
        _first_page(canvas, people[state["letter"]], settings.shop_name, profile, lang, today)

    def next_page(canvas, _doc) -> None:
        canvas.letter = state["letter"]

    buffer = io.BytesIO()
    subject = lang.t("Letters to {count} customers who have not come for a while", count=lang.number(len(people)))
    doc = BaseDocTemplate(buffer, pagesize=A4, title=lang.t("Reactivation letters"), author=settings.shop_name,
                          subject=subject, creator="Loyalty", initialFontName=fonts.REGULAR)
    doc.addPageTemplates([PageTemplate(id="first", frames=[body], onPage=first if people else next_page,
                                       autoNextPageTemplate="next"),
                          PageTemplate(id="next", frames=[more], onPage=next_page)])
    story: list[Flowable] = []
    for index, person in enumerate(people):
        if index:
            story += [_Letter(state, index), NextPageTemplate("first"), PageBreak()]
        story += _letter_story(person, documents.letter_points(session, person.card_number, today,
                                                               horizon_days=HORIZON_DAYS),
                               deal, settings.shop_name, profile, settings.point_value_cents, lang, st)
    if not people:
        story.append(Paragraph(lang.t("No latent customers with consent and an address."), st.body))
    footer = " · ".join([settings.shop_name] + ([lang.t("KvK {number}", number=profile.kvk)] if profile.kvk else []))
    doc.build(story, canvasmaker=lambda *a, **k: _LetterCanvas(*a, language=lang, footer=footer, **k))
    return buffer.getvalue()


@reads
def labels_pdf(session: Session, language: str, *, today: date | None = None, limit: int | None = None,
               progress: Callable[[int, int], None] | None = None,
               people: list[documents.LatentCustomer] | None = None) -> bytes:
    """The same customers' addresses, in the same order, on Avery Zweckform 3474 sheets (LABEL_SHEET)."""
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
    canvas.setSubject(lang.t("Addresses of {count} customers for the reactivation letters, on {sheet}",
                             count=lang.number(len(people)), sheet=lang.t(LABEL_SHEET)))
    for page in range(pages):
        for slot, person in enumerate(people[page * per_page:(page + 1) * per_page]):
            left, top = label_origin(slot)
            lines = address_lines(person)
            cap = 9.5 * 0.73  # the font's capital height at 9.5 points
            block = (len(lines) - 1) * 4.6 * mm + cap
            x, y = left + LABEL_PAD, top - max(LABEL_PAD, (LABEL_H - block) / 2) - cap  # centred in the label
            canvas.setFillColor(INK)
            for number, line in enumerate(lines):
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
