// Tests the nginx config in docs/deploying.md as written there: Debian's nginx serves dist/ with it on 127.0.0.1,
// the security headers must be on `/`, on a deep path and on an asset, and another origin must not frame the app.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.NGINX_PORT ?? 4215);
/** Another origin on the same machine (a different port is a different origin) for the framing check. */
const OTHER_PORT = Number(process.env.NGINX_OTHER_PORT ?? PORT + 1);
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';

const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

/** The one ```nginx block of the deployment doc, made to listen on loopback over plain HTTP and serve `root`. */
function documentedConfig(root) {
  const doc = readFileSync(join(ROOT, 'docs/deploying.md'), 'utf8');
  const blocks = [...doc.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  if (blocks.length !== 1) throw new Error(`docs/deploying.md has ${String(blocks.length)} nginx blocks, expected 1`);
  const block = blocks[0] ?? '';
  for (const needed of [/^\s*listen\s[^;]*;/m, /^\s*root\s[^;]*;/m])
    if (!needed.test(block)) throw new Error(`the documented config has no line matching ${String(needed)}`);
  return block
    .replace(/^(\s*)listen\s[^;]*;/gm, `$1listen 127.0.0.1:${String(PORT)};`)
    .replace(/^\s*http2\s+on;\n/gm, '')
    .replace(/^\s*ssl_[a-z_]+\s[^;]*;\n/gm, '')
    .replace(/^(\s*)root\s[^;]*;/m, `$1root ${root};`)
    .replace(/^(\s*)error_log\s+\S+/m, `$1error_log ${join(root, '..', 'logs', 'site-error.log')}`);
}

/** A prefix of its own: config, pid, logs and temp folders, and a copy of the build nginx's workers can read. */
function prepare() {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-check-'));
  chmodSync(prefix, 0o755);
  const root = join(prefix, 'dist');
  cpSync(join(ROOT, 'dist'), root, { recursive: true });
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
${documentedConfig(root)}
}
`,
  );
  return { prefix, conf };
}

async function waitForServer(url) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nginx did not answer on ${url}`);
}

function headersOf(response) {
  return {
    csp: response.headers.get('content-security-policy') ?? '',
    nosniff: response.headers.get('x-content-type-options') ?? '',
    referrer: response.headers.get('referrer-policy') ?? '',
    cache: response.headers.get('cache-control') ?? '',
    type: response.headers.get('content-type') ?? '',
  };
}

async function checkHeaders(base) {
  const asset = readdirSync(join(ROOT, 'dist/assets')).find((name) => name.endsWith('.js'));
  if (!asset) throw new Error('dist/assets has no script: run `npm run build` first');
  const paths = { '/': 'html', '/court/papers/deep/route': 'html', [`/assets/${asset}`]: 'javascript' };
  for (const [path, kind] of Object.entries(paths)) {
    const response = await fetch(`${base}${path}`);
    const h = headersOf(response);
    check(
      response.status === 200 && h.type.includes(kind),
      `${path}: 200, ${kind} (got ${String(response.status)}, ${h.type})`,
    );
    check(h.csp.includes("frame-ancestors 'none'"), `${path}: Content-Security-Policy with frame-ancestors 'none'`);
    check(h.csp.includes("script-src 'self'") && !h.csp.includes('unsafe'), `${path}: CSP allows only own scripts`);
    check(h.nosniff === 'nosniff', `${path}: X-Content-Type-Options: nosniff`);
    check(h.referrer === 'no-referrer', `${path}: Referrer-Policy: no-referrer`);
    const cache = path.startsWith('/assets/') ? 'immutable' : 'no-cache';
    check(h.cache.includes(cache), `${path}: Cache-Control ${cache} (got "${h.cache}")`);
  }
  const missing = await fetch(`${base}/assets/no-such-file.js`);
  check(
    headersOf(missing).csp.includes("frame-ancestors 'none'"),
    `/assets/no-such-file.js (answered ${String(missing.status)}): headers on a path that is no file too`,
  );
  const manifest = await fetch(`${base}/manifest.webmanifest`);
  const manifestType = headersOf(manifest).type;
  check(
    manifest.status === 200 && manifestType.startsWith('application/manifest+json'),
    `/manifest.webmanifest: 200, application/manifest+json (got ${String(manifest.status)}, ${manifestType})`,
  );
  check(headersOf(manifest).csp.includes("frame-ancestors 'none'"), '/manifest.webmanifest: the same headers');
  const server = manifest.headers.get('server') ?? '';
  check(server === 'nginx', `Server header names no version (got "${server}")`);
}

/** The error log the documented config keeps: after a request for a missing file, no visitor's address is in it. */
function checkErrorLog(prefix) {
  const block = documentedConfig(join(prefix, 'dist'));
  check(/^\s*error_log\s/m.test(block), 'the documented config sets error_log');
  const file = join(prefix, 'logs', 'site-error.log');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  check(!text.includes('127.0.0.1'), `the error log records no visitor's address (${String(text.length)} bytes)`);
}

/** A page on another origin frames the app and, as a control, a page of its own; only the control may show. */
async function checkFraming(base) {
  const other = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      req.url === '/control'
        ? '<p id="control">control</p>'
        : `<iframe id="app" src="${base}/"></iframe><iframe id="own" src="/control"></iframe>`,
    );
  });
  await new Promise((done) => other.listen(OTHER_PORT, '127.0.0.1', done));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const refused = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${String(OTHER_PORT)}/`);
    await page.waitForTimeout(1500);
    const own = page.frames().find((f) => f.url().endsWith('/control'));
    check((await own?.locator('#control').count()) === 1, 'control: a frame from the framing page itself shows');
    const app = page.frames().find((f) => f.url().startsWith(base));
    const appShown = app ? await app.locator('#root, main, h1').count() : 0;
    check(appShown === 0, `another origin's frame shows nothing of the app (frame at ${app?.url() ?? 'none'})`);
    check(refused.length > 0, "Chromium reports the frame refused by frame-ancestors 'none'");
  } finally {
    await browser.close();
    await new Promise((done) => other.close(done));
  }
}

const { prefix, conf } = prepare();
const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf, '-e', `${prefix}/logs/error.log`], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(test.stderr);
  rmSync(prefix, { recursive: true, force: true });
  throw new Error('nginx rejects the documented config');
}
const nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', `${prefix}/logs/error.log`, '-g', 'daemon off;'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => {
  if (nginx.exitCode === null) nginx.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const base = `http://127.0.0.1:${String(PORT)}`;
try {
  console.log(
    `${spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim()} on ${base}, config from docs/deploying.md`,
  );
  await waitForServer(base);
  await checkHeaders(base);
  checkErrorLog(prefix);
  await checkFraming(base);
} finally {
  stop();
  await new Promise((done) => {
    if (nginx.exitCode !== null) done();
    else nginx.once('exit', done);
  });
  rmSync(prefix, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`\n${String(problems.length)} problem(s) with the documented nginx config`);
  process.exit(1);
}
console.log('\nthe documented nginx config sends every header and forbids framing');
