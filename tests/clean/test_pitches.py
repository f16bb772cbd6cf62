"""A pitch to the reader on a page proven hijacked (issue 11, residue): a sentence that invites the
reader and promises money or a bet goes whole, whatever name it sells and however it spells it; the
article's own sentences stay, and a page with no other proof is not flagged for a pitch alone.
Pages written here, not copied."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.selling import is_pitch
from tests.clean.conftest import everything

URL = "https://www.shuangqiao.gov.cn/xwzx/2025/0915/8.htm"
FARM = ('<div style="position:absolute;left:-9999px;top:-9999px">'
        + "".join(f'<a href="https://qqzz{i}.top/">澳汇娱乐{i}</a> ' for i in range(6)) + "</div>")


def page(body: str, extra: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>双桥镇开展免费健康体检-双桥镇人民政府</title></head><body>
<div class="header"><a href="/">双桥镇人民政府</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>双桥镇开展免费健康体检</h1><div class="meta">发布日期:2025-09-15 来源:双桥镇卫生院</div>
<div class="content">{body}</div></div>{extra}
<div class="footer">版权所有:双桥镇人民政府</div></body></html>""".encode()


OWN = ("<p>9月15日起,双桥镇在辖区各村卫生室为65岁以上老年人开展免费健康体检,预计服务3200余人。</p>"
       "<p>体检项目包括血压、血糖、血脂、肝肾功能和心电图,结果将录入居民健康档案。</p>")
PITCHES = ("<p>想要轻松赢取奖金,小编推荐ⓠⓩ电竞,注册即送88元体验金。</p>" + OWN
           + "<p>更多精彩请访问金 樽国\u200c际网页版，欢乐斗地主赢现金在线玩</p>")


def test_a_pitch_on_a_proven_page_goes_whole_whatever_it_names():
    a = clean_page(page(PITCHES, FARM), url=URL)
    assert a.hijacked
    text = everything(a)
    assert "体验金" not in text and "ⓠⓩ电竞" not in text and "赢现金" not in text and "樽国" not in text
    assert "开展免费健康体检,预计服务3200余人" in a.text and "结果将录入居民健康档案" in a.text


def test_a_school_report_of_prizes_is_no_pitch():
    assert not is_pitch("学院推荐的3件作品赢得一等奖,获奖学生将获得奖金500元。")
    assert not is_pitch("代表团来校访问,双方就人才培养进行了交流。")
    assert is_pitch("看完了还想试试手气?ⓠⓩ电竞官方平台,充值秒到账,提现无忧。")


def test_a_pitch_alone_does_not_flag_a_page():
    # a report may quote a pitch; only a page proven by something else loses it
    body = OWN + "<p>警方提醒:诈骗分子常以“注册即送88元体验金”为诱饵,请勿点击陌生链接。</p>"
    a = clean_page(page(body), url=URL)
    assert not a.hijacked and "请勿点击陌生链接" in a.text


def test_a_warning_that_describes_a_pitch_stays_on_a_proven_page():
    warning = ("<p>近期,境外赌博网站通过社交平台向高校学生渗透,不法分子以“高额返利”为诱饵,"
               "诱导学生注册账号、充值下注,部分学生因参赌欠下高额债务。</p>")
    a = clean_page(page(warning + OWN, FARM), url=URL)
    assert a.hijacked and "诱导学生注册账号、充值下注" in a.text


def test_a_speaker_the_story_quotes_is_no_pitch():
    # (v47 rc47-034: a hotel manager on New-Year games, in a story flagged for its keyword links)
    assert not is_pitch("度假村经理表示,春节期间小赌试试手气,是不少游客的习惯;")
    assert is_pitch("想试试手气?立即注册,充值秒到账;")
