// Starts the app once the prerendered first screen has painted, then registers the offline worker (see decision 006).
(function () {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var entry = document.querySelector('meta[name="app-entry"]');
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
  if ('serviceWorker' in navigator)
    addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js', { scope: '/' });
    });
})();
