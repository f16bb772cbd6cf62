"""The page's numbers bench/pagejudge.py learns from (pagejudge.served_features): asked for, they change
nothing of the cleaned article, and they hold what the readers saw below their thresholds."""
from __future__ import annotations

from scraper.clean.engine import run_cleaner

LEAD = "近日，公司在展会上发布了新一代智能仓储机器人，现场吸引了众多客户驻足观看，负责人表示将继续加大研发投入。"
PAGE = (f"<html><head><meta charset='utf-8'><title>公司新一代仓储机器人亮相展会</title>"
        f"<script>if (document.referrer.indexOf('baidu') > -1) {{ document.write('<p>hi</p>'); }}</script></head>"
        f"<body><h1>公司新一代仓储机器人亮相展会</h1><div class='article'><p>{LEAD}</p><p>{LEAD}</p></div>"
        f"<div style='display:none'>专业从事于<a href='http://www.avmount.com.cn/a'>电视机推车</a>,"
        f"<a href='http://www.avmount.com.cn/b'>液晶电视机挂架</a></div></body></html>").encode()
URL = "https://www.qilin-robot.com/news/1.html"


def test_reading_the_numbers_changes_nothing_of_the_article():
    plain, ev = run_cleaner(PAGE, URL, None, None, None)
    read, ev_read = run_cleaner(PAGE, URL, None, None, None, features=True)
    assert ev.features is None and ev_read.features is not None
    assert (plain.title, plain.text, plain.hijacked, plain.findings) == (read.title, read.text, read.hijacked, read.findings)


def test_the_numbers_hold_a_hidden_block_linking_away_and_a_script_reading_the_visitor():
    _, ev = run_cleaner(PAGE, URL, None, None, None, features=True)
    assert ev.features["hidden_offsite_links"] == 2 and ev.features["offsite_sites"] == 1
    assert ev.features["scripts_visitor"] == 1 and ev.features["scripts_writing"] == 1
