"""Titles as Taiwanese and Hong Kong papers write them stay the headline and flag nothing: parts
joined by the full-width bar (headline｜section｜site), and headline clauses parted by a space
where the first ends in Latin letters (南韓style 明目張膽…). dev-v33-twparser's two false flags
(v33tw-004, v33tw-028) were these forms; the pages below are rewritten, not copied."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.titles import split_title

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
