"""A copy keeps its origin's furniture (v50 §1 R1, R3; v49 rc49-023; session 46): the origin's lead credit (X融媒体讯(记者…), 本报讯
(记者…)), a caption above the story, a crumb's kind (首页 > 新闻).
Each is read by whom it relates to: a credit naming an outlet the serving host neither spells nor writes is the
copy's, not the site's stated source; a credit of the site's own outlet still states one. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.takeover import story_subjects


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="top">{top}</div><div class="crumb">{crumb}</div><div class="content">{body}</div>
<div class="footer">{footer}</div></body></html>"""
STORY = ("<p>{credit}日前，青禾市民政局在北湾镇召开社区志愿服务推进会，发布了二十个社区志愿服务项目，覆盖全市各个社区。</p>"
         "<p>会议要求各社区结合实际，做好志愿者招募和培训工作，切实把服务送到居民家门口，让群众得到实实在在的帮助。</p>"
         "<p>据介绍，这些项目包括邻里陪伴、矛盾调解、环境整治等内容，有意参加的市民可以到所在社区报名。</p>")
CAR_HOST = "http://lanxi.autohub365.com.cn/lanxi/2023/0110/35173.html"


def page(credit: str, *, title="资讯", top="", crumb="", footer="关于我们 | 联系我们", caption="") -> bytes:
    return SHELL.format(title=title, top=top, crumb=crumb, body=caption + STORY.format(credit=credit),
                        footer=footer).encode()


@pytest.mark.parametrize("credit", ["青禾融媒体讯(记者甲乙通讯员丙丁)", "岚山日报讯（记者 周某）", "本报讯(记者陈某)",
                                    "北湾网讯 记者 王某 报道"])
def test_an_origins_lead_credit_on_an_unrelated_host_is_the_copys(credit):
    a = clean_page(page(credit), url=CAR_HOST)
    assert a.hijacked and "mirror_copy" in kinds(a), (credit, a.findings)


@pytest.mark.parametrize("credit", ["青禾融媒体讯(记者甲乙通讯员丙丁)", "岚山日报讯（记者 周某）"])
def test_a_credit_of_the_serving_sites_own_outlet_states_its_source(credit):
    name = credit.split("讯")[0]
    # the site's chrome writes the credited outlet's name (its own header)
    a = clean_page(page(credit, top=name[:-2] + "新媒体中心"), url=CAR_HOST)
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # the site's host spells it (青禾 qinghe, 岚山 lanshan)
    b = clean_page(page(credit), url="http://www.qinghe-lanshan.com/2023/0110/35173.html")
    assert not b.hijacked and "mirror_copy" not in kinds(b), b.findings


@pytest.mark.parametrize("caption", ["<p>(资料图片)</p>", "<p>（图为推进会现场）</p>", "<p>【图】</p>"])
def test_a_caption_above_the_story_is_no_sentence_of_it(caption):
    assert story_subjects("", caption[3:-4] + "\n日前，青禾市民政局召开推进会。") == ("青禾市", "青禾市民政局")
    a = clean_page(page("", caption=caption), url=CAR_HOST)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings


@pytest.mark.parametrize("crumb", ["您的位置: 首页 &gt; 新闻", "当前位置：首頁 » 新聞", "首页 &gt; 新闻 &gt; 正文"])
def test_a_crumbs_kind_names_no_outlet(crumb):
    a = clean_page(page("", crumb=crumb), url=CAR_HOST)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    # an outlet's name in the crumb is still a publisher's mark
    chrome = crumb.replace("首页", "青岚网").replace("首頁", "青岚网")
    b = clean_page(page("", crumb=chrome), url=CAR_HOST)
    assert not b.hijacked and "mirror_copy" not in kinds(b), (chrome, b.findings)


@pytest.mark.parametrize("above", ["<p>青禾市副市长甲乙(左一)参观北湾展馆</p>", "<p>青禾社区志愿服务项目发布</p>",
                                   "<p>图为北湾镇推进会现场</p>"])
def test_the_lead_credit_opens_the_story_below_a_caption_or_a_title(above):
    a = clean_page(page("北湾网讯(特约记者 丙丁 通讯员 戊己)", caption=above), url=CAR_HOST)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
