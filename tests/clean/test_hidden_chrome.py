"""Hidden site chrome is no link farm (v2 false flags FF3/FF4, issue 12's lost article text):
what hides a block (the rule's context), what the block is (linked elsewhere, opened by a
control) and what it holds (an article's prose) decide — and an injected farm still goes."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.dom import parse_html
from scraper.clean.hidden import STATE, STRONG, WEAK, find_hidden
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

FARM_LINKS = ('<a href="https://www.lk-881.com/">Lucky Spin</a> <a href="https://www.rr-play.net/">Royal Reels</a> '
              '<a href="https://www.gd-vip.org/">Golden Dragon</a>')
SOCIAL = ('<a href="https://www.facebook.com/qingshan">Facebook</a> <a href="https://twitter.com/qingshan">Twitter</a> '
          '<a href="https://www.instagram.com/qingshan">Instagram</a>')


def hidden_names(html: str) -> dict[str, str]:
    return {el.get("class") or el.get("id"): how for el, how in find_hidden(parse_html(html))}


def test_a_compound_selector_hides_only_elements_with_every_name():
    html = ('<html><head><style>.widget.widget_circle{opacity:0}.c1.collapsed{display:none}</style></head><body>'
            '<div class="widget">a</div><div class="widget widget_circle">b</div><div class="c1">c</div></body></html>')
    assert hidden_names(html) == {"widget widget_circle": STRONG}


def test_animated_shown_again_or_responsive_hiding_is_interface_state():
    # left out of the text, but judged as chrome (STATE), not as something readers never see
    html = ('<html><head><style>'
            '.fade{opacity:0;transition:opacity .5s}'           # a fade-in's start state
            '.drawer{max-height:0;overflow:hidden}.open .drawer{max-height:400px}'  # an accordion
            '.sub{display:none}li:hover>.sub{display:block}'    # a dropdown
            '@media (max-width:600px){.side{display:none}}'     # a breakpoint
            '.gone{display:none}'
            '</style></head><body><div class="fade">a</div><div class="drawer">b</div><ul><li><ul class="sub">'
            '<li>c</li></ul></li></ul><div class="side">d</div><div class="gone">e</div></body></html>')
    assert hidden_names(html) == {"fade": STATE, "drawer": STATE, "sub": WEAK, "gone": WEAK}


def test_hidden_social_panel_opened_by_a_button_is_chrome_and_its_hosts_stay_spam_free():
    head = "<style>.share-list{max-height:0;opacity:0;overflow:hidden;position:absolute}</style>"
    top = (f'<button onclick="document.querySelector(\'.share-list\').classList.toggle(\'active\')">Share</button>'
           f'<div class="share-list">{SOCIAL}</div>')
    body = BODY + '<p>关注我们：<a href="https://www.facebook.com/qingshan">Facebook</a></p>'
    a = clean_page(page(head=head, top=top, body=body), url=URL)
    assert not a.hijacked, a.findings
    assert "spam_link" not in kinds(a)


def test_a_hidden_menu_of_the_sites_sections_with_its_fan_pages_is_chrome_whatever_its_section_names():
    # dev-v17-twnews ltn: a display:none left menu into the site's subdomains (体育, 电竞 sections
    # weigh as gambling words) with a few social pages the page links nowhere else
    sections = [("sports", "体育"), ("sports", "电竞"), ("lottery", "彩票"), ("news", "新闻"), ("edu", "教育"), ("life", "生活")]
    menu = "".join(f'<a href="//{host}.qingshan.gov.cn/list/{i}">{text}</a>' for i, (host, text) in enumerate(sections))
    menu += ('<a href="https://www.facebook.com/qingshan"><span>青山</span>粉丝团</a>'
             '<a href="https://www.instagram.com/qingshan">Instagram</a>')
    a = clean_page(page(top=f'<div id="leftmenu" style="display:none;">{menu}</div>'), url=URL)
    assert not a.hijacked, a.findings
    assert "会议指出" in a.text


def test_an_unconditionally_hidden_farm_of_unrelated_hosts_still_goes_and_cascades_only_by_words():
    head = "<style>.ft-links{position:absolute;left:-9999px}</style>"
    top = f'<div class="ft-links">{FARM_LINKS} <a href="https://www.facebook.com/qingshan">Follow</a></div>'
    body = BODY + '<p>欢迎关注：<a href="https://www.facebook.com/qingshan">Facebook</a></p>'
    a = clean_page(page(head=head, top=top, body=body), url=URL)
    assert "hidden_links" in kinds(a)
    assert "Royal Reels" not in a.text
    # the farm was condemned by its structure alone: its hosts do not condemn the page's visible links
    assert "spam_link" not in kinds(a)


def test_hidden_article_text_stays_unless_it_carries_spam():
    head = "<style>.lazy-body{opacity:0}</style>"  # revealed by a script the page loads
    prose = ("<p>会议强调，要坚持问题导向，聚焦群众反映强烈的突出问题，集中力量开展专项整治，"
             "推动城乡环境面貌持续改善。各街道要建立健全长效管理机制，落实网格化管理责任，"
             "做到发现问题及时处置，确保整治成效经得起检验。区直各部门要加强协作配合，"
             "形成工作合力，定期通报工作进展，对工作不力的单位严肃问责。</p>"
             "<p>会议还对下一阶段重点任务作了具体安排：一是全面开展背街小巷综合治理，逐条制定整治方案，"
             "限期完成路面修补、管线规整和立面清洗；二是加快推进农贸市场提质改造，规范经营秩序，"
             "改善购物环境；三是持续抓好农村人居环境整治，完善垃圾收运体系，推进生活污水治理设施建设；"
             "四是强化建筑工地和渣土运输管理，严格落实扬尘防控措施，坚决遏制违规行为反弹回潮。</p>"
             "<p>会议要求，各责任单位要于每月底前报送工作台账，区督查室将会同有关部门开展专项督查，"
             "督查结果纳入年度绩效考核，确保各项整治任务按期保质完成，让群众切实感受到环境改善带来的变化。</p>")
    a = clean_page(page(head=head, body=f'<div class="lazy-body">{BODY}{prose}</div>'), url=URL)
    assert not a.hijacked
    assert "长效管理机制" in a.text


def test_a_noscript_link_farm_is_judged_as_a_hidden_block_and_a_sister_site_list_is_not():
    # no reader with scripts sees a <noscript>; search engines read it (v3 B)
    farm = ('<noscript><a href="http://m.jvkm155.com/">翊鸿电竞</a><a href="http://kynr792.net/">翊鸿电竞官网</a>'
            '<a href="http://qdsn961.org/">午夜影院高清免费</a></noscript>')
    body = BODY + "<p>翊鸿电竞官网</p>"
    a = clean_page(page(body=body + farm), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a)
    assert "翊鸿电竞" not in a.text  # its anchor texts were learned, the visible copy goes too
    sisters = ('<noscript><ul><li><a href="https://www.qingshan-news.cn/">青山新闻网</a></li>'
               '<li><a href="https://www.qingshan-tv.cn/">青山电视台</a></li>'
               '<li><a href="https://www.qsdaily.cn/">青山日报</a></li></ul></noscript>')
    a = clean_page(page(body=BODY + sisters), url=URL)
    assert not a.hijacked, a.findings
