"""Regenerate gambling.txt and porn.txt from houbb/sensitive-word's tagged word list (see README.md).

    python scraper/clean/vocabulary/pick_terms.py sensitive_word_tags.txt

Not imported by the cleaner; kept so that the selection can be repeated on a newer list.
"""
import re
import sys
from pathlib import Path

# Tag 3 (赌博) is noisy (兰博刀, 博客删帖, 淄博…): keep terms that carry a gambling morpheme.
GAMBLING = re.compile(r"娱乐城|博彩|赌|百家乐|六合彩|6合彩|轮盘|老虎机|投注|下注|时时彩|真人|棋牌|娱乐|网投|现金网|真钱|球|开户|bet|casino|彩票|彩金|庄")
# Tag 2 (色情) also holds dates and political terms: keep terms with an explicit morpheme.
PORN = re.compile(r"淫|色情|情色|成人|性爱|做爱|裸聊|裸体|裸照|av|无码|1夜情|一夜情|援交|约炮|乱伦|强奸|黄色|3级|三级|偷拍|巨乳|"
                  r"肉棒|屄|骚|性交|口交|自慰|porn|sex|xxx|色站|色网|色导航|色图|色片|a片|黄片|嫖|妓|调教|爆乳|潮吹|阴唇|阴道|"
                  r"阴茎|鸡巴|激情视频|激情电影|激情网")
# Trade in weapons, drugs, exam answers, deletion services: other spam, not ours; short terms are words.
OTHER = re.compile(r"刀|删帖|博客|药|粉|qq|tel|电话|学历|诗|官司|迷|txt|枪|毒|军|党|考|证|假|\d月|\d日|学运")


def main(path: str) -> None:
    gambling, porn = set(), set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        term, tags = parts[0].strip(), set(parts[1].split(","))
        if not 3 <= len(term) <= 12 or OTHER.search(term):
            continue
        if "3" in tags and GAMBLING.search(term):
            gambling.add(term)
        elif "2" in tags and PORN.search(term):
            porn.add(term)
    here = Path(__file__).parent
    for name, terms in (("gambling.txt", gambling), ("porn.txt", porn)):
        (here / name).write_text("\n".join(sorted(terms)) + "\n", encoding="utf-8")
        print(name, len(terms))


if __name__ == "__main__":
    main(sys.argv[1])
