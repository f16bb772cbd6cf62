"""Spam read by its form, whatever its words weigh (v41 §1 R2, §3; session 33): a long line of search
phrases joined by one separator above a copied article is a keyword line though a few of its porn titles
carry a particle (成人看的…) or a letter typed as a compatibility character (aⅴ); a sidebar of headlines
joined the same way stays, its phrases being clauses. And a brand proven by its address line (X最新网址
abc.cc) goes with its app line too (X官方app above the lead). Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

ENGLISH = ("<p>The city council voted on Tuesday to reopen the river crossing after two years of repairs, "
           "the mayor's office said in a statement.</p>"
           "<p>Engineers replaced the deck and strengthened the piers, and the crossing will carry buses from "
           "next month, according to the transport department.</p>")

PHRASES = ["免费日韩片", "欧美成人精品一区二区男人小说", "国产乱码一区二区三区四区", "国产精品国产三级国产aⅴ入口",
           "成人看的污污超级黄网站免费", "欧美一级在线免费观看", "成人午夜免费无码福利片", "亚洲精品国产区一区",
           "中文字字幕在线中文无码", "精品亚洲区", "午夜九九九", "色综合亚洲", "欧美色就色", "精品少妇的一区二区三区四区"]


def _english_page(top: str) -> bytes:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>River crossing to reopen</title>'
            f'</head><body><div class="toptext">{top}</div><div class="hd">City Herald</div>'
            '<div class="wrap"><h1>River crossing to reopen</h1><div class="meta">Updated: 2015-12-18 07:56</div>'
            f'<div class="art">{ENGLISH}</div></div><div class="ft">City Herald</div></body></html>').encode()


@pytest.mark.parametrize("separator", ["_", ",", "|"])
def test_a_long_porn_title_line_over_an_english_copy_is_spam_whatever_joins_it(separator):
    a = clean_page(_english_page(separator.join(PHRASES)), url="http://www.jojad28.cn/china/content_1.htm")
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}, a.findings
    assert "国产" not in (a.text or "") and "river crossing" in a.text


def test_a_ticker_of_headlines_joined_alike_stays_clean():
    # (headlines are clauses: a particle, a pronoun or the copula in most of them)
    headlines = ["市政府召开了常务会议", "他在会上部署了防汛工作", "新桥正式通车了", "我市的空气质量持续改善",
                 "读者反映的问题得到解决", "本周末的天气以晴为主", "学校的招生计划公布", "医院开通了夜间门诊",
                 "公交线路调整的通知", "图书馆延长了开放时间", "老旧小区改造的进展", "市民点赞社区的服务"]
    raw = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>新桥正式通车_城市日报</title></head><body>'
           f'<div class="ticker">{"_".join(headlines)}</div><div class="hd">城市日报</div>'
           '<div class="wrap"><h1>新桥正式通车</h1><div class="meta">2024-06-06 来源：城市日报 记者 王敏</div>'
           '<div class="art"><p>6月6日上午，横跨青河的新桥正式通车，市民可以从城东直达城西，出行时间缩短约二十分钟。</p>'
           '<p>据介绍，新桥全长一千二百米，双向六车道，设有人行道和非机动车道，两端与主干道相连。</p></div></div>'
           '<div class="ft">城市日报 版权所有</div></body></html>').encode()
    a = clean_page(raw, url="http://www.cityherald.cn/news/content_1.htm")
    assert not a.hijacked, a.findings
    assert "新桥全长" in a.text


HOSPITAL = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<div class="loc"><a href="/">首页</a> / <a href="/xwdt/">新闻动态</a></div>'
            '<div class="arttitle">{title}</div><p class="props">时间：2024-06-06 | 来源：{owner}</p>'
            '<div class="artbody"><p>{brand}官方app</p><p>6月6日，{owner}举办2024年度业务能力提升培训班，520余名干部职工参加培训。</p>'
            '<p>培训邀请相关领域专家授课，内容涵盖政策法规解读、业务流程规范等方面，学员们认真听讲、积极交流。</p>'
            '<p>{brand}最新网址{address}</p><p>田明在开班仪式上要求，参训人员要珍惜学习机会，做到学以致用。</p></div>'
            '<div class="footer"><p>{owner} 版权所有</p></div></body></html>')


def test_a_brand_proven_by_its_address_line_goes_with_its_app_line():
    owner = "青州市人民医院"
    raw = HOSPITAL.format(title=f"{owner}举办2024年度业务能力提升培训班", owner=owner, brand="雁岭棋牌",
                          address="ylqp888.cc").encode()
    a = clean_page(raw, url="http://www.qzsrmyy.cn/xwdt/20240606_1.html")
    assert a.hijacked, a.findings
    assert "雁岭棋牌" not in a.text and "app" not in a.text
    assert a.text.startswith("6月6日") and "学以致用" in a.text
