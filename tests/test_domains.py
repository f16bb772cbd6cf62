"""Sites under the Public Suffix List (core.domains): what the cleaner's own-site questions rest on."""
from __future__ import annotations

from core.domains import has_public_suffix, registrable_domain


def test_a_site_is_its_registrable_domain():
    assert registrable_domain("news.gzou.edu.cn") == registrable_domain("WWW.gzou.edu.cn.") == "gzou.edu.cn"
    assert registrable_domain("www.xyz.sh.cn") == "xyz.sh.cn"  # sh.cn is a suffix, not a site
    # private suffixes count: two parties under github.io are two sites
    assert registrable_domain("a.github.io") != registrable_domain("b.github.io")


def test_names_the_list_does_not_know_fall_back_to_their_last_two_labels():
    assert registrable_domain("a.b.example-unknown-tld") == "b.example-unknown-tld"
    assert registrable_domain("co.uk") == "co.uk"
    assert registrable_domain("10.0.0.1") == "10.0.0.1"
    assert registrable_domain("localhost") == "localhost"


def test_only_a_known_suffix_makes_a_host_name():
    assert has_public_suffix("x.com") and has_public_suffix("a.co.uk") and has_public_suffix("ljsports.top")
    assert not has_public_suffix("first.last") and not has_public_suffix("file.extension")
    assert not has_public_suffix("nodot")


def test_the_suffix_lists_read_once_hold_what_publicsuffixlist_reads():
    # core.domains reads the bundled file once for both lists and spells only its non-ASCII rules
    from publicsuffixlist import PublicSuffixList

    from core import domains

    for ours, only_icann in ((domains._list(), False), (domains._icann_list(), True)):
        theirs = PublicSuffixList(only_icann=only_icann)
        assert ours._publicsuffix == theirs._publicsuffix
        assert ours._maxlabel == theirs._maxlabel
