"""Sentences that sell to the reader: an invitation (请访问, 推荐, 注册, 想要…) and a promise of
money or of a bet (赢现金, 注册即送88元, 充值秒到账, 提现无忧) in one sentence. A government or
school article reports; it does not promise its reader winnings. On a page already proven hijacked
by evidence of its own (a hidden farm, a redirecting script, a spam title), such a sentence is the
injection's pitch and goes whole, whatever name it sells and however that name is spelled (circled
letters, spaces, zero-width joiners): the residue rule asked of the sentence's act, not of its name.

Asked of every article line of a proven page; it decides nothing on a page with no other proof
(a report on gambling quotes pitches, and the lexicon of pitches must not flag a page alone).
"""
from __future__ import annotations

import re

from scraper.clean import lexicon

# The reader addressed: a call to visit, try, choose, register, top up (请访问, 小编推荐, 还想试试,
# 立即注册). 访问 alone is also a delegation's visit (来校访问): only 请访问/欢迎访问 count.
_CALL = re.compile(r"请访问|欢迎访问|推荐|试试|想要|还想|快来|点击|立即|马上|注册|下载|扫码|建议选择|建議選擇")
# A promise of money or of a bet to the reader. 赢 alone is 赢得 (won praise) in every school
# report: only winning money counts; 奖金 alone is a prize's money in a report: only with 赢/送.
_OFFER = re.compile(r"赢取|赢现金|赢钱|赢大奖|彩金|体验金|充值|提现|秒到账|[即就]送\s*\d|送\s*\d+\s*元|返水|"
                    r"手气|在线玩|投注|下注|娱乐城|老虎机|百家乐")
# Sentences end at 。！；; (a question to the reader and its answer are one pitch: 还想试试手气?X平台,充值秒到账).
_SENTENCE = re.compile(r"(?<=[。！!；;])")


def is_pitch(sentence: str) -> bool:
    """True for a sentence that invites the reader and promises money or a bet, and does not
    report on gambling (诱导学生注册账号、充值下注 in a warning: the lexicon's reporting words)."""
    return bool(_CALL.search(sentence) and _OFFER.search(sentence)) and not lexicon.is_reporting(sentence)


def cut_pitches(line: str) -> tuple[str, list[str]]:
    """(``line`` without its selling sentences, the sentences cut)."""
    if not _OFFER.search(line):
        return line, []
    kept: list[str] = []
    cut: list[str] = []
    for sentence in _SENTENCE.split(line):
        (cut if is_pitch(sentence) else kept).append(sentence)
    return ("".join(kept).strip(), [s.strip() for s in cut if s.strip()]) if cut else (line, [])
