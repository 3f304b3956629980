"""The font of every document: DejaVu Sans, shipped in resources/fonts and embedded in each PDF,
so €, ë, ï and é print the same on any computer (reportlab's built-in fonts are not embedded)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.assets import asset

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


@cache
def register() -> None:
    """Register the fonts with reportlab once per process; <b> in a paragraph picks the bold one."""
    for name in (REGULAR, BOLD):
        pdfmetrics.registerFont(TTFont(name, str(asset(f"fonts/{name}.ttf"))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
