"""Loyalty cards: ten ISO/IEC 7810 ID-1 cards (85.60 x 53.98 mm, a bank card's size) on plain
A4 card stock, each with the shop's logo or name, the customer's name and the card number as
a Code 128 barcode that the counter's scanner reads back.

Laid out for cutting with a guillotine, not for a pre-perforated sheet: the coloured band
bleeds 2 mm past the card's top and sides (a cut a little off leaves no white sliver), so
columns are 4 mm apart and rows 2 mm (a card's bottom is white); cut marks for every card
edge stand in the margins only. 2 x 85.60 + 4 = 175.2 mm across (17.4 mm side margins),
5 x 53.98 + 4 x 2 = 277.9 mm down (9.55 mm top and bottom)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import Session

from desktop.services import documents
from desktop.services.settings import load_settings
from desktop.services.shop_profile import load_profile
from reports import fonts
from reports import shop as shop_details
from reports.language import Language
from reports.layout import ACCENT, INK, MUTED

CARD_W, CARD_H = 85.60 * mm, 53.98 * mm  # ISO/IEC 7810 ID-1
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
BLEED = 2 * mm
COLUMN_GAP, ROW_GAP = 2 * BLEED, BLEED  # both sides of a card bleed; only its top does
PAGE_W, PAGE_H = A4
LEFT = (PAGE_W - COLUMNS * CARD_W - (COLUMNS - 1) * COLUMN_GAP) / 2
BOTTOM = (PAGE_H - ROWS * CARD_H - (ROWS - 1) * ROW_GAP) / 2
BAND_H = 13 * mm
BAR_WIDTH = 0.33 * mm  # the narrowest bar; 0.33 mm is the size retail scanners are made for
BAR_HEIGHT = 13 * mm
BAR_Y = 9 * mm  # from the card's bottom edge
MARK, MARK_GAP = 3 * mm, 1 * mm  # cut marks: length, and distance from the bleed


def card_origin(index: int) -> tuple[float, float]:
    """Bottom-left corner of the `index`-th card on its page (left to right, top to bottom)."""
    slot = index % PER_PAGE
    column, row = slot % COLUMNS, slot // COLUMNS
    return LEFT + column * (CARD_W + COLUMN_GAP), BOTTOM + (ROWS - 1 - row) * (CARD_H + ROW_GAP)


def barcode(card_number: str) -> Code128:
    """The card number as Code 128 (digits in code set C: short bars, easy to scan)."""
    return Code128(card_number, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True, lquiet=0, rquiet=0)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `text` fits in `width`."""
    while size > 6 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _draw_card(canvas: Canvas, x: float, y: float, shop: str, holder: documents.CardHolder, lang: Language,
               logo=None) -> None:
    pad = 5 * mm
    canvas.setFillColor(ACCENT)  # the band bleeds past the top and both sides
    canvas.rect(x - BLEED, y + CARD_H - BAND_H, CARD_W + 2 * BLEED, BAND_H + BLEED, stroke=0, fill=1)
    text_left = x + pad
    if logo is not None:  # on a white plate, so any logo's colours show on the band
        reader, ratio = logo
        height = BAND_H - 4 * mm
        width = min(height * ratio, 30 * mm)
        height = width / ratio
        canvas.setFillColorRGB(1, 1, 1)
        canvas.roundRect(x + pad - 1 * mm, y + CARD_H - BAND_H / 2 - height / 2 - 1 * mm, width + 2 * mm,
                         height + 2 * mm, 1 * mm, stroke=0, fill=1)
        canvas.drawImage(reader, x + pad, y + CARD_H - BAND_H / 2 - height / 2, width=width, height=height,
                         mask="auto")
        text_left += width + 3 * mm
    canvas.setFillColorRGB(1, 1, 1)
    size = _fit(canvas, shop, fonts.BOLD, 13, x + CARD_W - pad - text_left)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(text_left, y + CARD_H - BAND_H + 4.5 * mm, shop)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7)
    canvas.drawString(x + pad, y + CARD_H - BAND_H - 4.5 * mm, lang.t("Loyalty card"))
    canvas.setFillColor(INK)
    size = _fit(canvas, holder.name, fonts.BOLD, 11, CARD_W - 2 * pad)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(x + pad, y + CARD_H - BAND_H - 9.5 * mm, holder.name)
    code = barcode(holder.card_number)
    code.drawOn(canvas, x + (CARD_W - code.width) / 2, y + BAR_Y)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.drawCentredString(x + CARD_W / 2, y + BAR_Y - 3.8 * mm, holder.card_number)


def _cut_marks(canvas: Canvas) -> None:
    """Short lines in the margins in line with every card edge, clear of the bleed; none
    between the cards, where they would print on a neighbour's bleed."""
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.25)
    top = BOTTOM + ROWS * CARD_H + (ROWS - 1) * ROW_GAP
    right = LEFT + COLUMNS * CARD_W + (COLUMNS - 1) * COLUMN_GAP
    for column in range(COLUMNS):
        for x in (LEFT + column * (CARD_W + COLUMN_GAP), LEFT + column * (CARD_W + COLUMN_GAP) + CARD_W):
            canvas.line(x, top + BLEED + MARK_GAP, x, top + BLEED + MARK_GAP + MARK)
            canvas.line(x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK)
    for row in range(ROWS):
        for y in (BOTTOM + row * (CARD_H + ROW_GAP), BOTTOM + row * (CARD_H + ROW_GAP) + CARD_H):
            canvas.line(LEFT - BLEED - MARK_GAP, y, LEFT - BLEED - MARK_GAP - MARK, y)
            canvas.line(right + BLEED + MARK_GAP, y, right + BLEED + MARK_GAP + MARK, y)


def cards_pdf(session: Session, language: str, cards: list[str] | None = None, *,
              joined_from: date | None = None, joined_to: date | None = None,
              progress: Callable[[int, int], None] | None = None) -> bytes:
    """Cards for the named card numbers, else for every customer (who joined in the period)."""
    fonts.register()
    lang = Language(language)
    shop = load_settings(session).shop_name
    logo = shop_details.logo_reader(load_profile(session))
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
            _draw_card(canvas, *card_origin(index), shop, holder, lang, logo)
        _cut_marks(canvas)
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(LEFT + 4 * mm, 5 * mm, f"{shop} · {lang.t('Loyalty cards')} · "
                          + lang.t("Page {page} of {pages}", page=page + 1, pages=pages))
        canvas.showPage()
        if progress:
            progress(page + 1, pages)
    canvas.save()
    return buffer.getvalue()
