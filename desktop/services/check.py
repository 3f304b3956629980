"""`loyalty check`: the database's own integrity checks plus the ledger's invariants.

Each check is one SQL query that returns the offending rows, so a large shop is checked
without loading its ledger into Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desktop.core.kinds import CREDIT_KINDS, EntryKind
from desktop.storage import health
from desktop.storage.engine import Database, sqlite_path

_CREDIT = ", ".join(f"'{kind.value}'" for kind in sorted(CREDIT_KINDS))
# A refund may leave debt; a merge moves it; an import carries it over from the previous system.
_DEBT_ALLOWED = f"'{EntryKind.REVERSAL.value}', '{EntryKind.TRANSFER.value}', '{EntryKind.OPENING.value}'"

# (description, query returning one row per problem: an id and a detail)
LEDGER_CHECKS: tuple[tuple[str, str], ...] = (
    ("lot allocated beyond its points",
     """SELECT e.id, 'over by ' || CAST(SUM(a.points) - e.points AS VARCHAR)
        FROM ledger_entry e JOIN lot_allocation a ON a.lot_id = e.id
        GROUP BY e.id, e.points HAVING SUM(a.points) > e.points"""),
    ("debit allocated beyond its points",
     """SELECT e.id, 'over by ' || CAST(SUM(a.points) + e.points AS VARCHAR)
        FROM ledger_entry e JOIN lot_allocation a ON a.debit_id = e.id
        GROUP BY e.id, e.points HAVING SUM(a.points) > -e.points"""),
    ("allocation that does not go from a debit to a lot of the same customer",
     """SELECT a.id, a.debit_id FROM lot_allocation a
        JOIN ledger_entry d ON d.id = a.debit_id JOIN ledger_entry l ON l.id = a.lot_id
        WHERE d.points >= 0 OR l.points <= 0 OR d.customer_id <> l.customer_id"""),
    ("positive entry of a kind that cannot add points",
     f"SELECT id, kind FROM ledger_entry WHERE points > 0 AND kind NOT IN ({_CREDIT})"),
    ("earn or bonus entry that takes points",
     f"SELECT id, kind FROM ledger_entry WHERE points < 0"
     f" AND kind NOT IN ({_DEBT_ALLOWED}, 'redeem', 'expire', 'adjust')"),
    ("debit left partly unpaid although only a refund may create debt",
     f"""SELECT e.id, e.kind FROM ledger_entry e LEFT JOIN lot_allocation a ON a.debit_id = e.id
        WHERE e.points < 0 AND e.kind NOT IN ({_DEBT_ALLOWED})
        GROUP BY e.id, e.kind, e.points HAVING -e.points - COALESCE(SUM(a.points), 0) > 0"""),
    ("customer owes points while holding unspent points",
     """SELECT d.customer_id, 'debt and unspent lots at once' FROM
          (SELECT e.customer_id FROM ledger_entry e LEFT JOIN lot_allocation a ON a.debit_id = e.id
           WHERE e.points < 0 GROUP BY e.id, e.customer_id, e.points
           HAVING -e.points - COALESCE(SUM(a.points), 0) > 0) d
        JOIN (SELECT e.customer_id FROM ledger_entry e LEFT JOIN lot_allocation a ON a.lot_id = e.id
           WHERE e.points > 0 GROUP BY e.id, e.customer_id, e.points
           HAVING e.points - COALESCE(SUM(a.points), 0) > 0) l ON l.customer_id = d.customer_id
        GROUP BY d.customer_id"""),
    ("redemption whose points differ from its ledger entry",
     """SELECT r.id, r.points FROM redemption r LEFT JOIN ledger_entry e
          ON e.redemption_id = r.id AND e.kind = 'redeem'
        GROUP BY r.id, r.points HAVING COALESCE(-SUM(e.points), 0) <> r.points"""),
    ("purchase refunded for more than its amount",
     """SELECT p.id, SUM(f.amount_cents) - p.amount_cents FROM purchase p JOIN refund f ON f.purchase_id = p.id
        GROUP BY p.id, p.amount_cents HAVING SUM(f.amount_cents) > p.amount_cents"""),
    ("purchase whose points were taken back more than earned",
     """SELECT e.purchase_id, SUM(e.points) FROM ledger_entry e WHERE e.purchase_id IS NOT NULL
          AND e.kind IN ('earn', 'reversal') GROUP BY e.purchase_id HAVING SUM(e.points) < 0"""),
    ("merged customer that still holds points",
     """SELECT c.id, SUM(e.points) FROM customer c JOIN ledger_entry e ON e.customer_id = c.id
        WHERE c.merged_into_id IS NOT NULL GROUP BY c.id HAVING SUM(e.points) <> 0"""),
)


@dataclass(frozen=True)
class Problem:
    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.detail}"


def run_checks(db: Database, *, limit_per_check: int = 20) -> list[Problem]:
    """Every problem found; an empty list means the database is sound."""
    problems: list[Problem] = []
    with db.read() as session:
        if db.is_sqlite:
            damage = [result for (result,) in session.execute(text("PRAGMA integrity_check")) if result != "ok"]
            problems += [Problem("SQLite integrity", result) for result in damage]
            _note(db, damage)
            for row in session.execute(text("PRAGMA foreign_key_check")):
                problems.append(Problem("foreign key", f"table {row[0]} row {row[1]} points to missing {row[2]}"))
        for description, query in LEDGER_CHECKS:
            rows = session.execute(text(query)).fetchmany(limit_per_check + 1)
            for row in rows[:limit_per_check]:
                problems.append(Problem(description, f"id {row[0]}, {row[1]}"))
            if len(rows) > limit_per_check:
                problems.append(Problem(description, "... and more"))
    return problems


def _note(db: Database, damage: list[str]) -> None:
    """Remember damage beside the file (writes are refused until a restore), or that it is gone."""
    path = sqlite_path(db.url)  # None for an in-memory database: no file to write a note beside
    if damage:
        if path is not None:
            health.note_damage(path, damage[0])
        db.damaged = damage[0]
    else:
        if path is not None:
            health.clear_damage(path)
        db.damaged = None
