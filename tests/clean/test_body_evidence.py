"""Evidence that a page shows by itself, with nothing injected in its markup: a casino's name
glued into a school's sentence (issue 11 item 3), a domain written into the contact block of the
template (v2 miss pattern B). Pages about gambling keep every word."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import FIXTURES, everything, kinds

URL = "https://tyxy.henu-ex.edu.cn/info/1021/3307.htm"


def page(paragraphs: list[str], title: str, header: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top">{header}</div><h1>{title}</h1><div class="content">{body}</div>'
            '<div class="foot">版权所有 河南某大学体育学院</div></body></html>').encode()


SCHOOL = ["7月23日至24日，河南省霹雳舞锦标赛在新乡平原体育中心开赛。kaiyun欧洲杯app体育学院“i科普”志愿服务团队积极响应，"
          "为赛事提供引导、医疗保障和秩序维护服务。",
          "志愿者们在赛场内外坚守岗位，以专业素养和饱满热情赢得了参赛选手和观众的一致好评。",
          "此次志愿服务活动锻炼了学生的实践能力，展现了新时代青年学子的担当与风采。"]


def test_a_casino_name_glued_into_a_school_sentence_is_cut_and_recorded():
    a = clean_page(page(SCHOOL, "体育学院志愿服务团队助力锦标赛圆满成功"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "kaiyun" not in everything(a).lower() and "欧洲杯app" not in a.text
    assert "体育学院“i科普”志愿服务团队积极响应" in a.text


def test_a_report_naming_a_casino_keeps_it():
    text = ["警方通报，犯罪嫌疑人通过kaiyun等境外赌博网站组织参赌，涉嫌开设赌场罪已被依法刑事拘留。",
            "公安机关提醒广大群众远离网络赌博，发现线索及时举报。"]
    a = clean_page(page(text, "警方破获一起跨境网络赌博案"), url=URL)
    assert not a.hijacked and "kaiyun" in a.text


def test_a_domain_in_the_phone_and_mail_fields_of_the_header_flags_the_page():
    header = "首页 | 政务公开 | 电话:499586.com | 邮箱:499586.com"
    a = clean_page(page(SCHOOL[1:], "体育学院志愿服务团队助力锦标赛圆满成功", header), url=URL)
    assert a.hijacked and any(f.where == "contact field" for f in a.findings)


def test_real_contact_fields_are_no_evidence():
    header = "电话：0371-23881234 | 邮箱：tyxy@henu-ex.edu.cn | 网址：www.henu-ex.edu.cn | 地址：开封市明伦街85号"
    a = clean_page(page(SCHOOL[1:], "体育学院志愿服务团队助力锦标赛圆满成功", header), url=URL)
    assert not a.hijacked and not a.findings


def test_a_keyword_of_the_stuffed_meta_glued_before_the_first_paragraph_goes_with_its_commas():
    a = clean_page((FIXTURES / "mirrored" / "syn2-008-meta-run.html").read_bytes(), url=URL)
    assert "下注平台" not in everything(a)
    assert a.text.startswith("各学院、各部门")


def test_emoji_stuffed_after_clause_marks_are_noise():
    emoji = "🤹🏿 🧓🏿 🙆🏻 🛌🏽 🎯 🤹🏿".split()
    text = [f"近日，教育局召开专题会议。{emoji[0]}会议由局长主持，{emoji[1]}各科室负责人参加。",
            f"会议强调，{emoji[2]}要统筹协调，{emoji[3]}形成工作合力，{emoji[4]}确保任务落实。",
            f"会议要求，{emoji[5]}各单位抓好落实。"]
    a = clean_page(page(text, "教育局召开专题会议"), url=URL)
    assert "symbol_noise" in kinds(a)
    assert "🤹" not in a.text and "会议由局长主持，各科室负责人参加。" in a.text


def test_three_emoji_clusters_sprinkled_inside_sentences_are_noise():
    # the sparing form of three dev splits (rc7-015, syn2-018, sy8-023): three clusters, three kinds,
    # one of them splitting a word (分享👉🆚会)
    text = ["5月22日下午，图书馆主办的读书分享👉🆚会在报告厅举行，120余名师生参加活动。",
            "五位学生代表结合自身成长经历🦝畅谈阅读体会。",
            "活动还设置了阅读打卡🧘🏼、真人图书馆等环节。"]
    a = clean_page(page(text, "图书馆举办读书分享会"), url=URL)
    assert a.hijacked and "symbol_noise" in kinds(a)
    assert "🦝" not in a.text and "畅谈阅读体会" in a.text


def test_two_greeting_emoji_in_sentences_are_no_noise():
    a = clean_page(page(["大家好👋，欢迎参加本次开放日活动。", "祝同学们学习进步🎉，万事如意。"], "开放日活动"), url=URL)
    assert not a.hijacked and "👋" in a.text


def test_a_festive_emoji_or_two_is_no_noise():
    a = clean_page(page(["新年快乐！🎉", "祝全体师生新春愉快，🏮万事如意。"], "新春贺词"), url=URL)
    assert not a.hijacked and "🎉" in a.text


def test_iteration_marks_of_japanese_text_are_not_noise_but_stay_noise_in_chinese():
    japanese = ["人々の暮らしは日々変わり、時々新しい店が開く。", "山々に囲まれた町で、色々な祭りが続々と行われる。",
                "我々は年々増える観光客を迎えている。"]
    a = clean_page(page(japanese, "町の人々と日々の暮らし"), url=URL)
    assert "symbol_noise" not in kinds(a) and not a.hijacked
    assert "人々の暮らしは日々変わり" in a.text
    chinese = ["近日，教育局召开专题会议々会议由局长主持。", "会议强调，要统筹协调々形成工作合力。",
               "会议要求各单位抓好落实々确保任务完成。"]
    b = clean_page(page(chinese, "教育局召开专题会议"), url=URL)
    assert "symbol_noise" in kinds(b) and "々" not in b.text
