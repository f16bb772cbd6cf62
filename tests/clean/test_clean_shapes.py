"""Clean pages that wrote what a reader takes for an injection's shape (dev-v31-danielzh, rewritten):
a reader's comment written with spaces for commas (no keyword block), a quoted slogan's two halves
(no keyword pair), a channel menu run into one line (no keyword line), the article's permalink on
the outlet's other domain (no contact-field domain). Each reader still catches the form it exists for."""
from __future__ import annotations

from scraper.clean import clean_page, pasted, tokens
from scraper.clean.selling import selling_lines
from scraper.clean.titles import alien_parts
from tests.clean.conftest import kinds

URL = "https://news.binhai-example.cn/2011/0523/1234.html"
LEAD = ("<p>5月22日，大熊猫野放仪式在雨中举行，形象大使与夫人坐在嘉宾席上，工作人员都穿上了雨披。</p>"
        "<p>基地工作人员介绍，此次野放的大熊猫经过两年的野化培训，已具备在野外独立生存的能力。</p>"
        "<p>仪式结束后，嘉宾们前往繁育研究基地看望圈养大熊猫，并与幼崽合影留念。</p>")


def page(body: str, top: str = "", foot: str = "", title: str = "大熊猫野放仪式在雨中举行") -> bytes:
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top">{top}</div><h1>{title}</h1><div class="content">{body}</div>'
            f'<div class="foot">{foot}版权所有 滨海新闻网</div></body></html>').encode()


# --- keyword blocks: a line of clauses is somebody's writing ---

LINES = ["5月22日，大熊猫野放仪式在雨中举行，形象大使与夫人坐在嘉宾席上，工作人员都穿上了雨披。",
         "基地工作人员介绍，此次野放的大熊猫经过两年的野化培训，已具备在野外独立生存的能力。"]


def test_a_readers_comment_written_with_spaces_is_no_keyword_block():
    comment = "我也想到我的孩子了 早早的夭折 带给我的伤痛至今无法平复"
    assert tokens.keyword_blocks([*LINES, comment], "大熊猫野放仪式在雨中举行", proven=False) == []


def test_a_line_of_search_phrases_in_the_article_is_still_a_keyword_block():
    # one phrase may be a clause (治疗早泄最好的医院); a keyword block is not all clauses
    keywords = "<p>阳痿早泄专科医院排名 沂州男科医院哪家好 治疗早泄最好的医院</p>"
    assert tokens.keyword_blocks([*LINES, keywords[3:-4]], "大熊猫野放仪式在雨中举行", proven=False) == [2]
    a = clean_page(page(LEAD + keywords), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "沂州男科医院哪家好" not in a.text and "野化培训" in a.text


# --- keyword pairs: a variant that adds a subject is prose ---

def test_a_quoted_slogan_answering_itself_is_no_keyword_pair():
    lines = ["“熊猫不打伞，我也不打伞”",
             "工作人员拿着伞从他身前递去，却被他婉拒，“熊猫不打伞，我也不打伞。”他说。"]
    assert pasted.keyword_pairs(lines) == []
    body = LEAD + "".join(f"<p>{line}</p>" for line in lines)
    a = clean_page(page(body), url=URL)
    assert not a.hijacked, a.findings
    assert "熊猫不打伞，我也不打伞" in a.text


def test_a_keyword_pair_pasted_twice_is_still_read():
    lines = ["市体育局办公厅比分直播,篮球比分直播印发了全民健身实施计划。",
             "各区县比分直播,篮球比分直播要结合实际抓好落实。"]
    assert pasted.keyword_pairs(lines) == ["比分直播,篮球比分直播"]


# --- keyword lines outside the article: a menu is links ---

MENU = ('<a href="/interview/"><strong>访 谈</strong></a>&nbsp; <a href="/list42.html">滨海人物</a>&nbsp; '
        '<a href="/list41.html">高新访谈 </a> <a href="/list43.html">高新英才 &nbsp;</a>| '
        '<a href="/painting/">书 画</a>&nbsp; <a href="/list45.html">画坛</a> <a href="/list46.html">书坛</a> '
        '<a href="/list47.html">名家访谈</a> | <a href="/picture/">酷 图</a> <a href="/list57.html">环球</a> '
        '<a href="/list58.html">时尚</a> | <a href="/video/">视 频</a> <a href="/list65.html">事件</a> '
        '<a href="/zhuanti/">专题</a>')


def test_a_channel_menu_run_into_one_line_is_no_keyword_line():
    a = clean_page(page(LEAD, top=MENU), url=URL)
    assert not a.hijacked, a.findings
    line = "访 谈 滨海人物 高新访谈 高新英才 | 书 画 画坛 书坛 名家访谈 | 酷 图 环球 时尚"
    links = {"访 谈", "滨海人物", "高新访谈", "高新英才", "书 画", "画坛", "书坛", "名家访谈", "酷 图", "环球", "时尚"}
    assert tokens.keyword_line(line, line + "\n" + LEAD, links) == []


def test_a_keyword_line_written_as_text_beside_the_menu_is_still_read():
    line = "上海外围女模特预约 | 高端商务伴游服务 | 全国空降酒店上门"
    links = {"滨海人物", "高新访谈", "上海外围"}  # a link covering a part of it leaves the rest text
    assert tokens.keyword_line(line, line + "\n" + LEAD, links) == ["上海外围女模特预约", "高端商务伴游服务", "全国空降酒店上门"]
    a = clean_page(page(LEAD, top=MENU + f"<div>{line}</div>"), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)


# --- contact fields: the site's own document on its other domain ---

OWN_LINKS = ('<a href="/awakening/news_center/">新闻中心首页</a> &gt;&gt; '
             '<a href="/awakening/news_center/list.php?catid=5">今日必读</a>')


def test_the_articles_permalink_on_the_outlets_other_domain_is_no_contact_domain():
    cite = ('<div>本文引用地址：<a href="http://www.anntw-example.com/awakening/news_center/show.php?itemid=28060">'
            'http://www.anntw-example.com/awakening/news_center/show.php?itemid=28060</a></div>')
    a = clean_page(page(LEAD, top=OWN_LINKS, foot=cite), url=URL)
    assert not a.hijacked, a.findings


def test_a_domain_in_the_address_field_is_still_read_with_or_without_a_path():
    for value in ("499586.com", "http://www.499586.com/", "http://www.499586.com/reg/index.html?ag=88"):
        a = clean_page(page(LEAD, top=OWN_LINKS, foot=f"<div>电话：0371-2388 地址：{value}</div>"), url=URL)
        assert a.hijacked and any(f.where == "contact field" for f in a.findings), value


# --- a title in the site's own script over a translated article (real-cases-v31 rc31-029, rewritten) ---

_ENGLISH = ("<p>The 2021 National Welfare Lottery Issuance and Sales Work Conference was held in Jiaxing City, "
            "Zhejiang Province from March 30 to 31, attended by officials of the ministry and the province.</p>"
            "<p>The meeting reviewed the welfare lottery work of recent years, analysed the situation and tasks "
            "it faces, and planned the work of the coming five years.</p>")


def _lottery_page(title: str, chrome: str, foot: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'>{chrome}</div><h1>{title.split(' - ')[0]}</h1>"
            f"<div class='article'>{_ENGLISH}</div><div class='foot'>{foot}</div></body></html>").encode()


def test_a_chinese_headline_over_a_translated_article_on_a_chinese_site_stays():
    chrome = ("<a href='/'>首页</a> <a href='/news/'>新闻动态</a> <a href='/notice/'>通知公告</a> <a href='/about/'>联系我们</a>"
              " 您现在的位置:河南福彩网 &gt; 福彩新闻 &gt; 本地新闻")
    a = clean_page(_lottery_page("2021年全国福利彩票发行销售工作会议在浙江嘉兴召开 - 河南福彩网", chrome,
                                 "相关新闻 更多新闻 Copyright © 河南福彩网 All Rights Reserved"),
                   url="https://henanfucai.example.net/web/articleInfo/getById?id=2166")
    assert not a.hijacked, a.findings
    assert "福利彩票发行销售工作会议" in (a.title or "")


def test_a_headline_in_a_script_neither_the_article_nor_the_sites_chrome_writes_is_still_foreign():
    lines = [_ENGLISH.replace("<p>", "").replace("</p>", "\n")] * 2
    phrase = "青山绿水间的悠闲时光漫步指南"  # invented: no list knows it
    english = "Home News Contact us You are here: News Copyright Lottery Board. All Rights Reserved"
    chinese = "首页 新闻动态 通知公告 联系我们 您现在的位置 本地新闻 版权所有 河南福彩网"
    for chrome, found in ((english, [phrase]), (chinese, [])):
        page = lambda chrome=chrome: "\n".join([chrome, phrase, *lines])  # noqa: E731
        assert alien_parts(phrase, [phrase], lines, page) == found, chrome


# --- a trusted portal's channel in its own menu (dev-v2-trafilatura xinhuanet.com, rewritten) ---

_CHANNELS = [("politics/", "时政"), ("local/index.htm", "地方"), ("legal/index.htm", "法治"), ("world/index.htm", "国际"),
             ("mil/index.htm", "军事"), ("fortune/", "财经"), ("auto/index.htm", "汽车")]


def _menu(extra: str) -> str:
    items = "".join(f'<a target="_blank" href="http://www.news.cn/{path}">{name}</a> ' for path, name in _CHANNELS)
    home = '<div class="logo"><a href="http://www.xinhuanet.com/">新华网</a></div>'  # the page links its own site
    return f'{home}<div class="nav-pd">{items}{extra}</div>'


def test_the_lottery_channel_of_the_portals_own_menu_is_no_parasite_link():
    menu = _menu('<a target="_blank" href="http://www.news.cn/caipiao/index.htm">彩票</a>')
    a = clean_page(page(LEAD, top=menu), url="http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm")
    assert not a.hijacked, a.findings


def test_parasite_links_in_the_text_or_in_a_list_of_their_own_still_flag():
    planted = '<a href="https://news.sina.com.cn/tiyu/kaiyun-app.html">开元棋牌官网下载</a>'
    lists = [  # in the article's text; in a menu of links to the portal's planted pages
        LEAD + f"<p>活动期间{planted}现场气氛热烈。</p>",
        LEAD + "<div class='links'>" + "".join(
            f'<a href="https://news.sina.com.cn/tiyu/{p}-app.html">开元棋牌官网下载{p}</a> ' for p in ("kaiyun", "leyu", "hth", "bob", "yabo", "xsj"))
        + "</div>",
    ]
    for body in lists:
        a = clean_page(page(body), url=URL)
        assert a.hijacked and "开元棋牌" not in a.text


# --- a menu entry whose link holds a screen-reader copy of its name (dev-v2-trafilatura arteradio.com) ---

_SERIES = ["L'Insomniaque", "Bookmakers", "Les Pieds sur terre", "Crackopolis", "Passion Modernistes", "Un podcast à soi",
           "Vivons heureux", "Sur les docks", "Les Bonnes Ondes", "Transmission", "Micro Sillons", "Mauvais genre"]
_FR = ("<p>Le documentaire suit une année de revendications portées chaque jour par des habitants d'un quartier "
       "qui se retrouvent pour parler de leurs voisins, de leur travail et de la ville qui change autour d'eux.</p>"
       "<p>Enregistré au fil des rencontres, il laisse la parole à ceux que l'on entend peu à la radio.</p>")


def _fr_page(entry: str) -> bytes:
    items = "".join(f"<li><a href='/serie/{i}'>{name}\n\t<span class='u-screen-reader-text'>{name}</span></a></li>"
                    for i, name in enumerate(_SERIES))
    return ("<html><head><meta charset='utf-8'><title>La voix des nuls</title></head><body>"
            f"<div class='nav'><ul><li><a href='/'>Accueil</a><ul>{items}</ul></li></ul></div>{entry}"
            f"<div class='article'><h1>La voix des nuls</h1>{_FR}</div>"
            "<div class='footer'>ARTE Radio</div></body></html>").encode()


def test_a_series_named_bookmakers_in_the_sites_menu_is_its_navigation():
    # the page's text joins the link's two boxes with another space than the link's own text
    assert selling_lines(["Bookmakers\u2002Bookmakers"], "Le documentaire suit une année de revendications.",
                         menu_entries=lambda: {"Bookmakers Bookmakers", "Crackopolis Crackopolis"}) == []
    a = clean_page(_fr_page(""), url="https://www.radio-example.fr/son/61661515/la_voix_des_nuls")
    assert not a.hijacked, a.findings


def test_a_bookmaker_line_outside_the_menu_still_sells():
    assert selling_lines(["Bookmakers\u2002Bookmakers"], "Le documentaire suit une année de revendications.",
                         menu_entries=lambda: {"Crackopolis Crackopolis"}) != []


def test_a_latin_slot_phrase_over_a_chinese_article_is_foreign_whatever_language_the_chrome_writes():
    # real-cases-v14 rc14-023 (rewritten): an English template around a Chinese edition's article
    lines = ["李总理星期二参观位于广州知识城的广州新侨学校。这座学校是新加坡南洋华侨中学校群在国外合办的第一所学校。",
             "新侨学校不仅借鉴新加坡的教育经验,也延用华中“自强不息”校训。学校提供十二年制国际化教育。"] * 2
    phrase = "Daftar Akun Permainan Resmi Terbaru Hari Ini"
    chrome = "Home | News | Tech | Regional 来源: More Stories © All Rights Reserved"
    page = lambda: "\n".join([chrome, phrase, *lines])  # noqa: E731
    assert alien_parts(phrase, [phrase], lines, page) == [phrase]
