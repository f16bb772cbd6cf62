# -*- coding: utf-8 -*-
"""Case table: which article, which shell layout, which captured code, where it is placed, encoding.
kind H = hijacked (captured injected code), C = clean (captured vendor code)."""

# src file -> (injection form names, hosts the code reaches when it acts, capture note key)
SNIPPETS = {
 'echo8d745a_base26_eval_iframe.html': (['server_echo_script', 'try_catch_eval_base26', 'iframe_1px_createelement', 'document_write'], ['businesspaard.nl']),
 'c3284d_pahgawks_docwrite_iframe.html': (['server_echo_gzinflate_output', 'document_write_iframe_2px'], ['pahgawks.com']),
 'c3284d_pairedpixels_docwrite_iframe.html': (['server_echo_gzinflate_output', 'document_write_iframe_2px'], ['pairedpixels.com']),
 'c3284d_isaac2011_script.html': (['server_echo_gzinflate_output', 'external_script_tag'], ['isaac2011.comcss']),
 'c3284d_onmouseup_ua_iframe.html': (['server_echo_gzinflate_output', 'ua_gated_iframe_createelement'], ['onmouseup.info']),
 'iframer_dns05_deobfuscated.html': (['iframer_hidden_iframe', 'document_write_fallback'], ['mqyenu.dns05.com']),
 'iframer_ru8080_forum_post.html': (['iframer_hidden_iframe'], ['cs*****kra.ru']),
 'cbbfd9f_cookie_gated_docwrite_iframe.html': (['server_echo_gzinflate_output', 'cookie_ua_gated_document_write_iframe'], ['dvmsoft.eu']),
 'c5b1825_gabranits_static_iframe.html': (['server_echo_gzinflate_output', 'static_1px_iframe'], ['gabranits.com']),
 'balada_charcode_mysimplename.html': (['eval_fromcharcode_loader', 'createelement_script'], ['mysimplename.com']),
 'wpposts_three_script_tags.html': (['external_script_tags_in_post_content'], ['pr.uustoughtonma.org', 's2.voipnewswire.net', 'cdn.examhome.net']),
 'vendor_53kf_chat_widget_credit.html': ([], ['tb.53kf.com', 'www.53kf.com']),
 'vendor_tencent_mta_loader.html': ([], ['pingjs.qq.com']),
 'vendor_jquery_cdn_fallback.html': ([], ['ajax.googleapis.com']),
 'vendor_ga_async_gaq.html': ([], ['www.google-analytics.com', 'ssl.google-analytics.com']),
 'vendor_adsense_article_unit.html': ([], ['pagead2.googlesyndication.com']),
}

# id, article, layout, encoding, kind, src, placement
CASES = [
 ('rc50b-001', 'a02', 'gov_portal',  'utf-8',   'H', 'c3284d_pahgawks_docwrite_iframe.html',     'before_doctype'),
 ('rc50b-002', 'a06', 'campus',      'utf-8',   'H', 'echo8d745a_base26_eval_iframe.html',       'sidebar'),
 ('rc50b-003', 'a16', 'gov_portal',  'utf-8',   'H', 'cbbfd9f_cookie_gated_docwrite_iframe.html', 'head_end'),
 ('rc50b-004', 'a01', 'news_portal', 'utf-8',   'H', 'balada_charcode_mysimplename.html',        'head_start'),
 ('rc50b-005', 'a09', 'gov_portal',  'utf-8',   'H', 'iframer_dns05_deobfuscated.html',          'body_end'),
 ('rc50b-006', 'a18', 'xxgk_table',  'gb18030', 'H', 'c3284d_onmouseup_ua_iframe.html',          'body_start'),
 ('rc50b-007', 'a07', 'dept_table',  'gbk',     'H', 'c3284d_pairedpixels_docwrite_iframe.html', 'before_doctype'),
 ('rc50b-008', 'a15', 'news_portal', 'utf-8',   'H', 'wpposts_three_script_tags.html',           'in_article'),
 ('rc50b-009', 'a11', 'mobile',      'utf-8',   'H', 'iframer_ru8080_forum_post.html',           'footer'),
 ('rc50b-010', 'a13', 'news_portal', 'utf-8',   'H', 'c3284d_isaac2011_script.html',             'before_doctype'),
 ('rc50b-011', 'a12', 'news_portal', 'utf-8',   'H', 'echo8d745a_base26_eval_iframe.html',       'footer'),
 ('rc50b-012', 'a19', 'gov_portal',  'utf-8',   'H', 'c5b1825_gabranits_static_iframe.html',     'footer'),
 ('rc50b-013', 'a08', 'mobile',      'utf-8',   'H', 'c3284d_pahgawks_docwrite_iframe.html',     'before_doctype'),
 ('rc50b-014', 'a10', 'campus',      'utf-8',   'H', 'balada_charcode_mysimplename.html',        'body_end'),
 ('rc50b-015', 'a21', 'xxgk_table',  'utf-8',   'H', 'c3284d_onmouseup_ua_iframe.html',          'body_start'),
 ('rc50b-016', 'a03', 'dept_table',  'gbk',     'H', 'c3284d_pairedpixels_docwrite_iframe.html', 'after_html'),
 ('rc50b-017', 'a05', 'news_portal', 'utf-8',   'C', 'vendor_53kf_chat_widget_credit.html',      'footer'),
 ('rc50b-018', 'a17', 'news_portal', 'utf-8',   'C', 'vendor_adsense_article_unit.html',         'in_article'),
 ('rc50b-019', 'a20', 'gov_portal',  'utf-8',   'C', 'vendor_tencent_mta_loader.html',           'body_end'),
 ('rc50b-020', 'a14', 'mobile',      'utf-8',   'C', 'vendor_jquery_cdn_fallback.html',          'body_end'),
 ('rc50b-021', 'a04', 'campus',      'utf-8',   'C', 'vendor_ga_async_gaq.html',                 'body_end'),
]
