    //流量统计
    document.write('<div style="display:none">');
    var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");
    document.write(unescape("%3Cspan id='cnzz_stat_icon_1262013760'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s13.cnzz.com/z_stat.php%3Fid%3D1262013760%26show%3Dpic1' type='text/javascript'%3E%3C/script%3E"));
    document.write('</div>');
