// Speed peer for bench/run: Mozilla Readability on linkedom over the pages listed in
// argv[2] (gzip'd). Pages are read and decoded before the clock starts; only
// parseHTML + Readability.parse() is timed. Prints "SUMMARY {json}".
const fs = require('fs');
const zlib = require('zlib');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const pages = [];
let bytes = 0;
for (const f of files) {
  let buf = fs.readFileSync(f);
  if (f.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  bytes += buf.length;
  pages.push(new TextDecoder('utf-8').decode(buf));  // invalid bytes become U+FFFD
}
let errors = 0, sink = 0;
const rssAfterLoad = process.resourceUsage().maxRSS;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const html of pages) {
  try {
    const { document } = parseHTML(html);
    const art = new Readability(document).parse();
    if (art && art.textContent) sink += art.textContent.length;
  } catch (e) {
    errors++;
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;  // all threads (GC, JIT) of the process
const rss = process.resourceUsage().maxRSS;  // KB
console.log('SUMMARY ' + JSON.stringify({
  pages: pages.length, bytes, seconds: secs, pages_per_s: pages.length / secs,
  cpu_seconds: cpuSecs, pages_per_cpu_s: pages.length / cpuSecs,
  mb_per_s: bytes / 1e6 / secs, peak_rss_kb: rss, rss_after_load_kb: rssAfterLoad, errors, sink,
}));
