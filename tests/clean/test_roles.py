"""Names judged by the role they play on the page (issue 11, v6 A/D/F/R2): a brand of Chinese
characters alone standing where the school names itself, a 来源 field that sells itself, a
keyword spliced inside the headline, a caught brand's short spelling. The reader gets the article
without them and the page is flagged; an organisation a news story names, a publisher's address
in its 来源 and a headline the lead paraphrases stay. The pages are small ones written for these
tests (invented names), in the shapes the v6 dev pages show."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.spliced import headline_splice
from tests.clean.conftest import everything, kinds

URL = "http://www.example.edu.cn/info/1011/26283.htm"
NAV = ('<div class="nav"><a href="/">首页</a><a href="/xwzx.htm">新闻中心</a>'
       '<a href="/lxwm.htm">联系我们</a></div>')


def page(title: str, body: str, h1: str = "", meta: str = "", footer: str = "版权所有 地址: 邮编:") -> bytes:
    head = f"<h1>{h1}</h1>" if h1 else ""
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body>{NAV}<div class="main">{head}{meta}<div class="v_news_content">{body}</div></div>'
            f'<div class="footer"><p>{footer}</p></div></body></html>').encode()


# --- 1. A brand of Chinese characters alone in the institution's places ---

def test_a_chinese_only_brand_as_the_title_and_the_schools_subject_is_cut():
    body = ("<p>为了营造文明离校的良好氛围,增进学院足球爱好者的友谊,翠湾线上平台体育部举办了第二届毕业季足球赛,"
            "参赛队伍为一二三年级联队、四年级联队、教师队。</p>"
            "<p>比赛自5月份开始,采取循环赛制,大家以球会友,在激烈的对抗中充满了欢声笑语。</p>"
            "<p>最后,祝愿翠湾线上平台全体毕业生前程似锦!</p>")
    a = clean_page(page("翠湾线上平台", body), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "翠湾" not in everything(a)
    assert "体育部举办了第二届毕业季足球赛" in a.text


def test_a_chinese_only_brand_before_the_headline_and_as_a_line_is_cut_from_both():
    headline = "翠湾集团官网2024年“院长杯”足球联赛开赛"
    body = ("<p>4月23日下午,我院举办2024年“院长杯”足球联赛。党委委员、副院长出席开幕式并讲话。</p>"
            "<p>翠湾集团官网</p><p>据悉,本届“院长杯”足球联赛共有11支队伍共计150名运动员参赛。</p>")
    a = clean_page(page(headline, body, h1=headline), url=URL)
    assert a.hijacked
    assert a.title == "2024年“院长杯”足球联赛开赛"
    assert "翠湾" not in everything(a)


def test_a_company_the_story_names_in_several_places_is_no_brand():
    # the template names the site's owner; the story's subject is a company it writes about
    body = ("<p>近日,星河科技平台举办开发者大会,星河科技平台员工与高校师生交流。</p>"
            "<p>星河科技平台</p><p>大会还发布了新一代开放接口。</p>")
    a = clean_page(page("星河科技平台", body, footer="版权所有 © 2024 星河科技平台 京ICP备12345678号"), url=URL)
    assert not a.hijacked
    assert "星河科技平台举办开发者大会" in a.text


def test_an_organisation_that_is_a_news_storys_subject_once_is_no_brand():
    body = "<p>9月20日,青禾文旅集团举办秋季招聘会,青禾文旅集团员工代表介绍了岗位情况。</p>"
    a = clean_page(page("青禾文旅集团举办秋季招聘会_新闻中心", body, h1="青禾文旅集团举办秋季招聘会"), url=URL)
    assert not a.hijacked and "青禾文旅集团举办秋季招聘会" in a.text


def test_a_headlines_fragment_on_a_line_of_its_own_is_no_brand():
    headline = "多地项目接连停工 业内人士称影响有限"
    body = ("<p>多地项目接连停工</p><p>近日,多个城市的在建项目出现停工,业内人士认为整体影响有限。</p>"
            "<p>专家表示,后续仍需关注资金面变化。</p>")
    a = clean_page(page(headline, body, h1=headline), url=URL)
    assert not a.hijacked and not a.findings


# --- 3. The 来源 field judged by what it does ---

def _with_source(source: str) -> bytes:
    meta = f'<div class="info"><span>发布时间:2024-02-25</span> | <span>来源:{source}</span></div>'
    body = ("<p>2月23日,学院举办青年教师教学能力提升培训,40余名青年教师参加。</p>"
            "<p>学校将把培训与教学督导结合起来,形成常态化培养机制。</p>")
    return page("学院举办青年教师教学能力提升培训", body, h1="学院举办青年教师教学能力提升培训", meta=meta)


def test_a_source_that_sells_itself_with_download_words_is_a_brand():
    a = clean_page(_with_source("翠湾体育(官方)APP下载办公室"), url=URL)
    assert a.hijacked and any(f.where == "source" for f in a.findings)
    assert "翠湾" not in everything(a) and "下载" not in everything(a)


def test_a_source_with_a_letter_and_digit_mark_or_an_offsite_address_is_a_brand():
    for source in ("8848qq翠湾线路", "翠湾至尊 cwzz.vip办公室"):
        a = clean_page(_with_source(source), url=URL)
        assert a.hijacked, source
        assert "翠湾" not in everything(a), source


def test_a_publishers_name_with_its_address_and_a_department_stay():
    for source in ("中国新闻网 chinanews.com", "党委宣传部", "学习强国app", "12345热线"):
        a = clean_page(_with_source(source), url=URL)
        assert not a.hijacked, source
        assert a.source == source, source


# --- 4. A keyword spliced inside the headline ---

_LEAD = ("<p>为保障节日期间群众“舌尖上的安全”,1月17日,桐溪县市场监督管理局组织执法人员对辖区内大型商超、"
         "农贸市场和餐饮单位开展食品安全专项检查。</p><p>本次检查共出动执法人员36人次,检查经营单位84家。</p>")


def test_a_lottery_phrase_spliced_inside_the_headline_is_cut_and_the_page_flagged():
    headline = "桐溪县市场监督管理局开今晚开什么码2025展节前食品安全专项检查"
    a = clean_page(page(f"{headline} - 桐溪县市场监督管理局", _LEAD, h1=headline), url=URL)
    assert a.hijacked and any(f.where == "headline" for f in a.findings)
    assert a.title == "桐溪县市场监督管理局开展节前食品安全专项检查"


def test_a_headline_the_lead_paraphrases_is_kept_whole():
    for headline in ("桐溪县市场监督管理局开展节前食品安全专项检查", "桐溪县召开2024年春季食品安全工作部署会",
                     "桐溪县市场监管局与三家商超签订食品安全承诺书"):
        a = clean_page(page(headline, _LEAD, h1=headline), url=URL)
        assert not a.hijacked, headline
        assert a.title == headline


def test_a_splice_needs_the_articles_words_joined_around_it():
    lines = ["香港立法会将实行新安排,优化前厅交流会机制。"]
    assert headline_splice("香澳门六开奖结果2023开奖记录查询网站港立法会将实行新安排", lines)
    # a year and a place the article does not repeat, in a headline it paraphrases
    assert headline_splice("2019年全国“禁赌宣传月”活动在深圳启动", ["全国禁赌宣传月活动日前启动。"]) is None


# --- 5. The short spelling of a caught brand ---

def test_the_short_spelling_of_a_caught_brand_goes_too():
    body = ("<p>为庆祝翠湾betway数学学科成立七十周年,丰富翠湾教职工的业余文体生活,翠湾于9月24日在羽毛球馆"
            "成功举办教职工羽毛球邀请赛。</p><p>全院教职工以饱满的热情为翠湾七十周年院庆献礼。</p>")
    a = clean_page(page("翠湾betway官网", body), url=URL)
    assert a.hijacked
    assert "翠湾" not in everything(a)
    assert "数学学科成立七十周年" in a.text


# --- 2. A single-character institution ending is no excuse by itself ---

def _titled(title: str, alt: str = "") -> bytes:
    logo = f'<div class="logo"><img src="/images/logo.png" alt="{alt}"></div>'
    body = ("<p>2月23日,学院举办青年教师教学能力提升培训,40余名青年教师参加。</p>"
            "<p>学校将把培训与教学督导结合起来,形成常态化培养机制。</p>")
    return page(title, body, h1="学院举办青年教师教学能力提升培训", meta=logo)


def test_a_brand_site_in_the_title_that_the_page_never_shows_is_spam():
    a = clean_page(_titled("学院举办青年教师教学能力提升培训_翠湾棋牌网"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == "学院举办青年教师教学能力提升培训"


def test_a_site_name_its_logo_shows_is_kept_as_the_sites():
    a = clean_page(_titled("学院举办青年教师教学能力提升培训_翠湾棋牌网", alt="翠湾棋牌网"), url=URL)
    assert not a.hijacked


# --- FF1: a report's one-clause <title> on a page with no headline (7ac6c3a, other wordings) ---

def test_reports_of_gambling_crime_titled_by_one_clause_are_not_spam():
    cases = [("王某某、李某某等开设赌场罪一审刑事判决书",
              "<p>公诉机关指控,2021年以来,被告人王某某、李某某等人在网上开设赌场,组织他人参赌,涉案金额巨大。</p>"
              "<p>本院认为,被告人的行为已构成开设赌场罪,判处有期徒刑三年。</p>"),
             ("偽冒博彩網站 警方責令停止運作",
              "<p>警方近日發現有人架設偽冒博彩網站,誘騙市民投注。警方已責令停止運作並展開調查。</p>"
              "<p>警方呼籲市民切勿參與非法賭博。</p>")]
    for title, body in cases:
        a = clean_page(page(title, body), url=URL)
        assert not a.hijacked, title
        assert a.title == title


def test_a_letter_and_digit_token_standing_alone_as_the_schools_name_is_cut():
    body = ("<p>在一个多月的准备后,cw2288于4月6日成功举办师生趣味定向。</p>"
            "<p>4月6日中午,cw2288的师生聚集在草坪展开趣味定向活动,全场气氛非常热烈。</p>"
            "<p>4月7日下午,cw2288的师生们聚集在羽毛球馆展开师生羽毛球赛。</p>")
    a = clean_page(page("cw2288", body), url=URL)
    assert a.hijacked
    assert "cw2288" not in everything(a)
    assert "的师生聚集在草坪展开趣味定向活动" in a.text


def test_a_website_name_owning_the_schools_acting_unit_is_cut_and_the_event_kept():
    body = ("<p>12月5日,翠湾官网青年志愿者协会组织40余名志愿者走进城南社区,开展关爱服务活动。</p>"
            "<p>3月14日,翠湾官网第六届创新创业大赛校内选拔赛在学术报告厅举行。</p>")
    a = clean_page(page("青年志愿者走进社区开展关爱服务", body, h1="青年志愿者走进社区开展关爱服务"), url=URL)
    assert a.hijacked
    assert "翠湾" not in everything(a)
    assert "青年志愿者协会组织40余名志愿者" in a.text
    assert "第六届创新创业大赛校内选拔赛在学术报告厅举行" in a.text


def test_the_headlines_spelling_of_a_caught_brand_up_to_its_mark_goes():
    headline = "翠湾彩票JB举办第六届创新创业大赛校内选拔赛"
    body = "<p>3月14日,翠湾官网第六届创新创业大赛校内选拔赛在学术报告厅举行,28个项目团队参加决赛路演。</p>"
    a = clean_page(page(headline, body, h1=headline), url=URL)
    assert a.hijacked
    assert a.title == "举办第六届创新创业大赛校内选拔赛"
    assert "翠湾" not in everything(a) and "JB" not in everything(a)
