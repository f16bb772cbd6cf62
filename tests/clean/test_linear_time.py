"""Hostile pages cannot stall the cleaner: 100 KB of pathological CSS, JS, attributes or text
each clean in well under a second (normal pages take 10–50 ms; quadratic or exponential
patterns take minutes on these inputs)."""
from __future__ import annotations

import time

import pytest

from scraper.clean import CleanError, clean_page

SIZE = 100_000
# A bound a hundred times the normal cleaning time, not a benchmark. It is CPU time of this
# process, not wall time: with five test runs sharing 2 cores, "empty inline elements" took 2.0 s
# of wall clock for 0.45 s of CPU (htmldate's share). Each case runs up to three times and the
# fastest run counts.
BOUND_SECONDS = 1.0


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _page(head: str = "", body: str = "", title: str = "关于做好防汛工作的通知") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title>" + head + "</head><body>"
            "<h1>关于做好防汛工作的通知</h1><div class='content'><p>各单位要做好防汛准备，确保安全度汛。</p>"
            + body + "</div></body></html>").encode()


CASES = {
    # <style>: unclosed blocks, comment openers, stray braces, at-rules, selector and declaration runs
    "css unclosed block": _page(head="<style>td{ font-family: x;" + _fill("a b c ") + "</style>"),
    "css comment openers": _page(head="<style>" + _fill("/*") + "</style>"),
    "css open braces": _page(head="<style>" + _fill("a{") + "</style>"),
    "css stray closing braces": _page(head="<style>" + _fill("a}") + "</style>"),
    "css unclosed at-rules": _page(head="<style>" + _fill("@media x{") + "</style>"),
    "css long compound selector": _page(head="<style>" + _fill(".a") + "{display:none}</style>"),
    "css declaration without colon": _page(head="<style>.x{display:none;" + _fill("-") + "}</style>"),
    "css many hiding rules": _page(head="<style>" + _fill(".a{display:none}.b ") + "</style>"),
    # attributes
    "style attribute of dashes": _page(body="<div style='none" + _fill("-") + "'>x</div>"),
    "style attribute of colons": _page(body="<div style='" + _fill("a:") + "'>x</div>"),
    "class attribute of names": _page(body="<div class='" + _fill("a ") + "'>x</div>"),
    "long href": _page(body="<a href='http://" + _fill("a.") + "'>x</a>"),
    # scripts
    "js write of backslashes": _page(head="<script>document.write('" + _fill("\\") + "</script>"),
    "js title of backslashes": _page(head="<script>document.title='" + _fill("\\") + "</script>"),
    "js fromCharCode of spaces": _page(head="<script>var s=String.fromCharCode(" + _fill(" ") + "</script>"),
    "js hex escapes": _page(head="<script>" + _fill("\\x41") + "</script>"),
    "js cloaking words": _page(head="<script>" + _fill("document.referrer baidu location.href=") + "</script>"),
    # a 100 KB word (a data URI, a minified blob) in code that also reads the referrer: the search
    # for a regex of engine names kept in a variable restarted inside the word at every letter
    "js long word and a referrer test": _page(head="<script>var d='" + _fill("a") + "';/x/.test(document.referrer)</script>"),
    # an unclosed literal full of escaped quotes in code that gets decoded: every literal-reading
    # pattern (the decoder's, the check for acts outside literals) restarted at each escaped quote
    # and read to the end again (48 KB took 27 s)
    "js escaped double quotes, unclosed": _page(head="<script>eval(\"" + _fill("\\x41\\\"") + "</script>"),
    "js escaped single quotes, unclosed": _page(head="<script>document.write(atob('" + _fill("\\'\\x41") + "</script>"),
    "js escaped quotes and a concatenation": _page(
        head="<script>var x=\"" + _fill("\\\"") + "\";var y=\"\\x41\"+\"b\";eval(y)</script>"),
    # constant strings folded before a script is read (loaders.fold_constants): a chain of pieces,
    # an unclosed array of them, a variable declared again and again, unclosed concat calls
    "js write of split pieces": _page(head="<script>document.write(" + _fill("'<'+") + "</script>"),
    "js unclosed array of pieces": _page(head="<script>document.write([" + _fill('"[",') + "</script>"),
    "js piece variables": _page(head="<script>" + _fill('var a="<";a+') + "</script>"),
    "js unclosed concat calls": _page(head="<script>" + _fill('"a".concat(') + "</script>"),
    # (under loaders.MAX_FOLD, above which no script is folded)
    "js unclosed array of one piece and blanks": _page(
        head='<script>document.write(["<a"' + " " * (SIZE * 9 // 10) + ".join(''))</script>"),
    # IE conditional comments, read in the raw page (behaviour.conditional_loads)
    "conditional comment openings, no end": _page(body=_fill("<!--[if IE]>")),
    "conditional comment openings, one late ]": _page(body=_fill("<!--[if IE") + "]x"),
    "script tags with no end in a conditional comment": _page(body="<!--[if IE]>" + _fill("<script ") + "<![endif]-->"),
    # what a script that reads the visitor writes (behaviour.host_reporting_loads, dom.TagValues)
    "script tags with no end written for a visitor": _page(
        head="<script>var c=document.cookie;document.write('" + _fill("<script ") + "')</script>"),
    "ld+json nested arrays": _page(head="<script type='application/ld+json'>" + _fill("[") + "</script>"),
    # text and markup
    "empty inline elements with spaces": _page(body=_fill("<b> </b> ")),
    "labels without values": _page(body="<p>" + _fill("来源：") + "</p>"),
    "date fragments": _page(body="<p>" + _fill("2024年5月") + "</p>"),
    "long headline": _page(body="<h1>" + _fill("标题 ") + "</h1>"),
    "unclosed font tags": _page(body=_fill("<font>")),
    "unclosed div tags": _page(body=_fill("<div>")),
    # Found by session 52's growth harness (pages of 25, 50 and 100 KB of many shapes); CPU before the
    # fix at 25 KB (and 50, 100 KB where it finished), on a shared 2-core machine; "over N s": stopped then.
    # tradehead._MARK read the blanks after a bracket's word two ways (\s*讯?\s*): 2.4 s, 100 KB over 60 s
    "a bracket before a run of blanks": _page(body="<p>（文/张三" + _fill(" ") + "图/李四）</p>"),
    # titles: each part of the <title> split the whole title again, and measured it against every part:
    # 3.8 s for 25 KB of dates (100 KB over 60 s); 25 KB of short parts 2.0 s (100 KB over 60 s)
    "title of many dates": _page(title=_fill("2024-05-01 ")),
    # infoblock: every label cell read the whole table's text: 1.4 s, 100 KB 15.8 s
    # pasted.suggestion_lists: a run of alike short lines re-read from each of its lines: 25 KB of
    # headings 13.8 s, of dated paragraphs 20.0 s; the list of links 0.5 s, 2.3 s at 50 KB, 9.5 s at 100 KB
    # (a byline of names each on its own line, parted by slashes: 3 KB 3.3 s, 6 KB 23.1 s, 25 KB over 300 s)
    "byline of names on lines of their own": _page(body="<div class='info'>作者：" + _fill("张三\n/") + "</div>"),
    "list of dated links": _page(body="<ul>" + "".join(
        f"<li><a href='/a/{i}.htm'>学校召开工作会议{i}</a><span>2024-05-01</span></li>" for i in range(SIZE // 80)) + "</ul>"),
    # slots.voiced_names: each marked name copied the line before and after it, split it into sentences
    # and tried each place of its clause against the headlines: at 25 KB 27.0 s, 13.6 s, and the different
    # marks over 75 s (a page of random ones: 12.8 s); minutes at 100 KB
    "Latin glued to Chinese, repeated": _page(body="<p>" + _fill("abc中文") + "</p>"),
    # media: each link of a block read all the block's text before it (download words just before a link):
    # 0.33 s, 0.58 s, 2.37 s
    "many sibling links to other sites": _page(body="".join(
        f"<a href='http://s{i}.example.com/'>站{i}</a>" for i in range(SIZE // 40))),
}


# Shapes the session-52 fixes made linear whose 100 KB still costs 0.7-0.9 s of CPU here, quiet (best of
# three, 2026-12-08; 1.01-1.07 s in a test run an hour after 0.6-0.9 s in another): at the bound, the
# bound test would fail by the machine's mood, so these assert the growth instead. Linear time takes
# 4x for 4x the input; a quadratic path 16x: before the fixes each took seconds to minutes at 25 KB and
# over a minute at 100 KB (the figures beside CASES' entries of the same session).
HEAVY = {
    "title of many short parts": lambda n: _page(title=_fill("新闻-", n)),
    "table of label cells": lambda n: _page(body="<table>" + _fill(
        "<tr><td>发布机构</td><td>办公室</td><td>发文日期</td><td>2024-05-01</td></tr>", n) + "</table>"),
    "many alike headings": lambda n: _page(body=_fill("<h1>关于做好防汛工作的通知</h1>", n)),
    "many dated paragraphs": lambda n: _page(body=_fill("<p>2024-05-01</p>", n)),
    "a school's name with a mark, repeated": lambda n: _page(body="<p>" + _fill("我校abc88娱乐", n) + "</p>"),
    "many different glued marks": lambda n: _page(body="<p>" + "".join(
        f"{chr(97 + i % 26)}{chr(97 + i * 7 % 26)}{i % 997}学院{chr(0x4e00 + i % 3000)}" for i in range(n // 8)) + "</p>"),
}
# 100 KB may cost this many times 25 KB's CPU (linear: about 2.5-4x here, the fixed part of a page
# included); and 25 KB's time counts as at least FLOOR_SECONDS, so that a fast small page gives no
# tiny denominator.
MAX_GROWTH = 8
FLOOR_SECONDS = 0.1


def _best_cpu(raw: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        try:
            clean_page(raw)
        except CleanError:
            pass
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(HEAVY))
def test_heavy_shapes_grow_linearly(name):
    small, large = _best_cpu(HEAVY[name](SIZE // 4)), _best_cpu(HEAVY[name](SIZE))
    assert large <= MAX_GROWTH * max(small, FLOOR_SECONDS), f"{name}: 25 KB {small:.2f} s, 100 KB {large:.2f} s"

@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input_cleans_in_linear_time(name):
    best = float("inf")
    for round_ in range(3):
        # each round's scripts differ by a comment: a reading cached from the round before (scripts'
        # lru_cache on the code) would hide a slow first reading
        raw = CASES[name].replace(b"<script>", b"<script>/*%d*/" % round_)
        start = time.process_time()
        try:
            clean_page(raw)
        except CleanError:
            pass  # refusing a page quickly is fine too
        best = min(best, time.process_time() - start)
        if best <= BOUND_SECONDS:
            break
    assert best <= BOUND_SECONDS, f"{name}: {best:.2f} s"


@pytest.mark.timeout(120)
def test_a_spam_name_with_a_long_latin_run_is_stemmed_in_linear_time():
    """A name the page proves spam is cut to its stem (万博max官网 → 万博); its web tail was found
    by a pattern that split a run of letters every possible way before giving up (exponential)."""
    from scraper.clean.slots import stem

    for name in ("必赢" + "a" * 30 + "!", _fill("a") + "!"):
        start = time.process_time()
        stem(name)
        assert time.process_time() - start <= BOUND_SECONDS, name[:40]


@pytest.mark.timeout(120)
def test_a_byline_value_with_a_run_of_blanks_loses_its_remark_in_linear_time():
    """A byline's remark (（文）, 北京报道, /编译) is cut from its value's end; searched from each blank of a
    run, the pattern read the rest of the run each time: 10,000 blanks took 2.2 s. (No page has been
    seen to hand the byline reader such a value: the field reader cuts values short.)"""
    from scraper.clean.byline import _REMARK

    for value in ("张三" + " " * SIZE + "x", " " * SIZE + "（文", "张三" + " " * SIZE + "/ x"):
        start = time.process_time()
        _REMARK.sub("", value)
        assert time.process_time() - start <= BOUND_SECONDS, repr(value[:8])


@pytest.mark.timeout(120)
def test_thousands_of_repeated_trade_names_are_read_in_linear_time():
    """A proven copy's names with a glued mark written twice (slots._marked_repeats): each name is kept
    unless a longer one holds it as often. Comparing every pair of names was quadratic in them: 12,000
    names (265 KB) took 9.6 s, now 2.5 s (most of it judging each name once); a normal page, under 0.05 s."""
    from scraper.clean.slots import _marked_repeats

    names = [f"杏悦{n}娱乐" for n in range(100_000, 112_000)]
    text = "\n".join(["，".join(names[i:i + 20]) + "。" for i in range(0, len(names), 20)] * 2)
    start = time.process_time()
    assert len(_marked_repeats(text)) == len(names)
    assert time.process_time() - start <= 5 * BOUND_SECONDS
