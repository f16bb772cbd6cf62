"""Driving Debian's Chromium for the browser tests: starting it (see the `browser` fixture in
conftest.py), screenshots, following links, and catching dialogs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.web.conftest import SCREENSHOTS, screenshots_taken

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException, WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMEDRIVER = "/usr/bin/chromedriver"
# As root (CI) Chromium needs --no-sandbox; without the background-networking flags it reaches
# for Google's services, which this machine's closed network refuses.
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-extensions", "--disable-default-apps", "--mute-audio", "--window-size=1280,1000",
                  "--lang=zh-CN")
PAGE_WIDTH = 1280
MAX_SCREENSHOT_HEIGHT = 6000


def screenshot(driver, name: str) -> Path:
    """The whole page (the window grown to its height), as SCREENSHOTS/name.png."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(PAGE_WIDTH, min(MAX_SCREENSHOT_HEIGHT, height + 140))
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    screenshots_taken.append(path)
    driver.set_window_size(PAGE_WIDTH, 1000)
    return path


def follow(driver, element) -> None:
    """Click a link or button and wait until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    # While the old document is torn down, chromedriver sometimes answers the staleness probe with
    # "Node with given id does not belong to the document" instead of a stale-element error (seen
    # once, in the CI run of stop 18); that is the navigation under way, so poll again.
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(expected_conditions.staleness_of(page))
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def dialog_text(driver) -> str | None:
    """The text of an open alert/confirm/prompt (dismissed), or None when none opened."""
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return None
    text = alert.text
    alert.dismiss()
    return text




def start_chromium(profile: Path):
    """Headless Chromium with its browser and network logs on (the caller quits it)."""
    chromium = shutil.which("chromium")
    if not chromium or not Path(CHROMEDRIVER).exists():
        pytest.fail("Debian's chromium and chromium-driver are needed: run `make browser` (make test does)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("unhandledPromptBehavior", "ignore")   # a dialog stays open for us to find
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return driver
