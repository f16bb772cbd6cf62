	document.writeln("<div style=\"display:none\">");
	document.writeln("<script src=\"https:\/\/s95.cnzz.com\/z_stat.php?id=1259955010&web_id=1259955010\" language=\"JavaScript\"><\/script>");
	var _hmt = _hmt || [];
	(function() {
	  var hm = document.createElement("script");
	  hm.src = "https://hm.baidu.com/hm.js?17077e8d2ddd3bade67fd92a3bcbbc9f";
	  var s = document.getElementsByTagName("script")[0]; 
	  s.parentNode.insertBefore(hm, s);
	})();
	document.writeln("<\/div>");
