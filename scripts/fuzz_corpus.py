#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the shared evaluation data and the
project's own test inputs: build/fuzz-corpus/<target>/ (generated, never committed).

Usage: scripts/fuzz_corpus.py OUT_DIR [--shared DIR]
Each seed is cut to the size libFuzzer is run with (scripts/fuzz.sh -max_len), so
the fuzzer starts from real structure rather than from empty inputs.
"""
import argparse
import gzip
import hashlib
import json
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LEN = {"html": 32768, "extract": 65536, "charset": 16384, "page_blocks": 16384, "warc": 32768,
           "gzip": 16384, "feed": 32768, "json_lines": 32768, "facts": 4096, "language": 2048}
# facts_fuzz picks the language with the first byte: index into its kLanguages table.
FACTS_LANG = {"Italian": 0, "English": 1, "German": 2, "French": 3, "Spanish": 4, "Portuguese": 5}


def write(out, target, data):
    data = data[:MAX_LEN[target]]
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def pages(shared, rng, limit):
    """Decompressed HTML pages: a sample of webpages/ and scrapinghub/."""
    files = sorted((shared / "data/webpages").glob("*.html.gz"))
    files += sorted((shared / "data/scrapinghub").rglob("*.html.gz"))
    rng.shuffle(files)
    for f in files[:limit]:
        try:
            yield gzip.decompress(f.read_bytes())
        except (OSError, EOFError):
            continue


def text_files():
    """The project's own plain-text test pages and the shared seed fixture."""
    yield from sorted((ROOT / "tests").rglob("*.txt"))


def warc_record(kind, uri, payload, extra=b""):
    head = (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\nWARC-Target-URI: " + uri +
            b"\r\nWARC-Date: 2021-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" +
            hashlib.md5(payload).hexdigest().encode() + b">\r\n" + extra +
            b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n")
    return head + payload + b"\r\n\r\n"


def http_response(body, charset=b"utf-8", status=b"200 OK"):
    return (b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=" + charset +
            b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    default_shared = ROOT.parent / "shared"
    if not (default_shared / "data").exists():
        default_shared = Path("/work/shared")
    ap.add_argument("--shared", default=str(default_shared))
    args = ap.parse_args()
    out, shared = Path(args.out), Path(args.shared)
    rng = random.Random(11)
    have_shared = (shared / "data").exists()

    html = list(pages(shared, rng, 160)) if have_shared else []
    texts = [f.read_bytes() for f in text_files()]
    if (shared / "fixtures/seed-page-it.txt").exists():
        texts.append((shared / "fixtures/seed-page-it.txt").read_bytes())

    for page in html:
        write(out, "html", page)
        # extract_fuzz and charset_fuzz read their option byte first.
        write(out, "extract", bytes([rng.randrange(16)]) + page)
        write(out, "charset", bytes([0]) + page[:8192])
    for i, t in enumerate(texts):
        write(out, "page_blocks", t)
        write(out, "language", t[:2048])
        write(out, "charset", bytes([i % 12]) + t[:8192])
        write(out, "facts", bytes([rng.randrange(12)]) + t[:4096])
    # The same texts in legacy encodings, declared truly and falsely.
    for t in texts[:6]:
        s = t.decode("utf-8", "replace")
        for hint, codec in ((2, "latin-1"), (3, "cp1252"), (4, "shift_jis"), (5, "utf-16"), (8, "koi8-r")):
            write(out, "charset", bytes([hint]) + s.encode(codec, "replace")[:8192])
            write(out, "charset", bytes([0]) + b'<meta charset="' + codec.encode() + b'">' +
                  s.encode("utf-8")[:4096])

    # Facts: the recognizers-text specs' inputs, in their language.
    if have_shared:
        for lang_dir in sorted((shared / "data/facts/recognizers-text").glob("*/*")):
            lang = FACTS_LANG.get(lang_dir.name)
            if lang is None:
                continue
            inputs = []
            for spec in sorted(lang_dir.glob("*.json")):
                try:
                    cases = json.loads(spec.read_text(encoding="utf-8-sig"))
                except (ValueError, UnicodeDecodeError):
                    continue
                inputs += [c["Input"] for c in cases if isinstance(c, dict) and isinstance(c.get("Input"), str)]
            rng.shuffle(inputs)
            for i in range(0, min(len(inputs), 120), 3):
                text = "\n".join(inputs[i:i + 3]).encode()
                write(out, "facts", bytes([lang | (0x80 if i % 2 else 0)]) + text)
                if i % 2 == 0:
                    write(out, "language", text)

    # WARC: response, resource, request and metadata records, plain and gzip per record.
    for i, page in enumerate(html[:40]):
        body = page[:12000]
        recs = [warc_record(b"warcinfo", b"", b"software: newsdesk\r\n"),
                warc_record(b"request", b"https://example.org/%d" % i, b"GET / HTTP/1.1\r\n\r\n"),
                warc_record(b"response", b"https://example.org/%d" % i, http_response(body),
                            b"Content-Type: application/http; msgtype=response\r\n"),
                warc_record(b"resource", b"https://example.org/r%d" % i, body,
                            b"Content-Type: text/html\r\n")]
        if i % 4 == 1:
            recs.append(warc_record(b"response", b"https://example.org/404",
                                    http_response(b"gone", status=b"404 Not Found")))
        if i % 2:
            write(out, "warc", b"".join(gzip.compress(r, mtime=0) for r in recs))
        else:
            write(out, "warc", b"".join(recs))

    # Gzip: single and multi-member, stored and compressed, a truncated one.
    for i, t in enumerate(texts + html[:20]):
        t = t[:8000]
        write(out, "gzip", gzip.compress(t, compresslevel=(i % 9) + 1, mtime=0))
        if i % 3 == 0:
            write(out, "gzip", gzip.compress(t[:2000], mtime=0) + gzip.compress(t[2000:4000], mtime=0))
        if i % 5 == 0:
            write(out, "gzip", gzip.compress(t, mtime=0)[:-7])

    # Feeds: the project's test feeds, and feeds built from the extraction eval's URLs and snippets.
    feed_files = sorted((ROOT / "tests/ingest/data").glob("*.xml")) + sorted((ROOT / "tests/ingest/data").glob("*.rdf"))
    for f in feed_files:
        write(out, "feed", f.read_bytes())
    evals = []
    if (shared / "data/trafilatura-eval.json").exists():
        evals = json.loads((shared / "data/trafilatura-eval.json").read_text())
    from xml.sax.saxutils import escape
    for i in range(0, min(len(evals), 120), 6):
        chunk = evals[i:i + 6]
        items = "".join(
            "<item><title>%s</title><link>%s</link><description>%s</description>"
            "<pubDate>Thu, 04 Mar 2021 10:00:00 GMT</pubDate><category>news</category></item>"
            % (escape(" ".join(e.get("with", [])[:1])[:120]), escape(e.get("url", "")),
               escape(" ".join(e.get("with", []))[:600]))
            for e in chunk)
        write(out, "feed", ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                            '<title>t</title>%s</channel></rss>' % items).encode())
        entries = "".join(
            '<entry><title type="html">%s</title><link href="%s"/><updated>2021-03-04T10:00:00Z</updated>'
            '<content type="html">%s</content></entry>'
            % (escape(" ".join(e.get("with", [])[:1])[:120]), escape(e.get("url", "")),
               escape(escape(" ".join(e.get("with", []))[:600])))
            for e in chunk)
        write(out, "feed", ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                            '<title>t</title>%s</feed>' % entries).encode())

    # JSON lines: the project's test file and lines built from the extraction eval.
    for f in sorted((ROOT / "tests/ingest/data").glob("*.jsonl")):
        write(out, "json_lines", f.read_bytes())
    for i in range(0, min(len(evals), 200), 10):
        lines = []
        for j, e in enumerate(evals[i:i + 10]):
            rec = {"url": e.get("url", ""), "title": " ".join(e.get("with", [])[:1])[:100],
                   "published": "2021-03-04T10:00:00Z", "language": ["de", "en", "fr", ""][j % 4]}
            if j % 3 == 0 and j < len(html):
                rec["html"] = html[j][:3000].decode("utf-8", "replace")
            else:
                rec["text"] = " ".join(e.get("with", []))[:1500]
            lines.append(json.dumps(rec, ensure_ascii=(j % 2 == 0)))
        write(out, "json_lines", ("\n".join(lines) + "\n").encode())

    for target in MAX_LEN:
        d = out / target
        d.mkdir(parents=True, exist_ok=True)
        print(f"{target:12} {len(os.listdir(d)):5} seeds")


if __name__ == "__main__":
    main()
