"""`newsvault extract` starts fast: a fresh process that cleans a page loads no HTTP client (issue 12,
whole-process speed: a cleaning worker or `newsvault extract` pays every import once per process)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_cleaner_loads_no_http_client():
    # tldextract imports requests and urllib3 (to download the suffix list, which we never do)
    loaded = _loaded_after("import scraper.clean")
    assert not {"requests", "tldextract"} & loaded

