"""The address labels fit Avery Zweckform 3474 as its data sheet gives it: 3 x 8 labels of
70 x 37 mm, no side margins, 0.5 mm at the top; every address stays inside its label."""

import io
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.services.documents import LatentCustomer
from reports import letters
from reports.letters import labels_pdf


def test_the_label_grid_is_the_sheets():
    corners = [(x / mm, (A4[1] - top) / mm) for x, top in map(letters.label_origin, range(24))]
    assert corners[0] == pytest.approx((0, 0.5)) and corners[2] == pytest.approx((140, 0.5))
    assert corners[23] == pytest.approx((140, 0.5 + 7 * 37))
    assert (letters.LABEL_W / mm, letters.LABEL_H / mm) == pytest.approx((70, 37))
    assert 3 * 70 == pytest.approx(A4[0] / mm) and 0.5 + 8 * 37 + 0.5 == pytest.approx(A4[1] / mm)


def test_every_address_stays_inside_its_label_and_the_sheet_is_named(qapp, db):
    people = [LatentCustomer(f"Anne-Marie van den Heuvel-Oosterhout {n}", f"29000000000{n:02d}",
                             "Burgemeester van Roijensingel 128", "8011 BD", "Zwolle", date(2026, 1, 1), 0)
              for n in range(26)]
    with db.read() as session, pdfplumber.open(io.BytesIO(labels_pdf(session, "nl", people=people))) as pdf:
        assert len(pdf.pages) == 2 and "Avery Zweckform 3474" in pdf.metadata["Subject"]
        words = pdf.pages[0].extract_words()
    boxes = []
    for left, top in map(letters.label_origin, range(24)):
        y = A4[1] - top  # pdfplumber measures from the top
        boxes.append((left, y, left + letters.LABEL_W, y + letters.LABEL_H))
    pad = 5 * mm  # the address keeps 6 mm; 1 mm is left for a sheet fed a little askew
    for word in words:
        assert any(x0 + pad <= word["x0"] and word["x1"] <= x1 - pad and top + pad <= word["top"]
                   and word["bottom"] <= bottom - pad for x0, top, x1, bottom in boxes), word["text"]
    assert sum(word["text"] == "Zwolle" for word in words) == 24
