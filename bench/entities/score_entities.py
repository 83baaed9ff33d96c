#!/usr/bin/python3
"""Scores entities_bench output.

  score_entities.py kind PRED.tsv      CoNLL exact-span P/R/F1 per type and micro, plus
                                       NERMuD's token-level micro P/R/F1
  score_entities.py variants PRED.tsv  pairwise precision and recall of "same entity"
Prints one JSON object.
"""
import json
import sys


def spans(tags):
    """(type, start, end) of maximal runs of one type: IO tags, as conlleval reads them."""
    out, start = set(), None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and t != tags[start]:
            out.add((tags[start], start, i - 1))
            start = None
        if start is None and t != "O" and i < len(tags):
            start = i
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score_kind(path):
    sentences, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sentences.append(cur)
                cur = []
                continue
            tok, gold, pred = line.split("\t")
            cur.append((gold, pred))
    if cur:
        sentences.append(cur)
    counts = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    tok_counts = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    for s in sentences:
        gold = spans([g for g, _ in s])
        pred = spans([p for _, p in s])
        for t in counts:
            g = {x for x in gold if x[0] == t}
            p = {x for x in pred if x[0] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
        for g, p in s:
            for t in tok_counts:
                if p == t and g == t:
                    tok_counts[t][0] += 1
                elif p == t:
                    tok_counts[t][1] += 1
                elif g == t:
                    tok_counts[t][2] += 1
    result = {"span": {t: prf(*c) for t, c in counts.items()}}
    result["span"]["micro"] = prf(*[sum(c[i] for c in counts.values()) for i in range(3)])
    result["token"] = {t: prf(*c) for t, c in tok_counts.items()}
    result["token"]["micro"] = prf(*[sum(c[i] for c in tok_counts.values()) for i in range(3)])
    return result


def score_variants(path):
    tp = fp = fn = tn = 0
    errors = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 5:
                continue
            gold, pred = f[3] == "1", f[4] == "1"
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            tn += not gold and not pred
            if gold != pred:
                errors.append(f[:4])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pairs": tp + fp + fn + tn, "positive": tp + fn, "negative": fp + tn,
            "precision": round(p, 4), "recall": round(r, 4), "errors": errors}


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("kind", "variants"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    fn = score_kind if sys.argv[1] == "kind" else score_variants
    print(json.dumps(fn(sys.argv[2]), ensure_ascii=False, indent=1))
