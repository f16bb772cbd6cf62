"""信息公开 catalogue entries are metadata, wherever and however they stand (v40 §4, synthetic-v40 W4): their
fields are read, their lines are no text."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

BODY = ("<p>10月4日上午，全区春风行动专场招聘会在区人力资源市场举行，共有十九家企业提供岗位九百余个，"
        "涵盖装备制造、电子商务、家政服务等行业。</p>"
        "<p>招聘会现场设置了政策咨询、技能培训报名和创业担保贷款受理等服务台，工作人员为求职者现场讲解社保补贴政策。</p>"
        "<p>据统计，当天进场求职人员五百余人次，初步达成就业意向二百余人。</p>")

TABLE = ("<table class='meta'><tr><th>索引号</th><td>117231-2025-49463</td></tr>"
         "<tr><th>发布机构</th><td>石湄区人力资源和社会保障局</td></tr><tr><th>主题分类</th><td>劳动、人事、监察</td></tr>"
         "<tr><th>发文日期</th><td>2025年10月06日</td></tr><tr><th>文号</th><td></td></tr></table>")
DL = ("<dl class='info'><dt>索引号：</dt><dd>117231-2025-49463</dd><dt>发布机构：</dt><dd>石湄区人力资源和社会保障局</dd>"
      "<dt>成文日期：</dt><dd>2025-10-06</dd><dt>文号：</dt><dd></dd><dt>公开方式：</dt><dd>主动公开</dd></dl>")
UL = ("<ul class='xxgk'><li>索引号：117231-2025-49463</li><li>主题分类：劳动、人事、监察</li>"
      "<li>发布机构：石湄区人力资源和社会保障局</li><li>发文日期：2025-10-06</li><li>文号：</li></ul>")
WORDS = ("索引号", "117231", "主题分类", "发文日期", "成文日期", "文号", "公开方式", "主动公开")


def page(before: str = "", after: str = "", credit: str = "") -> bytes:
    """A government news page: the block before or after the article's box, ``credit`` inside it."""
    return ("<html><head><meta charset='utf-8'><title>石湄区举办春风行动专场招聘会</title></head><body>"
            "<div class='main'><h1>石湄区举办春风行动专场招聘会</h1>"
            f"{before}<div class='art-text'>{BODY}{credit}</div>{after}</div></body></html>").encode()


@pytest.mark.parametrize("block", [TABLE, DL, UL], ids=["table", "dl", "ul"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_catalogue_entry_is_read_as_fields_and_kept_out_of_the_text(block, where):
    a = clean_page(page(**{where: block}))
    assert a.published == "2025-10-06"
    assert a.source == "石湄区人力资源和社会保障局"
    assert not any(word in a.text for word in WORDS), a.text
    assert a.text.startswith("10月4日上午") and a.text.endswith("二百余人。")


def test_a_schedule_of_labelled_lines_in_a_notice_stays_text():
    schedule = ("<ul><li>时间：2025年10月8日上午9:00</li><li>地点：区人力资源市场二楼</li>"
                "<li>联系人：王老师</li><li>电话：0000-1234567</li></ul>")
    a = clean_page(page(credit=schedule))
    assert "地点：区人力资源市场二楼" in a.text


def test_a_table_of_figures_in_the_article_stays_text():
    figures = ("<table><tr><th>行业</th><th>岗位数</th></tr><tr><td>装备制造</td><td>420</td></tr>"
               "<tr><td>电子商务</td><td>310</td></tr><tr><td>家政服务</td><td>224</td></tr></table>")
    first, rest = BODY.split("</p>", 1)
    raw = page().replace(BODY.encode(), f"{first}</p>{figures}{rest}".encode())
    a = clean_page(raw)
    assert "装备制造 420" in a.text and "家政服务 224" in a.text
