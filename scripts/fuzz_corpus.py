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
           "gzip": 16384, "feed": 32768, "json_lines": 32768, "facts": 4096, "language": 2048,
           "http": 32768}
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


def http_request(method, target, headers=(), body=b"", version=b"HTTP/1.1"):
    head = method + b" " + target + b" " + version + b"\r\nHost: localhost:8080\r\n"
    head += b"".join(h + b"\r\n" for h in headers)
    return head + b"\r\n" + body


def http_post(target, content_type, body, extra=()):
    return http_request(b"POST", target, [b"Content-Type: " + content_type,
                                          b"Content-Length: " + str(len(body)).encode()] + list(extra), body)


def chunked(body, size=7):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def http_seeds(texts):
    """Requests to newsdesk serve (fuzz/http_fuzz.cc): every route, good and bad
    parameters, bodies of each kind, and what a hostile client sends. $STORY,
    $ENTITY, $CURSOR and $SEARCH_CURSOR stand for ids and cursors of the seeded store."""
    get = lambda target, *h: http_request(b"GET", target, list(h))
    reads = [
        b"/", b"/index.html", b"/app.js", b"/style.css", b"/openapi.yaml", b"/favicon.ico",
        b"/api/health", b"/api/stories", b"/api/stories?limit=1", b"/api/stories?limit=1&cursor=$CURSOR",
        b"/api/stories?order=largest&limit=2", b"/api/stories?order=oldest", b"/api/stories?lang=it",
        b"/api/stories?lang=EN", b"/api/stories?since=2024-03-01&until=2024-03-31",
        b"/api/stories?since=2024-03-31&until=2024-03-01", b"/api/stories?since=2024-02-30",
        b"/api/stories?since=2024-13-01", b"/api/stories?entity=$ENTITY", b"/api/stories?entity=",
        b"/api/stories?site=www.example.it", b"/api/stories?site=bad%20site",
        b"/api/stories?q=Bologna&lang=it&limit=5", b"/api/stories?q=%22Reno%22+OR+famiglie",
        b"/api/stories?limit=0", b"/api/stories?limit=101", b"/api/stories?limit=1e3", b"/api/stories?limit=-1",
        b"/api/stories?limit=1&limit=2", b"/api/stories?cursor=bm90IGEgY3Vyc29y", b"/api/stories?cursor=$SEARCH_CURSOR",
        b"/api/stories?colour=red", b"/api/stories?", b"/api/stories?&&=&", b"/api/stories?q",
        b"/api/stories/$STORY", b"/api/stories/$STORY?limit=1", b"/api/stories/unknown", b"/api/stories/",
        b"/api/stories/a/b", b"/api/stories/" + b"x" * 300, b"/api/stories/%24STORY",
        b"/api/entities/$ENTITY", b"/api/entities/$ENTITY?limit=1", b"/api/entities/$ENTITY?limit=1&cursor=$CURSOR",
        b"/api/entities/$ENTITY?cursor=garbage", b"/api/entities/nobody", b"/api/entities/country%3AIT",
        b"/api/search?q=Bologna", b"/api/search?q=Bologna&limit=1&cursor=$SEARCH_CURSOR",
        b"/api/search?q=Bologna&limit=1&cursor=$CURSOR", b"/api/search?q=strike&lang=en&site=news.example.com",
        b"/api/search?q=%20%09", b"/api/search", b"/api/search?q=Reno*", b"/api/search?q=%22unterminated",
        b"/api/search?q=NEAR(Reno+Bologna)", b"/api/search?q=title:Reno", b"/api/search?q=a+AND+OR+NOT",
        b"/api/search?q=%C3%A8+citt%C3%A0", b"/api/search?q=%E2%80%9Cquoted%E2%80%9D", b"/api/search?q=" + b"w+" * 200,
        b"/api/search?q=Berlin&since=2024-03-06&until=2024-03-06", b"/api/search?q=x&entity=$ENTITY",
        b"/api/search?q=%ff%fe", b"/api/search?q=%00", b"/api/search?q=%", b"/api/search?q=%2", b"/api/search?q=%zz",
        b"/api/search?q=%u0041", b"/api/search?q=a%26lang%3Dit", b"/api/search?q=a;lang=it",
        b"/api/%73tories", b"/api/stories%3Flimit=1", b"/api/stories#frag", b"/api/stories/%2F",
        b"/../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd", b"/..%2f..%2fetc%2fpasswd", b"/%252e%252e/etc/passwd",
        b"/static/../../../etc/passwd", b"/api/../index.html", b"/./app.js", b"//app.js", b"/app.js/",
        b"/app.js%00.html", b"/index.html?x=1", b"\\..\\..\\windows\\win.ini", b"*", b"http://localhost/api/health",
        b"api/health", b"/api/health?verbose=1",
    ]
    for target in reads:
        yield get(target)
    yield http_request(b"HEAD", b"/api/stories?limit=1")
    yield http_request(b"HEAD", b"/app.js")
    yield get(b"/app.js", b'If-None-Match: "0000000000000000"')
    yield get(b"/style.css", b"If-None-Match: *")
    yield http_request(b"OPTIONS", b"/api/stories")
    yield http_request(b"OPTIONS", b"*")
    yield http_request(b"DELETE", b"/api/stories/$STORY")
    yield http_request(b"PUT", b"/api/documents", [b"Content-Length: 0"])
    yield http_request(b"PATCH", b"/api/stories", [b"Content-Length: 2"], b"{}")
    yield http_request(b"TRACE", b"/")
    yield http_request(b"CONNECT", b"localhost:8080")
    yield http_request(b"BREW", b"/pot")
    yield http_request(b"get", b"/api/health")
    yield http_request(b"GET", b"/api/health", version=b"HTTP/1.0")
    yield http_request(b"GET", b"/api/health", version=b"HTTP/2.0")
    yield http_request(b"GET", b"/api/health", version=b"HTTP/1.1x")
    yield b"GET /api/health\r\n\r\n"
    yield b"GET /api/health HTTP/1.1\n\n"
    yield b"GET /api/health HTTP/1.1\r\nHost: a\r\n"  # no blank line
    yield b"\r\n\r\nGET /api/health HTTP/1.1\r\n\r\n"
    yield b"GET  /api/health  HTTP/1.1\r\n\r\n"
    yield b"GET /api/health HTTP/1.1\r\nHost: a\r\nX-Folded: one\r\n two\r\n\r\n"
    yield b"GET /api/health HTTP/1.1\r\nNo-Colon-Here\r\n\r\n"
    yield b"GET /api/health HTTP/1.1\r\n: empty-name\r\n\r\n"
    # Pipelined and keep-alive requests on one connection.
    yield get(b"/api/health") + get(b"/api/stories?limit=1") + get(b"/app.js")
    yield (get(b"/api/stories", b"Connection: keep-alive") +
           http_request(b"GET", b"/api/health", [b"Connection: close"]) + get(b"/never-read"))
    # Huge and many headers: past cpp-httplib's 8 KiB line and the server's header budget.
    yield get(b"/api/health", b"X-Big: " + b"a" * 8200)
    yield get(b"/api/health", *[b"X-H%d: %s" % (i, b"v" * 60) for i in range(200)])
    yield get(b"/api/health", b"Cookie: " + b"c=1; " * 1500)
    yield get(b"/" + b"a" * 9000)
    yield get(b"/api/search?q=" + b"%41" * 3000)
    # Bodies: every accepted kind, the refused ones, and broken framing.
    item = json.dumps({"url": "https://www.example.it/x", "title": "Bologna, il Reno torna sotto il livello di guardia",
                       "text": "Il livello del Reno a Bologna e' sceso nella mattinata di martedi'.",
                       "published": "2024-03-05T08:00:00Z", "language": "it"}).encode()
    yield http_post(b"/api/documents", b"application/json", item)
    yield http_post(b"/api/documents", b"application/json; charset=utf-8", item)
    yield http_post(b"/api/documents", b"application/json", b'{"title":"Solo un titolo"}')
    yield http_post(b"/api/documents", b"application/json",
                    b'{"html":"<html><head><title>Roma</title></head><body><article><h1>Roma</h1><p>Il Tevere</p></article></body></html>"}')
    yield http_post(b"/api/documents", b"application/json", b'{"title":"t","text":"a","html":"<p>b</p>"}')
    yield http_post(b"/api/documents", b"application/json", b'{"title":"t","published":"yesterday"}')
    yield http_post(b"/api/documents", b"application/json", b'{"title":1}')
    yield http_post(b"/api/documents", b"application/json", b'{"title":null,"text":"x","colour":"red"}')
    yield http_post(b"/api/documents", b"application/json", b'[1,2,3]')
    yield http_post(b"/api/documents", b"application/json", b'{"title":"\\ud800 broken')
    yield http_post(b"/api/documents?url=https%3A%2F%2Fx.example%2F", b"application/json", item)
    yield http_post(b"/api/documents?colour=red", b"text/plain", b"x")
    for i, t in enumerate(texts[:4]):
        yield http_post(b"/api/documents?url=https%3A%2F%2Fwww.example.it%2Fp" + str(i).encode(),
                        b"text/plain; charset=utf-8", t[:12000])
    yield http_post(b"/api/documents?url=https%3A%2F%2Fwww.example.it%2Fh", b"text/html; charset=ISO-8859-1",
                    "<html><head><title>Citt\u00e0</title></head><body><h1>Citt\u00e0 allagata</h1><p>Il fiume \u00e8 "
                    "esondato a Modena.</p></body></html>".encode("latin-1"))
    yield http_post(b"/api/documents", b'text/html; charset="utf-8"; boundary=x', b"<p>x</p>")
    yield http_post(b"/api/documents", b"application/xhtml+xml", b"<html xmlns='http://www.w3.org/1999/xhtml'/>")
    yield http_post(b"/api/documents", b"image/png", b"\x89PNG\r\n\x1a\n")
    yield http_post(b"/api/documents", b"text/plain", b"   \r\n\t")
    yield http_request(b"POST", b"/api/documents", [b"Content-Length: 5"], b"hello")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Length: 100"], b"short")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Length: -1"], b"x")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Length: 99999999999999999999"], b"x")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Length: 4", b"Content-Length: 5"], b"abcde")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Length: 20000"], b"z" * 20000)
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Transfer-Encoding: chunked"],
                       chunked(b"Il Reno e' esondato a Bologna nella notte tra lunedi' e martedi'."))
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: application/json", b"Transfer-Encoding: chunked"],
                       chunked(item, 13))
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Transfer-Encoding: chunked"],
                       b"5\r\nabc\r\n0\r\n\r\n")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Transfer-Encoding: chunked"],
                       b"fffffffffffffffff\r\nx\r\n")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Transfer-Encoding: chunked",
                                                    b"Content-Length: 3"], b"3\r\nabc\r\n0\r\n\r\n")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Transfer-Encoding: gzip, chunked"],
                       chunked(gzip.compress(b"Il Reno a Bologna", mtime=0)))
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Encoding: gzip",
                                                    b"Content-Length: 37"], gzip.compress(b"Il Reno a Bologna", mtime=0))
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Encoding: br",
                                                    b"Content-Length: 4"], b"\x0b\x02\x80x")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Content-Encoding: deflate",
                                                    b"Content-Length: 4"], b"junk")
    yield http_request(b"POST", b"/api/documents", [b"Content-Type: text/plain", b"Expect: 100-continue",
                                                    b"Content-Length: 5"], b"hello")
    mp = (b"--XyZ\r\nContent-Disposition: form-data; name=\"page\"; filename=\"a.txt\"\r\n"
          b"Content-Type: text/plain\r\n\r\nIl Reno a Bologna\r\n--XyZ\r\nContent-Disposition: form-data; name=\"url\""
          b"\r\n\r\nhttps://x.example/\r\n--XyZ--\r\n")
    yield http_post(b"/api/documents", b"multipart/form-data; boundary=XyZ", mp)
    yield http_post(b"/api/documents", b"multipart/form-data; boundary=XyZ", mp[:60])
    yield http_post(b"/api/documents", b"multipart/form-data", mp)
    yield http_post(b"/api/documents", b"application/x-www-form-urlencoded", b"url=https%3A%2F%2Fx&text=Reno")
    yield http_post(b"/api/stories", b"text/plain", b"x")
    yield http_post(b"/api/health", b"application/json", b"{}")
    yield http_post(b"/nowhere", b"text/plain", b"x" * 100)
    # Range requests on the assets.
    yield get(b"/app.js", b"Range: bytes=0-10")
    yield get(b"/app.js", b"Range: bytes=10-5,100-,-20")
    yield get(b"/openapi.yaml", b"Range: bytes=" + b"0-1," * 400)
    yield get(b"/app.js", b"Accept-Encoding: gzip, br, deflate")
    # A client the rate limiter would see behind a proxy; odd header values.
    yield get(b"/api/health", b"X-Forwarded-For: 203.0.113.9", b"X-Real-IP: 203.0.113.9")
    yield get(b"/api/health", b"Host:", b"Host: b")
    yield get(b"/api/health", b"Content-Type: \xff\xfe")
    yield get(b"/api/stories?limit=1", b"Content-Length: 0")
    yield get(b"/api/stories?limit=1", b"Transfer-Encoding: chunked") + b"0\r\n\r\n"


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

    for request in http_seeds(texts):
        write(out, "http", request)

    for target in MAX_LEN:
        d = out / target
        d.mkdir(parents=True, exist_ok=True)
        print(f"{target:12} {len(os.listdir(d)):5} seeds")


if __name__ == "__main__":
    main()
