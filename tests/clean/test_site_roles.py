"""Spam that no word list knows, caught by the role a name plays (issue 11 §1B/§1C/§1D of the v4
account): a keyword page over a borrowed article, a name in the site's slots that is not the site's,
a keyword written inside the site's own name. Legit pages with the same shapes stay untouched."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.institution import inserted_phrases, own_names
from tests.clean.conftest import FIXTURES, everything, kinds


def roles(name: str):
    return clean_page((FIXTURES / "roles" / name).read_bytes(), url="https://www.example.com/a/1.html")


def test_a_card_game_keyword_title_over_a_borrowed_police_report_is_a_keyword_page():
    a = roles("farm-card-keyword.html")
    assert a.hijacked and "keyword_page" in kinds(a)
    assert "推筒子" not in everything(a)  # the title goes (the page has no headline of its own)
    assert "全市共查处酒驾醉驾违法行为1200余起" in a.text and "做到喝酒不开车" in a.text


def test_a_latin_keyword_page_gives_the_articles_own_headline_and_loses_its_keyword_lines():
    a = roles("farm-latin-keyword.html")
    assert "keyword_page" in kinds(a)
    assert a.title == "Mahasiswa Teknik Raih Juara Lomba Robot Nasional 2024"
    assert "judi bola" not in everything(a)
    assert "Tim robotika Fakultas Teknik berhasil meraih juara pertama" in a.text


def test_a_lottery_announcement_titled_by_its_topic_is_no_keyword_page():
    a = roles("legit-lottery-title.html")
    assert not a.hijacked and not a.findings
    assert a.title == "双色球开奖公告"
    assert "本期双色球红球号码为03" in a.text


def test_a_name_in_the_title_prefix_and_suffix_that_is_not_the_sites_is_cut_everywhere():
    a = roles("slot-name-substituted.html")
    assert a.hijacked and "foreign_site_name" in kinds(a)
    assert "星河" not in everything(a)
    assert a.title == "第五届读书节开幕"
    assert "第五届读书节在图书馆报告厅开幕" in a.text and a.source == "东川师范学院"


def test_a_republished_story_with_its_agency_in_the_byline_is_untouched():
    a = roles("legit-republished.html")
    assert not a.hijacked and not a.findings
    assert a.title == "全国高校毕业生就业工作会议召开"
    assert "新华社北京11月20日电" in a.text


def test_the_sites_own_names_come_from_its_copyright_line_and_metas():
    own = own_names("首页 版权所有：东川师范学院 地址：学府路1号 ©2004-2008", {"og:site_name": "东川新闻网"})
    assert own == {"东川师范学院", "东川新闻网"}


def test_a_keyword_written_inside_the_sites_name_is_found():
    assert inserted_phrases("9月22日，临溪县网上投注排名农业农村局召开春耕工作会。", {"临溪县农业农村局"}) == ["网上投注排名"]
    assert inserted_phrases("临溪县农业农村局召开春耕工作会。", {"临溪县农业农村局"}) == []
    # the name whole and then one of its units: nothing was pushed inside it
    assert inserted_phrases("屏山职业技术学院护理学院举办培训", {"屏山职业技术学院"}) == []


def test_a_keyword_stamped_on_the_borrowed_headline_and_pasted_into_its_sentences_is_cut():
    a = roles("farm-headline-prefix.html")
    assert "keyword_page" in kinds(a)
    assert a.title == "图书馆新馆开馆"
    assert "世界杯" not in everything(a) and "赛程表" not in everything(a)
    assert "承载着几代人记忆的图书馆新馆正式开馆" in a.text
    assert "新馆建筑面积三万平方米，藏书二百万册" in a.text


def test_a_proven_name_is_cut_inside_a_quoted_document_title_and_mid_sentence():
    from scraper.clean.evidence import Evidence
    from scraper.clean.hijack import scrub

    ev = Evidence()
    ev.add("foreign_site_name", "title prefix, title suffix", "Ψ星河娱乐")
    ev.learn("Ψ星河娱乐", True)
    text, removed = scrub("根据《Ψ星河娱乐关于开展读书节活动的通知》要求，学院组织Ψ星河娱乐师生参加。", ev, in_article=True)
    assert text == "根据《关于开展读书节活动的通知》要求，学院组织师生参加。" and removed


def test_a_figurative_headline_in_both_title_and_h1_is_the_headline_not_a_keyword():
    # v7 FF: the <title> and the <h1> agree word for word and the article never repeats them (a
    # figure of speech); the <h1> counted as chrome that "names the keyword"
    a = roles("legit-figurative-headline.html")
    assert not a.hijacked and not a.findings
    assert a.title == "让每一条山路都通向远方"


def test_a_site_renamed_to_a_lottery_the_article_never_speaks_of_is_caught_and_cut():
    a = roles("sitename-swapped-lottery.html")
    assert a.hijacked and "foreign_site_name" in kinds(a)
    assert "鸿运彩票" not in everything(a)
    assert a.title == "石泉县应急管理局召开秋冬季森林防火工作部署会"
    assert "各地要压实属地责任" in a.text


def test_a_lottery_sites_own_name_over_its_lottery_notice_is_untouched():
    a = roles("legit-lottery-site-name.html")
    assert not a.hijacked and not a.findings
    assert "中奖彩民请携带中奖彩票" in a.text
