"""Issue 10, items 11 and 12, through a real crawl: text never vanishes silently and a page is
decoded by what it mostly is.

- an article nested hundreds of elements deep (unclosed ``<font>`` tags, as old CMSs leave them)
  is archived with its text, not as an empty article;
- a strongly hidden block that is no spam, and a hidden frame loading a page from elsewhere, are
  removed with a ``hidden_block`` finding each (every removal is a finding) and no hijack flag;
- a UTF-8 page with a small GBK footer keeps its title and text as UTF-8, with a
  ``decoding_uncertain`` finding for the bytes that were not; a GBK page that declares no charset
  is stored readable (issue 12's mojibake)."""
from __future__ import annotations

import json

import pytest

from tests.conftest import query, run_newsvault, write_config
from tests.faults.conftest import FAULT_ENV, ScriptedServer, listing_html, send

TITLE = "市教育局召开全市教育系统安全工作会议"
HIDDEN = "本页面由站群管理系统生成，模板编号甲乙丙丁，请勿删除此段说明文字"


def article(title: str, between: str = "", after: str = "", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{title}第{i}段：会议研究部署下一阶段重点工作，要求各单位认真落实并及时报告进展情况。</p>"
                         for i in range(4))
    meta = f"<meta charset='{charset}'>" if charset else ""
    return (f"<html><head>{meta}<title>{title}</title></head><body><h1>{title}</h1>{between}"
            f"<div class='content'>{paragraphs}{after}</div>")


def expected_text(title: str) -> list[str]:
    return [f"{title}第{i}段：会议研究部署下一阶段重点工作，要求各单位认真落实并及时报告进展情况。" for i in range(4)]


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    """The archived articles of one crawl over the four pages, by path."""
    tmp = tmp_path_factory.mktemp("text")
    footer = "<div class='footer'>版权所有：某某市教育局 地址：人民路1号 电话：0000-1234567</div>".encode("gbk")
    hidden = (f"<div style='position:absolute;left:-9999px'>{HIDDEN}</div>"
              "<iframe src='http://frames.example.net/x.html' width='0' height='0' frameborder='0'></iframe>")
    partner = "<div class='footer'><a href='http://frames.example.net/'>合作单位：某某数据服务中心</a></div>".encode()
    pages = {
        "/a/1.htm": article(TITLE + "一", between="<font>" * 300).encode(),
        # the frame's host is one the page names (its footer links it): a 0×0 frame to a host nothing
        # else of the page names, its only off-site load, is an injection (v15 §3, test_page_level)
        "/a/2.htm": article(TITLE + "二", after=hidden).encode() + partner + b"</body></html>",
        "/a/3.htm": article(TITLE + "三").encode() + footer + b"</body></html>",
        "/a/4.htm": article(TITLE + "四", charset="").encode("gbk") + b"</body></html>",
    }
    routes = {path: send(200, body, ctype="text/html" if path == "/a/4.htm" else "text/html; charset=utf-8")
              for path, body in pages.items()}
    routes["/list.htm"] = send(200, listing_html([(p, f"第{p[3]}篇：{TITLE}") for p in pages]))
    with ScriptedServer(routes) as server:
        cfg = write_config(tmp / "newsvault.toml", [{"name": "school", "start_urls": [server.url("/list.htm")],
                                                     "article_pattern": r"/a/\d+\.htm$"}])
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp, env=FAULT_ENV, timeout=180)
    assert proc.returncode == 0, proc.stderr
    rows = query(tmp / "archive.db", "SELECT url, title, text, hijacked, findings FROM articles")
    return {r["url"].split(str(server.port))[-1]: r for r in rows}


def findings(row) -> list[dict]:
    return json.loads(row["findings"])


def test_an_article_nested_300_elements_deep_is_archived_with_its_text(archived):
    row = archived["/a/1.htm"]
    assert row["title"] == TITLE + "一"
    assert row["text"].splitlines() == expected_text(TITLE + "一")


def test_a_hidden_block_that_is_no_spam_goes_with_a_finding_and_no_hijack_flag(archived):
    row = archived["/a/2.htm"]
    assert row["text"].splitlines() == expected_text(TITLE + "二")  # the visible article whole,
    assert HIDDEN not in row["text"]                                  # the hidden block out of it
    notes = [f for f in findings(row) if f["kind"] == "hidden_block"]
    assert any(HIDDEN in f["evidence"] for f in notes), findings(row)
    assert any("frames.example.net" in f["evidence"] for f in notes), findings(row)
    assert not row["hijacked"]


def test_a_utf8_page_with_a_gbk_footer_stays_utf8_with_a_decoding_finding(archived):
    row = archived["/a/3.htm"]
    assert row["title"] == TITLE + "三"
    assert row["text"].splitlines()[:4] == expected_text(TITLE + "三")
    kinds = [f["kind"] for f in findings(row)]
    assert "decoding_uncertain" in kinds and not row["hijacked"]


def test_a_gbk_page_declaring_no_charset_is_stored_readable(archived):
    row = archived["/a/4.htm"]
    assert row["title"] == TITLE + "四"
    assert row["text"].splitlines() == expected_text(TITLE + "四")
