#!/usr/bin/python3
"""Scores newsdesk's fact finders on the Recognizers-Text specs (issue 7).

Cases: DateTime/<Lang>/DateTimeModel.json and Number/<Lang>/NumberModel.json (default
options), usable = neither NotSupported nor NotSupportedByDesign names dotnet. A case
passes when the multiset of (span, value) pairs equals the expected one (resolved level
for dates: our value must be one of the listed resolutions). Metric and anchor:
../shared/data/README-facts.md. Standard library only; run with /usr/bin/python3.

  score_facts.py --tool build/facts/bench/facts/facts_tool [--langs en,it] [--failures N]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("NEWSDESK_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
SPECS = os.path.join(SHARED, "data", "facts", "recognizers-text")
LANGS = [("en", "English"), ("it", "Italian"), ("de", "German"), ("fr", "French"), ("es", "Spanish"),
         ("pt", "Portuguese")]
POINT = {"datetimeV2.date", "datetimeV2.datetime", "datetimeV2.time"}


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        return json.load(f)


def usable(case):
    flags = (case.get("NotSupported", "") + "," + case.get("NotSupportedByDesign", "")).lower()
    return "dotnet" not in flags


def type_name(r):
    return r.get("TypeName", r.get("Typename", ""))


def run_tool(tool, cases):
    lines = "".join(json.dumps({"text": c["text"], "lang": c["lang"], "ref": c["ref"]}) + "\n" for c in cases)
    out = subprocess.run([tool], input=lines.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout
    return [json.loads(l) for l in out.decode("utf-8").splitlines()]


def char_span(text, b, e):
    raw = text.encode("utf-8")
    s = len(raw[:b].decode("utf-8", "ignore"))
    return s, s + len(raw[b:e].decode("utf-8", "ignore"))


def expected_span(text, r):
    """(start, end) in characters, or None with the text to compare instead."""
    if "Start" in r and "End" in r:
        s, e = r["Start"], r["End"] + 1
        seg = text[s:e]
        # trim whitespace as the README says
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        return (s + lead, e - trail), None
    return None, r["Text"].strip().casefold()


def span_matches(text, exp, got):
    (span, txt) = exp
    gs, ge = got
    if span is not None:
        return span == (gs, ge)
    return text[gs:ge].strip().casefold() == txt


def parse_number(v, lang):
    v = str(v)
    if v in ("null",) or v.startswith(("end", "current")):
        return v
    if lang != "en":
        v = v.replace(",", ".")
    v = v.rstrip("%")
    try:
        return float(v)
    except ValueError:
        return v


def same_number(a, b):
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def match_all(expected, got, pair_ok):
    """Multiset equality: a perfect matching between expected and got."""
    if len(expected) != len(got):
        return False
    used = [False] * len(got)

    def rec(i):
        if i == len(expected):
            return True
        for j in range(len(got)):
            if not used[j] and pair_ok(expected[i], got[j]):
                used[j] = True
                if rec(i + 1):
                    return True
                used[j] = False
        return False

    return rec(0)


def score_numbers(cases, results, lang):
    passed = []
    for c, res in zip(cases, results):
        text = c["text"]
        exp = []
        for r in c["results"]:
            exp.append((expected_span(text, r), parse_number(r["Resolution"].get("value"), lang)))
        got = []
        for n in res["numbers"]:
            if n["glued"]:
                continue
            if n["article"] and lang == "en":
                continue
            got.append((char_span(text, n["b"], n["e"]), n["value"]))
        ok = match_all(exp, got, lambda e, g: span_matches(text, e[0], g[0]) and same_number(e[1], g[1]))
        passed.append(ok)
    return passed


def accepted_values(r):
    out = set()
    for v in r.get("Resolution", {}).get("values", []) or []:
        if v.get("type") == "set":  # a set has no concrete value: compare its timex (README-facts.md)
            out.add(("set", v.get("timex")))
        elif "value" in v and v.get("type") in ("date",):
            out.add(("day", v["value"]))
        elif "start" in v and "end" in v and v.get("type") == "daterange":
            out.add(("range", v["start"], v["end"]))
        elif "value" in v:
            out.add(("other", v.get("type"), v["value"]))
        elif "start" in v or "end" in v:
            out.add(("other", v.get("type"), v.get("start"), v.get("end")))
    return out


def seconds_text(v):
    return "%d" % v if float(v).is_integer() else repr(v)


def approx_values(d):
    """'around 1pm', 'cerca de las 5:30 p.m. del martes': the specs give an approximate moment
    as a range type holding one value (Mod approx)."""
    if d.get("time_only"):
        return {("other", "timerange", d["time"])}
    if d.get("time"):
        return {("other", "datetimerange", s + " " + d["time"]) for s in (d["start"], d.get("fstart")) if s}
    return {("other", "daterange", s) for s in (d["start"], d.get("fstart")) if s}


def bounded_time_values(d):
    """'after 2pm', 'today before 4pm': a time (of a day) bounded on one side."""
    kind = "timerange" if d.get("time_only") else "datetimerange"
    days = [None] if d.get("time_only") else [x for x in (d.get("day_of"), d.get("fday_of")) if x]
    out = set()
    for day in days:
        at = (day + " " if day else "") + d["time"]
        out.add(("other", kind, None, at) if d["start"] is None else ("other", kind, at, None))
    return out


def our_values(d):
    if "set" in d:
        return {("set", d["set"])}
    if d.get("unresolved"):  # a season, a fiscal year, 30 February: the specs' "not resolved"
        if d.get("time"):
            return {("other", "datetime", "not resolved")}
        return {("day", "not resolved")} if d["day"] else {("other", "daterange", "not resolved")}
    if d.get("time") and not d.get("time_end") and (d["start"] is None or d["end"] is None):
        return bounded_time_values(d)
    if d.get("approx") and not d.get("time_end"):
        return approx_values(d)
    if d.get("time_end"):
        if d.get("time_only"):
            return {("other", "timerange", d["time"], d["time_end"])}
        vals = {("other", "datetimerange", d["start"] + " " + d["time"], d["start"] + " " + d["time_end"])}
        if "fstart" in d:
            vals.add(("other", "datetimerange", d["fstart"] + " " + d["time"], d["fstart"] + " " + d["time_end"]))
        return vals
    if "duration" in d:
        return {("other", "duration", seconds_text(d["duration"]))}
    if d.get("time_only"):
        return {("other", "time", d["time"])}
    if d["day"] and d.get("time"):
        vals = {("other", "datetime", d["start"] + " " + d["time"])}
        if "fstart" in d:
            vals.add(("other", "datetime", d["fstart"] + " " + d["time"]))
        return vals
    if d["start"] is None or d["end"] is None:  # open range
        vals = {("other", "daterange", d["start"], d["end"])}
        if d.get("fstart") and d["end"] is None:
            vals.add(("other", "daterange", d["fstart"], None))
        if d.get("fend") and d["start"] is None:
            vals.add(("other", "daterange", None, d["fend"]))
        return vals
    if d["day"]:
        vals = {("day", d["start"])}
        if "fstart" in d:
            vals.add(("day", d["fstart"]))
    else:
        vals = {("range", d["start"], d["end"])}
        if "fstart" in d:
            vals.add(("range", d["fstart"], d["fend"]))
    return vals


def score_dates(cases, results):
    passed = []
    for c, res in zip(cases, results):
        text = c["text"]
        exp = [(expected_span(text, r), accepted_values(r)) for r in c["results"]]
        got = sorted([(char_span(text, d["b"], d["e"]), our_values(d)) for d in res["dates"]], key=lambda g: g[0])
        ok = match_all(exp, got, lambda e, g: span_matches(text, e[0], g[0]) and bool(e[1] & g[1]))
        passed.append(ok)
    return passed


def pct(p, n):
    return "%d/%d (%.1f%%)" % (p, n, 100.0 * p / n) if n else "-"


def load_cases(kind, lang, folder):
    path = os.path.join(SPECS, kind, folder, "DateTimeModel.json" if kind == "DateTime" else "NumberModel.json")
    cases = []
    for c in load(path):
        if not usable(c):
            continue
        ref = (c.get("Context") or {}).get("ReferenceDateTime", "")
        # The whole reference moment: "now", "in 5 minutes" resolve against its time of day.
        cases.append({"text": c["Input"], "lang": lang, "ref": ref[:19] if ref else "", "results": c["Results"]})
    return cases


def speed(tool):
    """MB/s of find_facts on one core, over the repo's news pages (about 60 KB, repeated)."""
    pages = []
    for d in (os.path.join(ROOT, "tests", "e2e", "pages"), os.path.join(ROOT, "examples")):
        if os.path.isdir(d):
            pages += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
    seed = os.path.join(SHARED, "fixtures", "seed-page-it.txt")
    if os.path.exists(seed):
        pages.append(seed)
    blob = "".join(open(p, encoding="utf-8", errors="replace").read() + "\n" for p in pages)
    out_dir = os.path.join(ROOT, "build", "bench")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "facts_speed.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(blob)
    res = subprocess.run(["taskset", "-c", "0", tool, "--speed", path, "it"], stdout=subprocess.PIPE, check=True)
    return json.loads(res.stdout), len(blob.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", required=True)
    ap.add_argument("--langs", default=",".join(l for l, _ in LANGS))
    ap.add_argument("--failures", type=int, default=0, help="print N failing cases per language and type")
    ap.add_argument("--only", choices=["dates", "numbers"], default=None)
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    wanted = set(args.langs.split(","))
    anchor = {}
    with open(os.path.join(SPECS, "DATEPARSER_ANCHOR.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            anchor[row["language"]] = row
    rows = []
    for lang, folder in LANGS:
        if lang not in wanted:
            continue
        row = {"lang": folder}
        if args.only != "numbers":
            cases = load_cases("DateTime", lang, folder)
            results = run_tool(args.tool, cases)
            ok = score_dates(cases, results)
            groups = collections.defaultdict(lambda: [0, 0])
            for c, p in zip(cases, ok):
                types = {type_name(r) for r in c["results"]}
                keys = ["all"]
                if c["results"] and types <= POINT:
                    keys.append("point")
                if c["results"] and types == {"datetimeV2.date"}:
                    keys.append("date")
                if c["results"] and types <= {"datetimeV2.date", "datetimeV2.daterange"}:
                    keys.append("date_or_range")
                if not c["results"]:
                    keys.append("neg")
                for k in keys:
                    groups[k][0] += p
                    groups[k][1] += 1
            row["dates"] = groups
            if args.failures:
                shown = 0
                for c, p, r in zip(cases, ok, results):
                    if p or shown >= args.failures:
                        continue
                    shown += 1
                    exp = [(x["Text"], sorted(accepted_values(x))[:2]) for x in c["results"]]
                    # what we found, with the values the scorer compares (our_values), so a
                    # right span with a wrong value reads as such
                    got = [(c["text"].encode()[d["b"]:d["e"]].decode(), sorted(our_values(d), key=str)[:2])
                           for d in r["dates"]]
                    print("DATE %s %r ref=%s\n  want %s\n  got  %s" % (lang, c["text"][:160], c["ref"], exp, got))
        if args.only != "dates":
            cases = load_cases("Number", lang, folder)
            results = run_tool(args.tool, cases)
            ok = score_numbers(cases, results, lang)
            row["numbers"] = (sum(ok), len(ok))
            if args.failures:
                shown = 0
                for c, p, r in zip(cases, ok, results):
                    if p or shown >= args.failures:
                        continue
                    shown += 1
                    exp = [(x["Text"], x["Resolution"].get("value")) for x in c["results"]]
                    got = [(c["text"].encode()[n["b"]:n["e"]].decode(), n["value"]) for n in r["numbers"]]
                    print("NUM %s %r\n  want %s\n  got  %s" % (lang, c["text"][:160], exp, got))
        rows.append(row)
    print("\nRecognizers-Text specs (usable = not skipped for dotnet), resolved level; "
          "anchor = python3-dateparser 1.1.6 (DATEPARSER_ANCHOR.tsv)\n")
    hdr = "| language | dates: model_all (anchor) | point (anchor) | date (anchor) | neg (anchor) | date+daterange | numbers: NumberModel |"
    print(hdr)
    print("|" + "---|" * 7)
    for row in rows:
        a = anchor.get(row["lang"], {})
        g = row.get("dates", {})

        def cell(k, ak):
            p, n = g.get(k, [0, 0]) if g else (0, 0)
            return "%s (%s)" % (pct(p, n), a.get(ak, "-"))

        nums = row.get("numbers")
        dr = g.get("date_or_range", [0, 0]) if g else [0, 0]
        print("| %s | %s | %s | %s | %s | %s | %s |" % (
            row["lang"], cell("all", "model_all"), cell("point", "model_point"), cell("date", "model_date"),
            cell("neg", "model_neg"), pct(*dr), pct(*nums) if nums else "-"))
    print("\nTimex level: not scored (newsdesk resolves to values and emits no TIMEX strings).")
    if not args.no_speed:
        s, size = speed(args.tool)
        print("Speed: find_facts (dates, durations, quantities, quotes; pages read as Italian), one core (thread CPU time): %.1f MB/s (%d-byte page set, %.1f s)"
              % (s["mb_per_s"], size, s["seconds"]))


if __name__ == "__main__":
    sys.exit(main())
