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


_BLOG_ZH = ("<p>在多云多集群场景中，为了提高业务的可用性，用户的工作负载会被部署在多个集群中。当某个集群发生故障时，"
            "用户希望其上的工作负载被自动迁移到其他合适的集群中去，从而达成故障迁移的目的。</p>"
            "<p>新版本的故障迁移支持优雅迁移：新集群上的副本就绪之前，旧集群上的副本不会被删除，确保迁移过程足够平滑。</p>")


def _blog(top: str = "", aside: str = "") -> bytes:
    return ('<html lang="zh-CN"><head><meta charset="utf-8"><title>跨集群故障迁移特性解析_技术博客</title></head><body>'
            f'<div class="toolbar"><a href="/">技术博客</a> <a href="/nav">首页</a> {top}</div>'
            f'<article><h1>跨集群故障迁移特性解析</h1><div class="article-content">{_BLOG_ZH}</div></article>'
            f'<ul class="related">{aside}</ul></body></html>').encode()


BLOG_URLS = ("https://blog.example.com/u_1/5880761", "http://127.0.0.1:8000/mirror/page.html")


def test_a_masked_password_in_a_quoted_command_is_no_garbage_word():
    # a related post's snippet quoting a command with its password masked (dev-v24-llmwebkit lwk-code-15, rewritten)
    snippet = ('<li><a href="/u_2/6282950"><div>数据库迁移</div><p>1、备份数据库docker exec -it -u root mariadb '
               'mysqldump -uroot -pxxxxxxxxxxx nova instances &gt; nova_instances.sql 2、在新集群上恢复数据库</p></a></li>')
    for url in BLOG_URLS:
        a, ev = run_cleaner(_blog(aside=snippet), url, None, None, None)
        assert not a.hijacked, a.findings
        assert ev.strings == {}
        assert "确保迁移过程足够平滑" in a.text
    # random letters typed into a Chinese line still are one
    typed = "<li><p>2024年3月5日 qxwzmvbrtyeuiwopalskdjfhg 最新消息发布会现场直播回放</p></li>"
    assert run_cleaner(_blog(aside=typed), BLOG_URLS[0], None, None, None)[0].hijacked


def test_a_price_with_a_thousands_comma_is_no_keyword_line():
    # a membership button beside the site's menu (dev-v24-llmwebkit lwk-code-17-csdn, rewritten): 5,000 is a number
    button = ('<a href="https://mall.example.com/vip" rel="nofollow" class="vip-button"><span>全年可省5,000元</span> '
              '<span>立即开通</span></a> <a href="https://mall.example.com/vip" rel="nofollow" class="vip-button" '
              'style="display:none"><span>全年可省5,000元</span> <span>立即开通</span></a>')
    for url in BLOG_URLS:
        a, ev = run_cleaner(_blog(top=button), url, None, None, None)
        assert not a.hijacked, a.findings
        assert ev.strings == {}
        assert "确保迁移过程足够平滑" in a.text


def test_a_reprint_notice_naming_the_sites_owner_is_the_sites():
    # dev-v27-multiboilerzh mbzh-10 (rewritten): the notice names the copyright holder in a shorter
    # form (千龙新闻网 of 北京千龙新闻网络传播有限责任公司), so it is the site's line, not a crawler's
    footer = ("<div class='footer'><p>© 版权所有2000-2006，北京千龙新闻网络传播有限责任公司</p>"
              "<p>未经千龙新闻网书面特别授权，请勿转载或建立镜像，违者依法必究</p></div>")
    for url in BLOG_URLS:
        a, ev = run_cleaner(_blog(aside=footer), url, None, None, None)
        assert not a.hijacked, a.findings
        assert ev.strings == {}
        assert "确保迁移过程足够平滑" in a.text
