"""Search as an archivist uses it: Chinese terms of any length found exactly, English by word,
phrases, filters, ranking, snippets, hostile input, time limit, concurrency, upgrade, CLI."""
from __future__ import annotations

import itertools
import json
import random
import sqlite3
import threading

import pytest
from click.testing import CliRunner

import archive.search as search_module
from archive import search_index
from archive.db import open_raw
from archive.migrations import MIGRATIONS, migrate
from archive.search import SearchTimeout, match_ids, open_archive, search
from archive.sqlite import connect, transaction
from archive.store import ArchiveStore
from cli import main
from core.errors import UsageError
from core.pages import FetchedPage
from scraper.clean.article import Article
from tests.conftest import BACKENDS, SQLITE, fresh_archive


def record(store: ArchiveStore, url: str, title: str, text: str, *, source: str = "gzou-news",
           published: str | None = "2024-05-09", hijacked: bool = False) -> str:
    page = FetchedPage(source, url, url, 200, [("Content-Type", "text/html")], b"<html></html>",
                       "2026-01-01T00:00:00+00:00")
    return store.record_page(None, source, page, Article(url=url, title=title, text=text, published=published,
                                                         hijacked=hijacked))


ARTICLES = [
    # url suffix, title, text, source, published, hijacked
    ("1", "本研究表明气候变化影响农业", "研究人员发现，大学生活与学习习惯有关。Beijing University 的 data science 团队参与。",
     "gzou-news", "2024-05-09T15:20:00+08:00", False),
    ("2", "研究生院招生通知", "各学院：现将2024年研究生招生工作安排通知如下。New York 代表团到访。",
     "gzou-news", "2024-03-01", False),
    ("3", "金宝搏188入口", "这是一篇被劫持的页面。乡村振兴战略在本市全面推进，GDP 增长 5%。",
     "moe-gov", "2023-12-31", True),
    ("4", "校园新闻", "研，究——两个字被标点隔开；研\n究也被换行隔开；研 究被空格隔开。database 不是 data。",
     "moe-gov", None, False),
    ("5", "ＧＤＰ２０２４年统计公报", "全年国内生产总值增长；中国GDP增长平稳。Café culture 在上海流行。York New 不是 New York。",
     "pku-news", "2025-01-15", False),
]


@pytest.fixture(scope="module", params=BACKENDS)
def module_backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def archive(module_backend, request, tmp_path_factory):
    db = fresh_archive(module_backend, request, tmp_path_factory, "search")
    with ArchiveStore(db) as store:
        for suffix, title, text, source, published, hijacked in ARTICLES:
            record(store, f"https://example.edu.cn/{suffix}.htm", title, text, source=source,
                   published=published, hijacked=hijacked)
    return db


@pytest.fixture
def conn(archive):
    c = open_archive(archive)
    yield c
    c.close()


def ids(conn, query: str, **kw) -> list[int]:
    return sorted(match_ids(conn, query, **kw))


# -- Chinese: exact substring semantics -------------------------------------------------------

@pytest.fixture(scope="module")
def random_archive(module_backend, request, tmp_path_factory):
    """Random text over a small alphabet (every n-gram recurs), with punctuation, spaces, line
    breaks and Latin words between the characters."""
    rnd = random.Random(4)
    alphabet = "研究生院大学中国会议"
    separators = ["，", "。", " ", "\n", "、", "ab", "2024", "“", "——"]

    def text(n: int) -> str:
        return "".join(rnd.choice(alphabet) if rnd.random() < 0.85 else rnd.choice(separators) for _ in range(n))

    docs = {}
    db = fresh_archive(module_backend, request, tmp_path_factory, "random")
    with ArchiveStore(db) as store:
        for i in range(60):
            title, body = text(rnd.randint(3, 12)), text(rnd.randint(20, 120))
            record(store, f"https://example.edu.cn/r{i}.htm", title, body)
            docs[i + 1] = title + "\n" + body
    return db, docs, alphabet


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_chinese_terms_of_1_to_4_characters_match_exactly_the_articles_containing_them(random_archive, length):
    db, docs, alphabet = random_archive
    rnd = random.Random(length)
    terms = ["".join(t) for t in itertools.product(alphabet, repeat=length)]
    terms = terms if len(terms) <= 150 else rnd.sample(terms, 150)
    with open_archive(db) as conn:
        for term in terms:
            expected = sorted(i for i, d in docs.items() if term in d)
            assert ids(conn, term) == expected, term


def test_terms_that_straddle_jieba_word_boundaries_are_found(conn):
    # jieba cuts 本/研究/表明, 大学/生活, 研究生院/招生: these terms cross its boundaries
    assert ids(conn, "究表") == [1]
    assert ids(conn, "学生") == [1]
    assert ids(conn, "院招") == [2]
    assert ids(conn, "研究生") == [2]
    assert ids(conn, "研究") == [1, 2]


def test_one_character_terms(conn):
    assert ids(conn, "研") == [1, 2, 4]
    assert ids(conn, "劫") == [3]
    assert ids(conn, "龘") == []


def test_characters_separated_by_punctuation_space_or_line_break_are_not_adjacent(conn):
    assert 4 not in ids(conn, "研究")
    assert ids(conn, "研，究") == [4]  # the user asked for the gap: any gap matches


def test_a_term_found_in_the_title_only(conn):
    assert ids(conn, "气候变化") == [1]


# -- English, phrases, mixed --------------------------------------------------------------------

@pytest.mark.parametrize("query", ["beijing", "BEIJING", "Beijing", "bEiJiNg"])
def test_english_is_case_insensitive(conn, query):
    assert ids(conn, query) == [1]


def test_english_matches_whole_words(conn):
    assert ids(conn, "data") == [1, 4]
    assert ids(conn, "database") == [4]
    assert ids(conn, "dat") == []


def test_full_width_and_accented_text_are_folded(conn):
    assert ids(conn, "GDP2024") == [5]          # the title has ＧＤＰ２０２４
    assert ids(conn, "cafe") == ids(conn, "Café") == [5]


def test_quoted_phrases(conn):
    assert ids(conn, '"new york"') == [2, 5]
    assert 5 in ids(conn, '"york new"')
    assert ids(conn, '"data science"') == [1]
    assert ids(conn, '"science data"') == []
    assert ids(conn, '"研究 生院"') == [2]       # spaces between Chinese characters are ignored
    assert ids(conn, "“研究生院”") == [2]        # Chinese quotation marks work too
    assert ids(conn, '"乡村振兴战略"') == [3]


def test_every_word_must_occur(conn):
    assert ids(conn, "研究 data") == [1]
    assert ids(conn, "研究 York") == [2]
    assert ids(conn, "研究 乡村") == []


def test_mixed_chinese_english_terms(conn):
    assert ids(conn, "中国GDP") == [5]
    assert ids(conn, "GDP增长") == [3, 5]        # "GDP 增长" and "GDP增长" alike


# -- hostile input -------------------------------------------------------------------------------

HOSTILE = ['"', '""', '"研究', '研究"', 'a"b', "*", "研究*", "*研究", "title:研究", ":", "::", "(", ")", "(研究",
           "研究)", "AND", "OR", "NOT", "NEAR", "NEAR(研究 生院)", "NEAR(研究, x)", "研究 AND", "AND 研究",
           "研究 OR", "NOT 研究", "^研究", "+", "-研究", "{title}", "{title body}: 研究", "研究 -", "a:b:c",
           "'", ";", "'; DROP TABLE articles; --", "\\", "%", "_", "研究\x00", "\ue000", "研\ue000究",
           "''", '"""', "研究 \"生院", "[研究]", "【研究】", "(((((", ")))", "*" * 100, "研" * 500, ""]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_errors(conn, query):
    result = search(conn, query)
    assert result.total >= 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)


def test_syntax_characters_are_plain_text(conn):
    assert ids(conn, "研究*") == ids(conn, "研究") == ids(conn, "(研究") == ids(conn, "研究)") == [1, 2]
    assert ids(conn, "title:研究") == []  # the word "title" next to 研究: no column filters here
    assert ids(conn, '"研究') == ids(conn, "研究")  # an unclosed quote runs to the end
    assert ids(conn, "NOT 研究") == []  # the words "not" and 研究, not a negation
    assert search(conn, "*").empty_query and search(conn, "").total == 0


def test_private_use_characters_cannot_reach_the_barrier_token(conn):
    assert ids(conn, "\ue000") == []
    assert ids(conn, "研\ue000究") == ids(conn, "研 究")


# -- raw FTS5 syntax -----------------------------------------------------------------------------

def test_raw_queries(conn):
    assert ids(conn, "研究 NOT 生院", raw=True) == [1]
    assert ids(conn, "乡村 OR 气候", raw=True) == [1, 3]
    assert ids(conn, "title: 研究", raw=True) == [1, 2]
    assert ids(conn, "body: 气候", raw=True) == []
    assert ids(conn, "NEAR(研究 data, 30)", raw=True) == [1]
    assert ids(conn, "NEAR(研究 data, 2)", raw=True) == []
    assert ids(conn, "dat*", raw=True) == [1, 4]
    assert ids(conn, '"研究 生院"', raw=True) == [2]


@pytest.mark.parametrize("query", ['"研究', "研究 AND", "(研究", "nosuch: 研究", "NEAR(研究 生院, x)", "AND", "研究 :"])
def test_bad_raw_queries_raise_one_line_usage_error(conn, query):
    with pytest.raises(UsageError) as e:
        search(conn, query, raw=True)
    assert "\n" not in str(e.value) and "raw" in str(e.value)


# -- filters, sorting, paging ---------------------------------------------------------------------

def test_filters(conn):
    assert ids(conn, "研究", source="gzou-news") == [1, 2]
    assert ids(conn, "研", source=["moe-gov", "pku-news"]) == [4]
    assert ids(conn, "增长", hijacked=True) == [3]
    assert ids(conn, "增长", hijacked=False) == [5]
    assert ids(conn, "研究", since="2024-04") == [1]
    assert ids(conn, "研究", until="2024-05-08") == [2]
    assert ids(conn, "研究", until="2024-05-09") == [1, 2]         # the whole day, times included
    assert ids(conn, "研究", since="2024-05-09T16:00:00+08:00") == []
    assert ids(conn, "增长", since="2024", until="2025") == [5]
    assert ids(conn, "增长", until="2023") == [3]
    assert ids(conn, "研究", source="nosuch") == []


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "yesterday", "2024/05/09", "24-05-09"])
def test_bad_dates_are_usage_errors(conn, value):
    with pytest.raises(UsageError, match="not a date"):
        search(conn, "研究", since=value)


def test_sort_by_date_puts_articles_without_a_date_last(conn):
    result = search(conn, "研", sort="date")
    assert [h.id for h in result.hits] == [1, 2, 4]
    assert all(h.score is None for h in result.hits)
    with_filter = search(conn, "研", sort="date", source=["gzou-news", "moe-gov"], hijacked=False)
    assert [h.id for h in with_filter.hits] == [1, 2, 4]
    assert [h.id for h in search(conn, "研", sort="date", since="2024-03-01", offset=1).hits] == [2]


def test_paging_and_totals(conn):
    everything = search(conn, "的 OR 是 OR 研 OR 增", raw=True, limit=100)
    assert everything.total == len(everything.hits) == 5
    pages = [search(conn, "的 OR 是 OR 研 OR 增", raw=True, limit=2, offset=o) for o in (0, 2, 4)]
    assert [h.id for p in pages for h in p.hits] == [h.id for h in everything.hits]
    assert all(p.total == 5 for p in pages)


def test_past_the_rank_window_the_rest_follow_newest_first(conn, monkeypatch):
    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    query = "的 OR 是 OR 研 OR 增"
    full = search(conn, query, raw=True, limit=10)
    assert full.total == 5 and full.ranked == 3
    assert [h.id for h in full.hits[3:]] == [2, 1]                       # older than the ranked three
    assert {h.id for h in full.hits[:3]} == {3, 4, 5}                    # the three newest, by bm25
    scores = [h.score for h in full.hits[:3]]
    assert scores == sorted(scores, reverse=True) and full.hits[3].score is None
    paged = [h.id for o in range(5) for h in search(conn, query, raw=True, limit=1, offset=o).hits]
    assert paged == [h.id for h in full.hits]


# -- ranking and snippets --------------------------------------------------------------------------

def test_title_match_outranks_body_match(new_archive):
    db = new_archive()
    with ArchiveStore(db) as store:
        record(store, "https://x.cn/body", "学校新闻", "招生" * 30 + "。其他内容" * 50)
        record(store, "https://x.cn/title", "研究生招生简章", "详见附件。" + "其他内容。" * 80)
        record(store, "https://x.cn/other", "无关", "什么都没有")
    with open_archive(db) as conn:
        hits = search(conn, "招生").hits
        assert [h.url for h in hits] == ["https://x.cn/title", "https://x.cn/body"]
        assert all(h.score > 0 for h in hits)


def test_snippets_mark_the_matches(conn):
    hit = search(conn, "乡村振兴").hits[0]
    assert "[乡村振兴]" in str(hit.snippet)
    start, end = hit.snippet.spans[0]
    assert hit.snippet.text[start:end] == "乡村振兴"
    assert hit.snippet.marked("<b>", "</b>").count("<b>乡村振兴</b>") == 1
    assert str(search(conn, "beijing").hits[0].snippet).count("[Beijing]") == 1
    assert "[ＧＤＰ２０２４]" in search(conn, "gdp2024").hits[0].title_marked.marked()


def test_long_text_snippet_is_a_window_around_the_match(new_archive):
    text = "开头的段落。" * 100 + "这里提到了乡村振兴和 data 两个词。" + "结尾的段落。" * 100
    db = new_archive()
    with ArchiveStore(db) as store:
        record(store, "https://x.cn/1", "标题", text)
    with open_archive(db) as conn:
        snippet = str(search(conn, "乡村振兴 DATA").hits[0].snippet)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "[乡村振兴]" in snippet and "[data]" in snippet
    assert len(snippet) <= search_module.SNIPPET_CHARS + 10


# -- time limit, read-only, concurrency -------------------------------------------------------------

def test_a_query_over_its_time_limit_stops_with_a_clear_error(new_archive):
    db = new_archive("big")
    with ArchiveStore(db) as store, transaction(store.conn):
        store.conn.execute("INSERT INTO sources (name, first_seen) VALUES ('s', 'now')")
        for i in range(1, 3001):
            text = "的研究" * 50
            store.conn.execute("INSERT INTO articles (id, url, source_name, title, text, content_hash, first_seen, "
                               "last_seen) VALUES (?, ?, 's', '标题', ?, 'h', 'now', 'now')", (i, f"u{i}", text))
            search_index.add_article(store.conn, i, "标题", text)
    with open_archive(db) as conn:
        with pytest.raises(SearchTimeout, match="longer than .* narrow"):
            search(conn, "的", time_limit_ms=0)
        assert search(conn, "的").total == 3000  # the connection still works, without the limit


def test_search_connection_is_read_only(archive):
    with open_archive(archive) as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")


def test_search_runs_while_a_writer_holds_its_transaction(new_archive):
    db = new_archive("busy")
    with ArchiveStore(db) as store:
        record(store, "https://x.cn/1", "旧闻", "已经存档的研究")
        with transaction(store.conn):  # a crawl in the middle of writing a page
            record_in_tx = store.conn.execute(
                "UPDATE articles SET last_seen='later' WHERE id=1")
            assert record_in_tx.rowcount == 1
            results = {}

            def reader():
                with open_archive(db) as conn:
                    results["total"] = search(conn, "研究", time_limit_ms=2000).total

            t = threading.Thread(target=reader)
            t.start()
            t.join(timeout=10)
            assert not t.is_alive() and results["total"] == 1
        record(store, "https://x.cn/2", "新闻", "新的研究")  # and the writer was not blocked either
    with open_archive(db) as conn:
        assert search(conn, "研究").total == 2


# -- the index stays in step with the articles table ------------------------------------------------

def test_changed_articles_are_reindexed_and_old_words_are_gone(new_archive, backend):
    db = new_archive()
    with ArchiveStore(db) as store:
        assert record(store, "https://x.cn/1", "旧标题", "旧的内容 alpha") == "new"
        assert record(store, "https://x.cn/1", "新标题", "新的内容 beta") == "changed"
        assert record(store, "https://x.cn/1", "新标题", "新的内容 beta") == "unchanged"
        assert record(store, "https://x.cn/1", "再改标题", "第三版 gamma") == "changed"
        if backend == SQLITE:  # FTS5's own check of a contentless index (PostgreSQL's rows are replaced whole)
            store.conn.execute(f"INSERT INTO {search_index.TABLE}({search_index.TABLE}) VALUES ('integrity-check')")
    with open_archive(db) as conn:
        for gone in ("旧标题", "旧的", "alpha", "新标题", "beta"):
            assert ids(conn, gone) == [], gone
        assert ids(conn, "第三版 gamma") == ids(conn, "再改") == [1]
        before = {q: ids(conn, q) for q in ("标题", "版", "第三", "gamma", "内容")}
    with open_raw(db) as conn:
        with transaction(conn):
            assert search_index.reindex(conn) == 1
    with open_archive(db) as conn:
        assert {q: ids(conn, q) for q in before} == before


def test_an_archive_made_before_the_search_index_upgrades_in_place(tmp_path):
    db = tmp_path / "old.db"
    conn = connect(db)
    migrate(conn, MIGRATIONS[:1])
    conn.execute("INSERT INTO sources (name, first_seen) VALUES ('gzou-news', 'then')")
    for i, (title, text) in enumerate([("研究生院通知", "招生工作"), ("校园新闻", "大学生活 data")], 1):
        conn.execute("INSERT INTO articles (url, source_name, title, text, content_hash, first_seen, last_seen) "
                     "VALUES (?, 'gzou-news', ?, ?, 'h', 'then', 'then')", (f"u{i}", title, text))
    conn.close()
    with ArchiveStore(db):  # the next crawl migrates
        pass
    with open_archive(db) as conn:
        assert ids(conn, "研究") == [1] and ids(conn, "学生") == [2] and ids(conn, "DATA") == [2]
        assert conn.execute("SELECT max(id) FROM schema_migrations").fetchone()[0] >= 2


# -- command line --------------------------------------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_lists_marked_hits(archive):
    r = run("search", "研究", "--db", str(archive))
    assert r.exit_code == 0, r.output
    assert "2 matches for “研究”" in r.output
    assert "本[研究]表明气候变化影响农业" in r.output and "https://example.edu.cn/2.htm" in r.output
    assert "[研究]生招生工作" in r.output


def test_cli_json_has_the_documented_fields(archive):
    r = run("search", "乡村振兴", "--db", str(archive), "--json")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.output)
    assert len(hits) == 1
    assert {"id", "url", "title", "published", "source_name", "snippet", "score", "hijacked"} <= set(hits[0])
    assert hits[0]["title"] == "金宝搏188入口" and hits[0]["hijacked"] is True
    assert "[乡村振兴]" in hits[0]["snippet"] and hits[0]["score"] > 0


def test_cli_filters_and_options(archive):
    out = json.loads(run("search", "研", "--db", str(archive), "--json", "--source", "moe-gov").output)
    assert [h["id"] for h in out] == [4]
    out = json.loads(run("search", "增长", "--db", str(archive), "--json", "--not-hijacked").output)
    assert [h["id"] for h in out] == [5]
    out = json.loads(run("search", "增长", "--db", str(archive), "--json", "--hijacked").output)
    assert [h["id"] for h in out] == [3]
    out = json.loads(run("search", "研", "--db", str(archive), "--json", "--sort", "date", "--limit", "2",
                         "--since", "2024-01-01", "--until", "2024-12").output)
    assert [h["id"] for h in out] == [1, 2]
    out = json.loads(run("search", "研究 NOT 生院", "--raw", "--db", str(archive), "--json").output)
    assert [h["id"] for h in out] == [1]
    assert json.loads(run("search", "不存在的词", "--db", str(archive), "--json").output) == []
    assert "no matches" in run("search", "不存在的词", "--db", str(archive)).output


@pytest.mark.parametrize("args, message", [
    (["--since", "2024-13-01"], "--since '2024-13-01' is not a date"),
    (["--until", "soon"], "--until 'soon' is not a date"),
    (["--raw"], "invalid --raw search query"),
])
def test_cli_errors_are_one_line_with_exit_2(archive, args, message):
    r = CliRunner().invoke(main, ["search", '研究 AND "', "--db", str(archive), *args])
    assert r.exit_code == 2
    assert message in r.output and len(r.output.strip().splitlines()) == 1


def test_cli_hostile_query_without_raw_just_searches(archive):
    r = run("search", '研究 AND "', "--db", str(archive))
    assert r.exit_code == 0 and "no matches" in r.output  # the word "and" is in no article


def test_cli_needs_an_archive(tmp_path):
    r = CliRunner().invoke(main, ["search", "研究", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no archive here" in r.output
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE t (x)")
    other.close()
    r = CliRunner().invoke(main, ["search", "研究", "--db", str(tmp_path / "other.db")])
    assert r.exit_code == 1 and "not a newsvault archive" in r.output and len(r.output.splitlines()) == 1


def test_cli_help_has_an_example():
    r = run("search", "--help")
    assert "Example" in r.output and "--raw" in r.output and "--hijacked / --not-hijacked" in r.output


def test_simplified_and_traditional_forms_find_each_other(tmp_path):
    db = tmp_path / "archive.db"
    with ArchiveStore(db) as store:
        record(store, "https://example.edu.cn/t.htm", "網球", "茲韋列夫在決賽中獲勝。")
        record(store, "https://example.edu.cn/s.htm", "网球", "兹韦列夫赢得冠军。")
    with open_archive(db) as conn:
        assert ids(conn, "兹韦列夫") == ids(conn, "茲韋列夫") == [1, 2]
        assert ids(conn, "获胜") == [1] and ids(conn, "冠軍") == [2]
        hit = search(conn, "兹韦列夫", sort="date").hits[0]
        assert str(hit.snippet).count("[") == 1      # marked in the text as written, whatever its form
