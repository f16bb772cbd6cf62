"""What the cleaner returns: an article, the injections found in it, its attachments and images."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Finding:
    """One piece of injected content that the cleaner removed or ignored, kept as evidence; or
    ``decoding_uncertain``, a note that the page's bytes could not all be decoded with confidence
    (that one does not make the article hijacked).

    kind: a stable machine name such as ``spam_title``, ``hidden_links``, ``js_cloak``.
    where: where in the page it was found (``title``, ``meta[name=keywords]``, ``footer``, a CSS path…).
    evidence: the removed text or markup, shortened.
    """

    kind: str
    where: str
    evidence: str


@dataclass(frozen=True)
class Attachment:
    """A file linked from the article body (PDF, Word, spreadsheet, archive…)."""

    url: str
    text: str


@dataclass
class Article:
    """The clean result of one page. ``published`` is ISO 8601 (date, or date and time with offset)."""

    url: str | None = None
    encoding: str | None = None
    language: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    source: str | None = None
    text: str = ""
    hijacked: bool = False
    findings: list[Finding] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    images: list[Attachment] = field(default_factory=list)   # the body's images (``text``: alt text)
    # Body links that may be downloads (no file extension, but 附件/下载 beside them): the crawl
    # asks the server and keeps those that answer with a file (by Content-Type) as attachments.
    maybe_attachments: list[Attachment] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
