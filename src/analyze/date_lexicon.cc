#include "analyze/date_lexicon.h"

#include <utility>
#include <string>
#include <unordered_map>

#include "core/bundle.h"
#include "core/string_map.h"

// The date lexicons (data/dates/*.txt), linked in by src/analyze/CMakeLists.txt.
extern "C" const char newsdesk_blob_date_words[];
extern "C" const char newsdesk_blob_date_words_end[];

namespace newsdesk::analyze {
namespace {

// Looked up by string_view: the phrases tried at a token are prefixes of one string, not copies.
using Table = core::StringMap<std::vector<std::pair<DateWord, int>>>;

struct Lexicon {
  Table phrases;
  core::StringMap<int> first_words;  // first word of some phrase: quick reject
  size_t max_words = 1;
};

// The tag names of data/dates/<lang>.txt.
std::optional<DateWord> tag_of(std::string_view name) {
  static const std::unordered_map<std::string_view, DateWord> tags = {
      {"month", DateWord::kMonth},         {"month_abbr", DateWord::kMonthAbbr},
      {"weekday", DateWord::kWeekday},     {"weekday_abbr", DateWord::kWeekdayAbbr},
      {"rel_day", DateWord::kRelDay},      {"unit", DateWord::kUnit},
      {"pre_mod", DateWord::kPreMod},      {"post_mod", DateWord::kPostMod},
      {"ago_after", DateWord::kAgoAfter},  {"ago_before", DateWord::kAgoBefore},
      {"in_before", DateWord::kInBefore},  {"later", DateWord::kLater},
      {"year_noun", DateWord::kYearNoun},  {"year_prep", DateWord::kYearPrep},
      {"filler", DateWord::kFiller},       {"day_prefix", DateWord::kDayPrefix},
      {"ordinal", DateWord::kOrdinal},     {"last_n", DateWord::kLastN},
      {"next_n", DateWord::kNextN},        {"range_open", DateWord::kRangeOpen},
      {"range_to", DateWord::kRangeTo},    {"time_prep", DateWord::kTimePrep},
      {"dur_unit", DateWord::kDurUnit},    {"few", DateWord::kFew},
      {"since", DateWord::kSince},         {"after", DateWord::kAfter},
      {"before", DateWord::kBefore},       {"day_part", DateWord::kDayPart},
      {"today_part", DateWord::kTodayPart}, {"part_prep", DateWord::kPartPrep},
      {"now", DateWord::kNow},             {"every", DateWord::kEvery},
      {"set_adverb", DateWord::kSetAdverb}, {"shift_from", DateWord::kShiftFrom},
      {"week_of", DateWord::kWeekOf},       {"ordinal_word", DateWord::kOrdinalWord},
      {"period_part", DateWord::kPeriodPart}, {"decade_noun", DateWord::kDecadeNoun},
      {"holiday", DateWord::kHoliday},     {"easter_day", DateWord::kEasterDay},
      {"minute_join", DateWord::kMinuteJoin}, {"clock_fraction", DateWord::kClockFraction},
      {"oclock", DateWord::kOclock},       {"day_noun", DateWord::kDayNoun},
      {"hour_article", DateWord::kHourArticle}, {"within", DateWord::kWithin},
      {"clock_word", DateWord::kClockWord}, {"rel_part", DateWord::kRelPart},
      {"or_later", DateWord::kOrLater},     {"weekday_set", DateWord::kWeekdaySet},
      {"part_set", DateWord::kPartSet},     {"minute_before", DateWord::kMinuteBefore},
      {"minute_to", DateWord::kMinuteTo},   {"week_start", DateWord::kWeekStart},   {"minute_past", DateWord::kMinutePast},     {"period_letter", DateWord::kPeriodLetter},
      {"def_article", DateWord::kDefArticle}, {"year_kind", DateWord::kYearKind},
      {"season", DateWord::kSeason},       {"whole", DateWord::kWhole},
      {"meal", DateWord::kMeal},           {"fortnight", DateWord::kFortnight},
      {"compare", DateWord::kCompare},     {"century", DateWord::kCentury},
  };
  auto it = tags.find(name);
  if (it == tags.end()) return std::nullopt;
  return it->second;
}

// "TAG<TAB>VALUE<TAB>PHRASE" lines of one language file.
Lexicon parse(std::string_view body) {
  Lexicon lex;
  for (std::string_view line : core::lexicon_entries(body)) {
    size_t a = line.find('\t');
    size_t b = line.find('\t', a + 1);
    if (a == std::string_view::npos || b == std::string_view::npos) continue;
    auto kind = tag_of(line.substr(0, a));
    if (!kind) continue;
    int value = std::stoi(std::string(line.substr(a + 1, b - a - 1)));
    std::string phrase(line.substr(b + 1));
    size_t words = 1;
    for (char c : phrase) words += c == ' ';
    lex.max_words = std::max(lex.max_words, words);
    lex.phrases[phrase].emplace_back(*kind, value);
    lex.first_words.emplace(phrase.substr(0, phrase.find(' ')), 0);
  }
  return lex;
}

const Lexicon& lexicon_for(std::string_view language) {
  static const auto lexicons = [] {
    std::vector<std::pair<std::string, Lexicon>> out;
    auto files = core::parse_bundle(
        std::string_view(newsdesk_blob_date_words, newsdesk_blob_date_words_end - newsdesk_blob_date_words));
    for (const auto& [name, body] : files) out.emplace_back(core::language_of_file(name), parse(body));
    return out;
  }();
  // Asked for on every token, mostly in one language: remember the last answer.
  thread_local char c0 = 1, c1 = 1;
  thread_local const Lexicon* last = nullptr;
  char k0 = language.size() > 0 ? language[0] : 0, k1 = language.size() > 1 ? language[1] : 0;
  if (last && k0 == c0 && k1 == c1) return *last;
  static const Lexicon empty;
  const Lexicon* found = nullptr;
  const Lexicon* english = &empty;
  for (const auto& [lang, lex] : lexicons) {
    if (lang.size() == 2 && lang[0] == k0 && lang[1] == k1) found = &lex;
    if (lang == "en") english = &lex;
  }
  c0 = k0, c1 = k1, last = found ? found : english;
  return *last;
}

bool is_joiner(const FactToken& t) {
  return t.kind == TokenKind::kMark && (t.folded == "-" || t.folded == "'" || t.folded == "\u2019");
}

}  // namespace

std::vector<DateWordMatch> match_date_words(const std::vector<FactToken>& tokens, size_t i,
                                            std::string_view language) {
  std::vector<DateWordMatch> out;
  if (i >= tokens.size()) return out;
  const FactToken& first = tokens[i];
  // Ordinal and German day dots are marks; everything else starts with a word.
  if (first.kind == TokenKind::kDigits) return out;
  const Lexicon& lex = lexicon_for(language);
  if (!lex.first_words.count(first.folded)) return out;
  std::string phrase;
  size_t j = i;
  size_t words = 0;
  // (length of the phrase prefix, token after it), shortest first; a lone mark is its own phrase
  std::vector<std::pair<size_t, size_t>> candidates;
  std::string_view lone_mark;
  while (j < tokens.size() && words < lex.max_words) {
    const FactToken& t = tokens[j];
    if (t.kind == TokenKind::kDigits) break;
    if (t.kind == TokenKind::kMark) {
      if (words == 0) {
        lone_mark = t.folded;
        candidates.emplace_back(0, j + 1);
        break;
      }
      if (!is_joiner(t)) break;
      ++j;
      continue;
    }
    if (words > 0) phrase += ' ';
    phrase += t.folded;
    ++words;
    ++j;
    candidates.emplace_back(phrase.size(), j);
  }
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    auto found = lex.phrases.find(lone_mark.empty() ? std::string_view(phrase).substr(0, it->first) : lone_mark);
    if (found == lex.phrases.end()) continue;
    for (auto& [kind, value] : found->second) out.push_back({kind, value, it->second});
  }
  return out;
}

}  // namespace newsdesk::analyze
