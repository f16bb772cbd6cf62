"""Many small news sites for the cluster's test and benchmark: each a listing page and N plain,
clean articles under its own path prefix, so that several sites can share one server (one host,
as sections of one university's site do) or each have a server of its own.

The article texts are the demo site's paragraphs, shuffled per site and page: real Chinese news
prose, enough for the cleaner to find an article, different on every page.
"""
from __future__ import annotations

import html
import random

from demo.site import Response, load_articles

HTML = {"Content-Type": "text/html; charset=utf-8"}


def article_pattern(prefix: str) -> str:
    """The configuration's ``article_pattern`` for a farm site."""
    return f"/{prefix}/info/\\d+\\.htm$"


def listing_path(prefix: str) -> str:
    return f"/{prefix}/list.htm"


def build_farm_site(prefix: str, articles: int, delay: float = 0.0, seed: int = 0) -> dict[str, Response]:
    """Paths of one site → responses, each answered after ``delay`` seconds."""
    rnd = random.Random(f"{prefix}-{seed}")
    paragraphs = [p for a in load_articles() for p in a.paragraphs]
    titles = [a.title for a in load_articles()]
    site: dict[str, Response] = {}
    links = []
    for i in range(1, articles + 1):
        title = f"{rnd.choice(titles)}（{prefix}-{i}）"
        body = "".join(f"<p>{html.escape(p)}</p>" for p in rnd.sample(paragraphs, min(4, len(paragraphs))))
        path = f"/{prefix}/info/{i}.htm"
        links.append(f'<li><a href="{path}">{html.escape(title)}</a><span>2024-05-{1 + i % 28:02d}</span></li>')
        page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>'
                f'<div class="header">{prefix} 新闻网</div><h1>{html.escape(title)}</h1>'
                f'<div class="arti_update">发布时间：2024-05-{1 + i % 28:02d} 10:00</div>'
                f'<div class="v_news_content">{body}</div><div class="footer">版权所有</div></body></html>')
        site[path] = Response(200, HTML, page.encode(), delay)
    listing = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{prefix} 新闻</title></head><body>'
               f'<ul class="news-list">{"".join(links)}</ul></body></html>')
    site[listing_path(prefix)] = Response(200, HTML, listing.encode(), delay)
    return site
