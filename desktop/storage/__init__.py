"""Storage: SQLModel tables, the one engine factory, migrations, backups."""
