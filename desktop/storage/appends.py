"""Rows the busiest services append with one statement each instead of the ORM's unit of
work: a registration's purchase, ledger entries and the audit trail. An ORM flush costs
several times the insert it sends (a registration spent most of its CPU in four of them).

Each function tells the running totals (summaries) and the change feed what it wrote,
as the before_flush listeners would have noticed it, so no caller can forget either.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from desktop.storage import changes, statements, summaries
from desktop.storage.models import AuditLog, LedgerEntry, Purchase

# Built once: building an insert costs more than running it.
_PURCHASE = insert(Purchase.__table__).returning(Purchase.__table__.c.id)  # type: ignore[attr-defined]
_LEDGER_ENTRY = insert(LedgerEntry.__table__).returning(LedgerEntry.__table__.c.id)  # type: ignore[attr-defined]
_AUDIT = insert(AuditLog.__table__)  # type: ignore[attr-defined]


def purchase(session: Session, values: dict[str, Any]) -> int:
    """Insert a purchase (`values`: every column but the id); returns its id."""
    purchase_id = statements.run(session, _PURCHASE, values).scalar_one()
    summaries.noticed_purchase(session, values["customer_id"], values["created_at"], values["amount_cents"])
    changes.noticed(session, values["customer_id"])
    return purchase_id


def ledger_entry(session: Session, *, customer_id: int, kind: str, points: int, created_at: datetime,
                 staff_id: int | None, counter: str, purchase_id: int | None = None,
                 redemption_id: int | None = None, reason: str = "", expires_on: date | None = None,
                 available_on: date | None = None) -> int:
    """Insert a ledger entry; returns its id. Only desktop.services.points calls this."""
    values: dict[str, Any] = {
        "customer_id": customer_id, "kind": kind, "points": points, "created_at": created_at,
        "staff_id": staff_id, "counter": counter, "purchase_id": purchase_id, "redemption_id": redemption_id,
        "reason": reason, "expires_on": expires_on, "available_on": available_on}
    entry_id = statements.run(session, _LEDGER_ENTRY, values).scalar_one()
    summaries.noticed_entry(session, created_at, kind, expires_on, points)
    changes.noticed(session, customer_id)
    return entry_id


def audit_log(session: Session, *, at: datetime, staff_id: int | None, actor: str, action: str, entity: str,
              entity_id: str, before: str, after: str) -> None:
    statements.run(session, _AUDIT, {"at": at, "staff_id": staff_id, "actor": actor, "action": action,
                                     "entity": entity, "entity_id": entity_id, "before": before, "after": after})
