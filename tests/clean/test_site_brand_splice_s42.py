"""A site named as a betting brand (X体育官方网站 in its logo and copyright line) that glues the name's
stem onto a copied story's headline and first line (real-cases-v46 rc46-006): the brand is spliced in,
found and cut. A sports portal crediting itself in its lead (X体育讯) is not."""
from scraper.clean import clean_page

_REST = "".join(
    f"<p>文明有代谢，社会变革斗转星移，然而古今技术的演化方式却往往殊途同归，第{k}章为我们提供了发展的基本坐标。"
    "因此，站在新的起点上重新理解旧技术，是一件很有意义的事情。</p>" for k in range(1, 5))


def _page(site: str, headline: str, lead: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<div class='top'><div class='logo'>{site}</div><ul><li><a href='/'>网站首页</a></li>"
            "<li><a href='/news/'>新闻资讯</a></li></ul></div>"
            f"<div class='detail'><h1>{headline}</h1><div class='info'>发布日期:2023-03-12</div>"
            f"<div class='content'><p>{lead}</p>{_REST}</div></div>"
            f"<div class='foot'><p>版权所有:{site} 技术支持:网站建设</p></div></body></html>").encode()


def test_a_betting_sites_name_glued_on_the_headline_and_the_lead_is_spliced():
    a = clean_page(_page("赛驰体育官方网站", "赛驰体育午间阅读 自新世界重新理解旧技术——专访编木拱桥作者",
                         "赛驰体育编木拱桥技术，是一种以木材编织取代寻常由石材堆叠来构造拱桥的匠作技术，极为特殊和精巧。"),
                   url="http://www.example.com/news/hy/1753.html")
    assert a.hijacked
    assert "赛驰体育" not in a.text and "赛驰体育" not in (a.title or "")


def test_a_sports_portal_crediting_its_lead_is_not_spliced():
    a = clean_page(_page("赛驰体育官方网站", "赛驰体育讯 市少年队夺得全省篮球联赛冠军",
                         "赛驰体育讯 昨日，市少年队在全省篮球联赛决赛中以八十六比七十九战胜对手，夺得冠军。"),
                   url="http://www.example.com/news/hy/1754.html")
    assert not any(f.kind == "spliced_brand" and f.where == "headline" for f in a.findings)


def test_a_company_writing_its_own_news_is_not_spliced():
    # the name is the subject of its lead: a sporting-goods firm's own report
    a = clean_page(_page("赛驰体育官方网站", "赛驰体育携手市体育局举办全民健身跑活动",
                         "赛驰体育携手市体育局于本周六在滨江公园举办全民健身跑活动，共有两千余名市民参加。"),
                   url="http://www.example.com/news/gs/1755.html")
    assert not any(f.kind == "spliced_brand" and f.where == "headline" for f in a.findings)
