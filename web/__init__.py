"""The web interface for archivists (`newsvault serve`): search, read, compare versions, watch sources.

Server-rendered pages (Flask, Jinja with autoescaping) and a small JSON API over a read-only
connection per request. Everything archived is hostile input: see ``web.app`` for the
security stance (escaping, headers, token, host check, bounds, plain error pages).
"""
from web.app import create_app

__all__ = ["create_app"]
