"""Site profiles in the archive: stored per source by a crawl, read back, and — for a source
archived before profiles existed — built once from its last clean captures' WARC bytes."""
from __future__ import annotations

from contextlib import closing

from archive.db import connect
from archive.profiles import clean_captures, earlier_profile, load_profile, save_profile, stored_profiles
from scraper.clean import SiteProfile
from tests.conftest import copy_archive, query


def test_a_crawl_stores_the_profile_and_readers_get_it_back(demo_archive):
    _, _, db = demo_archive
    with closing(connect(db, readonly=True)) as conn:
        profile = load_profile(conn, "qingshan")
        assert profile is not None and stored_profiles(conn) == {"qingshan": profile}
    assert profile.pages == 12 and "金宝搏188入口" in profile.spam_strings
    assert query(db, "SELECT run_id FROM source_profiles")[0]["run_id"] == 1


def test_without_a_stored_profile_the_first_one_comes_from_the_clean_captures(demo_archive, tmp_path):
    folder, _, _ = demo_archive
    db = copy_archive(folder, tmp_path / "copy")
    with closing(connect(db)) as conn:
        conn.execute("DELETE FROM source_profiles")
        conn.commit()
        clean = query(db, "SELECT COUNT(*) n FROM articles WHERE hijacked=0")[0]["n"]
        assert len(list(clean_captures(conn, "qingshan"))) == clean == 6
        profile = earlier_profile(conn, "qingshan")
        assert profile.pages == 6 and profile.clean_pages >= 5 and not profile.spam_strings
        # the stored one wins once there is one; another format is ignored
        save_profile(conn, "qingshan", SiteProfile(pages=3, spam_strings=["某某娱乐"]), None)
        assert earlier_profile(conn, "qingshan").spam_strings == ["某某娱乐"]
        conn.execute("UPDATE source_profiles SET version=0")
        conn.commit()
        assert load_profile(conn, "qingshan") is None
