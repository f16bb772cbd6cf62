"""Titles as Taiwanese and Hong Kong papers write them stay the headline and flag nothing: parts
joined by the full-width bar (headline｜section｜site), and headline clauses parted by a space
where the first ends in Latin letters (南韓style 明目張膽…). dev-v33-twparser's two false flags
(v33tw-004, v33tw-028) were these forms; the pages below are rewritten, not copied."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon
from scraper.clean.titles import foreign_prefix, split_title
from tests.clean.conftest import FIXTURES, everything, kinds

URL = "https://news.example.com.tw/news/20140405000233.html"

# a report whose headline quotes a phrase its text paraphrases (a paper's own headline, not the
# article's first sentence), under a menu naming the paper's sections
_STORY = ("<p>美國國務院發言人四日在例行記者會上表示，美方注意到台灣近來因兩岸服務貿易協議引發的爭議，"
          "並呼籲各方以和平方式表達意見，避免衝突升高。</p>"
          "<p>發言人指出，美國樂見兩岸持續對話，相關協議是否通過屬於台灣內部事務，美方尊重台灣的民主程序，"
          "也期待立法機關能在充分討論後作出決定。</p>"
          "<p>外界解讀，美方此次罕見以較重語氣發言，顯示華府對於台灣政局發展相當關注，"
          "也擔心僵局持續將影響區域經貿整合的進程與台灣參與區域協定的機會。</p>"
          "<p>學者分析，服務貿易協議牽涉金融、醫療、運輸與電信等多項產業，開放幅度與配套措施都是各界關注焦點，"
          "政府應盡速說明影響評估，並與受衝擊的中小企業溝通，以降低社會疑慮。</p>"
          "<p>行政院表示，將持續與各黨團協商，並依法送交立法院逐條審查，希望在兼顧程序正義與經濟發展的前提下，"
          "儘早完成審議工作，讓台灣在區域經濟整合中不致落後。</p>")


def _paper(title: str, headline: str) -> bytes:
    return ('<html><head><meta charset="utf-8">'
            f'<title>{title}</title></head><body>'
            '<div class="menu"><a href="/money">財經焦點</a> <a href="/world">國際焦點</a> '
            '<a href="/life">生活焦點</a> <a href="/sport">運動大聯盟</a></div>'
            f'<h1>{headline}</h1><div class="article">{_STORY}</div>'
            '<div class="footer">本網站內容未經授權 請勿轉載</div></body></html>').encode()


def test_a_full_width_bar_parts_the_title_as_a_bar_does():
    assert split_title("美罕見用重話批反服貿｜國際焦點｜中時理財") == ["美罕見用重話批反服貿", "國際焦點", "中時理財"]


def test_a_headline_section_and_site_title_joined_by_full_width_bars_is_no_keyword_page():
    # unparted, the whole title was one search phrase whose section the menu writes (國際焦點):
    # the page read as a keyword page, the phrase cut from the text and a menu headline taken
    a = clean_page(_paper("美罕見用重話批反服貿｜國際焦點｜中時理財", "美罕見用重話批反服貿"), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == "美罕見用重話批反服貿"
    assert "美國國務院發言人四日" in a.text


def test_a_headline_whose_first_clause_ends_in_latin_letters_before_a_space_keeps_its_words():
    headline = "南韓style 明目張膽搞小動作"
    story = ("<p>仁川亞運才正式開賽兩天，南韓相關單位有意無意的小動作，已經惹得各國選手和代表團怨聲載道。</p>"
             "<p>歷年國際賽只要在南韓出賽，國內選手和教練團都知道有些想不到的意外，今年則更明目張膽地大做手腳。</p>"
             "<p>代表團表示，選手村的交通車經常誤點，訓練場地也臨時更換，已向大會提出正式抗議。</p>")
    raw = ('<html><head><meta charset="utf-8">'
           f'<title>{headline} | 仁川亞運 | 運動大聯盟 | 聯合新聞網</title></head><body>'
           '<div class="menu"><a href="/sport">運動大聯盟</a> <a href="/asiad">仁川亞運</a></div>'
           f'<div class="story_title">{headline}</div><div class="story">{story}</div></body></html>').encode()
    a = clean_page(raw, url="https://udn.example.com/NEWS/SPORTS/8950901.shtml")
    assert not a.hijacked, a.findings
    assert "南韓style" in a.title and "明目張膽搞小動作" in a.title
    assert "南韓相關單位" in a.text


def test_a_space_after_a_prefix_parts_clauses_a_glued_name_has_none():
    # a product named before a space, as the headline's kicker, on a page that writes it only there
    text = lexicon.normalize("iPhone15 发布会今日举行 发布会今日举行，多款新品亮相。")
    assert foreign_prefix("iPhone15 发布会今日举行", text) is None
    # the glued form stays read (tests/clean/test_title_prefix.py has the whole pages)
    glued = clean_page((FIXTURES / "mirrored" / "syn2-022-title-prefix.html").read_bytes(),
                       url="https://www.beiling-nu.edu.cn/info/1021/3307.htm")
    assert glued.hijacked and "spam_title" in kinds(glued)
    assert "汇岳" not in everything(glued)
