"""A public body's page copied whole onto a host that is not its own (v16–v19's largest miss class:
nothing injected, the copy's only trace is where it is served): a government's or a school's page
on an unrelated commercial host is flagged, its article kept whole; a department's is noted, not
flagged. The body's own host, a host spelling its name, a local mirror, an archive capture and a
portal republishing the article under its own template are left alone. Pages written here."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.takeover import foreign_host, spells

ARTICLE = ("<p>10月18日，云岗镇召开秋冬季森林防火工作部署会，镇村两级干部参加会议。</p>"
           "<p>会议通报了今年以来全镇森林防火工作开展情况，并对野外用火管控、重点时段巡山护林等工作进行了安排。</p>"
           "<p>会议强调，各村要守住山口、管住火源，做到早发现、早报告、早处置，坚决防止发生重大森林火灾。</p>")
HEADLINE = "云岗镇召开秋冬季森林防火工作部署会"


def page(owner: str = "云岗镇人民政府", source: str = "政府办", head: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE}-{owner}</title>{head}</head>
<body><div class="header"><span class="site-name">{owner}</span><a href="/">首页</a> <a href="/news/">工作动态</a></div>
<div class="article"><h1>{HEADLINE}</h1><p class="info">发布时间：2024-10-18 来源：{source}</p>
<div class="content">{ARTICLE}</div></div>
<div class="footer">版权所有：{owner}</div></body></html>""".encode()


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_town_governments_page_on_a_parasite_subdomain_is_flagged_and_kept_whole():
    a = clean_page(page(), url="http://q7xk.lingquantea.com/Html/News/Articles/78110.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("q7xk.lingquantea.com" in f.evidence and "云岗镇人民政府" in f.evidence for f in a.findings)
    assert a.title == HEADLINE
    assert "坚决防止发生重大森林火灾" in a.text


def test_a_schools_page_on_a_betting_brands_host_is_flagged():
    a = clean_page(page("岚山第二中学"), url="http://web-cn-crownsports.com/news-91")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings


def test_the_bodys_own_host_or_one_spelling_its_name_is_its_own():
    for url in ("http://www.yungang.gov.cn/news/1.html", "https://zfb.yungang.gov.cn/a/1.html"):
        assert not clean_page(page(), url=url).hijacked
    for owner, url in (("云岗镇人民政府", "http://www.yungangzhen.com/news/1.html"),
                       ("鹤山中学", "http://www.heshanzx.com.cn/news/1.html"),   # he shan z x
                       ("福州第四中学", "http://www.fzsz.net/news/1.html"),      # 第 left out
                       ("上海中学", "http://www.shs.sh.cn/news/1.html")):        # opens with its place
        a = clean_page(page(owner), url=url)
        assert not a.hijacked and not kinds(a) - {"hidden_block"}, (url, a.findings)


def test_a_local_mirror_an_address_or_an_archive_capture_never_fires():
    for url in ("http://127.0.0.1:8000/mirror/x.html", "http://localhost/x.html", "http://192.168.1.20/x.html",
                "http://intranet/x.html", "http://site.test/x.html", None,
                "https://web.archive.org/web/20201001000000/http://www.yungang.gov.cn/news/1.html"):
        a = clean_page(page(), url=url)
        assert not a.hijacked and not kinds(a) - {"hidden_block"}, (url, a.findings)


def test_a_portal_republishing_under_its_own_template_is_syndication():
    a = clean_page(page("青山新闻网", source="云岗镇人民政府"), url="http://www.qsnews.com/zw/1.html")
    assert not a.hijacked and not kinds(a) - {"hidden_block"}, a.findings


def test_a_copy_keeping_its_government_sites_canonical_link_is_flagged_on_an_unrelated_host():
    # sv39-025: a county page copied whole keeps its canonical link to the county's site; the gov
    # site vouches for no other host, the serving host's own names are asked
    for head in ('<link rel="canonical" href="http://www.yungang.gov.cn/news/1.html">',
                 '<meta property="og:url" content="http://www.yungang.gov.cn/news/1.html">'):
        a = clean_page(page(head=head), url="http://www.cj04-news.com/p/5490.html")
        assert a.hijacked and "mirror_copy" in kinds(a), a.findings
        assert "坚决防止发生重大森林火灾" in a.text
    head = '<link rel="canonical" href="http://www.yungang.gov.cn/news/1.html">'
    for url in ("http://www.yungang.gov.cn/news/1.html", "http://yungang.gov.cn.cdn20.com/news/1.html",
                "http://www.yungangzhen.com/news/1.html", "http://127.0.0.1:8000/mirror/x.html", None):
        a = clean_page(page(head=head), url=url)  # its own site, a mirror spelling it, a local mirror
        assert not a.hijacked and not kinds(a) - {"hidden_block"}, (url, a.findings)


def test_a_departments_page_on_a_site_below_a_domain_is_noted_not_flagged():
    # a college's 商学院 may stand on a site of its own under its college's commercial domain (rc18-017:
    # jjglxy.hbxytc.cn): said, not flagged, even at its CMS's address
    for url in ("https://jjglxy.hbxytc.cn/info/1056/5832.htm", "https://it.ny2000.com/news/2968.htm"):
        a = clean_page(page("外国语学院"), url=url)
        assert not a.hijacked, (url, a.findings)
        assert "foreign_host" in kinds(a)
        assert "坚决防止发生重大森林火灾" in a.text


GT30 = pytest.mark.xfail(strict=True, reason="gt30 variant 9a76dc2 measured, not wired: a 来源 with a column "
                         "after the body gains v38 only (rc38-015; takeover.py, above credited_body_host)")


def test_a_departments_page_at_a_domains_own_name_is_asked_of_every_relation():
    # a part's note ends the chain no more where the host is a domain's own name (v48 §1 R3, v38 §2 S3): the
    # part's page must then stand on its parent's host, which nothing on the page names. Three spellings: a
    # town's own news (云岗镇召开…) in a department's template, a college's page at its CMS's address, a
    # bureau's news crediting itself as 来源 — each on a host spelling nothing the page writes
    for body, url in ((page("外国语学院"), "https://ehidaka.com/wgy/news/2968.htm"),
                      (page("数学与统计学院", source="数学与统计学院"), "https://marcogroep.com/math/info/1418/7116.htm"),
                      (page("岚山县水利局", source="岚山县水利局"), "https://www.wsbjv.cn/dz/10237.html")):
        a = clean_page(body, url=url)
        assert a.hijacked and "mirror_copy" in kinds(a) and "foreign_host" in kinds(a), (url, a.findings)
        assert "坚决防止发生重大森林火灾" in a.text


def test_spelling_reads_whole_syllables_and_initials_in_order():
    assert spells("qsdezx", "青石第二中学") and spells("slsyxx", "松陵实验学校")
    assert not spells("lingquantea", "云岗镇人民政府") and not spells("morrowcabins", "岚山第二中学")
    assert not spells("zx", "青槐中学")  # two letters within a label come by chance
    assert foreign_host("http://a.example.com/1.html", ["云岗镇人民政府"]) is None  # a documentation host


def test_a_host_spells_a_name_only_with_most_of_its_letters():
    # a run whose letters mostly spell nothing of the name abbreviates nothing (v38 §1 R4, §2 S4)
    assert not spells("wenxianggongsi", "学院办公室")  # gong s, 5 of 14 letters
    assert not spells("zjthegrand", "河南省登封市公安局")  # he g, 3 of 10
    assert not spells("chenxiangtea", "宁远县")  # n xian, 5 of 12
    for run, name in (("heshanzx", "鹤山中学"), ("fzsz", "福州第四中学"), ("shs", "上海中学"),
                      ("ssbx", "宿松县"), ("yungangzhen", "云岗镇人民政府"),
                      ("aklib", "安康市图书馆")):  # the name's first two characters open the label: its place
        assert spells(run, name), (run, name)


SCHOOL_ARTICLE = ("<p>10月11日，{name}在田径场圆满举办第九届田径运动会，我校师生三千余人参加开幕式。</p>"
                  "<p>副校长在开幕式上致辞，希望运动员们赛出风格、赛出水平，展现我校学子的精神风貌。</p>"
                  "<p>本届运动会共设田径项目二十四项，历时两天，全体裁判员认真负责，保证了比赛顺利进行。</p>")


def school_page(name: str, owner: str = "") -> bytes:
    """A school's news page whose name is ``name`` in every sentence and ``owner`` in its template."""
    title = f"{name}圆满举办第九届田径运动会"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-{owner}新闻网</title></head>
<body><div class="header"><a href="/">首页</a> <a href="/news/">新闻中心</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-10-11</p>
<div class="content">{SCHOOL_ARTICLE.format(name=name)}</div></div>
<div class="footer">版权所有 {owner}</div></body></html>""".encode()


def test_a_schools_news_naming_no_school_on_an_unrelated_host_is_flagged_and_kept_whole():
    # v27: another name put in the school's place in every sentence and slot; what is left is the
    # article's voice (我校) and a host that spells no school the page names
    a = clean_page(school_page("云帆映像"), url="https://www.nicolaart.com/info/1141/3151.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("www.nicolaart.com" in f.evidence for f in a.findings)
    assert "保证了比赛顺利进行" in a.text


def test_a_schools_news_on_its_own_host_or_an_edu_host_is_its_own():
    for name, url in (("松陵实验学校", "http://www.slsyxx.cn/news/1.html"),    # the host spells the school
                      ("松陵实验学校", "http://www.sl.edu.cn/news/1.html"),
                      ("云帆映像", "http://127.0.0.1:8000/news/1.html"), ("云帆映像", None)):
        a = clean_page(school_page(name, owner=name), url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


def test_a_company_speaking_of_itself_is_no_school():
    # 我公司 / 我院 are a company's and a hospital's voice, which a commercial host rightly serves
    page_ = school_page("华润万家").replace("我校".encode(), "我公司".encode()).replace("副校长".encode(), "总经理".encode())
    a = clean_page(page_, url="https://www.crvanguard.com/news/1.html")
    assert not a.hijacked, a.findings


VOICE_ARTICLE = ("<p>5月4日下午，学校在行政楼会议室召开{name}成立大会，党委书记出席并讲话。</p>"
                 "<p>校党委书记宣读了关于组建{name}的决定，全体教职工参加了会议。</p>"
                 "<p>会议要求全体教职工服从组织决定，认真履行职责，共同推动学院发展。</p>")


def voiced_page(name: str, site: str) -> bytes:
    """A school's news written in its bare voice (学校在…召开, 校党委), naming no school; ``site``
    stands in the page's title suffix, header and footer (the page's chrome)."""
    title = f"{name}成立大会召开"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title></head>
<body><div class="header"><span class="site-name">{site}</span><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-05-04</p>
<div class="content">{VOICE_ARTICLE.format(name=name)}</div></div>
<div class="footer">版权所有 {site}</div></body></html>""".encode()


def test_a_schools_bare_voice_naming_no_school_on_an_unrelated_host_is_flagged():
    # v28/v29: no 我校, the school speaks as 学校/校党委; a name in its place and in its chrome
    a = clean_page(voiced_page("云帆映像", "云帆映像"), url="http://rosie-fortescue.com/info/1114/2491.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "认真履行职责" in a.text


def test_a_portal_carrying_a_schools_story_under_its_own_chrome_is_not_flagged():
    # a news site's (or a company's) template around the same story: the voice is a reporter's
    for site, url in (("江南新闻网", "http://www.jnnews.com/edu/1.html"),
                      ("云帆传媒有限公司", "http://www.yunfan-media.com/edu/1.html")):
        a = clean_page(voiced_page("财经学院", site), url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (site, a.findings)


def test_a_reporters_school_as_subject_is_no_voice():
    # 学校领导表示 / 学校鼓励 is how a story about a school speaks of it: no flag
    page_ = voiced_page("云帆映像", "云帆映像").replace("学校在行政楼会议室召开".encode(), "学校领导表示将召开".encode())
    page_ = page_.replace("校党委书记宣读".encode(), "有关负责人宣读".encode())
    # (at a path no body's CMS mints: at /info/1114/2491.html the address alone says whose page it is)
    a = clean_page(page_, url="http://rosie-fortescue.com/news/2491.html")
    assert "mirror_copy" not in kinds(a), a.findings


# A school's news at the address its site CMS minted (/info/<column>/<article>.htm), chrome stripped:
# the copy names no owner in its template, only its path says whose page it is.
BARE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body><div class=\"arti\">"
        "<p>10月27日,学院党委理论学习中心组召开2025年度第十次集体学习会,学院领导班子成员参加了学习研讨。</p>"
        "<p>学院党委副书记首先领学了会议公报,结合学院思想政治教育工作现状提出要求。</p>"
        "</div><div class=\"foot\">Copyright</div></body></html>").encode()


def test_a_body_cms_address_on_an_unrelated_host_is_flagged_and_kept_whole():
    for url in ("https://www.247projects.com/info/1035/15489.html", "http://dyycjz.com/ntzqxy/d3/5b/c3036a54107/page.html",
                "http://www.lowongankerja-keluarnegeri.com/xzgwh/zwgk/gzdt/content/post_5454949.html"):
        a = clean_page(BARE, url=url)
        assert a.hijacked and "mirror_copy" in kinds(a), (url, a.findings)
        assert "结合学院思想政治教育工作现状提出要求" in a.text


def test_a_body_cms_address_on_its_own_local_or_spelling_host_is_left_alone():
    named = BARE.replace("学院党委理论".encode(), "鹤山学院党委理论".encode())
    for body, url in ((BARE, "https://xy.example.edu.cn/info/1035/15489.html"),
                      (BARE, "http://127.0.0.1:8000/info/1035/15489.html"),
                      (BARE, "https://www.247projects.com/news/15489.html"),   # no CMS address
                      (named, "http://www.heshanxy.com/info/1035/15489.html")):  # host spells 鹤山学院
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


# A name is read as a name, not as the clause fragment before its ending: a brand standing before
# 向/在/了 in the sentence that names the school is no part of the school's name (v27: a brand's host
# spelling the brand, the fragment "代表<brand>向<school>" taken for one name, the copy missed). A
# school's own host spells its name as a sentence writes it, whether the sentence opens with the
# name or names another body before it (the relation must keep counting the school's host its own).
GIFT = ("<p>10月27日，云帆代表团向江南理工大学赠送图书，学院党委书记出席并讲话。</p>"
        "<p>学院党委副书记首先领学了会议公报，结合学院思想政治教育工作现状提出要求。</p>")


def gift_page(article: str = GIFT) -> bytes:
    return BARE.replace(BARE[BARE.index(b"<p>"):BARE.index(b"</div>")], article.encode())


def test_a_brands_host_spelling_the_clause_before_a_schools_name_does_not_own_it():
    a = clean_page(gift_page(), url="http://www.yunfan-tech.com/info/1035/15489.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "结合学院思想政治教育工作现状提出要求" in a.text


def test_a_time_word_before_school_is_no_name_a_host_spells():
    # v32 rc32-014: 未来学校会持续… ("in future the school will…") is no school's name; a numbered
    # host whose label opens with w-l (未来's initials) must not own the page by it
    article = SCHOOL_ARTICLE.format(name="云帆映像") + "<p>未来学校将持续投入资源，办好每一届运动会。</p>"
    page_ = school_page("云帆映像").replace(SCHOOL_ARTICLE.format(name="云帆映像").encode(), article.encode())
    a = clean_page(page_, url="http://104347.4wlbb.group/focusDetail.jsp?id=1")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "办好每一届运动会" in a.text


def test_a_schools_own_host_spelling_its_name_read_in_a_sentence_is_its_own():
    own = GIFT.replace("云帆代表团向江南理工大学赠送图书", "江南理工大学召开图书捐赠仪式")
    for body in (gift_page(), gift_page(own)):
        a = clean_page(body, url="http://www.jnlgdx.com/info/1035/15489.html")  # spells 江南理工大学
        assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


# A government's news in its own voice (its place as the subject holding a meeting, 我县), its owner
# written nowhere in the chrome: only the host is left to say whose page it is (v30 §6.1).
GOV_ARTICLE = ("<p>11月20日，石门镇召开秋冬季森林防火工作部署会，镇党委副书记、镇长出席会议并讲话。</p>"
               "<p>会议通报了今年以来全镇森林防火工作开展情况，对野外用火管控、重点时段巡山护林等工作进行了安排。</p>"
               "<p>会议要求各村守住山口、管住火源，坚决防止发生重大森林火灾。</p>")


def gov_page(site: str = "", article: str = GOV_ARTICLE) -> bytes:
    """A town's news naming no owner in its chrome (``site``: a name standing in the title, header
    and footer instead)."""
    title = "石门镇召开秋冬季森林防火工作部署会"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}{'_' + site if site else ''}</title></head>
<body><div class="header"><span class="site-name">{site}</span><a href="/">首页</a> <a href="/news/">新闻动态</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2023-11-21</p>
<div class="content">{article}</div></div>
<div class="footer">{'版权所有 ' + site if site else ''}</div></body></html>""".encode()


def test_a_governments_news_naming_no_owner_on_an_unrelated_host_is_flagged_and_kept_whole():
    first_person = GOV_ARTICLE.replace("石门镇召开", "我镇召开")
    for body in (gov_page(), gov_page(article=first_person)):
        a = clean_page(body, url="http://m.chongaiwang.cn/html/mengchong/20231121/41302.htm")
        assert a.hijacked and "mirror_copy" in kinds(a), a.findings
        assert any("m.chongaiwang.cn" in f.evidence for f in a.findings)
        assert "坚决防止发生重大森林火灾" in a.text


def test_a_governments_news_on_its_own_a_publishers_or_a_spelling_host_is_left_alone():
    for body, url in ((gov_page(), "http://www.shimen.gov.cn/xwdt/1.html"),
                      (gov_page(), "http://www.shimenzhen.com/xwdt/1.html"),   # the host spells 石门镇
                      (gov_page(), "http://127.0.0.1:8000/xwdt/1.html"), (gov_page(), None),
                      (gov_page("江南新闻网"), "http://www.jnnews.com/local/1.html")):  # a portal's chrome
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


def test_a_reporter_quoting_the_police_is_no_governments_voice():
    # 记者从…获悉 puts the body in the object's place; 自我 is no body's 我
    quoted = ("<p>记者从石门县公安局获悉，该局近日开展了禁赌宣传活动，民警在广场设点发放宣传资料。</p>"
              "<p>专家说，青少年要学会自我管理，自我约束，远离赌博。</p><p>活动持续到本月底。</p>")
    a = clean_page(gov_page(article=quoted), url="http://m.chongaiwang.cn/html/1.htm")
    assert "mirror_copy" not in kinds(a), a.findings


# A public institution under a government names itself a centre and speaks in its government's
# voice (我区); its own site on a commercial host spells the centre's name (v34 rc34-011, legit).
CENTRE_ARTICLE = ("<p>为进一步维护购彩者合法权益，宁夏体育彩票管理中心持续开展合规销售专项监管活动。</p>"
                  "<p>宁夏体育彩票管理中心召开专项会议，对我区理性购彩、合规管理工作措施进行研讨。</p>"
                  "<p>活动期间，中心对全区实体店开展全覆盖检查，做好合规销售风险隐患防范。</p>")


@pytest.mark.xfail(strict=True, reason="a centre's name (…管理中心) is read by no name ending: the pr26 variant "
                   "94b0fdc reads it, unflagging legit rc34-011 only (one dev set; takeover._PUBLIC_NAME's note)")
def test_a_centres_news_on_a_host_spelling_the_centre_is_its_own():
    a = clean_page(gov_page("体彩资讯", CENTRE_ARTICLE), url="https://nxtcw.com.cn/index.php/shows/400/11362.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # the same news on a host spelling nothing it names is still a copy
    a = clean_page(gov_page("", CENTRE_ARTICLE), url="http://m.chongaiwang.cn/html/mengchong/20231121/41302.htm")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings


def test_a_public_document_in_its_issuers_voice_on_a_law_text_site_is_no_copy():
    # a regulation (its issuing number, its articles) is written to be reprinted: law databases serve it
    regulation = ("<p>（石府〔2023〕12号）</p><p>各镇人民政府，市府直属各单位：</p>"
                  "<p>现将《石门市棋牌经营场所管理办法》印发给你们，请认真贯彻执行。</p>"
                  "<p>第一条 为了加强我市棋牌经营场所的管理，制定本办法。</p>"
                  "<p>第二条 我市行政区域内的棋牌经营场所适用本办法。</p>")
    a = clean_page(gov_page(article=regulation), url="http://www.lawtexts.net/html/text/12345.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # the same host serving a town's news in its own voice is still a copy
    assert clean_page(gov_page(), url="http://www.lawtexts.net/html/text/12345.html").hijacked



# A portal's own page at the address the same CMS mints (v32 §7.6): its masthead names a publisher by
# a place's name (某州教育网); the same article under no publisher's chrome, or under a section's name
# (学院新闻网: a copy's masthead with its school cut out), is a copy.
PORTAL_URL = "http://news.e88.cn/info/1271/167031.htm"


def with_title(title: str) -> bytes:
    return BARE.replace(b"<title></title>", f"<title>{title}</title>".encode())


def test_a_cms_address_copy_under_no_publisher_or_a_sections_name_is_flagged():
    for body in (BARE, with_title("学院召开集体学习会_学院新闻网"), with_title("学院召开集体学习会_新闻网")):
        a = clean_page(body, url=PORTAL_URL)
        assert a.hijacked and "mirror_copy" in kinds(a), a.findings


@pytest.mark.xfail(strict=True, reason="latent false flag left in: every publisher-chrome gate measured on dev "
                   "unflags hijacked rc32-007 (takeover.py, above _BODY_CMS_PATH)")
def test_a_portals_own_cms_address_under_its_masthead_is_not_flagged():
    a = clean_page(with_title("学院召开集体学习会_云岗州教育网"), url=PORTAL_URL)
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


# Reprints that the copy relations still flag (bench/data/dev/clean-reprints, rp24): each is read by one
# relation, and no reader tried tells it from the hijacked copies of dev (takeover.py, the notes dated
# session 24). Kept as strict xfails so that a mend shows here first.
@pytest.mark.xfail(strict=True, reason="a school's paper on its printer's e-paper platform: the chrome names the "
                   "school (foreign_host); a publication title (《…报》) beside it stands on this one dev page only")
def test_a_schools_newspaper_on_its_printers_platform_is_not_flagged():
    a = clean_page(page("岚山第二中学 - 《岚山二中报》"), url="https://wx.epaper-host.com/baokan/article/info.html?doc_id=1")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


@pytest.mark.xfail(strict=True, reason="a county paper's 本报讯 report in the county's voice (我县), its chrome "
                   "naming nobody: a newspaper's dateline stands on hijacked copies of papers too (rc17-005)")
def test_a_county_papers_report_in_the_countys_voice_is_not_flagged():
    report = ("<p>本报讯 11月20日，县委常委到县融媒体中心调研媒体融合工作。</p>"
              "<p>他要求，要为我县经济社会各项事业发展营造良好的舆论氛围。</p><p>调研组还察看了演播室。</p>")
    a = clean_page(gov_page(article=report), url="http://paper.epaper-host.cn/Html/2020-11-20/1.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


@pytest.mark.xfail(strict=True, reason="an aggregator's copy of a school's 我校 news, its chrome naming nobody: "
                   "the same page as a hijacked copy (unnamed_school_host reads 我校 under any chrome)")
def test_an_aggregator_carrying_a_schools_own_news_is_not_flagged():
    a = clean_page(school_page("学校"), url="http://city.news-aggregator.com/xinwen/1/")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


# A body's own news whose byline credits the body (来源：<school>, 来源：<town>: v19-v21's copies with their
# chrome stripped), the article a reporter's plain account in no voice: the credit says whose page it is.
CREDITED_ARTICLE = ("<p>为丰富教职工业余生活，11月4日下午，岚山县洋溪学校一行十余人走进岚山县三河学校开展交流联谊活动。</p>"
                    "<p>此次活动分为交流学习和教职工篮球赛两项内容，两校教师围绕课堂教学进行了深入交流。</p>"
                    "<p>活动增进了两校教师之间的友谊，促进了学校之间互帮互助。</p>")


def credited_page(source: str, site: str = "") -> bytes:
    """A school's news crediting ``source`` as its 来源, under a chrome naming ``site`` (or nobody)."""
    title = "岚山县洋溪学校到三河学校开展交流联谊活动"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}{'_' + site if site else ''}</title></head>
<body><div class="header"><span class="site-name">{site}</span><a href="/">首页</a> <a href="/news/">新闻动态</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2021-11-05 来源：{source}</p>
<div class="content">{CREDITED_ARTICLE}</div></div>
<div class="footer">{'版权所有 ' + site if site else ''}</div></body></html>""".encode()


def test_a_bodys_news_crediting_the_body_on_an_unrelated_host_is_flagged_and_kept_whole():
    for source in ("岚山县三河学校", "三河镇", "岚山縣三河學校"):
        a = clean_page(credited_page(source), url="https://qbxwcd.com/dz/2021-07-31/10237.html")
        assert a.hijacked and "mirror_copy" in kinds(a), (source, a.findings)
        assert any("qbxwcd.com" in f.evidence for f in a.findings)
        assert "促进了学校之间互帮互助" in a.text


def test_a_credited_bodys_news_on_its_own_a_spelling_or_a_publishers_host_is_left_alone():
    for body, url in ((credited_page("岚山县三河学校"), "http://www.lsxsh.edu.cn/news/1.html"),
                      (credited_page("岚山县三河学校"), "http://www.lsshx.com/news/1.html"),  # 岚山三河学校, spelt
                      (credited_page("岚山县三河学校"), "http://127.0.0.1:8000/news/1.html"),
                      (credited_page("岚山县三河学校"), None),
                      (credited_page("岚山县三河学校", "岚山教育网"), "http://www.lsjyw.com/news/1.html"),
                      (credited_page("岚山县三河学校", "江南新闻网"), "http://www.jnnews.com/local/1.html"),
                      (credited_page("新华社"), "https://qbxwcd.com/dz/2021-07-31/10237.html")):  # no body credited
        a = clean_page(body, url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)


def test_a_clause_left_uncut_holds_no_name_a_host_spells(monkeypatch):
    """_read_names cuts only the clauses a host's runs might spell (_may_spell): every name the
    whole reading finds and a run spells is still found."""
    import random
    import re

    from scraper.clean import takeover

    rng = random.Random(5)
    alphabet = "福州第四中学长沙市重庆上海银行教育局县镇公安乐亭实验小学附属大学政府要求在向了"
    ends = re.compile("中学|小学|大学|学校|政府|局")
    runs = ("fzsz", "cqyh", "shzx", "jyj", "xsx", "ltx", "heshanzx", "sydx", "gaj")
    clauses = ["".join(rng.choice(alphabet) for _ in range(rng.randint(4, 16))) for _ in range(300)]
    kept = [takeover._read_names(clause, ends, runs) for clause in clauses]
    with monkeypatch.context() as m:
        m.setattr(takeover, "_may_spell", lambda runs, text: True)
        everything = [takeover._read_names.__wrapped__(clause, ends, runs) for clause in clauses]
    assert sum(map(len, kept)) < sum(map(len, everything))  # (some clauses are left uncut)
    for clause, names, all_names in zip(clauses, kept, everything, strict=True):
        for run in runs:
            assert {n for n in all_names if spells(run, n)} <= set(names), (clause, run)


def test_a_cms_address_copy_on_a_host_spelling_a_name_by_chance_is_flagged():
    # the template names its owner 学院办公室; wenxianggongsi holds gong s (公室) among letters that spell
    # nothing of it: the host abbreviates no name, the copy is flagged (v38 §1 R4)
    owned = BARE.replace(b"<title></title>", "<title>学院办公室</title>".encode())
    a = clean_page(owned, url="https://wenxianggongsi.cn/c10304a674315/page.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    # a host opening with the name's first two characters (its place, 安康) is the body's own
    named = BARE.replace("学院党委理论".encode(), "安康市实验学校党委理论".encode())
    a = clean_page(named, url="https://www.akedu.com/info/1035/15489.html")
    assert "mirror_copy" not in kinds(a), a.findings

@GT30
def test_a_credit_naming_the_bodys_column_after_it_credits_the_body():
    # the 来源 a bureau's site writes with its column (v38 §1 R2: 安徽省體育局_媒體關注)
    for source in ("岚山县三河学校_学校新闻", "岚山縣三河學校-媒體關注"):
        a = clean_page(credited_page(source), url="https://qbxwcd.com/dz/2021-07-31/10237.html")
        assert a.hijacked and "mirror_copy" in kinds(a), (source, a.findings)
    a = clean_page(credited_page("岚山县三河学校_学校新闻"), url="http://www.lsshx.com/news/1.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


def test_a_bureaus_credited_news_on_an_unrelated_host_is_flagged_not_only_noted():
    # a bureau is a part of a body (foreign_host only notes it), but its 来源 naming it on a host that
    # spells nothing the page writes is its news copied (v38 §2 S3): the later relations are asked
    a = clean_page(credited_page("岚山县水利局", "岚山县水利局"), url="https://www.wsbjv.cn/dz/10237.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    a = clean_page(credited_page("岚山县水利局", "岚山县水利局"), url="http://www.lsxslj.com/news/1.html")
    assert not a.hijacked and not kinds(a) - {"hidden_block"}, a.findings  # its own, spelt: lan shan x s l j


def test_a_host_writing_its_kind_as_a_suffix_label_beside_its_initials_is_its_own():
    # an education bureau's own site abbreviates 同安教育网 as xm ta edu: its place's initials and the label its
    # .edu.cn host would carry (v48 §3 rc48b-021, legit, flagged by the school voice of an item it carries);
    # under its province too (fj xm ta edu) or for a government (hz sm gov: 石门镇人民政府) it is the same abbreviation
    assert spells("xmtaedu", "同安教育网") and spells("fjxmtaedu", "同安教育网") and spells("hzsmgov", "石门镇人民政府")
    # the label alone, or beside letters spelling nothing of the name, abbreviates nothing
    assert not spells("edu", "同安教育网") and not spells("gov", "石门镇人民政府") and not spells("xmqredu", "同安教育网")
    for url in ("https://www.xmtaedu.cn/a5/8c/c22157a107916/page.htm", "http://www.fjxmtaedu.com/news/1.html"):
        a = clean_page(school_page("官浔小学", owner="同安教育网"), url=url)
        assert not a.hijacked and "mirror_copy" not in kinds(a), (url, a.findings)
    a = clean_page(school_page("官浔小学", owner="同安教育网"), url="http://www.xmqredu.com/news/1.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    a = clean_page(gov_page("石门镇人民政府"), url="http://www.hzsmgov.com/xwdt/1.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    a = clean_page(gov_page("石门镇人民政府"), url="http://gov.papastars.com/xwdt/1.html")  # a host dressed as one
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings


# A university's news copied whole with a brand written wherever the university's name stood: in the story's
# sentences, the <title>, the logo and the footer (v48 §1 R1, rc48-005). The brand's name ends as a publisher's,
# a platform's or a company's does; written as the story's own body it is no carrier's chrome.
EXCHANGE = ("<p>8月24日至8月26日，地理科学学部代表{name}举办了暑期短期交流项目，来自广岛大学、韩国外国语大学、长春大学和"
            "{name}四校的20名学生参与该项目。</p><p>项目举行开班仪式，学部党委副书记介绍了{name}及学部的历史、现状和发展。"
            "</p><p>学员们参观了实验室和校史馆，感受到{name}的历史底蕴深厚，名家层出不穷。</p>")


def exchange_page(name: str, story_name: str | None = None) -> bytes:
    story = EXCHANGE.format(name=name if story_name is None else story_name)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head>
<body><div class="head"><div class="logo"><a href="/">{name}</a></div>
<ul class="nav"><li><a href="/c12/list.htm">首页</a></li><li><a href="/c13/list.htm">新闻中心</a></li></ul></div>
<div class="pos">首页 &gt;&gt; 新闻中心</div><div class="art">{story}</div>
<div class="foot"><p>版权所有 &copy; {name}</p></div></body></html>""".encode()


@pytest.mark.xfail(strict=True, reason="cr44 variant 2e6fb3d6 measured, not wired: an owner written 3+ times in the "
                   "story as no carrier's chrome gains rc48-005 (v48) alone (takeover.py, above unrelated_subject_host)")
def test_a_brand_written_as_the_storys_own_body_is_no_publishers_chrome():
    for brand in ("太平洋在线会员官方网", "璟渡会员服务台", "棠骁视界频道"):
        a = clean_page(exchange_page(brand), url="http://hnyqjbs.com/xwzx/f460c4807bd94fce8c359d3f42ba0876.html")
        assert a.hijacked and "mirror_copy" in kinds(a), (brand, a.findings)
        assert "感受到" in a.text


def test_a_publisher_carrying_a_schools_story_under_its_name_is_left_alone():
    # the publisher names itself in its chrome only; the story writes the university's name
    a = clean_page(exchange_page("江南新闻网", story_name="江南理工大学"), url="http://www.hnyqjbs.com/xwzx/1.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # a school's own site on a host spelling it
    a = clean_page(exchange_page("江南理工大学"), url="http://www.jnlgdx.com/info/1035/15489.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
