"""Body choice by what a block is (issue 12, v6 §5): a dialog over the page, the story's own block
under its headline, a heading pieced from a kicker and a headline, lines in any script."""
from scraper.clean import clean_page

_STORY = (
    "The council voted on Tuesday to reopen the river crossing, closed since the spring floods, after "
    "engineers said the repaired piers could carry traffic again.",
    "Work on the crossing began in June, when divers found that two of the five piers had shifted, and "
    "cost the city about four million, most of it paid from the regional emergency fund.",
    "Residents on the east bank, who have driven a forty-minute detour for six months, welcomed the "
    "decision, though several asked why the inspection took so long to begin.",
    "The mayor said the bridge would open to cars on Friday and to lorries once the last load tests are "
    "done, probably before the end of the month, weather permitting.",
)


def _article(paragraphs=_STORY, h1: str = "Council votes to reopen the river crossing") -> str:
    return f"<article><h1>{h1}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"


def _page(body: str, head: str = "", title: str = "Council votes to reopen the river crossing") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title} | City News</title>"
            f"{head}</head><body>{body}</body></html>").encode()


_CONSENT = (
    "When you visit our website, we store cookies on your browser to collect information, which might relate "
    "to you, your preferences or your device, and is mostly used to make the site work as you expect it to.",
    "You can choose not to allow some types of cookies, which may impact your experience of the site and the "
    "services we are able to offer. Click on the category headings to find out more and change our settings.",
    "These cookies are necessary for the website to function and cannot be switched off in our systems. They "
    "are usually only set in response to actions made by you, such as setting your privacy preferences.",
    "Under the consumer privacy act, you have the right to opt out of the sale of your personal information "
    "to third parties. These cookies collect information for analytics and to personalise your experience.",
    "Please note that opting out may not mean you will stop seeing advertisements, and you may still receive "
    "advertisements tailored to your interests based upon your personal information and your settings.",
    "For more information about the first and third party cookies used please follow the link to our privacy "
    "statement, where you can also read how long each of them is kept and who receives what it collects.",
)


def test_a_consent_dialog_longer_than_the_story_is_not_the_article():
    dialog = ("<div id='pc-sdk' role='region' aria-modal='true' aria-label='Preference center'>"
              "<h2>Privacy preference center</h2>" + "".join(f"<p>{p}</p>" for p in _CONSENT) + "</div>")
    # the story short, as a wire item is, in a few plain paragraphs
    a = clean_page(_page("<main>" + _article(_STORY[:2]) + "</main>" + dialog))
    assert "engineers said the repaired piers" in a.text
    assert "cookies" not in a.text


def test_a_login_box_after_the_story_is_not_part_of_it():
    login = ("<section id='signin'><h3>Welcome back</h3>" + "".join(
        f"<p>{p}</p>" for p in (
            "Please sign in to write a comment. Your account lets you follow the topics you care about, save "
            "articles for later and receive our newsletters, which you can cancel at any time.",
            "Forgot your password? Enter the e-mail address of your account and we will send you a link with "
            "which you can set a new one. If no message arrives within ten minutes, check your spam folder.")) +
        "</section>")
    a = clean_page(_page("<div class='page'>" + _article() + "</div>" + login))
    assert "the last load tests are done" in a.text
    assert "sign in" not in a.text and "password" not in a.text


def test_a_heading_pieced_from_a_kicker_takes_the_declared_headline():
    h1 = ("<span class='topline'>River crossing</span> "
          "<span class='headline'>Council votes to reopen the bridge after the floods</span>")
    headline = "River crossing: Council votes to reopen the bridge after the floods"
    declared = f"<meta property='og:title' content='{headline}'>"
    a = clean_page(_page("<main>" + _article(h1=h1) + "</main>", head=declared, title=headline))
    assert a.title == headline
    # declared without the kicker: the kicker goes
    headline = "Council votes to reopen the bridge after the floods"
    declared = f"<meta property='og:title' content='{headline}'>"
    a = clean_page(_page("<main>" + _article(h1=h1) + "</main>", head=declared, title=headline))
    assert a.title == "Council votes to reopen the bridge after the floods"
    assert not a.text.startswith("River crossing")


def test_lines_in_hangul_are_words():
    story = ("이틀간의 영남 공략을 마친 후보는 텃밭 호남을 찾아 통합을 키워드로 표밭을 다졌다.",
             "시작부터 통합이었다. 이 후보는 경남 하동의 화개장터에서 청년들과 간담회를 열었다.",
             "당장 자신부터 정치보복에 나서지 않겠다고 약속했다. 그는 할 일은 산더미다라고 말했다.",
             "진영을 넘나드는 포용 인사도 강조했다. 함께 했으면 좋겠다고 화답했다.")
    a = clean_page(_page("<main>" + _article(story, h1="국민 통합 외친 후보") + "</main>"))
    assert "당장 자신부터 정치보복에" in a.text
    assert "진영을 넘나드는 포용 인사도" in a.text


def test_an_article_that_fades_in_is_kept():
    style = "<style>.article-content{opacity:0;transition:opacity 1s ease-out}</style>"
    body = ("<main><h1>Council votes to reopen the river crossing</h1><section class='article-content'>"
            + "".join(f"<p>{p}</p>" for p in _STORY) + "</section></main>")
    a = clean_page(_page(body, head=style))
    assert "engineers said the repaired piers" in a.text
    assert "the last load tests are done" in a.text
