#!/usr/bin/python3
"""Generates newsdesk's bilingual word lists (OUT_DIR/bilingual.tsv) from packages.

Source (read, never copied into the repo): the FreeDict dictionaries in Debian's
dict-freedict-<xxx>-eng and dict-freedict-eng-<xxx> packages (dictd format under
/usr/share/dictd; GPL-2+ or CC BY-SA, per dictionary, see each package's copyright).
Both directions are read: a small xxx-eng dictionary gains the words its eng-xxx
counterpart translates. Some English dictionaries are small (Italian: 3,400
words), so a word they miss is also translated through a language already done
(German-English is by far the largest; French-Italian is large): "incendio" ->
"incendie" -> "fire".

Kept: single-word headwords and single-word translations (phrases cannot meet a
single stem), at most MAX_SENSES translations per word, in dictionary order.

Italian, Spanish, French and Portuguese words also get the translations of
Apertium's bilingual dictionaries (Debian apertium-eng-spa; apertium-spa-ita,
apertium-fr-es and apertium-es-pt through Spanish; GPL-2+), put first:
FreeDict's first senses are often rare ones ("cortar" -> "cutoff"), Apertium's
are the usual ones ("cut"), and it has words FreeDict lacks. A dictionary's
largest section is read, the others being patterns.

Inflected forms whose stem differs from their lemma's ("dipende" / "dipendere",
"vuole" / "volere", "farlo" / "fare") get the lemma's first INFLECTED_SENSES
translations: the forms and lemmas come from Apertium's compiled analysers
(Debian apertium-cat-ita for Italian, apertium-eng-spa for Spanish; GPL-2+),
printed by lt-print (lttoolbox-dev); also French and Portuguese (apertium-fr-es,
apertium-es-pt). Forms with two or more clitics or a hyphen are left out.

English rows ("en", irregular form, lemma) come from WordNet's exception lists
(Debian wordnet-base, /usr/share/wordnet/{noun,verb}.exc; WordNet 3.0 licence):
stemming keeps "said" apart from "say" and "men" from "man", which the
dictionaries give as translations ("detto" -> "say", "uomini" -> "man").

Output, one foreign word a line, tab-separated:
  lang  word  english(|-separated)
Usage: gen-bilingual.py OUT_DIR. Writes what the installed packages allow (an empty
table when none is there) and exits 0.
"""
import functools
import gzip
import os
import re
import subprocess
import sys

DICTD = "/usr/share/dictd"
WORDNET = "/usr/share/wordnet"
APERTIUM = "/usr/share/apertium"
# Apertium's bilingual dictionaries, their first (default) translation of each
# lemma: Spanish-English directly, Italian through Spanish.
BIDIX = {"spa": ["apertium-eng-spa/spa-eng.autobil.bin"],
         "ita": ["apertium-spa-ita/ita-spa.autobil.bin", "apertium-eng-spa/spa-eng.autobil.bin"],
         "por": ["apertium-es-pt/pt-es.autobil.bin", "apertium-eng-spa/spa-eng.autobil.bin"],
         "fra": ["apertium-fr-es/fr-es.autobil.bin", "apertium-eng-spa/spa-eng.autobil.bin"]}
ANALYSERS = {"ita": "apertium-cat-ita/ita-cat.automorf.bin", "spa": "apertium-eng-spa/spa-eng.automorf.bin",
             "por": "apertium-es-pt/pt-es.automorf.bin", "fra": "apertium-fr-es/fr-es.automorf.bin"}
INFLECTED_SENSES = 4
# A plural no rule or exception list derives: the one English suppletive plural
# news writes all the time.
SUPPLETIVE = {"people": "person"}
LANGS = {"ita": "it", "deu": "de", "fra": "fr", "spa": "es", "por": "pt", "nld": "nl",
         "swe": "sv", "pol": "pl"}
# The order languages are done in, and the ones each may go through.
PIVOTS = [("deu", []), ("fra", ["deu"]), ("spa", ["deu", "fra"]), ("por", ["deu", "spa", "fra"]),
          ("nld", ["deu", "fra"]), ("ita", ["fra", "deu", "spa", "por", "nld"]),
          ("swe", []), ("pol", [])]
MAX_SENSES = 12
VIA_SENSES = 2  # pivot words per word, and English words per pivot word
PARTICLES = {"off", "up", "out", "down", "in", "on", "away", "back", "over", "through"}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

WORD = re.compile(r"^[^\W\d_][\w'\-]*$", re.UNICODE)


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def entries(stem):
    """(headword, [translation lines]) of one dictd dictionary."""
    index, data = os.path.join(DICTD, stem + ".index"), os.path.join(DICTD, stem + ".dict.dz")
    if not (os.path.exists(index) and os.path.exists(data)):
        return
    with gzip.open(data, "rb") as f:
        body = f.read()
    with open(index, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("00-database") or parts[0].startswith("00database"):
                continue
            start, length = b64(parts[1]), b64(parts[2])
            text = body[start:start + length].decode("utf-8", "replace").split("\n")
            yield parts[0], text[1:]


def senses(lines):
    """Single-word translations of an entry's body, in order."""
    out = []
    for line in lines:
        s = line.strip()
        if not s or s.startswith(("Note:", "Synonym", "see:", "Antonym", "Example", "\"")):
            continue
        s = re.sub(r"^\d+\.\s*", "", s)
        s = re.sub(r"\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}", " ", s)
        for piece in re.split(r"[,;]", s):
            w = piece.strip().lower()
            if w.startswith("to "):
                w = w[3:]
            # A phrasal verb is found by its verb: "cut off" -> "cut".
            parts = w.split()
            if len(parts) == 2 and parts[1] in PARTICLES:
                w = parts[0]
            if WORD.match(w) and w not in out:
                out.append(w)
    return out


def headword(h):
    h = h.strip().lower()
    return h if WORD.match(h) else None


def table_between(src, dst):
    """src word -> [dst words], from the src-dst dictionary and the reversed dst-src one."""
    table = {}
    for word, body in entries("freedict-%s-%s" % (src, dst)):
        w = headword(word)
        if w:
            for e in senses(body):
                table.setdefault(w, [])
                if e not in table[w]:
                    table[w].append(e)
    for word, body in entries("freedict-%s-%s" % (dst, src)):
        e = headword(word)
        if not e:
            continue
        for w in senses(body):
            table.setdefault(w, [])
            if e not in table[w]:
                table[w].append(e)
    return table


def att_sections(text):
    """Transducers of lt-print's AT&T text (one arc a line: from, to, input,
    output): ({state: [(to, input, output)]}, final states) each."""
    def symbol(x):
        return "" if x in ("@0@", "\u03b5") else x
    arcs, finals = {}, set()
    for line in text.split("\n"):
        if line.startswith("--"):
            yield arcs, finals
            arcs, finals = {}, set()
            continue
        p = line.split("\t")
        if len(p) >= 4:
            arcs.setdefault(int(p[0]), []).append((int(p[1]), symbol(p[2]), symbol(p[3])))
        elif p[0].strip().isdigit():
            finals.add(int(p[0]))
    yield arcs, finals


def has_cycle(arcs):
    """Whether a state reaches itself (the analysers' number and punctuation patterns do)."""
    colour = {}
    for root in arcs:
        if root in colour:
            continue
        colour[root] = 1
        stack = [(root, iter(arcs[root]))]
        while stack:
            state, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                colour[state] = 2
                stack.pop()
                continue
            c = colour.get(nxt[0], 0)
            if c == 1:
                return True
            if c == 0:
                colour[nxt[0]] = 1
                stack.append((nxt[0], iter(arcs.get(nxt[0], []))))
    return False


def form_tails(arcs, finals):
    """state -> {(rest of a form, clitics in its analysis)} from that state on,
    at most one clitic: once the lemma is written only the form's tail matters,
    and paradigms share their tails, so each state's are found once."""
    memo = {}

    def tails(state):
        if state in memo:
            return memo[state]
        out = {("", 0)} if state in finals else set()
        for to, a, b in arcs.get(state, []):
            clitic = 1 if b.startswith("+") else 0
            for rest, clitics in tails(to):
                if clitics + clitic <= 1:
                    out.add((a + rest, clitics + clitic))
        memo[state] = out
        return out
    return tails


def analyses(path):
    """(form, lemma) pairs of an lttoolbox analyser, forms with at most one
    clitic, from its acyclic sections (the dictionary; the cyclic ones are
    patterns for numbers and punctuation)."""
    try:
        text = subprocess.run(["lt-print", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    sys.setrecursionlimit(10000)
    for arcs, finals in att_sections(text):
        if has_cycle(arcs):
            continue
        tails = form_tails(arcs, finals)
        # The lemma ends where the analysis's first tag begins.
        stack = [(0, "", "")]
        while stack:
            state, form, lemma = stack.pop()
            for to, a, b in arcs.get(state, []):
                if b.startswith("<"):
                    for rest, _ in tails(to):
                        yield form + a + rest, lemma
                else:
                    stack.append((to, form + a, lemma + b))


def is_letter(symbol):
    """An arc symbol that may be part of a word: a letter, a tag, or nothing."""
    return symbol == "" or symbol.startswith("<") or symbol.isalpha() or symbol in "'-"


def lemma_pairs(path):
    """(source lemma, target lemma) of an lttoolbox bilingual dictionary, in the
    order lt-print gives them; each side's lemma ends where its first tag begins."""
    try:
        text = subprocess.run(["lt-print", path], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    # The largest section is the dictionary; the others are patterns (numbers, punctuation).
    arcs, _ = max(att_sections(text), key=lambda section: len(section[0]))
    stack = [(0, "", "", False, False, 0)]
    while stack:
        state, src, dst, src_done, dst_done, depth = stack.pop()
        if src_done and dst_done:
            yield src, dst
            continue
        if depth > 60:
            continue  # a pattern, not a word
        for to, a, b in arcs.get(state, []):
            if (not src_done and not is_letter(a)) or (not dst_done and not is_letter(b)):
                continue  # phrases and number patterns: no single word
            a_tag, b_tag = src_done or a.startswith("<"), dst_done or b.startswith("<")
            stack.append((to, src if a_tag else src + a, dst if b_tag else dst + b, a_tag, b_tag, depth + 1))


@functools.lru_cache(maxsize=None)  # Spanish-English serves both languages
def bidix_table(path):
    """source word -> [target words] of one Apertium dictionary, single words only."""
    table = {}
    for src, dst in lemma_pairs(path):
        src, dst = src.lower(), dst.lower()
        if WORD.match(src) and WORD.match(dst):
            table.setdefault(src, [])
            if dst not in table[src]:
                table[src].append(dst)
    return table


def apertium_english(code):
    """word -> [English] through the language's chain of Apertium dictionaries."""
    chain = [bidix_table(os.path.join(APERTIUM, p)) for p in BIDIX.get(code, [])]
    if not chain:
        return {}
    out = {w: list(t) for w, t in chain[0].items()}  # a copy: the tables are cached
    for hop in chain[1:]:
        out = {w: [e for x in targets[:VIA_SENSES] for e in hop.get(x, [])[:VIA_SENSES]] for w, targets in out.items()}
    return {w: e for w, e in out.items() if e}


def with_apertium(code, table):
    """The table with Apertium's translations first: they are each lemma's usual
    sense, where FreeDict lists senses in no particular order."""
    out = dict(table)
    for w, english in apertium_english(code).items():
        merged = list(dict.fromkeys(english + table.get(w, [])))
        out[w] = merged
    return out


def inflections(code):
    """form -> lemmas of a language's analyser, lower case, the form differing
    from its lemma; forms with two or more clitics ("+" parts) left out."""
    out = {}
    if code not in ANALYSERS:
        return out
    for form, lemma in analyses(os.path.join(APERTIUM, ANALYSERS[code])):
        form, lemma = form.lower(), lemma.lower()
        # Hyphenated forms (Portuguese "fazê-lo") are left out: the text side joins
        # them without the hyphen, and there are five times as many as other forms.
        if form != lemma and "-" not in form and WORD.match(form) and WORD.match(lemma):
            out.setdefault(form, [])
            if lemma not in out[form]:
                out[form].append(lemma)
    return out


def with_inflections(code, table):
    """The rows of a language's table plus its inflected forms that are no
    headword, each with its lemmas' first INFLECTED_SENSES translations."""
    rows = dict(table)
    for form, lemmas in inflections(code).items():
        if form in table:
            continue
        english = []
        for lemma in lemmas:
            for e in table.get(lemma, [])[:INFLECTED_SENSES]:
                if e not in english:
                    english.append(e)
        if english:
            rows[form] = english
    return rows


def wordnet_exceptions():
    """form -> lemma for English's irregular nouns and verbs, single words only."""
    out = {}
    for part in ("noun", "verb"):
        path = os.path.join(WORDNET, part + ".exc")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                words = line.split()
                if len(words) >= 2 and WORD.match(words[0]) and WORD.match(words[1]):
                    out.setdefault(words[0], words[1])
    return out


def english_lemmas(translations):
    """Irregular English form -> lemma: WordNet's exceptions, plus "-men" plurals of
    the "-man" words the dictionaries translate to (WordNet derives those by rule)."""
    out = wordnet_exceptions()
    out.update(SUPPLETIVE)
    for w in translations:
        if w.endswith("man") and len(w) > 3:
            out.setdefault(w[:-3] + "men", w)
    return out


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    rows = 0
    done = {}
    english_words = set()
    with open(os.path.join(out_dir, "bilingual.tsv.tmp"), "w", encoding="utf-8") as out:
        for code, through in PIVOTS:
            table = table_between(code, "eng")
            for pivot in through:
                for w, via in table_between(code, pivot).items():
                    english = table.setdefault(w, [])
                    for p in via[:VIA_SENSES]:
                        for e in done[pivot].get(p, [])[:VIA_SENSES]:
                            if len(english) < MAX_SENSES and e not in english:
                                english.append(e)
            table = with_apertium(code, table)
            done[code] = table
            table = with_inflections(code, table)
            for w in sorted(table):
                # "idea" is kept for "idea": keys may differ ("ide", "idea").
                english = table[w][:MAX_SENSES]
                if english:
                    out.write("%s\t%s\t%s\n" % (LANGS[code], w, "|".join(english)))
                    rows += 1
                    english_words.update(english)
        for form, lemma in sorted(english_lemmas(english_words).items()):
            if form != lemma:
                out.write("en\t%s\t%s\n" % (form, lemma))
                rows += 1
    os.replace(os.path.join(out_dir, "bilingual.tsv.tmp"), os.path.join(out_dir, "bilingual.tsv"))
    print("gen-bilingual: %d words" % rows)


if __name__ == "__main__":
    main()
