"""Owner lines read by their place (v43 §1 R2): a copyright holder stands on its mark's line; the line above a
bare 版权所有 footer is a caption, a QR code's 扫一扫 手机端浏览, a 返回首页 link, none the site's owner."""
from __future__ import annotations

from scraper.clean.institution import holders, template_owners


def test_a_caption_above_a_bare_copyright_mark_is_no_owner():
    text = "活动现场\n扫一扫 手机端浏览\n版权所有 · 技术支持"
    assert holders(text) == ()
    assert template_owners("", text, {}) == []


def test_a_link_above_a_bare_copyright_mark_is_no_owner():
    assert holders("相关链接\n返回首页\n版权所有 m.example.net") == ("m.example.net",)


def test_a_holder_on_the_marks_line_is_still_the_owner():
    assert holders("All Rights Reserved\u2002新浪公司\u2002版权所有") == ("新浪公司",)
    assert template_owners("", "关于我们\n仙葫人民医院 版权所有", {}) == ["仙葫人民医院"]
