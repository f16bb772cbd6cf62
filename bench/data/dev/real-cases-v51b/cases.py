"""Which code goes on which page, where (real-cases-v51b). Read by build.py."""

# src file -> (family label, injection forms, hosts the code reaches when it acts)
SNIPPETS = {
    "hexpad_x22bq_beluihameleon.js": ("x22bq", ["js_appended_hex_payload", "double_eval_fromcharcode", "cookie_gate", "onload_offscreen_iframe"], ["site.beluihameleon.info"]),
    "hexpad_x22bq_belayamorda.js": ("x22bq", ["js_appended_hex_payload", "double_eval_fromcharcode", "cookie_gate", "onload_offscreen_iframe"], ["css.belayamorda.info"]),
    "jsecoin_coinhive_wplogin_beacon.js": ("miner_beacon", ["image_beacon", "sync_xhr_eval_loader", "localstorage_gate", "createelement_script", "login_form_beacon"], ["whos.amung.us", "coinhive.com", "load.jsecoin.com"]),
    "allyouwant_head_start.html": ("allyouwant", ["external_script_tags_head_start", "external_script_tags_head_end"], ["cdn.allyouwant.online", "cdn.eeduelements.com"]),
    "donatello_stat_tag.html": ("donatello", ["external_script_tag_in_post_content"], ["js.donatelloflowfirstly.ga"]),
    "hexpad_x22bq_news_beluihameleon.js": ("x22bq", ["js_appended_hex_payload", "double_eval_fromcharcode", "cookie_gate", "onload_offscreen_iframe"], ["news.beluihameleon.info"]),
    "obf0x_docwrite_rtcs_iframe.js": ("rtcs", ["string_array_obfuscation", "document_write_unescape", "viewport_iframe"], ["s.rtcs.live"]),
    "unescape_hidden_iframe_bootstrapcdn_lookalike.js": ("cdn_lookalike", ["document_write_unescape", "hidden_iframe_lookalike_cdn_host"], ["maxcdn.bootstrapcdn.us.to"]),
}

VENDORS = {
    "vendor_baidu_push_360_sozz.html": ("Baidu link-submit push createElement loader + 360 'sozz' document.write loader", ["zz.bdstatic.com", "push.zhanzhang.baidu.com", "js.passport.qihucdn.com", "jspassport.ssl.qhimg.com"]),
    "vendor_cnzz_hidden_div_unescape.html": ("CNZZ counter: document.write(unescape(...)) inside a display:none div", ["s11.cnzz.com"]),
    "vendor_hm_cnzz_hidden_div.html": ("Baidu Tongji hm.js loader + CNZZ unescape writer inside a display:none div", ["hm.baidu.com", "s4.cnzz.com"]),
    "vendor_tawk_chat_widget.html": ("Tawk.to chat widget createElement loader", ["embed.tawk.to"]),
    "vendor_53kf_cnzz_styled_icon.html": ("53KF chat loader + CNZZ writer whose icon a style rule hides", ["tb.53kf.com", "s11.cnzz.com"]),
}

# (id suffix, article key, layout, encoding, code file, placement)
# placement: before_doctype | head_start | head_end | body_start | in_article | footer | body_end | after_html
# allyouwant pages carry the two captured orderings: head_start gets allyouwant_head_start.html,
# head_end gets allyouwant_head_end.html (the injector wrote after <head> and before </head>).
CASES = [
    ("001", "nxld", "xxgk_table", "utf-8", "hexpad_x22bq_beluihameleon.js", "head_end"),
    ("002", "chengan", "xxgk_table", "gbk", "jsecoin_coinhive_wplogin_beacon.js", "body_end"),
    ("003", "zjkwmw", "gov_portal", "utf-8", "allyouwant_head_start.html", "head_start+head_end"),
    ("004", "jiusan", "gov_portal", "utf-8", "hexpad_x22bq_news_beluihameleon.js", "after_html"),
    ("005", "hsdz", "gov_portal", "utf-8", "obf0x_docwrite_rtcs_iframe.js", "footer"),
    ("006", "jintan", "dept_plain", "utf-8", "donatello_stat_tag.html", "in_article"),
    ("007", "ahtxq", "dept_plain", "utf-8", "hexpad_x22bq_belayamorda.js", "body_end"),
    ("008", "sggov", "gov_portal", "utf-8", "unescape_hidden_iframe_bootstrapcdn_lookalike.js", "head_end"),
    ("009", "glut", "campus", "utf-8", "hexpad_x22bq_beluihameleon.js", "footer"),
    ("010", "gzist", "campus", "utf-8", "jsecoin_coinhive_wplogin_beacon.js", "head_end"),
    ("011", "xidian", "campus", "gbk", "unescape_hidden_iframe_bootstrapcdn_lookalike.js", "body_end"),
    ("012", "cuepa", "news_portal", "utf-8", "allyouwant_head_start.html", "head_start+head_end"),
    ("013", "zhld", "epaper", "gb18030", "obf0x_docwrite_rtcs_iframe.js", "body_start"),
    ("014", "t8p", "news_portal", "utf-8", "donatello_stat_tag.html", "in_article"),
    ("015", "chinacourt", "news_portal", "utf-8", "hexpad_x22bq_belayamorda.js", "footer"),
    ("016", "henanrd", "dept_plain", "utf-8", "vendor_baidu_push_360_sozz.html", "body_end"),
    ("017", "hzwr", "xxgk_table", "gb18030", "vendor_cnzz_hidden_div_unescape.html", "footer"),
    ("018", "scgw", "gov_portal", "utf-8", "vendor_hm_cnzz_hidden_div.html", "body_end"),
    ("019", "fypec", "campus", "utf-8", "vendor_tawk_chat_widget.html", "head_end"),
    ("020", "henance", "news_portal", "utf-8", "vendor_53kf_cnzz_styled_icon.html", "body_end"),
]
