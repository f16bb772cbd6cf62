"""Main content: paragraphs without furniture; tables, captions and attachments kept."""
from __future__ import annotations

from scraper.clean import clean_page


def test_body_without_navigation_and_furniture(clean):
    a = clean("synthetic-002-d02-jcms.html")
    lines = a.text.splitlines()
    assert lines[0].startswith("7月3日，市长主持召开市人民政府第三十七次常务会议")
    assert len(lines) == 4  # one paragraph per line
    for furniture in ("当前位置", "浏览次数", "打印本页", "关闭窗口", "相关链接", "免责声明", "主办单位", "首页"):
        assert furniture not in a.text


def test_tables_captions_and_attachment_lines_kept(clean):
    a = clean("metadata-forms.html")
    assert "项目名称 负责人 经费（万元）" in a.text.splitlines()
    assert "乡村振兴路径研究 陈立 5" in a.text.splitlines()
    assert "图为项目评审会现场" in a.text
    assert "附件：2024年度科研项目立项名单.pdf" in a.text
    for furniture in ("责任编辑", "打印本页", "最新通知", "关于暑假安排的通知"):
        assert furniture not in a.text


def test_attachments_resolved_against_the_page_url(clean):
    a = clean("metadata-forms.html", url="https://kjc.example.edu.cn/info/1001/2.htm")
    got = {(x.url, x.text) for x in a.attachments}
    assert ("https://kjc.example.edu.cn/files/2024/lixiang.pdf", "2024年度科研项目立项名单.pdf") in got
    assert ("https://kjc.example.edu.cn/info/1001/download.jsp?id=7", "经费管理办法.docx") in got


def test_attachment_box_after_the_body(clean):
    a = clean("synthetic-002-d02-jcms.html", url="https://www.baiyun.gov.cn/art/2024/7/4/art_1_2.html")
    assert [x.text for x in a.attachments] == ["检查情况汇总表.pdf"]
    assert a.attachments[0].url == "https://www.baiyun.gov.cn/module/download/downfile.jsp?filename=2024.pdf"


def test_attachment_links_are_http_only():
    body = ("<p>学校发布了新学期校历安排，请各单位认真阅读并做好相关准备工作，按时完成教学任务。</p>"
            "<p>附件：<a href='java&#9;script:alert(3)//manual.pdf'>使用手册.pdf</a> "
            "<a href='javascript:void(0)//a.doc'>说明.doc</a> <a href='ftp://files.example.cn/a.zip'>资料.zip</a> "
            "<a href='/files/xl.pdf'>校历.pdf</a></p>")
    page = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"
    a = clean_page(page.encode(), url="https://www.example.edu.cn/info/1/2.htm")
    assert [(x.url, x.text) for x in a.attachments] == [("https://www.example.edu.cn/files/xl.pdf", "校历.pdf")]


def test_unknown_template_found_by_density():
    nav = "".join(f'<li><a href="/c{i}.html">栏目{i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/a{i}.html">其他新闻标题第{i}条内容很长很长</a></li>' for i in range(10))
    paragraphs = "".join(f"<span class='x'>第{i}段：这是正文内容，讲述了一件事情的经过，并给出了结论。</span><br>" for i in range(6))
    raw = (f"<html><body><div id='a1'><ul>{nav}</ul></div><div id='zz'><div id='q9'>{paragraphs}"
           f"<ul>{related}</ul></div></div><div>联系我们 | 网站地图</div></body></html>").encode()
    a = clean_page(raw)
    assert a.text.splitlines() == [f"第{i}段：这是正文内容，讲述了一件事情的经过，并给出了结论。" for i in range(6)]


def test_comment_thread_after_the_article_is_not_text():
    article = "".join(f"<p>正文第{i}段，记者在现场看到，工作人员正在忙碌，秩序井然。</p>" for i in range(4))
    comments = "".join(f"<p>网友{i}：说得好，支持！这个政策很好，我们都很满意。</p>" for i in range(8))
    raw = (f"<html><body><div class='main'><div class='article'>{article}</div>"
           f"<div class='comment-list'><h3>网友评论</h3>{comments}</div></div></body></html>").encode()
    a = clean_page(raw)
    assert "正文第3段" in a.text and "网友" not in a.text


_SENTENCES = [
    "市委书记在调研时强调，要把乡村振兴作为新时代三农工作的总抓手，坚持农业农村优先发展。",
    "调研组一行先后来到农业产业园、村级综合服务中心和农户家中，详细了解产业发展和群众生产生活情况。",
    "他指出，各级各部门要坚持问题导向，聚焦群众急难愁盼，拿出务实管用的举措，切实把惠民政策落到实处。",
    "他要求，要持续加强农村基础设施建设，完善公共服务体系，因地制宜发展特色产业，带动农民增收致富。",
    "调研中，他还察看了高标准农田建设和农村人居环境整治情况，对推进土地流转、发展集体经济的做法给予肯定。",
    "他强调，要压紧压实各级责任，健全工作推进机制，加强督促检查，确保各项任务按时保质完成。",
]


def test_second_opinion_rescues_an_article_split_by_photo_rows():
    """The density scorer sees each paragraph alone (photo-link rows between them cost more than
    a paragraph earns) and picks the sidebar's notices; paragraph voting finds the article."""
    paragraphs = [a + b for a, b in zip(_SENTENCES, _SENTENCES[1:] + _SENTENCES[:1])]
    photos = "".join(f'<a href="/photo/{i}.htm"><img src="/p{i}.jpg"></a><a href="/photo/{i}.htm">点击查看第{i}张大图 '
                     f'高清组图 更多图片</a>' for i in range(6))
    rows = "".join(f"<tr><td><p>{p}</p></td></tr><tr><td>{photos}</td></tr>" for p in paragraphs)
    notices = "".join(f"<li>通知{i}：关于做好{i}月份安全生产检查工作的通知，各单位要认真落实，按时上报检查结果。</li>"
                      for i in range(3))
    raw = ("<html><head><title>市委书记调研乡村振兴工作</title></head><body><div class='top'><a href='/'>首页</a></div>"
           "<h1>市委书记调研乡村振兴工作</h1><table><tr><td><table>" + rows + "</table></td>"
           "<td><div class='box'><h3>通知公告</h3><ul>" + notices + "</ul></div></td></tr></table></body></html>").encode()
    a = clean_page(raw)
    assert a.text.splitlines() == paragraphs
    assert "安全生产检查" not in a.text


def test_second_opinion_does_not_take_the_comments_under_an_article():
    article = "".join(f"<p>Paragraph {i} of the story, with enough words in it to read as prose, a comma, and a "
                      f"quote from the mayor, who said the vote was close.</p>" for i in range(4))
    comments = "".join(f"<div class='c'><p>Reader {i} wrote a long reply here, disagreeing at length with the "
                       f"author, quoting sources, adding links and going on for quite a while, as readers do.</p></div>"
                       for i in range(12))
    raw = ("<html><body><h1>Council approves the new budget</h1><div class='post'><div class='entry'>" + article +
           "</div><h3>12 Responses to “Council approves the new budget”</h3>" + comments + "</div></body></html>").encode()
    a = clean_page(raw)
    assert "Paragraph 3 of the story" in a.text
    assert "Reader" not in a.text and "Responses" not in a.text


def test_a_short_post_whose_sentences_are_broken_by_line_breaks():
    """A photo blog's post: two sentences broken into short lines by <br> for layout. Each line
    alone reads like a label; the sidebar's one punctuated sentence must not win over them."""
    post = ("I love the idea of preserving these paper<br>punched leaves for other craft projects! <br>"
            "Get the details at <a href='http://example.org/leaves'>Grow Creative</a>.")
    sidebar = ("<div class='module'><h2>Felt Food Tutorials</h2><ul><li><a href='/felt'><img src='/f.jpg'></a>"
               "<div class='typelist-description'>Click on the photo in the gallery to find the "
               "tutorial. Enjoy!</div></li></ul></div><div class='module'><h2>Categories</h2><ul>"
               + "".join(f"<li><a href='/c/{i}/'>Crafts for {i} year olds</a></li>" for i in range(3, 15)) + "</ul></div>")
    raw = ("<html><head><title>Paper Punched Leaves for Crafting</title></head><body><div id='alpha'>" + sidebar +
           "</div><div id='beta'><div class='entry'><h3>Paper Punched Leaves for Crafting</h3>"
           "<div class='entry-body'><div style='text-align:center'><a href='/big.jpg'><img src='/leaves.jpg'></a><br>"
           + post + "</div></div><p class='footer'>11/09/2012 in <a href='/fall/'>Fall Crafts</a></p></div></div>"
           "</body></html>").encode()
    a = clean_page(raw)
    assert "punched leaves for other craft projects" in a.text
    assert "Click on the photo" not in a.text


def test_a_short_news_item_ends_where_the_feed_of_other_articles_begins():
    """A portal's news item of two paragraphs, then "其他人也在看" and a longer feed of other items,
    or the platform's notice about the content above it: neither the feed nor the notice is text."""
    item = ["（法新社罗马19日电）德国网球好手今天以6比4、7比5击败智利选手，在意大利公开赛拿下两年来最重要的冠军。",
            "世界排名第5的他，今天是继2017年后再度在意大利网赛封王，为下周末登场的法国公开赛做好暖身。"]
    feed = "".join(f"<li><p>法新社·{i} 天前</p><p>（法新社巴黎{i}日电）第{i}条其他新闻的导语写在这里，内容较长，包括时间、地点、人物和事件，"
                   f"读者可以点击阅读全文，了解更多详细情况和后续报道。</p></li>" for i in range(1, 7))
    for marker in ("<h3>其他人也在看</h3>",
                   "<p>以上内容（包括图片及视频）为创作者平台用户上传并发布，本平台仅提供信息存储服务。</p>"):
        raw = ("<html><head><meta charset='utf-8'><title>德国好手夺得意大利公开赛冠军</title></head><body>"
               "<h1>德国好手夺得意大利公开赛冠军</h1><div class='caas-body'>"
               + "".join(f"<p>{p}</p>" for p in item) + marker + "<ul>" + feed + "</ul></div></body></html>").encode()
        a = clean_page(raw)
        assert a.text.splitlines() == item


def test_an_article_ends_at_also_on_its_site_whatever_follows():
    """"Also on HuffPost:" heads a slideshow of captions longer than the article: not article text."""
    story = [f"Paragraph {i} of the story reports what the congresswoman said, with a quote, a comma, and enough "
             f"words to read as prose in any extractor." for i in range(4)]
    captions = "".join(f"<p>Caption {i}: the senator, right, speaks with voters during a rally in the state capital "
                       f"on Wednesday, Aug. 8, 2012, as the campaign enters its last months. (AP Photo)</p>"
                       for i in range(14))
    raw = ("<html><head><title>Congresswoman refuses to answer</title></head><body><h1>Congresswoman refuses to "
           "answer</h1><div class='entry_body_text'>" + "".join(f"<p>{p}</p>" for p in story) +
           "<h3>Also on HuffPost:</h3><div class='slideshow'>" + captions + "</div></div></body></html>").encode()
    a = clean_page(raw)
    assert a.text.splitlines() == story


def test_a_page_wrapped_whole_in_a_box_named_sidebar_still_has_its_article():
    """CMS layouts name their outer wrapper after the layout ("layoutTwoColumnsRightSidebar"):
    that box holds the headline and the article, so it is no sidebar — the article came out
    empty, with no trace, on such a TYPO3 page."""
    story = "".join(f"<p>Der {n}. Absatz erzählt von der Reise nach Leipzig, von Museen, Märkten und "
                    f"Köchen, die alte Rezepte neu denken und ihre Gäste damit überraschen.</p>"
                    for n in range(1, 7))
    raw = ("<html><head><title>Der historische Purzelbaum: Reisemagazin</title></head><body>"
           "<div class='layoutTwoColumnsRightSidebar site'><div class='grid_8'>"
           "<h2>Der historische Purzelbaum</h2>" + story + "</div>"
           "<div class='grid_4'><ul><li><a href='/a'>Alle Reisen</a></li><li><a href='/b'>Newsletter</a></li>"
           "</ul></div></div></body></html>").encode()
    a = clean_page(raw, url="https://magazin.example.at/reise/purzelbaum")
    assert a.text.startswith("Der 1. Absatz erzählt")
    assert "Der 6. Absatz" in a.text
    assert "Newsletter" not in a.text


def test_comments_holding_most_of_the_page_are_still_not_the_article():
    """The wrapper rule asks for the headline the <title> repeats: a comment thread longer than
    the article (its heading is "12 Kommentare") stays furniture."""
    story = "".join(f"<p>Absatz {n}: Der Gemeinderat hat am Montag den neuen Radweg beschlossen, der "
                    f"ab dem Frühjahr gebaut wird und die beiden Ortsteile verbindet.</p>" for n in range(1, 4))
    comments = "".join(f"<div class='comment'><p>Leser {n} schreibt: Endlich! Ich fahre jeden Tag mit dem "
                       f"Rad zur Arbeit und habe lange auf diesen Weg gewartet, danke an alle Beteiligten, "
                       f"die sich dafür eingesetzt haben, und an die Verwaltung.</p></div>" for n in range(1, 13))
    raw = ("<html><head><title>Neuer Radweg beschlossen | Stadtanzeiger</title></head><body>"
           "<div class='article'><h1>Neuer Radweg beschlossen</h1>" + story + "</div>"
           "<div class='comments-sidebar'><h3>12 Kommentare</h3>" + comments + "</div></body></html>").encode()
    a = clean_page(raw, url="https://www.stadtanzeiger.example.de/radweg")
    assert a.text.startswith("Absatz 1: Der Gemeinderat")
    assert "Leser" not in a.text


def test_article_inside_a_box_named_like_furniture_is_not_lost(clean):
    """franceculture.fr: the article sits in div.share-zone; the only other prose is a newsletter
    pop-in. Both picks skipped the share box and the pop-in became the article."""
    a = clean("real/trafilatura-franceculture-00537672.html", url="https://www.franceculture.fr/emissions/x")
    for line in ("Performativité", "Les individus productifs communiquent", "de nos espoirs et de nos désirs."):
        assert line in a.text
    assert "Découvrez la Lettre de France Culture" not in a.text


_STORY = "".join(f"<p>Absatz {n}: Der Gemeinderat hat am Montag den neuen Radweg beschlossen, der ab dem Frühjahr "
                 f"gebaut wird und die beiden Ortsteile verbindet.</p>" for n in range(1, 5))


def _links(*texts: str) -> str:
    return "<ul>" + "".join(f"<li><a href='/a/{k}'>{t}</a></li>" for k, t in enumerate(texts)) + "</ul>"


def test_titles_of_link_lists_and_share_bars_are_not_article_text():
    raw = ("<html><head><title>Neuer Radweg beschlossen</title></head><body><div class='story'>"
           "<h1>Neuer Radweg beschlossen</h1>" + _STORY[:len(_STORY) // 2]
           + "<h3>Weiterführende Informationen</h3>" + _links("Radverkehrsplan 2030 der Stadt (PDF)", "Karte der Route")
           + _STORY[len(_STORY) // 2:]
           + "<p>Teilen mit:</p><p><a href='/t'>Twitter</a> <a href='/f'>Facebook</a></p>"
           + "<h3>Ähnliche Beiträge</h3>" + _links("Neue Ampel am Markt", "Busspur wird verlängert")
           + "</div></body></html>").encode()
    text = clean_page(raw, url="https://www.stadtanzeiger.example.de/radweg").text
    assert text.splitlines()[-1].startswith("Absatz 4:")
    assert "Absatz 3:" in text  # the article goes on after a list inside it
    for label in ("Weiterführende Informationen", "Teilen mit", "Ähnliche Beiträge"):
        assert label not in text


def test_a_section_heading_above_prose_stays():
    raw = ("<html><head><title>Neuer Radweg beschlossen</title></head><body><div class='story'>"
           "<h1>Neuer Radweg beschlossen</h1>" + _STORY[:len(_STORY) // 2] + "<h3>Wie es weitergeht</h3>"
           + _STORY[len(_STORY) // 2:] + "</div></body></html>").encode()
    assert "Wie es weitergeht" in clean_page(raw).text.splitlines()



def test_script_text_left_outside_its_script_tag_is_not_the_article():
    # an archived page cut inside <head>: the script's opening tag is gone, its code stays as text
    js = "\n".join(f'function add{i}(obj, type, fn) {{ if (obj.addEventListener) {{ obj.addEventListener(type, fn, false); '
                   f'EventCache.add(obj, type, fn); }} else {{ obj["e"+type+fn] = fn; }} }}' for i in range(8))
    story = "".join(f"<p>Paragraph {i}: the police report said the actress had been driving without a license, and a "
                    "court date was set for next month.</p>" for i in range(5))
    page = (f"<html><head><title>Actress arrested</title>\n{js}\n</head><body><div class='nav'><a href='/'>Home</a></div>"
            f"<h1>Actress arrested on drunken driving charge</h1><div class='story'>{story}</div></body></html>")
    a = clean_page(page.encode())
    assert a.text.startswith("Paragraph 0: the police report said")
    assert "addEventListener" not in a.text


def test_code_an_article_shows_stays_in_its_text():
    sample = "\n".join(f"var item{i} = {{ name: 'n{i}', size: {i} }}; if (item{i}.size == {i}) {{ render(item{i}); }}"
                       for i in range(10))
    prose = "".join(f"<p>Step {i}: the tutorial explains how each object is created and rendered, and why the check "
                    "comes first.</p>" for i in range(3))
    page = (f"<html><head><title>A JavaScript tutorial</title></head><body><div class='nav'><a href='/'>Home</a></div>"
            f"<h1>A JavaScript tutorial</h1><div class='post'>{prose}<pre><code>{sample}</code></pre>{prose}</div>"
            "</body></html>")
    a = clean_page(page.encode())
    assert "var item3 = { name: 'n3'" in a.text and "Step 2: the tutorial" in a.text


def test_figures_with_equals_signs_are_prose_not_code():
    figures = ("<p>Die häufigsten Bewegungen waren: Bummeln (n=1.787, 76,1 %), zügiges Gehen (n=1.274, 54,2 %), "
               "Krafttraining (n=707, 30,1 %) und Radfahren (n=522, 22,2 %), Schwimmen (n=401, 17,0 %).</p>")
    prose = "".join(f"<p>Satz {i}: Schwangere Frauen bewegen sich im Alltag mehr, wenn sie einen Hund haben, so die "
                    "Studie.</p>" for i in range(3))
    page = (f"<html><head><title>Studie</title></head><body><h1>Schwangere zu mehr Bewegung motivieren</h1>"
            f"<div class='text'>{prose}{figures}{prose}</div></body></html>")
    assert "Radfahren (n=522, 22,2 %)" in clean_page(page.encode()).text


def test_box_hidden_by_bootstraps_class_is_not_text():
    """A subscribe box that Bootstrap's ``hidden`` class hides (its rule in a stylesheet file) is no
    text; a box a breakpoint shows again (``hidden md:block``) is."""
    story = [f"<p>Paragraph {i} of the story: the council met on Monday and voted on the budget, "
             f"which rises by four per cent next year.</p>" for i in range(4)]
    paywall = ("<div class='article-block hidden'><div class='h2'>THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</div>"
               "<p>Subscribe now to read the latest news in your city and across Canada.</p></div>")
    shown = "<div class='hidden md:block'><p>The mayor said the vote was close, and that talks would go on.</p></div>"
    raw = f"<html><body><article>{''.join(story[:2])}{paywall}{''.join(story[2:])}{shown}</article></body></html>".encode()
    a = clean_page(raw)
    assert "Paragraph 3 of the story" in a.text and "the vote was close" in a.text
    assert "SUBSCRIBERS" not in a.text and "Subscribe now" not in a.text
