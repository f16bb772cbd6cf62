"""What an archivist sees in Chromium: a page as it was captured (no archived script runs, nothing
is asked of the live web, the archived images are shown), the interface in Chinese, and the runs
page explaining itself (skipped, gone, why a run was flagged, its log).

Uses the browser of tests/web/test_browser.py (Debian's Chromium, with its network log on).
"""
from __future__ import annotations

import json
import time
from urllib.parse import urlsplit

import pytest

from tests.web.browser import dialog_text, follow, screenshot
from tests.web.conftest import serving

pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# The archived notice's meta refresh (removed) would have fired after 1 s: wait longer than that.
REFRESH_WAIT_S = 2.5


@pytest.fixture(scope="module")
def served_captures(capture_archive):
    with serving("--config", capture_archive.config, cwd=capture_archive.folder) as (_, url):
        yield url


@pytest.fixture(scope="module")
def served_chinese(capture_archive):
    with serving("--config", capture_archive.config_zh, cwd=capture_archive.folder) as (_, url):
        yield url


def requests_sent(driver) -> list[str]:
    """Every URL the browser asked for since the last call (Chromium's network log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_the_live_server_counts_what_a_browser_asks(browser, capture_archive):
    """The check itself works: a page that does load from the live server is seen there."""
    live = capture_archive.live
    before = len(live.requests)
    browser.get(f"http://localhost:{live.httpd.server_address[1]}/news")
    assert "/news" in live.paths_requested()[before:]


def test_capture_view_runs_no_script_and_asks_nothing_of_the_live_web(browser, served_captures, capture_archive):
    live = capture_archive.live
    before = len(live.requests)
    requests_sent(browser)  # empty the log
    browser.get(f"{served_captures}/articles/{capture_archive.notice_id}/capture")
    frame = browser.find_element(By.CSS_SELECTOR, "iframe.capture")
    assert "allow-scripts" not in frame.get_attribute("sandbox")
    browser.switch_to.frame(frame)
    WebDriverWait(browser, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    time.sleep(REFRESH_WAIT_S)
    # the archived page is there, with its archived images and stylesheet
    assert "关于做好1号防汛准备工作的通知" in browser.find_element(By.TAG_NAME, "h1").text
    images = browser.find_elements(By.TAG_NAME, "img")
    sources = [i.get_attribute("src") for i in images if i.get_attribute("src")]
    shown = [i for i in images if browser.execute_script("return arguments[0].naturalWidth", i) > 0]
    assert len(shown) == len(sources) == 2                # the logo and the notice's photo
    assert all(urlsplit(src).path.startswith("/captures/") for src in sources)
    assert len(images) == 4                                  # robots.txt's and the live web's: no source at all
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('.TRS_Editor p')).lineHeight") != "normal"  # main.css applied
    # nothing archived ran: no dialog, no mark the script would leave, no script element
    assert dialog_text(browser) is None
    assert browser.execute_script("return document.documentElement.getAttribute('data-script-ran')") is None
    assert browser.find_elements(By.CSS_SELECTOR, "script, iframe, object, embed, [onload], [onerror]") == []
    # links: to archived copies (the whole window goes there), or marked outside the archive
    outside = browser.find_element(By.XPATH, "//a[contains(., '外部新闻')]")
    assert outside.get_attribute("href") is None and "nv-outside" in outside.get_attribute("class")
    listing = browser.find_element(By.XPATH, "//a[contains(., '通知公告')]")
    listing_capture = listing.get_attribute("href")
    assert urlsplit(listing_capture).path.startswith("/captures/")
    following = browser.find_element(By.XPATH, "//a[contains(., '下一篇')]")
    assert urlsplit(following.get_attribute("href")).path.endswith("/capture")
    browser.switch_to.default_content()
    screenshot(browser, "10-capture-view")
    # and the browser asked only newsvault for anything
    asked = {urlsplit(u).netloc for u in requests_sent(browser) if u.startswith("http")}
    assert asked == {urlsplit(served_captures).netloc}, asked
    assert len(live.requests) == before
    # a click on an archived link opens that page's capture view
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe.capture"))
    following = browser.find_element(By.XPATH, "//a[contains(., '下一篇')]")
    browser.switch_to.default_content()
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe.capture"))
    following.click()
    browser.switch_to.default_content()
    WebDriverWait(browser, 15).until(lambda d: "/capture" in d.current_url and
                                     f"/articles/{capture_archive.notice_id}/" not in d.current_url)
    # the listing page as captured: its notices lead to their captures
    browser.get(listing_capture)
    browser.switch_to.frame(browser.find_element(By.CSS_SELECTOR, "iframe.capture"))
    notices = browser.find_elements(By.CSS_SELECTOR, "ul.list a")
    assert len(notices) == 5 and all(urlsplit(a.get_attribute("href")).path.endswith("/capture") for a in notices)
    browser.switch_to.default_content()
    screenshot(browser, "16-listing-capture")
    assert len(live.requests) == before


def test_runs_page_explains_itself(browser, served_captures, capture_archive):
    browser.get(f"{served_captures}/runs")
    rows = {r.get_attribute("id"): r for r in browser.find_elements(By.CSS_SELECTOR, "table.runs tbody tr")}
    latest = browser.find_elements(By.CSS_SELECTOR, "table.runs tbody tr")
    skipped = [int(r.find_element(By.CSS_SELECTOR, "td.skipped").text) for r in latest]
    assert max(skipped) == 17                               # the second crawl skipped what it had just checked
    assert all(r.find_element(By.CSS_SELECTOR, "td.gone").text.isdigit() for r in latest)
    flagged = rows[f"run-{capture_archive.flagged_run}"]
    assert "empty start page" in flagged.text
    assert "links no article" in flagged.find_element(By.CSS_SELECTOR, ".reason").text
    assert "青山县公示公告" in flagged.text                # the source's title
    log_links = browser.find_elements(By.CSS_SELECTOR, "td.log a")
    assert len(log_links) == 1
    screenshot(browser, "11-runs-explained")
    follow(browser, log_links[0])
    assert "qingshan-gov" in browser.find_element(By.TAG_NAME, "body").text


def test_interface_in_chinese_by_default(browser, served_chinese, capture_archive):
    browser.get(served_chinese + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "header.site nav a")][:3] == ["检索", "来源", "运行记录"]
    assert "已归档 17 篇文章" in browser.find_element(By.CSS_SELECTOR, ".stats").text
    screenshot(browser, "12-home-zh")
    browser.get(f"{served_chinese}/articles/{capture_archive.notice_id}")
    labels = [dt.text for dt in browser.find_elements(By.CSS_SELECTOR, "dl.metadata dt")]
    assert labels[:3] == ["发布时间", "作者", "来源"]
    assert "青山市人民政府 (qingshan-gov)" in browser.find_element(By.CSS_SELECTOR, "p.crumbs").text
    files = browser.find_element(By.CSS_SELECTOR, "table.files.attachments").text
    assert "W020240501_1.pdf" in files and "application/pdf" in files
    notes = browser.find_element(By.CSS_SELECTOR, "table.files.images").text
    assert "未下载：robots.txt 禁止" in notes
    screenshot(browser, "13-article-zh")
    browser.get(f"{served_chinese}/runs")
    assert "起始页无文章" in browser.find_element(By.CSS_SELECTOR, "table.runs").text
    assert "跳过" in browser.find_element(By.CSS_SELECTOR, "table.runs thead").text
    screenshot(browser, "14-runs-zh")
    browser.get(f"{served_chinese}/search?q=防汛")
    assert "共 17 条结果" in browser.find_element(By.CSS_SELECTOR, "p.count").text
    assert browser.find_elements(By.CSS_SELECTOR, ".export-links a[href*='format=xlsx']")
    screenshot(browser, "15-search-zh")
    follow(browser, browser.find_element(By.LINK_TEXT, "English"))
    assert [a.text for a in browser.find_elements(By.CSS_SELECTOR, "header.site nav a")][:3] == ["Search", "Sources", "Runs"]
