"""Vouchers and points slips straight to a thermal receipt printer in its own language,
ESC/POS (python-escpos): text in the printer's font, the code or card number as a barcode
the printer draws itself, and a cut after the slip. No PDF, no driver, no dialog.

    printer = open_printer("tcp:192.168.1.50")       # or usb:04b8:0202, serial:/dev/ttyUSB0, serial:COM3
    print_points_slip(printer, session, purchase_id, "nl")

The words are the PDF slips' (reports/slips.py), in the shop's u/je form.
"""

from __future__ import annotations

import textwrap
from datetime import date

from sqlmodel import Session

from desktop.core import clock
from desktop.core.formats import MINUS
from desktop.core.kinds import RedemptionState
from desktop.services import documents
from desktop.services.database import Database
from reports import shop
from reports.slips import STATES

WIDTH = 42  # characters a line in font B on 80 mm paper; font A takes 48 at 12 dots


def open_printer(target: str):
    """The printer named by `target`: usb:VENDOR:PRODUCT (hex), tcp:HOST[:PORT], serial:DEVICE."""
    from escpos import printer

    kind, _, rest = target.partition(":")
    if kind == "usb":
        vendor, _, product = rest.partition(":")
        return printer.Usb(int(vendor, 16), int(product, 16))
    if kind == "tcp":
        host, _, port = rest.partition(":")
        return printer.Network(host, int(port or 9100))
    if kind == "serial":
        return printer.Serial(rest)
    raise ValueError(f"unknown printer {target!r}: use usb:VENDOR:PRODUCT, tcp:HOST[:PORT] or serial:DEVICE")


def _wrap(text: str) -> str:
    """`text` in lines of at most WIDTH characters, broken between words: the printer itself
    breaks wherever a line is full, inside a word or a web address too."""
    return "".join(line + "\n" for line in textwrap.wrap(text, WIDTH, break_on_hyphens=False))


def _pair(label: str, value: str) -> str:
    """A label and its figure on one line; the minus sign as a hyphen (no thermal code page has
    the typographic one: it prints as "?")."""
    value = value.replace(MINUS, "-")
    return f"{label}{value:>{max(1, WIDTH - len(label))}}\n"


def _head(printer, shop_name: str, what: str) -> None:
    printer.set(align="center", bold=True, double_height=True, double_width=True)
    printer.text(shop_name[:WIDTH // 2] + "\n")
    printer.set(align="center", bold=False, normal_textsize=True)
    printer.text(what + "\n" + "-" * WIDTH + "\n")


def _foot(printer, profile, lang) -> None:
    printer.set(align="center", normal_textsize=True)
    for line in shop.contact_lines(profile, lang):
        printer.text(_wrap(line))
    printer.cut()


def print_voucher(printer, source: Session | Database, code: str, language: str) -> None:
    data = documents.voucher(source, code)
    lang = shop.language_for(language, data.profile)
    _head(printer, data.shop_name, lang.t("Voucher"))
    printer.set(align="center", bold=True, double_height=True)
    printer.text(_wrap(data.reward))
    printer.set(align="center", bold=False, normal_textsize=True)
    if data.voucher_text:
        printer.text(_wrap(data.voucher_text))
    if data.state in STATES:  # used, expired, cancelled: said plainly, no barcode, nothing inviting
        printer.set(align="center", bold=True, double_height=True)
        printer.text(lang.t(STATES[data.state]).upper() + "\n")
        printer.set(align="center", bold=False, normal_textsize=True)
        if data.state == RedemptionState.USED and data.used_at:
            printer.text(lang.t("Used on {moment}", moment=lang.moment(data.used_at)) + "\n")
        printer.text(lang.t("Voucher code {code}", code=data.code) + "\n")
    else:
        printer.text(lang.t("Voucher code") + "\n")
        printer.barcode("{B" + data.code, "CODE128", height=80, width=3, pos="BELOW", function_type="B")
        until = (lang.t("Valid until {day}", day=lang.day(data.valid_until)) if data.valid_until
                 else lang.t("No expiry date"))
        printer.set(align="center", bold=True)
        printer.text(until + "\n")
        printer.set(align="center", bold=False)
        printer.text(lang.t("Show this voucher at the counter.") + "\n")
    printer.set(align="left")
    printer.text("-" * WIDTH + "\n" + _wrap(lang.t("For {name}", name=data.customer_name)))
    printer.text(lang.t("Issued {moment}", moment=lang.moment(data.issued_at)) + "\n")
    _foot(printer, data.profile, lang)


def print_points_slip(printer, source: Session | Database, purchase_id: int, language: str, *,
                      today: date | None = None) -> None:
    data = documents.points_slip(source, purchase_id, today or clock.today())
    lang, s = shop.language_for(language, data.profile), data.summary
    _head(printer, data.shop_name, lang.t("Points slip"))
    printer.set(align="left")
    printer.text(_wrap(data.customer_name) + f"{lang.moment(data.at)}\n\n")
    printer.text(_pair(lang.t("Purchase"), lang.amount(data.amount_cents)))
    printer.text(_pair(lang.t("Points earned"), lang.signed(data.earned)))
    printer.text(_pair(lang.t("Points balance"), lang.number(s.balance)))
    printer.text(_pair(lang.t("Spendable now"), lang.number(s.spendable)))
    if s.pending:
        printer.text(_pair(lang.t("Pending"), lang.number(s.pending)))
    if s.expiring_soon and s.expiring_on:
        printer.set(bold=True)
        printer.text(_wrap(lang.expiring(s.expiring_soon, s.expiring_on, s.expiring_until)))
        printer.set(bold=False)
    printer.set(align="center")
    printer.barcode("{B" + data.card_number, "CODE128", height=60, width=2, pos="BELOW", function_type="B")
    printer.text(lang.t("Thank you for your visit!") + "\n")
    _foot(printer, data.profile, lang)
