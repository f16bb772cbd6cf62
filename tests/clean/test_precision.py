"""Real clean pages served from a host other than their own (a local mirror) stay unflagged and
teach no "brand"; ordinary off-site links and short names are no spam (issue 11 §6, §9)."""
from __future__ import annotations

import pytest

from scraper.clean.engine import run_cleaner
from tests.clean.conftest import FIXTURES

REAL = sorted((FIXTURES / "real").glob("*.html"))


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/mirror/page.html", None])
def test_real_clean_page_from_a_foreign_host_is_not_flagged(path, url):
    article, ev = run_cleaner(path.read_bytes(), url, None, None, None)
    assert not article.hijacked, article.findings
    assert ev.strings == {}, "nothing may be learned as a brand on a clean page"
    assert article.text


def test_off_site_navigation_links_are_kept_and_learn_nothing():
    raw = ('<html><head><meta charset="utf-8"><title>张伟</title></head><body>'
           '<div class="nav"><a href="https://www.douban.com/about">关于豆瓣</a> <a href="https://apps.apple.com/cn/app/x">APP下载</a> '
           '<a href="https://www.zj.gov.cn/">浙江省人民政府</a> <a href="https://www.xuexi.cn/">学习强国</a> '
           '<a href="https://s.example-search.com/?q=张伟">张伟</a></div>'
           '<h1>张伟</h1><div class="content"><p>张伟，男，1965年生，浙江杭州人，现任学院院长，长期从事材料科学研究工作。</p>'
           '<p>他主持完成国家自然科学基金项目多项，发表学术论文百余篇。关于豆瓣的讨论不在此列。</p></div>'
           '<div class="links">友情链接：<a href="https://www.zju.edu.cn/">浙江大学</a> <a href="https://www.163.com/">网易</a></div>'
           '</body></html>').encode()
    article, ev = run_cleaner(raw, "http://127.0.0.1:8000/people/1.html", None, None, None)
    assert not article.hijacked, article.findings
    assert article.title == "张伟"
    assert ev.strings == {}
    assert "关于豆瓣的讨论不在此列" in article.text
