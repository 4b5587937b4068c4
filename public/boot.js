// Starts the app after the first paint; until it is ready, keeps taps on the drawn screen and leaves on a quick exit;
// then registers the offline worker (shipped as written: why is in decisions 006, 022, 031).
(function () {
  var html = document.documentElement;
  var app = document.getElementById('root');
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
  function whenReady(then) {
    if (html.hasAttribute('data-ready')) then();
    else
      new MutationObserver(function (changes, observer) {
        if (!html.hasAttribute('data-ready')) return;
        observer.disconnect();
        then();
      }).observe(html, { attributes: true, attributeFilter: ['data-ready'] });
  }
  var pending = null;
  var shifts = [];
  function leave() {
    var to = document.querySelector('meta[name="app-exit"]');
    location.replace(to ? to.getAttribute('content') : 'about:blank');
  }
  function early(event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target || !app || html.hasAttribute('data-ready')) return;
    if (target.closest('.quick-exit, .skip-exit')) {
      event.preventDefault();
      leave();
      return;
    }
    var button = target.closest('button');
    if (!button || !app.contains(button)) return;
    event.preventDefault();
    if (pending) pending.removeAttribute('data-early');
    pending = button;
    button.setAttribute('data-early', '');
  }
  function shift(event) {
    if (event.key !== 'Shift' || event.repeat || html.hasAttribute('data-ready')) return;
    shifts = shifts.filter(function (t) {
      return event.timeStamp - t < 1500;
    });
    if (shifts.push(event.timeStamp) >= 3) leave();
  }
  document.addEventListener('click', early, true);
  document.addEventListener('keydown', shift, true);
  whenReady(function () {
    document.removeEventListener('click', early, true);
    document.removeEventListener('keydown', shift, true);
    if (pending) pending.removeAttribute('data-early');
    if (!app) return;
    // Boxes and lists the app has just drawn as unchanged (a replaced screen's are new nodes, and match).
    [].forEach.call(app.querySelectorAll('input[type=checkbox]'), function (box) {
      if (box.checked === box.defaultChecked) return;
      box.checked = box.defaultChecked;
      box.click();
    });
    [].forEach.call(app.querySelectorAll('select'), function (list) {
      var drawn = [].filter.call(list.options, function (o) {
        return o.defaultSelected;
      })[0];
      if (drawn && drawn.value !== list.value) list.dispatchEvent(new Event('change', { bubbles: true }));
    });
    if (pending && pending.isConnected) pending.click();
    pending = null;
  });
  // When the app is ready and the browser idle, or 10 s after load.
  if ('serviceWorker' in navigator)
    addEventListener('load', function () {
      var registered = false;
      function register() {
        if (registered) return;
        registered = true;
        navigator.serviceWorker.register('/sw.js', { scope: '/' });
      }
      whenReady(function () {
        if (window.requestIdleCallback) requestIdleCallback(register, { timeout: 3000 });
        else setTimeout(register, 500);
      });
      setTimeout(register, 10000);
    });
})();
