"""The customer statement: points history for a period, balance, points about to expire,
and how points are earned (a customer can always see how their points came about)."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from desktop.core import clock, reasons
from desktop.core.kinds import EntryKind
from desktop.services import documents
from desktop.services.context import reads
from desktop.services.shop_profile import load_profile
from reports import fonts, shop
from reports.language import N_, Language
from reports.layout import Styles, a4_pdf, escape, key_values, table

HORIZON_DAYS = 90


def describe(line: documents.StatementLine, lang: Language) -> str:
    """One ledger entry in words a customer understands; a reason the programme wrote is said
    as the screens say it (`desktop.core.reasons`), in the statement's language."""
    kind, reason = line.kind, reasons.shown(line.reason, lang.code)
    if kind == EntryKind.EARN:
        if line.purchase_cents is not None:
            return lang.t("Purchase {amount}", amount=lang.amount(line.purchase_cents))
        return lang.t("Points for a purchase")
    if kind == EntryKind.REDEEM:
        return lang.t("Reward: {name}", name=line.reward) if line.reward else lang.t("Reward")
    if kind == EntryKind.REVERSAL:
        if line.purchase_cents is not None:
            return lang.t("Purchase returned ({amount})", amount=lang.amount(line.purchase_cents))
        return reason[:1].upper() + reason[1:] if reason else lang.t("Purchase returned")  # a bonus taken back
    if kind == EntryKind.ADJUST:
        return lang.t("Correction: {reason}", reason=reason) if reason else lang.t("Correction")
    fixed = {
        EntryKind.EXPIRE: N_("Points expired"),
        EntryKind.WELCOME: N_("Welcome bonus"),
        EntryKind.BIRTHDAY: N_("Birthday bonus"),
        EntryKind.REFERRAL: N_("Referral bonus"),
        EntryKind.MILESTONE: N_("Milestone bonus"),
        EntryKind.OPENING: N_("Opening balance"),
        EntryKind.TRANSFER: N_("Points moved from a merged card"),
    }
    if kind not in fixed:
        return kind
    label = lang.t(fixed[EntryKind(kind)])
    # What the kind does not say by itself: which visit, until when, which card.
    return lang.t("{label}: {reason}", label=label, reason=reason) if reason and kind in _DETAILED else label


_DETAILED = {EntryKind.EXPIRE, EntryKind.MILESTONE, EntryKind.TRANSFER, EntryKind.OPENING}


def how_points_work(data: documents.Statement, lang: Language) -> list[str]:
    s = data.settings
    if s.points_per_euro == 1:  # one and many: the plural rule of both languages
        lines = [lang.t("You earn 1 point for every whole euro you spend.")]
    else:
        lines = [lang.t("You earn {points} points for every whole euro you spend.", points=s.points_per_euro)]
    if s.expiry_months:
        lines.append(lang.t("Points are valid for {months} months from the day you earn them; "
                            "the oldest points are spent first.", months=s.expiry_months))
    else:
        lines.append(lang.t("Points do not expire."))
    if s.pending_days:
        lines.append(lang.t("New points can be spent after {days} days (the return period).", days=s.pending_days))
    lines.append(lang.t("100 points are worth {amount} when you spend them on a reward.",
                        amount=lang.amount(100 * s.point_value_cents)))
    lines.append(lang.t("Bonus points: {welcome} when you join, {birthday} on your birthday, "
                        "{referral} for every friend you bring.",
                        welcome=s.welcome_bonus, birthday=s.birthday_bonus, referral=s.referral_bonus))
    lines.append(lang.t("Refunding a purchase takes its points back."))
    return lines


@reads
def statement_pdf(session: Session, card: str, start: date, end: date, language: str, *,
                  today: date | None = None, printed: datetime | None = None) -> bytes:
    today = today or clock.today()
    data = documents.statement(session, card, start, end, today, horizon_days=HORIZON_DAYS)
    profile = load_profile(session)
    lang, st = shop.language_for(language, profile), Styles()
    c = data.customer
    address = "<br/>".join(escape(part) for part in (c.name, c.street, f"{c.postcode}  {c.city}".strip()) if part)
    title = lang.t("Points statement")
    summary = data.summary
    worth = lang.amount(summary.spendable * data.settings.point_value_cents)
    # The answer first: what can be spent today and what it is worth; the history after it.
    picture = shop.logo(profile, 50 * mm, 18 * mm)  # the customer's paper carries the shop's logo large
    heading: Flowable = Paragraph(title, st.title)
    if picture is not None:
        picture.hAlign = "RIGHT"
        heading = Table([[heading, picture]], colWidths=[124 * mm, 50 * mm],
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                          ("FONT", (0, 0), (-1, -1), fonts.REGULAR),  # else Helvetica, not embedded
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]))
    story = [
        heading,
        Table([[Paragraph(address, st.body),
                key_values([(lang.t("Card number"), c.card_number),
                            (lang.t("Period"),
                             f"{lang.day(data.start)} – {lang.day(data.end)}")], [30 * mm, 45 * mm])]],
              colWidths=[99 * mm, 75 * mm],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("FONT", (0, 0), (-1, -1), fonts.REGULAR)])),
        Spacer(1, 5 * mm),
        Paragraph(lang.t("You can spend {points} points today, worth {amount}.",
                         points=lang.number(summary.spendable), amount=worth), st.heading),
        key_values([(lang.t("Points balance"), lang.number(summary.balance)),
                    (lang.t("Spendable now"), lang.number(summary.spendable)),
                    (lang.t("Waiting for the return period"), lang.number(summary.pending)),
                    (lang.t("Worth"), worth)],
                   [70 * mm, 30 * mm]),
        Paragraph(lang.t("Points about to expire"), st.heading),
    ]
    if data.expiring:  # one line per expiry date, its points summed
        story.append(table([[lang.t("Expire on"), lang.t("Points")]]
                           + [[lang.day(e.expires_on), lang.number(e.points)] for e in data.expiring],
                           [40 * mm, 30 * mm], right=(1,)))
    else:
        story.append(Paragraph(lang.t("No points expire in the coming {days} days.", days=HORIZON_DAYS), st.body))
    story.append(Paragraph(lang.t("Points history"), st.heading))
    rows = [[lang.t("Date"), lang.t("Description"), lang.t("Points"), lang.t("Balance")],
            ["", lang.t("Balance on {day}", day=lang.day(data.start)), "", lang.number(data.opening)]]
    for line in data.lines:
        rows.append([lang.moment(line.at), Paragraph(escape(describe(line, lang)), st.cell),
                     lang.signed(line.points), lang.number(line.balance)])
    rows.append(["", lang.t("Balance on {day}", day=lang.day(data.end)), "", lang.number(data.closing)])
    story.append(table(rows, [30 * mm, 96 * mm, 22 * mm, 26 * mm], right=(2, 3), total=True))
    if not data.lines:
        story.append(Paragraph(lang.t("No points were earned or spent in this period."), st.small))
    story.append(Paragraph(lang.t("How you earn points"), st.heading))
    story += [Paragraph("• " + escape(text), st.body) for text in how_points_work(data, lang)]
    contact = shop.contact_lines(profile, lang, kvk=True)
    if contact or profile.opening_hours:
        story.append(Paragraph(escape(data.settings.shop_name), st.heading))
        story += [Paragraph(escape(line), st.body) for line in contact]
        story += [Paragraph(escape(line), st.body) for line in profile.opening_hours.splitlines() if line.strip()]
    return a4_pdf(story, language=lang, shop_name=data.settings.shop_name, title=title,
                  subject=lang.t("Points of {name}, card {card}", name=data.customer.name,
                                 card=data.customer.card_number), printed=printed or clock.now())
