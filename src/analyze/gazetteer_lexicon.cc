#include "analyze/gazetteer_lexicon.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "core/bundle.h"
#include "core/string_map.h"
#include "text/normalize.h"
#include "text/words.h"

extern "C" const char newsdesk_blob_entity_cues[];
extern "C" const char newsdesk_blob_entity_cues_end[];

namespace newsdesk::analyze {
namespace {

constexpr std::array<std::pair<std::string_view, Cue>, 16> kCategories{{
    {"title", Cue::kTitle}, {"org_head", Cue::kOrgHead}, {"loc_head", Cue::kLocHead},
    {"institution", Cue::kInstitution}, {"connector", Cue::kConnector}, {"org", Cue::kOrg},
    {"given", Cue::kGiven}, {"particle", Cue::kParticle}, {"org_tail", Cue::kOrgTail},
    {"not_name", Cue::kNotName}, {"body", Cue::kBody}, {"loc_tail", Cue::kLocTail}, {"place_noun", Cue::kPlaceNoun},
    {"org_noun", Cue::kOrgNoun}, {"thing_noun", Cue::kThingNoun},
    {"owner_noun", Cue::kOwnerNoun}}};

// The file "mul.txt" holds the cues of every language.
constexpr std::string_view kShared = "mul";

uint32_t bit(Cue cue) { return 1u << static_cast<unsigned>(cue); }

using PhraseCues = core::StringMap<uint32_t>;  // folded phrase -> one bit per cue

struct Lexicon {
  // Per language, with the shared list folded in; "mul" alone for other languages.
  std::unordered_map<std::string, PhraseCues> cues;
  // The same for the first words of phrases of two or more words.
  std::unordered_map<std::string, PhraseCues> starts;
  size_t max_words = 1;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    auto files = core::parse_bundle(std::string_view(
        newsdesk_blob_entity_cues, newsdesk_blob_entity_cues_end - newsdesk_blob_entity_cues));
    for (const auto& [name, body] : files) {
      std::string language = core::language_of_file(name);
      for (std::string_view line : core::lexicon_entries(body)) {
        size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        auto cat = std::find_if(kCategories.begin(), kCategories.end(),
                                [&](const auto& c) { return c.first == line.substr(0, tab); });
        if (cat == kCategories.end()) continue;
        std::string key, first;
        size_t words = 0;
        for (const auto& w : text::split_words(line.substr(tab + 1))) {
          if (!key.empty()) key.push_back(' ');
          std::string f = text::fold(w.text);
          if (words == 0) first = f;
          key += f;
          ++words;
        }
        if (key.empty()) continue;
        l.max_words = std::max(l.max_words, words);
        l.cues[language][key] |= bit(cat->second);
        if (words > 1) l.starts[language][first] |= bit(cat->second);
      }
    }
    for (auto* table : {&l.cues, &l.starts}) {
      PhraseCues shared = (*table)[std::string(kShared)];
      for (auto& [language, phrases] : *table) {
        for (const auto& [phrase, mask] : shared) phrases[phrase] |= mask;
      }
    }
    return l;
  }();
  return lex;
}

// One language's two tables, found once per thread while the language stays the same
// (a text asks for them at every word).
struct LanguageCues {
  const PhraseCues* cues;
  const PhraseCues* starts;
};

const PhraseCues& table_of(const std::unordered_map<std::string, PhraseCues>& tables, std::string_view language) {
  auto it = tables.find(std::string(language));
  if (it == tables.end()) it = tables.find(std::string(kShared));
  static const PhraseCues kNone;
  return it == tables.end() ? kNone : it->second;
}

const LanguageCues& cues_of(std::string_view language) {
  thread_local std::string last_language = "\x01";
  thread_local LanguageCues last{};
  if (language != last_language) {
    const Lexicon& lex = lexicon();
    last = {&table_of(lex.cues, language), &table_of(lex.starts, language)};
    last_language.assign(language);
  }
  return last;
}

uint32_t lookup(const PhraseCues& table, std::string_view phrase) {
  auto it = table.find(phrase);
  return it == table.end() ? 0 : it->second;
}

}  // namespace

int match_cue(Cue cue, std::string_view language, const std::vector<std::string>& folded_words,
              size_t start) {
  if (start >= folded_words.size()) return 0;
  const LanguageCues& tables = cues_of(language);
  int best = (lookup(*tables.cues, folded_words[start]) & bit(cue)) ? 1 : 0;
  // Most words start no phrase of two or more words: one lookup settles them.
  if (!(lookup(*tables.starts, folded_words[start]) & bit(cue))) return best;
  size_t longest = std::min(lexicon().max_words, folded_words.size() - start);
  std::string phrase = folded_words[start];
  for (size_t n = 2; n <= longest; ++n) {
    phrase.push_back(' ');
    phrase += folded_words[start + n - 1];
    if (lookup(*tables.cues, phrase) & bit(cue)) best = static_cast<int>(n);
  }
  return best;
}

uint32_t word_cues(std::string_view language, std::string_view folded_word) {
  return lookup(*cues_of(language).cues, folded_word);
}

uint32_t phrase_start_cues(std::string_view language, std::string_view folded_word) {
  return lookup(*cues_of(language).starts, folded_word);
}

bool is_cue(Cue cue, std::string_view language, std::string_view folded_word) {
  return (word_cues(language, folded_word) & bit(cue)) != 0;
}

}  // namespace newsdesk::analyze
