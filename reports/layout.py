"""What every document shares: the font, paragraph styles, header and footer with
"page X of Y", tables whose header repeats when a long list runs onto the next page, and
the 80 mm receipt whose length follows its content."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LongTable, PageTemplate, Paragraph, Table, TableStyle

from reports import fonts
from reports.language import Language

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1c5d99")
RULE = colors.HexColor("#cbd2d9")
STRIPE = colors.HexColor("#f0f4f8")
RECEIPT_WIDTH = 80 * mm


SMALLEST = 8  # points: nothing smaller prints legibly on a 203 dpi thermal printer


class Styles:
    """Paragraph styles in the embedded font, at a size for A4 or for a receipt.

    `thermal`: for a receipt printer, every text pure black (grey comes out dotted at
    203 dpi) and none under SMALLEST points."""

    def __init__(self, size: float = 9.5, *, thermal: bool = False) -> None:
        fonts.register()
        ink, muted, accent = (colors.black,) * 3 if thermal else (INK, MUTED, ACCENT)
        small = max(SMALLEST, size * 0.8) if thermal else size * 0.8
        base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.3, textColor=ink)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=small, leading=small * 1.3, textColor=muted)
        self.title = ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=size * 1.9,
                                    leading=size * 2.3, spaceAfter=size * 0.4, textColor=accent)
        self.heading = ParagraphStyle("heading", base, fontName=fonts.BOLD, fontSize=size * 1.25,
                                      leading=size * 1.6, spaceBefore=size * 1.0, spaceAfter=size * 0.4)
        self.bold = ParagraphStyle("bold", base, fontName=fonts.BOLD)
        self.right = ParagraphStyle("right", base, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", base, alignment=TA_CENTER)
        self.small_center = ParagraphStyle("smallcenter", self.small, alignment=TA_CENTER)
        self.big_center = ParagraphStyle("bigcenter", base, fontName=fonts.BOLD, fontSize=size * 1.6,
                                         leading=size * 2.0, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", base, fontSize=size * 0.95, leading=size * 1.2)


def escape(text: str) -> str:
    """Text from the database inside a Paragraph: its markup characters are shown, not obeyed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, width: float, size: float = 8.5) -> str:
    """`text` cut short with an ellipsis to fit `width` in a table cell. Plain strings lay out
    many times faster than paragraphs, which matters for lists of thousands of rows."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    room = width - 6  # the cell's padding
    if stringWidth(text, fonts.REGULAR, size) <= room:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` broken into lines no wider than `width` for drawing on a canvas. Unlike
    reportlab's simpleSplit, which breaks at any whitespace, it never breaks at a no-break
    space nor between a euro sign and its amount ("100 punten zijn €" / "5,00 waard")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in re.sub(r"€ (?=[-−+]?[0-9])", "€\u00a0", paragraph).split(" "):
            if not word:
                continue
            longer = f"{line} {word}" if line else word
            if line and stringWidth(longer, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return [line for line in lines if line]


def natural_widths(rows: Sequence[Sequence], total: float, *, size: float = 8.5, flexible: int = 0) -> list[float]:
    """Column widths from the content: each column as wide as its widest cell (its widest
    line) or the longest word of its header (headers wrap between words, never inside one); column `flexible`
    takes what is left of `total`, so the widths add up to `total` exactly. Raises
    ValueError when the other columns alone leave it less than 20 mm: the table would run
    off its frame."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    pad = 7
    widths = []
    for column in range(len(rows[0])):
        header = max(stringWidth(word, fonts.BOLD, size) for word in str(rows[0][column]).split() or [""])
        cells = max((stringWidth(line, fonts.BOLD, size) for row in rows[1:] for line in str(row[column]).split("\n")),
                    default=0)
        widths.append(max(header, cells) + pad)
    left = total - (sum(widths) - widths[flexible])
    if left < 20 * mm:
        need = sum(widths) - widths[flexible] + 20 * mm
        raise ValueError(f"the columns need {need:.0f} pt, the frame has {total:.0f}")
    widths[flexible] = left
    return widths


A4_FRAME_WIDTH = A4[0] - 2 * 18 * mm  # 174 mm between a4_pdf's margins


def table(rows: Sequence[Sequence], widths: Sequence[float], *, right: Sequence[int] = (),
          size: float = 8.5, header: bool = True, total: bool = False, frame: float = A4_FRAME_WIDTH) -> Table:
    """A list as a table: header row in bold (repeated on every page), light stripes,
    columns in `right` aligned right (figures), a bold last row when `total`. A table
    wider than its frame is refused (ValueError), never drawn past the margin."""
    if sum(widths) > frame + 0.01:
        raise ValueError(f"a table of {sum(widths):.0f} pt does not fit its frame of {frame:.0f} pt")
    fonts.register()
    rows = [list(row) for row in rows]
    if header:  # header texts wrap within their column instead of running into the next
        plain = ParagraphStyle("th", fontName=fonts.BOLD, fontSize=size, leading=size * 1.2, textColor=INK)
        flush = ParagraphStyle("thr", plain, alignment=TA_RIGHT)
        rows[0] = [Paragraph(escape(text), flush if i in right else plain) if isinstance(text, str) else text
                   for i, text in enumerate(rows[0])]
    # LongTable splits across pages in one pass; Table re-measures what is left at every page.
    result = LongTable(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in right:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if header:
        style += [("FONT", (0, 0), (-1, 0), fonts.BOLD, size),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    if total:
        style += [("FONT", (0, -1), (-1, -1), fonts.BOLD, size), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    result.setStyle(TableStyle(style))
    return result


def key_values(pairs: Sequence[tuple[str, str]], widths: Sequence[float], size: float = 9.5,
               label_color: colors.Color = MUTED) -> Table:
    """Label and value pairs, labels muted, values bold on the right."""
    fonts.register()
    result = Table([list(p) for p in pairs], colWidths=list(widths), hAlign="LEFT")
    result.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), fonts.REGULAR, size), ("FONT", (1, 0), (1, -1), fonts.BOLD, size),
        ("TEXTCOLOR", (0, 0), (0, -1), label_color), ("TEXTCOLOR", (1, 0), (1, -1), label_color if
                                                        label_color == colors.black else INK),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return result


def _numbered_canvas(language: Language, footer_left: str):
    """A canvas that holds its pages back until the end, so every footer can say "of Y"."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(fonts.REGULAR, 7.5)
                self.setFillColor(MUTED)
                self.drawString(18 * mm, 10 * mm, footer_left)
                self.drawRightString(width - 18 * mm, 10 * mm,
                                     language.t("Page {page} of {pages}", page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


LOGO_H = 7 * mm  # the logo's height in an A4 header, its top 6 mm below the paper's edge


def a4_pdf(flowables: list[Flowable], *, language: Language, shop_name: str, title: str, subject: str,
           printed: datetime, header: bool = True, margins: float = 18 * mm,
           logo: tuple[ImageReader, float] | None = None) -> bytes:
    """An A4 document: the shop's logo (reports.shop.logo_reader) and name and the document's
    title on top of every page, the print date and "page X of Y" at the foot."""
    fonts.register()
    buffer = io.BytesIO()
    width, height = A4
    top = margins + (8 * mm if header else 0)
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author=shop_name, subject=subject, creator="Loyalty",
                          initialFontName=fonts.REGULAR,
                          leftMargin=margins, rightMargin=margins, topMargin=top, bottomMargin=margins)
    frame = Frame(margins, margins, width - 2 * margins, height - top - margins, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def furniture(canvas, _doc) -> None:
        if not header:
            return
        canvas.saveState()
        name_left = margins
        if logo is not None:
            reader, ratio = logo
            logo_w = min(LOGO_H * ratio, 40 * mm)
            canvas.drawImage(reader, margins, height - 13 * mm, width=logo_w, height=logo_w / ratio, mask="auto")
            name_left += logo_w + 3 * mm
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(ACCENT)
        canvas.drawString(name_left, height - 12 * mm, shop_name)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - margins, height - 12 * mm, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(margins, height - 14 * mm, width - margins, height - 14 * mm)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
    footer = language.t("Printed {moment}", moment=language.moment(printed))
    doc.build(flowables, canvasmaker=_numbered_canvas(language, footer))
    return buffer.getvalue()


def receipt_pdf(flowables: list[Flowable], *, title: str, shop_name: str, subject: str,
                width: float = RECEIPT_WIDTH, margin: float = 4 * mm) -> bytes:
    """One page as wide as a receipt printer's paper and as long as its content."""
    fonts.register()
    inner = width - 2 * margin
    height = sum(f.wrap(inner, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)
    height += 2 * margin + 2 * mm  # a little slack: reportlab rounds while it lays out
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(width, height), title=title, author=shop_name, subject=subject,
                          creator="Loyalty", initialFontName=fonts.REGULAR,
                          leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
    frame = Frame(margin, margin, inner, height - 2 * margin, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    doc.build(flowables)
    return buffer.getvalue()


def separator(width: float, color: colors.Color = MUTED) -> Table:
    """A thin rule across a receipt."""
    line = Table([[""]], colWidths=[width], rowHeights=[2 * mm])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, color), ("FONT", (0, 0), (-1, -1), fonts.REGULAR)]))
    return line
