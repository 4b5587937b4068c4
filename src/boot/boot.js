// Starts the app after the first paint; until it is ready, keeps taps on the drawn screen and leaves on a quick exit;
// then registers the offline worker (shipped minified by scripts/boot-plugin.ts; why is in decisions 006, 022, 031).
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
  var title = document.querySelector('#root main h1');
  var drawn = title ? title.textContent : '';
  var boxes = app ? [].slice.call(app.querySelectorAll('input[type=checkbox]')) : [];
  var lists = app ? [].slice.call(app.querySelectorAll('select')) : [];
  var pending = null;
  var shifts = [];
  var keeping = true;
  function leave() {
    var meta = document.querySelector('meta[name="app-exit"]');
    var to = meta ? meta.getAttribute('content') : 'about:blank';
    var cover = document.createElement('div');
    Object.assign(cover.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: '#fff' });
    html.appendChild(cover);
    var entry = history.state && history.state.triage;
    var gone = false;
    function go() {
      if (gone) return;
      gone = true;
      location.replace(to);
    }
    // After a reload: leave the app's history entries as its own exit does.
    if (entry !== 'triage-base' && entry !== 'triage-top') return go();
    try {
      var left = { triage: 'triage-left', to: to };
      if (entry === 'triage-top') history.replaceState(left, '', '/left.html');
      else history.pushState(left, '', '/left.html');
    } catch {
      return go();
    }
    addEventListener('popstate', go);
    history.back();
    setTimeout(go, 400);
  }
  function stopKeeping() {
    keeping = false;
    document.removeEventListener('click', early, true);
    document.removeEventListener('keydown', shift, true);
    if (pending) pending.removeAttribute('data-early');
    var main = document.querySelector('#root main');
    if (main) main.removeAttribute('aria-busy');
  }
  function early(event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target || !app || !keeping || html.hasAttribute('data-ready')) return;
    if (target.closest('.quick-exit, .skip-exit')) {
      event.preventDefault();
      leave();
      return;
    }
    var button = target.closest('button');
    if (!button || !app.contains(button)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (pending) pending.removeAttribute('data-early');
    pending = button;
    button.setAttribute('data-early', '');
    var main = document.querySelector('#root main');
    if (main) main.setAttribute('aria-busy', 'true');
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
  function live(drawnOne, selector) {
    if (drawnOne.isConnected) return drawnOne;
    return [].filter.call(app.querySelectorAll(selector), function (one) {
      return (
        one.getAttribute('name') === drawnOne.getAttribute('name') &&
        one.getAttribute('value') === drawnOne.getAttribute('value') &&
        one.textContent === drawnOne.textContent
      );
    })[0];
  }
  whenReady(function () {
    var button = pending;
    stopKeeping();
    var now = document.querySelector('#root main h1');
    // Only on the same question.
    if (!app || (now ? now.textContent : '') !== drawn) return;
    boxes.forEach(function (box) {
      if (box.checked === box.defaultChecked) return;
      var ticked = box.checked;
      if (box.isConnected) {
        box.checked = box.defaultChecked;
        box.click();
        return;
      }
      var target = box.getAttribute('name') ? live(box, 'input[type=checkbox]') : undefined;
      if (target && target.checked !== ticked) target.click();
    });
    lists.forEach(function (list) {
      var chosen = list.value;
      var drawnOption = [].filter.call(list.options, function (o) {
        return o.defaultSelected;
      })[0];
      var target = list.isConnected ? list : app.querySelector('select');
      if (!drawnOption || drawnOption.value === chosen || !target) return;
      target.value = chosen;
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
    var again = button && live(button, 'button');
    if (again) again.click();
  });
  addEventListener(
    'error',
    function (event) {
      var failed = event.target;
      var entry = document.querySelector('meta[name="app-entry"]');
      if (failed instanceof HTMLScriptElement && entry && failed.src.indexOf(entry.getAttribute('content')) !== -1)
        stopKeeping();
    },
    true,
  );
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
