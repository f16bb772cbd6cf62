"""One clock: stored times are UTC; shown times, typed dates, chart days and log lines are in the
archive's zone ([archive].timezone, Asia/Shanghai by default)."""
from __future__ import annotations

import json
import logging

from click.testing import CliRunner

import settings
from archive.store import ArchiveStore
from cli import main
from core.clock import local, local_day
from core.dates import utc_bound
from core.pages import FetchedPage
from scraper.clean.article import Article
from web.overview import day_points

# 18:00 UTC on 9 May is 02:00 on 10 May in Beijing: a nightly run, dated its own night.
NIGHT_UTC = "2024-05-09T18:00:00+00:00"


def test_stored_utc_is_shown_in_the_archive_zone():
    assert local(NIGHT_UTC, "Asia/Shanghai") == "2024-05-10 02:00"
    assert local_day(NIGHT_UTC, "Asia/Shanghai") == "2024-05-10"
    assert local(NIGHT_UTC, "UTC") == "2024-05-09 18:00"
    assert local(None, "Asia/Shanghai") == ""


def test_dates_people_type_are_days_in_the_archive_zone():
    assert utc_bound("2024-05-10", "Asia/Shanghai") == "2024-05-09T16:00:00+00:00"
    assert utc_bound("2024", "Asia/Shanghai") == "2023-12-31T16:00:00+00:00"
    assert utc_bound("2024-05-10T02:00", "Asia/Shanghai") == NIGHT_UTC


def test_chart_days_are_local_days():
    runs = [{"id": 1, "status": "ok", "started_at": "2024-05-08T18:00:00+00:00", "finished_at": "2024-05-08T18:10:00+00:00",
             "articles_new": 5, "articles_changed": 0, "articles_unchanged": 0, "articles_skipped": 0},
            {"id": 2, "status": "ok", "started_at": NIGHT_UTC, "finished_at": "2024-05-09T18:10:00+00:00",
             "articles_new": 1, "articles_changed": 0, "articles_unchanged": 5, "articles_skipped": 0}]
    points = day_points(runs, [], "Asia/Shanghai")
    assert [(p.label, p.total) for p in points] == [("2024-05-09", 5), ("2024-05-10", 6)]
    assert "2024-05-10 02:00" in points[1].note


def test_show_and_capture_dates_use_the_zone(tmp_path):
    db = tmp_path / "archive.db"
    url = "https://www.example.gov.cn/t20240510_1.htm"
    with ArchiveStore(db, warc_dir=tmp_path / "warc") as store:
        page = FetchedPage("gov", url, url, 200, [("Content-Type", "text/html")], b"<html>x</html>", NIGHT_UTC)
        store.record_page(None, "gov", page, Article(url=url, title="夜间抓取", text="正文"))
    runner = CliRunner()
    shown = runner.invoke(main, ["show", "1", "--db", str(db), "--lang", "en"]).output
    assert "First seen:    2024-05-10 02:00:00" in shown
    assert json.loads(runner.invoke(main, ["show", "1", "--db", str(db), "--json"]).output)["first_seen"] == NIGHT_UTC
    out = tmp_path / "night.warc.gz"
    for since, until, n in (("2024-05-10", "2024-05-10", 1), ("2024-05-09", "2024-05-09", 0)):
        r = runner.invoke(main, ["export", "--format", "warc", "--since", since, "--until", until, "-o", str(out), "--force",
                                 "--db", str(db), "--lang", "en"])
        assert f"exported {n} captures" in r.output, (since, r.output)


def test_log_lines_carry_their_zone():
    assert settings.LOG_DATEFORMAT.endswith("%z")
    line = logging.Formatter(settings.LOG_FORMAT, settings.LOG_DATEFORMAT).format(
        logging.LogRecord("newsvault", logging.INFO, __file__, 1, "hello", (), None))
    assert line.split(" ")[1][-5] in "+-"    # 2024-05-10 02:00:00+0800 INFO newsvault: hello
