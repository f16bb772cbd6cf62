"""A page's own words read by their form alone flagged clean pages of dev-v40-bearmercury: code in a
programming article (a member this.sex read as a .sex domain, a test string as typed garbage), a file
type glued to Chinese (导出p12文件, the article writing JustForTesting.p12), a Korean blog named in
English (its og:site_name), and an artist in a list of names (9m88 between enumeration commas, on a
line with spaces). What the words are decides: code, a file's extension, the site's own name."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.brandshapes import glued_brands
from scraper.clean.pasted import domain_runs
from scraper.clean.slots import substituted_names
from scraper.clean.titles import alien_parts
from scraper.clean.tokens import garbage_words

_CODE = ("有如下代码，解释它们之间的关联： function Person(name, sex){ this.name = name; this.sex = sex; } "
         "var str = 'ahbbccdeddddfg'; var ch = str.getMostOften(); console.log(ch); //-->d，因为 d 出现了 5 次")


def test_code_in_a_programming_article_is_no_domain_and_no_garbage():
    assert domain_runs(_CODE) == []
    assert garbage_words(_CODE, _CODE) == []
    # the same words in prose are still read
    assert domain_runs("最新精品视频在线观看this.sex")
    assert garbage_words("今天我们一起来看看学校运动会的精彩瞬间吧ahbbccdeddddfg", "") == ["ahbbccdeddddfg"]


def test_a_programming_article_with_code_is_not_flagged():
    page = ("<html><head><meta charset='utf-8'><title>JS 原型与继承面试题</title></head><body><h1>JS 原型与继承面试题</h1>"
            "<div class='article'><p>原型链是 JavaScript 实现继承的主要方法，下面整理了几道常见的面试题，供大家复习参考。</p>"
            f"<pre><code>{_CODE}</code></pre><p>理解了原型链，这些题目就都不难回答了，欢迎在评论区留言讨论。</p></div>"
            "</body></html>").encode()
    a = clean_page(page, url="https://juejin.example.com/post/1")
    assert not a.hijacked and "this.sex" in a.text


def test_a_file_type_glued_to_chinese_is_the_articles_word():
    lines = ["可以在Keychain中选中这个条目，右键选择导出，将密钥文件导出为p12文件，使用openssl查看其内容",
             "$ openssl pkcs12 -in JustForTesting.p12 -out private_key.pem # 导出p12文件中的密钥 "
             "Enter Import Password: # 输入p12文件的密码"]
    assert "p12" not in substituted_names(lines)
    # without the file written out, the glued mark is still read as a name
    assert "p12" in substituted_names([lines[0], "# 导出p12文件中的密钥 Enter Import Password: # 输入p12文件的密码"])


_KO = ("<p>대공황이 다시 온다는 이야기가 요즘 자주 들린다. 경제 지표를 하나씩 살펴보면 그 이유를 알 수 있다.</p>"
       "<p>실업률과 부채 규모, 그리고 중앙은행의 정책 여력을 차례로 정리해 보았다. 다음 글에서 이어서 다룬다.</p>"
       "<p>지난 세기의 대공황 때와 지금을 비교하면 닮은 점도 많지만 다른 점도 분명히 있다. 그 차이를 천천히 짚어 본다.</p>")


def test_a_blog_named_in_another_script_is_the_sites_name():
    title = "대공항이 온다 – 1 – THEY MIGHT BE GIANTS"
    lines = [p[3:] for p in _KO.split("</p>") if p]
    heads = ["THEY MIGHT BE GIANTS", "대공항이 온다 – 1"]
    assert alien_parts(title, heads, lines, lambda: "\n".join(lines)) == ["THEY MIGHT BE GIANTS"]
    assert alien_parts(title, heads, lines, lambda: "\n".join(lines), ["THEY MIGHT BE GIANTS"]) == []
    page = ("<html><head><meta charset='utf-8'><title>" + title + "</title>"
            "<meta property='og:site_name' content='THEY MIGHT BE GIANTS'></head><body>"
            "<header><p class='site-title'><a href='/'>THEY MIGHT BE GIANTS</a></p></header>"
            f"<h1>대공항이 온다 – 1</h1><div class='entry-content'>{_KO}</div>"
            "<footer><a class='site-name' href='/'>THEY MIGHT BE GIANTS</a></footer></body></html>").encode()
    assert not clean_page(page, url="https://giants.example.blog/2020/03/19/1/").hijacked


# Variant 5901e52 (ff32) read glued_brands' hits on the normalised line and let the tail run on into
# rc6-011's article (博鱼·体育(中国)官方网站学生会于5月14日晚17时在教一103); wired by fp32 with the hits'
# offsets mapped into the normalised line and no digits after Chinese characters in the tail.
def test_a_name_between_enumeration_commas_on_a_spaced_line_is_no_glued_brand():
    line = ("将有入围本届「最佳新人奖」等多项大奖的 ØZI、许书豪、Karencici、知更、9m88、甜约翰、瑞玛席丹等 10 组艺人参演，"
            "预计於 6 月 28 日至 6 月 29 日举行。")
    assert glued_brands([line]) == []
