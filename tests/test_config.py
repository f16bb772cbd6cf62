"""Every configuration error: one line naming the file and the key, exit 2, nothing crawled."""
from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import ConfigError
from scraper.sources import load_config, parse_config
from tests.conftest import run_newsvault

GOOD_SOURCE = '[[source]]\nname = "a"\nstart_urls = ["{url}"]\n'

CASES = {
    "unknown key": ('[crawl]\ndelai = 1\n' + GOOD_SOURCE, "crawl.delai", "unknown key"),
    "unknown source key": (GOOD_SOURCE + 'start_url = ["http://x/"]\n', "start_url", "unknown key"),
    "unknown section": ('[crawling]\ndelay = 1\n' + GOOD_SOURCE, "crawling", "unknown section"),
    "bad regex": (GOOD_SOURCE + 'article_pattern = "/info/(\\\\d+"\n', "article_pattern", "bad regex"),
    "duplicate name": (GOOD_SOURCE + GOOD_SOURCE, "name", "duplicate source name 'a'"),
    "missing start_urls": ('[[source]]\nname = "a"\n', "start_urls", "missing"),
    "empty start_urls": ('[[source]]\nname = "a"\nstart_urls = []\n', "start_urls", "empty"),
    "bad name": ('[[source]]\nname = "Gzou News"\nstart_urls = ["{url}"]\n', "name", "a-z"),
    "negative delay": ('[crawl]\ndelay = -1\n' + GOOD_SOURCE, "crawl.delay", "≥ 0"),
    "not a URL": ('[[source]]\nname = "a"\nstart_urls = ["www.x.cn/list.htm"]\n', "start_urls", "not an http(s) URL"),
    "bad selector": (GOOD_SOURCE + 'selectors = { title = "h1[" }\n', "selectors", "bad CSS selector"),
    "unknown selector": (GOOD_SOURCE + 'selectors = { headline = "h1" }\n', "selectors", "unknown selector"),
    "bad schedule": (GOOD_SOURCE + 'schedule = "every day"\n', "schedule", "cron"),
    "toml syntax": ('[crawl\ndelay = 1\n', "", "TOML syntax error"),
    "cloak_check not a boolean": (GOOD_SOURCE + 'cloak_check = "yes"\n', "cloak_check", "must be true or false"),
    "negative cloak sample": (GOOD_SOURCE + 'cloak_check = true\ncloak_check_sample = -1\n', "cloak_check_sample",
                              "≥ 0"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_config_error_is_one_line_exit_2_and_crawls_nothing(tmp_path, demo_server, case):
    text, key, message = CASES[case]
    cfg = tmp_path / "newsvault.toml"
    cfg.write_text(text.replace("{url}", demo_server.url("/xwzx/list.htm")), encoding="utf-8")
    proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(cfg) in lines[0] and key in lines[0] and message in lines[0]
    assert demo_server.paths_requested() == []
    assert not (tmp_path / "data").exists() and not (tmp_path / "archive.db").exists()


def test_unreadable_and_missing_files(tmp_path):
    proc = run_newsvault("crawl", "--config", tmp_path / "nope.toml", cwd=tmp_path)
    assert proc.returncode == 2 and "nope.toml: no such file" in proc.stderr
    folder = tmp_path / "dir.toml"
    folder.mkdir()
    proc = run_newsvault("crawl", "--config", folder, cwd=tmp_path)
    assert proc.returncode == 2 and "dir.toml" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    proc = run_newsvault("crawl", "--config", binary, cwd=tmp_path)
    assert proc.returncode == 2 and "not UTF-8" in proc.stderr


def test_defaults_and_relative_paths(tmp_path):
    cfg = tmp_path / "conf" / "newsvault.toml"
    cfg.parent.mkdir()
    cfg.write_text('[[source]]\nname = "gzou-news"\nstart_urls = ["https://www.gzou.edu.cn/xwzx/xxyw.htm"]\n'
                   'article_pattern = "/info/\\\\d+/\\\\d+\\\\.htm$"\n[crawl]\nrecheck_after = "7d"\n', encoding="utf-8")
    config = load_config(cfg)
    assert config.archive.path == cfg.parent.resolve() / "data" / "archive.db"
    assert config.crawl.delay == 1.0 and config.crawl.max_pages == 5000
    assert config.crawl.recheck_after == timedelta(days=7)
    src = config.source("gzou-news")
    assert src.allowed_domains == ("www.gzou.edu.cn",)
    assert src.article_pattern.search("https://www.gzou.edu.cn/info/1012/5678.htm")
    with pytest.raises(ConfigError, match="no source named 'x'"):
        config.select(["x"])


def test_issue_example_config_is_valid():
    data = {
        "archive": {"path": "data/archive.db", "warc_dir": "data/warc"},
        "crawl": {"user_agent": "newsvault/0.1 (+mailto:archive@example.org)", "delay": 1.0,
                  "concurrency_per_domain": 2, "max_pages": 5000},
        "source": [{"name": "gzou-news", "start_urls": ["https://www.gzou.edu.cn/xwzx/xxyw.htm"],
                    "allowed_domains": ["gzou.edu.cn"], "article_pattern": "/info/\\d+/\\d+\\.htm$",
                    "feeds": [], "sitemaps": [],
                    "selectors": {"title": "h1", "body": ".v_news_content", "date": ".arti_update"}}],
    }
    config = parse_config(data)
    assert config.sources[0].selectors["body"] == ".v_news_content"
