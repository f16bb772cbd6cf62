"""The archive: the SQLite store and its migrations, WARC captures, search, export, report and reprocess."""
