"""Migration 1: the core tables — sources, runs, blobs, captures, articles, versions, attachments, failures."""
from __future__ import annotations

import sqlite3

from archive.sqlite import execute_script

NAME = "core tables: sources, runs, blobs, captures, articles, versions, attachments, failures"

SQL = """
CREATE TABLE sources (
    name        TEXT PRIMARY KEY,
    first_seen  TEXT NOT NULL
);
CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    source              TEXT NOT NULL REFERENCES sources(name),
    trigger             TEXT NOT NULL DEFAULT 'manual',
    started_at          TEXT NOT NULL,
    finished_at         TEXT,
    status              TEXT NOT NULL DEFAULT 'running',
    pages_fetched       INTEGER NOT NULL DEFAULT 0,
    articles_new        INTEGER NOT NULL DEFAULT 0,
    articles_changed    INTEGER NOT NULL DEFAULT 0,
    articles_unchanged  INTEGER NOT NULL DEFAULT 0,
    errors              INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX runs_source ON runs(source, started_at);
CREATE TABLE blobs (
    hash  TEXT PRIMARY KEY,
    size  INTEGER NOT NULL,
    data  BLOB NOT NULL
);
CREATE TABLE captures (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER REFERENCES runs(id),
    source_name   TEXT NOT NULL,
    url           TEXT NOT NULL,
    final_url     TEXT NOT NULL,
    status        INTEGER NOT NULL,
    headers       TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    content_hash  TEXT NOT NULL REFERENCES blobs(hash)
);
CREATE INDEX captures_final_url ON captures(final_url, fetched_at);
CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    url                TEXT NOT NULL UNIQUE,
    source_name        TEXT NOT NULL REFERENCES sources(name),
    title              TEXT,
    published          TEXT,
    author             TEXT,
    source             TEXT,
    text               TEXT NOT NULL,
    language           TEXT,
    hijacked           INTEGER NOT NULL DEFAULT 0,
    findings           TEXT NOT NULL DEFAULT '[]',
    content_hash       TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1,
    capture_id         INTEGER REFERENCES captures(id),
    first_seen         TEXT NOT NULL,
    last_seen          TEXT NOT NULL,
    hijack_first_seen  TEXT,
    hijack_last_seen   TEXT
);
CREATE INDEX articles_source ON articles(source_name, published);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE article_versions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    version       INTEGER NOT NULL,
    capture_id    INTEGER REFERENCES captures(id),
    captured_at   TEXT NOT NULL,
    title         TEXT,
    published     TEXT,
    author        TEXT,
    source        TEXT,
    text          TEXT NOT NULL,
    language      TEXT,
    hijacked      INTEGER NOT NULL,
    findings      TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    UNIQUE (article_id, version)
);
CREATE TABLE attachments (
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    url         TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, url)
);
CREATE TABLE fetch_failures (
    id       INTEGER PRIMARY KEY,
    run_id   INTEGER REFERENCES runs(id),
    url      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    status   INTEGER,
    error    TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX fetch_failures_run ON fetch_failures(run_id);
CREATE INDEX fetch_failures_url ON fetch_failures(url)
"""


def apply(conn: sqlite3.Connection) -> None:
    execute_script(conn, SQL)
