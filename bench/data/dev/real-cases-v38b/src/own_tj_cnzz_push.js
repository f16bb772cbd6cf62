  document.writeln("<div style=\"display:none\">");
  document.writeln(
      "<script src=\'https://s22.cnzz.com/z_stat.php?id=1273376891&web_id=1273376891\' language=\'JavaScript\'></script>");
  document.writeln("</div>");

  (function () {
    var bp = document.createElement('script');
    var curProtocol = window.location.protocol.split(':')[0];
    if (curProtocol === 'https') {
      bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';
    } else {
      bp.src = 'http://push.zhanzhang.baidu.com/push.js';
    }
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(bp, s);
  })();
