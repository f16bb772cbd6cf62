"""The cleaning engine: raw page bytes → clean article, metadata and evidence of every injection.

Pure: no network, no Scrapy, no database. Arguments and results pickle, so the crawl pipeline
can run :func:`clean_page` in a process pool.

    >>> from scraper.clean import clean_page
    >>> article = clean_page(raw_bytes, url="https://www.example.edu.cn/info/1/2.htm",
    ...                      headers={"Content-Type": "text/html; charset=gbk"})
    >>> article.title, article.published, article.hijacked, article.findings

``article.hijacked`` is true when any finding is an injection; ``hidden_block`` findings record
removed hidden text that is not (see ``evidence.NOT_HIJACK_KINDS``).

Site profiles (a site's template and the spam proven on its pages) make cleaning one page
use what its siblings show. Building one is pure too, from page bytes or (bytes, url) pairs:

    >>> from scraper.clean import SiteProfile, build_profile, merge_profiles
    >>> earlier = build_profile(earlier_clean_captures)          # known-good template
    >>> profile = merge_profiles(earlier, pages_of_this_crawl)   # + spam proven now, injected blocks
    >>> article = clean_page(raw_bytes, url=url, profile=profile)
    >>> stored = profile.to_json(); profile = SiteProfile.from_json(stored)

Server-side cloaking needs two fetches of one URL (a visitor's and a search spider's); the
comparison is pure:

    >>> from scraper.clean import compare_views
    >>> compare_views(normal_bytes, spider_bytes, url)   # [Finding("server_cloak", …), …]

``MAX_PAGE_BYTES`` is the largest page the cleaner reads (larger ones raise CleanError); the
crawl should download no more than that.
"""
from core.precompiled import stored_patterns

with stored_patterns(__file__):  # the modules compile ~600 patterns at import: 0.3 s of CPU unstored
    from scraper.clean.article import Article, Attachment, Finding
    from scraper.clean.cloak import compare_responses, compare_views
    from scraper.clean.engine import MAX_PAGE_BYTES, clean_and_describe, clean_page
    from scraper.clean.errors import CleanError
    from scraper.clean.evidence import spam_brands, spam_domains
    from scraper.clean.profile import PageTraits, ProfileBuilder, SiteProfile, build_profile, merge_profiles

__all__ = ["Article", "Attachment", "CleanError", "Finding", "MAX_PAGE_BYTES", "PageTraits", "ProfileBuilder",
           "SiteProfile", "build_profile", "clean_and_describe", "clean_page", "compare_responses", "compare_views",
           "merge_profiles", "spam_brands", "spam_domains"]
