"""Site profiles in the crawl (issue 11): a local site whose pages turn hijacked between two runs.

Run 1 (`newsvault crawl`) archives a clean site. Before run 2 — the service's first scheduled
run, with a webhook — four pages get a spam <title> and an injected header linking a brand no
word list knows, and a fifth page gets a sentence naming that brand and nothing else. Run 2
flags them, removes the brand from the page where it appears alone, names the source hijacked
in its health, posts the webhook, and stores the site's profile; `newsvault reprocess` then
removes the brand from an old page run 2 never fetched again.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from demo.server import SiteServer
from demo.site import Response
from scraper.sources import load_config
from tests.conftest import query, run_newsvault, write_config
from tests.test_scheduler import Service, WebhookReceiver, all_runs, finished, schedule_section
from web import create_app

HTML = {"Content-Type": "text/html; charset=utf-8"}
BRAND = "鸿运至尊"   # in no word list, no brand shape: only the site's other pages can prove it spam
SPAM_HOST = "hyzz-77.com"
FRIENDS = ('<div class="links">友情链接：<a href="https://www.shimen.gov.cn/">石门县人民政府</a> '
           '<a href="http://www.qs-tv.com/">青山电视台</a></div>')
INJECTED = f'<div class="top-notice"><a href="https://{SPAM_HOST}/">{BRAND}</a></div>'
ALONE = f"<p>{BRAND}，欢迎您的访问。</p>"
ALONE_PAGE, OLD_PAGE, CLEAN_PAGE = "/info/5.htm", "/info/9.htm", "/info/6.htm"


def article(n: int, title: str | None = None, top: str = "", extra: str = "") -> Response:
    head = f"区政府召开第{n}次常务会议"
    html = (f'<html><head><meta charset="utf-8"><title>{title or head + "-青山区人民政府"}</title></head><body>{top}'
            f'<div class="header"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/tzgg/">通知公告</a></div>'
            f'<h1>{head}</h1><div class="info">发布时间：2024-03-{10 + n} 来源：区政府办公室</div>'
            f'<div class="content"><p>3月{n}日，区政府召开第{n}次常务会议，研究部署近期重点工作。</p>'
            f'<p>会议要求，各部门要细化工作措施，确保各项任务落到实处。</p>{extra}</div>{FRIENDS}'
            f'<div class="footer">主办单位：青山区人民政府 地址：青山区人民路1号</div></body></html>')
    return Response(200, HTML, html.encode())


def listing(paths: list[str]) -> Response:
    items = "".join(f'<li><a href="{p}">区政府召开第{p[6:-4]}次常务会议</a></li>' for p in paths)
    return Response(200, HTML, f"<html><body><ul class='list'>{items}</ul></body></html>".encode())


def clean_site() -> dict[str, Response]:
    pages = [f"/info/{n}.htm" for n in (1, 2, 3, 4, 5, 6)]
    site = {p: article(int(p[6:-4])) for p in pages}
    # an old page whose footer line names the brand: nothing on it alone says it is spam
    site[OLD_PAGE] = article(9, extra=ALONE)
    site["/xwzx/list.htm"] = listing([*pages, OLD_PAGE])
    return site


def hijacked_site() -> dict[str, Response]:
    site = clean_site()
    for n in (1, 2, 3, 4):
        site[f"/info/{n}.htm"] = article(n, title=BRAND, top=INJECTED)
    site[ALONE_PAGE] = article(5, extra=ALONE)
    site["/xwzx/list.htm"] = listing([f"/info/{n}.htm" for n in (1, 2, 3, 4, 5, 6)])  # the old page is unlisted
    return site


def everything(row) -> str:
    return " ".join(str(row[k] or "") for k in ("title", "text", "author", "source"))


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """(folder, config, archive, the webhook's posts) after the clean run and the hijacked one."""
    tmp = tmp_path_factory.mktemp("profiles")
    hook = WebhookReceiver()
    try:
        with SiteServer(clean_site()) as server:
            src = {"name": "qingshan", "start_urls": [server.url("/xwzx/list.htm")], "article_pattern": r"/info/\d+\.htm$",
                   "schedule": "every 1s"}
            cfg = write_config(tmp / "newsvault.toml", [src], extra=schedule_section(webhook=hook.url))
            db = tmp / "archive.db"
            run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
            server.site.clear()
            server.site.update(hijacked_site())
            with Service(cfg) as service:
                service.wait_until(lambda: len(finished(all_runs(db))) >= 3, "two scheduled runs")
                assert service.stop() == 0
    finally:
        hook.close()
    return tmp, cfg, db, list(hook.posts)


def by_path(db: Path) -> dict[str, dict]:
    return {"/" + r["url"].split("/", 3)[3]: dict(r) for r in query(db, "SELECT * FROM articles")}


def test_second_run_flags_the_hijacked_pages_and_keeps_their_headlines(two_runs):
    _, _, db, _ = two_runs
    rows = by_path(db)
    for n in (1, 2, 3, 4):
        row = rows[f"/info/{n}.htm"]
        assert row["hijacked"] and row["title"] == f"区政府召开第{n}次常务会议"
        assert BRAND not in everything(row)
        kinds = {f["kind"] for f in json.loads(row["findings"])}
        assert "injected_block" in kinds  # the header is new since run 1 and links where the site never did
    assert not rows[CLEAN_PAGE]["hijacked"]


def test_a_brand_seen_only_in_the_injected_header_is_removed_where_it_appears_alone(two_runs):
    _, _, db, _ = two_runs
    row = by_path(db)[ALONE_PAGE]
    assert row["hijacked"] and BRAND not in everything(row)
    assert "研究部署近期重点工作" in row["text"]
    # the run's first cleaning saw a changed page (the brand's sentence); its second found the
    # change was the spam: no version with the brand was kept, and the run counts it unchanged
    versions = query(db, "SELECT * FROM article_versions WHERE article_id=? ORDER BY version", row["id"])
    assert [v["version"] for v in versions] == [1] and all(BRAND not in everything(v) for v in versions)
    run2 = all_runs(db)[1]
    assert (run2["articles_new"], run2["articles_changed"], run2["articles_unchanged"]) == (0, 0, 6)


def test_the_runs_health_names_the_hijack_and_the_webhook_carries_pages_and_strings(two_runs):
    _, _, db, posts = two_runs
    run1, run2, run3 = finished(all_runs(db))[:3]
    assert run1["health"] is None
    assert run2["health"].startswith("hijacked since ") and run2["health"].endswith(": 5 pages")
    assert run3["health"] == run2["health"]  # still hijacked, no worse
    flagged = [p for p in posts if p["run"]["id"] == run2["id"]]
    assert len(flagged) == 1 and flagged[0]["event"] == "run_flagged"
    hijack = flagged[0]["hijack"]
    assert hijack["pages"] == 5
    assert {u["url"].split("/", 3)[3] for u in hijack["urls"]} == {f"info/{n}.htm" for n in (1, 2, 3, 4, 5)}
    assert BRAND in hijack["brands"] and SPAM_HOST in hijack["domains"]
    assert BRAND in flagged[0]["text"]
    # a hijack that merely persists is not posted again
    assert not [p for p in posts if p["run"]["id"] == run3["id"]]
    log = Path(run2["log_path"]).read_text(encoding="utf-8")
    assert "5 pages of this run found hijacked" in log and f"learned this run: {BRAND}" in log
    (last,) = [line for line in log.splitlines() if line.startswith(f"=== run {run2['id']} ok")]
    assert f"flagged {run2['health']}: " in last and BRAND in last and SPAM_HOST in last  # the reason: in the
    assert all(f"/info/{n}.htm" in last for n in (1, 2, 3, 4, 5))                          # service's language


def test_the_profile_is_stored_per_source(two_runs):
    _, _, db, _ = two_runs
    (row,) = query(db, "SELECT * FROM source_profiles")
    profile = json.loads(row["profile"])
    assert row["source"] == "qingshan" and BRAND in profile["spam_strings"] and SPAM_HOST in profile["spam_hosts"]
    assert len(profile["injected"]) == 1
    assert row["run_id"] in {r["id"] for r in finished(all_runs(db))[1:]}


def test_the_web_interface_badges_the_hijacked_source(two_runs):
    _, cfg, db, _ = two_runs
    client = create_app(db, config=load_config(cfg)).test_client()
    for page in ("/sources", "/sources/qingshan", "/runs"):
        html = client.get(page).get_data(as_text=True)
        assert '<span class="badge hijacked"' in html and "起被劫持：5 个页面" in html, page  # Chinese by default
    html = client.get("/runs?lang=en").get_data(as_text=True)
    assert ": 5 pages</span>" in html and "hijacked since" in html


def test_reprocess_applies_the_stored_profile_to_old_captures(two_runs, tmp_path):
    folder, _, _, _ = two_runs
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    db = copy / "archive.db"
    old = by_path(db)[OLD_PAGE]
    assert BRAND in old["text"] and not old["hijacked"]  # run 2 never fetched it again
    run_newsvault("reprocess", "--db", db, "--workers", "0", check=True)
    old = by_path(db)[OLD_PAGE]
    assert BRAND not in everything(old) and old["hijacked"]
    versions = query(db, "SELECT * FROM article_versions WHERE article_id=? ORDER BY version", old["id"])
    assert len(versions) == 2 and versions[-1]["reprocessed_at"]


def test_the_second_pass_runs_in_the_cleaner_worker_processes_too(tmp_path):
    """Two manual crawls cleaning in worker processes (the service's crawls above clean in-process)."""
    with SiteServer(clean_site()) as server:
        src = {"name": "qingshan", "start_urls": [server.url("/xwzx/list.htm")], "article_pattern": r"/info/\d+\.htm$"}
        cfg = write_config(tmp_path / "newsvault.toml", [src])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True, env={"NEWSVAULT_CLEAN_WORKERS": "1"})
        server.site.clear()
        server.site.update(hijacked_site())
        proc = run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True, env={"NEWSVAULT_CLEAN_WORKERS": "1"})
    db = tmp_path / "archive.db"
    rows = by_path(db)
    assert rows[ALONE_PAGE]["hijacked"] and BRAND not in everything(rows[ALONE_PAGE])
    assert all(rows[f"/info/{n}.htm"]["hijacked"] for n in (1, 2, 3, 4))
    assert query(db, "SELECT health FROM runs WHERE id=2")[0]["health"].endswith(": 5 pages")
    assert "5 pages of this run found hijacked" in proc.stderr
