// End-to-end in headless Chromium: `newsdesk serve` on a free port over a fresh
// store, the seed page POSTed through the API, then the page must show the
// story's variants with their relations, its entities and the date 2025-09-03,
// the story list and search results — with no script error.
//
//   node tests/browser/story.spec.mjs NEWSDESK_BINARY [SEED_PAGE] [SCREENSHOT.png]
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const {chromium} = require('playwright-core');

const binary = process.argv[2] || process.env.NEWSDESK_BINARY || join(root, 'build/release/newsdesk');
const shared = process.env.NEWSDESK_SHARED_DIR || join(root, '..', 'shared');
const seedPath = process.argv[3] || join(shared, 'fixtures/seed-page-it.txt');
const screenshot = process.argv[4] || process.env.NEWSDESK_SCREENSHOT || '';

const tmp = mkdtempSync(join(tmpdir(), 'newsdesk-browser-'));
let server = null;
let browser = null;

function cleanup() {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  try { rmSync(tmp, {recursive: true, force: true}); } catch (e) { /* best effort */ }
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanup(); process.exit(1); });
const watchdog = setTimeout(() => { console.error('browser test: timed out after 90 s'); process.exit(1); }, 90_000);

function check(cond, message) {
  if (!cond) throw new Error(message);
  console.log(`ok - ${message}`);
}

function startServer() {
  return new Promise((resolvePort, reject) => {
    server = spawn(binary, ['serve', '--db', join(tmp, 'news.db'), '--port', '0'], {stdio: ['ignore', 'inherit', 'pipe']});
    let err = '';
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) resolvePort(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`newsdesk serve exited (${code}): ${err}`)));
    server.on('error', reject);
  });
}

async function main() {
  const port = await startServer();
  const base = `http://127.0.0.1:${port}`;
  const posted = await fetch(`${base}/api/documents?url=${encodeURIComponent('https://www.example.it/seed')}`, {
    method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: readFileSync(seedPath),
  });
  check(posted.status === 201, `POST /api/documents answers 201 (got ${posted.status})`);
  const joined = (await posted.json()).stories;
  check(joined.length > 0, `the seed page joined ${joined.length} stories`);
  // The story with most variants is the Kim–Putin summit, the page's main story.
  // Two more pages, so that the list has stories of different sizes to order.
  for (const name of ['it-two-events.txt', 'en-two-events.txt']) {
    const more = await fetch(`${base}/api/documents`, {method: 'POST', headers: {'Content-Type': 'text/plain'},
      body: readFileSync(join(root, 'tests/e2e/pages', name))});
    check(more.status === 201, `POST ${name} answers 201 (got ${more.status})`);
  }
  let story = null;
  for (const s of joined) {
    const detail = await (await fetch(`${base}/api/stories/${encodeURIComponent(s.id)}`)).json();
    if (!story || detail.variants.length > story.variants.length) story = detail;
  }

  browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});
  const page = await browser.newPage({viewport: {width: 1100, height: 900}});
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`request off the server: ${r.url()}`); });

  // Story view.
  await page.goto(`${base}/#/story/${encodeURIComponent(story.id)}`);
  await page.waitForSelector('table.variants tbody tr');
  const h1 = (await page.textContent('h1')).trim();
  check(h1 === story.title, `story view headline is the canonical title "${h1}"`);
  const rows = await page.$$eval('table.variants tbody tr', (trs) => trs.map((tr) => ({
    title: tr.cells[0].textContent.trim(), relation: tr.cells[1].textContent.trim()})));
  check(rows.length === story.variants.length, `${rows.length} variants shown`);
  check(rows.some((r) => r.relation === 'original'), 'a variant is marked original');
  const others = rows.filter((r) => r.relation !== 'original').map((r) => r.relation);
  check(others.length > 0 && others.every((r) => /copy|duplicate|paraphrase|same event/.test(r)),
      `the other variants show their relation (${[...new Set(others)].join(', ')})`);
  const entities = await page.$$eval('.entities a', (as) => as.map((a) => a.textContent.trim()));
  check(entities.includes('Kim Jong Un'), `entities listed, Kim Jong Un among them (${entities.slice(0, 6).join(', ')}…)`);
  check(await page.locator('.entities h3', {hasText: 'People'}).count() === 1, 'entities grouped by type');
  const dates = await page.$$eval('.timeline time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  check(dates.includes('2025-09-03'), `the timeline shows 2025-09-03 (${dates.join(', ')})`);
  if (screenshot) {
    await page.screenshot({path: screenshot, fullPage: true});
    console.log(`screenshot: ${screenshot}`);
  }

  // Entity view, through the link.
  await page.click('.entities a:text-is("Kim Jong Un")');
  await page.waitForSelector('ol.stories li');
  check((await page.textContent('h1')).trim() === 'Kim Jong Un', 'the entity link opens the entity view');
  check(await page.locator(`ol.stories a[href="#/story/${story.id}"]`).count() === 1, 'the entity view lists the story');

  // List view.
  await page.goto(`${base}/#/`);
  await page.waitForSelector('ol.stories li');
  const listed = await page.$$eval('ol.stories a.story-title', (as) => as.map((a) => a.getAttribute('href')));
  check(listed.includes(`#/story/${story.id}`), `the story list shows the story (${listed.length} stories)`);
  await page.selectOption('#order', 'largest');
  await page.click('form.filters button');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Largest stories');
  const sizes = await page.$$eval('ol.stories .meta', (ps) => ps.map((p) => parseInt(p.textContent, 10)));
  check(sizes.length > 1 && sizes.every((n, i) => i === 0 || sizes[i - 1] >= n),
      `"Largest first" orders the list by items (${sizes.slice(0, 5).join(', ')}…)`);

  // Search.
  await page.fill('#search-q', 'Pechino');
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('ol.hits li mark');
  const hits = await page.$$eval('ol.hits li a', (as) => as.map((a) => a.getAttribute('href')));
  check(hits.length > 0, `search shows ${hits.length} hits with marked terms`);

  // Keyboard: on a fresh load the skip link is the first stop.
  const fresh = await browser.newPage();
  await fresh.goto(`${base}/#/`);
  await fresh.waitForSelector('ol.stories li');
  await fresh.keyboard.press('Tab');
  const focused = await fresh.evaluate(() => document.activeElement?.textContent);
  check(focused === 'Skip to content', `the first Tab stop is the skip link ("${focused}")`);

  check(problems.length === 0, `no script errors or foreign requests${problems.length ? `: ${problems.join('; ')}` : ''}`);
}

main().then(async () => {
  await browser?.close();
  clearTimeout(watchdog);
  process.exit(0);
}, async (err) => {
  console.error(`not ok - ${err.message}`);
  try { await browser?.close(); } catch (e) { /* already gone */ }
  process.exit(1);
});
