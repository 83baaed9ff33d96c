#!/usr/bin/python3
"""Story-engine benchmarks on corpora generated from the shared webpages.

  engine.py neardup [--texts FILE] [--layers dedup|all]
      A syndication set: for each page's main text, variants (furniture added,
      headline reworded, last paragraphs cut, a 30-word teaser, white-space and
      punctuation noise) mixed with all the other pages; pairwise P/R/F1 and ARI
      against the known groups. Anchor: text-dedup MinHash F1 0.953 on its own set.
  engine.py scale [--docs N] [--texts FILE]
      N synthetic documents (default 1,000,000) built from the pages' sentences,
      arriving over 30 days: docs/s through the dedup layers on 2 cores, peak RSS,
      index bytes per live document, live documents bounded by the 72-hour window.

--texts is JSON lines with "title" and "text" (the extractor's output over
../shared/data/webpages; bench/run makes it). Generated files go to build/bench/.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "build", "bench")
TOOL = os.path.join(ROOT, "build", "release", "bench", "story", "newsdesk-engine-bench")
FURNITURE_TOP = ["Share this article", "Sign in to read more", "Advertisement", "Skip to main content"]
FURNITURE_BOTTOM = ["Read more:", "Most read", "Follow us on social media", "All rights reserved",
                    "Subscribe to our newsletter", "Comments are closed"]
FILLERS = ["new", "latest", "breaking", "update", "report", "exclusive", "analysis"]


def load_pages(path, min_words=80):
    pages = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            text = (j.get("text") or "").strip()
            if len(text.split()) >= min_words and j.get("title"):
                pages.append((j["title"].strip(), text, j.get("language") or ""))
    return pages


def reword(title, rng):
    words = title.split()
    for _ in range(rng.choice([1, 2])):
        if len(words) < 3:
            break
        i = rng.randrange(len(words))
        if rng.random() < 0.5:
            words[i] = rng.choice(FILLERS)
        else:
            del words[i]
    return " ".join(words)


def cut_end(text, rng):
    paras = text.split("\n\n")
    if len(paras) >= 3:
        keep = max(2, int(len(paras) * rng.uniform(0.6, 0.85)))
        return "\n\n".join(paras[:keep])
    words = text.split(" ")
    return " ".join(words[:max(40, int(len(words) * 0.7))])


def noise(text, rng):
    text = text.replace(", ", ",  ") if rng.random() < 0.5 else text.replace(",", "")
    text = text.replace('"', "\u201c").replace("'", "\u2019")
    return re.sub(r"\. ", ".   ", text) if rng.random() < 0.5 else text


def variants(title, text, rng, other_title):
    yield title, text
    yield title, "\n\n".join([rng.choice(FURNITURE_TOP), text, rng.choice(FURNITURE_BOTTOM) + " " + other_title])
    yield reword(title, rng), text
    yield title, cut_end(text, rng)
    yield " ".join(text.split()[:30]) + "...", ""
    yield title, noise(text, rng)


def run(tool, corpus, layers, window_hours=72):
    cmd = [tool, "--layers", layers, "--window-hours", str(window_hours), corpus]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    sys.stderr.write(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def shingles(text, n=5):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def source_groups(pages, threshold=0.5):
    """Pages that are themselves copies of one article (the shared set holds a
    few) form one group: exact 5-word-shingle Jaccard, computed here in Python,
    independently of the engine under test."""
    sets = [shingles(t) for _, t, _ in pages]
    postings = {}
    for i, sh in enumerate(sets):
        for x in sh:
            postings.setdefault(x, []).append(i)
    parent = list(range(len(pages)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, sh in enumerate(sets):
        counts = {}
        for x in sh:
            for j in postings[x]:
                if j > i:
                    counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            if c / (len(sh) + len(sets[j]) - c) >= threshold:
                parent[find(j)] = find(i)
    return [find(i) for i in range(len(pages))]


def neardup(args):
    rng = random.Random(20261127)
    pages = load_pages(args.texts)
    groups = source_groups(pages)
    merged = len(pages) - len(set(groups))
    docs = []
    for p, (title, text, lang) in enumerate(pages):
        g = groups[p]
        other = pages[(p + 1) % len(pages)][0]
        for v, (t, body) in enumerate(variants(title, text, rng, other)):
            docs.append({"id": "%d.%d" % (p, v), "group": str(g), "title": t, "text": body,
                         "language": lang})
    rng.shuffle(docs)
    for i, d in enumerate(docs):
        d["time"] = 1700000000 + i  # all within the window
    os.makedirs(OUT, exist_ok=True)
    corpus = os.path.join(OUT, "neardup.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    r = run(args.tool, corpus, args.layers)
    print("Near-duplicates: %d pages x 6 variants = %d documents, layers: %s" % (len(pages), len(docs), args.layers))
    print("(%d source pages are copies of another page's article and share its group)" % merged)
    print("| system | pairwise precision | recall | F1 | ARI |")
    print("|---|---|---|---|---|")
    print("| **newsdesk engine** | **%.4f** | **%.4f** | **%.4f** | **%.4f** |" % (
        r["pairwise_precision"], r["pairwise_recall"], r["pairwise_f1"], r["adjusted_rand_index"]))
    print("| text-dedup MinHash (anchor, its own benchmark) | | | 0.953 | |")
    print("target: F1 >= 0.98; decisions by layer: %s" % json.dumps(r["decisions"]))
    return r


def sentences_of(pages):
    out = []
    for _, text, lang in pages:
        for s in re.split(r"(?<=[.!?])\s+", text.replace("\n\n", " ")):
            if 8 <= len(s.split()) <= 60:
                out.append((s, lang))
    return out


def scale(args):
    rng = random.Random(7)
    pages = load_pages(args.texts)
    sents = sentences_of(pages)
    os.makedirs(OUT, exist_ok=True)
    corpus = os.path.join(OUT, "scale-%d.jsonl" % args.docs)
    if not os.path.exists(corpus):
        seconds = 30 * 86400
        with open(corpus, "w", encoding="utf-8") as f:
            n = g = 0
            while n < args.docs:
                picked = [sents[rng.randrange(len(sents))] for _ in range(rng.randint(4, 10))]
                title = picked[0][0]
                body = "\n\n".join(s for s, _ in picked[1:])
                copies = rng.choice([1, 1, 2, 3, 4])
                for c in range(copies):
                    t, b = (title, body) if c == 0 else (reword(title, rng), noise(body, rng))
                    f.write(json.dumps({"id": n, "group": g, "title": t, "text": b,
                                        "language": picked[0][1],
                                        "time": 1700000000 + n * seconds // args.docs},
                                       ensure_ascii=False) + "\n")
                    n += 1
                g += 1
    r = run(args.tool, corpus, "dedup")
    print("Scale: %d synthetic documents over 30 days, dedup layers, 2 threads for features" % r["documents"])
    print("| figure | ours | target |")
    print("|---|---|---|")
    print("| docs/s through the dedup layers (features + engine) | %.0f | >= 20,000 |" % r["docs_per_second"])
    print("| docs/s, engine alone (one thread) | %.0f | |" % r["engine_docs_per_second"])
    print("| dedup index bytes per live document | %.0f | < 1,024 |" % r["dedup_index_bytes_per_live_doc"])
    print("| most live documents (72 h window) | %d | bounded by the window |" % r["max_live_documents"])
    print("| peak RSS (MB), engine + one 20,000-document chunk | %.0f | |" % (r["peak_rss_kb"] / 1024))
    print("| pairwise precision / recall / F1 / ARI against the generated groups | %.4f / %.4f / %.4f / %.4f | |" % (
        r["pairwise_precision"], r["pairwise_recall"], r["pairwise_f1"], r["adjusted_rand_index"]))
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["neardup", "scale"])
    ap.add_argument("--texts", default=os.path.join(OUT, "webpages.jsonl"))
    ap.add_argument("--tool", default=TOOL)
    ap.add_argument("--layers", default="dedup", choices=["dedup", "all"])
    ap.add_argument("--docs", type=int, default=1000000)
    args = ap.parse_args()
    if not os.path.exists(args.texts):
        sys.exit("no %s: run the extractor over ../shared/data/webpages first (bench/run)" % args.texts)
    (neardup if args.command == "neardup" else scale)(args)


if __name__ == "__main__":
    main()
