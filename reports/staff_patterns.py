"""Staff patterns worth a look (A4, for the owner): per staff member and counter, each
pattern's count and rate beside the shop's, marked where it stands out, and the lines
behind it with the customer's card and the purchase, refund or ledger entry numbers."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from sqlmodel import Session

from desktop.core import clock
from desktop.core.measures import Period
from desktop.core.patterns import BURST_MINUTES, BURST_SIZE, MIN_CASES, STANDS_OUT
from desktop.services.context import reads
from desktop.services.settings import load_settings
from desktop.services.staff_patterns import (
    BURST,
    CORRECTION,
    PATTERNS,
    REFUND_AFTER_SPEND,
    UNDER_THRESHOLD,
    VOID,
    PatternLine,
    StaffFigures,
    StaffPatterns,
    staff_patterns,
)
from reports.language import N_, Language
from reports.layout import Styles, a4_pdf, escape, fit, table

NAMES = {
    REFUND_AFTER_SPEND: N_("Refunds after the customer spent points"),
    CORRECTION: N_("Points corrections"),
    BURST: N_("Rewards in bursts"),
    UNDER_THRESHOLD: N_("Purchases just under a tier threshold"),
    VOID: N_("Voids"),
}


def _rate(figures: StaffFigures, pattern: str, lang: Language) -> str:
    rate = figures.rate(pattern)
    return "–" if rate.value is None else lang.percent(100 * rate.value)


def summary_rows(found: StaffPatterns, lang: Language) -> list[list[str]]:
    """Per staff member and counter: each pattern's cases and rate, '!' where it stands out."""
    rows = [[lang.t("Staff member"), lang.t("Counter"), lang.t("Purchases"),
             *[lang.t(NAMES[p]) for p in PATTERNS]]]
    for figures in [*found.staff, found.shop]:
        cells = []
        for pattern in PATTERNS:
            mark = " !" if figures is not found.shop and found.stands_out(figures, pattern) else ""
            cells.append(f"{lang.number(figures.cases[pattern])} · {_rate(figures, pattern, lang)}{mark}")
        name = (figures.name or lang.t("Command line or system")) if figures is not found.shop else lang.t("Whole shop")
        counter = "" if figures is found.shop else (figures.counter or lang.t("(not recorded)"))
        rows.append([fit(name, 27 * mm, 7), fit(counter, 21 * mm, 7), lang.number(figures.purchases), *cells])
    return rows


def line_text(line: PatternLine, lang: Language) -> str:
    parts = [lang.moment(line.at), f"{line.customer} ({line.card_number})"]
    if line.amount_cents is not None:
        parts.append(lang.amount(line.amount_cents))
    if line.points is not None:
        parts.append(lang.t("{points} points", points=lang.signed(line.points)))
    if line.threshold_cents is not None:
        parts.append(lang.t("tier at {amount}", amount=lang.amount(line.threshold_cents)))
    refs = [lang.t("purchase {number}", number=line.purchase_id) if line.purchase_id else "",
            lang.t("refund {number}", number=line.refund_id) if line.refund_id else "",
            lang.t("ledger entry {number}", number=line.entry_id) if line.entry_id else ""]
    return " · ".join(parts + [r for r in refs if r])


def explanation(lang: Language) -> str:
    return lang.t("Counts with their rate per purchase (bursts: per reward handed out). '!' marks a rate at least "
                  "{times} times the whole shop's on at least {cases} cases: worth a look, not proof of anything; "
                  "most have a good reason. A burst is {size} or more rewards by one person at one counter within "
                  "{minutes} minutes; just under a tier means within 5% below its threshold.",
                  times=lang.decimal(STANDS_OUT, 0), cases=MIN_CASES, size=BURST_SIZE, minutes=BURST_MINUTES)


@reads
def staff_patterns_pdf(session: Session, start: date, end: date, language: str, *,
                       printed: datetime | None = None) -> bytes:
    lang, st = Language(language), Styles()
    found = staff_patterns(session, Period(start, end))
    title = lang.t("Staff patterns worth a look")
    story: list = [Paragraph(title, st.title),
                   Paragraph(lang.t("From {start} to {end}", start=lang.day(start), end=lang.day(end)), st.body),
                   Paragraph(explanation(lang), st.small), Spacer(1, 3 * mm),
                   table(summary_rows(found, lang), [27 * mm, 21 * mm, 16 * mm] + [22 * mm] * 5,
                         right=range(2, 8), size=7, total=True)]
    for figures in found.staff:
        marked = [p for p in PATTERNS if found.stands_out(figures, p)]
        if not marked:
            continue
        who = f"{figures.name or lang.t('Command line or system')} · {figures.counter or lang.t('(not recorded)')}"
        story.append(Paragraph(escape(who), st.heading))
        for pattern in marked:
            lines = figures.lines[pattern]
            story.append(KeepTogether([Paragraph(f"<b>{lang.t(NAMES[pattern])}</b>", st.body),
                                       *[Paragraph(escape(line_text(line, lang)), st.small) for line in lines]]))
    if not found.staff:
        story.append(Paragraph(lang.t("Nothing was registered in this period."), st.body))
    return a4_pdf(story, language=lang, shop_name=load_settings(session).shop_name, title=title,
                  subject=lang.t("What stands out per staff member and counter, from {start} to {end}",
                                 start=lang.day(start), end=lang.day(end)),
                  printed=printed or clock.now())
