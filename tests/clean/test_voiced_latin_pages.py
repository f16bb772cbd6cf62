"""A token of letters and digits read as a brand by the roles a Chinese page gives its institution
(voiced.check_voiced_han_names) is not read on an article without a Chinese character: there a
forum user's name heads its posts and stands on a line of its own (a clean dev-v10 forum page)."""
from __future__ import annotations

from scraper.clean import clean_page

POST = ("<p>I have been running this laptop for a month now and it handles the whole working day of "
        "documents and spreadsheets without trouble.</p>")
THREAD = ("<html><head><title>Buying an office suite second hand • Tech Forums</title></head><body>"
          "<header><a href='/'>Tech Forums</a></header><article><h1>Buying an office suite second hand</h1>"
          "<p>Thread starter quill42</p><h3>quill42 said:</h3>" + POST + "<p>quill42</p><h3>marta said:</h3>"
          + POST.replace("month", "week") + "<h3>quill42 said:</h3>" + POST.replace("laptop", "desktop")
          + "</article><footer>© 2025 Tech Forums</footer></body></html>")


def test_a_forum_users_name_on_an_english_thread_is_no_brand():
    a = clean_page(THREAD.encode(), url="https://www.techforums.example/threads/office.1066181/")
    assert not a.hijacked, a.findings
    assert "quill42" in a.text
