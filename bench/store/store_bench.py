#!/usr/bin/python3
"""Store benchmark (issue 8): ingest N documents generated from the shared
webpages into a fresh store; documents/s, peak RSS, database size; then a few
timed searches.

  store_bench.py --binary build/release/newsdesk [--docs 100000] [--threads 0]

The documents are JSON lines (url, title, text, published) made from the main
texts of ../shared/data/webpages with variations: a sentence dropped, sentences
swapped, the title reworded, and now and then the same report on another site,
so that stories form as they would from a day's feeds. Dates run over a year,
in order. Everything is written under build/bench/ (not in git); the store is
kept at build/bench/store-<N>.db for `bench/run serve --db`.
"""
import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("NEWSDESK_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "build", "bench")
SITES = ["www.ansa.it", "www.corriere.it", "www.spiegel.de", "www.lemonde.fr", "www.bbc.co.uk",
         "elpais.com", "www.publico.pt", "www.nos.nl", "www.svt.se", "www.wyborcza.pl"]


def main_texts(binary):
    """The main texts of the shared webpages, by newsdesk's own extractor (cached)."""
    cache = os.path.join(OUT, "store-texts.jsonl")
    if os.path.exists(cache):
        with open(cache) as f:
            return [json.loads(line) for line in f if line.strip()]
    pages_dir = os.path.join(SHARED, "data", "webpages")
    proc = subprocess.run([binary, "extract", "--format", "jsonl", pages_dir],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    texts = []
    for line in proc.stdout.decode("utf-8", "replace").split("\n"):
        if not line.strip():
            continue
        a = json.loads(line)
        title, text = a.get("title") or "", a.get("text") or ""
        if title and len(text.split()) >= 60:
            texts.append({"title": title, "text": text, "language": a.get("language") or ""})
    os.makedirs(OUT, exist_ok=True)
    with open(cache, "w") as f:
        for t in texts:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    return texts


def vary(base, rng):
    sentences = re.split(r"(?<=[.!?])\s+", base["text"])
    roll = rng.random()
    if roll < 0.3 and len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    elif roll < 0.5 and len(sentences) > 3:
        i = rng.randrange(1, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    title = base["title"]
    if rng.random() < 0.3:
        words = title.split()
        if len(words) > 4:
            del words[rng.randrange(len(words))]
            title = " ".join(words)
    return title, " ".join(sentences)


def generate(texts, n, path, seed=8):
    rng = random.Random(seed)
    start = 1735689600  # 2025-01-01
    step = 365 * 86400 / n
    with open(path, "w") as out:
        base = 0
        for i in range(n):
            # Most documents report something new; some tell the last one again elsewhere.
            if rng.random() > 0.25:
                base = rng.randrange(len(texts))
            title, text = vary(texts[base], rng)
            t = time.gmtime(start + int(i * step))
            line = {"url": "https://%s/%d/%d.html" % (SITES[rng.randrange(len(SITES))], base, i),
                    "title": title, "text": text,
                    "published": time.strftime("%Y-%m-%dT%H:%M:%SZ", t)}
            if texts[base]["language"]:
                line["language"] = texts[base]["language"]
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--docs", type=int, default=100000)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--batch", type=int, default=0, help="documents per transaction (0: the default)")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    texts = main_texts(a.binary)
    if not texts:
        sys.exit("store bench: no texts extracted from %s" % SHARED)
    docs = os.path.join(OUT, "store-%d.jsonl" % a.docs)
    if not os.path.exists(docs):
        generate(texts, a.docs, docs)
    db = os.path.join(OUT, "store-%d.db" % a.docs)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    cmd = ["/usr/bin/time", "-v", a.binary, "ingest", docs, "--db", db, "-q"]
    if a.threads:
        cmd += ["--threads", str(a.threads)]
    if a.batch:
        cmd += ["--batch", str(a.batch)]
    t0 = time.time()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.time() - t0
    err = proc.stderr.decode("utf-8", "replace")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    if proc.returncode != 0:
        sys.stderr.write(err[-2000:])
        sys.exit("store bench: ingest failed (%d)" % proc.returncode)
    size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    load = os.getloadavg()[0]
    print("## Store: ingest %d generated documents (%s)" % (a.docs, os.path.relpath(docs, ROOT)))
    print()
    print("| figure | value | target |")
    print("|---|---|---|")
    print("| documents/s | %.0f | >= 1,000 |" % (a.docs / wall))
    print("| wall time | %.1f s | |" % wall)
    print("| peak RSS | %.0f MiB | |" % (int(rss.group(1)) / 1024 if rss else float("nan")))
    print("| store size | %.0f MiB | |" % (size / 2**20))
    print("| load average at the end | %.1f | |" % load)
    print()
    for q in ("governo", "attacchi", "elezioni", "Regierung", "president"):
        t0 = time.time()
        subprocess.run([a.binary, "search", q, "--db", db, "--format", "json"], stdout=subprocess.DEVNULL)
        print("search %-10s %.0f ms (whole process)" % (q, (time.time() - t0) * 1000))
    print("store kept at %s" % os.path.relpath(db, ROOT))


if __name__ == "__main__":
    main()
