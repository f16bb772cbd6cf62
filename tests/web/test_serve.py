"""`newsvault serve` as a user starts it: bind rules, token from the config, clean stop."""
from __future__ import annotations

import signal
import urllib.error
import urllib.request

from tests.conftest import run_newsvault, write_config
from tests.web.conftest import serving

TOKEN = "config-token-0123456789abcdef"


def get(url: str, headers: dict | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


def test_binding_beyond_loopback_needs_a_token(web_archive):
    proc = run_newsvault("serve", "--host", "0.0.0.0", "--db", web_archive.db)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "--host 0.0.0.0" in proc.stderr and "token" in proc.stderr
    short = run_newsvault("serve", "--host", "0.0.0.0", "--token", "abc", "--db", web_archive.db)
    assert short.returncode == 2 and "at least 16" in short.stderr


def test_a_missing_archive_is_one_line(tmp_path):
    proc = run_newsvault("serve", "--db", tmp_path / "none.db")
    assert proc.returncode == 1 and "no archive here" in proc.stderr and proc.stderr.count("\n") == 1


def test_serves_with_the_config_token_and_stops_cleanly_on_sigterm(web_archive, tmp_path):
    cfg = write_config(tmp_path / "newsvault.toml", [], archive={"path": str(web_archive.db)},
                       extra=f'[web]\ntoken = "{TOKEN}"\n')
    with serving("--config", cfg, cwd=tmp_path) as (proc, url):
        status, headers, body = get(url + "/")
        assert status == 401 and "token" in body and headers["X-Content-Type-Options"] == "nosniff"
        status, headers, body = get(url + "/api/search?q=%E7%A0%94%E7%A9%B6", {"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and '"total"' in body
        assert "script-src 'none'" in headers["Content-Security-Policy"]
        status, _, body = get(url + "/sources", {"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and "qingshan" in body
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
