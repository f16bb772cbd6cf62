"""The web interface in a real headless Chromium (Debian's `chromium` and `chromium-driver`,
installed by `make browser`; selenium drives /usr/bin/chromedriver and downloads nothing).

The server is `newsvault serve` itself, in a subprocess. On every page the tests check that no
dialog opened, that the page holds no <script> or <img> element (we ship neither; archived
markup must stay text), and that the browser blocked nothing under our CSP (a blocked attempt
means archived markup reached the page). Screenshots of each page go to tests/artifacts/
(or $NEWSVAULT_TEST_ARTIFACTS); the path is printed at the end of the run.
"""
from __future__ import annotations

import re

import pytest

from tests.web.browser import dialog_text, follow, screenshot
from tests.web.conftest import HOSTILE_LINE, HOSTILE_TITLE, serving

pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


@pytest.fixture(scope="module")
def served(web_archive):
    """`newsvault serve` itself over the test archive; yields its base URL."""
    with serving("--config", web_archive.config, cwd=web_archive.folder) as (_, url):
        yield url


def assert_nothing_ran(driver) -> None:
    """No dialog, no script or image element, and nothing our CSP had to block."""
    opened = dialog_text(driver)
    assert opened is None, f"a dialog opened on {driver.current_url}: {opened!r}"
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert driver.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed, [onerror], [onload], [onclick]") == []
    blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    assert blocked == [], blocked


def test_the_dialog_check_sees_a_real_alert(browser):
    """The check itself works: a page that does run alert() is caught."""
    browser.get("data:text/html,<script>alert('caught')</script><p>x</p>")
    assert dialog_text(browser) == "caught"


def test_search_article_diff_sources(browser, served, web_archive):
    browser.get(served + "/")
    assert_nothing_ran(browser)
    assert "articles archived" in browser.find_element(By.CSS_SELECTOR, ".stats").text
    screenshot(browser, "1-home")

    box = browser.find_element(By.ID, "q")
    box.send_keys("网络安全")
    Select(browser.find_element(By.NAME, "sort")).select_by_value("date")
    follow(browser, browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"))
    assert re.search(r"/search\?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8.*sort=date", browser.current_url)
    assert_nothing_ran(browser)
    assert re.match(r"\d+ match", browser.find_element(By.CSS_SELECTOR, ".count").text)
    hit = browser.find_element(By.CSS_SELECTOR, "li.hit")
    assert HOSTILE_TITLE in hit.find_element(By.CSS_SELECTOR, "h2 a").text   # shown as text, marked
    assert [m.text for m in hit.find_elements(By.TAG_NAME, "mark")][:1] == ["网络安全"]
    assert hit.find_element(By.CSS_SELECTOR, ".badge.hijacked").is_displayed()
    screenshot(browser, "2-search")

    follow(browser, hit.find_element(By.CSS_SELECTOR, "h2 a"))
    assert browser.current_url.endswith(f"/articles/{web_archive.hostile_id}")
    assert_nothing_ran(browser)
    assert browser.find_element(By.TAG_NAME, "h1").text == HOSTILE_TITLE
    assert HOSTILE_LINE in browser.find_element(By.CSS_SELECTOR, "section.text").text
    assert HOSTILE_TITLE in browser.title
    evidence = browser.find_element(By.CSS_SELECTOR, "pre.evidence").text
    assert "<a href=" in evidence and "onerror" in evidence    # the injected farm, as text
    attachment = [tr for tr in browser.find_elements(By.CSS_SELECTOR, "table.attachments tbody tr")
                  if "安全手册.pdf" in tr.text][0]
    assert attachment.find_elements(By.TAG_NAME, "a") == []   # java<TAB>script: is never a link
    screenshot(browser, "3-article")

    follow(browser, browser.find_element(By.LINK_TEXT, "diff with v1"))
    assert "/diff?a=1&b=2" in browser.current_url
    assert_nothing_ran(browser)
    assert [e.text for e in browser.find_elements(By.CSS_SELECTOR, "span.ins")][:1] == ["五"]
    assert browser.find_elements(By.CSS_SELECTOR, "tr.insert td.new")  # the added paragraph
    screenshot(browser, "4-diff")

    follow(browser, browser.find_element(By.LINK_TEXT, "Sources"))
    assert_nothing_ran(browser)
    section = browser.find_element(By.ID, "source-qingshan")
    bars = section.find_elements(By.CSS_SELECTOR, "figure.chart svg rect.bar-hijacked")
    assert len(bars) == 1 and all(float(b.get_attribute("height")) > 0 for b in bars)   # both crawls today
    assert "found hijacked" in section.text
    screenshot(browser, "5-sources")


def test_runs_and_gone_article_pages(browser, served, web_archive):
    browser.get(served + "/runs")
    assert_nothing_ran(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "table.runs tbody tr")
    assert len(rows) == 4 and all("ok" in r.text for r in rows)
    screenshot(browser, "6-runs")
    browser.get(f"{served}/articles/{web_archive.gone_id}")
    assert_nothing_ran(browser)
    assert browser.find_element(By.CSS_SELECTOR, ".badges .badge.gone").is_displayed()
    screenshot(browser, "7-gone-article")
    browser.get(f"{served}/articles/{web_archive.hijacked_id}")
    assert_nothing_ran(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, ".findings li")) >= 2
    screenshot(browser, "8-hijacked-article")


def test_error_page_is_plain(browser, served):
    browser.get(served + "/articles/99999")
    assert_nothing_ran(browser)
    assert "404" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Traceback" not in browser.page_source
    screenshot(browser, "9-not-found")
