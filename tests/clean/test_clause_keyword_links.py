"""Keyword links standing as clauses of their own inside a copied story's sentences (v47 rc47-034,
v18 rc18-005): a seller's search words (漸進式排名, 網站租用…) set between commas, each a link, again and
again to one site, whatever the href (the blog's own tag pages, another host, a wrapped <strong>).
Cut them and their comma and the sentence stands whole. A news link is a word of its sentence
(said <a>the ministry</a>, 据<a>新华社</a>报道) and a tag row has no prose before its commas: both stay.
Written afresh in three spellings; hosts and words are made up."""
from __future__ import annotations

from scraper.clean import clean_page


def _page(lang: str, title: str, paragraphs: list[str], nav: str = '<a href="/">Home</a>') -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><nav>{nav}</nav></header><main><article><h1>{title}</h1><div class="entry-content">{body}'
            '</div></article></main><footer>Powered by WordPress</footer></body></html>').encode()


def _tag(word: str) -> str:
    return f'<a href="/tag/{word}" class="tg">{word}</a>'


HANT = [f"台南市立圖書館今年暑假推出兒童閱讀營,{_tag('搬家公司推薦')},報名人數比去年多出三成,館方加開兩個梯次,"
        f"{_tag('冷氣安裝')},每梯次都有說故事老師帶領。",
        f"館長表示,{_tag('清潔服務評價')},閱讀營以繪本共讀和手作課程為主,孩子們在兩週裡讀完十多本書,"
        f"{_tag('搬家公司推薦')},家長反應相當熱烈,明年還會再辦。"]


def test_tag_links_between_the_commas_of_a_copied_story_go_zh_hant():
    a = clean_page(_page("zh-TW", "兒童閱讀營", HANT, '<a href="/">首頁</a>'), url="https://blog.yuhang.example/?p=812")
    assert a.hijacked and "spam_link" in {f.kind for f in a.findings}
    assert "冷氣安裝" not in a.text and "搬家公司推薦" not in a.text and "清潔服務評價" not in a.text
    assert "館方加開兩個梯次,每梯次都有說故事老師帶領" in a.text  # one comma left, the sentence whole
    assert "孩子們在兩週裡讀完十多本書,家長反應相當熱烈" in a.text


def _strong(word: str) -> str:
    return f'<strong><a href="https://www.kuaipai-seo.example/">{word}</a></strong>'


HANS = [f"记者从市交通运输局获悉，{_strong('快速排名')}，今年全市新增公交线路十二条，{_strong('小程序开发')}，"
        "覆盖城郊结合部的二十多个小区，居民出行更加方便。",
        f"据介绍，新线路采用新能源车辆运营，{_strong('网站建设报价')}，高峰时段发车间隔缩短至八分钟，"
        "下一步还将优化站点设置。"]


def test_keyword_links_to_another_site_wrapped_in_bold_go_zh():
    a = clean_page(_page("zh-CN", "我市新增公交线路", HANS, '<a href="/">首页</a>'), url="https://www.dongcheng-news.example/a/1.html")
    assert a.hijacked
    assert "快速排名" not in a.text and "网站建设报价" not in a.text
    assert "今年全市新增公交线路十二条，覆盖城郊结合部" in a.text


def _seo(words: str) -> str:
    return f'<a href="https://rankfast.example/services">{words}</a>'


EN = [f"The county council approved a new budget for road repairs on Tuesday, {_seo('cheap web hosting')}, "
      "after months of complaints from residents about potholes on rural lanes.",
      f"Officials said the work would begin in spring, {_seo('local seo services')}, and that the busiest routes "
      f"near the schools would be repaired first, {_seo('buy backlinks')}, before the summer holidays."]


def test_keyword_phrases_set_off_by_commas_go_en():
    a = clean_page(_page("en", "Council approves road repairs", EN), url="https://www.valleygazette.example/news/roads")
    assert a.hijacked
    assert "hosting" not in a.text and "backlinks" not in a.text
    assert "Officials said the work would begin in spring, and that the busiest routes" in a.text


def test_news_links_that_are_words_of_their_sentences_stay_en():
    paragraphs = [
        'Inflation fell to 3.1% in March, the <a href="https://www.ons.example/cpi">Office for National Statistics</a> '
        'said, according to <a href="https://www.ons.example/report">a report</a> published on Wednesday morning.',
        'The finance minister, <a href="https://www.gov.example/minister">Jane Holloway</a>, welcomed the figures, '
        'while <a href="https://www.wire.example/story">Reuters</a> reported that markets rose on the news.',
        'Tags: <a href="/tag/economy">economy</a>, <a href="/tag/inflation">inflation</a>, <a href="/tag/markets">markets</a>']
    a = clean_page(_page("en", "Inflation falls", paragraphs), url="https://www.dailyledger.example/economy/inflation")
    assert not a.hijacked
    assert "Jane Holloway" in a.text and "Office for National Statistics" in a.text


def test_a_source_linked_inside_a_sentence_stays_zh():
    paragraphs = [
        '据<a href="https://www.xinhua.example/1">新华社</a>报道，国家统计局今天发布数据，一季度国内生产总值同比增长，'
        '其中<a href="https://www.stats.example/2">服务业</a>增加值增长较快，消费对经济增长的贡献率继续提高。',
        '标签：<a href="/tag/1">经济</a>，<a href="/tag/2">统计</a>，<a href="/tag/3">消费</a>']
    a = clean_page(_page("zh-CN", "一季度经济数据发布", paragraphs, '<a href="/">首页</a>'), url="https://www.caijing-daily.example/a/2.html")
    assert not a.hijacked
    assert "新华社" in a.text
