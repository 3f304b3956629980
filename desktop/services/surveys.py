"""Recording what customers answered in a survey."""

from __future__ import annotations

from datetime import datetime

from desktop.core import cardnumber
from desktop.core.errors import ValidationError
from desktop.core.validation import clean_text
from desktop.services.context import Actor, at_or_now, audit, snapshot
from desktop.services.customers import find_by_card
from desktop.storage.engine import Database
from desktop.storage.models import SurveyResponse

QUESTIONS = ("recommend", "buy_again", "buy_more", "satisfaction")


def record_survey(db: Database, actor: Actor, answers: dict[str, int | None], *, card: str = "",
                  comment: str = "", at: datetime | None = None) -> SurveyResponse:
    """Store one survey; the recommend question (for NPS) is required, the others optional."""
    unknown = set(answers) - set(QUESTIONS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "Unknown question.")
    for question in QUESTIONS:
        value = answers.get(question)
        if value is None and question == "recommend":
            raise ValidationError(question, "Choose a score from 0 to 10.")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10):
            raise ValidationError(question, "A score is a whole number from 0 to 10.")
    text = clean_text(comment, field="comment")
    with db.write() as session:
        customer_id = find_by_card(session, cardnumber.validate(card)).id if card.strip() else None
        response = SurveyResponse(customer_id=customer_id, created_at=at_or_now(at), comment=text,
                                  staff_id=actor.staff_id, **{q: answers.get(q) for q in QUESTIONS})
        session.add(response)
        session.flush()
        audit(session, actor, "survey.record", "survey_response", response.id, None, snapshot(response))
        return response
