// Starts the app after the first paint, then registers the offline worker (shipped as written: why is in decisions 006, 022).
(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var entry = document.querySelector('meta[name="app-entry"]');
    var preload = document.querySelector('meta[name="app-preload"]');
    (preload ? preload.getAttribute('content').split(' ') : []).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry ? entry.getAttribute('content') : '';
    document.head.appendChild(script);
  }
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
  setTimeout(start, 1000);
  // When the app is ready and the browser idle, or 10 s after load.
  if ('serviceWorker' in navigator)
    addEventListener('load', function () {
      var registered = false;
      function register() {
        if (registered) return;
        registered = true;
        navigator.serviceWorker.register('/sw.js', { scope: '/' });
      }
      function whenIdle() {
        if (window.requestIdleCallback) requestIdleCallback(register, { timeout: 3000 });
        else setTimeout(register, 500);
      }
      var root = document.documentElement;
      if (root.hasAttribute('data-ready')) whenIdle();
      else
        new MutationObserver(function (changes, observer) {
          if (!root.hasAttribute('data-ready')) return;
          observer.disconnect();
          whenIdle();
        }).observe(root, { attributes: true, attributeFilter: ['data-ready'] });
      setTimeout(register, 10000);
    });
})();
