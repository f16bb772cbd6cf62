"""`newsvault extract` starts fast: a fresh process that cleans a page loads no HTTP client, and
none of the date libraries a page dated by its own byline does not need (issue 12, whole-process
speed: a cleaning worker or `newsvault extract` pays every import once per process)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.clean.conftest import FIXTURES, SITE_URL

ROOT = Path(__file__).resolve().parent.parent.parent


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_cleaner_loads_no_http_client():
    # tldextract imports requests and urllib3 (to download the suffix list, which we never do)
    loaded = _loaded_after("import scraper.clean")
    assert not {"requests", "urllib3", "tldextract"} & loaded


def test_a_page_dated_by_its_byline_loads_no_fallback_date_library():
    page = FIXTURES / "legit-crackdown.html"
    loaded = _loaded_after("from scraper.clean import clean_page\n"
                           f"a = clean_page(open({str(page)!r}, 'rb').read(), url={SITE_URL!r})\n"
                           "assert a.published == '2024-05-09', a.published")
    assert not {"htmldate", "dateparser", "urllib3"} & loaded


def test_a_utf8_page_loads_no_tree_library_nor_charset_detector():
    # bs4 (with soupsieve) cost 0.18 s of every start for two byte readers; charset-normalizer is
    # for pages that neither decode as UTF-8 nor declare a charset
    page = FIXTURES / "legit-crackdown.html"
    loaded = _loaded_after("from scraper.clean import clean_page\n"
                           f"clean_page(open({str(page)!r}, 'rb').read(), url={SITE_URL!r})")
    assert not {"bs4", "soupsieve", "charset_normalizer"} & loaded
