"""What a machine-made copy of a page or a click trap leaves in the page (v17): an empty sheet over
the window linking to a site the page never names, a run of empty tags stamped with made-up values,
toneless pinyin glosses, doubled commas. Each is flagged and the article kept; a site's own
backdrop, a form's label and field, an SVG's shapes and an ellipsis are not. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page

ARTICLE = ("<p>12月25日,临溪镇人民政府召开农村人居环境整治推进会,各村党组织书记、驻村工作队队长参加会议。</p>"
           "<p>会议通报了前期各村人居环境整治检查情况,对存在的垃圾乱堆乱放、污水直排等问题逐一点评。</p>"
           "<p>会议强调,人居环境整治是乡村振兴的重要内容,要充分发动群众参与,推动村容村貌持续改善。</p>")
URL = "http://lx.example.gov.cn/xinwen/news-001.html"


def page(before: str = "", body: str = ARTICLE, title: str = "临溪镇召开人居环境整治推进会") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
{before}<div class="header"><a href="/">首页</a> | <a href="/xinwen/">新闻中心</a></div>
<div class="article"><h1>{title}</h1><div class="content">{body}</div></div>
<div class="footer">版权所有 临溪镇人民政府</div></body></html>""".encode()


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_an_empty_sheet_over_the_window_linking_away_is_a_click_trap():
    trap = ('<div id="w0wt4ft" style="position: fixed; inset: 0px; z-index: 2147483647; background: black; '
            'opacity: 0.01; height: 1080px; width: 1920px;"><a href="http://quietorbit.example.com/dc?refer=x" '
            'target="_blank" style="display: block; height: inherit;"></a></div>')
    a = clean_page(page(trap), url=URL)
    assert a.hijacked and "click_trap" in kinds(a), a.findings
    assert "推动村容村貌持续改善" in a.text
    faded = trap.replace("opacity: 0.01;", "opacity: 0.01; transition: opacity .3s;")  # fading in is no excuse
    assert "click_trap" in kinds(clean_page(page(faded), url=URL))


def test_a_sites_backdrop_and_lightbox_are_no_click_traps():
    own = ('<div class="modal-backdrop" style="position:fixed;top:0;right:0;bottom:0;left:0;'
           'background:rgba(0,0,0,.5)"></div>'
           '<div class="lightbox" style="position:fixed;inset:0"><a href="/xinwen/photo-1.html"></a></div>')
    a = clean_page(page(own), url=URL)
    assert not a.hijacked, a.findings


def test_empty_tags_of_many_kinds_under_one_id_are_a_mirror_copy():
    run = "".join(f'<{t} id="k2a96"></{t}>' for t in ("mark", "address", "meter", "legend", "dl", "rp", "samp", "sup"))
    a = clean_page(page(run), url=URL)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "各村党组织书记" in a.text


def test_a_field_and_its_label_or_an_svg_sharing_an_id_are_no_mirror():
    own = ('<form><label id="q"></label><input id="q" name="q"><button id="q"></button></form>'
           '<svg><path id="p1"></path><circle id="p1"></circle><rect id="p1"></rect><line id="p1"></line></svg>'
           '<i id="ico"></i><b id="ico"></b><s id="ico"></s><u id="ico"></u><style>#ico{color:red}</style>')
    a = clean_page(page(own), url=URL)
    assert not a.hijacked, a.findings


def test_toneless_pinyin_glosses_are_a_spun_copy():
    body = ("<p>7月6日,云岫职业(ye)技术学(xue)院(yuan)2024年青年教(jiao)师教学能力提升培训班在图书馆报告厅开班。</p>"
            "<p>副校长在讲话中指出,青年教师是学校事业发(fa)展(zhan)的生力军,要把教学基本功作(zuo)为立身之本。</p>")
    a = clean_page(page(body=body, title="云岫职业技术学院举办青年教师培训班"), url="http://www.example.com/2024/0706/page.htm")
    assert a.hijacked and "spun_copy" in kinds(a), a.findings
    assert "在图书馆报告厅开班" in a.text


def test_doubled_commas_are_a_mirror_copy_and_an_ellipsis_is_not():
    doubled = ("<p>3月31日,,市委副书记,、市长主持召开市政府常务会议,,深入贯彻落实重要讲话,、重要指示精神,,"
               "研究全市经济运行,、生态环保项目建设等工作,。会议还召开了指挥部工作会议。</p>")
    a = clean_page(page(body=doubled, title="市政府召开常务会议"), url=URL)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    ellipsis = ("<p>山顶的风很大。。。我们在林间休息了很久。。。然后继续向前走,,,直到傍晚才下山。</p>"
                "<p>一路上看到了很多花。。。也遇到了几位同样登山的朋友。。。大家一起拍照留念。</p>")
    b = clean_page(page(body=ellipsis, title="登山记"), url=URL)
    assert not b.hijacked, b.findings


def converted(chrome: str, body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>犯罪團伙利用手機App開設賭場</title></head><body>
<div class="crumb">{chrome}</div><div class="detail"><h1>犯罪團伙利用手機App開設賭場</h1>
<div class="article-body">{body}</div></div><div class="foot">主办: 网站标识码 ****</div></body></html>""".encode()


CONVERTED = ("<p>日前,由重慶市武隆區檢察院辦理的一起跨境網絡賭博案,歷時兩年,終于塵埃落定。李某等64名被告人因犯開設賭場罪"
             "分別被法院一審判處有期徒刑,各并處罰金;檢察機關對其余27人作出不起訴決定。</p>"
             "<p>7月中旬,記者在該院采訪時了解到,該案被公安部列為掛牌督辦的重大跨境賭博案件。</p>")


def test_a_half_converted_copy_under_simplified_menus_is_a_mirror_copy():
    a = clean_page(converted("您当前的位置:首页 &gt; 政务动态", CONVERTED), url="http://www.example.com/yasf/t1.shtml")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "終于塵埃落定" in a.text


def test_a_traditional_text_under_simplified_menus_is_no_mirror_when_converted_well():
    body = CONVERTED.replace("終于", "終於").replace("并處", "並處").replace("其余", "其餘").replace("采訪", "採訪")
    a = clean_page(converted("您当前的位置:首页 &gt; 政务动态", body), url="http://www.example.com/yasf/t1.shtml")
    assert "mirror_copy" not in kinds(a), a.findings


def test_characters_are_counted_by_the_script_that_alone_writes_them():
    # (counted from a stored table: it must say what the codecs say, character for character)
    from scraper.clean.glosses import _script_counts
    from scraper.clean.opencc_table import encodes

    text = "這個記者说：简体与繁體 mixed 中文 123 網络㐀"
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    trad = sum(encodes(c, "big5") and not encodes(c, "gb2312") for c in han)
    simple = sum(encodes(c, "gb2312") and not encodes(c, "big5") for c in han)
    assert _script_counts(text) == (trad, simple)
    assert trad >= 4 and simple >= 3
