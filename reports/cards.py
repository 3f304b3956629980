"""Loyalty cards: an A4 sheet of ten business-card-size cards (85 x 55 mm) with cut marks,
each with the shop's name, the customer's name and the card number as a Code 128 barcode
that the counter's scanner reads back."""

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
from reports import fonts
from reports.language import Language
from reports.layout import ACCENT, INK, MUTED

CARD_W, CARD_H = 85 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
PAGE_W, PAGE_H = A4
LEFT = (PAGE_W - COLUMNS * CARD_W) / 2
BOTTOM = (PAGE_H - ROWS * CARD_H) / 2
BAND_H = 13 * mm
BAR_WIDTH = 0.33 * mm  # the narrowest bar; 0.33 mm is the size retail scanners are made for
BAR_HEIGHT = 13 * mm
BAR_Y = 9 * mm  # from the card's bottom edge
MARK, MARK_GAP = 6 * mm, 1.5 * mm  # cut marks: length, and distance from the cards


def card_origin(index: int) -> tuple[float, float]:
    """Bottom-left corner of the `index`-th card on its page (left to right, top to bottom)."""
    slot = index % PER_PAGE
    column, row = slot % COLUMNS, slot // COLUMNS
    return LEFT + column * CARD_W, BOTTOM + (ROWS - 1 - row) * CARD_H


def barcode(card_number: str) -> Code128:
    """The card number as Code 128 (digits in code set C: short bars, easy to scan)."""
    return Code128(card_number, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, quiet=True, lquiet=0, rquiet=0)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest font size up to `size` at which `text` fits in `width`."""
    while size > 6 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _draw_card(canvas: Canvas, x: float, y: float, shop: str, holder: documents.CardHolder, lang: Language) -> None:
    pad = 5 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    size = _fit(canvas, shop, fonts.BOLD, 13, CARD_W - 2 * pad)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(x + pad, y + CARD_H - BAND_H + 4.5 * mm, shop)
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
    """Short lines in the margin where the guillotine goes, none on the cards themselves."""
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.3)
    top, right = BOTTOM + ROWS * CARD_H, LEFT + COLUMNS * CARD_W
    for column in range(COLUMNS + 1):
        x = LEFT + column * CARD_W
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK)
        canvas.line(x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK)
    for row in range(ROWS + 1):
        y = BOTTOM + row * CARD_H
        canvas.line(LEFT - MARK_GAP, y, LEFT - MARK_GAP - MARK, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK, y)


def cards_pdf(session: Session, language: str, cards: list[str] | None = None, *,
              joined_from: date | None = None, joined_to: date | None = None,
              progress: Callable[[int, int], None] | None = None) -> bytes:
    """Cards for the named card numbers, else for every customer (who joined in the period)."""
    fonts.register()
    lang = Language(language)
    shop = load_settings(session).shop_name
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
            _draw_card(canvas, *card_origin(index), shop, holder, lang)
        _cut_marks(canvas)
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(LEFT + 4 * mm, PAGE_H - 6 * mm, f"{shop} · {lang.t('Loyalty cards')} · "
                          + lang.t("Page {page} of {pages}", page=page + 1, pages=pages))
        canvas.showPage()
        if progress:
            progress(page + 1, pages)
    canvas.save()
    return buffer.getvalue()
