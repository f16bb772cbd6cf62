"""Main content: paragraphs without furniture; tables, captions and attachments kept."""
from __future__ import annotations

from scraper.clean import clean_page


def test_body_without_navigation_and_furniture(clean):
    a = clean("synthetic-002-d02-jcms.html")
    lines = a.text.splitlines()
    assert lines[0].startswith("7月3日，市长主持召开市人民政府第三十七次常务会议")
    assert len(lines) == 4  # one paragraph per line
    for furniture in ("当前位置", "浏览次数", "打印本页", "关闭窗口", "相关链接", "免责声明", "主办单位", "首页"):
        assert furniture not in a.text


def test_tables_captions_and_attachment_lines_kept(clean):
    a = clean("metadata-forms.html")
    assert "项目名称 负责人 经费（万元）" in a.text.splitlines()
    assert "乡村振兴路径研究 陈立 5" in a.text.splitlines()
    assert "图为项目评审会现场" in a.text
    assert "附件：2024年度科研项目立项名单.pdf" in a.text
    for furniture in ("责任编辑", "打印本页", "最新通知", "关于暑假安排的通知"):
        assert furniture not in a.text


def test_attachments_resolved_against_the_page_url(clean):
    a = clean("metadata-forms.html", url="https://kjc.example.edu.cn/info/1001/2.htm")
    got = {(x.url, x.text) for x in a.attachments}
    assert ("https://kjc.example.edu.cn/files/2024/lixiang.pdf", "2024年度科研项目立项名单.pdf") in got
    assert ("https://kjc.example.edu.cn/info/1001/download.jsp?id=7", "经费管理办法.docx") in got


def test_attachment_box_after_the_body(clean):
    a = clean("synthetic-002-d02-jcms.html", url="https://www.baiyun.gov.cn/art/2024/7/4/art_1_2.html")
    assert [x.text for x in a.attachments] == ["检查情况汇总表.pdf"]
    assert a.attachments[0].url == "https://www.baiyun.gov.cn/module/download/downfile.jsp?filename=2024.pdf"


def test_attachment_links_are_http_only():
    body = ("<p>学校发布了新学期校历安排，请各单位认真阅读并做好相关准备工作，按时完成教学任务。</p>"
            "<p>附件：<a href='java&#9;script:alert(3)//manual.pdf'>使用手册.pdf</a> "
            "<a href='javascript:void(0)//a.doc'>说明.doc</a> <a href='ftp://files.example.cn/a.zip'>资料.zip</a> "
            "<a href='/files/xl.pdf'>校历.pdf</a></p>")
    page = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"
    a = clean_page(page.encode(), url="https://www.example.edu.cn/info/1/2.htm")
    assert [(x.url, x.text) for x in a.attachments] == [("https://www.example.edu.cn/files/xl.pdf", "校历.pdf")]


def test_unknown_template_found_by_density():
    nav = "".join(f'<li><a href="/c{i}.html">栏目{i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/a{i}.html">其他新闻标题第{i}条内容很长很长</a></li>' for i in range(10))
    paragraphs = "".join(f"<span class='x'>第{i}段：这是正文内容，讲述了一件事情的经过，并给出了结论。</span><br>" for i in range(6))
    raw = (f"<html><body><div id='a1'><ul>{nav}</ul></div><div id='zz'><div id='q9'>{paragraphs}"
           f"<ul>{related}</ul></div></div><div>联系我们 | 网站地图</div></body></html>").encode()
    a = clean_page(raw)
    assert a.text.splitlines() == [f"第{i}段：这是正文内容，讲述了一件事情的经过，并给出了结论。" for i in range(6)]


def test_comment_thread_after_the_article_is_not_text():
    article = "".join(f"<p>正文第{i}段，记者在现场看到，工作人员正在忙碌，秩序井然。</p>" for i in range(4))
    comments = "".join(f"<p>网友{i}：说得好，支持！这个政策很好，我们都很满意。</p>" for i in range(8))
    raw = (f"<html><body><div class='main'><div class='article'>{article}</div>"
           f"<div class='comment-list'><h3>网友评论</h3>{comments}</div></div></body></html>").encode()
    a = clean_page(raw)
    assert "正文第3段" in a.text and "网友" not in a.text
