"""Names that say only what kind of thing a site or a body is (新闻, 信息网, 资讯频道, 公安局), never whose.

A site names its owner by a proper part — a place, a brand, a body's own name — before its kind: 半岛网,
鹤山中学, 凤凰网, 开平市政府网. A shell a copier puts around somebody else's page writes the kind alone (its
header 新闻 or 信息网, its copyright line 版权所有:公安局 or 资讯频道): a word any site could write, which
relates the page to no host, and whose letters any host's initials may happen to spell (qggaj: g-a-j, 公安局).
The copy relations (takeover) read such a word as no name at all: no outlet's name standing alone in the chrome
(a header, a copyright line's holder), no owner that excuses a story of unrelated bodies, nothing a host spells. One
item of a menu (首页 | 新闻 | 财经) keeps saying that the site runs a news section (takeover._outlet_named).

Measured (cp43, session 43, dev data, tuned on v47) by cleaning every dev page served from a named host outside
gov/edu with main (94a48743) and with this: of the 1,032 hijacked pages it flags rc47-004 and rc47-026 (a county item
under 信息网, one crediting 本网讯), missed before, and changes no other flag or finding; of the 1,225 legit and clean
pages (bench/data/dev and the shared corpus) and the 497 pages of the 49 dev-* extraction sets on such hosts that hold
Han text or a rights notice without the host's name, it flags none (their 13 and 8 flags are main's, findings
identical). Pages at 127.0.0.1 are never judged. Read as no owner for every relation (the template's owners filtered
in the engine) it also flagged rc47-037 and rc46-012 (a school's news under 资讯频道 / 新闻) but legit rc43b-019 too
(a town's news under 新闻网 on a commercial host): a variant, reverted. Re-applied (cq43) once the voice relations
read what that page has and the copies lack — the town's own name signing its 我镇 item (takeover.signed_by_speaker):
see the engine's note for what it measures.
"""
from __future__ import annotations

import re

# The words of a kind, longest first where one holds another (the alternation takes the first that fits):
# what a news site calls itself or its parts, what a public body is by its kind, and a site's word for
# itself (本网, 本站, 官网). Declarative data: a word added here names nobody anywhere.
_KIND_WORDS = (
    # a site and its parts
    "门户网站", "門戶網站", "信息网", "信息網", "信息港", "新闻网", "新聞網", "资讯网", "資訊網",
    "新闻", "新聞", "资讯", "資訊", "信息", "消息", "动态", "動態", "快讯", "快訊", "要闻", "要聞", "时讯", "時訊",
    "头条", "頭條", "热点", "熱點", "综合", "綜合", "频道", "頻道", "栏目", "欄目", "在线", "在線", "网站", "網站",
    "门户", "門戶", "官网", "官網", "首页", "首頁", "中心", "平台", "平臺", "传媒", "傳媒", "媒体", "媒體",
    "内容页", "內容頁", "详情页", "詳情頁", "正文", "文章", "列表", "本网", "本網", "本站", "官方", "之窗",
    "网", "網", "站", "报", "報",
    # a public body by its kind alone
    "人民政府", "政府", "公安局", "公安", "派出所", "委员会", "委員會", "检察院", "檢察院", "法院", "医院", "醫院",
    "大学", "大學", "学院", "學院", "学校", "學校", "中学", "中學", "小学", "小學", "图书馆", "圖書館",
    "局", "办公室", "辦公室", "公司", "集团", "集團",
)
_KIND_ONLY = re.compile("(?:" + "|".join(sorted(_KIND_WORDS, key=len, reverse=True)) + ")+")


def kind_only(name: str) -> bool:
    """True when ``name`` is made of kind words alone (新闻, 信息网, 资讯频道, 公安局): it names no one."""
    bare = re.sub(r"\s+", "", name)
    return bool(bare) and _KIND_ONLY.fullmatch(bare) is not None
