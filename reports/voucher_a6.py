"""The voucher on A6 (105 x 148 mm), designed for the page rather than a receipt on a bigger
sheet: the shop's band with its logo, the reward large, who it is for, how long it is valid,
and the code as a Code 128 barcode the counter's scanner reads.

An office printer cannot print to the sheet's edge, so the band stays 6 mm inside it and every
text 8 mm or more. A voucher that can no longer be used turns grey, says so in a stamp, and
loses the barcode, the validity and the invitation to show it."""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.core.kinds import RedemptionState
from desktop.services import documents
from reports import fonts, shop
from reports.language import N_, Language
from reports.layout import ACCENT, INK, MUTED, RULE, wrap_lines

WIDTH, HEIGHT = A6
EDGE = 6 * mm  # the band's distance from the sheet's edge
MARGIN = 10 * mm  # the texts'
BAND_H = 30 * mm
BAR_BOTTOM, BAR_HEIGHT, LOWEST_BAR = 33 * mm, 14 * mm, 9 * mm  # the barcode's place; its narrowest bar is 0.4 mm
NAME_BLOCK = 5 * mm + 13 * mm + 5 * mm  # the rule, who it is for and their card, the validity
SPENT = colors.HexColor("#9aa5b1")  # the band of a voucher that can no longer be used
STATES = {RedemptionState.USED: N_("Already used"), RedemptionState.EXPIRED: N_("Expired"),
          RedemptionState.CANCELLED: N_("Cancelled")}


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float, least: float = 7) -> float:
    while size > least and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _lines(canvas: Canvas, text: str, font: str, size: float, top: float, *, colour=INK, leading: float = 1.25,
           centred: bool = True, most: int = 4) -> float:
    """`text` wrapped to the text width below `top`; returns the baseline of its last line."""
    canvas.setFillColor(colour)
    canvas.setFont(font, size)
    y = top
    for line in wrap_lines(text, font, size, WIDTH - 2 * MARGIN)[:most]:
        y -= size * leading
        if centred:
            canvas.drawCentredString(WIDTH / 2, y, line)
        else:
            canvas.drawString(MARGIN, y, line)
    return y


def _band(canvas: Canvas, data: documents.Voucher, usable: bool) -> None:
    canvas.setFillColor(ACCENT if usable else SPENT)
    canvas.roundRect(EDGE, HEIGHT - EDGE - BAND_H, WIDTH - 2 * EDGE, BAND_H, 3 * mm, stroke=0, fill=1)
    middle = HEIGHT - EDGE - BAND_H / 2
    logo = shop.logo_reader(data.profile)
    left = MARGIN
    if logo is not None:  # on a white plate, so any logo's colours show on the band
        reader, ratio = logo
        height = BAND_H - 10 * mm
        width = min(height * ratio, 36 * mm)
        height = width / ratio
        canvas.setFillColor(colors.white)
        canvas.roundRect(left - 1.5 * mm, middle - height / 2 - 1.5 * mm, width + 3 * mm, height + 3 * mm, 1.5 * mm,
                         stroke=0, fill=1)
        canvas.drawImage(reader, left, middle - height / 2, width=width, height=height, mask="auto")
        left += width + 4 * mm
    room = WIDTH - MARGIN - left
    size = _fit(canvas, data.shop_name, fonts.BOLD, 16, room, least=9)
    canvas.setFillColor(colors.white)
    canvas.setFont(fonts.BOLD, size)
    if logo is None:
        canvas.drawCentredString(WIDTH / 2, middle - size * 0.35, data.shop_name)
    else:
        canvas.drawString(left, middle - size * 0.35, data.shop_name)


def _barcode(canvas: Canvas, code: str, height: float) -> None:
    """The code as Code 128 in black, centred (narrowed only if a long code needs it)."""
    drawing = Code128(code, barWidth=0.4 * mm, barHeight=height, quiet=True, lquiet=0, rquiet=0)
    scale = min(1.0, (WIDTH - 2 * MARGIN) / drawing.width)
    canvas.saveState()
    canvas.setFillColor(colors.black)  # the bars take the canvas's colour
    canvas.translate((WIDTH - drawing.width * scale) / 2, BAR_BOTTOM)
    canvas.scale(scale, 1)
    drawing.drawOn(canvas, 0, 0)
    canvas.restoreState()


def _height(text: str, font: str, size: float, most: int) -> float:
    return min(most, len(wrap_lines(text, font, size, WIDTH - 2 * MARGIN))) * size * 1.25


def _reward_size(data: documents.Voucher, top: float) -> float:
    """The largest size for the reward's name that leaves the barcode its full height below."""
    text = _height(data.voucher_text, fonts.REGULAR, 9.5, 3) + 2 * mm if data.voucher_text else 0
    for size in (20, 16):
        if top - _height(data.reward, fonts.BOLD, size, 3) - text - NAME_BLOCK - 3 * mm >= BAR_BOTTOM + BAR_HEIGHT:
            return size
    return 13


def _stamp(canvas: Canvas, text: str, y: float) -> None:
    """The state of a voucher that can no longer be used, boxed like a stamp."""
    size = _fit(canvas, text, fonts.BOLD, 20, WIDTH - 2 * MARGIN - 8 * mm, least=12)
    width = canvas.stringWidth(text, fonts.BOLD, size) + 8 * mm
    canvas.setStrokeColor(colors.HexColor("#b3261e"))
    canvas.setLineWidth(1.6)
    canvas.roundRect((WIDTH - width) / 2, y - 3 * mm, width, size + 6 * mm, 2 * mm, stroke=1, fill=0)
    canvas.setFillColor(colors.HexColor("#b3261e"))
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(WIDTH / 2, y + 0.5 * mm, text)


def voucher_a6_pdf(data: documents.Voucher, lang: Language, *, title: str, subject: str) -> bytes:
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A6, initialFontName=fonts.REGULAR)  # embedded fonts only, never Helvetica
    canvas.setTitle(title)
    canvas.setAuthor(data.shop_name)
    canvas.setSubject(subject)
    canvas.setCreator("Loyalty")
    usable = data.state not in STATES
    _band(canvas, data, usable)
    y = HEIGHT - EDGE - BAND_H - 4 * mm
    label = lang.t("Voucher").upper()
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.BOLD, 8)
    canvas.drawCentredString(WIDTH / 2, y - 8, label)
    y -= 10
    reward_size = _reward_size(data, y)
    y = _lines(canvas, data.reward, fonts.BOLD, reward_size, y, colour=INK if usable else MUTED, most=3)
    if data.voucher_text:
        y = _lines(canvas, data.voucher_text, fonts.REGULAR, 9.5, y - 2 * mm, colour=INK if usable else MUTED,
                   most=3)
    y -= 5 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y, WIDTH - MARGIN, y)
    name = lang.t("For {name}", name=data.customer_name)
    canvas.setFillColor(INK)
    size = _fit(canvas, name, fonts.BOLD, 11, WIDTH - 2 * MARGIN)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawCentredString(WIDTH / 2, y - 5 * mm, name)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.drawCentredString(WIDTH / 2, y - 9.5 * mm, lang.t("Card {card}", card=data.card_number))
    y -= 13 * mm
    if usable:
        until = (lang.t("Valid until {day}", day=lang.day(data.valid_until)) if data.valid_until
                 else lang.t("No expiry date"))
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, 11)
        canvas.drawCentredString(WIDTH / 2, y - 4 * mm, until)
        _barcode(canvas, data.code, max(LOWEST_BAR, min(BAR_HEIGHT, y - 8 * mm - BAR_BOTTOM)))
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, 12)
        canvas.drawCentredString(WIDTH / 2, BAR_BOTTOM - 5 * mm, data.code)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawCentredString(WIDTH / 2, BAR_BOTTOM - 10 * mm, lang.t("Show this voucher at the counter."))
    else:
        _stamp(canvas, lang.t(STATES[data.state]).upper(), y - 14 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.REGULAR, 9)
        if data.state == RedemptionState.USED and data.used_at:
            used = lang.t("Used on {moment}", moment=lang.moment(data.used_at))
            canvas.drawCentredString(WIDTH / 2, y - 24 * mm, used)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawCentredString(WIDTH / 2, y - 29 * mm, lang.t("Voucher code {code}", code=data.code))
    _foot(canvas, data, lang)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _foot(canvas: Canvas, data: documents.Voucher, lang: Language) -> None:
    """The shop's address and the voucher's history, small at the bottom."""
    issued = lang.t("Issued {moment}", moment=lang.moment(data.issued_at))
    if data.points:
        issued += " · " + lang.t("Paid with {points} points", points=lang.number(data.points))
    lines = [*shop.contact_lines(data.profile, lang), issued]
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    y = 9 * mm + 9 * len(lines)
    canvas.line(MARGIN, y + 2, WIDTH - MARGIN, y + 2)
    canvas.setFillColor(MUTED)
    for line in lines:
        y -= 9
        canvas.setFont(fonts.REGULAR, _fit(canvas, line, fonts.REGULAR, 7.5, WIDTH - 2 * MARGIN, least=6))
        canvas.drawCentredString(WIDTH / 2, y, line)
