"""Speed peer for bench/run: readability-lxml (Debian python3-readability) over the
pages listed in argv[1] (gzip'd). Pages are read and decoded before the clock starts;
only Document(html).summary() is timed. Prints "SUMMARY {json}"."""
import gzip
import json
import resource
import sys
import time

from readability import Document

files = [l for l in open(sys.argv[1]).read().split("\n") if l]
pages, nbytes = [], 0
for f in files:
    raw = gzip.open(f).read() if f.endswith(".gz") else open(f, "rb").read()
    nbytes += len(raw)
    try:
        pages.append(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pages.append(raw.decode("cp1252", "replace"))
errors = sink = 0
rss_after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
c0 = time.process_time()
for html in pages:
    try:
        sink += len(Document(html).summary())
    except Exception:  # noqa: BLE001 - a peer failing on a page is counted, not fatal
        errors += 1
secs = time.perf_counter() - t0
cpu = time.process_time() - c0
print("SUMMARY " + json.dumps({
    "pages": len(pages), "bytes": nbytes, "seconds": secs, "pages_per_s": len(pages) / secs,
    "cpu_seconds": cpu, "pages_per_cpu_s": len(pages) / cpu,
    "mb_per_s": nbytes / 1e6 / secs, "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "rss_after_load_kb": rss_after_load,
    "errors": errors, "sink": sink}))
