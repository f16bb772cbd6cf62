"""Files linked from the article body (PDF, Word, spreadsheets, archives, 附件 links)."""
from __future__ import annotations

import re

from scraper.clean.article import Attachment
from scraper.clean.dom import absolute, text_of

_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|zip|rar|7z|tar|gz|txt|csv|rtf|ceb|caj)(?:$|[?#&])", re.I)
_FILE_TEXT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|txt|csv|rtf)\s*$|附件", re.I)


def find_attachments(container, base_url: str | None) -> list[Attachment]:
    """File links inside the body container and the blocks right after it (附件 boxes)."""
    if container is None:
        return []
    scopes = [container]
    sibling = container.getnext()
    for _ in range(3):  # an attachment box usually follows the body directly
        if sibling is None:
            break
        scopes.append(sibling)
        sibling = sibling.getnext()
    found: dict[str, Attachment] = {}
    for scope in scopes:
        if not isinstance(scope.tag, str):
            continue
        for a in scope.iter("a"):
            href = a.get("href") or ""
            text = text_of(a)
            if not (_FILE.search(href) or _FILE_TEXT.search(text)):
                continue
            url = absolute(href, base_url)
            if url and url not in found:
                found[url] = Attachment(url=url, text=text)
    return list(found.values())
