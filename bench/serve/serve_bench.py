#!/usr/bin/python3
"""HTTP API throughput: wrk against /api/stories and /api/search of `newsdesk serve`.

  serve_bench.py --binary build/release/newsdesk [--db STORE] [--threads 64]
                 [--connections 50] [--seconds 15] [--query WORD]

Without --db (or NEWSDESK_SERVE_BENCH_DB) it builds a small store from the e2e
test pages and says so: the issue's figure is on the 100,000-document store.
wrk and the server share this machine's cores; the load average before each run
is printed beside its figures.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "bench")


def small_store(binary):
    db = os.path.join(OUT, "serve-small.db")
    if not os.path.exists(db):
        os.makedirs(OUT, exist_ok=True)
        pages = os.path.join(ROOT, "tests", "e2e", "pages")
        subprocess.check_call([binary, "ingest", "--db", db, pages], stdout=subprocess.DEVNULL)
    return db


def start_server(binary, db, threads):
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--threads", str(threads)],
                            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.time() + 30
    while time.time() < deadline:
        log.seek(0)
        m = re.search(rb"http://127\.0\.0\.1:(\d+)/", log.read())
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            log.seek(0)
            sys.exit("serve_bench: newsdesk serve exited: " + log.read().decode(errors="replace"))
        time.sleep(0.05)
    proc.kill()
    sys.exit("serve_bench: newsdesk serve did not start")


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.load(r)


def to_ms(text):
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    v = float(m.group(1))
    return {"us": v / 1000, "ms": v, "s": v * 1000}[m.group(2)]


def wrk(url, threads, connections, seconds):
    out = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(errors.group(1)) if errors else 0,
            "socket_errors": sock.group(1) if sock else "none", "raw": out}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "release", "newsdesk"))
    ap.add_argument("--db", default=os.environ.get("NEWSDESK_SERVE_BENCH_DB", ""))
    ap.add_argument("--threads", type=int, default=64, help="server worker threads")
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--query", default="", help="search word (default: a word of the newest story's title)")
    a = ap.parse_args()

    db = a.db or small_store(a.binary)
    proc, port = start_server(a.binary, db, a.threads)
    base = "http://127.0.0.1:%d" % port
    try:
        health = get_json(base + "/api/health")
        newest = get_json(base + "/api/stories?limit=1")["stories"]
        query = a.query
        if not query:
            words = [w for w in re.findall(r"\w{6,}", newest[0]["title"] if newest else "")]
            query = words[0] if words else "news"
        hits = get_json(base + "/api/search?limit=20&q=" + urllib.parse.quote(query))["hits"]
        print("store: %s — %d documents, %d items, %d stories, %d entities (schema %d)" % (
            db, health["counts"]["documents"], health["counts"]["items"], health["counts"]["stories"],
            health["counts"]["entities"], health["schema_version"]))
        print("server: %d worker threads; wrk: %d threads, %d connections, %d s, on the same %d cores" % (
            a.threads, a.wrk_threads, a.connections, a.seconds, os.cpu_count()))
        rows = []
        for name, path, target in (("/api/stories", "/api/stories?limit=20", "≥ 5,000 req/s, p99 < 20 ms"),
                                   ("/api/search", "/api/search?limit=20&q=" + urllib.parse.quote(query),
                                    "(no target; %d hits for “%s”)" % (len(hits), query))):
            load = os.getloadavg()[0]
            r = wrk(base + path, a.wrk_threads, a.connections, a.seconds)
            rows.append((name, r, load, target))
        print()
        print("| route | requests/s | p50 ms | p99 ms | non-2xx | socket errors | load before | target |")
        print("|---|---|---|---|---|---|---|---|")
        for name, r, load, target in rows:
            print("| %s | %.0f | %.2f | %.2f | %d | %s | %.2f | %s |" % (
                name, r["rps"], r["p50"], r["p99"], r["non2xx"], r["socket_errors"], load, target))
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, "serve.json"), "w") as f:
            json.dump({"db": db, "counts": health["counts"], "query": query,
                       "rows": [{"route": n, "load": l, **{k: v for k, v in r.items() if k != "raw"}}
                                for n, r, l, _ in rows]}, f, indent=1)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
