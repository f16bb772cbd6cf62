"""Publish dates whose year is another calendar's (v47 account §4): a Thai page's Buddhist-era year
(26/08/2559 = 2016-08-26), Taiwan's Minguo years (民國105年 = 2016) and Japan's eras (令和6年 = 2024), read
as the Gregorian day where the calendar is certain (its era written, a Thai month's name, or a page of
that country for bare digits), and the look-alikes that must stay unread: an amount of 2559, a duration
of 105 years, the same digits on a page of no such country."""
from __future__ import annotations

from scraper.clean import clean_page

STORY = {
    "th": ("คณะกรรมการลงพื้นที่สำรวจราคาสินค้าในตลาดกลางของจังหวัด เพื่อตรวจสอบการจำหน่ายตามราคาที่กฎหมายกำหนด "
           "และรับฟังความเห็นของผู้ค้ารายย่อยในพื้นที่", "ผู้แทนหน่วยงานกล่าวว่าจะติดตามผลการดำเนินงานอย่างต่อเนื่อง "
           "และจะรายงานต่อคณะกรรมการในการประชุมครั้งถัดไป เพื่อพิจารณามาตรการเพิ่มเติมสำหรับผู้ค้าที่ฝ่าฝืน"),
    "zh-TW": ("行政院今日召開會議，審查地方政府提出的防災計畫，並決定加速推動老舊建物的耐震補強工程，以降低颱風與地震造成的損失。",
              "主管機關表示，將與各縣市政府合作，分期完成補助申請的審查，並定期公布執行進度，供民眾查詢。"),
    "ja": ("市は本日、地域の防災計画を見直し、避難所の運営体制を強化する方針を発表した。住民への説明会も順次開催する。",
           "担当者によると、新しい計画では高齢者の避難支援を重点とし、各自治会と連携して訓練を実施するという。"),
}


def page(info: str, lang: str, body_lead: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in (body_lead + STORY[lang][0], *STORY[lang][1:]))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>ข่าว 新聞</title></head><body>"
            f"<div class='article'><h1>{STORY[lang][0][:24]}</h1><div class='info'>{info}</div>"
            f"<div class='content'>{paras}</div></div><div class='footer'>© site</div></body></html>").encode()


def test_a_thai_pages_buddhist_era_date_is_its_gregorian_day():
    assert clean_page(page("วันที่ 26/08/2559 กองประชาสัมพันธ์ สำนักผู้อำนวยการ", "th")).published == "2016-08-26"
    assert clean_page(page("26 สิงหาคม 2559", "th")).published == "2016-08-26"
    assert clean_page(page("26 ส.ค. 59", "th")).published == "2016-08-26"
    assert clean_page(page("วันที่ ๒๖ สิงหาคม พ.ศ. ๒๕๕๙", "th")).published == "2016-08-26"


def test_the_byline_rows_date_stands_before_the_event_day_opening_the_story():
    info = "วันที่ 26/08/2559 กองประชาสัมพันธ์ สำนักผู้อำนวยการ"
    assert clean_page(page(info, "th", body_lead="เมื่อวันที่ 25 สิงหาคม 2559  เวลา 13.00 น. ")).published == "2016-08-26"


def test_taiwans_minguo_years_are_read_named_or_on_a_taiwanese_page():
    assert clean_page(page("民國105年8月26日", "zh-TW")).published == "2016-08-26"
    assert clean_page(page("發布日期：105年08月26日", "zh-TW")).published == "2016-08-26"
    assert clean_page(page("105/08/26", "zh-TW")).published == "2016-08-26"
    assert clean_page(page("更新 105/08/26", "ja"), "https://www.example.gov.tw/news/1").published == "2016-08-26"


def test_japanese_era_years_are_read_and_a_gregorian_year_beside_them_is_preferred():
    assert clean_page(page("令和6年8月26日", "ja")).published == "2024-08-26"
    assert clean_page(page("平成28年8月26日", "ja")).published == "2016-08-26"
    assert clean_page(page("令和元年５月１日", "ja")).published == "2019-05-01"
    assert clean_page(page("令和6年（2024年）8月26日", "ja")).published == "2024-08-26"


def test_numbers_in_no_certain_calendar_stay_undated():
    # an amount, a duration, the bare digits on a page of no Buddhist-era or Minguo country
    assert clean_page(page("ราคา 2559 บาท", "th")).published is None
    assert clean_page(page("成立105年", "zh-TW")).published is None
    assert clean_page(page("26/08/2559", "ja")).published is None
    assert clean_page(page("105/08/26", "ja")).published is None
