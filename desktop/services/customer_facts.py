"""What the segment rule needs about one customer, read in one query: shared by the counter's
overview, the reward catalogue and the dashboard's tests, so none depends on the others."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from desktop.core.clock import local_date
from desktop.core.moments import CustomerFacts
from desktop.services.context import saved_id
from desktop.services.sql_params import Params, as_datetime
from desktop.storage.counted import not_voided_sql
from desktop.storage.models import Customer
from desktop.storage.types import UTCDateTime


def customer_facts(session: Session, customer: Customer, today: date) -> CustomerFacts:
    """What moments.segment needs about one customer at `today`, counted as the dashboard
    counts them (voided purchases do not count): the counter shows the same segment."""
    q = Params()
    end = q.at(today + timedelta(days=1))
    row = session.execute(q.sql(f"""
        SELECT COUNT(*) AS visits, MAX(created_at) AS last_at,
               SUM(CASE WHEN created_at >= {q.at(today - timedelta(days=365))} THEN 1 ELSE 0 END) AS last_year,
               (SELECT COUNT(*) FROM customer r WHERE r.referred_by_id = {q.int(saved_id(customer))}
                    AND r.joined_on <= {q.day(today)}) AS referrals,
               (SELECT COUNT(*) FROM survey_response s WHERE s.customer_id = {q.int(saved_id(customer))}
                    AND s.created_at < {end}) AS surveys,
               (SELECT s.recommend FROM survey_response s WHERE s.customer_id = {q.int(saved_id(customer))}
                    AND s.created_at < {end} ORDER BY s.id DESC LIMIT 1) AS last_recommend
        FROM purchase
        WHERE customer_id = {q.int(saved_id(customer))} AND created_at < {end} AND {not_voided_sql()}""")).one()
    last = UTCDateTime().process_result_value(as_datetime(row.last_at), None) if row.last_at else None
    return CustomerFacts(customer.joined_on, customer.birthday, int(row.visits), local_date(last) if last else None,
                         visits_last_year=int(row.last_year or 0), referrals=int(row.referrals),
                         surveys=int(row.surveys), last_recommend=row.last_recommend)
