"""A 来源 names a publisher: a stream, a video site or an app (a name, then 直播, 视频, 网页版,
手机版…) standing as a public body's 来源 is no publisher, nor is a name with a download word glued
to it (X客户端下载). Each has a legit twin that keeps its 来源 (issue 11; dev v5, v21, v28)."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import everything, kinds
from .test_names_in_slots import TOWN_NEWS, _page


def test_a_stream_as_a_towns_source_is_no_source():
    a = clean_page(_page("桐溪镇人民政府", "桐溪镇推进农村人居环境整治", TOWN_NEWS, source="琮瑜直播"))
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert a.source is None
    assert "琮瑜" not in everything(a)
    assert "镇党委书记表示" in a.text


def test_an_apps_web_version_as_a_county_story_source_is_no_source():
    a = clean_page(_page("新闻中心", "桐溪县三镇入选全省美丽乡村名单", TOWN_NEWS, source="琮瑜k8网页版"))
    assert a.hijacked
    assert a.source is None


def test_a_download_word_glued_to_a_client_name_sells_it():
    a = clean_page(_page("桐溪镇人民政府", "桐溪镇推进农村人居环境整治", TOWN_NEWS, source="琮瑜平台客户端下载"))
    assert a.hijacked
    assert a.source is None


def test_a_publishers_video_channel_and_client_stay():
    for source in ("新华社视频", "人民日报客户端", "桐溪县融媒体视频"):
        a = clean_page(_page("桐溪镇人民政府", "桐溪镇推进农村人居环境整治", TOWN_NEWS, source=source))
        assert not a.hijacked, source
        assert a.source == source


def test_a_stream_the_story_speaks_of_stays_the_source():
    a = clean_page(_page("桐溪镇人民政府", "桐溪镇开展助农直播带货活动",
                         ["桐溪镇联合琮瑜直播开展助农直播带货活动，当天销售农产品三万余元。", FILLER_TWO],
                         source="琮瑜直播"))
    assert not a.hijacked
    assert a.source == "琮瑜直播"


def test_a_stream_credited_on_a_sports_portal_stays():
    # no public body's story: a portal credits the stream it took a match report from
    a = clean_page(_page("球迷网", "中超第十轮：申花主场二比一取胜",
                         ["本轮中超，申花主场二比一战胜对手，继续领跑积分榜。", FILLER_TWO], source="琮瑜直播"))
    assert not a.hijacked
    assert a.source == "琮瑜直播"


FILLER_TWO = "赛后，主教练表示球队将总结经验，认真备战下一轮比赛，力争取得更好成绩。"
