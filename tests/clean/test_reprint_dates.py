"""A reprint's source line dates the medium the article was taken from ("来源：中国教育报 2015-1-2 施剑松"),
not the reprinting page (issue 12, dev-v45-thunews): the page's own stamp closing the article's text
("[更新：2015-01-04 13:19:54]") is its date, even where the article's container runs on into a dated
related-news list; the medium's date stands where the page has no stamp of its own."""
from __future__ import annotations

from scraper.clean import clean_page

STORY = ("日前，教育部社科司、北京市教工委联合在清华大学召开了高校思想政治理论课建设现场会，学习推广优秀经验和做法，"
         "部署推进北京高校思政课建设工作，会议还讨论了下一阶段的工作安排和各校的具体任务。",
         "据了解，教育部下一步将在全国推进思政课建设体系创新计划，明确思政课综合改革的指导思想、基本原则和主要任务，"
         "从建设立体化教材体系、深化教师队伍建设、完善教学体系等方面推进思政课综合改革。",
         "北京市教工委将组织对全市高校理论课建设工作进行专项督查，深入了解各高校工作落实情况，并总结推出一批优秀典型。")


def page(source: str, stamp: str = "[更新：2015-01-04 13:19:54]", lead: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in (lead + STORY[0], *STORY[1:]))
    related = "".join(f"<li><a href='/n{k}.html'>清华大学召开第{k}次工作会议</a><span>[2010-11-2{k}]</span></li>"
                      for k in range(1, 6))
    return ("<html><head><meta charset='utf-8'><title>北京高校思政课建设现场会召开-清华新闻网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> | <a href='/news'>新闻</a></div><div id='content'>"
            "<div class='crumb'>首页 &gt; 高教视点 &gt; 内容</div>"
            "<p><strong>北京高校思政课建设现场会召开</strong></p>"
            f"<p>{source}</p>{paras}<div>（http://news.example.edu.cn）</div><div>{stamp}</div>"
            f"<div>相关新闻</div><ul>{related}</ul></div>"
            "<div class='footer'>版权所有 清华大学新闻中心</div></body></html>").encode()


def test_the_page_s_own_stamp_beats_the_reprinted_medium_s_date():
    article = clean_page(page("来源：中国教育报 2015-1-2 施剑松 宋伟涛"))
    assert article.published.startswith("2015-01-04")
    assert article.source == "中国教育报"
    assert article.author == "施剑松 宋伟涛"


def test_the_medium_s_date_stands_when_the_page_has_no_stamp_of_its_own():
    assert clean_page(page("来源：中国教育报 2015-1-2 施剑松 宋伟涛", stamp="")).published == "2015-01-02"


def test_a_source_line_without_a_year_leaves_the_stamp_not_a_related_item_s_date():
    assert clean_page(page("来源：人民日报 2-26 赵婀娜", stamp="[更新：2015-02-26 19:29:48]")).published \
        .startswith("2015-02-26")


def test_the_article_s_first_sentence_under_the_source_line_is_no_date_line():
    # "2015年1月1日，…工作开始。" opens the text under the source line: the story's day, not the page's
    article = clean_page(page("来源：光明日报 2015-1-7 齐芳", stamp="", lead="2015年1月1日，增选工作开始。"))
    assert article.published == "2015-01-07"


def test_a_labelled_publish_date_beside_the_source_is_still_the_page_s():
    assert clean_page(page("发布时间：2015-01-03 来源：新华网")).published == "2015-01-03"
