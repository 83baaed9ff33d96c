#include "analyze/gazetteer_places.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "core/bundle.h"
#include "text/normalize.h"

// The table scripts/gen-gazetteer.py wrote at build time, linked in.
extern "C" const char newsdesk_blob_places[];
// data/gazetteer/places.txt (regions, islands, areas by their local names) travels
// with the cue lexicons.
extern "C" const char newsdesk_blob_entity_cues[];
extern "C" const char newsdesk_blob_entity_cues_end[];
extern "C" const char newsdesk_blob_places_end[];

namespace newsdesk::analyze {
namespace {

// Locales whose country names are indexed: the news languages and the ones
// whose names travel in them. CLDR has one display name per locale.
constexpr std::string_view kLocales[] = {
    "en", "it", "de", "fr", "es", "pt", "nl", "sv", "da", "nb", "fi", "pl", "ro", "cs",
    "hu", "ru", "uk", "el", "tr", "ar", "he", "ja", "ko", "zh", "ca", "hr", "sl", "sk"};

// UN M.49 areas news names as places: world, continents, sub-regions; and the EU.
constexpr std::string_view kAreas[] = {"001", "002", "005", "009", "011", "013", "014", "015",
                                       "017", "018", "019", "021", "029", "030", "034", "035",
                                       "039", "053", "054", "057", "061", "142", "143", "145",
                                       "150", "151", "154", "155", "419"};

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct Gazetteer {
  std::vector<Place> places;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key;
  std::unordered_map<std::string, uint32_t> countries;
  std::unordered_set<std::string> first_words;
  size_t generated = 0;

  void index(const std::string& name, uint32_t id) {
    std::string key = place_key(name);
    if (key.empty()) return;
    first_words.insert(key.substr(0, key.find(' ')));
    auto& ids = by_key[key];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
};

std::optional<double> parse_double(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::strtod(std::string(s).c_str(), nullptr);
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    f.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return f;
}

void add_countries(Gazetteer& g) {
  auto add = [&](std::string_view code, PlaceKind kind) {
    icu::Locale territory("", std::string(code).c_str());
    icu::UnicodeString english;
    territory.getDisplayCountry(icu::Locale("en"), english);
    std::string name = to_utf8(english);
    if (name.empty() || name == code) return;
    Place p;
    p.kind = kind;
    p.id = (kind == PlaceKind::kCountry ? "country:" : "area:") + std::string(code);
    p.name = name;
    if (kind == PlaceKind::kCountry) p.country = std::string(code);
    auto id = static_cast<uint32_t>(g.places.size());
    g.places.push_back(std::move(p));
    if (kind == PlaceKind::kCountry) g.countries.emplace(std::string(code), id);
    for (auto loc : kLocales) {
      icu::UnicodeString shown;
      territory.getDisplayCountry(icu::Locale(std::string(loc).c_str()), shown);
      std::string s = to_utf8(shown);
      if (s != code) g.index(s, id);
    }
  };
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    std::string_view code(*c);
    // Codes CLDR keeps for history or for no place news names.
    if (code == "AN" || code == "AQ" || code == "BV" || code == "HM" || code == "UM") continue;
    add(code, PlaceKind::kCountry);
  }
  for (auto area : kAreas) add(area, PlaceKind::kArea);
  add("EU", PlaceKind::kArea);
}

void add_generated(Gazetteer& g) {
  std::string_view blob(newsdesk_blob_places, newsdesk_blob_places_end - newsdesk_blob_places);
  size_t pos = 0;
  while (pos < blob.size()) {
    size_t nl = blob.find('\n', pos);
    if (nl == std::string_view::npos) nl = blob.size();
    std::string_view line = blob.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() < 8) continue;
    Place p;
    p.kind = f[1] == "region" ? PlaceKind::kRegion : PlaceKind::kCity;
    p.id = p.kind == PlaceKind::kCity ? "geo:" + std::string(f[0]) : std::string(f[0]);
    p.name = std::string(f[2]);
    p.country = std::string(f[3]);
    p.lat = parse_double(f[4]);
    p.lon = parse_double(f[5]);
    std::from_chars(f[6].data(), f[6].data() + f[6].size(), p.population);
    auto id = static_cast<uint32_t>(g.places.size());
    g.places.push_back(std::move(p));
    g.index(g.places.back().name, id);
    std::string_view variants = f[7];
    while (!variants.empty()) {
      size_t bar = variants.find('|');
      g.index(std::string(variants.substr(0, bar)), id);
      if (bar == std::string_view::npos) break;
      variants.remove_prefix(bar + 1);
    }
    ++g.generated;
  }
}

void add_written(Gazetteer& g) {
  auto files = core::parse_bundle(std::string_view(
      newsdesk_blob_entity_cues, newsdesk_blob_entity_cues_end - newsdesk_blob_entity_cues));
  auto it = files.find("places.txt");
  if (it == files.end()) return;
  for (std::string_view line : core::lexicon_entries(it->second)) {
    auto f = split_tabs(line);
    if (f.size() != 3 || f[0] != "place") continue;
    std::string key = place_key(f[2]);
    // A name the generated table already has (a city, a country) keeps its entry.
    if (g.by_key.count(key)) continue;
    Place p;
    p.kind = f[1].empty() ? PlaceKind::kArea : PlaceKind::kRegion;
    p.id = "place:" + std::string(f[1]) + ":" + key;
    p.name = std::string(f[2]);
    p.country = std::string(f[1]);
    if (f[1] == "US" && key.find("stati uniti") == 0) {
      // "Stati Uniti d'America" is the country itself.
      g.by_key[key].push_back(g.countries.at("US"));
      g.first_words.insert(key.substr(0, key.find(' ')));
      continue;
    }
    auto id = static_cast<uint32_t>(g.places.size());
    g.places.push_back(std::move(p));
    g.index(g.places.back().name, id);
  }
}

// Never destroyed: freeing a quarter of a million names at exit took longer
// than a one-page run's analysis.
const Gazetteer& gazetteer() {
  static const Gazetteer& g = *new Gazetteer([] {
    Gazetteer out;
    add_countries(out);
    add_generated(out);
    add_written(out);
    // Most likely first: countries and areas, then regions, then the largest city.
    for (auto& [key, ids] : out.by_key) {
      std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
        const Place& pa = out.places[a];
        const Place& pb = out.places[b];
        auto rank = [](const Place& p) { return p.kind == PlaceKind::kCountry || p.kind == PlaceKind::kArea ? 0 : 1; };
        if (rank(pa) != rank(pb)) return rank(pa) < rank(pb);
        // A region counts a third of its people against a city of its name: "Moscow"
        // is the city before the federal subject.
        auto weight = [](const Place& p) {
          return p.kind == PlaceKind::kRegion ? p.population / 3 : p.population;
        };
        return weight(pa) > weight(pb);
      });
    }
    return out;
  }());
  return g;
}

}  // namespace

std::string place_key(std::string_view name) {
  // The words split_words() would give, without a break iterator per name:
  // the table has a quarter of a million of them.
  std::string folded = text::fold(name);
  std::string key;
  bool gap = false;
  for (char c : folded) {
    bool sep = c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',' || c == '(' ||
               c == ')' || c == '/' || c == '"' || c == '\t';
    if (sep) { gap = !key.empty(); continue; }
    if (gap) key.push_back(' ');
    gap = false;
    key.push_back(c);
  }
  return key;
}

std::vector<const Place*> find_places(std::string_view key) {
  const Gazetteer& g = gazetteer();
  std::vector<const Place*> out;
  auto it = g.by_key.find(std::string(key));
  if (it == g.by_key.end()) return out;
  for (uint32_t id : it->second) out.push_back(&g.places[id]);
  return out;
}

bool place_may_start(std::string_view first_word) {
  return gazetteer().first_words.count(std::string(first_word)) > 0;
}

const Place* country_place(std::string_view code) {
  const Gazetteer& g = gazetteer();
  auto it = g.countries.find(std::string(code));
  return it == g.countries.end() ? nullptr : &g.places[it->second];
}

std::string country_name(std::string_view code, std::string_view language) {
  icu::UnicodeString shown;
  icu::Locale("", std::string(code).c_str())
      .getDisplayCountry(icu::Locale(std::string(language.empty() ? "en" : language).c_str()), shown);
  return to_utf8(shown);
}

size_t generated_place_count() { return gazetteer().generated; }

}  // namespace newsdesk::analyze
