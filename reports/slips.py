"""Slips handed over the counter: the voucher for a redeemed reward (80 mm receipt paper, or
A6 from reports.voucher_a6) and the points slip after a purchase (80 mm). Each takes one code or purchase and
returns the PDF's bytes, so the counter can print one straight after the action.

Receipt paper is printed pure black with nothing under 8 points (layout.Styles thermal):
a 203 dpi thermal printer dithers grey into dots. A voucher that can no longer be used
says so and shows nothing that invites using it (no barcode, no "show this at the counter")."""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.core.kinds import RedemptionState
from desktop.services import documents
from desktop.services.context import reads
from reports import shop
from reports.cards import barcode
from reports.language import Language
from reports.layout import RECEIPT_WIDTH, Styles, escape, key_values, receipt_pdf, separator
from reports.voucher_a6 import STATES, voucher_a6_pdf

SIZES = ("a6", "80mm")


class _Centered(Flowable):
    """A barcode drawing centred in the available width, optionally scaled."""

    def __init__(self, drawing, scale: float = 1.0) -> None:
        super().__init__()
        self.drawing, self.scale = drawing, scale

    def wrap(self, available_width, available_height):
        self.available = available_width
        return available_width, self.drawing.height * self.scale

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate((self.available - self.drawing.width * self.scale) / 2, 0)
        self.canv.scale(self.scale, self.scale)
        self.drawing.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def _heading(profile, shop_name: str, st: Styles, width: float, logo_height: float) -> list[Flowable]:
    picture = shop.logo(profile, width * 0.6, logo_height)
    if picture is None:
        return [Paragraph(escape(shop_name), st.big_center)]
    picture.hAlign = "CENTER"
    return [picture, Spacer(1, 1.5 * mm)]


def _voucher_story(data: documents.Voucher, lang: Language, st: Styles, width: float) -> list[Flowable]:
    """The voucher on 80 mm receipt paper, pure black."""
    rule = colors.black
    usable = data.state not in STATES
    story: list[Flowable] = _heading(data.profile, data.shop_name, st, width, 14 * mm)
    story += [Paragraph(lang.t("Voucher"), st.center), separator(width, rule), Spacer(1, 2 * mm),
              Paragraph(f"<b>{escape(data.reward)}</b>", st.big_center)]
    if data.voucher_text:
        story.append(Paragraph(escape(data.voucher_text), st.center))
    story.append(Spacer(1, 2 * mm))
    if usable:
        story += [Paragraph(lang.t("Voucher code"), st.center), Paragraph(data.code, st.big_center),
                  _Centered(barcode(data.code)), Spacer(1, 2 * mm)]
        until = (lang.t("Valid until {day}", day=lang.day(data.valid_until)) if data.valid_until
                 else lang.t("No expiry date"))
        story.append(Paragraph(f"<b>{until}</b>", st.center))
    else:
        story.append(Paragraph(f"<b>{lang.t(STATES[data.state]).upper()}</b>", st.big_center))
        if data.state == RedemptionState.USED and data.used_at:
            story.append(Paragraph(lang.t("Used on {moment}", moment=lang.moment(data.used_at)), st.center))
        story.append(Paragraph(lang.t("Voucher code {code}", code=data.code), st.small_center))
    story += [
        Spacer(1, 2 * mm), separator(width, rule), Spacer(1, 1 * mm),
        Paragraph(escape(lang.t("For {name}", name=data.customer_name)) + f" · {data.card_number}", st.small),
        Paragraph(lang.t("Issued {moment}", moment=lang.moment(data.issued_at)), st.small),
    ]
    if data.points:
        story.append(Paragraph(lang.t("Paid with {points} points", points=lang.number(data.points)), st.small))
    if usable:
        story += [Spacer(1, 2 * mm), Paragraph(lang.t("Show this voucher at the counter."), st.center)]
    contact = shop.contact_lines(data.profile, lang)
    if contact:
        story += [Spacer(1, 2 * mm)] + [Paragraph(escape(line), st.small_center) for line in contact]
    return story


@reads
def voucher_pdf(session: Session, code: str, language: str, size: str = "80mm") -> bytes:
    """The voucher of one redemption, by its code, on A6 or on 80 mm receipt paper."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}")
    data = documents.voucher(session, code)
    lang = shop.language_for(language, data.profile)
    title, subject = lang.t("Voucher"), lang.t("Voucher {code}: {reward}", code=data.code, reward=data.reward)
    if size == "a6":
        return voucher_a6_pdf(data, lang, title=title, subject=subject)
    story = _voucher_story(data, lang, Styles(9, thermal=True), RECEIPT_WIDTH - 8 * mm)
    return receipt_pdf(story, title=title, shop_name=data.shop_name, subject=subject)


@reads
def points_slip_pdf(session: Session, purchase_id: int, language: str, *, today: date | None = None) -> bytes:
    """The 80 mm slip after a purchase: points earned, the balance, points about to expire."""
    data = documents.points_slip(session, purchase_id, today or clock.today())
    lang, st = shop.language_for(language, data.profile), Styles(9, thermal=True)
    width = RECEIPT_WIDTH - 8 * mm
    half = width / 2
    s = data.summary
    story: list[Flowable] = _heading(data.profile, data.shop_name, st, width, 14 * mm) + [
        Paragraph(lang.t("Points slip"), st.center),
        separator(width, colors.black), Spacer(1, 1.5 * mm),
        Paragraph(escape(data.customer_name) + f" · {data.card_number}", st.body),
        Paragraph(lang.moment(data.at), st.small), Spacer(1, 1.5 * mm),
        key_values([(lang.t("Purchase"), lang.amount(data.amount_cents)),
                    (lang.t("Points earned"), lang.signed(data.earned)),
                    (lang.t("Points balance"), lang.number(s.balance)),
                    (lang.t("Spendable now"), lang.number(s.spendable))]
                   + ([(lang.t("Pending"), lang.number(s.pending))] if s.pending else []),
                   [half + 6 * mm, half - 6 * mm], size=9, label_color=colors.black),
    ]
    if s.expiring_soon and s.expiring_on:
        story += [Spacer(1, 1.5 * mm), Paragraph(
            "<b>" + lang.expiring(s.expiring_soon, s.expiring_on, s.expiring_until) + "</b>", st.body)]
    story += [Spacer(1, 1.5 * mm), separator(width, colors.black), Spacer(1, 1.5 * mm),
              Paragraph(lang.t("Thank you for your visit!"), st.center)]
    story += [Paragraph(escape(line), st.small_center) for line in shop.contact_lines(data.profile, lang)]
    return receipt_pdf(story, title=lang.t("Points slip"), shop_name=data.shop_name,
                       subject=lang.t("Points slip of {name}", name=data.customer_name))
