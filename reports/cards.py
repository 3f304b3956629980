"""Loyalty cards, ten to an A4 sheet: each with the shop's logo or name, the customer's name and
the card number as a Code 128 barcode the counter's scanner reads back; optionally a back side
(the shop's details, the programme's rule in one sentence, where to see the points).

Two sheets (`SHEETS`):
- Avery Zweckform C32011 (Quick & Clean business cards, 85 x 54 mm, 10 per A4, also sold as
  C32010/C32015 in other card weights): 2 x 5 cards with 10 mm between the columns and the
  rows touching, the grid centred on A4: 15 mm from the left, 13.5 mm from the top, a pitch of
  95 mm across and 54 mm down. NOT checked against the manufacturer's data sheet (none was at
  hand): these margins follow from the card size and A4; gLabels' community template for
  C32010 puts the grid at 14.1 mm from the left and the top (40 pt). Cards are die-cut, so the
  coloured band stays 2.5 mm inside the card edge: a sheet or printer that is up to 2.5 mm off
  shows neither a white sliver nor blue on the next card. README ("Printing loyalty cards")
  describes the test print that checks a printer against a sheet.
- Plain A4 card stock to cut with a guillotine: ISO/IEC 7810 ID-1 cards (85.60 x 53.98 mm, a
  bank card's size); the band bleeds 2 mm past the top and sides, columns 4 mm and rows 2 mm
  apart, and cut marks for every card edge stand in the margins only.

The back pages are mirrored for long-edge duplex (the printer turns the sheet over its long,
vertical edge): the back of the card in column c lands in column COLUMNS - 1 - c, behind its
front. Backs are white with everything 4 mm inside the card, so duplex registration (often
1-2 mm off) does not show.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session

from desktop.core.rules import ProgrammeSettings
from desktop.core.shop_profile import ShopProfile
from desktop.services import documents
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.shop_profile import load_profile
from reports import fonts
from reports import shop as shop_details
from reports.language import N_, Language
from reports.layout import ACCENT, INK, MUTED, wrap_lines

COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class CardSheet:
    """Where the cards of one kind of sheet sit, measured (points) from the sheet's top-left."""

    key: str
    name: str  # as the UI and the command line name it (translated)
    card_w: float
    card_h: float
    left: float  # the first column's left edge
    top: float  # the first row's top edge
    column_pitch: float
    row_pitch: float
    bleed: float  # how far the band runs past the card's top and sides; 0: inset on a pre-cut card
    cut_marks: bool

    def origin(self, index: int, *, back: bool = False) -> tuple[float, float]:
        """Bottom-left corner (reportlab's origin) of the `index`-th card on its page, left to
        right, top to bottom; on a back page the column is mirrored for long-edge duplex."""
        slot = index % PER_PAGE
        column, row = slot % COLUMNS, slot // COLUMNS
        x = self.left + column * self.column_pitch
        if back:
            x = PAGE_W - x - self.card_w
        return x, PAGE_H - self.top - row * self.row_pitch - self.card_h


AVERY_C32011 = CardSheet("avery-c32011", N_("Avery Zweckform C32011 (pre-cut, 85 x 54 mm)"), 85 * mm, 54 * mm,
                         15 * mm, 13.5 * mm, 95 * mm, 54 * mm, 0, False)
_ID1_W, _ID1_H, _BLEED = 85.60 * mm, 53.98 * mm, 2 * mm
CARD_STOCK = CardSheet("card-stock", N_("A4 card stock to cut (ISO ID-1, 85.60 x 53.98 mm)"), _ID1_W, _ID1_H,
                       (PAGE_W - 2 * _ID1_W - 2 * _BLEED) / 2,  # both sides of a card bleed; only its top does
                       (PAGE_H - 5 * _ID1_H - 4 * _BLEED) / 2, _ID1_W + 2 * _BLEED, _ID1_H + _BLEED, _BLEED, True)
SHEETS = {sheet.key: sheet for sheet in (AVERY_C32011, CARD_STOCK)}
DEFAULT_SHEET = AVERY_C32011.key

BAND_H = 13 * mm
INSET = 2.5 * mm  # the band's distance from a pre-cut card's edge
BACK_MARGIN = 4 * mm
BAR_WIDTH = 0.33 * mm  # the narrowest bar; 0.33 mm is the size retail scanners are made for
BAR_HEIGHT = 13 * mm
BAR_Y = 9 * mm  # from the card's bottom edge
MARK, MARK_GAP = 3 * mm, 1 * mm  # cut marks: length, and distance from the bleed


def barcode(card_number: str) -> Code128:
    """The card number as Code 128 (digits in code set C: short bars, easy to scan)."""
    return Code128(card_number, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True, lquiet=0, rquiet=0)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `text` fits in `width`."""
    while size > 6 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _band(canvas: Canvas, sheet: CardSheet, x: float, y: float) -> tuple[float, float]:
    """The coloured band at the card's top; returns its left and bottom edge."""
    canvas.setFillColor(ACCENT)
    top = y + sheet.card_h
    if sheet.bleed:
        canvas.rect(x - sheet.bleed, top - BAND_H, sheet.card_w + 2 * sheet.bleed, BAND_H + sheet.bleed, stroke=0,
                    fill=1)
        return x, top - BAND_H
    canvas.roundRect(x + INSET, top - INSET - BAND_H + INSET, sheet.card_w - 2 * INSET, BAND_H - INSET, 1.5 * mm,
                     stroke=0, fill=1)
    return x + INSET, top - BAND_H


def _draw_front(canvas: Canvas, sheet: CardSheet, x: float, y: float, shop: str, holder: documents.CardHolder,
                lang: Language, logo=None) -> None:
    pad = 5 * mm
    _left, band_bottom = _band(canvas, sheet, x, y)
    band_middle = band_bottom + (y + sheet.card_h - (0 if sheet.bleed else INSET) - band_bottom) / 2
    text_left = x + pad
    if logo is not None:  # on a white plate, so any logo's colours show on the band
        reader, ratio = logo
        height = BAND_H - 5 * mm
        width = min(height * ratio, 30 * mm)
        height = width / ratio
        canvas.setFillColorRGB(1, 1, 1)
        canvas.roundRect(x + pad - 1 * mm, band_middle - height / 2 - 1 * mm, width + 2 * mm, height + 2 * mm, 1 * mm,
                         stroke=0, fill=1)
        canvas.drawImage(reader, x + pad, band_middle - height / 2, width=width, height=height, mask="auto")
        text_left += width + 3 * mm
    canvas.setFillColorRGB(1, 1, 1)
    size = _fit(canvas, shop, fonts.BOLD, 13, x + sheet.card_w - pad - text_left)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(text_left, band_middle - size * 0.35, shop)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7)
    canvas.drawString(x + pad, band_bottom - 4.5 * mm, lang.t("Loyalty card"))
    canvas.setFillColor(INK)
    size = _fit(canvas, holder.name, fonts.BOLD, 11, sheet.card_w - 2 * pad)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(x + pad, band_bottom - 9.5 * mm, holder.name)
    code = barcode(holder.card_number)
    code.drawOn(canvas, x + (sheet.card_w - code.width) / 2, y + BAR_Y)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.drawCentredString(x + sheet.card_w / 2, y + BAR_Y - 3.8 * mm, holder.card_number)


def back_lines(settings: ProgrammeSettings, lang: Language) -> tuple[str, str]:
    """The programme's rule in one sentence, and where the customer sees their points."""
    worth = lang.amount(100 * settings.point_value_cents)
    if settings.points_per_euro == 1:
        rule = lang.t("One point for every euro you spend; 100 points are worth {amount} on a reward.", amount=worth)
    else:
        rule = lang.t("{points} points for every euro you spend; 100 points are worth {amount} on a reward.",
                      points=lang.number(settings.points_per_euro), amount=worth)
    return rule, lang.t("Your points are on every points slip, and you can ask for them at the counter any time.")


def _draw_back(canvas: Canvas, sheet: CardSheet, x: float, y: float, shop: str, profile: ShopProfile,
               lines: tuple[str, str], holder: documents.CardHolder, lang: Language) -> None:
    """White, everything BACK_MARGIN inside the card: duplex registration may be off."""
    left, width = x + BACK_MARGIN, sheet.card_w - 2 * BACK_MARGIN
    cursor = y + sheet.card_h - BACK_MARGIN - 9
    canvas.setFillColor(ACCENT)
    size = _fit(canvas, shop, fonts.BOLD, 10, width)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(left, cursor, shop)
    canvas.setFillColor(INK)
    for line in shop_details.contact_lines(profile, lang):
        cursor -= 9
        size = _fit(canvas, line, fonts.REGULAR, 7, width)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(left, cursor, line)
    hours = " · ".join(line.strip() for line in profile.opening_hours.splitlines() if line.strip())
    if hours:
        cursor -= 9
        text = lang.t("Open: {hours}", hours=hours)
        canvas.setFont(fonts.REGULAR, _fit(canvas, text, fonts.REGULAR, 7, width))
        canvas.drawString(left, cursor, text)
    cursor -= 4
    canvas.setFont(fonts.REGULAR, 7)
    for sentence in lines:
        for part in wrap_lines(sentence, fonts.REGULAR, 7, width):
            cursor -= 8.5
            canvas.drawString(left, cursor, part)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7)
    canvas.drawRightString(x + sheet.card_w - BACK_MARGIN, y + BACK_MARGIN,
                           lang.t("Card {card}", card=holder.card_number))


def _cut_marks(canvas: Canvas, sheet: CardSheet) -> None:
    """Short lines in the margins in line with every card edge, clear of the bleed; none
    between the cards, where they would print on a neighbour's bleed."""
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.25)
    first, last = sheet.origin(0), sheet.origin(PER_PAGE - 1)
    top, bottom = first[1] + sheet.card_h, last[1]
    left, right = first[0], last[0] + sheet.card_w
    for column in range(COLUMNS):
        x0 = sheet.origin(column)[0]
        for x in (x0, x0 + sheet.card_w):
            canvas.line(x, top + sheet.bleed + MARK_GAP, x, top + sheet.bleed + MARK_GAP + MARK)
            canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK)
    for row in range(ROWS):
        y0 = sheet.origin(row * COLUMNS)[1]
        for y in (y0, y0 + sheet.card_h):
            canvas.line(left - sheet.bleed - MARK_GAP, y, left - sheet.bleed - MARK_GAP - MARK, y)
            canvas.line(right + sheet.bleed + MARK_GAP, y, right + sheet.bleed + MARK_GAP + MARK, y)


def _footer(canvas: Canvas, left: str, right: str = "") -> None:
    """Below the cards, one text each side of the middle: the cut marks between the columns
    stand in the middle."""
    canvas.setFont(fonts.REGULAR, 7)
    canvas.setFillColor(MUTED)
    room = PAGE_W / 2 - 22 * mm
    canvas.setFont(fonts.REGULAR, _fit(canvas, left, fonts.REGULAR, 7, room))
    canvas.drawString(20 * mm, 4.5 * mm, left)
    canvas.setFont(fonts.REGULAR, _fit(canvas, right, fonts.REGULAR, 7, room))
    canvas.drawRightString(PAGE_W - 20 * mm, 4.5 * mm, right)


@reads
def cards_pdf(session: Session, language: str, cards: list[str] | None = None, *,
              joined_from: date | None = None, joined_to: date | None = None, sheet: str = DEFAULT_SHEET,
              back: bool = False, progress: Callable[[int, int], None] | None = None) -> bytes:
    """Cards for the named card numbers, else for every customer (who joined in the period),
    laid out for `sheet` (a key of SHEETS); with `back`, each page of fronts is followed by
    its mirrored page of backs, to print double-sided on the long edge."""
    fonts.register()
    layout = SHEETS[sheet]
    settings = load_settings(session)
    profile = load_profile(session)
    lang = shop_details.language_for(language, profile)
    shop = settings.shop_name
    logo = shop_details.logo_reader(profile)
    lines = back_lines(settings, lang)
    holders = documents.card_holders(session, cards, joined_from=joined_from, joined_to=joined_to)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.REGULAR)
    canvas.setTitle(lang.t("Loyalty cards"))
    canvas.setAuthor(shop)
    canvas.setSubject(lang.t("{count} loyalty cards to cut out", count=lang.number(len(holders))))
    pages = max(1, -(-len(holders) // PER_PAGE))
    for page in range(pages):
        batch = holders[page * PER_PAGE:(page + 1) * PER_PAGE]
        for index, holder in enumerate(batch):
            _draw_front(canvas, layout, *layout.origin(index), shop, holder, lang, logo)
        if layout.cut_marks:
            _cut_marks(canvas, layout)
        sheet_name = layout.name  # an N_ text
        _footer(canvas, f"{shop} · " + lang.t("Page {page} of {pages}", page=page + 1, pages=pages),
                lang.t(sheet_name))
        canvas.showPage()
        if back:
            for index, holder in enumerate(batch):
                _draw_back(canvas, layout, *layout.origin(index, back=True), shop, profile, lines, holder, lang)
            _footer(canvas, lang.t("Back of page {page}: print double-sided, flip on the long edge",
                                   page=page + 1))
            canvas.showPage()
        if progress:
            progress(page + 1, pages)
    canvas.save()
    return buffer.getvalue()
