"""The monthly report's opening: the summary lines of desktop.core.advice (the dashboard's
rules) as sentences, good news in green and bad news in red."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from desktop.core.advice import Line, Tone, Topic
from desktop.core.kinds import RetentionLevel
from reports.language import N_, Language
from reports.layout import Styles, escape

GREEN, RED = "#1b7f3b", "#b3261e"  # the dashboard's colours for better and worse
LEVEL_WORDS = {RetentionLevel.FINANCIAL: N_("financial"), RetentionLevel.SOCIAL_EMOTIONAL: N_("social-emotional"),
               RetentionLevel.STRUCTURAL: N_("structural")}
# The retention view's suggestion for the level to add (desktop/ui/programme/retention_view.py).
SUGGESTIONS = {
    RetentionLevel.SOCIAL_EMOTIONAL: N_("consider a social-emotional moment: a birthday surprise, a thank-you card, "
                                        "an invitation to a tour or a preview evening"),
    RetentionLevel.STRUCTURAL: N_("consider a structural service: a subscription, a reservation service or "
                                  "after-sales reminders"),
    RetentionLevel.FINANCIAL: N_("consider a financial reward: a stamp card or a member price"),
}


def _direction(line: Line, rose: str, fell: str, same: str) -> str:
    now, before = line.values["now"], line.values["before"]
    return rose if now > before else fell if now < before else same


def too_few(answers: int, lang: Language) -> str:
    return lang.t("({answers} answers: too few to compare)", answers=lang.number(answers))


def sentence(line: Line, lang: Language, *, month: str, next_month: str) -> str:
    """One summary line in words (plain text)."""
    v = line.values
    if line.topic == Topic.NPS:
        template = _direction(line, N_("NPS rose from {before} to {now}."), N_("NPS fell from {before} to {now}."),
                              N_("NPS stayed at {now}."))
        text = lang.t(template, before=lang.number(round(v["before"])), now=lang.number(round(v["now"])))
        if line.too_few:
            text += " " + too_few(int(min(v["answers_now"], v["answers_before"])), lang)
        return text
    if line.topic == Topic.ACTIVE:
        template = _direction(line, N_("More customers bought: {now} against {before} the month before."),
                              N_("Fewer customers bought: {now} against {before} the month before."),
                              N_("As many customers bought as the month before: {now}."))
        return lang.t(template, now=lang.number(int(v["now"])), before=lang.number(int(v["before"])))
    if line.topic == Topic.REVENUE:
        template = _direction(line, N_("Revenue from members rose from {before} to {now}."),
                              N_("Revenue from members fell from {before} to {now}."),
                              N_("Revenue from members stayed at {now}."))
        return lang.t(template, now=lang.amount(int(v["now"])), before=lang.amount(int(v["before"])))
    if line.topic == Topic.CHURN:
        template = _direction(line, N_("Churn rose from {before} to {now}: fewer of last month's buyers came back."),
                              N_("Churn fell from {before} to {now}: more of last month's buyers came back."),
                              N_("Churn stayed at {now}."))
        return lang.t(template, now=lang.percent(v["now"]), before=lang.percent(v["before"]))
    if line.topic == Topic.PASSIVES:
        text = lang.t("{count} of {answers} answers ({share}) scored 7 or 8: satisfied, not yet loyal. Give them "
                      "something extra, a personal moment rather than a discount.",
                      count=lang.number(int(v["passives"])), answers=lang.number(int(v["answers"])),
                      share=lang.percent(v["share"], 0))
        return text + (" " + lang.t("({answers} answers: too few to judge)", answers=lang.number(int(v["answers"])))
                       if line.too_few else "")
    if line.topic == Topic.DETRACTORS:
        return lang.t("Answers of 6 or lower (detractors): {count}. Call them back; their phone numbers are in the "
                      "list below.", count=lang.number(int(v["count"])))
    if line.topic == Topic.EXPIRING:
        return lang.t("{points} points worth {amount} expire in {month}; customers holding them: {customers}. "
                      "Remind them to spend them.", points=lang.number(int(v["points"])),
                      amount=lang.amount(int(v["cents"])), customers=lang.number(int(v["customers"])), month=next_month)
    if line.topic == Topic.LATENT:
        mailable, addressed = int(v["mailable"]), int(v["with_address"])
        return lang.t("Latent customers who may be mailed: {mailable}; with a street address for a letter: "
                      "{letters}, without: {missing}.", mailable=lang.number(mailable), letters=lang.number(addressed),
                      missing=lang.number(mailable - addressed))
    level, suggest = (RetentionLevel(name) for name in line.levels)
    return lang.t("{n} out of 10 rewards were {level} in {month}; {suggestion}.", n=int(v["share"]),
                  level=lang.t(LEVEL_WORDS[level]), month=month, suggestion=lang.t(SUGGESTIONS[suggest]))


def summary_story(lines: list[Line], lang: Language, st: Styles, *, month: str, next_month: str) -> list:
    """The lines as bullets, better news in green and worse in red."""
    story = []
    for line in lines:
        text = "• " + escape(sentence(line, lang, month=month, next_month=next_month))
        colour = {Tone.GOOD: GREEN, Tone.BAD: RED}.get(line.tone)
        story.append(Paragraph(f'<font color="{colour}">{text}</font>' if colour else text, st.body))
    return story

