"""Did the offer work? Each mailing's comparison of the mailed with the held back, as
table rows and plain sentences (the monthly report's section, the command line's text)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from sqlmodel import Session

from desktop.core.control_group import MIN_GROUP, WINDOWS, Comparison
from desktop.core.formats import sign
from desktop.core.measures import Period
from desktop.core.rules import add_months
from desktop.services.mailings import MailingResult, mailing_results
from desktop.storage.engine import Database
from reports.language import N_, Language
from reports.layout import Styles, escape, table

VERDICTS = {
    "more": N_("More came back than without the mailing: {low} to {high} percentage points more (95% sure)."),
    "fewer": N_("Fewer came back than without the mailing: {low} to {high} percentage points (95% sure)."),
    "unclear": N_("No clear difference: between {low} and {high} percentage points, which could be chance."),
}


def _share(part: int, whole: int, lang: Language) -> str:
    return f"{lang.number(part)} / {lang.number(whole)} ({lang.percent(100 * part / whole, 0) if whole else '–'})"


def verdict(c: Comparison, lang: Language) -> str:
    if c.verdict == "too_few":
        return lang.t("Too few customers to tell (at least {minimum} in each group).", minimum=MIN_GROUP)
    if c.verdict == "nobody":
        return lang.t("Nobody came back yet, mailed or held back.")
    low, high = c.interval
    return lang.t(VERDICTS[c.verdict], low=lang.decimal(100 * low, 1), high=lang.decimal(100 * high, 1))


def result_rows(result: MailingResult, lang: Language) -> list[list[str]]:
    rows = [[lang.t("Within"), lang.t("Mailed: came back"), lang.t("Held back: came back"), lang.t("Difference"),
             lang.t("Extra revenue")]]
    for days in WINDOWS:
        c = result.windows[days]
        within = lang.t("{days} days", days=days) + ("" if result.complete(days) else " " + lang.t("(so far)"))
        difference = "–" if c.difference is None else lang.t("{value} pts", value=sign(round(100 * c.difference, 1))
                                                                  + lang.decimal(abs(100 * c.difference), 1))
        extra = "–" if c.extra_cents is None else lang.amount(c.extra_cents)
        rows.append([within, _share(c.mailed_back, c.mailed, lang), _share(c.held_back_came, c.held, lang),
                     difference, extra])
    return rows


def heading(result: MailingResult, lang: Language) -> str:
    return lang.t("{name}, sent {day}: {mailed} mailed, {held} held back ({percent}%)", name=result.name,
                  day=lang.day(result.sent_on), mailed=lang.number(result.windows[WINDOWS[0]].mailed),
                  held=lang.number(result.windows[WINDOWS[0]].held), percent=result.held_back_percent)


def results_text(results: list[MailingResult], lang: Language) -> str:
    if not results:
        return lang.t("No mailings were sent.")
    lines = []
    for result in results:
        rows = result_rows(result, lang)
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines += [heading(result, lang)]
        lines += ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        lines += ["  " + verdict(result.windows[settled_window(result)], lang), ""]
    return "\n".join(lines).rstrip()


def settled_window(result: MailingResult) -> int:
    """The longest window that has passed (else the first): what the verdict speaks of."""
    passed = [d for d in WINDOWS if result.complete(d)]
    return passed[-1] if passed else WINDOWS[0]


def mailings_story(results: list[MailingResult], lang: Language, st: Styles) -> list:
    """The monthly report's section: one block per mailing."""
    story: list = [Paragraph(lang.t("Did the mailings work?"), st.heading),
                   Paragraph(lang.t("Each mailing held a random share of its list back. Comparing who came back "
                                    "among those mailed and those held back shows what the mailing itself did."),
                             st.small), Spacer(1, 1.5 * mm)]
    for result in results:
        story.append(KeepTogether([
            Paragraph(f"<b>{escape(heading(result, lang))}</b>", st.body),
            table(result_rows(result, lang), [30 * mm, 40 * mm, 40 * mm, 30 * mm, 34 * mm], right=(1, 2, 3, 4)),
            Paragraph(verdict(result.windows[settled_window(result)], lang), st.body), Spacer(1, 2 * mm)]))
    return story


def monthly_section(source: Session | Database, period: Period, lang: Language, st: Styles) -> list:
    """The mailings of the six months to the month's end, counted up to it (nothing when none)."""
    if isinstance(source, Database):
        with source.read() as session:
            return monthly_section(session, period, lang, st)
    results = mailing_results(source, period.end, since=add_months(period.start, -5))
    return mailings_story(results, lang, st) if results else []
