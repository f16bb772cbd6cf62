"""What a page's bytes and address say when no string is injected in its text (v20 B, C, I; v21 H): a
name pasted as GBK bytes shown as Latin-1, a whole site mounted under a pinyin sentence, a batch
mark labelled 来源 in a footer, an article converted to traditional script by halves or whole with a
mainland body's 来源 on a host not its own, characters a re-encoding lost as question marks. Each is
flagged and the article kept; a German page's filler, a section's pinyin name, a news site
reposting a body's news and a traditional article under its own site's menus are not. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page

ARTICLE = ("<p>6月8日下午,“青年学者论坛”第十二期学术报告会在学院报告厅举行,三位青年教师围绕各自研究方向作了专题报告。</p>"
           "<p>报告内容涉及新型储能材料、城市雨洪模拟和乡村治理数据分析等领域。报告结束后,与会师生围绕研究方法和数据来源进行了交流讨论。</p>"
           "<p>据悉,“青年学者论坛”自开办以来已累计邀请校内外青年学者40余人次,成为学院促进学科交叉和青年教师成长的重要平台。</p>")
URL = "http://www.xhzx.edu.cn/xwzx/202406/t20240608_407162.html"


def page(body: str = ARTICLE, title: str = "举办青年学者论坛第十二期学术报告会", site: str = "兴华中学",
         nav: str = '<a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/tzgg/">通知公告</a>',
         byline: str = "作者:吴倩 发布时间:2024-06-08", footer: str = "", charset: str = "utf-8") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title} - {site}</title></head><body>
<div class="header"><div class="logo">{site}</div><div class="nav">{nav}</div></div>
<div class="article"><h1>{title}</h1><div class="info">{byline}</div><div class="content">{body}</div></div>
<div class="footer">{footer}版权所有 {site}</div></body></html>""".encode(charset)


def kinds(article) -> set[str]:
    return {(f.kind, f.where) for f in article.findings}


def test_a_name_pasted_as_gbk_bytes_is_a_spliced_brand_and_leaves_the_title():
    brand = "夜色秘语".encode("gbk").decode("latin-1")  # shown as Ò¹É«ÃØÓï
    a = clean_page(page(body=ARTICLE.replace("6月8日下午,", f"6月8日下午,{brand}"), title=f"{brand}举办青年学者论坛",
                        site=brand), url=URL)
    assert a.hijacked and ("spliced_brand", "mojibake") in kinds(a), a.findings
    assert brand not in (a.title or "") and "举办青年学者论坛" in (a.title or "")
    assert "三位青年教师围绕各自研究方向" in a.text


def test_accented_filler_and_a_german_page_are_no_pasted_name():
    text = "<p>Die Löwen im Überblick: " + "ö" * 8 + " Größe, Gewicht und Lebensraum der Tiere.</p>" * 3
    a = clean_page(page(body=ARTICLE + text), url=URL)
    assert not a.hijacked, a.findings


MOUNT = "http://www.syzx.edu.cn/jinzunhuiyulecheng/xwzx/202506/t20250612_253780.html"


def test_a_site_mounted_under_a_pinyin_sentence_is_a_mirror_copy():
    nav = ('<a href="/jinzunhuiyulecheng/">首页</a> | <a href="/jinzunhuiyulecheng/xwzx/">新闻中心</a> | '
           '<a href="/jinzunhuiyulecheng/tzgg/">通知公告</a>')
    a = clean_page(page(nav=nav), url=MOUNT)
    assert a.hijacked and ("mirror_copy", "served path") in kinds(a), a.findings
    assert "三位青年教师围绕各自研究方向" in a.text


def test_a_pinyin_section_whose_menu_leaves_it_is_the_sites_own():
    url = "http://www.syzx.edu.cn/redianxinwenzhongxin/202506/t20250612_253780.html"
    nav = ('<a href="/">首页</a> | <a href="/redianxinwenzhongxin/">热点新闻</a> | <a href="/tzgg/">通知公告</a>')
    assert not clean_page(page(nav=nav), url=url).hijacked


def test_a_batch_mark_labelled_source_in_a_footer_line_is_a_spliced_brand():
    a = clean_page(page(footer="<p>In 学院新闻 · 来源:sp20240215</p>"), url="http://mingmutech.com/?waqZP=B.html")
    assert a.hijacked and ("spliced_brand", "source") in kinds(a), a.findings
    assert "三位青年教师围绕各自研究方向" in a.text


HALVES = ("<p>7月3日,城建学院图書館第十届讀書月活動在图書館一楼大厅启動,活動以“阅讀点亮青春”為主題,將持续一个月。</p>"
          "<p>讀書月期間,图書館將举辦经典诵讀比赛、旧書交换市集、数据库检索培训和“我最喜爱的一本書”征文等8项活動。</p>"
          "<p>图書館负責人表示,希望通过系列活動引导学生多讀書、讀好書,营造浓厚的校園阅讀氛围。</p>")


def test_an_article_converted_by_halves_is_a_mirror_copy():
    a = clean_page(page(body=HALVES, title="城建学院图書館启動第十届讀書月活動"), url="http://m.mingmutech.com/article/678302.html")
    assert a.hijacked and ("mirror_copy", "article") in kinds(a), a.findings
    assert "经典诵讀比赛" in a.text


def test_a_lyric_and_its_simplified_twin_on_separate_lines_are_no_copy():
    body = ("<p>月亮代表我的心,你問我愛你有多深,我愛你有幾分,我的情也真,我的愛也真。</p>"
            "<p>月亮代表我的心,你问我爱你有多深,我爱你有几分,我的情也真,我的爱也真。</p>") * 2 + ARTICLE
    assert not clean_page(page(body=body), url=URL).hijacked


TRADITIONAL = ("<p>2月22日,由中國礦業大學黨委宣傳部主辦,信息與控製工程學院等8個學院的大學生傳媒中心積極承辦的新媒體大賽初賽在博學樓展開。</p>"
               "<p>上午8:30,活動準時開始。首先,參賽隊員領取了比賽用具,並由現場工作人員為大家講解活動規則。據了解,本次活動將所有參賽小組分為三個大組。</p>"
               "<p>新媒體大賽的舉辦,充實了同學們的課餘生活,促進了同學們對礦大校園的了解,同時也放鬆了他們的身心,鍛煉了他們團結合作的能力。</p>")


def traditional_copy(source: str = "中國礦業大學") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>中礦大新媒體大賽初賽</title></head><body>
<div class="header">校園新聞</div><div class="crumb">首頁 &gt; 校園新聞</div>
<div class="article"><h1>中礦大新媒體大賽初賽</h1><div class="info">作者:劉棟霆 2017-03-04 22:21 來源:{source}</div>
<div class="content">{TRADITIONAL}</div></div><div class="side">热点排行</div><div class="footer">版权所有</div></body></html>""".encode()


def test_a_mainland_bodys_article_converted_to_traditional_on_a_foreign_host_is_a_mirror_copy():
    a = clean_page(traditional_copy(), url="https://dukashe.com/html/2017/03/04/409262.shtml")
    assert a.hijacked and ("mirror_copy", "served host") in kinds(a), a.findings
    assert "新媒體大賽的舉辦" in a.text


def test_the_same_article_on_the_bodys_own_host_or_crediting_a_news_agency_is_no_copy():
    assert not clean_page(traditional_copy(), url="https://www.cumt.edu.cn/info/1039/409262.htm").hijacked
    assert not clean_page(traditional_copy("中國新聞網"), url="https://dukashe.com/html/2017/03/04/409262.shtml").hijacked


def test_a_simplified_news_site_reposting_a_bodys_news_is_no_copy():
    a = clean_page(page(byline="来源:中国矿业大学 发布时间:2024-06-08", site="新闻网"),
                   url="http://www.example-news.com/edu/2024/0608/1234.html")
    assert not a.hijacked, a.findings


def test_question_marks_between_the_bylines_fields_are_a_mirror_copy():
    byline = "来源:大栗港镇???作者:何崎 访问量: ???发布日期:2017-12-30???字体大小:"
    a = clean_page(page(byline=byline), url="http://jktzhamen.com/html/c1420171229i174302.html")
    assert a.hijacked and ("mirror_copy", "byline") in kinds(a), a.findings
    assert "三位青年教师围绕各自研究方向" in a.text
    assert not clean_page(page(byline="作者:吴倩 发布时间:2024-06-08 浏览量:???"), url=URL).hijacked
