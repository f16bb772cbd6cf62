"""Crawl throughput: `newsvault crawl` end to end beside a bare Scrapy spider, on one generated site.

Serves a generated gov/edu-style news site (listing pages with pagination, ≥ 2,000 article pages
of realistic size, a fifth of them hijacked) from a separate process on 127.0.0.1, then runs:

  (a) a bare Scrapy spider that only fetches the same pages (listings and articles), and
  (b) `newsvault crawl` with delay 0: discovery, cleaning in worker processes, archiving,

each as a fresh process, and prints pages/s of both, their ratio and newsvault's peak RSS (the
crawl process and its cleaner workers together). On a shared machine the ratio moves with the
load; the ``cpu:`` line before the last says where the CPU went (seconds of each system: the
crawl process and its cleaner workers apart), which does not. Last line:

  crawl: pages=N newsvault_pps=X scrapy_pps=Y ratio=R peak_rss_mb=M

(with --runs 2, a second crawl into the same archive re-fetches and re-cleans every page with the
site profile the first one stored, and prints a ``crawl run 2:`` line before it). Usage:
python bench/crawl.py [--articles 2000] [--concurrency 16] [--runs 1]
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.server import SiteServer  # noqa: E402
from demo.site import Response, load_articles  # noqa: E402

PER_LISTING = 20
HIJACK_SHARE = 0.2
BRANDS = ["金宝搏188入口", "澳门葡京赌场官网", "九游会j9真人娱乐", "天博体育官方网站", "鸿运国际娱乐城"]


def generate_site(n_articles: int, seed: int = 7) -> tuple[dict[str, Response], int]:
    """The site, and how many pages a full crawl fetches (listings + articles, not robots.txt)."""
    rng = random.Random(seed)
    sentences = [s for a in load_articles() for p in a.paragraphs for s in p.split("。") if len(s) > 8]
    nav = "".join(f'<li><a href="/col/{i}/index.htm">栏目{i}</a></li>' for i in range(12))
    site: dict[str, Response] = {}
    titles = []
    for i in range(n_articles):
        title = rng.choice(sentences)[:28]
        titles.append(title)
        paras = "".join(f"<p>{'。'.join(rng.sample(sentences, 4))}。</p>" for _ in range(rng.randint(6, 14)))
        related = "".join(f'<li><a href="/info/1001/{rng.randrange(n_articles)}.htm">{rng.choice(sentences)[:20]}</a>'
                          f"<span>2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</span></li>" for _ in range(10))
        hijacked = rng.random() < HIJACK_SHARE
        brand = rng.choice(BRANDS)
        page_title = brand if hijacked else f"{title}-青山大学"
        farm = ('<div style="display:none">' + "".join(f'<a href="https://x{k}.bet/">{b}</a>' for k, b in enumerate(BRANDS))
                + "</div>") if hijacked else ""
        html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{page_title}</title></head><body>'
                f'<div class="header"><ul class="nav">{nav}</ul></div><div class="main">'
                f'<div class="col_path">当前位置：<a href="/">首页</a> &gt; 学校要闻</div>'
                f'<h1 class="arti_title">{title}</h1><div class="arti_metas"><span>发布时间：2024-05-{i % 28 + 1:02d} '
                f'10:{i % 60:02d}</span><span>来源：党委宣传部</span></div>'
                f'<div class="wp_articlecontent">{paras}</div>'
                f'<div class="sidebar"><h3>热点新闻</h3><ul>{related}</ul></div></div>'
                f'<div class="footer"><p>版权所有 © 青山大学 地址：青山市大学路1号</p></div>{farm}</body></html>')
        site[f"/info/1001/{i}.htm"] = Response(200, {"Content-Type": "text/html"}, html.encode())
    n_listings = (n_articles + PER_LISTING - 1) // PER_LISTING
    for p in range(n_listings):
        items = "".join(f'<li><a href="/info/1001/{i}.htm">{titles[i]}</a><span>2024-05-01</span></li>'
                        for i in range(p * PER_LISTING, min(n_articles, (p + 1) * PER_LISTING)))
        name = lambda k: "/xwzx/list.htm" if k == 0 else f"/xwzx/list{k + 1}.htm"
        pager = " ".join(f'<a href="{name(k)}">{k + 1}</a>' for k in range(p + 1, min(n_listings, p + 6)))
        if p + 1 < n_listings:
            pager += f' <a href="{name(p + 1)}">下一页</a>'
        html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校要闻</title></head><body>'
                f'<ul class="nav">{nav}</ul><ul class="news-list">{items}</ul><div class="pager">{pager}</div>'
                f"</body></html>")
        site[name(p)] = Response(200, {"Content-Type": "text/html; charset=utf-8"}, html.encode())
    return site, n_articles + n_listings


def serve(site: dict, port_queue) -> None:
    server = SiteServer(site).start()
    port_queue.put(server.base_url)
    while True:
        time.sleep(3600)


BARE_SPIDER = textwrap.dedent('''
    import sys, time, scrapy
    from scrapy.crawler import CrawlerProcess

    class Bare(scrapy.Spider):
        name = "bare"
        async def start(self):
            for url in open(sys.argv[1]).read().split():
                yield scrapy.Request(url, callback=self.parse)
        def parse(self, response):
            pass

    process = CrawlerProcess({"LOG_LEVEL": "WARNING", "CONCURRENT_REQUESTS": int(sys.argv[2]),
                              "CONCURRENT_REQUESTS_PER_DOMAIN": int(sys.argv[2]), "TELNETCONSOLE_ENABLED": False,
                              "ROBOTSTXT_OBEY": False, "COOKIES_ENABLED": False})
    process.crawl(Bare)
    process.start()
''')


def peak_rss_mb(proc: subprocess.Popen, cpu: dict[int, float] | None = None) -> float:
    """Poll the process tree's total RSS until it exits; return the peak in MB. ``cpu``: filled
    with each process's CPU seconds as last seen (the root under its own pid)."""
    import psutil

    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        for p in [root, *root.children(recursive=True)]:
            try:
                total += p.memory_info().rss
                if cpu is not None:
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        peak = max(peak, total)
        time.sleep(0.05)
    return peak / 2**20


def children_cpu_s() -> float:
    """CPU seconds of the children waited for so far (and of theirs)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_timed(cmd: list[str], cwd: Path, measure_rss: bool = False,
              cpu: dict[int, float] | None = None) -> tuple[float, float, subprocess.Popen]:
    """Run ``cmd``; (seconds, peak RSS in MB or 0, the process). ``cpu`` (with measure_rss): CPU
    seconds per process of its tree as last polled, and under -1 those of the process and of the
    children it waited for."""
    start, cpu_before = time.perf_counter(), children_cpu_s()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSVAULT_LOG_LEVEL": "WARNING"})
    rss = peak_rss_mb(proc, cpu) if measure_rss else 0.0
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if cpu is not None:
        cpu[-1] = children_cpu_s() - cpu_before
    if proc.returncode != 0:
        sys.exit(f"{cmd[1:3]} failed ({proc.returncode}):\n{out}\n{err}")
    proc.stdout_text = out
    return elapsed, rss, proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--runs", type=int, default=1,
                    help="crawls into the same archive (2: the second re-fetches every page with a stored site profile)")
    args = ap.parse_args()

    site, pages = generate_site(args.articles)
    size_mb = sum(len(r.body) for r in site.values()) / 2**20
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    server = ctx.Process(target=serve, args=(site, q), daemon=True)
    server.start()
    base = q.get(timeout=30)
    print(f"site: {base}  {pages} pages ({args.articles} articles), {size_mb:.1f} MB of HTML")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            (tmp / "urls.txt").write_text("\n".join(base + p for p in site if not p.startswith("/robots")))
            (tmp / "bare.py").write_text(BARE_SPIDER)
            bare_cpu: dict[int, float] = {}
            bare_s, _, _ = run_timed([sys.executable, "bare.py", "urls.txt", str(args.concurrency)], tmp,
                                     cpu=bare_cpu)
            (tmp / "newsvault.toml").write_text(
                f'[archive]\npath = "archive.db"\n[crawl]\ndelay = 0\nconcurrency_per_domain = {args.concurrency}\n'
                f'max_pages = {pages + 100}\n[[source]]\nname = "bench"\nstart_urls = ["{base}/xwzx/list.htm"]\n')
            nv_cpu: dict[int, float] = {}
            nv_s, rss, proc = run_timed([sys.executable, "-m", "cli", "crawl", "--config", "newsvault.toml"], tmp,
                                        measure_rss=True, cpu=nv_cpu)
            nv_pid = proc.pid
            print(proc.stdout_text.strip())
            later = []
            for _ in range(args.runs - 1):  # into the same archive: every page again, with the stored site profile
                later_s, _, proc = run_timed([sys.executable, "-m", "cli", "crawl", "--config", "newsvault.toml"], tmp)
                print(proc.stdout_text.strip())
                later.append(later_s)
    finally:
        server.terminate()
    scrapy_pps, nv_pps = pages / bare_s, pages / nv_s
    print(f"bare scrapy : {pages} pages in {bare_s:.1f} s = {scrapy_pps:.0f} pages/s")
    print(f"newsvault   : {pages} pages in {nv_s:.1f} s = {nv_pps:.0f} pages/s (clean + archive included)")
    for i, later_s in enumerate(later, start=2):
        print(f"crawl run {i}: pages={pages} newsvault_pps={pages / later_s:.1f} ratio={pages / later_s / scrapy_pps:.2f}")
    # The workers are the forkserver's children, which nobody waits for: their CPU is only seen by polling.
    helpers_cpu = sum(t for pid, t in nv_cpu.items() if pid not in (-1, nv_pid))
    crawl_cpu = max(nv_cpu.get(nv_pid, 0.0), nv_cpu[-1])
    print(f"cpu: scrapy_s={bare_cpu[-1]:.1f} newsvault_s={crawl_cpu + helpers_cpu:.1f} (crawl process "
          f"{crawl_cpu:.1f}, cleaner workers and their forkserver {helpers_cpu:.1f}) load={os.getloadavg()[0]:.1f}")
    print(f"crawl: pages={pages} newsvault_pps={nv_pps:.1f} scrapy_pps={scrapy_pps:.1f} "
          f"ratio={nv_pps / scrapy_pps:.2f} peak_rss_mb={rss:.0f}")


if __name__ == "__main__":
    main()
