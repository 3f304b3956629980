"""Slips handed over the counter: the voucher for a redeemed reward (A6 or 80 mm receipt
paper) and the points slip after a purchase (80 mm). Each takes one code or purchase and
returns the PDF's bytes, so the counter can print one straight after the action."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.core.kinds import RedemptionState, RetentionLevel
from desktop.services import documents
from reports import fonts
from reports.cards import barcode
from reports.language import Language, N_
from reports.layout import RECEIPT_WIDTH, Styles, escape, key_values, receipt_pdf, separator

SIZES = ("a6", "80mm")
LEVELS = {RetentionLevel.FINANCIAL: N_("Financial"), RetentionLevel.SOCIAL_EMOTIONAL: N_("Social-emotional"),
          RetentionLevel.STRUCTURAL: N_("Structural")}
STATES = {RedemptionState.USED: N_("Already used"), RedemptionState.EXPIRED: N_("Expired"),
          RedemptionState.CANCELLED: N_("Cancelled")}


class _Centered(Flowable):
    """A barcode drawing centred in the available width."""

    def __init__(self, drawing) -> None:
        super().__init__()
        self.drawing = drawing

    def wrap(self, available_width, available_height):
        self.available = available_width
        return available_width, self.drawing.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, (self.available - self.drawing.width) / 2, 0)


def _voucher_story(data: documents.Voucher, lang: Language, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(data.shop_name), st.big_center),
        Paragraph(lang.t("Voucher"), st.center),
        separator(width), Spacer(1, 2 * mm),
        Paragraph(f"<b>{escape(data.reward)}</b>", st.big_center),
    ]
    if data.level in LEVELS:
        story.append(Paragraph(lang.t(LEVELS[data.level]), st.small_center))
    if data.voucher_text:
        story.append(Paragraph(escape(data.voucher_text), st.center))
    story += [Spacer(1, 2 * mm), Paragraph(lang.t("Voucher code"), st.center),
              Paragraph(data.code, st.big_center), _Centered(barcode(data.code)), Spacer(1, 2 * mm)]
    until = (lang.t("Valid until {day}", day=lang.day(data.valid_until)) if data.valid_until
             else lang.t("No expiry date"))
    story.append(Paragraph(f"<b>{until}</b>", st.center))
    if data.state in STATES:
        story.append(Paragraph(f"<b>{lang.t(STATES[data.state]).upper()}</b>", st.big_center))
    story += [
        separator(width), Spacer(1, 1 * mm),
        Paragraph(escape(lang.t("For {name}", name=data.customer_name)) + f" · {data.card_number}", st.small),
        Paragraph(lang.t("Issued {moment}", moment=lang.moment(data.issued_at)) + (" · " + lang.t(
            "Paid with {points} points", points=lang.number(data.points)) if data.points else ""), st.small),
        Spacer(1, 2 * mm),
        Paragraph(lang.t("Show this voucher at the counter."), st.center),
    ]
    return story


def voucher_pdf(session: Session, code: str, language: str, size: str = "80mm") -> bytes:
    """The voucher of one redemption, by its code, on A6 or on 80 mm receipt paper."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}")
    data = documents.voucher(session, code)
    lang = Language(language)
    if size == "80mm":
        st = Styles(8.5)
        width = RECEIPT_WIDTH - 8 * mm
        return receipt_pdf(_voucher_story(data, lang, st, width), title=lang.t("Voucher"), shop_name=data.shop_name)
    fonts.register()
    st = Styles(10)
    margin = 10 * mm
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A6, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=lang.t("Voucher"), author=data.shop_name, creator="Loyalty")
    doc.build(_voucher_story(data, lang, st, A6[0] - 2 * margin))
    return buffer.getvalue()


def points_slip_pdf(session: Session, purchase_id: int, language: str, *, today: date | None = None) -> bytes:
    """The 80 mm slip after a purchase: points earned, the balance, points about to expire."""
    data = documents.points_slip(session, purchase_id, today or clock.today())
    lang, st = Language(language), Styles(8.5)
    width = RECEIPT_WIDTH - 8 * mm
    half = width / 2
    s = data.summary
    story: list[Flowable] = [
        Paragraph(escape(data.shop_name), st.big_center),
        Paragraph(lang.t("Points slip"), st.center),
        separator(width), Spacer(1, 1.5 * mm),
        Paragraph(escape(data.customer_name) + f" · {data.card_number}", st.body),
        Paragraph(lang.moment(data.at), st.small), Spacer(1, 1.5 * mm),
        key_values([(lang.t("Purchase"), lang.amount(data.amount_cents)),
                    (lang.t("Points earned"), lang.signed(data.earned)),
                    (lang.t("Points balance"), lang.number(s.balance)),
                    (lang.t("Spendable now"), lang.number(s.spendable))]
                   + ([(lang.t("Pending"), lang.number(s.pending))] if s.pending else []),
                   [half + 6 * mm, half - 6 * mm], size=9),
    ]
    if s.expiring_soon and s.expiring_on:
        story += [Spacer(1, 1.5 * mm), Paragraph("<b>" + lang.t("{points} points expire on {day}",
                  points=lang.number(s.expiring_soon), day=lang.day(s.expiring_on)) + "</b>", st.body)]
    story += [Spacer(1, 1.5 * mm), separator(width), Spacer(1, 1.5 * mm),
              Paragraph(lang.t("Thank you for your visit!"), st.center)]
    return receipt_pdf(story, title=lang.t("Points slip"), shop_name=data.shop_name)
