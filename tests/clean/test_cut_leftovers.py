"""What a cut leaves behind on a page proven hijacked (issue 11: spam strings left): a brand
glued into the headline goes from every field the page writes it in, not only where the span
learned from the headline stands whole."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon
from scraper.clean.evidence import Evidence
from tests.clean.conftest import FIXTURES, everything


def cleaned(name: str, url: str):
    return clean_page((FIXTURES / name).read_bytes(), url=url)


def test_a_brand_glued_into_the_headline_goes_from_the_text_too():
    # <title> and <h2>: 威尼斯官网学子在2015“我与外教”…; the text writes 威尼斯官网 bare, four times
    a = cleaned("rc27-009-brand-glued-headline.html", "https://hngsjz.com/contents/46/59526.html")
    assert a.hijacked
    assert "威尼斯官网" not in everything(a)
    assert "外国语学院学生徐章玲的征文作品" in a.text  # the sentence around it stays


def test_a_brand_glued_into_the_title_goes_from_the_source_field():
    # <title>/<h1>: 金蟾真人馆阅读<headline>; 发布机构 and 信息来源 name 金蟾真人馆
    a = cleaned("syn18-027-brand-glued-title-source.html", "https://www.gov.example.cn/news/2025/syn18-027.html")
    assert a.hijacked
    assert a.title == "桐溪街道开展食品安全进校园宣传活动"
    assert "金蟾真人馆" not in everything(a)


def heads_learned(span: str, headline: str, text: str) -> set[str]:
    ev = Evidence()
    ev.learn(span, True)
    ev.learn_written_heads(headline, lambda: lexicon.normalize(text))
    return set(ev.strings) - {span}


def test_the_brand_is_the_head_the_page_writes_before_other_words():
    text = "威尼斯官网外国语学院学生获奖。同时，威尼斯官网被评为优秀组织单位。"
    assert heads_learned("威尼斯官网学子在2015“", "威尼斯官网学子在2015“我与外教”全国征文大赛中获奖", text) == {"威尼斯官网"}


def test_the_headlines_own_subject_is_no_brand_where_the_page_writes_it():
    # a splice run on into the headline's subject: the subject, written on its own, names no website
    text = "县农业农村局召开推进会。会议由县农业农村局局长主持，县农业农村局各股室负责人列席。"
    assert heads_learned("县农业农村局金舵", "县农业农村局金舵部署秋粮收购工作", text) == set()


def test_a_phrase_the_splice_ran_into_written_once_more_is_no_name():
    # the article writes the brand and the headline's verb together once: no name stands there
    text = "比赛项目预赛在开云(中国)官方成功举办。本赛项是全国10个预选赛项之一。"
    span = "开云(中国)官方成功举办全"
    assert heads_learned(span, span + "国第一届学生运动会比赛", text) == set()
