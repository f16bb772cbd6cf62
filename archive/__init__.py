"""The archive: SQLite store, migrations, search and export."""
