"""A page whose <title> is nothing but a learnt brand on both sides of a separator ("X-X", also the <h1>, the
来源 and a reading-now line): once the name is scrubbed the title is "-", which splits into no parts; the
cleaner must still answer, flag the page and keep the article (v42 account, a swap of a real case)."""
from __future__ import annotations

from scraper.clean import clean_page

BODY = ("新华社北京3月12日电 记者从国家体育总局获悉，全国青少年田径锦标赛将于下月在成都举行，来自各省区市的"
        "一千二百余名运动员报名参赛。组委会表示，本届比赛增设了团体接力项目，并将首次采用电子计时系统。")


def test_a_title_of_brand_names_only_is_cleaned_without_error():
    page = (f"<html><head><title>开云体育-开云体育</title></head><body>"
            f"<div class='crumb'>正在阅读:开云体育-开云体育</div>"
            f"<h1>开云体育-开云体育</h1><h2 class='sub'>全国青少年田径锦标赛下月在成都举行</h2>"
            f"<div class='info'>来源:开云体育 2024-03-12</div>"
            f"<div class='content'><p>开云体育</p><p>{BODY}</p><p>{BODY[:60]}</p></div>"
            "</body></html>").encode()
    article = clean_page(page, url="http://k3x9.example.com/a/1.html")
    assert article.hijacked
    assert "开云体育" not in (article.title or "") and "开云体育" not in article.text
    assert "全国青少年田径锦标赛" in article.text
