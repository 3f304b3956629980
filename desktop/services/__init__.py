"""Services: the only code that changes data. Each call is one validated, audited transaction."""
